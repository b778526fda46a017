'use strict';
/**
 * Where a request goes besides the endpoint: by email to the DPO when no endpoint is set (and a
 * ready-to-send email for the user when the workspace cannot send one); the workspace track for
 * a self-hosted workspace (admins told in the picked room, else by DM); no vendor track for an
 * unregistered workspace unless the user adds it.
 */
const {
  wordsFor,
  useRequestsWorkspace,
  fileRequest,
  storedRequest,
  aboutRef,
  dmsTo,
  createsFor,
  heldFor,
  noticesTo,
  openRequest,
} = require('./helpers/requests');
const { fromApp, textOf } = require('./helpers/workspace');
const { formatDate } = require('../../src/core/i18n/dates');
const { translator } = require('../../src/core/i18n/translator');

jest.setTimeout(60_000);

let host;
let endpoint;
useRequestsWorkspace({ endpoint: false }, (started) => ({ host, endpoint } = started));

describe('email fallback (no endpoint configured)', () => {
  it('the request is emailed to the DPO; the user is told', async () => {
    const { id, ref } = await fileRequest(host, 'alice', { details: 'please send everything' });
    await host.runJobs();
    const mails = host.emails().filter((m) => m.subject.includes(ref));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: 'dpo@acme.example', replyTo: 'alice@example.org' });
    expect(mails[0].text).toContain('please send everything');
    expect(storedRequest(host, id)).toMatchObject({ status: 'delivered', channel: 'email' });
    expect(aboutRef(host, 'alice', ref)).toHaveLength(1);
    expect(dmsTo(host, 'alice').at(-1).text).toBe(
      wordsFor('alice')('request.emailed', { email: 'dpo@acme.example' }),
    );
    expect(endpoint.inbox()).toEqual([]);
    await host.runJobs();
    expect(host.emails().filter((m) => m.subject.includes(ref))).toHaveLength(1);
  });

  it('with nobody to tell, the DPO gets the two parts by e-mail, each subject saying which part it is', async () => {
    await host.setAppSetting('admin_usernames', 'nobody-by-this-name');
    try {
      const { id, ref } = await fileRequest(host, 'bruno', { categories: ['account', 'usage'] });
      expect(storedRequest(host, id).routing).toMatchObject({
        vendor: { categories: ['usage'] },
        workspace: { categories: ['account', 'usage'] },
      });
      await host.runJobs();
      const mails = host.emails().filter((m) => m.subject.includes(ref));
      expect(mails).toHaveLength(2);
      // The request's language (German): first the operator's part at filing, then the vendor's.
      const t = wordsFor('bruno');
      const type = t('request.type.access');
      expect(mails.map((m) => m.subject)).toEqual([
        t('email.subject.workspace', { ref, type }),
        t('email.subject.vendor', { ref, type }),
      ]);
      expect(mails[0].text).toContain(t('email.part.workspace'));
      expect(mails[1].text).toContain(t('email.part.vendor'));
      expect(mails[1].text).toContain(`${t('email.field.data')}: ${t('category.name.usage')}`);
    } finally {
      await host.setAppSetting('admin_usernames', '');
    }
  });

  it('when the workspace cannot send email, the user gets a ready-to-send email in their language', async () => {
    host.bridges.email.failWith = 'SMTP is not configured';
    try {
      const { id, ref } = await fileRequest(host, 'bruno');
      await host.runJobs();
      expect(host.emails().filter((m) => m.subject.includes(ref))).toEqual([]);
      expect(storedRequest(host, id).status).toBe('failed');
      const t = wordsFor('bruno');
      const ready = aboutRef(host, 'bruno', ref).find((m) =>
        m.text.includes(`${t('email.to')}: dpo@acme.example`),
      );
      expect(ready.text).toContain(t('email.readyToSend', { email: 'dpo@acme.example' }));
      expect(ready.text).toMatch(new RegExp(`${t('email.subjectLabel')}: .*${ref}`));
      expect(t('email.readyToSend', { email: 'x' })).not.toBe(
        wordsFor('alice')('email.readyToSend', { email: 'x' }),
      );
    } finally {
      host.bridges.email.failWith = undefined;
    }
  });

  it("the DPO's email never names whoever took a deleted user's username (9.3)", async () => {
    const ws = host.workspace;
    const join = (uid) => ws.change((data) => data.rooms.find((r) => r.id === 'GENERAL').userIds.push(uid));
    const first = ws.addUser({
      username: 'enzo',
      name: 'Enzo First',
      emails: [{ address: 'enzo@example.org', verified: true }],
    });
    join(first);
    const { id, ref } = await fileRequest(host, 'enzo', { categories: ['usage'] });
    ws.removeUser(first);
    join(ws.addUser({ username: 'enzo', name: 'Enzo Second', emails: [] }));
    await host.runJobs();
    const [mail] = host.emails().filter((m) => m.subject.includes(ref));
    const { t } = translator(storedRequest(host, id).language);
    expect(mail.text).toContain(`${t('email.field.user')}: ${t('email.userGone')} <enzo@example.org>`);
    expect(mail.text).not.toContain(`${t('email.field.user')}: enzo`);
  });
});

describe('the workspace track and the vendor track', () => {
  beforeAll(async () => {
    await host.setAppSetting('dsr_allow_local_endpoint', true); // the endpoint is on 127.0.0.1
    await host.setAppSetting('dsr_endpoint_url', endpoint.url);
    await host.runJobs();
  });

  it('with default settings (no room, no usernames), the admin who installed the app is told, and the texts say so', async () => {
    // The modal says, before sending, that the administrators are told.
    const opened = await openRequest(host, 'alice', { jurisdiction: 'gdpr', type: 'access' });
    expect(textOf(opened.view.blocks)).toContain(wordsFor('alice')('routing.admins.preview.admins'));
    await host.closeView('alice', opened.viewId);

    const before = dmsTo(host, 'admin').length;
    const { id, ref } = await fileRequest(host, 'alice', { categories: ['account', 'content'] });
    const notices = dmsTo(host, 'admin')
      .slice(before)
      .filter((m) => m.text.includes(ref));
    expect(notices).toHaveLength(1);
    const t = wordsFor('alice');
    const receipt = aboutRef(host, 'alice', ref)[0].text;
    expect(receipt).toContain(t('routing.admins.admins'));
    // With the operator, never a vendor delivery state.
    expect(storedRequest(host, id).status).toBe('delivered');
    await host.runCommand('alice', '/privacy status');
    const list = noticesTo(host, 'alice').at(-1).text;
    expect(list).toContain(`\`${ref}\``);
    const line = list.split('\n').find((l) => l.includes(ref));
    expect(line).toContain(t('request.status.with_operator'));
    expect(line).not.toContain(t('request.status.queued'));
  });

  it('an operator-only request stored by an earlier version, still queued, is handed over when its person looks at it', async () => {
    const { id, ref } = await fileRequest(host, 'carla', { categories: ['account', 'content'] });
    expect(storedRequest(host, id).routing.vendor ?? undefined).toBeUndefined();
    // As an earlier version stored it: queued, nobody told, no outbox entry. The record as filed is
    // kept; what happened since (the operator notice, the move) is in event records, which go.
    host.bridges.persistence.change((records) => {
      const about = (r) => r.appId === host.appId && r.associations.some((a) => a.id === `request:${id}`);
      for (let i = records.length - 1; i >= 0; i--)
        if (about(records[i]) && records[i].data?.kind === 'request-event') records.splice(i, 1);
      for (const r of records)
        if (about(r)) {
          r.data.status = 'queued';
          r.data.history = r.data.history.slice(0, 1);
          delete r.data.workspaceNotice;
        }
    });
    expect(storedRequest(host, id)).toMatchObject({ status: 'queued', history: [{ status: 'queued' }] });
    const before = dmsTo(host, 'admin').length;
    await host.runCommand('carla', '/privacy status');
    // The admins are told now, as for a new request, and what the person reads is true.
    const a = wordsFor('admin');
    const notices = dmsTo(host, 'admin')
      .slice(before)
      .filter((m) => m.text.includes(ref));
    expect(notices).toHaveLength(1);
    expect(notices[0].text).toContain(
      a('admin.newRequest', {
        ref,
        type: a('request.type.access'),
        jurisdiction: a('jurisdiction.gdpr'),
      }),
    );
    // They may have had it from the earlier version: the notice says why it comes now.
    expect(notices[0].text).toContain(
      a('admin.earlierRequest', { ref, date: formatDate(storedRequest(host, id).submittedAt, 'en') }),
    );
    expect(storedRequest(host, id)).toMatchObject({
      status: 'delivered',
      workspaceNotice: { told: 'admins' },
    });
    const t = wordsFor('carla');
    const line = noticesTo(host, 'carla')
      .at(-1)
      .text.split('\n')
      .find((l) => l.includes(ref));
    expect(line).toContain(t('request.status.with_operator'));
    // Told once: looking again tells nobody again.
    const told = dmsTo(host, 'admin').filter((m) => m.text.includes(ref)).length;
    await host.runCommand('carla', `/privacy status ${ref}`);
    expect(dmsTo(host, 'admin').filter((m) => m.text.includes(ref))).toHaveLength(told);
    expect(noticesTo(host, 'carla').at(-1).text).toContain(
      t('status.detail.title', { ref, status: t('request.status.with_operator') }),
    );
  });

  it('when no named admin exists, nobody is promised anything: the request is emailed to the DPO, and the texts say so', async () => {
    await host.setAppSetting('admin_usernames', 'nobody-by-this-name');
    try {
      const opened = await openRequest(host, 'bruno', { jurisdiction: 'gdpr', type: 'access' });
      const b = wordsFor('bruno');
      const preview = textOf(opened.view.blocks);
      expect(preview).toContain(b('routing.admins.preview.dpo_email', { email: 'dpo@acme.example' }));
      expect(preview).not.toContain(b('routing.admins.preview.admins'));
      await host.closeView('bruno', opened.viewId);

      const { id, ref } = await fileRequest(host, 'bruno', { categories: ['account'] });
      const mails = host.emails().filter((m) => m.subject.includes(ref));
      expect(mails).toHaveLength(1);
      expect(mails[0].to).toBe('dpo@acme.example');
      const receipt = aboutRef(host, 'bruno', ref)[0].text;
      expect(receipt).toContain(b('routing.admins.dpo_email', { email: 'dpo@acme.example' }));
      expect(receipt).not.toContain(b('routing.admins.admins'));
      expect(storedRequest(host, id).status).toBe('delivered');
    } finally {
      await host.setAppSetting('admin_usernames', '');
    }
  });

  it('registered: the receipt, the admin notice and /privacy status name exactly the kinds each track got', async () => {
    const before = dmsTo(host, 'admin').length;
    const { id, ref } = await fileRequest(host, 'alice', { categories: ['account', 'usage'] });
    expect(storedRequest(host, id).routing.vendor).toMatchObject({ categories: ['usage'] });
    const t = wordsFor('alice');
    const vendorLine = (text) =>
      text.split('\n').find((l) => l.includes(t('routing.vendor.registered_services')));
    const receipt = aboutRef(host, 'alice', ref)[0].text;
    await host.runCommand('alice', `/privacy status ${ref}`);
    const detail = noticesTo(host, 'alice').at(-1).text;
    for (const text of [receipt, detail]) {
      const line = vendorLine(text);
      expect(line).toContain(t('routing.data', { categories: t('category.name.usage') }));
      for (const other of ['account', 'app', 'tracking', 'content'])
        expect(line).not.toContain(t(`category.name.${other}`));
    }
    const a = wordsFor('admin');
    const notice = dmsTo(host, 'admin')
      .slice(before)
      .find((m) => m.text.includes(ref)).text;
    expect(notice).toContain(a('admin.vendorGets', { categories: a('category.name.usage') }));
    expect(notice).toContain(
      a('request.receipt.data', {
        categories: [a('category.name.account'), a('category.name.usage')].join(', '),
      }),
    );
  });

  it("messages about a deleted user's request never reach whoever takes the username next", async () => {
    const ws = host.workspace;
    const join = (id) => ws.change((data) => data.rooms.find((r) => r.id === 'GENERAL').userIds.push(id));
    const first = ws.addUser({
      username: 'dora',
      name: 'Dora First',
      emails: [{ address: 'dora@example.org', verified: true }],
    });
    join(first);
    const { id, ref } = await fileRequest(host, 'dora', { categories: ['usage'] });
    expect(aboutRef(host, 'dora', ref)).toHaveLength(1);
    ws.removeUser(first);
    const second = ws.addUser({
      username: 'dora',
      name: 'Dora Second',
      emails: [{ address: 'dora2@example.org', verified: true }],
    });
    join(second);
    await host.runJobs();
    expect(storedRequest(host, id).status).toBe('delivered');
    // The new Dora has nothing about the first one's request.
    expect(dmsTo(host, 'dora').filter((m) => m.text.includes(ref))).toEqual([]);
    // The app's log says why, naming the reference only (the engine's own debug lines aside).
    const lines = JSON.stringify(
      host
        .logs()
        .flatMap((call) => call.entries)
        .filter((e) => e.severity !== 'debug')
        .map((e) => e.args),
    );
    expect(lines).toContain(`request ${ref}: its user no longer exists`);
    expect(lines).not.toContain('dora@example.org');
  });

  it('self-hosted: data only the operator holds goes to the admins in the picked room, not to the vendor', async () => {
    await host.setAppSetting('admin_room', 'GENERAL');
    const { id, ref } = await fileRequest(host, 'carla', { categories: ['account', 'content'] });
    await host.runJobs();
    expect(storedRequest(host, id).routing).toMatchObject({
      workspace: { reason: 'operator_holds' },
      vendorOptional: true,
    });
    expect(storedRequest(host, id).routing.vendor ?? undefined).toBeUndefined();
    expect(heldFor(endpoint, id)).toEqual([]);
    expect(createsFor(endpoint, id)).toEqual([]);
    const notice = fromApp(host, 'admin').filter((m) => m.roomId === 'GENERAL' && m.text.includes(ref));
    expect(notice).toHaveLength(1);
    expect(notice[0].text).toContain(
      wordsFor('admin')('admin.newRequest', {
        ref,
        type: wordsFor('admin')('request.type.access'),
        jurisdiction: wordsFor('admin')('jurisdiction.gdpr'),
      }),
    );
    // A room many people read: no name, no email address (issue 11).
    expect(notice[0].text).not.toMatch(/carla|example\.org|@/i);
    const t = wordsFor('carla');
    const receipt = aboutRef(host, 'carla', ref)[0].text;
    expect(receipt).toContain(t('routing.workspace.operator_holds'));
    expect(receipt).toContain(t('routing.vendor.not_sent'));
    expect(receipt).not.toContain(t('routing.vendor.left_out'));
    await host.setAppSetting('admin_room', '');
  });

  it('with no room picked, the named admins are told by direct message', async () => {
    await host.setAppSetting('admin_usernames', 'admin');
    const { ref } = await fileRequest(host, 'alice', { categories: ['account'] });
    const dm = dmsTo(host, 'admin').filter((m) => m.text.includes(ref));
    expect(dm).toHaveLength(1);
    expect(fromApp(host, 'admin').filter((m) => m.roomId === 'GENERAL' && m.text.includes(ref))).toEqual([]);
  });

  describe('on a workspace that is not registered', () => {
    beforeAll(async () => {
      host.setDeployment('unregistered');
      await host.runJobs();
    });

    it('no vendor track: the endpoint receives nothing', async () => {
      const { id, ref, view } = await fileRequest(host, 'bruno');
      // The modal offers the vendor track as a checkbox.
      expect(JSON.stringify(view)).toContain('request-vendor-check');
      await host.runJobs();
      expect(storedRequest(host, id).routing.vendor ?? undefined).toBeUndefined();
      expect(createsFor(endpoint, id)).toEqual([]);
      expect(aboutRef(host, 'bruno', ref)[0].text).toContain(wordsFor('bruno')('routing.vendor.not_sent'));
    });

    it('the user adds the vendor track with the checkbox: then the endpoint has it, once', async () => {
      const { id, ref } = await fileRequest(host, 'bruno', { vendor: true });
      await host.runJobs();
      expect(storedRequest(host, id).routing.vendor).toMatchObject({ reason: 'user_added' });
      expect(heldFor(endpoint, id)).toHaveLength(1);
      expect(heldFor(endpoint, id)[0].body.extensions['privacy-center'].workspace.deployment).toBe(
        'self_hosted_unregistered',
      );
      expect(aboutRef(host, 'bruno', ref)[0].text).toContain(wordsFor('bruno')('routing.vendor.user_added'));
      expect(storedRequest(host, id).status).toBe('delivered');
    });
  });
});
