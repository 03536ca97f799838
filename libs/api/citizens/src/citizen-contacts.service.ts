import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, Repository } from 'typeorm';
import { CitizensRepository } from './citizens.repository';
import { CitizensService } from './citizens.service';
import { CitizenEntity } from './entities/citizen.entity';

/**
 * How to reach a citizen, for the modules that do (meetings by phone, notifications by e-mail, push and Digital
 * Post): contact details, the channels chosen in the profile and a letter's recipient. No access check — callers
 * have one.
 */
@Injectable()
export class CitizenContactsService {
  constructor(
    @InjectRepository(CitizenEntity) private readonly citizens: Repository<CitizenEntity>,
    private readonly facade: CitizensService,
    private readonly dataSource: DataSource,
    private readonly repository: CitizensRepository,
  ) {}

  /** How to reach the citizen (phone meetings, notifications); no access check — callers have one. */
  async contactOf(
    citizenId: string,
    manager?: EntityManager,
  ): Promise<{ phone: string | null; email: string | null } | undefined> {
    const c = await (manager ?? this.dataSource.manager).findOne(CitizenEntity, {
      where: { id: citizenId },
      select: { id: true, phone: true, email: true },
    });
    return c ? { phone: c.phone, email: c.email } : undefined;
  }

  /** E-mail addresses of these citizens (those that have one); no access check — for notifications. */
  async emailsOf(citizenIds: string[]): Promise<Map<string, string>> {
    if (citizenIds.length === 0) return new Map();
    const rows = await this.citizens.find({
      where: { id: In([...new Set(citizenIds)]) },
      select: { id: true, email: true },
    });
    return new Map(rows.flatMap((r) => (r.email ? [[r.id, r.email] as [string, string]] : [])));
  }

  /** The contact channels citizens chose in their profile (in_app, push, email); absent: never chosen. */
  async notificationChannelsOf(citizenIds: string[], manager?: EntityManager): Promise<Map<string, string[]>> {
    if (citizenIds.length === 0) return new Map();
    const rows = await this.repository.notificationChannels([...new Set(citizenIds)], manager);
    return new Map(rows.map((r) => [r.citizen_id, r.notification_channels]));
  }

  /**
   * What a Digital Post letter needs of the citizen: the CPR number (the MeMo recipient), name and
   * exemption. No access check — for the notifications module's delivery of formal call-ins.
   */
  async letterRecipientOf(
    citizenId: string,
  ): Promise<{ cpr: string; name: string; municipalityCode: string; digitalPostExempt: boolean } | undefined> {
    const c = await this.citizens.findOneBy({ id: citizenId });
    if (!c || c.anonymisedAt) return undefined;
    return {
      cpr: this.facade.cpr.decrypt(c.cprEncrypted, c.id),
      name: `${c.firstName} ${c.lastName}`,
      municipalityCode: c.municipalityCode,
      digitalPostExempt: c.digitalPostExempt,
    };
  }
}
