import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@jobunivers/api/config';
import { CitizenCasesService } from '@jobunivers/api/citizens';
import { IdentityService } from '@jobunivers/api/identity';
import { QueueService } from '@jobunivers/api/queue';
import { addDays, daysBetween, todayInCopenhagen } from '@jobunivers/api/time';
import { ContactService } from './contact/contact.service';
import { type QueueCandidate, ScreeningService } from './screening.service';

export const SCAN_JOB = 'screening.scan';
/** A re-screening appears on the queue this many days before it is due. */
const LEAD_DAYS = 7;
/** No sign-in for this long is a signal. */
export const INACTIVE_DAYS = 21;
const BATCH = 1000;

/**
 * Continuous screening: once a day (and on demand) every active case is checked for re-screening
 * weeks (SCREENING_WEEKS, default 6, 13, 26), inactivity and the contact rules (a required meeting due within
 * 5 working days with none booked, or missed). Runs on the job queue (pg-boss: survives restarts, one run at a time across
 * instances); every item it adds is idempotent, so a repeated run adds nothing new.
 */
@Injectable()
export class ScreeningScanService implements OnApplicationBootstrap {
  private readonly logger = new Logger('ScreeningScan');

  constructor(
    private readonly screening: ScreeningService,
    private readonly contact: ContactService,
    private readonly cases: CitizenCasesService,
    private readonly identity: IdentityService,
    private readonly queue: QueueService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.recurring(SCAN_JOB, '15 6 * * *', async () => {
      const added = await this.scan();
      this.logger.log(`Screening scan added ${added} queue items`);
    });
  }

  /** Adds what is due on `today` (YYYY-MM-DD, Copenhagen); returns how many items were new. */
  async scan(today = todayInCopenhagen()): Promise<number> {
    let added = 0;
    let after: string | undefined;
    for (;;) {
      const batch = await this.cases.activeCases(after, BATCH);
      if (batch.length === 0) return added;
      after = batch[batch.length - 1].id;
      const signIns = await this.identity.lastCitizenSignIns(batch.map((c) => c.id));
      const due: QueueCandidate[] = [];
      for (const kase of batch) {
        const registered = todayInCopenhagen(kase.registeredAt);
        for (const week of this.config.screeningWeeks) {
          const dueDate = addDays(kase.unemployedSince, week * 7);
          if (dueDate >= registered && daysBetween(today, dueDate) <= LEAD_DAYS)
            due.push({ citizen: kase, reason: 'rescreening_due', dueKey: `week-${week}`, dueDate });
        }
        const lastSignIn = signIns.get(kase.id);
        const lastActivity =
          lastSignIn && todayInCopenhagen(lastSignIn) > registered ? todayInCopenhagen(lastSignIn) : registered;
        if (daysBetween(lastActivity, today) >= INACTIVE_DAYS)
          due.push({ citizen: kase, reason: 'inactive', dueKey: `inactive-since-${lastActivity}`, dueDate: today });
      }
      due.push(...(await this.contact.queueCandidates(batch, today)));
      // One insert per batch; the unique index skips what is already queued.
      added += await this.screening.enqueueMany(due);
    }
  }
}
