import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Language } from '@jobunivers/api/citizens';
import { ReferenceService } from '@jobunivers/api/reference';
import { Repository } from 'typeorm';
import type { JobAdDto } from './dto/job-ads.dto';
import { JobAdEntity } from './entities/job-ad.entity';
import { JobMatchingErrorCode, JobMatchingException } from './job-matching.errors';

/**
 * Reading job ads, for the other concerns (matches, suggestions, saved jobs, alerts, the joblog, search): one ad or
 * many, an ad from a raw row, the ad as a list item and as schema.org JobPosting JSON-LD (the export), skill names.
 */
@Injectable()
export class JobAdViewsService {
  constructor(
    @InjectRepository(JobAdEntity) private readonly ads: Repository<JobAdEntity>,
    private readonly reference: ReferenceService,
  ) {}

  /** The ad, open or not; 404 when there is none. */
  async get(id: string): Promise<JobAdEntity> {
    const ad = await this.ads.findOneBy({ id });
    if (!ad) throw new JobMatchingException(JobMatchingErrorCode.JobAdNotFound);
    return ad;
  }

  /** An ad from a raw `job_matching.job_ad` row (`a.*` plus `date_posted_text`), e.g. the ranking query's. */
  fromRow(r: Record<string, unknown>): JobAdEntity {
    const col = <T>(name: string) => r[name] as T;
    return Object.assign(new JobAdEntity(), {
      id: col<string>('id'),
      source: col<string>('source'),
      identifier: col<string>('identifier'),
      ownerMunicipalityCode: col<string | null>('owner_municipality_code'),
      title: col<string>('title'),
      description: col<string>('description'),
      employer: col<string>('employer'),
      employerUrl: col<string | null>('employer_url'),
      datePosted: col<string>('date_posted_text'),
      validThrough: col<Date | null>('valid_through'),
      employmentType: col<string[]>('employment_type'),
      hours: col<JobAdEntity['hours']>('hours'),
      workHours: col<string | null>('work_hours'),
      streetAddress: col<string | null>('street_address'),
      postalCode: col<string>('postal_code'),
      locality: col<string>('locality'),
      municipalityCode: col<string>('municipality_code'),
      latitude: col<number>('latitude'),
      longitude: col<number>('longitude'),
      occupation: col<string>('occupation'),
      occupationGroup: col<string>('occupation_group'),
      skills: col<string[]>('skills'),
      otherSkills: col<string[]>('other_skills'),
      language: col<string>('language'),
      salary: col<JobAdEntity['salary']>('salary'),
      url: col<string | null>('url'),
      alertsDoneAt: col<Date | null>('alerts_done_at'),
      createdAt: col<Date>('created_at'),
      updatedAt: col<Date>('updated_at'),
    });
  }

  /** The ads with these ids, by id (ids of no ad are left out). */
  async byIds(ids: string[]): Promise<Map<string, JobAdEntity>> {
    if (ids.length === 0) return new Map();
    const rows = await this.ads.createQueryBuilder('a').where('a.id = ANY(:ids)', { ids }).getMany();
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** The ad as schema.org JobPosting JSON-LD, as it would be published. */
  async jsonLd(id: string, baseUrl: string): Promise<Record<string, unknown>> {
    const a = await this.get(id);
    const { occupations, municipalities } = await this.reference.catalogues();
    return {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      '@id': `${baseUrl}/api/v1/job-ads/${a.id}`,
      identifier: { '@type': 'PropertyValue', name: a.source, value: a.identifier },
      title: a.title,
      description: a.description,
      datePosted: a.datePosted,
      ...(a.validThrough ? { validThrough: a.validThrough.toISOString() } : {}),
      ...(a.employmentType.length ? { employmentType: a.employmentType } : {}),
      hiringOrganization: {
        '@type': 'Organization',
        name: a.employer,
        ...(a.employerUrl ? { sameAs: a.employerUrl } : {}),
      },
      jobLocation: {
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          ...(a.streetAddress ? { streetAddress: a.streetAddress } : {}),
          postalCode: a.postalCode,
          addressLocality: a.locality,
          addressRegion: municipalities.get(a.municipalityCode)?.region,
          addressCountry: 'DK',
        },
        geo: { '@type': 'GeoCoordinates', latitude: a.latitude, longitude: a.longitude },
      },
      occupationalCategory: {
        '@type': 'CategoryCode',
        codeValue: a.occupation,
        inCodeSet: 'ISCO-08',
        name: occupations.get(a.occupation)?.titleEn,
      },
      ...(a.skills.length || a.otherSkills.length
        ? {
            skills: [
              ...a.skills.map((s) => ({
                '@type': 'DefinedTerm',
                termCode: s,
                name: this.skillName(s, 'da'),
                inDefinedTermSet: `${baseUrl}/api/v1/skills`,
              })),
              ...a.otherSkills,
            ],
          }
        : {}),
      inLanguage: a.language,
      ...(a.salary
        ? {
            baseSalary: {
              '@type': 'MonetaryAmount',
              currency: a.salary.currency,
              value: {
                '@type': 'QuantitativeValue',
                ...(a.salary.value !== undefined ? { value: a.salary.value } : {}),
                ...(a.salary.minValue !== undefined ? { minValue: a.salary.minValue } : {}),
                ...(a.salary.maxValue !== undefined ? { maxValue: a.salary.maxValue } : {}),
                ...(a.salary.unitText ? { unitText: a.salary.unitText } : {}),
              },
            },
          }
        : {}),
      ...(a.workHours ? { workHours: a.workHours } : {}),
      ...(a.url ? { url: a.url } : {}),
      dateModified: a.updatedAt.toISOString(),
    };
  }

  private skillsById?: Map<string, { da: string; en: string }>;

  /** A catalogue skill's name in the language (the id itself for a skill not in the catalogue). */
  skillName(id: string, language: Language): string {
    this.skillsById ??= new Map(this.reference.searchSkills().map((x) => [x.id, x]));
    const s = this.skillsById.get(id);
    return s ? s[language] : id;
  }

  /** The ads as list items in the viewer's language, with their distance when one is given. */
  async toDtos(
    ads: JobAdEntity[],
    language: Language,
    viewer?: { kind: string; municipalityCode: string },
    distances?: Map<string, number | null>,
  ): Promise<JobAdDto[]> {
    const { occupations, municipalities } = await this.reference.catalogues();
    const now = Date.now();
    return ads.map((a) => {
      const occupation = occupations.get(a.occupation);
      const distance = distances?.get(a.id);
      return {
        id: a.id,
        title: a.title,
        employer: a.employer,
        description: a.description,
        occupation: {
          code: a.occupation,
          title: (language === 'en' ? occupation?.titleEn : occupation?.titleDa) ?? a.occupation,
        },
        streetAddress: a.streetAddress,
        postalCode: a.postalCode,
        locality: a.locality,
        municipalityCode: a.municipalityCode,
        municipalityName: municipalities.get(a.municipalityCode)?.name ?? a.municipalityCode,
        hours: a.hours,
        employmentType: a.employmentType,
        workHours: a.workHours,
        skills: a.skills,
        otherSkills: a.otherSkills,
        language: a.language,
        salary: a.salary,
        datePosted: a.datePosted,
        validThrough: a.validThrough?.toISOString() ?? null,
        url: a.url,
        open: !a.validThrough || a.validThrough.getTime() > now,
        ownedByMyMunicipality:
          !!viewer && viewer.kind === 'staff' && a.source === `jobcentre:${viewer.municipalityCode}`,
        ...(distance !== undefined && distance !== null ? { distanceKm: Math.round(distance) } : {}),
      };
    });
  }
}
