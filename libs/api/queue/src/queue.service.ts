import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@jobunivers/api/config';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { inTransaction } from './in-transaction';

export const QUEUE_DATABASE_URL = Symbol('QUEUE_DATABASE_URL');

export type JobHandler<T extends object> = (jobs: PgBoss.Job<T>[]) => Promise<unknown>;

/**
 * Background and scheduled work on the same PostgreSQL (pg-boss, schema `pgboss`): survives
 * restarts, runs each job once across several API processes, retries with backoff.
 * Modules declare queues and workers in `onModuleInit` through this service.
 */
@Injectable()
export class QueueService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Queue');
  private boss?: PgBoss;
  private started?: Promise<PgBoss>;

  constructor(
    private readonly config: AppConfig,
    @Inject(QUEUE_DATABASE_URL) private readonly databaseUrl: string,
  ) {}

  get enabled(): boolean {
    return this.config.queueEnabled;
  }

  async onModuleInit(): Promise<void> {
    if (this.enabled) await this.ready();
  }

  /** Starts pg-boss once (installing or migrating its schema) and returns it. */
  ready(): Promise<PgBoss> {
    if (!this.enabled) return Promise.reject(new Error('The job queue is disabled (QUEUE_ENABLED=false)'));
    this.started ??= (async () => {
      // Cron ticks are checked every 5 s (pg-boss default 30 s): a scheduled job starts within seconds
      // of its minute instead of up to a minute late, so a tick's job is created in the tick's own
      // minute. The check is one single-row UPDATE per instance; pg-boss's singleton slot on its
      // send-it queue still lets only one instance enqueue each tick.
      const boss = new PgBoss({
        connectionString: this.databaseUrl,
        schema: 'pgboss',
        application_name: 'jobunivers-queue',
        max: 5,
        cronMonitorIntervalSeconds: 5,
        cronWorkerIntervalSeconds: 2,
      });
      boss.on('error', (err) => this.logger.error({ err }, 'queue error'));
      await boss.start();
      this.boss = boss;
      return boss;
    })();
    return this.started;
  }

  private creating: Promise<void> = Promise.resolve();

  get running(): boolean {
    return this.boss !== undefined;
  }

  /**
   * Creating queues one at a time: pg-boss makes a table partition per queue, and two creations at
   * once (modules bootstrapping in parallel) can deadlock in PostgreSQL.
   */
  async createQueue(name: string, options: Omit<PgBoss.Queue, 'name'> = {}): Promise<void> {
    const boss = await this.ready();
    const create = this.creating.then(async () => {
      if (!(await boss.getQueue(name)))
        await boss.createQueue(name, { name, retryLimit: 5, retryBackoff: true, retryDelay: 5, ...options });
    });
    this.creating = create.catch(() => undefined);
    return create;
  }

  async send<T extends object>(name: string, data: T, options: PgBoss.SendOptions = {}): Promise<string | null> {
    return (await this.ready()).send(name, data, options);
  }

  /** Enqueues in the caller's transaction: the job exists if and only if the transaction commits. */
  async sendInTransaction<T extends object>(
    manager: EntityManager,
    name: string,
    data: T,
    options: PgBoss.SendOptions = {},
  ): Promise<string | null> {
    return (await this.ready()).send(name, data, { ...options, db: inTransaction(manager) });
  }

  async work<T extends object>(name: string, options: PgBoss.WorkOptions, handler: JobHandler<T>): Promise<string> {
    return (await this.ready()).work<T>(name, options, handler);
  }

  /**
   * A recurring job, the usual way: its queue, its schedule (cron, Copenhagen time) and a worker
   * taking one job at a time (a `send` of the name runs it at once as well). Nothing when the queue
   * is disabled.
   */
  async recurring<T extends object = object>(
    name: string,
    cron: string,
    run: (job: PgBoss.Job<T>) => Promise<unknown>,
    options: { queue?: Omit<PgBoss.Queue, 'name'>; work?: Omit<PgBoss.WorkOptions, 'batchSize'> } = {},
  ): Promise<void> {
    if (!this.enabled) return;
    await this.createQueue(name, options.queue);
    await this.schedule(name, cron);
    await this.work<T>(name, { ...options.work, batchSize: 1 }, async (jobs) => {
      for (const job of jobs) await run(job);
    });
  }

  async schedule(name: string, cron: string, data: object = {}, options: PgBoss.ScheduleOptions = {}): Promise<void> {
    await (await this.ready()).schedule(name, cron, data, { tz: 'Europe/Copenhagen', ...options });
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.boss) await this.boss.stop({ graceful: true, timeout: 10_000, wait: true });
    this.boss = undefined;
    this.started = undefined;
  }
}
