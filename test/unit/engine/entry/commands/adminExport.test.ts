/** `/privacy admin export` over the engine's accessors: the file in the handler's direct messages, or why not. */
import { translator } from '../../../../../src/core/i18n/translator';
import { saveRequest } from '../../../../../src/engine/adapters/persistence/requestStore';
import { exportRegister } from '../../../../../src/engine/entry/commands/adminExport';
import type { CommandContext } from '../../../../../src/engine/entry/commands/subcommand';
import type { World } from '../../../fakes';
import { callOf, fakeRoom, fakeUser, fakeWorld } from '../../../fakes';
import { queuedRequest } from '../../../core/requests/fixtures';

const en = translator('en');
const NOW = new Date('2026-03-10T12:00:00Z');

function contextOf(w: World): CommandContext {
  const user = fakeUser('ada', 'en', ['admin']);
  return { ...callOf(w, () => NOW), user, room: fakeRoom(), args: [], translator: en };
}

describe('the register export', () => {
  it('sends a line and the CSV to the handler’s direct messages, and says so', async () => {
    const w = fakeWorld();
    await saveRequest(w.persistence, queuedRequest());
    const answer = await exportRegister(contextOf(w), false);
    expect(answer).toBe(en.t('admin.export.sent', { file: 'privacy-requests-2026-03-10.csv' }));
    expect(w.sent).toEqual([
      expect.objectContaining({
        kind: 'message',
        to: 'ada',
        text: en.t('admin.export.message', { date: 'March 10, 2026', count: 1 }),
      }),
    ]);
    expect(w.uploads).toHaveLength(1);
    expect(w.uploads[0]).toMatchObject({
      filename: 'privacy-requests-2026-03-10.csv',
      roomId: w.sent[0].roomId,
    });
    expect(w.uploads[0].content).toContain('"PR-1A2B3C4D","gdpr","access"');
    expect(w.uploads[0].content).not.toContain('everything');
  });

  it('full: the file says so in its name and holds the details', async () => {
    const w = fakeWorld();
    await saveRequest(w.persistence, queuedRequest());
    await exportRegister(contextOf(w), true);
    expect(w.uploads[0].filename).toBe('privacy-requests-2026-03-10-full.csv');
    expect(w.uploads[0].content).toContain('"Please send me everything."');
  });

  it('an upload the server refuses: the admin reads a reference, the log has the reason', async () => {
    const w = fakeWorld();
    w.uploadState.fail = true;
    const answer = await exportRegister(contextOf(w), false);
    expect(answer).toMatch(/^The register could not be sent as a file \(reference [^)]+\)/);
    expect(w.logs.some((l) => l.level === 'error' && JSON.stringify(l.items).includes('turned off'))).toBe(
      true,
    );
  });
});
