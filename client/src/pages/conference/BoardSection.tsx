/**
 * One region of the board (a landmark named as CONTRACT.md says), listing its items in order. The
 * worries are grouped as the room's whiteboard groups them: past harm, future danger, impact.
 */
import type { BoardItem } from '@cb/shared/doc/board';
import type { ChildRecord, WorryKind } from '@cb/shared/doc/schema';
import { useId } from 'react';
import { BoardItemCard } from './BoardItemCard.tsx';

export interface SectionInfo {
  /** The region's accessible name, exactly as end-to-end tests and screen readers look for it. */
  name: string;
  /** The words on screen, when they differ from the name (e.g. a question). */
  heading: string;
  tone: string;
}

const WORRY_GROUPS: { kind: WorryKind | null; heading: string }[] = [
  { kind: 'past-harm', heading: 'Past harm' },
  { kind: 'future-danger', heading: 'Future danger' },
  { kind: 'impact', heading: 'Impact on the child' },
  { kind: null, heading: 'Other worries' },
];

interface BoardSectionProps {
  info: SectionInfo;
  items: BoardItem[];
  allChildren: ChildRecord[];
  groupWorries?: boolean;
}

export function BoardSection({ info, items, allChildren, groupWorries }: BoardSectionProps) {
  const headingId = useId();
  const labelling =
    info.heading === info.name ? { 'aria-labelledby': headingId } : { 'aria-label': info.name };
  const list = (shown: BoardItem[]) => (
    <ul className="items">
      {shown.map((item) => (
        <BoardItemCard key={item.id} item={item} allChildren={allChildren} />
      ))}
    </ul>
  );
  return (
    <section className={`region region--${info.tone}`} {...labelling}>
      <h2 id={headingId} className="region__heading">
        {info.heading}
      </h2>
      {items.length === 0 ? <p className="region__empty">Nothing yet.</p> : null}
      {items.length > 0 && !groupWorries ? list(items) : null}
      {items.length > 0 && groupWorries
        ? WORRY_GROUPS.map(({ kind, heading }) => {
            const shown = items.filter((item) => item.kind === kind);
            return shown.length === 0 ? null : (
              <div className="region__group" key={heading}>
                <h3 className="region__subheading">{heading}</h3>
                {list(shown)}
              </div>
            );
          })
        : null}
    </section>
  );
}
