export interface PluralMessage {
  readonly zero?: string;
  readonly one: string;
  readonly other: string;
}
export type Message = string | PluralMessage;
