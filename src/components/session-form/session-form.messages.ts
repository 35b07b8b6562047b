import type { Message } from '../../i18n/message-types.js';

/** The texts of <pix-session-form>, French first. Keys start with "sessionForm.". */
export const sessionFormFr = {} as const satisfies Record<string, Message>;

export const sessionFormEn: Record<keyof typeof sessionFormFr, Message> = {};
