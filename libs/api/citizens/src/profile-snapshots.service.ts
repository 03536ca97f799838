import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CaseEventBus } from './case-events';
import type { CitizenProfileSnapshot } from './citizen-access';
import { CitizensRepository } from './citizens.repository';

/**
 * A citizen's profile as job matching needs it (its own read model): read by ids or in pages, and announced as the
 * `citizen.profile_saved` module event when the citizen saves the profile.
 */
@Injectable()
export class ProfileSnapshotsService {
  constructor(
    private readonly repository: CitizensRepository,
    private readonly events: CaseEventBus,
  ) {}

  /**
   * Called by the profile service inside its transaction: the saved profile goes out as the `citizen.profile_saved`
   * module event (job matching's match profile).
   */
  async profileSaved(citizenId: string, manager: EntityManager): Promise<void> {
    if (!this.events.handles('citizen.profile_saved')) return;
    const [snapshot] = await this.profileSnapshots({ ids: [citizenId] }, manager);
    if (snapshot) await this.events.emit('citizen.profile_saved', snapshot, manager);
  }

  /**
   * Profiles for matching, in id order: by ids, or a page after a cursor (to rebuild a read model).
   * Citizens without a saved profile are left out.
   */
  async profileSnapshots(
    query: { ids?: string[]; after?: string; limit?: number },
    manager?: EntityManager,
  ): Promise<CitizenProfileSnapshot[]> {
    const rows = await this.repository.profileSnapshots(
      query.ids ?? null,
      query.after ?? null,
      query.limit ?? 1000,
      manager,
    );
    return rows.map((r) => ({
      citizenId: r.id,
      municipalityCode: r.municipality_code,
      active: r.status === 'active',
      postalCode: r.postal_code,
      wishedOccupations: r.wished_occupations,
      skillIds: [...new Set(r.skills.flatMap((s) => (s.id ? [s.id] : [])))],
      workArea: r.work_area,
      hours: r.hours,
      languages: r.languages.filter((l) => l.level !== 'basic').map((l) => l.language),
    }));
  }
}
