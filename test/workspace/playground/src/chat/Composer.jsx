import { Box, Button, Select, TextInput } from '@rocket.chat/fuselage';
import { useState } from 'react';

// The chat box: a slash command (or any text) sent as the picked user, in the picked room.
export function Composer({ rooms, roomId, onRoomChange, onSend }) {
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const send = async (event) => {
    event.preventDefault();
    const command = text.trim();
    if (!command) return;
    setSending(true);
    const ok = await onSend(command);
    setSending(false);
    if (ok) setText('');
  };
  const roomOptions = (rooms ?? []).map((room) => [
    room.id,
    room.type === 'd' ? `@${room.name}` : `#${room.name}`,
  ]);
  return (
    <Box is="form" className="pg-composer" onSubmit={send} display="flex" alignItems="center">
      {roomOptions.length > 0 && (
        <Box mie={8} className="pg-room-picker" data-qa="room-picker">
          <Select options={roomOptions} value={roomId} onChange={onRoomChange} placeholder="Room" />
        </Box>
      )}
      <Box flexGrow={1} mie={8} className="pg-composer-input">
        <TextInput
          data-qa="composer"
          placeholder="/privacy help"
          value={text}
          autoComplete="off"
          onChange={(e) => setText(e.currentTarget.value)}
        />
      </Box>
      <Button primary type="submit" data-qa="composer-send" disabled={sending || !text.trim()}>
        Send
      </Button>
    </Box>
  );
}
