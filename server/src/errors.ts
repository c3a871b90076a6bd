/**
 * What the domain says when it refuses something: a kind (which each edge turns into its own
 * answer — an HTTP status, a control ack, a close code), a stable code for scripts, and plain words
 * for people. Domain modules throw these and never know about HTTP.
 */
import type { z } from 'zod';

export type DomainErrorKind =
  | 'invalid'
  /** Not known to be anyone (bad credentials): sign in again. */
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  /** It existed and has ended (an expired or withdrawn link). */
  | 'gone'
  | 'conflict'
  | 'too-many'
  | 'busy';

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    /** Which fields of a request need correcting, in plain words (shown beside each field). */
    readonly fields?: Record<string, string>,
    /** For `too-many`: milliseconds until asking again can succeed (the HTTP edge's Retry-After). */
    readonly retryAfterMs?: number,
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
/** Refused for now: try again in `retryAfterMs` milliseconds. */
export const tooMany = (code: string, message: string, retryAfterMs: number): DomainError =>
  new DomainError('too-many', code, message, undefined, retryAfterMs);

/**
 * A value checked with a zod schema (the shared ones in @cb/shared/api): its parsed form, or an
 * `invalid` refusal whose field messages are keyed by dotted path (`children.0.name`). Its message
 * lists them, unless `message` says it in other words.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, message?: string): z.output<S> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  const summary = Object.entries(fields)
    .map(([k, m]) => (k === '_' ? m : `${k}: ${m}`))
    .join('; ');
  throw invalid(message ?? `Some details need correcting. ${summary}`.slice(0, 500), fields);
}
