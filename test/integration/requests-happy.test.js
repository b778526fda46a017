'use strict';
/**
 * The happy path of a data-subject request for every regime, on a registered self-hosted
 * workspace and on cloud: the endpoint holds one request per id with what was asked, and the
 * user reads the receipt (reference, what, where, when due) and the delivery, in their language.
 */
const {
  LANGUAGE,
  wordsFor,
  formatDate,
  useRequestsWorkspace,
  fileRequest,
  storedRequest,
  aboutRef,
  heldFor,
  dueLine,
} = require('./helpers/requests');

jest.setTimeout(60_000);

let host;
let endpoint;
useRequestsWorkspace({ settings: { admin_usernames: 'admin' } }, (started) => ({ host, endpoint } = started));

const ALL = ['account', 'usage', 'app', 'content', 'tracking'];
const USERS = ['alice', 'bruno', 'carla'];
const REGIMES = ['gdpr', 'uk_gdpr', 'ccpa', 'lgpd', 'us_state', 'other'];
const DAY = 86_400_000;

/** Expected answer time per regime for an access request, in days (range: months and business days vary). */
const DUE_DAYS = { gdpr: [28, 31], uk_gdpr: [28, 31], ccpa: [45, 45], lgpd: [15, 15], us_state: [45, 45] };

describe.each([
  [
    'registered',
    'self_hosted_registered',
    ['usage', 'app', 'tracking'],
    'routing.vendor.registered_services',
  ],
  ['cloud', 'cloud', ALL, 'routing.vendor.vendor_hosts'],
])('on a %s workspace', (deployment, deploymentType, vendorCategories, vendorLine) => {
  beforeAll(async () => {
    host.setDeployment(deployment);
    await host.runJobs();
  });

  it.each(REGIMES.map((regime, i) => [regime, USERS[i % USERS.length]]))(
    'an access request under %s reaches the endpoint once, and %s reads the receipt and the delivery',
    async (regime, username) => {
      const t = wordsFor(username);
      const { id, ref } = await fileRequest(host, username, {
        jurisdiction: regime,
        type: 'access',
        details: `about ${regime}`,
      });

      // Stored before anything is sent, and the receipt is there at once.
      const filed = storedRequest(host, id);
      expect(filed).toMatchObject({
        id,
        ref,
        status: 'queued',
        jurisdiction: regime,
        type: 'access',
        language: LANGUAGE[username],
      });
      expect(heldFor(endpoint, id)).toEqual([]);
      const [receipt, ...rest] = aboutRef(host, username, ref);
      expect(rest).toEqual([]);
      expect(receipt.text).toContain(t('request.receipt.title', { ref }));
      expect(receipt.text).toContain(
        t('request.receipt.asked', {
          type: t('request.type.access'),
          jurisdiction: t(`jurisdiction.${regime}`),
        }),
      );
      expect(receipt.text).toContain(t(vendorLine));
      expect(receipt.text).toContain(dueLine(username, filed));
      if (username !== 'alice')
        expect(t('request.receipt.title', { ref })).not.toBe(
          wordsFor('alice')('request.receipt.title', { ref }),
        );

      // Due dates per regime; "other" sets none.
      if (DUE_DAYS[regime]) {
        const days = (Date.parse(filed.due) - Date.parse(filed.submittedAt)) / DAY;
        expect(days).toBeGreaterThanOrEqual(DUE_DAYS[regime][0]);
        expect(days).toBeLessThanOrEqual(DUE_DAYS[regime][1]);
      } else {
        expect(filed.due).toBeUndefined();
        expect(receipt.text).toContain(t('request.noDeadline'));
      }
      if (regime === 'ccpa') {
        expect(receipt.text).toContain(
          t('request.acknowledgeBy', { date: formatDate(filed.acknowledgeBy, LANGUAGE[username]) }),
        );
      }

      await host.runJobs();

      const [held, ...more] = heldFor(endpoint, id);
      expect(more).toEqual([]);
      expect(held.duplicates).toBe(0);
      expect(held.body).toMatchObject({
        api_version: '2.0',
        subject_request_id: id,
        subject_request_type: 'access',
        regulation: regime,
        subject_identities: [
          { identity_type: 'email', identity_value: `${username}@example.org`, identity_format: 'raw' },
          { identity_type: 'controller_customer_id', identity_format: 'raw' },
        ],
      });
      const ext = held.body.extensions['privacy-center'];
      expect(ext).toMatchObject({
        jurisdiction: regime,
        locale: LANGUAGE[username],
        email_verified: true,
        details: `about ${regime}`,
      });
      expect(ext.workspace.deployment).toBe(deploymentType);
      // Only what the vendor holds goes to the vendor.
      expect(ext.data_categories).toEqual(vendorCategories);
      if (filed.due) expect(ext.due_time).toBe(filed.due);
      else expect(ext.due_time).toBeUndefined();
      expect(held.body).not.toHaveProperty('status_callback_urls');

      expect(storedRequest(host, id)).toMatchObject({ status: 'delivered' });
      const messages = aboutRef(host, username, ref);
      expect(messages).toHaveLength(2);
      expect(messages[1].text).toContain(
        t('request.changed', { ref, type: t('request.type.access'), status: t('request.status.delivered') }),
      );
    },
  );
});

describe('due dates per request type', () => {
  it('a CCPA opt-out is due sooner than a CCPA access request, on business days, and says so', async () => {
    host.setDeployment('cloud');
    await host.runJobs();
    const access = await fileRequest(host, 'alice', { jurisdiction: 'ccpa', type: 'access' });
    const optOut = await fileRequest(host, 'alice', {
      jurisdiction: 'ccpa',
      type: 'sale_opt_out',
      categories: ['usage', 'tracking'],
    });
    const a = storedRequest(host, access.id);
    const o = storedRequest(host, optOut.id);
    expect(o.due).toBeDefined();
    expect(o.due).not.toBe(a.due);
    const optOutDays = (Date.parse(o.due) - Date.parse(o.submittedAt)) / DAY;
    // 15 business days: three weeks of calendar time, give or take a weekend.
    expect(optOutDays).toBeGreaterThanOrEqual(19);
    expect(optOutDays).toBeLessThanOrEqual(23);
    expect(o.acknowledgeBy).toBeUndefined();
    const t = wordsFor('alice');
    const [receipt] = aboutRef(host, 'alice', optOut.ref);
    expect(receipt.text).toContain(t('request.dueAbout', { date: formatDate(o.due, 'en') }));
    expect(receipt.text).not.toContain(t('request.dueAbout', { date: formatDate(a.due, 'en') }));
    await host.runJobs();
    expect(heldFor(endpoint, optOut.id)[0].body.extensions['privacy-center'].due_time).toBe(o.due);
  });

  it('a question for the DPO has no deadline', async () => {
    const { id, ref } = await fileRequest(host, 'bruno', {
      jurisdiction: 'gdpr',
      type: 'information',
      categories: [],
      details: 'Wer ist Ihr Datenschutzbeauftragter?',
    });
    expect(storedRequest(host, id).due).toBeUndefined();
    expect(aboutRef(host, 'bruno', ref)[0].text).toContain(wordsFor('bruno')('request.noDeadline'));
  });
});
