/**
 * The baseline for the sync benchmark: a bare y-websocket relay, i.e. the classic
 * `setupWSConnection` of y-websocket's example server, built on y-protocols (sync + awareness).
 * No authentication, no persistence, no filtering: one in-memory Y.Doc per room name (the URL
 * path), every document update broadcast to every connection of that room (the classic server
 * also echoes it to the sender), awareness relayed as is.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import * as Y from 'yjs';

const messageSync = 0;
const messageAwareness = 1;
const pingTimeoutMs = 30_000;

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

class SharedDoc extends Y.Doc {
  /** Each connection and the awareness client ids it controls. */
  readonly conns = new Map<WebSocket, Set<number>>();
  readonly awareness = new awarenessProtocol.Awareness(this);

  constructor(readonly name: string) {
    super({ gc: true });
    this.awareness.setLocalState(null);
    this.awareness.on('update', ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      const changed = added.concat(updated, removed);
      const controlled = this.conns.get(origin as WebSocket);
      if (controlled) {
        for (const id of added) controlled.add(id);
        for (const id of removed) controlled.delete(id);
      }
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, messageAwareness);
      encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
      const message = encoding.toUint8Array(encoder);
      for (const conn of this.conns.keys()) send(this, conn, message);
    });
    this.on('update', (update: Uint8Array) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, messageSync);
      syncProtocol.writeUpdate(encoder, update);
      const message = encoding.toUint8Array(encoder);
      for (const conn of this.conns.keys()) send(this, conn, message);
    });
  }
}

function closeConn(doc: SharedDoc, conn: WebSocket): void {
  const controlled = doc.conns.get(conn);
  if (controlled) {
    doc.conns.delete(conn);
    awarenessProtocol.removeAwarenessStates(doc.awareness, [...controlled], null);
  }
  conn.close();
}

function send(doc: SharedDoc, conn: WebSocket, message: Uint8Array): void {
  if (conn.readyState !== conn.CONNECTING && conn.readyState !== conn.OPEN) {
    closeConn(doc, conn);
    return;
  }
  try {
    conn.send(message, (err) => {
      if (err) closeConn(doc, conn);
    });
  } catch {
    closeConn(doc, conn);
  }
}

function onMessage(conn: WebSocket, doc: SharedDoc, message: Uint8Array): void {
  try {
    const decoder = decoding.createDecoder(message);
    const encoder = encoding.createEncoder();
    const messageType = decoding.readVarUint(decoder);
    if (messageType === messageSync) {
      encoding.writeVarUint(encoder, messageSync);
      syncProtocol.readSyncMessage(decoder, encoder, doc, conn);
      // Only reply when there is something after the message type (i.e. to sync step 1).
      if (encoding.length(encoder) > 1) send(doc, conn, encoding.toUint8Array(encoder));
    } else if (messageType === messageAwareness) {
      awarenessProtocol.applyAwarenessUpdate(doc.awareness, decoding.readVarUint8Array(decoder), conn);
    }
  } catch (err) {
    console.error('relay: could not handle a message', err);
  }
}

export interface Relay {
  port: number;
  close(): Promise<void>;
}

export function startRelay(port = 0, host = '127.0.0.1'): Promise<Relay> {
  const docs = new Map<string, SharedDoc>();
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('y-websocket relay\n');
  });
  const wss = new WebSocketServer({ noServer: true });

  const setupConnection = (conn: WebSocket, req: http.IncomingMessage): void => {
    conn.binaryType = 'arraybuffer';
    const docName = (req.url ?? '/').slice(1).split('?')[0] ?? '';
    let doc = docs.get(docName);
    if (!doc) {
      doc = new SharedDoc(docName);
      docs.set(docName, doc);
    }
    const room = doc;
    room.conns.set(conn, new Set());
    conn.on('message', (data: RawData) => onMessage(conn, room, toBytes(data)));

    let pongReceived = true;
    const pingInterval = setInterval(() => {
      if (!pongReceived) {
        if (room.conns.has(conn)) closeConn(room, conn);
        clearInterval(pingInterval);
        return;
      }
      if (room.conns.has(conn)) {
        pongReceived = false;
        try {
          conn.ping();
        } catch {
          closeConn(room, conn);
          clearInterval(pingInterval);
        }
      }
    }, pingTimeoutMs);
    conn.on('close', () => {
      closeConn(room, conn);
      clearInterval(pingInterval);
    });
    conn.on('pong', () => {
      pongReceived = true;
    });

    // Sync step 1, then everyone's awareness.
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageSync);
    syncProtocol.writeSyncStep1(encoder, room);
    send(room, conn, encoding.toUint8Array(encoder));
    const states = room.awareness.getStates();
    if (states.size > 0) {
      const awarenessEncoder = encoding.createEncoder();
      encoding.writeVarUint(awarenessEncoder, messageAwareness);
      encoding.writeVarUint8Array(
        awarenessEncoder,
        awarenessProtocol.encodeAwarenessUpdate(room.awareness, [...states.keys()]),
      );
      send(room, conn, encoding.toUint8Array(awarenessEncoder));
    }
  };

  wss.on('connection', setupConnection);
  server.on('upgrade', (req, socket, head) => {
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      resolve({
        port: address.port,
        close: () =>
          new Promise<void>((done) => {
            for (const ws of wss.clients) ws.terminate();
            wss.close();
            for (const doc of docs.values()) doc.destroy();
            docs.clear();
            server.close(() => done());
          }),
      });
    });
  });
}
