import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@jobunivers/api/config';
import { DataSource, type EntityManager } from 'typeorm';

interface TransactionScope {
  open: boolean;
}

/**
 * Refuses a second pooled connection inside a transaction. Code running in `transaction(cb)` that
 * queries through the pool — a repository, `dataSource.query`, another transaction — instead of
 * the transaction's own manager holds one connection while it waits for another. Under a burst
 * of writes every pooled connection is then held by a transaction waiting for a second one: all
 * of them wait out the connect timeout and fail with 503 (the SIGKILL stress test met exactly
 * this after a database outage had emptied the pool).
 *
 * Outside production the query throws at once, naming the place, so any test that reaches such
 * code fails; in production it is logged and allowed (slow under load beats refusing the request).
 */
@Injectable()
export class ConnectionGuard implements OnModuleInit {
  private readonly logger = new Logger('Database');
  private readonly scope = new AsyncLocalStorage<TransactionScope>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const manager = this.dataSource.manager;
    const transaction = manager.transaction.bind(manager) as (isolation: unknown, run?: unknown) => Promise<unknown>;
    // The wrapper keeps EntityManager.transaction's two call forms: (run) and (isolation, run).
    (manager as { transaction: unknown }).transaction = (isolationOrRun: unknown, maybeRun?: unknown) => {
      const refused = this.nested();
      if (refused) return refused;
      const run = (typeof isolationOrRun === 'function' ? isolationOrRun : maybeRun) as (
        m: EntityManager,
      ) => Promise<unknown>;
      const state: TransactionScope = { open: false };
      const guarded = async (m: EntityManager) => {
        state.open = true;
        try {
          return await run(m);
        } finally {
          state.open = false;
        }
      };
      return this.scope.run(state, () =>
        typeof isolationOrRun === 'function' ? transaction(guarded) : transaction(isolationOrRun, guarded),
      );
    };

    const driver = this.dataSource.driver as unknown as { obtainMasterConnection: () => Promise<unknown> };
    const obtain = driver.obtainMasterConnection.bind(driver);
    driver.obtainMasterConnection = () => this.nested() ?? obtain();
  }

  /** Inside an open transaction: outside production a rejection, in production a logged error (and undefined). */
  private nested(): Promise<never> | undefined {
    if (!this.scope.getStore()?.open) return undefined;
    const error = new Error(
      'A second pooled connection was asked for inside a transaction: query through the transaction manager instead',
    );
    if (!this.config.isProduction) return Promise.reject(error);
    this.logger.error({ err: error }, 'nested connection inside a transaction');
    return undefined;
  }
}
