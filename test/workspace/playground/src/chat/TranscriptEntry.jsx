import {
  Box,
  Message,
  MessageBlock,
  MessageBody,
  MessageContainer,
  MessageHeader,
  MessageLeftContainer,
  MessageName,
  MessageNameContainer,
  MessageRole,
  MessageRoles,
  MessageTimestamp,
  MessageUsername,
} from '@rocket.chat/fuselage';
import { Mrkdwn } from '../uikit/Mrkdwn';
import { pageWord } from '../words';
import { MessageBlocks } from './MessageBlocks';
import { initials, senderOf } from './senderOf';

const time = (ts) => (ts ? new Date(ts).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : '');

export function TranscriptEntry({ username, language, entry, roomName, onProblem }) {
  const sender = senderOf(entry);
  const hasBlocks = Array.isArray(entry.blocks) && entry.blocks.length > 0;
  return (
    <Message
      data-qa="transcript-entry"
      data-kind={entry.kind}
      data-id={entry.id}
      className={`pg-entry pg-entry-${entry.kind}`}
    >
      <MessageLeftContainer>
        <Box className="pg-avatar" aria-hidden>
          {initials(sender.name)}
        </Box>
      </MessageLeftContainer>
      <MessageContainer>
        <MessageHeader>
          <MessageNameContainer>
            <MessageName>{sender.name}</MessageName>{' '}
            {sender.username && <MessageUsername>@{sender.username}</MessageUsername>}
          </MessageNameContainer>
          <MessageRoles>
            {entry.kind === 'ephemeral' && (
              <MessageRole data-qa="badge-only-you">{pageWord('onlyYou', language)}</MessageRole>
            )}
            {roomName && <MessageRole>{roomName}</MessageRole>}
          </MessageRoles>
          <MessageTimestamp data-qa="entry-time">{time(entry.ts)}</MessageTimestamp>
        </MessageHeader>
        {entry.text && !hasBlocks && (
          <MessageBody data-qa="entry-text">
            <Mrkdwn text={entry.text} />
          </MessageBody>
        )}
        {hasBlocks && (
          <MessageBlock data-qa="entry-blocks">
            <MessageBlocks username={username} entry={entry} onProblem={onProblem} />
          </MessageBlock>
        )}
      </MessageContainer>
    </Message>
  );
}
