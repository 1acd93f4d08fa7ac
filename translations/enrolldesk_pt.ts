<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/shell/aboutdialog.cpp" line="+13"/>
        <source>About EnrollDesk</source>
        <translation>Sobre o EnrollDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;EnrollDesk %1&lt;/h2&gt;&lt;p&gt;A desktop console for Applivery MDM enrollment tokens: Windows and Android tokens for one user or many, with link, enroll code and QR code.&lt;/p&gt;&lt;p&gt;Licence: MIT.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPLv3), QtKeychain (BSD-3-Clause), libqrencode (LGPLv2.1+).&lt;/p&gt;&lt;p&gt;The API key is kept in the operating system&apos;s keychain and never written to disk by EnrollDesk.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;EnrollDesk %1&lt;/h2&gt;&lt;p&gt;Um console de desktop para os tokens de registro do Applivery MDM: tokens Windows e Android para um ou vários usuários, com link, código de registro e QR code.&lt;/p&gt;&lt;p&gt;Licença: MIT.&lt;/p&gt;&lt;p&gt;Feito com Qt %2 (LGPLv3), QtKeychain (BSD-3-Clause) e libqrencode (LGPLv2.1+).&lt;/p&gt;&lt;p&gt;A chave de API fica no chaveiro do sistema operacional e nunca é gravada em disco pelo EnrollDesk.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/apiclient.cpp" line="+204"/>
        <source>“%1” is not a valid server address.</source>
        <translation>&quot;%1&quot; não é um endereço de servidor válido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the address must not contain a user name or password: the API key is kept in the keychain.</source>
        <translation>o endereço não deve conter um nome de usuário nem uma senha: a chave de API fica no chaveiro.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>http:// would send the API key unencrypted; use https:// (plain http is only allowed for this computer, e.g. the sandbox).</source>
        <translation>http:// enviaria a chave de API sem criptografia; use https:// (http sem criptografia só é permitido para este computador, por exemplo, o sandbox).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the address must start with https://.</source>
        <translation>o endereço deve começar com https://.</translation>
    </message>
    <message>
        <location filename="../app/apierror.cpp" line="+189"/>
        <source>Not found: the organization, user or policy does not exist, or this key cannot see it.</source>
        <translation>Não encontrado: a organização, o usuário ou a política não existe, ou esta chave não pode vê-lo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The API key was rejected: it is wrong, expired or revoked. Enter a valid service account key.</source>
        <translation>A chave de API foi recusada: está errada, expirou ou foi revogada. Informe uma chave de conta de serviço válida.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An MDM user with this e-mail already exists.</source>
        <translation>Já existe um usuário de MDM com este e-mail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organization&apos;s billing plan does not include this feature.</source>
        <translation>O plano de cobrança da organização não inclui este recurso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not update the entity.</source>
        <translation>O servidor não conseguiu atualizar a entidade.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not implement this operation.</source>
        <translation>O servidor não implementa esta operação.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not create the Windows enrollment token.</source>
        <translation>O servidor não conseguiu criar o token de registro do Windows.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The request is not valid.</source>
        <translation>A solicitação não é válida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server address is not allowed: %1</source>
        <translation>O endereço do servidor não é permitido: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No API key is set for this profile. Enter it under Profiles &amp; API key.</source>
        <translation>Nenhuma chave de API está definida para este perfil. Informe-a em Perfis e chave de API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the connection. Check the server address and that the server is running. Nothing was sent.</source>
        <translation>O servidor recusou a conexão. Verifique o endereço do servidor e se ele está em execução. Nada foi enviado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s name could not be found. Check the server address and your network. Nothing was sent.</source>
        <translation>O nome do servidor não foi encontrado. Verifique o endereço do servidor e a sua rede. Nada foi enviado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection failed (TLS/certificate problem). Nothing was accepted from this server.</source>
        <translation>A conexão segura falhou (problema de TLS ou de certificado). Nada foi aceito deste servidor.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The request was cancelled. If it had already reached the server, it may have been processed.</source>
        <translation>A solicitação foi cancelada. Se já tinha chegado ao servidor, pode ter sido processada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection broke before the server&apos;s answer arrived in full. Try again in a moment.</source>
        <translation>A conexão caiu antes que a resposta do servidor chegasse por completo. Tente novamente em instantes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection broke before the server&apos;s answer arrived in full. The request may or may not have been processed: check whether the token was created before trying again.</source>
        <translation>A conexão caiu antes que a resposta do servidor chegasse por completo. A solicitação pode ter sido processada: verifique se o token foi criado antes de tentar novamente.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The server rejected the request: %1</source>
        <translation>O servidor recusou a solicitação: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server rejected the request (error %1).</source>
        <translation>O servidor recusou a solicitação (erro %1).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server&apos;s answer lacks the list that was asked for. Try again in a moment.</source>
        <translation>A resposta do servidor não traz a lista solicitada. Tente de novo em instantes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepted the request, but its answer lacks what was created. The request was probably processed: check whether the token was created before trying again.</source>
        <translation>O servidor aceitou a solicitação, mas a resposta dele não indica o que foi criado. A solicitação provavelmente foi processada: verifique se o token foi criado antes de tentar novamente.</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>The API key was rejected. Enter a valid service account key.</source>
        <translation>A chave de API foi recusada. Informe uma chave de conta de serviço válida.</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>[left out: it quoted part of the API key]</source>
        <translation>[omitido: continha parte da chave de API]</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The API key was not accepted (401 Unauthorized). Check that it is the service account&apos;s key for this server.</source>
        <translation>A chave de API não foi aceita (401 Unauthorized). Verifique se é a chave da conta de serviço para este servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server received no usable API key (401 No auth token). Check the key, and any proxy that may remove the Authorization header.</source>
        <translation>O servidor não recebeu uma chave de API utilizável (401 No auth token). Verifique a chave e qualquer proxy que possa remover o cabeçalho Authorization.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A limit was exceeded (Limit Exceeded). The API does not say which: check the organization&apos;s plan and how many devices and tokens it has.</source>
        <translation>Um limite foi excedido (Limit Exceeded). A API não diz qual: verifique o plano da organização e quantos dispositivos e tokens ela tem.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The API key may not do this (missing permission).</source>
        <translation>A chave de API não tem permissão para isso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found: check the server address and the organization.</source>
        <translation>Não encontrado: verifique o endereço do servidor e a organização.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many requests: the server asks to slow down. Try again in a moment.</source>
        <translation>Solicitações demais: o servidor pede para ir mais devagar. Tente de novo em instantes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>O servidor teve um problema (HTTP %1). Tente de novo mais tarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request to another address (HTTP %1). Redirects are not followed, so that the key stays with the API&apos;s own server: check the server address.</source>
        <translation>O servidor enviou a solicitação para outro endereço (HTTP %1). Redirecionamentos não são seguidos, para que a chave fique com o próprio servidor da API: verifique o endereço do servidor.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server had a problem (HTTP %1). The request may or may not have been processed: check whether the token was created before trying again.</source>
        <translation>O servidor teve um problema (HTTP %1). A solicitação pode ter sido processada: verifique se o token foi criado antes de tentar novamente.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The API key contains a space, a line break or another character an API key does not have. Enter the key again. Nothing was sent.</source>
        <translation>A chave de API contém um espaço, uma quebra de linha ou outro caractere que uma chave de API não tem. Informe a chave novamente. Nada foi enviado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not be reached in time. Check the server address and your network (a VPN or a firewall may be in the way). Nothing was sent.</source>
        <translation>Não foi possível alcançar o servidor a tempo. Verifique o endereço do servidor e sua rede (uma VPN ou um firewall podem estar no caminho). Nada foi enviado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>O servidor não respondeu a tempo. Tente novamente em instantes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not answer in time. The request may or may not have been processed: check whether the token was created before trying again.</source>
        <translation>O servidor não respondeu a tempo. A solicitação pode ter sido processada: verifique se o token foi criado antes de tentar novamente.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+10"/>
        <source>%1 The server says: %2</source>
        <translation>%1 O servidor diz: %2</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The request may or may not have been processed: check whether the token was created before trying again.</source>
        <translation>A solicitação pode ter sido processada: verifique se o token foi criado antes de tentar novamente.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The server rejected the request (HTTP %1).</source>
        <translation>O servidor recusou a solicitação (HTTP %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server answered with HTTP %1.</source>
        <translation>O servidor respondeu com HTTP %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server or a gateway in front of it failed (HTTP %1) and sent a page instead of an answer. Try again later.</source>
        <translation>O servidor ou um gateway na frente dele falhou (HTTP %1) e enviou uma página em vez de uma resposta. Tente de novo mais tarde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server or a gateway in front of it failed (HTTP %1) and sent a page instead of an answer. The request may or may not have been processed: check whether the token was created before trying again.</source>
        <translation>O servidor ou um gateway na frente dele falhou (HTTP %1) e enviou uma página em vez de uma resposta. A solicitação pode ter sido processada: verifique se o token foi criado antes de tentar novamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s answer could not be read (not the API&apos;s JSON). It may come from a proxy or a wrong server address.</source>
        <translation>Não foi possível ler a resposta do servidor (não é o JSON da API). Ela pode vir de um proxy ou de um endereço de servidor errado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s answer was too large and was not read.</source>
        <translation>A resposta do servidor era grande demais e não foi lida.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../ui/shell/appcontext.cpp" line="+180"/>
        <source>Store the key for this server under Profiles &amp; API key. Nothing was sent.</source>
        <translation>Salve a chave para este servidor em Perfis e chave de API. Nada foi enviado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key is still being read from the keychain (it may be waiting to be unlocked). Try again in a moment. Nothing was sent.</source>
        <translation>A chave de API ainda está sendo lida do chaveiro (talvez ele esteja esperando ser desbloqueado). Tente de novo em instantes. Nada foi enviado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key could not be read from the keychain. Nothing was sent.</source>
        <translation>Não foi possível ler a chave de API do chaveiro. Nada foi enviado.</translation>
    </message>
</context>
<context>
    <name>BulkPage</name>
    <message>
        <location filename="../ui/pages/bulkpage.cpp" line="+266"/>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Why it is not used</source>
        <translation>Por que não é usada</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1–%2 (%3)</source>
        <translation>%1–%2 (%3)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addresses</source>
        <translation>Endereços</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Criados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Windows tokens for many users</source>
        <translation>Tokens do Windows para vários usuários</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows enrollment tokens for many users</source>
        <translation>Tokens de registro do Windows para vários usuários</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste or import the users&apos; e-mail addresses, choose the settings once, and send. Each user gets a token with the same settings.</source>
        <translation>Cole ou importe os endereços de e-mail dos usuários, escolha as configurações uma vez e envie. Cada usuário recebe um token com as mesmas configurações.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Analysing… %1 %</source>
        <translation>Analisando… %1 %</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>E-mail addresses</source>
        <translation>Endereços de e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste e-mail addresses here: one per line, a mail client&apos;s To: line (Name &lt;address&gt;; …) or a CSV export with a header row.

Or drop a .csv or .txt file on this page.</source>
        <translation>Cole os endereços de e-mail aqui: um por linha, a linha Para: de um cliente de e-mail (Nome &lt;endereço&gt;; …) ou uma exportação CSV com linha de cabeçalho.

Ou solte um arquivo .csv ou .txt nesta página.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import file…</source>
        <translation>Impo&amp;rtar arquivo…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import file</source>
        <translation>Importar arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read addresses from a CSV or text file (also by dropping it here)</source>
        <translation>Ler endereços de um arquivo CSV ou de texto (também soltando-o aqui)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear addresses</source>
        <translation>Limpar os endereços</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Valid addresses</source>
        <translation>Endereços válidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates removed</source>
        <translation>Duplicados removidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid lines</source>
        <translation>Linhas inválidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid, will be sent</source>
        <translation>válidos, serão enviados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicates removed</source>
        <translation>duplicados removidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid, not sent</source>
        <translation>inválidas, não enviadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lines</source>
        <translation>linhas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysis status</source>
        <translation>Status da análise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines that are not used</source>
        <translation>Linhas não usadas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Click a line (or press Enter) to show it in the addresses</source>
        <translation>Clique em uma linha (ou pressione Enter) para mostrá-la nos endereços</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+16"/>
        <source>Settings for every token</source>
        <translation>Configurações para todos os tokens</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Addresses per request</source>
        <translation>Endereços por solicitação</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many addresses go in one request. Smaller batches show progress more often and lose less when one fails.</source>
        <translation>Quantos endereços vão em cada solicitação. Lotes menores mostram o progresso com mais frequência e perdem menos quando um falha.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests planned</source>
        <translation>Solicitações previstas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the form still needs</source>
        <translation>O que ainda falta no formulário</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Token settings</source>
        <translation>Configurações do token</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create the tokens (Ctrl+Return); you confirm first</source>
        <translation>Criar os tokens (Ctrl+Enter); você confirma antes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confirm sending</source>
        <translation>Confirmar o envio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What will be sent</source>
        <translation>O que será enviado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes, send</source>
        <translation>Sim, enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the form</source>
        <translation>Voltar ao formulário</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Retry selected batch</source>
        <translation>Repetir o lote selecionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+807"/>
        <source>Retry failed batches</source>
        <translation>Repetir os lotes com falha</translation>
    </message>
    <message>
        <location line="-804"/>
        <source>Sends again the batches that failed on the way. Batches the API answered are never sent again; for batches that may have been carried out (a timeout, a dropped connection, a server error) you are asked first.</source>
        <translation>Volta a enviar os lotes que falharam pelo caminho. Os lotes a que a API respondeu nunca são reenviados; para lotes que podem ter sido processados (tempo esgotado, conexão interrompida, erro do servidor), você é consultado antes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export log…</source>
        <translation>Exportar log…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The API reports only how many tokens each batch created, not which addresses failed (usually addresses with no MDM user). “Find who got no token” reads the token list to name them.</source>
        <translation>A API indica apenas quantos tokens cada lote criou, não quais endereços falharam (normalmente endereços sem usuário de MDM). &quot;Ver quem ficou sem token&quot; lê a lista de tokens para identificá-los.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Find who got no token</source>
        <translation>Ver quem ficou sem token</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who got a token</source>
        <translation>Quem recebeu um token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only those without a token</source>
        <translation>Listar só os que não têm token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only the addresses without a token</source>
        <translation>Listar só os endereços sem token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces the list with them (Ctrl+Z brings the list back).</source>
        <translation>Substitui a lista por eles (Ctrl+Z restaura a lista).</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Reading the token list… (%n page(s))</source>
        <translation>
            <numerusform>Lendo a lista de tokens… (%n página)</numerusform>
            <numerusform>Lendo a lista de tokens… (%n páginas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Reading the token list…</source>
        <translation>Lendo a lista de tokens…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The token list could not be read: %1</source>
        <translation>Não foi possível ler a lista de tokens: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln address(es) checked have a token created since the run started.</source>
        <translation>
            <numerusform>%Ln endereço verificado tem um token criado desde o início do envio.</numerusform>
            <numerusform>%Ln endereços verificados têm um token criado desde o início do envio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln address(es) have no token.</source>
        <translation>
            <numerusform>%Ln endereço não tem nenhum token.</numerusform>
            <numerusform>%Ln endereços não têm nenhum token.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the newest %1 tokens were read.</source>
        <translation>Só foram lidos os %1 tokens mais recentes.</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>CSV file: addresses read from column %1.</source>
        <translation>Arquivo CSV: endereços lidos da coluna %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All the other lines were understood.</source>
        <translation>Todas as outras linhas foram entendidas.</translation>
    </message>
    <message numerus="yes">
        <location line="+152"/>
        <source>Send to %n user(s)</source>
        <translation>
            <numerusform>Enviar para %n usuário</numerusform>
            <numerusform>Enviar para %n usuários</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Create Windows enrollment tokens for &lt;b&gt;%Ln user(s)&lt;/b&gt; in organization &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>
            <numerusform>Criar tokens de registro do Windows para &lt;b&gt;%Ln usuário&lt;/b&gt; na organização &lt;b&gt;%1&lt;/b&gt; em &lt;b&gt;%2&lt;/b&gt;.</numerusform>
            <numerusform>Criar tokens de registro do Windows para &lt;b&gt;%Ln usuários&lt;/b&gt; na organização &lt;b&gt;%1&lt;/b&gt; em &lt;b&gt;%2&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Each request carries up to %Ln address(es).</source>
        <translation>
            <numerusform>Cada solicitação leva até %Ln endereço.</numerusform>
            <numerusform>Cada solicitação leva até %Ln endereços.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+218"/>
        <source>Sending to %1 — %2 of %Ln address(es) answered.</source>
        <translation>
            <numerusform>Enviando para %1 — %2 de %Ln endereço com resposta.</numerusform>
            <numerusform>Enviando para %1 — %2 de %Ln endereços com resposta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Stopped: %n token(s) created.</source>
        <translation>
            <numerusform>Parado: %n token criado.</numerusform>
            <numerusform>Parado: %n tokens criados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Finished: %n token(s) created.</source>
        <translation>
            <numerusform>Concluído: %n token criado.</numerusform>
            <numerusform>Concluído: %n tokens criados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The API could not create %n of the tokens asked for (usually addresses without an MDM user).</source>
        <translation>
            <numerusform>A API não conseguiu criar %n dos tokens pedidos (normalmente um endereço sem usuário de MDM).</numerusform>
            <numerusform>A API não conseguiu criar %n dos tokens pedidos (normalmente endereços sem usuário de MDM).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The run went to %1 on %2: switch back to that profile to send its batches.</source>
        <translation>O envio foi para %1 em %2: volte a esse perfil para enviar os seus lotes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry failed batches (%1)</source>
        <translation>Repetir os lotes com falha (%1)</translation>
    </message>
    <message>
        <location line="-1048"/>
        <source>&amp;Clear</source>
        <translation>&amp;Limpar</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Reason</source>
        <comment>invalid lines: why a line is not sent</comment>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Its tokens may exist, check before retrying: %1</source>
        <translation>Os tokens podem existir, verifique antes de tentar novamente: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be retried: %1</source>
        <translation>Pode ser repetido: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>An earlier attempt may have created tokens too: check for duplicates.</source>
        <translation>Uma tentativa anterior também pode ter criado tokens: verifique se há duplicados.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>The check stopped: another profile is in use.</source>
        <translation>A verificação parou: outro perfil está em uso.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Addr&amp;esses</source>
        <translation>En&amp;dereços</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Lines that &amp;will not be sent (click to show):</source>
        <translation>Linhas que não serão enviadas (clique para &amp;mostrar):</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Removing the list from the box… %1 %</source>
        <translation>Removendo a lista da caixa… %1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding the list to the box… %1 %</source>
        <translation>Adicionando a lista à caixa… %1 %</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Addresses per re&amp;quest:</source>
        <translation>Endereços por &amp;solicitação:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Batches sent</source>
        <translation>Lotes enviados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run status</source>
        <translation>Status do envio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elapsed and remaining time</source>
        <translation>Tempo decorrido e restante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel sending</source>
        <translation>Cancelar o envio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the current batch (Esc)</source>
        <translation>Parar após o lote atual (Esc)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tokens created</source>
        <translation>Tokens criados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses the API counted as failed</source>
        <translation>Endereços que a API contou como falhas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses answered</source>
        <translation>Endereços respondidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batches done</source>
        <translation>Lotes concluídos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tokens created</source>
        <translation>tokens criados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed (per the API)</source>
        <translation>com falha (segundo a API)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>addresses answered</source>
        <translation>endereços respondidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batches done</source>
        <translation>lotes concluídos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batches</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Retry the selected batch</source>
        <translation>Repetir o lote selecionado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send the rest</source>
        <translation>Enviar o restante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send the batches not sent</source>
        <translation>Enviar os lotes não enviados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the run&apos;s log as CSV</source>
        <translation>Exportar o log do envio como CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Tokens page</source>
        <translation>Abrir a página Tokens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List only the unanswered</source>
        <translation>Listar só as sem resposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only the addresses not answered</source>
        <translation>Listar só os endereços sem resposta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaces the list with the addresses of the failed and unsent batches (Ctrl+Z brings the list back). Failed batches that may have been carried out are included: check them first.</source>
        <translation>Substitui a lista pelos endereços dos lotes com falha e não enviados (Ctrl+Z restaura a lista). Os lotes com falha que podem ter sido processados estão incluídos: verifique-os primeiro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the batch&apos;s addresses</source>
        <translation>Copiar os endereços do lote</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About the results</source>
        <translation>Sobre os resultados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reads the organization&apos;s Windows tokens created since the run started and matches them with the addresses of the batches that were answered or may have been carried out.</source>
        <translation>Lê os tokens Windows da organização criados desde o início do envio e compara-os com os endereços dos lotes que tiveram resposta ou que podem ter sido processados.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sending and results</source>
        <translation>Envio e resultados</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>&amp;Send the list</source>
        <translation>&amp;Enviar a lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel sending</source>
        <translation>C&amp;ancelar o envio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry &amp;failed batches</source>
        <translation>Repetir os lotes com &amp;falha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the &amp;rest</source>
        <translation>Enviar o res&amp;tante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export log…</source>
        <translation>E&amp;xportar log…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Analysing…</source>
        <translation>Analisando…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Nothing pasted yet.</source>
        <translation>Nada colado ainda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSV file: addresses read from column “%1” (header on line %2).</source>
        <translation>Arquivo CSV: endereços lidos da coluna &quot;%1&quot; (cabeçalho na linha %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file: addresses read from column %1 (header on line %2).</source>
        <translation>Arquivo CSV: endereços lidos da coluna %1 (cabeçalho na linha %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty cells use column “%1”.</source>
        <translation>Células vazias usam a coluna &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header on line %1 skipped.</source>
        <translation>Cabeçalho na linha %1 ignorado.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n line(s) before the header skipped (#TYPE, sep=).</source>
        <translation>
            <numerusform>%n linha antes do cabeçalho ignorada (#TYPE, sep=).</numerusform>
            <numerusform>%n linhas antes do cabeçalho ignoradas (#TYPE, sep=).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n comment line(s) (# or //) skipped.</source>
        <translation>
            <numerusform>%n linha de comentário (# ou //) ignorada.</numerusform>
            <numerusform>%n linhas de comentário (# ou //) ignoradas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the first %1 of %2 invalid lines are listed.</source>
        <translation>Apenas as primeiras %1 de %2 linhas inválidas são listadas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every line was understood.</source>
        <translation>Todas as linhas foram entendidas.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” is too large to import (over %2 MB).</source>
        <translation>&quot;%1&quot; é grande demais para importar (mais de %2 MB).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <source>Could not read “%1”.</source>
        <translation>Não foi possível ler &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Reading “%1”…</source>
        <translation>Lendo &quot;%1&quot;…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” was not imported: a run is under way.</source>
        <translation>&quot;%1&quot; não foi importado: há um envio em andamento.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import addresses</source>
        <translation>Importar endereços</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address lists (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Listas de endereços (*.csv *.txt *.tsv);;Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>→ %n request(s)</source>
        <translation>
            <numerusform>→ %n solicitação</numerusform>
            <numerusform>→ %n solicitações</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Analysing addresses…</source>
        <translation>Analisando os endereços…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send (no valid address yet)</source>
        <translation>Enviar (nenhum endereço válido)</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>The list is sent in %Ln request(s).</source>
        <translation>
            <numerusform>A lista é enviada em %Ln solicitação.</numerusform>
            <numerusform>A lista é enviada em %Ln solicitações.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(This is the local sandbox.)</source>
        <translation>(Este é o sandbox local.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each user will receive the enrollment e-mail.</source>
        <translation>Cada usuário receberá o e-mail de registro.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n invalid line(s) will not be sent.</source>
        <translation>
            <numerusform>%n linha inválida não será enviada.</numerusform>
            <numerusform>%n linhas inválidas não serão enviadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The results of the previous run will be replaced: export its log first if you need it.</source>
        <translation>Os resultados do envio anterior serão substituídos: exporte antes o log, se precisar dele.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n of these addresses were answered in the previous run and would get a second token: “List only the unanswered” leaves them out.</source>
        <translation>
            <numerusform>%n destes endereços teve resposta no envio anterior e receberia um segundo token: &quot;Listar só as sem resposta&quot; deixa-o de fora.</numerusform>
            <numerusform>%n destes endereços tiveram resposta no envio anterior e receberiam um segundo token: &quot;Listar só as sem resposta&quot; deixa-os de fora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n of these addresses were in batches that failed after reaching the server (a timeout, a dropped connection, a server error): they may already have a token and its e-mail. “Find who got no token” tells which.</source>
        <translation>
            <numerusform>%n destes endereços estava em lotes que falharam depois de chegar ao servidor (tempo esgotado, conexão interrompida, erro do servidor): ele pode já ter um token e o e-mail dele. &quot;Ver quem ficou sem token&quot; diz quais.</numerusform>
            <numerusform>%n destes endereços estavam em lotes que falharam depois de chegar ao servidor (tempo esgotado, conexão interrompida, erro do servidor): eles podem já ter um token e o e-mail dele. &quot;Ver quem ficou sem token&quot; diz quais.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing was sent.</source>
        <translation>Nada foi enviado.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Send again?</source>
        <translation>Enviar novamente?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n batch(es) failed after reaching the server (a timeout, a dropped connection or a server error). The server may have created their tokens and sent their e-mails: sending again could give those users a second token and a second e-mail.</source>
        <translation>
            <numerusform>%n lote falhou depois de chegar ao servidor (tempo esgotado, conexão interrompida ou erro do servidor). O servidor pode ter criado os seus tokens e enviado os e-mails: reenviá-lo pode dar a esses usuários um segundo token e um segundo e-mail.</numerusform>
            <numerusform>%n lotes falharam depois de chegar ao servidor (tempo esgotado, conexão interrompida ou erro do servidor). O servidor pode ter criado os seus tokens e enviado os e-mails: reenviá-los pode dar a esses usuários um segundo token e um segundo e-mail.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the Tokens page for these users first (the log lists each batch&apos;s addresses).</source>
        <translation>Verifique primeiro a página Tokens para estes usuários (o log lista os endereços de cada lote).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send again</source>
        <translation>Enviar novamente</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Only the %n surely not sent</source>
        <translation>
            <numerusform>Só o %n que certamente não foi enviado</numerusform>
            <numerusform>Só os %n que certamente não foram enviados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Elapsed %1</source>
        <translation>Decorrido: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about %1 left</source>
        <translation>faltam cerca de %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>estimating time left…</source>
        <translation>estimando o tempo restante…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%v of %m batches</source>
        <translation>%v de %m lotes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not started</source>
        <translation>Não iniciado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing sent yet.</source>
        <translation>Nada enviado ainda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping after the current batch…</source>
        <translation>Parando após o lote atual…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n batch(es) failed, %1 can be retried.</source>
        <translation>
            <numerusform>%n lote falhou, %1 podem ser repetidos.</numerusform>
            <numerusform>%n lotes falharam, %1 podem ser repetidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n batch(es) failed.</source>
        <translation>
            <numerusform>%n lote falhou.</numerusform>
            <numerusform>%n lotes falharam.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n batch(es) not sent.</source>
        <translation>
            <numerusform>%n lote não enviado.</numerusform>
            <numerusform>%n lotes não enviados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Could not save the log to “%1”.</source>
        <translation>Não foi possível salvar o log em &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the run&apos;s log</source>
        <translation>Exportar o log do envio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>BulkRunner</name>
    <message>
        <location filename="../app/bulkrunner.cpp" line="+104"/>
        <source>E-mails: the list was read only in part; analyse it again.</source>
        <translation>E-mails: a lista foi lida apenas em parte; analise-a novamente.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A run is already under way.</source>
        <translation>Já há um envio em andamento.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>The server or organization changed during the run; the remaining batches were not sent.</source>
        <translation>O servidor ou a organização mudou durante o envio; os lotes restantes não foram enviados.</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent</source>
        <comment>batch state after cancel</comment>
        <translation>Não enviado</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../ui/shell/connectionbanner.cpp" line="+24"/>
        <source>Profiles &amp;&amp; key…</source>
        <translation>Perfis &amp;&amp; chave…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the &amp;organization</source>
        <translation>Copiar a &amp;organização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the &amp;server address</source>
        <translation>Copiar o endereço do &amp;servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Active profile</source>
        <translation>Perfil ativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch profile (organization and server)</source>
        <translation>Trocar de perfil (organização e servidor)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;rofile:</source>
        <translation>Per&amp;fil:</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No profile selected — add one under Profiles &amp; API key.</source>
        <translation>Nenhum perfil selecionado — adicione um em Perfis e chave de API.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization &lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>Organização &lt;b&gt;%1&lt;/b&gt; em %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SANDBOX — nothing here is real</source>
        <translation>SANDBOX — nada aqui é real</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading key…</source>
        <translation>Lendo a chave…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key ✓</source>
        <translation>Chave ✓</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key for this session only</source>
        <translation>Chave só para esta sessão</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No API key</source>
        <translation>Sem chave de API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain unavailable</source>
        <translation>Chaveiro indisponível</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../app/duration.cpp" line="+60"/>
        <source>0 minutes</source>
        <translation>0 minutos</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+4"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <location filename="../ui/widgets/durationedit.ui" line="+16"/>
        <source>Validity, coarse</source>
        <translation>Validade, aproximada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag or use the arrow keys, Page Up, Page Down, Home and End to choose how long the token is valid</source>
        <translation>Arraste ou use as setas, Page Up, Page Down, Home e End para escolher por quanto tempo o token é válido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Validity, exact number</source>
        <translation>Validade, número exato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exact number of the chosen unit</source>
        <translation>O número exato da unidade escolhida</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Validity, unit</source>
        <translation>Validade, unidade</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expiry</source>
        <translation>Expiração</translation>
    </message>
    <message>
        <location filename="../ui/widgets/durationedit.cpp" line="+133"/>
        <source>seconds</source>
        <comment>duration unit</comment>
        <translation>segundos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <comment>duration unit</comment>
        <translation>minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <comment>duration unit</comment>
        <translation>horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <comment>duration unit</comment>
        <translation>dias</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Expires %1, %2</source>
        <comment>token expiry: day, time</comment>
        <translation>Expira %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A token created now expires %1 (local time).</source>
        <translation>Um token criado agora expira em %1 (hora local).</translation>
    </message>
</context>
<context>
    <name>ElidedRunsLabel</name>
    <message>
        <location filename="../ui/widgets/elidedrunslabel.cpp" line="+21"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
</context>
<context>
    <name>EmailListParser</name>
    <message>
        <location filename="../app/emaillist.cpp" line="+938"/>
        <source>not an e-mail address</source>
        <translation>não é um endereço de e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing @ sign</source>
        <translation>falta o @</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than one @ sign</source>
        <translation>mais de um @</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing before the @</source>
        <translation>nada antes do @</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing domain</source>
        <translation>falta o domínio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address longer than %1 characters</source>
        <translation>endereço com mais de %1 caracteres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>space or character not allowed before the @</source>
        <translation>espaço ou caractere não permitido antes do @</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starts with a dot</source>
        <translation>começa com um ponto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dot right before the @</source>
        <translation>ponto logo antes do @</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>two dots in a row</source>
        <translation>dois pontos seguidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>domain has no dot (like example.com)</source>
        <translation>o domínio não tem ponto (como exemplo.com)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>misplaced dot in the domain</source>
        <translation>ponto fora do lugar no domínio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>character not allowed in the domain</source>
        <translation>caractere não permitido no domínio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>domain part starts or ends with a hyphen</source>
        <translation>uma parte do domínio começa ou termina com hífen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>domain ending is not valid (like .com)</source>
        <translation>a terminação do domínio não é válida (como .com)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no e-mail address in this row</source>
        <translation>nenhum endereço de e-mail nesta linha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contains an invisible character or a non-breaking space (retype the address)</source>
        <translation>contém um caractere invisível ou um espaço não separável (digite o endereço novamente)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other words next to the address (a space in it?); write a name as Name &lt;address&gt;</source>
        <translation>outras palavras ao lado do endereço (um espaço dentro dele?); escreva um nome como Nome &lt;endereço&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address inside a comment in parentheses; put it on a line of its own to include it</source>
        <translation>endereço dentro de um comentário entre parênteses; coloque-o em uma linha própria para incluí-lo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this row has more or fewer cells than the header (a comma or semicolon in a value without quotes?)</source>
        <translation>esta linha tem mais ou menos células do que o cabeçalho (uma vírgula ou ponto e vírgula num valor sem aspas?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a guest account&apos;s sign-in name (#EXT#), not a mailbox; use the guest&apos;s own address</source>
        <translation>nome de início de sessão de uma conta de convidado (#EXT#), não uma caixa de correio; use o endereço do próprio convidado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>not a valid e-mail address</source>
        <translation>não é um endereço de e-mail válido</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../ui/widgets/errorpanel.cpp" line="+19"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show error details</source>
        <translation>Mostrar os detalhes do erro</translation>
    </message>
</context>
<context>
    <name>HttpReply</name>
    <message>
        <location filename="../app/httpconnectionpool.cpp" line="+179"/>
        <source>no connection to %1 within %2 s</source>
        <translation>sem conexão com %1 em %2 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer from %1 for %2 s</source>
        <translation>sem resposta de %1 durante %2 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer from %1 took longer than %2 s in all</source>
        <translation>a resposta de %1 levou mais de %2 s no total</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the server closed the connection</source>
        <translation>o servidor fechou a conexão</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>the status line is too long</source>
        <translation>a linha de status é longa demais</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not an HTTP/1.x answer: %1</source>
        <translation>não é uma resposta HTTP/1.x: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the answer has no valid status code</source>
        <translation>a resposta não tem um código de status válido</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <location line="+63"/>
        <source>the answer&apos;s headers are too large</source>
        <translation>os cabeçalhos da resposta são grandes demais</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>a header line has no name</source>
        <translation>uma linha de cabeçalho não tem nome</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a chunk of the answer has no valid size</source>
        <translation>um fragmento da resposta não tem um tamanho válido</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a chunk of the answer is longer than its size</source>
        <translation>um fragmento da resposta é mais longo do que o seu tamanho</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the answer gives two different lengths</source>
        <translation>a resposta indica dois comprimentos diferentes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the answer&apos;s length is not a number</source>
        <translation>o comprimento da resposta não é um número</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer is %1 bytes</source>
        <translation>a resposta tem %1 bytes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a line of the answer is too long</source>
        <translation>uma linha da resposta é longa demais</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the answer is larger than %1 bytes</source>
        <translation>a resposta excede %1 bytes</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>the connection closed in the middle of the answer</source>
        <translation>a conexão foi fechada no meio da resposta</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the connection closed before the answer; the request was not sent again</source>
        <translation>a conexão foi fechada antes da resposta; a solicitação não foi reenviada</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unsupported address: %1</source>
        <translation>endereço não suportado: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the header %1 contains a line break or a NUL byte; nothing was sent</source>
        <translation>o cabeçalho %1 contém uma quebra de linha ou um byte NUL; nada foi enviado</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../ui/shell/languagemenu.cpp" line="+11"/>
        <source>&amp;Language</source>
        <comment>menu: the language of the console, not of the enrollment e-mail</comment>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;System language (%1)</source>
        <translation>Idioma do &amp;sistema (%1)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The console will be in %1 the next time you start EnrollDesk.</source>
        <translation>Idioma do console a partir da próxima vez que o EnrollDesk for iniciado: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../ui/widgets/languagepicker.cpp" line="+17"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>(not set)</source>
        <comment>language left out of the request</comment>
        <translation>(não definido)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the language out: the API uses its own default</source>
        <translation>Omitir o idioma: a API usa o próprio idioma padrão</translation>
    </message>
</context>
<context>
    <name>LimitedLineEdit</name>
    <message numerus="yes">
        <location filename="../ui/widgets/limitedlineedit.cpp" line="+40"/>
        <source>At most %Ln character(s)</source>
        <comment>the limit of a field</comment>
        <translation>
            <numerusform>No máximo %Ln carácter</numerusform>
            <numerusform>No máximo %Ln caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>this text has %Ln</source>
        <comment>characters, after the limit</comment>
        <translation>
            <numerusform>este texto tem %Ln</numerusform>
            <numerusform>este texto tem %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln too many</source>
        <comment>characters over the limit</comment>
        <translation>
            <numerusform>%Ln a mais</numerusform>
            <numerusform>%Ln a mais</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2, %3.</source>
        <comment>the limit; the text&apos;s length, how many characters too many</comment>
        <translation>%1; %2, %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 / %2</source>
        <comment>characters used / allowed</comment>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 · %Ln too many</source>
        <comment>counter, then how many characters to remove</comment>
        <translation>
            <numerusform>%1 · %Ln a mais</numerusform>
            <numerusform>%1 · %Ln a mais</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+49"/>
        <source>EnrollDesk</source>
        <translation>EnrollDesk</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>Windows token</source>
        <translation>Token do Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows tokens
(many users)</source>
        <translation>Tokens do Windows
(vários usuários)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Android token</source>
        <translation>Token do Android</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles &amp; API key</source>
        <translation>Perfis e chave de API</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Requests in progress</source>
        <translation>Solicitações em andamento</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>%Ln token(s) listed here.</source>
        <translation>
            <numerusform>%Ln token listado aqui.</numerusform>
            <numerusform>%Ln tokens listados aqui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln created by bulk runs, which the API answers with counts only: the Tokens page lists them.</source>
        <translation>
            <numerusform>%Ln criado por envios em massa, aos quais a API responde só com contagens: a página Tokens lista-o.</numerusform>
            <numerusform>%Ln criados por envios em massa, aos quais a API responde só com contagens: a página Tokens lista-os.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>&amp;Windows token</source>
        <comment>Go menu</comment>
        <translation>Token do &amp;Windows</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>%1 (%2)</source>
        <comment>page name (its keys)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Windows tokens (&amp;many users)</source>
        <comment>Go menu</comment>
        <translation>Tokens do Windows (&amp;vários usuários)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Android token</source>
        <comment>Go menu</comment>
        <translation>Token do &amp;Android</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tokens</source>
        <comment>Go menu</comment>
        <translation>&amp;Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profiles &amp;&amp; API key</source>
        <comment>Go menu</comment>
        <translation>&amp;Perfis e chave de API</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Token</source>
        <comment>menu</comment>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About EnrollDesk</source>
        <translation>&amp;Sobre o EnrollDesk</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Created this session</source>
        <translation>Criados nesta sessão</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tokens created in this session</source>
        <translation>Tokens criados nesta sessão</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Created this session: %1</source>
        <translation>Criados nesta sessão: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Created in organization %1 on %2, not the active profile&apos;s</source>
        <translation>Criado na organização %1 em %2, não na do perfil ativo</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n request(s) in progress</source>
        <translation>
            <numerusform>%n solicitação em andamento</numerusform>
            <numerusform>%n solicitações em andamento</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Go to a page (also %1, then the page&apos;s letter)</source>
        <translation>Ir para uma página (também %1 e depois a letra da página)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the token / send the list</source>
        <translation>Criar o token / enviar a lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the request in progress, or close the token details (Tokens page)</source>
        <translation>Cancelar o pedido em curso ou fechar os detalhes do token (página Tokens)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the enroll code</source>
        <translation>Copiar o código de inscrição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the enrollment link</source>
        <translation>Copiar a ligação de inscrição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the token list</source>
        <translation>Atualizar a lista de tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add / remove a policy assignment</source>
        <translation>Adicionar / remover uma atribuição de política</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move a policy assignment</source>
        <translation>Mover uma atribuição de política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+letra sublinhada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jump to a field</source>
        <translation>Saltar para um campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, arrow keys</source>
        <translation>%1, teclas de seta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the Android management mode</source>
        <translation>Escolher o modo de gestão Android</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy a batch row&apos;s addresses (bulk page)</source>
        <translation>Copiar os endereços de uma linha de lote (página em massa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo Clear or List only the unanswered (bulk page)</source>
        <translation>Anular «Limpar» ou «Listar só os sem resposta» (página em massa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the tokens created this session</source>
        <translation>Mostrar os tokens criados nesta sessão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the API key being typed (Profiles page)</source>
        <translation>Mostrar ou ocultar a chave de API que está a escrever (página Perfis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the QR code that has the focus</source>
        <translation>Imprimir o código QR que tem o foco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the list of the banner&apos;s profile switcher</source>
        <translation>Abrir a lista do seletor de perfis da faixa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the banner&apos;s line (Tab reaches it): copy it / copy the organization or the server alone</source>
        <translation>Na linha da faixa (o Tab chega lá): copiá-la / copiar só a organização ou o servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Quit without sending the list?</source>
        <translation>Sair sem enviar a lista?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list of addresses has not been sent. If you quit now, it is lost.</source>
        <translation>A lista de endereços não foi enviada. Se sair agora, perde-se.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quit without creating the token?</source>
        <translation>Sair sem criar o token?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Windows and Android token forms are filled in, but their tokens have not been created. If you quit now, what you entered is lost.</source>
        <translation>Os formulários de token Windows e Android estão preenchidos, mas os seus tokens não foram criados. Se sair agora, o que escreveu perde-se.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Windows token form is filled in, but the token has not been created. If you quit now, what you entered is lost.</source>
        <translation>O formulário do token Windows está preenchido, mas o token não foi criado. Se sair agora, o que escreveu perde-se.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Android token form is filled in, but the token has not been created. If you quit now, what you entered is lost.</source>
        <translation>O formulário do token Android está preenchido, mas o token não foi criado. Se sair agora, o que escreveu perde-se.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quit and lose the setup QR codes?</source>
        <translation>Sair e perder os códigos QR de configuração?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n Android token(s) created this session: EnrollDesk cannot show their setup QR codes after you quit. Save or print the ones still needed first.</source>
        <translation>
            <numerusform>%n token Android criado nesta sessão: o EnrollDesk não pode mostrar o seu código QR de configuração depois de sair. Guarde-o ou imprima-o antes, se ainda for preciso.</numerusform>
            <numerusform>%n tokens Android criados nesta sessão: o EnrollDesk não pode mostrar os seus códigos QR de configuração depois de sair. Guarde ou imprima antes os que ainda forem precisos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Stop sending and quit?</source>
        <translation>Parar o envio e sair?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit without the run&apos;s log?</source>
        <translation>Sair sem o log do envio?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens are still being created for the pasted list. If you quit now, the rest of the list is not sent, and the batch under way is abandoned: the API may still create its tokens. Export the run&apos;s log first to keep a record.</source>
        <translation>Ainda estão sendo criados tokens para a lista colada. Se sair agora, o restante da lista não é enviado e o lote em andamento é abandonado: a API ainda pode criar os tokens dele. Exporte antes o log do envio para manter um registro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some batches of the last bulk run failed or were not sent, and the run&apos;s log has not been exported. It is the only record of which addresses were answered: export it first to send the rest later.</source>
        <translation>Alguns lotes do último envio em massa falharam ou não foram enviados, e o log do envio não foi exportado. É o único registro de quais endereços tiveram resposta: exporte-o primeiro para enviar o resto mais tarde.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Quit while a token is being created?</source>
        <translation>Sair enquanto um token está sendo criado?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A token is still being created. If you quit now, the API may still create it (and send its e-mail, if one was asked for), but its enroll code will not be shown.</source>
        <translation>Um token ainda está sendo criado. Se você sair agora, a API ainda pode criá-lo (e enviar o e-mail dele, se foi pedido), mas o código de registro dele não será mostrado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quit without saving the profile?</source>
        <translation>Sair sem salvar o perfil?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile on the Profiles page has changes that are not saved yet. If you quit now, they are lost.</source>
        <translation>O perfil na página Perfis tem alterações que ainda não foram salvas. Se você sair agora, elas serão perdidas.</translation>
    </message>
</context>
<context>
    <name>PolicyAssignmentsTable</name>
    <message>
        <location filename="../ui/widgets/policyassignmentstable.ui" line="+13"/>
        <source>Policy assignments</source>
        <translation>Atribuições de políticas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert adds a row, Delete removes it, Alt+Up and Alt+Down move it, F2 edits the current cell</source>
        <translation>Insert adiciona uma linha, Delete a remove, Alt+Cima e Alt+Baixo a movem, F2 edita a célula atual</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+80"/>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="-13"/>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+230"/>
        <location line="+18"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Add a policy assignment</source>
        <translation>Adicionar uma atribuição de política</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="-18"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Remove the selected assignment</source>
        <translation>Remover a atribuição selecionada</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Move the selected assignment up</source>
        <translation>Subir a atribuição selecionada</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Move down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Move the selected assignment down</source>
        <translation>Descer a atribuição selecionada</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Policy assignments status</source>
        <translation>Status das atribuições de políticas</translation>
    </message>
    <message>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="-217"/>
        <location line="+1"/>
        <source>Policy id</source>
        <translation>ID da política</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+331"/>
        <source>Unknown policy %1</source>
        <translation>Política desconhecida %1</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Assign one more policy</source>
        <translation>Atribuir mais uma política</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <comment>action tooltip: what it does (shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No policy assigned.</source>
        <translation>Nenhuma política atribuída.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Policy assignment %1: “%2” is already assigned in row %3.</source>
        <translation>Atribuição de política %1: &quot;%2&quot; já está atribuída na linha %3.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(choose a policy)</source>
        <translation>(escolha uma política)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press F2 or double-click to type the policy&apos;s id</source>
        <translation>Prima F2 ou faça duplo clique para escrever o ID da política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press F2 or double-click to choose the policy</source>
        <translation>Pressione F2 ou clique duas vezes para escolher a política</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No policy assigned. Add one with the Add button or the Insert key.</source>
        <translation>Nenhuma política atribuída. Adicione uma com o botão Adicionar ou a tecla Insert.</translation>
    </message>
</context>
<context>
    <name>PolicyPicker</name>
    <message>
        <location filename="../ui/widgets/policypicker.cpp" line="+30"/>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Policy id</source>
        <translation>ID da política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy id: 24 hexadecimal characters, or empty for none</source>
        <translation>ID da política: 24 caracteres hexadecimais, ou vazio para nenhuma</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+67"/>
        <location line="+149"/>
        <source>(none)</source>
        <comment>no primary policy</comment>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <location line="-215"/>
        <location line="+67"/>
        <source>No primary policy: the field is left out of the request</source>
        <translation>Sem política principal: o campo é omitido da solicitação</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Unknown policy %1</source>
        <translation>Política desconhecida %1</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Could not load the policies: %1
Click to try again.</source>
        <translation>Não foi possível carregar as políticas: %1
Clique para tentar de novo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load the policies; try again</source>
        <translation>Não foi possível carregar as políticas; tente de novo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the policies…</source>
        <translation>Carregando as políticas…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load the policies again</source>
        <translation>Carregar as políticas de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the policies</source>
        <translation>Recarregar as políticas</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <location filename="../ui/widgets/printdialogs.cpp" line="+20"/>
        <source>%1 was not found in %2.</source>
        <translation>%1 não foi encontrado em %2.</translation>
    </message>
</context>
<context>
    <name>ProfileKeys</name>
    <message>
        <location filename="../app/profilekeys.cpp" line="+99"/>
        <source>The key kept for this profile was stored for another server.</source>
        <translation>A chave guardada para este perfil foi salva para outro servidor.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../app/profiles.cpp" line="+185"/>
        <source>%1 (copy)</source>
        <translation>%1 (cópia)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (cópia %2)</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Sandbox</source>
        <comment>the built-in profile that talks to the local API emulator</comment>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name: required.</source>
        <translation>Nome: obrigatório.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name: at most %1 characters (this one has %2).</source>
        <translation>Nome: no máximo %1 caracteres (este tem %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name: another profile is already called “%1”.</source>
        <translation>Nome: já existe outro perfil chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Base URL: use https:// (http:// only for this computer).</source>
        <translation>URL base: use https:// (http:// só para este computador).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL: %1</source>
        <translation>URL base: %1</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <location filename="../ui/pages/profilespage.cpp" line="+136"/>
        <source>Profiles and API key</source>
        <translation>Perfis e chave de API</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Profiles &amp; API key</source>
        <translation>Perfis e chave de API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A profile is a server and an organization. Its API key is kept only in the OS keychain, never in a file.</source>
        <translation>Um perfil é um servidor e uma organização. A chave de API dele fica só no chaveiro do sistema, nunca em um arquivo.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Profiles</source>
        <translation>Perfis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click a profile to use it</source>
        <translation>Clique duas vezes em um perfil para usá-lo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add</source>
        <translation>A&amp;dicionar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a profile</source>
        <translation>Adicionar um perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>Dupli&amp;car</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the profile</source>
        <translation>Duplicar o perfil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the profile</source>
        <translation>Excluir o perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a profile for another server or organization</source>
        <translation>Adicionar um perfil para outro servidor ou organização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this profile (and its API key) under a new name</source>
        <translation>Copiar este perfil (e a chave de API dele) com um novo nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this profile and its API key</source>
        <translation>Excluir este perfil e a chave de API dele</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+423"/>
        <source>Save or revert your changes to switch profiles.</source>
        <translation>Salve ou descarte as alterações para trocar de perfil.</translation>
    </message>
    <message>
        <location line="-380"/>
        <location filename="../ui/pages/profilespagekey.cpp" line="+423"/>
        <source>Keychain unavailable</source>
        <translation>Chaveiro indisponível</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;No keychain is available.&lt;/b&gt; EnrollDesk keeps API keys only in the OS keychain (Secret Service), and none answered: it is not running, it is locked, or access was denied. Nothing is written to a file instead. You can still use a key &lt;b&gt;for this session only&lt;/b&gt;: it stays in memory and is forgotten when EnrollDesk closes.</source>
        <translation>&lt;b&gt;Nenhum chaveiro disponível.&lt;/b&gt; O EnrollDesk guarda as chaves de API só no chaveiro do sistema (Secret Service), e nenhum respondeu: não está em execução, está bloqueado ou o acesso foi negado. Nada é gravado em um arquivo no lugar dele. Você ainda pode usar uma chave &lt;b&gt;só para esta sessão&lt;/b&gt;: ela fica na memória e é esquecida quando o EnrollDesk fecha.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check the keychain again</source>
        <translation>Verificar o chaveiro de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain check result</source>
        <translation>Resultado da verificação do porta-chaves</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Active profile</source>
        <translation>Perfil ativo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this &amp;profile</source>
        <translation>Usar este &amp;perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this profile</source>
        <translation>Usar este perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make this the active profile: every page then works in its organization</source>
        <translation>Tornar este o perfil ativo: todas as páginas passam a trabalhar na organização dele</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Confirm deletion</source>
        <translation>Confirmar a exclusão</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Delete profile</source>
        <translation>Excluir o perfil</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Keep it</source>
        <translation>Manter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the profile</source>
        <translation>Manter o perfil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Profile settings</source>
        <translation>Configurações do perfil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profile name</source>
        <translation>Nome do perfil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Acme production</source>
        <translation>ex.: Acme produção</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API base URL</source>
        <translation>URL base da API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https:// only; http:// is allowed for this computer (the sandbox)</source>
        <translation>Só https://; http:// é permitido para este computador (o sandbox)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/pages/profilespagekey.cpp" line="-235"/>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organization id (24 hex digits) or slug</source>
        <translation>ID da organização (24 dígitos hexadecimais) ou slug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test connection lists the organizations the key can reach: pick one there</source>
        <translation>Testar conexão lista as organizações que a chave alcança: escolha uma ali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default e-mail language</source>
        <translation>Idioma padrão do e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of the enrollment e-mail when a form does not say</source>
        <translation>O idioma do e-mail de registro quando um formulário não o informa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default token validity</source>
        <translation>Validade padrão do token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long new tokens stay valid unless a form says otherwise</source>
        <translation>Por quanto tempo os novos tokens ficam válidos, a menos que um formulário diga outra coisa</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;base URL:</source>
        <translation>URL &amp;base da API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organização:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;language:</source>
        <translation>Idio&amp;ma padrão:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default val&amp;idity:</source>
        <translation>&amp;Validade padrão:</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>Save &amp;changes</source>
        <translation>Salvar a&amp;lterações</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;evert</source>
        <translation>Desca&amp;rtar</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Profile “%1” was removed meanwhile (in another window or with the command line), so it could not be saved. What you typed is kept here as a new profile: choose Add profile to keep it.</source>
        <translation>O perfil &quot;%1&quot; foi removido nesse meio-tempo (em outra janela ou pela linha de comando), então não pôde ser salvo. O que você digitou fica aqui como um novo perfil: escolha Adicionar perfil para mantê-lo.</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Deleted profile “%1”, but its API key could not be removed, so it may still be in the keychain (entry “%2”, service “%3”).</source>
        <translation>O perfil &quot;%1&quot; foi excluído, mas não foi possível remover a chave de API dele, que ainda pode estar no chaveiro (entrada &quot;%2&quot;, serviço &quot;%3&quot;).</translation>
    </message>
    <message>
        <location line="-578"/>
        <source>Revert changes</source>
        <translation>Descartar as alterações</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Check the &amp;keychain again</source>
        <translation>Verificar o chaveiro outra ve&amp;z</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Save profile</source>
        <translation>Salvar o perfil</translation>
    </message>
    <message>
        <location filename="../ui/pages/profilespagekey.cpp" line="-108"/>
        <location line="+7"/>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>API key state</source>
        <translation>Estado da chave de API</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>Show the key</source>
        <translation>Mostrar a chave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide the key</source>
        <translation>Ocultar a chave</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test &amp;&amp; &amp;save key</source>
        <translation>Testar &amp;&amp; &amp;salvar chave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test and save the key in the keychain</source>
        <translation>Testar a chave e salvá-la no chaveiro</translation>
    </message>
    <message>
        <location filename="../ui/pages/profilespage.cpp" line="+269"/>
        <location filename="../ui/pages/profilespagekey.cpp" line="+1"/>
        <source>Checks the key with the server, then stores it in the OS keychain</source>
        <translation>Verifica a chave com o servidor e depois a guarda no chaveiro do sistema</translation>
    </message>
    <message>
        <location filename="../ui/pages/profilespagekey.cpp" line="+2"/>
        <source>Use the key for this session only</source>
        <translation>Usar a chave só nesta sessão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps the key in memory only; it is forgotten when EnrollDesk closes</source>
        <translation>Mantém a chave só na memória; ela é esquecida quando o EnrollDesk fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Remove the key</source>
        <translation>Remover a chave</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Removes this profile&apos;s key from the keychain and from this session</source>
        <translation>Remove a chave deste perfil do chaveiro e desta sessão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key result</source>
        <translation>Resultado da chave</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+11"/>
        <source>Test connection</source>
        <translation>Testar a conexão</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection test result</source>
        <translation>Resultado do teste de conexão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organizations the key can reach</source>
        <translation>Organizações que a chave alcança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use the selected organization in this profile</source>
        <translation>Usar a organização selecionada neste perfil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection or key error</source>
        <translation>Erro de conexão ou de chave</translation>
    </message>
    <message>
        <location filename="../ui/pages/profilespage.cpp" line="-218"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (active), %2</source>
        <translation>%1 (ativo), %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+72"/>
        <source>New profile</source>
        <translation>Novo perfil</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>not saved yet</source>
        <translation>ainda não salvo</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Type the API key again below to use it with this server: a stored key is only sent to the server it was saved for. It stays stored until the key typed for this server has been tested and saved.</source>
        <translation>Escreva novamente a chave de API abaixo para a usar com este servidor: uma chave guardada só é enviada ao servidor para o qual foi guardada. Continua guardada até a chave escrita para este servidor ter sido testada e guardada.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Add profile</source>
        <translation>A&amp;dicionar perfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the new profile, or cancel it, to switch profiles.</source>
        <translation>Adicione o novo perfil, ou cancele-o, para mudar de perfil.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No keychain is available: use the key for this session only</source>
        <translation>Nenhum chaveiro disponível: use a chave só para esta sessão</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Discard the new profile, and the API key typed for it?</source>
        <translation>Descartar o novo perfil e a chave de API escrita para ele?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the new profile and what was typed into it?</source>
        <translation>Descartar o novo perfil e o que foi escrito nele?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard your changes to profile &lt;b&gt;%1&lt;/b&gt;, and the API key typed for it? The key has not been saved.</source>
        <translation>Descartar as suas alterações ao perfil &lt;b&gt;%1&lt;/b&gt; e a chave de API escrita para ele? A chave não foi guardada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard the API key typed for profile &lt;b&gt;%1&lt;/b&gt;? It has not been saved.</source>
        <translation>Descartar a chave de API escrita para o perfil &lt;b&gt;%1&lt;/b&gt;? Não foi guardada.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Added profile “%1”.</source>
        <translation>Perfil &quot;%1&quot; adicionado.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved profile “%1”.</source>
        <translation>Perfil &quot;%1&quot; salvo.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Duplicated as “%1”.</source>
        <translation>Duplicado como &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The session key was copied too.</source>
        <translation>A chave da sessão também foi copiada.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The API key was copied too.</source>
        <translation>A chave de API também foi copiada.</translation>
    </message>
    <message>
        <location line="-466"/>
        <source>Keep editing</source>
        <translation>Continuar a editar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep what you typed</source>
        <translation>Manter o que escreveu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard what you typed</source>
        <translation>Descartar o que escreveu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm discarding what you typed</source>
        <translation>Confirmar que descarta o que escreveu</translation>
    </message>
    <message>
        <location line="+478"/>
        <source>Delete profile &lt;b&gt;%1&lt;/b&gt;? Its API key is removed from the keychain too. This cannot be undone.</source>
        <translation>Excluir o perfil &lt;b&gt;%1&lt;/b&gt;? A chave de API dele também é removida do chaveiro. Não é possível desfazer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete profile &lt;b&gt;%1&lt;/b&gt;? Its API key, kept for this session only, is forgotten too. This cannot be undone.</source>
        <translation>Eliminar o perfil &lt;b&gt;%1&lt;/b&gt;? A sua chave de API, guardada só para esta sessão, também é esquecida. Não é possível anular.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete profile &lt;b&gt;%1&lt;/b&gt;? This cannot be undone.</source>
        <translation>Eliminar o perfil &lt;b&gt;%1&lt;/b&gt;? Não é possível anular.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No profile will be left: a new one must then be added.</source>
        <translation>Nenhum perfil restará: será preciso adicionar um novo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No profile is left: a new one must be added.</source>
        <translation>Nenhum perfil restou: é preciso adicionar um novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every page will then work with profile “%1”.</source>
        <translation>Todas as páginas passarão a trabalhar com o perfil &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Deleted profile “%1”; removing its API key from the keychain…</source>
        <translation>O perfil &quot;%1&quot; foi excluído; removendo a chave de API dele do chaveiro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted profile “%1” and forgot its session key.</source>
        <translation>Perfil «%1» eliminado e a sua chave de sessão esquecida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted profile “%1”.</source>
        <translation>Perfil «%1» eliminado.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Deleted profile “%1” and its API key.</source>
        <translation>O perfil &quot;%1&quot; e a chave de API dele foram excluídos.</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+69"/>
        <source>Every page now works with profile “%1”.</source>
        <translation>Todas as páginas agora trabalham com o perfil &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/pages/profilespagekey.cpp" line="-92"/>
        <source>Use for this session onl&amp;y</source>
        <translation>Usar só nesta sess&amp;ão</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;move key</source>
        <translation>Remover c&amp;have</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keep the key</source>
        <translation>Manter a chave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove key</source>
        <translation>Remover a chave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm removing the key</source>
        <translation>Confirmar a remoção da chave</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ne&amp;w key:</source>
        <translation>Cole a&amp;qui a nova chave:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Asks the server which organizations the key can reach, with the key typed above or else the stored one. Click one in the list, or press Enter on it, to fill in the organization.</source>
        <translation>Pergunta ao servidor quais organizações a chave alcança, com a chave digitada acima ou, se não houver, com a salva. Clique em uma da lista, ou pressione Enter nela, para preencher a organização.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks the server which organizations the key can reach, with the key typed above or else the stored one. Double-click one in the list, or press Enter on it, to fill in the organization.</source>
        <translation>Pergunta ao servidor quais organizações a chave alcança, com a chave digitada acima ou, se não houver, com a salva. Clique duas vezes em uma da lista, ou pressione Enter nela, para preencher a organização.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Use selected organi&amp;zation</source>
        <translation>Usar a or&amp;ganização selecionada</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Checking the keychain…</source>
        <translation>A verificar o porta-chaves…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The keychain is still not available. Start or unlock it, then check again.</source>
        <translation>O porta-chaves continua indisponível. Inicie-o ou desbloqueie-o e verifique de novo.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Reading the key…</source>
        <translation>Lendo a chave…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sandbox demo key</source>
        <translation>Chave de demonstração do sandbox</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✓ Stored in the keychain</source>
        <translation>✓ Salva no chaveiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local sandbox&apos;s public demo key is used. It is never stored.</source>
        <translation>A chave pública de demonstração do sandbox local é usada. Ela nunca é salva.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To replace it, paste the new key below and choose Test &amp; save key.</source>
        <translation>Para substituí-la, cole a nova chave abaixo e escolha Testar &amp; salvar chave.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session only</source>
        <translation>Só esta sessão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key is kept in memory and forgotten when EnrollDesk closes.</source>
        <translation>A chave fica na memória e é esquecida quando o EnrollDesk fecha.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No key yet</source>
        <translation>Ainda sem chave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the key for this server below, then choose Test &amp; save key.</source>
        <translation>Cole abaixo a chave para este servidor e escolha Testar &amp; salvar chave.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste the service account&apos;s API key to test the connection now; it is stored in the keychain when you add the profile.</source>
        <translation>Cole a chave de API da conta de serviço para testar a conexão agora; ela é salva no chaveiro quando você adiciona o perfil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This profile has no API key yet. Paste the service account&apos;s key below, then choose Test &amp; save key. It is kept only in the OS keychain.</source>
        <translation>Este perfil ainda não tem chave de API. Cole abaixo a chave da conta de serviço e escolha Testar &amp; salvar chave. Ela fica só no chaveiro do sistema.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key cannot be read or stored. Paste it below and use it for this session only, or start or unlock the keychain and try again.</source>
        <translation>A chave não pode ser lida nem salva. Cole-a abaixo e use-a só nesta sessão, ou inicie ou desbloqueie o chaveiro e tente de novo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paste a new key to replace the current one</source>
        <translation>Cole uma nova chave para substituir a atual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the service account&apos;s API key</source>
        <translation>Cole a chave de API da conta de serviço</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Base URL: %1</source>
        <translation>URL base: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Asking %1…</source>
        <translation>Consultando %1…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This profile has no API key yet: paste it above to test the connection.</source>
        <translation>Este perfil ainda não tem chave de API: cole-a acima para testar a conexão.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>✓ Connected. The key reaches %n organization(s).</source>
        <translation>
            <numerusform>✓ Conectado. A chave alcança %n organização.</numerusform>
            <numerusform>✓ Conectado. A chave alcança %n organizações.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not one of them: click one below to use it instead.</source>
        <translation>&quot;%1&quot; não é uma delas: clique em uma abaixo para usá-la no lugar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not one of them: double-click one below to use it instead.</source>
        <translation>&quot;%1&quot; não é uma delas: clique duas vezes em uma abaixo para usá-la no lugar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click one below to fill in the organization.</source>
        <translation>Clique em uma abaixo para preencher a organização.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click one below to fill in the organization.</source>
        <translation>Clique duas vezes em uma abaixo para preencher a organização.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✗ The connection test failed.</source>
        <translation>✗ O teste de conexão falhou.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Organization set to “%1”.</source>
        <translation>Organização definida como &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization set to “%1”: save the profile to keep it.</source>
        <translation>Organização definida como &quot;%1&quot;: salve o perfil para mantê-la.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Correct the profile first: the key is saved with it.</source>
        <translation>Corrija o perfil primeiro: a chave é salva com ele.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Testing the key…</source>
        <translation>Testando a chave…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+90"/>
        <source>The key was not saved.</source>
        <translation>A chave não foi salva.</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+34"/>
        <source>Save without testing</source>
        <translation>Salvar sem testar</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+34"/>
        <source>Use without testing</source>
        <translation>Usar sem testar</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Testing the key with the new server…</source>
        <translation>A testar a chave com o novo servidor…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was saved: the profile keeps its server and its stored key.</source>
        <translation>Nada foi guardado: o perfil mantém o seu servidor e a sua chave guardada.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The key is used for this session only.</source>
        <translation>A chave é usada só nesta sessão.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+29"/>
        <source>Saving in the keychain…</source>
        <translation>Salvando no chaveiro…</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The profile no longer exists, so the key was not saved.</source>
        <translation>O perfil não existe mais, então a chave não foi salva.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No keychain is available, so the key was not saved.</source>
        <translation>Nenhum chaveiro disponível, por isso a chave não foi salva.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+31"/>
        <source>Saved in the keychain.</source>
        <translation>Salva no chaveiro.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The key was not saved, so the profile keeps its server and its stored key.</source>
        <translation>A chave não foi guardada, por isso o perfil mantém o seu servidor e a sua chave guardada.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Forget the key of profile &lt;b&gt;%1&lt;/b&gt; kept for this session? It has to be pasted again to create tokens.</source>
        <translation>Esquecer a chave do perfil &lt;b&gt;%1&lt;/b&gt; mantida para esta sessão? Será preciso colá-la de novo para criar tokens.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the API key of profile &lt;b&gt;%1&lt;/b&gt; from the keychain? EnrollDesk cannot show it again: keep a copy elsewhere if it will be needed.</source>
        <translation>Remover do chaveiro a chave de API do perfil &lt;b&gt;%1&lt;/b&gt;? O EnrollDesk não consegue mostrá-la de novo: guarde uma cópia em outro lugar se for precisar dela.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The session key was forgotten.</source>
        <translation>A chave da sessão foi esquecida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key was removed from the keychain.</source>
        <translation>A chave foi removida do chaveiro.</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <location filename="../ui/widgets/qrview.cpp" line="+78"/>
        <location line="+14"/>
        <location line="+54"/>
        <source>QR code</source>
        <translation>QR code</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the full-screen view (Esc)</source>
        <translation>Fechar a exibição em tela cheia (Esc)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Press Esc to close</source>
        <translation>Pressione Esc para fechar</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save as P&amp;NG…</source>
        <translation>Salvar como &amp;PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;SVG…</source>
        <translation>Salvar como &amp;SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w full screen</source>
        <translation>Mostrar em &amp;tela cheia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click to show full screen; right-click to save or print</source>
        <translation>Clique duas vezes para tela cheia; clique com o botão direito para salvar ou imprimir</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Only a QR code rendered by EnrollDesk can be saved as SVG; save the downloaded image as PNG.</source>
        <translation>Só um QR code gerado pelo EnrollDesk pode ser salvo como SVG; salve a imagem baixada como PNG.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No QR code</source>
        <translation>Sem QR code</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The QR code could not be encoded as PNG.</source>
        <translation>Não foi possível codificar o QR code como PNG.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>There is no QR code to save.</source>
        <translation>Não há QR code para salvar.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>A downloaded QR image can only be saved as PNG.</source>
        <translation>Uma imagem de QR baixada só pode ser salva como PNG.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Device enrollment</source>
        <translation>Registro do dispositivo</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Save QR code as PNG</source>
        <translation>Salvar o QR code como PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Save QR code</source>
        <translation>Salvar o QR code</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>The QR code could not be saved to %1: %2</source>
        <translation>Não foi possível salvar o QR code em %1: %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Save QR code as SVG</source>
        <translation>Salvar o QR code como SVG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG images (*.svg)</source>
        <translation>Imagens SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>Print QR code</source>
        <translation>Imprimir o QR code</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Printing is not available: %1</source>
        <translation>Não é possível imprimir: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The QR code could not be printed.</source>
        <translation>Não foi possível imprimir o QR code.</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../ui/widgets/resultview.ui" line="+88"/>
        <location filename="../ui/widgets/resultview.cpp" line="+268"/>
        <source>Enroll code</source>
        <translation>Código de registro</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Copy code</source>
        <translation>&amp;Copiar código</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../ui/widgets/resultview.cpp" line="+21"/>
        <source>Enrollment link</source>
        <translation>Link de registro</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open in &amp;browser</source>
        <translation>A&amp;brir no navegador</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy &amp;link</source>
        <translation>Copiar &amp;link</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Policies</source>
        <translation>Políticas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Token ID</source>
        <translation>ID do token</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Sho&amp;w full screen</source>
        <translation>Mostrar em &amp;tela cheia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save or print</source>
        <translation>Sal&amp;var ou imprimir</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Create &amp;another</source>
        <translation>Cria&amp;r outro</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultview.cpp" line="-219"/>
        <source>Copy enroll code</source>
        <translation>Copiar o código de registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy enrollment link</source>
        <translation>Copiar o link de registro</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>QR code saved to %1</source>
        <translation>QR code salvo em %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Copy enroll c&amp;ode</source>
        <translation>Copiar o có&amp;digo de registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy enrollment &amp;link</source>
        <translation>Copiar o &amp;link de registro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create ano&amp;ther</source>
        <translation>Criar &amp;outro</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>%1 enrollment token</source>
        <translation>Token de registro do %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No token yet</source>
        <translation>Ainda não há token</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a token to see its enroll code, enrollment link and QR code here.</source>
        <translation>Crie um token para ver aqui o código de registro, o link de registro e o QR code dele.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For %1</source>
        <translation>Para %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”</source>
        <comment>display name in quotes</comment>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copy the enroll code to the clipboard (%1)</source>
        <translation>Copiar o código de registro para a área de transferência (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy the enrollment link to the clipboard (%1)</source>
        <translation>Copiar o link de registro para a área de transferência (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Desconhecida</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>Fully managed (device owner)</source>
        <translation>Totalmente gerenciado (proprietário do dispositivo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work profile (profile owner)</source>
        <translation>Perfil de trabalho (proprietário do perfil)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company-owned with work profile (COPE)</source>
        <translation>Da empresa com perfil de trabalho (COPE)</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>%1 (priority %2)</source>
        <translation>%1 (prioridade %2)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Primary policy: %1</source>
        <translation>Política principal: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported as %1; the expiry time has passed.</source>
        <translation>Informado como %1; a data de expiração já passou.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No enrollment link</source>
        <translation>Sem link de registro</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No enrollment link to show as a QR code</source>
        <translation>Nenhum link de registro para mostrar como QR code</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The enrollment link is too long for a QR code</source>
        <translation>O link de registro é longo demais para um QR code</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The QR image cannot be downloaded here.</source>
        <translation>A imagem do QR não pode ser baixada aqui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloading the QR image…</source>
        <translation>Baixando a imagem do QR…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The QR image could not be downloaded (its server answered HTTP %1).</source>
        <translation>Não foi possível baixar a imagem QR (o servidor da imagem respondeu com HTTP %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QR image could not be downloaded: %1</source>
        <translation>Não foi possível baixar a imagem do QR: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The downloaded QR image could not be read.</source>
        <translation>Não foi possível ler a imagem do QR baixada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scan to open the enrollment link.</source>
        <translation>Escaneie para abrir o link de registro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This QR code opens the enrollment link.</source>
        <translation>Este QR code abre o link de registro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan during device setup: tap the welcome screen six times to open the QR reader.</source>
        <translation>Escaneie durante a configuração do dispositivo: toque seis vezes na tela de boas-vindas para abrir o leitor de QR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This QR code opens the enrollment link instead.</source>
        <translation>Este QR code abre o link de registro no lugar.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Copied the enroll code %1</source>
        <translation>Código de registro %1 copiado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied the enrollment link</source>
        <translation>Link de registro copiado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This link cannot be opened in a browser</source>
        <translation>Este link não pode ser aberto em um navegador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No browser could be started for the link</source>
        <translation>Não foi possível iniciar um navegador para o link</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dedicated device (userless)</source>
        <translation>Dispositivo dedicado (sem usuário)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pending</source>
        <comment>token state</comment>
        <translation>Pendente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing</source>
        <comment>token state</comment>
        <translation>Em processamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <comment>token state: a device enrolled with it</comment>
        <translation>Usado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <comment>token state</comment>
        <translation>Expirado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <comment>token state</comment>
        <translation>Excluído</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expired</source>
        <translation>expirado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expires in %1 d %2 h</source>
        <translation>expira em %1 d %2 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expires in %1 h %2 min</source>
        <translation>expira em %1 h %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expires in %1 min %2 s</source>
        <translation>expira em %1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expires in %1 s</source>
        <translation>expira em %1 s</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../app/secretstore.cpp" line="+204"/>
        <source>No profile was given for the API key.</source>
        <translation>Nenhum perfil foi informado para a chave de API.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An empty API key cannot be stored.</source>
        <translation>Uma chave de API vazia não pode ser salva.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Done.</source>
        <translation>Pronto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No API key is stored for this profile.</source>
        <translation>Nenhuma chave de API está salva para este perfil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keychain is available: no Secret Service is running, or access to it was denied. The API key can be kept for this session only.</source>
        <translation>Nenhum chaveiro disponível: nenhum Secret Service está em execução, ou o acesso foi negado. A chave de API pode ser mantida só nesta sessão.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain reported an error.</source>
        <translation>O chaveiro informou um erro.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the API key from the keychain.</source>
        <translation>Não foi possível ler a chave de API do chaveiro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read the API key from the keychain: %1</source>
        <translation>Não foi possível ler a chave de API do chaveiro: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not save the API key in the keychain.</source>
        <translation>Não foi possível salvar a chave de API no chaveiro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save the API key in the keychain: %1</source>
        <translation>Não foi possível salvar a chave de API no chaveiro: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not remove the API key from the keychain.</source>
        <translation>Não foi possível remover a chave de API do chaveiro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not remove the API key from the keychain: %1</source>
        <translation>Não foi possível remover a chave de API do chaveiro: %1</translation>
    </message>
</context>
<context>
    <name>SessionTokensModel</name>
    <message>
        <location filename="../ui/widgets/sessiontokensmodel.cpp" line="+30"/>
        <source>%1 enrollment token</source>
        <translation>Token de registro do %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: %1</source>
        <translation>Usuário: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name: %1</source>
        <translation>Nome de exibição: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enroll code: %1</source>
        <translation>Código de registro: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State when created: %1</source>
        <translation>Estado na criação: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires: %1</source>
        <translation>Expira: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token ID: %1</source>
        <translation>ID do token: %1</translation>
    </message>
</context>
<context>
    <name>SingleTokenPage</name>
    <message>
        <location filename="../ui/pages/singletokenpage.cpp" line="+43"/>
        <source>Company-owned device, fully managed; set up from factory reset.</source>
        <translation>Dispositivo da empresa, totalmente gerenciado; configurado a partir da redefinição de fábrica.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal device (BYOD): only a separate work profile is managed.</source>
        <translation>Dispositivo pessoal (BYOD): só um perfil de trabalho separado é gerenciado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company-owned, personally enabled: managed device with a private personal space.</source>
        <translation>Da empresa com uso pessoal: dispositivo gerenciado com um espaço pessoal privado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dedicated device (kiosk, shared scanner) not tied to a person.</source>
        <translation>Dispositivo dedicado (quiosque, leitor compartilhado) não vinculado a uma pessoa.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Windows enrollment token</source>
        <translation>Token de registro do Windows</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Android enrollment token</source>
        <translation>Token de registro do Android</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One token for one user. The user enrolls the PC with the link or the code.</source>
        <translation>Um token para um usuário. O usuário registra o PC com o link ou o código.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Cop&amp;y as curl</source>
        <translation>Copia&amp;r como curl</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;User:</source>
        <translation>U&amp;suário:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the form still needs</source>
        <translation>O que ainda falta no formulário</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+357"/>
        <source>&amp;Create token</source>
        <translation>&amp;Criar token</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Create the token (Ctrl+Return)</source>
        <translation>Criar o token (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Copy the exact request as a curl command; the API key is replaced by $ENROLLDESK_API_KEY</source>
        <translation>Copiar a solicitação exata como comando curl; a chave de API é substituída por $ENROLLDESK_API_KEY</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Token settings</source>
        <translation>Configurações do token</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Management mode</source>
        <translation>Modo de gerenciamento</translation>
    </message>
    <message>
        <location line="-92"/>
        <location filename="../ui/shell/mainwindow.cpp" line="-85"/>
        <source>Management &amp;mode:</source>
        <translation>&amp;Modo de gerenciamento:</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>Creating…</source>
        <translation>Criando…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Create another token?</source>
        <translation>Criar outro token?</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The last request for this user failed in a way that leaves its outcome unknown: the token may already exist (and its e-mail may have been sent). Check before creating another.</source>
        <translation>A última solicitação para este usuário falhou de forma que o resultado é desconhecido: o token pode já existir (e o seu e-mail pode ter sido enviado). Verifique antes de criar outro.</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>One Android Enterprise token for one user. The device scans the QR code at setup; a work profile opens the link.</source>
        <translation>Um token do Android Enterprise para um usuário. O dispositivo escaneia o QR code durante a configuração; para um perfil de trabalho, abre-se o link.</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>What the form still needs:</source>
        <translation>O que ainda falta no formulário:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The last request for this user failed in a way that leaves its outcome unknown: the token may already exist. Check before creating another.</source>
        <translation>A última solicitação para este usuário falhou de forma que o resultado é desconhecido: o token pode já existir. Verifique antes de criar outro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create anyway</source>
        <translation>Criar mesmo assim</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>EnrollDesk cannot list Android tokens: look for this user&apos;s token in the Applivery dashboard before creating another.</source>
        <translation>O EnrollDesk não consegue listar tokens do Android: procure o token deste usuário no painel da Applivery antes de criar outro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch back to that profile to check its token list for this user before creating another.</source>
        <translation>Volte para esse perfil para verificar a lista de tokens dele para este usuário antes de criar outro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the token list for this user</source>
        <translation>Verificar a lista de tokens deste usuário</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Created in organization %1 (profile “%2”), not the active profile</source>
        <translation>Criado na organização %1 (perfil &quot;%2&quot;), não no perfil ativo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The request for %3 went to organization %1 (profile “%2”), not the active profile.</source>
        <translation>A solicitação para %3 foi para a organização %1 (perfil &quot;%2&quot;), não para o perfil ativo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>C&amp;ancel request</source>
        <translation>C&amp;ancelar a solicitação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as c&amp;url</source>
        <translation>Copiar como c&amp;url</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nothing was copied: fix what is listed above first.</source>
        <translation>Nada foi copiado: corrija primeiro o que está indicado acima.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>curl command copied (key replaced by $ENROLLDESK_API_KEY)</source>
        <translation>Comando curl copiado (chave substituída por $ENROLLDESK_API_KEY)</translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <location filename="../ui/widgets/tagsedit.cpp" line="+19"/>
        <source>Comma-separated, e.g. sales, madrid</source>
        <translation>Separadas por vírgula, ex.: vendas, recife</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Tag %1 “%2” has %Ln character(s)</source>
        <comment>the tag&apos;s position, the tag, its length</comment>
        <translation>
            <numerusform>A etiqueta %1 «%2» tem %Ln carácter</numerusform>
            <numerusform>A etiqueta %1 «%2» tem %Ln caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>a tag can have at most %Ln</source>
        <comment>characters</comment>
        <translation>
            <numerusform>uma etiqueta pode ter no máximo %Ln</numerusform>
            <numerusform>uma etiqueta pode ter no máximo %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2.</source>
        <comment>a tag&apos;s length; the limit</comment>
        <translation>%1; %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1 / %2 · %Ln too many</source>
        <comment>tag length / allowed, then how many characters to remove</comment>
        <translation>
            <numerusform>%1 / %2 · %Ln a mais</numerusform>
            <numerusform>%1 / %2 · %Ln a mais</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tag %1 is too long</source>
        <translation>a etiqueta %1 é longa demais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 / %2</source>
        <comment>characters used / allowed</comment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>TokenSettingsEditor</name>
    <message>
        <location filename="../ui/widgets/tokensettingseditor.cpp" line="+25"/>
        <source>&amp;Send the enrollment instructions by e-mail</source>
        <translation>&amp;Enviar as instruções de registro por e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send e-mail</source>
        <translation>Enviar e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail text</source>
        <translation>Texto do e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail language</source>
        <translation>Idioma do e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid for</source>
        <translation>Validade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>Nome de exibição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary policy</source>
        <translation>Política principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy assignments</source>
        <translation>Atribuições de políticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment id</source>
        <translation>ID do segmento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional text added to the e-mail</source>
        <translation>Texto opcional adicionado ao e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Laptop – Ana Smith</source>
        <translation>ex.: Notebook – Ana Souza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>E-mail te&amp;xt:</source>
        <translation>Tex&amp;to do e-mail:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid f&amp;or:</source>
        <translation>&amp;Validade:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tags:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segme&amp;nt:</source>
        <translation>Se&amp;gmento:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Why no policies are listed</source>
        <translation>Por que nenhuma política é listada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The policies could not be loaded: %1 Type the policy&apos;s id in the field, or try again with the button at its right end.</source>
        <translation>Não foi possível carregar as políticas: %1 Escreva o ID da política no campo ou tente de novo com o botão na sua extremidade direita.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The policies could not be loaded again: %1 The list shown is the one loaded before; the button at the field&apos;s right end tries again.</source>
        <translation>Não foi possível voltar a carregar as políticas: %1 A lista mostrada é a carregada antes; o botão na extremidade direita do campo tenta de novo.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>&amp;Display name:</source>
        <translation>&amp;Nome de exibição:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>E-mail &amp;language:</source>
        <translation>Idi&amp;oma do e-mail:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Primary policy:</source>
        <translation>&amp;Política principal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy &amp;assignments:</source>
        <translation>Atri&amp;buições de políticas:</translation>
    </message>
</context>
<context>
    <name>TokensPage</name>
    <message>
        <location filename="../ui/pages/tokenspage.cpp" line="+163"/>
        <source>Show &amp;deleted</source>
        <translation>M&amp;ostrar excluídos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Previous</source>
        <translation>A&amp;nterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>Próxi&amp;ma</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The organization&apos;s Windows enrollment tokens, and every token created in this session. Select a token to see its link, code and QR code.</source>
        <translation>Os tokens de registro do Windows da organização e todos os tokens criados nesta sessão. Selecione um token para ver o link, o código e o QR code dele.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why the list could not be loaded</source>
        <translation>Por que não foi possível carregar a lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows enrollment tokens</source>
        <translation>Tokens de registro do Windows</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 · in %2</source>
        <translation>%1 · em %2</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n h</source>
        <comment>time left</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This session · Android</source>
        <translation>Esta sessão · Android</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Selected token</source>
        <translation>Token selecionado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close the token details</source>
        <translation>Fechar os detalhes do token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the token details (Esc)</source>
        <translation>Fechar os detalhes do token (Esc)</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+9"/>
        <source>Token details</source>
        <translation>Detalhes do token</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>R&amp;efresh</source>
        <translation>Atuali&amp;zar</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>Only the tokens of this user</source>
        <translation>Só os tokens deste usuário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the tokens of this user; empty shows everyone&apos;s</source>
        <translation>Mostrar só os tokens deste usuário; vazio mostra os de todos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the tokens with this policy</source>
        <translation>Só os tokens com esta política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the tokens that have this policy, as primary policy or assigned</source>
        <translation>Mostrar só os tokens que têm esta política, como principal ou atribuída</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show deleted tokens</source>
        <translation>Mostrar tokens excluídos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also list the tokens that were revoked</source>
        <translation>Listar também os tokens revogados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh the list</source>
        <translation>Atualizar a lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the list again (F5)</source>
        <translation>Carregar a lista de novo (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User:</source>
        <translation>U&amp;suário:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;olicy:</source>
        <translation>&amp;Política:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Loading the list</source>
        <translation>Carregando a lista</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Page and number of tokens</source>
        <translation>Página e número de tokens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens per page</source>
        <translation>Tokens por página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many tokens each page lists</source>
        <translation>Quantos tokens cada página lista</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next page</source>
        <translation>Próxima página</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Per p&amp;age:</source>
        <translation>Por pá&amp;gina:</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Sor&amp;t by…</source>
        <translation>&amp;Ordenar por…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close &amp;details</source>
        <translation>Fechar os detal&amp;hes</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Ascending</source>
        <translation>&amp;Crescente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Descending</source>
        <translation>&amp;Decrescente</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>Page %1 of %2 · %3</source>
        <translation>Página %1 de %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> · %n from this session</source>
        <translation>
            <numerusform> · %n desta sessão</numerusform>
            <numerusform> · %n desta sessão</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tokens</source>
        <translation>Nenhum token</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Go to page %1</source>
        <translation>Ir para a página %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading the tokens…</source>
        <translation>Carregando os tokens…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No token matches these filters.</source>
        <translation>Nenhum token corresponde a estes filtros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Windows tokens yet. Tokens you create appear here.</source>
        <translation>Ainda não há tokens do Windows. Os tokens que você criar aparecem aqui.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>All policies</source>
        <translation>Todas as políticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens with any policy, or none</source>
        <translation>Tokens com qualquer política ou sem nenhuma</translation>
    </message>
</context>
<context>
    <name>TokensTableModel</name>
    <message>
        <location filename="../ui/pages/tokenstablemodel.cpp" line="+110"/>
        <source>None</source>
        <comment>empty table cell</comment>
        <translation>Nenhum</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Never</source>
        <comment>token expiry</comment>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · expired</source>
        <translation>%1 · expirado</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n h</source>
        <comment>time left</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min</source>
        <comment>time left</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · in %2</source>
        <translation>%1 · em %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This session · Android</source>
        <translation>Esta sessão · Android</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This session</source>
        <translation>Esta sessão</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>User ID: %1</source>
        <translation>ID do usuário: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reported as %1; the expiry time has passed.</source>
        <translation>Informado como %1; a data de expiração já passou.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As when created, or last seen on another page of the list.</source>
        <translation>Como na criação, ou como visto pela última vez em outra página da lista.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Primary policy: %1</source>
        <translation>Política principal: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (priority %2)</source>
        <translation>%1 (prioridade %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Created in this session. Android tokens are listed only when created here: the API has no list of Android tokens.</source>
        <translation>Criado nesta sessão. Os tokens do Android só aparecem se foram criados aqui: a API não tem uma lista de tokens do Android.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created in this session; not on this page of the server&apos;s list.</source>
        <translation>Criado nesta sessão; não está nesta página da lista do servidor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created in this session.</source>
        <translation>Criado nesta sessão.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name</source>
        <translation>Nome de exibição</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policies</source>
        <translation>Políticas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin</source>
        <comment>column: where the token was created</comment>
        <translation>Origem</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tokens created in this session with this console are marked “This session”</source>
        <translation>Os tokens criados nesta sessão com este console são marcados como &quot;Esta sessão&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorting by this column orders the rows of this page only</source>
        <translation>Ordenar por esta coluna ordena só as linhas desta página</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorting by this column orders the whole list</source>
        <translation>Ordenar por esta coluna ordena a lista inteira</translation>
    </message>
</context>
<context>
    <name>UserPicker</name>
    <message>
        <location filename="../ui/widgets/userpicker.cpp" line="+33"/>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Type part of a name or e-mail, or paste a user id</source>
        <translation>Nome, e-mail ou ID do usuário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a user by name, e-mail or id</source>
        <translation>Encontrar um usuário por nome, e-mail ou ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picked user</source>
        <translation>Usuário escolhido</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Matching users</source>
        <translation>Usuários correspondentes</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 &lt;%2&gt;</source>
        <comment>user name &lt;e-mail&gt;</comment>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Cannot search: no connection is set up.</source>
        <translation>Não é possível pesquisar: nenhuma conexão configurada.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The first %1 of %2 matches; type more to narrow them down.</source>
        <translation>As primeiras %1 de %2 correspondências; digite mais para restringir.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No user matches “%1”.</source>
        <translation>Nenhum usuário corresponde a &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a user from the list (arrow keys, then Enter).</source>
        <translation>Escolha um usuário na lista (setas e depois Enter).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not search the users: %1</source>
        <translation>Não foi possível pesquisar os usuários: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Picked: user id %1</source>
        <comment>a user known only by id</comment>
        <translation>Escolhido: usuário com ID %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picked: %1 · %2</source>
        <comment>user name &lt;e-mail&gt; · id</comment>
        <translation>Escolhido: %1 · %2</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../app/validation.cpp" line="+61"/>
        <source>User: choose an MDM user.</source>
        <translation>Usuário: escolha um usuário de MDM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: the id must be 24 hexadecimal characters (0-9, a-f).</source>
        <translation>Usuário: o ID deve ter 24 caracteres hexadecimais (0-9, a-f).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organization: enter the organization&apos;s id or slug.</source>
        <translation>Organização: informe o ID ou o slug da organização.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization: use the 24-character id or a slug of at least 3 letters, digits or hyphens.</source>
        <translation>Organização: use o ID de 24 caracteres ou um slug de pelo menos 3 letras, dígitos ou hífens.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Display name: at most %1 characters (this one has %2).</source>
        <translation>Nome de exibição: no máximo %1 caracteres (este tem %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tags: a tag cannot be empty.</source>
        <translation>Etiquetas: uma etiqueta não pode ficar vazia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags: “%1…” is %2 characters long; at most %3 are allowed.</source>
        <translation>Etiquetas: &quot;%1…&quot; tem %2 caracteres; são permitidos no máximo %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duration: at least 1 minute (60 seconds).</source>
        <translation>Duração: pelo menos 1 minuto (60 segundos).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration: at most 30 days (2,592,000 seconds).</source>
        <translation>Duração: no máximo 30 dias (2.592.000 segundos).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language: “%1” is not one of es, en, fr, de, it, zh, pt, ru.</source>
        <translation>Idioma: &quot;%1&quot; não é nenhum de es, en, fr, de, it, zh, pt, ru.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy: the id must be 24 hexadecimal characters (0-9, a-f).</source>
        <translation>Política: o ID deve ter 24 caracteres hexadecimais (0-9, a-f).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Priority: a whole number from %1 to %2.</source>
        <translation>Prioridade: um número inteiro de %1 a %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Segment: a whole number from 0 to %1.</source>
        <translation>Segmento: um número inteiro de 0 a %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Management mode: choose one of Device owner, Profile owner, COPE or Userless.</source>
        <translation>Modo de gerenciamento: escolha Proprietário do dispositivo, Proprietário do perfil, COPE ou Sem usuário.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Management mode: “%1” is not one of DEVICE_OWNER, PROFILE_OWNER, COPE, USERLESS.</source>
        <translation>Modo de gerenciamento: &quot;%1&quot; não é nenhum de DEVICE_OWNER, PROFILE_OWNER, COPE, USERLESS.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E-mail: “%1” is not a valid address.</source>
        <translation>E-mail: &quot;%1&quot; não é um endereço válido.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tags: “%1” is given more than once; give each tag once.</source>
        <translation>Etiquetas: &quot;%1&quot; aparece mais de uma vez; informe cada etiqueta uma só vez.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Policy assignment %1: choose a policy.</source>
        <translation>Atribuição de política %1: escolha uma política.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Policy assignment %1: the policy id must be 24 hexadecimal characters.</source>
        <translation>Atribuição de política %1: o ID da política deve ter 24 caracteres hexadecimais.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Policy assignment %1: the same policy is already assigned in row %2.</source>
        <translation>Atribuição de política %1: a mesma política já está atribuída na linha %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Policy assignment %1: priority must be a whole number from %2 to %3.</source>
        <translation>Atribuição de política %1: a prioridade deve ser um número inteiro de %2 a %3.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Search text: at most %1 characters.</source>
        <translation>Texto da pesquisa: no máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>E-mails: add at least one address.</source>
        <translation>E-mails: adicione pelo menos um endereço.</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>E-mails: “%1” is listed twice.</source>
        <translation>E-mails: &quot;%1&quot; aparece duas vezes.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sort: a field name, optionally followed by :asc or :desc.</source>
        <translation>Ordenação: um nome de campo, seguido opcionalmente de :asc ou :desc.</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>Page: 1 or more.</source>
        <translation>Página: 1 ou mais.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page size: 1 or more.</source>
        <translation>Tamanho da página: 1 ou mais.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="+35"/>
        <source>Create Applivery MDM enrollment tokens.</source>
        <translation>Criar tokens de registro do Applivery MDM.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the local sandbox at URL (scripts/run).</source>
        <translation>Usar o sandbox local na URL (scripts/run).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open with this profile (name or id).</source>
        <translation>Abrir com este perfil (nome ou ID).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface language (en, es, de, …).</source>
        <translation>Idioma da interface (en, es, de, …).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>enrolldesk: no interface language “%1”. Languages: %2</source>
        <translation>enrolldesk: não há idioma de interface &quot;%1&quot;. Idiomas: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>enrolldesk: --sandbox takes the address of the local sandbox, such as http://127.0.0.1:PORT/v1, not “%1”.</source>
        <translation>enrolldesk: --sandbox espera o endereço do sandbox local, como http://127.0.0.1:PORT/v1, não «%1».</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>enrolldesk: no profile is named “%1”: there are no profiles yet.</source>
        <translation>enrolldesk: nenhum perfil se chama “%1”: ainda não há perfis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enrolldesk: no profile is named “%1”. Profiles: %2</source>
        <translation>enrolldesk: nenhum perfil se chama &quot;%1&quot;. Perfis: %2</translation>
    </message>
</context>
</TS>
