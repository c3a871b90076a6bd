/** One item on the board: its words, who said it and about which child; a lock marker if professionals-only. */
import type { BoardItem } from '@cb/shared/doc/board';
import type { ChildRecord, EvidenceTag, Source } from '@cb/shared/doc/schema';
import { joinNames } from '../../format.ts';

const TAG_WORDS: Record<EvidenceTag, string> = {
  fact: 'Fact',
  observation: 'Observation',
  allegation: 'Allegation',
  opinion: 'Opinion',
};

const SOURCE_WORDS: Record<Source, string> = {
  'first-hand': 'first-hand',
  'second-hand': 'second-hand',
  'third-hand': 'third-hand',
};

function LockIcon() {
  return (
    <svg className="lock-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2h.5a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1h.5Zm1.5 0h4V5a2 2 0 1 0-4 0v2Z" />
    </svg>
  );
}

interface BoardItemCardProps {
  item: BoardItem;
  allChildren: ChildRecord[];
}

export function BoardItemCard({ item, allChildren }: BoardItemCardProps) {
  const about =
    item.childIds.length > 0 && allChildren.length > 1
      ? joinNames(
          allChildren
            .filter((c) => item.childIds.includes(c.id))
            .map((c) => c.name.split(/\s+/)[0] ?? c.name),
        )
      : '';
  const evidence = [item.tag ? TAG_WORDS[item.tag] : null, item.source ? SOURCE_WORDS[item.source] : null]
    .filter(Boolean)
    .join(', ');
  const meta = [
    item.saidBy ? `Said by ${item.saidBy}` : null,
    about ? `About ${about}` : null,
    evidence || null,
  ].filter((part): part is string => part !== null);
  return (
    <li className={`item${item.professionalsOnly ? ' item--restricted' : ''}`}>
      {item.professionalsOnly ? (
        <p className="item__lock">
          <LockIcon />
          Professionals only
        </p>
      ) : null}
      <p className="item__text">{item.text}</p>
      {meta.length > 0 ? <p className="item__meta">{meta.join(' · ')}</p> : null}
    </li>
  );
}
