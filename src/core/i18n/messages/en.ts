/**
 * The app's own words, in English: the source of every translation. Keys are typed, so a
 * language that misses one does not compile; a unit test also checks the placeholders.
 * Placeholders are written {name}. Slack-style mrkdwn: *bold*, _italic_, `code`.
 */
export const en = {
  // /privacy help
  'help.title': '*Privacy Center*: your privacy in this workspace',
  'help.usage': 'Type `/privacy` followed by one of these:',
  'help.cmd.policy':
    '`/privacy policy`: the privacy policy that applies to this workspace, with your rights and deadlines',
  'help.cmd.contact':
    '`/privacy contact`: how to reach the Data Protection Officer, and the policy documents',
  'help.cmd.help': '`/privacy help`: this list',
  'help.cmd.admin': '`/privacy admin`: tools for the people who handle privacy requests',
  'help.unknown': 'There is no `/privacy {input}`.',
  'help.didYouMean': 'Did you mean `/privacy {suggestion}`?',

  // The policy view
  'policy.title': 'Privacy policy',
  'policy.close': 'Close',
  'policy.intro':
    'This is how the policy of {vendor} applies to this workspace. It depends on who runs the workspace and where it is registered.',
  'policy.workspace.heading': '*Your workspace*',
  'policy.categories.heading': '*What the vendor processes here*',
  'policy.categories.note.cloud':
    "The vendor hosts this workspace, so your profile, messages and files here are processed by the vendor on behalf of the workspace's operator, who decides what happens to them. “Account data” means the vendor account used to register the workspace.",
  'policy.categories.note.self_hosted_registered':
    "Your profile, messages and files on this self-hosted workspace are held by the workspace's operator, not by the vendor. “Account data” means the vendor account used to register the workspace.",
  'policy.categories.note.self_hosted_unregistered':
    "Your profile, messages and files on this workspace are held by the workspace's operator. The workspace is not registered, so the vendor receives none of them.",
  'policy.categories.note.community':
    'The vendor runs this community server itself, so it holds your profile, messages and files here. “Account data” means your own account on the community server.',
  'policy.appendices.heading': '*Parts of the policy that apply*',
  'policy.jurisdiction.heading': '*Your rights*',
  'policy.jurisdiction.label': 'Data protection law',
  'policy.jurisdiction.placeholder': 'Choose the law that applies to you',
  'policy.jurisdiction.hint': 'Your choice is remembered for you only.',
  'policy.contact.heading': '*Data Protection Officer*',
  'policy.documents.heading': '*Policy documents*',

  // Where your data goes here (the data map), self-service paths, the admin's posture
  'map.heading': '*Where your data goes here*',
  'map.intro':
    "Read from this workspace's own settings: besides the workspace itself, these receive data about you.",
  'map.asOf': 'Settings read {age}.',
  'map.notYet': 'The app has not read the settings yet; look again in a minute.',
  'map.vendor.heading': '*To the vendor ({vendor})*',
  'map.thirdParty.heading': '*To services the operator chose*',
  'map.none': 'None.',
  'map.off': 'Not in use here: {names}.',
  'map.unknown': 'unknown: the app could not read the settings that decide this.',
  'map.unnamed': 'a service the app cannot name',
  'flow.push_gateway.name': 'Mobile push notifications',
  'flow.version_check.name': 'Version check',
  'flow.nps.name': 'Satisfaction survey (NPS)',
  'flow.invite_links.name': 'Invite links',
  'flow.usage_statistics.name': 'Usage statistics',
  'flow.file_storage.name': 'File storage',
  'flow.sign_in.name': 'Sign-in providers',
  'flow.translation.name': 'Automatic translation',
  'flow.analytics_google.name': 'Google Analytics',
  'flow.analytics_matomo.name': 'Matomo analytics',
  'flow.link_previews.name': 'Link previews',
  'flow.email_relay.name': 'E-mail notifications',
  'flow.calls.name': 'Calls',
  'flow.video.name': 'Video calls',
  'flow.omnichannel_webhook.name': 'Omnichannel webhook',
  'flow.external_avatars.name': 'External avatars',
  'flow.push_gateway.on':
    "Notifications to your phone pass through the vendor's push gateway ({to}). It receives your device token, your user id, the workspace's address, the room's id and type, and {content}.",
  'flow.push.id_only':
    "only a message id: your phone then fetches the message from the workspace (if the workspace's plan includes this; otherwise {fallback})",
  'flow.push.text_and_names': 'the sender and room names and the message text',
  'flow.push.text_only': 'the message text (no sender or room names)',
  'flow.push.names_only': 'the sender and room names (not the message text)',
  'flow.push.neither': 'neither names nor the message text',
  'flow.push.unknown': 'possibly names and the message text (unknown: a setting could not be read)',
  'flow.version_check.on':
    'Once a day the workspace sends the vendor its id, version, operating system and how it is installed; nothing about you.',
  'flow.nps.on':
    'If you answer the satisfaction survey, your score, your comment, your roles and a hashed user id go to the vendor.',
  'flow.invite_links.on': "Invite links pass through the vendor's link domain ({to}).",
  'flow.usage_statistics.usually':
    'Usually sent daily: counts of users, rooms and messages and how features are used. Only the operator can turn this off, and the app cannot see whether they did.',
  'flow.file_storage.on':
    "Files you upload are stored with {to}, not in the workspace's own database or disk.",
  'flow.sign_in.on':
    'You can sign in with {to}. The provider sees each sign-in and sends your profile data to the workspace.',
  'flow.sign_in.partly': 'Some providers could not be read.',
  'flow.translation.on': 'Message text is sent to {to} to be translated automatically.',
  'flow.analytics_google.on':
    'The web client is tracked by Google Analytics: the pages you open and details of your browser go to Google.',
  'flow.analytics_matomo.on':
    'The web client is tracked by Matomo ({to}): the pages you open and details of your browser go there.',
  'flow.link_previews.on':
    'The server fetches each link posted in a message to show a preview; the site sees the server, not you.',
  'flow.email_relay.on': 'E-mails to you go out through the relay {to}. {text}',
  'flow.email.with_text': 'They include the message text.',
  'flow.email.without_text': 'They do not include the message text.',
  'flow.email.unknown': 'Whether they include the message text is unknown.',
  'flow.calls.on': 'Calls contact these servers to connect ({to}); they see your IP address.',
  'flow.video.on': 'Video calls run on the service of {to}.',
  'flow.omnichannel_webhook.on': 'Omnichannel conversations are sent to {to}.',
  'flow.external_avatars.on': 'Avatars are fetched from {to}.',
  'map.self.heading': '*What you can do yourself here*',
  'map.self.none': 'Nothing of this can be done without a request here.',
  'self.download':
    'Download your data: *My Account → Preferences → My Data* (“Download my data” or “Export my data”). The file arrives later.',
  'self.delete_account':
    'Delete your account: *My Account → Profile → Delete my account* (it asks for your password). {messages}',
  'self.messages.Keep': 'Your messages stay, under your name.',
  'self.messages.Delete': 'Your messages are deleted with it.',
  'self.messages.Unlink': 'Your messages stay, without your name.',
  'self.messages.unknown': 'What then happens to your messages is unknown.',
  'self.delete_messages': "Delete your own messages: in each message's menu.",
  'self.edit_profile': 'Correct your profile: *My Account → Profile* ({fields}).',
  'self.edit_profile.some': 'Correct your profile: *My Account → Profile*.',
  'self.field.real_name': 'name',
  'self.field.username': 'username',
  'self.field.email': 'e-mail address',
  'self.edit_messages': "Edit your own messages: in each message's menu.",
  'map.keeping.heading': '*How long messages are kept*',
  'map.retention.off': 'No retention policy is on: messages are kept until someone deletes them.',
  'map.retention.unknown': 'Whether messages are deleted after an age limit is unknown.',
  'map.retention.room': '{room}: deleted after {days} days.',
  'map.retention.roomKept': '{room}: kept (the retention policy does not cover them).',
  'map.retention.roomUnknown': '{room}: unknown.',
  'room.channels': 'Public channels',
  'room.groups': 'Private groups',
  'room.dms': 'Direct messages',
  'map.e2e.on':
    'End-to-end encrypted rooms are available: their messages are stored only encrypted, so a copy of your data holds them encrypted.',
  'map.e2e.off': 'End-to-end encryption is off here.',
  'map.e2e.unknown': 'Whether end-to-end encryption is available is unknown.',
  'request.self.heading': '*You can do this yourself*',
  'request.self.still': 'You can still file the request below.',
  'posture.title': '*Privacy posture of this workspace*',
  'posture.asOf': 'Server settings read {age}. `/privacy admin posture refresh` reads them again.',
  'posture.notYet':
    'The server settings have not been read yet. `/privacy admin posture refresh` reads them now.',
  'posture.news':
    "*New in this workspace's privacy posture* ({count}); `/privacy admin posture` shows every finding:",
  'posture.none': 'Nothing to change: no finding.',
  'posture.severity.high': 'High',
  'posture.severity.medium': 'Medium',
  'posture.severity.low': 'Low',
  'posture.severity.info': 'Note',
  'posture.settings': 'Settings: {ids}',
  'finding.push_text_via_gateway': "Message text goes through the vendor's push gateway ({to}).",
  'finding.push_text_via_gateway.how':
    'Turn off Push_show_message, or (Enterprise plan) turn on Push_request_content_from_server, or turn off the gateway (Push_enable_gateway; takes effect after a restart).',
  'finding.push_names_via_gateway': "Sender and room names go through the vendor's push gateway ({to}).",
  'finding.push_names_via_gateway.how':
    'Turn off Push_show_username_room, or (Enterprise plan) turn on Push_request_content_from_server.',
  'finding.web_analytics':
    "The web client is tracked by {to}, which the vendor's policy shown to users does not mention.",
  'finding.web_analytics.how':
    'Turn the tracking off, or name it in your own privacy notice (users see it under “Where your data goes here”).',
  'finding.translation': 'Messages are sent to a translation provider ({to}).',
  'finding.translation.how':
    'Turn off automatic translation, or make sure a processing agreement with the provider is in place.',
  'finding.email_text': 'E-mail notifications carry message text through {to}.',
  'finding.email_text.how': 'Turn off Email_notification_show_message.',
  'finding.cloud_files': 'Files are stored with a cloud provider ({to}).',
  'finding.cloud_files.how':
    'Name the provider in your records of processing, or store files in GridFS or on the file system.',
  'finding.no_self_delete':
    'People cannot delete their own account, so every erasure request needs an admin.',
  'finding.no_self_delete.how':
    'Turn on Accounts_AllowDeleteOwnAccount, and choose what happens to the messages in Message_ErasureType.',
  'finding.no_download': 'People cannot download their own data, so every access request needs an admin.',
  'finding.no_download.how': 'Turn on UserData_EnableDownload.',
  'finding.dms_not_retained': 'Direct messages are not covered by the retention policy.',
  'finding.dms_not_retained.how':
    'Turn on RetentionPolicy_AppliesToDMs if they should be deleted after an age limit too.',
  'finding.settings_unread':
    'The app could not read some settings; the map says “unknown” where they decide.',
  'finding.settings_unread.how':
    'Check that the app may read server settings (permission server-setting.read).',

  // Deployment types and how they were found
  'deployment.type.cloud': 'Hosted by the vendor (cloud)',
  'deployment.type.self_hosted_registered': 'Self-hosted, registered with the vendor',
  'deployment.type.self_hosted_unregistered': 'Self-hosted, not registered',
  'deployment.type.community': "The vendor's community server (Open Server)",
  'deployment.summary.cloud':
    "The vendor runs this workspace on its own infrastructure, so everything entered here is processed by the vendor on the workspace operator's behalf.",
  'deployment.summary.self_hosted_registered':
    "This workspace's operator runs it. Because it is registered with the vendor, the vendor processes the data needed for the services used through that registration, such as push notifications.",
  'deployment.summary.self_hosted_unregistered':
    "This workspace's operator runs it on its own. A workspace that is not registered sends the vendor no data, so the vendor processes nothing from it. The vendor's policy still applies to its other services, such as its website and mobile apps.",
  'deployment.summary.community':
    "This is the vendor's own community workspace, where new features are tried out. The vendor processes what is entered here and tracks activity, with Google Analytics among other tools, to learn how the product is used.",
  'deployment.source.admin_setting': "An administrator set this type in the app's settings.",
  'deployment.source.site_url': 'Found from the workspace address ({host}).',
  'deployment.source.registered': 'Found by the registration check of {date}: the workspace is registered.',
  'deployment.source.empty_token':
    "Found by the registration check of {date}: the workspace appears not to be registered. The same answer comes back when the server cannot reach the vendor, so an administrator can set the type in the app's settings.",
  'deployment.source.failed':
    'The registration check of {date} failed, so it is not known whether this workspace is registered. Until it is, this page assumes it is, because then the vendor may hold some data.',
  'deployment.source.no_permission':
    'The app is not allowed to check the registration, so it is not known whether this workspace is registered. This page assumes it is, because then the vendor may hold some data.',
  'deployment.source.not_checked':
    'The registration has not been checked yet, so it is not known whether this workspace is registered. This page assumes it is until the check has run.',

  // Data categories
  'category.name.account': 'Account data',
  'category.name.usage': 'Usage data',
  'category.name.app': 'App data',
  'category.name.content': 'Messages, files and other content',
  'category.name.tracking': 'Tracking and cookies',
  'processing.yes': 'Processed by the vendor',
  'processing.partly': 'Only in one case',
  'processing.no': 'Not processed by the vendor',
  'category.account.cloud': 'The vendor account used to register the workspace.',
  'category.account.self_hosted_registered': 'The vendor account used to register the workspace.',
  'category.account.self_hosted_unregistered': 'There is no registration, so there is no account data.',
  'category.account.community': 'Your account on the community server.',
  'category.usage.cloud': 'How the hosted workspace is used.',
  'category.usage.self_hosted_registered':
    "Use of the services that come with the registration, for example push notifications through the vendor's gateway.",
  'category.usage.self_hosted_unregistered':
    'The workspace uses no vendor service that would send usage data.',
  'category.usage.community': 'How the community server is used.',
  'category.app.cloud':
    'Data used by apps installed from the Marketplace, depending on what each app does. Third-party apps have their own privacy policies.',
  'category.app.self_hosted_registered':
    'Data used by apps installed from the Marketplace, depending on what each app does. Third-party apps have their own privacy policies.',
  'category.app.self_hosted_unregistered': 'Without registration, apps are not installed through the vendor.',
  'category.app.community':
    'Data used by apps installed from the Marketplace, depending on what each app does. Third-party apps have their own privacy policies.',
  'category.content.cloud':
    'Everything entered in the hosted workspace. End-to-end encrypted content is stored only in encrypted form.',
  'category.content.self_hosted_registered':
    "Content stays on the operator's server. The one exception is content that passes through a vendor service, such as the text of a push notification sent through the gateway.",
  'category.content.self_hosted_unregistered': "Content stays on the operator's server.",
  'category.content.community': 'Everything entered on the community server.',
  'category.tracking.cloud': 'To measure how the services are used.',
  'category.tracking.self_hosted_registered':
    'To measure how the services used through the registration are consumed. There is no tracking inside the workspace.',
  'category.tracking.self_hosted_unregistered': 'No tracking by the vendor.',
  'category.tracking.community':
    'Activity on the community server is tracked, with Google Analytics among other tools, to improve the product.',

  // Appendices
  'appendix.cloud': 'Appendix 1, cloud offerings: how the vendor handles data in the workspaces it hosts.',
  'appendix.regulations':
    'Appendix 2, regulation framework: the privacy laws that may apply to you or your organisation.',
  'appendix.community': "Appendix 3, Open Server: the rules for the vendor's community workspace.",

  // Jurisdictions and rights
  'jurisdiction.gdpr': 'GDPR (European Union and EEA)',
  'jurisdiction.uk_gdpr': 'UK GDPR (United Kingdom)',
  'jurisdiction.ccpa': 'CCPA/CPRA (California)',
  'jurisdiction.lgpd': 'LGPD (Brazil)',
  'jurisdiction.us_state': 'Other US state law (Virginia, Colorado, Connecticut and similar)',
  'jurisdiction.other': 'Other or not sure',
  'right.access': 'Get a copy of your personal data',
  'right.rectification': 'Have wrong data corrected',
  'right.erasure': 'Have your data deleted',
  'right.restriction': 'Have the use of your data restricted',
  'right.portability': 'Receive your data in a portable format',
  'right.objection': 'Object to the use of your data',
  'right.automated_decision_review': 'Not be subject to decisions made only by automated means',
  'right.consent_withdrawal': 'Withdraw your consent at any time',
  'right.sale_opt_out': 'Opt out of the sale or sharing of your data',
  'right.sensitive_data_limit': 'Limit the use of your sensitive personal information',
  'right.non_discrimination': 'Not be treated worse for using these rights',
  'right.confirmation': 'Confirm whether your data is processed',
  'right.sharing_information': 'Know with whom your data is shared',
  'right.targeted_ads_opt_out': 'Opt out of targeted advertising, sale and profiling',
  'right.lgpd.rectification': 'Have incomplete, inaccurate or out-of-date data corrected',
  'right.lgpd.erasure':
    'Have unnecessary, excessive or unlawfully processed data anonymised, blocked or deleted, and data processed with your consent deleted',
  'right.lgpd.sharing_information': 'Know which public and private bodies your data is shared with',
  'right.lgpd.consent_withdrawal': 'Revoke your consent at any time',
  'right.ccpa.access':
    'Know what personal information is collected about you and how it is used, and get a copy (right to know)',
  'right.ccpa.erasure': 'Have personal information collected from you deleted (right to delete)',
  'right.ccpa.rectification': 'Have inaccurate personal information corrected (right to correct)',
  'deadline.answer': 'An answer is due within {duration} of receipt.',
  'deadline.none': 'This law sets no deadline for an answer.',
  'deadline.extension':
    'The deadline can be extended once by up to {duration}, if you are told why before it runs out.',
  'deadline.acknowledgement': 'Receipt of your request is confirmed within {duration}.',
  'deadline.optOut': 'An opt-out is honoured within {duration}.',
  'deadline.about':
    'Business days are counted Monday to Friday; public holidays count as business days here, so the legal date may be a day or two later.',
  'deadline.atOnce':
    'Withdrawing consent and objecting to direct marketing take effect as soon as the request is received; the deadline is then only the latest date for confirming it.',
  'jurisdiction.complaint':
    'If your request is refused, you are told why and may complain to a data protection supervisory authority.',
  'duration.days.one': '{n} day',
  'duration.days.other': '{n} days',
  'duration.business_days.one': '{n} business day',
  'duration.business_days.other': '{n} business days',
  'duration.months.one': '{n} month',
  'duration.months.other': '{n} months',

  // Contact and documents
  'contact.title': 'Privacy contact',
  'contact.dpo': 'Write to the Data Protection Officer at {email}.',
  'contact.noLinks': 'An administrator has not added links to the policy documents yet.',
  'contact.version': 'Policy version {version}, in effect since {date}.',
  'link.fullPolicy': 'Full privacy policy',
  'link.previousVersions': 'Previous versions',
  'link.subProcessors': 'Third-party processors',
  'link.lawEnforcement': 'Law enforcement guidelines',
  'link.security': 'Security practices',

  // Settings problems, sent to the admins
  'settings.rejected':
    'The Privacy Center setting *{setting}* was not changed: {problem} The value in force is still {current}.',
  'settings.empty': '(empty)',
  'setting.deployment_override': 'Workspace type',
  'setting.default_jurisdiction': 'Default data protection law',
  'setting.dpo_email': "Data Protection Officer's email",
  'setting.link_full_policy': 'Full privacy policy (link)',
  'setting.link_previous_versions': 'Previous versions of the policy (link)',
  'setting.link_sub_processors': 'Third-party processors (link)',
  'setting.link_law_enforcement': 'Law enforcement guidelines (link)',
  'setting.link_security': 'Security practices (link)',
  'setting.policy_version': 'Policy version',
  'setting.policy_effective_date': 'Policy effective date',
  'setting.admin_usernames': 'Admins to notify',
  'setting.apps_api_url': 'Workspace REST API address',
  'setting.apps_api_user_id': 'REST API user id',
  'setting.apps_api_token': 'Personal access token',
  'setting.apps_refresh_minutes': 'Refresh the app directory every (minutes)',
  'setting.admin_room': 'Room for privacy notices',
  'setting.handler_roles': 'Roles that handle privacy requests',
  'setting.due_alert_days': 'Alert about requests due within (days)',
  'setting.dsr_endpoint_url': 'Request endpoint URL',
  'setting.dsr_token': 'Request endpoint token',
  'setting.dsr_signing_secret': 'Request signing secret',
  'setting.dsr_callbacks_reachable': 'The endpoint can reach this workspace',
  'setting.dsr_allow_local_endpoint': 'Allow local endpoint addresses (development)',
  'setting.requests_per_day': 'Requests per user per day',
  'setting.retention_reduce_days': 'Reduce closed requests after (days)',
  'setting.retention_delete_days': 'Delete reduced requests after (days)',
  'setting.policy_updates_room': 'Room for policy updates',
  'setting.policy_what_changed': 'Policy update: what changed',
  'problem.not_https': 'a link must start with https:// (http:// is accepted only for localhost).',
  'problem.not_url': 'this is not a web address. Enter a full link such as https://example.com/privacy.',
  'problem.not_email': 'this is not an email address. Enter one such as privacy@example.com.',
  'problem.not_date': 'this is not a date. Write it as YYYY-MM-DD, for example 2023-10-20.',
  'problem.not_choice': 'this is not one of the offered choices.',
  'problem.too_long': 'the value is too long.',
  'problem.not_usernames': 'enter usernames separated by commas, such as alice, bob.',
  'problem.not_number': 'enter a whole number in the allowed range.',
  'problem.not_boolean': 'choose on or off.',
  'problem.internal_address':
    "this address points inside the server's own network (loopback, link-local, cloud metadata or a private range); the request endpoint must be a public https:// address. For a local test endpoint only, turn on *Allow local endpoint addresses (development)* first.",
  'problem.credentials_in_url':
    'the address holds a user name or password. Remove them from the address and put the token in the *Request endpoint token* setting.',
  'problem.not_roles':
    'enter role names separated by commas, such as admin, privacy-officer (letters, digits, -, _ and . only).',

  // Data-subject requests: /privacy request, status, cancel
  'help.cmd.request':
    '`/privacy request [what]`: ask for a copy of your data, a correction, deletion and more; say what in your words, e.g. `/privacy request delete`',
  'help.cmd.status': '`/privacy status [reference]`: follow your requests',
  'help.cmd.cancel': '`/privacy cancel <reference>`: cancel a request that is not finished',
  'help.cmd.mydata':
    '`/privacy mydata [delete]`: what this app stores about you, and deleting what no open request needs',
  'policy.fileRequest': 'File a request',
  'request.modal.title': 'Privacy request',
  'request.modal.intro':
    'Use your rights over your personal data. The request is sent to whoever holds that data; you can follow it with `/privacy status`.',
  'request.modal.law': 'Data protection law',
  'request.modal.type': 'What do you want?',
  'request.modal.typePlaceholder': 'Choose a request',
  'request.modal.categories': 'Which data?',
  'request.modal.categoriesPlaceholder': 'Choose the kinds of data',
  'request.modal.categoriesHint': 'Preselected for this kind of request; change it if you need to.',
  'request.modal.details': 'Details',
  'request.modal.detailsPlaceholder': 'What should be corrected, which period, anything that helps',
  'request.modal.detailsHint': 'At most {max} characters. Never write passwords or other secrets here.',
  'request.modal.identity': 'Who is asking',
  'request.modal.identityText':
    'The request is made in your name: {email}, user {workspace}. These come from your profile and cannot be changed here.',
  'request.modal.routing': 'Where it goes',
  'request.modal.addVendor': 'The vendor',
  'request.modal.addVendorOption':
    'Also send it to the vendor, because I use its other services (website, mobile apps, newsletter or a vendor account)',
  'request.modal.confirm': 'Confirmation',
  'request.modal.confirmOption': 'This request is about my own personal data',
  'request.modal.submit': 'Send request',
  'request.modal.cancel': 'Cancel',
  'request.type.access': 'A copy of my data',
  'request.type.portability': 'My data in a portable format',
  'request.type.erasure': 'Delete my data',
  'request.type.rectification': 'Correct my data',
  'request.type.restriction': 'Restrict the use of my data',
  'request.type.objection': 'Object to the use of my data',
  'request.type.consent_withdrawal': 'Withdraw my consent',
  'request.type.sale_opt_out': 'Do not sell or share my data',
  'request.type.sensitive_data_limit': 'Limit the use of my sensitive data',
  'request.type.automated_decision_review': 'Review an automated decision',
  'request.type.information': 'A question for the Data Protection Officer',
  'request.typeWords.access': 'access, copy',
  'request.typeWords.portability': 'portability, portable, export',
  'request.typeWords.erasure': 'delete, deletion, erase, erasure, remove, forget',
  'request.typeWords.rectification': 'correct, correction, rectify, rectification, fix',
  'request.typeWords.restriction': 'restrict, restriction',
  'request.typeWords.objection': 'object, objection',
  'request.typeWords.consent_withdrawal': 'withdraw, withdrawal, consent',
  'request.typeWords.sale_opt_out': 'opt-out, sale, sell, share',
  'request.typeWords.sensitive_data_limit': 'sensitive, limit',
  'request.typeWords.automated_decision_review': 'automated, decision, review',
  'request.typeWords.information': 'question, dpo, info, information',
  'request.typeHelp.access': 'You get the personal data held about you and how it is used.',
  'request.typeHelp.portability': 'You get the data you provided in a structured, machine-readable file.',
  'request.typeHelp.erasure': 'Your personal data is deleted, unless the law requires keeping it.',
  'request.typeHelp.rectification':
    'Wrong or incomplete data is corrected. Say in the details what is wrong.',
  'request.typeHelp.restriction': 'Your data is kept but not used while a question about it is settled.',
  'request.typeHelp.objection': 'Your data is no longer used for a purpose you object to, such as marketing.',
  'request.typeHelp.consent_withdrawal':
    'What you agreed to before, such as tracking or newsletters, stops from now on.',
  'request.typeHelp.sale_opt_out': 'Your data is not sold or shared for advertising from now on.',
  'request.typeHelp.sensitive_data_limit':
    'Your sensitive personal information is used only for what is strictly needed.',
  'request.typeHelp.automated_decision_review':
    'A person reviews a decision about you that was made only by automated means.',
  'request.typeHelp.information': 'Ask anything about how your data is handled. No legal deadline applies.',
  'request.categories.none': 'no particular data',
  'request.status.queued': 'waiting to be sent',
  'request.status.delivered': 'received by the vendor',
  'request.status.in_progress': 'being handled',
  'request.status.completed': 'completed',
  'request.status.rejected': 'refused',
  'request.status.cancelled': 'cancelled',
  'request.status.failed': 'could not be delivered',
  'routing.vendor.vendor_hosts': 'To the vendor, which hosts this workspace and so holds all its data.',
  'routing.vendor.vendor_runs_community': 'To the vendor, which runs this community server.',
  'routing.vendor.registered_services': 'To the vendor, for the data it holds through the registration.',
  'routing.vendor.user_added':
    'To the vendor, because you said it holds data about you from its other services.',
  'routing.vendor.left_out':
    'Not to the vendor: it holds none of this data for this workspace. Tick the box below if it holds data about you from its other services.',
  'routing.vendor.not_sent': 'Not sent to the vendor: it holds none of this data for this workspace.',
  'routing.workspace.operator_copy':
    "To this workspace's operator too, who decides what happens with the workspace's data.",
  'routing.workspace.operator_holds':
    "To this workspace's operator, who holds your profile, messages, files and everything else stored here.",
  'routing.uncertain':
    'It is not known whether this workspace is registered with the vendor, so the request is routed as if it were.',
  'routing.data': 'It gets: {categories}.',
  'routing.admins.admins': 'The administrators were told.',
  'routing.admins.dpo_email':
    'No administrator could be told, so it was emailed to the Data Protection Officer ({email}).',
  'routing.admins.nobody':
    'No administrator could be told and the workspace could not send email: please write to the Data Protection Officer at {email} and quote {ref}.',
  'routing.admins.preview.admins': 'The administrators are told.',
  'routing.admins.preview.dpo_email':
    'No administrator is set up to be told, so it is emailed to the Data Protection Officer ({email}).',
  'request.receipt.title': '*Your privacy request {ref} was received.*',
  'request.receipt.asked': 'Request: {type}, under {jurisdiction}.',
  'request.receipt.data': 'Data: {categories}.',
  'request.receipt.follow':
    'Follow it with `/privacy status {ref}`, or cancel it with `/privacy cancel {ref}`.',
  'request.due': 'An answer is due by {date}.',
  'request.dueAbout':
    'An answer is due by about {date} (business days, counted Monday to Friday; public holidays count as business days here, so the legal date may be a day or two later).',
  'request.dueAtOnce':
    'This takes effect as soon as the request is received; {date} is the latest date for confirming it.',
  'request.dueDirectMarketing':
    'An objection to direct marketing takes effect as soon as the request is received; for other uses of the data an answer is due by {date}.',
  'request.noDeadline': 'No legal deadline applies to this request.',
  'request.acknowledgeBy': 'Receipt is to be confirmed by {date}.',
  'request.unverifiedEmail':
    'Your email address is not verified, so you may be asked to confirm that the request is yours.',
  'request.changed': 'Your privacy request {ref} ({type}) is now: *{status}*.',
  'request.reason.vendor': "The vendor's reason, in its own words: {reason}",
  'request.results': 'Results: {url}',
  'operator.dm.taken':
    "Your privacy request {ref} ({type}) is now being handled by this workspace's operator.",
  'operator.dm.dueBy': 'They must answer by {date}.',
  'operator.dm.extended':
    "This workspace's operator has extended the deadline of your privacy request {ref} ({type}) to {date}, as the law allows.",
  'operator.dm.reasons': 'Their reasons:',
  'operator.dm.answered.done':
    "This workspace's operator has answered your privacy request {ref} ({type}): done.",
  'operator.dm.answered.partly_done':
    "This workspace's operator has answered your privacy request {ref} ({type}): partly done.",
  'operator.dm.answered.refused':
    "This workspace's operator has answered your privacy request {ref} ({type}): refused.",
  'operator.dm.message': 'Their message:',
  'operator.dm.link': 'Your data: {link}',
  'operator.dm.linkLabel': 'download',
  'operator.dm.complaint':
    'If you disagree, you have the right to complain to a data protection supervisory authority.',
  'request.complaint': 'If you disagree, you may complain to a data protection supervisory authority.',
  'request.failed.contact': 'Please write to the Data Protection Officer at {email} and quote {ref}.',
  'request.cancelRequested':
    'Cancellation of {ref} was asked for. You will get a message when it is confirmed.',
  'request.limit':
    'You have filed {limit} requests in the last 24 hours, the most allowed. Please try again later, or write to the Data Protection Officer at {email}.',
  'request.limitUntil':
    'You have filed {limit} requests in the last 24 hours, the most allowed. You can file the next one from {time}. Until then, you can write to the Data Protection Officer at {email}.',
  'request.limitBusy':
    'Another of your requests was being filed at the same moment, so this one was not filed. Please press “Send request” again.',
  'request.typeUnknown': '“{input}” is not a kind of request I know. You can write: {words}.',
  'request.typeDidYouMean': 'Did you mean `/privacy request {suggestion}`?',
  'form.error.notOpened':
    'This form was not opened by you, or it was already sent. Nothing was filed. Run `/privacy request` to open a new one.',
  'request.emailed':
    'No request endpoint is set up, so your request was emailed to the Data Protection Officer ({email}).',
  'request.emailedNotInForce':
    'The request endpoint set up for this workspace cannot be used at the moment, so your request was emailed to the Data Protection Officer ({email}).',
  'form.error.jurisdiction': 'Choose the data protection law that applies to you.',
  'form.error.type': 'Choose what you want.',
  'form.error.typeNotInJurisdiction': 'This request is not offered under the chosen law. Choose another one.',
  'form.error.categories': 'Choose at least one kind of data.',
  'form.error.detailsTooLong': 'The details are too long. Shorten them to 2000 characters.',
  'form.error.detailsNeeded': 'Say in the details what this is about.',
  'form.error.confirm': 'Confirm that the request is about your own data.',
  'form.error.noEmail':
    'Your profile has no email address, which the request needs. Add one in your account settings, then try again.',
  'form.error.apps': 'Choose only apps from the list.',
  'request.modal.apps': 'Apps this is about',
  'request.modal.appsPlaceholder': 'Choose installed apps (optional)',
  'request.modal.appsHint': 'Each app has its own privacy policy; see `/privacy apps`.',
  'request.receipt.apps': 'Apps: {apps}.',
  'apps.app.request': 'File a request about this app',
  'status.title': '*Your privacy requests*',
  'status.line': '`{ref}` {type}: {status}, due {due}',
  'status.noDue': 'no deadline',
  'status.lineAtOnce': '`{ref}` {type}: {status}, in effect on receipt, to be confirmed by {due}',
  'status.more': 'and {count} older ones.',
  'status.hint': 'Details and history: `/privacy status <reference>`.',
  'status.none': 'You have not filed any privacy request. Use `/privacy request` to file one.',
  'status.notFound': 'You have no request {ref}. Your requests are listed by `/privacy status`.',
  'status.badReference': '`{input}` is not a request reference. A reference looks like PR-1A2B3C4D.',
  'status.detail.title': '*Request {ref}*: {status}',
  'status.operatorDue': "This workspace's operator extended its deadline to {date}.",
  'status.operator.taken': "{date}: taken up by this workspace's operator",
  'status.operator.extended': "{date}: deadline extended by this workspace's operator to {due}",
  'status.operator.answered': '{date}: {status}',
  'status.operator.withdrawn': "{date}: withdrawn from this workspace's operator",
  'status.detail.history': '*History*',
  'status.history': '{date}: {status}, {source}',
  'history.source.submit': 'filed by you',
  'history.source.delivery': 'delivery to the vendor',
  'history.source.poll': 'status check',
  'history.source.callback': 'message from the vendor',
  'history.source.admin': 'an administrator',
  'history.source.user': 'you',
  'history.reason.emailed_to_dpo': 'sent to the Data Protection Officer by email',
  'history.reason.no_endpoint_no_email':
    'no request endpoint is set up and the workspace could not send email',
  'history.reason.undeliverable': "the vendor's request system could not be reached for 72 hours",
  'history.reason.passed_to_operator': "passed to this workspace's operator",
  'request.status.with_operator': "with this workspace's operator",
  'request.status.operator_waiting': "waiting for this workspace's operator to be told",
  'request.status.tracks': "the vendor's part: {vendor}; this workspace's part: {operator}",
  'request.status.operator_emailed': 'passed on by email to the Data Protection Officer',
  'request.status.operator_untold': 'nobody could be told: please write to the Data Protection Officer',
  'request.status.operator_in_progress': "being handled by this workspace's operator",
  'request.status.operator_answered_done': "answered by this workspace's operator: done",
  'request.status.operator_answered_partly_done': "answered by this workspace's operator: partly done",
  'request.status.operator_answered_refused': "answered by this workspace's operator: refused",
  'request.status.operator_withdrawn': 'withdrawn by you',
  'request.status.emailed': 'passed on by email to the Data Protection Officer',
  'request.handedOver':
    'Your privacy request {ref} ({type}) could not be taken in automatically, so it was passed on by email to the Data Protection Officer ({email}), who will answer you. You do not need to do anything.',
  'history.source.operator': "passing it to this workspace's operator",
  'history.reason.endpoint_refused_format': 'the request system could not take it in',
  'history.reason.no_admin_no_email': 'no administrator could be told and the workspace could not send email',
  'email.to': 'To',
  'email.cancelSubject': 'Privacy request {ref}: cancelled',
  'email.cancelText':
    'Hello,\n\nI withdraw my privacy request {ref}, which I sent you earlier. Please do not act on it.',
  'email.subjectLabel': 'Subject',
  'history.reason.given': 'reason given: {reason}',
  'history.reason.endpoint_refused': 'the request endpoint refused the request as invalid',
  'cancel.missingReference':
    'Write the reference of the request to cancel, for example `/privacy cancel PR-1A2B3C4D`.',
  'cancel.final': 'Request {ref} cannot be cancelled any more (status: {status}).',
  'email.subject': 'Privacy request {ref}: {type}',
  'email.subject.vendor': "Privacy request {ref}: {type} (the vendor's part)",
  'email.subject.workspace': "Privacy request {ref}: {type} (this workspace's part)",
  'email.part.vendor':
    "This part concerns the data the vendor holds; the data this workspace's operator holds is requested separately.",
  'email.part.workspace':
    "This part concerns the data this workspace's operator holds; the data the vendor holds is requested separately.",
  'email.greeting': 'Hello,',
  'email.intro': 'I would like to use my data protection rights. I am a user of the workspace {workspace}.',
  'email.field.reference': 'Reference',
  'email.field.type': 'Request',
  'email.field.law': 'Law',
  'email.field.data': 'Data',
  'email.field.user': 'User',
  'email.userGone': '(account no longer exists)',
  'email.field.submitted': 'Filed on',
  'email.field.due': 'Answer due by',
  'email.field.details': 'Details',
  'email.readyToSend': 'You can send the request yourself. Copy this email to {email}:',
  'admin.newRequest': 'New privacy request {ref}: {type}, under {jurisdiction}.',
  'admin.earlierRequest':
    'Request {ref} was filed on {date} with an earlier version of this app, which did not record whether you were told about it. Please check whether it has been answered.',
  'admin.cancelled':
    'Privacy request {ref} ({type}, under {jurisdiction}) was cancelled by the person who filed it.',
  'admin.operatorMustAnswer':
    'This workspace holds this data, so its operator must answer. Open `/privacy admin` to see who made the request and what they wrote, and to handle it.',
  'admin.dueAlert.title':
    '*Privacy requests this workspace must answer are due.* Open `/privacy admin` to handle them.',
  'admin.dueAlert.overdue': '*Overdue:*',
  'admin.dueAlert.dueSoon': '*Due within {days} days:*',
  'admin.dueAlert.line': '{ref}: {type}, under {jurisdiction}, due on {date}',
  'operator.refusal.final_state':
    'This request is closed (answered or withdrawn), and a closed request does not move any more.',
  'operator.refusal.law_allows_none':
    '{law} allows no extension: the answer is due within {period} of the request, on {date} at the latest.',
  'operator.refusal.no_deadline':
    'This request has no legal deadline (a question to the DPO, or no law with a deadline was chosen), so there is no date to extend.',
  'operator.refusal.too_late_to_extend':
    '{law} allows an extension only if the person is told, with the reasons, within the first period ({period}). That period ended on {date}, so the deadline can no longer be extended.',
  'operator.refusal.beyond_maximum':
    '{law} allows at most {extension} more after the original due date, so the latest possible date is {date}.',
  'operator.refusal.already_extended':
    '{law} allows one extension only, and this request has already been extended.',
  'operator.refusal.not_later': 'The new due date must be later than the current one, {date}.',
  'operator.refusal.not_taken':
    'Take the request first: only a request someone has taken can be extended or answered.',
  'operator.refusal.already_taken': 'Someone has already taken this request.',
  'operator.refusal.reasons_required':
    'Write the reasons: the person must be told why a request is refused or its deadline extended.',
  'operator.refusal.not_the_person': 'Only the person who made the request can withdraw it.',
  // The admin console: a request's page, its actions and their forms
  'console.request.title': 'Request {ref}',
  'console.request.heading': '*Request {ref}*: {type}, under {law}',
  'console.request.submitted': '*Submitted*: {date}',
  'console.request.due': '*Due*: {date}',
  'console.request.overdue': '*Due*: {date}, *overdue*',
  'console.request.noDue': '*Due*: no legal deadline',
  'console.request.person': '*Person*: @{username}, {name}, {email}',
  'console.request.personNoName': '*Person*: @{username}, {email}',
  'console.request.unverified': 'The email address is not verified.',
  'console.request.details': '*Details, as the person wrote them*:',
  'console.request.noDetails': 'The person wrote no details.',
  'console.request.vendorTrack': '*Vendor track*: {status}. Data: {categories}.',
  'console.request.vendorTrack.none': '*Vendor track*: none, the vendor holds none of the data asked about.',
  'console.request.vendorFailures': 'Delivery attempts that failed: {count}. Next attempt: {date}.',
  'console.request.operatorTrack': '*Workspace track*: {state}. Data: {categories}.',
  'console.request.operatorTrack.none':
    '*Workspace track*: none, this workspace holds none of the data asked about.',
  'console.request.takenBy': 'Taken by {who}.',
  'console.request.outcome': 'Outcome: {outcome}.',
  'console.request.history': '*History*',
  'console.request.unknownUser': 'a former user',
  'console.operator.state.new': 'new, nobody has taken it yet',
  'console.operator.state.in_progress': 'in progress',
  'console.operator.state.answered': 'answered',
  'console.operator.state.withdrawn': 'withdrawn by the person',
  'console.operator.outcome.done': 'done',
  'console.operator.outcome.partly_done': 'partly done',
  'console.operator.outcome.refused': 'refused',
  'console.source.submit': 'filed by the person',
  'console.source.delivery': 'delivery to the vendor',
  'console.source.poll': 'status check at the vendor',
  'console.source.callback': 'message from the vendor',
  'console.source.admin': 'an administrator',
  'console.source.user': 'the person',
  'console.history.status': '{date}: {status} ({source})',
  'console.history.take': '{date}: workspace track taken by {who}',
  'console.history.extend': '{date}: due date extended to {due} by {who}, reasons:',
  'console.history.answer': '{date}: answered by {who}, outcome: {outcome}',
  'console.history.note': '{date}: *internal note* by {who} (the person does not see it):',
  'console.history.withdraw': '{date}: withdrawn by the person',
  'console.history.link': 'Link given to the person: {link}',
  'console.action.take': 'Take',
  'console.action.extend': 'Extend',
  'console.action.answer': 'Answer',
  'console.action.note': 'Add note',
  'console.action.retry': 'Retry vendor delivery now',
  'console.action.resend': 'Resend confirmation',
  'console.action.back': 'Back to the list',
  'console.action.close': 'Close',
  'console.notice.told': 'Done. The person was told by direct message.',
  'console.notice.notTold': 'Done, but the person could not be told: their account no longer exists.',
  'console.notice.noted': 'Note added. The person does not see it.',
  'console.notice.refused': 'Not done: {reason}',
  'console.notice.retried': 'The vendor delivery is due now: the outbox tries it again in a moment.',
  'console.notice.nothingToRetry': 'No vendor delivery of this request is waiting in the outbox.',
  'console.notice.resent': 'The confirmation was sent to @{username} again.',
  'console.notice.notResent':
    'The confirmation could not be sent: the account of the person who filed the request no longer exists.',
  'console.notFound.title': 'Request not found',
  'console.notFound':
    'This request could not be found. It may have been filed with an earlier version of the app.',
  'console.form.extend.title': 'Extend the deadline',
  'console.form.extend.intro': 'Request {ref}, due {date}. The person is told the new date and your reasons.',
  'console.form.extend.due': 'New due date',
  'console.form.extend.reasons': 'Reasons (the person reads them)',
  'console.form.extend.submit': 'Extend',
  'console.form.answer.title': 'Answer the request',
  'console.form.answer.intro': 'Request {ref}. The person is told the outcome, your message and the link.',
  'console.form.answer.outcome': 'Outcome',
  'console.form.answer.outcomePlaceholder': 'Choose the outcome',
  'console.form.answer.message': 'Message to the person (required for a refusal)',
  'console.form.answer.link': 'Link to the data (optional, an https:// address)',
  'console.form.answer.submit': 'Send the answer',
  'console.form.note.title': 'Add an internal note',
  'console.form.note.intro': 'Request {ref}. Only the people who handle requests see notes.',
  'console.form.note.text': 'Note',
  'console.form.note.submit': 'Add note',
  'console.form.cancel': 'Cancel',
  'console.error.required': 'Fill in this field.',
  'console.error.tooLong': 'Write at most {max} characters.',
  'console.error.date': 'Choose a date.',
  'console.error.outcome': 'Choose an outcome.',
  'console.error.link':
    'Enter a complete https:// address, for example https://files.example.org/export.zip, or leave the field empty.',
  'console.error.gone': 'This request can no longer be found.',
  'console.error.noWorkspaceTrack': 'This request has no workspace track: only the vendor answers it.',
  'admin.unauthorized':
    "The request endpoint refused the app's credentials. Requests wait in the outbox until the token or signing secret is corrected in the Privacy Center settings.",
  'admin.endpointNotInForce':
    'The address in the setting *{setting}* is not used: {problem} Until it is corrected, new requests are emailed to the Data Protection Officer, and the status of requests already delivered is not read.',
  'admin.malformed':
    'The request endpoint refused request {ref} as malformed (HTTP 400), so it was not delivered. The endpoint said: {reason}. Check the request endpoint settings, or tell the vendor.',
  'admin.malformed.emailed': 'The request was emailed to the Data Protection Officer ({email}) instead.',
  'admin.malformed.notEmailed':
    'The workspace could not send email, so the user was given a ready-to-send email to the Data Protection Officer ({email}).',
  'admin.malformed.nobody':
    "The workspace could not send email, and the user's account no longer exists, so the request reached nobody. Please pass it on to the Data Protection Officer ({email}) yourselves.",
  'admin.vendorGets': 'The vendor gets: {categories}.',
  'admin.deadLetter':
    'Request {ref} could not be delivered for 72 hours (last error: {reason}) and was handed over by email or to the user. Check the request endpoint settings.',

  // Errors
  'error.noView':
    'This client cannot open the policy view. Try `/privacy contact`, or run the command again from the Rocket.Chat web or desktop app.',
  'error.internal':
    'Something went wrong on our side. Please try again. If it keeps happening, give your administrator this reference: {ref}.',

  // /privacy apps
  'help.cmd.apps':
    '`/privacy apps`: the apps installed here, what data each one can touch, and their privacy policies',
  'apps.title': 'Installed apps',
  'apps.close': 'Close',
  'apps.intro':
    'These apps are installed in this workspace. Each one can touch only what its permissions allow. Apps that can send data out of the workspace and read messages come first.',
  'apps.filter.label': 'Search',
  'apps.filter.placeholder': 'App name, author or kind of data',
  'apps.category.placeholder': 'Kind of data',
  'apps.category.all': 'All kinds of data',
  'apps.refresh': 'Refresh',
  'apps.count': 'Showing {shown} of {total} installed apps.',
  'apps.count.capped':
    'Showing the first {shown} of {matching} matching apps ({total} installed). Narrow the search to see the others.',
  'apps.none': 'No app is installed in this workspace.',
  'apps.noMatch': 'No app matches this search.',
  'apps.updated': 'List read {age}.',
  'apps.stale': 'It is being read again in the background: press Refresh in a moment for the new list.',
  'apps.age.now': 'just now',
  'apps.age.minutes.one': '{n} minute ago',
  'apps.age.minutes.other': '{n} minutes ago',
  'apps.age.hours.one': '{n} hour ago',
  'apps.age.hours.other': '{n} hours ago',
  'apps.age.days.one': '{n} day ago',
  'apps.age.days.other': '{n} days ago',
  'apps.app.by': 'by {author}',
  'apps.app.enabled': 'Enabled',
  'apps.app.disabled': 'Disabled',
  'apps.app.marketplace': 'From the Marketplace',
  'apps.app.private': 'Private upload, not from the Marketplace',
  'apps.privacy.heading': '*Privacy policy*',
  'apps.privacy.summaryNote':
    'The author’s own words from the Marketplace, usually in English; not translated.',
  'apps.privacy.link': 'Read the privacy policy',
  'apps.privacy.noLink': 'The Marketplace lists no link to the full policy.',
  'apps.privacy.none': '*No privacy policy published.* Ask the author:',
  'apps.privacy.unknown':
    "*The Marketplace could not be read*, so this app's privacy policy is not shown. The author:",
  'apps.author.homepage': 'Homepage',
  'apps.author.support': 'Support',
  'apps.author.noContact': 'The author gave no homepage or support contact.',
  'apps.permissions.heading': '*What it can touch*',
  'apps.permissions.default':
    '*What it can touch*: this app declares no permissions, so the apps engine gives it its broad default set.',
  'apps.permissions.none':
    '*What it can touch*: nothing. This app declares an empty list of permissions, so the apps engine gives it none.',
  'apps.risk.high': 'high risk',
  'apps.risk.medium': 'medium risk',
  'apps.risk.low': 'low risk',
  'apps.permission.unknown': '`{name}`, a permission the Privacy Center does not know',
  'apps.data.outside': 'Data leaving the workspace',
  'apps.data.messages': 'Messages',
  'apps.data.files': 'Files',
  'apps.data.people': 'People and accounts',
  'apps.data.omnichannel': 'Omnichannel visitors and conversations',
  'apps.data.rooms': 'Rooms',
  'apps.data.calls': 'Video calls',
  'apps.data.workspace': 'Workspace settings',
  'apps.data.features': 'The app’s own features',
  'apps.data.unknown': 'Other permissions',
  'permission.networking': 'can send data to, and fetch data from, any address outside the workspace',
  'permission.outbound-communication.provide':
    'can send messages to people outside the workspace, for example by SMS or email',
  'permission.email.send': 'sends emails from the workspace',
  'permission.cloud.workspace-token': "uses the workspace's registration to call the vendor's cloud services",
  'permission.message.read': 'reads messages',
  'permission.threads.read': 'reads threads',
  'permission.moderation.read': 'reads reported messages and moderation reports',
  'permission.message.write': 'sends, changes and deletes messages',
  'permission.moderation.write': 'acts on reported messages',
  'permission.upload.read': 'reads uploaded files',
  'permission.upload.write': 'uploads files',
  'permission.user.write': 'creates, changes and deactivates user accounts',
  'permission.role.write': "changes people's roles, and so what they are allowed to do",
  'permission.user.read': 'reads profiles: names, usernames, email addresses, status',
  'permission.role.read': "reads people's roles",
  'permission.livechat-visitor.read': "reads Omnichannel visitors' details",
  'permission.livechat-message.read': 'reads Omnichannel conversations',
  'permission.contact.read': 'reads Omnichannel contacts',
  'permission.livechat-visitor.write': 'creates and changes Omnichannel visitors',
  'permission.livechat-message.write': 'sends messages in Omnichannel conversations',
  'permission.livechat-message.multiple': 'works on many Omnichannel messages at once',
  'permission.livechat-room.read': 'reads the details of Omnichannel conversations',
  'permission.livechat-room.write': 'opens, transfers and closes Omnichannel conversations',
  'permission.livechat-custom-fields.write': 'fills in custom fields about Omnichannel visitors',
  'permission.contact.write': 'creates and changes Omnichannel contacts',
  'permission.livechat-department.write': 'changes Omnichannel departments',
  'permission.livechat-department.read': 'reads Omnichannel departments',
  'permission.livechat-department.multiple': 'reads many Omnichannel departments at once',
  'permission.livechat-status.read': 'sees whether Omnichannel agents are available',
  'permission.room.system.view-all': 'sees every room, including private ones it is not a member of',
  'permission.room.read': 'reads room details and who is a member',
  'permission.room.write': 'creates, changes and deletes rooms',
  'permission.video-conference-provider': 'provides video calls, so call data passes through it',
  'permission.video-conference.read': 'reads the details of video calls',
  'permission.video-conference.write': 'starts and changes video calls',
  'permission.server-setting.write': "changes the workspace's settings",
  'permission.oauth-app.write': 'creates and changes OAuth apps, which can be given access to accounts',
  'permission.server-setting.read': "reads the workspace's settings",
  'permission.oauth-app.read': 'reads the OAuth apps set up in the workspace',
  'permission.env.read': 'reads details of the server it runs on',
  'permission.api': 'offers web addresses that services outside the workspace can call',
  'permission.experimental.default': 'uses experimental features of the apps engine',
  'permission.persistence': 'keeps its own data in the workspace database',
  'permission.scheduler': 'runs tasks on a schedule',
  'permission.slashcommand': 'adds slash commands',
  'permission.ui.interact': 'opens windows and forms',
  'permission.ui.registerButtons': 'adds buttons to the interface',
  'apps.notConfigured.title': '*The app directory is not set up yet.*',
  'apps.notConfigured.why':
    'Apps cannot see which other apps are installed, so the Privacy Center reads the list through the workspace\'s own REST API, signed in as a dedicated user without admin rights. An administrator needs to set these in Administration > Apps > Privacy Center > Settings, section "App directory":',
  'apps.notConfigured.baseUrl':
    '*Workspace REST API address*: the Site URL is not an https:// address (http:// is accepted only for localhost), so enter an address at which the server can reach itself.',
  'apps.notConfigured.userId': '*REST API user id*: the id of that dedicated user.',
  'apps.notConfigured.token': '*Personal access token*: a personal access token of that user.',
  'apps.error.unauthorized':
    "*The workspace refused the app's access token* (it answered 401 or 403). An administrator should check the *REST API user id* and *Personal access token* settings.",
  'apps.error.unreachable':
    "*The workspace's REST API could not be reached* (no answer in time, or a server error). If it keeps happening, an administrator can enter an internal address in the *Workspace REST API address* setting.",
  'apps.error.bad_answer':
    "*The workspace's REST API gave an answer the Privacy Center does not understand.* An administrator should check the *Workspace REST API address* setting.",
  'apps.error.lastGood': 'This is the list as it was read {age}.',
  'apps.error.nothing': 'There is no earlier list to show.',
  'apps.error.noView':
    'This client cannot open the app directory. Run `/privacy apps` again from the Rocket.Chat web or desktop app.',
  'apps.marketplace.failed':
    'The Marketplace could not be read, so privacy summaries may be missing or out of date.',

  // /privacy admin: the gate, and the request endpoint check
  'admin.refusal': 'This command is for the people who handle privacy requests in this workspace.',
  'admin.title': '*Privacy Center administration*: type `/privacy admin` followed by one of these:',
  'admin.cmd.test': '`/privacy admin test`: check the request endpoint settings, step by step',
  'admin.cmd.export':
    '`/privacy admin export`: the register of requests as a CSV file in your direct messages (`/privacy admin export full` adds what the person and the operators wrote)',
  'admin.export.message': 'The register of privacy requests on {date}: {count} requests.',
  'admin.export.messageFull':
    'The register of privacy requests on {date}: {count} requests, with what the people and the operators wrote. It holds personal data: keep it safe and delete it when you are done.',
  'admin.export.sent': 'The register of requests is in your direct messages: {file}.',
  'admin.export.failed':
    'The register could not be sent as a file (reference {ref}). Check that file uploads are allowed in this workspace.',
  'export.col.reference': 'Reference',
  'export.col.law': 'Law',
  'export.col.type': 'Type',
  'export.col.tracks': 'Tracks',
  'export.col.submitted': 'Filed on',
  'export.col.due': 'Due',
  'export.col.vendorState': 'Vendor state',
  'export.col.operatorState': 'Operator state',
  'export.col.outcome': 'Outcome',
  'export.col.details': 'Details',
  'export.col.operatorMessages': 'Operator messages',
  'admin.cmd.posture':
    '`/privacy admin posture`: where data goes from this workspace and what to change (`refresh` reads the settings again)',
  'admin.unknown': 'There is no `/privacy admin {input}`.',
  'admin.cmd.console':
    '`/privacy admin` with nothing after it: the register of every privacy request, to filter and open',
  'admin.cmd.help': '`/privacy admin help`: this list',
  'console.title': 'Privacy requests',
  'console.close': 'Close',
  'console.noView':
    'This client cannot open the console. Run `/privacy admin` again from the Rocket.Chat web or desktop app.',
  'console.counts':
    '*{total}* in all · received: {received} · in progress: {inProgress} · finished: {finished} · overdue: *{overdue}* · due within {days} days: {dueSoon}',
  'console.shown': 'Showing {from}–{to} of {matching} matching (page {page} of {pages})',
  'console.none': 'Nobody has filed a privacy request in this workspace yet.',
  'console.noMatch': 'No request matches these filters.',
  'console.filter.status': 'Status',
  'console.filter.status.any': 'Any status',
  'console.filter.overall': 'Overall: {stage}',
  'console.filter.operator': 'Operator: {state}',
  'console.filter.vendor': 'Vendor: {status}',
  'console.filter.track': 'Track',
  'console.filter.track.any': 'Every track',
  'console.filter.track.vendor': 'With a vendor track',
  'console.filter.track.operator': 'With an operator track',
  'console.filter.track.both': 'With both tracks',
  'console.filter.law': 'Law',
  'console.filter.law.any': 'Every law',
  'console.filter.type': 'Type',
  'console.filter.type.any': 'Every type',
  'console.filter.due': 'Due date',
  'console.filter.due.any': 'Any due date',
  'console.filter.due.overdue': 'Overdue',
  'console.filter.due.within': 'Due within {days} days',
  'console.stage.received': 'received',
  'console.stage.in_progress': 'in progress',
  'console.stage.finished': 'finished',
  'console.operator.new': 'new, nobody has taken it',
  'console.operator.in_progress': 'being worked on',
  'console.operator.answered': 'answered',
  'console.operator.withdrawn': 'withdrawn by the person',
  'console.row.vendor': 'Vendor: {status}',
  'console.row.operator': 'Operator: {state}',
  'console.row.due': 'Due {date}',
  'console.row.overdue': '*Overdue* since {date}',
  'console.row.noDue': 'No legal due date',
  'console.row.open': 'Open',
  'console.prev': 'Previous page',
  'console.next': 'Next page',
  'console.reset': 'Clear the filters',
  'check.title': '*Request endpoint check*',
  'check.step.url': 'An endpoint URL is set and in force',
  'check.step.https': 'The address uses https (or a local address allowed for development)',
  'check.step.reachable': 'The address answers',
  'check.step.token': 'The endpoint accepts the token',
  'check.ok': 'ok',
  'check.failed': 'failed',
  'check.skipped': 'not checked, an earlier step failed',
  'check.fix.url.missing': 'Enter the base URL of the endpoint in the setting *{setting}*.',
  'check.fix.url.invalid': 'The value of *{setting}* is not in force: {problem}',
  'check.fix.https.not_https': 'Enter an https:// address in the setting *{setting}*.',
  'check.fix.https.internal_address':
    "The address is inside the server's network. Enter the endpoint's public https:// address in *{setting}*, or, for a test endpoint only, turn on *{local}*.",
  'check.fix.reachable':
    'The address is unreachable ({reason}). Check the host name and port in the setting *{setting}*, and that this server can reach it.',
  'check.reason.timeout': 'no answer in time',
  'check.reason.refused': 'the connection was refused',
  'check.reason.reset': 'the connection was cut',
  'check.reason.other': 'the name could not be resolved or no connection could be made',
  'check.fix.token.refused':
    'The endpoint refused the token (it answered {status}). Enter the token the vendor gave you in the setting *{setting}*.',
  'check.fix.token.contract':
    'The endpoint does not follow the contract: reading the status of an unknown request must answer 404, and it answered {status} {answer}. Check that *{setting}* is the base address of the endpoint, or ask the vendor.',
  'check.fix.token.unavailable':
    'The endpoint is failing right now (it answered {status}): the settings may be right. Run the check again later; if it keeps failing, ask the vendor.',
  'check.fix.token.rate_limited':
    'The endpoint asks to slow down (it answered {status}): run the check again in a few minutes.',
  'check.fix.token.rate_limited_for':
    'The endpoint asks to slow down (it answered {status}): run the check again in {seconds} seconds.',
  'check.emptyAnswer': '(with nothing in the body)',
  'check.allOk': 'Every step passed: the endpoint is ready for requests.',
  // Policy updates (issue 13)
  'policyUpdate.title': '*The privacy policy changes: version {version}, in effect from {date}*',
  'policyUpdate.whatChanged': 'What changed:',
  'policyUpdate.fullPolicy': 'The full policy: {link}',
  'policyUpdate.ackButton': 'I have read it',
  'policyUpdate.ackHint': 'This notice comes back once a day until you say you have read it.',
  'policyUpdate.acknowledged':
    'Thank you: your reading of version {version} ({date}) is recorded. `/privacy status` lists what you have read.',
  'policyUpdate.notAnnounced':
    'This notice is about a version that is no longer the one in force; nothing was recorded.',
  'status.policyReceipts': 'Policy versions you have read: {list}.',
  'status.policyReceipt': '{version} ({date}), on {at}',
  // What the app stores about a person (issue 13)
  'mydata.title': '*What Privacy Center stores about you*',
  'mydata.where':
    "It is kept in this workspace's database, in the app's own storage. Only you see this list; the people who handle privacy requests see your requests.",
  'mydata.requests': '*Your requests*: {count}',
  'mydata.request': '`{ref}` {type} ({law}): {status}; filed on {submitted}, due {due}; e-mail {email}',
  'mydata.request.wrote': 'You wrote:',
  'mydata.request.noText': 'You wrote no text.',
  'mydata.drafts': '*Request forms opened and not sent*: {count}',
  'mydata.draft': '{type} ({law}), opened on {at}',
  'mydata.law': '*The law you picked in the policy view*: {law}',
  'mydata.appsFilter': '*Your search in the app directory*: {filter}',
  'mydata.notices': '*When a policy notice was shown to you*: {list}',
  'mydata.notice': 'version {version}, first on {first}, last on {last}',
  'mydata.claims': '*Daily-limit entries (one per request you filed)*: {count}',
  'mydata.deleteHint':
    '`/privacy mydata delete` deletes what no open request needs: forms not sent, the law you picked, your directory search, when notices were shown, and daily-limit entries older than a day.',
  'mydata.keptNote':
    'Your requests stay: they are the record of how your request was handled; once finished, the retention settings reduce and later delete them. Your policy acknowledgements stay too: they are your record that you were informed of the policy.',
  'mydata.deleted.title': '*Deleted*:',
  'mydata.deleted.drafts': 'request forms not sent: {count}',
  'mydata.deleted.law': 'the law you picked',
  'mydata.deleted.appsFilter': 'your search in the app directory',
  'mydata.deleted.notices': 'records of policy notices shown: {count}',
  'mydata.deleted.claims': 'daily-limit entries older than a day: {count}',
  'mydata.deleted.nothing':
    'There was nothing to delete: everything stored is needed or is kept for the reasons below.',
  'mydata.deleted.kept':
    'Kept: open requests {open}, finished requests {finished}, policy acknowledgements {acks}, daily-limit entries still counted {claims}.',
  // Before the app is uninstalled (issue 13)
  'uninstall.handOver.title': '*Privacy Center is being uninstalled: request {ref} was not delivered*',
  'uninstall.handOver.todo':
    "Nobody can send it once the app is gone. Please send it by hand to {email}, with the text below, and delete this message once it is sent: it carries the person's details only because this is the last chance to hand the request over.",
  'admin.cmd.acks':
    '`/privacy admin acks`: how many of how many active users acknowledged each policy version (`/privacy admin acks export`: who and when, as a CSV file)',
  'admin.acks.title': '*Policy acknowledgements*',
  'admin.acks.line': 'Version {version} ({date}): {acknowledged} of {active} active users',
  'admin.acks.col.version': 'Version',
  'admin.acks.col.effective': 'Effective date',
  'admin.acks.col.username': 'Username',
  'admin.acks.col.acknowledged': 'Acknowledged at',
  'admin.acks.exportMessage':
    'Who acknowledged which policy version: {count} acknowledgements. It holds personal data: keep it safe and delete it when you are done.',
  'admin.acks.exported': 'The list of acknowledgements is in your direct messages: {file}.',
  'admin.acks.exportFailed':
    'The list could not be sent as a file (reference {ref}). Check that file uploads are allowed in this workspace.',
  'admin.acks.none': 'No policy update has been announced yet.',
  'admin.acks.note':
    'Active users: those who logged in or used `/privacy` since the update was announced, and those who acknowledged it from the announcement.',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
/**
 * A translation may lag behind English while it is written (the unit test
 * "has every key with the same placeholders" fails until it is complete); unknown keys do not compile.
 */
export type Translation = Partial<Messages>;
