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
};

export type AbandonReasonMessageKey = keyof typeof abandonReasonFr;

export const abandonReasonMessages: Messages<AbandonReasonMessageKey> = { fr: abandonReasonFr, en: abandonReasonEn };
