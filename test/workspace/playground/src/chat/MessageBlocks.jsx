import { UiKitComponent, UiKitMessage, kitContext } from '@rocket.chat/fuselage-ui-kit';
import { useCallback, useMemo } from 'react';
import { api } from '../api/client';
import { refreshAll } from '../api/usePoll';

// A message's blocks, rendered by Rocket.Chat's message renderer; its buttons and selects
// go back to the app as block actions carrying the message and its room.
export function MessageBlocks({ username, entry, onProblem }) {
  const action = useCallback(
    async ({ actionId, blockId, value }) => {
      const answer = await api
        .action({ username, blockId, actionId, value, messageId: entry.id, roomId: entry.roomId })
        .catch((e) => ({ ok: false, error: e.message }));
      if (answer?.ok === false) onProblem(answer.error ?? 'the block action failed');
      refreshAll();
    },
    [username, entry.id, entry.roomId, onProblem],
  );
  const appId = entry.blocks.find((block) => block.appId)?.appId ?? entry.appId ?? 'app';
  const context = useMemo(
    () => ({ appId, values: {}, errors: {}, action, state: () => undefined }),
    [appId, action],
  );
  return (
    <kitContext.Provider value={context}>
      <UiKitComponent render={UiKitMessage} blocks={entry.blocks} />
    </kitContext.Provider>
  );
}
