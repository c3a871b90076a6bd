/**
 * The lobby: people who opened a professional, family or room-screen link wait here until the
 * chair lets them in. Decisions come from the chair over HTTP or /control and land here.
 */
import type { LobbyEntry, ParticipantStatus } from '@cb/shared/protocol';
import { CloseCode } from '@cb/shared/protocol';
import type { ConferenceEvents } from './events.ts';
import { HttpError, notFound } from './http/errors.ts';
import type { Hub } from './hub.ts';
import type { ParticipantRow, Store } from './store/Store.ts';

export type Decision = 'admit' | 'refuse' | 'remove';

const NEXT: Record<Decision, { from: ParticipantStatus[]; to: ParticipantStatus }> = {
  admit: { from: ['waiting'], to: 'admitted' },
  refuse: { from: ['waiting'], to: 'refused' },
  remove: { from: ['waiting', 'admitted'], to: 'removed' },
};

const ACTION = { admit: 'admitted', refuse: 'refused', remove: 'removed' } as const;

export class LobbyService {
  constructor(
    private readonly store: Store,
    private readonly hub: Hub,
    private readonly events: ConferenceEvents,
  ) {}

  async waiting(conferenceId: string): Promise<LobbyEntry[]> {
    const [people, links] = await Promise.all([
      this.store.listParticipants(conferenceId, 'waiting'),
      this.store.listLinks(conferenceId),
    ]);
    const live = new Map(links.filter((l) => l.revokedAt === null).map((l) => [l.id, l]));
    return people.flatMap((p) => {
      const link = live.get(p.linkId);
      return link
        ? [{ participantId: p.id, name: p.name, role: p.role, linkLabel: link.label, since: p.createdAt }]
        : [];
    });
  }

  async decide(
    conferenceId: string,
    participantId: string,
    decision: Decision,
    actor: string,
  ): Promise<ParticipantRow> {
    const participant = await this.store.findParticipant(participantId);
    if (!participant || participant.conferenceId !== conferenceId) throw notFound('That person');
    const rule = NEXT[decision];
    if (!rule.from.includes(participant.status)) {
      throw new HttpError(
        409,
        'ALREADY_DECIDED',
        `${participant.name} is no longer waiting (${participant.status}).`,
      );
    }
    const at = new Date().toISOString();
    await this.store.setParticipantStatus(participantId, rule.to, at);
    await this.store.audit({
      at,
      actor,
      action: ACTION[decision],
      conferenceId,
      detail: { participantId, role: participant.role },
    });
    const updated: ParticipantRow = { ...participant, status: rule.to, decidedAt: at };
    this.events.emit('participantStatus', updated);
    this.events.emit('lobbyChanged', conferenceId);
    if (rule.to !== 'admitted')
      this.hub.endWhere((c) => c.participantId === participantId, CloseCode.removed);
    return updated;
  }
}
