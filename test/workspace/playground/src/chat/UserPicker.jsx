import { Box } from '@rocket.chat/fuselage';
import { initials } from './senderOf';

// Who the page acts as: every seeded user, with the language the app will answer in.
export function UserPicker({ users, value, onChange }) {
  return (
    <Box is="ul" className="pg-user-picker" data-qa="user-picker">
      {(users ?? []).map((user) => (
        <Box
          is="li"
          key={user.username}
          className={user.username === value ? 'pg-user pg-user-selected' : 'pg-user'}
          data-qa={`user-${user.username}`}
          aria-selected={user.username === value}
          onClick={() => onChange(user.username)}
        >
          <span className="pg-avatar pg-avatar-small">{initials(user.name ?? user.username)}</span>
          <span className="pg-user-text">
            <span className="pg-user-name">{user.name ?? user.username}</span>
            <span className="pg-user-meta">
              @{user.username} · {user.language ?? 'server language'}
              {user.roles?.includes('admin') ? ' · admin' : ''}
            </span>
          </span>
        </Box>
      ))}
    </Box>
  );
}
