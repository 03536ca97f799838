import { Injectable } from '@nestjs/common';
import { CitizenCasesService } from '@jobunivers/api/citizens';
import type { StaffPrincipal } from '@jobunivers/api/identity';
import { MeetingsService } from '@jobunivers/api/meetings';
import { MessagingService } from '@jobunivers/api/messaging';
import { OffersService } from '@jobunivers/api/offers';
import { ScreeningService } from '@jobunivers/api/screening';
import { addDays, isoWeekday, todayInCopenhagen } from '@jobunivers/api/time';
import type { StaffOverviewDto } from './dto/staff-overview.dto';

/**
 * Mit overblik: a caseworker's morning in one request. Each module contributes a count over the caller's
 * caseload through its facade; only today's meetings name citizens (audited by the meetings module, one
 * read per citizen shown) — the counts read no one.
 */
@Injectable()
export class StaffOverviewService {
  constructor(
    private readonly cases: CitizenCasesService,
    private readonly screening: ScreeningService,
    private readonly meetings: MeetingsService,
    private readonly offers: OffersService,
    private readonly messaging: MessagingService,
  ) {}

  async overview(actor: StaffPrincipal): Promise<StaffOverviewDto> {
    const today = todayInCopenhagen();
    const weekEnd = addDays(today, 7 - isoWeekday(today));
    const caseload = await this.cases.caseloadIds(actor.id);
    const [meetings, screening, conversations, approvalsWaiting] = await Promise.all([
      this.meetings.calendar(actor, { from: today, to: today }),
      this.screening.overviewCounts(actor.municipalityCode, caseload, today, weekEnd),
      this.messaging.overviewCounts(actor.municipalityCode, actor.id),
      this.offers.pendingApprovalCount(actor.municipalityCode, caseload),
    ]);
    return {
      date: today,
      weekEnd,
      meetingsToday: meetings.map((m) => ({
        id: m.id,
        kind: m.kind,
        form: m.form,
        start: m.start,
        end: m.end,
        status: m.status,
        citizenId: m.citizenId,
        citizenName: m.citizenName,
      })),
      screening: { due: screening.due, overdue: screening.overdue },
      unreadConversations: conversations.unreadAssigned,
      unassignedConversations: conversations.unassigned,
      approvalsWaiting,
      visitationDeadlinesThisWeek: screening.visitationsThisWeek,
    };
  }
}
