import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import type { Language } from '@jobunivers/api/citizens';
import { AppConfig } from '@jobunivers/api/config';
import { IdentityService, type CitizenPrincipal } from '@jobunivers/api/identity';
import { ReferenceService } from '@jobunivers/api/reference';
import { Repository } from 'typeorm';
import { CalendarFeedEntity } from './entities/calendar-feed.entity';
import { CANCELLED_STATUSES, MeetingEntity } from './entities/meeting.entity';
import { buildCalendar, type IcsEvent } from './ics';
import { MeetingViewsService } from './meeting-views.service';
import { MeetingsErrorCode, MeetingsException } from './meetings.errors';
import type { MeetingForm } from './slots';

/** Other modules add their own events to the personal calendar feed (offers: enrolled sessions). */
export type CalendarFeedSource = (
  owner: { kind: 'citizen' | 'staff'; id: string },
  since: Date,
  language: Language,
) => Promise<IcsEvent[]>;

const FORM_WORDS: Record<Language, Record<MeetingForm, string>> = {
  da: { in_person: 'fremmøde', video: 'video', phone: 'telefon' },
  en: { in_person: 'in person', video: 'video', phone: 'phone' },
};

/** The address in a From header (`Name <address>` or a bare address). */
const mailAddressOf = (from: string): string => /<([^>]+)>/.exec(from)?.[1] ?? from.trim();

const sha256 = (token: string): Buffer => createHash('sha256').update(token).digest();

/**
 * Meetings in the citizen's and the caseworker's own calendars (iCalendar, RFC 5545): one meeting as a file, and a
 * personal feed behind a secret address that other modules add their events to.
 */
@Injectable()
export class CalendarFeedsService {
  private readonly feedSources: CalendarFeedSource[] = [];

  constructor(
    @InjectRepository(MeetingEntity) private readonly meetings: Repository<MeetingEntity>,
    @InjectRepository(CalendarFeedEntity) private readonly feeds: Repository<CalendarFeedEntity>,
    private readonly views: MeetingViewsService,
    private readonly identity: IdentityService,
    private readonly reference: ReferenceService,
    private readonly config: AppConfig,
  ) {}

  /** Other modules put their events in the personal calendar feeds beside the meetings. */
  addFeedSource(source: CalendarFeedSource): void {
    this.feedSources.push(source);
  }

  async myMeetingIcs(citizen: CitizenPrincipal, id: string, language: Language): Promise<string> {
    const meeting = await this.views.ownMeeting(citizen, id);
    const [names, units] = await Promise.all([
      this.identity.staffNames([meeting.caseworkerId]),
      this.reference.unitNamesOf([meeting.municipalityCode]),
    ]);
    return buildCalendar(language === 'da' ? 'Jobsamtale' : 'Job meeting', [
      this.icsEvent(meeting, language, names, units),
    ]);
  }

  /** A new secret feed address for the citizen or caseworker; the previous one stops working. */
  async createFeed(owner: { kind: 'citizen' | 'staff'; id: string }): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.feeds.upsert(
      { ownerId: owner.id, ownerKind: owner.kind, tokenHash: sha256(token), createdAt: new Date() },
      ['ownerId'],
    );
    return `${this.config.publicUrl}/api/v1/calendar-feeds/${token}.ics`;
  }

  /** The feed: meetings from 30 days back and ahead. No names or personal details leave in it. */
  async feed(token: string, language: Language): Promise<string> {
    const feed = /^[A-Za-z0-9_-]{43}$/.test(token) ? await this.feeds.findOneBy({ tokenHash: sha256(token) }) : null;
    if (!feed) throw new MeetingsException(MeetingsErrorCode.FeedNotFound);
    const rows = await this.meetings
      .createQueryBuilder('m')
      .where(feed.ownerKind === 'citizen' ? 'm.citizenId = :id' : 'm.caseworkerId = :id', { id: feed.ownerId })
      .andWhere('m.startsAt >= :since', { since: new Date(Date.now() - 30 * 86_400_000) })
      .orderBy('m.startsAt')
      .take(2000)
      .getMany();
    const names =
      feed.ownerKind === 'citizen'
        ? await this.identity.staffNames([...new Set(rows.map((r) => r.caseworkerId))])
        : new Map<string, string>();
    const since = new Date(Date.now() - 30 * 86_400_000);
    const more = (
      await Promise.all(
        this.feedSources.map((source) => source({ kind: feed.ownerKind, id: feed.ownerId }, since, language)),
      )
    ).flat();
    const units = await this.reference.unitNamesOf(rows.map((r) => r.municipalityCode));
    const events = [...rows.map((m) => this.icsEvent(m, language, names, units)), ...more].sort(
      (a, b) => a.start.getTime() - b.start.getTime(),
    );
    return buildCalendar(language === 'da' ? 'Jobunivers – jobsamtaler' : 'Jobunivers – job meetings', events);
  }

  /** The meeting as a calendar event, named for the municipality's unit (its unit name, not a fixed "jobcentret"). */
  private icsEvent(
    m: MeetingEntity,
    language: Language,
    caseworkerNames: Map<string, string>,
    unitNames: Map<string, string>,
  ): IcsEvent {
    const da = language === 'da';
    const unit = unitNames.get(m.municipalityCode) ?? (da ? 'kommunen' : 'the municipality');
    const what =
      m.kind === 'visitation'
        ? da
          ? `Visitationssamtale med ${unit}`
          : `Visitation meeting with ${unit}`
        : da
          ? `Jobsamtale med ${unit}`
          : `Job meeting with ${unit}`;
    const form = FORM_WORDS[language][m.form];
    const caseworker = caseworkerNames.get(m.caseworkerId);
    const lines = [
      ...(caseworker ? [da ? `Med ${caseworker}` : `With ${caseworker}`] : []),
      m.form === 'phone' ? (da ? `${unit} ringer til dig.` : `${unit} will call you.`) : '',
      m.form === 'video' && m.videoUrl ? (da ? `Deltag: ${m.videoUrl}` : `Join: ${m.videoUrl}`) : '',
      `${this.config.citizenAppUrl}/samtaler/${m.id}`,
    ].filter(Boolean);
    return {
      uid: `${m.id}@jobunivers`,
      sequence: m.sequence,
      start: m.startsAt,
      end: m.endsAt,
      stamp: m.updatedAt,
      status: CANCELLED_STATUSES.includes(m.status)
        ? 'CANCELLED'
        : m.status === 'invited' || m.status === 'change_requested'
          ? 'TENTATIVE'
          : 'CONFIRMED',
      summary: `${what} (${form})`,
      description: lines.join('\n'),
      location: m.form === 'in_person' ? m.address : m.form === 'video' ? m.videoUrl : null,
      url: m.form === 'video' ? m.videoUrl : null,
      organizer: { name: unit, email: mailAddressOf(this.config.notifications.mailFrom) },
    };
  }
}
