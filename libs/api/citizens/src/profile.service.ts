import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { PlatformErrorCode, PlatformException } from '@jobunivers/api/errors';
import { ReferenceService } from '@jobunivers/api/reference';
import { DataSource, Repository } from 'typeorm';
import type { CaseActor } from './citizen-access';
import { CaseTimelineService } from './case-timeline.service';
import { CitizenRecordsService } from './citizen-records.service';
import { CitizensErrorCode, CitizensException } from './citizens.errors';
import type { ProfileDto, ProfileInputDto } from './dto/profile.dto';
import { CitizenEntity } from './entities/citizen.entity';
import { ProfileEntity } from './entities/profile.entity';
import { ProfileSnapshotsService } from './profile-snapshots.service';

const SECTIONS = [
  'wishedOccupations',
  'skills',
  'education',
  'experience',
  'workArea',
  'hours',
  'languages',
  'preferredMeetingForms',
] as const;

/** The citizen's profile/CV: kept by the citizen, read (audited) by staff. */
@Injectable()
export class ProfileService {
  constructor(
    @InjectRepository(ProfileEntity) private readonly profiles: Repository<ProfileEntity>,
    @InjectRepository(CitizenEntity) private readonly citizens: Repository<CitizenEntity>,
    private readonly records: CitizenRecordsService,
    private readonly timeline: CaseTimelineService,
    private readonly snapshots: ProfileSnapshotsService,
    private readonly reference: ReferenceService,
    private readonly dataSource: DataSource,
  ) {}

  async own(citizenId: string): Promise<ProfileDto> {
    return this.read(citizenId);
  }

  async forStaff(actor: CaseActor, citizenId: string, purpose?: string): Promise<ProfileDto> {
    await this.records.authorize(actor, citizenId, { action: 'read', resource: 'citizen.profile', purpose });
    return this.read(citizenId);
  }

  async save(citizenId: string, input: ProfileInputDto): Promise<ProfileDto> {
    await this.validateAgainstCatalogues(input);
    await this.dataSource.transaction(async (manager) => {
      const citizen = await manager.findOneBy(CitizenEntity, { id: citizenId });
      if (!citizen) throw new CitizensException(CitizensErrorCode.CitizenNotFound);
      const first = !(await manager.existsBy(ProfileEntity, { citizenId }));
      await manager.update(
        CitizenEntity,
        { id: citizenId },
        { email: input.contact.email, phone: input.contact.phone, postalCode: input.contact.postalCode },
      );
      await manager.save(
        manager.create(ProfileEntity, {
          citizenId,
          wishedOccupations: input.wishedOccupations,
          skills: input.skills.map((s) => ({ ...(s.id ? { id: s.id } : {}), name: s.name })),
          education: input.education.map((e) => ({ ...e })),
          experience: input.experience.map((e) => ({ ...e })),
          workArea: { ...input.workArea },
          hours: input.hours ?? null,
          languages: input.languages.map((l) => ({ ...l })),
          drivingLicences: input.drivingLicences,
          preferredMeetingForms: input.preferredMeetingForms,
          notificationChannels: input.notificationChannels,
        }),
      );
      if (first) await this.timeline.recordEvent(citizenId, 'profile_created', {}, manager);
      await this.snapshots.profileSaved(citizenId, manager);
    });
    return this.read(citizenId);
  }

  /** Codes must exist in the catalogues; every bad one is named, and nothing is stored. */
  private async validateAgainstCatalogues(input: ProfileInputDto): Promise<void> {
    const errors: Array<{ field: string; message: string }> = [];
    const occupationCodes = [
      ...input.wishedOccupations,
      ...input.experience.flatMap((e) => (e.occupationCode ? [e.occupationCode] : [])),
    ];
    const unknown = new Set(await this.reference.unknownOccupations([...new Set(occupationCodes)]));
    input.wishedOccupations.forEach(
      (code, i) =>
        unknown.has(code) &&
        errors.push({ field: `wishedOccupations.${i}`, message: `${code} is not an ISCO-08 unit group` }),
    );
    input.experience.forEach(
      (e, i) =>
        e.occupationCode &&
        unknown.has(e.occupationCode) &&
        errors.push({
          field: `experience.${i}.occupationCode`,
          message: `${e.occupationCode} is not an ISCO-08 unit group`,
        }),
    );
    input.skills.forEach(
      (s, i) =>
        s.id &&
        !this.reference.isSkill(s.id) &&
        errors.push({ field: `skills.${i}.id`, message: `${s.id} is not a catalogue skill` }),
    );
    input.experience.forEach(
      (e, i) =>
        e.to &&
        e.to < e.from &&
        errors.push({ field: `experience.${i}.to`, message: 'experience.to must not be before experience.from' }),
    );
    for (const [i, code] of (input.workArea.municipalityCodes ?? []).entries()) {
      try {
        await this.reference.getMunicipality(code);
      } catch {
        errors.push({ field: `workArea.municipalityCodes.${i}`, message: `${code} is not a municipality code` });
      }
    }
    try {
      await this.reference.getPostalCode(input.contact.postalCode);
    } catch {
      errors.push({ field: 'contact.postalCode', message: `${input.contact.postalCode} is not a Danish postal code` });
    }
    if (errors.length)
      throw new PlatformException(PlatformErrorCode.ValidationFailed, 'The profile has invalid fields.', { errors });
  }

  private async read(citizenId: string): Promise<ProfileDto> {
    const [citizen, profile] = await Promise.all([
      this.citizens.findOneBy({ id: citizenId }),
      this.profiles.findOneBy({ citizenId }),
    ]);
    if (!citizen) throw new CitizensException(CitizensErrorCode.CitizenNotFound);
    const body = {
      contact: { email: citizen.email ?? '', phone: citizen.phone ?? '', postalCode: citizen.postalCode ?? '' },
      wishedOccupations: profile?.wishedOccupations ?? [],
      skills: profile?.skills ?? [],
      education: profile?.education ?? [],
      experience: profile?.experience ?? [],
      workArea: profile?.workArea ?? {},
      hours: profile?.hours ?? null,
      languages: profile?.languages ?? [],
      drivingLicences: profile?.drivingLicences ?? [],
      preferredMeetingForms: profile?.preferredMeetingForms ?? [],
      notificationChannels: profile?.notificationChannels ?? [],
    };
    const filled = (section: (typeof SECTIONS)[number]) => {
      const value = body[section];
      if (section === 'workArea') return !!(body.workArea.radiusKm || body.workArea.municipalityCodes?.length);
      return Array.isArray(value) ? value.length > 0 : value !== null;
    };
    const missing = SECTIONS.filter((s) => !filled(s));
    return {
      ...body,
      completeness: Math.round((100 * (SECTIONS.length - missing.length)) / SECTIONS.length),
      missing,
      updatedAt: profile?.updatedAt.toISOString() ?? null,
    };
  }
}
