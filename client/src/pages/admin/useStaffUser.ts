/** The signed-in member of staff; anyone not signed in is sent to the sign-in page. */
import { useEffect, useState } from 'react';
import type { StaffUser } from '@cb/shared/api';
import { ApiFailure, call } from '../../api.ts';
import { navigate, signInPath } from '../../navigation.ts';

export type StaffState =
  { state: 'loading' } | { state: 'signed-in'; user: StaffUser } | { state: 'failed'; error: unknown };

export function useStaffUser(): StaffState {
  const [state, setState] = useState<StaffState>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    call('whoAmI', {}).then(
      ({ user }) => live && setState({ state: 'signed-in', user }),
      (error: unknown) => {
        if (!live) return;
        if (error instanceof ApiFailure && error.status === 401) navigate(signInPath(), { replace: true });
        else setState({ state: 'failed', error });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
