import type { ILogger } from '@rocket.chat/apps-engine/definition/accessors';
import { callLogger } from '../../../../src/engine/entry/callLogger';

const logger = (name: string) => ({ name }) as unknown as ILogger;

describe('callLogger', () => {
  it("takes the running call's logger from the app the runtime hands over", () => {
    const running = logger('running');
    const app = {
      current: running,
      getLogger() {
        return this.current;
      },
    };
    expect(callLogger(app, logger('start-up'))).toBe(running);
  });

  it('falls back to the given logger where there is no app', () => {
    const fallback = logger('start-up');
    expect(callLogger(undefined, fallback)).toBe(fallback);
    expect(callLogger(null, fallback)).toBe(fallback);
    expect(callLogger({}, fallback)).toBe(fallback);
  });
});
