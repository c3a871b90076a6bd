/**
 * HTTP helpers for tests and benchmarks: same-origin JSON requests with a cookie jar; `call` builds
 * its request from the shared routes table (shared/src/protocol/http.ts), as the client does.
 */
import {
  HTTP_ROUTES,
  pathOf,
  type HttpResponses,
  type HttpRoute,
  type RouteBody,
  type RouteParams,
} from '@cb/shared/protocol';

export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (!pair || eq < 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

export interface Client {
  jar: CookieJar;
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  json<T>(method: string, path: string, body?: unknown): Promise<T>;
  /** A route from the shared table; throws on any answer that is not 2xx. */
  call<R extends HttpRoute>(route: R, params: RouteParams<R>, body?: RouteBody<R>): Promise<HttpResponses[R]>;
}

export function httpClient(baseUrl: string, jar = new CookieJar()): Client {
  const request = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const res = await fetch(new URL(path, baseUrl), {
      method,
      redirect: 'manual',
      headers: {
        Origin: new URL(baseUrl).origin,
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(jar.header() ? { Cookie: jar.header() } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    jar.store(res);
    return res;
  };
  const json = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await request(method, path, body);
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return {
    jar,
    request,
    json,
    call: <R extends HttpRoute>(route: R, params: RouteParams<R>, body?: RouteBody<R>) =>
      json<HttpResponses[R]>(HTTP_ROUTES[route].method, pathOf(route, params), body),
  };
}
