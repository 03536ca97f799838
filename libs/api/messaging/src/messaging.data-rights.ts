import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataRightsService, exportRows } from '@jobunivers/api/citizens';
import { DataSource } from 'typeorm';

/** Messaging's part of the citizen's data rights: conversations (without staff-only notes) and questions. */
@Injectable()
export class MessagingDataRights implements OnModuleInit {
  constructor(
    private readonly rights: DataRightsService,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.rights.registerExporter('messages', async (ids) => ({
      conversations: (
        (await this.dataSource.query(
          `SELECT to_jsonb(c) || jsonb_build_object('messages', coalesce((SELECT jsonb_agg(jsonb_build_object('at', m.created_at, 'from', m.author_kind, 'name', m.author_name, 'text', m.body) ORDER BY m.created_at) FROM messaging.message m WHERE m.conversation_id = c.id AND NOT m.internal), '[]'::jsonb)) AS row
           FROM messaging.conversation c WHERE c.citizen_id = ANY($1::uuid[]) ORDER BY c.created_at`,
          [ids],
        )) as Array<{ row: unknown }>
      ).map((r) => r.row),
      questions: await exportRows(this.dataSource, 'messaging.question', ids),
    }));
    this.rights.registerEraser(async (ids, manager) => {
      await manager.query(
        `DELETE FROM messaging.message WHERE conversation_id IN (SELECT id FROM messaging.conversation WHERE citizen_id = ANY($1::uuid[]))`,
        [ids],
      );
      // Kept for the KPIs: when it began and was first answered; gone: what was written.
      await manager.query(`UPDATE messaging.conversation SET subject = '' WHERE citizen_id = ANY($1::uuid[])`, [ids]);
      await manager.query(`UPDATE messaging.question SET question = '' WHERE citizen_id = ANY($1::uuid[])`, [ids]);
    });
  }
}
