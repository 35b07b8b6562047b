/**
 * `pix-certif-elements/react`: a React component for each element, made with `@lit/react`.
 * Objects and arrays go in as properties (React 18 would set them as attributes, as the string
 * "[object Object]") and each event comes out as an `onPix…` prop taking its typed event (React
 * 18 does not listen to custom events). React 19 handles custom elements itself: there the
 * wrappers are optional, a matter of taste (`onPixFinalise` rather than `onpix-finalise`).
 * Importing this module registers the elements. Prop types come from the element classes.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { PixAbandonReason } from './define/pix-abandon-reason.js';
import { PixCertifContext } from './define/pix-certif-context.js';
import { PixCandidateReport } from './define/pix-candidate-report.js';
import { PixFinaliseWizard } from './define/pix-finalise-wizard.js';
import { PixSessionDetails } from './define/pix-session-details.js';
import { PixSessionForm } from './define/pix-session-form.js';
import { PixStudentEnrolment } from './define/pix-student-enrolment.js';
import { PixSessionList } from './define/pix-session-list.js';
import { PixInvigilatorSpace } from './define/pix-invigilator-space.js';
import type { PixDocumentsSubmitEvent, PixDraftChangeEvent, PixFinaliseEvent } from './events/finalisation-events.js';
import type { PixAbandonReasonChangeEvent, PixCandidateReportCloseEvent } from './events/native-events.js';
import type { PixIssueReportAddEvent, PixIssueReportRemoveEvent } from './events/issue-report-events.js';
import type { PixNavigateEvent } from './events/navigate-events.js';
import type {
  PixAttendanceSheetDownloadEvent,
  PixCancelEvent,
  PixInvigilatorKitDownloadEvent,
  PixSessionEditEvent,
  PixSessionFinaliseRequestEvent,
  PixSessionSubmitEvent,
  PixStudentsEnrolEvent,
} from './events/session-events.js';
import type { PixListChangeEvent, PixSessionDeleteEvent } from './events/session-list-events.js';
import type { PixCandidateDeleteEvent, PixCandidateUpdateEvent } from './events/candidate-events.js';
import type {
  PixCandidateAuthorizeEvent,
  PixCandidateEndEvent,
  PixCandidateResumeEvent,
  PixCompanionAlertClearEvent,
  PixInvigilatorExitEvent,
  PixInvigilatorLoginEvent,
  PixLiveAlertDismissEvent,
  PixLiveAlertValidateEvent,
} from './events/invigilator-events.js';

export type { EventName, ReactWebComponent } from '@lit/react';

const issueReportEvents = {
  onPixIssueReportAdd: 'pix-issue-report-add' as EventName<PixIssueReportAddEvent>,
  onPixIssueReportRemove: 'pix-issue-report-remove' as EventName<PixIssueReportRemoveEvent>,
};

/** `<pix-certif-context>`: `edition`, `catalogue`, `now` and `timeout` for every element inside it. */
export const CertifContext = createComponent({
  react: React,
  tagName: 'pix-certif-context',
  elementClass: PixCertifContext,
  displayName: 'CertifContext',
});

/** `<pix-finalise-wizard>`: call `event.respondWith(promise)` synchronously in `onPixFinalise` and `onPixDocumentsSubmit`. */
export const FinaliseWizard = createComponent({
  react: React,
  tagName: 'pix-finalise-wizard',
  elementClass: PixFinaliseWizard,
  displayName: 'FinaliseWizard',
  events: {
    onPixFinalise: 'pix-finalise' as EventName<PixFinaliseEvent>,
    onPixDraftChange: 'pix-draft-change' as EventName<PixDraftChangeEvent>,
    onPixDocumentsSubmit: 'pix-documents-submit' as EventName<PixDocumentsSubmitEvent>,
    onPixNavigate: 'pix-navigate' as EventName<PixNavigateEvent>,
    ...issueReportEvents,
  },
});

/** `<pix-candidate-report>`: `onClose` when its dialog has closed and focus went back. */
export const CandidateReport = createComponent({
  react: React,
  tagName: 'pix-candidate-report',
  elementClass: PixCandidateReport,
  displayName: 'CandidateReport',
  events: {
    ...issueReportEvents,
    onClose: 'close' as EventName<PixCandidateReportCloseEvent>,
  },
});

/** `<pix-abandon-reason>`: `onChange` gets the element's own `change` event; the reason is its `value`. */
export const AbandonReason = createComponent({
  react: React,
  tagName: 'pix-abandon-reason',
  elementClass: PixAbandonReason,
  displayName: 'AbandonReason',
  events: {
    onChange: 'change' as EventName<PixAbandonReasonChangeEvent>,
  },
});

/** `<pix-session-details>`: call `event.respondWith(promise)` synchronously in `onPixCandidateDelete` and `onPixCandidateUpdate` (edition "current"). */
export const SessionDetails = createComponent({
  react: React,
  tagName: 'pix-session-details',
  elementClass: PixSessionDetails,
  displayName: 'SessionDetails',
  events: {
    onPixSessionEdit: 'pix-session-edit' as EventName<PixSessionEditEvent>,
    onPixSessionFinaliseRequest: 'pix-session-finalise-request' as EventName<PixSessionFinaliseRequestEvent>,
    onPixAttendanceSheetDownload: 'pix-attendance-sheet-download' as EventName<PixAttendanceSheetDownloadEvent>,
    onPixInvigilatorKitDownload: 'pix-invigilator-kit-download' as EventName<PixInvigilatorKitDownloadEvent>,
    onPixNavigate: 'pix-navigate' as EventName<PixNavigateEvent>,
    onPixCandidateDelete: 'pix-candidate-delete' as EventName<PixCandidateDeleteEvent>,
    onPixCandidateUpdate: 'pix-candidate-update' as EventName<PixCandidateUpdateEvent>,
  },
});

/** `<pix-session-form>`: call `event.respondWith(promise)` synchronously in `onPixSessionSubmit`. */
export const SessionForm = createComponent({
  react: React,
  tagName: 'pix-session-form',
  elementClass: PixSessionForm,
  displayName: 'SessionForm',
  events: {
    onPixSessionSubmit: 'pix-session-submit' as EventName<PixSessionSubmitEvent>,
    onPixCancel: 'pix-cancel' as EventName<PixCancelEvent>,
    onPixNavigate: 'pix-navigate' as EventName<PixNavigateEvent>,
  },
});

/** `<pix-student-enrolment>`: call `event.respondWith(promise)` synchronously in `onPixStudentsEnrol`. */
export const StudentEnrolment = createComponent({
  react: React,
  tagName: 'pix-student-enrolment',
  elementClass: PixStudentEnrolment,
  displayName: 'StudentEnrolment',
  events: {
    onPixStudentsEnrol: 'pix-students-enrol' as EventName<PixStudentsEnrolEvent>,
    onPixCancel: 'pix-cancel' as EventName<PixCancelEvent>,
    onPixNavigate: 'pix-navigate' as EventName<PixNavigateEvent>,
  },
});

/** `<pix-session-list>`: call `event.respondWith(promise)` synchronously in `onPixSessionDelete`. */
export const SessionList = createComponent({
  react: React,
  tagName: 'pix-session-list',
  elementClass: PixSessionList,
  displayName: 'SessionList',
  events: {
    onPixNavigate: 'pix-navigate' as EventName<PixNavigateEvent>,
    onPixListChange: 'pix-list-change' as EventName<PixListChangeEvent>,
    onPixSessionDelete: 'pix-session-delete' as EventName<PixSessionDeleteEvent>,
  },
});

/** `<pix-invigilator-space>`: call `event.respondWith(promise)` synchronously in each hand-over's `onPix…` (all but the kit and the exit). */
export const InvigilatorSpace = createComponent({
  react: React,
  tagName: 'pix-invigilator-space',
  elementClass: PixInvigilatorSpace,
  displayName: 'InvigilatorSpace',
  events: {
    onPixInvigilatorLogin: 'pix-invigilator-login' as EventName<PixInvigilatorLoginEvent>,
    onPixInvigilatorKitDownload: 'pix-invigilator-kit-download' as EventName<PixInvigilatorKitDownloadEvent>,
    onPixInvigilatorExit: 'pix-invigilator-exit' as EventName<PixInvigilatorExitEvent>,
    onPixCandidateAuthorize: 'pix-candidate-authorize' as EventName<PixCandidateAuthorizeEvent>,
    onPixCandidateResume: 'pix-candidate-resume' as EventName<PixCandidateResumeEvent>,
    onPixCandidateEnd: 'pix-candidate-end' as EventName<PixCandidateEndEvent>,
    onPixLiveAlertValidate: 'pix-live-alert-validate' as EventName<PixLiveAlertValidateEvent>,
    onPixLiveAlertDismiss: 'pix-live-alert-dismiss' as EventName<PixLiveAlertDismissEvent>,
    onPixCompanionAlertClear: 'pix-companion-alert-clear' as EventName<PixCompanionAlertClearEvent>,
  },
});

/** The props of each wrapper: the element's properties, React's HTML attributes and the `on…` event props. */
export type FinaliseWizardProps = React.ComponentProps<typeof FinaliseWizard>;
export type CandidateReportProps = React.ComponentProps<typeof CandidateReport>;
export type AbandonReasonProps = React.ComponentProps<typeof AbandonReason>;
export type SessionDetailsProps = React.ComponentProps<typeof SessionDetails>;
export type SessionFormProps = React.ComponentProps<typeof SessionForm>;
export type StudentEnrolmentProps = React.ComponentProps<typeof StudentEnrolment>;
export type SessionListProps = React.ComponentProps<typeof SessionList>;
export type InvigilatorSpaceProps = React.ComponentProps<typeof InvigilatorSpace>;
