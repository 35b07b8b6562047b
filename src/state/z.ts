// The zod/mini functions the schemas use, re-exported by name: a bundler keeps only these (a
// re-exported namespace made esbuild keep all of zod, its locales included). No configuration
// here: the library leaves a host's zod settings as they are.
export {
  _default,
  array,
  boolean,
  gte,
  literal,
  lte,
  maxLength,
  minLength,
  nullable,
  number,
  object,
  optional,
  pipe,
  positive,
  refine,
  regex,
  string,
  transform,
  trim,
  union,
} from 'zod/mini';
export type { input, output, ZodMiniType } from 'zod/mini';

/**
 * Options for every parse of ours. zod's eval-compiled fast path (`new Function`, which a page's
 * CSP without 'unsafe-eval' blocks and reports) belongs to classic zod's objects: zod/mini's have
 * none. `jitless` per parse keeps it off should they get one, without flipping the host's global
 * `z.config()`, which the library leaves as the host set it.
 */
export const PARSE_OPTIONS = { jitless: true } as const;
