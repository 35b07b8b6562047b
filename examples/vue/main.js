// @ts-check
// A Vue 3 host for <pix-finalise-wizard>, with no build step: the template is compiled in the
// browser (Vue's full build), objects go in as properties (`:session.prop`), and `@pix-finalise`
// listens to the element's event. The listeners are typed by the library's event classes
// (checked by `npm run examples:typecheck`).
import { createApp, ref } from 'vue';
import 'pix-certif-elements'; // registers every pix-* element

/**
 * @typedef {import('pix-certif-elements').Session} Session
 * @typedef {import('pix-certif-elements').CertificationReport} CertificationReport
 * @typedef {import('pix-certif-elements').FinalisationPayload} FinalisationPayload
 * @typedef {import('pix-certif-elements').FinalisationDraft} FinalisationDraft
 * @typedef {import('pix-certif-elements').PixFinaliseEvent} PixFinaliseEvent
 * @typedef {import('pix-certif-elements').PixDraftChangeEvent} PixDraftChangeEvent
 */

/**
 * Mounts the example in `container`; returns a function that unmounts it.
 * @param {Element} container
 * @param {{ session: Session, reports: CertificationReport[],
 *           finaliseSession: (payload: FinalisationPayload) => Promise<unknown> }} options
 */
export function mount(container, { session, reports, finaliseSession }) {
  const app = createApp({
    setup() {
      const draft = ref(/** @type {FinalisationDraft | null} */ (null));
      const finalised = ref(/** @type {FinalisationPayload | null} */ (null));

      /** @param {PixFinaliseEvent} event */
      function onFinalise(event) {
        const payload = event.detail; // FinalisationPayload, validated by the element
        event.respondWith(finaliseSession(payload).then(() => (finalised.value = payload)));
      }

      /** @param {PixDraftChangeEvent} event */
      function onDraftChange(event) {
        draft.value = event.detail; // plain JSON: store it as it is, give it back through `.draft`
      }

      const abortReasons = () => draft.value?.reports.filter((report) => report.abortReason).length ?? 0;
      return { session, reports, draft, finalised, abortReasons, onFinalise, onDraftChange };
    },
    template: `
      <main>
        <pix-finalise-wizard
          :session.prop="session"
          :reports.prop="reports"
          @pix-finalise="onFinalise"
          @pix-draft-change="onDraftChange"
        ></pix-finalise-wizard>
        <p role="status" class="host-status">
          <template v-if="finalised">Session {{ finalised.sessionId }} finalisée : {{ finalised.certificationReports.length }} certifications transmises.</template>
          <template v-else-if="draft">Brouillon de la session {{ draft.sessionId }} : {{ abortReasons() }} motif(s) d'abandon.</template>
          <template v-else>Aucune modification.</template>
        </p>
      </main>`,
  });
  // The pix-* tags are custom elements, not Vue components.
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('pix-');
  app.mount(container);
  return () => app.unmount();
}
