import { Injectable } from '@nestjs/common';
import { AppConfig } from '@jobunivers/api/config';
import { CitizenCasesService, DEMO_CITIZENS } from '@jobunivers/api/citizens';
import { DemoSeed, type DemoSeeder } from '@jobunivers/api/database';
import { DEMO_STAFF } from '@jobunivers/api/identity';
import type { EntityManager } from 'typeorm';
import { addDays, addWorkingDays, copenhagenToUtc, inCopenhagen } from '@jobunivers/api/time';
import { AvailabilityWindowEntity } from '../entities/availability.entity';
import { MeetingEntity } from '../entities/meeting.entity';
import { MeetingsRepository } from '../meetings.repository';
import type { MeetingForm } from '../slots';

const JOBCENTRES: Record<string, string> = {
  '0751': 'Jobcenter Aarhus, Værkmestergade 9, 8000 Aarhus C',
  '0230': 'Jobcenter Rudersdal, Stationsvej 36, 3460 Birkerød',
};

/** Every working day: in person in the morning, video around noon, phone in the afternoon. */
const WEEK: Array<{ startTime: string; endTime: string; form: MeetingForm }> = [
  { startTime: '09:00', endTime: '11:30', form: 'in_person' },
  { startTime: '12:00', endTime: '14:00', form: 'video' },
  { startTime: '14:00', endTime: '15:30', form: 'phone' },
];

/** The n-th working day (no weekend, no holiday) after today, Copenhagen. */
const workingDay = (n: number): string => addWorkingDays(inCopenhagen(new Date()).date, n);

/**
 * Demo meetings: every caseworker has weekly availability; Henrik (Rudersdal) is invited to his
 * visitation; Fatima had a meeting with a shared summary and has a video meeting coming up.
 */
@Injectable()
@DemoSeed({ name: 'meetings-demo', order: 40 })
export class MeetingsDemoSeed implements DemoSeeder {
  constructor(
    private readonly cases: CitizenCasesService,
    private readonly config: AppConfig,
    private readonly repository: MeetingsRepository,
  ) {}

  async seed(manager: EntityManager): Promise<void> {
    const caseworkers = DEMO_STAFF.filter((s) => s.roles.includes('caseworker'));
    await manager.insert(
      AvailabilityWindowEntity,
      caseworkers.flatMap((s) =>
        [1, 2, 3, 4, 5].flatMap((weekday) =>
          WEEK.map((w) => ({
            caseworkerId: s.id,
            municipalityCode: s.municipalityCode,
            weekday,
            ...w,
            slotMinutes: 30,
            address: w.form === 'in_person' ? JOBCENTRES[s.municipalityCode] : null,
          })),
        ),
      ),
    );
    const [, , fatima, henrik] = DEMO_CITIZENS;
    const base = {
      topic: null,
      changeRequest: null,
      cancelReason: null,
      internalNote: null,
      outcomeAt: null,
      outcomeBy: null,
      rating: null,
      ratingComment: null,
      sharedSummary: null,
      sequence: 0,
      address: null,
      phoneNumber: null,
      videoUrl: null,
    };
    const at = (date: string, time: string, minutes = 30) => ({
      startsAt: copenhagenToUtc(date, time),
      endsAt: new Date(copenhagenToUtc(date, time).getTime() + minutes * 60_000),
    });
    const henrikDay = workingDay(2);
    const fatimaPast = addDays(fatima.unemployedSince, 8);
    const fatimaNext = workingDay(3);
    const meetings = [
      {
        ...base,
        citizenId: henrik.id,
        caseworkerId: henrik.assignedCaseworkerId,
        municipalityCode: henrik.municipalityCode,
        kind: 'visitation' as const,
        origin: 'system' as const,
        form: 'in_person' as const,
        ...at(henrikDay, '10:00'),
        status: 'invited' as const,
        address: JOBCENTRES['0230'],
        scheduledAt: new Date(),
      },
      {
        ...base,
        citizenId: fatima.id,
        caseworkerId: fatima.assignedCaseworkerId,
        municipalityCode: fatima.municipalityCode,
        kind: 'visitation' as const,
        origin: 'system' as const,
        form: 'in_person' as const,
        ...at(fatimaPast, '09:00'),
        status: 'held' as const,
        address: JOBCENTRES['0230'],
        scheduledAt: new Date(`${fatima.unemployedSince}T09:00:00Z`),
        sharedSummary:
          'Vi talte om dine erfaringer som bogholder og om at bruge jobuniverset. Du søger mindst to job om ugen og opdaterer dit CV.',
        internalNote: 'Motiveret. Tjek om hun vil have kursus i lønsystemer.',
        outcomeAt: copenhagenToUtc(fatimaPast, '09:30'),
        outcomeBy: fatima.assignedCaseworkerId,
      },
      {
        ...base,
        citizenId: fatima.id,
        caseworkerId: fatima.assignedCaseworkerId,
        municipalityCode: fatima.municipalityCode,
        kind: 'job_meeting' as const,
        origin: 'citizen' as const,
        form: 'video' as const,
        ...at(fatimaNext, '12:30'),
        status: 'booked' as const,
        topic: 'Min jobsøgning og CV',
        videoUrl: `${this.config.meetings.videoBaseUrl}/jobunivers-demo-fatima`,
        scheduledAt: new Date(),
      },
    ];
    for (const m of meetings) {
      await manager.insert(MeetingEntity, m);
      const { date, time } = inCopenhagen(m.startsAt);
      const kind =
        m.status === 'held' ? 'meeting_held' : m.kind === 'visitation' ? 'visitation_invited' : 'meeting_booked';
      await this.cases.recordEvent(m.citizenId, kind, { date, time: time.replace(':', '.'), form: m.form }, manager);
    }
    await this.repository.fillSlotClaims(new Date(), manager);
  }
}
