import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { describeIssues } from '../../src/state/input.js';
import {
  CATALOGUE_2021,
  CATALOGUE_2022,
  CATALOGUES,
  DEFAULT_CATALOGUE,
  categoriesFor,
  codeOf,
  fieldsOf,
  findCategory,
  reportLabel,
  resolveCatalogue,
  validateIssueReport,
  type Catalogue,
  type CatalogueCategory,
  type IssueReportValidation,
} from '../../src/state/catalogues.js';
import { IssueReportSchema } from '../../src/state/schemas.js';
import { translate, type MessageKey } from '../../src/state/messages.js';
import { issueReportExamples } from '../fixtures/guide-sessions.js';

// The catalogues as spec §3 writes them, transcribed independently of the implementation.
type Need = 'required' | 'optional' | 'none';
interface SpecSub {
  code: string;
  subcategory: string;
  fr: string;
  description: Need;
  descriptionLabel?: string;
}
interface SpecRow {
  code: string;
  category: string;
  fr: string;
  description?: Need;
  descriptionLabel?: string;
  questionNumber: boolean;
  subcategories?: SpecSub[];
  widget: 'none' | 'radio' | 'select';
  onlyForSessionVersion?: 2 | 3;
  info?: boolean;
}

const E_COMMON: SpecSub[] = [
  { code: 'E1', subcategory: 'IMAGE_NOT_DISPLAYING', fr: "L'image ne s'affiche pas", description: 'none' },
  { code: 'E2', subcategory: 'EMBED_NOT_WORKING', fr: "Le simulateur/l'application ne s'affiche pas", description: 'none' },
  {
    code: 'E3',
    subcategory: 'FILE_NOT_OPENING',
    fr: "Le fichier à télécharger ne se télécharge pas ou ne s'ouvre pas",
    description: 'none',
  },
  {
    code: 'E4',
    subcategory: 'WEBSITE_UNAVAILABLE',
    fr: 'Le site à visiter est indisponible/en maintenance/inaccessible',
    description: 'none',
  },
  {
    code: 'E5',
    subcategory: 'WEBSITE_BLOCKED',
    fr: "Le site est bloqué par les restrictions réseau de l'établissement",
    description: 'none',
  },
];
const SIGNATURE_FR = 'Était présent(e) mais a oublié de signer, ou a signé sur la mauvaise ligne';

const SPEC_2021: SpecRow[] = [
  {
    code: 'A1',
    category: 'TECHNICAL_PROBLEM',
    fr: 'Problème technique',
    description: 'required',
    descriptionLabel: 'Décrivez le problème technique',
    questionNumber: false,
    widget: 'none',
  },
  {
    code: 'A2',
    category: 'OTHER',
    fr: 'Autre incident',
    description: 'required',
    descriptionLabel: "Décrivez l'incident",
    questionNumber: false,
    widget: 'none',
  },
  {
    code: 'C1-C2',
    category: 'CANDIDATE_INFORMATIONS_CHANGES',
    fr: 'Modification infos candidat',
    questionNumber: false,
    widget: 'radio',
    subcategories: [
      {
        code: 'C1',
        subcategory: 'NAME_OR_BIRTHDATE',
        fr: 'Prénom / Nom / Date de naissance',
        description: 'required',
        descriptionLabel: "Détaillez les informations qu'il faut modifier",
      },
      {
        code: 'C2',
        subcategory: 'EXTRA_TIME_PERCENTAGE',
        fr: 'Temps majoré',
        description: 'required',
        descriptionLabel: "Détaillez les informations qu'il faut modifier",
      },
    ],
  },
  {
    code: 'C3-C4',
    category: 'LATE_OR_LEAVING',
    fr: 'Retard, absence ou départ',
    questionNumber: false,
    widget: 'radio',
    subcategories: [
      {
        code: 'C3',
        subcategory: 'LEFT_EXAM_ROOM',
        fr: 'Écran de fin de test non vu',
        description: 'required',
        descriptionLabel: "Précisez et indiquez l'heure de sortie",
      },
      { code: 'C4', subcategory: 'SIGNATURE_ISSUE', fr: SIGNATURE_FR, description: 'optional', descriptionLabel: 'Précisez (facultatif)' },
    ],
  },
  {
    code: 'C5',
    category: 'CONNECTION_OR_END_SCREEN',
    fr: 'Connexion et fin de test : le candidat a passé les dernières questions, faute de temps',
    description: 'none',
    questionNumber: false,
    widget: 'none',
  },
  {
    code: 'E1-E7',
    category: 'IN_CHALLENGE',
    fr: 'Problème sur une question',
    questionNumber: true,
    widget: 'select',
    subcategories: [
      ...E_COMMON,
      {
        code: 'E6',
        subcategory: 'LINK_NOT_WORKING',
        fr: 'Le lien ne fonctionne pas',
        description: 'required',
        descriptionLabel: 'Décrivez le problème',
      },
      {
        code: 'E7',
        subcategory: 'OTHER',
        fr: 'Autre incident lié à une question',
        description: 'required',
        descriptionLabel: 'Décrivez le problème',
      },
    ],
  },
];

const SPEC_2022: SpecRow[] = [
  {
    code: 'C1-C2',
    category: 'CANDIDATE_INFORMATIONS_CHANGES',
    fr: 'Modification infos candidat',
    questionNumber: false,
    widget: 'radio',
    subcategories: [
      {
        code: 'C1',
        subcategory: 'NAME_OR_BIRTHDATE',
        fr: 'Prénom / Nom / Date de naissance',
        description: 'required',
        descriptionLabel: 'Renseignez les informations correctes',
      },
      {
        code: 'C2',
        subcategory: 'EXTRA_TIME_PERCENTAGE',
        fr: 'Temps majoré',
        description: 'required',
        descriptionLabel: 'Précisez le temps majoré',
      },
    ],
  },
  {
    code: 'C4',
    category: 'SIGNATURE_ISSUE',
    fr: SIGNATURE_FR,
    description: 'required',
    descriptionLabel: 'Précisez',
    questionNumber: false,
    widget: 'none',
  },
  { code: 'C6', category: 'FRAUD', fr: 'Suspicion de fraude', description: 'none', questionNumber: false, widget: 'none', info: true },
  {
    code: 'C7',
    category: 'NON_BLOCKING_TECHNICAL_ISSUE',
    fr: 'Incident technique non bloquant',
    description: 'required',
    descriptionLabel: "Décrivez l'incident rencontré",
    questionNumber: false,
    widget: 'none',
    info: true,
  },
  // The spec gives C8 no description label of its own.
  {
    code: 'C8',
    category: 'NON_BLOCKING_CANDIDATE_ISSUE',
    fr: 'Incident lié au candidat non bloquant',
    description: 'required',
    questionNumber: false,
    widget: 'none',
    info: true,
  },
  {
    code: 'E1-E12',
    category: 'IN_CHALLENGE',
    fr: 'Problème technique sur une question',
    questionNumber: true,
    widget: 'select',
    onlyForSessionVersion: 2,
    subcategories: [
      ...E_COMMON,
      {
        code: 'E8',
        subcategory: 'EXTRA_TIME_EXCEEDED',
        fr: "Le candidat bénéficie d'un temps majoré et n'a pas pu répondre à la question dans le temps imparti",
        description: 'none',
      },
      {
        code: 'E9',
        subcategory: 'SOFTWARE_NOT_WORKING',
        fr: "Le logiciel installé sur l'ordinateur n'a pas fonctionné",
        description: 'none',
      },
      {
        code: 'E10',
        subcategory: 'UNINTENTIONAL_FOCUS_OUT',
        fr: 'Le candidat a été contraint de cliquer en dehors du cadre autorisé pour une question en mode focus',
        description: 'none',
      },
      {
        code: 'E11',
        subcategory: 'SKIP_ON_OOPS',
        fr: 'Un problème technique lié à la plateforme Pix a empêché le candidat de répondre à la question',
        description: 'none',
      },
      {
        code: 'E12',
        subcategory: 'ACCESSIBILITY_ISSUE',
        fr: "Problème avec l'accessibilité de la question (ex : daltonisme)",
        description: 'none',
      },
    ],
  },
];

const SPEC: Array<[string, Catalogue, SpecRow[]]> = [
  ['2021', CATALOGUE_2021, SPEC_2021],
  ['2022', CATALOGUE_2022, SPEC_2022],
];

const SPEC_MESSAGES: Record<string, string> = {
  'issueReport.category.required': 'Veuillez sélectionner une catégorie.',
  'issueReport.subcategory.required': 'Veuillez sélectionner une sous-catégorie.',
  'issueReport.description.required': 'Veuillez décrire le signalement.',
  'issueReport.description.tooLong': '500 caractères maximum.',
  'issueReport.questionNumber.invalid': 'Veuillez indiquer un numéro de question entre 1 et 500.',
};

function category(catalogue: Catalogue, name: string): CatalogueCategory {
  const found = findCategory(catalogue, name);
  if (!found) throw new Error(`No category ${name} in ${catalogue.id}`);
  return found;
}

function errorsOf(result: IssueReportValidation): Record<string, string> {
  if (result.ok) throw new Error(`Expected errors, got ${JSON.stringify(result.report)}`);
  return Object.fromEntries(Object.entries(result.errors).map(([field, error]) => [field, error.key]));
}

/** A valid input for a spec row (first subcategory when there are some). */
function validInput(row: SpecRow, sub: SpecSub | undefined = row.subcategories?.[0]): Record<string, unknown> {
  return {
    category: row.category,
    subcategory: sub?.subcategory ?? null,
    description: 'Un texte',
    questionNumber: row.questionNumber ? 12 : null,
  };
}

function needOf(row: SpecRow, sub: SpecSub | undefined): Need {
  return sub ? sub.description : (row.description ?? 'none');
}

describe('catalogues: the two editions match spec §3', () => {
  it('names "2021" the default and lists every catalogue', () => {
    expect(DEFAULT_CATALOGUE).to.equal('2021');
    expect(Object.keys(CATALOGUES)).to.deep.equal(['2021', '2022', 'current']);
    expect(CATALOGUES['2021']).to.equal(CATALOGUE_2021);
    expect(CATALOGUES['2022']).to.equal(CATALOGUE_2022);
    expect(CATALOGUE_2021.id).to.equal('2021');
    expect(CATALOGUE_2022.id).to.equal('2022');
  });

  for (const [id, catalogue, rows] of SPEC) {
    describe(`catalogue "${id}"`, () => {
      it('has the categories of the spec, in order, with codes and French labels', () => {
        expect(catalogue.categories.map((item) => [item.code, item.category, item.label.fr])).to.deep.equal(
          rows.map((row) => [row.code, row.category, row.fr]),
        );
      });

      it('has an English label for every category and subcategory', () => {
        for (const item of catalogue.categories) {
          expect(item.label.en, item.code).to.be.a('string').and.not.equal('');
          for (const sub of item.subcategories ?? []) expect(sub.label.en, sub.code).to.be.a('string').and.not.equal('');
        }
      });

      it('passes its own schema through resolveCatalogue unchanged', () => {
        const resolved = resolveCatalogue(structuredClone(catalogue));
        expect(resolved).to.deep.equal({ ok: true, catalogue });
      });

      for (const row of rows) {
        describe(`${row.code} ${row.category}`, () => {
          const item = () => category(catalogue, row.category);

          it('has the subcategories of the spec, in order, with codes and French labels', () => {
            const subs = item().subcategories;
            if (!row.subcategories) {
              expect(subs).to.equal(undefined);
              return;
            }
            expect(subs?.map((sub) => [sub.code, sub.subcategory, sub.label.fr, sub.description])).to.deep.equal(
              row.subcategories.map((sub) => [sub.code, sub.subcategory, sub.fr, sub.description]),
            );
          });

          it('is reserved to the session versions of the spec', () => {
            expect(item().onlyForSessionVersion).to.equal(row.onlyForSessionVersion);
          });

          it('shows an info text only where the spec has one', () => {
            if (row.info) expect(item().info?.fr).to.be.a('string').and.not.equal('');
            else expect(item().info).to.equal(undefined);
          });

          it('asks for the fields of the spec (fieldsOf)', () => {
            const widget = row.widget;
            if (!row.subcategories) {
              const fields = fieldsOf(item());
              expect({ ...fields, descriptionLabel: fields.descriptionLabel?.fr ?? null }).to.deep.equal({
                subcategory: widget,
                description: row.description,
                descriptionLabel: row.description === 'none' ? null : (row.descriptionLabel ?? fields.descriptionLabel?.fr ?? null),
                questionNumber: row.questionNumber,
              });
              if (row.description !== 'none') expect(fields.descriptionLabel?.en).to.be.a('string').and.not.equal('');
              return;
            }
            // Before a subcategory is chosen, the description waits for it.
            for (const none of [undefined, null, '', 'NOT_A_SUBCATEGORY']) {
              expect(fieldsOf(item(), none)).to.deep.equal({
                subcategory: widget,
                description: 'none',
                descriptionLabel: null,
                questionNumber: row.questionNumber,
              });
            }
            for (const sub of row.subcategories) {
              const fields = fieldsOf(item(), sub.subcategory);
              expect({ ...fields, descriptionLabel: fields.descriptionLabel?.fr ?? null }, sub.code).to.deep.equal({
                subcategory: widget,
                description: sub.description,
                descriptionLabel: sub.description === 'none' ? null : (sub.descriptionLabel ?? null),
                questionNumber: row.questionNumber,
              });
            }
          });

          it('accepts a valid report and normalises it', () => {
            for (const sub of row.subcategories ?? [undefined]) {
              const need = needOf(row, sub);
              const input = { ...validInput(row, sub), description: '  Un texte\n' };
              expect(validateIssueReport(catalogue, input), sub?.code ?? row.code).to.deep.equal({
                ok: true,
                report: {
                  category: row.category,
                  subcategory: sub?.subcategory ?? null,
                  description: need === 'none' ? null : 'Un texte',
                  questionNumber: row.questionNumber ? 12 : null,
                },
              });
            }
          });

          it('drops the fields the category does not use', () => {
            for (const sub of row.subcategories ?? [undefined]) {
              const stray = {
                category: row.category,
                subcategory: sub?.subcategory ?? 'NAME_OR_BIRTHDATE',
                description: 'Texte en trop',
                questionNumber: row.questionNumber ? 7 : 33,
              };
              const result = validateIssueReport(catalogue, stray);
              const need = needOf(row, sub);
              expect(result, sub?.code ?? row.code).to.deep.equal({
                ok: true,
                report: {
                  category: row.category,
                  subcategory: sub?.subcategory ?? null,
                  description: need === 'none' ? null : 'Texte en trop',
                  questionNumber: row.questionNumber ? 7 : null,
                },
              });
            }
          });

          it('refuses a missing, blank or too long description where the spec requires one', () => {
            for (const sub of row.subcategories ?? [undefined]) {
              const need = needOf(row, sub);
              const base = validInput(row, sub);
              const label = sub?.code ?? row.code;
              const missing = [
                { ...base, description: undefined },
                { ...base, description: null },
                { ...base, description: '' },
                { ...base, description: ' \n\t ' },
                { ...base, description: 42 },
              ];
              for (const input of missing) {
                const result = validateIssueReport(catalogue, input);
                if (need === 'required') expect(errorsOf(result), label).to.deep.equal({ description: 'issueReport.description.required' });
                else expect(result.ok && result.report.description, label).to.equal(null);
              }
              const max = validateIssueReport(catalogue, { ...base, description: `  ${'é'.repeat(500)}  ` });
              expect(max.ok && max.report.description, label).to.equal(need === 'none' ? null : 'é'.repeat(500));
              const tooLong = validateIssueReport(catalogue, { ...base, description: 'x'.repeat(501) });
              if (need === 'none') expect(tooLong.ok, label).to.equal(true);
              else expect(errorsOf(tooLong), label).to.deep.equal({ description: 'issueReport.description.tooLong' });
            }
          });

          if (row.subcategories) {
            it('refuses a missing or unknown subcategory', () => {
              for (const subcategory of [undefined, null, '', 'NOT_A_SUBCATEGORY', 3, row.category]) {
                const input = { ...validInput(row), subcategory };
                const expected: Record<string, string> = { subcategory: 'issueReport.subcategory.required' };
                expect(errorsOf(validateIssueReport(catalogue, input)), String(subcategory)).to.deep.equal(expected);
              }
              // Every missing field is reported at once.
              const empty = validateIssueReport(catalogue, { category: row.category });
              const expected: Record<string, string> = { subcategory: 'issueReport.subcategory.required' };
              if (row.questionNumber) expected['questionNumber'] = 'issueReport.questionNumber.invalid';
              expect(errorsOf(empty)).to.deep.equal(expected);
            });
          }

          if (row.questionNumber) {
            it('needs a whole question number from 1 to 500', () => {
              const base = validInput(row);
              for (const [questionNumber, expected] of [
                [1, 1],
                [500, 500],
                ['12', 12],
                [' 7 ', 7],
              ] as const) {
                const result = validateIssueReport(catalogue, { ...base, questionNumber });
                expect(result.ok && result.report.questionNumber, String(questionNumber)).to.equal(expected);
              }
              for (const questionNumber of [
                0,
                501,
                1.5,
                Number.NaN,
                Number.POSITIVE_INFINITY,
                -3,
                'abc',
                '1.5',
                '',
                '12abc',
                null,
                undefined,
                true,
                [12],
              ]) {
                expect(errorsOf(validateIssueReport(catalogue, { ...base, questionNumber })), String(questionNumber)).to.deep.equal({
                  questionNumber: 'issueReport.questionNumber.invalid',
                });
              }
            });
          }
        });
      }
    });
  }
});

describe('catalogues: validateIssueReport', () => {
  it('asks for a category first', () => {
    for (const input of [
      undefined,
      null,
      42,
      'A1',
      [],
      {},
      { category: '' },
      { category: 7 },
      { subcategory: 'OTHER', description: 'x' },
    ]) {
      expect(validateIssueReport(CATALOGUE_2021, input), JSON.stringify(input) ?? 'undefined').to.deep.equal({
        ok: false,
        errors: { category: { key: 'issueReport.category.required' } },
      });
    }
  });

  it('refuses a category the catalogue does not have', () => {
    expect(validateIssueReport(CATALOGUE_2021, { category: 'FRAUD' })).to.deep.equal({
      ok: false,
      errors: { category: { key: 'issueReport.category.unknown', params: { catalogue: '2021' } } },
    });
    expect(validateIssueReport(CATALOGUE_2022, { category: 'TECHNICAL_PROBLEM', description: 'x' })).to.deep.equal({
      ok: false,
      errors: { category: { key: 'issueReport.category.unknown', params: { catalogue: '2022' } } },
    });
    expect(translate('issueReport.category.unknown', { catalogue: '2022' }).replace(/\s/g, ' ')).to.equal(
      "Cette catégorie n'existe pas dans le catalogue « 2022 ».",
    );
  });

  it('refuses IN_CHALLENGE of "2022" for a version 3 session and accepts it for version 2', () => {
    const input = { category: 'IN_CHALLENGE', subcategory: 'SKIP_ON_OOPS', questionNumber: 3 };
    expect(validateIssueReport(CATALOGUE_2022, input, { sessionVersion: 3 })).to.deep.equal({
      ok: false,
      errors: { category: { key: 'issueReport.category.unavailable' } },
    });
    const accepted = { ok: true, report: { category: 'IN_CHALLENGE', subcategory: 'SKIP_ON_OOPS', description: null, questionNumber: 3 } };
    expect(validateIssueReport(CATALOGUE_2022, input, { sessionVersion: 2 })).to.deep.equal(accepted);
    expect(validateIssueReport(CATALOGUE_2022, input)).to.deep.equal(accepted);
    // The "2021" question category has no version restriction.
    expect(validateIssueReport(CATALOGUE_2021, { ...input, subcategory: 'IMAGE_NOT_DISPLAYING' }, { sessionVersion: 3 }).ok).to.equal(true);
    // The others of "2022" stay offered to version 3.
    expect(validateIssueReport(CATALOGUE_2022, { category: 'FRAUD' }, { sessionVersion: 3 })).to.deep.equal({
      ok: true,
      report: { category: 'FRAUD', subcategory: null, description: null, questionNumber: null },
    });
  });

  it('turns a stray description on C5 and a stray question number on A1 into null', () => {
    expect(
      validateIssueReport(CATALOGUE_2021, {
        category: 'CONNECTION_OR_END_SCREEN',
        description: 'En trop',
        subcategory: 'X',
        questionNumber: 4,
      }),
    ).to.deep.equal({
      ok: true,
      report: { category: 'CONNECTION_OR_END_SCREEN', subcategory: null, description: null, questionNumber: null },
    });
    expect(
      validateIssueReport(CATALOGUE_2021, { category: 'TECHNICAL_PROBLEM', description: 'Écran noir', questionNumber: 12 }),
    ).to.deep.equal({
      ok: true,
      report: { category: 'TECHNICAL_PROBLEM', subcategory: null, description: 'Écran noir', questionNumber: null },
    });
  });

  it('keeps an optional description of C4 (2021) when given, and null when blank', () => {
    const base = { category: 'LATE_OR_LEAVING', subcategory: 'SIGNATURE_ISSUE' };
    expect(validateIssueReport(CATALOGUE_2021, { ...base, description: ' A signé ligne 4 ' })).to.deep.equal({
      ok: true,
      report: { ...base, description: 'A signé ligne 4', questionNumber: null },
    });
    expect(validateIssueReport(CATALOGUE_2021, { ...base, description: '   ' })).to.deep.equal({
      ok: true,
      report: { ...base, description: null, questionNumber: null },
    });
    expect(errorsOf(validateIssueReport(CATALOGUE_2021, { ...base, description: 'y'.repeat(501) }))).to.deep.equal({
      description: 'issueReport.description.tooLong',
    });
  });

  it('reports E6 with neither description nor question number as two errors', () => {
    expect(validateIssueReport(CATALOGUE_2021, { category: 'IN_CHALLENGE', subcategory: 'LINK_NOT_WORKING' })).to.deep.equal({
      ok: false,
      errors: {
        questionNumber: { key: 'issueReport.questionNumber.invalid' },
        description: { key: 'issueReport.description.required' },
      },
    });
  });

  it('counts the 500 characters after trimming', () => {
    const base = { category: 'OTHER' };
    expect(
      validateIssueReport(CATALOGUE_2021, { ...base, description: `${' '.repeat(20)}${'a'.repeat(500)}${' '.repeat(20)}` }).ok,
    ).to.equal(true);
    expect(errorsOf(validateIssueReport(CATALOGUE_2021, { ...base, description: 'a'.repeat(501) }))).to.deep.equal({
      description: 'issueReport.description.tooLong',
    });
  });

  it('accepts the guide example (Manuel Kirokov, C1)', () => {
    const [example] = issueReportExamples;
    if (!example) throw new Error('fixture missing');
    const { candidate: _candidate, ...input } = example;
    expect(validateIssueReport(CATALOGUE_2021, input)).to.deep.equal({
      ok: true,
      report: {
        category: 'CANDIDATE_INFORMATIONS_CHANGES',
        subcategory: 'NAME_OR_BIRTHDATE',
        description: "Erreur sur l'orthographe du nom du candidat, c'est Kirkove et non Kirokov",
        questionNumber: null,
      },
    });
  });

  it("gives message keys whose French text is the spec's", () => {
    for (const [key, text] of Object.entries(SPEC_MESSAGES)) expect(translate(key as MessageKey), key).to.equal(text);
    const cases: Array<[unknown, string]> = [
      [{}, 'issueReport.category.required'],
      [{ category: 'LATE_OR_LEAVING' }, 'issueReport.subcategory.required'],
      [{ category: 'OTHER', description: ' ' }, 'issueReport.description.required'],
      [{ category: 'OTHER', description: 'z'.repeat(501) }, 'issueReport.description.tooLong'],
      [{ category: 'IN_CHALLENGE', subcategory: 'IMAGE_NOT_DISPLAYING', questionNumber: 0 }, 'issueReport.questionNumber.invalid'],
    ];
    for (const [input, key] of cases) {
      const result = validateIssueReport(CATALOGUE_2021, input);
      const messages = result.ok ? [] : Object.values(result.errors).map((error) => translate(error.key, error.params));
      expect(messages, key).to.deep.equal([SPEC_MESSAGES[key]]);
    }
  });
});

describe('catalogues: categoriesFor', () => {
  it('hides IN_CHALLENGE of "2022" from version 3 sessions only', () => {
    const codes = (list: CatalogueCategory[]) => list.map((item) => item.code);
    expect(codes(categoriesFor(CATALOGUE_2022, 3))).to.deep.equal(['C1-C2', 'C4', 'C6', 'C7', 'C8']);
    expect(codes(categoriesFor(CATALOGUE_2022, 2))).to.deep.equal(['C1-C2', 'C4', 'C6', 'C7', 'C8', 'E1-E12']);
    expect(codes(categoriesFor(CATALOGUE_2022))).to.deep.equal(['C1-C2', 'C4', 'C6', 'C7', 'C8', 'E1-E12']);
    expect(codes(categoriesFor(CATALOGUE_2021, 3))).to.deep.equal(['A1', 'A2', 'C1-C2', 'C3-C4', 'C5', 'E1-E7']);
    expect(codes(categoriesFor(CATALOGUE_2021, 2))).to.deep.equal(['A1', 'A2', 'C1-C2', 'C3-C4', 'C5', 'E1-E7']);
  });
});

describe('catalogues: resolveCatalogue', () => {
  const custom = {
    id: 'mon-centre',
    categories: [
      { category: 'NOISE', code: 'Z1', label: { fr: 'Bruit', en: 'Noise' }, description: 'optional', questionNumber: false },
      {
        category: 'DEVICE',
        code: 'Z2-Z3',
        label: { fr: 'Matériel', en: 'Device' },
        subcategories: [
          { subcategory: 'MOUSE', code: 'Z2', label: { fr: 'Souris', en: 'Mouse' }, description: 'none' },
          { subcategory: 'SCREEN', code: 'Z3', label: { fr: 'Écran', en: 'Screen' }, description: 'required' },
        ],
        description: 'none',
        questionNumber: true,
        onlyForSessionVersion: 3,
      },
    ],
  };

  it('resolves names, with "2021" for nothing', () => {
    expect(resolveCatalogue('2021')).to.deep.equal({ ok: true, catalogue: CATALOGUE_2021 });
    expect(resolveCatalogue('2022')).to.deep.equal({ ok: true, catalogue: CATALOGUE_2022 });
    for (const nothing of [undefined, null, '']) {
      const result = resolveCatalogue(nothing);
      expect(result.ok && result.catalogue, String(nothing)).to.equal(CATALOGUE_2021);
    }
  });

  it('refuses an unknown name with a readable error', () => {
    expect(resolveCatalogue('nope')).to.deep.equal({
      ok: false,
      error: 'Unknown catalogue "nope": expected "2021", "2022", "current" or a catalogue object',
    });
    for (const name of ['toString', '__proto__', '2023', ' 2021']) expect(resolveCatalogue(name).ok, name).to.equal(false);
    const long = resolveCatalogue('x'.repeat(1000));
    expect(long.ok).to.equal(false);
    expect(!long.ok && long.error.length).to.be.below(120);
  });

  it('accepts a valid custom catalogue, which then drives validation', () => {
    const result = resolveCatalogue(custom);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.catalogue).to.deep.equal(custom);
    expect(validateIssueReport(result.catalogue, { category: 'NOISE', description: '  ' })).to.deep.equal({
      ok: true,
      report: { category: 'NOISE', subcategory: null, description: null, questionNumber: null },
    });
    expect(errorsOf(validateIssueReport(result.catalogue, { category: 'DEVICE', subcategory: 'SCREEN', questionNumber: 2 }))).to.deep.equal(
      {
        description: 'issueReport.description.required',
      },
    );
    expect(
      validateIssueReport(result.catalogue, { category: 'DEVICE', subcategory: 'MOUSE', questionNumber: 2 }, { sessionVersion: 2 }),
    ).to.deep.equal({
      ok: false,
      errors: { category: { key: 'issueReport.category.unavailable' } },
    });
    expect(fieldsOf(category(result.catalogue, 'DEVICE'), 'SCREEN')).to.deep.equal({
      subcategory: 'radio',
      description: 'required',
      descriptionLabel: { fr: 'Description', en: 'Description' },
      questionNumber: true,
    });
    expect(categoriesFor(result.catalogue, 2).map((item) => item.code)).to.deep.equal(['Z1']);
  });

  const malformed: Array<[string, unknown, RegExp]> = [
    ['a number', 42, /^Malformed catalogue: /],
    ['an array', [], /^Malformed catalogue: /],
    ['no id', { categories: custom.categories }, /^Malformed catalogue: id: /],
    ['empty categories', { id: 'x', categories: [] }, /^Malformed catalogue: categories: /],
    [
      'missing labels',
      { id: 'x', categories: [{ category: 'A', code: 'A', description: 'none', questionNumber: false }] },
      /^Malformed catalogue: categories\.0\.label: /,
    ],
    [
      'a label without English',
      { id: 'x', categories: [{ category: 'A', code: 'A', label: { fr: 'A' }, description: 'none', questionNumber: false }] },
      /^Malformed catalogue: categories\.0\.label\.en: /,
    ],
    [
      'duplicate categories',
      { id: 'x', categories: [custom.categories[0], { ...custom.categories[0], code: 'Z9' }] },
      /^Malformed catalogue: categories: Duplicate category$/,
    ],
    [
      'an unknown requirement',
      { id: 'x', categories: [{ ...custom.categories[0], description: 'maybe' }] },
      /^Malformed catalogue: categories\.0\.description: /,
    ],
    [
      'empty subcategories',
      { id: 'x', categories: [{ ...custom.categories[1], subcategories: [] }] },
      /^Malformed catalogue: categories\.0\.subcategories: /,
    ],
  ];
  for (const [name, input, pattern] of malformed) {
    it(`refuses a catalogue with ${name}`, () => {
      const result = resolveCatalogue(input);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.error).to.match(pattern);
    });
  }

  it('summarises many issues in a few', () => {
    const issues = Array.from({ length: 5 }, (_, index) => ({ path: ['categories', index, 'code'], message: 'Required' }));
    expect(describeIssues(issues)).to.equal(
      'categories.0.code: Required; categories.1.code: Required; categories.2.code: Required; … (2 more)',
    );
    expect(describeIssues([{ path: [], message: 'Invalid input' }])).to.equal('Invalid input');
  });
});

describe('catalogues: codeOf', () => {
  it('shows the subcategory code when there is one, else the category code', () => {
    expect(codeOf(CATALOGUE_2021, { category: 'TECHNICAL_PROBLEM', subcategory: null })).to.equal('A1');
    expect(codeOf(CATALOGUE_2021, { category: 'CONNECTION_OR_END_SCREEN', subcategory: null })).to.equal('C5');
    expect(codeOf(CATALOGUE_2021, { category: 'IN_CHALLENGE', subcategory: 'EMBED_NOT_WORKING' })).to.equal('E2');
    expect(codeOf(CATALOGUE_2021, { category: 'IN_CHALLENGE', subcategory: 'OTHER' })).to.equal('E7');
    expect(codeOf(CATALOGUE_2021, { category: 'LATE_OR_LEAVING', subcategory: 'SIGNATURE_ISSUE' })).to.equal('C4');
    expect(codeOf(CATALOGUE_2022, { category: 'SIGNATURE_ISSUE', subcategory: null })).to.equal('C4');
    expect(codeOf(CATALOGUE_2022, { category: 'IN_CHALLENGE', subcategory: 'ACCESSIBILITY_ISSUE' })).to.equal('E12');
    expect(codeOf(CATALOGUE_2022, { category: 'CANDIDATE_INFORMATIONS_CHANGES', subcategory: 'EXTRA_TIME_PERCENTAGE' })).to.equal('C2');
  });

  it('falls back to the category code, or the category name when unknown', () => {
    expect(codeOf(CATALOGUE_2021, { category: 'IN_CHALLENGE', subcategory: 'NOPE' })).to.equal('E1-E7');
    expect(codeOf(CATALOGUE_2021, { category: 'FRAUD', subcategory: null })).to.equal('FRAUD');
  });

  it('gives every spec code for its row', () => {
    for (const [, catalogue, rows] of SPEC) {
      for (const row of rows) {
        for (const sub of row.subcategories ?? [undefined]) {
          expect(codeOf(catalogue, { category: row.category, subcategory: sub?.subcategory ?? null })).to.equal(sub?.code ?? row.code);
        }
      }
    }
  });
});

describe('catalogues: properties', () => {
  const catalogues = [CATALOGUE_2021, CATALOGUE_2022];
  const categoryNames = [...new Set(catalogues.flatMap((item) => item.categories.map((cat) => cat.category)))];
  const subcategoryNames = [
    ...new Set(catalogues.flatMap((item) => item.categories.flatMap((cat) => (cat.subcategories ?? []).map((sub) => sub.subcategory)))),
  ];

  const check = (catalogue: Catalogue, input: unknown, sessionVersion?: number) => {
    const result = validateIssueReport(catalogue, input, sessionVersion === undefined ? {} : { sessionVersion });
    if (result.ok) {
      const parsed = IssueReportSchema.safeParse(result.report);
      expect(parsed.success, JSON.stringify(result.report)).to.equal(true);
      expect(parsed.data).to.deep.equal(result.report);
      expect(findCategory(catalogue, result.report.category)).to.not.equal(undefined);
    } else {
      expect(Object.keys(result.errors).length).to.be.above(0);
      for (const error of Object.values(result.errors)) expect(translate(error.key, error.params)).to.be.a('string').and.not.equal('');
    }
  };

  it('never throws on anything', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...catalogues),
        fc.anything({ withNullPrototype: true, withBoxedValues: true }),
        fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
        check,
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on inputs built from catalogue values, and every ok report parses', () => {
    const description = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.string({ maxLength: 20 }),
      fc.string({ minLength: 495, maxLength: 505 }),
      fc.constantFrom('   ', ' texte ', '\u00a0a\u00a0', 42),
    );
    const questionNumber = fc.oneof(
      fc.constant(undefined),
      fc.integer({ min: -2, max: 503 }),
      fc.double(),
      fc.constantFrom('12', ' 3 ', '1.5', 'abc', ''),
    );
    const input = fc.record(
      {
        category: fc.oneof(fc.constantFrom(...categoryNames), fc.string()),
        subcategory: fc.oneof(fc.constantFrom(...subcategoryNames), fc.constant(null), fc.string()),
        description,
        questionNumber,
      },
      { requiredKeys: [] },
    );
    let accepted = 0;
    fc.assert(
      fc.property(fc.constantFrom(...catalogues), input, fc.constantFrom(undefined, 2, 3), (catalogue, value, version) => {
        check(catalogue, value, version);
        if (validateIssueReport(catalogue, value, version === undefined ? {} : { sessionVersion: version }).ok) accepted += 1;
      }),
      { numRuns: 1000 },
    );
    // The property must not pass only because everything was refused.
    expect(accepted).to.be.above(20);
  });
});

describe('catalogues: reportLabel', () => {
  it('gives the code and the label in the language asked for, the subcategory’s first', () => {
    expect(reportLabel(CATALOGUE_2021, { category: 'IN_CHALLENGE', subcategory: 'LINK_NOT_WORKING' }, 'fr')).to.deep.equal({
      code: 'E6',
      label: 'Le lien ne fonctionne pas',
    });
    expect(reportLabel(CATALOGUE_2021, { category: 'IN_CHALLENGE', subcategory: 'LINK_NOT_WORKING' }, 'en')).to.deep.equal({
      code: 'E6',
      label: 'The link does not work',
    });
    expect(reportLabel(CATALOGUE_2021, { category: 'OTHER', subcategory: null }, 'en')).to.deep.equal({
      code: 'A2',
      label: 'Other incident',
    });
  });

  it('shows an unknown category as itself', () => {
    expect(reportLabel(CATALOGUE_2021, { category: 'FRAUD', subcategory: null }, 'fr')).to.deep.equal({ code: 'FRAUD', label: 'FRAUD' });
  });
});
