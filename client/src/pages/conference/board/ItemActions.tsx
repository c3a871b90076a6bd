/**
 * The chair's actions for one item, in a panel that opens from a button: every drag has a
 * keyboard and click alternative here (move to another section, up, down), plus who said it,
 * which children, tag, source, professionals only (ProfessionalsOnlyChip: showing asks first),
 * and delete.
 */
import { useId, useState } from 'react';
import type { BoardItem } from '@cb/shared/doc/board';
import { EVIDENCE_TAGS, SOURCES, type ChildRecord, type ListSection } from '@cb/shared/doc/schema';
import type { BoardActions } from './commands/items.ts';
import { OptionalSelect } from '../../../components/OptionalSelect.tsx';
import { ProfessionalsOnlyChip } from './ProfessionalsOnlyChip.tsx';
import { WorryKindSelect } from './WorryKindSelect.tsx';
import { CAPTURE_SECTIONS, SOURCE_LABELS, TAG_LABELS } from './sections.ts';

interface Props {
  item: BoardItem;
  childRecords: ChildRecord[];
  actions: BoardActions;
  onEdit: () => void;
  onDeleted?: ((text: string) => void) | undefined;
}

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** Which children an item is about (all of them when none is ticked off). */
function WhichChildren({ item, childRecords, actions }: Pick<Props, 'item' | 'childRecords' | 'actions'>) {
  return (
    <fieldset className="field-inline">
      <legend>Which children</legend>
      {childRecords.map((c) => {
        const all = item.childIds.length === 0;
        const checked = all || item.childIds.includes(c.id);
        return (
          <label key={c.id}>
            <input
              type="checkbox"
              checked={checked}
              onChange={(e) => {
                const current = all ? childRecords.map((x) => x.id) : item.childIds;
                const next = e.target.checked ? [...current, c.id] : current.filter((x) => x !== c.id);
                if (next.length === 0) return;
                actions.update(item.id, {
                  childIds: next.length === childRecords.length ? [] : next,
                });
              }}
            />
            {c.name}
          </label>
        );
      })}
    </fieldset>
  );
}

export function ItemActions({ item, childRecords, actions, onEdit, onDeleted }: Props) {
  const [open, setOpen] = useState(false);
  const [saidBy, setSaidBy] = useState(item.saidBy ?? '');
  const id = useId();
  const panelId = `${id}-panel`;

  return (
    <div className="item-actions">
      <div className="item-actions__bar">
        <button
          type="button"
          className="chip"
          aria-expanded={open}
          aria-controls={panelId}
          aria-label={`Actions for “${short(item.text)}”`}
          onClick={() => setOpen(!open)}
        >
          Actions
        </button>
        <ProfessionalsOnlyChip item={item} actions={actions} />
      </div>
      {open && (
        <div
          id={panelId}
          className="item-actions__panel"
          role="group"
          aria-label={`Change “${short(item.text)}”`}
        >
          <div className="item-actions__row">
            <button type="button" className="chip" onClick={onEdit}>
              Edit words
            </button>
            <button type="button" className="chip" onClick={() => actions.shift(item.id, -1)}>
              Move up
            </button>
            <button type="button" className="chip" onClick={() => actions.shift(item.id, 1)}>
              Move down
            </button>
            <button
              type="button"
              className="chip chip--danger"
              onClick={() => {
                actions.remove(item.id);
                onDeleted?.(item.text);
              }}
            >
              Delete
            </button>
          </div>
          <label className="field-inline">
            Move to
            <select
              value={item.section}
              onChange={(e) => actions.moveTo(item.id, e.target.value as ListSection)}
            >
              {CAPTURE_SECTIONS.map((s) => (
                <option key={s.key} value={s.key}>
                  {s.heading}
                </option>
              ))}
            </select>
          </label>
          {item.section === 'worries' && (
            <WorryKindSelect
              className="field-inline"
              label="Kind of worry"
              value={item.kind}
              onChange={(kind) => actions.update(item.id, { kind })}
            />
          )}
          <form
            className="field-inline"
            onSubmit={(e) => {
              e.preventDefault();
              actions.update(item.id, { saidBy: saidBy.trim() || null });
            }}
          >
            <label>
              Said by
              <input
                value={saidBy}
                onChange={(e) => setSaidBy(e.target.value)}
                onBlur={() => actions.update(item.id, { saidBy: saidBy.trim() || null })}
              />
            </label>
          </form>
          <label className="field-inline">
            Tag
            <OptionalSelect
              value={item.tag}
              values={EVIDENCE_TAGS}
              labels={TAG_LABELS}
              none="No tag"
              onChange={(tag) => actions.update(item.id, { tag })}
            />
          </label>
          <label className="field-inline">
            Source
            <OptionalSelect
              value={item.source}
              values={SOURCES}
              labels={SOURCE_LABELS}
              none="Not said"
              onChange={(source) => actions.update(item.id, { source })}
            />
          </label>
          {childRecords.length > 1 && (
            <WhichChildren item={item} childRecords={childRecords} actions={actions} />
          )}
        </div>
      )}
    </div>
  );
}
