/**
 * Rocket.Chat's renderer turns an option's plain text into markup and shows the escapes
 * ("The app&#x27;s own features"), so no option text of any view may carry ' " < > &.
 */
import { mergeDirectory, parseInstalled, parseMarketplace } from '../../../../src/core/apps/directory';
import { LANGUAGES } from '../../../../src/core/i18n/languages';
import { CATALOGUE, translator } from '../../../../src/core/i18n/translator';
import { resolveApplicablePolicy } from '../../../../src/core/policy/applicablePolicy';
import type { DeploymentFinding } from '../../../../src/core/policy/deployment';
import { DEPLOYMENT_TYPES } from '../../../../src/core/policy/deployment';
import { JURISDICTIONS } from '../../../../src/core/policy/jurisdictions';
import { routeRequest } from '../../../../src/core/requests/routing';
import { appsView } from '../../../../src/engine/views/appsView';
import { policyView } from '../../../../src/engine/views/policyView';
import { requestModal } from '../../../../src/engine/views/requestModal';
import { INSTALLED, MARKETPLACE } from '../../fixtures/apps';

const MARKUP = /['"<>&]/;

/** Every option text anywhere in a surface's blocks. */
function optionTexts(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => optionTexts(n, found));
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (Array.isArray(record.options))
      for (const o of record.options as Array<{ text?: { text?: string } }>) found.push(o.text?.text ?? '');
    Object.values(record).forEach((v) => optionTexts(v, found));
  }
  return found;
}

const finding = (type: DeploymentFinding['type']): DeploymentFinding => ({
  type,
  source: 'admin_setting',
  certainty: 'confirmed',
  registration: { outcome: 'registered' },
});

const apps = mergeDirectory(parseInstalled(INSTALLED)!, parseMarketplace(MARKETPLACE));
const thirdParty = [
  { id: 'qa', name: 'Q&A "Helper" <beta>' },
  { id: 'lunch', name: "Bob's Lunch Poll" },
];

describe('option texts', () => {
  it.each(LANGUAGES)('carry no markup-sensitive character in any view, in %s', (language) => {
    const tr = translator(language);
    const texts: string[] = [];
    for (const type of DEPLOYMENT_TYPES)
      for (const jurisdiction of JURISDICTIONS) {
        const policy = resolveApplicablePolicy({
          deployment: finding(type),
          jurisdiction,
          contact: { dpoEmail: 'privacy@rocket.chat', links: {} },
          version: { version: '6.5', effectiveDate: '2023-10-20' },
        });
        optionTexts(policyView({ appId: 'a', policy }, tr).blocks, texts);
        const routing = routeRequest({
          deployment: finding(type),
          type: 'access',
          categories: ['account'],
          addVendor: false,
        });
        optionTexts(
          requestModal(
            {
              appId: 'a',
              requestId: '2f1c7a52-0d1e-4b7a-9c3e-5a6b7c8d9e0f',
              jurisdiction,
              type: 'access',
              categories: ['account'],
              routing,
              email: 'alice@example.org',
              emailVerified: true,
              workspaceIdentity: '@alice',
              apps: thirdParty,
              selectedApps: [],
              offerVendor: true,
            },
            tr,
          ).blocks,
          texts,
        );
      }
    optionTexts(appsView({ appId: 'a', filter: {}, apps }, tr).blocks, texts);
    expect(texts.length).toBeGreaterThan(40);
    expect(texts.filter((text) => text.trim() === '' || MARKUP.test(text))).toEqual([]);
  });

  it.each(LANGUAGES)('are written with typographic quotes in the %s catalogue itself', (language) => {
    const messages = CATALOGUE[language];
    const optionKeys = Object.keys(messages).filter((key) =>
      /^(jurisdiction\.[a-z_]+|request\.type\.|category\.name\.|apps\.data\.|apps\.category\.all|request\.modal\.(addVendor|confirm)Option)/.test(
        key,
      ),
    ) as Array<keyof typeof messages>;
    expect(optionKeys.length).toBeGreaterThan(30);
    expect(optionKeys.filter((key) => MARKUP.test(messages[key] ?? ''))).toEqual([]);
  });

  it('keeps a third-party app name readable', () => {
    const view = requestModal(
      {
        appId: 'a',
        requestId: '2f1c7a52-0d1e-4b7a-9c3e-5a6b7c8d9e0f',
        jurisdiction: 'gdpr',
        type: 'access',
        categories: ['account'],
        routing: routeRequest({
          deployment: finding('cloud'),
          type: 'access',
          categories: ['account'],
          addVendor: false,
        }),
        email: 'alice@example.org',
        emailVerified: true,
        workspaceIdentity: '@alice',
        apps: thirdParty,
        selectedApps: [],
        offerVendor: false,
      },
      translator('en'),
    );
    expect(optionTexts(view.blocks)).toEqual(
      expect.arrayContaining(['Q+A “Helper” beta', 'Bob’s Lunch Poll']),
    );
  });
});
