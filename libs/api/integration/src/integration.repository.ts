import { Injectable } from '@nestjs/common';
import { SqlRepository } from '@jobunivers/api/database';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { EventRow } from './cloud-event';
import type { Cursor, EventKind } from './event-types';

/** One event to append to the feed. */
export interface NewDomainEvent {
  municipalityCode: string;
  kind: EventKind;
  citizenId: string | null;
  data: Record<string, string>;
}

/** The integration module's SQL statements: the feed's append and read, and the webhooks' claim (the services hold the rules). */
@Injectable()
export class IntegrationRepository extends SqlRepository {
  /** Appends events in the caller's transaction, each tagged with that transaction's id. */
  async appendEvents(manager: EntityManager, events: NewDomainEvent[]): Promise<void> {
    await this.q(
      `INSERT INTO integration.domain_event (id, tx_id, municipality_code, type, citizen_id, occurred_at, data)
       SELECT e.id, pg_current_xact_id()::text::bigint, e.municipality_code, e.type, e.citizen_id, now(), e.data
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::jsonb[]) AS e(id, municipality_code, type, citizen_id, data)`,
      [
        events.map(() => randomUUID()),
        events.map((e) => e.municipalityCode),
        events.map((e) => e.kind),
        events.map((e) => e.citizenId),
        events.map((e) => JSON.stringify(e.data)),
      ],
      manager,
    );
  }

  /** Final events of a municipality after the cursor (see `FeedService.read`), oldest first. */
  finalEventsAfter(
    manager: EntityManager,
    municipalityCode: string,
    after: Cursor,
    kinds: readonly string[] | undefined,
    limit: number,
  ): Promise<EventRow[]> {
    return this.q(
      `WITH snapshot AS (SELECT pg_current_snapshot() AS snap),
            elsewhere AS (
              SELECT backend_xid::text::bigint AS xid FROM pg_stat_activity
               WHERE backend_xid IS NOT NULL AND datname <> current_database()),
            barrier AS (
              SELECT COALESCE(
                (SELECT min(x::text::bigint) FROM snapshot, pg_snapshot_xip(snapshot.snap) AS x
                  WHERE x::text::bigint % 4294967296 NOT IN (SELECT xid FROM elsewhere)),
                (SELECT pg_snapshot_xmax(snap)::text::bigint FROM snapshot)) AS tx)
       SELECT seq, id, tx_id, municipality_code, type, citizen_id, occurred_at, data
         FROM integration.domain_event
        WHERE municipality_code = $1
          AND (tx_id, seq) > ($2::bigint, $3::bigint)
          AND tx_id < (SELECT tx FROM barrier)
          AND ($4::text[] IS NULL OR type = ANY($4::text[]))
        ORDER BY tx_id, seq
        LIMIT $5`,
      [municipalityCode, after.tx, after.seq, kinds && kinds.length > 0 ? kinds : null, limit],
      manager,
    );
  }

  /** The cursor of the municipality's newest event (a new webhook starts there); undefined: no events yet. */
  async feedEnd(municipalityCode: string): Promise<{ tx: string; seq: string } | undefined> {
    const [end] = await this.q<Array<{ tx: string; seq: string }>>(
      `SELECT coalesce(max(tx_id), 0)::text AS tx, coalesce(max(seq), 0)::text AS seq FROM integration.domain_event WHERE municipality_code = $1 AND tx_id = (SELECT max(tx_id) FROM integration.domain_event WHERE municipality_code = $1)`,
      [municipalityCode],
    );
    return end;
  }

  /** Claims the longest-due active webhook by moving its next attempt a lease ahead; undefined: none is due. */
  async claimDueWebhook(leaseSeconds: number): Promise<{ id: string; next_attempt_at: Date } | undefined> {
    const [row] = await this.q<Array<{ id: string; next_attempt_at: Date }>>(
      `WITH claimed AS (
         UPDATE integration.webhook SET next_attempt_at = date_trunc('milliseconds', now() + make_interval(secs => $1))
          WHERE id = (SELECT id FROM integration.webhook WHERE active AND next_attempt_at <= now() ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED)
          RETURNING id, next_attempt_at)
       SELECT id, next_attempt_at FROM claimed`,
      [leaseSeconds],
    );
    return row;
  }
}
