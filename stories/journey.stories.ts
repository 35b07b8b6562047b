import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render, type TemplateResult } from 'lit';
import '../src/index.js';
import type { PixFinaliseEvent, PixDocumentsSubmitEvent } from '../src/events/finalisation-events.js';
import type { PixSessionSubmitEvent, PixStudentsEnrolEvent } from '../src/events/session-events.js';
import type { PixIssueReportAddEvent, PixIssueReportRemoveEvent } from '../src/events/issue-report-events.js';
import type { PixSessionDeleteEvent } from '../src/events/session-list-events.js';
import type { SessionSummary } from '../src/state/schemas.js';

/**
 * The whole journey of a session, as a school administrator lives it: from the centre's list of
 * sessions, create the session, see
 * its details, enrol pupils, let them pass the test (simulated), then finalise. The story plays
 * the host: it keeps the data and answers every hand-over after a short delay.
 */
type Step = 'list' | 'create' | 'details' | 'edit' | 'enrol' | 'finalise';

function journey(container: HTMLElement, edition: '2021' | 'current'): void {
  const today = new Date();
  const iso = (date: Date) =>
    `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  const students = Array.from({ length: 24 }, (_, index) => ({
    id: 300 + index,
    firstName: ['Léa', 'Hugo', 'Chloé', 'Louis', 'Inès', 'Jules'][index % 6]!,
    lastName: ['Martin', 'Bernard', 'Dubois', 'Thomas'][Math.floor(index / 6)]!,
    birthdate: `2011-0${(index % 9) + 1}-15`,
    division: ['3A', '3B'][index % 2]!,
    isEnrolled: false,
  }));
  let session: Record<string, unknown> | null = null;
  let candidates: Array<Record<string, unknown>> = [];
  let reports: Array<{
    certificationCourseId: number;
    firstName: string;
    lastName: string;
    isCompleted: boolean;
    issueReports: unknown[];
  }> = [];
  let step = 'list' as Step;
  const later = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 500));

  const go = (next: Step) => {
    step = next;
    update();
  };

  const simulate = () => {
    reports = candidates.map((candidate, index) => ({
      certificationCourseId: 9000 + Number(candidate['id']),
      firstName: String(candidate['firstName']),
      lastName: String(candidate['lastName']),
      isCompleted: index % 3 !== 0,
      issueReports: [],
    }));
    candidates = candidates.map((candidate) => ({ ...candidate, hasStarted: true }));
    update();
  };

  /** The centre's sessions, as the list shows them: the journey's one, once created. */
  const summaries = (): SessionSummary[] =>
    session
      ? [
          {
            id: Number(session['id']),
            address: String(session['address']),
            room: String(session['room']),
            date: String(session['date']),
            time: String(session['time']),
            examiner: String(session['examiner']),
            enrolledCandidatesCount: candidates.length,
            effectiveCandidatesCount: reports.length,
            status: session['status'] as SessionSummary['status'],
          },
        ]
      : [];

  const views: Record<Step, () => TemplateResult> = {
    list: () => html`<pix-session-list
      heading-level="2"
      .sessions=${summaries()}
      @pix-session-delete=${(event: PixSessionDeleteEvent) =>
        event.respondWith(
          later(undefined).then(() => {
            session = null;
            candidates = [];
            reports = [];
            for (const student of students) student.isEnrolled = false;
          }),
        )}
    ></pix-session-list>`,
    create: () => html`<pix-session-form
      heading-level="2"
      today=${iso(today)}
      @pix-cancel=${() => go('list')}
      @pix-session-submit=${(event: PixSessionSubmitEvent) =>
        event.respondWith(
          later(undefined).then(() => {
            session = {
              ...event.detail.session,
              id: 777,
              accessCode: 'BCDF23',
              status: 'created',
              certificationCenterName: 'Collège Anne Frank',
              version: 2,
            };
            setTimeout(() => go('details'), 400);
          }),
        )}
    ></pix-session-form>`,
    edit: () => html`<pix-session-form
      heading-level="2"
      today=${iso(today)}
      .session=${session}
      @pix-session-submit=${(event: PixSessionSubmitEvent) =>
        event.respondWith(
          later(undefined).then(() => {
            session = { ...session, ...event.detail.session };
            setTimeout(() => go('details'), 400);
          }),
        )}
      @pix-cancel=${() => go('details')}
    ></pix-session-form>`,
    details: () => html`<pix-session-details
        heading-level="2"
        .session=${session}
        .candidates=${candidates}
        .reports=${reports}
        @pix-session-edit=${() => go('edit')}
        @pix-session-finalise-request=${() => go('finalise')}
      ></pix-session-details>
      <p class="journey-actions">
        <button type="button" @click=${() => go('list')}>Liste des sessions</button>
        <button type="button" @click=${() => go('enrol')}>Inscrire des élèves</button>
        <button type="button" ?disabled=${candidates.length === 0} @click=${simulate}>Simuler le passage des candidats</button>
      </p>`,
    enrol: () => html`<pix-student-enrolment
      heading-level="2"
      .session=${session}
      .students=${students}
      @pix-cancel=${() => go('details')}
      @pix-students-enrol=${(event: PixStudentsEnrolEvent) =>
        event.respondWith(
          later(undefined).then(() => {
            for (const id of event.detail.studentIds) {
              const student = students.find((item) => item.id === id)!;
              student.isEnrolled = true;
              candidates.push({ ...student, hasStarted: false });
            }
            setTimeout(() => go('details'), 600);
          }),
        )}
    ></pix-student-enrolment>`,
    finalise: () => html`<pix-finalise-wizard
      heading-level="2"
      .session=${session}
      .reports=${reports}
      @pix-issue-report-add=${(event: PixIssueReportAddEvent) => {
        const report = reports.find((item) => item.certificationCourseId === event.detail.certificationCourseId);
        report?.issueReports.push(event.detail.issueReport);
      }}
      @pix-issue-report-remove=${(event: PixIssueReportRemoveEvent) => {
        const report = reports.find((item) => item.certificationCourseId === event.detail.certificationCourseId);
        report?.issueReports.splice(event.detail.index, 1);
      }}
      @pix-documents-submit=${(event: PixDocumentsSubmitEvent) => event.respondWith(later(undefined))}
      @pix-finalise=${(event: PixFinaliseEvent) =>
        event.respondWith(
          later(undefined).then(() => {
            session = { ...session, status: 'finalized' };
          }),
        )}
    ></pix-finalise-wizard>`,
  };

  const update = () =>
    render(
      html`<style>
          .journey-nav ol { display: flex; flex-wrap: wrap; gap: 1rem; margin: 0 0 1.5rem; padding: 0; list-style: none; font-family: Roboto, Arial, sans-serif; }
          .journey-nav li { padding: 0.25rem 0.75rem; border-radius: 1rem; background: #f4f5f7; color: #253858; }
          .journey-nav li[aria-current='step'] { background: #613fdd; color: #fff; font-weight: 700; }
          .journey-actions { display: flex; gap: 1rem; margin-top: 1.5rem; }
          .journey-actions button { min-height: 2.5rem; padding: 0 1.5rem; font: inherit; }
        </style>
        <nav aria-label="Parcours" class="journey-nav">
          <ol>
            ${(['list', 'create', 'details', 'enrol', 'finalise'] as const).map(
              (name, index) => html`<li aria-current=${step === name ? 'step' : 'false'}>
                ${index + 1}. ${{ list: 'Sessions', create: 'Créer la session', details: 'Détails', enrol: 'Inscrire les élèves', finalise: 'Finaliser' }[name]}
              </li>`,
            )}
          </ol>
        </nav>
        <pix-certif-context edition=${edition}>${views[step]()}</pix-certif-context>`,
      container,
    );
  // Edition "current" has ways back ("Retour à la session", "Revenir à la liste des sessions"):
  // the host decides where they lead.
  container.addEventListener('pix-navigate', (event) => {
    const to = (event as CustomEvent<{ to: string }>).detail.to;
    const next = (
      { 'session-list': 'list', 'session-details': 'details', 'student-enrolment': 'enrol', 'session-create': 'create' } as Record<
        string,
        Step
      >
    )[to];
    if (next && (session || next === 'list' || next === 'create')) go(next);
  });
  container.addEventListener('pix-invigilator-kit-download', () => undefined);
  update();
}

const meta: Meta = {
  title: 'Parcours complet',
  parameters: { layout: 'padded' },
};
export default meta;

export const ParcoursComplet: StoryObj = {
  name: 'Parcours complet : de la création à la finalisation',
  render: () => {
    const container = document.createElement('div');
    journey(container, '2021');
    return container;
  },
};

export const ParcoursCompletPixCertifToday: StoryObj = {
  name: "Parcours complet, Pix Certif aujourd'hui (édition current)",
  render: () => {
    const container = document.createElement('div');
    journey(container, 'current');
    return container;
  },
};
