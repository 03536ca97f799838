import { Controller, type MessageEvent, Sse } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '@jobunivers/api/http';
import {
  CurrentPrincipal,
  type CitizenPrincipal,
  type EmployerPrincipal,
  type StaffPrincipal,
} from '@jobunivers/api/identity';
import { Observable } from 'rxjs';
import { type LiveTopic, RealtimeService } from '@jobunivers/api/realtime';

const KEEP_ALIVE_MS = 25_000;

@ApiTags('live')
@Controller()
export class LiveController {
  constructor(private readonly realtime: RealtimeService) {}

  /**
   * The signed-in citizen's or staff member's live events as server-sent events (`notification`
   * with the unread count, and later `message`). The web apps keep one open per tab and refetch what
   * the event names; the payloads carry ids and counts only.
   */
  @Sse('me/live')
  @Access({
    kind: 'any',
    of: [
      { kind: 'citizen' },
      { kind: 'employer' },
      { kind: 'staff', roles: ['caseworker', 'team_lead', 'municipality_admin', 'employer_consultant'] },
    ],
  })
  @ApiOperation({
    summary:
      'My live events (text/event-stream): notification, notification-read; message, read, conversation (messaging); employer-request (employers)',
  })
  @ApiOkResponse({ description: 'An event stream', content: { 'text/event-stream': { schema: { type: 'string' } } } })
  live(@CurrentPrincipal() principal: CitizenPrincipal | StaffPrincipal | EmployerPrincipal): Observable<MessageEvent> {
    // Staff also follow their jobcentre's inbox (new messages, claims, read receipts) and employer requests.
    const topics: LiveTopic[] =
      principal.kind === 'citizen'
        ? [`citizen:${principal.id}`]
        : principal.kind === 'employer'
          ? [`company:${principal.cvr}`]
          : [
              `staff:${principal.id}`,
              `inbox:${principal.municipalityCode}`,
              `employer-inbox:${principal.municipalityCode}`,
            ];
    return new Observable<MessageEvent>((subscriber) => {
      let unsubscribe: (() => void) | undefined;
      let ended = false;
      Promise.all(
        topics.map((topic) =>
          this.realtime.subscribe(topic, (event) => subscriber.next({ type: event.event, data: event.data })),
        ),
      )
        .then((offs) => {
          const off = () => offs.forEach((o) => o());
          if (ended) return off();
          unsubscribe = off;
          // Listening now: anything committed from here on reaches this client (it refetches once on `ready`).
          subscriber.next({ type: 'ready', data: {} });
        })
        .catch((error: unknown) => subscriber.error(error));
      const keepAlive = setInterval(() => subscriber.next({ type: 'ping', data: {} }), KEEP_ALIVE_MS);
      return () => {
        ended = true;
        clearInterval(keepAlive);
        unsubscribe?.();
      };
    });
  }
}
