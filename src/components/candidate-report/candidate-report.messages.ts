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
  'candidateReport.addFailed': "Une erreur s'est produite lors de l'ajout du signalement. Merci de réessayer.",
  'candidateReport.deleteFailed':
    "Une erreur s'est produite lors de la suppression du signalement. Merci de réessayer après avoir rechargé la page",
  'candidateReport.newWindow': 'Ouverture dans une nouvelle fenêtre',
  'candidateReport.moreInfo': 'Plus d’informations',
  // Edition "current": today's Pix Certif (pix-certif-today.md § 1.9).
  'candidateReport.current.title': 'Signalement du candidat : {name}',
  'candidateReport.current.reports': 'Mes signalements ({count})',
  'candidateReport.current.delete': 'Supprimer le signalement',
  'candidateReport.current.add': 'Ajouter un signalement',
  'candidateReport.current.subcategory': 'Sélectionnez une sous-catégorie :',
  'candidateReport.current.questionNumber': 'Numéro de question :',
  'candidateReport.current.validate': 'Valider',
  // Pix writes "selectionner": corrected.
  'candidateReport.current.categoryRequired': 'Veuillez sélectionner une catégorie',
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
  'candidateReport.addFailed': 'An error occurred while adding a reporting. Please try again.',
  'candidateReport.deleteFailed': 'An error has occurred while deleting the reporting. Please try again after refresh',
  'candidateReport.newWindow': 'Open in a new window',
  'candidateReport.moreInfo': 'More information',
  'candidateReport.current.title': 'Reporting for candidate : {name}',
  'candidateReport.current.reports': 'My reporting ({count})',
  'candidateReport.current.delete': 'Delete the reporting',
  'candidateReport.current.add': 'Add a reporting',
  'candidateReport.current.subcategory': 'Select a subcategory:',
  'candidateReport.current.questionNumber': 'Question number :',
  'candidateReport.current.validate': 'Validate',
  'candidateReport.current.categoryRequired': 'Please select a category',
};

type CandidateReportMessageKey = keyof typeof candidateReportFr;

export const candidateReportMessages: Messages<CandidateReportMessageKey> = { fr: candidateReportFr, en: candidateReportEn };
