import { Injectable } from '@nestjs/common';
import { DemoSeed, type DemoSeeder } from '@jobunivers/api/database';
import type { EntityManager } from 'typeorm';
import { ArticleEntity } from '../entities/article.entity';
import { STARTER_ARTICLES } from './articles';

@Injectable()
@DemoSeed({ name: 'messaging-starter-articles', order: 70 })
export class ArticlesDemoSeed implements DemoSeeder {
  async seed(manager: EntityManager): Promise<void> {
    await manager.insert(
      ArticleEntity,
      STARTER_ARTICLES.map((a) => ({
        ...a,
        municipalityCode: null,
        status: 'published' as const,
        updatedByName: 'Jobunivers',
      })),
    );
  }
}
