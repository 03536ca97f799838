import { unwrap } from '@jobunivers/api-client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMe } from '@jobunivers/web/session';
import { useEffect } from 'react';
import { api } from './client';

// What the header's bell needs on every page (kept apart from the centre's and the settings' hooks, which load with
// their pages).

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread'] as const,
  page: (page: number) => ['notifications', 'page', page] as const,
  settings: ['notifications', 'settings'] as const,
};

export const LIVE_PATH = '/api/v1/me/live';

/** Query keys other features share with the live stream: conversations refetch on message/read events. */
export const conversationKeys = { all: ['conversations'] as const };

/** Employer requests (the consultants' inbox and a request's page) refetch on `employer-request` events. */
export const employerRequestKeys = { all: ['employer-requests'] as const };

/**
 * Keeps the bell and the centre current without reload: one server-sent event stream per tab
 * (the browser reconnects by itself); each event makes the notification queries refetch.
 */
export function useLiveNotifications(): void {
  const me = useMe();
  const queryClient = useQueryClient();
  const signedIn = me.data?.kind === 'citizen' || me.data?.kind === 'staff';
  useEffect(() => {
    if (!signedIn || typeof EventSource === 'undefined') return;
    const source = new EventSource(LIVE_PATH, { withCredentials: true });
    const refresh = () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    const conversations = () => void queryClient.invalidateQueries({ queryKey: conversationKeys.all });
    for (const event of ['ready', 'notification', 'notification-read']) source.addEventListener(event, refresh);
    for (const event of ['ready', 'message', 'read', 'conversation']) source.addEventListener(event, conversations);
    const employerRequests = () => void queryClient.invalidateQueries({ queryKey: employerRequestKeys.all });
    for (const event of ['ready', 'employer-request']) source.addEventListener(event, employerRequests);
    return () => source.close();
  }, [signedIn, queryClient]);
}

export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.unread,
    enabled,
    queryFn: async () => unwrap(await api.GET('/api/v1/me/notifications/unread-count')).unread,
    staleTime: 30_000,
  });
}
