/**
 * The request page's forms read once, at the edge: the view state becomes a checked value, or field
 * errors in the admin's language (keyed by the field's action id, as viewErrorResponse wants them).
 */
import type { Translator } from '../../../../core/i18n/translator';
import type { OperatorMove, OperatorOutcome } from '../../../../core/requests/operatorMoves';
import { OPERATOR_OUTCOMES } from '../../../../core/requests/operatorMoves';
import type { ConsoleForm } from '../../../views/console/requestIds';
import { UNSAFE_IN_LINK } from '../../../../core/requests/wire';
import { ConsoleRequestIds, LINK_MAX, MOVE_TEXT_MAX } from '../../../views/console/requestIds';

export type ConsoleFormValue =
  /** `due`: the day picked, YYYY-MM-DD. */
  | { form: 'extend'; due: string; text: string }
  | { form: 'answer'; outcome: OperatorOutcome; text: string; link?: string }
  | { form: 'note'; text: string };

export type FormRead = { ok: true; value: ConsoleFormValue } | { ok: false; errors: Record<string, string> };

type State = Record<string, Record<string, unknown> | undefined> | undefined;

const valueAt = (state: State, blockId: string, actionId: string): string => {
  const value = state?.[blockId]?.[actionId];
  return typeof value === 'string' ? value.trim() : '';
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isDay(value: string): boolean {
  return (
    DAY.test(value) &&
    !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
  );
}

/**
 * A link the person can open as it is: a complete https:// address, nothing else, and nothing that
 * would end `<url|label>` early or act as markup (the same rule as an endpoint's results link).
 */
export function isHttpsLink(value: string): boolean {
  if (UNSAFE_IN_LINK.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0 && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** The field a form's error is shown under when it is about the form as a whole. */
export const FIRST_FIELD: Record<ConsoleForm, string> = {
  extend: ConsoleRequestIds.DueAction,
  answer: ConsoleRequestIds.OutcomeAction,
  note: ConsoleRequestIds.TextAction,
};

export function readConsoleForm(form: ConsoleForm, state: State, { t }: Translator): FormRead {
  const errors: Record<string, string> = {};
  const text = valueAt(state, ConsoleRequestIds.TextBlock, ConsoleRequestIds.TextAction);
  const textRequired = form !== 'answer';
  if (textRequired && !text) errors[ConsoleRequestIds.TextAction] = t('console.error.required');
  if (text.length > MOVE_TEXT_MAX)
    errors[ConsoleRequestIds.TextAction] = t('console.error.tooLong', { max: MOVE_TEXT_MAX });
  if (form === 'extend') {
    const due = valueAt(state, ConsoleRequestIds.DueBlock, ConsoleRequestIds.DueAction);
    if (!isDay(due)) errors[ConsoleRequestIds.DueAction] = t('console.error.date');
    return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: { form, due, text } };
  }
  if (form === 'answer') {
    const outcome = valueAt(state, ConsoleRequestIds.OutcomeBlock, ConsoleRequestIds.OutcomeAction);
    if (!OPERATOR_OUTCOMES.includes(outcome as OperatorOutcome))
      errors[ConsoleRequestIds.OutcomeAction] = t('console.error.outcome');
    else if (outcome === 'refused' && !text)
      errors[ConsoleRequestIds.TextAction] = t('console.error.required');
    const link = valueAt(state, ConsoleRequestIds.LinkBlock, ConsoleRequestIds.LinkAction);
    if (link.length > LINK_MAX)
      errors[ConsoleRequestIds.LinkAction] = t('console.error.tooLong', { max: LINK_MAX });
    else if (link && !isHttpsLink(link)) errors[ConsoleRequestIds.LinkAction] = t('console.error.link');
    if (Object.keys(errors).length) return { ok: false, errors };
    return {
      ok: true,
      value: { form, outcome: outcome as OperatorOutcome, text, ...(link ? { link } : {}) },
    };
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: { form, text } };
}

/**
 * The move a checked form asks for, by `by` at the server's `now`. A new due date keeps the time of
 * day of the date in force, so the law's last allowed day can be picked as it is.
 */
export function moveOf(value: ConsoleFormValue, by: string, now: Date, currentDue?: string): OperatorMove {
  const at = now.toISOString();
  const text = value.text ? { text: value.text } : {};
  switch (value.form) {
    case 'extend': {
      const time = currentDue && currentDue.length > 10 ? currentDue.slice(10) : 'T23:59:59.999Z';
      return { move: 'extend', by, at, due: new Date(`${value.due}${time}`).toISOString(), ...text };
    }
    case 'answer':
      return {
        move: 'answer',
        by,
        at,
        outcome: value.outcome,
        ...text,
        ...(value.link ? { link: value.link } : {}),
      };
    case 'note':
      return { move: 'note', by, at, ...text };
  }
}
