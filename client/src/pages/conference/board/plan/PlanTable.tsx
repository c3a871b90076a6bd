/**
 * The plan as everyone but the chair sees it: a table with the six columns the family knows from
 * the whiteboard, one row per line, dates in words; rows about one child say so.
 */
import type { PlanRow } from '@cb/shared/doc/plan';
import type { ChildRecord } from '@cb/shared/doc/schema';
import { COLUMN_LABELS, PLAN_COLUMNS, PROGRESS_LABELS, whenWords } from './planWords.ts';

interface Props {
  rows: PlanRow[];
  childRecords: ChildRecord[];
}

export function PlanTable({ rows, childRecords: children }: Props) {
  const nameOf = (id: string) => children.find((c) => c.id === id)?.name ?? 'one child';
  return (
    <div className="plan-table__scroll">
      <table className="plan-table">
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
          {rows.map((row) => (
            <tr key={row.id}>
              {PLAN_COLUMNS.map((c) => (
                <td key={c}>
                  {c === 'risk' && row.childIds.length > 0 ? (
                    <span className="plan-table__child">For {row.childIds.map(nameOf).join(' and ')}: </span>
                  ) : null}
                  {c === 'byWhen' ? whenWords(row.byWhen) : row[c]}
                  {c === 'risk' && row.carriedFrom && row.progress ? (
                    <span className="plan-table__progress"> ({PROGRESS_LABELS[row.progress]})</span>
                  ) : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
