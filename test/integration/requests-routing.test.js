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
} = require('./helpers/requests');
const { fromApp } = require('./helpers/workspace');

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
});

describe('the workspace track and the vendor track', () => {
  beforeAll(async () => {
    await host.setAppSetting('dsr_allow_local_endpoint', true); // the endpoint is on 127.0.0.1
    await host.setAppSetting('dsr_endpoint_url', endpoint.url);
    await host.runJobs();
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
        username: 'carla',
        type: wordsFor('admin')('request.type.access'),
        jurisdiction: wordsFor('admin')('jurisdiction.gdpr'),
      }),
    );
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
