import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type AlertToAnnounce, JobAlertsService } from './job-alerts.service';
import { MatchProfilesService } from './match-profiles.service';

export type { AlertToAnnounce };

/**
 * Matching: the citizen's open ads ranked by a transparent score with reasons and skill gaps (and
 * offers that close them), saved jobs and "not relevant" feedback, caseworkers' job suggestions,
 * and alerts computed ad → citizens when new ads arrive.
 *
 * This is the facade other modules call. Matching works by concern behind it:
 * - `MatchProfilesService`: the match read model (follows `citizen.profile_saved` and `case_closed`; rebuilds);
 * - `JobMatchesService`: the citizen's ranked matches with reasons, skill gaps and offers;
 * - `MatchTopService`: each citizen's maintained top-N list the matches are read from (filled on profile saves,
 *   "not relevant" marks and first reads; new ads enter through the alert run);
 * - `SavedJobsService`: saved jobs and "not relevant" marks;
 * - `JobSuggestionsService`: caseworkers' suggestions and the citizen's answers;
 * - `JobAlertsService`: the alert run (scheduled, and at once on imports), alerts for notifications, alert mode;
 * - `MatchingRepository`: the SQL.
 */
@Injectable()
export class MatchingService {
  constructor(
    private readonly profiles: MatchProfilesService,
    private readonly alerts: JobAlertsService,
  ) {}

  /** Rebuilds the read model from the citizens module (after a restore, or for data loaded in bulk). */
  rebuildProfiles(manager?: EntityManager): Promise<number> {
    return this.profiles.rebuildProfiles(manager);
  }

  /**
   * Matches ads not yet matched against the profiles that wish their occupation and records one alert per
   * citizen and ad above the threshold (SKIP LOCKED batches).
   */
  runAlerts(): Promise<{ ads: number; alerts: number }> {
    return this.alerts.runAlerts();
  }

  /**
   * Hands alerts not yet announced to the caller, marking them announced in the caller's transaction
   * (so the notification and the mark commit together): instant ones as they come, daily ones for the
   * digest. Oldest first, at most `limit`; concurrent callers never get the same alert (SKIP LOCKED).
   */
  takeAlerts(manager: EntityManager, mode: 'instant' | 'daily', limit: number): Promise<AlertToAnnounce[]> {
    return this.alerts.takeAlerts(manager, mode, limit);
  }
}
