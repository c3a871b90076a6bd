/**
 * What most integration test files begin with: their own server on port 0, an administrator
 * signed in, and the stock y-websocket clients the tests open, all closed when the file is done.
 */
import { afterAll, beforeAll } from 'vitest';
import { signInAdmin } from './factories.ts';
import type { Client } from './http.ts';
import { startTestServer, type TestServer } from './startServer.ts';
import { connectDoc, type TestProvider } from './yclient.ts';

export interface ServerSuite {
  /** Set before the first test runs. */
  readonly t: TestServer;
  readonly admin: Client;
  /** A stock y-websocket client, destroyed after the file's tests. */
  connect(...args: Parameters<typeof connectDoc>): TestProvider;
}

export function serverSuite(...options: Parameters<typeof startTestServer>): ServerSuite {
  let server: TestServer | null = null;
  let admin: Client | null = null;
  const providers: TestProvider[] = [];
  beforeAll(async () => {
    server = await startTestServer(...options);
    admin = await signInAdmin(server.url);
  });
  afterAll(async () => {
    providers.forEach((p) => p.destroy());
    await server?.stop();
  });
  const need = <T>(x: T | null): T => {
    if (x === null) throw new Error('serverSuite: used before its beforeAll ran');
    return x;
  };
  return {
    get t() {
      return need(server);
    },
    get admin() {
      return need(admin);
    },
    connect(...args) {
      const p = connectDoc(...args);
      providers.push(p);
      return p;
    },
  };
}
