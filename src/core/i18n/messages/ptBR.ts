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
  'help.cmd.admin': '`/privacy admin`: ferramentas para quem trata as solicitações de privacidade',
  'help.unknown': 'Não existe `/privacy {input}`.',
  'help.didYouMean': 'Você quis dizer `/privacy {suggestion}`?',

  // The policy view
  'policy.title': 'Política de privacidade',
  'policy.close': 'Fechar',
  'policy.intro':
    'Veja como a política de {vendor} se aplica a este espaço de trabalho. Isso depende de quem mantém o espaço de trabalho e de ele estar ou não registrado no fornecedor.',
  'policy.workspace.heading': '*Seu espaço de trabalho*',
  'policy.categories.heading': '*O que o fornecedor trata aqui*',
  'policy.categories.note.cloud':
    'O fornecedor hospeda este espaço de trabalho, então seu perfil, suas mensagens e seus arquivos aqui são tratados pelo fornecedor em nome do responsável pelo espaço de trabalho, que decide o que acontece com eles. “Dados da conta” se refere à conta no fornecedor usada para registrar o espaço de trabalho.',
  'policy.categories.note.self_hosted_registered':
    'Neste espaço de trabalho auto-hospedado, seu perfil, suas mensagens e seus arquivos ficam com o responsável pelo espaço de trabalho, não com o fornecedor. “Dados da conta” se refere à conta no fornecedor usada para registrar o espaço de trabalho.',
  'policy.categories.note.self_hosted_unregistered':
    'Neste espaço de trabalho, seu perfil, suas mensagens e seus arquivos ficam com o responsável pelo espaço de trabalho. O espaço de trabalho não está registrado, então o fornecedor não recebe nada disso.',
  'policy.categories.note.community':
    'O próprio fornecedor mantém este servidor da comunidade, então ele guarda seu perfil, suas mensagens e seus arquivos aqui. “Dados da conta” se refere à sua própria conta no servidor da comunidade.',
  'policy.appendices.heading': '*Partes da política que se aplicam*',
  'policy.jurisdiction.heading': '*Seus direitos*',
  'policy.jurisdiction.label': 'Lei de proteção de dados',
  'policy.jurisdiction.placeholder': 'Escolha a lei que se aplica a você',
  'policy.jurisdiction.hint': 'Sua escolha fica salva só para você.',
  'policy.contact.heading': '*Encarregado pelo Tratamento de Dados Pessoais (DPO)*',
  'policy.documents.heading': '*Documentos da política*',

  // Where your data goes here (the data map), self-service paths, the admin's posture
  'map.heading': '*Para onde seus dados vão aqui*',
  'map.intro':
    'Lido das configurações deste espaço de trabalho: além do próprio espaço, estes recebem dados sobre você.',
  'map.asOf': 'Configurações lidas {age}.',
  'map.notYet': 'O app ainda não leu as configurações; veja de novo em um minuto.',
  'map.vendor.heading': '*Para o fornecedor ({vendor})*',
  'map.thirdParty.heading': '*Para serviços escolhidos pelo responsável*',
  'map.none': 'Nenhum.',
  'map.off': 'Não usados aqui: {names}.',
  'map.unknown': 'desconhecido: o app não conseguiu ler as configurações que decidem isso.',
  'map.unnamed': 'um serviço que o app não consegue nomear',
  'flow.push_gateway.name': 'Notificações push no celular',
  'flow.version_check.name': 'Verificação de versão',
  'flow.nps.name': 'Pesquisa de satisfação (NPS)',
  'flow.invite_links.name': 'Links de convite',
  'flow.usage_statistics.name': 'Estatísticas de uso',
  'flow.file_storage.name': 'Armazenamento de arquivos',
  'flow.sign_in.name': 'Provedores de login',
  'flow.translation.name': 'Tradução automática',
  'flow.analytics_google.name': 'Google Analytics',
  'flow.analytics_matomo.name': 'Análise do Matomo',
  'flow.link_previews.name': 'Pré-visualizações de links',
  'flow.email_relay.name': 'Notificações por e-mail',
  'flow.calls.name': 'Chamadas',
  'flow.video.name': 'Videochamadas',
  'flow.omnichannel_webhook.name': 'Webhook do omnichannel',
  'flow.external_avatars.name': 'Avatares externos',
  'flow.push_gateway.on':
    'As notificações para o seu celular passam pelo gateway de push do fornecedor ({to}). Ele recebe o token do seu aparelho, o seu id de usuário, o endereço do espaço de trabalho, o id e o tipo da sala, e {content}.',
  'flow.push.id_only':
    'apenas um id de mensagem: o celular depois busca a mensagem no espaço de trabalho (se o plano do espaço incluir isso; senão, {fallback})',
  'flow.push.text_and_names': 'os nomes do remetente e da sala e o texto da mensagem',
  'flow.push.text_only': 'o texto da mensagem (sem nomes de remetente ou sala)',
  'flow.push.names_only': 'os nomes do remetente e da sala (não o texto da mensagem)',
  'flow.push.neither': 'nem nomes nem o texto da mensagem',
  'flow.push.unknown':
    'talvez nomes e o texto da mensagem (desconhecido: uma configuração não pôde ser lida)',
  'flow.version_check.on':
    'Uma vez por dia o espaço de trabalho envia ao fornecedor seu id, versão, sistema operacional e tipo de instalação; nada sobre você.',
  'flow.nps.on':
    'Se você responder à pesquisa de satisfação, sua nota, seu comentário, seus papéis e um id de usuário com hash vão para o fornecedor.',
  'flow.invite_links.on': 'Os links de convite passam pelo domínio de links do fornecedor ({to}).',
  'flow.usage_statistics.usually':
    'Normalmente enviadas todo dia: contagens de usuários, salas e mensagens e como os recursos são usados. Só o responsável pode desligar isso, e o app não consegue ver se ele desligou.',
  'flow.file_storage.on':
    'Os arquivos que você envia ficam guardados em {to}, não no banco de dados ou disco do próprio espaço de trabalho.',
  'flow.sign_in.on':
    'Você pode entrar com {to}. O provedor vê cada login e envia seus dados de perfil ao espaço de trabalho.',
  'flow.sign_in.partly': 'Alguns provedores não puderam ser lidos.',
  'flow.translation.on': 'O texto das mensagens é enviado a {to} para tradução automática.',
  'flow.analytics_google.on':
    'O cliente web é rastreado pelo Google Analytics: as páginas que você abre e dados do seu navegador vão para o Google.',
  'flow.analytics_matomo.on':
    'O cliente web é rastreado pelo Matomo ({to}): as páginas que você abre e dados do seu navegador vão para lá.',
  'flow.link_previews.on':
    'O servidor acessa cada link postado em uma mensagem para mostrar uma pré-visualização; o site vê o servidor, não você.',
  'flow.email_relay.on': 'Os e-mails para você saem pelo servidor de e-mail {to}. {text}',
  'flow.email.with_text': 'Eles incluem o texto da mensagem.',
  'flow.email.without_text': 'Eles não incluem o texto da mensagem.',
  'flow.email.unknown': 'Não se sabe se eles incluem o texto da mensagem.',
  'flow.calls.on': 'As chamadas contatam estes servidores para conectar ({to}); eles veem o seu endereço IP.',
  'flow.video.on': 'As videochamadas rodam no serviço de {to}.',
  'flow.omnichannel_webhook.on': 'As conversas do omnichannel são enviadas para {to}.',
  'flow.external_avatars.on': 'Os avatares são buscados em {to}.',
  'map.self.heading': '*O que você mesmo pode fazer aqui*',
  'map.self.none': 'Aqui nada disso pode ser feito sem uma solicitação.',
  'self.download':
    'Baixar seus dados: *Minha conta → Preferências → Meus dados* (“Baixar meus dados” ou “Exportar meus dados”). O arquivo chega depois.',
  'self.delete_account':
    'Excluir sua conta: *Minha conta → Perfil → Excluir minha conta* (pede a sua senha). {messages}',
  'self.messages.Keep': 'Suas mensagens ficam, com o seu nome.',
  'self.messages.Delete': 'Suas mensagens são excluídas junto.',
  'self.messages.Unlink': 'Suas mensagens ficam, sem o seu nome.',
  'self.messages.unknown': 'Não se sabe o que acontece então com as suas mensagens.',
  'self.delete_messages': 'Excluir suas próprias mensagens: no menu de cada mensagem.',
  'self.edit_profile': 'Corrigir seu perfil: *Minha conta → Perfil* ({fields}).',
  'self.edit_profile.some': 'Corrigir seu perfil: *Minha conta → Perfil*.',
  'self.field.real_name': 'nome',
  'self.field.username': 'nome de usuário',
  'self.field.email': 'endereço de e-mail',
  'self.edit_messages': 'Editar suas próprias mensagens: no menu de cada mensagem.',
  'map.keeping.heading': '*Por quanto tempo as mensagens são guardadas*',
  'map.retention.off': 'Nenhuma política de retenção está ativa: as mensagens ficam até alguém excluí-las.',
  'map.retention.unknown': 'Não se sabe se as mensagens são excluídas depois de uma idade máxima.',
  'map.retention.room': '{room}: excluídas depois de {days} dias.',
  'map.retention.roomKept': '{room}: guardadas (a política de retenção não as cobre).',
  'map.retention.roomUnknown': '{room}: desconhecido.',
  'room.channels': 'Canais públicos',
  'room.groups': 'Grupos privados',
  'room.dms': 'Mensagens diretas',
  'map.e2e.on':
    'Há salas com criptografia de ponta a ponta: as mensagens delas são guardadas só criptografadas, então uma cópia dos seus dados as contém criptografadas.',
  'map.e2e.off': 'A criptografia de ponta a ponta está desligada aqui.',
  'map.e2e.unknown': 'Não se sabe se há criptografia de ponta a ponta.',
  'request.self.heading': '*Você mesmo pode fazer isso*',
  'request.self.still': 'Mesmo assim, você pode enviar a solicitação abaixo.',
  'posture.title': '*Situação de privacidade deste espaço de trabalho*',
  'posture.asOf': 'Configurações do servidor lidas {age}. `/privacy admin posture refresh` as lê de novo.',
  'posture.notYet':
    'As configurações do servidor ainda não foram lidas. `/privacy admin posture refresh` as lê agora.',
  'posture.news':
    '*Novidades na situação de privacidade deste espaço de trabalho* ({count}); `/privacy admin posture` mostra todos os achados:',
  'posture.none': 'Nada a mudar: nenhuma constatação.',
  'posture.severity.high': 'Alta',
  'posture.severity.medium': 'Média',
  'posture.severity.low': 'Baixa',
  'posture.severity.info': 'Nota',
  'posture.settings': 'Configurações: {ids}',
  'finding.push_text_via_gateway': 'O texto das mensagens passa pelo gateway de push do fornecedor ({to}).',
  'finding.push_text_via_gateway.how':
    'Desligue Push_show_message, ou (plano Enterprise) ligue Push_request_content_from_server, ou desligue o gateway (Push_enable_gateway; vale depois de reiniciar).',
  'finding.push_names_via_gateway':
    'Os nomes de remetente e sala passam pelo gateway de push do fornecedor ({to}).',
  'finding.push_names_via_gateway.how':
    'Desligue Push_show_username_room, ou (plano Enterprise) ligue Push_request_content_from_server.',
  'finding.web_analytics':
    'O cliente web é rastreado por {to}, o que a política do fornecedor mostrada aos usuários não menciona.',
  'finding.web_analytics.how':
    'Desligue o rastreamento ou mencione-o no seu próprio aviso de privacidade (os usuários o veem em “Para onde seus dados vão aqui”).',
  'finding.translation': 'As mensagens são enviadas a um provedor de tradução ({to}).',
  'finding.translation.how':
    'Desligue a tradução automática ou garanta um contrato de tratamento de dados com o provedor.',
  'finding.email_text': 'As notificações por e-mail levam o texto das mensagens por {to}.',
  'finding.email_text.how': 'Desligue Email_notification_show_message.',
  'finding.cloud_files': 'Os arquivos ficam guardados em um provedor de nuvem ({to}).',
  'finding.cloud_files.how':
    'Cite o provedor no seu registro das operações de tratamento, ou guarde os arquivos no GridFS ou no sistema de arquivos.',
  'finding.no_self_delete':
    'As pessoas não podem excluir a própria conta, então toda solicitação de eliminação precisa de um admin.',
  'finding.no_self_delete.how':
    'Ligue Accounts_AllowDeleteOwnAccount e escolha em Message_ErasureType o que acontece com as mensagens.',
  'finding.no_download':
    'As pessoas não podem baixar os próprios dados, então toda solicitação de acesso precisa de um admin.',
  'finding.no_download.how': 'Ligue UserData_EnableDownload.',
  'finding.dms_not_retained': 'As mensagens diretas não são cobertas pela política de retenção.',
  'finding.dms_not_retained.how':
    'Ligue RetentionPolicy_AppliesToDMs se elas também devem ser excluídas depois de uma idade máxima.',
  'finding.settings_unread':
    'O app não conseguiu ler algumas configurações; onde elas decidem, o mapa diz “desconhecido”.',
  'finding.settings_unread.how':
    'Verifique se o app pode ler as configurações do servidor (permissão server-setting.read).',

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
  'right.rectification': 'Pedir a retificação de dados inexatos',
  'right.erasure': 'Pedir o apagamento dos seus dados',
  'right.restriction': 'Pedir a limitação do tratamento dos seus dados',
  'right.portability': 'Receber seus dados em um formato portável (portabilidade)',
  'right.objection': 'Opor-se ao tratamento dos seus dados',
  'right.automated_decision_review':
    'Não ficar sujeito a decisões tomadas unicamente com base em tratamento automatizado',
  'right.consent_withdrawal': 'Retirar seu consentimento a qualquer momento',
  'right.sale_opt_out': 'Recusar a venda ou o compartilhamento dos seus dados (opt-out)',
  'right.sensitive_data_limit': 'Limitar o uso dos seus dados pessoais sensíveis',
  'right.non_discrimination': 'Não sofrer discriminação por exercer esses direitos',
  'right.confirmation': 'Obter a confirmação da existência de tratamento dos seus dados',
  'right.sharing_information': 'Saber com quem seus dados são compartilhados',
  'right.targeted_ads_opt_out':
    'Recusar publicidade direcionada, venda dos seus dados e criação de perfis (opt-out)',
  'right.lgpd.rectification': 'Pedir a correção de dados incompletos, inexatos ou desatualizados',
  'right.lgpd.erasure':
    'Pedir a anonimização, bloqueio ou eliminação de dados desnecessários, excessivos ou tratados em desconformidade com a lei, e a eliminação dos dados tratados com o seu consentimento',
  'right.lgpd.sharing_information':
    'Saber com quais entidades públicas e privadas seus dados são compartilhados',
  'right.lgpd.consent_withdrawal': 'Revogar seu consentimento a qualquer momento',
  'right.ccpa.access':
    'Saber quais informações pessoais são coletadas sobre você e como são usadas, e receber uma cópia (direito de saber)',
  'right.ccpa.erasure': 'Pedir a exclusão das informações pessoais coletadas de você (direito de exclusão)',
  'right.ccpa.rectification': 'Pedir a correção de informações pessoais inexatas (direito de correção)',
  'deadline.answer': 'A resposta deve ser dada em até {duration} a partir do recebimento.',
  'deadline.none': 'Esta lei não fixa prazo para a resposta.',
  'deadline.extension':
    'O prazo pode ser prorrogado uma vez por até {duration}, se o motivo for informado a você antes do fim do prazo.',
  'deadline.acknowledgement': 'O recebimento da sua solicitação é confirmado em até {duration}.',
  'deadline.optOut': 'Um pedido de opt-out é atendido em até {duration}.',
  'deadline.about':
    'Os dias úteis são contados de segunda a sexta-feira; aqui os feriados contam como dias úteis, então o prazo legal pode terminar um ou dois dias depois.',
  'deadline.atOnce':
    'A retirada do consentimento e a oposição ao marketing direto produzem efeito assim que a solicitação é recebida; o prazo é então apenas a data limite para confirmar isso.',
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
  'setting.deployment_override': 'Tipo de espaço de trabalho',
  'setting.default_jurisdiction': 'Lei de proteção de dados padrão',
  'setting.dpo_email': 'E-mail do Encarregado pelo Tratamento de Dados Pessoais (DPO)',
  'setting.link_full_policy': 'Política de privacidade completa (link)',
  'setting.link_previous_versions': 'Versões anteriores da política (link)',
  'setting.link_sub_processors': 'Suboperadores (link)',
  'setting.link_law_enforcement': 'Diretrizes para solicitações de autoridades policiais (link)',
  'setting.link_security': 'Práticas de segurança (link)',
  'setting.policy_version': 'Versão da política',
  'setting.policy_effective_date': 'Data de vigência da política',
  'setting.admin_usernames': 'Administradores a notificar',
  'setting.apps_api_url': 'Endereço da API REST do espaço de trabalho',
  'setting.apps_api_user_id': 'ID do usuário da API REST',
  'setting.apps_api_token': 'Token de acesso pessoal',
  'setting.apps_refresh_minutes': 'Atualizar o diretório de apps a cada (minutos)',
  'setting.admin_room': 'Sala para avisos de privacidade',
  'setting.handler_roles': 'Funções que tratam solicitações de privacidade',
  'setting.due_alert_days': 'Avisar sobre solicitações com prazo em até (dias)',
  'setting.dsr_endpoint_url': 'URL do endpoint de solicitações',
  'setting.dsr_token': 'Token do endpoint de solicitações',
  'setting.dsr_signing_secret': 'Segredo de assinatura das solicitações',
  'setting.dsr_callbacks_reachable': 'O endpoint consegue acessar este espaço de trabalho',
  'setting.dsr_allow_local_endpoint': 'Permitir endereços locais do endpoint (desenvolvimento)',
  'setting.requests_per_day': 'Solicitações por usuário por dia',
  'setting.retention_reduce_days': 'Reduzir solicitações encerradas após (dias)',
  'setting.retention_delete_days': 'Excluir solicitações reduzidas após (dias)',
  'setting.policy_updates_room': 'Sala para atualizações da política',
  'setting.policy_what_changed': 'Atualização da política: o que mudou',
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
  'problem.internal_address':
    'este endereço aponta para a rede interna do próprio servidor (loopback, link-local, metadados da nuvem ou uma faixa privada); o endpoint de solicitações precisa ser um endereço https:// público. Somente para um endpoint de teste local, ative antes *Permitir endereços locais do endpoint (desenvolvimento)*.',
  'problem.credentials_in_url':
    'o endereço contém um nome de usuário ou uma senha. Retire-os do endereço e coloque o token na configuração *Token do endpoint de solicitações*.',
  'problem.not_roles':
    'digite nomes de funções separados por vírgulas, como admin, privacy-officer (apenas letras, dígitos, -, _ e .).',

  // Data-subject requests: /privacy request, status, cancel
  'help.cmd.request':
    '`/privacy request [o quê]`: pedir uma cópia dos seus dados, uma correção, a eliminação e mais; diga o que quer com suas palavras, por exemplo `/privacy request excluir`',
  'help.cmd.status': '`/privacy status [referência]`: acompanhar suas solicitações',
  'help.cmd.cancel': '`/privacy cancel <referência>`: cancelar uma solicitação que não foi concluída',
  'help.cmd.mydata':
    '`/privacy mydata [delete]`: o que este app guarda sobre você, e apagar o que nenhuma solicitação aberta precisa',
  'policy.fileRequest': 'Fazer uma solicitação',
  'request.modal.title': 'Solicitação de privacidade',
  'request.modal.intro':
    'Exerça seus direitos sobre seus dados pessoais. A solicitação é enviada a quem tem esses dados; você pode acompanhá-la com `/privacy status`.',
  'request.modal.law': 'Lei de proteção de dados',
  'request.modal.type': 'O que você deseja?',
  'request.modal.typePlaceholder': 'Escolha uma solicitação',
  'request.modal.categories': 'Quais dados?',
  'request.modal.categoriesPlaceholder': 'Escolha os tipos de dado',
  'request.modal.categoriesHint': 'Pré-selecionados para este tipo de solicitação; altere se precisar.',
  'request.modal.details': 'Detalhes',
  'request.modal.detailsPlaceholder': 'O que deve ser corrigido, qual período, tudo o que ajudar',
  'request.modal.detailsHint': 'No máximo {max} caracteres. Nunca escreva senhas ou outros segredos aqui.',
  'request.modal.identity': 'Quem está pedindo',
  'request.modal.identityText':
    'A solicitação é feita em seu nome: {email}, usuário {workspace}. Esses dados vêm do seu perfil e não podem ser alterados aqui.',
  'request.modal.routing': 'Para onde vai',
  'request.modal.addVendor': 'O fornecedor',
  'request.modal.addVendorOption':
    'Enviar também ao fornecedor, porque uso outros serviços dele (site, aplicativos móveis, newsletter ou uma conta no fornecedor)',
  'request.modal.confirm': 'Confirmação',
  'request.modal.confirmOption': 'Esta solicitação é sobre os meus próprios dados pessoais',
  'request.modal.submit': 'Enviar solicitação',
  'request.modal.cancel': 'Cancelar',
  'request.type.access': 'Uma cópia dos meus dados',
  'request.type.portability': 'Meus dados em um formato portável',
  'request.type.erasure': 'Eliminar meus dados',
  'request.type.rectification': 'Corrigir meus dados',
  'request.type.restriction': 'Limitar o tratamento dos meus dados',
  'request.type.objection': 'Opor-me ao tratamento dos meus dados',
  'request.type.consent_withdrawal': 'Revogar meu consentimento',
  'request.type.sale_opt_out': 'Não vender nem compartilhar meus dados',
  'request.type.sensitive_data_limit': 'Limitar o uso dos meus dados sensíveis',
  'request.type.automated_decision_review': 'Pedir a revisão de uma decisão automatizada',
  'request.type.information': 'Uma pergunta para o Encarregado (DPO)',
  'request.typeWords.access': 'acesso, cópia, acessar',
  'request.typeWords.portability': 'portabilidade, portar, exportar',
  'request.typeWords.erasure': 'excluir, exclusão, apagar, eliminação',
  'request.typeWords.rectification': 'corrigir, correção, retificar, retificação',
  'request.typeWords.restriction': 'restringir, restrição, bloquear, bloqueio',
  'request.typeWords.objection': 'oposição, opor, objeção',
  'request.typeWords.consent_withdrawal': 'revogar, revogação, consentimento',
  'request.typeWords.sale_opt_out': 'venda, vender, compartilhamento',
  'request.typeWords.sensitive_data_limit': 'sensíveis, sensível, limitar',
  'request.typeWords.automated_decision_review': 'automatizada, decisão, revisão',
  'request.typeWords.information': 'pergunta, dúvida, encarregado',
  'request.typeHelp.access':
    'Você recebe os dados pessoais mantidos sobre você e informações sobre como são usados.',
  'request.typeHelp.portability':
    'Você recebe os dados que forneceu em um arquivo estruturado e legível por máquina.',
  'request.typeHelp.erasure':
    'Seus dados pessoais são eliminados, a menos que a lei exija a sua conservação.',
  'request.typeHelp.rectification':
    'Dados incorretos ou incompletos são corrigidos. Diga nos detalhes o que está errado.',
  'request.typeHelp.restriction':
    'Seus dados são mantidos, mas não usados, enquanto uma questão sobre eles é resolvida.',
  'request.typeHelp.objection':
    'Seus dados deixam de ser usados para uma finalidade à qual você se opõe, como marketing.',
  'request.typeHelp.consent_withdrawal':
    'O que você autorizou antes, como rastreamento ou newsletters, deixa de acontecer a partir de agora.',
  'request.typeHelp.sale_opt_out':
    'A partir de agora, seus dados não são vendidos nem compartilhados para publicidade.',
  'request.typeHelp.sensitive_data_limit':
    'Seus dados pessoais sensíveis são usados apenas para o estritamente necessário.',
  'request.typeHelp.automated_decision_review':
    'Uma pessoa revisa uma decisão sobre você tomada unicamente por meios automatizados.',
  'request.typeHelp.information':
    'Pergunte o que quiser sobre como seus dados são tratados. Não há prazo legal.',
  'request.categories.none': 'nenhum dado específico',
  'request.status.queued': 'aguardando envio',
  'request.status.delivered': 'recebida pelo fornecedor',
  'request.status.in_progress': 'em andamento',
  'request.status.completed': 'concluída',
  'request.status.rejected': 'recusada',
  'request.status.cancelled': 'cancelada',
  'request.status.failed': 'falha na entrega',
  'routing.vendor.vendor_hosts':
    'Ao fornecedor, que hospeda este espaço de trabalho e, por isso, tem todos os dados dele.',
  'routing.vendor.vendor_runs_community': 'Ao fornecedor, que mantém este servidor da comunidade.',
  'routing.vendor.registered_services': 'Ao fornecedor, pelos dados que ele tem por meio do registro.',
  'routing.vendor.user_added':
    'Ao fornecedor, porque você informou que ele tem dados seus vindos de outros serviços dele.',
  'routing.vendor.left_out':
    'Não ao fornecedor: ele não tem nenhum desses dados deste espaço de trabalho. Marque a caixa abaixo se ele tiver dados seus vindos de outros serviços dele.',
  'routing.vendor.not_sent':
    'Não enviada ao fornecedor: ele não tem nenhum desses dados deste espaço de trabalho.',
  'routing.workspace.operator_copy':
    'Também ao responsável por este espaço de trabalho, que decide o que acontece com os dados do espaço de trabalho.',
  'routing.workspace.operator_holds':
    'Ao responsável por este espaço de trabalho, que mantém seu perfil, suas mensagens, seus arquivos e tudo o mais que está armazenado aqui.',
  'routing.uncertain':
    'Não se sabe se este espaço de trabalho está registrado no fornecedor, por isso a solicitação é encaminhada como se estivesse.',
  'routing.data': 'Recebe: {categories}.',
  'routing.admins.admins': 'Os administradores foram avisados.',
  'routing.admins.dpo_email':
    'Nenhum administrador pôde ser avisado, então a solicitação foi enviada por e-mail ao Encarregado (DPO) ({email}).',
  'routing.admins.nobody':
    'Nenhum administrador pôde ser avisado e o espaço de trabalho não conseguiu enviar e-mail: escreva ao Encarregado (DPO) em {email} e informe {ref}.',
  'routing.admins.preview.admins': 'Os administradores são avisados.',
  'routing.admins.preview.dpo_email':
    'Nenhum administrador está configurado para ser avisado, então a solicitação é enviada por e-mail ao Encarregado (DPO) ({email}).',
  'request.receipt.title': '*Sua solicitação de privacidade {ref} foi recebida.*',
  'request.receipt.asked': 'Solicitação: {type}. Lei: {jurisdiction}.',
  'request.receipt.data': 'Dados: {categories}.',
  'request.receipt.follow': 'Acompanhe com `/privacy status {ref}` ou cancele com `/privacy cancel {ref}`.',
  'request.due': 'A resposta deve ser dada até {date}.',
  'request.dueAbout':
    'A resposta deve ser dada até aproximadamente {date} (dias úteis, contados de segunda a sexta-feira; aqui os feriados contam como dias úteis, então o prazo legal pode terminar um ou dois dias depois).',
  'request.dueAtOnce':
    'Isso produz efeito assim que a solicitação é recebida; {date} é a data limite para confirmar isso.',
  'request.dueDirectMarketing':
    'A oposição ao marketing direto produz efeito assim que a solicitação é recebida; para outros usos dos dados, a resposta deve ser dada até {date}.',
  'request.noDeadline': 'Nenhum prazo legal se aplica a esta solicitação.',
  'request.acknowledgeBy': 'O recebimento deve ser confirmado até {date}.',
  'request.unverifiedEmail':
    'Seu endereço de e-mail não foi verificado, por isso pode ser que peçam que você confirme que a solicitação é sua.',
  'request.changed': 'Sua solicitação de privacidade {ref} ({type}) agora está com a situação: *{status}*.',
  'request.reason.vendor': 'Motivo do fornecedor, nas palavras dele: {reason}',
  'request.results': 'Resultados: {url}',
  'operator.dm.taken':
    'Sua solicitação de privacidade {ref} ({type}) agora está sendo tratada pelo responsável por este espaço de trabalho.',
  'operator.dm.dueBy': 'A resposta deve chegar até {date}.',
  'operator.dm.extended':
    'O responsável por este espaço de trabalho prorrogou o prazo da sua solicitação de privacidade {ref} ({type}) para {date}, como a lei permite.',
  'operator.dm.reasons': 'Os motivos:',
  'operator.dm.answered.done':
    'O responsável por este espaço de trabalho respondeu à sua solicitação de privacidade {ref} ({type}): atendida.',
  'operator.dm.answered.partly_done':
    'O responsável por este espaço de trabalho respondeu à sua solicitação de privacidade {ref} ({type}): atendida em parte.',
  'operator.dm.answered.refused':
    'O responsável por este espaço de trabalho respondeu à sua solicitação de privacidade {ref} ({type}): recusada.',
  'operator.dm.message': 'A mensagem do responsável:',
  'operator.dm.link': 'Seus dados: {link}',
  'operator.dm.linkLabel': 'baixar',
  'operator.dm.complaint':
    'Se você discordar, tem o direito de reclamar a uma autoridade de proteção de dados.',
  'request.complaint':
    'Se não concordar, você pode apresentar reclamação a uma autoridade de proteção de dados.',
  'request.failed.contact':
    'Escreva para o Encarregado pelo Tratamento de Dados Pessoais (DPO) pelo e-mail {email} e informe a referência {ref}.',
  'request.cancelRequested':
    'O cancelamento de {ref} foi pedido. Você receberá uma mensagem quando ele for confirmado.',
  'request.limit':
    'Você fez {limit} solicitações nas últimas 24 horas, o máximo permitido. Tente de novo mais tarde ou escreva para o Encarregado (DPO) pelo e-mail {email}.',
  'request.limitUntil':
    'Você fez {limit} solicitações nas últimas 24 horas, o máximo permitido. Você pode fazer a próxima a partir de {time}. Até lá, pode escrever para o Encarregado (DPO) pelo e-mail {email}.',
  'request.limitBusy':
    'Outra solicitação sua estava sendo enviada no mesmo momento, por isso esta não foi enviada. Clique em “Enviar solicitação” novamente.',
  'request.typeUnknown':
    '“{input}” não é um tipo de solicitação que eu conheça. Você pode escrever: {words}.',
  'request.typeDidYouMean': 'Você quis dizer `/privacy request {suggestion}`?',
  'form.error.notOpened':
    'Este formulário não foi aberto por você ou já foi enviado. Nada foi registrado. Use `/privacy request` para abrir um novo.',
  'request.emailed':
    'Nenhum endpoint de solicitações está configurado, por isso sua solicitação foi enviada por e-mail ao Encarregado (DPO), em {email}.',
  'request.emailedNotInForce':
    'O endpoint de solicitações configurado neste workspace não pode ser usado no momento, por isso sua solicitação foi enviada por e-mail ao Encarregado (DPO), em {email}.',
  'form.error.jurisdiction': 'Escolha a lei de proteção de dados que se aplica a você.',
  'form.error.type': 'Escolha o que você deseja.',
  'form.error.typeNotInJurisdiction': 'Esta solicitação não está prevista na lei escolhida. Escolha outra.',
  'form.error.categories': 'Escolha pelo menos um tipo de dado.',
  'form.error.detailsTooLong': 'Os detalhes são longos demais. Reduza-os a 2000 caracteres.',
  'form.error.detailsNeeded': 'Diga nos detalhes do que se trata.',
  'form.error.confirm': 'Confirme que a solicitação é sobre os seus próprios dados.',
  'form.error.noEmail':
    'Seu perfil não tem um endereço de e-mail, e a solicitação precisa de um. Adicione um nas configurações da sua conta e tente de novo.',
  'form.error.apps': 'Escolha apenas apps da lista.',
  'request.modal.apps': 'Apps a que se refere',
  'request.modal.appsPlaceholder': 'Escolha apps instalados (opcional)',
  'request.modal.appsHint': 'Cada app tem sua própria política de privacidade; veja `/privacy apps`.',
  'request.receipt.apps': 'Apps: {apps}.',
  'apps.app.request': 'Fazer uma solicitação sobre este app',
  'status.title': '*Suas solicitações de privacidade*',
  'status.line': '`{ref}` {type}: {status}, prazo: {due}',
  'status.noDue': 'sem prazo',
  'status.lineAtOnce': '`{ref}` {type}: {status}, em vigor desde o recebimento, a confirmar até {due}',
  'status.more': 'e mais {count} anteriores.',
  'status.hint': 'Detalhes e histórico: `/privacy status <referência>`.',
  'status.none': 'Você não fez nenhuma solicitação de privacidade. Use `/privacy request` para fazer uma.',
  'status.notFound':
    'Você não tem nenhuma solicitação {ref}. Suas solicitações são listadas por `/privacy status`.',
  'status.badReference':
    '`{input}` não é uma referência de solicitação. Uma referência tem este formato: PR-1A2B3C4D.',
  'status.detail.title': '*Solicitação {ref}*: {status}',
  'status.operatorDue': 'O responsável por este espaço de trabalho prorrogou o prazo dele para {date}.',
  'status.operator.taken': '{date}: assumida pelo responsável por este espaço de trabalho',
  'status.operator.extended':
    '{date}: prazo prorrogado pelo responsável por este espaço de trabalho para {due}',
  'status.operator.answered': '{date}: {status}',
  'status.operator.withdrawn': '{date}: retirada do responsável por este espaço de trabalho',
  'status.detail.history': '*Histórico*',
  'status.history': '{date}: {status}, {source}',
  'history.source.submit': 'feita por você',
  'history.source.delivery': 'entrega ao fornecedor',
  'history.source.poll': 'verificação de situação',
  'history.source.callback': 'mensagem do fornecedor',
  'history.source.admin': 'um administrador',
  'history.source.user': 'você',
  'history.reason.emailed_to_dpo': 'enviada por e-mail ao Encarregado (DPO)',
  'history.reason.no_endpoint_no_email':
    'nenhum endpoint de solicitações está configurado e o espaço de trabalho não conseguiu enviar e-mail',
  'history.reason.undeliverable':
    'não foi possível acessar o sistema de solicitações do fornecedor durante 72 horas',
  'history.reason.passed_to_operator': 'encaminhada ao responsável por este espaço de trabalho',
  'request.status.with_operator': 'com o responsável por este espaço de trabalho',
  'request.status.operator_waiting': 'aguardando o aviso ao responsável por este espaço de trabalho',
  'request.status.tracks': 'parte do fornecedor: {vendor}; parte deste espaço de trabalho: {operator}',
  'request.status.operator_emailed': 'encaminhada por e-mail ao Encarregado (DPO)',
  'request.status.operator_untold': 'ninguém pôde ser avisado: escreva ao Encarregado (DPO)',
  'request.status.operator_in_progress': 'em tratamento pelo responsável por este espaço de trabalho',
  'request.status.operator_answered_done':
    'respondida pelo responsável por este espaço de trabalho: atendida',
  'request.status.operator_answered_partly_done':
    'respondida pelo responsável por este espaço de trabalho: atendida em parte',
  'request.status.operator_answered_refused':
    'respondida pelo responsável por este espaço de trabalho: recusada',
  'request.status.operator_withdrawn': 'retirada por você',
  'request.status.emailed': 'encaminhada por e-mail ao Encarregado (DPO)',
  'request.handedOver':
    'Sua solicitação de privacidade {ref} ({type}) não pôde ser recebida automaticamente, então foi encaminhada por e-mail ao Encarregado (DPO) ({email}), que vai responder a você. Você não precisa fazer mais nada.',
  'history.source.operator': 'encaminhamento ao responsável por este espaço de trabalho',
  'history.reason.endpoint_refused_format': 'o sistema de solicitações não conseguiu recebê-la',
  'history.reason.no_admin_no_email':
    'nenhum administrador pôde ser avisado e o espaço de trabalho não conseguiu enviar e-mail',
  'email.to': 'Para',
  'email.cancelSubject': 'Solicitação de privacidade {ref}: cancelada',
  'email.cancelText':
    'Olá,\n\nCancelo a minha solicitação de privacidade {ref}, enviada anteriormente. Peço que ela não seja atendida.',
  'email.subjectLabel': 'Assunto',
  'history.reason.given': 'motivo informado: {reason}',
  'history.reason.endpoint_refused': 'o endpoint de solicitações recusou a solicitação como inválida',
  'cancel.missingReference':
    'Escreva a referência da solicitação a cancelar, por exemplo `/privacy cancel PR-1A2B3C4D`.',
  'cancel.final': 'A solicitação {ref} não pode mais ser cancelada (situação: {status}).',
  'email.subject': 'Solicitação de privacidade {ref}: {type}',
  'email.subject.vendor': 'Solicitação de privacidade {ref}: {type} (parte do fornecedor)',
  'email.subject.workspace':
    'Solicitação de privacidade {ref}: {type} (parte do responsável por este espaço de trabalho)',
  'email.part.vendor':
    'Esta parte trata dos dados que o fornecedor tem; os dados mantidos pelo responsável por este espaço de trabalho são solicitados separadamente.',
  'email.part.workspace':
    'Esta parte trata dos dados que o responsável por este espaço de trabalho mantém; os dados que o fornecedor tem são solicitados separadamente.',
  'email.greeting': 'Olá,',
  'email.intro':
    'Gostaria de exercer meus direitos de titular de dados pessoais. Uso o espaço de trabalho {workspace}.',
  'email.field.reference': 'Referência',
  'email.field.type': 'Solicitação',
  'email.field.law': 'Lei',
  'email.field.data': 'Dados',
  'email.field.user': 'Usuário',
  'email.userGone': '(a conta não existe mais)',
  'email.field.submitted': 'Enviada em',
  'email.field.due': 'Resposta devida até',
  'email.field.details': 'Detalhes',
  'email.readyToSend':
    'Você pode enviar a solicitação por conta própria. Copie este e-mail e envie-o para {email}:',
  'admin.newRequest': 'Nova solicitação de privacidade {ref}: {type}. Lei: {jurisdiction}.',
  'admin.earlierRequest':
    'A solicitação {ref} foi registrada em {date} com uma versão anterior deste app, que não guardou se você foi avisado. Verifique se ela já foi respondida.',
  'admin.cancelled':
    'A solicitação de privacidade {ref} ({type}, lei: {jurisdiction}) foi cancelada pela pessoa que a enviou.',
  'admin.operatorMustAnswer':
    'Este espaço de trabalho tem esses dados, por isso o responsável por ele deve responder. Abra `/privacy admin` para ver quem fez a solicitação e o que escreveu, e para tratá-la.',
  'admin.dueAlert.title':
    '*Há solicitações de privacidade que este espaço de trabalho deve responder com prazo próximo.* Abra `/privacy admin` para tratá-las.',
  'admin.dueAlert.overdue': '*Atrasadas:*',
  'admin.dueAlert.dueSoon': '*Com prazo em até {days} dias:*',
  'admin.dueAlert.line': '{ref}: {type}, lei: {jurisdiction}, prazo em {date}',
  'operator.refusal.final_state':
    'Esta solicitação está encerrada (respondida ou retirada), e uma solicitação encerrada não muda mais.',
  'operator.refusal.law_allows_none':
    'A lei escolhida ({law}) não permite prorrogação: a resposta é devida dentro do prazo legal ({period}), no máximo até {date}.',
  'operator.refusal.no_deadline':
    'Esta solicitação não tem prazo legal (uma pergunta ao encarregado de dados, ou não foi escolhida uma lei com prazo), então não há data para prorrogar.',
  'operator.refusal.too_late_to_extend':
    'A lei escolhida ({law}) só permite prorrogar se a pessoa for avisada, com os motivos, dentro do primeiro prazo ({period}). Esse prazo terminou em {date}, então não é mais possível prorrogar.',
  'operator.refusal.beyond_maximum':
    'A lei escolhida ({law}) permite no máximo mais {extension} após a data original, então a data mais tardia possível é {date}.',
  'operator.refusal.already_extended':
    'A lei escolhida ({law}) permite uma única prorrogação, e esta solicitação já foi prorrogada.',
  'operator.refusal.not_later': 'A nova data deve ser posterior à atual, {date}.',
  'operator.refusal.not_taken':
    'Assuma a solicitação primeiro: só uma solicitação assumida por alguém pode ser prorrogada ou respondida.',
  'operator.refusal.already_taken': 'Alguém já assumiu esta solicitação.',
  'operator.refusal.reasons_required':
    'Escreva os motivos: a pessoa precisa saber por que uma solicitação foi recusada ou teve o prazo prorrogado.',
  'operator.refusal.not_the_person': 'Só a pessoa que fez a solicitação pode retirá-la.',
  // The admin console: a request's page, its actions and their forms
  'console.request.title': 'Solicitação {ref}',
  'console.request.heading': '*Solicitação {ref}*: {type}, pela {law}',
  'console.request.submitted': '*Enviada*: {date}',
  'console.request.due': '*Prazo*: {date}',
  'console.request.overdue': '*Prazo*: {date}, *vencido*',
  'console.request.noDue': '*Prazo*: nenhum prazo legal',
  'console.request.person': '*Pessoa*: @{username}, {name}, {email}',
  'console.request.personNoName': '*Pessoa*: @{username}, {email}',
  'console.request.unverified': 'O endereço de e-mail não está verificado.',
  'console.request.details': '*Detalhes, como a pessoa os escreveu*:',
  'console.request.noDetails': 'A pessoa não escreveu detalhes.',
  'console.request.vendorTrack': '*Trilha do fornecedor*: {status}. Dados: {categories}.',
  'console.request.vendorTrack.none':
    '*Trilha do fornecedor*: nenhuma, o fornecedor não tem nenhum dos dados pedidos.',
  'console.request.vendorFailures': 'Tentativas de entrega que falharam: {count}. Próxima tentativa: {date}.',
  'console.request.operatorTrack': '*Trilha do workspace*: {state}. Dados: {categories}.',
  'console.request.operatorTrack.none':
    '*Trilha do workspace*: nenhuma, este workspace não tem nenhum dos dados pedidos.',
  'console.request.takenBy': 'Assumida por {who}.',
  'console.request.outcome': 'Resultado: {outcome}.',
  'console.request.history': '*Histórico*',
  'console.request.unknownUser': 'uma conta que não existe mais',
  'console.operator.state.new': 'nova, ninguém a assumiu ainda',
  'console.operator.state.in_progress': 'em andamento',
  'console.operator.state.answered': 'respondida',
  'console.operator.state.withdrawn': 'retirada pela pessoa',
  'console.operator.outcome.done': 'atendida',
  'console.operator.outcome.partly_done': 'atendida em parte',
  'console.operator.outcome.refused': 'recusada',
  'console.source.submit': 'enviada pela pessoa',
  'console.source.delivery': 'entrega ao fornecedor',
  'console.source.poll': 'consulta de status no fornecedor',
  'console.source.callback': 'mensagem do fornecedor',
  'console.source.admin': 'um administrador',
  'console.source.user': 'a pessoa',
  'console.history.status': '{date}: {status} ({source})',
  'console.history.take': '{date}: trilha do workspace assumida por {who}',
  'console.history.extend': '{date}: prazo prorrogado até {due} por {who}, motivos:',
  'console.history.answer': '{date}: respondida por {who}, resultado: {outcome}',
  'console.history.note': '{date}: *nota interna* de {who} (a pessoa não a vê):',
  'console.history.withdraw': '{date}: retirada pela pessoa',
  'console.history.link': 'Link dado à pessoa: {link}',
  'console.action.take': 'Assumir',
  'console.action.extend': 'Prorrogar',
  'console.action.answer': 'Responder',
  'console.action.note': 'Adicionar nota',
  'console.action.retry': 'Tentar a entrega ao fornecedor agora',
  'console.action.resend': 'Reenviar a confirmação',
  'console.action.back': 'Voltar à lista',
  'console.action.close': 'Fechar',
  'console.notice.told': 'Feito. A pessoa foi avisada por mensagem direta.',
  'console.notice.notTold': 'Feito, mas a pessoa não pôde ser avisada: a conta dela não existe mais.',
  'console.notice.noted': 'Nota adicionada. A pessoa não a vê.',
  'console.notice.refused': 'Não foi feito: {reason}',
  'console.notice.retried':
    'A entrega ao fornecedor está pendente agora: a caixa de saída tenta de novo em instantes.',
  'console.notice.nothingToRetry':
    'Nenhuma entrega desta solicitação ao fornecedor aguarda na caixa de saída.',
  'console.notice.resent': 'A confirmação foi enviada de novo para @{username}.',
  'console.notice.notResent':
    'A confirmação não pôde ser enviada: a conta da pessoa que fez a solicitação não existe mais.',
  'console.notFound.title': 'Solicitação não encontrada',
  'console.notFound':
    'Esta solicitação não foi encontrada. Talvez tenha sido feita com uma versão anterior do app.',
  'console.form.extend.title': 'Prorrogar o prazo',
  'console.form.extend.intro':
    'Solicitação {ref}, prazo {date}. A pessoa fica sabendo da nova data e dos seus motivos.',
  'console.form.extend.due': 'Novo prazo',
  'console.form.extend.reasons': 'Motivos (a pessoa os lê)',
  'console.form.extend.submit': 'Prorrogar',
  'console.form.answer.title': 'Responder à solicitação',
  'console.form.answer.intro':
    'Solicitação {ref}. A pessoa fica sabendo do resultado, da sua mensagem e do link.',
  'console.form.answer.outcome': 'Resultado',
  'console.form.answer.outcomePlaceholder': 'Escolha o resultado',
  'console.form.answer.message': 'Mensagem para a pessoa (obrigatória numa recusa)',
  'console.form.answer.link': 'Link para os dados (opcional, um endereço https://)',
  'console.form.answer.submit': 'Enviar a resposta',
  'console.form.note.title': 'Adicionar uma nota interna',
  'console.form.note.intro': 'Solicitação {ref}. Só as pessoas que tratam as solicitações veem as notas.',
  'console.form.note.text': 'Nota',
  'console.form.note.submit': 'Adicionar nota',
  'console.form.cancel': 'Cancelar',
  'console.error.required': 'Preencha este campo.',
  'console.error.tooLong': 'Escreva no máximo {max} caracteres.',
  'console.error.date': 'Escolha uma data.',
  'console.error.outcome': 'Escolha um resultado.',
  'console.error.link':
    'Digite um endereço https:// completo, por exemplo https://files.example.org/export.zip, ou deixe o campo vazio.',
  'console.error.gone': 'Esta solicitação não pode mais ser encontrada.',
  'console.error.noWorkspaceTrack':
    'Esta solicitação não tem trilha do workspace: só o fornecedor a responde.',
  'admin.unauthorized':
    'O endpoint de solicitações recusou as credenciais do app. As solicitações ficam aguardando na caixa de saída até que o token ou o segredo de assinatura seja corrigido nas configurações do Privacy Center.',
  'admin.endpointNotInForce':
    'O endereço da configuração *{setting}* não está sendo usado: {problem} Até que seja corrigido, as novas solicitações são enviadas por e-mail ao Encarregado (DPO) e o status das solicitações já entregues não é consultado.',
  'admin.malformed':
    'O endpoint de solicitações recusou a solicitação {ref} como malformada (HTTP 400), então ela não foi entregue. O endpoint respondeu: {reason}. Verifique as configurações do endpoint de solicitações ou avise o fornecedor.',
  'admin.malformed.emailed':
    'Em vez disso, a solicitação foi enviada por e-mail ao Encarregado (DPO) ({email}).',
  'admin.malformed.notEmailed':
    'O espaço de trabalho não conseguiu enviar e-mail, então o usuário recebeu um e-mail pronto para enviar ao Encarregado (DPO) ({email}).',
  'admin.malformed.nobody':
    'O workspace não conseguiu enviar e-mail e a conta do usuário não existe mais, por isso a solicitação não chegou a ninguém. Encaminhem-na vocês mesmos ao Encarregado (DPO), em {email}.',
  'admin.vendorGets': 'O fornecedor recebe: {categories}.',
  'admin.deadLetter':
    'A solicitação {ref} não pôde ser entregue durante 72 horas (último erro: {reason}) e foi encaminhada por e-mail ou ao usuário. Verifique as configurações do endpoint de solicitações.',

  // Errors
  'error.noView':
    'Este cliente não consegue abrir a visualização da política. Tente `/privacy contact` ou execute o comando de novo pelo app web ou desktop do Rocket.Chat.',
  'error.internal':
    'Algo deu errado do nosso lado. Tente de novo. Se continuar acontecendo, informe esta referência ao seu administrador: {ref}.',

  // /privacy apps
  'help.cmd.apps':
    '`/privacy apps`: os apps instalados aqui, quais dados cada um pode acessar e as políticas de privacidade deles',
  'apps.title': 'Apps instalados',
  'apps.close': 'Fechar',
  'apps.intro':
    'Estes apps estão instalados neste espaço de trabalho. Cada um só pode acessar o que suas permissões permitem. Os apps que podem enviar dados para fora do espaço de trabalho e ler mensagens aparecem primeiro.',
  'apps.filter.label': 'Pesquisar',
  'apps.filter.placeholder': 'Nome do app, autor ou tipo de dado',
  'apps.category.placeholder': 'Tipo de dado',
  'apps.category.all': 'Todos os tipos de dado',
  'apps.refresh': 'Atualizar',
  'apps.count': 'Mostrando {shown} de {total} apps instalados.',
  'apps.count.capped':
    'Mostrando os primeiros {shown} de {matching} apps encontrados ({total} instalados). Refine a pesquisa para ver os demais.',
  'apps.none': 'Nenhum app está instalado neste espaço de trabalho.',
  'apps.noMatch': 'Nenhum app corresponde a esta pesquisa.',
  'apps.updated': 'Lista obtida {age}.',
  'apps.stale':
    'A lista está sendo obtida de novo em segundo plano: clique em “Atualizar” daqui a pouco para ver a nova lista.',
  'apps.age.now': 'agora mesmo',
  'apps.age.minutes.one': 'há {n} minuto',
  'apps.age.minutes.other': 'há {n} minutos',
  'apps.age.hours.one': 'há {n} hora',
  'apps.age.hours.other': 'há {n} horas',
  'apps.age.days.one': 'há {n} dia',
  'apps.age.days.other': 'há {n} dias',
  'apps.app.by': 'por {author}',
  'apps.app.enabled': 'Ativado',
  'apps.app.disabled': 'Desativado',
  'apps.app.marketplace': 'Do Marketplace',
  'apps.app.private': 'Envio privado, não vem do Marketplace',
  'apps.privacy.heading': '*Política de privacidade*',
  'apps.privacy.summaryNote': 'Palavras do próprio autor no Marketplace, geralmente em inglês; sem tradução.',
  'apps.privacy.link': 'Ler a política de privacidade',
  'apps.privacy.noLink': 'O Marketplace não informa um link para a política completa.',
  'apps.privacy.none': '*Nenhuma política de privacidade publicada.* Pergunte ao autor:',
  'apps.privacy.unknown':
    '*Não foi possível consultar o Marketplace*, por isso a política de privacidade deste app não é exibida. O autor:',
  'apps.author.homepage': 'Site',
  'apps.author.support': 'Suporte',
  'apps.author.noContact': 'O autor não informou site nem contato de suporte.',
  'apps.permissions.heading': '*O que ele pode acessar*',
  'apps.permissions.default':
    '*O que ele pode acessar*: este app não declara permissões, por isso o Apps-Engine concede a ele o conjunto padrão, que é amplo.',
  'apps.permissions.none':
    '*O que ele pode acessar*: nada. Este app declara uma lista vazia de permissões, por isso o Apps-Engine não concede nenhuma a ele.',
  'apps.risk.high': 'risco alto',
  'apps.risk.medium': 'risco médio',
  'apps.risk.low': 'risco baixo',
  'apps.permission.unknown': '`{name}`, uma permissão que o Privacy Center não conhece',
  'apps.data.outside': 'Dados que saem do espaço de trabalho',
  'apps.data.messages': 'Mensagens',
  'apps.data.files': 'Arquivos',
  'apps.data.people': 'Pessoas e contas',
  'apps.data.omnichannel': 'Visitantes e conversas do Omnichannel',
  'apps.data.rooms': 'Salas',
  'apps.data.calls': 'Chamadas de vídeo',
  'apps.data.workspace': 'Configurações do espaço de trabalho',
  'apps.data.features': 'Recursos próprios do app',
  'apps.data.unknown': 'Outras permissões',
  'permission.networking':
    'pode enviar dados a qualquer endereço fora do espaço de trabalho e obter dados de lá',
  'permission.outbound-communication.provide':
    'pode enviar mensagens a pessoas fora do espaço de trabalho, por exemplo por SMS ou e-mail',
  'permission.email.send': 'envia e-mails a partir do espaço de trabalho',
  'permission.cloud.workspace-token':
    'usa o registro do espaço de trabalho para acessar os serviços em nuvem do fornecedor',
  'permission.message.read': 'lê mensagens',
  'permission.threads.read': 'lê threads',
  'permission.moderation.read': 'lê mensagens denunciadas e relatórios de moderação',
  'permission.message.write': 'envia, altera e exclui mensagens',
  'permission.moderation.write': 'toma medidas sobre mensagens denunciadas',
  'permission.upload.read': 'lê arquivos enviados',
  'permission.upload.write': 'envia arquivos',
  'permission.user.write': 'cria, altera e desativa contas de usuário',
  'permission.role.write': 'altera as funções das pessoas e, com isso, o que elas podem fazer',
  'permission.user.read': 'lê perfis: nomes, nomes de usuário, endereços de e-mail, status',
  'permission.role.read': 'lê as funções das pessoas',
  'permission.livechat-visitor.read': 'lê os dados dos visitantes do Omnichannel',
  'permission.livechat-message.read': 'lê conversas do Omnichannel',
  'permission.contact.read': 'lê contatos do Omnichannel',
  'permission.livechat-visitor.write': 'cria e altera visitantes do Omnichannel',
  'permission.livechat-message.write': 'envia mensagens em conversas do Omnichannel',
  'permission.livechat-message.multiple': 'trabalha com muitas mensagens do Omnichannel de uma vez',
  'permission.livechat-room.read': 'lê os detalhes das conversas do Omnichannel',
  'permission.livechat-room.write': 'abre, transfere e encerra conversas do Omnichannel',
  'permission.livechat-custom-fields.write': 'preenche campos personalizados sobre visitantes do Omnichannel',
  'permission.contact.write': 'cria e altera contatos do Omnichannel',
  'permission.livechat-department.write': 'altera departamentos do Omnichannel',
  'permission.livechat-department.read': 'lê departamentos do Omnichannel',
  'permission.livechat-department.multiple': 'lê muitos departamentos do Omnichannel de uma vez',
  'permission.livechat-status.read': 'vê se os agentes do Omnichannel estão disponíveis',
  'permission.room.system.view-all': 'vê todas as salas, inclusive as privadas das quais não é membro',
  'permission.room.read': 'lê os detalhes das salas e quem é membro delas',
  'permission.room.write': 'cria, altera e exclui salas',
  'permission.video-conference-provider':
    'fornece chamadas de vídeo, por isso os dados das chamadas passam por ele',
  'permission.video-conference.read': 'lê os detalhes das chamadas de vídeo',
  'permission.video-conference.write': 'inicia e altera chamadas de vídeo',
  'permission.server-setting.write': 'altera as configurações do espaço de trabalho',
  'permission.oauth-app.write': 'cria e altera apps OAuth, que podem receber acesso a contas',
  'permission.server-setting.read': 'lê as configurações do espaço de trabalho',
  'permission.oauth-app.read': 'lê os apps OAuth configurados no espaço de trabalho',
  'permission.env.read': 'lê detalhes do servidor em que é executado',
  'permission.api': 'oferece endereços web que serviços fora do espaço de trabalho podem chamar',
  'permission.experimental.default': 'usa recursos experimentais do Apps-Engine',
  'permission.persistence': 'guarda dados próprios no banco de dados do espaço de trabalho',
  'permission.scheduler': 'executa tarefas agendadas',
  'permission.slashcommand': 'adiciona comandos de barra',
  'permission.ui.interact': 'abre janelas e formulários',
  'permission.ui.registerButtons': 'adiciona botões à interface',
  'apps.notConfigured.title': '*O diretório de apps ainda não foi configurado.*',
  'apps.notConfigured.why':
    'Os apps não conseguem ver quais outros apps estão instalados; por isso, o Privacy Center lê a lista pela própria API REST do espaço de trabalho, conectado como um usuário dedicado sem direitos de administrador. Um administrador precisa definir estes itens em Administração > Apps > Privacy Center > Configurações, seção “Diretório de apps”:',
  'apps.notConfigured.baseUrl':
    '*Endereço da API REST do espaço de trabalho*: a Site URL não é um endereço https:// (http:// só é aceito para localhost), então informe um endereço pelo qual o servidor consiga acessar a si mesmo.',
  'apps.notConfigured.userId': '*ID do usuário da API REST*: o ID desse usuário dedicado.',
  'apps.notConfigured.token': '*Token de acesso pessoal*: um token de acesso pessoal desse usuário.',
  'apps.error.unauthorized':
    '*O espaço de trabalho recusou o token de acesso do app* (respondeu 401 ou 403). Um administrador deve verificar as configurações *ID do usuário da API REST* e *Token de acesso pessoal*.',
  'apps.error.unreachable':
    '*Não foi possível acessar a API REST do espaço de trabalho* (sem resposta a tempo ou erro no servidor). Se isso continuar acontecendo, um administrador pode informar um endereço interno na configuração *Endereço da API REST do espaço de trabalho*.',
  'apps.error.bad_answer':
    '*A API REST do espaço de trabalho deu uma resposta que o Privacy Center não entende.* Um administrador deve verificar a configuração *Endereço da API REST do espaço de trabalho*.',
  'apps.error.lastGood': 'Esta é a lista tal como foi obtida {age}.',
  'apps.error.nothing': 'Não há uma lista anterior para mostrar.',
  'apps.error.noView':
    'Este cliente não consegue abrir o diretório de apps. Execute `/privacy apps` de novo pelo app web ou desktop do Rocket.Chat.',
  'apps.marketplace.failed':
    'Não foi possível consultar o Marketplace, por isso os resumos de privacidade podem estar ausentes ou desatualizados.',

  // /privacy admin: the gate, and the request endpoint check
  'admin.refusal':
    'Este comando é para as pessoas que tratam as solicitações de privacidade neste workspace.',
  'admin.title': '*Administração do Privacy Center*: digite `/privacy admin` seguido de um destes:',
  'admin.cmd.test':
    '`/privacy admin test`: verificar passo a passo as configurações do endpoint de solicitações',
  'admin.cmd.export':
    '`/privacy admin export`: o registro de solicitações como arquivo CSV nas suas mensagens diretas (`/privacy admin export full` inclui o que a pessoa e os responsáveis escreveram)',
  'admin.export.message': 'O registro de solicitações de privacidade em {date}: {count} solicitações.',
  'admin.export.messageFull':
    'O registro de solicitações de privacidade em {date}: {count} solicitações, com o que as pessoas e os responsáveis escreveram. Ele contém dados pessoais: guarde-o com segurança e apague-o quando terminar.',
  'admin.export.sent': 'O registro de solicitações está nas suas mensagens diretas: {file}.',
  'admin.export.failed':
    'Não foi possível enviar o registro como arquivo (referência {ref}). Verifique se o envio de arquivos é permitido neste espaço de trabalho.',
  'export.col.reference': 'Referência',
  'export.col.law': 'Lei',
  'export.col.type': 'Tipo',
  'export.col.tracks': 'Partes',
  'export.col.submitted': 'Enviada em',
  'export.col.due': 'Prazo',
  'export.col.vendorState': 'Situação com o fornecedor',
  'export.col.operatorState': 'Situação com o responsável',
  'export.col.outcome': 'Resultado',
  'export.col.details': 'Detalhes',
  'export.col.operatorMessages': 'Mensagens dos responsáveis',
  'admin.cmd.posture':
    '`/privacy admin posture`: para onde vão os dados deste espaço de trabalho e o que mudar (`refresh` lê as configurações de novo)',
  'admin.unknown': 'Não existe `/privacy admin {input}`.',
  'admin.cmd.console':
    '`/privacy admin` sem nada depois: o registro de todas as solicitações de privacidade, para filtrar e abrir',
  'admin.cmd.help': '`/privacy admin help`: esta lista',
  'console.title': 'Solicitações de privacidade',
  'console.close': 'Fechar',
  'console.noView':
    'Este cliente não consegue abrir o console. Execute `/privacy admin` novamente no aplicativo web ou desktop do Rocket.Chat.',
  'console.counts':
    '*{total}* no total · recebidas: {received} · em andamento: {inProgress} · concluídas: {finished} · atrasadas: *{overdue}* · com prazo em até {days} dias: {dueSoon}',
  'console.shown': 'Mostrando {from}–{to} de {matching} encontradas (página {page} de {pages})',
  'console.none': 'Ninguém fez ainda uma solicitação de privacidade neste workspace.',
  'console.noMatch': 'Nenhuma solicitação corresponde a estes filtros.',
  'console.filter.status': 'Situação',
  'console.filter.status.any': 'Qualquer situação',
  'console.filter.overall': 'Geral: {stage}',
  'console.filter.operator': 'Responsável: {state}',
  'console.filter.vendor': 'Fornecedor: {status}',
  'console.filter.track': 'Trilha',
  'console.filter.track.any': 'Todas as trilhas',
  'console.filter.track.vendor': 'Com trilha do fornecedor',
  'console.filter.track.operator': 'Com trilha do responsável',
  'console.filter.track.both': 'Com as duas trilhas',
  'console.filter.law': 'Lei',
  'console.filter.law.any': 'Todas as leis',
  'console.filter.type': 'Tipo',
  'console.filter.type.any': 'Todos os tipos',
  'console.filter.due': 'Prazo',
  'console.filter.due.any': 'Qualquer prazo',
  'console.filter.due.overdue': 'Atrasadas',
  'console.filter.due.within': 'Prazo em até {days} dias',
  'console.stage.received': 'recebida',
  'console.stage.in_progress': 'em andamento',
  'console.stage.finished': 'concluída',
  'console.operator.new': 'nova, ninguém a assumiu',
  'console.operator.in_progress': 'em tratamento',
  'console.operator.answered': 'respondida',
  'console.operator.withdrawn': 'retirada pela pessoa',
  'console.row.vendor': 'Fornecedor: {status}',
  'console.row.operator': 'Responsável: {state}',
  'console.row.due': 'Prazo: {date}',
  'console.row.overdue': '*Atrasada* desde {date}',
  'console.row.noDue': 'Sem prazo legal',
  'console.row.open': 'Abrir',
  'console.prev': 'Página anterior',
  'console.next': 'Próxima página',
  'console.reset': 'Limpar os filtros',
  'check.title': '*Verificação do endpoint de solicitações*',
  'check.step.url': 'Uma URL do endpoint está configurada e em vigor',
  'check.step.https': 'O endereço usa https (ou um endereço local permitido para desenvolvimento)',
  'check.step.reachable': 'O endereço responde',
  'check.step.token': 'O endpoint aceita o token',
  'check.ok': 'ok',
  'check.failed': 'falhou',
  'check.skipped': 'não verificado, um passo anterior falhou',
  'check.fix.url.missing': 'Informe a URL base do endpoint na configuração *{setting}*.',
  'check.fix.url.invalid': 'O valor de *{setting}* não está em vigor: {problem}',
  'check.fix.https.not_https': 'Informe um endereço https:// na configuração *{setting}*.',
  'check.fix.https.internal_address':
    'O endereço está dentro da rede do servidor. Informe o endereço https:// público do endpoint em *{setting}* ou, apenas para um endpoint de teste, ative *{local}*.',
  'check.fix.reachable':
    'O endereço está inacessível ({reason}). Verifique o nome do host e a porta na configuração *{setting}*, e se este servidor consegue alcançá-lo.',
  'check.reason.timeout': 'sem resposta a tempo',
  'check.reason.refused': 'a conexão foi recusada',
  'check.reason.reset': 'a conexão foi interrompida',
  'check.reason.other': 'não foi possível resolver o nome nem estabelecer a conexão',
  'check.fix.token.refused':
    'O endpoint recusou o token (respondeu {status}). Informe o token fornecido pelo fornecedor na configuração *{setting}*.',
  'check.fix.token.contract':
    'O endpoint não segue o contrato: ler o status de uma solicitação desconhecida deve responder 404, e ele respondeu {status} {answer}. Verifique se *{setting}* é o endereço base do endpoint ou consulte o fornecedor.',
  'check.fix.token.unavailable':
    'O endpoint está com falha agora (respondeu {status}): as configurações podem estar certas. Repita a verificação mais tarde; se a falha continuar, fale com o fornecedor.',
  'check.fix.token.rate_limited':
    'O endpoint pede menos chamadas (respondeu {status}): repita a verificação em alguns minutos.',
  'check.fix.token.rate_limited_for':
    'O endpoint pede menos chamadas (respondeu {status}): repita a verificação em {seconds} segundos.',
  'check.emptyAnswer': '(sem conteúdo)',
  'check.allOk': 'Todos os passos foram aprovados: o endpoint está pronto para receber solicitações.',
  // Policy updates (issue 13)
  'policyUpdate.title': '*A política de privacidade mudou: versão {version}, em vigor a partir de {date}*',
  'policyUpdate.whatChanged': 'O que mudou:',
  'policyUpdate.fullPolicy': 'A política completa: {link}',
  'policyUpdate.ackButton': 'Li a política',
  'policyUpdate.ackHint': 'Este aviso volta uma vez por dia até você confirmar que o leu.',
  'policyUpdate.acknowledged':
    'Obrigado: sua leitura da versão {version} ({date}) foi registrada. `/privacy status` mostra o que você leu.',
  'policyUpdate.notAnnounced':
    'Este aviso é sobre uma versão que não está mais em vigor; nada foi registrado.',
  'status.policyReceipts': 'Versões da política que você leu: {list}.',
  'status.policyReceipt': '{version} ({date}), em {at}',
  // What the app stores about a person (issue 13)
  'mydata.title': '*O que o Privacy Center guarda sobre você*',
  'mydata.where':
    'Fica no banco de dados deste espaço de trabalho, no armazenamento próprio do app. Só você vê esta lista; as pessoas que tratam solicitações de privacidade veem suas solicitações.',
  'mydata.requests': '*Suas solicitações*: {count}',
  'mydata.request': '`{ref}` {type} ({law}): {status}; feita em {submitted}, prazo {due}; e-mail {email}',
  'mydata.request.wrote': 'Você escreveu:',
  'mydata.request.noText': 'Você não escreveu nenhum texto.',
  'mydata.drafts': '*Formulários de solicitação abertos e não enviados*: {count}',
  'mydata.draft': '{type} ({law}), aberto em {at}',
  'mydata.law': '*A lei que você escolheu na visão da política*: {law}',
  'mydata.appsFilter': '*Sua busca no diretório de apps*: {filter}',
  'mydata.notices': '*Quando um aviso da política foi mostrado a você*: {list}',
  'mydata.notice': 'versão {version}, primeiro em {first}, último em {last}',
  'mydata.claims': '*Registros do limite diário (um por solicitação feita)*: {count}',
  'mydata.deleteHint':
    '`/privacy mydata delete` apaga o que nenhuma solicitação aberta precisa: formulários não enviados, a lei escolhida, sua busca no diretório, quando avisos foram mostrados e registros do limite diário com mais de um dia.',
  'mydata.keptNote':
    'Suas solicitações ficam: são o registro de como sua solicitação foi tratada; depois de concluídas, as configurações de retenção as reduzem e mais tarde as apagam. Suas confirmações de leitura da política também ficam: são o seu registro de que você foi informado da política.',
  'mydata.deleted.title': '*Apagado*:',
  'mydata.deleted.drafts': 'formulários de solicitação não enviados: {count}',
  'mydata.deleted.law': 'a lei que você escolheu',
  'mydata.deleted.appsFilter': 'sua busca no diretório de apps',
  'mydata.deleted.notices': 'registros de avisos da política mostrados: {count}',
  'mydata.deleted.claims': 'registros do limite diário com mais de um dia: {count}',
  'mydata.deleted.nothing':
    'Não havia nada para apagar: tudo o que está guardado é necessário ou fica pelos motivos abaixo.',
  'mydata.deleted.kept':
    'Mantido: solicitações abertas {open}, solicitações concluídas {finished}, confirmações de leitura da política {acks}, registros do limite diário ainda contados {claims}.',
  // Before the app is uninstalled (issue 13)
  'uninstall.handOver.title':
    '*O Privacy Center está sendo desinstalado: a solicitação {ref} não foi entregue*',
  'uninstall.handOver.todo':
    'Ninguém poderá enviá-la depois que o app for removido. Envie-a manualmente para {email}, com o texto abaixo, e apague esta mensagem depois de enviá-la: ela traz os dados da pessoa só porque esta é a última chance de repassar a solicitação.',
  'admin.cmd.acks':
    '`/privacy admin acks`: quantos de quantos usuários ativos confirmaram cada versão da política (`/privacy admin acks export`: quem e quando, como arquivo CSV)',
  'admin.acks.title': '*Confirmações da política*',
  'admin.acks.line': 'Versão {version} ({date}): {acknowledged} de {active} usuários ativos',
  'admin.acks.col.version': 'Versão',
  'admin.acks.col.effective': 'Vigência',
  'admin.acks.col.username': 'Nome de usuário',
  'admin.acks.col.acknowledged': 'Confirmado em',
  'admin.acks.exportMessage':
    'Quem confirmou qual versão da política: {count} confirmações. O arquivo contém dados pessoais: guarde-o com segurança e apague-o quando não precisar mais.',
  'admin.acks.exported': 'A lista de confirmações está nas suas mensagens diretas: {file}.',
  'admin.acks.exportFailed':
    'Não foi possível enviar a lista como arquivo (referência {ref}). Verifique se o envio de arquivos é permitido neste espaço de trabalho.',
  'admin.acks.none': 'Nenhuma atualização da política foi anunciada ainda.',
  'admin.acks.note':
    'Usuários ativos: quem entrou ou usou `/privacy` desde o anúncio, e quem o confirmou a partir do anúncio.',
};
