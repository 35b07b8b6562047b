/** The texts of the elements themselves (labels, buttons, headings), French first. */
export const uiFr = {
  'ui.inputError.title': 'Données invalides : cet élément ne peut pas s\'afficher.',
  'ui.cancel': 'Annuler',
  'ui.validate': 'Valider',
  'ui.close': 'Fermer',
  'ui.counter': '{count} / {max}',
  'ui.required': 'obligatoire',

  'abortReason.label': 'Raison de l\'abandon',
  'abortReason.labelFor': 'Raison de l\'abandon pour {name}',
  'abortReason.info.button': 'Informations sur les raisons de l\'abandon',
  'abortReason.info.candidate':
    'le candidat a décidé de partir avant la fin de son test, ou n\'est pas parvenu à répondre à l\'ensemble des questions dans le temps imparti et n\'a pas passé les questions restantes jusqu\'à arriver à l\'écran de fin de test.',
  'abortReason.info.technical':
    'le candidat a rencontré un problème technique lié à la plateforme Pix ou au réseau du centre de certification.',
  'abortReason.required': 'Veuillez choisir la raison de l\'abandon.',
  'abortReason.unknownValue': 'valeur inconnue « {value} » ignorée : valeurs possibles « candidate », « technical ».',

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
} as const;

export const uiEn: Record<keyof typeof uiFr, string | { zero?: string; one: string; other: string }> = {
  'ui.inputError.title': 'Invalid data: this element cannot be displayed.',
  'ui.cancel': 'Cancel',
  'ui.validate': 'Confirm',
  'ui.close': 'Close',
  'ui.counter': '{count} / {max}',
  'ui.required': 'required',

  'abortReason.label': 'Reason for abandonment',
  'abortReason.labelFor': 'Reason for abandonment for {name}',
  'abortReason.info.button': 'About the reasons for abandonment',
  'abortReason.info.candidate':
    'the candidate decided to leave before the end of the test, or could not answer every question in the time allowed and did not skip the remaining questions to reach the end-of-test screen.',
  'abortReason.info.technical':
    'the candidate met a technical problem with the Pix platform or the certification centre\'s network.',
  'abortReason.required': 'Please choose the reason for abandonment.',
  'abortReason.unknownValue': 'unknown value “{value}” ignored: possible values are “candidate”, “technical”.',

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
};
