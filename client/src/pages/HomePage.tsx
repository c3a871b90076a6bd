/** `/`: where someone lands without a link: how to get to a conference, and sign-in for staff. */
import { AppLink } from '../components/AppLink.tsx';
import { CentredPage } from '../components/CentredPage.tsx';
import { useDocumentTitle } from '../hooks.ts';

export function HomePage() {
  useDocumentTitle('');
  return (
    <CentredPage>
      <h1>The shared board for child protection conferences</h1>
      <p className="lead">
        If you have been invited to a conference, please open the link you were sent. You do not need an
        account.
      </p>
      <p>Chairs and business support staff:</p>
      <AppLink href="/signin" className="button button--primary">
        Sign in
      </AppLink>
    </CentredPage>
  );
}
