import { Injectable } from '@nestjs/common';
import { SqlRepository } from '@jobunivers/api/database';
import { type EntityManager } from 'typeorm';
import type { OfferEntity } from './entities/offer.entity';
import type { PlanItemEntity } from './entities/plan.entity';

/** The citizens' ratings of offers in one month (Copenhagen time), as counts of 1…5. */
export interface RatingMonthRow {
  month: string;
  ratings: number[];
}

/** The longest-waiting plan item on an offer's waitlist. */
export interface WaitlistedRow {
  id: string;
  citizen_id: string;
}

/** A waitlisted plan item's place in its offer's queue (1 is next). */
export interface WaitlistPositionRow {
  id: string;
  position: number;
}

/** What a plan item's view reads, by the entity's property names. */
export type PlanItemView = Pick<
  PlanItemEntity,
  | 'id'
  | 'status'
  | 'offerId'
  | 'activityTitle'
  | 'dueDate'
  | 'suggestionNote'
  | 'decisionReason'
  | 'rating'
  | 'createdAt'
>;

/** What an offer's summary (in a plan item, a list) reads. */
export type OfferSummaryView = Pick<
  OfferEntity,
  'id' | 'titleDa' | 'titleEn' | 'kind' | 'mode' | 'provider' | 'sessions' | 'requiresApproval'
>;

/** The offers module's SQL statements, in one place (the services hold the rules). */
@Injectable()
export class OffersRepository extends SqlRepository {
  /** KPI rows: ratings of offers per month rated (Copenhagen time), optionally of some citizens only. */
  ratingStats(municipalityCode: string, citizenIds: string[] | null, from: Date, to: Date): Promise<RatingMonthRow[]> {
    return this.q(
      `SELECT to_char(rated_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM') AS month,
              array[count(*) FILTER (WHERE rating = 1), count(*) FILTER (WHERE rating = 2), count(*) FILTER (WHERE rating = 3), count(*) FILTER (WHERE rating = 4), count(*) FILTER (WHERE rating = 5)]::int[] AS ratings
         FROM offers.plan_item WHERE municipality_code = $1 AND rated_at >= $2 AND rated_at < $3 AND ($4::uuid[] IS NULL OR citizen_id = ANY($4::uuid[]))
        GROUP BY 1 ORDER BY 1`,
      [municipalityCode, from, to, citizenIds],
    );
  }

  /** Takes a place on the offer if one is free (a conditional UPDATE under the CHECK constraint); true when taken. */
  async takePlace(manager: EntityManager, offerId: string): Promise<boolean> {
    // UPDATE … RETURNING answers [rows, affected]: one row means a place was taken.
    const [taken] = await this.q<[unknown[], number]>(
      `UPDATE offers.offer SET enrolled = enrolled + 1 WHERE id = $1 AND (capacity IS NULL OR enrolled < capacity) RETURNING id`,
      [offerId],
      manager,
    );
    return taken.length === 1;
  }

  /** Gives a taken place on the offer back (never below zero). */
  async releasePlace(manager: EntityManager, offerId: string): Promise<void> {
    await this.q(`UPDATE offers.offer SET enrolled = enrolled - 1 WHERE id = $1 AND enrolled > 0`, [offerId], manager);
  }

  /** The longest-waiting item on the offer's waitlist, locked (items locked by others are skipped). */
  async nextWaitlisted(manager: EntityManager, offerId: string): Promise<WaitlistedRow | undefined> {
    const [next] = await this.q<WaitlistedRow[]>(
      `SELECT id, citizen_id FROM offers.plan_item WHERE offer_id = $1 AND status = 'waitlisted' ORDER BY waitlisted_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
      [offerId],
      manager,
    );
    return next;
  }

  /** The waitlist position of each of these (waitlisted) items on its offer. */
  waitlistPositions(itemIds: string[]): Promise<WaitlistPositionRow[]> {
    return this.q(
      `SELECT me.id, (SELECT count(*)::int FROM offers.plan_item o WHERE o.offer_id = me.offer_id AND o.status = 'waitlisted' AND (o.waitlisted_at, o.id) <= (me.waitlisted_at, me.id)) AS position
         FROM offers.plan_item me WHERE me.id = ANY($1::uuid[])`,
      [itemIds],
    );
  }

  /** These citizens' plan items for the export, oldest first, each with its offer's title. */
  async exportPlanItems(citizenIds: string[]): Promise<unknown[]> {
    const rows = await this.q<Array<{ row: unknown }>>(
      `SELECT to_jsonb(i) || jsonb_build_object('offer_title', o.title_da) AS row FROM offers.plan_item i LEFT JOIN offers.offer o ON o.id = i.offer_id WHERE i.citizen_id = ANY($1::uuid[]) ORDER BY i.created_at`,
      [citizenIds],
    );
    return rows.map((r) => r.row);
  }

  /** Retention of these closed cases: the goal goes; the plan items lose their texts. */
  async eraseForCitizens(citizenIds: string[], manager: EntityManager): Promise<void> {
    await this.q(`DELETE FROM offers.plan_goal WHERE citizen_id = ANY($1::uuid[])`, [citizenIds], manager);
    await this.q(
      `UPDATE offers.plan_item SET activity_title = NULL, suggestion_note = NULL, decision_reason = NULL WHERE citizen_id = ANY($1::uuid[])`,
      [citizenIds],
      manager,
    );
  }

  /** The citizen's goal (hot read: "my plan"); undefined: none set. */
  async planGoal(citizenId: string): Promise<{ text: string; occupations: string[] } | undefined> {
    const [row] = await this.q<Array<{ text: string; occupations: string[] }>>(
      `SELECT text, occupations::text[] AS occupations FROM offers.plan_goal WHERE citizen_id = $1`,
      [citizenId],
    );
    return row;
  }

  /** The citizen's plan items, oldest first (hot read: "my plan"; index `plan_item_citizen_idx`). */
  planItems(citizenId: string, limit: number): Promise<PlanItemView[]> {
    return this.q(
      `SELECT id, status, offer_id AS "offerId", activity_title AS "activityTitle", to_char(due_date, 'YYYY-MM-DD') AS "dueDate",
              suggestion_note AS "suggestionNote", decision_reason AS "decisionReason", rating, created_at AS "createdAt"
         FROM offers.plan_item WHERE citizen_id = $1 ORDER BY created_at LIMIT $2`,
      [citizenId, limit],
    );
  }

  /** The summaries of these offers (the offer in a plan item). */
  offerSummaries(ids: string[]): Promise<OfferSummaryView[]> {
    return this.q(
      `SELECT id, title_da AS "titleDa", title_en AS "titleEn", kind, mode, provider, sessions, requires_approval AS "requiresApproval"
         FROM offers.offer WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }
}
