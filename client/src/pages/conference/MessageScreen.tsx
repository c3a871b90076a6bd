/** A calm full-page message for someone who cannot (or can no longer) see the board. */
import type { ReactNode } from 'react';
import { CentredPage } from '../../components/CentredPage.tsx';
import { useDocumentTitle } from '../../hooks.ts';

interface MessageScreenProps {
  title: string;
  children?: ReactNode;
  large?: boolean;
}

export function MessageScreen({ title, children, large }: MessageScreenProps) {
  useDocumentTitle(title);
  return (
    <CentredPage cardClass="message-screen" large={large}>
      <h1>{title}</h1>
      {children}
    </CentredPage>
  );
}

/** What a person sees when their link no longer lets them in (or they opened the page without one). */
export function OpenLinkAgain({ large }: { large?: boolean }) {
  return (
    <MessageScreen title="Please open your link again" large={large}>
      <p>
        We could not tell who you are for this conference. Please open the link you were sent again. If it
        still does not work, ask the person who sent it for a new one.
      </p>
      <p className="muted">
        Chairs and staff: <a href={`/signin?next=${encodeURIComponent(window.location.pathname)}`}>sign in</a>
        .
      </p>
    </MessageScreen>
  );
}

/** Shown when the server runs a newer version than this page. */
export function ReloadNeeded() {
  return (
    <MessageScreen title="Please reload the page">
      <p>A newer version is available. Please reload the page.</p>
      <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
        Reload the page
      </button>
    </MessageScreen>
  );
}
