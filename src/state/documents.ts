import type { LocalisedMessage } from './messages.js';
import type { FieldError } from './catalogues.js';
import type { DocumentsValues } from './schemas.js';

/** Step 2's limits: PDF, JPEG and PNG, 10 MiB each, 10 files at most. */
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
export const DOCUMENT_MAX_FILES = 10;
export const DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const DOCUMENT_EXTENSIONS = ['pdf', 'jpg', 'jpeg', 'png'] as const;
/** For `<input type="file" accept>`. */
export const DOCUMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/** What the rules need to know of a file (a `File` has all three). */
export interface FileLike {
  readonly name: string;
  readonly size: number;
  readonly type: string;
}

function isAcceptedType(file: FileLike): boolean {
  if ((DOCUMENT_TYPES as readonly string[]).includes(file.type)) return true;
  // Some systems give no MIME type: the extension decides then.
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return file.type === '' && (DOCUMENT_EXTENSIONS as readonly string[]).includes(extension);
}

export interface FileSelection<F extends FileLike> {
  files: F[];
  /** One message per refused file (or for the count), naming the file and the reason. */
  refused: LocalisedMessage[];
}

/**
 * Adds files a person picked or dropped to those already chosen: refuses each file of another
 * type or over 10 Mo with a message naming it, ignores a file already in the list, and stops
 * at 10 files.
 */
export function addFiles<F extends FileLike>(current: readonly F[], added: readonly F[]): FileSelection<F> {
  const files = [...current];
  const refused: LocalisedMessage[] = [];
  let tooMany = false;
  for (const file of added) {
    const name = String(file.name);
    if (!isAcceptedType(file)) {
      refused.push({ key: 'documents.file.type', params: { name } });
    } else if (!(file.size <= DOCUMENT_MAX_BYTES)) {
      refused.push({ key: 'documents.file.size', params: { name } });
    } else if (files.some((other) => other.name === file.name && other.size === file.size)) {
      continue;
    } else if (files.length >= DOCUMENT_MAX_FILES) {
      tooMany = true;
    } else {
      files.push(file);
    }
  }
  if (tooMany) refused.push({ key: 'documents.file.count' });
  return { files, refused };
}

export type DocumentsField = 'certificationCenterName' | 'sessionNumber';

export interface DocumentsSubmission<F extends FileLike> {
  certificationCenterName: string;
  sessionId: number;
  files: F[];
  comment: string | null;
}

export type DocumentsValidation<F extends FileLike> =
  { ok: true; submission: DocumentsSubmission<F> } | { ok: false; errors: Partial<Record<DocumentsField, FieldError>> };

/** Checks step 2's form: both required fields, a session number made of digits. */
export function validateDocuments<F extends FileLike>(values: DocumentsValues, files: readonly F[]): DocumentsValidation<F> {
  const errors: Partial<Record<DocumentsField, FieldError>> = {};
  const certificationCenterName = values.certificationCenterName.trim();
  if (certificationCenterName === '') errors.certificationCenterName = { key: 'documents.centre.required' };
  const sessionNumber = values.sessionNumber.trim();
  if (sessionNumber === '') errors.sessionNumber = { key: 'documents.sessionNumber.required' };
  else if (!/^\d{1,15}$/.test(sessionNumber) || Number(sessionNumber) < 1) {
    errors.sessionNumber = { key: 'documents.sessionNumber.invalid' };
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const comment = values.comment.trim();
  return {
    ok: true,
    submission: { certificationCenterName, sessionId: Number(sessionNumber), files: [...files], comment: comment === '' ? null : comment },
  };
}
