import type { DataCategory } from '../../../../src/core/policy/catalog';
import { DATA_CATEGORIES } from '../../../../src/core/policy/catalog';
import type { Certainty, DeploymentFinding, DeploymentType } from '../../../../src/core/policy/deployment';
import type { Routing } from '../../../../src/core/requests/routing';
import { routeRequest, vendorCanBeAdded } from '../../../../src/core/requests/routing';
import type { RequestType } from '../../../../src/core/requests/types';

const finding = (type: DeploymentType, certainty: Certainty = 'confirmed'): DeploymentFinding => ({
  type,
  source: certainty === 'confirmed' ? 'admin_setting' : 'registration_check',
  certainty,
  registration: {
    outcome: certainty === 'uncertain' ? 'failed' : 'registered',
    checkedAt: '2026-03-01T00:00:00.000Z',
  },
});

const route = (
  deployment: DeploymentType,
  categories: DataCategory[],
  addVendor = false,
  type: RequestType = 'access',
  certainty: Certainty = 'confirmed',
) => routeRequest({ deployment: finding(deployment, certainty), type, categories, addVendor });

/** What the vendor holds about an ordinary user of a registered self-hosted workspace (POLICY-FACTS). */
const VENDOR_HELD: Record<DataCategory, boolean> = {
  account: false,
  usage: true,
  app: true,
  content: false,
  tracking: true,
};

/** The routing table of POLICY-FACTS, one category at a time. */
function expected(
  deployment: DeploymentType,
  category: DataCategory,
  addVendor: boolean,
  uncertain: boolean,
): Routing {
  const c = [category];
  switch (deployment) {
    case 'cloud':
      return {
        vendor: { categories: c, reason: 'vendor_hosts' },
        workspace: { categories: c, reason: 'operator_copy' },
        vendorOptional: false,
        uncertain,
      };
    case 'community':
      return { vendor: { categories: c, reason: 'vendor_runs_community' }, vendorOptional: false, uncertain };
    case 'self_hosted_registered':
      // Ticked "also send it to the vendor": everything selected goes to the vendor.
      if (VENDOR_HELD[category] && !addVendor) {
        return {
          vendor: { categories: c, reason: 'registered_services' },
          workspace: { categories: c, reason: 'operator_holds' },
          vendorOptional: false,
          uncertain,
        };
      }
      return {
        ...(addVendor ? { vendor: { categories: c, reason: 'user_added' as const } } : {}),
        workspace: { categories: c, reason: 'operator_holds' },
        vendorOptional: !addVendor,
        uncertain,
      };
    case 'self_hosted_unregistered':
      return {
        ...(addVendor ? { vendor: { categories: c, reason: 'user_added' as const } } : {}),
        workspace: { categories: c, reason: 'operator_holds' },
        vendorOptional: !addVendor,
        uncertain,
      };
  }
}

const DEPLOYMENTS: DeploymentType[] = [
  'cloud',
  'community',
  'self_hosted_registered',
  'self_hosted_unregistered',
];
const CERTAINTIES: Certainty[] = ['confirmed', 'appears', 'uncertain'];

describe('routing a request to whoever holds the data', () => {
  const table = DEPLOYMENTS.flatMap((d) =>
    DATA_CATEGORIES.flatMap((c) =>
      [false, true].flatMap((add) => CERTAINTIES.map((cert) => [d, c, add, cert] as const)),
    ),
  );

  it.each(table)('%s, %s, addVendor %p, certainty %s', (deployment, category, addVendor, certainty) => {
    const routing = route(deployment, [category], addVendor, 'access', certainty);
    expect(routing).toEqual(expected(deployment, category, addVendor, certainty === 'uncertain'));
    // toEqual ignores undefined keys: say plainly which tracks exist.
    const want = expected(deployment, category, addVendor, certainty === 'uncertain');
    expect(routing.vendor === undefined).toBe(want.vendor === undefined);
    expect(routing.workspace === undefined).toBe(want.workspace === undefined);
  });

  it('gives the vendor only the vendor-held categories of a registered workspace', () => {
    expect(route('self_hosted_registered', [...DATA_CATEGORIES])).toEqual({
      vendor: { categories: ['usage', 'app', 'tracking'], reason: 'registered_services' },
      workspace: { categories: ['account', 'usage', 'app', 'content', 'tracking'], reason: 'operator_holds' },
      vendorOptional: false,
      uncertain: false,
    });
  });

  it('leaves the vendor out of a registered workspace holding only account and content data', () => {
    const routing = route('self_hosted_registered', ['account', 'content']);
    expect(routing.vendor).toBeUndefined();
    expect(routing).toEqual({
      workspace: { categories: ['account', 'content'], reason: 'operator_holds' },
      vendorOptional: true,
      uncertain: false,
    });
  });

  it('sends the vendor everything the user selected once the user adds it', () => {
    expect(route('self_hosted_registered', ['account', 'content'], true).vendor).toEqual({
      categories: ['account', 'content'],
      reason: 'user_added',
    });
    expect(route('self_hosted_unregistered', ['account', 'usage', 'tracking'], true)).toEqual({
      vendor: { categories: ['account', 'usage', 'tracking'], reason: 'user_added' },
      workspace: { categories: ['account', 'usage', 'tracking'], reason: 'operator_holds' },
      vendorOptional: false,
      uncertain: false,
    });
  });

  it('sends the vendor all selected categories of a registered workspace when the user adds it', () => {
    // The modal offers the checkbox on every self-hosted workspace, whatever the categories.
    expect(route('self_hosted_registered', ['account', 'usage'], true).vendor).toEqual({
      categories: ['account', 'usage'],
      reason: 'user_added',
    });
  });

  it('sends nothing to the vendor of an unregistered workspace unless the user adds it', () => {
    const routing = route('self_hosted_unregistered', [...DATA_CATEGORIES]);
    expect(routing.vendor).toBeUndefined();
    expect(routing.vendorOptional).toBe(true);
    expect(routing.workspace).toEqual({ categories: [...DATA_CATEGORIES], reason: 'operator_holds' });
  });

  it('routes an uncertain registration as registered, and says so', () => {
    const routing = route('self_hosted_registered', ['account', 'usage'], false, 'access', 'uncertain');
    expect(routing).toEqual({
      vendor: { categories: ['usage'], reason: 'registered_services' },
      workspace: { categories: ['account', 'usage'], reason: 'operator_holds' },
      vendorOptional: false,
      uncertain: true,
    });
  });

  it('gives the cloud both tracks and the community server the vendor only', () => {
    expect(route('cloud', ['content', 'tracking'])).toEqual({
      vendor: { categories: ['content', 'tracking'], reason: 'vendor_hosts' },
      workspace: { categories: ['content', 'tracking'], reason: 'operator_copy' },
      vendorOptional: false,
      uncertain: false,
    });
    const community = route('community', ['content', 'tracking'], true);
    expect(community).toEqual({
      vendor: { categories: ['content', 'tracking'], reason: 'vendor_runs_community' },
      vendorOptional: false,
      uncertain: false,
    });
    expect(community.workspace).toBeUndefined();
  });

  describe('a question for the DPO', () => {
    it.each([
      [
        'cloud',
        false,
        {
          vendor: { categories: [], reason: 'vendor_hosts' },
          workspace: { categories: [], reason: 'operator_copy' },
          vendorOptional: false,
          uncertain: false,
        },
      ],
      [
        'community',
        false,
        {
          vendor: { categories: [], reason: 'vendor_runs_community' },
          vendorOptional: false,
          uncertain: false,
        },
      ],
      [
        'self_hosted_registered',
        false,
        {
          vendor: { categories: [], reason: 'registered_services' },
          workspace: { categories: [], reason: 'operator_holds' },
          vendorOptional: false,
          uncertain: false,
        },
      ],
      [
        'self_hosted_unregistered',
        false,
        { workspace: { categories: [], reason: 'operator_holds' }, vendorOptional: true, uncertain: false },
      ],
      [
        'self_hosted_unregistered',
        true,
        {
          vendor: { categories: [], reason: 'user_added' },
          workspace: { categories: [], reason: 'operator_holds' },
          vendorOptional: false,
          uncertain: false,
        },
      ],
    ] as const)('on %s (addVendor %p) goes to %j', (deployment, addVendor, want) => {
      const routing = route(deployment, [], addVendor, 'information');
      expect(routing).toEqual(want);
      expect(routing.vendor === undefined).toBe(!('vendor' in want));
    });

    it('goes to the vendor DPO of a registered workspace with whatever categories were picked', () => {
      expect(route('self_hosted_registered', ['account', 'content'], false, 'information').vendor).toEqual({
        categories: ['account', 'content'],
        reason: 'registered_services',
      });
    });
  });

  it('copies the selection instead of sharing the caller array', () => {
    const categories: DataCategory[] = ['usage'];
    const routing = route('self_hosted_unregistered', categories, true);
    categories.push('account');
    expect(routing.vendor?.categories).toEqual(['usage']);
    expect(routing.workspace?.categories).toEqual(['usage']);
  });
});

describe('offering the vendor box', () => {
  it('is offered exactly where ticking it changes who gets the request', () => {
    const types: DeploymentType[] = [
      'cloud',
      'community',
      'self_hosted_registered',
      'self_hosted_unregistered',
    ];
    for (const type of types) {
      const input = {
        deployment: finding(type),
        type: 'erasure' as RequestType,
        categories: ['account' as DataCategory],
      };
      const changes =
        JSON.stringify(routeRequest({ ...input, addVendor: true })) !==
        JSON.stringify(routeRequest({ ...input, addVendor: false }));
      expect({ type, offered: vendorCanBeAdded(finding(type)) }).toEqual({ type, offered: changes });
    }
  });
});
