import { PixCertifContext } from '../components/certif-context/certif-context.js';
import { define } from '../internal/define.js';

define('pix-certif-context', PixCertifContext);

export { PixCertifContext };

declare global {
  interface HTMLElementTagNameMap {
    'pix-certif-context': PixCertifContext;
  }
}
