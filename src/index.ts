/**
 * `pix-certif-elements`: registers every element and re-exports the public types, events and
 * the state layer.
 */
import './define/pix-abandon-reason.js';
import './define/pix-candidate-report.js';
import './define/pix-finalise-wizard.js';
import './define/pix-session-details.js';
import './define/pix-session-form.js';
import './define/pix-student-enrolment.js';

export { PixAbandonReason } from './components/abandon-reason/abandon-reason.js';
export { PixCandidateReport } from './components/candidate-report/candidate-report.js';
export { PixFinaliseWizard } from './components/finalise-wizard/finalise-wizard.js';
export { PixSessionDetails } from './components/session-details/session-details.js';
export { PixSessionForm } from './components/session-form/session-form.js';
export { PixStudentEnrolment } from './components/student-enrolment/student-enrolment.js';
export * from './events/session-events.js';
export * from './events/issue-report-events.js';
export * from './events/handover-event.js';
export * from './events/finalisation-events.js';
export * from './events/native-events.js';
export * from './state/index.js';
