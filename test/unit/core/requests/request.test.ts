import { isRequestId, normalizeReference, referenceOf } from '../../../../src/core/requests/request';
import { REQUEST_ID } from './fixtures';

describe('request references', () => {
  it.each([
    [REQUEST_ID, 'PR-1A2B3C4D'],
    ['00000000-0000-4000-8000-000000000000', 'PR-00000000'],
    ['abcdef01-2345-4678-9abc-def012345678', 'PR-ABCDEF01'],
    ['abcd-ef01-2345', 'PR-ABCDEF01'],
  ])('the reference of %s is %s', (id, ref) => {
    expect(referenceOf(id)).toBe(ref);
    expect(referenceOf(id)).toMatch(/^PR-[0-9A-F]{8}$/);
  });

  it.each([
    ['PR-1A2B3C4D', 'PR-1A2B3C4D'],
    ['pr-1a2b3c4d', 'PR-1A2B3C4D'],
    ['  Pr-1A2b3C4d  ', 'PR-1A2B3C4D'],
    ['PR1A2B3C4D', 'PR-1A2B3C4D'],
    ['1a2b3c4d', 'PR-1A2B3C4D'],
    [REQUEST_ID, 'PR-1A2B3C4D'],
    [REQUEST_ID.toUpperCase(), 'PR-1A2B3C4D'],
    ['1a2b3c4d5e6f4a7b8c9d0e1f2a3b4c5d', 'PR-1A2B3C4D'],
  ])('normalises %p to %s', (input, ref) => {
    expect(normalizeReference(input)).toBe(ref);
  });

  it.each([
    '',
    '   ',
    'PR-',
    'PR-1A2B3C4',
    '1a2b3c4',
    'PR-1A2B3C4G',
    'PR-1A2B3C4D!',
    'PR-1A2B 3C4D',
    'PR_1A2B3C4D',
    'RP-1A2B3C4D',
    'PR--1A2B3C4D',
    'hello world',
    '1a2b3c4d-zzzz',
    '-1a2b3c4d',
  ])('refuses %p', (input) => {
    expect(normalizeReference(input)).toBeUndefined();
  });

  it('finds the reference of an id again from what the user types', () => {
    expect(normalizeReference(referenceOf(REQUEST_ID).toLowerCase())).toBe(referenceOf(REQUEST_ID));
    expect(normalizeReference(REQUEST_ID)).toBe(referenceOf(REQUEST_ID));
  });
});

describe('request ids', () => {
  it.each([
    [REQUEST_ID, true],
    ['00000000-0000-4000-8000-000000000000', true],
    ['ffffffff-ffff-4fff-bfff-ffffffffffff', true],
    [REQUEST_ID.toUpperCase(), false],
    ['1a2b3c4d-5e6f-1a7b-8c9d-0e1f2a3b4c5d', false],
    ['1a2b3c4d-5e6f-4a7b-cc9d-0e1f2a3b4c5d', false],
    ['1a2b3c4d5e6f4a7b8c9d0e1f2a3b4c5d', false],
    [` ${REQUEST_ID}`, false],
    [`${REQUEST_ID}0`, false],
    ['PR-1A2B3C4D', false],
    ['', false],
    [undefined, false],
    [null, false],
    [42, false],
  ])('%p is a request id: %p', (value, expected) => {
    expect(isRequestId(value)).toBe(expected);
  });
});
