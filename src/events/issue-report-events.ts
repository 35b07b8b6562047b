import type { IssueReport } from '../state/schemas.js';

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

/** A valid issue report was entered for a candidate. Cancelable: `preventDefault()` keeps it out of the list. */
export class PixIssueReportAddEvent extends CustomEvent<IssueReportAddDetail> {
  static readonly type = 'pix-issue-report-add';
  constructor(detail: IssueReportAddDetail) {
    super(PixIssueReportAddEvent.type, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

/** A candidate's issue report was deleted. Cancelable: `preventDefault()` keeps it in the list. */
export class PixIssueReportRemoveEvent extends CustomEvent<IssueReportRemoveDetail> {
  static readonly type = 'pix-issue-report-remove';
  constructor(detail: IssueReportRemoveDetail) {
    super(PixIssueReportRemoveEvent.type, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pix-issue-report-add': PixIssueReportAddEvent;
    'pix-issue-report-remove': PixIssueReportRemoveEvent;
  }
}
