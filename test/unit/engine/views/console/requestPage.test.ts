import { translator } from '../../../../../src/core/i18n/translator';
import type { OperatorMove } from '../../../../../src/core/requests/operatorMoves';
import type { PrivacyRequest } from '../../../../../src/core/requests/request';
import type { RequestPageData } from '../../../../../src/engine/views/console/requestPage';
import { requestNotFound, requestPage } from '../../../../../src/engine/views/console/requestPage';
import { requestForm } from '../../../../../src/engine/views/console/requestForms';
import { ConsoleRequestIds } from '../../../../../src/engine/views/console/requestIds';
import { queuedRequest } from '../../../core/requests/fixtures';

const en = translator('en');
const de = translator('de');

const take: OperatorMove = { move: 'take', by: 'u-ada', at: '2026-03-03T10:00:00.000Z' };
const extend: OperatorMove = {
  move: 'extend',
  by: 'u-ada',
  at: '2026-03-04T10:00:00.000Z',
  due: '2026-05-02T09:30:00.000Z',
  text: 'Several systems hold the data.',
};
const note: OperatorMove = { move: 'note', by: 'u-gone', at: '2026-03-05T10:00:00.000Z', text: 'Asked IT.' };
const answer: OperatorMove = {
  move: 'answer',
  by: 'u-ada',
  at: '2026-03-06T10:00:00.000Z',
  outcome: 'done',
  text: 'Here it is.',
  link: 'https://files.example.org/export.zip',
};

function data(request: PrivacyRequest, extra: Partial<RequestPageData> = {}): RequestPageData {
  return {
    appId: 'app',
    request,
    now: new Date('2026-03-10T00:00:00.000Z'),
    accountNames: { u123: 'alice', 'u-ada': 'ada' },
    personName: 'Alice Example',
    retryable: false,
    ...extra,
  };
}

const textOf = (value: unknown): string => {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    const record = node as Record<string, unknown>;
    if (typeof record.text === 'string') out.push(record.text);
    Object.values(record).forEach(walk);
  };
  walk(value);
  return out.join('\n');
};

const buttonsOf = (view: { blocks: unknown[] }) =>
  (view.blocks as any[])
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements)
    .map((e: any) => e.text.text);

const tracked = (moves: OperatorMove[], extra: Partial<NonNullable<PrivacyRequest['operatorTrack']>>) =>
  queuedRequest({
    operatorTrack: { state: 'in_progress', extensions: 0, moves, takenBy: 'u-ada', ...extra },
  });

describe("a request's page", () => {
  it('shows a new request to the admin: reference, law, type, due date, the person and their details', () => {
    const view = requestPage(data(queuedRequest()), en);
    const text = textOf(view.blocks);
    expect(view.id).toBe(`console.request.page:${queuedRequest().id}`);
    expect((view.title as any).text).toBe('Request PR-1A2B3C4D');
    expect(text).toContain('*Request PR-1A2B3C4D*: A copy of my data, under GDPR (European Union and EEA)');
    expect(text).toContain('*Due*: April 2, 2026');
    expect(text).not.toContain('overdue');
    expect(text).toContain('*Person*: @alice, Alice Example, alice@example.org');
    expect(text).toContain('> Please send me everything.');
    expect(text).toContain('*Vendor track*: waiting to be sent. Data: Usage data, Tracking and cookies.');
    expect(text).toContain(
      '*Workspace track*: new, nobody has taken it yet. Data: Account data, Usage data, Tracking and cookies.',
    );
    expect(text).toContain('• March 2, 2026');
    expect(text).toContain('waiting to be sent (filed by the person)');
    expect(buttonsOf(view)).toEqual(['Take', 'Add note', 'Resend confirmation', 'Back to the list']);
  });

  it('offers the retry only while a vendor delivery waits in the outbox', () => {
    const view = requestPage(data(queuedRequest(), { retryable: true }), en);
    expect(buttonsOf(view)).toContain('Retry vendor delivery now');
  });

  it('tells the history of both tracks with who, when and what was written; notes marked internal', () => {
    const request = tracked([take, extend, note], { due: extend.due, extensions: 1 });
    const view = requestPage(data(request), en);
    const text = textOf(view.blocks);
    expect(text).toContain('workspace track taken by @ada');
    expect(text).toContain(
      'due date extended to May 2, 2026 by @ada, reasons:\n> Several systems hold the data.',
    );
    expect(text).toContain('*internal note* by a former user (the person does not see it):\n> Asked IT.');
    expect(text).toContain('*Due*: May 2, 2026');
    expect(text).toContain('Taken by @ada.');
    expect(buttonsOf(view)).toEqual([
      'Answer',
      'Extend',
      'Add note',
      'Resend confirmation',
      'Back to the list',
    ]);
  });

  it('shows the answer with its link, and no more moves but a note once answered', () => {
    const request = tracked([take, answer], { state: 'answered', outcome: 'done' });
    const view = requestPage(data(request, { now: new Date('2026-06-01T00:00:00Z') }), en);
    const text = textOf(view.blocks);
    expect(text).toContain('answered by @ada, outcome: done\n> Here it is.');
    expect(text).toContain('Link given to the person: https://files.example.org/export.zip');
    expect(text).toContain('Outcome: done.');
    // Answered: its due date is not overdue.
    expect(text).not.toContain('overdue');
    expect(buttonsOf(view)).toEqual(['Add note', 'Resend confirmation', 'Back to the list']);
  });

  it('marks an open request past its due date as overdue, in the admin’s language', () => {
    const view = requestPage(data(queuedRequest(), { now: new Date('2026-04-03T00:00:00Z') }), de);
    expect(textOf(view.blocks)).toContain('*Fällig*: 2. April 2026, *überfällig*');
    expect(buttonsOf(view)).toContain('Übernehmen');
  });

  it('offers no operator move on a request without a workspace track', () => {
    const request = queuedRequest({
      routing: {
        vendor: { categories: ['usage'], reason: 'vendor_hosts' },
        vendorOptional: false,
        uncertain: false,
      },
    });
    const view = requestPage(data(request), en);
    expect(textOf(view.blocks)).toContain('*Workspace track*: none');
    expect(buttonsOf(view)).toEqual(['Resend confirmation', 'Back to the list']);
  });

  it('carries the request id on every button, and the list’s own id on the way back', () => {
    const view = requestPage(data(queuedRequest()), en);
    const elements = (view.blocks as any[]).filter((b) => b.type === 'actions').flatMap((b) => b.elements);
    expect(elements.map((e: any) => [e.actionId, e.value])).toEqual([
      ['console.request.take', queuedRequest().id],
      ['console.request.note', queuedRequest().id],
      ['console.request.resend', queuedRequest().id],
      ['console.list.show', ''],
    ]);
  });

  it('says politely that a request is not there', () => {
    expect(textOf(requestNotFound('app', en).blocks)).toContain('This request could not be found.');
  });
});

describe("the request page's forms", () => {
  it('asks for a new due date (from the one in force) and the reasons', () => {
    const view = requestForm('app', 'extend', queuedRequest(), en);
    expect(view.id).toBe(`console.request.extendForm:${queuedRequest().id}`);
    const picker = (view.blocks as any[]).find((b) => b.blockId === ConsoleRequestIds.DueBlock).element;
    expect(picker).toMatchObject({
      type: 'datepicker',
      actionId: ConsoleRequestIds.DueAction,
      initialDate: '2026-04-02',
    });
    expect(textOf(view.blocks)).toContain('Request PR-1A2B3C4D, due April 2, 2026.');
    expect(textOf(view.blocks)).toContain('Reasons (the person reads them)');
  });

  it('offers the three outcomes, a message and an optional link, in German', () => {
    const view = requestForm('app', 'answer', queuedRequest(), de);
    const select = (view.blocks as any[]).find((b) => b.blockId === ConsoleRequestIds.OutcomeBlock).element;
    expect(select.options.map((o: any) => o.text.text)).toEqual([
      'erledigt',
      'teilweise erledigt',
      'abgelehnt',
    ]);
    expect(textOf(view.blocks)).toContain('Link zu den Daten (optional, eine https://-Adresse)');
    expect((view.submit as any).text.text).toBe('Antwort senden');
  });

  it('asks for a note only the handlers see', () => {
    const view = requestForm('app', 'note', queuedRequest(), en);
    expect(textOf(view.blocks)).toContain('Only the people who handle requests see notes.');
  });
});
