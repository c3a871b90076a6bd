/**
 * Lets the chair reload the board while offline from the very first visit. The service worker
 * remembers the chair's "who am I in this conference" answer only when that request passes
 * through it; on a first visit the page asks before the worker has taken charge of the page, so
 * the answer was never remembered and an offline reload stopped at "could not be opened". Once a
 * worker controls the page, the board asks again (a read with no side effects) so it is kept.
 */
import { useEffect } from 'react';
import { pathOf } from '@cb/shared/protocol';
import { registerServiceWorker } from '../../../offline.ts';

export function useOfflineReload(conferenceId: string, isChair: boolean): void {
  useEffect(() => {
    const workers = 'serviceWorker' in navigator ? navigator.serviceWorker : null;
    if (!isChair || !workers) return;
    registerServiceWorker();
    const remember = () => {
      if (!workers.controller) return;
      // A plain fetch, not `call`: nothing waits for the answer, and a prefetch must not answer it.
      void fetch(pathOf('membership', { id: conferenceId }), { credentials: 'same-origin' }).catch(() => {
        // Offline already: the worker answers from what it has, or the reload shows the usual message.
      });
    };
    remember();
    workers.addEventListener('controllerchange', remember);
    return () => workers.removeEventListener('controllerchange', remember);
  }, [conferenceId, isChair]);
}
