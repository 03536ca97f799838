import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { StaffPrincipal } from '@jobunivers/api/identity';
import { DataSource, Repository } from 'typeorm';
import type { EmployerRequestDto, RequestMessageDto } from './dto/employers.dto';
import { EmployerRequestEntity, type RequestOutcome, RequestMessageEntity } from './entities/employer-request.entity';
import { EmployersErrorCode, EmployersException } from './employers.errors';
import { RequestViewsService } from './request-views.service';

/** A sender may write this many messages in a request's thread per minute. */
const MESSAGES_PER_MINUTE = 20;

/** What both sides change on a request: a message in its thread (rate-limited), its consultant, closing it. */
@Injectable()
export class RequestWriterService {
  constructor(
    @InjectRepository(EmployerRequestEntity) private readonly requests: Repository<EmployerRequestEntity>,
    @InjectRepository(RequestMessageEntity) private readonly messages: Repository<RequestMessageEntity>,
    private readonly views: RequestViewsService,
    private readonly dataSource: DataSource,
  ) {}

  async post(
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
      await this.views.announce(m, request);
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

  async assignTo(actor: StaffPrincipal, id: string, to: { id: string; name: string }) {
    const request = await this.views.staffRequest(actor, id);
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
      await this.views.announce(m, request);
    });
    return (await this.views.dtos([await this.requests.findOneByOrFail({ id: request.id })]))[0];
  }

  async closeRequest(request: EmployerRequestEntity, outcome: RequestOutcome): Promise<EmployerRequestDto> {
    if (request.status === 'closed') throw new EmployersException(EmployersErrorCode.RequestClosed);
    await this.dataSource.transaction(async (m) => {
      await m.update(EmployerRequestEntity, { id: request.id }, { status: 'closed', outcome, closedAt: new Date() });
      await this.views.announce(m, request);
    });
    return (await this.views.dtos([await this.requests.findOneByOrFail({ id: request.id })]))[0];
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
}
