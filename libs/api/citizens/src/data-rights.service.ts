import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AuditService } from '@jobunivers/api/audit';
import { AppConfig } from '@jobunivers/api/config';
import { IdentityService } from '@jobunivers/api/identity';
import { QueueService } from '@jobunivers/api/queue';
import { DataSource, type EntityManager, In } from 'typeorm';
import { CitizensRepository } from './citizens.repository';
import { CitizensService } from './citizens.service';
import { CitizenEntity } from './entities/citizen.entity';
import { ProfileEntity } from './entities/profile.entity';
import { TimelineEntryEntity } from './entities/timeline-entry.entity';
import { type Language, timelineText } from './timeline-texts';

/** A module's part of a citizen's data export: its section name and the data of these cases (the person's current and earlier ones). */
export type Exporter = (citizenIds: string[], language: Language) => Promise<unknown>;
/** A module's part of retention: delete or anonymise the personal data of these closed cases, in the given transaction. */
export type Eraser = (citizenIds: string[], manager: EntityManager) => Promise<void>;

const RETENTION_JOB = 'citizens.retention';
/** Closed cases anonymised per transaction. */
const BATCH = 500;

/**
 * The citizen's data rights across modules: the export (GDPR art. 15) gathers each module's section,
 * and the retention job deletes or anonymises the personal data of cases closed longer ago than
 * `PERSONAL_DATA_RETENTION_DAYS` (each module erases its own; the case row keeps only what the KPIs
 * count) and deletes audit rows older than `AUDIT_RETENTION_DAYS`. Modules register in `onModuleInit`.
 */
@Injectable()
export class DataRightsService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DataRights');
  private readonly exporters = new Map<string, Exporter>();
  private readonly erasers: Eraser[] = [];

  constructor(
    private readonly facade: CitizensService,
    private readonly identity: IdentityService,
    private readonly audit: AuditService,
    private readonly queue: QueueService,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly repository: CitizensRepository,
  ) {}

  registerExporter(section: string, exporter: Exporter): void {
    this.exporters.set(section, exporter);
  }

  registerEraser(eraser: Eraser): void {
    this.erasers.push(eraser);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.recurring(RETENTION_JOB, '30 2 * * *', () => this.applyRetention(), {
      queue: { policy: 'singleton' },
    });
  }

  /** Everything held about the signed-in citizen (this case and the person's earlier ones), as one JSON document. */
  async export(citizenId: string, language: Language): Promise<Record<string, unknown>> {
    const me = await this.dataSource.manager.findOneByOrFail(CitizenEntity, { id: citizenId });
    const cpr = this.facade.cpr.decrypt(me.cprEncrypted, me.id);
    // The person's cases by every look-up value they may hold while a key rotation is under way.
    const cases = await this.dataSource.manager.find(CitizenEntity, {
      where: { cprHash: In(this.facade.cpr.lookupCandidates(cpr)) },
      order: { registeredAt: 'ASC' },
    });
    const ids = cases.map((c) => c.id);
    const [profiles, timeline, signIns, accessLog] = await Promise.all([
      this.dataSource.manager.find(ProfileEntity, { where: { citizenId: In(ids) } }),
      this.dataSource.manager.find(TimelineEntryEntity, {
        where: { citizenId: In(ids) },
        order: { occurredAt: 'ASC' },
      }),
      this.identity.citizenSignIns(ids),
      this.audit.accessLogOfAll(ids),
    ]);
    const caseworkers = await this.identity.staffNames(
      cases.flatMap((c) => (c.assignedCaseworkerId ? [c.assignedCaseworkerId] : [])),
    );
    const sections: Record<string, unknown> = {};
    for (const [section, exporter] of this.exporters) sections[section] = await exporter(ids, language);
    return {
      about: {
        exportedAt: new Date().toISOString(),
        service: 'Jobunivers',
        description:
          language === 'en'
            ? "All data Jobunivers holds about you (GDPR art. 15). Caseworkers' internal working notes are not included; ask your jobcentre for access to your records (aktindsigt) to see them."
            : 'Alle de oplysninger, Jobunivers har om dig (databeskyttelsesforordningens art. 15). Jobkonsulenternes interne arbejdsnoter er ikke med; bed dit jobcenter om aktindsigt for at se dem.',
      },
      person: {
        cpr: `${cpr.slice(0, 6)}-${cpr.slice(6)}`,
        firstName: me.firstName,
        lastName: me.lastName,
        email: me.email,
        phone: me.phone,
        postalCode: me.postalCode,
      },
      cases: cases.map((c) => ({
        id: c.id,
        municipalityCode: c.municipalityCode,
        status: c.status,
        benefitType: c.benefitType,
        unemploymentFund: c.unemploymentFund,
        unemployedSince: c.unemployedSince,
        registeredAt: c.registeredAt.toISOString(),
        closedAt: c.closedAt?.toISOString() ?? null,
        outcome: c.outcome,
        outcomeDate: c.outcomeDate,
        caseworker: c.assignedCaseworkerId ? (caseworkers.get(c.assignedCaseworkerId) ?? null) : null,
      })),
      profile: profiles.map(({ citizenId, ...rest }) => ({ caseId: citizenId, ...rest })),
      timeline: timeline.map((e) => ({
        caseId: e.citizenId,
        occurredAt: e.occurredAt.toISOString(),
        kind: e.kind,
        text: timelineText(e.kind, e.params, language),
      })),
      ...sections,
      signIns,
      accessLog,
    };
  }

  /** Deletes or anonymises the personal data of cases closed before the retention period, and old audit rows. */
  async applyRetention(now = new Date()): Promise<{ cases: number; auditRows: number }> {
    const cutoff = new Date(now.getTime() - this.config.retention.personalDataDays * 86_400_000);
    let cases = 0;
    for (;;) {
      const done = await this.dataSource.transaction(async (manager) => {
        const ids = await this.repository.closedCasesDue(manager, cutoff, BATCH);
        if (ids.length === 0) return 0;
        for (const erase of this.erasers) await erase(ids, manager);
        await manager.delete(TimelineEntryEntity, { citizenId: In(ids) });
        await manager.delete(ProfileEntity, { citizenId: In(ids) });
        await this.identity.forgetCitizens(ids, manager);
        // The case row keeps what the KPIs count (municipality, dates, benefit, outcome, caseworker); the person is gone.
        await this.repository.anonymise(manager, ids);
        return ids.length;
      });
      cases += done;
      if (done < BATCH) break;
    }
    const auditRows = await this.audit.purgeBefore(
      new Date(now.getTime() - this.config.retention.auditDays * 86_400_000),
    );
    if (cases || auditRows)
      this.logger.log(`Retention: ${cases} closed cases anonymised, ${auditRows} audit rows deleted`);
    return { cases, auditRows };
  }
}
