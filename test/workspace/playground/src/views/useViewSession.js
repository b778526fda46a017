import { useCallback, useEffect, useMemo, useState } from 'react';
import { api } from '../api/client';
import { refreshAll } from '../api/usePoll';
import { mergeValues, toViewState } from './viewState';

// Everything one open view needs: its values (for kitContext and the submitted state), the
// field errors of the last submit (or that the app set on the view), and the calls back to
// the app.
export function useViewSession(username, view, serverErrors, onProblem) {
  const [touched, setTouched] = useState({});
  const [errors, setErrors] = useState(serverErrors ?? {});
  const serverErrorsJson = JSON.stringify(serverErrors ?? {});
  useEffect(() => setErrors(JSON.parse(serverErrorsJson)), [serverErrorsJson]);
  const [busy, setBusy] = useState(false);

  const values = useMemo(() => mergeValues(view.blocks, touched), [view.blocks, touched]);

  const state = useCallback(({ actionId, blockId, value }) => {
    setTouched((previous) => ({ ...previous, [actionId]: { blockId, value } }));
    setErrors((previous) => {
      if (!(actionId in previous)) return previous;
      const { [actionId]: _cleared, ...rest } = previous;
      return rest;
    });
  }, []);

  const action = useCallback(
    async ({ actionId, blockId, value }) => {
      const current = toViewState({ ...values, [actionId]: { blockId, value } });
      const answer = await api
        .action({ username, viewId: view.id, blockId, actionId, value, state: current })
        .catch((e) => ({ ok: false, error: e.message }));
      if (answer && answer.ok === false) onProblem(answer.error ?? 'the block action failed');
      refreshAll();
    },
    [username, view.id, values, onProblem],
  );

  const submit = useCallback(async () => {
    setBusy(true);
    const answer = await api
      .submitView(username, view.id, toViewState(values))
      .catch((e) => ({ ok: false, error: e.message }));
    setBusy(false);
    if (answer?.errors && Object.keys(answer.errors).length > 0) setErrors(answer.errors);
    else if (answer?.ok === false) onProblem(answer.error ?? 'the submit failed');
    else setErrors({});
    refreshAll();
  }, [username, view.id, values, onProblem]);

  const close = useCallback(async () => {
    const answer = await api.closeView(username, view.id).catch((e) => ({ ok: false, error: e.message }));
    if (answer?.ok === false) onProblem(answer.error ?? 'closing the view failed');
    refreshAll();
  }, [username, view.id, onProblem]);

  const context = useMemo(
    () => ({ appId: view.appId, viewId: view.id, values, errors, state, action }),
    [view.appId, view.id, values, errors, state, action],
  );

  return { context, submit, close, busy, errors };
}
