/** Any address the app does not know. */
import { AppLink } from '../components/AppLink.tsx';
import { CentredPage } from '../components/CentredPage.tsx';
import { useDocumentTitle } from '../hooks.ts';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <CentredPage>
      <h1>There is nothing at this address</h1>
      <p>Please check the address. If you were sent a link to a conference, open that link again.</p>
      <AppLink href="/">Go to the start page</AppLink>
    </CentredPage>
  );
}
