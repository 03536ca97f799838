import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { QueueService } from '@jobunivers/api/queue';
import { DataSource, In } from 'typeorm';
import { MeetingNoticeEntity } from './entities/meeting-notice.entity';
import { MeetingWriterService } from './meeting-writer.service';
import { MeetingsRepository } from './meetings.repository';

export const REMINDER_JOB = 'meetings.reminders';

/** Reminders 24 hours and 1 hour before a meeting, written every minute on the job queue. */
@Injectable()
export class MeetingRemindersService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Meetings');

  constructor(
    private readonly repository: MeetingsRepository,
    private readonly writer: MeetingWriterService,
    private readonly queue: QueueService,
    private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.recurring(
      REMINDER_JOB,
      '* * * * *',
      async () => {
        const sent = await this.sendDueReminders();
        if (sent > 0) this.logger.log(`Sent ${sent} meeting reminders`);
      },
      { queue: { retryLimit: 3 } },
    );
  }

  /**
   * Writes the reminders now due (24 h and 1 h before) and announces them. Idempotent: a reminder
   * is unique per meeting, kind and sequence (a moved meeting gets new ones), so repeated or
   * concurrent runs, restarts and retries never send one twice.
   */
  async sendDueReminders(now = new Date()): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const ids = await this.repository.insertDueReminders(manager, now);
      if (ids.length === 0) return 0;
      const notices = await manager.findBy(MeetingNoticeEntity, { id: In(ids) });
      for (const notice of notices) await this.writer.dispatch(manager, notice, 'system');
      return notices.length;
    });
  }
}
