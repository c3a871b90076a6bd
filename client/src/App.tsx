/** Chooses the page from the address; moves focus to the new page's content after each change. */
import { lazy, Suspense, useEffect, useRef } from 'react';
import { Loading } from './components/Loading.tsx';
import { useLocation } from './navigation.ts';
import { ConferencePage } from './pages/conference/ConferencePage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';

// Staff pages load on demand, so the board (opened by families on slow phones too) starts sooner.
const AdminPage = lazy(() => import('./pages/admin/AdminPage.tsx').then((m) => ({ default: m.AdminPage })));
const ConferenceAdminPage = lazy(() =>
  import('./pages/admin/ConferenceAdminPage.tsx').then((m) => ({ default: m.ConferenceAdminPage })),
);
const SignInPage = lazy(() => import('./pages/SignInPage.tsx').then((m) => ({ default: m.SignInPage })));

const ID = '([0-9A-Za-z-]{1,64})';
const CONFERENCE_ADMIN = new RegExp(`^/admin/conferences/${ID}/?$`);
const CONFERENCE_BOARD = new RegExp(`^/c/${ID}/?$`);

function page(pathname: string) {
  if (pathname === '/') return <HomePage />;
  if (pathname === '/signin') return <SignInPage />;
  if (pathname === '/admin' || pathname === '/admin/') return <AdminPage />;
  const admin = CONFERENCE_ADMIN.exec(pathname)?.[1];
  if (admin) return <ConferenceAdminPage key={admin} conferenceId={admin} />;
  const board = CONFERENCE_BOARD.exec(pathname)?.[1];
  if (board) return <ConferencePage key={board} conferenceId={board} />;
  return <NotFoundPage />;
}

export function App() {
  const location = useLocation();
  const pathname = location.split('?')[0] ?? '/';
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);

  return <Suspense fallback={<Loading what="the page" />}>{page(pathname)}</Suspense>;
}
