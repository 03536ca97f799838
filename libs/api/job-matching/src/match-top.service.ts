import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { MatchProfileEntity } from './entities/match-profile.entity';
import { MATCH_TOP_SIZE, MatchTopRepository } from './match-top.repository';
import {
  type FeedbackRow,
  type ListedRow,
  MatchingRepository,
  type Penalised,
  type ScoredRow,
} from './matching.repository';

/** What the citizen's "not relevant" marks penalise: these ads, their employers, and occupations marked twice or more. */
export function penalisedBy(feedback: FeedbackRow[]): Penalised {
  const marked = feedback.filter((f) => f.notRelevant);
  const perOccupation = new Map<string, number>();
  for (const m of marked) perOccupation.set(m.occupation, (perOccupation.get(m.occupation) ?? 0) + 1);
  return {
    adIds: marked.map((m) => m.id),
    employers: [...new Set(marked.map((m) => m.employer))],
    occupations: [...perOccupation].filter(([, n]) => n >= 2).map(([o]) => o),
  };
}

/** A profile matches something only once it wishes an occupation or has a skill. */
export const profileReady = (p: MatchProfileEntity | null): p is MatchProfileEntity =>
  !!p && (p.wished.length > 0 || p.skills.length > 0);

/**
 * The citizen's matches as a maintained top-N list (issue 22, step 3): a read scores the listed ads (and any the
 * alert pass has not reached yet) instead of every ad in the work area. The list is filled on the first read, when
 * the profile is saved and on "not relevant" marks; the alert pass adds new ads to it; a read that finds fewer than
 * the asked-for open ads in a list that did not hold every match fills it again.
 */
@Injectable()
export class MatchTopService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly matching: MatchingRepository,
    private readonly top: MatchTopRepository,
  ) {}

  /** The citizen's best `limit` open ads, scored, best first: the same rows the full ranking gives. */
  async ranked(profile: MatchProfileEntity, feedback: FeedbackRow[], limit: number): Promise<ScoredRow[]> {
    const penalised = penalisedBy(feedback);
    if (limit > MATCH_TOP_SIZE) return this.matching.score(profile, penalised, { limit });
    const rows = (await this.matching.score(profile, penalised, { limit, listed: true })) as ListedRow[];
    const complete = rows.length
      ? rows[0].list_complete
      : ((await this.top.state(profile.citizenId))?.complete ?? null);
    // Every listed ad outranks every processed ad left out, so `limit` open listed ones are the top `limit`.
    if (complete === true || (complete === false && rows.length > 0 && rows[0].listed_open >= limit)) return rows;
    return (await this.fill(profile, feedback)).slice(0, limit);
  }

  /** Computes the citizen's list from every open ad and stores it (in `manager`'s transaction, or a new one). */
  async fill(profile: MatchProfileEntity, feedback: FeedbackRow[], manager?: EntityManager): Promise<ScoredRow[]> {
    const run = async (m: EntityManager) => {
      await this.top.lockShared(m);
      const rows = await this.matching.score(profile, penalisedBy(feedback), { limit: MATCH_TOP_SIZE }, m);
      await this.top.store(profile.citizenId, rows, rows.length < MATCH_TOP_SIZE, m);
      return rows;
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  /** Recomputes the citizen's list from their stored profile and marks (a saved profile, a "not relevant" mark). */
  async refill(citizenId: string, manager?: EntityManager): Promise<void> {
    const m = manager ?? this.dataSource.manager;
    const profile = await m.findOneBy(MatchProfileEntity, { citizenId });
    const feedback = await this.matching.feedbackOf(citizenId, manager);
    if (profileReady(profile)) await this.fill(profile, feedback, manager);
    else await this.top.clear([citizenId], manager);
  }

  /** Drops these citizens' lists (profiles rewritten in bulk): their next reads fill them. */
  clear(citizenIds: string[], manager?: EntityManager): Promise<void> {
    return this.top.clear(citizenIds, manager);
  }
}
