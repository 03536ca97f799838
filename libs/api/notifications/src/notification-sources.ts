import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@jobunivers/api/config';
import {
  type CaseEvent,
  type CaseEventKind,
  CitizenCasesService,
  OnCaseEvent,
  OnModuleEvent,
} from '@jobunivers/api/citizens';
import type {} from '@jobunivers/api/employers';
import { MatchingService } from '@jobunivers/api/job-matching';
import { ScreeningService } from '@jobunivers/api/screening';
import type { MeetingEvent } from '@jobunivers/api/meetings';
import type { MessageEvent } from '@jobunivers/api/messaging';
import { QueueService } from '@jobunivers/api/queue';
import { ReferenceService } from '@jobunivers/api/reference';
import { todayInCopenhagen } from '@jobunivers/api/time';
import { DataSource, type EntityManager } from 'typeorm';
import type { NotificationKind } from './kinds';
import type { NotifyInput } from './notification-writer.service';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';

const ALERTS_JOB = 'notifications.job-alerts';
const DIGEST_JOB = 'notifications.job-digest';
const EXPIRE_JOB = 'notifications.expire-subscriptions';
const SCREENING_DUE_JOB = 'notifications.screening-due';
const ALERT_BATCH = 500;

/** Meeting events → who is told. The citizen hears of the jobcentre's changes (and gets a booking confirmation); the caseworker of the citizen's. */
const MEETING_TO_CITIZEN: Partial<Record<MeetingEvent['kind'], NotificationKind>> = {
  invited: 'meeting_invited',
  booked: 'meeting_booked',
  rescheduled: 'meeting_rescheduled',
  cancelled: 'meeting_cancelled',
  reminder_24h: 'meeting_reminder_24h',
  reminder_1h: 'meeting_reminder_1h',
  no_show: 'meeting_no_show',
};
const MEETING_TO_CASEWORKER: Partial<Record<MeetingEvent['kind'], NotificationKind>> = {
  booked: 'staff_meeting_booked',
  accepted: 'staff_meeting_accepted',
  rescheduled: 'staff_meeting_rescheduled',
  cancelled: 'staff_meeting_cancelled',
  change_requested: 'staff_meeting_change_requested',
};
/** A formal call-in's invitation, and its move to a new time, are also letters (each its own). */
const LETTER_KINDS: ReadonlyArray<MeetingEvent['kind']> = ['invited', 'rescheduled'];
/** Changes the citizen may hear of at night: the meeting is within 24 hours. */
const URGENT_MEETING_KINDS: ReadonlyArray<MeetingEvent['kind']> = ['invited', 'booked', 'rescheduled', 'cancelled'];

/** Case events → a notification for the citizen or their caseworker (params pass through). */
const TIMELINE_TO_CITIZEN: Partial<Record<CaseEventKind, NotificationKind>> = {
  job_suggested: 'job_suggested',
  employer_invited: 'employer_invitation',
  plan_suggested: 'plan_suggested',
  plan_approved: 'plan_approved',
  plan_rejected: 'plan_rejected',
  plan_promoted: 'plan_promoted',
  screened: 'screening_recorded',
};
const TIMELINE_TO_CASEWORKER: Partial<Record<CaseEventKind, NotificationKind>> = {
  plan_applied: 'staff_approval_waiting',
  visitation_due: 'staff_visitation_due',
  help_requested: 'staff_help_requested',
  screening_change_requested: 'staff_screening_change_requested',
  job_suggestion_answered: 'staff_job_suggestion_answered',
};

/**
 * Where notifications come from: each module's events, heard inside the transaction of the change
 * (meetings' notices, the case timeline), and job matching's alerts, taken from its table by
 * scheduled jobs (instant ones every minute, the daily digest at 08:00).
 */
@Injectable()
export class NotificationSources implements OnApplicationBootstrap {
  private readonly logger = new Logger('Notifications');

  constructor(
    private readonly notifications: NotificationsService,
    private readonly cases: CitizenCasesService,
    private readonly matching: MatchingService,
    private readonly screening: ScreeningService,
    private readonly queue: QueueService,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceService,
    private readonly repository: NotificationsRepository,
  ) {}

  /** A caseworker's answer tells the citizen; a citizen's message tells the conversation's caseworker (else their own). */
  @OnModuleEvent('message.sent')
  async fromMessage(event: MessageEvent, manager: EntityManager): Promise<void> {
    if (event.internal) return;
    const params = { conversationId: event.conversationId, subject: event.subject };
    if (event.authorKind === 'staff') {
      // The citizen reads who answered: the municipality's own unit name.
      const unitName = await this.reference.unitNameOf(event.municipalityCode, manager);
      await this.notifications.notify(manager, [
        {
          recipientKind: 'citizen',
          recipientId: event.citizenId,
          municipalityCode: event.municipalityCode,
          kind: 'message_received',
          params: { ...params, unitName },
          sourceKey: `message:${event.messageId}:citizen`,
        },
      ]);
      return;
    }
    const kase = await this.cases.caseOf(event.citizenId, manager);
    const caseworker = event.assignedTo ?? kase?.assignedCaseworkerId;
    if (!caseworker) return;
    await this.notifications.notify(manager, [
      {
        recipientKind: 'staff',
        recipientId: caseworker,
        municipalityCode: event.municipalityCode,
        kind: 'staff_message_received',
        params: { ...params, citizenId: event.citizenId, citizenName: kase?.name ?? '' },
        sourceKey: `message:${event.messageId}:staff`,
      },
    ]);
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const [name, cron, run] of [
      [ALERTS_JOB, '* * * * *', () => this.announceAlerts('instant')],
      [DIGEST_JOB, '0 8 * * *', () => this.announceAlerts('daily')],
      [EXPIRE_JOB, '30 3 * * *', () => this.expireSubscriptions()],
      [SCREENING_DUE_JOB, '30 7 * * 1-5', () => this.screeningDue()],
    ] as const) {
      await this.queue.recurring(name, cron, run, { queue: { policy: 'singleton' } });
    }
  }

  /** A meeting's notice tells the citizen and the caseworker (each as their own settings say). */
  @OnModuleEvent('meeting.notice')
  async fromMeeting(event: MeetingEvent, manager: EntityManager): Promise<void> {
    const params = { meetingId: event.meetingId, startsAt: event.startsAt, form: event.form };
    const inputs: NotifyInput[] = [];
    const toCitizen = MEETING_TO_CITIZEN[event.kind];
    if (toCitizen && (event.by !== 'citizen' || event.kind === 'booked')) {
      const soon = new Date(event.startsAt).getTime() - Date.now() <= 24 * 3600_000;
      const letter = event.formal && event.by !== 'citizen' && LETTER_KINDS.includes(event.kind);
      // The letter is written later from the notification's params: what it must say about the meeting.
      const letterParams: Record<string, string> = letter
        ? {
            endsAt: event.endsAt,
            meetingKind: event.meetingKind,
            address: event.place.address ?? '',
            videoUrl: event.place.videoUrl ?? '',
            phoneNumber: event.place.phoneNumber ?? '',
            topic: event.topic ?? '',
          }
        : {};
      inputs.push({
        recipientKind: 'citizen',
        recipientId: event.citizenId,
        municipalityCode: event.municipalityCode,
        kind: toCitizen,
        params: { ...params, ...letterParams },
        sourceKey: `meeting:${event.noticeId}:citizen`,
        urgent: soon && URGENT_MEETING_KINDS.includes(event.kind),
        letter,
      });
    }
    const toCaseworker = MEETING_TO_CASEWORKER[event.kind];
    if (toCaseworker && event.by === 'citizen') {
      const kase = await this.cases.caseOf(event.citizenId, manager);
      inputs.push({
        recipientKind: 'staff',
        recipientId: event.caseworkerId,
        municipalityCode: event.municipalityCode,
        kind: toCaseworker,
        params: { ...params, citizenId: event.citizenId, citizenName: kase?.name ?? '' },
        sourceKey: `meeting:${event.noticeId}:staff`,
      });
    }
    await this.notifications.notify(manager, inputs);
  }

  @OnCaseEvent('*')
  async fromTimeline(entry: CaseEvent, manager: EntityManager): Promise<void> {
    const params = entry.params as Record<string, string>;
    const toCitizen = TIMELINE_TO_CITIZEN[entry.kind];
    const toCaseworker = TIMELINE_TO_CASEWORKER[entry.kind];
    if (!toCitizen && !toCaseworker) return;
    const kase = await this.cases.caseOf(entry.citizenId, manager);
    if (!kase) return;
    const inputs: NotifyInput[] = [];
    if (toCitizen)
      inputs.push({
        recipientKind: 'citizen',
        recipientId: kase.id,
        municipalityCode: kase.municipalityCode,
        kind: toCitizen,
        params,
        sourceKey: `timeline:${entry.id}:citizen`,
      });
    if (toCaseworker && kase.assignedCaseworkerId) {
      inputs.push({
        recipientKind: 'staff',
        recipientId: kase.assignedCaseworkerId,
        municipalityCode: kase.municipalityCode,
        kind: toCaseworker,
        params: { ...params, citizenId: kase.id, citizenName: kase.name },
        sourceKey: `timeline:${entry.id}:staff`,
      });
    }
    await this.notifications.notify(manager, inputs);
  }

  /**
   * Instant alerts become one notification each; daily ones one digest per citizen and day. The
   * alerts are marked announced in the same transaction as the notifications are written.
   */
  async announceAlerts(mode: 'instant' | 'daily'): Promise<number> {
    let total = 0;
    for (;;) {
      const made = await this.dataSource.transaction(async (manager) => {
        const alerts = await this.matching.takeAlerts(manager, mode, ALERT_BATCH);
        if (mode === 'instant') {
          await this.notifications.notify(
            manager,
            alerts.map((a) => ({
              recipientKind: 'citizen',
              recipientId: a.citizenId,
              municipalityCode: a.municipalityCode,
              kind: 'job_alert',
              params: { jobAdId: a.jobAdId, title: a.title, employer: a.employer },
              sourceKey: `job-alert:${a.id}`,
            })),
          );
        } else {
          const perCitizen = new Map<string, { municipalityCode: string; count: number }>();
          for (const a of alerts)
            perCitizen.set(a.citizenId, {
              municipalityCode: a.municipalityCode,
              count: (perCitizen.get(a.citizenId)?.count ?? 0) + 1,
            });
          const day = todayInCopenhagen();
          await this.notifications.notify(
            manager,
            [...perCitizen].map(([citizenId, { municipalityCode, count }]) => ({
              recipientKind: 'citizen',
              recipientId: citizenId,
              municipalityCode,
              kind: 'job_digest',
              params: { count: String(count) },
              sourceKey: `job-digest:${citizenId}:${day}:${alerts[0].id}`,
            })),
          );
        }
        return alerts.length;
      });
      total += made;
      if (made < ALERT_BATCH) break;
    }
    if (total) this.logger.log(`Announced ${total} ${mode} job alerts`);
    return total;
  }

  /**
   * Each working morning, every caseworker with citizens on the screening queue due today or
   * overdue gets one notification with the count (once per caseworker and day).
   */
  async screeningDue(date = todayInCopenhagen()): Promise<number> {
    const perCaseworker = new Map<string, { municipalityCode: string; count: number }>();
    let after: string | undefined;
    for (;;) {
      const items = await this.screening.dueItems(date, after, 1000);
      if (items.length === 0) break;
      after = items.at(-1)!.id;
      const byMunicipality = new Map<string, string[]>();
      for (const i of items)
        byMunicipality.set(i.municipalityCode, [...(byMunicipality.get(i.municipalityCode) ?? []), i.citizenId]);
      for (const [municipalityCode, ids] of byMunicipality) {
        const cases = await this.cases.casesOf(municipalityCode, ids);
        for (const id of ids) {
          const caseworker = cases.get(id)?.assignedCaseworkerId;
          if (caseworker)
            perCaseworker.set(caseworker, { municipalityCode, count: (perCaseworker.get(caseworker)?.count ?? 0) + 1 });
        }
      }
    }
    return this.dataSource.transaction((manager) =>
      this.notifications.notify(
        manager,
        [...perCaseworker].map(([caseworker, { municipalityCode, count }]) => ({
          recipientKind: 'staff',
          recipientId: caseworker,
          municipalityCode,
          kind: 'staff_screening_due',
          params: { count: String(count) },
          sourceKey: `screening-due:${caseworker}:${date}`,
        })),
      ),
    );
  }

  /** Subscriptions the app has not confirmed for PUSH_SUBSCRIPTION_DAYS are forgotten. */
  expireSubscriptions(): Promise<number> {
    return this.repository.expirePushSubscriptions(this.config.notifications.pushSubscriptionDays);
  }
}
