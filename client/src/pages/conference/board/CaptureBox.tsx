/**
 * The chair's capture box at the foot of a section: type, press Enter, keep typing. Who said it
 * and professionals-only stay set between items, because people tend to speak in runs.
 */
import { forwardRef, useId, useState } from 'react';
import type { WorryKind } from '@cb/shared/doc/schema';
import type { NewItemInput } from './commands/items.ts';
import { WorryKindSelect } from './WorryKindSelect.tsx';
import type { SectionInfo } from './sections.ts';

interface Props {
  section: SectionInfo;
  people: string[];
  professionalsOnlyByDefault: boolean;
  canRestrict: boolean;
  onAdd: (input: NewItemInput) => void;
  onFocus: () => void;
}

export const CaptureBox = forwardRef<HTMLInputElement, Props>(function CaptureBox(
  { section, people, professionalsOnlyByDefault, canRestrict, onAdd, onFocus },
  ref,
) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState<WorryKind>('past-harm');
  const [saidBy, setSaidBy] = useState('');
  const [restricted, setRestricted] = useState<boolean | null>(null);
  const id = useId();
  const professionalsOnly = canRestrict && (restricted ?? professionalsOnlyByDefault);

  return (
    <form
      className="capture"
      onFocus={onFocus}
      onSubmit={(e) => {
        e.preventDefault();
        const words = text.trim();
        if (!words) return;
        onAdd({ text: words, kind, saidBy: saidBy.trim() || null, professionalsOnly });
        setText('');
      }}
    >
      <label htmlFor={`${id}-text`} className="capture__label">
        {section.addLabel}
        {section.shortcut && <span className="capture__key"> (Alt+{section.shortcut})</span>}
      </label>
      <div className="capture__row">
        <input
          ref={ref}
          id={`${id}-text`}
          className="capture__input"
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoComplete="off"
          maxLength={2000}
        />
        <button type="submit" className="button button--small">
          Add
        </button>
      </div>
      <div className="capture__options">
        {section.key === 'worries' && <WorryKindSelect label="Kind" value={kind} onChange={setKind} />}
        <label>
          Said by
          <input value={saidBy} onChange={(e) => setSaidBy(e.target.value)} list={`${id}-people`} size={14} />
          <datalist id={`${id}-people`}>
            {people.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
        </label>
        {canRestrict && (
          <label>
            <input
              type="checkbox"
              checked={professionalsOnly}
              onChange={(e) => setRestricted(e.target.checked)}
            />
            Professionals only
          </label>
        )}
      </div>
    </form>
  );
});
