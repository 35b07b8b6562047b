import type { Message, Messages } from '../i18n/messages.js';

/** Texts shown by several elements, French first. */
const commonFr = {
  'abortReason.placeholder': '-- Choisissez --',
  'ui.inputError.title': "Données invalides : cet élément ne peut pas s'afficher.",
  'ui.inputError.detail': "Détail technique, pour l'équipe qui a intégré cet élément :",
  'ui.cancel': 'Annuler',
  'ui.validate': 'Valider',
  'ui.backToSession': 'Retour à la session',
  'ui.close': 'Fermer',
  'ui.counter': '{count} / {max}',
  'ui.fieldError': '{label} : {message}',
  'ui.errorCount': {
    one: 'Le formulaire contient {count} erreur.',
    other: 'Le formulaire contient {count} erreurs.',
  },
  'handover.sending': 'Envoi en cours…',
} as const satisfies Record<string, Message>;

const commonEn: Record<keyof typeof commonFr, Message> = {
  'abortReason.placeholder': '-- Choose --',
  'ui.inputError.title': 'Invalid data: this element cannot be displayed.',
  'ui.inputError.detail': 'Technical detail, for the team that integrated this element:',
  'ui.cancel': 'Cancel',
  'ui.validate': 'Confirm',
  'ui.backToSession': 'Return to the session',
  'ui.close': 'Close',
  'ui.counter': '{count} / {max}',
  'ui.fieldError': '{label}: {message}',
  'ui.errorCount': {
    one: 'The form contains {count} error.',
    other: 'The form contains {count} errors.',
  },
  'handover.sending': 'Sending…',
};

export type CommonMessageKey = keyof typeof commonFr;

export const commonMessages: Messages<CommonMessageKey> = { fr: commonFr, en: commonEn };
