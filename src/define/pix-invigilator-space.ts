import { PixInvigilatorSpace } from '../components/invigilator-space/invigilator-space.js';
import { define } from '../internal/define.js';

define('pix-invigilator-space', PixInvigilatorSpace);

export { PixInvigilatorSpace };

declare global {
  interface HTMLElementTagNameMap {
    'pix-invigilator-space': PixInvigilatorSpace;
  }
}
