/**
 * The conference's Yjs documents over y-websocket. Everyone admitted opens the public document;
 * only roles that may see professionals-only items also open `<id>.restricted` (the family and the
 * room screen never ask for it). The chair's copies are also kept on this device (IndexedDB), so
 * edits made offline survive a reload and merge when the connection returns.
 */
import { useEffect, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { LOCAL_ORIGIN } from '@cb/shared/doc/board';
import { DOC_SCHEMA_VERSION, docSchemaVersion } from '@cb/shared/doc/schema';
import { localStoreName } from '../offline.ts';
import { canSeeRestricted, CLOSE_REASONS, CloseCode, docNameFor, type Role } from '@cb/shared/protocol';

export type SyncConnection = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export interface ConferenceDocs {
  publicDoc: Y.Doc;
  restrictedDoc: Y.Doc | null;
  awareness: Awareness;
  /** The professionals' document's presence (who is editing what); null for the family and display. */
  restrictedAwareness: Awareness | null;
  connection: SyncConnection;
  /** Changes made on this device that the server has not had yet. */
  unsent: boolean;
  /** A full copy of the board is here (from the server, or from this device for the chair). */
  ready: boolean;
  /** Why the server closed the connection for good, in its plain words. */
  closedReason: string | null;
}

/** Close codes after which reconnecting cannot help: access has gone or the board is finished. */
const FINAL_CODES = new Set<number>([
  CloseCode.unauthorised,
  CloseCode.readOnly,
  CloseCode.notFound,
  CloseCode.linkRevoked,
  CloseCode.removed,
  CloseCode.conferenceClosed,
  CloseCode.linkExpired,
  CloseCode.documentTooLarge,
  CloseCode.protocolMismatch,
]);

function reasonFor(code: number, reason: string): string {
  return (
    (CLOSE_REASONS as Record<number, string | undefined>)[code] ?? (reason || 'The connection was closed.')
  );
}

/** Forgets the chair's offline copies (on sign-out, or when the conference is closed). */
export async function clearLocalCopies(conferenceId: string): Promise<void> {
  for (const restricted of [false, true]) {
    const doc = new Y.Doc();
    const persistence = new IndexeddbPersistence(localStoreName(docNameFor(conferenceId, restricted)), doc);
    await persistence.whenSynced;
    await persistence.clearData();
    doc.destroy();
  }
}

export function syncBaseUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}/sync`;
}

function openProvider(conferenceId: string, doc: Y.Doc, restricted: boolean): WebsocketProvider {
  return new WebsocketProvider(syncBaseUrl(), docNameFor(conferenceId, restricted), doc, {
    disableBc: true,
    maxBackoffTime: 5000,
    shouldReconnect: (event) => !FINAL_CODES.has(event.code),
  });
}

let warmBoard: { conferenceId: string; doc: Y.Doc; provider: WebsocketProvider } | null = null;

/**
 * Opens the public document as the page starts, while the app is still asking who this person
 * is: a late joiner's board arrives one round trip sooner. The server authorises the socket on its
 * own (and holds it while the person waits in the lobby), so nothing is shown that it would refuse.
 */
export function prewarmBoard(conferenceId: string): void {
  if (warmBoard) return;
  const doc = new Y.Doc();
  warmBoard = { conferenceId, doc, provider: openProvider(conferenceId, doc, false) };
}

function adoptWarmBoard(conferenceId: string) {
  const warm = warmBoard?.conferenceId === conferenceId ? warmBoard : null;
  warmBoard = null;
  return warm;
}

/** Drops a prewarmed document nobody will use (the person cannot see this board). */
export function discardWarmBoard(): void {
  warmBoard?.provider.destroy();
  warmBoard?.doc.destroy();
  warmBoard = null;
}

export function useConferenceDocs(conferenceId: string, role: Role): ConferenceDocs | null {
  const [state, setState] = useState<ConferenceDocs | null>(null);

  useEffect(() => {
    const keepOffline = role === 'chair';
    // The public document may already be on its way (see prewarmBoard): adopt it.
    const warm = adoptWarmBoard(conferenceId);
    const publicDoc = warm?.doc ?? new Y.Doc();
    const restrictedDoc = canSeeRestricted(role) ? new Y.Doc() : null;
    const docs = restrictedDoc ? [publicDoc, restrictedDoc] : [publicDoc];
    const providers = [
      warm?.provider ?? openProvider(conferenceId, publicDoc, false),
      ...(restrictedDoc ? [openProvider(conferenceId, restrictedDoc, true)] : []),
    ];
    const persistences = keepOffline
      ? docs.map(
          (doc) =>
            new IndexeddbPersistence(localStoreName(docNameFor(conferenceId, doc === restrictedDoc)), doc),
        )
      : [];
    const main = providers[0] as WebsocketProvider;
    let everConnected = providers.some((p) => p.wsconnected);
    let unsent = false;
    let closedReason: string | null = null;
    let localReady = false;
    let frame = 0;

    const connected = () => providers.every((p) => p.wsconnected);
    // When the browser says it is offline, a socket that has not noticed yet cannot deliver either.
    const delivering = () => navigator.onLine && connected() && providers.every((p) => p.synced);
    const connection = (): SyncConnection => {
      if (closedReason || !navigator.onLine) return 'offline';
      if (connected()) return 'connected';
      return everConnected ? 'reconnecting' : 'connecting';
    };
    const publish = () => {
      frame = 0;
      if (delivering()) unsent = false;
      setState({
        publicDoc,
        restrictedDoc,
        awareness: main.awareness,
        restrictedAwareness: providers[1]?.awareness ?? null,
        connection: connection(),
        unsent,
        ready: providers.every((p) => p.synced) || localReady,
        closedReason,
      });
    };
    const schedule = () => {
      if (frame === 0) frame = window.setTimeout(publish, 0);
    };

    for (const provider of providers) {
      provider.on('status', ({ status }) => {
        if (status === 'connected') everConnected = true;
        schedule();
      });
      provider.on('sync', () => {
        // A board saved by newer software than this page: the page must be reloaded, not guess.
        const version = docSchemaVersion(publicDoc);
        if (version !== null && version > DOC_SCHEMA_VERSION) {
          closedReason = CLOSE_REASONS[CloseCode.protocolMismatch];
          providers.forEach((p) => p.disconnect());
        }
        schedule();
      });
      provider.on('closed', ({ code, reason }) => {
        closedReason = reasonFor(code, reason);
        if (keepOffline && code === CloseCode.conferenceClosed) void clearLocalCopies(conferenceId);
        providers.forEach((p) => p.disconnect());
        schedule();
      });
    }
    for (const doc of docs) {
      doc.on('update', (_update: Uint8Array, origin: unknown) => {
        if (origin === LOCAL_ORIGIN && !delivering()) {
          unsent = true;
          schedule();
        }
      });
    }
    void Promise.all(persistences.map((p) => p.whenSynced)).then(() => {
      if (persistences.length === 0) return;
      localReady = true;
      schedule();
    });
    window.addEventListener('online', schedule);
    window.addEventListener('offline', schedule);
    publish();

    return () => {
      window.clearTimeout(frame);
      window.removeEventListener('online', schedule);
      window.removeEventListener('offline', schedule);
      providers.forEach((p) => p.destroy());
      persistences.forEach((p) => void p.destroy());
      docs.forEach((d) => d.destroy());
    };
  }, [conferenceId, role]);

  return state;
}
