/**
 * The texts of the state layer: the reasons of its refusals, the labels and notices it chooses
 * (session statuses, the 48-hour deadline), French first and English complete. Every refusal
 * carries one of these keys; `translate(key, params, lang)` gives its text.
 */
import {
  localise,
  type Lang,
  type LocalisedMessage as Localised,
  type Message,
  type MessageParams,
  type Messages,
} from '../i18n/messages.js';

export type { Lang, MessageParams } from '../i18n/messages.js';

const stateFr = {
  'validation.max255': '255 caractères maximum.',
  'validation.max350': '350 caractères maximum.',
  'validation.max500': '500 caractères maximum.',
  'input.invalid': 'Les données reçues sont invalides : {details}',
  'session.address.required': 'Veuillez indiquer un nom de site.',
  'session.room.required': 'Veuillez indiquer un nom de salle.',
  'session.date.required': 'Veuillez indiquer une date de début.',
  'session.date.invalid': 'Veuillez indiquer une date de début valide.',
  'session.date.past': 'Une session ne peut pas être programmée dans le passé.',
  'session.time.required': 'Veuillez indiquer une heure de début.',
  'session.time.invalid': 'Veuillez indiquer une heure de début valide.',
  'session.examiner.required': 'Veuillez indiquer un(e) surveillant(e).',
  'session.status.created': 'Créée',
  'session.status.finalized': 'Finalisée',
  'session.status.in_process': 'Finalisée',
  'session.status.processed': 'Résultats transmis par Pix',
  'session.deadline.reminder': 'Pour rappel, la finalisation de la session doit se faire dans les 48 h suivant la fin de la session.',
  'session.deadline.passed': 'Le délai de 48 h pour finaliser cette session est dépassé.',
  'issueReport.category.required': 'Veuillez sélectionner une catégorie.',
  'issueReport.category.unknown': "Cette catégorie n'existe pas dans le catalogue « {catalogue} ».",
  'issueReport.category.unavailable': "Cette catégorie n'est pas proposée pour cette session.",
  'issueReport.subcategory.required': 'Veuillez sélectionner une sous-catégorie.',
  'issueReport.description.required': 'Veuillez décrire le signalement.',
  'issueReport.description.tooLong': '500 caractères maximum.',
  'issueReport.questionNumber.invalid': 'Veuillez indiquer un numéro de question entre 1 et 500.',
  'issueReport.questionNumber.range': 'Veuillez indiquer un numéro de question entre 1 et {max}.',
  'finalisation.missingAbortReasons': {
    one: "Il manque la raison de l'abandon pour {count} candidat.",
    other: "Il manque la raison de l'abandon pour {count} candidats.",
  },
  'finalisation.uncheckedEndScreens': {
    one: "La case « Écran de fin du test vu » n'est pas cochée pour {count} candidat.",
    other: "La case « Écran de fin du test vu » n'est pas cochée pour {count} candidats.",
  },
  'finalisation.readOnly': 'Les informations de finalisation de la session ont déjà été transmises aux équipes de Pix.',
  'finalisation.comment.modeNone': "Choisissez d'abord de signaler un incident pour écrire un commentaire.",
  'finalisation.report.unknown': 'Aucune certification ne porte le numéro {id}.',
  'finalisation.report.completed': "La certification {id} est terminée : elle n'a pas de raison d'abandon.",
  'finalisation.report.notCompleted': "La certification {id} n'est pas terminée : l'écran de fin du test ne peut pas être coché.",
  'finalisation.endScreen.disabled': "La colonne « Écran de fin du test vu » n'est pas utilisée pour cette session.",
  'finalisation.endScreen.none': 'Aucune certification terminée.',
  'finalisation.issueReport.unknown': "Ce signalement n'existe pas.",
  'finalisation.abortReason.invalid': "Cette raison de l'abandon n'existe pas.",
  'finalisation.notInEdition': "Cette information n'existe pas dans l'édition « {edition} ».",
  'finalisation.result.SESSION_ALREADY_FINALIZED': 'La session a déjà été finalisée.',
  'finalisation.result.SESSION_WITHOUT_STARTED_CERTIFICATION': "Cette session n'a pas débuté, vous ne pouvez pas la finaliser.",
  'finalisation.result.UNTERMINATED_CERTIFICATION_WITHOUT_ABORT_REASON':
    "Une ou plusieurs certifications non terminées n'ont pas de « Raison de l'abandon » renseignées. La session ne peut donc pas être finalisée.",
  'finalisation.result.SESSION_WITH_ABORT_REASON_ON_COMPLETED_CERTIFICATION_COURSE':
    "Le champ « Raison de l'abandon » a été renseigné pour un candidat qui a terminé son test de certification entre temps. Merci de rafraîchir la page avant de finaliser.",
  'finalisation.result.generic': 'Erreur lors de la finalisation de session.',
  'handover.timeout': 'Le serveur ne répond pas. Vos informations sont conservées ; réessayez.',
  'handover.generic': 'Une erreur est survenue. Vos informations sont conservées ; réessayez.',
  'sessionDelete.notFound': "La session que vous tentez de supprimer n'existe pas.",
  'sessionDelete.started': 'La session a déjà commencé.',
  'sessionDelete.generic': "Une erreur s'est produite lors de la suppression de la session.",
  'candidateDelete.alreadyJoined': 'Ce candidat a déjà rejoint la session. Vous ne pouvez pas le supprimer.',
  'candidateDelete.generic': "Une erreur s'est produite lors de la suppression du candidat.",
  'candidateUpdate.generic': 'Un problème est survenu pendant la mise à jour du candidat. Merci de réessayer ultérieurement.',
  'documents.centre.required': 'Veuillez indiquer le centre de certification.',
  'documents.sessionNumber.required': 'Veuillez indiquer le numéro de session.',
  'documents.sessionNumber.invalid': 'Le numéro de session est un nombre, par exemple 296.',
  'documents.file.type': "« {name} » n'est pas accepté : formats acceptés PDF, JPEG, PNG.",
  'documents.file.size': '« {name} » dépasse 10 Mo.',
  'documents.file.count': '10 fichiers au maximum.',
  'documents.failure': "Erreur lors de l'envoi du formulaire. Vos informations sont conservées ; réessayez.",
  'enrolment.finalised': "Cette session a déjà été finalisée, l'ajout de candidat n'est pas autorisé.",
  'enrolment.student.unknown': "Aucun élève ne porte l'identifiant {id}.",
  'enrolment.student.enrolled': 'Cet élève est déjà inscrit à la session.',
  'enrolment.empty': 'Aucun élève à inscrire.',
} as const satisfies Record<string, Message>;

const stateEn: Record<keyof typeof stateFr, Message> = {
  'validation.max255': '255 characters maximum.',
  'validation.max350': '350 characters maximum.',
  'validation.max500': '500 characters maximum.',
  'input.invalid': 'The data received is invalid: {details}',
  'session.address.required': 'Please enter a site name.',
  'session.room.required': 'Please enter a room name.',
  'session.date.required': 'Please enter a start date.',
  'session.date.invalid': 'Please enter a valid start date.',
  'session.date.past': 'A session cannot be scheduled in the past.',
  'session.time.required': 'Please enter a start time.',
  'session.time.invalid': 'Please enter a valid start time.',
  'session.examiner.required': 'Please enter an invigilator.',
  'session.status.created': 'Created',
  'session.status.finalized': 'Finalised',
  'session.status.in_process': 'Finalised',
  'session.status.processed': 'Results transmitted by Pix',
  'session.deadline.reminder': 'Reminder: the session must be finalised within 48 hours after it ends.',
  'session.deadline.passed': 'The 48-hour deadline to finalise this session has passed.',
  'issueReport.category.required': 'Please select a category.',
  'issueReport.category.unknown': 'This category does not exist in the “{catalogue}” catalogue.',
  'issueReport.category.unavailable': 'This category is not offered for this session.',
  'issueReport.subcategory.required': 'Please select a subcategory.',
  'issueReport.description.required': 'Please describe the incident.',
  'issueReport.description.tooLong': '500 characters maximum.',
  'issueReport.questionNumber.invalid': 'Please enter a question number between 1 and 500.',
  'issueReport.questionNumber.range': 'Please enter a question number between 1 and {max}.',
  'finalisation.missingAbortReasons': {
    one: 'The reason for abandonment is missing for {count} candidate.',
    other: 'The reason for abandonment is missing for {count} candidates.',
  },
  'finalisation.uncheckedEndScreens': {
    one: 'The “End-of-test screen seen” box is not ticked for {count} candidate.',
    other: 'The “End-of-test screen seen” box is not ticked for {count} candidates.',
  },
  'finalisation.readOnly': 'The finalisation information of this session has already been sent to the Pix teams.',
  'finalisation.comment.modeNone': 'Choose to report an incident first to write a comment.',
  'finalisation.report.unknown': 'No certification has the number {id}.',
  'finalisation.report.completed': 'Certification {id} is finished: it has no reason for abandonment.',
  'finalisation.report.notCompleted': 'Certification {id} is not finished: its end-of-test screen cannot be ticked.',
  'finalisation.endScreen.disabled': 'The “End-of-test screen seen” column is not used for this session.',
  'finalisation.endScreen.none': 'No finished certification.',
  'finalisation.issueReport.unknown': 'This incident report does not exist.',
  'finalisation.abortReason.invalid': 'This reason for abandonment does not exist.',
  'finalisation.notInEdition': 'This information does not exist in the “{edition}” edition.',
  'finalisation.result.SESSION_ALREADY_FINALIZED': 'The session has already been finalised.',
  'finalisation.result.SESSION_WITHOUT_STARTED_CERTIFICATION': 'This session has not started, you cannot finalise it.',
  'finalisation.result.UNTERMINATED_CERTIFICATION_WITHOUT_ABORT_REASON':
    'One or more unfinished certifications have no “Reason for abandonment”. The session cannot be finalised.',
  'finalisation.result.SESSION_WITH_ABORT_REASON_ON_COMPLETED_CERTIFICATION_COURSE':
    'The “Reason for abandonment” field was filled in for a candidate who has since finished their certification test. Please refresh the page before finalising.',
  'finalisation.result.generic': 'Error while finalising the session.',
  'handover.timeout': 'The server is not responding. Your information is kept; try again.',
  'handover.generic': 'Something went wrong. Your information is kept; try again.',
  'sessionDelete.notFound': 'The session you are trying to delete doesn’t exist.',
  'sessionDelete.started': 'The session has already begun.',
  'sessionDelete.generic': 'An error has occured during the session’s deletion.',
  // Pix gives no English for the 403 message: its tooltip's words for the same refusal.
  'candidateDelete.alreadyJoined': 'This candidate has already joined the session, you can’t delete them.',
  'candidateDelete.generic': 'An error occurred while deleting the candidate.',
  'candidateUpdate.generic': 'A problem occurred while trying to edit the candidate. Please try again later.',
  'documents.centre.required': 'Please enter the certification centre.',
  'documents.sessionNumber.required': 'Please enter the session number.',
  'documents.sessionNumber.invalid': 'The session number is a number, for example 296.',
  'documents.file.type': '“{name}” is not accepted: accepted formats are PDF, JPEG, PNG.',
  'documents.file.size': '“{name}” is larger than 10 MB.',
  'documents.file.count': '10 files maximum.',
  'documents.failure': 'Error while sending the form. Your information is kept; try again.',
  'enrolment.finalised': 'This session has already been finalised; adding candidates is not allowed.',
  'enrolment.student.unknown': 'No pupil has the id {id}.',
  'enrolment.student.enrolled': 'This pupil is already enrolled in the session.',
  'enrolment.empty': 'No pupil to enrol.',
};

/** A key of the state layer's messages. */
export type MessageKey = keyof typeof stateFr;

export const stateMessages: Messages<MessageKey> = { fr: stateFr, en: stateEn };

/** A refusal or notice of the state layer, to show later in whichever language the page speaks. */
export type LocalisedMessage = Localised<MessageKey>;

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === 'string' && Object.hasOwn(stateFr, value);
}

/** The text of a state message in `lang` (French by default), with `{name}` placeholders filled from `params`. */
export function translate(key: MessageKey, params: MessageParams = {}, lang: Lang = 'fr'): string {
  return localise(stateMessages, key, params, lang);
}
