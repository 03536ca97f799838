import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { PlatformException } from '@jobunivers/api/errors';
import { type Page, toPage } from '@jobunivers/api/http';
import { IdentityService, type StaffPrincipal } from '@jobunivers/api/identity';
import { JobAdsService } from '@jobunivers/api/job-matching';
import { addDays, addWorkingDays, todayInCopenhagen } from '@jobunivers/api/time';
import { DataSource, IsNull, Repository } from 'typeorm';
import type {
  EmployerKpiQueryDto,
  EmployerKpisDto,
  EmployerRequestDto,
  RequestMessageDto,
  StaffRequestQueryDto,
} from './dto/employers.dto';
import { EmployerRequestEntity, type RequestOutcome } from './entities/employer-request.entity';
import { EmployersErrorCode, EmployersException } from './employers.errors';
import { EmployersRepository } from './employers.repository';
import { RequestViewsService } from './request-views.service';
import { RequestWriterService } from './request-writer.service';

/** Staff roles that work the employer entry. */
export const CONSULTANT_ROLES = ['employer_consultant', 'team_lead'] as const;
const KPI_DEFAULT_DAYS = 30;

/**
 * The employer consultants' side: the municipality's inbox of requests, claiming, assigning, answering and closing
 * them, a job ad from a recruitment request, and the KPIs.
 */
@Injectable()
export class ConsultantRequestsService {
  constructor(
    @InjectRepository(EmployerRequestEntity) private readonly requests: Repository<EmployerRequestEntity>,
    private readonly views: RequestViewsService,
    private readonly writer: RequestWriterService,
    private readonly repository: EmployersRepository,
    private readonly identity: IdentityService,
    private readonly jobAds: JobAdsService,
    private readonly dataSource: DataSource,
  ) {}

  async inbox(actor: StaffPrincipal, query: StaffRequestQueryDto): Promise<Page<EmployerRequestDto>> {
    const assigned =
      query.assigned === 'me'
        ? { consultantId: actor.id }
        : query.assigned === 'unassigned'
          ? { consultantId: IsNull() }
          : {};
    const [rows, total] = await this.requests.findAndCount({
      where: {
        municipalityCode: actor.municipalityCode,
        ...this.views.statusWhere(query.status ?? 'open'),
        ...assigned,
      },
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: query.offset,
      take: query.limit,
    });
    return toPage(await this.views.dtos(rows), total, query);
  }

  async claim(actor: StaffPrincipal, id: string): Promise<EmployerRequestDto> {
    return this.writer.assignTo(actor, id, { id: actor.id, name: actor.name });
  }

  async assign(actor: StaffPrincipal, id: string, staffId: string): Promise<EmployerRequestDto> {
    const staff = await this.identity.findStaff(staffId, actor.municipalityCode);
    if (!staff?.active || !staff.roles.some((r) => (CONSULTANT_ROLES as readonly string[]).includes(r)))
      throw new EmployersException(EmployersErrorCode.NotAConsultant);
    return this.writer.assignTo(actor, id, { id: staff.id, name: staff.name });
  }

  async reply(actor: StaffPrincipal, id: string, body: string): Promise<RequestMessageDto> {
    const request = await this.views.staffRequest(actor, id);
    return this.writer.post(request, { kind: 'staff', id: actor.id, name: actor.name }, body);
  }

  async close(actor: StaffPrincipal, id: string, outcome: RequestOutcome): Promise<EmployerRequestDto> {
    return this.writer.closeRequest(await this.views.staffRequest(actor, id), outcome);
  }

  /** A recruitment request becomes a job ad (schema.org JobPosting, the company as hiringOrganization). */
  async publishJobAd(actor: StaffPrincipal, id: string): Promise<{ jobAdId: string }> {
    return this.dataSource.transaction(async (m) => {
      await this.views.staffRequest(actor, id, m);
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
      await this.views.announce(m, request);
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
}
