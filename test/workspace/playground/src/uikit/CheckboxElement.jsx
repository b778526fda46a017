import { Box, CheckBox } from '@rocket.chat/fuselage';
import { useUiKitState } from '@rocket.chat/fuselage-ui-kit';
import { BlockContext } from '@rocket.chat/ui-kit';
import { memo } from 'react';

// `checkbox` (several options, value: the selected values). fuselage-ui-kit 0.31 has no
// renderer for it; this one follows the same state path as its select elements.
function CheckboxElement({ block, context, surfaceRenderer }) {
  const [{ loading, value, error }, action] = useUiKitState(block, context);
  const selected = Array.isArray(value) ? value : (block.initialOptions ?? []).map((o) => o.value);
  const toggle = (optionValue) => {
    const next = selected.includes(optionValue)
      ? selected.filter((v) => v !== optionValue)
      : [...selected, optionValue];
    action({ target: { value: next } });
  };
  return (
    <Box display="flex" flexDirection="column" data-qa-type="checkbox" data-qa-action-id={block.actionId}>
      {block.options.map((option, i) => (
        <Box
          is="label"
          key={option.value}
          display="flex"
          alignItems="flex-start"
          mb={4}
          color={error ? 'danger' : 'default'}
        >
          <CheckBox
            checked={selected.includes(option.value)}
            disabled={loading}
            onChange={() => toggle(option.value)}
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

export default memo(CheckboxElement);
