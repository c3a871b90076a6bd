/**
 * The one way the client talks HTTP to the server: JSON bodies, same-origin cookies, and errors
 * turned into an `ApiFailure` that carries the plain message to show and any per-field messages.
 */
import {
  HTTP_ROUTES,
  jsonRequest,
  pathOf,
  readAnswer,
  routeRequest,
  type GetRoute,
  type JsonRequest,
  type RouteCaller,
  type RouteParams,
} from '@cb/shared/protocol';

export class ApiFailure extends Error {
  constructor(
    /** HTTP status, or 0 when the server could not be reached at all. */
    readonly status: number,
    readonly code: string,
    message: string,
    /** Messages keyed by the dotted path of the field, e.g. `children.0.dateOfBirth`. */
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiFailure';
  }

  get hasFieldErrors(): boolean {
    return Object.keys(this.fields).length > 0;
  }
}

const UNREACHABLE = 'We could not reach Conference Board. Check your connection and try again.';
const UNEXPECTED = 'Something went wrong on our side. Please try again.';

/** Sends a request (built by shared/src/protocol/httpCall.ts) and reads its answer. */
async function send<T>(req: JsonRequest): Promise<T> {
  let response: Response;
  try {
    response = await fetch(req.path, {
      method: req.method,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', ...req.headers },
      ...(req.body === undefined ? {} : { body: req.body }),
    });
  } catch {
    throw new ApiFailure(0, 'NETWORK', UNREACHABLE);
  }
  const answer = readAnswer(response.status, await response.text());
  if (answer.ok) return answer.body as T;
  if (answer.error) {
    const { code, message, fields } = answer.error;
    throw new ApiFailure(response.status, code, message, fields ?? {});
  }
  throw new ApiFailure(response.status, 'UNEXPECTED', UNEXPECTED);
}

const request = <T>(method: string, path: string, body?: unknown): Promise<T> =>
  send<T>(jsonRequest(method, path, body));

const prefetched = new Map<string, Promise<unknown>>();

/** Starts a GET of the shared table before the page that needs it has rendered (as the script starts). */
export function prefetch<R extends GetRoute>(route: R, params: RouteParams<R>): void {
  const path = pathOf(route, params);
  const pending = request('GET', path);
  pending.catch(() => undefined); // the page that takes it reports the failure
  prefetched.set(path, pending);
}

/**
 * A GET of a path built by pathOf, answered by a prefetch of the same path when one is waiting
 * (each is used once). Callers name a route (`call`, useApiData), never a path of their own.
 */
export function apiGetOnce<T>(path: string): Promise<T> {
  const pending = prefetched.get(path);
  prefetched.delete(path);
  return (pending as Promise<T> | undefined) ?? request<T>('GET', path);
}

/**
 * A JSON route from the shared table (shared/src/protocol/http.ts): its method and path, the body
 * its schema takes, and its answer's type. A GET is answered by a waiting prefetch of its path.
 */
export const call: RouteCaller = (route, params, body) =>
  HTTP_ROUTES[route].method === 'GET'
    ? apiGetOnce(pathOf(route, params))
    : send(routeRequest(route, params, body));

/** The message to show for any error thrown by a request (or anything else). */
export function messageOf(error: unknown): string {
  return error instanceof ApiFailure ? error.message : UNEXPECTED;
}

/**
 * Downloads a file the server makes (an export): fetched as a blob and saved under the server's
 * file name, so a failure can be shown in words instead of a browser error page.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin' });
  } catch {
    throw new ApiFailure(0, 'NETWORK', UNREACHABLE);
  }
  if (!response.ok) {
    const { error } = readAnswer(response.status, await response.text());
    if (error) throw new ApiFailure(response.status, error.code, error.message);
    throw new ApiFailure(response.status, 'UNEXPECTED', UNEXPECTED);
  }
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}
