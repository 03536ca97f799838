import type { CloudEventDto } from './dto/integration.dto';
import { CLOUD_EVENT_TYPE, type EventKind, formatCursor } from './event-types';

/** A row of `integration.domain_event` as the feed reads it. */
export interface EventRow {
  seq: string;
  id: string;
  tx_id: string;
  municipality_code: string;
  type: string;
  citizen_id: string | null;
  occurred_at: Date;
  data: Record<string, string>;
}

/** A stored event as a CloudEvent (structured JSON): the feed's item and a webhook's body. */
export const toCloudEvent = (r: EventRow): CloudEventDto => ({
  specversion: '1.0',
  id: r.id,
  source: `/municipalities/${r.municipality_code}`,
  type: CLOUD_EVENT_TYPE[r.type as EventKind],
  ...(r.citizen_id ? { subject: `citizens/${r.citizen_id}` } : {}),
  time: r.occurred_at.toISOString(),
  datacontenttype: 'application/json',
  cursor: formatCursor({ tx: r.tx_id, seq: r.seq }),
  data: r.data,
});
