'use strict';
/**
 * What people type reaches others only quoted (issue 9.7), and the request endpoint cannot be
 * pointed inside the server's network (issue 9.10), in the real runtime: the admins' notice, the
 * DPO's e-mail, an endpoint's refusal, and the endpoint URL setting.
 */
const { useRequestsWorkspace, fileRequest, dmsTo, noticesTo, wordsFor } = require('./helpers/requests');

jest.setTimeout(60_000);

let host;
let endpoint;
useRequestsWorkspace(
  { settings: { admin_usernames: 'admin' } },
  (started) => ({ host, endpoint } = started),
  { resetEndpoint: true },
);

/** What a person might type to act through the app's messages. */
const ATTACK = [
  '<!here> @all @here please',
  '*New privacy request PR-AAAA1111 from @ceo*: erase everything',
  '[account settings](https://evil.example/login) or www.evil.com',
  'see \u202egnp.exe and x\u200b@\u200ball',
  '```',
  '#general',
].join('\n');
/** A mention, a channel mention or a heading, as Rocket.Chat finds them. */
const MENTION = /(^|[\s>(*_~])[@#][\w.-]+/m;
const LINK = /[a-z][a-z0-9+.-]*:\/\/|\]\(|\bwww\.|evil\.(com|example)/i;
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/;

const t = wordsFor('admin');
const toAdmin = (ref) => dmsTo(host, 'admin').filter((m) => m.text.includes(ref));

it("the admins' notice, posted in a room, carries no name, no email and none of what the person typed (issue 11)", async () => {
  const { ref } = await fileRequest(host, 'alice', { categories: ['account', 'content'], details: ATTACK });
  await host.runJobs();
  const [notice] = toAdmin(ref);
  expect(notice.text.split('\n')[0]).toBe(
    t('admin.newRequest', { ref, type: t('request.type.access'), jurisdiction: t('jurisdiction.gdpr') }),
  );
  expect(notice.text).toContain(t('admin.operatorMustAnswer'));
  for (const personal of ['alice', 'example.org', 'erase everything', 'evil', 'gnp', 'please'])
    expect(notice.text).not.toContain(personal);
  expect(notice.text).not.toMatch(MENTION);
  expect(notice.text).not.toMatch(LINK);
  expect(notice.text).not.toMatch(INVISIBLE);
});

it("the DPO's e-mail quotes the details with links defanged", async () => {
  await host.setAppSetting('dsr_endpoint_url', '');
  try {
    const { ref } = await fileRequest(host, 'alice', { categories: ['usage'], details: ATTACK });
    await host.runJobs();
    const [mail] = host.emails().filter((m) => m.subject.includes(ref));
    const lines = mail.text.split('\n');
    const details = lines.slice(lines.indexOf(`${wordsFor('alice')('email.field.details')}:`) + 1);
    expect(details).toHaveLength(6);
    for (const line of details) expect(line.startsWith('> ')).toBe(true);
    expect(details.join('\n')).not.toMatch(/[a-z]+:\/\/|\bwww\.|evil\.(com|example)/i);
    expect(mail.text).not.toMatch(INVISIBLE);
  } finally {
    await host.setAppSetting('dsr_endpoint_url', endpoint.url);
  }
});

it("the person never reads an endpoint's error text; the admins read a short quoted excerpt", async () => {
  await endpoint.setBehaviour({ mode: 'bad-request' });
  const { ref } = await fileRequest(host, 'bruno', { categories: ['usage'] });
  await host.runJobs();
  await host.runCommand('bruno', `/privacy status ${ref}`);
  const told = [...dmsTo(host, 'bruno'), ...noticesTo(host, 'bruno')].filter((m) => m.text.includes(ref));
  expect(told.length).toBeGreaterThan(0);
  for (const m of told) expect(m.text).not.toContain('Rejected on purpose');
  // A 400 is a delivery failure: the admins read the endpoint's reason, quoted and bounded.
  const admin = toAdmin(ref).map((m) => m.text.split('\n')[0]);
  expect(admin).toContain(
    t('admin.malformed', { ref, reason: '“Rejected on purpose (behaviour "bad-request").”' }),
  );
});

describe('the endpoint URL setting', () => {
  // Settings are named by their label in the admin's language.
  const notInForce = t('admin.endpointNotInForce', {
    setting: t('setting.dsr_endpoint_url'),
    problem: t('problem.internal_address'),
  });
  const problemNotices = () =>
    dmsTo(host, 'admin').filter(
      (m) => m.text.includes(t('setting.dsr_endpoint_url')) && m.text !== notInForce,
    );

  afterAll(async () => {
    await host.setAppSetting('dsr_allow_local_endpoint', true);
    await host.setAppSetting('dsr_endpoint_url', endpoint.url);
  });

  it('local addresses no longer allowed: the admins are told once the URL is not in force; a request is emailed, told truly', async () => {
    const before = dmsTo(host, 'admin').length;
    await host.setAppSetting('dsr_allow_local_endpoint', false);
    await host.runJobs();
    await host.runJobs();
    expect(
      dmsTo(host, 'admin')
        .slice(before)
        .filter((m) => m.text === notInForce),
    ).toHaveLength(1);

    const emailsBefore = host.emails().length;
    const aliceBefore = dmsTo(host, 'alice').length;
    const { ref } = await fileRequest(host, 'alice');
    await host.runJobs();
    const said = wordsFor('alice');
    const toAlice = dmsTo(host, 'alice')
      .slice(aliceBefore)
      .filter((m) => m.text.includes('dpo@acme.example'));
    expect(toAlice.map((m) => m.text)).toContain(
      said('request.emailedNotInForce', { email: 'dpo@acme.example' }),
    );
    expect(toAlice.map((m) => m.text)).not.toContain(said('request.emailed', { email: 'dpo@acme.example' }));
    expect(
      host
        .emails()
        .slice(emailsBefore)
        .filter((e) => e.subject.includes(ref)),
    ).toHaveLength(1);
    // Still once: later runs do not repeat it.
    expect(
      dmsTo(host, 'admin')
        .slice(before)
        .filter((m) => m.text === notInForce),
    ).toHaveLength(1);
    await host.setAppSetting('dsr_allow_local_endpoint', true);
    await host.runJobs();
  });

  it('refuses loopback, link-local and metadata addresses unless local addresses are allowed', async () => {
    await host.setAppSetting('dsr_allow_local_endpoint', false);
    const before = problemNotices().length;
    for (const url of [
      'http://169.254.169.254/latest/meta-data/',
      'http://localhost:6379/',
      'https://127.1/dsr',
      'https://2130706433/dsr',
      'https://[::1]/dsr',
      'https://[::ffff:169.254.169.254]/dsr',
    ]) {
      const kept = await host.setAppSetting('dsr_endpoint_url', url);
      expect([url, kept.value]).toEqual([url, endpoint.url]);
    }
    await host.runJobs();
    const notices = problemNotices().slice(before);
    expect(notices).toHaveLength(6);
    for (const n of notices) expect(n.text).toContain(t('problem.internal_address'));
    // The app never called any of them.
    const called = host.bridges.http.calls.map((c) => String(c.url ?? c));
    expect(called.filter((u) => /169\.254|:6379|\[::/.test(u))).toEqual([]);

    await host.setAppSetting('dsr_allow_local_endpoint', true);
    const local = `${endpoint.url.replace(/\/$/, '')}/`;
    expect((await host.setAppSetting('dsr_endpoint_url', local)).value).toBe(local);
  });

  it('refuses a user name and password in the address and never echoes them to the admins', async () => {
    const before = problemNotices().length;
    const kept = await host.setAppSetting('dsr_endpoint_url', 'https://user:hunter2@dsr.vendor.example/v1');
    expect(kept.value).not.toContain('hunter2');
    await host.runJobs();
    const [notice] = problemNotices().slice(before);
    expect(notice.text).toContain(t('problem.credentials_in_url'));
    expect(JSON.stringify(host.transcript('admin'))).not.toContain('hunter2');
    expect(JSON.stringify(host.logs())).not.toContain('hunter2');
  });
});
