import type { Message } from '../../i18n/message-types.js';

/** The texts of <pix-student-enrolment>, French first. Keys start with "studentEnrolment.". */
export const studentEnrolmentFr = {} as const satisfies Record<string, Message>;

export const studentEnrolmentEn: Record<keyof typeof studentEnrolmentFr, Message> = {};
