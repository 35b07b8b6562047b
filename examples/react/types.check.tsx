// Compile-time checks of pix-certif-elements/jsx (run by `npm run examples:typecheck`, never
// executed): each `@ts-expect-error` line must stay an error, or the check fails.
import type { CertificationReport, PixDraftChangeEvent, PixFinaliseEvent, Session } from 'pix-certif-elements';
import type {} from 'pix-certif-elements/jsx';

declare const session: Session;
declare const reports: CertificationReport[];
declare const onFinalise: (event: PixFinaliseEvent) => void;
declare const onDraftChange: (event: PixDraftChangeEvent) => void;

export const accepted = [
  <pix-finalise-wizard
    session={session}
    reports={reports}
    catalogue="2022"
    noEndScreenCheck
    headingLevel={2}
    onpix-finalise={(event) => event.respondWith(Promise.resolve(event.detail.sessionId))}
    onpix-draft-change={onDraftChange}
    className="host"
  />,
  <pix-abandon-reason value="technical" onchange={(event) => event.currentTarget} />,
  <pix-candidate-report report={reports[0]} onclose={() => {}} onpix-issue-report-add={(event) => event.detail.issueReport.category} />,
  <pix-session-details session={session} onpix-session-edit={(event) => event.detail.sessionId} />,
];

export const refused = [
  // @ts-expect-error a session is not a list of reports
  <pix-finalise-wizard reports={session} />,
  // @ts-expect-error headingLevel is a number
  <pix-finalise-wizard headingLevel="2" />,
  // @ts-expect-error an unknown catalogue object
  <pix-finalise-wizard catalogue={{ id: 1 }} />,
  // @ts-expect-error pix-finalise's listener receives a PixFinaliseEvent, not a draft change
  <pix-finalise-wizard onpix-finalise={onDraftChange} />,
  // @ts-expect-error pix-draft-change's listener receives a PixDraftChangeEvent
  <pix-finalise-wizard onpix-draft-change={onFinalise} />,
  // @ts-expect-error the payload has sessionId, not sessionid
  <pix-finalise-wizard onpix-finalise={(event) => event.detail.sessionid} />,
  // @ts-expect-error a draft change has no respondWith
  <pix-finalise-wizard onpix-draft-change={(event) => event.respondWith(Promise.resolve())} />,
  // @ts-expect-error not an abandonment reason
  <pix-abandon-reason value="other" />,
  // @ts-expect-error an unknown property (camelCase names are checked)
  <pix-finalise-wizard persistDrafts />,
];
