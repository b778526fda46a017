'use strict';
/**
 * What is new in the workspace's privacy posture, offered in the admins' daily digest (issue 12),
 * in the real runtime: every finding on the first run, nothing again the next run, and only the new
 * finding once a server setting changes.
 */
const { useRequestsWorkspace, dmsTo, wordsFor } = require('./helpers/requests');

jest.setTimeout(90_000);

let host;
useRequestsWorkspace({ settings: { admin_usernames: 'admin' } }, (started) => ({ host } = started));

const t = wordsFor('admin');
const runDigest = () => host.bridges.scheduler.runNamed((name) => name.startsWith('due-alerts_'));
const newsSince = (before) =>
  dmsTo(host, 'admin')
    .slice(before)
    .map((m) => m.text)
    .filter((text) => text.startsWith(t('posture.news', { count: '' }).split('(')[0]));

it('offers each finding once: all on the first run, then only what a changed setting made new', async () => {
  await host.changeServerSettings({}); // the data map of a default workspace
  let before = dmsTo(host, 'admin').length;
  await runDigest();
  let news = newsSince(before);
  expect(news).toHaveLength(1);
  expect(news[0]).toContain(t('posture.news', { count: '1' }));
  expect(news[0]).toContain(t('finding.no_self_delete'));

  before = dmsTo(host, 'admin').length;
  await runDigest();
  expect(newsSince(before)).toEqual([]);

  await host.changeServerSettings({
    AutoTranslate_Enabled: true,
    AutoTranslate_ServiceProvider: 'google-translate',
  });
  before = dmsTo(host, 'admin').length;
  await runDigest();
  news = newsSince(before);
  expect(news).toHaveLength(1);
  expect(news[0]).toContain(t('finding.translation', { to: 'Google Translate' }));
  expect(news[0]).not.toContain(t('finding.no_self_delete'));
  await host.changeServerSettings({ AutoTranslate_Enabled: null, AutoTranslate_ServiceProvider: null });
});
