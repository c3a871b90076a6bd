/**
 * The links issued for a conference, each with "Send a new link" (for one lost or never received:
 * the old one stops working; links are kept only as hashes, so an old one cannot be shown again)
 * and a "Withdraw" button that asks first.
 */
import { useState, type MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import type { Link, ReplacedLink } from '@cb/shared/api';
import { call, messageOf } from '../../api.ts';
import { formatDateTime } from '../../format.ts';
import { ROLE_LABELS } from '../../labels.ts';
import { NewLinkNote } from './NewLinkNote.tsx';

interface LinkListProps {
  conferenceId: string;
  /** The conference's title, for the email that goes with a new link. */
  title: string;
  /** False once the conference has closed: no new links then. */
  open: boolean;
  links: Link[];
  /** A link was withdrawn (or replaced): the list should be read again. */
  onWithdrawn: (linkId: string) => void;
}

function linkState(link: Link, now: number): string {
  if (link.revokedAt) return `Withdrawn ${formatDateTime(link.revokedAt)}`;
  if (link.expiresAt && new Date(link.expiresAt).getTime() <= now)
    return `Expired ${formatDateTime(link.expiresAt)}`;
  return link.expiresAt ? `Works until ${formatDateTime(link.expiresAt)}` : 'Works until withdrawn';
}

export function LinkList({ conferenceId, title, open, links, onWithdrawn }: LinkListProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ linkId: string; message: string } | null>(null);
  const [done, setDone] = useState('');
  const [now] = useState(() => Date.now());
  const [fresh, setFresh] = useState<ReplacedLink | null>(null);

  const replace = async (link: Link) => {
    setBusy(true);
    setError(null);
    try {
      const made = await call('replaceLink', { id: conferenceId, linkId: link.id }, {});
      setConfirming(null);
      setFresh(made);
      onWithdrawn(link.id);
    } catch (err) {
      setError({ linkId: link.id, message: messageOf(err) });
    } finally {
      setBusy(false);
    }
  };

  const withdraw = async (link: Link) => {
    setBusy(true);
    setError(null);
    try {
      await call('revokeLink', { id: conferenceId, linkId: link.id });
      setConfirming(null);
      setDone(`The link for ${link.label} has been withdrawn.`);
      onWithdrawn(link.id);
    } catch (err) {
      setError({ linkId: link.id, message: messageOf(err) });
    } finally {
      setBusy(false);
    }
  };

  const keep = (event: MouseEvent<HTMLButtonElement>) => {
    const row = event.currentTarget.closest('li');
    flushSync(() => setConfirming(null));
    row?.querySelector<HTMLButtonElement>('.link-row__withdraw')?.focus();
  };

  if (links.length === 0) return <p className="empty">No links yet.</p>;
  return (
    <>
      <p className="visually-hidden" role="status">
        {done}
      </p>
      {fresh ? <NewLinkNote fresh={fresh} title={title} /> : null}
      <ul className="link-list">
        {links.map((link) => {
          const live = !link.revokedAt && !(link.expiresAt && new Date(link.expiresAt).getTime() <= now);
          return (
            <li key={link.id} className={`link-row${live ? '' : ' link-row--ended'}`}>
              <div className="link-row__main">
                <p className="link-row__label">{link.label}</p>
                <p className="muted">
                  {ROLE_LABELS[link.role]} · created {formatDateTime(link.createdAt)} · {linkState(link, now)}
                </p>
              </div>
              {live && open ? (
                <button
                  type="button"
                  className="button button--secondary link-row__replace"
                  disabled={busy}
                  onClick={() => void replace(link)}
                >
                  Send a new link<span className="visually-hidden"> to {link.label}</span>
                </button>
              ) : null}
              {live ? (
                <button
                  type="button"
                  className="button button--secondary link-row__withdraw"
                  aria-expanded={confirming === link.id}
                  onClick={() => setConfirming(confirming === link.id ? null : link.id)}
                >
                  Withdraw<span className="visually-hidden"> the link for {link.label}</span>
                </button>
              ) : null}
              {live && confirming === link.id ? (
                <div className="confirm" role="group" aria-label={`Withdraw the link for ${link.label}?`}>
                  <p>
                    Withdraw this link? Anyone using it is disconnected at once, and it will not work again.
                  </p>
                  <div className="button-row">
                    <button
                      type="button"
                      className="button button--warning"
                      disabled={busy}
                      onClick={() => void withdraw(link)}
                    >
                      Yes, withdraw it
                    </button>
                    <button type="button" className="button button--quiet" autoFocus onClick={keep}>
                      Keep it
                    </button>
                  </div>
                </div>
              ) : null}
              <p className="field__error" aria-live="polite">
                {error?.linkId === link.id ? error.message : ''}
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
