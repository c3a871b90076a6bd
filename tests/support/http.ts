/**
 * HTTP helpers for tests and benchmarks: same-origin JSON requests with a cookie jar. Requests are
 * written and answers read by shared/src/protocol/httpCall.ts, as the client's are; `call` takes a
 * route from the shared table.
 */
import {
  jsonRequest,
  readAnswer,
  routeRequest,
  type JsonRequest,
  type RouteCaller,
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
  call: RouteCaller;
}

/** A kept-alive socket the server closed while it sat idle (e.g. during a long LibreOffice run). */
const staleSocket = (err: unknown) =>
  err instanceof TypeError && (err.cause as { code?: string } | undefined)?.code === 'ECONNRESET';

export function httpClient(baseUrl: string, jar = new CookieJar()): Client {
  const attempt = (req: JsonRequest, headers: Record<string, string>) =>
    fetch(new URL(req.path, baseUrl), {
      method: req.method,
      redirect: 'manual',
      headers: {
        Origin: new URL(baseUrl).origin,
        ...req.headers,
        ...(jar.header() ? { Cookie: jar.header() } : {}),
        ...headers,
      },
      body: req.body,
    });
  const send = async (req: JsonRequest, headers: Record<string, string> = {}) => {
    let res: Response;
    try {
      res = await attempt(req, headers);
    } catch (err) {
      // Only a read is tried again, and only once: a write might have been made.
      if (!(req.method === 'GET' && staleSocket(err))) throw err;
      res = await attempt(req, headers);
    }
    jar.store(res);
    return res;
  };
  /** A string body is sent as it is (to try malformed JSON); anything else as JSON. */
  const request = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const req = jsonRequest(method, path, body);
    return send(typeof body === 'string' ? { ...req, body } : req, headers);
  };
  /** Throws on any answer that is not 2xx, or whose body is neither empty nor JSON. */
  const answerOf = async <T>(req: JsonRequest): Promise<T> => {
    const res = await send(req);
    const text = await res.text();
    const answer = readAnswer(res.status, text);
    if (!answer.ok || (text && answer.body === undefined))
      throw new Error(`${req.method} ${req.path} → ${res.status}: ${text}`);
    return answer.body as T;
  };
  return {
    jar,
    request,
    json: <T>(method: string, path: string, body?: unknown) => answerOf<T>(jsonRequest(method, path, body)),
    call: (route, params, body) => answerOf(routeRequest(route, params, body)),
  };
}
