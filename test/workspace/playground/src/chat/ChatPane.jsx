import { Box, Callout } from '@rocket.chat/fuselage';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client';
import { refreshAll, usePoll } from '../api/usePoll';
import { languageOf } from '../words';
import { Composer } from './Composer';
import { Transcript } from './Transcript';

// The room: what the app said to this user, and the box to talk to it.
export function ChatPane({ workspace, username, problem, onDismissProblem, onProblem }) {
  // The rooms this user is in (every room, when the workspace does not say who is in it).
  const rooms = (workspace?.rooms ?? []).filter((room) => !room.members || room.members.includes(username));
  const [roomId, setRoomId] = useState(undefined);
  useEffect(() => {
    if (rooms.length > 0 && !rooms.some((room) => room.id === roomId)) setRoomId(rooms[0].id);
  }, [roomId, rooms]);
  const { data: entries, error } = usePoll(() => api.transcript(username), username ?? null);
  const user = workspace?.users?.find((u) => u.username === username);

  const send = useCallback(
    async (text) => {
      const answer = await api
        .command(username, text, roomId)
        .catch((e) => ({ ok: false, error: e.message }));
      refreshAll();
      if (answer?.ok === false) {
        onProblem(answer.error ?? 'the command failed');
        return false;
      }
      return true;
    },
    [username, roomId, onProblem],
  );

  return (
    <Box is="main" className="pg-chat">
      <Box className="pg-chat-header">
        <Box fontScale="h4">{rooms.find((r) => r.id === roomId)?.name ?? 'Chat'}</Box>
        <Box fontScale="c1" color="hint">
          {user
            ? `as ${user.name ?? user.username} (@${user.username}, ${user.language ?? 'server language'})`
            : 'pick a user'}
        </Box>
      </Box>
      {(problem || error) && (
        <Box className="pg-problem" data-qa="problem" onClick={onDismissProblem}>
          <Callout type="danger" title="The workspace answered with a problem">
            {problem?.message ?? error}
          </Callout>
        </Box>
      )}
      <Transcript
        username={username}
        language={languageOf(user)}
        entries={entries}
        rooms={rooms}
        onProblem={onProblem}
      />
      <Composer rooms={rooms} roomId={roomId} onRoomChange={setRoomId} onSend={send} />
    </Box>
  );
}
