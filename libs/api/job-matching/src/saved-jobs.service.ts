import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Language } from '@jobunivers/api/citizens';
import type { CitizenPrincipal } from '@jobunivers/api/identity';
import { Repository } from 'typeorm';
import type { SavedJobsDto } from './dto/matching.dto';
import { JobFeedbackEntity } from './entities/job-feedback.entity';
import { JobAdViewsService } from './job-ad-views.service';
import { MatchTopService } from './match-top.service';
import { MatchingRepository } from './matching.repository';

/** The citizen's feedback on ads: saved jobs, and "not relevant" marks (the ranking learns from them). */
@Injectable()
export class SavedJobsService {
  constructor(
    @InjectRepository(JobFeedbackEntity) private readonly feedback: Repository<JobFeedbackEntity>,
    private readonly ads: JobAdViewsService,
    private readonly repository: MatchingRepository,
    private readonly top: MatchTopService,
  ) {}

  async save(citizen: CitizenPrincipal, adId: string): Promise<void> {
    await this.ads.get(adId);
    await this.repository.mark(citizen.id, adId, { savedAt: new Date() }, 'saved');
  }

  async unsave(citizen: CitizenPrincipal, adId: string): Promise<void> {
    await this.feedback.update({ citizenId: citizen.id, jobAdId: adId }, { savedAt: null });
  }

  async markNotRelevant(citizen: CitizenPrincipal, adId: string, reason?: string): Promise<void> {
    await this.ads.get(adId);
    await this.repository.mark(
      citizen.id,
      adId,
      { notRelevantAt: new Date(), notRelevantReason: reason || null },
      'notRelevant',
    );
    // The ad leaves the citizen's list and the penalties move others: the list is recomputed.
    await this.top.refill(citizen.id);
  }

  async undoNotRelevant(citizen: CitizenPrincipal, adId: string): Promise<void> {
    await this.feedback.update(
      { citizenId: citizen.id, jobAdId: adId },
      { notRelevantAt: null, notRelevantReason: null },
    );
    await this.top.refill(citizen.id);
  }

  async saved(citizen: CitizenPrincipal, language: Language): Promise<SavedJobsDto> {
    const rows = await this.feedback.find({ where: { citizenId: citizen.id }, order: { savedAt: 'DESC' }, take: 200 });
    const ids = rows.filter((r) => r.savedAt).map((r) => r.jobAdId);
    const ads = await this.ads.byIds(ids);
    return {
      items: await this.ads.toDtos(
        ids.flatMap((id) => (ads.has(id) ? [ads.get(id)!] : [])),
        language,
      ),
    };
  }
}
