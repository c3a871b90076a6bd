/**
 * The frame of every staff page: a header with the product name, who is signed in and a sign-out
 * button, then the page. Waits for the staff member to be known (or sends them to sign in).
 */
import { useState, type ReactNode } from 'react';
import type { StaffUser } from '@cb/shared/api';
import { call, messageOf } from '../../api.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { FormMessage } from '../../components/FormMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SkipLink } from '../../components/SkipLink.tsx';
import { STAFF_ROLE_LABELS } from '../../labels.ts';
import { forgetThisDevice } from '../../offline.ts';
import { navigate } from '../../navigation.ts';
import { useStaffUser } from './useStaffUser.ts';

interface StaffLayoutProps {
  children: (user: StaffUser) => ReactNode;
}

export function StaffLayout({ children }: StaffLayoutProps) {
  const staff = useStaffUser();
  const [signOutError, setSignOutError] = useState('');

  const signOut = async () => {
    setSignOutError('');
    try {
      await call('signOut', {});
      await forgetThisDevice();
      navigate('/signin', { replace: true });
    } catch (error) {
      setSignOutError(messageOf(error));
    }
  };

  return (
    <div className="staff">
      <SkipLink />
      <header className="staff-header">
        <div className="staff-header__inner">
          <AppLink href="/admin" className="brand">
            Conference Board
          </AppLink>
          {staff.state === 'signed-in' ? (
            <div className="staff-header__user">
              <span>
                {staff.user.name} <span className="muted">· {STAFF_ROLE_LABELS[staff.user.role]}</span>
              </span>
              <button type="button" className="button button--quiet" onClick={() => void signOut()}>
                Sign out
              </button>
            </div>
          ) : null}
        </div>
        {signOutError ? <FormMessage tone="error">{signOutError}</FormMessage> : null}
      </header>
      <main id="main" className="staff-main" tabIndex={-1}>
        {staff.state === 'loading' ? <Loading what="your account" /> : null}
        {staff.state === 'failed' ? <FormMessage tone="error">{messageOf(staff.error)}</FormMessage> : null}
        {staff.state === 'signed-in' ? children(staff.user) : null}
      </main>
    </div>
  );
}
