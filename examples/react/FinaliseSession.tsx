// A React 19 host for <pix-finalise-wizard>: React sets `session` and `reports` as properties
// and `onpix-…` props listen to the element's events, typed by pix-certif-elements/jsx.
import { useState } from 'react';
import 'pix-certif-elements/define/pix-finalise-wizard.js'; // defined before React renders it
import type {
  CertificationReport,
  FinalisationDraft,
  FinalisationPayload,
  PixDraftChangeEvent,
  PixFinaliseEvent,
  Session,
} from 'pix-certif-elements';
import type {} from 'pix-certif-elements/jsx'; // the JSX types of the pix-* tags

export interface FinaliseSessionProps {
  session: Session;
  reports: CertificationReport[];
  /** The host's call to its API: resolves when the session is finalised, rejects with `{ code }` or `{ message }`. */
  finaliseSession: (payload: FinalisationPayload) => Promise<unknown>;
  /** Where the host keeps the draft (here: state; a real host would store it). */
  initialDraft?: FinalisationDraft | null;
}

export function FinaliseSession({ session, reports, finaliseSession, initialDraft = null }: FinaliseSessionProps) {
  const [draft, setDraft] = useState<FinalisationDraft | null>(initialDraft);
  const [finalised, setFinalised] = useState<FinalisationPayload | null>(null);

  function onFinalise(event: PixFinaliseEvent) {
    const payload = event.detail; // FinalisationPayload, validated by the element
    event.respondWith(finaliseSession(payload).then(() => setFinalised(payload)));
  }

  function onDraftChange(event: PixDraftChangeEvent) {
    setDraft(event.detail); // plain JSON: store it as it is, give it back through `draft`
  }

  return (
    <main>
      <pix-finalise-wizard
        session={session}
        reports={reports}
        draft={initialDraft}
        onpix-finalise={onFinalise}
        onpix-draft-change={onDraftChange}
      />
      <p role="status" className="host-status">
        {finalised
          ? `Session ${finalised.sessionId} finalisée : ${finalised.certificationReports.length} certifications transmises.`
          : draft
            ? `Brouillon de la session ${draft.sessionId} : ${draft.reports.filter((report) => report.abortReason).length} motif(s) d'abandon.`
            : 'Aucune modification.'}
      </p>
    </main>
  );
}
