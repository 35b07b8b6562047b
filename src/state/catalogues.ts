import * as z from './z.js';
import { DESCRIPTION_LIMIT, QUESTION_NUMBER_MAX, type Edition } from './constants.js';
import type { IssueReport } from './schemas.js';
import { loadInput } from './input.js';
import type { Lang } from '../i18n/messages.js';
import type { MessageKey } from './messages.js';

const localised = z.object({ fr: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
const requirement = z.literal(['required', 'optional', 'none']);

export const CatalogueSubcategorySchema = z.object({
  subcategory: z.string().check(z.minLength(1)),
  code: z.string().check(z.minLength(1)),
  label: localised,
  description: requirement,
  /** Label of the description field for this subcategory (else the category's). */
  descriptionLabel: z.optional(localised),
});

export const CatalogueCategorySchema = z.object({
  category: z.string().check(z.minLength(1)),
  code: z.string().check(z.minLength(1)),
  label: localised,
  onlyForSessionVersion: z.optional(z.literal([2, 3])),
  subcategories: z.optional(
    z.array(CatalogueSubcategorySchema).check(
      z.minLength(1),
      z.refine((items) => new Set(items.map((item) => item.subcategory)).size === items.length, 'Duplicate subcategory'),
    ),
  ),
  description: requirement,
  descriptionLabel: z.optional(localised),
  questionNumber: z.boolean(),
  info: z.optional(localised),
});

/** A catalogue of issue-report categories: "2021", "2022", or a host's own. */
export const CatalogueSchema = z.object({
  id: z.string().check(z.minLength(1)),
  categories: z.array(CatalogueCategorySchema).check(
    z.minLength(1),
    z.refine((items) => new Set(items.map((item) => item.category)).size === items.length, 'Duplicate category'),
  ),
});
export type Catalogue = z.output<typeof CatalogueSchema>;
export type CatalogueCategory = Catalogue['categories'][number];
export type CatalogueSubcategory = NonNullable<CatalogueCategory['subcategories']>[number];
export type Requirement = z.output<typeof requirement>;

const t = (fr: string, en: string) => ({ fr, en });

const IN_CHALLENGE_COMMON = [
  { subcategory: 'IMAGE_NOT_DISPLAYING', code: 'E1', label: t("L'image ne s'affiche pas", 'The image does not display') },
  {
    subcategory: 'EMBED_NOT_WORKING',
    code: 'E2',
    label: t("Le simulateur/l'application ne s'affiche pas", 'The simulator/application does not display'),
  },
  {
    subcategory: 'FILE_NOT_OPENING',
    code: 'E3',
    label: t("Le fichier à télécharger ne se télécharge pas ou ne s'ouvre pas", 'The file to download does not download or does not open'),
  },
  {
    subcategory: 'WEBSITE_UNAVAILABLE',
    code: 'E4',
    label: t(
      'Le site à visiter est indisponible/en maintenance/inaccessible',
      'The website to visit is unavailable/under maintenance/unreachable',
    ),
  },
  {
    subcategory: 'WEBSITE_BLOCKED',
    code: 'E5',
    label: t(
      "Le site est bloqué par les restrictions réseau de l'établissement",
      "The website is blocked by the school's network restrictions",
    ),
  },
] as const;

const describeProblem = t('Décrivez le problème', 'Describe the problem');

/** The guide's edition (November 2021): the default catalogue. */
export const CATALOGUE_2021: Catalogue = {
  id: '2021',
  categories: [
    {
      category: 'TECHNICAL_PROBLEM',
      code: 'A1',
      label: t('Problème technique', 'Technical problem'),
      description: 'required',
      descriptionLabel: t('Décrivez le problème technique', 'Describe the technical problem'),
      questionNumber: false,
    },
    {
      category: 'OTHER',
      code: 'A2',
      label: t('Autre incident', 'Other incident'),
      description: 'required',
      descriptionLabel: t("Décrivez l'incident", 'Describe the incident'),
      questionNumber: false,
    },
    {
      category: 'CANDIDATE_INFORMATIONS_CHANGES',
      code: 'C1-C2',
      label: t('Modification infos candidat', 'Candidate information change'),
      subcategories: [
        {
          subcategory: 'NAME_OR_BIRTHDATE',
          code: 'C1',
          label: t('Prénom / Nom / Date de naissance', 'First name / Last name / Date of birth'),
          description: 'required',
        },
        { subcategory: 'EXTRA_TIME_PERCENTAGE', code: 'C2', label: t('Temps majoré', 'Extra time'), description: 'required' },
      ],
      description: 'required',
      descriptionLabel: t("Détaillez les informations qu'il faut modifier", 'Detail the information to change'),
      questionNumber: false,
    },
    {
      category: 'LATE_OR_LEAVING',
      code: 'C3-C4',
      label: t('Retard, absence ou départ', 'Late arrival, absence or departure'),
      subcategories: [
        {
          subcategory: 'LEFT_EXAM_ROOM',
          code: 'C3',
          label: t('Écran de fin de test non vu', 'End-of-test screen not seen'),
          description: 'required',
          descriptionLabel: t("Précisez et indiquez l'heure de sortie", 'Give details and the time the candidate left'),
        },
        {
          subcategory: 'SIGNATURE_ISSUE',
          code: 'C4',
          label: t(
            'Était présent(e) mais a oublié de signer, ou a signé sur la mauvaise ligne',
            'Was present but forgot to sign, or signed on the wrong line',
          ),
          description: 'optional',
          descriptionLabel: t('Précisez (facultatif)', 'Give details (optional)'),
        },
      ],
      description: 'required',
      questionNumber: false,
    },
    {
      category: 'CONNECTION_OR_END_SCREEN',
      code: 'C5',
      label: t(
        'Connexion et fin de test : le candidat a passé les dernières questions, faute de temps',
        'Connection and end of test: the candidate skipped the last questions for lack of time',
      ),
      description: 'none',
      questionNumber: false,
    },
    {
      category: 'IN_CHALLENGE',
      code: 'E1-E7',
      label: t('Problème sur une question', 'Problem with a question'),
      subcategories: [
        ...IN_CHALLENGE_COMMON.map((item) => ({ ...item, description: 'none' as const })),
        {
          subcategory: 'LINK_NOT_WORKING',
          code: 'E6',
          label: t('Le lien ne fonctionne pas', 'The link does not work'),
          description: 'required',
          descriptionLabel: describeProblem,
        },
        {
          subcategory: 'OTHER',
          code: 'E7',
          label: t('Autre incident lié à une question', 'Other incident related to a question'),
          description: 'required',
          descriptionLabel: describeProblem,
        },
      ],
      description: 'none',
      questionNumber: true,
    },
  ],
};

const nonBlockingInfo = t(
  "L'incident n'a pas empêché le candidat de répondre aux questions.",
  'The incident did not prevent the candidate from answering the questions.',
);

/** Today's Pix Certif edition: hosts opt in with `catalogue="2022"`. */
export const CATALOGUE_2022: Catalogue = {
  id: '2022',
  categories: [
    {
      category: 'CANDIDATE_INFORMATIONS_CHANGES',
      code: 'C1-C2',
      label: t('Modification infos candidat', 'Candidate information change'),
      subcategories: [
        {
          subcategory: 'NAME_OR_BIRTHDATE',
          code: 'C1',
          label: t('Prénom / Nom / Date de naissance', 'First name / Last name / Date of birth'),
          description: 'required',
          descriptionLabel: t('Renseignez les informations correctes', 'Enter the correct information'),
        },
        {
          subcategory: 'EXTRA_TIME_PERCENTAGE',
          code: 'C2',
          label: t('Temps majoré', 'Extra time'),
          description: 'required',
          descriptionLabel: t('Précisez le temps majoré', 'Give the extra time'),
        },
      ],
      description: 'required',
      questionNumber: false,
    },
    {
      category: 'SIGNATURE_ISSUE',
      code: 'C4',
      label: t(
        'Était présent(e) mais a oublié de signer, ou a signé sur la mauvaise ligne',
        'Was present but forgot to sign, or signed on the wrong line',
      ),
      description: 'required',
      descriptionLabel: t('Précisez', 'Give details'),
      questionNumber: false,
    },
    {
      category: 'FRAUD',
      code: 'C6',
      label: t('Suspicion de fraude', 'Suspected fraud'),
      description: 'none',
      questionNumber: false,
      info: t(
        'Le PV de fraude doit être transmis avec les documents de la session (étape 2 : « Transmettre des documents »).',
        'The fraud report (PV de fraude) must be sent with the session documents (step 2: “Send documents”).',
      ),
    },
    {
      category: 'NON_BLOCKING_TECHNICAL_ISSUE',
      code: 'C7',
      label: t('Incident technique non bloquant', 'Non-blocking technical incident'),
      description: 'required',
      descriptionLabel: t("Décrivez l'incident rencontré", 'Describe the incident'),
      questionNumber: false,
      info: nonBlockingInfo,
    },
    {
      category: 'NON_BLOCKING_CANDIDATE_ISSUE',
      code: 'C8',
      label: t('Incident lié au candidat non bloquant', 'Non-blocking candidate-related incident'),
      description: 'required',
      descriptionLabel: t("Décrivez l'incident rencontré", 'Describe the incident'),
      questionNumber: false,
      info: nonBlockingInfo,
    },
    {
      category: 'IN_CHALLENGE',
      code: 'E1-E12',
      label: t('Problème technique sur une question', 'Technical problem with a question'),
      onlyForSessionVersion: 2,
      subcategories: [
        ...IN_CHALLENGE_COMMON.map((item) => ({ ...item, description: 'none' as const })),
        {
          subcategory: 'EXTRA_TIME_EXCEEDED',
          code: 'E8',
          label: t(
            "Le candidat bénéficie d'un temps majoré et n'a pas pu répondre à la question dans le temps imparti",
            'The candidate has extra time and could not answer the question in the time allowed',
          ),
          description: 'none',
        },
        {
          subcategory: 'SOFTWARE_NOT_WORKING',
          code: 'E9',
          label: t("Le logiciel installé sur l'ordinateur n'a pas fonctionné", 'The software installed on the computer did not work'),
          description: 'none',
        },
        {
          subcategory: 'UNINTENTIONAL_FOCUS_OUT',
          code: 'E10',
          label: t(
            'Le candidat a été contraint de cliquer en dehors du cadre autorisé pour une question en mode focus',
            'The candidate had to click outside the allowed area for a question in focus mode',
          ),
          description: 'none',
        },
        {
          subcategory: 'SKIP_ON_OOPS',
          code: 'E11',
          label: t(
            'Un problème technique lié à la plateforme Pix a empêché le candidat de répondre à la question',
            'A technical problem with the Pix platform prevented the candidate from answering the question',
          ),
          description: 'none',
        },
        {
          subcategory: 'ACCESSIBILITY_ISSUE',
          code: 'E12',
          label: t(
            "Problème avec l'accessibilité de la question (ex : daltonisme)",
            'Problem with the accessibility of the question (e.g. colour blindness)',
          ),
          description: 'none',
        },
      ],
      description: 'none',
      questionNumber: true,
    },
  ],
};

export const CATALOGUES = { '2021': CATALOGUE_2021, '2022': CATALOGUE_2022 } as const;
export type CatalogueName = keyof typeof CATALOGUES;
export const DEFAULT_CATALOGUE: CatalogueName = '2021';

export type CatalogueResult = { ok: true; catalogue: Catalogue } | { ok: false; error: string };

/**
 * The catalogue a host asked for: a name ("2021", "2022"; empty or undefined means "2021")
 * or its own catalogue object, checked against `CatalogueSchema`.
 */
export function resolveCatalogue(input: unknown): CatalogueResult {
  if (input === undefined || input === null || input === '') return { ok: true, catalogue: CATALOGUE_2021 };
  if (typeof input === 'string') {
    return Object.hasOwn(CATALOGUES, input)
      ? { ok: true, catalogue: CATALOGUES[input as CatalogueName] }
      : { ok: false, error: `Unknown catalogue "${input.slice(0, 40)}": expected "2021", "2022" or a catalogue object` };
  }
  const parsed = loadInput(CatalogueSchema, input, 'Malformed catalogue');
  return parsed.ok ? { ok: true, catalogue: parsed.value } : { ok: false, error: parsed.error };
}

/** The catalogue each edition uses unless a host chooses one. */
export const EDITION_CATALOGUES = { '2021': '2021', current: '2021' } as const satisfies Readonly<Record<Edition, CatalogueName>>;

/** The categories offered to a session of the given version, in the catalogue's order. */
export function categoriesFor(catalogue: Catalogue, sessionVersion: number = 2): CatalogueCategory[] {
  return catalogue.categories.filter(
    (category) => category.onlyForSessionVersion === undefined || category.onlyForSessionVersion === sessionVersion,
  );
}

export function findCategory(catalogue: Catalogue, category: unknown): CatalogueCategory | undefined {
  return catalogue.categories.find((item) => item.category === category);
}

export function findSubcategory(category: CatalogueCategory, subcategory: unknown): CatalogueSubcategory | undefined {
  return category.subcategories?.find((item) => item.subcategory === subcategory);
}

/** The fields a person fills in for a category (and subcategory, once chosen). */
export interface CategoryFields {
  subcategory: 'none' | 'radio' | 'select';
  description: Requirement;
  descriptionLabel: { fr: string; en: string } | null;
  questionNumber: boolean;
}

const DEFAULT_DESCRIPTION_LABEL = t('Description', 'Description');

/**
 * What a category asks for. With subcategories and none chosen yet, the description is
 * shown only once a subcategory tells whether it is needed. Two or three subcategories are
 * radios; longer lists are a select.
 */
export function fieldsOf(category: CatalogueCategory, subcategory?: string | null): CategoryFields {
  const subcategories = category.subcategories;
  if (!subcategories) {
    return {
      subcategory: 'none',
      description: category.description,
      descriptionLabel: category.description === 'none' ? null : (category.descriptionLabel ?? DEFAULT_DESCRIPTION_LABEL),
      questionNumber: category.questionNumber,
    };
  }
  const chosen = findSubcategory(category, subcategory);
  const description = chosen ? chosen.description : 'none';
  return {
    subcategory: subcategories.length > 3 ? 'select' : 'radio',
    description,
    descriptionLabel: description === 'none' ? null : (chosen?.descriptionLabel ?? category.descriptionLabel ?? DEFAULT_DESCRIPTION_LABEL),
    questionNumber: category.questionNumber,
  };
}

export type IssueReportField = 'category' | 'subcategory' | 'description' | 'questionNumber';

export interface FieldError {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export type IssueReportErrors = Partial<Record<IssueReportField, FieldError>>;

export type IssueReportValidation = { ok: true; report: IssueReport } | { ok: false; errors: IssueReportErrors };

export interface IssueReportValidationOptions {
  /** When given, categories reserved to another session version are refused. */
  sessionVersion?: number;
}

function readString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function readQuestionNumber(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  return null;
}

/**
 * Checks what a person entered for one issue report against a catalogue. Returns the
 * normalised report (description trimmed, fields the category does not use set to null),
 * or the errors per field as message keys. Accepts anything: it never throws.
 */
export function validateIssueReport(
  catalogue: Catalogue,
  input: unknown,
  options: IssueReportValidationOptions = {},
): IssueReportValidation {
  const record = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const categoryName = readString(record['category']);
  if (!categoryName) return { ok: false, errors: { category: { key: 'issueReport.category.required' } } };
  const category = findCategory(catalogue, categoryName);
  if (!category) {
    return { ok: false, errors: { category: { key: 'issueReport.category.unknown', params: { catalogue: catalogue.id } } } };
  }
  if (
    options.sessionVersion !== undefined &&
    category.onlyForSessionVersion !== undefined &&
    category.onlyForSessionVersion !== options.sessionVersion
  ) {
    return { ok: false, errors: { category: { key: 'issueReport.category.unavailable' } } };
  }

  const errors: IssueReportErrors = {};
  let subcategory: string | null = null;
  if (category.subcategories) {
    const chosen = findSubcategory(category, record['subcategory']);
    if (chosen) subcategory = chosen.subcategory;
    else errors.subcategory = { key: 'issueReport.subcategory.required' };
  }

  let questionNumber: number | null = null;
  if (category.questionNumber) {
    const value = readQuestionNumber(record['questionNumber']);
    if (value !== null && Number.isInteger(value) && value >= 1 && value <= QUESTION_NUMBER_MAX) questionNumber = value;
    else errors.questionNumber = { key: 'issueReport.questionNumber.invalid' };
  }

  let description: string | null = null;
  const fields = fieldsOf(category, subcategory);
  // Without a valid subcategory we cannot know yet whether a description is needed.
  if (!errors.subcategory && fields.description !== 'none') {
    const text = (readString(record['description']) ?? '').trim();
    if (text.length > DESCRIPTION_LIMIT) errors.description = { key: 'issueReport.description.tooLong' };
    else if (text === '' && fields.description === 'required') errors.description = { key: 'issueReport.description.required' };
    else description = text === '' ? null : text;
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, report: { category: category.category, subcategory, description, questionNumber } };
}

/** A report's code as shown to people: the subcategory's code when there is one (E2), else the category's (A1). */
export function codeOf(catalogue: Catalogue, report: Pick<IssueReport, 'category' | 'subcategory'>): string {
  const category = findCategory(catalogue, report.category);
  if (!category) return report.category;
  return findSubcategory(category, report.subcategory)?.code ?? category.code;
}

/**
 * What a list of reports shows of one: its code ("C3") and its label in `lang`, the
 * subcategory's, else the category's; a category the catalogue does not know shows as itself.
 */
export function reportLabel(
  catalogue: Catalogue,
  report: Pick<IssueReport, 'category' | 'subcategory'>,
  lang: Lang,
): { code: string; label: string } {
  const category = findCategory(catalogue, report.category);
  const subcategory = category ? findSubcategory(category, report.subcategory) : undefined;
  return { code: codeOf(catalogue, report), label: (subcategory ?? category)?.label[lang] ?? report.category };
}
