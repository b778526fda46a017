import { messageParser, modalParser } from '@rocket.chat/fuselage-ui-kit';
import { BlockContext } from '@rocket.chat/ui-kit';
import CheckboxElement from './CheckboxElement';
import { formatMrkdwn } from './Mrkdwn';
import RadioButtonElement from './RadioButtonElement';

// Extends the parsers fuselage-ui-kit exports (UiKitModal and UiKitMessage render with them):
// mrkdwn formatted minimally instead of printed raw, and the two elements this version lacks.
// Rendering stays Rocket.Chat's own for every other block and element.
const { BLOCK } = BlockContext;

export function installPlaygroundRenderers() {
  // `any`: the parsers get renderers their type does not declare (checkbox, radio_button).
  for (const parser of /** @type {any[]} */ ([modalParser, messageParser])) {
    parser.mrkdwn = function mrkdwn({ text = '' }, context, index) {
      if (context === BLOCK || !text) return null;
      return (
        <span key={index} className="pg-mrkdwn">
          {formatMrkdwn(text)}
        </span>
      );
    };
    parser.checkbox = function checkbox(block, context, index) {
      if (context === BLOCK) return null;
      return (
        <CheckboxElement
          key={block.actionId || index}
          block={block}
          context={context}
          index={index}
          surfaceRenderer={this}
        />
      );
    };
    parser.radio_button = function radioButton(block, context, index) {
      if (context === BLOCK) return null;
      return (
        <RadioButtonElement
          key={block.actionId || index}
          block={block}
          context={context}
          index={index}
          surfaceRenderer={this}
        />
      );
    };
  }
}
