import { useCallback, useEffect, useState } from 'react';

// The last thing that went wrong talking to the workspace, shown until dismissed or replaced.
export function useProblem() {
  const [problem, setProblem] = useState(undefined);
  const report = useCallback((message) => setProblem({ message: String(message), at: Date.now() }), []);
  const dismiss = useCallback(() => setProblem(undefined), []);
  useEffect(() => {
    if (!problem) return undefined;
    const timer = setTimeout(dismiss, 15000);
    return () => clearTimeout(timer);
  }, [problem, dismiss]);
  return { problem, report, dismiss };
}
