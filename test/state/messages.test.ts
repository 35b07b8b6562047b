import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  LANGS,
  MESSAGES,
  en,
  formatMessage,
  fr,
  isLang,
  isMessageKey,
  translate,
  type Message,
  type MessageKey,
} from '../../src/i18n/messages.js';

const keys = Object.keys(fr) as MessageKey[];

function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : [message.zero ?? '', message.one, message.other];
  return [...new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '')))].sort();
}

describe('messages: catalogues', () => {
  it('has every French key in English, non-empty, and no extra English key', () => {
    expect(keys.length).to.be.above(50);
    expect(Object.keys(en).sort()).to.deep.equal([...keys].sort());
    for (const key of keys) {
      for (const lang of LANGS) {
        const message = MESSAGES[lang][key];
        const texts = typeof message === 'string' ? [message] : [message.one, message.other, ...(message.zero === undefined ? [] : [message.zero])];
        for (const text of texts) expect(text.trim(), `${lang} ${key}`).to.not.equal('');
      }
    }
  });

  it('uses the same placeholders and the same shape (plural or not) in both languages', () => {
    for (const key of keys) {
      expect(placeholders(en[key]), key).to.deep.equal(placeholders(fr[key]));
      expect(typeof en[key], key).to.equal(typeof fr[key]);
      if (typeof fr[key] === 'object') expect(placeholders(fr[key]), key).to.include('count');
    }
  });

  it('has the spec\'s French texts', () => {
    const spec: Partial<Record<MessageKey, string>> = {
      'validation.max255': '255 caractères maximum.',
      'validation.max350': '350 caractères maximum.',
      'session.address.required': 'Veuillez indiquer un nom de site.',
      'session.room.required': 'Veuillez indiquer un nom de salle.',
      'session.date.required': 'Veuillez indiquer une date de début.',
      'session.date.invalid': 'Veuillez indiquer une date de début valide.',
      'session.time.required': 'Veuillez indiquer une heure de début.',
      'session.time.invalid': 'Veuillez indiquer une heure de début valide.',
      'session.examiner.required': 'Veuillez indiquer un(e) surveillant(e).',
      'session.date.past': 'Une session ne peut pas être programmée dans le passé.',
      'session.status.created': 'Créée',
      'session.status.finalized': 'Finalisée',
      'session.status.in_process': 'Finalisée',
      'session.status.processed': 'Résultats transmis par Pix',
      'session.alreadyFinalised': 'Les informations de finalisation de la session ont déjà été transmises aux équipes de Pix.',
      'finalisation.readOnly': 'Les informations de finalisation de la session ont déjà été transmises aux équipes de Pix.',
      'session.deadline.passed': 'Le délai de 48 h pour finaliser cette session est dépassé.',
      'abortReason.placeholder': '-- Choisissez --',
      'abortReason.candidate': 'Abandon du candidat',
      'abortReason.technical': 'Problème technique',
      'issueReport.category.required': 'Veuillez sélectionner une catégorie.',
      'issueReport.subcategory.required': 'Veuillez sélectionner une sous-catégorie.',
      'issueReport.description.required': 'Veuillez décrire le signalement.',
      'issueReport.description.tooLong': '500 caractères maximum.',
      'issueReport.questionNumber.invalid': 'Veuillez indiquer un numéro de question entre 1 et 500.',
      'finalisation.result.success': 'Les informations de la session ont été transmises avec succès.',
      'finalisation.result.SESSION_ALREADY_FINALIZED': 'La session a déjà été finalisée.',
      'finalisation.result.SESSION_WITHOUT_STARTED_CERTIFICATION': "Cette session n'a pas débuté, vous ne pouvez pas la finaliser.",
      'finalisation.result.UNTERMINATED_CERTIFICATION_WITHOUT_ABORT_REASON':
        "Une ou plusieurs certifications non terminées n'ont pas de « Raison de l'abandon » renseignées. La session ne peut donc pas être finalisée.",
      'finalisation.result.SESSION_WITH_ABORT_REASON_ON_COMPLETED_CERTIFICATION_COURSE':
        "Le champ « Raison de l'abandon » a été renseigné pour un candidat qui a terminé son test de certification entre temps. Merci de rafraîchir la page avant de finaliser.",
      'finalisation.result.generic': 'Erreur lors de la finalisation de session.',
      'handover.timeout': 'Le serveur ne répond pas. Vos informations sont conservées ; réessayez.',
      'documents.centre.required': 'Veuillez indiquer le centre de certification.',
      'documents.sessionNumber.required': 'Veuillez indiquer le numéro de session.',
      'documents.file.count': '10 fichiers au maximum.',
      'enrolment.finalised': "Cette session a déjà été finalisée, l'ajout de candidat n'est pas autorisé.",
    };
    for (const [key, text] of Object.entries(spec)) expect(translate(key as MessageKey), key).to.equal(text);
    expect(translate('documents.file.type', { name: 'pv.docx' })).to.equal("« pv.docx » n'est pas accepté : formats acceptés PDF, JPEG, PNG.");
    expect(translate('documents.file.size', { name: 'photo.png' })).to.equal('« photo.png » dépasse 10 Mo.');
    expect(translate('session.deadline.reminder')).to.contain('la finalisation de la session doit se faire dans les 48h suivant la fin de la session');
  });
});

describe('messages: plural forms', () => {
  it('counts missing abandonment reasons', () => {
    expect(translate('finalisation.missingAbortReasons', { count: 1 })).to.equal("Il manque la raison de l'abandon pour 1 candidat.");
    expect(translate('finalisation.missingAbortReasons', { count: 2 })).to.equal("Il manque la raison de l'abandon pour 2 candidats.");
    expect(translate('finalisation.missingAbortReasons', { count: 12 })).to.equal("Il manque la raison de l'abandon pour 12 candidats.");
    expect(translate('finalisation.missingAbortReasons', { count: 1 }, 'en')).to.equal('The reason for abandonment is missing for 1 candidate.');
    expect(translate('finalisation.missingAbortReasons', { count: 2 }, 'en')).to.equal('The reason for abandonment is missing for 2 candidates.');
  });

  it('counts unticked end screens', () => {
    expect(translate('finalisation.uncheckedEndScreens', { count: 1 })).to.equal("La case « Écran de fin du test vu » n'est pas cochée pour 1 candidat.");
    expect(translate('finalisation.uncheckedEndScreens', { count: 2 })).to.equal("La case « Écran de fin du test vu » n'est pas cochée pour 2 candidats.");
  });

  it('counts issue reports', () => {
    expect(translate('issueReport.count', { count: 1 })).to.equal('1 signalement');
    expect(translate('issueReport.count', { count: 2 })).to.equal('2 signalements');
    expect(translate('issueReport.count', { count: 1 }, 'en')).to.equal('1 incident report');
    expect(translate('issueReport.count', { count: 3 }, 'en')).to.equal('3 incident reports');
  });

  it('counts selected and enrolled pupils, with a zero form', () => {
    expect(translate('enrolment.selected', { count: 0 })).to.equal('Aucun candidat sélectionné');
    expect(translate('enrolment.selected', { count: 1 })).to.equal('1 candidat sélectionné');
    expect(translate('enrolment.selected', { count: 3 })).to.equal('3 candidats sélectionnés');
    expect(translate('enrolment.selected', { count: 0 }, 'en')).to.equal('No candidate selected');
    expect(translate('enrolment.selected', { count: 1 }, 'en')).to.equal('1 candidate selected');
    expect(translate('enrolment.selected', { count: 5000 }, 'en')).to.equal('5000 candidates selected');
    expect(translate('enrolment.alreadyEnrolled', { count: 1 })).to.equal('1 candidat déjà inscrit à la session');
    expect(translate('enrolment.alreadyEnrolled', { count: 12 })).to.equal('12 candidats déjà inscrits à la session');
  });

  it('reads a missing count as 0 and a string count as a number', () => {
    expect(translate('enrolment.selected')).to.equal('Aucun candidat sélectionné');
    expect(translate('enrolment.selected', { count: '2' })).to.equal('2 candidats sélectionnés');
    // French has no zero form here: 0 takes the singular ("0 candidat"), as in French grammar.
    expect(translate('finalisation.missingAbortReasons', { count: 0 })).to.equal("Il manque la raison de l'abandon pour 0 candidat.");
    expect(translate('issueReport.count', { count: 0 }, 'en')).to.equal('0 incident reports');
  });
});

describe('messages: translate and formatMessage', () => {
  it('speaks French by default and English on demand', () => {
    expect(translate('abortReason.candidate')).to.equal('Abandon du candidat');
    expect(translate('abortReason.candidate', {}, 'fr')).to.equal('Abandon du candidat');
    expect(translate('abortReason.candidate', {}, 'en')).to.equal('Candidate withdrew');
    expect(translate('issueReport.questionNumber.invalid', {}, 'en')).to.equal('Please enter a question number between 1 and 500.');
    expect(translate('finalisation.result.generic', {}, 'en')).to.equal('Error while finalising the session.');
  });

  it('fills placeholders and leaves unknown ones as they are', () => {
    expect(translate('finalisation.report.unknown', { id: 1199 })).to.equal('Aucune certification ne porte le numéro 1199.');
    expect(translate('finalisation.report.unknown', { id: 1199 }, 'en')).to.equal('No certification has the number 1199.');
    expect(translate('finalisation.report.unknown')).to.equal('Aucune certification ne porte le numéro {id}.');
    expect(translate('input.invalid', { details: 'reports.0.firstName: Invalid input', other: 'x' })).to.equal(
      'Les données reçues sont invalides : reports.0.firstName: Invalid input',
    );
    // A value that looks like a placeholder is not filled again.
    expect(translate('documents.file.size', { name: '{name}' })).to.equal('« {name} » dépasse 10 Mo.');
    // `$&` and friends are not replacement patterns here.
    expect(translate('documents.file.size', { name: '$&$1.pdf' })).to.equal('« $&$1.pdf » dépasse 10 Mo.');
  });

  it('does not read inherited properties as parameters', () => {
    expect(translate('finalisation.report.unknown', Object.create({ id: 7 }) as Record<string, number>)).to.equal(
      'Aucune certification ne porte le numéro {id}.',
    );
  });

  it('formats a message kept for later', () => {
    expect(formatMessage({ key: 'issueReport.category.required' })).to.equal('Veuillez sélectionner une catégorie.');
    expect(formatMessage({ key: 'issueReport.category.required' }, 'en')).to.equal('Please select a category.');
    expect(formatMessage({ key: 'enrolment.selected', params: { count: 3 } })).to.equal('3 candidats sélectionnés');
    expect(formatMessage({ key: 'enrolment.selected', params: { count: 3 } }, 'en')).to.equal('3 candidates selected');
  });

  it('translates every key in both languages without throwing', () => {
    for (const key of keys) {
      for (const lang of LANGS) {
        const params = Object.fromEntries(placeholders(fr[key]).map((name) => [name, 'x']));
        for (const count of [0, 1, 2]) expect(translate(key, { ...params, count }, lang), key).to.not.match(/\{\w+\}/);
      }
    }
  });
});

describe('messages: guards', () => {
  it('isMessageKey accepts exactly the keys', () => {
    for (const key of keys) expect(isMessageKey(key), key).to.equal(true);
    for (const value of ['', 'nope', 'toString', '__proto__', 'constructor', 'issueReport', 'issueReport.count.one', 42, null, undefined, {}, ['abortReason.candidate']]) {
      expect(isMessageKey(value), String(value)).to.equal(false);
    }
    fc.assert(fc.property(fc.anything(), (value) => isMessageKey(value) === (typeof value === 'string' && keys.includes(value as MessageKey))));
  });

  it('isLang accepts fr and en only', () => {
    expect(LANGS).to.deep.equal(['fr', 'en']);
    expect(isLang('fr')).to.equal(true);
    expect(isLang('en')).to.equal(true);
    for (const value of ['FR', 'fr-FR', 'de', '', null, undefined, 1]) expect(isLang(value), String(value)).to.equal(false);
  });
});
