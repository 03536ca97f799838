import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fetchRoutes, renderApp } from '@jobunivers/web/testing';
import { NotificationBell } from './notification-bell';
import { NotificationCentre } from './notification-centre';

const sofie = { kind: 'citizen', id: 'c1', name: 'Sofie Jensen', roles: ['citizen'], municipalityCode: '0751' };
const page = (items: unknown[], unread: number) =>
  [200, { items, page: 1, limit: 20, total: items.length, totalPages: 1, unread }] as [number, unknown];
const invited = {
  id: 'n1',
  kind: 'meeting_invited',
  category: 'meetings',
  text: 'Du er indkaldt til en samtale 24. nov. kl. 10.00. Svar på indkaldelsen.',
  link: '/samtaler/m1',
  createdAt: '2026-11-22T09:00:00Z',
  readAt: null,
};
const older = {
  id: 'n2',
  kind: 'plan_approved',
  category: 'plan',
  text: 'Din ansøgning om Excel for begyndere er godkendt.',
  link: '/mit-forloeb',
  createdAt: '2026-11-20T09:00:00Z',
  readAt: '2026-11-20T10:00:00Z',
};

describe('notifications (web)', () => {
  it('the bell names the unread count for screen readers and links to the centre', async () => {
    fetchRoutes({ 'GET /api/v1/me': [200, sofie], 'GET /api/v1/me/notifications/unread-count': [200, { unread: 3 }] });
    renderApp(() => <NotificationBell to="/notifikationer" signedIn />, 'citizen', '/');
    const bell = await screen.findByRole('link', { name: 'Notifikationer, 3 ulæste' });
    expect(bell).toHaveAttribute('href', '/notifikationer');
    expect(bell).toHaveTextContent('3');
  });

  it('shows nothing when nobody is signed in', () => {
    const { calls } = fetchRoutes({});
    renderApp(() => <NotificationBell to="/notifikationer" signedIn={false} />, 'citizen', '/');
    expect(screen.queryByTestId('notification-bell')).toBeNull();
    expect(calls.filter((c) => c.includes('unread-count'))).toEqual([]);
  });

  it('lists notifications, unread first in weight, and marks all read', async () => {
    const routes: Record<string, [number, unknown]> = {
      'GET /api/v1/me': [200, sofie],
      'GET /api/v1/me/notifications': page([invited, older], 1),
      'POST /api/v1/me/notifications/read-all': [204, null],
    };
    const { calls } = fetchRoutes(routes);
    renderApp(
      () => <NotificationCentre appName="Jobunivers" settingsLink="/indstillinger" />,
      'citizen',
      '/notifikationer',
    );
    expect(await screen.findByRole('link', { name: invited.text })).toHaveAttribute('href', '/samtaler/m1');
    expect(screen.getByRole('link', { name: older.text }).closest('li')).not.toHaveClass('unread');
    expect(screen.getByRole('link', { name: invited.text }).closest('li')).toHaveClass('unread');
    expect(screen.getByTestId('unread-status')).toHaveTextContent('Du har 1 ulæst notifikation.');
    expect(screen.getByRole('link', { name: 'Vælg hvordan du får besked' })).toHaveAttribute('href', '/indstillinger');
    routes['GET /api/v1/me/notifications'] = page([{ ...invited, readAt: '2026-11-22T10:00:00Z' }, older], 0);
    fireEvent.click(screen.getByRole('button', { name: 'Markér alle som læst' }));
    await waitFor(() =>
      expect(screen.getByTestId('unread-status')).toHaveTextContent('Du har læst alle dine notifikationer.'),
    );
    expect(calls).toContain('POST /api/v1/me/notifications/read-all');
  });
});
