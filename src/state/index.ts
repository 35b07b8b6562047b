/**
 * `pix-certif-elements/state`: the schemas, catalogues and pure logic of the Pix Certif
 * session workflow. No DOM, no Lit: it runs in a browser and in Node.
 */
export * from './schemas.js';
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
export * from './messages.js';
