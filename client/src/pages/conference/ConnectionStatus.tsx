/** The board's connection, in words and a coloured dot, announced politely when it changes. */
import type { SyncConnection } from './useConferenceDocs.ts';

const WORDS: Record<SyncConnection, string> = {
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
};

export function ConnectionStatus({ connection }: { connection: SyncConnection }) {
  return (
    <p className={`connection connection--${connection}`} role="status">
      <span className="connection__dot" aria-hidden="true" />
      {WORDS[connection]}
    </p>
  );
}
