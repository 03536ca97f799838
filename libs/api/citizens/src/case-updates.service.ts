import { Injectable } from '@nestjs/common';
import { AuditService } from '@jobunivers/api/audit';
import { PlatformErrorCode, PlatformException } from '@jobunivers/api/errors';
import { IdentityService, type StaffPrincipal } from '@jobunivers/api/identity';
import { DataSource } from 'typeorm';
import { CaseTimelineService } from './case-timeline.service';
import type { CaseActor } from './citizen-access';
import { actorOf } from './citizen-case';
import { CitizenRecordsService } from './citizen-records.service';
import { CitizensErrorCode, CitizensException } from './citizens.errors';
import type { CitizenDto, OutcomeDto } from './dto/citizen.dto';
import { CitizenEntity } from './entities/citizen.entity';

/**
 * Staff and systems change a case: the outcome that closes it, the Digital Post exemption and the caseworker it is
 * assigned to — each with its timeline entry where the citizen should see it, and its audit row, in one transaction.
 */
@Injectable()
export class CaseUpdatesService {
  constructor(
    private readonly records: CitizenRecordsService,
    private readonly timeline: CaseTimelineService,
    private readonly identity: IdentityService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  /** Reports the outcome (job, education, other, moved), which closes the case. */
  async reportOutcome(actor: CaseActor, id: string, input: OutcomeDto, statedPurpose?: string): Promise<CitizenDto> {
    const citizen = await this.records.find(actor, id);
    const purpose = this.records.purposeFor(actor, citizen, statedPurpose);
    if (citizen.status === 'closed')
      throw new CitizensException(
        CitizensErrorCode.CaseClosed,
        'The case is already closed; register the citizen again to open a new case.',
      );
    if (input.date < citizen.unemployedSince) {
      throw new PlatformException(
        PlatformErrorCode.ValidationFailed,
        'The outcome cannot take effect before the unemployment began.',
        {
          errors: [{ field: 'date', message: `date must not be before unemployedSince (${citizen.unemployedSince})` }],
        },
      );
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        CitizenEntity,
        { id: citizen.id, status: 'active' },
        { status: 'closed', closedAt: new Date(), outcome: input.outcome, outcomeDate: input.date },
      );
      await this.timeline.recordEvent(citizen.id, 'case_closed', { outcome: input.outcome, date: input.date }, manager);
      await this.audit.record(
        actorOf(actor),
        { citizenId: citizen.id, action: 'update', resource: 'citizen.outcome', resourceId: citizen.id, purpose },
        manager,
      );
    });
    return this.records.dtoOf(await this.records.find(actor, id));
  }

  /** Staff record that the citizen is exempt from Digital Post (or no longer is); audited. */
  async setDigitalPostExempt(
    actor: StaffPrincipal,
    id: string,
    exempt: boolean,
    statedPurpose?: string,
  ): Promise<CitizenDto> {
    const citizen = await this.records.find(actor, id);
    const purpose = this.records.purposeFor(actor, citizen, statedPurpose);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(CitizenEntity, { id: citizen.id }, { digitalPostExempt: exempt });
      await this.audit.record(
        actorOf(actor),
        { citizenId: citizen.id, action: 'update', resource: 'citizen.digital_post', resourceId: citizen.id, purpose },
        manager,
      );
    });
    return this.records.dtoOf({ ...citizen, digitalPostExempt: exempt });
  }

  /** Team leads reassign the citizen to another active caseworker of the municipality. */
  async reassign(actor: StaffPrincipal, id: string, caseworkerId: string): Promise<CitizenDto> {
    const citizen = await this.records.find(actor, id);
    const caseworker = (await this.identity.caseworkers(actor.municipalityCode)).find((c) => c.id === caseworkerId);
    if (!caseworker)
      throw new CitizensException(
        CitizensErrorCode.CaseworkerNotFound,
        'caseworkerId must be an active caseworker of your municipality.',
        {
          errors: [
            { field: 'caseworkerId', message: 'caseworkerId must be an active caseworker of your municipality' },
          ],
        },
      );
    if (citizen.status === 'closed') throw new CitizensException(CitizensErrorCode.CaseClosed);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(CitizenEntity, { id: citizen.id }, { assignedCaseworkerId: caseworker.id });
      await this.timeline.recordEvent(citizen.id, 'caseworker_assigned', { caseworkerName: caseworker.name }, manager);
      await this.audit.record(
        actorOf(actor),
        {
          citizenId: citizen.id,
          action: 'update',
          resource: 'citizen.assignment',
          resourceId: citizen.id,
          purpose: 'management',
        },
        manager,
      );
    });
    return this.records.toDto({ ...citizen, assignedCaseworkerId: caseworker.id }, caseworker.name);
  }
}
