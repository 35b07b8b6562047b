import { ContextRoot, createContext } from '@lit/context';
import type { Catalogue } from '../state/catalogues.js';

/**
 * The settings a `<pix-certif-context>` shares with every element inside it (at any depth,
 * through shadow roots). Each is present only where the context sets it: an element's own value
 * wins, then the nearest context that sets it, then the element's default.
 */
export interface SharedSettings {
  edition?: string;
  catalogue?: string | Catalogue;
  now?: string | number | Date;
  timeout?: number;
}

export const settingsContext = createContext<SharedSettings | undefined>(Symbol.for('pix-certif-elements:settings'));

const ROOT_ATTACHED = Symbol.for('pix-certif-elements:context-root');

/**
 * Lets a context defined after the elements inside it (its tag registered later, or the markup
 * parsed before the script) still reach them: the root keeps their unanswered requests and
 * replays them when a provider appears.
 */
export function attachContextRoot(): void {
  if (typeof document === 'undefined') return;
  const root = document.documentElement as HTMLElement & { [ROOT_ATTACHED]?: true };
  if (root[ROOT_ATTACHED]) return;
  root[ROOT_ATTACHED] = true;
  new ContextRoot().attach(root);
}
