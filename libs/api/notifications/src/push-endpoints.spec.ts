import { DEFAULT_PUSH_ENDPOINT_HOSTS } from '@jobunivers/api/config';
import { isAllowedPushEndpoint } from './push-endpoints';

describe('push endpoints: only at the push services', () => {
  const hosts = DEFAULT_PUSH_ENDPOINT_HOSTS.split(',');

  it.each([
    'https://fcm.googleapis.com/fcm/send/abc:def',
    'https://updates.push.services.mozilla.com/wpush/v2/gAAAA',
    'https://updates-autopush.stage.push.services.mozilla.com/wpush/v2/x',
    'https://web.push.apple.com/QGuQyavXutnMH',
    'https://DB5P.notify.windows.com/w/?token=x',
  ])('allows %s', (endpoint) => {
    expect(isAllowedPushEndpoint(endpoint, hosts)).toBe(true);
  });

  it.each([
    'https://push.example.com/x',
    'https://push.apple.com/x', // the suffix itself is not a host under it
    'https://evilpush.apple.com.attacker.dk/x',
    'https://fcm.googleapis.com.attacker.dk/x',
    'https://attackerfcm.googleapis.com/x',
    'http://169.254.169.254/latest/meta-data',
    'https://127.0.0.1:8443/push',
    'not a url',
  ])('refuses %s', (endpoint) => {
    expect(isAllowedPushEndpoint(endpoint, hosts)).toBe(false);
  });

  it('allows a local push receiver only when it is configured', () => {
    expect(isAllowedPushEndpoint('http://127.0.0.1:4567/push/x', [...hosts, '127.0.0.1'])).toBe(true);
  });
});
