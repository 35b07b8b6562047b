import { PixAbandonReason } from '../components/abandon-reason/abandon-reason.js';
import { define } from '../internal/define.js';

define('pix-abandon-reason', PixAbandonReason);

export { PixAbandonReason };

declare global {
  interface HTMLElementTagNameMap {
    'pix-abandon-reason': PixAbandonReason;
  }
}
