/**
 * What happens with "Not now" and "Remove" besides the decision itself: whether the person's link
 * stops working (ticked for family and room-screen links, which are theirs alone), and otherwise
 * how long their device waits before it may ask again. Shown inside the chair's confirmation.
 */
import { useId, useState } from 'react';
import {
  COOL_OFF_MINUTES,
  DEFAULT_COOL_OFF_MINUTES,
  LINK_ROLES,
  revokesLinkByDefault,
  type DecisionOptions,
  type LinkRole,
} from '@cb/shared/protocol';

const WAIT_WORDS: Record<(typeof COOL_OFF_MINUTES)[number], string> = {
  5: '5 minutes',
  15: '15 minutes',
  60: '1 hour',
  240: '4 hours',
};

const isLinkRole = (role: string): role is LinkRole => (LINK_ROLES as readonly string[]).includes(role);

/** The options to start from for someone with this role. */
export function defaultTurnAway(role: string): Required<DecisionOptions> {
  return {
    revokeLink: isLinkRole(role) && revokesLinkByDefault(role),
    coolOffMinutes: DEFAULT_COOL_OFF_MINUTES,
  };
}

export function useTurnAway(role: string) {
  return useState<Required<DecisionOptions>>(() => defaultTurnAway(role));
}

interface TurnAwayOptionsProps {
  name: string;
  value: Required<DecisionOptions>;
  onChange: (value: Required<DecisionOptions>) => void;
}

export function TurnAwayOptions({ name, value, onChange }: TurnAwayOptionsProps) {
  const id = useId();
  return (
    <div className="turn-away">
      <label className="turn-away__check" htmlFor={`${id}-revoke`}>
        <input
          id={`${id}-revoke`}
          type="checkbox"
          checked={value.revokeLink}
          onChange={(e) => onChange({ ...value, revokeLink: e.target.checked })}
        />
        Stop {name}’s link working
      </label>
      <p className="turn-away__hint muted">
        {value.revokeLink
          ? 'Anyone else who joined with the same link is disconnected too. The office can send a new link.'
          : 'They can use the same link to ask again later.'}
      </p>
      {value.revokeLink ? null : (
        <label className="turn-away__wait" htmlFor={`${id}-wait`}>
          They can ask again after
          <select
            id={`${id}-wait`}
            value={value.coolOffMinutes}
            onChange={(e) => onChange({ ...value, coolOffMinutes: Number(e.target.value) })}
          >
            {COOL_OFF_MINUTES.map((m) => (
              <option key={m} value={m}>
                {WAIT_WORDS[m]}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
