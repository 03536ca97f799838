/* eslint-disable no-restricted-globals -- a service worker’s global scope is `self` */
/* Jobunivers service worker.
   1. Web Push: shows notifications and opens the right page on click. Pushes carry a neutral sentence and a path
      only; the app shows the rest after sign-in.
   2. Offline: keeps the app shell (the built files listed in /sw-precache.js, written by the build) and the last-seen
      answers of a few of the citizen's own reads — the start page, the plan, meetings and contact details
      (OFFLINE_READS) — and serves them only when the network cannot be reached, telling the page when they were
      saved. Every other request (sign-in and sign-out redirects, the event stream, every write, every other read)
      is left to the browser untouched. The saved answers belong to one person: they are deleted at sign-out, when
      /api/v1/me answers 401, and when it answers for someone else. */

// The build writes the shell's file list (and its version) to /sw-precache.js; the dev server has none.
try {
  importScripts('/sw-precache.js');
} catch {
  /* no precache list (dev server): push still works, nothing is kept offline */
}
const PRECACHE = self.JOBUNIVERS_PRECACHE || { version: 'dev', urls: [] };
const SHELL_CACHE = `jobunivers-shell-${PRECACHE.version}`;
const DATA_CACHE = 'jobunivers-data';
const SAVED_AT_HEADER = 'x-jobunivers-saved-at';
const SUBJECT_KEY = '/__jobunivers/subject';

/** The citizen's own reads kept for offline use: who is signed in, the start page, plan, meetings, contact details. */
const OFFLINE_READS = [
  /^\/api\/v1\/me$/,
  /^\/api\/v1\/me\/(plan|meetings|profile|screening|self-assessment|timeline|joblog|job-matches|job-suggestions)$/,
  /^\/api\/v1\/me\/meetings\/[0-9a-fA-F-]{36}$/,
];

/** Whether a request's answer may be kept for offline use: a same-origin GET of an allow-listed API read. */
function isOfflineRead(method, url, origin) {
  return method === 'GET' && url.origin === origin && OFFLINE_READS.some((pattern) => pattern.test(url.pathname));
}

/** Whether the worker answers a request at all; anything else goes to the network exactly as without a worker. */
function handles(method, url, origin) {
  if (method !== 'GET' || url.origin !== origin) return false;
  if (url.pathname.startsWith('/api/')) return isOfflineRead(method, url, origin);
  return true;
}

/** The saved copy's key: path, query and the language asked for (the same read in English is another answer). */
function dataCacheKey(url, language) {
  const key = new URL(url.pathname + url.search, 'https://offline.invalid');
  key.searchParams.set('sw-lang', (language || '').split(',')[0].trim().toLowerCase());
  return key.pathname + key.search;
}

/** Who /api/v1/me says is signed in ("citizen:<id>"), or null for anyone the data may not be kept for. */
function subjectOf(me) {
  return me && me.kind === 'citizen' && typeof me.id === 'string' ? `citizen:${me.id}` : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Install, activate: the shell.

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      // One file that cannot be fetched must not stop the worker (push) from installing.
      .then((cache) =>
        Promise.all(
          PRECACHE.urls.map((url) => cache.add(new Request(url, { cache: 'reload' })).catch(() => undefined)),
        ),
      )
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith('jobunivers-shell-') && name !== SHELL_CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

// ---------------------------------------------------------------------------------------------------------------
// The saved reads. Writes and wipes run one after another, so a wipe is never overtaken by an earlier answer.

let pending = Promise.resolve();
const serially = (work) => {
  pending = pending.then(work, work).catch(() => undefined);
  return pending;
};
const wipeData = () => serially(() => caches.delete(DATA_CACHE));

async function storedSubject(cache) {
  const saved = await cache.match(SUBJECT_KEY);
  return saved ? saved.text() : null;
}

function remember(url, key, response) {
  return serially(async () => {
    if (url.pathname === '/api/v1/me') {
      const subject =
        response.status === 200
          ? subjectOf(
              await response
                .clone()
                .json()
                .catch(() => null),
            )
          : null;
      const cache = await caches.open(DATA_CACHE);
      // Signed out, or signed in as someone else: nothing saved for the previous person may stay.
      if (!subject || (await storedSubject(cache)) !== subject) await caches.delete(DATA_CACHE);
      if (!subject) return;
      const fresh = await caches.open(DATA_CACHE);
      await fresh.put(SUBJECT_KEY, new Response(subject));
      await fresh.put(key, await stamped(response));
      return;
    }
    if (response.status !== 200) return;
    const cache = await caches.open(DATA_CACHE);
    // Only after /api/v1/me has said who is signed in: an answer never lands among another person's data.
    if (!(await storedSubject(cache))) return;
    await cache.put(key, await stamped(response));
  });
}

async function stamped(response) {
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT_HEADER, new Date().toISOString());
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

async function offlineRead(event, url) {
  const key = dataCacheKey(url, event.request.headers.get('accept-language'));
  try {
    const response = await fetch(event.request);
    event.waitUntil(remember(url, key, response.clone()));
    return response;
  } catch (error) {
    await pending;
    const saved = await caches.match(key, { cacheName: DATA_CACHE });
    if (!saved) throw error;
    event.waitUntil(tellOffline(event.clientId, saved.headers.get(SAVED_AT_HEADER)));
    return saved;
  }
}

async function tellOffline(clientId, savedAt) {
  const client = clientId ? await self.clients.get(clientId) : null;
  if (client) client.postMessage({ type: 'jobunivers:offline', savedAt });
}

// ---------------------------------------------------------------------------------------------------------------
// The shell: pages open from the cached index.html when the network is gone; built files come from the cache.

async function page(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const shell = await caches.match('/', { cacheName: SHELL_CACHE });
    if (!shell) throw error;
    return shell;
  }
}

async function shellFile(request, url) {
  const cached = await caches.match(request, { cacheName: SHELL_CACHE });
  if (cached) return cached;
  const response = await fetch(request);
  // Hashed build files never change: keep one fetched on the way (a chunk of a newer build, say).
  if (response.ok && url.pathname.startsWith('/assets/')) {
    const copy = response.clone();
    caches.open(SHELL_CACHE).then((cache) => cache.put(request, copy));
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (!handles(request.method, url, self.location.origin)) return;
  if (url.pathname.startsWith('/api/')) {
    // A navigation to the API (the sign-in redirects) is the browser's own business.
    if (request.mode !== 'navigate') event.respondWith(offlineRead(event, url));
    return;
  }
  if (request.mode === 'navigate') return event.respondWith(page(request));
  if (url.pathname.startsWith('/assets/') || PRECACHE.urls.includes(url.pathname))
    event.respondWith(shellFile(request, url));
});

self.addEventListener('message', (event) => {
  // Sign-out (the page asks): delete every saved read, after any answer still being written.
  if (event.data && event.data.type === 'jobunivers:sign-out') event.waitUntil(wipeData());
});

// ---------------------------------------------------------------------------------------------------------------
// Web Push.

self.addEventListener('push', (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = {};
  }
  const title = data.title || 'Jobunivers';
  event.waitUntil(
    self.registration.showNotification(title, {
      body: data.body || '',
      // One notification per id: a push delivered twice replaces itself instead of showing twice.
      tag: data.tag || data.id || 'jobunivers',
      data: { url: typeof data.url === 'string' && data.url.startsWith('/') ? data.url : '/notifikationer' },
      icon: '/icons/icon-192.png',
      badge: '/icons/icon-192.png',
      lang: self.navigator.language && self.navigator.language.startsWith('en') ? 'en' : 'da',
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = new URL(
    event.notification.data && event.notification.data.url ? event.notification.data.url : '/',
    self.location.origin,
  ).href;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      for (const client of windows) {
        if (new URL(client.url).origin === self.location.origin && 'focus' in client) {
          return client
            .focus()
            .then((focused) => (focused && 'navigate' in focused ? focused.navigate(url) : undefined));
        }
      }
      return self.clients.openWindow(url);
    }),
  );
});
