import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig } from '@jobunivers/api/config';
import { type Page, type PageQueryDto, type StaffRole, toPage } from '@jobunivers/api/http';
import { type EntityManager, In, Repository } from 'typeorm';
import { CITIZEN_DIRECTORY, type CitizenDirectory } from './citizen-directory';
import { EMPLOYER_DIRECTORY, type EmployerDirectory, type EmployerUserSummary } from './employer-directory';
import type { DevUserDto } from './dto/identity.dto';
import { SessionEntity } from './entities/session.entity';
import { SessionService } from './session.service';
import { IdentityRepository } from './identity.repository';
import { StaffUserEntity } from './entities/staff-user.entity';
import { IdentityErrorCode, IdentityException } from './identity.errors';
import type { SessionPrincipal } from './session.service';
import { NO_MUNICIPALITY } from './principal';

const ROLE_PRIORITY = ['municipality_admin', 'team_lead', 'employer_consultant', 'caseworker'] as const;

/** A staff member as their identity provider describes them: who (issuer and subject), and what they are here. */
export interface StaffProvisioning {
  issuer: string;
  subject: string;
  municipalityCode: string;
  name: string;
  email: string;
  roles: StaffRole[];
  /** Set when given; otherwise a new member has none and a known one keeps theirs. */
  team?: string | null;
}

/** Facade of identity for other modules: staff look-ups, principals for sign-in. */
@Injectable()
export class IdentityService {
  constructor(
    @InjectRepository(StaffUserEntity) private readonly staff: Repository<StaffUserEntity>,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly moduleRef: ModuleRef,
    private readonly config: AppConfig,
    private readonly sessionService: SessionService,
    private readonly repository: IdentityRepository,
  ) {}

  /** The citizens module registers the directory; until then there are no citizen principals. */
  citizenDirectory(): CitizenDirectory | undefined {
    try {
      return this.moduleRef.get<CitizenDirectory>(CITIZEN_DIRECTORY, { strict: false });
    } catch {
      return undefined;
    }
  }

  /** The employers module registers the directory; until then there are no employer principals. */
  employerDirectory(): EmployerDirectory | undefined {
    try {
      return this.moduleRef.get<EmployerDirectory>(EMPLOYER_DIRECTORY, { strict: false });
    } catch {
      return undefined;
    }
  }

  /** The session principal of an employer user. */
  employerPrincipal(user: EmployerUserSummary): SessionPrincipal {
    return {
      kind: 'employer',
      id: user.id,
      name: user.name,
      municipalityCode: NO_MUNICIPALITY,
      roles: ['employer'],
      cvr: user.cvr,
      companyName: user.companyName,
    };
  }

  assertDevMode(): void {
    if (this.config.authMode !== 'dev') throw new IdentityException(IdentityErrorCode.DevModeOnly);
  }

  async listDevUsers(): Promise<DevUserDto[]> {
    this.assertDevMode();
    const staff = await this.staff.find({ where: { active: true }, order: { municipalityCode: 'ASC', name: 'ASC' } });
    const citizens = (await this.citizenDirectory()?.listDemoCitizens()) ?? [];
    const employers = (await this.employerDirectory()?.listDemoUsers()) ?? [];
    return [
      ...citizens.map((c) => ({
        id: c.id,
        role: 'citizen' as const,
        municipalityCode: c.municipalityCode,
        name: c.name,
      })),
      ...staff.map((s) => ({
        id: s.id,
        role: ROLE_PRIORITY.find((r) => s.roles.includes(r)) ?? 'caseworker',
        municipalityCode: s.municipalityCode,
        name: s.name,
      })),
      ...employers.map((e) => ({
        id: e.id,
        role: 'employer' as const,
        municipalityCode: NO_MUNICIPALITY,
        name: e.name,
        cvr: e.cvr,
        companyName: e.companyName,
      })),
    ];
  }

  /** The principal for a demo user id (dev sign-in), exactly as a real sign-in would produce it. */
  async devPrincipal(userId: string): Promise<SessionPrincipal> {
    this.assertDevMode();
    const staff = await this.staff.findOneBy({ id: userId, active: true });
    if (staff)
      return {
        kind: 'staff',
        id: staff.id,
        name: staff.name,
        municipalityCode: staff.municipalityCode,
        roles: staff.roles,
      };
    const citizen = await this.citizenDirectory()?.findById(userId);
    if (citizen)
      return {
        kind: 'citizen',
        id: citizen.id,
        name: citizen.name,
        municipalityCode: citizen.municipalityCode,
        roles: ['citizen'],
      };
    const employer = await this.employerDirectory()?.findUser(userId);
    if (employer) return this.employerPrincipal(employer);
    throw new IdentityException(IdentityErrorCode.UnknownDemoUser, `No demo user has the id ${userId}.`);
  }

  /** An API client of the municipality (for other modules' client settings, e.g. webhooks); undefined: none here. */
  async apiClient(
    municipalityCode: string,
    id: string,
  ): Promise<{ id: string; name: string; scopes: string[]; revoked: boolean } | undefined> {
    const row = await this.repository.apiClient(municipalityCode, id);
    return row ? { id: row.id, name: row.name, scopes: row.scopes, revoked: row.revoked_at !== null } : undefined;
  }

  /**
   * Just-in-time provisioning, as at every staff sign-in: the member the provider knows by issuer and subject is
   * created the first time, and their municipality, name, e-mail and roles are the provider's after. Undefined: the
   * member is deactivated here (no sign-in, nothing changed).
   */
  async provisionStaff(input: StaffProvisioning): Promise<StaffUserEntity | undefined> {
    const { issuer, subject, team, ...claims } = input;
    const existing = await this.staff.findOneBy({ issuer, subject });
    if (existing && !existing.active) return undefined;
    const teamChange = team === undefined ? {} : { team };
    return existing
      ? this.staff.save(Object.assign(existing, claims, teamChange))
      : this.staff.save(this.staff.create({ issuer, subject, ...claims, ...teamChange, active: true }));
  }

  async findStaff(id: string, municipalityCode: string): Promise<StaffUserEntity | undefined> {
    return (await this.staff.findOneBy({ id, municipalityCode })) ?? undefined;
  }

  /** The active caseworkers of a municipality (candidates for assignment), by name. */
  async caseworkers(municipalityCode: string, manager?: EntityManager): Promise<Array<{ id: string; name: string }>> {
    const rows = await (manager?.getRepository(StaffUserEntity) ?? this.staff)
      .createQueryBuilder('s')
      .select(['s.id', 's.name'])
      .where('s.municipalityCode = :municipalityCode AND s.active AND :role = ANY(s.roles)', {
        municipalityCode,
        role: 'caseworker',
      })
      .orderBy('s.name')
      .getMany();
    return rows.map((r) => ({ id: r.id, name: r.name }));
  }

  /** The active staff of a municipality holding any of the roles, by name (e.g. the employer consultants). */
  async staffWithRoles(
    municipalityCode: string,
    roles: readonly string[],
  ): Promise<Array<{ id: string; name: string }>> {
    const rows = await this.staff
      .createQueryBuilder('s')
      .select(['s.id', 's.name'])
      .where('s.municipalityCode = :municipalityCode AND s.active AND s.roles && :roles', {
        municipalityCode,
        roles: [...roles],
      })
      .orderBy('s.name')
      .addOrderBy('s.id')
      .getMany();
    return rows.map((r) => ({ id: r.id, name: r.name }));
  }

  /** When each of these citizens last signed in (absent: never). */
  async lastCitizenSignIns(citizenIds: string[], manager?: EntityManager): Promise<Map<string, Date>> {
    if (citizenIds.length === 0) return new Map();
    const rows = await this.repository.lastCitizenSignIns(citizenIds, manager);
    return new Map(rows.map((r) => [r.id, new Date(r.at)]));
  }

  /** Teams of a municipality's staff, and who is in each (for KPIs per team). */
  async teams(municipalityCode: string): Promise<Array<{ team: string; staff: Array<{ id: string; name: string }> }>> {
    const rows = await this.staff.find({
      select: { id: true, name: true, team: true },
      where: { municipalityCode },
      order: { name: 'ASC' },
    });
    const teams = new Map<string, Array<{ id: string; name: string }>>();
    for (const r of rows) if (r.team) teams.set(r.team, [...(teams.get(r.team) ?? []), { id: r.id, name: r.name }]);
    return [...teams].sort(([a], [b]) => a.localeCompare(b, 'da')).map(([team, staff]) => ({ team, staff }));
  }

  /** How many of these citizens signed in since the instant (KPI "digitally active"). */
  async citizensSignedInSince(citizenIds: string[], since: Date): Promise<number> {
    if (citizenIds.length === 0) return 0;
    return this.repository.citizensSignedInSince(citizenIds, since);
  }

  /** The citizens' sign-ins (for their data export). */
  async citizenSignIns(citizenIds: string[]): Promise<Array<{ signedInAt: string; method: string }>> {
    const rows = await this.sessions.find({
      select: { createdAt: true, method: true },
      where: { principalKind: 'citizen', principalId: In(citizenIds) },
      order: { createdAt: 'DESC' },
    });
    return rows.map((r) => ({ signedInAt: r.createdAt.toISOString(), method: r.method }));
  }

  /** Retention: the sessions of these (closed, expired) cases go. */
  async forgetCitizens(citizenIds: string[], manager: EntityManager): Promise<void> {
    await manager.delete(SessionEntity, { principalKind: 'citizen', principalId: In(citizenIds) });
    await this.sessionService.revokedIn(manager);
  }

  /** Names of staff members by id (for lists that show who is assigned). */
  async staffNames(ids: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.repository.staffNames(unique);
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** E-mail addresses of active staff members by id (for notifications). */
  async staffEmails(ids: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.staff.find({ select: { id: true, email: true }, where: { id: In(unique), active: true } });
    return new Map(rows.map((r) => [r.id, r.email]));
  }

  async listStaff(municipalityCode: string, query: PageQueryDto): Promise<Page<StaffUserEntity>> {
    const [rows, total] = await this.staff.findAndCount({
      where: { municipalityCode, active: true },
      order: { name: 'ASC', id: 'ASC' },
      skip: query.offset,
      take: query.limit,
    });
    return toPage(rows, total, query);
  }
}
