'use strict';
/**
 * The admin console's request page in the real runtime: a handler opens a request, takes it,
 * extends it, answers it (done, partly done, refused with a link), adds notes; the person reads a
 * direct message in their own language at each move that concerns them. Every refusal: anyone
 * without a handler role trying each admin path changes nothing and sees nothing, an extension the
 * law forbids (LGPD) is refused with the reason, a move from a final state is refused.
 */
const {
  useRequestsWorkspace,
  fileRequest,
  storedRequest,
  outboxEntries,
  dmsTo,
  createsFor,
  formatDate,
} = require('./helpers/requests');
const { textOf, fromApp } = require('./helpers/workspace');
const { translator } = require('../../src/core/i18n/translator');
const { operatorMoveText } = require('../../src/engine/views/operatorMoveText');

jest.setTimeout(120_000);

let host;
let endpoint;
useRequestsWorkspace({}, (started) => ({ host, endpoint } = started), { resetEndpoint: true });

const PAGE = 'console.request.page:';
const ACTIONS = 'console.request.actions';
const T = {
  en: translator('en').t,
};

/** The handler presses a button of the request page (or of the list: no view). */
async function press(username, actionId, id, { fromPage = true } = {}) {
  const open = host.openViews(username).some((v) => v.viewId === `${PAGE}${id}`);
  return host.blockAction(username, {
    ...(fromPage && open ? { viewId: `${PAGE}${id}` } : {}),
    blockId: ACTIONS,
    actionId,
    value: id,
  });
}

const pageOf = (username, id) => host.openViews(username).find((v) => v.viewId === `${PAGE}${id}`);
const pageText = (username, id) => textOf(pageOf(username, id)?.view);

/** A form of the page, opened by its button and submitted with the given fields. */
async function submitForm(username, form, id, fields) {
  await press(username, `console.request.${form}`, id);
  const viewId = `console.request.${form}Form:${id}`;
  expect(host.openViews(username).map((v) => v.viewId)).toContain(viewId);
  const state = {};
  if (fields.text !== undefined)
    state['console.request.form.text'] = { 'console.request.form.textInput': fields.text };
  if (fields.due) state['console.request.form.due'] = { 'console.request.form.dueDate': fields.due };
  if (fields.outcome)
    state['console.request.form.outcome'] = { 'console.request.form.outcomeSelect': fields.outcome };
  if (fields.link) state['console.request.form.link'] = { 'console.request.form.linkInput': fields.link };
  return host.submitView(username, viewId, state);
}

/** The direct messages the person got about this request after `since`. */
const newDms = (username, ref, since) =>
  dmsTo(host, username)
    .slice(since)
    .filter((m) => m.text.includes(ref))
    .map((m) => m.text);

const lastMove = (id) => storedRequest(host, id).operatorTrack.moves.at(-1);
const told = (username, id) =>
  operatorMoveText(
    storedRequest(host, id),
    lastMove(id),
    translator({ bruno: 'de', carla: 'pt-BR', alice: 'en' }[username]),
  );

describe("a request's page", () => {
  let request;
  beforeAll(async () => {
    request = await fileRequest(host, 'bruno', {
      jurisdiction: 'gdpr',
      type: 'access',
      details: 'Alles, bitte.',
    });
    await host.runJobs();
  });

  it('shows a handler the request: reference, law, type, due date, the person, their details, both tracks, history', async () => {
    const result = await press('admin', 'console.request.open', request.id, { fromPage: false });
    expect(result.ok).toBe(true);
    const text = pageText('admin', request.id);
    const stored = storedRequest(host, request.id);
    expect(text).toContain(
      `*Request ${request.ref}*: A copy of my data, under GDPR (European Union and EEA)`,
    );
    expect(text).toContain(`*Due*: ${formatDate(stored.due, 'en')}`);
    expect(text).toContain('*Person*: @bruno, Bruno Beispiel, bruno@example.org');
    expect(text).toContain('> Alles, bitte.');
    expect(text).toContain('*Vendor track*: received by the vendor.');
    expect(text).toContain('*Workspace track*: new, nobody has taken it yet.');
    expect(text).toContain('(filed by the person)');
    expect(text).toContain('Take');
    expect(text).not.toContain('Retry vendor delivery now');
  });

  it('takes, extends, notes and answers with a link; the person is told in German at each move but the note', async () => {
    const before = dmsTo(host, 'bruno').length;
    await press('admin', 'console.request.take', request.id);
    expect(storedRequest(host, request.id).operatorTrack).toMatchObject({
      state: 'in_progress',
      takenBy: 'user-admin',
    });
    expect(pageText('admin', request.id)).toContain('Done. The person was told by direct message.');
    expect(pageText('admin', request.id)).toContain('workspace track taken by @admin');
    let dms = newDms('bruno', request.ref, before);
    expect(dms).toEqual([told('bruno', request.id)]);
    expect(dms[0]).toContain(
      `Ihr Datenschutzantrag ${request.ref} (Eine Kopie meiner Daten) wird jetzt vom Betreiber`,
    );

    const lawDue = storedRequest(host, request.id).due;
    const newDue = new Date(Date.parse(lawDue) + 20 * 86_400_000).toISOString().slice(0, 10);
    const extended = await submitForm('admin', 'extend', request.id, {
      due: newDue,
      text: 'Mehrere Systeme.',
    });
    expect(extended.ok).toBe(true);
    expect(storedRequest(host, request.id).operatorTrack.due.slice(0, 10)).toBe(newDue);
    dms = newDms('bruno', request.ref, before);
    expect(dms).toHaveLength(2);
    expect(dms[1]).toBe(told('bruno', request.id));
    expect(dms[1]).toContain(formatDate(`${newDue}T12:00:00Z`, 'de'));
    expect(dms[1]).toContain('> Mehrere Systeme.');
    expect(pageText('admin', request.id)).toContain(`*Due*: ${formatDate(`${newDue}T12:00:00Z`, 'en')}`);

    const noted = await submitForm('admin', 'note', request.id, { text: 'IT asked for the export.' });
    expect(noted.ok).toBe(true);
    expect(pageText('admin', request.id)).toContain(
      '*internal note* by @admin (the person does not see it):\n> IT asked for the export.',
    );
    expect(newDms('bruno', request.ref, before)).toHaveLength(2);

    const answered = await submitForm('admin', 'answer', request.id, {
      outcome: 'done',
      text: 'Hier ist Ihr Export.',
      link: 'https://files.example.org/export.zip',
    });
    expect(answered.ok).toBe(true);
    expect(storedRequest(host, request.id).operatorTrack).toMatchObject({
      state: 'answered',
      outcome: 'done',
    });
    dms = newDms('bruno', request.ref, before);
    expect(dms).toHaveLength(3);
    expect(dms[2]).toBe(told('bruno', request.id));
    expect(dms[2]).toContain('<https://files.example.org/export.zip|herunterladen>');
    expect(dms[2]).toContain('> Hier ist Ihr Export.');
    const page = pageText('admin', request.id);
    expect(page).toContain('answered by @admin, outcome: done');
    expect(page).toContain('Link given to the person: https://files.example.org/export.zip');
  });

  it('refuses a move from a final state: a second answer, a take after the answer; nothing recorded, nobody told', async () => {
    const moves = storedRequest(host, request.id).operatorTrack.moves.length;
    const dms = dmsTo(host, 'bruno').length;
    const again = await submitForm('admin', 'answer', request.id, { outcome: 'refused', text: 'No.' });
    expect(again.ok).toBe(false);
    expect(again.errors).toEqual({
      'console.request.form.outcomeSelect':
        'This request is closed (answered or withdrawn), and a closed request does not move any more.',
    });
    await host.closeView('admin', `console.request.answerForm:${request.id}`);
    await press('admin', 'console.request.open', request.id, { fromPage: false });
    await press('admin', 'console.request.take', request.id);
    expect(pageText('admin', request.id)).toContain(
      'Not done: This request is closed (answered or withdrawn), and a closed request does not move any more.',
    );
    expect(storedRequest(host, request.id).operatorTrack.moves).toHaveLength(moves);
    expect(dmsTo(host, 'bruno')).toHaveLength(dms);
  });
});

describe('the other outcomes, and the law', () => {
  it('refuses an LGPD extension with the reason, and answers partly done in Portuguese', async () => {
    const request = await fileRequest(host, 'carla', { jurisdiction: 'lgpd', type: 'access' });
    await host.runJobs();
    await press('admin', 'console.request.open', request.id, { fromPage: false });
    await press('admin', 'console.request.take', request.id);
    const before = dmsTo(host, 'carla').length;
    const stored = storedRequest(host, request.id);
    const later = new Date(Date.parse(stored.due) + 5 * 86_400_000).toISOString().slice(0, 10);
    const refused = await submitForm('admin', 'extend', request.id, { due: later, text: 'Muitos sistemas.' });
    expect(refused.ok).toBe(false);
    expect(refused.errors).toEqual({
      'console.request.form.dueDate': `LGPD (Brazil) allows no extension: the answer is due within 15 days of the request, on ${formatDate(stored.due, 'en')} at the latest.`,
    });
    expect(storedRequest(host, request.id).operatorTrack.moves).toHaveLength(1);
    expect(dmsTo(host, 'carla')).toHaveLength(before);
    await host.closeView('admin', `console.request.extendForm:${request.id}`);

    await press('admin', 'console.request.open', request.id, { fromPage: false });
    const answered = await submitForm('admin', 'answer', request.id, {
      outcome: 'partly_done',
      text: 'Parte dos dados.',
    });
    expect(answered.ok).toBe(true);
    const [dm] = newDms('carla', request.ref, before);
    expect(dm).toBe(told('carla', request.id));
    expect(dm).toContain(request.ref);
    expect(dm).toContain('> Parte dos dados.');
    expect(dm).toBe(
      [
        translator('pt-BR').t('operator.dm.answered.partly_done', {
          ref: request.ref,
          type: 'Uma cópia dos meus dados',
        }),
        'A mensagem do responsável:',
        '> Parte dos dados.',
      ].join('\n'),
    );
  });

  it('refuses under GDPR with reasons and a link: the person reads the reasons and their right to complain', async () => {
    const request = await fileRequest(host, 'alice', { jurisdiction: 'gdpr', type: 'erasure' });
    await host.runJobs();
    await press('admin', 'console.request.open', request.id, { fromPage: false });
    await press('admin', 'console.request.take', request.id);
    const before = dmsTo(host, 'alice').length;
    const noReasons = await submitForm('admin', 'answer', request.id, { outcome: 'refused' });
    expect(noReasons.errors).toEqual({ 'console.request.form.textInput': 'Fill in this field.' });
    const badLink = await submitForm('admin', 'answer', request.id, {
      outcome: 'refused',
      text: 'Legal hold.',
      link: 'http://files.example.org/why.pdf',
    });
    expect(badLink.errors).toEqual({
      'console.request.form.linkInput':
        'Enter a complete https:// address, for example https://files.example.org/export.zip, or leave the field empty.',
    });
    const answered = await submitForm('admin', 'answer', request.id, {
      outcome: 'refused',
      text: 'We must keep these records under a legal hold.',
      link: 'https://files.example.org/why.pdf',
    });
    expect(answered.ok).toBe(true);
    const [dm] = newDms('alice', request.ref, before);
    expect(dm).toBe(told('alice', request.id));
    expect(dm).toContain('> We must keep these records under a legal hold.');
    expect(dm).toContain(T.en('operator.dm.complaint'));
    expect(dm).toContain('https://files.example.org/why.pdf');
  });
});

describe('retry and resend', () => {
  it('makes a vendor delivery waiting in back-off due now, and resends the confirmation', async () => {
    await endpoint.setBehaviour({ mode: 'fail', count: 'always' });
    const request = await fileRequest(host, 'alice', { jurisdiction: 'gdpr', type: 'access' });
    await host.runJobs();
    await endpoint.setBehaviour({ mode: 'normal' });
    const tried = createsFor(endpoint, request.id).length;
    expect(tried).toBeGreaterThan(0);
    await host.runJobs();
    // Waiting in back-off: the outbox run leaves it.
    expect(createsFor(endpoint, request.id)).toHaveLength(tried);

    await press('admin', 'console.request.open', request.id, { fromPage: false });
    expect(pageText('admin', request.id)).toContain('Retry vendor delivery now');
    await press('admin', 'console.request.retry', request.id);
    expect(pageText('admin', request.id)).toContain('The vendor delivery is due now');
    const [entry] = outboxEntries(host).filter((e) => e.requestId === request.id);
    expect(Date.parse(entry.dueAt)).toBeLessThanOrEqual(Date.now());
    await host.runDueJobs();
    expect(createsFor(endpoint, request.id).length).toBeGreaterThan(tried);
    expect(storedRequest(host, request.id).status).toBe('delivered');

    const before = dmsTo(host, 'alice').length;
    await press('admin', 'console.request.resend', request.id);
    expect(pageText('admin', request.id)).toContain('The confirmation was sent to @alice again.');
    const [receipt] = newDms('alice', request.ref, before);
    expect(receipt.split('\n')[0]).toBe(T.en('request.receipt.title', { ref: request.ref }));
  });
});

describe('anyone without a handler role', () => {
  const FORGED = '00000000-0000-4000-8000-000000000000';

  it('changes nothing and sees nothing on any admin path: open, take, extend, answer, note, retry, resend', async () => {
    await endpoint.setBehaviour({ mode: 'fail', count: 'always' });
    const request = await fileRequest(host, 'carla', { jurisdiction: 'gdpr', type: 'access' });
    await host.runJobs();
    await endpoint.setBehaviour({ mode: 'normal' });
    const records = () =>
      JSON.stringify(host.bridges.persistence.records().filter((r) => r.appId === host.appId));
    const before = records();
    const carlaDms = dmsTo(host, 'carla').length;
    const brunoSaw = fromApp(host, 'bruno').length;
    const jobs = host.jobs().length;
    const bruno = host.user('bruno');
    for (const actionId of ['open', 'take', 'extend', 'answer', 'note', 'retry', 'resend']) {
      for (const id of [request.id, FORGED]) {
        const result = await host.blockAction('bruno', {
          blockId: ACTIONS,
          actionId: `console.request.${actionId}`,
          value: id,
        });
        expect(result.ok).toBe(true);
      }
    }
    const submits = {
      extendForm: {
        'console.request.form.due': { 'console.request.form.dueDate': '2030-01-01' },
        'console.request.form.text': { 'console.request.form.textInput': 'because' },
      },
      answerForm: {
        'console.request.form.outcome': { 'console.request.form.outcomeSelect': 'done' },
        'console.request.form.text': { 'console.request.form.textInput': 'done' },
      },
      noteForm: { 'console.request.form.text': { 'console.request.form.textInput': 'a note' } },
    };
    for (const [form, state] of Object.entries(submits)) {
      // A crafted submit: bruno never had the form open.
      const response = await host.interact(bruno, {
        type: 'viewSubmit',
        actionId: '',
        payload: { view: { id: `console.request.${form}:${request.id}`, state } },
      });
      expect(response?.type).not.toBe('errors');
      expect(JSON.stringify(response ?? {})).not.toContain(request.ref);
    }
    expect(records()).toBe(before);
    expect(host.openViews('bruno')).toEqual([]);
    expect(fromApp(host, 'bruno')).toHaveLength(brunoSaw);
    expect(dmsTo(host, 'carla')).toHaveLength(carlaDms);
    expect(host.jobs()).toHaveLength(jobs);
    // A handler is told politely that a forged id is not there.
    await host.blockAction('admin', { blockId: ACTIONS, actionId: 'console.request.open', value: FORGED });
    expect(textOf(host.openViews('admin').at(-1).view)).toContain('This request could not be found.');
  });

  it('is checked when the action runs: a role taken away while the page is open stops the next move', async () => {
    const request = await fileRequest(host, 'alice', { jurisdiction: 'gdpr', type: 'access' });
    await host.runJobs();
    await host.setAppSetting('handler_roles', 'admin, user');
    try {
      await press('bruno', 'console.request.open', request.id, { fromPage: false });
      expect(pageText('bruno', request.id)).toContain('*Person*: @alice');
      await press('bruno', 'console.request.note', request.id);
    } finally {
      await host.setAppSetting('handler_roles', 'admin');
    }
    const result = await host.submitView('bruno', `console.request.noteForm:${request.id}`, {
      'console.request.form.text': { 'console.request.form.textInput': 'too late' },
    });
    expect(result.ok).toBe(true);
    expect(storedRequest(host, request.id).operatorTrack).toBeUndefined();
    await press('bruno', 'console.request.take', request.id);
    expect(storedRequest(host, request.id).operatorTrack).toBeUndefined();
    expect(host.openViews('bruno')).toEqual([]);
  });
});
