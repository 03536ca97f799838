import { Injectable, Logger, type OnModuleInit, SetMetadata } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import type { EntityManager } from 'typeorm';

/**
 * The case events: what happens on a citizen's case, by kind, each with its typed payload. The citizens
 * module declares its own here; every other module declares its members in its `<module>.events.ts`
 * beside the code that emits them, and adds them by augmentation:
 *
 *     declare module '@jobunivers/api/citizens' {
 *       interface CaseEvents extends MeetingsCaseEvents {}
 *     }
 *
 * Every event is written to the citizen's timeline (the case's event log) and handed to each
 * `@OnCaseEvent` handler inside the transaction that wrote it. Payload values are strings: they are
 * stored with the timeline entry and fill the placeholders of its sentence.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type -- the members come by extension and augmentation
export interface CaseEvents extends CitizensCaseEvents {}

export interface CitizensCaseEvents {
  registered: { unemployedSince: string };
  caseworker_assigned: { caseworkerName: string };
  profile_created: NoPayload;
  /** `outcome`: job, education, other or moved; `date`: from when (YYYY-MM-DD). */
  case_closed: { outcome: string; date: string };
}

/** The payload of an event that says everything by its kind. */
export type NoPayload = Record<string, never>;

export type CaseEventKind = keyof CaseEvents & string;

/** An event as its handlers get it: already on the timeline (its entry's id), in the writing transaction. */
export type CaseEvent<K extends CaseEventKind = CaseEventKind> = {
  [P in K]: { id: string; citizenId: string; kind: P; params: CaseEvents[P]; occurredAt: Date };
}[K];

/** An event to record: the kind and its payload, typed together. */
export type NewCaseEvent<K extends CaseEventKind = CaseEventKind> = {
  [P in K]: { citizenId: string; kind: P; params: CaseEvents[P]; occurredAt?: Date };
}[K];

type Handler<K extends CaseEventKind> = (event: CaseEvent<K>, manager: EntityManager) => Promise<void>;

const CASE_EVENT_KINDS = 'jobunivers:case-event-kinds';
/** Every kind: for handlers that look each event up in a table keyed by kind. */
const ANY = '*';

/**
 * Marks a provider's method as the handler of these case events (`'*'`: of every one). It runs inside
 * the transaction that recorded the event, with its `EntityManager`; an exception rolls the change back.
 */
export function OnCaseEvent<K extends CaseEventKind>(
  ...kinds: [K, ...K[]] | ['*']
): <T extends Handler<K>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<T>) => void {
  return (target, key, descriptor) => {
    SetMetadata(CASE_EVENT_KINDS, kinds)(target, key, descriptor);
  };
}

/**
 * The case-event bus: finds the `@OnCaseEvent` handlers among all providers at start-up and hands each
 * recorded event to those of its kind, in the caller's transaction. Recording (the timeline row) is the
 * citizens facade's `recordEvent()`; this is its second half.
 */
@Injectable()
export class CaseEventBus implements OnModuleInit {
  private readonly logger = new Logger('CaseEvents');
  private readonly byKind = new Map<string, Array<Handler<CaseEventKind>>>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onModuleInit(): void {
    // One instance can sit behind several tokens (`useExisting`): its handlers count once.
    const seen = new Set<object>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || seen.has(instance)) continue;
      seen.add(instance);
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const method = instance[name] as Handler<CaseEventKind>;
        const kinds = Reflect.getMetadata(CASE_EVENT_KINDS, method) as string[] | undefined;
        if (!kinds) continue;
        if (!wrapper.isDependencyTreeStatic()) {
          // A request-scoped provider has no instance outside a request: its handler would never run.
          this.logger.warn(`${wrapper.name}.${name} handles case events but is not a singleton: ignored`);
          continue;
        }
        for (const kind of kinds) this.byKind.set(kind, [...(this.byKind.get(kind) ?? []), method.bind(instance)]);
        this.logger.debug(`${wrapper.name}.${name} handles ${kinds.join(', ')}`);
      }
    }
  }

  /** Hands a recorded event to its handlers, one after the other, in the caller's transaction. */
  async publish(event: CaseEvent, manager: EntityManager): Promise<void> {
    for (const handler of [...(this.byKind.get(event.kind) ?? []), ...(this.byKind.get(ANY) ?? [])])
      await handler(event, manager);
  }
}
