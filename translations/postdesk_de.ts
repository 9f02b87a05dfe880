<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/postdesk/ui/about_dialog.py" line="+64"/>
        <location line="+1"/>
        <source>About Postdesk</source>
        <translation>Über Postdesk</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Draft, schedule and publish posts to your own social accounts, from your own computer.</source>
        <translation>Beiträge entwerfen, planen und auf Ihren eigenen Social-Media-Konten veröffentlichen – von Ihrem eigenen Computer aus.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Postdesk {version}</source>
        <translation>Postdesk {version}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Postdesk is free software: you may share and change it under the terms of the &lt;a href=&quot;{gpl_url}&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt; ({license}). Its &lt;a href=&quot;{source_url}&quot;&gt;source code&lt;/a&gt; is public.</source>
        <translation>Postdesk ist freie Software: Sie dürfen sie unter den Bedingungen der &lt;a href=&quot;{gpl_url}&quot;&gt;GNU General Public License, Version 3 oder später&lt;/a&gt; ({license}) weitergeben und verändern. Der &lt;a href=&quot;{source_url}&quot;&gt;Quellcode&lt;/a&gt; ist öffentlich.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Built with Qt {qt_version} and Qt for Python (PySide6) {pyside_version}, used under the &lt;a href=&quot;{lgpl_url}&quot;&gt;GNU Lesser General Public License, version 3&lt;/a&gt;. The notices below say where their source is and how to replace them.</source>
        <translation>Erstellt mit Qt {qt_version} und Qt for Python (PySide6) {pyside_version}, verwendet unter der &lt;a href=&quot;{lgpl_url}&quot;&gt;GNU Lesser General Public License, Version 3&lt;/a&gt;. Die Hinweise unten nennen, wo deren Quellcode zu finden ist und wie man sie ersetzt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Third-party software in Postdesk:</source>
        <translation>&amp;Drittanbieter-Software in Postdesk:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Third-party notices</source>
        <translation>Hinweise zu Drittanbietern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy notices</source>
        <translation>Hinweise &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the third-party notices</source>
        <translation>Hinweise zu Drittanbieter-Software kopieren</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Postdesk</source>
        <translation>&amp;Über Postdesk</translation>
    </message>
</context>
<context>
    <name>AccountChip</name>
    <message>
        <location filename="../src/postdesk/ui/composer/account_chips.py" line="+159"/>
        <source>{handle} on {network}, selected</source>
        <extracomment>The picture&apos;s diameter on a chip. The network mark&apos;s badge on the picture&apos;s corner.</extracomment>
        <translation>{handle} auf {network}, ausgewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{handle} on {network}</source>
        <translation>{handle} auf {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post as {handle} on {network}</source>
        <translation>Als {handle} auf {network} veröffentlichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account must be reconnected before Postdesk can publish with it.</source>
        <translation>Dieses Konto muss erneut verbunden werden, bevor Postdesk damit veröffentlichen kann.</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <location filename="../src/postdesk/ui/composer/models.py" line="+265"/>
        <source>No account yet (draft only)</source>
        <translation>Noch kein Konto (nur Entwurf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{account} — sign in again</source>
        <translation>{account} – erneut anmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{account} needs you to sign in again (Accounts) before it can post.</source>
        <translation>Sie müssen sich bei {account} erneut anmelden (Konten), bevor damit veröffentlicht werden kann.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../src/postdesk/ui/accounts/wording.py" line="+25"/>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Secret Service, such as GNOME Keyring or KeePassXC</source>
        <translation>Secret Service, etwa GNOME Keyring oder KeePassXC</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs reconnect</source>
        <translation>Erneut verbinden nötig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The browser did not come back in time. Start again and finish signing in there.</source>
        <translation>Der Browser hat nicht rechtzeitig geantwortet. Beginnen Sie erneut und schließen Sie die Anmeldung dort ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You chose not to give Postdesk access, so nothing was connected.</source>
        <translation>Sie haben Postdesk keinen Zugriff gewährt, daher wurde nichts verbunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network refused the sign-in. Check the app settings you registered with it (client id, redirect address, permissions) and try again.</source>
        <translation>Das Netzwerk hat die Anmeldung abgelehnt. Prüfen Sie die dort registrierten App-Einstellungen (Client-ID, Weiterleitungsadresse, Berechtigungen) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That sign-in link was old or already used. Start again.</source>
        <translation>Dieser Anmeldelink war veraltet oder wurde bereits verwendet. Beginnen Sie erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another program is using the port for the sign-in address. Close it, or choose another port (and register that address with the network).</source>
        <translation>Ein anderes Programm verwendet den Port der Anmeldeadresse. Schließen Sie es oder wählen Sie einen anderen Port (und registrieren Sie diese Adresse beim Netzwerk).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The network did not hand over access after you signed in. Check the client id and secret, then try again.</source>
        <translation>Das Netzwerk hat nach der Anmeldung keinen Zugriff gewährt. Prüfen Sie Client-ID und Secret und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network no longer accepts this sign-in. Reconnect the account.</source>
        <translation>Das Netzwerk akzeptiert diese Anmeldung nicht mehr. Verbinden Sie das Konto erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network could not be told to forget Postdesk&apos;s access.</source>
        <translation>Das Netzwerk konnte nicht angewiesen werden, den Zugriff von Postdesk zu widerrufen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network cannot be reached. Check your connection.</source>
        <translation>Das Netzwerk ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the client id of your developer app.</source>
        <translation>Geben Sie die Client-ID Ihrer Entwickler-App ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This network also needs your app&apos;s client secret.</source>
        <translation>Dieses Netzwerk benötigt außerdem das Client-Secret Ihrer App.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some details are missing or not in the expected form.</source>
        <translation>Einige Angaben fehlen oder haben nicht das erwartete Format.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no password keyring that Postdesk can use, so it cannot keep your sign-ins safe. You can keep them in a file encrypted with a passphrase instead.</source>
        <translation>Auf diesem Computer gibt es keinen Passwort-Schlüsselbund, den Postdesk nutzen kann, daher können Ihre Anmeldedaten nicht sicher aufbewahrt werden. Sie können sie stattdessen in einer mit einer Passphrase verschlüsselten Datei speichern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your password keyring is locked. Unlock it (your system may ask for your login password) and try again. Your drafts are safe.</source>
        <translation>Ihr Passwort-Schlüsselbund ist gesperrt. Entsperren Sie ihn (Ihr System fragt eventuell nach Ihrem Anmeldepasswort) und versuchen Sie es erneut. Ihre Entwürfe sind sicher.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password keyring refused to store the sign-in.</source>
        <translation>Der Passwort-Schlüsselbund hat das Speichern der Anmeldedaten verweigert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That passphrase does not open the encrypted file.</source>
        <translation>Mit dieser Passphrase lässt sich die verschlüsselte Datei nicht öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The encrypted sign-in file is damaged.</source>
        <translation>Die verschlüsselte Datei mit den Anmeldedaten ist beschädigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your sign-ins are kept in an encrypted file that is locked. Unlock it with your passphrase to connect accounts and publish. Nothing is lost while it is locked.</source>
        <translation>Ihre Anmeldedaten liegen in einer verschlüsselten Datei, die gesperrt ist. Entsperren Sie sie mit Ihrer Passphrase, um Konten zu verbinden und zu veröffentlichen. Solange sie gesperrt ist, geht nichts verloren.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Die Passphrase muss mindestens %Ln Zeichen lang sein.</numerusform>
            <numerusform>Die Passphrase muss mindestens %Ln Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network did not accept these credentials.</source>
        <translation>Das Netzwerk hat diese Zugangsdaten nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bot is not an administrator of that channel with permission to post. Add it as an administrator in the channel settings, then try again.</source>
        <translation>Der Bot ist kein Administrator dieses Kanals mit Berechtigung zum Veröffentlichen. Fügen Sie ihn in den Kanaleinstellungen als Administrator hinzu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bot cannot see that channel. Check the name, and add the bot to the channel.</source>
        <translation>Der Bot kann diesen Kanal nicht sehen. Prüfen Sie den Namen und fügen Sie den Bot zum Kanal hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong while signing in.</source>
        <translation>Bei der Anmeldung ist ein Fehler aufgetreten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create a project and app at developer.x.com, turn on OAuth 2.0 with type “Native App” (a public client), and add the callback address below. Paste the app&apos;s OAuth 2.0 Client ID here.</source>
        <translation>Erstellen Sie auf developer.x.com ein Projekt und eine App, aktivieren Sie OAuth 2.0 mit dem Typ „Native App“ (ein öffentlicher Client) und fügen Sie die Callback-Adresse unten hinzu. Fügen Sie hier die OAuth 2.0 Client ID der App ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to register. Sign in through your browser, or use an app password made in Bluesky under Settings → Privacy and security → App passwords.</source>
        <translation>Keine Registrierung nötig. Melden Sie sich über Ihren Browser an oder verwenden Sie ein App-Passwort, das Sie in Bluesky unter Einstellungen → Privatsphäre und Sicherheit → App-Passwörter erstellen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to register: enter your server (for example mastodon.social) and Postdesk registers itself there.</source>
        <translation>Keine Registrierung nötig: Geben Sie Ihren Server ein (zum Beispiel mastodon.social), und Postdesk registriert sich dort selbst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create an app with the Threads use case at developers.facebook.com, add the redirect address below as a valid OAuth redirect URI, and paste the Threads app id and secret.</source>
        <translation>Erstellen Sie auf developers.facebook.com eine App mit dem Anwendungsfall Threads, fügen Sie die Weiterleitungsadresse unten als gültigen OAuth-Redirect-URI hinzu und fügen Sie die App-ID und das Secret der Threads-App ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You need an Instagram professional account (Business or Creator; switch in the Instagram app under Settings › Account type and tools) and your own Meta app: at developers.facebook.com create an app with the use case “Manage messaging &amp; content on Instagram”, open API setup with Instagram login, add your Instagram account as an Instagram tester and accept the invitation in Instagram, put the redirect address below under Business login settings › OAuth redirect URIs, and paste the Instagram app ID and Instagram app secret shown there (not the Meta app&apos;s own ID). Postdesk asks for instagram_business_basic, instagram_business_content_publish, instagram_business_manage_comments and instagram_business_manage_insights. Instagram fetches every photo and video from a web address, so posting also needs a media relay (Settings › Media relay). Posts cannot be deleted through this login: delete them in the app.</source>
        <translation>Sie benötigen ein professionelles Instagram-Konto (Business oder Creator; umstellen können Sie das in der Instagram-App unter Einstellungen › Kontoart und Tools) und Ihre eigene Meta-App: Erstellen Sie auf developers.facebook.com eine App mit dem Anwendungsfall „Nachrichten und Content auf Instagram verwalten“, öffnen Sie die API-Einrichtung mit Instagram-Login, fügen Sie Ihr Instagram-Konto als Instagram-Tester hinzu und nehmen Sie die Einladung in Instagram an, tragen Sie die Weiterleitungsadresse unten unter Business-Login-Einstellungen › OAuth-Redirect-URIs ein und fügen Sie die dort angezeigte Instagram-App-ID und das Instagram-App-Secret ein (nicht die ID der Meta-App selbst). Postdesk fordert instagram_business_basic, instagram_business_content_publish, instagram_business_manage_comments und instagram_business_manage_insights an. Instagram ruft jedes Foto und Video von einer Webadresse ab, daher benötigt das Veröffentlichen auch ein Medien-Relay (Einstellungen › Medien-Relay). Beiträge können über diese Anmeldung nicht gelöscht werden: Löschen Sie sie in der App.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You need a Facebook Page you can create posts on (as its admin or editor) and your own Meta app: at developers.facebook.com create an app with the use case “Manage everything on your Page”, add Facebook Login, put the redirect address below under “Valid OAuth Redirect URIs” (Meta allows this local address while the app is in development mode), and paste the App ID and App secret from App settings › Basic. After you sign in, you pick the Pages Postdesk may post to; each Page becomes its own account.</source>
        <translation>Sie benötigen eine Facebook-Seite, auf der Sie Beiträge erstellen dürfen (als Admin oder Editor), und Ihre eigene Meta-App: Erstellen Sie auf developers.facebook.com eine App mit dem Anwendungsfall „Alles auf deiner Seite verwalten“, fügen Sie Facebook Login hinzu, tragen Sie die Weiterleitungsadresse unten unter „Gültige OAuth Redirect URIs“ ein (Meta erlaubt diese lokale Adresse, solange die App im Entwicklungsmodus ist) und fügen Sie App-ID und App-Secret aus App-Einstellungen › Allgemeines ein. Nach der Anmeldung wählen Sie die Seiten, auf denen Postdesk veröffentlichen darf; jede Seite wird zu einem eigenen Konto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create an app at linkedin.com/developers, add the product “Share on LinkedIn”, add the redirect address below, and paste the client id and secret. LinkedIn asks you to sign in again every 60 days.</source>
        <translation>Erstellen Sie auf linkedin.com/developers eine App, fügen Sie das Produkt „Share on LinkedIn“ und die Weiterleitungsadresse unten hinzu und fügen Sie Client-ID und Secret ein. LinkedIn verlangt alle 60 Tage eine erneute Anmeldung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At console.cloud.google.com create a project and enable “YouTube Data API v3”. Set up the OAuth consent screen (External; while it is in Testing, add yourself as a test user, and Google asks you to sign in again every 7 days), then create an OAuth client ID of type “Desktop app” and paste its client ID and secret (Google does not treat a desktop secret as confidential; any local port works). Until Google audits your project (the YouTube API Services audit form), the videos it uploads stay private. A project may upload 100 videos a day.</source>
        <translation>Erstellen Sie auf console.cloud.google.com ein Projekt und aktivieren Sie „YouTube Data API v3“. Richten Sie den OAuth-Zustimmungsbildschirm ein (Extern; solange er im Testmodus ist, fügen Sie sich selbst als Testnutzer hinzu, und Google verlangt alle 7 Tage eine erneute Anmeldung), erstellen Sie dann eine OAuth-Client-ID vom Typ „Desktop-App“ und fügen Sie deren Client-ID und Secret ein (Google behandelt ein Desktop-Secret nicht als vertraulich; jeder lokale Port funktioniert). Bis Google Ihr Projekt prüft (Prüfformular der YouTube API Services), bleiben hochgeladene Videos privat. Ein Projekt darf 100 Videos pro Tag hochladen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At developers.tiktok.com open Manage apps and Connect an app. Add the products Login Kit (platform Desktop, with the redirect address below; a * port is allowed), Content Posting API with Direct Post turned on, and Display API; ask for the scopes user.info.basic, user.info.profile, video.publish and video.list. Paste the client key and client secret. Until TikTok audits your app, it posts only privately (“Only me”, from a private account) and for at most 5 accounts a day. Photo posts also need your media relay&apos;s address verified under URL properties.</source>
        <translation>Öffnen Sie auf developers.tiktok.com „Manage apps“ und „Connect an app“. Fügen Sie die Produkte Login Kit (Plattform Desktop, mit der Weiterleitungsadresse unten; ein *-Port ist erlaubt), Content Posting API mit aktiviertem Direct Post und Display API hinzu; fordern Sie die Scopes user.info.basic, user.info.profile, video.publish und video.list an. Fügen Sie Client Key und Client Secret ein. Bis TikTok Ihre App prüft, veröffentlicht sie nur privat („Nur ich“, von einem privaten Konto) und für höchstens 5 Konten pro Tag. Fotobeiträge erfordern außerdem, dass die Adresse Ihres Medien-Relays unter URL properties verifiziert ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You need a Pinterest business account. At developers.pinterest.com open My apps, choose Connect app and wait for Pinterest to approve it. Then add the redirect address below under Redirect URIs and paste the App ID and the App secret key. A new app has Trial access, which cannot publish Pins: ask for Standard access in My apps.</source>
        <translation>Sie benötigen ein Pinterest-Unternehmenskonto. Öffnen Sie auf developers.pinterest.com „My apps“, wählen Sie „Connect app“ und warten Sie, bis Pinterest sie genehmigt. Fügen Sie dann die Weiterleitungsadresse unten unter Redirect URIs hinzu und fügen Sie App ID und App secret key ein. Eine neue App hat Trial-Zugriff, mit dem keine Pins veröffentlicht werden können: Beantragen Sie Standard-Zugriff unter „My apps“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reddit now approves API access before a new app may sign anyone in: ask for it under its Responsible Builder Policy (support.reddithelp.com) and describe Postdesk as your own posting tool. Then at reddit.com/prefs/apps choose “create another app…”, pick “installed app”, enter the redirect address below exactly (Reddit compares it to the character, port included) and paste the client id shown under the app&apos;s name (installed apps have no secret). Postdesk asks for permanent access, so you sign in once.</source>
        <translation>Reddit genehmigt den API-Zugriff inzwischen, bevor eine neue App jemanden anmelden darf: Beantragen Sie ihn gemäß der Responsible Builder Policy (support.reddithelp.com) und beschreiben Sie Postdesk als Ihr eigenes Veröffentlichungstool. Wählen Sie dann auf reddit.com/prefs/apps „create another app…“, dann „installed app“, geben Sie die Weiterleitungsadresse unten exakt ein (Reddit vergleicht sie zeichengenau, inklusive Port) und fügen Sie die Client-ID ein, die unter dem Namen der App steht (installierte Apps haben kein Secret). Postdesk fordert dauerhaften Zugriff an, sodass Sie sich nur einmal anmelden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Google opens the Business Profile APIs only to projects it approves. At console.cloud.google.com create a project, then ask for access with Google&apos;s Business Profile API access form (developers.google.com/my-business/content/prereqs; you need a Business Profile verified for 60 days; Google answers within about 14 days). Once approved, enable “Google My Business API”, “My Business Account Management API” and “My Business Business Information API”. Set up the OAuth consent screen (while it is in Testing, add yourself as a test user), create an OAuth client ID of type “Desktop app” and paste its client ID and secret; any local port works. Photos need your media relay (Settings › Media relay): Google fetches them from its address.</source>
        <translation>Google öffnet die Business Profile APIs nur für genehmigte Projekte. Erstellen Sie auf console.cloud.google.com ein Projekt und beantragen Sie dann Zugriff über Googles Zugriffsformular für die Business Profile API (developers.google.com/my-business/content/prereqs; Sie benötigen ein seit 60 Tagen bestätigtes Unternehmensprofil; Google antwortet innerhalb von etwa 14 Tagen). Aktivieren Sie nach der Genehmigung „Google My Business API“, „My Business Account Management API“ und „My Business Business Information API“. Richten Sie den OAuth-Zustimmungsbildschirm ein (solange er im Testmodus ist, fügen Sie sich selbst als Testnutzer hinzu), erstellen Sie eine OAuth-Client-ID vom Typ „Desktop-App“ und fügen Sie deren Client-ID und Secret ein; jeder lokale Port funktioniert. Fotos benötigen Ihr Medien-Relay (Einstellungen › Medien-Relay): Google ruft sie von dessen Adresse ab.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message @BotFather on Telegram to create a bot and copy its token. Add the bot to your channel as an administrator allowed to post, then enter the channel&apos;s @name.</source>
        <translation>Schreiben Sie @BotFather auf Telegram eine Nachricht, um einen Bot zu erstellen, und kopieren Sie dessen Token. Fügen Sie den Bot als Administrator mit Berechtigung zum Veröffentlichen zu Ihrem Kanal hinzu und geben Sie dann den @Namen des Kanals ein.</translation>
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
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="+3"/>
        <source>Postdesk signs in to each network in your browser.</source>
        <translation>Postdesk meldet sich bei jedem Netzwerk in Ihrem Browser an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where sign-ins are kept</source>
        <translation>Speicherort der Anmeldedaten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign-in storage problem</source>
        <translation>Problem beim Speichern der Anmeldedaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Use an &amp;encrypted file…</source>
        <translation>&amp;Verschlüsselte Datei verwenden…</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+86"/>
        <source>Keep sign-ins in an encrypted file</source>
        <translation>Anmeldedaten in einer verschlüsselten Datei speichern</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Connected accounts</source>
        <translation>Verbundene Konten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in expires</source>
        <translation>Anmeldung läuft ab</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+96"/>
        <source>No accounts yet. Click Connect to add one.</source>
        <translation>Noch keine Konten. Klicken Sie auf „Verbinden“, um eines hinzuzufügen.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect an account</source>
        <translation>Ein Konto verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reconnect…</source>
        <translation>&amp;Erneut verbinden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect the selected account</source>
        <translation>Ausgewähltes Konto erneut verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default &amp;options…</source>
        <translation>Standard&amp;optionen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default options of the selected account</source>
        <translation>Standardoptionen des ausgewählten Kontos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect the selected account</source>
        <translation>Ausgewähltes Konto trennen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Entsperren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock the encrypted sign-in file</source>
        <translation>Verschlüsselte Datei mit den Anmeldedaten entsperren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No accounts yet. Choose where to keep your sign-ins (above) to connect one.</source>
        <translation>Noch keine Konten. Wählen Sie oben, wo Ihre Anmeldedaten gespeichert werden, um eines zu verbinden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sign-ins are kept in the encrypted file {file}, locked with your passphrase; never in plain text.</source>
        <translation>Anmeldedaten werden in der verschlüsselten Datei {file} gespeichert, gesperrt mit Ihrer Passphrase – niemals im Klartext.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-ins are kept in your system&apos;s password keyring, never in Postdesk&apos;s own files.</source>
        <translation>Anmeldedaten werden im Passwort-Schlüsselbund Ihres Systems gespeichert, niemals in Postdesks eigenen Dateien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-ins are kept in your system&apos;s password keyring ({keyring}), never in Postdesk&apos;s own files.</source>
        <translation>Anmeldedaten werden im Passwort-Schlüsselbund Ihres Systems ({keyring}) gespeichert, niemals in Postdesks eigenen Dateien.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Connected {handle}.</source>
        <translation>{handle} verbunden.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Disconnect {handle}? Postdesk asks {network} to revoke its access and forgets the sign-in. Posts aimed at this account wait until you connect it again.</source>
        <translation>{handle} trennen? Postdesk bittet {network}, den Zugriff zu widerrufen, und vergisst die Anmeldedaten. Beiträge für dieses Konto warten, bis Sie es wieder verbinden.</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Does not expire</source>
        <translation>Läuft nicht ab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %Ln Tag</numerusform>
            <numerusform>In %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>In %n hour(s)</source>
        <translation>
            <numerusform>In %Ln Stunde</numerusform>
            <numerusform>In %Ln Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>In %n minute(s)</source>
        <translation>
            <numerusform>In %Ln Minute</numerusform>
            <numerusform>In %Ln Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Disconnected. The network revoked Postdesk&apos;s access.</source>
        <translation>Getrennt. Das Netzwerk hat den Zugriff von Postdesk widerrufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnected. The sign-in was deleted from this computer.</source>
        <translation>Getrennt. Die Anmeldedaten wurden von diesem Computer gelöscht.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Unlocked. Your accounts can be used again.</source>
        <translation>Entsperrt. Ihre Konten können wieder verwendet werden.</translation>
    </message>
</context>
<context>
    <name>ActivitySection</name>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="+306"/>
        <location line="+42"/>
        <source>Acti&amp;vity</source>
        <translation>A&amp;ktivität</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+48"/>
        <source>Show the post&apos;s activity</source>
        <translation>Aktivität des Beitrags anzeigen</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Where each network stands</source>
        <translation>Stand pro Netzwerk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing has happened to this post yet.</source>
        <translation>Mit diesem Beitrag ist noch nichts passiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acti&amp;vity ({count})</source>
        <translation>A&amp;ktivität ({count})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide the post&apos;s activity</source>
        <translation>Aktivität des Beitrags ausblenden</translation>
    </message>
</context>
<context>
    <name>AddToQueueDialog</name>
    <message>
        <location filename="../src/postdesk/ui/composer/queue_button.py" line="+74"/>
        <source>Add to queue</source>
        <translation>Zur Warteschlange hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the post to a queue</source>
        <translation>Beitrag zu einer Warteschlange hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Queue:</source>
        <translation>&amp;Warteschlange:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue to add the post to</source>
        <translation>Warteschlange für den Beitrag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When the post will go out</source>
        <translation>Wann der Beitrag veröffentlicht wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add to queue</source>
        <translation>Zur Warteschlange &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the post to this queue at that time</source>
        <translation>Beitrag zu dieser Zeit zu dieser Warteschlange hinzufügen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This queue has no free time in the next year. Add times to it in Queues, or pick another queue.</source>
        <translation>Diese Warteschlange hat im nächsten Jahr keine freie Zeit mehr. Fügen Sie unter „Warteschlangen“ Zeiten hinzu oder wählen Sie eine andere Warteschlange.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It takes the next free time: {when} ({zone}).</source>
        <translation>Er erhält die nächste freie Zeit: {when} ({zone}).</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/list_models.py" line="+140"/>
        <source>When</source>
        <extracomment>Counts of a published post, added up over its networks (`set_metrics`); a dash: not given.</extracomment>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
</context>
<context>
    <name>AssetActions</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/actions.py" line="+112"/>
        <source>cropped</source>
        <extracomment>Background request keys: opening another preview drops the answers for the previous one. The longest side of the picture the preview loads (it shows at most about 900 x 420).</extracomment>
        <translation>zugeschnitten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cropped {ratio}</source>
        <translation>zugeschnitten {ratio}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Videos go as they are; the composer checks their length and size.</source>
        <translation>Videos bleiben unverändert; der Editor prüft ihre Länge und Größe.</translation>
    </message>
</context>
<context>
    <name>AssetGrid</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/grid.py" line="+47"/>
        <source>Media library</source>
        <extracomment>Space between cells, in logical pixels.</extracomment>
        <translation>Mediathek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop files or folders here. Drag items into a post to attach them. Space shows a larger preview.</source>
        <translation>Legen Sie Dateien oder Ordner hier ab. Ziehen Sie Elemente in einen Beitrag, um sie anzuhängen. Leertaste zeigt eine größere Vorschau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drop images and videos here</source>
        <translation>Bilder und Videos hier ablegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…or whole folders, or paste with Ctrl+V. Then drag them into a post.</source>
        <translation>…oder ganze Ordner, oder mit Strg+V einfügen. Dann in einen Beitrag ziehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/attachments.py" line="+51"/>
        <source>Attached media</source>
        <translation>Angehängte Medien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Left and Alt+Right reorder, Delete removes.</source>
        <translation>Alt+Links und Alt+Rechts ordnen um, Entf entfernt.</translation>
    </message>
</context>
<context>
    <name>BestTimes</name>
    <message>
        <location filename="../src/postdesk/ui/composer/best_times_part.py" line="+34"/>
        <source>{day} at {hour} (next: {date})</source>
        <translation>{day} um {hour} (nächster: {date})</translation>
    </message>
</context>
<context>
    <name>BestTimesPart</name>
    <message>
        <location line="+38"/>
        <source>Suggested times</source>
        <translation>Empfohlene Zeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested times: your best weekdays and hours to publish</source>
        <translation>Empfohlene Zeiten: Ihre besten Wochentage und Uhrzeiten zum Veröffentlichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When your own posts did best, from their likes, reposts and replies</source>
        <translation>Wann Ihre eigenen Beiträge am besten liefen, nach Likes, Reposts und Antworten</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Reading your posts&apos; results…</source>
        <translation>Ergebnisse Ihrer Beiträge werden gelesen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not enough to go on yet: Postdesk suggests times once it has read the likes and replies of {needed} of your published posts ({posts} so far).</source>
        <translation>Noch nicht genug Daten: Postdesk empfiehlt Zeiten, sobald es die Likes und Antworten von {needed} Ihrer veröffentlichten Beiträge gelesen hat (bisher {posts}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your posts have no likes or replies to learn from yet.</source>
        <translation>Ihre Beiträge haben noch keine Likes oder Antworten, aus denen sich lernen lässt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your best times, from {posts} published posts ({zone}):</source>
        <translation>Ihre besten Zeiten, aus {posts} veröffentlichten Beiträgen ({zone}):</translation>
    </message>
</context>
<context>
    <name>BlueskyOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/bluesky_options.py" line="+41"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only…</source>
        <translation>Nur…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone can reply on Bluesky</source>
        <translation>Alle können auf Bluesky antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody can reply on Bluesky</source>
        <translation>Niemand kann auf Bluesky antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only some people can reply on Bluesky</source>
        <translation>Nur bestimmte Personen können auf Bluesky antworten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People you mention</source>
        <translation>Erwähnte Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People you follow</source>
        <translation>Personen, denen Sie folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your followers</source>
        <translation>Ihre Follower</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{who} can reply</source>
        <translation>{who} können antworten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Don&apos;t let others quote this p&amp;ost</source>
        <translation>Zitieren dieses &amp;Beitrags nicht erlauben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who can repl&amp;y:</source>
        <translation>Wer antworten &amp;darf:</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Don&apos;t let others quote this Bluesky post</source>
        <translation>Zitieren dieses Bluesky-Beitrags nicht erlauben</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/wording.py" line="+18"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty queue slot</source>
        <translation>Leeres Zeitfenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishing</source>
        <translation>Wird veröffentlicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Prüfen nötig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>That time does not exist on {day} in {zone}: the clocks jump from {start} to {end}. Pick a time outside that gap.</source>
        <translation>Diese Uhrzeit gibt es am {day} in {zone} nicht: Die Uhren springen von {start} auf {end}. Wählen Sie eine Zeit außerhalb dieser Lücke.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That time happens twice on {day} in {zone} (the clocks go back). Pick another time.</source>
        <translation>Diese Uhrzeit kommt am {day} in {zone} zweimal vor (die Uhren werden zurückgestellt). Wählen Sie eine andere Zeit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That time has already passed. Pick a time in the future.</source>
        <translation>Diese Zeit ist bereits vorbei. Wählen Sie eine Zeit in der Zukunft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This post cannot be moved: it is published, being sent, or waiting for you to check whether it went out.</source>
        <translation>Dieser Beitrag kann nicht verschoben werden: Er ist veröffentlicht, wird gerade gesendet oder wartet darauf, dass Sie prüfen, ob er veröffentlicht wurde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That time cannot be used.</source>
        <translation>Diese Zeit kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That time happens twice on {day} in {zone}; the post was placed at the first one ({offset}).</source>
        <translation>Diese Uhrzeit kommt am {day} in {zone} zweimal vor; der Beitrag wurde auf die erste gelegt ({offset}).</translation>
    </message>
</context>
<context>
    <name>CalendarBody</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/body.py" line="+36"/>
        <source>No posts yet</source>
        <translation>Noch keine Beiträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posts you schedule appear here by day and time; drafts wait in the list on the left.</source>
        <translation>Geplante Beiträge erscheinen hier nach Tag und Uhrzeit; Entwürfe warten in der Liste links.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write a post</source>
        <translation>Beitrag &amp;schreiben</translation>
    </message>
</context>
<context>
    <name>CalendarCells</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/day_popup.py" line="+134"/>
        <location filename="../src/postdesk/ui/calendar/delegates.py" line="+70"/>
        <source>Queue slot</source>
        <extracomment>A card&apos;s height in the popup: the month&apos;s two-line card, with room for a larger thumbnail.</extracomment>
        <translation>Zeitfenster</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/calendar/delegates.py" line="+3"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%Ln weiterer</numerusform>
            <numerusform>+%Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/calendar/model_roles.py" line="+76"/>
        <source>%n post(s)</source>
        <extracomment>Grid cells: the warnings of every post, by post id (the delegate marks the chips that have some); agenda rows: the warnings of that row&apos;s post. Grid cells: what holds each held post, worded, by post id (the delegate marks those chips).</extracomment>
        <translation>
            <numerusform>%Ln Beitrag</numerusform>
            <numerusform>%Ln Beiträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarDay</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/day_popup.py" line="+27"/>
        <source>Posts of {day}</source>
        <translation>Beiträge vom {day}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posts of the day</source>
        <translation>Beiträge des Tages</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%Ln Beitrag</numerusform>
            <numerusform>%Ln Beiträge</numerusform>
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
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/keys.py" line="+21"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/body.py" line="+29"/>
        <source>The calendar could not be loaded. Your posts are safe; try again.</source>
        <translation>Der Kalender konnte nicht geladen werden. Ihre Beiträge sind sicher; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>CalendarToolbar</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/toolbar.py" line="+110"/>
        <source>Previous</source>
        <extracomment>The view buttons in order, with their shortcuts (the pane binds the shortcuts).</extracomment>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shown period</source>
        <translation>Angezeigter Zeitraum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Time zone shown</source>
        <translation>Angezeigte Zeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show times in another time zone</source>
        <translation>Zeiten in einer anderen Zeitzone anzeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+92"/>
        <location line="+55"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+1"/>
        <source>Search posts</source>
        <translation>Beiträge suchen</translation>
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
        <translation>Filter (aktiv)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statuses</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show everything</source>
        <translation>Alles anzeigen</translation>
    </message>
</context>
<context>
    <name>CalendarViews</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/grids.py" line="+74"/>
        <source>Month</source>
        <extracomment>The hour the week view scrolls to when shown. True while `quietly` runs: cursor moves then are not the user&apos;s.</extracomment>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List of posts</source>
        <translation>Liste der Beiträge</translation>
    </message>
</context>
<context>
    <name>CatchUpDialog</name>
    <message>
        <location filename="../src/postdesk/ui/catch_up_dialog.py" line="+50"/>
        <location line="+1"/>
        <source>Posts that were not published</source>
        <translation>Nicht veröffentlichte Beiträge</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n post(s) were due while Postdesk was not running. Nothing has been sent yet. Do you want to publish them now, or skip them? Skipped posts stay in your calendar, paused, so you can reschedule them.</source>
        <translation>
            <numerusform>%Ln Beitrag war fällig, während Postdesk nicht lief. Es wurde noch nichts gesendet. Möchten Sie ihn jetzt veröffentlichen oder überspringen? Übersprungene Beiträge bleiben pausiert in Ihrem Kalender, sodass Sie sie neu planen können.</numerusform>
            <numerusform>%Ln Beiträge waren fällig, während Postdesk nicht lief. Es wurde noch nichts gesendet. Möchten Sie sie jetzt veröffentlichen oder überspringen? Übersprungene Beiträge bleiben pausiert in Ihrem Kalender, sodass Sie sie neu planen können.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Late posts</source>
        <translation>Verspätete Beiträge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Late posts (times in {zone}):</source>
        <translation>&amp;Verspätete Beiträge (Zeiten in {zone}):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Publish now</source>
        <translation>&amp;Jetzt veröffentlichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish the late posts now</source>
        <translation>Verspätete Beiträge jetzt veröffentlichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip them</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the late posts</source>
        <translation>Verspätete Beiträge überspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decide later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{network} — due {date} at {time}</source>
        <translation>{network} – fällig am {date} um {time}</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <location filename="../src/postdesk/ui/composer/chip_row.py" line="+68"/>
        <source>Accounts to post to</source>
        <extracomment>Networks whose options belong to one account (boards, locations, a creator&apos;s privacy levels): their account chips choose one account at a time.</extracomment>
        <translation>Konten für die Veröffentlichung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Post to {network}</source>
        <translation>Auf {network} veröffentlichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{network}, with no account: a draft only. Connect an account to publish.</source>
        <translation>{network}, ohne Konto: nur ein Entwurf. Verbinden Sie ein Konto, um zu veröffentlichen.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>No account chosen yet: choose one above (a draft until then).</source>
        <translation>Noch kein Konto gewählt: Wählen Sie oben eines (bis dahin ein Entwurf).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No {network} account connected: a draft only.</source>
        <translation>Kein {network}-Konto verbunden: nur ein Entwurf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{network} accounts this post goes to</source>
        <translation>{network}-Konten, auf denen dieser Beitrag erscheint</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posting as:</source>
        <translation>Veröffentlichen als:</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../src/postdesk/ui/composer/first_comment_sent.py" line="+61"/>
        <source>Comment on {network}</source>
        <translation>Kommentar auf {network}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Posts a comment under your published post on {network}. If Postdesk can&apos;t reach {network} now, it goes out as soon as it can, once.</source>
        <translation>Veröffentlicht einen Kommentar unter Ihrem veröffentlichten Beitrag auf {network}. Wenn Postdesk {network} gerade nicht erreicht, wird er einmal gesendet, sobald es möglich ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your comment</source>
        <translation>Ihr Kommentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment under the {network} post</source>
        <translation>Kommentar unter dem {network}-Beitrag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What happened to the comment</source>
        <translation>Was mit dem Kommentar passiert ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Post comment</source>
        <translation>Kommentar &amp;veröffentlichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post the comment on {network}</source>
        <translation>Kommentar auf {network} veröffentlichen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The comment is on its way to {network}.</source>
        <translation>Der Kommentar ist unterwegs zu {network}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk could not queue the comment for {network}. Try again in a moment.</source>
        <translation>Postdesk konnte den Kommentar für {network} nicht einreihen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>ComposerActivity</name>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="-313"/>
        <source>Its time came; getting ready to publish.</source>
        <extracomment>States whose text went (or may have gone) out: the composer shows it read-only.</extracomment>
        <translation>Der Zeitpunkt ist gekommen; Veröffentlichung wird vorbereitet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published late, as you chose, after Postdesk was closed at its time.</source>
        <translation>Wie gewünscht verspätet veröffentlicht, da Postdesk zum geplanten Zeitpunkt geschlossen war.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its time passed while Postdesk was closed; waiting for your decision.</source>
        <translation>Der Zeitpunkt ist verstrichen, während Postdesk geschlossen war; wartet auf Ihre Entscheidung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>Skipped: its time passed while Postdesk was closed.</source>
        <translation>Übersprungen: Der Zeitpunkt ist verstrichen, während Postdesk geschlossen war.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>You asked to publish it now.</source>
        <translation>Sie haben die sofortige Veröffentlichung angefordert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trying again.</source>
        <translation>Neuer Versuch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published.</source>
        <translation>Veröffentlicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found on the network: it was published.</source>
        <translation>Im Netzwerk gefunden: Er wurde veröffentlicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found on the network; sending it again.</source>
        <translation>Im Netzwerk nicht gefunden; wird erneut gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You confirmed it was published.</source>
        <translation>Sie haben bestätigt, dass er veröffentlicht wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postdesk stopped while publishing; it will check whether the post went out.</source>
        <translation>Postdesk wurde während der Veröffentlichung beendet; es wird geprüft, ob der Beitrag veröffentlicht wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network did not answer; Postdesk will check before trying again.</source>
        <translation>Das Netzwerk hat nicht geantwortet; Postdesk prüft vor einem neuen Versuch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network asked to wait (too many requests); will try again.</source>
        <translation>Das Netzwerk hat um Geduld gebeten (zu viele Anfragen); neuer Versuch folgt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach the network; will try again.</source>
        <translation>Netzwerk nicht erreichbar; neuer Versuch folgt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network took too long to answer, so Postdesk stopped waiting; it will retry without posting twice.</source>
        <translation>Das Netzwerk hat zu lange nicht geantwortet, daher hat Postdesk das Warten beendet; es versucht es erneut, ohne doppelt zu veröffentlichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network&apos;s answer was far too large, so Postdesk stopped reading; it will retry without posting twice.</source>
        <translation>Die Antwort des Netzwerks war viel zu groß, daher hat Postdesk das Lesen beendet; es versucht es erneut, ohne doppelt zu veröffentlichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network&apos;s answer was not in the expected form; Postdesk will retry without posting twice.</source>
        <translation>Die Antwort des Netzwerks hatte nicht das erwartete Format; Postdesk versucht es erneut, ohne doppelt zu veröffentlichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account needs you to sign in again.</source>
        <translation>Sie müssen sich bei diesem Konto erneut anmelden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Waiting: sign in to this account again and it will go out.</source>
        <translation>Wartet: Melden Sie sich erneut bei diesem Konto an, dann wird er veröffentlicht.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Waiting: your sign-ins are locked. Unlock them in Accounts and it will go out.</source>
        <translation>Wartet: Ihre Anmeldedaten sind gesperrt. Entsperren Sie sie unter „Konten“, dann wird er veröffentlicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An attached file is no longer in the media library, so this could not be posted.</source>
        <translation>Eine angehängte Datei ist nicht mehr in der Mediathek, daher konnte dies nicht veröffentlicht werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: you asked for alt text on every image, and an image has none. Describe it and schedule again.</source>
        <translation>Nicht veröffentlicht: Sie verlangen Alternativtext für jedes Bild, und einem Bild fehlt er. Beschreiben Sie es und planen Sie erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network refused the post.</source>
        <translation>Das Netzwerk hat den Beitrag abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gave up after several failed tries.</source>
        <translation>Nach mehreren fehlgeschlagenen Versuchen aufgegeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused: Postdesk cannot publish to this network yet.</source>
        <translation>Pausiert: Postdesk kann noch nicht auf diesem Netzwerk veröffentlichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resumed.</source>
        <translation>Fortgesetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handing it to the network&apos;s own scheduler…</source>
        <translation>Wird an den Planer des Netzwerks übergeben…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network&apos;s own scheduler will publish it, even with Postdesk closed.</source>
        <translation>Der Planer des Netzwerks veröffentlicht ihn, auch wenn Postdesk geschlossen ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk will publish it itself.</source>
        <translation>Postdesk veröffentlicht ihn selbst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network&apos;s scheduler did not take it; Postdesk will publish it itself.</source>
        <translation>Der Planer des Netzwerks hat ihn nicht übernommen; Postdesk veröffentlicht ihn selbst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network did not publish it; Postdesk is publishing it now.</source>
        <translation>Das Netzwerk hat ihn nicht veröffentlicht; Postdesk veröffentlicht ihn jetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published by the network&apos;s scheduler.</source>
        <translation>Vom Planer des Netzwerks veröffentlicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused: the network&apos;s scheduler does not show it. Please check.</source>
        <translation>Pausiert: Der Planer des Netzwerks zeigt ihn nicht an. Bitte prüfen Sie das.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused: Postdesk&apos;s data was restored from a backup, and this may have gone out since. Check the network, then resume or publish it.</source>
        <translation>Pausiert: Die Daten von Postdesk wurden aus einer Sicherung wiederhergestellt, und dieser Beitrag könnte inzwischen veröffentlicht worden sein. Prüfen Sie das Netzwerk, dann setzen Sie ihn fort oder veröffentlichen ihn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First comment posted.</source>
        <translation>Erster Kommentar veröffentlicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The post is out, but the first comment could not be posted.</source>
        <translation>Der Beitrag ist veröffentlicht, aber der erste Kommentar konnte nicht veröffentlicht werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This network has no first comment; it was not posted.</source>
        <translation>Dieses Netzwerk kennt keinen ersten Kommentar; er wurde nicht veröffentlicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not check the network yet; will check again.</source>
        <translation>Netzwerk konnte noch nicht geprüft werden; wird erneut geprüft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only you can tell whether it is there: choose “Did it go out?”.</source>
        <translation>Nur Sie können feststellen, ob er dort ist: Wählen Sie „Wurde er veröffentlicht?“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edited on the network; what it said before is kept in this log.</source>
        <translation>Im Netzwerk bearbeitet; der vorherige Text bleibt in diesem Protokoll erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The edit did not reach the network; the post there is unchanged.</source>
        <translation>Die Bearbeitung hat das Netzwerk nicht erreicht; der Beitrag dort ist unverändert.</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/refusal_words.py" line="+38"/>
        <source>Not posted: Postdesk could not read {name} on this computer. Attach it again and schedule the post again.</source>
        <extracomment>Plural sentences of the context &quot;ComposerActivity&quot; (see `i18n.plural_context`).</extracomment>
        <translation>Nicht veröffentlicht: Postdesk konnte {name} auf diesem Computer nicht lesen. Hängen Sie die Datei erneut an und planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {name} is not an image or video Postdesk recognises. Replace it and schedule the post again.</source>
        <translation>Nicht veröffentlicht: {name} ist weder ein Bild noch ein Video, das Postdesk erkennt. Ersetzen Sie die Datei und planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {name} could not be opened as an image; the file may be damaged. Replace it and schedule the post again.</source>
        <translation>Nicht veröffentlicht: {name} ließ sich nicht als Bild öffnen; die Datei ist möglicherweise beschädigt. Ersetzen Sie sie und planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {name} could not be read as a video; the file may be damaged. Replace it and schedule the post again.</source>
        <translation>Nicht veröffentlicht: {name} ließ sich nicht als Video lesen; die Datei ist möglicherweise beschädigt. Ersetzen Sie sie und planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {name} is too big for {network}, and Postdesk could not make it small enough. Use a smaller file and schedule the post again.</source>
        <translation>Nicht veröffentlicht: {name} ist zu groß für {network}, und Postdesk konnte die Datei nicht genug verkleinern. Verwenden Sie eine kleinere Datei und planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the picture chosen as the video&apos;s cover could not be used. Choose another one and schedule the post again.</source>
        <translation>Nicht veröffentlicht: Das als Titelbild des Videos gewählte Bild konnte nicht verwendet werden. Wählen Sie ein anderes und planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} does not take files like {name} ({type}). Use another file and schedule the post again.</source>
        <translation>Nicht veröffentlicht: {network} nimmt Dateien wie {name} ({type}) nicht an. Verwenden Sie eine andere Datei und planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {name} is too big to send to {network}. Use a smaller file and schedule the post again.</source>
        <translation>Nicht veröffentlicht: {name} ist zu groß, um an {network} gesendet zu werden. Verwenden Sie eine kleinere Datei und planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {name} changed on this computer while Postdesk was sending it. Schedule the post again.</source>
        <translation>Nicht veröffentlicht: {name} wurde auf diesem Computer geändert, während Postdesk die Datei sendete. Planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} could not process {name}; it may be damaged or in a format {network} does not take.</source>
        <translation>Nicht veröffentlicht: {network} konnte {name} nicht verarbeiten; die Datei ist vielleicht beschädigt oder in einem Format, das {network} nicht annimmt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: this account has posted as many videos as {network} allows in a day. Try again tomorrow.</source>
        <translation>Nicht veröffentlicht: Dieses Konto hat so viele Videos veröffentlicht, wie {network} an einem Tag erlaubt. Versuchen Sie es morgen erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} does not let this account upload videos right now. Try again later.</source>
        <translation>Nicht veröffentlicht: {network} lässt dieses Konto gerade keine Videos hochladen. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: this video is {size}, and {network} lets this account upload only {left} more today. Try again tomorrow or post a shorter video.</source>
        <translation>Nicht veröffentlicht: Dieses Video ist {size} groß, und {network} lässt dieses Konto heute nur noch {left} hochladen. Versuchen Sie es morgen erneut oder veröffentlichen Sie ein kürzeres Video.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} takes at most {max} rules for who may reply, and {count} are chosen.</source>
        <translation>Nicht veröffentlicht: {network} erlaubt höchstens {max} Regeln dafür, wer antworten darf, und {count} sind gewählt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} has blocked this account from posting for a while; it says recent activity goes against its rules.</source>
        <translation>Nicht veröffentlicht: {network} hat dieses Konto vorübergehend für Beiträge gesperrt; laut {network} verstößt die letzte Aktivität gegen die Regeln.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} says the sign-in lacks a permission Postdesk needs. Reconnect the account in Accounts and allow everything Postdesk asks for.</source>
        <translation>Nicht veröffentlicht: Laut {network} fehlt der Anmeldung eine Berechtigung, die Postdesk braucht. Verbinden Sie das Konto unter „Konten“ erneut und erlauben Sie alles, worum Postdesk bittet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not posted: the media relay&apos;s secret key is missing from the keyring. Enter it again in Settings › Media relay, then schedule the post again.</source>
        <translation>Nicht veröffentlicht: Der geheime Schlüssel des Medien-Relays fehlt im Schlüsselbund. Geben Sie ihn unter Einstellungen › Medien-Relay erneut ein und planen Sie den Beitrag dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the media relay&apos;s bucket does not exist. Check the bucket name in Settings › Media relay, then schedule the post again.</source>
        <translation>Nicht veröffentlicht: Der Bucket des Medien-Relays existiert nicht. Prüfen Sie den Bucket-Namen unter Einstellungen › Medien-Relay und planen Sie den Beitrag dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the media relay refused the access key (wrong key, wrong secret, or no permission on the bucket). Check Settings › Media relay, then schedule the post again.</source>
        <translation>Nicht veröffentlicht: Das Medien-Relay hat den Zugriffsschlüssel abgelehnt (falscher Schlüssel, falsches Geheimnis oder keine Berechtigung für den Bucket). Prüfen Sie Einstellungen › Medien-Relay und planen Sie den Beitrag dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the media relay refused to keep a copy of the file. Check Settings › Media relay, then schedule the post again.</source>
        <translation>Nicht veröffentlicht: Das Medien-Relay hat es abgelehnt, eine Kopie der Datei zu speichern. Prüfen Sie Einstellungen › Medien-Relay und planen Sie den Beitrag dann erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{network} has no scheduler Postdesk can hand posts to.</source>
        <translation>{network} hat keinen Planer, an den Postdesk Beiträge übergeben kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network}&apos;s scheduler takes a single post, not a thread.</source>
        <translation>Der Planer von {network} nimmt einen einzelnen Beitrag an, keinen Thread.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The post still waits in {network}&apos;s scheduler: take it back and schedule it again.</source>
        <translation>Der Beitrag wartet noch im Planer von {network}: Holen Sie ihn zurück und planen Sie ihn erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network} no longer has this post, or it was not written by this account.</source>
        <translation>{network} hat diesen Beitrag nicht mehr, oder er wurde nicht von diesem Konto verfasst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This post was written by another account, so it cannot be edited from this one.</source>
        <translation>Dieser Beitrag wurde von einem anderen Konto verfasst und kann daher nicht von diesem aus bearbeitet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk cannot edit a post with a poll: {network} would start the poll over.</source>
        <translation>Postdesk kann keinen Beitrag mit Umfrage bearbeiten: {network} würde die Umfrage neu starten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This {network} server is too old to edit posts; delete the post and post it again instead.</source>
        <translation>Dieser {network}-Server ist zu alt, um Beiträge zu bearbeiten; löschen Sie den Beitrag und veröffentlichen Sie ihn stattdessen erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network} does not let Postdesk do this here.</source>
        <translation>{network} lässt Postdesk das hier nicht tun.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{network}&apos;s scheduler takes a post only %Ln minute(s) or more before its time.</source>
        <translation>
            <numerusform>Der Planer von {network} nimmt einen Beitrag nur %Ln Minute oder mehr vor seiner Zeit an.</numerusform>
            <numerusform>Der Planer von {network} nimmt einen Beitrag nur %Ln Minuten oder mehr vor seiner Zeit an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{network}&apos;s scheduler takes a post at most %Ln day(s) before its time.</source>
        <translation>
            <numerusform>Der Planer von {network} nimmt einen Beitrag höchstens %Ln Tag vor seiner Zeit an.</numerusform>
            <numerusform>Der Planer von {network} nimmt einen Beitrag höchstens %Ln Tage vor seiner Zeit an.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>attachment {position}</source>
        <translation>Anhang {position}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an attached file</source>
        <translation>eine angehängte Datei</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="+41"/>
        <source>Something happened with this post.</source>
        <translation>Mit diesem Beitrag ist etwas passiert.</translation>
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
        <translation>{sentence} Das Netzwerk meldete: „{message}“</translation>
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
        <translation>Beitrag ansehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network}: published —</source>
        <translation>{network}: veröffentlicht –</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}: published.</source>
        <translation>{network}: veröffentlicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{network}: draft, not scheduled.</source>
        <translation>{network}: Entwurf, nicht geplant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: scheduled.</source>
        <translation>{network}: geplant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: about to publish.</source>
        <translation>{network}: wird gleich veröffentlicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: publishing now…</source>
        <translation>{network}: wird jetzt veröffentlicht…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: failed, will try again {when}. {reason}</source>
        <translation>{network}: fehlgeschlagen, neuer Versuch {when}. {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network}: failed. {reason}</source>
        <translation>{network}: fehlgeschlagen. {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: paused. {reason}</source>
        <translation>{network}: pausiert. {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: cancelled.</source>
        <translation>{network}: abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: Postdesk does not know whether it went out. {reason}</source>
        <translation>{network}: Postdesk weiß nicht, ob er veröffentlicht wurde. {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>soon</source>
        <translation>bald</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The network said: “{message}”</source>
        <translation>Das Netzwerk meldete: „{message}“</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/refusal_words_networks.py" line="+15"/>
        <source>Not posted: {network} could not download the file from the media relay. Check the relay in Settings › Media relay and schedule the post again.</source>
        <translation>Nicht veröffentlicht: {network} konnte die Datei nicht vom Medien-Relay herunterladen. Prüfen Sie das Relay unter Einstellungen › Medien-Relay und planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} let the prepared post expire before it was published. Schedule the post again.</source>
        <translation>Nicht veröffentlicht: {network} hat den vorbereiteten Beitrag verfallen lassen, bevor er veröffentlicht wurde. Planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} could not process the video; its format, length or encoding is not one {network} takes. Convert it and schedule the post again.</source>
        <translation>Nicht veröffentlicht: {network} konnte das Video nicht verarbeiten; sein Format, seine Länge oder seine Kodierung wird von {network} nicht angenommen. Konvertieren Sie es und planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} could not use the video&apos;s sound; it takes mono or stereo sound. Convert the video and schedule the post again.</source>
        <translation>Nicht veröffentlicht: {network} konnte den Ton des Videos nicht verwenden; es nimmt Mono- oder Stereoton an. Konvertieren Sie das Video und planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the video&apos;s shape (aspect ratio) is not one {network} takes. Crop it and schedule the post again.</source>
        <translation>Nicht veröffentlicht: Das Seitenverhältnis des Videos wird von {network} nicht angenommen. Schneiden Sie es zu und planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the video&apos;s bit rate is too high for {network}. Convert it and schedule the post again.</source>
        <translation>Nicht veröffentlicht: Die Bitrate des Videos ist für {network} zu hoch. Konvertieren Sie es und planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: the video is too long or too short for {network}. Trim it and schedule the post again.</source>
        <translation>Nicht veröffentlicht: Das Video ist für {network} zu lang oder zu kurz. Kürzen Sie es und planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} takes videos of 23 to 60 frames a second, and this one is not. Convert it and schedule the post again.</source>
        <translation>Nicht veröffentlicht: {network} nimmt Videos mit 23 bis 60 Bildern pro Sekunde an, und dieses gehört nicht dazu. Konvertieren Sie es und planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} does not take this image format. Save it as JPEG and schedule the post again.</source>
        <translation>Nicht veröffentlicht: {network} nimmt dieses Bildformat nicht an. Speichern Sie das Bild als JPEG und planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: the file is larger than {network} takes. Use a smaller file and schedule the post again.</source>
        <translation>Nicht veröffentlicht: Die Datei ist größer, als {network} annimmt. Verwenden Sie eine kleinere Datei und planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} could not take the media.</source>
        <translation>Nicht veröffentlicht: {network} konnte die Medien nicht annehmen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: a photo&apos;s shape is not one {network} takes (from 4:5 to 1.91:1). Crop it and schedule the post again.</source>
        <translation>Nicht veröffentlicht: Das Seitenverhältnis eines Fotos wird von {network} nicht angenommen (von 4:5 bis 1,91:1). Schneiden Sie es zu und planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the caption is longer than the {max} characters {network} takes. Shorten it and schedule the post again.</source>
        <translation>Nicht veröffentlicht: Die Bildunterschrift ist länger als die {max} Zeichen, die {network} annimmt. Kürzen Sie sie und planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} does not take this kind of post.</source>
        <translation>Nicht veröffentlicht: {network} nimmt diese Art von Beitrag nicht an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} held the post back as suspected spam. Try again later, or post it from the app.</source>
        <translation>Nicht veröffentlicht: {network} hat den Beitrag als mutmaßlichen Spam zurückgehalten. Versuchen Sie es später erneut oder veröffentlichen Sie ihn in der App.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: the chosen cover frame is not inside the video. Choose another one and schedule the post again.</source>
        <translation>Nicht veröffentlicht: Das gewählte Titelbild liegt nicht innerhalb des Videos. Wählen Sie ein anderes und planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} could not find the prepared post. Schedule the post again.</source>
        <translation>Nicht veröffentlicht: {network} konnte den vorbereiteten Beitrag nicht finden. Planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not posted: {network} does not take photos whose width and height add up to more than {max} pixels, or whose long side is more than 20 times the short side. Resize the photo and schedule the post again.</source>
        <translation>Nicht veröffentlicht: {network} nimmt keine Fotos an, deren Breite und Höhe zusammen mehr als {max} Pixel ergeben oder deren lange Seite mehr als 20-mal so lang ist wie die kurze. Ändern Sie die Größe des Fotos und planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} no longer accepts the version of its API this Postdesk uses. Update Postdesk to publish to {network} again.</source>
        <translation>Nicht veröffentlicht: {network} nimmt die Version seiner API, die dieses Postdesk verwendet, nicht mehr an. Aktualisieren Sie Postdesk, um wieder auf {network} zu veröffentlichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the video is larger than {network}&apos;s video service takes. Use a shorter or smaller video and schedule the post again.</source>
        <translation>Nicht veröffentlicht: Das Video ist größer, als der Videodienst von {network} annimmt. Verwenden Sie ein kürzeres oder kleineres Video und planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network}&apos;s video service refused the video.</source>
        <translation>Nicht veröffentlicht: Der Videodienst von {network} hat das Video abgelehnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} takes videos only from accounts with a confirmed email address. Confirm yours in {network}&apos;s settings, then schedule the post again.</source>
        <translation>Nicht veröffentlicht: {network} nimmt Videos nur von Konten mit bestätigter E-Mail-Adresse an. Bestätigen Sie Ihre in den Einstellungen von {network} und planen Sie den Beitrag dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/refusal_words_video.py" line="+19"/>
        <source>Not posted: {network} could not convert the video.</source>
        <translation>Nicht veröffentlicht: {network} konnte das Video nicht konvertieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} could not read the video file.</source>
        <translation>Nicht veröffentlicht: {network} konnte die Videodatei nicht lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} received an empty video file.</source>
        <translation>Nicht veröffentlicht: {network} hat eine leere Videodatei erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} says the video file is too small.</source>
        <translation>Nicht veröffentlicht: Laut {network} ist die Videodatei zu klein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} cannot decode the video&apos;s format.</source>
        <translation>Nicht veröffentlicht: {network} kann das Format des Videos nicht dekodieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the upload was cut off before {network} had all of it. Schedule the post again.</source>
        <translation>Nicht veröffentlicht: Das Hochladen wurde abgebrochen, bevor {network} alles erhalten hatte. Planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} could not process the video.</source>
        <translation>Nicht veröffentlicht: {network} konnte das Video nicht verarbeiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video for copyright.</source>
        <translation>Nicht veröffentlicht: {network} hat das Video wegen des Urheberrechts abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video as inappropriate.</source>
        <translation>Nicht veröffentlicht: {network} hat das Video als unangemessen abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video as a duplicate of one already on the channel.</source>
        <translation>Nicht veröffentlicht: {network} hat das Video als Duplikat eines Videos abgelehnt, das schon auf dem Kanal ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} rejected the video under its terms of use.</source>
        <translation>Nicht veröffentlicht: {network} hat das Video nach seinen Nutzungsbedingungen abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video because the channel is suspended.</source>
        <translation>Nicht veröffentlicht: {network} hat das Video abgelehnt, weil der Kanal gesperrt ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video because it is too long for this channel.</source>
        <translation>Nicht veröffentlicht: {network} hat das Video abgelehnt, weil es für diesen Kanal zu lang ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video because of a claim on it.</source>
        <translation>Nicht veröffentlicht: {network} hat das Video wegen eines Anspruchs darauf abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video because the channel is closed.</source>
        <translation>Nicht veröffentlicht: {network} hat das Video abgelehnt, weil der Kanal geschlossen ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video for trademark reasons.</source>
        <translation>Nicht veröffentlicht: {network} hat das Video aus markenrechtlichen Gründen abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video for legal reasons.</source>
        <translation>Nicht veröffentlicht: {network} hat das Video aus rechtlichen Gründen abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video.</source>
        <translation>Nicht veröffentlicht: {network} hat das Video abgelehnt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not posted: {network} could not read the file&apos;s format. It takes MP4, MOV or WebM videos and JPEG or WebP photos.</source>
        <translation>Nicht veröffentlicht: {network} konnte das Format der Datei nicht lesen. Es nimmt MP4-, MOV- oder WebM-Videos und JPEG- oder WebP-Fotos an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} refused the video&apos;s length for this account.</source>
        <translation>Nicht veröffentlicht: {network} hat die Länge des Videos für dieses Konto abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} refused the video&apos;s frame rate. It takes 23 to 60 frames a second.</source>
        <translation>Nicht veröffentlicht: {network} hat die Bildrate des Videos abgelehnt. Es nimmt 23 bis 60 Bilder pro Sekunde an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} refused a photo&apos;s size. Photos up to 1080p work.</source>
        <translation>Nicht veröffentlicht: {network} hat die Größe eines Fotos abgelehnt. Fotos bis 1080p funktionieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} had an internal problem with this post. Schedule the post again.</source>
        <translation>Nicht veröffentlicht: Bei {network} gab es ein internes Problem mit diesem Beitrag. Planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} could not download the video.</source>
        <translation>Nicht veröffentlicht: {network} konnte das Video nicht herunterladen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} could not download a photo from the media relay.</source>
        <translation>Nicht veröffentlicht: {network} konnte ein Foto nicht vom Medien-Relay herunterladen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the post was cancelled in {network}.</source>
        <translation>Nicht veröffentlicht: Der Beitrag wurde in {network} abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: Postdesk&apos;s access to this {network} account was removed. Reconnect the account in Accounts.</source>
        <translation>Nicht veröffentlicht: Der Zugriff von Postdesk auf dieses {network}-Konto wurde entfernt. Verbinden Sie das Konto unter „Konten“ erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: this account has reached {network}&apos;s daily limit of posts from apps. Try again tomorrow.</source>
        <translation>Nicht veröffentlicht: Dieses Konto hat das Tageslimit von {network} für Beiträge aus Apps erreicht. Versuchen Sie es morgen erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} does not let this account post right now.</source>
        <translation>Nicht veröffentlicht: {network} lässt dieses Konto gerade nicht veröffentlichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} flagged the caption as spam.</source>
        <translation>Nicht veröffentlicht: {network} hat die Bildunterschrift als Spam eingestuft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} flagged the post as spam.</source>
        <translation>Nicht veröffentlicht: {network} hat den Beitrag als Spam eingestuft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: your {network} app is not approved for this permission. Check the products of your app on {network}&apos;s developer site.</source>
        <translation>Nicht veröffentlicht: Ihre {network}-App ist für diese Berechtigung nicht freigegeben. Prüfen Sie die Produkte Ihrer App auf der Entwicklerseite von {network}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: your {network} app has not passed {network}&apos;s audit yet, so it can post only privately, from a private account.</source>
        <translation>Nicht veröffentlicht: Ihre {network}-App hat die Prüfung durch {network} noch nicht bestanden und kann daher nur privat von einem privaten Konto aus veröffentlichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} could not publish the post.</source>
        <translation>Nicht veröffentlicht: {network} konnte den Beitrag nicht veröffentlichen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not posted: that subreddit does not exist. Check its name and schedule the post again.</source>
        <translation>Nicht veröffentlicht: Dieses Subreddit existiert nicht. Prüfen Sie den Namen und planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the subreddit does not exist or cannot be seen from your account. Check its name and schedule the post again.</source>
        <translation>Nicht veröffentlicht: Das Subreddit existiert nicht oder ist von Ihrem Konto aus nicht sichtbar. Prüfen Sie den Namen und planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: you are not allowed to post in this subreddit.</source>
        <translation>Nicht veröffentlicht: Sie dürfen in diesem Subreddit nicht veröffentlichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: choose the subreddit to post to and schedule the post again.</source>
        <translation>Nicht veröffentlicht: Wählen Sie das Subreddit für die Veröffentlichung und planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this subreddit does not take text posts.</source>
        <translation>Nicht veröffentlicht: Dieses Subreddit nimmt keine Textbeiträge an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this subreddit takes text posts only.</source>
        <translation>Nicht veröffentlicht: Dieses Subreddit nimmt nur Textbeiträge an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this subreddit does not take images.</source>
        <translation>Nicht veröffentlicht: Dieses Subreddit nimmt keine Bilder an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this subreddit does not take videos.</source>
        <translation>Nicht veröffentlicht: Dieses Subreddit nimmt keine Videos an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this link has already been posted to this subreddit.</source>
        <translation>Nicht veröffentlicht: Dieser Link wurde in diesem Subreddit bereits veröffentlicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} needs a title or text here.</source>
        <translation>Nicht veröffentlicht: {network} braucht hier einen Titel oder Text.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} could not use the link or the uploaded media.</source>
        <translation>Nicht veröffentlicht: {network} konnte den Link oder die hochgeladenen Medien nicht verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} needs a link for this post.</source>
        <translation>Nicht veröffentlicht: {network} braucht für diesen Beitrag einen Link.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this subreddit requires a flair. Choose one and schedule the post again.</source>
        <translation>Nicht veröffentlicht: Dieses Subreddit verlangt einen Flair. Wählen Sie einen und planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the chosen flair no longer exists in this subreddit. Choose another and schedule the post again.</source>
        <translation>Nicht veröffentlicht: Der gewählte Flair existiert in diesem Subreddit nicht mehr. Wählen Sie einen anderen und planen Sie den Beitrag erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} asks you to sign in again. Reconnect the account in Accounts.</source>
        <translation>Nicht veröffentlicht: {network} bittet Sie, sich erneut anzumelden. Verbinden Sie das Konto unter „Konten“ erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The comment you are answering has been deleted.</source>
        <translation>Der Kommentar, auf den Sie antworten, wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The post you are answering has been deleted.</source>
        <translation>Der Beitrag, auf den Sie antworten, wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments are locked on this post.</source>
        <translation>Die Kommentare zu diesem Beitrag sind gesperrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This post is archived and takes no more comments.</source>
        <translation>Dieser Beitrag ist archiviert und nimmt keine Kommentare mehr an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: part of the post is too long for {network}.</source>
        <translation>Nicht veröffentlicht: Ein Teil des Beitrags ist für {network} zu lang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the post does not follow one of the subreddit&apos;s rules.</source>
        <translation>Nicht veröffentlicht: Der Beitrag hält eine der Regeln des Subreddits nicht ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} refused the post.</source>
        <translation>Nicht veröffentlicht: {network} hat den Beitrag abgelehnt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not posted: {network} refused the title (empty, too long, or with &lt; or &gt;).</source>
        <translation>Nicht veröffentlicht: {network} hat den Titel abgelehnt (leer, zu lang oder mit &lt; oder &gt;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} refused the description (over 5000 bytes, or with &lt; or &gt;).</source>
        <translation>Nicht veröffentlicht: {network} hat die Beschreibung abgelehnt (über 5000 Byte oder mit &lt; oder &gt;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} refused the tags (together over 500 characters, or with &lt; or &gt;).</source>
        <translation>Nicht veröffentlicht: {network} hat die Tags abgelehnt (zusammen über 500 Zeichen oder mit &lt; oder &gt;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} does not have that category.</source>
        <translation>Nicht veröffentlicht: {network} hat diese Kategorie nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} refused the scheduled time.</source>
        <translation>Nicht veröffentlicht: {network} hat die geplante Zeit abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} does not allow that privacy setting for this video.</source>
        <translation>Nicht veröffentlicht: {network} erlaubt diese Sichtbarkeitseinstellung für dieses Video nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} does not allow that license for this video.</source>
        <translation>Nicht veröffentlicht: {network} erlaubt diese Lizenz für dieses Video nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} needs the video&apos;s language set first.</source>
        <translation>Nicht veröffentlicht: {network} braucht zuerst die Sprache des Videos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} got no video file.</source>
        <translation>Nicht veröffentlicht: {network} hat keine Videodatei erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} could not read the thumbnail image.</source>
        <translation>Nicht veröffentlicht: {network} konnte das Bild der Miniaturansicht nicht lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the thumbnail is over {network}&apos;s 2 MB.</source>
        <translation>Nicht veröffentlicht: Die Miniaturansicht ist größer als die 2 MB von {network}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} cannot find that playlist.</source>
        <translation>Nicht veröffentlicht: {network} findet diese Playlist nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video is no longer on {network}.</source>
        <translation>Das Video ist nicht mehr auf {network}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments are turned off for this video.</source>
        <translation>Die Kommentare sind für dieses Video deaktiviert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this Google account has no {network} channel yet.</source>
        <translation>Nicht veröffentlicht: Dieses Google-Konto hat noch keinen {network}-Kanal.</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/refusal_words_waits.py" line="+16"/>
        <location line="+6"/>
        <source>Waiting: this account has reached the limit of posts per 24 hours on {network} ({max}). Postdesk will try again in an hour.</source>
        <translation>Wartet: Dieses Konto hat das Limit für Beiträge innerhalb von 24 Stunden auf {network} erreicht ({max}). Postdesk versucht es in einer Stunde erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: this account has reached the limit of replies per 24 hours on {network} ({max}). Postdesk will try again in an hour.</source>
        <translation>Wartet: Dieses Konto hat das Limit für Antworten innerhalb von 24 Stunden auf {network} erreicht ({max}). Postdesk versucht es in einer Stunde erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: your {network} API project does not have enough quota left today for this video. Postdesk will upload it after midnight Pacific time.</source>
        <translation>Wartet: Ihr {network}-API-Projekt hat heute nicht mehr genug Kontingent für dieses Video. Postdesk lädt es nach Mitternacht pazifischer Zeit hoch.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: this channel has uploaded as many videos as {network} allows for now. Postdesk will try again in 24 hours.</source>
        <translation>Wartet: Dieser Kanal hat so viele Videos hochgeladen, wie {network} derzeit erlaubt. Postdesk versucht es in 24 Stunden erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: this account has reached {network}&apos;s daily limit of posts from apps. Postdesk will try again in an hour.</source>
        <translation>Wartet: Dieses Konto hat das tägliche Limit von {network} für Beiträge aus Apps erreicht. Postdesk versucht es in einer Stunde erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: your {network} app has reached its daily number of accounts that may post. Postdesk will try again in an hour.</source>
        <translation>Wartet: Ihre {network}-App hat die tägliche Anzahl an Konten erreicht, die veröffentlichen dürfen. Postdesk versucht es in einer Stunde erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not posted: {network}&apos;s media storage did not take {name}. Try again later or use another file.</source>
        <translation>Nicht veröffentlicht: Der Medienspeicher von {network} hat {name} nicht angenommen. Versuchen Sie es später erneut oder verwenden Sie eine andere Datei.</translation>
    </message>
</context>
<context>
    <name>ComposerPane</name>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="+95"/>
        <source>Composer</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening your last draft…</source>
        <translation>Ihr letzter Entwurf wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pane_layout.py" line="+39"/>
        <source>&amp;New post</source>
        <translation>&amp;Neuer Beitrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new post</source>
        <translation>Neuen Beitrag beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new post (Ctrl+N)</source>
        <translation>Neuen Beitrag beginnen (Strg+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post to:</source>
        <translation>Veröffentlichen auf:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Text, media and schedule</source>
        <translation>Text, Medien und Planung</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>New post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule</source>
        <translation>Planen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Split into thread</source>
        <translation>In Thread aufteilen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attach images</source>
        <translation>Bilder anhängen</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="+165"/>
        <source>The post was removed from Postdesk.</source>
        <translation>Der Beitrag wurde aus Postdesk entfernt.</translation>
    </message>
    <message>
        <location filename="../src/postdesk/app.py" line="-43"/>
        <location line="+44"/>
        <source>Compose</source>
        <translation>Verfassen</translation>
    </message>
</context>
<context>
    <name>ComposerProblems</name>
    <message>
        <location filename="../src/postdesk/ui/composer/problem_templates.py" line="+14"/>
        <source>Too long by {over}: {length} of {limit} characters.</source>
        <translation>{over} zu lang: {length} von {limit} Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too long for {network}&apos;s storage limit: {length} of {limit} bytes (emoji and accented letters take more than one).</source>
        <translation>Zu lang für das Speicherlimit von {network}: {length} von {limit} Bytes (Emojis und Buchstaben mit Akzent belegen mehr als eines).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write something: {network} does not accept an empty post.</source>
        <translation>Schreiben Sie etwas: {network} akzeptiert keinen leeren Beitrag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a title: {network} needs one.</source>
        <translation>Fügen Sie einen Titel hinzu: {network} benötigt einen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too long: {length} of {limit} characters.</source>
        <translation>Der Titel ist zu lang: {length} von {limit} Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With media attached, the text is a caption: {length} of {limit} characters.</source>
        <translation>Mit angehängten Medien ist der Text eine Bildunterschrift: {length} von {limit} Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} does not allow the character “{char}” here.</source>
        <translation>{network} erlaubt das Zeichen „{char}“ hier nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many hashtags: {count}, {network} allows {max}.</source>
        <translation>Zu viele Hashtags: {count}, {network} erlaubt {max}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many mentions: {count}, {network} allows {max}.</source>
        <translation>Zu viele Erwähnungen: {count}, {network} erlaubt {max}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many images: {count}, {network} allows {max}.</source>
        <translation>Zu viele Bilder: {count}, {network} erlaubt {max}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many videos: {count}, {network} allows {max}.</source>
        <translation>Zu viele Videos: {count}, {network} erlaubt {max}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} cannot mix images and video in one post.</source>
        <translation>{network} kann Bilder und Videos nicht in einem Beitrag mischen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach an image or a video: {network} posts need one.</source>
        <translation>Hängen Sie ein Bild oder Video an: {network}-Beiträge benötigen eines.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image {position} has no description (alt text) for people who cannot see it.</source>
        <translation>Bild {position} hat keine Beschreibung (Alternativtext) für Menschen, die es nicht sehen können.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The description of image {position} is too long: {length} of {limit} characters.</source>
        <translation>Die Beschreibung von Bild {position} ist zu lang: {length} von {limit} Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} has no threads: only the first part would be posted. Join the parts or write a separate text for {network}.</source>
        <translation>{network} kennt keine Threads: Nur der erste Teil würde veröffentlicht. Fügen Sie die Teile zusammen oder schreiben Sie einen eigenen Text für {network}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An attached file is missing from the media library; attach it again.</source>
        <translation>Eine angehängte Datei fehlt in der Mediathek; hängen Sie sie erneut an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the subreddit to post to.</source>
        <translation>Wählen Sie das Subreddit für die Veröffentlichung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the Pinterest board to save this Pin to.</source>
        <translation>Wählen Sie die Pinterest-Pinnwand, auf der dieser Pin gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The content warning is too long.</source>
        <translation>Die Inhaltswarnung ist zu lang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the {network} account to post from (connect one in Accounts if the list is empty).</source>
        <translation>Wählen Sie das {network}-Konto für die Veröffentlichung (verbinden Sie eines unter „Konten“, wenn die Liste leer ist).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {network} account chosen for this post is no longer connected: choose another one or connect it again in Accounts.</source>
        <translation>Das für diesen Beitrag gewählte {network}-Konto ist nicht mehr verbunden: Wählen Sie ein anderes oder verbinden Sie es unter „Konten“ erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The {network} account chosen for this post was disconnected: connect it again in Accounts, or choose another one.</source>
        <translation>Das für diesen Beitrag gewählte {network}-Konto wurde getrennt: Verbinden Sie es unter „Konten“ erneut oder wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in to {handle} again before this can be posted.</source>
        <translation>Melden Sie sich erneut bei {handle} an, bevor dies veröffentlicht werden kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk cannot publish to {network} yet: remove {network} from this post to schedule it.</source>
        <translation>Postdesk kann noch nicht auf {network} veröffentlichen: Entfernen Sie {network} aus diesem Beitrag, um ihn zu planen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network} fetches photos and videos from a public web address, which needs a media relay. Postdesk does not support one yet, so posts to {network} can only be text for now: remove the media for {network}.</source>
        <translation>{network} ruft Fotos und Videos von einer öffentlichen Webadresse ab, wofür ein Medien-Relay nötig ist. Postdesk unterstützt das noch nicht, daher können Beiträge auf {network} vorerst nur Text enthalten: Entfernen Sie die Medien für {network}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{network} fetches photos and videos from a public web address, which needs a media relay: set one up in Settings › Media relay, or remove the media for {network}.</source>
        <translation>{network} ruft Fotos und Videos von einer öffentlichen Webadresse ab, wofür ein Medien-Relay nötig ist: Richten Sie eines unter Einstellungen › Medien-Relay ein oder entfernen Sie die Medien für {network}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{network} does not allow a poll and photos or videos in the same post.</source>
        <translation>{network} erlaubt keine Umfrage zusammen mit Fotos oder Videos im selben Beitrag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk cannot post videos to {network} yet: remove the video (attachment {position}) for {network}.</source>
        <translation>Postdesk kann noch keine Videos auf {network} veröffentlichen: Entfernen Sie das Video (Anhang {position}) für {network}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk cannot post animated GIFs to {network}: remove GIF {position} for {network}, or use a video.</source>
        <translation>Postdesk kann keine animierten GIFs auf {network} veröffentlichen: Entfernen Sie GIF {position} für {network} oder verwenden Sie ein Video.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GIF {position} is {size_mb} MB; {network} takes GIFs of at most {max_mb} MB.</source>
        <translation>GIF {position} ist {size_mb} MB groß; {network} akzeptiert GIFs bis höchstens {max_mb} MB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On {network}, an animated GIF must be alone: no other photos, GIFs or videos in the same post.</source>
        <translation>Auf {network} muss ein animiertes GIF allein stehen: keine weiteren Fotos, GIFs oder Videos im selben Beitrag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network} does not take {format} videos (only {formats}): change attachment {position}.</source>
        <translation>{network} akzeptiert keine {format}-Videos (nur {formats}): Ändern Sie Anhang {position}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attachment {position} is a {size_mb} MB video; {network} takes at most {max_mb} MB.</source>
        <translation>Anhang {position} ist ein Video mit {size_mb} MB; {network} akzeptiert höchstens {max_mb} MB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video (attachment {position}) lasts {duration}; {network} takes at most {max_duration}.</source>
        <translation>Das Video (Anhang {position}) dauert {duration}; {network} akzeptiert höchstens {max_duration}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The video (attachment {position}) lasts {seconds} s; {network} needs at least {min_seconds} s.</source>
        <translation>Das Video (Anhang {position}) dauert {seconds} s; {network} benötigt mindestens {min_seconds} s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The video (attachment {position}) is {width}×{height} pixels; {network} takes at most {max_width}×{max_height}.</source>
        <translation>Das Video (Anhang {position}) hat {width}×{height} Pixel; {network} akzeptiert höchstens {max_width}×{max_height}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The video (attachment {position}) is {width}×{height} pixels; {network} needs at least {min_side} pixels on each side.</source>
        <translation>Das Video (Anhang {position}) hat {width}×{height} Pixel; {network} benötigt mindestens {min_side} Pixel auf jeder Seite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many attachments: {count}, {network} takes at most {max} photos and videos in one post.</source>
        <translation>Zu viele Anhänge: {count}, {network} akzeptiert höchstens {max} Fotos und Videos pro Beitrag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tags come to {length} of YouTube&apos;s {limit} characters (YouTube counts the commas between tags, and quotes around a tag with a space).</source>
        <translation>Die Schlagwörter ergeben {length} von YouTubes {limit} Zeichen (YouTube zählt die Kommas zwischen Schlagwörtern und Anführungszeichen um Schlagwörter mit Leerzeichen mit).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>YouTube does not allow &lt; or &gt; in tags.</source>
        <translation>YouTube erlaubt keine &lt; oder &gt; in Schlagwörtern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YouTube does not know the {field} “{value}”: choose another.</source>
        <translation>YouTube kennt {field} „{value}“ nicht: Wählen Sie etwas anderes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YouTube&apos;s own scheduler can only make a video public at its time: choose Public, or let Postdesk publish it.</source>
        <translation>Der YouTube-eigene Planer kann ein Video nur zum geplanten Zeitpunkt öffentlich machen: Wählen Sie „Öffentlich“ oder lassen Sie Postdesk veröffentlichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A Short lasts at most {max_duration}; this video lasts {duration}.</source>
        <translation>Ein Short dauert höchstens {max_duration}; dieses Video dauert {duration}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Short must be vertical or square; this video is {width}×{height}.</source>
        <translation>Ein Short muss hochkant oder quadratisch sein; dieses Video hat {width}×{height}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This video is vertical or square and at most 3 minutes: YouTube will show it as a Short.</source>
        <translation>Dieses Video ist hochkant oder quadratisch und höchstens 3 Minuten lang: YouTube zeigt es als Short.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YouTube&apos;s daily API quota cannot cover {uploads} uploads on {day} (Pacific time): move this post to another day.</source>
        <translation>Das tägliche API-Kontingent von YouTube reicht nicht für {uploads} Uploads am {day} (pazifische Zeit): Verschieben Sie diesen Beitrag auf einen anderen Tag.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This uses nearly all of YouTube&apos;s daily API quota for {day} (Pacific time): about {units_left} units would be left.</source>
        <translation>Dies verbraucht fast das gesamte tägliche API-Kontingent von YouTube für {day} (pazifische Zeit): Es blieben etwa {units_left} Einheiten übrig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose who can see this TikTok post: TikTok asks every time and Postdesk does not choose for you.</source>
        <translation>Wählen Sie, wer diesen TikTok-Beitrag sehen kann: TikTok fragt jedes Mal, und Postdesk entscheidet nicht für Sie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This TikTok account does not offer the privacy level chosen: choose one of its own.</source>
        <translation>Dieses TikTok-Konto bietet die gewählte Sichtbarkeit nicht an: Wählen Sie eine der angebotenen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk has not read this TikTok account&apos;s settings yet (who may see its posts, longest video): wait for them or press Refresh in the TikTok options.</source>
        <translation>Postdesk hat die Einstellungen dieses TikTok-Kontos noch nicht gelesen (wer die Beiträge sehen darf, längstes Video): Warten Sie darauf oder klicken Sie in den TikTok-Optionen auf „Aktualisieren“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The video lasts {seconds} s; TikTok lets this account post at most {max_seconds} s.</source>
        <translation>Das Video dauert {seconds} s; TikTok erlaubt diesem Konto höchstens {max_seconds} s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You turned on commercial content disclosure: choose Your brand, Branded content, or both.</source>
        <translation>Sie haben die Offenlegung kommerzieller Inhalte aktiviert: Wählen Sie „Ihre Marke“, „Markeninhalte“ oder beides.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Branded content cannot be private on TikTok: choose who else can see it.</source>
        <translation>Markeninhalte können auf TikTok nicht privat sein: Wählen Sie, wer sie außerdem sehen kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TikTok fetches photos from a web address verified in your TikTok app: set up a media relay (Settings › Media relay), verify its address with TikTok, and tick “verified” in the TikTok options.</source>
        <translation>TikTok ruft Fotos von einer in Ihrer TikTok-App verifizierten Webadresse ab: Richten Sie ein Medien-Relay ein (Einstellungen › Medien-Relay), verifizieren Sie dessen Adresse bei TikTok und setzen Sie in den TikTok-Optionen ein Häkchen bei „verifiziert“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A TikTok photo post&apos;s title takes at most {limit} characters.</source>
        <translation>Der Titel eines TikTok-Fotobeitrags darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>r/{subreddit} does not take this kind of post: post text, a link or media as the subreddit allows, or choose another subreddit.</source>
        <translation>r/{subreddit} akzeptiert diese Art von Beitrag nicht: Veröffentlichen Sie Text, einen Link oder Medien, wie es das Subreddit erlaubt, oder wählen Sie ein anderes Subreddit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This subreddit wants a title of at least {min} characters.</source>
        <translation>Dieses Subreddit verlangt einen Titel mit mindestens {min} Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit takes titles of at most {max} characters.</source>
        <translation>Dieses Subreddit erlaubt Titel mit höchstens {max} Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit wants one of these words in the title: {words}.</source>
        <translation>Dieses Subreddit verlangt eines dieser Wörter im Titel: {words}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit does not allow “{word}” in a title.</source>
        <translation>Dieses Subreddit erlaubt „{word}“ nicht im Titel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit wants text in the post.</source>
        <translation>Dieses Subreddit verlangt Text im Beitrag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit takes posts with a title only: remove the text for Reddit.</source>
        <translation>Dieses Subreddit erlaubt nur Beiträge mit Titel: Entfernen Sie den Text für Reddit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit wants at least {min} characters of text.</source>
        <translation>Dieses Subreddit verlangt mindestens {min} Zeichen Text.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit takes at most {max} characters of text.</source>
        <translation>Dieses Subreddit erlaubt höchstens {max} Zeichen Text.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>r/{subreddit} requires a flair: choose one.</source>
        <translation>r/{subreddit} verlangt einen Flair: Wählen Sie einen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen flair no longer exists in this subreddit: choose another.</source>
        <translation>Der gewählte Flair existiert in diesem Subreddit nicht mehr: Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit does not take links to {domain}.</source>
        <translation>Dieses Subreddit akzeptiert keine Links zu {domain}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A gallery in this subreddit holds {min} to {max} images.</source>
        <translation>Eine Galerie in diesem Subreddit enthält {min} bis {max} Bilder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit does not use spoiler tags: untick Spoiler.</source>
        <translation>Dieses Subreddit verwendet keine Spoiler-Markierung: Entfernen Sie das Häkchen bei „Spoiler“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reddit image, video, gallery and link posts carry no text: only the title goes with them. Post the text as a comment, or remove the media or link.</source>
        <translation>Bild-, Video-, Galerie- und Linkbeiträge auf Reddit enthalten keinen Text: Nur der Titel wird mitgesendet. Veröffentlichen Sie den Text als Kommentar oder entfernen Sie die Medien bzw. den Link.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose what this Instagram post is: a post, a Reel or a Story.</source>
        <translation>Wählen Sie, was dieser Instagram-Beitrag ist: ein Beitrag, ein Reel oder eine Story.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Instagram Reel is exactly one video: keep one video, or post it as a post instead.</source>
        <translation>Ein Instagram-Reel besteht aus genau einem Video: Behalten Sie ein Video oder veröffentlichen Sie es stattdessen als Beitrag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Instagram Story is exactly one photo or one video.</source>
        <translation>Eine Instagram-Story ist genau ein Foto oder ein Video.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo {position} is {width}×{height}: Instagram feed photos must be between 4:5 (portrait) and 1.91:1 (landscape). Crop it, or tick “Crop photos to fit” in the Instagram options.</source>
        <translation>Foto {position} hat {width}×{height}: Fotos im Instagram-Feed müssen zwischen 4:5 (Hochformat) und 1,91:1 (Querformat) liegen. Schneiden Sie es zu oder setzen Sie in den Instagram-Optionen ein Häkchen bei „Fotos passend zuschneiden“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The video&apos;s shape ({width}×{height}) is not one Instagram takes for a Reel.</source>
        <translation>Das Format des Videos ({width}×{height}) wird von Instagram für Reels nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reels and Stories fill the phone&apos;s screen at 9:16 (like 1080×1920); this one is {width}×{height} and will show with bars or be cropped.</source>
        <translation>Reels und Storys füllen den Handybildschirm im Format 9:16 (etwa 1080×1920); dieses hat {width}×{height} und wird mit Balken angezeigt oder zugeschnitten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A Story video lasts 3 to 60 seconds; this one lasts {seconds} s.</source>
        <translation>Ein Story-Video dauert 3 bis 60 Sekunden; dieses dauert {seconds} s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stories show no caption: the text will not go to Instagram.</source>
        <translation>Storys zeigen keine Bildunterschrift: Der Text wird nicht an Instagram gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Reel&apos;s cover frame must be inside the video: choose a time before its end.</source>
        <translation>Das Titelbild des Reels muss im Video liegen: Wählen Sie eine Zeit vor dessen Ende.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stories cannot have collaborators: remove them, or post it as a post or Reel.</source>
        <translation>Storys können keine Mitwirkenden haben: Entfernen Sie sie oder veröffentlichen Sie es als Beitrag oder Reel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instagram takes at most {max} collaborators; you named {count}.</source>
        <translation>Instagram erlaubt höchstens {max} Mitwirkende; Sie haben {count} angegeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Instagram location is the number (ID) of a Facebook Page that has a location.</source>
        <translation>Ein Instagram-Standort ist die Nummer (ID) einer Facebook-Seite mit Standort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose which business (location) this Google post is for.</source>
        <translation>Wählen Sie, für welches Unternehmen (welchen Standort) dieser Google-Beitrag ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the kind of Google post: What&apos;s new, Event or Offer.</source>
        <translation>Wählen Sie die Art des Google-Beitrags: Neuigkeiten, Veranstaltung oder Angebot.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google does not offer the button “{value}”: choose another button.</source>
        <translation>Google bietet die Schaltfläche „{value}“ nicht an: Wählen Sie eine andere.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The button needs a web address to open (only “Call now” has none).</source>
        <translation>Die Schaltfläche benötigt eine Webadresse zum Öffnen (nur „Jetzt anrufen“ hat keine).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The web address must start with https:// (or http://).</source>
        <translation>Die Webadresse muss mit https:// (oder http://) beginnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An event or offer on Google needs a title.</source>
        <translation>Eine Veranstaltung oder ein Angebot auf Google benötigt einen Titel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google takes event and offer titles of at most {limit} characters; this one has {length}.</source>
        <translation>Google erlaubt Titel von Veranstaltungen und Angeboten mit höchstens {limit} Zeichen; dieser hat {length}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An event or offer on Google needs a start and an end date.</source>
        <translation>Eine Veranstaltung oder ein Angebot auf Google benötigt ein Start- und ein Enddatum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the event or offer dates: each must be a date (and time), and the end cannot come before the start.</source>
        <translation>Prüfen Sie die Daten der Veranstaltung bzw. des Angebots: Jedes muss ein Datum (mit Uhrzeit) sein, und das Ende darf nicht vor dem Beginn liegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Facebook shows a link preview only on a post without photos or video: remove the link, or put the address in the text.</source>
        <translation>Facebook zeigt eine Linkvorschau nur bei Beiträgen ohne Fotos oder Video: Entfernen Sie den Link oder schreiben Sie die Adresse in den Text.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The link must be a full web address starting with https:// (or http://).</source>
        <translation>Der Link muss eine vollständige Webadresse sein, die mit https:// (oder http://) beginnt.</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/problem_templates_tools.py" line="+11"/>
        <source>Describe image {position} (alt text) first: you asked for a description on every image (Settings, Publishing).</source>
        <translation>Beschreiben Sie zuerst Bild {position} (Alternativtext): Sie verlangen eine Beschreibung für jedes Bild (Einstellungen, Veröffentlichen).</translation>
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
        <translation>{network} akzeptiert diesen Beitrag so nicht ({code}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Part {n}: {sentence}</source>
        <translation>Teil {n}: {sentence}</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/problem_templates_extras.py" line="+14"/>
        <source>The first comment is too long for {network}: {length} of {limit} characters.</source>
        <translation>Der erste Kommentar ist zu lang für {network}: {length} von {limit} Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk can&apos;t post a first comment on {network}: remove it, or post it yourself.</source>
        <translation>Postdesk kann auf {network} keinen ersten Kommentar veröffentlichen: Entfernen Sie ihn oder veröffentlichen Sie ihn selbst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk can&apos;t add a poll to a {network} post: remove the poll.</source>
        <translation>Postdesk kann einem {network}-Beitrag keine Umfrage hinzufügen: Entfernen Sie die Umfrage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A poll on {network} needs {min} to {max} choices; this one has {count}.</source>
        <translation>Eine Umfrage auf {network} benötigt {min} bis {max} Antwortoptionen; diese hat {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poll choice {position} is too long for {network}: {length} of {limit} characters.</source>
        <translation>Antwortoption {position} ist zu lang für {network}: {length} von {limit} Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two poll choices say the same thing: {network} wants each one different.</source>
        <translation>Zwei Antwortoptionen sind gleich: {network} verlangt, dass sich alle unterscheiden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A poll on {network} runs from {min_duration} to {max_duration}; this one runs {duration}.</source>
        <translation>Eine Umfrage auf {network} läuft {min_duration} bis {max_duration}; diese läuft {duration}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On {network}, people can pick only one poll choice.</source>
        <translation>Auf {network} kann man nur eine Antwortoption wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk can&apos;t quote a post on {network}: remove the address, or put it in the text.</source>
        <translation>Postdesk kann auf {network} keine Beiträge zitieren: Entfernen Sie die Adresse oder schreiben Sie sie in den Text.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address to quote is not a {network} post: copy it from the post&apos;s Share menu.</source>
        <translation>Die zu zitierende Adresse ist kein {network}-Beitrag: Kopieren Sie sie über das Teilen-Menü des Beitrags.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your {network} server can&apos;t quote posts yet (it needs Mastodon 4.5): remove the address, or put it in the text.</source>
        <translation>Ihr {network}-Server kann noch keine Beiträge zitieren (dafür ist Mastodon 4.5 nötig): Entfernen Sie die Adresse oder schreiben Sie sie in den Text.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{network} does not allow a quoted post and a poll together: keep one.</source>
        <translation>{network} erlaubt kein Zitat zusammen mit einer Umfrage: Behalten Sie eines davon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} does not allow a quoted post with images or video: remove the media, or the quote.</source>
        <translation>{network} erlaubt kein Zitat mit Bildern oder Video: Entfernen Sie die Medien oder das Zitat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose again who can reply: {network} does not know this choice.</source>
        <translation>Wählen Sie erneut, wer antworten darf: {network} kennt diese Auswahl nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the post&apos;s language again: {network} does not know “{language}”.</source>
        <translation>Wählen Sie die Sprache des Beitrags erneut: {network} kennt „{language}“ nicht.</translation>
    </message>
</context>
<context>
    <name>ComposerSent</name>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="+74"/>
        <source>Published on {networks}.</source>
        <translation>Auf {networks} veröffentlicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Being published on {networks} now.</source>
        <translation>Wird jetzt auf {networks} veröffentlicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk is checking whether it went out on {networks}.</source>
        <translation>Postdesk prüft, ob er auf {networks} veröffentlicht wurde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Will be tried again on {networks}, exactly as sent.</source>
        <translation>Wird auf {networks} erneut versucht, genau wie gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed on {networks}; you can fix it and try again.</source>
        <translation>Auf {networks} fehlgeschlagen; Sie können das Problem beheben und es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused on {networks}.</source>
        <translation>Auf {networks} pausiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled on {networks}.</source>
        <translation>Auf {networks} abgebrochen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handed to the own scheduler of {networks}.</source>
        <translation>An den eigenen Planer von {networks} übergeben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{network} as {account}</source>
        <translation>{network} als {account}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part {n} of {count}: </source>
        <translation>Teil {n} von {count}: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attached {name}, described as “{alt}”</source>
        <translation>{name} angehängt, beschrieben als „{alt}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached {name}, without a description</source>
        <translation>{name} angehängt, ohne Beschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an image</source>
        <translation>ein Bild</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edited on {network}: this is what it says there now.</source>
        <translation>Auf {network} bearbeitet: So lautet der Beitrag dort jetzt.</translation>
    </message>
</context>
<context>
    <name>ComposerTools</name>
    <message>
        <location filename="../src/postdesk/ui/composer/templates_part.py" line="+79"/>
        <source>Insert a snippet or hashtag group</source>
        <translation>Textbaustein oder Hashtag-Gruppe einfügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insert a snippet or hashtag group (Ctrl+Shift+I)</source>
        <translation>Textbaustein oder Hashtag-Gruppe einfügen (Strg+Umschalt+I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More for this post</source>
        <translation>Mehr für diesen Beitrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate, templates, snippets</source>
        <translation>Duplizieren, Vorlagen, Textbausteine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>M&amp;ore</source>
        <translation>&amp;Mehr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate this post</source>
        <translation>Beitrag &amp;duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;template…</source>
        <translation>Als &amp;Vorlage speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New from t&amp;emplate…</source>
        <translation>Neu aus V&amp;orlage…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Snippets and hashtag groups…</source>
        <translation>&amp;Textbausteine und Hashtag-Gruppen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Insert snippet</source>
        <translation>Textbaustein einfügen</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Snippets</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hashtag groups</source>
        <translation>Hashtag-Gruppen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No snippets yet</source>
        <translation>Noch keine Textbausteine</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template &amp;name:</source>
        <translation>&amp;Name der Vorlage:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved as the template “{name}”.</source>
        <translation>Als Vorlage „{name}“ gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A template with that name exists: pick another name.</source>
        <translation>Es gibt bereits eine Vorlage mit diesem Namen: Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The template could not be saved. Try again in a moment.</source>
        <translation>Die Vorlage konnte nicht gespeichert werden. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing tools</source>
        <translation>Schreibwerkzeuge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;nippets and hashtag groups…</source>
        <translation>Te&amp;xtbausteine und Hashtag-Gruppen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage snippets and hashtag groups</source>
        <translation>Textbausteine und Hashtag-Gruppen verwalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tem&amp;plates…</source>
        <translation>Vor&amp;lagen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage templates</source>
        <translation>Vorlagen verwalten</translation>
    </message>
</context>
<context>
    <name>ConnectChip</name>
    <message>
        <location filename="../src/postdesk/ui/composer/account_chips.py" line="+53"/>
        <source>Connect {network}…</source>
        <translation>{network} verbinden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect an account on {network}</source>
        <translation>Ein Konto auf {network} verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to {network} to post there from Postdesk</source>
        <translation>Bei {network} anmelden, um dort aus Postdesk zu veröffentlichen</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="+76"/>
        <source>Connect an account</source>
        <translation>Ein Konto verbinden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reconnect</source>
        <translation>Erneut verbinden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+373"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="-372"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Which network do you want to connect?</source>
        <translation>Welches Netzwerk möchten Sie verbinden?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sign in with the &amp;browser (recommended)</source>
        <translation>Im &amp;Browser anmelden (empfohlen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an &amp;app password</source>
        <translation>&amp;App-Passwort verwenden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Post as &amp;me</source>
        <translation>Als &amp;ich veröffentlichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post as a Pa&amp;ge I administer</source>
        <translation>Als von mir verwaltete &amp;Seite veröffentlichen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Posting as a Page needs LinkedIn&apos;s Community Management API product on your app, and you must be an administrator of the Page. You will pick the Page after signing in.</source>
        <translation>Zum Veröffentlichen als Seite benötigt Ihre App das LinkedIn-Produkt „Community Management API“, und Sie müssen Administrator der Seite sein. Die Seite wählen Sie nach der Anmeldung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local port</source>
        <translation>Lokaler Port</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redirect address to register</source>
        <translation>Zu registrierende Weiterleitungsadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;py</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the redirect address</source>
        <translation>Weiterleitungsadresse kopieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App password</source>
        <translation>App-Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bot token</source>
        <translation>Bot-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client &amp;id:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redirect address:</source>
        <translation>Weiterleitungsadresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handle:</source>
        <translation>&amp;Handle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App pass&amp;word:</source>
        <translation>App-Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bot &amp;token:</source>
        <translation>Bot-&amp;Token:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Waiting for the sign-in</source>
        <translation>Warten auf die Anmeldung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Facebook Pages</source>
        <translation>Facebook-Seiten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>LinkedIn Pages</source>
        <translation>LinkedIn-Seiten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Which Page should this account post as?</source>
        <translation>&amp;Als welche Seite soll dieses Konto veröffentlichen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are not an administrator of any LinkedIn Page. Ask an administrator of the Page to make you one, or connect the account to post as yourself.</source>
        <translation>Sie sind kein Administrator einer LinkedIn-Seite. Bitten Sie einen Administrator der Seite, Sie hinzuzufügen, oder verbinden Sie das Konto, um als Sie selbst zu veröffentlichen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving the Page…</source>
        <translation>Seite wird gespeichert…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source> (you cannot create posts on it)</source>
        <translation> (Sie können darauf keine Beiträge erstellen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot create posts on this Page (ask an admin to give you that task).</source>
        <translation>Sie können auf dieser Seite keine Beiträge erstellen (bitten Sie einen Admin, Ihnen diese Aufgabe zu geben).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Which Pages should Postdesk post to? Each Page becomes its own account.</source>
        <translation>&amp;Auf welchen Seiten soll Postdesk veröffentlichen? Jede Seite wird zu einem eigenen Konto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This Facebook sign-in manages no Page. Create a Page on Facebook, or sign in as someone who can create content on one, then try again.</source>
        <translation>Diese Facebook-Anmeldung verwaltet keine Seite. Erstellen Sie eine Seite auf Facebook oder melden Sie sich als jemand an, der auf einer Seite Inhalte erstellen darf, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving the Pages…</source>
        <translation>Seiten werden gespeichert…</translation>
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
        <translation>name.bsky.social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>@yourchannel</source>
        <translation>@ihrkanal</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Finish signing in with your browser. Postdesk is waiting for it; you can cancel at any time.</source>
        <translation>Schließen Sie die Anmeldung in Ihrem Browser ab. Postdesk wartet darauf; Sie können jederzeit abbrechen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking with {network}…</source>
        <translation>Prüfung bei {network}…</translation>
    </message>
</context>
<context>
    <name>CropCanvas</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/crop_editor.py" line="+68"/>
        <source>Crop area</source>
        <translation>Zuschneidebereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow keys move the crop, Shift and arrow keys resize it.</source>
        <translation>Pfeiltasten verschieben den Ausschnitt, Umschalt und Pfeiltasten ändern seine Größe.</translation>
    </message>
</context>
<context>
    <name>CropEditorDialog</name>
    <message>
        <location line="+146"/>
        <source>Crop “{name}”</source>
        <translation>„{name}“ zuschneiden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aspect ratio</source>
        <translation>Seitenverhältnis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Aspect ratio:</source>
        <translation>&amp;Seitenverhältnis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotate &amp;left</source>
        <translation>Nach &amp;links drehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotate &amp;right</source>
        <translation>Nach &amp;rechts drehen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Output size</source>
        <translation>Ausgabegröße</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as new image</source>
        <translation>Als neues Bild &amp;speichern</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Original shape</source>
        <translation>Originalformat</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Result: {w} × {h} pixels</source>
        <translation>Ergebnis: {w} × {h} Pixel</translation>
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
        <translation>Beiträge als CSV-Datei importieren oder exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import posts from a CSV file, or export them to one</source>
        <translation>Beiträge aus einer CSV-Datei importieren oder in eine exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import posts from CSV…</source>
        <translation>Beiträge aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export posts to CSV…</source>
        <translation>Beiträge als CSV &amp;exportieren…</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../src/postdesk/ui/csv_import/export_dialog.py" line="+32"/>
        <source>Export posts to CSV</source>
        <translation>Beiträge als CSV exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>CsvExportDialog</name>
    <message>
        <location line="+50"/>
        <source>Export posts to CSV</source>
        <translation>Beiträge als CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export posts to a CSV file</source>
        <translation>Beiträge in eine CSV-Datei exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has the columns the import reads, so it can be edited in a spreadsheet and imported.</source>
        <translation>Die Datei enthält die Spalten, die der Import liest, sodass sie in einer Tabellenkalkulation bearbeitet und importiert werden kann.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First day of posts to export</source>
        <translation>Erster Tag der zu exportierenden Beiträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of posts to export</source>
        <translation>Letzter Tag der zu exportierenden Beiträge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Every post, whatever its date (drafts without a time too)</source>
        <translation>&amp;Alle Beiträge, unabhängig vom Datum (auch Entwürfe ohne Zeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export every post</source>
        <translation>Alle Beiträge exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Only the posts the calendar&apos;s filter shows</source>
        <translation>&amp;Nur die Beiträge, die der Kalenderfilter zeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export only the posts the calendar&apos;s filter shows</source>
        <translation>Nur die Beiträge exportieren, die der Kalenderfilter zeigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The calendar shows every post: no filter is on.</source>
        <translation>Der Kalender zeigt alle Beiträge: Es ist kein Filter aktiv.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to write the file, then export</source>
        <translation>Speicherort der Datei wählen, dann exportieren</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Exported %n post(s).</source>
        <translation>
            <numerusform>%Ln Beitrag exportiert.</numerusform>
            <numerusform>%Ln Beiträge exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No posts matched, so the file holds only the column names.</source>
        <translation>Keine passenden Beiträge, daher enthält die Datei nur die Spaltennamen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk could not write the file there (the folder may be read-only or the disk full).</source>
        <translation>Postdesk konnte die Datei dort nicht schreiben (der Ordner ist eventuell schreibgeschützt oder die Festplatte voll).</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location filename="../src/postdesk/ui/csv_import/dialog.py" line="+46"/>
        <source>Import posts from CSV</source>
        <extracomment>Where the columns are described (docs/CSV.md).</extracomment>
        <translation>Beiträge aus CSV importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first line names the columns: &lt;b&gt;text&lt;/b&gt;, &lt;b&gt;accounts&lt;/b&gt; (network:handle) or &lt;b&gt;networks&lt;/b&gt;, &lt;b&gt;scheduled_at&lt;/b&gt; (2026-03-10 09:30), &lt;b&gt;zone&lt;/b&gt; (Europe/Paris; else the app&apos;s zone), &lt;b&gt;media&lt;/b&gt; (file paths), &lt;b&gt;alt_text&lt;/b&gt;, &lt;b&gt;tags&lt;/b&gt; and &lt;b&gt;first_comment&lt;/b&gt;. Lists are separated by semicolons. &lt;a href=&quot;{url}&quot;&gt;What each column means&lt;/a&gt;</source>
        <translation>Die erste Zeile benennt die Spalten: &lt;b&gt;text&lt;/b&gt;, &lt;b&gt;accounts&lt;/b&gt; (netzwerk:handle) oder &lt;b&gt;networks&lt;/b&gt;, &lt;b&gt;scheduled_at&lt;/b&gt; (2026-03-10 09:30), &lt;b&gt;zone&lt;/b&gt; (Europe/Berlin; sonst die Zeitzone der App), &lt;b&gt;media&lt;/b&gt; (Dateipfade), &lt;b&gt;alt_text&lt;/b&gt;, &lt;b&gt;tags&lt;/b&gt; und &lt;b&gt;first_comment&lt;/b&gt;. Listen werden durch Semikolons getrennt. &lt;a href=&quot;{url}&quot;&gt;Was jede Spalte bedeutet&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/csv_import/words.py" line="+19"/>
        <source>This file is too big to be a list of posts ({size}; at most {limit}). Split it into smaller files.</source>
        <translation>Diese Datei ist zu groß für eine Liste von Beiträgen ({size}; höchstens {limit}). Teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This file is not in UTF-8 text. Save it again as “CSV UTF-8” from your spreadsheet and choose it again.</source>
        <translation>Diese Datei ist kein UTF-8-Text. Speichern Sie sie in Ihrer Tabellenkalkulation erneut als „CSV UTF-8“ und wählen Sie sie erneut aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is broken near line {line} (a quote left open, or not a CSV file at all). Nothing was read.</source>
        <translation>Diese Datei ist um Zeile {line} beschädigt (ein nicht geschlossenes Anführungszeichen, oder gar keine CSV-Datei). Es wurde nichts gelesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first line must name the columns, with one called “text” for the post&apos;s text.</source>
        <translation>Die erste Zeile muss die Spalten benennen, darunter eine namens „text“ für den Text des Beitrags.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file says nothing about where the posts go: add an “accounts” or a “networks” column.</source>
        <translation>Die Datei gibt nicht an, wohin die Beiträge gehen: Fügen Sie eine Spalte „accounts“ oder „networks“ hinzu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file has more than {limit} posts. Split it into smaller files.</source>
        <translation>Diese Datei enthält mehr als {limit} Beiträge. Teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk could not open this file. Check that it is still there.</source>
        <translation>Postdesk konnte diese Datei nicht öffnen. Prüfen Sie, ob sie noch vorhanden ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file holds no posts: only a header line, or nothing at all.</source>
        <translation>Diese Datei enthält keine Beiträge: nur eine Kopfzeile oder gar nichts.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{network}: {sentence}</source>
        <translation>{network}: {sentence}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No connected account is called “{name}”.</source>
        <translation>Kein verbundenes Konto heißt „{name}“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More than one account is called “{name}”: write it as network:handle (bluesky:{name}).</source>
        <translation>Mehr als ein Konto heißt „{name}“: Schreiben Sie es als netzwerk:handle (bluesky:{name}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk does not know a network called “{name}”.</source>
        <translation>Postdesk kennt kein Netzwerk namens „{name}“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This post goes nowhere: name an account or a network.</source>
        <translation>Dieser Beitrag hat kein Ziel: Geben Sie ein Konto oder ein Netzwerk an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account “{name}” is named twice.</source>
        <translation>Das Konto „{name}“ ist doppelt angegeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not a date and time Postdesk can read: write it as 2026-03-10 09:30.</source>
        <translation>„{value}“ ist kein Datum mit Uhrzeit, das Postdesk lesen kann: Schreiben Sie es als 2026-03-10 09:30.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not a time zone: write it as Europe/Paris or America/New_York.</source>
        <translation>„{value}“ ist keine Zeitzone: Schreiben Sie sie als Europe/Berlin oder America/New_York.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} does not exist in {zone}: the clocks skip that hour that day.</source>
        <translation>{value} existiert in {zone} nicht: Die Uhren überspringen an diesem Tag diese Stunde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is already past. Pick a later time, or leave it empty for a draft.</source>
        <translation>{value} ist bereits vorbei. Wählen Sie eine spätere Zeit oder lassen Sie das Feld für einen Entwurf leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No picture or video Postdesk can read at “{path}”.</source>
        <translation>Unter „{path}“ gibt es kein Bild oder Video, das Postdesk lesen kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This line has {count} more cells than the header names; they were left out.</source>
        <translation>Diese Zeile hat {count} Zellen mehr, als die Kopfzeile benennt; sie wurden ausgelassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} cannot post a first comment; it is kept but not sent there.</source>
        <translation>{network} kann keinen ersten Kommentar veröffentlichen; er bleibt erhalten, wird dort aber nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../src/postdesk/ui/csv_import/dialog.py" line="+48"/>
        <source>Import posts from CSV</source>
        <translation>Beiträge aus CSV importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import posts from a CSV file</source>
        <translation>Beiträge aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The columns a CSV file of posts has</source>
        <translation>Die Spalten einer CSV-Datei mit Beiträgen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file chosen yet</source>
        <translation>Noch keine Datei gewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file to import</source>
        <translation>Die zu importierende CSV-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CSV file to import</source>
        <translation>Zu importierende CSV-Datei wählen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How many rows can be imported</source>
        <translation>Wie viele Zeilen importiert werden können</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every row of the file, with its problems</source>
        <translation>Alle Zeilen der Datei mit ihren Problemen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save as &amp;drafts</source>
        <translation>Als &amp;Entwürfe speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the imported posts as drafts</source>
        <translation>Importierte Beiträge als Entwürfe speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schedule the posts that have a time</source>
        <translation>Beiträge mit Zeit &amp;planen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule the imported posts that have a time; they must pass every check</source>
        <translation>Importierte Beiträge mit Zeit planen; sie müssen alle Prüfungen bestehen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the posts that have no blocking problem</source>
        <translation>Beiträge ohne blockierende Probleme importieren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Postdesk could not read this file. Nothing was imported.</source>
        <translation>Postdesk konnte diese Datei nicht lesen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>These columns are not read: {names}.</source>
        <translation>Diese Spalten werden nicht gelesen: {names}.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%Ln Zeile gelesen.</numerusform>
            <numerusform>%Ln Zeilen gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All can be imported.</source>
        <translation>Alle können importiert werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cannot be imported as it is: see its problems below.</source>
        <translation>
            <numerusform>%Ln kann so nicht importiert werden: siehe die Probleme unten.</numerusform>
            <numerusform>%Ln können so nicht importiert werden: siehe die Probleme unten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&amp;Import %n post(s)</source>
        <translation>
            <numerusform>%Ln Beitrag &amp;importieren</numerusform>
            <numerusform>%Ln Beiträge &amp;importieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Imported %n post(s), scheduled where they had a time.</source>
        <translation>
            <numerusform>%Ln Beitrag importiert, geplant, sofern er eine Zeit hatte.</numerusform>
            <numerusform>%Ln Beiträge importiert, geplant, sofern sie eine Zeit hatten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported %n post(s) as drafts.</source>
        <translation>
            <numerusform>%Ln Beitrag als Entwurf importiert.</numerusform>
            <numerusform>%Ln Beiträge als Entwürfe importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They are in the calendar.</source>
        <translation>Sie sind im Kalender.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Postdesk could not add “{path}” to the media library. Nothing was imported.</source>
        <translation>Postdesk konnte „{path}“ nicht zur Mediathek hinzufügen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk could not save the posts (the disk may be full). Nothing was imported.</source>
        <translation>Postdesk konnte die Beiträge nicht speichern (die Festplatte ist eventuell voll). Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <location filename="../src/postdesk/ui/local_format.py" line="+46"/>
        <source>ddd d MMM yyyy</source>
        <extracomment>Qt date pattern for a date with short names (&quot;Tue 4 Mar 2025&quot;): d day, ddd short weekday, MMM short month, yyyy year, &apos;text&apos; in single quotes kept. Keep the letters; change order and punctuation.</extracomment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dddd d MMMM yyyy</source>
        <extracomment>Qt date pattern for a date with full names (&quot;Tuesday 4 March 2025&quot;): dddd weekday, MMMM month. Keep the letters; change order and punctuation.</extracomment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>d MMM</source>
        <extracomment>Qt date pattern for a day and short month (&quot;4 Mar&quot;), chart axes and activity lines.</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>d MMMM</source>
        <extracomment>Qt date pattern for a day and full month (&quot;4 March&quot;).</extracomment>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ddd d MMM</source>
        <extracomment>Qt date pattern for a short weekday, day and short month (&quot;Tue 4 Mar&quot;), calendar columns and lists.</extracomment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>d MMM yyyy</source>
        <extracomment>Qt date pattern for a day, short month and year (&quot;4 Mar 2025&quot;).</extracomment>
        <translation>d. MMM yyyy</translation>
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
        <translation>d.</translation>
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
        <translation>ddd, d. MMM yyyy  HH:mm</translation>
    </message>
</context>
<context>
    <name>DefaultOptionsDialog</name>
    <message>
        <location filename="../src/postdesk/ui/accounts/options_dialog.py" line="+31"/>
        <source>Default options for {handle}</source>
        <translation>Standardoptionen für {handle}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add this account to new posts</source>
        <translation>Dieses Konto neuen Beiträgen &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this account to new posts</source>
        <translation>Dieses Konto neuen Beiträgen hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Unlisted</source>
        <translation>Nicht gelistet</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Followers only</source>
        <translation>Nur Follower</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Visibility:</source>
        <translation>&amp;Sichtbarkeit:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Subreddit:</source>
        <translation>&amp;Subreddit:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Board:</source>
        <translation>&amp;Pinnwand:</translation>
    </message>
</context>
<context>
    <name>DeletePublishedDialog</name>
    <message>
        <location filename="../src/postdesk/ui/dialogs/delete_published.py" line="+91"/>
        <location line="+1"/>
        <source>Delete a published post</source>
        <translation>Veröffentlichten Beitrag löschen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove from Postdesk only</source>
        <translation>Nur aus Postdesk entfernen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>This post is published on {where}. How far should it be deleted?</source>
        <translation>Dieser Beitrag ist auf {where} veröffentlicht. Wo soll er gelöscht werden?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove from Postdesk only (it stays on {where})</source>
        <translation>Nur aus Postdesk entfernen (bleibt auf {where})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete from {networks} too</source>
        <translation>Auch auf {networks} löschen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Instagram doesn&apos;t let apps delete posts: delete it in the Instagram app.</source>
        <translation>Instagram erlaubt Apps nicht, Beiträge zu löschen: Löschen Sie ihn in der Instagram-App.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Postdesk cannot delete posts on {kept}: delete it there yourself.</source>
        <translation>Postdesk kann auf {kept} keine Beiträge löschen: Löschen Sie ihn dort selbst.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleting from a network works offline too: it goes when the connection is back.</source>
        <translation>Das Löschen in einem Netzwerk funktioniert auch offline: Es erfolgt, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How the deletion went</source>
        <translation>Wie das Löschen verlief</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the post and close</source>
        <translation>Beitrag behalten und schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete as chosen</source>
        <translation>Wie gewählt löschen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed from Postdesk. It is still on {where}.</source>
        <translation>Aus Postdesk entfernt. Er ist weiterhin auf {where}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed from Postdesk. Deleting it from {networks}…</source>
        <translation>Aus Postdesk entfernt. Wird auf {networks} gelöscht…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{network} could not be asked: {reason}</source>
        <translation>{network} konnte nicht angefragt werden: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted from {name}.</source>
        <translation>Auf {name} gelöscht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not deleted: {reason} It is still on {name}; delete it there.</source>
        <translation>Nicht gelöscht: {reason} Er ist weiterhin auf {name}; löschen Sie ihn dort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} did not delete it: “{error}”. It is still on {name}; delete it there.</source>
        <translation>{name} hat ihn nicht gelöscht: „{error}“. Er ist weiterhin auf {name}; löschen Sie ihn dort.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for a connection: it will be deleted from {name} when Postdesk is back online. You can close this window.</source>
        <translation>Warten auf Verbindung: Er wird auf {name} gelöscht, sobald Postdesk wieder online ist. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleting it from {name}…</source>
        <translation>Wird auf {name} gelöscht…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleting it from {network}…</source>
        <translation>Wird auf {network} gelöscht…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed from Postdesk.</source>
        <translation>Aus Postdesk entfernt.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/details.py" line="+108"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the image for people who cannot see it</source>
        <translation>Beschreiben Sie das Bild für Menschen, die es nicht sehen können</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;avourite</source>
        <translation>F&amp;avorit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder of the selection</source>
        <translation>Ordner der Auswahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No folder</source>
        <translation>Kein Ordner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Used in</source>
        <translation>Verwendet in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ttach to post</source>
        <translation>An Beitrag a&amp;nhängen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview and network crops…</source>
        <translation>&amp;Vorschau und Zuschnitte je Netzwerk…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;rop or rotate…</source>
        <translation>Zuschneiden oder d&amp;rehen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each &amp;network receives</source>
        <translation>Was jedes &amp;Netzwerk erhält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What each network receives</source>
        <translation>Was jedes Netzwerk erhält</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;lt text</source>
        <translation>Alternativ&amp;text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta&amp;gs</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;older</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Select something to see its details.</source>
        <translation>Wählen Sie etwas aus, um die Details zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%Ln Element ausgewählt</numerusform>
            <numerusform>%Ln Elemente ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking where it is used…</source>
        <translation>Verwendung wird geprüft…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Used in %n post(s)</source>
        <translation>
            <numerusform>In %Ln Beitrag verwendet</numerusform>
            <numerusform>In %Ln Beiträgen verwendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not used in any post yet</source>
        <translation>Noch in keinem Beitrag verwendet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{n} of {max} characters</source>
        <translation>{n} von {max} Zeichen</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>re-encoded</source>
        <translation>neu kodiert</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/list_models.py" line="+40"/>
        <source>(empty draft)</source>
        <translation>(leerer Entwurf)</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/drafts_panel.py" line="+36"/>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a draft onto the calendar to schedule it</source>
        <translation>Ziehen Sie einen Entwurf in den Kalender, um ihn zu planen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unscheduled drafts</source>
        <translation>Ungeplante Entwürfe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No drafts</source>
        <translation>Keine Entwürfe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posts you start and don&apos;t schedule wait here.</source>
        <translation>Beiträge, die Sie beginnen und nicht planen, warten hier.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New draft</source>
        <translation>Neuer Entwurf</translation>
    </message>
</context>
<context>
    <name>EditPublished</name>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="-20"/>
        <source>Only a published post can be edited on {network}.</source>
        <extracomment>The networks whose adapter is `SupportsEdit` (a test holds the two together). Mastodon&apos;s default text limit, when the account&apos;s server said nothing at sign-in.</extracomment>
        <translation>Nur ein veröffentlichter Beitrag kann auf {network} bearbeitet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} does not let Postdesk edit a published post.</source>
        <translation>{network} erlaubt Postdesk nicht, einen veröffentlichten Beitrag zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The post can&apos;t be empty.</source>
        <translation>Der Beitrag darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text is longer than your {network} server allows.</source>
        <translation>Der Text ist länger, als Ihr {network}-Server erlaubt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the first post of a thread can be edited here.</source>
        <translation>Hier kann nur der erste Beitrag eines Threads bearbeitet werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{network} did not take the edit: {reason}</source>
        <translation>{network} hat die Bearbeitung nicht übernommen: {reason}</translation>
    </message>
</context>
<context>
    <name>EditPublishedDialog</name>
    <message>
        <location line="+51"/>
        <source>Edit on {network}</source>
        <translation>Auf {network} bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This changes the post on {network} itself. People who boosted it are told it was edited, and anyone can see its earlier versions there. Postdesk keeps them too.</source>
        <translation>Dies ändert den Beitrag direkt auf {network}. Wer ihn geteilt hat, erfährt, dass er bearbeitet wurde, und alle können dort frühere Versionen sehen. Postdesk bewahrt sie ebenfalls auf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Content &amp;warning (optional):</source>
        <translation>Inhalts&amp;warnung (optional):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content warning</source>
        <translation>Inhaltswarnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text of the post on {network}</source>
        <translation>Text des Beitrags auf {network}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is the first post of a thread; the others stay as they are.</source>
        <translation>Dies ist der erste Beitrag eines Threads; die anderen bleiben unverändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Characters used</source>
        <translation>Verwendete Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why it can&apos;t be saved yet</source>
        <translation>Warum noch nicht gespeichert werden kann</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How the edit went</source>
        <translation>Wie die Bearbeitung verlief</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without changing the post</source>
        <translation>Schließen, ohne den Beitrag zu ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save on {network}</source>
        <translation>Auf {network} &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the edit on {network}</source>
        <translation>Bearbeitung auf {network} speichern</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The post can&apos;t be empty.</source>
        <translation>Der Beitrag darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{over} characters over the limit of your {network} server ({limit}).</source>
        <translation>{over} Zeichen über dem Limit Ihres {network}-Servers ({limit}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing has changed yet.</source>
        <translation>Noch nichts geändert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{used} / {limit}</source>
        <translation>{used} / {limit}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving on {network}…</source>
        <translation>Wird auf {network} gespeichert…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edited on {network}. The record of what was sent shows the new text.</source>
        <translation>Auf {network} bearbeitet. Das Protokoll des Gesendeten zeigt den neuen Text.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk can&apos;t reach {network} right now. The edit will be made as soon as it can, by itself.</source>
        <translation>Postdesk erreicht {network} gerade nicht. Die Bearbeitung erfolgt automatisch, sobald es möglich ist.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Postdesk could not ask {network} to edit the post. Nothing was changed; try again in a moment.</source>
        <translation>Postdesk konnte {network} nicht um die Bearbeitung bitten. Es wurde nichts geändert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
</context>
<context>
    <name>EditorPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/editor_part.py" line="+34"/>
        <source>&amp;Main text (used everywhere unless a network has its own)</source>
        <translation>Hau&amp;pttext (überall verwendet, sofern ein Netzwerk keinen eigenen hat)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main text</source>
        <translation>Haupttext</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why the main text can&apos;t change</source>
        <translation>Warum der Haupttext nicht geändert werden kann</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The main text is read-only: it was already sent to {networks}. Give the other networks their own text to change it for them.</source>
        <translation>Der Haupttext ist schreibgeschützt: Er wurde bereits an {networks} gesendet. Geben Sie den anderen Netzwerken einen eigenen Text, um ihn dort zu ändern.</translation>
    </message>
</context>
<context>
    <name>EngagementChart</name>
    <message>
        <location filename="../src/postdesk/ui/insights/chart.py" line="+83"/>
        <source>Engagement per day</source>
        <translation>Interaktionen pro Tag</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No engagement in this period yet.</source>
        <translation>In diesem Zeitraum noch keine Interaktionen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most engagement on {day}: {count}.</source>
        <translation>Die meisten Interaktionen am {day}: {count}.</translation>
    </message>
</context>
<context>
    <name>EntryMenu</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/entry_menu.py" line="+86"/>
        <source>(empty draft)</source>
        <translation>(leerer Entwurf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New post here</source>
        <translation>Neuer Beitrag hier</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish now</source>
        <translation>Jetzt veröffentlichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reschedule…</source>
        <translation>Neu planen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did it go out?…</source>
        <translation>Wurde er veröffentlicht?…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel (never send)</source>
        <translation>Abbrechen (nie senden)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take back and cancel</source>
        <translation>Zurückholen und abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop repeating</source>
        <translation>Nicht mehr wiederholen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled: it will not be sent. Use Reschedule or drag it to a time to put it back on the schedule.</source>
        <translation>Abgebrochen: Er wird nicht gesendet. Wählen Sie „Neu planen“ oder ziehen Sie ihn auf eine Zeit, um ihn wieder einzuplanen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Postdesk does not know whether this post went out, so it will not simply send it again. Say whether it is there.</source>
        <translation>Postdesk weiß nicht, ob dieser Beitrag veröffentlicht wurde, und sendet ihn daher nicht einfach erneut. Geben Sie an, ob er dort ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paused. Drag the post to its new time, then choose Resume: it goes out then.</source>
        <translation>Pausiert. Ziehen Sie den Beitrag auf die neue Zeit und wählen Sie dann „Fortsetzen“: Dann wird er veröffentlicht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This post was settled meanwhile: nothing to decide.</source>
        <translation>Dieser Beitrag wurde inzwischen erledigt: Es gibt nichts zu entscheiden.</translation>
    </message>
</context>
<context>
    <name>FacebookOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/facebook_options.py" line="+31"/>
        <source>Link shown as a preview under the Facebook post</source>
        <translation>Link, der als Vorschau unter dem Facebook-Beitrag angezeigt wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facebook shows this address as a link preview. Only on posts without photos or video.</source>
        <translation>Facebook zeigt diese Adresse als Linkvorschau an. Nur bei Beiträgen ohne Fotos oder Video.</translation>
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
        <translation>Gerade eben · </translation>
    </message>
    <message>
        <location line="+23"/>
        <source> Like       Comment      ↗ Share</source>
        <translation> Gefällt mir       Kommentieren      ↗ Teilen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Your Page</source>
        <translation>Ihre Seite</translation>
    </message>
</context>
<context>
    <name>FirstCommentPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/first_comment_part.py" line="+53"/>
        <source>First comment on {network}</source>
        <translation>Erster Kommentar auf {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posted under your post on {network} right after it goes out. Optional.</source>
        <translation>Wird direkt nach der Veröffentlichung unter Ihrem Beitrag auf {network} veröffentlicht. Optional.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posted under your post on {network} right after it goes out.</source>
        <translation>Wird direkt nach der Veröffentlichung unter Ihrem Beitrag auf {network} veröffentlicht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First comment length</source>
        <translation>Länge des ersten Kommentars</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>F&amp;irst comment:</source>
        <translation>&amp;Erster Kommentar:</translation>
    </message>
</context>
<context>
    <name>FirstCommentView</name>
    <message>
        <location filename="../src/postdesk/ui/composer/previews/first_comment.py" line="+44"/>
        <source>First comment preview</source>
        <translation>Vorschau des ersten Kommentars</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Author · first comment</source>
        <translation>Autor · erster Kommentar</translation>
    </message>
</context>
<context>
    <name>GoogleBusinessOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="+121"/>
        <source>Business location</source>
        <extracomment>The item role that keeps a location&apos;s business name (the text also shows its address).</extracomment>
        <translation>Unternehmensstandort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a location</source>
        <translation>Standort wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the locations from Google again</source>
        <translation>Standorte erneut von Google abrufen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Location:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of Google post</source>
        <translation>Art des Google-Beitrags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s new</source>
        <translation>Neuigkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind of post:</source>
        <translation>&amp;Art des Beitrags:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Button</source>
        <translation>Schaltfläche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No button</source>
        <translation>Keine Schaltfläche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book</source>
        <translation>Buchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order online</source>
        <translation>Online bestellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy</source>
        <translation>Kaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn more</source>
        <translation>Weitere Infos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign up</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call now</source>
        <translation>Jetzt anrufen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Button link</source>
        <translation>Link der Schaltfläche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>https://… the button opens</source>
        <translation>https://… den die Schaltfläche öffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Button:</source>
        <translation>&amp;Schaltfläche:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Button &amp;link:</source>
        <translation>&amp;Link der Schaltfläche:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event or offer title</source>
        <translation>Titel der Veranstaltung bzw. des Angebots</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All &amp;day</source>
        <translation>&amp;Ganztägig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All day (dates without times)</source>
        <translation>Ganztägig (Daten ohne Uhrzeit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coupon code</source>
        <translation>Gutscheincode</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Link to redeem the offer</source>
        <translation>Link zum Einlösen des Angebots</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>https://… (optional)</source>
        <translation>https://… (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms and conditions</source>
        <translation>Allgemeine Geschäftsbedingungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Coupon code:</source>
        <translation>&amp;Gutscheincode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redeem link:</source>
        <translation>&amp;Einlöse-Link:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ter&amp;ms:</source>
        <translation>&amp;Bedingungen:</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Reading your business locations from Google…</source>
        <translation>Ihre Unternehmensstandorte werden von Google abgerufen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Google did not answer: {reason}. Try Refresh in a moment.</source>
        <translation>Google hat nicht geantwortet: {reason}. Klicken Sie gleich noch einmal auf „Aktualisieren“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This Google account manages no business location yet.</source>
        <translation>Dieses Google-Konto verwaltet noch keinen Unternehmensstandort.</translation>
    </message>
</context>
<context>
    <name>GoogleBusinessPreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_card.py" line="+98"/>
        <source>Book</source>
        <translation>Buchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order online</source>
        <translation>Online bestellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy</source>
        <translation>Kaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn more</source>
        <translation>Weitere Infos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign up</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call now</source>
        <translation>Jetzt anrufen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your business</source>
        <translation>Ihr Unternehmen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a photo: Google shows it above the post</source>
        <translation>Fügen Sie ein Foto hinzu: Google zeigt es über dem Beitrag an</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(No title yet)</source>
        <translation>(Noch kein Titel)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Redeem online</source>
        <translation>Online einlösen</translation>
    </message>
</context>
<context>
    <name>HeatmapModel</name>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="+293"/>
        <source>{day} at {hour}</source>
        <translation>{day} um {hour}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{when}: no post yet</source>
        <translation>{when}: noch kein Beitrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{when}: {mean} engagements per post, from {posts} posts</source>
        <translation>{when}: {mean} Interaktionen pro Beitrag, aus {posts} Beiträgen</translation>
    </message>
</context>
<context>
    <name>Holds</name>
    <message>
        <location filename="../src/postdesk/ui/hold_words.py" line="+30"/>
        <source>Waiting for a connection</source>
        <translation>Warten auf Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting: reconnect the account</source>
        <translation>Wartet: Konto erneut verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting: all publishing is paused</source>
        <translation>Wartet: Alle Veröffentlichungen sind pausiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting to try again</source>
        <translation>Wartet auf neuen Versuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to try again at {until}</source>
        <translation>Neuer Versuch um {until}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Handed to {network}</source>
        <translation>An {network} übergeben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{network}: waiting for a connection. It goes out as soon as Postdesk is back online.</source>
        <translation>{network}: wartet auf Verbindung. Er wird veröffentlicht, sobald Postdesk wieder online ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}: waiting for you to reconnect the account (Accounts). It goes out right after.</source>
        <translation>{network}: wartet darauf, dass Sie das Konto erneut verbinden (Konten). Danach wird er sofort veröffentlicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}: waiting, because you paused all publishing (tray menu). It goes out when you resume.</source>
        <translation>{network}: wartet, weil Sie alle Veröffentlichungen pausiert haben (Menü im Infobereich). Er wird veröffentlicht, sobald Sie fortsetzen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{network}: waiting to try again at {when}.</source>
        <translation>{network}: neuer Versuch um {when}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}: Postdesk does not know whether this post went out — the network&apos;s answer was lost. Please look, then say.</source>
        <translation>{network}: Postdesk weiß nicht, ob dieser Beitrag veröffentlicht wurde – die Antwort des Netzwerks ging verloren. Bitte sehen Sie nach und geben Sie Bescheid.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{network}: Postdesk does not know whether this post went out — the network&apos;s answer was lost. It will look it up on {network}; you can also look and say.</source>
        <translation>{network}: Postdesk weiß nicht, ob dieser Beitrag veröffentlicht wurde – die Antwort des Netzwerks ging verloren. Postdesk sieht auf {network} nach; Sie können auch selbst nachsehen und Bescheid geben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handed to {network}: {network} publishes it at its time, even while Postdesk is closed.</source>
        <translation>An {network} übergeben: {network} veröffentlicht ihn zur geplanten Zeit, auch wenn Postdesk geschlossen ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}: publishing now.</source>
        <translation>{network}: wird jetzt veröffentlicht.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Not sure it went out: please check</source>
        <translation>Veröffentlichung unklar: Bitte prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sure it went out: Postdesk is checking</source>
        <translation>Veröffentlichung unklar: Postdesk prüft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handed to the network</source>
        <translation>An das Netzwerk übergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishing</source>
        <translation>Wird veröffentlicht</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>soon</source>
        <translation>bald</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/importing.py" line="+111"/>
        <source>Import progress</source>
        <extracomment>Background request key: a full refresh cancels a pending fetch of new rows.</extracomment>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import messages</source>
        <translation>Importmeldungen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import media</source>
        <translation>Medien importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images and videos (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.mp4 *.mov *.m4v *.webm);;All files (*)</source>
        <translation>Bilder und Videos (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.mp4 *.mov *.m4v *.webm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+6"/>
        <source>Pasted image</source>
        <translation>Eingefügtes Bild</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Imported {done} of {total}</source>
        <translation>{done} von {total} importiert</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+11"/>
        <source>%n could not be imported</source>
        <translation>
            <numerusform>%Ln konnte nicht importiert werden</numerusform>
            <numerusform>%Ln konnten nicht importiert werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n new item(s) imported</source>
        <translation>
            <numerusform>%Ln neues Element importiert</numerusform>
            <numerusform>%Ln neue Elemente importiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing new imported</source>
        <translation>Nichts Neues importiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong: {what}</source>
        <translation>Ein Fehler ist aufgetreten: {what}</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>…and %n earlier message(s)</source>
        <translation>
            <numerusform>…und %Ln frühere Meldung</numerusform>
            <numerusform>…und %Ln frühere Meldungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="+117"/>
        <source>From</source>
        <extracomment>The `Conversation` or `InboxEntry` of a row. The size of an author&apos;s avatar in the first column. How many lines of an item&apos;s text a row shows (the rest is in the tooltip and the detail).</extracomment>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Mention</source>
        <translation>Erwähnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Your reply waits to be sent</source>
        <translation>Ihre Antwort wartet auf den Versand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You replied</source>
        <translation>Sie haben geantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reply could not be sent</source>
        <translation>Ihre Antwort konnte nicht gesendet werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %Ln Min.</numerusform>
            <numerusform>vor %Ln Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %Ln Std.</numerusform>
            <numerusform>vor %Ln Std.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your post: {own_text}</source>
        <translation>Ihr Beitrag: {own_text}</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Conversation on {network}, %n unread: {text}</source>
        <translation>
            <numerusform>Unterhaltung auf {network}, %Ln ungelesen: {text}</numerusform>
            <numerusform>Unterhaltung auf {network}, %Ln ungelesen: {text}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{kind} from {author}, {when}, {status}: {text}</source>
        <translation>{kind} von {author}, {when}, {status}: {text}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/inbox/delegate.py" line="+159"/>
        <location filename="../src/postdesk/ui/inbox/models.py" line="-38"/>
        <source>%n unread</source>
        <extracomment>Geometry, in device-independent pixels.</extracomment>
        <translation>
            <numerusform>%Ln ungelesen</numerusform>
            <numerusform>%Ln ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="-15"/>
        <source>Mentioned you</source>
        <translation>Hat Sie erwähnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quoted your post</source>
        <translation>Hat Ihren Beitrag zitiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commented on your post</source>
        <translation>Hat Ihren Beitrag kommentiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied to you</source>
        <translation>Hat Ihnen geantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new conversation</source>
        <translation>Eine neue Unterhaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies to a post</source>
        <translation>Antworten auf einen Beitrag</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>unread</source>
        <translation>ungelesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/delegate.py" line="+8"/>
        <location filename="../src/postdesk/ui/inbox/models.py" line="-41"/>
        <source>{network} · {account}</source>
        <translation>{network} · {account}</translation>
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
        <translation>Posteingang</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="+15"/>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account filter</source>
        <translation>Kontofilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network filter</source>
        <translation>Netzwerkfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind filter</source>
        <translation>Artfilter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All networks</source>
        <translation>Alle Netzwerke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unread only</source>
        <translation>Nur &amp;ungelesene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show unread items only</source>
        <translation>Nur ungelesene Elemente anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No&amp;tify me about new items</source>
        <translation>&amp;Über neue Elemente benachrichtigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notify me about new items for the account shown</source>
        <translation>Über neue Elemente des angezeigten Kontos benachrichtigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an account above to change this for it</source>
        <translation>Wählen Sie oben ein Konto, um dies dafür zu ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+319"/>
        <source>&amp;Check now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <location line="-318"/>
        <source>Check all inboxes now</source>
        <translation>Alle Posteingänge jetzt prüfen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrow keys move between messages; Enter writes a reply to the selected one.</source>
        <translation>Pfeiltasten wechseln zwischen Nachrichten; Eingabe schreibt eine Antwort auf die ausgewählte.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Selected item</source>
        <translation>Ausgewähltes Element</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+386"/>
        <source>Mark &amp;read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <location line="-385"/>
        <source>Mark the selected item read or unread</source>
        <translation>Ausgewähltes Element als gelesen oder ungelesen markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open in browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected item in the browser</source>
        <translation>Ausgewähltes Element im Browser öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Like</source>
        <translation>&amp;Liken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Like the selected item on its network</source>
        <translation>Ausgewähltes Element im Netzwerk liken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete my reply</source>
        <translation>Meine Antwort &amp;löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete your reply to the selected item on its network</source>
        <translation>Ihre Antwort auf das ausgewählte Element im Netzwerk löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hide</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the selected reply on its network</source>
        <translation>Ausgewählte Antwort im Netzwerk ausblenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete co&amp;mment…</source>
        <translation>&amp;Kommentar löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected comment from your post on its network</source>
        <translation>Ausgewählten Kommentar unter Ihrem Beitrag im Netzwerk löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark every listed item read</source>
        <translation>Alle aufgeführten Elemente als gelesen markieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re&amp;ply:</source>
        <translation>Ant&amp;wort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply text</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a reply…</source>
        <translation>Antwort schreiben…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reply status</source>
        <translation>Status der Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send reply</source>
        <translation>Antwort &amp;senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the reply (Ctrl+Return)</source>
        <translation>Antwort senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Inboxes Postdesk cannot read</source>
        <translation>Posteingänge, die Postdesk nicht lesen kann</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Reconnect…</source>
        <translation>&amp;Erneut verbinden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect the account</source>
        <translation>Konto erneut verbinden</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>{account} needs to be reconnected: its replies can&apos;t be read or answered until you sign in again.</source>
        <translation>{account} muss erneut verbunden werden: Antworten können erst gelesen oder beantwortet werden, wenn Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>C&amp;onnect an account…</source>
        <translation>Konto &amp;verbinden…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{account}: {state}</source>
        <translation>{account}: {state}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>{kind} — {who} on {network}</source>
        <translation>{kind} – {who} auf {network}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{length} of {limit} characters</source>
        <translation>{length} von {limit} Zeichen</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>That did not work: {error}</source>
        <translation>Das hat nicht funktioniert: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="-427"/>
        <source>%n accounts need to be reconnected: their replies can&apos;t be read until you sign in again.</source>
        <translation>
            <numerusform>%Ln Konto muss erneut verbunden werden: Seine Antworten können erst gelesen werden, wenn Sie sich erneut anmelden.</numerusform>
            <numerusform>%Ln Konten müssen erneut verbunden werden: Ihre Antworten können erst gelesen werden, wenn Sie sich erneut anmelden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Mark all &amp;read</source>
        <translation>A&amp;lle als gelesen markieren</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>Connect an account to see replies here</source>
        <translation>Verbinden Sie ein Konto, um hier Antworten zu sehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions, replies, quotes and comments from every account arrive in this one list.</source>
        <translation>Erwähnungen, Antworten, Zitate und Kommentare aller Konten landen in dieser einen Liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing matches these filters</source>
        <translation>Nichts entspricht diesen Filtern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Show everything</source>
        <translation>&amp;Alles anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No replies yet</source>
        <translation>Noch keine Antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When someone mentions or answers you, it shows up here.</source>
        <translation>Wenn jemand Sie erwähnt oder Ihnen antwortet, erscheint es hier.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The inbox could not be read.</source>
        <translation>Der Posteingang konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>LinkedIn shows the comments on a member&apos;s own posts only to apps it has approved, so they cannot appear here. Comments on the posts of a LinkedIn page you manage do.</source>
        <translation>LinkedIn zeigt Kommentare zu eigenen Beiträgen von Mitgliedern nur genehmigten Apps, daher können sie hier nicht erscheinen. Kommentare zu Beiträgen einer von Ihnen verwalteten LinkedIn-Seite schon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This channel has no discussion group, so its posts take no comments. Link a group in the channel&apos;s settings (Discussion) to answer comments here.</source>
        <translation>Dieser Kanal hat keine Diskussionsgruppe, daher können seine Beiträge nicht kommentiert werden. Verknüpfen Sie in den Kanaleinstellungen eine Gruppe (Diskussion), um hier Kommentare zu beantworten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your bot cannot read the channel&apos;s discussion group. Add the bot to the group as an admin (or turn its privacy mode off with /setprivacy in @BotFather, then add it to the group again).</source>
        <translation>Ihr Bot kann die Diskussionsgruppe des Kanals nicht lesen. Fügen Sie den Bot als Admin zur Gruppe hinzu (oder deaktivieren Sie seinen Datenschutzmodus mit /setprivacy bei @BotFather und fügen Sie ihn dann erneut zur Gruppe hinzu).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another program or a webhook receives your bot&apos;s messages, so Postdesk cannot read the comments. Give Postdesk a bot of its own.</source>
        <translation>Ein anderes Programm oder ein Webhook empfängt die Nachrichten Ihres Bots, daher kann Postdesk die Kommentare nicht lesen. Geben Sie Postdesk einen eigenen Bot.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk cannot read this inbox.</source>
        <translation>Postdesk kann diesen Posteingang nicht lesen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The setting could not be saved.</source>
        <translation>Die Einstellung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Mark un&amp;read</source>
        <translation>Als ungelesen &amp;markieren</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Liking…</source>
        <translation>Wird geliked…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liked.</source>
        <translation>Geliked.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deleting your reply…</source>
        <translation>Ihre Antwort wird gelöscht…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your reply was deleted.</source>
        <translation>Ihre Antwort wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hiding…</source>
        <translation>Wird ausgeblendet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hidden on the network.</source>
        <translation>Im Netzwerk ausgeblendet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete this comment?</source>
        <translation>Diesen Kommentar löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {who}&apos;s comment from your post on {network}? Nobody will see it there any more.</source>
        <translation>Den Kommentar von {who} unter Ihrem Beitrag auf {network} löschen? Dort wird ihn dann niemand mehr sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete comment</source>
        <translation>Kommentar löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the comment</source>
        <translation>Kommentar löschen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleting the comment…</source>
        <translation>Kommentar wird gelöscht…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The comment was deleted.</source>
        <translation>Der Kommentar wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The comment was not deleted: reconnect the account and try again.</source>
        <translation>Der Kommentar wurde nicht gelöscht: Verbinden Sie das Konto erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment was not deleted: the network asks to wait a little. Try again later.</source>
        <translation>Der Kommentar wurde nicht gelöscht: Das Netzwerk bittet um etwas Geduld. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network refused to delete this comment (it may not be on one of your posts).</source>
        <translation>Das Netzwerk hat das Löschen dieses Kommentars abgelehnt (er steht möglicherweise nicht unter einem Ihrer Beiträge).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The comment was not deleted: the network could not be reached. Try again when you are online.</source>
        <translation>Der Kommentar wurde nicht gelöscht: Das Netzwerk war nicht erreichbar. Versuchen Sie es erneut, wenn Sie online sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment could not be deleted.</source>
        <translation>Der Kommentar konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reply queued; it goes out as soon as the network allows.</source>
        <translation>Antwort eingereiht; sie wird gesendet, sobald das Netzwerk es zulässt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The engine is not running.</source>
        <translation>Der Veröffentlichungsdienst läuft nicht.</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="-250"/>
        <source>Likes</source>
        <extracomment>What an unknown count shows (an en dash: &quot;the network does not say&quot;).</extracomment>
        <translation>Likes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reposts</source>
        <translation>Reposts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement</source>
        <translation>Interaktionen</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%Ln like(s)</source>
        <translation>
            <numerusform>%Ln Like</numerusform>
            <numerusform>%Ln Likes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln repost(s)</source>
        <translation>
            <numerusform>%Ln Repost</numerusform>
            <numerusform>%Ln Reposts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln reply(s)</source>
        <translation>
            <numerusform>%Ln Antwort</numerusform>
            <numerusform>%Ln Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln quote(s)</source>
        <translation>
            <numerusform>%Ln Zitat</numerusform>
            <numerusform>%Ln Zitate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln view(s)</source>
        <translation>
            <numerusform>%Ln Aufruf</numerusform>
            <numerusform>%Ln Aufrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln click(s)</source>
        <translation>
            <numerusform>%Ln Klick</numerusform>
            <numerusform>%Ln Klicks</numerusform>
        </translation>
    </message>
    <message>
        <location line="+237"/>
        <source>{day} at {hour}</source>
        <translation>{day} um {hour}</translation>
    </message>
</context>
<context>
    <name>InsightsPane</name>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="+127"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom dates</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the latest numbers from the networks now</source>
        <translation>Neueste Zahlen jetzt von den Netzwerken abrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export this period&apos;s posts to a CSV file</source>
        <translation>Beiträge dieses Zeitraums in eine CSV-Datei exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insights status</source>
        <translation>Status der Statistiken</translation>
    </message>
    <message>
        <location filename="../src/postdesk/app.py" line="-38"/>
        <location line="+40"/>
        <location filename="../src/postdesk/ui/insights/view.py" line="+4"/>
        <source>Insights</source>
        <translation>Statistiken</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="-70"/>
        <source>Export Insights</source>
        <extracomment>Preset periods, in days; the last entry of the picker is &quot;Custom dates&quot;.</extracomment>
        <translation>Statistiken exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Totals per account and network</source>
        <translation>Summen pro Konto und Netzwerk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your best times</source>
        <translation>Ihre besten Zeiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+45"/>
        <location line="+150"/>
        <source>Engagement per day</source>
        <translation>Interaktionen pro Tag</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Engagement by weekday and hour</source>
        <translation>Interaktionen nach Wochentag und Uhrzeit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rank top posts by</source>
        <translation>Top-Beiträge sortieren nach</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>Top posts</source>
        <translation>Top-Beiträge</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best weekdays and hours</source>
        <translation>Beste Wochentage und Uhrzeiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rank by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing published yet. Once your first post goes out, Postdesk reads its likes, reposts and replies here, and learns your best days and hours.</source>
        <translation>Noch nichts veröffentlicht. Sobald Ihr erster Beitrag veröffentlicht ist, liest Postdesk hier dessen Likes, Reposts und Antworten und ermittelt Ihre besten Tage und Uhrzeiten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No published posts yet</source>
        <translation>Noch keine veröffentlichten Beiträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write a post</source>
        <translation>Beitrag &amp;schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your first post</source>
        <translation>Schreiben Sie Ihren ersten Beitrag</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Your posts do best on: {times}.</source>
        <translation>Ihre Beiträge laufen am besten: {times}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your best times show here once your posts have numbers.</source>
        <translation>Ihre besten Zeiten erscheinen hier, sobald Ihre Beiträge Zahlen haben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Insights could not be loaded. Your posts are safe; try again.</source>
        <translation>Die Statistiken konnten nicht geladen werden. Ihre Beiträge sind sicher; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Numbers are read while Postdesk&apos;s publishing is running; it is not running now.</source>
        <translation>Zahlen werden nur abgerufen, während der Veröffentlichungsdienst von Postdesk läuft; er läuft gerade nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the latest numbers…</source>
        <translation>Neueste Zahlen werden abgerufen…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Updated %n post(s).</source>
        <translation>
            <numerusform>%Ln Beitrag aktualisiert.</numerusform>
            <numerusform>%Ln Beiträge aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A network asked Postdesk to wait; it tries again later.</source>
        <translation>Ein Netzwerk hat Postdesk um Geduld gebeten; später folgt ein neuer Versuch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An account needs reconnecting before its numbers can be read.</source>
        <translation>Ein Konto muss erneut verbunden werden, bevor seine Zahlen gelesen werden können.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The networks could not be asked now. Try again in a moment.</source>
        <translation>Die Netzwerke konnten gerade nicht abgefragt werden. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Exported %n post(s) to {name}.</source>
        <translation>
            <numerusform>%Ln Beitrag nach {name} exportiert.</numerusform>
            <numerusform>%Ln Beiträge nach {name} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file could not be written. Choose another folder and try again.</source>
        <translation>Die Datei konnte nicht geschrieben werden. Wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>InstagramOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_options.py" line="+35"/>
        <source>Kind of Instagram post</source>
        <translation>Art des Instagram-Beitrags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post (one photo, video, or a carousel of up to 10)</source>
        <translation>Beitrag (ein Foto, Video oder Karussell mit bis zu 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reel (one vertical video)</source>
        <translation>Reel (ein Hochformat-Video)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Story (one photo or video, 24 hours)</source>
        <translation>Story (ein Foto oder Video, 24 Stunden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post &amp;as:</source>
        <translation>Veröffentlichen &amp;als:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also show the Reel in the &amp;feed</source>
        <translation>Reel auch im &amp;Feed anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reel cover frame, seconds into the video</source>
        <translation>Titelbild des Reels, Sekunden ab Videobeginn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instagram picks</source>
        <translation>Instagram wählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;ver frame:</source>
        <translation>&amp;Titelbild:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instagram collaborators</source>
        <translation>Instagram-Mitwirkende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to 3 usernames, e.g. @friend, @studio</source>
        <translation>Bis zu 3 Nutzernamen, z. B. @freundin, @studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;llaborators:</source>
        <translation>&amp;Mitwirkende:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instagram location (Facebook Page ID)</source>
        <translation>Instagram-Standort (ID der Facebook-Seite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the ID of a Facebook Page with a location</source>
        <translation>Optional: die ID einer Facebook-Seite mit Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loca&amp;tion:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;rop photos to fit Instagram (4:5 to 1.91:1)</source>
        <translation>Fotos für Instagram &amp;zuschneiden (4:5 bis 1,91:1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos taller than 4:5 or wider than 1.91:1 are cut to the nearest shape Instagram takes, keeping the middle.</source>
        <translation>Fotos, die höher als 4:5 oder breiter als 1,91:1 sind, werden mittig auf das nächste von Instagram akzeptierte Format zugeschnitten.</translation>
    </message>
</context>
<context>
    <name>InstagramPreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_preview.py" line="+124"/>
        <source>Carousel position</source>
        <translation>Position im Karussell</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Instagram shows your photo or video here</source>
        <translation>Instagram zeigt hier Ihr Foto oder Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you</source>
        <translation>Sie</translation>
    </message>
</context>
<context>
    <name>LibraryFilterBar</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/filter_bar.py" line="+31"/>
        <source>Search names, tags and alt text</source>
        <translation>Namen, Schlagwörter, Alternativtext suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the library</source>
        <translation>Mediathek durchsuchen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All media</source>
        <translation>Alle Medien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIFs</source>
        <translation>GIFs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>All folders</source>
        <translation>Alle Ordner</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date taken</source>
        <translation>Aufnahmedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest</source>
        <translation>Größte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Favourites</source>
        <translation>&amp;Favoriten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only favourites</source>
        <translation>Nur Favoriten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No folder</source>
        <translation>Kein Ordner</translation>
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
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Couldn&apos;t open your last draft; starting a new one.</source>
        <translation>Ihr letzter Entwurf konnte nicht geöffnet werden; ein neuer wird begonnen.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>New post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Couldn&apos;t save: disk is full — your text is still here. Retrying…</source>
        <translation>Speichern fehlgeschlagen: Die Festplatte ist voll – Ihr Text ist noch da. Neuer Versuch…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Couldn&apos;t save: the database is not available — your text is still here. Retrying…</source>
        <translation>Speichern fehlgeschlagen: Die Datenbank ist nicht verfügbar – Ihr Text ist noch da. Neuer Versuch…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Couldn&apos;t save — your text is still here. Retrying…</source>
        <translation>Speichern fehlgeschlagen – Ihr Text ist noch da. Neuer Versuch…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Opening the post…</source>
        <translation>Beitrag wird geöffnet…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+26"/>
        <source>That post no longer exists.</source>
        <translation>Dieser Beitrag existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Couldn&apos;t open that post; the one you were writing is still here.</source>
        <translation>Dieser Beitrag konnte nicht geöffnet werden; der Beitrag, an dem Sie geschrieben haben, ist noch da.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copying the post…</source>
        <translation>Beitrag wird kopiert…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This post was also changed elsewhere; the changes you made here were kept.</source>
        <translation>Dieser Beitrag wurde auch an anderer Stelle geändert; Ihre Änderungen hier wurden beibehalten.</translation>
    </message>
</context>
<context>
    <name>LoadingPane</name>
    <message>
        <location filename="../src/postdesk/ui/main_window.py" line="+69"/>
        <source>Opening your posts…</source>
        <extracomment>How long a problem stays in the status bar.</extracomment>
        <translation>Ihre Beiträge werden geöffnet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postdesk is opening your posts. This takes a moment.</source>
        <translation>Postdesk öffnet Ihre Beiträge. Das dauert einen Moment.</translation>
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
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a section. Ctrl+1 to Ctrl+{last} jump straight to one.</source>
        <translation>Wählen Sie einen Bereich. Mit Strg+1 bis Strg+{last} springen Sie direkt dorthin.</translation>
    </message>
    <message numerus="yes">
        <location line="+173"/>
        <source>{title}, %n unread</source>
        <translation>
            <numerusform>{title}, %Ln ungelesen</numerusform>
            <numerusform>{title}, %Ln ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MastodonOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/mastodon_options.py" line="+58"/>
        <source>Language of the Mastodon post</source>
        <translation>Sprache des Mastodon-Beitrags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mastodon shows the post to people who read this language.</source>
        <translation>Mastodon zeigt den Beitrag Personen, die diese Sprache lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your server&apos;s default</source>
        <translation>Standard Ihres Servers</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>MediaChoice</name>
    <message>
        <location filename="../src/postdesk/ui/composer/media_choice.py" line="+55"/>
        <source>&amp;Media for {network}:</source>
        <translation>&amp;Medien für {network}:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachments sent to {network}</source>
        <translation>An {network} gesendete Anhänge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick an attachment to leave it out of the {network} post.</source>
        <translation>Entfernen Sie das Häkchen bei einem Anhang, um ihn im {network}-Beitrag wegzulassen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;rop for {network}…</source>
        <translation>Für {network} &amp;zuschneiden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crop the chosen image for {network} only</source>
        <translation>Gewähltes Bild nur für {network} zuschneiden</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Video {n}</source>
        <translation>Video {n}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image {n}</source>
        <translation>Bild {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cropped image</source>
        <translation>Zugeschnittenes Bild</translation>
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
        <translation>„{name}“ ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” could not be read (is it a folder or locked?).</source>
        <translation>„{name}“ konnte nicht gelesen werden (ist es ein Ordner oder gesperrt?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” is empty.</source>
        <translation>„{name}“ ist leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is not a picture or video Postdesk can use (JPEG, PNG, WebP, GIF, HEIC, MP4, MOV, WebM).</source>
        <translation>„{name}“ ist kein Bild oder Video, das Postdesk verwenden kann (JPEG, PNG, WebP, GIF, HEIC, MP4, MOV, WebM).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” is damaged or incomplete and could not be opened.</source>
        <translation>„{name}“ ist beschädigt oder unvollständig und konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” has far too many pixels to open safely, so it was skipped.</source>
        <translation>„{name}“ hat viel zu viele Pixel, um sicher geöffnet zu werden, und wurde übersprungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” is larger than 4 GB, the most Postdesk imports.</source>
        <translation>„{name}“ ist größer als 4 GB, das Maximum für Importe in Postdesk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full: “{name}” could not be saved.</source>
        <translation>Die Festplatte ist voll: „{name}“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk&apos;s data folder cannot be written to: “{name}” was not saved.</source>
        <translation>In den Datenordner von Postdesk kann nicht geschrieben werden: „{name}“ wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” was not imported: you cancelled.</source>
        <translation>„{name}“ wurde nicht importiert: Sie haben abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” could not be imported because of an unexpected problem; the rest carried on.</source>
        <translation>„{name}“ konnte wegen eines unerwarteten Problems nicht importiert werden; der Rest wurde fortgesetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” was already in your library.</source>
        <translation>„{name}“ war bereits in Ihrer Mediathek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is named like another kind of file; it was imported as what it really is.</source>
        <translation>„{name}“ ist wie ein anderer Dateityp benannt; es wurde als das importiert, was es tatsächlich ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” contains the place where it was taken; that location is removed from what you publish.</source>
        <translation>„{name}“ enthält den Aufnahmeort; dieser Standort wird aus Ihren Veröffentlichungen entfernt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Video, {length} long</source>
        <translation>Video, {length} lang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Animated GIF</source>
        <translation>Animiertes GIF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No alt text yet</source>
        <translation>Noch kein Alternativtext</translation>
    </message>
</context>
<context>
    <name>MediaLibraryPane</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="+190"/>
        <source>Remove &amp;location from published photos</source>
        <translation>&amp;Standort aus veröffentlichten Fotos entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove location from published photos</source>
        <translation>Standort aus veröffentlichten Fotos entfernen</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Storage used</source>
        <extracomment>Background request keys: a newer request with the same key wins (see `BackgroundRunner`).</extracomment>
        <translation>Belegter Speicher</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%Ln Element</numerusform>
            <numerusform>%Ln Elemente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{size} stored</source>
        <translation>{size} gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No items yet</source>
        <translation>Noch keine Elemente</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>This is used in %n post(s). Deleting it also removes it from them. Delete?</source>
        <translation>
            <numerusform>Dies wird in %Ln Beitrag verwendet. Beim Löschen wird es auch daraus entfernt. Löschen?</numerusform>
            <numerusform>Dies wird in %Ln Beiträgen verwendet. Beim Löschen wird es auch daraus entfernt. Löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n item(s) from the library? This cannot be undone.</source>
        <translation>
            <numerusform>%Ln Element aus der Mediathek löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%Ln Elemente aus der Mediathek löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete media</source>
        <translation>Medien löschen</translation>
    </message>
    <message>
        <location filename="../src/postdesk/app.py" line="-35"/>
        <location line="+36"/>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
</context>
<context>
    <name>MediaPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/media_part.py" line="+85"/>
        <source>Attach images</source>
        <translation>Bilder anhängen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images ({patterns})</source>
        <translation>Bilder ({patterns})</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Adding images…</source>
        <translation>Bilder werden hinzugefügt…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Some images are no longer in the media library and were not attached.</source>
        <translation>Einige Bilder sind nicht mehr in der Mediathek und wurden nicht angehängt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Couldn&apos;t read {files} as images.</source>
        <translation>{files} konnte nicht als Bild gelesen werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Couldn&apos;t add the images; the files were not changed.</source>
        <translation>Die Bilder konnten nicht hinzugefügt werden; die Dateien wurden nicht verändert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Couldn&apos;t save the image description; it is kept here.</source>
        <translation>Die Bildbeschreibung konnte nicht gespeichert werden; sie bleibt hier erhalten.</translation>
    </message>
</context>
<context>
    <name>MediaPreviewDialog</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/preview_dialog.py" line="+204"/>
        <source>Preview of “{name}”</source>
        <translation>Vorschau von „{name}“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the picture…</source>
        <translation>Bild wird geladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>What each network receives</source>
        <translation>Was jedes Netzwerk erhält</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>MediaStrip</name>
    <message>
        <location filename="../src/postdesk/ui/composer/media_strip.py" line="+142"/>
        <source>Attached images</source>
        <translation>Angehängte Bilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Left and Alt+Right move the selected image</source>
        <translation>Alt+Links und Alt+Rechts verschieben das ausgewählte Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag an image, or press Alt+Left / Alt+Right, to change the order</source>
        <translation>Ziehen Sie ein Bild oder drücken Sie Alt+Links / Alt+Rechts, um die Reihenfolge zu ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;ttach images…</source>
        <translation>Bilder &amp;anhängen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach images</source>
        <translation>Bilder anhängen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move image</source>
        <translation>Bild ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected image</source>
        <translation>Ausgewähltes Bild entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Descr&amp;iption (alt text):</source>
        <translation>&amp;Beschreibung (Alternativtext):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description of the selected image, for people who cannot see it</source>
        <translation>Beschreibung des ausgewählten Bildes für Menschen, die es nicht sehen können</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is in the picture?</source>
        <translation>Was ist auf dem Bild zu sehen?</translation>
    </message>
</context>
<context>
    <name>MediaStripModel</name>
    <message>
        <location filename="../src/postdesk/ui/composer/models.py" line="-64"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No description yet</source>
        <translation>Noch keine Beschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no description</source>
        <translation>keine Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image {n}: {alt}</source>
        <translation>Bild {n}: {alt}</translation>
    </message>
</context>
<context>
    <name>NetworkCrops</name>
    <message>
        <location filename="../src/postdesk/ui/composer/media_choice_crop.py" line="+61"/>
        <source>That image is no longer in the media library.</source>
        <translation>Dieses Bild ist nicht mehr in der Mediathek.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>for {network}</source>
        <translation>für {network}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The crop could not be saved. Try again in a moment.</source>
        <translation>Der Zuschnitt konnte nicht gespeichert werden. Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>NetworkTile</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/preview_dialog.py" line="-138"/>
        <source>Any shape</source>
        <extracomment>The larger picture&apos;s box: the tiles below it are what the dialog is for, so it stays modest.</extracomment>
        <translation>Beliebiges Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best shape {ratio}</source>
        <translation>Bestes Format {ratio}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shaded part falls outside the shape {network} shows best. Crop or rotate… makes a copy in it.</source>
        <translation>Der schattierte Teil liegt außerhalb des Formats, das {network} am besten anzeigt. „Zuschneiden oder drehen…“ erstellt eine passende Kopie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>re-encoded</source>
        <translation>neu kodiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too large for {network}</source>
        <translation>Zu groß für {network}</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/body.py" line="-12"/>
        <source>Calendar message</source>
        <translation>Kalendermeldung</translation>
    </message>
</context>
<context>
    <name>PartsEditor</name>
    <message>
        <location filename="../src/postdesk/ui/composer/parts_editor.py" line="+192"/>
        <source>&amp;Add part</source>
        <extracomment>File suffixes accepted as images when dropped. Background of text that does not fit; translucent so it reads in light and dark themes.</extracomment>
        <translation>&amp;Teil hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a thread part</source>
        <translation>Thread-Teil hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;plit into thread</source>
        <translation>&amp;In Thread aufteilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split the text into a thread automatically</source>
        <translation>Text automatisch in einen Thread aufteilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split at sentence boundaries so every part fits</source>
        <translation>An Satzgrenzen aufteilen, sodass jeder Teil passt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Join parts</source>
        <translation>Teile &amp;zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join all thread parts into one text</source>
        <translation>Alle Thread-Teile zu einem Text zusammenführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number parts (1/n)</source>
        <translation>Teile nummerieren (1/n)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add 1/n numbering when splitting</source>
        <translation>Beim Aufteilen 1/n-Nummerierung hinzufügen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Part {n} of {count}</source>
        <translation>Teil {n} von {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove part {n}</source>
        <translation>Teil {n} entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label}, part {n} of {count}</source>
        <translation>{label}, Teil {n} von {count}</translation>
    </message>
</context>
<context>
    <name>PinterestOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="+148"/>
        <source>Pinterest board</source>
        <extracomment>The link&apos;s limit (`PinCreate.link` maxLength in Pinterest&apos;s OpenAPI description).</extracomment>
        <translation>Pinterest-Pinnwand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a board</source>
        <translation>Pinnwand wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New board…</source>
        <translation>Neue Pinnwand…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new Pinterest board</source>
        <translation>Neue Pinterest-Pinnwand erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the boards from Pinterest again</source>
        <translation>Pinnwände erneut von Pinterest abrufen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Board:</source>
        <translation>&amp;Pinnwand:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Board section</source>
        <translation>Pinnwandbereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New section…</source>
        <translation>Neuer Bereich…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new section on the board</source>
        <translation>Neuen Bereich auf der Pinnwand erstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ection:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Destination link</source>
        <translation>Ziellink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://… where the Pin leads (optional)</source>
        <translation>https://… wohin der Pin führt (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose cover…</source>
        <translation>Titelbild wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the video&apos;s cover image</source>
        <translation>Titelbild des Videos wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a frame</source>
        <translation>Standbild verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a frame of the video as its cover</source>
        <translation>Ein Standbild des Videos als Titelbild verwenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Video &amp;cover:</source>
        <translation>Video-&amp;Titelbild:</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Reading your boards from Pinterest…</source>
        <translation>Ihre Pinnwände werden von Pinterest abgerufen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pinterest did not answer: {reason}. Try Refresh in a moment.</source>
        <translation>Pinterest hat nicht geantwortet: {reason}. Klicken Sie gleich noch einmal auf „Aktualisieren“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This account has no boards yet: make one with New board….</source>
        <translation>Dieses Konto hat noch keine Pinnwände: Erstellen Sie eine mit „Neue Pinnwand…“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (secret)</source>
        <translation> (geheim)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No section</source>
        <translation>Kein Bereich</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Section {id}</source>
        <translation>Bereich {id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New board</source>
        <translation>Neue Pinnwand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new board:</source>
        <translation>Name der neuen Pinnwand:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Making the board “{name}” on Pinterest…</source>
        <translation>Pinnwand „{name}“ wird auf Pinterest erstellt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New section</source>
        <translation>Neuer Bereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new section:</source>
        <translation>Name des neuen Bereichs:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cover image for the video</source>
        <translation>Titelbild für das Video</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A frame of the video</source>
        <translation>Ein Standbild des Videos</translation>
    </message>
</context>
<context>
    <name>PollEditor</name>
    <message>
        <location filename="../src/postdesk/ui/composer/poll_editor.py" line="+53"/>
        <source>Add a p&amp;oll</source>
        <extracomment>A new poll runs one day, as on X and Mastodon&apos;s own apps.</extracomment>
        <translation>&amp;Umfrage hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a poll to the {network} post</source>
        <translation>Umfrage zum {network}-Beitrag hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choices:</source>
        <translation>Antwortoptionen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poll length, days</source>
        <translation>Umfragedauer, Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> d</source>
        <translation> Tg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Poll length, hours</source>
        <translation>Umfragedauer, Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Poll length, minutes</source>
        <translation>Umfragedauer, Minuten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs for:</source>
        <translation>Laufzeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People may pick more than one</source>
        <translation>Mehrfachauswahl erlauben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poll allows several choices</source>
        <translation>Umfrage erlaubt mehrere Antworten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the results until it ends</source>
        <translation>Ergebnisse bis zum Ende ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the poll&apos;s results until it ends</source>
        <translation>Ergebnisse der Umfrage bis zu ihrem Ende ausblenden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Poll choice {n}</source>
        <translation>Antwortoption {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choice {n}</source>
        <translation>Option {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choice {n} (optional)</source>
        <translation>Option {n} (optional)</translation>
    </message>
</context>
<context>
    <name>PostActions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/post_actions.py" line="+66"/>
        <source>Choose at least one network.</source>
        <translation>Wählen Sie mindestens ein Netzwerk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{first} (and {n} more networks with problems)</source>
        <translation>{first} (und {n} weitere Netzwerke mit Problemen)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Can&apos;t schedule yet: {reason}</source>
        <translation>Planen noch nicht möglich: {reason}</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>That time has already passed; pick a time in the future.</source>
        <translation>Diese Zeit ist bereits vorbei; wählen Sie eine Zeit in der Zukunft.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{networks} holds this post at its time. To change the time, take it back first (Cancel), then schedule it again.</source>
        <translation>{networks} hält diesen Beitrag für seine Zeit bereit. Um die Zeit zu ändern, holen Sie ihn zuerst zurück (Abbrechen) und planen Sie ihn dann erneut.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Paused. Pick the new time, then press Schedule: it goes out then.</source>
        <translation>Pausiert. Wählen Sie die neue Zeit und klicken Sie dann auf „Planen“: Dann wird er veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>PostControls</name>
    <message>
        <location filename="../src/postdesk/ui/composer/post_controls.py" line="+102"/>
        <source>Where this post stands with Postdesk&apos;s publisher</source>
        <extracomment>States the engine may pause or reschedule (not mid-request, not done).</extracomment>
        <translation>Stand dieses Beitrags beim Veröffentlichungsdienst von Postdesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the post is waiting for</source>
        <translation>Worauf der Beitrag wartet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Did it &amp;go out?…</source>
        <translation>&amp;Wurde er veröffentlicht?…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say whether the post is on the network, or send it again</source>
        <translation>Angeben, ob der Beitrag im Netzwerk ist, oder ihn erneut senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause this post</source>
        <translation>Diesen Beitrag pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume this post</source>
        <translation>Diesen Beitrag fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resc&amp;hedule…</source>
        <translation>Neu p&amp;lanen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause this post and pick a new time</source>
        <translation>Diesen Beitrag pausieren und eine neue Zeit wählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ca&amp;ncel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never send this post (a hand-off is taken back)</source>
        <translation>Diesen Beitrag nie senden (eine Übergabe wird zurückgeholt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this post</source>
        <translation>Diesen Beitrag löschen</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Delete this post from Postdesk, or from the network too</source>
        <translation>Diesen Beitrag aus Postdesk oder auch im Netzwerk löschen</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Delete this post?</source>
        <translation>Diesen Beitrag löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this post from Postdesk? It has not gone out, so nothing is on any network.</source>
        <translation>Diesen Beitrag aus Postdesk löschen? Er wurde nicht veröffentlicht, ist also in keinem Netzwerk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Behalten</translation>
    </message>
</context>
<context>
    <name>PostsModel</name>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="-117"/>
        <source>Not given by this network</source>
        <translation>Von diesem Netzwerk nicht angegeben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
</context>
<context>
    <name>PreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/preview.py" line="+240"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>subreddit</source>
        <translation>Subreddit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a board</source>
        <translation>eine Pinnwand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved to</source>
        <translation>Gespeichert auf</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+3"/>
        <source>(No title yet)</source>
        <translation>(Noch kein Titel)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{network} shows your image or video here</source>
        <translation>{network} zeigt hier Ihr Bild oder Video</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Like  ·  Comment  ·  Repost  ·  Send</source>
        <translation>Gefällt mir  ·  Kommentieren  ·  Reposten  ·  Senden</translation>
    </message>
</context>
<context>
    <name>PreviewFrame</name>
    <message>
        <location filename="../src/postdesk/ui/composer/previews/frame.py" line="+44"/>
        <source>&amp;Phone</source>
        <extracomment>The card&apos;s width in each mode (a phone&apos;s feed is ~390 px wide; a desktop feed column ~600).</extracomment>
        <translation>&amp;Smartphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview as on a phone</source>
        <translation>Vorschau wie auf einem Smartphone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Desktop</source>
        <translation>&amp;Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview as on a desktop</source>
        <translation>Vorschau wie auf einem Desktop</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>PreviewPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/preview_part.py" line="+157"/>
        <source>Your name</source>
        <extracomment>How long after the last change the hidden tabs&apos; previews are brought up to date. The visible preview renders this long after the last keystroke... ...and at least this often while the user keeps typing. Told the post and the first sentences of the targets that have errors, after each refresh.</extracomment>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yourname</source>
        <translation>ihrname</translation>
    </message>
</context>
<context>
    <name>ProblemListModel</name>
    <message>
        <location filename="../src/postdesk/ui/composer/models.py" line="-135"/>
        <source>Error</source>
        <extracomment>Custom roles. Drag format of a row of the media strip being moved within the strip (its row number).</extracomment>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../src/postdesk/ui/error_words.py" line="+19"/>
        <source>The disk is full, so Postdesk could not save. Free some space; your work is still open.</source>
        <translation>Die Festplatte ist voll, daher konnte Postdesk nicht speichern. Geben Sie Speicherplatz frei; Ihre Arbeit ist noch geöffnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another program held Postdesk&apos;s database, so this did not finish. Try again in a moment.</source>
        <translation>Ein anderes Programm hat die Datenbank von Postdesk blockiert, daher wurde der Vorgang nicht abgeschlossen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your computer refused to read or write Postdesk&apos;s files. Check the disk, then try again.</source>
        <translation>Ihr Computer hat das Lesen oder Schreiben der Dateien von Postdesk verweigert. Prüfen Sie die Festplatte und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network did not answer in time. Postdesk will try again when you ask.</source>
        <translation>Das Netzwerk hat nicht rechtzeitig geantwortet. Postdesk versucht es erneut, wenn Sie es anfordern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk could not finish what it was doing. Try again; if it keeps happening, the log in the data folder says what went wrong.</source>
        <translation>Postdesk konnte den Vorgang nicht abschließen. Versuchen Sie es erneut; wenn es wieder passiert, steht im Protokoll im Datenordner, was schiefgelaufen ist.</translation>
    </message>
</context>
<context>
    <name>QueueControls</name>
    <message>
        <location filename="../src/postdesk/ui/composer/queue_button.py" line="+30"/>
        <source>Add to &amp;queue…</source>
        <translation>Zur &amp;Warteschlange hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the post to a queue: it takes the queue&apos;s next free time</source>
        <translation>Beitrag zu einer Warteschlange hinzufügen: Er erhält die nächste freie Zeit der Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the post the next free time of one of your queues</source>
        <translation>Dem Beitrag die nächste freie Zeit einer Ihrer Warteschlangen geben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened with the queue</source>
        <translation>Was mit der Warteschlange passiert ist</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No queue serves these accounts yet. Create one in Queues (its times, and which accounts use it), then add the post.</source>
        <translation>Noch keine Warteschlange für diese Konten. Erstellen Sie eine unter „Warteschlangen“ (mit Zeiten und den Konten, die sie nutzen), und fügen Sie dann den Beitrag hinzu.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That queue filled up meanwhile; the post stays as it was.</source>
        <translation>Diese Warteschlange ist inzwischen voll; der Beitrag bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added to “{queue}”: goes out {when}.</source>
        <translation>Zu „{queue}“ hinzugefügt: wird {when} veröffentlicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(The time shown was taken meanwhile, so it got the next one.)</source>
        <translation>(Die angezeigte Zeit wurde inzwischen belegt, daher erhielt er die nächste.)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk could not add the post to the queue just now. Nothing changed; try again.</source>
        <translation>Postdesk konnte den Beitrag gerade nicht zur Warteschlange hinzufügen. Nichts wurde geändert; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <location filename="../src/postdesk/ui/queues/models.py" line="+53"/>
        <source>{day} at {time}</source>
        <translation>{day} um {time}</translation>
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
            <numerusform>%Ln Zeitfenster pro Woche</numerusform>
            <numerusform>%Ln Zeitfenster pro Woche</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Goes out</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Post</source>
        <translation>Beitrag</translation>
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
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="+19"/>
        <source>&amp;Queues</source>
        <translation>W&amp;arteschlangen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your queues</source>
        <translation>Ihre Warteschlangen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No queue yet. A queue is a set of weekly times (say Tuesday and Thursday at 9:00); “Add to queue” in the composer then gives a post the next free one.</source>
        <translation>Noch keine Warteschlange. Eine Warteschlange ist eine Reihe wöchentlicher Zeiten (etwa dienstags und donnerstags um 9:00); „Zur Warteschlange hinzufügen“ im Editor gibt einem Beitrag dann die nächste freie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New queue</source>
        <translation>&amp;Neue Warteschlange</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a new queue</source>
        <translation>Neue Warteschlange erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete queue</source>
        <translation>Warteschlange &amp;löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the chosen queue</source>
        <translation>Gewählte Warteschlange löschen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Queue name</source>
        <translation>Name der Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Weekday mornings</source>
        <translation>Zum Beispiel: Werktags morgens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time zone the queue&apos;s times are in</source>
        <translation>Zeitzone der Zeiten dieser Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day of the new time</source>
        <translation>Tag der neuen Zeit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time of the new slot</source>
        <translation>Uhrzeit des neuen Zeitfensters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add time</source>
        <translation>Zeit hinzu&amp;fügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add this weekly time to the queue</source>
        <translation>Diese wöchentliche Zeit zur Warteschlange hinzufügen</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Weekly &amp;times:</source>
        <translation>&amp;Wöchentliche Zeiten:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weekly times of the queue</source>
        <translation>Wöchentliche Zeiten der Warteschlange</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove time</source>
        <translation>Zeit &amp;entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the chosen weekly time</source>
        <translation>Gewählte wöchentliche Zeit entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;kipped dates:</source>
        <translation>&amp;Übersprungene Tage:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accounts that use this queue</source>
        <translation>Konten, die diese Warteschlange nutzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used &amp;by:</source>
        <translation>Genutzt &amp;von:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick none and every account may use it.</source>
        <translation>Ohne Häkchen dürfen alle Konten sie nutzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save queue</source>
        <translation>Warteschlange &amp;speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the queue</source>
        <translation>Warteschlange speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the queue still needs</source>
        <translation>Was der Warteschlange noch fehlt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What just happened</source>
        <translation>Was gerade passiert ist</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Give the queue a name.</source>
        <translation>Geben Sie der Warteschlange einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one weekly time.</source>
        <translation>Fügen Sie mindestens eine wöchentliche Zeit hinzu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a time zone from the list (for example Europe/Paris).</source>
        <translation>Wählen Sie eine Zeitzone aus der Liste (zum Beispiel Europe/Berlin).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another queue is already called “{name}”.</source>
        <translation>Es gibt bereits eine Warteschlange namens „{name}“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The queue could not be saved. Nothing was lost; try again.</source>
        <translation>Die Warteschlange konnte nicht gespeichert werden. Nichts ist verloren; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Queue deleted. Its posts keep their times.</source>
        <translation>Warteschlange gelöscht. Ihre Beiträge behalten ihre Zeiten.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Time removed. %n post(s) moved to the next free times.</source>
        <translation>
            <numerusform>Zeit entfernt. %Ln Beitrag wurde auf die nächste freie Zeit verschoben.</numerusform>
            <numerusform>Zeit entfernt. %Ln Beiträge wurden auf die nächsten freien Zeiten verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time removed.</source>
        <translation>Zeit entfernt.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Shuffled: the same times, a new order.</source>
        <translation>Gemischt: dieselben Zeiten, neue Reihenfolge.</translation>
    </message>
</context>
<context>
    <name>QuoteField</name>
    <message>
        <location filename="../src/postdesk/ui/composer/quote_field.py" line="+42"/>
        <source>Address of the {network} post to quote</source>
        <translation>Adresse des zu zitierenden {network}-Beitrags</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the address of a {network} post: yours will show it inside. Optional.</source>
        <translation>Fügen Sie die Adresse eines {network}-Beitrags ein: Ihrer zeigt ihn dann eingebettet. Optional.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Quote a post:</source>
        <translation>Beitrag &amp;zitieren:</translation>
    </message>
</context>
<context>
    <name>RedditOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/reddit_options.py" line="+102"/>
        <source>Your subreddits</source>
        <translation>Ihre Subreddits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one of your subreddits</source>
        <translation>Eines Ihrer Subreddits wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yo&amp;ur subreddits:</source>
        <translation>&amp;Ihre Subreddits:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post flair</source>
        <translation>Beitrags-Flair</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+143"/>
        <source>No flair</source>
        <translation>Kein Flair</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>&amp;Flair:</source>
        <translation>&amp;Flair:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;NSFW (not safe for work)</source>
        <translation>&amp;NSFW (nicht jugendfrei)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;poiler</source>
        <translation>S&amp;poiler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Marks:</source>
        <translation>Markierungen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link to post</source>
        <translation>Link für den Beitrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://… makes a link post (optional)</source>
        <translation>https://… erstellt einen Linkbeitrag (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lin&amp;k:</source>
        <translation>Lin&amp;k:</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Reddit did not answer: {reason}. The subreddit&apos;s rules are checked again when the post goes out.</source>
        <translation>Reddit hat nicht geantwortet: {reason}. Die Regeln des Subreddits werden bei der Veröffentlichung erneut geprüft.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading the rules of r/{name}…</source>
        <translation>Regeln von r/{name} werden gelesen…</translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="+153"/>
        <source>Media relay</source>
        <extracomment>Services the form knows: (id, endpoint example, region example, path-style).</extracomment>
        <translation>Medien-Relay</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Threads, Instagram and Google Business Profile (and TikTok, for photo posts) take photos and videos only from a web address. Postdesk puts each file in storage you own (an S3-compatible bucket) just before posting, gives the network a private link that stops working after {minutes} minutes, and deletes the file as soon as the network has it. Create a bucket and an access key that may read, write and delete in it, then fill in the form.</source>
        <translation>Threads, Instagram und Google Business Profile (sowie TikTok bei Fotobeiträgen) übernehmen Fotos und Videos nur von einer Webadresse. Postdesk legt jede Datei kurz vor der Veröffentlichung in einem Speicher ab, der Ihnen gehört (einem S3-kompatiblen Bucket), gibt dem Netzwerk einen privaten Link, der nach {minutes} Minuten ungültig wird, und löscht die Datei, sobald das Netzwerk sie hat. Erstellen Sie einen Bucket und einen Zugriffsschlüssel, der darin lesen, schreiben und löschen darf, und füllen Sie dann das Formular aus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Storage service</source>
        <translation>Speicherdienst</translation>
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
        <translation>Anderer S3-kompatibler Dienst (MinIO, Garage …)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access key ID</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the bucket in the path (needed by MinIO, Garage and most self-hosted services)</source>
        <translation>Bucket in den Pfad aufnehmen (nötig für MinIO, Garage und die meisten selbst gehosteten Dienste)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secret key is kept in your system&apos;s keyring, never in Postdesk&apos;s files.</source>
        <translation>Der geheime Schlüssel wird im Schlüsselbund Ihres Systems gespeichert, niemals in den Dateien von Postdesk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bucket:</source>
        <translation>B&amp;ucket:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access &amp;key ID:</source>
        <translation>Zugriffsschlüssel-&amp;ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret access ke&amp;y:</source>
        <translation>&amp;Geheimer Zugriffsschlüssel:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Ser&amp;vice:</source>
        <translation>Die&amp;nst:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Test the rel&amp;ay</source>
        <translation>Relay &amp;testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the relay</source>
        <translation>Relay entfernen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Kept in the keyring (type to replace it)</source>
        <translation>Im Schlüsselbund gespeichert (zum Ersetzen tippen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set up: media for Threads goes through the bucket “{bucket}”.</source>
        <translation>Eingerichtet: Medien für Threads laufen über den Bucket „{bucket}“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not set up: posts to Threads can only be text.</source>
        <translation>Nicht eingerichtet: Beiträge auf Threads können nur Text enthalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave empty for Amazon S3</source>
        <translation>Für Amazon S3 leer lassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave the endpoint empty and give the bucket&apos;s region.</source>
        <translation>Lassen Sie den Endpunkt leer und geben Sie die Region des Buckets an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the S3 API address from the bucket&apos;s settings in Cloudflare; the region is “auto”.</source>
        <translation>Kopieren Sie die S3-API-Adresse aus den Bucket-Einstellungen in Cloudflare; die Region ist „auto“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the bucket&apos;s S3 endpoint shown in Backblaze (it names the region).</source>
        <translation>Verwenden Sie den in Backblaze angezeigten S3-Endpunkt des Buckets (er enthält die Region).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the endpoint of the bucket&apos;s region, from Wasabi&apos;s list of service URLs.</source>
        <translation>Verwenden Sie den Endpunkt der Region des Buckets aus Wasabis Liste der Service-URLs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the service&apos;s S3 address; most self-hosted services need the bucket in the path.</source>
        <translation>Verwenden Sie die S3-Adresse des Dienstes; die meisten selbst gehosteten Dienste benötigen den Bucket im Pfad.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+128"/>
        <source>Enter the secret access key.</source>
        <translation>Geben Sie den geheimen Zugriffsschlüssel ein.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Testing the relay…</source>
        <translation>Relay wird getestet…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The relay works. Save it, and Threads posts can include photos and videos.</source>
        <translation>Das Relay funktioniert. Speichern Sie es, dann können Threads-Beiträge Fotos und Videos enthalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay does not work yet: fix what is said above and test again.</source>
        <translation>Das Relay funktioniert noch nicht: Beheben Sie die oben genannten Punkte und testen Sie erneut.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The keyring is locked or missing, so the secret key cannot be kept or read. Unlock it and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder fehlt, daher kann der geheime Schlüssel nicht gespeichert oder gelesen werden. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The relay settings could not be read or saved. Try again.</source>
        <translation>Die Relay-Einstellungen konnten nicht gelesen oder gespeichert werden. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✓ Uploaded a small test picture to the bucket.</source>
        <translation>✓ Ein kleines Testbild wurde in den Bucket hochgeladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Fetched it back through a link that works for {minutes} minutes, as Threads will.</source>
        <translation>✓ Es wurde über einen Link, der {minutes} Minuten gültig ist, wieder abgerufen – so wie Threads es tun wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Deleted it again.</source>
        <translation>✓ Es wurde wieder gelöscht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✗ Could not fetch it back through the link (the service answered {status}). Check the endpoint and the region.</source>
        <translation>✗ Es konnte nicht über den Link abgerufen werden (der Dienst antwortete {status}). Prüfen Sie Endpunkt und Region.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✗ Could not delete it: the access key needs permission to delete objects, or copies would stay in the bucket.</source>
        <translation>✗ Es konnte nicht gelöscht werden: Der Zugriffsschlüssel benötigt die Berechtigung, Objekte zu löschen, sonst blieben Kopien im Bucket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✗ Could not upload the test picture:</source>
        <translation>✗ Das Testbild konnte nicht hochgeladen werden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Could not fetch it back:</source>
        <translation>✗ Es konnte nicht wieder abgerufen werden:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The endpoint must be a web address starting with https://.</source>
        <translation>Der Endpunkt muss eine Webadresse sein, die mit https:// beginnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use an https:// endpoint: plain http would send your files and keys unprotected.</source>
        <translation>Verwenden Sie einen https://-Endpunkt: Bei einfachem http würden Ihre Dateien und Schlüssel ungeschützt gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the bucket&apos;s name.</source>
        <translation>Geben Sie den Namen des Buckets ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A bucket name has 3 to 63 lower-case letters, digits, dots or hyphens.</source>
        <translation>Ein Bucket-Name besteht aus 3 bis 63 Kleinbuchstaben, Ziffern, Punkten oder Bindestrichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The region is a short name such as us-east-1 or auto.</source>
        <translation>Die Region ist ein Kurzname wie us-east-1 oder auto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the access key ID.</source>
        <translation>Geben Sie die Zugriffsschlüssel-ID ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service did not answer. Check the endpoint and your connection.</source>
        <translation>Der Dienst hat nicht geantwortet. Prüfen Sie den Endpunkt und Ihre Verbindung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service is busy or failing right now. Try again in a minute.</source>
        <translation>Der Dienst ist gerade ausgelastet oder gestört. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this bucket does not exist at this endpoint. Check its name and region.</source>
        <translation>Diesen Bucket gibt es an diesem Endpunkt nicht. Prüfen Sie Name und Region.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the service refused the access key. Check the key ID and the secret, and that the key may write to this bucket.</source>
        <translation>Der Dienst hat den Zugriffsschlüssel abgelehnt. Prüfen Sie Schlüssel-ID und Secret und ob der Schlüssel in diesen Bucket schreiben darf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the keyring is locked or missing, so the secret key cannot be read.</source>
        <translation>Der Schlüsselbund ist gesperrt oder fehlt, daher kann der geheime Schlüssel nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the bucket and the access key first.</source>
        <translation>Füllen Sie zuerst Bucket und Zugriffsschlüssel aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the service refused ({detail}).</source>
        <translation>Der Dienst hat abgelehnt ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service refused.</source>
        <translation>Der Dienst hat abgelehnt.</translation>
    </message>
</context>
<context>
    <name>RepeatControls</name>
    <message>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="+177"/>
        <source>&amp;Repeat…</source>
        <translation>Wiede&amp;rholen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat this post every few days or weeks</source>
        <translation>Diesen Beitrag alle paar Tage oder Wochen wiederholen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How this post repeats</source>
        <translation>Wie dieser Beitrag wiederholt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop repeatin&amp;g</source>
        <translation>Wiederholen &amp;beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop repeating: the repeats not yet sent are removed</source>
        <translation>Wiederholen beenden: Noch nicht gesendete Wiederholungen werden entfernt</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>Repeating stopped. %n repeat(s) not yet sent were removed.</source>
        <translation>
            <numerusform>Wiederholen beendet. %Ln noch nicht gesendete Wiederholung wurde entfernt.</numerusform>
            <numerusform>Wiederholen beendet. %Ln noch nicht gesendete Wiederholungen wurden entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeating stopped.</source>
        <translation>Wiederholen beendet.</translation>
    </message>
</context>
<context>
    <name>RepeatDialog</name>
    <message numerus="yes">
        <location line="-224"/>
        <source>every %n week(s)</source>
        <translation>
            <numerusform>jede Woche</numerusform>
            <numerusform>alle %Ln Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>jeden Tag</numerusform>
            <numerusform>alle %Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until you stop it</source>
        <translation>bis Sie es beenden</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n more time(s)</source>
        <translation>
            <numerusform>noch %Ln Mal</numerusform>
            <numerusform>noch %Ln Mal</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeats {every}, {times}</source>
        <translation>Wiederholt sich {every}, {times}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>with %n variation(s)</source>
        <translation>
            <numerusform>mit %Ln Variante</numerusform>
            <numerusform>mit %Ln Varianten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeating stopped</source>
        <translation>Wiederholen beendet</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Repeat this post</source>
        <translation>Diesen Beitrag wiederholen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many days or weeks between two posts</source>
        <translation>Wie viele Tage oder Wochen zwischen zwei Beiträgen liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days or weeks</source>
        <translation>Tage oder Wochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat &amp;every:</source>
        <translation>&amp;Wiederholen alle:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;This many more times:</source>
        <translation>&amp;So oft noch:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many more times</source>
        <translation>Wie oft noch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until I &amp;stop it</source>
        <translation>Bis ich es &amp;beende</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Networks refuse a post identical to an earlier one. Add a few variations: each repeat uses the next text in turn, then the post&apos;s own again.</source>
        <translation>Netzwerke lehnen einen Beitrag ab, der mit einem früheren identisch ist. Fügen Sie einige Varianten hinzu: Jede Wiederholung verwendet der Reihe nach den nächsten Text, danach wieder den eigenen Text des Beitrags.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text variations, used in turn</source>
        <translation>Textvarianten, der Reihe nach verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a variation</source>
        <translation>Variante &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a text variation</source>
        <translation>Textvariante hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove variation</source>
        <translation>Variante &amp;entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen variation</source>
        <translation>Gewählte Variante entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;peat</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the repeat</source>
        <translation>Wiederholung speichern</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../src/postdesk/ui/csv_import/model.py" line="+73"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported?</source>
        <translation>Importiert?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes to</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, as a draft</source>
        <translation>Ja, als Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No time: a draft</source>
        <translation>Keine Zeit: Entwurf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>ScheduleBar</name>
    <message>
        <location filename="../src/postdesk/ui/composer/schedule_bar.py" line="+61"/>
        <source>&amp;Schedule</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule the post</source>
        <translation>Beitrag planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+120"/>
        <source>Schedule (Ctrl+Enter)</source>
        <translation>Planen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>&amp;Unschedule</source>
        <translation>Planung &amp;aufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the date and keep the post as a draft</source>
        <translation>Datum entfernen und den Beitrag als Entwurf behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish &amp;now</source>
        <translation>&amp;Jetzt veröffentlichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish the post now</source>
        <translation>Beitrag jetzt veröffentlichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish now, with the same checks as scheduling</source>
        <translation>Jetzt veröffentlichen, mit denselben Prüfungen wie beim Planen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Schedule status</source>
        <translation>Planungsstatus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the post cannot be scheduled yet</source>
        <translation>Warum der Beitrag noch nicht geplant werden kann</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;When ({zone}):</source>
        <translation>&amp;Wann ({zone}):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time to publish, in {zone}</source>
        <translation>Datum und Uhrzeit der Veröffentlichung, in {zone}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>This time does not exist in {zone}: the clocks jump from {start} to {end} that day. Pick another time.</source>
        <translation>Diese Uhrzeit gibt es in {zone} nicht: Die Uhren springen an diesem Tag von {start} auf {end}. Wählen Sie eine andere Zeit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This time does not exist in {zone}: the clocks skip it that day. Pick another time.</source>
        <translation>Diese Uhrzeit gibt es in {zone} nicht: Die Uhren überspringen sie an diesem Tag. Wählen Sie eine andere Zeit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This time happens twice in {zone} that day (the clocks go back); the first one is used.</source>
        <translation>Diese Uhrzeit kommt in {zone} an diesem Tag zweimal vor (die Uhren werden zurückgestellt); die erste wird verwendet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not scheduled: this post is a draft.</source>
        <translation>Nicht geplant: Dieser Beitrag ist ein Entwurf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scheduled for {when} ({zone}).</source>
        <translation>Geplant für {when} ({zone}).</translation>
    </message>
</context>
<context>
    <name>ScheduleEdits</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/edits.py" line="+113"/>
        <source>The network&apos;s own scheduler holds this post at its time. To move it, take it back first (Take back and cancel), then schedule it again.</source>
        <extracomment>Where a draft dropped on a month day lands when nothing says which time: a working morning.</extracomment>
        <translation>Der Planer des Netzwerks hält diesen Beitrag für seine Zeit bereit. Um ihn zu verschieben, holen Sie ihn zuerst zurück („Zurückholen und abbrechen“) und planen Sie ihn dann erneut.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Move “{post}”</source>
        <translation>„{post}“ verschieben</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Added to the queue “{queue}” at {time}.</source>
        <translation>Zur Warteschlange „{queue}“ um {time} hinzugefügt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That slot was taken meanwhile. Nothing changed.</source>
        <translation>Dieses Zeitfenster wurde inzwischen belegt. Nichts wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Repeating stopped. %n repeat(s) not yet sent were removed.</source>
        <translation>
            <numerusform>Wiederholen beendet. %Ln noch nicht gesendete Wiederholung wurde entfernt.</numerusform>
            <numerusform>Wiederholen beendet. %Ln noch nicht gesendete Wiederholungen wurden entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeating stopped.</source>
        <translation>Wiederholen beendet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove the post from Postdesk</source>
        <translation>Beitrag aus Postdesk entfernen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This post is being published right now, so it can&apos;t be deleted yet. Wait until it has gone out; then Delete asks whether to remove it from Postdesk only or from the network too.</source>
        <translation>Dieser Beitrag wird gerade veröffentlicht und kann daher noch nicht gelöscht werden. Warten Sie, bis er veröffentlicht ist; dann fragt „Löschen“, ob er nur aus Postdesk oder auch im Netzwerk entfernt werden soll.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The post&apos;s time was changed elsewhere since, so that step was not undone. Nothing was lost.</source>
        <translation>Die Zeit des Beitrags wurde inzwischen an anderer Stelle geändert, daher wurde dieser Schritt nicht rückgängig gemacht. Nichts ist verloren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That change could not be saved. Nothing was lost; try again.</source>
        <translation>Diese Änderung konnte nicht gespeichert werden. Nichts ist verloren; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>SentComments</name>
    <message>
        <location filename="../src/postdesk/ui/composer/first_comment_sent.py" line="+58"/>
        <source>Comment on {network}…</source>
        <translation>Kommentar auf {network}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post a comment under the published post on {network}</source>
        <translation>Kommentar unter dem veröffentlichten Beitrag auf {network} veröffentlichen</translation>
    </message>
</context>
<context>
    <name>SentSection</name>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="+34"/>
        <source>What was sent</source>
        <translation>Was gesendet wurde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was sent (it can no longer change here)</source>
        <translation>Was gesendet wurde (kann hier nicht mehr geändert werden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Duplicate as a new post</source>
        <translation>Als neuen Beitrag &amp;duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new draft copied from this post</source>
        <translation>Neuen Entwurf als Kopie dieses Beitrags beginnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where each network stands</source>
        <translation>Stand pro Netzwerk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text and media that were sent</source>
        <translation>Gesendeter Text und gesendete Medien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the published post is doing</source>
        <translation>Wie der veröffentlichte Beitrag ankommt</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Edit on {network}…</source>
        <translation>Auf {network} bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the published post on {network} itself</source>
        <translation>Veröffentlichten Beitrag direkt auf {network} ändern</translation>
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
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+530"/>
        <source>Postdesk could not change whether it starts at login. Your system refused: {reason}</source>
        <translation>Postdesk konnte nicht ändern, ob es bei der Anmeldung startet. Ihr System hat abgelehnt: {reason}</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="+5"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Times in the calendar and the composer are shown in this zone. A post keeps the zone it was scheduled in, so 09:00 stays 09:00 when the clocks change.</source>
        <translation>Zeiten im Kalender und im Editor werden in dieser Zeitzone angezeigt. Ein Beitrag behält die Zeitzone, in der er geplant wurde, sodass 09:00 bei der Zeitumstellung 09:00 bleibt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new language takes effect the next time Postdesk starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Postdesk wirksam.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appearance and language</source>
        <translation>Darstellung und Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafts, media and settings are kept on this computer, in:</source>
        <translation>Entwürfe, Medien und Einstellungen werden auf diesem Computer gespeichert, in:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open data folder</source>
        <translation>Daten&amp;ordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in tokens are never written here: they live in your system&apos;s password keyring, or in the encrypted file you chose in Accounts.</source>
        <translation>Anmeldetokens werden nie hier gespeichert: Sie liegen im Passwort-Schlüsselbund Ihres Systems oder in der verschlüsselten Datei, die Sie unter „Konten“ gewählt haben.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>When posts were missed</source>
        <translation>Bei verpassten Beiträgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask me what to do</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish them as soon as possible</source>
        <translation>So bald wie möglich veröffentlichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish them, unless they are too late</source>
        <translation>Veröffentlichen, außer wenn zu spät</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too late after, in minutes</source>
        <translation>Zu spät nach, in Minuten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posts can fall due while Postdesk is closed or the computer sleeps. Skipped posts are paused, not deleted: they stay in the calendar.</source>
        <translation>Beiträge können fällig werden, während Postdesk geschlossen ist oder der Computer schläft. Übersprungene Beiträge werden pausiert, nicht gelöscht: Sie bleiben im Kalender.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keep publishing in the tray when the window is closed</source>
        <translation>Bei geschlossenem Fenster im &amp;Infobereich weiter veröffentlichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep publishing in the tray when the window is closed</source>
        <translation>Bei geschlossenem Fenster im Infobereich weiter veröffentlichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This desktop has no system tray.</source>
        <translation>Dieser Desktop hat keinen Infobereich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start Postdesk when I log &amp;in</source>
        <translation>Postdesk bei der &amp;Anmeldung starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start Postdesk when I log in</source>
        <translation>Postdesk bei der Anmeldung starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always require a &amp;description (alt text) on every image</source>
        <translation>Immer eine &amp;Beschreibung (Alternativtext) für jedes Bild verlangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always require alt text on every image</source>
        <translation>Immer Alternativtext für jedes Bild verlangen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publishing</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When posts were &amp;missed:</source>
        <translation>Bei &amp;verpassten Beiträgen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too late &amp;after:</source>
        <translation>Zu spät &amp;nach:</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../src/postdesk/ui/single_instance.py" line="+158"/>
        <source>Postdesk is already running</source>
        <extracomment>A connection that has not said its line by then is closed. How long a second launch keeps trying to reach a window that may still be starting.</extracomment>
        <translation>Postdesk läuft bereits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another Postdesk window (process {pid}) did not answer.</source>
        <translation>Ein anderes Postdesk-Fenster (Prozess {pid}) hat nicht geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another Postdesk window did not answer.</source>
        <translation>Ein anderes Postdesk-Fenster hat nicht geantwortet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk is publishing in the background without a window (postdesk --headless, process {pid}).</source>
        <translation>Postdesk veröffentlicht im Hintergrund ohne Fenster (postdesk --headless, Prozess {pid}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postdesk is publishing in the background without a window (postdesk --headless).</source>
        <translation>Postdesk veröffentlicht im Hintergrund ohne Fenster (postdesk --headless).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another Postdesk (process {pid}) is using it.</source>
        <translation>Ein anderes Postdesk (Prozess {pid}) verwendet ihn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another Postdesk is using it.</source>
        <translation>Ein anderes Postdesk verwendet ihn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postdesk can&apos;t open your posts in “{folder}” because they are in use.

{who}

Only one Postdesk can publish from a folder at a time, so that no post goes out twice. Stop the other one (or switch to its window), then start Postdesk again.</source>
        <translation>Postdesk kann Ihre Beiträge in „{folder}“ nicht öffnen, weil sie verwendet werden.

{who}

Nur ein Postdesk kann gleichzeitig aus einem Ordner veröffentlichen, damit kein Beitrag doppelt veröffentlicht wird. Beenden Sie das andere (oder wechseln Sie zu dessen Fenster) und starten Sie Postdesk dann erneut.</translation>
    </message>
</context>
<context>
    <name>SkippedDates</name>
    <message>
        <location filename="../src/postdesk/ui/queues/skipped_dates.py" line="+29"/>
        <source>A date with no posts from this queue</source>
        <translation>Ein Tag ohne Beiträge aus dieser Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip &amp;date</source>
        <translation>&amp;Tag überspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip this date (a holiday)</source>
        <translation>Diesen Tag überspringen (ein Feiertag)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dates skipped by this queue</source>
        <translation>Von dieser Warteschlange übersprungene Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t skip that date</source>
        <translation>Diesen Tag nicht überspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen date</source>
        <translation>Gewählten Tag entfernen</translation>
    </message>
</context>
<context>
    <name>SlotRemovalDialog</name>
    <message>
        <location filename="../src/postdesk/ui/queues/slot_removal.py" line="+25"/>
        <location line="+16"/>
        <source>Remove this time?</source>
        <translation>Diese Zeit entfernen?</translation>
    </message>
    <message numerus="yes">
        <location line="-14"/>
        <source>%n post(s) wait in the {slot} slot.</source>
        <translation>
            <numerusform>%Ln Beitrag wartet im Zeitfenster {slot}.</numerusform>
            <numerusform>%Ln Beiträge warten im Zeitfenster {slot}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk can move them to the next free times of this queue, or leave each at its time (they then leave the queue).</source>
        <translation>Postdesk kann sie auf die nächsten freien Zeiten dieser Warteschlange verschieben oder jeden zu seiner Zeit belassen (sie verlassen dann die Warteschlange).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Move to free times</source>
        <translation>Auf freie Zeiten &amp;verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep their times</source>
        <translation>Zeiten &amp;behalten</translation>
    </message>
</context>
<context>
    <name>SnippetsDialog</name>
    <message>
        <location filename="../src/postdesk/ui/composer/snippets_dialog.py" line="+63"/>
        <location line="+1"/>
        <source>Snippets and hashtag groups</source>
        <translation>Textbausteine und Hashtag-Gruppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved snippets and hashtag groups</source>
        <translation>Gespeicherte Textbausteine und Hashtag-Gruppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snippet (any text)</source>
        <translation>Textbaustein (beliebiger Text)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hashtag group</source>
        <translation>Hashtag-Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text to insert, or the group&apos;s hashtags</source>
        <translation>Einzufügender Text oder die Hashtags der Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a hashtag group: #travel #food #citybreak</source>
        <translation>Für eine Hashtag-Gruppe: #reisen #essen #städtetrip</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new snippet or hashtag group</source>
        <translation>Neuen Textbaustein oder neue Hashtag-Gruppe beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this snippet or hashtag group</source>
        <translation>Diesen Textbaustein bzw. diese Hashtag-Gruppe speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen snippet or hashtag group</source>
        <translation>Gewählten Textbaustein bzw. gewählte Hashtag-Gruppe löschen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>hashtag group</source>
        <translation>Hashtag-Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>snippet</source>
        <translation>Textbaustein</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Give it a name and some text first.</source>
        <translation>Geben Sie zuerst einen Namen und etwas Text ein.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another one of this kind already has that name: pick another name.</source>
        <translation>Ein anderer Eintrag dieser Art hat bereits diesen Namen: Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That could not be saved. Try again in a moment.</source>
        <translation>Das konnte nicht gespeichert werden. Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../src/postdesk/ui/startup_errors.py" line="+64"/>
        <source>Postdesk can&apos;t read its database</source>
        <extracomment>Shows a start-up problem: (title, text). Asks whether to restore the newest backup: (title, text) → True to restore.</extracomment>
        <translation>Postdesk kann seine Datenbank nicht lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {path} is damaged or is not a Postdesk database. Nothing has been changed or deleted.</source>
        <translation>Die Datei {path} ist beschädigt oder keine Postdesk-Datenbank. Es wurde nichts geändert oder gelöscht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This database is from a newer Postdesk</source>
        <translation>Diese Datenbank stammt von einem neueren Postdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data ({path}) was last opened by a newer version of Postdesk, or by a build this version does not know (schema {revision}). Install that version again to use it. Nothing has been changed.</source>
        <translation>Ihre Daten ({path}) wurden zuletzt von einer neueren Postdesk-Version geöffnet oder von einem Build, den diese Version nicht kennt (Schema {revision}). Installieren Sie diese Version erneut, um sie zu verwenden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is not a Postdesk database</source>
        <translation>Dies ist keine Postdesk-Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {path} is a database of another program, not Postdesk&apos;s. Postdesk has not changed it. Move it to another folder to start Postdesk afresh, or start Postdesk with another data folder (postdesk --data-dir FOLDER).</source>
        <translation>Die Datei {path} ist eine Datenbank eines anderen Programms, nicht von Postdesk. Postdesk hat sie nicht verändert. Verschieben Sie sie in einen anderen Ordner, um Postdesk neu zu beginnen, oder starten Sie Postdesk mit einem anderen Datenordner (postdesk --data-dir ORDNER).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Postdesk&apos;s database is in use</source>
        <translation>Die Datenbank von Postdesk wird verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another program is using the file {path}, perhaps another copy of Postdesk. Close it and start Postdesk again. Nothing has been changed.</source>
        <translation>Ein anderes Programm verwendet die Datei {path}, vielleicht eine weitere Postdesk-Instanz. Schließen Sie es und starten Sie Postdesk erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The disk is full</source>
        <translation>Die Festplatte ist voll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postdesk needs a little free space on the disk that holds {folder} to start. Free some space and start Postdesk again. Nothing has been changed.</source>
        <translation>Postdesk benötigt zum Starten etwas freien Speicherplatz auf dem Laufwerk mit {folder}. Geben Sie Speicherplatz frei und starten Sie Postdesk erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Postdesk can&apos;t read or write its database</source>
        <translation>Postdesk kann seine Datenbank nicht lesen oder schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your computer refused to read or write the file {path}: the disk may be failing, read-only or disconnected. Nothing has been changed. Check the disk and start Postdesk again.</source>
        <translation>Ihr Computer hat das Lesen oder Schreiben der Datei {path} verweigert: Das Laufwerk ist eventuell defekt, schreibgeschützt oder nicht verbunden. Es wurde nichts geändert. Prüfen Sie das Laufwerk und starten Sie Postdesk erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Postdesk can&apos;t start</source>
        <translation>Postdesk kann nicht starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postdesk could not open its database ({path}). Nothing has been changed.</source>
        <translation>Postdesk konnte seine Datenbank ({path}) nicht öffnen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an earlier start</source>
        <translation>einem früheren Start</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date} at {time}</source>
        <translation>{date} um {time}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Postdesk keeps a copy of your data made on {when}. It can put that copy in place: anything you changed after {when} will be missing, and posts due since then are paused so that none goes out twice. The damaged file is kept in {folder}, not deleted.</source>
        <translation>Postdesk bewahrt eine Kopie Ihrer Daten vom {when} auf. Es kann diese Kopie wiederherstellen: Alles, was Sie nach {when} geändert haben, fehlt dann, und seither fällige Beiträge werden pausiert, damit keiner doppelt veröffentlicht wird. Die beschädigte Datei bleibt in {folder} erhalten und wird nicht gelöscht.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Restore the newest backup</source>
        <translation>Neueste Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Postdesk found no backup it could restore. Copies made before each update are kept in {folder}.</source>
        <translation>Postdesk hat keine wiederherstellbare Sicherung gefunden. Kopien, die vor jedem Update erstellt werden, liegen in {folder}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The backup could not be restored</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postdesk could not put the backup in place ({reason}). Your files in {folder} are as they were or moved aside, never deleted.</source>
        <translation>Postdesk konnte die Sicherung nicht wiederherstellen ({reason}). Ihre Dateien in {folder} sind unverändert oder wurden beiseitegelegt, aber nie gelöscht.</translation>
    </message>
    <message>
        <location filename="../src/postdesk/app.py" line="+220"/>
        <source>Postdesk could not start</source>
        <translation>Postdesk konnte nicht starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong while opening your posts. The log in {folder} has the details.</source>
        <translation>Beim Öffnen Ihrer Beiträge ist ein Fehler aufgetreten. Das Protokoll in {folder} enthält die Details.</translation>
    </message>
</context>
<context>
    <name>TagsPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/tags_part.py" line="+43"/>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags of this post</source>
        <translation>Schlagwörter dieses Beitrags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>launch, tour… (only you see them; the calendar filters by them)</source>
        <translation>Launch, Tour… (nur für Sie sichtbar; der Kalender filtert danach)</translation>
    </message>
</context>
<context>
    <name>TargetOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/target_options.py" line="+68"/>
        <source>{network} title</source>
        <extracomment>Mastodon visibilities, by API value. Networks whose posts carry a title. A network&apos;s own options panel (a QWidget with a `changed` signal).</extracomment>
        <translation>{network}-Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subreddit</source>
        <translation>Subreddit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. photography (without r/)</source>
        <translation>z. B. photography (ohne r/)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content warning</source>
        <translation>Inhaltswarnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional; counts toward the limit</source>
        <translation>Optional; zählt zum Limit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who can see it</source>
        <translation>Wer es sehen kann</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quiet public</source>
        <translation>Still öffentlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Followers only</source>
        <translation>Nur Follower</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mentioned people only</source>
        <translation>Nur erwähnte Personen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Su&amp;breddit:</source>
        <translation>Su&amp;breddit:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Content &amp;warning:</source>
        <translation>Inhalts&amp;warnung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visibility:</source>
        <translation>&amp;Sichtbarkeit:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Let {network} publish it (works while Postdesk is closed)</source>
        <translation>{network} ver&amp;öffentlichen lassen (auch wenn Postdesk geschlossen ist)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let {network} publish it at its time, even while Postdesk is closed</source>
        <translation>{network} zur geplanten Zeit veröffentlichen lassen, auch wenn Postdesk geschlossen ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk gives the post to {network}&apos;s own scheduler when you schedule it. To take it back, cancel the post.</source>
        <translation>Postdesk übergibt den Beitrag beim Planen an den eigenen Planer von {network}. Um ihn zurückzuholen, brechen Sie den Beitrag ab.</translation>
    </message>
</context>
<context>
    <name>TargetPanel</name>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="+100"/>
        <source>{network} account</source>
        <translation>{network}-Konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ccount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>What happens if {network}&apos;s answer is lost</source>
        <translation>Was passiert, wenn die Antwort von {network} verloren geht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the {network} text can&apos;t change</source>
        <translation>Warum der {network}-Text nicht geändert werden kann</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Different text for {network}</source>
        <translation>&amp;Eigener Text für {network}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a different text for {network}</source>
        <translation>Eigenen Text für {network} verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset to main text</source>
        <translation>Auf Haupttext &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the {network} text with the main text</source>
        <translation>{network}-Text durch den Haupttext ersetzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{network} text</source>
        <translation>{network}-Text</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Length:</source>
        <translation>Länge:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Problems for {network}</source>
        <translation>Probleme für {network}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{network} preview</source>
        <translation>{network}-Vorschau</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_status.py" line="+189"/>
        <source>Already published to {network}: its text can no longer be changed here.</source>
        <translation>Bereits auf {network} veröffentlicht: Der Text kann hier nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Being published to {network} right now: its text can&apos;t be changed.</source>
        <translation>Wird gerade auf {network} veröffentlicht: Der Text kann nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About to be published to {network}: its text is fixed and can&apos;t be changed here.</source>
        <translation>Wird gleich auf {network} veröffentlicht: Der Text steht fest und kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network} will be tried again with exactly what was sent: it can&apos;t be changed here.</source>
        <translation>{network} wird erneut mit genau dem Gesendeten versucht: Das kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}&apos;s own scheduler holds this post: its text can&apos;t be changed here.</source>
        <translation>Der eigene Planer von {network} hält diesen Beitrag bereit: Der Text kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk does not know whether this went out on {network}: its text can&apos;t be changed until that is settled.</source>
        <translation>Postdesk weiß nicht, ob dies auf {network} veröffentlicht wurde: Der Text kann erst geändert werden, wenn das geklärt ist.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>{length} of {limit} characters</source>
        <extracomment>Mastodon&apos;s default limit when no instance tells us its own.</extracomment>
        <translation>{length} von {limit} Zeichen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{bytes} / {limit} bytes</source>
        <translation>{bytes} / {limit} Bytes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{bytes} of {limit} bytes</source>
        <translation>{bytes} von {limit} Bytes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Longest of {n} parts: {count}</source>
        <translation>Längster von {n} Teilen: {count}</translation>
    </message>
</context>
<context>
    <name>TargetsPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/targets_part.py" line="+104"/>
        <source>Networks chosen for this post</source>
        <translation>Für diesen Beitrag gewählte Netzwerke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen networks: pick one to see its preview</source>
        <translation>Gewählte Netzwerke: Wählen Sie eines, um seine Vorschau zu sehen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose where to post with the buttons above. You can write first and choose later.</source>
        <translation>Wählen Sie mit den Schaltflächen oben, wo veröffentlicht werden soll. Sie können zuerst schreiben und später wählen.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{network}: text, options and preview</source>
        <translation>{network}: Text, Optionen und Vorschau</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../src/postdesk/ui/composer/templates_dialog.py" line="+42"/>
        <location line="+1"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A template keeps a post&apos;s text, networks, accounts, options and tags (not its time).</source>
        <translation>Eine Vorlage speichert Text, Netzwerke, Konten, Optionen und Schlagwörter eines Beitrags (nicht seine Zeit).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved templates</source>
        <translation>Gespeicherte Vorlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New post from it</source>
        <translation>&amp;Neuer Beitrag daraus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new post from the chosen template</source>
        <translation>Neuen Beitrag aus der gewählten Vorlage beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the chosen template</source>
        <translation>Gewählte Vorlage umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen template</source>
        <translation>Gewählte Vorlage löschen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No templates yet: in the composer, More &gt; Save as template…</source>
        <translation>Noch keine Vorlagen: im Editor unter Mehr &gt; Als Vorlage speichern…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rename template</source>
        <translation>Vorlage umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;name:</source>
        <translation>Neuer &amp;Name:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Another template already has that name.</source>
        <translation>Eine andere Vorlage hat bereits diesen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That could not be saved. Try again in a moment.</source>
        <translation>Das konnte nicht gespeichert werden. Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>TikTokOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="+113"/>
        <source>TikTok keeps every post from an app it has not audited private (“Only me”), from a private account. Until your TikTok app passes TikTok&apos;s audit, choose “Only me”.</source>
        <translation>TikTok hält jeden Beitrag einer nicht geprüften App privat („Nur ich“), von einem privaten Konto aus. Wählen Sie „Nur ich“, bis Ihre TikTok-App die Prüfung von TikTok bestanden hat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the account&apos;s TikTok settings again</source>
        <translation>TikTok-Einstellungen des Kontos erneut abrufen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who can see this TikTok post</source>
        <translation>Wer diesen TikTok-Beitrag sehen kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose who can see it</source>
        <translation>Wählen Sie, wer ihn sehen kann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who can see it:</source>
        <translation>&amp;Wer ihn sehen kann:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duet</source>
        <translation>Duett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stitch</source>
        <translation>Stitch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allow users to:</source>
        <translation>Nutzern erlauben:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disclose commercial content</source>
        <translation>Kommerzielle Inhalte offenlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn this on if this post promotes yourself, a brand, a product or a service.</source>
        <translation>Aktivieren Sie dies, wenn dieser Beitrag für Sie selbst, eine Marke, ein Produkt oder eine Dienstleistung wirbt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your brand — you are promoting yourself or your own business</source>
        <translation>Ihre Marke – Sie werben für sich selbst oder Ihr eigenes Unternehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branded content — you are promoting another brand or a third party</source>
        <translation>Markeninhalte – Sie werben für eine andere Marke oder einen Dritten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>AI-generated content</source>
        <translation>KI-generierte Inhalte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title of the photo post</source>
        <translation>Titel des Fotobeitrags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo posts: a title of up to 90 characters (optional)</source>
        <translation>Fotobeiträge: ein Titel mit bis zu 90 Zeichen (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo &amp;title:</source>
        <translation>Foto&amp;titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My media relay&apos;s address is verified with TikTok</source>
        <translation>Die Adresse meines Medien-Relays ist bei TikTok verifiziert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo posts need it: TikTok fetches photos only from addresses your TikTok app verified (URL properties in the developer portal).</source>
        <translation>Für Fotobeiträge nötig: TikTok ruft Fotos nur von Adressen ab, die Ihre TikTok-App verifiziert hat (URL properties im Entwicklerportal).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Reading the account&apos;s settings from TikTok…</source>
        <translation>Kontoeinstellungen werden von TikTok abgerufen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>TikTok did not give this account&apos;s settings: {reason}. Posting waits until it does; try Refresh in a moment.</source>
        <translation>TikTok hat die Einstellungen dieses Kontos nicht geliefert: {reason}. Die Veröffentlichung wartet, bis das geschieht; klicken Sie gleich noch einmal auf „Aktualisieren“.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a TikTok account: its own settings decide the choices below.</source>
        <translation>Wählen Sie ein TikTok-Konto: Dessen Einstellungen bestimmen die Auswahl unten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posting to {nickname} (@{username}) on TikTok</source>
        <translation>Veröffentlichen als {nickname} (@{username}) auf TikTok</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Turned off in this account&apos;s TikTok settings</source>
        <translation>In den TikTok-Einstellungen dieses Kontos deaktiviert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friends</source>
        <translation>Freunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only me</source>
        <translation>Nur ich</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Branded content cannot be private</source>
        <translation>Markeninhalte können nicht privat sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your post will be labeled “Paid partnership”.</source>
        <translation>Ihr Beitrag wird als „Bezahlte Partnerschaft“ gekennzeichnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your post will be labeled “Promotional content”.</source>
        <translation>Ihr Beitrag wird als „Werbeinhalt“ gekennzeichnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose whether you promote your own brand, another brand, or both.</source>
        <translation>Wählen Sie, ob Sie für Ihre eigene Marke, eine andere Marke oder beides werben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By posting, you agree to TikTok&apos;s Branded Content Policy and Music Usage Confirmation.</source>
        <translation>Mit der Veröffentlichung stimmen Sie der Richtlinie für Markeninhalte und der Bestätigung zur Musiknutzung von TikTok zu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By posting, you agree to TikTok&apos;s Music Usage Confirmation.</source>
        <translation>Mit der Veröffentlichung stimmen Sie der Bestätigung zur Musiknutzung von TikTok zu.</translation>
    </message>
</context>
<context>
    <name>TikTokPreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_preview.py" line="+83"/>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TikTok shows your video or photos here</source>
        <translation>TikTok zeigt hier Ihr Video oder Ihre Fotos</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="-89"/>
        <source>An account since removed</source>
        <translation>Ein inzwischen entferntes Konto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not given by this network</source>
        <translation>Von diesem Netzwerk nicht angegeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="+57"/>
        <location line="+48"/>
        <source>Postdesk — publishing</source>
        <extracomment>How long a notification stays up, in milliseconds.</extracomment>
        <translation>Postdesk – Veröffentlichen aktiv</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Postdesk tray menu</source>
        <translation>Postdesk-Menü im Infobereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Postdesk</source>
        <translation>Postdesk &amp;öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <source>&amp;Pause publishing</source>
        <translation>Veröffentlichen &amp;pausieren</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>&amp;Quit Postdesk</source>
        <translation>Postdesk &amp;beenden</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&amp;Resume publishing</source>
        <translation>Veröffentlichen &amp;fortsetzen</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Postdesk — publishing paused</source>
        <extracomment>The post the last notification was about, as (code, post id, target id), if any.</extracomment>
        <translation>Postdesk – Veröffentlichen pausiert</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unread in the inbox</source>
        <translation>
            <numerusform>%Ln ungelesen im Posteingang</numerusform>
            <numerusform>%Ln ungelesen im Posteingang</numerusform>
        </translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network refused the post.</source>
        <translation>Das Netzwerk hat den Beitrag abgelehnt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not published</source>
        <translation>Nicht veröffentlicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Needs your attention</source>
        <translation>Bitte prüfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posts missed while Postdesk was closed</source>
        <translation>Verpasste Beiträge, während Postdesk geschlossen war</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n post(s) fell due while Postdesk was not running. Click to choose what to do.</source>
        <translation>
            <numerusform>%Ln Beitrag wurde fällig, während Postdesk nicht lief. Klicken Sie, um zu entscheiden, was geschehen soll.</numerusform>
            <numerusform>%Ln Beiträge wurden fällig, während Postdesk nicht lief. Klicken Sie, um zu entscheiden, was geschehen soll.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for the network</source>
        <translation>Warten auf das Netzwerk</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n post(s) will go out when the connection is back.</source>
        <translation>
            <numerusform>%Ln Beitrag wird veröffentlicht, sobald die Verbindung wieder besteht.</numerusform>
            <numerusform>%Ln Beiträge werden veröffentlicht, sobald die Verbindung wieder besteht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(und %Ln weiteres Problem)</numerusform>
            <numerusform>(und %Ln weitere Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A scheduled post cannot go out</source>
        <translation>Ein geplanter Beitrag kann nicht veröffentlicht werden</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Your post is live on {network}.</source>
        <translation>Ihr Beitrag ist auf {network} online.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{network} did not publish your post: {reason}</source>
        <translation>{network} hat Ihren Beitrag nicht veröffentlicht: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n new replies and mentions on {label}</source>
        <translation>
            <numerusform>%Ln neue Antwort oder Erwähnung auf {label}</numerusform>
            <numerusform>%Ln neue Antworten und Erwähnungen auf {label}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new replies and mentions</source>
        <translation>
            <numerusform>%Ln neue Antwort oder Erwähnung</numerusform>
            <numerusform>%Ln neue Antworten und Erwähnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An account needs to be reconnected before its posts can go out.</source>
        <translation>Ein Konto muss erneut verbunden werden, bevor seine Beiträge veröffentlicht werden können.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An account needs you to sign in again; its posts wait until you do.</source>
        <translation>Sie müssen sich bei einem Konto erneut anmelden; seine Beiträge warten, bis Sie das tun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postdesk cannot tell whether an inbox reply went out. Please check the conversation on the network.</source>
        <translation>Postdesk kann nicht feststellen, ob eine Antwort aus dem Posteingang gesendet wurde. Bitte prüfen Sie die Unterhaltung im Netzwerk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk cannot save to its database: is the disk full? A post that just went out is recorded as soon as there is room; it is not sent twice.</source>
        <translation>Postdesk kann nicht in seine Datenbank speichern: Ist die Festplatte voll? Ein gerade veröffentlichter Beitrag wird erfasst, sobald wieder Platz ist; er wird nicht doppelt gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A post could not go out because one of its files is no longer in the media library.</source>
        <translation>Ein Beitrag konnte nicht veröffentlicht werden, weil eine seiner Dateien nicht mehr in der Mediathek ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A post was not sent because an image has no alt text, and you asked for alt text on every image.</source>
        <translation>Ein Beitrag wurde nicht gesendet, weil einem Bild der Alternativtext fehlt und Sie Alternativtext für jedes Bild verlangen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk does not know whether a post went out. Click here to look, and to say whether it is there.</source>
        <translation>Postdesk weiß nicht, ob ein Beitrag veröffentlicht wurde. Klicken Sie hier, um nachzusehen und anzugeben, ob er dort ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A post could not be published after several tries.</source>
        <translation>Ein Beitrag konnte nach mehreren Versuchen nicht veröffentlicht werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A post went out, but its first comment did not.</source>
        <translation>Ein Beitrag wurde veröffentlicht, sein erster Kommentar jedoch nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something needs your attention.</source>
        <translation>Etwas erfordert Ihre Aufmerksamkeit.</translation>
    </message>
</context>
<context>
    <name>UnknownResolutionDialog</name>
    <message>
        <location filename="../src/postdesk/ui/dialogs/unknown_resolution.py" line="+116"/>
        <source>Its &amp;link, if you found it (optional):</source>
        <translation>Sein &amp;Link, falls Sie ihn gefunden haben (optional):</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>{network} cannot look a post up: if its answer is ever lost, Postdesk asks you whether the post is there.</source>
        <translation>{network} kann keine Beiträge nachschlagen: Falls die Antwort einmal verloren geht, fragt Postdesk Sie, ob der Beitrag dort ist.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Did it go out on {network}?</source>
        <translation>Wurde er auf {network} veröffentlicht?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postdesk does not know whether this post went out on {network}: the network&apos;s answer was lost. It will not send it again on its own, because that could post it twice.</source>
        <translation>Postdesk weiß nicht, ob dieser Beitrag auf {network} veröffentlicht wurde: Die Antwort des Netzwerks ging verloren. Postdesk sendet ihn nicht von selbst erneut, da er sonst doppelt erscheinen könnte.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Look on {network}</source>
        <translation>Auf {network} &amp;nachsehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open your {network} profile to look for the post</source>
        <translation>Ihr {network}-Profil öffnen, um nach dem Beitrag zu suchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open {network} and look at the account&apos;s latest posts.</source>
        <translation>Öffnen Sie {network} und sehen Sie sich die neuesten Beiträge des Kontos an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The post&apos;s link on {network} (optional)</source>
        <translation>Link des Beitrags auf {network} (optional)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What Postdesk did</source>
        <translation>Was Postdesk getan hat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decide &amp;later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide later and close</source>
        <translation>Später entscheiden und schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send it again</source>
        <translation>Erneut &amp;senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not there: send it again</source>
        <translation>Er ist nicht dort: erneut senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It&apos;s &amp;there</source>
        <translation>Er ist &amp;dort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is there: mark it as published</source>
        <translation>Er ist dort: als veröffentlicht markieren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>That does not look like a link (it should start with https://). Leave the field empty if you don&apos;t have it.</source>
        <translation>Das sieht nicht wie ein Link aus (er sollte mit https:// beginnen). Lassen Sie das Feld leer, wenn Sie keinen haben.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This post was already settled meanwhile (or is being sent): nothing changed.</source>
        <translation>Dieser Beitrag wurde inzwischen bereits erledigt (oder wird gerade gesendet): Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked as published on {network}.</source>
        <translation>Auf {network} als veröffentlicht markiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending it again to {network} now.</source>
        <translation>Wird jetzt erneut an {network} gesendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Postdesk could not record your answer: {error}. Try again.</source>
        <translation>Postdesk konnte Ihre Antwort nicht speichern: {error}. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>VaultDialog</name>
    <message>
        <location filename="../src/postdesk/ui/vault_dialog.py" line="+93"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep sign-ins in an encrypted file</source>
        <translation>Anmeldedaten in einer verschlüsselten Datei speichern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Use this passphrase</source>
        <translation>Diese Passphrase &amp;verwenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock your sign-ins</source>
        <translation>Anmeldedaten entsperren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>This computer has no password keyring Postdesk can use. Your sign-ins will be kept in the encrypted file {path} instead, locked with a passphrase you choose now. Postdesk asks for it each time it starts. If you forget it, nobody can open the file: you would connect your accounts again.</source>
        <translation>Auf diesem Computer gibt es keinen Passwort-Schlüsselbund, den Postdesk nutzen kann. Ihre Anmeldedaten werden stattdessen in der verschlüsselten Datei {path} gespeichert, gesperrt mit einer Passphrase, die Sie jetzt wählen. Postdesk fragt bei jedem Start danach. Wenn Sie sie vergessen, kann niemand die Datei öffnen: Sie müssten Ihre Konten erneut verbinden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your sign-ins are kept in the encrypted file {path}. Enter its passphrase so Postdesk can publish and check your accounts. With “Not now” Postdesk starts with your accounts locked: nothing is lost, and you can unlock them later in Accounts.</source>
        <translation>Ihre Anmeldedaten liegen in der verschlüsselten Datei {path}. Geben Sie deren Passphrase ein, damit Postdesk veröffentlichen und Ihre Konten prüfen kann. Mit „Nicht jetzt“ startet Postdesk mit gesperrten Konten: Es geht nichts verloren, und Sie können sie später unter „Konten“ entsperren.</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Too short: use at least %n characters ({typed} so far).</source>
        <translation>
            <numerusform>Zu kurz: Verwenden Sie mindestens %Ln Zeichen (bisher {typed}).</numerusform>
            <numerusform>Zu kurz: Verwenden Sie mindestens %Ln Zeichen (bisher {typed}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Strength: weak. Easy to guess; make it longer, or mix in capitals, digits or symbols.</source>
        <translation>Stärke: schwach. Leicht zu erraten; machen Sie sie länger oder mischen Sie Großbuchstaben, Ziffern oder Symbole hinein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength: fair. A few more words make it much harder to guess.</source>
        <translation>Stärke: mittel. Ein paar weitere Wörter machen sie viel schwerer zu erraten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: good.</source>
        <translation>Stärke: gut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: strong.</source>
        <translation>Stärke: stark.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(Estimated from its length and the kinds of characters in it.)</source>
        <translation>(Geschätzt anhand der Länge und der Zeichenarten.)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the passphrase.</source>
        <translation>Geben Sie die Passphrase ein.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Die Passphrase muss mindestens %Ln Zeichen lang sein.</numerusform>
            <numerusform>Die Passphrase muss mindestens %Ln Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Use at least %n characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Verwenden Sie mindestens %Ln Zeichen; ein paar zusammenhanglose Wörter sind leicht zu merken und schwer zu erraten.</numerusform>
            <numerusform>Verwenden Sie mindestens %Ln Zeichen; ein paar zusammenhanglose Wörter sind leicht zu merken und schwer zu erraten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The two passphrases are not the same.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Opening the encrypted file…</source>
        <translation>Verschlüsselte Datei wird geöffnet…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That passphrase does not open the encrypted file. Check it and try again, or choose “Not now”.</source>
        <translation>Mit dieser Passphrase lässt sich die verschlüsselte Datei nicht öffnen. Prüfen Sie sie und versuchen Sie es erneut oder wählen Sie „Nicht jetzt“.</translation>
    </message>
</context>
<context>
    <name>WaitingPosts</name>
    <message>
        <location filename="../src/postdesk/ui/queues/waiting.py" line="+57"/>
        <source>&amp;Waiting in this queue</source>
        <extracomment>Alt+Up / Alt+Down move the chosen post one place.</extracomment>
        <translation>Wa&amp;rtend in dieser Warteschlange</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posts waiting in this queue, soonest first</source>
        <translation>Beiträge in dieser Warteschlange, die nächsten zuerst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the chosen post an earlier time</source>
        <translation>Dem gewählten Beitrag eine frühere Zeit geben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move d&amp;own</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the chosen post a later time</source>
        <translation>Dem gewählten Beitrag eine spätere Zeit geben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;huffle</source>
        <translation>&amp;Mischen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deal the waiting posts out in a new order</source>
        <translation>Wartende Beiträge in neuer Reihenfolge verteilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+Up</source>
        <translation>Alt+Hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Down</source>
        <translation>Alt+Runter</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../src/postdesk/ui/welcome.py" line="+291"/>
        <source>&amp;Welcome to Postdesk</source>
        <translation>&amp;Willkommen bei Postdesk</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location line="-205"/>
        <location line="+1"/>
        <location line="+4"/>
        <source>Welcome to Postdesk</source>
        <translation>Willkommen bei Postdesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a post once, pick where it goes and when, and Postdesk publishes it from this computer. Your posts, drafts and sign-ins stay on your machine.</source>
        <translation>Schreiben Sie einen Beitrag einmal, wählen Sie, wo und wann er erscheint, und Postdesk veröffentlicht ihn von diesem Computer aus. Ihre Beiträge, Entwürfe und Anmeldedaten bleiben auf Ihrem Rechner.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This copy of Postdesk cannot publish to any network yet.</source>
        <translation>Diese Postdesk-Installation kann noch auf keinem Netzwerk veröffentlichen.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Postdesk publishes to: {names}.</source>
        <translation>Postdesk veröffentlicht auf: {names}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{drafts}: can be drafted for, with counters and previews; publishing is not built yet, so Postdesk keeps those posts as drafts for you to copy.</source>
        <translation>{drafts}: Entwürfe mit Zeichenzählern und Vorschauen möglich; das Veröffentlichen ist noch nicht eingebaut, daher behält Postdesk diese Beiträge als Entwürfe, die Sie kopieren können.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To publish, connect an account: you sign in on the network&apos;s own page, and Postdesk keeps the sign-in in your system&apos;s keychain. Some networks ask you to create a free app of your own first; the connect window explains each step.</source>
        <translation>Verbinden Sie zum Veröffentlichen ein Konto: Sie melden sich auf der Seite des Netzwerks selbst an, und Postdesk speichert die Anmeldedaten im Schlüsselbund Ihres Systems. Manche Netzwerke verlangen, dass Sie zuerst eine eigene kostenlose App erstellen; das Verbindungsfenster erklärt jeden Schritt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Connect your first account…</source>
        <translation>Erstes Konto &amp;verbinden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect your first account</source>
        <translation>Erstes Konto verbinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Just write</source>
        <translation>&amp;Einfach schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Just write: go to the composer</source>
        <translation>Einfach schreiben: zum Editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write and save drafts now; connect accounts later</source>
        <translation>Jetzt schreiben und Entwürfe speichern; Konten später verbinden</translation>
    </message>
</context>
<context>
    <name>WelcomeSection</name>
    <message>
        <location line="+66"/>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the &amp;welcome again</source>
        <translation>&amp;Willkommen erneut anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the welcome again</source>
        <translation>Willkommen erneut anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the welcome again (F1)</source>
        <translation>Willkommen erneut anzeigen (F1)</translation>
    </message>
</context>
<context>
    <name>XOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/x_options.py" line="+43"/>
        <source>Who can reply on X</source>
        <translation>Wer auf X antworten kann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts you follow</source>
        <translation>Konten, denen Sie folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only accounts you mention</source>
        <translation>Nur erwähnte Konten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your subscribers</source>
        <translation>Ihre Abonnenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified accounts</source>
        <translation>Verifizierte Konten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Who can repl&amp;y:</source>
        <translation>Wer antworten &amp;darf:</translation>
    </message>
</context>
<context>
    <name>YouTubeOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="+54"/>
        <source>Who can watch the video</source>
        <translation>Wer das Video ansehen kann</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlisted (anyone with the link)</source>
        <translation>Nicht gelistet (alle mit dem Link)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Visibility:</source>
        <translation>&amp;Sichtbarkeit:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Until Google audits your own YouTube API project, YouTube keeps every video uploaded through it private, whatever you choose here. Request the audit from the YouTube API Services form in your Google Cloud project.</source>
        <translation>Bis Google Ihr eigenes YouTube-API-Projekt geprüft hat, hält YouTube jedes darüber hochgeladene Video privat, egal was Sie hier wählen. Beantragen Sie die Prüfung über das Formular der YouTube API Services in Ihrem Google-Cloud-Projekt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why YouTube may keep the video private</source>
        <translation>Warum YouTube das Video eventuell privat hält</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Is the video made for kids?</source>
        <translation>Ist das Video speziell für Kinder?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, it&apos;s not made for kids</source>
        <translation>Nein, nicht speziell für Kinder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, it&apos;s made for kids</source>
        <translation>Ja, speziell für Kinder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;udience:</source>
        <translation>&amp;Zielgruppe:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by commas</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cate&amp;gory:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard YouTube license</source>
        <translation>Standard-YouTube-Lizenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creative Commons - Attribution</source>
        <translation>Creative Commons – Namensnennung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;License:</source>
        <translation>&amp;Lizenz:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the title and description</source>
        <translation>Sprache von Titel und Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. en, fr, pt-BR (optional)</source>
        <translation>z. B. de, en, pt-BR (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Playlist to add the video to</source>
        <translation>Playlist, zu der das Video hinzugefügt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playlist ID, e.g. PL… (optional)</source>
        <translation>Playlist-ID, z. B. PL… (optional)</translation>
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
        <translation>YouTube wählt ein Standbild</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a custom thumbnail</source>
        <translation>Eigene Miniaturansicht wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the custom thumbnail</source>
        <translation>Eigene Miniaturansicht entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thumbnail:</source>
        <translation>Miniaturansicht:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Post as a &amp;Short (vertical or square, up to 3 minutes)</source>
        <translation>Als &amp;Short veröffentlichen (hochkant oder quadratisch, bis 3 Minuten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post as a YouTube Short</source>
        <translation>Als YouTube Short veröffentlichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notify subscribers</source>
        <translation>Abonnenten &amp;benachrichtigen</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Choose a thumbnail</source>
        <translation>Miniaturansicht wählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Bilder (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
</TS>
