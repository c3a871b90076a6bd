/**
 * How the meeting ran, for the professionals' minutes only (the family's copy has none of it: it
 * comes from the restricted document): how each child took part, the interpreter, and anyone
 * asked to leave for part of the meeting. Each line carries the "Professionals only" mark.
 */
import { VIEWS_BY_WORDS } from '../doc/meetingRecord.ts';
import { h2, item, type Block } from './blocks.ts';
import type { Minutes } from './types.ts';

export const MEETING_HEADINGS = {
  participation: 'How the children took part',
  exclusions: 'Asked to leave for part of the meeting',
} as const;

const yesNo = (b: boolean, yes: string, no: string) => (b ? yes : no);

export function meetingRecordBlocks(minutes: Minutes): Block[] {
  if (minutes.audience === 'family') return [];
  const blocks: Block[] = [];
  if (minutes.childParticipation.length > 0) {
    blocks.push(h2(MEETING_HEADINGS.participation), {
      kind: 'bullets',
      items: minutes.childParticipation.map((c) => {
        const name = minutes.children.find((ch) => ch.id === c.childId)?.name ?? 'A child';
        const words = [
          yesNo(c.attended, 'attended', 'did not attend'),
          yesNo(c.seenAlone, 'was seen alone', 'was not seen alone'),
          `views: ${VIEWS_BY_WORDS[c.viewsBy].toLowerCase()}`,
        ].join('; ');
        return item(`${name}: ${words}.`, true, c.note ? ` ${c.note}` : '');
      }),
    });
  }
  if (minutes.interpreter) {
    const i = minutes.interpreter;
    blocks.push({
      kind: 'bullets',
      items: [
        item(
          i.needed
            ? `An interpreter was needed${i.language ? ` (${i.language})` : ''}.`
            : 'No interpreter was needed.',
          true,
        ),
      ],
    });
  }
  if (minutes.exclusions.length > 0) {
    blocks.push(h2(MEETING_HEADINGS.exclusions), {
      kind: 'bullets',
      items: minutes.exclusions.map((e) => item(`${e.who}, ${e.part}.`, true, ` Why: ${e.reason}`)),
    });
  }
  return blocks;
}
