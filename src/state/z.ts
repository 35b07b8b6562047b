import * as z from 'zod/mini';

// Zod compiles fast object parsers with `new Function` unless told not to; a host page with
// a Content-Security-Policy without 'unsafe-eval' would block that (and report it even when
// the probe is caught). Every schema module imports `z` from here, so this runs first.
z.config({ jitless: true });

export { z };
