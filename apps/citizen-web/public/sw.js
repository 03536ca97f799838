/* eslint-disable no-restricted-globals -- a service worker’s global scope is `self` */
/* Jobunivers service worker: shows Web Push notifications and opens the right page on click.
   Pushes carry a neutral sentence and a path only; the app shows the rest after sign-in. */
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

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
      badge: '/icons/icon-maskable-192.png',
      lang: self.navigator.language && self.navigator.language.startsWith('en') ? 'en' : 'da',
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = new URL(event.notification.data && event.notification.data.url ? event.notification.data.url : '/', self.location.origin).href;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      for (const client of windows) {
        if (new URL(client.url).origin === self.location.origin && 'focus' in client) {
          return client.focus().then((focused) => (focused && 'navigate' in focused ? focused.navigate(url) : undefined));
        }
      }
      return self.clients.openWindow(url);
    }),
  );
});
