// Compile-time checks of pix-certif-elements/vue (run by `npm run examples:typecheck`, never
// executed): what vue-tsc reads for a template's `<pix-finalise-wizard …>` is the `$props`
// and `$emit` of its GlobalComponents entry. Each `@ts-expect-error` line must stay an error.
import type { GlobalComponents } from 'vue';
import type { CertificationReport, PixDraftChangeEvent, PixFinaliseEvent, Session } from 'pix-certif-elements';
import type {} from 'pix-certif-elements/vue';

type Wizard = InstanceType<GlobalComponents['pix-finalise-wizard']>;
type WizardProps = Wizard['$props'];

declare const session: Session;
declare const reports: CertificationReport[];
declare const onDraftChange: (event: PixDraftChangeEvent) => void;
declare const emit: Wizard['$emit'];

export const accepted: WizardProps[] = [
  { session, reports, catalogue: '2022', noEndScreenCheck: true, headingLevel: 2, class: 'host' },
  { onPixFinalise: (event) => event.respondWith(Promise.resolve(event.detail.sessionId)), onPixDraftChange: onDraftChange },
];
emit('pix-finalise', null as unknown as PixFinaliseEvent);

export const refused: WizardProps[] = [
  // @ts-expect-error a session is not a list of reports
  { reports: session },
  // @ts-expect-error headingLevel is a number
  { headingLevel: '2' },
  // @ts-expect-error pix-finalise's listener receives a PixFinaliseEvent
  { onPixFinalise: onDraftChange },
  // @ts-expect-error the payload has sessionId, not sessionid
  { onPixFinalise: (event) => event.detail.sessionid },
];
// @ts-expect-error pix-finalise carries a PixFinaliseEvent
emit('pix-finalise', null as unknown as PixDraftChangeEvent);
