import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type AuditActor, AuditService, resolvePurpose } from '@jobunivers/api/audit';
import { PlatformErrorCode, PlatformException } from '@jobunivers/api/errors';
import { type Page, toPage } from '@jobunivers/api/http';
import { IdentityService, type StaffPrincipal } from '@jobunivers/api/identity';
import type {
  CaseActor,
  CaseloadEnricher,
  CaseloadExtras,
  CitizenCase,
  CitizenProfileSnapshot,
  CitizenRegisteredEvent,
  RegisteredCitizen,
  RegistrationNextSteps,
} from './citizen-access';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager, In, Repository } from 'typeorm';
import { CaseEventBus, type CaseEvent, type CaseEventKind, type CaseEvents, type NewCaseEvent } from './case-events';
import { CitizensErrorCode, CitizensException } from './citizens.errors';
import { CitizensService } from './citizens.service';
import { maskCpr } from './cpr';
import type {
  CitizenDto,
  CitizenListItemDto,
  CitizenQueryDto,
  OutcomeDto,
  RegisterCitizenDto,
  TimelineEntryDto,
} from './dto/citizen.dto';
import { CitizenEntity } from './entities/citizen.entity';
import { TimelineEntryEntity } from './entities/timeline-entry.entity';
import { type Language, timelineText } from './timeline-texts';

const WEEK_MS = 7 * 24 * 3600 * 1000;
const weeksBetween = (from: string, to: Date) =>
  Math.max(0, Math.floor((to.getTime() - Date.parse(`${from}T00:00:00Z`)) / WEEK_MS));
const toCase = (c: CitizenEntity): CitizenCase => ({
  id: c.id,
  name: `${c.firstName} ${c.lastName}`,
  municipalityCode: c.municipalityCode,
  benefitType: c.benefitType,
  unemployedSince: c.unemployedSince,
  registeredAt: c.registeredAt,
  status: c.status,
  assignedCaseworkerId: c.assignedCaseworkerId,
  digitalPostExempt: c.digitalPostExempt,
});
const actorOf = (p: CaseActor): AuditActor => ({
  kind: p.kind,
  id: p.id,
  name: p.name,
  municipalityCode: p.municipalityCode,
});

/**
 * The case side of the citizens module: registration, the caseload, reading a citizen (audited,
 * with a purpose outside one's caseload), CPR reveal, outcome and the timeline. Tenancy is part of
 * every query: a citizen of another municipality is simply not found.
 */
/** The case, if it is active; otherwise 409 `case_closed` (the one problem code for "your case is closed"). */
export function assertCaseActive(kase: CitizenCase | undefined): CitizenCase {
  if (!kase || kase.status !== 'active') throw new CitizensException(CitizensErrorCode.CaseClosed);
  return kase;
}

@Injectable()
export class CitizenCasesService {
  private readonly enrichers: CaseloadEnricher[] = [];
  private readonly registeredHandlers: Array<
    (event: CitizenRegisteredEvent, manager: EntityManager) => Promise<RegistrationNextSteps | void>
  > = [];

  constructor(
    @InjectRepository(CitizenEntity) private readonly citizens: Repository<CitizenEntity>,
    @InjectRepository(TimelineEntryEntity) private readonly timeline: Repository<TimelineEntryEntity>,
    private readonly facade: CitizensService,
    private readonly identity: IdentityService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly events: CaseEventBus,
  ) {}

  /**
   * Registers a citizen. The case goes to the chosen caseworker; else to the registering caseworker (who then
   * finds the citizen on their own caseload); else (a team lead or a municipal system) to the least-loaded one.
   * Answers with what happens next: the visitation deadline and the invitation that went out.
   */
  async register(actor: CaseActor, input: RegisterCitizenDto): Promise<RegisteredCitizen> {
    const municipalityCode = actor.municipalityCode;
    const cprHash = this.facade.cpr.lookupHash(input.cpr);
    // While a key rotation is under way, an active case may still hold an older look-up value.
    const candidates = this.facade.cpr.lookupCandidates(input.cpr);
    const id = randomUUID();
    return this.dataSource.transaction(async (manager) => {
      // One registration of a CPR number at a time per municipality, even under concurrent requests — and across
      // instances that know different keys during a rotation: each locks every look-up value it knows, in one order.
      const lockKeys = [...new Set(candidates.map((h) => `citizen:${municipalityCode}:${h.toString('hex')}`))].sort();
      for (const lockKey of lockKeys) await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockKey]);
      const existing = await manager.findOne(CitizenEntity, {
        where: { municipalityCode, cprHash: In(candidates), status: 'active' },
        select: { id: true },
      });
      if (existing)
        throw new CitizensException(
          CitizensErrorCode.AlreadyRegistered,
          `The citizen is already registered (id ${existing.id}).`,
          { existingId: existing.id },
        );
      const caseworker = await this.caseworkerFor(manager, actor, input.caseworkerId);
      const citizen = await manager.save(
        manager.create(CitizenEntity, {
          id,
          municipalityCode,
          cprEncrypted: this.facade.cpr.encrypt(input.cpr, id),
          cprHash,
          firstName: input.firstName,
          lastName: input.lastName,
          email: input.email,
          phone: input.phone,
          postalCode: input.postalCode,
          benefitType: input.benefitType,
          unemployedSince: input.unemployedSince,
          unemploymentFund: input.unemploymentFund ?? null,
          digitalPostExempt: input.digitalPostExempt ?? false,
          assignedCaseworkerId: caseworker?.id ?? null,
          status: 'active',
          closedAt: null,
          outcome: null,
          outcomeDate: null,
        }),
      );
      const now = new Date();
      await this.writeTimeline(manager, [
        {
          citizenId: citizen.id,
          occurredAt: now,
          kind: 'registered',
          params: { unemployedSince: input.unemployedSince },
        },
        ...(caseworker
          ? [
              {
                citizenId: citizen.id,
                occurredAt: new Date(now.getTime() + 1),
                kind: 'caseworker_assigned' as const,
                params: { caseworkerName: caseworker.name },
              },
            ]
          : []),
      ]);
      await this.audit.record(
        actorOf(actor),
        {
          citizenId: citizen.id,
          action: 'create',
          resource: 'citizen',
          resourceId: citizen.id,
          purpose: actor.kind === 'client' ? resolvePurpose(actor, false) : 'registration',
        },
        manager,
      );
      const nextSteps: RegistrationNextSteps = {};
      for (const handler of this.registeredHandlers)
        Object.assign(
          nextSteps,
          await handler(
            { citizen: toCase(citizen), preferredMeetingForms: input.preferredMeetingForms ?? [] },
            manager,
          ),
        );
      return {
        id: citizen.id,
        assignedCaseworkerId: caseworker?.id ?? null,
        assignedCaseworkerName: caseworker?.name ?? null,
        nextSteps,
      };
    });
  }

  /** Other modules react to a registration inside its transaction (e.g. screening's visitation item). */
  onRegistered(
    handler: (event: CitizenRegisteredEvent, manager: EntityManager) => Promise<RegistrationNextSteps | void>,
  ): void {
    this.registeredHandlers.push(handler);
  }

  /**
   * Called by the profile service inside its transaction: the saved profile goes out as the `citizen.profile_saved`
   * module event (job matching's match profile).
   */
  async profileSaved(citizenId: string, manager: EntityManager): Promise<void> {
    if (!this.events.handles('citizen.profile_saved')) return;
    const [snapshot] = await this.profileSnapshots({ ids: [citizenId] }, manager);
    if (snapshot) await this.events.emit('citizen.profile_saved', snapshot, manager);
  }

  /**
   * Profiles for matching, in id order: by ids, or a page after a cursor (to rebuild a read model).
   * Citizens without a saved profile are left out.
   */
  async profileSnapshots(
    query: { ids?: string[]; after?: string; limit?: number },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CitizenProfileSnapshot[]> {
    const rows = (await manager.query(
      `SELECT c.id, c.municipality_code, c.status, c.postal_code, p.wished_occupations, p.skills, p.work_area, p.hours, p.languages
         FROM citizens.citizen c JOIN citizens.profile p ON p.citizen_id = c.id
        WHERE ($1::uuid[] IS NULL OR c.id = ANY($1::uuid[])) AND ($2::uuid IS NULL OR c.id > $2::uuid)
        ORDER BY c.id LIMIT $3`,
      [query.ids ?? null, query.after ?? null, query.limit ?? 1000],
    )) as Array<{
      id: string;
      municipality_code: string;
      status: string;
      postal_code: string | null;
      wished_occupations: string[];
      skills: Array<{ id?: string }>;
      work_area: CitizenProfileSnapshot['workArea'];
      hours: CitizenProfileSnapshot['hours'];
      languages: Array<{ language: string; level: string }>;
    }>;
    return rows.map((r) => ({
      citizenId: r.id,
      municipalityCode: r.municipality_code,
      active: r.status === 'active',
      postalCode: r.postal_code,
      wishedOccupations: r.wished_occupations,
      skillIds: [...new Set(r.skills.flatMap((s) => (s.id ? [s.id] : [])))],
      workArea: r.work_area,
      hours: r.hours,
      languages: r.languages.filter((l) => l.level !== 'basic').map((l) => l.language),
    }));
  }

  /** Other modules add their columns to the caseload list (e.g. screening's track). */
  enrichCaseload(enricher: CaseloadEnricher): void {
    this.enrichers.push(enricher);
  }

  /**
   * For other modules' staff/API routes about one citizen: tenancy (404 outside the municipality),
   * purpose (403 outside the caseload without one) and exactly one audit row.
   */
  async authorize(
    actor: CaseActor,
    citizenId: string,
    access: { action: 'read' | 'create' | 'update'; resource: string; purpose?: string },
    manager?: EntityManager,
  ): Promise<CitizenCase> {
    const citizen = await this.find(actor, citizenId, manager);
    const purpose = this.purposeFor(actor, citizen, access.purpose);
    await this.audit.record(
      actorOf(actor),
      { citizenId: citizen.id, action: access.action, resource: access.resource, resourceId: citizen.id, purpose },
      manager,
    );
    return toCase(citizen);
  }

  /** How to reach the citizen (phone meetings, notifications); no access check — callers have one. */
  async contactOf(
    citizenId: string,
    manager?: EntityManager,
  ): Promise<{ phone: string | null; email: string | null } | undefined> {
    const c = await (manager ?? this.dataSource.manager).findOne(CitizenEntity, {
      where: { id: citizenId },
      select: { id: true, phone: true, email: true },
    });
    return c ? { phone: c.phone, email: c.email } : undefined;
  }

  /** E-mail addresses of these citizens (those that have one); no access check — for notifications. */
  async emailsOf(citizenIds: string[]): Promise<Map<string, string>> {
    if (citizenIds.length === 0) return new Map();
    const rows = await this.citizens.find({
      where: { id: In([...new Set(citizenIds)]) },
      select: { id: true, email: true },
    });
    return new Map(rows.flatMap((r) => (r.email ? [[r.id, r.email] as [string, string]] : [])));
  }

  /** The contact channels citizens chose in their profile (in_app, push, email); absent: never chosen. */
  async notificationChannelsOf(citizenIds: string[], manager?: EntityManager): Promise<Map<string, string[]>> {
    if (citizenIds.length === 0) return new Map();
    const rows = (await (manager ?? this.dataSource.manager).query(
      `SELECT citizen_id, notification_channels FROM citizens.profile WHERE citizen_id = ANY($1::uuid[]) AND cardinality(notification_channels) > 0`,
      [[...new Set(citizenIds)]],
    )) as Array<{ citizen_id: string; notification_channels: string[] }>;
    return new Map(rows.map((r) => [r.citizen_id, r.notification_channels]));
  }

  /** A case by id, no access check (for the citizen's own routes and background work). */
  async caseOf(citizenId: string, manager?: EntityManager): Promise<CitizenCase | undefined> {
    const citizen = await (manager ?? this.dataSource.manager).findOneBy(CitizenEntity, { id: citizenId });
    return citizen ? toCase(citizen) : undefined;
  }

  /**
   * The citizen's case, which must be active: a closed case answers 409 `case_closed` in every module
   * (booking, plan, joblog, screening, messages). On `manager`'s connection inside a transaction.
   */
  async activeCase(citizenId: string, manager?: EntityManager): Promise<CitizenCase> {
    return assertCaseActive(await this.caseOf(citizenId, manager));
  }

  /** Active cases in id order, a batch at a time (for scheduled scans). */
  async activeCases(
    afterId: string | undefined,
    limit: number,
    municipalityCode?: string,
    manager?: EntityManager,
  ): Promise<CitizenCase[]> {
    const qb = (manager?.getRepository(CitizenEntity) ?? this.citizens)
      .createQueryBuilder('c')
      .where(`c.status = 'active'`);
    if (afterId) qb.andWhere('c.id > :afterId', { afterId });
    if (municipalityCode) qb.andWhere('c.municipalityCode = :municipalityCode', { municipalityCode });
    return (await qb.orderBy('c.id').take(limit).getMany()).map(toCase);
  }

  /** Cases by id (for lists other modules show), only within one municipality. */
  async casesOf(municipalityCode: string, ids: string[]): Promise<Map<string, CitizenCase>> {
    if (ids.length === 0) return new Map();
    const rows = await this.citizens.find({ where: { id: In([...new Set(ids)]), municipalityCode } });
    return new Map(rows.map((r) => [r.id, toCase(r)]));
  }

  /** Ids of the municipality's cases (of these caseworkers when given), active or all (for KPIs). */
  async caseIds(municipalityCode: string, caseworkerIds: string[] | null, status: 'active' | 'all'): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT id FROM citizens.citizen WHERE municipality_code = $1 AND ($2::uuid[] IS NULL OR assigned_caseworker_id = ANY($2::uuid[])) AND ($3 = 'all' OR status = 'active')`,
      [municipalityCode, caseworkerIds, status],
    )) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }

  /**
   * KPI: closed cases per month (Copenhagen time) and how many ended in job or education within 13
   * and within 26 weeks of the unemployment's start (by the outcome's date).
   */
  async outcomeStats(
    municipalityCode: string,
    caseworkerIds: string[] | null,
    from: Date,
    to: Date,
  ): Promise<Array<{ month: string; closed: number; within13: number; within26: number }>> {
    return (await this.dataSource.query(
      `SELECT to_char(closed_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM') AS month, count(*)::int AS closed,
              count(*) FILTER (WHERE outcome IN ('job', 'education') AND outcome_date <= unemployed_since + 91)::int AS within13,
              count(*) FILTER (WHERE outcome IN ('job', 'education') AND outcome_date <= unemployed_since + 182)::int AS within26
         FROM citizens.citizen
        WHERE municipality_code = $1 AND status = 'closed' AND closed_at >= $2 AND closed_at < $3
          AND ($4::uuid[] IS NULL OR assigned_caseworker_id = ANY($4::uuid[]))
        GROUP BY 1 ORDER BY 1`,
      [municipalityCode, from, to, caseworkerIds],
    )) as Array<{ month: string; closed: number; within13: number; within26: number }>;
  }

  /**
   * Cases of a municipality whose unemployment started between two days (inclusive), active or
   * closed, optionally of one benefit type or among given ids (the contact rules' cohorts and KPIs).
   */
  async casesStarted(
    municipalityCode: string,
    from: string,
    to: string,
    filter: { benefitType?: string; ids?: string[] | null } = {},
    manager?: EntityManager,
  ): Promise<CitizenCase[]> {
    const qb = (manager?.getRepository(CitizenEntity) ?? this.citizens)
      .createQueryBuilder('c')
      .where('c.municipalityCode = :m AND c.unemployedSince BETWEEN :from AND :to', { m: municipalityCode, from, to });
    if (filter.benefitType) qb.andWhere('c.benefitType = :b', { b: filter.benefitType });
    if (filter.ids) qb.andWhere('c.id = ANY(:ids::uuid[])', { ids: filter.ids });
    return (await qb.orderBy('c.id').getMany()).map(toCase);
  }

  /** How many cases of a benefit type started between two days (inclusive), in one municipality. */
  async countStarted(
    municipalityCode: string,
    benefitType: string,
    from: string,
    to: string,
    manager?: EntityManager,
  ): Promise<number> {
    return (manager?.getRepository(CitizenEntity) ?? this.citizens)
      .createQueryBuilder('c')
      .where('c.municipalityCode = :m AND c.benefitType = :b AND c.unemployedSince BETWEEN :from AND :to', {
        m: municipalityCode,
        b: benefitType,
        from,
        to,
      })
      .getCount();
  }

  /** Ids of a caseworker's active caseload. */
  async caseloadIds(caseworkerId: string): Promise<string[]> {
    return (
      await this.citizens.find({
        select: { id: true },
        where: { assignedCaseworkerId: caseworkerId, status: 'active' },
      })
    ).map((c) => c.id);
  }

  /** Earlier, closed cases of the same person in any municipality (a screening indicator). */
  async earlierCases(citizenId: string, manager?: EntityManager): Promise<number> {
    const db = manager ?? this.citizens.manager;
    const [me] = (await db.query(`SELECT cpr_encrypted FROM citizens.citizen WHERE id = $1 AND anonymised_at IS NULL`, [
      citizenId,
    ])) as Array<{ cpr_encrypted: Buffer }>;
    if (!me) return 0;
    // By every look-up value the person's cases may hold while a key rotation is under way.
    const hashes = this.facade.cpr.lookupCandidates(this.facade.cpr.decrypt(me.cpr_encrypted, citizenId));
    const [row] = await db.query(
      `SELECT count(*)::int AS n FROM citizens.citizen WHERE cpr_hash = ANY($1::bytea[]) AND id <> $2 AND status = 'closed'`,
      [hashes, citizenId],
    );
    return row?.n ?? 0;
  }

  /**
   * Records a case event: its entry on the citizen's timeline, then its `@OnCaseEvent` handlers, all in
   * the caller's transaction when given. `occurredAt` dates an entry that records something dated (so the
   * entry and the thing show one date).
   */
  async recordEvent<K extends CaseEventKind>(
    citizenId: string,
    kind: K,
    params: CaseEvents[K],
    manager?: EntityManager,
    occurredAt = new Date(),
  ): Promise<void> {
    await this.writeTimeline(manager ?? this.dataSource.manager, [
      { citizenId, occurredAt, kind, params } as NewCaseEvent & { occurredAt: Date },
    ]);
  }

  /** Writes timeline entries and hands each event to its handlers, in the caller's transaction. */
  private async writeTimeline(
    manager: EntityManager,
    events: Array<NewCaseEvent & { occurredAt: Date }>,
  ): Promise<void> {
    const inserted = await manager.insert(TimelineEntryEntity, events);
    for (const [i, event] of events.entries()) {
      const id = (inserted.identifiers[i] as { id: string }).id;
      await this.events.publish({ ...event, id } as CaseEvent, manager);
    }
  }

  /** The caseworker with the fewest active citizens (ties: by name); none when the jobcentre has none. */
  /** The chosen caseworker (must be an active caseworker here), else the registering caseworker, else the least-loaded one. */
  private async caseworkerFor(
    manager: EntityManager,
    actor: CaseActor,
    chosenId: string | undefined,
  ): Promise<{ id: string; name: string } | undefined> {
    const caseworkers = await this.identity.caseworkers(actor.municipalityCode, manager);
    if (chosenId) {
      const chosen = caseworkers.find((c) => c.id === chosenId);
      if (!chosen)
        throw PlatformException.validation([
          { field: 'caseworkerId', message: 'caseworkerId must be an active caseworker of your municipality' },
        ]);
      return chosen;
    }
    const self = actor.kind === 'staff' ? caseworkers.find((c) => c.id === actor.id) : undefined;
    return self ?? this.leastLoadedCaseworker(manager, actor.municipalityCode);
  }

  private async leastLoadedCaseworker(
    manager: EntityManager,
    municipalityCode: string,
  ): Promise<{ id: string; name: string } | undefined> {
    const caseworkers = await this.identity.caseworkers(municipalityCode, manager);
    if (caseworkers.length === 0) return undefined;
    const loads: Array<{ id: string; n: number }> = await manager.query(
      `SELECT assigned_caseworker_id AS id, count(*)::int AS n FROM citizens.citizen WHERE municipality_code = $1 AND status = 'active' AND assigned_caseworker_id = ANY($2::uuid[]) GROUP BY 1`,
      [municipalityCode, caseworkers.map((c) => c.id)],
    );
    const load = new Map(loads.map((l) => [l.id, l.n]));
    return [...caseworkers].sort((a, b) => (load.get(a.id) ?? 0) - (load.get(b.id) ?? 0))[0];
  }

  /** A citizen of the caller's municipality, or 404 — before any purpose is asked for. */
  private async find(actor: CaseActor, id: string, manager?: EntityManager): Promise<CitizenEntity> {
    const citizen = await (manager?.getRepository(CitizenEntity) ?? this.citizens).findOneBy({
      id,
      municipalityCode: actor.municipalityCode,
    });
    if (!citizen) throw new CitizensException(CitizensErrorCode.CitizenNotFound);
    return citizen;
  }

  /** Why this actor may see this citizen (403 for a caseworker outside the caseload without a purpose). */
  private purposeFor(actor: CaseActor, citizen: CitizenEntity, statedPurpose?: string): string {
    return resolvePurpose(actor, actor.kind === 'staff' && citizen.assignedCaseworkerId === actor.id, statedPurpose);
  }

  async get(actor: CaseActor, id: string, statedPurpose?: string): Promise<CitizenDto> {
    const citizen = await this.find(actor, id);
    const purpose = this.purposeFor(actor, citizen, statedPurpose);
    await this.audit.record(actorOf(actor), {
      citizenId: citizen.id,
      action: 'read',
      resource: 'citizen',
      resourceId: citizen.id,
      purpose,
    });
    return this.toDto(citizen, await this.caseworkerName(citizen));
  }

  async revealCpr(actor: CaseActor, id: string, statedPurpose?: string): Promise<string> {
    const citizen = await this.find(actor, id);
    const purpose = this.purposeFor(actor, citizen, statedPurpose);
    if (citizen.anonymisedAt) throw new CitizensException(CitizensErrorCode.Anonymised);
    await this.audit.record(actorOf(actor), {
      citizenId: citizen.id,
      action: 'reveal',
      resource: 'citizen.cpr',
      resourceId: citizen.id,
      purpose,
    });
    const cpr = this.facade.cpr.decrypt(citizen.cprEncrypted, citizen.id);
    return `${cpr.slice(0, 6)}-${cpr.slice(6)}`;
  }

  async list(actor: CaseActor, query: CitizenQueryDto): Promise<Page<CitizenListItemDto>> {
    const qb = this.citizens.createQueryBuilder('c').where('c.municipalityCode = :m', { m: actor.municipalityCode });
    const status = query.status ?? 'active';
    if (status !== 'all') qb.andWhere('c.status = :status', { status });
    const assignedTo =
      query.assignedTo ?? (actor.kind === 'staff' && !actor.roles.includes('team_lead') ? 'me' : 'all');
    if (assignedTo === 'me') qb.andWhere('c.assignedCaseworkerId = :me', { me: actor.id });
    else if (assignedTo === 'unassigned') qb.andWhere('c.assignedCaseworkerId IS NULL');
    else if (assignedTo !== 'all') qb.andWhere('c.assignedCaseworkerId = :cw', { cw: assignedTo });
    const q = query.q?.trim();
    if (q) {
      if (/^\d{6}-?\d{4}$/.test(q))
        qb.andWhere('c.cprHash IN (:...hashes)', { hashes: this.facade.cpr.lookupCandidates(q) });
      else
        qb.andWhere(`(c.firstName || ' ' || c.lastName) ILIKE :q`, {
          q: `%${q.replace(/[%_\\]/g, (ch) => `\\${ch}`)}%`,
        });
    }
    const sort = query.sort ?? 'name';
    const desc = sort.startsWith('-');
    const order = desc ? 'DESC' : 'ASC';
    const key = sort.replace('-', '');
    if (key === 'name') qb.orderBy('c.lastName', order).addOrderBy('c.firstName', order);
    else qb.orderBy(key === 'registeredAt' ? 'c.registeredAt' : 'c.unemployedSince', order);
    qb.addOrderBy('c.id', 'ASC');
    const [rows, total] = await qb.skip(query.offset).take(query.limit).getManyAndCount();
    const names = await this.identity.staffNames(
      rows.flatMap((r) => (r.assignedCaseworkerId ? [r.assignedCaseworkerId] : [])),
    );
    const extras = new Map<string, Partial<CaseloadExtras>>();
    for (const enricher of this.enrichers) {
      for (const [id, more] of await enricher(rows.map((r) => r.id))) extras.set(id, { ...extras.get(id), ...more });
    }
    // Each citizen shown is a read of their data: one audit row each, in one insert.
    const assigned = new Map(rows.map((row) => [row.id, row.assignedCaseworkerId]));
    await this.audit.recordListRead(actorOf(actor), {
      citizenIds: assigned.keys(),
      resource: 'citizen.list',
      purpose:
        actor.kind === 'client'
          ? resolvePurpose(actor, false)
          : (citizenId) => (assigned.get(citizenId) === actor.id ? 'caseload' : 'caseload overview'),
    });
    const now = new Date();
    return toPage(
      rows.map((c) => ({
        id: c.id,
        cprMasked: this.maskedCprOf(c),
        name: `${c.firstName} ${c.lastName}`,
        benefitType: c.benefitType,
        unemployedSince: c.unemployedSince,
        weeksUnemployed: weeksBetween(c.unemployedSince, c.closedAt ?? now),
        status: c.status,
        assignedCaseworkerId: c.assignedCaseworkerId,
        assignedCaseworkerName: c.assignedCaseworkerId ? (names.get(c.assignedCaseworkerId) ?? null) : null,
        registeredAt: c.registeredAt.toISOString(),
        track: extras.get(c.id)?.track ?? 'undecided',
        openQueueItems: extras.get(c.id)?.openQueueItems ?? 0,
        nextMeetingAt: extras.get(c.id)?.nextMeetingAt ?? null,
      })),
      total,
      query,
    );
  }

  async reportOutcome(actor: CaseActor, id: string, input: OutcomeDto, statedPurpose?: string): Promise<CitizenDto> {
    const citizen = await this.find(actor, id);
    const purpose = this.purposeFor(actor, citizen, statedPurpose);
    if (citizen.status === 'closed')
      throw new CitizensException(
        CitizensErrorCode.CaseClosed,
        'The case is already closed; register the citizen again to open a new case.',
      );
    if (input.date < citizen.unemployedSince) {
      throw new PlatformException(
        PlatformErrorCode.ValidationFailed,
        'The outcome cannot take effect before the unemployment began.',
        {
          errors: [{ field: 'date', message: `date must not be before unemployedSince (${citizen.unemployedSince})` }],
        },
      );
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        CitizenEntity,
        { id: citizen.id, status: 'active' },
        { status: 'closed', closedAt: new Date(), outcome: input.outcome, outcomeDate: input.date },
      );
      await this.writeTimeline(manager, [
        {
          citizenId: citizen.id,
          occurredAt: new Date(),
          kind: 'case_closed',
          params: { outcome: input.outcome, date: input.date },
        },
      ]);
      await this.audit.record(
        actorOf(actor),
        { citizenId: citizen.id, action: 'update', resource: 'citizen.outcome', resourceId: citizen.id, purpose },
        manager,
      );
    });
    const updated = await this.find(actor, id);
    return this.toDto(updated, await this.caseworkerName(updated));
  }

  /** Staff record that the citizen is exempt from Digital Post (or no longer is); audited. */
  async setDigitalPostExempt(
    actor: StaffPrincipal,
    id: string,
    exempt: boolean,
    statedPurpose?: string,
  ): Promise<CitizenDto> {
    const citizen = await this.find(actor, id);
    const purpose = this.purposeFor(actor, citizen, statedPurpose);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(CitizenEntity, { id: citizen.id }, { digitalPostExempt: exempt });
      await this.audit.record(
        actorOf(actor),
        { citizenId: citizen.id, action: 'update', resource: 'citizen.digital_post', resourceId: citizen.id, purpose },
        manager,
      );
    });
    return this.toDto({ ...citizen, digitalPostExempt: exempt }, await this.caseworkerName(citizen));
  }

  /**
   * What a Digital Post letter needs of the citizen: the CPR number (the MeMo recipient), name and
   * exemption. No access check — for the notifications module's delivery of formal call-ins.
   */
  async letterRecipientOf(
    citizenId: string,
  ): Promise<{ cpr: string; name: string; municipalityCode: string; digitalPostExempt: boolean } | undefined> {
    const c = await this.citizens.findOneBy({ id: citizenId });
    if (!c || c.anonymisedAt) return undefined;
    return {
      cpr: this.facade.cpr.decrypt(c.cprEncrypted, c.id),
      name: `${c.firstName} ${c.lastName}`,
      municipalityCode: c.municipalityCode,
      digitalPostExempt: c.digitalPostExempt,
    };
  }

  async reassign(actor: StaffPrincipal, id: string, caseworkerId: string): Promise<CitizenDto> {
    const citizen = await this.find(actor, id);
    const caseworker = (await this.identity.caseworkers(actor.municipalityCode)).find((c) => c.id === caseworkerId);
    if (!caseworker)
      throw new CitizensException(
        CitizensErrorCode.CaseworkerNotFound,
        'caseworkerId must be an active caseworker of your municipality.',
        {
          errors: [
            { field: 'caseworkerId', message: 'caseworkerId must be an active caseworker of your municipality' },
          ],
        },
      );
    if (citizen.status === 'closed') throw new CitizensException(CitizensErrorCode.CaseClosed);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(CitizenEntity, { id: citizen.id }, { assignedCaseworkerId: caseworker.id });
      await this.writeTimeline(manager, [
        {
          citizenId: citizen.id,
          occurredAt: new Date(),
          kind: 'caseworker_assigned',
          params: { caseworkerName: caseworker.name },
        },
      ]);
      await this.audit.record(
        actorOf(actor),
        {
          citizenId: citizen.id,
          action: 'update',
          resource: 'citizen.assignment',
          resourceId: citizen.id,
          purpose: 'management',
        },
        manager,
      );
    });
    return this.toDto({ ...citizen, assignedCaseworkerId: caseworker.id }, caseworker.name);
  }

  /** The citizen's own timeline. */
  ownTimeline(
    citizenId: string,
    page: { page: number; limit: number; offset: number },
    language: Language,
  ): Promise<Page<TimelineEntryDto>> {
    return this.timelinePage(citizenId, page, language);
  }

  /** A citizen's timeline as staff or a system reads it (audited like any read). */
  async timelineFor(
    actor: CaseActor,
    id: string,
    page: { page: number; limit: number; offset: number },
    language: Language,
    statedPurpose?: string,
  ): Promise<Page<TimelineEntryDto>> {
    const citizen = await this.find(actor, id);
    const purpose = this.purposeFor(actor, citizen, statedPurpose);
    await this.audit.record(actorOf(actor), {
      citizenId: citizen.id,
      action: 'read',
      resource: 'citizen.timeline',
      resourceId: citizen.id,
      purpose,
    });
    return this.timelinePage(citizen.id, page, language);
  }

  private async timelinePage(
    citizenId: string,
    page: { page: number; limit: number; offset: number },
    language: Language,
  ): Promise<Page<TimelineEntryDto>> {
    const [rows, total] = await this.timeline.findAndCount({
      where: { citizenId },
      order: { occurredAt: 'DESC', id: 'DESC' },
      skip: page.offset,
      take: page.limit,
    });
    return toPage(
      rows.map((e) => ({
        id: e.id,
        occurredAt: e.occurredAt.toISOString(),
        kind: e.kind,
        text: timelineText(e.kind, e.params, language),
        params: e.params,
      })),
      total,
      page,
    );
  }

  /** The masked CPR number; none left after retention anonymised the case. */
  private maskedCprOf(c: CitizenEntity): string {
    return c.anonymisedAt ? '' : maskCpr(this.facade.cpr.decrypt(c.cprEncrypted, c.id));
  }

  private async caseworkerName(c: CitizenEntity): Promise<string | null> {
    if (!c.assignedCaseworkerId) return null;
    return (await this.identity.staffNames([c.assignedCaseworkerId])).get(c.assignedCaseworkerId) ?? null;
  }

  private toDto(c: CitizenEntity, caseworkerName: string | null): CitizenDto {
    return {
      id: c.id,
      cprMasked: this.maskedCprOf(c),
      firstName: c.firstName,
      lastName: c.lastName,
      email: c.email,
      phone: c.phone,
      postalCode: c.postalCode,
      municipalityCode: c.municipalityCode,
      benefitType: c.benefitType,
      unemployedSince: c.unemployedSince,
      weeksUnemployed: weeksBetween(c.unemployedSince, c.closedAt ?? new Date()),
      unemploymentFund: c.unemploymentFund,
      status: c.status,
      assignedCaseworkerId: c.assignedCaseworkerId,
      assignedCaseworkerName: caseworkerName,
      registeredAt: c.registeredAt.toISOString(),
      closedAt: c.closedAt?.toISOString() ?? null,
      outcome: c.outcome,
      outcomeDate: c.outcomeDate,
      digitalPostExempt: c.digitalPostExempt,
    };
  }
}
