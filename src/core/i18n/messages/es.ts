/**
 * Spanish. Formal address ("usted"); GDPR terms as in the Spanish text of the RGPD (acceso,
 * rectificación, supresión, limitación del tratamiento, portabilidad, oposición, autoridad de
 * control, Delegado de Protección de Datos, "por cuenta de" for a processor).
 */
import type { Translation } from './en';

export const es: Translation = {
  // /privacy help
  'help.title': '*Privacy Center*: su privacidad en este espacio de trabajo',
  'help.usage': 'Escriba `/privacy` seguido de una de estas opciones:',
  'help.cmd.policy':
    '`/privacy policy`: la política de privacidad que se aplica a este espacio de trabajo, con sus derechos y plazos',
  'help.cmd.contact':
    '`/privacy contact`: cómo contactar con el Delegado de Protección de Datos, y los documentos de la política',
  'help.cmd.help': '`/privacy help`: esta lista',
  'help.cmd.admin': '`/privacy admin`: herramientas para quienes gestionan las solicitudes de privacidad',
  'help.unknown': 'No existe `/privacy {input}`.',
  'help.didYouMean': '¿Quería decir `/privacy {suggestion}`?',

  // The policy view
  'policy.title': 'Política de privacidad',
  'policy.close': 'Cerrar',
  'policy.intro':
    'Así se aplica la política de {vendor} a este espacio de trabajo. Depende de quién gestiona el espacio de trabajo y de si está registrado ante el proveedor.',
  'policy.workspace.heading': '*Su espacio de trabajo*',
  'policy.categories.heading': '*Qué trata aquí el proveedor*',
  'policy.categories.note.cloud':
    'El proveedor aloja este espacio de trabajo, así que su perfil, sus mensajes y sus archivos aquí los trata el proveedor por cuenta del operador del espacio de trabajo, que decide qué se hace con ellos. «Datos de la cuenta» se refiere a la cuenta en el proveedor con la que se registró el espacio de trabajo.',
  'policy.categories.note.self_hosted_registered':
    'En este espacio de trabajo autoalojado, su perfil, sus mensajes y sus archivos los conserva el operador del espacio de trabajo, no el proveedor. «Datos de la cuenta» se refiere a la cuenta en el proveedor con la que se registró el espacio de trabajo.',
  'policy.categories.note.self_hosted_unregistered':
    'En este espacio de trabajo, su perfil, sus mensajes y sus archivos los conserva el operador del espacio de trabajo. El espacio de trabajo no está registrado, así que el proveedor no recibe nada de ello.',
  'policy.categories.note.community':
    'El propio proveedor gestiona este servidor de la comunidad, así que conserva su perfil, sus mensajes y sus archivos aquí. «Datos de la cuenta» se refiere a su propia cuenta en el servidor de la comunidad.',
  'policy.appendices.heading': '*Partes de la política que se aplican*',
  'policy.jurisdiction.heading': '*Sus derechos*',
  'policy.jurisdiction.label': 'Ley de protección de datos',
  'policy.jurisdiction.placeholder': 'Elija la ley que se le aplica',
  'policy.jurisdiction.hint': 'Su elección se guarda solo para usted.',
  'policy.contact.heading': '*Delegado de Protección de Datos*',
  'policy.documents.heading': '*Documentos de la política*',

  // Where your data goes here (the data map), self-service paths, the admin's posture
  'map.heading': '*Adónde van sus datos aquí*',
  'map.intro':
    'Leído de los ajustes de este espacio de trabajo: además del propio espacio, estos reciben datos sobre usted.',
  'map.asOf': 'Ajustes leídos {age}.',
  'map.notYet': 'La app aún no ha leído los ajustes; vuelva a mirar en un minuto.',
  'map.vendor.heading': '*Al proveedor ({vendor})*',
  'map.thirdParty.heading': '*A servicios que eligió el operador*',
  'map.none': 'Ninguno.',
  'map.off': 'Sin uso aquí: {names}.',
  'map.unknown': 'desconocido: la app no pudo leer los ajustes que lo deciden.',
  'map.unnamed': 'un servicio que la app no puede nombrar',
  'flow.push_gateway.name': 'Notificaciones push al móvil',
  'flow.version_check.name': 'Comprobación de versión',
  'flow.nps.name': 'Encuesta de satisfacción (NPS)',
  'flow.invite_links.name': 'Enlaces de invitación',
  'flow.usage_statistics.name': 'Estadísticas de uso',
  'flow.file_storage.name': 'Almacenamiento de archivos',
  'flow.sign_in.name': 'Proveedores de inicio de sesión',
  'flow.translation.name': 'Traducción automática',
  'flow.analytics_google.name': 'Google Analytics',
  'flow.analytics_matomo.name': 'Analítica de Matomo',
  'flow.link_previews.name': 'Vistas previas de enlaces',
  'flow.email_relay.name': 'Notificaciones por correo',
  'flow.calls.name': 'Llamadas',
  'flow.video.name': 'Videollamadas',
  'flow.omnichannel_webhook.name': 'Webhook de omnicanal',
  'flow.external_avatars.name': 'Avatares externos',
  'flow.push_gateway.on':
    'Las notificaciones a su móvil pasan por la pasarela push del proveedor ({to}). Recibe el token de su dispositivo, su id de usuario, la dirección del espacio, el id y el tipo de la sala, y {content}.',
  'flow.push.id_only':
    'solo un id de mensaje: su móvil obtiene luego el mensaje del espacio (si el plan del espacio lo incluye; si no, {fallback})',
  'flow.push.text_and_names': 'los nombres del remitente y de la sala y el texto del mensaje',
  'flow.push.text_only': 'el texto del mensaje (sin nombres de remitente ni de sala)',
  'flow.push.names_only': 'los nombres del remitente y de la sala (no el texto del mensaje)',
  'flow.push.neither': 'ni nombres ni el texto del mensaje',
  'flow.push.unknown': 'quizá nombres y el texto del mensaje (desconocido: no se pudo leer un ajuste)',
  'flow.version_check.on':
    'Una vez al día el espacio envía al proveedor su id, versión, sistema operativo y tipo de instalación; nada sobre usted.',
  'flow.nps.on':
    'Si responde la encuesta de satisfacción, su puntuación, su comentario, sus roles y un id de usuario cifrado con hash van al proveedor.',
  'flow.invite_links.on': 'Los enlaces de invitación pasan por el dominio de enlaces del proveedor ({to}).',
  'flow.usage_statistics.usually':
    'Normalmente se envían a diario: número de usuarios, salas y mensajes y cómo se usan las funciones. Solo el operador puede desactivarlo, y la app no puede ver si lo hizo.',
  'flow.file_storage.on':
    'Los archivos que usted sube se guardan en {to}, no en la base de datos ni en el disco del propio espacio.',
  'flow.sign_in.on':
    'Puede iniciar sesión con {to}. El proveedor ve cada inicio de sesión y envía sus datos de perfil al espacio.',
  'flow.sign_in.partly': 'No se pudieron leer algunos proveedores.',
  'flow.translation.on': 'El texto de los mensajes se envía a {to} para traducirlo automáticamente.',
  'flow.analytics_google.on':
    'El cliente web está rastreado por Google Analytics: las páginas que abre y datos de su navegador van a Google.',
  'flow.analytics_matomo.on':
    'El cliente web está rastreado por Matomo ({to}): las páginas que abre y datos de su navegador van allí.',
  'flow.link_previews.on':
    'El servidor abre cada enlace publicado en un mensaje para mostrar una vista previa; el sitio ve al servidor, no a usted.',
  'flow.email_relay.on': 'Los correos que recibe salen por el servidor de correo {to}. {text}',
  'flow.email.with_text': 'Incluyen el texto del mensaje.',
  'flow.email.without_text': 'No incluyen el texto del mensaje.',
  'flow.email.unknown': 'No se sabe si incluyen el texto del mensaje.',
  'flow.calls.on': 'Las llamadas contactan con estos servidores para conectar ({to}); ven su dirección IP.',
  'flow.video.on': 'Las videollamadas funcionan con el servicio de {to}.',
  'flow.omnichannel_webhook.on': 'Las conversaciones de omnicanal se envían a {to}.',
  'flow.external_avatars.on': 'Los avatares se obtienen de {to}.',
  'map.self.heading': '*Lo que puede hacer usted mismo aquí*',
  'map.self.none': 'Aquí nada de esto se puede hacer sin una solicitud.',
  'self.download':
    'Descargar sus datos: *Mi cuenta → Preferencias → Mis datos* («Descargar mis datos» o «Exportar mis datos»). El archivo llega más tarde.',
  'self.delete_account':
    'Eliminar su cuenta: *Mi cuenta → Perfil → Eliminar mi cuenta* (pide su contraseña). {messages}',
  'self.messages.Keep': 'Sus mensajes se quedan, con su nombre.',
  'self.messages.Delete': 'Sus mensajes se eliminan con ella.',
  'self.messages.Unlink': 'Sus mensajes se quedan, sin su nombre.',
  'self.messages.unknown': 'No se sabe qué pasa entonces con sus mensajes.',
  'self.delete_messages': 'Eliminar sus propios mensajes: en el menú de cada mensaje.',
  'self.edit_profile': 'Corregir su perfil: *Mi cuenta → Perfil* ({fields}).',
  'self.edit_profile.some': 'Corregir su perfil: *Mi cuenta → Perfil*.',
  'self.field.real_name': 'nombre',
  'self.field.username': 'nombre de usuario',
  'self.field.email': 'correo electrónico',
  'self.edit_messages': 'Editar sus propios mensajes: en el menú de cada mensaje.',
  'map.keeping.heading': '*Cuánto tiempo se guardan los mensajes*',
  'map.retention.off':
    'No hay ninguna política de retención activa: los mensajes se guardan hasta que alguien los elimina.',
  'map.retention.unknown': 'No se sabe si los mensajes se eliminan al cumplir una antigüedad.',
  'map.retention.room': '{room}: se eliminan a los {days} días.',
  'map.retention.roomKept': '{room}: se guardan (la política de retención no los cubre).',
  'map.retention.roomUnknown': '{room}: desconocido.',
  'room.channels': 'Canales públicos',
  'room.groups': 'Grupos privados',
  'room.dms': 'Mensajes directos',
  'map.e2e.on':
    'Hay salas con cifrado de extremo a extremo: sus mensajes se guardan solo cifrados, así que una copia de sus datos los contiene cifrados.',
  'map.e2e.off': 'El cifrado de extremo a extremo está desactivado aquí.',
  'map.e2e.unknown': 'No se sabe si hay cifrado de extremo a extremo.',
  'request.self.heading': '*Puede hacerlo usted mismo*',
  'request.self.still': 'Aun así puede enviar la solicitud abajo.',
  'posture.title': '*Situación de privacidad de este espacio de trabajo*',
  'posture.asOf': 'Ajustes del servidor leídos {age}. `/privacy admin posture refresh` los vuelve a leer.',
  'posture.notYet':
    'Los ajustes del servidor aún no se han leído. `/privacy admin posture refresh` los lee ahora.',
  'posture.news':
    '*Novedades en la situación de privacidad de este espacio de trabajo* ({count}); `/privacy admin posture` muestra todos los hallazgos:',
  'posture.none': 'Nada que cambiar: ningún hallazgo.',
  'posture.severity.high': 'Alta',
  'posture.severity.medium': 'Media',
  'posture.severity.low': 'Baja',
  'posture.severity.info': 'Nota',
  'posture.settings': 'Ajustes: {ids}',
  'finding.push_text_via_gateway': 'El texto de los mensajes pasa por la pasarela push del proveedor ({to}).',
  'finding.push_text_via_gateway.how':
    'Desactive Push_show_message, o (plan Enterprise) active Push_request_content_from_server, o desactive la pasarela (Push_enable_gateway; surte efecto tras un reinicio).',
  'finding.push_names_via_gateway':
    'Los nombres de remitente y sala pasan por la pasarela push del proveedor ({to}).',
  'finding.push_names_via_gateway.how':
    'Desactive Push_show_username_room, o (plan Enterprise) active Push_request_content_from_server.',
  'finding.web_analytics':
    'El cliente web está rastreado por {to}, algo que la política del proveedor que ven los usuarios no menciona.',
  'finding.web_analytics.how':
    'Desactive el rastreo o menciónelo en su propio aviso de privacidad (los usuarios lo ven en «Adónde van sus datos aquí»).',
  'finding.translation': 'Los mensajes se envían a un proveedor de traducción ({to}).',
  'finding.translation.how':
    'Desactive la traducción automática o asegúrese de tener un contrato de encargo de tratamiento con el proveedor.',
  'finding.email_text': 'Las notificaciones por correo llevan el texto de los mensajes a través de {to}.',
  'finding.email_text.how': 'Desactive Email_notification_show_message.',
  'finding.cloud_files': 'Los archivos se guardan en un proveedor en la nube ({to}).',
  'finding.cloud_files.how':
    'Nombre al proveedor en su registro de actividades de tratamiento, o guarde los archivos en GridFS o en el sistema de archivos.',
  'finding.no_self_delete':
    'Las personas no pueden eliminar su propia cuenta, así que cada solicitud de supresión necesita un administrador.',
  'finding.no_self_delete.how':
    'Active Accounts_AllowDeleteOwnAccount y elija en Message_ErasureType qué pasa con los mensajes.',
  'finding.no_download':
    'Las personas no pueden descargar sus propios datos, así que cada solicitud de acceso necesita un administrador.',
  'finding.no_download.how': 'Active UserData_EnableDownload.',
  'finding.dms_not_retained': 'Los mensajes directos no están cubiertos por la política de retención.',
  'finding.dms_not_retained.how':
    'Active RetentionPolicy_AppliesToDMs si también deben eliminarse al cumplir una antigüedad.',
  'finding.settings_unread':
    'La app no pudo leer algunos ajustes; donde deciden, el mapa dice «desconocido».',
  'finding.settings_unread.how':
    'Compruebe que la app pueda leer los ajustes del servidor (permiso server-setting.read).',

  // Deployment types and how they were found
  'deployment.type.cloud': 'Alojado por el proveedor (nube)',
  'deployment.type.self_hosted_registered': 'Autoalojado, registrado ante el proveedor',
  'deployment.type.self_hosted_unregistered': 'Autoalojado, no registrado',
  'deployment.type.community': 'Servidor comunitario del proveedor (Open Server)',
  'deployment.summary.cloud':
    'El proveedor gestiona este espacio de trabajo en su propia infraestructura, por lo que todo lo que se introduce aquí lo trata el proveedor por cuenta del operador del espacio de trabajo.',
  'deployment.summary.self_hosted_registered':
    'Este espacio de trabajo lo gestiona su propio operador. Como está registrado ante el proveedor, el proveedor trata los datos necesarios para los servicios que se usan a través de ese registro, como las notificaciones push.',
  'deployment.summary.self_hosted_unregistered':
    'Este espacio de trabajo lo gestiona su operador de forma independiente. Un espacio de trabajo no registrado no envía ningún dato al proveedor, así que el proveedor no trata nada procedente de él. La política del proveedor sigue aplicándose a sus otros servicios, como su sitio web y sus aplicaciones móviles.',
  'deployment.summary.community':
    'Este es el espacio de trabajo comunitario del propio proveedor, donde se prueban nuevas funciones. El proveedor trata lo que se introduce aquí y hace un seguimiento de la actividad, con Google Analytics entre otras herramientas, para saber cómo se usa el producto.',
  'deployment.source.admin_setting':
    'Un administrador ha fijado este tipo en la configuración de la aplicación.',
  'deployment.source.site_url': 'Determinado a partir de la dirección del espacio de trabajo ({host}).',
  'deployment.source.registered':
    'Determinado por la comprobación del registro del {date}: el espacio de trabajo está registrado.',
  'deployment.source.empty_token':
    'Determinado por la comprobación del registro del {date}: parece que el espacio de trabajo no está registrado. Se obtiene la misma respuesta cuando el servidor no puede conectar con el proveedor, por lo que un administrador puede fijar el tipo en la configuración de la aplicación.',
  'deployment.source.failed':
    'La comprobación del registro del {date} falló, así que no se sabe si este espacio de trabajo está registrado. Mientras no se sepa, esta página supone que lo está, porque en ese caso el proveedor puede tener algunos datos.',
  'deployment.source.no_permission':
    'La aplicación no tiene permiso para comprobar el registro, así que no se sabe si este espacio de trabajo está registrado. Esta página supone que lo está, porque en ese caso el proveedor puede tener algunos datos.',
  'deployment.source.not_checked':
    'El registro aún no se ha comprobado, así que no se sabe si este espacio de trabajo está registrado. Esta página supone que lo está hasta que se haga la comprobación.',

  // Data categories
  'category.name.account': 'Datos de la cuenta',
  'category.name.usage': 'Datos de uso',
  'category.name.app': 'Datos de aplicaciones',
  'category.name.content': 'Mensajes, archivos y otros contenidos',
  'category.name.tracking': 'Seguimiento y cookies',
  'processing.yes': 'Tratados por el proveedor',
  'processing.partly': 'Solo en un caso',
  'processing.no': 'No tratados por el proveedor',
  'category.account.cloud': 'La cuenta en el proveedor con la que se registró el espacio de trabajo.',
  'category.account.self_hosted_registered':
    'La cuenta en el proveedor con la que se registró el espacio de trabajo.',
  'category.account.self_hosted_unregistered': 'No hay registro, así que no hay datos de la cuenta.',
  'category.account.community': 'Su cuenta en el servidor comunitario.',
  'category.usage.cloud': 'Cómo se usa el espacio de trabajo alojado.',
  'category.usage.self_hosted_registered':
    'El uso de los servicios incluidos en el registro, por ejemplo las notificaciones push a través de la pasarela del proveedor.',
  'category.usage.self_hosted_unregistered':
    'El espacio de trabajo no usa ningún servicio del proveedor que envíe datos de uso.',
  'category.usage.community': 'Cómo se usa el servidor comunitario.',
  'category.app.cloud':
    'Datos que usan las aplicaciones instaladas desde el Marketplace, según lo que haga cada una. Las aplicaciones de terceros tienen sus propias políticas de privacidad.',
  'category.app.self_hosted_registered':
    'Datos que usan las aplicaciones instaladas desde el Marketplace, según lo que haga cada una. Las aplicaciones de terceros tienen sus propias políticas de privacidad.',
  'category.app.self_hosted_unregistered':
    'Sin registro, las aplicaciones no se instalan a través del proveedor.',
  'category.app.community':
    'Datos que usan las aplicaciones instaladas desde el Marketplace, según lo que haga cada una. Las aplicaciones de terceros tienen sus propias políticas de privacidad.',
  'category.content.cloud':
    'Todo lo que se introduce en el espacio de trabajo alojado. El contenido cifrado de extremo a extremo solo se almacena cifrado.',
  'category.content.self_hosted_registered':
    'El contenido permanece en el servidor del operador. La única excepción es el contenido que pasa por un servicio del proveedor, como el texto de una notificación push enviada a través de la pasarela.',
  'category.content.self_hosted_unregistered': 'El contenido permanece en el servidor del operador.',
  'category.content.community': 'Todo lo que se introduce en el servidor comunitario.',
  'category.tracking.cloud': 'Para medir cómo se usan los servicios.',
  'category.tracking.self_hosted_registered':
    'Para medir cómo se usan los servicios utilizados a través del registro. No hay seguimiento dentro del espacio de trabajo.',
  'category.tracking.self_hosted_unregistered': 'Ningún seguimiento por parte del proveedor.',
  'category.tracking.community':
    'Se hace un seguimiento de la actividad en el servidor comunitario, con Google Analytics entre otras herramientas, para mejorar el producto.',

  // Appendices
  'appendix.cloud':
    'Anexo 1, ofertas en la nube: cómo trata el proveedor los datos en los espacios de trabajo que aloja.',
  'appendix.regulations':
    'Anexo 2, marco normativo: las leyes de privacidad que pueden aplicarse a usted o a su organización.',
  'appendix.community': 'Anexo 3, Open Server: las normas del espacio de trabajo comunitario del proveedor.',

  // Jurisdictions and rights
  'jurisdiction.gdpr': 'RGPD (Unión Europea y EEE)',
  'jurisdiction.uk_gdpr': 'UK GDPR (Reino Unido)',
  'jurisdiction.ccpa': 'CCPA/CPRA (California)',
  'jurisdiction.lgpd': 'LGPD (Brasil)',
  'jurisdiction.us_state': 'Ley de otro estado de EE. UU. (Virginia, Colorado, Connecticut y similares)',
  'jurisdiction.other': 'Otra o no lo sé',
  'right.access': 'Acceder a sus datos personales y obtener una copia',
  'right.rectification': 'Obtener la rectificación de los datos inexactos',
  'right.erasure': 'Obtener la supresión de sus datos',
  'right.restriction': 'Obtener la limitación del tratamiento de sus datos',
  'right.portability': 'Recibir sus datos en un formato que permita transferirlos (portabilidad)',
  'right.objection': 'Oponerse al tratamiento de sus datos',
  'right.automated_decision_review':
    'No ser objeto de decisiones basadas únicamente en el tratamiento automatizado',
  'right.consent_withdrawal': 'Retirar su consentimiento en cualquier momento',
  'right.sale_opt_out': 'Negarse a que sus datos se vendan o se compartan (exclusión voluntaria)',
  'right.sensitive_data_limit': 'Limitar el uso de su información personal sensible',
  'right.non_discrimination': 'No recibir un trato menos favorable por ejercer estos derechos',
  'right.confirmation': 'Obtener confirmación de si se están tratando sus datos',
  'right.sharing_information': 'Saber con quién se comparten sus datos',
  'right.targeted_ads_opt_out':
    'Negarse a la publicidad dirigida, a la venta de sus datos y a la elaboración de perfiles (exclusión voluntaria)',
  'right.lgpd.rectification': 'Obtener la corrección de datos incompletos, inexactos o desactualizados',
  'right.lgpd.erasure':
    'Obtener la anonimización, el bloqueo o la eliminación de datos innecesarios, excesivos o tratados de forma ilícita, y la eliminación de los datos tratados con su consentimiento',
  'right.lgpd.sharing_information': 'Saber con qué entidades públicas y privadas se comparten sus datos',
  'right.lgpd.consent_withdrawal': 'Revocar su consentimiento en cualquier momento',
  'right.ccpa.access':
    'Saber qué información personal se recoge sobre usted y cómo se usa, y obtener una copia (derecho a saber)',
  'right.ccpa.erasure':
    'Obtener la eliminación de la información personal recogida de usted (derecho a eliminar)',
  'right.ccpa.rectification':
    'Obtener la corrección de la información personal inexacta (derecho a corregir)',
  'deadline.answer': 'La respuesta debe darse en un plazo de {duration} desde la recepción.',
  'deadline.none': 'Esta ley no fija ningún plazo de respuesta.',
  'deadline.extension':
    'El plazo puede prorrogarse una sola vez por un máximo de {duration}, si se le indica el motivo antes de que venza.',
  'deadline.acknowledgement': 'La recepción de su solicitud se confirma en un plazo de {duration}.',
  'deadline.optOut': 'Una solicitud de exclusión voluntaria se atiende en un plazo de {duration}.',
  'deadline.about':
    'Los días hábiles se cuentan de lunes a viernes; aquí los festivos cuentan como días hábiles, así que el plazo legal puede terminar uno o dos días después.',
  'deadline.atOnce':
    'La retirada del consentimiento y la oposición a la mercadotecnia directa surten efecto en cuanto se recibe la solicitud; el plazo es entonces solo la fecha límite para confirmarlo.',
  'jurisdiction.complaint':
    'Si se deniega su solicitud, se le indicarán los motivos y podrá presentar una reclamación ante una autoridad de control de protección de datos.',
  'duration.days.one': '{n} día',
  'duration.days.other': '{n} días',
  'duration.business_days.one': '{n} día hábil',
  'duration.business_days.other': '{n} días hábiles',
  'duration.months.one': '{n} mes',
  'duration.months.other': '{n} meses',

  // Contact and documents
  'contact.title': 'Contacto de privacidad',
  'contact.dpo': 'Escriba al Delegado de Protección de Datos a la dirección {email}.',
  'contact.noLinks': 'Un administrador aún no ha añadido enlaces a los documentos de la política.',
  'contact.version': 'Versión {version} de la política, en vigor desde el {date}.',
  'link.fullPolicy': 'Política de privacidad completa',
  'link.previousVersions': 'Versiones anteriores',
  'link.subProcessors': 'Subencargados del tratamiento',
  'link.lawEnforcement': 'Directrices para las fuerzas del orden',
  'link.security': 'Prácticas de seguridad',

  // Settings problems, sent to the admins
  'settings.rejected':
    'El ajuste *{setting}* de Privacy Center no se ha cambiado: {problem} El valor vigente sigue siendo {current}.',
  'settings.empty': '(vacío)',
  'setting.deployment_override': 'Tipo de espacio de trabajo',
  'setting.default_jurisdiction': 'Ley de protección de datos predeterminada',
  'setting.dpo_email': 'Correo electrónico del Delegado de Protección de Datos',
  'setting.link_full_policy': 'Política de privacidad completa (enlace)',
  'setting.link_previous_versions': 'Versiones anteriores de la política (enlace)',
  'setting.link_sub_processors': 'Subencargados del tratamiento (enlace)',
  'setting.link_law_enforcement': 'Directrices para las fuerzas del orden (enlace)',
  'setting.link_security': 'Prácticas de seguridad (enlace)',
  'setting.policy_version': 'Versión de la política',
  'setting.policy_effective_date': 'Fecha de entrada en vigor de la política',
  'setting.admin_usernames': 'Administradores a los que avisar',
  'setting.apps_api_url': 'Dirección de la API REST del espacio de trabajo',
  'setting.apps_api_user_id': 'ID de usuario de la API REST',
  'setting.apps_api_token': 'Token de acceso personal',
  'setting.apps_refresh_minutes': 'Actualizar el directorio de aplicaciones cada (minutos)',
  'setting.admin_room': 'Sala para avisos de privacidad',
  'setting.handler_roles': 'Roles que gestionan las solicitudes de privacidad',
  'setting.due_alert_days': 'Avisar de solicitudes que vencen en (días)',
  'setting.dsr_endpoint_url': 'URL del endpoint de solicitudes',
  'setting.dsr_token': 'Token del endpoint de solicitudes',
  'setting.dsr_signing_secret': 'Secreto de firma de las solicitudes',
  'setting.dsr_callbacks_reachable': 'El endpoint puede conectar con este espacio de trabajo',
  'setting.dsr_allow_local_endpoint': 'Permitir direcciones locales del endpoint (desarrollo)',
  'setting.requests_per_day': 'Solicitudes por usuario y día',
  'setting.retention_reduce_days': 'Reducir las solicitudes cerradas tras (días)',
  'setting.retention_delete_days': 'Eliminar las solicitudes reducidas tras (días)',
  'setting.policy_updates_room': 'Sala para las actualizaciones de la política',
  'setting.policy_what_changed': 'Actualización de la política: qué cambia',
  'problem.not_https': 'un enlace debe empezar por https:// (http:// solo se acepta para localhost).',
  'problem.not_url':
    'esto no es una dirección web. Introduzca un enlace completo, como https://example.com/privacy.',
  'problem.not_email':
    'esto no es una dirección de correo electrónico. Introduzca una como privacy@example.com.',
  'problem.not_date': 'esto no es una fecha. Escríbala como AAAA-MM-DD, por ejemplo 2023-10-20.',
  'problem.not_choice': 'esto no es una de las opciones ofrecidas.',
  'problem.too_long': 'el valor es demasiado largo.',
  'problem.not_usernames': 'introduzca nombres de usuario separados por comas, como alice, bob.',
  'problem.not_number': 'introduzca un número entero dentro del intervalo permitido.',
  'problem.not_boolean': 'active o desactive la opción.',
  'problem.internal_address':
    'esta dirección apunta a la red interna del propio servidor (loopback, link-local, metadatos de la nube o un rango privado); el endpoint de solicitudes debe ser una dirección https:// pública. Solo para un endpoint de prueba local, active antes *Permitir direcciones locales del endpoint (desarrollo)*.',
  'problem.credentials_in_url':
    'la dirección contiene un nombre de usuario o una contraseña. Quítelos de la dirección y ponga el token en el ajuste *Token del endpoint de solicitudes*.',
  'problem.not_roles':
    'introduzca nombres de roles separados por comas, como admin, privacy-officer (solo letras, cifras, -, _ y .).',

  // Data-subject requests: /privacy request, status, cancel
  'help.cmd.request':
    '`/privacy request [qué]`: pedir una copia de sus datos, una rectificación, la supresión y más; dígalo con sus palabras, por ejemplo `/privacy request eliminar`',
  'help.cmd.status': '`/privacy status [referencia]`: seguir sus solicitudes',
  'help.cmd.cancel': '`/privacy cancel <referencia>`: cancelar una solicitud que no ha terminado',
  'help.cmd.mydata':
    '`/privacy mydata [delete]`: lo que esta app guarda sobre usted, y borrar lo que ninguna solicitud abierta necesita',
  'policy.fileRequest': 'Presentar una solicitud',
  'request.modal.title': 'Solicitud de privacidad',
  'request.modal.intro':
    'Ejerza sus derechos sobre sus datos personales. La solicitud se envía a quien tiene esos datos; puede seguirla con `/privacy status`.',
  'request.modal.law': 'Ley de protección de datos',
  'request.modal.type': '¿Qué desea?',
  'request.modal.typePlaceholder': 'Elija una solicitud',
  'request.modal.categories': '¿Qué datos?',
  'request.modal.categoriesPlaceholder': 'Elija los tipos de datos',
  'request.modal.categoriesHint': 'Preseleccionados para este tipo de solicitud; cámbielos si lo necesita.',
  'request.modal.details': 'Detalles',
  'request.modal.detailsPlaceholder': 'Qué debe rectificarse, qué periodo, todo lo que ayude',
  'request.modal.detailsHint':
    'Como máximo {max} caracteres. No escriba nunca aquí contraseñas ni otros secretos.',
  'request.modal.identity': 'Quién lo solicita',
  'request.modal.identityText':
    'La solicitud se hace en su nombre: {email}, usuario {workspace}. Estos datos proceden de su perfil y no se pueden cambiar aquí.',
  'request.modal.routing': 'A quién se envía',
  'request.modal.addVendor': 'El proveedor',
  'request.modal.addVendorOption':
    'Enviarla también al proveedor, porque uso sus otros servicios (sitio web, aplicaciones móviles, boletín o una cuenta en el proveedor)',
  'request.modal.confirm': 'Confirmación',
  'request.modal.confirmOption': 'Esta solicitud se refiere a mis propios datos personales',
  'request.modal.submit': 'Enviar solicitud',
  'request.modal.cancel': 'Cancelar',
  'request.type.access': 'Una copia de mis datos',
  'request.type.portability': 'Mis datos en un formato que pueda transferir',
  'request.type.erasure': 'Suprimir mis datos',
  'request.type.rectification': 'Rectificar mis datos',
  'request.type.restriction': 'Limitar el tratamiento de mis datos',
  'request.type.objection': 'Oponerme al tratamiento de mis datos',
  'request.type.consent_withdrawal': 'Retirar mi consentimiento',
  'request.type.sale_opt_out': 'No vender ni compartir mis datos',
  'request.type.sensitive_data_limit': 'Limitar el uso de mis datos sensibles',
  'request.type.automated_decision_review': 'Pedir la revisión de una decisión automatizada',
  'request.type.information': 'Una pregunta para el Delegado de Protección de Datos',
  'request.typeWords.access': 'acceso, copia, acceder',
  'request.typeWords.portability': 'portabilidad, exportar',
  'request.typeWords.erasure': 'eliminar, supresión, suprimir, borrar',
  'request.typeWords.rectification': 'rectificar, rectificación, corregir, corrección',
  'request.typeWords.restriction': 'limitación, restringir, restricción',
  'request.typeWords.objection': 'oposición, oponerme, oponer',
  'request.typeWords.consent_withdrawal': 'retirar, revocar, consentimiento',
  'request.typeWords.sale_opt_out': 'venta, vender',
  'request.typeWords.sensitive_data_limit': 'sensibles, sensible',
  'request.typeWords.automated_decision_review': 'automatizada, decisión, revisión',
  'request.typeWords.information': 'pregunta, consulta, delegado, dpd',
  'request.typeHelp.access': 'Recibe los datos personales que se conservan sobre usted y cómo se usan.',
  'request.typeHelp.portability':
    'Recibe los datos que usted facilitó en un archivo estructurado y de lectura mecánica.',
  'request.typeHelp.erasure': 'Sus datos personales se suprimen, salvo que la ley obligue a conservarlos.',
  'request.typeHelp.rectification':
    'Los datos inexactos o incompletos se rectifican. Indique en los detalles qué es incorrecto.',
  'request.typeHelp.restriction':
    'Sus datos se conservan, pero no se usan mientras se resuelve una cuestión sobre ellos.',
  'request.typeHelp.objection':
    'Sus datos dejan de usarse para una finalidad a la que usted se opone, como el marketing.',
  'request.typeHelp.consent_withdrawal':
    'Lo que aceptó antes, como el seguimiento o los boletines, deja de aplicarse a partir de ahora.',
  'request.typeHelp.sale_opt_out':
    'A partir de ahora, sus datos no se venden ni se comparten con fines publicitarios.',
  'request.typeHelp.sensitive_data_limit':
    'Su información personal sensible solo se usa para lo estrictamente necesario.',
  'request.typeHelp.automated_decision_review':
    'Una persona revisa una decisión sobre usted tomada únicamente por medios automatizados.',
  'request.typeHelp.information':
    'Pregunte lo que quiera sobre cómo se tratan sus datos. No se aplica ningún plazo legal.',
  'request.categories.none': 'ningún dato en particular',
  'request.status.queued': 'pendiente de envío',
  'request.status.delivered': 'recibida por el proveedor',
  'request.status.in_progress': 'en curso',
  'request.status.completed': 'completada',
  'request.status.rejected': 'rechazada',
  'request.status.cancelled': 'cancelada',
  'request.status.failed': 'entrega fallida',
  'routing.vendor.vendor_hosts':
    'Al proveedor, que aloja este espacio de trabajo y, por tanto, tiene todos sus datos.',
  'routing.vendor.vendor_runs_community': 'Al proveedor, que gestiona este servidor comunitario.',
  'routing.vendor.registered_services': 'Al proveedor, por los datos que tiene a través del registro.',
  'routing.vendor.user_added':
    'Al proveedor, porque usted indicó que tiene datos suyos procedentes de sus otros servicios.',
  'routing.vendor.left_out':
    'No al proveedor: no tiene ninguno de estos datos de este espacio de trabajo. Marque la casilla de abajo si tiene datos suyos procedentes de sus otros servicios.',
  'routing.vendor.not_sent':
    'No enviada al proveedor: no tiene ninguno de estos datos de este espacio de trabajo.',
  'routing.workspace.operator_copy':
    'También al operador de este espacio de trabajo, que decide qué se hace con los datos del espacio de trabajo.',
  'routing.workspace.operator_holds':
    'Al operador de este espacio de trabajo, que conserva su perfil, sus mensajes, sus archivos y todo lo demás que se almacena aquí.',
  'routing.uncertain':
    'No se sabe si este espacio de trabajo está registrado ante el proveedor, así que la solicitud se encamina como si lo estuviera.',
  'routing.data': 'Recibe: {categories}.',
  'routing.admins.admins': 'Se avisó a los administradores.',
  'routing.admins.dpo_email':
    'No se pudo avisar a ningún administrador, así que se envió por correo electrónico al Delegado de Protección de Datos ({email}).',
  'routing.admins.nobody':
    'No se pudo avisar a ningún administrador y el espacio de trabajo no pudo enviar correo: escriba al Delegado de Protección de Datos a {email} e indique {ref}.',
  'routing.admins.preview.admins': 'Se avisa a los administradores.',
  'routing.admins.preview.dpo_email':
    'No hay ningún administrador configurado para recibir avisos, así que se envía por correo electrónico al Delegado de Protección de Datos ({email}).',
  'request.receipt.title': '*Se ha recibido su solicitud de privacidad {ref}.*',
  'request.receipt.asked': 'Solicitud: {type}. Ley: {jurisdiction}.',
  'request.receipt.data': 'Datos: {categories}.',
  'request.receipt.follow': 'Sígala con `/privacy status {ref}` o cancélela con `/privacy cancel {ref}`.',
  'request.due': 'La respuesta debe darse a más tardar el {date}.',
  'request.dueAbout':
    'La respuesta debe darse hacia el {date} (días hábiles, contados de lunes a viernes; aquí los festivos cuentan como días hábiles, así que el plazo legal puede terminar uno o dos días después).',
  'request.dueAtOnce':
    'Esto surte efecto en cuanto se recibe la solicitud; el {date} es la fecha límite para confirmarlo.',
  'request.dueDirectMarketing':
    'La oposición a la mercadotecnia directa surte efecto en cuanto se recibe la solicitud; para otros usos de los datos, la respuesta debe darse a más tardar el {date}.',
  'request.noDeadline': 'A esta solicitud no se le aplica ningún plazo legal.',
  'request.acknowledgeBy': 'La recepción debe confirmarse a más tardar el {date}.',
  'request.unverifiedEmail':
    'Su dirección de correo electrónico no está verificada, así que es posible que se le pida confirmar que la solicitud es suya.',
  'request.changed': 'Su solicitud de privacidad {ref} ({type}) tiene ahora el estado: *{status}*.',
  'request.reason.vendor': 'Motivo del proveedor, en sus propias palabras: {reason}',
  'request.results': 'Resultados: {url}',
  'operator.dm.taken':
    'Su solicitud de privacidad {ref} ({type}) ya la está tramitando el operador de este espacio de trabajo.',
  'operator.dm.dueBy': 'Debe responder antes del {date}.',
  'operator.dm.extended':
    'El operador de este espacio de trabajo ha prorrogado el plazo de su solicitud de privacidad {ref} ({type}) hasta el {date}, como permite la ley.',
  'operator.dm.reasons': 'Sus motivos:',
  'operator.dm.answered.done':
    'El operador de este espacio de trabajo ha respondido a su solicitud de privacidad {ref} ({type}): atendida.',
  'operator.dm.answered.partly_done':
    'El operador de este espacio de trabajo ha respondido a su solicitud de privacidad {ref} ({type}): atendida en parte.',
  'operator.dm.answered.refused':
    'El operador de este espacio de trabajo ha respondido a su solicitud de privacidad {ref} ({type}): denegada.',
  'operator.dm.message': 'Su mensaje:',
  'operator.dm.link': 'Sus datos: {link}',
  'operator.dm.linkLabel': 'descargar',
  'operator.dm.complaint':
    'Si no está de acuerdo, tiene derecho a presentar una reclamación ante una autoridad de control de protección de datos.',
  'request.complaint':
    'Si no está de acuerdo, puede presentar una reclamación ante una autoridad de control de protección de datos.',
  'request.failed.contact':
    'Escriba al Delegado de Protección de Datos a la dirección {email} e indique la referencia {ref}.',
  'request.cancelRequested': 'Se ha pedido la cancelación de {ref}. Recibirá un mensaje cuando se confirme.',
  'request.limit':
    'Ha presentado {limit} solicitudes en las últimas 24 horas, el máximo permitido. Vuelva a intentarlo más tarde o escriba al Delegado de Protección de Datos a la dirección {email}.',
  'request.limitUntil':
    'Ha presentado {limit} solicitudes en las últimas 24 horas, el máximo permitido. Podrá presentar la siguiente a partir de {time}. Mientras tanto, puede escribir al Delegado de Protección de Datos a la dirección {email}.',
  'request.limitBusy':
    'Al mismo tiempo se estaba presentando otra de sus solicitudes, por lo que esta no se presentó. Pulse «Enviar solicitud» de nuevo.',
  'request.typeUnknown': '«{input}» no es un tipo de solicitud que yo conozca. Puede escribir: {words}.',
  'request.typeDidYouMean': '¿Quiso decir `/privacy request {suggestion}`?',
  'form.error.notOpened':
    'Este formulario no lo abrió usted o ya se envió. No se ha presentado nada. Use `/privacy request` para abrir uno nuevo.',
  'request.emailed':
    'No hay ningún endpoint de solicitudes configurado, así que su solicitud se ha enviado por correo electrónico al Delegado de Protección de Datos ({email}).',
  'request.emailedNotInForce':
    'El endpoint de solicitudes configurado para este espacio de trabajo no se puede usar por ahora, así que su solicitud se ha enviado por correo electrónico al Delegado de Protección de Datos ({email}).',
  'form.error.jurisdiction': 'Elija la ley de protección de datos que se le aplica.',
  'form.error.type': 'Elija lo que desea.',
  'form.error.typeNotInJurisdiction': 'Esta solicitud no está prevista en la ley elegida. Elija otra.',
  'form.error.categories': 'Elija al menos un tipo de datos.',
  'form.error.detailsTooLong': 'Los detalles son demasiado largos. Redúzcalos a 2000 caracteres.',
  'form.error.detailsNeeded': 'Indique en los detalles de qué se trata.',
  'form.error.confirm': 'Confirme que la solicitud se refiere a sus propios datos.',
  'form.error.noEmail':
    'Su perfil no tiene ninguna dirección de correo electrónico, y la solicitud la necesita. Añada una en la configuración de su cuenta y vuelva a intentarlo.',
  'form.error.apps': 'Elija solo aplicaciones de la lista.',
  'request.modal.apps': 'Aplicaciones a las que se refiere',
  'request.modal.appsPlaceholder': 'Elija aplicaciones instaladas (opcional)',
  'request.modal.appsHint':
    'Cada aplicación tiene su propia política de privacidad; consulte `/privacy apps`.',
  'request.receipt.apps': 'Aplicaciones: {apps}.',
  'apps.app.request': 'Presentar una solicitud sobre esta aplicación',
  'status.title': '*Sus solicitudes de privacidad*',
  'status.line': '`{ref}` {type}: {status}, plazo: {due}',
  'status.noDue': 'sin plazo',
  'status.lineAtOnce':
    '`{ref}` {type}: {status}, en vigor desde la recepción, por confirmar a más tardar el {due}',
  'status.more': 'y {count} más antiguas.',
  'status.hint': 'Detalles e historial: `/privacy status <referencia>`.',
  'status.none':
    'No ha presentado ninguna solicitud de privacidad. Use `/privacy request` para presentar una.',
  'status.notFound': 'No tiene ninguna solicitud {ref}. `/privacy status` muestra sus solicitudes.',
  'status.badReference':
    '`{input}` no es una referencia de solicitud. Una referencia tiene este aspecto: PR-1A2B3C4D.',
  'status.detail.title': '*Solicitud {ref}*: {status}',
  'status.operatorDue': 'El operador de este espacio de trabajo prorrogó su plazo hasta el {date}.',
  'status.operator.taken': '{date}: asumida por el operador de este espacio de trabajo',
  'status.operator.extended':
    '{date}: plazo prorrogado por el operador de este espacio de trabajo hasta el {due}',
  'status.operator.answered': '{date}: {status}',
  'status.operator.withdrawn': '{date}: retirada del operador de este espacio de trabajo',
  'status.detail.history': '*Historial*',
  'status.history': '{date}: {status}, {source}',
  'history.source.submit': 'presentada por usted',
  'history.source.delivery': 'entrega al proveedor',
  'history.source.poll': 'consulta de estado',
  'history.source.callback': 'mensaje del proveedor',
  'history.source.admin': 'un administrador',
  'history.source.user': 'usted',
  'history.reason.emailed_to_dpo': 'enviada por correo electrónico al Delegado de Protección de Datos',
  'history.reason.no_endpoint_no_email':
    'no hay ningún endpoint de solicitudes configurado y el espacio de trabajo no pudo enviar correo electrónico',
  'history.reason.undeliverable':
    'no se pudo conectar con el sistema de solicitudes del proveedor durante 72 horas',
  'history.reason.passed_to_operator': 'trasladada al operador de este espacio de trabajo',
  'request.status.with_operator': 'en manos del operador de este espacio de trabajo',
  'request.status.operator_waiting': 'pendiente de avisar al operador de este espacio de trabajo',
  'request.status.tracks': 'parte del proveedor: {vendor}; parte de este espacio de trabajo: {operator}',
  'request.status.operator_emailed': 'trasladada por correo electrónico al Delegado de Protección de Datos',
  'request.status.operator_untold': 'no se pudo avisar a nadie: escriba al Delegado de Protección de Datos',
  'request.status.operator_in_progress': 'en trámite por el operador de este espacio de trabajo',
  'request.status.operator_answered_done': 'respondida por el operador de este espacio de trabajo: atendida',
  'request.status.operator_answered_partly_done':
    'respondida por el operador de este espacio de trabajo: atendida en parte',
  'request.status.operator_answered_refused':
    'respondida por el operador de este espacio de trabajo: denegada',
  'request.status.operator_withdrawn': 'retirada por usted',
  'request.status.emailed': 'trasladada por correo electrónico al Delegado de Protección de Datos',
  'request.handedOver':
    'Su solicitud de privacidad {ref} ({type}) no se pudo recibir de forma automática, así que se trasladó por correo electrónico al Delegado de Protección de Datos ({email}), que le responderá. No tiene que hacer nada más.',
  'history.source.operator': 'traslado al operador de este espacio de trabajo',
  'history.reason.endpoint_refused_format': 'el sistema de solicitudes no pudo recibirla',
  'history.reason.no_admin_no_email':
    'no se pudo avisar a ningún administrador y el espacio de trabajo no pudo enviar correo',
  'email.to': 'Para',
  'email.cancelSubject': 'Solicitud de privacidad {ref}: cancelada',
  'email.cancelText':
    'Buenos días:\n\nRetiro mi solicitud de privacidad {ref}, que le envié anteriormente. Le ruego que no la tramite.',
  'email.subjectLabel': 'Asunto',
  'history.reason.given': 'motivo indicado: {reason}',
  'history.reason.endpoint_refused': 'el endpoint de solicitudes rechazó la solicitud por no ser válida',
  'cancel.missingReference':
    'Escriba la referencia de la solicitud que quiere cancelar, por ejemplo `/privacy cancel PR-1A2B3C4D`.',
  'cancel.final': 'La solicitud {ref} ya no se puede cancelar (estado: {status}).',
  'email.subject': 'Solicitud de privacidad {ref}: {type}',
  'email.subject.vendor': 'Solicitud de privacidad {ref}: {type} (parte del proveedor)',
  'email.subject.workspace':
    'Solicitud de privacidad {ref}: {type} (parte del operador de este espacio de trabajo)',
  'email.part.vendor':
    'Esta parte se refiere a los datos que tiene el proveedor; los datos que conserva el operador de este espacio de trabajo se solicitan por separado.',
  'email.part.workspace':
    'Esta parte se refiere a los datos que conserva el operador de este espacio de trabajo; los datos que tiene el proveedor se solicitan por separado.',
  'email.greeting': 'Buenos días:',
  'email.intro': 'Deseo ejercer mis derechos de protección de datos. Uso el espacio de trabajo {workspace}.',
  'email.field.reference': 'Referencia',
  'email.field.type': 'Solicitud',
  'email.field.law': 'Ley',
  'email.field.data': 'Datos',
  'email.field.user': 'Usuario',
  'email.userGone': '(la cuenta ya no existe)',
  'email.field.submitted': 'Presentada el',
  'email.field.due': 'Respuesta a más tardar el',
  'email.field.details': 'Detalles',
  'email.readyToSend':
    'Puede enviar la solicitud por su cuenta. Copie este correo electrónico y envíelo a {email}:',
  'admin.newRequest': 'Nueva solicitud de privacidad {ref}: {type}. Ley: {jurisdiction}.',
  'admin.earlierRequest':
    'La solicitud {ref} se presentó el {date} con una versión anterior de esta app, que no registró si se le avisó. Compruebe si ya se ha respondido.',
  'admin.cancelled':
    'La solicitud de privacidad {ref} ({type}, ley: {jurisdiction}) ha sido cancelada por la persona que la presentó.',
  'admin.operatorMustAnswer':
    'Este espacio de trabajo tiene estos datos, así que debe responder su operador. Abra `/privacy admin` para ver quién presentó la solicitud y qué escribió, y para gestionarla.',
  'admin.dueAlert.title':
    '*Vencen solicitudes de privacidad que este espacio de trabajo debe responder.* Abra `/privacy admin` para gestionarlas.',
  'admin.dueAlert.overdue': '*Vencidas:*',
  'admin.dueAlert.dueSoon': '*Vencen dentro de {days} días:*',
  'admin.dueAlert.line': '{ref}: {type}, ley: {jurisdiction}, vence el {date}',
  'operator.refusal.final_state':
    'Esta solicitud está cerrada (respondida o retirada), y una solicitud cerrada ya no cambia.',
  'operator.refusal.law_allows_none':
    'La ley elegida ({law}) no permite prórroga: la respuesta vence dentro del plazo legal ({period}), como muy tarde el {date}.',
  'operator.refusal.no_deadline':
    'Esta solicitud no tiene plazo legal (una pregunta al delegado de protección de datos, o no se eligió una ley con plazo), así que no hay fecha que prorrogar.',
  'operator.refusal.too_late_to_extend':
    'La ley elegida ({law}) solo permite una prórroga si se informa a la persona, con los motivos, dentro del primer plazo ({period}). Ese plazo terminó el {date}, así que ya no se puede prorrogar.',
  'operator.refusal.beyond_maximum':
    'La ley elegida ({law}) permite como máximo {extension} más después de la fecha original, así que la fecha más tardía posible es el {date}.',
  'operator.refusal.already_extended':
    'La ley elegida ({law}) solo permite una prórroga, y esta solicitud ya se prorrogó.',
  'operator.refusal.not_later': 'La nueva fecha debe ser posterior a la actual, {date}.',
  'operator.refusal.not_taken':
    'Asuma primero la solicitud: solo una solicitud que alguien ha asumido se puede prorrogar o responder.',
  'operator.refusal.already_taken': 'Alguien ya ha asumido esta solicitud.',
  'operator.refusal.reasons_required':
    'Escriba los motivos: la persona debe saber por qué se rechaza una solicitud o se prorroga su plazo.',
  'operator.refusal.not_the_person': 'Solo la persona que hizo la solicitud puede retirarla.',
  // The admin console: a request's page, its actions and their forms
  'console.request.title': 'Solicitud {ref}',
  'console.request.heading': '*Solicitud {ref}*: {type}, según {law}',
  'console.request.submitted': '*Presentada*: {date}',
  'console.request.due': '*Vence*: {date}',
  'console.request.overdue': '*Vence*: {date}, *vencida*',
  'console.request.noDue': '*Vence*: sin plazo legal',
  'console.request.person': '*Persona*: @{username}, {name}, {email}',
  'console.request.personNoName': '*Persona*: @{username}, {email}',
  'console.request.unverified': 'La dirección de correo no está verificada.',
  'console.request.details': '*Detalles, tal como los escribió la persona*:',
  'console.request.noDetails': 'La persona no escribió detalles.',
  'console.request.vendorTrack': '*Vía del proveedor*: {status}. Datos: {categories}.',
  'console.request.vendorTrack.none':
    '*Vía del proveedor*: ninguna, el proveedor no tiene ninguno de los datos pedidos.',
  'console.request.vendorFailures': 'Intentos de entrega fallidos: {count}. Próximo intento: {date}.',
  'console.request.operatorTrack': '*Vía del espacio de trabajo*: {state}. Datos: {categories}.',
  'console.request.operatorTrack.none':
    '*Vía del espacio de trabajo*: ninguna, este espacio de trabajo no tiene ninguno de los datos pedidos.',
  'console.request.takenBy': 'Asumida por {who}.',
  'console.request.outcome': 'Resultado: {outcome}.',
  'console.request.history': '*Historial*',
  'console.request.unknownUser': 'una cuenta que ya no existe',
  'console.operator.state.new': 'nueva, nadie la ha asumido todavía',
  'console.operator.state.in_progress': 'en curso',
  'console.operator.state.answered': 'respondida',
  'console.operator.state.withdrawn': 'retirada por la persona',
  'console.operator.outcome.done': 'atendida',
  'console.operator.outcome.partly_done': 'atendida en parte',
  'console.operator.outcome.refused': 'denegada',
  'console.source.submit': 'presentada por la persona',
  'console.source.delivery': 'entrega al proveedor',
  'console.source.poll': 'consulta de estado al proveedor',
  'console.source.callback': 'mensaje del proveedor',
  'console.source.admin': 'un administrador',
  'console.source.user': 'la persona',
  'console.history.status': '{date}: {status} ({source})',
  'console.history.take': '{date}: vía del espacio de trabajo asumida por {who}',
  'console.history.extend': '{date}: plazo prorrogado hasta el {due} por {who}, motivos:',
  'console.history.answer': '{date}: respondida por {who}, resultado: {outcome}',
  'console.history.note': '{date}: *nota interna* de {who} (la persona no la ve):',
  'console.history.withdraw': '{date}: retirada por la persona',
  'console.history.link': 'Enlace dado a la persona: {link}',
  'console.action.take': 'Asumir',
  'console.action.extend': 'Prorrogar',
  'console.action.answer': 'Responder',
  'console.action.note': 'Añadir nota',
  'console.action.retry': 'Reintentar ahora la entrega al proveedor',
  'console.action.resend': 'Reenviar la confirmación',
  'console.action.back': 'Volver a la lista',
  'console.action.close': 'Cerrar',
  'console.notice.told': 'Hecho. Se avisó a la persona por mensaje directo.',
  'console.notice.notTold': 'Hecho, pero no se pudo avisar a la persona: su cuenta ya no existe.',
  'console.notice.noted': 'Nota añadida. La persona no la ve.',
  'console.notice.refused': 'No se hizo: {reason}',
  'console.notice.retried':
    'La entrega al proveedor vence ahora: la bandeja de salida la reintenta en un momento.',
  'console.notice.nothingToRetry':
    'Ninguna entrega de esta solicitud al proveedor espera en la bandeja de salida.',
  'console.notice.resent': 'La confirmación se envió de nuevo a @{username}.',
  'console.notice.notResent':
    'No se pudo enviar la confirmación: la cuenta de la persona que presentó la solicitud ya no existe.',
  'console.notFound.title': 'Solicitud no encontrada',
  'console.notFound': 'No se encontró esta solicitud. Quizá se presentó con una versión anterior de la app.',
  'console.form.extend.title': 'Prorrogar el plazo',
  'console.form.extend.intro':
    'Solicitud {ref}, vence el {date}. La persona conoce la nueva fecha y sus motivos.',
  'console.form.extend.due': 'Nueva fecha de vencimiento',
  'console.form.extend.reasons': 'Motivos (la persona los lee)',
  'console.form.extend.submit': 'Prorrogar',
  'console.form.answer.title': 'Responder la solicitud',
  'console.form.answer.intro': 'Solicitud {ref}. La persona conoce el resultado, su mensaje y el enlace.',
  'console.form.answer.outcome': 'Resultado',
  'console.form.answer.outcomePlaceholder': 'Elija el resultado',
  'console.form.answer.message': 'Mensaje a la persona (obligatorio si se deniega)',
  'console.form.answer.link': 'Enlace a los datos (opcional, una dirección https://)',
  'console.form.answer.submit': 'Enviar la respuesta',
  'console.form.note.title': 'Añadir una nota interna',
  'console.form.note.intro': 'Solicitud {ref}. Solo las personas que tramitan solicitudes ven las notas.',
  'console.form.note.text': 'Nota',
  'console.form.note.submit': 'Añadir nota',
  'console.form.cancel': 'Cancelar',
  'console.error.required': 'Rellene este campo.',
  'console.error.tooLong': 'Escriba como máximo {max} caracteres.',
  'console.error.date': 'Elija una fecha.',
  'console.error.outcome': 'Elija un resultado.',
  'console.error.link':
    'Escriba una dirección https:// completa, por ejemplo https://files.example.org/export.zip, o deje el campo vacío.',
  'console.error.gone': 'Esta solicitud ya no se encuentra.',
  'console.error.noWorkspaceTrack':
    'Esta solicitud no tiene vía del espacio de trabajo: solo la responde el proveedor.',
  'admin.unauthorized':
    'El endpoint de solicitudes rechazó las credenciales de la aplicación. Las solicitudes esperan en la bandeja de salida hasta que se corrija el token o el secreto de firma en la configuración de Privacy Center.',
  'admin.endpointNotInForce':
    'La dirección del ajuste *{setting}* no se usa: {problem} Hasta que se corrija, las solicitudes nuevas se envían por correo electrónico al Delegado de Protección de Datos y no se consulta el estado de las solicitudes ya entregadas.',
  'admin.malformed':
    'El endpoint de solicitudes rechazó la solicitud {ref} por estar mal formada (HTTP 400), así que no se entregó. El endpoint dijo: {reason}. Revise la configuración del endpoint de solicitudes o avise al proveedor.',
  'admin.malformed.emailed':
    'En su lugar, la solicitud se envió por correo electrónico al Delegado de Protección de Datos ({email}).',
  'admin.malformed.notEmailed':
    'El espacio de trabajo no pudo enviar correo, así que el usuario recibió un correo listo para enviar al Delegado de Protección de Datos ({email}).',
  'admin.malformed.nobody':
    'El espacio de trabajo no pudo enviar correo electrónico y la cuenta del usuario ya no existe, así que la solicitud no llegó a nadie. Transmítala ustedes mismos al Delegado de Protección de Datos ({email}).',
  'admin.vendorGets': 'El proveedor recibe: {categories}.',
  'admin.deadLetter':
    'La solicitud {ref} no se pudo entregar durante 72 horas (último error: {reason}) y se ha entregado por correo electrónico o al usuario. Revise la configuración del endpoint de solicitudes.',

  // Errors
  'error.noView':
    'Este cliente no puede abrir la vista de la política. Pruebe `/privacy contact` o vuelva a ejecutar el comando desde la aplicación web o de escritorio de Rocket.Chat.',
  'error.internal':
    'Algo ha fallado por nuestra parte. Vuelva a intentarlo. Si sigue ocurriendo, facilite a su administrador esta referencia: {ref}.',

  // /privacy apps
  'help.cmd.apps':
    '`/privacy apps`: las aplicaciones instaladas aquí, a qué datos puede acceder cada una y sus políticas de privacidad',
  'apps.title': 'Aplicaciones instaladas',
  'apps.close': 'Cerrar',
  'apps.intro':
    'Estas aplicaciones están instaladas en este espacio de trabajo. Cada una solo puede acceder a lo que permiten sus permisos. Las aplicaciones que pueden enviar datos fuera del espacio de trabajo y leer mensajes aparecen primero.',
  'apps.filter.label': 'Buscar',
  'apps.filter.placeholder': 'Nombre de la aplicación, autor o tipo de datos',
  'apps.category.placeholder': 'Tipo de datos',
  'apps.category.all': 'Todos los tipos de datos',
  'apps.refresh': 'Actualizar',
  'apps.count': 'Mostrando {shown} de {total} aplicaciones instaladas.',
  'apps.count.capped':
    'Mostrando las primeras {shown} de {matching} aplicaciones que coinciden ({total} instaladas). Acote la búsqueda para ver las demás.',
  'apps.none': 'No hay ninguna aplicación instalada en este espacio de trabajo.',
  'apps.noMatch': 'Ninguna aplicación coincide con esta búsqueda.',
  'apps.updated': 'Lista obtenida {age}.',
  'apps.stale':
    'Se está volviendo a obtener en segundo plano: pulse «Actualizar» dentro de un momento para ver la lista nueva.',
  'apps.age.now': 'ahora mismo',
  'apps.age.minutes.one': 'hace {n} minuto',
  'apps.age.minutes.other': 'hace {n} minutos',
  'apps.age.hours.one': 'hace {n} hora',
  'apps.age.hours.other': 'hace {n} horas',
  'apps.age.days.one': 'hace {n} día',
  'apps.age.days.other': 'hace {n} días',
  'apps.app.by': 'de {author}',
  'apps.app.enabled': 'Activada',
  'apps.app.disabled': 'Desactivada',
  'apps.app.marketplace': 'Del Marketplace',
  'apps.app.private': 'Carga privada, no procede del Marketplace',
  'apps.privacy.heading': '*Política de privacidad*',
  'apps.privacy.summaryNote':
    'Palabras del propio autor en el Marketplace, normalmente en inglés; sin traducir.',
  'apps.privacy.link': 'Leer la política de privacidad',
  'apps.privacy.noLink': 'El Marketplace no indica ningún enlace a la política completa.',
  'apps.privacy.none': '*No hay ninguna política de privacidad publicada.* Pregunte al autor:',
  'apps.privacy.unknown':
    '*No se ha podido consultar el Marketplace*, así que no se muestra la política de privacidad de esta aplicación. El autor:',
  'apps.author.homepage': 'Sitio web',
  'apps.author.support': 'Soporte',
  'apps.author.noContact': 'El autor no ha indicado ningún sitio web ni contacto de soporte.',
  'apps.permissions.heading': '*A qué puede acceder*',
  'apps.permissions.default':
    '*A qué puede acceder*: esta aplicación no declara permisos, así que el Apps-Engine le concede su amplio conjunto predeterminado.',
  'apps.permissions.none':
    '*A qué puede acceder*: a nada. Esta aplicación declara una lista vacía de permisos, así que el Apps-Engine no le concede ninguno.',
  'apps.risk.high': 'riesgo alto',
  'apps.risk.medium': 'riesgo medio',
  'apps.risk.low': 'riesgo bajo',
  'apps.permission.unknown': '`{name}`, un permiso que Privacy Center no conoce',
  'apps.data.outside': 'Datos que salen del espacio de trabajo',
  'apps.data.messages': 'Mensajes',
  'apps.data.files': 'Archivos',
  'apps.data.people': 'Personas y cuentas',
  'apps.data.omnichannel': 'Visitantes y conversaciones de Omnichannel',
  'apps.data.rooms': 'Salas',
  'apps.data.calls': 'Videollamadas',
  'apps.data.workspace': 'Configuración del espacio de trabajo',
  'apps.data.features': 'Funciones propias de la aplicación',
  'apps.data.unknown': 'Otros permisos',
  'permission.networking':
    'puede enviar datos a cualquier dirección fuera del espacio de trabajo y obtener datos de ella',
  'permission.outbound-communication.provide':
    'puede enviar mensajes a personas fuera del espacio de trabajo, por ejemplo por SMS o correo electrónico',
  'permission.email.send': 'envía correos electrónicos desde el espacio de trabajo',
  'permission.cloud.workspace-token':
    'usa el registro del espacio de trabajo para llamar a los servicios en la nube del proveedor',
  'permission.message.read': 'lee mensajes',
  'permission.threads.read': 'lee hilos',
  'permission.moderation.read': 'lee mensajes denunciados e informes de moderación',
  'permission.message.write': 'envía, modifica y elimina mensajes',
  'permission.moderation.write': 'toma medidas sobre mensajes denunciados',
  'permission.upload.read': 'lee archivos subidos',
  'permission.upload.write': 'sube archivos',
  'permission.user.write': 'crea, modifica y desactiva cuentas de usuario',
  'permission.role.write': 'cambia los roles de las personas y, con ello, lo que pueden hacer',
  'permission.user.read':
    'lee perfiles: nombres, nombres de usuario, direcciones de correo electrónico, estado',
  'permission.role.read': 'lee los roles de las personas',
  'permission.livechat-visitor.read': 'lee los datos de los visitantes de Omnichannel',
  'permission.livechat-message.read': 'lee conversaciones de Omnichannel',
  'permission.contact.read': 'lee contactos de Omnichannel',
  'permission.livechat-visitor.write': 'crea y modifica visitantes de Omnichannel',
  'permission.livechat-message.write': 'envía mensajes en conversaciones de Omnichannel',
  'permission.livechat-message.multiple': 'trabaja con muchos mensajes de Omnichannel a la vez',
  'permission.livechat-room.read': 'lee los detalles de las conversaciones de Omnichannel',
  'permission.livechat-room.write': 'abre, transfiere y cierra conversaciones de Omnichannel',
  'permission.livechat-custom-fields.write': 'rellena campos personalizados sobre visitantes de Omnichannel',
  'permission.contact.write': 'crea y modifica contactos de Omnichannel',
  'permission.livechat-department.write': 'modifica departamentos de Omnichannel',
  'permission.livechat-department.read': 'lee departamentos de Omnichannel',
  'permission.livechat-department.multiple': 'lee muchos departamentos de Omnichannel a la vez',
  'permission.livechat-status.read': 've si los agentes de Omnichannel están disponibles',
  'permission.room.system.view-all': 've todas las salas, incluidas las privadas de las que no es miembro',
  'permission.room.read': 'lee los detalles de las salas y quién es miembro',
  'permission.room.write': 'crea, modifica y elimina salas',
  'permission.video-conference-provider':
    'proporciona videollamadas, así que los datos de las llamadas pasan por ella',
  'permission.video-conference.read': 'lee los detalles de las videollamadas',
  'permission.video-conference.write': 'inicia y modifica videollamadas',
  'permission.server-setting.write': 'modifica la configuración del espacio de trabajo',
  'permission.oauth-app.write': 'crea y modifica aplicaciones OAuth, a las que se puede dar acceso a cuentas',
  'permission.server-setting.read': 'lee la configuración del espacio de trabajo',
  'permission.oauth-app.read': 'lee las aplicaciones OAuth configuradas en el espacio de trabajo',
  'permission.env.read': 'lee datos del servidor en el que se ejecuta',
  'permission.api': 'ofrece direcciones web a las que pueden llamar servicios externos al espacio de trabajo',
  'permission.experimental.default': 'usa funciones experimentales del Apps-Engine',
  'permission.persistence': 'guarda sus propios datos en la base de datos del espacio de trabajo',
  'permission.scheduler': 'ejecuta tareas programadas',
  'permission.slashcommand': 'añade comandos de barra',
  'permission.ui.interact': 'abre ventanas y formularios',
  'permission.ui.registerButtons': 'añade botones a la interfaz',
  'apps.notConfigured.title': '*El directorio de aplicaciones aún no está configurado.*',
  'apps.notConfigured.why':
    'Las aplicaciones no pueden ver qué otras aplicaciones están instaladas, así que Privacy Center lee la lista a través de la propia API REST del espacio de trabajo, con la sesión iniciada como un usuario dedicado sin derechos de administrador. Un administrador debe configurar lo siguiente en Administración > Aplicaciones > Privacy Center > Configuración, sección «Directorio de aplicaciones»:',
  'apps.notConfigured.baseUrl':
    '*Dirección de la API REST del espacio de trabajo*: la Site URL no es una dirección https:// (http:// solo se acepta para localhost), así que introduzca una dirección en la que el servidor pueda conectarse consigo mismo.',
  'apps.notConfigured.userId': '*ID de usuario de la API REST*: el ID de ese usuario dedicado.',
  'apps.notConfigured.token': '*Token de acceso personal*: un token de acceso personal de ese usuario.',
  'apps.error.unauthorized':
    '*El espacio de trabajo rechazó el token de acceso de la aplicación* (respondió 401 o 403). Un administrador debe revisar los ajustes *ID de usuario de la API REST* y *Token de acceso personal*.',
  'apps.error.unreachable':
    '*No se pudo conectar con la API REST del espacio de trabajo* (no respondió a tiempo o hubo un error del servidor). Si sigue ocurriendo, un administrador puede introducir una dirección interna en el ajuste *Dirección de la API REST del espacio de trabajo*.',
  'apps.error.bad_answer':
    '*La API REST del espacio de trabajo dio una respuesta que Privacy Center no entiende.* Un administrador debe revisar el ajuste *Dirección de la API REST del espacio de trabajo*.',
  'apps.error.lastGood': 'Esta es la lista tal como se obtuvo {age}.',
  'apps.error.nothing': 'No hay ninguna lista anterior que mostrar.',
  'apps.error.noView':
    'Este cliente no puede abrir el directorio de aplicaciones. Vuelva a ejecutar `/privacy apps` desde la aplicación web o de escritorio de Rocket.Chat.',
  'apps.marketplace.failed':
    'No se ha podido consultar el Marketplace, así que los resúmenes de privacidad pueden faltar o estar desactualizados.',

  // /privacy admin: the gate, and the request endpoint check
  'admin.refusal':
    'Este comando es para las personas que gestionan las solicitudes de privacidad en este espacio de trabajo.',
  'admin.title': '*Administración de Privacy Center*: escriba `/privacy admin` seguido de uno de estos:',
  'admin.cmd.test': '`/privacy admin test`: comprobar paso a paso los ajustes del endpoint de solicitudes',
  'admin.cmd.export':
    '`/privacy admin export`: el registro de solicitudes como archivo CSV en sus mensajes directos (`/privacy admin export full` añade lo que escribieron la persona y los operadores)',
  'admin.export.message': 'El registro de solicitudes de privacidad a {date}: {count} solicitudes.',
  'admin.export.messageFull':
    'El registro de solicitudes de privacidad a {date}: {count} solicitudes, con lo que escribieron las personas y los operadores. Contiene datos personales: guárdelo en un lugar seguro y bórrelo cuando termine.',
  'admin.export.sent': 'El registro de solicitudes está en sus mensajes directos: {file}.',
  'admin.export.failed':
    'No se pudo enviar el registro como archivo (referencia {ref}). Compruebe que se permite subir archivos en este espacio de trabajo.',
  'export.col.reference': 'Referencia',
  'export.col.law': 'Ley',
  'export.col.type': 'Tipo',
  'export.col.tracks': 'Partes',
  'export.col.submitted': 'Presentada el',
  'export.col.due': 'Vence',
  'export.col.vendorState': 'Estado con el proveedor',
  'export.col.operatorState': 'Estado con el operador',
  'export.col.outcome': 'Resultado',
  'export.col.details': 'Detalles',
  'export.col.operatorMessages': 'Mensajes de los operadores',
  'admin.cmd.posture':
    '`/privacy admin posture`: adónde van los datos de este espacio de trabajo y qué cambiar (`refresh` vuelve a leer los ajustes)',
  'admin.unknown': 'No existe `/privacy admin {input}`.',
  'admin.cmd.console':
    '`/privacy admin` sin nada más: el registro de todas las solicitudes de privacidad, para filtrar y abrir',
  'admin.cmd.help': '`/privacy admin help`: esta lista',
  'console.title': 'Solicitudes de privacidad',
  'console.close': 'Cerrar',
  'console.noView':
    'Este cliente no puede abrir la consola. Vuelva a ejecutar `/privacy admin` desde la aplicación web o de escritorio de Rocket.Chat.',
  'console.counts':
    '*{total}* en total · recibidas: {received} · en curso: {inProgress} · terminadas: {finished} · vencidas: *{overdue}* · vencen en {days} días: {dueSoon}',
  'console.shown': 'Se muestran {from}–{to} de {matching} coincidentes (página {page} de {pages})',
  'console.none': 'Nadie ha presentado todavía una solicitud de privacidad en este espacio de trabajo.',
  'console.noMatch': 'Ninguna solicitud coincide con estos filtros.',
  'console.filter.status': 'Estado',
  'console.filter.status.any': 'Cualquier estado',
  'console.filter.overall': 'General: {stage}',
  'console.filter.operator': 'Operador: {state}',
  'console.filter.vendor': 'Proveedor: {status}',
  'console.filter.track': 'Vía',
  'console.filter.track.any': 'Todas las vías',
  'console.filter.track.vendor': 'Con vía del proveedor',
  'console.filter.track.operator': 'Con vía del operador',
  'console.filter.track.both': 'Con ambas vías',
  'console.filter.law': 'Ley',
  'console.filter.law.any': 'Todas las leyes',
  'console.filter.type': 'Tipo',
  'console.filter.type.any': 'Todos los tipos',
  'console.filter.due': 'Plazo',
  'console.filter.due.any': 'Cualquier plazo',
  'console.filter.due.overdue': 'Vencidas',
  'console.filter.due.within': 'Vencen en {days} días',
  'console.stage.received': 'recibida',
  'console.stage.in_progress': 'en curso',
  'console.stage.finished': 'terminada',
  'console.operator.new': 'nueva, nadie la ha asumido',
  'console.operator.in_progress': 'en tramitación',
  'console.operator.answered': 'respondida',
  'console.operator.withdrawn': 'retirada por la persona',
  'console.row.vendor': 'Proveedor: {status}',
  'console.row.operator': 'Operador: {state}',
  'console.row.due': 'Vence el {date}',
  'console.row.overdue': '*Vencida* desde el {date}',
  'console.row.noDue': 'Sin plazo legal',
  'console.row.open': 'Abrir',
  'console.prev': 'Página anterior',
  'console.next': 'Página siguiente',
  'console.reset': 'Quitar los filtros',
  'check.title': '*Comprobación del endpoint de solicitudes*',
  'check.step.url': 'Hay una URL del endpoint configurada y en vigor',
  'check.step.https': 'La dirección usa https (o una dirección local permitida para desarrollo)',
  'check.step.reachable': 'La dirección responde',
  'check.step.token': 'El endpoint acepta el token',
  'check.ok': 'correcto',
  'check.failed': 'fallido',
  'check.skipped': 'no comprobado, un paso anterior ha fallado',
  'check.fix.url.missing': 'Introduzca la URL base del endpoint en el ajuste *{setting}*.',
  'check.fix.url.invalid': 'El valor de *{setting}* no está en vigor: {problem}',
  'check.fix.https.not_https': 'Introduzca una dirección https:// en el ajuste *{setting}*.',
  'check.fix.https.internal_address':
    'La dirección está dentro de la red del servidor. Introduzca la dirección https:// pública del endpoint en *{setting}* o, solo para un endpoint de pruebas, active *{local}*.',
  'check.fix.reachable':
    'No se puede acceder a la dirección ({reason}). Compruebe el nombre de host y el puerto en el ajuste *{setting}*, y que este servidor pueda llegar a ella.',
  'check.reason.timeout': 'sin respuesta a tiempo',
  'check.reason.refused': 'se rechazó la conexión',
  'check.reason.reset': 'se cortó la conexión',
  'check.reason.other': 'no se pudo resolver el nombre ni establecer la conexión',
  'check.fix.token.refused':
    'El endpoint rechazó el token (respondió {status}). Introduzca el token que le dio el proveedor en el ajuste *{setting}*.',
  'check.fix.token.contract':
    'El endpoint no cumple el contrato: leer el estado de una solicitud desconocida debe responder 404, y respondió {status} {answer}. Compruebe que *{setting}* sea la dirección base del endpoint o consulte al proveedor.',
  'check.fix.token.unavailable':
    'El endpoint está fallando ahora mismo (respondió {status}): la configuración puede ser correcta. Repita la comprobación más tarde; si sigue fallando, consulte al proveedor.',
  'check.fix.token.rate_limited':
    'El endpoint pide menos llamadas (respondió {status}): repita la comprobación dentro de unos minutos.',
  'check.fix.token.rate_limited_for':
    'El endpoint pide menos llamadas (respondió {status}): repita la comprobación dentro de {seconds} segundos.',
  'check.emptyAnswer': '(sin contenido)',
  'check.allOk': 'Todos los pasos son correctos: el endpoint está listo para recibir solicitudes.',
  // Policy updates (issue 13)
  'policyUpdate.title': '*La política de privacidad cambia: versión {version}, en vigor desde el {date}*',
  'policyUpdate.whatChanged': 'Qué cambia:',
  'policyUpdate.fullPolicy': 'La política completa: {link}',
  'policyUpdate.ackButton': 'La he leído',
  'policyUpdate.ackHint': 'Este aviso vuelve una vez al día hasta que confirme que lo ha leído.',
  'policyUpdate.acknowledged':
    'Gracias: queda registrado que ha leído la versión {version} ({date}). `/privacy status` muestra lo que ha leído.',
  'policyUpdate.notAnnounced':
    'Este aviso trata de una versión que ya no está en vigor; no se ha registrado nada.',
  'status.policyReceipts': 'Versiones de la política que ha leído: {list}.',
  'status.policyReceipt': '{version} ({date}), el {at}',
  // What the app stores about a person (issue 13)
  'mydata.title': '*Lo que Privacy Center guarda sobre usted*',
  'mydata.where':
    'Se guarda en la base de datos de este espacio de trabajo, en el almacenamiento propio de la app. Solo usted ve esta lista; las personas que tramitan solicitudes de privacidad ven sus solicitudes.',
  'mydata.requests': '*Sus solicitudes*: {count}',
  'mydata.request':
    '`{ref}` {type} ({law}): {status}; presentada el {submitted}, plazo {due}; correo {email}',
  'mydata.request.wrote': 'Usted escribió:',
  'mydata.request.noText': 'No escribió ningún texto.',
  'mydata.drafts': '*Formularios de solicitud abiertos y no enviados*: {count}',
  'mydata.draft': '{type} ({law}), abierto el {at}',
  'mydata.law': '*La ley que eligió en la vista de la política*: {law}',
  'mydata.appsFilter': '*Su búsqueda en el directorio de apps*: {filter}',
  'mydata.notices': '*Cuándo se le mostró un aviso de la política*: {list}',
  'mydata.notice': 'versión {version}, primero el {first}, último el {last}',
  'mydata.claims': '*Registros del límite diario (uno por solicitud presentada)*: {count}',
  'mydata.deleteHint':
    '`/privacy mydata delete` borra lo que ninguna solicitud abierta necesita: formularios no enviados, la ley elegida, su búsqueda en el directorio, cuándo se mostraron avisos y registros del límite diario de más de un día.',
  'mydata.keptNote':
    'Sus solicitudes se quedan: son el registro de cómo se tramitó su solicitud; una vez terminadas, los ajustes de conservación las reducen y más tarde las borran. Sus confirmaciones de lectura de la política también se quedan: son su registro de que fue informado de la política.',
  'mydata.deleted.title': '*Borrado*:',
  'mydata.deleted.drafts': 'formularios de solicitud no enviados: {count}',
  'mydata.deleted.law': 'la ley que eligió',
  'mydata.deleted.appsFilter': 'su búsqueda en el directorio de apps',
  'mydata.deleted.notices': 'registros de avisos de la política mostrados: {count}',
  'mydata.deleted.claims': 'registros del límite diario de más de un día: {count}',
  'mydata.deleted.nothing':
    'No había nada que borrar: todo lo guardado se necesita o se queda por los motivos de abajo.',
  'mydata.deleted.kept':
    'Conservado: solicitudes abiertas {open}, solicitudes terminadas {finished}, confirmaciones de lectura {acks}, registros del límite diario que aún cuentan {claims}.',
  // Before the app is uninstalled (issue 13)
  'uninstall.handOver.title': '*Privacy Center se está desinstalando: la solicitud {ref} no se entregó*',
  'uninstall.handOver.todo':
    'Nadie podrá enviarla cuando la app ya no esté. Envíela a mano a {email}, con el texto de abajo, y borre este mensaje una vez enviada: contiene los datos de la persona solo porque es la última ocasión de entregar la solicitud.',
  'admin.cmd.acks':
    '`/privacy admin acks`: cuántos de cuántos usuarios activos confirmaron cada versión de la política (`/privacy admin acks export`: quién y cuándo, como archivo CSV)',
  'admin.acks.title': '*Confirmaciones de la política*',
  'admin.acks.line': 'Versión {version} ({date}): {acknowledged} de {active} usuarios activos',
  'admin.acks.col.version': 'Versión',
  'admin.acks.col.effective': 'Vigente desde',
  'admin.acks.col.username': 'Nombre de usuario',
  'admin.acks.col.acknowledged': 'Confirmado el',
  'admin.acks.exportMessage':
    'Quién confirmó qué versión de la política: {count} confirmaciones. El archivo contiene datos personales: guárdelo de forma segura y bórrelo cuando ya no lo necesite.',
  'admin.acks.exported': 'La lista de confirmaciones está en sus mensajes directos: {file}.',
  'admin.acks.exportFailed':
    'No se pudo enviar la lista como archivo (referencia {ref}). Compruebe que la subida de archivos está permitida en este espacio de trabajo.',
  'admin.acks.none': 'Todavía no se ha anunciado ninguna actualización de la política.',
  'admin.acks.note':
    'Usuarios activos: quienes iniciaron sesión o usaron `/privacy` desde el anuncio, y quienes lo confirmaron desde el anuncio.',
};
