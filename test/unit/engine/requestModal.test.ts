import { translator } from '../../../src/core/i18n/translator';
import { routeRequest } from '../../../src/core/requests/routing';
import type { RequestModalData } from '../../../src/engine/views/requestModal';
import { requestIdOf, requestModal, RequestModalIds, viewIdOf } from '../../../src/engine/views/requestModal';

const ID = '2f1c7a52-0d1e-4b7a-9c3e-5a6b7c8d9e0f';
const registered = {
  type: 'self_hosted_registered' as const,
  source: 'registration_check' as const,
  certainty: 'confirmed' as const,
  registration: { outcome: 'registered' as const },
};

function data(over: Partial<RequestModalData> = {}): RequestModalData {
  return {
    appId: 'app-id',
    requestId: ID,
    jurisdiction: 'gdpr',
    type: 'access',
    categories: ['account', 'content'],
    routing: routeRequest({
      deployment: registered,
      type: 'access',
      categories: ['account', 'content'],
      addVendor: false,
    }),
    email: 'alice@example.org',
    emailVerified: true,
    workspaceIdentity: '@alice (chat.example.org)',
    apps: [],
    selectedApps: [],
    offerVendor: true,
    ...over,
  };
}

const find = (view: any, blockId: string) => view.blocks.find((b: any) => b.blockId === blockId);
const text = (view: any) => JSON.stringify(view.blocks);

describe('the request modal', () => {
  it('carries the request id in its view id, so a double submit is one request', () => {
    const view = requestModal(data(), translator('en'));
    expect(view.id).toBe(viewIdOf(ID));
    expect(requestIdOf(view.id)).toBe(ID);
    expect(requestIdOf('policy-view')).toBeUndefined();
    expect(view.type).toBe('modal');
  });

  it('offers only the requests of the chosen law, plus a question for the DPO', () => {
    const gdpr = find(requestModal(data(), translator('en')), RequestModalIds.TypeBlock).accessory;
    expect(gdpr.options.map((o: any) => o.value)).toContain('restriction');
    expect(gdpr.options.map((o: any) => o.value)).not.toContain('sale_opt_out');
    const ccpa = find(
      requestModal(data({ jurisdiction: 'ccpa' }), translator('en')),
      RequestModalIds.TypeBlock,
    ).accessory;
    expect(ccpa.options.map((o: any) => o.value)).toEqual([
      'access',
      'erasure',
      'rectification',
      'sale_opt_out',
      'sensitive_data_limit',
      'information',
    ]);
    expect(gdpr.placeholder.text).toBeTruthy();
  });

  it('preselects the categories and shows where the request goes before it is sent', () => {
    const view = requestModal(data(), translator('en'));
    expect(find(view, RequestModalIds.CategoriesBlock).element.initialValue).toEqual(['account', 'content']);
    expect(text(view)).toContain("To this workspace's operator");
    expect(text(view)).toContain('Not to the vendor');
    expect(find(view, RequestModalIds.VendorBlock).element.type).toBe('checkbox');
    expect(find(view, RequestModalIds.ConfirmBlock).element.options[0].value).toBe('own');
  });

  it('offers the vendor checkbox on a self-hosted workspace only, whatever the preview', () => {
    const routing = routeRequest({
      deployment: registered,
      type: 'access',
      categories: ['usage'],
      addVendor: false,
    });
    expect(
      find(requestModal(data({ routing }), translator('en')), RequestModalIds.VendorBlock),
    ).toBeDefined();
    expect(
      find(requestModal(data({ offerVendor: false }), translator('en')), RequestModalIds.VendorBlock),
    ).toBeUndefined();
  });

  it('puts hints in context blocks, never in an input block hint', () => {
    const view = requestModal(data({ apps: [{ id: 'poll', name: 'Poll' }] }), translator('en'));
    expect((view.blocks as any[]).filter((b) => b.type === 'input' && b.hint)).toEqual([]);
    expect(text(view)).toContain('At most 2000 characters');
  });

  it('lists installed apps only when the directory knows some, with the chosen one preselected', () => {
    expect(find(requestModal(data(), translator('en')), RequestModalIds.AppsBlock)).toBeUndefined();
    const view = requestModal(
      data({ apps: [{ id: 'poll', name: 'Poll' }], selectedApps: ['poll'] }),
      translator('en'),
    );
    expect(find(view, RequestModalIds.AppsBlock).element).toMatchObject({
      type: 'multi_static_select',
      actionId: RequestModalIds.AppsAction,
      initialValue: ['poll'],
    });
  });

  it("says when the email is not verified, in the user's language", () => {
    const view = requestModal(data({ emailVerified: false }), translator('de'));
    expect(text(view)).toContain(translator('de').t('request.unverifiedEmail'));
    expect((view.title as any).text).toBe(translator('de').t('request.modal.title'));
  });
});
