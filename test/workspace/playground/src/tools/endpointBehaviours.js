// What the reference DSR endpoint can be told to do (POST /api/endpoint/behaviour); see
// test/workspace/dsr-endpoint/behaviour.js for every mode and option.
export const endpointBehaviours = [
  { id: 'normal', label: 'Behave normally', body: { mode: 'normal' } },
  { id: 'fail', label: 'Fail next 3 (503)', body: { mode: 'fail', count: 3, status: 503 } },
  { id: 'timeout', label: 'Time out once', body: { mode: 'timeout', count: 1 } },
  { id: 'refuse', label: 'Refuse connections 30 s', body: { mode: 'refuse', how: 'close', ms: 30000 } },
  { id: 'rate-limit', label: '429, Retry-After 30', body: { mode: 'rate-limit', count: 1, retryAfter: 30 } },
  { id: 'bad-request', label: 'Answer 400 once', body: { mode: 'bad-request', count: 1 } },
  { id: 'unauthorized', label: 'Answer 401', body: { mode: 'unauthorized' } },
  { id: 'garbage', label: 'Answer garbage once', body: { mode: 'garbage', count: 1 } },
];
