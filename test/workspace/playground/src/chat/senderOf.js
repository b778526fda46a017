// The transcript's sender is a user object ({ username, name }) or a plain name.
export function senderOf(entry) {
  const sender = entry.sender;
  if (!sender) return { name: 'Privacy Center', username: '' };
  if (typeof sender === 'string') return { name: sender, username: sender };
  return { name: sender.name ?? sender.username ?? 'unknown', username: sender.username ?? '' };
}

export const initials = (name) =>
  name
    .split(/[\s._-]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0].toUpperCase())
    .join('');
