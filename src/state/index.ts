/**
 * `pix-certif-elements/state`: the schemas, catalogues and pure logic of the Pix Certif
 * session workflow. No DOM, no Lit: it runs in a browser and in Node.
 */
export * from './schemas.js';
export * from './input.js';
export * from './catalogues.js';
export * from './result.js';
export * from './finalisation.js';
export * from './handover.js';
export * from './pix-api.js';
export * from './session.js';
export * from './enrolment.js';
export * from './documents.js';
export * from './enrolment-refresh.js';
export * from './session-details.js';
export * from './session-list.js';
export * from './invigilator.js';
// The texts: every refusal carries a key of the state layer's messages, `translate` gives its text.
export { translate, type Lang, type LocalisedMessage, type MessageKey, type MessageParams } from './messages.js';
