import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  LANGS,
  combineMessages,
  isLang,
  frenchTypography,
  localise,
  type Lang,
  type Message,
  type MessageParams,
  type Messages,
} from '../../src/i18n/messages.js';
import { isMessageKey, stateMessages, translate, type MessageKey } from '../../src/state/messages.js';
import { commonMessages } from '../../src/internal/common.messages.js';
import { formatNumber } from '../../src/i18n/numbers.js';
import { abandonReasonMessages } from '../../src/components/abandon-reason/abandon-reason.messages.js';
import { candidateReportMessages } from '../../src/components/candidate-report/candidate-report.messages.js';
import { finaliseWizardMessages } from '../../src/components/finalise-wizard/finalise-wizard.messages.js';
import { documentsStepMessages } from '../../src/components/finalise-wizard/documents-step.messages.js';
import { sessionDetailsMessages } from '../../src/components/session-details/session-details.messages.js';
import { sessionFormMessages } from '../../src/components/session-form/session-form.messages.js';
import { studentEnrolmentMessages } from '../../src/components/student-enrolment/student-enrolment.messages.js';
import { PixAbandonReason } from '../../src/components/abandon-reason/abandon-reason.js';

/** Every text set of the library, by owner. */
const SETS: Readonly<Record<string, Messages<string>>> = {
  state: stateMessages,
  common: commonMessages,
  'abandon-reason': abandonReasonMessages,
  'candidate-report': candidateReportMessages,
  'finalise-wizard': finaliseWizardMessages,
  'documents-step': documentsStepMessages,
  'session-details': sessionDetailsMessages,
  'session-form': sessionFormMessages,
  'student-enrolment': studentEnrolmentMessages,
};
const all = combineMessages(...Object.values(SETS));
type AnyKey = string;
const keys = Object.keys(all.fr);
const fr: Readonly<Record<AnyKey, Message>> = all.fr;
/** A text of any owner. */
function text(key: AnyKey, params?: MessageParams, lang?: Lang): string {
  return localise(all, key, params, lang);
}

function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : [message.zero ?? '', message.one, message.other];
  return [...new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '')))].sort();
}

describe("messages: every owner's dictionaries", () => {
  for (const [owner, set] of Object.entries(SETS)) {
    it(`${owner}: French and English have the same keys, non-empty, with the same placeholders and shape`, () => {
      const ownKeys = Object.keys(set.fr);
      expect(ownKeys.length, owner).to.be.above(0);
      expect(Object.keys(set.en).sort(), owner).to.deep.equal([...ownKeys].sort());
      for (const key of ownKeys) {
        for (const lang of LANGS) {
          const message = set[lang][key]!;
          const texts =
            typeof message === 'string' ? [message] : [message.one, message.other, ...(message.zero === undefined ? [] : [message.zero])];
          for (const text of texts) expect(text.trim(), `${owner} ${lang} ${key}`).to.not.equal('');
        }
        expect(placeholders(set.en[key]!), `${owner} ${key}`).to.deep.equal(placeholders(set.fr[key]!));
        expect(typeof set.en[key], `${owner} ${key}`).to.equal(typeof set.fr[key]);
      }
    });
  }

  it("gives each text one home: no key is in two owners' dictionaries", () => {
    const owners = new Map<string, string>();
    for (const [owner, set] of Object.entries(SETS)) {
      for (const key of Object.keys(set.fr)) {
        expect(owners.get(key), `${key} in ${owner}`).to.equal(undefined);
        owners.set(key, owner);
      }
    }
  });

  // As the guide's screenshot writes them: no space before the colon, in French too.
  // As today's Pix writes them in English (pix-certif-today.md, verbatim): a space before the colon.
  const PIX_ENGLISH_COLONS = ['candidateReport.current.title', 'candidateReport.current.questionNumber'];

  it('puts no space before a colon in English, and a space before it in French', () => {
    for (const [owner, set] of Object.entries(SETS)) {
      for (const key of Object.keys(set.fr)) {
        const texts = (message: Message) => (typeof message === 'string' ? [message] : [message.one, message.other, message.zero ?? '']);
        // A colon after a word or a placeholder; times such as 12:00 have digits on both sides.
        if (!PIX_ENGLISH_COLONS.includes(key)) {
          for (const english of texts(set.en[key]!)) expect(english, `${owner} en ${key}`).to.not.match(/\s:/);
        }
        for (const french of texts(set.fr[key]!)) expect(french, `${owner} fr ${key}`).to.not.match(/[^\s]:(\s|$)/);
      }
    }
  });

  it('has messages that do not compile when a language lacks a key or has one more', () => {
    // @ts-expect-error English lacks "b".
    const missing: Messages<'a' | 'b'> = { fr: { a: 'A', b: 'B' }, en: { a: 'A' } };
    // @ts-expect-error English has "c", which French lacks.
    const extra: Messages<'a'> = { fr: { a: 'A' }, en: { a: 'A', c: 'C' } };
    expect([missing, extra]).to.have.length(2);
  });

  it('lets an element use only the keys of its own messages', () => {
    class Probe extends PixAbandonReason {
      texts(): string[] {
        return [
          this.t('abortReason.label'),
          this.t('ui.cancel'),
          // @ts-expect-error a misspelt key fails to compile.
          this.t('abortReason.labl'),
          // @ts-expect-error a text of another element is not among its messages.
          this.t('wizard.title'),
        ];
      }
    }
    expect(Probe).to.be.a('function');
  });
});

describe('messages: texts', () => {
  it("has the spec's French texts", () => {
    const spec: Record<string, string> = {
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
    // The spec writes plain spaces where French typography puts no-break ones.
    const plain = (typeset: string) => typeset.replace(/\s/g, ' ');
    for (const [key, expected] of Object.entries(spec)) expect(plain(text(key)), key).to.equal(expected);
    expect(plain(translate('documents.file.type', { name: 'pv.docx' }))).to.equal(
      "« pv.docx » n'est pas accepté : formats acceptés PDF, JPEG, PNG.",
    );
    expect(plain(translate('documents.file.size', { name: 'photo.png' }))).to.equal('« photo.png » dépasse 10 Mo.');
    expect(plain(translate('session.deadline.reminder'))).to.contain(
      'la finalisation de la session doit se faire dans les 48 h suivant la fin de la session',
    );
  });
});

describe('messages: French typography', () => {
  it('puts a no-break space before : ; ! ? % », after « and between a number and its unit, in French only', () => {
    expect(translate('documents.file.type', { name: 'pv.docx' })).to.equal(
      "«\u00a0pv.docx\u00a0» n'est pas accepté\u00a0: formats acceptés PDF, JPEG, PNG.",
    );
    expect(translate('documents.file.size', { name: 'photo.png' })).to.equal('«\u00a0photo.png\u00a0» dépasse 10\u00a0Mo.');
    expect(translate('session.deadline.passed')).to.equal('Le délai de 48\u00a0h pour finaliser cette session est dépassé.');
    expect(frenchTypography('Vraiment ? Oui ; non !')).to.equal('Vraiment\u202f? Oui\u202f; non\u202f!');
    expect(frenchTypography('+ temps majoré {n} %')).to.equal('+ temps majoré {n}\u00a0%');
    expect(translate('session.deadline.passed', {}, 'en')).to.equal('The 48-hour deadline to finalise this session has passed.');
    expect(text('sessionDetails.date', { date: '12:00 : ! ?' })).to.equal('Date\u00a0: 12:00 : ! ?');
  });

  it('leaves no plain space before a French : ; ! ? » nor after «, in any text of any owner', () => {
    for (const key of keys) expect(text(key, { count: 2 }), key).to.not.match(/ [:;!?»%]|« /);
  });

  it('groups counts as the language groups numbers', () => {
    expect(text('sessionDetails.today.tab.candidates', { count: 5000 })).to.contain('5\u202f000');
    expect(text('sessionDetails.today.tab.candidates', { count: 5000 }, 'en')).to.contain('5,000');
  });
});

describe('messages: plural forms', () => {
  it('counts missing abandonment reasons', () => {
    expect(translate('finalisation.missingAbortReasons', { count: 1 })).to.equal("Il manque la raison de l'abandon pour 1 candidat.");
    expect(translate('finalisation.missingAbortReasons', { count: 2 })).to.equal("Il manque la raison de l'abandon pour 2 candidats.");
    expect(translate('finalisation.missingAbortReasons', { count: 12 })).to.equal("Il manque la raison de l'abandon pour 12 candidats.");
    expect(translate('finalisation.missingAbortReasons', { count: 1 }, 'en')).to.equal(
      'The reason for abandonment is missing for 1 candidate.',
    );
    expect(translate('finalisation.missingAbortReasons', { count: 2 }, 'en')).to.equal(
      'The reason for abandonment is missing for 2 candidates.',
    );
  });

  it('counts unticked end screens', () => {
    expect(translate('finalisation.uncheckedEndScreens', { count: 1 })).to.equal(
      "La case «\u00a0Écran de fin du test vu\u00a0» n'est pas cochée pour 1 candidat.",
    );
    expect(translate('finalisation.uncheckedEndScreens', { count: 2 })).to.equal(
      "La case «\u00a0Écran de fin du test vu\u00a0» n'est pas cochée pour 2 candidats.",
    );
  });

  it('counts issue reports', () => {
    expect(text('issueReport.count', { count: 1 })).to.equal('1 signalement');
    expect(text('issueReport.count', { count: 2 })).to.equal('2 signalements');
    expect(text('issueReport.count', { count: 1 }, 'en')).to.equal('1 incident report');
    expect(text('issueReport.count', { count: 3 }, 'en')).to.equal('3 incident reports');
  });

  it('counts selected and enrolled pupils, with a zero form', () => {
    expect(text('enrolment.selected', { count: 0 })).to.equal('Aucun candidat sélectionné');
    expect(text('enrolment.selected', { count: 1 })).to.equal('1 candidat sélectionné');
    expect(text('enrolment.selected', { count: 3 })).to.equal('3 candidats sélectionnés');
    expect(text('enrolment.selected', { count: 0 }, 'en')).to.equal('No candidate selected');
    expect(text('enrolment.selected', { count: 1 }, 'en')).to.equal('1 candidate selected');
    expect(text('enrolment.selected', { count: 5000 }, 'en')).to.equal('5,000 candidates selected');
    expect(text('enrolment.selected', { count: 5000 })).to.equal('5\u202f000 candidats sélectionnés');
    expect(text('enrolment.alreadyEnrolled', { count: 1 })).to.equal('1 candidat déjà inscrit à la session');
    expect(text('enrolment.alreadyEnrolled', { count: 12 })).to.equal('12 candidats déjà inscrits à la session');
  });

  it('reads a missing count as 0 and a string count as a number', () => {
    expect(text('enrolment.selected')).to.equal('Aucun candidat sélectionné');
    expect(text('enrolment.selected', { count: '2' })).to.equal('2 candidats sélectionnés');
    // French has no zero form here: 0 takes the singular ("0 candidat"), as in French grammar.
    expect(translate('finalisation.missingAbortReasons', { count: 0 })).to.equal("Il manque la raison de l'abandon pour 0 candidat.");
    expect(text('issueReport.count', { count: 0 }, 'en')).to.equal('0 incident reports');
  });

  it('reads a count grouped as the language writes it as its number, and shows it grouped', () => {
    expect(text('enrolment.selected', { count: formatNumber(5000, 'fr') })).to.equal('5\u202f000 candidats sélectionnés');
    expect(text('enrolment.selected', { count: formatNumber(5000, 'en') }, 'en')).to.equal('5,000 candidates selected');
    expect(text('enrolment.selected', { count: formatNumber(1, 'en') }, 'en')).to.equal('1 candidate selected');
    expect(text('enrolment.selected', { count: formatNumber(0, 'fr') })).to.equal('Aucun candidat sélectionné');
    expect(text('enrolment.selected', { count: '1 000 000' })).to.equal('1 000 000 candidats sélectionnés');
  });
});

describe('messages: translate and localise', () => {
  it('speaks French by default and English on demand', () => {
    expect(text('abortReason.candidate')).to.equal('Abandon du candidat');
    expect(text('abortReason.candidate', {}, 'fr')).to.equal('Abandon du candidat');
    expect(text('abortReason.candidate', {}, 'en')).to.equal('Candidate withdrew');
    expect(translate('finalisation.report.unknown', { id: 3 }, 'en')).to.equal('No certification has the number 3.');
    expect(translate('issueReport.questionNumber.invalid', {}, 'en')).to.equal('Please enter a question number between 1 and 500.');
    expect(translate('finalisation.result.generic', {}, 'en')).to.equal('Error while finalising the session.');
  });

  it('fills placeholders and leaves unknown ones as they are', () => {
    expect(translate('finalisation.report.unknown', { id: 1199 })).to.equal('Aucune certification ne porte le numéro 1199.');
    expect(translate('finalisation.report.unknown', { id: 1199 }, 'en')).to.equal('No certification has the number 1199.');
    expect(translate('finalisation.report.unknown')).to.equal('Aucune certification ne porte le numéro {id}.');
    expect(translate('input.invalid', { details: 'reports.0.firstName: Invalid input', other: 'x' })).to.equal(
      'Les données reçues sont invalides\u00a0: reports.0.firstName: Invalid input',
    );
    // A value that looks like a placeholder is not filled again.
    expect(translate('documents.file.size', { name: '{name}' })).to.equal('«\u00a0{name}\u00a0» dépasse 10\u00a0Mo.');
    // `$&` and friends are not replacement patterns here.
    expect(translate('documents.file.size', { name: '$&$1.pdf' })).to.equal('«\u00a0$&$1.pdf\u00a0» dépasse 10\u00a0Mo.');
  });

  it('does not read inherited properties as parameters', () => {
    expect(translate('finalisation.report.unknown', Object.create({ id: 7 }) as Record<string, number>)).to.equal(
      'Aucune certification ne porte le numéro {id}.',
    );
  });

  it('looks in combined sets, falls back to French, and shows the key itself when no set has it', () => {
    const first = { fr: { 'a.one': 'Un' }, en: { 'a.one': 'One' } };
    const second = { fr: { 'b.two': 'Deux {n}' }, en: {} } as unknown as Messages<'b.two'>;
    const combined = combineMessages(first, second);
    expect(localise(combined, 'a.one', {}, 'en')).to.equal('One');
    expect(localise(combined, 'b.two', { n: 2 }, 'en')).to.equal('Deux 2');
    expect(localise(combined, 'nope' as 'a.one', {}, 'en')).to.equal('nope');
    expect(localise(combined, 'toString' as 'a.one')).to.equal('toString');
  });

  it('translates every key in both languages without throwing', () => {
    for (const key of keys) {
      for (const lang of LANGS) {
        const params = Object.fromEntries(placeholders(fr[key]!).map((name) => [name, 'x']));
        for (const count of [0, 1, 2]) expect(text(key, { ...params, count }, lang), key).to.not.match(/\{\w+\}/);
      }
    }
  });
});

describe('messages: guards', () => {
  it('isMessageKey accepts exactly the keys of the state layer', () => {
    const stateKeys = Object.keys(stateMessages.fr);
    for (const key of stateKeys) expect(isMessageKey(key), key).to.equal(true);
    for (const key of Object.keys(commonMessages.fr)) expect(isMessageKey(key), key).to.equal(false);
    for (const value of [
      '',
      'nope',
      'toString',
      '__proto__',
      'constructor',
      'issueReport',
      'issueReport.count.one',
      42,
      null,
      undefined,
      {},
      ['abortReason.candidate'],
    ]) {
      expect(isMessageKey(value), String(value)).to.equal(false);
    }
    fc.assert(
      fc.property(fc.anything(), (value) => isMessageKey(value) === (typeof value === 'string' && stateKeys.includes(value as MessageKey))),
    );
  });

  it('isLang accepts fr and en only', () => {
    expect(LANGS).to.deep.equal(['fr', 'en']);
    expect(isLang('fr')).to.equal(true);
    expect(isLang('en')).to.equal(true);
    for (const value of ['FR', 'fr-FR', 'de', '', null, undefined, 1]) expect(isLang(value), String(value)).to.equal(false);
  });
});
