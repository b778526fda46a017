import { Box, States, StatesIcon, StatesSubtitle, StatesTitle } from '@rocket.chat/fuselage';
import { useEffect, useRef } from 'react';
import { pageWord } from '../words';
import { TranscriptEntry } from './TranscriptEntry';

export function Transcript({ username, language, entries, rooms, onProblem }) {
  const end = useRef(null);
  const count = entries?.length ?? 0;
  useEffect(() => end.current?.scrollIntoView({ block: 'end' }), [count]);
  const roomName = (id) => rooms?.find((room) => room.id === id)?.name ?? id;

  if (!entries) return <Box className="pg-transcript" data-qa="transcript" />;
  return (
    <Box className="pg-transcript" data-qa="transcript">
      {count === 0 ? (
        <States>
          <StatesIcon name="chat" />
          <StatesTitle>Nothing here yet</StatesTitle>
          <StatesSubtitle>Type /privacy below to talk to the app.</StatesSubtitle>
        </States>
      ) : (
        entries.map((entry) => (
          <TranscriptEntry
            key={entry.id}
            username={username}
            entry={entry}
            language={language}
            roomName={entry.roomType === 'd' ? pageWord('directMessage', language) : roomName(entry.roomId)}
            onProblem={onProblem}
          />
        ))
      )}
      <div ref={end} />
    </Box>
  );
}
