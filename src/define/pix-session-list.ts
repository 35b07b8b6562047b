import { PixSessionList } from '../components/session-list/session-list.js';
import { define } from '../internal/define.js';

define('pix-session-list', PixSessionList);

export { PixSessionList };

declare global {
  interface HTMLElementTagNameMap {
    'pix-session-list': PixSessionList;
  }
}
