import { Box, RadioButton } from '@rocket.chat/fuselage';
import { useUiKitState } from '@rocket.chat/fuselage-ui-kit';
import { BlockContext } from '@rocket.chat/ui-kit';
import { memo } from 'react';

// `radio_button` (one option, value: its value). fuselage-ui-kit 0.31 has no renderer for it.
function RadioButtonElement({ block, context, surfaceRenderer }) {
  const [{ loading, value, error }, action] = useUiKitState(block, context);
  return (
    <Box
      display="flex"
      flexDirection="column"
      role="radiogroup"
      data-qa-type="radio_button"
      data-qa-action-id={block.actionId}
    >
      {block.options.map((option, i) => (
        <Box
          is="label"
          key={option.value}
          display="flex"
          alignItems="flex-start"
          mb={4}
          color={error ? 'danger' : 'default'}
        >
          <RadioButton
            name={`${block.blockId}/${block.actionId}`}
            checked={value === option.value}
            disabled={loading}
            onChange={() => action({ target: { value: option.value } })}
          />
          <Box mis={8} fontScale="p2">
            {surfaceRenderer.renderTextObject(option.text, i, BlockContext.NONE)}
            {option.description && (
              <Box fontScale="c1" color="hint">
                {surfaceRenderer.renderTextObject(option.description, i, BlockContext.NONE)}
              </Box>
            )}
          </Box>
        </Box>
      ))}
    </Box>
  );
}

export default memo(RadioButtonElement);
