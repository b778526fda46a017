import { factsOf } from '../../../../src/core/dataFlows/facts';
import { ageInMinutes, parseDataMap, storedDataMap } from '../../../../src/core/dataFlows/map';
import { RC_DEFAULTS } from './defaults';

describe('the stored data map', () => {
  const record = { facts: factsOf(RC_DEFAULTS), computedAt: '2026-11-30T10:00:00.000Z' };

  it('reads back what was stored, through JSON', () => {
    expect(parseDataMap(JSON.parse(JSON.stringify(storedDataMap(record))))).toEqual(record);
  });

  it('keeps the facts again on read: a hand-edited raw value never flows on', () => {
    const edited = {
      ...storedDataMap(record),
      facts: { SMTP_Host: 'https://u:p4ss@smtp.example.org/x', SMTP_Password: 'p4ss' },
    };
    expect(parseDataMap(edited)?.facts).toEqual({ SMTP_Host: 'smtp.example.org' });
  });

  it('a record without a time, with facts of another shape or another version reads as absent', () => {
    expect(parseDataMap({ v: 1, facts: {}, computedAt: 'yesterday' })).toBeUndefined();
    expect(parseDataMap({ v: 1, facts: [], computedAt: record.computedAt })).toBeUndefined();
    expect(parseDataMap({ v: 1, facts: null, computedAt: record.computedAt })).toBeUndefined();
    expect(parseDataMap({ v: 2, facts: {}, computedAt: record.computedAt })).toBeUndefined();
  });

  it('says how old it is in whole minutes, never negative', () => {
    expect(ageInMinutes(record, new Date('2026-11-30T10:59:59Z'))).toBe(59);
    expect(ageInMinutes(record, new Date('2026-11-30T09:00:00Z'))).toBe(0);
  });
});
