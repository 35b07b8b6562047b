import type { Message, Messages } from '../../i18n/messages.js';

/** The texts of <pix-session-details>, French first. Keys start with "sessionDetails.". */
const sessionDetailsFr = {
  'sessionDetails.title': 'Session {id}',
  'sessionDetails.download': 'Télécharger le PV',
  // As the guide's screenshot writes them (no space before the colon).
  'sessionDetails.date': 'Date: {date}',
  'sessionDetails.time': 'Heure de début (heure locale): {time}',
  'sessionDetails.status': 'Statut : {status}',
  'sessionDetails.tabs': 'Informations de la session',
  'sessionDetails.tab.details': 'Détails',
  'sessionDetails.tab.candidates': 'Candidats ({count})',
  'sessionDetails.field.id': 'ID session',
  'sessionDetails.field.address': 'Nom du site',
  'sessionDetails.field.room': 'Salle',
  'sessionDetails.field.examiner': 'Surveillant(s)',
  'sessionDetails.field.accessCode': "Code d'accès",
  'sessionDetails.field.centre': 'Nom du centre',
  'sessionDetails.field.description': 'Observations',
  'sessionDetails.noDescription': 'Aucune observation',
  'sessionDetails.edit': 'Modifier',
  'sessionDetails.finalise': 'Finaliser la session',
  'sessionDetails.candidates.caption': 'Candidats inscrits à la session {id}',
  'sessionDetails.candidates.empty': "Aucun candidat n'est inscrit à cette session.",
  'sessionDetails.column.lastName': 'Nom',
  'sessionDetails.column.firstName': 'Prénom',
  'sessionDetails.column.birthdate': 'Date de naissance',
  'sessionDetails.column.division': 'Classe',
  'sessionDetails.noDivision': 'Non renseignée',
  'session.alreadyFinalised': 'Les informations de finalisation de la session ont déjà été transmises aux équipes de Pix.',
} as const satisfies Record<string, Message>;

const sessionDetailsEn: Record<keyof typeof sessionDetailsFr, Message> = {
  'sessionDetails.title': 'Session {id}',
  'sessionDetails.download': 'Download the attendance sheet',
  'sessionDetails.date': 'Date: {date}',
  'sessionDetails.time': 'Start time (local time): {time}',
  'sessionDetails.status': 'Status: {status}',
  'sessionDetails.tabs': 'Session information',
  'sessionDetails.tab.details': 'Details',
  'sessionDetails.tab.candidates': 'Candidates ({count})',
  'sessionDetails.field.id': 'Session ID',
  'sessionDetails.field.address': 'Site name',
  'sessionDetails.field.room': 'Room',
  'sessionDetails.field.examiner': 'Invigilator(s)',
  'sessionDetails.field.accessCode': 'Access code',
  'sessionDetails.field.centre': 'Centre name',
  'sessionDetails.field.description': 'Observations',
  'sessionDetails.noDescription': 'No observations',
  'sessionDetails.edit': 'Edit',
  'sessionDetails.finalise': 'Finalise the session',
  'sessionDetails.candidates.caption': 'Candidates enrolled in session {id}',
  'sessionDetails.candidates.empty': 'No candidate is enrolled in this session.',
  'sessionDetails.column.lastName': 'Last name',
  'sessionDetails.column.firstName': 'First name',
  'sessionDetails.column.birthdate': 'Date of birth',
  'sessionDetails.column.division': 'Class',
  'sessionDetails.noDivision': 'Not given',
  'session.alreadyFinalised': 'The finalisation information of this session has already been sent to the Pix teams.',
};

export type SessionDetailsMessageKey = keyof typeof sessionDetailsFr;

export const sessionDetailsMessages: Messages<SessionDetailsMessageKey> = { fr: sessionDetailsFr, en: sessionDetailsEn };
