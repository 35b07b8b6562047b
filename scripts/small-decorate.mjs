// A rollup plugin for the self-contained bundle: TypeScript's decorator calls import `__decorate`
// from tslib, whose module also carries a `Reflect.decorate` branch (for the reflect-metadata
// polyfill, which does the same) and a `SuppressedError` fallback that the bundle never uses. This
// one-function module stands in for it, with the same steps as tslib's own loop.
export const DECORATE_SOURCE = `export function __decorate(decorators, target, key, desc) {
  const count = arguments.length;
  let result = count < 3 ? target : desc === null ? (desc = Object.getOwnPropertyDescriptor(target, key)) : desc;
  for (let i = decorators.length - 1; i >= 0; i--) {
    const decorator = decorators[i];
    if (decorator) result = (count < 3 ? decorator(result) : count > 3 ? decorator(target, key, result) : decorator(target, key)) || result;
  }
  if (count > 3 && result) Object.defineProperty(target, key, result);
  return result;
}
`;

const ID = '\0small-decorate';

export default function smallDecorate() {
  return {
    name: 'small-decorate',
    resolveId: (source) => (source === 'tslib' ? ID : null),
    load: (id) => (id === ID ? DECORATE_SOURCE : null),
  };
}
