import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import { liveChannel } from './live-channel';

export const REALTIME_DATABASE_URL = Symbol('REALTIME_DATABASE_URL');

/**
 * Whom a live event is for: one citizen or one staff member (all their open tabs, on any instance),
 * a jobcentre's inbox — or the instances themselves (`platform:…`, e.g. session revocations).
 */
export type LiveTopic =
  | `citizen:${string}`
  | `staff:${string}`
  | `inbox:${string}`
  | `platform:${string}`
  /** A company's users (by CVR number), and a municipality's employer consultants. */
  | `company:${string}`
  | `employer-inbox:${string}`;

export interface LiveEvent {
  topic: LiveTopic;
  /** The SSE event name, e.g. `notification`. */
  event: string;
  data: Record<string, unknown>;
}

export type LiveListener = (event: LiveEvent) => void;

/**
 * Live updates across API instances: a change publishes with `pg_notify` inside its own transaction
 * (delivered to every listening instance when — and only if — it commits), and each instance hands
 * the event to the clients connected to it (server-sent events). No process memory is shared, so any
 * number of instances behind a load balancer behave as one.
 */
@Injectable()
export class RealtimeService implements OnApplicationShutdown {
  private readonly logger = new Logger('Realtime');
  private readonly listeners = new Map<string, Set<LiveListener>>();
  private client?: Client;
  private connecting?: Promise<void>;
  private closed = false;
  private connectCount = 0;
  private epoch?: number;

  constructor(@Inject(REALTIME_DATABASE_URL) private readonly databaseUrl: string) {}

  /** Publishes in the caller's transaction (or at once without one). Payloads stay small: ids and counts. */
  async publish(manager: EntityManager, topic: LiveTopic, event: string, data: Record<string, unknown>): Promise<void> {
    await liveChannel.notify(manager, JSON.stringify({ topic, event, data } satisfies LiveEvent));
  }

  /** Many events in one statement (a fan-out page). */
  async publishMany(manager: EntityManager, events: LiveEvent[]): Promise<void> {
    if (events.length === 0) return;
    await liveChannel.notifyMany(
      manager,
      events.map((e) => JSON.stringify(e)),
    );
  }

  /** Listens for one topic on this instance; returns the unsubscribe function. */
  async subscribe(topic: LiveTopic, listener: LiveListener): Promise<() => void> {
    await this.listen();
    let set = this.listeners.get(topic);
    if (!set) this.listeners.set(topic, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(topic) === set) this.listeners.delete(topic);
    };
  }

  /**
   * A number that changes with every (re)connection of this instance's listener, undefined while it
   * is not listening. Whoever caches on the strength of notifications (the session cache) trusts
   * an entry only while the epoch it was made in is still the current one: nothing was missed.
   */
  get listeningEpoch(): number | undefined {
    return this.epoch;
  }

  /** Connected clients on this instance (for metrics and tests). */
  get connections(): number {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }

  private listen(): Promise<void> {
    this.connecting ??= (async () => {
      const client = new Client({ connectionString: this.databaseUrl, application_name: 'jobunivers-live' });
      client.on('notification', (message) => this.dispatch(message.payload));
      client.on('error', (err) => {
        this.logger.warn({ err }, 'live connection lost; reconnecting');
        this.reconnect();
      });
      client.on('end', () => {
        if (this.client === client && !this.closed) this.reconnect();
      });
      await client.connect();
      await liveChannel.listen(client);
      this.client = client;
      this.epoch = ++this.connectCount;
    })().catch((error: unknown) => {
      this.connecting = undefined;
      throw error;
    });
    return this.connecting;
  }

  private reconnect(): void {
    const old = this.client;
    this.epoch = undefined;
    this.client = undefined;
    this.connecting = undefined;
    void old?.end().catch(() => undefined);
    if (this.closed || this.listeners.size === 0) return;
    setTimeout(() => void this.listen().catch(() => this.reconnect()), 1000).unref();
  }

  private dispatch(payload: string | undefined): void {
    if (!payload) return;
    let event: LiveEvent;
    try {
      event = JSON.parse(payload) as LiveEvent;
    } catch {
      return;
    }
    for (const listener of this.listeners.get(event.topic) ?? []) {
      try {
        listener(event);
      } catch (err) {
        this.logger.warn({ err }, 'live listener failed');
      }
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    this.epoch = undefined;
    this.listeners.clear();
    await this.client?.end().catch(() => undefined);
    this.client = undefined;
  }
}
