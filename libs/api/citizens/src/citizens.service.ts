import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig } from '@jobunivers/api/config';
import type { CitizenDirectory, CitizenSummary } from '@jobunivers/api/identity';
import { In, Repository } from 'typeorm';
import { CprCipher, normaliseCpr } from './cpr';
import { DEMO_CITIZEN_IDS } from './demo/citizens.demo-seed';
import { CitizenEntity } from './entities/citizen.entity';
import { ProfileEntity } from './entities/profile.entity';

/** What another module may show of a citizen who consented (the employers module's candidates). */
export interface CandidateProfile {
  id: string;
  name: string;
  municipalityCode: string;
  email: string | null;
  phone: string | null;
  wishedOccupations: string[];
  /** Catalogue skills only (ids); free-text skills are the citizen's own words and stay out. */
  skillIds: string[];
  experience: Array<{ title: string; occupationCode: string | null; from: string; to: string | null }>;
}

const summary = (c: CitizenEntity): CitizenSummary => ({
  id: c.id,
  name: `${c.firstName} ${c.lastName}`,
  municipalityCode: c.municipalityCode,
});

/** Facade of the citizens module. Also the identity module's citizen directory (sign-in). */
@Injectable()
export class CitizensService implements CitizenDirectory {
  readonly cpr: CprCipher;

  constructor(
    @InjectRepository(CitizenEntity) private readonly citizens: Repository<CitizenEntity>,
    @InjectRepository(ProfileEntity) private readonly profiles: Repository<ProfileEntity>,
    config: AppConfig,
  ) {
    this.cpr = new CprCipher(config.secrets.cprKeys);
  }

  async findActiveByCpr(cpr: string): Promise<CitizenSummary | undefined> {
    if (!normaliseCpr(cpr)) return undefined;
    const citizen = await this.citizens.findOne({
      where: { cprHash: In(this.cpr.lookupCandidates(cpr)), status: 'active' },
      order: { registeredAt: 'DESC' },
    });
    return citizen ? summary(citizen) : undefined;
  }

  async findById(id: string): Promise<CitizenSummary | undefined> {
    const citizen = await this.citizens.findOneBy({ id });
    return citizen ? summary(citizen) : undefined;
  }

  async listDemoCitizens(): Promise<CitizenSummary[]> {
    const rows = await this.citizens.find({
      where: { id: In(DEMO_CITIZEN_IDS), status: 'active' },
      order: { municipalityCode: 'ASC', firstName: 'ASC' },
    });
    return rows.map(summary);
  }

  /** Active citizens' profiles for candidate views, within one municipality (others are left out). */
  async candidateProfiles(municipalityCode: string, ids: string[]): Promise<Map<string, CandidateProfile>> {
    if (ids.length === 0) return new Map();
    const [citizens, profiles] = await Promise.all([
      this.citizens.find({ where: { id: In(ids), municipalityCode, status: 'active' } }),
      this.profiles.find({ where: { citizenId: In(ids) } }),
    ]);
    const byId = new Map(profiles.map((p) => [p.citizenId, p]));
    return new Map(
      citizens.map((c) => {
        const p = byId.get(c.id);
        return [
          c.id,
          {
            id: c.id,
            name: `${c.firstName} ${c.lastName}`,
            municipalityCode: c.municipalityCode,
            email: c.email || null,
            phone: c.phone || null,
            wishedOccupations: p?.wishedOccupations ?? [],
            skillIds: (p?.skills ?? []).flatMap((s) => (s.id ? [s.id] : [])),
            experience: (p?.experience ?? []).map((e) => ({
              title: e.title,
              occupationCode: e.occupationCode ?? null,
              from: e.from,
              to: e.to ?? null,
            })),
          },
        ];
      }),
    );
  }
}
