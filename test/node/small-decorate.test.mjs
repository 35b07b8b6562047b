// The bundle's one-function __decorate does what tslib's does for each kind of decorator TypeScript
// emits: on a field (`void 0`), on an accessor (`null`: its descriptor is read, and the one a
// decorator returns is defined) and on a class.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { __decorate as tslibDecorate } from 'tslib';
import { DECORATE_SOURCE } from '../../scripts/small-decorate.mjs';

const { __decorate: smallDecorate } = await import(`data:text/javascript,${encodeURIComponent(DECORATE_SOURCE)}`);

function scenario(decorate) {
  const calls = [];
  const record =
    (name, returned) =>
    (...args) => {
      calls.push([name, args.length, typeof args[2]]);
      return returned;
    };
  class Example {
    get value() {
      return 1;
    }
  }
  decorate([record('outer'), record('inner')], Example.prototype, 'field', void 0);
  decorate([record('accessor', { get: () => 2, configurable: true })], Example.prototype, 'value', null);
  const Decorated = decorate([record('class', class Replaced extends Example {})], Example);
  return { calls, value: new Example().value, className: Decorated.name, field: Object.hasOwn(Example.prototype, 'field') };
}

test("the same calls, in the same order, with the same outcome as tslib's __decorate", () => {
  const small = scenario(smallDecorate);
  assert.deepEqual(small, scenario(tslibDecorate));
  assert.deepEqual(
    small.calls.map(([name]) => name),
    ['inner', 'outer', 'accessor', 'class'],
    'the last decorator runs first',
  );
  assert.equal(small.value, 2, "an accessor decorator's descriptor is defined");
  assert.equal(small.className, 'Replaced');
});
