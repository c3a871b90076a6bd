/**
 * How the meeting ran, for the professionals' minutes only (the family's copy has none of it: it
 * comes from the restricted document, or is blanked for the family): the family members'
 * parental responsibility, ethnicity and language, the reports, how each child took part, the
 * interpreter, and anyone asked to leave for part of the meeting. Lines carry the
 * "Professionals only" mark.
 */
import { VIEWS_BY_WORDS } from '../doc/meetingRecord.ts';
import { h2, item, p, type Block } from './blocks.ts';
import type { Minutes } from './types.ts';
import { dateWords } from './words.ts';

export const MEETING_HEADINGS = {
  family: 'The family',
  reports: 'Reports',
  participation: 'How the children took part',
  exclusions: 'Asked to leave for part of the meeting',
} as const;

const yesNo = (b: boolean, yes: string, no: string) => (b ? yes : no);

export function meetingRecordBlocks(minutes: Minutes): Block[] {
  if (minutes.audience === 'family') return [];
  const blocks: Block[] = [];
  const family = minutes.attendees.filter(
    (a) => a.parentalResponsibility !== null || a.ethnicity !== null || a.firstLanguage !== null,
  );
  if (family.length > 0) {
    blocks.push(h2(MEETING_HEADINGS.family), {
      kind: 'bullets',
      items: family.map((a) => {
        const words = [
          a.parentalResponsibility === null
            ? ''
            : a.parentalResponsibility
              ? 'has parental responsibility'
              : 'does not have parental responsibility',
          a.ethnicity ? `ethnicity: ${a.ethnicity}` : '',
          a.firstLanguage ? `first language: ${a.firstLanguage}` : '',
        ].filter(Boolean);
        return item(`${a.name}: ${words.join('; ')}.`, true);
      }),
    });
  }
  if (minutes.reports.length > 0) {
    blocks.push(h2(MEETING_HEADINGS.reports), {
      kind: 'table',
      name: 'reports',
      header: ['Agency', 'Due', 'Received', 'Shared with the family', 'Shared with the child'],
      widths: [3, 2, 2, 2, 3],
      rows: minutes.reports.map((r) => [
        r.author ? { text: r.agency, note: r.author } : r.agency,
        dateWords(r.expectedBy),
        r.receivedOn
          ? `${dateWords(r.receivedOn)}${r.receivedOn > r.expectedBy ? ' (late)' : ''}`
          : 'Not received',
        r.sharedWithFamilyOn ? dateWords(r.sharedWithFamilyOn) : 'Not shared',
        [r.sharedWithChild === null ? 'Not decided' : r.sharedWithChild ? 'Yes' : 'No', r.notSharedReason]
          .filter(Boolean)
          .join('. '),
      ]),
    });
    blocks.push(
      p({ text: `Due dates follow the rule: ${minutes.dates.rules.reportsExpectedBy}.`, muted: true }),
    );
  }
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
