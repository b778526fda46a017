import { Box } from '@rocket.chat/fuselage';
import { api } from '../api/client';
import { refreshAll } from '../api/usePoll';
import { SettingRow } from './SettingRow';

// The app's settings as an admin sees them (ids, not labels: this is a developer's page).
export function SettingsPanel({ settings, onProblem }) {
  const save = async (id, value) => {
    const answer = await api.setSetting(id, value).catch((e) => ({ ok: false, error: e.message }));
    if (answer?.ok === false) onProblem(answer.error ?? `the setting ${id} was not saved`);
    refreshAll();
  };
  return (
    <Box data-qa="settings-panel">
      {(settings ?? []).length === 0 && <Box color="hint">The app has no settings (yet).</Box>}
      {(settings ?? []).map((setting) => (
        <SettingRow key={setting.id} setting={setting} onSave={save} />
      ))}
    </Box>
  );
}
