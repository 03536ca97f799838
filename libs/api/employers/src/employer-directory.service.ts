import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EmployerDirectory, EmployerUserSummary, ProfessionalIdentity } from '@jobunivers/api/identity';
import { DataSource, In, Repository } from 'typeorm';
import { DEMO_EMPLOYER_USERS } from './demo/employers.demo-seed';
import { CompanyEntity, EmployerUserEntity } from './entities/company.entity';
import { EmployersRepository } from './employers.repository';

const cut = (value: string, max: number) => value.trim().slice(0, max);

/** Companies and their users: the identity module's employer directory (MitID Erhverv sign-in). */
@Injectable()
export class EmployerDirectoryService implements EmployerDirectory {
  constructor(
    @InjectRepository(EmployerUserEntity) private readonly users: Repository<EmployerUserEntity>,
    private readonly repository: EmployersRepository,
    private readonly dataSource: DataSource,
  ) {}

  async findUser(id: string): Promise<EmployerUserSummary | undefined> {
    return (await this.summaries({ id }))[0];
  }

  async listDemoUsers(): Promise<EmployerUserSummary[]> {
    return this.summaries({ id: In(DEMO_EMPLOYER_USERS.map((u) => u.id)) });
  }

  /** Known by the professional UUID; the company and the user are added on their first sign-in, names kept current. */
  async signIn(identity: ProfessionalIdentity): Promise<EmployerUserSummary> {
    const orgName = cut(identity.orgName, 200) || identity.cvr;
    const name = cut(identity.name, 200) || orgName;
    const uuid = cut(identity.professionalUuid, 200);
    return this.dataSource.transaction(async (m) => {
      const id = await this.repository.upsertCompanyAndUser(m, {
        cvr: identity.cvr,
        orgName,
        name,
        professionalUuid: uuid,
      });
      return { id, name, cvr: identity.cvr, companyName: orgName };
    });
  }

  private async summaries(where: Record<string, unknown>): Promise<EmployerUserSummary[]> {
    const users = await this.users.find({ where, order: { name: 'ASC' } });
    if (users.length === 0) return [];
    const companies = await this.users.manager.find(CompanyEntity, { where: { cvr: In(users.map((u) => u.cvr)) } });
    const names = new Map(companies.map((c) => [c.cvr, c.name]));
    return users.map((u) => ({ id: u.id, name: u.name, cvr: u.cvr, companyName: names.get(u.cvr) ?? u.cvr }));
  }
}
