import { acknowledgementsCsv } from '../../../../src/core/policyUpdates/acksCsv';
import type { Acknowledgement } from '../../../../src/core/policyUpdates/notice';

const ack = (userId: string, version: string, effectiveDate: string, at: string): Acknowledgement => ({
  schemaVersion: 1,
  userId,
  version,
  effectiveDate,
  at,
});

describe('the acknowledgements as CSV', () => {
  it('one row per person and version, oldest version first, by current username; safe cells', () => {
    const csv = acknowledgementsCsv(
      [
        ack('u2', '7.0', '2026-12-01', '2026-12-02T10:00:00.000Z'),
        ack('u1', '6.0', '2026-01-01', '2026-01-05T10:00:00.000Z'),
        ack('gone', '7.0', '2026-12-01', '2026-12-01T09:00:00.000Z'),
      ],
      (id) => ({ u1: 'alice', u2: '=cmd|calc' })[id] ?? id,
      (column) => column.toUpperCase(),
    );
    expect(csv.split('\r\n')).toEqual([
      '\uFEFF"VERSION","EFFECTIVE","USERNAME","ACKNOWLEDGED"',
      '"6.0","2026-01-01","alice","2026-01-05T10:00:00.000Z"',
      '"7.0","2026-12-01","gone","2026-12-01T09:00:00.000Z"',
      '"7.0","2026-12-01","\'=cmd|calc","2026-12-02T10:00:00.000Z"',
      '',
    ]);
  });
});
