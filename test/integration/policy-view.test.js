'use strict';
/** /privacy policy for each deployment type, and the jurisdiction choice, in the real runtime. */
const { startWorkspace, textOf, findElement } = require('./helpers/workspace');

jest.setTimeout(60_000);

let host;
beforeAll(async () => {
  host = await startWorkspace();
});
afterAll(async () => {
  await host?.stop();
});
afterEach(async () => {
  for (const view of host.openViews('alice')) await host.closeView('alice', view.viewId);
});

/** Runs /privacy policy after the registration check has seen the deployment. */
async function policyAs(username, deployment) {
  host.setDeployment(deployment);
  await host.runJobs();
  expect(await host.runCommand(username, '/privacy policy')).toMatchObject({ ok: true });
  const views = host.openViews(username);
  expect(views.at(-1)).toMatchObject({ viewId: 'policy-view', surface: 'contextualBar' });
  return views.at(-1);
}

describe('/privacy policy', () => {
  it.each([
    ['registered', 'Self-hosted, registered with the vendor', 'the workspace is registered'],
    ['unregistered', 'Self-hosted, not registered', 'appears not to be registered'],
    ['failing', 'Self-hosted, registered with the vendor', 'failed, so it is not known'],
    ['cloud', 'Hosted by the vendor (cloud)', 'acme.rocket.chat'],
    ['community', "The vendor's community server (Open Server)", 'open.rocket.chat'],
  ])('on a %s workspace says what applies and how it knows', async (deployment, type, source) => {
    const { view } = await policyAs('alice', deployment);
    const text = textOf(view);
    expect(text).toContain(type);
    expect(text).toContain(source);
  });

  it('opens in German for a German user', async () => {
    const { view } = await policyAs('bruno', 'registered');
    expect(view.title.text).toBe('Datenschutzerklärung');
    expect(textOf(view)).toContain('Selbst gehostet, beim Anbieter registriert');
    await host.closeView('bruno', 'policy-view');
  });

  it('changing the jurisdiction updates the open view with that law’s rights', async () => {
    const { view } = await policyAs('alice', 'registered');
    expect(findElement(view, 'policy-jurisdiction-select').initialValue).toBe('gdpr');
    const result = await host.blockAction('alice', {
      viewId: 'policy-view',
      blockId: 'policy-jurisdiction',
      actionId: 'policy-jurisdiction-select',
      value: 'ccpa',
    });
    expect(result.ok).toBe(true);
    const updated = host.openViews('alice').at(-1).view;
    expect(findElement(updated, 'policy-jurisdiction-select').initialValue).toBe('ccpa');
    expect(textOf(updated)).toContain('CCPA/CPRA (California)');
    expect(textOf(updated)).not.toEqual(textOf(view));
  });

  it('ignores a jurisdiction that is not offered', async () => {
    const { view } = await policyAs('alice', 'registered');
    const before = JSON.stringify(view);
    await host.blockAction('alice', {
      viewId: 'policy-view',
      blockId: 'policy-jurisdiction',
      actionId: 'policy-jurisdiction-select',
      value: 'martian_law',
    });
    expect(JSON.stringify(host.openViews('alice').at(-1).view)).toBe(before);
  });

  it('closes when the user closes it', async () => {
    await policyAs('alice', 'registered');
    expect(await host.closeView('alice', 'policy-view')).toMatchObject({ ok: true });
    expect(host.openViews('alice')).toEqual([]);
  });
});
