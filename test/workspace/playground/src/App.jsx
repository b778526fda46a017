import { Box, Callout } from '@rocket.chat/fuselage';
import { api } from './api/client';
import { usePoll } from './api/usePoll';
import { ChatPane } from './chat/ChatPane';
import { Sidebar } from './layout/Sidebar';
import { useProblem } from './layout/useProblem';
import { useSelectedUser } from './layout/useSelectedUser';
import { ToolsPanel } from './tools/ToolsPanel';
import { languageOf } from './words';
import { ContextualBarSlot, ModalSlot, useOpenViews } from './views/OpenViews';

export function App() {
  const { data: workspace, error } = usePoll(api.state, 'state', 2000);
  const [username, setUsername] = useSelectedUser(workspace?.users);
  const { problem, report, dismiss } = useProblem();
  const views = useOpenViews(username);

  if (!workspace)
    return (
      <Box p={24} data-qa="loading">
        {error ? (
          <Callout type="danger" title="The workspace does not answer">
            {error}
          </Callout>
        ) : (
          'Loading the workspace ...'
        )}
      </Box>
    );
  return (
    <Box className="pg-app" data-qa="app" data-user={username ?? ''}>
      <Sidebar workspace={workspace} username={username} onUserChange={setUsername} onProblem={report} />
      <ChatPane
        workspace={workspace}
        username={username}
        problem={problem}
        onDismissProblem={dismiss}
        onProblem={report}
      />
      <ContextualBarSlot entry={views.contextualBar} username={username} onProblem={report} />
      <ToolsPanel
        workspace={workspace}
        language={languageOf(workspace.users?.find((u) => u.username === username))}
        onProblem={report}
      />
      <ModalSlot entry={views.modal} username={username} onProblem={report} />
    </Box>
  );
}
