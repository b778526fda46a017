import { Box, Button, ButtonGroup, CheckBox, TextInput } from '@rocket.chat/fuselage';
import { useState } from 'react';
import { api } from '../api/client';
import { refreshAll, usePoll } from '../api/usePoll';

// A few workspaces in one click: what the data map should show changes with each.
const PRESETS = [
  ['Rocket.Chat defaults', 'reset'],
  [
    'S3, translation, analytics, Google sign-in',
    {
      FileUpload_Storage_Type: 'AmazonS3',
      AutoTranslate_Enabled: true,
      GoogleAnalytics_enabled: true,
      Accounts_OAuth_Google: true,
    },
  ],
  [
    'Pushes via gateway (ids only)',
    { Register_Server: true, Cloud_Service_Agree_PrivacyTerms: true, Push_request_content_from_server: true },
  ],
  [
    'Pushes via gateway (with text)',
    {
      Register_Server: true,
      Cloud_Service_Agree_PrivacyTerms: true,
      Push_request_content_from_server: false,
    },
  ],
];

function Row({ setting, onSave }) {
  const [draft, setDraft] = useState(undefined);
  const value = draft ?? setting.value;
  return (
    <Box className="pg-record" data-qa={`server-setting-${setting.id}`}>
      <Box fontScale="c1" color={setting.changed ? 'default' : 'hint'}>
        {setting.id}
        {setting.changed ? ' (changed)' : ''}
      </Box>
      {typeof setting.packageValue === 'boolean' ? (
        <CheckBox
          checked={Boolean(setting.value)}
          onChange={() => onSave({ [setting.id]: !setting.value })}
        />
      ) : (
        <TextInput
          value={String(value ?? '')}
          onChange={(e) => setDraft(e.currentTarget.value)}
          onBlur={() =>
            draft !== undefined &&
            onSave({ [setting.id]: typeof setting.packageValue === 'number' ? Number(draft) : draft }).then(
              () => setDraft(undefined),
            )
          }
        />
      )}
    </Box>
  );
}

// Rocket.Chat's server settings as the workspace serves them to apps; a change makes the app read
// them again at once. Credentials are not shown here.
export function ServerSettingsPanel({ onProblem }) {
  const { data } = usePoll(api.serverSettings, 'server-settings', 5000);
  const settings = (data?.settings ?? []).filter(
    (s) =>
      !(/secret|password|key|token/i.test(s.id) || s.id === 'SMTP_Username') &&
      !['Site_Url', 'Site_Name', 'Language'].includes(s.id),
  );
  const save = async (values) => {
    const answer = await api.setServerSettings(values).catch((e) => ({ ok: false, error: e.message }));
    if (answer?.ok === false) onProblem(answer.error ?? 'the server settings were not saved');
    refreshAll();
    return answer;
  };
  const preset = (values) =>
    save(
      values === 'reset'
        ? Object.fromEntries((data?.settings ?? []).filter((s) => s.changed).map((s) => [s.id, null]))
        : values,
    );
  return (
    <Box data-qa="server-settings-panel">
      <ButtonGroup wrap>
        {PRESETS.map(([label, values]) => (
          <Button key={label} small onClick={() => preset(values)}>
            {label}
          </Button>
        ))}
      </ButtonGroup>
      <Box fontScale="c1" color="hint" mb={8}>
        Asked by the app: {(data?.asked ?? []).length} ids
      </Box>
      {settings.map((setting) => (
        <Row key={setting.id} setting={setting} onSave={save} />
      ))}
    </Box>
  );
}
