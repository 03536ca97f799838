import type { Client } from 'pg';
import type { EntityManager } from 'typeorm';

/** The PostgreSQL channel every API instance listens on. */
export const LIVE_CHANNEL = 'jobunivers_live';

/** The live channel's statements (the service holds the listeners and the reconnecting). */
export const liveChannel = {
  /** Sends one payload on the channel, in the caller's transaction (delivered at commit). */
  async notify(manager: EntityManager, payload: string): Promise<void> {
    await manager.query('SELECT pg_notify($1, $2)', [LIVE_CHANNEL, payload]);
  },

  /** Sends many payloads in one statement. */
  async notifyMany(manager: EntityManager, payloads: string[]): Promise<void> {
    await manager.query('SELECT pg_notify($1, e) FROM unnest($2::text[]) AS e', [LIVE_CHANNEL, payloads]);
  },

  /** Makes a dedicated connection receive the channel's notifications. */
  async listen(client: Client): Promise<void> {
    await client.query(`LISTEN ${LIVE_CHANNEL}`);
  },
};
