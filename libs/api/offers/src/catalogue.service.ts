import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CitizenCasesService, type CaseActor } from '@jobunivers/api/citizens';
import { PlatformException } from '@jobunivers/api/errors';
import { type Page, toPage } from '@jobunivers/api/http';
import type { CitizenPrincipal, StaffPrincipal } from '@jobunivers/api/identity';
import { ReferenceService } from '@jobunivers/api/reference';
import { ScreeningService } from '@jobunivers/api/screening';
import { Brackets, DataSource, QueryFailedError, Repository } from 'typeorm';
import type { OfferDto, OfferInputDto, OfferPatchDto, OfferQueryDto } from './dto/offers.dto';
import { OfferEntity } from './entities/offer.entity';
import { offerBenefitTypesFor } from './eligibility';
import { EnrolmentService } from './enrolment.service';
import { offerDto } from './offer-views.service';
import { OffersErrorCode, OffersException } from './offers.errors';

/**
 * The municipality's offer catalogue: staff add and change offers (with their sessions and capacity); citizens
 * search the published offers they are eligible for.
 */
@Injectable()
export class CatalogueService {
  constructor(
    @InjectRepository(OfferEntity) private readonly offers: Repository<OfferEntity>,
    private readonly enrolment: EnrolmentService,
    private readonly cases: CitizenCasesService,
    private readonly screening: ScreeningService,
    private readonly reference: ReferenceService,
    private readonly dataSource: DataSource,
  ) {}

  private validateOffer(input: Partial<OfferInputDto>): void {
    const errors: Array<{ field: string; message: string }> = [];
    (input.sessions ?? []).forEach((s, i) => {
      if (Date.parse(s.end) <= Date.parse(s.start))
        errors.push({ field: `sessions.${i}.end`, message: 'end must be after start' });
    });
    (input.skills ?? []).forEach((id, i) => {
      if (!this.reference.isSkill(id))
        errors.push({ field: `skills.${i}`, message: `${id} is not a catalogue skill (GET /skills)` });
    });
    if (errors.length) throw PlatformException.validation(errors);
  }

  async create(actor: CaseActor, input: OfferInputDto): Promise<OfferDto> {
    this.validateOffer(input);
    const saved = await this.offers.save(
      this.offers.create({
        ...input,
        municipalityCode: actor.municipalityCode,
        location: input.location ?? null,
        selfPaced: input.selfPaced ?? (input.sessions ?? []).length === 0,
        sessions: (input.sessions ?? []).map((s) => ({
          start: new Date(s.start).toISOString(),
          end: new Date(s.end).toISOString(),
        })),
        capacity: input.capacity ?? null,
        benefitTypes: input.benefitTypes ?? [],
        tracks: input.tracks ?? [],
        requiresApproval: input.requiresApproval ?? false,
        skills: input.skills ?? [],
        status: input.status ?? 'draft',
        enrolled: 0,
      }),
    );
    return offerDto(saved);
  }

  async update(actor: CaseActor, id: string, input: OfferPatchDto): Promise<OfferDto> {
    this.validateOffer(input);
    const offer = await this.offers.findOneBy({ id, municipalityCode: actor.municipalityCode });
    if (!offer) throw new OffersException(OffersErrorCode.OfferNotFound);
    if (input.capacity !== undefined && input.capacity !== null && input.capacity < offer.enrolled)
      throw new OffersException(OffersErrorCode.CapacityBelowEnrolled, `${offer.enrolled} places are taken.`);
    const changes: Partial<OfferEntity> = {
      ...input,
      ...(input.sessions
        ? {
            sessions: input.sessions.map((s) => ({
              start: new Date(s.start).toISOString(),
              end: new Date(s.end).toISOString(),
            })),
          }
        : {}),
    } as Partial<OfferEntity>;
    try {
      await this.offers.update({ id: offer.id }, changes);
    } catch (error) {
      // A place taken between the read and the update: the CHECK constraint has the last word.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23514')
        throw new OffersException(OffersErrorCode.CapacityBelowEnrolled);
      throw error;
    }
    // More places: the waitlist moves up at once.
    if (input.capacity !== undefined)
      await this.dataSource.transaction((manager) => this.enrolment.promote(manager, offer.id));
    return offerDto((await this.offers.findOneBy({ id: offer.id }))!);
  }

  /** Citizens: published offers they are eligible for. Staff: their municipality's, any status. */
  async list(principal: CitizenPrincipal | StaffPrincipal, query: OfferQueryDto): Promise<Page<OfferDto>> {
    const qb = this.offers.createQueryBuilder('o').where('o.municipalityCode = :m', { m: principal.municipalityCode });
    if (principal.kind === 'citizen') {
      const kase = await this.cases.activeCase(principal.id);
      const track = (await this.screening.tracksOf([kase.id])).get(kase.id) ?? 'undecided';
      qb.andWhere(`o.status = 'published'`)
        .andWhere(`(cardinality(o.benefitTypes) = 0 OR o.benefitTypes && :benefits::text[])`, {
          benefits: offerBenefitTypesFor(kase.benefitType),
        })
        .andWhere(`(cardinality(o.tracks) = 0 OR :track = ANY(o.tracks))`, { track });
    } else if (query.status) qb.andWhere('o.status = :status', { status: query.status });
    if (query.kind) qb.andWhere('o.kind = :kind', { kind: query.kind });
    if (query.mode) qb.andWhere('o.mode = :mode', { mode: query.mode });
    if (query.from) {
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('o.selfPaced')
            .orWhere(
              `EXISTS (SELECT 1 FROM jsonb_array_elements(o.sessions) s WHERE (s->>'start')::timestamptz >= :from::date)`,
              { from: query.from },
            ),
        ),
      );
    }
    for (const [i, word] of (query.q ?? '').split(/\s+/).filter(Boolean).slice(0, 5).entries()) {
      qb.andWhere(
        `unaccent(lower(o.titleDa || ' ' || o.titleEn || ' ' || o.descriptionDa || ' ' || o.descriptionEn || ' ' || o.provider)) LIKE unaccent(lower(:w${i}))`,
        { [`w${i}`]: `%${word.replace(/[%_\\]/g, '\\$&')}%` },
      );
    }
    const [rows, total] = await qb
      .orderBy('o.titleDa', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
    return toPage(rows.map(offerDto), total, query);
  }

  async get(principal: CitizenPrincipal | StaffPrincipal, id: string): Promise<OfferDto> {
    const offer = await this.offers.findOneBy({ id, municipalityCode: principal.municipalityCode });
    if (!offer || (principal.kind === 'citizen' && offer.status !== 'published'))
      throw new OffersException(OffersErrorCode.OfferNotFound);
    return offerDto(offer);
  }
}
