<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/postdesk/ui/about_dialog.py" line="+64"/>
        <location line="+1"/>
        <source>About Postdesk</source>
        <translation>Sobre o Postdesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk {version}</source>
        <translation>Postdesk {version}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draft, schedule and publish posts to your own social accounts, from your own computer.</source>
        <translation>Crie rascunhos, agende e publique posts nas suas próprias contas sociais, a partir do seu próprio computador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postdesk is free software: you may share and change it under the terms of the &lt;a href=&quot;{gpl_url}&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt; ({license}). Its &lt;a href=&quot;{source_url}&quot;&gt;source code&lt;/a&gt; is public.</source>
        <translation>O Postdesk é software livre: você pode compartilhá-lo e modificá-lo nos termos da &lt;a href=&quot;{gpl_url}&quot;&gt;GNU General Public License, versão 3 ou posterior&lt;/a&gt; ({license}). O &lt;a href=&quot;{source_url}&quot;&gt;código-fonte&lt;/a&gt; é público.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Built with Qt {qt_version} and Qt for Python (PySide6) {pyside_version}, used under the &lt;a href=&quot;{lgpl_url}&quot;&gt;GNU Lesser General Public License, version 3&lt;/a&gt;. The notices below say where their source is and how to replace them.</source>
        <translation>Feito com Qt {qt_version} e Qt for Python (PySide6) {pyside_version}, usados sob a &lt;a href=&quot;{lgpl_url}&quot;&gt;GNU Lesser General Public License, versão 3&lt;/a&gt;. Os avisos abaixo dizem onde está o código-fonte deles e como substituí-los.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Third-party software in Postdesk:</source>
        <translation>Software de &amp;terceiros no Postdesk:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Third-party notices</source>
        <translation>Avisos de terceiros</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy notices</source>
        <translation>&amp;Copiar avisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the third-party notices</source>
        <translation>Copiar os avisos de terceiros</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Postdesk</source>
        <translation>&amp;Sobre o Postdesk</translation>
    </message>
</context>
<context>
    <name>AccountChip</name>
    <message>
        <location filename="../src/postdesk/ui/composer/account_chips.py" line="+159"/>
        <source>{handle} on {network}, selected</source>
        <extracomment>The picture&apos;s diameter on a chip. The network mark&apos;s badge on the picture&apos;s corner.</extracomment>
        <translation>{handle} no {network}, selecionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{handle} on {network}</source>
        <translation>{handle} no {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post as {handle} on {network}</source>
        <translation>Publicar como {handle} no {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account must be reconnected before Postdesk can publish with it.</source>
        <translation>Esta conta precisa ser reconectada antes que o Postdesk possa publicar com ela.</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <location filename="../src/postdesk/ui/composer/models.py" line="+265"/>
        <source>No account yet (draft only)</source>
        <translation>Nenhuma conta ainda (só rascunho)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{account} — sign in again</source>
        <translation>{account} — entre novamente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{account} needs you to sign in again (Accounts) before it can post.</source>
        <translation>{account} precisa que você entre novamente (Contas) antes de poder publicar.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../src/postdesk/ui/accounts/wording.py" line="+25"/>
        <source>macOS Keychain</source>
        <translation>Chaves do macOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows Credential Manager</source>
        <translation>Gerenciador de Credenciais do Windows</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Secret Service, such as GNOME Keyring or KeePassXC</source>
        <translation>Secret Service, como o GNOME Keyring ou o KeePassXC</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs reconnect</source>
        <translation>Reconexão necessária</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnected</source>
        <translation>Desconectada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign-in cancelled.</source>
        <translation>Login cancelado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The browser did not come back in time. Start again and finish signing in there.</source>
        <translation>O navegador não respondeu a tempo. Comece de novo e conclua o login nele.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You chose not to give Postdesk access, so nothing was connected.</source>
        <translation>Você optou por não dar acesso ao Postdesk, então nada foi conectado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network refused the sign-in. Check the app settings you registered with it (client id, redirect address, permissions) and try again.</source>
        <translation>A rede recusou o login. Confira as configurações do app que você registrou nela (client id, endereço de redirecionamento, permissões) e tente novamente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That sign-in link was old or already used. Start again.</source>
        <translation>Esse link de login era antigo ou já foi usado. Comece de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another program is using the port for the sign-in address. Close it, or choose another port (and register that address with the network).</source>
        <translation>Outro programa está usando a porta do endereço de login. Feche-o ou escolha outra porta (e registre esse endereço na rede).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The network did not hand over access after you signed in. Check the client id and secret, then try again.</source>
        <translation>A rede não concedeu o acesso depois que você entrou. Confira o client id e o secret e tente novamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network no longer accepts this sign-in. Reconnect the account.</source>
        <translation>A rede não aceita mais este login. Reconecte a conta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network could not be told to forget Postdesk&apos;s access.</source>
        <translation>Não foi possível pedir à rede que esquecesse o acesso do Postdesk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network cannot be reached. Check your connection.</source>
        <translation>Não é possível acessar a rede. Verifique sua conexão.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the client id of your developer app.</source>
        <translation>Digite o client id do seu app de desenvolvedor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This network also needs your app&apos;s client secret.</source>
        <translation>Esta rede também precisa do client secret do seu app.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some details are missing or not in the expected form.</source>
        <translation>Alguns dados estão faltando ou não estão no formato esperado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no password keyring that Postdesk can use, so it cannot keep your sign-ins safe. You can keep them in a file encrypted with a passphrase instead.</source>
        <translation>Este computador não tem um chaveiro de senhas que o Postdesk possa usar, então ele não consegue manter seus logins em segurança. Em vez disso, você pode guardá-los em um arquivo criptografado com uma frase secreta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your password keyring is locked. Unlock it (your system may ask for your login password) and try again. Your drafts are safe.</source>
        <translation>Seu chaveiro de senhas está bloqueado. Desbloqueie-o (o sistema pode pedir sua senha de login) e tente novamente. Seus rascunhos estão seguros.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password keyring refused to store the sign-in.</source>
        <translation>O chaveiro de senhas se recusou a guardar o login.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That passphrase does not open the encrypted file.</source>
        <translation>Essa frase secreta não abre o arquivo criptografado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The encrypted sign-in file is damaged.</source>
        <translation>O arquivo criptografado de logins está danificado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your sign-ins are kept in an encrypted file that is locked. Unlock it with your passphrase to connect accounts and publish. Nothing is lost while it is locked.</source>
        <translation>Seus logins ficam em um arquivo criptografado que está bloqueado. Desbloqueie-o com sua frase secreta para conectar contas e publicar. Nada se perde enquanto ele estiver bloqueado.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>A frase secreta precisa ter pelo menos %Ln caractere.</numerusform>
            <numerusform>A frase secreta precisa ter pelo menos %Ln caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network did not accept these credentials.</source>
        <translation>A rede não aceitou essas credenciais.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bot is not an administrator of that channel with permission to post. Add it as an administrator in the channel settings, then try again.</source>
        <translation>O bot não é administrador desse canal com permissão para publicar. Adicione-o como administrador nas configurações do canal e tente novamente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bot cannot see that channel. Check the name, and add the bot to the channel.</source>
        <translation>O bot não consegue ver esse canal. Confira o nome e adicione o bot ao canal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong while signing in.</source>
        <translation>Algo deu errado ao entrar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create a project and app at developer.x.com, turn on OAuth 2.0 with type “Native App” (a public client), and add the callback address below. Paste the app&apos;s OAuth 2.0 Client ID here.</source>
        <translation>Crie um projeto e um app em developer.x.com, ative o OAuth 2.0 com o tipo “Native App” (um cliente público) e adicione o endereço de callback abaixo. Cole aqui o OAuth 2.0 Client ID do app.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to register. Sign in through your browser, or use an app password made in Bluesky under Settings → Privacy and security → App passwords.</source>
        <translation>Nada a registrar. Entre pelo navegador ou use uma senha de app criada no Bluesky em Configurações → Privacidade e segurança → Senhas de app.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to register: enter your server (for example mastodon.social) and Postdesk registers itself there.</source>
        <translation>Nada a registrar: digite seu servidor (por exemplo, mastodon.social) e o Postdesk se registra lá.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create an app with the Threads use case at developers.facebook.com, add the redirect address below as a valid OAuth redirect URI, and paste the Threads app id and secret.</source>
        <translation>Crie um app com o caso de uso do Threads em developers.facebook.com, adicione o endereço de redirecionamento abaixo como URI de redirecionamento OAuth válido e cole o ID e o secret do app do Threads.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You need an Instagram professional account (Business or Creator; switch in the Instagram app under Settings › Account type and tools) and your own Meta app: at developers.facebook.com create an app with the use case “Manage messaging &amp; content on Instagram”, open API setup with Instagram login, add your Instagram account as an Instagram tester and accept the invitation in Instagram, put the redirect address below under Business login settings › OAuth redirect URIs, and paste the Instagram app ID and Instagram app secret shown there (not the Meta app&apos;s own ID). Postdesk asks for instagram_business_basic, instagram_business_content_publish, instagram_business_manage_comments and instagram_business_manage_insights. Instagram fetches every photo and video from a web address, so posting also needs a media relay (Settings › Media relay). Posts cannot be deleted through this login: delete them in the app.</source>
        <translation>Você precisa de uma conta profissional do Instagram (Empresa ou Criador de conteúdo; mude no app do Instagram em Configurações › Tipo de conta e ferramentas) e do seu próprio app da Meta: em developers.facebook.com crie um app com o caso de uso “Gerenciar mensagens e conteúdo no Instagram”, abra a configuração da API com login do Instagram, adicione sua conta do Instagram como testador do Instagram e aceite o convite no Instagram, coloque o endereço de redirecionamento abaixo em Configurações de login da empresa › URIs de redirecionamento OAuth e cole o ID e a chave secreta do app do Instagram mostrados ali (não o ID do próprio app da Meta). O Postdesk pede instagram_business_basic, instagram_business_content_publish, instagram_business_manage_comments e instagram_business_manage_insights. O Instagram busca cada foto e vídeo em um endereço da web, então publicar também exige um relay de mídia (Configurações › Relay de mídia). Posts não podem ser excluídos por este login: exclua-os no app.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You need a Facebook Page you can create posts on (as its admin or editor) and your own Meta app: at developers.facebook.com create an app with the use case “Manage everything on your Page”, add Facebook Login, put the redirect address below under “Valid OAuth Redirect URIs” (Meta allows this local address while the app is in development mode), and paste the App ID and App secret from App settings › Basic. After you sign in, you pick the Pages Postdesk may post to; each Page becomes its own account.</source>
        <translation>Você precisa de uma página do Facebook em que possa criar posts (como administrador ou editor) e do seu próprio app da Meta: em developers.facebook.com crie um app com o caso de uso “Gerenciar tudo na sua Página”, adicione o Login do Facebook, coloque o endereço de redirecionamento abaixo em “URIs de redirecionamento do OAuth válidos” (a Meta permite este endereço local enquanto o app está no modo de desenvolvimento) e cole o ID do app e a chave secreta do app em Configurações do app › Básico. Depois de entrar, você escolhe as páginas em que o Postdesk pode publicar; cada página vira uma conta própria.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create an app at linkedin.com/developers, add the product “Share on LinkedIn”, add the redirect address below, and paste the client id and secret. LinkedIn asks you to sign in again every 60 days.</source>
        <translation>Crie um app em linkedin.com/developers, adicione o produto “Share on LinkedIn”, adicione o endereço de redirecionamento abaixo e cole o client id e o secret. O LinkedIn pede que você entre novamente a cada 60 dias.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At console.cloud.google.com create a project and enable “YouTube Data API v3”. Set up the OAuth consent screen (External; while it is in Testing, add yourself as a test user, and Google asks you to sign in again every 7 days), then create an OAuth client ID of type “Desktop app” and paste its client ID and secret (Google does not treat a desktop secret as confidential; any local port works). Until Google audits your project (the YouTube API Services audit form), the videos it uploads stay private. A project may upload 100 videos a day.</source>
        <translation>Em console.cloud.google.com, crie um projeto e ative a “YouTube Data API v3”. Configure a tela de consentimento OAuth (Externo; enquanto estiver em Teste, adicione você mesmo como usuário de teste, e o Google pede que você entre novamente a cada 7 dias), depois crie um ID do cliente OAuth do tipo “App para computador” e cole o ID do cliente e a chave secreta (o Google não trata a chave secreta de computador como confidencial; qualquer porta local funciona). Até o Google auditar seu projeto (o formulário de auditoria dos Serviços da API do YouTube), os vídeos enviados ficam privados. Um projeto pode enviar 100 vídeos por dia.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At developers.tiktok.com open Manage apps and Connect an app. Add the products Login Kit (platform Desktop, with the redirect address below; a * port is allowed), Content Posting API with Direct Post turned on, and Display API; ask for the scopes user.info.basic, user.info.profile, video.publish and video.list. Paste the client key and client secret. Until TikTok audits your app, it posts only privately (“Only me”, from a private account) and for at most 5 accounts a day. Photo posts also need your media relay&apos;s address verified under URL properties.</source>
        <translation>Em developers.tiktok.com, abra Manage apps e Connect an app. Adicione os produtos Login Kit (plataforma Desktop, com o endereço de redirecionamento abaixo; uma porta * é permitida), Content Posting API com Direct Post ativado e Display API; peça os escopos user.info.basic, user.info.profile, video.publish e video.list. Cole a client key e o client secret. Até o TikTok auditar seu app, ele só publica de forma privada (“Somente eu”, a partir de uma conta privada) e para no máximo 5 contas por dia. Posts de fotos também exigem que o endereço do seu relay de mídia seja verificado em URL properties.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You need a Pinterest business account. At developers.pinterest.com open My apps, choose Connect app and wait for Pinterest to approve it. Then add the redirect address below under Redirect URIs and paste the App ID and the App secret key. A new app has Trial access, which cannot publish Pins: ask for Standard access in My apps.</source>
        <translation>Você precisa de uma conta comercial do Pinterest. Em developers.pinterest.com, abra My apps, escolha Connect app e espere o Pinterest aprová-lo. Depois adicione o endereço de redirecionamento abaixo em Redirect URIs e cole o App ID e a App secret key. Um app novo tem acesso Trial, que não pode publicar pins: peça acesso Standard em My apps.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reddit now approves API access before a new app may sign anyone in: ask for it under its Responsible Builder Policy (support.reddithelp.com) and describe Postdesk as your own posting tool. Then at reddit.com/prefs/apps choose “create another app…”, pick “installed app”, enter the redirect address below exactly (Reddit compares it to the character, port included) and paste the client id shown under the app&apos;s name (installed apps have no secret). Postdesk asks for permanent access, so you sign in once.</source>
        <translation>O Reddit agora aprova o acesso à API antes que um app novo possa fazer login de alguém: peça-o pela Responsible Builder Policy (support.reddithelp.com) e descreva o Postdesk como sua própria ferramenta de publicação. Depois, em reddit.com/prefs/apps, escolha “create another app…”, selecione “installed app”, digite o endereço de redirecionamento abaixo exatamente (o Reddit compara caractere por caractere, incluindo a porta) e cole o client id mostrado sob o nome do app (apps instalados não têm secret). O Postdesk pede acesso permanente, então você entra só uma vez.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Google opens the Business Profile APIs only to projects it approves. At console.cloud.google.com create a project, then ask for access with Google&apos;s Business Profile API access form (developers.google.com/my-business/content/prereqs; you need a Business Profile verified for 60 days; Google answers within about 14 days). Once approved, enable “Google My Business API”, “My Business Account Management API” and “My Business Business Information API”. Set up the OAuth consent screen (while it is in Testing, add yourself as a test user), create an OAuth client ID of type “Desktop app” and paste its client ID and secret; any local port works. Photos need your media relay (Settings › Media relay): Google fetches them from its address.</source>
        <translation>O Google só libera as APIs do Perfil da Empresa para projetos que aprova. Em console.cloud.google.com, crie um projeto e peça acesso pelo formulário de acesso à Business Profile API do Google (developers.google.com/my-business/content/prereqs; você precisa de um Perfil da Empresa verificado há 60 dias; o Google responde em cerca de 14 dias). Depois de aprovado, ative “Google My Business API”, “My Business Account Management API” e “My Business Business Information API”. Configure a tela de consentimento OAuth (enquanto estiver em Teste, adicione você mesmo como usuário de teste), crie um ID do cliente OAuth do tipo “App para computador” e cole o ID do cliente e a chave secreta; qualquer porta local funciona. Fotos precisam do seu relay de mídia (Configurações › Relay de mídia): o Google as busca no endereço dele.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message @BotFather on Telegram to create a bot and copy its token. Add the bot to your channel as an administrator allowed to post, then enter the channel&apos;s @name.</source>
        <translation>Envie uma mensagem para @BotFather no Telegram para criar um bot e copie o token dele. Adicione o bot ao seu canal como administrador com permissão para publicar e digite o @nome do canal.</translation>
    </message>
</context>
<context>
    <name>AccountsPane</name>
    <message>
        <location filename="../src/postdesk/app.py" line="+194"/>
        <location line="+35"/>
        <location filename="../src/postdesk/ui/accounts/view.py" line="+92"/>
        <location line="+12"/>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="+3"/>
        <source>Postdesk signs in to each network in your browser.</source>
        <translation>O Postdesk entra em cada rede pelo seu navegador.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where sign-ins are kept</source>
        <translation>Onde os logins ficam guardados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign-in storage problem</source>
        <translation>Problema ao guardar logins</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Use an &amp;encrypted file…</source>
        <translation>&amp;Usar um arquivo criptografado…</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+86"/>
        <source>Keep sign-ins in an encrypted file</source>
        <translation>Guardar os logins em um arquivo criptografado</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Connected accounts</source>
        <translation>Contas conectadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in expires</source>
        <translation>Login expira</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+96"/>
        <source>No accounts yet. Click Connect to add one.</source>
        <translation>Nenhuma conta ainda. Clique em Conectar para adicionar uma.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Conectar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect an account</source>
        <translation>Conectar uma conta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reconnect…</source>
        <translation>&amp;Reconectar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect the selected account</source>
        <translation>Reconectar a conta selecionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default &amp;options…</source>
        <translation>&amp;Opções padrão…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default options of the selected account</source>
        <translation>Opções padrão da conta selecionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect the selected account</source>
        <translation>Desconectar a conta selecionada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Unlock…</source>
        <translation>Des&amp;bloquear…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock the encrypted sign-in file</source>
        <translation>Desbloquear o arquivo criptografado de logins</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No accounts yet. Choose where to keep your sign-ins (above) to connect one.</source>
        <translation>Nenhuma conta ainda. Escolha onde guardar seus logins (acima) para conectar uma.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sign-ins are kept in the encrypted file {file}, locked with your passphrase; never in plain text.</source>
        <translation>Os logins ficam no arquivo criptografado {file}, bloqueado com sua frase secreta; nunca em texto simples.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-ins are kept in your system&apos;s password keyring, never in Postdesk&apos;s own files.</source>
        <translation>Os logins ficam no chaveiro de senhas do sistema, nunca nos arquivos do próprio Postdesk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-ins are kept in your system&apos;s password keyring ({keyring}), never in Postdesk&apos;s own files.</source>
        <translation>Os logins ficam no chaveiro de senhas do sistema ({keyring}), nunca nos arquivos do próprio Postdesk.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Does not expire</source>
        <translation>Não expira</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired</source>
        <translation>Expirado</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Em %Ln dia</numerusform>
            <numerusform>Em %Ln dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>In %n hour(s)</source>
        <translation>
            <numerusform>Em %Ln hora</numerusform>
            <numerusform>Em %Ln horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>In %n minute(s)</source>
        <translation>
            <numerusform>Em %Ln minuto</numerusform>
            <numerusform>Em %Ln minutos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Connected {handle}.</source>
        <translation>{handle} conectada.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnect {handle}? Postdesk asks {network} to revoke its access and forgets the sign-in. Posts aimed at this account wait until you connect it again.</source>
        <translation>Desconectar {handle}? O Postdesk pede ao {network} que revogue o acesso dele e esquece o login. Posts destinados a esta conta aguardam até você conectá-la de novo.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Disconnected. The network revoked Postdesk&apos;s access.</source>
        <translation>Desconectada. A rede revogou o acesso do Postdesk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnected. The sign-in was deleted from this computer.</source>
        <translation>Desconectada. O login foi excluído deste computador.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Unlocked. Your accounts can be used again.</source>
        <translation>Desbloqueado. Suas contas podem ser usadas novamente.</translation>
    </message>
</context>
<context>
    <name>ActivitySection</name>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="+306"/>
        <location line="+42"/>
        <source>Acti&amp;vity</source>
        <translation>Ati&amp;vidade</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+48"/>
        <source>Show the post&apos;s activity</source>
        <translation>Mostrar a atividade do post</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Where each network stands</source>
        <translation>Situação em cada rede</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activity log</source>
        <translation>Registro de atividade</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing has happened to this post yet.</source>
        <translation>Nada aconteceu com este post ainda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acti&amp;vity ({count})</source>
        <translation>Ati&amp;vidade ({count})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide the post&apos;s activity</source>
        <translation>Ocultar a atividade do post</translation>
    </message>
</context>
<context>
    <name>AddToQueueDialog</name>
    <message>
        <location filename="../src/postdesk/ui/composer/queue_button.py" line="+74"/>
        <source>Add to queue</source>
        <translation>Adicionar à fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the post to a queue</source>
        <translation>Adicionar o post a uma fila</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Queue:</source>
        <translation>&amp;Fila:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue to add the post to</source>
        <translation>Fila em que o post será adicionado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When the post will go out</source>
        <translation>Quando o post será publicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add to queue</source>
        <translation>&amp;Adicionar à fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the post to this queue at that time</source>
        <translation>Adicionar o post a esta fila nesse horário</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This queue has no free time in the next year. Add times to it in Queues, or pick another queue.</source>
        <translation>Esta fila não tem horário livre no próximo ano. Adicione horários a ela em Filas ou escolha outra fila.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It takes the next free time: {when} ({zone}).</source>
        <translation>Ele ocupa o próximo horário livre: {when} ({zone}).</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/list_models.py" line="+140"/>
        <source>When</source>
        <extracomment>Counts of a published post, added up over its networks (`set_metrics`); a dash: not given.</extracomment>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networks</source>
        <translation>Redes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
</context>
<context>
    <name>AssetActions</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/actions.py" line="+112"/>
        <source>cropped</source>
        <extracomment>Background request keys: opening another preview drops the answers for the previous one. The longest side of the picture the preview loads (it shows at most about 900 x 420).</extracomment>
        <translation>recortada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cropped {ratio}</source>
        <translation>recortada {ratio}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Videos go as they are; the composer checks their length and size.</source>
        <translation>Vídeos vão como estão; o editor verifica a duração e o tamanho deles.</translation>
    </message>
</context>
<context>
    <name>AssetGrid</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/grid.py" line="+47"/>
        <source>Media library</source>
        <extracomment>Space between cells, in logical pixels.</extracomment>
        <translation>Biblioteca de mídia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop files or folders here. Drag items into a post to attach them. Space shows a larger preview.</source>
        <translation>Solte arquivos ou pastas aqui. Arraste itens para um post para anexá-los. Espaço mostra uma pré-visualização maior.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drop images and videos here</source>
        <translation>Solte imagens e vídeos aqui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…or whole folders, or paste with Ctrl+V. Then drag them into a post.</source>
        <translation>…ou pastas inteiras, ou cole com Ctrl+V. Depois arraste-os para um post.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/attachments.py" line="+51"/>
        <source>Attached media</source>
        <translation>Mídia anexada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Left and Alt+Right reorder, Delete removes.</source>
        <translation>Alt+Esquerda e Alt+Direita reordenam, Delete remove.</translation>
    </message>
</context>
<context>
    <name>BestTimes</name>
    <message>
        <location filename="../src/postdesk/ui/composer/best_times_part.py" line="+34"/>
        <source>{day} at {hour} (next: {date})</source>
        <translation>{day} às {hour} (próximo: {date})</translation>
    </message>
</context>
<context>
    <name>BestTimesPart</name>
    <message>
        <location line="+38"/>
        <source>Suggested times</source>
        <translation>Horários sugeridos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested times: your best weekdays and hours to publish</source>
        <translation>Horários sugeridos: seus melhores dias e horários para publicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When your own posts did best, from their likes, reposts and replies</source>
        <translation>Quando seus próprios posts foram melhor, com base em curtidas, repostagens e respostas</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Reading your posts&apos; results…</source>
        <translation>Lendo os resultados dos seus posts…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not enough to go on yet: Postdesk suggests times once it has read the likes and replies of {needed} of your published posts ({posts} so far).</source>
        <translation>Ainda não há dados suficientes: o Postdesk sugere horários depois de ler as curtidas e respostas de {needed} dos seus posts publicados ({posts} até agora).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your posts have no likes or replies to learn from yet.</source>
        <translation>Seus posts ainda não têm curtidas nem respostas com que aprender.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your best times, from {posts} published posts ({zone}):</source>
        <translation>Seus melhores horários, com base em {posts} posts publicados ({zone}):</translation>
    </message>
</context>
<context>
    <name>BlueskyOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/bluesky_options.py" line="+41"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody</source>
        <translation>Ninguém</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only…</source>
        <translation>Somente…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone can reply on Bluesky</source>
        <translation>Todos podem responder no Bluesky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody can reply on Bluesky</source>
        <translation>Ninguém pode responder no Bluesky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only some people can reply on Bluesky</source>
        <translation>Só algumas pessoas podem responder no Bluesky</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People you mention</source>
        <translation>Pessoas que você menciona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People you follow</source>
        <translation>Pessoas que você segue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your followers</source>
        <translation>Seus seguidores</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{who} can reply</source>
        <translation>{who} podem responder</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Don&apos;t let others quote this p&amp;ost</source>
        <translation>Não permitir que outros citem este p&amp;ost</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who can repl&amp;y:</source>
        <translation>Quem pode res&amp;ponder:</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Don&apos;t let others quote this Bluesky post</source>
        <translation>Não permitir que outros citem este post do Bluesky</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/wording.py" line="+18"/>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>Agendado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty queue slot</source>
        <translation>Horário de fila vazio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishing</source>
        <translation>Publicando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Requer atenção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>That time does not exist on {day} in {zone}: the clocks jump from {start} to {end}. Pick a time outside that gap.</source>
        <translation>Esse horário não existe em {day} no fuso {zone}: o relógio pula de {start} para {end}. Escolha um horário fora desse intervalo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That time happens twice on {day} in {zone} (the clocks go back). Pick another time.</source>
        <translation>Esse horário acontece duas vezes em {day} no fuso {zone} (o relógio volta). Escolha outro horário.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That time has already passed. Pick a time in the future.</source>
        <translation>Esse horário já passou. Escolha um horário no futuro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This post cannot be moved: it is published, being sent, or waiting for you to check whether it went out.</source>
        <translation>Este post não pode ser movido: ele já foi publicado, está sendo enviado ou aguarda você verificar se saiu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That time cannot be used.</source>
        <translation>Esse horário não pode ser usado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That time happens twice on {day} in {zone}; the post was placed at the first one ({offset}).</source>
        <translation>Esse horário acontece duas vezes em {day} no fuso {zone}; o post foi colocado no primeiro ({offset}).</translation>
    </message>
</context>
<context>
    <name>CalendarBody</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/body.py" line="+36"/>
        <source>No posts yet</source>
        <translation>Nenhum post ainda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posts you schedule appear here by day and time; drafts wait in the list on the left.</source>
        <translation>Os posts que você agenda aparecem aqui por dia e hora; os rascunhos aguardam na lista à esquerda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write a post</source>
        <translation>&amp;Escrever um post</translation>
    </message>
</context>
<context>
    <name>CalendarCells</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/day_popup.py" line="+134"/>
        <location filename="../src/postdesk/ui/calendar/delegates.py" line="+70"/>
        <source>Queue slot</source>
        <extracomment>A card&apos;s height in the popup: the month&apos;s two-line card, with room for a larger thumbnail.</extracomment>
        <translation>Horário de fila</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/calendar/delegates.py" line="+3"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%Ln outro</numerusform>
            <numerusform>+%Ln outros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/calendar/model_roles.py" line="+76"/>
        <source>%n post(s)</source>
        <extracomment>Grid cells: the warnings of every post, by post id (the delegate marks the chips that have some); agenda rows: the warnings of that row&apos;s post. Grid cells: what holds each held post, worded, by post id (the delegate marks those chips).</extracomment>
        <translation>
            <numerusform>%Ln post</numerusform>
            <numerusform>%Ln posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarDay</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/day_popup.py" line="+27"/>
        <source>Posts of {day}</source>
        <translation>Posts de {day}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posts of the day</source>
        <translation>Posts do dia</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%Ln post</numerusform>
            <numerusform>%Ln posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPane</name>
    <message>
        <location filename="../src/postdesk/app.py" line="-50"/>
        <location line="+44"/>
        <location filename="../src/postdesk/ui/calendar/view.py" line="+112"/>
        <source>Calendar</source>
        <extracomment>How long engine events are gathered before the calendar reloads (a burst reloads once).
----------
The sidebar shown while loading: the same keys, titles and icons as `Panes.specs`.</extracomment>
        <translation>Calendário</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/keys.py" line="+21"/>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/body.py" line="+29"/>
        <source>The calendar could not be loaded. Your posts are safe; try again.</source>
        <translation>Não foi possível carregar o calendário. Seus posts estão seguros; tente novamente.</translation>
    </message>
</context>
<context>
    <name>CalendarToolbar</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/toolbar.py" line="+110"/>
        <source>Previous</source>
        <extracomment>The view buttons in order, with their shortcuts (the pane binds the shortcuts).</extracomment>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shown period</source>
        <translation>Período exibido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Time zone shown</source>
        <translation>Fuso horário exibido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show times in another time zone</source>
        <translation>Mostrar horários em outro fuso horário</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+92"/>
        <location line="+55"/>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+1"/>
        <source>Search posts</source>
        <translation>Pesquisar posts</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>{first} – {last} {year}</source>
        <translation>{first} – {last} {year}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Filter (on)</source>
        <translation>Filtro (ativo)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Networks</source>
        <translation>Redes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statuses</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show everything</source>
        <translation>Mostrar tudo</translation>
    </message>
</context>
<context>
    <name>CalendarViews</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/grids.py" line="+74"/>
        <source>Month</source>
        <extracomment>The hour the week view scrolls to when shown. True while `quietly` runs: cursor moves then are not the user&apos;s.</extracomment>
        <translation>Mês</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List of posts</source>
        <translation>Lista de posts</translation>
    </message>
</context>
<context>
    <name>CatchUpDialog</name>
    <message>
        <location filename="../src/postdesk/ui/catch_up_dialog.py" line="+50"/>
        <location line="+1"/>
        <source>Posts that were not published</source>
        <translation>Posts que não foram publicados</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n post(s) were due while Postdesk was not running. Nothing has been sent yet. Do you want to publish them now, or skip them? Skipped posts stay in your calendar, paused, so you can reschedule them.</source>
        <translation>
            <numerusform>%Ln post estava previsto enquanto o Postdesk não estava em execução. Nada foi enviado ainda. Quer publicá-lo agora ou ignorá-lo? Posts ignorados ficam no calendário, pausados, para você reagendá-los.</numerusform>
            <numerusform>%Ln posts estavam previstos enquanto o Postdesk não estava em execução. Nada foi enviado ainda. Quer publicá-los agora ou ignorá-los? Posts ignorados ficam no calendário, pausados, para você reagendá-los.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Late posts</source>
        <translation>Posts atrasados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Late posts (times in {zone}):</source>
        <translation>Posts &amp;atrasados (horários em {zone}):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Publish now</source>
        <translation>&amp;Publicar agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish the late posts now</source>
        <translation>Publicar os posts atrasados agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip them</source>
        <translation>&amp;Ignorar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the late posts</source>
        <translation>Ignorar os posts atrasados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decide later</source>
        <translation>Decidir &amp;depois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide later</source>
        <translation>Decidir depois</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{network} — due {date} at {time}</source>
        <translation>{network} — previsto para {date} às {time}</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <location filename="../src/postdesk/ui/composer/chip_row.py" line="+68"/>
        <source>Accounts to post to</source>
        <extracomment>Networks whose options belong to one account (boards, locations, a creator&apos;s privacy levels): their account chips choose one account at a time.</extracomment>
        <translation>Contas em que publicar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Post to {network}</source>
        <translation>Publicar no {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{network}, with no account: a draft only. Connect an account to publish.</source>
        <translation>{network}, sem conta: só rascunho. Conecte uma conta para publicar.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>No account chosen yet: choose one above (a draft until then).</source>
        <translation>Nenhuma conta escolhida ainda: escolha uma acima (até lá, é um rascunho).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No {network} account connected: a draft only.</source>
        <translation>Nenhuma conta do {network} conectada: só rascunho.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{network} accounts this post goes to</source>
        <translation>Contas do {network} em que este post será publicado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posting as:</source>
        <translation>Publicando como:</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../src/postdesk/ui/composer/first_comment_sent.py" line="+61"/>
        <source>Comment on {network}</source>
        <translation>Comentar no {network}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Posts a comment under your published post on {network}. If Postdesk can&apos;t reach {network} now, it goes out as soon as it can, once.</source>
        <translation>Publica um comentário no seu post publicado no {network}. Se o Postdesk não conseguir acessar o {network} agora, ele será enviado assim que possível, uma única vez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your comment</source>
        <translation>Seu comentário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment under the {network} post</source>
        <translation>Comentário no post do {network}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What happened to the comment</source>
        <translation>O que aconteceu com o comentário</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Post comment</source>
        <translation>&amp;Publicar comentário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post the comment on {network}</source>
        <translation>Publicar o comentário no {network}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The comment is on its way to {network}.</source>
        <translation>O comentário está a caminho do {network}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk could not queue the comment for {network}. Try again in a moment.</source>
        <translation>O Postdesk não conseguiu colocar o comentário na fila para o {network}. Tente novamente daqui a pouco.</translation>
    </message>
</context>
<context>
    <name>ComposerActivity</name>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="-313"/>
        <source>Its time came; getting ready to publish.</source>
        <extracomment>States whose text went (or may have gone) out: the composer shows it read-only.</extracomment>
        <translation>Chegou a hora; preparando para publicar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published late, as you chose, after Postdesk was closed at its time.</source>
        <translation>Publicado com atraso, como você escolheu, porque o Postdesk estava fechado na hora prevista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its time passed while Postdesk was closed; waiting for your decision.</source>
        <translation>A hora passou enquanto o Postdesk estava fechado; aguardando sua decisão.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>Skipped: its time passed while Postdesk was closed.</source>
        <translation>Ignorado: a hora passou enquanto o Postdesk estava fechado.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>You asked to publish it now.</source>
        <translation>Você pediu para publicar agora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trying again.</source>
        <translation>Tentando novamente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published.</source>
        <translation>Publicado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found on the network: it was published.</source>
        <translation>Encontrado na rede: foi publicado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found on the network; sending it again.</source>
        <translation>Não encontrado na rede; enviando de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You confirmed it was published.</source>
        <translation>Você confirmou que foi publicado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postdesk stopped while publishing; it will check whether the post went out.</source>
        <translation>O Postdesk parou durante a publicação; ele vai verificar se o post saiu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network did not answer; Postdesk will check before trying again.</source>
        <translation>A rede não respondeu; o Postdesk vai verificar antes de tentar novamente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network asked to wait (too many requests); will try again.</source>
        <translation>A rede pediu para esperar (solicitações demais); vai tentar novamente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach the network; will try again.</source>
        <translation>Não foi possível acessar a rede; vai tentar novamente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network took too long to answer, so Postdesk stopped waiting; it will retry without posting twice.</source>
        <translation>A rede demorou demais para responder, então o Postdesk parou de esperar; ele vai tentar de novo sem publicar duas vezes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network&apos;s answer was far too large, so Postdesk stopped reading; it will retry without posting twice.</source>
        <translation>A resposta da rede era grande demais, então o Postdesk parou de lê-la; ele vai tentar de novo sem publicar duas vezes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network&apos;s answer was not in the expected form; Postdesk will retry without posting twice.</source>
        <translation>A resposta da rede não estava no formato esperado; o Postdesk vai tentar de novo sem publicar duas vezes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account needs you to sign in again.</source>
        <translation>A conta precisa que você entre novamente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Waiting: sign in to this account again and it will go out.</source>
        <translation>Aguardando: entre novamente nesta conta e o post será publicado.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Waiting: your sign-ins are locked. Unlock them in Accounts and it will go out.</source>
        <translation>Aguardando: seus logins estão bloqueados. Desbloqueie-os em Contas e o post será publicado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An attached file is no longer in the media library, so this could not be posted.</source>
        <translation>Um arquivo anexado não está mais na biblioteca de mídia, então não foi possível publicar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: you asked for alt text on every image, and an image has none. Describe it and schedule again.</source>
        <translation>Não publicado: você pediu texto alternativo em todas as imagens, e uma imagem não tem. Descreva-a e agende novamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network refused the post.</source>
        <translation>A rede recusou o post.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gave up after several failed tries.</source>
        <translation>Desistiu depois de várias tentativas com falha.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused: Postdesk cannot publish to this network yet.</source>
        <translation>Pausado: o Postdesk ainda não pode publicar nesta rede.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused.</source>
        <translation>Pausado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resumed.</source>
        <translation>Retomado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handing it to the network&apos;s own scheduler…</source>
        <translation>Entregando ao agendador da própria rede…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network&apos;s own scheduler will publish it, even with Postdesk closed.</source>
        <translation>O agendador da própria rede vai publicá-lo, mesmo com o Postdesk fechado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk will publish it itself.</source>
        <translation>O próprio Postdesk vai publicá-lo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network&apos;s scheduler did not take it; Postdesk will publish it itself.</source>
        <translation>O agendador da rede não o aceitou; o próprio Postdesk vai publicá-lo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network did not publish it; Postdesk is publishing it now.</source>
        <translation>A rede não o publicou; o Postdesk está publicando agora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published by the network&apos;s scheduler.</source>
        <translation>Publicado pelo agendador da rede.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused: the network&apos;s scheduler does not show it. Please check.</source>
        <translation>Pausado: o agendador da rede não o mostra. Verifique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused: Postdesk&apos;s data was restored from a backup, and this may have gone out since. Check the network, then resume or publish it.</source>
        <translation>Pausado: os dados do Postdesk foram restaurados de um backup, e este post pode ter saído desde então. Verifique a rede e depois retome ou publique.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First comment posted.</source>
        <translation>Primeiro comentário publicado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The post is out, but the first comment could not be posted.</source>
        <translation>O post foi publicado, mas não foi possível publicar o primeiro comentário.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This network has no first comment; it was not posted.</source>
        <translation>Esta rede não tem primeiro comentário; ele não foi publicado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not check the network yet; will check again.</source>
        <translation>Ainda não foi possível verificar a rede; vai verificar de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only you can tell whether it is there: choose “Did it go out?”.</source>
        <translation>Só você pode saber se ele está lá: escolha “Foi publicado?”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edited on the network; what it said before is kept in this log.</source>
        <translation>Editado na rede; o texto anterior fica guardado neste registro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The edit did not reach the network; the post there is unchanged.</source>
        <translation>A edição não chegou à rede; o post lá não mudou.</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/refusal_words.py" line="+38"/>
        <source>Not posted: Postdesk could not read {name} on this computer. Attach it again and schedule the post again.</source>
        <extracomment>Plural sentences of the context &quot;ComposerActivity&quot; (see `i18n.plural_context`).</extracomment>
        <translation>Não publicado: o Postdesk não conseguiu ler {name} neste computador. Anexe o arquivo novamente e agende o post de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {name} is not an image or video Postdesk recognises. Replace it and schedule the post again.</source>
        <translation>Não publicado: {name} não é uma imagem nem um vídeo que o Postdesk reconheça. Substitua o arquivo e agende o post de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {name} could not be opened as an image; the file may be damaged. Replace it and schedule the post again.</source>
        <translation>Não publicado: não foi possível abrir {name} como imagem; o arquivo pode estar danificado. Substitua-o e agende o post de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {name} could not be read as a video; the file may be damaged. Replace it and schedule the post again.</source>
        <translation>Não publicado: não foi possível ler {name} como vídeo; o arquivo pode estar danificado. Substitua-o e agende o post de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {name} is too big for {network}, and Postdesk could not make it small enough. Use a smaller file and schedule the post again.</source>
        <translation>Não publicado: {name} é grande demais para {network}, e o Postdesk não conseguiu reduzi-lo o suficiente. Use um arquivo menor e agende o post de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the picture chosen as the video&apos;s cover could not be used. Choose another one and schedule the post again.</source>
        <translation>Não publicado: não foi possível usar a imagem escolhida como capa do vídeo. Escolha outra e agende o post de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} does not take files like {name} ({type}). Use another file and schedule the post again.</source>
        <translation>Não publicado: o {network} não aceita arquivos como {name} ({type}). Use outro arquivo e agende o post de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {name} is too big to send to {network}. Use a smaller file and schedule the post again.</source>
        <translation>Não publicado: {name} é grande demais para ser enviado ao {network}. Use um arquivo menor e agende o post de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {name} changed on this computer while Postdesk was sending it. Schedule the post again.</source>
        <translation>Não publicado: {name} mudou neste computador enquanto o Postdesk o enviava. Agende o post de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} could not process {name}; it may be damaged or in a format {network} does not take.</source>
        <translation>Não publicado: o {network} não conseguiu processar {name}; ele pode estar danificado ou em um formato que o {network} não aceita.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: this account has posted as many videos as {network} allows in a day. Try again tomorrow.</source>
        <translation>Não publicado: esta conta já publicou tantos vídeos quanto o {network} permite em um dia. Tente de novo amanhã.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} does not let this account upload videos right now. Try again later.</source>
        <translation>Não publicado: o {network} não permite que esta conta envie vídeos agora. Tente de novo mais tarde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: this video is {size}, and {network} lets this account upload only {left} more today. Try again tomorrow or post a shorter video.</source>
        <translation>Não publicado: este vídeo tem {size}, e o {network} só permite que esta conta envie mais {left} hoje. Tente de novo amanhã ou publique um vídeo mais curto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} takes at most {max} rules for who may reply, and {count} are chosen.</source>
        <translation>Não publicado: o {network} aceita no máximo {max} regras sobre quem pode responder, e {count} foram escolhidas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} has blocked this account from posting for a while; it says recent activity goes against its rules.</source>
        <translation>Não publicado: o {network} bloqueou temporariamente as publicações desta conta; segundo a rede, a atividade recente viola as regras dela.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} says the sign-in lacks a permission Postdesk needs. Reconnect the account in Accounts and allow everything Postdesk asks for.</source>
        <translation>Não publicado: segundo o {network}, falta ao login uma permissão de que o Postdesk precisa. Reconecte a conta em Contas e permita tudo o que o Postdesk pedir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not posted: the media relay&apos;s secret key is missing from the keyring. Enter it again in Settings › Media relay, then schedule the post again.</source>
        <translation>Não publicado: a chave secreta do relay de mídia não está no chaveiro. Digite-a de novo em Configurações › Relay de mídia e agende o post de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the media relay&apos;s bucket does not exist. Check the bucket name in Settings › Media relay, then schedule the post again.</source>
        <translation>Não publicado: o bucket do relay de mídia não existe. Confira o nome do bucket em Configurações › Relay de mídia e agende o post de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the media relay refused the access key (wrong key, wrong secret, or no permission on the bucket). Check Settings › Media relay, then schedule the post again.</source>
        <translation>Não publicado: o relay de mídia recusou a chave de acesso (chave errada, segredo errado ou sem permissão no bucket). Confira Configurações › Relay de mídia e agende o post de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the media relay refused to keep a copy of the file. Check Settings › Media relay, then schedule the post again.</source>
        <translation>Não publicado: o relay de mídia se recusou a guardar uma cópia do arquivo. Confira Configurações › Relay de mídia e agende o post de novo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{network} has no scheduler Postdesk can hand posts to.</source>
        <translation>O {network} não tem um agendador ao qual o Postdesk possa entregar posts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network}&apos;s scheduler takes a single post, not a thread.</source>
        <translation>O agendador do {network} aceita um único post, não um fio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The post still waits in {network}&apos;s scheduler: take it back and schedule it again.</source>
        <translation>O post ainda aguarda no agendador do {network}: retome-o e agende-o de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network} no longer has this post, or it was not written by this account.</source>
        <translation>O {network} não tem mais este post, ou ele não foi escrito por esta conta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This post was written by another account, so it cannot be edited from this one.</source>
        <translation>Este post foi escrito por outra conta, então não pode ser editado a partir desta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk cannot edit a post with a poll: {network} would start the poll over.</source>
        <translation>O Postdesk não pode editar um post com enquete: o {network} reiniciaria a enquete.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This {network} server is too old to edit posts; delete the post and post it again instead.</source>
        <translation>Este servidor do {network} é antigo demais para editar posts; exclua o post e publique-o de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network} does not let Postdesk do this here.</source>
        <translation>O {network} não permite que o Postdesk faça isso aqui.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{network}&apos;s scheduler takes a post only %Ln minute(s) or more before its time.</source>
        <translation>
            <numerusform>O agendador do {network} só aceita um post com %Ln minuto ou mais de antecedência.</numerusform>
            <numerusform>O agendador do {network} só aceita um post com %Ln minutos ou mais de antecedência.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{network}&apos;s scheduler takes a post at most %Ln day(s) before its time.</source>
        <translation>
            <numerusform>O agendador do {network} aceita um post com no máximo %Ln dia de antecedência.</numerusform>
            <numerusform>O agendador do {network} aceita um post com no máximo %Ln dias de antecedência.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>attachment {position}</source>
        <translation>o anexo {position}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an attached file</source>
        <translation>um arquivo anexado</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="+41"/>
        <source>Something happened with this post.</source>
        <translation>Algo aconteceu com este post.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="+79"/>
        <source>{sentence} {reason}</source>
        <translation>{sentence} {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+53"/>
        <source>{sentence} The network said: “{message}”</source>
        <translation>{sentence} A rede disse: “{message}”</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>{when} · {network}: {text}</source>
        <translation>{when} · {network}: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{when}: {text}</source>
        <translation>{when}: {text}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>see the post</source>
        <translation>ver o post</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network}: published —</source>
        <translation>{network}: publicado —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}: published.</source>
        <translation>{network}: publicado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{network}: draft, not scheduled.</source>
        <translation>{network}: rascunho, não agendado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: scheduled.</source>
        <translation>{network}: agendado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: about to publish.</source>
        <translation>{network}: prestes a publicar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: publishing now…</source>
        <translation>{network}: publicando agora…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: failed, will try again {when}. {reason}</source>
        <translation>{network}: falhou, vai tentar novamente {when}. {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network}: failed. {reason}</source>
        <translation>{network}: falhou. {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: paused. {reason}</source>
        <translation>{network}: pausado. {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: cancelled.</source>
        <translation>{network}: cancelado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: Postdesk does not know whether it went out. {reason}</source>
        <translation>{network}: o Postdesk não sabe se ele foi publicado. {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>soon</source>
        <translation>em breve</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The network said: “{message}”</source>
        <translation>A rede disse: “{message}”</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/refusal_words_networks.py" line="+15"/>
        <source>Not posted: {network} could not download the file from the media relay. Check the relay in Settings › Media relay and schedule the post again.</source>
        <translation>Não publicado: o {network} não conseguiu baixar o arquivo do relay de mídia. Verifique o relay em Configurações › Relay de mídia e agende o post de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} let the prepared post expire before it was published. Schedule the post again.</source>
        <translation>Não publicado: o {network} deixou o post preparado expirar antes de publicá-lo. Agende o post de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} could not process the video; its format, length or encoding is not one {network} takes. Convert it and schedule the post again.</source>
        <translation>Não publicado: o {network} não conseguiu processar o vídeo; o formato, a duração ou a codificação não é aceito pelo {network}. Converta o vídeo e agende o post de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} could not use the video&apos;s sound; it takes mono or stereo sound. Convert the video and schedule the post again.</source>
        <translation>Não publicado: o {network} não conseguiu usar o som do vídeo; ele aceita som mono ou estéreo. Converta o vídeo e agende o post de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the video&apos;s shape (aspect ratio) is not one {network} takes. Crop it and schedule the post again.</source>
        <translation>Não publicado: o {network} não aceita a proporção do vídeo. Recorte o vídeo e agende o post de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the video&apos;s bit rate is too high for {network}. Convert it and schedule the post again.</source>
        <translation>Não publicado: a taxa de bits do vídeo é alta demais para o {network}. Converta o vídeo e agende o post de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: the video is too long or too short for {network}. Trim it and schedule the post again.</source>
        <translation>Não publicado: o vídeo é longo ou curto demais para o {network}. Corte o vídeo e agende o post de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} takes videos of 23 to 60 frames a second, and this one is not. Convert it and schedule the post again.</source>
        <translation>Não publicado: o {network} aceita vídeos de 23 a 60 quadros por segundo, e este não é um deles. Converta o vídeo e agende o post de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} does not take this image format. Save it as JPEG and schedule the post again.</source>
        <translation>Não publicado: o {network} não aceita este formato de imagem. Salve a imagem como JPEG e agende o post de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: the file is larger than {network} takes. Use a smaller file and schedule the post again.</source>
        <translation>Não publicado: o arquivo é maior do que o {network} aceita. Use um arquivo menor e agende o post de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} could not take the media.</source>
        <translation>Não publicado: o {network} não conseguiu aceitar a mídia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: a photo&apos;s shape is not one {network} takes (from 4:5 to 1.91:1). Crop it and schedule the post again.</source>
        <translation>Não publicado: o {network} não aceita a proporção de uma foto (de 4:5 a 1,91:1). Recorte a foto e agende o post de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the caption is longer than the {max} characters {network} takes. Shorten it and schedule the post again.</source>
        <translation>Não publicado: a legenda passa dos {max} caracteres que o {network} aceita. Encurte a legenda e agende o post de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} does not take this kind of post.</source>
        <translation>Não publicado: o {network} não aceita este tipo de post.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} held the post back as suspected spam. Try again later, or post it from the app.</source>
        <translation>Não publicado: o {network} reteve o post por suspeita de spam. Tente de novo mais tarde ou publique pelo app.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: the chosen cover frame is not inside the video. Choose another one and schedule the post again.</source>
        <translation>Não publicado: o quadro escolhido como capa não está dentro do vídeo. Escolha outro e agende o post de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} could not find the prepared post. Schedule the post again.</source>
        <translation>Não publicado: o {network} não encontrou o post preparado. Agende o post de novo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not posted: {network} does not take photos whose width and height add up to more than {max} pixels, or whose long side is more than 20 times the short side. Resize the photo and schedule the post again.</source>
        <translation>Não publicado: o {network} não aceita fotos cuja largura e altura somem mais de {max} pixels, ou cujo lado maior tenha mais de 20 vezes o lado menor. Redimensione a foto e agende o post de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} no longer accepts the version of its API this Postdesk uses. Update Postdesk to publish to {network} again.</source>
        <translation>Não publicado: o {network} não aceita mais a versão da API usada por este Postdesk. Atualize o Postdesk para voltar a publicar no {network}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the video is larger than {network}&apos;s video service takes. Use a shorter or smaller video and schedule the post again.</source>
        <translation>Não publicado: o vídeo é maior do que o serviço de vídeo do {network} aceita. Use um vídeo mais curto ou menor e agende o post de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network}&apos;s video service refused the video.</source>
        <translation>Não publicado: o serviço de vídeo do {network} recusou o vídeo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} takes videos only from accounts with a confirmed email address. Confirm yours in {network}&apos;s settings, then schedule the post again.</source>
        <translation>Não publicado: o {network} só aceita vídeos de contas com endereço de e-mail confirmado. Confirme o seu nas configurações do {network} e depois agende o post de novo.</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/refusal_words_video.py" line="+19"/>
        <source>Not posted: {network} could not convert the video.</source>
        <translation>Não publicado: o {network} não conseguiu converter o vídeo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} could not read the video file.</source>
        <translation>Não publicado: o {network} não conseguiu ler o arquivo de vídeo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} received an empty video file.</source>
        <translation>Não publicado: o {network} recebeu um arquivo de vídeo vazio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} says the video file is too small.</source>
        <translation>Não publicado: segundo o {network}, o arquivo de vídeo é pequeno demais.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} cannot decode the video&apos;s format.</source>
        <translation>Não publicado: o {network} não consegue decodificar o formato do vídeo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the upload was cut off before {network} had all of it. Schedule the post again.</source>
        <translation>Não publicado: o envio foi interrompido antes de o {network} receber tudo. Agende o post de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} could not process the video.</source>
        <translation>Não publicado: o {network} não conseguiu processar o vídeo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video for copyright.</source>
        <translation>Não publicado: o {network} rejeitou o vídeo por direitos autorais.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video as inappropriate.</source>
        <translation>Não publicado: o {network} rejeitou o vídeo por ser impróprio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video as a duplicate of one already on the channel.</source>
        <translation>Não publicado: o {network} rejeitou o vídeo como duplicata de um que já está no canal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} rejected the video under its terms of use.</source>
        <translation>Não publicado: o {network} rejeitou o vídeo com base nos termos de uso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video because the channel is suspended.</source>
        <translation>Não publicado: o {network} rejeitou o vídeo porque o canal está suspenso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video because it is too long for this channel.</source>
        <translation>Não publicado: o {network} rejeitou o vídeo porque ele é longo demais para este canal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video because of a claim on it.</source>
        <translation>Não publicado: o {network} rejeitou o vídeo por causa de uma reivindicação sobre ele.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video because the channel is closed.</source>
        <translation>Não publicado: o {network} rejeitou o vídeo porque o canal foi encerrado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video for trademark reasons.</source>
        <translation>Não publicado: o {network} rejeitou o vídeo por questões de marca registrada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video for legal reasons.</source>
        <translation>Não publicado: o {network} rejeitou o vídeo por questões legais.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video.</source>
        <translation>Não publicado: o {network} rejeitou o vídeo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not posted: {network} could not read the file&apos;s format. It takes MP4, MOV or WebM videos and JPEG or WebP photos.</source>
        <translation>Não publicado: o {network} não conseguiu ler o formato do arquivo. Ele aceita vídeos MP4, MOV ou WebM e fotos JPEG ou WebP.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} refused the video&apos;s length for this account.</source>
        <translation>Não publicado: o {network} recusou a duração do vídeo para esta conta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} refused the video&apos;s frame rate. It takes 23 to 60 frames a second.</source>
        <translation>Não publicado: o {network} recusou a taxa de quadros do vídeo. Ele aceita de 23 a 60 quadros por segundo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} refused a photo&apos;s size. Photos up to 1080p work.</source>
        <translation>Não publicado: o {network} recusou o tamanho de uma foto. Fotos de até 1080p funcionam.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} had an internal problem with this post. Schedule the post again.</source>
        <translation>Não publicado: o {network} teve um problema interno com este post. Agende o post de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} could not download the video.</source>
        <translation>Não publicado: o {network} não conseguiu baixar o vídeo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} could not download a photo from the media relay.</source>
        <translation>Não publicado: o {network} não conseguiu baixar uma foto do relay de mídia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the post was cancelled in {network}.</source>
        <translation>Não publicado: o post foi cancelado no {network}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: Postdesk&apos;s access to this {network} account was removed. Reconnect the account in Accounts.</source>
        <translation>Não publicado: o acesso do Postdesk a esta conta do {network} foi removido. Reconecte a conta em Contas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: this account has reached {network}&apos;s daily limit of posts from apps. Try again tomorrow.</source>
        <translation>Não publicado: esta conta atingiu o limite diário do {network} de posts enviados por apps. Tente de novo amanhã.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} does not let this account post right now.</source>
        <translation>Não publicado: o {network} não está deixando esta conta publicar agora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} flagged the caption as spam.</source>
        <translation>Não publicado: o {network} marcou a legenda como spam.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} flagged the post as spam.</source>
        <translation>Não publicado: o {network} marcou o post como spam.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: your {network} app is not approved for this permission. Check the products of your app on {network}&apos;s developer site.</source>
        <translation>Não publicado: seu app do {network} não está aprovado para esta permissão. Confira os produtos do seu app no site para desenvolvedores do {network}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: your {network} app has not passed {network}&apos;s audit yet, so it can post only privately, from a private account.</source>
        <translation>Não publicado: seu app do {network} ainda não passou na auditoria do {network}, então só pode publicar de forma privada, a partir de uma conta privada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} could not publish the post.</source>
        <translation>Não publicado: o {network} não conseguiu publicar o post.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not posted: that subreddit does not exist. Check its name and schedule the post again.</source>
        <translation>Não publicado: esse subreddit não existe. Confira o nome e agende o post de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the subreddit does not exist or cannot be seen from your account. Check its name and schedule the post again.</source>
        <translation>Não publicado: o subreddit não existe ou não pode ser visto pela sua conta. Confira o nome e agende o post de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: you are not allowed to post in this subreddit.</source>
        <translation>Não publicado: você não tem permissão para publicar neste subreddit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: choose the subreddit to post to and schedule the post again.</source>
        <translation>Não publicado: escolha o subreddit em que publicar e agende o post de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this subreddit does not take text posts.</source>
        <translation>Não publicado: este subreddit não aceita posts de texto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this subreddit takes text posts only.</source>
        <translation>Não publicado: este subreddit só aceita posts de texto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this subreddit does not take images.</source>
        <translation>Não publicado: este subreddit não aceita imagens.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this subreddit does not take videos.</source>
        <translation>Não publicado: este subreddit não aceita vídeos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this link has already been posted to this subreddit.</source>
        <translation>Não publicado: este link já foi publicado neste subreddit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} needs a title or text here.</source>
        <translation>Não publicado: o {network} precisa de um título ou texto aqui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} could not use the link or the uploaded media.</source>
        <translation>Não publicado: o {network} não conseguiu usar o link ou a mídia enviada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} needs a link for this post.</source>
        <translation>Não publicado: o {network} precisa de um link para este post.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this subreddit requires a flair. Choose one and schedule the post again.</source>
        <translation>Não publicado: este subreddit exige um flair. Escolha um e agende o post de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the chosen flair no longer exists in this subreddit. Choose another and schedule the post again.</source>
        <translation>Não publicado: o flair escolhido não existe mais neste subreddit. Escolha outro e agende o post de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} asks you to sign in again. Reconnect the account in Accounts.</source>
        <translation>Não publicado: o {network} pede que você entre de novo. Reconecte a conta em Contas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The comment you are answering has been deleted.</source>
        <translation>O comentário que você está respondendo foi excluído.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The post you are answering has been deleted.</source>
        <translation>O post que você está respondendo foi excluído.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments are locked on this post.</source>
        <translation>Os comentários deste post estão bloqueados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This post is archived and takes no more comments.</source>
        <translation>Este post está arquivado e não aceita mais comentários.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: part of the post is too long for {network}.</source>
        <translation>Não publicado: uma parte do post é longa demais para o {network}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the post does not follow one of the subreddit&apos;s rules.</source>
        <translation>Não publicado: o post não segue uma das regras do subreddit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} refused the post.</source>
        <translation>Não publicado: o {network} recusou o post.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not posted: {network} refused the title (empty, too long, or with &lt; or &gt;).</source>
        <translation>Não publicado: o {network} recusou o título (vazio, longo demais ou com &lt; ou &gt;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} refused the description (over 5000 bytes, or with &lt; or &gt;).</source>
        <translation>Não publicado: o {network} recusou a descrição (mais de 5000 bytes ou com &lt; ou &gt;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} refused the tags (together over 500 characters, or with &lt; or &gt;).</source>
        <translation>Não publicado: o {network} recusou as tags (mais de 500 caracteres no total ou com &lt; ou &gt;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} does not have that category.</source>
        <translation>Não publicado: o {network} não tem essa categoria.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} refused the scheduled time.</source>
        <translation>Não publicado: o {network} recusou o horário agendado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} does not allow that privacy setting for this video.</source>
        <translation>Não publicado: o {network} não permite essa configuração de privacidade para este vídeo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} does not allow that license for this video.</source>
        <translation>Não publicado: o {network} não permite essa licença para este vídeo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} needs the video&apos;s language set first.</source>
        <translation>Não publicado: o {network} precisa primeiro que o idioma do vídeo seja definido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} got no video file.</source>
        <translation>Não publicado: o {network} não recebeu nenhum arquivo de vídeo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} could not read the thumbnail image.</source>
        <translation>Não publicado: o {network} não conseguiu ler a imagem da miniatura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the thumbnail is over {network}&apos;s 2 MB.</source>
        <translation>Não publicado: a miniatura passa dos 2 MB do {network}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} cannot find that playlist.</source>
        <translation>Não publicado: o {network} não encontra essa playlist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video is no longer on {network}.</source>
        <translation>O vídeo não está mais no {network}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments are turned off for this video.</source>
        <translation>Os comentários estão desativados neste vídeo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this Google account has no {network} channel yet.</source>
        <translation>Não publicado: esta conta do Google ainda não tem um canal do {network}.</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/refusal_words_waits.py" line="+16"/>
        <location line="+6"/>
        <source>Waiting: this account has reached the limit of posts per 24 hours on {network} ({max}). Postdesk will try again in an hour.</source>
        <translation>Aguardando: esta conta atingiu o limite de posts em 24 horas do {network} ({max}). O Postdesk tentará de novo em uma hora.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: this account has reached the limit of replies per 24 hours on {network} ({max}). Postdesk will try again in an hour.</source>
        <translation>Aguardando: esta conta atingiu o limite de respostas em 24 horas do {network} ({max}). O Postdesk tentará de novo em uma hora.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: your {network} API project does not have enough quota left today for this video. Postdesk will upload it after midnight Pacific time.</source>
        <translation>Aguardando: seu projeto de API do {network} não tem cota suficiente hoje para este vídeo. O Postdesk vai enviá-lo depois da meia-noite no horário do Pacífico.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: this channel has uploaded as many videos as {network} allows for now. Postdesk will try again in 24 hours.</source>
        <translation>Aguardando: este canal já enviou tantos vídeos quanto o {network} permite por enquanto. O Postdesk tentará de novo em 24 horas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: this account has reached {network}&apos;s daily limit of posts from apps. Postdesk will try again in an hour.</source>
        <translation>Aguardando: esta conta atingiu o limite diário do {network} de posts feitos por apps. O Postdesk tentará de novo em uma hora.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: your {network} app has reached its daily number of accounts that may post. Postdesk will try again in an hour.</source>
        <translation>Aguardando: seu app do {network} atingiu o número diário de contas que podem publicar. O Postdesk tentará de novo em uma hora.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not posted: {network}&apos;s media storage did not take {name}. Try again later or use another file.</source>
        <translation>Não publicado: o armazenamento de mídia do {network} não aceitou {name}. Tente de novo mais tarde ou use outro arquivo.</translation>
    </message>
</context>
<context>
    <name>ComposerPane</name>
    <message>
        <location filename="../src/postdesk/app.py" line="-43"/>
        <location line="+44"/>
        <source>Compose</source>
        <translation>Escrever</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pane_layout.py" line="+39"/>
        <source>&amp;New post</source>
        <translation>&amp;Novo post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new post</source>
        <translation>Começar um novo post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new post (Ctrl+N)</source>
        <translation>Começar um novo post (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post to:</source>
        <translation>Publicar em:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save status</source>
        <translation>Status do salvamento</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Text, media and schedule</source>
        <translation>Texto, mídia e agendamento</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>New post</source>
        <translation>Novo post</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule</source>
        <translation>Agendar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Split into thread</source>
        <translation>Dividir em fio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attach images</source>
        <translation>Anexar imagens</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="+95"/>
        <source>Composer</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening your last draft…</source>
        <translation>Abrindo seu último rascunho…</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>The post was removed from Postdesk.</source>
        <translation>O post foi removido do Postdesk.</translation>
    </message>
</context>
<context>
    <name>ComposerProblems</name>
    <message>
        <location filename="../src/postdesk/ui/composer/problem_templates.py" line="+14"/>
        <source>Too long by {over}: {length} of {limit} characters.</source>
        <translation>Longo demais em {over}: {length} de {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too long for {network}&apos;s storage limit: {length} of {limit} bytes (emoji and accented letters take more than one).</source>
        <translation>Longo demais para o limite de armazenamento do {network}: {length} de {limit} bytes (emojis e letras acentuadas ocupam mais de um).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write something: {network} does not accept an empty post.</source>
        <translation>Escreva algo: o {network} não aceita um post vazio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a title: {network} needs one.</source>
        <translation>Adicione um título: o {network} exige um.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too long: {length} of {limit} characters.</source>
        <translation>O título é longo demais: {length} de {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With media attached, the text is a caption: {length} of {limit} characters.</source>
        <translation>Com mídia anexada, o texto é uma legenda: {length} de {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} does not allow the character “{char}” here.</source>
        <translation>O {network} não permite o caractere “{char}” aqui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many hashtags: {count}, {network} allows {max}.</source>
        <translation>Hashtags demais: {count}, o {network} permite {max}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many mentions: {count}, {network} allows {max}.</source>
        <translation>Menções demais: {count}, o {network} permite {max}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many images: {count}, {network} allows {max}.</source>
        <translation>Imagens demais: {count}, o {network} permite {max}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many videos: {count}, {network} allows {max}.</source>
        <translation>Vídeos demais: {count}, o {network} permite {max}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} cannot mix images and video in one post.</source>
        <translation>O {network} não permite misturar imagens e vídeo em um post.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach an image or a video: {network} posts need one.</source>
        <translation>Anexe uma imagem ou um vídeo: posts do {network} exigem um.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image {position} has no description (alt text) for people who cannot see it.</source>
        <translation>A imagem {position} não tem descrição (texto alternativo) para quem não pode vê-la.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The description of image {position} is too long: {length} of {limit} characters.</source>
        <translation>A descrição da imagem {position} é longa demais: {length} de {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} has no threads: only the first part would be posted. Join the parts or write a separate text for {network}.</source>
        <translation>O {network} não tem fios: só a primeira parte seria publicada. Junte as partes ou escreva um texto separado para o {network}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An attached file is missing from the media library; attach it again.</source>
        <translation>Um arquivo anexado não está na biblioteca de mídia; anexe-o novamente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the subreddit to post to.</source>
        <translation>Escolha o subreddit em que publicar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the Pinterest board to save this Pin to.</source>
        <translation>Escolha a pasta do Pinterest em que salvar este pin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The content warning is too long.</source>
        <translation>O aviso de conteúdo é longo demais.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the {network} account to post from (connect one in Accounts if the list is empty).</source>
        <translation>Escolha a conta do {network} que vai publicar (conecte uma em Contas se a lista estiver vazia).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {network} account chosen for this post is no longer connected: choose another one or connect it again in Accounts.</source>
        <translation>A conta do {network} escolhida para este post não está mais conectada: escolha outra ou conecte-a de novo em Contas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The {network} account chosen for this post was disconnected: connect it again in Accounts, or choose another one.</source>
        <translation>A conta do {network} escolhida para este post foi desconectada: conecte-a de novo em Contas ou escolha outra.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in to {handle} again before this can be posted.</source>
        <translation>Entre novamente em {handle} antes que isto possa ser publicado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk cannot publish to {network} yet: remove {network} from this post to schedule it.</source>
        <translation>O Postdesk ainda não pode publicar no {network}: remova o {network} deste post para agendá-lo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network} fetches photos and videos from a public web address, which needs a media relay. Postdesk does not support one yet, so posts to {network} can only be text for now: remove the media for {network}.</source>
        <translation>O {network} busca fotos e vídeos em um endereço público da web, o que exige um relay de mídia. O Postdesk ainda não oferece suporte a isso, então por enquanto posts no {network} só podem ter texto: remova a mídia do {network}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{network} fetches photos and videos from a public web address, which needs a media relay: set one up in Settings › Media relay, or remove the media for {network}.</source>
        <translation>O {network} busca fotos e vídeos em um endereço público da web, o que exige um relay de mídia: configure um em Configurações › Relay de mídia ou remova a mídia do {network}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{network} does not allow a poll and photos or videos in the same post.</source>
        <translation>O {network} não permite uma enquete e fotos ou vídeos no mesmo post.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk cannot post videos to {network} yet: remove the video (attachment {position}) for {network}.</source>
        <translation>O Postdesk ainda não pode publicar vídeos no {network}: remova o vídeo (anexo {position}) do {network}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk cannot post animated GIFs to {network}: remove GIF {position} for {network}, or use a video.</source>
        <translation>O Postdesk não pode publicar GIFs animados no {network}: remova o GIF {position} do {network} ou use um vídeo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GIF {position} is {size_mb} MB; {network} takes GIFs of at most {max_mb} MB.</source>
        <translation>O GIF {position} tem {size_mb} MB; o {network} aceita GIFs de no máximo {max_mb} MB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On {network}, an animated GIF must be alone: no other photos, GIFs or videos in the same post.</source>
        <translation>No {network}, um GIF animado precisa estar sozinho: sem outras fotos, GIFs ou vídeos no mesmo post.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network} does not take {format} videos (only {formats}): change attachment {position}.</source>
        <translation>O {network} não aceita vídeos {format} (só {formats}): altere o anexo {position}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attachment {position} is a {size_mb} MB video; {network} takes at most {max_mb} MB.</source>
        <translation>O anexo {position} é um vídeo de {size_mb} MB; o {network} aceita no máximo {max_mb} MB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video (attachment {position}) lasts {duration}; {network} takes at most {max_duration}.</source>
        <translation>O vídeo (anexo {position}) dura {duration}; o {network} aceita no máximo {max_duration}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The video (attachment {position}) lasts {seconds} s; {network} needs at least {min_seconds} s.</source>
        <translation>O vídeo (anexo {position}) dura {seconds} s; o {network} exige pelo menos {min_seconds} s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The video (attachment {position}) is {width}×{height} pixels; {network} takes at most {max_width}×{max_height}.</source>
        <translation>O vídeo (anexo {position}) tem {width}×{height} pixels; o {network} aceita no máximo {max_width}×{max_height}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The video (attachment {position}) is {width}×{height} pixels; {network} needs at least {min_side} pixels on each side.</source>
        <translation>O vídeo (anexo {position}) tem {width}×{height} pixels; o {network} exige pelo menos {min_side} pixels em cada lado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many attachments: {count}, {network} takes at most {max} photos and videos in one post.</source>
        <translation>Anexos demais: {count}, o {network} aceita no máximo {max} fotos e vídeos em um post.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tags come to {length} of YouTube&apos;s {limit} characters (YouTube counts the commas between tags, and quotes around a tag with a space).</source>
        <translation>As tags somam {length} dos {limit} caracteres do YouTube (o YouTube conta as vírgulas entre as tags e as aspas em volta de uma tag com espaço).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>YouTube does not allow &lt; or &gt; in tags.</source>
        <translation>O YouTube não permite &lt; nem &gt; nas tags.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YouTube does not know the {field} “{value}”: choose another.</source>
        <translation>O YouTube não reconhece {field} “{value}”: escolha outro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YouTube&apos;s own scheduler can only make a video public at its time: choose Public, or let Postdesk publish it.</source>
        <translation>O agendador do próprio YouTube só pode tornar um vídeo público na hora marcada: escolha Público ou deixe o Postdesk publicá-lo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A Short lasts at most {max_duration}; this video lasts {duration}.</source>
        <translation>Um Short dura no máximo {max_duration}; este vídeo dura {duration}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Short must be vertical or square; this video is {width}×{height}.</source>
        <translation>Um Short precisa ser vertical ou quadrado; este vídeo tem {width}×{height}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This video is vertical or square and at most 3 minutes: YouTube will show it as a Short.</source>
        <translation>Este vídeo é vertical ou quadrado e tem no máximo 3 minutos: o YouTube vai mostrá-lo como Short.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YouTube&apos;s daily API quota cannot cover {uploads} uploads on {day} (Pacific time): move this post to another day.</source>
        <translation>A cota diária da API do YouTube não comporta {uploads} envios em {day} (horário do Pacífico): mova este post para outro dia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This uses nearly all of YouTube&apos;s daily API quota for {day} (Pacific time): about {units_left} units would be left.</source>
        <translation>Isto usa quase toda a cota diária da API do YouTube para {day} (horário do Pacífico): restariam cerca de {units_left} unidades.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose who can see this TikTok post: TikTok asks every time and Postdesk does not choose for you.</source>
        <translation>Escolha quem pode ver este post do TikTok: o TikTok pergunta sempre e o Postdesk não escolhe por você.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This TikTok account does not offer the privacy level chosen: choose one of its own.</source>
        <translation>Esta conta do TikTok não oferece o nível de privacidade escolhido: escolha um dos níveis dela.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk has not read this TikTok account&apos;s settings yet (who may see its posts, longest video): wait for them or press Refresh in the TikTok options.</source>
        <translation>O Postdesk ainda não leu as configurações desta conta do TikTok (quem pode ver os posts, vídeo mais longo): aguarde ou clique em Atualizar nas opções do TikTok.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The video lasts {seconds} s; TikTok lets this account post at most {max_seconds} s.</source>
        <translation>O vídeo dura {seconds} s; o TikTok permite que esta conta publique no máximo {max_seconds} s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You turned on commercial content disclosure: choose Your brand, Branded content, or both.</source>
        <translation>Você ativou a divulgação de conteúdo comercial: escolha Sua marca, Conteúdo de marca ou ambos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Branded content cannot be private on TikTok: choose who else can see it.</source>
        <translation>Conteúdo de marca não pode ser privado no TikTok: escolha quem mais pode vê-lo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TikTok fetches photos from a web address verified in your TikTok app: set up a media relay (Settings › Media relay), verify its address with TikTok, and tick “verified” in the TikTok options.</source>
        <translation>O TikTok busca fotos em um endereço da web verificado no seu app do TikTok: configure um relay de mídia (Configurações › Relay de mídia), verifique o endereço dele no TikTok e marque “verificado” nas opções do TikTok.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A TikTok photo post&apos;s title takes at most {limit} characters.</source>
        <translation>O título de um post de fotos do TikTok aceita no máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>r/{subreddit} does not take this kind of post: post text, a link or media as the subreddit allows, or choose another subreddit.</source>
        <translation>r/{subreddit} não aceita este tipo de post: publique texto, um link ou mídia conforme o subreddit permite ou escolha outro subreddit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This subreddit wants a title of at least {min} characters.</source>
        <translation>Este subreddit exige um título de pelo menos {min} caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit takes titles of at most {max} characters.</source>
        <translation>Este subreddit aceita títulos de no máximo {max} caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit wants one of these words in the title: {words}.</source>
        <translation>Este subreddit exige uma destas palavras no título: {words}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit does not allow “{word}” in a title.</source>
        <translation>Este subreddit não permite “{word}” em um título.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit wants text in the post.</source>
        <translation>Este subreddit exige texto no post.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit takes posts with a title only: remove the text for Reddit.</source>
        <translation>Este subreddit aceita posts só com título: remova o texto do Reddit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit wants at least {min} characters of text.</source>
        <translation>Este subreddit exige pelo menos {min} caracteres de texto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit takes at most {max} characters of text.</source>
        <translation>Este subreddit aceita no máximo {max} caracteres de texto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>r/{subreddit} requires a flair: choose one.</source>
        <translation>r/{subreddit} exige um flair: escolha um.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen flair no longer exists in this subreddit: choose another.</source>
        <translation>O flair escolhido não existe mais neste subreddit: escolha outro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit does not take links to {domain}.</source>
        <translation>Este subreddit não aceita links para {domain}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A gallery in this subreddit holds {min} to {max} images.</source>
        <translation>Uma galeria neste subreddit tem de {min} a {max} imagens.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit does not use spoiler tags: untick Spoiler.</source>
        <translation>Este subreddit não usa marcação de spoiler: desmarque Spoiler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reddit image, video, gallery and link posts carry no text: only the title goes with them. Post the text as a comment, or remove the media or link.</source>
        <translation>Posts de imagem, vídeo, galeria e link no Reddit não têm texto: só o título vai com eles. Publique o texto como comentário ou remova a mídia ou o link.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose what this Instagram post is: a post, a Reel or a Story.</source>
        <translation>Escolha o que é este post do Instagram: um post, um reel ou um story.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Instagram Reel is exactly one video: keep one video, or post it as a post instead.</source>
        <translation>Um reel do Instagram é exatamente um vídeo: mantenha um vídeo ou publique-o como post.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Instagram Story is exactly one photo or one video.</source>
        <translation>Um story do Instagram é exatamente uma foto ou um vídeo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo {position} is {width}×{height}: Instagram feed photos must be between 4:5 (portrait) and 1.91:1 (landscape). Crop it, or tick “Crop photos to fit” in the Instagram options.</source>
        <translation>A foto {position} tem {width}×{height}: as fotos do feed do Instagram precisam estar entre 4:5 (retrato) e 1,91:1 (paisagem). Recorte-a ou marque “Recortar fotos para caber” nas opções do Instagram.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The video&apos;s shape ({width}×{height}) is not one Instagram takes for a Reel.</source>
        <translation>O formato do vídeo ({width}×{height}) não é aceito pelo Instagram para um reel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reels and Stories fill the phone&apos;s screen at 9:16 (like 1080×1920); this one is {width}×{height} and will show with bars or be cropped.</source>
        <translation>Reels e stories ocupam a tela do celular em 9:16 (como 1080×1920); este tem {width}×{height} e vai aparecer com barras ou recortado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A Story video lasts 3 to 60 seconds; this one lasts {seconds} s.</source>
        <translation>Um vídeo de story dura de 3 a 60 segundos; este dura {seconds} s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stories show no caption: the text will not go to Instagram.</source>
        <translation>Stories não mostram legenda: o texto não vai para o Instagram.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Reel&apos;s cover frame must be inside the video: choose a time before its end.</source>
        <translation>O quadro de capa do reel precisa estar dentro do vídeo: escolha um momento antes do fim.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stories cannot have collaborators: remove them, or post it as a post or Reel.</source>
        <translation>Stories não podem ter colaboradores: remova-os ou publique como post ou reel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instagram takes at most {max} collaborators; you named {count}.</source>
        <translation>O Instagram aceita no máximo {max} colaboradores; você indicou {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Instagram location is the number (ID) of a Facebook Page that has a location.</source>
        <translation>Uma localização do Instagram é o número (ID) de uma página do Facebook que tem uma localização.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose which business (location) this Google post is for.</source>
        <translation>Escolha para qual empresa (local) é este post do Google.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the kind of Google post: What&apos;s new, Event or Offer.</source>
        <translation>Escolha o tipo de post do Google: Novidade, Evento ou Oferta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google does not offer the button “{value}”: choose another button.</source>
        <translation>O Google não oferece o botão “{value}”: escolha outro botão.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The button needs a web address to open (only “Call now” has none).</source>
        <translation>O botão precisa de um endereço da web para abrir (só “Ligar agora” não tem).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The web address must start with https:// (or http://).</source>
        <translation>O endereço da web precisa começar com https:// (ou http://).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An event or offer on Google needs a title.</source>
        <translation>Um evento ou oferta no Google precisa de um título.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google takes event and offer titles of at most {limit} characters; this one has {length}.</source>
        <translation>O Google aceita títulos de evento e oferta de no máximo {limit} caracteres; este tem {length}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An event or offer on Google needs a start and an end date.</source>
        <translation>Um evento ou oferta no Google precisa de uma data de início e de término.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the event or offer dates: each must be a date (and time), and the end cannot come before the start.</source>
        <translation>Confira as datas do evento ou oferta: cada uma precisa ser uma data (e hora), e o término não pode vir antes do início.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Facebook shows a link preview only on a post without photos or video: remove the link, or put the address in the text.</source>
        <translation>O Facebook só mostra a pré-visualização de link em um post sem fotos nem vídeo: remova o link ou coloque o endereço no texto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The link must be a full web address starting with https:// (or http://).</source>
        <translation>O link precisa ser um endereço da web completo que comece com https:// (ou http://).</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/problem_templates_tools.py" line="+11"/>
        <source>Describe image {position} (alt text) first: you asked for a description on every image (Settings, Publishing).</source>
        <translation>Descreva antes a imagem {position} (texto alternativo): você pediu uma descrição em todas as imagens (Configurações, Publicação).</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/wording.py" line="+28"/>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{m} min {s} s</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{network} will not accept this post as it is ({code}).</source>
        <translation>O {network} não vai aceitar este post como está ({code}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Part {n}: {sentence}</source>
        <translation>Parte {n}: {sentence}</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/problem_templates_extras.py" line="+14"/>
        <source>The first comment is too long for {network}: {length} of {limit} characters.</source>
        <translation>O primeiro comentário é longo demais para o {network}: {length} de {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk can&apos;t post a first comment on {network}: remove it, or post it yourself.</source>
        <translation>O Postdesk não pode publicar um primeiro comentário no {network}: remova-o ou publique-o você mesmo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk can&apos;t add a poll to a {network} post: remove the poll.</source>
        <translation>O Postdesk não pode adicionar uma enquete a um post do {network}: remova a enquete.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A poll on {network} needs {min} to {max} choices; this one has {count}.</source>
        <translation>Uma enquete no {network} precisa ter de {min} a {max} opções; esta tem {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poll choice {position} is too long for {network}: {length} of {limit} characters.</source>
        <translation>A opção {position} da enquete é longa demais para o {network}: {length} de {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two poll choices say the same thing: {network} wants each one different.</source>
        <translation>Duas opções da enquete dizem a mesma coisa: o {network} exige que cada uma seja diferente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A poll on {network} runs from {min_duration} to {max_duration}; this one runs {duration}.</source>
        <translation>Uma enquete no {network} dura de {min_duration} a {max_duration}; esta dura {duration}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On {network}, people can pick only one poll choice.</source>
        <translation>No {network}, as pessoas só podem escolher uma opção da enquete.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk can&apos;t quote a post on {network}: remove the address, or put it in the text.</source>
        <translation>O Postdesk não pode citar um post no {network}: remova o endereço ou coloque-o no texto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address to quote is not a {network} post: copy it from the post&apos;s Share menu.</source>
        <translation>O endereço a citar não é um post do {network}: copie-o do menu Compartilhar do post.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your {network} server can&apos;t quote posts yet (it needs Mastodon 4.5): remove the address, or put it in the text.</source>
        <translation>Seu servidor do {network} ainda não pode citar posts (requer Mastodon 4.5): remova o endereço ou coloque-o no texto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{network} does not allow a quoted post and a poll together: keep one.</source>
        <translation>O {network} não permite um post citado e uma enquete juntos: mantenha um.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} does not allow a quoted post with images or video: remove the media, or the quote.</source>
        <translation>O {network} não permite um post citado com imagens ou vídeo: remova a mídia ou a citação.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose again who can reply: {network} does not know this choice.</source>
        <translation>Escolha de novo quem pode responder: o {network} não reconhece esta opção.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the post&apos;s language again: {network} does not know “{language}”.</source>
        <translation>Escolha de novo o idioma do post: o {network} não reconhece “{language}”.</translation>
    </message>
</context>
<context>
    <name>ComposerSent</name>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="+74"/>
        <source>Published on {networks}.</source>
        <translation>Publicado em {networks}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Being published on {networks} now.</source>
        <translation>Sendo publicado em {networks} agora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk is checking whether it went out on {networks}.</source>
        <translation>O Postdesk está verificando se ele saiu em {networks}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Will be tried again on {networks}, exactly as sent.</source>
        <translation>Será tentado de novo em {networks}, exatamente como enviado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed on {networks}; you can fix it and try again.</source>
        <translation>Falhou em {networks}; você pode corrigir e tentar novamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused on {networks}.</source>
        <translation>Pausado em {networks}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled on {networks}.</source>
        <translation>Cancelado em {networks}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handed to the own scheduler of {networks}.</source>
        <translation>Entregue ao agendador próprio de {networks}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{network} as {account}</source>
        <translation>{network} como {account}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part {n} of {count}: </source>
        <translation>Parte {n} de {count}: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attached {name}, described as “{alt}”</source>
        <translation>{name} anexado, descrito como “{alt}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached {name}, without a description</source>
        <translation>{name} anexado, sem descrição</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an image</source>
        <translation>uma imagem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edited on {network}: this is what it says there now.</source>
        <translation>Editado no {network}: este é o texto que está lá agora.</translation>
    </message>
</context>
<context>
    <name>ComposerTools</name>
    <message>
        <location filename="../src/postdesk/ui/composer/templates_part.py" line="+79"/>
        <source>Insert a snippet or hashtag group</source>
        <translation>Inserir um trecho ou grupo de hashtags</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Insert</source>
        <translation>&amp;Inserir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insert a snippet or hashtag group (Ctrl+Shift+I)</source>
        <translation>Inserir um trecho ou grupo de hashtags (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More for this post</source>
        <translation>Mais para este post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate, templates, snippets</source>
        <translation>Duplicar, modelos, trechos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>M&amp;ore</source>
        <translation>&amp;Mais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate this post</source>
        <translation>&amp;Duplicar este post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;template…</source>
        <translation>Salvar como &amp;modelo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New from t&amp;emplate…</source>
        <translation>Novo a partir de m&amp;odelo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Snippets and hashtag groups…</source>
        <translation>&amp;Trechos e grupos de hashtags…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Insert snippet</source>
        <translation>Inserir trecho</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Snippets</source>
        <translation>Trechos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hashtag groups</source>
        <translation>Grupos de hashtags</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No snippets yet</source>
        <translation>Nenhum trecho ainda</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Save as template</source>
        <translation>Salvar como modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template &amp;name:</source>
        <translation>&amp;Nome do modelo:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved as the template “{name}”.</source>
        <translation>Salvo como o modelo “{name}”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A template with that name exists: pick another name.</source>
        <translation>Já existe um modelo com esse nome: escolha outro nome.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The template could not be saved. Try again in a moment.</source>
        <translation>Não foi possível salvar o modelo. Tente novamente daqui a pouco.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Writing</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing tools</source>
        <translation>Ferramentas de escrita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;nippets and hashtag groups…</source>
        <translation>Trechos e &amp;grupos de hashtags…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage snippets and hashtag groups</source>
        <translation>Gerenciar trechos e grupos de hashtags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tem&amp;plates…</source>
        <translation>&amp;Modelos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage templates</source>
        <translation>Gerenciar modelos</translation>
    </message>
</context>
<context>
    <name>ConnectChip</name>
    <message>
        <location filename="../src/postdesk/ui/composer/account_chips.py" line="+53"/>
        <source>Connect {network}…</source>
        <translation>Conectar {network}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect an account on {network}</source>
        <translation>Conectar uma conta do {network}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to {network} to post there from Postdesk</source>
        <translation>Entre no {network} para publicar lá pelo Postdesk</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="+76"/>
        <source>Connect an account</source>
        <translation>Conectar uma conta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reconnect</source>
        <translation>Reconectar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+373"/>
        <source>&amp;Next</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <location line="-372"/>
        <source>Next</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Which network do you want to connect?</source>
        <translation>Qual rede você quer conectar?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Networks</source>
        <translation>Redes</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sign in with the &amp;browser (recommended)</source>
        <translation>Entrar pelo &amp;navegador (recomendado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an &amp;app password</source>
        <translation>Usar uma senha de &amp;app</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Post as &amp;me</source>
        <translation>Publicar como e&amp;u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post as a Pa&amp;ge I administer</source>
        <translation>Publicar como uma pá&amp;gina que administro</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Posting as a Page needs LinkedIn&apos;s Community Management API product on your app, and you must be an administrator of the Page. You will pick the Page after signing in.</source>
        <translation>Publicar como página exige o produto Community Management API do LinkedIn no seu app, e você precisa ser administrador da página. Você escolhe a página depois de entrar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client id</source>
        <translation>Client id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local port</source>
        <translation>Porta local</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redirect address to register</source>
        <translation>Endereço de redirecionamento a registrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;py</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the redirect address</source>
        <translation>Copiar o endereço de redirecionamento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handle</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App password</source>
        <translation>Senha de app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bot token</source>
        <translation>Token do bot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client &amp;id:</source>
        <translation>Client &amp;id:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;secret:</source>
        <translation>Client &amp;secret:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redirect address:</source>
        <translation>Endereço de redirecionamento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rvidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handle:</source>
        <translation>I&amp;dentificador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App pass&amp;word:</source>
        <translation>Se&amp;nha de app:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bot &amp;token:</source>
        <translation>&amp;Token do bot:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Waiting for the sign-in</source>
        <translation>Aguardando o login</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Facebook Pages</source>
        <translation>Páginas do Facebook</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>LinkedIn Pages</source>
        <translation>Páginas do LinkedIn</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Which Page should this account post as?</source>
        <translation>&amp;Como qual página esta conta deve publicar?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are not an administrator of any LinkedIn Page. Ask an administrator of the Page to make you one, or connect the account to post as yourself.</source>
        <translation>Você não é administrador de nenhuma página do LinkedIn. Peça a um administrador da página que torne você um, ou conecte a conta para publicar em seu próprio nome.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving the Page…</source>
        <translation>Salvando a página…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source> (you cannot create posts on it)</source>
        <translation> (você não pode criar posts nela)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot create posts on this Page (ask an admin to give you that task).</source>
        <translation>Você não pode criar posts nesta página (peça a um administrador que lhe dê essa tarefa).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Which Pages should Postdesk post to? Each Page becomes its own account.</source>
        <translation>&amp;Em quais páginas o Postdesk deve publicar? Cada página vira uma conta própria.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This Facebook sign-in manages no Page. Create a Page on Facebook, or sign in as someone who can create content on one, then try again.</source>
        <translation>Este login do Facebook não gerencia nenhuma página. Crie uma página no Facebook ou entre como alguém que possa criar conteúdo em uma, e tente novamente.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving the Pages…</source>
        <translation>Salvando as páginas…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>mastodon.social</source>
        <translation>mastodon.social</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>https://bsky.social</source>
        <translation>https://bsky.social</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you.bsky.social</source>
        <translation>voce.bsky.social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>@yourchannel</source>
        <translation>@seucanal</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Finish signing in with your browser. Postdesk is waiting for it; you can cancel at any time.</source>
        <translation>Conclua o login no navegador. O Postdesk está aguardando; você pode cancelar a qualquer momento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking with {network}…</source>
        <translation>Verificando com o {network}…</translation>
    </message>
</context>
<context>
    <name>CropCanvas</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/crop_editor.py" line="+68"/>
        <source>Crop area</source>
        <translation>Área de recorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow keys move the crop, Shift and arrow keys resize it.</source>
        <translation>As setas movem o recorte; Shift e as setas o redimensionam.</translation>
    </message>
</context>
<context>
    <name>CropEditorDialog</name>
    <message>
        <location line="+146"/>
        <source>Crop “{name}”</source>
        <translation>Recortar “{name}”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aspect ratio</source>
        <translation>Proporção</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Aspect ratio:</source>
        <translation>&amp;Proporção:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotate &amp;left</source>
        <translation>Girar à &amp;esquerda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotate &amp;right</source>
        <translation>Girar à &amp;direita</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Output size</source>
        <translation>Tamanho final</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as new image</source>
        <translation>&amp;Salvar como nova imagem</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Free</source>
        <translation>Livre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Original shape</source>
        <translation>Formato original</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Result: {w} × {h} pixels</source>
        <translation>Resultado: {w} × {h} pixels</translation>
    </message>
</context>
<context>
    <name>CsvControls</name>
    <message>
        <location filename="../src/postdesk/ui/csv_import/controls.py" line="+74"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import or export posts as a CSV file</source>
        <translation>Importar ou exportar posts como arquivo CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import posts from a CSV file, or export them to one</source>
        <translation>Importar posts de um arquivo CSV ou exportá-los para um</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import posts from CSV…</source>
        <translation>&amp;Importar posts de CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export posts to CSV…</source>
        <translation>&amp;Exportar posts para CSV…</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../src/postdesk/ui/csv_import/export_dialog.py" line="+32"/>
        <source>Export posts to CSV</source>
        <translation>Exportar posts para CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>CsvExportDialog</name>
    <message>
        <location line="+50"/>
        <source>Export posts to CSV</source>
        <translation>Exportar posts para CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export posts to a CSV file</source>
        <translation>Exportar posts para um arquivo CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has the columns the import reads, so it can be edited in a spreadsheet and imported.</source>
        <translation>O arquivo tem as colunas que a importação lê, então pode ser editado em uma planilha e importado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First day of posts to export</source>
        <translation>Primeiro dia dos posts a exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of posts to export</source>
        <translation>Último dia dos posts a exportar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Até:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Every post, whatever its date (drafts without a time too)</source>
        <translation>&amp;Todos os posts, de qualquer data (inclusive rascunhos sem horário)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export every post</source>
        <translation>Exportar todos os posts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Only the posts the calendar&apos;s filter shows</source>
        <translation>&amp;Só os posts que o filtro do calendário mostra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export only the posts the calendar&apos;s filter shows</source>
        <translation>Exportar só os posts que o filtro do calendário mostra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The calendar shows every post: no filter is on.</source>
        <translation>O calendário mostra todos os posts: nenhum filtro está ativo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to write the file, then export</source>
        <translation>Escolher onde gravar o arquivo e exportar</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Exported %n post(s).</source>
        <translation>
            <numerusform>%Ln post exportado.</numerusform>
            <numerusform>%Ln posts exportados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No posts matched, so the file holds only the column names.</source>
        <translation>Nenhum post correspondeu, então o arquivo contém só os nomes das colunas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk could not write the file there (the folder may be read-only or the disk full).</source>
        <translation>O Postdesk não conseguiu gravar o arquivo ali (a pasta pode ser somente leitura ou o disco pode estar cheio).</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location filename="../src/postdesk/ui/csv_import/dialog.py" line="+46"/>
        <source>Import posts from CSV</source>
        <extracomment>Where the columns are described (docs/CSV.md).</extracomment>
        <translation>Importar posts de CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Arquivos CSV (*.csv *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first line names the columns: &lt;b&gt;text&lt;/b&gt;, &lt;b&gt;accounts&lt;/b&gt; (network:handle) or &lt;b&gt;networks&lt;/b&gt;, &lt;b&gt;scheduled_at&lt;/b&gt; (2026-03-10 09:30), &lt;b&gt;zone&lt;/b&gt; (Europe/Paris; else the app&apos;s zone), &lt;b&gt;media&lt;/b&gt; (file paths), &lt;b&gt;alt_text&lt;/b&gt;, &lt;b&gt;tags&lt;/b&gt; and &lt;b&gt;first_comment&lt;/b&gt;. Lists are separated by semicolons. &lt;a href=&quot;{url}&quot;&gt;What each column means&lt;/a&gt;</source>
        <translation>A primeira linha nomeia as colunas: &lt;b&gt;text&lt;/b&gt;, &lt;b&gt;accounts&lt;/b&gt; (rede:identificador) ou &lt;b&gt;networks&lt;/b&gt;, &lt;b&gt;scheduled_at&lt;/b&gt; (2026-03-10 09:30), &lt;b&gt;zone&lt;/b&gt; (Europe/Paris; senão, o fuso do app), &lt;b&gt;media&lt;/b&gt; (caminhos de arquivo), &lt;b&gt;alt_text&lt;/b&gt;, &lt;b&gt;tags&lt;/b&gt; e &lt;b&gt;first_comment&lt;/b&gt;. Listas são separadas por ponto e vírgula. &lt;a href=&quot;{url}&quot;&gt;O que significa cada coluna&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/csv_import/words.py" line="+19"/>
        <source>This file is too big to be a list of posts ({size}; at most {limit}). Split it into smaller files.</source>
        <translation>Este arquivo é grande demais para ser uma lista de posts ({size}; no máximo {limit}). Divida-o em arquivos menores.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This file is not in UTF-8 text. Save it again as “CSV UTF-8” from your spreadsheet and choose it again.</source>
        <translation>Este arquivo não está em texto UTF-8. Salve-o de novo como “CSV UTF-8” na sua planilha e escolha-o novamente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is broken near line {line} (a quote left open, or not a CSV file at all). Nothing was read.</source>
        <translation>Este arquivo está corrompido perto da linha {line} (aspas não fechadas, ou nem é um arquivo CSV). Nada foi lido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first line must name the columns, with one called “text” for the post&apos;s text.</source>
        <translation>A primeira linha precisa nomear as colunas, com uma chamada “text” para o texto do post.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file says nothing about where the posts go: add an “accounts” or a “networks” column.</source>
        <translation>O arquivo não diz para onde os posts vão: adicione uma coluna “accounts” ou “networks”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file has more than {limit} posts. Split it into smaller files.</source>
        <translation>Este arquivo tem mais de {limit} posts. Divida-o em arquivos menores.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk could not open this file. Check that it is still there.</source>
        <translation>O Postdesk não conseguiu abrir este arquivo. Verifique se ele ainda está lá.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file holds no posts: only a header line, or nothing at all.</source>
        <translation>Este arquivo não contém posts: só uma linha de cabeçalho, ou nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{network}: {sentence}</source>
        <translation>{network}: {sentence}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No connected account is called “{name}”.</source>
        <translation>Nenhuma conta conectada se chama “{name}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More than one account is called “{name}”: write it as network:handle (bluesky:{name}).</source>
        <translation>Mais de uma conta se chama “{name}”: escreva como rede:identificador (bluesky:{name}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk does not know a network called “{name}”.</source>
        <translation>O Postdesk não conhece uma rede chamada “{name}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This post goes nowhere: name an account or a network.</source>
        <translation>Este post não vai para lugar nenhum: indique uma conta ou uma rede.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account “{name}” is named twice.</source>
        <translation>A conta “{name}” aparece duas vezes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not a date and time Postdesk can read: write it as 2026-03-10 09:30.</source>
        <translation>“{value}” não é uma data e hora que o Postdesk consiga ler: escreva como 2026-03-10 09:30.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not a time zone: write it as Europe/Paris or America/New_York.</source>
        <translation>“{value}” não é um fuso horário: escreva como Europe/Paris ou America/Sao_Paulo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} does not exist in {zone}: the clocks skip that hour that day.</source>
        <translation>{value} não existe em {zone}: o relógio pula essa hora nesse dia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is already past. Pick a later time, or leave it empty for a draft.</source>
        <translation>{value} já passou. Escolha um horário posterior ou deixe vazio para um rascunho.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No picture or video Postdesk can read at “{path}”.</source>
        <translation>Nenhuma imagem ou vídeo que o Postdesk consiga ler em “{path}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This line has {count} more cells than the header names; they were left out.</source>
        <translation>Esta linha tem {count} células a mais do que os nomes do cabeçalho; elas foram ignoradas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} cannot post a first comment; it is kept but not sent there.</source>
        <translation>O {network} não pode publicar um primeiro comentário; ele é mantido, mas não é enviado para lá.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../src/postdesk/ui/csv_import/dialog.py" line="+48"/>
        <source>Import posts from CSV</source>
        <translation>Importar posts de CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import posts from a CSV file</source>
        <translation>Importar posts de um arquivo CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The columns a CSV file of posts has</source>
        <translation>As colunas de um arquivo CSV de posts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file chosen yet</source>
        <translation>Nenhum arquivo escolhido ainda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file to import</source>
        <translation>O arquivo CSV a importar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Escolher arquivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CSV file to import</source>
        <translation>Escolher o arquivo CSV a importar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How many rows can be imported</source>
        <translation>Quantas linhas podem ser importadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every row of the file, with its problems</source>
        <translation>Todas as linhas do arquivo, com seus problemas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save as &amp;drafts</source>
        <translation>Salvar como &amp;rascunhos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the imported posts as drafts</source>
        <translation>Salvar os posts importados como rascunhos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schedule the posts that have a time</source>
        <translation>A&amp;gendar os posts que têm horário</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule the imported posts that have a time; they must pass every check</source>
        <translation>Agendar os posts importados que têm horário; eles precisam passar em todas as verificações</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the posts that have no blocking problem</source>
        <translation>Importar os posts sem problemas impeditivos</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the file…</source>
        <translation>Lendo o arquivo…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Postdesk could not read this file. Nothing was imported.</source>
        <translation>O Postdesk não conseguiu ler este arquivo. Nada foi importado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>These columns are not read: {names}.</source>
        <translation>Estas colunas não são lidas: {names}.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%Ln linha lida.</numerusform>
            <numerusform>%Ln linhas lidas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All can be imported.</source>
        <translation>Todas podem ser importadas.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cannot be imported as it is: see its problems below.</source>
        <translation>
            <numerusform>%Ln não pode ser importada como está: veja os problemas abaixo.</numerusform>
            <numerusform>%Ln não podem ser importadas como estão: veja os problemas abaixo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&amp;Import %n post(s)</source>
        <translation>
            <numerusform>&amp;Importar %Ln post</numerusform>
            <numerusform>&amp;Importar %Ln posts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Imported %n post(s), scheduled where they had a time.</source>
        <translation>
            <numerusform>%Ln post importado, agendado se tinha horário.</numerusform>
            <numerusform>%Ln posts importados, agendados onde tinham horário.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported %n post(s) as drafts.</source>
        <translation>
            <numerusform>%Ln post importado como rascunho.</numerusform>
            <numerusform>%Ln posts importados como rascunhos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They are in the calendar.</source>
        <translation>Eles estão no calendário.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Postdesk could not add “{path}” to the media library. Nothing was imported.</source>
        <translation>O Postdesk não conseguiu adicionar “{path}” à biblioteca de mídia. Nada foi importado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk could not save the posts (the disk may be full). Nothing was imported.</source>
        <translation>O Postdesk não conseguiu salvar os posts (o disco pode estar cheio). Nada foi importado.</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <location filename="../src/postdesk/ui/local_format.py" line="+46"/>
        <source>ddd d MMM yyyy</source>
        <extracomment>Qt date pattern for a date with short names (&quot;Tue 4 Mar 2025&quot;): d day, ddd short weekday, MMM short month, yyyy year, &apos;text&apos; in single quotes kept. Keep the letters; change order and punctuation.</extracomment>
        <translation>ddd, d &apos;de&apos; MMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dddd d MMMM yyyy</source>
        <extracomment>Qt date pattern for a date with full names (&quot;Tuesday 4 March 2025&quot;): dddd weekday, MMMM month. Keep the letters; change order and punctuation.</extracomment>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>d MMM</source>
        <extracomment>Qt date pattern for a day and short month (&quot;4 Mar&quot;), chart axes and activity lines.</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>d MMMM</source>
        <extracomment>Qt date pattern for a day and full month (&quot;4 March&quot;).</extracomment>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ddd d MMM</source>
        <extracomment>Qt date pattern for a short weekday, day and short month (&quot;Tue 4 Mar&quot;), calendar columns and lists.</extracomment>
        <translation>ddd, d &apos;de&apos; MMM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>d MMM yyyy</source>
        <extracomment>Qt date pattern for a day, short month and year (&quot;4 Mar 2025&quot;).</extracomment>
        <translation>d &apos;de&apos; MMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MMMM yyyy</source>
        <extracomment>Qt date pattern for the calendar&apos;s month title (&quot;March 2025&quot;).</extracomment>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>d</source>
        <extracomment>Qt date pattern for the first day of a week within one month, as in &quot;4 - 10 Mar 2025&quot; (&quot;d&quot;; German &quot;d.&quot;, Japanese &quot;M月d日&quot;).</extracomment>
        <translation>d</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ddd</source>
        <extracomment>Qt date pattern for a short weekday alone (&quot;Tue&quot;).</extracomment>
        <translation>ddd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ddd d MMM yyyy  HH:mm</source>
        <extracomment>Qt date-time pattern of the composer&apos;s date field (&quot;Tue 4 Mar 2025 14:05&quot;): HH hour, mm minutes.</extracomment>
        <translation>ddd, dd/MM/yyyy  HH:mm</translation>
    </message>
</context>
<context>
    <name>DefaultOptionsDialog</name>
    <message>
        <location filename="../src/postdesk/ui/accounts/options_dialog.py" line="+31"/>
        <source>Default options for {handle}</source>
        <translation>Opções padrão de {handle}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add this account to new posts</source>
        <translation>&amp;Adicionar esta conta aos novos posts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this account to new posts</source>
        <translation>Adicionar esta conta aos novos posts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Visibility</source>
        <translation>Visibilidade</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Unlisted</source>
        <translation>Não listado</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Followers only</source>
        <translation>Só seguidores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Visibility:</source>
        <translation>&amp;Visibilidade:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Subreddit:</source>
        <translation>&amp;Subreddit:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Board:</source>
        <translation>&amp;Pasta:</translation>
    </message>
</context>
<context>
    <name>DeletePublishedDialog</name>
    <message>
        <location filename="../src/postdesk/ui/dialogs/delete_published.py" line="+91"/>
        <location line="+1"/>
        <source>Delete a published post</source>
        <translation>Excluir um post publicado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This post is published on {where}. How far should it be deleted?</source>
        <translation>Este post está publicado em {where}. Até onde ele deve ser excluído?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove from Postdesk only (it stays on {where})</source>
        <translation>Remover só do Postdesk (ele continua em {where})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from Postdesk only</source>
        <translation>Remover só do Postdesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete from {networks} too</source>
        <translation>Excluir também de {networks}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Instagram doesn&apos;t let apps delete posts: delete it in the Instagram app.</source>
        <translation>O Instagram não permite que apps excluam posts: exclua-o no app do Instagram.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Postdesk cannot delete posts on {kept}: delete it there yourself.</source>
        <translation>O Postdesk não pode excluir posts em {kept}: exclua-o lá você mesmo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleting from a network works offline too: it goes when the connection is back.</source>
        <translation>Excluir de uma rede também funciona offline: a exclusão é feita quando a conexão voltar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How the deletion went</source>
        <translation>Como foi a exclusão</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Manter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the post and close</source>
        <translation>Manter o post e fechar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete as chosen</source>
        <translation>Excluir conforme escolhido</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed from Postdesk. It is still on {where}.</source>
        <translation>Removido do Postdesk. Ele continua em {where}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed from Postdesk. Deleting it from {networks}…</source>
        <translation>Removido do Postdesk. Excluindo de {networks}…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{network} could not be asked: {reason}</source>
        <translation>Não foi possível fazer o pedido ao {network}: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted from {name}.</source>
        <translation>Excluído de {name}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not deleted: {reason} It is still on {name}; delete it there.</source>
        <translation>Não excluído: {reason} Ele continua em {name}; exclua-o lá.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} did not delete it: “{error}”. It is still on {name}; delete it there.</source>
        <translation>{name} não o excluiu: “{error}”. Ele continua em {name}; exclua-o lá.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for a connection: it will be deleted from {name} when Postdesk is back online. You can close this window.</source>
        <translation>Aguardando conexão: ele será excluído de {name} quando o Postdesk estiver online de novo. Você pode fechar esta janela.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleting it from {name}…</source>
        <translation>Excluindo de {name}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleting it from {network}…</source>
        <translation>Excluindo do {network}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed from Postdesk.</source>
        <translation>Removido do Postdesk.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/details.py" line="+108"/>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alt text</source>
        <translation>Texto alternativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the image for people who cannot see it</source>
        <translation>Descreva a imagem para quem não pode vê-la</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por vírgulas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;avourite</source>
        <translation>F&amp;avorito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourite</source>
        <translation>Favorito</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder of the selection</source>
        <translation>Pasta da seleção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No folder</source>
        <translation>Nenhuma pasta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Used in</source>
        <translation>Usado em</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ttach to post</source>
        <translation>A&amp;nexar ao post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview and network crops…</source>
        <translation>&amp;Pré-visualização e recortes por rede…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;rop or rotate…</source>
        <translation>&amp;Recortar ou girar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each &amp;network receives</source>
        <translation>O que cada rede rece&amp;be</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pixels</source>
        <translation>Pixels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What each network receives</source>
        <translation>O que cada rede recebe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;lt text</source>
        <translation>&amp;Texto alternativo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta&amp;gs</source>
        <translation>Eti&amp;quetas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;older</source>
        <translation>Pa&amp;sta</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Select something to see its details.</source>
        <translation>Selecione algo para ver os detalhes.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%Ln item selecionado</numerusform>
            <numerusform>%Ln itens selecionados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking where it is used…</source>
        <translation>Verificando onde é usado…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No preview</source>
        <translation>Sem pré-visualização</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Used in %n post(s)</source>
        <translation>
            <numerusform>Usado em %Ln post</numerusform>
            <numerusform>Usado em %Ln posts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not used in any post yet</source>
        <translation>Ainda não usado em nenhum post</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{n} of {max} characters</source>
        <translation>{n} de {max} caracteres</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>re-encoded</source>
        <translation>recodificado</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/list_models.py" line="+40"/>
        <source>(empty draft)</source>
        <translation>(rascunho vazio)</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/drafts_panel.py" line="+36"/>
        <source>Drafts</source>
        <translation>Rascunhos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a draft onto the calendar to schedule it</source>
        <translation>Arraste um rascunho para o calendário para agendá-lo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unscheduled drafts</source>
        <translation>Rascunhos não agendados</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No drafts</source>
        <translation>Nenhum rascunho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posts you start and don&apos;t schedule wait here.</source>
        <translation>Os posts que você começa e não agenda aguardam aqui.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New draft</source>
        <translation>Novo rascunho</translation>
    </message>
</context>
<context>
    <name>EditPublished</name>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="-20"/>
        <source>Only a published post can be edited on {network}.</source>
        <extracomment>The networks whose adapter is `SupportsEdit` (a test holds the two together). Mastodon&apos;s default text limit, when the account&apos;s server said nothing at sign-in.</extracomment>
        <translation>Só um post publicado pode ser editado no {network}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} does not let Postdesk edit a published post.</source>
        <translation>O {network} não permite que o Postdesk edite um post publicado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The post can&apos;t be empty.</source>
        <translation>O post não pode ficar vazio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text is longer than your {network} server allows.</source>
        <translation>O texto é mais longo do que seu servidor do {network} permite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the first post of a thread can be edited here.</source>
        <translation>Só o primeiro post de um fio pode ser editado aqui.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{network} did not take the edit: {reason}</source>
        <translation>O {network} não aceitou a edição: {reason}</translation>
    </message>
</context>
<context>
    <name>EditPublishedDialog</name>
    <message>
        <location line="+51"/>
        <source>Edit on {network}</source>
        <translation>Editar no {network}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This changes the post on {network} itself. People who boosted it are told it was edited, and anyone can see its earlier versions there. Postdesk keeps them too.</source>
        <translation>Isto altera o post no próprio {network}. Quem o impulsionou é avisado de que ele foi editado, e qualquer pessoa pode ver as versões anteriores lá. O Postdesk também as guarda.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Content &amp;warning (optional):</source>
        <translation>Aviso de &amp;conteúdo (opcional):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content warning</source>
        <translation>Aviso de conteúdo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text of the post on {network}</source>
        <translation>Texto do post no {network}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is the first post of a thread; the others stay as they are.</source>
        <translation>Este é o primeiro post de um fio; os outros ficam como estão.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Characters used</source>
        <translation>Caracteres usados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why it can&apos;t be saved yet</source>
        <translation>Por que ainda não pode ser salvo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How the edit went</source>
        <translation>Como foi a edição</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without changing the post</source>
        <translation>Fechar sem alterar o post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save on {network}</source>
        <translation>&amp;Salvar no {network}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the edit on {network}</source>
        <translation>Salvar a edição no {network}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The post can&apos;t be empty.</source>
        <translation>O post não pode ficar vazio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{over} characters over the limit of your {network} server ({limit}).</source>
        <translation>{over} caracteres acima do limite do seu servidor do {network} ({limit}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing has changed yet.</source>
        <translation>Nada foi alterado ainda.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{used} / {limit}</source>
        <translation>{used} / {limit}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving on {network}…</source>
        <translation>Salvando no {network}…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edited on {network}. The record of what was sent shows the new text.</source>
        <translation>Editado no {network}. O registro do que foi enviado mostra o novo texto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk can&apos;t reach {network} right now. The edit will be made as soon as it can, by itself.</source>
        <translation>O Postdesk não consegue acessar o {network} agora. A edição será feita automaticamente assim que possível.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Postdesk could not ask {network} to edit the post. Nothing was changed; try again in a moment.</source>
        <translation>O Postdesk não conseguiu pedir ao {network} que editasse o post. Nada foi alterado; tente novamente daqui a pouco.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this window</source>
        <translation>Fechar esta janela</translation>
    </message>
</context>
<context>
    <name>EditorPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/editor_part.py" line="+34"/>
        <source>&amp;Main text (used everywhere unless a network has its own)</source>
        <translation>Texto &amp;principal (usado em todas as redes, a menos que uma tenha o seu)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main text</source>
        <translation>Texto principal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why the main text can&apos;t change</source>
        <translation>Por que o texto principal não pode mudar</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The main text is read-only: it was already sent to {networks}. Give the other networks their own text to change it for them.</source>
        <translation>O texto principal é somente leitura: ele já foi enviado para {networks}. Dê às outras redes um texto próprio para alterá-lo nelas.</translation>
    </message>
</context>
<context>
    <name>EngagementChart</name>
    <message>
        <location filename="../src/postdesk/ui/insights/chart.py" line="+83"/>
        <source>Engagement per day</source>
        <translation>Engajamento por dia</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No engagement in this period yet.</source>
        <translation>Nenhum engajamento neste período ainda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most engagement on {day}: {count}.</source>
        <translation>Maior engajamento em {day}: {count}.</translation>
    </message>
</context>
<context>
    <name>EntryMenu</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/entry_menu.py" line="+86"/>
        <source>(empty draft)</source>
        <translation>(rascunho vazio)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New post here</source>
        <translation>Novo post aqui</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish now</source>
        <translation>Publicar agora</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reschedule…</source>
        <translation>Reagendar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did it go out?…</source>
        <translation>Foi publicado?…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry</source>
        <translation>Enviar de novo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel (never send)</source>
        <translation>Cancelar (nunca enviar)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take back and cancel</source>
        <translation>Recolher e cancelar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop repeating</source>
        <translation>Parar de repetir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled: it will not be sent. Use Reschedule or drag it to a time to put it back on the schedule.</source>
        <translation>Cancelado: não será enviado. Use Reagendar ou arraste-o para um horário para colocá-lo de volta na agenda.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Postdesk does not know whether this post went out, so it will not simply send it again. Say whether it is there.</source>
        <translation>O Postdesk não sabe se este post foi publicado, então não vai simplesmente enviá-lo de novo. Diga se ele está lá.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paused. Drag the post to its new time, then choose Resume: it goes out then.</source>
        <translation>Pausado. Arraste o post para o novo horário e escolha Retomar: ele será publicado então.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This post was settled meanwhile: nothing to decide.</source>
        <translation>Este post foi resolvido nesse meio-tempo: nada a decidir.</translation>
    </message>
</context>
<context>
    <name>FacebookOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/facebook_options.py" line="+31"/>
        <source>Link shown as a preview under the Facebook post</source>
        <translation>Link mostrado como pré-visualização abaixo do post do Facebook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facebook shows this address as a link preview. Only on posts without photos or video.</source>
        <translation>O Facebook mostra este endereço como pré-visualização de link. Só em posts sem fotos nem vídeo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lin&amp;k:</source>
        <translation>Lin&amp;k:</translation>
    </message>
</context>
<context>
    <name>FacebookPreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/facebook_preview.py" line="+125"/>
        <source>Just now · </source>
        <translation>Agora mesmo · </translation>
    </message>
    <message>
        <location line="+23"/>
        <source> Like       Comment      ↗ Share</source>
        <translation> Curtir       Comentar      ↗ Compartilhar</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Your Page</source>
        <translation>Sua página</translation>
    </message>
</context>
<context>
    <name>FirstCommentPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/first_comment_part.py" line="+53"/>
        <source>First comment on {network}</source>
        <translation>Primeiro comentário no {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posted under your post on {network} right after it goes out. Optional.</source>
        <translation>Publicado abaixo do seu post no {network} logo depois que ele sair. Opcional.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posted under your post on {network} right after it goes out.</source>
        <translation>Publicado abaixo do seu post no {network} logo depois que ele sair.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First comment length</source>
        <translation>Tamanho do primeiro comentário</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>F&amp;irst comment:</source>
        <translation>Pr&amp;imeiro comentário:</translation>
    </message>
</context>
<context>
    <name>FirstCommentView</name>
    <message>
        <location filename="../src/postdesk/ui/composer/previews/first_comment.py" line="+44"/>
        <source>First comment preview</source>
        <translation>Pré-visualização do primeiro comentário</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Author · first comment</source>
        <translation>Autor · primeiro comentário</translation>
    </message>
</context>
<context>
    <name>GoogleBusinessOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="+121"/>
        <source>Business location</source>
        <extracomment>The item role that keeps a location&apos;s business name (the text also shows its address).</extracomment>
        <translation>Local da empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a location</source>
        <translation>Escolha um local</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the locations from Google again</source>
        <translation>Ler os locais do Google novamente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Location:</source>
        <translation>&amp;Local:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of Google post</source>
        <translation>Tipo de post do Google</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s new</source>
        <translation>Novidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind of post:</source>
        <translation>&amp;Tipo de post:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Button</source>
        <translation>Botão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No button</source>
        <translation>Sem botão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book</source>
        <translation>Reservar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order online</source>
        <translation>Pedir on-line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy</source>
        <translation>Comprar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn more</source>
        <translation>Saiba mais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign up</source>
        <translation>Inscrever-se</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call now</source>
        <translation>Ligar agora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Button link</source>
        <translation>Link do botão</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>https://… the button opens</source>
        <translation>https://… que o botão abre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Button:</source>
        <translation>&amp;Botão:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Button &amp;link:</source>
        <translation>Li&amp;nk do botão:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event or offer title</source>
        <translation>Título do evento ou oferta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All &amp;day</source>
        <translation>&amp;Dia inteiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All day (dates without times)</source>
        <translation>Dia inteiro (datas sem horário)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts</source>
        <translation>Início</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>Término</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Início:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends:</source>
        <translation>Tér&amp;mino:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coupon code</source>
        <translation>Código do cupom</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Link to redeem the offer</source>
        <translation>Link para resgatar a oferta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>https://… (optional)</source>
        <translation>https://… (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms and conditions</source>
        <translation>Termos e condições</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Coupon code:</source>
        <translation>&amp;Código do cupom:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redeem link:</source>
        <translation>Lin&amp;k de resgate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ter&amp;ms:</source>
        <translation>Te&amp;rmos:</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Reading your business locations from Google…</source>
        <translation>Lendo os locais da sua empresa no Google…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Google did not answer: {reason}. Try Refresh in a moment.</source>
        <translation>O Google não respondeu: {reason}. Tente Atualizar daqui a pouco.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This Google account manages no business location yet.</source>
        <translation>Esta conta do Google ainda não gerencia nenhum local de empresa.</translation>
    </message>
</context>
<context>
    <name>GoogleBusinessPreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_card.py" line="+98"/>
        <source>Book</source>
        <translation>Reservar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order online</source>
        <translation>Pedir on-line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy</source>
        <translation>Comprar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn more</source>
        <translation>Saiba mais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign up</source>
        <translation>Inscrever-se</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call now</source>
        <translation>Ligar agora</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your business</source>
        <translation>Sua empresa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a photo: Google shows it above the post</source>
        <translation>Adicione uma foto: o Google a mostra acima do post</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(No title yet)</source>
        <translation>(Ainda sem título)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Redeem online</source>
        <translation>Resgatar on-line</translation>
    </message>
</context>
<context>
    <name>HeatmapModel</name>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="+293"/>
        <source>{day} at {hour}</source>
        <translation>{day} às {hour}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{when}: no post yet</source>
        <translation>{when}: nenhum post ainda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{when}: {mean} engagements per post, from {posts} posts</source>
        <translation>{when}: {mean} interações por post, em {posts} posts</translation>
    </message>
</context>
<context>
    <name>Holds</name>
    <message>
        <location filename="../src/postdesk/ui/hold_words.py" line="+30"/>
        <source>Waiting for a connection</source>
        <translation>Aguardando conexão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting: reconnect the account</source>
        <translation>Aguardando: reconecte a conta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting: all publishing is paused</source>
        <translation>Aguardando: toda a publicação está pausada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting to try again</source>
        <translation>Aguardando para tentar de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to try again at {until}</source>
        <translation>Aguardando para tentar de novo às {until}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sure it went out: please check</source>
        <translation>Não se sabe se saiu: verifique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sure it went out: Postdesk is checking</source>
        <translation>Não se sabe se saiu: o Postdesk está verificando</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handed to {network}</source>
        <translation>Entregue ao {network}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed to the network</source>
        <translation>Entregue à rede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishing</source>
        <translation>Publicando</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{network}: waiting for a connection. It goes out as soon as Postdesk is back online.</source>
        <translation>{network}: aguardando conexão. Será publicado assim que o Postdesk estiver online de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}: waiting for you to reconnect the account (Accounts). It goes out right after.</source>
        <translation>{network}: aguardando você reconectar a conta (Contas). Será publicado logo em seguida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}: waiting, because you paused all publishing (tray menu). It goes out when you resume.</source>
        <translation>{network}: aguardando, porque você pausou toda a publicação (menu da bandeja). Será publicado quando você retomar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>soon</source>
        <translation>em breve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: waiting to try again at {when}.</source>
        <translation>{network}: aguardando para tentar de novo às {when}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}: Postdesk does not know whether this post went out — the network&apos;s answer was lost. Please look, then say.</source>
        <translation>{network}: o Postdesk não sabe se este post foi publicado — a resposta da rede se perdeu. Verifique e depois informe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{network}: Postdesk does not know whether this post went out — the network&apos;s answer was lost. It will look it up on {network}; you can also look and say.</source>
        <translation>{network}: o Postdesk não sabe se este post foi publicado — a resposta da rede se perdeu. Ele vai procurar no {network}; você também pode verificar e informar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handed to {network}: {network} publishes it at its time, even while Postdesk is closed.</source>
        <translation>Entregue ao {network}: o {network} o publica na hora marcada, mesmo com o Postdesk fechado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}: publishing now.</source>
        <translation>{network}: publicando agora.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/importing.py" line="+111"/>
        <source>Import progress</source>
        <extracomment>Background request key: a full refresh cancels a pending fetch of new rows.</extracomment>
        <translation>Progresso da importação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancelar importação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel import</source>
        <translation>Cancelar importação</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import messages</source>
        <translation>Mensagens da importação</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import media</source>
        <translation>Importar mídia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images and videos (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.mp4 *.mov *.m4v *.webm);;All files (*)</source>
        <translation>Imagens e vídeos (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.mp4 *.mov *.m4v *.webm);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+6"/>
        <source>Pasted image</source>
        <translation>Imagem colada</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Imported {done} of {total}</source>
        <translation>{done} de {total} importados</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+11"/>
        <source>%n could not be imported</source>
        <translation>
            <numerusform>%Ln não pôde ser importado</numerusform>
            <numerusform>%Ln não puderam ser importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n new item(s) imported</source>
        <translation>
            <numerusform>%Ln item novo importado</numerusform>
            <numerusform>%Ln itens novos importados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing new imported</source>
        <translation>Nada novo foi importado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong: {what}</source>
        <translation>Algo deu errado: {what}</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>…and %n earlier message(s)</source>
        <translation>
            <numerusform>…e %Ln mensagem anterior</numerusform>
            <numerusform>…e %Ln mensagens anteriores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../src/postdesk/ui/inbox/delegate.py" line="+167"/>
        <location filename="../src/postdesk/ui/inbox/models.py" line="+243"/>
        <source>{network} · {account}</source>
        <translation>{network} · {account}</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="-126"/>
        <source>From</source>
        <extracomment>The `Conversation` or `InboxEntry` of a row. The size of an author&apos;s avatar in the first column. How many lines of an item&apos;s text a row shows (the rest is in the tooltip and the detail).</extracomment>
        <translation>De</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Mention</source>
        <translation>Menção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>Citação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Your reply waits to be sent</source>
        <translation>Sua resposta aguarda envio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You replied</source>
        <translation>Você respondeu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reply could not be sent</source>
        <translation>Não foi possível enviar sua resposta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>há %Ln min</numerusform>
            <numerusform>há %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>há %Ln h</numerusform>
            <numerusform>há %Ln h</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>ontem</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your post: {own_text}</source>
        <translation>Seu post: {own_text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mentioned you</source>
        <translation>Mencionou você</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quoted your post</source>
        <translation>Citou seu post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commented on your post</source>
        <translation>Comentou seu post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied to you</source>
        <translation>Respondeu a você</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new conversation</source>
        <translation>Uma nova conversa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies to a post</source>
        <translation>Respostas a um post</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/inbox/delegate.py" line="-8"/>
        <location filename="../src/postdesk/ui/inbox/models.py" line="+9"/>
        <source>%n unread</source>
        <extracomment>Geometry, in device-independent pixels.</extracomment>
        <translation>
            <numerusform>%Ln não lida</numerusform>
            <numerusform>%Ln não lidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/inbox/models.py" line="+8"/>
        <source>Conversation on {network}, %n unread: {text}</source>
        <translation>
            <numerusform>Conversa no {network}, %Ln não lida: {text}</numerusform>
            <numerusform>Conversa no {network}, %Ln não lidas: {text}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unread</source>
        <translation>não lido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read</source>
        <translation>lido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} from {author}, {when}, {status}: {text}</source>
        <translation>{kind} de {author}, {when}, {status}: {text}</translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <location filename="../src/postdesk/app.py" line="-43"/>
        <location line="+44"/>
        <location filename="../src/postdesk/ui/inbox/view.py" line="+189"/>
        <source>Inbox</source>
        <extracomment>Runs a coroutine function on the engine loop: submit(fn, *args, name=None) -&gt; Future. What a reload reads on the worker: conversations, unread total, accounts (id, network, handle), notify settings by account, networks able to do each action (&quot;like&quot;, ...), and the accounts whose network will not give their inbox ({account id: an `INBOX_*` problem code}).</extracomment>
        <translation>Caixa de entrada</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="+15"/>
        <source>&amp;Account:</source>
        <translation>&amp;Conta:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account filter</source>
        <translation>Filtro de conta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Network:</source>
        <translation>Re&amp;de:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network filter</source>
        <translation>Filtro de rede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind filter</source>
        <translation>Filtro de tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All accounts</source>
        <translation>Todas as contas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All networks</source>
        <translation>Todas as redes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unread only</source>
        <translation>Só &amp;não lidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show unread items only</source>
        <translation>Mostrar só itens não lidos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No&amp;tify me about new items</source>
        <translation>Noti&amp;ficar novos itens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notify me about new items for the account shown</source>
        <translation>Notificar-me sobre novos itens da conta exibida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an account above to change this for it</source>
        <translation>Escolha uma conta acima para alterar isto para ela</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+319"/>
        <source>&amp;Check now</source>
        <translation>&amp;Verificar agora</translation>
    </message>
    <message>
        <location line="-318"/>
        <source>Check all inboxes now</source>
        <translation>Verificar todas as caixas de entrada agora</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrow keys move between messages; Enter writes a reply to the selected one.</source>
        <translation>As setas movem entre as mensagens; Enter escreve uma resposta à selecionada.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Selected item</source>
        <translation>Item selecionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+386"/>
        <source>Mark &amp;read</source>
        <translation>Marcar como &amp;lido</translation>
    </message>
    <message>
        <location line="-385"/>
        <source>Mark the selected item read or unread</source>
        <translation>Marcar o item selecionado como lido ou não lido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open in browser</source>
        <translation>&amp;Abrir no navegador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected item in the browser</source>
        <translation>Abrir o item selecionado no navegador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Like</source>
        <translation>C&amp;urtir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Like the selected item on its network</source>
        <translation>Curtir o item selecionado na rede dele</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete my reply</source>
        <translation>E&amp;xcluir minha resposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete your reply to the selected item on its network</source>
        <translation>Excluir sua resposta ao item selecionado na rede dele</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the selected reply on its network</source>
        <translation>Ocultar a resposta selecionada na rede dela</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete co&amp;mment…</source>
        <translation>Excluir co&amp;mentário…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected comment from your post on its network</source>
        <translation>Excluir o comentário selecionado do seu post na rede dele</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark every listed item read</source>
        <translation>Marcar todos os itens listados como lidos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re&amp;ply:</source>
        <translation>Res&amp;posta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply text</source>
        <translation>Texto da resposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a reply…</source>
        <translation>Escreva uma resposta…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reply status</source>
        <translation>Status da resposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send reply</source>
        <translation>&amp;Enviar resposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the reply</source>
        <translation>Enviar a resposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the reply (Ctrl+Return)</source>
        <translation>Enviar a resposta (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Inboxes Postdesk cannot read</source>
        <translation>Caixas de entrada que o Postdesk não consegue ler</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Reconnect…</source>
        <translation>&amp;Reconectar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect the account</source>
        <translation>Reconectar a conta</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>{account} needs to be reconnected: its replies can&apos;t be read or answered until you sign in again.</source>
        <translation>{account} precisa ser reconectada: as respostas dela não podem ser lidas nem respondidas até você entrar novamente.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n accounts need to be reconnected: their replies can&apos;t be read until you sign in again.</source>
        <translation>
            <numerusform>%Ln conta precisa ser reconectada: as respostas dela não podem ser lidas até você entrar novamente.</numerusform>
            <numerusform>%Ln contas precisam ser reconectadas: as respostas delas não podem ser lidas até você entrar novamente.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connect an account to see replies here</source>
        <translation>Conecte uma conta para ver as respostas aqui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions, replies, quotes and comments from every account arrive in this one list.</source>
        <translation>Menções, respostas, citações e comentários de todas as contas chegam nesta única lista.</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Mark all &amp;read</source>
        <translation>Marcar &amp;tudo como lido</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>C&amp;onnect an account…</source>
        <translation>C&amp;onectar uma conta…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing matches these filters</source>
        <translation>Nada corresponde a estes filtros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Show everything</source>
        <translation>&amp;Mostrar tudo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No replies yet</source>
        <translation>Nenhuma resposta ainda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When someone mentions or answers you, it shows up here.</source>
        <translation>Quando alguém mencionar ou responder você, isso aparece aqui.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The inbox could not be read.</source>
        <translation>Não foi possível ler a caixa de entrada.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{account}: {state}</source>
        <translation>{account}: {state}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>LinkedIn shows the comments on a member&apos;s own posts only to apps it has approved, so they cannot appear here. Comments on the posts of a LinkedIn page you manage do.</source>
        <translation>O LinkedIn só mostra os comentários nos posts do próprio membro para apps que ele aprovou, então eles não podem aparecer aqui. Os comentários nos posts de uma página do LinkedIn que você gerencia aparecem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This channel has no discussion group, so its posts take no comments. Link a group in the channel&apos;s settings (Discussion) to answer comments here.</source>
        <translation>Este canal não tem grupo de discussão, então os posts dele não aceitam comentários. Vincule um grupo nas configurações do canal (Discussão) para responder a comentários aqui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your bot cannot read the channel&apos;s discussion group. Add the bot to the group as an admin (or turn its privacy mode off with /setprivacy in @BotFather, then add it to the group again).</source>
        <translation>Seu bot não consegue ler o grupo de discussão do canal. Adicione o bot ao grupo como administrador (ou desative o modo de privacidade dele com /setprivacy no @BotFather e adicione-o ao grupo novamente).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another program or a webhook receives your bot&apos;s messages, so Postdesk cannot read the comments. Give Postdesk a bot of its own.</source>
        <translation>Outro programa ou um webhook recebe as mensagens do seu bot, então o Postdesk não consegue ler os comentários. Dê ao Postdesk um bot só dele.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk cannot read this inbox.</source>
        <translation>O Postdesk não consegue ler esta caixa de entrada.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The setting could not be saved.</source>
        <translation>Não foi possível salvar a configuração.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{kind} — {who} on {network}</source>
        <translation>{kind} — {who} no {network}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Mark un&amp;read</source>
        <translation>Marcar como não &amp;lido</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{length} of {limit} characters</source>
        <translation>{length} de {limit} caracteres</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Liking…</source>
        <translation>Curtindo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liked.</source>
        <translation>Curtido.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deleting your reply…</source>
        <translation>Excluindo sua resposta…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your reply was deleted.</source>
        <translation>Sua resposta foi excluída.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hiding…</source>
        <translation>Ocultando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hidden on the network.</source>
        <translation>Ocultado na rede.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete this comment?</source>
        <translation>Excluir este comentário?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {who}&apos;s comment from your post on {network}? Nobody will see it there any more.</source>
        <translation>Excluir o comentário de {who} do seu post no {network}? Ninguém mais vai vê-lo lá.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete comment</source>
        <translation>Excluir comentário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the comment</source>
        <translation>Excluir o comentário</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleting the comment…</source>
        <translation>Excluindo o comentário…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The comment was deleted.</source>
        <translation>O comentário foi excluído.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The comment was not deleted: reconnect the account and try again.</source>
        <translation>O comentário não foi excluído: reconecte a conta e tente novamente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment was not deleted: the network asks to wait a little. Try again later.</source>
        <translation>O comentário não foi excluído: a rede pede para esperar um pouco. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network refused to delete this comment (it may not be on one of your posts).</source>
        <translation>A rede se recusou a excluir este comentário (talvez ele não esteja em um dos seus posts).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The comment was not deleted: the network could not be reached. Try again when you are online.</source>
        <translation>O comentário não foi excluído: não foi possível acessar a rede. Tente novamente quando estiver online.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment could not be deleted.</source>
        <translation>Não foi possível excluir o comentário.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reply queued; it goes out as soon as the network allows.</source>
        <translation>Resposta na fila; ela será enviada assim que a rede permitir.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The engine is not running.</source>
        <translation>O mecanismo de publicação não está em execução.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That did not work: {error}</source>
        <translation>Isso não funcionou: {error}</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="-250"/>
        <source>Likes</source>
        <extracomment>What an unknown count shows (an en dash: &quot;the network does not say&quot;).</extracomment>
        <translation>Curtidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reposts</source>
        <translation>Repostagens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes</source>
        <translation>Citações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views</source>
        <translation>Visualizações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks</source>
        <translation>Cliques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement</source>
        <translation>Engajamento</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%Ln like(s)</source>
        <translation>
            <numerusform>%Ln curtida</numerusform>
            <numerusform>%Ln curtidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln repost(s)</source>
        <translation>
            <numerusform>%Ln repostagem</numerusform>
            <numerusform>%Ln repostagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln reply(s)</source>
        <translation>
            <numerusform>%Ln resposta</numerusform>
            <numerusform>%Ln respostas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln quote(s)</source>
        <translation>
            <numerusform>%Ln citação</numerusform>
            <numerusform>%Ln citações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln view(s)</source>
        <translation>
            <numerusform>%Ln visualização</numerusform>
            <numerusform>%Ln visualizações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln click(s)</source>
        <translation>
            <numerusform>%Ln clique</numerusform>
            <numerusform>%Ln cliques</numerusform>
        </translation>
    </message>
    <message>
        <location line="+237"/>
        <source>{day} at {hour}</source>
        <translation>{day} às {hour}</translation>
    </message>
</context>
<context>
    <name>InsightsPane</name>
    <message>
        <location filename="../src/postdesk/app.py" line="-38"/>
        <location line="+40"/>
        <location filename="../src/postdesk/ui/insights/view.py" line="+148"/>
        <source>Insights</source>
        <translation>Estatísticas</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="-70"/>
        <source>Export Insights</source>
        <extracomment>Preset periods, in days; the last entry of the picker is &quot;Custom dates&quot;.</extracomment>
        <translation>Exportar estatísticas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 dias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom dates</source>
        <translation>Datas personalizadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day</source>
        <translation>Primeiro dia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day</source>
        <translation>Último dia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh now</source>
        <translation>&amp;Atualizar agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the latest numbers from the networks now</source>
        <translation>Ler agora os números mais recentes das redes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export this period&apos;s posts to a CSV file</source>
        <translation>Exportar os posts deste período para um arquivo CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insights status</source>
        <translation>Status das estatísticas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Totals per account and network</source>
        <translation>Totais por conta e rede</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your best times</source>
        <translation>Seus melhores horários</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+45"/>
        <location line="+150"/>
        <source>Engagement per day</source>
        <translation>Engajamento por dia</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Engagement by weekday and hour</source>
        <translation>Engajamento por dia da semana e hora</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rank top posts by</source>
        <translation>Classificar os melhores posts por</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>Top posts</source>
        <translation>Melhores posts</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Totals</source>
        <translation>Totais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best weekdays and hours</source>
        <translation>Melhores dias e horários</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rank by</source>
        <translation>Classificar por</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing published yet. Once your first post goes out, Postdesk reads its likes, reposts and replies here, and learns your best days and hours.</source>
        <translation>Nada publicado ainda. Assim que seu primeiro post sair, o Postdesk lê aqui as curtidas, repostagens e respostas dele e descobre seus melhores dias e horários.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No published posts yet</source>
        <translation>Nenhum post publicado ainda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write a post</source>
        <translation>E&amp;screver um post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your first post</source>
        <translation>Escreva seu primeiro post</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Your posts do best on: {times}.</source>
        <translation>Seus posts se saem melhor em: {times}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your best times show here once your posts have numbers.</source>
        <translation>Seus melhores horários aparecem aqui quando seus posts tiverem números.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Insights could not be loaded. Your posts are safe; try again.</source>
        <translation>Não foi possível carregar as estatísticas. Seus posts estão seguros; tente novamente.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Numbers are read while Postdesk&apos;s publishing is running; it is not running now.</source>
        <translation>Os números são lidos enquanto a publicação do Postdesk está em execução; ela não está em execução agora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the latest numbers…</source>
        <translation>Lendo os números mais recentes…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Updated %n post(s).</source>
        <translation>
            <numerusform>%Ln post atualizado.</numerusform>
            <numerusform>%Ln posts atualizados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A network asked Postdesk to wait; it tries again later.</source>
        <translation>Uma rede pediu ao Postdesk para esperar; ele tentará novamente mais tarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An account needs reconnecting before its numbers can be read.</source>
        <translation>Uma conta precisa ser reconectada antes que seus números possam ser lidos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The networks could not be asked now. Try again in a moment.</source>
        <translation>Não foi possível consultar as redes agora. Tente novamente daqui a pouco.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Exported %n post(s) to {name}.</source>
        <translation>
            <numerusform>%Ln post exportado para {name}.</numerusform>
            <numerusform>%Ln posts exportados para {name}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file could not be written. Choose another folder and try again.</source>
        <translation>Não foi possível gravar o arquivo. Escolha outra pasta e tente novamente.</translation>
    </message>
</context>
<context>
    <name>InstagramOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_options.py" line="+35"/>
        <source>Kind of Instagram post</source>
        <translation>Tipo de post do Instagram</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post (one photo, video, or a carousel of up to 10)</source>
        <translation>Post (uma foto, um vídeo ou um carrossel de até 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reel (one vertical video)</source>
        <translation>Reel (um vídeo vertical)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Story (one photo or video, 24 hours)</source>
        <translation>Story (uma foto ou vídeo, 24 horas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post &amp;as:</source>
        <translation>Publicar &amp;como:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also show the Reel in the &amp;feed</source>
        <translation>Mostrar o reel também no &amp;feed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reel cover frame, seconds into the video</source>
        <translation>Quadro de capa do reel, em segundos do vídeo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instagram picks</source>
        <translation>O Instagram escolhe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;ver frame:</source>
        <translation>Quadro de ca&amp;pa:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instagram collaborators</source>
        <translation>Colaboradores do Instagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to 3 usernames, e.g. @friend, @studio</source>
        <translation>Até 3 nomes de usuário, ex.: @amigo, @estudio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;llaborators:</source>
        <translation>Co&amp;laboradores:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instagram location (Facebook Page ID)</source>
        <translation>Localização do Instagram (ID da página do Facebook)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the ID of a Facebook Page with a location</source>
        <translation>Opcional: o ID de uma página do Facebook com localização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loca&amp;tion:</source>
        <translation>Locali&amp;zação:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;rop photos to fit Instagram (4:5 to 1.91:1)</source>
        <translation>&amp;Recortar fotos para caber no Instagram (4:5 a 1,91:1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos taller than 4:5 or wider than 1.91:1 are cut to the nearest shape Instagram takes, keeping the middle.</source>
        <translation>Fotos mais altas que 4:5 ou mais largas que 1,91:1 são cortadas no formato mais próximo aceito pelo Instagram, mantendo o centro.</translation>
    </message>
</context>
<context>
    <name>InstagramPreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_preview.py" line="+124"/>
        <source>Carousel position</source>
        <translation>Posição no carrossel</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Instagram shows your photo or video here</source>
        <translation>O Instagram mostra sua foto ou vídeo aqui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you</source>
        <translation>você</translation>
    </message>
</context>
<context>
    <name>LibraryFilterBar</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/filter_bar.py" line="+31"/>
        <source>Search names, tags and alt text</source>
        <translation>Pesquisar nomes, etiquetas e texto alternativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the library</source>
        <translation>Pesquisar na biblioteca</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All media</source>
        <translation>Todas as mídias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIFs</source>
        <translation>GIFs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Videos</source>
        <translation>Vídeos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>All folders</source>
        <translation>Todas as pastas</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest first</source>
        <translation>Mais recentes primeiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest first</source>
        <translation>Mais antigos primeiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date taken</source>
        <translation>Data da captura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest</source>
        <translation>Maiores</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Favourites</source>
        <translation>&amp;Favoritos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only favourites</source>
        <translation>Só favoritos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import files</source>
        <translation>Importar arquivos</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No folder</source>
        <translation>Nenhuma pasta</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <location filename="../src/postdesk/ui/composer/lifecycle.py" line="+56"/>
        <location line="+87"/>
        <location line="+50"/>
        <source>Saved</source>
        <extracomment>After reading the stored post failed, how long before saving is tried again.</extracomment>
        <translation>Salvo</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Couldn&apos;t open your last draft; starting a new one.</source>
        <translation>Não foi possível abrir seu último rascunho; começando um novo.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>New post</source>
        <translation>Novo post</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Couldn&apos;t save: disk is full — your text is still here. Retrying…</source>
        <translation>Não foi possível salvar: o disco está cheio — seu texto continua aqui. Tentando de novo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Couldn&apos;t save: the database is not available — your text is still here. Retrying…</source>
        <translation>Não foi possível salvar: o banco de dados não está disponível — seu texto continua aqui. Tentando de novo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Couldn&apos;t save — your text is still here. Retrying…</source>
        <translation>Não foi possível salvar — seu texto continua aqui. Tentando de novo…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Opening the post…</source>
        <translation>Abrindo o post…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+26"/>
        <source>That post no longer exists.</source>
        <translation>Esse post não existe mais.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Couldn&apos;t open that post; the one you were writing is still here.</source>
        <translation>Não foi possível abrir esse post; o que você estava escrevendo continua aqui.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copying the post…</source>
        <translation>Copiando o post…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This post was also changed elsewhere; the changes you made here were kept.</source>
        <translation>Este post também foi alterado em outro lugar; as alterações que você fez aqui foram mantidas.</translation>
    </message>
</context>
<context>
    <name>LoadingPane</name>
    <message>
        <location filename="../src/postdesk/ui/main_window.py" line="+69"/>
        <source>Opening your posts…</source>
        <extracomment>How long a problem stays in the status bar.</extracomment>
        <translation>Abrindo seus posts…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postdesk is opening your posts. This takes a moment.</source>
        <translation>O Postdesk está abrindo seus posts. Isso leva um momento.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location line="+34"/>
        <location line="+31"/>
        <location line="+2"/>
        <source>Postdesk</source>
        <translation>Postdesk</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a section. Ctrl+1 to Ctrl+{last} jump straight to one.</source>
        <translation>Escolha uma seção. Ctrl+1 a Ctrl+{last} levam direto a uma delas.</translation>
    </message>
    <message numerus="yes">
        <location line="+173"/>
        <source>{title}, %n unread</source>
        <translation>
            <numerusform>{title}, %Ln não lida</numerusform>
            <numerusform>{title}, %Ln não lidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MastodonOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/mastodon_options.py" line="+58"/>
        <source>Language of the Mastodon post</source>
        <translation>Idioma do post do Mastodon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mastodon shows the post to people who read this language.</source>
        <translation>O Mastodon mostra o post para pessoas que leem este idioma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your server&apos;s default</source>
        <translation>Padrão do seu servidor</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>MediaChoice</name>
    <message>
        <location filename="../src/postdesk/ui/composer/media_choice.py" line="+55"/>
        <source>&amp;Media for {network}:</source>
        <translation>&amp;Mídia para o {network}:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachments sent to {network}</source>
        <translation>Anexos enviados ao {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick an attachment to leave it out of the {network} post.</source>
        <translation>Desmarque um anexo para deixá-lo fora do post do {network}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;rop for {network}…</source>
        <translation>&amp;Recortar para o {network}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crop the chosen image for {network} only</source>
        <translation>Recortar a imagem escolhida só para o {network}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Video {n}</source>
        <translation>Vídeo {n}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image {n}</source>
        <translation>Imagem {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cropped image</source>
        <translation>Imagem recortada</translation>
    </message>
</context>
<context>
    <name>MediaLibrary</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/delegate.py" line="+237"/>
        <source>GIF</source>
        <extracomment>The thumbnail&apos;s side in logical pixels; every cell is this wide plus padding. The caption&apos;s width: the cell less its padding (and the 1 px inset of the cell&apos;s frame).</extracomment>
        <translation>GIF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ALT</source>
        <comment>badge: this picture has no alt text yet</comment>
        <translation>ALT</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/wording.py" line="+17"/>
        <source>“{name}” is no longer there.</source>
        <translation>“{name}” não está mais lá.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” could not be read (is it a folder or locked?).</source>
        <translation>Não foi possível ler “{name}” (é uma pasta ou está bloqueado?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” is empty.</source>
        <translation>“{name}” está vazio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is not a picture or video Postdesk can use (JPEG, PNG, WebP, GIF, HEIC, MP4, MOV, WebM).</source>
        <translation>“{name}” não é uma imagem ou vídeo que o Postdesk possa usar (JPEG, PNG, WebP, GIF, HEIC, MP4, MOV, WebM).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” is damaged or incomplete and could not be opened.</source>
        <translation>“{name}” está danificado ou incompleto e não pôde ser aberto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” has far too many pixels to open safely, so it was skipped.</source>
        <translation>“{name}” tem pixels demais para ser aberto com segurança, então foi ignorado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” is larger than 4 GB, the most Postdesk imports.</source>
        <translation>“{name}” é maior que 4 GB, o máximo que o Postdesk importa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full: “{name}” could not be saved.</source>
        <translation>O disco está cheio: não foi possível salvar “{name}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk&apos;s data folder cannot be written to: “{name}” was not saved.</source>
        <translation>Não é possível gravar na pasta de dados do Postdesk: “{name}” não foi salvo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” was not imported: you cancelled.</source>
        <translation>“{name}” não foi importado: você cancelou.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” could not be imported because of an unexpected problem; the rest carried on.</source>
        <translation>Não foi possível importar “{name}” por causa de um problema inesperado; o restante continuou.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” was already in your library.</source>
        <translation>“{name}” já estava na sua biblioteca.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is named like another kind of file; it was imported as what it really is.</source>
        <translation>“{name}” tem nome de outro tipo de arquivo; foi importado como o que realmente é.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” contains the place where it was taken; that location is removed from what you publish.</source>
        <translation>“{name}” contém o local onde foi feito; essa localização é removida do que você publica.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Video, {length} long</source>
        <translation>Vídeo, duração {length}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Animated GIF</source>
        <translation>GIF animado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No alt text yet</source>
        <translation>Ainda sem texto alternativo</translation>
    </message>
</context>
<context>
    <name>MediaLibraryPane</name>
    <message>
        <location filename="../src/postdesk/app.py" line="-35"/>
        <location line="+36"/>
        <source>Media</source>
        <translation>Mídia</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="+176"/>
        <source>Storage used</source>
        <extracomment>Background request keys: a newer request with the same key wins (see `BackgroundRunner`).</extracomment>
        <translation>Armazenamento usado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove &amp;location from published photos</source>
        <translation>Remover &amp;localização das fotos publicadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove location from published photos</source>
        <translation>Remover a localização das fotos publicadas</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln itens</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{size} stored</source>
        <translation>{size} armazenados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No items yet</source>
        <translation>Nenhum item ainda</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>This is used in %n post(s). Deleting it also removes it from them. Delete?</source>
        <translation>
            <numerusform>Isto é usado em %Ln post. Excluí-lo também o remove do post. Excluir?</numerusform>
            <numerusform>Isto é usado em %Ln posts. Excluí-lo também o remove deles. Excluir?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n item(s) from the library? This cannot be undone.</source>
        <translation>
            <numerusform>Excluir %Ln item da biblioteca? Isso não pode ser desfeito.</numerusform>
            <numerusform>Excluir %Ln itens da biblioteca? Isso não pode ser desfeito.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete media</source>
        <translation>Excluir mídia</translation>
    </message>
</context>
<context>
    <name>MediaPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/media_part.py" line="+85"/>
        <source>Attach images</source>
        <translation>Anexar imagens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images ({patterns})</source>
        <translation>Imagens ({patterns})</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Adding images…</source>
        <translation>Adicionando imagens…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Some images are no longer in the media library and were not attached.</source>
        <translation>Algumas imagens não estão mais na biblioteca de mídia e não foram anexadas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Couldn&apos;t read {files} as images.</source>
        <translation>Não foi possível ler {files} como imagens.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Couldn&apos;t add the images; the files were not changed.</source>
        <translation>Não foi possível adicionar as imagens; os arquivos não foram alterados.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Couldn&apos;t save the image description; it is kept here.</source>
        <translation>Não foi possível salvar a descrição da imagem; ela continua aqui.</translation>
    </message>
</context>
<context>
    <name>MediaPreviewDialog</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/preview_dialog.py" line="+204"/>
        <source>Preview of “{name}”</source>
        <translation>Pré-visualização de “{name}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the picture…</source>
        <translation>Carregando a imagem…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>What each network receives</source>
        <translation>O que cada rede recebe</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No preview</source>
        <translation>Sem pré-visualização</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
</context>
<context>
    <name>MediaStrip</name>
    <message>
        <location filename="../src/postdesk/ui/composer/media_strip.py" line="+142"/>
        <source>Attached images</source>
        <translation>Imagens anexadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Left and Alt+Right move the selected image</source>
        <translation>Alt+Esquerda e Alt+Direita movem a imagem selecionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag an image, or press Alt+Left / Alt+Right, to change the order</source>
        <translation>Arraste uma imagem ou pressione Alt+Esquerda / Alt+Direita para mudar a ordem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;ttach images…</source>
        <translation>Ane&amp;xar imagens…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach images</source>
        <translation>Anexar imagens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move image</source>
        <translation>Re&amp;mover imagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected image</source>
        <translation>Remover a imagem selecionada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Descr&amp;iption (alt text):</source>
        <translation>Descr&amp;ição (texto alternativo):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description of the selected image, for people who cannot see it</source>
        <translation>Descrição da imagem selecionada, para quem não pode vê-la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is in the picture?</source>
        <translation>O que há na imagem?</translation>
    </message>
</context>
<context>
    <name>MediaStripModel</name>
    <message>
        <location filename="../src/postdesk/ui/composer/models.py" line="-64"/>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No description yet</source>
        <translation>Ainda sem descrição</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no description</source>
        <translation>sem descrição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image {n}: {alt}</source>
        <translation>Imagem {n}: {alt}</translation>
    </message>
</context>
<context>
    <name>NetworkCrops</name>
    <message>
        <location filename="../src/postdesk/ui/composer/media_choice_crop.py" line="+61"/>
        <source>That image is no longer in the media library.</source>
        <translation>Essa imagem não está mais na biblioteca de mídia.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>for {network}</source>
        <translation>para o {network}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The crop could not be saved. Try again in a moment.</source>
        <translation>Não foi possível salvar o recorte. Tente novamente daqui a pouco.</translation>
    </message>
</context>
<context>
    <name>NetworkTile</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/preview_dialog.py" line="-138"/>
        <source>Any shape</source>
        <extracomment>The larger picture&apos;s box: the tiles below it are what the dialog is for, so it stays modest.</extracomment>
        <translation>Qualquer formato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best shape {ratio}</source>
        <translation>Melhor formato {ratio}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shaded part falls outside the shape {network} shows best. Crop or rotate… makes a copy in it.</source>
        <translation>A parte sombreada fica fora do formato que o {network} mostra melhor. Recortar ou girar… faz uma cópia nesse formato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>re-encoded</source>
        <translation>recodificado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too large for {network}</source>
        <translation>Grande demais para o {network}</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/body.py" line="-12"/>
        <source>Calendar message</source>
        <translation>Mensagem do calendário</translation>
    </message>
</context>
<context>
    <name>PartsEditor</name>
    <message>
        <location filename="../src/postdesk/ui/composer/parts_editor.py" line="+192"/>
        <source>&amp;Add part</source>
        <extracomment>File suffixes accepted as images when dropped. Background of text that does not fit; translucent so it reads in light and dark themes.</extracomment>
        <translation>&amp;Adicionar parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a thread part</source>
        <translation>Adicionar uma parte ao fio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;plit into thread</source>
        <translation>&amp;Dividir em fio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split the text into a thread automatically</source>
        <translation>Dividir o texto em um fio automaticamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split at sentence boundaries so every part fits</source>
        <translation>Dividir no fim das frases para que cada parte caiba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Join parts</source>
        <translation>Jun&amp;tar partes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join all thread parts into one text</source>
        <translation>Juntar todas as partes do fio em um só texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number parts (1/n)</source>
        <translation>Numerar partes (1/n)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add 1/n numbering when splitting</source>
        <translation>Adicionar numeração 1/n ao dividir</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Part {n} of {count}</source>
        <translation>Parte {n} de {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove part {n}</source>
        <translation>Remover parte {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label}, part {n} of {count}</source>
        <translation>{label}, parte {n} de {count}</translation>
    </message>
</context>
<context>
    <name>PinterestOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="+148"/>
        <source>Pinterest board</source>
        <extracomment>The link&apos;s limit (`PinCreate.link` maxLength in Pinterest&apos;s OpenAPI description).</extracomment>
        <translation>Pasta do Pinterest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a board</source>
        <translation>Escolha uma pasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New board…</source>
        <translation>Nova pasta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new Pinterest board</source>
        <translation>Criar uma nova pasta no Pinterest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the boards from Pinterest again</source>
        <translation>Ler as pastas do Pinterest novamente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Board:</source>
        <translation>&amp;Pasta:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Board section</source>
        <translation>Seção da pasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New section…</source>
        <translation>Nova seção…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new section on the board</source>
        <translation>Criar uma nova seção na pasta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ection:</source>
        <translation>S&amp;eção:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Destination link</source>
        <translation>Link de destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://… where the Pin leads (optional)</source>
        <translation>https://… para onde o pin leva (opcional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose cover…</source>
        <translation>Escolher capa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the video&apos;s cover image</source>
        <translation>Escolher a imagem de capa do vídeo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a frame</source>
        <translation>Usar um quadro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a frame of the video as its cover</source>
        <translation>Usar um quadro do vídeo como capa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Video &amp;cover:</source>
        <translation>&amp;Capa do vídeo:</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Reading your boards from Pinterest…</source>
        <translation>Lendo suas pastas do Pinterest…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pinterest did not answer: {reason}. Try Refresh in a moment.</source>
        <translation>O Pinterest não respondeu: {reason}. Tente Atualizar daqui a pouco.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This account has no boards yet: make one with New board….</source>
        <translation>Esta conta ainda não tem pastas: crie uma com Nova pasta….</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (secret)</source>
        <translation> (secreta)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No section</source>
        <translation>Nenhuma seção</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Section {id}</source>
        <translation>Seção {id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New board</source>
        <translation>Nova pasta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new board:</source>
        <translation>Nome da nova pasta:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Making the board “{name}” on Pinterest…</source>
        <translation>Criando a pasta “{name}” no Pinterest…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New section</source>
        <translation>Nova seção</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new section:</source>
        <translation>Nome da nova seção:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cover image for the video</source>
        <translation>Imagem de capa do vídeo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Imagens (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A frame of the video</source>
        <translation>Um quadro do vídeo</translation>
    </message>
</context>
<context>
    <name>PollEditor</name>
    <message>
        <location filename="../src/postdesk/ui/composer/poll_editor.py" line="+53"/>
        <source>Add a p&amp;oll</source>
        <extracomment>A new poll runs one day, as on X and Mastodon&apos;s own apps.</extracomment>
        <translation>Adicionar uma e&amp;nquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a poll to the {network} post</source>
        <translation>Adicionar uma enquete ao post do {network}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choices:</source>
        <translation>Opções:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poll length, days</source>
        <translation>Duração da enquete, dias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> d</source>
        <translation> d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Poll length, hours</source>
        <translation>Duração da enquete, horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Poll length, minutes</source>
        <translation>Duração da enquete, minutos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs for:</source>
        <translation>Duração:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People may pick more than one</source>
        <translation>Permitir mais de uma escolha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poll allows several choices</source>
        <translation>A enquete permite várias escolhas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the results until it ends</source>
        <translation>Ocultar os resultados até o fim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the poll&apos;s results until it ends</source>
        <translation>Ocultar os resultados da enquete até ela terminar</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Poll choice {n}</source>
        <translation>Opção {n} da enquete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choice {n}</source>
        <translation>Opção {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choice {n} (optional)</source>
        <translation>Opção {n} (opcional)</translation>
    </message>
</context>
<context>
    <name>PostActions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/post_actions.py" line="+66"/>
        <source>Choose at least one network.</source>
        <translation>Escolha pelo menos uma rede.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{first} (and {n} more networks with problems)</source>
        <translation>{first} (e mais {n} redes com problemas)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Can&apos;t schedule yet: {reason}</source>
        <translation>Ainda não é possível agendar: {reason}</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>That time has already passed; pick a time in the future.</source>
        <translation>Esse horário já passou; escolha um horário no futuro.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{networks} holds this post at its time. To change the time, take it back first (Cancel), then schedule it again.</source>
        <translation>{networks} está com este post para o horário marcado. Para mudar o horário, recolha-o primeiro (Cancelar) e agende-o de novo.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Paused. Pick the new time, then press Schedule: it goes out then.</source>
        <translation>Pausado. Escolha o novo horário e clique em Agendar: ele será publicado então.</translation>
    </message>
</context>
<context>
    <name>PostControls</name>
    <message>
        <location filename="../src/postdesk/ui/composer/post_controls.py" line="+102"/>
        <source>Where this post stands with Postdesk&apos;s publisher</source>
        <extracomment>States the engine may pause or reschedule (not mid-request, not done).</extracomment>
        <translation>Situação deste post no publicador do Postdesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the post is waiting for</source>
        <translation>O que o post está aguardando</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Did it &amp;go out?…</source>
        <translation>&amp;Foi publicado?…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say whether the post is on the network, or send it again</source>
        <translation>Informar se o post está na rede ou enviá-lo de novo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause this post</source>
        <translation>Pausar este post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ume</source>
        <translation>Re&amp;tomar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume this post</source>
        <translation>Retomar este post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resc&amp;hedule…</source>
        <translation>Rea&amp;gendar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause this post and pick a new time</source>
        <translation>Pausar este post e escolher um novo horário</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never send this post (a hand-off is taken back)</source>
        <translation>Nunca enviar este post (uma entrega é recolhida)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this post</source>
        <translation>Excluir este post</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Delete this post from Postdesk, or from the network too</source>
        <translation>Excluir este post do Postdesk ou também da rede</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Delete this post?</source>
        <translation>Excluir este post?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this post from Postdesk? It has not gone out, so nothing is on any network.</source>
        <translation>Excluir este post do Postdesk? Ele não foi publicado, então não há nada em nenhuma rede.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Manter</translation>
    </message>
</context>
<context>
    <name>PostsModel</name>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="-117"/>
        <source>Not given by this network</source>
        <translation>Não informado por esta rede</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
</context>
<context>
    <name>PreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/preview.py" line="+240"/>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you</source>
        <translation>você</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>subreddit</source>
        <translation>subreddit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a board</source>
        <translation>uma pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved to</source>
        <translation>Salvo em</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+3"/>
        <source>(No title yet)</source>
        <translation>(Ainda sem título)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{network} shows your image or video here</source>
        <translation>O {network} mostra sua imagem ou vídeo aqui</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Like  ·  Comment  ·  Repost  ·  Send</source>
        <translation>Gostei  ·  Comentar  ·  Repostar  ·  Enviar</translation>
    </message>
</context>
<context>
    <name>PreviewFrame</name>
    <message>
        <location filename="../src/postdesk/ui/composer/previews/frame.py" line="+44"/>
        <source>&amp;Phone</source>
        <extracomment>The card&apos;s width in each mode (a phone&apos;s feed is ~390 px wide; a desktop feed column ~600).</extracomment>
        <translation>&amp;Celular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview as on a phone</source>
        <translation>Pré-visualizar como em um celular</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Desktop</source>
        <translation>C&amp;omputador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview as on a desktop</source>
        <translation>Pré-visualizar como em um computador</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
</context>
<context>
    <name>PreviewPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/preview_part.py" line="+157"/>
        <source>Your name</source>
        <extracomment>How long after the last change the hidden tabs&apos; previews are brought up to date. The visible preview renders this long after the last keystroke... ...and at least this often while the user keeps typing. Told the post and the first sentences of the targets that have errors, after each refresh.</extracomment>
        <translation>Seu nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yourname</source>
        <translation>seunome</translation>
    </message>
</context>
<context>
    <name>ProblemListModel</name>
    <message>
        <location filename="../src/postdesk/ui/composer/models.py" line="-135"/>
        <source>Error</source>
        <extracomment>Custom roles. Drag format of a row of the media strip being moved within the strip (its row number).</extracomment>
        <translation>Erro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../src/postdesk/ui/error_words.py" line="+19"/>
        <source>The disk is full, so Postdesk could not save. Free some space; your work is still open.</source>
        <translation>O disco está cheio, então o Postdesk não conseguiu salvar. Libere espaço; seu trabalho continua aberto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another program held Postdesk&apos;s database, so this did not finish. Try again in a moment.</source>
        <translation>Outro programa estava usando o banco de dados do Postdesk, então isso não terminou. Tente novamente daqui a pouco.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your computer refused to read or write Postdesk&apos;s files. Check the disk, then try again.</source>
        <translation>Seu computador se recusou a ler ou gravar os arquivos do Postdesk. Verifique o disco e tente novamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network did not answer in time. Postdesk will try again when you ask.</source>
        <translation>A rede não respondeu a tempo. O Postdesk tentará de novo quando você pedir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk could not finish what it was doing. Try again; if it keeps happening, the log in the data folder says what went wrong.</source>
        <translation>O Postdesk não conseguiu terminar o que estava fazendo. Tente novamente; se continuar acontecendo, o log na pasta de dados diz o que deu errado.</translation>
    </message>
</context>
<context>
    <name>QueueControls</name>
    <message>
        <location filename="../src/postdesk/ui/composer/queue_button.py" line="+30"/>
        <source>Add to &amp;queue…</source>
        <translation>Adicionar à &amp;fila…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the post to a queue: it takes the queue&apos;s next free time</source>
        <translation>Adicionar o post a uma fila: ele ocupa o próximo horário livre da fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the post the next free time of one of your queues</source>
        <translation>Dar ao post o próximo horário livre de uma das suas filas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened with the queue</source>
        <translation>O que aconteceu com a fila</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No queue serves these accounts yet. Create one in Queues (its times, and which accounts use it), then add the post.</source>
        <translation>Nenhuma fila atende a estas contas ainda. Crie uma em Filas (com os horários e as contas que a usam) e depois adicione o post.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That queue filled up meanwhile; the post stays as it was.</source>
        <translation>Essa fila ficou cheia nesse meio-tempo; o post continua como estava.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added to “{queue}”: goes out {when}.</source>
        <translation>Adicionado a “{queue}”: será publicado {when}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(The time shown was taken meanwhile, so it got the next one.)</source>
        <translation>(O horário mostrado foi ocupado nesse meio-tempo, então ele ficou com o seguinte.)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk could not add the post to the queue just now. Nothing changed; try again.</source>
        <translation>O Postdesk não conseguiu adicionar o post à fila agora. Nada mudou; tente novamente.</translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <location filename="../src/postdesk/ui/queues/models.py" line="+53"/>
        <source>{day} at {time}</source>
        <translation>{day} às {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n slot(s) a week</source>
        <translation>
            <numerusform>%Ln horário por semana</numerusform>
            <numerusform>%Ln horários por semana</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Goes out</source>
        <translation>Sai em</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
</context>
<context>
    <name>QueuesPane</name>
    <message>
        <location filename="../src/postdesk/app.py" line="-45"/>
        <location line="+43"/>
        <location filename="../src/postdesk/ui/queues/view.py" line="+81"/>
        <source>Queues</source>
        <extracomment>One account to choose: (account id, how the creator knows it: &quot;Mastodon · @me@example.social&quot;), optionally followed by its network (the row then shows the network&apos;s mark).</extracomment>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="+19"/>
        <source>&amp;Queues</source>
        <translation>Fi&amp;las</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your queues</source>
        <translation>Suas filas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No queue yet. A queue is a set of weekly times (say Tuesday and Thursday at 9:00); “Add to queue” in the composer then gives a post the next free one.</source>
        <translation>Nenhuma fila ainda. Uma fila é um conjunto de horários semanais (por exemplo, terça e quinta às 9:00); “Adicionar à fila” no editor dá ao post o próximo horário livre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New queue</source>
        <translation>&amp;Nova fila</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a new queue</source>
        <translation>Criar uma nova fila</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete queue</source>
        <translation>&amp;Excluir fila</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the chosen queue</source>
        <translation>Excluir a fila escolhida</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Queue name</source>
        <translation>Nome da fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Weekday mornings</source>
        <translation>Por exemplo: Manhãs de dias úteis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time zone the queue&apos;s times are in</source>
        <translation>Fuso horário dos horários da fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuso horário:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day of the new time</source>
        <translation>Dia do novo horário</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time of the new slot</source>
        <translation>Hora do novo horário</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add time</source>
        <translation>&amp;Adicionar horário</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add this weekly time to the queue</source>
        <translation>Adicionar este horário semanal à fila</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Na&amp;me:</source>
        <translation>No&amp;me:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Weekly &amp;times:</source>
        <translation>&amp;Horários semanais:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weekly times of the queue</source>
        <translation>Horários semanais da fila</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove time</source>
        <translation>&amp;Remover horário</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the chosen weekly time</source>
        <translation>Remover o horário semanal escolhido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;kipped dates:</source>
        <translation>Datas &amp;ignoradas:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accounts that use this queue</source>
        <translation>Contas que usam esta fila</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used &amp;by:</source>
        <translation>&amp;Usada por:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick none and every account may use it.</source>
        <translation>Se nenhuma for marcada, todas as contas podem usá-la.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save queue</source>
        <translation>&amp;Salvar fila</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the queue</source>
        <translation>Salvar a fila</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the queue still needs</source>
        <translation>O que ainda falta na fila</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What just happened</source>
        <translation>O que acabou de acontecer</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Give the queue a name.</source>
        <translation>Dê um nome à fila.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one weekly time.</source>
        <translation>Adicione pelo menos um horário semanal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a time zone from the list (for example Europe/Paris).</source>
        <translation>Escolha um fuso horário da lista (por exemplo, America/Sao_Paulo).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another queue is already called “{name}”.</source>
        <translation>Já existe outra fila chamada “{name}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The queue could not be saved. Nothing was lost; try again.</source>
        <translation>Não foi possível salvar a fila. Nada se perdeu; tente novamente.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Queue deleted. Its posts keep their times.</source>
        <translation>Fila excluída. Os posts dela mantêm os horários.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Time removed. %n post(s) moved to the next free times.</source>
        <translation>
            <numerusform>Horário removido. %Ln post foi movido para o próximo horário livre.</numerusform>
            <numerusform>Horário removido. %Ln posts foram movidos para os próximos horários livres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time removed.</source>
        <translation>Horário removido.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Shuffled: the same times, a new order.</source>
        <translation>Embaralhado: os mesmos horários, em nova ordem.</translation>
    </message>
</context>
<context>
    <name>QuoteField</name>
    <message>
        <location filename="../src/postdesk/ui/composer/quote_field.py" line="+42"/>
        <source>Address of the {network} post to quote</source>
        <translation>Endereço do post do {network} a citar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the address of a {network} post: yours will show it inside. Optional.</source>
        <translation>Cole o endereço de um post do {network}: o seu vai mostrá-lo dentro. Opcional.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Quote a post:</source>
        <translation>&amp;Citar um post:</translation>
    </message>
</context>
<context>
    <name>RedditOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/reddit_options.py" line="+102"/>
        <source>Your subreddits</source>
        <translation>Seus subreddits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one of your subreddits</source>
        <translation>Escolha um dos seus subreddits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yo&amp;ur subreddits:</source>
        <translation>Seus s&amp;ubreddits:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post flair</source>
        <translation>Flair do post</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+143"/>
        <source>No flair</source>
        <translation>Sem flair</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>&amp;Flair:</source>
        <translation>&amp;Flair:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;NSFW (not safe for work)</source>
        <translation>&amp;NSFW (conteúdo adulto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;poiler</source>
        <translation>S&amp;poiler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Marks:</source>
        <translation>Marcações:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link to post</source>
        <translation>Link a publicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://… makes a link post (optional)</source>
        <translation>https://… cria um post de link (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lin&amp;k:</source>
        <translation>Lin&amp;k:</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Reddit did not answer: {reason}. The subreddit&apos;s rules are checked again when the post goes out.</source>
        <translation>O Reddit não respondeu: {reason}. As regras do subreddit são verificadas de novo quando o post sair.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading the rules of r/{name}…</source>
        <translation>Lendo as regras de r/{name}…</translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="+153"/>
        <source>Media relay</source>
        <extracomment>Services the form knows: (id, endpoint example, region example, path-style).</extracomment>
        <translation>Relay de mídia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Threads, Instagram and Google Business Profile (and TikTok, for photo posts) take photos and videos only from a web address. Postdesk puts each file in storage you own (an S3-compatible bucket) just before posting, gives the network a private link that stops working after {minutes} minutes, and deletes the file as soon as the network has it. Create a bucket and an access key that may read, write and delete in it, then fill in the form.</source>
        <translation>Threads, Instagram e Google Business Profile (e o TikTok, para posts de fotos) só aceitam fotos e vídeos a partir de um endereço da web. O Postdesk coloca cada arquivo em um armazenamento seu (um bucket compatível com S3) logo antes de publicar, dá à rede um link privado que para de funcionar após {minutes} minutos e exclui o arquivo assim que a rede o recebe. Crie um bucket e uma chave de acesso que possa ler, gravar e excluir nele e depois preencha o formulário.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Storage service</source>
        <translation>Serviço de armazenamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amazon S3</source>
        <translation>Amazon S3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloudflare R2</source>
        <translation>Cloudflare R2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backblaze B2</source>
        <translation>Backblaze B2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wasabi</source>
        <translation>Wasabi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another S3-compatible service (MinIO, Garage …)</source>
        <translation>Outro serviço compatível com S3 (MinIO, Garage …)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access key ID</source>
        <translation>ID da chave de acesso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret access key</source>
        <translation>Chave de acesso secreta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the bucket in the path (needed by MinIO, Garage and most self-hosted services)</source>
        <translation>Colocar o bucket no caminho (exigido por MinIO, Garage e pela maioria dos serviços auto-hospedados)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secret key is kept in your system&apos;s keyring, never in Postdesk&apos;s files.</source>
        <translation>A chave secreta fica no chaveiro do sistema, nunca nos arquivos do Postdesk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Region:</source>
        <translation>&amp;Região:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bucket:</source>
        <translation>&amp;Bucket:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access &amp;key ID:</source>
        <translation>ID da &amp;chave de acesso:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret access ke&amp;y:</source>
        <translation>C&amp;have de acesso secreta:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;viço:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Test the rel&amp;ay</source>
        <translation>Testar o rela&amp;y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the relay</source>
        <translation>Remover o relay</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Kept in the keyring (type to replace it)</source>
        <translation>Guardada no chaveiro (digite para substituí-la)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set up: media for Threads goes through the bucket “{bucket}”.</source>
        <translation>Configurado: a mídia do Threads passa pelo bucket “{bucket}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not set up: posts to Threads can only be text.</source>
        <translation>Não configurado: posts no Threads só podem ter texto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave empty for Amazon S3</source>
        <translation>Deixe vazio para Amazon S3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave the endpoint empty and give the bucket&apos;s region.</source>
        <translation>Deixe o endpoint vazio e informe a região do bucket.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the S3 API address from the bucket&apos;s settings in Cloudflare; the region is “auto”.</source>
        <translation>Copie o endereço da API S3 nas configurações do bucket no Cloudflare; a região é “auto”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the bucket&apos;s S3 endpoint shown in Backblaze (it names the region).</source>
        <translation>Use o endpoint S3 do bucket mostrado no Backblaze (ele indica a região).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the endpoint of the bucket&apos;s region, from Wasabi&apos;s list of service URLs.</source>
        <translation>Use o endpoint da região do bucket, da lista de URLs de serviço da Wasabi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the service&apos;s S3 address; most self-hosted services need the bucket in the path.</source>
        <translation>Use o endereço S3 do serviço; a maioria dos serviços auto-hospedados exige o bucket no caminho.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+128"/>
        <source>Enter the secret access key.</source>
        <translation>Digite a chave de acesso secreta.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Testing the relay…</source>
        <translation>Testando o relay…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The relay works. Save it, and Threads posts can include photos and videos.</source>
        <translation>O relay funciona. Salve-o, e os posts no Threads poderão incluir fotos e vídeos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay does not work yet: fix what is said above and test again.</source>
        <translation>O relay ainda não funciona: corrija o que foi indicado acima e teste de novo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The keyring is locked or missing, so the secret key cannot be kept or read. Unlock it and try again.</source>
        <translation>O chaveiro está bloqueado ou não existe, então a chave secreta não pode ser guardada nem lida. Desbloqueie-o e tente novamente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The relay settings could not be read or saved. Try again.</source>
        <translation>Não foi possível ler ou salvar as configurações do relay. Tente novamente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✓ Uploaded a small test picture to the bucket.</source>
        <translation>✓ Uma pequena imagem de teste foi enviada ao bucket.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Fetched it back through a link that works for {minutes} minutes, as Threads will.</source>
        <translation>✓ Ela foi baixada de volta por um link que funciona por {minutes} minutos, como o Threads fará.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Deleted it again.</source>
        <translation>✓ Ela foi excluída de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✗ Could not fetch it back through the link (the service answered {status}). Check the endpoint and the region.</source>
        <translation>✗ Não foi possível baixá-la de volta pelo link (o serviço respondeu {status}). Confira o endpoint e a região.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✗ Could not delete it: the access key needs permission to delete objects, or copies would stay in the bucket.</source>
        <translation>✗ Não foi possível excluí-la: a chave de acesso precisa de permissão para excluir objetos, senão as cópias ficariam no bucket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✗ Could not upload the test picture:</source>
        <translation>✗ Não foi possível enviar a imagem de teste:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Could not fetch it back:</source>
        <translation>✗ Não foi possível baixá-la de volta:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The endpoint must be a web address starting with https://.</source>
        <translation>O endpoint precisa ser um endereço da web que comece com https://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use an https:// endpoint: plain http would send your files and keys unprotected.</source>
        <translation>Use um endpoint https://: http simples enviaria seus arquivos e chaves sem proteção.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the bucket&apos;s name.</source>
        <translation>Digite o nome do bucket.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A bucket name has 3 to 63 lower-case letters, digits, dots or hyphens.</source>
        <translation>O nome de um bucket tem de 3 a 63 letras minúsculas, dígitos, pontos ou hifens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The region is a short name such as us-east-1 or auto.</source>
        <translation>A região é um nome curto, como us-east-1 ou auto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the access key ID.</source>
        <translation>Digite o ID da chave de acesso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service did not answer. Check the endpoint and your connection.</source>
        <translation>o serviço não respondeu. Confira o endpoint e sua conexão.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service is busy or failing right now. Try again in a minute.</source>
        <translation>o serviço está ocupado ou com falhas agora. Tente novamente em um minuto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this bucket does not exist at this endpoint. Check its name and region.</source>
        <translation>este bucket não existe neste endpoint. Confira o nome e a região.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the service refused the access key. Check the key ID and the secret, and that the key may write to this bucket.</source>
        <translation>o serviço recusou a chave de acesso. Confira o ID da chave e o segredo, e se a chave pode gravar neste bucket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the keyring is locked or missing, so the secret key cannot be read.</source>
        <translation>o chaveiro está bloqueado ou não existe, então a chave secreta não pode ser lida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the bucket and the access key first.</source>
        <translation>Preencha primeiro o bucket e a chave de acesso.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the service refused ({detail}).</source>
        <translation>o serviço recusou ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service refused.</source>
        <translation>o serviço recusou.</translation>
    </message>
</context>
<context>
    <name>RepeatControls</name>
    <message>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="+177"/>
        <source>&amp;Repeat…</source>
        <translation>&amp;Repetir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat this post every few days or weeks</source>
        <translation>Repetir este post a cada tantos dias ou semanas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How this post repeats</source>
        <translation>Como este post se repete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop repeatin&amp;g</source>
        <translation>&amp;Parar de repetir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop repeating: the repeats not yet sent are removed</source>
        <translation>Parar de repetir: as repetições ainda não enviadas são removidas</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>Repeating stopped. %n repeat(s) not yet sent were removed.</source>
        <translation>
            <numerusform>Repetição interrompida. %Ln repetição ainda não enviada foi removida.</numerusform>
            <numerusform>Repetição interrompida. %Ln repetições ainda não enviadas foram removidas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeating stopped.</source>
        <translation>Repetição interrompida.</translation>
    </message>
</context>
<context>
    <name>RepeatDialog</name>
    <message numerus="yes">
        <location line="-224"/>
        <source>every %n week(s)</source>
        <translation>
            <numerusform>a cada %Ln semana</numerusform>
            <numerusform>a cada %Ln semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>a cada %Ln dia</numerusform>
            <numerusform>a cada %Ln dias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until you stop it</source>
        <translation>até você interromper</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n more time(s)</source>
        <translation>
            <numerusform>mais %Ln vez</numerusform>
            <numerusform>mais %Ln vezes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeats {every}, {times}</source>
        <translation>Repete {every}, {times}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>with %n variation(s)</source>
        <translation>
            <numerusform>com %Ln variação</numerusform>
            <numerusform>com %Ln variações</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeating stopped</source>
        <translation>Repetição interrompida</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Repeat this post</source>
        <translation>Repetir este post</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many days or weeks between two posts</source>
        <translation>Quantos dias ou semanas entre dois posts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days</source>
        <translation>dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days or weeks</source>
        <translation>Dias ou semanas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat &amp;every:</source>
        <translation>Repetir a &amp;cada:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;This many more times:</source>
        <translation>&amp;Mais esta quantidade de vezes:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many more times</source>
        <translation>Quantas vezes mais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until I &amp;stop it</source>
        <translation>Até eu &amp;interromper</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Networks refuse a post identical to an earlier one. Add a few variations: each repeat uses the next text in turn, then the post&apos;s own again.</source>
        <translation>As redes recusam um post idêntico a um anterior. Adicione algumas variações: cada repetição usa o próximo texto, em rodízio, e depois o texto do próprio post de novo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text variations, used in turn</source>
        <translation>Variações de texto, usadas em rodízio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a variation</source>
        <translation>&amp;Adicionar uma variação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a text variation</source>
        <translation>Adicionar uma variação de texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove variation</source>
        <translation>&amp;Remover variação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen variation</source>
        <translation>Remover a variação escolhida</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;peat</source>
        <translation>Re&amp;petir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the repeat</source>
        <translation>Salvar a repetição</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../src/postdesk/ui/csv_import/model.py" line="+73"/>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported?</source>
        <translation>Importado?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes to</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, as a draft</source>
        <translation>Sim, como rascunho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No time: a draft</source>
        <translation>Sem horário: rascunho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
</context>
<context>
    <name>ScheduleBar</name>
    <message>
        <location filename="../src/postdesk/ui/composer/schedule_bar.py" line="+61"/>
        <source>&amp;Schedule</source>
        <translation>&amp;Agendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule the post</source>
        <translation>Agendar o post</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+120"/>
        <source>Schedule (Ctrl+Enter)</source>
        <translation>Agendar (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>&amp;Unschedule</source>
        <translation>&amp;Desagendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the date and keep the post as a draft</source>
        <translation>Limpar a data e manter o post como rascunho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish &amp;now</source>
        <translation>&amp;Publicar agora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish the post now</source>
        <translation>Publicar o post agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish now, with the same checks as scheduling</source>
        <translation>Publicar agora, com as mesmas verificações do agendamento</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Schedule status</source>
        <translation>Status do agendamento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the post cannot be scheduled yet</source>
        <translation>Por que o post ainda não pode ser agendado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;When ({zone}):</source>
        <translation>&amp;Quando ({zone}):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time to publish, in {zone}</source>
        <translation>Data e hora de publicação, em {zone}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>This time does not exist in {zone}: the clocks jump from {start} to {end} that day. Pick another time.</source>
        <translation>Este horário não existe em {zone}: o relógio pula de {start} para {end} nesse dia. Escolha outro horário.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This time does not exist in {zone}: the clocks skip it that day. Pick another time.</source>
        <translation>Este horário não existe em {zone}: o relógio pula essa hora nesse dia. Escolha outro horário.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This time happens twice in {zone} that day (the clocks go back); the first one is used.</source>
        <translation>Este horário acontece duas vezes em {zone} nesse dia (o relógio volta); o primeiro é usado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not scheduled: this post is a draft.</source>
        <translation>Não agendado: este post é um rascunho.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scheduled for {when} ({zone}).</source>
        <translation>Agendado para {when} ({zone}).</translation>
    </message>
</context>
<context>
    <name>ScheduleEdits</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/edits.py" line="+113"/>
        <source>The network&apos;s own scheduler holds this post at its time. To move it, take it back first (Take back and cancel), then schedule it again.</source>
        <extracomment>Where a draft dropped on a month day lands when nothing says which time: a working morning.</extracomment>
        <translation>O agendador da própria rede está com este post para o horário marcado. Para movê-lo, recolha-o primeiro (Recolher e cancelar) e agende-o de novo.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Move “{post}”</source>
        <translation>Mover “{post}”</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Added to the queue “{queue}” at {time}.</source>
        <translation>Adicionado à fila “{queue}” às {time}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That slot was taken meanwhile. Nothing changed.</source>
        <translation>Esse horário foi ocupado nesse meio-tempo. Nada mudou.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Repeating stopped. %n repeat(s) not yet sent were removed.</source>
        <translation>
            <numerusform>Repetição interrompida. %Ln repetição ainda não enviada foi removida.</numerusform>
            <numerusform>Repetição interrompida. %Ln repetições ainda não enviadas foram removidas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeating stopped.</source>
        <translation>Repetição interrompida.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove the post from Postdesk</source>
        <translation>Remover o post do Postdesk</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This post is being published right now, so it can&apos;t be deleted yet. Wait until it has gone out; then Delete asks whether to remove it from Postdesk only or from the network too.</source>
        <translation>Este post está sendo publicado agora, então ainda não pode ser excluído. Espere até ele sair; então Excluir pergunta se deve removê-lo só do Postdesk ou também da rede.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The post&apos;s time was changed elsewhere since, so that step was not undone. Nothing was lost.</source>
        <translation>O horário do post foi alterado em outro lugar desde então, então essa etapa não foi desfeita. Nada se perdeu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That change could not be saved. Nothing was lost; try again.</source>
        <translation>Não foi possível salvar essa alteração. Nada se perdeu; tente novamente.</translation>
    </message>
</context>
<context>
    <name>SentComments</name>
    <message>
        <location filename="../src/postdesk/ui/composer/first_comment_sent.py" line="+58"/>
        <source>Comment on {network}…</source>
        <translation>Comentar no {network}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post a comment under the published post on {network}</source>
        <translation>Publicar um comentário no post publicado no {network}</translation>
    </message>
</context>
<context>
    <name>SentSection</name>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="+34"/>
        <source>What was sent</source>
        <translation>O que foi enviado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was sent (it can no longer change here)</source>
        <translation>O que foi enviado (não pode mais ser alterado aqui)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Duplicate as a new post</source>
        <translation>&amp;Duplicar como novo post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new draft copied from this post</source>
        <translation>Começar um novo rascunho copiado deste post</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where each network stands</source>
        <translation>Situação em cada rede</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text and media that were sent</source>
        <translation>O texto e a mídia que foram enviados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the published post is doing</source>
        <translation>Desempenho do post publicado</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Edit on {network}…</source>
        <translation>Editar no {network}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the published post on {network} itself</source>
        <translation>Alterar o post publicado no próprio {network}</translation>
    </message>
</context>
<context>
    <name>SettingsPane</name>
    <message>
        <location filename="../src/postdesk/app.py" line="-31"/>
        <location line="+35"/>
        <location filename="../src/postdesk/ui/settings/view.py" line="+62"/>
        <location line="+5"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location line="+530"/>
        <source>Postdesk could not change whether it starts at login. Your system refused: {reason}</source>
        <translation>O Postdesk não conseguiu alterar se ele inicia com o login. O sistema recusou: {reason}</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="+5"/>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Same as the system</source>
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Times in the calendar and the composer are shown in this zone. A post keeps the zone it was scheduled in, so 09:00 stays 09:00 when the clocks change.</source>
        <translation>Os horários no calendário e no editor são mostrados neste fuso. Um post mantém o fuso em que foi agendado, então 09:00 continua 09:00 quando o relógio muda.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new language takes effect the next time Postdesk starts.</source>
        <translation>Um novo idioma passa a valer na próxima vez que o Postdesk for iniciado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appearance and language</source>
        <translation>Aparência e idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuso horário:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your data</source>
        <translation>Seus dados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafts, media and settings are kept on this computer, in:</source>
        <translation>Rascunhos, mídia e configurações ficam neste computador, em:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open data folder</source>
        <translation>&amp;Abrir pasta de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open data folder</source>
        <translation>Abrir pasta de dados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in tokens are never written here: they live in your system&apos;s password keyring, or in the encrypted file you chose in Accounts.</source>
        <translation>Tokens de login nunca são gravados aqui: eles ficam no chaveiro de senhas do sistema ou no arquivo criptografado que você escolheu em Contas.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>When posts were missed</source>
        <translation>Se houver posts perdidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask me what to do</source>
        <translation>Perguntar o que fazer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish them as soon as possible</source>
        <translation>Publicá-los assim que possível</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish them, unless they are too late</source>
        <translation>Publicá-los, a menos que estejam atrasados demais</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too late after, in minutes</source>
        <translation>Tarde demais após, em minutos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posts can fall due while Postdesk is closed or the computer sleeps. Skipped posts are paused, not deleted: they stay in the calendar.</source>
        <translation>Posts podem chegar à hora marcada enquanto o Postdesk está fechado ou o computador está em repouso. Posts ignorados são pausados, não excluídos: eles continuam no calendário.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keep publishing in the tray when the window is closed</source>
        <translation>&amp;Continuar publicando na bandeja do sistema ao fechar a janela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep publishing in the tray when the window is closed</source>
        <translation>Continuar publicando na bandeja do sistema ao fechar a janela</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This desktop has no system tray.</source>
        <translation>Esta área de trabalho não tem bandeja do sistema.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start Postdesk when I log &amp;in</source>
        <translation>Iniciar o Postdesk quando eu fizer &amp;login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start Postdesk when I log in</source>
        <translation>Iniciar o Postdesk quando eu fizer login</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always require a &amp;description (alt text) on every image</source>
        <translation>Sempre exigir uma &amp;descrição (texto alternativo) em todas as imagens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always require alt text on every image</source>
        <translation>Sempre exigir texto alternativo em todas as imagens</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publishing</source>
        <translation>Publicação</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When posts were &amp;missed:</source>
        <translation>Se houver posts &amp;perdidos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too late &amp;after:</source>
        <translation>Tarde de&amp;mais após:</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../src/postdesk/ui/single_instance.py" line="+158"/>
        <source>Postdesk is already running</source>
        <extracomment>A connection that has not said its line by then is closed. How long a second launch keeps trying to reach a window that may still be starting.</extracomment>
        <translation>O Postdesk já está em execução</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another Postdesk window (process {pid}) did not answer.</source>
        <translation>Outra janela do Postdesk (processo {pid}) não respondeu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another Postdesk window did not answer.</source>
        <translation>Outra janela do Postdesk não respondeu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk is publishing in the background without a window (postdesk --headless, process {pid}).</source>
        <translation>O Postdesk está publicando em segundo plano, sem janela (postdesk --headless, processo {pid}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postdesk is publishing in the background without a window (postdesk --headless).</source>
        <translation>O Postdesk está publicando em segundo plano, sem janela (postdesk --headless).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another Postdesk (process {pid}) is using it.</source>
        <translation>Outro Postdesk (processo {pid}) está usando a pasta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another Postdesk is using it.</source>
        <translation>Outro Postdesk está usando a pasta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postdesk can&apos;t open your posts in “{folder}” because they are in use.

{who}

Only one Postdesk can publish from a folder at a time, so that no post goes out twice. Stop the other one (or switch to its window), then start Postdesk again.</source>
        <translation>O Postdesk não pode abrir seus posts em “{folder}” porque eles estão em uso.

{who}

Só um Postdesk pode publicar a partir de uma pasta por vez, para que nenhum post saia duas vezes. Feche o outro (ou vá para a janela dele) e inicie o Postdesk novamente.</translation>
    </message>
</context>
<context>
    <name>SkippedDates</name>
    <message>
        <location filename="../src/postdesk/ui/queues/skipped_dates.py" line="+29"/>
        <source>A date with no posts from this queue</source>
        <translation>Uma data sem posts desta fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip &amp;date</source>
        <translation>Ignorar &amp;data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip this date (a holiday)</source>
        <translation>Ignorar esta data (um feriado)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dates skipped by this queue</source>
        <translation>Datas ignoradas por esta fila</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t skip that date</source>
        <translation>Não ignorar essa data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen date</source>
        <translation>Remover a data escolhida</translation>
    </message>
</context>
<context>
    <name>SlotRemovalDialog</name>
    <message>
        <location filename="../src/postdesk/ui/queues/slot_removal.py" line="+25"/>
        <location line="+16"/>
        <source>Remove this time?</source>
        <translation>Remover este horário?</translation>
    </message>
    <message numerus="yes">
        <location line="-14"/>
        <source>%n post(s) wait in the {slot} slot.</source>
        <translation>
            <numerusform>%Ln post aguarda no horário {slot}.</numerusform>
            <numerusform>%Ln posts aguardam no horário {slot}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk can move them to the next free times of this queue, or leave each at its time (they then leave the queue).</source>
        <translation>O Postdesk pode movê-los para os próximos horários livres desta fila ou deixar cada um no seu horário (nesse caso, eles saem da fila).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Move to free times</source>
        <translation>&amp;Mover para horários livres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep their times</source>
        <translation>Manter os &amp;horários</translation>
    </message>
</context>
<context>
    <name>SnippetsDialog</name>
    <message>
        <location filename="../src/postdesk/ui/composer/snippets_dialog.py" line="+63"/>
        <location line="+1"/>
        <source>Snippets and hashtag groups</source>
        <translation>Trechos e grupos de hashtags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved snippets and hashtag groups</source>
        <translation>Trechos e grupos de hashtags salvos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snippet (any text)</source>
        <translation>Trecho (qualquer texto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hashtag group</source>
        <translation>Grupo de hashtags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text to insert, or the group&apos;s hashtags</source>
        <translation>Texto a inserir ou as hashtags do grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a hashtag group: #travel #food #citybreak</source>
        <translation>Para um grupo de hashtags: #viagem #comida #passeio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w</source>
        <translation>No&amp;vo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new snippet or hashtag group</source>
        <translation>Começar um novo trecho ou grupo de hashtags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this snippet or hashtag group</source>
        <translation>Salvar este trecho ou grupo de hashtags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen snippet or hashtag group</source>
        <translation>Excluir o trecho ou grupo de hashtags escolhido</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>hashtag group</source>
        <translation>grupo de hashtags</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>snippet</source>
        <translation>trecho</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Give it a name and some text first.</source>
        <translation>Dê a ele um nome e algum texto primeiro.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted.</source>
        <translation>Excluído.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another one of this kind already has that name: pick another name.</source>
        <translation>Outro item deste tipo já tem esse nome: escolha outro nome.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That could not be saved. Try again in a moment.</source>
        <translation>Não foi possível salvar. Tente novamente daqui a pouco.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../src/postdesk/app.py" line="+220"/>
        <source>Postdesk could not start</source>
        <translation>Não foi possível iniciar o Postdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong while opening your posts. The log in {folder} has the details.</source>
        <translation>Algo deu errado ao abrir seus posts. O log em {folder} tem os detalhes.</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/startup_errors.py" line="+64"/>
        <source>Postdesk can&apos;t read its database</source>
        <extracomment>Shows a start-up problem: (title, text). Asks whether to restore the newest backup: (title, text) → True to restore.</extracomment>
        <translation>O Postdesk não consegue ler o banco de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {path} is damaged or is not a Postdesk database. Nothing has been changed or deleted.</source>
        <translation>O arquivo {path} está danificado ou não é um banco de dados do Postdesk. Nada foi alterado nem excluído.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This database is from a newer Postdesk</source>
        <translation>Este banco de dados é de um Postdesk mais novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data ({path}) was last opened by a newer version of Postdesk, or by a build this version does not know (schema {revision}). Install that version again to use it. Nothing has been changed.</source>
        <translation>Seus dados ({path}) foram abertos por último por uma versão mais nova do Postdesk ou por uma compilação que esta versão não conhece (esquema {revision}). Instale essa versão de novo para usá-los. Nada foi alterado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is not a Postdesk database</source>
        <translation>Este não é um banco de dados do Postdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {path} is a database of another program, not Postdesk&apos;s. Postdesk has not changed it. Move it to another folder to start Postdesk afresh, or start Postdesk with another data folder (postdesk --data-dir FOLDER).</source>
        <translation>O arquivo {path} é um banco de dados de outro programa, não do Postdesk. O Postdesk não o alterou. Mova-o para outra pasta para iniciar o Postdesk do zero ou inicie o Postdesk com outra pasta de dados (postdesk --data-dir PASTA).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Postdesk&apos;s database is in use</source>
        <translation>O banco de dados do Postdesk está em uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another program is using the file {path}, perhaps another copy of Postdesk. Close it and start Postdesk again. Nothing has been changed.</source>
        <translation>Outro programa está usando o arquivo {path}, talvez outra cópia do Postdesk. Feche-o e inicie o Postdesk novamente. Nada foi alterado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The disk is full</source>
        <translation>O disco está cheio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postdesk needs a little free space on the disk that holds {folder} to start. Free some space and start Postdesk again. Nothing has been changed.</source>
        <translation>O Postdesk precisa de um pouco de espaço livre no disco que contém {folder} para iniciar. Libere espaço e inicie o Postdesk novamente. Nada foi alterado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Postdesk can&apos;t read or write its database</source>
        <translation>O Postdesk não consegue ler nem gravar o banco de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your computer refused to read or write the file {path}: the disk may be failing, read-only or disconnected. Nothing has been changed. Check the disk and start Postdesk again.</source>
        <translation>Seu computador se recusou a ler ou gravar o arquivo {path}: o disco pode estar falhando, somente leitura ou desconectado. Nada foi alterado. Verifique o disco e inicie o Postdesk novamente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Postdesk can&apos;t start</source>
        <translation>O Postdesk não pode iniciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postdesk could not open its database ({path}). Nothing has been changed.</source>
        <translation>O Postdesk não conseguiu abrir o banco de dados ({path}). Nada foi alterado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an earlier start</source>
        <translation>uma inicialização anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date} at {time}</source>
        <translation>{date} às {time}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Postdesk keeps a copy of your data made on {when}. It can put that copy in place: anything you changed after {when} will be missing, and posts due since then are paused so that none goes out twice. The damaged file is kept in {folder}, not deleted.</source>
        <translation>O Postdesk guarda uma cópia dos seus dados feita em {when}. Ele pode colocar essa cópia no lugar: tudo o que você alterou depois de {when} vai faltar, e os posts previstos desde então ficam pausados para que nenhum saia duas vezes. O arquivo danificado é mantido em {folder}, não excluído.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Restore the newest backup</source>
        <translation>Restaurar o backup mais recente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Postdesk found no backup it could restore. Copies made before each update are kept in {folder}.</source>
        <translation>O Postdesk não encontrou nenhum backup que pudesse restaurar. Cópias feitas antes de cada atualização são guardadas em {folder}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The backup could not be restored</source>
        <translation>Não foi possível restaurar o backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postdesk could not put the backup in place ({reason}). Your files in {folder} are as they were or moved aside, never deleted.</source>
        <translation>O Postdesk não conseguiu colocar o backup no lugar ({reason}). Seus arquivos em {folder} estão como estavam ou foram movidos para o lado, nunca excluídos.</translation>
    </message>
</context>
<context>
    <name>TagsPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/tags_part.py" line="+43"/>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags of this post</source>
        <translation>Etiquetas deste post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>launch, tour… (only you see them; the calendar filters by them)</source>
        <translation>lançamento, turnê… (só você as vê; o calendário filtra por elas)</translation>
    </message>
</context>
<context>
    <name>TargetOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/target_options.py" line="+68"/>
        <source>{network} title</source>
        <extracomment>Mastodon visibilities, by API value. Networks whose posts carry a title. A network&apos;s own options panel (a QWidget with a `changed` signal).</extracomment>
        <translation>Título no {network}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subreddit</source>
        <translation>Subreddit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. photography (without r/)</source>
        <translation>ex.: photography (sem r/)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content warning</source>
        <translation>Aviso de conteúdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional; counts toward the limit</source>
        <translation>Opcional; conta para o limite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who can see it</source>
        <translation>Quem pode ver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quiet public</source>
        <translation>Público silencioso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Followers only</source>
        <translation>Só seguidores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mentioned people only</source>
        <translation>Só pessoas mencionadas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Su&amp;breddit:</source>
        <translation>Su&amp;breddit:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Content &amp;warning:</source>
        <translation>Aviso de &amp;conteúdo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visibility:</source>
        <translation>&amp;Visibilidade:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Let {network} publish it (works while Postdesk is closed)</source>
        <translation>&amp;Deixar o {network} publicar (funciona com o Postdesk fechado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let {network} publish it at its time, even while Postdesk is closed</source>
        <translation>Deixar o {network} publicar na hora marcada, mesmo com o Postdesk fechado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk gives the post to {network}&apos;s own scheduler when you schedule it. To take it back, cancel the post.</source>
        <translation>O Postdesk entrega o post ao agendador do próprio {network} quando você o agenda. Para recolhê-lo, cancele o post.</translation>
    </message>
</context>
<context>
    <name>TargetPanel</name>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="+100"/>
        <source>{network} account</source>
        <translation>Conta do {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ccount:</source>
        <translation>&amp;Conta:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>What happens if {network}&apos;s answer is lost</source>
        <translation>O que acontece se a resposta do {network} se perder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the {network} text can&apos;t change</source>
        <translation>Por que o texto do {network} não pode mudar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Different text for {network}</source>
        <translation>Texto &amp;diferente para o {network}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a different text for {network}</source>
        <translation>Usar um texto diferente para o {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset to main text</source>
        <translation>&amp;Voltar ao texto principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the {network} text with the main text</source>
        <translation>Substituir o texto do {network} pelo texto principal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{network} text</source>
        <translation>Texto do {network}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Length:</source>
        <translation>Tamanho:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Problems for {network}</source>
        <translation>Problemas no {network}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{network} preview</source>
        <translation>Pré-visualização do {network}</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_status.py" line="+115"/>
        <source>{length} of {limit} characters</source>
        <extracomment>Mastodon&apos;s default limit when no instance tells us its own.</extracomment>
        <translation>{length} de {limit} caracteres</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{bytes} / {limit} bytes</source>
        <translation>{bytes} / {limit} bytes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{bytes} of {limit} bytes</source>
        <translation>{bytes} de {limit} bytes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Longest of {n} parts: {count}</source>
        <translation>Maior de {n} partes: {count}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Already published to {network}: its text can no longer be changed here.</source>
        <translation>Já publicado no {network}: o texto não pode mais ser alterado aqui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Being published to {network} right now: its text can&apos;t be changed.</source>
        <translation>Sendo publicado no {network} agora: o texto não pode ser alterado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About to be published to {network}: its text is fixed and can&apos;t be changed here.</source>
        <translation>Prestes a ser publicado no {network}: o texto está fixado e não pode ser alterado aqui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network} will be tried again with exactly what was sent: it can&apos;t be changed here.</source>
        <translation>O {network} será tentado de novo exatamente com o que foi enviado: não pode ser alterado aqui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}&apos;s own scheduler holds this post: its text can&apos;t be changed here.</source>
        <translation>O agendador do próprio {network} está com este post: o texto não pode ser alterado aqui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk does not know whether this went out on {network}: its text can&apos;t be changed until that is settled.</source>
        <translation>O Postdesk não sabe se isto saiu no {network}: o texto não pode ser alterado até isso ser resolvido.</translation>
    </message>
</context>
<context>
    <name>TargetsPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/targets_part.py" line="+104"/>
        <source>Networks chosen for this post</source>
        <translation>Redes escolhidas para este post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen networks: pick one to see its preview</source>
        <translation>Redes escolhidas: escolha uma para ver a pré-visualização</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose where to post with the buttons above. You can write first and choose later.</source>
        <translation>Escolha onde publicar com os botões acima. Você pode escrever primeiro e escolher depois.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{network}: text, options and preview</source>
        <translation>{network}: texto, opções e pré-visualização</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../src/postdesk/ui/composer/templates_dialog.py" line="+42"/>
        <location line="+1"/>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A template keeps a post&apos;s text, networks, accounts, options and tags (not its time).</source>
        <translation>Um modelo guarda o texto, as redes, as contas, as opções e as etiquetas de um post (não o horário).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved templates</source>
        <translation>Modelos salvos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New post from it</source>
        <translation>&amp;Novo post a partir dele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new post from the chosen template</source>
        <translation>Começar um novo post a partir do modelo escolhido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renomear…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the chosen template</source>
        <translation>Renomear o modelo escolhido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen template</source>
        <translation>Excluir o modelo escolhido</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No templates yet: in the composer, More &gt; Save as template…</source>
        <translation>Nenhum modelo ainda: no editor, Mais &gt; Salvar como modelo…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rename template</source>
        <translation>Renomear modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;name:</source>
        <translation>Novo &amp;nome:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Another template already has that name.</source>
        <translation>Outro modelo já tem esse nome.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That could not be saved. Try again in a moment.</source>
        <translation>Não foi possível salvar. Tente novamente daqui a pouco.</translation>
    </message>
</context>
<context>
    <name>TikTokOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="+113"/>
        <source>TikTok keeps every post from an app it has not audited private (“Only me”), from a private account. Until your TikTok app passes TikTok&apos;s audit, choose “Only me”.</source>
        <translation>O TikTok mantém privado (“Somente eu”) todo post de um app que ele não auditou, a partir de uma conta privada. Até seu app do TikTok passar na auditoria do TikTok, escolha “Somente eu”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the account&apos;s TikTok settings again</source>
        <translation>Ler as configurações do TikTok da conta novamente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who can see this TikTok post</source>
        <translation>Quem pode ver este post do TikTok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose who can see it</source>
        <translation>Escolha quem pode ver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who can see it:</source>
        <translation>&amp;Quem pode ver:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Comentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duet</source>
        <translation>Dueto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stitch</source>
        <translation>Costura</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allow users to:</source>
        <translation>Permitir que usuários façam:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disclose commercial content</source>
        <translation>Divulgar conteúdo comercial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn this on if this post promotes yourself, a brand, a product or a service.</source>
        <translation>Ative isto se este post promove você, uma marca, um produto ou um serviço.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your brand — you are promoting yourself or your own business</source>
        <translation>Sua marca — você está promovendo a si mesmo ou seu próprio negócio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branded content — you are promoting another brand or a third party</source>
        <translation>Conteúdo de marca — você está promovendo outra marca ou um terceiro</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>AI-generated content</source>
        <translation>Conteúdo gerado por IA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title of the photo post</source>
        <translation>Título do post de fotos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo posts: a title of up to 90 characters (optional)</source>
        <translation>Posts de fotos: um título de até 90 caracteres (opcional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo &amp;title:</source>
        <translation>&amp;Título das fotos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My media relay&apos;s address is verified with TikTok</source>
        <translation>O endereço do meu relay de mídia está verificado no TikTok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo posts need it: TikTok fetches photos only from addresses your TikTok app verified (URL properties in the developer portal).</source>
        <translation>Posts de fotos precisam disso: o TikTok só busca fotos em endereços verificados pelo seu app do TikTok (URL properties no portal de desenvolvedores).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Reading the account&apos;s settings from TikTok…</source>
        <translation>Lendo as configurações da conta no TikTok…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>TikTok did not give this account&apos;s settings: {reason}. Posting waits until it does; try Refresh in a moment.</source>
        <translation>O TikTok não informou as configurações desta conta: {reason}. A publicação aguarda até que ele informe; tente Atualizar daqui a pouco.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a TikTok account: its own settings decide the choices below.</source>
        <translation>Escolha uma conta do TikTok: as configurações dela definem as opções abaixo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posting to {nickname} (@{username}) on TikTok</source>
        <translation>Publicando em {nickname} (@{username}) no TikTok</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Turned off in this account&apos;s TikTok settings</source>
        <translation>Desativado nas configurações do TikTok desta conta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friends</source>
        <translation>Amigos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only me</source>
        <translation>Somente eu</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Branded content cannot be private</source>
        <translation>Conteúdo de marca não pode ser privado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your post will be labeled “Paid partnership”.</source>
        <translation>Seu post será marcado como “Parceria paga”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your post will be labeled “Promotional content”.</source>
        <translation>Seu post será marcado como “Conteúdo promocional”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose whether you promote your own brand, another brand, or both.</source>
        <translation>Escolha se você promove sua própria marca, outra marca ou ambas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By posting, you agree to TikTok&apos;s Branded Content Policy and Music Usage Confirmation.</source>
        <translation>Ao publicar, você concorda com a Política de Conteúdo de Marca e a Confirmação de Uso de Música do TikTok.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By posting, you agree to TikTok&apos;s Music Usage Confirmation.</source>
        <translation>Ao publicar, você concorda com a Confirmação de Uso de Música do TikTok.</translation>
    </message>
</context>
<context>
    <name>TikTokPreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_preview.py" line="+83"/>
        <source>you</source>
        <translation>você</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TikTok shows your video or photos here</source>
        <translation>O TikTok mostra seu vídeo ou suas fotos aqui</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="-89"/>
        <source>An account since removed</source>
        <translation>Uma conta já removida</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not given by this network</source>
        <translation>Não informado por esta rede</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="+57"/>
        <location line="+48"/>
        <source>Postdesk — publishing</source>
        <extracomment>How long a notification stays up, in milliseconds.</extracomment>
        <translation>Postdesk — publicando</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Postdesk tray menu</source>
        <translation>Menu da bandeja do Postdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Postdesk</source>
        <translation>&amp;Abrir o Postdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <source>&amp;Pause publishing</source>
        <translation>&amp;Pausar publicação</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>&amp;Quit Postdesk</source>
        <translation>&amp;Sair do Postdesk</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Postdesk — publishing paused</source>
        <extracomment>The post the last notification was about, as (code, post id, target id), if any.</extracomment>
        <translation>Postdesk — publicação pausada</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unread in the inbox</source>
        <translation>
            <numerusform>%Ln não lida na caixa de entrada</numerusform>
            <numerusform>%Ln não lidas na caixa de entrada</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Resume publishing</source>
        <translation>&amp;Retomar publicação</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your post is live on {network}.</source>
        <translation>Seu post está no ar no {network}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network refused the post.</source>
        <translation>A rede recusou o post.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not published</source>
        <translation>Não publicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network} did not publish your post: {reason}</source>
        <translation>O {network} não publicou seu post: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs your attention</source>
        <translation>Requer sua atenção</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posts missed while Postdesk was closed</source>
        <translation>Posts perdidos enquanto o Postdesk estava fechado</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n post(s) fell due while Postdesk was not running. Click to choose what to do.</source>
        <translation>
            <numerusform>%Ln post chegou à hora marcada enquanto o Postdesk não estava em execução. Clique para escolher o que fazer.</numerusform>
            <numerusform>%Ln posts chegaram à hora marcada enquanto o Postdesk não estava em execução. Clique para escolher o que fazer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for the network</source>
        <translation>Aguardando a rede</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n post(s) will go out when the connection is back.</source>
        <translation>
            <numerusform>%Ln post será publicado quando a conexão voltar.</numerusform>
            <numerusform>%Ln posts serão publicados quando a conexão voltar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(e mais %Ln problema)</numerusform>
            <numerusform>(e mais %Ln problemas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A scheduled post cannot go out</source>
        <translation>Um post agendado não pode ser publicado</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n new replies and mentions on {label}</source>
        <translation>
            <numerusform>%Ln nova resposta ou menção em {label}</numerusform>
            <numerusform>%Ln novas respostas e menções em {label}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new replies and mentions</source>
        <translation>
            <numerusform>%Ln nova resposta ou menção</numerusform>
            <numerusform>%Ln novas respostas e menções</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbox</source>
        <translation>Caixa de entrada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An account needs to be reconnected before its posts can go out.</source>
        <translation>Uma conta precisa ser reconectada antes que seus posts possam ser publicados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An account needs you to sign in again; its posts wait until you do.</source>
        <translation>Uma conta precisa que você entre novamente; os posts dela aguardam até lá.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postdesk cannot tell whether an inbox reply went out. Please check the conversation on the network.</source>
        <translation>O Postdesk não consegue saber se uma resposta da caixa de entrada foi enviada. Verifique a conversa na rede.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk cannot save to its database: is the disk full? A post that just went out is recorded as soon as there is room; it is not sent twice.</source>
        <translation>O Postdesk não consegue salvar no banco de dados: o disco está cheio? Um post que acabou de sair será registrado assim que houver espaço; ele não será enviado duas vezes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A post could not go out because one of its files is no longer in the media library.</source>
        <translation>Um post não pôde ser publicado porque um dos arquivos dele não está mais na biblioteca de mídia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A post was not sent because an image has no alt text, and you asked for alt text on every image.</source>
        <translation>Um post não foi enviado porque uma imagem não tem texto alternativo, e você pediu texto alternativo em todas as imagens.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk does not know whether a post went out. Click here to look, and to say whether it is there.</source>
        <translation>O Postdesk não sabe se um post foi publicado. Clique aqui para verificar e informar se ele está lá.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A post could not be published after several tries.</source>
        <translation>Um post não pôde ser publicado após várias tentativas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A post went out, but its first comment did not.</source>
        <translation>Um post foi publicado, mas o primeiro comentário dele não.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something needs your attention.</source>
        <translation>Algo requer sua atenção.</translation>
    </message>
</context>
<context>
    <name>UnknownResolutionDialog</name>
    <message>
        <location filename="../src/postdesk/ui/dialogs/unknown_resolution.py" line="+45"/>
        <source>{network} cannot look a post up: if its answer is ever lost, Postdesk asks you whether the post is there.</source>
        <translation>O {network} não permite procurar um post: se a resposta dele se perder, o Postdesk pergunta a você se o post está lá.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Did it go out on {network}?</source>
        <translation>Foi publicado no {network}?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postdesk does not know whether this post went out on {network}: the network&apos;s answer was lost. It will not send it again on its own, because that could post it twice.</source>
        <translation>O Postdesk não sabe se este post foi publicado no {network}: a resposta da rede se perdeu. Ele não vai enviá-lo de novo por conta própria, porque isso poderia publicá-lo duas vezes.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Look on {network}</source>
        <translation>&amp;Verificar no {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open your {network} profile to look for the post</source>
        <translation>Abrir seu perfil do {network} para procurar o post</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open {network} and look at the account&apos;s latest posts.</source>
        <translation>Abra o {network} e veja os posts mais recentes da conta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its &amp;link, if you found it (optional):</source>
        <translation>O &amp;link, se você o encontrou (opcional):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The post&apos;s link on {network} (optional)</source>
        <translation>O link do post no {network} (opcional)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What Postdesk did</source>
        <translation>O que o Postdesk fez</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decide &amp;later</source>
        <translation>Decidir &amp;depois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide later and close</source>
        <translation>Decidir depois e fechar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send it again</source>
        <translation>E&amp;nviar de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not there: send it again</source>
        <translation>Não está lá: enviar de novo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It&apos;s &amp;there</source>
        <translation>&amp;Está lá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is there: mark it as published</source>
        <translation>Está lá: marcar como publicado</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>That does not look like a link (it should start with https://). Leave the field empty if you don&apos;t have it.</source>
        <translation>Isso não parece um link (deve começar com https://). Deixe o campo vazio se você não o tiver.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This post was already settled meanwhile (or is being sent): nothing changed.</source>
        <translation>Este post já foi resolvido nesse meio-tempo (ou está sendo enviado): nada mudou.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked as published on {network}.</source>
        <translation>Marcado como publicado no {network}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending it again to {network} now.</source>
        <translation>Enviando de novo ao {network} agora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk could not record your answer: {error}. Try again.</source>
        <translation>O Postdesk não conseguiu registrar sua resposta: {error}. Tente novamente.</translation>
    </message>
</context>
<context>
    <name>VaultDialog</name>
    <message>
        <location filename="../src/postdesk/ui/vault_dialog.py" line="+93"/>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Frase secreta de novo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase strength</source>
        <translation>Força da frase secreta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep sign-ins in an encrypted file</source>
        <translation>Guardar os logins em um arquivo criptografado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no password keyring Postdesk can use. Your sign-ins will be kept in the encrypted file {path} instead, locked with a passphrase you choose now. Postdesk asks for it each time it starts. If you forget it, nobody can open the file: you would connect your accounts again.</source>
        <translation>Este computador não tem um chaveiro de senhas que o Postdesk possa usar. Em vez disso, seus logins ficarão no arquivo criptografado {path}, bloqueado com uma frase secreta que você escolhe agora. O Postdesk a pede toda vez que inicia. Se você esquecê-la, ninguém poderá abrir o arquivo: você teria de conectar suas contas de novo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Use this passphrase</source>
        <translation>&amp;Usar esta frase secreta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock your sign-ins</source>
        <translation>Desbloquear seus logins</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your sign-ins are kept in the encrypted file {path}. Enter its passphrase so Postdesk can publish and check your accounts. With “Not now” Postdesk starts with your accounts locked: nothing is lost, and you can unlock them later in Accounts.</source>
        <translation>Seus logins ficam no arquivo criptografado {path}. Digite a frase secreta para que o Postdesk possa publicar e verificar suas contas. Com “Agora não”, o Postdesk inicia com suas contas bloqueadas: nada se perde, e você pode desbloqueá-las depois em Contas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not now</source>
        <translation>&amp;Agora não</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase secreta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Too short: use at least %n characters ({typed} so far).</source>
        <translation>
            <numerusform>Curta demais: use pelo menos %Ln caractere ({typed} até agora).</numerusform>
            <numerusform>Curta demais: use pelo menos %Ln caracteres ({typed} até agora).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Strength: weak. Easy to guess; make it longer, or mix in capitals, digits or symbols.</source>
        <translation>Força: fraca. Fácil de adivinhar; aumente-a ou misture maiúsculas, dígitos ou símbolos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength: fair. A few more words make it much harder to guess.</source>
        <translation>Força: razoável. Mais algumas palavras a tornam muito mais difícil de adivinhar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: good.</source>
        <translation>Força: boa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: strong.</source>
        <translation>Força: forte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(Estimated from its length and the kinds of characters in it.)</source>
        <translation>(Estimada pelo tamanho e pelos tipos de caracteres.)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the passphrase.</source>
        <translation>Digite a frase secreta.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>A frase secreta precisa ter pelo menos %Ln caractere.</numerusform>
            <numerusform>A frase secreta precisa ter pelo menos %Ln caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases are not the same.</source>
        <translation>As duas frases secretas não são iguais.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Use at least %n characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Use pelo menos %Ln caractere; algumas palavras sem relação entre si são fáceis de lembrar e difíceis de adivinhar.</numerusform>
            <numerusform>Use pelo menos %Ln caracteres; algumas palavras sem relação entre si são fáceis de lembrar e difíceis de adivinhar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Opening the encrypted file…</source>
        <translation>Abrindo o arquivo criptografado…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That passphrase does not open the encrypted file. Check it and try again, or choose “Not now”.</source>
        <translation>Essa frase secreta não abre o arquivo criptografado. Confira e tente novamente, ou escolha “Agora não”.</translation>
    </message>
</context>
<context>
    <name>WaitingPosts</name>
    <message>
        <location filename="../src/postdesk/ui/queues/waiting.py" line="+57"/>
        <source>&amp;Waiting in this queue</source>
        <extracomment>Alt+Up / Alt+Down move the chosen post one place.</extracomment>
        <translation>A&amp;guardando nesta fila</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posts waiting in this queue, soonest first</source>
        <translation>Posts aguardando nesta fila, os mais próximos primeiro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the chosen post an earlier time</source>
        <translation>Dar ao post escolhido um horário anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move d&amp;own</source>
        <translation>&amp;Descer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the chosen post a later time</source>
        <translation>Dar ao post escolhido um horário posterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;huffle</source>
        <translation>&amp;Embaralhar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deal the waiting posts out in a new order</source>
        <translation>Redistribuir os posts em espera em uma nova ordem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+Up</source>
        <translation>Alt+Acima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Down</source>
        <translation>Alt+Abaixo</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../src/postdesk/ui/welcome.py" line="+291"/>
        <source>&amp;Welcome to Postdesk</source>
        <translation>&amp;Boas-vindas ao Postdesk</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location line="-205"/>
        <location line="+1"/>
        <location line="+4"/>
        <source>Welcome to Postdesk</source>
        <translation>Boas-vindas ao Postdesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a post once, pick where it goes and when, and Postdesk publishes it from this computer. Your posts, drafts and sign-ins stay on your machine.</source>
        <translation>Escreva um post uma vez, escolha onde e quando ele sai, e o Postdesk o publica a partir deste computador. Seus posts, rascunhos e logins ficam na sua máquina.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Postdesk publishes to: {names}.</source>
        <translation>O Postdesk publica em: {names}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This copy of Postdesk cannot publish to any network yet.</source>
        <translation>Esta cópia do Postdesk ainda não pode publicar em nenhuma rede.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{drafts}: can be drafted for, with counters and previews; publishing is not built yet, so Postdesk keeps those posts as drafts for you to copy.</source>
        <translation>{drafts}: é possível criar rascunhos, com contadores e pré-visualizações; a publicação ainda não foi implementada, então o Postdesk guarda esses posts como rascunhos para você copiar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To publish, connect an account: you sign in on the network&apos;s own page, and Postdesk keeps the sign-in in your system&apos;s keychain. Some networks ask you to create a free app of your own first; the connect window explains each step.</source>
        <translation>Para publicar, conecte uma conta: você entra na própria página da rede, e o Postdesk guarda o login no chaveiro do sistema. Algumas redes pedem que você crie antes um app gratuito próprio; a janela de conexão explica cada etapa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Connect your first account…</source>
        <translation>&amp;Conectar sua primeira conta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect your first account</source>
        <translation>Conectar sua primeira conta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Just write</source>
        <translation>Só &amp;escrever</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Just write: go to the composer</source>
        <translation>Só escrever: ir para o editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write and save drafts now; connect accounts later</source>
        <translation>Escrever e salvar rascunhos agora; conectar contas depois</translation>
    </message>
</context>
<context>
    <name>WelcomeSection</name>
    <message>
        <location line="+66"/>
        <source>Getting started</source>
        <translation>Primeiros passos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the &amp;welcome again</source>
        <translation>Mostrar as boas-vindas de &amp;novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the welcome again</source>
        <translation>Mostrar as boas-vindas de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the welcome again (F1)</source>
        <translation>Mostrar as boas-vindas de novo (F1)</translation>
    </message>
</context>
<context>
    <name>XOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/x_options.py" line="+43"/>
        <source>Who can reply on X</source>
        <translation>Quem pode responder no X</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts you follow</source>
        <translation>Contas que você segue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only accounts you mention</source>
        <translation>Só contas que você menciona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your subscribers</source>
        <translation>Seus assinantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified accounts</source>
        <translation>Contas verificadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Who can repl&amp;y:</source>
        <translation>Quem pode res&amp;ponder:</translation>
    </message>
</context>
<context>
    <name>YouTubeOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="+54"/>
        <source>Who can watch the video</source>
        <translation>Quem pode assistir ao vídeo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlisted (anyone with the link)</source>
        <translation>Não listado (qualquer pessoa com o link)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Visibility:</source>
        <translation>&amp;Visibilidade:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Until Google audits your own YouTube API project, YouTube keeps every video uploaded through it private, whatever you choose here. Request the audit from the YouTube API Services form in your Google Cloud project.</source>
        <translation>Até o Google auditar seu próprio projeto da API do YouTube, o YouTube mantém privado todo vídeo enviado por ele, seja qual for a escolha aqui. Solicite a auditoria pelo formulário dos Serviços da API do YouTube no seu projeto do Google Cloud.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why YouTube may keep the video private</source>
        <translation>Por que o YouTube pode manter o vídeo privado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Is the video made for kids?</source>
        <translation>O vídeo é feito para crianças?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, it&apos;s not made for kids</source>
        <translation>Não, não é conteúdo para crianças</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, it&apos;s made for kids</source>
        <translation>Sim, é conteúdo para crianças</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;udience:</source>
        <translation>P&amp;úblico:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags, separated by commas</source>
        <translation>Tags, separadas por vírgulas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by commas</source>
        <translation>Separadas por vírgulas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cate&amp;gory:</source>
        <translation>Cate&amp;goria:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>License</source>
        <translation>Licença</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard YouTube license</source>
        <translation>Licença padrão do YouTube</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creative Commons - Attribution</source>
        <translation>Creative Commons - Atribuição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;License:</source>
        <translation>&amp;Licença:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the title and description</source>
        <translation>Idioma do título e da descrição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. en, fr, pt-BR (optional)</source>
        <translation>ex.: en, fr, pt-BR (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Playlist to add the video to</source>
        <translation>Playlist à qual adicionar o vídeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playlist ID, e.g. PL… (optional)</source>
        <translation>ID da playlist, ex.: PL… (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Playlist:</source>
        <translation>&amp;Playlist:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+100"/>
        <source>YouTube picks a frame</source>
        <translation>O YouTube escolhe um quadro</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>C&amp;hoose…</source>
        <translation>Es&amp;colher…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a custom thumbnail</source>
        <translation>Escolher uma miniatura personalizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the custom thumbnail</source>
        <translation>Remover a miniatura personalizada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thumbnail:</source>
        <translation>Miniatura:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Post as a &amp;Short (vertical or square, up to 3 minutes)</source>
        <translation>Publicar como &amp;Short (vertical ou quadrado, até 3 minutos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post as a YouTube Short</source>
        <translation>Publicar como Short do YouTube</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notify subscribers</source>
        <translation>&amp;Notificar inscritos</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Choose a thumbnail</source>
        <translation>Escolher uma miniatura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Imagens (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
</TS>
