import { Box, Button, Field } from '@rocket.chat/fuselage';
import { useEffect, useState } from 'react';
import { SettingInput } from './SettingInput';

// An admin editing one app setting; Save sends it as the settings page would.
// A setting nobody saved yet has no value: the package value is in force.
export function SettingRow({ setting, onSave }) {
  const current = setting.value ?? setting.packageValue;
  const [draft, setDraft] = useState(current);
  useEffect(() => setDraft(current), [current]);
  const changed = JSON.stringify(draft) !== JSON.stringify(current);
  const isDefault = JSON.stringify(current) === JSON.stringify(setting.packageValue);
  return (
    <Field className="pg-setting" data-qa={`setting-${setting.id}`}>
      <Field.Label>
        {setting.id}
        {!isDefault && (
          <Box is="span" color="hint">
            {' '}
            (changed)
          </Box>
        )}
      </Field.Label>
      <Field.Row>
        <Box flexGrow={1} className="pg-setting-input">
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
      </Field.Row>
    </Field>
  );
}
