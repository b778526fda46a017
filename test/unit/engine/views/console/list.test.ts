import { translator } from '../../../../../src/core/i18n/translator';
import { registerPage } from '../../../../../src/core/operator/register';
import type { ListState } from '../../../../../src/core/operator/listState';
import { encodeListState, parseListState } from '../../../../../src/core/operator/listState';
import { newOperatorTrack } from '../../../../../src/core/requests/operatorMoves';
import type { PrivacyRequest } from '../../../../../src/core/requests/request';
import {
  consoleListView,
  ConsoleListIds,
  rowText,
  stateTextOf,
} from '../../../../../src/engine/views/console/list';
import { operatorOnlyRequest, queuedRequest } from '../../../core/requests/fixtures';

const NOW = new Date('2026-05-01T12:00:00.000Z');
const en = translator('en');
const de = translator('de');
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000).toISOString();
const id = (i: number) => `${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`;

const many: PrivacyRequest[] = Array.from({ length: 12 }, (_, i) =>
  queuedRequest({
    id: id(i),
    ref: `PR-${String(i).padStart(8, '0')}`,
    submittedAt: new Date(Date.UTC(2026, 3, 1, i)).toISOString(),
    due: days(i === 0 ? -2 : 20),
  }),
);

function render(requests: PrivacyRequest[], state: ListState = { filter: {}, page: 0 }, t = en) {
  const register = registerPage(requests, state.filter, state.page, NOW);
  return consoleListView({ appId: 'app-id', register, state, now: NOW }, t);
}
const blocks = (view: ReturnType<typeof render>) => view.blocks as any[];
const texts = (view: ReturnType<typeof render>) =>
  blocks(view)
    .filter((b) => b.type === 'section' || b.type === 'context')
    .map((b) => (b.type === 'section' ? b.text.text : b.elements.map((e: any) => e.text).join(' ')));
const elements = (view: ReturnType<typeof render>) =>
  blocks(view)
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements);
const element = (view: ReturnType<typeof render>, actionId: string) =>
  [
    ...elements(view),
    ...blocks(view)
      .map((b) => b.accessory)
      .filter(Boolean),
  ].find((e) => e.actionId === actionId);

describe('the console list', () => {
  it('is a modal titled with the register, its counts first', () => {
    const view = render(many);
    expect(view).toMatchObject({
      id: ConsoleListIds.View,
      type: 'modal',
      title: { text: 'Privacy requests' },
    });
    expect(view.close).toMatchObject({ actionId: ConsoleListIds.CloseAction, text: { text: 'Close' } });
    expect(texts(view)[0]).toBe(
      '*12* in all · received: 12 · in progress: 0 · finished: 0 · overdue: *1* · due within 7 days: 0',
    );
    expect(texts(view)[1]).toBe('Showing 1–10 of 12 matching (page 1 of 2)');
  });

  it('lists one request per section: reference, law, type, @username, both tracks, due; and an Open button', () => {
    const view = render(many);
    const rows = blocks(view).filter((b) => b.accessory?.actionId === ConsoleListIds.OpenAction);
    expect(rows).toHaveLength(10);
    // Newest first.
    expect(rows[0].text.text).toBe(
      [
        '*PR-00000011* · GDPR (European Union and EEA) · A copy of my data · @alice',
        'Vendor: waiting to be sent · Operator: new, nobody has taken it',
        'Due May 21, 2026',
      ].join('\n'),
    );
    expect(rows[0].accessory).toMatchObject({ type: 'button', text: { text: 'Open' }, value: id(11) });
    // No email and no details in the list.
    expect(JSON.stringify(view.blocks)).not.toContain('alice@example.org');
    expect(JSON.stringify(view.blocks)).not.toContain('Please send me everything');
  });

  it('marks an overdue request, shows the operator track alone when there is no vendor track, and says when there is no due date', () => {
    expect(rowText(many[0], NOW, en).split('\n')[2]).toBe('*Overdue* since April 29, 2026');
    const answered = operatorOnlyRequest({
      due: undefined,
      type: 'information',
      operatorTrack: { ...newOperatorTrack(), state: 'answered' },
    });
    expect(rowText(answered, NOW, en).split('\n').slice(1)).toEqual([
      'Operator: answered',
      'No legal due date',
    ]);
    expect(rowText(answered, NOW, de).split('\n').slice(1)).toEqual([
      'Betreiber: beantwortet',
      'Keine gesetzliche Frist',
    ]);
    const extended = queuedRequest({
      due: days(-2),
      operatorTrack: { ...newOperatorTrack(), due: days(30) },
    });
    expect(rowText(extended, NOW, en).split('\n')[2]).toBe('Due May 31, 2026');
  });

  it('offers the filters with their current values, and carries the state in its block ids', () => {
    const state = parseListState('s=vendor.queued|t=both|l=gdpr|y=access|d=overdue');
    const view = render(many, state);
    expect(element(view, ConsoleListIds.StatusAction).initialOption.text.text).toBe(
      'Vendor: waiting to be sent',
    );
    expect(element(view, ConsoleListIds.TrackAction).initialOption.text.text).toBe('With both tracks');
    expect(element(view, ConsoleListIds.LawAction).initialOption.text.text).toBe(
      'GDPR (European Union and EEA)',
    );
    expect(element(view, ConsoleListIds.TypeAction).initialOption.text.text).toBe('A copy of my data');
    expect(element(view, ConsoleListIds.DueAction).initialOption.text.text).toBe('Overdue');
    const statusOptions = element(view, ConsoleListIds.StatusAction).options.map((o: any) => o.text.text);
    expect(statusOptions).toContain('Overall: finished');
    expect(statusOptions).toContain('Operator: withdrawn by the person');
    expect(statusOptions).toContain('Vendor: could not be delivered');
    const dueOptions = element(view, ConsoleListIds.DueAction).options.map((o: any) => o.text.text);
    expect(dueOptions).toEqual([
      'Any due date',
      'Overdue',
      'Due within 3 days',
      'Due within 7 days',
      'Due within 14 days',
      'Due within 30 days',
    ]);
    for (const e of elements(view)) expect(parseListState(stateTextOf(e.blockId))).toEqual(state);
    expect(texts(view)[1]).toBe('Showing 1–1 of 1 matching (page 1 of 1)');
  });

  it('shows "any" on every filter when none is set', () => {
    const view = render(many);
    expect(element(view, ConsoleListIds.StatusAction).initialOption.text.text).toBe('Any status');
    expect(element(view, ConsoleListIds.LawAction).initialOption.text.text).toBe('Every law');
    expect(element(view, ConsoleListIds.ResetAction)).toBeUndefined();
  });

  it('pages: Next on the first page, Previous on the last, the page clamped', () => {
    const first = render(many);
    expect(element(first, ConsoleListIds.NextAction)).toMatchObject({
      text: { text: 'Next page' },
      value: '1',
    });
    expect(element(first, ConsoleListIds.PrevAction)).toBeUndefined();
    const last = render(many, { filter: {}, page: 7 });
    expect(element(last, ConsoleListIds.PrevAction)).toMatchObject({
      text: { text: 'Previous page' },
      value: '0',
    });
    expect(element(last, ConsoleListIds.NextAction)).toBeUndefined();
    expect(texts(last)[1]).toBe('Showing 11–12 of 12 matching (page 2 of 2)');
    expect(stateTextOf(element(last, ConsoleListIds.PrevAction).blockId)).toBe(
      encodeListState({ filter: {}, page: 1 }),
    );
  });

  it('says so when nothing was filed, and when nothing matches, with a way to clear the filters', () => {
    expect(texts(render([]))).toContain('Nobody has filed a privacy request in this workspace yet.');
    const none = render(many, { filter: { law: 'lgpd' }, page: 0 });
    expect(texts(none)).toContain('No request matches these filters.');
    expect(element(none, ConsoleListIds.ResetAction)).toMatchObject({ text: { text: 'Clear the filters' } });
  });

  it('speaks German to a German handler', () => {
    const view = render(many, { filter: {}, page: 0 }, de);
    expect(view.title).toMatchObject({ text: 'Datenschutzanträge' });
    expect(texts(view)[0]).toBe(
      '*12* insgesamt · eingegangen: 12 · in Bearbeitung: 0 · abgeschlossen: 0 · überfällig: *1* · fällig in 7 Tagen: 0',
    );
  });

  it('reads the state from a block id', () => {
    expect(stateTextOf('console.list.pages:l=gdpr|p=1')).toBe('l=gdpr|p=1');
    expect(stateTextOf('console.list.pages')).toBe('');
    expect(stateTextOf(undefined)).toBe('');
  });
});
