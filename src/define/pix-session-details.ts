import { PixSessionDetails } from '../components/session-details/session-details.js';
import { define } from '../internal/define.js';

define('pix-session-details', PixSessionDetails);

export { PixSessionDetails };

declare global {
  interface HTMLElementTagNameMap {
    'pix-session-details': PixSessionDetails;
  }
}
