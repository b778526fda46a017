import { Box, Button, ButtonGroup } from '@rocket.chat/fuselage';
import { useState } from 'react';
import { api } from '../api/client';
import { refreshAll } from '../api/usePoll';

// Run the scheduler's due jobs now; restart the app's runtime (a server restart).
export function WorkspaceActions({ onProblem }) {
  const [note, setNote] = useState('');
  const run = (label, call) => async () => {
    setNote(`${label} ...`);
    const answer = await call().catch((e) => ({ ok: false, error: e.message }));
    if (answer?.ok === false) onProblem(answer.error ?? `${label} failed`);
    setNote(
      answer?.ok === false
        ? ''
        : `${label}: done${typeof answer?.ran === 'number' ? ` (${answer.ran} jobs)` : ''}`,
    );
    refreshAll();
  };
  return (
    <Box className="pg-sidebar-section">
      <Box className="pg-sidebar-heading">Workspace</Box>
      <ButtonGroup stretch vertical>
        <Button small data-qa="run-jobs" onClick={run('Run due jobs', api.runJobs)}>
          Run due jobs now
        </Button>
        <Button small data-qa="restart-runtime" onClick={run('Restart runtime', api.restartRuntime)}>
          Restart the app's runtime
        </Button>
      </ButtonGroup>
      {note && <Box className="pg-sidebar-note">{note}</Box>}
    </Box>
  );
}
