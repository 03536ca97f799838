import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@jobunivers/api/audit';
import { CitizenCasesService, CitizensService, type CandidateProfile, type Language } from '@jobunivers/api/citizens';
import type { CitizenPrincipal, EmployerPrincipal, StaffPrincipal } from '@jobunivers/api/identity';
import { CandidateRankingService, type RankedCitizen } from '@jobunivers/api/job-matching';
import { ReferenceService } from '@jobunivers/api/reference';
import { DataSource, In, Repository } from 'typeorm';
import type {
  EmployerCandidateDto,
  EmployerInvitationDto,
  EmployerVisibilityDto,
  EmployerVisibilityInputDto,
  ProposalDto,
  ReasonDto,
  StaffCandidateDto,
} from './dto/employers.dto';
import { ProposalEntity, VisibilityEntity } from './entities/consent.entity';
import { EmployerRequestEntity } from './entities/employer-request.entity';
import { EmployersErrorCode, EmployersException } from './employers.errors';
import { EmployersRepository, type InvitationRow } from './employers.repository';
import { candidateReasonText } from './employers.texts';
import { RequestViewsService } from './request-views.service';

const reasonDtos = (ranked: RankedCitizen | undefined, language: Language): ReasonDto[] =>
  (ranked?.reasons ?? []).map((r) => ({ ...r, text: candidateReasonText(r.code, r.params, language) }));

/**
 * The citizen decides who sees them: their visibility level, the consultants' proposals (invitations)
 * and their answers, and what a company sees of those who accepted — every look audited.
 */
@Injectable()
export class ConsentService {
  constructor(
    @InjectRepository(VisibilityEntity) private readonly visibility: Repository<VisibilityEntity>,
    @InjectRepository(ProposalEntity) private readonly proposals: Repository<ProposalEntity>,
    private readonly repository: EmployersRepository,
    private readonly requests: RequestViewsService,
    private readonly cases: CitizenCasesService,
    private readonly citizens: CitizensService,
    private readonly ranking: CandidateRankingService,
    private readonly reference: ReferenceService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  // ── the citizen ─────────────────────────────────────────────────────────

  async myVisibility(citizen: CitizenPrincipal): Promise<EmployerVisibilityDto> {
    const row = await this.visibility.findOneBy({ citizenId: citizen.id });
    return {
      level: row?.level ?? 'hidden',
      shareEmail: row?.shareEmail ?? false,
      sharePhone: row?.sharePhone ?? false,
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  }

  async setVisibility(citizen: CitizenPrincipal, input: EmployerVisibilityInputDto): Promise<EmployerVisibilityDto> {
    const kase = await this.cases.activeCase(citizen.id);
    const named = input.level === 'named';
    await this.visibility.upsert(
      {
        citizenId: kase.id,
        municipalityCode: kase.municipalityCode,
        level: input.level,
        // Contact details only ever go with a name.
        shareEmail: named && !!input.shareEmail,
        sharePhone: named && !!input.sharePhone,
        updatedAt: new Date(),
      },
      ['citizenId'],
    );
    return this.myVisibility(citizen);
  }

  async invitations(citizen: CitizenPrincipal, language: Language = 'da'): Promise<EmployerInvitationDto[]> {
    const [rows, level] = await Promise.all([
      this.repository.invitationsOf(citizen.id),
      this.myVisibility(citizen).then((v) => v.level),
    ]);
    const { occupations, postalCodes } = await this.reference.catalogues();
    return rows.map((r) => this.invitationDto(r, level, occupations, postalCodes, language));
  }

  async answer(
    citizen: CitizenPrincipal,
    id: string,
    accept: boolean,
    language: Language = 'da',
  ): Promise<EmployerInvitationDto> {
    await this.change(citizen, id, 'invited', accept ? 'accepted' : 'declined');
    return (await this.invitations(citizen, language)).find((i) => i.id === id)!;
  }

  /** Consent taken back: the company loses access at once (its candidate read answers 404). */
  async withdraw(citizen: CitizenPrincipal, id: string, language: Language = 'da'): Promise<EmployerInvitationDto> {
    await this.change(citizen, id, 'accepted', 'withdrawn');
    return (await this.invitations(citizen, language)).find((i) => i.id === id)!;
  }

  private async change(citizen: CitizenPrincipal, id: string, from: string, to: 'accepted' | 'declined' | 'withdrawn') {
    await this.dataSource.transaction(async (m) => {
      const proposal = await m.findOne(ProposalEntity, {
        where: { id, citizenId: citizen.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!proposal) throw new EmployersException(EmployersErrorCode.InvitationNotFound);
      if (proposal.status !== from)
        throw new EmployersException(
          from === 'invited' ? EmployersErrorCode.InvitationAnswered : EmployersErrorCode.NotAccepted,
        );
      const request = await m.findOneByOrFail(EmployerRequestEntity, { id: proposal.requestId });
      if (to !== 'withdrawn' && request.status === 'closed')
        throw new EmployersException(EmployersErrorCode.RequestClosed);
      await m.update(ProposalEntity, { id }, { status: to, ...(to === 'withdrawn' ? {} : { answeredAt: new Date() }) });
      const kind =
        to === 'accepted'
          ? 'employer_invitation_accepted'
          : to === 'declined'
            ? 'employer_invitation_declined'
            : 'employer_consent_withdrawn';
      await this.cases.recordEvent(citizen.id, kind, { company: request.companyName, title: request.title }, m);
      await this.requests.announce(m, request);
    });
  }

  // ── the consultant ──────────────────────────────────────────────────────

  /** Citizens of the municipality who let employers see them, ranked for the request with reasons. */
  async candidatesForStaff(actor: StaffPrincipal, requestId: string, language: Language): Promise<StaffCandidateDto[]> {
    const request = await this.requests.staffRequest(actor, requestId);
    const visible = await this.repository.visibleCitizenIds(actor.municipalityCode);
    const [ranked, levels, earlier] = await Promise.all([
      this.ranking.rank(
        { occupation: request.occupationCode, postalCode: request.postalCode, hoursPerWeek: request.hoursPerWeek },
        visible,
      ),
      this.visibility.findBy({ citizenId: In(visible) }),
      this.proposals.findBy({ requestId: request.id }),
    ]);
    const cases = await this.cases.casesOf(
      actor.municipalityCode,
      ranked.map((r) => r.citizenId),
    );
    const shown = ranked.filter((r) => cases.get(r.citizenId)?.status === 'active');
    const level = new Map(levels.map((l) => [l.citizenId, l.level]));
    const proposal = new Map(earlier.map((p) => [p.citizenId, p.status]));
    await this.audit.recordListRead(actor, {
      citizenIds: shown.map((r) => r.citizenId),
      resource: 'employers.candidates',
      resourceId: request.id,
      purpose: 'employer request',
    });
    return shown.map((r) => ({
      citizenId: r.citizenId,
      name: cases.get(r.citizenId)!.name,
      visibility: level.get(r.citizenId) === 'named' ? 'named' : 'anonymous',
      score: r.score,
      reasons: reasonDtos(r, language),
      proposal: proposal.get(r.citizenId) ?? null,
    }));
  }

  async propose(actor: StaffPrincipal, requestId: string, citizenIds: string[]): Promise<ProposalDto[]> {
    const request = await this.requests.staffRequest(actor, requestId);
    if (request.status === 'closed') throw new EmployersException(EmployersErrorCode.RequestClosed);
    const visible = new Set(await this.repository.visibleCitizenIds(actor.municipalityCode));
    const cases = await this.cases.casesOf(actor.municipalityCode, citizenIds);
    const refused = citizenIds.filter((id) => !visible.has(id) || cases.get(id)?.status !== 'active');
    if (refused.length)
      throw new EmployersException(EmployersErrorCode.NotACandidate, undefined, {
        errors: refused.map((id) => ({
          field: `citizenIds.${citizenIds.indexOf(id)}`,
          message: `${id} is not a citizen of the municipality who lets employers see them`,
        })),
      });
    await this.dataSource.transaction(async (m) => {
      const created = await this.repository.insertProposals(
        m,
        request.id,
        actor.municipalityCode,
        actor.id,
        citizenIds,
      );
      for (const row of created)
        await this.cases.recordEvent(
          row.citizen_id,
          'employer_invited',
          { company: request.companyName, title: request.title },
          m,
        );
      if (created.length)
        await m.update(
          EmployerRequestEntity,
          { id: request.id },
          {
            status: 'candidates_sent',
            candidatesSentAt: new Date(),
            ...(request.consultantId ? {} : { consultantId: actor.id, consultantName: actor.name }),
          },
        );
      await this.requests.announce(m, request);
    });
    return this.proposalsOf(request.id, actor.municipalityCode);
  }

  async proposalsOf(requestId: string, municipalityCode: string): Promise<ProposalDto[]> {
    const rows = await this.proposals.find({ where: { requestId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const cases = await this.cases.casesOf(
      municipalityCode,
      rows.map((r) => r.citizenId),
    );
    return rows.map((r) => ({
      id: r.id,
      citizenId: r.citizenId,
      citizenName: cases.get(r.citizenId)?.name ?? '',
      status: r.status,
      createdAt: r.createdAt.toISOString(),
      answeredAt: r.answeredAt?.toISOString() ?? null,
    }));
  }

  // ── the company ─────────────────────────────────────────────────────────

  /**
   * The candidates who accepted, as each chose to be seen: anonymous (occupations, catalogue skills,
   * experience in years, area — no name, CPR, contact or birth date) or named (also name and the
   * contact details they chose). One audit row per candidate shown, in the citizen's access log as the company.
   */
  async candidatesForCompany(
    employer: EmployerPrincipal,
    requestId: string,
    language: Language,
    candidateId?: string,
  ): Promise<EmployerCandidateDto[]> {
    const request = await this.requests.companyRequest(employer, requestId);
    const all = await this.repository.acceptedCandidates(request.id);
    // Labels stay the same whichever candidate is read: their place among all who accepted.
    const number = new Map(all.map((a, i) => [a.id, i + 1]));
    const accepted = all.filter((a) => !candidateId || a.id === candidateId);
    const profiles = await this.citizens.candidateProfiles(
      request.municipalityCode,
      accepted.map((a) => a.citizen_id),
    );
    const shown = accepted.filter((a) => profiles.has(a.citizen_id));
    const ranked = new Map(
      (
        await this.ranking.rank(
          { occupation: request.occupationCode, postalCode: request.postalCode, hoursPerWeek: request.hoursPerWeek },
          shown.map((a) => a.citizen_id),
        )
      ).map((r) => [r.citizenId, r]),
    );
    await this.audit.recordMany(
      { kind: 'employer', id: employer.id, name: employer.companyName, municipalityCode: request.municipalityCode },
      shown.map((a) => ({
        citizenId: a.citizen_id,
        action: 'read' as const,
        resource: a.level === 'named' ? 'employer.candidate.named' : 'employer.candidate.anonymous',
        resourceId: a.id,
        purpose: `employer request ${request.id}`,
      })),
    );
    const { occupations, municipalities } = await this.reference.catalogues();
    const title = (code: string) =>
      (language === 'en' ? occupations.get(code)?.titleEn : occupations.get(code)?.titleDa) ?? code;
    return shown.map((a) => {
      const p: CandidateProfile = profiles.get(a.citizen_id)!;
      const base: EmployerCandidateDto = {
        id: a.id,
        visibility: a.level === 'named' ? 'named' : 'anonymous',
        label: `${language === 'en' ? 'Candidate' : 'Kandidat'} ${number.get(a.id)}`,
        occupations: p.wishedOccupations.map(title),
        skills: p.skillIds.map((id) => this.skillName(id, language)),
        // Years and the occupation only: a free-text title or an employer's name could tell who it is.
        experience: p.experience
          .map((e) => ({
            title: e.occupationCode ? title(e.occupationCode) : a.level === 'named' ? e.title : '',
            occupationCode: e.occupationCode,
            fromYear: Number(e.from.slice(0, 4)),
            toYear: e.to ? Number(e.to.slice(0, 4)) : null,
          }))
          .filter((e) => e.title),
        area: municipalities.get(p.municipalityCode)?.name ?? p.municipalityCode,
        reasons: reasonDtos(ranked.get(a.citizen_id), language),
        acceptedAt: a.answered_at.toISOString(),
      };
      if (a.level !== 'named') return base;
      return {
        ...base,
        label: p.name,
        name: p.name,
        contact: { email: a.share_email ? p.email : null, phone: a.share_phone ? p.phone : null },
      };
    });
  }

  /** One candidate; gone (404) the moment the citizen withdraws, declines or hides. */
  async candidateForCompany(
    employer: EmployerPrincipal,
    requestId: string,
    candidateId: string,
    language: Language,
  ): Promise<EmployerCandidateDto> {
    const [candidate] = await this.candidatesForCompany(employer, requestId, language, candidateId);
    if (!candidate) throw new EmployersException(EmployersErrorCode.CandidateNotFound);
    return candidate;
  }

  private skills?: Map<string, { da: string; en: string }>;

  private skillName(id: string, language: Language): string {
    this.skills ??= new Map(this.reference.searchSkills().map((x) => [x.id, x]));
    return this.skills.get(id)?.[language] ?? id;
  }

  private invitationDto(
    r: InvitationRow,
    level: EmployerVisibilityDto['level'],
    occupations: Map<string, { titleDa: string; titleEn: string }>,
    postalCodes: Map<string, { name: string }>,
    language: Language,
  ): EmployerInvitationDto {
    const occupation = occupations.get(r.occupation_code);
    return {
      id: r.id,
      companyName: r.company_name,
      kind: r.kind as EmployerInvitationDto['kind'],
      title: r.title,
      description: r.description,
      occupationTitle: (language === 'en' ? occupation?.titleEn : occupation?.titleDa) ?? r.occupation_code,
      place: `${r.postal_code} ${postalCodes.get(r.postal_code)?.name ?? ''}`.trim(),
      hoursPerWeek: r.hours_per_week,
      status: r.status,
      visibility: level,
      open: r.request_status !== 'closed',
      createdAt: new Date(r.created_at).toISOString(),
      answeredAt: r.answered_at ? new Date(r.answered_at).toISOString() : null,
    };
  }
}
