/** A choice of one of the children, or all of them (`'all'`): the board's filter, a plan row's "About". */
import type { ChildRecord } from '@cb/shared/doc/schema';

interface Props {
  label: string;
  value: string;
  childRecords: readonly Pick<ChildRecord, 'id' | 'name'>[];
  onChange: (childIdOrAll: string) => void;
  className?: string;
}

export function ChildSelect({ label, value, childRecords, onChange, className }: Props) {
  return (
    <label className={className}>
      <span>{label}</span>{' '}
      <select
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          // Enter sends the form it is in, as it does from the form's text boxes.
          const form = e.currentTarget.form;
          if (e.key === 'Enter' && form) {
            e.preventDefault();
            form.requestSubmit();
          }
        }}
      >
        <option value="all">All the children</option>
        {childRecords.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}
