import { translator } from '../../../../src/core/i18n/translator';
import { routeRequest } from '../../../../src/core/requests/routing';
import type { RequestModalData } from '../../../../src/engine/views/requestModal';
import {
  categoriesIds,
  isTypeAction,
  requestIdOf,
  requestModal,
  RequestModalIds,
  SELF_SERVICE_BLOCK,
  viewIdOf,
} from '../../../../src/engine/views/requestModal';
import { readRequestModalState } from '../../../../src/engine/entry/interactions/requestModalState';
import { isRequestModalAction } from '../../../../src/engine/entry/interactions/requestModalActions';

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
  it('says first what the person can do themselves, and still lets them file', () => {
    const view = requestModal(
      data({ selfService: [{ path: 'download' }], type: 'access' }),
      translator('de'),
    );
    expect(view.blocks[0]).toMatchObject({ blockId: SELF_SERVICE_BLOCK });
    expect(text(view)).toContain('Das können Sie selbst tun');
    expect(text(view)).toContain('Mein Konto → Einstellungen → Meine Daten');
    expect(text(view)).toContain('Sie können den Antrag unten trotzdem stellen.');
    expect(find(view, RequestModalIds.ConfirmBlock)).toBeDefined();
    expect(find(requestModal(data(), translator('de')), SELF_SERVICE_BLOCK)).toBeUndefined();
  });

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

describe('the categories field across rebuilds (the client keeps a field by its ids)', () => {
  const categoriesOf = (view: any) =>
    view.blocks.find((b: any) => b.element?.actionId?.startsWith(RequestModalIds.CategoriesAction));

  it('each rebuild names the field anew, so the new preselection is what shows', () => {
    const opened = categoriesOf(requestModal(data(), translator('en')));
    const rebuilt = categoriesOf(
      requestModal(
        data({ revision: 1, type: 'restriction', categories: ['usage', 'tracking'] }),
        translator('en'),
      ),
    );
    expect(opened.element.actionId).toBe('request-categories-select');
    expect(rebuilt.blockId).not.toBe(opened.blockId);
    expect(rebuilt.element.actionId).not.toBe(opened.element.actionId);
    expect(rebuilt.element.initialValue).toEqual(['usage', 'tracking']);
  });

  it("reads only the field of the build on screen, not an earlier build's that the client still sends", () => {
    const now = categoriesIds(2);
    const earlier = categoriesIds(1);
    const state = {
      [RequestModalIds.CategoriesBlock]: { [RequestModalIds.CategoriesAction]: ['account'] },
      [earlier.blockId]: { [earlier.actionId]: ['account', 'usage', 'app', 'content', 'tracking'] },
      [now.blockId]: { [now.actionId]: ['usage', 'tracking'] },
    };
    expect(readRequestModalState(state, { revision: 2 }).categories).toEqual(['usage', 'tracking']);
    expect(readRequestModalState(state, {}).categories).toEqual(['account']);
  });

  it('the type select too: after the law changed, it shows the type of this build', () => {
    const typeOf = (view: any) =>
      view.blocks.find((b: any) => b.blockId?.startsWith(RequestModalIds.TypeBlock));
    const opened = typeOf(
      requestModal(data({ jurisdiction: 'ccpa', type: 'sale_opt_out' }), translator('en')),
    );
    const rebuilt = typeOf(requestModal(data({ revision: 1, type: 'access' }), translator('en')));
    expect(rebuilt.accessory.actionId).not.toBe(opened.accessory.actionId);
    expect(isTypeAction(rebuilt.accessory.actionId)).toBe(true);
    expect(isRequestModalAction(rebuilt.accessory.actionId)).toBe(true);
    const state = {
      [opened.blockId]: { [opened.accessory.actionId]: 'sale_opt_out' },
      [rebuilt.blockId]: { [rebuilt.accessory.actionId]: 'access' },
    };
    expect(readRequestModalState(state, { revision: 1 }).type).toBe('access');
    expect(readRequestModalState({}, { revision: 1, type: 'erasure' }).type).toBe('erasure');
  });

  it('the apps select keeps its ids: its preselection is the same in every build', () => {
    const apps = [{ id: 'app-1', name: 'Notes' }];
    const ids = (revision: number) =>
      requestModal(data({ revision, apps, selectedApps: ['app-1'] }), translator('en')).blocks.find(
        (b: any) => b.blockId === RequestModalIds.AppsBlock,
      );
    expect((ids(3) as any).element.actionId).toBe((ids(0) as any).element.actionId);
  });

  it('at the limit (opened from a button), the notice is the first thing on the modal', () => {
    const view = requestModal(data({ limitNotice: 'You have filed 5 requests' }), translator('en'));
    expect(JSON.stringify(view.blocks[0])).toContain('You have filed 5 requests');
  });
});
