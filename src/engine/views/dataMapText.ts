/**
 * The words of the data map: each flow, the self-service paths, retention and encryption, and the
 * admin's findings. Pure: (derived facts, translator) -> text. Receivers are host and provider names
 * as the core kept them; nothing else of a setting's value is ever shown.
 */
import { ageOf } from '../../core/apps/cache';
import type { Flow, FlowId, PushContent } from '../../core/dataFlows/flows';
import type { DataMapRecord } from '../../core/dataFlows/map';
import { ageInMinutes } from '../../core/dataFlows/map';
import type { Finding } from '../../core/dataFlows/posture';
import type { SelfService, SelfServicePath } from '../../core/dataFlows/selfService';
import type { Translate } from '../../core/i18n/translator';
import { ageText } from './appsView';

export const mapAge = (record: DataMapRecord, now: Date, t: Translate): string =>
  ageText(ageOf(ageInMinutes(record, now)), t);

const receivers = (flow: { to?: readonly string[] }, t: Translate) =>
  flow.to?.length ? flow.to.join(', ') : t('map.unnamed');

const pushWords = (content: PushContent, t: Translate) => t(`flow.push.${content}`);

/** The line of one flow that is on, unknown or "usually"; undefined for a flow that is off. */
export function flowLine(flow: Flow, t: Translate): string | undefined {
  const name = `*${t(`flow.${flow.id}.name`)}*`;
  if (flow.status === 'off') return undefined;
  if (flow.status === 'unknown') return `${name}: ${t('map.unknown')}`;
  if (flow.status === 'usually') return `${name}: ${t('flow.usage_statistics.usually')}`;
  const to = receivers(flow, t);
  let words: string;
  if (flow.id === 'push_gateway') {
    const push = flow.push ?? { content: 'unknown' };
    const content =
      push.content === 'id_only'
        ? t('flow.push.id_only', { fallback: pushWords(push.withoutPlan ?? 'unknown', t) })
        : pushWords(push.content, t);
    words = t('flow.push_gateway.on', { to, content });
  } else if (flow.id === 'email_relay') {
    words = t('flow.email_relay.on', { to, text: t(`flow.email.${flow.email ?? 'unknown'}`) });
  } else {
    // The statistics are never "on" (see above): every other flow has its "on" words.
    words = t(`flow.${flow.id as Exclude<FlowId, 'usage_statistics'>}.on`, { to });
  }
  return `${name}: ${words}${flow.partly ? ` ${t('flow.sign_in.partly')}` : ''}`;
}

/** "Not in use here: …", or undefined when every flow is in use or unknown. */
export function offLine(flows: readonly Flow[], t: Translate): string | undefined {
  const off = flows.filter((f) => f.status === 'off').map((f) => t(`flow.${f.id}.name`));
  return off.length ? t('map.off', { names: off.join(', ') }) : undefined;
}

export function selfServiceLine(path: SelfServicePath, t: Translate): string {
  switch (path.path) {
    case 'download':
      return t('self.download');
    case 'delete_account':
      return t('self.delete_account', { messages: t(`self.messages.${path.messages}`) });
    case 'delete_messages':
      return t('self.delete_messages');
    case 'edit_messages':
      return t('self.edit_messages');
    case 'edit_profile':
      return path.fields.length
        ? t('self.edit_profile', { fields: path.fields.map((f) => t(`self.field.${f}`)).join(', ') })
        : t('self.edit_profile.some');
  }
}

/** Retention per kind of room, and end-to-end encryption: what a request can still return. */
export function keepingLines(self: SelfService, t: Translate): string[] {
  const { enabled, rooms } = self.retention;
  const retention =
    enabled === undefined
      ? [t('map.retention.unknown')]
      : !enabled
        ? [t('map.retention.off')]
        : rooms.map(({ room, applies, days }) => {
            const name = t(`room.${room}`);
            if (applies === false) return t('map.retention.roomKept', { room: name });
            if (applies === undefined || days === undefined)
              return t('map.retention.roomUnknown', { room: name });
            return t('map.retention.room', { room: name, days });
          });
  const e2e = self.e2e === undefined ? 'unknown' : self.e2e ? 'on' : 'off';
  return [...retention, t(`map.e2e.${e2e}`)];
}

export function findingLines(finding: Finding, t: Translate): string {
  const what = t(`finding.${finding.id}`, { to: receivers(finding, t) });
  const ids = finding.settings.map((id) => `\`${id}\``).join(', ');
  return [
    `*${t(`posture.severity.${finding.severity}`)}*: ${what}`,
    t(`finding.${finding.id}.how`),
    t('posture.settings', { ids }),
  ].join('\n');
}
