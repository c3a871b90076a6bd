/**
 * CSRF defence for state-changing requests: the Origin (or, failing that, the Referer) must be the
 * server's own origin, and API bodies must be JSON (a cross-site form cannot send that without a
 * CORS preflight, which we never grant). SameSite cookies are the third layer.
 */
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import { HttpError } from './errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The origins this server answers for: the configured public URL and the Host it was reached by. */
export function allowedOrigins(req: IncomingMessage, publicUrl: string | undefined): Set<string> {
  const origins = new Set<string>();
  if (publicUrl) origins.add(new URL(publicUrl).origin);
  const host = req.headers.host;
  if (host) {
    origins.add(`http://${host}`);
    origins.add(`https://${host}`);
  }
  return origins;
}

export function requestOrigin(req: IncomingMessage): string | null {
  const origin = req.headers.origin;
  if (origin && origin !== 'null') return origin;
  const referer = req.headers.referer;
  if (!referer) return null;
  try {
    return new URL(referer).origin;
  } catch {
    return null;
  }
}

export function csrfProtection(publicUrl: string | undefined): RequestHandler {
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const origin = requestOrigin(req);
    if (!origin || !allowedOrigins(req, publicUrl).has(origin)) {
      return next(new HttpError(403, 'CROSS_SITE', 'This request must come from a Conference Board page.'));
    }
    const hasBody =
      Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    if (req.path.startsWith('/api/') && hasBody && !req.is('application/json')) {
      return next(
        new HttpError(
          415,
          'JSON_REQUIRED',
          'Please send the request as JSON (Content-Type: application/json).',
        ),
      );
    }
    next();
  };
}
