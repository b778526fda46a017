import { Box, Select } from '@rocket.chat/fuselage';
import { useState } from 'react';
import { api } from '../api/client';
import { refreshAll } from '../api/usePoll';
import { deploymentModes, modeOf } from './deploymentModes';

// The deployment the app sees: its registration token, and the site URL it reads.
// Switching runs the app's registration check at once (the API does), so the app's next
// answer is about the new deployment.
export function DeploymentControl({ workspace, onProblem }) {
  const [note, setNote] = useState('');
  const change = async (mode) => {
    setNote('Checking registration ...');
    const answer = await api.setDeployment(mode).catch((e) => ({ ok: false, error: e.message }));
    if (answer?.ok === false) onProblem(answer.error ?? 'the deployment did not change');
    const checked = Array.isArray(answer?.checked) ? answer.checked : [];
    setNote(
      answer?.ok === false
        ? ''
        : checked.length === 0
          ? 'The app has no registration check to run.'
          : checked.every((r) => r.ok)
            ? 'Registration checked now.'
            : `The registration check failed: ${checked.find((r) => !r.ok).error}`,
    );
    refreshAll();
  };
  return (
    <Box data-qa="deployment-control" className="pg-sidebar-section">
      <Box className="pg-sidebar-heading">Deployment</Box>
      <Select
        options={deploymentModes}
        value={modeOf(workspace?.deployment) ?? ''}
        onChange={change}
        placeholder="Deployment"
      />
      {workspace?.siteUrl && <Box className="pg-sidebar-note">Site URL: {workspace.siteUrl}</Box>}
      {note && (
        <Box className="pg-sidebar-note" data-qa="deployment-note">
          {note}
        </Box>
      )}
    </Box>
  );
}
