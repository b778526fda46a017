/** Every job the app registers, by id, in one place. The ids are stored by the server: never rename one. */
export const OUTBOX_JOB = 'outbox';
export const OUTBOX_NOW_JOB = 'outbox-now';
export const OUTBOX_WAKE_JOB = 'outbox-wake';
export const APPS_REFRESH_JOB = 'apps-directory-refresh';
export const APPS_REFRESH_NOW_JOB = 'apps-directory-refresh-now';
export const REGISTRATION_CHECK_JOB = 'registration-check';
export const SETTINGS_PROBLEM_JOB = 'settings-problem';
export const DUE_ALERTS_JOB = 'due-alerts';
export const DATA_MAP_JOB = 'data-map';
export const DATA_MAP_NOW_JOB = 'data-map-now';
export const POLICY_UPDATE_JOB = 'policy-update';
export const RETENTION_JOB = 'retention';
