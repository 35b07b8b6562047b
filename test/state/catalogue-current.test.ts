import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  CATALOGUE_2021,
  CATALOGUE_2022,
  CATALOGUE_CURRENT,
  CATALOGUES,
  EDITION_CATALOGUES,
  canDeleteIssueReport,
  categoriesFor,
  fieldsOf,
  findCategory,
  questionNumberMaxOf,
  reportLabel,
  resolveCatalogue,
  validateIssueReport,
  type Catalogue,
  type CatalogueCategory,
  type IssueReportValidation,
} from '../../src/state/catalogues.js';
import { IssueReportSchema } from '../../src/state/schemas.js';
import { translate } from '../../src/state/messages.js';

// Today's catalogue as pix-certif-today.md § 1.9–1.10 writes it, transcribed independently of
// the implementation (labels fr and en exactly, apostrophes included).
interface Row {
  code: string;
  category: string;
  fr: string;
  en: string;
  subcategories?: Array<{ code: string; subcategory: string; fr: string; en: string; descriptionLabel?: [string, string] }>;
  descriptionLabel?: [string, string];
}

const SPEC_CURRENT: Row[] = [
  {
    code: 'C1-C2',
    category: 'CANDIDATE_INFORMATIONS_CHANGES',
    fr: 'Modification infos candidat',
    en: 'Edit the candidate’s details',
    subcategories: [
      {
        code: 'C1',
        subcategory: 'NAME_OR_BIRTHDATE',
        fr: 'Modification des prénom/nom/date de naissance',
        en: 'Edit the first name/last name/date of birth',
        descriptionLabel: ['Renseignez les informations correctes', 'Fill in the correct details'],
      },
      {
        code: 'C2',
        subcategory: 'EXTRA_TIME_PERCENTAGE',
        fr: 'Ajout/modification du temps majoré',
        en: 'Add/edit the extra time',
        descriptionLabel: ['Précisez le temps majoré', 'Specify extra time'],
      },
    ],
  },
  {
    code: 'C4',
    category: 'SIGNATURE_ISSUE',
    fr: 'Était présent(e) mais a oublié de signer, ou a signé sur la mauvaise ligne',
    en: 'Was present but forgot to sign or signed on the wrong line',
    descriptionLabel: ['Précisez', 'Specify'],
  },
  { code: 'C6', category: 'FRAUD', fr: 'Suspicion de fraude', en: 'Suspected fraud' },
  {
    code: 'C7',
    category: 'NON_BLOCKING_TECHNICAL_ISSUE',
    fr: 'Incident technique non bloquant',
    en: 'Non-blocking technical incident',
    descriptionLabel: ["Décrivez l'incident rencontré", 'Describe the incident encountered'],
  },
  {
    code: 'C8',
    category: 'NON_BLOCKING_CANDIDATE_ISSUE',
    fr: 'Incident lié au candidat non bloquant',
    en: 'Non-blocking incident linked to the candidate',
    descriptionLabel: ["Décrivez l'incident rencontré", 'Describe the incident encountered'],
  },
  {
    code: 'E1-E12',
    category: 'IN_CHALLENGE',
    fr: 'Problème technique sur une question',
    en: 'Technical problem with a question',
    subcategories: [
      { code: 'E1', subcategory: 'IMAGE_NOT_DISPLAYING', fr: "L'image ne s'affiche pas", en: 'The picture isn’t displayed' },
      {
        code: 'E2',
        subcategory: 'EMBED_NOT_WORKING',
        fr: "Le simulateur/l'application ne s'affiche pas",
        en: 'The simulator/the application isn’t displayed',
      },
      {
        code: 'E3',
        subcategory: 'FILE_NOT_OPENING',
        fr: "Le fichier à télécharger ne se télécharge pas ou ne s'ouvre pas",
        en: 'The file to download can’t be downloaded or doesn’t open',
      },
      {
        code: 'E4',
        subcategory: 'WEBSITE_UNAVAILABLE',
        fr: 'Le site à visiter est indisponible/en maintenance/inaccessible',
        en: 'The website to visit is unavailable/under maintenance/unreachable',
      },
      {
        code: 'E5',
        subcategory: 'WEBSITE_BLOCKED',
        fr: "Le site est bloqué par les restrictions réseau de l'établissement (réseaux sociaux par ex.)",
        en: 'The website is blocked by the establishment’s network restrictions (social media for ex.)',
      },
      {
        code: 'E8',
        subcategory: 'EXTRA_TIME_EXCEEDED',
        fr: "Le candidat bénéficie d'un temps majoré et n'a pas pu répondre à la question dans le temps imparti",
        en: 'The candidate profits from extra time and hasn’t been able to answer the question within the time allocated',
      },
      {
        code: 'E9',
        subcategory: 'SOFTWARE_NOT_WORKING',
        fr: "Le logiciel installé sur l'ordinateur n'a pas fonctionné",
        en: 'The software installed on the computer didn’t work',
      },
      {
        code: 'E10',
        subcategory: 'UNINTENTIONAL_FOCUS_OUT',
        fr: 'Le candidat a été contraint de cliquer en dehors du cadre autorisé pour une question en mode focus',
        en: 'The candidate was forced to click outside the authorised frame for a focus mode question',
      },
      {
        code: 'E11',
        subcategory: 'SKIP_ON_OOPS',
        fr: 'Un problème technique lié à la plateforme Pix a empêché le candidat de répondre à la question',
        en: 'A technical problem due to the Pix platform prevented the candidate from answering the question',
      },
      {
        code: 'E12',
        subcategory: 'ACCESSIBILITY_ISSUE',
        fr: 'Problème avec l’accessibilité de la question (ex : daltonisme)',
        en: 'Problem with the accessibility of the question (ex : colour blindness)',
      },
    ],
  },
];

/** What the API deprecates (§ 1.11): today's catalogue offers none of it. */
const DEPRECATED_CATEGORIES = ['TECHNICAL_PROBLEM', 'OTHER', 'LATE_OR_LEAVING', 'CONNECTION_OR_END_SCREEN'];
const DEPRECATED_SUBCATEGORIES = ['LINK_NOT_WORKING', 'OTHER', 'LEFT_EXAM_ROOM'];

function category(name: string): CatalogueCategory {
  const found = findCategory(CATALOGUE_CURRENT, name);
  if (!found) throw new Error(`No category ${name}`);
  return found;
}

function errorsOf(result: IssueReportValidation): Record<string, unknown> {
  if (result.ok) throw new Error(`Expected errors, got ${JSON.stringify(result.report)}`);
  return result.errors;
}

describe('catalogue "current" (today’s Pix Certif, § 1.10)', () => {
  it('is registered by name and is edition "current"’s default; "2021" and "2022" stay as they were', () => {
    expect(CATALOGUE_CURRENT.id).to.equal('current');
    expect(CATALOGUES.current).to.equal(CATALOGUE_CURRENT);
    expect(resolveCatalogue('current')).to.deep.equal({ ok: true, catalogue: CATALOGUE_CURRENT });
    expect(EDITION_CATALOGUES).to.deep.equal({ '2021': '2021', current: 'current' });
    expect(CATALOGUES['2021']).to.equal(CATALOGUE_2021);
    expect(CATALOGUES['2022']).to.equal(CATALOGUE_2022);
    for (const catalogue of [CATALOGUE_2021, CATALOGUE_2022]) {
      expect(catalogue).not.to.have.property('questionNumberMax');
      for (const item of catalogue.categories) {
        for (const key of ['questionNumberMax', 'defaultSubcategory', 'subcategoryWidget', 'tooltip', 'notice']) {
          expect(item, `${catalogue.id} ${item.code}`).not.to.have.property(key);
        }
      }
    }
  });

  it('has the categories and subcategories of the spec, in order, with codes and labels in French and English', () => {
    expect(CATALOGUE_CURRENT.categories.map((item) => [item.code, item.category, item.label.fr, item.label.en])).to.deep.equal(
      SPEC_CURRENT.map((row) => [row.code, row.category, row.fr, row.en]),
    );
    for (const row of SPEC_CURRENT) {
      const subs = category(row.category).subcategories;
      if (!row.subcategories) {
        expect(subs, row.code).to.equal(undefined);
        continue;
      }
      expect(subs?.map((sub) => [sub.code, sub.subcategory, sub.label.fr, sub.label.en])).to.deep.equal(
        row.subcategories.map((sub) => [sub.code, sub.subcategory, sub.fr, sub.en]),
      );
    }
  });

  it('offers nothing the API deprecates', () => {
    for (const item of CATALOGUE_CURRENT.categories) {
      expect(DEPRECATED_CATEGORIES).not.to.include(item.category);
      for (const sub of item.subcategories ?? []) expect(DEPRECATED_SUBCATEGORIES).not.to.include(sub.subcategory);
    }
  });

  it('offers E1-E12 to version 2 sessions only', () => {
    expect(categoriesFor(CATALOGUE_CURRENT, 2).map((item) => item.code)).to.deep.equal(['C1-C2', 'C4', 'C6', 'C7', 'C8', 'E1-E12']);
    expect(categoriesFor(CATALOGUE_CURRENT, 3).map((item) => item.code)).to.deep.equal(['C1-C2', 'C4', 'C6', 'C7', 'C8']);
    expect(
      errorsOf(
        validateIssueReport(
          CATALOGUE_CURRENT,
          { category: 'IN_CHALLENGE', subcategory: 'IMAGE_NOT_DISPLAYING', questionNumber: 3 },
          { sessionVersion: 3 },
        ),
      ),
    ).to.deep.equal({ category: { key: 'issueReport.category.unavailable' } });
  });

  it('asks for the fields of § 1.9.1: selects with C1 and E1 preselected, a label per subcategory', () => {
    const changes = category('CANDIDATE_INFORMATIONS_CHANGES');
    expect(changes.defaultSubcategory).to.equal('NAME_OR_BIRTHDATE');
    expect(category('IN_CHALLENGE').defaultSubcategory).to.equal('IMAGE_NOT_DISPLAYING');
    for (const row of SPEC_CURRENT) {
      const item = category(row.category);
      for (const sub of row.subcategories ?? [undefined]) {
        const fields = fieldsOf(item, sub?.subcategory);
        const label = sub ? sub.descriptionLabel : row.descriptionLabel;
        expect(
          {
            subcategory: fields.subcategory,
            description: fields.description,
            label: fields.descriptionLabel && [fields.descriptionLabel.fr, fields.descriptionLabel.en],
            questionNumber: fields.questionNumber,
          },
          sub?.code ?? row.code,
        ).to.deep.equal({
          subcategory: row.subcategories ? 'select' : 'none',
          description: label ? 'required' : 'none',
          label: label ?? null,
          questionNumber: row.category === 'IN_CHALLENGE',
        });
      }
    }
  });

  it('carries the info texts, tooltips and the fraud notice of § 1.9.1', () => {
    expect(category('NON_BLOCKING_TECHNICAL_ISSUE').tooltip).to.deep.equal({
      fr: 'L’ordinateur s’est éteint, lenteur significative du réseau et/ou de l’appareil etc.',
      en: 'The computer switched off, significant slowness of the network and/or of the machine etc…',
      title: { fr: 'Incident technique', en: 'Technical issue' },
    });
    expect(category('NON_BLOCKING_CANDIDATE_ISSUE').tooltip?.fr).to.equal(
      'a quitté temporairement, sous surveillance, la salle d’examen, est arrivé en retard, a rencontré des difficultés pour se connecter à la session, a dû se reconnecter à la session, avait oublié son mot de passe...',
    );
    expect(category('NON_BLOCKING_TECHNICAL_ISSUE').info?.fr).to.equal(
      "Signalement à titre informatif, le problème rencontré n'a pas empêché le candidat de continuer à répondre aux questions. Pour rappel, un incident technique sur une question doit être signalé en direct pendant la session, depuis l'espace surveillant.",
    );
    expect(category('NON_BLOCKING_CANDIDATE_ISSUE').info?.fr).to.equal(
      "Signalement à titre informatif, le problème rencontré n'a pas empêché le candidat de continuer à répondre aux questions.",
    );
    expect(category('FRAUD').notice).to.deep.equal({
      fr: 'Merci de transmettre le procès-verbal de fraude rempli pendant la session de certification en utilisant {link}',
      en: 'Please transmit the fraud report filled in during the certification session by using {link}',
      link: { href: 'https://form-eu.123formbuilder.com/41052/form', text: { fr: 'ce formulaire', en: 'this form' } },
    });
    for (const name of ['CANDIDATE_INFORMATIONS_CHANGES', 'SIGNATURE_ISSUE', 'FRAUD', 'IN_CHALLENGE']) {
      expect(category(name).tooltip, name).to.equal(undefined);
      expect(category(name).info, name).to.equal(undefined);
    }
  });

  it('passes its own schema unchanged', () => {
    expect(resolveCatalogue(structuredClone(CATALOGUE_CURRENT))).to.deep.equal({ ok: true, catalogue: CATALOGUE_CURRENT });
  });

  it('accepts question numbers 1 to 64 only, with the message of the contract', () => {
    const base = { category: 'IN_CHALLENGE', subcategory: 'IMAGE_NOT_DISPLAYING' };
    expect(questionNumberMaxOf(CATALOGUE_CURRENT, category('IN_CHALLENGE'))).to.equal(64);
    for (const accepted of [1, 64, '12']) {
      const result = validateIssueReport(CATALOGUE_CURRENT, { ...base, questionNumber: accepted });
      expect(result.ok && result.report.questionNumber, String(accepted)).to.equal(Number(accepted));
    }
    for (const refused of [0, 65, 500, 1.5, null, 'abc']) {
      const errors = errorsOf(validateIssueReport(CATALOGUE_CURRENT, { ...base, questionNumber: refused }));
      expect(errors, String(refused)).to.deep.equal({ questionNumber: { key: 'issueReport.questionNumber.range', params: { max: 64 } } });
    }
    const error = { key: 'issueReport.questionNumber.range', params: { max: 64 } } as const;
    expect(translate(error.key, error.params)).to.equal('Veuillez indiquer un numéro de question entre 1 et 64.');
    expect(translate(error.key, error.params, 'en')).to.equal('Please enter a question number between 1 and 64.');
  });

  it('normalises each category as the API expects it: C6 has only its category', () => {
    expect(
      validateIssueReport(CATALOGUE_CURRENT, { category: 'FRAUD', subcategory: 'X', description: 'texte', questionNumber: 3 }),
    ).to.deep.equal({ ok: true, report: { category: 'FRAUD', subcategory: null, description: null, questionNumber: null } });
    expect(validateIssueReport(CATALOGUE_CURRENT, { category: 'SIGNATURE_ISSUE', description: ' ligne 4 ' })).to.deep.equal({
      ok: true,
      report: { category: 'SIGNATURE_ISSUE', subcategory: null, description: 'ligne 4', questionNumber: null },
    });
    expect(errorsOf(validateIssueReport(CATALOGUE_CURRENT, { category: 'NON_BLOCKING_CANDIDATE_ISSUE', description: '  ' }))).to.deep.equal(
      {
        description: { key: 'issueReport.description.required' },
      },
    );
  });

  it('shows reports with today’s codes and labels', () => {
    expect(reportLabel(CATALOGUE_CURRENT, { category: 'IN_CHALLENGE', subcategory: 'ACCESSIBILITY_ISSUE' }, 'en')).to.deep.equal({
      code: 'E12',
      label: 'Problem with the accessibility of the question (ex : colour blindness)',
    });
    expect(reportLabel(CATALOGUE_CURRENT, { category: 'FRAUD', subcategory: null }, 'fr')).to.deep.equal({
      code: 'C6',
      label: 'Suspicion de fraude',
    });
  });
});

describe('issue reports: the server id', () => {
  it('keeps a valid id (or null) through validation; a new report has none', () => {
    const report = { category: 'FRAUD', subcategory: null, description: null, questionNumber: null };
    expect(validateIssueReport(CATALOGUE_CURRENT, { ...report, id: 12 })).to.deep.equal({ ok: true, report: { id: 12, ...report } });
    expect(validateIssueReport(CATALOGUE_CURRENT, { ...report, id: null })).to.deep.equal({ ok: true, report: { id: null, ...report } });
    const fresh = validateIssueReport(CATALOGUE_CURRENT, report);
    expect(fresh.ok && Object.keys(fresh.report)).to.deep.equal(['category', 'subcategory', 'description', 'questionNumber']);
    for (const bad of [0, -1, 1.5, '12', Number.MAX_SAFE_INTEGER + 2]) {
      const result = validateIssueReport(CATALOGUE_CURRENT, { ...report, id: bad });
      expect(result.ok && 'id' in result.report, String(bad)).to.equal(false);
    }
  });

  it('is optional in the schema: a positive whole number or null', () => {
    const report = { category: 'FRAUD', subcategory: null, description: null, questionNumber: null };
    expect(IssueReportSchema.safeParse({ ...report, id: 5 }).success).to.equal(true);
    expect(IssueReportSchema.safeParse({ ...report, id: null }).success).to.equal(true);
    expect(IssueReportSchema.safeParse(report).success).to.equal(true);
    for (const bad of [0, 1.5, '5']) expect(IssueReportSchema.safeParse({ ...report, id: bad }).success, String(bad)).to.equal(false);
  });
});

describe('issue reports: which can be deleted', () => {
  it('in edition "current", an in-challenge report of a version 3 session stays; every other can go', () => {
    expect(canDeleteIssueReport('current', { category: 'IN_CHALLENGE' }, 3)).to.equal(false);
    expect(canDeleteIssueReport('current', { category: 'IN_CHALLENGE' }, 2)).to.equal(true);
    expect(canDeleteIssueReport('current', { category: 'IN_CHALLENGE' })).to.equal(true);
    expect(canDeleteIssueReport('current', { category: 'FRAUD' }, 3)).to.equal(true);
    expect(canDeleteIssueReport('2021', { category: 'IN_CHALLENGE' }, 3)).to.equal(true);
  });
});

describe('catalogue objects: the optional fields of edition "current"', () => {
  const base = {
    category: 'DEVICE',
    code: 'Z1-Z2',
    label: { fr: 'Matériel', en: 'Device' },
    subcategories: [
      { subcategory: 'MOUSE', code: 'Z1', label: { fr: 'Souris', en: 'Mouse' }, description: 'none' },
      { subcategory: 'SCREEN', code: 'Z2', label: { fr: 'Écran', en: 'Screen' }, description: 'none' },
    ],
    description: 'none',
    questionNumber: true,
  };
  const catalogueOf = (category: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    id: 'centre',
    ...extra,
    categories: [category],
  });
  const resolved = (input: unknown): Catalogue => {
    const result = resolveCatalogue(input);
    if (!result.ok) throw new Error(result.error);
    return result.catalogue;
  };

  it('absent, the 2021 behaviour: radios for two subcategories, questions up to 500', () => {
    const catalogue = resolved(catalogueOf(base));
    const item = catalogue.categories[0]!;
    expect(fieldsOf(item).subcategory).to.equal('radio');
    expect(questionNumberMaxOf(catalogue, item)).to.equal(500);
    expect(errorsOf(validateIssueReport(catalogue, { category: 'DEVICE', subcategory: 'MOUSE', questionNumber: 501 }))).to.deep.equal({
      questionNumber: { key: 'issueReport.questionNumber.invalid' },
    });
  });

  it('subcategoryWidget chooses the widget', () => {
    expect(fieldsOf(resolved(catalogueOf({ ...base, subcategoryWidget: 'select' })).categories[0]!).subcategory).to.equal('select');
    const many = { ...base, subcategories: ['A', 'B', 'C', 'D'].map((name) => ({ ...base.subcategories[0], subcategory: name })) };
    expect(fieldsOf(resolved(catalogueOf({ ...many, subcategoryWidget: 'radio' })).categories[0]!).subcategory).to.equal('radio');
  });

  it('questionNumberMax: the category’s, else the catalogue’s', () => {
    const own = resolved(catalogueOf({ ...base, questionNumberMax: 10 }, { questionNumberMax: 30 }));
    expect(questionNumberMaxOf(own, own.categories[0]!)).to.equal(10);
    const shared = resolved(catalogueOf(base, { questionNumberMax: 30 }));
    expect(questionNumberMaxOf(shared, shared.categories[0]!)).to.equal(30);
    expect(validateIssueReport(shared, { category: 'DEVICE', subcategory: 'MOUSE', questionNumber: 30 }).ok).to.equal(true);
    expect(errorsOf(validateIssueReport(shared, { category: 'DEVICE', subcategory: 'MOUSE', questionNumber: 31 }))).to.deep.equal({
      questionNumber: { key: 'issueReport.questionNumber.range', params: { max: 30 } },
    });
  });

  it('accepts a tooltip, a notice with or without a link, a default subcategory', () => {
    for (const extra of [
      { tooltip: { fr: 'Exemples', en: 'Examples' } },
      { notice: { fr: 'Voir', en: 'See' } },
      { notice: { fr: 'Voir {link}', en: 'See {link}', link: 'https://example.org/form' } },
      { notice: { fr: 'Voir', en: 'See', link: { href: 'http://example.org', text: { fr: 'ici', en: 'here' } } } },
      { defaultSubcategory: 'SCREEN' },
    ]) {
      expect(resolveCatalogue(catalogueOf({ ...base, ...extra })).ok, JSON.stringify(extra)).to.equal(true);
    }
  });

  const refused: Array<[string, Record<string, unknown>, Record<string, unknown>?]> = [
    ['a default subcategory it does not have', { ...base, defaultSubcategory: 'KEYBOARD' }],
    ['an unknown widget', { ...base, subcategoryWidget: 'list' }],
    ['a question number limit above the API’s', { ...base, questionNumberMax: 501 }],
    ['a question number limit of 0', { ...base, questionNumberMax: 0 }],
    ['a catalogue limit that is not whole', base, { questionNumberMax: 6.5 }],
    ['a javascript: link', { ...base, notice: { fr: 'a', en: 'b', link: 'javascript:alert(1)' } }],
    ['a link without text', { ...base, notice: { fr: 'a', en: 'b', link: { href: 'https://example.org' } } }],
    ['a tooltip without English', { ...base, tooltip: { fr: 'Exemples' } }],
  ];
  for (const [name, category, extra] of refused) {
    it(`refuses ${name}`, () => {
      expect(resolveCatalogue(catalogueOf(category, extra)).ok).to.equal(false);
    });
  }

  it('never gives a report the catalogue would refuse, whatever the input (today’s catalogue)', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            category: fc.constantFrom(...CATALOGUE_CURRENT.categories.map((item) => item.category), 'OTHER'),
            subcategory: fc.constantFrom(null, 'IMAGE_NOT_DISPLAYING', 'NAME_OR_BIRTHDATE', 'LINK_NOT_WORKING'),
            description: fc.oneof(fc.constant(null), fc.string({ maxLength: 10 })),
            questionNumber: fc.oneof(fc.constant(null), fc.integer({ min: -1, max: 70 })),
            id: fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer({ min: -2, max: 5 })),
          },
          { requiredKeys: ['category'] },
        ),
        fc.constantFrom(undefined, 2, 3),
        (input, version) => {
          const result = validateIssueReport(CATALOGUE_CURRENT, input, version === undefined ? {} : { sessionVersion: version });
          if (!result.ok) return;
          expect(IssueReportSchema.safeParse(result.report).success).to.equal(true);
          const { questionNumber } = result.report;
          if (questionNumber !== null) expect(questionNumber).to.be.within(1, 64);
        },
      ),
      { numRuns: 500 },
    );
  });
});
