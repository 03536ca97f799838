import { Body, Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblems, ClientOnly, IdParamDto, type Page, StaffOnly } from '@jobunivers/api/http';
import { type ClientPrincipal, CurrentPrincipal, type StaffPrincipal } from '@jobunivers/api/identity';
import {
  CloudEventDto,
  DeliveryQueryDto,
  FeedPageDto,
  FeedQueryDto,
  WebhookDeliveryDto,
  WebhookDto,
  WebhookInputDto,
} from './dto/integration.dto';
import { FeedService } from './feed.service';
import { WebhooksService } from './webhooks.service';

@ApiTags('integration')
@Controller()
export class IntegrationController {
  constructor(
    private readonly feed: FeedService,
    private readonly webhooks: WebhooksService,
  ) {}

  @Get('events')
  @ClientOnly('events:read')
  @ApiOperation({
    summary: "The municipality's event feed, oldest first",
    description:
      'An ordered, durable feed of domain events of your municipality, each a CloudEvent 1.0 (structured JSON; webhooks POST the same objects). ' +
      'Keep the `cursor` (an extension attribute) of the last event you processed and ask again with `after=<cursor>`: ' +
      'you get every later event exactly once, in order, without gaps (events of transactions still running are held back until they end). Event ids are stable.',
  })
  @ApiOkResponse({ type: FeedPageDto })
  events(@CurrentPrincipal() client: ClientPrincipal, @Query() query: FeedQueryDto): Promise<FeedPageDto> {
    return this.feed.page(client.municipalityCode, query.after, query.types, query.limit);
  }

  @Get('api-clients/:id/webhook')
  @StaffOnly('municipality_admin')
  @ApiOperation({ summary: "An API client's webhook (admins)" })
  @ApiOkResponse({ type: WebhookDto })
  webhook(@CurrentPrincipal() admin: StaffPrincipal, @Param() { id }: IdParamDto): Promise<WebhookDto> {
    return this.webhooks.get(admin.municipalityCode, id);
  }

  @Put('api-clients/:id/webhook')
  @ApiProblems(422)
  @StaffOnly('municipality_admin')
  @ApiOperation({
    summary: "Create or change an API client's webhook (admins)",
    description:
      'The signing secret is in the answer only when the webhook is created. Deliveries start with the events after this moment: ' +
      'each event is POSTed to `url` on its own, in feed order, as the CloudEvent of the feed (see the `event` callback).',
    callbacks: {
      event: {
        '{$request.body#/url}': {
          post: {
            summary: 'One event of the feed, signed per Standard Webhooks',
            security: [], // no token: the receiver checks webhook-signature
            description:
              'Answer 2xx within 5 s; anything else is retried with backoff (the next events wait). Delivery is at least once: deduplicate by `webhook-id` (the event id).',
            parameters: [
              {
                name: 'webhook-id',
                in: 'header',
                required: true,
                description: 'The event id (the CloudEvent `id`).',
                schema: { type: 'string', format: 'uuid' },
              },
              {
                name: 'webhook-timestamp',
                in: 'header',
                required: true,
                description: 'Unix seconds of this attempt.',
                schema: { type: 'string', pattern: '^\\d+$' },
              },
              {
                name: 'webhook-signature',
                in: 'header',
                required: true,
                description:
                  '`v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">` keyed with the secret (base64 after `whsec_`).',
                schema: { type: 'string' },
              },
            ],
            requestBody: {
              required: true,
              content: { 'application/cloudevents+json': { schema: { $ref: getSchemaPath(CloudEventDto) } } },
            },
            responses: {
              '2XX': { description: 'Received: the next event follows.' },
              default: {
                description:
                  'Anything else, or no answer within 5 s: retried after 10 s, 30 s, 2 min, 10 min, 30 min, then hourly (8 retries); the next events wait.',
              },
            },
          },
        },
      },
    },
  })
  @ApiOkResponse({ type: WebhookDto })
  putWebhook(
    @CurrentPrincipal() admin: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: WebhookInputDto,
  ): Promise<WebhookDto> {
    return this.webhooks.put(admin.municipalityCode, id, body);
  }

  @Delete('api-clients/:id/webhook')
  @StaffOnly('municipality_admin')
  @HttpCode(204)
  @ApiOperation({ summary: "Remove an API client's webhook and its delivery log (admins)" })
  @ApiNoContentResponse()
  async removeWebhook(@CurrentPrincipal() admin: StaffPrincipal, @Param() { id }: IdParamDto): Promise<void> {
    await this.webhooks.remove(admin.municipalityCode, id);
  }

  @Get('api-clients/:id/webhook/deliveries')
  @StaffOnly('municipality_admin')
  @ApiOperation({ summary: "The webhook's delivery log, newest first (admins)" })
  @ApiPageResponse(WebhookDeliveryDto)
  deliveries(
    @CurrentPrincipal() admin: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Query() query: DeliveryQueryDto,
  ): Promise<Page<WebhookDeliveryDto>> {
    return this.webhooks.deliveryLog(admin.municipalityCode, id, query);
  }
}
