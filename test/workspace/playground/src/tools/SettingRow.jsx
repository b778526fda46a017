import { Box, Button, Field, FieldLabel, FieldRow } from '@rocket.chat/fuselage';
import { useEffect, useState } from 'react';
import { SettingInput } from './SettingInput';

// An admin editing one app setting; Save sends it as the settings page would.
export function SettingRow({ setting, onSave }) {
  const [draft, setDraft] = useState(setting.value);
  useEffect(() => setDraft(setting.value), [setting.value]);
  const changed = JSON.stringify(draft) !== JSON.stringify(setting.value);
  const isDefault = JSON.stringify(setting.value) === JSON.stringify(setting.packageValue);
  return (
    <Field className="pg-setting" data-qa={`setting-${setting.id}`}>
      <FieldLabel>
        {setting.id}
        {!isDefault && (
          <Box is="span" color="hint">
            {' '}
            (changed)
          </Box>
        )}
      </FieldLabel>
      <FieldRow>
        <Box flexGrow={1}>
          <SettingInput setting={setting} value={draft} onChange={setDraft} />
        </Box>
        <Button
          small
          mis={8}
          primary
          disabled={!changed}
          data-qa={`setting-save-${setting.id}`}
          onClick={() => onSave(setting.id, draft)}
        >
          Save
        </Button>
        <Button
          small
          mis={4}
          disabled={isDefault}
          title="Back to the default"
          onClick={() => onSave(setting.id, setting.packageValue)}
        >
          Reset
        </Button>
      </FieldRow>
    </Field>
  );
}
