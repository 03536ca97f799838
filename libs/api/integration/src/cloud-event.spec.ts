import { toCloudEvent } from './cloud-event';

describe('a feed event as a CloudEvent', () => {
  const row = {
    seq: '2211',
    id: '5b0e6f1a-2c3d-4e5f-8a9b-0c1d2e3f4a5b',
    tx_id: '1043',
    municipality_code: '0751',
    type: 'outcome.reported',
    occurred_at: new Date('2026-12-01T10:15:00.250Z'),
    data: { outcome: 'job', date: '2026-12-01' },
  };

  it('carries every required attribute, the citizen as subject and the cursor as an extension', () => {
    expect(toCloudEvent({ ...row, citizen_id: '3f1c2d4e-0b6a-4c1e-9a57-2f0d8c1b7e10' })).toEqual({
      specversion: '1.0',
      id: '5b0e6f1a-2c3d-4e5f-8a9b-0c1d2e3f4a5b',
      source: '/municipalities/0751',
      type: 'dk.jobunivers.citizens.outcome_reported',
      subject: 'citizens/3f1c2d4e-0b6a-4c1e-9a57-2f0d8c1b7e10',
      time: '2026-12-01T10:15:00.250Z',
      datacontenttype: 'application/json',
      cursor: '1043.2211',
      data: { outcome: 'job', date: '2026-12-01' },
    });
  });

  it('leaves subject out when the event is about no citizen (absent, not null: CloudEvents attributes have no null)', () => {
    expect(Object.keys(toCloudEvent({ ...row, citizen_id: null }))).toEqual([
      'specversion',
      'id',
      'source',
      'type',
      'time',
      'datacontenttype',
      'cursor',
      'data',
    ]);
  });
});
