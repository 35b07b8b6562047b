import type { IssueReport } from '../state/schemas.js';
import { PixHandoverEvent } from './handover-event.js';

export interface IssueReportAddDetail {
  certificationCourseId: number;
  issueReport: IssueReport;
}

export interface IssueReportRemoveDetail {
  certificationCourseId: number;
  issueReport: IssueReport;
  /** The report's position in the candidate's list before it was removed. */
  index: number;
}

/**
 * A valid issue report was entered for a candidate. Cancelable: `preventDefault()` keeps it out
 * of the list. A host that saves it at once calls `respondWith(promise)`: the dialog waits, and
 * a rejection keeps the report out, with a message; without a call it counts as accepted.
 */
export class PixIssueReportAddEvent extends PixHandoverEvent<IssueReportAddDetail> {
  static readonly type = 'pix-issue-report-add';
  constructor(detail: IssueReportAddDetail) {
    super(PixIssueReportAddEvent.type, detail, { cancelable: true });
  }
}

/**
 * A candidate's issue report was deleted. Cancelable: `preventDefault()` keeps it in the list. A
 * host that deletes it at once calls `respondWith(promise)`: the dialog waits, and a rejection
 * keeps the report, with a message; without a call it counts as accepted.
 */
export class PixIssueReportRemoveEvent extends PixHandoverEvent<IssueReportRemoveDetail> {
  static readonly type = 'pix-issue-report-remove';
  constructor(detail: IssueReportRemoveDetail) {
    super(PixIssueReportRemoveEvent.type, detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pix-issue-report-add': PixIssueReportAddEvent;
    'pix-issue-report-remove': PixIssueReportRemoveEvent;
  }
}
