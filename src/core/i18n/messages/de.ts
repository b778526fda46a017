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
  'help.unknown': 'Es gibt kein `/privacy {input}`.',
  'help.didYouMean': 'Meinten Sie `/privacy {suggestion}`?',

  // The policy view
  'policy.title': 'Datenschutzerklärung',
  'policy.close': 'Schließen',
  'policy.intro':
    'So gilt die Datenschutzerklärung von {vendor} für diesen Arbeitsbereich. Das hängt davon ab, wer den Arbeitsbereich betreibt und ob er beim Anbieter registriert ist.',
  'policy.workspace.heading': '*Ihr Arbeitsbereich*',
  'policy.categories.heading': '*Was der Anbieter hier verarbeitet*',
  'policy.categories.note':
    'Ihr Profil, Ihre Nachrichten und Ihre Dateien in einem selbst gehosteten Arbeitsbereich werden vom Betreiber des Arbeitsbereichs gespeichert, nicht vom Anbieter. „Kontodaten“ meint das Konto beim Anbieter, mit dem der Arbeitsbereich registriert wurde.',
  'policy.appendices.heading': '*Geltende Teile der Datenschutzerklärung*',
  'policy.jurisdiction.heading': '*Ihre Rechte*',
  'policy.jurisdiction.label': 'Datenschutzrecht',
  'policy.jurisdiction.placeholder': 'Wählen Sie das Recht, das für Sie gilt',
  'policy.jurisdiction.hint': 'Ihre Auswahl wird nur für Sie gespeichert.',
  'policy.contact.heading': '*Datenschutzbeauftragte(r)*',
  'policy.documents.heading': '*Dokumente zur Datenschutzerklärung*',

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
  'deadline.answer': 'Die Frist für die Antwort beträgt {duration} ab Eingang.',
  'deadline.none': 'Dieses Gesetz sieht keine Frist für die Antwort vor.',
  'deadline.extension':
    'Die Frist kann einmal um bis zu {duration} verlängert werden, wenn Ihnen die Gründe vor ihrem Ablauf mitgeteilt werden.',
  'deadline.acknowledgement':
    'Die Frist für die Bestätigung, dass Ihr Antrag eingegangen ist, beträgt {duration}.',
  'deadline.optOut': 'Die Frist für die Umsetzung eines Opt-outs beträgt {duration}.',
  'deadline.about':
    'Bei Arbeitstagen werden Wochenenden übersprungen, Feiertage aber nicht; die Datumsangaben sind daher nur ungefähr.',
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

  // Errors
  'error.noView':
    'Dieser Client kann die Ansicht der Datenschutzerklärung nicht öffnen. Versuchen Sie `/privacy contact`, oder führen Sie den Befehl erneut in der Web- oder Desktop-App von Rocket.Chat aus.',
  'error.internal':
    'Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es erneut. Wenn das wiederholt passiert, nennen Sie Ihrem Administrator diese Referenz: {ref}.',
};
