import { html, type TemplateResult } from 'lit';
import type { MessageParams } from '../i18n/messages.js';

// Private-use characters that mark where a parameter goes while the message is formatted.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARK = new RegExp(`${OPEN}(\\w+)${CLOSE}`);

/**
 * A message whose `names` parameters come from a person or a host (a name, a file name, a
 * description), each shown in a `<bdi>`: a name in a right-to-left script, or a file named
 * `rapport\u202Efdp.exe`, never reorders the sentence around it. The text read is the same as
 * the plain message's (a `<bdi>` adds no character).
 *
 * ```ts
 * isolated((params) => this.t('documents.remove', params), { name: file.name })
 * ```
 */
export function isolated(format: (params: MessageParams) => string, params: MessageParams, names = Object.keys(params)): TemplateResult {
  const marked: Record<string, string | number> = { ...params };
  for (const name of names) if (Object.hasOwn(params, name)) marked[name] = `${OPEN}${name}${CLOSE}`;
  const parts = format(marked).split(MARK);
  return html`${parts.map((part, index) => (index % 2 === 1 ? html`<bdi>${String(params[part])}</bdi>` : part))}`;
}
