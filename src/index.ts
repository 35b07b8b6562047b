/**
 * `pix-certif-elements`: registers every element and re-exports the public types, events and
 * the state layer.
 */
// Like with like, for the host's bundler, which lays modules out in this order: the state layer,
// the texts, the style sheets, then the elements (gzip finds repeats only within 32 kB; about
// 1.7 kB less min+gzip with esbuild and Vite). As in src/bundle.ts.
import './state/catalogues.js';
import './state/finalisation.js';
import './state/session.js';
import './state/enrolment.js';
import './state/enrolment-refresh.js';
import './state/paging.js';
import './state/documents.js';
import './state/session-details.js';
import './state/session-list.js';
import './state/handover.js';
import './state/names.js';
import './state/invigilator.js';
import './internal/common.messages.js';
import './state/messages.js';
import './components/abandon-reason/abandon-reason.messages.js';
import './components/candidate-report/candidate-report.messages.js';
import './components/finalise-wizard/finalise-wizard.messages.js';
import './components/finalise-wizard/current-page.messages.js';
import './components/finalise-wizard/documents-step.messages.js';
import './components/session-details/session-details.messages.js';
import './components/session-form/session-form.messages.js';
import './components/student-enrolment/student-enrolment.messages.js';
import './components/session-list/session-list.messages.js';
import './components/invigilator-space/invigilator-space.messages.js';
import './internal/styles.js';
import './components/candidate-report/candidate-report.styles.js';
import './components/finalise-wizard/finalise-wizard.styles.js';
import './components/session-details/session-details.styles.js';
import './components/session-form/session-form.styles.js';
import './components/student-enrolment/student-enrolment.styles.js';
import './components/session-list/session-list.styles.js';
import './components/invigilator-space/invigilator-space.styles.js';
import './define/pix-certif-context.js';
import './define/pix-abandon-reason.js';
import './define/pix-candidate-report.js';
import './define/pix-finalise-wizard.js';
import './define/pix-session-details.js';
import './define/pix-session-form.js';
import './define/pix-student-enrolment.js';
import './define/pix-session-list.js';
import './define/pix-invigilator-space.js';

export { PixCertifContext } from './components/certif-context/certif-context.js';
export { PixAbandonReason } from './components/abandon-reason/abandon-reason.js';
export { PixCandidateReport } from './components/candidate-report/candidate-report.js';
export { PixFinaliseWizard } from './components/finalise-wizard/finalise-wizard.js';
export { PixSessionDetails } from './components/session-details/session-details.js';
export { PixSessionForm } from './components/session-form/session-form.js';
export { PixStudentEnrolment } from './components/student-enrolment/student-enrolment.js';
export { PixSessionList } from './components/session-list/session-list.js';
export { PixInvigilatorSpace } from './components/invigilator-space/invigilator-space.js';
export * from './events/session-events.js';
export * from './events/issue-report-events.js';
export * from './events/handover-event.js';
export * from './events/finalisation-events.js';
export * from './events/native-events.js';
export * from './events/navigate-events.js';
export * from './events/session-list-events.js';
export * from './events/invigilator-events.js';
export * from './events/candidate-events.js';
export * from './state/index.js';
