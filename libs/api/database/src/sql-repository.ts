import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * The base of every module's `<module>.repository.ts`: the statements live in the subclass, with explicit column
 * lists and a typed row interface each; `q` runs one on the caller's transaction when given, else on the pool.
 */
@Injectable()
export abstract class SqlRepository {
  constructor(protected readonly dataSource: DataSource) {}

  /** Runs one statement; `T` is the row array the statement's column list promises. */
  protected q<T>(sql: string, params: unknown[], manager?: EntityManager): Promise<T> {
    return (manager ?? this.dataSource.manager).query(sql, params) as Promise<T>;
  }
}
