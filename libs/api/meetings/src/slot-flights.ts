import { Injectable } from '@nestjs/common';

/** How long this process answers "taken" for a slot it has just booked without asking the database. */
export const BOOKED_HINT_MS = 1_000;
const HINTS_MAX = 10_000;

/**
 * The citizens' bookings of each caseworker's slot in this process (issue 22, contended booking). The first attempt
 * at a slot goes to the database; attempts that arrive while it runs wait for its outcome instead of queueing for a
 * connection and for the slot's claim: once it has succeeded they are refused — a true answer, the meeting is
 * committed — and when it failed they go on, one at a time.
 *
 * After a booking succeeds the slot is also refused here for {@link BOOKED_HINT_MS}, so the rest of a burst costs no
 * statement. That hint is the only answer not read from the database: a cancellation or move through this process
 * clears it at once (`forget`), one through another instance is seen at most that long after. Everything else — and
 * every instance's attempts against each other — is decided by the slot's claim and the exclusion constraints.
 */
@Injectable()
export class SlotFlights {
  private readonly running = new Map<string, Promise<unknown>>();
  private readonly booked = new Map<string, number>();

  /**
   * Whether this process has just booked the caseworker's slot, or books it now (then after that attempt's outcome):
   * the cheap refusal a burst's losers get before any statement.
   */
  async taken(caseworkerId: string, start: Date): Promise<boolean> {
    const slot = slotKey(caseworkerId, start);
    for (;;) {
      const state = this.state(slot);
      if (typeof state === 'boolean') return state;
      if (await this.outcome(slot, state)) return true;
    }
  }

  /** Runs `attempt` at the caseworker's slot unless another attempt at it succeeds first; then throws `taken()`. */
  async run<T>(caseworkerId: string, start: Date, attempt: () => Promise<T>, taken: () => Error): Promise<T> {
    const slot = slotKey(caseworkerId, start);
    // Free is decided and the attempt registered in one synchronous step: no two attempts start together.
    for (let state = this.state(slot); state !== false; state = this.state(slot))
      if (state === true || (await this.outcome(slot, state))) throw taken();
    const mine = attempt();
    this.running.set(slot, mine);
    try {
      const result = await mine;
      this.remember(slot);
      return result;
    } finally {
      if (this.running.get(slot) === mine) this.running.delete(slot);
    }
  }

  /** true: just booked here; false: nothing known here; else the attempt in flight. */
  private state(slot: string): boolean | Promise<unknown> {
    const until = this.booked.get(slot);
    if (until !== undefined && until > Date.now()) return true;
    return this.running.get(slot) ?? false;
  }

  /** Waits for the attempt in flight: whether it booked the slot (a failed one is forgotten). */
  private async outcome(slot: string, other: Promise<unknown>): Promise<boolean> {
    if (await other.then(succeeded, failed)) return true;
    if (this.running.get(slot) === other) this.running.delete(slot);
    return false;
  }

  /** The meeting at this slot was cancelled or moved away: no hint may refuse it any more. */
  forget(caseworkerId: string, start: Date): void {
    this.booked.delete(slotKey(caseworkerId, start));
  }

  private remember(slot: string): void {
    const now = Date.now();
    if (this.booked.size >= HINTS_MAX) for (const [k, until] of this.booked) if (until <= now) this.booked.delete(k);
    if (this.booked.size < HINTS_MAX) this.booked.set(slot, now + BOOKED_HINT_MS);
  }
}

const slotKey = (caseworkerId: string, start: Date) => `${caseworkerId} ${start.getTime()}`;
const succeeded = () => true;
const failed = () => false;
