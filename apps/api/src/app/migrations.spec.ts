import { appMigrations } from './migrations';

describe('appMigrations', () => {
  const names = appMigrations.map((m) => m.name);
  const timestamps = names.map((n) => Number(/(\d{13})$/.exec(n)?.[1]));

  it('names every migration with a 13-digit timestamp suffix', () => {
    expect(timestamps.every((t) => Number.isFinite(t) && t > 1_700_000_000_000)).toBe(true);
  });

  it('has unique timestamps, listed in order', () => {
    expect(new Set(timestamps).size).toBe(timestamps.length);
    expect(timestamps).toEqual([...timestamps].sort((a, b) => a - b));
  });
});
