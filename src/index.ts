/**
 * `pix-certif-elements`: registers every element and re-exports the public types and the
 * state layer.
 */
export * from './state/index.js';
