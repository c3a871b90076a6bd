/**
 * The chair's capture box at the foot of a section: type, press Enter, keep typing. Who said it,
 * professionals-only and a worry's kind stay set between items, because people tend to speak in
 * runs. A worry's kind is never assumed: until the chair has chosen one, Enter keeps the words and
 * takes the keyboard to "Kind" (arrow keys choose, Enter adds), because a present danger filed as
 * past harm would escape the plan's checks.
 */
import { forwardRef, useId, useRef, useState } from 'react';
import { EVIDENCE_TAGS, SOURCES, type EvidenceTag, type Source, type WorryKind } from '@cb/shared/doc/schema';
import { OptionalSelect } from '../../../components/OptionalSelect.tsx';
import type { NewItemInput } from './commands/items.ts';
import { WorryKindSelect } from './WorryKindSelect.tsx';
import { SOURCE_LABELS, TAG_LABELS, type SectionInfo } from './sections.ts';

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
  const [kind, setKind] = useState<WorryKind | null>(null);
  const [askKind, setAskKind] = useState(false);
  const kindRef = useRef<HTMLSelectElement>(null);
  const textRef = useRef<HTMLInputElement | null>(null);
  const needsKind = section.key === 'worries';
  const [saidBy, setSaidBy] = useState('');
  // What kind of evidence, and how directly known: for this item only, cleared once it is added.
  const [tag, setTag] = useState<EvidenceTag | null>(null);
  const [source, setSource] = useState<Source | null>(null);
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
        if (needsKind && !kind) {
          setAskKind(true);
          kindRef.current?.focus();
          return;
        }
        onAdd({
          text: words,
          kind: kind ?? undefined,
          tag,
          source,
          saidBy: saidBy.trim() || null,
          professionalsOnly,
        });
        setText('');
        setTag(null);
        setSource(null);
        setAskKind(false);
        if (document.activeElement !== textRef.current) textRef.current?.focus();
      }}
    >
      <label htmlFor={`${id}-text`} className="capture__label">
        {section.addLabel}
        {section.shortcut && <span className="capture__key"> (Alt+{section.shortcut})</span>}
      </label>
      <div className="capture__row">
        <input
          ref={(el) => {
            textRef.current = el;
            if (typeof ref === 'function') ref(el);
            else if (ref) ref.current = el;
          }}
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
        {needsKind && (
          <WorryKindSelect
            label="Kind"
            value={kind}
            onChange={(k) => {
              setKind(k);
              setAskKind(false);
            }}
            selectRef={kindRef}
            describedBy={askKind ? `${id}-kind` : undefined}
            onKeyDown={(e) => {
              // Enter on the choice adds the worry, as it does in the words box.
              if (e.key === 'Enter') {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
          />
        )}
        <label>
          Tag
          <OptionalSelect
            value={tag}
            values={EVIDENCE_TAGS}
            labels={TAG_LABELS}
            none="No tag"
            onChange={setTag}
          />
        </label>
        <label>
          Source
          <OptionalSelect
            value={source}
            values={SOURCES}
            labels={SOURCE_LABELS}
            none="Not said"
            onChange={setSource}
          />
        </label>
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
      {askKind ? (
        <p id={`${id}-kind`} className="capture__ask" role="alert">
          What kind of worry is this: past harm, present and future danger, or its impact on the child? Choose
          one under “Kind”, then press Enter.
        </p>
      ) : null}
    </form>
  );
});
