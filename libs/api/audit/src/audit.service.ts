import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Page, type PageQueryDto, toPage } from '@jobunivers/api/http';
import { type EntityManager, Repository } from 'typeorm';
import { reasonOf, seenOf } from './access-log-groups';
import { AuditRepository } from './audit.repository';
import type { AccessLogEntryDto, AccessLogGroupDto, AuditEventDto, AuditQueryDto } from './dto/audit.dto';
import { type AuditAction, AuditEventEntity, type AuditOutcome } from './entities/audit-event.entity';

export interface AuditActor {
  kind: 'citizen' | 'staff' | 'client' | 'employer';
  id: string;
  name: string;
  municipalityCode: string;
}

export interface AuditEntry {
  citizenId: string | null;
  action: AuditAction;
  resource: string;
  resourceId?: string | null;
  purpose?: string | null;
  outcome?: AuditOutcome;
}

/** A list shown to staff or a system: each citizen in it is one read of their data. */
export interface ListRead {
  /** The citizens listed; each is recorded once, however many rows of theirs the list holds. */
  citizenIds: Iterable<string>;
  resource: string;
  /** Why; a function when it depends on the citizen (their own caseworker reads "caseload"). */
  purpose: string | ((citizenId: string) => string);
  /** What was read; the citizen's id unless given (e.g. the request the candidates were listed for). */
  resourceId?: string;
}

const toDto = (e: AuditEventEntity): AuditEventDto => ({
  id: String(e.id),
  occurredAt: e.occurredAt.toISOString(),
  actorKind: e.actorKind,
  actorId: e.actorId,
  actorName: e.actorName,
  actorMunicipalityCode: e.actorMunicipalityCode,
  citizenId: e.citizenId,
  action: e.action,
  resource: e.resource,
  resourceId: e.resourceId,
  purpose: e.purpose,
  outcome: e.outcome,
});

/** Facade of the audit log: modules record every staff/API touch of a citizen's data here. */
@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>,
    private readonly repository: AuditRepository,
  ) {}

  /** Appends one row; pass the caller's transaction manager to make it part of the change. */
  async record(actor: AuditActor, entry: AuditEntry, manager?: EntityManager): Promise<void> {
    await this.recordMany(actor, [entry], manager);
  }

  /** Appends one row per entry in a single insert (a list read: one row for each citizen shown). */
  async recordMany(actor: AuditActor, entries: AuditEntry[], manager?: EntityManager): Promise<void> {
    if (entries.length === 0) return;
    const repo = manager ? manager.getRepository(AuditEventEntity) : this.events;
    await repo.insert(
      entries.map((entry) => ({
        actorKind: actor.kind,
        actorId: actor.id,
        actorName: actor.name,
        actorMunicipalityCode: actor.municipalityCode,
        citizenId: entry.citizenId,
        action: entry.action,
        resource: entry.resource,
        resourceId: entry.resourceId ?? null,
        purpose: entry.purpose ?? null,
        outcome: entry.outcome ?? 'allowed',
      })),
    );
  }

  /** One audited read per citizen listed, in one insert (nothing when the list is empty). */
  async recordListRead(actor: AuditActor, read: ListRead, manager?: EntityManager): Promise<void> {
    const purposeOf = typeof read.purpose === 'function' ? read.purpose : () => read.purpose as string;
    await this.recordMany(
      actor,
      [...new Set(read.citizenIds)].map((citizenId) => ({
        citizenId,
        action: 'read' as const,
        resource: read.resource,
        resourceId: read.resourceId ?? citizenId,
        purpose: purposeOf(citizenId),
      })),
      manager,
    );
  }

  /** Team leads' search, always within their own municipality. */
  async search(municipalityCode: string, query: AuditQueryDto): Promise<Page<AuditEventDto>> {
    const qb = this.events
      .createQueryBuilder('e')
      .where('e.actorMunicipalityCode = :municipalityCode', { municipalityCode });
    if (query.citizenId) qb.andWhere('e.citizenId = :citizenId', { citizenId: query.citizenId });
    if (query.actorId) qb.andWhere('e.actorId = :actorId', { actorId: query.actorId });
    if (query.from) qb.andWhere('e.occurredAt >= :from', { from: query.from });
    if (query.to) qb.andWhere('e.occurredAt < :to', { to: query.to });
    const [rows, total] = await qb
      .orderBy('e.occurredAt', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
    return toPage(rows.map(toDto), total, query);
  }

  /** Everything staff and systems did with these cases' data (the citizen's data export). */
  async accessLogOfAll(citizenIds: string[]): Promise<AccessLogEntryDto[]> {
    if (citizenIds.length === 0) return [];
    const rows = await this.events
      .createQueryBuilder('e')
      .where('e.citizenId IN (:...ids)', { ids: citizenIds })
      .andWhere(`e.actorKind IN ('staff', 'client', 'employer')`)
      .andWhere(`e.outcome = 'allowed'`)
      .orderBy('e.occurredAt', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .getMany();
    return rows.map((e) => ({
      occurredAt: e.occurredAt.toISOString(),
      actorKind: e.actorKind,
      actorName: e.actorName,
      municipalityCode: e.actorMunicipalityCode,
      action: e.action,
      resource: e.resource,
      purpose: e.purpose,
    }));
  }

  /** Retention of the audit log itself: rows older than the instant are deleted (in batches); returns how many. */
  async purgeBefore(instant: Date, batch = 10_000): Promise<number> {
    let total = 0;
    for (;;) {
      const deleted = await this.events.manager.transaction((manager) =>
        this.repository.deleteOldest(manager, instant, batch),
      );
      total += deleted;
      if (deleted < batch) return total;
    }
  }

  /**
   * The citizen's readable view: one line per day (Copenhagen) and person or system, with what was seen and why
   * (a caseworker's 95 list reads in ten minutes are one line). Newest day first.
   */
  async accessLogGroupsFor(citizenId: string, query: PageQueryDto): Promise<Page<AccessLogGroupDto>> {
    const [rows, n] = await this.repository.accessLogGroups(citizenId, query.limit, query.offset);
    const unique = <T>(values: T[]) => [...new Set(values)];
    return toPage(
      rows.map((r) => {
        const reasons = r.purposes.map((p) => ({ p, reason: reasonOf(p || null) }));
        return {
          date: r.day,
          actorKind: r.actor_kind,
          actorName: r.actor_name,
          municipalityCode: r.actor_municipality_code,
          firstAt: new Date(r.first_at).toISOString(),
          lastAt: new Date(r.last_at).toISOString(),
          count: r.n,
          seen: unique(r.resources.map(seenOf)).sort(),
          reasons: unique(reasons.flatMap((x) => (x.reason ? [x.reason] : []))).sort(),
          statedPurposes: reasons.filter((x) => x.reason === 'stated').map((x) => x.p),
          changed: r.changed,
        };
      }),
      n,
      query,
    );
  }

  /** The citizen's own view: who (staff and municipal systems) touched my data, when and why. */
  async accessLogFor(citizenId: string, query: PageQueryDto): Promise<Page<AccessLogEntryDto>> {
    const [rows, total] = await this.events
      .createQueryBuilder('e')
      .where('e.citizenId = :citizenId', { citizenId })
      .andWhere(`e.actorKind IN ('staff', 'client', 'employer')`)
      .andWhere(`e.outcome = 'allowed'`)
      .orderBy('e.occurredAt', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
    return toPage(
      rows.map((e) => ({
        occurredAt: e.occurredAt.toISOString(),
        actorKind: e.actorKind,
        actorName: e.actorName,
        municipalityCode: e.actorMunicipalityCode,
        action: e.action,
        resource: e.resource,
        purpose: e.purpose,
      })),
      total,
      query,
    );
  }
}
