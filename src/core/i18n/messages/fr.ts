/**
 * French. Formal address ("vous"); GDPR terms as in the French text of the RGPD (droit d'accès,
 * rectification, effacement, limitation du traitement, portabilité, opposition, autorité de
 * contrôle, délégué à la protection des données, "pour le compte de" for a processor). The vendor
 * is "l'éditeur", the workspace operator "l'exploitant". A no-break space precedes : ; ? !
 */
import type { Messages } from './en';

export const fr: Messages = {
  // /privacy help
  'help.title': '*Privacy Center* : votre vie privée dans cet espace de travail',
  'help.usage': 'Tapez `/privacy` suivi de l’une de ces options :',
  'help.cmd.policy':
    '`/privacy policy` : la politique de confidentialité applicable à cet espace de travail, avec vos droits et les délais',
  'help.cmd.contact':
    '`/privacy contact` : comment joindre le délégué à la protection des données (DPO), et les documents de la politique',
  'help.cmd.help': '`/privacy help` : cette liste',
  'help.unknown': 'La commande `/privacy {input}` n’existe pas.',
  'help.didYouMean': 'Vouliez-vous dire `/privacy {suggestion}` ?',

  // The policy view
  'policy.title': 'Politique de confidentialité',
  'policy.close': 'Fermer',
  'policy.intro':
    'Voici comment la politique de {vendor} s’applique à cet espace de travail. Cela dépend de qui exploite l’espace de travail et de son enregistrement ou non auprès de l’éditeur.',
  'policy.workspace.heading': '*Votre espace de travail*',
  'policy.categories.heading': '*Ce que l’éditeur traite ici*',
  'policy.categories.note':
    'Sur un espace de travail auto-hébergé, votre profil, vos messages et vos fichiers sont conservés par l’exploitant de l’espace de travail, et non par l’éditeur. « Données de compte » désigne le compte auprès de l’éditeur qui a servi à enregistrer l’espace de travail.',
  'policy.appendices.heading': '*Parties de la politique qui s’appliquent*',
  'policy.jurisdiction.heading': '*Vos droits*',
  'policy.jurisdiction.label': 'Loi sur la protection des données',
  'policy.jurisdiction.placeholder': 'Choisissez la loi qui s’applique à vous',
  'policy.jurisdiction.hint': 'Votre choix n’est mémorisé que pour vous.',
  'policy.contact.heading': '*Délégué à la protection des données*',
  'policy.documents.heading': '*Documents de la politique*',

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
  'deadline.answer': 'Une réponse doit être apportée dans un délai de {duration} à compter de la réception.',
  'deadline.none': 'Cette loi ne fixe aucun délai de réponse.',
  'deadline.extension':
    'Le délai peut être prolongé une fois de {duration} au maximum, si les motifs vous sont communiqués avant son expiration.',
  'deadline.acknowledgement': 'La réception de votre demande est confirmée dans un délai de {duration}.',
  'deadline.optOut': 'Une demande d’opt-out est prise en compte dans un délai de {duration}.',
  'deadline.about':
    'Les jours ouvrés excluent les week-ends mais pas les jours fériés : les dates sont donc approximatives.',
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

  // Errors
  'error.noView':
    'Ce client ne peut pas ouvrir la vue de la politique. Essayez `/privacy contact`, ou relancez la commande depuis l’application web ou de bureau de Rocket.Chat.',
  'error.internal':
    'Un problème est survenu de notre côté. Veuillez réessayer. Si cela se reproduit, communiquez cette référence à votre administrateur : {ref}.',
};
