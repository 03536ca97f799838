import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig } from '@jobunivers/api/config';
import type { CitizenDirectory, CitizenSummary } from '@jobunivers/api/identity';
import { In, Repository } from 'typeorm';
import { CprCipher, normaliseCpr } from './cpr';
import { DEMO_CITIZEN_IDS } from './demo/citizens.demo-seed';
import { CitizenEntity } from './entities/citizen.entity';

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
}
