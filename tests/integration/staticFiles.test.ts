/**
 * The built client is sent compressed when the browser accepts it (the brotli or gzip copy made at
 * build time by the same code Vite's build runs), cached for a year when its name is hashed, and
 * checked every time otherwise. A client built into a temp folder, a real server on port 0.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../../client/build/precompress.ts';
import { mulberry32 } from '../support/random.ts';
import { startTestServer, type TestServer } from '../support/startServer.ts';

let t: TestServer;
const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-dist-'));
const rand = mulberry32(7);
const js = Array.from(
  { length: 4000 },
  () => `const v${Math.floor(rand() * 1e6)} = ${Math.floor(rand() * 100)};`,
).join('\n');

beforeAll(async () => {
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'assets', 'BoardPage-AbC123.js'), js);
  fs.writeFileSync(path.join(dist, 'sw.js'), `// a service worker\n${js.slice(0, 3000)}`);
  fs.writeFileSync(path.join(dist, 'assets', 'tiny-Zz9.css'), 'a{color:red}');
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Conference Board</title>');
  expect(precompress(dist)).toBe(2);
  t = await startTestServer({ clientDist: dist });
});
afterAll(async () => {
  await t.stop();
  fs.rmSync(dist, { recursive: true, force: true });
});

const get = (p: string, encoding: string | null) =>
  fetch(`${t.url}${p}`, { headers: encoding ? { 'Accept-Encoding': encoding } : {} });

describe('the built client', () => {
  it('is sent as brotli, else gzip, else as it is; the same bytes each way', async () => {
    const br = await get('/assets/BoardPage-AbC123.js', 'gzip, deflate, br');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    expect(br.headers.get('vary')).toMatch(/Accept-Encoding/i);
    const brBytes = Buffer.from(await br.arrayBuffer());
    // fetch decodes what it is sent: the words arrive whole, from far fewer bytes on the wire.
    expect(brBytes.toString()).toBe(js);
    const onDisk = fs.statSync(path.join(dist, 'assets', 'BoardPage-AbC123.js.br')).size;
    expect(onDisk).toBeLessThan(js.length / 2);
    expect(
      zlib
        .brotliDecompressSync(fs.readFileSync(path.join(dist, 'assets', 'BoardPage-AbC123.js.br')))
        .toString(),
    ).toBe(js);

    const gz = await get('/assets/BoardPage-AbC123.js', 'gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(await gz.text()).toBe(js);

    const plain = await get('/assets/BoardPage-AbC123.js', 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(js);
  });

  it('caches hashed files for a year and checks the rest every time', async () => {
    const hashed = await get('/assets/BoardPage-AbC123.js', 'br');
    expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const small = await get('/assets/tiny-Zz9.css', 'br');
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(small.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const p of ['/sw.js', '/c/some-conference']) {
      const res = await get(p, 'br');
      expect(res.status, p).toBe(200);
      expect(res.headers.get('cache-control'), p).toBe('no-cache');
    }
  });

  it('sends nothing from outside the client folder, compressed or not', async () => {
    for (const p of ['/../package.json', '/assets/..%2f..%2fpackage.json', '/%2e%2e/package.json']) {
      const res = await get(p, 'br');
      expect(res.status, p).not.toBe(200);
    }
    expect((await get('/assets/missing-123.js', 'br')).status).toBe(404);
  });
});
