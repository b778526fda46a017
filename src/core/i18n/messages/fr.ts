/**
 * French. Formal address ("vous"); GDPR terms as in the French text of the RGPD (droit d'accès,
 * rectification, effacement, limitation du traitement, portabilité, opposition, autorité de
 * contrôle, délégué à la protection des données, "pour le compte de" for a processor). The vendor
 * is "l'éditeur", the workspace operator "l'exploitant". A no-break space precedes : ; ? !
 */
import type { Translation } from './en';

export const fr: Translation = {
  // /privacy help
  'help.title': '*Privacy Center* : votre vie privée dans cet espace de travail',
  'help.usage': 'Tapez `/privacy` suivi de l’une de ces options :',
  'help.cmd.policy':
    '`/privacy policy` : la politique de confidentialité applicable à cet espace de travail, avec vos droits et les délais',
  'help.cmd.contact':
    '`/privacy contact` : comment joindre le délégué à la protection des données (DPO), et les documents de la politique',
  'help.cmd.help': '`/privacy help` : cette liste',
  'help.cmd.admin':
    '`/privacy admin` : outils pour les personnes qui traitent les demandes de confidentialité',
  'help.unknown': 'La commande `/privacy {input}` n’existe pas.',
  'help.didYouMean': 'Vouliez-vous dire `/privacy {suggestion}` ?',

  // The policy view
  'policy.title': 'Politique de confidentialité',
  'policy.close': 'Fermer',
  'policy.intro':
    'Voici comment la politique de {vendor} s’applique à cet espace de travail. Cela dépend de qui exploite l’espace de travail et de son enregistrement ou non auprès de l’éditeur.',
  'policy.workspace.heading': '*Votre espace de travail*',
  'policy.categories.heading': '*Ce que l’éditeur traite ici*',
  'policy.categories.note.cloud':
    'L’éditeur héberge cet espace de travail : votre profil, vos messages et vos fichiers y sont traités par l’éditeur pour le compte de l’exploitant de l’espace de travail, qui décide de ce qu’il en advient. « Données de compte » désigne le compte auprès de l’éditeur qui a servi à enregistrer l’espace de travail.',
  'policy.categories.note.self_hosted_registered':
    'Sur cet espace de travail auto-hébergé, votre profil, vos messages et vos fichiers sont conservés par l’exploitant de l’espace de travail, et non par l’éditeur. « Données de compte » désigne le compte auprès de l’éditeur qui a servi à enregistrer l’espace de travail.',
  'policy.categories.note.self_hosted_unregistered':
    'Sur cet espace de travail, votre profil, vos messages et vos fichiers sont conservés par l’exploitant de l’espace de travail. L’espace de travail n’est pas enregistré : l’éditeur n’en reçoit rien.',
  'policy.categories.note.community':
    'L’éditeur exploite lui-même ce serveur communautaire : il conserve donc votre profil, vos messages et vos fichiers. « Données de compte » désigne votre propre compte sur le serveur communautaire.',
  'policy.appendices.heading': '*Parties de la politique qui s’appliquent*',
  'policy.jurisdiction.heading': '*Vos droits*',
  'policy.jurisdiction.label': 'Loi sur la protection des données',
  'policy.jurisdiction.placeholder': 'Choisissez la loi qui s’applique à vous',
  'policy.jurisdiction.hint': 'Votre choix n’est mémorisé que pour vous.',
  'policy.contact.heading': '*Délégué à la protection des données*',
  'policy.documents.heading': '*Documents de la politique*',

  // Where your data goes here (the data map), self-service paths, the admin's posture
  'map.heading': '*Où vont vos données ici*',
  'map.intro':
    'Lu dans les paramètres de cet espace de travail : en plus de l’espace lui-même, ceux-ci reçoivent des données vous concernant.',
  'map.asOf': 'Paramètres lus {age}.',
  'map.notYet': 'L’application n’a pas encore lu les paramètres ; regardez à nouveau dans une minute.',
  'map.vendor.heading': '*Vers l’éditeur ({vendor})*',
  'map.thirdParty.heading': '*Vers des services choisis par l’exploitant*',
  'map.none': 'Aucun.',
  'map.off': 'Non utilisés ici : {names}.',
  'map.unknown': 'inconnu : l’application n’a pas pu lire les paramètres qui en décident.',
  'map.unnamed': 'un service que l’application ne peut pas nommer',
  'flow.push_gateway.name': 'Notifications push sur mobile',
  'flow.version_check.name': 'Vérification de version',
  'flow.nps.name': 'Enquête de satisfaction (NPS)',
  'flow.invite_links.name': 'Liens d’invitation',
  'flow.usage_statistics.name': 'Statistiques d’utilisation',
  'flow.file_storage.name': 'Stockage des fichiers',
  'flow.sign_in.name': 'Fournisseurs de connexion',
  'flow.translation.name': 'Traduction automatique',
  'flow.analytics_google.name': 'Google Analytics',
  'flow.analytics_matomo.name': 'Mesure d’audience Matomo',
  'flow.link_previews.name': 'Aperçus de liens',
  'flow.email_relay.name': 'Notifications par e-mail',
  'flow.calls.name': 'Appels',
  'flow.video.name': 'Appels vidéo',
  'flow.omnichannel_webhook.name': 'Webhook omnicanal',
  'flow.external_avatars.name': 'Avatars externes',
  'flow.push_gateway.on':
    'Les notifications vers votre mobile passent par la passerelle push de l’éditeur ({to}). Elle reçoit le jeton de votre appareil, votre identifiant d’utilisateur, l’adresse de l’espace de travail, l’identifiant et le type du salon, et {content}.',
  'flow.push.id_only':
    'seulement un identifiant de message : votre mobile récupère ensuite le message auprès de l’espace de travail (si l’offre de l’espace l’inclut ; sinon {fallback})',
  'flow.push.text_and_names': 'les noms de l’expéditeur et du salon et le texte du message',
  'flow.push.text_only': 'le texte du message (sans nom d’expéditeur ni de salon)',
  'flow.push.names_only': 'les noms de l’expéditeur et du salon (pas le texte du message)',
  'flow.push.neither': 'ni les noms ni le texte du message',
  'flow.push.unknown':
    'peut-être les noms et le texte du message (inconnu : un paramètre n’a pas pu être lu)',
  'flow.version_check.on':
    'Une fois par jour, l’espace de travail envoie à l’éditeur son identifiant, sa version, son système d’exploitation et son mode d’installation ; rien sur vous.',
  'flow.nps.on':
    'Si vous répondez à l’enquête de satisfaction, votre note, votre commentaire, vos rôles et un identifiant d’utilisateur haché vont à l’éditeur.',
  'flow.invite_links.on': 'Les liens d’invitation passent par le domaine de liens de l’éditeur ({to}).',
  'flow.usage_statistics.usually':
    'Habituellement envoyées chaque jour : le nombre d’utilisateurs, de salons et de messages et l’usage des fonctions. Seul l’exploitant peut désactiver cet envoi, et l’application ne peut pas voir s’il l’a fait.',
  'flow.file_storage.on':
    'Les fichiers que vous déposez sont stockés chez {to}, et non dans la base de données ou sur le disque de l’espace de travail.',
  'flow.sign_in.on':
    'Vous pouvez vous connecter avec {to}. Le fournisseur voit chaque connexion et envoie vos données de profil à l’espace de travail.',
  'flow.sign_in.partly': 'Certains fournisseurs n’ont pas pu être lus.',
  'flow.translation.on': 'Le texte des messages est envoyé à {to} pour être traduit automatiquement.',
  'flow.analytics_google.on':
    'Le client web est suivi par Google Analytics : les pages que vous ouvrez et des informations sur votre navigateur vont à Google.',
  'flow.analytics_matomo.on':
    'Le client web est suivi par Matomo ({to}) : les pages que vous ouvrez et des informations sur votre navigateur y sont envoyées.',
  'flow.link_previews.on':
    'Le serveur consulte chaque lien publié dans un message pour en afficher un aperçu ; le site voit le serveur, pas vous.',
  'flow.email_relay.on':
    'Les e-mails qui vous sont envoyés passent par le serveur de messagerie {to}. {text}',
  'flow.email.with_text': 'Ils contiennent le texte du message.',
  'flow.email.without_text': 'Ils ne contiennent pas le texte du message.',
  'flow.email.unknown': 'On ne sait pas s’ils contiennent le texte du message.',
  'flow.calls.on':
    'Les appels contactent ces serveurs pour se connecter ({to}) ; ils voient votre adresse IP.',
  'flow.video.on': 'Les appels vidéo passent par le service de {to}.',
  'flow.omnichannel_webhook.on': 'Les conversations omnicanal sont envoyées à {to}.',
  'flow.external_avatars.on': 'Les avatars sont chargés depuis {to}.',
  'map.self.heading': '*Ce que vous pouvez faire vous-même ici*',
  'map.self.none': 'Ici, rien de tout cela ne se fait sans demande.',
  'self.download':
    'Télécharger vos données : *Mon compte → Préférences → Mes données* (« Télécharger mes données » ou « Exporter mes données »). Le fichier arrive plus tard.',
  'self.delete_account':
    'Supprimer votre compte : *Mon compte → Profil → Supprimer mon compte* (votre mot de passe est demandé). {messages}',
  'self.messages.Keep': 'Vos messages restent, sous votre nom.',
  'self.messages.Delete': 'Vos messages sont supprimés avec lui.',
  'self.messages.Unlink': 'Vos messages restent, sans votre nom.',
  'self.messages.unknown': 'On ne sait pas ce qu’il advient alors de vos messages.',
  'self.delete_messages': 'Supprimer vos propres messages : dans le menu de chaque message.',
  'self.edit_profile': 'Rectifier votre profil : *Mon compte → Profil* ({fields}).',
  'self.edit_profile.some': 'Rectifier votre profil : *Mon compte → Profil*.',
  'self.field.real_name': 'nom',
  'self.field.username': 'nom d’utilisateur',
  'self.field.email': 'adresse e-mail',
  'self.edit_messages': 'Modifier vos propres messages : dans le menu de chaque message.',
  'map.keeping.heading': '*Combien de temps les messages sont conservés*',
  'map.retention.off':
    'Aucune politique de conservation n’est active : les messages restent jusqu’à ce que quelqu’un les supprime.',
  'map.retention.unknown': 'On ne sait pas si les messages sont supprimés au-delà d’un âge maximal.',
  'map.retention.room': '{room} : supprimés après {days} jours.',
  'map.retention.roomKept': '{room} : conservés (la politique de conservation ne les couvre pas).',
  'map.retention.roomUnknown': '{room} : inconnu.',
  'room.channels': 'Canaux publics',
  'room.groups': 'Groupes privés',
  'room.dms': 'Messages directs',
  'map.e2e.on':
    'Des salons chiffrés de bout en bout sont disponibles : leurs messages ne sont stockés que chiffrés, une copie de vos données les contient donc chiffrés.',
  'map.e2e.off': 'Le chiffrement de bout en bout est désactivé ici.',
  'map.e2e.unknown': 'On ne sait pas si le chiffrement de bout en bout est disponible.',
  'request.self.heading': '*Vous pouvez le faire vous-même*',
  'request.self.still': 'Vous pouvez tout de même envoyer la demande ci-dessous.',
  'posture.title': '*Situation de cet espace de travail en matière de vie privée*',
  'posture.asOf': 'Paramètres du serveur lus {age}. `/privacy admin posture refresh` les relit.',
  'posture.notYet':
    'Les paramètres du serveur n’ont pas encore été lus. `/privacy admin posture refresh` les lit maintenant.',
  'posture.news':
    '*Nouveau dans la situation de cet espace de travail en matière de vie privée* ({count}) ; `/privacy admin posture` montre tous les constats :',
  'posture.none': 'Rien à changer : aucun constat.',
  'posture.severity.high': 'Élevée',
  'posture.severity.medium': 'Moyenne',
  'posture.severity.low': 'Faible',
  'posture.severity.info': 'Remarque',
  'posture.settings': 'Paramètres : {ids}',
  'finding.push_text_via_gateway': 'Le texte des messages passe par la passerelle push de l’éditeur ({to}).',
  'finding.push_text_via_gateway.how':
    'Désactivez Push_show_message, ou (offre Enterprise) activez Push_request_content_from_server, ou désactivez la passerelle (Push_enable_gateway ; effectif après un redémarrage).',
  'finding.push_names_via_gateway':
    'Les noms d’expéditeur et de salon passent par la passerelle push de l’éditeur ({to}).',
  'finding.push_names_via_gateway.how':
    'Désactivez Push_show_username_room, ou (offre Enterprise) activez Push_request_content_from_server.',
  'finding.web_analytics':
    'Le client web est suivi par {to}, ce que la politique de l’éditeur montrée aux utilisateurs ne mentionne pas.',
  'finding.web_analytics.how':
    'Désactivez le suivi, ou mentionnez-le dans votre propre notice de confidentialité (les utilisateurs le voient sous « Où vont vos données ici »).',
  'finding.translation': 'Les messages sont envoyés à un service de traduction ({to}).',
  'finding.translation.how':
    'Désactivez la traduction automatique, ou assurez-vous qu’un contrat de sous-traitance avec le service est en place.',
  'finding.email_text': 'Les notifications par e-mail transportent le texte des messages via {to}.',
  'finding.email_text.how': 'Désactivez Email_notification_show_message.',
  'finding.cloud_files': 'Les fichiers sont stockés chez un fournisseur cloud ({to}).',
  'finding.cloud_files.how':
    'Mentionnez le fournisseur dans votre registre des activités de traitement, ou stockez les fichiers dans GridFS ou sur le système de fichiers.',
  'finding.no_self_delete':
    'Les personnes ne peuvent pas supprimer elles-mêmes leur compte : chaque demande d’effacement nécessite un administrateur.',
  'finding.no_self_delete.how':
    'Activez Accounts_AllowDeleteOwnAccount et choisissez dans Message_ErasureType ce qu’il advient des messages.',
  'finding.no_download':
    'Les personnes ne peuvent pas télécharger elles-mêmes leurs données : chaque demande d’accès nécessite un administrateur.',
  'finding.no_download.how': 'Activez UserData_EnableDownload.',
  'finding.dms_not_retained': 'Les messages directs ne sont pas couverts par la politique de conservation.',
  'finding.dms_not_retained.how':
    'Activez RetentionPolicy_AppliesToDMs s’ils doivent eux aussi être supprimés au-delà d’un âge maximal.',
  'finding.settings_unread':
    'L’application n’a pas pu lire certains paramètres ; là où ils décident, la carte indique « inconnu ».',
  'finding.settings_unread.how':
    'Vérifiez que l’application peut lire les paramètres du serveur (permission server-setting.read).',

  // Deployment types and how they were found
  'deployment.type.cloud': 'Hébergé par l’éditeur (cloud)',
  'deployment.type.self_hosted_registered': 'Auto-hébergé, enregistré auprès de l’éditeur',
  'deployment.type.self_hosted_unregistered': 'Auto-hébergé, non enregistré',
  'deployment.type.community': 'Serveur communautaire de l’éditeur (Open Server)',
  'deployment.summary.cloud':
    'L’éditeur exploite cet espace de travail sur sa propre infrastructure : tout ce qui est saisi ici est donc traité par l’éditeur pour le compte de l’exploitant de l’espace de travail.',
  'deployment.summary.self_hosted_registered':
    'Cet espace de travail est géré par son propre exploitant. Comme il est enregistré auprès de l’éditeur, celui-ci traite les données nécessaires aux services utilisés par le biais de cet enregistrement, comme les notifications push.',
  'deployment.summary.self_hosted_unregistered':
    'Cet espace de travail est géré par son exploitant, de manière autonome. Un espace de travail non enregistré n’envoie aucune donnée à l’éditeur ; l’éditeur n’en traite donc aucune. La politique de l’éditeur s’applique néanmoins à ses autres services, comme son site web et ses applications mobiles.',
  'deployment.summary.community':
    'Il s’agit de l’espace de travail communautaire de l’éditeur lui-même, où de nouvelles fonctionnalités sont testées. L’éditeur traite ce qui est saisi ici et suit l’activité, avec Google Analytics entre autres outils, pour comprendre comment le produit est utilisé.',
  'deployment.source.admin_setting':
    'Un administrateur a défini ce type dans les paramètres de l’application.',
  'deployment.source.site_url': 'Déterminé à partir de l’adresse de l’espace de travail ({host}).',
  'deployment.source.registered':
    'Déterminé par la vérification de l’enregistrement du {date} : l’espace de travail est enregistré.',
  'deployment.source.empty_token':
    'Déterminé par la vérification de l’enregistrement du {date} : l’espace de travail ne semble pas enregistré. La même réponse est renvoyée lorsque le serveur ne peut pas joindre l’éditeur ; un administrateur peut donc définir le type dans les paramètres de l’application.',
  'deployment.source.failed':
    'La vérification de l’enregistrement du {date} a échoué : on ne sait donc pas si cet espace de travail est enregistré. Tant qu’on ne le sait pas, cette page suppose qu’il l’est, car l’éditeur peut alors détenir certaines données.',
  'deployment.source.no_permission':
    'L’application n’est pas autorisée à vérifier l’enregistrement : on ne sait donc pas si cet espace de travail est enregistré. Cette page suppose qu’il l’est, car l’éditeur peut alors détenir certaines données.',
  'deployment.source.not_checked':
    'L’enregistrement n’a pas encore été vérifié : on ne sait donc pas si cet espace de travail est enregistré. Cette page suppose qu’il l’est jusqu’à ce que la vérification ait eu lieu.',

  // Data categories
  'category.name.account': 'Données de compte',
  'category.name.usage': 'Données d’utilisation',
  'category.name.app': 'Données des applications',
  'category.name.content': 'Messages, fichiers et autres contenus',
  'category.name.tracking': 'Suivi et cookies',
  'processing.yes': 'Traitement par l’éditeur',
  'processing.partly': 'Dans un seul cas',
  'processing.no': 'Aucun traitement par l’éditeur',
  'category.account.cloud': 'Le compte auprès de l’éditeur qui a servi à enregistrer l’espace de travail.',
  'category.account.self_hosted_registered':
    'Le compte auprès de l’éditeur qui a servi à enregistrer l’espace de travail.',
  'category.account.self_hosted_unregistered':
    'Il n’y a pas d’enregistrement, donc pas de données de compte.',
  'category.account.community': 'Votre compte sur le serveur communautaire.',
  'category.usage.cloud': 'L’utilisation de l’espace de travail hébergé.',
  'category.usage.self_hosted_registered':
    'L’utilisation des services liés à l’enregistrement, par exemple les notifications push via la passerelle de l’éditeur.',
  'category.usage.self_hosted_unregistered':
    'L’espace de travail n’utilise aucun service de l’éditeur qui enverrait des données d’utilisation.',
  'category.usage.community': 'L’utilisation du serveur communautaire.',
  'category.app.cloud':
    'Les données utilisées par les applications installées depuis le Marketplace, selon ce que fait chaque application. Les applications tierces ont leur propre politique de confidentialité.',
  'category.app.self_hosted_registered':
    'Les données utilisées par les applications installées depuis le Marketplace, selon ce que fait chaque application. Les applications tierces ont leur propre politique de confidentialité.',
  'category.app.self_hosted_unregistered':
    'Sans enregistrement, les applications ne sont pas installées par l’intermédiaire de l’éditeur.',
  'category.app.community':
    'Les données utilisées par les applications installées depuis le Marketplace, selon ce que fait chaque application. Les applications tierces ont leur propre politique de confidentialité.',
  'category.content.cloud':
    'Tout ce qui est saisi dans l’espace de travail hébergé. Les contenus chiffrés de bout en bout ne sont stockés que sous forme chiffrée.',
  'category.content.self_hosted_registered':
    'Les contenus restent sur le serveur de l’exploitant. La seule exception concerne les contenus qui passent par un service de l’éditeur, comme le texte d’une notification push envoyée via la passerelle.',
  'category.content.self_hosted_unregistered': 'Les contenus restent sur le serveur de l’exploitant.',
  'category.content.community': 'Tout ce qui est saisi sur le serveur communautaire.',
  'category.tracking.cloud': 'Pour mesurer l’utilisation des services.',
  'category.tracking.self_hosted_registered':
    'Pour mesurer l’utilisation des services utilisés par le biais de l’enregistrement. Il n’y a aucun suivi à l’intérieur de l’espace de travail.',
  'category.tracking.self_hosted_unregistered': 'Aucun suivi par l’éditeur.',
  'category.tracking.community':
    'L’activité sur le serveur communautaire est suivie, avec Google Analytics entre autres outils, afin d’améliorer le produit.',

  // Appendices
  'appendix.cloud':
    'Annexe 1, offres cloud : comment l’éditeur traite les données dans les espaces de travail qu’il héberge.',
  'appendix.regulations':
    'Annexe 2, cadre réglementaire : les lois sur la protection des données qui peuvent s’appliquer à vous ou à votre organisation.',
  'appendix.community':
    'Annexe 3, Open Server : les règles de l’espace de travail communautaire de l’éditeur.',

  // Jurisdictions and rights
  'jurisdiction.gdpr': 'RGPD (Union européenne et EEE)',
  'jurisdiction.uk_gdpr': 'UK GDPR (Royaume-Uni)',
  'jurisdiction.ccpa': 'CCPA/CPRA (Californie)',
  'jurisdiction.lgpd': 'LGPD (Brésil)',
  'jurisdiction.us_state': 'Loi d’un autre État américain (Virginie, Colorado, Connecticut et similaires)',
  'jurisdiction.other': 'Autre ou je ne sais pas',
  'right.access': 'Accéder à vos données personnelles et en obtenir une copie',
  'right.rectification': 'Faire rectifier les données inexactes',
  'right.erasure': 'Obtenir l’effacement de vos données',
  'right.restriction': 'Obtenir la limitation du traitement de vos données',
  'right.portability': 'Recevoir vos données dans un format permettant de les transférer (portabilité)',
  'right.objection': 'Vous opposer au traitement de vos données',
  'right.automated_decision_review':
    'Ne pas faire l’objet d’une décision fondée exclusivement sur un traitement automatisé',
  'right.consent_withdrawal': 'Retirer votre consentement à tout moment',
  'right.sale_opt_out': 'Refuser la vente ou le partage de vos données (opt-out)',
  'right.sensitive_data_limit': 'Limiter l’utilisation de vos informations personnelles sensibles',
  'right.non_discrimination': 'Ne subir aucun désavantage pour avoir exercé ces droits',
  'right.confirmation': 'Obtenir la confirmation que vos données sont ou ne sont pas traitées',
  'right.sharing_information': 'Savoir avec qui vos données sont partagées',
  'right.targeted_ads_opt_out':
    'Refuser la publicité ciblée, la vente de vos données et le profilage (opt-out)',
  'right.lgpd.rectification': 'Faire corriger les données incomplètes, inexactes ou obsolètes',
  'right.lgpd.erasure':
    'Obtenir l’anonymisation, le blocage ou la suppression des données inutiles, excessives ou traitées illégalement, et la suppression des données traitées avec votre consentement',
  'right.lgpd.sharing_information':
    'Savoir avec quels organismes publics et privés vos données sont partagées',
  'right.lgpd.consent_withdrawal': 'Révoquer votre consentement à tout moment',
  'right.ccpa.access':
    'Savoir quelles informations personnelles sont collectées à votre sujet et comment elles sont utilisées, et en obtenir une copie (droit de savoir)',
  'right.ccpa.erasure':
    'Faire supprimer les informations personnelles collectées auprès de vous (droit de suppression)',
  'right.ccpa.rectification':
    'Faire corriger les informations personnelles inexactes (droit de rectification)',
  'deadline.answer': 'Une réponse doit être apportée dans un délai de {duration} à compter de la réception.',
  'deadline.none': 'Cette loi ne fixe aucun délai de réponse.',
  'deadline.extension':
    'Le délai peut être prolongé une fois de {duration} au maximum, si les motifs vous sont communiqués avant son expiration.',
  'deadline.acknowledgement': 'La réception de votre demande est confirmée dans un délai de {duration}.',
  'deadline.optOut': 'Une demande d’opt-out est prise en compte dans un délai de {duration}.',
  'deadline.about':
    'Les jours ouvrés sont comptés du lundi au vendredi ; les jours fériés comptent ici comme jours ouvrés, le délai légal peut donc finir un ou deux jours plus tard.',
  'deadline.atOnce':
    'Le retrait du consentement et l’opposition à la prospection directe prennent effet dès la réception de la demande ; le délai n’est alors que la date limite pour le confirmer.',
  'jurisdiction.complaint':
    'Si votre demande est refusée, les motifs vous sont communiqués et vous pouvez introduire une réclamation auprès d’une autorité de contrôle de la protection des données.',
  'duration.days.one': '{n} jour',
  'duration.days.other': '{n} jours',
  'duration.business_days.one': '{n} jour ouvré',
  'duration.business_days.other': '{n} jours ouvrés',
  'duration.months.one': '{n} mois',
  'duration.months.other': '{n} mois',

  // Contact and documents
  'contact.title': 'Contact pour la protection des données',
  'contact.dpo': 'Écrivez au délégué à la protection des données à l’adresse {email}.',
  'contact.noLinks': 'Un administrateur n’a pas encore ajouté de liens vers les documents de la politique.',
  'contact.version': 'Version {version} de la politique, en vigueur depuis le {date}.',
  'link.fullPolicy': 'Politique de confidentialité complète',
  'link.previousVersions': 'Versions précédentes',
  'link.subProcessors': 'Sous-traitants ultérieurs',
  'link.lawEnforcement': 'Lignes directrices pour les forces de l’ordre',
  'link.security': 'Pratiques de sécurité',

  // Settings problems, sent to the admins
  'settings.rejected':
    'Le paramètre *{setting}* de Privacy Center n’a pas été modifié : {problem} La valeur en vigueur reste {current}.',
  'settings.empty': '(vide)',
  'setting.deployment_override': 'Type d’espace de travail',
  'setting.default_jurisdiction': 'Loi sur la protection des données par défaut',
  'setting.dpo_email': 'Adresse e-mail du délégué à la protection des données',
  'setting.link_full_policy': 'Politique de confidentialité complète (lien)',
  'setting.link_previous_versions': 'Versions précédentes de la politique (lien)',
  'setting.link_sub_processors': 'Sous-traitants ultérieurs (lien)',
  'setting.link_law_enforcement': 'Lignes directrices pour les forces de l’ordre (lien)',
  'setting.link_security': 'Pratiques de sécurité (lien)',
  'setting.policy_version': 'Version de la politique',
  'setting.policy_effective_date': 'Date d’entrée en vigueur de la politique',
  'setting.admin_usernames': 'Administrateurs à prévenir',
  'setting.apps_api_url': 'Adresse de l’API REST de l’espace de travail',
  'setting.apps_api_user_id': 'ID utilisateur de l’API REST',
  'setting.apps_api_token': 'Jeton d’accès personnel',
  'setting.apps_refresh_minutes': 'Actualiser le répertoire des applications toutes les (minutes)',
  'setting.admin_room': 'Salon pour les notifications de confidentialité',
  'setting.handler_roles': 'Rôles qui traitent les demandes de confidentialité',
  'setting.due_alert_days': 'Signaler les demandes à échéance dans (jours)',
  'setting.dsr_endpoint_url': 'URL du point de terminaison des demandes',
  'setting.dsr_token': 'Jeton du point de terminaison des demandes',
  'setting.dsr_signing_secret': 'Secret de signature des demandes',
  'setting.dsr_callbacks_reachable': 'Le point de terminaison peut joindre cet espace de travail',
  'setting.dsr_allow_local_endpoint':
    'Autoriser les adresses locales du point de terminaison (développement)',
  'setting.requests_per_day': 'Demandes par utilisateur et par jour',
  'setting.retention_reduce_days': 'Réduire les demandes clôturées après (jours)',
  'setting.retention_delete_days': 'Supprimer les demandes réduites après (jours)',
  'setting.policy_updates_room': 'Salon des mises à jour de la politique',
  'setting.policy_what_changed': 'Mise à jour de la politique : ce qui change',
  'problem.not_https': 'un lien doit commencer par https:// (http:// n’est accepté que pour localhost).',
  'problem.not_url':
    'ce n’est pas une adresse web. Saisissez un lien complet, comme https://example.com/privacy.',
  'problem.not_email': 'ce n’est pas une adresse e-mail. Saisissez-en une comme privacy@example.com.',
  'problem.not_date': 'ce n’est pas une date. Écrivez-la au format AAAA-MM-JJ, par exemple 2023-10-20.',
  'problem.not_choice': 'ce n’est pas l’un des choix proposés.',
  'problem.too_long': 'la valeur est trop longue.',
  'problem.not_usernames': 'saisissez des noms d’utilisateur séparés par des virgules, comme alice, bob.',
  'problem.not_number': 'saisissez un nombre entier dans la plage autorisée.',
  'problem.not_boolean': 'activez ou désactivez l’option.',
  'problem.internal_address':
    'cette adresse pointe vers le réseau interne du serveur lui-même (boucle locale, lien local, métadonnées du cloud ou plage privée) ; le point de terminaison des demandes doit être une adresse https:// publique. Pour un point de terminaison de test local uniquement, activez d’abord *Autoriser les adresses locales du point de terminaison (développement)*.',
  'problem.credentials_in_url':
    'l’adresse contient un nom d’utilisateur ou un mot de passe. Retirez-les de l’adresse et indiquez le jeton dans le paramètre *Jeton du point de terminaison des demandes*.',
  'problem.not_roles':
    'saisissez des noms de rôles séparés par des virgules, comme admin, privacy-officer (lettres, chiffres, -, _ et . uniquement).',

  // Data-subject requests: /privacy request, status, cancel
  'help.cmd.request':
    '`/privacy request [quoi]` : demander une copie de vos données, une rectification, l’effacement, et plus encore ; dites-le avec vos mots, par exemple `/privacy request supprimer`',
  'help.cmd.status': '`/privacy status [référence]` : suivre vos demandes',
  'help.cmd.cancel': '`/privacy cancel <référence>` : annuler une demande qui n’est pas terminée',
  'help.cmd.mydata':
    '`/privacy mydata [delete]` : ce que cette app conserve à votre sujet, et supprimer ce dont aucune demande ouverte n’a besoin',
  'policy.fileRequest': 'Faire une demande',
  'request.modal.title': 'Demande relative à vos données',
  'request.modal.intro':
    'Exercez vos droits sur vos données personnelles. La demande est envoyée à qui détient ces données ; vous pouvez la suivre avec `/privacy status`.',
  'request.modal.law': 'Loi sur la protection des données',
  'request.modal.type': 'Que souhaitez-vous ?',
  'request.modal.typePlaceholder': 'Choisissez une demande',
  'request.modal.categories': 'Quelles données ?',
  'request.modal.categoriesPlaceholder': 'Choisissez les types de données',
  'request.modal.categoriesHint': 'Présélectionnés pour ce type de demande ; modifiez-les si nécessaire.',
  'request.modal.details': 'Détails',
  'request.modal.detailsPlaceholder': 'Ce qui doit être rectifié, quelle période, tout ce qui peut aider',
  'request.modal.detailsHint':
    '{max} caractères au maximum. N’écrivez jamais ici de mots de passe ni d’autres secrets.',
  'request.modal.identity': 'Qui fait la demande',
  'request.modal.identityText':
    'La demande est faite en votre nom : {email}, utilisateur {workspace}. Ces informations proviennent de votre profil et ne peuvent pas être modifiées ici.',
  'request.modal.routing': 'Destinataires',
  'request.modal.addVendor': 'L’éditeur',
  'request.modal.addVendorOption':
    'L’envoyer aussi à l’éditeur, car j’utilise ses autres services (site web, applications mobiles, newsletter ou compte auprès de l’éditeur)',
  'request.modal.confirm': 'Confirmation',
  'request.modal.confirmOption': 'Cette demande concerne mes propres données personnelles',
  'request.modal.submit': 'Envoyer la demande',
  'request.modal.cancel': 'Annuler',
  'request.type.access': 'Une copie de mes données',
  'request.type.portability': 'Mes données dans un format portable',
  'request.type.erasure': 'Effacer mes données',
  'request.type.rectification': 'Rectifier mes données',
  'request.type.restriction': 'Limiter le traitement de mes données',
  'request.type.objection': 'M’opposer au traitement de mes données',
  'request.type.consent_withdrawal': 'Retirer mon consentement',
  'request.type.sale_opt_out': 'Ne pas vendre ni partager mes données',
  'request.type.sensitive_data_limit': 'Limiter l’utilisation de mes données sensibles',
  'request.type.automated_decision_review': 'Faire réexaminer une décision automatisée',
  'request.type.information': 'Une question pour le délégué à la protection des données',
  'request.typeWords.access': 'accès, copie, accéder',
  'request.typeWords.portability': 'portabilité, exporter',
  'request.typeWords.erasure': 'supprimer, suppression, effacer, effacement',
  'request.typeWords.rectification': 'rectifier, rectification, corriger',
  'request.typeWords.restriction': 'limitation, limiter, restreindre',
  'request.typeWords.objection': 'opposition, opposer, objection',
  'request.typeWords.consent_withdrawal': 'retirer, retrait, consentement',
  'request.typeWords.sale_opt_out': 'vente, vendre',
  'request.typeWords.sensitive_data_limit': 'sensibles',
  'request.typeWords.automated_decision_review': 'automatisée, décision, réexamen',
  'request.typeWords.information': 'question, délégué',
  'request.typeHelp.access':
    'Vous recevez les données personnelles détenues à votre sujet et des informations sur leur utilisation.',
  'request.typeHelp.portability':
    'Vous recevez les données que vous avez fournies dans un fichier structuré et lisible par machine.',
  'request.typeHelp.erasure':
    'Vos données personnelles sont effacées, sauf si la loi impose de les conserver.',
  'request.typeHelp.rectification':
    'Les données inexactes ou incomplètes sont rectifiées. Précisez dans les détails ce qui est erroné.',
  'request.typeHelp.restriction':
    'Vos données sont conservées mais pas utilisées tant qu’une question les concernant n’est pas réglée.',
  'request.typeHelp.objection':
    'Vos données ne sont plus utilisées pour une finalité à laquelle vous vous opposez, comme la prospection commerciale.',
  'request.typeHelp.consent_withdrawal':
    'Ce que vous aviez accepté, comme le suivi ou les newsletters, cesse dès maintenant.',
  'request.typeHelp.sale_opt_out':
    'Dès maintenant, vos données ne sont plus vendues ni partagées à des fins publicitaires.',
  'request.typeHelp.sensitive_data_limit':
    'Vos informations personnelles sensibles ne sont utilisées que pour ce qui est strictement nécessaire.',
  'request.typeHelp.automated_decision_review':
    'Une personne réexamine une décision vous concernant prise exclusivement par des moyens automatisés.',
  'request.typeHelp.information':
    'Posez toute question sur la façon dont vos données sont traitées. Aucun délai légal ne s’applique.',
  'request.categories.none': 'aucune donnée en particulier',
  'request.status.queued': 'en attente d’envoi',
  'request.status.delivered': 'reçue par l’éditeur',
  'request.status.in_progress': 'en cours de traitement',
  'request.status.completed': 'terminée',
  'request.status.rejected': 'refusée',
  'request.status.cancelled': 'annulée',
  'request.status.failed': 'échec de la transmission',
  'routing.vendor.vendor_hosts':
    'À l’éditeur, qui héberge cet espace de travail et détient donc toutes ses données.',
  'routing.vendor.vendor_runs_community': 'À l’éditeur, qui exploite ce serveur communautaire.',
  'routing.vendor.registered_services': 'À l’éditeur, pour les données qu’il détient via l’enregistrement.',
  'routing.vendor.user_added':
    'À l’éditeur, car vous avez indiqué qu’il détient des données vous concernant issues de ses autres services.',
  'routing.vendor.left_out':
    'Pas à l’éditeur : il ne détient aucune de ces données pour cet espace de travail. Cochez la case ci-dessous s’il détient des données vous concernant issues de ses autres services.',
  'routing.vendor.not_sent':
    'Non envoyée à l’éditeur : il ne détient aucune de ces données pour cet espace de travail.',
  'routing.workspace.operator_copy':
    'Également à l’exploitant de cet espace de travail, qui décide de ce qui est fait des données de l’espace de travail.',
  'routing.workspace.operator_holds':
    'À l’exploitant de cet espace de travail, qui détient votre profil, vos messages, vos fichiers et tout ce qui est stocké ici.',
  'routing.uncertain':
    'On ne sait pas si cet espace de travail est enregistré auprès de l’éditeur : la demande est donc acheminée comme s’il l’était.',
  'routing.data': 'Il reçoit : {categories}.',
  'routing.admins.admins': 'Les administrateurs ont été prévenus.',
  'routing.admins.dpo_email':
    'Aucun administrateur n’a pu être prévenu : la demande a donc été envoyée par e-mail au délégué à la protection des données ({email}).',
  'routing.admins.nobody':
    'Aucun administrateur n’a pu être prévenu et l’espace de travail n’a pas pu envoyer d’e-mail : écrivez au délégué à la protection des données à {email} en indiquant {ref}.',
  'routing.admins.preview.admins': 'Les administrateurs sont prévenus.',
  'routing.admins.preview.dpo_email':
    'Aucun administrateur n’est désigné pour être prévenu : la demande est donc envoyée par e-mail au délégué à la protection des données ({email}).',
  'request.receipt.title': '*Votre demande {ref} a été reçue.*',
  'request.receipt.asked': 'Demande : {type}. Loi : {jurisdiction}.',
  'request.receipt.data': 'Données : {categories}.',
  'request.receipt.follow':
    'Suivez-la avec `/privacy status {ref}`, ou annulez-la avec `/privacy cancel {ref}`.',
  'request.due': 'Une réponse est due au plus tard le {date}.',
  'request.dueAbout':
    'Une réponse est due vers le {date} (jours ouvrés, comptés du lundi au vendredi ; les jours fériés comptent ici comme jours ouvrés, le délai légal peut donc finir un ou deux jours plus tard).',
  'request.dueAtOnce':
    'Cela prend effet dès la réception de la demande ; le {date} est la date limite pour le confirmer.',
  'request.dueDirectMarketing':
    'L’opposition à la prospection directe prend effet dès la réception de la demande ; pour les autres utilisations des données, une réponse est due au plus tard le {date}.',
  'request.noDeadline': 'Aucun délai légal ne s’applique à cette demande.',
  'request.acknowledgeBy': 'La réception doit être confirmée au plus tard le {date}.',
  'request.unverifiedEmail':
    'Votre adresse e-mail n’est pas vérifiée : il se peut que l’on vous demande de confirmer que la demande vient bien de vous.',
  'request.changed': 'Votre demande {ref} ({type}) a désormais le statut : *{status}*.',
  'request.reason.vendor': 'Motif de l’éditeur, dans ses propres termes : {reason}',
  'request.results': 'Résultats : {url}',
  'operator.dm.taken':
    'Votre demande {ref} ({type}) est maintenant traitée par l’exploitant de cet espace de travail.',
  'operator.dm.dueBy': 'Il doit répondre au plus tard le {date}.',
  'operator.dm.extended':
    "L’exploitant de cet espace de travail a prolongé le délai de votre demande {ref} ({type}) jusqu'au {date}, comme la loi le permet.",
  'operator.dm.reasons': 'Ses motifs :',
  'operator.dm.answered.done':
    'L’exploitant de cet espace de travail a répondu à votre demande {ref} ({type}) : traitée.',
  'operator.dm.answered.partly_done':
    'L’exploitant de cet espace de travail a répondu à votre demande {ref} ({type}) : traitée en partie.',
  'operator.dm.answered.refused':
    'L’exploitant de cet espace de travail a répondu à votre demande {ref} ({type}) : refusée.',
  'operator.dm.message': 'Son message :',
  'operator.dm.link': 'Vos données : {link}',
  'operator.dm.linkLabel': 'télécharger',
  'operator.dm.complaint':
    "Si vous n'êtes pas d'accord, vous avez le droit d'introduire une réclamation auprès d'une autorité de contrôle de la protection des données.",
  'request.complaint':
    'Si vous n’êtes pas d’accord, vous pouvez introduire une réclamation auprès d’une autorité de contrôle de la protection des données.',
  'request.failed.contact':
    'Veuillez écrire au délégué à la protection des données à l’adresse {email} en indiquant la référence {ref}.',
  'request.cancelRequested':
    'L’annulation de {ref} a été demandée. Vous recevrez un message lorsqu’elle sera confirmée.',
  'request.limit':
    'Vous avez fait {limit} demandes au cours des dernières 24 heures, le maximum autorisé. Veuillez réessayer plus tard, ou écrire au délégué à la protection des données à l’adresse {email}.',
  'request.limitUntil':
    'Vous avez fait {limit} demandes au cours des dernières 24 heures, le maximum autorisé. Vous pourrez faire la suivante à partir du {time}. D’ici là, vous pouvez écrire au délégué à la protection des données à l’adresse {email}.',
  'request.limitBusy':
    'Une autre de vos demandes était envoyée au même moment, celle-ci n’a donc pas été envoyée. Veuillez appuyer de nouveau sur « Envoyer la demande ».',
  'request.typeUnknown':
    '« {input} » n’est pas un type de demande que je connais. Vous pouvez écrire : {words}.',
  'request.typeDidYouMean': 'Vouliez-vous dire `/privacy request {suggestion}` ?',
  'form.error.notOpened':
    'Ce formulaire n’a pas été ouvert par vous, ou il a déjà été envoyé. Rien n’a été déposé. Lancez `/privacy request` pour en ouvrir un nouveau.',
  'request.emailed':
    'Aucun point de terminaison pour les demandes n’est configuré : votre demande a donc été envoyée par e-mail au délégué à la protection des données ({email}).',
  'request.emailedNotInForce':
    'Le point de terminaison des demandes configuré pour cet espace de travail ne peut pas être utilisé pour le moment : votre demande a donc été envoyée par e-mail au délégué à la protection des données ({email}).',
  'form.error.jurisdiction': 'Choisissez la loi sur la protection des données qui s’applique à vous.',
  'form.error.type': 'Choisissez ce que vous souhaitez.',
  'form.error.typeNotInJurisdiction':
    'Cette demande n’est pas prévue par la loi choisie. Choisissez-en une autre.',
  'form.error.categories': 'Choisissez au moins un type de données.',
  'form.error.detailsTooLong': 'Les détails sont trop longs. Réduisez-les à 2000 caractères.',
  'form.error.detailsNeeded': 'Précisez dans les détails de quoi il s’agit.',
  'form.error.confirm': 'Confirmez que la demande concerne vos propres données.',
  'form.error.noEmail':
    'Votre profil ne comporte pas d’adresse e-mail, dont la demande a besoin. Ajoutez-en une dans les paramètres de votre compte, puis réessayez.',
  'form.error.apps': 'Choisissez uniquement des applications de la liste.',
  'request.modal.apps': 'Applications concernées',
  'request.modal.appsPlaceholder': 'Choisissez des applications installées (facultatif)',
  'request.modal.appsHint':
    'Chaque application a sa propre politique de confidentialité ; voir `/privacy apps`.',
  'request.receipt.apps': 'Applications : {apps}.',
  'apps.app.request': 'Faire une demande concernant cette application',
  'status.title': '*Vos demandes concernant vos données*',
  'status.line': '`{ref}` {type} : {status}, échéance : {due}',
  'status.noDue': 'aucune échéance',
  'status.lineAtOnce':
    '`{ref}` {type} : {status}, en vigueur dès réception, à confirmer au plus tard le {due}',
  'status.more': 'et {count} plus anciennes.',
  'status.hint': 'Détails et historique : `/privacy status <référence>`.',
  'status.none': 'Vous n’avez fait aucune demande. Utilisez `/privacy request` pour en faire une.',
  'status.notFound': 'Vous n’avez pas de demande {ref}. `/privacy status` liste vos demandes.',
  'status.badReference':
    '`{input}` n’est pas une référence de demande. Une référence ressemble à PR-1A2B3C4D.',
  'status.detail.title': '*Demande {ref}* : {status}',
  'status.operatorDue': 'L’exploitant de cet espace de travail a prolongé son délai jusqu’au {date}.',
  'status.operator.taken': '{date} : prise en charge par l’exploitant de cet espace de travail',
  'status.operator.extended':
    '{date} : délai prolongé par l’exploitant de cet espace de travail jusqu’au {due}',
  'status.operator.answered': '{date} : {status}',
  'status.operator.withdrawn': '{date} : retirée auprès de l’exploitant de cet espace de travail',
  'status.detail.history': '*Historique*',
  'status.history': '{date} : {status}, {source}',
  'history.source.submit': 'déposée par vous',
  'history.source.delivery': 'transmission à l’éditeur',
  'history.source.poll': 'vérification du statut',
  'history.source.callback': 'message de l’éditeur',
  'history.source.admin': 'un administrateur',
  'history.source.user': 'vous',
  'history.reason.emailed_to_dpo': 'envoyée par e-mail au délégué à la protection des données',
  'history.reason.no_endpoint_no_email':
    'aucun point de terminaison pour les demandes n’est configuré et l’espace de travail n’a pas pu envoyer d’e-mail',
  'history.reason.undeliverable':
    'le système de demandes de l’éditeur n’a pas pu être joint pendant 72 heures',
  'history.reason.passed_to_operator': 'transmise à l’exploitant de cet espace de travail',
  'request.status.with_operator': 'auprès de l’exploitant de cet espace de travail',
  'request.status.operator_waiting':
    'en attente : l’exploitant de cet espace de travail n’a pas encore été prévenu',
  'request.status.tracks': 'partie de l’éditeur : {vendor} ; partie de cet espace de travail : {operator}',
  'request.status.operator_emailed': 'transmise par e-mail au délégué à la protection des données',
  'request.status.operator_untold':
    "personne n'a pu être prévenu : écrivez au délégué à la protection des données",
  'request.status.operator_in_progress': 'en cours de traitement par l’exploitant de cet espace de travail',
  'request.status.operator_answered_done': 'répondue par l’exploitant de cet espace de travail : traitée',
  'request.status.operator_answered_partly_done':
    'répondue par l’exploitant de cet espace de travail : traitée en partie',
  'request.status.operator_answered_refused': 'répondue par l’exploitant de cet espace de travail : refusée',
  'request.status.operator_withdrawn': 'retirée par vous',
  'request.status.emailed': 'transmise par e-mail au délégué à la protection des données',
  'request.handedOver':
    'Votre demande {ref} ({type}) n’a pas pu être prise en compte automatiquement : elle a donc été transmise par e-mail au délégué à la protection des données ({email}), qui vous répondra. Vous n’avez rien d’autre à faire.',
  'history.source.operator': 'transmission à l’exploitant de cet espace de travail',
  'history.reason.endpoint_refused_format': 'le système de demandes n’a pas pu la prendre en compte',
  'history.reason.no_admin_no_email':
    'aucun administrateur n’a pu être prévenu et l’espace de travail n’a pas pu envoyer d’e-mail',
  'email.to': 'À',
  'email.cancelSubject': 'Demande relative à mes données personnelles {ref} : annulée',
  'email.cancelText':
    'Bonjour,\n\nJe retire ma demande {ref}, que je vous ai envoyée précédemment. Merci de ne pas y donner suite.',
  'email.subjectLabel': 'Objet',
  'history.reason.given': 'motif indiqué : {reason}',
  'history.reason.endpoint_refused':
    'le point de terminaison des demandes a refusé la demande comme non valide',
  'cancel.missingReference':
    'Indiquez la référence de la demande à annuler, par exemple `/privacy cancel PR-1A2B3C4D`.',
  'cancel.final': 'La demande {ref} ne peut plus être annulée (statut : {status}).',
  'email.subject': 'Demande relative à mes données personnelles {ref} : {type}',
  'email.subject.vendor': 'Demande relative à mes données personnelles {ref} : {type} (partie éditeur)',
  'email.subject.workspace':
    'Demande relative à mes données personnelles {ref} : {type} (partie exploitant de cet espace de travail)',
  'email.part.vendor':
    'Cette partie concerne les données que détient l’éditeur ; les données que détient l’exploitant de cet espace de travail font l’objet d’une demande distincte.',
  'email.part.workspace':
    'Cette partie concerne les données que détient l’exploitant de cet espace de travail ; les données que détient l’éditeur font l’objet d’une demande distincte.',
  'email.greeting': 'Bonjour,',
  'email.intro':
    'Je souhaite exercer mes droits en matière de protection des données. J’utilise l’espace de travail {workspace}.',
  'email.field.reference': 'Référence',
  'email.field.type': 'Demande',
  'email.field.law': 'Loi',
  'email.field.data': 'Données',
  'email.field.user': 'Utilisateur',
  'email.userGone': '(le compte n’existe plus)',
  'email.field.submitted': 'Déposée le',
  'email.field.due': 'Réponse due au plus tard le',
  'email.field.details': 'Détails',
  'email.readyToSend':
    'Vous pouvez envoyer la demande vous-même. Copiez cet e-mail et envoyez-le à {email} :',
  'admin.newRequest': 'Nouvelle demande {ref} : {type}. Loi : {jurisdiction}.',
  'admin.earlierRequest':
    'La demande {ref} a été déposée le {date} avec une version antérieure de cette app, qui n’a pas noté si vous en aviez été informé. Vérifiez si elle a déjà reçu une réponse.',
  'admin.cancelled':
    'La demande {ref} ({type}, loi : {jurisdiction}) a été annulée par la personne qui l’avait déposée.',
  'admin.operatorMustAnswer':
    'Cet espace de travail détient ces données : son exploitant doit donc répondre. Ouvrez `/privacy admin` pour voir qui a fait la demande et ce que la personne a écrit, et pour la traiter.',
  'admin.dueAlert.title':
    '*Des demandes auxquelles cet espace de travail doit répondre arrivent à échéance.* Ouvrez `/privacy admin` pour les traiter.',
  'admin.dueAlert.overdue': '*En retard :*',
  'admin.dueAlert.dueSoon': '*À échéance dans {days} jours :*',
  'admin.dueAlert.line': '{ref} : {type}, loi : {jurisdiction}, échéance le {date}',
  'operator.refusal.final_state':
    'Cette demande est close (répondue ou retirée), et une demande close ne change plus.',
  'operator.refusal.law_allows_none':
    'La loi choisie ({law}) ne permet aucune prolongation : la réponse est due dans le délai légal ({period}), au plus tard le {date}.',
  'operator.refusal.no_deadline':
    'Cette demande n’a pas de délai légal (une question au délégué à la protection des données, ou aucune loi avec délai n’a été choisie) : il n’y a donc pas de date à prolonger.',
  'operator.refusal.too_late_to_extend':
    'La loi choisie ({law}) ne permet une prolongation que si la personne en est informée, avec les motifs, dans le premier délai ({period}). Ce délai a pris fin le {date} : il ne peut plus être prolongé.',
  'operator.refusal.beyond_maximum':
    'La loi choisie ({law}) permet au plus {extension} de plus après la date initiale : la date la plus tardive possible est le {date}.',
  'operator.refusal.already_extended':
    'La loi choisie ({law}) ne permet qu’une seule prolongation, et cette demande a déjà été prolongée.',
  'operator.refusal.not_later': 'La nouvelle échéance doit être postérieure à l’actuelle, {date}.',
  'operator.refusal.not_taken':
    'Prenez d’abord la demande en charge : seule une demande prise en charge peut être prolongée ou recevoir une réponse.',
  'operator.refusal.already_taken': 'Quelqu’un a déjà pris cette demande en charge.',
  'operator.refusal.reasons_required':
    'Indiquez les motifs : la personne doit savoir pourquoi une demande est refusée ou son délai prolongé.',
  'operator.refusal.not_the_person': 'Seule la personne qui a fait la demande peut la retirer.',
  // The admin console: a request's page, its actions and their forms
  'console.request.title': 'Demande {ref}',
  'console.request.heading': '*Demande {ref}* : {type}, au titre de {law}',
  'console.request.submitted': '*Déposée* : {date}',
  'console.request.due': '*Échéance* : {date}',
  'console.request.overdue': '*Échéance* : {date}, *dépassée*',
  'console.request.noDue': '*Échéance* : aucun délai légal',
  'console.request.person': '*Personne* : @{username}, {name}, {email}',
  'console.request.personNoName': '*Personne* : @{username}, {email}',
  'console.request.unverified': 'L’adresse e-mail n’est pas vérifiée.',
  'console.request.details': '*Précisions, telles que la personne les a écrites* :',
  'console.request.noDetails': 'La personne n’a rien précisé.',
  'console.request.vendorTrack': '*Volet éditeur* : {status}. Données : {categories}.',
  'console.request.vendorTrack.none':
    '*Volet éditeur* : aucun, l’éditeur ne détient aucune des données demandées.',
  'console.request.vendorFailures': 'Tentatives d’envoi échouées : {count}. Prochaine tentative : {date}.',
  'console.request.operatorTrack': '*Volet espace de travail* : {state}. Données : {categories}.',
  'console.request.operatorTrack.none':
    '*Volet espace de travail* : aucun, cet espace de travail ne détient aucune des données demandées.',
  'console.request.takenBy': 'Prise en charge par {who}.',
  'console.request.outcome': 'Résultat : {outcome}.',
  'console.request.history': '*Historique*',
  'console.request.unknownUser': 'un compte qui n’existe plus',
  'console.operator.state.new': 'nouvelle, personne ne l’a encore prise en charge',
  'console.operator.state.in_progress': 'en cours',
  'console.operator.state.answered': 'répondue',
  'console.operator.state.withdrawn': 'retirée par la personne',
  'console.operator.outcome.done': 'satisfaite',
  'console.operator.outcome.partly_done': 'satisfaite en partie',
  'console.operator.outcome.refused': 'refusée',
  'console.source.submit': 'déposée par la personne',
  'console.source.delivery': 'envoi à l’éditeur',
  'console.source.poll': 'vérification du statut chez l’éditeur',
  'console.source.callback': 'message de l’éditeur',
  'console.source.admin': 'un administrateur',
  'console.source.user': 'la personne',
  'console.history.status': '{date} : {status} ({source})',
  'console.history.take': '{date} : volet espace de travail pris en charge par {who}',
  'console.history.extend': '{date} : échéance reportée au {due} par {who}, motifs :',
  'console.history.answer': '{date} : répondue par {who}, résultat : {outcome}',
  'console.history.note': '{date} : *note interne* de {who} (la personne ne la voit pas) :',
  'console.history.withdraw': '{date} : retirée par la personne',
  'console.history.link': 'Lien donné à la personne : {link}',
  'console.action.take': 'Prendre en charge',
  'console.action.extend': 'Prolonger',
  'console.action.answer': 'Répondre',
  'console.action.note': 'Ajouter une note',
  'console.action.retry': 'Relancer l’envoi à l’éditeur maintenant',
  'console.action.resend': 'Renvoyer la confirmation',
  'console.action.back': 'Retour à la liste',
  'console.action.close': 'Fermer',
  'console.notice.told': 'C’est fait. La personne a été prévenue par message direct.',
  'console.notice.notTold':
    'C’est fait, mais la personne n’a pas pu être prévenue : son compte n’existe plus.',
  'console.notice.noted': 'Note ajoutée. La personne ne la voit pas.',
  'console.notice.refused': 'Non effectué : {reason}',
  'console.notice.retried':
    'L’envoi à l’éditeur est dû maintenant : la file d’envoi le relance dans un instant.',
  'console.notice.nothingToRetry': 'Aucun envoi de cette demande à l’éditeur n’attend dans la file d’envoi.',
  'console.notice.resent': 'La confirmation a été renvoyée à @{username}.',
  'console.notice.notResent':
    'La confirmation n’a pas pu être envoyée : le compte de la personne qui a déposé la demande n’existe plus.',
  'console.notFound.title': 'Demande introuvable',
  'console.notFound':
    'Cette demande est introuvable. Elle a peut-être été déposée avec une version antérieure de l’app.',
  'console.form.extend.title': 'Prolonger le délai',
  'console.form.extend.intro':
    'Demande {ref}, échéance le {date}. La personne est informée de la nouvelle date et de vos motifs.',
  'console.form.extend.due': 'Nouvelle échéance',
  'console.form.extend.reasons': 'Motifs (la personne les lit)',
  'console.form.extend.submit': 'Prolonger',
  'console.form.answer.title': 'Répondre à la demande',
  'console.form.answer.intro':
    'Demande {ref}. La personne est informée du résultat, de votre message et du lien.',
  'console.form.answer.outcome': 'Résultat',
  'console.form.answer.outcomePlaceholder': 'Choisissez le résultat',
  'console.form.answer.message': 'Message à la personne (obligatoire en cas de refus)',
  'console.form.answer.link': 'Lien vers les données (facultatif, une adresse https://)',
  'console.form.answer.submit': 'Envoyer la réponse',
  'console.form.note.title': 'Ajouter une note interne',
  'console.form.note.intro':
    'Demande {ref}. Seules les personnes qui traitent les demandes voient les notes.',
  'console.form.note.text': 'Note',
  'console.form.note.submit': 'Ajouter la note',
  'console.form.cancel': 'Annuler',
  'console.error.required': 'Remplissez ce champ.',
  'console.error.tooLong': 'Écrivez au plus {max} caractères.',
  'console.error.date': 'Choisissez une date.',
  'console.error.outcome': 'Choisissez un résultat.',
  'console.error.link':
    'Saisissez une adresse https:// complète, par exemple https://files.example.org/export.zip, ou laissez le champ vide.',
  'console.error.gone': 'Cette demande est introuvable désormais.',
  'console.error.noWorkspaceTrack':
    'Cette demande n’a pas de volet espace de travail : seul l’éditeur y répond.',
  'admin.unauthorized':
    'Le point de terminaison des demandes a refusé les identifiants de l’application. Les demandes attendent dans la boîte d’envoi jusqu’à ce que le jeton ou le secret de signature soit corrigé dans les paramètres de Privacy Center.',
  'admin.endpointNotInForce':
    'L’adresse du paramètre *{setting}* n’est pas utilisée : {problem} Tant qu’elle n’est pas corrigée, les nouvelles demandes sont envoyées par e-mail au délégué à la protection des données, et l’état des demandes déjà transmises n’est pas consulté.',
  'admin.malformed':
    'Le point de terminaison des demandes a refusé la demande {ref} comme mal formée (HTTP 400) : elle n’a donc pas été transmise. Le point de terminaison a répondu : {reason}. Vérifiez les paramètres du point de terminaison des demandes ou prévenez l’éditeur.',
  'admin.malformed.emailed':
    'La demande a été envoyée à la place par e-mail au délégué à la protection des données ({email}).',
  'admin.malformed.notEmailed':
    'L’espace de travail n’a pas pu envoyer d’e-mail : l’utilisateur a donc reçu un e-mail prêt à envoyer au délégué à la protection des données ({email}).',
  'admin.malformed.nobody':
    'L’espace de travail n’a pas pu envoyer d’e-mail et le compte de l’utilisateur n’existe plus : la demande n’est donc parvenue à personne. Veuillez la transmettre vous-mêmes au délégué à la protection des données ({email}).',
  'admin.vendorGets': 'L’éditeur reçoit : {categories}.',
  'admin.deadLetter':
    'La demande {ref} n’a pas pu être transmise pendant 72 heures (dernière erreur : {reason}) et a été remise par e-mail ou à l’utilisateur. Vérifiez les paramètres du point de terminaison des demandes.',

  // Errors
  'error.noView':
    'Ce client ne peut pas ouvrir la vue de la politique. Essayez `/privacy contact`, ou relancez la commande depuis l’application web ou de bureau de Rocket.Chat.',
  'error.internal':
    'Un problème est survenu de notre côté. Veuillez réessayer. Si cela se reproduit, communiquez cette référence à votre administrateur : {ref}.',

  // /privacy apps
  'help.cmd.apps':
    '`/privacy apps` : les applications installées ici, les données auxquelles chacune peut accéder, et leurs politiques de confidentialité',
  'apps.title': 'Applications installées',
  'apps.close': 'Fermer',
  'apps.intro':
    'Ces applications sont installées dans cet espace de travail. Chacune ne peut accéder qu’à ce que ses autorisations lui permettent. Les applications qui peuvent envoyer des données hors de l’espace de travail et lire les messages apparaissent en premier.',
  'apps.filter.label': 'Rechercher',
  'apps.filter.placeholder': 'Nom de l’application, auteur ou type de données',
  'apps.category.placeholder': 'Type de données',
  'apps.category.all': 'Tous les types de données',
  'apps.refresh': 'Actualiser',
  'apps.count': 'Affichage : {shown} sur {total} applications installées.',
  'apps.count.capped':
    'Affichage des {shown} premières applications sur {matching} correspondantes ({total} installées). Affinez la recherche pour voir les autres.',
  'apps.none': 'Aucune application n’est installée dans cet espace de travail.',
  'apps.noMatch': 'Aucune application ne correspond à cette recherche.',
  'apps.updated': 'Liste récupérée {age}.',
  'apps.stale':
    'La liste est en cours de récupération en arrière-plan : cliquez sur « Actualiser » dans un instant pour voir la nouvelle liste.',
  'apps.age.now': 'à l’instant',
  'apps.age.minutes.one': 'il y a {n} minute',
  'apps.age.minutes.other': 'il y a {n} minutes',
  'apps.age.hours.one': 'il y a {n} heure',
  'apps.age.hours.other': 'il y a {n} heures',
  'apps.age.days.one': 'il y a {n} jour',
  'apps.age.days.other': 'il y a {n} jours',
  'apps.app.by': 'par {author}',
  'apps.app.enabled': 'Activée',
  'apps.app.disabled': 'Désactivée',
  'apps.app.marketplace': 'Du Marketplace',
  'apps.app.private': 'Import privé, hors Marketplace',
  'apps.privacy.heading': '*Politique de confidentialité*',
  'apps.privacy.summaryNote':
    'Les propres mots de l’auteur sur le Marketplace, le plus souvent en anglais ; non traduits.',
  'apps.privacy.link': 'Lire la politique de confidentialité',
  'apps.privacy.noLink': 'Le Marketplace n’indique aucun lien vers la politique complète.',
  'apps.privacy.none': '*Aucune politique de confidentialité publiée.* Renseignez-vous auprès de l’auteur :',
  'apps.privacy.unknown':
    '*Le Marketplace n’a pas pu être consulté* : la politique de confidentialité de cette application n’est donc pas affichée. L’auteur :',
  'apps.author.homepage': 'Site web',
  'apps.author.support': 'Assistance',
  'apps.author.noContact': 'L’auteur n’a indiqué ni site web ni contact d’assistance.',
  'apps.permissions.heading': '*Ce à quoi elle peut accéder*',
  'apps.permissions.default':
    '*Ce à quoi elle peut accéder* : cette application ne déclare aucune autorisation, l’Apps-Engine lui accorde donc son large ensemble d’autorisations par défaut.',
  'apps.permissions.none':
    '*Ce à quoi elle peut accéder* : rien. Cette application déclare une liste d’autorisations vide, l’Apps-Engine ne lui en accorde donc aucune.',
  'apps.risk.high': 'risque élevé',
  'apps.risk.medium': 'risque moyen',
  'apps.risk.low': 'risque faible',
  'apps.permission.unknown': '`{name}`, une autorisation que Privacy Center ne connaît pas',
  'apps.data.outside': 'Données qui quittent l’espace de travail',
  'apps.data.messages': 'Messages',
  'apps.data.files': 'Fichiers',
  'apps.data.people': 'Personnes et comptes',
  'apps.data.omnichannel': 'Visiteurs et conversations Omnichannel',
  'apps.data.rooms': 'Salons',
  'apps.data.calls': 'Appels vidéo',
  'apps.data.workspace': 'Paramètres de l’espace de travail',
  'apps.data.features': 'Fonctionnalités propres à l’application',
  'apps.data.unknown': 'Autres autorisations',
  'permission.networking':
    'peut envoyer des données vers n’importe quelle adresse hors de l’espace de travail, et en récupérer',
  'permission.outbound-communication.provide':
    'peut envoyer des messages à des personnes hors de l’espace de travail, par exemple par SMS ou e-mail',
  'permission.email.send': 'envoie des e-mails depuis l’espace de travail',
  'permission.cloud.workspace-token':
    'utilise l’enregistrement de l’espace de travail pour appeler les services cloud de l’éditeur',
  'permission.message.read': 'lit les messages',
  'permission.threads.read': 'lit les fils de discussion',
  'permission.moderation.read': 'lit les messages signalés et les rapports de modération',
  'permission.message.write': 'envoie, modifie et supprime des messages',
  'permission.moderation.write': 'traite les messages signalés',
  'permission.upload.read': 'lit les fichiers téléversés',
  'permission.upload.write': 'téléverse des fichiers',
  'permission.user.write': 'crée, modifie et désactive des comptes utilisateur',
  'permission.role.write': 'modifie les rôles des personnes, et donc ce qu’elles ont le droit de faire',
  'permission.user.read': 'lit les profils : noms, noms d’utilisateur, adresses e-mail, statut',
  'permission.role.read': 'lit les rôles des personnes',
  'permission.livechat-visitor.read': 'lit les informations des visiteurs Omnichannel',
  'permission.livechat-message.read': 'lit les conversations Omnichannel',
  'permission.contact.read': 'lit les contacts Omnichannel',
  'permission.livechat-visitor.write': 'crée et modifie des visiteurs Omnichannel',
  'permission.livechat-message.write': 'envoie des messages dans les conversations Omnichannel',
  'permission.livechat-message.multiple': 'traite de nombreux messages Omnichannel à la fois',
  'permission.livechat-room.read': 'lit les détails des conversations Omnichannel',
  'permission.livechat-room.write': 'ouvre, transfère et clôt des conversations Omnichannel',
  'permission.livechat-custom-fields.write': 'remplit des champs personnalisés sur les visiteurs Omnichannel',
  'permission.contact.write': 'crée et modifie des contacts Omnichannel',
  'permission.livechat-department.write': 'modifie les départements Omnichannel',
  'permission.livechat-department.read': 'lit les départements Omnichannel',
  'permission.livechat-department.multiple': 'lit de nombreux départements Omnichannel à la fois',
  'permission.livechat-status.read': 'voit si les agents Omnichannel sont disponibles',
  'permission.room.system.view-all':
    'voit tous les salons, y compris les salons privés dont elle n’est pas membre',
  'permission.room.read': 'lit les détails des salons et la liste de leurs membres',
  'permission.room.write': 'crée, modifie et supprime des salons',
  'permission.video-conference-provider':
    'fournit les appels vidéo : les données des appels passent donc par elle',
  'permission.video-conference.read': 'lit les détails des appels vidéo',
  'permission.video-conference.write': 'lance et modifie des appels vidéo',
  'permission.server-setting.write': 'modifie les paramètres de l’espace de travail',
  'permission.oauth-app.write':
    'crée et modifie des applications OAuth, auxquelles un accès aux comptes peut être accordé',
  'permission.server-setting.read': 'lit les paramètres de l’espace de travail',
  'permission.oauth-app.read': 'lit les applications OAuth configurées dans l’espace de travail',
  'permission.env.read': 'lit des informations sur le serveur sur lequel elle s’exécute',
  'permission.api':
    'propose des adresses web que des services extérieurs à l’espace de travail peuvent appeler',
  'permission.experimental.default': 'utilise des fonctionnalités expérimentales de l’Apps-Engine',
  'permission.persistence': 'conserve ses propres données dans la base de données de l’espace de travail',
  'permission.scheduler': 'exécute des tâches planifiées',
  'permission.slashcommand': 'ajoute des commandes slash',
  'permission.ui.interact': 'ouvre des fenêtres et des formulaires',
  'permission.ui.registerButtons': 'ajoute des boutons à l’interface',
  'apps.notConfigured.title': '*Le répertoire des applications n’est pas encore configuré.*',
  'apps.notConfigured.why':
    'Les applications ne peuvent pas voir quelles autres applications sont installées : Privacy Center lit donc la liste via l’API REST de l’espace de travail lui-même, connecté en tant qu’utilisateur dédié sans droits d’administrateur. Un administrateur doit définir ces éléments dans Administration > Applications > Privacy Center > Paramètres, section « Répertoire des applications » :',
  'apps.notConfigured.baseUrl':
    '*Adresse de l’API REST de l’espace de travail* : la Site URL n’est pas une adresse https:// (http:// n’est accepté que pour localhost) ; saisissez donc une adresse à laquelle le serveur peut se joindre lui-même.',
  'apps.notConfigured.userId': '*ID utilisateur de l’API REST* : l’ID de cet utilisateur dédié.',
  'apps.notConfigured.token': '*Jeton d’accès personnel* : un jeton d’accès personnel de cet utilisateur.',
  'apps.error.unauthorized':
    '*L’espace de travail a refusé le jeton d’accès de l’application* (réponse 401 ou 403). Un administrateur doit vérifier les paramètres *ID utilisateur de l’API REST* et *Jeton d’accès personnel*.',
  'apps.error.unreachable':
    '*L’API REST de l’espace de travail n’a pas pu être jointe* (pas de réponse à temps, ou erreur du serveur). Si cela se reproduit, un administrateur peut saisir une adresse interne dans le paramètre *Adresse de l’API REST de l’espace de travail*.',
  'apps.error.bad_answer':
    '*L’API REST de l’espace de travail a renvoyé une réponse que Privacy Center ne comprend pas.* Un administrateur doit vérifier le paramètre *Adresse de l’API REST de l’espace de travail*.',
  'apps.error.lastGood': 'Voici la liste telle qu’elle a été récupérée {age}.',
  'apps.error.nothing': 'Il n’y a pas de liste antérieure à afficher.',
  'apps.error.noView':
    'Ce client ne peut pas ouvrir le répertoire des applications. Relancez `/privacy apps` depuis l’application web ou de bureau de Rocket.Chat.',
  'apps.marketplace.failed':
    'Le Marketplace n’a pas pu être consulté : les résumés de confidentialité peuvent donc manquer ou être obsolètes.',

  // /privacy admin: the gate, and the request endpoint check
  'admin.refusal':
    'Cette commande est réservée aux personnes qui traitent les demandes de confidentialité dans cet espace de travail.',
  'admin.title':
    '*Administration de Privacy Center* : tapez `/privacy admin` suivi de l’une de ces commandes :',
  'admin.cmd.test':
    '`/privacy admin test` : vérifier pas à pas les paramètres du point de terminaison des demandes',
  'admin.cmd.export':
    '`/privacy admin export` : le registre des demandes en fichier CSV dans vos messages directs (`/privacy admin export full` ajoute ce qu’ont écrit la personne et les exploitants)',
  'admin.export.message': 'Le registre des demandes de confidentialité au {date} : {count} demandes.',
  'admin.export.messageFull':
    'Le registre des demandes de confidentialité au {date} : {count} demandes, avec ce qu’ont écrit les personnes et les exploitants. Il contient des données personnelles : conservez-le en lieu sûr et supprimez-le une fois terminé.',
  'admin.export.sent': 'Le registre des demandes est dans vos messages directs : {file}.',
  'admin.export.failed':
    'Le registre n’a pas pu être envoyé en fichier (référence {ref}). Vérifiez que l’envoi de fichiers est autorisé dans cet espace de travail.',
  'export.col.reference': 'Référence',
  'export.col.law': 'Loi',
  'export.col.type': 'Type',
  'export.col.tracks': 'Parties',
  'export.col.submitted': 'Déposée le',
  'export.col.due': 'Échéance',
  'export.col.vendorState': 'État chez l’éditeur',
  'export.col.operatorState': 'État chez l’exploitant',
  'export.col.outcome': 'Résultat',
  'export.col.details': 'Détails',
  'export.col.operatorMessages': 'Messages des exploitants',
  'admin.cmd.posture':
    '`/privacy admin posture` : où vont les données de cet espace de travail et quoi changer (`refresh` relit les paramètres)',
  'admin.unknown': 'La commande `/privacy admin {input}` n’existe pas.',
  'admin.cmd.console':
    '`/privacy admin` sans rien d’autre : le registre de toutes les demandes de confidentialité, à filtrer et à ouvrir',
  'admin.cmd.help': '`/privacy admin help` : cette liste',
  'console.title': 'Demandes de confidentialité',
  'console.close': 'Fermer',
  'console.noView':
    'Ce client ne peut pas ouvrir la console. Relancez `/privacy admin` depuis l’application web ou de bureau de Rocket.Chat.',
  'console.counts':
    '*{total}* au total · reçues : {received} · en cours : {inProgress} · terminées : {finished} · en retard : *{overdue}* · échéance sous {days} jours : {dueSoon}',
  'console.shown': '{from}–{to} sur {matching} correspondantes (page {page} sur {pages})',
  'console.none': 'Personne n’a encore déposé de demande de confidentialité dans cet espace de travail.',
  'console.noMatch': 'Aucune demande ne correspond à ces filtres.',
  'console.filter.status': 'État',
  'console.filter.status.any': 'Tous les états',
  'console.filter.overall': 'Global : {stage}',
  'console.filter.operator': 'Exploitant : {state}',
  'console.filter.vendor': 'Éditeur : {status}',
  'console.filter.track': 'Volet',
  'console.filter.track.any': 'Tous les volets',
  'console.filter.track.vendor': 'Avec un volet éditeur',
  'console.filter.track.operator': 'Avec un volet exploitant',
  'console.filter.track.both': 'Avec les deux volets',
  'console.filter.law': 'Loi',
  'console.filter.law.any': 'Toutes les lois',
  'console.filter.type': 'Type',
  'console.filter.type.any': 'Tous les types',
  'console.filter.due': 'Échéance',
  'console.filter.due.any': 'Toute échéance',
  'console.filter.due.overdue': 'En retard',
  'console.filter.due.within': 'Échéance sous {days} jours',
  'console.stage.received': 'reçue',
  'console.stage.in_progress': 'en cours',
  'console.stage.finished': 'terminée',
  'console.operator.new': 'nouvelle, personne ne l’a prise en charge',
  'console.operator.in_progress': 'en traitement',
  'console.operator.answered': 'répondue',
  'console.operator.withdrawn': 'retirée par la personne',
  'console.row.vendor': 'Éditeur : {status}',
  'console.row.operator': 'Exploitant : {state}',
  'console.row.due': 'Échéance le {date}',
  'console.row.overdue': '*En retard* depuis le {date}',
  'console.row.noDue': 'Pas d’échéance légale',
  'console.row.open': 'Ouvrir',
  'console.prev': 'Page précédente',
  'console.next': 'Page suivante',
  'console.reset': 'Effacer les filtres',
  'check.title': '*Vérification du point de terminaison des demandes*',
  'check.step.url': 'Une URL de point de terminaison est saisie et en vigueur',
  'check.step.https': 'L’adresse utilise https (ou une adresse locale autorisée pour le développement)',
  'check.step.reachable': 'L’adresse répond',
  'check.step.token': 'Le point de terminaison accepte le jeton',
  'check.ok': 'ok',
  'check.failed': 'échec',
  'check.skipped': 'non vérifié, une étape précédente a échoué',
  'check.fix.url.missing': 'Saisissez l’URL de base du point de terminaison dans le paramètre *{setting}*.',
  'check.fix.url.invalid': 'La valeur de *{setting}* n’est pas en vigueur : {problem}',
  'check.fix.https.not_https': 'Saisissez une adresse https:// dans le paramètre *{setting}*.',
  'check.fix.https.internal_address':
    'L’adresse se trouve dans le réseau du serveur. Saisissez l’adresse https:// publique du point de terminaison dans *{setting}* ou, pour un point de terminaison de test uniquement, activez *{local}*.',
  'check.fix.reachable':
    'L’adresse est injoignable ({reason}). Vérifiez le nom d’hôte et le port dans le paramètre *{setting}*, et que ce serveur peut l’atteindre.',
  'check.reason.timeout': 'pas de réponse à temps',
  'check.reason.refused': 'la connexion a été refusée',
  'check.reason.reset': 'la connexion a été coupée',
  'check.reason.other': 'le nom n’a pas pu être résolu ou aucune connexion n’a pu être établie',
  'check.fix.token.refused':
    'Le point de terminaison a refusé le jeton (il a répondu {status}). Saisissez le jeton fourni par le prestataire dans le paramètre *{setting}*.',
  'check.fix.token.contract':
    'Le point de terminaison ne respecte pas le contrat : la lecture du statut d’une demande inconnue doit répondre 404, et il a répondu {status} {answer}. Vérifiez que *{setting}* est l’adresse de base du point de terminaison, ou interrogez le prestataire.',
  'check.fix.token.unavailable':
    'Le point de terminaison est en panne en ce moment (il a répondu {status}) : les réglages sont peut-être bons. Relancez la vérification plus tard ; si la panne dure, contactez l’éditeur.',
  'check.fix.token.rate_limited':
    'Le point de terminaison demande de ralentir (il a répondu {status}) : relancez la vérification dans quelques minutes.',
  'check.fix.token.rate_limited_for':
    'Le point de terminaison demande de ralentir (il a répondu {status}) : relancez la vérification dans {seconds} secondes.',
  'check.emptyAnswer': '(sans contenu)',
  'check.allOk':
    'Toutes les étapes sont réussies : le point de terminaison est prêt à recevoir des demandes.',
  // Policy updates (issue 13)
  'policyUpdate.title':
    '*La politique de confidentialité change : version {version}, en vigueur à partir du {date}*',
  'policyUpdate.whatChanged': 'Ce qui change :',
  'policyUpdate.fullPolicy': 'La politique complète : {link}',
  'policyUpdate.ackButton': 'Je l’ai lue',
  'policyUpdate.ackHint': 'Cet avis revient une fois par jour jusqu’à ce que vous confirmiez l’avoir lu.',
  'policyUpdate.acknowledged':
    'Merci : votre lecture de la version {version} ({date}) est enregistrée. `/privacy status` liste ce que vous avez lu.',
  'policyUpdate.notAnnounced':
    'Cet avis concerne une version qui n’est plus en vigueur ; rien n’a été enregistré.',
  'status.policyReceipts': 'Versions de la politique que vous avez lues : {list}.',
  'status.policyReceipt': '{version} ({date}), le {at}',
  // What the app stores about a person (issue 13)
  'mydata.title': '*Ce que Privacy Center conserve à votre sujet*',
  'mydata.where':
    'C’est conservé dans la base de données de cet espace de travail, dans le stockage propre de l’app. Vous seul voyez cette liste ; les personnes qui traitent les demandes de confidentialité voient vos demandes.',
  'mydata.requests': '*Vos demandes* : {count}',
  'mydata.request':
    '`{ref}` {type} ({law}) : {status} ; déposée le {submitted}, échéance {due} ; e-mail {email}',
  'mydata.request.wrote': 'Vous avez écrit :',
  'mydata.request.noText': 'Vous n’avez écrit aucun texte.',
  'mydata.drafts': '*Formulaires de demande ouverts et non envoyés* : {count}',
  'mydata.draft': '{type} ({law}), ouvert le {at}',
  'mydata.law': '*La loi que vous avez choisie dans la vue de la politique* : {law}',
  'mydata.appsFilter': '*Votre recherche dans l’annuaire des apps* : {filter}',
  'mydata.notices': '*Quand un avis sur la politique vous a été montré* : {list}',
  'mydata.notice': 'version {version}, d’abord le {first}, dernièrement le {last}',
  'mydata.claims': '*Entrées de la limite quotidienne (une par demande déposée)* : {count}',
  'mydata.deleteHint':
    '`/privacy mydata delete` supprime ce dont aucune demande ouverte n’a besoin : les formulaires non envoyés, la loi choisie, votre recherche dans l’annuaire, quand les avis ont été montrés, et les entrées de la limite quotidienne de plus d’un jour.',
  'mydata.keptNote':
    'Vos demandes restent : elles attestent comment votre demande a été traitée ; une fois terminées, les réglages de conservation les réduisent puis les suppriment. Vos accusés de lecture de la politique restent aussi : ils attestent que vous avez été informé de la politique.',
  'mydata.deleted.title': '*Supprimé* :',
  'mydata.deleted.drafts': 'formulaires de demande non envoyés : {count}',
  'mydata.deleted.law': 'la loi que vous avez choisie',
  'mydata.deleted.appsFilter': 'votre recherche dans l’annuaire des apps',
  'mydata.deleted.notices': 'traces des avis sur la politique montrés : {count}',
  'mydata.deleted.claims': 'entrées de la limite quotidienne de plus d’un jour : {count}',
  'mydata.deleted.nothing':
    'Il n’y avait rien à supprimer : tout ce qui est conservé est nécessaire ou reste pour les raisons ci-dessous.',
  'mydata.deleted.kept':
    'Conservé : demandes ouvertes {open}, demandes terminées {finished}, accusés de lecture {acks}, entrées de la limite quotidienne encore comptées {claims}.',
  // Before the app is uninstalled (issue 13)
  'uninstall.handOver.title':
    '*Privacy Center est en cours de désinstallation : la demande {ref} n’a pas été transmise*',
  'uninstall.handOver.todo':
    'Personne ne pourra l’envoyer une fois l’app retirée. Envoyez-la à la main à {email}, avec le texte ci-dessous, puis supprimez ce message : il contient les données de la personne uniquement parce que c’est la dernière occasion de transmettre la demande.',
  'admin.cmd.acks':
    '`/privacy admin acks` : combien d’utilisateurs actifs, sur combien, ont confirmé chaque version de la politique (`/privacy admin acks export` : qui et quand, en fichier CSV)',
  'admin.acks.title': '*Confirmations de la politique*',
  'admin.acks.line': 'Version {version} ({date}) : {acknowledged} sur {active} utilisateurs actifs',
  'admin.acks.col.version': 'Version',
  'admin.acks.col.effective': 'Date d’effet',
  'admin.acks.col.username': 'Nom d’utilisateur',
  'admin.acks.col.acknowledged': 'Confirmé le',
  'admin.acks.exportMessage':
    'Qui a confirmé quelle version de la politique : {count} confirmations. Le fichier contient des données personnelles : conservez-le en lieu sûr et supprimez-le quand vous n’en avez plus besoin.',
  'admin.acks.exported': 'La liste des confirmations est dans vos messages directs : {file}.',
  'admin.acks.exportFailed':
    'La liste n’a pas pu être envoyée sous forme de fichier (référence {ref}). Vérifiez que l’envoi de fichiers est autorisé dans cet espace de travail.',
  'admin.acks.none': 'Aucune mise à jour de la politique n’a encore été annoncée.',
  'admin.acks.note':
    'Utilisateurs actifs : ceux qui se sont connectés ou ont utilisé `/privacy` depuis l’annonce, et ceux qui l’ont confirmée depuis l’annonce.',
};
