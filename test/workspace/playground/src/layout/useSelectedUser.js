import { useCallback, useEffect, useState } from 'react';

// The user the page acts as: ?user= in the address wins (tests and links use it), then the
// last choice in this browser, then the first seeded user.
export function useSelectedUser(users) {
  const fromUrl = new URLSearchParams(window.location.search).get('user');
  const [username, setUsername] = useState(
    fromUrl ?? window.localStorage.getItem('playground.user') ?? undefined,
  );
  useEffect(() => {
    if (!users || users.length === 0) return;
    if (!users.some((user) => user.username === username)) setUsername(users[0].username);
  }, [users, username]);
  const choose = useCallback((next) => {
    setUsername(next);
    window.localStorage.setItem('playground.user', next);
    const url = new URL(window.location.href);
    url.searchParams.set('user', next);
    window.history.replaceState(null, '', url);
  }, []);
  return [users?.some((user) => user.username === username) ? username : undefined, choose];
}
