import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CitizenCasesService } from '@jobunivers/api/citizens';
import { AppConfig } from '@jobunivers/api/config';
import { PlatformException } from '@jobunivers/api/errors';
import { IdentityService, type CitizenPrincipal, type StaffPrincipal } from '@jobunivers/api/identity';
import { DataSource, type EntityManager, In, Repository } from 'typeorm';
import { addDays, copenhagenToUtc, inCopenhagen, isoWeekday } from '@jobunivers/api/time';
import type { AvailabilityDto, SlotDto, SlotQueryDto } from './dto/meetings.dto';
import { AvailabilityBlockEntity, AvailabilityWindowEntity } from './entities/availability.entity';
import { MeetingsRepository } from './meetings.repository';
import { freeSlots, type Interval, type MeetingForm, type Slot } from './slots';

const MAX_RANGE_DAYS = 62;
const MAX_SLOTS = 1000;
const CASEWORKER_CACHE_MS = 10_000;

/** A date range from a query (`from`, `to`), with defaults, refused when reversed or longer than two months. */
export function dateRange(
  query: { from?: string; to?: string },
  defaultFrom: string,
  defaultDays: number,
): { from: string; to: string } {
  const from = query.from ?? defaultFrom;
  const to = query.to ?? addDays(from, defaultDays);
  if (to < from) throw PlatformException.validation([{ field: 'to', message: 'to must not be before from' }]);
  if (to > addDays(from, MAX_RANGE_DAYS))
    throw PlatformException.validation([
      { field: 'to', message: `to must be at most ${MAX_RANGE_DAYS} days after from` },
    ]);
  return { from, to };
}

/**
 * Caseworkers' availability (weekly windows, blocked days) and the free slots it gives: the citizen's bookable times,
 * the one slot a booking asks for, and the first free ones before a visitation deadline.
 */
@Injectable()
export class AvailabilityService {
  private readonly caseworkerCache = new Map<string, { ids: Set<string>; until: number }>();

  constructor(
    @InjectRepository(AvailabilityWindowEntity) private readonly windows: Repository<AvailabilityWindowEntity>,
    @InjectRepository(AvailabilityBlockEntity) private readonly blocks: Repository<AvailabilityBlockEntity>,
    private readonly repository: MeetingsRepository,
    private readonly cases: CitizenCasesService,
    private readonly identity: IdentityService,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  /** Free slots of these caseworkers between two dates, also avoiding the extra busy times. */
  async slotsOf(
    caseworkerIds: string[],
    from: string,
    to: string,
    form: MeetingForm | undefined,
    extraBusy: Interval[],
    manager: EntityManager = this.dataSource.manager,
    notBefore = this.earliestBooking(),
  ): Promise<Slot[]> {
    if (caseworkerIds.length === 0) return [];
    // One after the other: in a transaction (booking) the three reads share one connection, which takes one query at a time.
    const windows = await manager.find(AvailabilityWindowEntity, {
      where: { caseworkerId: In(caseworkerIds), ...(form ? { form } : {}) },
    });
    const blocks = await manager
      .createQueryBuilder(AvailabilityBlockEntity, 'b')
      .where('b.caseworkerId IN (:...ids)', { ids: caseworkerIds })
      .andWhere('b.date BETWEEN :from AND :to', { from, to })
      .getMany();
    const busy = await this.busyOf('caseworker_id', caseworkerIds, from, to, manager);
    if (windows.length === 0) return [];
    const byCaseworker = new Map<string, Interval[]>();
    for (const b of busy) byCaseworker.set(b.owner, [...(byCaseworker.get(b.owner) ?? []), b]);
    return caseworkerIds.flatMap((id) =>
      freeSlots({
        windows: windows.filter((w) => w.caseworkerId === id),
        blocks,
        busy: [...(byCaseworker.get(id) ?? []), ...extraBusy],
        from,
        to,
        form,
        notBefore,
      }),
    );
  }

  /** Meetings that hold their time (not cancelled) of these owners around a date range. */
  private async busyOf(
    column: 'caseworker_id' | 'citizen_id',
    ids: string[],
    from: string,
    to: string,
    manager?: EntityManager,
  ): Promise<Array<Interval & { owner: string }>> {
    const rows = await this.repository.busy(
      column,
      ids,
      copenhagenToUtc(addDays(from, -1), '00:00'),
      copenhagenToUtc(addDays(to, 2), '00:00'),
      manager,
    );
    return rows.map((r) => ({ owner: r.owner, start: r.starts_at, end: r.ends_at }));
  }

  private earliestBooking(): Date {
    return new Date(Date.now() + this.config.meetings.bookingLeadMinutes * 60_000);
  }

  /**
   * The citizen's bookable times: their own caseworker's free slots, and the other caseworkers' of
   * the jobcentre when their own has none within MEETING_FALLBACK_DAYS.
   */
  async slotsForCitizen(citizen: CitizenPrincipal, query: SlotQueryDto): Promise<SlotDto[]> {
    const kase = await this.cases.activeCase(citizen.id);
    const { from, to } = dateRange(query, inCopenhagen(new Date()).date, 13);
    const citizenBusy = await this.busyOf('citizen_id', [kase.id], from, to);
    const own = kase.assignedCaseworkerId;
    let slots = own ? await this.slotsOf([own], from, to, query.form, citizenBusy) : [];
    const soonEnough = copenhagenToUtc(addDays(from, this.config.meetings.fallbackDays), '00:00');
    if (!slots.some((s) => s.start < soonEnough)) {
      const others = (await this.identity.caseworkers(kase.municipalityCode))
        .map((c) => c.id)
        .filter((id) => id !== own);
      slots = [...slots, ...(await this.slotsOf(others, from, to, query.form, citizenBusy))].sort(
        (a, b) =>
          a.start.getTime() - b.start.getTime() || (a.caseworkerId === own ? -1 : b.caseworkerId === own ? 1 : 0),
      );
    }
    slots = slots.slice(0, MAX_SLOTS);
    const names = await this.identity.staffNames([...new Set(slots.map((s) => s.caseworkerId))]);
    return slots.map((s) => ({
      start: s.start.toISOString(),
      end: s.end.toISOString(),
      form: s.form,
      caseworkerId: s.caseworkerId,
      caseworkerName: names.get(s.caseworkerId) ?? '',
      ownCaseworker: s.caseworkerId === own,
      address: s.form === 'in_person' ? s.address : null,
    }));
  }

  /**
   * The slot of this caseworker and form that starts at this instant, and whether a meeting (other
   * than `ignoreMeetingId`) already holds it — in one round trip, so a taken slot is refused before
   * any transaction starts. The exclusion constraints still decide races.
   */
  async slotAt(
    caseworkerId: string,
    form: MeetingForm,
    start: Date,
    ignoreMeetingId?: string,
  ): Promise<{ slot?: Slot; taken: boolean }> {
    const { date } = inCopenhagen(start);
    const row = await this.repository.slotDay(
      caseworkerId,
      form,
      isoWeekday(date),
      date,
      start,
      ignoreMeetingId ?? null,
    );
    const slot = freeSlots({
      windows: row.windows.map((w) => ({ ...w, caseworkerId, weekday: isoWeekday(date), form })),
      blocks: row.blocks.map((b) => ({ ...b, caseworkerId, date })),
      busy: [],
      from: date,
      to: date,
      form,
      notBefore: this.earliestBooking(),
    }).find((s) => s.start.getTime() === start.getTime());
    const taken =
      !!slot &&
      row.busy.some((b) => Date.parse(b.start) < slot.end.getTime() && slot.start.getTime() < Date.parse(b.end));
    return { slot, taken };
  }

  /** Whether this is an active caseworker of the municipality; remembered for a few seconds (booking asks on every attempt). */
  async isCaseworker(municipalityCode: string, id: string): Promise<boolean> {
    const cached = this.caseworkerCache.get(municipalityCode);
    // Hits are trusted for a few seconds; a miss always asks again (a caseworker added a moment ago).
    if (cached && cached.until > Date.now() && cached.ids.has(id)) return true;
    const ids = new Set((await this.identity.caseworkers(municipalityCode)).map((c) => c.id));
    this.caseworkerCache.set(municipalityCode, { ids, until: Date.now() + CASEWORKER_CACHE_MS });
    return ids.has(id);
  }

  /** The address of the caseworker's first in-person window (where a meeting in person is held by default). */
  async inPersonAddress(caseworkerId: string): Promise<string | null> {
    return (
      (await this.windows.findOne({ where: { caseworkerId, form: 'in_person' }, order: { weekday: 'ASC' } }))
        ?.address ?? null
    );
  }

  async availability(actor: StaffPrincipal): Promise<AvailabilityDto> {
    const today = inCopenhagen(new Date()).date;
    const [windows, blocks] = await Promise.all([
      this.windows.find({
        where: { caseworkerId: actor.id },
        order: { weekday: 'ASC', startTime: 'ASC', form: 'ASC' },
      }),
      this.blocks
        .createQueryBuilder('b')
        .where('b.caseworkerId = :id AND b.date >= :today', { id: actor.id, today })
        .orderBy('b.date')
        .addOrderBy('b.startTime')
        .getMany(),
    ]);
    return {
      windows: windows.map((w) => ({
        weekday: w.weekday,
        startTime: w.startTime,
        endTime: w.endTime,
        form: w.form,
        slotMinutes: w.slotMinutes,
        address: w.address,
      })),
      blocks: blocks.map((b) => ({ date: b.date, startTime: b.startTime, endTime: b.endTime, reason: b.reason })),
    };
  }

  /** Replaces the caseworker's weekly windows and upcoming blocks (meetings already made stay). */
  async setAvailability(actor: StaffPrincipal, input: AvailabilityDto): Promise<AvailabilityDto> {
    const errors: Array<{ field: string; message: string }> = [];
    input.windows.forEach((w, i) => {
      if (w.endTime <= w.startTime)
        errors.push({ field: `windows.${i}.endTime`, message: 'endTime must be after startTime' });
      if (w.form === 'in_person' && !w.address)
        errors.push({ field: `windows.${i}.address`, message: 'address is required for in_person availability' });
    });
    input.blocks.forEach((b, i) => {
      if (!!b.startTime !== !!b.endTime)
        errors.push({
          field: `blocks.${i}.endTime`,
          message: 'give both startTime and endTime, or neither for the whole day',
        });
      else if (b.startTime && b.endTime! <= b.startTime)
        errors.push({ field: `blocks.${i}.endTime`, message: 'endTime must be after startTime' });
    });
    if (errors.length) throw PlatformException.validation(errors);
    const today = inCopenhagen(new Date()).date;
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(AvailabilityWindowEntity, { caseworkerId: actor.id });
      await manager
        .createQueryBuilder()
        .delete()
        .from(AvailabilityBlockEntity)
        .where('caseworker_id = :id AND date >= :today', { id: actor.id, today })
        .execute();
      if (input.windows.length) {
        await manager.insert(
          AvailabilityWindowEntity,
          input.windows.map((w) => ({
            caseworkerId: actor.id,
            municipalityCode: actor.municipalityCode,
            weekday: w.weekday,
            startTime: w.startTime,
            endTime: w.endTime,
            form: w.form,
            slotMinutes: w.slotMinutes,
            address: w.form === 'in_person' ? (w.address ?? null) : null,
          })),
        );
      }
      if (input.blocks.length) {
        await manager.insert(
          AvailabilityBlockEntity,
          input.blocks.map((b) => ({
            caseworkerId: actor.id,
            date: b.date,
            startTime: b.startTime ?? null,
            endTime: b.endTime ?? null,
            reason: b.reason ?? null,
          })),
        );
      }
    });
    return this.availability(actor);
  }
}
