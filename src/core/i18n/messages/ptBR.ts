/**
 * Brazilian Portuguese. Address with "você"; LGPD vocabulary (titular, tratamento, encarregado,
 * anonimização, bloqueio ou eliminação, portabilidade, revogação do consentimento). The workspace
 * operator is "responsável", never "operador", which in the LGPD means a processor.
 */
import type { Translation } from './en';

export const ptBR: Translation = {
  // /privacy help
  'help.title': '*Privacy Center*: sua privacidade neste espaço de trabalho',
  'help.usage': 'Digite `/privacy` seguido de uma destas opções:',
  'help.cmd.policy':
    '`/privacy policy`: a política de privacidade que se aplica a este espaço de trabalho, com seus direitos e prazos',
  'help.cmd.contact':
    '`/privacy contact`: como falar com o Encarregado pelo Tratamento de Dados Pessoais (DPO) e os documentos da política',
  'help.cmd.help': '`/privacy help`: esta lista',
  'help.unknown': 'Não existe `/privacy {input}`.',
  'help.didYouMean': 'Você quis dizer `/privacy {suggestion}`?',

  // The policy view
  'policy.title': 'Política de privacidade',
  'policy.close': 'Fechar',
  'policy.intro':
    'Veja como a política de {vendor} se aplica a este espaço de trabalho. Isso depende de quem mantém o espaço de trabalho e de ele estar ou não registrado no fornecedor.',
  'policy.workspace.heading': '*Seu espaço de trabalho*',
  'policy.categories.heading': '*O que o fornecedor trata aqui*',
  'policy.categories.note':
    'Em um espaço de trabalho auto-hospedado, seu perfil, suas mensagens e seus arquivos ficam com o responsável pelo espaço de trabalho, não com o fornecedor. “Dados da conta” se refere à conta no fornecedor usada para registrar o espaço de trabalho.',
  'policy.appendices.heading': '*Partes da política que se aplicam*',
  'policy.jurisdiction.heading': '*Seus direitos*',
  'policy.jurisdiction.label': 'Lei de proteção de dados',
  'policy.jurisdiction.placeholder': 'Escolha a lei que se aplica a você',
  'policy.jurisdiction.hint': 'Sua escolha fica salva só para você.',
  'policy.contact.heading': '*Encarregado pelo Tratamento de Dados Pessoais (DPO)*',
  'policy.documents.heading': '*Documentos da política*',

  // Deployment types and how they were found
  'deployment.type.cloud': 'Hospedado pelo fornecedor (nuvem)',
  'deployment.type.self_hosted_registered': 'Auto-hospedado, registrado no fornecedor',
  'deployment.type.self_hosted_unregistered': 'Auto-hospedado, não registrado',
  'deployment.type.community': 'Servidor da comunidade do fornecedor (Open Server)',
  'deployment.summary.cloud':
    'O fornecedor executa este espaço de trabalho na própria infraestrutura; por isso, tudo o que é inserido aqui é tratado pelo fornecedor em nome do responsável pelo espaço de trabalho.',
  'deployment.summary.self_hosted_registered':
    'Este espaço de trabalho é mantido pelo próprio responsável. Como está registrado no fornecedor, o fornecedor trata os dados necessários para os serviços usados por meio desse registro, como as notificações push.',
  'deployment.summary.self_hosted_unregistered':
    'Este espaço de trabalho é mantido pelo responsável de forma independente. Um espaço de trabalho não registrado não envia nenhum dado ao fornecedor, então o fornecedor não trata nada que venha dele. A política do fornecedor continua valendo para os outros serviços dele, como o site e os aplicativos móveis.',
  'deployment.summary.community':
    'Este é o espaço de trabalho da comunidade do próprio fornecedor, onde novos recursos são testados. O fornecedor trata o que é inserido aqui e rastreia a atividade, com o Google Analytics entre outras ferramentas, para entender como o produto é usado.',
  'deployment.source.admin_setting': 'Um administrador definiu este tipo nas configurações do app.',
  'deployment.source.site_url': 'Identificado pelo endereço do espaço de trabalho ({host}).',
  'deployment.source.registered':
    'Identificado pela verificação de registro de {date}: o espaço de trabalho está registrado.',
  'deployment.source.empty_token':
    'Identificado pela verificação de registro de {date}: o espaço de trabalho parece não estar registrado. A mesma resposta é recebida quando o servidor não consegue se conectar ao fornecedor; por isso, um administrador pode definir o tipo nas configurações do app.',
  'deployment.source.failed':
    'A verificação de registro de {date} falhou, então não se sabe se este espaço de trabalho está registrado. Enquanto isso não for conhecido, esta página considera que ele está registrado, porque nesse caso o fornecedor pode ter alguns dados.',
  'deployment.source.no_permission':
    'O app não tem permissão para verificar o registro, então não se sabe se este espaço de trabalho está registrado. Esta página considera que ele está registrado, porque nesse caso o fornecedor pode ter alguns dados.',
  'deployment.source.not_checked':
    'O registro ainda não foi verificado, então não se sabe se este espaço de trabalho está registrado. Esta página considera que ele está registrado até que a verificação seja feita.',

  // Data categories
  'category.name.account': 'Dados da conta',
  'category.name.usage': 'Dados de uso',
  'category.name.app': 'Dados de apps',
  'category.name.content': 'Mensagens, arquivos e outros conteúdos',
  'category.name.tracking': 'Rastreamento e cookies',
  'processing.yes': 'Tratados pelo fornecedor',
  'processing.partly': 'Apenas em um caso',
  'processing.no': 'Não tratados pelo fornecedor',
  'category.account.cloud': 'A conta no fornecedor usada para registrar o espaço de trabalho.',
  'category.account.self_hosted_registered':
    'A conta no fornecedor usada para registrar o espaço de trabalho.',
  'category.account.self_hosted_unregistered': 'Não há registro, portanto não há dados da conta.',
  'category.account.community': 'Sua conta no servidor da comunidade.',
  'category.usage.cloud': 'Como o espaço de trabalho hospedado é usado.',
  'category.usage.self_hosted_registered':
    'O uso dos serviços que acompanham o registro, por exemplo as notificações push pelo gateway do fornecedor.',
  'category.usage.self_hosted_unregistered':
    'O espaço de trabalho não usa nenhum serviço do fornecedor que enviaria dados de uso.',
  'category.usage.community': 'Como o servidor da comunidade é usado.',
  'category.app.cloud':
    'Dados usados pelos apps instalados pelo Marketplace, conforme o que cada app faz. Apps de terceiros têm suas próprias políticas de privacidade.',
  'category.app.self_hosted_registered':
    'Dados usados pelos apps instalados pelo Marketplace, conforme o que cada app faz. Apps de terceiros têm suas próprias políticas de privacidade.',
  'category.app.self_hosted_unregistered': 'Sem registro, os apps não são instalados por meio do fornecedor.',
  'category.app.community':
    'Dados usados pelos apps instalados pelo Marketplace, conforme o que cada app faz. Apps de terceiros têm suas próprias políticas de privacidade.',
  'category.content.cloud':
    'Tudo o que é inserido no espaço de trabalho hospedado. O conteúdo com criptografia de ponta a ponta só é armazenado de forma criptografada.',
  'category.content.self_hosted_registered':
    'O conteúdo fica no servidor do responsável pelo espaço de trabalho. A única exceção é o conteúdo que passa por um serviço do fornecedor, como o texto de uma notificação push enviada pelo gateway.',
  'category.content.self_hosted_unregistered':
    'O conteúdo fica no servidor do responsável pelo espaço de trabalho.',
  'category.content.community': 'Tudo o que é inserido no servidor da comunidade.',
  'category.tracking.cloud': 'Para medir como os serviços são usados.',
  'category.tracking.self_hosted_registered':
    'Para medir como são usados os serviços utilizados por meio do registro. Não há rastreamento dentro do espaço de trabalho.',
  'category.tracking.self_hosted_unregistered': 'Nenhum rastreamento pelo fornecedor.',
  'category.tracking.community':
    'A atividade no servidor da comunidade é rastreada, com o Google Analytics entre outras ferramentas, para melhorar o produto.',

  // Appendices
  'appendix.cloud':
    'Anexo 1, ofertas em nuvem: como o fornecedor trata os dados nos espaços de trabalho que hospeda.',
  'appendix.regulations':
    'Anexo 2, marco regulatório: as leis de privacidade que podem se aplicar a você ou à sua organização.',
  'appendix.community': 'Anexo 3, Open Server: as regras do espaço de trabalho da comunidade do fornecedor.',

  // Jurisdictions and rights
  'jurisdiction.gdpr': 'GDPR (União Europeia e EEE)',
  'jurisdiction.uk_gdpr': 'UK GDPR (Reino Unido)',
  'jurisdiction.ccpa': 'CCPA/CPRA (Califórnia)',
  'jurisdiction.lgpd': 'LGPD (Brasil)',
  'jurisdiction.us_state': 'Lei de outro estado dos EUA (Virgínia, Colorado, Connecticut e semelhantes)',
  'jurisdiction.other': 'Outra ou não tenho certeza',
  'right.access': 'Ter acesso aos seus dados pessoais e receber uma cópia deles',
  'right.rectification': 'Pedir a correção de dados incompletos, inexatos ou desatualizados',
  'right.erasure': 'Pedir a anonimização, o bloqueio ou a eliminação dos seus dados',
  'right.restriction': 'Pedir a limitação do tratamento dos seus dados',
  'right.portability': 'Receber seus dados em um formato portável (portabilidade)',
  'right.objection': 'Opor-se ao tratamento dos seus dados',
  'right.automated_decision_review':
    'Não ficar sujeito a decisões tomadas unicamente com base em tratamento automatizado',
  'right.consent_withdrawal': 'Revogar seu consentimento a qualquer momento',
  'right.sale_opt_out': 'Recusar a venda ou o compartilhamento dos seus dados (opt-out)',
  'right.sensitive_data_limit': 'Limitar o uso dos seus dados pessoais sensíveis',
  'right.non_discrimination': 'Não sofrer discriminação por exercer esses direitos',
  'right.confirmation': 'Obter a confirmação da existência de tratamento dos seus dados',
  'right.sharing_information': 'Saber com quais entidades públicas e privadas seus dados são compartilhados',
  'right.targeted_ads_opt_out':
    'Recusar publicidade direcionada, venda dos seus dados e criação de perfis (opt-out)',
  'deadline.answer': 'A resposta deve ser dada em até {duration} a partir do recebimento.',
  'deadline.none': 'Esta lei não fixa prazo para a resposta.',
  'deadline.extension':
    'O prazo pode ser prorrogado uma vez por até {duration}, se o motivo for informado a você antes do fim do prazo.',
  'deadline.acknowledgement': 'O recebimento da sua solicitação é confirmado em até {duration}.',
  'deadline.optOut': 'Um pedido de opt-out é atendido em até {duration}.',
  'deadline.about':
    'Os dias úteis excluem os fins de semana, mas não os feriados; por isso, as datas são aproximadas.',
  'jurisdiction.complaint':
    'Se a sua solicitação for recusada, o motivo será informado a você, e você poderá apresentar reclamação a uma autoridade de proteção de dados.',
  'duration.days.one': '{n} dia',
  'duration.days.other': '{n} dias',
  'duration.business_days.one': '{n} dia útil',
  'duration.business_days.other': '{n} dias úteis',
  'duration.months.one': '{n} mês',
  'duration.months.other': '{n} meses',

  // Contact and documents
  'contact.title': 'Contato de privacidade',
  'contact.dpo': 'Escreva para o Encarregado pelo Tratamento de Dados Pessoais (DPO) pelo e-mail {email}.',
  'contact.noLinks': 'Um administrador ainda não adicionou links para os documentos da política.',
  'contact.version': 'Versão {version} da política, em vigor desde {date}.',
  'link.fullPolicy': 'Política de privacidade completa',
  'link.previousVersions': 'Versões anteriores',
  'link.subProcessors': 'Suboperadores',
  'link.lawEnforcement': 'Diretrizes para solicitações de autoridades policiais',
  'link.security': 'Práticas de segurança',

  // Settings problems, sent to the admins
  'settings.rejected':
    'A configuração *{setting}* do Privacy Center não foi alterada: {problem} O valor em vigor continua sendo {current}.',
  'settings.empty': '(vazio)',
  'problem.not_https': 'um link precisa começar com https:// (http:// só é aceito para localhost).',
  'problem.not_url':
    'isto não é um endereço da web. Digite um link completo, como https://example.com/privacy.',
  'problem.not_email': 'isto não é um endereço de e-mail. Digite um endereço como privacy@example.com.',
  'problem.not_date': 'isto não é uma data. Escreva no formato AAAA-MM-DD, por exemplo 2023-10-20.',
  'problem.not_choice': 'isto não é uma das opções oferecidas.',
  'problem.too_long': 'o valor é longo demais.',
  'problem.not_usernames': 'digite nomes de usuário separados por vírgulas, como alice, bob.',
  'problem.not_number': 'digite um número inteiro dentro do intervalo permitido.',
  'problem.not_boolean': 'ative ou desative a opção.',

  // Errors
  'error.noView':
    'Este cliente não consegue abrir a visualização da política. Tente `/privacy contact` ou execute o comando de novo pelo app web ou desktop do Rocket.Chat.',
  'error.internal':
    'Algo deu errado do nosso lado. Tente de novo. Se continuar acontecendo, informe esta referência ao seu administrador: {ref}.',
};
