import { Box } from '@rocket.chat/fuselage';
import { UserPicker } from '../chat/UserPicker';
import { DeploymentControl } from './DeploymentControl';
import { WorkspaceActions } from './WorkspaceActions';

export function Sidebar({ workspace, username, onUserChange, onProblem }) {
  return (
    <Box is="aside" className="pg-sidebar">
      <Box className="pg-brand">Privacy Center · playground</Box>
      <Box className="pg-sidebar-section">
        <Box className="pg-sidebar-heading">Act as</Box>
        <UserPicker users={workspace?.users} value={username} onChange={onUserChange} />
      </Box>
      <DeploymentControl workspace={workspace} onProblem={onProblem} />
      <WorkspaceActions onProblem={onProblem} />
    </Box>
  );
}
