/**
 * The request modal. The law and the request type sit in section accessories so that changing
 * them reaches the app at once (the type list and the routing depend on them); the other fields
 * are inputs read on submit. The request id travels in the view id, so a double submit of the
 * same modal is one request.
 */
import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';
import { UIKitSurfaceType } from '@rocket.chat/apps-engine/definition/uikit';
import type { InputBlock, LayoutBlock } from '@rocket.chat/ui-kit';
import type { Translator } from '../../core/i18n/translator';
import { DATA_CATEGORIES } from '../../core/policy/catalog';
import type { DataCategory } from '../../core/policy/catalog';
import type { Jurisdiction } from '../../core/policy/jurisdictions';
import { JURISDICTIONS } from '../../core/policy/jurisdictions';
import { DETAILS_MAX } from '../../core/requests/form';
import type { WorkspaceNotice } from '../../core/requests/request';
import type { Routing } from '../../core/requests/routing';
import type { RequestType } from '../../core/requests/types';
import { requestTypesFor } from '../../core/requests/types';
import { bullets, button, context, divider, option, plain, section, staticSelect } from './blocks';
import { routingLines } from './requestText';
import type { SelfServicePath } from '../../core/dataFlows/selfService';
import { selfServiceLine } from './dataMapText';

export enum RequestModalIds {
  ViewPrefix = 'privacy-request:',
  JurisdictionBlock = 'request-jurisdiction',
  JurisdictionAction = 'request-jurisdiction-select',
  TypeBlock = 'request-type',
  TypeAction = 'request-type-select',
  AppsBlock = 'request-apps',
  AppsAction = 'request-apps-select',
  CategoriesBlock = 'request-categories',
  CategoriesAction = 'request-categories-select',
  DetailsBlock = 'request-details',
  DetailsAction = 'request-details-input',
  VendorBlock = 'request-vendor',
  VendorAction = 'request-vendor-check',
  ConfirmBlock = 'request-confirm',
  ConfirmAction = 'request-confirm-check',
  Submit = 'request-submit',
  Close = 'request-close',
}

export const viewIdOf = (requestId: string) => `${RequestModalIds.ViewPrefix}${requestId}`;

/**
 * The ids of a field whose value the app sets anew in each build of the modal. The client keeps a
 * field's value (and what it shows) by its ids across view updates, so a rebuild (law or type
 * changed) names the request type and the categories anew: the person then sees the type and the
 * preselection of this build, and the app reads exactly those fields. The law select shows what
 * the person picked, and the apps select the same preselection in every build: they keep their ids.
 */
const idsAt = (blockId: string, actionId: string, revision = 0) =>
  revision > 0
    ? { blockId: `${blockId}.${revision}`, actionId: `${actionId}.${revision}` }
    : { blockId, actionId };

export const categoriesIds = (revision?: number) =>
  idsAt(RequestModalIds.CategoriesBlock, RequestModalIds.CategoriesAction, revision);
export const typeIds = (revision?: number) =>
  idsAt(RequestModalIds.TypeBlock, RequestModalIds.TypeAction, revision);
/** The type select of any build. */
export const isTypeAction = (actionId: string) =>
  actionId === RequestModalIds.TypeAction || actionId.startsWith(`${RequestModalIds.TypeAction}.`);

export const requestIdOf = (viewId: string | undefined) =>
  viewId?.startsWith(RequestModalIds.ViewPrefix)
    ? viewId.slice(RequestModalIds.ViewPrefix.length)
    : undefined;

export interface RequestModalData {
  appId: string;
  requestId: string;
  /** How often the modal was rebuilt (law or type changed): names the categories field. */
  revision?: number;
  /** Shown at the top when the person is at the daily limit (opened from a button). */
  limitNotice?: string;
  jurisdiction: Jurisdiction;
  type: RequestType;
  categories: readonly DataCategory[];
  /** Where the request would go with the preselected categories. */
  routing: Routing;
  /** Who would be told about the workspace track: the admins, else the DPO by email. */
  notice?: WorkspaceNotice;
  email: string;
  emailVerified: boolean;
  workspaceIdentity: string;
  /** The installed apps the user may name (from the app directory), and those preselected. */
  apps: ReadonlyArray<{ id: string; name: string }>;
  selectedApps: readonly string[];
  /** Offer "also send it to the vendor" (self-hosted workspaces). */
  offerVendor: boolean;
  /** What the person can do themselves for this type here: shown first; the request can still be filed. */
  selfService?: readonly SelfServicePath[];
}

export function requestModal(data: RequestModalData, translator: Translator): IUIKitSurfaceViewParam {
  const { t } = translator;
  const { appId } = data;
  const ids = (blockId: string, actionId: string) => ({ appId, blockId, actionId });
  const types = requestTypesFor(data.jurisdiction);
  const categories = categoriesIds(data.revision);
  const typeField = typeIds(data.revision);
  const blocks: LayoutBlock[] = [
    ...(data.limitNotice ? [section(`*${data.limitNotice}*`), divider()] : []),
    ...selfServiceBlocks(data.selfService ?? [], translator),
    section(t('request.modal.intro')),
    section(`*${t('request.modal.law')}*`, {
      blockId: RequestModalIds.JurisdictionBlock,
      accessory: staticSelect(
        ids(RequestModalIds.JurisdictionBlock, RequestModalIds.JurisdictionAction),
        t('policy.jurisdiction.placeholder'),
        JURISDICTIONS.map((j) => option(j, t(`jurisdiction.${j}`))),
        data.jurisdiction,
      ),
    }),
    section(`*${t('request.modal.type')}*\n${t(`request.typeHelp.${data.type}`)}`, {
      blockId: typeField.blockId,
      accessory: staticSelect(
        ids(typeField.blockId, typeField.actionId),
        t('request.modal.typePlaceholder'),
        types.map((type) => option(type, t(`request.type.${type}`))),
        data.type,
      ),
    }),
    input(
      categories.blockId,
      t('request.modal.categories'),
      {
        type: 'multi_static_select',
        ...ids(categories.blockId, categories.actionId),
        placeholder: plain(t('request.modal.categoriesPlaceholder')),
        options: DATA_CATEGORIES.map((c) => option(c, t(`category.name.${c}`))),
        initialValue: [...data.categories],
      },
      { optional: data.type === 'information' },
    ),
    // Hints go in context blocks: renderers of some Rocket.Chat versions print an input's `hint` raw.
    context(t('request.modal.categoriesHint')),
    ...appsInput(data, translator),
    input(
      RequestModalIds.DetailsBlock,
      t('request.modal.details'),
      {
        type: 'plain_text_input',
        ...ids(RequestModalIds.DetailsBlock, RequestModalIds.DetailsAction),
        multiline: true,
        maxLength: DETAILS_MAX,
        placeholder: plain(t('request.modal.detailsPlaceholder')),
      },
      { optional: true },
    ),
    context(t('request.modal.detailsHint', { max: DETAILS_MAX })),
    divider(),
    section(
      `*${t('request.modal.identity')}*\n${t('request.modal.identityText', { email: data.email, workspace: data.workspaceIdentity })}`,
    ),
    ...(data.emailVerified ? [] : [context(t('request.unverifiedEmail'))]),
    section(
      `*${t('request.modal.routing')}*\n${bullets(routingLines(data.routing, translator, 'preview', data.notice))}`,
    ),
  ];
  // On a self-hosted workspace the user may know better (a vendor account, its mobile apps):
  // offered whatever the preselected categories give, since the categories can still change.
  if (data.offerVendor) {
    blocks.push(
      input(
        RequestModalIds.VendorBlock,
        t('request.modal.addVendor'),
        {
          type: 'checkbox',
          ...ids(RequestModalIds.VendorBlock, RequestModalIds.VendorAction),
          options: [option('vendor', t('request.modal.addVendorOption'))],
        },
        { optional: true },
      ),
    );
  }
  blocks.push(
    input(RequestModalIds.ConfirmBlock, t('request.modal.confirm'), {
      type: 'checkbox',
      ...ids(RequestModalIds.ConfirmBlock, RequestModalIds.ConfirmAction),
      options: [option('own', t('request.modal.confirmOption'))],
    }),
  );
  return {
    id: viewIdOf(data.requestId),
    type: UIKitSurfaceType.MODAL,
    title: plain(t('request.modal.title')),
    blocks,
    submit: button(ids(RequestModalIds.Submit, RequestModalIds.Submit), t('request.modal.submit'), {
      style: 'primary',
    }),
    close: button(ids(RequestModalIds.Close, RequestModalIds.Close), t('request.modal.cancel')),
  };
}

export const SELF_SERVICE_BLOCK = 'request-self-service';

function selfServiceBlocks(paths: readonly SelfServicePath[], { t }: Translator): LayoutBlock[] {
  if (paths.length === 0) return [];
  return [
    section(`${t('request.self.heading')}\n${bullets(paths.map((p) => selfServiceLine(p, t)))}`, {
      blockId: SELF_SERVICE_BLOCK,
    }),
    context(t('request.self.still')),
    divider(),
  ];
}

function appsInput(data: RequestModalData, { t }: Translator): LayoutBlock[] {
  if (data.apps.length === 0) return [];
  const ids = { appId: data.appId, blockId: RequestModalIds.AppsBlock, actionId: RequestModalIds.AppsAction };
  return [
    input(
      RequestModalIds.AppsBlock,
      t('request.modal.apps'),
      {
        type: 'multi_static_select',
        ...ids,
        placeholder: plain(t('request.modal.appsPlaceholder')),
        options: data.apps.map((app) => option(app.id, app.name)),
        ...(data.selectedApps.length ? { initialValue: [...data.selectedApps] } : {}),
      },
      { optional: true },
    ),
    context(t('request.modal.appsHint')),
  ];
}

function input(
  blockId: string,
  label: string,
  element: InputBlock['element'],
  extra: Partial<InputBlock> = {},
): InputBlock {
  return { type: 'input', blockId, label: plain(label), element, ...extra };
}
