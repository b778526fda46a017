// The deployments the workspace can pretend to be (POST /api/deployment { mode }).
/** @type {Array<[string, string]>} [mode, label] */
export const deploymentModes = [
  ['registered', 'Self-hosted, registered'],
  ['unregistered', 'Self-hosted, not registered'],
  ['failing', 'Registration check failing'],
  ['cloud', 'Cloud-hosted'],
  ['community', 'Community server (open.rocket.chat)'],
];

// GET /api/state's `deployment` is a mode or an object carrying one.
export const modeOf = (deployment) => (typeof deployment === 'string' ? deployment : deployment?.mode);
