'use strict';
/**
 * /privacy mydata in the real runtime, read as bruno (German) and carla (Portuguese) read it: every
 * kind of record the app keeps about them (requests with what they wrote, an unsent request form,
 * the law they picked, policy receipts and notices), and `delete` removing what no open request
 * needs while the requests and receipts stay, confirmed in their language.
 */
const { findElement } = require('./helpers/workspace');
const {
  useRequestsWorkspace,
  fileRequest,
  openRequest,
  storedRequest,
  noticesTo,
  wordsFor,
} = require('./helpers/requests');

jest.setTimeout(90_000);

let host;
useRequestsWorkspace({}, (started) => ({ host } = started));

const lastNotice = (username) => noticesTo(host, username).at(-1).text;
/** The app's records kept under a person's id (drafts, preferences, claims, receipts, notices). */
const recordsUnder = (userId, kind) =>
  host.bridges.persistence
    .records()
    .filter(
      (r) =>
        r.appId === host.appId &&
        r.associations.some((a) => a.model === 'user' && a.id === userId) &&
        r.associations.some((a) => a.id === kind),
    );
const userId = (username) => host.state().users.find((u) => u.username === username).id;

async function pickLaw(username, law) {
  await host.runCommand(username, '/privacy policy');
  const picked = await host.blockAction(username, {
    viewId: 'policy-view',
    blockId: 'policy-jurisdiction',
    actionId: 'policy-jurisdiction-select',
    value: law,
  });
  expect(picked.ok).toBe(true);
  await host.closeView(username, 'policy-view');
}

describe('bruno reads and cleans what the app stores about him, in German', () => {
  let filed;

  beforeAll(async () => {
    await pickLaw('bruno', 'ccpa');
    filed = await fileRequest(host, 'bruno', {
      details: 'Bitte alles aus #general, auch https://example.org',
    });
    // A request form opened and left unsent.
    await openRequest(host, 'bruno', { jurisdiction: 'gdpr', type: 'erasure' });
  });

  it('lists his request with what he wrote, the unsent form and the law he picked', async () => {
    const t = wordsFor('bruno');
    await host.runCommand('bruno', '/privacy mydata');
    const text = lastNotice('bruno');
    expect(text).toContain('*Was Privacy Center über Sie speichert*');
    expect(text).toContain('in der Datenbank dieses Arbeitsbereichs');
    expect(text).toContain('*Ihre Anträge*: 1');
    expect(text).toContain(`\`${filed.ref}\` Eine Kopie meiner Daten (DSGVO`);
    expect(text).toContain('E-Mail bruno@example.org');
    expect(text).toContain('Sie schrieben:\n> Bitte alles aus ＃general, auch hxxps[:]//example[.]org');
    expect(text).toContain('*Geöffnete, nicht abgeschickte Antragsformulare*: 1');
    expect(text).toContain(`${t('request.type.erasure')} (`);
    expect(text).toContain(
      '*Das Recht, das Sie in der Richtlinienansicht gewählt haben*: CCPA/CPRA (Kalifornien)',
    );
    expect(text).toContain('*Einträge für das Tageslimit (einer je gestelltem Antrag)*: 1');
    expect(text).toContain('`/privacy mydata delete` löscht, was kein offener Antrag braucht');
    expect(text).toContain('Ihre Anträge bleiben');
  });

  it('delete removes the unsent form and the law, keeps the open request, and says so in German', async () => {
    const id = userId('bruno');
    expect(recordsUnder(id, 'request-draft')).toHaveLength(1);
    await host.runCommand('bruno', '/privacy mydata delete');
    const text = lastNotice('bruno');
    expect(text).toContain(
      '*Gelöscht*:\n• nicht abgeschickte Antragsformulare: 1\n• das von Ihnen gewählte Recht',
    );
    // The day's claim still counts toward the daily limit: it stays.
    expect(text).toContain(
      'Behalten: offene Anträge 1, abgeschlossene Anträge 0, Lesebestätigungen 0, noch zählende Tageslimit-Einträge 1.',
    );
    expect(recordsUnder(id, 'request-draft')).toEqual([]);
    expect(recordsUnder(id, 'preferences')).toEqual([]);
    // The open request is whole, with what he wrote.
    expect(storedRequest(host, filed.id)).toMatchObject({
      details: 'Bitte alles aus #general, auch https://example.org',
    });
    await host.runCommand('bruno', '/privacy mydata');
    const after = lastNotice('bruno');
    expect(after).toContain(`\`${filed.ref}\``);
    expect(after).not.toContain('nicht abgeschickte Antragsformulare');
    expect(after).not.toContain('Richtlinienansicht gewählt');
  });

  it('a second delete finds nothing more to delete', async () => {
    await host.runCommand('bruno', '/privacy mydata delete');
    expect(lastNotice('bruno')).toContain('Es gab nichts zu löschen');
  });
});

describe('carla reads hers in Portuguese, with her policy receipt, which stays', () => {
  let filed;

  beforeAll(async () => {
    await host.setAppSetting('policy_version', '7.0');
    await host.runDueJobs();
    filed = await fileRequest(host, 'carla', { jurisdiction: 'lgpd', details: 'Quero saber tudo' });
    await host.runCommand('carla', `/privacy cancel ${filed.ref}`);
    await host.runJobs();
    // The policy notice she was shown, and her "I have read it".
    const notice = noticesTo(host, 'carla').find((m) => findElement(m, 'policy-update-ack'));
    const clicked = await host.blockAction('carla', {
      blockId: 'policy-update',
      actionId: 'policy-update-ack',
      value: findElement(notice, 'policy-update-ack').value,
      messageId: notice.id,
    });
    expect(clicked.ok).toBe(true);
  });

  it('lists her finished request, the policy version she read and when the notice was shown', async () => {
    await host.runCommand('carla', '/privacy mydata');
    const text = lastNotice('carla');
    expect(text).toContain('*O que o Privacy Center guarda sobre você*');
    expect(text).toContain(`\`${filed.ref}\` Uma cópia dos meus dados (LGPD (Brasil))`);
    expect(text).toContain('Você escreveu:\n> Quero saber tudo');
    expect(text).toMatch(/Versões da política que você leu: 7\.0 \(.+\), em /);
    expect(text).toMatch(/\*Quando um aviso da política foi mostrado a você\*: versão 7\.0, primeiro em /);
  });

  it('delete removes when notices were shown, keeps the receipt and the request, in Portuguese', async () => {
    await host.runCommand('carla', '/privacy mydata delete');
    const text = lastNotice('carla');
    expect(text).toContain('*Apagado*:\n• registros de avisos da política mostrados: 1');
    expect(text).toContain(
      'Mantido: solicitações abertas 0, solicitações concluídas 1, confirmações de leitura da política 1',
    );
    expect(text).toContain('Suas confirmações de leitura da política também ficam');
    expect(recordsUnder(userId('carla'), 'policy-notice')).toEqual([]);
    expect(recordsUnder(userId('carla'), 'policy-ack')).toHaveLength(1);
    expect(storedRequest(host, filed.id)).toMatchObject({ status: 'cancelled', details: 'Quero saber tudo' });
  });
});
