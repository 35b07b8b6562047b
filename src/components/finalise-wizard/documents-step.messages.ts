import type { Message, Messages } from '../../i18n/messages.js';

/** The texts of the wizard's step 2 (documents), French first; its refusals are the state layer's. */
const documentsStepFr = {
  'wizard.step2.title': 'Étape 2 : Transmettre des documents (facultatif)',
  'documents.intro':
    "Ce formulaire facultatif permet de transmettre à Pix les documents utiles : PV de fraude, photo d'un écran montrant un problème technique, etc.",
  'documents.requiredHint': "Les champs marqués d'un * sont obligatoires.",
  'documents.centre.label': 'Centre de certification',
  'documents.sessionNumber.label': 'Numéro de session',
  'documents.drop.label': 'Déposez ici les fichiers éventuels liés à la session de certification (PV de fraude, photos etc.)',
  'documents.drop.action': 'Choisissez des fichiers ou faites glisser ici',
  'documents.drop.hint': 'PDF, JPEG ou PNG ; 10 Mo au plus par fichier ; 10 fichiers au maximum.',
  'documents.files': { one: '{count} fichier choisi', other: '{count} fichiers choisis' },
  'documents.remove': 'Retirer {name}',
  'documents.comment.label': 'Commentaires éventuels :',
  'documents.submit': 'Soumettre le formulaire',
  'documents.sent': 'Le formulaire a été transmis aux équipes de Pix.',
  'documents.again': "Transmettre d'autres documents",
  'documents.closed': "Ce formulaire n'est plus disponible : la session est finalisée.",
} as const satisfies Record<string, Message>;

const documentsStepEn: Record<keyof typeof documentsStepFr, Message> = {
  'wizard.step2.title': 'Step 2: Send documents (optional)',
  'documents.intro':
    'This optional form lets you send Pix any useful document: fraud report, a photo of a screen showing a technical problem, etc.',
  'documents.requiredHint': 'Fields marked with * are required.',
  'documents.centre.label': 'Certification centre',
  'documents.sessionNumber.label': 'Session number',
  'documents.drop.label': 'Drop here any files related to the certification session (fraud report, photos, etc.)',
  'documents.drop.action': 'Choose files or drag them here',
  'documents.drop.hint': 'PDF, JPEG or PNG; at most 10 MB per file; 10 files at most.',
  'documents.files': { one: '{count} file chosen', other: '{count} files chosen' },
  'documents.remove': 'Remove {name}',
  'documents.comment.label': 'Any comments:',
  'documents.submit': 'Submit the form',
  'documents.sent': 'The form was sent to the Pix teams.',
  'documents.again': 'Send other documents',
  'documents.closed': 'This form is no longer available: the session is finalised.',
};

export type DocumentsStepMessageKey = keyof typeof documentsStepFr;

export const documentsStepMessages: Messages<DocumentsStepMessageKey> = { fr: documentsStepFr, en: documentsStepEn };
