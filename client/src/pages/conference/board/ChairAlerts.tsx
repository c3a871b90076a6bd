/**
 * In the chair's header, always on screen at 1366×768: how many hands are up and how many people
 * are waiting to be let in, each a button that takes the chair to that part of the rail. Someone
 * new is announced to screen readers (role=status) and, if the chair turns it on, with a soft
 * chime (remembered on this device).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { LobbyEntry, RaisedHand } from '@cb/shared/protocol';
import { joinNames } from '../../../format.ts';

const CHIME_KEY = 'conference-board:chime';

/** A short, quiet two-note chime; nothing when the browser has no audio. */
function chime(): void {
  try {
    const audio = new AudioContext();
    const gain = audio.createGain();
    gain.gain.setValueAtTime(0.08, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.6);
    gain.connect(audio.destination);
    [660, 880].forEach((hz, i) => {
      const tone = audio.createOscillator();
      tone.frequency.value = hz;
      tone.connect(gain);
      tone.start(audio.currentTime + i * 0.15);
      tone.stop(audio.currentTime + 0.6);
    });
    setTimeout(() => void audio.close(), 1000);
  } catch {
    // No audio here: the badge and the announcement still say it.
  }
}

/** The names in `now` that were not in `before`. */
function arrivals<T extends { name: string }>(
  before: Set<string>,
  now: T[],
  key: (x: T) => string,
): string[] {
  return now.filter((x) => !before.has(key(x))).map((x) => x.name);
}

function jumpTo(selector: string): void {
  const target = document.querySelector<HTMLElement>(selector);
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
}

export function ChairAlerts({ hands, waiting }: { hands: RaisedHand[]; waiting: LobbyEntry[] | null }) {
  const [withChime, setWithChime] = useState(() => localStorage.getItem(CHIME_KEY) === 'on');
  const [news, setNews] = useState('');
  const seen = useRef<{ hands: Set<string>; waiting: Set<string> } | null>(null);
  const list = useMemo(() => waiting ?? [], [waiting]);

  useEffect(() => {
    const before = seen.current;
    seen.current = {
      hands: new Set(hands.map((h) => h.key)),
      waiting: new Set(list.map((w) => w.participantId)),
    };
    if (!before) return;
    const raised = arrivals(before.hands, hands, (h) => h.key);
    const came = arrivals(before.waiting, list, (w) => w.participantId);
    const words = [
      raised.length ? `${joinNames(raised)} raised ${raised.length === 1 ? 'a hand' : 'their hands'}.` : '',
      came.length ? `${joinNames(came)} ${came.length === 1 ? 'is' : 'are'} waiting to come in.` : '',
    ]
      .filter(Boolean)
      .join(' ');
    if (!words) return;
    setNews(words);
    if (withChime) chime();
  }, [hands, list, withChime]);

  return (
    // While someone needs the chair, the badges stay in the window's corner wherever the chair scrolls.
    <div className={`chair-alerts${hands.length + list.length > 0 ? ' chair-alerts--calling' : ''}`}>
      <button
        type="button"
        className={`chair-alerts__badge${hands.length ? ' chair-alerts__badge--on' : ''}`}
        onClick={() => jumpTo('[aria-label="Raised hands"]')}
      >
        Hands up: {hands.length}
      </button>
      <button
        type="button"
        className={`chair-alerts__badge${list.length ? ' chair-alerts__badge--on' : ''}`}
        onClick={() => jumpTo('#waiting-heading')}
      >
        Waiting: {list.length}
      </button>
      <label className="chair-alerts__chime">
        <input
          type="checkbox"
          checked={withChime}
          onChange={(e) => {
            setWithChime(e.target.checked);
            localStorage.setItem(CHIME_KEY, e.target.checked ? 'on' : 'off');
          }}
        />{' '}
        Chime
      </label>
      <p className="visually-hidden" role="status">
        {news}
      </p>
    </div>
  );
}
