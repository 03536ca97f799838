import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditService, resolvePurpose } from '@jobunivers/api/audit';
import { IdentityService } from '@jobunivers/api/identity';
import { type EntityManager, Repository } from 'typeorm';
import type { CaseActor, CitizenCase } from './citizen-access';
import { actorOf, maskedCprOf, toCase, weeksBetween } from './citizen-case';
import { CitizensErrorCode, CitizensException } from './citizens.errors';
import { CitizensService } from './citizens.service';
import type { CitizenDto } from './dto/citizen.dto';
import { CitizenEntity } from './entities/citizen.entity';

/** What an audited access to one citizen is: the action, the resource and the purpose stated (if any). */
export interface CitizenAccess {
  action: 'read' | 'create' | 'update';
  resource: string;
  purpose?: string;
}

/**
 * One citizen as staff and systems reach them: found within the caller's municipality (404 outside it), the purpose
 * asked for outside one's caseload (403 without one), every access audited; the citizen's case as staff read it and
 * the CPR reveal. Tenancy is part of every query: a citizen of another municipality is simply not found.
 */
@Injectable()
export class CitizenRecordsService {
  constructor(
    @InjectRepository(CitizenEntity) private readonly citizens: Repository<CitizenEntity>,
    private readonly facade: CitizensService,
    private readonly identity: IdentityService,
    private readonly audit: AuditService,
  ) {}

  /**
   * For other modules' staff/API routes about one citizen: tenancy (404 outside the municipality),
   * purpose (403 outside the caseload without one) and exactly one audit row.
   */
  async authorize(
    actor: CaseActor,
    citizenId: string,
    access: CitizenAccess,
    manager?: EntityManager,
  ): Promise<CitizenCase> {
    return toCase(await this.audited(actor, citizenId, access, manager));
  }

  /** A citizen's case as staff or a system reads it (CPR masked); audited. */
  async get(actor: CaseActor, id: string, statedPurpose?: string): Promise<CitizenDto> {
    const citizen = await this.audited(actor, id, { action: 'read', resource: 'citizen', purpose: statedPurpose });
    return this.dtoOf(citizen);
  }

  /** The full CPR number (an explicit, audited action); 410 once retention anonymised the case. */
  async revealCpr(actor: CaseActor, id: string, statedPurpose?: string): Promise<string> {
    const citizen = await this.find(actor, id);
    const purpose = this.purposeFor(actor, citizen, statedPurpose);
    if (citizen.anonymisedAt) throw new CitizensException(CitizensErrorCode.Anonymised);
    await this.audit.record(actorOf(actor), {
      citizenId: citizen.id,
      action: 'reveal',
      resource: 'citizen.cpr',
      resourceId: citizen.id,
      purpose,
    });
    const cpr = this.facade.cpr.decrypt(citizen.cprEncrypted, citizen.id);
    return `${cpr.slice(0, 6)}-${cpr.slice(6)}`;
  }

  /** A citizen of the caller's municipality, or 404 — before any purpose is asked for. */
  async find(actor: CaseActor, id: string, manager?: EntityManager): Promise<CitizenEntity> {
    const citizen = await (manager?.getRepository(CitizenEntity) ?? this.citizens).findOneBy({
      id,
      municipalityCode: actor.municipalityCode,
    });
    if (!citizen) throw new CitizensException(CitizensErrorCode.CitizenNotFound);
    return citizen;
  }

  /** Why this actor may see this citizen (403 for a caseworker outside the caseload without a purpose). */
  purposeFor(actor: CaseActor, citizen: CitizenEntity, statedPurpose?: string): string {
    return resolvePurpose(actor, actor.kind === 'staff' && citizen.assignedCaseworkerId === actor.id, statedPurpose);
  }

  /** The case as staff read it, with its caseworker's name looked up. */
  async dtoOf(c: CitizenEntity): Promise<CitizenDto> {
    return this.toDto(c, await this.caseworkerName(c));
  }

  /** The case as staff read it. */
  toDto(c: CitizenEntity, caseworkerName: string | null): CitizenDto {
    return {
      id: c.id,
      cprMasked: maskedCprOf(this.facade.cpr, c),
      firstName: c.firstName,
      lastName: c.lastName,
      email: c.email,
      phone: c.phone,
      postalCode: c.postalCode,
      municipalityCode: c.municipalityCode,
      benefitType: c.benefitType,
      unemployedSince: c.unemployedSince,
      weeksUnemployed: weeksBetween(c.unemployedSince, c.closedAt ?? new Date()),
      unemploymentFund: c.unemploymentFund,
      status: c.status,
      assignedCaseworkerId: c.assignedCaseworkerId,
      assignedCaseworkerName: caseworkerName,
      registeredAt: c.registeredAt.toISOString(),
      closedAt: c.closedAt?.toISOString() ?? null,
      outcome: c.outcome,
      outcomeDate: c.outcomeDate,
      digitalPostExempt: c.digitalPostExempt,
    };
  }

  /** The citizen, found and with the purpose checked, and the access's one audit row. */
  private async audited(
    actor: CaseActor,
    id: string,
    access: CitizenAccess,
    manager?: EntityManager,
  ): Promise<CitizenEntity> {
    const citizen = await this.find(actor, id, manager);
    const purpose = this.purposeFor(actor, citizen, access.purpose);
    await this.audit.record(
      actorOf(actor),
      { citizenId: citizen.id, action: access.action, resource: access.resource, resourceId: citizen.id, purpose },
      manager,
    );
    return citizen;
  }

  private async caseworkerName(c: CitizenEntity): Promise<string | null> {
    if (!c.assignedCaseworkerId) return null;
    return (await this.identity.staffNames([c.assignedCaseworkerId])).get(c.assignedCaseworkerId) ?? null;
  }
}
