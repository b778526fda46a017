/** Every setting of the app, by id. The ids are stored by the server: never rename one. */
export enum SettingId {
  DeploymentOverride = 'deployment_override',
  DefaultJurisdiction = 'default_jurisdiction',
  DpoEmail = 'dpo_email',
  LinkFullPolicy = 'link_full_policy',
  LinkPreviousVersions = 'link_previous_versions',
  LinkSubProcessors = 'link_sub_processors',
  LinkLawEnforcement = 'link_law_enforcement',
  LinkSecurity = 'link_security',
  PolicyVersion = 'policy_version',
  PolicyEffectiveDate = 'policy_effective_date',
  AdminUsernames = 'admin_usernames',
  AdminRoom = 'admin_room',
  DsrEndpointUrl = 'dsr_endpoint_url',
  DsrToken = 'dsr_token',
  DsrSigningSecret = 'dsr_signing_secret',
  CallbacksReachable = 'dsr_callbacks_reachable',
  RequestsPerDay = 'requests_per_day',
  AppsApiUrl = 'apps_api_url',
  AppsApiUserId = 'apps_api_user_id',
  AppsApiToken = 'apps_api_token',
  AppsRefreshMinutes = 'apps_refresh_minutes',
}

export enum SettingSection {
  Deployment = 'section_deployment',
  Jurisdiction = 'section_jurisdiction',
  Contact = 'section_contact',
  Documents = 'section_documents',
  Admins = 'section_admins',
  Requests = 'section_requests',
  AppDirectory = 'section_app_directory',
}
