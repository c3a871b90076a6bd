/**
 * One region of the board (Worries, What's working well, …): its heading, its items (grouped by
 * kind for worries), a drop target for dragged items, and for the chair a capture box.
 */
import { forwardRef, memo, type ReactNode } from 'react';
import type { BoardItem } from '@cb/shared/doc/board';
import { WORRY_KINDS, type ChildRecord } from '@cb/shared/doc/schema';
import type { BoardActions } from './commands/items.ts';
import { ItemCard, ReadOnlyItem } from './ItemCard.tsx';
import { useFitNewest } from './useFitNewest.ts';
import { NO_WORRY_KIND_LABEL, WORRY_KIND_LABELS, type SectionInfo } from './sections.ts';

interface Props {
  info: SectionInfo;
  items: BoardItem[];
  childRecords: ChildRecord[];
  actions: BoardActions | null;
  focused: boolean;
  freshIds: Set<string>;
  capture?: ReactNode;
  onDeleted?: (text: string) => void;
  /** The room's screen: the section fits its share of the screen, its newest items kept. */
  fit?: boolean;
}

/**
 * Memoised: with the board's lists shared between readings (docs/boardView.ts), a change draws
 * only the sections it touched.
 */
export const SectionPanel = memo(
  forwardRef<HTMLElement, Props>(function SectionPanel(
    { info, items, childRecords, actions, focused, freshIds, capture, onDeleted, fit = false },
    ref,
  ) {
    const headingId = `section-${info.key}`;
    const fitted = useFitNewest(
      fit,
      items.map((i) => i.id),
    );
    const list = (group: BoardItem[], label?: string) => (
      <ul className="items" aria-label={label}>
        {group.map((item) =>
          actions ? (
            <ItemCard
              key={item.id}
              item={item}
              childRecords={childRecords}
              actions={actions}
              fresh={freshIds.has(item.id)}
              onDeleted={onDeleted}
            />
          ) : (
            <ReadOnlyItem
              key={item.id}
              item={item}
              childRecords={childRecords}
              fresh={freshIds.has(item.id)}
            />
          ),
        )}
      </ul>
    );
    const content = (
      <>
        {items.length === 0 && <p className="section__empty">{info.empty}</p>}
        {info.key === 'worries'
          ? [...(items.some((i) => i.kind === null) ? [null] : []), ...WORRY_KINDS].map((kind) => {
              // Worries whose kind is not chosen yet come first, under their own heading: never
              // filed silently under one of the three.
              const group = items.filter((i) => i.kind === kind);
              const label = kind === null ? NO_WORRY_KIND_LABEL : WORRY_KIND_LABELS[kind];
              return (
                <div key={kind ?? 'unsorted'} className="section__group">
                  <h3 className="section__subheading">{label}</h3>
                  {group.length > 0 ? (
                    list(group, label)
                  ) : (
                    <p className="section__empty section__empty--small">None yet.</p>
                  )}
                </div>
              );
            })
          : items.length > 0 && list(items)}
      </>
    );
    return (
      <section
        ref={ref}
        aria-label={info.region}
        className={`section section--${info.key}${focused ? ' section--focused' : ''}`}
        data-section={info.key}
        onDragOver={(e) => {
          if (actions && e.dataTransfer.types.includes('application/x-board-item')) {
            e.preventDefault();
            e.dataTransfer.dropEffect = 'move';
          }
        }}
        onDrop={(e) => {
          const id = e.dataTransfer.getData('application/x-board-item');
          if (!actions || !id) return;
          e.preventDefault();
          const target = (e.target as HTMLElement).closest<HTMLElement>('[data-item-id]');
          actions.placeBefore(id, info.key, target?.dataset.itemId ?? null);
        }}
      >
        <h2 id={headingId} className="section__heading">
          {info.heading}
        </h2>
        {fit ? (
          <div className="section__fit" ref={fitted.ref}>
            {fitted.hidden > 0 ? (
              <p className="section__more">
                {fitted.hidden} earlier {fitted.hidden === 1 ? 'item is' : 'items are'} not shown here.
              </p>
            ) : null}
            {content}
          </div>
        ) : (
          content
        )}
        {capture}
      </section>
    );
  }),
);
