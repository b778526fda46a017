import { Box, Button, ButtonGroup, Callout } from '@rocket.chat/fuselage';
import { api } from '../api/client';
import { refreshAll, usePoll } from '../api/usePoll';
import { JsonDetails } from './JsonDetails';
import { answerBadge } from './answerBadge';
import { endpointBehaviours } from './endpointBehaviours';
import { when } from './when';

const AnswerBadge = ({ answer }) => {
  const badge = answerBadge(answer);
  return (
    <span
      className={`pg-status pg-status-${badge.kind}`}
      data-qa="endpoint-status"
      title={badge.title}
      aria-label={badge.title}
    >
      {badge.text}
    </span>
  );
};

// The reference DSR endpoint: what it received and what it answered (the status code of each
// call), and buttons that make it misbehave.
export function EndpointPanel({ endpointUrl, onProblem }) {
  const { data, error } = usePoll(api.inbox, 'inbox');
  const inbox = Array.isArray(data) ? data : (data?.received ?? data?.inbox ?? []);
  const behaviour = Array.isArray(data) ? undefined : data?.behaviour;
  const set = async (body) => {
    const answer = await api.setEndpointBehaviour(body).catch((e) => ({ ok: false, error: e.message }));
    if (answer?.ok === false) onProblem(answer.error ?? 'the endpoint did not take the behaviour');
    refreshAll();
  };
  return (
    <Box data-qa="endpoint-panel">
      <Box fontScale="c1" color="hint" mbe={8}>
        {endpointUrl ? `DSR endpoint: ${endpointUrl}` : 'DSR endpoint'}
        {behaviour && ` · now: ${typeof behaviour === 'string' ? behaviour : JSON.stringify(behaviour)}`}
      </Box>
      <ButtonGroup wrap small mbe={12}>
        {endpointBehaviours.map((b) => (
          <Button key={b.id} small data-qa={`endpoint-${b.id}`} onClick={() => set(b.body)}>
            {b.label}
          </Button>
        ))}
      </ButtonGroup>
      {error && <Callout type="danger">{error}</Callout>}
      {inbox.length === 0 && <Box color="hint">Nothing received yet.</Box>}
      {[...inbox].reverse().map((call, i) => (
        <Box key={call.seq ?? i} className="pg-record" data-qa="endpoint-call">
          <Box fontScale="p2m" display="flex" alignItems="center">
            <AnswerBadge answer={call.answer} />
            <Box is="span" mis={8} className="pg-call-line">
              {call.method ?? ''} {call.path ?? call.url ?? ''}
            </Box>
          </Box>
          <Box fontScale="c1" color="hint">
            {when(call.at ?? call.ts)} {call.behaviour ? `[${call.behaviour}] ` : ''}
            {call.body?.request_type ?? call.body?.subject_request_id ?? ''}
          </Box>
          <JsonDetails value={call} />
        </Box>
      ))}
    </Box>
  );
}
