import { Box, Button, Callout, Field as FuselageField } from '@rocket.chat/fuselage';
import { useEffect, useState } from 'react';
import { Mrkdwn } from '../uikit/Mrkdwn';
import { appWords } from '../words';
import { SettingInput } from './SettingInput';

// fuselage types Field's props through @types/react, which the page does not install (React 17
// ships no types): untyped here, as every other JSX element of the page is.
const Field = /** @type {any} */ (FuselageField);

/** What the app tells the admins when it refuses a value, from its own catalogue. */
function refusalText({ setting, label, refused, language }) {
  const t = appWords(language);
  const shown = (value) =>
    value === '' || value === undefined || value === null
      ? t('settings.empty')
      : setting.type === 'password'
        ? '`••••••••`'
        : `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
  return t('settings.rejected', {
    setting: label,
    // The app's reason code names a key of its catalogue (`problem.<code>`).
    problem: refused.problem ? t(/** @type {any} */ (`problem.${refused.problem}`)) : '',
    current: shown(refused.inForce),
  });
}

// An admin editing one app setting; Save sends it as the settings page would.
// A setting nobody saved yet has no value: the package value is in force.
export function SettingRow({ setting, labels, language, onSave }) {
  const current = setting.value ?? setting.packageValue;
  const [draft, setDraft] = useState(current);
  const [refused, setRefused] = useState(undefined);
  useEffect(() => setDraft(current), [current]);
  const changed = JSON.stringify(draft) !== JSON.stringify(current);
  const isDefault = JSON.stringify(current) === JSON.stringify(setting.packageValue);
  const label = labels[setting.i18nLabel] ?? setting.id;
  const save = async (value) => {
    const answer = await onSave(setting.id, value);
    setRefused(answer?.refused);
    // The field shows the value in force, not the one the app refused.
    if (answer?.refused) setDraft(answer.refused.inForce);
  };
  return (
    <Field className="pg-setting" data-qa={`setting-${setting.id}`}>
      <Field.Label data-qa={`setting-label-${setting.id}`}>
        {label}
        {!isDefault && (
          <Box is="span" color="hint">
            {' '}
            (changed)
          </Box>
        )}
      </Field.Label>
      <Box fontScale="c1" color="hint" className="pg-setting-id">
        {setting.id}
      </Box>
      <Field.Row className="pg-setting-row">
        <Box className="pg-setting-input">
          <SettingInput
            setting={setting}
            labels={labels}
            value={draft}
            onChange={(value) => {
              setRefused(undefined);
              setDraft(value);
            }}
          />
        </Box>
        <Box className="pg-setting-buttons">
          <Button
            small
            primary
            disabled={!changed}
            data-qa={`setting-save-${setting.id}`}
            onClick={() => save(draft)}
          >
            Save
          </Button>
          <Button
            small
            mis={4}
            disabled={isDefault}
            title="Back to the default"
            onClick={() => save(setting.packageValue)}
          >
            Reset
          </Button>
        </Box>
      </Field.Row>
      {refused && (
        <Callout type="warning" mbs={8} data-qa={`setting-refused-${setting.id}`}>
          <Mrkdwn text={refusalText({ setting, label, refused, language })} />
          <Box fontScale="c1" color="hint" mbs={4}>
            Not saved: {setting.type === 'password' ? '(hidden)' : JSON.stringify(refused.value)}
          </Box>
        </Callout>
      )}
    </Field>
  );
}
