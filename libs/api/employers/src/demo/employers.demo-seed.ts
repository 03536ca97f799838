import { Injectable } from '@nestjs/common';
import { DemoSeed, type DemoSeeder } from '@jobunivers/api/database';
import type { EntityManager } from 'typeorm';
import { CompanyEntity, EmployerUserEntity } from '../entities/company.entity';
import { EmployerRequestEntity } from '../entities/employer-request.entity';

/** Demo companies: two in Aarhus (0751), one in Rudersdal (0230). Fictitious names and CVR numbers. */
export const DEMO_COMPANIES = [
  { cvr: '29384756', name: 'Østjysk Byg A/S' },
  { cvr: '31456782', name: 'Havnecaféen Aarhus ApS' },
  { cvr: '38291047', name: 'Holte Rengøring ApS' },
] as const;

/** Their employees with MitID Erhverv (the dev IdP's professional test identities); fixed ids for README and tests. */
export const DEMO_EMPLOYER_USERS = [
  { id: 'e0751000-0000-4000-8000-000000000001', firstName: 'Henrik', lastName: 'Bygholm', cvr: '29384756' },
  { id: 'e0751000-0000-4000-8000-000000000002', firstName: 'Camilla', lastName: 'Strand', cvr: '31456782' },
  { id: 'e0230000-0000-4000-8000-000000000001', firstName: 'Thomas', lastName: 'Krogh', cvr: '38291047' },
].map((u) => ({ ...u, companyName: DEMO_COMPANIES.find((c) => c.cvr === u.cvr)!.name }));

@Injectable()
@DemoSeed({ name: 'employers-companies', order: 80 })
export class EmployersDemoSeed implements DemoSeeder {
  async seed(manager: EntityManager): Promise<void> {
    await manager.insert(CompanyEntity, [...DEMO_COMPANIES]);
    await manager.insert(
      EmployerUserEntity,
      DEMO_EMPLOYER_USERS.map((u) => ({
        id: u.id,
        cvr: u.cvr,
        name: `${u.firstName} ${u.lastName}`,
        professionalUuid: `urn:uuid:${u.id}`,
      })),
    );
    const henrik = DEMO_EMPLOYER_USERS[0];
    await manager.insert(EmployerRequestEntity, {
      cvr: henrik.cvr,
      companyName: henrik.companyName,
      createdBy: henrik.id,
      createdByName: `${henrik.firstName} ${henrik.lastName}`,
      municipalityCode: '0751',
      kind: 'internship',
      title: 'Praktik som tømrer på nybyggeri i Aarhus Ø',
      description: 'Vi tager gerne en ledig tømrer i virksomhedspraktik i 4 uger med mulighed for ansættelse bagefter.',
      occupationCode: '7115',
      postalCode: '8000',
      hoursPerWeek: 37,
      positions: 1,
      startBy: null,
      status: 'new',
    });
  }
}
