/**
 * The plan as everyone but the chair sees it: a table with the six columns the family knows from
 * the whiteboard, one row per line, dates in words; rows about one child say so. A professional's
 * own actions come first, marked as theirs. On a phone each row becomes a card with its column
 * names, so nothing scrolls sideways.
 */
import { CORE_PROGRESS_WORDS } from '@cb/shared/doc/coreProgress';
import type { PlanRow } from '@cb/shared/doc/plan';
import type { ChildRecord } from '@cb/shared/doc/schema';
import { isTheirs, theirsFirst } from './mine.ts';
import { COLUMN_LABELS, PLAN_COLUMNS, PROGRESS_LABELS, whenWords } from './planWords.ts';

interface Props {
  rows: PlanRow[];
  childRecords: ChildRecord[];
  /** A professional's name: their rows first. Null for the family, the room and admins. */
  viewerName: string | null;
}

/** How a row went at the latest core group, and whether it has been closed as done. */
function LatestProgress({ row }: { row: PlanRow }) {
  const latest = row.progressNotes.at(-1);
  if (row.closedOn) return <span className="plan-table__progress"> (done)</span>;
  return latest ? (
    <span className="plan-table__progress"> ({CORE_PROGRESS_WORDS[latest.status].toLowerCase()})</span>
  ) : null;
}

export function PlanTable({ rows, childRecords: children, viewerName }: Props) {
  const nameOf = (id: string) => children.find((c) => c.id === id)?.name ?? 'one child';
  const ordered = theirsFirst(rows, viewerName);
  return (
    <div className="plan-table__scroll">
      <table className="plan-table" role="table">
        <thead>
          <tr>
            {PLAN_COLUMNS.map((c) => (
              <th key={c} scope="col">
                {COLUMN_LABELS[c]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ordered.map((row) => {
            const theirs = viewerName !== null && isTheirs(row.byWhom, viewerName);
            return (
              <tr key={row.id} role="row" className={theirs ? 'plan-table__row--yours' : undefined}>
                {PLAN_COLUMNS.map((c) => (
                  <td key={c} role="cell" data-label={COLUMN_LABELS[c]}>
                    {c === 'risk' && theirs ? <span className="plan-table__yours">Yours: </span> : null}
                    {c === 'risk' && row.childIds.length > 0 ? (
                      <span className="plan-table__child">
                        For {row.childIds.map(nameOf).join(' and ')}:{' '}
                      </span>
                    ) : null}
                    {c === 'byWhen' ? whenWords(row) : row[c]}
                    {c === 'risk' && row.carriedFrom && row.progress ? (
                      <span className="plan-table__progress"> ({PROGRESS_LABELS[row.progress]})</span>
                    ) : null}
                    {c === 'risk' ? <LatestProgress row={row} /> : null}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
