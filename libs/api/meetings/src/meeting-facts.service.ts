import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import { MeetingEntity } from './entities/meeting.entity';
import { MeetingsRepository } from './meetings.repository';

export interface MeetingMonth {
  month: string;
  inPerson: number;
  video: number;
  phone: number;
  held: number;
  noShow: number;
  ratings: number[];
}

/** What other modules read about meetings: KPIs (insights), missed meetings (screening), contact rules, the caseload. */
@Injectable()
export class MeetingFactsService {
  constructor(
    @InjectRepository(MeetingEntity) private readonly meetings: Repository<MeetingEntity>,
    private readonly repository: MeetingsRepository,
  ) {}

  /**
   * KPI: meetings per month (by start, Copenhagen time) that took place or were missed — by form,
   * held, no-show — and the citizens' ratings of held meetings (1–5).
   */
  async meetingStats(
    municipalityCode: string,
    caseworkerIds: string[] | null,
    from: Date,
    to: Date,
  ): Promise<MeetingMonth[]> {
    const rows = await this.repository.stats(municipalityCode, caseworkerIds, from, to);
    return rows.map((r) => ({
      month: r.month,
      inPerson: r.in_person,
      video: r.video,
      phone: r.phone,
      held: r.held,
      noShow: r.no_show,
      ratings: r.ratings,
    }));
  }

  /** How many meetings the citizen did not turn up to (screening indicator). */
  missedMeetings(citizenId: string, manager?: EntityManager): Promise<number> {
    return (manager?.getRepository(MeetingEntity) ?? this.meetings).countBy({ citizenId, status: 'no_show' });
  }

  /**
   * The meetings that count for the contact rules, per citizen: held ones and those still to come
   * (invited, booked, change requested), with their Copenhagen date. No-shows and cancelled meetings
   * are left out — they meet no requirement.
   */
  async contactMeetings(
    citizenIds: string[],
    manager?: EntityManager,
  ): Promise<Map<string, Array<{ id: string; date: string; state: 'held' | 'upcoming' }>>> {
    const result = new Map<string, Array<{ id: string; date: string; state: 'held' | 'upcoming' }>>();
    if (citizenIds.length === 0) return result;
    const rows = await this.repository.contactMeetings([...new Set(citizenIds)], manager);
    for (const r of rows) {
      const list = result.get(r.citizen_id) ?? [];
      list.push({ id: r.id, date: r.date, state: r.status === 'held' ? 'held' : 'upcoming' });
      result.set(r.citizen_id, list);
    }
    return result;
  }

  /** Start of each citizen's next upcoming meeting. */
  async nextMeetings(citizenIds: string[]): Promise<Map<string, Date>> {
    if (citizenIds.length === 0) return new Map();
    const rows = await this.repository.nextMeetings(citizenIds);
    return new Map(rows.map((r) => [r.citizen_id, r.starts_at]));
  }
}
