import type { EntityManager } from 'typeorm';
import { LIVE_CHANNEL } from './live-channel';
import { RealtimeService } from './realtime.service';

describe('RealtimeService', () => {
  it('publishes with pg_notify in the caller’s transaction, one statement for many events', async () => {
    const calls: Array<[string, unknown[]]> = [];
    const manager = {
      query: async (sql: string, params: unknown[]) => void calls.push([sql, params]),
    } as unknown as EntityManager;
    const service = new RealtimeService('postgres://unused@127.0.0.1:1/none');
    await service.publish(manager, 'citizen:c1', 'notification', { id: 'n1' });
    await service.publishMany(manager, [
      { topic: 'staff:s1', event: 'notification', data: { id: 'n2' } },
      { topic: 'staff:s2', event: 'notification', data: { id: 'n3' } },
    ]);
    await service.publishMany(manager, []);
    expect(calls).toEqual([
      ['SELECT pg_notify($1, $2)', [LIVE_CHANNEL, '{"topic":"citizen:c1","event":"notification","data":{"id":"n1"}}']],
      [
        'SELECT pg_notify($1, e) FROM unnest($2::text[]) AS e',
        [
          LIVE_CHANNEL,
          [
            '{"topic":"staff:s1","event":"notification","data":{"id":"n2"}}',
            '{"topic":"staff:s2","event":"notification","data":{"id":"n3"}}',
          ],
        ],
      ],
    ]);
  });
});
