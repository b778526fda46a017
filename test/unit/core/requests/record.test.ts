import { foldRecords } from '../../../../src/core/requests/history';
import { parseRequestRecord, storedRequest } from '../../../../src/core/requests/record';
import { queuedRequest, snapshot } from './fixtures';

describe('a stored request record', () => {
  it('is written with its schema version and reads back', () => {
    const stored = snapshot(storedRequest(queuedRequest()));
    expect(stored.v).toBe(1);
    expect(parseRequestRecord(stored)?.id).toBe(queuedRequest().id);
  });

  it('one written before records had a version still reads', () => {
    expect(parseRequestRecord(snapshot(queuedRequest()))?.ref).toBe('PR-1A2B3C4D');
  });

  it.each([
    ['nothing', null],
    ['a newer schema', { ...queuedRequest(), v: 2 }],
    ['no id', { ...queuedRequest(), id: undefined }],
    ['an unknown status', { ...queuedRequest(), status: 'lost' }],
    ['no history', { ...queuedRequest(), history: 'none' }],
    ['no delivery state', { ...queuedRequest(), delivery: undefined }],
  ])('does not parse: %s', (_name, record) => {
    expect(parseRequestRecord(record)).toBeUndefined();
  });

  it('the fold skips what is not a request, and says so', () => {
    const skipped: unknown[] = [];
    const folded = foldRecords([{ junk: true }, storedRequest(queuedRequest()), 7], (r) => skipped.push(r));
    expect(folded.map((r) => r.id)).toEqual([queuedRequest().id]);
    expect(skipped).toEqual([{ junk: true }, 7]);
  });
});
