import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { PlatformException } from '@jobunivers/api/errors';
import { type Page, toPage } from '@jobunivers/api/http';
import type { EmployerPrincipal } from '@jobunivers/api/identity';
import { ReferenceService } from '@jobunivers/api/reference';
import { todayInCopenhagen } from '@jobunivers/api/time';
import { DataSource, Repository } from 'typeorm';
import type {
  EmployerRequestDto,
  EmployerRequestQueryDto,
  EmployerRequestThreadDto,
  NewEmployerRequestDto,
  RequestMessageDto,
} from './dto/employers.dto';
import { EmployerRequestEntity } from './entities/employer-request.entity';
import { RequestViewsService } from './request-views.service';
import { RequestWriterService } from './request-writer.service';

/**
 * The company's side of the employer entry: a company sends a request to the municipality of the workplace, follows
 * its thread, writes in it and withdraws it. (The consultants' side is `ConsultantRequestsService`.)
 */
@Injectable()
export class RequestsService {
  constructor(
    @InjectRepository(EmployerRequestEntity) private readonly requests: Repository<EmployerRequestEntity>,
    private readonly views: RequestViewsService,
    private readonly writer: RequestWriterService,
    private readonly reference: ReferenceService,
    private readonly dataSource: DataSource,
  ) {}

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
      await this.views.announce(m, row);
      return row;
    });
    return (await this.views.dtos([saved]))[0];
  }

  async listForCompany(employer: EmployerPrincipal, query: EmployerRequestQueryDto): Promise<Page<EmployerRequestDto>> {
    const [rows, total] = await this.requests.findAndCount({
      where: { cvr: employer.cvr, ...this.views.statusWhere(query.status) },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: query.offset,
      take: query.limit,
    });
    return toPage(await this.views.dtos(rows), total, query);
  }

  async threadForCompany(employer: EmployerPrincipal, id: string): Promise<EmployerRequestThreadDto> {
    return this.views.thread(await this.views.companyRequest(employer, id));
  }

  async postAsCompany(employer: EmployerPrincipal, id: string, body: string): Promise<RequestMessageDto> {
    const request = await this.views.companyRequest(employer, id);
    return this.writer.post(request, { kind: 'employer', id: employer.id, name: employer.name }, body);
  }

  async withdraw(employer: EmployerPrincipal, id: string): Promise<EmployerRequestDto> {
    return this.writer.closeRequest(await this.views.companyRequest(employer, id), 'withdrawn');
  }
}
