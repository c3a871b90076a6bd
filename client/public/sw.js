/* Conference Board service worker: keeps the app shell (the page and its scripts and styles) on
   this device so that the chair's board opens again after a reload while offline. Of the API it
   keeps only the chair's own "who am I in this conference" answer, and forgets it on sign-out;
   links and the board's data are never cached here (the chair's board copies live in IndexedDB). */
/* global self, caches, fetch, URL, Response */
const SHELL = 'cb-shell-v1';
const CHAIR = 'cb-chair-v1';
const ME_PATH = /^\/api\/conferences\/[0-9a-f-]{36}\/me$/;
const SHELL_PAGE = '/index.html';

async function cacheShell() {
  const cache = await caches.open(SHELL);
  const response = await fetch('/', { cache: 'no-store' });
  if (!response.ok) return;
  const html = await response.clone().text();
  await cache.put(SHELL_PAGE, response);
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
  await cache.addAll(assets);
}

self.addEventListener('install', (event) => {
  event.waitUntil(cacheShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== SHELL && key !== CHAIR) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'forget') event.waitUntil(caches.delete(CHAIR));
});

/** The chair's membership answer: fresh when online, remembered for offline reloads. */
async function chairMembership(request) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const body = await response.clone().json();
      if (body && body.role === 'chair') await (await caches.open(CHAIR)).put(request, response.clone());
    }
    return response;
  } catch (err) {
    const cached = await (await caches.open(CHAIR)).match(request);
    if (cached) return cached;
    throw err;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (ME_PATH.test(url.pathname)) {
    event.respondWith(chairMembership(request));
    return;
  }
  if (request.mode === 'navigate' && (url.pathname.startsWith('/c/') || url.pathname === '/')) {
    // The page: fresh when online (and remembered), the remembered one when offline.
    event.respondWith(
      (async () => {
        try {
          const response = await fetch(request);
          if (response.ok) (await caches.open(SHELL)).put(SHELL_PAGE, response.clone());
          return response;
        } catch {
          const cached = await caches.match(SHELL_PAGE);
          return (
            cached ??
            new Response('You are offline.', { status: 503, headers: { 'Content-Type': 'text/plain' } })
          );
        }
      })(),
    );
    return;
  }
  if (url.pathname.startsWith('/assets/')) {
    // Built files have content hashes in their names: once fetched, they never change.
    event.respondWith(
      (async () => {
        const cached = await caches.match(request);
        if (cached) return cached;
        const response = await fetch(request);
        if (response.ok) (await caches.open(SHELL)).put(request, response.clone());
        return response;
      })(),
    );
  }
});
