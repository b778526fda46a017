/**
 * Reads the request modal's state once, at the edge, into the form input the core checks.
 * `view.state` is `{ [blockId]: { [actionId]: value } }`.
 */
import type { RequestFormInput } from '../../../core/requests/form';
import { categoriesIds, RequestModalIds, typeIds } from '../../views/requestModal';

type State = Record<string, Record<string, unknown> | undefined> | undefined;

const valueAt = (state: State, blockId: string, actionId: string): unknown => state?.[blockId]?.[actionId];

export function readRequestModalState(
  state: unknown,
  fallback: { jurisdiction?: string; type?: string; revision?: number },
): RequestFormInput {
  const s = (state && typeof state === 'object' ? state : undefined) as State;
  // Only the type and categories fields of the build the person sees: the client may still send
  // the fields of earlier builds, under their own ids.
  const categories = categoriesIds(fallback.revision);
  const type = typeIds(fallback.revision);
  return {
    jurisdiction:
      valueAt(s, RequestModalIds.JurisdictionBlock, RequestModalIds.JurisdictionAction) ??
      fallback.jurisdiction,
    type: valueAt(s, type.blockId, type.actionId) ?? fallback.type,
    categories: valueAt(s, categories.blockId, categories.actionId),
    details: valueAt(s, RequestModalIds.DetailsBlock, RequestModalIds.DetailsAction),
    confirmed: valueAt(s, RequestModalIds.ConfirmBlock, RequestModalIds.ConfirmAction),
    addVendor: valueAt(s, RequestModalIds.VendorBlock, RequestModalIds.VendorAction),
    apps: valueAt(s, RequestModalIds.AppsBlock, RequestModalIds.AppsAction),
  };
}

/** Which element shows which field's error (errors are keyed by action id), in one build. */
export const fieldActions = (revision?: number) => ({
  ...FIELD_ACTIONS,
  type: typeIds(revision).actionId,
  categories: categoriesIds(revision).actionId,
});

/** Which element shows which field's error (errors are keyed by action id). */
export const FIELD_ACTIONS = {
  jurisdiction: RequestModalIds.JurisdictionAction,
  type: RequestModalIds.TypeAction,
  categories: RequestModalIds.CategoriesAction,
  details: RequestModalIds.DetailsAction,
  confirmed: RequestModalIds.ConfirmAction,
  apps: RequestModalIds.AppsAction,
} as const;
