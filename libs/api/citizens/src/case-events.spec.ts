import { Injectable, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import type { EntityManager } from 'typeorm';
import type { CitizenProfileSnapshot } from './citizen-access';
import { type CaseEvent, CaseEventBus, OnCaseEvent, OnModuleEvent } from './case-events';

const heard: string[] = [];

@Injectable()
class Closings {
  @OnCaseEvent('case_closed')
  async closed(event: CaseEvent<'case_closed'>, manager: EntityManager): Promise<void> {
    heard.push(`closings:${event.kind}:${event.params.outcome}:${manager === MANAGER}`);
  }

  /** Not a handler: never called by the bus. */
  async other(): Promise<void> {
    heard.push('closings:other');
  }
}

@Injectable()
class Everything {
  @OnCaseEvent('*')
  async any(event: CaseEvent): Promise<void> {
    heard.push(`everything:${event.kind}`);
  }

  @OnCaseEvent('registered', 'profile_created')
  async started(event: CaseEvent<'registered' | 'profile_created'>): Promise<void> {
    heard.push(`started:${event.kind}`);
  }
}

@Injectable()
class Profiles {
  @OnModuleEvent('citizen.profile_saved')
  async saved(profile: CitizenProfileSnapshot, manager: EntityManager): Promise<void> {
    heard.push(`profiles:${profile.citizenId}:${manager === MANAGER}`);
  }
}

@Module({ providers: [Everything, Profiles] })
class OtherModule {}

const MANAGER = {} as EntityManager;
const event = <E extends CaseEvent>(e: Omit<E, 'id' | 'citizenId' | 'occurredAt'>) =>
  ({ id: 'e1', citizenId: 'c1', occurredAt: new Date(), ...e }) as E;

describe('CaseEventBus', () => {
  let bus: CaseEventBus;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [DiscoveryModule, OtherModule],
      providers: [CaseEventBus, Closings],
    }).compile();
    await moduleRef.init();
    bus = moduleRef.get(CaseEventBus);
  });

  beforeEach(() => heard.splice(0));

  it('hands an event to the handlers of its kind (in any module) and to those of every kind, with the manager', async () => {
    await bus.publish(
      event<CaseEvent<'case_closed'>>({ kind: 'case_closed', params: { outcome: 'job', date: '2026-12-01' } }),
      MANAGER,
    );
    expect(heard.sort()).toEqual(['closings:case_closed:job:true', 'everything:case_closed']);
  });

  it('calls a handler declared for several kinds for each of them, and nobody else for a kind without handlers', async () => {
    await bus.publish(
      event<CaseEvent<'registered'>>({ kind: 'registered', params: { unemployedSince: '2026-11-01' } }),
      MANAGER,
    );
    await bus.publish(event<CaseEvent<'profile_created'>>({ kind: 'profile_created', params: {} }), MANAGER);
    await bus.publish(
      event<CaseEvent<'caseworker_assigned'>>({ kind: 'caseworker_assigned', params: { caseworkerName: 'Mette' } }),
      MANAGER,
    );
    expect(heard).toEqual([
      'started:registered',
      'everything:registered',
      'started:profile_created',
      'everything:profile_created',
      'everything:caseworker_assigned',
    ]);
  });

  it('lets a handler’s failure reach the caller (so the writing transaction rolls back)', async () => {
    const failing = Test.createTestingModule({
      imports: [DiscoveryModule],
      providers: [CaseEventBus, Failing],
    }).compile();
    const moduleRef = await failing;
    await moduleRef.init();
    await expect(
      moduleRef
        .get(CaseEventBus)
        .publish(event<CaseEvent<'profile_created'>>({ kind: 'profile_created', params: {} }), MANAGER),
    ).rejects.toThrow('no');
  });

  it('hands a module event to its @OnModuleEvent handlers only (not to case-event handlers), with the manager', async () => {
    expect(bus.handles('citizen.profile_saved')).toBe(true);
    await bus.emit('citizen.profile_saved', { citizenId: 'c7' } as CitizenProfileSnapshot, MANAGER);
    expect(heard).toEqual(['profiles:c7:true']);
  });
});

@Injectable()
class Failing {
  @OnCaseEvent('profile_created')
  async fail(): Promise<void> {
    throw new Error('no');
  }
}
