import { Injectable } from '@nestjs/common';
import { type CprRow, type CprUpdate, CitizensRepository } from './citizens.repository';
import { CitizensService } from './citizens.service';

export interface CprRotationReport {
  /** Rows read. */
  scanned: number;
  /** Rows re-encrypted under the current key, with the current look-up value. */
  rotated: number;
  /** Rows already under the current key (a second run finds only these). */
  current: number;
  /** Anonymised rows: no CPR number left. */
  anonymised: number;
  /** Ids of rows the configured keys cannot open (left as they are). */
  failed: string[];
}

const FIRST_ID = '00000000-0000-0000-0000-000000000000';
const RETRIES = 5;

/**
 * `cpr:rotate-key`: re-encrypts every citizen's CPR number under the current key and recomputes its look-up
 * value, while the API runs. Keyset pages by id, read without a transaction; each page is one UPDATE that
 * changes a row only if it still holds the ciphertext that was read (an optimistic check), so a concurrent
 * write (a registration, retention's anonymisation, another run) is never overwritten — such rows are read
 * again, up to five times. Resumable and idempotent: a row under the current key is left alone.
 */
@Injectable()
export class CprRotationService {
  constructor(
    private readonly repository: CitizensRepository,
    private readonly citizens: CitizensService,
  ) {}

  async rotate(options: { batchSize?: number; log?: (line: string) => void } = {}): Promise<CprRotationReport> {
    const batchSize = options.batchSize ?? 500;
    const report: CprRotationReport = { scanned: 0, rotated: 0, current: 0, anonymised: 0, failed: [] };
    let retry: string[] = [];
    for (let after = FIRST_ID; ;) {
      const rows = await this.repository.cprPage(after, batchSize);
      if (rows.length === 0) break;
      report.scanned += rows.length;
      retry.push(...(await this.page(rows, report)));
      after = rows[rows.length - 1].id;
      options.log?.(`${report.scanned} rows read, ${report.rotated} rotated`);
    }
    for (let attempt = 0; retry.length > 0 && attempt < RETRIES; attempt++) {
      const rows = await this.repository.cprRows(retry);
      retry = await this.page(rows, report);
    }
    report.failed.push(...retry);
    return report;
  }

  /** Rotates one page; returns the ids that changed between read and write. */
  private async page(rows: CprRow[], report: CprRotationReport): Promise<string[]> {
    const cipher = this.citizens.cpr;
    const updates: CprUpdate[] = [];
    for (const row of rows) {
      if (row.cpr_encrypted.length === 0) {
        report.anonymised++;
        continue;
      }
      let cpr: string;
      try {
        cpr = cipher.decrypt(row.cpr_encrypted, row.id);
      } catch {
        report.failed.push(row.id);
        continue;
      }
      const hash = cipher.lookupHash(cpr);
      if (cipher.keyIdOf(row.cpr_encrypted) === cipher.currentKeyId && hash.equals(row.cpr_hash)) {
        report.current++;
        continue;
      }
      updates.push({ id: row.id, old: row.cpr_encrypted, encrypted: cipher.encrypt(cpr, row.id), hash });
    }
    if (updates.length === 0) return [];
    const done = new Set<string>();
    const refused = new Set<string>();
    try {
      for (const id of await this.repository.writeCprs(updates)) done.add(id);
    } catch {
      // A row the page cannot take (e.g. a second active case of one person in a municipality, made before the
      // look-up values agreed) must not hold back the others: row by row, and that row is reported.
      for (const update of updates) {
        try {
          for (const id of await this.repository.writeCprs([update])) done.add(id);
        } catch {
          refused.add(update.id);
          report.failed.push(update.id);
        }
      }
    }
    report.rotated += done.size;
    return updates.filter((u) => !done.has(u.id) && !refused.has(u.id)).map((u) => u.id);
  }
}
