import { Injectable } from '@nestjs/common';
import { AuditService } from '@jobunivers/api/audit';
import { CitizenCasesService, type Language } from '@jobunivers/api/citizens';
import { PlatformErrorCode, PlatformException } from '@jobunivers/api/errors';
import { IdentityService, type StaffPrincipal } from '@jobunivers/api/identity';
import { MeetingsService } from '@jobunivers/api/meetings';
import { MessagingService } from '@jobunivers/api/messaging';
import { OffersService } from '@jobunivers/api/offers';
import { ContactService, ScreeningService } from '@jobunivers/api/screening';
import { addDays, copenhagenToUtc, todayInCopenhagen } from '@jobunivers/api/time';
import { computeKpis, monthsBetween } from './compute';
import type { KpiQueryDto, KpiReportDto } from './dto/insights.dto';
import { KPI_DEFINITIONS } from './kpi-definitions';

const MAX_MONTHS = 36;
const OVERDUE_LIST = 100;
const invalid = (field: string, message: string) =>
  new PlatformException(PlatformErrorCode.ValidationFailed, message, { errors: [{ field, message }] });

/**
 * The few result-oriented KPIs of a municipality, a team or a caseworker, per month. Each module
 * computes its part with one indexed, grouped query over its own tables (no rows are loaded into
 * memory); this module only chooses the scope and turns counts into KPIs.
 */
@Injectable()
export class InsightsService {
  constructor(
    private readonly cases: CitizenCasesService,
    private readonly screening: ScreeningService,
    private readonly contact: ContactService,
    private readonly meetings: MeetingsService,
    private readonly offers: OffersService,
    private readonly messaging: MessagingService,
    private readonly identity: IdentityService,
    private readonly audit: AuditService,
  ) {}

  async kpis(actor: StaffPrincipal, query: KpiQueryDto, language: Language): Promise<KpiReportDto> {
    const municipality = actor.municipalityCode;
    const today = todayInCopenhagen();
    const to = query.to ?? today;
    const from = query.from ?? `${monthsBetween(addDays(today, -160), today)[0]}-01`;
    if (from > to) throw invalid('from', 'from must not be after to');
    const months = monthsBetween(from, to);
    if (months.length > MAX_MONTHS) throw invalid('from', `the period can span at most ${MAX_MONTHS} months`);

    const teams = await this.identity.teams(municipality);
    let caseworkerIds: string[] | null = null;
    if (query.team) {
      const team = teams.find((t) => t.team === query.team);
      if (!team) throw invalid('team', `team must be one of: ${teams.map((t) => t.team).join(', ') || '(no teams)'}`);
      caseworkerIds = team.staff.map((s) => s.id);
    }
    if (query.caseworker) {
      if (!(await this.identity.findStaff(query.caseworker, municipality)))
        throw invalid('caseworker', 'caseworker must be a staff member of your municipality');
      caseworkerIds = caseworkerIds ? caseworkerIds.filter((id) => id === query.caseworker) : [query.caseworker];
    }
    // Citizens in scope (a team's or a caseworker's); null: the whole municipality, unfiltered.
    const citizenIds = caseworkerIds ? await this.cases.caseIds(municipality, caseworkerIds, 'all') : null;
    const active = await this.cases.caseIds(municipality, caseworkerIds, 'active');
    const start = copenhagenToUtc(from, '00:00');
    const end = copenhagenToUtc(addDays(to, 1), '00:00');

    const [
      outcomes,
      visitations,
      [visitationsTotal],
      meetings,
      offerRatings,
      responses,
      [responsesTotal],
      selfService,
      digitallyActive,
      overdue,
      contact,
    ] = await Promise.all([
      this.cases.outcomeStats(municipality, caseworkerIds, start, end),
      this.screening.visitationStats(municipality, citizenIds, start, end),
      this.screening.visitationStats(municipality, citizenIds, start, end, true),
      this.meetings.meetingStats(municipality, caseworkerIds, start, end),
      this.offers.ratingStats(municipality, citizenIds, start, end),
      this.messaging.responseStats(municipality, citizenIds, start, end),
      this.messaging.responseStats(municipality, citizenIds, start, end, true),
      this.screening.selfServiceCount(active),
      this.identity.citizensSignedInSince(active, new Date(Date.now() - 14 * 24 * 3600_000)),
      this.screening.overdue(municipality, citizenIds, today, OVERDUE_LIST),
      this.contact.contactStats(municipality, citizenIds, from, to),
    ]);
    const kpis = computeKpis({
      months,
      outcomes,
      visitations,
      visitationsTotal,
      meetings,
      offerRatings,
      responses,
      responsesTotal,
      now: { active: active.length, selfService, digitallyActive, overdue: overdue.citizens },
      contactCoverage: contact.coverage,
      exempt: contact.exempt,
    });

    // The overdue list names citizens: each one shown is a read of their data (one audit row each).
    const named = await this.cases.casesOf(
      municipality,
      overdue.items.map((i) => i.citizenId),
    );
    const caseworkers = await this.identity.staffNames(
      [...named.values()].flatMap((c) => (c.assignedCaseworkerId ? [c.assignedCaseworkerId] : [])),
    );
    await this.audit.recordListRead(actor, {
      citizenIds: named.keys(),
      resource: 'insights.overdue',
      purpose: 'KPI: overdue visitation or screening',
    });
    return {
      municipalityCode: municipality,
      from,
      to,
      team: query.team ?? null,
      caseworker: query.caseworker ?? null,
      months,
      teams: teams.map((t) => ({ name: t.team, caseworkerIds: t.staff.map((s) => s.id) })),
      kpis: kpis.map((k) => ({
        ...k,
        title: KPI_DEFINITIONS[k.key].title[language],
        definition: KPI_DEFINITIONS[k.key].definition[language],
      })),
      overdue: {
        total: overdue.total,
        items: overdue.items.flatMap((i) => {
          const kase = named.get(i.citizenId);
          return kase
            ? [
                {
                  citizenId: i.citizenId,
                  name: kase.name,
                  reason: i.reason,
                  dueDate: i.dueDate,
                  daysOverdue: i.daysOverdue,
                  caseworkerName: kase.assignedCaseworkerId
                    ? (caseworkers.get(kase.assignedCaseworkerId) ?? null)
                    : null,
                },
              ]
            : [];
        }),
      },
    };
  }
}
