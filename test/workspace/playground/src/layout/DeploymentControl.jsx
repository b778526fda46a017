import { Box, Select } from '@rocket.chat/fuselage';
import { api } from '../api/client';
import { refreshAll } from '../api/usePoll';
import { deploymentModes, modeOf } from './deploymentModes';

// The deployment the app sees: its registration token, and the site URL it reads.
export function DeploymentControl({ workspace, onProblem }) {
  const change = async (mode) => {
    const answer = await api.setDeployment(mode).catch((e) => ({ ok: false, error: e.message }));
    if (answer?.ok === false) onProblem(answer.error ?? 'the deployment did not change');
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
    </Box>
  );
}
