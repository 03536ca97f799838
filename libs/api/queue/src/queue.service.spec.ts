import { loadConfig } from '@jobunivers/api/config';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueueService } from './queue.service';

const config = (env: NodeJS.ProcessEnv) =>
  loadConfig({ NODE_ENV: 'test', ...env }, mkdtempSync(join(tmpdir(), 'jobunivers-queue-')));

describe('QueueService', () => {
  it('does not touch the database when the queue is disabled, and says why when used', async () => {
    const queue = new QueueService(config({ QUEUE_ENABLED: 'false' }), 'postgres://nobody@127.0.0.1:1/none');
    await queue.onModuleInit();
    expect(queue.enabled).toBe(false);
    expect(queue.running).toBe(false);
    await expect(queue.send('x', {})).rejects.toThrow('The job queue is disabled (QUEUE_ENABLED=false)');
  });

  it('is enabled by default', () => {
    expect(new QueueService(config({}), 'postgres://x@127.0.0.1/y').enabled).toBe(true);
  });
});
