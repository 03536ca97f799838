import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto, IntRange } from '@jobunivers/api/http';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUrl, Matches, MaxLength } from 'class-validator';
import { CURSOR_PATTERN, EVENT_TYPES } from '../event-types';

const splitList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : value;

export class FeedQueryDto {
  @ApiPropertyOptional({
    description:
      'Resume after this cursor (the `cursor` of the last event you processed, or `nextCursor`). Absent: from the beginning.',
    example: '1043.2211',
  })
  @IsOptional()
  @IsString({ message: 'after must be a cursor' })
  @Matches(CURSOR_PATTERN, { message: 'after must be a cursor from this feed ("<number>.<number>")' })
  after?: string;

  @ApiPropertyOptional({
    description: `Comma-separated event types (absent: all): ${EVENT_TYPES.join(', ')}`,
    example: 'dk.jobunivers.citizens.registered,dk.jobunivers.citizens.outcome_reported',
    type: String,
  })
  @IsOptional()
  @Transform(splitList)
  @IsArray()
  @IsIn(EVENT_TYPES, { each: true, message: `types must be among: ${EVENT_TYPES.join(', ')}` })
  types?: string[];

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 100 })
  @IsOptional()
  @IntRange(1, 1000, { query: true })
  limit: number = 100;
}

/**
 * One event of the feed as a CloudEvent (https://cloudevents.io, v1.0, structured JSON mode): the
 * same object a webhook POSTs (`content-type: application/cloudevents+json`).
 */
export class CloudEventDto {
  @ApiProperty({ enum: ['1.0'], description: 'CloudEvents version.' }) specversion!: '1.0';
  @ApiProperty({
    format: 'uuid',
    description:
      'Stable id of the event, the same in the feed and in every webhook delivery (`webhook-id`): process each id once.',
  })
  id!: string;
  @ApiProperty({
    example: '/municipalities/0751',
    description: 'The municipality the event belongs to: `/municipalities/<4-digit municipality code>`.',
  })
  source!: string;
  @ApiProperty({
    enum: EVENT_TYPES,
    example: 'dk.jobunivers.citizens.registered',
    description: 'What happened: `dk.jobunivers.<module>.<event>`.',
  })
  type!: string;
  @ApiPropertyOptional({
    example: 'citizens/3f1c2d4e-0b6a-4c1e-9a57-2f0d8c1b7e10',
    description: 'The citizen (case) the event is about: `citizens/<id>`.',
  })
  subject?: string;
  @ApiProperty({ format: 'date-time', description: 'When it happened (RFC 3339, UTC).' }) time!: string;
  @ApiProperty({ enum: ['application/json'] }) datacontenttype!: 'application/json';
  @ApiProperty({
    example: '1043.2211',
    description: 'Extension attribute: the position in the feed; pass it as `after` to continue behind this event.',
  })
  cursor!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description:
      'What happened (no CPR numbers or names): e.g. `{ outcome, date }` or `{ meetingId, form, startsAt }`.',
  })
  data!: Record<string, string>;
}

export class FeedPageDto {
  @ApiProperty({ type: [CloudEventDto], description: 'CloudEvents, oldest first.' }) items!: CloudEventDto[];
  @ApiProperty({
    description: 'Pass as `after` to get the next events (unchanged when there were none).',
    example: '1043.2211',
  })
  nextCursor!: string;
  @ApiProperty({ description: 'More events are ready right now.' }) hasMore!: boolean;
}

export class WebhookInputDto {
  @ApiProperty({
    example: 'https://fagsystem.aarhus.dk/jobunivers/events',
    description: 'Receives one POST per event, a CloudEvent (https required in production).',
  })
  @IsString({ message: 'url must be a URL' })
  @MaxLength(2000, { message: 'url must be at most 2000 characters' })
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'url must be an http(s) URL' },
  )
  url!: string;

  @ApiPropertyOptional({ enum: EVENT_TYPES, isArray: true, description: 'Event types to send (empty or absent: all).' })
  @IsOptional()
  @IsArray({ message: 'types must be a list' })
  @ArrayMaxSize(EVENT_TYPES.length)
  @IsIn(EVENT_TYPES, { each: true, message: `types must be among: ${EVENT_TYPES.join(', ')}` })
  types?: string[];
}

export class WebhookDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) clientId!: string;
  @ApiProperty() url!: string;
  @ApiProperty({ enum: EVENT_TYPES, isArray: true }) types!: string[];
  @ApiProperty() active!: boolean;
  @ApiProperty({ description: 'Feed position of the last event delivered (or skipped after the last retry).' })
  cursor!: string;
  @ApiProperty({ description: 'Failed attempts at the next event.' }) attempts!: number;
  @ApiProperty({ format: 'date-time' }) nextAttemptAt!: string;
  @ApiPropertyOptional({
    description:
      'The signing secret — shown only when the webhook is created. Verify `webhook-signature` with it (Standard Webhooks, HMAC-SHA256).',
  })
  secret?: string;
}

export class WebhookDeliveryDto {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ enum: EVENT_TYPES }) eventType!: string;
  @ApiProperty() attempt!: number;
  @ApiProperty({ enum: ['delivered', 'retrying', 'failed'] }) outcome!: string;
  @ApiProperty({ nullable: true, type: Number }) responseStatus!: number | null;
  @ApiProperty({ nullable: true, type: String }) error!: string | null;
  @ApiProperty() durationMs!: number;
  @ApiProperty({ format: 'date-time' }) attemptedAt!: string;
}

export class DeliveryQueryDto extends PageQueryDto {}
