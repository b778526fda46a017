/**
 * The register of requests, as the admins export it (`/privacy admin export`): one row per request
 * with its reference, law, type, tracks, dates and states, and no free text unless the admin asks
 * for it (`full`: what the person wrote and the operators' messages). Values are the app's stable
 * codes (gdpr, access, in_progress) and ISO dates, so a spreadsheet sorts and filters them; the
 * column names are in the admin's language. Pure.
 */
import type { PrivacyRequest } from '../requests/request';
import { dueOf, trackStates } from './tracks';
import { toCsv } from './csv';

export const REGISTER_COLUMNS = [
  'reference',
  'law',
  'type',
  'tracks',
  'submitted',
  'due',
  'vendorState',
  'operatorState',
  'outcome',
] as const;
export const FULL_COLUMNS = [...REGISTER_COLUMNS, 'details', 'operatorMessages'] as const;
export type RegisterColumn = (typeof FULL_COLUMNS)[number];

function tracksOf(request: PrivacyRequest): string {
  const { vendor, workspace } = request.routing;
  return [vendor ? 'vendor' : '', workspace ? 'workspace' : ''].filter(Boolean).join('+');
}

/** Every written move of the operator track (notes included: the export is for the handlers), one a line. */
function operatorMessages(request: PrivacyRequest): string {
  return (request.operatorTrack?.moves ?? [])
    .filter((move) => move.text && move.text.trim())
    .map((move) => `${move.at} ${move.move}: ${move.text}`)
    .join('\n');
}

function rowOf(request: PrivacyRequest, full: boolean): string[] {
  const states = trackStates(request);
  const row = [
    request.ref,
    request.jurisdiction,
    request.type,
    tracksOf(request),
    request.submittedAt,
    dueOf(request) ?? '',
    states.vendor ?? '',
    states.operator ?? '',
    request.operatorTrack?.outcome ?? '',
  ];
  return full ? [...row, request.details ?? '', operatorMessages(request)] : row;
}

export function registerCsv(
  requests: readonly PrivacyRequest[],
  header: (column: RegisterColumn) => string,
  full = false,
): string {
  const columns = full ? FULL_COLUMNS : REGISTER_COLUMNS;
  return toCsv([columns.map(header), ...requests.map((r) => rowOf(r, full))]);
}
