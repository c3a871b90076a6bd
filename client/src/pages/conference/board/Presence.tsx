/** Who is here (from awareness: names the server vouches for) and the connection status. */
import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { presenceUserSchema } from '@cb/shared/protocol';
import { ROLE_LABELS } from '../../../labels.ts';
import type { SyncConnection } from '../../../docs/useConferenceDocs.ts';

export interface Present {
  key: string;
  name: string;
  role: string;
  /** Someone who came by a link (not the chair, not staff): the chair may remove them. */
  removable?: boolean;
}

/** Name tags by role (any role the server writes into presence). */
export const ROLE_WORDS: Readonly<Record<string, string>> = ROLE_LABELS;

/** Everyone here, this person included (their own state never comes back named by the server). */
export function usePresence(awareness: Awareness | null, me: Present): Present[] {
  const { key, name, role } = me;
  const [people, setPeople] = useState<Present[]>([]);
  useEffect(() => {
    if (!awareness) return;
    const read = () => {
      const seen = new Map<string, Present>([[key, { key, name, role }]]);
      for (const [clientId, state] of awareness.getStates()) {
        // The server writes `user` from who each connection is (protocol/sync.ts); anything else is skipped.
        const parsed = presenceUserSchema.safeParse((state as { user?: unknown }).user);
        if (!parsed.success) continue;
        const user = parsed.data;
        const key = user.participantId ?? `${user.name}:${user.role}:${clientId}`;
        const role = user.role;
        const removable = user.participantId !== null && role !== 'chair';
        seen.set(key, { key, name: user.name, role, removable });
      }
      const next = [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
      // The same list while nobody came or went (awareness changes at every edit someone starts).
      setPeople((now) => (JSON.stringify(now) === JSON.stringify(next) ? now : next));
    };
    read();
    awareness.on('change', read);
    // Announce ourselves (a state still at clock 0 is ignored by peers); the server adds who we are.
    awareness.setLocalStateField('here', true);
    return () => awareness.off('change', read);
  }, [awareness, key, name, role]);
  return people;
}

export function PresenceStrip({ people }: { people: Present[] }) {
  return (
    <div className="presence" aria-label="Who is here">
      <span className="presence__label">Here:</span>
      <ul className="presence__list">
        {people.map((p) => (
          <li key={p.key} className={`presence__person presence__person--${p.role}`}>
            {p.name}
            <span className="visually-hidden">, </span>
            <span className="presence__role"> {ROLE_WORDS[p.role] ?? p.role}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

const STATUS_WORDS: Record<SyncConnection, string> = {
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
};

export function ConnectionBadge({ status, unsent }: { status: SyncConnection; unsent: boolean }) {
  const text =
    STATUS_WORDS[status] +
    (unsent && status !== 'connected'
      ? ' — your changes are kept on this device and will be sent when the connection returns'
      : '');
  return (
    <p className={`connection connection--${status}`} role="status" aria-live="polite">
      <span className="connection__dot" aria-hidden="true" />
      {text}
    </p>
  );
}
