// The wizard is made of these two elements: registering it registers them.
import './pix-abandon-reason.js';
import './pix-candidate-report.js';
import { PixFinaliseWizard } from '../components/finalise-wizard/finalise-wizard.js';
import { define } from '../internal/define.js';

define('pix-finalise-wizard', PixFinaliseWizard);

export { PixFinaliseWizard };

declare global {
  interface HTMLElementTagNameMap {
    'pix-finalise-wizard': PixFinaliseWizard;
  }
}
