// The playground's JSON API (served by test/workspace/start.js). Every call answers parsed
// JSON; a call that fails without a JSON answer throws with what the server said.
async function request(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let data;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    throw new Error(`${method} ${path}: HTTP ${response.status}: ${text.slice(0, 200)}`);
  }
  if (!response.ok && (data === null || typeof data !== 'object')) {
    throw new Error(`${method} ${path}: HTTP ${response.status}`);
  }
  if (!response.ok && data.ok === undefined) return { ...data, ok: false };
  return data;
}

const q = (username) => `username=${encodeURIComponent(username)}`;

export const api = {
  state: () => request('GET', '/api/state'),
  transcript: (username) => request('GET', `/api/transcript?${q(username)}`),
  views: (username) => request('GET', `/api/views?${q(username)}`),
  logs: () => request('GET', '/api/logs'),
  emails: () => request('GET', '/api/emails'),
  inbox: () => request('GET', '/api/endpoint/inbox'),
  command: (username, text, roomId) => request('POST', '/api/command', { username, text, roomId }),
  submitView: (username, viewId, state) => request('POST', '/api/views/submit', { username, viewId, state }),
  closeView: (username, viewId) => request('POST', '/api/views/close', { username, viewId }),
  action: (payload) => request('POST', '/api/actions', payload),
  setSetting: (id, value) => request('POST', '/api/settings', { id, value }),
  setDeployment: (mode) => request('POST', '/api/deployment', { mode }),
  serverSettings: () => request('GET', '/api/server-settings'),
  setServerSettings: (values) => request('POST', '/api/server-settings', { values }),
  labels: (language) => request('GET', `/api/i18n?language=${encodeURIComponent(language ?? '')}`),
  runJobs: () => request('POST', '/api/jobs/run', {}),
  restartRuntime: () => request('POST', '/api/runtime/restart'),
  setEndpointBehaviour: (behaviour) => request('POST', '/api/endpoint/behaviour', behaviour),
};
