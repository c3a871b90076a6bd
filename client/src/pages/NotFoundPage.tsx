/** Any address the app does not know. */
import { AppLink } from '../components/AppLink.tsx';
import { SkipLink } from '../components/SkipLink.tsx';
import { useDocumentTitle } from '../hooks.ts';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <div className="centred-page">
      <SkipLink />
      <main id="main" className="card" tabIndex={-1}>
        <p className="brand brand--small">Conference Board</p>
        <h1>There is nothing at this address</h1>
        <p>Please check the address. If you were sent a link to a conference, open that link again.</p>
        <AppLink href="/">Go to the start page</AppLink>
      </main>
    </div>
  );
}
