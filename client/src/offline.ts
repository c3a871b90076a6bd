/**
 * What this device keeps so the chair can carry on without a connection: the app shell (a
 * service worker) and the chair's board copies (IndexedDB, see board/useConferenceDocs.ts). Both
 * are forgotten on sign-out and when a conference is closed.
 */
const LOCAL_PREFIX = 'conference-board:';

/**
 * Only the chair needs to reload without a connection, so only the chair's board installs the
 * worker (and families' screens don't spend their first seconds caching the app).
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js').catch(() => {
    // Without it the board still works online; only reloading while offline is lost.
  });
}

/** Deletes every board copy kept on this device and the remembered chair answers. */
export async function forgetThisDevice(): Promise<void> {
  navigator.serviceWorker?.controller?.postMessage({ type: 'forget' });
  if (typeof indexedDB.databases !== 'function') return;
  const databases = await indexedDB.databases();
  await Promise.all(
    databases
      .filter((d) => d.name?.startsWith(LOCAL_PREFIX))
      .map(
        (d) =>
          new Promise<void>((resolve) => {
            const request = indexedDB.deleteDatabase(d.name as string);
            request.onsuccess = request.onerror = request.onblocked = () => resolve();
          }),
      ),
  );
}

export function localStoreName(docName: string): string {
  return `${LOCAL_PREFIX}${docName}`;
}
