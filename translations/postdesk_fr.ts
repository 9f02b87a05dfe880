<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/postdesk/ui/about_dialog.py" line="+64"/>
        <location line="+1"/>
        <source>About Postdesk</source>
        <translation>À propos de Postdesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk {version}</source>
        <translation>Postdesk {version}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draft, schedule and publish posts to your own social accounts, from your own computer.</source>
        <translation>Rédigez, programmez et publiez des publications sur vos propres comptes sociaux, depuis votre propre ordinateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postdesk is free software: you may share and change it under the terms of the &lt;a href=&quot;{gpl_url}&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt; ({license}). Its &lt;a href=&quot;{source_url}&quot;&gt;source code&lt;/a&gt; is public.</source>
        <translation>Postdesk est un logiciel libre&#xa0;: vous pouvez le partager et le modifier selon les termes de la &lt;a href=&quot;{gpl_url}&quot;&gt;licence publique générale GNU, version 3 ou ultérieure&lt;/a&gt; ({license}). Son &lt;a href=&quot;{source_url}&quot;&gt;code source&lt;/a&gt; est public.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Built with Qt {qt_version} and Qt for Python (PySide6) {pyside_version}, used under the &lt;a href=&quot;{lgpl_url}&quot;&gt;GNU Lesser General Public License, version 3&lt;/a&gt;. The notices below say where their source is and how to replace them.</source>
        <translation>Conçu avec Qt {qt_version} et Qt for Python (PySide6) {pyside_version}, utilisés selon la &lt;a href=&quot;{lgpl_url}&quot;&gt;licence publique générale limitée GNU, version 3&lt;/a&gt;. Les mentions ci-dessous indiquent où trouver leur code source et comment les remplacer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Third-party software in Postdesk:</source>
        <translation>&amp;Logiciels tiers dans Postdesk&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Third-party notices</source>
        <translation>Mentions des logiciels tiers</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy notices</source>
        <translation>&amp;Copier les mentions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the third-party notices</source>
        <translation>Copier les mentions des logiciels tiers</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Postdesk</source>
        <translation>À &amp;propos de Postdesk</translation>
    </message>
</context>
<context>
    <name>AccountChip</name>
    <message>
        <location filename="../src/postdesk/ui/composer/account_chips.py" line="+159"/>
        <source>{handle} on {network}, selected</source>
        <extracomment>The picture&apos;s diameter on a chip. The network mark&apos;s badge on the picture&apos;s corner.</extracomment>
        <translation>{handle} sur {network}, sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{handle} on {network}</source>
        <translation>{handle} sur {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post as {handle} on {network}</source>
        <translation>Publier en tant que {handle} sur {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account must be reconnected before Postdesk can publish with it.</source>
        <translation>Ce compte doit être reconnecté avant que Postdesk puisse publier avec.</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <location filename="../src/postdesk/ui/composer/models.py" line="+265"/>
        <source>No account yet (draft only)</source>
        <translation>Aucun compte pour l&apos;instant (brouillon uniquement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{account} — sign in again</source>
        <translation>{account} — reconnectez-vous</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{account} needs you to sign in again (Accounts) before it can post.</source>
        <translation>{account} exige que vous vous reconnectiez (Comptes) avant de pouvoir publier.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../src/postdesk/ui/accounts/wording.py" line="+25"/>
        <source>macOS Keychain</source>
        <translation>Trousseau macOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows Credential Manager</source>
        <translation>Gestionnaire d&apos;identification Windows</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Secret Service, such as GNOME Keyring or KeePassXC</source>
        <translation>Secret Service, par exemple GNOME Keyring ou KeePassXC</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs reconnect</source>
        <translation>À reconnecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The browser did not come back in time. Start again and finish signing in there.</source>
        <translation>Le navigateur n&apos;a pas répondu à temps. Recommencez et terminez la connexion dans le navigateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You chose not to give Postdesk access, so nothing was connected.</source>
        <translation>Vous avez choisi de ne pas donner accès à Postdesk&#xa0;: rien n&apos;a été connecté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network refused the sign-in. Check the app settings you registered with it (client id, redirect address, permissions) and try again.</source>
        <translation>Le réseau a refusé la connexion. Vérifiez les paramètres de l&apos;application que vous y avez enregistrée (identifiant client, adresse de redirection, autorisations) et réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That sign-in link was old or already used. Start again.</source>
        <translation>Ce lien de connexion était périmé ou déjà utilisé. Recommencez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another program is using the port for the sign-in address. Close it, or choose another port (and register that address with the network).</source>
        <translation>Un autre programme utilise le port de l&apos;adresse de connexion. Fermez-le ou choisissez un autre port (et enregistrez cette adresse auprès du réseau).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The network did not hand over access after you signed in. Check the client id and secret, then try again.</source>
        <translation>Le réseau n&apos;a pas accordé l&apos;accès après votre connexion. Vérifiez l&apos;identifiant client et le secret, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network no longer accepts this sign-in. Reconnect the account.</source>
        <translation>Le réseau n&apos;accepte plus cette connexion. Reconnectez le compte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network could not be told to forget Postdesk&apos;s access.</source>
        <translation>Impossible de demander au réseau de révoquer l&apos;accès de Postdesk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network cannot be reached. Check your connection.</source>
        <translation>Le réseau est injoignable. Vérifiez votre connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the client id of your developer app.</source>
        <translation>Saisissez l&apos;identifiant client de votre application de développeur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This network also needs your app&apos;s client secret.</source>
        <translation>Ce réseau demande aussi le secret client de votre application.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some details are missing or not in the expected form.</source>
        <translation>Certaines informations manquent ou ne sont pas au format attendu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no password keyring that Postdesk can use, so it cannot keep your sign-ins safe. You can keep them in a file encrypted with a passphrase instead.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau de mots de passe utilisable par Postdesk&#xa0;: vos connexions ne peuvent donc pas y être protégées. Vous pouvez plutôt les conserver dans un fichier chiffré par une phrase secrète.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your password keyring is locked. Unlock it (your system may ask for your login password) and try again. Your drafts are safe.</source>
        <translation>Votre trousseau de mots de passe est verrouillé. Déverrouillez-le (votre système peut demander votre mot de passe de session) et réessayez. Vos brouillons ne risquent rien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password keyring refused to store the sign-in.</source>
        <translation>Le trousseau de mots de passe a refusé d&apos;enregistrer la connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That passphrase does not open the encrypted file.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas le fichier chiffré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The encrypted sign-in file is damaged.</source>
        <translation>Le fichier chiffré des connexions est endommagé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your sign-ins are kept in an encrypted file that is locked. Unlock it with your passphrase to connect accounts and publish. Nothing is lost while it is locked.</source>
        <translation>Vos connexions sont conservées dans un fichier chiffré qui est verrouillé. Déverrouillez-le avec votre phrase secrète pour connecter des comptes et publier. Rien n&apos;est perdu tant qu&apos;il est verrouillé.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>La phrase secrète doit comporter au moins %Ln caractère.</numerusform>
            <numerusform>La phrase secrète doit comporter au moins %Ln caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network did not accept these credentials.</source>
        <translation>Le réseau n&apos;a pas accepté ces identifiants.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bot is not an administrator of that channel with permission to post. Add it as an administrator in the channel settings, then try again.</source>
        <translation>Le bot n&apos;est pas administrateur de ce canal avec le droit de publier. Ajoutez-le comme administrateur dans les paramètres du canal, puis réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bot cannot see that channel. Check the name, and add the bot to the channel.</source>
        <translation>Le bot ne voit pas ce canal. Vérifiez le nom et ajoutez le bot au canal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong while signing in.</source>
        <translation>Un problème est survenu lors de la connexion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create a project and app at developer.x.com, turn on OAuth 2.0 with type “Native App” (a public client), and add the callback address below. Paste the app&apos;s OAuth 2.0 Client ID here.</source>
        <translation>Créez un projet et une application sur developer.x.com, activez OAuth 2.0 avec le type «&#xa0;Native App&#xa0;» (client public) et ajoutez l&apos;adresse de rappel ci-dessous. Collez ici l&apos;OAuth 2.0 Client ID de l&apos;application.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to register. Sign in through your browser, or use an app password made in Bluesky under Settings → Privacy and security → App passwords.</source>
        <translation>Rien à enregistrer. Connectez-vous dans votre navigateur, ou utilisez un mot de passe d&apos;application créé dans Bluesky sous Paramètres → Confidentialité et sécurité → Mots de passe d&apos;application.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to register: enter your server (for example mastodon.social) and Postdesk registers itself there.</source>
        <translation>Rien à enregistrer&#xa0;: saisissez votre serveur (par exemple mastodon.social) et Postdesk s&apos;y enregistre lui-même.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create an app with the Threads use case at developers.facebook.com, add the redirect address below as a valid OAuth redirect URI, and paste the Threads app id and secret.</source>
        <translation>Créez une application avec le cas d&apos;usage Threads sur developers.facebook.com, ajoutez l&apos;adresse de redirection ci-dessous comme URI de redirection OAuth valide, puis collez l&apos;identifiant et le secret de l&apos;application Threads.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You need an Instagram professional account (Business or Creator; switch in the Instagram app under Settings › Account type and tools) and your own Meta app: at developers.facebook.com create an app with the use case “Manage messaging &amp; content on Instagram”, open API setup with Instagram login, add your Instagram account as an Instagram tester and accept the invitation in Instagram, put the redirect address below under Business login settings › OAuth redirect URIs, and paste the Instagram app ID and Instagram app secret shown there (not the Meta app&apos;s own ID). Postdesk asks for instagram_business_basic, instagram_business_content_publish, instagram_business_manage_comments and instagram_business_manage_insights. Instagram fetches every photo and video from a web address, so posting also needs a media relay (Settings › Media relay). Posts cannot be deleted through this login: delete them in the app.</source>
        <translation>Il vous faut un compte professionnel Instagram (Entreprise ou Créateur&#xa0;; changez-le dans l&apos;application Instagram sous Paramètres › Type de compte et outils) et votre propre application Meta&#xa0;: sur developers.facebook.com, créez une application avec le cas d&apos;usage «&#xa0;Manage messaging &amp; content on Instagram&#xa0;», ouvrez la configuration de l&apos;API avec la connexion Instagram, ajoutez votre compte Instagram comme testeur Instagram et acceptez l&apos;invitation dans Instagram, indiquez l&apos;adresse de redirection ci-dessous sous Business login settings › OAuth redirect URIs, puis collez l&apos;Instagram app ID et l&apos;Instagram app secret qui y sont affichés (et non l&apos;ID de l&apos;application Meta elle-même). Postdesk demande instagram_business_basic, instagram_business_content_publish, instagram_business_manage_comments et instagram_business_manage_insights. Instagram récupère chaque photo et vidéo à partir d&apos;une adresse web&#xa0;: publier exige donc aussi un relais média (Paramètres › Relais média). Les publications ne peuvent pas être supprimées avec cette connexion&#xa0;: supprimez-les dans l&apos;application.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You need a Facebook Page you can create posts on (as its admin or editor) and your own Meta app: at developers.facebook.com create an app with the use case “Manage everything on your Page”, add Facebook Login, put the redirect address below under “Valid OAuth Redirect URIs” (Meta allows this local address while the app is in development mode), and paste the App ID and App secret from App settings › Basic. After you sign in, you pick the Pages Postdesk may post to; each Page becomes its own account.</source>
        <translation>Il vous faut une Page Facebook sur laquelle vous pouvez créer des publications (en tant qu&apos;administrateur ou éditeur) et votre propre application Meta&#xa0;: sur developers.facebook.com, créez une application avec le cas d&apos;usage «&#xa0;Manage everything on your Page&#xa0;», ajoutez Facebook Login, indiquez l&apos;adresse de redirection ci-dessous sous «&#xa0;Valid OAuth Redirect URIs&#xa0;» (Meta autorise cette adresse locale tant que l&apos;application est en mode développement), puis collez l&apos;App ID et l&apos;App secret depuis App settings › Basic. Une fois connecté, vous choisissez les Pages sur lesquelles Postdesk peut publier&#xa0;; chaque Page devient un compte distinct.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create an app at linkedin.com/developers, add the product “Share on LinkedIn”, add the redirect address below, and paste the client id and secret. LinkedIn asks you to sign in again every 60 days.</source>
        <translation>Créez une application sur linkedin.com/developers, ajoutez le produit «&#xa0;Share on LinkedIn&#xa0;», ajoutez l&apos;adresse de redirection ci-dessous, puis collez l&apos;identifiant client et le secret. LinkedIn vous demande de vous reconnecter tous les 60 jours.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At console.cloud.google.com create a project and enable “YouTube Data API v3”. Set up the OAuth consent screen (External; while it is in Testing, add yourself as a test user, and Google asks you to sign in again every 7 days), then create an OAuth client ID of type “Desktop app” and paste its client ID and secret (Google does not treat a desktop secret as confidential; any local port works). Until Google audits your project (the YouTube API Services audit form), the videos it uploads stay private. A project may upload 100 videos a day.</source>
        <translation>Sur console.cloud.google.com, créez un projet et activez «&#xa0;YouTube Data API v3&#xa0;». Configurez l&apos;écran de consentement OAuth (Externe&#xa0;; tant qu&apos;il est en mode Test, ajoutez-vous comme utilisateur test, et Google vous demande de vous reconnecter tous les 7 jours), puis créez un ID client OAuth de type «&#xa0;Application de bureau&#xa0;» et collez son ID client et son secret (Google ne considère pas le secret d&apos;une application de bureau comme confidentiel&#xa0;; n&apos;importe quel port local convient). Tant que Google n&apos;a pas audité votre projet (formulaire d&apos;audit YouTube API Services), les vidéos qu&apos;il met en ligne restent privées. Un projet peut mettre en ligne 100 vidéos par jour.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At developers.tiktok.com open Manage apps and Connect an app. Add the products Login Kit (platform Desktop, with the redirect address below; a * port is allowed), Content Posting API with Direct Post turned on, and Display API; ask for the scopes user.info.basic, user.info.profile, video.publish and video.list. Paste the client key and client secret. Until TikTok audits your app, it posts only privately (“Only me”, from a private account) and for at most 5 accounts a day. Photo posts also need your media relay&apos;s address verified under URL properties.</source>
        <translation>Sur developers.tiktok.com, ouvrez Manage apps puis Connect an app. Ajoutez les produits Login Kit (plateforme Desktop, avec l&apos;adresse de redirection ci-dessous&#xa0;; un port * est autorisé), Content Posting API avec Direct Post activé, et Display API&#xa0;; demandez les scopes user.info.basic, user.info.profile, video.publish et video.list. Collez la client key et le client secret. Tant que TikTok n&apos;a pas audité votre application, elle ne publie qu&apos;en privé («&#xa0;Only me&#xa0;», depuis un compte privé) et pour 5 comptes par jour au plus. Les publications de photos exigent aussi que l&apos;adresse de votre relais média soit vérifiée sous URL properties.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You need a Pinterest business account. At developers.pinterest.com open My apps, choose Connect app and wait for Pinterest to approve it. Then add the redirect address below under Redirect URIs and paste the App ID and the App secret key. A new app has Trial access, which cannot publish Pins: ask for Standard access in My apps.</source>
        <translation>Il vous faut un compte professionnel Pinterest. Sur developers.pinterest.com, ouvrez My apps, choisissez Connect app et attendez que Pinterest l&apos;approuve. Ajoutez ensuite l&apos;adresse de redirection ci-dessous sous Redirect URIs et collez l&apos;App ID et l&apos;App secret key. Une nouvelle application a un accès Trial, qui ne peut pas publier d&apos;épingles&#xa0;: demandez l&apos;accès Standard dans My apps.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reddit now approves API access before a new app may sign anyone in: ask for it under its Responsible Builder Policy (support.reddithelp.com) and describe Postdesk as your own posting tool. Then at reddit.com/prefs/apps choose “create another app…”, pick “installed app”, enter the redirect address below exactly (Reddit compares it to the character, port included) and paste the client id shown under the app&apos;s name (installed apps have no secret). Postdesk asks for permanent access, so you sign in once.</source>
        <translation>Reddit approuve désormais l&apos;accès à l&apos;API avant qu&apos;une nouvelle application puisse connecter qui que ce soit&#xa0;: demandez-le selon sa Responsible Builder Policy (support.reddithelp.com) en décrivant Postdesk comme votre propre outil de publication. Ensuite, sur reddit.com/prefs/apps, choisissez «&#xa0;create another app…&#xa0;», sélectionnez «&#xa0;installed app&#xa0;», saisissez exactement l&apos;adresse de redirection ci-dessous (Reddit la compare caractère par caractère, port compris) et collez l&apos;identifiant client affiché sous le nom de l&apos;application (les applications installées n&apos;ont pas de secret). Postdesk demande un accès permanent&#xa0;: vous ne vous connectez qu&apos;une fois.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Google opens the Business Profile APIs only to projects it approves. At console.cloud.google.com create a project, then ask for access with Google&apos;s Business Profile API access form (developers.google.com/my-business/content/prereqs; you need a Business Profile verified for 60 days; Google answers within about 14 days). Once approved, enable “Google My Business API”, “My Business Account Management API” and “My Business Business Information API”. Set up the OAuth consent screen (while it is in Testing, add yourself as a test user), create an OAuth client ID of type “Desktop app” and paste its client ID and secret; any local port works. Photos need your media relay (Settings › Media relay): Google fetches them from its address.</source>
        <translation>Google n&apos;ouvre les API Business Profile qu&apos;aux projets qu&apos;il approuve. Sur console.cloud.google.com, créez un projet, puis demandez l&apos;accès avec le formulaire d&apos;accès à l&apos;API Business Profile de Google (developers.google.com/my-business/content/prereqs&#xa0;; il vous faut un Business Profile validé depuis 60 jours&#xa0;; Google répond en 14 jours environ). Une fois approuvé, activez «&#xa0;Google My Business API&#xa0;», «&#xa0;My Business Account Management API&#xa0;» et «&#xa0;My Business Business Information API&#xa0;». Configurez l&apos;écran de consentement OAuth (tant qu&apos;il est en mode Test, ajoutez-vous comme utilisateur test), créez un ID client OAuth de type «&#xa0;Application de bureau&#xa0;» et collez son ID client et son secret&#xa0;; n&apos;importe quel port local convient. Les photos exigent votre relais média (Paramètres › Relais média)&#xa0;: Google les récupère à son adresse.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message @BotFather on Telegram to create a bot and copy its token. Add the bot to your channel as an administrator allowed to post, then enter the channel&apos;s @name.</source>
        <translation>Écrivez à @BotFather sur Telegram pour créer un bot et copiez son jeton. Ajoutez le bot à votre canal comme administrateur autorisé à publier, puis saisissez le @nom du canal.</translation>
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
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="+3"/>
        <source>Postdesk signs in to each network in your browser.</source>
        <translation>Postdesk se connecte à chaque réseau dans votre navigateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where sign-ins are kept</source>
        <translation>Où sont conservées les connexions</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign-in storage problem</source>
        <translation>Problème de stockage des connexions</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Use an &amp;encrypted file…</source>
        <translation>Utiliser un fichier &amp;chiffré…</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+86"/>
        <source>Keep sign-ins in an encrypted file</source>
        <translation>Conserver les connexions dans un fichier chiffré</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Connected accounts</source>
        <translation>Comptes connectés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+96"/>
        <source>No accounts yet. Click Connect to add one.</source>
        <translation>Aucun compte pour l&apos;instant. Cliquez sur «&#xa0;Connecter&#xa0;» pour en ajouter un.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Connecter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect an account</source>
        <translation>Connecter un compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reconnect…</source>
        <translation>&amp;Reconnecter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect the selected account</source>
        <translation>Reconnecter le compte sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default &amp;options…</source>
        <translation>&amp;Options par défaut…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default options of the selected account</source>
        <translation>Options par défaut du compte sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect the selected account</source>
        <translation>Déconnecter le compte sélectionné</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Unlock…</source>
        <translation>Dé&amp;verrouiller…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock the encrypted sign-in file</source>
        <translation>Déverrouiller le fichier chiffré des connexions</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No accounts yet. Choose where to keep your sign-ins (above) to connect one.</source>
        <translation>Aucun compte pour l&apos;instant. Choisissez où conserver vos connexions (ci-dessus) pour en connecter un.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sign-ins are kept in the encrypted file {file}, locked with your passphrase; never in plain text.</source>
        <translation>Les connexions sont conservées dans le fichier chiffré {file}, verrouillé par votre phrase secrète&#xa0;; jamais en clair.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-ins are kept in your system&apos;s password keyring, never in Postdesk&apos;s own files.</source>
        <translation>Les connexions sont conservées dans le trousseau de mots de passe de votre système, jamais dans les fichiers de Postdesk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-ins are kept in your system&apos;s password keyring ({keyring}), never in Postdesk&apos;s own files.</source>
        <translation>Les connexions sont conservées dans le trousseau de mots de passe de votre système ({keyring}), jamais dans les fichiers de Postdesk.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Does not expire</source>
        <translation>N&apos;expire pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Dans %Ln jour</numerusform>
            <numerusform>Dans %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>In %n hour(s)</source>
        <translation>
            <numerusform>Dans %Ln heure</numerusform>
            <numerusform>Dans %Ln heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>In %n minute(s)</source>
        <translation>
            <numerusform>Dans %Ln minute</numerusform>
            <numerusform>Dans %Ln minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Connected {handle}.</source>
        <translation>{handle} connecté.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnect {handle}? Postdesk asks {network} to revoke its access and forgets the sign-in. Posts aimed at this account wait until you connect it again.</source>
        <translation>Déconnecter {handle}&#xa0;? Postdesk demande à {network} de révoquer son accès et oublie la connexion. Les publications destinées à ce compte attendront que vous le reconnectiez.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Disconnected. The network revoked Postdesk&apos;s access.</source>
        <translation>Déconnecté. Le réseau a révoqué l&apos;accès de Postdesk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnected. The sign-in was deleted from this computer.</source>
        <translation>Déconnecté. La connexion a été supprimée de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Unlocked. Your accounts can be used again.</source>
        <translation>Déverrouillé. Vos comptes sont de nouveau utilisables.</translation>
    </message>
</context>
<context>
    <name>ActivitySection</name>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="+306"/>
        <location line="+42"/>
        <source>Acti&amp;vity</source>
        <translation>Acti&amp;vité</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+48"/>
        <source>Show the post&apos;s activity</source>
        <translation>Afficher l&apos;activité de la publication</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Where each network stands</source>
        <translation>Où en est chaque réseau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activity log</source>
        <translation>Journal d&apos;activité</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing has happened to this post yet.</source>
        <translation>Il ne s&apos;est encore rien passé pour cette publication.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acti&amp;vity ({count})</source>
        <translation>Acti&amp;vité ({count})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide the post&apos;s activity</source>
        <translation>Masquer l&apos;activité de la publication</translation>
    </message>
</context>
<context>
    <name>AddToQueueDialog</name>
    <message>
        <location filename="../src/postdesk/ui/composer/queue_button.py" line="+74"/>
        <source>Add to queue</source>
        <translation>Ajouter à une file d&apos;attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the post to a queue</source>
        <translation>Ajouter la publication à une file d&apos;attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Queue:</source>
        <translation>&amp;File d&apos;attente&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue to add the post to</source>
        <translation>File d&apos;attente à laquelle ajouter la publication</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When the post will go out</source>
        <translation>Quand la publication partira</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add to queue</source>
        <translation>&amp;Ajouter à la file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the post to this queue at that time</source>
        <translation>Ajouter la publication à cette file d&apos;attente à ce moment</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This queue has no free time in the next year. Add times to it in Queues, or pick another queue.</source>
        <translation>Cette file d&apos;attente n&apos;a aucun créneau libre dans l&apos;année à venir. Ajoutez-lui des créneaux dans Files d&apos;attente, ou choisissez une autre file.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It takes the next free time: {when} ({zone}).</source>
        <translation>Elle prend le prochain créneau libre&#xa0;: {when} ({zone}).</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/list_models.py" line="+140"/>
        <source>When</source>
        <extracomment>Counts of a published post, added up over its networks (`set_metrics`); a dash: not given.</extracomment>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
</context>
<context>
    <name>AssetActions</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/actions.py" line="+112"/>
        <source>cropped</source>
        <extracomment>Background request keys: opening another preview drops the answers for the previous one. The longest side of the picture the preview loads (it shows at most about 900 x 420).</extracomment>
        <translation>recadrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cropped {ratio}</source>
        <translation>recadrée {ratio}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Videos go as they are; the composer checks their length and size.</source>
        <translation>Les vidéos partent telles quelles&#xa0;; l&apos;éditeur vérifie leur durée et leur taille.</translation>
    </message>
</context>
<context>
    <name>AssetGrid</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/grid.py" line="+47"/>
        <source>Media library</source>
        <extracomment>Space between cells, in logical pixels.</extracomment>
        <translation>Médiathèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop files or folders here. Drag items into a post to attach them. Space shows a larger preview.</source>
        <translation>Déposez des fichiers ou des dossiers ici. Faites glisser des éléments dans une publication pour les joindre. Espace affiche un aperçu plus grand.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drop images and videos here</source>
        <translation>Déposez des images et des vidéos ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…or whole folders, or paste with Ctrl+V. Then drag them into a post.</source>
        <translation>…ou des dossiers entiers, ou collez avec Ctrl+V. Faites-les ensuite glisser dans une publication.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/attachments.py" line="+51"/>
        <source>Attached media</source>
        <translation>Médias joints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Left and Alt+Right reorder, Delete removes.</source>
        <translation>Alt+Gauche et Alt+Droite réordonnent, Suppr retire.</translation>
    </message>
</context>
<context>
    <name>BestTimes</name>
    <message>
        <location filename="../src/postdesk/ui/composer/best_times_part.py" line="+34"/>
        <source>{day} at {hour} (next: {date})</source>
        <translation>{day} à {hour} (prochain&#xa0;: {date})</translation>
    </message>
</context>
<context>
    <name>BestTimesPart</name>
    <message>
        <location line="+38"/>
        <source>Suggested times</source>
        <translation>Horaires suggérés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested times: your best weekdays and hours to publish</source>
        <translation>Horaires suggérés&#xa0;: vos meilleurs jours et heures pour publier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When your own posts did best, from their likes, reposts and replies</source>
        <translation>Quand vos publications ont le mieux marché, d&apos;après leurs j&apos;aime, partages et réponses</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Reading your posts&apos; results…</source>
        <translation>Lecture des résultats de vos publications…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not enough to go on yet: Postdesk suggests times once it has read the likes and replies of {needed} of your published posts ({posts} so far).</source>
        <translation>Pas encore assez de données&#xa0;: Postdesk suggère des horaires une fois qu&apos;il a lu les j&apos;aime et les réponses de {needed} de vos publications publiées ({posts} pour l&apos;instant).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your posts have no likes or replies to learn from yet.</source>
        <translation>Vos publications n&apos;ont encore aucun j&apos;aime ni aucune réponse dont tirer des enseignements.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your best times, from {posts} published posts ({zone}):</source>
        <translation>Vos meilleurs horaires, d&apos;après {posts} publications publiées ({zone})&#xa0;:</translation>
    </message>
</context>
<context>
    <name>BlueskyOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/bluesky_options.py" line="+41"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only…</source>
        <translation>Seulement…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone can reply on Bluesky</source>
        <translation>Tout le monde peut répondre sur Bluesky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody can reply on Bluesky</source>
        <translation>Personne ne peut répondre sur Bluesky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only some people can reply on Bluesky</source>
        <translation>Seules certaines personnes peuvent répondre sur Bluesky</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People you mention</source>
        <translation>Personnes mentionnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People you follow</source>
        <translation>Personnes que vous suivez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your followers</source>
        <translation>Vos abonnés</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{who} can reply</source>
        <translation>{who} peuvent répondre</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Don&apos;t let others quote this p&amp;ost</source>
        <translation>Interdire de citer cette &amp;publication</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who can repl&amp;y:</source>
        <translation>Qui peut &amp;répondre&#xa0;:</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Don&apos;t let others quote this Bluesky post</source>
        <translation>Interdire aux autres de citer cette publication Bluesky</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/wording.py" line="+18"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>Programmée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty queue slot</source>
        <translation>Créneau de file d&apos;attente vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishing</source>
        <translation>Publication en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>That time does not exist on {day} in {zone}: the clocks jump from {start} to {end}. Pick a time outside that gap.</source>
        <translation>Cette heure n&apos;existe pas le {day} dans le fuseau {zone}&#xa0;: l&apos;horloge saute de {start} à {end}. Choisissez une heure en dehors de cet intervalle.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That time happens twice on {day} in {zone} (the clocks go back). Pick another time.</source>
        <translation>Cette heure existe deux fois le {day} dans le fuseau {zone} (l&apos;horloge recule). Choisissez une autre heure.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That time has already passed. Pick a time in the future.</source>
        <translation>Cette heure est déjà passée. Choisissez une heure à venir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This post cannot be moved: it is published, being sent, or waiting for you to check whether it went out.</source>
        <translation>Impossible de déplacer cette publication&#xa0;: elle est publiée, en cours d&apos;envoi, ou attend que vous vérifiiez si elle est partie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That time cannot be used.</source>
        <translation>Cette heure ne peut pas être utilisée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That time happens twice on {day} in {zone}; the post was placed at the first one ({offset}).</source>
        <translation>Cette heure existe deux fois le {day} dans le fuseau {zone}&#xa0;; la publication a été placée à la première ({offset}).</translation>
    </message>
</context>
<context>
    <name>CalendarBody</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/body.py" line="+36"/>
        <source>No posts yet</source>
        <translation>Aucune publication pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posts you schedule appear here by day and time; drafts wait in the list on the left.</source>
        <translation>Les publications que vous programmez apparaissent ici par jour et par heure&#xa0;; les brouillons attendent dans la liste à gauche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write a post</source>
        <translation>&amp;Rédiger une publication</translation>
    </message>
</context>
<context>
    <name>CalendarCells</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/day_popup.py" line="+134"/>
        <location filename="../src/postdesk/ui/calendar/delegates.py" line="+70"/>
        <source>Queue slot</source>
        <extracomment>A card&apos;s height in the popup: the month&apos;s two-line card, with room for a larger thumbnail.</extracomment>
        <translation>Créneau</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/calendar/delegates.py" line="+3"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%Ln autre</numerusform>
            <numerusform>+%Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/calendar/model_roles.py" line="+76"/>
        <source>%n post(s)</source>
        <extracomment>Grid cells: the warnings of every post, by post id (the delegate marks the chips that have some); agenda rows: the warnings of that row&apos;s post. Grid cells: what holds each held post, worded, by post id (the delegate marks those chips).</extracomment>
        <translation>
            <numerusform>%Ln publication</numerusform>
            <numerusform>%Ln publications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarDay</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/day_popup.py" line="+27"/>
        <source>Posts of {day}</source>
        <translation>Publications du {day}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posts of the day</source>
        <translation>Publications du jour</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%Ln publication</numerusform>
            <numerusform>%Ln publications</numerusform>
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
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/keys.py" line="+21"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/body.py" line="+29"/>
        <source>The calendar could not be loaded. Your posts are safe; try again.</source>
        <translation>Impossible de charger le calendrier. Vos publications ne risquent rien&#xa0;; réessayez.</translation>
    </message>
</context>
<context>
    <name>CalendarToolbar</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/toolbar.py" line="+110"/>
        <source>Previous</source>
        <extracomment>The view buttons in order, with their shortcuts (the pane binds the shortcuts).</extracomment>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shown period</source>
        <translation>Période affichée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Time zone shown</source>
        <translation>Fuseau horaire affiché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show times in another time zone</source>
        <translation>Afficher les heures dans un autre fuseau horaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+92"/>
        <location line="+55"/>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+1"/>
        <source>Search posts</source>
        <translation>Rechercher</translation>
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
        <translation>Filtre (actif)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statuses</source>
        <translation>États</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show everything</source>
        <translation>Tout afficher</translation>
    </message>
</context>
<context>
    <name>CalendarViews</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/grids.py" line="+74"/>
        <source>Month</source>
        <extracomment>The hour the week view scrolls to when shown. True while `quietly` runs: cursor moves then are not the user&apos;s.</extracomment>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List of posts</source>
        <translation>Liste des publications</translation>
    </message>
</context>
<context>
    <name>CatchUpDialog</name>
    <message>
        <location filename="../src/postdesk/ui/catch_up_dialog.py" line="+50"/>
        <location line="+1"/>
        <source>Posts that were not published</source>
        <translation>Publications non envoyées</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n post(s) were due while Postdesk was not running. Nothing has been sent yet. Do you want to publish them now, or skip them? Skipped posts stay in your calendar, paused, so you can reschedule them.</source>
        <translation>
            <numerusform>%Ln publication était prévue pendant que Postdesk n&apos;était pas ouvert. Rien n&apos;a encore été envoyé. Voulez-vous la publier maintenant ou l&apos;ignorer&#xa0;? Une publication ignorée reste dans votre calendrier, suspendue, pour que vous puissiez la reprogrammer.</numerusform>
            <numerusform>%Ln publications étaient prévues pendant que Postdesk n&apos;était pas ouvert. Rien n&apos;a encore été envoyé. Voulez-vous les publier maintenant ou les ignorer&#xa0;? Les publications ignorées restent dans votre calendrier, suspendues, pour que vous puissiez les reprogrammer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Late posts</source>
        <translation>Publications en retard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Late posts (times in {zone}):</source>
        <translation>Publications en &amp;retard (heures en {zone})&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Publish now</source>
        <translation>&amp;Publier maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish the late posts now</source>
        <translation>Publier maintenant les publications en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip them</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the late posts</source>
        <translation>Ignorer les publications en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decide later</source>
        <translation>Décider plus &amp;tard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{network} — due {date} at {time}</source>
        <translation>{network} — prévue le {date} à {time}</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <location filename="../src/postdesk/ui/composer/chip_row.py" line="+68"/>
        <source>Accounts to post to</source>
        <extracomment>Networks whose options belong to one account (boards, locations, a creator&apos;s privacy levels): their account chips choose one account at a time.</extracomment>
        <translation>Comptes où publier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Post to {network}</source>
        <translation>Publier sur {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{network}, with no account: a draft only. Connect an account to publish.</source>
        <translation>{network}, sans compte&#xa0;: brouillon uniquement. Connectez un compte pour publier.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>No account chosen yet: choose one above (a draft until then).</source>
        <translation>Aucun compte choisi&#xa0;: choisissez-en un ci-dessus (brouillon d&apos;ici là).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No {network} account connected: a draft only.</source>
        <translation>Aucun compte {network} connecté&#xa0;: brouillon uniquement.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{network} accounts this post goes to</source>
        <translation>Comptes {network} où va cette publication</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posting as:</source>
        <translation>Publier en tant que&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../src/postdesk/ui/composer/first_comment_sent.py" line="+61"/>
        <source>Comment on {network}</source>
        <translation>Commenter sur {network}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Posts a comment under your published post on {network}. If Postdesk can&apos;t reach {network} now, it goes out as soon as it can, once.</source>
        <translation>Publie un commentaire sous votre publication sur {network}. Si Postdesk ne peut pas joindre {network} maintenant, le commentaire part dès que possible, une seule fois.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your comment</source>
        <translation>Votre commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment under the {network} post</source>
        <translation>Commentaire sous la publication {network}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What happened to the comment</source>
        <translation>Ce qu&apos;il est advenu du commentaire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Post comment</source>
        <translation>&amp;Publier le commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post the comment on {network}</source>
        <translation>Publier le commentaire sur {network}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The comment is on its way to {network}.</source>
        <translation>Le commentaire est en route vers {network}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk could not queue the comment for {network}. Try again in a moment.</source>
        <translation>Postdesk n&apos;a pas pu mettre le commentaire en attente pour {network}. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>ComposerActivity</name>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="-313"/>
        <source>Its time came; getting ready to publish.</source>
        <extracomment>States whose text went (or may have gone) out: the composer shows it read-only.</extracomment>
        <translation>C&apos;est l&apos;heure&#xa0;; préparation de la publication.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published late, as you chose, after Postdesk was closed at its time.</source>
        <translation>Publiée en retard, comme vous l&apos;avez choisi, car Postdesk était fermé à l&apos;heure prévue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its time passed while Postdesk was closed; waiting for your decision.</source>
        <translation>L&apos;heure est passée pendant que Postdesk était fermé&#xa0;; en attente de votre décision.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>Skipped: its time passed while Postdesk was closed.</source>
        <translation>Ignorée&#xa0;: l&apos;heure est passée pendant que Postdesk était fermé.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>You asked to publish it now.</source>
        <translation>Vous avez demandé à la publier maintenant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trying again.</source>
        <translation>Nouvel essai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published.</source>
        <translation>Publiée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found on the network: it was published.</source>
        <translation>Trouvée sur le réseau&#xa0;: elle a été publiée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found on the network; sending it again.</source>
        <translation>Introuvable sur le réseau&#xa0;; nouvel envoi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You confirmed it was published.</source>
        <translation>Vous avez confirmé qu&apos;elle a été publiée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postdesk stopped while publishing; it will check whether the post went out.</source>
        <translation>Postdesk s&apos;est arrêté pendant la publication&#xa0;; il vérifiera si la publication est partie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network did not answer; Postdesk will check before trying again.</source>
        <translation>Le réseau n&apos;a pas répondu&#xa0;; Postdesk vérifiera avant de réessayer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network asked to wait (too many requests); will try again.</source>
        <translation>Le réseau demande de patienter (trop de requêtes)&#xa0;; nouvel essai plus tard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach the network; will try again.</source>
        <translation>Impossible de joindre le réseau&#xa0;; nouvel essai plus tard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network took too long to answer, so Postdesk stopped waiting; it will retry without posting twice.</source>
        <translation>Le réseau a mis trop de temps à répondre, Postdesk a donc cessé d&apos;attendre&#xa0;; il réessaiera sans publier deux fois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network&apos;s answer was far too large, so Postdesk stopped reading; it will retry without posting twice.</source>
        <translation>La réponse du réseau était bien trop volumineuse, Postdesk a donc cessé de la lire&#xa0;; il réessaiera sans publier deux fois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network&apos;s answer was not in the expected form; Postdesk will retry without posting twice.</source>
        <translation>La réponse du réseau n&apos;était pas au format attendu&#xa0;; Postdesk réessaiera sans publier deux fois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account needs you to sign in again.</source>
        <translation>Vous devez vous reconnecter à ce compte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Waiting: sign in to this account again and it will go out.</source>
        <translation>En attente&#xa0;: reconnectez-vous à ce compte et elle partira.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Waiting: your sign-ins are locked. Unlock them in Accounts and it will go out.</source>
        <translation>En attente&#xa0;: vos connexions sont verrouillées. Déverrouillez-les dans Comptes et elle partira.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An attached file is no longer in the media library, so this could not be posted.</source>
        <translation>Un fichier joint n&apos;est plus dans la médiathèque&#xa0;: la publication n&apos;a pas pu partir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: you asked for alt text on every image, and an image has none. Describe it and schedule again.</source>
        <translation>Non publiée&#xa0;: vous avez exigé un texte alternatif sur chaque image, et une image n&apos;en a pas. Décrivez-la et programmez à nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network refused the post.</source>
        <translation>Le réseau a refusé la publication.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gave up after several failed tries.</source>
        <translation>Abandon après plusieurs essais infructueux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused: Postdesk cannot publish to this network yet.</source>
        <translation>Suspendue&#xa0;: Postdesk ne peut pas encore publier sur ce réseau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused.</source>
        <translation>Suspendue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resumed.</source>
        <translation>Reprise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Annulée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handing it to the network&apos;s own scheduler…</source>
        <translation>Remise au programmateur du réseau…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network&apos;s own scheduler will publish it, even with Postdesk closed.</source>
        <translation>Le programmateur du réseau la publiera, même si Postdesk est fermé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk will publish it itself.</source>
        <translation>Postdesk la publiera lui-même.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network&apos;s scheduler did not take it; Postdesk will publish it itself.</source>
        <translation>Le programmateur du réseau ne l&apos;a pas acceptée&#xa0;; Postdesk la publiera lui-même.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network did not publish it; Postdesk is publishing it now.</source>
        <translation>Le réseau ne l&apos;a pas publiée&#xa0;; Postdesk la publie maintenant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published by the network&apos;s scheduler.</source>
        <translation>Publiée par le programmateur du réseau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused: the network&apos;s scheduler does not show it. Please check.</source>
        <translation>Suspendue&#xa0;: le programmateur du réseau ne l&apos;affiche pas. Veuillez vérifier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused: Postdesk&apos;s data was restored from a backup, and this may have gone out since. Check the network, then resume or publish it.</source>
        <translation>Suspendue&#xa0;: les données de Postdesk ont été restaurées à partir d&apos;une sauvegarde, et elle est peut-être partie entre-temps. Vérifiez sur le réseau, puis reprenez-la ou publiez-la.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First comment posted.</source>
        <translation>Premier commentaire publié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The post is out, but the first comment could not be posted.</source>
        <translation>La publication est partie, mais le premier commentaire n&apos;a pas pu être publié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This network has no first comment; it was not posted.</source>
        <translation>Ce réseau n&apos;a pas de premier commentaire&#xa0;; il n&apos;a pas été publié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not check the network yet; will check again.</source>
        <translation>Impossible de vérifier sur le réseau pour l&apos;instant&#xa0;; nouvelle vérification plus tard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only you can tell whether it is there: choose “Did it go out?”.</source>
        <translation>Vous seul pouvez dire si elle y est&#xa0;: choisissez «&#xa0;Est-elle partie&#xa0;?&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edited on the network; what it said before is kept in this log.</source>
        <translation>Modifiée sur le réseau&#xa0;; la version précédente est conservée dans ce journal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The edit did not reach the network; the post there is unchanged.</source>
        <translation>La modification n&apos;a pas atteint le réseau&#xa0;; la publication y est inchangée.</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/refusal_words.py" line="+38"/>
        <source>Not posted: Postdesk could not read {name} on this computer. Attach it again and schedule the post again.</source>
        <extracomment>Plural sentences of the context &quot;ComposerActivity&quot; (see `i18n.plural_context`).</extracomment>
        <translation>Non publiée&#xa0;: Postdesk n&apos;a pas pu lire {name} sur cet ordinateur. Joignez à nouveau le fichier et programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {name} is not an image or video Postdesk recognises. Replace it and schedule the post again.</source>
        <translation>Non publiée&#xa0;: {name} n&apos;est ni une image ni une vidéo que Postdesk reconnaît. Remplacez le fichier et programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {name} could not be opened as an image; the file may be damaged. Replace it and schedule the post again.</source>
        <translation>Non publiée&#xa0;: {name} n&apos;a pas pu être ouvert comme image&#xa0;; le fichier est peut-être endommagé. Remplacez-le et programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {name} could not be read as a video; the file may be damaged. Replace it and schedule the post again.</source>
        <translation>Non publiée&#xa0;: {name} n&apos;a pas pu être lu comme vidéo&#xa0;; le fichier est peut-être endommagé. Remplacez-le et programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {name} is too big for {network}, and Postdesk could not make it small enough. Use a smaller file and schedule the post again.</source>
        <translation>Non publiée&#xa0;: {name} est trop volumineux pour {network}, et Postdesk n&apos;a pas pu le réduire suffisamment. Utilisez un fichier plus petit et programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the picture chosen as the video&apos;s cover could not be used. Choose another one and schedule the post again.</source>
        <translation>Non publiée&#xa0;: l&apos;image choisie comme couverture de la vidéo n&apos;a pas pu être utilisée. Choisissez-en une autre et programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} does not take files like {name} ({type}). Use another file and schedule the post again.</source>
        <translation>Non publiée&#xa0;: {network} n&apos;accepte pas les fichiers comme {name} ({type}). Utilisez un autre fichier et programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {name} is too big to send to {network}. Use a smaller file and schedule the post again.</source>
        <translation>Non publiée&#xa0;: {name} est trop volumineux pour être envoyé à {network}. Utilisez un fichier plus petit et programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {name} changed on this computer while Postdesk was sending it. Schedule the post again.</source>
        <translation>Non publiée&#xa0;: {name} a été modifié sur cet ordinateur pendant que Postdesk l&apos;envoyait. Programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} could not process {name}; it may be damaged or in a format {network} does not take.</source>
        <translation>Non publiée&#xa0;: {network} n&apos;a pas pu traiter {name}&#xa0;; le fichier est peut-être endommagé ou dans un format que {network} n&apos;accepte pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: this account has posted as many videos as {network} allows in a day. Try again tomorrow.</source>
        <translation>Non publiée&#xa0;: ce compte a publié autant de vidéos que {network} le permet en une journée. Réessayez demain.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} does not let this account upload videos right now. Try again later.</source>
        <translation>Non publiée&#xa0;: {network} ne permet pas à ce compte de téléverser des vidéos pour le moment. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: this video is {size}, and {network} lets this account upload only {left} more today. Try again tomorrow or post a shorter video.</source>
        <translation>Non publiée&#xa0;: cette vidéo fait {size}, et {network} ne permet plus à ce compte de téléverser que {left} aujourd&apos;hui. Réessayez demain ou publiez une vidéo plus courte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} takes at most {max} rules for who may reply, and {count} are chosen.</source>
        <translation>Non publiée&#xa0;: {network} accepte au plus {max} règles sur qui peut répondre, et {count} sont choisies.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} has blocked this account from posting for a while; it says recent activity goes against its rules.</source>
        <translation>Non publiée&#xa0;: {network} a temporairement empêché ce compte de publier&#xa0;; selon {network}, l&apos;activité récente enfreint ses règles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} says the sign-in lacks a permission Postdesk needs. Reconnect the account in Accounts and allow everything Postdesk asks for.</source>
        <translation>Non publiée&#xa0;: selon {network}, il manque à la connexion une autorisation dont Postdesk a besoin. Reconnectez le compte dans Comptes et accordez tout ce que Postdesk demande.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not posted: the media relay&apos;s secret key is missing from the keyring. Enter it again in Settings › Media relay, then schedule the post again.</source>
        <translation>Non publiée&#xa0;: la clé secrète du relais média est absente du trousseau. Saisissez-la de nouveau dans Paramètres › Relais média, puis programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the media relay&apos;s bucket does not exist. Check the bucket name in Settings › Media relay, then schedule the post again.</source>
        <translation>Non publiée&#xa0;: le bucket du relais média n&apos;existe pas. Vérifiez le nom du bucket dans Paramètres › Relais média, puis programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the media relay refused the access key (wrong key, wrong secret, or no permission on the bucket). Check Settings › Media relay, then schedule the post again.</source>
        <translation>Non publiée&#xa0;: le relais média a refusé la clé d&apos;accès (clé erronée, secret erroné ou aucune autorisation sur le bucket). Vérifiez Paramètres › Relais média, puis programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the media relay refused to keep a copy of the file. Check Settings › Media relay, then schedule the post again.</source>
        <translation>Non publiée&#xa0;: le relais média a refusé de garder une copie du fichier. Vérifiez Paramètres › Relais média, puis programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{network} has no scheduler Postdesk can hand posts to.</source>
        <translation>{network} n&apos;a pas de programmateur auquel Postdesk puisse confier des publications.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network}&apos;s scheduler takes a single post, not a thread.</source>
        <translation>Le programmateur de {network} accepte une seule publication, pas un fil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The post still waits in {network}&apos;s scheduler: take it back and schedule it again.</source>
        <translation>La publication attend encore dans le programmateur de {network}&#xa0;: reprenez-la et programmez-la de nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network} no longer has this post, or it was not written by this account.</source>
        <translation>{network} n&apos;a plus cette publication, ou elle n&apos;a pas été écrite par ce compte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This post was written by another account, so it cannot be edited from this one.</source>
        <translation>Cette publication a été écrite par un autre compte, elle ne peut donc pas être modifiée depuis celui-ci.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk cannot edit a post with a poll: {network} would start the poll over.</source>
        <translation>Postdesk ne peut pas modifier une publication avec un sondage&#xa0;: {network} relancerait le sondage à zéro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This {network} server is too old to edit posts; delete the post and post it again instead.</source>
        <translation>Ce serveur {network} est trop ancien pour modifier des publications&#xa0;; supprimez la publication et publiez-la de nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network} does not let Postdesk do this here.</source>
        <translation>{network} ne permet pas à Postdesk de faire cela ici.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{network}&apos;s scheduler takes a post only %Ln minute(s) or more before its time.</source>
        <translation>
            <numerusform>Le programmateur de {network} n&apos;accepte une publication qu&apos;au moins %Ln minute avant son heure.</numerusform>
            <numerusform>Le programmateur de {network} n&apos;accepte une publication qu&apos;au moins %Ln minutes avant son heure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{network}&apos;s scheduler takes a post at most %Ln day(s) before its time.</source>
        <translation>
            <numerusform>Le programmateur de {network} n&apos;accepte une publication qu&apos;au plus %Ln jour avant son heure.</numerusform>
            <numerusform>Le programmateur de {network} n&apos;accepte une publication qu&apos;au plus %Ln jours avant son heure.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>attachment {position}</source>
        <translation>le fichier joint n°&#xa0;{position}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an attached file</source>
        <translation>un fichier joint</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="+41"/>
        <source>Something happened with this post.</source>
        <translation>Il s&apos;est passé quelque chose avec cette publication.</translation>
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
        <translation>{sentence} Le réseau a répondu&#xa0;: «&#xa0;{message}&#xa0;»</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>{when} · {network}: {text}</source>
        <translation>{when} · {network}&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{when}: {text}</source>
        <translation>{when}&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>see the post</source>
        <translation>voir la publication</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network}: published —</source>
        <translation>{network}&#xa0;: publiée —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}: published.</source>
        <translation>{network}&#xa0;: publiée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{network}: draft, not scheduled.</source>
        <translation>{network}&#xa0;: brouillon, non programmée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: scheduled.</source>
        <translation>{network}&#xa0;: programmée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: about to publish.</source>
        <translation>{network}&#xa0;: publication imminente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: publishing now…</source>
        <translation>{network}&#xa0;: publication en cours…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: failed, will try again {when}. {reason}</source>
        <translation>{network}&#xa0;: échec, nouvel essai {when}. {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network}: failed. {reason}</source>
        <translation>{network}&#xa0;: échec. {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: paused. {reason}</source>
        <translation>{network}&#xa0;: suspendue. {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: cancelled.</source>
        <translation>{network}&#xa0;: annulée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: Postdesk does not know whether it went out. {reason}</source>
        <translation>{network}&#xa0;: Postdesk ne sait pas si elle est partie. {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>soon</source>
        <translation>bientôt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The network said: “{message}”</source>
        <translation>Le réseau a répondu&#xa0;: «&#xa0;{message}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/refusal_words_networks.py" line="+15"/>
        <source>Not posted: {network} could not download the file from the media relay. Check the relay in Settings › Media relay and schedule the post again.</source>
        <translation>Non publiée&#xa0;: {network} n&apos;a pas pu télécharger le fichier depuis le relais média. Vérifiez le relais dans Paramètres › Relais média et programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} let the prepared post expire before it was published. Schedule the post again.</source>
        <translation>Non publiée&#xa0;: {network} a laissé expirer la publication préparée avant sa mise en ligne. Programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} could not process the video; its format, length or encoding is not one {network} takes. Convert it and schedule the post again.</source>
        <translation>Non publiée&#xa0;: {network} n&apos;a pas pu traiter la vidéo&#xa0;; son format, sa durée ou son encodage n&apos;est pas accepté par {network}. Convertissez-la et programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} could not use the video&apos;s sound; it takes mono or stereo sound. Convert the video and schedule the post again.</source>
        <translation>Non publiée&#xa0;: {network} n&apos;a pas pu utiliser le son de la vidéo&#xa0;; il accepte un son mono ou stéréo. Convertissez la vidéo et programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the video&apos;s shape (aspect ratio) is not one {network} takes. Crop it and schedule the post again.</source>
        <translation>Non publiée&#xa0;: les proportions de la vidéo ne sont pas acceptées par {network}. Recadrez-la et programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the video&apos;s bit rate is too high for {network}. Convert it and schedule the post again.</source>
        <translation>Non publiée&#xa0;: le débit de la vidéo est trop élevé pour {network}. Convertissez-la et programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: the video is too long or too short for {network}. Trim it and schedule the post again.</source>
        <translation>Non publiée&#xa0;: la vidéo est trop longue ou trop courte pour {network}. Raccourcissez-la et programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} takes videos of 23 to 60 frames a second, and this one is not. Convert it and schedule the post again.</source>
        <translation>Non publiée&#xa0;: {network} accepte les vidéos de 23 à 60 images par seconde, et celle-ci n&apos;en fait pas partie. Convertissez-la et programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} does not take this image format. Save it as JPEG and schedule the post again.</source>
        <translation>Non publiée&#xa0;: {network} n&apos;accepte pas ce format d&apos;image. Enregistrez-la en JPEG et programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: the file is larger than {network} takes. Use a smaller file and schedule the post again.</source>
        <translation>Non publiée&#xa0;: le fichier est plus volumineux que ce qu&apos;accepte {network}. Utilisez un fichier plus petit et programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} could not take the media.</source>
        <translation>Non publiée&#xa0;: {network} n&apos;a pas pu accepter les médias.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: a photo&apos;s shape is not one {network} takes (from 4:5 to 1.91:1). Crop it and schedule the post again.</source>
        <translation>Non publiée&#xa0;: les proportions d&apos;une photo ne sont pas acceptées par {network} (de 4:5 à 1,91:1). Recadrez-la et programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the caption is longer than the {max} characters {network} takes. Shorten it and schedule the post again.</source>
        <translation>Non publiée&#xa0;: la légende dépasse les {max} caractères qu&apos;accepte {network}. Raccourcissez-la et programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} does not take this kind of post.</source>
        <translation>Non publiée&#xa0;: {network} n&apos;accepte pas ce type de publication.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} held the post back as suspected spam. Try again later, or post it from the app.</source>
        <translation>Non publiée&#xa0;: {network} a retenu la publication comme spam présumé. Réessayez plus tard ou publiez-la depuis l&apos;application.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: the chosen cover frame is not inside the video. Choose another one and schedule the post again.</source>
        <translation>Non publiée&#xa0;: l&apos;image de couverture choisie ne se trouve pas dans la vidéo. Choisissez-en une autre et programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} could not find the prepared post. Schedule the post again.</source>
        <translation>Non publiée&#xa0;: {network} n&apos;a pas trouvé la publication préparée. Programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not posted: {network} does not take photos whose width and height add up to more than {max} pixels, or whose long side is more than 20 times the short side. Resize the photo and schedule the post again.</source>
        <translation>Non publiée&#xa0;: {network} n&apos;accepte pas les photos dont la largeur et la hauteur additionnées dépassent {max} pixels, ou dont le grand côté dépasse 20 fois le petit. Redimensionnez la photo et programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} no longer accepts the version of its API this Postdesk uses. Update Postdesk to publish to {network} again.</source>
        <translation>Non publiée&#xa0;: {network} n&apos;accepte plus la version de son API qu&apos;utilise ce Postdesk. Mettez Postdesk à jour pour publier de nouveau sur {network}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the video is larger than {network}&apos;s video service takes. Use a shorter or smaller video and schedule the post again.</source>
        <translation>Non publiée&#xa0;: la vidéo est plus volumineuse que ce qu&apos;accepte le service vidéo de {network}. Utilisez une vidéo plus courte ou plus légère et programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network}&apos;s video service refused the video.</source>
        <translation>Non publiée&#xa0;: le service vidéo de {network} a refusé la vidéo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} takes videos only from accounts with a confirmed email address. Confirm yours in {network}&apos;s settings, then schedule the post again.</source>
        <translation>Non publiée&#xa0;: {network} n&apos;accepte les vidéos que des comptes dont l&apos;adresse e-mail est confirmée. Confirmez la vôtre dans les paramètres de {network}, puis programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/refusal_words_video.py" line="+19"/>
        <source>Not posted: {network} could not convert the video.</source>
        <translation>Non publiée&#xa0;: {network} n&apos;a pas pu convertir la vidéo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} could not read the video file.</source>
        <translation>Non publiée&#xa0;: {network} n&apos;a pas pu lire le fichier vidéo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} received an empty video file.</source>
        <translation>Non publiée&#xa0;: {network} a reçu un fichier vidéo vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} says the video file is too small.</source>
        <translation>Non publiée&#xa0;: selon {network}, le fichier vidéo est trop petit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} cannot decode the video&apos;s format.</source>
        <translation>Non publiée&#xa0;: {network} ne sait pas décoder le format de la vidéo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the upload was cut off before {network} had all of it. Schedule the post again.</source>
        <translation>Non publiée&#xa0;: l&apos;envoi a été interrompu avant que {network} ait tout reçu. Programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} could not process the video.</source>
        <translation>Non publiée&#xa0;: {network} n&apos;a pas pu traiter la vidéo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video for copyright.</source>
        <translation>Non publiée&#xa0;: {network} a refusé la vidéo pour des raisons de droits d&apos;auteur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video as inappropriate.</source>
        <translation>Non publiée&#xa0;: {network} a refusé la vidéo comme inappropriée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video as a duplicate of one already on the channel.</source>
        <translation>Non publiée&#xa0;: {network} a refusé la vidéo comme doublon d&apos;une vidéo déjà présente sur la chaîne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} rejected the video under its terms of use.</source>
        <translation>Non publiée&#xa0;: {network} a refusé la vidéo en vertu de ses conditions d&apos;utilisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video because the channel is suspended.</source>
        <translation>Non publiée&#xa0;: {network} a refusé la vidéo car la chaîne est suspendue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video because it is too long for this channel.</source>
        <translation>Non publiée&#xa0;: {network} a refusé la vidéo car elle est trop longue pour cette chaîne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video because of a claim on it.</source>
        <translation>Non publiée&#xa0;: {network} a refusé la vidéo à cause d&apos;une revendication la visant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video because the channel is closed.</source>
        <translation>Non publiée&#xa0;: {network} a refusé la vidéo car la chaîne est fermée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video for trademark reasons.</source>
        <translation>Non publiée&#xa0;: {network} a refusé la vidéo pour des raisons de droit des marques.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video for legal reasons.</source>
        <translation>Non publiée&#xa0;: {network} a refusé la vidéo pour des raisons juridiques.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video.</source>
        <translation>Non publiée&#xa0;: {network} a refusé la vidéo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not posted: {network} could not read the file&apos;s format. It takes MP4, MOV or WebM videos and JPEG or WebP photos.</source>
        <translation>Non publiée&#xa0;: {network} n&apos;a pas pu lire le format du fichier. Il accepte les vidéos MP4, MOV ou WebM et les photos JPEG ou WebP.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} refused the video&apos;s length for this account.</source>
        <translation>Non publiée&#xa0;: {network} a refusé la durée de la vidéo pour ce compte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} refused the video&apos;s frame rate. It takes 23 to 60 frames a second.</source>
        <translation>Non publiée&#xa0;: {network} a refusé la fréquence d&apos;images de la vidéo. Il accepte de 23 à 60 images par seconde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} refused a photo&apos;s size. Photos up to 1080p work.</source>
        <translation>Non publiée&#xa0;: {network} a refusé la taille d&apos;une photo. Les photos jusqu&apos;à 1080p fonctionnent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} had an internal problem with this post. Schedule the post again.</source>
        <translation>Non publiée&#xa0;: {network} a rencontré un problème interne avec cette publication. Programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} could not download the video.</source>
        <translation>Non publiée&#xa0;: {network} n&apos;a pas pu télécharger la vidéo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} could not download a photo from the media relay.</source>
        <translation>Non publiée&#xa0;: {network} n&apos;a pas pu télécharger une photo depuis le relais média.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the post was cancelled in {network}.</source>
        <translation>Non publiée&#xa0;: la publication a été annulée dans {network}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: Postdesk&apos;s access to this {network} account was removed. Reconnect the account in Accounts.</source>
        <translation>Non publiée&#xa0;: l&apos;accès de Postdesk à ce compte {network} a été retiré. Reconnectez le compte dans Comptes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: this account has reached {network}&apos;s daily limit of posts from apps. Try again tomorrow.</source>
        <translation>Non publiée&#xa0;: ce compte a atteint la limite quotidienne de {network} pour les publications envoyées par des applications. Réessayez demain.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} does not let this account post right now.</source>
        <translation>Non publiée&#xa0;: {network} n&apos;autorise pas ce compte à publier pour le moment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} flagged the caption as spam.</source>
        <translation>Non publiée&#xa0;: {network} a signalé la légende comme spam.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} flagged the post as spam.</source>
        <translation>Non publiée&#xa0;: {network} a signalé la publication comme spam.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: your {network} app is not approved for this permission. Check the products of your app on {network}&apos;s developer site.</source>
        <translation>Non publiée&#xa0;: votre application {network} n&apos;est pas approuvée pour cette autorisation. Vérifiez les produits de votre application sur le site développeurs de {network}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: your {network} app has not passed {network}&apos;s audit yet, so it can post only privately, from a private account.</source>
        <translation>Non publiée&#xa0;: votre application {network} n&apos;a pas encore passé l&apos;audit de {network}, elle ne peut donc publier qu&apos;en privé, depuis un compte privé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} could not publish the post.</source>
        <translation>Non publiée&#xa0;: {network} n&apos;a pas pu mettre en ligne la publication.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not posted: that subreddit does not exist. Check its name and schedule the post again.</source>
        <translation>Non publiée&#xa0;: ce subreddit n&apos;existe pas. Vérifiez son nom et programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the subreddit does not exist or cannot be seen from your account. Check its name and schedule the post again.</source>
        <translation>Non publiée&#xa0;: le subreddit n&apos;existe pas ou n&apos;est pas visible depuis votre compte. Vérifiez son nom et programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: you are not allowed to post in this subreddit.</source>
        <translation>Non publiée&#xa0;: vous n&apos;êtes pas autorisé à publier dans ce subreddit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: choose the subreddit to post to and schedule the post again.</source>
        <translation>Non publiée&#xa0;: choisissez le subreddit où publier et programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this subreddit does not take text posts.</source>
        <translation>Non publiée&#xa0;: ce subreddit n&apos;accepte pas les publications texte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this subreddit takes text posts only.</source>
        <translation>Non publiée&#xa0;: ce subreddit n&apos;accepte que les publications texte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this subreddit does not take images.</source>
        <translation>Non publiée&#xa0;: ce subreddit n&apos;accepte pas les images.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this subreddit does not take videos.</source>
        <translation>Non publiée&#xa0;: ce subreddit n&apos;accepte pas les vidéos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this link has already been posted to this subreddit.</source>
        <translation>Non publiée&#xa0;: ce lien a déjà été publié dans ce subreddit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} needs a title or text here.</source>
        <translation>Non publiée&#xa0;: {network} a besoin ici d&apos;un titre ou d&apos;un texte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} could not use the link or the uploaded media.</source>
        <translation>Non publiée&#xa0;: {network} n&apos;a pas pu utiliser le lien ou les médias envoyés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} needs a link for this post.</source>
        <translation>Non publiée&#xa0;: {network} a besoin d&apos;un lien pour cette publication.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this subreddit requires a flair. Choose one and schedule the post again.</source>
        <translation>Non publiée&#xa0;: ce subreddit exige un flair. Choisissez-en un et programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the chosen flair no longer exists in this subreddit. Choose another and schedule the post again.</source>
        <translation>Non publiée&#xa0;: le flair choisi n&apos;existe plus dans ce subreddit. Choisissez-en un autre et programmez de nouveau la publication.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} asks you to sign in again. Reconnect the account in Accounts.</source>
        <translation>Non publiée&#xa0;: {network} vous demande de vous reconnecter. Reconnectez le compte dans Comptes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The comment you are answering has been deleted.</source>
        <translation>Le commentaire auquel vous répondez a été supprimé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The post you are answering has been deleted.</source>
        <translation>La publication à laquelle vous répondez a été supprimée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments are locked on this post.</source>
        <translation>Les commentaires de cette publication sont verrouillés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This post is archived and takes no more comments.</source>
        <translation>Cette publication est archivée et n&apos;accepte plus de commentaires.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: part of the post is too long for {network}.</source>
        <translation>Non publiée&#xa0;: une partie de la publication est trop longue pour {network}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the post does not follow one of the subreddit&apos;s rules.</source>
        <translation>Non publiée&#xa0;: la publication ne respecte pas l&apos;une des règles du subreddit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} refused the post.</source>
        <translation>Non publiée&#xa0;: {network} a refusé la publication.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not posted: {network} refused the title (empty, too long, or with &lt; or &gt;).</source>
        <translation>Non publiée&#xa0;: {network} a refusé le titre (vide, trop long, ou avec &lt; ou &gt;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} refused the description (over 5000 bytes, or with &lt; or &gt;).</source>
        <translation>Non publiée&#xa0;: {network} a refusé la description (plus de 5000 octets, ou avec &lt; ou &gt;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} refused the tags (together over 500 characters, or with &lt; or &gt;).</source>
        <translation>Non publiée&#xa0;: {network} a refusé les tags (plus de 500 caractères au total, ou avec &lt; ou &gt;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} does not have that category.</source>
        <translation>Non publiée&#xa0;: {network} n&apos;a pas cette catégorie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} refused the scheduled time.</source>
        <translation>Non publiée&#xa0;: {network} a refusé l&apos;heure programmée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} does not allow that privacy setting for this video.</source>
        <translation>Non publiée&#xa0;: {network} n&apos;autorise pas ce paramètre de confidentialité pour cette vidéo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} does not allow that license for this video.</source>
        <translation>Non publiée&#xa0;: {network} n&apos;autorise pas cette licence pour cette vidéo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} needs the video&apos;s language set first.</source>
        <translation>Non publiée&#xa0;: {network} a d&apos;abord besoin de la langue de la vidéo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} got no video file.</source>
        <translation>Non publiée&#xa0;: {network} n&apos;a reçu aucun fichier vidéo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} could not read the thumbnail image.</source>
        <translation>Non publiée&#xa0;: {network} n&apos;a pas pu lire l&apos;image de la miniature.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the thumbnail is over {network}&apos;s 2 MB.</source>
        <translation>Non publiée&#xa0;: la miniature dépasse les 2 Mo de {network}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} cannot find that playlist.</source>
        <translation>Non publiée&#xa0;: {network} ne trouve pas cette playlist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video is no longer on {network}.</source>
        <translation>La vidéo n&apos;est plus sur {network}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments are turned off for this video.</source>
        <translation>Les commentaires sont désactivés pour cette vidéo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this Google account has no {network} channel yet.</source>
        <translation>Non publiée&#xa0;: ce compte Google n&apos;a pas encore de chaîne {network}.</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/refusal_words_waits.py" line="+16"/>
        <location line="+6"/>
        <source>Waiting: this account has reached the limit of posts per 24 hours on {network} ({max}). Postdesk will try again in an hour.</source>
        <translation>En attente&#xa0;: ce compte a atteint la limite de publications sur 24 heures de {network} ({max}). Postdesk réessaiera dans une heure.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: this account has reached the limit of replies per 24 hours on {network} ({max}). Postdesk will try again in an hour.</source>
        <translation>En attente&#xa0;: ce compte a atteint la limite de réponses sur 24 heures de {network} ({max}). Postdesk réessaiera dans une heure.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: your {network} API project does not have enough quota left today for this video. Postdesk will upload it after midnight Pacific time.</source>
        <translation>En attente&#xa0;: il ne reste pas assez de quota aujourd&apos;hui à votre projet d&apos;API {network} pour cette vidéo. Postdesk l&apos;enverra après minuit, heure du Pacifique.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: this channel has uploaded as many videos as {network} allows for now. Postdesk will try again in 24 hours.</source>
        <translation>En attente&#xa0;: cette chaîne a mis en ligne autant de vidéos que {network} le permet pour l&apos;instant. Postdesk réessaiera dans 24 heures.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: this account has reached {network}&apos;s daily limit of posts from apps. Postdesk will try again in an hour.</source>
        <translation>En attente&#xa0;: ce compte a atteint la limite quotidienne de {network} pour les publications envoyées par des applications. Postdesk réessaiera dans une heure.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: your {network} app has reached its daily number of accounts that may post. Postdesk will try again in an hour.</source>
        <translation>En attente&#xa0;: votre application {network} a atteint son nombre quotidien de comptes autorisés à publier. Postdesk réessaiera dans une heure.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not posted: {network}&apos;s media storage did not take {name}. Try again later or use another file.</source>
        <translation>Non publiée&#xa0;: le stockage de médias de {network} n&apos;a pas accepté {name}. Réessayez plus tard ou utilisez un autre fichier.</translation>
    </message>
</context>
<context>
    <name>ComposerPane</name>
    <message>
        <location filename="../src/postdesk/app.py" line="-43"/>
        <location line="+44"/>
        <source>Compose</source>
        <translation>Rédiger</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pane_layout.py" line="+39"/>
        <source>&amp;New post</source>
        <translation>&amp;Nouvelle publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new post</source>
        <translation>Commencer une nouvelle publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new post (Ctrl+N)</source>
        <translation>Commencer une nouvelle publication (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post to:</source>
        <translation>Publier sur&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Text, media and schedule</source>
        <translation>Texte, médias et programmation</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>New post</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule</source>
        <translation>Programmer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Split into thread</source>
        <translation>Diviser en fil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attach images</source>
        <translation>Joindre des images</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="+95"/>
        <source>Composer</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening your last draft…</source>
        <translation>Ouverture de votre dernier brouillon…</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>The post was removed from Postdesk.</source>
        <translation>La publication a été supprimée de Postdesk.</translation>
    </message>
</context>
<context>
    <name>ComposerProblems</name>
    <message>
        <location filename="../src/postdesk/ui/composer/problem_templates.py" line="+14"/>
        <source>Too long by {over}: {length} of {limit} characters.</source>
        <translation>Trop long de {over}&#xa0;: {length} caractères sur {limit}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too long for {network}&apos;s storage limit: {length} of {limit} bytes (emoji and accented letters take more than one).</source>
        <translation>Trop long pour la limite de stockage de {network}&#xa0;: {length} octets sur {limit} (les emoji et les lettres accentuées en occupent plus d&apos;un).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write something: {network} does not accept an empty post.</source>
        <translation>Écrivez quelque chose&#xa0;: {network} n&apos;accepte pas de publication vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a title: {network} needs one.</source>
        <translation>Ajoutez un titre&#xa0;: {network} l&apos;exige.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too long: {length} of {limit} characters.</source>
        <translation>Le titre est trop long&#xa0;: {length} caractères sur {limit}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With media attached, the text is a caption: {length} of {limit} characters.</source>
        <translation>Avec des médias joints, le texte sert de légende&#xa0;: {length} caractères sur {limit}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} does not allow the character “{char}” here.</source>
        <translation>{network} n&apos;autorise pas le caractère «&#xa0;{char}&#xa0;» ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many hashtags: {count}, {network} allows {max}.</source>
        <translation>Trop de hashtags&#xa0;: {count}, {network} en autorise {max}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many mentions: {count}, {network} allows {max}.</source>
        <translation>Trop de mentions&#xa0;: {count}, {network} en autorise {max}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many images: {count}, {network} allows {max}.</source>
        <translation>Trop d&apos;images&#xa0;: {count}, {network} en autorise {max}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many videos: {count}, {network} allows {max}.</source>
        <translation>Trop de vidéos&#xa0;: {count}, {network} en autorise {max}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} cannot mix images and video in one post.</source>
        <translation>{network} ne permet pas de mélanger images et vidéo dans une même publication.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach an image or a video: {network} posts need one.</source>
        <translation>Joignez une image ou une vidéo&#xa0;: les publications {network} en exigent une.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image {position} has no description (alt text) for people who cannot see it.</source>
        <translation>L&apos;image {position} n&apos;a pas de description (texte alternatif) pour les personnes qui ne peuvent pas la voir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The description of image {position} is too long: {length} of {limit} characters.</source>
        <translation>La description de l&apos;image {position} est trop longue&#xa0;: {length} caractères sur {limit}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} has no threads: only the first part would be posted. Join the parts or write a separate text for {network}.</source>
        <translation>{network} n&apos;a pas de fils&#xa0;: seule la première partie serait publiée. Réunissez les parties ou rédigez un texte distinct pour {network}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An attached file is missing from the media library; attach it again.</source>
        <translation>Un fichier joint manque dans la médiathèque&#xa0;; joignez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the subreddit to post to.</source>
        <translation>Choisissez le subreddit où publier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the Pinterest board to save this Pin to.</source>
        <translation>Choisissez le tableau Pinterest où enregistrer cette épingle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The content warning is too long.</source>
        <translation>L&apos;avertissement de contenu est trop long.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the {network} account to post from (connect one in Accounts if the list is empty).</source>
        <translation>Choisissez le compte {network} depuis lequel publier (connectez-en un dans Comptes si la liste est vide).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {network} account chosen for this post is no longer connected: choose another one or connect it again in Accounts.</source>
        <translation>Le compte {network} choisi pour cette publication n&apos;est plus connecté&#xa0;: choisissez-en un autre ou reconnectez-le dans Comptes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The {network} account chosen for this post was disconnected: connect it again in Accounts, or choose another one.</source>
        <translation>Le compte {network} choisi pour cette publication a été déconnecté&#xa0;: reconnectez-le dans Comptes, ou choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in to {handle} again before this can be posted.</source>
        <translation>Reconnectez-vous à {handle} avant que ceci puisse être publié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk cannot publish to {network} yet: remove {network} from this post to schedule it.</source>
        <translation>Postdesk ne peut pas encore publier sur {network}&#xa0;: retirez {network} de cette publication pour la programmer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network} fetches photos and videos from a public web address, which needs a media relay. Postdesk does not support one yet, so posts to {network} can only be text for now: remove the media for {network}.</source>
        <translation>{network} récupère les photos et vidéos à partir d&apos;une adresse web publique, ce qui exige un relais média. Postdesk ne le prend pas encore en charge&#xa0;: les publications sur {network} ne peuvent donc être que du texte pour l&apos;instant. Retirez les médias pour {network}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{network} fetches photos and videos from a public web address, which needs a media relay: set one up in Settings › Media relay, or remove the media for {network}.</source>
        <translation>{network} récupère les photos et vidéos à partir d&apos;une adresse web publique, ce qui exige un relais média&#xa0;: configurez-en un dans Paramètres › Relais média, ou retirez les médias pour {network}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{network} does not allow a poll and photos or videos in the same post.</source>
        <translation>{network} n&apos;autorise pas un sondage et des photos ou vidéos dans la même publication.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk cannot post videos to {network} yet: remove the video (attachment {position}) for {network}.</source>
        <translation>Postdesk ne peut pas encore publier de vidéos sur {network}&#xa0;: retirez la vidéo (pièce jointe {position}) pour {network}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk cannot post animated GIFs to {network}: remove GIF {position} for {network}, or use a video.</source>
        <translation>Postdesk ne peut pas publier de GIF animés sur {network}&#xa0;: retirez le GIF {position} pour {network}, ou utilisez une vidéo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GIF {position} is {size_mb} MB; {network} takes GIFs of at most {max_mb} MB.</source>
        <translation>Le GIF {position} pèse {size_mb} Mo&#xa0;; {network} accepte les GIF de {max_mb} Mo au plus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On {network}, an animated GIF must be alone: no other photos, GIFs or videos in the same post.</source>
        <translation>Sur {network}, un GIF animé doit être seul&#xa0;: aucune autre photo, aucun autre GIF ni aucune vidéo dans la même publication.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network} does not take {format} videos (only {formats}): change attachment {position}.</source>
        <translation>{network} n&apos;accepte pas les vidéos {format} (seulement {formats})&#xa0;: changez la pièce jointe {position}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attachment {position} is a {size_mb} MB video; {network} takes at most {max_mb} MB.</source>
        <translation>La pièce jointe {position} est une vidéo de {size_mb} Mo&#xa0;; {network} accepte {max_mb} Mo au plus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video (attachment {position}) lasts {duration}; {network} takes at most {max_duration}.</source>
        <translation>La vidéo (pièce jointe {position}) dure {duration}&#xa0;; {network} accepte {max_duration} au plus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The video (attachment {position}) lasts {seconds} s; {network} needs at least {min_seconds} s.</source>
        <translation>La vidéo (pièce jointe {position}) dure {seconds} s&#xa0;; {network} exige au moins {min_seconds} s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The video (attachment {position}) is {width}×{height} pixels; {network} takes at most {max_width}×{max_height}.</source>
        <translation>La vidéo (pièce jointe {position}) fait {width}×{height} pixels&#xa0;; {network} accepte {max_width}×{max_height} au plus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The video (attachment {position}) is {width}×{height} pixels; {network} needs at least {min_side} pixels on each side.</source>
        <translation>La vidéo (pièce jointe {position}) fait {width}×{height} pixels&#xa0;; {network} exige au moins {min_side} pixels de chaque côté.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many attachments: {count}, {network} takes at most {max} photos and videos in one post.</source>
        <translation>Trop de pièces jointes&#xa0;: {count}, {network} accepte {max} photos et vidéos au plus par publication.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tags come to {length} of YouTube&apos;s {limit} characters (YouTube counts the commas between tags, and quotes around a tag with a space).</source>
        <translation>Les tags totalisent {length} caractères sur les {limit} de YouTube (YouTube compte les virgules entre les tags, et les guillemets autour d&apos;un tag contenant une espace).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>YouTube does not allow &lt; or &gt; in tags.</source>
        <translation>YouTube n&apos;autorise pas &lt; ni &gt; dans les tags.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YouTube does not know the {field} “{value}”: choose another.</source>
        <translation>YouTube ne connaît pas la valeur «&#xa0;{value}&#xa0;» pour {field}&#xa0;: choisissez-en une autre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YouTube&apos;s own scheduler can only make a video public at its time: choose Public, or let Postdesk publish it.</source>
        <translation>Le programmateur de YouTube ne peut que rendre une vidéo publique à l&apos;heure prévue&#xa0;: choisissez Publique, ou laissez Postdesk la publier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A Short lasts at most {max_duration}; this video lasts {duration}.</source>
        <translation>Un Short dure {max_duration} au plus&#xa0;; cette vidéo dure {duration}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Short must be vertical or square; this video is {width}×{height}.</source>
        <translation>Un Short doit être vertical ou carré&#xa0;; cette vidéo fait {width}×{height}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This video is vertical or square and at most 3 minutes: YouTube will show it as a Short.</source>
        <translation>Cette vidéo est verticale ou carrée et dure 3 minutes au plus&#xa0;: YouTube l&apos;affichera comme un Short.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YouTube&apos;s daily API quota cannot cover {uploads} uploads on {day} (Pacific time): move this post to another day.</source>
        <translation>Le quota quotidien de l&apos;API YouTube ne peut pas couvrir {uploads} mises en ligne le {day} (heure du Pacifique)&#xa0;: déplacez cette publication à un autre jour.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This uses nearly all of YouTube&apos;s daily API quota for {day} (Pacific time): about {units_left} units would be left.</source>
        <translation>Ceci utilise presque tout le quota quotidien de l&apos;API YouTube pour le {day} (heure du Pacifique)&#xa0;: il resterait environ {units_left} unités.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose who can see this TikTok post: TikTok asks every time and Postdesk does not choose for you.</source>
        <translation>Choisissez qui peut voir cette publication TikTok&#xa0;: TikTok le demande à chaque fois et Postdesk ne choisit pas à votre place.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This TikTok account does not offer the privacy level chosen: choose one of its own.</source>
        <translation>Ce compte TikTok ne propose pas le niveau de confidentialité choisi&#xa0;: choisissez l&apos;un des siens.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk has not read this TikTok account&apos;s settings yet (who may see its posts, longest video): wait for them or press Refresh in the TikTok options.</source>
        <translation>Postdesk n&apos;a pas encore lu les réglages de ce compte TikTok (qui peut voir ses publications, durée maximale des vidéos)&#xa0;: attendez-les ou cliquez sur Actualiser dans les options TikTok.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The video lasts {seconds} s; TikTok lets this account post at most {max_seconds} s.</source>
        <translation>La vidéo dure {seconds} s&#xa0;; TikTok permet à ce compte de publier {max_seconds} s au plus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You turned on commercial content disclosure: choose Your brand, Branded content, or both.</source>
        <translation>Vous avez activé la divulgation de contenu commercial&#xa0;: choisissez Votre marque, Contenu de marque, ou les deux.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Branded content cannot be private on TikTok: choose who else can see it.</source>
        <translation>Le contenu de marque ne peut pas être privé sur TikTok&#xa0;: choisissez qui d&apos;autre peut le voir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TikTok fetches photos from a web address verified in your TikTok app: set up a media relay (Settings › Media relay), verify its address with TikTok, and tick “verified” in the TikTok options.</source>
        <translation>TikTok récupère les photos à partir d&apos;une adresse web vérifiée dans votre application TikTok&#xa0;: configurez un relais média (Paramètres › Relais média), faites vérifier son adresse par TikTok, et cochez «&#xa0;vérifiée&#xa0;» dans les options TikTok.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A TikTok photo post&apos;s title takes at most {limit} characters.</source>
        <translation>Le titre d&apos;une publication photo TikTok compte {limit} caractères au plus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>r/{subreddit} does not take this kind of post: post text, a link or media as the subreddit allows, or choose another subreddit.</source>
        <translation>r/{subreddit} n&apos;accepte pas ce type de publication&#xa0;: publiez du texte, un lien ou des médias selon ce que le subreddit autorise, ou choisissez un autre subreddit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This subreddit wants a title of at least {min} characters.</source>
        <translation>Ce subreddit exige un titre d&apos;au moins {min} caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit takes titles of at most {max} characters.</source>
        <translation>Ce subreddit accepte des titres de {max} caractères au plus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit wants one of these words in the title: {words}.</source>
        <translation>Ce subreddit exige l&apos;un de ces mots dans le titre&#xa0;: {words}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit does not allow “{word}” in a title.</source>
        <translation>Ce subreddit n&apos;autorise pas «&#xa0;{word}&#xa0;» dans un titre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit wants text in the post.</source>
        <translation>Ce subreddit exige du texte dans la publication.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit takes posts with a title only: remove the text for Reddit.</source>
        <translation>Ce subreddit n&apos;accepte que des publications avec un titre seul&#xa0;: retirez le texte pour Reddit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit wants at least {min} characters of text.</source>
        <translation>Ce subreddit exige au moins {min} caractères de texte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit takes at most {max} characters of text.</source>
        <translation>Ce subreddit accepte {max} caractères de texte au plus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>r/{subreddit} requires a flair: choose one.</source>
        <translation>r/{subreddit} exige un flair&#xa0;: choisissez-en un.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen flair no longer exists in this subreddit: choose another.</source>
        <translation>Le flair choisi n&apos;existe plus dans ce subreddit&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit does not take links to {domain}.</source>
        <translation>Ce subreddit n&apos;accepte pas les liens vers {domain}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A gallery in this subreddit holds {min} to {max} images.</source>
        <translation>Une galerie dans ce subreddit contient de {min} à {max} images.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit does not use spoiler tags: untick Spoiler.</source>
        <translation>Ce subreddit n&apos;utilise pas les balises spoiler&#xa0;: décochez Spoiler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reddit image, video, gallery and link posts carry no text: only the title goes with them. Post the text as a comment, or remove the media or link.</source>
        <translation>Les publications Reddit avec image, vidéo, galerie ou lien n&apos;ont pas de texte&#xa0;: seul le titre les accompagne. Publiez le texte en commentaire, ou retirez les médias ou le lien.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose what this Instagram post is: a post, a Reel or a Story.</source>
        <translation>Choisissez le type de cette publication Instagram&#xa0;: publication, Reel ou story.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Instagram Reel is exactly one video: keep one video, or post it as a post instead.</source>
        <translation>Un Reel Instagram est exactement une vidéo&#xa0;: gardez une seule vidéo, ou publiez-la plutôt comme publication.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Instagram Story is exactly one photo or one video.</source>
        <translation>Une story Instagram est exactement une photo ou une vidéo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo {position} is {width}×{height}: Instagram feed photos must be between 4:5 (portrait) and 1.91:1 (landscape). Crop it, or tick “Crop photos to fit” in the Instagram options.</source>
        <translation>La photo {position} fait {width}×{height}&#xa0;: les photos du fil Instagram doivent être entre 4:5 (portrait) et 1,91:1 (paysage). Recadrez-la, ou cochez «&#xa0;Recadrer les photos pour qu&apos;elles conviennent&#xa0;» dans les options Instagram.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The video&apos;s shape ({width}×{height}) is not one Instagram takes for a Reel.</source>
        <translation>Le format de la vidéo ({width}×{height}) n&apos;est pas accepté par Instagram pour un Reel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reels and Stories fill the phone&apos;s screen at 9:16 (like 1080×1920); this one is {width}×{height} and will show with bars or be cropped.</source>
        <translation>Les Reels et les stories remplissent l&apos;écran du téléphone en 9:16 (par exemple 1080×1920)&#xa0;; celle-ci fait {width}×{height} et s&apos;affichera avec des bandes ou sera recadrée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A Story video lasts 3 to 60 seconds; this one lasts {seconds} s.</source>
        <translation>Une vidéo en story dure de 3 à 60 secondes&#xa0;; celle-ci dure {seconds} s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stories show no caption: the text will not go to Instagram.</source>
        <translation>Les stories n&apos;affichent pas de légende&#xa0;: le texte ne sera pas envoyé à Instagram.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Reel&apos;s cover frame must be inside the video: choose a time before its end.</source>
        <translation>L&apos;image de couverture du Reel doit se trouver dans la vidéo&#xa0;: choisissez un moment avant la fin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stories cannot have collaborators: remove them, or post it as a post or Reel.</source>
        <translation>Les stories ne peuvent pas avoir de collaborateurs&#xa0;: retirez-les, ou publiez-la comme publication ou Reel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instagram takes at most {max} collaborators; you named {count}.</source>
        <translation>Instagram accepte {max} collaborateurs au plus&#xa0;; vous en avez indiqué {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Instagram location is the number (ID) of a Facebook Page that has a location.</source>
        <translation>Un lieu Instagram est le numéro (ID) d&apos;une Page Facebook qui a une adresse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose which business (location) this Google post is for.</source>
        <translation>Choisissez l&apos;établissement (lieu) concerné par cette publication Google.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the kind of Google post: What&apos;s new, Event or Offer.</source>
        <translation>Choisissez le type de publication Google&#xa0;: Nouveautés, Événement ou Offre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google does not offer the button “{value}”: choose another button.</source>
        <translation>Google ne propose pas le bouton «&#xa0;{value}&#xa0;»&#xa0;: choisissez un autre bouton.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The button needs a web address to open (only “Call now” has none).</source>
        <translation>Le bouton doit ouvrir une adresse web (seul «&#xa0;Appeler&#xa0;» n&apos;en a pas).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The web address must start with https:// (or http://).</source>
        <translation>L&apos;adresse web doit commencer par https:// (ou http://).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An event or offer on Google needs a title.</source>
        <translation>Un événement ou une offre sur Google exige un titre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google takes event and offer titles of at most {limit} characters; this one has {length}.</source>
        <translation>Google accepte des titres d&apos;événement et d&apos;offre de {limit} caractères au plus&#xa0;; celui-ci en a {length}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An event or offer on Google needs a start and an end date.</source>
        <translation>Un événement ou une offre sur Google exige une date de début et une date de fin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the event or offer dates: each must be a date (and time), and the end cannot come before the start.</source>
        <translation>Vérifiez les dates de l&apos;événement ou de l&apos;offre&#xa0;: chacune doit être une date (et une heure), et la fin ne peut pas précéder le début.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Facebook shows a link preview only on a post without photos or video: remove the link, or put the address in the text.</source>
        <translation>Facebook n&apos;affiche un aperçu de lien que sur une publication sans photo ni vidéo&#xa0;: retirez le lien, ou mettez l&apos;adresse dans le texte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The link must be a full web address starting with https:// (or http://).</source>
        <translation>Le lien doit être une adresse web complète commençant par https:// (ou http://).</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/problem_templates_tools.py" line="+11"/>
        <source>Describe image {position} (alt text) first: you asked for a description on every image (Settings, Publishing).</source>
        <translation>Décrivez d&apos;abord l&apos;image {position} (texte alternatif)&#xa0;: vous avez exigé une description sur chaque image (Paramètres, Publication).</translation>
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
        <translation>{network} n&apos;acceptera pas cette publication en l&apos;état ({code}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Part {n}: {sentence}</source>
        <translation>Partie {n}&#xa0;: {sentence}</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/problem_templates_extras.py" line="+14"/>
        <source>The first comment is too long for {network}: {length} of {limit} characters.</source>
        <translation>Le premier commentaire est trop long pour {network}&#xa0;: {length} caractères sur {limit}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk can&apos;t post a first comment on {network}: remove it, or post it yourself.</source>
        <translation>Postdesk ne peut pas publier de premier commentaire sur {network}&#xa0;: retirez-le, ou publiez-le vous-même.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk can&apos;t add a poll to a {network} post: remove the poll.</source>
        <translation>Postdesk ne peut pas ajouter de sondage à une publication {network}&#xa0;: retirez le sondage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A poll on {network} needs {min} to {max} choices; this one has {count}.</source>
        <translation>Un sondage sur {network} exige de {min} à {max} choix&#xa0;; celui-ci en a {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poll choice {position} is too long for {network}: {length} of {limit} characters.</source>
        <translation>Le choix {position} du sondage est trop long pour {network}&#xa0;: {length} caractères sur {limit}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two poll choices say the same thing: {network} wants each one different.</source>
        <translation>Deux choix du sondage disent la même chose&#xa0;: {network} exige qu&apos;ils soient tous différents.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A poll on {network} runs from {min_duration} to {max_duration}; this one runs {duration}.</source>
        <translation>Un sondage sur {network} dure de {min_duration} à {max_duration}&#xa0;; celui-ci dure {duration}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On {network}, people can pick only one poll choice.</source>
        <translation>Sur {network}, on ne peut choisir qu&apos;une seule réponse au sondage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk can&apos;t quote a post on {network}: remove the address, or put it in the text.</source>
        <translation>Postdesk ne peut pas citer une publication sur {network}&#xa0;: retirez l&apos;adresse, ou mettez-la dans le texte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address to quote is not a {network} post: copy it from the post&apos;s Share menu.</source>
        <translation>L&apos;adresse à citer n&apos;est pas une publication {network}&#xa0;: copiez-la depuis le menu Partager de la publication.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your {network} server can&apos;t quote posts yet (it needs Mastodon 4.5): remove the address, or put it in the text.</source>
        <translation>Votre serveur {network} ne peut pas encore citer de publications (il faut Mastodon 4.5)&#xa0;: retirez l&apos;adresse, ou mettez-la dans le texte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{network} does not allow a quoted post and a poll together: keep one.</source>
        <translation>{network} n&apos;autorise pas une citation et un sondage ensemble&#xa0;: n&apos;en gardez qu&apos;un.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} does not allow a quoted post with images or video: remove the media, or the quote.</source>
        <translation>{network} n&apos;autorise pas une citation avec des images ou une vidéo&#xa0;: retirez les médias, ou la citation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose again who can reply: {network} does not know this choice.</source>
        <translation>Choisissez à nouveau qui peut répondre&#xa0;: {network} ne connaît pas ce choix.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the post&apos;s language again: {network} does not know “{language}”.</source>
        <translation>Choisissez à nouveau la langue de la publication&#xa0;: {network} ne connaît pas «&#xa0;{language}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ComposerSent</name>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="+74"/>
        <source>Published on {networks}.</source>
        <translation>Publiée sur {networks}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Being published on {networks} now.</source>
        <translation>Publication en cours sur {networks}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk is checking whether it went out on {networks}.</source>
        <translation>Postdesk vérifie si elle est partie sur {networks}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Will be tried again on {networks}, exactly as sent.</source>
        <translation>Nouvel essai à venir sur {networks}, exactement telle qu&apos;envoyée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed on {networks}; you can fix it and try again.</source>
        <translation>Échec sur {networks}&#xa0;; vous pouvez corriger et réessayer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused on {networks}.</source>
        <translation>Suspendue sur {networks}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled on {networks}.</source>
        <translation>Annulée sur {networks}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handed to the own scheduler of {networks}.</source>
        <translation>Confiée au programmateur de {networks}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{network} as {account}</source>
        <translation>{network} en tant que {account}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part {n} of {count}: </source>
        <translation>Partie {n} sur {count}&#xa0;: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attached {name}, described as “{alt}”</source>
        <translation>{name} joint, décrit comme «&#xa0;{alt}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached {name}, without a description</source>
        <translation>{name} joint, sans description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an image</source>
        <translation>une image</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edited on {network}: this is what it says there now.</source>
        <translation>Modifiée sur {network}&#xa0;: voici ce qu&apos;elle contient désormais.</translation>
    </message>
</context>
<context>
    <name>ComposerTools</name>
    <message>
        <location filename="../src/postdesk/ui/composer/templates_part.py" line="+79"/>
        <source>Insert a snippet or hashtag group</source>
        <translation>Insérer un extrait ou un groupe de hashtags</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insert a snippet or hashtag group (Ctrl+Shift+I)</source>
        <translation>Insérer un extrait ou un groupe de hashtags (Ctrl+Maj+I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More for this post</source>
        <translation>Plus d&apos;options pour cette publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate, templates, snippets</source>
        <translation>Dupliquer, modèles, extraits</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>M&amp;ore</source>
        <translation>&amp;Plus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate this post</source>
        <translation>&amp;Dupliquer cette publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;template…</source>
        <translation>Enregistrer comme &amp;modèle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New from t&amp;emplate…</source>
        <translation>Nouvelle à partir d&apos;un m&amp;odèle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Snippets and hashtag groups…</source>
        <translation>&amp;Extraits et groupes de hashtags…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Insert snippet</source>
        <translation>Insérer un extrait</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Snippets</source>
        <translation>Extraits</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hashtag groups</source>
        <translation>Groupes de hashtags</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No snippets yet</source>
        <translation>Aucun extrait pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template &amp;name:</source>
        <translation>&amp;Nom du modèle&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved as the template “{name}”.</source>
        <translation>Enregistrée comme modèle «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A template with that name exists: pick another name.</source>
        <translation>Un modèle porte déjà ce nom&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The template could not be saved. Try again in a moment.</source>
        <translation>Impossible d&apos;enregistrer le modèle. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Writing</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing tools</source>
        <translation>Outils de rédaction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;nippets and hashtag groups…</source>
        <translation>E&amp;xtraits et groupes de hashtags…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage snippets and hashtag groups</source>
        <translation>Gérer les extraits et groupes de hashtags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tem&amp;plates…</source>
        <translation>&amp;Modèles…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage templates</source>
        <translation>Gérer les modèles</translation>
    </message>
</context>
<context>
    <name>ConnectChip</name>
    <message>
        <location filename="../src/postdesk/ui/composer/account_chips.py" line="+53"/>
        <source>Connect {network}…</source>
        <translation>Connecter {network}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect an account on {network}</source>
        <translation>Connecter un compte {network}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to {network} to post there from Postdesk</source>
        <translation>Se connecter à {network} pour y publier depuis Postdesk</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="+76"/>
        <source>Connect an account</source>
        <translation>Connecter un compte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reconnect</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+373"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location line="-372"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Which network do you want to connect?</source>
        <translation>Quel réseau voulez-vous connecter&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sign in with the &amp;browser (recommended)</source>
        <translation>Se connecter avec le &amp;navigateur (recommandé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an &amp;app password</source>
        <translation>Utiliser un mot de passe d&apos;&amp;application</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Post as &amp;me</source>
        <translation>Publier en mon &amp;nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post as a Pa&amp;ge I administer</source>
        <translation>Publier au nom d&apos;une &amp;Page que j&apos;administre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Posting as a Page needs LinkedIn&apos;s Community Management API product on your app, and you must be an administrator of the Page. You will pick the Page after signing in.</source>
        <translation>Publier au nom d&apos;une Page exige le produit Community Management API de LinkedIn dans votre application, et vous devez être administrateur de la Page. Vous choisirez la Page après la connexion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client id</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local port</source>
        <translation>Port local</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redirect address to register</source>
        <translation>Adresse de redirection à enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;py</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the redirect address</source>
        <translation>Copier l&apos;adresse de redirection</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handle</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App password</source>
        <translation>Mot de passe d&apos;application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bot token</source>
        <translation>Jeton du bot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client &amp;id:</source>
        <translation>&amp;Identifiant client&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redirect address:</source>
        <translation>Adresse de redirection&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handle:</source>
        <translation>I&amp;dentifiant&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App pass&amp;word:</source>
        <translation>&amp;Mot de passe d&apos;application&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bot &amp;token:</source>
        <translation>&amp;Jeton du bot&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Waiting for the sign-in</source>
        <translation>En attente de la connexion</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Facebook Pages</source>
        <translation>Pages Facebook</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>LinkedIn Pages</source>
        <translation>Pages LinkedIn</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Which Page should this account post as?</source>
        <translation>&amp;Au nom de quelle Page ce compte doit-il publier&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are not an administrator of any LinkedIn Page. Ask an administrator of the Page to make you one, or connect the account to post as yourself.</source>
        <translation>Vous n&apos;êtes administrateur d&apos;aucune Page LinkedIn. Demandez à un administrateur de la Page de vous nommer, ou connectez le compte pour publier en votre nom.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving the Page…</source>
        <translation>Enregistrement de la Page…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source> (you cannot create posts on it)</source>
        <translation> (vous ne pouvez pas y créer de publications)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot create posts on this Page (ask an admin to give you that task).</source>
        <translation>Vous ne pouvez pas créer de publications sur cette Page (demandez à un administrateur de vous confier cette tâche).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Which Pages should Postdesk post to? Each Page becomes its own account.</source>
        <translation>&amp;Sur quelles Pages Postdesk doit-il publier&#xa0;? Chaque Page devient un compte distinct.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This Facebook sign-in manages no Page. Create a Page on Facebook, or sign in as someone who can create content on one, then try again.</source>
        <translation>Cette connexion Facebook ne gère aucune Page. Créez une Page sur Facebook, ou connectez-vous avec un compte autorisé à créer du contenu sur une Page, puis réessayez.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving the Pages…</source>
        <translation>Enregistrement des Pages…</translation>
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
        <translation>vous.bsky.social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>@yourchannel</source>
        <translation>@votrecanal</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Finish signing in with your browser. Postdesk is waiting for it; you can cancel at any time.</source>
        <translation>Terminez la connexion dans votre navigateur. Postdesk attend&#xa0;; vous pouvez annuler à tout moment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking with {network}…</source>
        <translation>Vérification auprès de {network}…</translation>
    </message>
</context>
<context>
    <name>CropCanvas</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/crop_editor.py" line="+68"/>
        <source>Crop area</source>
        <translation>Zone de recadrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow keys move the crop, Shift and arrow keys resize it.</source>
        <translation>Les flèches déplacent le cadre, Maj et les flèches le redimensionnent.</translation>
    </message>
</context>
<context>
    <name>CropEditorDialog</name>
    <message>
        <location line="+146"/>
        <source>Crop “{name}”</source>
        <translation>Recadrer «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aspect ratio</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Aspect ratio:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotate &amp;left</source>
        <translation>Pivoter à &amp;gauche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotate &amp;right</source>
        <translation>Pivoter à &amp;droite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Output size</source>
        <translation>Taille de sortie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as new image</source>
        <translation>&amp;Enregistrer comme nouvelle image</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Original shape</source>
        <translation>Format d&apos;origine</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Result: {w} × {h} pixels</source>
        <translation>Résultat&#xa0;: {w} × {h} pixels</translation>
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
        <translation>Importer ou exporter des publications en CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import posts from a CSV file, or export them to one</source>
        <translation>Importer des publications depuis un fichier CSV, ou les y exporter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import posts from CSV…</source>
        <translation>&amp;Importer des publications depuis un CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export posts to CSV…</source>
        <translation>&amp;Exporter des publications en CSV…</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../src/postdesk/ui/csv_import/export_dialog.py" line="+32"/>
        <source>Export posts to CSV</source>
        <translation>Exporter des publications en CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>CsvExportDialog</name>
    <message>
        <location line="+50"/>
        <source>Export posts to CSV</source>
        <translation>Exporter des publications en CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export posts to a CSV file</source>
        <translation>Exporter des publications dans un fichier CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has the columns the import reads, so it can be edited in a spreadsheet and imported.</source>
        <translation>Le fichier contient les colonnes que lit l&apos;importation&#xa0;: vous pouvez donc le modifier dans un tableur et l&apos;importer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First day of posts to export</source>
        <translation>Premier jour des publications à exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of posts to export</source>
        <translation>Dernier jour des publications à exporter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Every post, whatever its date (drafts without a time too)</source>
        <translation>&amp;Toutes les publications, quelle que soit leur date (y compris les brouillons sans heure)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export every post</source>
        <translation>Exporter toutes les publications</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Only the posts the calendar&apos;s filter shows</source>
        <translation>&amp;Seulement les publications affichées par le filtre du calendrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export only the posts the calendar&apos;s filter shows</source>
        <translation>Exporter seulement les publications affichées par le filtre du calendrier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The calendar shows every post: no filter is on.</source>
        <translation>Le calendrier affiche toutes les publications&#xa0;: aucun filtre n&apos;est actif.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to write the file, then export</source>
        <translation>Choisir où écrire le fichier, puis exporter</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Exported %n post(s).</source>
        <translation>
            <numerusform>%Ln publication exportée.</numerusform>
            <numerusform>%Ln publications exportées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No posts matched, so the file holds only the column names.</source>
        <translation>Aucune publication ne correspond&#xa0;: le fichier ne contient que les noms des colonnes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk could not write the file there (the folder may be read-only or the disk full).</source>
        <translation>Postdesk n&apos;a pas pu écrire le fichier à cet endroit (le dossier est peut-être en lecture seule ou le disque plein).</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location filename="../src/postdesk/ui/csv_import/dialog.py" line="+46"/>
        <source>Import posts from CSV</source>
        <extracomment>Where the columns are described (docs/CSV.md).</extracomment>
        <translation>Importer des publications depuis un CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first line names the columns: &lt;b&gt;text&lt;/b&gt;, &lt;b&gt;accounts&lt;/b&gt; (network:handle) or &lt;b&gt;networks&lt;/b&gt;, &lt;b&gt;scheduled_at&lt;/b&gt; (2026-03-10 09:30), &lt;b&gt;zone&lt;/b&gt; (Europe/Paris; else the app&apos;s zone), &lt;b&gt;media&lt;/b&gt; (file paths), &lt;b&gt;alt_text&lt;/b&gt;, &lt;b&gt;tags&lt;/b&gt; and &lt;b&gt;first_comment&lt;/b&gt;. Lists are separated by semicolons. &lt;a href=&quot;{url}&quot;&gt;What each column means&lt;/a&gt;</source>
        <translation>La première ligne nomme les colonnes&#xa0;: &lt;b&gt;text&lt;/b&gt;, &lt;b&gt;accounts&lt;/b&gt; (réseau:identifiant) ou &lt;b&gt;networks&lt;/b&gt;, &lt;b&gt;scheduled_at&lt;/b&gt; (2026-03-10 09:30), &lt;b&gt;zone&lt;/b&gt; (Europe/Paris&#xa0;; sinon le fuseau de l&apos;application), &lt;b&gt;media&lt;/b&gt; (chemins de fichiers), &lt;b&gt;alt_text&lt;/b&gt;, &lt;b&gt;tags&lt;/b&gt; et &lt;b&gt;first_comment&lt;/b&gt;. Les listes sont séparées par des points-virgules. &lt;a href=&quot;{url}&quot;&gt;Signification de chaque colonne&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/csv_import/words.py" line="+19"/>
        <source>This file is too big to be a list of posts ({size}; at most {limit}). Split it into smaller files.</source>
        <translation>Ce fichier est trop volumineux pour être une liste de publications ({size}&#xa0;; {limit} au plus). Divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This file is not in UTF-8 text. Save it again as “CSV UTF-8” from your spreadsheet and choose it again.</source>
        <translation>Ce fichier n&apos;est pas du texte UTF-8. Enregistrez-le à nouveau au format «&#xa0;CSV UTF-8&#xa0;» depuis votre tableur et choisissez-le de nouveau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is broken near line {line} (a quote left open, or not a CSV file at all). Nothing was read.</source>
        <translation>Ce fichier est endommagé vers la ligne {line} (un guillemet non fermé, ou ce n&apos;est pas du tout un fichier CSV). Rien n&apos;a été lu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first line must name the columns, with one called “text” for the post&apos;s text.</source>
        <translation>La première ligne doit nommer les colonnes, dont une appelée «&#xa0;text&#xa0;» pour le texte de la publication.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file says nothing about where the posts go: add an “accounts” or a “networks” column.</source>
        <translation>Le fichier n&apos;indique pas où vont les publications&#xa0;: ajoutez une colonne «&#xa0;accounts&#xa0;» ou «&#xa0;networks&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file has more than {limit} posts. Split it into smaller files.</source>
        <translation>Ce fichier contient plus de {limit} publications. Divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk could not open this file. Check that it is still there.</source>
        <translation>Postdesk n&apos;a pas pu ouvrir ce fichier. Vérifiez qu&apos;il existe toujours.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file holds no posts: only a header line, or nothing at all.</source>
        <translation>Ce fichier ne contient aucune publication&#xa0;: seulement une ligne d&apos;en-tête, ou rien du tout.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{network}: {sentence}</source>
        <translation>{network}&#xa0;: {sentence}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No connected account is called “{name}”.</source>
        <translation>Aucun compte connecté ne s&apos;appelle «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More than one account is called “{name}”: write it as network:handle (bluesky:{name}).</source>
        <translation>Plusieurs comptes s&apos;appellent «&#xa0;{name}&#xa0;»&#xa0;: écrivez-le sous la forme réseau:identifiant (bluesky:{name}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk does not know a network called “{name}”.</source>
        <translation>Postdesk ne connaît aucun réseau appelé «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This post goes nowhere: name an account or a network.</source>
        <translation>Cette publication ne va nulle part&#xa0;: indiquez un compte ou un réseau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account “{name}” is named twice.</source>
        <translation>Le compte «&#xa0;{name}&#xa0;» est indiqué deux fois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not a date and time Postdesk can read: write it as 2026-03-10 09:30.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une date et une heure que Postdesk sait lire&#xa0;: écrivez-la sous la forme 2026-03-10 09:30.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not a time zone: write it as Europe/Paris or America/New_York.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un fuseau horaire&#xa0;: écrivez-le sous la forme Europe/Paris ou America/New_York.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} does not exist in {zone}: the clocks skip that hour that day.</source>
        <translation>{value} n&apos;existe pas dans le fuseau {zone}&#xa0;: l&apos;horloge saute cette heure-là ce jour-là.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is already past. Pick a later time, or leave it empty for a draft.</source>
        <translation>{value} est déjà passé. Choisissez une heure ultérieure, ou laissez vide pour un brouillon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No picture or video Postdesk can read at “{path}”.</source>
        <translation>Aucune image ni vidéo lisible par Postdesk à l&apos;emplacement «&#xa0;{path}&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This line has {count} more cells than the header names; they were left out.</source>
        <translation>Cette ligne a {count} cellules de plus que l&apos;en-tête&#xa0;; elles ont été ignorées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} cannot post a first comment; it is kept but not sent there.</source>
        <translation>{network} ne peut pas publier de premier commentaire&#xa0;; il est conservé mais n&apos;y est pas envoyé.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../src/postdesk/ui/csv_import/dialog.py" line="+48"/>
        <source>Import posts from CSV</source>
        <translation>Importer des publications depuis un CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import posts from a CSV file</source>
        <translation>Importer des publications depuis un fichier CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The columns a CSV file of posts has</source>
        <translation>Les colonnes d&apos;un fichier CSV de publications</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file chosen yet</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file to import</source>
        <translation>Le fichier CSV à importer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CSV file to import</source>
        <translation>Choisir le fichier CSV à importer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How many rows can be imported</source>
        <translation>Nombre de lignes importables</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every row of the file, with its problems</source>
        <translation>Toutes les lignes du fichier, avec leurs problèmes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save as &amp;drafts</source>
        <translation>Enregistrer comme &amp;brouillons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the imported posts as drafts</source>
        <translation>Enregistrer les publications importées comme brouillons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schedule the posts that have a time</source>
        <translation>&amp;Programmer les publications qui ont une heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule the imported posts that have a time; they must pass every check</source>
        <translation>Programmer les publications importées qui ont une heure&#xa0;; elles doivent passer toutes les vérifications</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What happened</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the posts that have no blocking problem</source>
        <translation>Importer les publications sans problème bloquant</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Postdesk could not read this file. Nothing was imported.</source>
        <translation>Postdesk n&apos;a pas pu lire ce fichier. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>These columns are not read: {names}.</source>
        <translation>Ces colonnes ne sont pas lues&#xa0;: {names}.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%Ln ligne lue.</numerusform>
            <numerusform>%Ln lignes lues.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All can be imported.</source>
        <translation>Tout peut être importé.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cannot be imported as it is: see its problems below.</source>
        <translation>
            <numerusform>%Ln ne peut pas être importée en l&apos;état&#xa0;: voir ses problèmes ci-dessous.</numerusform>
            <numerusform>%Ln ne peuvent pas être importées en l&apos;état&#xa0;: voir leurs problèmes ci-dessous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&amp;Import %n post(s)</source>
        <translation>
            <numerusform>&amp;Importer %Ln publication</numerusform>
            <numerusform>&amp;Importer %Ln publications</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Imported %n post(s), scheduled where they had a time.</source>
        <translation>
            <numerusform>%Ln publication importée, programmée si elle avait une heure.</numerusform>
            <numerusform>%Ln publications importées, programmées quand elles avaient une heure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported %n post(s) as drafts.</source>
        <translation>
            <numerusform>%Ln publication importée comme brouillon.</numerusform>
            <numerusform>%Ln publications importées comme brouillons.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They are in the calendar.</source>
        <translation>Elles sont dans le calendrier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Postdesk could not add “{path}” to the media library. Nothing was imported.</source>
        <translation>Postdesk n&apos;a pas pu ajouter «&#xa0;{path}&#xa0;» à la médiathèque. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk could not save the posts (the disk may be full). Nothing was imported.</source>
        <translation>Postdesk n&apos;a pas pu enregistrer les publications (le disque est peut-être plein). Rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <location filename="../src/postdesk/ui/local_format.py" line="+46"/>
        <source>ddd d MMM yyyy</source>
        <extracomment>Qt date pattern for a date with short names (&quot;Tue 4 Mar 2025&quot;): d day, ddd short weekday, MMM short month, yyyy year, &apos;text&apos; in single quotes kept. Keep the letters; change order and punctuation.</extracomment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dddd d MMMM yyyy</source>
        <extracomment>Qt date pattern for a date with full names (&quot;Tuesday 4 March 2025&quot;): dddd weekday, MMMM month. Keep the letters; change order and punctuation.</extracomment>
        <translation>dddd d MMMM yyyy</translation>
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
        <translation>d MMMM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ddd d MMM</source>
        <extracomment>Qt date pattern for a short weekday, day and short month (&quot;Tue 4 Mar&quot;), calendar columns and lists.</extracomment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>d MMM yyyy</source>
        <extracomment>Qt date pattern for a day, short month and year (&quot;4 Mar 2025&quot;).</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MMMM yyyy</source>
        <extracomment>Qt date pattern for the calendar&apos;s month title (&quot;March 2025&quot;).</extracomment>
        <translation>MMMM yyyy</translation>
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
        <translation>ddd d MMM yyyy  HH:mm</translation>
    </message>
</context>
<context>
    <name>DefaultOptionsDialog</name>
    <message>
        <location filename="../src/postdesk/ui/accounts/options_dialog.py" line="+31"/>
        <source>Default options for {handle}</source>
        <translation>Options par défaut de {handle}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add this account to new posts</source>
        <translation>&amp;Ajouter ce compte aux nouvelles publications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this account to new posts</source>
        <translation>Ajouter ce compte aux nouvelles publications</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Unlisted</source>
        <translation>Non listé</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Followers only</source>
        <translation>Abonnés uniquement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Visibility:</source>
        <translation>&amp;Visibilité&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Subreddit:</source>
        <translation>&amp;Subreddit&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Board:</source>
        <translation>&amp;Tableau&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DeletePublishedDialog</name>
    <message>
        <location filename="../src/postdesk/ui/dialogs/delete_published.py" line="+91"/>
        <location line="+1"/>
        <source>Delete a published post</source>
        <translation>Supprimer une publication publiée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This post is published on {where}. How far should it be deleted?</source>
        <translation>Cette publication est publiée sur {where}. Jusqu&apos;où faut-il la supprimer&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove from Postdesk only (it stays on {where})</source>
        <translation>Retirer de Postdesk uniquement (elle reste sur {where})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from Postdesk only</source>
        <translation>Retirer de Postdesk uniquement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete from {networks} too</source>
        <translation>Supprimer aussi de {networks}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Instagram doesn&apos;t let apps delete posts: delete it in the Instagram app.</source>
        <translation>Instagram ne permet pas aux applications de supprimer des publications&#xa0;: supprimez-la dans l&apos;application Instagram.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Postdesk cannot delete posts on {kept}: delete it there yourself.</source>
        <translation>Postdesk ne peut pas supprimer de publications sur {kept}&#xa0;: supprimez-la vous-même là-bas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleting from a network works offline too: it goes when the connection is back.</source>
        <translation>La suppression sur un réseau fonctionne aussi hors ligne&#xa0;: elle part dès le retour de la connexion.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How the deletion went</source>
        <translation>Déroulement de la suppression</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keep it</source>
        <translation>&amp;La garder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the post and close</source>
        <translation>Garder la publication et fermer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete as chosen</source>
        <translation>Supprimer selon le choix</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed from Postdesk. It is still on {where}.</source>
        <translation>Retirée de Postdesk. Elle est toujours sur {where}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed from Postdesk. Deleting it from {networks}…</source>
        <translation>Retirée de Postdesk. Suppression sur {networks}…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{network} could not be asked: {reason}</source>
        <translation>Impossible de joindre {network}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted from {name}.</source>
        <translation>Supprimée de {name}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not deleted: {reason} It is still on {name}; delete it there.</source>
        <translation>Non supprimée&#xa0;: {reason} Elle est toujours sur {name}&#xa0;; supprimez-la là-bas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} did not delete it: “{error}”. It is still on {name}; delete it there.</source>
        <translation>{name} ne l&apos;a pas supprimée&#xa0;: «&#xa0;{error}&#xa0;». Elle est toujours sur {name}&#xa0;; supprimez-la là-bas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for a connection: it will be deleted from {name} when Postdesk is back online. You can close this window.</source>
        <translation>En attente de connexion&#xa0;: elle sera supprimée de {name} quand Postdesk sera de nouveau en ligne. Vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleting it from {name}…</source>
        <translation>Suppression sur {name}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleting it from {network}…</source>
        <translation>Suppression sur {network}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed from Postdesk.</source>
        <translation>Retirée de Postdesk.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/details.py" line="+108"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alt text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the image for people who cannot see it</source>
        <translation>Décrivez l&apos;image pour les personnes qui ne peuvent pas la voir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;avourite</source>
        <translation>F&amp;avori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder of the selection</source>
        <translation>Dossier de la sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No folder</source>
        <translation>Aucun dossier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Used in</source>
        <translation>Utilisé dans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ttach to post</source>
        <translation>&amp;Joindre à la publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview and network crops…</source>
        <translation>&amp;Aperçu et recadrages par réseau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;rop or rotate…</source>
        <translation>&amp;Recadrer ou pivoter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each &amp;network receives</source>
        <translation>Ce que reçoit chaque &amp;réseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pixels</source>
        <translation>Pixels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What each network receives</source>
        <translation>Ce que reçoit chaque réseau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;lt text</source>
        <translation>Texte a&amp;lternatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta&amp;gs</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;older</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Select something to see its details.</source>
        <translation>Sélectionnez un élément pour voir ses détails.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%Ln élément sélectionné</numerusform>
            <numerusform>%Ln éléments sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking where it is used…</source>
        <translation>Recherche des utilisations…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No preview</source>
        <translation>Aucun aperçu</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Used in %n post(s)</source>
        <translation>
            <numerusform>Utilisé dans %Ln publication</numerusform>
            <numerusform>Utilisé dans %Ln publications</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not used in any post yet</source>
        <translation>Utilisé dans aucune publication pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{n} of {max} characters</source>
        <translation>{n} caractères sur {max}</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>re-encoded</source>
        <translation>réencodé</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/list_models.py" line="+40"/>
        <source>(empty draft)</source>
        <translation>(brouillon vide)</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/drafts_panel.py" line="+36"/>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a draft onto the calendar to schedule it</source>
        <translation>Faites glisser un brouillon sur le calendrier pour le programmer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unscheduled drafts</source>
        <translation>Brouillons non programmés</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No drafts</source>
        <translation>Aucun brouillon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posts you start and don&apos;t schedule wait here.</source>
        <translation>Les publications commencées et non programmées attendent ici.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New draft</source>
        <translation>Nouveau brouillon</translation>
    </message>
</context>
<context>
    <name>EditPublished</name>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="-20"/>
        <source>Only a published post can be edited on {network}.</source>
        <extracomment>The networks whose adapter is `SupportsEdit` (a test holds the two together). Mastodon&apos;s default text limit, when the account&apos;s server said nothing at sign-in.</extracomment>
        <translation>Seule une publication publiée peut être modifiée sur {network}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} does not let Postdesk edit a published post.</source>
        <translation>{network} ne permet pas à Postdesk de modifier une publication publiée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The post can&apos;t be empty.</source>
        <translation>La publication ne peut pas être vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text is longer than your {network} server allows.</source>
        <translation>Le texte dépasse la longueur autorisée par votre serveur {network}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the first post of a thread can be edited here.</source>
        <translation>Seule la première publication d&apos;un fil peut être modifiée ici.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{network} did not take the edit: {reason}</source>
        <translation>{network} n&apos;a pas accepté la modification&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>EditPublishedDialog</name>
    <message>
        <location line="+51"/>
        <source>Edit on {network}</source>
        <translation>Modifier sur {network}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This changes the post on {network} itself. People who boosted it are told it was edited, and anyone can see its earlier versions there. Postdesk keeps them too.</source>
        <translation>Ceci modifie la publication directement sur {network}. Les personnes qui l&apos;ont partagée sont averties de la modification, et tout le monde peut y voir ses versions précédentes. Postdesk les conserve aussi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Content &amp;warning (optional):</source>
        <translation>&amp;Avertissement de contenu (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content warning</source>
        <translation>Avertissement de contenu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text of the post on {network}</source>
        <translation>Texte de la publication sur {network}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is the first post of a thread; the others stay as they are.</source>
        <translation>Ceci est la première publication d&apos;un fil&#xa0;; les autres restent inchangées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Characters used</source>
        <translation>Caractères utilisés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why it can&apos;t be saved yet</source>
        <translation>Pourquoi l&apos;enregistrement est impossible pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How the edit went</source>
        <translation>Déroulement de la modification</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without changing the post</source>
        <translation>Fermer sans modifier la publication</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save on {network}</source>
        <translation>&amp;Enregistrer sur {network}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the edit on {network}</source>
        <translation>Enregistrer la modification sur {network}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The post can&apos;t be empty.</source>
        <translation>La publication ne peut pas être vide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{over} characters over the limit of your {network} server ({limit}).</source>
        <translation>{over} caractères au-delà de la limite de votre serveur {network} ({limit}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing has changed yet.</source>
        <translation>Rien n&apos;a encore changé.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{used} / {limit}</source>
        <translation>{used} / {limit}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving on {network}…</source>
        <translation>Enregistrement sur {network}…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edited on {network}. The record of what was sent shows the new text.</source>
        <translation>Modifiée sur {network}. L&apos;historique des envois affiche le nouveau texte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk can&apos;t reach {network} right now. The edit will be made as soon as it can, by itself.</source>
        <translation>Postdesk ne peut pas joindre {network} pour l&apos;instant. La modification sera faite automatiquement dès que possible.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Postdesk could not ask {network} to edit the post. Nothing was changed; try again in a moment.</source>
        <translation>Postdesk n&apos;a pas pu demander à {network} de modifier la publication. Rien n&apos;a changé&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
</context>
<context>
    <name>EditorPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/editor_part.py" line="+34"/>
        <source>&amp;Main text (used everywhere unless a network has its own)</source>
        <translation>Te&amp;xte principal (utilisé partout, sauf si un réseau a le sien)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main text</source>
        <translation>Texte principal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why the main text can&apos;t change</source>
        <translation>Pourquoi le texte principal ne peut pas changer</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The main text is read-only: it was already sent to {networks}. Give the other networks their own text to change it for them.</source>
        <translation>Le texte principal est en lecture seule&#xa0;: il a déjà été envoyé à {networks}. Donnez aux autres réseaux leur propre texte pour le modifier chez eux.</translation>
    </message>
</context>
<context>
    <name>EngagementChart</name>
    <message>
        <location filename="../src/postdesk/ui/insights/chart.py" line="+83"/>
        <source>Engagement per day</source>
        <translation>Interactions par jour</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No engagement in this period yet.</source>
        <translation>Aucune interaction sur cette période pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most engagement on {day}: {count}.</source>
        <translation>Plus d&apos;interactions le {day}&#xa0;: {count}.</translation>
    </message>
</context>
<context>
    <name>EntryMenu</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/entry_menu.py" line="+86"/>
        <source>(empty draft)</source>
        <translation>(brouillon vide)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New post here</source>
        <translation>Nouvelle publication ici</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish now</source>
        <translation>Publier maintenant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reschedule…</source>
        <translation>Reprogrammer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did it go out?…</source>
        <translation>Est-elle partie&#xa0;?…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel (never send)</source>
        <translation>Annuler (ne jamais envoyer)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take back and cancel</source>
        <translation>Reprendre et annuler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop repeating</source>
        <translation>Arrêter la répétition</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled: it will not be sent. Use Reschedule or drag it to a time to put it back on the schedule.</source>
        <translation>Annulée&#xa0;: elle ne sera pas envoyée. Utilisez Reprogrammer ou faites-la glisser sur une heure pour la reprogrammer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Postdesk does not know whether this post went out, so it will not simply send it again. Say whether it is there.</source>
        <translation>Postdesk ne sait pas si cette publication est partie&#xa0;: il ne la renverra donc pas simplement. Indiquez si elle y est.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paused. Drag the post to its new time, then choose Resume: it goes out then.</source>
        <translation>Suspendue. Faites glisser la publication à sa nouvelle heure, puis choisissez Reprendre&#xa0;: elle partira alors.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This post was settled meanwhile: nothing to decide.</source>
        <translation>Le sort de cette publication a été réglé entre-temps&#xa0;: rien à décider.</translation>
    </message>
</context>
<context>
    <name>FacebookOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/facebook_options.py" line="+31"/>
        <source>Link shown as a preview under the Facebook post</source>
        <translation>Lien affiché en aperçu sous la publication Facebook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facebook shows this address as a link preview. Only on posts without photos or video.</source>
        <translation>Facebook affiche cette adresse comme aperçu de lien. Seulement sur les publications sans photo ni vidéo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lin&amp;k:</source>
        <translation>Lie&amp;n&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FacebookPreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/facebook_preview.py" line="+125"/>
        <source>Just now · </source>
        <translation>À l&apos;instant · </translation>
    </message>
    <message>
        <location line="+23"/>
        <source> Like       Comment      ↗ Share</source>
        <translation> J&apos;aime       Commenter      ↗ Partager</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Your Page</source>
        <translation>Votre Page</translation>
    </message>
</context>
<context>
    <name>FirstCommentPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/first_comment_part.py" line="+53"/>
        <source>First comment on {network}</source>
        <translation>Premier commentaire sur {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posted under your post on {network} right after it goes out. Optional.</source>
        <translation>Publié sous votre publication sur {network} juste après son envoi. Facultatif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posted under your post on {network} right after it goes out.</source>
        <translation>Publié sous votre publication sur {network} juste après son envoi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First comment length</source>
        <translation>Longueur du premier commentaire</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>F&amp;irst comment:</source>
        <translation>P&amp;remier commentaire&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FirstCommentView</name>
    <message>
        <location filename="../src/postdesk/ui/composer/previews/first_comment.py" line="+44"/>
        <source>First comment preview</source>
        <translation>Aperçu du premier commentaire</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Author · first comment</source>
        <translation>Auteur · premier commentaire</translation>
    </message>
</context>
<context>
    <name>GoogleBusinessOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="+121"/>
        <source>Business location</source>
        <extracomment>The item role that keeps a location&apos;s business name (the text also shows its address).</extracomment>
        <translation>Établissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a location</source>
        <translation>Choisissez un établissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the locations from Google again</source>
        <translation>Relire les établissements depuis Google</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Location:</source>
        <translation>&amp;Établissement&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of Google post</source>
        <translation>Type de publication Google</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s new</source>
        <translation>Nouveautés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind of post:</source>
        <translation>&amp;Type de publication&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Button</source>
        <translation>Bouton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No button</source>
        <translation>Aucun bouton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book</source>
        <translation>Réserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order online</source>
        <translation>Commander en ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy</source>
        <translation>Acheter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn more</source>
        <translation>En savoir plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign up</source>
        <translation>S&apos;inscrire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call now</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Button link</source>
        <translation>Lien du bouton</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>https://… the button opens</source>
        <translation>https://… qu&apos;ouvre le bouton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Button:</source>
        <translation>&amp;Bouton&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Button &amp;link:</source>
        <translation>&amp;Lien du bouton&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event or offer title</source>
        <translation>Titre de l&apos;événement ou de l&apos;offre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All &amp;day</source>
        <translation>Toute la &amp;journée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All day (dates without times)</source>
        <translation>Toute la journée (dates sans heure)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coupon code</source>
        <translation>Code promo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Link to redeem the offer</source>
        <translation>Lien pour profiter de l&apos;offre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>https://… (optional)</source>
        <translation>https://… (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms and conditions</source>
        <translation>Conditions générales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Coupon code:</source>
        <translation>&amp;Code promo&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redeem link:</source>
        <translation>&amp;Lien de l&apos;offre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ter&amp;ms:</source>
        <translation>Co&amp;nditions&#xa0;:</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Reading your business locations from Google…</source>
        <translation>Lecture de vos établissements depuis Google…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Google did not answer: {reason}. Try Refresh in a moment.</source>
        <translation>Google n&apos;a pas répondu&#xa0;: {reason}. Réessayez Actualiser dans un instant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This Google account manages no business location yet.</source>
        <translation>Ce compte Google ne gère encore aucun établissement.</translation>
    </message>
</context>
<context>
    <name>GoogleBusinessPreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_card.py" line="+98"/>
        <source>Book</source>
        <translation>Réserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order online</source>
        <translation>Commander en ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy</source>
        <translation>Acheter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn more</source>
        <translation>En savoir plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign up</source>
        <translation>S&apos;inscrire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call now</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your business</source>
        <translation>Votre établissement</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a photo: Google shows it above the post</source>
        <translation>Ajoutez une photo&#xa0;: Google l&apos;affiche au-dessus de la publication</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(No title yet)</source>
        <translation>(Pas encore de titre)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Redeem online</source>
        <translation>Profiter de l&apos;offre en ligne</translation>
    </message>
</context>
<context>
    <name>HeatmapModel</name>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="+293"/>
        <source>{day} at {hour}</source>
        <translation>{day} à {hour}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{when}: no post yet</source>
        <translation>{when}&#xa0;: aucune publication pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{when}: {mean} engagements per post, from {posts} posts</source>
        <translation>{when}&#xa0;: {mean} interactions par publication, sur {posts} publications</translation>
    </message>
</context>
<context>
    <name>Holds</name>
    <message>
        <location filename="../src/postdesk/ui/hold_words.py" line="+30"/>
        <source>Waiting for a connection</source>
        <translation>En attente de connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting: reconnect the account</source>
        <translation>En attente&#xa0;: reconnectez le compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting: all publishing is paused</source>
        <translation>En attente&#xa0;: toute publication est suspendue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting to try again</source>
        <translation>En attente d&apos;un nouvel essai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to try again at {until}</source>
        <translation>En attente d&apos;un nouvel essai à {until}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sure it went out: please check</source>
        <translation>Envoi incertain&#xa0;: veuillez vérifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sure it went out: Postdesk is checking</source>
        <translation>Envoi incertain&#xa0;: Postdesk vérifie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handed to {network}</source>
        <translation>Confiée à {network}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed to the network</source>
        <translation>Confiée au réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishing</source>
        <translation>Publication en cours</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{network}: waiting for a connection. It goes out as soon as Postdesk is back online.</source>
        <translation>{network}&#xa0;: en attente de connexion. Elle partira dès que Postdesk sera de nouveau en ligne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}: waiting for you to reconnect the account (Accounts). It goes out right after.</source>
        <translation>{network}&#xa0;: en attente de la reconnexion du compte (Comptes). Elle partira juste après.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}: waiting, because you paused all publishing (tray menu). It goes out when you resume.</source>
        <translation>{network}&#xa0;: en attente, car vous avez suspendu toute publication (menu de la zone de notification). Elle partira quand vous reprendrez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>soon</source>
        <translation>bientôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: waiting to try again at {when}.</source>
        <translation>{network}&#xa0;: en attente d&apos;un nouvel essai à {when}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}: Postdesk does not know whether this post went out — the network&apos;s answer was lost. Please look, then say.</source>
        <translation>{network}&#xa0;: Postdesk ne sait pas si cette publication est partie — la réponse du réseau a été perdue. Veuillez vérifier, puis l&apos;indiquer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{network}: Postdesk does not know whether this post went out — the network&apos;s answer was lost. It will look it up on {network}; you can also look and say.</source>
        <translation>{network}&#xa0;: Postdesk ne sait pas si cette publication est partie — la réponse du réseau a été perdue. Il va vérifier sur {network}&#xa0;; vous pouvez aussi vérifier et l&apos;indiquer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handed to {network}: {network} publishes it at its time, even while Postdesk is closed.</source>
        <translation>Confiée à {network}&#xa0;: {network} la publie à l&apos;heure prévue, même si Postdesk est fermé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}: publishing now.</source>
        <translation>{network}&#xa0;: publication en cours.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/importing.py" line="+111"/>
        <source>Import progress</source>
        <extracomment>Background request key: a full refresh cancels a pending fetch of new rows.</extracomment>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;Annuler l&apos;importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import messages</source>
        <translation>Messages d&apos;importation</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import media</source>
        <translation>Importer des médias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images and videos (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.mp4 *.mov *.m4v *.webm);;All files (*)</source>
        <translation>Images et vidéos (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.mp4 *.mov *.m4v *.webm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+6"/>
        <source>Pasted image</source>
        <translation>Image collée</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Imported {done} of {total}</source>
        <translation>{done} importés sur {total}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+11"/>
        <source>%n could not be imported</source>
        <translation>
            <numerusform>%Ln n&apos;a pas pu être importé</numerusform>
            <numerusform>%Ln n&apos;ont pas pu être importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n new item(s) imported</source>
        <translation>
            <numerusform>%Ln nouvel élément importé</numerusform>
            <numerusform>%Ln nouveaux éléments importés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing new imported</source>
        <translation>Aucun nouvel élément importé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong: {what}</source>
        <translation>Un problème est survenu&#xa0;: {what}</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>…and %n earlier message(s)</source>
        <translation>
            <numerusform>…et %Ln message précédent</numerusform>
            <numerusform>…et %Ln messages précédents</numerusform>
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
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Mention</source>
        <translation>Mention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Your reply waits to be sent</source>
        <translation>Votre réponse attend d&apos;être envoyée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You replied</source>
        <translation>Vous avez répondu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reply could not be sent</source>
        <translation>Votre réponse n&apos;a pas pu être envoyée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %Ln min</numerusform>
            <numerusform>il y a %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %Ln h</numerusform>
            <numerusform>il y a %Ln h</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your post: {own_text}</source>
        <translation>Votre publication&#xa0;: {own_text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mentioned you</source>
        <translation>Vous a mentionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quoted your post</source>
        <translation>A cité votre publication</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commented on your post</source>
        <translation>A commenté votre publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied to you</source>
        <translation>Vous a répondu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new conversation</source>
        <translation>Une nouvelle conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies to a post</source>
        <translation>Réponses à une publication</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/inbox/delegate.py" line="-8"/>
        <location filename="../src/postdesk/ui/inbox/models.py" line="+9"/>
        <source>%n unread</source>
        <extracomment>Geometry, in device-independent pixels.</extracomment>
        <translation>
            <numerusform>%Ln non lu</numerusform>
            <numerusform>%Ln non lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/inbox/models.py" line="+8"/>
        <source>Conversation on {network}, %n unread: {text}</source>
        <translation>
            <numerusform>Conversation sur {network}, %Ln non lu&#xa0;: {text}</numerusform>
            <numerusform>Conversation sur {network}, %Ln non lus&#xa0;: {text}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unread</source>
        <translation>non lu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read</source>
        <translation>lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} from {author}, {when}, {status}: {text}</source>
        <translation>{kind} de {author}, {when}, {status}&#xa0;: {text}</translation>
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
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="+15"/>
        <source>&amp;Account:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account filter</source>
        <translation>Filtre par compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Network:</source>
        <translation>&amp;Réseau&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network filter</source>
        <translation>Filtre par réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind filter</source>
        <translation>Filtre par type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All networks</source>
        <translation>Tous les réseaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unread only</source>
        <translation>&amp;Non lus uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show unread items only</source>
        <translation>Afficher uniquement les éléments non lus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No&amp;tify me about new items</source>
        <translation>M&apos;&amp;avertir des nouveaux éléments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notify me about new items for the account shown</source>
        <translation>M&apos;avertir des nouveaux éléments du compte affiché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an account above to change this for it</source>
        <translation>Choisissez un compte ci-dessus pour modifier ce réglage pour lui</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+319"/>
        <source>&amp;Check now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <location line="-318"/>
        <source>Check all inboxes now</source>
        <translation>Vérifier toutes les boîtes de réception maintenant</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrow keys move between messages; Enter writes a reply to the selected one.</source>
        <translation>Les flèches passent d&apos;un message à l&apos;autre&#xa0;; Entrée rédige une réponse au message sélectionné.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Selected item</source>
        <translation>Élément sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+386"/>
        <source>Mark &amp;read</source>
        <translation>Marquer comme &amp;lu</translation>
    </message>
    <message>
        <location line="-385"/>
        <source>Mark the selected item read or unread</source>
        <translation>Marquer l&apos;élément sélectionné comme lu ou non lu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open in browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected item in the browser</source>
        <translation>Ouvrir l&apos;élément sélectionné dans le navigateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Like</source>
        <translation>&amp;J&apos;aime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Like the selected item on its network</source>
        <translation>Aimer l&apos;élément sélectionné sur son réseau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete my reply</source>
        <translation>&amp;Supprimer ma réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete your reply to the selected item on its network</source>
        <translation>Supprimer votre réponse à l&apos;élément sélectionné sur son réseau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the selected reply on its network</source>
        <translation>Masquer la réponse sélectionnée sur son réseau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete co&amp;mment…</source>
        <translation>Supprimer le co&amp;mmentaire…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected comment from your post on its network</source>
        <translation>Supprimer le commentaire sélectionné de votre publication sur son réseau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark every listed item read</source>
        <translation>Marquer tous les éléments listés comme lus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re&amp;ply:</source>
        <translation>Ré&amp;ponse&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply text</source>
        <translation>Texte de la réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a reply…</source>
        <translation>Rédigez une réponse…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reply status</source>
        <translation>État de la réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send reply</source>
        <translation>&amp;Envoyer la réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the reply</source>
        <translation>Envoyer la réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the reply (Ctrl+Return)</source>
        <translation>Envoyer la réponse (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Inboxes Postdesk cannot read</source>
        <translation>Boîtes de réception illisibles pour Postdesk</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Reconnect…</source>
        <translation>&amp;Reconnecter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect the account</source>
        <translation>Reconnecter le compte</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>{account} needs to be reconnected: its replies can&apos;t be read or answered until you sign in again.</source>
        <translation>{account} doit être reconnecté&#xa0;: ses réponses ne peuvent être ni lues ni traitées tant que vous ne vous reconnectez pas.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n accounts need to be reconnected: their replies can&apos;t be read until you sign in again.</source>
        <translation>
            <numerusform>%Ln compte doit être reconnecté&#xa0;: ses réponses ne peuvent pas être lues tant que vous ne vous reconnectez pas.</numerusform>
            <numerusform>%Ln comptes doivent être reconnectés&#xa0;: leurs réponses ne peuvent pas être lues tant que vous ne vous reconnectez pas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connect an account to see replies here</source>
        <translation>Connectez un compte pour voir les réponses ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions, replies, quotes and comments from every account arrive in this one list.</source>
        <translation>Les mentions, réponses, citations et commentaires de tous les comptes arrivent dans cette liste unique.</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Mark all &amp;read</source>
        <translation>Tout &amp;marquer comme lu</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>C&amp;onnect an account…</source>
        <translation>C&amp;onnecter un compte…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing matches these filters</source>
        <translation>Rien ne correspond à ces filtres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Show everything</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No replies yet</source>
        <translation>Aucune réponse pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When someone mentions or answers you, it shows up here.</source>
        <translation>Quand quelqu&apos;un vous mentionne ou vous répond, cela apparaît ici.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The inbox could not be read.</source>
        <translation>Impossible de lire la boîte de réception.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{account}: {state}</source>
        <translation>{account}&#xa0;: {state}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>LinkedIn shows the comments on a member&apos;s own posts only to apps it has approved, so they cannot appear here. Comments on the posts of a LinkedIn page you manage do.</source>
        <translation>LinkedIn ne montre les commentaires sur les publications personnelles d&apos;un membre qu&apos;aux applications qu&apos;il a approuvées&#xa0;: ils ne peuvent donc pas apparaître ici. Les commentaires sur les publications d&apos;une page LinkedIn que vous gérez, si.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This channel has no discussion group, so its posts take no comments. Link a group in the channel&apos;s settings (Discussion) to answer comments here.</source>
        <translation>Ce canal n&apos;a pas de groupe de discussion&#xa0;: ses publications ne reçoivent donc pas de commentaires. Associez un groupe dans les paramètres du canal (Discussion) pour répondre aux commentaires ici.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your bot cannot read the channel&apos;s discussion group. Add the bot to the group as an admin (or turn its privacy mode off with /setprivacy in @BotFather, then add it to the group again).</source>
        <translation>Votre bot ne peut pas lire le groupe de discussion du canal. Ajoutez le bot au groupe comme administrateur (ou désactivez son mode de confidentialité avec /setprivacy dans @BotFather, puis ajoutez-le de nouveau au groupe).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another program or a webhook receives your bot&apos;s messages, so Postdesk cannot read the comments. Give Postdesk a bot of its own.</source>
        <translation>Un autre programme ou un webhook reçoit les messages de votre bot&#xa0;: Postdesk ne peut donc pas lire les commentaires. Donnez à Postdesk un bot qui lui soit propre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk cannot read this inbox.</source>
        <translation>Postdesk ne peut pas lire cette boîte de réception.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The setting could not be saved.</source>
        <translation>Impossible d&apos;enregistrer le réglage.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{kind} — {who} on {network}</source>
        <translation>{kind} — {who} sur {network}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Mark un&amp;read</source>
        <translation>Marquer comme non l&amp;u</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{length} of {limit} characters</source>
        <translation>{length} caractères sur {limit}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Liking…</source>
        <translation>J&apos;aime en cours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liked.</source>
        <translation>Aimé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deleting your reply…</source>
        <translation>Suppression de votre réponse…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your reply was deleted.</source>
        <translation>Votre réponse a été supprimée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hiding…</source>
        <translation>Masquage…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hidden on the network.</source>
        <translation>Masqué sur le réseau.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete this comment?</source>
        <translation>Supprimer ce commentaire&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {who}&apos;s comment from your post on {network}? Nobody will see it there any more.</source>
        <translation>Supprimer le commentaire de {who} de votre publication sur {network}&#xa0;? Plus personne ne le verra là-bas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete comment</source>
        <translation>Supprimer le commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the comment</source>
        <translation>Supprimer le commentaire</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleting the comment…</source>
        <translation>Suppression du commentaire…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The comment was deleted.</source>
        <translation>Le commentaire a été supprimé.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The comment was not deleted: reconnect the account and try again.</source>
        <translation>Le commentaire n&apos;a pas été supprimé&#xa0;: reconnectez le compte et réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment was not deleted: the network asks to wait a little. Try again later.</source>
        <translation>Le commentaire n&apos;a pas été supprimé&#xa0;: le réseau demande de patienter un peu. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network refused to delete this comment (it may not be on one of your posts).</source>
        <translation>Le réseau a refusé de supprimer ce commentaire (il ne se trouve peut-être pas sur l&apos;une de vos publications).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The comment was not deleted: the network could not be reached. Try again when you are online.</source>
        <translation>Le commentaire n&apos;a pas été supprimé&#xa0;: le réseau est injoignable. Réessayez quand vous serez en ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment could not be deleted.</source>
        <translation>Impossible de supprimer le commentaire.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reply queued; it goes out as soon as the network allows.</source>
        <translation>Réponse en attente&#xa0;; elle partira dès que le réseau le permettra.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The engine is not running.</source>
        <translation>Le moteur n&apos;est pas en marche.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That did not work: {error}</source>
        <translation>Cela n&apos;a pas fonctionné&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="-250"/>
        <source>Likes</source>
        <extracomment>What an unknown count shows (an en dash: &quot;the network does not say&quot;).</extracomment>
        <translation>J&apos;aime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reposts</source>
        <translation>Partages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement</source>
        <translation>Interactions</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%Ln like(s)</source>
        <translation>
            <numerusform>%Ln j&apos;aime</numerusform>
            <numerusform>%Ln j&apos;aime</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln repost(s)</source>
        <translation>
            <numerusform>%Ln partage</numerusform>
            <numerusform>%Ln partages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln reply(s)</source>
        <translation>
            <numerusform>%Ln réponse</numerusform>
            <numerusform>%Ln réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln quote(s)</source>
        <translation>
            <numerusform>%Ln citation</numerusform>
            <numerusform>%Ln citations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln view(s)</source>
        <translation>
            <numerusform>%Ln vue</numerusform>
            <numerusform>%Ln vues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln click(s)</source>
        <translation>
            <numerusform>%Ln clic</numerusform>
            <numerusform>%Ln clics</numerusform>
        </translation>
    </message>
    <message>
        <location line="+237"/>
        <source>{day} at {hour}</source>
        <translation>{day} à {hour}</translation>
    </message>
</context>
<context>
    <name>InsightsPane</name>
    <message>
        <location filename="../src/postdesk/app.py" line="-38"/>
        <location line="+40"/>
        <location filename="../src/postdesk/ui/insights/view.py" line="+148"/>
        <source>Insights</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="-70"/>
        <source>Export Insights</source>
        <extracomment>Preset periods, in days; the last entry of the picker is &quot;Custom dates&quot;.</extracomment>
        <translation>Exporter les statistiques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom dates</source>
        <translation>Dates personnalisées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the latest numbers from the networks now</source>
        <translation>Lire maintenant les derniers chiffres des réseaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export this period&apos;s posts to a CSV file</source>
        <translation>Exporter les publications de cette période dans un fichier CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insights status</source>
        <translation>État des statistiques</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Totals per account and network</source>
        <translation>Totaux par compte et par réseau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your best times</source>
        <translation>Vos meilleurs horaires</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+45"/>
        <location line="+150"/>
        <source>Engagement per day</source>
        <translation>Interactions par jour</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Engagement by weekday and hour</source>
        <translation>Interactions par jour de la semaine et par heure</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rank top posts by</source>
        <translation>Classer les meilleures publications par</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>Top posts</source>
        <translation>Meilleures publications</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best weekdays and hours</source>
        <translation>Meilleurs jours et heures</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rank by</source>
        <translation>Classer par</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing published yet. Once your first post goes out, Postdesk reads its likes, reposts and replies here, and learns your best days and hours.</source>
        <translation>Rien n&apos;a encore été publié. Dès que votre première publication sera partie, Postdesk lira ici ses j&apos;aime, partages et réponses, et apprendra vos meilleurs jours et heures.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No published posts yet</source>
        <translation>Aucune publication publiée pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write a post</source>
        <translation>&amp;Rédiger une publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your first post</source>
        <translation>Rédiger votre première publication</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Your posts do best on: {times}.</source>
        <translation>Vos publications marchent le mieux&#xa0;: {times}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your best times show here once your posts have numbers.</source>
        <translation>Vos meilleurs horaires s&apos;afficheront ici quand vos publications auront des chiffres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Insights could not be loaded. Your posts are safe; try again.</source>
        <translation>Impossible de charger les statistiques. Vos publications ne risquent rien&#xa0;; réessayez.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Numbers are read while Postdesk&apos;s publishing is running; it is not running now.</source>
        <translation>Les chiffres sont lus pendant que la publication de Postdesk est en marche&#xa0;; elle ne l&apos;est pas actuellement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the latest numbers…</source>
        <translation>Lecture des derniers chiffres…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Updated %n post(s).</source>
        <translation>
            <numerusform>%Ln publication mise à jour.</numerusform>
            <numerusform>%Ln publications mises à jour.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A network asked Postdesk to wait; it tries again later.</source>
        <translation>Un réseau a demandé à Postdesk de patienter&#xa0;; il réessaiera plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An account needs reconnecting before its numbers can be read.</source>
        <translation>Un compte doit être reconnecté avant que ses chiffres puissent être lus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The networks could not be asked now. Try again in a moment.</source>
        <translation>Impossible d&apos;interroger les réseaux pour l&apos;instant. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Exported %n post(s) to {name}.</source>
        <translation>
            <numerusform>%Ln publication exportée dans {name}.</numerusform>
            <numerusform>%Ln publications exportées dans {name}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file could not be written. Choose another folder and try again.</source>
        <translation>Impossible d&apos;écrire le fichier. Choisissez un autre dossier et réessayez.</translation>
    </message>
</context>
<context>
    <name>InstagramOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_options.py" line="+35"/>
        <source>Kind of Instagram post</source>
        <translation>Type de publication Instagram</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post (one photo, video, or a carousel of up to 10)</source>
        <translation>Publication (une photo, une vidéo ou un carrousel de 10 au plus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reel (one vertical video)</source>
        <translation>Reel (une vidéo verticale)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Story (one photo or video, 24 hours)</source>
        <translation>Story (une photo ou vidéo, 24 heures)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post &amp;as:</source>
        <translation>Publier &amp;comme&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also show the Reel in the &amp;feed</source>
        <translation>Afficher aussi le Reel dans le &amp;fil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reel cover frame, seconds into the video</source>
        <translation>Image de couverture du Reel, en secondes depuis le début de la vidéo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instagram picks</source>
        <translation>Au choix d&apos;Instagram</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;ver frame:</source>
        <translation>Image de &amp;couverture&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instagram collaborators</source>
        <translation>Collaborateurs Instagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to 3 usernames, e.g. @friend, @studio</source>
        <translation>Jusqu&apos;à 3 noms d&apos;utilisateur, p. ex. @ami, @studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;llaborators:</source>
        <translation>Co&amp;llaborateurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instagram location (Facebook Page ID)</source>
        <translation>Lieu Instagram (ID de Page Facebook)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the ID of a Facebook Page with a location</source>
        <translation>Facultatif&#xa0;: l&apos;ID d&apos;une Page Facebook ayant une adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loca&amp;tion:</source>
        <translation>Lie&amp;u&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;rop photos to fit Instagram (4:5 to 1.91:1)</source>
        <translation>&amp;Recadrer les photos pour Instagram (4:5 à 1,91:1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos taller than 4:5 or wider than 1.91:1 are cut to the nearest shape Instagram takes, keeping the middle.</source>
        <translation>Les photos plus hautes que 4:5 ou plus larges que 1,91:1 sont recadrées au format accepté par Instagram le plus proche, en gardant le centre.</translation>
    </message>
</context>
<context>
    <name>InstagramPreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_preview.py" line="+124"/>
        <source>Carousel position</source>
        <translation>Position dans le carrousel</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Instagram shows your photo or video here</source>
        <translation>Instagram affiche votre photo ou vidéo ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you</source>
        <translation>vous</translation>
    </message>
</context>
<context>
    <name>LibraryFilterBar</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/filter_bar.py" line="+31"/>
        <source>Search names, tags and alt text</source>
        <translation>Rechercher noms, étiquettes et texte alternatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the library</source>
        <translation>Rechercher dans la médiathèque</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All media</source>
        <translation>Tous les médias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIFs</source>
        <translation>GIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Videos</source>
        <translation>Vidéos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>All folders</source>
        <translation>Tous les dossiers</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest first</source>
        <translation>Plus récents d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest first</source>
        <translation>Plus anciens d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date taken</source>
        <translation>Date de prise de vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest</source>
        <translation>Plus volumineux</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Favourites</source>
        <translation>&amp;Favoris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only favourites</source>
        <translation>Favoris uniquement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No folder</source>
        <translation>Aucun dossier</translation>
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
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Couldn&apos;t open your last draft; starting a new one.</source>
        <translation>Impossible d&apos;ouvrir votre dernier brouillon&#xa0;; nouveau brouillon commencé.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>New post</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Couldn&apos;t save: disk is full — your text is still here. Retrying…</source>
        <translation>Enregistrement impossible&#xa0;: le disque est plein — votre texte est toujours là. Nouvel essai…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Couldn&apos;t save: the database is not available — your text is still here. Retrying…</source>
        <translation>Enregistrement impossible&#xa0;: la base de données n&apos;est pas disponible — votre texte est toujours là. Nouvel essai…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Couldn&apos;t save — your text is still here. Retrying…</source>
        <translation>Enregistrement impossible — votre texte est toujours là. Nouvel essai…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Opening the post…</source>
        <translation>Ouverture de la publication…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+26"/>
        <source>That post no longer exists.</source>
        <translation>Cette publication n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Couldn&apos;t open that post; the one you were writing is still here.</source>
        <translation>Impossible d&apos;ouvrir cette publication&#xa0;; celle que vous rédigiez est toujours là.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copying the post…</source>
        <translation>Copie de la publication…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This post was also changed elsewhere; the changes you made here were kept.</source>
        <translation>Cette publication a aussi été modifiée ailleurs&#xa0;; les modifications faites ici ont été conservées.</translation>
    </message>
</context>
<context>
    <name>LoadingPane</name>
    <message>
        <location filename="../src/postdesk/ui/main_window.py" line="+69"/>
        <source>Opening your posts…</source>
        <extracomment>How long a problem stays in the status bar.</extracomment>
        <translation>Ouverture de vos publications…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postdesk is opening your posts. This takes a moment.</source>
        <translation>Postdesk ouvre vos publications. Cela prend un instant.</translation>
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
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a section. Ctrl+1 to Ctrl+{last} jump straight to one.</source>
        <translation>Choisissez une section. Ctrl+1 à Ctrl+{last} y mènent directement.</translation>
    </message>
    <message numerus="yes">
        <location line="+173"/>
        <source>{title}, %n unread</source>
        <translation>
            <numerusform>{title}, %Ln non lu</numerusform>
            <numerusform>{title}, %Ln non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MastodonOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/mastodon_options.py" line="+58"/>
        <source>Language of the Mastodon post</source>
        <translation>Langue de la publication Mastodon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mastodon shows the post to people who read this language.</source>
        <translation>Mastodon montre la publication aux personnes qui lisent cette langue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your server&apos;s default</source>
        <translation>Langue par défaut de votre serveur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MediaChoice</name>
    <message>
        <location filename="../src/postdesk/ui/composer/media_choice.py" line="+55"/>
        <source>&amp;Media for {network}:</source>
        <translation>&amp;Médias pour {network}&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachments sent to {network}</source>
        <translation>Pièces jointes envoyées à {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick an attachment to leave it out of the {network} post.</source>
        <translation>Décochez une pièce jointe pour l&apos;exclure de la publication {network}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;rop for {network}…</source>
        <translation>&amp;Recadrer pour {network}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crop the chosen image for {network} only</source>
        <translation>Recadrer l&apos;image choisie pour {network} uniquement</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Video {n}</source>
        <translation>Vidéo {n}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image {n}</source>
        <translation>Image {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cropped image</source>
        <translation>Image recadrée</translation>
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
        <translation>«&#xa0;{name}&#xa0;» n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” could not be read (is it a folder or locked?).</source>
        <translation>Impossible de lire «&#xa0;{name}&#xa0;» (est-ce un dossier, ou est-il verrouillé&#xa0;?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” is empty.</source>
        <translation>«&#xa0;{name}&#xa0;» est vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is not a picture or video Postdesk can use (JPEG, PNG, WebP, GIF, HEIC, MP4, MOV, WebM).</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;est pas une image ou une vidéo utilisable par Postdesk (JPEG, PNG, WebP, GIF, HEIC, MP4, MOV, WebM).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” is damaged or incomplete and could not be opened.</source>
        <translation>«&#xa0;{name}&#xa0;» est endommagé ou incomplet et n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” has far too many pixels to open safely, so it was skipped.</source>
        <translation>«&#xa0;{name}&#xa0;» a bien trop de pixels pour être ouvert sans risque&#xa0;: il a été ignoré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” is larger than 4 GB, the most Postdesk imports.</source>
        <translation>«&#xa0;{name}&#xa0;» dépasse 4 Go, la taille maximale que Postdesk importe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full: “{name}” could not be saved.</source>
        <translation>Le disque est plein&#xa0;: «&#xa0;{name}&#xa0;» n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk&apos;s data folder cannot be written to: “{name}” was not saved.</source>
        <translation>Le dossier de données de Postdesk n&apos;est pas accessible en écriture&#xa0;: «&#xa0;{name}&#xa0;» n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” was not imported: you cancelled.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;a pas été importé&#xa0;: vous avez annulé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” could not be imported because of an unexpected problem; the rest carried on.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;a pas pu être importé à cause d&apos;un problème inattendu&#xa0;; le reste a continué.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” was already in your library.</source>
        <translation>«&#xa0;{name}&#xa0;» était déjà dans votre médiathèque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is named like another kind of file; it was imported as what it really is.</source>
        <translation>«&#xa0;{name}&#xa0;» porte le nom d&apos;un autre type de fichier&#xa0;; il a été importé selon son type réel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” contains the place where it was taken; that location is removed from what you publish.</source>
        <translation>«&#xa0;{name}&#xa0;» contient le lieu de la prise de vue&#xa0;; cette position est retirée de ce que vous publiez.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Video, {length} long</source>
        <translation>Vidéo de {length}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Animated GIF</source>
        <translation>GIF animé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No alt text yet</source>
        <translation>Pas encore de texte alternatif</translation>
    </message>
</context>
<context>
    <name>MediaLibraryPane</name>
    <message>
        <location filename="../src/postdesk/app.py" line="-35"/>
        <location line="+36"/>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="+176"/>
        <source>Storage used</source>
        <extracomment>Background request keys: a newer request with the same key wins (see `BackgroundRunner`).</extracomment>
        <translation>Espace utilisé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove &amp;location from published photos</source>
        <translation>Retirer la &amp;position des photos publiées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove location from published photos</source>
        <translation>Retirer la position des photos publiées</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{size} stored</source>
        <translation>{size} stockés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No items yet</source>
        <translation>Aucun élément pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>This is used in %n post(s). Deleting it also removes it from them. Delete?</source>
        <translation>
            <numerusform>Ceci est utilisé dans %Ln publication. Le supprimer le retire aussi de celle-ci. Supprimer&#xa0;?</numerusform>
            <numerusform>Ceci est utilisé dans %Ln publications. Le supprimer le retire aussi de celles-ci. Supprimer&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n item(s) from the library? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %Ln élément de la médiathèque&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer %Ln éléments de la médiathèque&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete media</source>
        <translation>Supprimer des médias</translation>
    </message>
</context>
<context>
    <name>MediaPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/media_part.py" line="+85"/>
        <source>Attach images</source>
        <translation>Joindre des images</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Adding images…</source>
        <translation>Ajout des images…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Some images are no longer in the media library and were not attached.</source>
        <translation>Certaines images ne sont plus dans la médiathèque et n&apos;ont pas été jointes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Couldn&apos;t read {files} as images.</source>
        <translation>Impossible de lire {files} comme images.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Couldn&apos;t add the images; the files were not changed.</source>
        <translation>Impossible d&apos;ajouter les images&#xa0;; les fichiers n&apos;ont pas été modifiés.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Couldn&apos;t save the image description; it is kept here.</source>
        <translation>Impossible d&apos;enregistrer la description de l&apos;image&#xa0;; elle est conservée ici.</translation>
    </message>
</context>
<context>
    <name>MediaPreviewDialog</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/preview_dialog.py" line="+204"/>
        <source>Preview of “{name}”</source>
        <translation>Aperçu de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the picture…</source>
        <translation>Chargement de l&apos;image…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>What each network receives</source>
        <translation>Ce que reçoit chaque réseau</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No preview</source>
        <translation>Aucun aperçu</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>MediaStrip</name>
    <message>
        <location filename="../src/postdesk/ui/composer/media_strip.py" line="+142"/>
        <source>Attached images</source>
        <translation>Images jointes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Left and Alt+Right move the selected image</source>
        <translation>Alt+Gauche et Alt+Droite déplacent l&apos;image sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag an image, or press Alt+Left / Alt+Right, to change the order</source>
        <translation>Faites glisser une image, ou appuyez sur Alt+Gauche / Alt+Droite, pour changer l&apos;ordre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;ttach images…</source>
        <translation>&amp;Joindre des images…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach images</source>
        <translation>Joindre des images</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move image</source>
        <translation>&amp;Retirer l&apos;image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected image</source>
        <translation>Retirer l&apos;image sélectionnée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Descr&amp;iption (alt text):</source>
        <translation>Descr&amp;iption (texte alternatif)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description of the selected image, for people who cannot see it</source>
        <translation>Description de l&apos;image sélectionnée, pour les personnes qui ne peuvent pas la voir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is in the picture?</source>
        <translation>Que montre l&apos;image&#xa0;?</translation>
    </message>
</context>
<context>
    <name>MediaStripModel</name>
    <message>
        <location filename="../src/postdesk/ui/composer/models.py" line="-64"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No description yet</source>
        <translation>Pas encore de description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no description</source>
        <translation>aucune description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image {n}: {alt}</source>
        <translation>Image {n}&#xa0;: {alt}</translation>
    </message>
</context>
<context>
    <name>NetworkCrops</name>
    <message>
        <location filename="../src/postdesk/ui/composer/media_choice_crop.py" line="+61"/>
        <source>That image is no longer in the media library.</source>
        <translation>Cette image n&apos;est plus dans la médiathèque.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>for {network}</source>
        <translation>pour {network}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The crop could not be saved. Try again in a moment.</source>
        <translation>Impossible d&apos;enregistrer le recadrage. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>NetworkTile</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/preview_dialog.py" line="-138"/>
        <source>Any shape</source>
        <extracomment>The larger picture&apos;s box: the tiles below it are what the dialog is for, so it stays modest.</extracomment>
        <translation>Tout format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best shape {ratio}</source>
        <translation>Format idéal {ratio}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shaded part falls outside the shape {network} shows best. Crop or rotate… makes a copy in it.</source>
        <translation>La partie ombrée sort du format que {network} affiche le mieux. Recadrer ou pivoter… en crée une copie à ce format.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>re-encoded</source>
        <translation>réencodé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too large for {network}</source>
        <translation>Trop volumineux pour {network}</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/body.py" line="-12"/>
        <source>Calendar message</source>
        <translation>Message du calendrier</translation>
    </message>
</context>
<context>
    <name>PartsEditor</name>
    <message>
        <location filename="../src/postdesk/ui/composer/parts_editor.py" line="+192"/>
        <source>&amp;Add part</source>
        <extracomment>File suffixes accepted as images when dropped. Background of text that does not fit; translucent so it reads in light and dark themes.</extracomment>
        <translation>Ajou&amp;ter une partie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a thread part</source>
        <translation>Ajouter une partie au fil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;plit into thread</source>
        <translation>&amp;Diviser en fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split the text into a thread automatically</source>
        <translation>Diviser automatiquement le texte en fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split at sentence boundaries so every part fits</source>
        <translation>Couper entre les phrases pour que chaque partie tienne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Join parts</source>
        <translation>Ré&amp;unir les parties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join all thread parts into one text</source>
        <translation>Réunir toutes les parties du fil en un seul texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number parts (1/n)</source>
        <translation>Numéroter (1/n)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add 1/n numbering when splitting</source>
        <translation>Ajouter une numérotation 1/n lors de la division</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Part {n} of {count}</source>
        <translation>Partie {n} sur {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove part {n}</source>
        <translation>Retirer la partie {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label}, part {n} of {count}</source>
        <translation>{label}, partie {n} sur {count}</translation>
    </message>
</context>
<context>
    <name>PinterestOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="+148"/>
        <source>Pinterest board</source>
        <extracomment>The link&apos;s limit (`PinCreate.link` maxLength in Pinterest&apos;s OpenAPI description).</extracomment>
        <translation>Tableau Pinterest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a board</source>
        <translation>Choisissez un tableau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New board…</source>
        <translation>Nouveau tableau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new Pinterest board</source>
        <translation>Créer un tableau Pinterest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the boards from Pinterest again</source>
        <translation>Relire les tableaux depuis Pinterest</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Board:</source>
        <translation>&amp;Tableau&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Board section</source>
        <translation>Section du tableau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New section…</source>
        <translation>Nouvelle section…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new section on the board</source>
        <translation>Créer une section dans le tableau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ection:</source>
        <translation>S&amp;ection&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Destination link</source>
        <translation>Lien de destination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://… where the Pin leads (optional)</source>
        <translation>https://… où mène l&apos;épingle (facultatif)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Link:</source>
        <translation>&amp;Lien&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose cover…</source>
        <translation>Choisir la couverture…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the video&apos;s cover image</source>
        <translation>Choisir l&apos;image de couverture de la vidéo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a frame</source>
        <translation>Utiliser une image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a frame of the video as its cover</source>
        <translation>Utiliser une image de la vidéo comme couverture</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Video &amp;cover:</source>
        <translation>&amp;Couverture vidéo&#xa0;:</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Reading your boards from Pinterest…</source>
        <translation>Lecture de vos tableaux depuis Pinterest…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pinterest did not answer: {reason}. Try Refresh in a moment.</source>
        <translation>Pinterest n&apos;a pas répondu&#xa0;: {reason}. Réessayez Actualiser dans un instant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This account has no boards yet: make one with New board….</source>
        <translation>Ce compte n&apos;a pas encore de tableau&#xa0;: créez-en un avec Nouveau tableau….</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (secret)</source>
        <translation> (secret)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No section</source>
        <translation>Aucune section</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Section {id}</source>
        <translation>Section {id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New board</source>
        <translation>Nouveau tableau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new board:</source>
        <translation>Nom du nouveau tableau&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Making the board “{name}” on Pinterest…</source>
        <translation>Création du tableau «&#xa0;{name}&#xa0;» sur Pinterest…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New section</source>
        <translation>Nouvelle section</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new section:</source>
        <translation>Nom de la nouvelle section&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cover image for the video</source>
        <translation>Image de couverture de la vidéo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A frame of the video</source>
        <translation>Une image de la vidéo</translation>
    </message>
</context>
<context>
    <name>PollEditor</name>
    <message>
        <location filename="../src/postdesk/ui/composer/poll_editor.py" line="+53"/>
        <source>Add a p&amp;oll</source>
        <extracomment>A new poll runs one day, as on X and Mastodon&apos;s own apps.</extracomment>
        <translation>Ajouter un &amp;sondage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a poll to the {network} post</source>
        <translation>Ajouter un sondage à la publication {network}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choices:</source>
        <translation>Choix&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poll length, days</source>
        <translation>Durée du sondage, jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> d</source>
        <translation> j</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Poll length, hours</source>
        <translation>Durée du sondage, heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Poll length, minutes</source>
        <translation>Durée du sondage, minutes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs for:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People may pick more than one</source>
        <translation>Choix multiples autorisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poll allows several choices</source>
        <translation>Le sondage autorise plusieurs choix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the results until it ends</source>
        <translation>Masquer les résultats jusqu&apos;à la fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the poll&apos;s results until it ends</source>
        <translation>Masquer les résultats du sondage jusqu&apos;à sa fin</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Poll choice {n}</source>
        <translation>Choix {n} du sondage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choice {n}</source>
        <translation>Choix {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choice {n} (optional)</source>
        <translation>Choix {n} (facultatif)</translation>
    </message>
</context>
<context>
    <name>PostActions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/post_actions.py" line="+66"/>
        <source>Choose at least one network.</source>
        <translation>Choisissez au moins un réseau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{first} (and {n} more networks with problems)</source>
        <translation>{first} (et {n} autres réseaux avec des problèmes)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Can&apos;t schedule yet: {reason}</source>
        <translation>Programmation impossible pour l&apos;instant&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>That time has already passed; pick a time in the future.</source>
        <translation>Cette heure est déjà passée&#xa0;; choisissez une heure à venir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{networks} holds this post at its time. To change the time, take it back first (Cancel), then schedule it again.</source>
        <translation>{networks} détient cette publication pour l&apos;heure prévue. Pour changer l&apos;heure, reprenez-la d&apos;abord (Annuler), puis programmez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Paused. Pick the new time, then press Schedule: it goes out then.</source>
        <translation>Suspendue. Choisissez la nouvelle heure, puis cliquez sur Programmer&#xa0;: elle partira alors.</translation>
    </message>
</context>
<context>
    <name>PostControls</name>
    <message>
        <location filename="../src/postdesk/ui/composer/post_controls.py" line="+102"/>
        <source>Where this post stands with Postdesk&apos;s publisher</source>
        <extracomment>States the engine may pause or reschedule (not mid-request, not done).</extracomment>
        <translation>Où en est cette publication chez le publicateur de Postdesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the post is waiting for</source>
        <translation>Ce qu&apos;attend la publication</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Did it &amp;go out?…</source>
        <translation>Est-elle &amp;partie&#xa0;?…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say whether the post is on the network, or send it again</source>
        <translation>Indiquer si la publication est sur le réseau, ou la renvoyer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pause</source>
        <translation>&amp;Suspendre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause this post</source>
        <translation>Suspendre cette publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume this post</source>
        <translation>Reprendre cette publication</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resc&amp;hedule…</source>
        <translation>Repro&amp;grammer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause this post and pick a new time</source>
        <translation>Suspendre cette publication et choisir une nouvelle heure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never send this post (a hand-off is taken back)</source>
        <translation>Ne jamais envoyer cette publication (une publication confiée est reprise)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this post</source>
        <translation>Supprimer cette publication</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Delete this post from Postdesk, or from the network too</source>
        <translation>Supprimer cette publication de Postdesk, ou aussi du réseau</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Delete this post?</source>
        <translation>Supprimer cette publication&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this post from Postdesk? It has not gone out, so nothing is on any network.</source>
        <translation>Supprimer cette publication de Postdesk&#xa0;? Elle n&apos;est pas partie&#xa0;: rien ne se trouve sur aucun réseau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep it</source>
        <translation>&amp;La garder</translation>
    </message>
</context>
<context>
    <name>PostsModel</name>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="-117"/>
        <source>Not given by this network</source>
        <translation>Non fourni par ce réseau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
</context>
<context>
    <name>PreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/preview.py" line="+240"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>subreddit</source>
        <translation>subreddit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a board</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved to</source>
        <translation>Enregistrée dans</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+3"/>
        <source>(No title yet)</source>
        <translation>(Pas encore de titre)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{network} shows your image or video here</source>
        <translation>{network} affiche votre image ou vidéo ici</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Like  ·  Comment  ·  Repost  ·  Send</source>
        <translation>J&apos;aime  ·  Commenter  ·  Republier  ·  Envoyer</translation>
    </message>
</context>
<context>
    <name>PreviewFrame</name>
    <message>
        <location filename="../src/postdesk/ui/composer/previews/frame.py" line="+44"/>
        <source>&amp;Phone</source>
        <extracomment>The card&apos;s width in each mode (a phone&apos;s feed is ~390 px wide; a desktop feed column ~600).</extracomment>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview as on a phone</source>
        <translation>Aperçu sur téléphone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Desktop</source>
        <translation>&amp;Ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview as on a desktop</source>
        <translation>Aperçu sur ordinateur</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>PreviewPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/preview_part.py" line="+157"/>
        <source>Your name</source>
        <extracomment>How long after the last change the hidden tabs&apos; previews are brought up to date. The visible preview renders this long after the last keystroke... ...and at least this often while the user keeps typing. Told the post and the first sentences of the targets that have errors, after each refresh.</extracomment>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yourname</source>
        <translation>votrenom</translation>
    </message>
</context>
<context>
    <name>ProblemListModel</name>
    <message>
        <location filename="../src/postdesk/ui/composer/models.py" line="-135"/>
        <source>Error</source>
        <extracomment>Custom roles. Drag format of a row of the media strip being moved within the strip (its row number).</extracomment>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../src/postdesk/ui/error_words.py" line="+19"/>
        <source>The disk is full, so Postdesk could not save. Free some space; your work is still open.</source>
        <translation>Le disque est plein&#xa0;: Postdesk n&apos;a pas pu enregistrer. Libérez de l&apos;espace&#xa0;; votre travail est toujours ouvert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another program held Postdesk&apos;s database, so this did not finish. Try again in a moment.</source>
        <translation>Un autre programme bloquait la base de données de Postdesk&#xa0;: l&apos;opération n&apos;a pas abouti. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your computer refused to read or write Postdesk&apos;s files. Check the disk, then try again.</source>
        <translation>Votre ordinateur a refusé de lire ou d&apos;écrire les fichiers de Postdesk. Vérifiez le disque, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network did not answer in time. Postdesk will try again when you ask.</source>
        <translation>Le réseau n&apos;a pas répondu à temps. Postdesk réessaiera quand vous le demanderez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk could not finish what it was doing. Try again; if it keeps happening, the log in the data folder says what went wrong.</source>
        <translation>Postdesk n&apos;a pas pu terminer l&apos;opération en cours. Réessayez&#xa0;; si cela se reproduit, le journal du dossier de données indique ce qui s&apos;est mal passé.</translation>
    </message>
</context>
<context>
    <name>QueueControls</name>
    <message>
        <location filename="../src/postdesk/ui/composer/queue_button.py" line="+30"/>
        <source>Add to &amp;queue…</source>
        <translation>Ajouter à une &amp;file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the post to a queue: it takes the queue&apos;s next free time</source>
        <translation>Ajouter la publication à une file d&apos;attente&#xa0;: elle prend le prochain créneau libre de la file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the post the next free time of one of your queues</source>
        <translation>Donner à la publication le prochain créneau libre de l&apos;une de vos files d&apos;attente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened with the queue</source>
        <translation>Résultat de l&apos;ajout à la file</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No queue serves these accounts yet. Create one in Queues (its times, and which accounts use it), then add the post.</source>
        <translation>Aucune file d&apos;attente ne dessert encore ces comptes. Créez-en une dans Files d&apos;attente (ses créneaux et les comptes qui l&apos;utilisent), puis ajoutez la publication.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That queue filled up meanwhile; the post stays as it was.</source>
        <translation>Cette file d&apos;attente s&apos;est remplie entre-temps&#xa0;; la publication reste inchangée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added to “{queue}”: goes out {when}.</source>
        <translation>Ajoutée à «&#xa0;{queue}&#xa0;»&#xa0;: part {when}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(The time shown was taken meanwhile, so it got the next one.)</source>
        <translation>(Le créneau affiché a été pris entre-temps&#xa0;: elle a obtenu le suivant.)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk could not add the post to the queue just now. Nothing changed; try again.</source>
        <translation>Postdesk n&apos;a pas pu ajouter la publication à la file d&apos;attente pour l&apos;instant. Rien n&apos;a changé&#xa0;; réessayez.</translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <location filename="../src/postdesk/ui/queues/models.py" line="+53"/>
        <source>{day} at {time}</source>
        <translation>{day} à {time}</translation>
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
            <numerusform>%Ln créneau par semaine</numerusform>
            <numerusform>%Ln créneaux par semaine</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Goes out</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Post</source>
        <translation>Publication</translation>
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
        <translation>Files d&apos;attente</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="+19"/>
        <source>&amp;Queues</source>
        <translation>Fi&amp;les d&apos;attente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your queues</source>
        <translation>Vos files d&apos;attente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No queue yet. A queue is a set of weekly times (say Tuesday and Thursday at 9:00); “Add to queue” in the composer then gives a post the next free one.</source>
        <translation>Aucune file d&apos;attente pour l&apos;instant. Une file d&apos;attente est un ensemble de créneaux hebdomadaires (par exemple mardi et jeudi à 9:00)&#xa0;; «&#xa0;Ajouter à une file&#xa0;» dans l&apos;éditeur donne alors à une publication le prochain créneau libre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New queue</source>
        <translation>&amp;Nouvelle file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a new queue</source>
        <translation>Créer une file d&apos;attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete queue</source>
        <translation>&amp;Supprimer la file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the chosen queue</source>
        <translation>Supprimer la file d&apos;attente choisie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Queue name</source>
        <translation>Nom de la file d&apos;attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Weekday mornings</source>
        <translation>Par exemple&#xa0;: Matins de semaine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time zone the queue&apos;s times are in</source>
        <translation>Fuseau horaire des créneaux de la file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day of the new time</source>
        <translation>Jour du nouveau créneau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time of the new slot</source>
        <translation>Heure du nouveau créneau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add time</source>
        <translation>Ajouter le &amp;créneau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add this weekly time to the queue</source>
        <translation>Ajouter ce créneau hebdomadaire à la file d&apos;attente</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Weekly &amp;times:</source>
        <translation>Créneaux &amp;hebdomadaires&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weekly times of the queue</source>
        <translation>Créneaux hebdomadaires de la file d&apos;attente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove time</source>
        <translation>&amp;Retirer le créneau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the chosen weekly time</source>
        <translation>Retirer le créneau hebdomadaire choisi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;kipped dates:</source>
        <translation>Dates &amp;ignorées&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accounts that use this queue</source>
        <translation>Comptes qui utilisent cette file d&apos;attente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used &amp;by:</source>
        <translation>&amp;Utilisée par&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick none and every account may use it.</source>
        <translation>Ne cochez rien&#xa0;: tous les comptes pourront l&apos;utiliser.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save queue</source>
        <translation>&amp;Enregistrer la file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the queue</source>
        <translation>Enregistrer la file d&apos;attente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the queue still needs</source>
        <translation>Ce qui manque encore à la file</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What just happened</source>
        <translation>Ce qui vient de se passer</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Give the queue a name.</source>
        <translation>Donnez un nom à la file d&apos;attente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one weekly time.</source>
        <translation>Ajoutez au moins un créneau hebdomadaire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a time zone from the list (for example Europe/Paris).</source>
        <translation>Choisissez un fuseau horaire dans la liste (par exemple Europe/Paris).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved.</source>
        <translation>Enregistrée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another queue is already called “{name}”.</source>
        <translation>Une autre file d&apos;attente s&apos;appelle déjà «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The queue could not be saved. Nothing was lost; try again.</source>
        <translation>Impossible d&apos;enregistrer la file d&apos;attente. Rien n&apos;a été perdu&#xa0;; réessayez.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Queue deleted. Its posts keep their times.</source>
        <translation>File d&apos;attente supprimée. Ses publications gardent leur heure.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Time removed. %n post(s) moved to the next free times.</source>
        <translation>
            <numerusform>Créneau retiré. %Ln publication déplacée vers le prochain créneau libre.</numerusform>
            <numerusform>Créneau retiré. %Ln publications déplacées vers les prochains créneaux libres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time removed.</source>
        <translation>Créneau retiré.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Shuffled: the same times, a new order.</source>
        <translation>Mélangée&#xa0;: les mêmes créneaux, dans un nouvel ordre.</translation>
    </message>
</context>
<context>
    <name>QuoteField</name>
    <message>
        <location filename="../src/postdesk/ui/composer/quote_field.py" line="+42"/>
        <source>Address of the {network} post to quote</source>
        <translation>Adresse de la publication {network} à citer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the address of a {network} post: yours will show it inside. Optional.</source>
        <translation>Collez l&apos;adresse d&apos;une publication {network}&#xa0;: la vôtre l&apos;affichera à l&apos;intérieur. Facultatif.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Quote a post:</source>
        <translation>&amp;Citer une publication&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RedditOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/reddit_options.py" line="+102"/>
        <source>Your subreddits</source>
        <translation>Vos subreddits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one of your subreddits</source>
        <translation>Choisissez l&apos;un de vos subreddits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yo&amp;ur subreddits:</source>
        <translation>&amp;Vos subreddits&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post flair</source>
        <translation>Flair de la publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+143"/>
        <source>No flair</source>
        <translation>Aucun flair</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>&amp;Flair:</source>
        <translation>&amp;Flair&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;NSFW (not safe for work)</source>
        <translation>&amp;NSFW (contenu sensible)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;poiler</source>
        <translation>S&amp;poiler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Marks:</source>
        <translation>Marqueurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link to post</source>
        <translation>Lien à publier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://… makes a link post (optional)</source>
        <translation>https://… crée une publication de lien (facultatif)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lin&amp;k:</source>
        <translation>Lie&amp;n&#xa0;:</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Reddit did not answer: {reason}. The subreddit&apos;s rules are checked again when the post goes out.</source>
        <translation>Reddit n&apos;a pas répondu&#xa0;: {reason}. Les règles du subreddit seront de nouveau vérifiées à l&apos;envoi de la publication.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading the rules of r/{name}…</source>
        <translation>Lecture des règles de r/{name}…</translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="+153"/>
        <source>Media relay</source>
        <extracomment>Services the form knows: (id, endpoint example, region example, path-style).</extracomment>
        <translation>Relais média</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Threads, Instagram and Google Business Profile (and TikTok, for photo posts) take photos and videos only from a web address. Postdesk puts each file in storage you own (an S3-compatible bucket) just before posting, gives the network a private link that stops working after {minutes} minutes, and deletes the file as soon as the network has it. Create a bucket and an access key that may read, write and delete in it, then fill in the form.</source>
        <translation>Threads, Instagram et Google Business Profile (ainsi que TikTok, pour les publications de photos) n&apos;acceptent les photos et vidéos qu&apos;à partir d&apos;une adresse web. Postdesk place chaque fichier dans un stockage qui vous appartient (un bucket compatible S3) juste avant de publier, donne au réseau un lien privé qui cesse de fonctionner après {minutes} minutes, et supprime le fichier dès que le réseau l&apos;a récupéré. Créez un bucket et une clé d&apos;accès autorisée à y lire, écrire et supprimer, puis remplissez le formulaire.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Storage service</source>
        <translation>Service de stockage</translation>
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
        <translation>Autre service compatible S3 (MinIO, Garage…)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access key ID</source>
        <translation>ID de clé d&apos;accès</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret access key</source>
        <translation>Clé d&apos;accès secrète</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the bucket in the path (needed by MinIO, Garage and most self-hosted services)</source>
        <translation>Mettre le bucket dans le chemin (requis par MinIO, Garage et la plupart des services auto-hébergés)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secret key is kept in your system&apos;s keyring, never in Postdesk&apos;s files.</source>
        <translation>La clé secrète est conservée dans le trousseau de votre système, jamais dans les fichiers de Postdesk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Point de terminaison&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bucket:</source>
        <translation>&amp;Bucket&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access &amp;key ID:</source>
        <translation>ID de &amp;clé d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret access ke&amp;y:</source>
        <translation>Clé d&apos;accès &amp;secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Test the rel&amp;ay</source>
        <translation>Tester le rela&amp;is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the relay</source>
        <translation>Retirer le relais</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Kept in the keyring (type to replace it)</source>
        <translation>Conservée dans le trousseau (saisissez-en une pour la remplacer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set up: media for Threads goes through the bucket “{bucket}”.</source>
        <translation>Configuré&#xa0;: les médias pour Threads passent par le bucket «&#xa0;{bucket}&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not set up: posts to Threads can only be text.</source>
        <translation>Non configuré&#xa0;: les publications sur Threads ne peuvent être que du texte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave empty for Amazon S3</source>
        <translation>Laisser vide pour Amazon S3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave the endpoint empty and give the bucket&apos;s region.</source>
        <translation>Laissez le point de terminaison vide et indiquez la région du bucket.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the S3 API address from the bucket&apos;s settings in Cloudflare; the region is “auto”.</source>
        <translation>Copiez l&apos;adresse de l&apos;API S3 depuis les paramètres du bucket dans Cloudflare&#xa0;; la région est «&#xa0;auto&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the bucket&apos;s S3 endpoint shown in Backblaze (it names the region).</source>
        <translation>Utilisez le point de terminaison S3 du bucket affiché dans Backblaze (il indique la région).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the endpoint of the bucket&apos;s region, from Wasabi&apos;s list of service URLs.</source>
        <translation>Utilisez le point de terminaison de la région du bucket, d&apos;après la liste des URL de service de Wasabi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the service&apos;s S3 address; most self-hosted services need the bucket in the path.</source>
        <translation>Utilisez l&apos;adresse S3 du service&#xa0;; la plupart des services auto-hébergés exigent le bucket dans le chemin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+128"/>
        <source>Enter the secret access key.</source>
        <translation>Saisissez la clé d&apos;accès secrète.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Testing the relay…</source>
        <translation>Test du relais…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The relay works. Save it, and Threads posts can include photos and videos.</source>
        <translation>Le relais fonctionne. Enregistrez-le, et les publications Threads pourront contenir des photos et des vidéos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay does not work yet: fix what is said above and test again.</source>
        <translation>Le relais ne fonctionne pas encore&#xa0;: corrigez ce qui est indiqué ci-dessus et testez à nouveau.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The keyring is locked or missing, so the secret key cannot be kept or read. Unlock it and try again.</source>
        <translation>Le trousseau est verrouillé ou absent&#xa0;: la clé secrète ne peut être ni conservée ni lue. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The relay settings could not be read or saved. Try again.</source>
        <translation>Impossible de lire ou d&apos;enregistrer les paramètres du relais. Réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✓ Uploaded a small test picture to the bucket.</source>
        <translation>✓ Petite image de test envoyée dans le bucket.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Fetched it back through a link that works for {minutes} minutes, as Threads will.</source>
        <translation>✓ Récupérée par un lien valable {minutes} minutes, comme le fera Threads.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Deleted it again.</source>
        <translation>✓ Supprimée ensuite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✗ Could not fetch it back through the link (the service answered {status}). Check the endpoint and the region.</source>
        <translation>✗ Impossible de la récupérer par le lien (le service a répondu {status}). Vérifiez le point de terminaison et la région.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✗ Could not delete it: the access key needs permission to delete objects, or copies would stay in the bucket.</source>
        <translation>✗ Impossible de la supprimer&#xa0;: la clé d&apos;accès doit avoir le droit de supprimer des objets, sinon des copies resteraient dans le bucket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✗ Could not upload the test picture:</source>
        <translation>✗ Impossible d&apos;envoyer l&apos;image de test&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Could not fetch it back:</source>
        <translation>✗ Impossible de la récupérer&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The endpoint must be a web address starting with https://.</source>
        <translation>Le point de terminaison doit être une adresse web commençant par https://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use an https:// endpoint: plain http would send your files and keys unprotected.</source>
        <translation>Utilisez un point de terminaison https://&#xa0;: en http simple, vos fichiers et vos clés circuleraient sans protection.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the bucket&apos;s name.</source>
        <translation>Saisissez le nom du bucket.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A bucket name has 3 to 63 lower-case letters, digits, dots or hyphens.</source>
        <translation>Un nom de bucket compte de 3 à 63 lettres minuscules, chiffres, points ou traits d&apos;union.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The region is a short name such as us-east-1 or auto.</source>
        <translation>La région est un nom court comme us-east-1 ou auto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the access key ID.</source>
        <translation>Saisissez l&apos;ID de la clé d&apos;accès.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service did not answer. Check the endpoint and your connection.</source>
        <translation>le service n&apos;a pas répondu. Vérifiez le point de terminaison et votre connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service is busy or failing right now. Try again in a minute.</source>
        <translation>le service est occupé ou défaillant en ce moment. Réessayez dans une minute.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this bucket does not exist at this endpoint. Check its name and region.</source>
        <translation>ce bucket n&apos;existe pas à ce point de terminaison. Vérifiez son nom et sa région.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the service refused the access key. Check the key ID and the secret, and that the key may write to this bucket.</source>
        <translation>le service a refusé la clé d&apos;accès. Vérifiez l&apos;ID de la clé et le secret, et que la clé peut écrire dans ce bucket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the keyring is locked or missing, so the secret key cannot be read.</source>
        <translation>le trousseau est verrouillé ou absent&#xa0;: la clé secrète ne peut pas être lue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the bucket and the access key first.</source>
        <translation>Remplissez d&apos;abord le bucket et la clé d&apos;accès.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the service refused ({detail}).</source>
        <translation>le service a refusé ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service refused.</source>
        <translation>le service a refusé.</translation>
    </message>
</context>
<context>
    <name>RepeatControls</name>
    <message>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="+177"/>
        <source>&amp;Repeat…</source>
        <translation>&amp;Répéter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat this post every few days or weeks</source>
        <translation>Répéter cette publication tous les quelques jours ou semaines</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How this post repeats</source>
        <translation>Comment cette publication se répète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop repeatin&amp;g</source>
        <translation>Arrêter la &amp;répétition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop repeating: the repeats not yet sent are removed</source>
        <translation>Arrêter la répétition&#xa0;: les répétitions pas encore envoyées sont supprimées</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>Repeating stopped. %n repeat(s) not yet sent were removed.</source>
        <translation>
            <numerusform>Répétition arrêtée. %Ln répétition pas encore envoyée a été supprimée.</numerusform>
            <numerusform>Répétition arrêtée. %Ln répétitions pas encore envoyées ont été supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeating stopped.</source>
        <translation>Répétition arrêtée.</translation>
    </message>
</context>
<context>
    <name>RepeatDialog</name>
    <message numerus="yes">
        <location line="-224"/>
        <source>every %n week(s)</source>
        <translation>
            <numerusform>toutes les %Ln semaine</numerusform>
            <numerusform>toutes les %Ln semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>tous les %Ln jour</numerusform>
            <numerusform>tous les %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until you stop it</source>
        <translation>jusqu&apos;à ce que vous l&apos;arrêtiez</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n more time(s)</source>
        <translation>
            <numerusform>encore %Ln fois</numerusform>
            <numerusform>encore %Ln fois</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeats {every}, {times}</source>
        <translation>Se répète {every}, {times}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>with %n variation(s)</source>
        <translation>
            <numerusform>avec %Ln variante</numerusform>
            <numerusform>avec %Ln variantes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeating stopped</source>
        <translation>Répétition arrêtée</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Repeat this post</source>
        <translation>Répéter cette publication</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many days or weeks between two posts</source>
        <translation>Nombre de jours ou de semaines entre deux publications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days or weeks</source>
        <translation>Jours ou semaines</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat &amp;every:</source>
        <translation>Répéter &amp;tous les&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;This many more times:</source>
        <translation>&amp;Encore ce nombre de fois&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many more times</source>
        <translation>Combien de fois encore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until I &amp;stop it</source>
        <translation>Jusqu&apos;à ce que je l&apos;&amp;arrête</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Networks refuse a post identical to an earlier one. Add a few variations: each repeat uses the next text in turn, then the post&apos;s own again.</source>
        <translation>Les réseaux refusent une publication identique à une précédente. Ajoutez quelques variantes&#xa0;: chaque répétition utilise le texte suivant à tour de rôle, puis de nouveau celui de la publication.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text variations, used in turn</source>
        <translation>Variantes du texte, utilisées à tour de rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a variation</source>
        <translation>&amp;Ajouter une variante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a text variation</source>
        <translation>Ajouter une variante du texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove variation</source>
        <translation>&amp;Retirer la variante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen variation</source>
        <translation>Retirer la variante choisie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;peat</source>
        <translation>Ré&amp;péter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the repeat</source>
        <translation>Enregistrer la répétition</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../src/postdesk/ui/csv_import/model.py" line="+73"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported?</source>
        <translation>Importée&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes to</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, as a draft</source>
        <translation>Oui, en brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No time: a draft</source>
        <translation>Sans heure&#xa0;: brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>ScheduleBar</name>
    <message>
        <location filename="../src/postdesk/ui/composer/schedule_bar.py" line="+61"/>
        <source>&amp;Schedule</source>
        <translation>&amp;Programmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule the post</source>
        <translation>Programmer la publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+120"/>
        <source>Schedule (Ctrl+Enter)</source>
        <translation>Programmer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>&amp;Unschedule</source>
        <translation>&amp;Déprogrammer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the date and keep the post as a draft</source>
        <translation>Effacer la date et garder la publication comme brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish &amp;now</source>
        <translation>Publier &amp;maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish the post now</source>
        <translation>Publier la publication maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish now, with the same checks as scheduling</source>
        <translation>Publier maintenant, avec les mêmes vérifications que pour la programmation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Schedule status</source>
        <translation>État de la programmation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the post cannot be scheduled yet</source>
        <translation>Pourquoi la publication ne peut pas encore être programmée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;When ({zone}):</source>
        <translation>&amp;Quand ({zone})&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time to publish, in {zone}</source>
        <translation>Date et heure de publication, en {zone}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>This time does not exist in {zone}: the clocks jump from {start} to {end} that day. Pick another time.</source>
        <translation>Cette heure n&apos;existe pas dans le fuseau {zone}&#xa0;: l&apos;horloge saute de {start} à {end} ce jour-là. Choisissez une autre heure.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This time does not exist in {zone}: the clocks skip it that day. Pick another time.</source>
        <translation>Cette heure n&apos;existe pas dans le fuseau {zone}&#xa0;: l&apos;horloge la saute ce jour-là. Choisissez une autre heure.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This time happens twice in {zone} that day (the clocks go back); the first one is used.</source>
        <translation>Cette heure existe deux fois dans le fuseau {zone} ce jour-là (l&apos;horloge recule)&#xa0;; la première est utilisée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not scheduled: this post is a draft.</source>
        <translation>Non programmée&#xa0;: cette publication est un brouillon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scheduled for {when} ({zone}).</source>
        <translation>Programmée pour {when} ({zone}).</translation>
    </message>
</context>
<context>
    <name>ScheduleEdits</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/edits.py" line="+113"/>
        <source>The network&apos;s own scheduler holds this post at its time. To move it, take it back first (Take back and cancel), then schedule it again.</source>
        <extracomment>Where a draft dropped on a month day lands when nothing says which time: a working morning.</extracomment>
        <translation>Le programmateur du réseau détient cette publication pour l&apos;heure prévue. Pour la déplacer, reprenez-la d&apos;abord (Reprendre et annuler), puis programmez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Move “{post}”</source>
        <translation>Déplacer «&#xa0;{post}&#xa0;»</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Added to the queue “{queue}” at {time}.</source>
        <translation>Ajoutée à la file d&apos;attente «&#xa0;{queue}&#xa0;» à {time}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That slot was taken meanwhile. Nothing changed.</source>
        <translation>Ce créneau a été pris entre-temps. Rien n&apos;a changé.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Repeating stopped. %n repeat(s) not yet sent were removed.</source>
        <translation>
            <numerusform>Répétition arrêtée. %Ln répétition pas encore envoyée a été supprimée.</numerusform>
            <numerusform>Répétition arrêtée. %Ln répétitions pas encore envoyées ont été supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeating stopped.</source>
        <translation>Répétition arrêtée.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove the post from Postdesk</source>
        <translation>Retirer la publication de Postdesk</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This post is being published right now, so it can&apos;t be deleted yet. Wait until it has gone out; then Delete asks whether to remove it from Postdesk only or from the network too.</source>
        <translation>Cette publication est en cours de publication&#xa0;: elle ne peut pas encore être supprimée. Attendez qu&apos;elle soit partie&#xa0;; Supprimer vous demandera alors s&apos;il faut la retirer de Postdesk seulement ou aussi du réseau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The post&apos;s time was changed elsewhere since, so that step was not undone. Nothing was lost.</source>
        <translation>L&apos;heure de la publication a été modifiée ailleurs depuis&#xa0;: cette étape n&apos;a donc pas été annulée. Rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That change could not be saved. Nothing was lost; try again.</source>
        <translation>Impossible d&apos;enregistrer cette modification. Rien n&apos;a été perdu&#xa0;; réessayez.</translation>
    </message>
</context>
<context>
    <name>SentComments</name>
    <message>
        <location filename="../src/postdesk/ui/composer/first_comment_sent.py" line="+58"/>
        <source>Comment on {network}…</source>
        <translation>Commenter sur {network}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post a comment under the published post on {network}</source>
        <translation>Publier un commentaire sous la publication publiée sur {network}</translation>
    </message>
</context>
<context>
    <name>SentSection</name>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="+34"/>
        <source>What was sent</source>
        <translation>Ce qui a été envoyé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was sent (it can no longer change here)</source>
        <translation>Ce qui a été envoyé (n&apos;est plus modifiable ici)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Duplicate as a new post</source>
        <translation>&amp;Dupliquer en nouvelle publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new draft copied from this post</source>
        <translation>Commencer un nouveau brouillon copié de cette publication</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where each network stands</source>
        <translation>Où en est chaque réseau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text and media that were sent</source>
        <translation>Le texte et les médias envoyés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the published post is doing</source>
        <translation>Résultats de la publication publiée</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Edit on {network}…</source>
        <translation>Modifier sur {network}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the published post on {network} itself</source>
        <translation>Modifier la publication publiée directement sur {network}</translation>
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
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+530"/>
        <source>Postdesk could not change whether it starts at login. Your system refused: {reason}</source>
        <translation>Postdesk n&apos;a pas pu modifier son lancement à l&apos;ouverture de session. Votre système a refusé&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="+5"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Times in the calendar and the composer are shown in this zone. A post keeps the zone it was scheduled in, so 09:00 stays 09:00 when the clocks change.</source>
        <translation>Les heures du calendrier et de l&apos;éditeur sont affichées dans ce fuseau. Une publication garde le fuseau dans lequel elle a été programmée&#xa0;: 09:00 reste 09:00 au changement d&apos;heure.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new language takes effect the next time Postdesk starts.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de Postdesk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appearance and language</source>
        <translation>Apparence et langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafts, media and settings are kept on this computer, in:</source>
        <translation>Les brouillons, médias et paramètres sont conservés sur cet ordinateur, dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open data folder</source>
        <translation>&amp;Ouvrir le dossier de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open data folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in tokens are never written here: they live in your system&apos;s password keyring, or in the encrypted file you chose in Accounts.</source>
        <translation>Les jetons de connexion ne sont jamais écrits ici&#xa0;: ils se trouvent dans le trousseau de mots de passe de votre système, ou dans le fichier chiffré choisi dans Comptes.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>When posts were missed</source>
        <translation>Publications manquées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask me what to do</source>
        <translation>Me demander quoi faire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish them as soon as possible</source>
        <translation>Les publier dès que possible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish them, unless they are too late</source>
        <translation>Les publier, sauf si elles sont trop en retard</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too late after, in minutes</source>
        <translation>Trop tard au-delà de, en minutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posts can fall due while Postdesk is closed or the computer sleeps. Skipped posts are paused, not deleted: they stay in the calendar.</source>
        <translation>Des publications peuvent arriver à échéance pendant que Postdesk est fermé ou que l&apos;ordinateur est en veille. Les publications ignorées sont suspendues, pas supprimées&#xa0;: elles restent dans le calendrier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keep publishing in the tray when the window is closed</source>
        <translation>&amp;Continuer à publier depuis la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep publishing in the tray when the window is closed</source>
        <translation>Continuer à publier depuis la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This desktop has no system tray.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start Postdesk when I log &amp;in</source>
        <translation>La&amp;ncer Postdesk à l&apos;ouverture de session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start Postdesk when I log in</source>
        <translation>Lancer Postdesk à l&apos;ouverture de session</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always require a &amp;description (alt text) on every image</source>
        <translation>Toujours exiger une &amp;description (texte alternatif) sur chaque image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always require alt text on every image</source>
        <translation>Toujours exiger un texte alternatif sur chaque image</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publishing</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When posts were &amp;missed:</source>
        <translation>Publications man&amp;quées&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too late &amp;after:</source>
        <translation>Trop tard &amp;au-delà de&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../src/postdesk/ui/single_instance.py" line="+158"/>
        <source>Postdesk is already running</source>
        <extracomment>A connection that has not said its line by then is closed. How long a second launch keeps trying to reach a window that may still be starting.</extracomment>
        <translation>Postdesk est déjà ouvert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another Postdesk window (process {pid}) did not answer.</source>
        <translation>Une autre fenêtre Postdesk (processus {pid}) n&apos;a pas répondu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another Postdesk window did not answer.</source>
        <translation>Une autre fenêtre Postdesk n&apos;a pas répondu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk is publishing in the background without a window (postdesk --headless, process {pid}).</source>
        <translation>Postdesk publie en arrière-plan sans fenêtre (postdesk --headless, processus {pid}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postdesk is publishing in the background without a window (postdesk --headless).</source>
        <translation>Postdesk publie en arrière-plan sans fenêtre (postdesk --headless).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another Postdesk (process {pid}) is using it.</source>
        <translation>Un autre Postdesk (processus {pid}) l&apos;utilise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another Postdesk is using it.</source>
        <translation>Un autre Postdesk l&apos;utilise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postdesk can&apos;t open your posts in “{folder}” because they are in use.

{who}

Only one Postdesk can publish from a folder at a time, so that no post goes out twice. Stop the other one (or switch to its window), then start Postdesk again.</source>
        <translation>Postdesk ne peut pas ouvrir vos publications dans «&#xa0;{folder}&#xa0;», car elles sont en cours d&apos;utilisation.

{who}

Un seul Postdesk à la fois peut publier depuis un dossier, pour qu&apos;aucune publication ne parte deux fois. Arrêtez l&apos;autre (ou passez à sa fenêtre), puis relancez Postdesk.</translation>
    </message>
</context>
<context>
    <name>SkippedDates</name>
    <message>
        <location filename="../src/postdesk/ui/queues/skipped_dates.py" line="+29"/>
        <source>A date with no posts from this queue</source>
        <translation>Une date sans publication de cette file d&apos;attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip &amp;date</source>
        <translation>Ignorer la &amp;date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip this date (a holiday)</source>
        <translation>Ignorer cette date (jour férié)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dates skipped by this queue</source>
        <translation>Dates ignorées par cette file d&apos;attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t skip that date</source>
        <translation>Ne plus ignorer cette date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen date</source>
        <translation>Retirer la date choisie</translation>
    </message>
</context>
<context>
    <name>SlotRemovalDialog</name>
    <message>
        <location filename="../src/postdesk/ui/queues/slot_removal.py" line="+25"/>
        <location line="+16"/>
        <source>Remove this time?</source>
        <translation>Retirer ce créneau&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="-14"/>
        <source>%n post(s) wait in the {slot} slot.</source>
        <translation>
            <numerusform>%Ln publication attend dans le créneau {slot}.</numerusform>
            <numerusform>%Ln publications attendent dans le créneau {slot}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk can move them to the next free times of this queue, or leave each at its time (they then leave the queue).</source>
        <translation>Postdesk peut les déplacer vers les prochains créneaux libres de cette file d&apos;attente, ou laisser chacune à son heure (elles quittent alors la file).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Move to free times</source>
        <translation>&amp;Déplacer vers des créneaux libres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep their times</source>
        <translation>&amp;Garder leurs heures</translation>
    </message>
</context>
<context>
    <name>SnippetsDialog</name>
    <message>
        <location filename="../src/postdesk/ui/composer/snippets_dialog.py" line="+63"/>
        <location line="+1"/>
        <source>Snippets and hashtag groups</source>
        <translation>Extraits et groupes de hashtags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved snippets and hashtag groups</source>
        <translation>Extraits et groupes de hashtags enregistrés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snippet (any text)</source>
        <translation>Extrait (texte libre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hashtag group</source>
        <translation>Groupe de hashtags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text to insert, or the group&apos;s hashtags</source>
        <translation>Texte à insérer, ou les hashtags du groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a hashtag group: #travel #food #citybreak</source>
        <translation>Pour un groupe de hashtags&#xa0;: #voyage #cuisine #weekend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What happened</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new snippet or hashtag group</source>
        <translation>Commencer un nouvel extrait ou groupe de hashtags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this snippet or hashtag group</source>
        <translation>Enregistrer cet extrait ou groupe de hashtags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen snippet or hashtag group</source>
        <translation>Supprimer l&apos;extrait ou le groupe de hashtags choisi</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>hashtag group</source>
        <translation>groupe de hashtags</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>snippet</source>
        <translation>extrait</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Give it a name and some text first.</source>
        <translation>Donnez-lui d&apos;abord un nom et un texte.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted.</source>
        <translation>Supprimé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another one of this kind already has that name: pick another name.</source>
        <translation>Un autre élément de ce type porte déjà ce nom&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That could not be saved. Try again in a moment.</source>
        <translation>Impossible d&apos;enregistrer. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../src/postdesk/app.py" line="+220"/>
        <source>Postdesk could not start</source>
        <translation>Postdesk n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong while opening your posts. The log in {folder} has the details.</source>
        <translation>Un problème est survenu à l&apos;ouverture de vos publications. Le journal dans {folder} contient les détails.</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/startup_errors.py" line="+64"/>
        <source>Postdesk can&apos;t read its database</source>
        <extracomment>Shows a start-up problem: (title, text). Asks whether to restore the newest backup: (title, text) → True to restore.</extracomment>
        <translation>Postdesk ne peut pas lire sa base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {path} is damaged or is not a Postdesk database. Nothing has been changed or deleted.</source>
        <translation>Le fichier {path} est endommagé ou n&apos;est pas une base de données Postdesk. Rien n&apos;a été modifié ni supprimé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This database is from a newer Postdesk</source>
        <translation>Cette base de données provient d&apos;une version plus récente de Postdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data ({path}) was last opened by a newer version of Postdesk, or by a build this version does not know (schema {revision}). Install that version again to use it. Nothing has been changed.</source>
        <translation>Vos données ({path}) ont été ouvertes en dernier par une version plus récente de Postdesk, ou par une version que celle-ci ne connaît pas (schéma {revision}). Réinstallez cette version pour les utiliser. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is not a Postdesk database</source>
        <translation>Ce n&apos;est pas une base de données Postdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {path} is a database of another program, not Postdesk&apos;s. Postdesk has not changed it. Move it to another folder to start Postdesk afresh, or start Postdesk with another data folder (postdesk --data-dir FOLDER).</source>
        <translation>Le fichier {path} est une base de données d&apos;un autre programme, pas de Postdesk. Postdesk ne l&apos;a pas modifié. Déplacez-le dans un autre dossier pour repartir de zéro, ou lancez Postdesk avec un autre dossier de données (postdesk --data-dir DOSSIER).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Postdesk&apos;s database is in use</source>
        <translation>La base de données de Postdesk est en cours d&apos;utilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another program is using the file {path}, perhaps another copy of Postdesk. Close it and start Postdesk again. Nothing has been changed.</source>
        <translation>Un autre programme utilise le fichier {path}, peut-être une autre copie de Postdesk. Fermez-le et relancez Postdesk. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The disk is full</source>
        <translation>Le disque est plein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postdesk needs a little free space on the disk that holds {folder} to start. Free some space and start Postdesk again. Nothing has been changed.</source>
        <translation>Postdesk a besoin d&apos;un peu d&apos;espace libre sur le disque qui contient {folder} pour démarrer. Libérez de l&apos;espace et relancez Postdesk. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Postdesk can&apos;t read or write its database</source>
        <translation>Postdesk ne peut pas lire ni écrire sa base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your computer refused to read or write the file {path}: the disk may be failing, read-only or disconnected. Nothing has been changed. Check the disk and start Postdesk again.</source>
        <translation>Votre ordinateur a refusé de lire ou d&apos;écrire le fichier {path}&#xa0;: le disque est peut-être défaillant, en lecture seule ou déconnecté. Rien n&apos;a été modifié. Vérifiez le disque et relancez Postdesk.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Postdesk can&apos;t start</source>
        <translation>Postdesk ne peut pas démarrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postdesk could not open its database ({path}). Nothing has been changed.</source>
        <translation>Postdesk n&apos;a pas pu ouvrir sa base de données ({path}). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an earlier start</source>
        <translation>un démarrage précédent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date} at {time}</source>
        <translation>{date} à {time}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Postdesk keeps a copy of your data made on {when}. It can put that copy in place: anything you changed after {when} will be missing, and posts due since then are paused so that none goes out twice. The damaged file is kept in {folder}, not deleted.</source>
        <translation>Postdesk conserve une copie de vos données faite le {when}. Il peut la remettre en place&#xa0;: tout ce que vous avez modifié après le {when} manquera, et les publications prévues depuis seront suspendues pour qu&apos;aucune ne parte deux fois. Le fichier endommagé est conservé dans {folder}, pas supprimé.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Restore the newest backup</source>
        <translation>Restaurer la sauvegarde la plus récente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Postdesk found no backup it could restore. Copies made before each update are kept in {folder}.</source>
        <translation>Postdesk n&apos;a trouvé aucune sauvegarde restaurable. Les copies faites avant chaque mise à jour sont conservées dans {folder}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The backup could not be restored</source>
        <translation>Impossible de restaurer la sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postdesk could not put the backup in place ({reason}). Your files in {folder} are as they were or moved aside, never deleted.</source>
        <translation>Postdesk n&apos;a pas pu remettre la sauvegarde en place ({reason}). Vos fichiers dans {folder} sont intacts ou ont été mis de côté, jamais supprimés.</translation>
    </message>
</context>
<context>
    <name>TagsPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/tags_part.py" line="+43"/>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags of this post</source>
        <translation>Étiquettes de cette publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>launch, tour… (only you see them; the calendar filters by them)</source>
        <translation>lancement, tournée… (vous seul les voyez&#xa0;; le calendrier filtre d&apos;après elles)</translation>
    </message>
</context>
<context>
    <name>TargetOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/target_options.py" line="+68"/>
        <source>{network} title</source>
        <extracomment>Mastodon visibilities, by API value. Networks whose posts carry a title. A network&apos;s own options panel (a QWidget with a `changed` signal).</extracomment>
        <translation>Titre {network}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subreddit</source>
        <translation>Subreddit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. photography (without r/)</source>
        <translation>p. ex. photography (sans r/)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content warning</source>
        <translation>Avertissement de contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional; counts toward the limit</source>
        <translation>Facultatif&#xa0;; compte dans la limite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who can see it</source>
        <translation>Qui peut la voir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quiet public</source>
        <translation>Public discret</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Followers only</source>
        <translation>Abonnés uniquement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mentioned people only</source>
        <translation>Personnes mentionnées uniquement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Su&amp;breddit:</source>
        <translation>Su&amp;breddit&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Content &amp;warning:</source>
        <translation>&amp;Avertissement de contenu&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visibility:</source>
        <translation>&amp;Visibilité&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Let {network} publish it (works while Postdesk is closed)</source>
        <translation>&amp;Laisser {network} la publier (fonctionne même si Postdesk est fermé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let {network} publish it at its time, even while Postdesk is closed</source>
        <translation>Laisser {network} la publier à l&apos;heure prévue, même si Postdesk est fermé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk gives the post to {network}&apos;s own scheduler when you schedule it. To take it back, cancel the post.</source>
        <translation>Postdesk confie la publication au programmateur de {network} quand vous la programmez. Pour la reprendre, annulez la publication.</translation>
    </message>
</context>
<context>
    <name>TargetPanel</name>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="+100"/>
        <source>{network} account</source>
        <translation>Compte {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ccount:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>What happens if {network}&apos;s answer is lost</source>
        <translation>Ce qui se passe si la réponse de {network} est perdue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the {network} text can&apos;t change</source>
        <translation>Pourquoi le texte pour {network} ne peut pas changer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Different text for {network}</source>
        <translation>&amp;Texte différent pour {network}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a different text for {network}</source>
        <translation>Utiliser un texte différent pour {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset to main text</source>
        <translation>&amp;Revenir au texte principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the {network} text with the main text</source>
        <translation>Remplacer le texte pour {network} par le texte principal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{network} text</source>
        <translation>Texte pour {network}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Length:</source>
        <translation>Longueur&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Problems for {network}</source>
        <translation>Problèmes pour {network}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{network} preview</source>
        <translation>Aperçu {network}</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_status.py" line="+115"/>
        <source>{length} of {limit} characters</source>
        <extracomment>Mastodon&apos;s default limit when no instance tells us its own.</extracomment>
        <translation>{length} caractères sur {limit}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{bytes} / {limit} bytes</source>
        <translation>{bytes} / {limit} octets</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{bytes} of {limit} bytes</source>
        <translation>{bytes} octets sur {limit}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Longest of {n} parts: {count}</source>
        <translation>La plus longue des {n} parties&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Already published to {network}: its text can no longer be changed here.</source>
        <translation>Déjà publiée sur {network}&#xa0;: son texte n&apos;est plus modifiable ici.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Being published to {network} right now: its text can&apos;t be changed.</source>
        <translation>Publication en cours sur {network}&#xa0;: son texte ne peut pas être modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About to be published to {network}: its text is fixed and can&apos;t be changed here.</source>
        <translation>Sur le point d&apos;être publiée sur {network}&#xa0;: son texte est figé et n&apos;est pas modifiable ici.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network} will be tried again with exactly what was sent: it can&apos;t be changed here.</source>
        <translation>{network} sera réessayé avec exactement ce qui a été envoyé&#xa0;: ce n&apos;est pas modifiable ici.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}&apos;s own scheduler holds this post: its text can&apos;t be changed here.</source>
        <translation>Le programmateur de {network} détient cette publication&#xa0;: son texte n&apos;est pas modifiable ici.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk does not know whether this went out on {network}: its text can&apos;t be changed until that is settled.</source>
        <translation>Postdesk ne sait pas si elle est partie sur {network}&#xa0;: son texte n&apos;est pas modifiable tant que ce n&apos;est pas tranché.</translation>
    </message>
</context>
<context>
    <name>TargetsPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/targets_part.py" line="+104"/>
        <source>Networks chosen for this post</source>
        <translation>Réseaux choisis pour cette publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen networks: pick one to see its preview</source>
        <translation>Réseaux choisis&#xa0;: sélectionnez-en un pour voir son aperçu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose where to post with the buttons above. You can write first and choose later.</source>
        <translation>Choisissez où publier avec les boutons ci-dessus. Vous pouvez d&apos;abord écrire et choisir ensuite.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{network}: text, options and preview</source>
        <translation>{network}&#xa0;: texte, options et aperçu</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../src/postdesk/ui/composer/templates_dialog.py" line="+42"/>
        <location line="+1"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A template keeps a post&apos;s text, networks, accounts, options and tags (not its time).</source>
        <translation>Un modèle conserve le texte, les réseaux, les comptes, les options et les étiquettes d&apos;une publication (pas son heure).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved templates</source>
        <translation>Modèles enregistrés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New post from it</source>
        <translation>&amp;Nouvelle publication à partir du modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new post from the chosen template</source>
        <translation>Commencer une nouvelle publication à partir du modèle choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the chosen template</source>
        <translation>Renommer le modèle choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen template</source>
        <translation>Supprimer le modèle choisi</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No templates yet: in the composer, More &gt; Save as template…</source>
        <translation>Aucun modèle pour l&apos;instant&#xa0;: dans l&apos;éditeur, Plus &gt; Enregistrer comme modèle…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rename template</source>
        <translation>Renommer le modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;name:</source>
        <translation>Nouveau &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Another template already has that name.</source>
        <translation>Un autre modèle porte déjà ce nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That could not be saved. Try again in a moment.</source>
        <translation>Impossible d&apos;enregistrer. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>TikTokOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="+113"/>
        <source>TikTok keeps every post from an app it has not audited private (“Only me”), from a private account. Until your TikTok app passes TikTok&apos;s audit, choose “Only me”.</source>
        <translation>TikTok garde privée («&#xa0;Moi uniquement&#xa0;») toute publication provenant d&apos;une application qu&apos;il n&apos;a pas auditée, depuis un compte privé. Tant que votre application TikTok n&apos;a pas passé l&apos;audit de TikTok, choisissez «&#xa0;Moi uniquement&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the account&apos;s TikTok settings again</source>
        <translation>Relire les réglages TikTok du compte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who can see this TikTok post</source>
        <translation>Qui peut voir cette publication TikTok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose who can see it</source>
        <translation>Choisissez qui peut la voir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who can see it:</source>
        <translation>&amp;Qui peut la voir&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duet</source>
        <translation>Duo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stitch</source>
        <translation>Stitch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allow users to:</source>
        <translation>Autoriser les utilisateurs à&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disclose commercial content</source>
        <translation>Divulguer le contenu commercial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn this on if this post promotes yourself, a brand, a product or a service.</source>
        <translation>Activez cette option si cette publication fait la promotion de vous-même, d&apos;une marque, d&apos;un produit ou d&apos;un service.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your brand — you are promoting yourself or your own business</source>
        <translation>Votre marque — vous faites votre propre promotion ou celle de votre entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branded content — you are promoting another brand or a third party</source>
        <translation>Contenu de marque — vous faites la promotion d&apos;une autre marque ou d&apos;un tiers</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>AI-generated content</source>
        <translation>Contenu généré par IA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title of the photo post</source>
        <translation>Titre de la publication photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo posts: a title of up to 90 characters (optional)</source>
        <translation>Publications photo&#xa0;: un titre de 90 caractères au plus (facultatif)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo &amp;title:</source>
        <translation>&amp;Titre de la photo&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My media relay&apos;s address is verified with TikTok</source>
        <translation>L&apos;adresse de mon relais média est vérifiée par TikTok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo posts need it: TikTok fetches photos only from addresses your TikTok app verified (URL properties in the developer portal).</source>
        <translation>Requis pour les publications photo&#xa0;: TikTok ne récupère les photos qu&apos;à partir d&apos;adresses vérifiées par votre application TikTok (URL properties dans le portail des développeurs).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Reading the account&apos;s settings from TikTok…</source>
        <translation>Lecture des réglages du compte depuis TikTok…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>TikTok did not give this account&apos;s settings: {reason}. Posting waits until it does; try Refresh in a moment.</source>
        <translation>TikTok n&apos;a pas fourni les réglages de ce compte&#xa0;: {reason}. La publication attendra qu&apos;il le fasse&#xa0;; réessayez Actualiser dans un instant.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a TikTok account: its own settings decide the choices below.</source>
        <translation>Choisissez un compte TikTok&#xa0;: ses propres réglages déterminent les choix ci-dessous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posting to {nickname} (@{username}) on TikTok</source>
        <translation>Publication sur {nickname} (@{username}) sur TikTok</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Turned off in this account&apos;s TikTok settings</source>
        <translation>Désactivé dans les réglages TikTok de ce compte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friends</source>
        <translation>Amis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followers</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only me</source>
        <translation>Moi uniquement</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Branded content cannot be private</source>
        <translation>Le contenu de marque ne peut pas être privé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your post will be labeled “Paid partnership”.</source>
        <translation>Votre publication portera la mention «&#xa0;Partenariat rémunéré&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your post will be labeled “Promotional content”.</source>
        <translation>Votre publication portera la mention «&#xa0;Contenu promotionnel&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose whether you promote your own brand, another brand, or both.</source>
        <translation>Indiquez si vous faites la promotion de votre propre marque, d&apos;une autre marque, ou des deux.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By posting, you agree to TikTok&apos;s Branded Content Policy and Music Usage Confirmation.</source>
        <translation>En publiant, vous acceptez la Politique relative au contenu de marque et la Confirmation d&apos;utilisation de la musique de TikTok.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By posting, you agree to TikTok&apos;s Music Usage Confirmation.</source>
        <translation>En publiant, vous acceptez la Confirmation d&apos;utilisation de la musique de TikTok.</translation>
    </message>
</context>
<context>
    <name>TikTokPreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_preview.py" line="+83"/>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TikTok shows your video or photos here</source>
        <translation>TikTok affiche votre vidéo ou vos photos ici</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="-89"/>
        <source>An account since removed</source>
        <translation>Un compte supprimé depuis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not given by this network</source>
        <translation>Non fourni par ce réseau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="+57"/>
        <location line="+48"/>
        <source>Postdesk — publishing</source>
        <extracomment>How long a notification stays up, in milliseconds.</extracomment>
        <translation>Postdesk — publication active</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Postdesk tray menu</source>
        <translation>Menu de Postdesk dans la zone de notification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Postdesk</source>
        <translation>&amp;Ouvrir Postdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <source>&amp;Pause publishing</source>
        <translation>&amp;Suspendre la publication</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>&amp;Quit Postdesk</source>
        <translation>&amp;Quitter Postdesk</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Postdesk — publishing paused</source>
        <extracomment>The post the last notification was about, as (code, post id, target id), if any.</extracomment>
        <translation>Postdesk — publication suspendue</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unread in the inbox</source>
        <translation>
            <numerusform>%Ln non lu dans la boîte de réception</numerusform>
            <numerusform>%Ln non lus dans la boîte de réception</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Resume publishing</source>
        <translation>&amp;Reprendre la publication</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your post is live on {network}.</source>
        <translation>Votre publication est en ligne sur {network}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network refused the post.</source>
        <translation>Le réseau a refusé la publication.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not published</source>
        <translation>Non publiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network} did not publish your post: {reason}</source>
        <translation>{network} n&apos;a pas publié votre publication&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs your attention</source>
        <translation>Action requise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posts missed while Postdesk was closed</source>
        <translation>Publications manquées pendant que Postdesk était fermé</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n post(s) fell due while Postdesk was not running. Click to choose what to do.</source>
        <translation>
            <numerusform>%Ln publication est arrivée à échéance pendant que Postdesk n&apos;était pas ouvert. Cliquez pour choisir quoi faire.</numerusform>
            <numerusform>%Ln publications sont arrivées à échéance pendant que Postdesk n&apos;était pas ouvert. Cliquez pour choisir quoi faire.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for the network</source>
        <translation>En attente du réseau</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n post(s) will go out when the connection is back.</source>
        <translation>
            <numerusform>%Ln publication partira au retour de la connexion.</numerusform>
            <numerusform>%Ln publications partiront au retour de la connexion.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(et %Ln autre problème)</numerusform>
            <numerusform>(et %Ln autres problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A scheduled post cannot go out</source>
        <translation>Une publication programmée ne peut pas partir</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n new replies and mentions on {label}</source>
        <translation>
            <numerusform>%Ln nouvelle réponse ou mention sur {label}</numerusform>
            <numerusform>%Ln nouvelles réponses et mentions sur {label}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new replies and mentions</source>
        <translation>
            <numerusform>%Ln nouvelle réponse ou mention</numerusform>
            <numerusform>%Ln nouvelles réponses et mentions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An account needs to be reconnected before its posts can go out.</source>
        <translation>Un compte doit être reconnecté avant que ses publications puissent partir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An account needs you to sign in again; its posts wait until you do.</source>
        <translation>Un compte exige que vous vous reconnectiez&#xa0;; ses publications attendent que vous le fassiez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postdesk cannot tell whether an inbox reply went out. Please check the conversation on the network.</source>
        <translation>Postdesk ne peut pas savoir si une réponse de la boîte de réception est partie. Veuillez vérifier la conversation sur le réseau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk cannot save to its database: is the disk full? A post that just went out is recorded as soon as there is room; it is not sent twice.</source>
        <translation>Postdesk ne peut pas enregistrer dans sa base de données&#xa0;: le disque est-il plein&#xa0;? Une publication qui vient de partir sera enregistrée dès qu&apos;il y aura de la place&#xa0;; elle ne sera pas envoyée deux fois.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A post could not go out because one of its files is no longer in the media library.</source>
        <translation>Une publication n&apos;a pas pu partir, car l&apos;un de ses fichiers n&apos;est plus dans la médiathèque.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A post was not sent because an image has no alt text, and you asked for alt text on every image.</source>
        <translation>Une publication n&apos;a pas été envoyée, car une image n&apos;a pas de texte alternatif et vous avez exigé un texte alternatif sur chaque image.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk does not know whether a post went out. Click here to look, and to say whether it is there.</source>
        <translation>Postdesk ne sait pas si une publication est partie. Cliquez ici pour vérifier et indiquer si elle y est.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A post could not be published after several tries.</source>
        <translation>Une publication n&apos;a pas pu être publiée après plusieurs essais.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A post went out, but its first comment did not.</source>
        <translation>Une publication est partie, mais pas son premier commentaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something needs your attention.</source>
        <translation>Un élément requiert votre attention.</translation>
    </message>
</context>
<context>
    <name>UnknownResolutionDialog</name>
    <message>
        <location filename="../src/postdesk/ui/dialogs/unknown_resolution.py" line="+45"/>
        <source>{network} cannot look a post up: if its answer is ever lost, Postdesk asks you whether the post is there.</source>
        <translation>{network} ne permet pas de rechercher une publication&#xa0;: si sa réponse se perd, Postdesk vous demandera si la publication y est.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Did it go out on {network}?</source>
        <translation>Est-elle partie sur {network}&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postdesk does not know whether this post went out on {network}: the network&apos;s answer was lost. It will not send it again on its own, because that could post it twice.</source>
        <translation>Postdesk ne sait pas si cette publication est partie sur {network}&#xa0;: la réponse du réseau a été perdue. Il ne la renverra pas de lui-même, car elle pourrait être publiée deux fois.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Look on {network}</source>
        <translation>&amp;Vérifier sur {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open your {network} profile to look for the post</source>
        <translation>Ouvrir votre profil {network} pour chercher la publication</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open {network} and look at the account&apos;s latest posts.</source>
        <translation>Ouvrez {network} et regardez les dernières publications du compte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its &amp;link, if you found it (optional):</source>
        <translation>Son &amp;lien, si vous l&apos;avez trouvée (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The post&apos;s link on {network} (optional)</source>
        <translation>Le lien de la publication sur {network} (facultatif)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What Postdesk did</source>
        <translation>Ce que Postdesk a fait</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decide &amp;later</source>
        <translation>Décider plus &amp;tard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide later and close</source>
        <translation>Décider plus tard et fermer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send it again</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not there: send it again</source>
        <translation>Elle n&apos;y est pas&#xa0;: la renvoyer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It&apos;s &amp;there</source>
        <translation>Elle y &amp;est</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is there: mark it as published</source>
        <translation>Elle y est&#xa0;: la marquer comme publiée</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>That does not look like a link (it should start with https://). Leave the field empty if you don&apos;t have it.</source>
        <translation>Cela ne ressemble pas à un lien (il doit commencer par https://). Laissez le champ vide si vous ne l&apos;avez pas.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This post was already settled meanwhile (or is being sent): nothing changed.</source>
        <translation>Le sort de cette publication a déjà été réglé entre-temps (ou elle est en cours d&apos;envoi)&#xa0;: rien n&apos;a changé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked as published on {network}.</source>
        <translation>Marquée comme publiée sur {network}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending it again to {network} now.</source>
        <translation>Nouvel envoi vers {network} en cours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk could not record your answer: {error}. Try again.</source>
        <translation>Postdesk n&apos;a pas pu enregistrer votre réponse&#xa0;: {error}. Réessayez.</translation>
    </message>
</context>
<context>
    <name>VaultDialog</name>
    <message>
        <location filename="../src/postdesk/ui/vault_dialog.py" line="+93"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Confirmation de la phrase secrète</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep sign-ins in an encrypted file</source>
        <translation>Conserver les connexions dans un fichier chiffré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no password keyring Postdesk can use. Your sign-ins will be kept in the encrypted file {path} instead, locked with a passphrase you choose now. Postdesk asks for it each time it starts. If you forget it, nobody can open the file: you would connect your accounts again.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau de mots de passe utilisable par Postdesk. Vos connexions seront plutôt conservées dans le fichier chiffré {path}, verrouillé par une phrase secrète que vous choisissez maintenant. Postdesk la demande à chaque démarrage. Si vous l&apos;oubliez, personne ne pourra ouvrir le fichier&#xa0;: vous devrez reconnecter vos comptes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Use this passphrase</source>
        <translation>&amp;Utiliser cette phrase secrète</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock your sign-ins</source>
        <translation>Déverrouiller vos connexions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your sign-ins are kept in the encrypted file {path}. Enter its passphrase so Postdesk can publish and check your accounts. With “Not now” Postdesk starts with your accounts locked: nothing is lost, and you can unlock them later in Accounts.</source>
        <translation>Vos connexions sont conservées dans le fichier chiffré {path}. Saisissez sa phrase secrète pour que Postdesk puisse publier et vérifier vos comptes. Avec «&#xa0;Pas maintenant&#xa0;», Postdesk démarre avec vos comptes verrouillés&#xa0;: rien n&apos;est perdu, et vous pourrez les déverrouiller plus tard dans Comptes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not now</source>
        <translation>Pas &amp;maintenant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Too short: use at least %n characters ({typed} so far).</source>
        <translation>
            <numerusform>Trop courte&#xa0;: utilisez au moins %Ln caractère ({typed} pour l&apos;instant).</numerusform>
            <numerusform>Trop courte&#xa0;: utilisez au moins %Ln caractères ({typed} pour l&apos;instant).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Strength: weak. Easy to guess; make it longer, or mix in capitals, digits or symbols.</source>
        <translation>Robustesse&#xa0;: faible. Facile à deviner&#xa0;; allongez-la, ou mélangez majuscules, chiffres ou symboles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength: fair. A few more words make it much harder to guess.</source>
        <translation>Robustesse&#xa0;: moyenne. Quelques mots de plus la rendent bien plus difficile à deviner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: good.</source>
        <translation>Robustesse&#xa0;: bonne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: strong.</source>
        <translation>Robustesse&#xa0;: élevée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(Estimated from its length and the kinds of characters in it.)</source>
        <translation>(Estimée d&apos;après sa longueur et les types de caractères qu&apos;elle contient.)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the passphrase.</source>
        <translation>Saisissez la phrase secrète.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>La phrase secrète doit comporter au moins %Ln caractère.</numerusform>
            <numerusform>La phrase secrète doit comporter au moins %Ln caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Use at least %n characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Utilisez au moins %Ln caractère&#xa0;; quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.</numerusform>
            <numerusform>Utilisez au moins %Ln caractères&#xa0;; quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Opening the encrypted file…</source>
        <translation>Ouverture du fichier chiffré…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That passphrase does not open the encrypted file. Check it and try again, or choose “Not now”.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas le fichier chiffré. Vérifiez-la et réessayez, ou choisissez «&#xa0;Pas maintenant&#xa0;».</translation>
    </message>
</context>
<context>
    <name>WaitingPosts</name>
    <message>
        <location filename="../src/postdesk/ui/queues/waiting.py" line="+57"/>
        <source>&amp;Waiting in this queue</source>
        <extracomment>Alt+Up / Alt+Down move the chosen post one place.</extracomment>
        <translation>En a&amp;ttente dans cette file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posts waiting in this queue, soonest first</source>
        <translation>Publications en attente dans cette file d&apos;attente, les plus proches d&apos;abord</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the chosen post an earlier time</source>
        <translation>Donner une heure plus tôt à la publication choisie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move d&amp;own</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the chosen post a later time</source>
        <translation>Donner une heure plus tardive à la publication choisie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;huffle</source>
        <translation>Mé&amp;langer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deal the waiting posts out in a new order</source>
        <translation>Redistribuer les publications en attente dans un nouvel ordre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+Up</source>
        <translation>Alt+Haut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Down</source>
        <translation>Alt+Bas</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../src/postdesk/ui/welcome.py" line="+291"/>
        <source>&amp;Welcome to Postdesk</source>
        <translation>&amp;Bienvenue dans Postdesk</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location line="-205"/>
        <location line="+1"/>
        <location line="+4"/>
        <source>Welcome to Postdesk</source>
        <translation>Bienvenue dans Postdesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a post once, pick where it goes and when, and Postdesk publishes it from this computer. Your posts, drafts and sign-ins stay on your machine.</source>
        <translation>Rédigez une publication une seule fois, choisissez où et quand elle part, et Postdesk la publie depuis cet ordinateur. Vos publications, brouillons et connexions restent sur votre machine.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Postdesk publishes to: {names}.</source>
        <translation>Postdesk publie sur&#xa0;: {names}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This copy of Postdesk cannot publish to any network yet.</source>
        <translation>Cette copie de Postdesk ne peut encore publier sur aucun réseau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{drafts}: can be drafted for, with counters and previews; publishing is not built yet, so Postdesk keeps those posts as drafts for you to copy.</source>
        <translation>{drafts}&#xa0;: vous pouvez y préparer des brouillons, avec compteurs et aperçus&#xa0;; la publication n&apos;est pas encore prise en charge, Postdesk conserve donc ces publications comme brouillons que vous pourrez copier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To publish, connect an account: you sign in on the network&apos;s own page, and Postdesk keeps the sign-in in your system&apos;s keychain. Some networks ask you to create a free app of your own first; the connect window explains each step.</source>
        <translation>Pour publier, connectez un compte&#xa0;: vous vous connectez sur la page du réseau lui-même, et Postdesk conserve la connexion dans le trousseau de votre système. Certains réseaux vous demandent d&apos;abord de créer votre propre application gratuite&#xa0;; la fenêtre de connexion explique chaque étape.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Connect your first account…</source>
        <translation>&amp;Connecter votre premier compte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect your first account</source>
        <translation>Connecter votre premier compte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Just write</source>
        <translation>&amp;Écrire d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Just write: go to the composer</source>
        <translation>Écrire d&apos;abord&#xa0;: aller à l&apos;éditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write and save drafts now; connect accounts later</source>
        <translation>Rédigez et enregistrez des brouillons maintenant&#xa0;; connectez des comptes plus tard</translation>
    </message>
</context>
<context>
    <name>WelcomeSection</name>
    <message>
        <location line="+66"/>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the &amp;welcome again</source>
        <translation>Réaffic&amp;her l&apos;accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the welcome again</source>
        <translation>Réafficher l&apos;accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the welcome again (F1)</source>
        <translation>Réafficher l&apos;accueil (F1)</translation>
    </message>
</context>
<context>
    <name>XOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/x_options.py" line="+43"/>
        <source>Who can reply on X</source>
        <translation>Qui peut répondre sur X</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts you follow</source>
        <translation>Comptes que vous suivez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only accounts you mention</source>
        <translation>Seulement les comptes mentionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your subscribers</source>
        <translation>Vos abonnés payants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified accounts</source>
        <translation>Comptes certifiés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Who can repl&amp;y:</source>
        <translation>Qui peut &amp;répondre&#xa0;:</translation>
    </message>
</context>
<context>
    <name>YouTubeOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="+54"/>
        <source>Who can watch the video</source>
        <translation>Qui peut regarder la vidéo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public</source>
        <translation>Publique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlisted (anyone with the link)</source>
        <translation>Non répertoriée (toute personne disposant du lien)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private</source>
        <translation>Privée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Visibility:</source>
        <translation>&amp;Visibilité&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Until Google audits your own YouTube API project, YouTube keeps every video uploaded through it private, whatever you choose here. Request the audit from the YouTube API Services form in your Google Cloud project.</source>
        <translation>Tant que Google n&apos;a pas audité votre propre projet d&apos;API YouTube, YouTube garde privée toute vidéo mise en ligne par son intermédiaire, quel que soit votre choix ici. Demandez l&apos;audit avec le formulaire YouTube API Services dans votre projet Google Cloud.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why YouTube may keep the video private</source>
        <translation>Pourquoi YouTube peut garder la vidéo privée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Is the video made for kids?</source>
        <translation>La vidéo est-elle conçue pour les enfants&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, it&apos;s not made for kids</source>
        <translation>Non, elle n&apos;est pas conçue pour les enfants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, it&apos;s made for kids</source>
        <translation>Oui, elle est conçue pour les enfants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;udience:</source>
        <translation>A&amp;udience&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags, separated by commas</source>
        <translation>Tags, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by commas</source>
        <translation>Séparés par des virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cate&amp;gory:</source>
        <translation>Caté&amp;gorie&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard YouTube license</source>
        <translation>Licence YouTube standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creative Commons - Attribution</source>
        <translation>Creative Commons - Attribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;License:</source>
        <translation>&amp;Licence&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the title and description</source>
        <translation>Langue du titre et de la description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. en, fr, pt-BR (optional)</source>
        <translation>p. ex. en, fr, pt-BR (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Playlist to add the video to</source>
        <translation>Playlist à laquelle ajouter la vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playlist ID, e.g. PL… (optional)</source>
        <translation>ID de playlist, p. ex. PL… (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Playlist:</source>
        <translation>&amp;Playlist&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+100"/>
        <source>YouTube picks a frame</source>
        <translation>YouTube choisit une image</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a custom thumbnail</source>
        <translation>Choisir une miniature personnalisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the custom thumbnail</source>
        <translation>Retirer la miniature personnalisée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thumbnail:</source>
        <translation>Miniature&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Post as a &amp;Short (vertical or square, up to 3 minutes)</source>
        <translation>Publier comme &amp;Short (vertical ou carré, 3 minutes au plus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post as a YouTube Short</source>
        <translation>Publier comme Short YouTube</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notify subscribers</source>
        <translation>&amp;Avertir les abonnés</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Choose a thumbnail</source>
        <translation>Choisir une miniature</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
</TS>
