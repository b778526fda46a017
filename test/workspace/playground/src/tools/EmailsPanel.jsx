import { Box, Callout } from '@rocket.chat/fuselage';
import { api } from '../api/client';
import { usePoll } from '../api/usePoll';
import { when } from './when';

const list = (to) => (Array.isArray(to) ? to.join(', ') : String(to ?? ''));

// The emails the app sent through the workspace's (pretend) SMTP, newest first.
export function EmailsPanel() {
  const { data, error } = usePoll(api.emails, 'emails');
  const emails = Array.isArray(data) ? data : (data?.emails ?? []);
  return (
    <Box data-qa="emails-panel">
      {error && <Callout type="danger">{error}</Callout>}
      {emails.length === 0 && <Box color="hint">No emails sent yet.</Box>}
      {[...emails].reverse().map((email, i) => (
        <Box key={email.id ?? i} className="pg-record">
          <Box fontScale="p2m">{email.subject}</Box>
          <Box fontScale="c1" color="hint">
            to {list(email.to)} {email.replyTo ? `· reply to ${list(email.replyTo)}` : ''} ·{' '}
            {when(email.ts ?? email.sentAt)}
          </Box>
          <pre className="pg-email-text">{email.text ?? ''}</pre>
        </Box>
      ))}
    </Box>
  );
}
