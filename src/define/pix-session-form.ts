import { PixSessionForm } from '../components/session-form/session-form.js';
import { define } from '../internal/define.js';

define('pix-session-form', PixSessionForm);

export { PixSessionForm };

declare global {
  interface HTMLElementTagNameMap {
    'pix-session-form': PixSessionForm;
  }
}
