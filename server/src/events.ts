/** Events inside one server process, so that the lobby, sync and control parts stay decoupled. */
import { EventEmitter } from 'node:events';
import type { Stage } from '@cb/shared/doc/schema';
import type { ParticipantRow } from './store/Store.ts';

interface EventMap {
  /** Someone joined the lobby or was decided about. */
  lobbyChanged: [conferenceId: string];
  /** A participant's status changed (admitted, refused, removed), and whether their link ended with it. */
  participantStatus: [participant: ParticipantRow, linkEnded: boolean];
  /** Presenter focus, hands or suggestions changed. */
  roomChanged: [conferenceId: string];
  /** The chair moved the conference to another stage. */
  stageChanged: [conferenceId: string, stage: Stage];
}

export class ConferenceEvents extends EventEmitter<EventMap> {}
