import type { Message, Messages } from '../../i18n/messages.js';

/** The texts of <pix-session-form>, French first. Keys start with "sessionForm.". */
const sessionFormFr = {
  'sessionForm.title.create': 'Créer une session',
  'sessionForm.title.edit': 'Modifier la session {id}',
  'sessionForm.address': 'Nom du site',
  'sessionForm.room': 'Nom de la salle',
  'sessionForm.date': 'Date de début',
  'sessionForm.time': 'Heure de début (heure locale)',
  'sessionForm.examiner': 'Surveillant(s)',
  'sessionForm.description': 'Observations',
  'sessionForm.requiredHint': "Les champs marqués d'un * sont obligatoires.",
  'sessionForm.submit.create': 'Créer la session',
  'sessionForm.submit.edit': 'Enregistrer les modifications',
  'sessionForm.created': 'La session a été créée.',
  'sessionForm.saved': 'Les modifications ont été enregistrées.',
  'sessionForm.finalised': 'Cette session est finalisée : ses informations ne peuvent plus être modifiées.',
  // Edition "current": today's Pix Certif (pix-certif-today.md § 2.5).
  'sessionForm.today.title.create': 'Création d’une session de certification',
} as const satisfies Record<string, Message>;

const sessionFormEn: Record<keyof typeof sessionFormFr, Message> = {
  'sessionForm.title.create': 'Create a session',
  'sessionForm.title.edit': 'Edit session {id}',
  'sessionForm.address': 'Site name',
  'sessionForm.room': 'Room name',
  'sessionForm.date': 'Start date',
  'sessionForm.time': 'Start time (local time)',
  'sessionForm.examiner': 'Invigilator(s)',
  'sessionForm.description': 'Notes',
  'sessionForm.requiredHint': 'Fields marked with * are required.',
  'sessionForm.submit.create': 'Create the session',
  'sessionForm.submit.edit': 'Save the changes',
  'sessionForm.created': 'The session has been created.',
  'sessionForm.saved': 'The changes have been saved.',
  'sessionForm.finalised': 'This session is finalised: its information can no longer be changed.',
  // pix-certif-today.md gives no English for it: written in the same register.
  'sessionForm.today.title.create': 'Creation of a certification session',
};

export type SessionFormMessageKey = keyof typeof sessionFormFr;

export const sessionFormMessages: Messages<SessionFormMessageKey> = { fr: sessionFormFr, en: sessionFormEn };
