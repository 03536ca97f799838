import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Page, toPage } from '@jobunivers/api/http';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import { CaseEventBus, type CaseEvent, type CaseEventKind, type CaseEvents, type NewCaseEvent } from './case-events';
import type { CaseActor } from './citizen-access';
import { CitizenRecordsService } from './citizen-records.service';
import { CitizensRepository } from './citizens.repository';
import type { TimelineEntryDto } from './dto/citizen.dto';
import { TimelineEntryEntity } from './entities/timeline-entry.entity';
import { type Language, timelineText } from './timeline-texts';

/**
 * The citizen's timeline, the case's event log: every case event is written here and handed to its `@OnCaseEvent`
 * handlers (the {@link CaseEventBus}) in the writing transaction; read by the citizen, and by staff and systems
 * (audited).
 */
@Injectable()
export class CaseTimelineService {
  constructor(
    @InjectRepository(TimelineEntryEntity) private readonly timeline: Repository<TimelineEntryEntity>,
    private readonly records: CitizenRecordsService,
    private readonly dataSource: DataSource,
    private readonly events: CaseEventBus,
    private readonly repository: CitizensRepository,
  ) {}

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
    await this.write(manager ?? this.dataSource.manager, [
      { citizenId, occurredAt, kind, params } as NewCaseEvent & { occurredAt: Date },
    ]);
  }

  /** Writes timeline entries and hands each event to its handlers, in the caller's transaction. */
  async write(manager: EntityManager, events: Array<NewCaseEvent & { occurredAt: Date }>): Promise<void> {
    const inserted = await manager.insert(TimelineEntryEntity, events);
    for (const [i, event] of events.entries()) {
      const id = (inserted.identifiers[i] as { id: string }).id;
      await this.events.publish({ ...event, id } as CaseEvent, manager);
    }
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
    const citizen = await this.records.authorize(actor, id, {
      action: 'read',
      resource: 'citizen.timeline',
      purpose: statedPurpose,
    });
    return this.timelinePage(citizen.id, page, language);
  }

  private async timelinePage(
    citizenId: string,
    page: { page: number; limit: number; offset: number },
    language: Language,
  ): Promise<Page<TimelineEntryDto>> {
    const { rows, total } = await this.repository.timelinePage(citizenId, page.limit, page.offset);
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
}
