import {
  parseAlertGiven,
  parseDailyClaim,
  parseDraft,
  parseHeld,
  parseSeenCallback,
} from '../../../../src/core/records/workRecords';

describe("the app's working records, parsed on read", () => {
  it.each([
    ['a lease', parseHeld, { holder: 'h1', until: '2026-03-01T10:00:00.000Z' }],
    ['a daily claim', parseDailyClaim, { requestId: 'r1', at: '2026-03-01T10:00:00.000Z' }],
    ['an accepted callback', parseSeenCallback, { fingerprint: 'f1', until: '2026-03-01T10:00:00.000Z' }],
    ['an alert with its problem', parseAlertGiven, { problem: 'internal_address' }],
    ['an alert without detail', parseAlertGiven, {}],
    [
      'a draft',
      parseDraft,
      { requestId: 'r1', jurisdiction: 'gdpr', type: 'access', revision: 2, appId: 'poll' },
    ],
  ] as const)(
    '%s written before versions were kept still reads, and with its version',
    (_name, parse, value) => {
      expect((parse as (raw: unknown) => unknown)(value)).toEqual(value);
      expect((parse as (raw: unknown) => unknown)({ ...value, v: 1 })).toEqual(value);
    },
  );

  it.each([
    ['a lease from a newer version', parseHeld, { holder: 'h1', until: 'x', v: 2 }],
    ['a lease without a holder', parseHeld, { until: 'x' }],
    ['a claim with a number for a time', parseDailyClaim, { requestId: 'r1', at: 5 }],
    ['a callback without a fingerprint', parseSeenCallback, { until: 'x' }],
    ['an alert whose problem is not text', parseAlertGiven, { problem: { text: 'x' } }],
    ['a draft of an unknown law', parseDraft, { requestId: 'r1', jurisdiction: 'mars', type: 'access' }],
    ['a draft of an unknown type', parseDraft, { requestId: 'r1', jurisdiction: 'gdpr', type: 'everything' }],
    [
      'a draft with a negative revision',
      parseDraft,
      { requestId: 'r1', jurisdiction: 'gdpr', type: 'access', revision: -1 },
    ],
    ['nothing', parseDraft, null],
    ['a list', parseHeld, ['h1']],
  ] as const)('%s reads as absent', (_name, parse, raw) => {
    expect((parse as (raw: unknown) => unknown)(raw)).toBeUndefined();
  });

  it('a draft keeps only its known fields (nothing else a record holds flows on)', () => {
    expect(parseDraft({ requestId: 'r1', jurisdiction: 'gdpr', type: 'access', admin: true })).toEqual({
      requestId: 'r1',
      jurisdiction: 'gdpr',
      type: 'access',
    });
  });
});
