import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { identityOf } from '../../../../src/core/requests/identity';

const user = (emails: Array<{ address: string; verified: boolean }>) =>
  ({ id: 'u1', username: 'u1', emails }) as unknown as IUser;

describe("the requester's identity", () => {
  it('prefers a verified e-mail over an unverified one listed first', () => {
    expect(
      identityOf(
        user([
          { address: 'typed-by-anyone@evil.example', verified: false },
          { address: 'alice@example.org', verified: true },
        ]),
      ),
    ).toEqual({ email: 'alice@example.org', emailVerified: true });
  });

  it('takes the first e-mail, marked unverified, when none is verified', () => {
    expect(
      identityOf(
        user([
          { address: 'first@example.org', verified: false },
          { address: 'second@example.org', verified: false },
        ]),
      ),
    ).toEqual({ email: 'first@example.org', emailVerified: false });
  });

  it('takes the first verified one of several, and nothing without an address', () => {
    expect(
      identityOf(
        user([
          { address: '', verified: true },
          { address: 'one@example.org', verified: true },
          { address: 'two@example.org', verified: true },
        ]),
      ),
    ).toEqual({ email: 'one@example.org', emailVerified: true });
    expect(identityOf(user([]))).toBeUndefined();
  });
});
