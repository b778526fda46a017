/**
 * The small forms behind the request page's Extend, Answer and Add note buttons (modals). The
 * request travels in the view id; the fields are read and checked once, on submit
 * (entry/interactions/console/requestFormState). Pure: (data, translator) -> surface.
 */
import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';
import { UIKitSurfaceType } from '@rocket.chat/apps-engine/definition/uikit';
import type { InputBlock, LayoutBlock } from '@rocket.chat/ui-kit';
import { formatDate } from '../../../core/i18n/dates';
import type { MessageKey } from '../../../core/i18n/messages/en';
import type { Translator } from '../../../core/i18n/translator';
import { OPERATOR_OUTCOMES } from '../../../core/requests/operatorMoves';
import type { PrivacyRequest } from '../../../core/requests/request';
import { button, context, option, plain, staticSelect } from '../blocks';
import type { ConsoleForm } from './requestIds';
import { ConsoleRequestIds, formViewId, LINK_MAX, MOVE_TEXT_MAX } from './requestIds';
import { dueOf } from './requestPage';

type Subject = Pick<PrivacyRequest, 'id' | 'ref' | 'due' | 'operatorTrack'>;

function input(blockId: string, label: string, element: InputBlock['element'], optional = false): InputBlock {
  return { type: 'input', blockId, label: plain(label), element, optional };
}

const textInput = (actionId: string, maxLength: number, multiline: boolean): InputBlock['element'] => ({
  type: 'plain_text_input',
  appId: '',
  blockId: '',
  actionId,
  multiline,
  maxLength,
});

function fields(appId: string, form: ConsoleForm, request: Subject, translator: Translator): LayoutBlock[] {
  const { t, language } = translator;
  const withApp = <T extends InputBlock>(block: T): T => ({
    ...block,
    element: { ...block.element, appId, blockId: block.blockId },
  });
  const text = (label: MessageKey, optional = false) =>
    withApp(
      input(
        ConsoleRequestIds.TextBlock,
        t(label),
        textInput(ConsoleRequestIds.TextAction, MOVE_TEXT_MAX, true),
        optional,
      ),
    );
  const due = dueOf(request);
  switch (form) {
    case 'extend':
      return [
        context(
          t('console.form.extend.intro', { ref: request.ref, date: due ? formatDate(due, language) : '–' }),
        ),
        withApp(
          input(ConsoleRequestIds.DueBlock, t('console.form.extend.due'), {
            type: 'datepicker',
            appId,
            blockId: ConsoleRequestIds.DueBlock,
            actionId: ConsoleRequestIds.DueAction,
            ...(due ? { initialDate: due.slice(0, 10) } : {}),
          }),
        ),
        text('console.form.extend.reasons'),
      ];
    case 'answer':
      return [
        context(t('console.form.answer.intro', { ref: request.ref })),
        input(
          ConsoleRequestIds.OutcomeBlock,
          t('console.form.answer.outcome'),
          staticSelect(
            { appId, blockId: ConsoleRequestIds.OutcomeBlock, actionId: ConsoleRequestIds.OutcomeAction },
            t('console.form.answer.outcomePlaceholder'),
            OPERATOR_OUTCOMES.map((o) => option(o, t(`console.operator.outcome.${o}`))),
          ),
        ),
        text('console.form.answer.message', true),
        withApp(
          input(
            ConsoleRequestIds.LinkBlock,
            t('console.form.answer.link'),
            textInput(ConsoleRequestIds.LinkAction, LINK_MAX, false),
            true,
          ),
        ),
      ];
    case 'note':
      return [context(t('console.form.note.intro', { ref: request.ref })), text('console.form.note.text')];
  }
}

const TITLES: Record<ConsoleForm, MessageKey> = {
  extend: 'console.form.extend.title',
  answer: 'console.form.answer.title',
  note: 'console.form.note.title',
};
const SUBMITS: Record<ConsoleForm, MessageKey> = {
  extend: 'console.form.extend.submit',
  answer: 'console.form.answer.submit',
  note: 'console.form.note.submit',
};

export function requestForm(
  appId: string,
  form: ConsoleForm,
  request: Subject,
  translator: Translator,
): IUIKitSurfaceViewParam {
  const { t } = translator;
  const viewId = formViewId(form, request.id);
  return {
    id: viewId,
    type: UIKitSurfaceType.MODAL,
    title: plain(t(TITLES[form])),
    submit: button({ appId, blockId: viewId, actionId: `${viewId}.submit` }, t(SUBMITS[form]), {
      style: form === 'answer' ? 'primary' : undefined,
    }),
    close: button({ appId, blockId: viewId, actionId: `${viewId}.close` }, t('console.form.cancel')),
    blocks: fields(appId, form, request, translator),
  };
}
