import { randomBytes } from 'crypto';

/** A short reference a user can quote to an admin, found in the app's logs next to the error. */
export function errorReference(): string {
  return `PC-${randomBytes(4).toString('hex').toUpperCase()}`;
}
