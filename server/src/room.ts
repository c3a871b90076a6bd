/**
 * The room's control state: presenter focus, raised hands and suggestions from professionals.
 * Kept in the store so that a reconnecting client (or a restarted server) catches up; every change
 * is announced with `roomChanged` and the control server sends each socket its own view.
 */
import { randomUUID } from 'node:crypto';
import type { Stage } from '@cb/shared/doc/schema';
import type { FocusSection, NewSuggestion, RoomState, RoomView, Suggestion } from '@cb/shared/protocol';
import type { ConferenceAccess } from './access.ts';
import { actorOf } from './actor.ts';
import type { Bus } from './bus/Bus.ts';
import { DomainError, forbidden } from './errors.ts';
import type { RoomStatePort } from './store/Store.ts';
import { auditLog } from './audit.ts';
import { markStarted, type StartStore } from './conferenceStart.ts';

/** A stable key for a person in a conference: their participant id, or their staff id. */
export function personKey(access: ConferenceAccess): string {
  return access.participant ? access.participant.id : `staff:${access.staff?.user.id ?? 'unknown'}`;
}

const MAX_OPEN_SUGGESTIONS_PER_PERSON = 20;

/** What the family may suggest from their own screen. */
const FAMILY_SUGGESTION_SECTIONS: readonly string[] = ['plan', 'parentsView'];

export class RoomService {
  constructor(
    private readonly store: RoomStatePort & StartStore,
    private readonly bus: Bus,
  ) {}

  async state(access: ConferenceAccess): Promise<RoomState> {
    const conferenceId = access.conference.id;
    const [{ stage, focus, screen }, hands, open] = await Promise.all([
      this.store.getRoom(conferenceId),
      this.store.listHands(conferenceId),
      this.store.listSuggestions(conferenceId, 'open'),
    ]);
    const mine = personKey(access);
    const suggestions = open
      .filter((x) => access.role === 'chair' || x.authorKey === mine)
      .map(({ authorKey: _authorKey, ...x }) => x);
    // The family and the room screen see that hands are up, not the professionals' suggestions;
    // a family member sees their own (their ideas for the plan), the room's screen none.
    return {
      stage,
      focus,
      screen,
      hands,
      suggestions: access.role === 'display' ? [] : suggestions,
    };
  }

  async setFocus(access: ConferenceAccess, section: FocusSection | null): Promise<void> {
    if (access.role !== 'chair') throw forbidden();
    await this.store.setRoom(access.conference.id, { focus: section }, new Date().toISOString());
    this.bus.publish({ type: 'roomChanged', conferenceId: access.conference.id });
  }

  /** The chair chooses what the room's screen shows; it (and anyone following) follows. */
  async setScreen(access: ConferenceAccess, view: RoomView): Promise<void> {
    if (access.role !== 'chair') throw forbidden();
    await this.store.setRoom(access.conference.id, { screen: view }, new Date().toISOString());
    this.bus.publish({ type: 'roomChanged', conferenceId: access.conference.id });
  }

  /** The chair moves the conference to another stage; every screen shows it. */
  async setStage(access: ConferenceAccess, stage: Stage): Promise<void> {
    if (access.role !== 'chair') throw forbidden();
    if (stage === 'closed')
      throw new DomainError('invalid', 'USE_CLOSE', 'Use “Close conference” to close it.');
    // A closed conference stays closed: its final snapshot is the record.
    if (access.conference.status === 'closed') {
      throw new DomainError(
        'conflict',
        'CONFERENCE_CLOSED',
        'This conference has been closed, so its stage cannot change.',
      );
    }
    const at = new Date().toISOString();
    const { stage: from } = await this.store.getRoom(access.conference.id);
    // A new stage puts its own part on the room's screen (the chair can choose another after).
    const screen: RoomView = stage === 'plan' ? 'plan' : stage === 'decision' ? 'decision' : 'board';
    await this.store.setRoom(access.conference.id, { stage, ...(stage === from ? {} : { screen }) }, at);
    // Past the professionals' meeting: the conference has begun (once; see conferenceStart.ts).
    if (stage !== 'part-one') await markStarted(this.store, access, 'stage', at);
    if (from !== stage) {
      await auditLog(this.store).record(
        actorOf(access),
        'stage-changed',
        access.conference.id,
        { from, to: stage },
        { at },
      );
    }
    this.bus.publish({ type: 'roomChanged', conferenceId: access.conference.id });
    this.bus.publish({ type: 'stageChanged', conferenceId: access.conference.id, stage });
  }

  async setHand(access: ConferenceAccess, raised: boolean): Promise<void> {
    if (access.role !== 'professional' && access.role !== 'family') throw forbidden();
    const key = personKey(access);
    if (raised) {
      await this.store.raiseHand(access.conference.id, {
        key,
        name: access.name,
        role: access.role,
        since: new Date().toISOString(),
      });
    } else await this.store.lowerHand(access.conference.id, key);
    this.bus.publish({ type: 'roomChanged', conferenceId: access.conference.id });
  }

  async lowerHand(access: ConferenceAccess, key: string): Promise<void> {
    if (access.role !== 'chair' && key !== personKey(access)) throw forbidden();
    await this.store.lowerHand(access.conference.id, key);
    this.bus.publish({ type: 'roomChanged', conferenceId: access.conference.id });
  }

  async suggest(access: ConferenceAccess, input: NewSuggestion): Promise<Suggestion> {
    const family = access.role === 'family';
    if (access.role !== 'professional' && !family) throw forbidden();
    // It is their plan: the family suggest what should be done, and what they think.
    if (family && !FAMILY_SUGGESTION_SECTIONS.includes(input.section)) {
      throw forbidden(
        'From the family’s screen you can suggest something for the plan, or say what you think.',
      );
    }
    if (access.conference.status === 'closed') {
      throw new DomainError(
        'conflict',
        'CONFERENCE_CLOSED',
        'This conference has been closed, so suggestions are over.',
      );
    }
    const key = personKey(access);
    const open = await this.store.listSuggestions(access.conference.id, 'open');
    if (open.filter((x) => x.authorKey === key).length >= MAX_OPEN_SUGGESTIONS_PER_PERSON) {
      throw new DomainError(
        'too-many',
        'TOO_MANY_SUGGESTIONS',
        'You have many suggestions waiting. Please wait for the chair to look at them.',
      );
    }
    const suggestion: Suggestion = {
      id: randomUUID(),
      section: input.section,
      text: input.text,
      kind: input.section === 'worries' ? (input.kind ?? null) : null,
      by: { name: access.name, role: access.role, participantId: access.participant?.id ?? null },
      createdAt: new Date().toISOString(),
      status: 'open',
    };
    await this.store.createSuggestion(access.conference.id, suggestion, key);
    this.bus.publish({ type: 'roomChanged', conferenceId: access.conference.id });
    return suggestion;
  }

  async resolve(
    access: ConferenceAccess,
    suggestionId: string,
    outcome: 'accepted' | 'dismissed',
  ): Promise<void> {
    if (access.role !== 'chair') throw forbidden();
    const done = await this.store.resolveSuggestion(
      access.conference.id,
      suggestionId,
      outcome,
      new Date().toISOString(),
    );
    if (!done)
      throw new DomainError('conflict', 'ALREADY_DECIDED', 'That suggestion has already been dealt with.');
    this.bus.publish({ type: 'roomChanged', conferenceId: access.conference.id });
  }
}
