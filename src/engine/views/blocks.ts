/**
 * Typed UIKit block builders. Types only from @rocket.chat/ui-kit: a value import of it is refused
 * by the Deno runtime, so every `type` is a string literal here.
 */
import type {
  ActionsBlock,
  ButtonElement,
  ContextBlock,
  DividerBlock,
  Markdown,
  Option,
  PlainText,
  SectionBlock,
  StaticSelectElement,
} from '@rocket.chat/ui-kit';

export const plain = (text: string): PlainText => ({ type: 'plain_text', text, emoji: false });
export const markdown = (text: string): Markdown => ({ type: 'mrkdwn', text });

export const section = (text: string, extra: Partial<SectionBlock> = {}): SectionBlock => ({
  type: 'section',
  text: markdown(text),
  ...extra,
});

export const context = (...texts: string[]): ContextBlock => ({
  type: 'context',
  elements: texts.map(markdown),
});

export const divider = (): DividerBlock => ({ type: 'divider' });

export const option = (value: string, text: string): Option => ({ value, text: plain(optionText(text)) });

/**
 * Rocket.Chat's renderer turns an option's text into markup and shows the escapes it makes
 * ("app&#x27;s"), so an option never carries ' " < > &: the catalogue uses typographic quotes, and
 * third-party words (app names) get them here.
 */
export function optionText(text: string): string {
  return text
    .replace(/"([^"]*)"/g, '“$1”')
    .replace(/"/g, '”')
    .replace(/'/g, '’')
    .replace(/&/g, '+')
    .replace(/[<>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface Actionable {
  appId: string;
  blockId: string;
  actionId: string;
}

export const staticSelect = (
  ids: Actionable,
  placeholder: string,
  options: Option[],
  initialValue?: string,
): StaticSelectElement => ({
  type: 'static_select',
  ...ids,
  placeholder: plain(placeholder),
  options,
  ...(initialValue ? { initialValue, initialOption: options.find((o) => o.value === initialValue) } : {}),
});

export const button = (ids: Actionable, text: string, extra: Partial<ButtonElement> = {}): ButtonElement => ({
  type: 'button',
  ...ids,
  text: plain(text),
  ...extra,
});

export const actions = (blockId: string, elements: ActionsBlock['elements']): ActionsBlock => ({
  type: 'actions',
  blockId,
  elements,
});

/** A bulleted list in mrkdwn. */
export const bullets = (lines: string[]): string => lines.map((line) => `• ${line}`).join('\n');

/** A mrkdwn link; the label is kept free of the characters that would break it. */
export const link = (url: string, label: string): string => `<${url}|${label.replace(/[<>|]/g, '')}>`;
