import { PixStudentEnrolment } from '../components/student-enrolment/student-enrolment.js';
import { define } from '../internal/define.js';

define('pix-student-enrolment', PixStudentEnrolment);

export { PixStudentEnrolment };

declare global {
  interface HTMLElementTagNameMap {
    'pix-student-enrolment': PixStudentEnrolment;
  }
}
