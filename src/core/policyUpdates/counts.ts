/**
 * How many of how many active users acknowledged an edition. The engine gives an app no count of
 * a workspace's active users, so "active" is what the app can see: the people who logged in or
 * used `/privacy` since the edition was announced (each was shown the notice), plus anyone who
 * acknowledged it from the announcement in the room. Pure.
 */
import type { Acknowledgement, NoticeShown } from './notice';
import type { PolicyEdition } from './updates';
import { editionKey } from './updates';

export interface AcknowledgementCount extends PolicyEdition {
  acknowledged: number;
  active: number;
}

export function acknowledgementCount(
  edition: PolicyEdition,
  acknowledgements: readonly Acknowledgement[],
  shown: readonly NoticeShown[],
): AcknowledgementCount {
  const key = editionKey(edition);
  const acked = new Set(acknowledgements.filter((a) => editionKey(a) === key).map((a) => a.userId));
  const active = new Set([...acked, ...shown.filter((s) => editionKey(s) === key).map((s) => s.userId)]);
  return {
    version: edition.version,
    effectiveDate: edition.effectiveDate,
    acknowledged: acked.size,
    active: active.size,
  };
}
