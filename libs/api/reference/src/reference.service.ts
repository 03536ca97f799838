import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Page, toPage } from '@jobunivers/api/http';
import { type EntityManager, In, Repository } from 'typeorm';
import type { MunicipalityDto, MunicipalityQueryDto } from './dto/municipality.dto';
import type { OccupationDto, OccupationQueryDto } from './dto/occupation.dto';
import type { PostalCodeDto, PostalCodeQueryDto } from './dto/postal-code.dto';
import { OccupationEntity } from './entities/occupation.entity';
import { MunicipalityEntity } from './entities/municipality.entity';
import { PostalCodeEntity } from './entities/postal-code.entity';
import { distanceKm } from './geo';
import { SKILLS } from './skills';
import { ReferenceErrorCode, ReferenceException } from './reference.errors';

const toMunicipality = (m: MunicipalityEntity): MunicipalityDto => ({
  code: m.code,
  name: m.name,
  region: m.region,
  regionCode: m.regionCode,
  unitName: m.unitName,
  latitude: m.latitude,
  longitude: m.longitude,
});

/** Facade of the reference module: municipalities, postal codes, distances between them. */
@Injectable()
export class ReferenceService implements OnModuleInit {
  constructor(
    @InjectRepository(MunicipalityEntity) private readonly municipalities: Repository<MunicipalityEntity>,
    @InjectRepository(PostalCodeEntity) private readonly postalCodes: Repository<PostalCodeEntity>,
    @InjectRepository(OccupationEntity) private readonly occupations: Repository<OccupationEntity>,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.catalogues();
  }

  private catalogue?: Promise<{
    occupations: Map<string, OccupationDto>;
    postalCodes: Map<string, PostalCodeEntity>;
    municipalities: Map<string, MunicipalityDto>;
  }>;

  /**
   * The static catalogues in memory (436 occupations, ~1,100 postal codes, 98 municipalities; loaded
   * by migration, never changed at run time) for modules that look up many codes at once, e.g. a
   * bulk job-ad import. Loaded at start, so callers inside a transaction (imports, the demo seed)
   * never ask the pool for a second connection.
   */
  catalogues(): Promise<{
    occupations: Map<string, OccupationDto>;
    postalCodes: Map<string, PostalCodeEntity>;
    municipalities: Map<string, MunicipalityDto>;
  }> {
    this.catalogue ??= Promise.all([this.occupations.find(), this.postalCodes.find(), this.municipalities.find()]).then(
      ([o, p, m]) => ({
        occupations: new Map(o.map((x) => [x.code, { code: x.code, titleDa: x.titleDa, titleEn: x.titleEn }])),
        postalCodes: new Map(p.map((x) => [x.code, x])),
        municipalities: new Map(m.map((x) => [x.code, toMunicipality(x)])),
      }),
    );
    this.catalogue.catch(() => (this.catalogue = undefined));
    return this.catalogue;
  }

  /** The occupation catalogue: words of either title, accents ignored; titles starting with the words first. */
  async searchOccupations(query: OccupationQueryDto): Promise<Page<OccupationDto>> {
    const qb = this.occupations.createQueryBuilder('o');
    const q = query.q?.trim();
    if (q) {
      const words = q.split(/\s+/).slice(0, 5);
      words.forEach((word, i) => {
        const like = `%${word.replace(/[\\%_]/g, '\\$&')}%`;
        qb.andWhere(
          `(o.code LIKE :code${i} OR unaccent(lower(o.titleDa)) LIKE unaccent(lower(:w${i})) OR unaccent(lower(o.titleEn)) LIKE unaccent(lower(:w${i})))`,
          { [`w${i}`]: like, [`code${i}`]: `${word}%` },
        );
      });
      qb.orderBy(
        `CASE WHEN unaccent(lower(o.titleDa)) LIKE unaccent(lower(:first)) OR unaccent(lower(o.titleEn)) LIKE unaccent(lower(:first)) THEN 0 ELSE 1 END`,
        'ASC',
      ).setParameter('first', `${words[0]}%`);
      qb.addOrderBy('o.titleDa', 'ASC');
    } else {
      qb.orderBy('o.code', 'ASC');
    }
    const [rows, total] = await qb.skip(query.offset).take(query.limit).getManyAndCount();
    return toPage(
      rows.map((o) => ({ code: o.code, titleDa: o.titleDa, titleEn: o.titleEn })),
      total,
      query,
    );
  }

  /** The skill catalogue, filtered by words of either name (accents and case ignored). */
  searchSkills(q?: string): Array<{ id: string; da: string; en: string }> {
    const fold = (s: string) =>
      s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/æ/g, 'ae')
        .replace(/ø/g, 'o')
        .replace(/å/g, 'a')
        .toLowerCase();
    const words = fold(q ?? '')
      .split(/\s+/)
      .filter(Boolean);
    return SKILLS.filter((s) => words.every((w) => fold(s.da).includes(w) || fold(s.en).includes(w)));
  }

  isSkill(id: string): boolean {
    return SKILLS.some((s) => s.id === id);
  }

  async getOccupation(code: string): Promise<OccupationDto> {
    const o = await this.occupations.findOneBy({ code });
    if (!o)
      throw new ReferenceException(ReferenceErrorCode.OccupationNotFound, `${code} is not an ISCO-08 unit group.`);
    return { code: o.code, titleDa: o.titleDa, titleEn: o.titleEn };
  }

  /** Those of the codes that are not in the catalogue (for validating a profile). */
  async unknownOccupations(codes: string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const known = new Set((await this.occupations.findBy({ code: In(codes) })).map((o) => o.code));
    return codes.filter((c) => !known.has(c));
  }

  async listMunicipalities(query: MunicipalityQueryDto): Promise<Page<MunicipalityDto>> {
    const qb = this.municipalities.createQueryBuilder('m');
    if (query.q)
      qb.andWhere('(m.name ILIKE :prefix OR m.code = :q)', {
        prefix: `${query.q.replace(/[\\%_]/g, '\\$&')}%`,
        q: query.q,
      });
    if (query.region) qb.andWhere('m.region = :region', { region: query.region });
    const field = query.sort.replace('-', '') as 'code' | 'name';
    qb.orderBy(`m.${field}`, query.sort.startsWith('-') ? 'DESC' : 'ASC').addOrderBy('m.code', 'ASC');
    const [rows, total] = await qb.skip(query.offset).take(query.limit).getManyAndCount();
    return toPage(rows.map(toMunicipality), total, query);
  }

  async getMunicipality(code: string): Promise<MunicipalityDto> {
    const m = await this.municipalities.findOneBy({ code });
    if (!m)
      throw new ReferenceException(ReferenceErrorCode.MunicipalityNotFound, `No municipality has the code ${code}.`);
    return toMunicipality(m);
  }

  /** The unit names of these municipalities (read fresh: admins change them at run time). */
  async unitNamesOf(codes: string[], manager?: EntityManager): Promise<Map<string, string>> {
    if (codes.length === 0) return new Map();
    const rows = await (manager?.getRepository(MunicipalityEntity) ?? this.municipalities).find({
      where: { code: In([...new Set(codes)]) },
      select: { code: true, unitName: true },
    });
    return new Map(rows.map((r) => [r.code, r.unitName]));
  }

  /** Inside a transaction, pass its manager (no second connection from the pool). */
  async unitNameOf(code: string, manager?: EntityManager): Promise<string> {
    return (await this.unitNamesOf([code], manager)).get(code) ?? 'Kommunen';
  }

  /** A municipality admin names their own municipality's unit; another municipality is not theirs (404). */
  async setUnitName(actorMunicipality: string, code: string, unitName: string): Promise<MunicipalityDto> {
    if (code !== actorMunicipality)
      throw new ReferenceException(
        ReferenceErrorCode.MunicipalityNotFound,
        `You administer municipality ${actorMunicipality}, not ${code}.`,
      );
    await this.municipalities.update({ code }, { unitName });
    return this.getMunicipality(code);
  }

  async listPostalCodes(query: PostalCodeQueryDto): Promise<Page<PostalCodeDto>> {
    const qb = this.postalCodes.createQueryBuilder('p');
    if (query.q) {
      const prefix = `${query.q.replace(/[\\%_]/g, '\\$&')}%`;
      qb.andWhere('(p.code LIKE :prefix OR p.name ILIKE :prefix)', { prefix });
    }
    if (query.municipality)
      qb.andWhere(':municipality = ANY(p.municipality_codes)', { municipality: query.municipality });
    const [rows, total] = await qb.orderBy('p.code', 'ASC').skip(query.offset).take(query.limit).getManyAndCount();
    return toPage(await this.withMunicipalities(rows), total, query);
  }

  async getPostalCode(code: string): Promise<PostalCodeDto> {
    const p = await this.postalCodes.findOneBy({ code });
    if (!p) throw new ReferenceException(ReferenceErrorCode.PostalCodeNotFound, `${code} is not a Danish postal code.`);
    return (await this.withMunicipalities([p]))[0];
  }

  /** Distance in km between the centre points of two postal codes (e.g. a citizen's and a job's). */
  async distanceBetweenPostalCodes(from: string, to: string): Promise<number> {
    const [a, b] = await Promise.all([this.getPostalCode(from), this.getPostalCode(to)]);
    return distanceKm(a, b);
  }

  private async withMunicipalities(rows: PostalCodeEntity[]): Promise<PostalCodeDto[]> {
    const codes = [...new Set(rows.flatMap((r) => r.municipalityCodes))];
    const byCode = new Map(
      (codes.length ? await this.municipalities.findBy({ code: In(codes) }) : []).map((m) => [
        m.code,
        toMunicipality(m),
      ]),
    );
    return rows.map((r) => ({
      code: r.code,
      name: r.name,
      latitude: r.latitude,
      longitude: r.longitude,
      municipalities: r.municipalityCodes.flatMap((c) => (byCode.has(c) ? [byCode.get(c)!] : [])),
    }));
  }
}
