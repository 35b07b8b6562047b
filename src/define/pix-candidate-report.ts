import { PixCandidateReport } from '../components/candidate-report/candidate-report.js';
import { define } from '../internal/define.js';

define('pix-candidate-report', PixCandidateReport);

export { PixCandidateReport };

declare global {
  interface HTMLElementTagNameMap {
    'pix-candidate-report': PixCandidateReport;
  }
}
