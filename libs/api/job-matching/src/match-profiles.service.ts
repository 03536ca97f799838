import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  CitizenCasesService,
  OnCaseEvent,
  OnModuleEvent,
  type CaseEvent,
  type CitizenProfileSnapshot,
} from '@jobunivers/api/citizens';
import type { CitizenPrincipal } from '@jobunivers/api/identity';
import { ReferenceService } from '@jobunivers/api/reference';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import { MatchProfileEntity } from './entities/match-profile.entity';
import { MatchTopService } from './match-top.service';
import { MatchingRepository } from './matching.repository';

const DEFAULT_RADIUS_KM = 40;

/** The profile of a citizen not in the read model yet: nothing wished, no skills, the default radius, daily alerts. */
export function emptyProfile(citizen: CitizenPrincipal): MatchProfileEntity {
  return Object.assign(new MatchProfileEntity(), {
    citizenId: citizen.id,
    municipalityCode: citizen.municipalityCode,
    active: true,
    wished: [],
    groups: [],
    skills: [],
    latitude: null,
    longitude: null,
    radiusKm: DEFAULT_RADIUS_KM,
    areaMunicipalities: [],
    hours: null,
    languages: [],
    alertMode: 'daily',
  });
}

/**
 * The match read model (`job_matching.match_profile`): follows the citizens' saved profiles and closed cases in
 * their transactions, and is rebuilt from the citizens module on demand.
 */
@Injectable()
export class MatchProfilesService {
  constructor(
    @InjectRepository(MatchProfileEntity) private readonly profiles: Repository<MatchProfileEntity>,
    private readonly cases: CitizenCasesService,
    private readonly reference: ReferenceService,
    private readonly dataSource: DataSource,
    private readonly repository: MatchingRepository,
    private readonly top: MatchTopService,
  ) {}

  /** A saved profile is matched from now on (the read model and the citizen's top-N list follow it in the same transaction). */
  @OnModuleEvent('citizen.profile_saved')
  async onProfileSaved(profile: CitizenProfileSnapshot, manager: EntityManager): Promise<void> {
    await this.syncProfile(profile, manager);
    await this.top.refill(profile.citizenId, manager);
  }

  /** A closed case gets no more matches or alerts. */
  @OnCaseEvent('case_closed')
  async onCaseClosed(event: CaseEvent<'case_closed'>, manager: EntityManager): Promise<void> {
    await manager.update(MatchProfileEntity, { citizenId: event.citizenId }, { active: false });
  }

  async syncProfile(s: CitizenProfileSnapshot, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await this.syncProfiles([s], manager);
  }

  /** Upserts the read model rows of many profiles in one statement (alert mode is the citizen's and stays). */
  async syncProfiles(
    snapshots: CitizenProfileSnapshot[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    if (snapshots.length === 0) return;
    const { postalCodes } = await this.reference.catalogues();
    const rows = snapshots.map((s) => {
      const home = s.postalCode ? postalCodes.get(s.postalCode) : undefined;
      return {
        citizenId: s.citizenId,
        municipalityCode: s.municipalityCode,
        active: s.active,
        wished: s.wishedOccupations,
        groups: [...new Set(s.wishedOccupations.map((c) => c.slice(0, 3)))],
        skills: s.skillIds,
        latitude: home?.latitude ?? null,
        longitude: home?.longitude ?? null,
        radiusKm: s.workArea.radiusKm ?? DEFAULT_RADIUS_KM,
        areaMunicipalities: s.workArea.municipalityCodes ?? [],
        hours: s.hours,
        languages: s.languages,
      };
    });
    await manager
      .createQueryBuilder()
      .insert()
      .into(MatchProfileEntity)
      .values(rows)
      .orUpdate(
        [
          'municipality_code',
          'active',
          'wished',
          'groups',
          'skills',
          'latitude',
          'longitude',
          'radius_km',
          'area_municipalities',
          'hours',
          'languages',
          'updated_at',
        ],
        ['citizen_id'],
      )
      .execute();
    const ids = rows.map((r) => r.citizenId);
    await this.repository.syncAreas(ids, manager);
    // Their top-N lists were ranked for the old profiles: dropped, refilled by the next save or read.
    await this.top.clear(ids, manager);
  }

  /** Rebuilds the read model from the citizens module (after a restore, or for data loaded in bulk). */
  async rebuildProfiles(manager: EntityManager = this.dataSource.manager): Promise<number> {
    let after: string | undefined;
    let n = 0;
    for (;;) {
      const page = await this.cases.profileSnapshots({ after, limit: 1000 }, manager);
      if (page.length === 0) return n;
      await this.syncProfiles(page, manager);
      n += page.length;
      after = page[page.length - 1].citizenId;
    }
  }

  /** The citizen's home as a search centre (from their profile's postal code). */
  async homeOf(citizenId: string): Promise<{ latitude: number; longitude: number } | null> {
    const p = await this.profiles.findOneBy({ citizenId });
    return p?.latitude != null && p.longitude != null ? { latitude: p.latitude, longitude: p.longitude } : null;
  }
}
