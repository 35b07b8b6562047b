import fc from 'fast-check';

/**
 * The hostile values every bad-input test tries on an element's properties: hand-picked values
 * no contract shape accepts (scalars, lookalikes, prototype pollution, markup, a throwing
 * Proxy), and values generated with fast-check.
 */

/** Values no contract shape accepts. */
export function hostileScalars(): unknown[] {
  return [
    undefined,
    null,
    '',
    ' ',
    'x'.repeat(100_000),
    0,
    -1,
    1.5,
    -0.5,
    Number.NaN,
    Infinity,
    -Infinity,
    Number.MAX_VALUE,
    true,
    false,
    [],
    {},
    Symbol('pix'),
    () => 1,
    new Date('nope'),
    /regex/,
    new Map(),
    new Set([1]),
    10n,
    JSON.parse('{"__proto__": {"polluted": true}}'),
    JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
    Object.create(null),
    '<img src=x onerror="window.__pwned=1">',
    new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    ),
  ];
}

export const ANYTHING = fc.anything({ withBoxedValues: true, withNullPrototype: true, withObjectString: true, withSparseArray: true });

export function sampleAnything(count: number, seed: number): unknown[] {
  return fc.sample(ANYTHING, { numRuns: count, seed });
}
