// A host's TypeScript against the built package (`npm run test:types`, never executed): the
// right assignments and listeners compile, and each `@ts-expect-error` line must stay an error
// (an expected error that no longer happens fails the check too).
import 'pix-certif-elements';
import {
  CATALOGUE_2022,
  type AbortReason,
  type Candidate,
  type CertificationReport,
  type FinalisationDraft,
  type PixAbandonReasonChangeEvent,
  type PixCandidateReportCloseEvent,
  type PixFinaliseWizard,
  type Session,
  type Student,
} from 'pix-certif-elements';
import type * as State from 'pix-certif-elements/state';
import { PixFinaliseWizard as DefinedWizard } from 'pix-certif-elements/define/pix-finalise-wizard.js';
import type { PixCandidateReport } from 'pix-certif-elements/define/pix-candidate-report';

declare function loadSession(): Promise<Session>;
declare function send(detail: unknown): Promise<Response>;
/** A thenable that is not a Promise (an older HTTP client's request, say). */
declare function legacySend(detail: unknown): PromiseLike<void>;

// The contract's shapes are the same types from both entries.
export const sameTypes: [
  State.Session,
  State.CertificationReport,
  State.Candidate,
  State.Student,
  State.Catalogue,
  State.FinalisationDraft,
  Session,
  CertificationReport,
] = [
  {} as Session,
  {} as CertificationReport,
  {} as Candidate,
  {} as Student,
  CATALOGUE_2022,
  {} as FinalisationDraft,
  {} as State.Session,
  {} as State.CertificationReport,
];

const session: Session = {
  id: 561,
  address: 'Collège Anne Frank',
  room: 'Salle 208',
  examiner: 'Paul Eluard',
  date: '2021-01-18',
  time: '09:00',
  accessCode: 'ABC123',
  status: 'created',
};
const reports: CertificationReport[] = [
  { certificationCourseId: 1199, firstName: 'Marion', lastName: 'Cotillon', isCompleted: false, abortReason: 'candidate' },
  {
    certificationCourseId: 1200,
    firstName: 'Sophie',
    lastName: 'Marteau',
    isCompleted: true,
    hasSeenEndTestScreen: true,
    issueReports: [{ category: 'OTHER', subcategory: null, description: 'Panne de courant', questionNumber: null }],
  },
];
const students: Student[] = [{ id: 1, firstName: 'Ada', lastName: 'Lovelace', birthdate: '2008-12-10', division: '3A', isEnrolled: false }];
const candidates: Candidate[] = [{ id: 1, firstName: 'Ada', lastName: 'Lovelace', birthdate: '2008-12-10' }];

// --- the elements, found as a host finds them ------------------------------------------------

const wizard = document.querySelector('pix-finalise-wizard')!;
const definedWizard: DefinedWizard = wizard;
const dialog: PixCandidateReport = document.createElement('pix-candidate-report');
const reason = document.createElement('pix-abandon-reason');
const details = document.createElement('pix-session-details');
const form = document.createElement('pix-session-form');
const enrolment = document.createElement('pix-student-enrolment');

// --- right assignments compile -------------------------------------------------------------

wizard.session = session;
wizard.session = { ...session, description: null, version: 3, certificationCenterName: 'Collège Anne Frank' };
wizard.reports = reports;
wizard.reports = Object.freeze([...reports]);
wizard.reports = undefined;
wizard.catalogue = '2022';
wizard.catalogue = CATALOGUE_2022;
wizard.draft = null;
wizard.endScreenCheck = false;
definedWizard.persistDraft = true;
dialog.report = reports[0];
dialog.catalogue = '2021';
details.session = session;
details.candidates = candidates;
details.candidates = [
  {
    id: 1,
    firstName: 'Ada',
    lastName: 'Lovelace',
    birthdate: '2008-12-10',
    extraTimePercentage: 0.3,
    isLinked: false,
    subscription: 'CLEA',
  },
];
details.reports = reports;
form.session = session;
form.session = null;
enrolment.session = session;
enrolment.students = students;
reason.value = 'technical';
reason.value = '';
void loadSession().then((loaded) => (wizard.session = loaded));

// --- wrong assignments fail ----------------------------------------------------------------

// @ts-expect-error a session is an object, not a number
wizard.session = 42;
// @ts-expect-error a session's status is one of four
wizard.session = { ...session, status: 'open' };
// @ts-expect-error a session's id is a number
details.session = { ...session, id: '561' };
// @ts-expect-error a session is not a list of reports
wizard.reports = session;
// @ts-expect-error a report needs its certification number
wizard.reports = [{ firstName: 'Marion', lastName: 'Cotillon', isCompleted: false }];
// @ts-expect-error isCompleted is a boolean
wizard.reports = [{ certificationCourseId: 1199, firstName: 'Marion', lastName: 'Cotillon', isCompleted: 'no' }];
// @ts-expect-error not an abandonment reason
wizard.reports = [{ certificationCourseId: 1199, firstName: 'Marion', lastName: 'Cotillon', isCompleted: false, abortReason: 'bored' }];
// @ts-expect-error the dialog takes one report, not a list
dialog.report = reports;
// @ts-expect-error a catalogue object has categories
wizard.catalogue = { id: 'mine' };
// @ts-expect-error a draft is the whole of what pix-draft-change gives
wizard.draft = { sessionId: 561 };
// @ts-expect-error a candidate has a birthdate
details.candidates = [{ id: 1, firstName: 'Ada', lastName: 'Lovelace' }];
// @ts-expect-error not a subscription of Pix
details.candidates = [{ id: 1, firstName: 'Ada', lastName: 'Lovelace', birthdate: '2008-12-10', subscription: 'PIX_PLUS' }];
// @ts-expect-error pupils are a list
enrolment.students = students[0];
// @ts-expect-error a pupil's class is text
enrolment.students = [{ ...students[0]!, division: 3 }];
// @ts-expect-error not an abandonment reason
reason.value = 'other';

// --- events ----------------------------------------------------------------------------------

wizard.addEventListener('pix-finalise', (event) => {
  const sessionId: number = event.detail.sessionId;
  const comment: string | null = event.detail.examinerGlobalComment;
  const flags: [boolean, boolean] = [event.detail.hasIncident, event.detail.hasJoiningIssue];
  event.respondWith(send({ sessionId, comment, flags }));
});
wizard.addEventListener('pix-navigate', (event) => {
  const to: 'session-list' | 'session-details' | 'session-create' | 'student-enrolment' = event.detail.to;
  const sessionId: number | null = event.detail.sessionId;
  // @ts-expect-error the session id may be null (the list, a creation)
  const always: number = event.detail.sessionId;
  return [to, sessionId, always];
});
wizard.addEventListener('pix-draft-change', (event) => {
  wizard.draft = event.detail; // what pix-draft-change gives goes back through .draft
});
wizard.addEventListener('pix-issue-report-add', (event) => event.detail.issueReport.category);
form.addEventListener('pix-session-submit', (event) => {
  const description: string | null = event.detail.session.description;
  event.respondWith(send(description));
});
document.addEventListener('pix-students-enrol', (event) => event.respondWith(send(event.detail.studentIds)));
details.addEventListener('pix-session-edit', (event) => event.detail.sessionId);
details.addEventListener('pix-candidate-delete', (event) => event.respondWith(send([event.detail.sessionId, event.detail.candidateId])));
details.addEventListener('pix-candidate-update', (event) => {
  const needed: boolean = event.detail.accessibilityAdjustmentNeeded;
  event.respondWith(send([event.detail.candidateId, Number(needed)]));
});

// respondWith takes any thenable, not only a Promise.
wizard.addEventListener('pix-finalise', (event) => event.respondWith(legacySend(event.detail)));

// `change` and `close` are typed on their elements.
reason.addEventListener('change', (event) => {
  const chosen: AbortReason | '' = event.value;
  const same: PixAbandonReasonChangeEvent = event;
  return [chosen, same];
});
reason.addEventListener('change', function () {
  return this.value satisfies AbortReason | '';
});
dialog.addEventListener('close', (event) => {
  const closed: PixCandidateReportCloseEvent = event;
  return closed;
});
dialog.addEventListener('close', function () {
  this.show(); // `this` is the dialog element
});
reason.removeEventListener('change', (event) => event.value);

// @ts-expect-error a misspelt event name: its listener gets a plain Event, without detail
wizard.addEventListener('pix-finalize', (event) => event.detail.sessionId);
// @ts-expect-error the payload has sessionId, not sessionID
wizard.addEventListener('pix-finalise', (event) => event.detail.sessionID);
// @ts-expect-error the pupils are studentIds, not studentIDs
enrolment.addEventListener('pix-students-enrol', (event) => event.detail.studentIDs);
// @ts-expect-error respondWith takes a promise (or any thenable), not a value
wizard.addEventListener('pix-finalise', (event) => event.respondWith(event.detail));
// @ts-expect-error a draft change is not handed over: no respondWith
wizard.addEventListener('pix-draft-change', (event) => event.respondWith(Promise.resolve()));
// @ts-expect-error a listener for pix-finalise on pix-draft-change
wizard.addEventListener('pix-draft-change', (event: HTMLElementEventMap['pix-finalise']) => event.respondWith(send(null)));
// @ts-expect-error the reason is text, not a number
reason.addEventListener('change', (event) => event.value.toFixed());

// The editions and the shared settings.
wizard.edition = 'current';
wizard.edition = '2021';
wizard.edition = undefined;
reason.edition = 'current';
const context = document.createElement('pix-certif-context');
context.edition = 'current';
context.catalogue = CATALOGUE_2022;
context.timeout = 20000;
context.now = '2026-01-12T16:30';
export const edition: State.Edition = wizard.edition ?? 'current';
// @ts-expect-error an edition is "2021" or "current"
wizard.edition = '2022';
// @ts-expect-error the context's timeout is a number of milliseconds
context.timeout = '20s';

export type { PixFinaliseWizard };
