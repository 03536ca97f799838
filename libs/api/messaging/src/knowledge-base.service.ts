import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type CitizenPrincipal, type StaffPrincipal } from '@jobunivers/api/identity';
import { DataSource, Repository } from 'typeorm';
import { CitizenConversationsService } from './citizen-conversations.service';
import type {
  ArticleDto,
  ArticleInputDto,
  KnowledgeReportDto,
  QuestionAnswerDto,
  StaffArticleDto,
} from './dto/messaging.dto';
import { ArticleEntity } from './entities/article.entity';
import { QuestionEntity } from './entities/question.entity';
import { MessagingErrorCode, MessagingException } from './messaging.errors';
import { MessagingFactsService } from './messaging-facts.service';
import { MessagingRepository } from './messaging.repository';

type Language = 'da' | 'en';
const EXCERPT = 180;
const SHOWN = 3;

const articleDto = (a: ArticleEntity, language: Language): ArticleDto => {
  const body = language === 'en' ? a.bodyEn : a.bodyDa;
  return {
    id: a.id,
    title: language === 'en' ? a.titleEn : a.titleDa,
    body,
    excerpt: body.length > EXCERPT ? `${body.slice(0, EXCERPT).replace(/\s+\S*$/, '')} …` : body,
  };
};
const staffDto = (a: ArticleEntity): StaffArticleDto => ({
  id: a.id,
  municipalityCode: a.municipalityCode,
  titleDa: a.titleDa,
  titleEn: a.titleEn,
  bodyDa: a.bodyDa,
  bodyEn: a.bodyEn,
  status: a.status,
  updatedByName: a.updatedByName,
  updatedAt: a.updatedAt.toISOString(),
});

/**
 * 24/7 answers: a citizen's question is matched against the jobcentre's articles (Danish stemming
 * and accent folding, English stemming; titles weigh more), best first. "Did it answer?" — no
 * turns the question into a conversation with a caseworker that carries the question and the
 * articles shown. The share answered without a caseworker is reported to staff.
 */
@Injectable()
export class KnowledgeBaseService {
  constructor(
    @InjectRepository(ArticleEntity) private readonly articles: Repository<ArticleEntity>,
    @InjectRepository(QuestionEntity) private readonly questions: Repository<QuestionEntity>,
    private readonly conversations: CitizenConversationsService,
    private readonly facts: MessagingFactsService,
    private readonly repository: MessagingRepository,
    private readonly dataSource: DataSource,
  ) {}

  /** Published articles for the municipality, best match first (only those sharing a word with the question). */
  async search(
    municipalityCode: string,
    question: string,
    limit = SHOWN,
  ): Promise<Array<{ article: ArticleEntity; rank: number }>> {
    const rows = await this.repository.searchArticles(question, municipalityCode, limit);
    const byId = new Map((await this.articles.findByIds(rows.map((r) => r.id))).map((a) => [a.id, a]));
    return rows.map((r) => ({ article: byId.get(r.id)!, rank: Number(r.rank) }));
  }

  async ask(citizen: CitizenPrincipal, question: string, language: Language): Promise<QuestionAnswerDto> {
    const found = await this.search(citizen.municipalityCode, question);
    const saved = await this.questions.save(
      this.questions.create({
        citizenId: citizen.id,
        municipalityCode: citizen.municipalityCode,
        question,
        articleIds: found.map((f) => f.article.id),
        resolved: null,
        conversationId: null,
      }),
    );
    return { id: saved.id, articles: found.map((f) => articleDto(f.article, language)) };
  }

  /** Yes: counted as answered. No: a conversation with a caseworker, carrying the question and the articles shown. */
  async feedback(
    citizen: CitizenPrincipal,
    id: string,
    resolved: boolean,
    language: Language,
  ): Promise<{ conversationId: string | null }> {
    return this.dataSource.transaction(async (m) => {
      const question = await m.findOne(QuestionEntity, {
        where: { id, citizenId: citizen.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!question) throw new MessagingException(MessagingErrorCode.QuestionNotFound);
      if (question.resolved !== null) throw new MessagingException(MessagingErrorCode.QuestionAnswered);
      let conversationId: string | null = null;
      if (!resolved) {
        const shown = (question.articleIds.length ? await m.findByIds(ArticleEntity, question.articleIds) : []).sort(
          (a, b) => question.articleIds.indexOf(a.id) - question.articleIds.indexOf(b.id),
        );
        const titles = shown.map((a) => `– ${language === 'en' ? a.titleEn : a.titleDa}`).join('\n');
        const note =
          language === 'en'
            ? titles
              ? `\n\nArticles I was shown that did not answer it:\n${titles}`
              : '\n\nNo article answered it.'
            : titles
              ? `\n\nArtikler jeg fik vist, som ikke svarede på det:\n${titles}`
              : '\n\nIngen artikel svarede på det.';
        const subject =
          question.question.length > 80
            ? `${question.question.slice(0, 80).replace(/\s+\S*$/, '')} …`
            : question.question;
        conversationId = await this.conversations.open(
          m,
          citizen,
          subject,
          `${question.question}${note}`.slice(0, 4000),
          'question',
        );
      }
      await m.update(QuestionEntity, { id }, { resolved, conversationId });
      return { conversationId };
    });
  }

  async article(id: string, language: Language, municipalityCode?: string): Promise<ArticleDto> {
    const a = await this.articles.findOneBy({ id, status: 'published' });
    if (!a || (a.municipalityCode && municipalityCode && a.municipalityCode !== municipalityCode))
      throw new MessagingException(MessagingErrorCode.ArticleNotFound);
    return articleDto(a, language);
  }

  // ── staff ───────────────────────────────────────────────────────────────────

  async list(actor: StaffPrincipal): Promise<StaffArticleDto[]> {
    const rows = await this.articles
      .createQueryBuilder('a')
      .where('a.municipalityCode IS NULL OR a.municipalityCode = :m', { m: actor.municipalityCode })
      .orderBy('a.titleDa')
      .getMany();
    return rows.map(staffDto);
  }

  async create(actor: StaffPrincipal, input: ArticleInputDto): Promise<StaffArticleDto> {
    return staffDto(
      await this.articles.save(
        this.articles.create({ ...input, municipalityCode: actor.municipalityCode, updatedByName: actor.name }),
      ),
    );
  }

  /** Only the municipality's own articles can be edited (shared ones are read-only here). */
  async update(actor: StaffPrincipal, id: string, input: ArticleInputDto): Promise<StaffArticleDto> {
    const found = await this.articles.findOneBy({ id, municipalityCode: actor.municipalityCode });
    if (!found) throw new MessagingException(MessagingErrorCode.ArticleNotFound);
    await this.articles.update({ id }, { ...input, updatedByName: actor.name });
    return staffDto((await this.articles.findOneBy({ id }))!);
  }

  async report(actor: StaffPrincipal, from: Date, to: Date): Promise<KnowledgeReportDto> {
    const counts = await this.repository.questionCounts(actor.municipalityCode, from, to);
    const unanswered = await this.questions
      .createQueryBuilder('q')
      .where('q.municipalityCode = :m AND q.createdAt >= :from AND q.createdAt < :to', {
        m: actor.municipalityCode,
        from,
        to,
      })
      .andWhere('(q.resolved = false OR cardinality(q.articleIds) = 0)')
      .orderBy('q.createdAt', 'DESC')
      .take(50)
      .getMany();
    const answered = counts.resolved + counts.escalated;
    return {
      ...counts,
      resolvedShare: answered ? Math.round((counts.resolved / answered) * 1000) / 1000 : null,
      medianFirstResponseMinutes: await this.facts.medianFirstResponseMinutes(actor.municipalityCode, from, to),
      unanswered: unanswered.map((q) => ({
        id: q.id,
        question: q.question,
        createdAt: q.createdAt.toISOString(),
        articlesShown: q.articleIds.length,
        conversationId: q.conversationId,
      })),
    };
  }
}
