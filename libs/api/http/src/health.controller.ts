import { Controller, Get, HttpCode, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { PlatformErrorCode, PlatformException } from '@jobunivers/api/errors';
import { QueueService } from '@jobunivers/api/queue';
import { DataSource } from 'typeorm';
import { Public } from './access';

export class ComponentHealthDto {
  @ApiProperty({ enum: ['up', 'down', 'disabled'] }) status!: 'up' | 'down' | 'disabled';
  @ApiProperty({ required: false, description: 'Round-trip time of a trivial query, in milliseconds.' })
  latencyMs?: number;
}

export class HealthDto {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty() database!: ComponentHealthDto;
  @ApiProperty() queue!: ComponentHealthDto;
}

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref()),
  ]);

@ApiTags('platform')
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: QueueService,
  ) {}

  @Get()
  @Public('health probe for load balancers and orchestrators')
  @HttpCode(200)
  @ApiOperation({ summary: 'Readiness: does the API reach its database (and queue)?' })
  @ApiOkResponse({ type: HealthDto, description: 'Ready: the database answers.' })
  @ApiServiceUnavailableResponse({
    description: 'Not ready: the database does not answer (problem+json with the component status).',
  })
  async check(): Promise<HealthDto> {
    const started = performance.now();
    let database: ComponentHealthDto;
    try {
      await withTimeout(this.dataSource.query('SELECT 1'), 2000);
      database = { status: 'up', latencyMs: Math.round((performance.now() - started) * 10) / 10 };
    } catch {
      database = { status: 'down' };
    }
    const queue: ComponentHealthDto = { status: !this.queue.enabled ? 'disabled' : this.queue.running ? 'up' : 'down' };
    if (database.status !== 'up') {
      throw new PlatformException(PlatformErrorCode.ServiceUnavailable, 'The database does not answer.', {
        database,
        queue,
      });
    }
    return { status: 'ok', database, queue };
  }
}
