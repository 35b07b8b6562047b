// Entry of the React example (bundled by examples/build.mjs into examples/react/dist/main.js).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FinaliseSession, type FinaliseSessionProps } from './FinaliseSession.js';

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
