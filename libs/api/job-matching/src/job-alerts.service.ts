import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Language } from '@jobunivers/api/citizens';
import type { CitizenPrincipal } from '@jobunivers/api/identity';
import { AppConfig } from '@jobunivers/api/config';
import { QueueService } from '@jobunivers/api/queue';
import { type EntityManager, In, Repository } from 'typeorm';
import type { JobAlertsDto } from './dto/matching.dto';
import { JobAlertEntity } from './entities/job-alert.entity';
import { type AlertMode, MatchProfileEntity } from './entities/match-profile.entity';
import { ALERTS_JOB } from './job-ad-publishing.service';
import { JobAdViewsService } from './job-ad-views.service';
import { emptyProfile } from './match-profiles.service';
import { MatchingRepository } from './matching.repository';

/** A job alert handed to notifications. */
export interface AlertToAnnounce {
  id: string;
  citizenId: string;
  municipalityCode: string;
  jobAdId: string;
  title: string;
  employer: string;
}

/**
 * Job alerts, computed ad → citizens when new ads arrive (the scheduled run is the safety net), handed to
 * notifications (instant ones and the daily digest); the citizen's alerts and alert mode.
 */
@Injectable()
export class JobAlertsService implements OnApplicationBootstrap {
  private readonly logger = new Logger('JobMatching');

  constructor(
    @InjectRepository(MatchProfileEntity) private readonly profiles: Repository<MatchProfileEntity>,
    @InjectRepository(JobAlertEntity) private readonly alerts: Repository<JobAlertEntity>,
    private readonly ads: JobAdViewsService,
    private readonly queue: QueueService,
    private readonly repository: MatchingRepository,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Imports send a job at once; the schedule is the safety net for a send that never happened.
    await this.queue.recurring(ALERTS_JOB, '*/5 * * * *', async () => {
      const made = await this.runAlerts();
      if (made.ads) this.logger.log(`Matched ${made.ads} new job ads: ${made.alerts} alerts`);
    });
  }

  /**
   * Matches ads not yet matched against the profiles that wish their occupation and whose work-area box holds the ad
   * (the GiST prefilter on `match_area`: ad → citizens) and records one alert per citizen and ad above the threshold,
   * at most `JOB_ALERTS_DAILY_CAP` per citizen and day (the best first). Batches are claimed with SKIP LOCKED, so
   * several workers share the load and none does an ad twice.
   */
  async runAlerts(): Promise<{ ads: number; alerts: number }> {
    // Two claimers side by side (SKIP LOCKED keeps them apart): the database does the work, on both cores.
    const results = await Promise.all([this.alertLoop(), this.alertLoop()]);
    return { ads: results[0].ads + results[1].ads, alerts: results[0].alerts + results[1].alerts };
  }

  private async alertLoop(): Promise<{ ads: number; alerts: number }> {
    let ads = 0;
    let alerts = 0;
    for (;;) {
      const done = await this.repository.alertBatch(this.config.jobAlerts.dailyCap);
      if (done.ads === 0) return { ads, alerts };
      ads += done.ads;
      alerts += done.alerts;
    }
  }

  /**
   * Hands alerts not yet announced to the caller, marking them announced in the caller's transaction
   * (so the notification and the mark commit together): instant ones as they come, daily ones for the
   * digest. Oldest first, at most `limit`; concurrent callers never get the same alert (SKIP LOCKED).
   */
  async takeAlerts(manager: EntityManager, mode: 'instant' | 'daily', limit: number): Promise<AlertToAnnounce[]> {
    const rows = await this.repository.claimAlerts(manager, mode, limit);
    if (rows.length === 0) return [];
    const profiles = await manager.getRepository(MatchProfileEntity).find({
      where: { citizenId: In([...new Set(rows.map((r) => r.citizen_id))]) },
      select: { citizenId: true, municipalityCode: true },
    });
    const municipalityOf = new Map(profiles.map((p) => [p.citizenId, p.municipalityCode]));
    return rows.flatMap((r) =>
      municipalityOf.has(r.citizen_id)
        ? [
            {
              id: r.id,
              citizenId: r.citizen_id,
              municipalityCode: municipalityOf.get(r.citizen_id)!,
              jobAdId: r.job_ad_id,
              title: r.title,
              employer: r.employer,
            },
          ]
        : [],
    );
  }

  async myAlerts(citizen: CitizenPrincipal, language: Language): Promise<JobAlertsDto> {
    const [rows, profile] = await Promise.all([
      this.alerts.find({ where: { citizenId: citizen.id }, order: { createdAt: 'DESC' }, take: 50 }),
      this.profiles.findOneBy({ citizenId: citizen.id }),
    ]);
    const ads = await this.ads.byIds(rows.map((r) => r.jobAdId));
    const dtos = new Map((await this.ads.toDtos([...ads.values()], language)).map((d) => [d.id, d]));
    return {
      items: rows
        .filter((r) => dtos.has(r.jobAdId))
        .map((r) => ({
          id: r.id,
          jobAd: dtos.get(r.jobAdId)!,
          score: r.score,
          mode: r.mode,
          createdAt: r.createdAt.toISOString(),
        })),
      mode: profile?.alertMode ?? 'daily',
    };
  }

  async setAlertMode(citizen: CitizenPrincipal, mode: AlertMode): Promise<void> {
    const result = await this.profiles.update({ citizenId: citizen.id }, { alertMode: mode });
    if (!result.affected) await this.profiles.insert({ ...emptyProfile(citizen), alertMode: mode });
  }
}
