import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@jobunivers/api/audit';
import { assertCaseActive, CitizenCasesService, type CaseActor, type CitizenCase } from '@jobunivers/api/citizens';
import { PlatformException } from '@jobunivers/api/errors';
import { type Page, toPage } from '@jobunivers/api/http';
import type { CitizenPrincipal, StaffPrincipal } from '@jobunivers/api/identity';
import { type IcsEvent, MeetingsService } from '@jobunivers/api/meetings';
import { ReferenceService } from '@jobunivers/api/reference';
import { ScreeningService } from '@jobunivers/api/screening';
import { todayInCopenhagen } from '@jobunivers/api/time';
import { Brackets, DataSource, type EntityManager, In, QueryFailedError, Repository } from 'typeorm';
import type {
  ActivityInputDto,
  ApplicationDto,
  ApplicationQueryDto,
  DecisionDto,
  GoalDto,
  OfferDto,
  OfferInputDto,
  OfferPatchDto,
  OfferQueryDto,
  OfferSummaryDto,
  PatchItemDto,
  PlanDto,
  PlanItemDto,
} from './dto/offers.dto';
import { OfferEntity } from './entities/offer.entity';
import { type ItemStatus, PlanGoalEntity, PlanItemEntity } from './entities/plan.entity';
import { isEligible, offerBenefitTypesFor, placesLeft } from './eligibility';
import { OffersErrorCode, OffersException } from './offers.errors';

/** An offer's title in the timeline's params: Danish `title`, English `titleEn` (the entry is worded in the reader's language). */
type OfferTitles = { title: string; titleEn: string };
const titlesOf = (offer: Pick<OfferEntity, 'titleDa' | 'titleEn'>): OfferTitles => ({
  title: offer.titleDa,
  titleEn: offer.titleEn,
});

/** An own activity's deadline is today or later (Copenhagen); none is fine. */
function assertDueDateAhead(dueDate: string | null | undefined): void {
  if (dueDate && dueDate < todayInCopenhagen())
    throw new OffersException(
      OffersErrorCode.DueDateInPast,
      `The deadline ${dueDate} has passed; choose today or a later day.`,
    );
}

const offerDto = (o: OfferEntity): OfferDto => ({
  id: o.id,
  titleDa: o.titleDa,
  titleEn: o.titleEn,
  descriptionDa: o.descriptionDa,
  descriptionEn: o.descriptionEn,
  provider: o.provider,
  kind: o.kind,
  mode: o.mode,
  location: o.location,
  selfPaced: o.selfPaced,
  sessions: o.sessions,
  capacity: o.capacity,
  placesLeft: placesLeft(o),
  benefitTypes: o.benefitTypes,
  tracks: o.tracks,
  requiresApproval: o.requiresApproval,
  skills: o.skills,
  status: o.status,
});
const summaryOf = (o: OfferEntity): OfferSummaryDto => ({
  id: o.id,
  titleDa: o.titleDa,
  titleEn: o.titleEn,
  kind: o.kind,
  mode: o.mode,
  provider: o.provider,
  sessions: o.sessions,
  requiresApproval: o.requiresApproval,
});

/**
 * Facade of offers: the municipality's catalogue, the citizen's plan (forløb), applications and
 * approvals. Places are taken only by a conditional UPDATE of the offer row (`enrolled < capacity`)
 * under a CHECK constraint, so capacity holds under any concurrency; a full offer waitlists, and a
 * freed place goes to the longest-waiting citizen in the same transaction.
 */
@Injectable()
export class OffersService implements OnModuleInit {
  constructor(
    @InjectRepository(OfferEntity) private readonly offers: Repository<OfferEntity>,
    @InjectRepository(PlanItemEntity) private readonly items: Repository<PlanItemEntity>,
    @InjectRepository(PlanGoalEntity) private readonly goals: Repository<PlanGoalEntity>,
    private readonly cases: CitizenCasesService,
    private readonly screening: ScreeningService,
    private readonly reference: ReferenceService,
    private readonly audit: AuditService,
    private readonly meetings: MeetingsService,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.meetings.addFeedSource(async (owner, since, language) =>
      owner.kind === 'citizen' ? this.sessionEvents(owner.id, since, language) : [],
    );
  }

  /** The sessions of offers the citizen is enrolled in, for their calendar feed. */
  private async sessionEvents(citizenId: string, since: Date, language: 'da' | 'en'): Promise<IcsEvent[]> {
    const enrolled = await this.items.find({
      where: { citizenId, status: 'enrolled' },
      select: { id: true, offerId: true },
    });
    const offers = await this.offersById(enrolled.map((i) => i.offerId!));
    return enrolled.flatMap((item) => {
      const offer = offers.get(item.offerId!);
      if (!offer) return [];
      return offer.sessions
        .filter((s) => Date.parse(s.end) >= since.getTime())
        .map((s, n) => ({
          uid: `${item.id}-${n}@jobunivers-offers`,
          // Bumped whenever the offer changes (seconds since the offer module's epoch).
          sequence: Math.max(0, Math.floor(offer.updatedAt.getTime() / 1000) - 1_790_000_000),
          start: new Date(s.start),
          end: new Date(s.end),
          stamp: offer.updatedAt,
          status: 'CONFIRMED' as const,
          summary: language === 'en' ? offer.titleEn : offer.titleDa,
          description: `${offer.provider}\n${language === 'en' ? offer.descriptionEn : offer.descriptionDa}`,
          location: offer.location,
          url: null,
        }));
    });
  }

  // ── catalogue ───────────────────────────────────────────────────────────────

  private validateOffer(input: Partial<OfferInputDto>): void {
    const errors: Array<{ field: string; message: string }> = [];
    (input.sessions ?? []).forEach((s, i) => {
      if (Date.parse(s.end) <= Date.parse(s.start))
        errors.push({ field: `sessions.${i}.end`, message: 'end must be after start' });
    });
    (input.skills ?? []).forEach((id, i) => {
      if (!this.reference.isSkill(id))
        errors.push({ field: `skills.${i}`, message: `${id} is not a catalogue skill (GET /skills)` });
    });
    if (errors.length) throw PlatformException.validation(errors);
  }

  async create(actor: CaseActor, input: OfferInputDto): Promise<OfferDto> {
    this.validateOffer(input);
    const saved = await this.offers.save(
      this.offers.create({
        ...input,
        municipalityCode: actor.municipalityCode,
        location: input.location ?? null,
        selfPaced: input.selfPaced ?? (input.sessions ?? []).length === 0,
        sessions: (input.sessions ?? []).map((s) => ({
          start: new Date(s.start).toISOString(),
          end: new Date(s.end).toISOString(),
        })),
        capacity: input.capacity ?? null,
        benefitTypes: input.benefitTypes ?? [],
        tracks: input.tracks ?? [],
        requiresApproval: input.requiresApproval ?? false,
        skills: input.skills ?? [],
        status: input.status ?? 'draft',
        enrolled: 0,
      }),
    );
    return offerDto(saved);
  }

  async update(actor: CaseActor, id: string, input: OfferPatchDto): Promise<OfferDto> {
    this.validateOffer(input);
    const offer = await this.offers.findOneBy({ id, municipalityCode: actor.municipalityCode });
    if (!offer) throw new OffersException(OffersErrorCode.OfferNotFound);
    if (input.capacity !== undefined && input.capacity !== null && input.capacity < offer.enrolled)
      throw new OffersException(OffersErrorCode.CapacityBelowEnrolled, `${offer.enrolled} places are taken.`);
    const changes: Partial<OfferEntity> = {
      ...input,
      ...(input.sessions
        ? {
            sessions: input.sessions.map((s) => ({
              start: new Date(s.start).toISOString(),
              end: new Date(s.end).toISOString(),
            })),
          }
        : {}),
    } as Partial<OfferEntity>;
    try {
      await this.offers.update({ id: offer.id }, changes);
    } catch (error) {
      // A place taken between the read and the update: the CHECK constraint has the last word.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23514')
        throw new OffersException(OffersErrorCode.CapacityBelowEnrolled);
      throw error;
    }
    // More places: the waitlist moves up at once.
    if (input.capacity !== undefined) await this.dataSource.transaction((manager) => this.promote(manager, offer.id));
    return offerDto((await this.offers.findOneBy({ id: offer.id }))!);
  }

  /** Citizens: published offers they are eligible for. Staff: their municipality's, any status. */
  async list(principal: CitizenPrincipal | StaffPrincipal, query: OfferQueryDto): Promise<Page<OfferDto>> {
    const qb = this.offers.createQueryBuilder('o').where('o.municipalityCode = :m', { m: principal.municipalityCode });
    if (principal.kind === 'citizen') {
      const kase = await this.cases.activeCase(principal.id);
      const track = (await this.screening.tracksOf([kase.id])).get(kase.id) ?? 'undecided';
      qb.andWhere(`o.status = 'published'`)
        .andWhere(`(cardinality(o.benefitTypes) = 0 OR o.benefitTypes && :benefits::text[])`, {
          benefits: offerBenefitTypesFor(kase.benefitType),
        })
        .andWhere(`(cardinality(o.tracks) = 0 OR :track = ANY(o.tracks))`, { track });
    } else if (query.status) qb.andWhere('o.status = :status', { status: query.status });
    if (query.kind) qb.andWhere('o.kind = :kind', { kind: query.kind });
    if (query.mode) qb.andWhere('o.mode = :mode', { mode: query.mode });
    if (query.from) {
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('o.selfPaced')
            .orWhere(
              `EXISTS (SELECT 1 FROM jsonb_array_elements(o.sessions) s WHERE (s->>'start')::timestamptz >= :from::date)`,
              { from: query.from },
            ),
        ),
      );
    }
    for (const [i, word] of (query.q ?? '').split(/\s+/).filter(Boolean).slice(0, 5).entries()) {
      qb.andWhere(
        `unaccent(lower(o.titleDa || ' ' || o.titleEn || ' ' || o.descriptionDa || ' ' || o.descriptionEn || ' ' || o.provider)) LIKE unaccent(lower(:w${i}))`,
        { [`w${i}`]: `%${word.replace(/[%_\\]/g, '\\$&')}%` },
      );
    }
    const [rows, total] = await qb
      .orderBy('o.titleDa', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
    return toPage(rows.map(offerDto), total, query);
  }

  async get(principal: CitizenPrincipal | StaffPrincipal, id: string): Promise<OfferDto> {
    const offer = await this.offers.findOneBy({ id, municipalityCode: principal.municipalityCode });
    if (!offer || (principal.kind === 'citizen' && offer.status !== 'published'))
      throw new OffersException(OffersErrorCode.OfferNotFound);
    return offerDto(offer);
  }

  // ── the plan ────────────────────────────────────────────────────────────────

  async myPlan(citizen: CitizenPrincipal): Promise<PlanDto> {
    return this.planOf(citizen.id);
  }

  async setGoal(citizen: CitizenPrincipal, input: GoalDto): Promise<PlanDto> {
    await this.cases.activeCase(citizen.id);
    const unknown = await this.reference.unknownOccupations(input.occupations);
    if (unknown.length)
      throw PlatformException.validation(
        unknown.map((code) => ({ field: 'occupations', message: `${code} is not an ISCO-08 unit group` })),
      );
    await this.goals.upsert({ citizenId: citizen.id, text: input.text, occupations: input.occupations }, ['citizenId']);
    return this.planOf(citizen.id);
  }

  async addItem(
    citizen: CitizenPrincipal,
    input: { offerId?: string; activity?: ActivityInputDto },
  ): Promise<PlanItemDto> {
    if (!!input.offerId === !!input.activity)
      throw PlatformException.validation([{ field: 'offerId', message: 'give either offerId or activity' }]);
    const kase = await this.cases.activeCase(citizen.id);
    if (input.activity) {
      assertDueDateAhead(input.activity.dueDate);
      const item = await this.dataSource.transaction(async (manager) => {
        const saved = await manager.save(
          manager.create(PlanItemEntity, {
            ...this.blankItem(kase),
            activityTitle: input.activity!.title,
            dueDate: input.activity!.dueDate ?? null,
            status: 'planned',
          }),
        );
        await this.cases.recordEvent(kase.id, 'plan_activity_added', { title: saved.activityTitle! }, manager);
        return saved;
      });
      return (await this.itemDtos([item]))[0];
    }
    const offer = await this.eligibleOffer(kase, input.offerId!);
    const item = await this.onPlanOnce(() =>
      this.dataSource.transaction(async (manager) => {
        const saved = await manager.save(
          manager.create(PlanItemEntity, { ...this.blankItem(kase), offerId: offer.id, status: 'planned' }),
        );
        return this.takePlaceOrApply(manager, saved, offer);
      }),
    );
    return (await this.itemDtos([item]))[0];
  }

  async patchItem(citizen: CitizenPrincipal, id: string, input: PatchItemDto): Promise<PlanItemDto> {
    const item = await this.items.findOneBy({ id, citizenId: citizen.id });
    if (!item) throw new OffersException(OffersErrorCode.ItemNotFound);
    if (input.activity) {
      if (item.offerId)
        throw new OffersException(OffersErrorCode.ItemNotChangeable, 'Only your own activities can be edited.');
      if (input.activity.dueDate !== item.dueDate) assertDueDateAhead(input.activity.dueDate);
      await this.items.update(
        { id: item.id },
        { activityTitle: input.activity.title, dueDate: input.activity.dueDate ?? null },
      );
    }
    if (input.status) {
      const kase = await this.cases.activeCase(citizen.id);
      await this.onPlanOnce(() =>
        this.dataSource.transaction(async (manager) => {
          const current = await manager.findOne(PlanItemEntity, {
            where: { id: item.id },
            lock: { mode: 'pessimistic_write' },
          });
          if (!current) throw new OffersException(OffersErrorCode.ItemNotFound);
          await this.changeStatus(manager, kase, current, input.status!);
        }),
      );
    }
    return (await this.itemDtos([(await this.items.findOneBy({ id: item.id }))!]))[0];
  }

  /** The citizen rates an offer they are on or have completed (1–5; a new rating replaces the old). */
  async rateItem(citizen: CitizenPrincipal, id: string, score: number): Promise<PlanItemDto> {
    const item = await this.items.findOneBy({ id, citizenId: citizen.id });
    if (!item) throw new OffersException(OffersErrorCode.ItemNotFound);
    if (!item.offerId || !['enrolled', 'completed'].includes(item.status))
      throw new OffersException(
        OffersErrorCode.ItemNotChangeable,
        'Only an offer you are on or have completed can be rated.',
      );
    await this.items.update({ id: item.id }, { rating: score, ratedAt: new Date() });
    return (await this.itemDtos([(await this.items.findOneBy({ id: item.id }))!]))[0];
  }

  /** KPI: the citizens' ratings of offers per month rated (Copenhagen time), as counts of 1…5. */
  async ratingStats(
    municipalityCode: string,
    citizenIds: string[] | null,
    from: Date,
    to: Date,
  ): Promise<Array<{ month: string; ratings: number[] }>> {
    return (await this.dataSource.query(
      `SELECT to_char(rated_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM') AS month,
              array[count(*) FILTER (WHERE rating = 1), count(*) FILTER (WHERE rating = 2), count(*) FILTER (WHERE rating = 3), count(*) FILTER (WHERE rating = 4), count(*) FILTER (WHERE rating = 5)]::int[] AS ratings
         FROM offers.plan_item WHERE municipality_code = $1 AND rated_at >= $2 AND rated_at < $3 AND ($4::uuid[] IS NULL OR citizen_id = ANY($4::uuid[]))
        GROUP BY 1 ORDER BY 1`,
      [municipalityCode, from, to, citizenIds],
    )) as Array<{ month: string; ratings: number[] }>;
  }

  /** Dropping an item frees its place (the waitlist moves up in the same transaction). */
  async dropItem(citizen: CitizenPrincipal, id: string): Promise<PlanItemDto> {
    const item = await this.items.findOneBy({ id, citizenId: citizen.id });
    if (!item) throw new OffersException(OffersErrorCode.ItemNotFound);
    if (['dropped', 'rejected', 'declined', 'completed'].includes(item.status)) return (await this.itemDtos([item]))[0];
    return this.patchItem(citizen, id, { status: 'dropped' });
  }

  private async changeStatus(
    manager: EntityManager,
    kase: CitizenCase,
    item: PlanItemEntity,
    to: 'completed' | 'dropped' | 'accepted' | 'declined',
  ): Promise<void> {
    const from = item.status;
    const allowed: Record<typeof to, ItemStatus[]> = {
      completed: ['planned', 'enrolled'],
      dropped: ['planned', 'pending_approval', 'enrolled', 'waitlisted'],
      accepted: ['suggested'],
      declined: ['suggested'],
    };
    if (!allowed[to].includes(from))
      throw new OffersException(OffersErrorCode.ItemNotChangeable, `A ${from} item cannot be ${to}.`);
    if (to === 'accepted') {
      const offer = await this.eligibleOffer(kase, item.offerId!, manager);
      await this.takePlaceOrApply(manager, item, offer);
      return;
    }
    await manager.update(PlanItemEntity, { id: item.id }, { status: to, waitlistedAt: null });
    if (from === 'enrolled' && item.offerId && to === 'dropped') {
      await manager.query(`UPDATE offers.offer SET enrolled = enrolled - 1 WHERE id = $1 AND enrolled > 0`, [
        item.offerId,
      ]);
      await this.promote(manager, item.offerId);
    }
    if (item.offerId)
      await this.cases.recordEvent(kase.id, `plan_${to}`, await this.titleOf(manager, item.offerId), manager);
  }

  /** Enrol if a place is free (atomic), else waitlist; an offer needing approval becomes an application. */
  private async takePlaceOrApply(
    manager: EntityManager,
    item: PlanItemEntity,
    offer: OfferEntity,
  ): Promise<PlanItemEntity> {
    const title = titlesOf(offer);
    if (offer.requiresApproval) {
      await manager.update(PlanItemEntity, { id: item.id }, { status: 'pending_approval' });
      await this.cases.recordEvent(item.citizenId, 'plan_applied', title, manager);
    } else await this.enrol(manager, item, title);
    return (await manager.findOneBy(PlanItemEntity, { id: item.id }))!;
  }

  private async enrol(manager: EntityManager, item: PlanItemEntity, title: OfferTitles): Promise<void> {
    // UPDATE … RETURNING answers [rows, affected]: one row means a place was taken.
    const [taken] = (await manager.query(
      `UPDATE offers.offer SET enrolled = enrolled + 1 WHERE id = $1 AND (capacity IS NULL OR enrolled < capacity) RETURNING id`,
      [item.offerId],
    )) as [unknown[], number];
    if (taken.length === 1) {
      await manager.update(PlanItemEntity, { id: item.id }, { status: 'enrolled', waitlistedAt: null });
      await this.cases.recordEvent(item.citizenId, 'plan_enrolled', title, manager);
    } else {
      await manager.update(PlanItemEntity, { id: item.id }, { status: 'waitlisted', waitlistedAt: new Date() });
      await this.cases.recordEvent(item.citizenId, 'plan_waitlisted', title, manager);
    }
  }

  /** Free places go to the longest-waiting citizens, one conditional UPDATE per place. */
  private async promote(manager: EntityManager, offerId: string): Promise<void> {
    for (let i = 0; i < 1000; i++) {
      const [next] = (await manager.query(
        `SELECT id, citizen_id FROM offers.plan_item WHERE offer_id = $1 AND status = 'waitlisted' ORDER BY waitlisted_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [offerId],
      )) as Array<{ id: string; citizen_id: string }>;
      if (!next) return;
      const [taken] = (await manager.query(
        `UPDATE offers.offer SET enrolled = enrolled + 1 WHERE id = $1 AND (capacity IS NULL OR enrolled < capacity) RETURNING id`,
        [offerId],
      )) as [unknown[], number];
      if (taken.length !== 1) return;
      await manager.update(PlanItemEntity, { id: next.id }, { status: 'enrolled', waitlistedAt: null });
      await this.cases.recordEvent(next.citizen_id, 'plan_promoted', await this.titleOf(manager, offerId), manager);
    }
  }

  // ── placements with companies (the employers module) ───────────────────────

  /**
   * An internship or wage-subsidy agreement with a company, approved by the consultant: an item on the
   * citizen's plan, under way until its end date. Written in the caller's transaction; answers the item's id.
   */
  async addPlacement(
    actor: StaffPrincipal,
    citizenId: string,
    input: { title: string; endDate: string },
    manager: EntityManager,
  ): Promise<string> {
    const kase = await this.cases.activeCase(citizenId, manager);
    const saved = await manager.save(
      manager.create(PlanItemEntity, {
        ...this.blankItem(kase),
        activityTitle: input.title.slice(0, 200),
        dueDate: input.endDate,
        status: 'enrolled',
        decidedBy: actor.id,
        decidedAt: new Date(),
      }),
    );
    return saved.id;
  }

  /** A placement's end (or hire): its plan item is completed. */
  async endPlacement(itemId: string, manager: EntityManager): Promise<void> {
    await manager.update(PlanItemEntity, { id: itemId, status: 'enrolled' }, { status: 'completed' });
  }

  // ── staff ───────────────────────────────────────────────────────────────────

  async planFor(actor: CaseActor, citizenId: string, purpose?: string): Promise<PlanDto> {
    const kase = await this.cases.authorize(actor, citizenId, { action: 'read', resource: 'plan', purpose });
    return this.planOf(kase.id);
  }

  async suggest(
    actor: StaffPrincipal,
    citizenId: string,
    offerId: string,
    note: string | undefined,
    purpose?: string,
  ): Promise<PlanItemDto> {
    const item = await this.onPlanOnce(() =>
      this.dataSource.transaction(async (manager) => {
        const kase = await this.cases.authorize(
          actor,
          citizenId,
          { action: 'update', resource: 'plan', purpose },
          manager,
        );
        assertCaseActive(kase);
        const offer = await this.eligibleOffer(kase, offerId, manager);
        const saved = await manager.save(
          manager.create(PlanItemEntity, {
            ...this.blankItem(kase),
            offerId: offer.id,
            status: 'suggested',
            suggestedBy: actor.id,
            suggestionNote: note || null,
          }),
        );
        await this.cases.recordEvent(kase.id, 'plan_suggested', titlesOf(offer), manager);
        return saved;
      }),
    );
    return (await this.itemDtos([item]))[0];
  }

  /** The approval inbox: applications waiting, oldest first (each citizen shown is an audited read). */
  /** Mit overblik: applications of these citizens waiting for approval. A count only: no citizen is read. */
  async pendingApprovalCount(municipalityCode: string, citizenIds: string[]): Promise<number> {
    if (citizenIds.length === 0) return 0;
    return this.items
      .createQueryBuilder('i')
      .where('i.municipalityCode = :m AND i.status = :s AND i.citizenId IN (:...ids)', {
        m: municipalityCode,
        s: 'pending_approval',
        ids: citizenIds,
      })
      .getCount();
  }

  async applications(actor: StaffPrincipal, query: ApplicationQueryDto): Promise<Page<ApplicationDto>> {
    const scope = query.scope ?? (actor.roles.includes('team_lead') ? 'all' : 'me');
    const qb = this.items
      .createQueryBuilder('i')
      .where('i.municipalityCode = :m AND i.status = :s', { m: actor.municipalityCode, s: 'pending_approval' });
    if (scope === 'me') {
      const ids = await this.cases.caseloadIds(actor.id);
      if (ids.length === 0) return toPage([], 0, query);
      qb.andWhere('i.citizenId IN (:...ids)', { ids });
    }
    const [rows, total] = await qb
      .orderBy('i.createdAt', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
    const [cases, offers] = await Promise.all([
      this.cases.casesOf(actor.municipalityCode, [...new Set(rows.map((r) => r.citizenId))]),
      this.offersById(rows.map((r) => r.offerId!)),
    ]);
    await this.audit.recordMany(
      { kind: 'staff', id: actor.id, name: actor.name, municipalityCode: actor.municipalityCode },
      [...new Set(rows.map((r) => r.citizenId))].map((citizenId) => ({
        citizenId,
        action: 'read' as const,
        resource: 'plan.applications',
        resourceId: citizenId,
        purpose: cases.get(citizenId)?.assignedCaseworkerId === actor.id ? 'caseload' : 'approvals',
      })),
    );
    return toPage(
      rows.map((r) => {
        const offer = offers.get(r.offerId!)!;
        return {
          id: r.id,
          citizenId: r.citizenId,
          citizenName: cases.get(r.citizenId)?.name ?? '',
          offer: summaryOf(offer),
          placesLeft: placesLeft(offer),
          appliedAt: r.createdAt.toISOString(),
        };
      }),
      total,
      query,
    );
  }

  async decide(actor: StaffPrincipal, itemId: string, input: DecisionDto): Promise<PlanItemDto> {
    if (input.decision === 'reject' && !input.reason)
      throw PlatformException.validation([
        { field: 'reason', message: 'reason is required when rejecting: the citizen reads it' },
      ]);
    const found = await this.items.findOneBy({ id: itemId, municipalityCode: actor.municipalityCode });
    if (!found || !found.offerId) throw new OffersException(OffersErrorCode.ApplicationNotFound);
    await this.dataSource.transaction(async (manager) => {
      const item = await manager.findOne(PlanItemEntity, {
        where: { id: itemId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!item || item.status !== 'pending_approval') throw new OffersException(OffersErrorCode.ApplicationDecided);
      await this.cases.authorize(
        actor,
        item.citizenId,
        {
          action: 'update',
          resource: 'plan.application',
          purpose: actor.roles.includes('team_lead') ? undefined : 'approvals',
        },
        manager,
      );
      await manager.update(
        PlanItemEntity,
        { id: item.id },
        { decidedBy: actor.id, decidedAt: new Date(), decisionReason: input.reason || null },
      );
      const title = await this.titleOf(manager, item.offerId!);
      if (input.decision === 'reject') {
        await manager.update(PlanItemEntity, { id: item.id }, { status: 'rejected' });
        await this.cases.recordEvent(item.citizenId, 'plan_rejected', title, manager);
      } else {
        await this.cases.recordEvent(item.citizenId, 'plan_approved', title, manager);
        await this.enrol(manager, item, title);
      }
    });
    return (await this.itemDtos([(await this.items.findOneBy({ id: itemId }))!]))[0];
  }

  /** Offers by id (for other modules, e.g. job matching's skill gaps). */
  async offersDeveloping(municipalityCode: string, skillIds: string[]): Promise<OfferDto[]> {
    if (skillIds.length === 0) return [];
    const rows = await this.offers
      .createQueryBuilder('o')
      .where(`o.municipalityCode = :m AND o.status = 'published' AND o.skills && :skills`, {
        m: municipalityCode,
        skills: skillIds,
      })
      .orderBy('o.titleDa')
      .take(50)
      .getMany();
    return rows.map(offerDto);
  }

  // ── internals ───────────────────────────────────────────────────────────────

  private blankItem(kase: CitizenCase): Partial<PlanItemEntity> {
    return {
      citizenId: kase.id,
      municipalityCode: kase.municipalityCode,
      offerId: null,
      activityTitle: null,
      dueDate: null,
      waitlistedAt: null,
      suggestedBy: null,
      suggestionNote: null,
      decidedBy: null,
      decidedAt: null,
      decisionReason: null,
      rating: null,
      ratedAt: null,
    };
  }

  private async eligibleOffer(
    kase: CitizenCase,
    offerId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<OfferEntity> {
    const offer = await manager.findOneBy(OfferEntity, { id: offerId, municipalityCode: kase.municipalityCode });
    if (!offer || offer.status !== 'published') throw new OffersException(OffersErrorCode.OfferNotFound);
    const track = (await this.screening.tracksOf([kase.id], manager)).get(kase.id) ?? 'undecided';
    if (!isEligible(offer, { benefitType: kase.benefitType, track }))
      throw new OffersException(OffersErrorCode.NotEligible);
    return offer;
  }

  /** The unique index allows an offer once per plan while active; a second time is a 409. */
  private async onPlanOnce<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string; constraint?: string }).constraint === 'plan_item_active_offer_uq'
      )
        throw new OffersException(OffersErrorCode.AlreadyOnPlan);
      throw error;
    }
  }

  private async titleOf(manager: EntityManager, offerId: string): Promise<OfferTitles> {
    const offer = await manager.findOne(OfferEntity, {
      where: { id: offerId },
      select: { id: true, titleDa: true, titleEn: true },
    });
    return offer ? titlesOf(offer) : { title: '', titleEn: '' };
  }

  private async offersById(ids: string[]): Promise<Map<string, OfferEntity>> {
    const unique = [...new Set(ids.filter(Boolean))];
    return new Map((unique.length ? await this.offers.findBy({ id: In(unique) }) : []).map((o) => [o.id, o]));
  }

  private async planOf(citizenId: string): Promise<PlanDto> {
    const [goal, items] = await Promise.all([
      this.goals.findOneBy({ citizenId }),
      this.items.find({ where: { citizenId }, order: { createdAt: 'ASC' }, take: 500 }),
    ]);
    return {
      goal: goal ? { text: goal.text, occupations: goal.occupations } : null,
      items: await this.itemDtos(items),
    };
  }

  private async itemDtos(items: PlanItemEntity[]): Promise<PlanItemDto[]> {
    const offers = await this.offersById(items.map((i) => i.offerId!));
    const waitlisted = items.filter((i) => i.status === 'waitlisted');
    const positions = new Map<string, number>();
    if (waitlisted.length) {
      const rows = (await this.items.query(
        `SELECT me.id, (SELECT count(*)::int FROM offers.plan_item o WHERE o.offer_id = me.offer_id AND o.status = 'waitlisted' AND (o.waitlisted_at, o.id) <= (me.waitlisted_at, me.id)) AS position
           FROM offers.plan_item me WHERE me.id = ANY($1::uuid[])`,
        [waitlisted.map((i) => i.id)],
      )) as Array<{ id: string; position: number }>;
      for (const r of rows) positions.set(r.id, r.position);
    }
    return items.map((i) => ({
      id: i.id,
      status: i.status,
      offer: i.offerId && offers.get(i.offerId) ? summaryOf(offers.get(i.offerId)!) : null,
      activity: i.offerId ? null : { title: i.activityTitle ?? '', dueDate: i.dueDate },
      waitlistPosition: positions.get(i.id) ?? null,
      suggestionNote: i.suggestionNote,
      decisionReason: i.decisionReason,
      rating: i.rating,
      createdAt: i.createdAt.toISOString(),
    }));
  }
}
