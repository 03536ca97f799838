import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@jobunivers/api/audit';
import {
  assertCaseActive,
  CitizenCasesService,
  OnModuleEvent,
  type CitizenCase,
  type CitizenRegisteredEvent,
  type RegistrationNextSteps,
  visitationDeadline,
} from '@jobunivers/api/citizens';
import { PlatformErrorCode, PlatformException } from '@jobunivers/api/errors';
import { type Page, toPage } from '@jobunivers/api/http';
import { IdentityService, type CitizenPrincipal, type StaffPrincipal } from '@jobunivers/api/identity';
import { type MeetingEvent, MeetingsService } from '@jobunivers/api/meetings';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import { addDays, daysBetween, todayInCopenhagen } from '@jobunivers/api/time';
import type {
  HelpRequestDto,
  IndicatorsDto,
  MyScreeningDto,
  QueueItemDto,
  QueueQueryDto,
  ScreeningCommentDto,
  ScreeningDto,
  ScreeningInputDto,
  SelfAssessmentDto,
  SelfAssessmentInputDto,
} from './dto/screening.dto';
import { HelpRequestEntity } from './entities/help-request.entity';
import { QueueItemEntity, type QueueReason } from './entities/queue-item.entity';
import { ScreeningEntity } from './entities/screening.entity';
import { type SelfAssessmentAnswers, SelfAssessmentEntity } from './entities/self-assessment.entity';
import { ScreeningErrorCode, ScreeningException } from './screening.errors';

export interface QueueCandidate {
  citizen: Pick<CitizenCase, 'id' | 'municipalityCode'>;
  reason: QueueReason;
  dueKey: string;
  dueDate: string;
  note?: string;
}

/** How soon a citizen who asks for personal help should be contacted. */
const HELP_DAYS = 2;

export function flagsOf(a: SelfAssessmentAnswers): string[] {
  return [
    a.jobConfidence <= 2 && 'low_job_confidence',
    a.healthLimitations && 'health_limitations',
    a.digitalConfidence <= 2 && 'low_digital_confidence',
    (a.danishLevel === 'some' || a.danishLevel === 'none') && 'language',
    a.childcareChallenges && 'childcare',
    a.transportChallenges && 'transport',
    a.wantsPersonalHelp && 'wants_personal_help',
  ].filter((f): f is string => typeof f === 'string');
}

const selfAssessmentDto = (e: SelfAssessmentEntity): SelfAssessmentDto => ({
  id: e.id,
  createdAt: e.createdAt.toISOString(),
  ...e.answers,
  flags: flagsOf(e.answers),
});
const screeningDto = (s: ScreeningEntity): ScreeningDto => ({
  id: s.id,
  citizenId: s.citizenId,
  caseworkerName: s.caseworkerName,
  indicators: s.indicators,
  assessment: s.assessment,
  track: s.track,
  summaryForCitizen: s.summaryForCitizen,
  nextScreeningDate: s.nextScreeningDate,
  createdAt: s.createdAt.toISOString(),
  citizenComment: s.citizenComment,
  changeRequested: s.changeRequested,
});

/**
 * Facade of screening: visitation, self-assessment, screenings with tracks, help requests and the
 * screening queue. Queue items come from events (registration), the citizen (help, comments) and
 * the scheduled scan; each reason is queued once.
 */
@Injectable()
export class ScreeningService implements OnModuleInit {
  constructor(
    @InjectRepository(QueueItemEntity) private readonly queue: Repository<QueueItemEntity>,
    @InjectRepository(ScreeningEntity) private readonly screenings: Repository<ScreeningEntity>,
    @InjectRepository(SelfAssessmentEntity) private readonly selfAssessments: Repository<SelfAssessmentEntity>,
    private readonly cases: CitizenCasesService,
    private readonly identity: IdentityService,
    private readonly audit: AuditService,
    private readonly meetings: MeetingsService,
    private readonly dataSource: DataSource,
  ) {}

  /** A missed meeting is a signal: the citizen goes on the caseworker's queue, in the same transaction. */
  @OnModuleEvent('meeting.notice')
  async onMeetingNotice(event: MeetingEvent, manager: EntityManager): Promise<void> {
    if (event.kind !== 'no_show') return;
    const kase = await this.cases.caseOf(event.citizenId, manager);
    if (kase?.status !== 'active') return;
    await this.enqueue(
      kase,
      'missed_meeting',
      `meeting-${event.meetingId}`,
      addDays(todayInCopenhagen(), HELP_DAYS),
      manager,
    );
  }

  onModuleInit(): void {
    this.cases.onRegistered((event, manager) => this.onRegistered(event, manager));
    this.cases.enrichCaseload(async (ids) => {
      const [tracks, open] = await Promise.all([
        this.tracksOf(ids),
        ids.length
          ? (this.queue.query(
              `SELECT citizen_id, count(*)::int AS n FROM screening.queue_item WHERE status = 'open' AND citizen_id = ANY($1::uuid[]) GROUP BY citizen_id`,
              [ids],
            ) as Promise<Array<{ citizen_id: string; n: number }>>)
          : Promise.resolve([]),
      ]);
      const counts = new Map(open.map((r) => [r.citizen_id, r.n]));
      return new Map(
        ids.map((id) => [id, { track: tracks.get(id) ?? 'undecided', openQueueItems: counts.get(id) ?? 0 }]),
      );
    });
  }

  /** Every newly registered citizen is called to visitation: a queue item with the legal deadline, and a timeline entry. */
  private async onRegistered(
    { citizen }: CitizenRegisteredEvent,
    manager: EntityManager,
  ): Promise<RegistrationNextSteps> {
    const deadline = visitationDeadline(citizen);
    await this.enqueue(citizen, 'visitation_due', 'visitation', deadline, manager);
    await this.cases.recordEvent(citizen.id, 'visitation_due', { deadline }, manager);
    return { visitationDeadline: deadline };
  }

  /** Adds a queue item unless this reason/occurrence is already queued; true when it was added. */
  async enqueue(
    citizen: Pick<CitizenCase, 'id' | 'municipalityCode'>,
    reason: QueueReason,
    dueKey: string,
    dueDate: string,
    manager?: EntityManager,
    note?: string,
  ): Promise<boolean> {
    return (await this.enqueueMany([{ citizen, reason, dueKey, dueDate, note }], manager)) === 1;
  }

  /** Adds queue items in one insert, skipping those already queued; answers how many were new. */
  async enqueueMany(items: QueueCandidate[], manager?: EntityManager): Promise<number> {
    if (items.length === 0) return 0;
    const result = await (manager ?? this.dataSource.manager)
      .createQueryBuilder()
      .insert()
      .into(QueueItemEntity)
      .values(
        items.map((i) => ({
          citizenId: i.citizen.id,
          municipalityCode: i.citizen.municipalityCode,
          reason: i.reason,
          dueKey: i.dueKey,
          dueDate: i.dueDate,
          status: 'open' as const,
          note: i.note ?? null,
          closedAt: null,
          closedBy: null,
          resolution: null,
        })),
      )
      .orIgnore()
      .execute();
    return (result.raw as unknown[]).length;
  }

  /** Open queue items due on or before `date`, in id order a page at a time (for the caseworkers' daily digest). */
  /**
   * KPI: visitations held per month — the visitation item answered by a screening (recorded at the
   * visitation meeting) — with the median days from registration and how many within the legal deadline.
   */
  async visitationStats(
    municipalityCode: string,
    citizenIds: string[] | null,
    from: Date,
    to: Date,
    whole = false,
  ): Promise<Array<{ month: string; held: number; medianDays: number | null; withinDeadline: number }>> {
    const rows = (await this.dataSource.query(
      `SELECT CASE WHEN $5 THEN 'total' ELSE to_char(closed_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM') END AS month, count(*)::int AS held,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM closed_at - created_at) / 86400) AS median_days,
              count(*) FILTER (WHERE (closed_at AT TIME ZONE 'Europe/Copenhagen')::date <= due_date)::int AS within_deadline
         FROM screening.queue_item
        WHERE municipality_code = $1 AND reason = 'visitation_due' AND status = 'resolved' AND resolution LIKE 'screening:%'
          AND closed_at >= $2 AND closed_at < $3 AND ($4::uuid[] IS NULL OR citizen_id = ANY($4::uuid[]))
        GROUP BY 1 ORDER BY 1`,
      [municipalityCode, from, to, citizenIds, whole],
    )) as Array<{ month: string; held: number; median_days: number | null; within_deadline: number }>;
    return rows.map((r) => ({
      month: r.month,
      held: r.held,
      medianDays: r.median_days === null ? null : Math.round(Number(r.median_days) * 10) / 10,
      withinDeadline: r.within_deadline,
    }));
  }

  /** KPI "nobody falls through": open visitation and screening items past their date (oldest first, at most `limit`), and how many in all. */
  async overdue(
    municipalityCode: string,
    citizenIds: string[] | null,
    today: string,
    limit: number,
  ): Promise<{
    total: number;
    citizens: number;
    items: Array<{ citizenId: string; reason: string; dueDate: string; daysOverdue: number }>;
  }> {
    const params = [municipalityCode, today, citizenIds];
    const where = `municipality_code = $1 AND status = 'open' AND due_date < $2::date AND ($3::uuid[] IS NULL OR citizen_id = ANY($3::uuid[]))`;
    const [{ n, citizens }] = (await this.dataSource.query(
      `SELECT count(*)::int AS n, count(DISTINCT citizen_id)::int AS citizens FROM screening.queue_item WHERE ${where}`,
      params,
    )) as [{ n: number; citizens: number }];
    const items = (await this.dataSource.query(
      `SELECT citizen_id, reason, to_char(due_date, 'YYYY-MM-DD') AS due_date, ($2::date - due_date)::int AS days FROM screening.queue_item WHERE ${where} ORDER BY due_date, citizen_id LIMIT $4`,
      [...params, limit],
    )) as Array<{ citizen_id: string; reason: string; due_date: string; days: number }>;
    return {
      total: n,
      citizens,
      items: items.map((r) => ({
        citizenId: r.citizen_id,
        reason: r.reason,
        dueDate: r.due_date,
        daysOverdue: r.days,
      })),
    };
  }

  /**
   * Mit overblik: of these citizens' open queue items, how many are due (today or earlier), how many overdue
   * (before today), and how many visitation deadlines fall from today to `weekEnd`. Counts only: no citizen is read.
   */
  async overviewCounts(
    municipalityCode: string,
    citizenIds: string[],
    today: string,
    weekEnd: string,
  ): Promise<{ due: number; overdue: number; visitationsThisWeek: number }> {
    if (citizenIds.length === 0) return { due: 0, overdue: 0, visitationsThisWeek: 0 };
    const [row] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE due_date <= $3::date)::int AS due, count(*) FILTER (WHERE due_date < $3::date)::int AS overdue,
              count(*) FILTER (WHERE reason = 'visitation_due' AND due_date BETWEEN $3::date AND $4::date)::int AS visitations
         FROM screening.queue_item WHERE municipality_code = $1 AND status = 'open' AND citizen_id = ANY($2::uuid[])`,
      [municipalityCode, citizenIds, today, weekEnd],
    )) as Array<{ due: number; overdue: number; visitations: number }>;
    return { due: row.due, overdue: row.overdue, visitationsThisWeek: row.visitations };
  }

  /** KPI: of these citizens, how many are on the self-service track (by their latest screening). */
  async selfServiceCount(citizenIds: string[]): Promise<number> {
    if (citizenIds.length === 0) return 0;
    const [row] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE track = 'self_service')::int AS n FROM (SELECT DISTINCT ON (citizen_id) track FROM screening.screening WHERE citizen_id = ANY($1::uuid[]) ORDER BY citizen_id, created_at DESC) t`,
      [citizenIds],
    )) as Array<{ n: number }>;
    return row?.n ?? 0;
  }

  async dueItems(
    date: string,
    afterId: string | undefined,
    limit: number,
  ): Promise<Array<{ id: string; citizenId: string; municipalityCode: string }>> {
    const qb = this.dataSource
      .getRepository(QueueItemEntity)
      .createQueryBuilder('q')
      .select(['q.id', 'q.citizenId', 'q.municipalityCode'])
      .where(`q.status = 'open' AND q.dueDate <= :date`, { date });
    if (afterId) qb.andWhere('q.id > :afterId', { afterId });
    return (await qb.orderBy('q.id').take(limit).getMany()).map((q) => ({
      id: q.id,
      citizenId: q.citizenId,
      municipalityCode: q.municipalityCode,
    }));
  }

  // ── citizen side ────────────────────────────────────────────────────────────

  async saveSelfAssessment(citizen: CitizenPrincipal, answers: SelfAssessmentInputDto): Promise<SelfAssessmentDto> {
    const kase = await this.cases.activeCase(citizen.id);
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(SelfAssessmentEntity, { citizenId: citizen.id, answers: { ...answers } }),
      );
      await this.cases.recordEvent(citizen.id, 'self_assessment', {}, manager);
      if (answers.wantsPersonalHelp)
        await this.enqueue(
          kase,
          'help_requested',
          `self-assessment-${saved.id}`,
          addDays(todayInCopenhagen(), HELP_DAYS),
          manager,
          'Selvvurdering: ønsker personlig hjælp',
        );
      return selfAssessmentDto(saved);
    });
  }

  async latestSelfAssessment(citizenId: string, manager?: EntityManager): Promise<SelfAssessmentDto | null> {
    const latest = await (manager?.getRepository(SelfAssessmentEntity) ?? this.selfAssessments).findOne({
      where: { citizenId },
      order: { createdAt: 'DESC' },
    });
    return latest ? selfAssessmentDto(latest) : null;
  }

  async requestHelp(citizen: CitizenPrincipal, message: string): Promise<HelpRequestDto> {
    const kase = await this.cases.activeCase(citizen.id);
    return this.dataSource.transaction(async (manager) => {
      const request = await manager.save(manager.create(HelpRequestEntity, { citizenId: citizen.id, message }));
      await this.enqueue(
        kase,
        'help_requested',
        `help-${request.id}`,
        addDays(todayInCopenhagen(), HELP_DAYS),
        manager,
        message.slice(0, 500),
      );
      await this.cases.recordEvent(citizen.id, 'help_requested', {}, manager);
      return { id: request.id, createdAt: request.createdAt.toISOString() };
    });
  }

  async myScreening(citizenId: string): Promise<MyScreeningDto> {
    const latest = await this.screenings.findOne({ where: { citizenId }, order: { createdAt: 'DESC' } });
    if (!latest)
      return {
        track: 'undecided',
        summary: null,
        screenedAt: null,
        caseworkerName: null,
        nextScreeningDate: null,
        comment: null,
        changeRequested: false,
      };
    return {
      track: latest.track,
      summary: latest.summaryForCitizen,
      screenedAt: latest.createdAt.toISOString(),
      caseworkerName: latest.caseworkerName,
      nextScreeningDate: latest.nextScreeningDate,
      comment: latest.citizenComment,
      changeRequested: latest.changeRequested,
    };
  }

  async comment(citizen: CitizenPrincipal, input: ScreeningCommentDto): Promise<MyScreeningDto> {
    const kase = await this.cases.activeCase(citizen.id);
    const latest = await this.screenings.findOne({ where: { citizenId: citizen.id }, order: { createdAt: 'DESC' } });
    if (!latest) throw new ScreeningException(ScreeningErrorCode.NoScreeningYet);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        ScreeningEntity,
        { id: latest.id },
        { citizenComment: input.comment, changeRequested: input.requestChange, commentedAt: new Date() },
      );
      if (input.requestChange)
        await this.enqueue(
          kase,
          'track_change_requested',
          `screening-${latest.id}`,
          addDays(todayInCopenhagen(), 7),
          manager,
          input.comment.slice(0, 500),
        );
      await this.cases.recordEvent(
        citizen.id,
        input.requestChange ? 'screening_change_requested' : 'screening_commented',
        {},
        manager,
      );
    });
    return this.myScreening(citizen.id);
  }

  // ── staff side ──────────────────────────────────────────────────────────────

  /** The signals a screening weighs; inside a transaction (recording one) read on its connection. */
  private async indicatorsOf(kase: CitizenCase, manager?: EntityManager): Promise<IndicatorsDto> {
    const today = todayInCopenhagen();
    const selfAssessment = await this.latestSelfAssessment(kase.id, manager);
    const signIns = await this.identity.lastCitizenSignIns([kase.id], manager);
    const earlierCases = await this.cases.earlierCases(kase.id, manager);
    const openQueueItems = await (manager?.getRepository(QueueItemEntity) ?? this.queue).count({
      where: { citizenId: kase.id, status: 'open' },
    });
    const missedMeetings = await this.meetings.missedMeetings(kase.id, manager);
    const lastSignIn = signIns.get(kase.id);
    return {
      weeksUnemployed: Math.max(0, Math.floor(daysBetween(kase.unemployedSince, today) / 7)),
      benefitType: kase.benefitType,
      selfAssessment,
      daysSinceSignIn: lastSignIn ? Math.max(0, daysBetween(todayInCopenhagen(lastSignIn), today)) : null,
      missedMeetings,
      earlierCases,
      openQueueItems,
    };
  }

  async indicators(actor: StaffPrincipal, citizenId: string, purpose?: string): Promise<IndicatorsDto> {
    const kase = await this.cases.authorize(actor, citizenId, {
      action: 'read',
      resource: 'screening.indicators',
      purpose,
    });
    return this.indicatorsOf(kase);
  }

  async record(
    actor: StaffPrincipal,
    citizenId: string,
    input: ScreeningInputDto,
    purpose?: string,
  ): Promise<ScreeningDto> {
    if (input.nextScreeningDate <= todayInCopenhagen()) {
      throw new PlatformException(PlatformErrorCode.ValidationFailed, 'The next screening must be after today.', {
        errors: [{ field: 'nextScreeningDate', message: 'nextScreeningDate must be after today' }],
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const kase = await this.cases.authorize(
        actor,
        citizenId,
        { action: 'create', resource: 'screening', purpose },
        manager,
      );
      assertCaseActive(kase);
      const indicators = await this.indicatorsOf(kase, manager);
      const screening = await manager.save(
        manager.create(ScreeningEntity, {
          citizenId: kase.id,
          municipalityCode: kase.municipalityCode,
          caseworkerId: actor.id,
          caseworkerName: actor.name,
          indicators: { ...indicators },
          assessment: input.assessment,
          track: input.track,
          summaryForCitizen: input.summaryForCitizen,
          nextScreeningDate: input.nextScreeningDate,
          citizenComment: null,
          changeRequested: false,
          commentedAt: null,
        }),
      );
      // The screening answers every open reason to look at the citizen (the visitation included).
      await manager.update(
        QueueItemEntity,
        { citizenId: kase.id, status: 'open' },
        { status: 'resolved', closedAt: new Date(), closedBy: actor.id, resolution: `screening:${screening.id}` },
      );
      await this.enqueue(kase, 'rescreening_due', `screening-${screening.id}`, input.nextScreeningDate, manager);
      await this.cases.recordEvent(kase.id, 'screened', { track: input.track }, manager);
      return screeningDto(screening);
    });
  }

  async history(actor: StaffPrincipal, citizenId: string, purpose?: string): Promise<ScreeningDto[]> {
    const kase = await this.cases.authorize(actor, citizenId, { action: 'read', resource: 'screening', purpose });
    return (await this.screenings.find({ where: { citizenId: kase.id }, order: { createdAt: 'DESC' }, take: 100 })).map(
      screeningDto,
    );
  }

  async listQueue(actor: StaffPrincipal, query: QueueQueryDto): Promise<Page<QueueItemDto>> {
    const today = todayInCopenhagen();
    const status = query.status ?? 'open';
    const scope = query.scope ?? (actor.roles.includes('team_lead') ? 'all' : 'me');
    const qb = this.queue
      .createQueryBuilder('q')
      .where('q.municipalityCode = :m', { m: actor.municipalityCode })
      .andWhere('q.status = :status', { status });
    if (scope === 'me') {
      const ids = await this.cases.caseloadIds(actor.id);
      if (ids.length === 0) return toPage([], 0, query);
      qb.andWhere('q.citizenId IN (:...ids)', { ids });
    }
    if (query.citizenId) qb.andWhere('q.citizenId = :citizenId', { citizenId: query.citizenId });
    if (query.overdue) qb.andWhere('q.dueDate < :today', { today });
    const [rows, total] = await qb
      .orderBy('q.dueDate', 'ASC')
      .addOrderBy('q.createdAt', 'ASC')
      .addOrderBy('q.id', 'ASC')
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
    const cases = await this.cases.casesOf(
      actor.municipalityCode,
      rows.map((r) => r.citizenId),
    );
    // Each citizen shown is a read of their data: one audit row each, in one insert.
    await this.audit.recordMany(
      { kind: 'staff', id: actor.id, name: actor.name, municipalityCode: actor.municipalityCode },
      [...new Set(rows.map((r) => r.citizenId))].map((citizenId) => ({
        citizenId,
        action: 'read' as const,
        resource: 'screening.queue',
        resourceId: citizenId,
        purpose: cases.get(citizenId)?.assignedCaseworkerId === actor.id ? 'caseload' : 'screening queue',
      })),
    );
    return toPage(
      rows.map((r) => {
        const late = r.status === 'open' ? Math.max(0, daysBetween(r.dueDate, today)) : 0;
        return {
          id: r.id,
          citizenId: r.citizenId,
          citizenName: cases.get(r.citizenId)?.name ?? '',
          reason: r.reason,
          dueDate: r.dueDate,
          overdue: late > 0,
          daysOverdue: late,
          status: r.status,
          note: r.note,
          createdAt: r.createdAt.toISOString(),
        };
      }),
      total,
      query,
    );
  }

  async dismiss(actor: StaffPrincipal, itemId: string, reason: string): Promise<QueueItemDto> {
    const item = await this.queue.findOneBy({ id: itemId, municipalityCode: actor.municipalityCode });
    if (!item) throw new ScreeningException(ScreeningErrorCode.QueueItemNotFound);
    if (item.status !== 'open') throw new ScreeningException(ScreeningErrorCode.QueueItemClosed);
    await this.dataSource.transaction(async (manager) => {
      await this.cases.authorize(
        actor,
        item.citizenId,
        {
          action: 'update',
          resource: 'screening.queue',
          purpose: actor.roles.includes('team_lead') ? undefined : 'screening queue',
        },
        manager,
      );
      await manager.update(
        QueueItemEntity,
        { id: item.id, status: 'open' },
        { status: 'dismissed', closedAt: new Date(), closedBy: actor.id, resolution: reason },
      );
    });
    const updated = (await this.queue.findOneBy({ id: item.id }))!;
    const kase = (await this.cases.casesOf(actor.municipalityCode, [item.citizenId])).get(item.citizenId);
    return {
      id: updated.id,
      citizenId: updated.citizenId,
      citizenName: kase?.name ?? '',
      reason: updated.reason,
      dueDate: updated.dueDate,
      overdue: false,
      daysOverdue: 0,
      status: updated.status,
      note: updated.note,
      createdAt: updated.createdAt.toISOString(),
    };
  }

  /** The citizen's current track (for other modules' lists): `undecided` until the first screening. */
  async tracksOf(citizenIds: string[], manager?: EntityManager): Promise<Map<string, string>> {
    if (citizenIds.length === 0) return new Map();
    const rows: Array<{ citizen_id: string; track: string }> = await (manager ?? this.screenings.manager).query(
      `SELECT DISTINCT ON (citizen_id) citizen_id, track FROM screening.screening WHERE citizen_id = ANY($1::uuid[]) ORDER BY citizen_id, created_at DESC`,
      [citizenIds],
    );
    return new Map(rows.map((r) => [r.citizen_id, r.track]));
  }
}
