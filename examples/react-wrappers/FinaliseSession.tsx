// A React host for <pix-finalise-wizard> through `pix-certif-elements/react`: the same code runs
// with React 18 and React 19. The wrapper sets `session` and `reports` as properties and its
// `onPix…` props listen to the element's events, each typed with its event class.
import { useState } from 'react';
import { FinaliseWizard } from 'pix-certif-elements/react'; // registers the elements it wraps
import type {
  CertificationReport,
  FinalisationDraft,
  FinalisationPayload,
  PixDraftChangeEvent,
  PixFinaliseEvent,
  Session,
} from 'pix-certif-elements';

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
      <FinaliseWizard
        session={session}
        reports={reports}
        draft={initialDraft}
        onPixFinalise={onFinalise}
        onPixDraftChange={onDraftChange}
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
