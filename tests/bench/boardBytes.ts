/**
 * What a family member's first visit costs in bytes, for `npm run bench:board`: a fresh browser
 * context (nothing cached) holding only the family's cookie opens `/c/<id>` and stays until the
 * board has drawn everything it holds (boardWatch.ts) and a moment more, for anything loaded late
 * (fonts, translations). Every HTTP response is counted by the bytes of its body as they came
 * over the wire (CDP Network: the response's encodedDataLength at loadingFinished less that of
 * its headers), so brotli or gzip (the server sends precompressed copies) is what counts; the
 * board's own data, which comes over the sync socket, is counted apart.
 */
import type { Browser } from 'playwright-core';
import { cookiesOf, VIEWPORT } from './boardBrowser.ts';
import { pageScript, type Expected } from './boardWatch.ts';
import { fmt, table } from './stats.ts';

export const FIRST_VISIT_TARGET_KB = 350;
/** After the board is drawn: long enough for a lazily loaded font or translation to arrive. */
const LINGER_MS = 2000;

export interface Transfer {
  url: string;
  type: string;
  encoding: string;
  /** Body bytes as sent (compressed when it was). */
  bytes: number;
}

export interface FirstVisit {
  transfers: Transfer[];
  /** Bytes received in WebSocket frames (the documents and presence). */
  socketBytes: number;
}

export async function firstVisitBytes(
  browser: Browser,
  baseUrl: string,
  conferenceId: string,
  cookie: string,
  expected: Expected,
): Promise<FirstVisit> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addCookies(cookiesOf(cookie, baseUrl));
    await context.addInitScript(pageScript(expected));
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const started = new Map<string, Omit<Transfer, 'bytes'> & { headerBytes: number }>();
    const transfers: Transfer[] = [];
    let socketBytes = 0;
    cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
      const headers = Object.fromEntries(
        Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]),
      );
      started.set(requestId, {
        url: response.url,
        type: response.mimeType || type,
        encoding: headers['content-encoding'] ?? 'none',
        headerBytes: response.encodedDataLength,
      });
    });
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      const r = started.get(requestId);
      if (!r) return;
      transfers.push({
        url: r.url,
        type: r.type,
        encoding: r.encoding,
        bytes: Math.max(0, encodedDataLength - r.headerBytes),
      });
    });
    cdp.on('Network.webSocketFrameReceived', ({ response }) => {
      // Binary frames arrive base64-encoded: four characters carry three bytes.
      socketBytes +=
        response.opcode === 2 ? (response.payloadData.length * 3) / 4 : response.payloadData.length;
    });
    await page.goto(`${baseUrl}/c/${conferenceId}`, { waitUntil: 'commit' });
    try {
      await page.waitForFunction(() => window.__cbBench?.load.drawn != null, undefined, {
        timeout: 60_000,
        polling: 50,
      });
    } catch (err) {
      const seen = await page
        .evaluate(
          () => `${JSON.stringify(window.__cbBench?.load.seen)} ${document.body.innerText.slice(0, 200)}`,
        )
        .catch(() => '?');
      throw new Error(
        `the family's first visit did not draw the whole board (wanted ${JSON.stringify(expected)}, seen ${seen})`,
        { cause: err },
      );
    }
    await page.waitForTimeout(LINGER_MS);
    return { transfers, socketBytes };
  } finally {
    await context.close();
  }
}

const kb = (bytes: number) => fmt(bytes / 1024, 1);

/** The total against the target, and the largest files. */
export function bytesReport(visit: FirstVisit, largest = 12): string {
  const total = visit.transfers.reduce((n, t) => n + t.bytes, 0);
  const rows = [...visit.transfers]
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, largest)
    .map((t) => [kb(t.bytes), fmt((t.bytes / total) * 100, 0), t.encoding, t.type, new URL(t.url).pathname]);
  const met = total / 1024 <= FIRST_VISIT_TARGET_KB;
  return [
    `first family visit (fresh browser, full board): ${visit.transfers.length} responses, ${kb(total)} kB ` +
      `over HTTP as sent; target ≤ ${FIRST_VISIT_TARGET_KB} kB: ${met ? 'met' : 'not met'}; ` +
      `the board's data over the sync socket: ${kb(visit.socketBytes)} kB more`,
    table([['kB', '%', 'encoding', 'type', 'file'], ...rows]),
  ].join('\n');
}
