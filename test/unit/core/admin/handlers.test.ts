import { isRequestHandler } from '../../../../src/core/admin/handlers';

describe('isRequestHandler', () => {
  it('is true when one of the roles is a handler role', () => {
    expect(isRequestHandler(['user', 'admin'], ['admin'])).toBe(true);
    expect(isRequestHandler(['privacy-officer'], ['admin', 'privacy-officer'])).toBe(true);
  });

  it('is false for other roles, no roles, or a role that only looks alike', () => {
    expect(isRequestHandler(['user'], ['admin'])).toBe(false);
    expect(isRequestHandler([], ['admin'])).toBe(false);
    expect(isRequestHandler(undefined, ['admin'])).toBe(false);
    expect(isRequestHandler(['Admin', 'admin '], ['admin'])).toBe(false);
    expect(isRequestHandler(['admin'], [])).toBe(false);
  });
});
