import { Box } from '@rocket.chat/fuselage';
import { api } from '../api/client';
import { refreshAll, usePoll } from '../api/usePoll';
import { SettingRow } from './SettingRow';

// The app's settings as an admin sees them: labels from the app's i18n/<language>.json in the
// picked user's language (the id below each, for developers). A value the app refuses is
// said so, with the app's reason and the value in force.
export function SettingsPanel({ settings, language, onProblem }) {
  const { data } = usePoll(() => api.labels(language), `labels:${language}`, 60000);
  const labels = data?.labels ?? {};
  const save = async (id, value) => {
    const answer = await api.setSetting(id, value).catch((e) => ({ ok: false, error: e.message }));
    if (answer?.ok === false) onProblem(answer.error ?? `the setting ${id} was not saved`);
    refreshAll();
    return answer;
  };
  return (
    <Box data-qa="settings-panel">
      {(settings ?? []).length === 0 && <Box color="hint">The app has no settings (yet).</Box>}
      {(settings ?? []).map((setting) => (
        <SettingRow key={setting.id} setting={setting} labels={labels} language={language} onSave={save} />
      ))}
    </Box>
  );
}
