import { Box, Button, ButtonGroup } from '@rocket.chat/fuselage';
import { useState } from 'react';
import { api } from '../api/client';
import { refreshAll } from '../api/usePoll';

const jobCount = (ran) =>
  typeof ran === 'number' ? ` (${ran} jobs)` : Array.isArray(ran) ? ` (${ran.length} jobs)` : '';

/** What a run of every job did to the outbox: due entries, and deliveries brought forward. */
export const outboxNote = (outbox) =>
  outbox
    ? `Ran the outbox: ${outbox.due} due, ${outbox.broughtForward} waiting in back-off brought forward`
    : '';

// Run the scheduler's jobs now; restart the app's runtime (a server restart).
export function WorkspaceActions({ onProblem }) {
  const [note, setNote] = useState('');
  const run = (label, call) => async () => {
    setNote(`${label} ...`);
    const answer = await call().catch((e) => ({ ok: false, error: e.message }));
    if (answer?.ok === false) onProblem(answer.error ?? `${label} failed`);
    const done = `${label}: done${jobCount(answer?.ran)}`;
    setNote(answer?.ok === false ? '' : [outboxNote(answer?.outbox), done].filter(Boolean).join('. '));
    refreshAll();
  };
  return (
    <Box className="pg-sidebar-section">
      <Box className="pg-sidebar-heading">Workspace</Box>
      <ButtonGroup stretch vertical>
        <Button small data-qa="run-jobs" onClick={run('Run jobs', api.runJobs)}>
          Run scheduled jobs now
        </Button>
        <Button small data-qa="restart-runtime" onClick={run('Restart runtime', api.restartRuntime)}>
          Restart the app's runtime
        </Button>
      </ButtonGroup>
      {note && (
        <Box className="pg-sidebar-note" data-qa="workspace-note">
          {note}
        </Box>
      )}
    </Box>
  );
}
