<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/postdesk/ui/about_dialog.py" line="+64"/>
        <location line="+1"/>
        <source>About Postdesk</source>
        <translation>Acerca de Postdesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk {version}</source>
        <translation>Postdesk {version}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draft, schedule and publish posts to your own social accounts, from your own computer.</source>
        <translation>Redacta, programa y publica en tus propias cuentas sociales, desde tu propio ordenador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postdesk is free software: you may share and change it under the terms of the &lt;a href=&quot;{gpl_url}&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt; ({license}). Its &lt;a href=&quot;{source_url}&quot;&gt;source code&lt;/a&gt; is public.</source>
        <translation>Postdesk es software libre: puedes compartirlo y modificarlo según los términos de la &lt;a href=&quot;{gpl_url}&quot;&gt;Licencia Pública General de GNU, versión 3 o posterior&lt;/a&gt; ({license}). Su &lt;a href=&quot;{source_url}&quot;&gt;código fuente&lt;/a&gt; es público.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Built with Qt {qt_version} and Qt for Python (PySide6) {pyside_version}, used under the &lt;a href=&quot;{lgpl_url}&quot;&gt;GNU Lesser General Public License, version 3&lt;/a&gt;. The notices below say where their source is and how to replace them.</source>
        <translation>Creado con Qt {qt_version} y Qt for Python (PySide6) {pyside_version}, utilizados bajo la &lt;a href=&quot;{lgpl_url}&quot;&gt;Licencia Pública General Reducida de GNU, versión 3&lt;/a&gt;. Los avisos de abajo indican dónde está su código fuente y cómo sustituirlos.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Third-party software in Postdesk:</source>
        <translation>&amp;Software de terceros en Postdesk:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Third-party notices</source>
        <translation>Avisos de terceros</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy notices</source>
        <translation>&amp;Copiar avisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the third-party notices</source>
        <translation>Copiar los avisos de terceros</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Postdesk</source>
        <translation>&amp;Acerca de Postdesk</translation>
    </message>
</context>
<context>
    <name>AccountChip</name>
    <message>
        <location filename="../src/postdesk/ui/composer/account_chips.py" line="+159"/>
        <source>{handle} on {network}, selected</source>
        <extracomment>The picture&apos;s diameter on a chip. The network mark&apos;s badge on the picture&apos;s corner.</extracomment>
        <translation>{handle} en {network}, seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{handle} on {network}</source>
        <translation>{handle} en {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post as {handle} on {network}</source>
        <translation>Publicar como {handle} en {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account must be reconnected before Postdesk can publish with it.</source>
        <translation>Debes volver a conectar esta cuenta para que Postdesk pueda publicar con ella.</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <location filename="../src/postdesk/ui/composer/models.py" line="+265"/>
        <source>No account yet (draft only)</source>
        <translation>Aún no hay cuentas (solo borrador)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{account} — sign in again</source>
        <translation>{account}: inicia sesión de nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{account} needs you to sign in again (Accounts) before it can post.</source>
        <translation>{account} necesita que vuelvas a iniciar sesión (Cuentas) para poder publicar.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../src/postdesk/ui/accounts/wording.py" line="+25"/>
        <source>macOS Keychain</source>
        <translation>Llavero de macOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows Credential Manager</source>
        <translation>Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Secret Service, such as GNOME Keyring or KeePassXC</source>
        <translation>Secret Service, como GNOME Keyring o KeePassXC</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs reconnect</source>
        <translation>Requiere volver a conectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnected</source>
        <translation>Desconectada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign-in cancelled.</source>
        <translation>Inicio de sesión cancelado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The browser did not come back in time. Start again and finish signing in there.</source>
        <translation>El navegador no respondió a tiempo. Vuelve a empezar y termina de iniciar sesión allí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You chose not to give Postdesk access, so nothing was connected.</source>
        <translation>Decidiste no dar acceso a Postdesk, así que no se conectó nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network refused the sign-in. Check the app settings you registered with it (client id, redirect address, permissions) and try again.</source>
        <translation>La red rechazó el inicio de sesión. Revisa los ajustes de la app que registraste en ella (ID de cliente, dirección de redirección, permisos) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That sign-in link was old or already used. Start again.</source>
        <translation>Ese enlace de inicio de sesión ha caducado o ya se usó. Vuelve a empezar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another program is using the port for the sign-in address. Close it, or choose another port (and register that address with the network).</source>
        <translation>Otro programa está usando el puerto de la dirección de inicio de sesión. Ciérralo o elige otro puerto (y registra esa dirección en la red).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The network did not hand over access after you signed in. Check the client id and secret, then try again.</source>
        <translation>La red no concedió el acceso después de que iniciaras sesión. Revisa el ID de cliente y el secreto, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network no longer accepts this sign-in. Reconnect the account.</source>
        <translation>La red ya no acepta este inicio de sesión. Vuelve a conectar la cuenta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network could not be told to forget Postdesk&apos;s access.</source>
        <translation>No se pudo pedir a la red que retirara el acceso de Postdesk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network cannot be reached. Check your connection.</source>
        <translation>No se puede acceder a la red. Comprueba tu conexión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the client id of your developer app.</source>
        <translation>Introduce el ID de cliente de tu app de desarrollador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This network also needs your app&apos;s client secret.</source>
        <translation>Esta red también necesita el secreto de cliente de tu app.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some details are missing or not in the expected form.</source>
        <translation>Faltan algunos datos o no tienen el formato esperado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no password keyring that Postdesk can use, so it cannot keep your sign-ins safe. You can keep them in a file encrypted with a passphrase instead.</source>
        <translation>Este ordenador no tiene un llavero de contraseñas que Postdesk pueda usar, así que no puede guardar tus inicios de sesión de forma segura. En su lugar, puedes guardarlos en un archivo cifrado con una frase de contraseña.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your password keyring is locked. Unlock it (your system may ask for your login password) and try again. Your drafts are safe.</source>
        <translation>Tu llavero de contraseñas está bloqueado. Desbloquéalo (puede que el sistema te pida tu contraseña de inicio de sesión) y vuelve a intentarlo. Tus borradores están a salvo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password keyring refused to store the sign-in.</source>
        <translation>El llavero de contraseñas se negó a guardar el inicio de sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That passphrase does not open the encrypted file.</source>
        <translation>Esa frase de contraseña no abre el archivo cifrado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The encrypted sign-in file is damaged.</source>
        <translation>El archivo cifrado de inicios de sesión está dañado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your sign-ins are kept in an encrypted file that is locked. Unlock it with your passphrase to connect accounts and publish. Nothing is lost while it is locked.</source>
        <translation>Tus inicios de sesión se guardan en un archivo cifrado que está bloqueado. Desbloquéalo con tu frase de contraseña para conectar cuentas y publicar. No se pierde nada mientras está bloqueado.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>La frase de contraseña necesita al menos %Ln carácter.</numerusform>
            <numerusform>La frase de contraseña necesita al menos %Ln caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network did not accept these credentials.</source>
        <translation>La red no aceptó estas credenciales.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bot is not an administrator of that channel with permission to post. Add it as an administrator in the channel settings, then try again.</source>
        <translation>El bot no es administrador de ese canal con permiso para publicar. Añádelo como administrador en los ajustes del canal y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bot cannot see that channel. Check the name, and add the bot to the channel.</source>
        <translation>El bot no puede ver ese canal. Comprueba el nombre y añade el bot al canal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong while signing in.</source>
        <translation>Algo salió mal al iniciar sesión.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create a project and app at developer.x.com, turn on OAuth 2.0 with type “Native App” (a public client), and add the callback address below. Paste the app&apos;s OAuth 2.0 Client ID here.</source>
        <translation>Crea un proyecto y una app en developer.x.com, activa OAuth 2.0 con el tipo “Native App” (un cliente público) y añade la dirección de retorno de abajo. Pega aquí el OAuth 2.0 Client ID de la app.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to register. Sign in through your browser, or use an app password made in Bluesky under Settings → Privacy and security → App passwords.</source>
        <translation>No hay nada que registrar. Inicia sesión desde el navegador o usa una contraseña de aplicación creada en Bluesky en Ajustes → Privacidad y seguridad → Contraseñas de aplicación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to register: enter your server (for example mastodon.social) and Postdesk registers itself there.</source>
        <translation>No hay nada que registrar: introduce tu servidor (por ejemplo, mastodon.social) y Postdesk se registra allí por sí mismo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create an app with the Threads use case at developers.facebook.com, add the redirect address below as a valid OAuth redirect URI, and paste the Threads app id and secret.</source>
        <translation>Crea una app con el caso de uso de Threads en developers.facebook.com, añade la dirección de redirección de abajo como URI de redirección de OAuth válido y pega el ID y el secreto de la app de Threads.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You need an Instagram professional account (Business or Creator; switch in the Instagram app under Settings › Account type and tools) and your own Meta app: at developers.facebook.com create an app with the use case “Manage messaging &amp; content on Instagram”, open API setup with Instagram login, add your Instagram account as an Instagram tester and accept the invitation in Instagram, put the redirect address below under Business login settings › OAuth redirect URIs, and paste the Instagram app ID and Instagram app secret shown there (not the Meta app&apos;s own ID). Postdesk asks for instagram_business_basic, instagram_business_content_publish, instagram_business_manage_comments and instagram_business_manage_insights. Instagram fetches every photo and video from a web address, so posting also needs a media relay (Settings › Media relay). Posts cannot be deleted through this login: delete them in the app.</source>
        <translation>Necesitas una cuenta profesional de Instagram (empresa o creador; cámbiala en la app de Instagram en Configuración › Tipo de cuenta y herramientas) y tu propia app de Meta: en developers.facebook.com crea una app con el caso de uso “Administrar mensajes y contenido en Instagram”, abre la configuración de la API con inicio de sesión de Instagram, añade tu cuenta de Instagram como evaluador de Instagram y acepta la invitación en Instagram, pon la dirección de redirección de abajo en Configuración del inicio de sesión para empresas › URI de redireccionamiento de OAuth, y pega el identificador y la clave secreta de la app de Instagram que aparecen allí (no el ID de la propia app de Meta). Postdesk pide instagram_business_basic, instagram_business_content_publish, instagram_business_manage_comments e instagram_business_manage_insights. Instagram descarga cada foto y vídeo desde una dirección web, así que para publicar también necesitas un relé de medios (Ajustes › Relé de medios). Con este inicio de sesión no se pueden eliminar publicaciones: elimínalas en la app.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You need a Facebook Page you can create posts on (as its admin or editor) and your own Meta app: at developers.facebook.com create an app with the use case “Manage everything on your Page”, add Facebook Login, put the redirect address below under “Valid OAuth Redirect URIs” (Meta allows this local address while the app is in development mode), and paste the App ID and App secret from App settings › Basic. After you sign in, you pick the Pages Postdesk may post to; each Page becomes its own account.</source>
        <translation>Necesitas una página de Facebook en la que puedas crear publicaciones (como administrador o editor) y tu propia app de Meta: en developers.facebook.com crea una app con el caso de uso “Administrar todo en tu página”, añade Inicio de sesión con Facebook, pon la dirección de redirección de abajo en “URI de redireccionamiento de OAuth válidos” (Meta permite esta dirección local mientras la app está en modo de desarrollo) y pega el identificador y la clave secreta de la app desde Configuración de la app › Básica. Después de iniciar sesión, eliges las páginas en las que Postdesk puede publicar; cada página se convierte en una cuenta propia.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create an app at linkedin.com/developers, add the product “Share on LinkedIn”, add the redirect address below, and paste the client id and secret. LinkedIn asks you to sign in again every 60 days.</source>
        <translation>Crea una app en linkedin.com/developers, añade el producto “Share on LinkedIn”, añade la dirección de redirección de abajo y pega el ID de cliente y el secreto. LinkedIn te pide que vuelvas a iniciar sesión cada 60 días.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At console.cloud.google.com create a project and enable “YouTube Data API v3”. Set up the OAuth consent screen (External; while it is in Testing, add yourself as a test user, and Google asks you to sign in again every 7 days), then create an OAuth client ID of type “Desktop app” and paste its client ID and secret (Google does not treat a desktop secret as confidential; any local port works). Until Google audits your project (the YouTube API Services audit form), the videos it uploads stay private. A project may upload 100 videos a day.</source>
        <translation>En console.cloud.google.com crea un proyecto y habilita “YouTube Data API v3”. Configura la pantalla de consentimiento de OAuth (Externo; mientras esté en Prueba, añádete como usuario de prueba, y Google te pedirá que vuelvas a iniciar sesión cada 7 días); después crea un ID de cliente de OAuth del tipo “App de escritorio” y pega su ID de cliente y su secreto (Google no trata como confidencial el secreto de una app de escritorio; cualquier puerto local sirve). Hasta que Google audite tu proyecto (formulario de auditoría de los servicios de la API de YouTube), los vídeos que suba serán privados. Un proyecto puede subir 100 vídeos al día.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At developers.tiktok.com open Manage apps and Connect an app. Add the products Login Kit (platform Desktop, with the redirect address below; a * port is allowed), Content Posting API with Direct Post turned on, and Display API; ask for the scopes user.info.basic, user.info.profile, video.publish and video.list. Paste the client key and client secret. Until TikTok audits your app, it posts only privately (“Only me”, from a private account) and for at most 5 accounts a day. Photo posts also need your media relay&apos;s address verified under URL properties.</source>
        <translation>En developers.tiktok.com abre Manage apps y Connect an app. Añade los productos Login Kit (plataforma Desktop, con la dirección de redirección de abajo; se permite un puerto *), Content Posting API con Direct Post activado y Display API; pide los permisos user.info.basic, user.info.profile, video.publish y video.list. Pega la client key y el client secret. Hasta que TikTok audite tu app, solo publica en privado (“Solo yo”, desde una cuenta privada) y para un máximo de 5 cuentas al día. Las publicaciones de fotos también necesitan que la dirección de tu relé de medios esté verificada en URL properties.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You need a Pinterest business account. At developers.pinterest.com open My apps, choose Connect app and wait for Pinterest to approve it. Then add the redirect address below under Redirect URIs and paste the App ID and the App secret key. A new app has Trial access, which cannot publish Pins: ask for Standard access in My apps.</source>
        <translation>Necesitas una cuenta de empresa de Pinterest. En developers.pinterest.com abre My apps, elige Connect app y espera a que Pinterest la apruebe. Después añade la dirección de redirección de abajo en Redirect URIs y pega el App ID y la App secret key. Una app nueva tiene acceso Trial, que no puede publicar pines: pide acceso Standard en My apps.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reddit now approves API access before a new app may sign anyone in: ask for it under its Responsible Builder Policy (support.reddithelp.com) and describe Postdesk as your own posting tool. Then at reddit.com/prefs/apps choose “create another app…”, pick “installed app”, enter the redirect address below exactly (Reddit compares it to the character, port included) and paste the client id shown under the app&apos;s name (installed apps have no secret). Postdesk asks for permanent access, so you sign in once.</source>
        <translation>Reddit ahora aprueba el acceso a la API antes de que una app nueva pueda iniciar la sesión de nadie: solicítalo según su Responsible Builder Policy (support.reddithelp.com) y describe Postdesk como tu propia herramienta de publicación. Después, en reddit.com/prefs/apps elige “create another app…”, selecciona “installed app”, introduce exactamente la dirección de redirección de abajo (Reddit la compara carácter por carácter, puerto incluido) y pega el ID de cliente que aparece bajo el nombre de la app (las apps instaladas no tienen secreto). Postdesk pide acceso permanente, así que solo inicias sesión una vez.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Google opens the Business Profile APIs only to projects it approves. At console.cloud.google.com create a project, then ask for access with Google&apos;s Business Profile API access form (developers.google.com/my-business/content/prereqs; you need a Business Profile verified for 60 days; Google answers within about 14 days). Once approved, enable “Google My Business API”, “My Business Account Management API” and “My Business Business Information API”. Set up the OAuth consent screen (while it is in Testing, add yourself as a test user), create an OAuth client ID of type “Desktop app” and paste its client ID and secret; any local port works. Photos need your media relay (Settings › Media relay): Google fetches them from its address.</source>
        <translation>Google solo abre las API de Business Profile a los proyectos que aprueba. En console.cloud.google.com crea un proyecto y pide acceso con el formulario de acceso a la API de Business Profile de Google (developers.google.com/my-business/content/prereqs; necesitas un perfil de empresa verificado desde hace 60 días; Google responde en unos 14 días). Una vez aprobado, habilita “Google My Business API”, “My Business Account Management API” y “My Business Business Information API”. Configura la pantalla de consentimiento de OAuth (mientras esté en Prueba, añádete como usuario de prueba), crea un ID de cliente de OAuth del tipo “App de escritorio” y pega su ID de cliente y su secreto; cualquier puerto local sirve. Las fotos necesitan tu relé de medios (Ajustes › Relé de medios): Google las descarga desde su dirección.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message @BotFather on Telegram to create a bot and copy its token. Add the bot to your channel as an administrator allowed to post, then enter the channel&apos;s @name.</source>
        <translation>Escribe a @BotFather en Telegram para crear un bot y copia su token. Añade el bot a tu canal como administrador con permiso para publicar y luego introduce el @nombre del canal.</translation>
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
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="+3"/>
        <source>Postdesk signs in to each network in your browser.</source>
        <translation>Postdesk inicia sesión en cada red desde tu navegador.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where sign-ins are kept</source>
        <translation>Dónde se guardan los inicios de sesión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign-in storage problem</source>
        <translation>Problema al guardar los inicios de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Use an &amp;encrypted file…</source>
        <translation>Usar un archivo c&amp;ifrado…</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+86"/>
        <source>Keep sign-ins in an encrypted file</source>
        <translation>Guardar los inicios de sesión en un archivo cifrado</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Connected accounts</source>
        <translation>Cuentas conectadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in expires</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+96"/>
        <source>No accounts yet. Click Connect to add one.</source>
        <translation>Aún no hay cuentas. Haz clic en Conectar para añadir una.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Conectar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect an account</source>
        <translation>Conectar una cuenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reconnect…</source>
        <translation>&amp;Volver a conectar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect the selected account</source>
        <translation>Volver a conectar la cuenta seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default &amp;options…</source>
        <translation>&amp;Opciones predeterminadas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default options of the selected account</source>
        <translation>Opciones predeterminadas de la cuenta seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect the selected account</source>
        <translation>Desconectar la cuenta seleccionada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Unlock…</source>
        <translation>Des&amp;bloquear…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock the encrypted sign-in file</source>
        <translation>Desbloquear el archivo cifrado de inicios de sesión</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No accounts yet. Choose where to keep your sign-ins (above) to connect one.</source>
        <translation>Aún no hay cuentas. Elige dónde guardar tus inicios de sesión (arriba) para conectar una.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sign-ins are kept in the encrypted file {file}, locked with your passphrase; never in plain text.</source>
        <translation>Los inicios de sesión se guardan en el archivo cifrado {file}, protegido con tu frase de contraseña; nunca en texto sin cifrar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-ins are kept in your system&apos;s password keyring, never in Postdesk&apos;s own files.</source>
        <translation>Los inicios de sesión se guardan en el llavero de contraseñas del sistema, nunca en los archivos de Postdesk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-ins are kept in your system&apos;s password keyring ({keyring}), never in Postdesk&apos;s own files.</source>
        <translation>Los inicios de sesión se guardan en el llavero de contraseñas del sistema ({keyring}), nunca en los archivos de Postdesk.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Does not expire</source>
        <translation>No caduca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>In %n day(s)</source>
        <translation>
            <numerusform>En %Ln día</numerusform>
            <numerusform>En %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>In %n hour(s)</source>
        <translation>
            <numerusform>En %Ln hora</numerusform>
            <numerusform>En %Ln horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>In %n minute(s)</source>
        <translation>
            <numerusform>En %Ln minuto</numerusform>
            <numerusform>En %Ln minutos</numerusform>
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
        <translation>¿Desconectar {handle}? Postdesk pide a {network} que revoque su acceso y olvida el inicio de sesión. Las publicaciones destinadas a esta cuenta esperarán hasta que vuelvas a conectarla.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Disconnected. The network revoked Postdesk&apos;s access.</source>
        <translation>Desconectada. La red revocó el acceso de Postdesk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnected. The sign-in was deleted from this computer.</source>
        <translation>Desconectada. El inicio de sesión se eliminó de este ordenador.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Unlocked. Your accounts can be used again.</source>
        <translation>Desbloqueado. Puedes volver a usar tus cuentas.</translation>
    </message>
</context>
<context>
    <name>ActivitySection</name>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="+306"/>
        <location line="+42"/>
        <source>Acti&amp;vity</source>
        <translation>Ac&amp;tividad</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+48"/>
        <source>Show the post&apos;s activity</source>
        <translation>Mostrar la actividad de la publicación</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Where each network stands</source>
        <translation>Estado en cada red</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activity log</source>
        <translation>Registro de actividad</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing has happened to this post yet.</source>
        <translation>Aún no ha pasado nada con esta publicación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acti&amp;vity ({count})</source>
        <translation>Ac&amp;tividad ({count})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide the post&apos;s activity</source>
        <translation>Ocultar la actividad de la publicación</translation>
    </message>
</context>
<context>
    <name>AddToQueueDialog</name>
    <message>
        <location filename="../src/postdesk/ui/composer/queue_button.py" line="+74"/>
        <source>Add to queue</source>
        <translation>Añadir a la cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the post to a queue</source>
        <translation>Añadir la publicación a una cola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Queue:</source>
        <translation>&amp;Cola:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue to add the post to</source>
        <translation>Cola a la que añadir la publicación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When the post will go out</source>
        <translation>Cuándo saldrá la publicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add to queue</source>
        <translation>&amp;Añadir a la cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the post to this queue at that time</source>
        <translation>Añadir la publicación a esta cola a esa hora</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This queue has no free time in the next year. Add times to it in Queues, or pick another queue.</source>
        <translation>Esta cola no tiene horas libres en el próximo año. Añádele horas en Colas o elige otra cola.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It takes the next free time: {when} ({zone}).</source>
        <translation>Ocupa la siguiente hora libre: {when} ({zone}).</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/list_models.py" line="+140"/>
        <source>When</source>
        <extracomment>Counts of a published post, added up over its networks (`set_metrics`); a dash: not given.</extracomment>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networks</source>
        <translation>Redes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Publicación</translation>
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
        <translation>Los vídeos se envían tal cual; el editor comprueba su duración y tamaño.</translation>
    </message>
</context>
<context>
    <name>AssetGrid</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/grid.py" line="+47"/>
        <source>Media library</source>
        <extracomment>Space between cells, in logical pixels.</extracomment>
        <translation>Biblioteca multimedia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop files or folders here. Drag items into a post to attach them. Space shows a larger preview.</source>
        <translation>Suelta aquí archivos o carpetas. Arrastra elementos a una publicación para adjuntarlos. La barra espaciadora muestra una vista previa más grande.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drop images and videos here</source>
        <translation>Suelta aquí imágenes y vídeos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…or whole folders, or paste with Ctrl+V. Then drag them into a post.</source>
        <translation>…o carpetas enteras, o pégalos con Ctrl+V. Después arrástralos a una publicación.</translation>
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
        <translation>Multimedia adjunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Left and Alt+Right reorder, Delete removes.</source>
        <translation>Alt+Izquierda y Alt+Derecha reordenan; Supr elimina.</translation>
    </message>
</context>
<context>
    <name>BestTimes</name>
    <message>
        <location filename="../src/postdesk/ui/composer/best_times_part.py" line="+34"/>
        <source>{day} at {hour} (next: {date})</source>
        <translation>{day} a las {hour} (próxima: {date})</translation>
    </message>
</context>
<context>
    <name>BestTimesPart</name>
    <message>
        <location line="+38"/>
        <source>Suggested times</source>
        <translation>Horas sugeridas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested times: your best weekdays and hours to publish</source>
        <translation>Horas sugeridas: tus mejores días de la semana y horas para publicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When your own posts did best, from their likes, reposts and replies</source>
        <translation>Cuándo funcionaron mejor tus publicaciones, según sus me gusta, reposts y respuestas</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Reading your posts&apos; results…</source>
        <translation>Leyendo los resultados de tus publicaciones…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not enough to go on yet: Postdesk suggests times once it has read the likes and replies of {needed} of your published posts ({posts} so far).</source>
        <translation>Aún no hay datos suficientes: Postdesk sugiere horas cuando haya leído los me gusta y las respuestas de {needed} de tus publicaciones ({posts} hasta ahora).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your posts have no likes or replies to learn from yet.</source>
        <translation>Tus publicaciones aún no tienen me gusta ni respuestas de los que aprender.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your best times, from {posts} published posts ({zone}):</source>
        <translation>Tus mejores horas, según {posts} publicaciones ({zone}):</translation>
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
        <translation>Nadie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only…</source>
        <translation>Solo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone can reply on Bluesky</source>
        <translation>Todos pueden responder en Bluesky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody can reply on Bluesky</source>
        <translation>Nadie puede responder en Bluesky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only some people can reply on Bluesky</source>
        <translation>Solo algunas personas pueden responder en Bluesky</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People you mention</source>
        <translation>Personas que mencionas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People you follow</source>
        <translation>Personas a las que sigues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your followers</source>
        <translation>Tus seguidores</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{who} can reply</source>
        <translation>{who} pueden responder</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Don&apos;t let others quote this p&amp;ost</source>
        <translation>No permitir citar esta &amp;publicación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who can repl&amp;y:</source>
        <translation>Quién puede &amp;responder:</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Don&apos;t let others quote this Bluesky post</source>
        <translation>No permitir que otros citen esta publicación de Bluesky</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/wording.py" line="+18"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty queue slot</source>
        <translation>Franja de cola vacía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishing</source>
        <translation>Publicando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>That time does not exist on {day} in {zone}: the clocks jump from {start} to {end}. Pick a time outside that gap.</source>
        <translation>Esa hora no existe el {day} en {zone}: los relojes saltan de {start} a {end}. Elige una hora fuera de ese intervalo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That time happens twice on {day} in {zone} (the clocks go back). Pick another time.</source>
        <translation>Esa hora ocurre dos veces el {day} en {zone} (los relojes se atrasan). Elige otra hora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That time has already passed. Pick a time in the future.</source>
        <translation>Esa hora ya ha pasado. Elige una hora futura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This post cannot be moved: it is published, being sent, or waiting for you to check whether it went out.</source>
        <translation>Esta publicación no se puede mover: ya está publicada, se está enviando o está esperando a que compruebes si salió.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That time cannot be used.</source>
        <translation>No se puede usar esa hora.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That time happens twice on {day} in {zone}; the post was placed at the first one ({offset}).</source>
        <translation>Esa hora ocurre dos veces el {day} en {zone}; la publicación se colocó en la primera ({offset}).</translation>
    </message>
</context>
<context>
    <name>CalendarBody</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/body.py" line="+36"/>
        <source>No posts yet</source>
        <translation>Aún no hay publicaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posts you schedule appear here by day and time; drafts wait in the list on the left.</source>
        <translation>Las publicaciones que programes aparecen aquí por día y hora; los borradores esperan en la lista de la izquierda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write a post</source>
        <translation>&amp;Escribir una publicación</translation>
    </message>
</context>
<context>
    <name>CalendarCells</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/day_popup.py" line="+134"/>
        <location filename="../src/postdesk/ui/calendar/delegates.py" line="+70"/>
        <source>Queue slot</source>
        <extracomment>A card&apos;s height in the popup: the month&apos;s two-line card, with room for a larger thumbnail.</extracomment>
        <translation>Franja de cola</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/calendar/delegates.py" line="+3"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%Ln más</numerusform>
            <numerusform>+%Ln más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/calendar/model_roles.py" line="+76"/>
        <source>%n post(s)</source>
        <extracomment>Grid cells: the warnings of every post, by post id (the delegate marks the chips that have some); agenda rows: the warnings of that row&apos;s post. Grid cells: what holds each held post, worded, by post id (the delegate marks those chips).</extracomment>
        <translation>
            <numerusform>%Ln publicación</numerusform>
            <numerusform>%Ln publicaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarDay</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/day_popup.py" line="+27"/>
        <source>Posts of {day}</source>
        <translation>Publicaciones del {day}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posts of the day</source>
        <translation>Publicaciones del día</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%Ln publicación</numerusform>
            <numerusform>%Ln publicaciones</numerusform>
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
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/keys.py" line="+21"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/body.py" line="+29"/>
        <source>The calendar could not be loaded. Your posts are safe; try again.</source>
        <translation>No se pudo cargar el calendario. Tus publicaciones están a salvo; vuelve a intentarlo.</translation>
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
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shown period</source>
        <translation>Periodo mostrado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month</source>
        <translation>Mes</translation>
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
        <translation>Zona horaria mostrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show times in another time zone</source>
        <translation>Mostrar las horas en otra zona horaria</translation>
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
        <translation>Buscar</translation>
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
        <translation>Filtrar (activo)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Networks</source>
        <translation>Redes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statuses</source>
        <translation>Estados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show everything</source>
        <translation>Mostrar todo</translation>
    </message>
</context>
<context>
    <name>CalendarViews</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/grids.py" line="+74"/>
        <source>Month</source>
        <extracomment>The hour the week view scrolls to when shown. True while `quietly` runs: cursor moves then are not the user&apos;s.</extracomment>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List of posts</source>
        <translation>Lista de publicaciones</translation>
    </message>
</context>
<context>
    <name>CatchUpDialog</name>
    <message>
        <location filename="../src/postdesk/ui/catch_up_dialog.py" line="+50"/>
        <location line="+1"/>
        <source>Posts that were not published</source>
        <translation>Publicaciones sin publicar</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n post(s) were due while Postdesk was not running. Nothing has been sent yet. Do you want to publish them now, or skip them? Skipped posts stay in your calendar, paused, so you can reschedule them.</source>
        <translation>
            <numerusform>%Ln publicación tocaba mientras Postdesk no estaba abierto. Aún no se ha enviado nada. ¿Quieres publicarla ahora u omitirla? Las publicaciones omitidas se quedan en tu calendario, en pausa, para que puedas volver a programarlas.</numerusform>
            <numerusform>%Ln publicaciones tocaban mientras Postdesk no estaba abierto. Aún no se ha enviado nada. ¿Quieres publicarlas ahora u omitirlas? Las publicaciones omitidas se quedan en tu calendario, en pausa, para que puedas volver a programarlas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Late posts</source>
        <translation>Publicaciones atrasadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Late posts (times in {zone}):</source>
        <translation>Publicaciones &amp;atrasadas (horas en {zone}):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Publish now</source>
        <translation>&amp;Publicar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish the late posts now</source>
        <translation>Publicar ahora las publicaciones atrasadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip them</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the late posts</source>
        <translation>Omitir las publicaciones atrasadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decide later</source>
        <translation>Decidir &amp;luego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide later</source>
        <translation>Decidir luego</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{network} — due {date} at {time}</source>
        <translation>{network}: prevista el {date} a las {time}</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <location filename="../src/postdesk/ui/composer/chip_row.py" line="+68"/>
        <source>Accounts to post to</source>
        <extracomment>Networks whose options belong to one account (boards, locations, a creator&apos;s privacy levels): their account chips choose one account at a time.</extracomment>
        <translation>Cuentas en las que publicar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Post to {network}</source>
        <translation>Publicar en {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{network}, with no account: a draft only. Connect an account to publish.</source>
        <translation>{network}, sin cuenta: solo borrador. Conecta una cuenta para publicar.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>No account chosen yet: choose one above (a draft until then).</source>
        <translation>Aún no has elegido ninguna cuenta: elige una arriba (hasta entonces, es un borrador).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No {network} account connected: a draft only.</source>
        <translation>No hay ninguna cuenta de {network} conectada: solo borrador.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{network} accounts this post goes to</source>
        <translation>Cuentas de {network} en las que sale esta publicación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posting as:</source>
        <translation>Publicar como:</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../src/postdesk/ui/composer/first_comment_sent.py" line="+61"/>
        <source>Comment on {network}</source>
        <translation>Comentar en {network}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Posts a comment under your published post on {network}. If Postdesk can&apos;t reach {network} now, it goes out as soon as it can, once.</source>
        <translation>Publica un comentario bajo tu publicación en {network}. Si Postdesk no puede acceder a {network} ahora, lo enviará en cuanto pueda, una sola vez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your comment</source>
        <translation>Tu comentario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment under the {network} post</source>
        <translation>Comentario bajo la publicación de {network}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What happened to the comment</source>
        <translation>Qué pasó con el comentario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Post comment</source>
        <translation>&amp;Publicar comentario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post the comment on {network}</source>
        <translation>Publicar el comentario en {network}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The comment is on its way to {network}.</source>
        <translation>El comentario va de camino a {network}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk could not queue the comment for {network}. Try again in a moment.</source>
        <translation>Postdesk no pudo poner en cola el comentario para {network}. Vuelve a intentarlo dentro de un momento.</translation>
    </message>
</context>
<context>
    <name>ComposerActivity</name>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="-313"/>
        <source>Its time came; getting ready to publish.</source>
        <extracomment>States whose text went (or may have gone) out: the composer shows it read-only.</extracomment>
        <translation>Ha llegado su hora; preparando la publicación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published late, as you chose, after Postdesk was closed at its time.</source>
        <translation>Publicada con retraso, como elegiste, porque Postdesk estaba cerrado a su hora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its time passed while Postdesk was closed; waiting for your decision.</source>
        <translation>Su hora pasó mientras Postdesk estaba cerrado; esperando tu decisión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>Skipped: its time passed while Postdesk was closed.</source>
        <translation>Omitida: su hora pasó mientras Postdesk estaba cerrado.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>You asked to publish it now.</source>
        <translation>Pediste publicarla ahora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trying again.</source>
        <translation>Volviendo a intentarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published.</source>
        <translation>Publicada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found on the network: it was published.</source>
        <translation>Encontrada en la red: se publicó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found on the network; sending it again.</source>
        <translation>No se encontró en la red; se vuelve a enviar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You confirmed it was published.</source>
        <translation>Confirmaste que se publicó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postdesk stopped while publishing; it will check whether the post went out.</source>
        <translation>Postdesk se detuvo mientras publicaba; comprobará si la publicación salió.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network did not answer; Postdesk will check before trying again.</source>
        <translation>La red no respondió; Postdesk lo comprobará antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network asked to wait (too many requests); will try again.</source>
        <translation>La red pidió esperar (demasiadas solicitudes); se volverá a intentar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach the network; will try again.</source>
        <translation>No se pudo acceder a la red; se volverá a intentar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network took too long to answer, so Postdesk stopped waiting; it will retry without posting twice.</source>
        <translation>La red tardó demasiado en responder y Postdesk dejó de esperar; lo volverá a intentar sin publicar dos veces.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network&apos;s answer was far too large, so Postdesk stopped reading; it will retry without posting twice.</source>
        <translation>La respuesta de la red era demasiado grande y Postdesk dejó de leerla; lo volverá a intentar sin publicar dos veces.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network&apos;s answer was not in the expected form; Postdesk will retry without posting twice.</source>
        <translation>La respuesta de la red no tenía el formato esperado; Postdesk lo volverá a intentar sin publicar dos veces.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account needs you to sign in again.</source>
        <translation>La cuenta necesita que vuelvas a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Waiting: sign in to this account again and it will go out.</source>
        <translation>En espera: vuelve a iniciar sesión en esta cuenta y saldrá.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Waiting: your sign-ins are locked. Unlock them in Accounts and it will go out.</source>
        <translation>En espera: tus inicios de sesión están bloqueados. Desbloquéalos en Cuentas y saldrá.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An attached file is no longer in the media library, so this could not be posted.</source>
        <translation>Un archivo adjunto ya no está en la biblioteca multimedia, así que no se pudo publicar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: you asked for alt text on every image, and an image has none. Describe it and schedule again.</source>
        <translation>No publicada: pediste texto alternativo en todas las imágenes y una no lo tiene. Descríbela y vuelve a programarla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network refused the post.</source>
        <translation>La red rechazó la publicación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gave up after several failed tries.</source>
        <translation>Abandonada tras varios intentos fallidos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused: Postdesk cannot publish to this network yet.</source>
        <translation>En pausa: Postdesk aún no puede publicar en esta red.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resumed.</source>
        <translation>Reanudada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Cancelada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handing it to the network&apos;s own scheduler…</source>
        <translation>Entregándola al programador de la propia red…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network&apos;s own scheduler will publish it, even with Postdesk closed.</source>
        <translation>El programador de la propia red la publicará, aunque Postdesk esté cerrado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk will publish it itself.</source>
        <translation>Postdesk la publicará por sí mismo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network&apos;s scheduler did not take it; Postdesk will publish it itself.</source>
        <translation>El programador de la red no la aceptó; Postdesk la publicará por sí mismo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network did not publish it; Postdesk is publishing it now.</source>
        <translation>La red no la publicó; Postdesk la está publicando ahora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published by the network&apos;s scheduler.</source>
        <translation>Publicada por el programador de la red.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused: the network&apos;s scheduler does not show it. Please check.</source>
        <translation>En pausa: el programador de la red no la muestra. Compruébalo, por favor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused: Postdesk&apos;s data was restored from a backup, and this may have gone out since. Check the network, then resume or publish it.</source>
        <translation>En pausa: los datos de Postdesk se restauraron desde una copia de seguridad y puede que esta publicación ya haya salido. Comprueba la red y luego reanúdala o publícala.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First comment posted.</source>
        <translation>Primer comentario publicado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The post is out, but the first comment could not be posted.</source>
        <translation>La publicación salió, pero no se pudo publicar el primer comentario.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This network has no first comment; it was not posted.</source>
        <translation>Esta red no tiene primer comentario; no se publicó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not check the network yet; will check again.</source>
        <translation>Aún no se pudo comprobar la red; se volverá a comprobar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only you can tell whether it is there: choose “Did it go out?”.</source>
        <translation>Solo tú puedes saber si está ahí: elige “¿Salió?”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edited on the network; what it said before is kept in this log.</source>
        <translation>Editada en la red; lo que decía antes se conserva en este registro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The edit did not reach the network; the post there is unchanged.</source>
        <translation>La edición no llegó a la red; la publicación allí no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/refusal_words.py" line="+38"/>
        <source>Not posted: Postdesk could not read {name} on this computer. Attach it again and schedule the post again.</source>
        <extracomment>Plural sentences of the context &quot;ComposerActivity&quot; (see `i18n.plural_context`).</extracomment>
        <translation>No publicada: Postdesk no pudo leer {name} en este equipo. Vuelve a adjuntar el archivo y programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {name} is not an image or video Postdesk recognises. Replace it and schedule the post again.</source>
        <translation>No publicada: {name} no es una imagen ni un vídeo que Postdesk reconozca. Reemplaza el archivo y programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {name} could not be opened as an image; the file may be damaged. Replace it and schedule the post again.</source>
        <translation>No publicada: {name} no se pudo abrir como imagen; puede que el archivo esté dañado. Reemplázalo y programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {name} could not be read as a video; the file may be damaged. Replace it and schedule the post again.</source>
        <translation>No publicada: {name} no se pudo leer como vídeo; puede que el archivo esté dañado. Reemplázalo y programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {name} is too big for {network}, and Postdesk could not make it small enough. Use a smaller file and schedule the post again.</source>
        <translation>No publicada: {name} es demasiado grande para {network} y Postdesk no pudo reducirlo lo suficiente. Usa un archivo más pequeño y programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the picture chosen as the video&apos;s cover could not be used. Choose another one and schedule the post again.</source>
        <translation>No publicada: no se pudo usar la imagen elegida como portada del vídeo. Elige otra y programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} does not take files like {name} ({type}). Use another file and schedule the post again.</source>
        <translation>No publicada: {network} no acepta archivos como {name} ({type}). Usa otro archivo y programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {name} is too big to send to {network}. Use a smaller file and schedule the post again.</source>
        <translation>No publicada: {name} es demasiado grande para enviarlo a {network}. Usa un archivo más pequeño y programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {name} changed on this computer while Postdesk was sending it. Schedule the post again.</source>
        <translation>No publicada: {name} cambió en este equipo mientras Postdesk lo enviaba. Programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} could not process {name}; it may be damaged or in a format {network} does not take.</source>
        <translation>No publicada: {network} no pudo procesar {name}; puede que esté dañado o en un formato que {network} no acepta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: this account has posted as many videos as {network} allows in a day. Try again tomorrow.</source>
        <translation>No publicada: esta cuenta ha publicado tantos vídeos como {network} permite en un día. Vuelve a intentarlo mañana.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} does not let this account upload videos right now. Try again later.</source>
        <translation>No publicada: {network} no permite a esta cuenta subir vídeos en este momento. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: this video is {size}, and {network} lets this account upload only {left} more today. Try again tomorrow or post a shorter video.</source>
        <translation>No publicada: este vídeo ocupa {size} y {network} solo permite a esta cuenta subir {left} más hoy. Vuelve a intentarlo mañana o publica un vídeo más corto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} takes at most {max} rules for who may reply, and {count} are chosen.</source>
        <translation>No publicada: {network} admite como máximo {max} reglas sobre quién puede responder, y hay {count} elegidas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} has blocked this account from posting for a while; it says recent activity goes against its rules.</source>
        <translation>No publicada: {network} ha bloqueado temporalmente las publicaciones de esta cuenta; dice que la actividad reciente va en contra de sus normas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} says the sign-in lacks a permission Postdesk needs. Reconnect the account in Accounts and allow everything Postdesk asks for.</source>
        <translation>No publicada: según {network}, al inicio de sesión le falta un permiso que Postdesk necesita. Vuelve a conectar la cuenta en Cuentas y permite todo lo que pide Postdesk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not posted: the media relay&apos;s secret key is missing from the keyring. Enter it again in Settings › Media relay, then schedule the post again.</source>
        <translation>No publicada: falta la clave secreta del relé de medios en el llavero. Vuelve a introducirla en Ajustes › Relé de medios y programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the media relay&apos;s bucket does not exist. Check the bucket name in Settings › Media relay, then schedule the post again.</source>
        <translation>No publicada: el bucket del relé de medios no existe. Comprueba el nombre del bucket en Ajustes › Relé de medios y programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the media relay refused the access key (wrong key, wrong secret, or no permission on the bucket). Check Settings › Media relay, then schedule the post again.</source>
        <translation>No publicada: el relé de medios rechazó la clave de acceso (clave incorrecta, secreto incorrecto o sin permiso en el bucket). Revisa Ajustes › Relé de medios y programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the media relay refused to keep a copy of the file. Check Settings › Media relay, then schedule the post again.</source>
        <translation>No publicada: el relé de medios se negó a guardar una copia del archivo. Revisa Ajustes › Relé de medios y programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{network} has no scheduler Postdesk can hand posts to.</source>
        <translation>{network} no tiene un programador al que Postdesk pueda entregar publicaciones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network}&apos;s scheduler takes a single post, not a thread.</source>
        <translation>El programador de {network} acepta una sola publicación, no un hilo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The post still waits in {network}&apos;s scheduler: take it back and schedule it again.</source>
        <translation>La publicación aún espera en el programador de {network}: recupérala y prográmala de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network} no longer has this post, or it was not written by this account.</source>
        <translation>{network} ya no tiene esta publicación, o no la escribió esta cuenta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This post was written by another account, so it cannot be edited from this one.</source>
        <translation>Esta publicación la escribió otra cuenta, así que no se puede editar desde esta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk cannot edit a post with a poll: {network} would start the poll over.</source>
        <translation>Postdesk no puede editar una publicación con encuesta: {network} reiniciaría la encuesta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This {network} server is too old to edit posts; delete the post and post it again instead.</source>
        <translation>Este servidor de {network} es demasiado antiguo para editar publicaciones; elimina la publicación y publícala de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network} does not let Postdesk do this here.</source>
        <translation>{network} no permite que Postdesk haga esto aquí.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{network}&apos;s scheduler takes a post only %Ln minute(s) or more before its time.</source>
        <translation>
            <numerusform>El programador de {network} solo acepta una publicación con %Ln minuto o más de antelación.</numerusform>
            <numerusform>El programador de {network} solo acepta una publicación con %Ln minutos o más de antelación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{network}&apos;s scheduler takes a post at most %Ln day(s) before its time.</source>
        <translation>
            <numerusform>El programador de {network} acepta una publicación con %Ln día de antelación como máximo.</numerusform>
            <numerusform>El programador de {network} acepta una publicación con %Ln días de antelación como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>attachment {position}</source>
        <translation>el adjunto {position}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an attached file</source>
        <translation>un archivo adjunto</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="+41"/>
        <source>Something happened with this post.</source>
        <translation>Algo ocurrió con esta publicación.</translation>
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
        <translation>{sentence} La red dijo: “{message}”</translation>
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
        <translation>ver la publicación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network}: published —</source>
        <translation>{network}: publicada —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}: published.</source>
        <translation>{network}: publicada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{network}: draft, not scheduled.</source>
        <translation>{network}: borrador, sin programar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: scheduled.</source>
        <translation>{network}: programada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: about to publish.</source>
        <translation>{network}: a punto de publicarse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: publishing now…</source>
        <translation>{network}: publicando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: failed, will try again {when}. {reason}</source>
        <translation>{network}: falló, se volverá a intentar {when}. {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network}: failed. {reason}</source>
        <translation>{network}: falló. {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: paused. {reason}</source>
        <translation>{network}: en pausa. {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: cancelled.</source>
        <translation>{network}: cancelada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: Postdesk does not know whether it went out. {reason}</source>
        <translation>{network}: Postdesk no sabe si salió. {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>soon</source>
        <translation>pronto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The network said: “{message}”</source>
        <translation>La red dijo: “{message}”</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/refusal_words_networks.py" line="+15"/>
        <source>Not posted: {network} could not download the file from the media relay. Check the relay in Settings › Media relay and schedule the post again.</source>
        <translation>No publicada: {network} no pudo descargar el archivo del relé de medios. Revisa el relé en Ajustes › Relé de medios y programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} let the prepared post expire before it was published. Schedule the post again.</source>
        <translation>No publicada: {network} dejó caducar la publicación preparada antes de publicarla. Programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} could not process the video; its format, length or encoding is not one {network} takes. Convert it and schedule the post again.</source>
        <translation>No publicada: {network} no pudo procesar el vídeo; {network} no acepta su formato, duración o codificación. Conviértelo y programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} could not use the video&apos;s sound; it takes mono or stereo sound. Convert the video and schedule the post again.</source>
        <translation>No publicada: {network} no pudo usar el sonido del vídeo; acepta sonido mono o estéreo. Convierte el vídeo y programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the video&apos;s shape (aspect ratio) is not one {network} takes. Crop it and schedule the post again.</source>
        <translation>No publicada: {network} no acepta la relación de aspecto del vídeo. Recórtalo y programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the video&apos;s bit rate is too high for {network}. Convert it and schedule the post again.</source>
        <translation>No publicada: la tasa de bits del vídeo es demasiado alta para {network}. Conviértelo y programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: the video is too long or too short for {network}. Trim it and schedule the post again.</source>
        <translation>No publicada: el vídeo es demasiado largo o demasiado corto para {network}. Recórtalo y programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} takes videos of 23 to 60 frames a second, and this one is not. Convert it and schedule the post again.</source>
        <translation>No publicada: {network} acepta vídeos de 23 a 60 fotogramas por segundo, y este no lo es. Conviértelo y programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} does not take this image format. Save it as JPEG and schedule the post again.</source>
        <translation>No publicada: {network} no acepta este formato de imagen. Guárdala como JPEG y programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: the file is larger than {network} takes. Use a smaller file and schedule the post again.</source>
        <translation>No publicada: el archivo es más grande de lo que acepta {network}. Usa un archivo más pequeño y programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} could not take the media.</source>
        <translation>No publicada: {network} no pudo aceptar los archivos multimedia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: a photo&apos;s shape is not one {network} takes (from 4:5 to 1.91:1). Crop it and schedule the post again.</source>
        <translation>No publicada: {network} no acepta la relación de aspecto de una foto (de 4:5 a 1,91:1). Recórtala y programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the caption is longer than the {max} characters {network} takes. Shorten it and schedule the post again.</source>
        <translation>No publicada: el pie de foto supera los {max} caracteres que acepta {network}. Acórtalo y programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} does not take this kind of post.</source>
        <translation>No publicada: {network} no acepta este tipo de publicación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} held the post back as suspected spam. Try again later, or post it from the app.</source>
        <translation>No publicada: {network} retuvo la publicación por sospecha de spam. Inténtalo más tarde o publícala desde la app.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: the chosen cover frame is not inside the video. Choose another one and schedule the post again.</source>
        <translation>No publicada: el fotograma elegido como portada no está dentro del vídeo. Elige otro y programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} could not find the prepared post. Schedule the post again.</source>
        <translation>No publicada: {network} no encontró la publicación preparada. Programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not posted: {network} does not take photos whose width and height add up to more than {max} pixels, or whose long side is more than 20 times the short side. Resize the photo and schedule the post again.</source>
        <translation>No publicada: {network} no acepta fotos cuyo ancho y alto sumen más de {max} píxeles, o cuyo lado largo mida más de 20 veces el corto. Cambia el tamaño de la foto y programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} no longer accepts the version of its API this Postdesk uses. Update Postdesk to publish to {network} again.</source>
        <translation>No publicada: {network} ya no acepta la versión de su API que usa este Postdesk. Actualiza Postdesk para volver a publicar en {network}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the video is larger than {network}&apos;s video service takes. Use a shorter or smaller video and schedule the post again.</source>
        <translation>No publicada: el vídeo es más grande de lo que acepta el servicio de vídeo de {network}. Usa un vídeo más corto o más pequeño y programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network}&apos;s video service refused the video.</source>
        <translation>No publicada: el servicio de vídeo de {network} rechazó el vídeo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} takes videos only from accounts with a confirmed email address. Confirm yours in {network}&apos;s settings, then schedule the post again.</source>
        <translation>No publicada: {network} solo acepta vídeos de cuentas con una dirección de correo confirmada. Confirma la tuya en los ajustes de {network} y luego programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/refusal_words_video.py" line="+19"/>
        <source>Not posted: {network} could not convert the video.</source>
        <translation>No publicada: {network} no pudo convertir el vídeo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} could not read the video file.</source>
        <translation>No publicada: {network} no pudo leer el archivo de vídeo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} received an empty video file.</source>
        <translation>No publicada: {network} recibió un archivo de vídeo vacío.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} says the video file is too small.</source>
        <translation>No publicada: según {network}, el archivo de vídeo es demasiado pequeño.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} cannot decode the video&apos;s format.</source>
        <translation>No publicada: {network} no puede descodificar el formato del vídeo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the upload was cut off before {network} had all of it. Schedule the post again.</source>
        <translation>No publicada: la subida se cortó antes de que {network} la recibiera entera. Programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} could not process the video.</source>
        <translation>No publicada: {network} no pudo procesar el vídeo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video for copyright.</source>
        <translation>No publicada: {network} rechazó el vídeo por derechos de autor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video as inappropriate.</source>
        <translation>No publicada: {network} rechazó el vídeo por inapropiado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video as a duplicate of one already on the channel.</source>
        <translation>No publicada: {network} rechazó el vídeo por ser un duplicado de uno que ya está en el canal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} rejected the video under its terms of use.</source>
        <translation>No publicada: {network} rechazó el vídeo según sus condiciones de uso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video because the channel is suspended.</source>
        <translation>No publicada: {network} rechazó el vídeo porque el canal está suspendido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video because it is too long for this channel.</source>
        <translation>No publicada: {network} rechazó el vídeo porque es demasiado largo para este canal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video because of a claim on it.</source>
        <translation>No publicada: {network} rechazó el vídeo por una reclamación sobre él.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video because the channel is closed.</source>
        <translation>No publicada: {network} rechazó el vídeo porque el canal está cerrado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video for trademark reasons.</source>
        <translation>No publicada: {network} rechazó el vídeo por motivos de marca registrada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video for legal reasons.</source>
        <translation>No publicada: {network} rechazó el vídeo por motivos legales.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video.</source>
        <translation>No publicada: {network} rechazó el vídeo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not posted: {network} could not read the file&apos;s format. It takes MP4, MOV or WebM videos and JPEG or WebP photos.</source>
        <translation>No publicada: {network} no pudo leer el formato del archivo. Acepta vídeos MP4, MOV o WebM y fotos JPEG o WebP.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} refused the video&apos;s length for this account.</source>
        <translation>No publicada: {network} rechazó la duración del vídeo para esta cuenta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} refused the video&apos;s frame rate. It takes 23 to 60 frames a second.</source>
        <translation>No publicada: {network} rechazó la velocidad de fotogramas del vídeo. Acepta de 23 a 60 fotogramas por segundo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} refused a photo&apos;s size. Photos up to 1080p work.</source>
        <translation>No publicada: {network} rechazó el tamaño de una foto. Las fotos de hasta 1080p funcionan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} had an internal problem with this post. Schedule the post again.</source>
        <translation>No publicada: {network} tuvo un problema interno con esta publicación. Programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} could not download the video.</source>
        <translation>No publicada: {network} no pudo descargar el vídeo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} could not download a photo from the media relay.</source>
        <translation>No publicada: {network} no pudo descargar una foto del relé de medios.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the post was cancelled in {network}.</source>
        <translation>No publicada: la publicación se canceló en {network}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: Postdesk&apos;s access to this {network} account was removed. Reconnect the account in Accounts.</source>
        <translation>No publicada: se retiró el acceso de Postdesk a esta cuenta de {network}. Vuelve a conectar la cuenta en Cuentas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: this account has reached {network}&apos;s daily limit of posts from apps. Try again tomorrow.</source>
        <translation>No publicada: esta cuenta alcanzó el límite diario de {network} de publicaciones desde aplicaciones. Vuelve a intentarlo mañana.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} does not let this account post right now.</source>
        <translation>No publicada: {network} no deja publicar a esta cuenta en este momento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} flagged the caption as spam.</source>
        <translation>No publicada: {network} marcó el texto como spam.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} flagged the post as spam.</source>
        <translation>No publicada: {network} marcó la publicación como spam.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: your {network} app is not approved for this permission. Check the products of your app on {network}&apos;s developer site.</source>
        <translation>No publicada: tu aplicación de {network} no está aprobada para este permiso. Revisa los productos de tu aplicación en el sitio para desarrolladores de {network}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: your {network} app has not passed {network}&apos;s audit yet, so it can post only privately, from a private account.</source>
        <translation>No publicada: tu aplicación de {network} aún no ha superado la auditoría de {network}, así que solo puede publicar en privado, desde una cuenta privada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} could not publish the post.</source>
        <translation>No publicada: {network} no pudo completar la publicación.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not posted: that subreddit does not exist. Check its name and schedule the post again.</source>
        <translation>No publicada: ese subreddit no existe. Comprueba su nombre y programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the subreddit does not exist or cannot be seen from your account. Check its name and schedule the post again.</source>
        <translation>No publicada: el subreddit no existe o no se puede ver desde tu cuenta. Comprueba su nombre y programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: you are not allowed to post in this subreddit.</source>
        <translation>No publicada: no tienes permiso para publicar en este subreddit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: choose the subreddit to post to and schedule the post again.</source>
        <translation>No publicada: elige el subreddit en el que publicar y programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this subreddit does not take text posts.</source>
        <translation>No publicada: este subreddit no acepta publicaciones de texto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this subreddit takes text posts only.</source>
        <translation>No publicada: este subreddit solo acepta publicaciones de texto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this subreddit does not take images.</source>
        <translation>No publicada: este subreddit no acepta imágenes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this subreddit does not take videos.</source>
        <translation>No publicada: este subreddit no acepta vídeos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this link has already been posted to this subreddit.</source>
        <translation>No publicada: este enlace ya se publicó en este subreddit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} needs a title or text here.</source>
        <translation>No publicada: {network} necesita aquí un título o un texto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} could not use the link or the uploaded media.</source>
        <translation>No publicada: {network} no pudo usar el enlace ni los medios subidos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} needs a link for this post.</source>
        <translation>No publicada: {network} necesita un enlace para esta publicación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this subreddit requires a flair. Choose one and schedule the post again.</source>
        <translation>No publicada: este subreddit exige un flair. Elige uno y programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the chosen flair no longer exists in this subreddit. Choose another and schedule the post again.</source>
        <translation>No publicada: el flair elegido ya no existe en este subreddit. Elige otro y programa de nuevo la publicación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} asks you to sign in again. Reconnect the account in Accounts.</source>
        <translation>No publicada: {network} te pide que vuelvas a iniciar sesión. Vuelve a conectar la cuenta en Cuentas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The comment you are answering has been deleted.</source>
        <translation>El comentario al que respondes se ha eliminado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The post you are answering has been deleted.</source>
        <translation>La publicación a la que respondes se ha eliminado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments are locked on this post.</source>
        <translation>Los comentarios de esta publicación están bloqueados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This post is archived and takes no more comments.</source>
        <translation>Esta publicación está archivada y ya no acepta comentarios.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: part of the post is too long for {network}.</source>
        <translation>No publicada: una parte de la publicación es demasiado larga para {network}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the post does not follow one of the subreddit&apos;s rules.</source>
        <translation>No publicada: la publicación no cumple una de las reglas del subreddit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} refused the post.</source>
        <translation>No publicada: {network} rechazó la publicación.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not posted: {network} refused the title (empty, too long, or with &lt; or &gt;).</source>
        <translation>No publicada: {network} rechazó el título (vacío, demasiado largo o con &lt; o &gt;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} refused the description (over 5000 bytes, or with &lt; or &gt;).</source>
        <translation>No publicada: {network} rechazó la descripción (más de 5000 bytes o con &lt; o &gt;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} refused the tags (together over 500 characters, or with &lt; or &gt;).</source>
        <translation>No publicada: {network} rechazó las etiquetas (más de 500 caracteres en total o con &lt; o &gt;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} does not have that category.</source>
        <translation>No publicada: {network} no tiene esa categoría.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} refused the scheduled time.</source>
        <translation>No publicada: {network} rechazó la hora programada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} does not allow that privacy setting for this video.</source>
        <translation>No publicada: {network} no permite esa opción de privacidad para este vídeo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} does not allow that license for this video.</source>
        <translation>No publicada: {network} no permite esa licencia para este vídeo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} needs the video&apos;s language set first.</source>
        <translation>No publicada: {network} necesita primero que se indique el idioma del vídeo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} got no video file.</source>
        <translation>No publicada: {network} no recibió ningún archivo de vídeo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} could not read the thumbnail image.</source>
        <translation>No publicada: {network} no pudo leer la imagen de la miniatura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the thumbnail is over {network}&apos;s 2 MB.</source>
        <translation>No publicada: la miniatura supera los 2 MB de {network}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} cannot find that playlist.</source>
        <translation>No publicada: {network} no encuentra esa lista de reproducción.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video is no longer on {network}.</source>
        <translation>El vídeo ya no está en {network}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments are turned off for this video.</source>
        <translation>Los comentarios están desactivados en este vídeo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this Google account has no {network} channel yet.</source>
        <translation>No publicada: esta cuenta de Google aún no tiene un canal de {network}.</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/refusal_words_waits.py" line="+16"/>
        <location line="+6"/>
        <source>Waiting: this account has reached the limit of posts per 24 hours on {network} ({max}). Postdesk will try again in an hour.</source>
        <translation>En espera: esta cuenta ha alcanzado el límite de publicaciones en 24 horas de {network} ({max}). Postdesk volverá a intentarlo dentro de una hora.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: this account has reached the limit of replies per 24 hours on {network} ({max}). Postdesk will try again in an hour.</source>
        <translation>En espera: esta cuenta ha alcanzado el límite de respuestas en 24 horas de {network} ({max}). Postdesk volverá a intentarlo dentro de una hora.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: your {network} API project does not have enough quota left today for this video. Postdesk will upload it after midnight Pacific time.</source>
        <translation>En espera: a tu proyecto de API de {network} no le queda suficiente cuota hoy para este vídeo. Postdesk lo subirá después de la medianoche, hora del Pacífico.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: this channel has uploaded as many videos as {network} allows for now. Postdesk will try again in 24 hours.</source>
        <translation>En espera: este canal ha subido tantos vídeos como {network} permite por ahora. Postdesk volverá a intentarlo dentro de 24 horas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: this account has reached {network}&apos;s daily limit of posts from apps. Postdesk will try again in an hour.</source>
        <translation>En espera: esta cuenta ha alcanzado el límite diario de {network} de publicaciones desde aplicaciones. Postdesk volverá a intentarlo dentro de una hora.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: your {network} app has reached its daily number of accounts that may post. Postdesk will try again in an hour.</source>
        <translation>En espera: tu aplicación de {network} ha alcanzado su número diario de cuentas que pueden publicar. Postdesk volverá a intentarlo dentro de una hora.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not posted: {network}&apos;s media storage did not take {name}. Try again later or use another file.</source>
        <translation>No publicada: el almacenamiento de medios de {network} no aceptó {name}. Vuelve a intentarlo más tarde o usa otro archivo.</translation>
    </message>
</context>
<context>
    <name>ComposerPane</name>
    <message>
        <location filename="../src/postdesk/app.py" line="-43"/>
        <location line="+44"/>
        <source>Compose</source>
        <translation>Redactar</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pane_layout.py" line="+39"/>
        <source>&amp;New post</source>
        <translation>&amp;Nueva publicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new post</source>
        <translation>Empezar una publicación nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new post (Ctrl+N)</source>
        <translation>Empezar una publicación nueva (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post to:</source>
        <translation>Publicar en:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Text, media and schedule</source>
        <translation>Texto, multimedia y programación</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>New post</source>
        <translation>Nueva publicación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule</source>
        <translation>Programar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Split into thread</source>
        <translation>Dividir en hilo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attach images</source>
        <translation>Adjuntar imágenes</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="+95"/>
        <source>Composer</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening your last draft…</source>
        <translation>Abriendo tu último borrador…</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>The post was removed from Postdesk.</source>
        <translation>La publicación se quitó de Postdesk.</translation>
    </message>
</context>
<context>
    <name>ComposerProblems</name>
    <message>
        <location filename="../src/postdesk/ui/composer/problem_templates.py" line="+14"/>
        <source>Too long by {over}: {length} of {limit} characters.</source>
        <translation>Sobran {over}: {length} de {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too long for {network}&apos;s storage limit: {length} of {limit} bytes (emoji and accented letters take more than one).</source>
        <translation>Demasiado largo para el límite de almacenamiento de {network}: {length} de {limit} bytes (los emojis y las letras con tilde ocupan más de uno).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write something: {network} does not accept an empty post.</source>
        <translation>Escribe algo: {network} no acepta publicaciones vacías.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a title: {network} needs one.</source>
        <translation>Añade un título: {network} lo necesita.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too long: {length} of {limit} characters.</source>
        <translation>El título es demasiado largo: {length} de {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With media attached, the text is a caption: {length} of {limit} characters.</source>
        <translation>Con multimedia adjunta, el texto es un pie de foto: {length} de {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} does not allow the character “{char}” here.</source>
        <translation>{network} no permite el carácter “{char}” aquí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many hashtags: {count}, {network} allows {max}.</source>
        <translation>Demasiados hashtags: {count}; {network} permite {max}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many mentions: {count}, {network} allows {max}.</source>
        <translation>Demasiadas menciones: {count}; {network} permite {max}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many images: {count}, {network} allows {max}.</source>
        <translation>Demasiadas imágenes: {count}; {network} permite {max}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many videos: {count}, {network} allows {max}.</source>
        <translation>Demasiados vídeos: {count}; {network} permite {max}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} cannot mix images and video in one post.</source>
        <translation>{network} no permite mezclar imágenes y vídeo en una publicación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach an image or a video: {network} posts need one.</source>
        <translation>Adjunta una imagen o un vídeo: las publicaciones de {network} lo necesitan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image {position} has no description (alt text) for people who cannot see it.</source>
        <translation>La imagen {position} no tiene descripción (texto alternativo) para las personas que no pueden verla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The description of image {position} is too long: {length} of {limit} characters.</source>
        <translation>La descripción de la imagen {position} es demasiado larga: {length} de {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} has no threads: only the first part would be posted. Join the parts or write a separate text for {network}.</source>
        <translation>{network} no tiene hilos: solo se publicaría la primera parte. Une las partes o escribe un texto aparte para {network}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An attached file is missing from the media library; attach it again.</source>
        <translation>Falta un archivo adjunto en la biblioteca multimedia; vuelve a adjuntarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the subreddit to post to.</source>
        <translation>Elige el subreddit en el que publicar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the Pinterest board to save this Pin to.</source>
        <translation>Elige el tablero de Pinterest en el que guardar este pin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The content warning is too long.</source>
        <translation>La advertencia de contenido es demasiado larga.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the {network} account to post from (connect one in Accounts if the list is empty).</source>
        <translation>Elige la cuenta de {network} desde la que publicar (conecta una en Cuentas si la lista está vacía).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {network} account chosen for this post is no longer connected: choose another one or connect it again in Accounts.</source>
        <translation>La cuenta de {network} elegida para esta publicación ya no está conectada: elige otra o vuelve a conectarla en Cuentas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The {network} account chosen for this post was disconnected: connect it again in Accounts, or choose another one.</source>
        <translation>La cuenta de {network} elegida para esta publicación se desconectó: vuelve a conectarla en Cuentas o elige otra.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in to {handle} again before this can be posted.</source>
        <translation>Vuelve a iniciar sesión en {handle} para poder publicar esto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk cannot publish to {network} yet: remove {network} from this post to schedule it.</source>
        <translation>Postdesk aún no puede publicar en {network}: quita {network} de esta publicación para programarla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network} fetches photos and videos from a public web address, which needs a media relay. Postdesk does not support one yet, so posts to {network} can only be text for now: remove the media for {network}.</source>
        <translation>{network} descarga fotos y vídeos desde una dirección web pública, lo que requiere un relé de medios. Postdesk aún no lo admite, así que por ahora las publicaciones en {network} solo pueden ser de texto: quita la multimedia para {network}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{network} fetches photos and videos from a public web address, which needs a media relay: set one up in Settings › Media relay, or remove the media for {network}.</source>
        <translation>{network} descarga fotos y vídeos desde una dirección web pública, lo que requiere un relé de medios: configura uno en Ajustes › Relé de medios o quita la multimedia para {network}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{network} does not allow a poll and photos or videos in the same post.</source>
        <translation>{network} no permite una encuesta y fotos o vídeos en la misma publicación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk cannot post videos to {network} yet: remove the video (attachment {position}) for {network}.</source>
        <translation>Postdesk aún no puede publicar vídeos en {network}: quita el vídeo (adjunto {position}) para {network}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk cannot post animated GIFs to {network}: remove GIF {position} for {network}, or use a video.</source>
        <translation>Postdesk no puede publicar GIF animados en {network}: quita el GIF {position} para {network} o usa un vídeo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GIF {position} is {size_mb} MB; {network} takes GIFs of at most {max_mb} MB.</source>
        <translation>El GIF {position} ocupa {size_mb} MB; {network} acepta GIF de {max_mb} MB como máximo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On {network}, an animated GIF must be alone: no other photos, GIFs or videos in the same post.</source>
        <translation>En {network}, un GIF animado debe ir solo: sin otras fotos, GIF ni vídeos en la misma publicación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network} does not take {format} videos (only {formats}): change attachment {position}.</source>
        <translation>{network} no acepta vídeos {format} (solo {formats}): cambia el adjunto {position}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attachment {position} is a {size_mb} MB video; {network} takes at most {max_mb} MB.</source>
        <translation>El adjunto {position} es un vídeo de {size_mb} MB; {network} acepta {max_mb} MB como máximo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video (attachment {position}) lasts {duration}; {network} takes at most {max_duration}.</source>
        <translation>El vídeo (adjunto {position}) dura {duration}; {network} acepta {max_duration} como máximo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The video (attachment {position}) lasts {seconds} s; {network} needs at least {min_seconds} s.</source>
        <translation>El vídeo (adjunto {position}) dura {seconds} s; {network} necesita al menos {min_seconds} s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The video (attachment {position}) is {width}×{height} pixels; {network} takes at most {max_width}×{max_height}.</source>
        <translation>El vídeo (adjunto {position}) mide {width}×{height} píxeles; {network} acepta {max_width}×{max_height} como máximo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The video (attachment {position}) is {width}×{height} pixels; {network} needs at least {min_side} pixels on each side.</source>
        <translation>El vídeo (adjunto {position}) mide {width}×{height} píxeles; {network} necesita al menos {min_side} píxeles por lado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many attachments: {count}, {network} takes at most {max} photos and videos in one post.</source>
        <translation>Demasiados adjuntos: {count}; {network} acepta como máximo {max} fotos y vídeos por publicación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tags come to {length} of YouTube&apos;s {limit} characters (YouTube counts the commas between tags, and quotes around a tag with a space).</source>
        <translation>Las etiquetas suman {length} de los {limit} caracteres de YouTube (YouTube cuenta las comas entre etiquetas y las comillas alrededor de una etiqueta con espacio).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>YouTube does not allow &lt; or &gt; in tags.</source>
        <translation>YouTube no permite &lt; ni &gt; en las etiquetas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YouTube does not know the {field} “{value}”: choose another.</source>
        <translation>YouTube no reconoce el valor “{value}” de {field}: elige otro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YouTube&apos;s own scheduler can only make a video public at its time: choose Public, or let Postdesk publish it.</source>
        <translation>El programador de YouTube solo puede hacer público un vídeo a su hora: elige Público o deja que Postdesk lo publique.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A Short lasts at most {max_duration}; this video lasts {duration}.</source>
        <translation>Un Short dura como máximo {max_duration}; este vídeo dura {duration}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Short must be vertical or square; this video is {width}×{height}.</source>
        <translation>Un Short debe ser vertical o cuadrado; este vídeo mide {width}×{height}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This video is vertical or square and at most 3 minutes: YouTube will show it as a Short.</source>
        <translation>Este vídeo es vertical o cuadrado y dura 3 minutos como máximo: YouTube lo mostrará como Short.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YouTube&apos;s daily API quota cannot cover {uploads} uploads on {day} (Pacific time): move this post to another day.</source>
        <translation>La cuota diaria de la API de YouTube no alcanza para {uploads} subidas el {day} (hora del Pacífico): mueve esta publicación a otro día.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This uses nearly all of YouTube&apos;s daily API quota for {day} (Pacific time): about {units_left} units would be left.</source>
        <translation>Esto usa casi toda la cuota diaria de la API de YouTube del {day} (hora del Pacífico): quedarían unas {units_left} unidades.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose who can see this TikTok post: TikTok asks every time and Postdesk does not choose for you.</source>
        <translation>Elige quién puede ver esta publicación de TikTok: TikTok lo pregunta cada vez y Postdesk no lo elige por ti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This TikTok account does not offer the privacy level chosen: choose one of its own.</source>
        <translation>Esta cuenta de TikTok no ofrece el nivel de privacidad elegido: elige uno de los suyos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk has not read this TikTok account&apos;s settings yet (who may see its posts, longest video): wait for them or press Refresh in the TikTok options.</source>
        <translation>Postdesk aún no ha leído los ajustes de esta cuenta de TikTok (quién puede ver sus publicaciones, vídeo más largo): espera o pulsa Actualizar en las opciones de TikTok.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The video lasts {seconds} s; TikTok lets this account post at most {max_seconds} s.</source>
        <translation>El vídeo dura {seconds} s; TikTok permite a esta cuenta publicar {max_seconds} s como máximo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You turned on commercial content disclosure: choose Your brand, Branded content, or both.</source>
        <translation>Activaste la divulgación de contenido comercial: elige Tu marca, Contenido de marca o ambos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Branded content cannot be private on TikTok: choose who else can see it.</source>
        <translation>El contenido de marca no puede ser privado en TikTok: elige quién más puede verlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TikTok fetches photos from a web address verified in your TikTok app: set up a media relay (Settings › Media relay), verify its address with TikTok, and tick “verified” in the TikTok options.</source>
        <translation>TikTok descarga las fotos desde una dirección web verificada en tu app de TikTok: configura un relé de medios (Ajustes › Relé de medios), verifica su dirección en TikTok y marca “verificada” en las opciones de TikTok.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A TikTok photo post&apos;s title takes at most {limit} characters.</source>
        <translation>El título de una publicación de fotos de TikTok admite {limit} caracteres como máximo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>r/{subreddit} does not take this kind of post: post text, a link or media as the subreddit allows, or choose another subreddit.</source>
        <translation>r/{subreddit} no acepta este tipo de publicación: publica texto, un enlace o multimedia según lo permita el subreddit, o elige otro subreddit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This subreddit wants a title of at least {min} characters.</source>
        <translation>Este subreddit pide un título de al menos {min} caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit takes titles of at most {max} characters.</source>
        <translation>Este subreddit acepta títulos de {max} caracteres como máximo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit wants one of these words in the title: {words}.</source>
        <translation>Este subreddit pide una de estas palabras en el título: {words}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit does not allow “{word}” in a title.</source>
        <translation>Este subreddit no permite “{word}” en un título.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit wants text in the post.</source>
        <translation>Este subreddit pide texto en la publicación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit takes posts with a title only: remove the text for Reddit.</source>
        <translation>Este subreddit solo acepta publicaciones con título: quita el texto para Reddit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit wants at least {min} characters of text.</source>
        <translation>Este subreddit pide al menos {min} caracteres de texto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit takes at most {max} characters of text.</source>
        <translation>Este subreddit acepta {max} caracteres de texto como máximo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>r/{subreddit} requires a flair: choose one.</source>
        <translation>r/{subreddit} exige un flair: elige uno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen flair no longer exists in this subreddit: choose another.</source>
        <translation>El flair elegido ya no existe en este subreddit: elige otro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit does not take links to {domain}.</source>
        <translation>Este subreddit no acepta enlaces a {domain}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A gallery in this subreddit holds {min} to {max} images.</source>
        <translation>Una galería en este subreddit contiene de {min} a {max} imágenes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit does not use spoiler tags: untick Spoiler.</source>
        <translation>Este subreddit no usa etiquetas de spoiler: desmarca Spoiler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reddit image, video, gallery and link posts carry no text: only the title goes with them. Post the text as a comment, or remove the media or link.</source>
        <translation>Las publicaciones de imagen, vídeo, galería y enlace de Reddit no llevan texto: solo las acompaña el título. Publica el texto como comentario o quita la multimedia o el enlace.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose what this Instagram post is: a post, a Reel or a Story.</source>
        <translation>Elige qué es esta publicación de Instagram: una publicación, un reel o una historia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Instagram Reel is exactly one video: keep one video, or post it as a post instead.</source>
        <translation>Un reel de Instagram es exactamente un vídeo: deja un solo vídeo o publícalo como publicación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Instagram Story is exactly one photo or one video.</source>
        <translation>Una historia de Instagram es exactamente una foto o un vídeo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo {position} is {width}×{height}: Instagram feed photos must be between 4:5 (portrait) and 1.91:1 (landscape). Crop it, or tick “Crop photos to fit” in the Instagram options.</source>
        <translation>La foto {position} mide {width}×{height}: las fotos del feed de Instagram deben estar entre 4:5 (vertical) y 1,91:1 (horizontal). Recórtala o marca “Recortar fotos para ajustar” en las opciones de Instagram.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The video&apos;s shape ({width}×{height}) is not one Instagram takes for a Reel.</source>
        <translation>Instagram no acepta las proporciones de este vídeo ({width}×{height}) para un reel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reels and Stories fill the phone&apos;s screen at 9:16 (like 1080×1920); this one is {width}×{height} and will show with bars or be cropped.</source>
        <translation>Los reels y las historias ocupan la pantalla del móvil a 9:16 (por ejemplo, 1080×1920); este mide {width}×{height} y se mostrará con franjas o recortado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A Story video lasts 3 to 60 seconds; this one lasts {seconds} s.</source>
        <translation>Un vídeo de historia dura de 3 a 60 segundos; este dura {seconds} s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stories show no caption: the text will not go to Instagram.</source>
        <translation>Las historias no muestran pie de foto: el texto no se enviará a Instagram.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Reel&apos;s cover frame must be inside the video: choose a time before its end.</source>
        <translation>El fotograma de portada del reel debe estar dentro del vídeo: elige un momento anterior al final.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stories cannot have collaborators: remove them, or post it as a post or Reel.</source>
        <translation>Las historias no pueden tener colaboradores: quítalos o publícala como publicación o reel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instagram takes at most {max} collaborators; you named {count}.</source>
        <translation>Instagram acepta {max} colaboradores como máximo; has indicado {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Instagram location is the number (ID) of a Facebook Page that has a location.</source>
        <translation>Una ubicación de Instagram es el número (ID) de una página de Facebook que tiene ubicación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose which business (location) this Google post is for.</source>
        <translation>Elige para qué negocio (ubicación) es esta publicación de Google.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the kind of Google post: What&apos;s new, Event or Offer.</source>
        <translation>Elige el tipo de publicación de Google: Novedades, Evento u Oferta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google does not offer the button “{value}”: choose another button.</source>
        <translation>Google no ofrece el botón “{value}”: elige otro botón.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The button needs a web address to open (only “Call now” has none).</source>
        <translation>El botón necesita una dirección web que abrir (solo “Llamar ahora” no la tiene).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The web address must start with https:// (or http://).</source>
        <translation>La dirección web debe empezar por https:// (o http://).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An event or offer on Google needs a title.</source>
        <translation>Un evento u oferta en Google necesita un título.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google takes event and offer titles of at most {limit} characters; this one has {length}.</source>
        <translation>Google acepta títulos de eventos y ofertas de {limit} caracteres como máximo; este tiene {length}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An event or offer on Google needs a start and an end date.</source>
        <translation>Un evento u oferta en Google necesita una fecha de inicio y una de fin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the event or offer dates: each must be a date (and time), and the end cannot come before the start.</source>
        <translation>Revisa las fechas del evento o de la oferta: cada una debe ser una fecha (y hora), y el fin no puede ser anterior al inicio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Facebook shows a link preview only on a post without photos or video: remove the link, or put the address in the text.</source>
        <translation>Facebook solo muestra la vista previa de un enlace en publicaciones sin fotos ni vídeo: quita el enlace o pon la dirección en el texto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The link must be a full web address starting with https:// (or http://).</source>
        <translation>El enlace debe ser una dirección web completa que empiece por https:// (o http://).</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/problem_templates_tools.py" line="+11"/>
        <source>Describe image {position} (alt text) first: you asked for a description on every image (Settings, Publishing).</source>
        <translation>Primero describe la imagen {position} (texto alternativo): pediste una descripción en todas las imágenes (Ajustes, Publicación).</translation>
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
        <translation>{network} no aceptará esta publicación tal como está ({code}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Part {n}: {sentence}</source>
        <translation>Parte {n}: {sentence}</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/problem_templates_extras.py" line="+14"/>
        <source>The first comment is too long for {network}: {length} of {limit} characters.</source>
        <translation>El primer comentario es demasiado largo para {network}: {length} de {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk can&apos;t post a first comment on {network}: remove it, or post it yourself.</source>
        <translation>Postdesk no puede publicar un primer comentario en {network}: quítalo o publícalo tú.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk can&apos;t add a poll to a {network} post: remove the poll.</source>
        <translation>Postdesk no puede añadir una encuesta a una publicación de {network}: quita la encuesta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A poll on {network} needs {min} to {max} choices; this one has {count}.</source>
        <translation>Una encuesta en {network} necesita de {min} a {max} opciones; esta tiene {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poll choice {position} is too long for {network}: {length} of {limit} characters.</source>
        <translation>La opción {position} de la encuesta es demasiado larga para {network}: {length} de {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two poll choices say the same thing: {network} wants each one different.</source>
        <translation>Dos opciones de la encuesta dicen lo mismo: {network} pide que todas sean distintas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A poll on {network} runs from {min_duration} to {max_duration}; this one runs {duration}.</source>
        <translation>Una encuesta en {network} dura de {min_duration} a {max_duration}; esta dura {duration}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On {network}, people can pick only one poll choice.</source>
        <translation>En {network}, solo se puede elegir una opción de la encuesta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk can&apos;t quote a post on {network}: remove the address, or put it in the text.</source>
        <translation>Postdesk no puede citar una publicación en {network}: quita la dirección o ponla en el texto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address to quote is not a {network} post: copy it from the post&apos;s Share menu.</source>
        <translation>La dirección que quieres citar no es una publicación de {network}: cópiala desde el menú Compartir de la publicación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your {network} server can&apos;t quote posts yet (it needs Mastodon 4.5): remove the address, or put it in the text.</source>
        <translation>Tu servidor de {network} aún no puede citar publicaciones (necesita Mastodon 4.5): quita la dirección o ponla en el texto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{network} does not allow a quoted post and a poll together: keep one.</source>
        <translation>{network} no permite juntar una cita y una encuesta: deja una de las dos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} does not allow a quoted post with images or video: remove the media, or the quote.</source>
        <translation>{network} no permite citar una publicación con imágenes o vídeo: quita la multimedia o la cita.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose again who can reply: {network} does not know this choice.</source>
        <translation>Vuelve a elegir quién puede responder: {network} no reconoce esta opción.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the post&apos;s language again: {network} does not know “{language}”.</source>
        <translation>Vuelve a elegir el idioma de la publicación: {network} no reconoce “{language}”.</translation>
    </message>
</context>
<context>
    <name>ComposerSent</name>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="+74"/>
        <source>Published on {networks}.</source>
        <translation>Publicada en {networks}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Being published on {networks} now.</source>
        <translation>Publicándose ahora en {networks}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk is checking whether it went out on {networks}.</source>
        <translation>Postdesk está comprobando si salió en {networks}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Will be tried again on {networks}, exactly as sent.</source>
        <translation>Se volverá a intentar en {networks}, tal como se envió.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed on {networks}; you can fix it and try again.</source>
        <translation>Falló en {networks}; puedes corregirla y volver a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused on {networks}.</source>
        <translation>En pausa en {networks}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled on {networks}.</source>
        <translation>Cancelada en {networks}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handed to the own scheduler of {networks}.</source>
        <translation>Entregada al programador propio de {networks}.</translation>
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
        <translation>{name} adjunto, descrito como “{alt}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached {name}, without a description</source>
        <translation>{name} adjunto, sin descripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an image</source>
        <translation>una imagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edited on {network}: this is what it says there now.</source>
        <translation>Editada en {network}: esto es lo que dice allí ahora.</translation>
    </message>
</context>
<context>
    <name>ComposerTools</name>
    <message>
        <location filename="../src/postdesk/ui/composer/templates_part.py" line="+79"/>
        <source>Insert a snippet or hashtag group</source>
        <translation>Insertar un fragmento o grupo de hashtags</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insert a snippet or hashtag group (Ctrl+Shift+I)</source>
        <translation>Insertar un fragmento o grupo de hashtags (Ctrl+Mayús+I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More for this post</source>
        <translation>Más para esta publicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate, templates, snippets</source>
        <translation>Duplicar, plantillas, fragmentos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>M&amp;ore</source>
        <translation>&amp;Más</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate this post</source>
        <translation>&amp;Duplicar esta publicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;template…</source>
        <translation>Guardar como &amp;plantilla…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New from t&amp;emplate…</source>
        <translation>Nueva desde p&amp;lantilla…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Snippets and hashtag groups…</source>
        <translation>&amp;Fragmentos y grupos de hashtags…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Insert snippet</source>
        <translation>Insertar fragmento</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Snippets</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hashtag groups</source>
        <translation>Grupos de hashtags</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No snippets yet</source>
        <translation>Aún no hay fragmentos</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Save as template</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template &amp;name:</source>
        <translation>&amp;Nombre de la plantilla:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved as the template “{name}”.</source>
        <translation>Guardada como la plantilla “{name}”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A template with that name exists: pick another name.</source>
        <translation>Ya existe una plantilla con ese nombre: elige otro nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The template could not be saved. Try again in a moment.</source>
        <translation>No se pudo guardar la plantilla. Vuelve a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Writing</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing tools</source>
        <translation>Herramientas de escritura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;nippets and hashtag groups…</source>
        <translation>&amp;Fragmentos y grupos de hashtags…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage snippets and hashtag groups</source>
        <translation>Gestionar fragmentos y grupos de hashtags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tem&amp;plates…</source>
        <translation>&amp;Plantillas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage templates</source>
        <translation>Gestionar plantillas</translation>
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
        <translation>Conectar una cuenta de {network}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to {network} to post there from Postdesk</source>
        <translation>Inicia sesión en {network} para publicar allí desde Postdesk</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="+76"/>
        <source>Connect an account</source>
        <translation>Conectar una cuenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reconnect</source>
        <translation>Volver a conectar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+373"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location line="-372"/>
        <source>Next</source>
        <translation>Siguiente</translation>
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
        <translation>¿Qué red quieres conectar?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Networks</source>
        <translation>Redes</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sign in with the &amp;browser (recommended)</source>
        <translation>Iniciar sesión con el &amp;navegador (recomendado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an &amp;app password</source>
        <translation>Usar una &amp;contraseña de aplicación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Post as &amp;me</source>
        <translation>Publicar como &amp;yo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post as a Pa&amp;ge I administer</source>
        <translation>Publicar como una pá&amp;gina que administro</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Posting as a Page needs LinkedIn&apos;s Community Management API product on your app, and you must be an administrator of the Page. You will pick the Page after signing in.</source>
        <translation>Para publicar como página, tu app necesita el producto Community Management API de LinkedIn y debes ser administrador de la página. Elegirás la página después de iniciar sesión.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client id</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local port</source>
        <translation>Puerto local</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redirect address to register</source>
        <translation>Dirección de redirección que registrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;py</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the redirect address</source>
        <translation>Copiar la dirección de redirección</translation>
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
        <translation>Contraseña de aplicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bot token</source>
        <translation>Token del bot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client &amp;id:</source>
        <translation>I&amp;D de cliente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;secret:</source>
        <translation>S&amp;ecreto de cliente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redirect address:</source>
        <translation>Dirección de redirección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rvidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handle:</source>
        <translation>&amp;Identificador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App pass&amp;word:</source>
        <translation>&amp;Contraseña de aplicación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bot &amp;token:</source>
        <translation>&amp;Token del bot:</translation>
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
        <translation>Esperando el inicio de sesión</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Facebook Pages</source>
        <translation>Páginas de Facebook</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>LinkedIn Pages</source>
        <translation>Páginas de LinkedIn</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Which Page should this account post as?</source>
        <translation>¿Con &amp;qué página debe publicar esta cuenta?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are not an administrator of any LinkedIn Page. Ask an administrator of the Page to make you one, or connect the account to post as yourself.</source>
        <translation>No eres administrador de ninguna página de LinkedIn. Pide a un administrador de la página que te haga administrador, o conecta la cuenta para publicar como tú.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving the Page…</source>
        <translation>Guardando la página…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source> (you cannot create posts on it)</source>
        <translation> (no puedes crear publicaciones en ella)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot create posts on this Page (ask an admin to give you that task).</source>
        <translation>No puedes crear publicaciones en esta página (pide a un administrador que te asigne esa tarea).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Which Pages should Postdesk post to? Each Page becomes its own account.</source>
        <translation>¿En &amp;qué páginas debe publicar Postdesk? Cada página se convierte en una cuenta propia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This Facebook sign-in manages no Page. Create a Page on Facebook, or sign in as someone who can create content on one, then try again.</source>
        <translation>Este inicio de sesión de Facebook no administra ninguna página. Crea una página en Facebook o inicia sesión como alguien que pueda crear contenido en una, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving the Pages…</source>
        <translation>Guardando las páginas…</translation>
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
        <translation>tunombre.bsky.social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>@yourchannel</source>
        <translation>@tucanal</translation>
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
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Finish signing in with your browser. Postdesk is waiting for it; you can cancel at any time.</source>
        <translation>Termina de iniciar sesión en el navegador. Postdesk lo está esperando; puedes cancelar en cualquier momento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking with {network}…</source>
        <translation>Comprobando con {network}…</translation>
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
        <translation>Las flechas mueven el recorte; Mayús y las flechas cambian su tamaño.</translation>
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
        <translation>Relación de aspecto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Aspect ratio:</source>
        <translation>&amp;Relación de aspecto:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotate &amp;left</source>
        <translation>Girar a la &amp;izquierda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotate &amp;right</source>
        <translation>Girar a la &amp;derecha</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Output size</source>
        <translation>Tamaño final</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as new image</source>
        <translation>&amp;Guardar como imagen nueva</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Original shape</source>
        <translation>Forma original</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Result: {w} × {h} pixels</source>
        <translation>Resultado: {w} × {h} píxeles</translation>
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
        <translation>Importar o exportar publicaciones en un archivo CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import posts from a CSV file, or export them to one</source>
        <translation>Importar publicaciones desde un archivo CSV o exportarlas a uno</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import posts from CSV…</source>
        <translation>&amp;Importar publicaciones desde CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export posts to CSV…</source>
        <translation>&amp;Exportar publicaciones a CSV…</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../src/postdesk/ui/csv_import/export_dialog.py" line="+32"/>
        <source>Export posts to CSV</source>
        <translation>Exportar publicaciones a CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>CsvExportDialog</name>
    <message>
        <location line="+50"/>
        <source>Export posts to CSV</source>
        <translation>Exportar publicaciones a CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export posts to a CSV file</source>
        <translation>Exportar publicaciones a un archivo CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has the columns the import reads, so it can be edited in a spreadsheet and imported.</source>
        <translation>El archivo tiene las columnas que lee la importación, así que puedes editarlo en una hoja de cálculo e importarlo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First day of posts to export</source>
        <translation>Primer día de las publicaciones que exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of posts to export</source>
        <translation>Último día de las publicaciones que exportar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Every post, whatever its date (drafts without a time too)</source>
        <translation>&amp;Todas las publicaciones, sea cual sea su fecha (también borradores sin hora)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export every post</source>
        <translation>Exportar todas las publicaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Only the posts the calendar&apos;s filter shows</source>
        <translation>&amp;Solo las publicaciones que muestra el filtro del calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export only the posts the calendar&apos;s filter shows</source>
        <translation>Exportar solo las publicaciones que muestra el filtro del calendario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The calendar shows every post: no filter is on.</source>
        <translation>El calendario muestra todas las publicaciones: no hay ningún filtro activo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to write the file, then export</source>
        <translation>Elige dónde guardar el archivo y exporta</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Exported %n post(s).</source>
        <translation>
            <numerusform>Se exportó %Ln publicación.</numerusform>
            <numerusform>Se exportaron %Ln publicaciones.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No posts matched, so the file holds only the column names.</source>
        <translation>No coincidió ninguna publicación, así que el archivo solo contiene los nombres de las columnas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk could not write the file there (the folder may be read-only or the disk full).</source>
        <translation>Postdesk no pudo guardar el archivo ahí (puede que la carpeta sea de solo lectura o que el disco esté lleno).</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location filename="../src/postdesk/ui/csv_import/dialog.py" line="+46"/>
        <source>Import posts from CSV</source>
        <extracomment>Where the columns are described (docs/CSV.md).</extracomment>
        <translation>Importar publicaciones desde CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first line names the columns: &lt;b&gt;text&lt;/b&gt;, &lt;b&gt;accounts&lt;/b&gt; (network:handle) or &lt;b&gt;networks&lt;/b&gt;, &lt;b&gt;scheduled_at&lt;/b&gt; (2026-03-10 09:30), &lt;b&gt;zone&lt;/b&gt; (Europe/Paris; else the app&apos;s zone), &lt;b&gt;media&lt;/b&gt; (file paths), &lt;b&gt;alt_text&lt;/b&gt;, &lt;b&gt;tags&lt;/b&gt; and &lt;b&gt;first_comment&lt;/b&gt;. Lists are separated by semicolons. &lt;a href=&quot;{url}&quot;&gt;What each column means&lt;/a&gt;</source>
        <translation>La primera línea nombra las columnas: &lt;b&gt;text&lt;/b&gt;, &lt;b&gt;accounts&lt;/b&gt; (red:identificador) o &lt;b&gt;networks&lt;/b&gt;, &lt;b&gt;scheduled_at&lt;/b&gt; (2026-03-10 09:30), &lt;b&gt;zone&lt;/b&gt; (Europe/Madrid; si no, la zona de la app), &lt;b&gt;media&lt;/b&gt; (rutas de archivo), &lt;b&gt;alt_text&lt;/b&gt;, &lt;b&gt;tags&lt;/b&gt; y &lt;b&gt;first_comment&lt;/b&gt;. Las listas se separan con punto y coma. &lt;a href=&quot;{url}&quot;&gt;Qué significa cada columna&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/csv_import/words.py" line="+19"/>
        <source>This file is too big to be a list of posts ({size}; at most {limit}). Split it into smaller files.</source>
        <translation>Este archivo es demasiado grande para ser una lista de publicaciones ({size}; máximo {limit}). Divídelo en archivos más pequeños.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This file is not in UTF-8 text. Save it again as “CSV UTF-8” from your spreadsheet and choose it again.</source>
        <translation>Este archivo no está en texto UTF-8. Vuelve a guardarlo como “CSV UTF-8” desde tu hoja de cálculo y elígelo de nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is broken near line {line} (a quote left open, or not a CSV file at all). Nothing was read.</source>
        <translation>Este archivo está dañado cerca de la línea {line} (unas comillas sin cerrar, o no es un archivo CSV). No se leyó nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first line must name the columns, with one called “text” for the post&apos;s text.</source>
        <translation>La primera línea debe nombrar las columnas, con una llamada “text” para el texto de la publicación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file says nothing about where the posts go: add an “accounts” or a “networks” column.</source>
        <translation>El archivo no indica adónde van las publicaciones: añade una columna “accounts” o “networks”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file has more than {limit} posts. Split it into smaller files.</source>
        <translation>Este archivo tiene más de {limit} publicaciones. Divídelo en archivos más pequeños.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk could not open this file. Check that it is still there.</source>
        <translation>Postdesk no pudo abrir este archivo. Comprueba que sigue ahí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file holds no posts: only a header line, or nothing at all.</source>
        <translation>Este archivo no contiene publicaciones: solo una línea de encabezado, o nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{network}: {sentence}</source>
        <translation>{network}: {sentence}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No connected account is called “{name}”.</source>
        <translation>Ninguna cuenta conectada se llama “{name}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More than one account is called “{name}”: write it as network:handle (bluesky:{name}).</source>
        <translation>Hay más de una cuenta llamada “{name}”: escríbela como red:identificador (bluesky:{name}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk does not know a network called “{name}”.</source>
        <translation>Postdesk no conoce ninguna red llamada “{name}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This post goes nowhere: name an account or a network.</source>
        <translation>Esta publicación no va a ninguna parte: indica una cuenta o una red.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account “{name}” is named twice.</source>
        <translation>La cuenta “{name}” aparece dos veces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not a date and time Postdesk can read: write it as 2026-03-10 09:30.</source>
        <translation>“{value}” no es una fecha y hora que Postdesk pueda leer: escríbela como 2026-03-10 09:30.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not a time zone: write it as Europe/Paris or America/New_York.</source>
        <translation>“{value}” no es una zona horaria: escríbela como Europe/Madrid o America/Mexico_City.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} does not exist in {zone}: the clocks skip that hour that day.</source>
        <translation>{value} no existe en {zone}: ese día los relojes se saltan esa hora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is already past. Pick a later time, or leave it empty for a draft.</source>
        <translation>{value} ya ha pasado. Elige una hora posterior o déjala vacía para un borrador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No picture or video Postdesk can read at “{path}”.</source>
        <translation>No hay ninguna imagen ni vídeo que Postdesk pueda leer en “{path}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This line has {count} more cells than the header names; they were left out.</source>
        <translation>Esta línea tiene {count} celdas más que nombres el encabezado; se han omitido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} cannot post a first comment; it is kept but not sent there.</source>
        <translation>{network} no puede publicar un primer comentario; se conserva, pero no se envía allí.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../src/postdesk/ui/csv_import/dialog.py" line="+48"/>
        <source>Import posts from CSV</source>
        <translation>Importar publicaciones desde CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import posts from a CSV file</source>
        <translation>Importar publicaciones desde un archivo CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The columns a CSV file of posts has</source>
        <translation>Las columnas de un archivo CSV de publicaciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file chosen yet</source>
        <translation>Aún no has elegido ningún archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file to import</source>
        <translation>El archivo CSV que importar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CSV file to import</source>
        <translation>Elegir el archivo CSV que importar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How many rows can be imported</source>
        <translation>Cuántas filas se pueden importar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every row of the file, with its problems</source>
        <translation>Todas las filas del archivo, con sus problemas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save as &amp;drafts</source>
        <translation>Guardar como &amp;borradores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the imported posts as drafts</source>
        <translation>Guardar las publicaciones importadas como borradores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schedule the posts that have a time</source>
        <translation>&amp;Programar las publicaciones que tienen hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule the imported posts that have a time; they must pass every check</source>
        <translation>Programar las publicaciones importadas que tienen hora; deben superar todas las comprobaciones</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the posts that have no blocking problem</source>
        <translation>Importar las publicaciones sin problemas bloqueantes</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Postdesk could not read this file. Nothing was imported.</source>
        <translation>Postdesk no pudo leer este archivo. No se importó nada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>These columns are not read: {names}.</source>
        <translation>Estas columnas no se leen: {names}.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%Ln fila leída.</numerusform>
            <numerusform>%Ln filas leídas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All can be imported.</source>
        <translation>Se pueden importar todas.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cannot be imported as it is: see its problems below.</source>
        <translation>
            <numerusform>%Ln no se puede importar tal cual: consulta sus problemas abajo.</numerusform>
            <numerusform>%Ln no se pueden importar tal cual: consulta sus problemas abajo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&amp;Import %n post(s)</source>
        <translation>
            <numerusform>&amp;Importar %Ln publicación</numerusform>
            <numerusform>&amp;Importar %Ln publicaciones</numerusform>
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
            <numerusform>Se importó %Ln publicación, programada si tenía hora.</numerusform>
            <numerusform>Se importaron %Ln publicaciones, programadas donde tenían hora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported %n post(s) as drafts.</source>
        <translation>
            <numerusform>Se importó %Ln publicación como borrador.</numerusform>
            <numerusform>Se importaron %Ln publicaciones como borradores.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They are in the calendar.</source>
        <translation>Están en el calendario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Postdesk could not add “{path}” to the media library. Nothing was imported.</source>
        <translation>Postdesk no pudo añadir “{path}” a la biblioteca multimedia. No se importó nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk could not save the posts (the disk may be full). Nothing was imported.</source>
        <translation>Postdesk no pudo guardar las publicaciones (puede que el disco esté lleno). No se importó nada.</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <location filename="../src/postdesk/ui/local_format.py" line="+46"/>
        <source>ddd d MMM yyyy</source>
        <extracomment>Qt date pattern for a date with short names (&quot;Tue 4 Mar 2025&quot;): d day, ddd short weekday, MMM short month, yyyy year, &apos;text&apos; in single quotes kept. Keep the letters; change order and punctuation.</extracomment>
        <translation>ddd, d MMM yyyy</translation>
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
        <translation>ddd, d MMM</translation>
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
        <translation>ddd, d MMM yyyy  HH:mm</translation>
    </message>
</context>
<context>
    <name>DefaultOptionsDialog</name>
    <message>
        <location filename="../src/postdesk/ui/accounts/options_dialog.py" line="+31"/>
        <source>Default options for {handle}</source>
        <translation>Opciones predeterminadas de {handle}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add this account to new posts</source>
        <translation>&amp;Añadir esta cuenta a las publicaciones nuevas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this account to new posts</source>
        <translation>Añadir esta cuenta a las publicaciones nuevas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Visibility</source>
        <translation>Visibilidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Public</source>
        <translation>Pública</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Unlisted</source>
        <translation>No listada</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Followers only</source>
        <translation>Solo seguidores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private</source>
        <translation>Privada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Visibility:</source>
        <translation>&amp;Visibilidad:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Subreddit:</source>
        <translation>&amp;Subreddit:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Board:</source>
        <translation>&amp;Tablero:</translation>
    </message>
</context>
<context>
    <name>DeletePublishedDialog</name>
    <message>
        <location filename="../src/postdesk/ui/dialogs/delete_published.py" line="+91"/>
        <location line="+1"/>
        <source>Delete a published post</source>
        <translation>Eliminar una publicación publicada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This post is published on {where}. How far should it be deleted?</source>
        <translation>Esta publicación está publicada en {where}. ¿Hasta dónde quieres eliminarla?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove from Postdesk only (it stays on {where})</source>
        <translation>Quitar solo de Postdesk (sigue en {where})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from Postdesk only</source>
        <translation>Quitar solo de Postdesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete from {networks} too</source>
        <translation>Eliminar también de {networks}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Instagram doesn&apos;t let apps delete posts: delete it in the Instagram app.</source>
        <translation>Instagram no permite que las apps eliminen publicaciones: elimínala en la app de Instagram.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Postdesk cannot delete posts on {kept}: delete it there yourself.</source>
        <translation>Postdesk no puede eliminar publicaciones en {kept}: elimínala allí tú mismo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleting from a network works offline too: it goes when the connection is back.</source>
        <translation>Eliminar de una red también funciona sin conexión: se hará cuando vuelva la conexión.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How the deletion went</source>
        <translation>Cómo fue la eliminación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Conservarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the post and close</source>
        <translation>Conservar la publicación y cerrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete as chosen</source>
        <translation>Eliminar según lo elegido</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed from Postdesk. It is still on {where}.</source>
        <translation>Quitada de Postdesk. Sigue en {where}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed from Postdesk. Deleting it from {networks}…</source>
        <translation>Quitada de Postdesk. Eliminándola de {networks}…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{network} could not be asked: {reason}</source>
        <translation>No se pudo enviar la solicitud a {network}: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted from {name}.</source>
        <translation>Eliminada de {name}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not deleted: {reason} It is still on {name}; delete it there.</source>
        <translation>No eliminada: {reason} Sigue en {name}; elimínala allí.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} did not delete it: “{error}”. It is still on {name}; delete it there.</source>
        <translation>{name} no la eliminó: “{error}”. Sigue en {name}; elimínala allí.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for a connection: it will be deleted from {name} when Postdesk is back online. You can close this window.</source>
        <translation>Esperando conexión: se eliminará de {name} cuando Postdesk vuelva a estar en línea. Puedes cerrar esta ventana.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleting it from {name}…</source>
        <translation>Eliminándola de {name}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleting it from {network}…</source>
        <translation>Eliminándola de {network}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed from Postdesk.</source>
        <translation>Quitada de Postdesk.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/details.py" line="+108"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alt text</source>
        <translation>Texto alternativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the image for people who cannot see it</source>
        <translation>Describe la imagen para las personas que no pueden verla</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
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
        <translation>Carpeta de la selección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No folder</source>
        <translation>Sin carpeta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Used in</source>
        <translation>Se usa en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ttach to post</source>
        <translation>Ad&amp;juntar a la publicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview and network crops…</source>
        <translation>&amp;Vista previa y recortes por red…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;rop or rotate…</source>
        <translation>&amp;Recortar o girar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each &amp;network receives</source>
        <translation>Qué recibe cada re&amp;d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pixels</source>
        <translation>Píxeles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What each network receives</source>
        <translation>Qué recibe cada red</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;lt text</source>
        <translation>Texto a&amp;lternativo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta&amp;gs</source>
        <translation>Eti&amp;quetas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;older</source>
        <translation>&amp;Carpeta</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Select something to see its details.</source>
        <translation>Selecciona algo para ver sus detalles.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%Ln elemento seleccionado</numerusform>
            <numerusform>%Ln elementos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking where it is used…</source>
        <translation>Comprobando dónde se usa…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Used in %n post(s)</source>
        <translation>
            <numerusform>Se usa en %Ln publicación</numerusform>
            <numerusform>Se usa en %Ln publicaciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not used in any post yet</source>
        <translation>Aún no se usa en ninguna publicación</translation>
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
        <translation>(borrador vacío)</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/drafts_panel.py" line="+36"/>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a draft onto the calendar to schedule it</source>
        <translation>Arrastra un borrador al calendario para programarlo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unscheduled drafts</source>
        <translation>Borradores sin programar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No drafts</source>
        <translation>No hay borradores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posts you start and don&apos;t schedule wait here.</source>
        <translation>Las publicaciones que empiezas y no programas esperan aquí.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New draft</source>
        <translation>Nuevo borrador</translation>
    </message>
</context>
<context>
    <name>EditPublished</name>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="-20"/>
        <source>Only a published post can be edited on {network}.</source>
        <extracomment>The networks whose adapter is `SupportsEdit` (a test holds the two together). Mastodon&apos;s default text limit, when the account&apos;s server said nothing at sign-in.</extracomment>
        <translation>Solo se puede editar en {network} una publicación ya publicada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} does not let Postdesk edit a published post.</source>
        <translation>{network} no permite que Postdesk edite una publicación ya publicada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The post can&apos;t be empty.</source>
        <translation>La publicación no puede estar vacía.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text is longer than your {network} server allows.</source>
        <translation>El texto es más largo de lo que permite tu servidor de {network}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the first post of a thread can be edited here.</source>
        <translation>Aquí solo se puede editar la primera publicación de un hilo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{network} did not take the edit: {reason}</source>
        <translation>{network} no aceptó la edición: {reason}</translation>
    </message>
</context>
<context>
    <name>EditPublishedDialog</name>
    <message>
        <location line="+51"/>
        <source>Edit on {network}</source>
        <translation>Editar en {network}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This changes the post on {network} itself. People who boosted it are told it was edited, and anyone can see its earlier versions there. Postdesk keeps them too.</source>
        <translation>Esto cambia la publicación en el propio {network}. Quienes la impulsaron reciben un aviso de que se editó, y cualquiera puede ver allí sus versiones anteriores. Postdesk también las conserva.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Content &amp;warning (optional):</source>
        <translation>&amp;Advertencia de contenido (opcional):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content warning</source>
        <translation>Advertencia de contenido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text of the post on {network}</source>
        <translation>Texto de la publicación en {network}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is the first post of a thread; the others stay as they are.</source>
        <translation>Esta es la primera publicación de un hilo; las demás se quedan como están.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Characters used</source>
        <translation>Caracteres usados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why it can&apos;t be saved yet</source>
        <translation>Por qué aún no se puede guardar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How the edit went</source>
        <translation>Cómo fue la edición</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without changing the post</source>
        <translation>Cerrar sin cambiar la publicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save on {network}</source>
        <translation>&amp;Guardar en {network}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the edit on {network}</source>
        <translation>Guardar la edición en {network}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The post can&apos;t be empty.</source>
        <translation>La publicación no puede estar vacía.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{over} characters over the limit of your {network} server ({limit}).</source>
        <translation>{over} caracteres por encima del límite de tu servidor de {network} ({limit}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing has changed yet.</source>
        <translation>Aún no has cambiado nada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{used} / {limit}</source>
        <translation>{used} / {limit}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving on {network}…</source>
        <translation>Guardando en {network}…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edited on {network}. The record of what was sent shows the new text.</source>
        <translation>Editada en {network}. El registro de lo enviado muestra el texto nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk can&apos;t reach {network} right now. The edit will be made as soon as it can, by itself.</source>
        <translation>Postdesk no puede acceder a {network} ahora mismo. La edición se hará sola en cuanto sea posible.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Postdesk could not ask {network} to edit the post. Nothing was changed; try again in a moment.</source>
        <translation>Postdesk no pudo pedir a {network} que editara la publicación. No se cambió nada; vuelve a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
</context>
<context>
    <name>EditorPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/editor_part.py" line="+34"/>
        <source>&amp;Main text (used everywhere unless a network has its own)</source>
        <translation>Texto &amp;principal (se usa en todas partes salvo si una red tiene el suyo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main text</source>
        <translation>Texto principal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why the main text can&apos;t change</source>
        <translation>Por qué no se puede cambiar el texto principal</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The main text is read-only: it was already sent to {networks}. Give the other networks their own text to change it for them.</source>
        <translation>El texto principal es de solo lectura: ya se envió a {networks}. Da a las demás redes su propio texto para cambiarlo en ellas.</translation>
    </message>
</context>
<context>
    <name>EngagementChart</name>
    <message>
        <location filename="../src/postdesk/ui/insights/chart.py" line="+83"/>
        <source>Engagement per day</source>
        <translation>Interacción por día</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No engagement in this period yet.</source>
        <translation>Aún no hay interacción en este periodo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most engagement on {day}: {count}.</source>
        <translation>Mayor interacción el {day}: {count}.</translation>
    </message>
</context>
<context>
    <name>EntryMenu</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/entry_menu.py" line="+86"/>
        <source>(empty draft)</source>
        <translation>(borrador vacío)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New post here</source>
        <translation>Nueva publicación aquí</translation>
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
        <translation>Publicar ahora</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reschedule…</source>
        <translation>Reprogramar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did it go out?…</source>
        <translation>¿Salió?…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry</source>
        <translation>Volver a enviar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel (never send)</source>
        <translation>Cancelar (no enviar nunca)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take back and cancel</source>
        <translation>Retirar y cancelar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop repeating</source>
        <translation>Dejar de repetir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled: it will not be sent. Use Reschedule or drag it to a time to put it back on the schedule.</source>
        <translation>Cancelada: no se enviará. Usa Reprogramar o arrástrala a una hora para volver a programarla.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Postdesk does not know whether this post went out, so it will not simply send it again. Say whether it is there.</source>
        <translation>Postdesk no sabe si esta publicación salió, así que no la volverá a enviar sin más. Indica si está ahí.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paused. Drag the post to its new time, then choose Resume: it goes out then.</source>
        <translation>En pausa. Arrastra la publicación a su nueva hora y elige Reanudar: saldrá entonces.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This post was settled meanwhile: nothing to decide.</source>
        <translation>Esta publicación se resolvió mientras tanto: no hay nada que decidir.</translation>
    </message>
</context>
<context>
    <name>FacebookOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/facebook_options.py" line="+31"/>
        <source>Link shown as a preview under the Facebook post</source>
        <translation>Enlace que se muestra como vista previa bajo la publicación de Facebook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facebook shows this address as a link preview. Only on posts without photos or video.</source>
        <translation>Facebook muestra esta dirección como vista previa del enlace. Solo en publicaciones sin fotos ni vídeo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lin&amp;k:</source>
        <translation>&amp;Enlace:</translation>
    </message>
</context>
<context>
    <name>FacebookPreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/facebook_preview.py" line="+125"/>
        <source>Just now · </source>
        <translation>Ahora mismo · </translation>
    </message>
    <message>
        <location line="+23"/>
        <source> Like       Comment      ↗ Share</source>
        <translation> Me gusta       Comentar      ↗ Compartir</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Your Page</source>
        <translation>Tu página</translation>
    </message>
</context>
<context>
    <name>FirstCommentPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/first_comment_part.py" line="+53"/>
        <source>First comment on {network}</source>
        <translation>Primer comentario en {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posted under your post on {network} right after it goes out. Optional.</source>
        <translation>Se publica bajo tu publicación en {network} justo después de que salga. Opcional.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posted under your post on {network} right after it goes out.</source>
        <translation>Se publica bajo tu publicación en {network} justo después de que salga.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First comment length</source>
        <translation>Longitud del primer comentario</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>F&amp;irst comment:</source>
        <translation>P&amp;rimer comentario:</translation>
    </message>
</context>
<context>
    <name>FirstCommentView</name>
    <message>
        <location filename="../src/postdesk/ui/composer/previews/first_comment.py" line="+44"/>
        <source>First comment preview</source>
        <translation>Vista previa del primer comentario</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Author · first comment</source>
        <translation>Autor · primer comentario</translation>
    </message>
</context>
<context>
    <name>GoogleBusinessOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="+121"/>
        <source>Business location</source>
        <extracomment>The item role that keeps a location&apos;s business name (the text also shows its address).</extracomment>
        <translation>Ubicación de la empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a location</source>
        <translation>Elige una ubicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the locations from Google again</source>
        <translation>Volver a leer las ubicaciones desde Google</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of Google post</source>
        <translation>Tipo de publicación de Google</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s new</source>
        <translation>Novedades</translation>
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
        <translation>&amp;Tipo de publicación:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Button</source>
        <translation>Botón</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No button</source>
        <translation>Sin botón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book</source>
        <translation>Reservar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order online</source>
        <translation>Pedir online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy</source>
        <translation>Comprar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn more</source>
        <translation>Más información</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign up</source>
        <translation>Registrarse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call now</source>
        <translation>Llamar ahora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Button link</source>
        <translation>Enlace del botón</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>https://… the button opens</source>
        <translation>https://… que abre el botón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Button:</source>
        <translation>&amp;Botón:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Button &amp;link:</source>
        <translation>&amp;Enlace del botón:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event or offer title</source>
        <translation>Título del evento o de la oferta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All &amp;day</source>
        <translation>Todo el &amp;día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All day (dates without times)</source>
        <translation>Todo el día (fechas sin hora)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>T&amp;ítulo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts:</source>
        <translation>Empie&amp;za:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends:</source>
        <translation>Termi&amp;na:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coupon code</source>
        <translation>Código de cupón</translation>
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
        <translation>Enlace para canjear la oferta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>https://… (optional)</source>
        <translation>https://… (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms and conditions</source>
        <translation>Términos y condiciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Coupon code:</source>
        <translation>&amp;Código de cupón:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redeem link:</source>
        <translation>Enlace de can&amp;je:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ter&amp;ms:</source>
        <translation>Tér&amp;minos:</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Reading your business locations from Google…</source>
        <translation>Leyendo las ubicaciones de tu empresa desde Google…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Google did not answer: {reason}. Try Refresh in a moment.</source>
        <translation>Google no respondió: {reason}. Prueba Actualizar dentro de un momento.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This Google account manages no business location yet.</source>
        <translation>Esta cuenta de Google aún no administra ninguna ubicación de empresa.</translation>
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
        <translation>Pedir online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy</source>
        <translation>Comprar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn more</source>
        <translation>Más información</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign up</source>
        <translation>Registrarse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call now</source>
        <translation>Llamar ahora</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your business</source>
        <translation>Tu empresa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a photo: Google shows it above the post</source>
        <translation>Añade una foto: Google la muestra encima de la publicación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(No title yet)</source>
        <translation>(Aún sin título)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Redeem online</source>
        <translation>Canjear online</translation>
    </message>
</context>
<context>
    <name>HeatmapModel</name>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="+293"/>
        <source>{day} at {hour}</source>
        <translation>{day} a las {hour}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{when}: no post yet</source>
        <translation>{when}: aún no hay publicaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{when}: {mean} engagements per post, from {posts} posts</source>
        <translation>{when}: {mean} interacciones por publicación, de {posts} publicaciones</translation>
    </message>
</context>
<context>
    <name>Holds</name>
    <message>
        <location filename="../src/postdesk/ui/hold_words.py" line="+30"/>
        <source>Waiting for a connection</source>
        <translation>Esperando conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting: reconnect the account</source>
        <translation>En espera: vuelve a conectar la cuenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting: all publishing is paused</source>
        <translation>En espera: toda la publicación está en pausa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting to try again</source>
        <translation>Esperando para volver a intentarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to try again at {until}</source>
        <translation>Esperando para volver a intentarlo a las {until}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sure it went out: please check</source>
        <translation>No se sabe si salió: compruébalo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sure it went out: Postdesk is checking</source>
        <translation>No se sabe si salió: Postdesk lo está comprobando</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handed to {network}</source>
        <translation>Entregada a {network}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed to the network</source>
        <translation>Entregada a la red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishing</source>
        <translation>Publicando</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{network}: waiting for a connection. It goes out as soon as Postdesk is back online.</source>
        <translation>{network}: esperando conexión. Saldrá en cuanto Postdesk vuelva a estar en línea.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}: waiting for you to reconnect the account (Accounts). It goes out right after.</source>
        <translation>{network}: esperando a que vuelvas a conectar la cuenta (Cuentas). Saldrá justo después.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}: waiting, because you paused all publishing (tray menu). It goes out when you resume.</source>
        <translation>{network}: en espera, porque pausaste toda la publicación (menú de la bandeja). Saldrá cuando la reanudes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>soon</source>
        <translation>pronto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: waiting to try again at {when}.</source>
        <translation>{network}: esperando para volver a intentarlo a las {when}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}: Postdesk does not know whether this post went out — the network&apos;s answer was lost. Please look, then say.</source>
        <translation>{network}: Postdesk no sabe si esta publicación salió, porque se perdió la respuesta de la red. Compruébalo e indícalo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{network}: Postdesk does not know whether this post went out — the network&apos;s answer was lost. It will look it up on {network}; you can also look and say.</source>
        <translation>{network}: Postdesk no sabe si esta publicación salió, porque se perdió la respuesta de la red. Lo buscará en {network}; también puedes comprobarlo tú e indicarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handed to {network}: {network} publishes it at its time, even while Postdesk is closed.</source>
        <translation>Entregada a {network}: {network} la publica a su hora, aunque Postdesk esté cerrado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}: publishing now.</source>
        <translation>{network}: publicando ahora.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/importing.py" line="+111"/>
        <source>Import progress</source>
        <extracomment>Background request key: a full refresh cancels a pending fetch of new rows.</extracomment>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancelar importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel import</source>
        <translation>Cancelar importación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import messages</source>
        <translation>Mensajes de importación</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import media</source>
        <translation>Importar multimedia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images and videos (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.mp4 *.mov *.m4v *.webm);;All files (*)</source>
        <translation>Imágenes y vídeos (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.mp4 *.mov *.m4v *.webm);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+6"/>
        <source>Pasted image</source>
        <translation>Imagen pegada</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Imported {done} of {total}</source>
        <translation>Importados {done} de {total}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+11"/>
        <source>%n could not be imported</source>
        <translation>
            <numerusform>%Ln no se pudo importar</numerusform>
            <numerusform>%Ln no se pudieron importar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n new item(s) imported</source>
        <translation>
            <numerusform>%Ln elemento nuevo importado</numerusform>
            <numerusform>%Ln elementos nuevos importados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing new imported</source>
        <translation>No se importó nada nuevo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong: {what}</source>
        <translation>Algo salió mal: {what}</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>…and %n earlier message(s)</source>
        <translation>
            <numerusform>…y %Ln mensaje anterior</numerusform>
            <numerusform>…y %Ln mensajes anteriores</numerusform>
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
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Mention</source>
        <translation>Mención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Your reply waits to be sent</source>
        <translation>Tu respuesta está pendiente de envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You replied</source>
        <translation>Respondiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reply could not be sent</source>
        <translation>No se pudo enviar tu respuesta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %Ln min</numerusform>
            <numerusform>hace %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %Ln h</numerusform>
            <numerusform>hace %Ln h</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your post: {own_text}</source>
        <translation>Tu publicación: {own_text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mentioned you</source>
        <translation>Te mencionó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quoted your post</source>
        <translation>Citó tu publicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commented on your post</source>
        <translation>Comentó tu publicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied to you</source>
        <translation>Te respondió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new conversation</source>
        <translation>Una conversación nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies to a post</source>
        <translation>Respuestas a una publicación</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/inbox/delegate.py" line="-8"/>
        <location filename="../src/postdesk/ui/inbox/models.py" line="+9"/>
        <source>%n unread</source>
        <extracomment>Geometry, in device-independent pixels.</extracomment>
        <translation>
            <numerusform>%Ln sin leer</numerusform>
            <numerusform>%Ln sin leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/inbox/models.py" line="+8"/>
        <source>Conversation on {network}, %n unread: {text}</source>
        <translation>
            <numerusform>Conversación en {network}, %Ln sin leer: {text}</numerusform>
            <numerusform>Conversación en {network}, %Ln sin leer: {text}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unread</source>
        <translation>sin leer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read</source>
        <translation>leído</translation>
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
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="+15"/>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account filter</source>
        <translation>Filtro de cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Network:</source>
        <translation>&amp;Red:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network filter</source>
        <translation>Filtro de red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind filter</source>
        <translation>Filtro de tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All networks</source>
        <translation>Todas las redes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unread only</source>
        <translation>Solo &amp;no leídos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show unread items only</source>
        <translation>Mostrar solo los elementos no leídos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No&amp;tify me about new items</source>
        <translation>&amp;Avisarme de elementos nuevos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notify me about new items for the account shown</source>
        <translation>Avisarme de elementos nuevos de la cuenta mostrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an account above to change this for it</source>
        <translation>Elige una cuenta arriba para cambiar esto en ella</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+319"/>
        <source>&amp;Check now</source>
        <translation>Compro&amp;bar ahora</translation>
    </message>
    <message>
        <location line="-318"/>
        <source>Check all inboxes now</source>
        <translation>Comprobar ahora todas las bandejas de entrada</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrow keys move between messages; Enter writes a reply to the selected one.</source>
        <translation>Las flechas te mueven entre mensajes; Intro escribe una respuesta al seleccionado.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Selected item</source>
        <translation>Elemento seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+386"/>
        <source>Mark &amp;read</source>
        <translation>Marcar como &amp;leído</translation>
    </message>
    <message>
        <location line="-385"/>
        <source>Mark the selected item read or unread</source>
        <translation>Marcar el elemento seleccionado como leído o no leído</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open in browser</source>
        <translation>Abrir en el na&amp;vegador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected item in the browser</source>
        <translation>Abrir el elemento seleccionado en el navegador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Like</source>
        <translation>&amp;Me gusta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Like the selected item on its network</source>
        <translation>Dar me gusta al elemento seleccionado en su red</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete my reply</source>
        <translation>&amp;Eliminar mi respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete your reply to the selected item on its network</source>
        <translation>Eliminar tu respuesta al elemento seleccionado en su red</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the selected reply on its network</source>
        <translation>Ocultar la respuesta seleccionada en su red</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete co&amp;mment…</source>
        <translation>Eliminar comentar&amp;io…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected comment from your post on its network</source>
        <translation>Eliminar el comentario seleccionado de tu publicación en su red</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark every listed item read</source>
        <translation>Marcar como leídos todos los elementos de la lista</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re&amp;ply:</source>
        <translation>Res&amp;puesta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply text</source>
        <translation>Texto de la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a reply…</source>
        <translation>Escribe una respuesta…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reply status</source>
        <translation>Estado de la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send reply</source>
        <translation>Enviar re&amp;spuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the reply</source>
        <translation>Enviar la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the reply (Ctrl+Return)</source>
        <translation>Enviar la respuesta (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Inboxes Postdesk cannot read</source>
        <translation>Bandejas de entrada que Postdesk no puede leer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Reconnect…</source>
        <translation>&amp;Volver a conectar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect the account</source>
        <translation>Volver a conectar la cuenta</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>{account} needs to be reconnected: its replies can&apos;t be read or answered until you sign in again.</source>
        <translation>Hay que volver a conectar {account}: sus respuestas no se pueden leer ni contestar hasta que vuelvas a iniciar sesión.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n accounts need to be reconnected: their replies can&apos;t be read until you sign in again.</source>
        <translation>
            <numerusform>Hay que volver a conectar %Ln cuenta: sus respuestas no se pueden leer hasta que vuelvas a iniciar sesión.</numerusform>
            <numerusform>Hay que volver a conectar %Ln cuentas: sus respuestas no se pueden leer hasta que vuelvas a iniciar sesión.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connect an account to see replies here</source>
        <translation>Conecta una cuenta para ver aquí las respuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions, replies, quotes and comments from every account arrive in this one list.</source>
        <translation>Las menciones, respuestas, citas y comentarios de todas las cuentas llegan a esta única lista.</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Mark all &amp;read</source>
        <translation>Marcar to&amp;do como leído</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>C&amp;onnect an account…</source>
        <translation>C&amp;onectar una cuenta…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing matches these filters</source>
        <translation>Nada coincide con estos filtros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Show everything</source>
        <translation>&amp;Mostrar todo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No replies yet</source>
        <translation>Aún no hay respuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When someone mentions or answers you, it shows up here.</source>
        <translation>Cuando alguien te mencione o te responda, aparecerá aquí.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The inbox could not be read.</source>
        <translation>No se pudo leer la bandeja de entrada.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{account}: {state}</source>
        <translation>{account}: {state}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>LinkedIn shows the comments on a member&apos;s own posts only to apps it has approved, so they cannot appear here. Comments on the posts of a LinkedIn page you manage do.</source>
        <translation>LinkedIn solo muestra los comentarios de las publicaciones propias de un miembro a las apps que ha aprobado, así que no pueden aparecer aquí. Los comentarios en las publicaciones de una página de LinkedIn que administras sí aparecen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This channel has no discussion group, so its posts take no comments. Link a group in the channel&apos;s settings (Discussion) to answer comments here.</source>
        <translation>Este canal no tiene grupo de conversación, así que sus publicaciones no admiten comentarios. Vincula un grupo en los ajustes del canal (Conversación) para contestar comentarios aquí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your bot cannot read the channel&apos;s discussion group. Add the bot to the group as an admin (or turn its privacy mode off with /setprivacy in @BotFather, then add it to the group again).</source>
        <translation>Tu bot no puede leer el grupo de conversación del canal. Añade el bot al grupo como administrador (o desactiva su modo de privacidad con /setprivacy en @BotFather y vuelve a añadirlo al grupo).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another program or a webhook receives your bot&apos;s messages, so Postdesk cannot read the comments. Give Postdesk a bot of its own.</source>
        <translation>Otro programa o un webhook recibe los mensajes de tu bot, así que Postdesk no puede leer los comentarios. Dale a Postdesk un bot propio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk cannot read this inbox.</source>
        <translation>Postdesk no puede leer esta bandeja de entrada.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The setting could not be saved.</source>
        <translation>No se pudo guardar el ajuste.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{kind} — {who} on {network}</source>
        <translation>{kind}: {who} en {network}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Mark un&amp;read</source>
        <translation>Marcar como no &amp;leído</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{length} of {limit} characters</source>
        <translation>{length} de {limit} caracteres</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Liking…</source>
        <translation>Dando me gusta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liked.</source>
        <translation>Te gusta.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deleting your reply…</source>
        <translation>Eliminando tu respuesta…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your reply was deleted.</source>
        <translation>Se eliminó tu respuesta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hiding…</source>
        <translation>Ocultando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hidden on the network.</source>
        <translation>Oculto en la red.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete this comment?</source>
        <translation>¿Eliminar este comentario?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {who}&apos;s comment from your post on {network}? Nobody will see it there any more.</source>
        <translation>¿Eliminar el comentario de {who} de tu publicación en {network}? Ya nadie lo verá allí.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete comment</source>
        <translation>Eliminar comentario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the comment</source>
        <translation>Eliminar el comentario</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleting the comment…</source>
        <translation>Eliminando el comentario…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The comment was deleted.</source>
        <translation>Se eliminó el comentario.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The comment was not deleted: reconnect the account and try again.</source>
        <translation>No se eliminó el comentario: vuelve a conectar la cuenta e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment was not deleted: the network asks to wait a little. Try again later.</source>
        <translation>No se eliminó el comentario: la red pide esperar un poco. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network refused to delete this comment (it may not be on one of your posts).</source>
        <translation>La red se negó a eliminar este comentario (puede que no esté en una de tus publicaciones).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The comment was not deleted: the network could not be reached. Try again when you are online.</source>
        <translation>No se eliminó el comentario: no se pudo acceder a la red. Vuelve a intentarlo cuando tengas conexión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment could not be deleted.</source>
        <translation>No se pudo eliminar el comentario.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reply queued; it goes out as soon as the network allows.</source>
        <translation>Respuesta en cola; saldrá en cuanto la red lo permita.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The engine is not running.</source>
        <translation>El motor no está en marcha.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That did not work: {error}</source>
        <translation>No funcionó: {error}</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="-250"/>
        <source>Likes</source>
        <extracomment>What an unknown count shows (an en dash: &quot;the network does not say&quot;).</extracomment>
        <translation>Me gusta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reposts</source>
        <translation>Reposts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement</source>
        <translation>Interacción</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%Ln like(s)</source>
        <translation>
            <numerusform>%Ln me gusta</numerusform>
            <numerusform>%Ln me gusta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln repost(s)</source>
        <translation>
            <numerusform>%Ln repost</numerusform>
            <numerusform>%Ln reposts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln reply(s)</source>
        <translation>
            <numerusform>%Ln respuesta</numerusform>
            <numerusform>%Ln respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln quote(s)</source>
        <translation>
            <numerusform>%Ln cita</numerusform>
            <numerusform>%Ln citas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln view(s)</source>
        <translation>
            <numerusform>%Ln vista</numerusform>
            <numerusform>%Ln vistas</numerusform>
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
        <translation>{day} a las {hour}</translation>
    </message>
</context>
<context>
    <name>InsightsPane</name>
    <message>
        <location filename="../src/postdesk/app.py" line="-38"/>
        <location line="+40"/>
        <location filename="../src/postdesk/ui/insights/view.py" line="+148"/>
        <source>Insights</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="-70"/>
        <source>Export Insights</source>
        <extracomment>Preset periods, in days; the last entry of the picker is &quot;Custom dates&quot;.</extracomment>
        <translation>Exportar estadísticas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom dates</source>
        <translation>Fechas personalizadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualizar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the latest numbers from the networks now</source>
        <translation>Leer ahora las cifras más recientes de las redes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export this period&apos;s posts to a CSV file</source>
        <translation>Exportar las publicaciones de este periodo a un archivo CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insights status</source>
        <translation>Estado de las estadísticas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Totals per account and network</source>
        <translation>Totales por cuenta y red</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your best times</source>
        <translation>Tus mejores horas</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+45"/>
        <location line="+150"/>
        <source>Engagement per day</source>
        <translation>Interacción por día</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Engagement by weekday and hour</source>
        <translation>Interacción por día de la semana y hora</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rank top posts by</source>
        <translation>Ordenar mejores publicaciones por</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>Top posts</source>
        <translation>Mejores publicaciones</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best weekdays and hours</source>
        <translation>Mejores días y horas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rank by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing published yet. Once your first post goes out, Postdesk reads its likes, reposts and replies here, and learns your best days and hours.</source>
        <translation>Aún no has publicado nada. Cuando salga tu primera publicación, Postdesk leerá aquí sus me gusta, reposts y respuestas, y aprenderá cuáles son tus mejores días y horas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No published posts yet</source>
        <translation>Aún no hay publicaciones publicadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write a post</source>
        <translation>Es&amp;cribir una publicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your first post</source>
        <translation>Escribe tu primera publicación</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Your posts do best on: {times}.</source>
        <translation>Tus publicaciones funcionan mejor: {times}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your best times show here once your posts have numbers.</source>
        <translation>Tus mejores horas aparecerán aquí cuando tus publicaciones tengan cifras.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Insights could not be loaded. Your posts are safe; try again.</source>
        <translation>No se pudieron cargar las estadísticas. Tus publicaciones están a salvo; vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Numbers are read while Postdesk&apos;s publishing is running; it is not running now.</source>
        <translation>Las cifras se leen mientras la publicación de Postdesk está en marcha; ahora no lo está.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the latest numbers…</source>
        <translation>Leyendo las cifras más recientes…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Updated %n post(s).</source>
        <translation>
            <numerusform>Se actualizó %Ln publicación.</numerusform>
            <numerusform>Se actualizaron %Ln publicaciones.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A network asked Postdesk to wait; it tries again later.</source>
        <translation>Una red pidió a Postdesk que esperara; lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An account needs reconnecting before its numbers can be read.</source>
        <translation>Hay que volver a conectar una cuenta para poder leer sus cifras.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The networks could not be asked now. Try again in a moment.</source>
        <translation>No se pudo consultar a las redes ahora. Vuelve a intentarlo dentro de un momento.</translation>
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
            <numerusform>Se exportó %Ln publicación a {name}.</numerusform>
            <numerusform>Se exportaron %Ln publicaciones a {name}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file could not be written. Choose another folder and try again.</source>
        <translation>No se pudo guardar el archivo. Elige otra carpeta y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>InstagramOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_options.py" line="+35"/>
        <source>Kind of Instagram post</source>
        <translation>Tipo de publicación de Instagram</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post (one photo, video, or a carousel of up to 10)</source>
        <translation>Publicación (una foto, un vídeo o un carrusel de hasta 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reel (one vertical video)</source>
        <translation>Reel (un vídeo vertical)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Story (one photo or video, 24 hours)</source>
        <translation>Historia (una foto o un vídeo, 24 horas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post &amp;as:</source>
        <translation>Publicar &amp;como:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also show the Reel in the &amp;feed</source>
        <translation>Mostrar también el reel en el &amp;feed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reel cover frame, seconds into the video</source>
        <translation>Fotograma de portada del reel, en segundos desde el inicio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instagram picks</source>
        <translation>Lo elige Instagram</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;ver frame:</source>
        <translation>&amp;Portada:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instagram collaborators</source>
        <translation>Colaboradores de Instagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to 3 usernames, e.g. @friend, @studio</source>
        <translation>Hasta 3 nombres de usuario, p. ej., @amigo, @estudio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;llaborators:</source>
        <translation>Co&amp;laboradores:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instagram location (Facebook Page ID)</source>
        <translation>Ubicación de Instagram (ID de página de Facebook)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the ID of a Facebook Page with a location</source>
        <translation>Opcional: el ID de una página de Facebook con ubicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loca&amp;tion:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;rop photos to fit Instagram (4:5 to 1.91:1)</source>
        <translation>&amp;Recortar fotos para ajustar a Instagram (de 4:5 a 1,91:1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos taller than 4:5 or wider than 1.91:1 are cut to the nearest shape Instagram takes, keeping the middle.</source>
        <translation>Las fotos más altas que 4:5 o más anchas que 1,91:1 se recortan a la forma más cercana que acepta Instagram, conservando el centro.</translation>
    </message>
</context>
<context>
    <name>InstagramPreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_preview.py" line="+124"/>
        <source>Carousel position</source>
        <translation>Posición en el carrusel</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Instagram shows your photo or video here</source>
        <translation>Instagram muestra aquí tu foto o vídeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you</source>
        <translation>tú</translation>
    </message>
</context>
<context>
    <name>LibraryFilterBar</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/filter_bar.py" line="+31"/>
        <source>Search names, tags and alt text</source>
        <translation>Buscar nombres, etiquetas y texto alternativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All media</source>
        <translation>Toda la multimedia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIFs</source>
        <translation>GIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Videos</source>
        <translation>Vídeos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>All folders</source>
        <translation>Todas las carpetas</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest first</source>
        <translation>Más antiguos primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date taken</source>
        <translation>Fecha de captura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest</source>
        <translation>Más grandes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Favourites</source>
        <translation>&amp;Favoritos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only favourites</source>
        <translation>Solo favoritos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import files</source>
        <translation>Importar archivos</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No folder</source>
        <translation>Sin carpeta</translation>
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
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Couldn&apos;t open your last draft; starting a new one.</source>
        <translation>No se pudo abrir tu último borrador; empezando uno nuevo.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>New post</source>
        <translation>Nueva publicación</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Couldn&apos;t save: disk is full — your text is still here. Retrying…</source>
        <translation>No se pudo guardar: el disco está lleno. Tu texto sigue aquí. Reintentando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Couldn&apos;t save: the database is not available — your text is still here. Retrying…</source>
        <translation>No se pudo guardar: la base de datos no está disponible. Tu texto sigue aquí. Reintentando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Couldn&apos;t save — your text is still here. Retrying…</source>
        <translation>No se pudo guardar. Tu texto sigue aquí. Reintentando…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Opening the post…</source>
        <translation>Abriendo la publicación…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+26"/>
        <source>That post no longer exists.</source>
        <translation>Esa publicación ya no existe.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Couldn&apos;t open that post; the one you were writing is still here.</source>
        <translation>No se pudo abrir esa publicación; la que estabas escribiendo sigue aquí.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copying the post…</source>
        <translation>Copiando la publicación…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This post was also changed elsewhere; the changes you made here were kept.</source>
        <translation>Esta publicación también se cambió en otro lugar; se conservaron los cambios que hiciste aquí.</translation>
    </message>
</context>
<context>
    <name>LoadingPane</name>
    <message>
        <location filename="../src/postdesk/ui/main_window.py" line="+69"/>
        <source>Opening your posts…</source>
        <extracomment>How long a problem stays in the status bar.</extracomment>
        <translation>Abriendo tus publicaciones…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postdesk is opening your posts. This takes a moment.</source>
        <translation>Postdesk está abriendo tus publicaciones. Tardará un momento.</translation>
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
        <translation>Secciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a section. Ctrl+1 to Ctrl+{last} jump straight to one.</source>
        <translation>Elige una sección. Ctrl+1 a Ctrl+{last} llevan directamente a cada una.</translation>
    </message>
    <message numerus="yes">
        <location line="+173"/>
        <source>{title}, %n unread</source>
        <translation>
            <numerusform>{title}, %Ln sin leer</numerusform>
            <numerusform>{title}, %Ln sin leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MastodonOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/mastodon_options.py" line="+58"/>
        <source>Language of the Mastodon post</source>
        <translation>Idioma de la publicación de Mastodon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mastodon shows the post to people who read this language.</source>
        <translation>Mastodon muestra la publicación a quienes leen este idioma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your server&apos;s default</source>
        <translation>El predeterminado de tu servidor</translation>
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
        <translation>&amp;Multimedia para {network}:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachments sent to {network}</source>
        <translation>Adjuntos enviados a {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick an attachment to leave it out of the {network} post.</source>
        <translation>Desmarca un adjunto para dejarlo fuera de la publicación de {network}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;rop for {network}…</source>
        <translation>&amp;Recortar para {network}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crop the chosen image for {network} only</source>
        <translation>Recortar la imagen elegida solo para {network}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Video {n}</source>
        <translation>Vídeo {n}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image {n}</source>
        <translation>Imagen {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cropped image</source>
        <translation>Imagen recortada</translation>
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
        <translation>“{name}” ya no está ahí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” could not be read (is it a folder or locked?).</source>
        <translation>No se pudo leer “{name}” (¿es una carpeta o está bloqueado?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” is empty.</source>
        <translation>“{name}” está vacío.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is not a picture or video Postdesk can use (JPEG, PNG, WebP, GIF, HEIC, MP4, MOV, WebM).</source>
        <translation>“{name}” no es una imagen ni un vídeo que Postdesk pueda usar (JPEG, PNG, WebP, GIF, HEIC, MP4, MOV, WebM).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” is damaged or incomplete and could not be opened.</source>
        <translation>“{name}” está dañado o incompleto y no se pudo abrir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” has far too many pixels to open safely, so it was skipped.</source>
        <translation>“{name}” tiene demasiados píxeles para abrirlo con seguridad, así que se omitió.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” is larger than 4 GB, the most Postdesk imports.</source>
        <translation>“{name}” ocupa más de 4 GB, el máximo que importa Postdesk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full: “{name}” could not be saved.</source>
        <translation>El disco está lleno: no se pudo guardar “{name}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk&apos;s data folder cannot be written to: “{name}” was not saved.</source>
        <translation>No se puede escribir en la carpeta de datos de Postdesk: “{name}” no se guardó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” was not imported: you cancelled.</source>
        <translation>“{name}” no se importó: lo cancelaste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” could not be imported because of an unexpected problem; the rest carried on.</source>
        <translation>No se pudo importar “{name}” por un problema inesperado; el resto continuó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” was already in your library.</source>
        <translation>“{name}” ya estaba en tu biblioteca.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is named like another kind of file; it was imported as what it really is.</source>
        <translation>“{name}” tiene el nombre de otro tipo de archivo; se importó como lo que realmente es.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” contains the place where it was taken; that location is removed from what you publish.</source>
        <translation>“{name}” contiene el lugar donde se tomó; esa ubicación se quita de lo que publicas.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Video, {length} long</source>
        <translation>Vídeo de {length}</translation>
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
        <translation>Aún sin texto alternativo</translation>
    </message>
</context>
<context>
    <name>MediaLibraryPane</name>
    <message>
        <location filename="../src/postdesk/app.py" line="-35"/>
        <location line="+36"/>
        <source>Media</source>
        <translation>Multimedia</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="+176"/>
        <source>Storage used</source>
        <extracomment>Background request keys: a newer request with the same key wins (see `BackgroundRunner`).</extracomment>
        <translation>Espacio usado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove &amp;location from published photos</source>
        <translation>Quitar la &amp;ubicación de las fotos publicadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove location from published photos</source>
        <translation>Quitar la ubicación de las fotos publicadas</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%Ln elemento</numerusform>
            <numerusform>%Ln elementos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{size} stored</source>
        <translation>{size} almacenados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No items yet</source>
        <translation>Aún no hay elementos</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>This is used in %n post(s). Deleting it also removes it from them. Delete?</source>
        <translation>
            <numerusform>Se usa en %Ln publicación. Si lo eliminas, también se quitará de ella. ¿Eliminar?</numerusform>
            <numerusform>Se usa en %Ln publicaciones. Si lo eliminas, también se quitará de ellas. ¿Eliminar?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n item(s) from the library? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar %Ln elemento de la biblioteca? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar %Ln elementos de la biblioteca? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete media</source>
        <translation>Eliminar multimedia</translation>
    </message>
</context>
<context>
    <name>MediaPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/media_part.py" line="+85"/>
        <source>Attach images</source>
        <translation>Adjuntar imágenes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images ({patterns})</source>
        <translation>Imágenes ({patterns})</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Adding images…</source>
        <translation>Añadiendo imágenes…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Some images are no longer in the media library and were not attached.</source>
        <translation>Algunas imágenes ya no están en la biblioteca multimedia y no se adjuntaron.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Couldn&apos;t read {files} as images.</source>
        <translation>No se pudieron leer {files} como imágenes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Couldn&apos;t add the images; the files were not changed.</source>
        <translation>No se pudieron añadir las imágenes; los archivos no se modificaron.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Couldn&apos;t save the image description; it is kept here.</source>
        <translation>No se pudo guardar la descripción de la imagen; se conserva aquí.</translation>
    </message>
</context>
<context>
    <name>MediaPreviewDialog</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/preview_dialog.py" line="+204"/>
        <source>Preview of “{name}”</source>
        <translation>Vista previa de “{name}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the picture…</source>
        <translation>Cargando la imagen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>What each network receives</source>
        <translation>Qué recibe cada red</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>MediaStrip</name>
    <message>
        <location filename="../src/postdesk/ui/composer/media_strip.py" line="+142"/>
        <source>Attached images</source>
        <translation>Imágenes adjuntas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Left and Alt+Right move the selected image</source>
        <translation>Alt+Izquierda y Alt+Derecha mueven la imagen seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag an image, or press Alt+Left / Alt+Right, to change the order</source>
        <translation>Arrastra una imagen o pulsa Alt+Izquierda / Alt+Derecha para cambiar el orden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;ttach images…</source>
        <translation>Ad&amp;juntar imágenes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach images</source>
        <translation>Adjuntar imágenes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move image</source>
        <translation>&amp;Quitar imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected image</source>
        <translation>Quitar la imagen seleccionada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Descr&amp;iption (alt text):</source>
        <translation>Descr&amp;ipción (texto alternativo):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description of the selected image, for people who cannot see it</source>
        <translation>Descripción de la imagen seleccionada, para las personas que no pueden verla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is in the picture?</source>
        <translation>¿Qué hay en la imagen?</translation>
    </message>
</context>
<context>
    <name>MediaStripModel</name>
    <message>
        <location filename="../src/postdesk/ui/composer/models.py" line="-64"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No description yet</source>
        <translation>Aún sin descripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no description</source>
        <translation>sin descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image {n}: {alt}</source>
        <translation>Imagen {n}: {alt}</translation>
    </message>
</context>
<context>
    <name>NetworkCrops</name>
    <message>
        <location filename="../src/postdesk/ui/composer/media_choice_crop.py" line="+61"/>
        <source>That image is no longer in the media library.</source>
        <translation>Esa imagen ya no está en la biblioteca multimedia.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>for {network}</source>
        <translation>para {network}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The crop could not be saved. Try again in a moment.</source>
        <translation>No se pudo guardar el recorte. Vuelve a intentarlo dentro de un momento.</translation>
    </message>
</context>
<context>
    <name>NetworkTile</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/preview_dialog.py" line="-138"/>
        <source>Any shape</source>
        <extracomment>The larger picture&apos;s box: the tiles below it are what the dialog is for, so it stays modest.</extracomment>
        <translation>Cualquier forma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best shape {ratio}</source>
        <translation>Forma ideal {ratio}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shaded part falls outside the shape {network} shows best. Crop or rotate… makes a copy in it.</source>
        <translation>La parte sombreada queda fuera de la forma que {network} muestra mejor. Recortar o girar… crea una copia con esa forma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
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
        <translation>Demasiado grande para {network}</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/body.py" line="-12"/>
        <source>Calendar message</source>
        <translation>Mensaje del calendario</translation>
    </message>
</context>
<context>
    <name>PartsEditor</name>
    <message>
        <location filename="../src/postdesk/ui/composer/parts_editor.py" line="+192"/>
        <source>&amp;Add part</source>
        <extracomment>File suffixes accepted as images when dropped. Background of text that does not fit; translucent so it reads in light and dark themes.</extracomment>
        <translation>&amp;Añadir parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a thread part</source>
        <translation>Añadir una parte al hilo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;plit into thread</source>
        <translation>&amp;Dividir en hilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split the text into a thread automatically</source>
        <translation>Dividir el texto en un hilo automáticamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split at sentence boundaries so every part fits</source>
        <translation>Dividir al final de las frases para que quepa cada parte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Join parts</source>
        <translation>&amp;Unir partes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join all thread parts into one text</source>
        <translation>Unir todas las partes del hilo en un solo texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number parts (1/n)</source>
        <translation>Numerar partes (1/n)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add 1/n numbering when splitting</source>
        <translation>Añadir numeración 1/n al dividir</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Part {n} of {count}</source>
        <translation>Parte {n} de {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove part {n}</source>
        <translation>Quitar la parte {n}</translation>
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
        <translation>Tablero de Pinterest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a board</source>
        <translation>Elige un tablero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New board…</source>
        <translation>Nuevo tablero…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new Pinterest board</source>
        <translation>Crear un tablero nuevo en Pinterest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the boards from Pinterest again</source>
        <translation>Volver a leer los tableros desde Pinterest</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Board:</source>
        <translation>&amp;Tablero:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Board section</source>
        <translation>Sección del tablero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New section…</source>
        <translation>Nueva sección…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new section on the board</source>
        <translation>Crear una sección nueva en el tablero</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ection:</source>
        <translation>Se&amp;cción:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Destination link</source>
        <translation>Enlace de destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://… where the Pin leads (optional)</source>
        <translation>https://… adonde lleva el pin (opcional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Link:</source>
        <translation>&amp;Enlace:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose cover…</source>
        <translation>Elegir portada…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the video&apos;s cover image</source>
        <translation>Elegir la imagen de portada del vídeo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a frame</source>
        <translation>Usar un fotograma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a frame of the video as its cover</source>
        <translation>Usar un fotograma del vídeo como portada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Video &amp;cover:</source>
        <translation>&amp;Portada del vídeo:</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Reading your boards from Pinterest…</source>
        <translation>Leyendo tus tableros desde Pinterest…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pinterest did not answer: {reason}. Try Refresh in a moment.</source>
        <translation>Pinterest no respondió: {reason}. Prueba Actualizar dentro de un momento.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This account has no boards yet: make one with New board….</source>
        <translation>Esta cuenta aún no tiene tableros: crea uno con Nuevo tablero….</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (secret)</source>
        <translation> (secreto)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No section</source>
        <translation>Sin sección</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Section {id}</source>
        <translation>Sección {id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New board</source>
        <translation>Nuevo tablero</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new board:</source>
        <translation>Nombre del tablero nuevo:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Making the board “{name}” on Pinterest…</source>
        <translation>Creando el tablero “{name}” en Pinterest…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New section</source>
        <translation>Nueva sección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new section:</source>
        <translation>Nombre de la sección nueva:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cover image for the video</source>
        <translation>Imagen de portada del vídeo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A frame of the video</source>
        <translation>Un fotograma del vídeo</translation>
    </message>
</context>
<context>
    <name>PollEditor</name>
    <message>
        <location filename="../src/postdesk/ui/composer/poll_editor.py" line="+53"/>
        <source>Add a p&amp;oll</source>
        <extracomment>A new poll runs one day, as on X and Mastodon&apos;s own apps.</extracomment>
        <translation>Añadir una &amp;encuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a poll to the {network} post</source>
        <translation>Añadir una encuesta a la publicación de {network}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choices:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poll length, days</source>
        <translation>Duración de la encuesta, días</translation>
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
        <translation>Duración de la encuesta, horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Poll length, minutes</source>
        <translation>Duración de la encuesta, minutos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs for:</source>
        <translation>Dura:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People may pick more than one</source>
        <translation>Se puede elegir más de una</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poll allows several choices</source>
        <translation>La encuesta permite varias opciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the results until it ends</source>
        <translation>Ocultar los resultados hasta que termine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the poll&apos;s results until it ends</source>
        <translation>Ocultar los resultados de la encuesta hasta que termine</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Poll choice {n}</source>
        <translation>Opción {n} de la encuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choice {n}</source>
        <translation>Opción {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choice {n} (optional)</source>
        <translation>Opción {n} (opcional)</translation>
    </message>
</context>
<context>
    <name>PostActions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/post_actions.py" line="+66"/>
        <source>Choose at least one network.</source>
        <translation>Elige al menos una red.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{first} (and {n} more networks with problems)</source>
        <translation>{first} (y {n} redes más con problemas)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Can&apos;t schedule yet: {reason}</source>
        <translation>Aún no se puede programar: {reason}</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>That time has already passed; pick a time in the future.</source>
        <translation>Esa hora ya ha pasado; elige una hora futura.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{networks} holds this post at its time. To change the time, take it back first (Cancel), then schedule it again.</source>
        <translation>{networks} retiene esta publicación hasta su hora. Para cambiar la hora, primero retírala (Cancelar) y luego vuelve a programarla.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Paused. Pick the new time, then press Schedule: it goes out then.</source>
        <translation>En pausa. Elige la nueva hora y pulsa Programar: saldrá entonces.</translation>
    </message>
</context>
<context>
    <name>PostControls</name>
    <message>
        <location filename="../src/postdesk/ui/composer/post_controls.py" line="+102"/>
        <source>Where this post stands with Postdesk&apos;s publisher</source>
        <extracomment>States the engine may pause or reschedule (not mid-request, not done).</extracomment>
        <translation>Estado de esta publicación en el publicador de Postdesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the post is waiting for</source>
        <translation>Qué espera la publicación</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Did it &amp;go out?…</source>
        <translation>¿&amp;Salió?…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say whether the post is on the network, or send it again</source>
        <translation>Indica si la publicación está en la red o vuelve a enviarla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause this post</source>
        <translation>Pausar esta publicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume this post</source>
        <translation>Reanudar esta publicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resc&amp;hedule…</source>
        <translation>Repro&amp;gramar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause this post and pick a new time</source>
        <translation>Pausar esta publicación y elegir una hora nueva</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never send this post (a hand-off is taken back)</source>
        <translation>No enviar nunca esta publicación (se retira si estaba entregada)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this post</source>
        <translation>Eliminar esta publicación</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Delete this post from Postdesk, or from the network too</source>
        <translation>Eliminar esta publicación de Postdesk, o también de la red</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Delete this post?</source>
        <translation>¿Eliminar esta publicación?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this post from Postdesk? It has not gone out, so nothing is on any network.</source>
        <translation>¿Eliminar esta publicación de Postdesk? No ha salido, así que no está en ninguna red.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Conservarla</translation>
    </message>
</context>
<context>
    <name>PostsModel</name>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="-117"/>
        <source>Not given by this network</source>
        <translation>Esta red no lo indica</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Publicación</translation>
    </message>
</context>
<context>
    <name>PreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/preview.py" line="+240"/>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you</source>
        <translation>tú</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>subreddit</source>
        <translation>subreddit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a board</source>
        <translation>un tablero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved to</source>
        <translation>Guardado en</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+3"/>
        <source>(No title yet)</source>
        <translation>(Aún sin título)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{network} shows your image or video here</source>
        <translation>{network} muestra aquí tu imagen o vídeo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Like  ·  Comment  ·  Repost  ·  Send</source>
        <translation>Recomendar  ·  Comentar  ·  Compartir  ·  Enviar</translation>
    </message>
</context>
<context>
    <name>PreviewFrame</name>
    <message>
        <location filename="../src/postdesk/ui/composer/previews/frame.py" line="+44"/>
        <source>&amp;Phone</source>
        <extracomment>The card&apos;s width in each mode (a phone&apos;s feed is ~390 px wide; a desktop feed column ~600).</extracomment>
        <translation>&amp;Móvil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview as on a phone</source>
        <translation>Vista previa como en un móvil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Desktop</source>
        <translation>&amp;Escritorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview as on a desktop</source>
        <translation>Vista previa como en un ordenador</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
</context>
<context>
    <name>PreviewPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/preview_part.py" line="+157"/>
        <source>Your name</source>
        <extracomment>How long after the last change the hidden tabs&apos; previews are brought up to date. The visible preview renders this long after the last keystroke... ...and at least this often while the user keeps typing. Told the post and the first sentences of the targets that have errors, after each refresh.</extracomment>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yourname</source>
        <translation>tunombre</translation>
    </message>
</context>
<context>
    <name>ProblemListModel</name>
    <message>
        <location filename="../src/postdesk/ui/composer/models.py" line="-135"/>
        <source>Error</source>
        <extracomment>Custom roles. Drag format of a row of the media strip being moved within the strip (its row number).</extracomment>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../src/postdesk/ui/error_words.py" line="+19"/>
        <source>The disk is full, so Postdesk could not save. Free some space; your work is still open.</source>
        <translation>El disco está lleno, así que Postdesk no pudo guardar. Libera espacio; tu trabajo sigue abierto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another program held Postdesk&apos;s database, so this did not finish. Try again in a moment.</source>
        <translation>Otro programa estaba usando la base de datos de Postdesk, así que esto no terminó. Vuelve a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your computer refused to read or write Postdesk&apos;s files. Check the disk, then try again.</source>
        <translation>Tu ordenador no permitió leer ni escribir los archivos de Postdesk. Comprueba el disco y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network did not answer in time. Postdesk will try again when you ask.</source>
        <translation>La red no respondió a tiempo. Postdesk lo volverá a intentar cuando se lo pidas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk could not finish what it was doing. Try again; if it keeps happening, the log in the data folder says what went wrong.</source>
        <translation>Postdesk no pudo terminar lo que estaba haciendo. Vuelve a intentarlo; si sigue ocurriendo, el registro de la carpeta de datos indica qué falló.</translation>
    </message>
</context>
<context>
    <name>QueueControls</name>
    <message>
        <location filename="../src/postdesk/ui/composer/queue_button.py" line="+30"/>
        <source>Add to &amp;queue…</source>
        <translation>Añadir a la &amp;cola…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the post to a queue: it takes the queue&apos;s next free time</source>
        <translation>Añadir la publicación a una cola: ocupa la siguiente hora libre de la cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the post the next free time of one of your queues</source>
        <translation>Dar a la publicación la siguiente hora libre de una de tus colas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened with the queue</source>
        <translation>Qué pasó con la cola</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No queue serves these accounts yet. Create one in Queues (its times, and which accounts use it), then add the post.</source>
        <translation>Aún no hay ninguna cola para estas cuentas. Crea una en Colas (sus horas y qué cuentas la usan) y luego añade la publicación.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That queue filled up meanwhile; the post stays as it was.</source>
        <translation>Esa cola se llenó mientras tanto; la publicación se queda como estaba.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added to “{queue}”: goes out {when}.</source>
        <translation>Añadida a “{queue}”: sale {when}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(The time shown was taken meanwhile, so it got the next one.)</source>
        <translation>(La hora mostrada se ocupó mientras tanto, así que se le asignó la siguiente).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk could not add the post to the queue just now. Nothing changed; try again.</source>
        <translation>Postdesk no pudo añadir la publicación a la cola en este momento. No se cambió nada; vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <location filename="../src/postdesk/ui/queues/models.py" line="+53"/>
        <source>{day} at {time}</source>
        <translation>{day} a las {time}</translation>
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
            <numerusform>%Ln franja por semana</numerusform>
            <numerusform>%Ln franjas por semana</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Goes out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Post</source>
        <translation>Publicación</translation>
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
        <translation>Colas</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="+19"/>
        <source>&amp;Queues</source>
        <translation>&amp;Colas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your queues</source>
        <translation>Tus colas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No queue yet. A queue is a set of weekly times (say Tuesday and Thursday at 9:00); “Add to queue” in the composer then gives a post the next free one.</source>
        <translation>Aún no hay colas. Una cola es un conjunto de horas semanales (por ejemplo, martes y jueves a las 9:00); después, “Añadir a la cola” en el editor da a una publicación la siguiente libre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New queue</source>
        <translation>&amp;Nueva cola</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a new queue</source>
        <translation>Crear una cola nueva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete queue</source>
        <translation>&amp;Eliminar cola</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the chosen queue</source>
        <translation>Eliminar la cola elegida</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Queue name</source>
        <translation>Nombre de la cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Weekday mornings</source>
        <translation>Por ejemplo: Mañanas entre semana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time zone the queue&apos;s times are in</source>
        <translation>Zona horaria de las horas de la cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day of the new time</source>
        <translation>Día de la nueva hora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time of the new slot</source>
        <translation>Hora de la nueva franja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add time</source>
        <translation>&amp;Añadir hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add this weekly time to the queue</source>
        <translation>Añadir esta hora semanal a la cola</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Weekly &amp;times:</source>
        <translation>&amp;Horas semanales:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weekly times of the queue</source>
        <translation>Horas semanales de la cola</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove time</source>
        <translation>&amp;Quitar hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the chosen weekly time</source>
        <translation>Quitar la hora semanal elegida</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;kipped dates:</source>
        <translation>&amp;Fechas omitidas:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accounts that use this queue</source>
        <translation>Cuentas que usan esta cola</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used &amp;by:</source>
        <translation>&amp;Usada por:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick none and every account may use it.</source>
        <translation>Si no marcas ninguna, todas las cuentas pueden usarla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save queue</source>
        <translation>&amp;Guardar cola</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the queue</source>
        <translation>Guardar la cola</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the queue still needs</source>
        <translation>Qué le falta a la cola</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What just happened</source>
        <translation>Qué acaba de pasar</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Give the queue a name.</source>
        <translation>Ponle un nombre a la cola.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one weekly time.</source>
        <translation>Añade al menos una hora semanal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a time zone from the list (for example Europe/Paris).</source>
        <translation>Elige una zona horaria de la lista (por ejemplo, Europe/Madrid).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved.</source>
        <translation>Guardada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another queue is already called “{name}”.</source>
        <translation>Ya hay otra cola llamada “{name}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The queue could not be saved. Nothing was lost; try again.</source>
        <translation>No se pudo guardar la cola. No se perdió nada; vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Queue deleted. Its posts keep their times.</source>
        <translation>Cola eliminada. Sus publicaciones conservan sus horas.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Time removed. %n post(s) moved to the next free times.</source>
        <translation>
            <numerusform>Hora quitada. %Ln publicación se movió a la siguiente hora libre.</numerusform>
            <numerusform>Hora quitada. %Ln publicaciones se movieron a las siguientes horas libres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time removed.</source>
        <translation>Hora quitada.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Shuffled: the same times, a new order.</source>
        <translation>Mezclada: las mismas horas, en un orden nuevo.</translation>
    </message>
</context>
<context>
    <name>QuoteField</name>
    <message>
        <location filename="../src/postdesk/ui/composer/quote_field.py" line="+42"/>
        <source>Address of the {network} post to quote</source>
        <translation>Dirección de la publicación de {network} que citar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the address of a {network} post: yours will show it inside. Optional.</source>
        <translation>Pega la dirección de una publicación de {network}: la tuya la mostrará dentro. Opcional.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Quote a post:</source>
        <translation>&amp;Citar una publicación:</translation>
    </message>
</context>
<context>
    <name>RedditOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/reddit_options.py" line="+102"/>
        <source>Your subreddits</source>
        <translation>Tus subreddits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one of your subreddits</source>
        <translation>Elige uno de tus subreddits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yo&amp;ur subreddits:</source>
        <translation>T&amp;us subreddits:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post flair</source>
        <translation>Flair de la publicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+143"/>
        <source>No flair</source>
        <translation>Sin flair</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>&amp;Flair:</source>
        <translation>&amp;Flair:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;NSFW (not safe for work)</source>
        <translation>&amp;NSFW (no apto para el trabajo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;poiler</source>
        <translation>S&amp;poiler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Marks:</source>
        <translation>Marcas:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link to post</source>
        <translation>Enlace que publicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://… makes a link post (optional)</source>
        <translation>https://… crea una publicación de enlace (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lin&amp;k:</source>
        <translation>&amp;Enlace:</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Reddit did not answer: {reason}. The subreddit&apos;s rules are checked again when the post goes out.</source>
        <translation>Reddit no respondió: {reason}. Las reglas del subreddit se vuelven a comprobar cuando sale la publicación.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading the rules of r/{name}…</source>
        <translation>Leyendo las reglas de r/{name}…</translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="+153"/>
        <source>Media relay</source>
        <extracomment>Services the form knows: (id, endpoint example, region example, path-style).</extracomment>
        <translation>Relé de medios</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Threads, Instagram and Google Business Profile (and TikTok, for photo posts) take photos and videos only from a web address. Postdesk puts each file in storage you own (an S3-compatible bucket) just before posting, gives the network a private link that stops working after {minutes} minutes, and deletes the file as soon as the network has it. Create a bucket and an access key that may read, write and delete in it, then fill in the form.</source>
        <translation>Threads, Instagram y Google Business Profile (y TikTok, en publicaciones de fotos) solo aceptan fotos y vídeos desde una dirección web. Justo antes de publicar, Postdesk coloca cada archivo en un almacenamiento tuyo (un bucket compatible con S3), da a la red un enlace privado que deja de funcionar a los {minutes} minutos y elimina el archivo en cuanto la red lo tiene. Crea un bucket y una clave de acceso que pueda leer, escribir y eliminar en él, y rellena el formulario.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Storage service</source>
        <translation>Servicio de almacenamiento</translation>
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
        <translation>Otro servicio compatible con S3 (MinIO, Garage…)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access key ID</source>
        <translation>ID de clave de acceso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret access key</source>
        <translation>Clave de acceso secreta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the bucket in the path (needed by MinIO, Garage and most self-hosted services)</source>
        <translation>Poner el bucket en la ruta (necesario para MinIO, Garage y la mayoría de los servicios autoalojados)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secret key is kept in your system&apos;s keyring, never in Postdesk&apos;s files.</source>
        <translation>La clave secreta se guarda en el llavero del sistema, nunca en los archivos de Postdesk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bucket:</source>
        <translation>&amp;Bucket:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access &amp;key ID:</source>
        <translation>ID de &amp;clave de acceso:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret access ke&amp;y:</source>
        <translation>Cla&amp;ve de acceso secreta:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Servicio:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Test the rel&amp;ay</source>
        <translation>Probar el re&amp;lé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the relay</source>
        <translation>Quitar el relé</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Kept in the keyring (type to replace it)</source>
        <translation>Guardada en el llavero (escribe para sustituirla)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set up: media for Threads goes through the bucket “{bucket}”.</source>
        <translation>Configurado: la multimedia para Threads pasa por el bucket “{bucket}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not set up: posts to Threads can only be text.</source>
        <translation>Sin configurar: las publicaciones en Threads solo pueden ser de texto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave empty for Amazon S3</source>
        <translation>Déjalo vacío para Amazon S3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave the endpoint empty and give the bucket&apos;s region.</source>
        <translation>Deja el endpoint vacío e indica la región del bucket.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the S3 API address from the bucket&apos;s settings in Cloudflare; the region is “auto”.</source>
        <translation>Copia la dirección de la API de S3 desde los ajustes del bucket en Cloudflare; la región es “auto”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the bucket&apos;s S3 endpoint shown in Backblaze (it names the region).</source>
        <translation>Usa el endpoint S3 del bucket que muestra Backblaze (incluye la región).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the endpoint of the bucket&apos;s region, from Wasabi&apos;s list of service URLs.</source>
        <translation>Usa el endpoint de la región del bucket, de la lista de URL de servicio de Wasabi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the service&apos;s S3 address; most self-hosted services need the bucket in the path.</source>
        <translation>Usa la dirección S3 del servicio; la mayoría de los servicios autoalojados necesitan el bucket en la ruta.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+128"/>
        <source>Enter the secret access key.</source>
        <translation>Introduce la clave de acceso secreta.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Testing the relay…</source>
        <translation>Probando el relé…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The relay works. Save it, and Threads posts can include photos and videos.</source>
        <translation>El relé funciona. Guárdalo y las publicaciones de Threads podrán incluir fotos y vídeos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay does not work yet: fix what is said above and test again.</source>
        <translation>El relé aún no funciona: corrige lo indicado arriba y vuelve a probar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The keyring is locked or missing, so the secret key cannot be kept or read. Unlock it and try again.</source>
        <translation>El llavero está bloqueado o no existe, así que no se puede guardar ni leer la clave secreta. Desbloquéalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The relay settings could not be read or saved. Try again.</source>
        <translation>No se pudieron leer ni guardar los ajustes del relé. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✓ Uploaded a small test picture to the bucket.</source>
        <translation>✓ Se subió una pequeña imagen de prueba al bucket.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Fetched it back through a link that works for {minutes} minutes, as Threads will.</source>
        <translation>✓ Se volvió a descargar mediante un enlace válido durante {minutes} minutos, como hará Threads.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Deleted it again.</source>
        <translation>✓ Se volvió a eliminar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✗ Could not fetch it back through the link (the service answered {status}). Check the endpoint and the region.</source>
        <translation>✗ No se pudo volver a descargar mediante el enlace (el servicio respondió {status}). Comprueba el endpoint y la región.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✗ Could not delete it: the access key needs permission to delete objects, or copies would stay in the bucket.</source>
        <translation>✗ No se pudo eliminar: la clave de acceso necesita permiso para eliminar objetos; si no, quedarían copias en el bucket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✗ Could not upload the test picture:</source>
        <translation>✗ No se pudo subir la imagen de prueba:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Could not fetch it back:</source>
        <translation>✗ No se pudo volver a descargar:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The endpoint must be a web address starting with https://.</source>
        <translation>El endpoint debe ser una dirección web que empiece por https://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use an https:// endpoint: plain http would send your files and keys unprotected.</source>
        <translation>Usa un endpoint https://: con http sin cifrar, tus archivos y claves se enviarían sin protección.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the bucket&apos;s name.</source>
        <translation>Introduce el nombre del bucket.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A bucket name has 3 to 63 lower-case letters, digits, dots or hyphens.</source>
        <translation>Un nombre de bucket tiene de 3 a 63 letras minúsculas, cifras, puntos o guiones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The region is a short name such as us-east-1 or auto.</source>
        <translation>La región es un nombre corto, como us-east-1 o auto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the access key ID.</source>
        <translation>Introduce el ID de la clave de acceso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service did not answer. Check the endpoint and your connection.</source>
        <translation>el servicio no respondió. Comprueba el endpoint y tu conexión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service is busy or failing right now. Try again in a minute.</source>
        <translation>el servicio está ocupado o fallando ahora mismo. Vuelve a intentarlo dentro de un minuto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this bucket does not exist at this endpoint. Check its name and region.</source>
        <translation>este bucket no existe en este endpoint. Comprueba su nombre y su región.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the service refused the access key. Check the key ID and the secret, and that the key may write to this bucket.</source>
        <translation>el servicio rechazó la clave de acceso. Comprueba el ID de la clave y el secreto, y que la clave pueda escribir en este bucket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the keyring is locked or missing, so the secret key cannot be read.</source>
        <translation>el llavero está bloqueado o no existe, así que no se puede leer la clave secreta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the bucket and the access key first.</source>
        <translation>Primero rellena el bucket y la clave de acceso.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the service refused ({detail}).</source>
        <translation>el servicio lo rechazó ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service refused.</source>
        <translation>el servicio lo rechazó.</translation>
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
        <translation>Repetir esta publicación cada pocos días o semanas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How this post repeats</source>
        <translation>Cómo se repite esta publicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop repeatin&amp;g</source>
        <translation>&amp;Dejar de repetir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop repeating: the repeats not yet sent are removed</source>
        <translation>Dejar de repetir: se quitan las repeticiones aún no enviadas</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>Repeating stopped. %n repeat(s) not yet sent were removed.</source>
        <translation>
            <numerusform>Se dejó de repetir. Se quitó %Ln repetición aún no enviada.</numerusform>
            <numerusform>Se dejó de repetir. Se quitaron %Ln repeticiones aún no enviadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeating stopped.</source>
        <translation>Se dejó de repetir.</translation>
    </message>
</context>
<context>
    <name>RepeatDialog</name>
    <message numerus="yes">
        <location line="-224"/>
        <source>every %n week(s)</source>
        <translation>
            <numerusform>cada %Ln semana</numerusform>
            <numerusform>cada %Ln semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>cada %Ln día</numerusform>
            <numerusform>cada %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until you stop it</source>
        <translation>hasta que la detengas</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n more time(s)</source>
        <translation>
            <numerusform>%Ln vez más</numerusform>
            <numerusform>%Ln veces más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeats {every}, {times}</source>
        <translation>Se repite {every}, {times}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>with %n variation(s)</source>
        <translation>
            <numerusform>con %Ln variación</numerusform>
            <numerusform>con %Ln variaciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeating stopped</source>
        <translation>Repetición detenida</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Repeat this post</source>
        <translation>Repetir esta publicación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many days or weeks between two posts</source>
        <translation>Cuántos días o semanas entre dos publicaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days or weeks</source>
        <translation>Días o semanas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat &amp;every:</source>
        <translation>Repetir &amp;cada:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;This many more times:</source>
        <translation>&amp;Tantas veces más:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many more times</source>
        <translation>Cuántas veces más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until I &amp;stop it</source>
        <translation>Hasta que la &amp;detenga</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Networks refuse a post identical to an earlier one. Add a few variations: each repeat uses the next text in turn, then the post&apos;s own again.</source>
        <translation>Las redes rechazan una publicación idéntica a otra anterior. Añade algunas variaciones: cada repetición usa el siguiente texto por turnos y luego vuelve al de la publicación.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text variations, used in turn</source>
        <translation>Variaciones de texto, usadas por turnos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a variation</source>
        <translation>&amp;Añadir una variación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a text variation</source>
        <translation>Añadir una variación de texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove variation</source>
        <translation>&amp;Quitar variación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen variation</source>
        <translation>Quitar la variación elegida</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;peat</source>
        <translation>Re&amp;petir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the repeat</source>
        <translation>Guardar la repetición</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../src/postdesk/ui/csv_import/model.py" line="+73"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported?</source>
        <translation>¿Importada?</translation>
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
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, as a draft</source>
        <translation>Sí, como borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No time: a draft</source>
        <translation>Sin hora: borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
</context>
<context>
    <name>ScheduleBar</name>
    <message>
        <location filename="../src/postdesk/ui/composer/schedule_bar.py" line="+61"/>
        <source>&amp;Schedule</source>
        <translation>&amp;Programar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule the post</source>
        <translation>Programar la publicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+120"/>
        <source>Schedule (Ctrl+Enter)</source>
        <translation>Programar (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>&amp;Unschedule</source>
        <translation>&amp;Desprogramar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the date and keep the post as a draft</source>
        <translation>Borrar la fecha y conservar la publicación como borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish &amp;now</source>
        <translation>Publicar &amp;ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish the post now</source>
        <translation>Publicar la publicación ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish now, with the same checks as scheduling</source>
        <translation>Publicar ahora, con las mismas comprobaciones que al programar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Schedule status</source>
        <translation>Estado de la programación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the post cannot be scheduled yet</source>
        <translation>Por qué aún no se puede programar la publicación</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;When ({zone}):</source>
        <translation>&amp;Cuándo ({zone}):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time to publish, in {zone}</source>
        <translation>Fecha y hora de publicación, en {zone}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>This time does not exist in {zone}: the clocks jump from {start} to {end} that day. Pick another time.</source>
        <translation>Esta hora no existe en {zone}: ese día los relojes saltan de {start} a {end}. Elige otra hora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This time does not exist in {zone}: the clocks skip it that day. Pick another time.</source>
        <translation>Esta hora no existe en {zone}: ese día los relojes se la saltan. Elige otra hora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This time happens twice in {zone} that day (the clocks go back); the first one is used.</source>
        <translation>Esta hora ocurre dos veces ese día en {zone} (los relojes se atrasan); se usa la primera.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not scheduled: this post is a draft.</source>
        <translation>Sin programar: esta publicación es un borrador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scheduled for {when} ({zone}).</source>
        <translation>Programada para {when} ({zone}).</translation>
    </message>
</context>
<context>
    <name>ScheduleEdits</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/edits.py" line="+113"/>
        <source>The network&apos;s own scheduler holds this post at its time. To move it, take it back first (Take back and cancel), then schedule it again.</source>
        <extracomment>Where a draft dropped on a month day lands when nothing says which time: a working morning.</extracomment>
        <translation>El programador de la propia red retiene esta publicación hasta su hora. Para moverla, primero retírala (Retirar y cancelar) y luego vuelve a programarla.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Move “{post}”</source>
        <translation>Mover “{post}”</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Added to the queue “{queue}” at {time}.</source>
        <translation>Añadida a la cola “{queue}” a las {time}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That slot was taken meanwhile. Nothing changed.</source>
        <translation>Esa franja se ocupó mientras tanto. No se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Repeating stopped. %n repeat(s) not yet sent were removed.</source>
        <translation>
            <numerusform>Se dejó de repetir. Se quitó %Ln repetición aún no enviada.</numerusform>
            <numerusform>Se dejó de repetir. Se quitaron %Ln repeticiones aún no enviadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeating stopped.</source>
        <translation>Se dejó de repetir.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove the post from Postdesk</source>
        <translation>Quitar la publicación de Postdesk</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This post is being published right now, so it can&apos;t be deleted yet. Wait until it has gone out; then Delete asks whether to remove it from Postdesk only or from the network too.</source>
        <translation>Esta publicación se está publicando ahora mismo, así que aún no se puede eliminar. Espera a que salga; después, Eliminar te preguntará si quitarla solo de Postdesk o también de la red.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The post&apos;s time was changed elsewhere since, so that step was not undone. Nothing was lost.</source>
        <translation>La hora de la publicación se cambió después en otro lugar, así que ese paso no se deshizo. No se perdió nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That change could not be saved. Nothing was lost; try again.</source>
        <translation>No se pudo guardar ese cambio. No se perdió nada; vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>SentComments</name>
    <message>
        <location filename="../src/postdesk/ui/composer/first_comment_sent.py" line="+58"/>
        <source>Comment on {network}…</source>
        <translation>Comentar en {network}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post a comment under the published post on {network}</source>
        <translation>Publicar un comentario bajo la publicación publicada en {network}</translation>
    </message>
</context>
<context>
    <name>SentSection</name>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="+34"/>
        <source>What was sent</source>
        <translation>Lo que se envió</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was sent (it can no longer change here)</source>
        <translation>Lo que se envió (ya no se puede cambiar aquí)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Duplicate as a new post</source>
        <translation>&amp;Duplicar como publicación nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new draft copied from this post</source>
        <translation>Empezar un borrador nuevo copiado de esta publicación</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where each network stands</source>
        <translation>Estado en cada red</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text and media that were sent</source>
        <translation>El texto y la multimedia que se enviaron</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the published post is doing</source>
        <translation>Cómo funciona la publicación publicada</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Edit on {network}…</source>
        <translation>Editar en {network}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the published post on {network} itself</source>
        <translation>Cambiar la publicación publicada en el propio {network}</translation>
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
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+530"/>
        <source>Postdesk could not change whether it starts at login. Your system refused: {reason}</source>
        <translation>Postdesk no pudo cambiar si se inicia al iniciar sesión. Tu sistema lo rechazó: {reason}</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="+5"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Times in the calendar and the composer are shown in this zone. A post keeps the zone it was scheduled in, so 09:00 stays 09:00 when the clocks change.</source>
        <translation>Las horas del calendario y del editor se muestran en esta zona. Una publicación conserva la zona en la que se programó, así que las 09:00 siguen siendo las 09:00 cuando cambia la hora.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new language takes effect the next time Postdesk starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie Postdesk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appearance and language</source>
        <translation>Apariencia e idioma</translation>
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
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafts, media and settings are kept on this computer, in:</source>
        <translation>Los borradores, la multimedia y los ajustes se guardan en este ordenador, en:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open data folder</source>
        <translation>&amp;Abrir carpeta de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open data folder</source>
        <translation>Abrir carpeta de datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in tokens are never written here: they live in your system&apos;s password keyring, or in the encrypted file you chose in Accounts.</source>
        <translation>Los tokens de inicio de sesión nunca se guardan aquí: están en el llavero de contraseñas del sistema o en el archivo cifrado que elegiste en Cuentas.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>When posts were missed</source>
        <translation>Si se perdieron publicaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask me what to do</source>
        <translation>Preguntarme qué hacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish them as soon as possible</source>
        <translation>Publicarlas lo antes posible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish them, unless they are too late</source>
        <translation>Publicarlas, salvo si es demasiado tarde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too late after, in minutes</source>
        <translation>Límite de retraso, en minutos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posts can fall due while Postdesk is closed or the computer sleeps. Skipped posts are paused, not deleted: they stay in the calendar.</source>
        <translation>Puede llegar la hora de algunas publicaciones mientras Postdesk está cerrado o el ordenador está en reposo. Las publicaciones omitidas se pausan, no se eliminan: se quedan en el calendario.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keep publishing in the tray when the window is closed</source>
        <translation>&amp;Seguir publicando en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep publishing in the tray when the window is closed</source>
        <translation>Seguir publicando en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This desktop has no system tray.</source>
        <translation>Este escritorio no tiene bandeja del sistema.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start Postdesk when I log &amp;in</source>
        <translation>Iniciar Postdesk al i&amp;niciar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start Postdesk when I log in</source>
        <translation>Iniciar Postdesk al iniciar sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always require a &amp;description (alt text) on every image</source>
        <translation>Exigir siempre una &amp;descripción (texto alternativo) en cada imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always require alt text on every image</source>
        <translation>Exigir siempre texto alternativo en cada imagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publishing</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When posts were &amp;missed:</source>
        <translation>Si se perdieron p&amp;ublicaciones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too late &amp;after:</source>
        <translation>&amp;Límite de retraso:</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../src/postdesk/ui/single_instance.py" line="+158"/>
        <source>Postdesk is already running</source>
        <extracomment>A connection that has not said its line by then is closed. How long a second launch keeps trying to reach a window that may still be starting.</extracomment>
        <translation>Postdesk ya se está ejecutando</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another Postdesk window (process {pid}) did not answer.</source>
        <translation>Otra ventana de Postdesk (proceso {pid}) no respondió.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another Postdesk window did not answer.</source>
        <translation>Otra ventana de Postdesk no respondió.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk is publishing in the background without a window (postdesk --headless, process {pid}).</source>
        <translation>Postdesk está publicando en segundo plano sin ventana (postdesk --headless, proceso {pid}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postdesk is publishing in the background without a window (postdesk --headless).</source>
        <translation>Postdesk está publicando en segundo plano sin ventana (postdesk --headless).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another Postdesk (process {pid}) is using it.</source>
        <translation>Otro Postdesk (proceso {pid}) la está usando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another Postdesk is using it.</source>
        <translation>Otro Postdesk la está usando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postdesk can&apos;t open your posts in “{folder}” because they are in use.

{who}

Only one Postdesk can publish from a folder at a time, so that no post goes out twice. Stop the other one (or switch to its window), then start Postdesk again.</source>
        <translation>Postdesk no puede abrir tus publicaciones en “{folder}” porque están en uso.

{who}

Solo un Postdesk puede publicar desde una carpeta a la vez, para que ninguna publicación salga dos veces. Cierra el otro (o cambia a su ventana) y vuelve a iniciar Postdesk.</translation>
    </message>
</context>
<context>
    <name>SkippedDates</name>
    <message>
        <location filename="../src/postdesk/ui/queues/skipped_dates.py" line="+29"/>
        <source>A date with no posts from this queue</source>
        <translation>Una fecha sin publicaciones de esta cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip &amp;date</source>
        <translation>&amp;Omitir fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip this date (a holiday)</source>
        <translation>Omitir esta fecha (un festivo)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dates skipped by this queue</source>
        <translation>Fechas que omite esta cola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t skip that date</source>
        <translation>No omitir esa fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen date</source>
        <translation>Quitar la fecha elegida</translation>
    </message>
</context>
<context>
    <name>SlotRemovalDialog</name>
    <message>
        <location filename="../src/postdesk/ui/queues/slot_removal.py" line="+25"/>
        <location line="+16"/>
        <source>Remove this time?</source>
        <translation>¿Quitar esta hora?</translation>
    </message>
    <message numerus="yes">
        <location line="-14"/>
        <source>%n post(s) wait in the {slot} slot.</source>
        <translation>
            <numerusform>%Ln publicación espera en la franja {slot}.</numerusform>
            <numerusform>%Ln publicaciones esperan en la franja {slot}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk can move them to the next free times of this queue, or leave each at its time (they then leave the queue).</source>
        <translation>Postdesk puede moverlas a las siguientes horas libres de esta cola o dejar cada una a su hora (entonces salen de la cola).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Move to free times</source>
        <translation>&amp;Mover a horas libres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep their times</source>
        <translation>&amp;Conservar sus horas</translation>
    </message>
</context>
<context>
    <name>SnippetsDialog</name>
    <message>
        <location filename="../src/postdesk/ui/composer/snippets_dialog.py" line="+63"/>
        <location line="+1"/>
        <source>Snippets and hashtag groups</source>
        <translation>Fragmentos y grupos de hashtags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved snippets and hashtag groups</source>
        <translation>Fragmentos y grupos de hashtags guardados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snippet (any text)</source>
        <translation>Fragmento (cualquier texto)</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text to insert, or the group&apos;s hashtags</source>
        <translation>Texto que insertar, o los hashtags del grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a hashtag group: #travel #food #citybreak</source>
        <translation>Para un grupo de hashtags: #viajes #comida #escapada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w</source>
        <translation>N&amp;uevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new snippet or hashtag group</source>
        <translation>Empezar un fragmento o grupo de hashtags nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this snippet or hashtag group</source>
        <translation>Guardar este fragmento o grupo de hashtags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen snippet or hashtag group</source>
        <translation>Eliminar el fragmento o grupo de hashtags elegido</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>hashtag group</source>
        <translation>grupo de hashtags</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>snippet</source>
        <translation>fragmento</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Give it a name and some text first.</source>
        <translation>Primero ponle un nombre y algo de texto.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted.</source>
        <translation>Eliminado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another one of this kind already has that name: pick another name.</source>
        <translation>Ya hay otro de este tipo con ese nombre: elige otro nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That could not be saved. Try again in a moment.</source>
        <translation>No se pudo guardar. Vuelve a intentarlo dentro de un momento.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../src/postdesk/app.py" line="+220"/>
        <source>Postdesk could not start</source>
        <translation>Postdesk no pudo iniciarse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong while opening your posts. The log in {folder} has the details.</source>
        <translation>Algo salió mal al abrir tus publicaciones. El registro de {folder} tiene los detalles.</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/startup_errors.py" line="+64"/>
        <source>Postdesk can&apos;t read its database</source>
        <extracomment>Shows a start-up problem: (title, text). Asks whether to restore the newest backup: (title, text) → True to restore.</extracomment>
        <translation>Postdesk no puede leer su base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {path} is damaged or is not a Postdesk database. Nothing has been changed or deleted.</source>
        <translation>El archivo {path} está dañado o no es una base de datos de Postdesk. No se ha cambiado ni eliminado nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This database is from a newer Postdesk</source>
        <translation>Esta base de datos es de un Postdesk más reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data ({path}) was last opened by a newer version of Postdesk, or by a build this version does not know (schema {revision}). Install that version again to use it. Nothing has been changed.</source>
        <translation>Tus datos ({path}) se abrieron por última vez con una versión más reciente de Postdesk, o con una compilación que esta versión no conoce (esquema {revision}). Vuelve a instalar esa versión para usarlos. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is not a Postdesk database</source>
        <translation>Esta no es una base de datos de Postdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {path} is a database of another program, not Postdesk&apos;s. Postdesk has not changed it. Move it to another folder to start Postdesk afresh, or start Postdesk with another data folder (postdesk --data-dir FOLDER).</source>
        <translation>El archivo {path} es una base de datos de otro programa, no de Postdesk. Postdesk no lo ha modificado. Muévelo a otra carpeta para empezar Postdesk de cero, o inicia Postdesk con otra carpeta de datos (postdesk --data-dir CARPETA).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Postdesk&apos;s database is in use</source>
        <translation>La base de datos de Postdesk está en uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another program is using the file {path}, perhaps another copy of Postdesk. Close it and start Postdesk again. Nothing has been changed.</source>
        <translation>Otro programa está usando el archivo {path}, quizá otra copia de Postdesk. Ciérralo y vuelve a iniciar Postdesk. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The disk is full</source>
        <translation>El disco está lleno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postdesk needs a little free space on the disk that holds {folder} to start. Free some space and start Postdesk again. Nothing has been changed.</source>
        <translation>Postdesk necesita algo de espacio libre en el disco donde está {folder} para iniciarse. Libera espacio y vuelve a iniciar Postdesk. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Postdesk can&apos;t read or write its database</source>
        <translation>Postdesk no puede leer ni escribir su base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your computer refused to read or write the file {path}: the disk may be failing, read-only or disconnected. Nothing has been changed. Check the disk and start Postdesk again.</source>
        <translation>Tu ordenador no permitió leer ni escribir el archivo {path}: puede que el disco esté fallando, sea de solo lectura o esté desconectado. No se ha cambiado nada. Comprueba el disco y vuelve a iniciar Postdesk.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Postdesk can&apos;t start</source>
        <translation>Postdesk no puede iniciarse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postdesk could not open its database ({path}). Nothing has been changed.</source>
        <translation>Postdesk no pudo abrir su base de datos ({path}). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an earlier start</source>
        <translation>un inicio anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date} at {time}</source>
        <translation>{date} a las {time}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Postdesk keeps a copy of your data made on {when}. It can put that copy in place: anything you changed after {when} will be missing, and posts due since then are paused so that none goes out twice. The damaged file is kept in {folder}, not deleted.</source>
        <translation>Postdesk guarda una copia de tus datos hecha el {when}. Puede restaurar esa copia: faltará todo lo que cambiaste después del {when}, y las publicaciones previstas desde entonces se pausarán para que ninguna salga dos veces. El archivo dañado se conserva en {folder}, no se elimina.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Restore the newest backup</source>
        <translation>Restaurar la copia más reciente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Postdesk found no backup it could restore. Copies made before each update are kept in {folder}.</source>
        <translation>Postdesk no encontró ninguna copia de seguridad que pudiera restaurar. Las copias hechas antes de cada actualización se guardan en {folder}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The backup could not be restored</source>
        <translation>No se pudo restaurar la copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postdesk could not put the backup in place ({reason}). Your files in {folder} are as they were or moved aside, never deleted.</source>
        <translation>Postdesk no pudo restaurar la copia de seguridad ({reason}). Tus archivos de {folder} siguen como estaban o se apartaron, nunca se eliminaron.</translation>
    </message>
</context>
<context>
    <name>TagsPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/tags_part.py" line="+43"/>
        <source>Ta&amp;gs:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags of this post</source>
        <translation>Etiquetas de esta publicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>launch, tour… (only you see them; the calendar filters by them)</source>
        <translation>lanzamiento, gira… (solo las ves tú; el calendario filtra por ellas)</translation>
    </message>
</context>
<context>
    <name>TargetOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/target_options.py" line="+68"/>
        <source>{network} title</source>
        <extracomment>Mastodon visibilities, by API value. Networks whose posts carry a title. A network&apos;s own options panel (a QWidget with a `changed` signal).</extracomment>
        <translation>Título en {network}</translation>
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
        <translation>p. ej., photography (sin r/)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content warning</source>
        <translation>Advertencia de contenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional; counts toward the limit</source>
        <translation>Opcional; cuenta para el límite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who can see it</source>
        <translation>Quién puede verla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public</source>
        <translation>Pública</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quiet public</source>
        <translation>Pública discreta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Followers only</source>
        <translation>Solo seguidores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mentioned people only</source>
        <translation>Solo personas mencionadas</translation>
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
        <translation>&amp;Advertencia de contenido:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visibility:</source>
        <translation>&amp;Visibilidad:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Let {network} publish it (works while Postdesk is closed)</source>
        <translation>&amp;Dejar que {network} la publique (funciona con Postdesk cerrado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let {network} publish it at its time, even while Postdesk is closed</source>
        <translation>Dejar que {network} la publique a su hora, aunque Postdesk esté cerrado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk gives the post to {network}&apos;s own scheduler when you schedule it. To take it back, cancel the post.</source>
        <translation>Postdesk entrega la publicación al programador de {network} cuando la programas. Para retirarla, cancela la publicación.</translation>
    </message>
</context>
<context>
    <name>TargetPanel</name>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="+100"/>
        <source>{network} account</source>
        <translation>Cuenta de {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ccount:</source>
        <translation>C&amp;uenta:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>What happens if {network}&apos;s answer is lost</source>
        <translation>Qué pasa si se pierde la respuesta de {network}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the {network} text can&apos;t change</source>
        <translation>Por qué no se puede cambiar el texto de {network}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Different text for {network}</source>
        <translation>Texto &amp;distinto para {network}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a different text for {network}</source>
        <translation>Usar un texto distinto para {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset to main text</source>
        <translation>&amp;Restablecer el texto principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the {network} text with the main text</source>
        <translation>Sustituir el texto de {network} por el texto principal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{network} text</source>
        <translation>Texto de {network}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Length:</source>
        <translation>Longitud:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Problems for {network}</source>
        <translation>Problemas para {network}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{network} preview</source>
        <translation>Vista previa de {network}</translation>
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
        <translation>La más larga de {n} partes: {count}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Already published to {network}: its text can no longer be changed here.</source>
        <translation>Ya publicada en {network}: su texto ya no se puede cambiar aquí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Being published to {network} right now: its text can&apos;t be changed.</source>
        <translation>Publicándose en {network} ahora mismo: su texto no se puede cambiar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About to be published to {network}: its text is fixed and can&apos;t be changed here.</source>
        <translation>A punto de publicarse en {network}: su texto es definitivo y no se puede cambiar aquí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network} will be tried again with exactly what was sent: it can&apos;t be changed here.</source>
        <translation>Se volverá a intentar en {network} exactamente con lo que se envió: no se puede cambiar aquí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}&apos;s own scheduler holds this post: its text can&apos;t be changed here.</source>
        <translation>El programador de {network} retiene esta publicación: su texto no se puede cambiar aquí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk does not know whether this went out on {network}: its text can&apos;t be changed until that is settled.</source>
        <translation>Postdesk no sabe si salió en {network}: su texto no se puede cambiar hasta que se aclare.</translation>
    </message>
</context>
<context>
    <name>TargetsPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/targets_part.py" line="+104"/>
        <source>Networks chosen for this post</source>
        <translation>Redes elegidas para esta publicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen networks: pick one to see its preview</source>
        <translation>Redes elegidas: elige una para ver su vista previa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose where to post with the buttons above. You can write first and choose later.</source>
        <translation>Elige dónde publicar con los botones de arriba. Puedes escribir primero y elegir después.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{network}: text, options and preview</source>
        <translation>{network}: texto, opciones y vista previa</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../src/postdesk/ui/composer/templates_dialog.py" line="+42"/>
        <location line="+1"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A template keeps a post&apos;s text, networks, accounts, options and tags (not its time).</source>
        <translation>Una plantilla guarda el texto, las redes, las cuentas, las opciones y las etiquetas de una publicación (no su hora).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved templates</source>
        <translation>Plantillas guardadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New post from it</source>
        <translation>&amp;Nueva publicación a partir de ella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new post from the chosen template</source>
        <translation>Empezar una publicación nueva a partir de la plantilla elegida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the chosen template</source>
        <translation>Renombrar la plantilla elegida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen template</source>
        <translation>Eliminar la plantilla elegida</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No templates yet: in the composer, More &gt; Save as template…</source>
        <translation>Aún no hay plantillas: en el editor, Más &gt; Guardar como plantilla…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rename template</source>
        <translation>Renombrar plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;name:</source>
        <translation>&amp;Nombre nuevo:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Another template already has that name.</source>
        <translation>Ya hay otra plantilla con ese nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That could not be saved. Try again in a moment.</source>
        <translation>No se pudo guardar. Vuelve a intentarlo dentro de un momento.</translation>
    </message>
</context>
<context>
    <name>TikTokOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="+113"/>
        <source>TikTok keeps every post from an app it has not audited private (“Only me”), from a private account. Until your TikTok app passes TikTok&apos;s audit, choose “Only me”.</source>
        <translation>TikTok mantiene privadas (“Solo yo”) todas las publicaciones de una app que no ha auditado, desde una cuenta privada. Hasta que tu app de TikTok supere la auditoría de TikTok, elige “Solo yo”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the account&apos;s TikTok settings again</source>
        <translation>Volver a leer los ajustes de TikTok de la cuenta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who can see this TikTok post</source>
        <translation>Quién puede ver esta publicación de TikTok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose who can see it</source>
        <translation>Elige quién puede verla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who can see it:</source>
        <translation>&amp;Quién puede verla:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Comentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duet</source>
        <translation>Dúo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stitch</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allow users to:</source>
        <translation>Permitir a los usuarios:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disclose commercial content</source>
        <translation>Divulgar contenido comercial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn this on if this post promotes yourself, a brand, a product or a service.</source>
        <translation>Actívalo si esta publicación te promociona a ti, a una marca, un producto o un servicio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your brand — you are promoting yourself or your own business</source>
        <translation>Tu marca: te promocionas a ti o a tu propio negocio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branded content — you are promoting another brand or a third party</source>
        <translation>Contenido de marca: promocionas otra marca o a un tercero</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>AI-generated content</source>
        <translation>Contenido generado por IA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title of the photo post</source>
        <translation>Título de la publicación de fotos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo posts: a title of up to 90 characters (optional)</source>
        <translation>Publicaciones de fotos: un título de hasta 90 caracteres (opcional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo &amp;title:</source>
        <translation>&amp;Título de la foto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My media relay&apos;s address is verified with TikTok</source>
        <translation>La dirección de mi relé de medios está verificada en TikTok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo posts need it: TikTok fetches photos only from addresses your TikTok app verified (URL properties in the developer portal).</source>
        <translation>Las publicaciones de fotos lo necesitan: TikTok solo descarga fotos desde direcciones verificadas por tu app de TikTok (URL properties en el portal para desarrolladores).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Reading the account&apos;s settings from TikTok…</source>
        <translation>Leyendo los ajustes de la cuenta desde TikTok…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>TikTok did not give this account&apos;s settings: {reason}. Posting waits until it does; try Refresh in a moment.</source>
        <translation>TikTok no devolvió los ajustes de esta cuenta: {reason}. La publicación espera hasta que lo haga; prueba Actualizar dentro de un momento.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a TikTok account: its own settings decide the choices below.</source>
        <translation>Elige una cuenta de TikTok: sus propios ajustes deciden las opciones de abajo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posting to {nickname} (@{username}) on TikTok</source>
        <translation>Publicando como {nickname} (@{username}) en TikTok</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Turned off in this account&apos;s TikTok settings</source>
        <translation>Desactivado en los ajustes de TikTok de esta cuenta</translation>
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
        <translation>Solo yo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Branded content cannot be private</source>
        <translation>El contenido de marca no puede ser privado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your post will be labeled “Paid partnership”.</source>
        <translation>Tu publicación se etiquetará como “Colaboración pagada”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your post will be labeled “Promotional content”.</source>
        <translation>Tu publicación se etiquetará como “Contenido promocional”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose whether you promote your own brand, another brand, or both.</source>
        <translation>Elige si promocionas tu propia marca, otra marca o ambas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By posting, you agree to TikTok&apos;s Branded Content Policy and Music Usage Confirmation.</source>
        <translation>Al publicar, aceptas la Política de contenido de marca y la Confirmación de uso de música de TikTok.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By posting, you agree to TikTok&apos;s Music Usage Confirmation.</source>
        <translation>Al publicar, aceptas la Confirmación de uso de música de TikTok.</translation>
    </message>
</context>
<context>
    <name>TikTokPreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_preview.py" line="+83"/>
        <source>you</source>
        <translation>tú</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TikTok shows your video or photos here</source>
        <translation>TikTok muestra aquí tu vídeo o tus fotos</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="-89"/>
        <source>An account since removed</source>
        <translation>Una cuenta ya eliminada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not given by this network</source>
        <translation>Esta red no lo indica</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="+57"/>
        <location line="+48"/>
        <source>Postdesk — publishing</source>
        <extracomment>How long a notification stays up, in milliseconds.</extracomment>
        <translation>Postdesk: publicando</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Postdesk tray menu</source>
        <translation>Menú de bandeja de Postdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Postdesk</source>
        <translation>&amp;Abrir Postdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <source>&amp;Pause publishing</source>
        <translation>&amp;Pausar la publicación</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>&amp;Quit Postdesk</source>
        <translation>&amp;Salir de Postdesk</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Postdesk — publishing paused</source>
        <extracomment>The post the last notification was about, as (code, post id, target id), if any.</extracomment>
        <translation>Postdesk: publicación en pausa</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unread in the inbox</source>
        <translation>
            <numerusform>%Ln sin leer en la bandeja de entrada</numerusform>
            <numerusform>%Ln sin leer en la bandeja de entrada</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Resume publishing</source>
        <translation>&amp;Reanudar la publicación</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your post is live on {network}.</source>
        <translation>Tu publicación ya está en {network}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network refused the post.</source>
        <translation>La red rechazó la publicación.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not published</source>
        <translation>No publicada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network} did not publish your post: {reason}</source>
        <translation>{network} no publicó tu publicación: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs your attention</source>
        <translation>Requiere tu atención</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posts missed while Postdesk was closed</source>
        <translation>Publicaciones perdidas mientras Postdesk estaba cerrado</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n post(s) fell due while Postdesk was not running. Click to choose what to do.</source>
        <translation>
            <numerusform>A %Ln publicación le llegó su hora mientras Postdesk no estaba abierto. Haz clic para elegir qué hacer.</numerusform>
            <numerusform>A %Ln publicaciones les llegó su hora mientras Postdesk no estaba abierto. Haz clic para elegir qué hacer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for the network</source>
        <translation>Esperando a la red</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n post(s) will go out when the connection is back.</source>
        <translation>
            <numerusform>%Ln publicación saldrá cuando vuelva la conexión.</numerusform>
            <numerusform>%Ln publicaciones saldrán cuando vuelva la conexión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(y %Ln problema más)</numerusform>
            <numerusform>(y %Ln problemas más)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A scheduled post cannot go out</source>
        <translation>Una publicación programada no puede salir</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n new replies and mentions on {label}</source>
        <translation>
            <numerusform>%Ln respuesta o mención nueva en {label}</numerusform>
            <numerusform>%Ln respuestas y menciones nuevas en {label}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new replies and mentions</source>
        <translation>
            <numerusform>%Ln respuesta o mención nueva</numerusform>
            <numerusform>%Ln respuestas y menciones nuevas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An account needs to be reconnected before its posts can go out.</source>
        <translation>Hay que volver a conectar una cuenta para que sus publicaciones puedan salir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An account needs you to sign in again; its posts wait until you do.</source>
        <translation>Una cuenta necesita que vuelvas a iniciar sesión; sus publicaciones esperarán hasta entonces.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postdesk cannot tell whether an inbox reply went out. Please check the conversation on the network.</source>
        <translation>Postdesk no sabe si salió una respuesta de la bandeja de entrada. Comprueba la conversación en la red.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk cannot save to its database: is the disk full? A post that just went out is recorded as soon as there is room; it is not sent twice.</source>
        <translation>Postdesk no puede guardar en su base de datos: ¿está lleno el disco? Una publicación que acaba de salir se registrará en cuanto haya espacio; no se enviará dos veces.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A post could not go out because one of its files is no longer in the media library.</source>
        <translation>Una publicación no pudo salir porque uno de sus archivos ya no está en la biblioteca multimedia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A post was not sent because an image has no alt text, and you asked for alt text on every image.</source>
        <translation>Una publicación no se envió porque una imagen no tiene texto alternativo y pediste texto alternativo en todas las imágenes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk does not know whether a post went out. Click here to look, and to say whether it is there.</source>
        <translation>Postdesk no sabe si salió una publicación. Haz clic aquí para comprobarlo e indicar si está ahí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A post could not be published after several tries.</source>
        <translation>No se pudo publicar una publicación tras varios intentos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A post went out, but its first comment did not.</source>
        <translation>Una publicación salió, pero su primer comentario no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something needs your attention.</source>
        <translation>Algo requiere tu atención.</translation>
    </message>
</context>
<context>
    <name>UnknownResolutionDialog</name>
    <message>
        <location filename="../src/postdesk/ui/dialogs/unknown_resolution.py" line="+45"/>
        <source>{network} cannot look a post up: if its answer is ever lost, Postdesk asks you whether the post is there.</source>
        <translation>{network} no permite buscar publicaciones: si alguna vez se pierde su respuesta, Postdesk te preguntará si la publicación está ahí.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Did it go out on {network}?</source>
        <translation>¿Salió en {network}?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postdesk does not know whether this post went out on {network}: the network&apos;s answer was lost. It will not send it again on its own, because that could post it twice.</source>
        <translation>Postdesk no sabe si esta publicación salió en {network}: se perdió la respuesta de la red. No la volverá a enviar por su cuenta, porque podría publicarse dos veces.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Look on {network}</source>
        <translation>&amp;Buscar en {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open your {network} profile to look for the post</source>
        <translation>Abrir tu perfil de {network} para buscar la publicación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open {network} and look at the account&apos;s latest posts.</source>
        <translation>Abre {network} y mira las últimas publicaciones de la cuenta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its &amp;link, if you found it (optional):</source>
        <translation>Su &amp;enlace, si la encontraste (opcional):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The post&apos;s link on {network} (optional)</source>
        <translation>El enlace de la publicación en {network} (opcional)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What Postdesk did</source>
        <translation>Qué hizo Postdesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decide &amp;later</source>
        <translation>Decidir &amp;luego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide later and close</source>
        <translation>Decidir luego y cerrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send it again</source>
        <translation>&amp;Volver a enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not there: send it again</source>
        <translation>No está: volver a enviarla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It&apos;s &amp;there</source>
        <translation>Está a&amp;hí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is there: mark it as published</source>
        <translation>Está ahí: marcarla como publicada</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>That does not look like a link (it should start with https://). Leave the field empty if you don&apos;t have it.</source>
        <translation>Eso no parece un enlace (debería empezar por https://). Deja el campo vacío si no lo tienes.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This post was already settled meanwhile (or is being sent): nothing changed.</source>
        <translation>Esta publicación ya se resolvió mientras tanto (o se está enviando): no se cambió nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked as published on {network}.</source>
        <translation>Marcada como publicada en {network}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending it again to {network} now.</source>
        <translation>Volviendo a enviarla a {network} ahora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk could not record your answer: {error}. Try again.</source>
        <translation>Postdesk no pudo registrar tu respuesta: {error}. Vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>VaultDialog</name>
    <message>
        <location filename="../src/postdesk/ui/vault_dialog.py" line="+93"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Repetir frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase strength</source>
        <translation>Seguridad de la frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep sign-ins in an encrypted file</source>
        <translation>Guardar los inicios de sesión en un archivo cifrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no password keyring Postdesk can use. Your sign-ins will be kept in the encrypted file {path} instead, locked with a passphrase you choose now. Postdesk asks for it each time it starts. If you forget it, nobody can open the file: you would connect your accounts again.</source>
        <translation>Este ordenador no tiene un llavero de contraseñas que Postdesk pueda usar. En su lugar, tus inicios de sesión se guardarán en el archivo cifrado {path}, protegido con una frase de contraseña que eliges ahora. Postdesk te la pedirá cada vez que se inicie. Si la olvidas, nadie podrá abrir el archivo: tendrías que volver a conectar tus cuentas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Use this passphrase</source>
        <translation>&amp;Usar esta frase de contraseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock your sign-ins</source>
        <translation>Desbloquear tus inicios de sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your sign-ins are kept in the encrypted file {path}. Enter its passphrase so Postdesk can publish and check your accounts. With “Not now” Postdesk starts with your accounts locked: nothing is lost, and you can unlock them later in Accounts.</source>
        <translation>Tus inicios de sesión se guardan en el archivo cifrado {path}. Introduce la frase de contraseña para que Postdesk pueda publicar y comprobar tus cuentas. Con “Ahora no”, Postdesk se inicia con tus cuentas bloqueadas: no se pierde nada y puedes desbloquearlas más tarde en Cuentas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
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
            <numerusform>Demasiado corta: usa al menos %Ln carácter ({typed} hasta ahora).</numerusform>
            <numerusform>Demasiado corta: usa al menos %Ln caracteres ({typed} hasta ahora).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Strength: weak. Easy to guess; make it longer, or mix in capitals, digits or symbols.</source>
        <translation>Seguridad: débil. Fácil de adivinar; hazla más larga o mezcla mayúsculas, cifras o símbolos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength: fair. A few more words make it much harder to guess.</source>
        <translation>Seguridad: aceptable. Unas cuantas palabras más la harán mucho más difícil de adivinar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: good.</source>
        <translation>Seguridad: buena.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: strong.</source>
        <translation>Seguridad: fuerte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(Estimated from its length and the kinds of characters in it.)</source>
        <translation>(Estimada según su longitud y los tipos de caracteres que contiene).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the passphrase.</source>
        <translation>Introduce la frase de contraseña.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>La frase de contraseña necesita al menos %Ln carácter.</numerusform>
            <numerusform>La frase de contraseña necesita al menos %Ln caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Use at least %n characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Usa al menos %Ln carácter; unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</numerusform>
            <numerusform>Usa al menos %Ln caracteres; unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Opening the encrypted file…</source>
        <translation>Abriendo el archivo cifrado…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That passphrase does not open the encrypted file. Check it and try again, or choose “Not now”.</source>
        <translation>Esa frase de contraseña no abre el archivo cifrado. Revísala y vuelve a intentarlo, o elige “Ahora no”.</translation>
    </message>
</context>
<context>
    <name>WaitingPosts</name>
    <message>
        <location filename="../src/postdesk/ui/queues/waiting.py" line="+57"/>
        <source>&amp;Waiting in this queue</source>
        <extracomment>Alt+Up / Alt+Down move the chosen post one place.</extracomment>
        <translation>&amp;En espera en esta cola</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posts waiting in this queue, soonest first</source>
        <translation>Publicaciones en espera en esta cola, las más próximas primero</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the chosen post an earlier time</source>
        <translation>Dar a la publicación elegida una hora anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move d&amp;own</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the chosen post a later time</source>
        <translation>Dar a la publicación elegida una hora posterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;huffle</source>
        <translation>&amp;Mezclar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deal the waiting posts out in a new order</source>
        <translation>Repartir las publicaciones en espera en un orden nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+Up</source>
        <translation>Alt+Arriba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Down</source>
        <translation>Alt+Abajo</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../src/postdesk/ui/welcome.py" line="+291"/>
        <source>&amp;Welcome to Postdesk</source>
        <translation>&amp;Bienvenida a Postdesk</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location line="-205"/>
        <location line="+1"/>
        <location line="+4"/>
        <source>Welcome to Postdesk</source>
        <translation>Te damos la bienvenida a Postdesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a post once, pick where it goes and when, and Postdesk publishes it from this computer. Your posts, drafts and sign-ins stay on your machine.</source>
        <translation>Escribe una publicación una vez, elige dónde y cuándo sale, y Postdesk la publica desde este ordenador. Tus publicaciones, borradores e inicios de sesión se quedan en tu equipo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Postdesk publishes to: {names}.</source>
        <translation>Postdesk publica en: {names}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This copy of Postdesk cannot publish to any network yet.</source>
        <translation>Esta copia de Postdesk aún no puede publicar en ninguna red.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{drafts}: can be drafted for, with counters and previews; publishing is not built yet, so Postdesk keeps those posts as drafts for you to copy.</source>
        <translation>{drafts}: puedes redactar para ellas, con contadores y vistas previas; la publicación aún no está implementada, así que Postdesk guarda esas publicaciones como borradores para que las copies.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To publish, connect an account: you sign in on the network&apos;s own page, and Postdesk keeps the sign-in in your system&apos;s keychain. Some networks ask you to create a free app of your own first; the connect window explains each step.</source>
        <translation>Para publicar, conecta una cuenta: inicias sesión en la página de la propia red y Postdesk guarda el inicio de sesión en el llavero del sistema. Algunas redes te piden que primero crees una app gratuita propia; la ventana de conexión explica cada paso.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Connect your first account…</source>
        <translation>&amp;Conectar tu primera cuenta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect your first account</source>
        <translation>Conectar tu primera cuenta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Just write</source>
        <translation>&amp;Solo escribir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Just write: go to the composer</source>
        <translation>Solo escribir: ir al editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write and save drafts now; connect accounts later</source>
        <translation>Escribe y guarda borradores ahora; conecta cuentas más tarde</translation>
    </message>
</context>
<context>
    <name>WelcomeSection</name>
    <message>
        <location line="+66"/>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the &amp;welcome again</source>
        <translation>&amp;Mostrar de nuevo la bienvenida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the welcome again</source>
        <translation>Mostrar de nuevo la bienvenida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the welcome again (F1)</source>
        <translation>Mostrar de nuevo la bienvenida (F1)</translation>
    </message>
</context>
<context>
    <name>XOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/x_options.py" line="+43"/>
        <source>Who can reply on X</source>
        <translation>Quién puede responder en X</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts you follow</source>
        <translation>Cuentas que sigues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only accounts you mention</source>
        <translation>Solo las cuentas que mencionas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your subscribers</source>
        <translation>Tus suscriptores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified accounts</source>
        <translation>Cuentas verificadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Who can repl&amp;y:</source>
        <translation>Quién puede &amp;responder:</translation>
    </message>
</context>
<context>
    <name>YouTubeOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="+54"/>
        <source>Who can watch the video</source>
        <translation>Quién puede ver el vídeo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlisted (anyone with the link)</source>
        <translation>Oculto (cualquiera con el enlace)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Visibility:</source>
        <translation>&amp;Visibilidad:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Until Google audits your own YouTube API project, YouTube keeps every video uploaded through it private, whatever you choose here. Request the audit from the YouTube API Services form in your Google Cloud project.</source>
        <translation>Hasta que Google audite tu propio proyecto de la API de YouTube, YouTube mantiene privados todos los vídeos subidos a través de él, elijas lo que elijas aquí. Solicita la auditoría con el formulario de los servicios de la API de YouTube en tu proyecto de Google Cloud.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why YouTube may keep the video private</source>
        <translation>Por qué YouTube puede mantener el vídeo privado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Is the video made for kids?</source>
        <translation>¿El vídeo es contenido creado para niños?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, it&apos;s not made for kids</source>
        <translation>No, no es contenido creado para niños</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, it&apos;s made for kids</source>
        <translation>Sí, es contenido creado para niños</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;udience:</source>
        <translation>&amp;Audiencia:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by commas</source>
        <translation>Separadas por comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cate&amp;gory:</source>
        <translation>Cate&amp;goría:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard YouTube license</source>
        <translation>Licencia estándar de YouTube</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creative Commons - Attribution</source>
        <translation>Creative Commons - Atribución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;License:</source>
        <translation>&amp;Licencia:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the title and description</source>
        <translation>Idioma del título y la descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. en, fr, pt-BR (optional)</source>
        <translation>p. ej., es, en, pt-BR (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Playlist to add the video to</source>
        <translation>Lista de reproducción a la que añadir el vídeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playlist ID, e.g. PL… (optional)</source>
        <translation>ID de la lista de reproducción, p. ej., PL… (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Playlist:</source>
        <translation>Lista de &amp;reproducción:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+100"/>
        <source>YouTube picks a frame</source>
        <translation>YouTube elige un fotograma</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a custom thumbnail</source>
        <translation>Elegir una miniatura personalizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the custom thumbnail</source>
        <translation>Quitar la miniatura personalizada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thumbnail:</source>
        <translation>Miniatura:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Post as a &amp;Short (vertical or square, up to 3 minutes)</source>
        <translation>Publicar como &amp;Short (vertical o cuadrado, hasta 3 minutos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post as a YouTube Short</source>
        <translation>Publicar como YouTube Short</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notify subscribers</source>
        <translation>&amp;Notificar a los suscriptores</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Choose a thumbnail</source>
        <translation>Elegir una miniatura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
</TS>
