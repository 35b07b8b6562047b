// Compile-time checks of pix-certif-elements/react (run by `npm run examples:typecheck`, never
// executed): each `@ts-expect-error` line must stay an error, or the check fails.
import {
  AbandonReason,
  CandidateReport,
  FinaliseWizard,
  SessionDetails,
  SessionForm,
  SessionList,
  StudentEnrolment,
} from 'pix-certif-elements/react';
import type { AbortReason, CertificationReport, PixDraftChangeEvent, PixFinaliseEvent, Session } from 'pix-certif-elements';

declare const session: Session;
declare const reports: CertificationReport[];
declare const onFinalise: (event: PixFinaliseEvent) => void;
declare const onDraftChange: (event: PixDraftChangeEvent) => void;

export const accepted = [
  <FinaliseWizard
    session={session}
    reports={reports}
    catalogue="2022"
    headingLevel={2}
    onPixFinalise={(event) => event.respondWith(Promise.resolve(event.detail.sessionId))}
    onPixDraftChange={onDraftChange}
    onPixIssueReportAdd={(event) => event.detail.issueReport.category}
    onPixIssueReportRemove={(event) => event.detail.index}
    onPixDocumentsSubmit={(event) => event.respondWith(Promise.resolve(event.detail.files.length))}
    className="host"
  />,
  <AbandonReason value="technical" onChange={(event) => event.value satisfies AbortReason | ''} />,
  <CandidateReport
    report={reports[0]}
    onClose={(event) => event.type satisfies string}
    onPixIssueReportRemove={(event) => event.detail.certificationCourseId}
  />,
  <SessionDetails
    session={session}
    onPixSessionEdit={(event) => event.detail.sessionId}
    onPixSessionFinaliseRequest={(event) => event.detail.sessionId}
    onPixAttendanceSheetDownload={(event) => event.detail.sessionId}
  />,
  <SessionForm
    onPixSessionSubmit={(event) => event.respondWith(Promise.resolve(event.detail.mode))}
    onPixCancel={(event) => event.detail.sessionId}
  />,
  <StudentEnrolment onPixStudentsEnrol={(event) => event.detail.studentIds.length} onPixCancel={() => {}} />,
  <SessionList
    pageSize={50}
    onPixNavigate={(event) => event.detail.to satisfies 'session-list' | 'session-details' | 'session-create' | 'student-enrolment'}
    onPixListChange={(event) => event.detail.filters.sessionId satisfies number | null}
    onPixSessionDelete={(event) => event.respondWith(Promise.resolve(event.detail.sessionId))}
  />,
];

export const refused = [
  // @ts-expect-error headingLevel is a number
  <FinaliseWizard headingLevel="2" />,
  // @ts-expect-error onPixFinalise receives a PixFinaliseEvent, not a draft change
  <FinaliseWizard onPixFinalise={onDraftChange} />,
  // @ts-expect-error onPixDraftChange receives a PixDraftChangeEvent
  <FinaliseWizard onPixDraftChange={onFinalise} />,
  // @ts-expect-error the payload has sessionId, not sessionid
  <FinaliseWizard onPixFinalise={(event) => event.detail.sessionid} />,
  // @ts-expect-error a draft change has no respondWith
  <FinaliseWizard onPixDraftChange={(event) => event.respondWith(Promise.resolve())} />,
  // @ts-expect-error the event props are camelCase: onPixFinalise
  <FinaliseWizard onpixfinalise={onFinalise} />,
  // @ts-expect-error the enrolment's detail has studentIds
  <StudentEnrolment onPixStudentsEnrol={(event) => event.detail.students} />,
  // @ts-expect-error a list change has no respondWith
  <SessionList onPixListChange={(event) => event.respondWith(Promise.resolve())} />,
];
