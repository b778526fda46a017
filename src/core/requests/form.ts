/**
 * The request modal's fields, checked once at the edge into a typed value or field errors
 * (message keys, shown in the user's language next to the field).
 */
import type { DataCategory } from '../policy/catalog';
import { DATA_CATEGORIES } from '../policy/catalog';
import type { Jurisdiction } from '../policy/jurisdictions';
import { isJurisdiction } from '../policy/jurisdictions';
import type { RequestType } from './types';
import { isRequestType, requestTypesFor } from './types';

export const DETAILS_MAX = 2000;

export interface RequestFormInput {
  jurisdiction?: unknown;
  type?: unknown;
  categories?: unknown;
  details?: unknown;
  confirmed?: unknown;
  addVendor?: unknown;
  /** Installed apps the request is about (ids from the app directory). */
  apps?: unknown;
}

export interface RequestForm {
  jurisdiction: Jurisdiction;
  type: RequestType;
  categories: DataCategory[];
  details: string;
  addVendor: boolean;
  appIds: string[];
}

export type FormField = 'jurisdiction' | 'type' | 'categories' | 'details' | 'confirmed' | 'apps';
export type FormErrorKey =
  | 'form.error.jurisdiction'
  | 'form.error.type'
  | 'form.error.typeNotInJurisdiction'
  | 'form.error.categories'
  | 'form.error.detailsTooLong'
  | 'form.error.detailsNeeded'
  | 'form.error.confirm'
  | 'form.error.apps';

export type FormErrors = Partial<Record<FormField, FormErrorKey>>;

export type CheckedForm = { ok: true; value: RequestForm } | { ok: false; errors: FormErrors };

/** Types whose meaning depends on what the user says: a correction needs to say what is wrong. */
const NEEDS_DETAILS: readonly RequestType[] = ['rectification', 'information'];

const asList = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];

/** `knownApps`: the ids of the installed apps the modal offered; anything else is refused. */
export function checkRequestForm(input: RequestFormInput, knownApps: readonly string[] = []): CheckedForm {
  const errors: FormErrors = {};
  const jurisdiction = isJurisdiction(input.jurisdiction) ? input.jurisdiction : undefined;
  if (!jurisdiction) errors.jurisdiction = 'form.error.jurisdiction';

  const type = isRequestType(input.type) ? input.type : undefined;
  if (!type) errors.type = 'form.error.type';
  else if (jurisdiction && !requestTypesFor(jurisdiction).includes(type))
    errors.type = 'form.error.typeNotInJurisdiction';

  const rawCategories = asList(input.categories);
  const categories = DATA_CATEGORIES.filter((c) => rawCategories.includes(c));
  if (rawCategories.some((c) => !(DATA_CATEGORIES as readonly unknown[]).includes(c)))
    errors.categories = 'form.error.categories';
  else if (categories.length === 0 && type !== 'information') errors.categories = 'form.error.categories';

  const details = typeof input.details === 'string' ? input.details.replace(/\r\n/g, '\n').trim() : '';
  if (details.length > DETAILS_MAX) errors.details = 'form.error.detailsTooLong';
  else if (type && NEEDS_DETAILS.includes(type) && details.length === 0)
    errors.details = 'form.error.detailsNeeded';

  const confirmed = asList(input.confirmed).includes('own') || input.confirmed === true;
  if (!confirmed) errors.confirmed = 'form.error.confirm';

  const addVendor = asList(input.addVendor).includes('vendor') || input.addVendor === true;

  const rawApps = asList(input.apps);
  const appIds = knownApps.filter((id) => rawApps.includes(id));
  if (appIds.length !== new Set(rawApps).size) errors.apps = 'form.error.apps';

  if (Object.keys(errors).length > 0 || !jurisdiction || !type) return { ok: false, errors };
  return { ok: true, value: { jurisdiction, type, categories, details, addVendor, appIds } };
}
