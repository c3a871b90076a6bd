/**
 * `/c/:id`, the conference page for everyone: finds out who this browser is in the conference, then
 * shows the waiting room, the board, or a plain message, switching without a reload as the chair
 * decides.
 */
import type { ConferenceSummary } from '@cb/shared/api';
import { CloseCode, type AdmissionEvent, type ParticipantStatus } from '@cb/shared/protocol';
import { ApiFailure, messageOf } from '../../api.ts';
import { formatTime } from '../../format.ts';
import { Loading } from '../../components/Loading.tsx';
import { useApiData } from '../../hooks.ts';
import { ADMISSION_FALLBACK } from '../../labels.ts';
import { useEffect } from 'react';
import { BoardScreen } from './board/BoardScreen.tsx';
import { discardWarmBoard } from '../../docs/useConferenceDocs.ts';
import { LobbyScreen } from './LobbyScreen.tsx';
import { MessageScreen, OpenLinkAgain, ReloadNeeded } from './MessageScreen.tsx';
import { useControl } from './useControl.ts';

export type { ConferenceSummary };

const ENDED_TITLES: Partial<Record<number, string>> = {
  [CloseCode.removed]: 'You are no longer in this conference',
  [CloseCode.linkRevoked]: 'This link no longer works',
  [CloseCode.linkExpired]: 'This link no longer works',
  [CloseCode.conferenceClosed]: 'This conference has been closed',
  [CloseCode.unauthorised]: 'Please open your link again',
};

const isOut = (status: ParticipantStatus | null) => status === 'refused' || status === 'removed';

/** After being turned away: whether the same link can be used again, and when. */
function whatNext(admission: AdmissionEvent): string {
  if (admission.linkEnded) return 'The link you used no longer works. The office can send you a new one.';
  if (admission.askAgainAt)
    return `You can open your link again to ask to join after ${formatTime(admission.askAgainAt)}.`;
  return 'You can open your link again to ask to join.';
}

export function ConferencePage({ conferenceId }: { conferenceId: string }) {
  const me = useApiData('membership', { id: conferenceId });
  const membership = me.loadable.state === 'loaded' ? me.loadable.data : null;
  const startControl = membership !== null && !isOut(membership.status);
  const control = useControl(conferenceId, startControl);
  const cannotSee =
    me.loadable.state === 'failed' ||
    (membership !== null && isOut(membership.status)) ||
    isOut(control.state.status) ||
    control.state.ended !== null;
  useEffect(() => {
    if (cannotSee) discardWarmBoard();
  }, [cannotSee]);
  // Someone let in from the lobby was not told about the conference while waiting: ask again.
  const { reload } = me;
  const admittedWithoutSummary =
    membership !== null && !membership.conference && control.state.status === 'admitted';
  useEffect(() => {
    if (admittedWithoutSummary) reload();
  }, [admittedWithoutSummary, reload]);

  if (me.loadable.state === 'loading') {
    return (
      <MessageScreen title="Opening the conference">
        <Loading what="the conference" />
      </MessageScreen>
    );
  }
  if (me.loadable.state === 'failed') {
    const error = me.loadable.error;
    if (error instanceof ApiFailure && (error.status === 401 || error.status === 403))
      return <OpenLinkAgain />;
    if (error instanceof ApiFailure && error.status === 404) {
      return (
        <MessageScreen title="This conference board could not be found">
          <p>Please check the address, or open the link you were sent again.</p>
        </MessageScreen>
      );
    }
    return (
      <MessageScreen title="The conference could not be opened">
        <p>{messageOf(error)}</p>
        <button type="button" className="button button--primary" onClick={me.reload}>
          Try again
        </button>
      </MessageScreen>
    );
  }

  const data = me.loadable.data;
  const large = data.role === 'family' || data.role === 'display';
  const { state } = control;
  const status = state.status ?? data.status;

  if (state.failure === 'protocol') return <ReloadNeeded />;
  // The chair's decision comes first: turning someone away also ends their connection.
  if (isOut(status)) {
    return (
      <MessageScreen
        title={status === 'removed' ? 'You are no longer in this conference' : 'Not let in this time'}
        large={large}
      >
        <p>{state.admission?.message ?? ADMISSION_FALLBACK[status]}</p>
        {state.admission ? <p>{whatNext(state.admission)}</p> : null}
      </MessageScreen>
    );
  }
  if (state.ended) {
    return (
      <MessageScreen title={ENDED_TITLES[state.ended.code] ?? 'You have left the conference'} large={large}>
        <p>{state.ended.message}</p>
      </MessageScreen>
    );
  }
  if (state.failure === 'unauthorised') return <OpenLinkAgain large={large} />;
  if (status === 'waiting') {
    return (
      <LobbyScreen
        name={data.name}
        title={data.conference?.title ?? null}
        stage={state.stage}
        reconnecting={state.connection === 'reconnecting'}
      />
    );
  }
  const role = state.hello?.role ?? data.role;
  return (
    <BoardScreen
      conferenceId={conferenceId}
      role={role}
      name={data.name}
      summary={data.conference ?? null}
      control={control}
    />
  );
}
