import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  assertCaseActive,
  CitizensErrorCode,
  CitizensException,
  CitizenCasesService,
  OnCaseEvent,
  type CaseEvent,
  type CitizenCase,
} from '@jobunivers/api/citizens';
import type { StaffPrincipal } from '@jobunivers/api/identity';
import { MeetingsService } from '@jobunivers/api/meetings';
import { addDays, addWorkingDays, todayInCopenhagen } from '@jobunivers/api/time';
import { DataSource, type EntityManager, IsNull, Repository } from 'typeorm';
import type { ContactPlanDto, ContactRuleSetListDto, ExemptionQuotaDto } from '../dto/contact.dto';
import { ContactExemptionEntity } from '../entities/contact-exemption.entity';
import { ScreeningErrorCode, ScreeningException } from '../screening.errors';
import type { QueueCandidate } from '../screening-queue.service';
import { ScreeningRepository } from '../screening.repository';
import { computeContactPlan, type PlannedRequirement } from './contact-plan';
import {
  allowedExemptions,
  cohortOf,
  CONTACT_RULE_SETS,
  type ContactRuleGroup,
  type ContactRuleSet,
  groupOf,
  ruleSetFor,
  SIX_MONTHS,
} from './contact-rules';

/** A requirement due within this many working days with no meeting booked goes on the screening queue. */
export const CONTACT_LEAD_WORKING_DAYS = 5;

type Exemption = Pick<ContactExemptionEntity, 'citizenId' | 'reason' | 'byName' | 'createdAt'>;

/**
 * The contact rules in force and each citizen's contact plan (which meetings the law asks for, by
 * when, and which held meeting met each), exemptions within the municipality's allowed share, the
 * queue items for requirements about to be missed or missed, and the coverage KPIs. Meetings are
 * read through the meetings module's facade; cases through the citizens module's.
 */
@Injectable()
export class ContactService {
  constructor(
    @InjectRepository(ContactExemptionEntity) private readonly exemptions: Repository<ContactExemptionEntity>,
    private readonly cases: CitizenCasesService,
    private readonly meetings: MeetingsService,
    private readonly repository: ScreeningRepository,
    private readonly dataSource: DataSource,
  ) {}

  /** A closed case keeps no exemption in force (it no longer takes a place of the quota). */
  @OnCaseEvent('case_closed')
  async onCaseClosed(event: CaseEvent<'case_closed'>, manager: EntityManager): Promise<void> {
    await manager.update(
      ContactExemptionEntity,
      { citizenId: event.citizenId, liftedAt: IsNull() },
      { liftedAt: new Date() },
    );
  }

  ruleSets(): ContactRuleSetListDto {
    return {
      items: CONTACT_RULE_SETS.map(({ groups, ...set }) => ({
        ...set,
        groups: groups.map((g) => ({ ...g, requirements: g.requirements.map((r) => ({ ...r })) })),
      })),
    };
  }

  // ── plans ───────────────────────────────────────────────────────────────────

  async myPlan(citizenId: string): Promise<ContactPlanDto> {
    const kase = await this.cases.caseOf(citizenId);
    if (!kase) throw new CitizensException(CitizensErrorCode.CaseClosed);
    return this.planOf(kase);
  }

  async staffPlan(actor: StaffPrincipal, citizenId: string, purpose?: string): Promise<ContactPlanDto> {
    const kase = await this.cases.authorize(actor, citizenId, {
      action: 'read',
      resource: 'screening.contact_plan',
      purpose,
    });
    return this.planOf(kase);
  }

  async quota(actor: StaffPrincipal, citizenId: string, purpose?: string): Promise<ExemptionQuotaDto> {
    const kase = await this.cases.authorize(actor, citizenId, {
      action: 'read',
      resource: 'screening.contact_exemption_quota',
      purpose,
    });
    return this.quotaOf(kase);
  }

  private async planOf(kase: CitizenCase, manager?: EntityManager): Promise<ContactPlanDto> {
    const [plans, exemptions] = await Promise.all([
      this.plansOf([kase], todayInCopenhagen(), manager),
      this.exemptionsOf([kase.id], manager),
    ]);
    const { ruleSet, group, requirements } = plans.get(kase.id)!;
    const exemption = exemptions.get(kase.id);
    return {
      ruleSetId: ruleSet.id,
      targetGroup: group.targetGroup,
      unemployedSince: kase.unemployedSince,
      requirements,
      exemption: exemption
        ? { reason: exemption.reason, by: exemption.byName, at: exemption.createdAt.toISOString() }
        : null,
    };
  }

  /** The plans of many cases at once (one read of meetings, one of exemptions). */
  private async plansOf(
    cases: CitizenCase[],
    today: string,
    manager?: EntityManager,
  ): Promise<Map<string, { ruleSet: ContactRuleSet; group: ContactRuleGroup; requirements: PlannedRequirement[] }>> {
    const ids = cases.map((c) => c.id);
    const [meetings, exemptions] = await Promise.all([
      this.meetings.contactMeetings(ids, manager),
      this.exemptionsOf(ids, manager),
    ]);
    return new Map(
      cases.map((kase) => {
        const ruleSet = ruleSetFor(kase.unemployedSince);
        const group = groupOf(ruleSet, kase.benefitType);
        const requirements = computeContactPlan({
          group,
          unemployedSince: kase.unemployedSince,
          today,
          meetings: meetings.get(kase.id) ?? [],
          exempt: exemptions.has(kase.id),
        });
        return [kase.id, { ruleSet, group, requirements }];
      }),
    );
  }

  private async exemptionsOf(citizenIds: string[], manager?: EntityManager): Promise<Map<string, Exemption>> {
    if (citizenIds.length === 0) return new Map();
    const rows = await (manager?.getRepository(ContactExemptionEntity) ?? this.exemptions)
      .createQueryBuilder('e')
      .select(['e.citizenId', 'e.reason', 'e.byName', 'e.createdAt'])
      .where('e.citizenId = ANY(:ids::uuid[]) AND e.liftedAt IS NULL', { ids: citizenIds })
      .getMany();
    return new Map(rows.map((r) => [r.citizenId, r]));
  }

  // ── exemptions ──────────────────────────────────────────────────────────────

  private async quotaOf(kase: CitizenCase, manager?: EntityManager): Promise<ExemptionQuotaDto> {
    const ruleSet = ruleSetFor(kase.unemployedSince);
    const group = groupOf(ruleSet, kase.benefitType);
    const { cohort, from, to } = cohortOf(kase.unemployedSince);
    const [cohortSize, exempt] = await Promise.all([
      this.cases.countStarted(kase.municipalityCode, kase.benefitType, from, to, manager),
      (manager?.getRepository(ContactExemptionEntity) ?? this.exemptions).countBy({
        municipalityCode: kase.municipalityCode,
        targetGroup: group.targetGroup,
        cohort,
        liftedAt: IsNull(),
      }),
    ]);
    const allowed = allowedExemptions(cohortSize, ruleSet.maxExemptShare);
    return {
      targetGroup: group.targetGroup,
      ruleSetId: ruleSet.id,
      cohort,
      cohortFrom: from,
      cohortTo: to,
      cohortSize,
      exempt,
      maxShare: ruleSet.maxExemptShare,
      allowed,
      remaining: Math.max(0, allowed - exempt),
    };
  }

  /**
   * Exempts a citizen. The quota holds under concurrency: a transaction-scoped advisory lock per
   * (municipality, target group, cohort) makes exemptions of one cohort take turns, so of two
   * caseworkers taking the last free place at once exactly one succeeds.
   */
  async exempt(actor: StaffPrincipal, citizenId: string, reason: string, purpose?: string): Promise<ContactPlanDto> {
    return this.dataSource.transaction(async (manager) => {
      const kase = await this.cases.authorize(
        actor,
        citizenId,
        { action: 'create', resource: 'screening.contact_exemption', purpose },
        manager,
      );
      assertCaseActive(kase);
      const ruleSet = ruleSetFor(kase.unemployedSince);
      const group = groupOf(ruleSet, kase.benefitType);
      if (!group.requirements.some((r) => r.exemptable) || ruleSet.maxExemptShare <= 0)
        throw new ScreeningException(ScreeningErrorCode.ExemptionNotApplicable);
      const { cohort } = cohortOf(kase.unemployedSince);
      await this.repository.advisoryXactLock(
        manager,
        `contact-exemption:${kase.municipalityCode}:${group.targetGroup}:${cohort}`,
      );
      if (await manager.existsBy(ContactExemptionEntity, { citizenId: kase.id, liftedAt: IsNull() }))
        throw new ScreeningException(ScreeningErrorCode.AlreadyExempt);
      const quota = await this.quotaOf(kase, manager);
      if (quota.remaining < 1) {
        throw new ScreeningException(
          ScreeningErrorCode.ExemptionQuotaExceeded,
          `The municipality may exempt at most ${quota.allowed} of the ${quota.cohortSize} citizens in ${group.targetGroup} who started in ${cohort} (${Math.round(quota.maxShare * 100)} %); ${quota.exempt} are exempt.`,
        );
      }
      await manager.insert(ContactExemptionEntity, {
        citizenId: kase.id,
        municipalityCode: kase.municipalityCode,
        targetGroup: group.targetGroup,
        cohort,
        ruleSetId: ruleSet.id,
        reason,
        byId: actor.id,
        byName: actor.name,
        liftedAt: null,
        liftedBy: null,
      });
      await this.cases.recordEvent(kase.id, 'contact_exempted', { targetGroup: group.targetGroup, cohort }, manager);
      return this.planOf(kase, manager);
    });
  }

  async lift(actor: StaffPrincipal, citizenId: string, purpose?: string): Promise<ContactPlanDto> {
    return this.dataSource.transaction(async (manager) => {
      const kase = await this.cases.authorize(
        actor,
        citizenId,
        { action: 'update', resource: 'screening.contact_exemption', purpose },
        manager,
      );
      const current = await manager.findOneBy(ContactExemptionEntity, { citizenId: kase.id, liftedAt: IsNull() });
      if (!current) throw new ScreeningException(ScreeningErrorCode.NotExempt);
      await manager.update(
        ContactExemptionEntity,
        { id: current.id, liftedAt: IsNull() },
        { liftedAt: new Date(), liftedBy: actor.id },
      );
      await this.cases.recordEvent(
        kase.id,
        'contact_exemption_lifted',
        { targetGroup: current.targetGroup, cohort: current.cohort },
        manager,
      );
      return this.planOf(kase, manager);
    });
  }

  // ── the daily scan and the KPIs ─────────────────────────────────────────────

  /**
   * Queue items for a batch of active cases: a requirement due within 5 working days with no meeting
   * booked (`contact_due`), and one missed (`contact_overdue`) — each once (the queue's unique key).
   * Requirements due before the citizen was registered are not the municipality's to catch up.
   */
  async queueCandidates(cases: CitizenCase[], today: string): Promise<QueueCandidate[]> {
    const plans = await this.plansOf(cases, today);
    const horizon = addWorkingDays(today, CONTACT_LEAD_WORKING_DAYS);
    return cases.flatMap((kase) => {
      const registered = todayInCopenhagen(kase.registeredAt);
      const { ruleSet, requirements } = plans.get(kase.id)!;
      return requirements.flatMap((r): QueueCandidate[] => {
        if (r.dueBy < registered) return [];
        const dueKey = `contact-${ruleSet.id}-${r.kind}-${r.index}`;
        if (r.status === 'overdue') return [{ citizen: kase, reason: 'contact_overdue', dueKey, dueDate: r.dueBy }];
        if (r.status === 'due' && r.meetingId === null && r.dueBy <= horizon)
          return [{ citizen: kase, reason: 'contact_due', dueKey, dueDate: r.dueBy }];
        return [];
      });
    });
  }

  /**
   * KPI counts per month and target group. Coverage: citizens close to the labour market whose first
   * 6 months ended in the month (under a rule set with a coverage target), and how many of them had
   * every meeting due within 6 months met. Exempt share: citizens whose unemployment started in the
   * month, and how many of them are exempt now.
   */
  async contactStats(
    municipalityCode: string,
    citizenIds: string[] | null,
    from: string,
    to: string,
  ): Promise<{
    coverage: Array<{ month: string; targetGroup: string; covered: number; total: number }>;
    exempt: Array<{ month: string; targetGroup: string; exempt: number; started: number }>;
  }> {
    const today = todayInCopenhagen();
    const ended = (
      await this.cases.casesStarted(municipalityCode, addDays(from, -SIX_MONTHS), addDays(to, -SIX_MONTHS), {
        ids: citizenIds,
      })
    ).filter((c) => {
      const set = ruleSetFor(c.unemployedSince);
      return set.coverageTarget !== null && groupOf(set, c.benefitType).closeToLabourMarket;
    });
    const coverage = new Map<string, { month: string; targetGroup: string; covered: number; total: number }>();
    const plans = await this.plansOf(ended, today);
    for (const kase of ended) {
      const { group, requirements } = plans.get(kase.id)!;
      const month = addDays(kase.unemployedSince, SIX_MONTHS).slice(0, 7);
      const sixMonths = group.requirements
        .filter((r) => r.withinDays !== null && r.withinDays <= SIX_MONTHS)
        .map((r) => r.kind);
      const row = coverage.get(`${month}/${group.targetGroup}`) ?? {
        month,
        targetGroup: group.targetGroup,
        covered: 0,
        total: 0,
      };
      row.total++;
      if (requirements.filter((r) => sixMonths.includes(r.kind)).every((r) => r.status === 'met')) row.covered++;
      coverage.set(`${month}/${group.targetGroup}`, row);
    }
    const started = (await this.cases.casesStarted(municipalityCode, from, to, { ids: citizenIds })).filter((c) => {
      const set = ruleSetFor(c.unemployedSince);
      return set.maxExemptShare > 0 && groupOf(set, c.benefitType).closeToLabourMarket;
    });
    const exemptions = await this.exemptionsOf(started.map((c) => c.id));
    const exempt = new Map<string, { month: string; targetGroup: string; exempt: number; started: number }>();
    for (const kase of started) {
      const targetGroup = groupOf(ruleSetFor(kase.unemployedSince), kase.benefitType).targetGroup;
      const month = kase.unemployedSince.slice(0, 7);
      const row = exempt.get(`${month}/${targetGroup}`) ?? { month, targetGroup, exempt: 0, started: 0 };
      row.started++;
      if (exemptions.has(kase.id)) row.exempt++;
      exempt.set(`${month}/${targetGroup}`, row);
    }
    return { coverage: [...coverage.values()], exempt: [...exempt.values()] };
  }
}
