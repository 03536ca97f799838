import { Injectable } from '@nestjs/common';
import { DemoSeed, type DemoSeeder } from '@jobunivers/api/database';
import type { StaffRole } from '@jobunivers/api/http';
import type { EntityManager } from 'typeorm';
import { API_SCOPES, ApiClientService } from '../api-client.service';
import { ApiClientEntity } from '../entities/api-client.entity';
import { StaffUserEntity } from '../entities/staff-user.entity';

export const DEV_ISSUER = 'urn:jobunivers:dev-idp';
export const DEMO_CLIENT_ID = 'demo-municipal-system';
export const DEMO_CLIENT_SECRET = 'demo-secret';

interface DemoStaff {
  id: string;
  municipalityCode: string;
  name: string;
  email: string;
  roles: StaffRole[];
  team: string | null;
}

/** Demo jobcentre staff of Aarhus (0751) and Rudersdal (0230). Fixed ids, so the README and tests can name them. */
export const DEMO_STAFF: DemoStaff[] = [
  {
    id: 'a0751000-0000-4000-8000-000000000001',
    municipalityCode: '0751',
    name: 'Mette Kjær',
    email: 'mette.kjaer@aarhus.example.dk',
    roles: ['caseworker'],
    team: 'Team Nord',
  },
  {
    id: 'a0751000-0000-4000-8000-000000000002',
    municipalityCode: '0751',
    name: 'Jonas Holm',
    email: 'jonas.holm@aarhus.example.dk',
    roles: ['caseworker'],
    team: 'Team Syd',
  },
  {
    id: 'a0751000-0000-4000-8000-000000000003',
    municipalityCode: '0751',
    name: 'Susanne Vestergaard',
    email: 'susanne.vestergaard@aarhus.example.dk',
    roles: ['team_lead', 'caseworker'],
    team: 'Team Nord',
  },
  {
    id: 'a0751000-0000-4000-8000-000000000004',
    municipalityCode: '0751',
    name: 'Peter Lund',
    email: 'peter.lund@aarhus.example.dk',
    roles: ['municipality_admin'],
    team: null,
  },
  {
    id: 'a0230000-0000-4000-8000-000000000001',
    municipalityCode: '0230',
    name: 'Anne Dahl',
    email: 'anne.dahl@rudersdal.example.dk',
    roles: ['caseworker'],
    team: 'Team Rudersdal',
  },
  {
    id: 'a0230000-0000-4000-8000-000000000002',
    municipalityCode: '0230',
    name: 'Karim Nielsen',
    email: 'karim.nielsen@rudersdal.example.dk',
    roles: ['caseworker'],
    team: 'Team Rudersdal',
  },
  {
    id: 'a0230000-0000-4000-8000-000000000003',
    municipalityCode: '0230',
    name: 'Birgitte Friis',
    email: 'birgitte.friis@rudersdal.example.dk',
    roles: ['team_lead', 'caseworker'],
    team: 'Team Rudersdal',
  },
  {
    id: 'a0230000-0000-4000-8000-000000000004',
    municipalityCode: '0230',
    name: 'Lars Winther',
    email: 'lars.winther@rudersdal.example.dk',
    roles: ['municipality_admin'],
    team: null,
  },
  // Employer consultants (virksomhedskonsulenter): the municipality's employer entry.
  {
    id: 'a0751000-0000-4000-8000-000000000005',
    municipalityCode: '0751',
    name: 'Rasmus Bech',
    email: 'rasmus.bech@aarhus.example.dk',
    roles: ['employer_consultant'],
    team: null,
  },
  {
    id: 'a0230000-0000-4000-8000-000000000005',
    municipalityCode: '0230',
    name: 'Maja Holt',
    email: 'maja.holt@rudersdal.example.dk',
    roles: ['employer_consultant'],
    team: null,
  },
];

@Injectable()
@DemoSeed({ name: 'identity-staff-and-demo-client', order: 10 })
export class IdentityDemoSeed implements DemoSeeder {
  async seed(manager: EntityManager): Promise<void> {
    await manager.insert(
      StaffUserEntity,
      DEMO_STAFF.map((s) => ({ ...s, issuer: DEV_ISSUER, subject: s.email, active: true })),
    );
    await manager.insert(ApiClientEntity, {
      clientId: DEMO_CLIENT_ID,
      name: 'Demo municipal system (Aarhus)',
      municipalityCode: '0751',
      scopes: [...API_SCOPES],
      secretHash: await ApiClientService.hashSecret(DEMO_CLIENT_SECRET),
      rotatedAt: null,
      revokedAt: null,
    });
  }
}
