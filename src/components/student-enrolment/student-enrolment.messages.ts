import type { Message, Messages } from '../../i18n/messages.js';

/** The texts of <pix-student-enrolment>, French first. Keys start with "studentEnrolment.". */
const studentEnrolmentFr = {
  'studentEnrolment.title': 'Ajouter des candidats à la session {id}',
  'studentEnrolment.intro': 'Cochez les élèves à inscrire à la session, puis cliquez sur « Inscrire ».',
  'studentEnrolment.caption': "Élèves de l'établissement, triés par classe puis par nom",
  'studentEnrolment.caption.paged': "Élèves de l'établissement, triés par classe puis par nom (Page {page} sur {pages})",
  'studentEnrolment.column.class': 'Classe',
  'studentEnrolment.column.lastName': 'Nom',
  'studentEnrolment.column.firstName': 'Prénom',
  'studentEnrolment.column.birthdate': 'Date de naissance',
  'studentEnrolment.selectAll': 'Sélectionner tous les élèves affichés',
  'studentEnrolment.selectAll.scope': {
    zero: 'Aucun élève de la liste filtrée ne peut être inscrit.',
    one: 'Concerne le seul élève pouvant être inscrit dans la liste filtrée, toutes pages confondues.',
    other: 'Concerne les {count} élèves pouvant être inscrits dans la liste filtrée, toutes pages confondues.',
  },
  'studentEnrolment.selectStudent': 'Sélectionner {name}',
  'studentEnrolment.enrolledNote': 'Déjà inscrit à la session',
  'studentEnrolment.noStudents': 'Aucun élève à afficher.',
  'studentEnrolment.allEnrolled': 'Tous les élèves sont déjà inscrits à la session.',
  'studentEnrolment.shown': {
    zero: 'Aucun élève affiché',
    one: '{count} élève affiché',
    other: '{count} élèves affichés',
  },

  'studentEnrolment.filter.button': 'Filtrer',
  'studentEnrolment.filter.count': {
    // After the count in brackets that only the eye reads.
    one: ', {count} classe choisie',
    other: ', {count} classes choisies',
  },
  'studentEnrolment.filter.panel': 'Filtrer par classe',
  'studentEnrolment.filter.search': 'Chercher une classe',
  'studentEnrolment.filter.placeholder': 'Chercher une classe …',
  'studentEnrolment.filter.classes': 'Classes',
  'studentEnrolment.filter.empty': 'Aucune classe trouvée',
  'studentEnrolment.filter.all': 'Toutes les classes sont affichées.',
  'studentEnrolment.filter.active': 'Classes affichées :',
  'studentEnrolment.filter.remove': 'Retirer la classe {name} du filtre',
  'studentEnrolment.filter.clear': 'Afficher toutes les classes',

  'studentEnrolment.paging.label': 'Pages de la liste des élèves',
  'studentEnrolment.paging.pageSize': 'Élèves par page',
  'studentEnrolment.paging.status': 'Page {page} sur {pages}',
  'studentEnrolment.paging.range': 'Élèves {from} à {to} sur {total}',
  'studentEnrolment.paging.first': 'Première page',
  'studentEnrolment.paging.previous': 'Page précédente',
  'studentEnrolment.paging.next': 'Page suivante',
  'studentEnrolment.paging.last': 'Dernière page',

  'studentEnrolment.enrol': 'Inscrire',
  'studentEnrolment.success': {
    one: "L'élève a été inscrit à la session.",
    other: 'Les {count} élèves ont été inscrits à la session.',
  },
  'enrolment.selected': {
    zero: 'Aucun candidat sélectionné',
    one: '{count} candidat sélectionné',
    other: '{count} candidats sélectionnés',
  },
  'enrolment.alreadyEnrolled': {
    zero: 'Aucun candidat déjà inscrit à la session',
    one: '{count} candidat déjà inscrit à la session',
    other: '{count} candidats déjà inscrits à la session',
  },
} as const satisfies Record<string, Message>;

const studentEnrolmentEn: Record<keyof typeof studentEnrolmentFr, Message> = {
  'studentEnrolment.title': 'Add candidates to session {id}',
  'studentEnrolment.intro': 'Tick the pupils to enrol in the session, then click “Enrol”.',
  'studentEnrolment.caption': 'Pupils of the school, sorted by class, then by name',
  'studentEnrolment.caption.paged': 'Pupils of the school, sorted by class, then by name (Page {page} of {pages})',
  'studentEnrolment.column.class': 'Class',
  'studentEnrolment.column.lastName': 'Last name',
  'studentEnrolment.column.firstName': 'First name',
  'studentEnrolment.column.birthdate': 'Date of birth',
  'studentEnrolment.selectAll': 'Select all the pupils shown',
  'studentEnrolment.selectAll.scope': {
    zero: 'No pupil of the filtered list can be enrolled.',
    one: 'Applies to the only pupil who can be enrolled in the filtered list, on every page.',
    other: 'Applies to the {count} pupils who can be enrolled in the filtered list, on every page.',
  },
  'studentEnrolment.selectStudent': 'Select {name}',
  'studentEnrolment.enrolledNote': 'Already enrolled in the session',
  'studentEnrolment.noStudents': 'No pupil to show.',
  'studentEnrolment.allEnrolled': 'All the pupils are already enrolled in the session.',
  'studentEnrolment.shown': {
    zero: 'No pupil shown',
    one: '{count} pupil shown',
    other: '{count} pupils shown',
  },

  'studentEnrolment.filter.button': 'Filter',
  'studentEnrolment.filter.count': {
    one: ', {count} class chosen',
    other: ', {count} classes chosen',
  },
  'studentEnrolment.filter.panel': 'Filter by class',
  'studentEnrolment.filter.search': 'Search for a class',
  'studentEnrolment.filter.placeholder': 'Search for a class…',
  'studentEnrolment.filter.classes': 'Classes',
  'studentEnrolment.filter.empty': 'No class found',
  'studentEnrolment.filter.all': 'All classes are shown.',
  'studentEnrolment.filter.active': 'Classes shown:',
  'studentEnrolment.filter.remove': 'Remove class {name} from the filter',
  'studentEnrolment.filter.clear': 'Show all classes',

  'studentEnrolment.paging.label': 'Pages of the pupil list',
  'studentEnrolment.paging.pageSize': 'Pupils per page',
  'studentEnrolment.paging.status': 'Page {page} of {pages}',
  'studentEnrolment.paging.range': 'Pupils {from} to {to} of {total}',
  'studentEnrolment.paging.first': 'First page',
  'studentEnrolment.paging.previous': 'Previous page',
  'studentEnrolment.paging.next': 'Next page',
  'studentEnrolment.paging.last': 'Last page',

  'studentEnrolment.enrol': 'Enrol',
  'studentEnrolment.success': {
    one: 'The pupil has been enrolled in the session.',
    other: 'The {count} pupils have been enrolled in the session.',
  },
  'enrolment.selected': {
    zero: 'No candidate selected',
    one: '{count} candidate selected',
    other: '{count} candidates selected',
  },
  'enrolment.alreadyEnrolled': {
    zero: 'No candidate already enrolled in the session',
    one: '{count} candidate already enrolled in the session',
    other: '{count} candidates already enrolled in the session',
  },
};

type StudentEnrolmentMessageKey = keyof typeof studentEnrolmentFr;

export const studentEnrolmentMessages: Messages<StudentEnrolmentMessageKey> = { fr: studentEnrolmentFr, en: studentEnrolmentEn };
