import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  CitizenCasesService,
  type CitizenRegisteredEvent,
  type RegistrationNextSteps,
  visitationDeadline,
} from '@jobunivers/api/citizens';
import type { EntityManager } from 'typeorm';
import { inCopenhagen } from '@jobunivers/api/time';
import { AvailabilityService } from './availability.service';
import { MeetingFactsService } from './meeting-facts.service';
import { isDeadlock, isSlotTaken, MeetingWriterService, overlapConstraint } from './meeting-writer.service';
import { MeetingsRepository } from './meetings.repository';
import type { MeetingForm } from './slots';

/**
 * What meetings do when a citizen registers: the call to the visitation meeting before the legal deadline. Also gives
 * the caseload its "next meeting" column.
 */
@Injectable()
export class VisitationService implements OnModuleInit {
  constructor(
    private readonly availability: AvailabilityService,
    private readonly writer: MeetingWriterService,
    private readonly facts: MeetingFactsService,
    private readonly repository: MeetingsRepository,
    private readonly cases: CitizenCasesService,
  ) {}

  onModuleInit(): void {
    this.cases.onRegistered((event, manager) => this.inviteToVisitation(event, manager));
    this.cases.enrichCaseload(async (ids) => {
      const next = await this.facts.nextMeetings(ids);
      return new Map(ids.map((id) => [id, { nextMeetingAt: next.get(id)?.toISOString() ?? null }]));
    });
  }

  /**
   * Every newly registered citizen is invited to visitation by their caseworker at the first free
   * slot before the legal deadline in a form they prefer. Runs inside the registration transaction;
   * a slot taken meanwhile is skipped (savepoint). No free slot: the visitation item on the
   * screening queue stays for the caseworker to book by hand.
   */
  private async inviteToVisitation(
    { citizen, preferredMeetingForms }: CitizenRegisteredEvent,
    manager: EntityManager,
  ): Promise<RegistrationNextSteps> {
    if (!citizen.assignedCaseworkerId) return {};
    const today = inCopenhagen(citizen.registeredAt).date;
    const deadline = visitationDeadline(citizen);
    const forms: MeetingForm[] = preferredMeetingForms.length ? preferredMeetingForms : ['in_person', 'video', 'phone'];
    const candidates = (
      await this.availability.slotsOf([citizen.assignedCaseworkerId], today, deadline, undefined, [], manager)
    ).filter((s) => forms.includes(s.form));
    // Earliest first; at the same time, the citizen's preferred form first.
    candidates.sort((a, b) => a.start.getTime() - b.start.getTime() || forms.indexOf(a.form) - forms.indexOf(b.form));
    const contact = await this.cases.contactOf(citizen.id, manager);
    for (const slot of candidates.slice(0, 10)) {
      try {
        const saved = await this.repository.inSavepoint(manager, 'visitation_invite', () =>
          this.writer.insert(manager, {
            citizenId: citizen.id,
            caseworkerId: slot.caseworkerId,
            municipalityCode: citizen.municipalityCode,
            kind: 'visitation',
            origin: 'system',
            form: slot.form,
            startsAt: slot.start,
            endsAt: slot.end,
            status: 'invited',
            topic: null,
            formal: true,
            ...this.writer.placeOf(slot.form, slot.address, contact?.phone ?? null),
          }),
        );
        await this.writer.announce(manager, saved, 'invited', 'visitation_invited', 'jobcentre');
        // The notification goes out in the app and, by the citizen's default choices for meetings, by e-mail.
        return {
          visitationInvitation: {
            meetingId: saved.id,
            sentAt: saved.scheduledAt,
            startsAt: saved.startsAt,
            form: saved.form,
            channels: contact?.email ? ['in_app', 'email'] : ['in_app'],
          },
        };
      } catch (error) {
        // Taken by a concurrent registration (its slot claim, an overlap, or the deadlock two simultaneous inserts make): try the next slot.
        if (!isSlotTaken(error) && !overlapConstraint(error) && !isDeadlock(error)) throw error;
      }
    }
    return {};
  }
}
