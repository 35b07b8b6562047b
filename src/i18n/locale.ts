import { isLang, type Lang } from './messages.js';

/**
 * The language an element speaks: the closest `lang` attribute above it (through shadow
 * roots), else the document's; French unless that says English. Nodes are told apart by
 * `nodeType`, so an element moved into an iframe (another realm) reads its new page too.
 */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node.nodeType === 1) {
      const lang = (node as Element).getAttribute('lang');
      if (lang) return toLang(lang);
    }
    node = node.parentNode ?? (isShadowRoot(node) ? node.host : null);
  }
  return 'fr';
}

function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && 'host' in node;
}

function toLang(value: string): Lang {
  const primary = value.trim().toLowerCase().split(/[-_]/)[0];
  return isLang(primary) ? primary : 'fr';
}

type LangListener = () => void;

/** One observer per document or shadow root, shared by the elements inside it. */
interface RootWatch {
  readonly observer: MutationObserver;
  readonly listeners: Set<LangListener>;
}
const watches = new WeakMap<Node, RootWatch>();

/** The shadow roots around `element`, innermost first, then its document (none when it is detached). */
function rootsAround(element: Element): Node[] {
  const roots: Node[] = [];
  let root = element.getRootNode();
  while (isShadowRoot(root)) {
    roots.push(root);
    root = root.host.getRootNode();
  }
  if (root.nodeType === 9) roots.push(root);
  return roots;
}

function watch(root: Node, listener: LangListener): () => void {
  let rootWatch = watches.get(root);
  if (!rootWatch) {
    const listeners = new Set<LangListener>();
    const observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    rootWatch = { observer, listeners };
    watches.set(root, rootWatch);
  }
  const { observer, listeners } = rootWatch;
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer.disconnect();
      watches.delete(root);
    }
  };
}

/**
 * Calls `listener` whenever a `lang` attribute changes above `element`: in its document and in
 * every shadow root around it (a host's own shadow tree included), for as long as it stays
 * where it is. Call again after the element moves (its connection); the returned function stops.
 */
export function observeLang(element: Element, listener: LangListener): () => void {
  if (typeof MutationObserver === 'undefined') return () => {};
  const stops = rootsAround(element).map((root) => watch(root, listener));
  return () => stops.forEach((stop) => stop());
}
