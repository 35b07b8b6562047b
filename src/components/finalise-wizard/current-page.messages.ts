import type { Message, Messages } from '../../i18n/messages.js';

/**
 * The texts of <pix-finalise-wizard> in edition "current" (Pix Certif today, pix-certif-today.md
 * § 1.2–1.7), French first; the English ones are Pix's own.
 */
const currentPageFr = {
  'current.title': 'Finaliser la session {id}',
  'current.title.finalised': 'Session {id} finalisée',
  'current.reporting.title': "Signalements : Reporter, pour chaque candidat, les signalements renseignés sur le PV d'incident",
  'current.reporting.description':
    'Pour que le signalement soit pris en compte, il est nécessaire d’utiliser la catégorie de signalement appropriée (exemples : C1, C2, etc).',
  'current.unfinished.warning': "Ces candidats n'ont pas fini leur test de certification ou le surveillant a mis fin à leur test",
  'current.unfinished.caption':
    'Liste des candidats qui n’ont pas fini leur test de certification, triée par nom de naissance, avec un lien pour ajouter un ou plusieurs signalements le cas échéant et une liste déroulante permettant de sélectionner le motif d’interruption.',
  'current.finished.alert': 'Certification(s) terminée(s)',
  'current.finished.caption':
    'Liste des candidats qui ont fini leur test de certification, triée par nom de naissance, avec un lien pour ajouter un ou plusieurs signalements le cas échéant.',
  'current.column.lastName': 'Nom',
  'current.column.firstName': 'Prénom',
  'current.column.number': 'N° de certification',
  'current.column.reporting': 'Signalement',
  'current.column.abortReason': "Motif d'interruption",
  'current.abortReason.tipButton': "Description du motif d'interruption",
  'current.abortReason.candidate': 'Test non finalisé dans le délai imparti',
  'current.abortReason.candidate.notEnoughTime': "Le candidat n'a pas eu le temps de répondre à toutes ses questions",
  'current.abortReason.candidate.leftDeliberately': 'Le candidat est parti volontairement avant la fin du test',
  'current.abortReason.technical': 'Problème technique',
  'current.abortReason.technical.description':
    "Le candidat a rencontré un problème technique l'empêchant de poursuivre son test jusqu’à la fin",
  'current.abortReason.select': "Sélectionner le motif d'interruption",
  'current.reporting.add': 'Ajouter',
  'current.reporting.addOrDelete': 'Ajouter / Supprimer',
  'current.reporting.count': { one: '1 signalement', other: '{count} signalements' },
  'current.complementary.title': 'Informations complémentaires (facultatif)',
  'current.complementary.description':
    "Vous pouvez indiquer, le cas échéant, les événements survenus lors de la session. Il n'est pas nécessaire de renseigner les candidats absents.",
  'current.complementary.incident':
    'Malgré un incident survenu pendant la session, les candidats ont pu terminer leur test de certification. Un temps supplémentaire a été accordé à un ou plusieurs candidats.',
  'current.complementary.joiningIssue':
    "Un ou plusieurs candidats étaient présents en session de certification mais n'ont pas pu rejoindre la session.",
  'current.complementary.joiningIssue.before': 'Vous trouverez',
  'current.complementary.joiningIssue.link':
    'ici un document pour vous aider à résoudre ce type de problème de connexion pour les prochaines sessions (PDF, 131ko).',
  // Pix gives the French document for French, and another one for every other language.
  'current.complementary.joiningIssue.url': 'https://cloud.pix.fr/s/QcKnpcTya5iWF5C',
  'current.finalise': 'Finaliser',
  'current.missingReasons': "Une ou plusieurs certification(s) non terminée(s) n'ont pas de motif d'interruption. Veuillez les renseigner.",
  'current.confirm.title': 'Finalisation de la session',
  'current.confirm.warning': 'Attention :',
  'current.confirm.information':
    "il ne vous sera plus possible de modifier ces informations par la suite. Un délai de traitement est nécessaire avant la mise à disposition des résultats par Pix (ce délai de traitement pouvant varier d'une session à l'autre).",
  'current.confirm.confirm': 'Confirmer la finalisation',
  'current.success': 'Les informations de la session ont été transmises avec succès.',
  'current.result.SESSION_ALREADY_FINALIZED': 'La session a déjà été finalisée.',
  'current.result.SESSION_WITHOUT_STARTED_CERTIFICATION':
    "Cette session n'a pas débuté, vous ne pouvez pas la finaliser. Vous pouvez néanmoins la supprimer.",
  'current.result.UNTERMINATED_CERTIFICATION_WITHOUT_ABORT_REASON':
    'Une ou plusieurs certifications non terminées n\'ont pas de "Motif d’interruption" renseigné. La session ne peut donc pas être finalisée.',
  'current.result.SESSION_WITH_ABORT_REASON_ON_COMPLETED_CERTIFICATION_COURSE':
    'Le champ “Motif d’interruption” a été renseigné pour un candidat qui a terminé son test de certification entre temps. La session ne peut donc pas être finalisée. Merci de rafraîchir la page avant de finaliser.',
  'current.result.SESSION_DOES_NOT_EXIST_OR_ACCESS_RESTRICTED': "La session n'existe pas ou son accès est restreint.",
  'current.result.generic': 'Erreur lors de la finalisation de session.',
} as const satisfies Record<string, Message>;

const currentPageEn: Record<keyof typeof currentPageFr, Message> = {
  'current.title': 'Finalise the session {id}',
  'current.title.finalised': 'Session {id} finalised',
  'current.reporting.title': 'Reporting: Signal, for each candidate, the incidents inputted into the incident report',
  'current.reporting.description':
    'For the reporting to be taken into account, you must use the appropriate reporting category (examples : C1, C2, etc).',
  'current.unfinished.warning': 'These candidates haven’t finished their Pix certification exam or the invigilator has ended their exam',
  'current.unfinished.caption':
    'List of candidates who haven’t finished their certification exam, ordered by birth name, with a link to add a reporting if needed and a drop-down list enabling you to select the reason for interruption',
  'current.finished.alert': 'Finished certification(s)',
  'current.finished.caption':
    'List of candidates who have finished their certification exam, ordered by birth name, with a link to add a reporting if needed',
  'current.column.lastName': 'Last name',
  'current.column.firstName': 'First name',
  'current.column.number': 'Certification No.',
  'current.column.reporting': 'Reporting',
  'current.column.abortReason': 'Reason for interruption',
  'current.abortReason.tipButton': "Reason for interruption's description",
  'current.abortReason.candidate': 'Test not completed within the allotted time',
  'current.abortReason.candidate.notEnoughTime': 'The candidate didn’t have enough time to answer all the questions',
  'current.abortReason.candidate.leftDeliberately': 'The candidate left deliberately before the end of the exam',
  'current.abortReason.technical': 'Technical problem',
  'current.abortReason.technical.description': 'The candidate encountered a technical problem that prevented him from finishing his exam',
  'current.abortReason.select': 'Select the reason for interruption',
  'current.reporting.add': 'Add',
  'current.reporting.addOrDelete': 'Add / Delete',
  'current.reporting.count': { one: '1 reporting', other: '{count} reportings' },
  'current.complementary.title': 'Additional information (optional)',
  'current.complementary.description':
    'You may indicate, if need be, the events that occurred during the session. It isn’t necessary to report any missing candidates.',
  'current.complementary.incident':
    'Despite an incident having occurred during the session, the candidates have been able to finish their Pix certification exam. Additional time has been granted to at least one of the candidates.',
  'current.complementary.joiningIssue':
    'At least one candidate was present during the certification session but couldn’t join the session.',
  'current.complementary.joiningIssue.before': 'You will find',
  'current.complementary.joiningIssue.link':
    'here a document to help you solve this kind of connexion difficulty for the next sessions. (PDF, 66ko).',
  'current.complementary.joiningIssue.url': 'https://cloud.pix.fr/s/aZRMYipSLREiBXP',
  'current.finalise': 'Finalise',
  'current.missingReasons': "One or more unfinished certification(s) don't have a reason for interruption. Please fill them in.",
  'current.confirm.title': 'Session finalisation',
  'current.confirm.warning': 'Warning :',
  'current.confirm.information':
    'you won’t be able to edit these informations thereafter. Processing time is needed before the results can be made available by Pix (this processing time may vary from one session to another).',
  'current.confirm.confirm': 'Confirm the finalisation',
  'current.success': "The session's details have been successfully transmitted.",
  'current.result.SESSION_ALREADY_FINALIZED': 'Cannot finalise session more than once.',
  'current.result.SESSION_WITHOUT_STARTED_CERTIFICATION': "This session hasn't started, you can't finalise it. However, you may delete it.",
  'current.result.UNTERMINATED_CERTIFICATION_WITHOUT_ABORT_REASON':
    'One or more unterminated certifications have missing "Reason for interruption". The session cannot be finalised',
  'current.result.SESSION_WITH_ABORT_REASON_ON_COMPLETED_CERTIFICATION_COURSE':
    'The field "Reason for interruption" has been filled in for a candidate who has finished their certification exam in between. The session therefore can\'t be finalised. Please refresh the page before finalising.',
  'current.result.SESSION_DOES_NOT_EXIST_OR_ACCESS_RESTRICTED': "The session doesn't exist or it's access is restricted.",
  'current.result.generic': 'Error during the finalisation of the session.',
};

export type CurrentPageMessageKey = keyof typeof currentPageFr;

export const currentPageMessages: Messages<CurrentPageMessageKey> = { fr: currentPageFr, en: currentPageEn };
