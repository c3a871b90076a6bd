/**
 * Errors people and scripts see: JSON `{error:{code,message}}` with a fitting status and plain
 * words. Nothing internal (stack, SQL, library messages) ever leaves the server.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { DomainError, type DomainErrorKind } from '../errors.ts';
import type { Logger } from '../logger.ts';

/** How the HTTP edge answers each kind of refusal from the domain. */
export const DOMAIN_STATUS: Record<DomainErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  gone: 410,
  conflict: 409,
  'too-many': 429,
  busy: 503,
};

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

export const notFound = (what = 'That'): HttpError =>
  new HttpError(404, 'NOT_FOUND', `${what} could not be found.`);
export const forbidden = (): HttpError =>
  new HttpError(403, 'FORBIDDEN', 'You do not have permission to do that.');
export const unauthorised = (): HttpError =>
  new HttpError(401, 'UNAUTHORISED', 'Please sign in, or open your link again.');

/** A wait in milliseconds as a Retry-After header's whole seconds, rounded up. */
export const retryAfterSeconds = (ms: number): string => String(Math.ceil(ms / 1000));

export const notFoundHandler: RequestHandler = (_req, res) => {
  res.status(404).json({ error: { code: 'NOT_FOUND', message: 'There is nothing at this address.' } });
};

interface BodyParserError {
  type?: string;
  status?: number;
}

export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    if (res.headersSent) return;
    if (err instanceof DomainError) {
      if (err.retryAfterMs !== undefined) res.setHeader('Retry-After', retryAfterSeconds(err.retryAfterMs));
      res.status(DOMAIN_STATUS[err.kind]).json({
        error: { code: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}) },
      });
      return;
    }
    if (err instanceof HttpError) {
      res.status(err.status).json({
        error: { code: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}) },
      });
      return;
    }
    const parserType = (err as BodyParserError | null)?.type;
    if (parserType === 'entity.parse.failed') {
      res
        .status(400)
        .json({ error: { code: 'INVALID_JSON', message: 'The request body is not valid JSON.' } });
      return;
    }
    if (parserType === 'entity.too.large' || parserType === 'parameters.too.many') {
      res.status(413).json({ error: { code: 'TOO_LARGE', message: 'The request is too large.' } });
      return;
    }
    if (parserType === 'encoding.unsupported' || parserType === 'charset.unsupported') {
      res
        .status(415)
        .json({ error: { code: 'UNSUPPORTED_ENCODING', message: 'Please send the request as UTF-8 JSON.' } });
      return;
    }
    const status = (err as BodyParserError | null)?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      res
        .status(status)
        .json({ error: { code: 'BAD_REQUEST', message: 'The request could not be understood.' } });
      return;
    }
    log.error(
      {
        err: err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : String(err),
        method: req.method,
        route: req.route?.path,
      },
      'unhandled error',
    );
    res
      .status(500)
      .json({ error: { code: 'INTERNAL', message: 'Something went wrong on our side. Please try again.' } });
  };
}
