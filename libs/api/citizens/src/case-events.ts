import { Injectable, Logger, type OnModuleInit, SetMetadata } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import type { EntityManager } from 'typeorm';
import type { CitizenProfileSnapshot } from './citizen-access';

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

/**
 * Module events: what a module announces that is not an entry on the citizen's timeline — a meeting's notice (its
 * outbox row's id makes a push exactly-once; reminders have no timeline entry), a new message. Name → payload; each
 * module adds its members by augmentation beside the code that emits them, as for {@link CaseEvents}:
 *
 *     declare module '@jobunivers/api/citizens' {
 *       interface ModuleEvents { 'meeting.notice': MeetingEvent }
 *     }
 */
export interface ModuleEvents {
  /** A citizen's profile was saved (job matching keeps its match profile from it). */
  'citizen.profile_saved': CitizenProfileSnapshot;
}

export type ModuleEventName = keyof ModuleEvents & string;

type ModuleHandler<N extends ModuleEventName> = (payload: ModuleEvents[N], manager: EntityManager) => Promise<void>;

const CASE_EVENT_KINDS = 'jobunivers:case-event-kinds';
const MODULE_EVENT_NAMES = 'jobunivers:module-event-names';
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
 * Marks a provider's method as the handler of these module events. It runs inside the transaction that emitted the
 * event, with its `EntityManager`; an exception rolls the change back.
 */
export function OnModuleEvent<N extends ModuleEventName>(
  ...names: [N, ...N[]]
): <T extends ModuleHandler<N>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<T>) => void {
  return (target, key, descriptor) => {
    SetMetadata(MODULE_EVENT_NAMES, names)(target, key, descriptor);
  };
}

/**
 * The case-event bus: finds the `@OnCaseEvent` and `@OnModuleEvent` handlers among all providers at start-up and
 * hands each event to those of its kind, in the caller's transaction. Recording a case event (the timeline row) is
 * the citizens facade's `recordEvent()`; `publish` is its second half. A module event goes out by `emit`.
 */
@Injectable()
export class CaseEventBus implements OnModuleInit {
  private readonly logger = new Logger('CaseEvents');
  private readonly byKind = new Map<string, Array<Handler<CaseEventKind>>>();
  private readonly byName = new Map<string, Array<ModuleHandler<ModuleEventName>>>();

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
        const method = instance[name] as (...args: never[]) => Promise<void>;
        const kinds = Reflect.getMetadata(CASE_EVENT_KINDS, method) as string[] | undefined;
        const names = Reflect.getMetadata(MODULE_EVENT_NAMES, method) as string[] | undefined;
        if (!kinds && !names) continue;
        if (!wrapper.isDependencyTreeStatic()) {
          // A request-scoped provider has no instance outside a request: its handler would never run.
          this.logger.warn(`${wrapper.name}.${name} handles events but is not a singleton: ignored`);
          continue;
        }
        const bound = method.bind(instance) as never;
        for (const kind of kinds ?? []) this.byKind.set(kind, [...(this.byKind.get(kind) ?? []), bound]);
        for (const event of names ?? []) this.byName.set(event, [...(this.byName.get(event) ?? []), bound]);
        this.logger.debug(`${wrapper.name}.${name} handles ${[...(kinds ?? []), ...(names ?? [])].join(', ')}`);
      }
    }
  }

  /** Whether anyone listens to this module event (an emitter may then skip building its payload). */
  handles(name: ModuleEventName): boolean {
    return (this.byName.get(name)?.length ?? 0) > 0;
  }

  /** Hands a module event to its `@OnModuleEvent` handlers, one after the other, in the caller's transaction. */
  async emit<N extends ModuleEventName>(name: N, payload: ModuleEvents[N], manager: EntityManager): Promise<void> {
    for (const handler of this.byName.get(name) ?? []) await (handler as ModuleHandler<N>)(payload, manager);
  }

  /** Hands a recorded event to its handlers, one after the other, in the caller's transaction. */
  async publish(event: CaseEvent, manager: EntityManager): Promise<void> {
    for (const handler of [...(this.byKind.get(event.kind) ?? []), ...(this.byKind.get(ANY) ?? [])])
      await handler(event, manager);
  }
}
