/**
 * Opening and rebuilding the request modal: the request id is made here, when the modal opens,
 * and stays with the view. The law defaults as in the policy view; the type list follows it.
 */
import type { IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { randomUUID } from 'crypto';
import type { Translator } from '../../../core/i18n/translator';
import { hostOf } from '../../../core/policy/deployment';
import type { Jurisdiction } from '../../../core/policy/jurisdictions';
import { routeRequest, vendorCanBeAdded } from '../../../core/requests/routing';
import type { RequestType } from '../../../core/requests/types';
import { defaultCategories, requestTypesFor } from '../../../core/requests/types';
import { referenceOf } from '../../../core/requests/request';
import { identityOf } from '../../../core/requests/identity';
import { findByReference } from '../../adapters/persistence/requestStore';
import { adminsReachable } from '../../adapters/messaging/admins';
import { requestableApps } from '../../adapters/appsDirectory/appsDirectory';
import type { EngineCall } from '../../adapters/engineCall';
import { SettingId } from '../../../core/settings/ids';
import { placeAndLaw } from '../../adapters/server/policySource';
import { requestModal } from '../../views/requestModal';
import { saveDraft } from './requestDraft';
import { selfServiceFor, selfServiceOf } from '../../../core/dataFlows/selfService';

export interface ModalChoice {
  requestId?: string;
  /** How often the open modal was rebuilt (0 when it opens). */
  revision?: number;
  /** The daily limit is reached: said at the top of the modal. */
  limitNotice?: string;
  /** Preselected from the app directory's "File a request about this app". */
  appId?: string;
  jurisdiction?: Jurisdiction;
  type?: RequestType;
}

export async function buildRequestModal(
  call: Pick<EngineCall, 'appId' | 'read' | 'persistence' | 'settings'>,
  user: IUser,
  translator: Translator,
  choice: ModalChoice,
) {
  const { appId, read, persistence, settings } = call;
  // Not the whole policy: the modal never shows its documents, and each setting read is a round trip.
  const reader = read.getPersistenceReader();
  // Side by side: none of these reads waits on another (each is a round trip to the server).
  const [{ deployment, jurisdiction, siteUrl: site, dataMap }, requestId, apps, dpoEmail] = await Promise.all(
    [
      placeAndLaw(call, user, choice.jurisdiction),
      choice.requestId ?? newRequestId(reader),
      requestableApps(reader),
      settings.get(SettingId.DpoEmail),
    ],
  );
  const offered = requestTypesFor(jurisdiction);
  const type = choice.type && offered.includes(choice.type) ? choice.type : offered[0];
  const revision = choice.revision ?? 0;
  const chosenApp = apps.some((a) => a.id === choice.appId) ? choice.appId : undefined;
  // A request about an app concerns app data, whatever the type preselects.
  const categories = chosenApp
    ? [...new Set([...defaultCategories(type), 'app' as const])]
    : defaultCategories(type);
  const identity = identityOf(user);
  const routing = routeRequest({ deployment, type, categories, addVendor: false });
  await saveDraft(reader, persistence, user.id, {
    requestId,
    jurisdiction,
    type,
    ...(chosenApp ? { appId: chosenApp } : {}),
    ...(revision ? { revision } : {}),
  });
  return requestModal(
    {
      appId,
      requestId,
      revision,
      ...(choice.limitNotice ? { limitNotice: choice.limitNotice } : {}),
      jurisdiction,
      type,
      categories,
      routing,
      ...(routing.workspace
        ? { notice: { told: (await adminsReachable(call)) ? 'admins' : 'dpo_email', dpoEmail } as const }
        : {}),
      email: identity?.email ?? '-',
      emailVerified: identity?.emailVerified ?? false,
      workspaceIdentity: `@${user.username} (${hostOf(site) ?? 'workspace'})`,
      apps,
      selectedApps: chosenApp ? [chosenApp] : [],
      offerVendor: vendorCanBeAdded(deployment),
      // What the person can do themselves, where this workspace is known to allow it.
      selfService: dataMap ? selfServiceFor(type, selfServiceOf(dataMap.facts)) : [],
    },
    translator,
  );
}

/**
 * A request id is issued here, when the modal opens, never taken from the client. Its reference
 * (the first 8 hex digits) is what people quote: one already in use is never issued again.
 */
async function newRequestId(reader: IPersistenceRead): Promise<string> {
  for (;;) {
    const id = randomUUID();
    if ((await findByReference(reader, referenceOf(id))).length === 0) return id;
  }
}

export async function openRequestModal(
  call: Pick<EngineCall, 'appId' | 'read' | 'modify' | 'persistence' | 'settings'>,
  user: IUser,
  triggerId: string,
  translator: Translator,
  choice: ModalChoice = {},
): Promise<void> {
  const view = await buildRequestModal(call, user, translator, choice);
  await call.modify.getUiController().openSurfaceView(view, { triggerId }, user);
}
