import { api } from '../api/client';
import { usePoll } from '../api/usePoll';
import { ContextualBarView } from './ContextualBarView';
import { ModalView } from './ModalView';
import { newestBySurface } from './newestBySurface';

const withId = (entry) => ({ ...entry.view, id: entry.view.id ?? entry.viewId });

// The app's open modal and contextual bar for this user, as the web client shows them.
export function useOpenViews(username) {
  const { data } = usePoll(() => api.views(username), username ?? null);
  return newestBySurface(Array.isArray(data) ? data : []);
}

export const ContextualBarSlot = ({ entry, username, onProblem }) =>
  entry ? (
    <ContextualBarView
      key={entry.viewId}
      username={username}
      view={withId(entry)}
      errors={entry.errors}
      onProblem={onProblem}
    />
  ) : null;

export const ModalSlot = ({ entry, username, onProblem }) =>
  entry ? (
    <ModalView
      key={entry.viewId}
      username={username}
      view={withId(entry)}
      errors={entry.errors}
      onProblem={onProblem}
    />
  ) : null;
