import type { Message, Messages } from '../../i18n/messages.js';

/** The texts of <pix-candidate-report>, French first. */
const candidateReportFr = {
  'candidateReport.title': 'Signalement du candidat : {name}',
  'candidateReport.categories': 'Catégorie du signalement',
  'candidateReport.subcategories': 'Sous-catégorie',
  'candidateReport.problemType': 'Type de problème',
  'candidateReport.questionNumber': 'Numéro de la question',
  'candidateReport.existing': { one: '{count} signalement', other: '{count} signalements' },
  'candidateReport.delete': 'Supprimer',
  'candidateReport.deleteLabel': 'Supprimer le signalement {code} {label}',
  'candidateReport.added': 'Signalement ajouté : {code} {label}.',
  'candidateReport.removed': 'Signalement supprimé : {code} {label}.',
  'candidateReport.none': 'Aucun signalement pour ce candidat.',
  'candidateReport.errorCount': {
    one: 'Le signalement contient {count} erreur.',
    other: 'Le signalement contient {count} erreurs.',
  },
  'candidateReport.readOnly': 'La session est finalisée : les signalements ne peuvent plus être modifiés.',
  'candidateReport.questionNumberValue': 'Numéro de la question : {number}',
} as const satisfies Record<string, Message>;

const candidateReportEn: Record<keyof typeof candidateReportFr, Message> = {
  'candidateReport.title': 'Candidate incident report: {name}',
  'candidateReport.categories': 'Incident category',
  'candidateReport.subcategories': 'Subcategory',
  'candidateReport.problemType': 'Type of problem',
  'candidateReport.questionNumber': 'Question number',
  'candidateReport.existing': { one: '{count} incident report', other: '{count} incident reports' },
  'candidateReport.delete': 'Delete',
  'candidateReport.deleteLabel': 'Delete incident report {code} {label}',
  'candidateReport.added': 'Incident report added: {code} {label}.',
  'candidateReport.removed': 'Incident report deleted: {code} {label}.',
  'candidateReport.none': 'No incident report for this candidate.',
  'candidateReport.errorCount': {
    one: 'The incident report has {count} error.',
    other: 'The incident report has {count} errors.',
  },
  'candidateReport.readOnly': 'The session is finalised: incident reports can no longer be changed.',
  'candidateReport.questionNumberValue': 'Question number: {number}',
};

type CandidateReportMessageKey = keyof typeof candidateReportFr;

export const candidateReportMessages: Messages<CandidateReportMessageKey> = { fr: candidateReportFr, en: candidateReportEn };
