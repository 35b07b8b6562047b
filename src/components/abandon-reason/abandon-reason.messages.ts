import type { Message, Messages } from '../../i18n/messages.js';

/** The texts of <pix-abandon-reason> (also shown by the wizard, whose table holds such selects), French first. */
const abandonReasonFr = {
  'abortReason.candidate': 'Abandon du candidat',
  'abortReason.technical': 'Problème technique',
  'abortReason.label': "Raison de l'abandon",
  'abortReason.info.button': "Informations sur les raisons de l'abandon",
  'abortReason.info.candidate':
    "le candidat a décidé de partir avant la fin de son test, ou n'est pas parvenu à répondre à l'ensemble des questions dans le temps imparti et n'a pas passé les questions restantes jusqu'à arriver à l'écran de fin de test.",
  'abortReason.info.technical':
    'le candidat a rencontré un problème technique lié à la plateforme Pix ou au réseau du centre de certification.',
  'abortReason.required': "Veuillez choisir la raison de l'abandon.",
  'abortReason.unknownValue': 'valeur inconnue « {value} » ignorée : valeurs possibles « candidate », « technical ».',
  // The term explained in the info tip, before its explanation.
  'abortReason.info.term': '{reason} :',
  // Edition "current": today's Pix Certif (pix-certif-today.md § 1.3).
  'abortReason.today.label': "Motif d'interruption",
  'abortReason.today.selectLabel': "Sélectionner le motif d'interruption",
  'abortReason.today.candidate': 'Test non finalisé dans le délai imparti',
  'abortReason.today.technical': 'Problème technique',
  'abortReason.today.info.button': "Description du motif d'interruption",
  'abortReason.today.info.notEnoughTime': "Le candidat n'a pas eu le temps de répondre à toutes ses questions",
  'abortReason.today.info.leftDeliberately': 'Le candidat est parti volontairement avant la fin du test',
  'abortReason.today.info.technical': "Le candidat a rencontré un problème technique l'empêchant de poursuivre son test jusqu’à la fin",
  // Pix Certif has no message of its own for one empty select: written in the same words as its column.
  'abortReason.today.required': "Veuillez sélectionner le motif d'interruption.",
} as const satisfies Record<string, Message>;

const abandonReasonEn: Record<keyof typeof abandonReasonFr, Message> = {
  'abortReason.candidate': 'Candidate withdrew',
  'abortReason.technical': 'Technical problem',
  'abortReason.label': 'Reason for abandonment',
  'abortReason.info.button': 'About the reasons for abandonment',
  'abortReason.info.candidate':
    'the candidate decided to leave before the end of the test, or could not answer every question in the time allowed and did not skip the remaining questions to reach the end-of-test screen.',
  'abortReason.info.technical': "the candidate met a technical problem with the Pix platform or the certification centre's network.",
  'abortReason.required': 'Please choose the reason for abandonment.',
  'abortReason.unknownValue': 'unknown value “{value}” ignored: possible values are “candidate”, “technical”.',
  'abortReason.info.term': '{reason}:',
  'abortReason.today.label': 'Reason for interruption',
  'abortReason.today.selectLabel': 'Select the reason for interruption',
  'abortReason.today.candidate': 'Test not completed within the allotted time',
  'abortReason.today.technical': 'Technical problem',
  'abortReason.today.info.button': "Reason for interruption's description",
  'abortReason.today.info.notEnoughTime': 'The candidate didn’t have enough time to answer all the questions',
  'abortReason.today.info.leftDeliberately': 'The candidate left deliberately before the end of the exam',
  'abortReason.today.info.technical': 'The candidate encountered a technical problem that prevented him from finishing his exam',
  'abortReason.today.required': 'Please select the reason for interruption.',
};

export type AbandonReasonMessageKey = keyof typeof abandonReasonFr;

export const abandonReasonMessages: Messages<AbandonReasonMessageKey> = { fr: abandonReasonFr, en: abandonReasonEn };
