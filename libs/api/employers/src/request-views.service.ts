import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EmployerPrincipal, StaffPrincipal } from '@jobunivers/api/identity';
import { type LiveTopic, RealtimeService } from '@jobunivers/api/realtime';
import { ReferenceService } from '@jobunivers/api/reference';
import { type EntityManager, In, Not, Repository } from 'typeorm';
import type { EmployerRequestDto, EmployerRequestQueryDto, EmployerRequestThreadDto } from './dto/employers.dto';
import { EmployerRequestEntity, RequestMessageEntity } from './entities/employer-request.entity';
import { EmployersErrorCode, EmployersException } from './employers.errors';
import { EmployersRepository } from './employers.repository';

const companyTopic = (cvr: string): LiveTopic => `company:${cvr}`;
const employerInboxTopic = (municipalityCode: string): LiveTopic => `employer-inbox:${municipalityCode}`;

/**
 * Employer requests as each side may see them: the company's own and the consultant's municipality's (any other is a
 * 404), their DTOs and threads, and the live announcement that makes both sides refetch one.
 */
@Injectable()
export class RequestViewsService {
  constructor(
    @InjectRepository(EmployerRequestEntity) private readonly requests: Repository<EmployerRequestEntity>,
    @InjectRepository(RequestMessageEntity) private readonly messages: Repository<RequestMessageEntity>,
    private readonly repository: EmployersRepository,
    private readonly reference: ReferenceService,
    private readonly realtime: RealtimeService,
  ) {}

  /** The company's own request (another company's is a 404, as if it did not exist). */
  async companyRequest(employer: EmployerPrincipal, id: string): Promise<EmployerRequestEntity> {
    const row = await this.requests.findOneBy({ id, cvr: employer.cvr });
    if (!row) throw new EmployersException(EmployersErrorCode.RequestNotFound);
    return row;
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

  /** Requests by id (for the candidate and placement views). */
  async byIds(ids: string[]): Promise<Map<string, EmployerRequestEntity>> {
    if (ids.length === 0) return new Map();
    return new Map((await this.requests.findBy({ id: In(ids) })).map((r) => [r.id, r]));
  }

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

  /** The `status` filter of a list: `open` is every status but closed. */
  statusWhere(status: EmployerRequestQueryDto['status']) {
    if (!status) return {};
    return status === 'open' ? { status: Not('closed' as const) } : { status };
  }
}
