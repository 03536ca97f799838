import { type Schemas, unwrap } from '@jobunivers/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { notificationKeys } from './live';

export type AppNotification = Schemas['NotificationDto'];
export type NotificationSettings = Schemas['NotificationSettingsDto'];
export type NotificationSettingsInput = Schemas['NotificationSettingsInputDto'];

export function useNotificationPage(page: number) {
  return useQuery({
    queryKey: notificationKeys.page(page),
    queryFn: async () => unwrap(await api.GET('/api/v1/me/notifications', { params: { query: { page, limit: 20 } } })),
  });
}

function useNotificationMutation<T>(run: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export const useMarkRead = () =>
  useNotificationMutation(async (id: string) =>
    unwrap(await api.POST('/api/v1/me/notifications/{id}/read', { params: { path: { id } } })),
  );
export const useMarkAllRead = () =>
  useNotificationMutation(async () => unwrap(await api.POST('/api/v1/me/notifications/read-all')));

export function useNotificationSettings() {
  return useQuery({
    queryKey: notificationKeys.settings,
    queryFn: async () => unwrap(await api.GET('/api/v1/me/notification-settings')),
  });
}

export function useSaveNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NotificationSettingsInput) =>
      unwrap(await api.PUT('/api/v1/me/notification-settings', { body })),
    onSuccess: (saved) => queryClient.setQueryData(notificationKeys.settings, saved),
  });
}

export type PushState = 'unsupported' | 'denied' | 'off' | 'on';

/** Is Web Push available in this browser, and is this browser subscribed? */
export async function pushState(): Promise<PushState> {
  if (
    typeof window === 'undefined' ||
    !('serviceWorker' in navigator) ||
    !('PushManager' in window) ||
    typeof Notification === 'undefined'
  )
    return 'unsupported';
  if (Notification.permission === 'denied') return 'denied';
  const registration = await navigator.serviceWorker.getRegistration();
  const subscription = await registration?.pushManager.getSubscription();
  return subscription ? 'on' : 'off';
}

const keyBytes = (base64url: string) =>
  Uint8Array.from(atob(base64url.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

/**
 * Asks the browser for permission (its own prompt), subscribes with the API's VAPID key through the
 * app's service worker and hands the subscription to the API. Throws with the browser's reason.
 */
export async function enablePush(): Promise<void> {
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') throw new Error(permission === 'denied' ? 'denied' : 'dismissed');
  const registration = await navigator.serviceWorker.ready;
  const { publicKey } = unwrap(await api.GET('/api/v1/push/vapid-public-key'));
  const subscription =
    (await registration.pushManager.getSubscription()) ??
    (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) }));
  const json = subscription.toJSON() as Schemas['PushSubscriptionInputDto'];
  unwrap(
    await api.POST('/api/v1/me/push-subscriptions', {
      body: { endpoint: json.endpoint, keys: json.keys, expirationTime: json.expirationTime ?? null },
    }),
  );
}

export async function disablePush(): Promise<void> {
  const registration = await navigator.serviceWorker.getRegistration();
  const subscription = await registration?.pushManager.getSubscription();
  if (!subscription) return;
  const { response } = await api.DELETE('/api/v1/me/push-subscriptions', { body: { endpoint: subscription.endpoint } });
  if (!response.ok && response.status !== 404) throw new Error(`unsubscribe failed: ${response.status}`);
  await subscription.unsubscribe();
}

/** Confirms this browser's subscription on start (subscriptions the app stops confirming expire). */
export async function confirmPushSubscription(): Promise<void> {
  if ((await pushState()) !== 'on') return;
  const registration = await navigator.serviceWorker.getRegistration();
  const json = (await registration!.pushManager.getSubscription())!.toJSON() as Schemas['PushSubscriptionInputDto'];
  await api.POST('/api/v1/me/push-subscriptions', {
    body: { endpoint: json.endpoint, keys: json.keys, expirationTime: null },
  });
}
