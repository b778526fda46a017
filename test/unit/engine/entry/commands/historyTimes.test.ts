/** History lines say when, to the minute, in the reader's time zone where their profile has one. */
import type { SlashCommandContext } from '@rocket.chat/apps-engine/definition/slashcommands';
import { formatDateTime } from '../../../../../src/core/i18n/dates';
import { translator } from '../../../../../src/core/i18n/translator';
import { PrivacyCommand } from '../../../../../src/engine/entry/commands/PrivacyCommand';
import { requestDetailText } from '../../../../../src/engine/views/requestHistoryText';
import { queuedRequest } from '../../../core/requests/fixtures';
import { fakeRoom, fakeUser, fakeWorld } from '../../../fakes';

const AT = '2026-03-02T09:30:00.000Z';

describe('a date and time', () => {
  it('is shown in the reader’s time zone, named as an offset from UTC', () => {
    expect(formatDateTime(AT, 'de', 2)).toBe('2. März 2026 um 11:30 (UTC+2)');
    expect(formatDateTime(AT, 'en', -3)).toBe('March 2, 2026 at 06:30 AM (UTC−3)');
    expect(formatDateTime(AT, 'pt-BR', 5.5)).toBe('2 de março de 2026 às 15:00 (UTC+5:30)');
    expect(formatDateTime('2026-03-02T23:30:00.000Z', 'fr', 1)).toBe('3 mars 2026 à 00:30 (UTC+1)');
  });

  it('is shown in UTC, said as such, when the reader has no time zone', () => {
    expect(formatDateTime(AT, 'en')).toBe('March 2, 2026 at 09:30 AM (UTC)');
    expect(formatDateTime(AT, 'es', Number.NaN)).toBe('2 de marzo de 2026 a las 09:30 (UTC)');
    expect(formatDateTime(AT, 'en', 40)).toBe('March 2, 2026 at 09:30 AM (UTC)');
  });
});

describe('a request’s history', () => {
  const request = queuedRequest({
    history: [
      { status: 'queued', at: AT, source: 'submit' },
      { status: 'delivered', at: '2026-03-02T09:31:00.000Z', source: 'delivery' },
    ],
  });

  it('carries the time of each step in the reader’s zone', () => {
    const text = requestDetailText(request, translator('de'), 1);
    expect(text).toContain('2. März 2026 um 10:30 (UTC+1): ');
    expect(text).toContain('2. März 2026 um 10:31 (UTC+1): ');
  });

  it('is what `/privacy status <ref>` shows, in the time zone of the user’s profile', async () => {
    const carla = { ...fakeUser('carla', 'pt-BR'), id: request.userId, utcOffset: -3 };
    const world = fakeWorld({ users: [carla] });
    // The fake store finds a record by its whole key only: store it under the key a reference lookup reads.
    await world.persistence.updateByAssociations(
      [{ model: 'misc', id: `request-ref:${request.ref}` }] as never,
      request,
      true,
    );
    const context = {
      getSender: () => carla,
      getRoom: () => fakeRoom(),
      getArguments: () => ['status', request.ref],
      getTriggerId: () => 'trigger-1',
    } as unknown as SlashCommandContext;
    await new PrivacyCommand('app-id', world.logger).executor(
      context,
      world.read,
      world.modify,
      world.http,
      world.persistence,
    );
    expect(world.sent.at(-1)?.text).toContain('2 de março de 2026 às 06:30 (UTC−3): ');
  });
});
