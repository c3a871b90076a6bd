/**
 * How a JSON call over HTTP is written and how its answer is read: the same for the client
 * (client/src/api.ts) and for the tests' helpers (tests/support/http.ts). Pure: each side sends the
 * request with its own fetch (the client with its cookies, the tests with their cookie jar).
 */
import type { ApiError } from '../api.ts';
import {
  HTTP_ROUTES,
  pathOf,
  type HttpResponses,
  type HttpRoute,
  type RouteBody,
  type RouteParams,
} from './http.ts';

export interface JsonRequest {
  method: string;
  path: string;
  /** `Content-Type: application/json` when there is a body; nothing otherwise. */
  headers: Record<string, string>;
  /** The body as JSON text; absent when nothing is sent. */
  body?: string;
}

/** A request whose body (if any) is sent as JSON. */
export function jsonRequest(method: string, path: string, body?: unknown): JsonRequest {
  if (body === undefined) return { method, path, headers: {} };
  return { method, path, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}

/** A route of the table (http.ts) as a request: its method, its path filled in, its body. */
export function routeRequest<R extends HttpRoute>(
  route: R,
  params: RouteParams<R>,
  body?: RouteBody<R>,
): JsonRequest {
  return jsonRequest(HTTP_ROUTES[route].method, pathOf(route, params), body);
}

/** What calls a route of the table and answers with its response: the client's and the tests' `call`. */
export type RouteCaller = <R extends HttpRoute>(
  route: R,
  params: RouteParams<R>,
  body?: RouteBody<R>,
) => Promise<HttpResponses[R]>;

export interface Answer {
  /** A 2xx status. */
  ok: boolean;
  /** The body read as JSON; undefined when it is empty (a 204) or not JSON at all. */
  body: unknown;
  /** A failure's plain words `{code, message, fields?}`, when its body is the server's error. */
  error: ApiError['error'] | null;
}

function isApiError(body: unknown): body is ApiError {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { message?: unknown }).message === 'string' &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}

function parsed(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** An answer's status and body text, read (errors only from a failure: `{error:{code,message}}`). */
export function readAnswer(status: number, text: string): Answer {
  const ok = status >= 200 && status < 300;
  const body = parsed(text);
  return { ok, body, error: !ok && isApiError(body) ? body.error : null };
}
