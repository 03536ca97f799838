import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkPublicUrl, isNonPublicAddress, OutboundAddressRefusedError, OutboundHttp } from './outbound';

describe('outbound requests to URLs others chose', () => {
  it.each([
    '127.0.0.1',
    '127.255.0.9',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '100.100.100.200',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::',
    '::1',
    'fc00::1',
    'fd00:ec2::254',
    'fe80::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:a9fe:a9fe',
    '::ffff:10.0.0.1',
    '::127.0.0.1',
    'not an address',
  ])('refuses %s', (address) => {
    expect(isNonPublicAddress(address)).toBe(true);
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '142.250.74.10',
    '100.128.0.1',
    '172.32.0.1',
    '2a00:1450:400f:80d::200a',
    '::ffff:8.8.8.8',
  ])('allows the public address %s', (address) => {
    expect(isNonPublicAddress(address)).toBe(false);
  });

  it('checks a URL by every address its host resolves to, unless private addresses are allowed', async () => {
    const strict = { allowPrivateAddresses: false };
    expect(await checkPublicUrl('https://127.0.0.1/hook', strict)).toEqual({
      ok: false,
      reason: 'not_public',
      detail: expect.stringContaining('127.0.0.1'),
    });
    expect(await checkPublicUrl('http://[::ffff:169.254.169.254]/latest/meta-data', strict)).toMatchObject({
      ok: false,
      reason: 'not_public',
    });
    expect(await checkPublicUrl('http://2130706433/', strict)).toMatchObject({ ok: false, reason: 'not_public' });
    expect(await checkPublicUrl('https://localhost:8443/hook', strict)).toMatchObject({
      ok: false,
      reason: 'not_public',
    });
    expect(await checkPublicUrl('https://8.8.8.8/hook', strict)).toEqual({ ok: true });
    expect(await checkPublicUrl('https://no-such-host.invalid/hook', strict)).toMatchObject({
      ok: false,
      reason: 'unresolvable',
    });
    expect(await checkPublicUrl('https://127.0.0.1/hook', { allowPrivateAddresses: true })).toEqual({ ok: true });
  });

  describe('OutboundHttp', () => {
    let server: Server;
    let port: number;
    beforeAll(async () => {
      server = createServer((req, res) => {
        req.resume();
        req.on('end', () => res.writeHead(204).end());
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(() => new Promise((resolve) => server.close(resolve)));

    it('refuses to connect to a private address, by IP or by a name resolved at connect time', async () => {
      const http = new OutboundHttp({ allowPrivateAddresses: false });
      try {
        await expect(http.post(`http://127.0.0.1:${port}/x`, {}, 'x', 2000)).rejects.toBeInstanceOf(
          OutboundAddressRefusedError,
        );
        await expect(http.post(`http://localhost:${port}/x`, {}, 'x', 2000)).rejects.toThrow(
          /refused to connect: localhost resolves to an address that is not public/,
        );
      } finally {
        await http.destroy();
      }
    });

    it('posts when private addresses are allowed (dev and tests)', async () => {
      const http = new OutboundHttp({ allowPrivateAddresses: true });
      try {
        expect(
          await http.post(`http://127.0.0.1:${port}/x`, { 'content-type': 'text/plain' }, 'x', 2000),
        ).toMatchObject({ status: 204 });
      } finally {
        await http.destroy();
      }
    });
  });
});
