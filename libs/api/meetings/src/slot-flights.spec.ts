import { BOOKED_HINT_MS, SlotFlights } from './slot-flights';

const CW = 'a0230000-0000-4000-8000-000000000002';
const AT = new Date('2027-03-01T08:00:00Z');
const taken = () => new Error('taken');

/** An attempt the test settles by hand, counting how often it was started. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('SlotFlights', () => {
  afterEach(() => jest.useRealTimers());

  it('runs one attempt per slot at a time; the others are refused once it succeeds, without running', async () => {
    const flights = new SlotFlights();
    const first = deferred<string>();
    let started = 0;
    const attempt = () => (started++, first.promise);
    const all = [1, 2, 3, 4].map(() => flights.run(CW, AT, attempt, taken).catch((e: Error) => e.message));
    first.resolve('booked');
    expect(await Promise.all(all)).toEqual(['booked', 'taken', 'taken', 'taken']);
    expect(started).toBe(1);
  });

  it('lets the next waiter try when the attempt in flight fails', async () => {
    const flights = new SlotFlights();
    const first = deferred<string>();
    const outcomes = [
      flights.run(CW, AT, () => first.promise, taken).catch((e: Error) => e.message),
      flights.run(CW, AT, async () => 'second booked', taken).catch((e: Error) => e.message),
      flights.run(CW, AT, async () => 'third booked', taken).catch((e: Error) => e.message),
    ];
    first.reject(new Error('citizen busy'));
    expect(await Promise.all(outcomes)).toEqual(['citizen busy', 'second booked', 'taken']);
  });

  it('answers whether a slot is taken here without running anything: after the attempt in flight, by its outcome', async () => {
    const flights = new SlotFlights();
    expect(await flights.taken(CW, AT)).toBe(false);
    const first = deferred<string>();
    const booking = flights.run(CW, AT, () => first.promise, taken);
    const asked = flights.taken(CW, AT);
    first.resolve('booked');
    await booking;
    expect(await asked).toBe(true);
    expect(await flights.taken(CW, new Date(AT.getTime() + 15 * 60_000))).toBe(false);
  });

  it('keeps other slots apart', async () => {
    const flights = new SlotFlights();
    const other = new Date(AT.getTime() + 15 * 60_000);
    const results = await Promise.all([
      flights.run(CW, AT, async () => 'a', taken),
      flights.run(CW, other, async () => 'b', taken),
      flights.run('a0230000-0000-4000-8000-000000000003', AT, async () => 'c', taken),
    ]);
    expect(results).toEqual(['a', 'b', 'c']);
  });

  it('refuses a just-booked slot only for the short hint, and not at all once its meeting is cancelled here', async () => {
    jest.useFakeTimers({ now: new Date('2027-02-01T10:00:00Z') });
    const flights = new SlotFlights();
    await flights.run(CW, AT, async () => 'booked', taken);
    await expect(flights.run(CW, AT, async () => 'again', taken)).rejects.toThrow('taken');
    jest.setSystemTime(Date.now() + BOOKED_HINT_MS + 1);
    await expect(flights.run(CW, AT, async () => 'asks the database', taken)).resolves.toBe('asks the database');
    flights.forget(CW, AT);
    await expect(flights.run(CW, AT, async () => 'after a cancellation', taken)).resolves.toBe('after a cancellation');
  });
});
