/**
 * Who gets a request (POLICY-FACTS, "Who can act on a request"): whoever holds the data, and no
 * one else. Sending a person's identity to a company that holds nothing about them is itself a
 * privacy harm, so the vendor track is left out where the vendor holds nothing, unless the user
 * adds it ("I also have an account on the vendor's website").
 */
import type { DataCategory } from '../policy/catalog';
import type { DeploymentFinding } from '../policy/deployment';
import type { RequestType } from './types';

export type VendorReason = 'vendor_hosts' | 'vendor_runs_community' | 'registered_services' | 'user_added';
export type WorkspaceReason = 'operator_copy' | 'operator_holds';

export interface Routing {
  vendor?: { categories: DataCategory[]; reason: VendorReason };
  workspace?: { categories: DataCategory[]; reason: WorkspaceReason };
  /** The vendor track was left out and the user may add it. */
  vendorOptional: boolean;
  /** Registration could not be told: routed as registered, and the user is told. */
  uncertain: boolean;
}

/** What the vendor holds about an ordinary user of a registered self-hosted workspace. */
const VENDOR_HELD_WHEN_REGISTERED: readonly DataCategory[] = ['usage', 'app', 'tracking'];

export interface RoutingInput {
  deployment: DeploymentFinding;
  type: RequestType;
  categories: readonly DataCategory[];
  addVendor: boolean;
}

/**
 * Where the user may add the vendor track ("I also have an account on the vendor's website"): a
 * self-hosted workspace, whose vendor is not sent everything anyway. The modal offers the box here.
 */
export const vendorCanBeAdded = (deployment: Pick<DeploymentFinding, 'type'>): boolean =>
  deployment.type === 'self_hosted_registered' || deployment.type === 'self_hosted_unregistered';

export function routeRequest({ deployment, type, categories, addVendor }: RoutingInput): Routing {
  const selected = [...categories];
  const uncertain = deployment.certainty === 'uncertain';
  switch (deployment.type) {
    case 'cloud':
      return {
        vendor: { categories: selected, reason: 'vendor_hosts' },
        workspace: { categories: selected, reason: 'operator_copy' },
        vendorOptional: false,
        uncertain,
      };
    case 'community':
      return {
        vendor: { categories: selected, reason: 'vendor_runs_community' },
        vendorOptional: false,
        uncertain,
      };
    case 'self_hosted_registered': {
      // A question to the DPO goes to the vendor's DPO; otherwise only the vendor-held categories.
      const held =
        type === 'information' ? selected : selected.filter((c) => VENDOR_HELD_WHEN_REGISTERED.includes(c));
      // Ticked "the vendor holds data about me from its other services": then all of it goes.
      const vendor = addVendor
        ? { categories: selected, reason: 'user_added' as const }
        : held.length > 0 || type === 'information'
          ? { categories: held, reason: 'registered_services' as const }
          : undefined;
      return {
        vendor,
        workspace: { categories: selected, reason: 'operator_holds' },
        vendorOptional: vendor === undefined,
        uncertain,
      };
    }
    case 'self_hosted_unregistered':
      return {
        vendor: addVendor ? { categories: selected, reason: 'user_added' } : undefined,
        workspace: { categories: selected, reason: 'operator_holds' },
        vendorOptional: !addVendor,
        uncertain,
      };
  }
}
