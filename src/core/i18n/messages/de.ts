/**
 * German. Formal address ("Sie"); GDPR terms as in the German text of the DSGVO (Auskunft,
 * Berichtigung, Löschung, Einschränkung der Verarbeitung, Datenübertragbarkeit, Widerspruch,
 * Aufsichtsbehörde). Durations are nominative ("45 Tage"): sentences are built around them.
 */
import type { Translation } from './en';

export const de: Translation = {
  // /privacy help
  'help.title': '*Privacy Center*: Ihr Datenschutz in diesem Arbeitsbereich',
  'help.usage': 'Geben Sie `/privacy` gefolgt von einem dieser Befehle ein:',
  'help.cmd.policy':
    '`/privacy policy`: die Datenschutzerklärung, die für diesen Arbeitsbereich gilt, mit Ihren Rechten und den Fristen',
  'help.cmd.contact':
    '`/privacy contact`: wie Sie die oder den Datenschutzbeauftragte(n) erreichen, und die Dokumente zur Datenschutzerklärung',
  'help.cmd.help': '`/privacy help`: diese Liste',
  'help.cmd.admin': '`/privacy admin`: Werkzeuge für die Personen, die Datenschutzanträge bearbeiten',
  'help.unknown': 'Es gibt kein `/privacy {input}`.',
  'help.didYouMean': 'Meinten Sie `/privacy {suggestion}`?',

  // The policy view
  'policy.title': 'Datenschutzerklärung',
  'policy.close': 'Schließen',
  'policy.intro':
    'So gilt die Datenschutzerklärung von {vendor} für diesen Arbeitsbereich. Das hängt davon ab, wer den Arbeitsbereich betreibt und ob er beim Anbieter registriert ist.',
  'policy.workspace.heading': '*Ihr Arbeitsbereich*',
  'policy.categories.heading': '*Was der Anbieter hier verarbeitet*',
  'policy.categories.note.cloud':
    'Der Anbieter hostet diesen Arbeitsbereich. Ihr Profil, Ihre Nachrichten und Ihre Dateien hier verarbeitet er im Auftrag des Betreibers des Arbeitsbereichs, der darüber entscheidet. „Kontodaten“ meint das Konto beim Anbieter, mit dem der Arbeitsbereich registriert wurde.',
  'policy.categories.note.self_hosted_registered':
    'Ihr Profil, Ihre Nachrichten und Ihre Dateien in diesem selbst gehosteten Arbeitsbereich werden vom Betreiber des Arbeitsbereichs gespeichert, nicht vom Anbieter. „Kontodaten“ meint das Konto beim Anbieter, mit dem der Arbeitsbereich registriert wurde.',
  'policy.categories.note.self_hosted_unregistered':
    'Ihr Profil, Ihre Nachrichten und Ihre Dateien in diesem Arbeitsbereich werden vom Betreiber des Arbeitsbereichs gespeichert. Der Arbeitsbereich ist nicht registriert, daher erhält der Anbieter nichts davon.',
  'policy.categories.note.community':
    'Der Anbieter betreibt diesen Community-Server selbst und speichert daher Ihr Profil, Ihre Nachrichten und Ihre Dateien hier. „Kontodaten“ meint Ihr eigenes Konto auf dem Community-Server.',
  'policy.appendices.heading': '*Geltende Teile der Datenschutzerklärung*',
  'policy.jurisdiction.heading': '*Ihre Rechte*',
  'policy.jurisdiction.label': 'Datenschutzrecht',
  'policy.jurisdiction.placeholder': 'Wählen Sie das Recht, das für Sie gilt',
  'policy.jurisdiction.hint': 'Ihre Auswahl wird nur für Sie gespeichert.',
  'policy.contact.heading': '*Datenschutzbeauftragte(r)*',
  'policy.documents.heading': '*Dokumente zur Datenschutzerklärung*',

  // Where your data goes here (the data map), self-service paths, the admin's posture
  'map.heading': '*Wohin Ihre Daten hier gehen*',
  'map.intro':
    'Aus den Einstellungen dieses Workspaces gelesen: Außer dem Workspace selbst erhalten diese Stellen Daten über Sie.',
  'map.asOf': 'Einstellungen gelesen: {age}.',
  'map.notYet': 'Die App hat die Einstellungen noch nicht gelesen; sehen Sie in einer Minute wieder nach.',
  'map.vendor.heading': '*An den Anbieter ({vendor})*',
  'map.thirdParty.heading': '*An Dienste, die der Betreiber gewählt hat*',
  'map.none': 'Keine.',
  'map.off': 'Hier nicht im Einsatz: {names}.',
  'map.unknown': 'unbekannt: Die App konnte die Einstellungen, die darüber entscheiden, nicht lesen.',
  'map.unnamed': 'ein Dienst, den die App nicht benennen kann',
  'flow.push_gateway.name': 'Push-Benachrichtigungen aufs Handy',
  'flow.version_check.name': 'Versionsprüfung',
  'flow.nps.name': 'Zufriedenheitsumfrage (NPS)',
  'flow.invite_links.name': 'Einladungslinks',
  'flow.usage_statistics.name': 'Nutzungsstatistik',
  'flow.file_storage.name': 'Dateispeicher',
  'flow.sign_in.name': 'Anmeldedienste',
  'flow.translation.name': 'Automatische Übersetzung',
  'flow.analytics_google.name': 'Google Analytics',
  'flow.analytics_matomo.name': 'Matomo-Analyse',
  'flow.link_previews.name': 'Linkvorschauen',
  'flow.email_relay.name': 'E-Mail-Benachrichtigungen',
  'flow.calls.name': 'Anrufe',
  'flow.video.name': 'Videoanrufe',
  'flow.omnichannel_webhook.name': 'Omnichannel-Webhook',
  'flow.external_avatars.name': 'Externe Avatare',
  'flow.push_gateway.on':
    'Benachrichtigungen an Ihr Handy laufen über das Push-Gateway des Anbieters ({to}). Es erhält Ihr Geräte-Token, Ihre Benutzer-ID, die Adresse des Workspaces, ID und Art des Raums sowie {content}.',
  'flow.push.id_only':
    'nur eine Nachrichten-ID: Ihr Handy holt die Nachricht dann vom Workspace (sofern der Tarif des Workspaces das enthält; sonst {fallback})',
  'flow.push.text_and_names': 'die Namen von Absender und Raum und den Nachrichtentext',
  'flow.push.text_only': 'den Nachrichtentext (ohne Absender- und Raumnamen)',
  'flow.push.names_only': 'die Namen von Absender und Raum (nicht den Nachrichtentext)',
  'flow.push.neither': 'weder Namen noch Nachrichtentext',
  'flow.push.unknown':
    'möglicherweise Namen und Nachrichtentext (unbekannt: eine Einstellung war nicht lesbar)',
  'flow.version_check.on':
    'Einmal täglich sendet der Workspace dem Anbieter seine ID, Version, sein Betriebssystem und seine Installationsart; nichts über Sie.',
  'flow.nps.on':
    'Wenn Sie an der Zufriedenheitsumfrage teilnehmen, gehen Ihre Bewertung, Ihr Kommentar, Ihre Rollen und eine gehashte Benutzer-ID an den Anbieter.',
  'flow.invite_links.on': 'Einladungslinks laufen über die Link-Domain des Anbieters ({to}).',
  'flow.usage_statistics.usually':
    'In der Regel täglich gesendet: Anzahl der Benutzer, Räume und Nachrichten und wie Funktionen genutzt werden. Nur der Betreiber kann das abschalten, und die App kann nicht sehen, ob er es getan hat.',
  'flow.file_storage.on':
    'Dateien, die Sie hochladen, werden bei {to} gespeichert, nicht in der eigenen Datenbank oder auf der eigenen Festplatte des Workspaces.',
  'flow.sign_in.on':
    'Sie können sich mit {to} anmelden. Der Dienst sieht jede Anmeldung und schickt Ihre Profildaten an den Workspace.',
  'flow.sign_in.partly': 'Einige Anmeldedienste konnten nicht gelesen werden.',
  'flow.translation.on': 'Nachrichtentext wird zur automatischen Übersetzung an {to} gesendet.',
  'flow.analytics_google.on':
    'Der Web-Client wird von Google Analytics erfasst: Die Seiten, die Sie öffnen, und Angaben zu Ihrem Browser gehen an Google.',
  'flow.analytics_matomo.on':
    'Der Web-Client wird von Matomo ({to}) erfasst: Die Seiten, die Sie öffnen, und Angaben zu Ihrem Browser gehen dorthin.',
  'flow.link_previews.on':
    'Der Server ruft jeden Link in einer Nachricht ab, um eine Vorschau zu zeigen; die Website sieht den Server, nicht Sie.',
  'flow.email_relay.on': 'E-Mails an Sie gehen über den Mailserver {to} hinaus. {text}',
  'flow.email.with_text': 'Sie enthalten den Nachrichtentext.',
  'flow.email.without_text': 'Sie enthalten den Nachrichtentext nicht.',
  'flow.email.unknown': 'Ob sie den Nachrichtentext enthalten, ist unbekannt.',
  'flow.calls.on':
    'Anrufe kontaktieren zum Verbindungsaufbau diese Server ({to}); sie sehen Ihre IP-Adresse.',
  'flow.video.on': 'Videoanrufe laufen über den Dienst von {to}.',
  'flow.omnichannel_webhook.on': 'Omnichannel-Gespräche werden an {to} gesendet.',
  'flow.external_avatars.on': 'Avatare werden von {to} geladen.',
  'map.self.heading': '*Was Sie hier selbst tun können*',
  'map.self.none': 'Nichts davon geht hier ohne Antrag.',
  'self.download':
    'Ihre Daten herunterladen: *Mein Konto → Einstellungen → Meine Daten* („Meine Daten herunterladen“ oder „Meine Daten exportieren“). Die Datei kommt später.',
  'self.delete_account':
    'Ihr Konto löschen: *Mein Konto → Profil → Mein Konto löschen* (fragt nach Ihrem Passwort). {messages}',
  'self.messages.Keep': 'Ihre Nachrichten bleiben, unter Ihrem Namen.',
  'self.messages.Delete': 'Ihre Nachrichten werden mitgelöscht.',
  'self.messages.Unlink': 'Ihre Nachrichten bleiben, ohne Ihren Namen.',
  'self.messages.unknown': 'Was dann mit Ihren Nachrichten geschieht, ist unbekannt.',
  'self.delete_messages': 'Eigene Nachrichten löschen: im Menü jeder Nachricht.',
  'self.edit_profile': 'Ihr Profil berichtigen: *Mein Konto → Profil* ({fields}).',
  'self.edit_profile.some': 'Ihr Profil berichtigen: *Mein Konto → Profil*.',
  'self.field.real_name': 'Name',
  'self.field.username': 'Benutzername',
  'self.field.email': 'E-Mail-Adresse',
  'self.edit_messages': 'Eigene Nachrichten bearbeiten: im Menü jeder Nachricht.',
  'map.keeping.heading': '*Wie lange Nachrichten aufbewahrt werden*',
  'map.retention.off': 'Keine Aufbewahrungsrichtlinie ist aktiv: Nachrichten bleiben, bis jemand sie löscht.',
  'map.retention.unknown': 'Ob Nachrichten nach einem Höchstalter gelöscht werden, ist unbekannt.',
  'map.retention.room': '{room}: nach {days} Tagen gelöscht.',
  'map.retention.roomKept': '{room}: bleiben erhalten (die Aufbewahrungsrichtlinie gilt nicht für sie).',
  'map.retention.roomUnknown': '{room}: unbekannt.',
  'room.channels': 'Öffentliche Kanäle',
  'room.groups': 'Private Gruppen',
  'room.dms': 'Direktnachrichten',
  'map.e2e.on':
    'Ende-zu-Ende-verschlüsselte Räume sind verfügbar: Ihre Nachrichten werden nur verschlüsselt gespeichert, eine Kopie Ihrer Daten enthält sie also verschlüsselt.',
  'map.e2e.off': 'Ende-zu-Ende-Verschlüsselung ist hier abgeschaltet.',
  'map.e2e.unknown': 'Ob Ende-zu-Ende-Verschlüsselung verfügbar ist, ist unbekannt.',
  'request.self.heading': '*Das können Sie selbst tun*',
  'request.self.still': 'Sie können den Antrag unten trotzdem stellen.',
  'posture.title': '*Datenschutzlage dieses Workspaces*',
  'posture.asOf': 'Servereinstellungen gelesen: {age}. `/privacy admin posture refresh` liest sie neu.',
  'posture.notYet':
    'Die Servereinstellungen wurden noch nicht gelesen. `/privacy admin posture refresh` liest sie jetzt.',
  'posture.news':
    '*Neu in der Datenschutzlage dieses Workspaces* ({count}); `/privacy admin posture` zeigt alle Befunde:',
  'posture.none': 'Nichts zu ändern: kein Befund.',
  'posture.severity.high': 'Hoch',
  'posture.severity.medium': 'Mittel',
  'posture.severity.low': 'Niedrig',
  'posture.severity.info': 'Hinweis',
  'posture.settings': 'Einstellungen: {ids}',
  'finding.push_text_via_gateway': 'Nachrichtentext läuft über das Push-Gateway des Anbieters ({to}).',
  'finding.push_text_via_gateway.how':
    'Schalten Sie Push_show_message ab, oder (Enterprise-Tarif) Push_request_content_from_server ein, oder schalten Sie das Gateway ab (Push_enable_gateway; wirkt nach einem Neustart).',
  'finding.push_names_via_gateway':
    'Absender- und Raumnamen laufen über das Push-Gateway des Anbieters ({to}).',
  'finding.push_names_via_gateway.how':
    'Schalten Sie Push_show_username_room ab, oder (Enterprise-Tarif) Push_request_content_from_server ein.',
  'finding.web_analytics':
    'Der Web-Client wird von {to} erfasst; die Datenschutzerklärung des Anbieters, die Benutzer sehen, erwähnt das nicht.',
  'finding.web_analytics.how':
    'Schalten Sie die Erfassung ab, oder nennen Sie sie in Ihrer eigenen Datenschutzerklärung (Benutzer sehen sie unter „Wohin Ihre Daten hier gehen“).',
  'finding.translation': 'Nachrichten werden an einen Übersetzungsdienst gesendet ({to}).',
  'finding.translation.how':
    'Schalten Sie die automatische Übersetzung ab, oder sorgen Sie für einen Auftragsverarbeitungsvertrag mit dem Dienst.',
  'finding.email_text': 'E-Mail-Benachrichtigungen tragen Nachrichtentext über {to}.',
  'finding.email_text.how': 'Schalten Sie Email_notification_show_message ab.',
  'finding.cloud_files': 'Dateien liegen bei einem Cloud-Anbieter ({to}).',
  'finding.cloud_files.how':
    'Nennen Sie den Anbieter in Ihrem Verzeichnis von Verarbeitungstätigkeiten, oder speichern Sie Dateien in GridFS oder im Dateisystem.',
  'finding.no_self_delete':
    'Benutzer können ihr Konto nicht selbst löschen, daher braucht jeder Löschantrag einen Admin.',
  'finding.no_self_delete.how':
    'Schalten Sie Accounts_AllowDeleteOwnAccount ein und wählen Sie in Message_ErasureType, was mit den Nachrichten geschieht.',
  'finding.no_download':
    'Benutzer können ihre Daten nicht selbst herunterladen, daher braucht jeder Auskunftsantrag einen Admin.',
  'finding.no_download.how': 'Schalten Sie UserData_EnableDownload ein.',
  'finding.dms_not_retained': 'Direktnachrichten fallen nicht unter die Aufbewahrungsrichtlinie.',
  'finding.dms_not_retained.how':
    'Schalten Sie RetentionPolicy_AppliesToDMs ein, wenn auch sie nach einem Höchstalter gelöscht werden sollen.',
  'finding.settings_unread':
    'Die App konnte einige Einstellungen nicht lesen; wo sie entscheiden, steht in der Übersicht „unbekannt“.',
  'finding.settings_unread.how':
    'Prüfen Sie, ob die App Servereinstellungen lesen darf (Berechtigung server-setting.read).',

  // Deployment types and how they were found
  'deployment.type.cloud': 'Vom Anbieter gehostet (Cloud)',
  'deployment.type.self_hosted_registered': 'Selbst gehostet, beim Anbieter registriert',
  'deployment.type.self_hosted_unregistered': 'Selbst gehostet, nicht registriert',
  'deployment.type.community': 'Community-Server des Anbieters (Open Server)',
  'deployment.summary.cloud':
    'Der Anbieter betreibt diesen Arbeitsbereich auf seiner eigenen Infrastruktur. Alles, was hier eingegeben wird, verarbeitet der Anbieter daher im Auftrag des Betreibers des Arbeitsbereichs.',
  'deployment.summary.self_hosted_registered':
    'Dieser Arbeitsbereich wird von seinem Betreiber selbst betrieben. Weil er beim Anbieter registriert ist, verarbeitet der Anbieter die Daten, die für die über diese Registrierung genutzten Dienste nötig sind, etwa für Push-Benachrichtigungen.',
  'deployment.summary.self_hosted_unregistered':
    'Dieser Arbeitsbereich wird von seinem Betreiber eigenständig betrieben. Ein nicht registrierter Arbeitsbereich sendet dem Anbieter keine Daten, daher verarbeitet der Anbieter nichts daraus. Für die anderen Dienste des Anbieters, etwa seine Website und seine mobilen Apps, gilt seine Datenschutzerklärung trotzdem.',
  'deployment.summary.community':
    'Dies ist der eigene Community-Arbeitsbereich des Anbieters, in dem neue Funktionen erprobt werden. Der Anbieter verarbeitet, was hier eingegeben wird, und erfasst die Aktivität, unter anderem mit Google Analytics, um zu verstehen, wie das Produkt genutzt wird.',
  'deployment.source.admin_setting':
    'Ein Administrator hat diesen Typ in den Einstellungen der App festgelegt.',
  'deployment.source.site_url': 'Anhand der Adresse des Arbeitsbereichs ({host}) erkannt.',
  'deployment.source.registered':
    'Durch die Registrierungsprüfung vom {date} erkannt: Der Arbeitsbereich ist registriert.',
  'deployment.source.empty_token':
    'Durch die Registrierungsprüfung vom {date} erkannt: Der Arbeitsbereich scheint nicht registriert zu sein. Dieselbe Antwort kommt auch, wenn der Server den Anbieter nicht erreichen kann; ein Administrator kann den Typ daher in den Einstellungen der App festlegen.',
  'deployment.source.failed':
    'Die Registrierungsprüfung vom {date} ist fehlgeschlagen, daher ist nicht bekannt, ob dieser Arbeitsbereich registriert ist. Solange das nicht feststeht, geht diese Seite davon aus, dass er registriert ist, denn dann kann der Anbieter über einige Daten verfügen.',
  'deployment.source.no_permission':
    'Die App darf die Registrierung nicht prüfen, daher ist nicht bekannt, ob dieser Arbeitsbereich registriert ist. Diese Seite geht davon aus, dass er registriert ist, denn dann kann der Anbieter über einige Daten verfügen.',
  'deployment.source.not_checked':
    'Die Registrierung wurde noch nicht geprüft, daher ist nicht bekannt, ob dieser Arbeitsbereich registriert ist. Bis die Prüfung gelaufen ist, geht diese Seite davon aus, dass er registriert ist.',

  // Data categories
  'category.name.account': 'Kontodaten',
  'category.name.usage': 'Nutzungsdaten',
  'category.name.app': 'App-Daten',
  'category.name.content': 'Nachrichten, Dateien und andere Inhalte',
  'category.name.tracking': 'Tracking und Cookies',
  'processing.yes': 'Vom Anbieter verarbeitet',
  'processing.partly': 'Nur in einem Fall',
  'processing.no': 'Nicht vom Anbieter verarbeitet',
  'category.account.cloud': 'Das Konto beim Anbieter, mit dem der Arbeitsbereich registriert wurde.',
  'category.account.self_hosted_registered':
    'Das Konto beim Anbieter, mit dem der Arbeitsbereich registriert wurde.',
  'category.account.self_hosted_unregistered': 'Es gibt keine Registrierung, also auch keine Kontodaten.',
  'category.account.community': 'Ihr Konto auf dem Community-Server.',
  'category.usage.cloud': 'Wie der gehostete Arbeitsbereich genutzt wird.',
  'category.usage.self_hosted_registered':
    'Die Nutzung der Dienste, die mit der Registrierung verbunden sind, zum Beispiel Push-Benachrichtigungen über das Gateway des Anbieters.',
  'category.usage.self_hosted_unregistered':
    'Der Arbeitsbereich nutzt keinen Dienst des Anbieters, der Nutzungsdaten senden würde.',
  'category.usage.community': 'Wie der Community-Server genutzt wird.',
  'category.app.cloud':
    'Daten, die Apps aus dem Marketplace verwenden, je nachdem, was die jeweilige App tut. Apps von Drittanbietern haben eigene Datenschutzerklärungen.',
  'category.app.self_hosted_registered':
    'Daten, die Apps aus dem Marketplace verwenden, je nachdem, was die jeweilige App tut. Apps von Drittanbietern haben eigene Datenschutzerklärungen.',
  'category.app.self_hosted_unregistered':
    'Ohne Registrierung werden Apps nicht über den Anbieter installiert.',
  'category.app.community':
    'Daten, die Apps aus dem Marketplace verwenden, je nachdem, was die jeweilige App tut. Apps von Drittanbietern haben eigene Datenschutzerklärungen.',
  'category.content.cloud':
    'Alles, was im gehosteten Arbeitsbereich eingegeben wird. Ende-zu-Ende-verschlüsselte Inhalte werden nur verschlüsselt gespeichert.',
  'category.content.self_hosted_registered':
    'Inhalte bleiben auf dem Server des Betreibers. Die einzige Ausnahme sind Inhalte, die über einen Dienst des Anbieters laufen, etwa der Text einer Push-Benachrichtigung, die über das Gateway gesendet wird.',
  'category.content.self_hosted_unregistered': 'Inhalte bleiben auf dem Server des Betreibers.',
  'category.content.community': 'Alles, was auf dem Community-Server eingegeben wird.',
  'category.tracking.cloud': 'Um zu messen, wie die Dienste genutzt werden.',
  'category.tracking.self_hosted_registered':
    'Um zu messen, wie die über die Registrierung genutzten Dienste in Anspruch genommen werden. Innerhalb des Arbeitsbereichs gibt es kein Tracking.',
  'category.tracking.self_hosted_unregistered': 'Kein Tracking durch den Anbieter.',
  'category.tracking.community':
    'Die Aktivität auf dem Community-Server wird erfasst, unter anderem mit Google Analytics, um das Produkt zu verbessern.',

  // Appendices
  'appendix.cloud':
    'Anhang 1, Cloud-Angebote: wie der Anbieter mit Daten in den von ihm gehosteten Arbeitsbereichen umgeht.',
  'appendix.regulations':
    'Anhang 2, Rechtsrahmen: die Datenschutzgesetze, die für Sie oder Ihre Organisation gelten können.',
  'appendix.community': 'Anhang 3, Open Server: die Regeln für den Community-Arbeitsbereich des Anbieters.',

  // Jurisdictions and rights
  'jurisdiction.gdpr': 'DSGVO (Europäische Union und EWR)',
  'jurisdiction.uk_gdpr': 'UK GDPR (Vereinigtes Königreich)',
  'jurisdiction.ccpa': 'CCPA/CPRA (Kalifornien)',
  'jurisdiction.lgpd': 'LGPD (Brasilien)',
  'jurisdiction.us_state': 'Recht anderer US-Bundesstaaten (Virginia, Colorado, Connecticut und ähnliche)',
  'jurisdiction.other': 'Anderes Recht oder nicht sicher',
  'right.access': 'Auskunft über Ihre personenbezogenen Daten und eine Kopie davon erhalten',
  'right.rectification': 'Unrichtige Daten berichtigen lassen',
  'right.erasure': 'Ihre Daten löschen lassen',
  'right.restriction': 'Die Einschränkung der Verarbeitung Ihrer Daten verlangen',
  'right.portability': 'Ihre Daten in einem übertragbaren Format erhalten (Datenübertragbarkeit)',
  'right.objection': 'Der Verarbeitung Ihrer Daten widersprechen',
  'right.automated_decision_review':
    'Keiner Entscheidung unterworfen werden, die ausschließlich auf automatisierter Verarbeitung beruht',
  'right.consent_withdrawal': 'Ihre Einwilligung jederzeit widerrufen',
  'right.sale_opt_out': 'Dem Verkauf oder der Weitergabe Ihrer Daten widersprechen (Opt-out)',
  'right.sensitive_data_limit': 'Die Verwendung Ihrer sensiblen personenbezogenen Daten einschränken',
  'right.non_discrimination': 'Wegen der Ausübung dieser Rechte nicht benachteiligt werden',
  'right.confirmation': 'Eine Bestätigung erhalten, ob Ihre Daten verarbeitet werden',
  'right.sharing_information': 'Erfahren, an wen Ihre Daten weitergegeben werden',
  'right.targeted_ads_opt_out':
    'Zielgerichteter Werbung, dem Verkauf Ihrer Daten und Profiling widersprechen (Opt-out)',
  'right.lgpd.rectification': 'Unvollständige, unrichtige oder veraltete Daten berichtigen lassen',
  'right.lgpd.erasure':
    'Unnötige, übermäßige oder rechtswidrig verarbeitete Daten anonymisieren, sperren oder löschen lassen sowie die mit Ihrer Einwilligung verarbeiteten Daten löschen lassen',
  'right.lgpd.sharing_information':
    'Erfahren, mit welchen öffentlichen und privaten Stellen Ihre Daten geteilt werden',
  'right.lgpd.consent_withdrawal': 'Ihre Einwilligung jederzeit widerrufen',
  'right.ccpa.access':
    'Erfahren, welche personenbezogenen Informationen über Sie erhoben und wie sie verwendet werden, und eine Kopie erhalten (Recht auf Auskunft, „right to know“)',
  'right.ccpa.erasure':
    'Die bei Ihnen erhobenen personenbezogenen Informationen löschen lassen (Recht auf Löschung, „right to delete“)',
  'right.ccpa.rectification':
    'Unrichtige personenbezogene Informationen berichtigen lassen (Recht auf Berichtigung, „right to correct“)',
  'deadline.answer': 'Die Frist für die Antwort beträgt {duration} ab Eingang.',
  'deadline.none': 'Dieses Gesetz sieht keine Frist für die Antwort vor.',
  'deadline.extension':
    'Die Frist kann einmal um bis zu {duration} verlängert werden, wenn Ihnen die Gründe vor ihrem Ablauf mitgeteilt werden.',
  'deadline.acknowledgement':
    'Die Frist für die Bestätigung, dass Ihr Antrag eingegangen ist, beträgt {duration}.',
  'deadline.optOut': 'Die Frist für die Umsetzung eines Opt-outs beträgt {duration}.',
  'deadline.about':
    'Arbeitstage werden von Montag bis Freitag gezählt; Feiertage zählen hier als Arbeitstage, daher kann die gesetzliche Frist ein oder zwei Tage später enden.',
  'deadline.atOnce':
    'Der Widerruf einer Einwilligung und der Widerspruch gegen Direktwerbung wirken, sobald der Antrag eingegangen ist; die Frist ist dann nur der späteste Termin für die Bestätigung.',
  'jurisdiction.complaint':
    'Wird Ihr Antrag abgelehnt, erfahren Sie die Gründe und können Beschwerde bei einer Datenschutz-Aufsichtsbehörde einlegen.',
  'duration.days.one': '{n} Tag',
  'duration.days.other': '{n} Tage',
  'duration.business_days.one': '{n} Arbeitstag',
  'duration.business_days.other': '{n} Arbeitstage',
  'duration.months.one': '{n} Monat',
  'duration.months.other': '{n} Monate',

  // Contact and documents
  'contact.title': 'Datenschutzkontakt',
  'contact.dpo': 'Sie erreichen die oder den Datenschutzbeauftragte(n) per E-Mail unter {email}.',
  'contact.noLinks':
    'Ein Administrator hat noch keine Links zu den Dokumenten der Datenschutzerklärung hinzugefügt.',
  'contact.version': 'Version {version} der Datenschutzerklärung, in Kraft seit dem {date}.',
  'link.fullPolicy': 'Vollständige Datenschutzerklärung',
  'link.previousVersions': 'Frühere Versionen',
  'link.subProcessors': 'Unterauftragsverarbeiter',
  'link.lawEnforcement': 'Richtlinien für Anfragen von Strafverfolgungsbehörden',
  'link.security': 'Sicherheitsmaßnahmen',

  // Settings problems, sent to the admins
  'settings.rejected':
    'Die Einstellung *{setting}* des Privacy Center wurde nicht geändert: {problem} Es gilt weiterhin der Wert {current}.',
  'settings.empty': '(leer)',
  'setting.deployment_override': 'Typ des Arbeitsbereichs',
  'setting.default_jurisdiction': 'Voreingestelltes Datenschutzrecht',
  'setting.dpo_email': 'E-Mail-Adresse der oder des Datenschutzbeauftragten',
  'setting.link_full_policy': 'Vollständige Datenschutzerklärung (Link)',
  'setting.link_previous_versions': 'Frühere Versionen der Datenschutzerklärung (Link)',
  'setting.link_sub_processors': 'Unterauftragsverarbeiter (Link)',
  'setting.link_law_enforcement': 'Richtlinien für Anfragen von Strafverfolgungsbehörden (Link)',
  'setting.link_security': 'Sicherheitsmaßnahmen (Link)',
  'setting.policy_version': 'Version der Datenschutzerklärung',
  'setting.policy_effective_date': 'Inkrafttreten der Datenschutzerklärung',
  'setting.admin_usernames': 'Zu benachrichtigende Administratoren',
  'setting.apps_api_url': 'REST-API-Adresse des Arbeitsbereichs',
  'setting.apps_api_user_id': 'Benutzer-ID für die REST-API',
  'setting.apps_api_token': 'Persönlicher Zugangsschlüssel',
  'setting.apps_refresh_minutes': 'App-Verzeichnis aktualisieren alle (Minuten)',
  'setting.admin_room': 'Raum für Datenschutzbenachrichtigungen',
  'setting.handler_roles': 'Rollen, die Datenschutzanträge bearbeiten',
  'setting.due_alert_days': 'Auf Anträge hinweisen, die fällig werden in (Tagen)',
  'setting.dsr_endpoint_url': 'URL des Endpunkts für Anträge',
  'setting.dsr_token': 'Token des Endpunkts für Anträge',
  'setting.dsr_signing_secret': 'Signaturgeheimnis für Anträge',
  'setting.dsr_callbacks_reachable': 'Der Endpunkt kann diesen Arbeitsbereich erreichen',
  'setting.dsr_allow_local_endpoint': 'Lokale Endpunktadressen erlauben (Entwicklung)',
  'setting.requests_per_day': 'Anträge pro Benutzer und Tag',
  'setting.retention_reduce_days': 'Abgeschlossene Anträge reduzieren nach (Tagen)',
  'setting.retention_delete_days': 'Reduzierte Anträge löschen nach (Tagen)',
  'setting.policy_updates_room': 'Raum für Aktualisierungen der Erklärung',
  'setting.policy_what_changed': 'Aktualisierung der Erklärung: Was sich ändert',
  'problem.not_https': 'Ein Link muss mit https:// beginnen (http:// ist nur für localhost zulässig).',
  'problem.not_url':
    'Das ist keine Webadresse. Geben Sie einen vollständigen Link ein, etwa https://example.com/privacy.',
  'problem.not_email': 'Das ist keine E-Mail-Adresse. Geben Sie eine Adresse wie privacy@example.com ein.',
  'problem.not_date': 'Das ist kein Datum. Schreiben Sie es als JJJJ-MM-TT, zum Beispiel 2023-10-20.',
  'problem.not_choice': 'Das ist keine der angebotenen Auswahlmöglichkeiten.',
  'problem.too_long': 'Der Wert ist zu lang.',
  'problem.not_usernames': 'Geben Sie Benutzernamen durch Kommas getrennt ein, etwa alice, bob.',
  'problem.not_number': 'Geben Sie eine ganze Zahl im zulässigen Bereich ein.',
  'problem.not_boolean': 'Schalten Sie die Einstellung ein oder aus.',
  'problem.internal_address':
    'Diese Adresse zeigt in das eigene Netz des Servers (Loopback, Link-Local, Cloud-Metadaten oder ein privater Adressbereich); der Antragsendpunkt muss eine öffentliche https://-Adresse sein. Nur für einen lokalen Testendpunkt schalten Sie zuerst *Lokale Endpunktadressen erlauben (Entwicklung)* ein.',
  'problem.credentials_in_url':
    'Die Adresse enthält einen Benutzernamen oder ein Passwort. Entfernen Sie diese aus der Adresse und tragen Sie das Token in der Einstellung *Token des Endpunkts für Anträge* ein.',
  'problem.not_roles':
    'Geben Sie Rollennamen durch Kommas getrennt ein, etwa admin, privacy-officer (nur Buchstaben, Ziffern, -, _ und .).',

  // Data-subject requests: /privacy request, status, cancel
  'help.cmd.request':
    '`/privacy request [was]`: eine Kopie Ihrer Daten, eine Berichtigung, die Löschung und mehr beantragen; sagen Sie es in Ihren Worten, z. B. `/privacy request löschen`',
  'help.cmd.status': '`/privacy status [Referenz]`: Ihre Anträge verfolgen',
  'help.cmd.cancel': '`/privacy cancel <Referenz>`: einen nicht abgeschlossenen Antrag zurückziehen',
  'help.cmd.mydata':
    '`/privacy mydata [delete]`: was diese App über Sie speichert, und löschen, was kein offener Antrag braucht',
  'policy.fileRequest': 'Antrag stellen',
  'request.modal.title': 'Datenschutzantrag',
  'request.modal.intro':
    'Nehmen Sie Ihre Rechte an Ihren personenbezogenen Daten wahr. Der Antrag geht an die Stelle, die diese Daten hat; verfolgen können Sie ihn mit `/privacy status`.',
  'request.modal.law': 'Datenschutzrecht',
  'request.modal.type': 'Was möchten Sie?',
  'request.modal.typePlaceholder': 'Antrag auswählen',
  'request.modal.categories': 'Welche Daten?',
  'request.modal.categoriesPlaceholder': 'Arten von Daten auswählen',
  'request.modal.categoriesHint':
    'Für diese Art von Antrag vorausgewählt; ändern Sie die Auswahl bei Bedarf.',
  'request.modal.details': 'Details',
  'request.modal.detailsPlaceholder': 'Was berichtigt werden soll, welcher Zeitraum, alles, was hilft',
  'request.modal.detailsHint':
    'Höchstens {max} Zeichen. Schreiben Sie hier niemals Passwörter oder andere Geheimnisse.',
  'request.modal.identity': 'Wer den Antrag stellt',
  'request.modal.identityText':
    'Der Antrag wird in Ihrem Namen gestellt: {email}, Benutzer {workspace}. Diese Angaben stammen aus Ihrem Profil und können hier nicht geändert werden.',
  'request.modal.routing': 'Wohin der Antrag geht',
  'request.modal.addVendor': 'Der Anbieter',
  'request.modal.addVendorOption':
    'Auch an den Anbieter senden, weil ich seine anderen Dienste nutze (Website, mobile Apps, Newsletter oder ein Konto beim Anbieter)',
  'request.modal.confirm': 'Bestätigung',
  'request.modal.confirmOption': 'Dieser Antrag betrifft meine eigenen personenbezogenen Daten',
  'request.modal.submit': 'Antrag senden',
  'request.modal.cancel': 'Abbrechen',
  'request.type.access': 'Eine Kopie meiner Daten',
  'request.type.portability': 'Meine Daten in einem übertragbaren Format',
  'request.type.erasure': 'Meine Daten löschen',
  'request.type.rectification': 'Meine Daten berichtigen',
  'request.type.restriction': 'Die Verarbeitung meiner Daten einschränken',
  'request.type.objection': 'Der Verarbeitung meiner Daten widersprechen',
  'request.type.consent_withdrawal': 'Meine Einwilligung widerrufen',
  'request.type.sale_opt_out': 'Meine Daten nicht verkaufen oder weitergeben',
  'request.type.sensitive_data_limit': 'Die Verwendung meiner sensiblen Daten einschränken',
  'request.type.automated_decision_review': 'Eine automatisierte Entscheidung überprüfen lassen',
  'request.type.information': 'Eine Frage an die oder den Datenschutzbeauftragte(n)',
  'request.typeWords.access': 'auskunft, kopie, zugang',
  'request.typeWords.portability': 'übertragbarkeit, datenübertragbarkeit, übertragen',
  'request.typeWords.erasure': 'löschen, löschung, entfernen, vergessen',
  'request.typeWords.rectification': 'berichtigen, berichtigung, korrigieren, korrektur',
  'request.typeWords.restriction': 'einschränken, einschränkung, sperren',
  'request.typeWords.objection': 'widerspruch, widersprechen',
  'request.typeWords.consent_withdrawal': 'widerruf, widerrufen, einwilligung',
  'request.typeWords.sale_opt_out': 'verkauf, verkaufen, weitergabe',
  'request.typeWords.sensitive_data_limit': 'sensibel, sensible, begrenzen',
  'request.typeWords.automated_decision_review': 'automatisiert, entscheidung, überprüfung',
  'request.typeWords.information': 'frage, datenschutzbeauftragte, dsb',
  'request.typeHelp.access':
    'Sie erhalten die über Sie gespeicherten personenbezogenen Daten und Auskunft darüber, wie sie verwendet werden.',
  'request.typeHelp.portability':
    'Sie erhalten die von Ihnen bereitgestellten Daten in einer strukturierten, maschinenlesbaren Datei.',
  'request.typeHelp.erasure':
    'Ihre personenbezogenen Daten werden gelöscht, sofern das Gesetz nicht verlangt, sie aufzubewahren.',
  'request.typeHelp.rectification':
    'Unrichtige oder unvollständige Daten werden berichtigt. Geben Sie in den Details an, was falsch ist.',
  'request.typeHelp.restriction':
    'Ihre Daten werden aufbewahrt, aber nicht verwendet, solange eine Frage dazu geklärt wird.',
  'request.typeHelp.objection':
    'Ihre Daten werden nicht mehr für einen Zweck verwendet, dem Sie widersprechen, etwa für Werbung.',
  'request.typeHelp.consent_withdrawal':
    'Was Sie zuvor erlaubt haben, etwa Tracking oder Newsletter, endet ab sofort.',
  'request.typeHelp.sale_opt_out':
    'Ihre Daten werden ab sofort nicht mehr verkauft oder für Werbung weitergegeben.',
  'request.typeHelp.sensitive_data_limit':
    'Ihre sensiblen personenbezogenen Daten werden nur für das unbedingt Nötige verwendet.',
  'request.typeHelp.automated_decision_review':
    'Ein Mensch überprüft eine Entscheidung über Sie, die ausschließlich automatisiert getroffen wurde.',
  'request.typeHelp.information':
    'Fragen Sie alles dazu, wie mit Ihren Daten umgegangen wird. Es gilt keine gesetzliche Frist.',
  'request.categories.none': 'keine bestimmten Daten',
  'request.status.queued': 'Versand ausstehend',
  'request.status.delivered': 'beim Anbieter eingegangen',
  'request.status.in_progress': 'in Bearbeitung',
  'request.status.completed': 'abgeschlossen',
  'request.status.rejected': 'abgelehnt',
  'request.status.cancelled': 'zurückgezogen',
  'request.status.failed': 'Zustellung fehlgeschlagen',
  'routing.vendor.vendor_hosts':
    'An den Anbieter, der diesen Arbeitsbereich hostet und daher alle seine Daten hat.',
  'routing.vendor.vendor_runs_community': 'An den Anbieter, der diesen Community-Server betreibt.',
  'routing.vendor.registered_services': 'An den Anbieter, für die Daten, die er über die Registrierung hat.',
  'routing.vendor.user_added':
    'An den Anbieter, weil Sie angegeben haben, dass er aus seinen anderen Diensten Daten über Sie hat.',
  'routing.vendor.left_out':
    'Nicht an den Anbieter: Er hat für diesen Arbeitsbereich keine dieser Daten. Setzen Sie unten das Häkchen, wenn er aus seinen anderen Diensten Daten über Sie hat.',
  'routing.vendor.not_sent':
    'Nicht an den Anbieter gesendet: Er hat für diesen Arbeitsbereich keine dieser Daten.',
  'routing.workspace.operator_copy':
    'Auch an den Betreiber dieses Arbeitsbereichs, der entscheidet, was mit den Daten des Arbeitsbereichs geschieht.',
  'routing.workspace.operator_holds':
    'An den Betreiber dieses Arbeitsbereichs, bei dem Ihr Profil, Ihre Nachrichten, Ihre Dateien und alles andere liegen, was hier gespeichert ist.',
  'routing.uncertain':
    'Es ist nicht bekannt, ob dieser Arbeitsbereich beim Anbieter registriert ist, daher wird der Antrag so weitergeleitet, als wäre er es.',
  'routing.data': 'Er erhält: {categories}.',
  'routing.admins.admins': 'Die Administratoren wurden benachrichtigt.',
  'routing.admins.dpo_email':
    'Kein Administrator konnte benachrichtigt werden, deshalb wurde der Antrag per E-Mail an die oder den Datenschutzbeauftragte(n) ({email}) geschickt.',
  'routing.admins.nobody':
    'Kein Administrator konnte benachrichtigt werden, und der Arbeitsbereich konnte keine E-Mail senden: Bitte schreiben Sie an die oder den Datenschutzbeauftragte(n) unter {email} und geben Sie {ref} an.',
  'routing.admins.preview.admins': 'Die Administratoren werden benachrichtigt.',
  'routing.admins.preview.dpo_email':
    'Es ist kein Administrator für Benachrichtigungen eingerichtet, deshalb geht der Antrag per E-Mail an die oder den Datenschutzbeauftragte(n) ({email}).',
  'request.receipt.title': '*Ihr Datenschutzantrag {ref} ist eingegangen.*',
  'request.receipt.asked': 'Antrag: {type}. Recht: {jurisdiction}.',
  'request.receipt.data': 'Daten: {categories}.',
  'request.receipt.follow':
    'Verfolgen Sie ihn mit `/privacy status {ref}` oder ziehen Sie ihn mit `/privacy cancel {ref}` zurück.',
  'request.due': 'Die Antwort ist bis zum {date} fällig.',
  'request.dueAbout':
    'Die Antwort ist etwa bis zum {date} fällig (Arbeitstage, von Montag bis Freitag gezählt; Feiertage zählen hier als Arbeitstage, daher kann die gesetzliche Frist ein oder zwei Tage später enden).',
  'request.dueAtOnce':
    'Dies wirkt, sobald der Antrag eingegangen ist; der {date} ist der späteste Termin für die Bestätigung.',
  'request.dueDirectMarketing':
    'Ein Widerspruch gegen Direktwerbung wirkt, sobald der Antrag eingegangen ist; für andere Verwendungen der Daten ist die Antwort bis zum {date} fällig.',
  'request.noDeadline': 'Für diesen Antrag gilt keine gesetzliche Frist.',
  'request.acknowledgeBy': 'Der Eingang ist bis zum {date} zu bestätigen.',
  'request.unverifiedEmail':
    'Ihre E-Mail-Adresse ist nicht bestätigt, daher werden Sie möglicherweise gebeten zu bestätigen, dass der Antrag von Ihnen stammt.',
  'request.changed': 'Ihr Datenschutzantrag {ref} ({type}) hat jetzt den Status: *{status}*.',
  'request.reason.vendor': 'Begründung des Anbieters, in seinen eigenen Worten: {reason}',
  'request.results': 'Ergebnisse: {url}',
  'operator.dm.taken':
    'Ihr Datenschutzantrag {ref} ({type}) wird jetzt vom Betreiber dieses Arbeitsbereichs bearbeitet.',
  'operator.dm.dueBy': 'Die Antwort muss bis {date} erfolgen.',
  'operator.dm.extended':
    'Der Betreiber dieses Arbeitsbereichs hat die Frist Ihres Datenschutzantrags {ref} ({type}) wie gesetzlich zulässig bis {date} verlängert.',
  'operator.dm.reasons': 'Die Gründe:',
  'operator.dm.answered.done':
    'Der Betreiber dieses Arbeitsbereichs hat Ihren Datenschutzantrag {ref} ({type}) beantwortet: erledigt.',
  'operator.dm.answered.partly_done':
    'Der Betreiber dieses Arbeitsbereichs hat Ihren Datenschutzantrag {ref} ({type}) beantwortet: teilweise erledigt.',
  'operator.dm.answered.refused':
    'Der Betreiber dieses Arbeitsbereichs hat Ihren Datenschutzantrag {ref} ({type}) beantwortet: abgelehnt.',
  'operator.dm.message': 'Die Nachricht des Betreibers:',
  'operator.dm.link': 'Ihre Daten: {link}',
  'operator.dm.linkLabel': 'herunterladen',
  'operator.dm.complaint':
    'Wenn Sie nicht einverstanden sind, haben Sie das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren.',
  'request.complaint':
    'Wenn Sie nicht einverstanden sind, können Sie Beschwerde bei einer Datenschutz-Aufsichtsbehörde einlegen.',
  'request.failed.contact':
    'Bitte schreiben Sie an die oder den Datenschutzbeauftragte(n) unter {email} und nennen Sie {ref}.',
  'request.cancelRequested':
    'Die Rücknahme von {ref} wurde angefordert. Sie erhalten eine Nachricht, sobald sie bestätigt ist.',
  'request.limit':
    'Sie haben in den letzten 24 Stunden {limit} Anträge gestellt, das erlaubte Maximum. Bitte versuchen Sie es später erneut oder schreiben Sie an die oder den Datenschutzbeauftragte(n) unter {email}.',
  'request.limitUntil':
    'Sie haben in den letzten 24 Stunden {limit} Anträge gestellt, das erlaubte Maximum. Den nächsten können Sie ab {time} stellen. Bis dahin können Sie an die oder den Datenschutzbeauftragte(n) unter {email} schreiben.',
  'request.limitBusy':
    'Gleichzeitig wurde ein anderer Ihrer Anträge eingereicht, daher wurde dieser nicht eingereicht. Bitte klicken Sie noch einmal auf „Antrag senden“.',
  'request.typeUnknown': '„{input}“ ist keine Antragsart, die ich kenne. Sie können schreiben: {words}.',
  'request.typeDidYouMean': 'Meinten Sie `/privacy request {suggestion}`?',
  'form.error.notOpened':
    'Dieses Formular wurde nicht von Ihnen geöffnet oder ist schon abgeschickt. Es wurde nichts eingereicht. Öffnen Sie mit `/privacy request` ein neues.',
  'request.emailed':
    'Es ist kein Endpunkt für Anträge eingerichtet, daher wurde Ihr Antrag per E-Mail an die oder den Datenschutzbeauftragte(n) gesendet ({email}).',
  'request.emailedNotInForce':
    'Der für diesen Workspace eingerichtete Endpunkt für Anträge kann derzeit nicht verwendet werden, daher wurde Ihr Antrag per E-Mail an die oder den Datenschutzbeauftragte(n) gesendet ({email}).',
  'form.error.jurisdiction': 'Wählen Sie das Datenschutzrecht, das für Sie gilt.',
  'form.error.type': 'Wählen Sie aus, was Sie möchten.',
  'form.error.typeNotInJurisdiction':
    'Dieser Antrag ist nach dem gewählten Recht nicht vorgesehen. Wählen Sie einen anderen.',
  'form.error.categories': 'Wählen Sie mindestens eine Art von Daten.',
  'form.error.detailsTooLong': 'Die Details sind zu lang. Kürzen Sie sie auf 2000 Zeichen.',
  'form.error.detailsNeeded': 'Geben Sie in den Details an, worum es geht.',
  'form.error.confirm': 'Bestätigen Sie, dass der Antrag Ihre eigenen Daten betrifft.',
  'form.error.noEmail':
    'Ihr Profil enthält keine E-Mail-Adresse, die der Antrag aber braucht. Fügen Sie in Ihren Kontoeinstellungen eine hinzu und versuchen Sie es dann erneut.',
  'form.error.apps': 'Wählen Sie nur Apps aus der Liste.',
  'request.modal.apps': 'Apps, um die es geht',
  'request.modal.appsPlaceholder': 'Installierte Apps auswählen (optional)',
  'request.modal.appsHint': 'Jede App hat ihre eigene Datenschutzerklärung; siehe `/privacy apps`.',
  'request.receipt.apps': 'Apps: {apps}.',
  'apps.app.request': 'Antrag zu dieser App stellen',
  'status.title': '*Ihre Datenschutzanträge*',
  'status.line': '`{ref}` {type}: {status}, Frist: {due}',
  'status.noDue': 'keine Frist',
  'status.lineAtOnce': '`{ref}` {type}: {status}, wirksam mit Eingang, Bestätigung bis zum {due}',
  'status.more': 'und {count} ältere.',
  'status.hint': 'Details und Verlauf: `/privacy status <Referenz>`.',
  'status.none':
    'Sie haben noch keinen Datenschutzantrag gestellt. Mit `/privacy request` stellen Sie einen.',
  'status.notFound': 'Sie haben keinen Antrag {ref}. `/privacy status` listet Ihre Anträge auf.',
  'status.badReference': '`{input}` ist keine Antragsreferenz. Eine Referenz sieht so aus: PR-1A2B3C4D.',
  'status.detail.title': '*Antrag {ref}*: {status}',
  'status.operatorDue': 'Der Betreiber dieses Arbeitsbereichs hat seine Frist bis {date} verlängert.',
  'status.operator.taken': '{date}: vom Betreiber dieses Arbeitsbereichs übernommen',
  'status.operator.extended': '{date}: Frist vom Betreiber dieses Arbeitsbereichs bis {due} verlängert',
  'status.operator.answered': '{date}: {status}',
  'status.operator.withdrawn': '{date}: beim Betreiber dieses Arbeitsbereichs zurückgezogen',
  'status.detail.history': '*Verlauf*',
  'status.history': '{date}: {status}, {source}',
  'history.source.submit': 'von Ihnen gestellt',
  'history.source.delivery': 'Zustellung an den Anbieter',
  'history.source.poll': 'Statusabfrage',
  'history.source.callback': 'Nachricht des Anbieters',
  'history.source.admin': 'ein Administrator',
  'history.source.user': 'Sie',
  'history.reason.emailed_to_dpo': 'per E-Mail an die oder den Datenschutzbeauftragte(n) gesendet',
  'history.reason.no_endpoint_no_email':
    'kein Endpunkt für Anträge eingerichtet, und der Arbeitsbereich konnte keine E-Mail senden',
  'history.reason.undeliverable': 'das Antragssystem des Anbieters war 72 Stunden lang nicht erreichbar',
  'history.reason.passed_to_operator': 'an den Betreiber dieses Arbeitsbereichs weitergegeben',
  'request.status.with_operator': 'beim Betreiber dieses Arbeitsbereichs',
  'request.status.operator_waiting':
    'wartet darauf, dass der Betreiber dieses Arbeitsbereichs benachrichtigt wird',
  'request.status.tracks': 'Teil des Anbieters: {vendor}; Teil dieses Arbeitsbereichs: {operator}',
  'request.status.operator_emailed': 'per E-Mail an die oder den Datenschutzbeauftragte(n) weitergegeben',
  'request.status.operator_untold':
    'niemand konnte benachrichtigt werden: bitte schreiben Sie an die oder den Datenschutzbeauftragte(n)',
  'request.status.operator_in_progress': 'in Bearbeitung beim Betreiber dieses Arbeitsbereichs',
  'request.status.operator_answered_done': 'vom Betreiber dieses Arbeitsbereichs beantwortet: erledigt',
  'request.status.operator_answered_partly_done':
    'vom Betreiber dieses Arbeitsbereichs beantwortet: teilweise erledigt',
  'request.status.operator_answered_refused': 'vom Betreiber dieses Arbeitsbereichs beantwortet: abgelehnt',
  'request.status.operator_withdrawn': 'von Ihnen zurückgezogen',
  'request.status.emailed': 'per E-Mail an die oder den Datenschutzbeauftragte(n) weitergegeben',
  'request.handedOver':
    'Ihr Datenschutzantrag {ref} ({type}) konnte nicht automatisch angenommen werden. Er wurde deshalb per E-Mail an die oder den Datenschutzbeauftragte(n) ({email}) weitergegeben, die oder der Ihnen antworten wird. Sie müssen nichts weiter tun.',
  'history.source.operator': 'Weitergabe an den Betreiber dieses Arbeitsbereichs',
  'history.reason.endpoint_refused_format': 'das Antragssystem konnte ihn nicht annehmen',
  'history.reason.no_admin_no_email':
    'kein Administrator konnte benachrichtigt werden, und der Arbeitsbereich konnte keine E-Mail senden',
  'email.to': 'An',
  'email.cancelSubject': 'Datenschutzantrag {ref}: zurückgezogen',
  'email.cancelText':
    'Guten Tag,\n\nich ziehe meinen Datenschutzantrag {ref} zurück, den ich Ihnen zuvor gesendet habe. Bitte bearbeiten Sie ihn nicht.',
  'email.subjectLabel': 'Betreff',
  'history.reason.given': 'angegebener Grund: {reason}',
  'history.reason.endpoint_refused': 'der Antragsendpunkt hat den Antrag als ungültig abgelehnt',
  'cancel.missingReference':
    'Geben Sie die Referenz des Antrags an, den Sie zurückziehen möchten, zum Beispiel `/privacy cancel PR-1A2B3C4D`.',
  'cancel.final': 'Der Antrag {ref} kann nicht mehr zurückgezogen werden (Status: {status}).',
  'email.subject': 'Datenschutzantrag {ref}: {type}',
  'email.subject.vendor': 'Datenschutzantrag {ref}: {type} (Teil für den Anbieter)',
  'email.subject.workspace':
    'Datenschutzantrag {ref}: {type} (Teil für den Betreiber dieses Arbeitsbereichs)',
  'email.part.vendor':
    'Dieser Teil betrifft die Daten, die der Anbieter hat; die Daten beim Betreiber dieses Arbeitsbereichs werden gesondert beantragt.',
  'email.part.workspace':
    'Dieser Teil betrifft die Daten, die der Betreiber dieses Arbeitsbereichs hat; die Daten beim Anbieter werden gesondert beantragt.',
  'email.greeting': 'Guten Tag,',
  'email.intro': 'ich möchte meine Datenschutzrechte wahrnehmen. Ich nutze den Arbeitsbereich {workspace}.',
  'email.field.reference': 'Referenz',
  'email.field.type': 'Antrag',
  'email.field.law': 'Recht',
  'email.field.data': 'Daten',
  'email.field.user': 'Benutzer',
  'email.userGone': '(Konto besteht nicht mehr)',
  'email.field.submitted': 'Gestellt am',
  'email.field.due': 'Antwort fällig bis',
  'email.field.details': 'Details',
  'email.readyToSend':
    'Sie können den Antrag selbst senden. Kopieren Sie diese E-Mail und senden Sie sie an {email}:',
  'admin.newRequest': 'Neuer Datenschutzantrag {ref}: {type}. Recht: {jurisdiction}.',
  'admin.earlierRequest':
    'Der Antrag {ref} wurde am {date} mit einer früheren Version dieser App gestellt, die nicht festgehalten hat, ob Sie davon erfahren haben. Bitte prüfen Sie, ob er schon beantwortet wurde.',
  'admin.cancelled':
    'Der Datenschutzantrag {ref} ({type}, Recht: {jurisdiction}) wurde von der Person zurückgezogen, die ihn gestellt hat.',
  'admin.operatorMustAnswer':
    'Dieser Arbeitsbereich hat diese Daten, daher muss sein Betreiber antworten. Öffnen Sie `/privacy admin`, um zu sehen, wer den Antrag gestellt hat und was die Person geschrieben hat, und um ihn zu bearbeiten.',
  'admin.dueAlert.title':
    '*Datenschutzanträge, die dieser Arbeitsbereich beantworten muss, werden fällig.* Öffnen Sie `/privacy admin`, um sie zu bearbeiten.',
  'admin.dueAlert.overdue': '*Überfällig:*',
  'admin.dueAlert.dueSoon': '*Fällig innerhalb von {days} Tagen:*',
  'admin.dueAlert.line': '{ref}: {type}, Recht: {jurisdiction}, fällig am {date}',
  'operator.refusal.final_state':
    'Diese Anfrage ist abgeschlossen (beantwortet oder zurückgezogen); eine abgeschlossene Anfrage ändert sich nicht mehr.',
  'operator.refusal.law_allows_none':
    'Das gewählte Recht ({law}) erlaubt keine Fristverlängerung: Die Antwort ist innerhalb der gesetzlichen Frist ({period}) fällig, spätestens am {date}.',
  'operator.refusal.no_deadline':
    'Für diese Anfrage gilt keine gesetzliche Frist (eine Frage an den Datenschutzbeauftragten, oder es wurde kein Gesetz mit Frist gewählt), daher gibt es kein Datum zu verlängern.',
  'operator.refusal.too_late_to_extend':
    'Das gewählte Recht ({law}) erlaubt eine Verlängerung nur, wenn die Person innerhalb der ersten Frist ({period}) mit Begründung darüber informiert wird. Diese Frist endete am {date}, daher kann sie nicht mehr verlängert werden.',
  'operator.refusal.beyond_maximum':
    'Das gewählte Recht ({law}) erlaubt nach dem ursprünglichen Fälligkeitsdatum höchstens eine Verlängerung um {extension}, das späteste mögliche Datum ist also der {date}.',
  'operator.refusal.already_extended':
    'Das gewählte Recht ({law}) erlaubt nur eine einzige Verlängerung, und diese Anfrage wurde bereits verlängert.',
  'operator.refusal.not_later': 'Das neue Fälligkeitsdatum muss nach dem aktuellen liegen ({date}).',
  'operator.refusal.not_taken':
    'Übernehmen Sie die Anfrage zuerst: Nur eine übernommene Anfrage kann verlängert oder beantwortet werden.',
  'operator.refusal.already_taken': 'Diese Anfrage wurde bereits übernommen.',
  'operator.refusal.reasons_required':
    'Geben Sie die Gründe an: Die Person muss erfahren, warum eine Anfrage abgelehnt oder ihre Frist verlängert wird.',
  'operator.refusal.not_the_person': 'Nur die Person, die die Anfrage gestellt hat, kann sie zurückziehen.',
  // The admin console: a request's page, its actions and their forms
  'console.request.title': 'Antrag {ref}',
  'console.request.heading': '*Antrag {ref}*: {type}, nach {law}',
  'console.request.submitted': '*Gestellt*: {date}',
  'console.request.due': '*Fällig*: {date}',
  'console.request.overdue': '*Fällig*: {date}, *überfällig*',
  'console.request.noDue': '*Fällig*: keine gesetzliche Frist',
  'console.request.person': '*Person*: @{username}, {name}, {email}',
  'console.request.personNoName': '*Person*: @{username}, {email}',
  'console.request.unverified': 'Die E-Mail-Adresse ist nicht bestätigt.',
  'console.request.details': '*Angaben, wie die Person sie geschrieben hat*:',
  'console.request.noDetails': 'Die Person hat keine Angaben gemacht.',
  'console.request.vendorTrack': '*Anbieter-Strang*: {status}. Daten: {categories}.',
  'console.request.vendorTrack.none':
    '*Anbieter-Strang*: keiner, der Anbieter hat keine der erfragten Daten.',
  'console.request.vendorFailures': 'Fehlgeschlagene Zustellversuche: {count}. Nächster Versuch: {date}.',
  'console.request.operatorTrack': '*Workspace-Strang*: {state}. Daten: {categories}.',
  'console.request.operatorTrack.none':
    '*Workspace-Strang*: keiner, dieser Workspace hat keine der erfragten Daten.',
  'console.request.takenBy': 'Übernommen von {who}.',
  'console.request.outcome': 'Ergebnis: {outcome}.',
  'console.request.history': '*Verlauf*',
  'console.request.unknownUser': 'ein ehemaliges Konto',
  'console.operator.state.new': 'neu, noch von niemandem übernommen',
  'console.operator.state.in_progress': 'in Bearbeitung',
  'console.operator.state.answered': 'beantwortet',
  'console.operator.state.withdrawn': 'von der Person zurückgezogen',
  'console.operator.outcome.done': 'erledigt',
  'console.operator.outcome.partly_done': 'teilweise erledigt',
  'console.operator.outcome.refused': 'abgelehnt',
  'console.source.submit': 'von der Person gestellt',
  'console.source.delivery': 'Zustellung an den Anbieter',
  'console.source.poll': 'Statusabfrage beim Anbieter',
  'console.source.callback': 'Nachricht des Anbieters',
  'console.source.admin': 'ein Administrator',
  'console.source.user': 'die Person',
  'console.history.status': '{date}: {status} ({source})',
  'console.history.take': '{date}: Workspace-Strang übernommen von {who}',
  'console.history.extend': '{date}: Frist verlängert bis {due} von {who}, Gründe:',
  'console.history.answer': '{date}: beantwortet von {who}, Ergebnis: {outcome}',
  'console.history.note': '{date}: *interne Notiz* von {who} (die Person sieht sie nicht):',
  'console.history.withdraw': '{date}: von der Person zurückgezogen',
  'console.history.link': 'Der Person gegebener Link: {link}',
  'console.action.take': 'Übernehmen',
  'console.action.extend': 'Verlängern',
  'console.action.answer': 'Beantworten',
  'console.action.note': 'Notiz hinzufügen',
  'console.action.retry': 'Zustellung an den Anbieter jetzt wiederholen',
  'console.action.resend': 'Bestätigung erneut senden',
  'console.action.back': 'Zurück zur Liste',
  'console.action.close': 'Schließen',
  'console.notice.told': 'Erledigt. Die Person wurde per Direktnachricht informiert.',
  'console.notice.notTold':
    'Erledigt, aber die Person konnte nicht informiert werden: Ihr Konto existiert nicht mehr.',
  'console.notice.noted': 'Notiz hinzugefügt. Die Person sieht sie nicht.',
  'console.notice.refused': 'Nicht ausgeführt: {reason}',
  'console.notice.retried':
    'Die Zustellung an den Anbieter ist jetzt fällig: Der Postausgang versucht es gleich erneut.',
  'console.notice.nothingToRetry': 'Im Postausgang wartet keine Zustellung dieses Antrags an den Anbieter.',
  'console.notice.resent': 'Die Bestätigung wurde erneut an @{username} gesendet.',
  'console.notice.notResent':
    'Die Bestätigung konnte nicht gesendet werden: Das Konto der Person, die den Antrag gestellt hat, existiert nicht mehr.',
  'console.notFound.title': 'Antrag nicht gefunden',
  'console.notFound':
    'Dieser Antrag wurde nicht gefunden. Vielleicht wurde er mit einer früheren Version der App gestellt.',
  'console.form.extend.title': 'Frist verlängern',
  'console.form.extend.intro':
    'Antrag {ref}, fällig am {date}. Die Person erfährt das neue Datum und Ihre Gründe.',
  'console.form.extend.due': 'Neues Fälligkeitsdatum',
  'console.form.extend.reasons': 'Gründe (die Person liest sie)',
  'console.form.extend.submit': 'Verlängern',
  'console.form.answer.title': 'Antrag beantworten',
  'console.form.answer.intro': 'Antrag {ref}. Die Person erfährt das Ergebnis, Ihre Nachricht und den Link.',
  'console.form.answer.outcome': 'Ergebnis',
  'console.form.answer.outcomePlaceholder': 'Ergebnis wählen',
  'console.form.answer.message': 'Nachricht an die Person (bei einer Ablehnung erforderlich)',
  'console.form.answer.link': 'Link zu den Daten (optional, eine https://-Adresse)',
  'console.form.answer.submit': 'Antwort senden',
  'console.form.note.title': 'Interne Notiz hinzufügen',
  'console.form.note.intro': 'Antrag {ref}. Nur die Personen, die Anträge bearbeiten, sehen Notizen.',
  'console.form.note.text': 'Notiz',
  'console.form.note.submit': 'Notiz hinzufügen',
  'console.form.cancel': 'Abbrechen',
  'console.error.required': 'Bitte füllen Sie dieses Feld aus.',
  'console.error.tooLong': 'Schreiben Sie höchstens {max} Zeichen.',
  'console.error.date': 'Wählen Sie ein Datum.',
  'console.error.outcome': 'Wählen Sie ein Ergebnis.',
  'console.error.link':
    'Geben Sie eine vollständige https://-Adresse ein, zum Beispiel https://files.example.org/export.zip, oder lassen Sie das Feld leer.',
  'console.error.gone': 'Dieser Antrag ist nicht mehr zu finden.',
  'console.error.noWorkspaceTrack':
    'Dieser Antrag hat keinen Workspace-Strang: Nur der Anbieter beantwortet ihn.',
  'admin.unauthorized':
    'Der Endpunkt für Anträge hat die Zugangsdaten der App abgelehnt. Anträge warten im Postausgang, bis das Token oder das Signaturgeheimnis in den Einstellungen des Privacy Center korrigiert ist.',
  'admin.endpointNotInForce':
    'Die Adresse in der Einstellung *{setting}* wird nicht verwendet: {problem} Bis sie korrigiert ist, werden neue Anträge per E-Mail an die oder den Datenschutzbeauftragte(n) gesendet, und der Stand bereits zugestellter Anträge wird nicht abgefragt.',
  'admin.malformed':
    'Der Endpunkt für Anträge hat den Antrag {ref} als fehlerhaft abgewiesen (HTTP 400), er wurde also nicht zugestellt. Der Endpunkt schrieb: {reason}. Prüfen Sie die Einstellungen des Endpunkts für Anträge oder wenden Sie sich an den Anbieter.',
  'admin.malformed.emailed':
    'Der Antrag wurde stattdessen per E-Mail an die oder den Datenschutzbeauftragte(n) ({email}) geschickt.',
  'admin.malformed.notEmailed':
    'Der Arbeitsbereich konnte keine E-Mail senden; der Benutzer hat deshalb eine versandfertige E-Mail an die oder den Datenschutzbeauftragte(n) ({email}) erhalten.',
  'admin.malformed.nobody':
    'Der Workspace konnte keine E-Mail senden, und das Konto der Person existiert nicht mehr, daher hat niemand den Antrag erhalten. Bitte leiten Sie ihn selbst an die oder den Datenschutzbeauftragte(n) weiter ({email}).',
  'admin.vendorGets': 'Der Anbieter erhält: {categories}.',
  'admin.deadLetter':
    'Der Antrag {ref} konnte 72 Stunden lang nicht zugestellt werden (letzter Fehler: {reason}) und wurde per E-Mail oder an den Benutzer übergeben. Prüfen Sie die Einstellungen des Endpunkts für Anträge.',

  // Errors
  'error.noView':
    'Dieser Client kann die Ansicht der Datenschutzerklärung nicht öffnen. Versuchen Sie `/privacy contact`, oder führen Sie den Befehl erneut in der Web- oder Desktop-App von Rocket.Chat aus.',
  'error.internal':
    'Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es erneut. Wenn das wiederholt passiert, nennen Sie Ihrem Administrator diese Referenz: {ref}.',

  // /privacy apps
  'help.cmd.apps':
    '`/privacy apps`: die hier installierten Apps, auf welche Daten jede zugreifen kann, und ihre Datenschutzerklärungen',
  'apps.title': 'Installierte Apps',
  'apps.close': 'Schließen',
  'apps.intro':
    'Diese Apps sind in diesem Arbeitsbereich installiert. Jede kann nur auf das zugreifen, was ihre Berechtigungen erlauben. Apps, die Daten aus dem Arbeitsbereich hinaus senden und Nachrichten lesen können, stehen oben.',
  'apps.filter.label': 'Suchen',
  'apps.filter.placeholder': 'App-Name, Autor oder Art der Daten',
  'apps.category.placeholder': 'Art der Daten',
  'apps.category.all': 'Alle Arten von Daten',
  'apps.refresh': 'Aktualisieren',
  'apps.count': 'Angezeigt: {shown} von {total} installierten Apps.',
  'apps.count.capped':
    'Angezeigt: die ersten {shown} von {matching} passenden Apps ({total} installiert). Grenzen Sie die Suche ein, um die übrigen zu sehen.',
  'apps.none': 'In diesem Arbeitsbereich ist keine App installiert.',
  'apps.noMatch': 'Keine App passt zu dieser Suche.',
  'apps.updated': 'Liste {age} abgerufen.',
  'apps.stale':
    'Die Liste wird im Hintergrund neu abgerufen: Klicken Sie gleich auf „Aktualisieren“, um die neue Liste zu sehen.',
  'apps.age.now': 'gerade eben',
  'apps.age.minutes.one': 'vor {n} Minute',
  'apps.age.minutes.other': 'vor {n} Minuten',
  'apps.age.hours.one': 'vor {n} Stunde',
  'apps.age.hours.other': 'vor {n} Stunden',
  'apps.age.days.one': 'vor {n} Tag',
  'apps.age.days.other': 'vor {n} Tagen',
  'apps.app.by': 'von {author}',
  'apps.app.enabled': 'Aktiviert',
  'apps.app.disabled': 'Deaktiviert',
  'apps.app.marketplace': 'Aus dem Marketplace',
  'apps.app.private': 'Privat hochgeladen, nicht aus dem Marketplace',
  'apps.privacy.heading': '*Datenschutzerklärung*',
  'apps.privacy.summaryNote':
    'Die eigenen Worte des Autors aus dem Marketplace, meist auf Englisch; nicht übersetzt.',
  'apps.privacy.link': 'Datenschutzerklärung lesen',
  'apps.privacy.noLink': 'Im Marketplace ist kein Link zur vollständigen Datenschutzerklärung angegeben.',
  'apps.privacy.none': '*Keine Datenschutzerklärung veröffentlicht.* Fragen Sie den Autor:',
  'apps.privacy.unknown':
    '*Der Marketplace konnte nicht abgerufen werden*, daher wird die Datenschutzerklärung dieser App nicht angezeigt. Der Autor:',
  'apps.author.homepage': 'Website',
  'apps.author.support': 'Support',
  'apps.author.noContact': 'Der Autor hat weder eine Website noch einen Support-Kontakt angegeben.',
  'apps.permissions.heading': '*Worauf sie zugreifen kann*',
  'apps.permissions.default':
    '*Worauf sie zugreifen kann*: Diese App gibt keine Berechtigungen an, daher erhält sie von der Apps-Engine deren umfassende Standardberechtigungen.',
  'apps.permissions.none':
    '*Worauf sie zugreifen kann*: auf nichts. Diese App gibt eine leere Liste von Berechtigungen an, daher erhält sie von der Apps-Engine keine.',
  'apps.risk.high': 'hohes Risiko',
  'apps.risk.medium': 'mittleres Risiko',
  'apps.risk.low': 'geringes Risiko',
  'apps.permission.unknown': '`{name}`, eine Berechtigung, die das Privacy Center nicht kennt',
  'apps.data.outside': 'Daten, die den Arbeitsbereich verlassen',
  'apps.data.messages': 'Nachrichten',
  'apps.data.files': 'Dateien',
  'apps.data.people': 'Personen und Konten',
  'apps.data.omnichannel': 'Omnichannel-Besucher und -Unterhaltungen',
  'apps.data.rooms': 'Räume',
  'apps.data.calls': 'Videoanrufe',
  'apps.data.workspace': 'Einstellungen des Arbeitsbereichs',
  'apps.data.features': 'Eigene Funktionen der App',
  'apps.data.unknown': 'Weitere Berechtigungen',
  'permission.networking':
    'kann Daten an beliebige Adressen außerhalb des Arbeitsbereichs senden und von dort abrufen',
  'permission.outbound-communication.provide':
    'kann Personen außerhalb des Arbeitsbereichs Nachrichten senden, zum Beispiel per SMS oder E-Mail',
  'permission.email.send': 'sendet E-Mails aus dem Arbeitsbereich',
  'permission.cloud.workspace-token':
    'nutzt die Registrierung des Arbeitsbereichs, um Cloud-Dienste des Anbieters aufzurufen',
  'permission.message.read': 'liest Nachrichten',
  'permission.threads.read': 'liest Threads',
  'permission.moderation.read': 'liest gemeldete Nachrichten und Moderationsberichte',
  'permission.message.write': 'sendet, ändert und löscht Nachrichten',
  'permission.moderation.write': 'bearbeitet gemeldete Nachrichten',
  'permission.upload.read': 'liest hochgeladene Dateien',
  'permission.upload.write': 'lädt Dateien hoch',
  'permission.user.write': 'erstellt, ändert und deaktiviert Benutzerkonten',
  'permission.role.write': 'ändert die Rollen von Personen und damit, was sie tun dürfen',
  'permission.user.read': 'liest Profile: Namen, Benutzernamen, E-Mail-Adressen, Status',
  'permission.role.read': 'liest die Rollen von Personen',
  'permission.livechat-visitor.read': 'liest Angaben zu Omnichannel-Besuchern',
  'permission.livechat-message.read': 'liest Omnichannel-Unterhaltungen',
  'permission.contact.read': 'liest Omnichannel-Kontakte',
  'permission.livechat-visitor.write': 'erstellt und ändert Omnichannel-Besucher',
  'permission.livechat-message.write': 'sendet Nachrichten in Omnichannel-Unterhaltungen',
  'permission.livechat-message.multiple': 'greift auf viele Omnichannel-Nachrichten auf einmal zu',
  'permission.livechat-room.read': 'liest die Details von Omnichannel-Unterhaltungen',
  'permission.livechat-room.write': 'öffnet, überträgt und schließt Omnichannel-Unterhaltungen',
  'permission.livechat-custom-fields.write': 'füllt benutzerdefinierte Felder zu Omnichannel-Besuchern aus',
  'permission.contact.write': 'erstellt und ändert Omnichannel-Kontakte',
  'permission.livechat-department.write': 'ändert Omnichannel-Abteilungen',
  'permission.livechat-department.read': 'liest Omnichannel-Abteilungen',
  'permission.livechat-department.multiple': 'liest viele Omnichannel-Abteilungen auf einmal',
  'permission.livechat-status.read': 'sieht, ob Omnichannel-Agenten verfügbar sind',
  'permission.room.system.view-all': 'sieht jeden Raum, auch private, in denen sie nicht Mitglied ist',
  'permission.room.read': 'liest die Details von Räumen und wer darin Mitglied ist',
  'permission.room.write': 'erstellt, ändert und löscht Räume',
  'permission.video-conference-provider': 'stellt Videoanrufe bereit, daher laufen Anrufdaten über sie',
  'permission.video-conference.read': 'liest die Details von Videoanrufen',
  'permission.video-conference.write': 'startet und ändert Videoanrufe',
  'permission.server-setting.write': 'ändert die Einstellungen des Arbeitsbereichs',
  'permission.oauth-app.write':
    'erstellt und ändert OAuth-Apps, denen Zugriff auf Konten gegeben werden kann',
  'permission.server-setting.read': 'liest die Einstellungen des Arbeitsbereichs',
  'permission.oauth-app.read': 'liest die im Arbeitsbereich eingerichteten OAuth-Apps',
  'permission.env.read': 'liest Angaben zum Server, auf dem sie läuft',
  'permission.api': 'stellt Webadressen bereit, die Dienste außerhalb des Arbeitsbereichs aufrufen können',
  'permission.experimental.default': 'nutzt experimentelle Funktionen der Apps-Engine',
  'permission.persistence': 'speichert eigene Daten in der Datenbank des Arbeitsbereichs',
  'permission.scheduler': 'führt Aufgaben nach Zeitplan aus',
  'permission.slashcommand': 'fügt Slash-Befehle hinzu',
  'permission.ui.interact': 'öffnet Fenster und Formulare',
  'permission.ui.registerButtons': 'fügt der Oberfläche Schaltflächen hinzu',
  'apps.notConfigured.title': '*Das App-Verzeichnis ist noch nicht eingerichtet.*',
  'apps.notConfigured.why':
    'Apps können nicht sehen, welche anderen Apps installiert sind. Deshalb liest das Privacy Center die Liste über die eigene REST-API des Arbeitsbereichs, angemeldet als eigens dafür angelegter Benutzer ohne Administratorrechte. Ein Administrator muss dazu Folgendes unter Administration > Apps > Privacy Center > Einstellungen im Abschnitt „App-Verzeichnis“ festlegen:',
  'apps.notConfigured.baseUrl':
    '*REST-API-Adresse des Arbeitsbereichs*: Die Site URL ist keine https://-Adresse (http:// ist nur für localhost zulässig). Geben Sie daher eine Adresse ein, unter der der Server sich selbst erreichen kann.',
  'apps.notConfigured.userId': '*Benutzer-ID für die REST-API*: die ID dieses eigens angelegten Benutzers.',
  'apps.notConfigured.token':
    '*Persönlicher Zugangsschlüssel*: ein persönlicher Zugangsschlüssel dieses Benutzers.',
  'apps.error.unauthorized':
    '*Der Arbeitsbereich hat den Zugangsschlüssel der App abgelehnt* (Antwort 401 oder 403). Ein Administrator sollte die Einstellungen *Benutzer-ID für die REST-API* und *Persönlicher Zugangsschlüssel* prüfen.',
  'apps.error.unreachable':
    '*Die REST-API des Arbeitsbereichs war nicht erreichbar* (keine rechtzeitige Antwort oder ein Serverfehler). Wenn das wiederholt passiert, kann ein Administrator in der Einstellung *REST-API-Adresse des Arbeitsbereichs* eine interne Adresse eintragen.',
  'apps.error.bad_answer':
    '*Die REST-API des Arbeitsbereichs hat eine Antwort gegeben, die das Privacy Center nicht versteht.* Ein Administrator sollte die Einstellung *REST-API-Adresse des Arbeitsbereichs* prüfen.',
  'apps.error.lastGood': 'Dies ist die Liste, wie sie {age} abgerufen wurde.',
  'apps.error.nothing': 'Es gibt keine frühere Liste, die angezeigt werden könnte.',
  'apps.error.noView':
    'Dieser Client kann das App-Verzeichnis nicht öffnen. Führen Sie `/privacy apps` erneut in der Web- oder Desktop-App von Rocket.Chat aus.',
  'apps.marketplace.failed':
    'Der Marketplace konnte nicht abgerufen werden, daher können Datenschutzangaben fehlen oder veraltet sein.',

  // /privacy admin: the gate, and the request endpoint check
  'admin.refusal':
    'Dieser Befehl ist für die Personen, die in diesem Workspace Datenschutzanträge bearbeiten.',
  'admin.title':
    '*Privacy Center – Verwaltung*: Geben Sie `/privacy admin` ein, gefolgt von einem dieser Befehle:',
  'admin.cmd.test':
    '`/privacy admin test`: die Einstellungen des Endpunkts für Anträge Schritt für Schritt prüfen',
  'admin.cmd.export':
    '`/privacy admin export`: das Verzeichnis der Anträge als CSV-Datei in Ihren Direktnachrichten (`/privacy admin export full` fügt hinzu, was die Person und die Betreiber geschrieben haben)',
  'admin.export.message': 'Das Verzeichnis der Datenschutzanträge am {date}: {count} Anträge.',
  'admin.export.messageFull':
    'Das Verzeichnis der Datenschutzanträge am {date}: {count} Anträge, mit dem, was die Personen und die Betreiber geschrieben haben. Es enthält personenbezogene Daten: Bewahren Sie es sicher auf und löschen Sie es, wenn Sie fertig sind.',
  'admin.export.sent': 'Das Verzeichnis der Anträge ist in Ihren Direktnachrichten: {file}.',
  'admin.export.failed':
    'Das Verzeichnis konnte nicht als Datei gesendet werden (Referenz {ref}). Prüfen Sie, ob Datei-Uploads in diesem Arbeitsbereich erlaubt sind.',
  'export.col.reference': 'Referenz',
  'export.col.law': 'Recht',
  'export.col.type': 'Art',
  'export.col.tracks': 'Zuständig',
  'export.col.submitted': 'Gestellt am',
  'export.col.due': 'Fällig',
  'export.col.vendorState': 'Stand beim Anbieter',
  'export.col.operatorState': 'Stand beim Betreiber',
  'export.col.outcome': 'Ergebnis',
  'export.col.details': 'Details',
  'export.col.operatorMessages': 'Nachrichten der Betreiber',
  'admin.cmd.posture':
    '`/privacy admin posture`: wohin Daten aus diesem Workspace gehen und was zu ändern ist (`refresh` liest die Einstellungen neu)',
  'admin.unknown': 'Es gibt kein `/privacy admin {input}`.',
  'admin.cmd.console':
    '`/privacy admin` ohne Zusatz: das Verzeichnis aller Datenschutzanträge, zum Filtern und Öffnen',
  'admin.cmd.help': '`/privacy admin help`: diese Liste',
  'console.title': 'Datenschutzanträge',
  'console.close': 'Schließen',
  'console.noView':
    'Dieser Client kann die Konsole nicht öffnen. Führen Sie `/privacy admin` erneut in der Web- oder Desktop-App von Rocket.Chat aus.',
  'console.counts':
    '*{total}* insgesamt · eingegangen: {received} · in Bearbeitung: {inProgress} · abgeschlossen: {finished} · überfällig: *{overdue}* · fällig in {days} Tagen: {dueSoon}',
  'console.shown': '{from}–{to} von {matching} passenden (Seite {page} von {pages})',
  'console.none': 'In diesem Workspace hat noch niemand einen Datenschutzantrag gestellt.',
  'console.noMatch': 'Kein Antrag passt zu diesen Filtern.',
  'console.filter.status': 'Status',
  'console.filter.status.any': 'Jeder Status',
  'console.filter.overall': 'Gesamt: {stage}',
  'console.filter.operator': 'Betreiber: {state}',
  'console.filter.vendor': 'Anbieter: {status}',
  'console.filter.track': 'Strang',
  'console.filter.track.any': 'Jeder Strang',
  'console.filter.track.vendor': 'Mit Anbieter-Strang',
  'console.filter.track.operator': 'Mit Betreiber-Strang',
  'console.filter.track.both': 'Mit beiden Strängen',
  'console.filter.law': 'Gesetz',
  'console.filter.law.any': 'Jedes Gesetz',
  'console.filter.type': 'Art',
  'console.filter.type.any': 'Jede Art',
  'console.filter.due': 'Frist',
  'console.filter.due.any': 'Jede Frist',
  'console.filter.due.overdue': 'Überfällig',
  'console.filter.due.within': 'Fällig in {days} Tagen',
  'console.stage.received': 'eingegangen',
  'console.stage.in_progress': 'in Bearbeitung',
  'console.stage.finished': 'abgeschlossen',
  'console.operator.new': 'neu, noch niemand hat ihn übernommen',
  'console.operator.in_progress': 'in Bearbeitung',
  'console.operator.answered': 'beantwortet',
  'console.operator.withdrawn': 'von der Person zurückgezogen',
  'console.row.vendor': 'Anbieter: {status}',
  'console.row.operator': 'Betreiber: {state}',
  'console.row.due': 'Fällig am {date}',
  'console.row.overdue': '*Überfällig* seit {date}',
  'console.row.noDue': 'Keine gesetzliche Frist',
  'console.row.open': 'Öffnen',
  'console.prev': 'Vorige Seite',
  'console.next': 'Nächste Seite',
  'console.reset': 'Filter zurücksetzen',
  'check.title': '*Prüfung des Endpunkts für Anträge*',
  'check.step.url': 'Eine Endpunkt-URL ist eingetragen und gültig',
  'check.step.https': 'Die Adresse verwendet https (oder eine für die Entwicklung erlaubte lokale Adresse)',
  'check.step.reachable': 'Die Adresse antwortet',
  'check.step.token': 'Der Endpunkt akzeptiert das Token',
  'check.ok': 'in Ordnung',
  'check.failed': 'fehlgeschlagen',
  'check.skipped': 'nicht geprüft, ein früherer Schritt ist fehlgeschlagen',
  'check.fix.url.missing': 'Tragen Sie die Basis-URL des Endpunkts in der Einstellung *{setting}* ein.',
  'check.fix.url.invalid': 'Der Wert von *{setting}* ist nicht gültig: {problem}',
  'check.fix.https.not_https': 'Tragen Sie in der Einstellung *{setting}* eine https://-Adresse ein.',
  'check.fix.https.internal_address':
    'Die Adresse liegt im Netz des Servers. Tragen Sie in *{setting}* die öffentliche https://-Adresse des Endpunkts ein oder schalten Sie, nur für einen Test-Endpunkt, *{local}* ein.',
  'check.fix.reachable':
    'Die Adresse ist nicht erreichbar ({reason}). Prüfen Sie Hostnamen und Port in der Einstellung *{setting}* und ob dieser Server sie erreichen kann.',
  'check.reason.timeout': 'keine Antwort innerhalb der Frist',
  'check.reason.refused': 'die Verbindung wurde abgelehnt',
  'check.reason.reset': 'die Verbindung wurde abgebrochen',
  'check.reason.other': 'der Name ließ sich nicht auflösen oder keine Verbindung herstellen',
  'check.fix.token.refused':
    'Der Endpunkt hat das Token abgelehnt (Antwort {status}). Tragen Sie das Token, das Sie vom Anbieter erhalten haben, in der Einstellung *{setting}* ein.',
  'check.fix.token.contract':
    'Der Endpunkt hält sich nicht an den Vertrag: Das Lesen des Status eines unbekannten Antrags muss mit 404 antworten, die Antwort war {status} {answer}. Prüfen Sie, ob *{setting}* die Basisadresse des Endpunkts ist, oder fragen Sie den Anbieter.',
  'check.fix.token.unavailable':
    'Der Endpunkt hat gerade eine Störung (er antwortete {status}): Die Einstellungen können richtig sein. Führen Sie die Prüfung später erneut aus; hält die Störung an, wenden Sie sich an den Anbieter.',
  'check.fix.token.rate_limited':
    'Der Endpunkt bittet um weniger Anfragen (er antwortete {status}): Führen Sie die Prüfung in einigen Minuten erneut aus.',
  'check.fix.token.rate_limited_for':
    'Der Endpunkt bittet um weniger Anfragen (er antwortete {status}): Führen Sie die Prüfung in {seconds} Sekunden erneut aus.',
  'check.emptyAnswer': '(ohne Inhalt)',
  'check.allOk': 'Alle Schritte bestanden: Der Endpunkt ist bereit für Anträge.',
  // Policy updates (issue 13)
  'policyUpdate.title': '*Die Datenschutzerklärung ändert sich: Version {version}, gültig ab {date}*',
  'policyUpdate.whatChanged': 'Was sich ändert:',
  'policyUpdate.fullPolicy': 'Die vollständige Erklärung: {link}',
  'policyUpdate.ackButton': 'Ich habe sie gelesen',
  'policyUpdate.ackHint':
    'Dieser Hinweis erscheint einmal am Tag wieder, bis Sie bestätigen, dass Sie ihn gelesen haben.',
  'policyUpdate.acknowledged':
    'Danke: Dass Sie Version {version} ({date}) gelesen haben, ist vermerkt. `/privacy status` zeigt, was Sie gelesen haben.',
  'policyUpdate.notAnnounced':
    'Dieser Hinweis betrifft eine Version, die nicht mehr gilt; es wurde nichts vermerkt.',
  'status.policyReceipts': 'Von Ihnen gelesene Versionen der Datenschutzerklärung: {list}.',
  'status.policyReceipt': '{version} ({date}), am {at}',
  // What the app stores about a person (issue 13)
  'mydata.title': '*Was Privacy Center über Sie speichert*',
  'mydata.where':
    'Es liegt in der Datenbank dieses Arbeitsbereichs, im eigenen Speicher der App. Nur Sie sehen diese Liste; Ihre Anträge sehen auch die Personen, die Datenschutzanträge bearbeiten.',
  'mydata.requests': '*Ihre Anträge*: {count}',
  'mydata.request': '`{ref}` {type} ({law}): {status}; gestellt am {submitted}, fällig {due}; E-Mail {email}',
  'mydata.request.wrote': 'Sie schrieben:',
  'mydata.request.noText': 'Sie haben keinen Text geschrieben.',
  'mydata.drafts': '*Geöffnete, nicht abgeschickte Antragsformulare*: {count}',
  'mydata.draft': '{type} ({law}), geöffnet am {at}',
  'mydata.law': '*Das Recht, das Sie in der Richtlinienansicht gewählt haben*: {law}',
  'mydata.appsFilter': '*Ihre Suche im App-Verzeichnis*: {filter}',
  'mydata.notices': '*Wann Ihnen ein Hinweis zur Richtlinie gezeigt wurde*: {list}',
  'mydata.notice': 'Version {version}, zuerst am {first}, zuletzt am {last}',
  'mydata.claims': '*Einträge für das Tageslimit (einer je gestelltem Antrag)*: {count}',
  'mydata.deleteHint':
    '`/privacy mydata delete` löscht, was kein offener Antrag braucht: nicht abgeschickte Formulare, das gewählte Recht, Ihre Verzeichnissuche, wann Hinweise gezeigt wurden, und Tageslimit-Einträge, die älter als einen Tag sind.',
  'mydata.keptNote':
    'Ihre Anträge bleiben: Sie belegen, wie Ihr Antrag bearbeitet wurde; abgeschlossene werden nach den Aufbewahrungseinstellungen gekürzt und später gelöscht. Auch Ihre Lesebestätigungen der Richtlinie bleiben: Sie belegen, dass Sie über die Richtlinie informiert wurden.',
  'mydata.deleted.title': '*Gelöscht*:',
  'mydata.deleted.drafts': 'nicht abgeschickte Antragsformulare: {count}',
  'mydata.deleted.law': 'das von Ihnen gewählte Recht',
  'mydata.deleted.appsFilter': 'Ihre Suche im App-Verzeichnis',
  'mydata.deleted.notices': 'Aufzeichnungen gezeigter Richtlinienhinweise: {count}',
  'mydata.deleted.claims': 'Tageslimit-Einträge, älter als ein Tag: {count}',
  'mydata.deleted.nothing':
    'Es gab nichts zu löschen: Alles Gespeicherte wird gebraucht oder bleibt aus den unten genannten Gründen.',
  'mydata.deleted.kept':
    'Behalten: offene Anträge {open}, abgeschlossene Anträge {finished}, Lesebestätigungen {acks}, noch zählende Tageslimit-Einträge {claims}.',
  // Before the app is uninstalled (issue 13)
  'uninstall.handOver.title': '*Privacy Center wird deinstalliert: Antrag {ref} wurde nicht zugestellt*',
  'uninstall.handOver.todo':
    'Sobald die App entfernt ist, kann ihn niemand mehr senden. Bitte senden Sie ihn von Hand an {email}, mit dem Text unten, und löschen Sie diese Nachricht danach: Sie enthält die Angaben der Person nur, weil dies die letzte Gelegenheit ist, den Antrag weiterzugeben.',
  'admin.cmd.acks':
    '`/privacy admin acks`: wie viele von wie vielen aktiven Personen jede Version der Erklärung bestätigt haben (`/privacy admin acks export`: wer und wann, als CSV-Datei)',
  'admin.acks.title': '*Bestätigungen der Datenschutzerklärung*',
  'admin.acks.line': 'Version {version} ({date}): {acknowledged} von {active} aktiven Personen',
  'admin.acks.col.version': 'Version',
  'admin.acks.col.effective': 'Gültig ab',
  'admin.acks.col.username': 'Benutzername',
  'admin.acks.col.acknowledged': 'Bestätigt am',
  'admin.acks.exportMessage':
    'Wer welche Version der Datenschutzerklärung bestätigt hat: {count} Bestätigungen. Die Datei enthält personenbezogene Daten: Bewahren Sie sie sicher auf und löschen Sie sie, wenn Sie sie nicht mehr brauchen.',
  'admin.acks.exported': 'Die Liste der Bestätigungen liegt in Ihren Direktnachrichten: {file}.',
  'admin.acks.exportFailed':
    'Die Liste konnte nicht als Datei gesendet werden (Referenz {ref}). Prüfen Sie, ob Datei-Uploads in diesem Workspace erlaubt sind.',
  'admin.acks.none': 'Es wurde noch keine Aktualisierung der Erklärung angekündigt.',
  'admin.acks.note':
    'Aktive Personen: alle, die sich seit der Ankündigung angemeldet oder `/privacy` benutzt haben, und alle, die sie in der Ankündigung bestätigt haben.',
};
