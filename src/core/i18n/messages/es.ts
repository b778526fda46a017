/**
 * Spanish. Formal address ("usted"); GDPR terms as in the Spanish text of the RGPD (acceso,
 * rectificación, supresión, limitación del tratamiento, portabilidad, oposición, autoridad de
 * control, Delegado de Protección de Datos, "por cuenta de" for a processor).
 */
import type { Messages } from './en';

export const es: Messages = {
  // /privacy help
  'help.title': '*Privacy Center*: su privacidad en este espacio de trabajo',
  'help.usage': 'Escriba `/privacy` seguido de una de estas opciones:',
  'help.cmd.policy':
    '`/privacy policy`: la política de privacidad que se aplica a este espacio de trabajo, con sus derechos y plazos',
  'help.cmd.contact':
    '`/privacy contact`: cómo contactar con el Delegado de Protección de Datos, y los documentos de la política',
  'help.cmd.help': '`/privacy help`: esta lista',
  'help.unknown': 'No existe `/privacy {input}`.',
  'help.didYouMean': '¿Quería decir `/privacy {suggestion}`?',

  // The policy view
  'policy.title': 'Política de privacidad',
  'policy.close': 'Cerrar',
  'policy.intro':
    'Así se aplica la política de {vendor} a este espacio de trabajo. Depende de quién gestiona el espacio de trabajo y de si está registrado ante el proveedor.',
  'policy.workspace.heading': '*Su espacio de trabajo*',
  'policy.categories.heading': '*Qué trata aquí el proveedor*',
  'policy.categories.note':
    'En un espacio de trabajo autoalojado, su perfil, sus mensajes y sus archivos los conserva el operador del espacio de trabajo, no el proveedor. «Datos de la cuenta» se refiere a la cuenta en el proveedor con la que se registró el espacio de trabajo.',
  'policy.appendices.heading': '*Partes de la política que se aplican*',
  'policy.jurisdiction.heading': '*Sus derechos*',
  'policy.jurisdiction.label': 'Ley de protección de datos',
  'policy.jurisdiction.placeholder': 'Elija la ley que se le aplica',
  'policy.jurisdiction.hint': 'Su elección se guarda solo para usted.',
  'policy.contact.heading': '*Delegado de Protección de Datos*',
  'policy.documents.heading': '*Documentos de la política*',

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
  'deadline.answer': 'La respuesta debe darse en un plazo de {duration} desde la recepción.',
  'deadline.none': 'Esta ley no fija ningún plazo de respuesta.',
  'deadline.extension':
    'El plazo puede prorrogarse una sola vez por un máximo de {duration}, si se le indica el motivo antes de que venza.',
  'deadline.acknowledgement': 'La recepción de su solicitud se confirma en un plazo de {duration}.',
  'deadline.optOut': 'Una solicitud de exclusión voluntaria se atiende en un plazo de {duration}.',
  'deadline.about':
    'Los días hábiles excluyen los fines de semana, pero no los festivos, por lo que las fechas son aproximadas.',
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

  // Errors
  'error.noView':
    'Este cliente no puede abrir la vista de la política. Pruebe `/privacy contact` o vuelva a ejecutar el comando desde la aplicación web o de escritorio de Rocket.Chat.',
  'error.internal':
    'Algo ha fallado por nuestra parte. Vuelva a intentarlo. Si sigue ocurriendo, facilite a su administrador esta referencia: {ref}.',
};
