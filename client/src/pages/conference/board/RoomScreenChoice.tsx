/**
 * The chair's choice of what the room's screen shows: the whole board, or one part of it on its own
 * and large (a section, the family tree, the plan, the contingency plan, the decision). Sent over
 * /control (`screen:set`); the room's screen follows at once.
 */
import { ROOM_VIEWS, type RoomView } from '@cb/shared/protocol';

export const ROOM_VIEW_WORDS: Record<RoomView, string> = {
  board: 'The whole board',
  worries: 'Worries',
  workingWell: 'What’s working well',
  greyAreas: 'Grey areas',
  childsVoice: 'The child’s voice and the parents’ view',
  genogram: 'The family tree',
  plan: 'The plan',
  contingency: 'The contingency plan',
  decision: 'The decision',
};

export function RoomScreenChoice({
  value,
  onChange,
}: {
  value: RoomView;
  onChange: (view: RoomView) => void;
}) {
  return (
    <div className="field rail__room-screen">
      <label className="rail__heading" htmlFor="room-screen-view">
        The room’s screen shows
      </label>
      <select
        id="room-screen-view"
        value={value}
        onChange={(e) => {
          const view = ROOM_VIEWS.find((v) => v === e.target.value);
          if (view) onChange(view);
        }}
      >
        {ROOM_VIEWS.map((v) => (
          <option key={v} value={v}>
            {ROOM_VIEW_WORDS[v]}
          </option>
        ))}
      </select>
    </div>
  );
}
