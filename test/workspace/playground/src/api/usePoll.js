import { useCallback, useEffect, useRef, useState } from 'react';

// One bus for "something changed, poll now": every mutation calls refreshAll() so the page
// shows its effect at once instead of at the next tick.
const bus = new EventTarget();
export const refreshAll = () => bus.dispatchEvent(new Event('refresh'));

// Polls load() every interval ms while mounted; keeps the same object while the answer's JSON
// is unchanged, so that views do not re-render (and lose nothing) on every tick.
export function usePoll(load, key, interval = 1000) {
  const [data, setData] = useState(undefined);
  const [error, setError] = useState(undefined);
  const lastText = useRef(undefined);
  const loadRef = useRef(load);
  loadRef.current = load;

  const run = useCallback(async (alive) => {
    try {
      const value = await loadRef.current();
      if (!alive()) return;
      const text = JSON.stringify(value);
      if (text !== lastText.current) {
        lastText.current = text;
        setData(value);
      }
      setError(undefined);
    } catch (e) {
      if (alive()) setError(e.message);
    }
  }, []);

  useEffect(() => {
    if (key === null) return undefined;
    let mounted = true;
    const alive = () => mounted;
    lastText.current = undefined;
    setData(undefined);
    run(alive);
    const timer = setInterval(() => run(alive), interval);
    const onRefresh = () => run(alive);
    bus.addEventListener('refresh', onRefresh);
    return () => {
      mounted = false;
      clearInterval(timer);
      bus.removeEventListener('refresh', onRefresh);
    };
  }, [key, interval, run]);

  return { data, error };
}
