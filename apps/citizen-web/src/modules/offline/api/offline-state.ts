import { useSyncExternalStore } from 'react';

/** The name of the service worker's cache of saved reads (public/sw.js: DATA_CACHE). */
const DATA_CACHE = 'jobunivers-data';

/** When the oldest saved answer on screen was saved, while the app shows saved answers; null when online. */
let savedAt: string | null = null;
const listeners = new Set<() => void>();
const set = (value: string | null) => {
  savedAt = value;
  listeners.forEach((listener) => listener());
};

/**
 * Registers the service worker (Web Push, the app shell and the saved reads offline) and listens for its word that
 * an answer came from the saved copy; `onOnline` runs when the network is back (the app then reads everything anew).
 */
export function startOffline(onOnline: () => void) {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  navigator.serviceWorker.addEventListener(
    'message',
    (event: MessageEvent<{ type?: string; savedAt?: string | null }>) => {
      if (event.data?.type !== 'jobunivers:offline' || !event.data.savedAt) return;
      if (!savedAt || event.data.savedAt < savedAt) set(event.data.savedAt);
    },
  );
  // Messages sent before React listens wait in the queue until now.
  navigator.serviceWorker.startMessages();
  window.addEventListener('online', () => {
    if (!savedAt) return;
    set(null);
    onOnline();
  });
}

/** Deletes every saved read (at sign-out): in the service worker, after anything it is still writing, and here. */
export async function clearOfflineData() {
  navigator.serviceWorker?.controller?.postMessage({ type: 'jobunivers:sign-out' });
  await globalThis.caches?.delete(DATA_CACHE).catch(() => false);
}

/** The time the shown answers were saved while offline, or null. */
export function useOfflineSince(): string | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => savedAt,
    () => null,
  );
}
