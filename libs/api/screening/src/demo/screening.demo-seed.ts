import { Injectable } from '@nestjs/common';
import { CitizenCasesService, DEMO_CITIZENS, VISITATION_DAYS, visitationDeadline } from '@jobunivers/api/citizens';
import { DemoSeed, type DemoSeeder } from '@jobunivers/api/database';
import { DEMO_STAFF } from '@jobunivers/api/identity';
import type { EntityManager } from 'typeorm';
import { addDays } from '@jobunivers/api/time';
import { QueueItemEntity } from '../entities/queue-item.entity';
import { ScreeningEntity } from '../entities/screening.entity';

/**
 * Demo screening state: Sofie (Aarhus) and Fatima (Rudersdal) have been screened to self-service;
 * Mads and Henrik still wait for their visitation — Mads past the deadline, so the console shows
 * an overdue item (the number the KPIs want at zero).
 */
@Injectable()
@DemoSeed({ name: 'screening-demo', order: 30 })
export class ScreeningDemoSeed implements DemoSeeder {
  constructor(private readonly cases: CitizenCasesService) {}

  async seed(manager: EntityManager): Promise<void> {
    const [sofie, mads, fatima, henrik] = DEMO_CITIZENS;
    for (const citizen of [sofie, fatima]) {
      const caseworker = DEMO_STAFF.find((s) => s.id === citizen.assignedCaseworkerId)!;
      const screened = await manager.save(
        manager.create(ScreeningEntity, {
          citizenId: citizen.id,
          municipalityCode: citizen.municipalityCode,
          caseworkerId: caseworker.id,
          caseworkerName: caseworker.name,
          indicators: {
            weeksUnemployed: 1,
            benefitType: citizen.benefitType,
            selfAssessment: null,
            daysSinceSignIn: null,
            missedMeetings: null,
            earlierCases: 0,
            openQueueItems: 1,
          },
          assessment: 'Jobparat med relevant erfaring og god digital forståelse. Kan selv søge job.',
          track: 'self_service',
          summaryForCitizen:
            'Du har god erfaring og søger allerede job. Du bruger jobuniverset selv og kan altid booke en samtale med mig.',
          nextScreeningDate: addDays(citizen.unemployedSince, 13 * 7),
          createdAt: new Date(`${addDays(citizen.unemployedSince, 8)}T10:00:00Z`),
          citizenComment: null,
          changeRequested: false,
          commentedAt: null,
        }),
      );
      // The timeline entry carries the screening's own date: staff and citizen see one date for it.
      await this.cases.recordEvent(citizen.id, 'screened', { track: 'self_service' }, manager, screened.createdAt);
    }
    // Mads has no invitation and is overdue (counted from when he became unemployed); Henrik was registered
    // now, like every demo case, and his invitation (meetings demo) lies within the deadline the timeline names.
    const deadlines = new Map([
      [mads.id, addDays(mads.unemployedSince, VISITATION_DAYS[mads.benefitType])],
      [henrik.id, visitationDeadline({ registeredAt: new Date(), benefitType: henrik.benefitType })],
    ]);
    for (const citizen of [mads, henrik]) {
      const deadline = deadlines.get(citizen.id)!;
      await this.cases.recordEvent(citizen.id, 'visitation_due', { deadline }, manager);
      await manager.insert(QueueItemEntity, {
        citizenId: citizen.id,
        municipalityCode: citizen.municipalityCode,
        reason: 'visitation_due',
        dueKey: 'visitation',
        dueDate: deadline,
        status: 'open',
        note: null,
        closedAt: null,
        closedBy: null,
        resolution: null,
      });
    }
  }
}
