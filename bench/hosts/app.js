// A host app as a team embeds the elements: it imports the package by its name (resolved
// through package.json's exports to dist/), creates each of the six elements and sets one
// property. bench/hosts.mjs builds it with esbuild, Vite and webpack and weighs the output.
import {
  PixAbandonReason,
  PixCandidateReport,
  PixFinaliseWizard,
  PixSessionDetails,
  PixSessionForm,
  PixStudentEnrolment,
} from 'pix-certif-elements';

const session = {
  id: 561,
  address: 'Centre de Paris',
  room: 'Salle 12',
  examiner: 'Mme Martin',
  date: '2026-06-15',
  time: '14:00',
  accessCode: 'ABC123',
  status: 'created',
};

const reason = new PixAbandonReason();
reason.value = 'technical';
const report = new PixCandidateReport();
report.report = { certificationCourseId: 1, firstName: 'Ada', lastName: 'Lovelace', isCompleted: true };
const wizard = new PixFinaliseWizard();
wizard.session = session;
const details = new PixSessionDetails();
details.session = session;
const form = new PixSessionForm();
form.session = session;
const enrolment = new PixStudentEnrolment();
enrolment.students = [];

document.body.append(reason, report, wizard, details, form, enrolment);
