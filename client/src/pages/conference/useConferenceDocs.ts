/**
 * The conference's Yjs documents over y-websocket, read into plain board data on every change.
 * Everyone admitted opens the public document; only roles that may see professionals-only items
 * also open `<id>.restricted` (the family and the room screen never ask for it).
 */
import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { readBoard, type BoardView } from '@cb/shared/doc/board';
import { CLOSE_REASONS, CloseCode, canSeeRestricted, docNameFor, type Role } from '@cb/shared/protocol';

export type SyncConnection = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export interface ConferenceDocsState {
  board: BoardView | null;
  connection: SyncConnection;
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

const BATCH_MS = 30;

export function syncBaseUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}/sync`;
}

export function useConferenceDocs(conferenceId: string, role: Role): ConferenceDocsState {
  const [state, setState] = useState<ConferenceDocsState>({
    board: null,
    connection: 'connecting',
    closedReason: null,
  });

  useEffect(() => {
    const publicDoc = new Y.Doc();
    const restrictedDoc = canSeeRestricted(role) ? new Y.Doc() : null;
    const docs = restrictedDoc ? [publicDoc, restrictedDoc] : [publicDoc];
    const providers = docs.map(
      (doc) =>
        new WebsocketProvider(syncBaseUrl(), docNameFor(conferenceId, doc === restrictedDoc), doc, {
          disableBc: true,
          shouldReconnect: (event) => !FINAL_CODES.has(event.code),
        }),
    );
    const statuses = providers.map(() => 'connecting' as 'connecting' | 'connected' | 'disconnected');
    let everConnected = false;
    let closedReason: string | null = null;
    let synced = false;
    let timer = 0;

    const connection = (): SyncConnection => {
      if (closedReason || !navigator.onLine) return 'offline';
      if (statuses.every((s) => s === 'connected')) return 'connected';
      return everConnected ? 'reconnecting' : 'connecting';
    };
    const publish = () => {
      timer = 0;
      setState({
        board: synced ? readBoard(publicDoc, restrictedDoc) : null,
        connection: connection(),
        closedReason,
      });
    };
    // Many updates arrive together (a sync, a burst of typing): read the board once per batch.
    const schedule = () => {
      if (timer === 0) timer = window.setTimeout(publish, BATCH_MS);
    };

    providers.forEach((provider, index) => {
      provider.on('status', ({ status }) => {
        statuses[index] = status;
        if (status === 'connected' && statuses.every((s) => s === 'connected')) everConnected = true;
        schedule();
      });
      provider.on('sync', () => {
        synced = providers.every((p) => p.synced) || synced;
        schedule();
      });
      provider.on('closed', ({ code, reason }) => {
        closedReason = reasonFor(code, reason);
        schedule();
      });
    });
    for (const doc of docs) doc.on('update', schedule);
    window.addEventListener('online', schedule);
    window.addEventListener('offline', schedule);

    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('online', schedule);
      window.removeEventListener('offline', schedule);
      for (const provider of providers) provider.destroy();
      for (const doc of docs) doc.destroy();
    };
  }, [conferenceId, role]);

  return state;
}
