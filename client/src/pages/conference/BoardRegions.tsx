/** The board's regions, laid out like the room's whiteboard: three columns, then voices, then the plan. */
import type { BoardView } from '@cb/shared/doc/board';
import type { ListSection } from '@cb/shared/doc/schema';
import { BoardSection, type SectionInfo } from './BoardSection.tsx';

const SECTIONS: Partial<Record<ListSection, SectionInfo>> = {
  worries: { name: 'Worries', heading: 'What are we worried about?', tone: 'worries' },
  workingWell: { name: "What's working well", heading: "What's working well?", tone: 'working-well' },
  greyAreas: { name: 'Grey areas', heading: 'Grey areas', tone: 'grey' },
  childsVoice: { name: "The child's voice", heading: "The child's voice", tone: 'voice' },
  parentsView: { name: "Parents' view", heading: "Parents' view", tone: 'parents' },
  plan: { name: 'Plan', heading: 'Plan', tone: 'plan' },
};

const ROWS: ListSection[][] = [
  ['worries', 'workingWell', 'greyAreas'],
  ['childsVoice', 'parentsView'],
  ['plan'],
];

export function BoardRegions({ board }: { board: BoardView }) {
  return (
    <div className="board__regions">
      {ROWS.map((row) => (
        <div className={`board__row board__row--${row.length}`} key={row.join('-')}>
          {row.map((section) => {
            const info = SECTIONS[section];
            return info ? (
              <BoardSection
                key={section}
                info={info}
                items={board.sections[section]}
                allChildren={board.children}
                groupWorries={section === 'worries'}
              />
            ) : null;
          })}
        </div>
      ))}
    </div>
  );
}
