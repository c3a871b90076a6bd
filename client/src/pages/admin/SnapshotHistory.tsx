/**
 * The conference's history: every snapshot the server took (while it ran, at each stage and at
 * close), a scrubber to move through them, and the board as it was at the one chosen.
 */
import { useState } from 'react';
import type { SnapshotReason } from '@cb/shared/protocol';
import { messageOf } from '../../api.ts';
import { FormMessage } from '../../components/FormMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { formatDateTime } from '../../format.ts';
import { useApiData } from '../../hooks.ts';
import { SnapshotBoard } from './SnapshotBoard.tsx';

const REASON_WORDS: Record<SnapshotReason, string> = {
  periodic: 'while the board was in use',
  stage: 'when the stage changed',
  close: 'when the conference closed',
  manual: 'taken by hand',
};

export function SnapshotHistory({ conferenceId }: { conferenceId: string }) {
  const list = useApiData('listSnapshots', { id: conferenceId });
  const snapshots = list.loadable.state === 'loaded' ? list.loadable.data : [];
  const [index, setIndex] = useState<number | null>(null);
  const at = index ?? snapshots.length - 1;
  const chosen = snapshots[at] ?? null;
  const state = useApiData('snapshotState', chosen ? { id: conferenceId, seq: String(chosen.seq) } : null);

  return (
    <section className="panel" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {list.loadable.state === 'loading' ? <Loading what="the history" /> : null}
      {list.loadable.state === 'failed' ? (
        <FormMessage tone="error">{messageOf(list.loadable.error)}</FormMessage>
      ) : null}
      {list.loadable.state === 'loaded' && snapshots.length === 0 ? (
        <p className="muted">
          No snapshots yet. The server takes one while the board is in use and when it closes.
        </p>
      ) : null}
      {chosen ? (
        <>
          <div className="scrubber">
            <label htmlFor="snapshot-scrubber">
              Snapshot {at + 1} of {snapshots.length}
            </label>
            <input
              id="snapshot-scrubber"
              type="range"
              min={0}
              max={snapshots.length - 1}
              step={1}
              value={at}
              aria-valuetext={`Snapshot ${at + 1} of ${snapshots.length}, ${formatDateTime(chosen.takenAt)}`}
              onChange={(e) => setIndex(Number(e.target.value))}
            />
            <p className="scrubber__when" aria-live="polite">
              {formatDateTime(chosen.takenAt)}, {REASON_WORDS[chosen.reason]}
              <span className="muted"> · fingerprint {chosen.sha256.slice(0, 12)}</span>
            </p>
          </div>
          {state.loadable.state === 'loading' ? <Loading what="the board at that time" /> : null}
          {state.loadable.state === 'failed' ? (
            <FormMessage tone="error">{messageOf(state.loadable.error)}</FormMessage>
          ) : null}
          {state.loadable.state === 'loaded' ? <SnapshotBoard state={state.loadable.data} /> : null}
        </>
      ) : null}
    </section>
  );
}
