import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { PlatformException } from '@jobunivers/api/errors';
import { type Page, toPage } from '@jobunivers/api/http';
import { type EmployerPrincipal, IdentityService, type StaffPrincipal } from '@jobunivers/api/identity';
import { JobAdsService } from '@jobunivers/api/job-matching';
import { type LiveTopic, RealtimeService } from '@jobunivers/api/realtime';
import { ReferenceService } from '@jobunivers/api/reference';
import { addDays, addWorkingDays, todayInCopenhagen } from '@jobunivers/api/time';
import { DataSource, type EntityManager, In, IsNull, Not, Repository } from 'typeorm';
import type {
  EmployerKpiQueryDto,
  EmployerKpisDto,
  EmployerRequestDto,
  EmployerRequestQueryDto,
  EmployerRequestThreadDto,
  NewEmployerRequestDto,
  RequestMessageDto,
  StaffRequestQueryDto,
} from './dto/employers.dto';
import { EmployerRequestEntity, type RequestOutcome, RequestMessageEntity } from './entities/employer-request.entity';
import { EmployersErrorCode, EmployersException } from './employers.errors';
import { EmployersRepository } from './employers.repository';

export const companyTopic = (cvr: string): LiveTopic => `company:${cvr}`;
export const employerInboxTopic = (municipalityCode: string): LiveTopic => `employer-inbox:${municipalityCode}`;
/** Staff roles that work the employer entry. */
export const CONSULTANT_ROLES = ['employer_consultant', 'team_lead'] as const;
/** A sender may write this many messages in a request's thread per minute. */
const MESSAGES_PER_MINUTE = 20;
const KPI_DEFAULT_DAYS = 30;

/**
 * The employer entry's requests: a company sends one to the municipality of the workplace, an
 * employer consultant claims and answers it in a thread, publishes a job ad for it and closes it.
 */
@Injectable()
export class RequestsService {
  constructor(
    @InjectRepository(EmployerRequestEntity) private readonly requests: Repository<EmployerRequestEntity>,
    @InjectRepository(RequestMessageEntity) private readonly messages: Repository<RequestMessageEntity>,
    private readonly repository: EmployersRepository,
    private readonly reference: ReferenceService,
    private readonly identity: IdentityService,
    private readonly jobAds: JobAdsService,
    private readonly realtime: RealtimeService,
    private readonly dataSource: DataSource,
  ) {}

  // ── the company ─────────────────────────────────────────────────────────

  async create(employer: EmployerPrincipal, input: NewEmployerRequestDto): Promise<EmployerRequestDto> {
    const { occupations, postalCodes } = await this.reference.catalogues();
    const errors: Array<{ field: string; message: string }> = [];
    if (!occupations.has(input.occupationCode))
      errors.push({ field: 'occupationCode', message: `${input.occupationCode} is not an ISCO-08 unit group` });
    const place = postalCodes.get(input.postalCode);
    const municipalityCode =
      input.municipalityCode ?? (place?.municipalityCodes.length === 1 ? place.municipalityCodes[0] : undefined);
    if (!place) errors.push({ field: 'postalCode', message: `${input.postalCode} is not a Danish postal code` });
    else if (!municipalityCode)
      errors.push({
        field: 'municipalityCode',
        message: `postal code ${input.postalCode} lies in several municipalities (${place.municipalityCodes.join(', ')}): choose the workplace's`,
      });
    else if (!place.municipalityCodes.includes(municipalityCode))
      errors.push({
        field: 'municipalityCode',
        message: `municipalityCode must be one of the postal code's municipalities: ${place.municipalityCodes.join(', ')}`,
      });
    if (input.startBy && input.startBy < todayInCopenhagen())
      errors.push({ field: 'startBy', message: 'startBy must not be in the past' });
    if (errors.length) throw PlatformException.validation(errors);
    const saved = await this.dataSource.transaction(async (m) => {
      const row = await m.save(
        m.create(EmployerRequestEntity, {
          cvr: employer.cvr,
          companyName: employer.companyName,
          createdBy: employer.id,
          createdByName: employer.name,
          municipalityCode: municipalityCode!,
          kind: input.kind,
          title: input.title,
          description: input.description,
          occupationCode: input.occupationCode,
          postalCode: input.postalCode,
          hoursPerWeek: input.hoursPerWeek ?? null,
          positions: input.positions ?? null,
          startBy: input.startBy ?? null,
          status: 'new',
        }),
      );
      await this.announce(m, row);
      return row;
    });
    return (await this.dtos([saved]))[0];
  }

  async listForCompany(employer: EmployerPrincipal, query: EmployerRequestQueryDto): Promise<Page<EmployerRequestDto>> {
    const [rows, total] = await this.requests.findAndCount({
      where: { cvr: employer.cvr, ...this.statusWhere(query.status) },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: query.offset,
      take: query.limit,
    });
    return toPage(await this.dtos(rows), total, query);
  }

  /** The company's own request (another company's is a 404, as if it did not exist). */
  async companyRequest(employer: EmployerPrincipal, id: string): Promise<EmployerRequestEntity> {
    const row = await this.requests.findOneBy({ id, cvr: employer.cvr });
    if (!row) throw new EmployersException(EmployersErrorCode.RequestNotFound);
    return row;
  }

  async threadForCompany(employer: EmployerPrincipal, id: string): Promise<EmployerRequestThreadDto> {
    return this.thread(await this.companyRequest(employer, id));
  }

  async postAsCompany(employer: EmployerPrincipal, id: string, body: string): Promise<RequestMessageDto> {
    const request = await this.companyRequest(employer, id);
    return this.post(request, { kind: 'employer', id: employer.id, name: employer.name }, body);
  }

  async withdraw(employer: EmployerPrincipal, id: string): Promise<EmployerRequestDto> {
    return this.closeRequest(await this.companyRequest(employer, id), 'withdrawn');
  }

  // ── the employer consultants ──────────────────────────────────────────────

  async inbox(actor: StaffPrincipal, query: StaffRequestQueryDto): Promise<Page<EmployerRequestDto>> {
    const assigned =
      query.assigned === 'me'
        ? { consultantId: actor.id }
        : query.assigned === 'unassigned'
          ? { consultantId: IsNull() }
          : {};
    const [rows, total] = await this.requests.findAndCount({
      where: { municipalityCode: actor.municipalityCode, ...this.statusWhere(query.status ?? 'open'), ...assigned },
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: query.offset,
      take: query.limit,
    });
    return toPage(await this.dtos(rows), total, query);
  }

  /** A request of the consultant's own municipality (another municipality's is a 404). */
  async staffRequest(actor: StaffPrincipal, id: string, manager?: EntityManager): Promise<EmployerRequestEntity> {
    const row = await (manager ?? this.requests.manager).findOneBy(EmployerRequestEntity, {
      id,
      municipalityCode: actor.municipalityCode,
    });
    if (!row) throw new EmployersException(EmployersErrorCode.RequestNotFound);
    return row;
  }

  async claim(actor: StaffPrincipal, id: string): Promise<EmployerRequestDto> {
    return this.assignTo(actor, id, { id: actor.id, name: actor.name });
  }

  async assign(actor: StaffPrincipal, id: string, staffId: string): Promise<EmployerRequestDto> {
    const staff = await this.identity.findStaff(staffId, actor.municipalityCode);
    if (!staff?.active || !staff.roles.some((r) => (CONSULTANT_ROLES as readonly string[]).includes(r)))
      throw new EmployersException(EmployersErrorCode.NotAConsultant);
    return this.assignTo(actor, id, { id: staff.id, name: staff.name });
  }

  async reply(actor: StaffPrincipal, id: string, body: string): Promise<RequestMessageDto> {
    const request = await this.staffRequest(actor, id);
    return this.post(request, { kind: 'staff', id: actor.id, name: actor.name }, body);
  }

  async close(actor: StaffPrincipal, id: string, outcome: RequestOutcome): Promise<EmployerRequestDto> {
    return this.closeRequest(await this.staffRequest(actor, id), outcome);
  }

  /** A recruitment request becomes a job ad (schema.org JobPosting, the company as hiringOrganization). */
  async publishJobAd(actor: StaffPrincipal, id: string): Promise<{ jobAdId: string }> {
    return this.dataSource.transaction(async (m) => {
      await this.staffRequest(actor, id, m);
      // Locked: two clicks publish one ad.
      const request = await m.findOneOrFail(EmployerRequestEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (request.kind !== 'recruitment') throw new EmployersException(EmployersErrorCode.NotRecruitment);
      if (request.status === 'closed') throw new EmployersException(EmployersErrorCode.RequestClosed);
      if (request.jobAdId) throw new EmployersException(EmployersErrorCode.JobAdExists);
      const now = new Date();
      const posting = {
        '@context': 'https://schema.org',
        '@type': 'JobPosting',
        identifier: request.id,
        title: request.title,
        description: request.description,
        datePosted: now.toISOString(),
        validThrough: new Date(`${addDays(todayInCopenhagen(now), 30)}T22:00:00Z`).toISOString(),
        ...(request.hoursPerWeek ? { employmentType: request.hoursPerWeek >= 30 ? 'FULL_TIME' : 'PART_TIME' } : {}),
        hiringOrganization: { '@type': 'Organization', name: request.companyName, identifier: request.cvr },
        jobLocation: {
          '@type': 'Place',
          address: { '@type': 'PostalAddress', postalCode: request.postalCode, addressCountry: 'DK' },
        },
        occupationalCategory: { '@type': 'CategoryCode', codeValue: request.occupationCode, inCodeSet: 'ISCO-08' },
        ...(request.positions ? { totalJobOpenings: request.positions } : {}),
      };
      const [result] = await this.jobAds.storeAs(
        { source: `employer:${request.cvr}`, owner: request.municipalityCode, identifierRequired: true },
        [posting],
        m,
      );
      if (result.status === 'invalid' || !result.id) throw PlatformException.validation(result.errors ?? []);
      await m.update(
        EmployerRequestEntity,
        { id: request.id },
        { jobAdId: result.id, ...(request.status === 'new' ? { status: 'in_progress' as const } : {}) },
      );
      await this.announce(m, request);
      return { jobAdId: result.id };
    });
  }

  async kpis(actor: StaffPrincipal, query: EmployerKpiQueryDto): Promise<EmployerKpisDto> {
    const to = query.to ?? todayInCopenhagen();
    const from = query.from ?? addDays(to, -KPI_DEFAULT_DAYS);
    if (from > to) throw PlatformException.validation([{ field: 'from', message: 'from must not be after to' }]);
    const [times, counts] = await Promise.all([
      this.repository.requestTimes(actor.municipalityCode, from, to),
      this.repository.kpiCounts(actor.municipalityCode, from, to),
    ]);
    const answered = times.filter(
      (t) =>
        t.first_response_at &&
        todayInCopenhagen(t.first_response_at) <= addWorkingDays(todayInCopenhagen(t.created_at), 2),
    ).length;
    return {
      from,
      to,
      requests: times.length,
      answeredWithinTwoWorkingDays: answered,
      answeredShare: times.length ? Math.round((1000 * answered) / times.length) / 1000 : null,
      candidatesSent: counts.candidates_sent,
      candidatesAccepted: counts.candidates_accepted,
      hires: counts.hires,
    };
  }

  // ── shared ──────────────────────────────────────────────────────────────

  async thread(request: EmployerRequestEntity): Promise<EmployerRequestThreadDto> {
    const messages = await this.messages.find({
      where: { requestId: request.id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return {
      ...(await this.dtos([request]))[0],
      messages: messages.map((m) => ({
        id: m.id,
        authorKind: m.authorKind,
        authorName: m.authorName,
        body: m.body,
        createdAt: m.createdAt.toISOString(),
      })),
    };
  }

  /** Live: the company's users and the municipality's consultants refetch the request. */
  async announce(manager: EntityManager, request: Pick<EmployerRequestEntity, 'id' | 'cvr' | 'municipalityCode'>) {
    const data = { requestId: request.id };
    await this.realtime.publishMany(manager, [
      { topic: companyTopic(request.cvr), event: 'employer-request', data },
      { topic: employerInboxTopic(request.municipalityCode), event: 'employer-request', data },
    ]);
  }

  async dtos(rows: EmployerRequestEntity[]): Promise<EmployerRequestDto[]> {
    const [{ occupations, municipalities }, counts] = await Promise.all([
      this.reference.catalogues(),
      this.repository.visibleCandidateCounts(rows.map((r) => r.id)),
    ]);
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      description: r.description,
      occupationCode: r.occupationCode,
      occupationTitle: occupations.get(r.occupationCode)?.titleDa ?? r.occupationCode,
      occupationTitleEn: occupations.get(r.occupationCode)?.titleEn ?? r.occupationCode,
      postalCode: r.postalCode,
      municipalityCode: r.municipalityCode,
      municipalityName: municipalities.get(r.municipalityCode)?.name ?? r.municipalityCode,
      hoursPerWeek: r.hoursPerWeek,
      positions: r.positions,
      startBy: r.startBy,
      status: r.status,
      outcome: r.outcome,
      cvr: r.cvr,
      companyName: r.companyName,
      createdByName: r.createdByName,
      consultantName: r.consultantName,
      jobAdId: r.jobAdId,
      candidates: counts.get(r.id) ?? 0,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      closedAt: r.closedAt?.toISOString() ?? null,
    }));
  }

  private statusWhere(status: EmployerRequestQueryDto['status']) {
    if (!status) return {};
    return status === 'open' ? { status: Not('closed' as const) } : { status };
  }

  private async assignTo(actor: StaffPrincipal, id: string, to: { id: string; name: string }) {
    const request = await this.staffRequest(actor, id);
    if (request.status === 'closed') throw new EmployersException(EmployersErrorCode.RequestClosed);
    await this.dataSource.transaction(async (m) => {
      await m.update(
        EmployerRequestEntity,
        { id: request.id },
        {
          consultantId: to.id,
          consultantName: to.name,
          ...(request.status === 'new' ? { status: 'in_progress' as const } : {}),
        },
      );
      await this.announce(m, request);
    });
    return (await this.dtos([await this.requests.findOneByOrFail({ id: request.id })]))[0];
  }

  private async post(
    request: EmployerRequestEntity,
    author: { kind: 'employer' | 'staff'; id: string; name: string },
    body: string,
  ): Promise<RequestMessageDto> {
    if (request.status === 'closed') throw new EmployersException(EmployersErrorCode.RequestClosed);
    if ((await this.sentInLastMinute(request.id, author.id)) >= MESSAGES_PER_MINUTE)
      throw new EmployersException(EmployersErrorCode.TooManyMessages);
    const saved = await this.dataSource.transaction(async (m) => {
      const message = await m.save(
        m.create(RequestMessageEntity, {
          requestId: request.id,
          authorKind: author.kind,
          authorId: author.id,
          authorName: author.name,
          body,
        }),
      );
      const changes: Partial<EmployerRequestEntity> = { updatedAt: new Date() };
      if (author.kind === 'staff') {
        if (!request.firstResponseAt) changes.firstResponseAt = message.createdAt;
        if (request.status === 'new') changes.status = 'in_progress';
        if (!request.consultantId) Object.assign(changes, { consultantId: author.id, consultantName: author.name });
      }
      await m.update(EmployerRequestEntity, { id: request.id }, changes);
      await this.announce(m, request);
      return message;
    });
    return {
      id: saved.id,
      authorKind: saved.authorKind,
      authorName: saved.authorName,
      body: saved.body,
      createdAt: saved.createdAt.toISOString(),
    };
  }

  private async sentInLastMinute(requestId: string, authorId: string): Promise<number> {
    return this.messages
      .createQueryBuilder('m')
      .where(`m.requestId = :requestId AND m.authorId = :authorId AND m.createdAt > now() - interval '1 minute'`, {
        requestId,
        authorId,
      })
      .getCount();
  }

  private async closeRequest(request: EmployerRequestEntity, outcome: RequestOutcome): Promise<EmployerRequestDto> {
    if (request.status === 'closed') throw new EmployersException(EmployersErrorCode.RequestClosed);
    await this.dataSource.transaction(async (m) => {
      await m.update(EmployerRequestEntity, { id: request.id }, { status: 'closed', outcome, closedAt: new Date() });
      await this.announce(m, request);
    });
    return (await this.dtos([await this.requests.findOneByOrFail({ id: request.id })]))[0];
  }

  /** Requests by id (for the candidate and placement views). */
  async byIds(ids: string[]): Promise<Map<string, EmployerRequestEntity>> {
    if (ids.length === 0) return new Map();
    return new Map((await this.requests.findBy({ id: In(ids) })).map((r) => [r.id, r]));
  }
}
