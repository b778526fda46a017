/**
 * The ids of the admin console's request page and its forms. The request a button acts on travels
 * as the button's value, the request a form is about in the form's view id: both are checked again
 * (the caller's role, the request as stored) when the action or the submit arrives.
 */
export enum ConsoleRequestIds {
  /** The list's "Open" button (value: the request id). */
  Open = 'console.request.open',
  Take = 'console.request.take',
  Extend = 'console.request.extend',
  Answer = 'console.request.answer',
  Note = 'console.request.note',
  Retry = 'console.request.retry',
  Resend = 'console.request.resend',
  ActionsBlock = 'console.request.actions',
  NotFoundView = 'console.request.notFound',
  PageView = 'console.request.page:',
  ExtendView = 'console.request.extendForm:',
  AnswerView = 'console.request.answerForm:',
  NoteView = 'console.request.noteForm:',
  DueBlock = 'console.request.form.due',
  DueAction = 'console.request.form.dueDate',
  TextBlock = 'console.request.form.text',
  TextAction = 'console.request.form.textInput',
  OutcomeBlock = 'console.request.form.outcome',
  OutcomeAction = 'console.request.form.outcomeSelect',
  LinkBlock = 'console.request.form.link',
  LinkAction = 'console.request.form.linkInput',
}

/** The list's button back to the list: owned by the console list, shown on the page. */
export const CONSOLE_LIST_SHOW = 'console.list.show';

export type ConsoleForm = 'extend' | 'answer' | 'note';

const FORM_VIEWS: Record<ConsoleForm, string> = {
  extend: ConsoleRequestIds.ExtendView,
  answer: ConsoleRequestIds.AnswerView,
  note: ConsoleRequestIds.NoteView,
};

export const pageViewId = (requestId: string) => `${ConsoleRequestIds.PageView}${requestId}`;
export const formViewId = (form: ConsoleForm, requestId: string) => `${FORM_VIEWS[form]}${requestId}`;

/** Which form a view id names, and the request it is about; undefined for any other view. */
export function consoleFormOf(
  viewId: string | undefined,
): { form: ConsoleForm; requestId: string } | undefined {
  if (!viewId) return undefined;
  for (const [form, prefix] of Object.entries(FORM_VIEWS) as Array<[ConsoleForm, string]>)
    if (viewId.startsWith(prefix)) return { form, requestId: viewId.slice(prefix.length) };
  return undefined;
}

/** Longest text an operator may write in a move (reasons, a message, a note). */
export const MOVE_TEXT_MAX = 2000;
/** Longest link an operator may give. */
export const LINK_MAX = 500;
