import type { CacheItem, CacheProvider } from '@node-saml/node-saml';
import type { DataSource } from 'typeorm';

/** node-saml's request-id cache in PostgreSQL, shared by all API instances. */
export class PgSamlCacheProvider implements CacheProvider {
  constructor(
    private readonly dataSource: DataSource,
    private readonly maxAgeMs: number,
  ) {}

  async saveAsync(key: string, value: string): Promise<CacheItem | null> {
    await this.dataSource.query(`DELETE FROM identity.saml_request WHERE created_at < now() - interval '1 day'`);
    const rows: Array<{ created_at: Date }> = await this.dataSource.query(
      `INSERT INTO identity.saml_request (id, value, created_at) VALUES ($1, $2, now()) ON CONFLICT (id) DO NOTHING RETURNING created_at`,
      [key, value],
    );
    return rows.length ? { value, createdAt: rows[0].created_at.getTime() } : null;
  }

  async getAsync(key: string): Promise<string | null> {
    const rows: Array<{ value: string }> = await this.dataSource.query(
      `SELECT value FROM identity.saml_request WHERE id = $1 AND created_at > now() - ($2 || ' milliseconds')::interval`,
      [key, String(this.maxAgeMs)],
    );
    return rows[0]?.value ?? null;
  }

  async removeAsync(key: string | null): Promise<string | null> {
    if (!key) return null;
    const rows: Array<{ value: string }> = await this.dataSource.query(
      `DELETE FROM identity.saml_request WHERE id = $1 RETURNING value`,
      [key],
    );
    return rows[0]?.value ?? null;
  }
}
