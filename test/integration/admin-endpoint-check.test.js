'use strict';
/**
 * `/privacy admin` and `/privacy admin test` in the real runtime, against the reference endpoint:
 * only the people with a handler role get past the gate, and the check reads the endpoint with
 * the contract's status read alone, step by step, naming the setting to change.
 */
const { useRequestsWorkspace, wordsFor } = require('./helpers/requests');
const { fromApp } = require('./helpers/workspace');

jest.setTimeout(60_000);

const TOKEN = 'check-token-5d1e0c';
let host;
let endpoint;
useRequestsWorkspace({ settings: { dsr_token: TOKEN } }, (started) => ({ host, endpoint } = started), {
  resetEndpoint: true,
});

/** What the app said to `username` in answer to `command` (everything new, as the person reads it). */
async function answerTo(username, command) {
  const before = fromApp(host, username).length;
  await host.runCommand(username, command);
  return fromApp(host, username)
    .slice(before)
    .map((m) => m.text);
}

const stepLine = (t, step, outcome) => `${t(`check.step.${step}`)}: ${t(`check.${outcome}`)}`;

describe('the gate', () => {
  it('refuses a user without a handler role, in German, and says nothing else', async () => {
    const de = wordsFor('bruno');
    const calls = endpoint.inbox().length;
    for (const command of ['/privacy admin', '/privacy admin test', '/privacy admin export']) {
      expect(await answerTo('bruno', command)).toEqual([
        'Dieser Befehl ist für die Personen, die in diesem Workspace Datenschutzanträge bearbeiten.',
      ]);
    }
    expect(de('admin.refusal')).toBe(
      'Dieser Befehl ist für die Personen, die in diesem Workspace Datenschutzanträge bearbeiten.',
    );
    // The endpoint was never called for them.
    expect(endpoint.inbox()).toHaveLength(calls);
  });

  it('shows the admin line of the help to handlers only', async () => {
    const [forAdmin] = await answerTo('admin', '/privacy help');
    expect(forAdmin).toContain('`/privacy admin`: tools for the people who handle privacy requests');
    const [forAlice] = await answerTo('alice', '/privacy help');
    expect(forAlice).not.toContain('/privacy admin');
    const [typo] = await answerTo('alice', '/privacy admn');
    expect(typo).not.toContain('/privacy admin');
  });

  it('lists the admin subcommands that exist for a handler', async () => {
    const [text] = await answerTo('admin', '/privacy admin help');
    expect(text).toBe(
      [
        '*Privacy Center administration*: type `/privacy admin` followed by one of these:',
        '• `/privacy admin` with nothing after it: the register of every privacy request, to filter and open',
        '• `/privacy admin test`: check the request endpoint settings, step by step',
        '• `/privacy admin posture`: where data goes from this workspace and what to change (`refresh` reads the settings again)',
        '• `/privacy admin export`: the register of requests as a CSV file in your direct messages (`/privacy admin export full` adds what the person and the operators wrote)',
        '• `/privacy admin acks`: how many of how many active users acknowledged each policy version (`/privacy admin acks export`: who and when, as a CSV file)',
        '• `/privacy admin help`: this list',
      ].join('\n'),
    );
  });

  it('checks the role when the command runs: a role named in the setting lets its people in', async () => {
    await host.setAppSetting('handler_roles', 'admin, user');
    try {
      const [text] = await answerTo('carla', '/privacy admin test');
      const pt = wordsFor('carla');
      expect(text.split('\n')[0]).toBe('*Verificação do endpoint de solicitações*');
      expect(text).toContain(`✅ ${stepLine(pt, 'token', 'ok')}`);
    } finally {
      await host.setAppSetting('handler_roles', 'admin');
    }
    expect(await answerTo('carla', '/privacy admin test')).toEqual([wordsFor('carla')('admin.refusal')]);
  });
});

describe('/privacy admin test', () => {
  it('passes every step against the reference endpoint, with one status read and no secret', async () => {
    const t = wordsFor('admin');
    const calls = endpoint.inbox().length;
    const answer = await answerTo('admin', '/privacy admin test');
    expect(answer).toHaveLength(1);
    expect(answer[0]).toBe(
      [
        '*Request endpoint check*',
        '✅ An endpoint URL is set and in force: ok',
        '✅ The address uses https (or a local address allowed for development): ok',
        '✅ The address answers: ok',
        '✅ The endpoint accepts the token: ok',
        '',
        t('check.allOk'),
      ].join('\n'),
    );
    expect(answer[0]).not.toContain(TOKEN);
    expect(answer[0]).not.toContain(endpoint.url);
    const made = endpoint.inbox().slice(calls);
    expect(made.map((c) => c.method)).toEqual(['GET']);
    expect(made[0].path).toMatch(
      /\/requests\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(JSON.stringify(host.logs())).not.toContain(TOKEN);
  });

  it('fails the token step and names the token setting when the endpoint refuses the token (401)', async () => {
    await endpoint.setBehaviour({ mode: 'unauthorized' });
    const [text] = await answerTo('admin', '/privacy admin test');
    expect(text).toContain('✅ The address answers: ok');
    expect(text).toContain('❌ The endpoint accepts the token: failed');
    expect(text).toContain(
      'The endpoint refused the token (it answered 401). Enter the token the vendor gave you in the setting *Request endpoint token*.',
    );
    expect(text).not.toContain(TOKEN);
  });

  it('in German, says the endpoint does not follow the contract and quotes what it answered', async () => {
    await host.setAppSetting('handler_roles', 'admin, user');
    try {
      await endpoint.setBehaviour({ mode: 'garbage', body: '<html>@all hello</html>' });
      const [text] = await answerTo('bruno', '/privacy admin test');
      expect(text).toContain('❌ Der Endpunkt akzeptiert das Token: fehlgeschlagen');
      expect(text).toContain('Der Endpunkt hält sich nicht an den Vertrag');
      expect(text).toContain('die Antwort war 200 “‹html›＠all hello‹/html›”');
      expect(text).toContain(
        'Prüfen Sie, ob *URL des Endpunkts für Anträge* die Basisadresse des Endpunkts ist',
      );
    } finally {
      await host.setAppSetting('handler_roles', 'admin');
    }
  });

  it('says the address is unreachable when nothing listens there', async () => {
    await host.setAppSetting('dsr_endpoint_url', 'http://127.0.0.1:9/');
    try {
      const [text] = await answerTo('admin', '/privacy admin test');
      expect(text).toContain('❌ The address answers: failed');
      expect(text).toContain('The address is unreachable (the connection was refused).');
      expect(text).toContain('➖ The endpoint accepts the token: not checked, an earlier step failed');
    } finally {
      await host.setAppSetting('dsr_endpoint_url', endpoint.url);
    }
  });

  it('fails the first step, naming the endpoint URL setting, when no endpoint is set', async () => {
    await host.setAppSetting('dsr_endpoint_url', '');
    try {
      const [text] = await answerTo('admin', '/privacy admin test');
      expect(text).toContain('❌ An endpoint URL is set and in force: failed');
      expect(text).toContain('Enter the base URL of the endpoint in the setting *Request endpoint URL*.');
      expect(text).toContain('➖ The address answers: not checked, an earlier step failed');
    } finally {
      await host.setAppSetting('dsr_endpoint_url', endpoint.url);
    }
  });
});

describe('/privacy admin test against each misbehaviour of the reference endpoint', () => {
  const reached = (text) => expect(text).toContain('✅ The address answers: ok');
  afterEach(() => endpoint.setBehaviour('normal'));

  it('a vendor failing (503) is not called a broken contract: try again later', async () => {
    await endpoint.setBehaviour({ mode: 'fail', status: 503 });
    const [text] = await answerTo('admin', '/privacy admin test');
    reached(text);
    expect(text).toContain('❌ The endpoint accepts the token: failed');
    expect(text).toContain(
      'The endpoint is failing right now (it answered 503): the settings may be right. Run the check again later; if it keeps failing, ask the vendor.',
    );
    expect(text).not.toContain('does not follow the contract');
  });

  it('a vendor limiting the rate (429) says how long to wait', async () => {
    await endpoint.setBehaviour({ mode: 'rate-limit', retryAfter: 60 });
    const [text] = await answerTo('admin', '/privacy admin test');
    reached(text);
    expect(text).toContain(
      'The endpoint asks to slow down (it answered 429): run the check again in 60 seconds.',
    );
  });

  it('a 400 to a status read breaks the contract and is quoted', async () => {
    await endpoint.setBehaviour({ mode: 'bad-request' });
    const [text] = await answerTo('admin', '/privacy admin test');
    reached(text);
    expect(text).toContain('The endpoint does not follow the contract');
    expect(text).toContain('it answered 400');
  });

  it('a call held and dropped (timeout, accept-then-timeout, reset) fails the address step', async () => {
    for (const behaviour of [
      { mode: 'timeout', holdMs: 300 },
      { mode: 'accept-then-timeout', holdMs: 300 },
      { mode: 'refuse', how: 'reset' },
    ]) {
      await endpoint.setBehaviour(behaviour);
      const [text] = await answerTo('admin', '/privacy admin test');
      expect(text).toContain('❌ The address answers: failed');
      expect(text).toContain('The address is unreachable (the connection was cut).');
    }
  });

  it('a closed port fails the address step as refused', async () => {
    await endpoint.setBehaviour({ mode: 'refuse', how: 'close', ms: 5000 });
    const [text] = await answerTo('admin', '/privacy admin test');
    expect(text).toContain('The address is unreachable (the connection was refused).');
  });

  it('a slow but correct vendor passes every step', async () => {
    await endpoint.setBehaviour({ mode: 'delay', delayMs: 300 });
    const [text] = await answerTo('admin', '/privacy admin test');
    expect(text).toContain('Every step passed: the endpoint is ready for requests.');
  });
});
