/**
 * What the domain says when it refuses something: a kind (which each edge turns into its own
 * answer — an HTTP status, a control ack, a close code), a stable code for scripts, and plain words
 * for people. Domain modules throw these and never know about HTTP.
 */
export type DomainErrorKind = 'invalid' | 'forbidden' | 'not-found' | 'conflict' | 'too-many' | 'busy';

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    /** Which fields of a request need correcting, in plain words (shown beside each field). */
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

export const notFound = (what = 'That'): DomainError =>
  new DomainError('not-found', 'NOT_FOUND', `${what} could not be found.`);
export const forbidden = (message = 'You do not have permission to do that.'): DomainError =>
  new DomainError('forbidden', 'FORBIDDEN', message);
export const invalid = (message: string, fields?: Record<string, string>): DomainError =>
  new DomainError('invalid', 'INVALID_INPUT', message, fields);
