// Entry of the wrappers example, bundled by examples/build.mjs twice: with React 18 (this folder's
// node_modules) into dist/react18.js, and with React 19 (the root's) into dist/react19.js.
import { StrictMode, version } from 'react';
import { createRoot } from 'react-dom/client';
import { FinaliseSession, type FinaliseSessionProps } from './FinaliseSession.js';

/** The React version this bundle runs. */
export const reactVersion = version;

/** Renders the example into `container`; returns a function that unmounts it. */
export function mount(container: HTMLElement, props: FinaliseSessionProps): () => void {
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <FinaliseSession {...props} />
    </StrictMode>,
  );
  return () => root.unmount();
}

// For the tests of the other wrappers, with the same React: the wrappers and React's own functions.
export * as wrappers from 'pix-certif-elements/react';
export { createElement } from 'react';
export { createRoot };
