import type { Message } from '../../i18n/message-types.js';

/** The texts of <pix-session-details>, French first. Keys start with "sessionDetails.". */
export const sessionDetailsFr = {} as const satisfies Record<string, Message>;

export const sessionDetailsEn: Record<keyof typeof sessionDetailsFr, Message> = {};
