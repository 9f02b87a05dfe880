<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/postdesk/ui/about_dialog.py" line="+64"/>
        <location line="+1"/>
        <source>About Postdesk</source>
        <translation>Postdeskについて</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk {version}</source>
        <translation>Postdesk {version}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draft, schedule and publish posts to your own social accounts, from your own computer.</source>
        <translation>自分のソーシャルアカウントへの投稿を、自分のコンピューターから下書き・予約・投稿できます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postdesk is free software: you may share and change it under the terms of the &lt;a href=&quot;{gpl_url}&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt; ({license}). Its &lt;a href=&quot;{source_url}&quot;&gt;source code&lt;/a&gt; is public.</source>
        <translation>Postdeskはフリーソフトウェアです。&lt;a href=&quot;{gpl_url}&quot;&gt;GNU General Public License バージョン3以降&lt;/a&gt;（{license}）の条件の下で共有・改変できます。&lt;a href=&quot;{source_url}&quot;&gt;ソースコード&lt;/a&gt;は公開されています。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Built with Qt {qt_version} and Qt for Python (PySide6) {pyside_version}, used under the &lt;a href=&quot;{lgpl_url}&quot;&gt;GNU Lesser General Public License, version 3&lt;/a&gt;. The notices below say where their source is and how to replace them.</source>
        <translation>Qt {qt_version}およびQt for Python（PySide6）{pyside_version}を&lt;a href=&quot;{lgpl_url}&quot;&gt;GNU Lesser General Public License バージョン3&lt;/a&gt;の下で使用しています。各ソースコードの入手先と置き換え方法は、以下の表示に記載されています。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Third-party software in Postdesk:</source>
        <translation>Postdeskのサードパーティソフトウェア(&amp;T):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Third-party notices</source>
        <translation>サードパーティの表示</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy notices</source>
        <translation>ライセンス表記をコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the third-party notices</source>
        <translation>サードパーティのライセンス表記をコピーします</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Postdesk</source>
        <translation>Postdeskについて(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AccountChip</name>
    <message>
        <location filename="../src/postdesk/ui/composer/account_chips.py" line="+159"/>
        <source>{handle} on {network}, selected</source>
        <extracomment>The picture&apos;s diameter on a chip. The network mark&apos;s badge on the picture&apos;s corner.</extracomment>
        <translation>{network}の{handle}、選択済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{handle} on {network}</source>
        <translation>{network}の{handle}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post as {handle} on {network}</source>
        <translation>{network}の{handle}として投稿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account must be reconnected before Postdesk can publish with it.</source>
        <translation>Postdeskでこのアカウントから投稿するには、再接続が必要です。</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <location filename="../src/postdesk/ui/composer/models.py" line="+265"/>
        <source>No account yet (draft only)</source>
        <translation>アカウントなし（下書きのみ）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{account} — sign in again</source>
        <translation>{account} — 再度サインイン</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{account} needs you to sign in again (Accounts) before it can post.</source>
        <translation>{account}で投稿するには、再度サインインする必要があります（アカウント）。</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../src/postdesk/ui/accounts/wording.py" line="+25"/>
        <source>macOS Keychain</source>
        <translation>macOSのキーチェーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows Credential Manager</source>
        <translation>Windows資格情報マネージャー</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Secret Service, such as GNOME Keyring or KeePassXC</source>
        <translation>GNOME KeyringやKeePassXCなどのSecret Service</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs reconnect</source>
        <translation>再接続が必要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign-in cancelled.</source>
        <translation>サインインがキャンセルされました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The browser did not come back in time. Start again and finish signing in there.</source>
        <translation>ブラウザーから時間内に応答がありませんでした。もう一度やり直し、ブラウザーでサインインを完了してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You chose not to give Postdesk access, so nothing was connected.</source>
        <translation>Postdeskへのアクセスを許可しなかったため、何も接続されませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network refused the sign-in. Check the app settings you registered with it (client id, redirect address, permissions) and try again.</source>
        <translation>ネットワークがサインインを拒否しました。登録したアプリの設定（クライアントID、リダイレクトアドレス、権限）を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That sign-in link was old or already used. Start again.</source>
        <translation>そのサインインリンクは古いか、すでに使用されています。もう一度やり直してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another program is using the port for the sign-in address. Close it, or choose another port (and register that address with the network).</source>
        <translation>サインインアドレスのポートを別のプログラムが使用しています。そのプログラムを閉じるか、別のポートを選択してください（そのアドレスをネットワークにも登録してください）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The network did not hand over access after you signed in. Check the client id and secret, then try again.</source>
        <translation>サインイン後、ネットワークからアクセス権が渡されませんでした。クライアントIDとシークレットを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network no longer accepts this sign-in. Reconnect the account.</source>
        <translation>このサインインはネットワークで無効になりました。アカウントを再接続してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network could not be told to forget Postdesk&apos;s access.</source>
        <translation>Postdeskのアクセス権の取り消しをネットワークに依頼できませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network cannot be reached. Check your connection.</source>
        <translation>ネットワークに接続できません。インターネット接続を確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the client id of your developer app.</source>
        <translation>開発者アプリのクライアントIDを入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This network also needs your app&apos;s client secret.</source>
        <translation>このネットワークでは、アプリのクライアントシークレットも必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some details are missing or not in the expected form.</source>
        <translation>一部の情報が不足しているか、形式が正しくありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no password keyring that Postdesk can use, so it cannot keep your sign-ins safe. You can keep them in a file encrypted with a passphrase instead.</source>
        <translation>このコンピューターにはPostdeskが使用できるパスワードキーリングがないため、サインイン情報を安全に保管できません。代わりに、パスフレーズで暗号化したファイルに保管できます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your password keyring is locked. Unlock it (your system may ask for your login password) and try again. Your drafts are safe.</source>
        <translation>パスワードキーリングがロックされています。ロックを解除して（システムのログインパスワードを求められる場合があります）、もう一度お試しください。下書きは失われていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password keyring refused to store the sign-in.</source>
        <translation>パスワードキーリングがサインイン情報の保存を拒否しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That passphrase does not open the encrypted file.</source>
        <translation>このパスフレーズでは暗号化ファイルを開けません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The encrypted sign-in file is damaged.</source>
        <translation>暗号化されたサインインファイルが破損しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your sign-ins are kept in an encrypted file that is locked. Unlock it with your passphrase to connect accounts and publish. Nothing is lost while it is locked.</source>
        <translation>サインイン情報は、ロックされた暗号化ファイルに保管されています。アカウントを接続して投稿するには、パスフレーズでロックを解除してください。ロック中も何も失われません。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>パスフレーズは%Ln文字以上にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network did not accept these credentials.</source>
        <translation>ネットワークがこの認証情報を受け付けませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bot is not an administrator of that channel with permission to post. Add it as an administrator in the channel settings, then try again.</source>
        <translation>ボットがそのチャンネルの投稿権限を持つ管理者になっていません。チャンネルの設定でボットを管理者に追加してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bot cannot see that channel. Check the name, and add the bot to the channel.</source>
        <translation>ボットがそのチャンネルを参照できません。名前を確認し、ボットをチャンネルに追加してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong while signing in.</source>
        <translation>サインイン中に問題が発生しました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create a project and app at developer.x.com, turn on OAuth 2.0 with type “Native App” (a public client), and add the callback address below. Paste the app&apos;s OAuth 2.0 Client ID here.</source>
        <translation>developer.x.comでプロジェクトとアプリを作成し、種類「Native App」（パブリッククライアント）でOAuth 2.0を有効にして、下のコールバックアドレスを追加します。アプリのOAuth 2.0 Client IDをここに貼り付けてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to register. Sign in through your browser, or use an app password made in Bluesky under Settings → Privacy and security → App passwords.</source>
        <translation>登録は不要です。ブラウザーでサインインするか、Blueskyの［設定］→［プライバシーとセキュリティ］→［App Password］で作成したApp Passwordを使用してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to register: enter your server (for example mastodon.social) and Postdesk registers itself there.</source>
        <translation>登録は不要です。サーバー（例: mastodon.social）を入力すると、Postdeskがそのサーバーに自動で登録します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create an app with the Threads use case at developers.facebook.com, add the redirect address below as a valid OAuth redirect URI, and paste the Threads app id and secret.</source>
        <translation>developers.facebook.comでThreadsのユースケースを持つアプリを作成し、下のリダイレクトアドレスを有効なOAuthリダイレクトURIとして追加して、ThreadsアプリのIDとシークレットを貼り付けてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You need an Instagram professional account (Business or Creator; switch in the Instagram app under Settings › Account type and tools) and your own Meta app: at developers.facebook.com create an app with the use case “Manage messaging &amp; content on Instagram”, open API setup with Instagram login, add your Instagram account as an Instagram tester and accept the invitation in Instagram, put the redirect address below under Business login settings › OAuth redirect URIs, and paste the Instagram app ID and Instagram app secret shown there (not the Meta app&apos;s own ID). Postdesk asks for instagram_business_basic, instagram_business_content_publish, instagram_business_manage_comments and instagram_business_manage_insights. Instagram fetches every photo and video from a web address, so posting also needs a media relay (Settings › Media relay). Posts cannot be deleted through this login: delete them in the app.</source>
        <translation>Instagramのプロアカウント（ビジネスまたはクリエイター。Instagramアプリの［設定］›［アカウントタイプとツール］で切り替え）と、自分のMetaアプリが必要です。developers.facebook.comでユースケース「Instagramでメッセージとコンテンツを管理」のアプリを作成し、InstagramログインによるAPI設定を開き、自分のInstagramアカウントをInstagramテスターとして追加してInstagramで招待を承認します。下のリダイレクトアドレスを［ビジネスログイン設定］›［OAuthリダイレクトURI］に入力し、そこに表示されるInstagramアプリIDとInstagramアプリシークレット（Metaアプリ自体のIDではありません）を貼り付けてください。Postdeskはinstagram_business_basic、instagram_business_content_publish、instagram_business_manage_comments、instagram_business_manage_insightsを要求します。Instagramはすべての写真と動画をWebアドレスから取得するため、投稿にはメディアリレーも必要です（［設定］›［メディアリレー］）。このログインでは投稿を削除できません。削除はアプリで行ってください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You need a Facebook Page you can create posts on (as its admin or editor) and your own Meta app: at developers.facebook.com create an app with the use case “Manage everything on your Page”, add Facebook Login, put the redirect address below under “Valid OAuth Redirect URIs” (Meta allows this local address while the app is in development mode), and paste the App ID and App secret from App settings › Basic. After you sign in, you pick the Pages Postdesk may post to; each Page becomes its own account.</source>
        <translation>投稿を作成できるFacebookページ（管理者または編集者として）と、自分のMetaアプリが必要です。developers.facebook.comでユースケース「ページ上のすべてを管理」のアプリを作成し、Facebookログインを追加して、下のリダイレクトアドレスを「有効なOAuthリダイレクトURI」に入力します（アプリが開発モードの間は、Metaはこのローカルアドレスを許可します）。次に［アプリ設定］›［ベーシック］のアプリIDとapp secretを貼り付けてください。サインイン後、Postdeskが投稿できるページを選択します。各ページはそれぞれ個別のアカウントになります。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create an app at linkedin.com/developers, add the product “Share on LinkedIn”, add the redirect address below, and paste the client id and secret. LinkedIn asks you to sign in again every 60 days.</source>
        <translation>linkedin.com/developersでアプリを作成し、製品「Share on LinkedIn」と下のリダイレクトアドレスを追加して、クライアントIDとシークレットを貼り付けてください。LinkedInでは60日ごとに再度サインインする必要があります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At console.cloud.google.com create a project and enable “YouTube Data API v3”. Set up the OAuth consent screen (External; while it is in Testing, add yourself as a test user, and Google asks you to sign in again every 7 days), then create an OAuth client ID of type “Desktop app” and paste its client ID and secret (Google does not treat a desktop secret as confidential; any local port works). Until Google audits your project (the YouTube API Services audit form), the videos it uploads stay private. A project may upload 100 videos a day.</source>
        <translation>console.cloud.google.comでプロジェクトを作成し、「YouTube Data API v3」を有効にします。OAuth同意画面を設定し（外部。テスト中は自分をテストユーザーとして追加してください。Googleから7日ごとに再サインインを求められます）、種類「デスクトップアプリ」のOAuthクライアントIDを作成して、そのクライアントIDとシークレットを貼り付けてください（Googleはデスクトップ用シークレットを機密情報として扱いません。ローカルポートはどれでも使えます）。Googleがプロジェクトを審査する（YouTube API Servicesの監査フォーム）までは、アップロードした動画は非公開のままです。1つのプロジェクトでアップロードできる動画は1日100本までです。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At developers.tiktok.com open Manage apps and Connect an app. Add the products Login Kit (platform Desktop, with the redirect address below; a * port is allowed), Content Posting API with Direct Post turned on, and Display API; ask for the scopes user.info.basic, user.info.profile, video.publish and video.list. Paste the client key and client secret. Until TikTok audits your app, it posts only privately (“Only me”, from a private account) and for at most 5 accounts a day. Photo posts also need your media relay&apos;s address verified under URL properties.</source>
        <translation>developers.tiktok.comで［Manage apps］を開き、［Connect an app］を選びます。製品Login Kit（プラットフォームはDesktop、下のリダイレクトアドレスを指定。ポートに*を使用可）、Direct Postを有効にしたContent Posting API、Display APIを追加し、スコープuser.info.basic、user.info.profile、video.publish、video.listを要求します。client keyとclient secretを貼り付けてください。TikTokがアプリを審査するまでは、非公開（非公開アカウントからの「自分のみ」）でしか投稿できず、1日あたり最大5アカウントまでです。写真の投稿には、メディアリレーのアドレスをURL propertiesで確認済みにする必要もあります。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You need a Pinterest business account. At developers.pinterest.com open My apps, choose Connect app and wait for Pinterest to approve it. Then add the redirect address below under Redirect URIs and paste the App ID and the App secret key. A new app has Trial access, which cannot publish Pins: ask for Standard access in My apps.</source>
        <translation>Pinterestのビジネスアカウントが必要です。developers.pinterest.comで［My apps］を開き、［Connect app］を選んでPinterestの承認を待ちます。次に下のリダイレクトアドレスを［Redirect URIs］に追加し、App IDとApp secret keyを貼り付けてください。新しいアプリはTrialアクセスのため、ピンを投稿できません。［My apps］でStandardアクセスを申請してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reddit now approves API access before a new app may sign anyone in: ask for it under its Responsible Builder Policy (support.reddithelp.com) and describe Postdesk as your own posting tool. Then at reddit.com/prefs/apps choose “create another app…”, pick “installed app”, enter the redirect address below exactly (Reddit compares it to the character, port included) and paste the client id shown under the app&apos;s name (installed apps have no secret). Postdesk asks for permanent access, so you sign in once.</source>
        <translation>Redditでは、新しいアプリがユーザーをサインインさせる前にAPIアクセスの承認が必要です。Responsible Builder Policy（support.reddithelp.com）に従って申請し、Postdeskを自分用の投稿ツールとして説明してください。次にreddit.com/prefs/appsで「create another app…」を選び、「installed app」を選択して、下のリダイレクトアドレスを正確に入力し（Redditはポートも含め1文字単位で照合します）、アプリ名の下に表示されるclient idを貼り付けてください（installed appにシークレットはありません）。Postdeskは永続的なアクセスを要求するため、サインインは1回だけです。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Google opens the Business Profile APIs only to projects it approves. At console.cloud.google.com create a project, then ask for access with Google&apos;s Business Profile API access form (developers.google.com/my-business/content/prereqs; you need a Business Profile verified for 60 days; Google answers within about 14 days). Once approved, enable “Google My Business API”, “My Business Account Management API” and “My Business Business Information API”. Set up the OAuth consent screen (while it is in Testing, add yourself as a test user), create an OAuth client ID of type “Desktop app” and paste its client ID and secret; any local port works. Photos need your media relay (Settings › Media relay): Google fetches them from its address.</source>
        <translation>GoogleはBusiness Profile APIを承認したプロジェクトにのみ公開しています。console.cloud.google.comでプロジェクトを作成し、GoogleのBusiness Profile APIアクセス申請フォーム（developers.google.com/my-business/content/prereqs。60日以上確認済みのビジネスプロフィールが必要で、Googleの回答には約14日かかります）でアクセスを申請します。承認されたら「Google My Business API」「My Business Account Management API」「My Business Business Information API」を有効にします。OAuth同意画面を設定し（テスト中は自分をテストユーザーとして追加）、種類「デスクトップアプリ」のOAuthクライアントIDを作成して、そのクライアントIDとシークレットを貼り付けてください。ローカルポートはどれでも使えます。写真にはメディアリレーが必要です（［設定］›［メディアリレー］）。Googleはそのアドレスから写真を取得します。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message @BotFather on Telegram to create a bot and copy its token. Add the bot to your channel as an administrator allowed to post, then enter the channel&apos;s @name.</source>
        <translation>Telegramで@BotFatherにメッセージを送ってボットを作成し、そのトークンをコピーします。ボットを投稿権限のある管理者としてチャンネルに追加し、チャンネルの@nameを入力してください。</translation>
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
        <translation>アカウント</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="+3"/>
        <source>Postdesk signs in to each network in your browser.</source>
        <translation>Postdeskは各ネットワークにブラウザーでサインインします。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where sign-ins are kept</source>
        <translation>サインイン情報の保管場所</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign-in storage problem</source>
        <translation>サインイン情報の保管に問題があります</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Use an &amp;encrypted file…</source>
        <translation>暗号化ファイルを使用(&amp;E)…</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+86"/>
        <source>Keep sign-ins in an encrypted file</source>
        <translation>サインイン情報を暗号化ファイルに保管します</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Connected accounts</source>
        <translation>接続済みアカウント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+96"/>
        <source>No accounts yet. Click Connect to add one.</source>
        <translation>アカウントはまだありません。［接続］をクリックして追加してください。</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>&amp;Connect…</source>
        <translation>接続(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect an account</source>
        <translation>アカウントを接続します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reconnect…</source>
        <translation>再接続(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect the selected account</source>
        <translation>選択したアカウントを再接続します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default &amp;options…</source>
        <translation>既定のオプション(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default options of the selected account</source>
        <translation>選択したアカウントの既定のオプション</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Disconnect</source>
        <translation>接続解除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect the selected account</source>
        <translation>選択したアカウントの接続を解除します</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Unlock…</source>
        <translation>ロック解除(&amp;U)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock the encrypted sign-in file</source>
        <translation>暗号化されたサインインファイルのロックを解除します</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No accounts yet. Choose where to keep your sign-ins (above) to connect one.</source>
        <translation>アカウントはまだありません。接続するには、まずサインイン情報の保管場所（上）を選択してください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sign-ins are kept in the encrypted file {file}, locked with your passphrase; never in plain text.</source>
        <translation>サインイン情報は、パスフレーズでロックされた暗号化ファイル{file}に保管されます。平文では保管されません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-ins are kept in your system&apos;s password keyring, never in Postdesk&apos;s own files.</source>
        <translation>サインイン情報はシステムのパスワードキーリングに保管され、Postdesk自体のファイルには保管されません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-ins are kept in your system&apos;s password keyring ({keyring}), never in Postdesk&apos;s own files.</source>
        <translation>サインイン情報はシステムのパスワードキーリング（{keyring}）に保管され、Postdesk自体のファイルには保管されません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Does not expire</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>In %n day(s)</source>
        <translation>
            <numerusform>%Ln日後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>In %n hour(s)</source>
        <translation>
            <numerusform>%Ln時間後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>In %n minute(s)</source>
        <translation>
            <numerusform>%Ln分後</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Connected {handle}.</source>
        <translation>{handle}を接続しました。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Disconnect</source>
        <translation>接続解除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnect {handle}? Postdesk asks {network} to revoke its access and forgets the sign-in. Posts aimed at this account wait until you connect it again.</source>
        <translation>{handle}の接続を解除しますか？Postdeskは{network}にアクセス権の取り消しを依頼し、サインイン情報を消去します。このアカウント宛ての投稿は、再度接続するまで待機します。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Disconnected. The network revoked Postdesk&apos;s access.</source>
        <translation>接続を解除しました。ネットワークがPostdeskのアクセス権を取り消しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnected. The sign-in was deleted from this computer.</source>
        <translation>接続を解除しました。サインイン情報はこのコンピューターから削除されました。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Unlocked. Your accounts can be used again.</source>
        <translation>ロックを解除しました。アカウントを再び使用できます。</translation>
    </message>
</context>
<context>
    <name>ActivitySection</name>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="+306"/>
        <location line="+42"/>
        <source>Acti&amp;vity</source>
        <translation>アクティビティ(&amp;V)</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+48"/>
        <source>Show the post&apos;s activity</source>
        <translation>投稿のアクティビティを表示します</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Where each network stands</source>
        <translation>各ネットワークの状況</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activity log</source>
        <translation>アクティビティログ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing has happened to this post yet.</source>
        <translation>この投稿にはまだ何も起きていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acti&amp;vity ({count})</source>
        <translation>アクティビティ(&amp;V)（{count}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide the post&apos;s activity</source>
        <translation>投稿のアクティビティを非表示にします</translation>
    </message>
</context>
<context>
    <name>AddToQueueDialog</name>
    <message>
        <location filename="../src/postdesk/ui/composer/queue_button.py" line="+74"/>
        <source>Add to queue</source>
        <translation>キューに追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the post to a queue</source>
        <translation>投稿をキューに追加します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Queue:</source>
        <translation>キュー(&amp;Q):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue to add the post to</source>
        <translation>投稿を追加するキュー</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When the post will go out</source>
        <translation>投稿される日時</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add to queue</source>
        <translation>キューに追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the post to this queue at that time</source>
        <translation>この日時で投稿をこのキューに追加します</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This queue has no free time in the next year. Add times to it in Queues, or pick another queue.</source>
        <translation>このキューには今後1年間に空き枠がありません。［キュー］で時刻を追加するか、別のキューを選択してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It takes the next free time: {when} ({zone}).</source>
        <translation>次の空き時間に投稿されます: {when}（{zone}）。</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/list_models.py" line="+140"/>
        <source>When</source>
        <extracomment>Counts of a published post, added up over its networks (`set_metrics`); a dash: not given.</extracomment>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networks</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>投稿</translation>
    </message>
</context>
<context>
    <name>AssetActions</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/actions.py" line="+112"/>
        <source>cropped</source>
        <extracomment>Background request keys: opening another preview drops the answers for the previous one. The longest side of the picture the preview loads (it shows at most about 900 x 420).</extracomment>
        <translation>切り抜き済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cropped {ratio}</source>
        <translation>{ratio}に切り抜き済み</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Videos go as they are; the composer checks their length and size.</source>
        <translation>動画はそのまま送信されます。長さとサイズは作成画面で確認されます。</translation>
    </message>
</context>
<context>
    <name>AssetGrid</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/grid.py" line="+47"/>
        <source>Media library</source>
        <extracomment>Space between cells, in logical pixels.</extracomment>
        <translation>メディアライブラリ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop files or folders here. Drag items into a post to attach them. Space shows a larger preview.</source>
        <translation>ここにファイルやフォルダーをドロップします。項目を投稿にドラッグすると添付されます。スペースキーで大きなプレビューを表示します。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drop images and videos here</source>
        <translation>ここに画像や動画をドロップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…or whole folders, or paste with Ctrl+V. Then drag them into a post.</source>
        <translation>フォルダーごとドロップしても、Ctrl+Vで貼り付けてもかまいません。その後、投稿にドラッグしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/attachments.py" line="+51"/>
        <source>Attached media</source>
        <translation>添付メディア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Left and Alt+Right reorder, Delete removes.</source>
        <translation>Alt+LeftとAlt+Rightで並べ替え、Deleteで削除します。</translation>
    </message>
</context>
<context>
    <name>BestTimes</name>
    <message>
        <location filename="../src/postdesk/ui/composer/best_times_part.py" line="+34"/>
        <source>{day} at {hour} (next: {date})</source>
        <translation>{day} {hour}（次回: {date}）</translation>
    </message>
</context>
<context>
    <name>BestTimesPart</name>
    <message>
        <location line="+38"/>
        <source>Suggested times</source>
        <translation>おすすめの時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested times: your best weekdays and hours to publish</source>
        <translation>おすすめの時間: 投稿に最適な曜日と時間帯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When your own posts did best, from their likes, reposts and replies</source>
        <translation>いいね、リポスト、返信から見た、自分の投稿の反応が良かった時間</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Reading your posts&apos; results…</source>
        <translation>投稿の結果を読み込んでいます…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not enough to go on yet: Postdesk suggests times once it has read the likes and replies of {needed} of your published posts ({posts} so far).</source>
        <translation>まだデータが足りません。公開済みの投稿{needed}件のいいねと返信を読み込むと、おすすめの時間が表示されます（現在{posts}件）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your posts have no likes or replies to learn from yet.</source>
        <translation>参考にできるいいねや返信がまだありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your best times, from {posts} published posts ({zone}):</source>
        <translation>公開済みの投稿{posts}件から見たおすすめの時間（{zone}）:</translation>
    </message>
</context>
<context>
    <name>BlueskyOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/bluesky_options.py" line="+41"/>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only…</source>
        <translation>指定のみ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone can reply on Bluesky</source>
        <translation>Blueskyで全員が返信できます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody can reply on Bluesky</source>
        <translation>Blueskyで誰も返信できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only some people can reply on Bluesky</source>
        <translation>Blueskyで一部の人だけが返信できます</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People you mention</source>
        <translation>メンションしたユーザー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People you follow</source>
        <translation>フォロー中のユーザー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your followers</source>
        <translation>フォロワー</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{who} can reply</source>
        <translation>{who}が返信できます</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Don&apos;t let others quote this p&amp;ost</source>
        <translation>この投稿の引用を許可しない(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who can repl&amp;y:</source>
        <translation>返信できるユーザー(&amp;Y):</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Don&apos;t let others quote this Bluesky post</source>
        <translation>このBluesky投稿の引用を許可しません</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/wording.py" line="+18"/>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>予約済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty queue slot</source>
        <translation>空き枠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishing</source>
        <translation>投稿中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>投稿済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>要確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>That time does not exist on {day} in {zone}: the clocks jump from {start} to {end}. Pick a time outside that gap.</source>
        <translation>{zone}の{day}にはその時刻は存在しません（時計が{start}から{end}に進みます）。この時間帯以外の時刻を選択してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That time happens twice on {day} in {zone} (the clocks go back). Pick another time.</source>
        <translation>{zone}の{day}にはその時刻が2回あります（時計が戻ります）。別の時刻を選択してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That time has already passed. Pick a time in the future.</source>
        <translation>その時刻はすでに過ぎています。未来の時刻を選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This post cannot be moved: it is published, being sent, or waiting for you to check whether it went out.</source>
        <translation>この投稿は移動できません。投稿済み、送信中、または投稿されたかどうかの確認待ちです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That time cannot be used.</source>
        <translation>その時刻は使用できません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That time happens twice on {day} in {zone}; the post was placed at the first one ({offset}).</source>
        <translation>{zone}の{day}にはその時刻が2回あります。投稿は1回目（{offset}）に配置されました。</translation>
    </message>
</context>
<context>
    <name>CalendarBody</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/body.py" line="+36"/>
        <source>No posts yet</source>
        <translation>投稿はまだありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posts you schedule appear here by day and time; drafts wait in the list on the left.</source>
        <translation>予約した投稿は日時ごとにここに表示されます。下書きは左側のリストにあります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write a post</source>
        <translation>投稿を作成(&amp;W)</translation>
    </message>
</context>
<context>
    <name>CalendarCells</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/day_popup.py" line="+134"/>
        <location filename="../src/postdesk/ui/calendar/delegates.py" line="+70"/>
        <source>Queue slot</source>
        <extracomment>A card&apos;s height in the popup: the month&apos;s two-line card, with room for a larger thumbnail.</extracomment>
        <translation>枠</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/calendar/delegates.py" line="+3"/>
        <source>+%n more</source>
        <translation>
            <numerusform>ほか%Ln件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/calendar/model_roles.py" line="+76"/>
        <source>%n post(s)</source>
        <extracomment>Grid cells: the warnings of every post, by post id (the delegate marks the chips that have some); agenda rows: the warnings of that row&apos;s post. Grid cells: what holds each held post, worded, by post id (the delegate marks those chips).</extracomment>
        <translation>
            <numerusform>%Ln件の投稿</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarDay</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/day_popup.py" line="+27"/>
        <source>Posts of {day}</source>
        <translation>{day}の投稿</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posts of the day</source>
        <translation>この日の投稿</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%Ln件の投稿</numerusform>
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
        <translation>カレンダー</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/keys.py" line="+21"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/body.py" line="+29"/>
        <source>The calendar could not be loaded. Your posts are safe; try again.</source>
        <translation>カレンダーを読み込めませんでした。投稿は失われていません。もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>CalendarToolbar</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/toolbar.py" line="+110"/>
        <source>Previous</source>
        <extracomment>The view buttons in order, with their shortcuts (the pane binds the shortcuts).</extracomment>
        <translation>前へ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shown period</source>
        <translation>表示期間</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List</source>
        <translation>リスト</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Time zone shown</source>
        <translation>表示するタイムゾーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show times in another time zone</source>
        <translation>別のタイムゾーンで時刻を表示します</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+92"/>
        <location line="+55"/>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+1"/>
        <source>Search posts</source>
        <translation>検索</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>{first} – {last} {year}</source>
        <translation>{year}年{first}～{last}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Filter (on)</source>
        <translation>フィルター（オン）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Networks</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statuses</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show everything</source>
        <translation>すべて表示</translation>
    </message>
</context>
<context>
    <name>CalendarViews</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/grids.py" line="+74"/>
        <source>Month</source>
        <extracomment>The hour the week view scrolls to when shown. True while `quietly` runs: cursor moves then are not the user&apos;s.</extracomment>
        <translation>月</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List of posts</source>
        <translation>投稿のリスト</translation>
    </message>
</context>
<context>
    <name>CatchUpDialog</name>
    <message>
        <location filename="../src/postdesk/ui/catch_up_dialog.py" line="+50"/>
        <location line="+1"/>
        <source>Posts that were not published</source>
        <translation>投稿されなかった投稿</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n post(s) were due while Postdesk was not running. Nothing has been sent yet. Do you want to publish them now, or skip them? Skipped posts stay in your calendar, paused, so you can reschedule them.</source>
        <translation>
            <numerusform>Postdeskが起動していない間に、%Ln件の投稿の予定時刻が過ぎました。まだ何も送信されていません。今すぐ投稿しますか？それともスキップしますか？スキップした投稿は一時停止の状態でカレンダーに残るので、予約し直せます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Late posts</source>
        <translation>遅れた投稿</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Late posts (times in {zone}):</source>
        <translation>遅れた投稿（{zone}の時刻）(&amp;L):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Publish now</source>
        <translation>今すぐ投稿(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish the late posts now</source>
        <translation>遅れた投稿を今すぐ投稿します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip them</source>
        <translation>スキップ(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the late posts</source>
        <translation>遅れた投稿をスキップします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decide later</source>
        <translation>後で決める(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide later</source>
        <translation>後で決める</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{network} — due {date} at {time}</source>
        <translation>{network} — 予定: {date} {time}</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <location filename="../src/postdesk/ui/composer/chip_row.py" line="+68"/>
        <source>Accounts to post to</source>
        <extracomment>Networks whose options belong to one account (boards, locations, a creator&apos;s privacy levels): their account chips choose one account at a time.</extracomment>
        <translation>投稿先のアカウント</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Post to {network}</source>
        <translation>{network}に投稿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{network}, with no account: a draft only. Connect an account to publish.</source>
        <translation>{network}、アカウントなし: 下書きのみです。投稿するにはアカウントを接続してください。</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>No account chosen yet: choose one above (a draft until then).</source>
        <translation>アカウントがまだ選択されていません。上で選択してください（それまでは下書きです）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No {network} account connected: a draft only.</source>
        <translation>{network}のアカウントが接続されていません: 下書きのみです。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{network} accounts this post goes to</source>
        <translation>この投稿の投稿先の{network}アカウント</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posting as:</source>
        <translation>投稿アカウント:</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../src/postdesk/ui/composer/first_comment_sent.py" line="+61"/>
        <source>Comment on {network}</source>
        <translation>{network}にコメント</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Posts a comment under your published post on {network}. If Postdesk can&apos;t reach {network} now, it goes out as soon as it can, once.</source>
        <translation>{network}の公開済みの投稿にコメントを投稿します。Postdeskが今{network}に接続できない場合は、接続でき次第1回だけ送信します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment under the {network} post</source>
        <translation>{network}の投稿へのコメント</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What happened to the comment</source>
        <translation>コメントの状況</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Post comment</source>
        <translation>コメントを投稿(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post the comment on {network}</source>
        <translation>{network}にコメントを投稿します</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The comment is on its way to {network}.</source>
        <translation>コメントを{network}に送信しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk could not queue the comment for {network}. Try again in a moment.</source>
        <translation>{network}へのコメントを送信待ちにできませんでした。しばらくしてからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>ComposerActivity</name>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="-313"/>
        <source>Its time came; getting ready to publish.</source>
        <extracomment>States whose text went (or may have gone) out: the composer shows it read-only.</extracomment>
        <translation>予定時刻になりました。投稿の準備をしています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published late, as you chose, after Postdesk was closed at its time.</source>
        <translation>予定時刻にPostdeskが終了していたため、選択どおり遅れて投稿しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its time passed while Postdesk was closed; waiting for your decision.</source>
        <translation>Postdeskの終了中に予定時刻が過ぎました。操作を待っています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>Skipped: its time passed while Postdesk was closed.</source>
        <translation>スキップしました: Postdeskの終了中に予定時刻が過ぎました。</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>You asked to publish it now.</source>
        <translation>今すぐ投稿するよう指示されました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trying again.</source>
        <translation>再送信しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published.</source>
        <translation>投稿しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found on the network: it was published.</source>
        <translation>ネットワーク上で見つかりました: 投稿済みです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found on the network; sending it again.</source>
        <translation>ネットワーク上で見つかりません。再送信します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You confirmed it was published.</source>
        <translation>投稿済みであることが確認されました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postdesk stopped while publishing; it will check whether the post went out.</source>
        <translation>投稿中にPostdeskが停止しました。投稿されたかどうかを確認します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network did not answer; Postdesk will check before trying again.</source>
        <translation>ネットワークから応答がありませんでした。再送信する前に確認します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network asked to wait (too many requests); will try again.</source>
        <translation>ネットワークから待機を求められました（リクエストが多すぎます）。再送信します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach the network; will try again.</source>
        <translation>ネットワークに接続できませんでした。再送信します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network took too long to answer, so Postdesk stopped waiting; it will retry without posting twice.</source>
        <translation>ネットワークの応答に時間がかかりすぎたため、待機を中止しました。二重投稿しないように再送信します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network&apos;s answer was far too large, so Postdesk stopped reading; it will retry without posting twice.</source>
        <translation>ネットワークの応答が大きすぎたため、読み込みを中止しました。二重投稿しないように再送信します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network&apos;s answer was not in the expected form; Postdesk will retry without posting twice.</source>
        <translation>ネットワークの応答が想定外の形式でした。二重投稿しないように再送信します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account needs you to sign in again.</source>
        <translation>このアカウントに再度サインインする必要があります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Waiting: sign in to this account again and it will go out.</source>
        <translation>待機中: このアカウントに再度サインインすると投稿されます。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Waiting: your sign-ins are locked. Unlock them in Accounts and it will go out.</source>
        <translation>待機中: サインイン情報がロックされています。［アカウント］でロックを解除すると投稿されます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An attached file is no longer in the media library, so this could not be posted.</source>
        <translation>添付ファイルがメディアライブラリにないため、投稿できませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: you asked for alt text on every image, and an image has none. Describe it and schedule again.</source>
        <translation>投稿されませんでした: すべての画像に代替テキストを求める設定ですが、代替テキストのない画像があります。画像の説明を入力して、もう一度予約してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network refused the post.</source>
        <translation>ネットワークが投稿を拒否しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gave up after several failed tries.</source>
        <translation>何度か失敗したため、中止しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused: Postdesk cannot publish to this network yet.</source>
        <translation>一時停止中: Postdeskはまだこのネットワークに投稿できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused.</source>
        <translation>一時停止しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resumed.</source>
        <translation>再開しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handing it to the network&apos;s own scheduler…</source>
        <translation>ネットワーク独自の予約機能に引き渡しています…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network&apos;s own scheduler will publish it, even with Postdesk closed.</source>
        <translation>Postdeskを終了していても、ネットワーク独自の予約機能が投稿します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk will publish it itself.</source>
        <translation>Postdesk自身が投稿します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network&apos;s scheduler did not take it; Postdesk will publish it itself.</source>
        <translation>ネットワークの予約機能が受け付けなかったため、Postdesk自身が投稿します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network did not publish it; Postdesk is publishing it now.</source>
        <translation>ネットワークが投稿しなかったため、Postdeskが今投稿しています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published by the network&apos;s scheduler.</source>
        <translation>ネットワークの予約機能により投稿されました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused: the network&apos;s scheduler does not show it. Please check.</source>
        <translation>一時停止中: ネットワークの予約機能に表示されていません。確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused: Postdesk&apos;s data was restored from a backup, and this may have gone out since. Check the network, then resume or publish it.</source>
        <translation>一時停止中: Postdeskのデータがバックアップから復元されたため、その後に投稿された可能性があります。ネットワークを確認してから、再開するか投稿してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First comment posted.</source>
        <translation>最初のコメントを投稿しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The post is out, but the first comment could not be posted.</source>
        <translation>投稿は完了しましたが、最初のコメントを投稿できませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This network has no first comment; it was not posted.</source>
        <translation>このネットワークには最初のコメントがないため、投稿されませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not check the network yet; will check again.</source>
        <translation>まだネットワークを確認できませんでした。もう一度確認します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only you can tell whether it is there: choose “Did it go out?”.</source>
        <translation>投稿されたかどうかはご自身でしか確認できません。「投稿されましたか？」を選択してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edited on the network; what it said before is kept in this log.</source>
        <translation>ネットワーク上で編集されました。編集前の内容はこのログに残っています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The edit did not reach the network; the post there is unchanged.</source>
        <translation>編集がネットワークに届きませんでした。ネットワーク上の投稿は変更されていません。</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/refusal_words.py" line="+38"/>
        <source>Not posted: Postdesk could not read {name} on this computer. Attach it again and schedule the post again.</source>
        <extracomment>Plural sentences of the context &quot;ComposerActivity&quot; (see `i18n.plural_context`).</extracomment>
        <translation>投稿されませんでした: このコンピューターで{name}を読み込めませんでした。もう一度添付して、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {name} is not an image or video Postdesk recognises. Replace it and schedule the post again.</source>
        <translation>投稿されませんでした: {name}はPostdeskが認識できる画像や動画ではありません。ファイルを差し替えて、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {name} could not be opened as an image; the file may be damaged. Replace it and schedule the post again.</source>
        <translation>投稿されませんでした: {name}を画像として開けませんでした。ファイルが破損している可能性があります。差し替えて、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {name} could not be read as a video; the file may be damaged. Replace it and schedule the post again.</source>
        <translation>投稿されませんでした: {name}を動画として読み込めませんでした。ファイルが破損している可能性があります。差し替えて、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {name} is too big for {network}, and Postdesk could not make it small enough. Use a smaller file and schedule the post again.</source>
        <translation>投稿されませんでした: {name}は{network}には大きすぎ、Postdeskで十分に小さくできませんでした。小さいファイルを使って、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the picture chosen as the video&apos;s cover could not be used. Choose another one and schedule the post again.</source>
        <translation>投稿されませんでした: 動画のカバーに選んだ画像を使用できませんでした。別の画像を選んで、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} does not take files like {name} ({type}). Use another file and schedule the post again.</source>
        <translation>投稿されませんでした: {network}は{name}のようなファイル({type})を受け付けません。別のファイルを使って、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {name} is too big to send to {network}. Use a smaller file and schedule the post again.</source>
        <translation>投稿されませんでした: {name}は大きすぎて{network}に送信できません。小さいファイルを使って、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {name} changed on this computer while Postdesk was sending it. Schedule the post again.</source>
        <translation>投稿されませんでした: Postdeskが送信している間に、このコンピューター上の{name}が変更されました。投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} could not process {name}; it may be damaged or in a format {network} does not take.</source>
        <translation>投稿されませんでした: {network}で{name}を処理できませんでした。ファイルが破損しているか、{network}が受け付けない形式の可能性があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: this account has posted as many videos as {network} allows in a day. Try again tomorrow.</source>
        <translation>投稿されませんでした: このアカウントは、{network}で1日に投稿できる動画の数に達しました。明日もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} does not let this account upload videos right now. Try again later.</source>
        <translation>投稿されませんでした: {network}では現在、このアカウントから動画をアップロードできません。後でもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: this video is {size}, and {network} lets this account upload only {left} more today. Try again tomorrow or post a shorter video.</source>
        <translation>投稿されませんでした: この動画は{size}ですが、{network}で今日このアカウントがアップロードできるのはあと{left}だけです。明日もう一度試すか、もっと短い動画を投稿してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} takes at most {max} rules for who may reply, and {count} are chosen.</source>
        <translation>投稿されませんでした: {network}で返信できる人のルールは最大{max}個ですが、{count}個選ばれています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} has blocked this account from posting for a while; it says recent activity goes against its rules.</source>
        <translation>投稿されませんでした: {network}はこのアカウントからの投稿を一時的にブロックしています。最近のアクティビティがルールに違反しているとのことです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} says the sign-in lacks a permission Postdesk needs. Reconnect the account in Accounts and allow everything Postdesk asks for.</source>
        <translation>投稿されませんでした: {network}によると、サインインにPostdeskが必要とする権限がありません。［アカウント］でアカウントを再接続し、Postdeskが求めるすべての権限を許可してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not posted: the media relay&apos;s secret key is missing from the keyring. Enter it again in Settings › Media relay, then schedule the post again.</source>
        <translation>投稿されませんでした: メディアリレーのシークレットキーがキーリングにありません。［設定］›［メディアリレー］でもう一度入力してから、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the media relay&apos;s bucket does not exist. Check the bucket name in Settings › Media relay, then schedule the post again.</source>
        <translation>投稿されませんでした: メディアリレーのバケットが存在しません。［設定］›［メディアリレー］でバケット名を確認してから、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the media relay refused the access key (wrong key, wrong secret, or no permission on the bucket). Check Settings › Media relay, then schedule the post again.</source>
        <translation>投稿されませんでした: メディアリレーがアクセスキーを拒否しました(キーかシークレットの誤り、またはバケットへの権限がありません)。［設定］›［メディアリレー］を確認してから、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the media relay refused to keep a copy of the file. Check Settings › Media relay, then schedule the post again.</source>
        <translation>投稿されませんでした: メディアリレーがファイルのコピーの保存を拒否しました。［設定］›［メディアリレー］を確認してから、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{network} has no scheduler Postdesk can hand posts to.</source>
        <translation>{network}には、Postdeskが投稿を引き渡せる予約機能がありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network}&apos;s scheduler takes a single post, not a thread.</source>
        <translation>{network}の予約機能が受け付けるのは単独の投稿で、スレッドは受け付けません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The post still waits in {network}&apos;s scheduler: take it back and schedule it again.</source>
        <translation>この投稿はまだ{network}の予約機能で待機しています。取り戻してから予約し直してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network} no longer has this post, or it was not written by this account.</source>
        <translation>{network}にこの投稿はもうないか、このアカウントが書いた投稿ではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This post was written by another account, so it cannot be edited from this one.</source>
        <translation>この投稿は別のアカウントが書いたため、このアカウントからは編集できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk cannot edit a post with a poll: {network} would start the poll over.</source>
        <translation>Postdeskはアンケート付きの投稿を編集できません。{network}でアンケートが最初からやり直しになるためです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This {network} server is too old to edit posts; delete the post and post it again instead.</source>
        <translation>この{network}サーバーは古いため投稿を編集できません。代わりに投稿を削除して、もう一度投稿してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network} does not let Postdesk do this here.</source>
        <translation>{network}では、ここでこの操作をPostdeskから行えません。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{network}&apos;s scheduler takes a post only %Ln minute(s) or more before its time.</source>
        <translation>
            <numerusform>{network}の予約機能は、投稿時刻の%Ln分以上前でないと投稿を受け付けません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{network}&apos;s scheduler takes a post at most %Ln day(s) before its time.</source>
        <translation>
            <numerusform>{network}の予約機能が受け付けるのは、投稿時刻の最大%Ln日前までです。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>attachment {position}</source>
        <translation>{position}番目の添付ファイル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an attached file</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="+41"/>
        <source>Something happened with this post.</source>
        <translation>この投稿で何かが起きました。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="+79"/>
        <source>{sentence} {reason}</source>
        <translation>{sentence}{reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+53"/>
        <source>{sentence} The network said: “{message}”</source>
        <translation>{sentence}ネットワークからのメッセージ:「{message}」</translation>
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
        <translation>投稿を表示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network}: published —</source>
        <translation>{network}: 投稿済み —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}: published.</source>
        <translation>{network}: 投稿済み。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{network}: draft, not scheduled.</source>
        <translation>{network}: 下書き、未予約。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: scheduled.</source>
        <translation>{network}: 予約済み。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: about to publish.</source>
        <translation>{network}: まもなく投稿。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: publishing now…</source>
        <translation>{network}: 投稿中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: failed, will try again {when}. {reason}</source>
        <translation>{network}: 失敗しました。{when}再送信します。{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network}: failed. {reason}</source>
        <translation>{network}: 失敗しました。{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: paused. {reason}</source>
        <translation>{network}: 一時停止中。{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: cancelled.</source>
        <translation>{network}: キャンセル済み。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: Postdesk does not know whether it went out. {reason}</source>
        <translation>{network}: 投稿されたかどうか、Postdeskでは確認できません。{reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>soon</source>
        <translation>まもなく</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The network said: “{message}”</source>
        <translation>ネットワークからのメッセージ:「{message}」</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/refusal_words_networks.py" line="+15"/>
        <source>Not posted: {network} could not download the file from the media relay. Check the relay in Settings › Media relay and schedule the post again.</source>
        <translation>投稿されませんでした: {network}がメディアリレーからファイルをダウンロードできませんでした。［設定］›［メディアリレー］でリレーを確認して、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} let the prepared post expire before it was published. Schedule the post again.</source>
        <translation>投稿されませんでした: 準備された投稿が公開される前に{network}で期限切れになりました。投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} could not process the video; its format, length or encoding is not one {network} takes. Convert it and schedule the post again.</source>
        <translation>投稿されませんでした: {network}が動画を処理できませんでした。形式、長さ、またはエンコードが{network}で受け付けられないものです。変換して、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} could not use the video&apos;s sound; it takes mono or stereo sound. Convert the video and schedule the post again.</source>
        <translation>投稿されませんでした: {network}が動画の音声を使用できませんでした。モノラルまたはステレオの音声のみ受け付けます。動画を変換して、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the video&apos;s shape (aspect ratio) is not one {network} takes. Crop it and schedule the post again.</source>
        <translation>投稿されませんでした: 動画の縦横比は{network}で受け付けられません。切り抜いて、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the video&apos;s bit rate is too high for {network}. Convert it and schedule the post again.</source>
        <translation>投稿されませんでした: 動画のビットレートが{network}には高すぎます。変換して、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: the video is too long or too short for {network}. Trim it and schedule the post again.</source>
        <translation>投稿されませんでした: 動画が{network}には長すぎるか短すぎます。長さを調整して、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} takes videos of 23 to 60 frames a second, and this one is not. Convert it and schedule the post again.</source>
        <translation>投稿されませんでした: {network}は毎秒23〜60フレームの動画のみ受け付けますが、この動画は該当しません。変換して、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} does not take this image format. Save it as JPEG and schedule the post again.</source>
        <translation>投稿されませんでした: {network}はこの画像形式を受け付けません。JPEGで保存して、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: the file is larger than {network} takes. Use a smaller file and schedule the post again.</source>
        <translation>投稿されませんでした: ファイルが{network}で受け付けられるサイズを超えています。小さいファイルを使って、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} could not take the media.</source>
        <translation>投稿されませんでした: {network}がメディアを受け付けられませんでした。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: a photo&apos;s shape is not one {network} takes (from 4:5 to 1.91:1). Crop it and schedule the post again.</source>
        <translation>投稿されませんでした: 写真の縦横比が{network}で受け付けられる範囲（4:5〜1.91:1）外です。切り抜いて、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the caption is longer than the {max} characters {network} takes. Shorten it and schedule the post again.</source>
        <translation>投稿されませんでした: キャプションが{network}で受け付けられる{max}文字を超えています。短くして、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} does not take this kind of post.</source>
        <translation>投稿されませんでした: {network}はこの種類の投稿を受け付けません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} held the post back as suspected spam. Try again later, or post it from the app.</source>
        <translation>投稿されませんでした: {network}がスパムの疑いで投稿を保留しました。後でもう一度試すか、アプリから投稿してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: the chosen cover frame is not inside the video. Choose another one and schedule the post again.</source>
        <translation>投稿されませんでした: カバーに選んだフレームが動画の範囲外です。別のフレームを選んで、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} could not find the prepared post. Schedule the post again.</source>
        <translation>投稿されませんでした: {network}が準備された投稿を見つけられませんでした。投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not posted: {network} does not take photos whose width and height add up to more than {max} pixels, or whose long side is more than 20 times the short side. Resize the photo and schedule the post again.</source>
        <translation>投稿されませんでした: {network}は、幅と高さの合計が{max}ピクセルを超える写真や、長辺が短辺の20倍を超える写真を受け付けません。写真のサイズを変更して、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} no longer accepts the version of its API this Postdesk uses. Update Postdesk to publish to {network} again.</source>
        <translation>投稿されませんでした: {network}は、このPostdeskが使用しているAPIのバージョンを受け付けなくなりました。{network}に再び投稿するには、Postdeskを更新してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the video is larger than {network}&apos;s video service takes. Use a shorter or smaller video and schedule the post again.</source>
        <translation>投稿されませんでした: 動画が{network}の動画サービスで受け付けられるサイズを超えています。短い動画か小さい動画を使って、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network}&apos;s video service refused the video.</source>
        <translation>投稿されませんでした: {network}の動画サービスが動画を拒否しました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} takes videos only from accounts with a confirmed email address. Confirm yours in {network}&apos;s settings, then schedule the post again.</source>
        <translation>投稿されませんでした: {network}は、メールアドレスが確認済みのアカウントからの動画のみ受け付けます。{network}の設定でメールアドレスを確認してから、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/refusal_words_video.py" line="+19"/>
        <source>Not posted: {network} could not convert the video.</source>
        <translation>投稿されませんでした: {network}で動画を変換できませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} could not read the video file.</source>
        <translation>投稿されませんでした: {network}で動画ファイルを読み込めませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} received an empty video file.</source>
        <translation>投稿されませんでした: {network}に届いた動画ファイルが空でした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} says the video file is too small.</source>
        <translation>投稿されませんでした: {network}によると、動画ファイルが小さすぎます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} cannot decode the video&apos;s format.</source>
        <translation>投稿されませんでした: {network}では動画の形式をデコードできません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the upload was cut off before {network} had all of it. Schedule the post again.</source>
        <translation>投稿されませんでした: {network}がすべてを受け取る前にアップロードが途切れました。投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} could not process the video.</source>
        <translation>投稿されませんでした: {network}で動画を処理できませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video for copyright.</source>
        <translation>投稿されませんでした: {network}は著作権を理由に動画を拒否しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video as inappropriate.</source>
        <translation>投稿されませんでした: {network}は不適切な動画として拒否しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video as a duplicate of one already on the channel.</source>
        <translation>投稿されませんでした: {network}は、チャンネルにすでにある動画と重複するとして拒否しました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} rejected the video under its terms of use.</source>
        <translation>投稿されませんでした: {network}は利用規約に基づいて動画を拒否しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video because the channel is suspended.</source>
        <translation>投稿されませんでした: チャンネルが停止されているため、{network}は動画を拒否しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video because it is too long for this channel.</source>
        <translation>投稿されませんでした: このチャンネルには長すぎるため、{network}は動画を拒否しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video because of a claim on it.</source>
        <translation>投稿されませんでした: 申し立てがあるため、{network}は動画を拒否しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video because the channel is closed.</source>
        <translation>投稿されませんでした: チャンネルが閉鎖されているため、{network}は動画を拒否しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video for trademark reasons.</source>
        <translation>投稿されませんでした: {network}は商標上の理由で動画を拒否しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video for legal reasons.</source>
        <translation>投稿されませんでした: {network}は法的な理由で動画を拒否しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video.</source>
        <translation>投稿されませんでした: {network}は動画を拒否しました。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not posted: {network} could not read the file&apos;s format. It takes MP4, MOV or WebM videos and JPEG or WebP photos.</source>
        <translation>投稿されませんでした: {network}でファイルの形式を読み込めませんでした。MP4、MOV、WebMの動画と、JPEG、WebPの写真を受け付けます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} refused the video&apos;s length for this account.</source>
        <translation>投稿されませんでした: {network}は、このアカウントでは動画の長さを受け付けませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} refused the video&apos;s frame rate. It takes 23 to 60 frames a second.</source>
        <translation>投稿されませんでした: {network}は動画のフレームレートを受け付けませんでした。毎秒23～60フレームに対応しています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} refused a photo&apos;s size. Photos up to 1080p work.</source>
        <translation>投稿されませんでした: {network}は写真のサイズを受け付けませんでした。1080pまでの写真なら使えます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} had an internal problem with this post. Schedule the post again.</source>
        <translation>投稿されませんでした: {network}でこの投稿に内部的な問題が起きました。投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} could not download the video.</source>
        <translation>投稿されませんでした: {network}で動画をダウンロードできませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} could not download a photo from the media relay.</source>
        <translation>投稿されませんでした: {network}でメディアリレーから写真をダウンロードできませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the post was cancelled in {network}.</source>
        <translation>投稿されませんでした: 投稿は{network}でキャンセルされました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: Postdesk&apos;s access to this {network} account was removed. Reconnect the account in Accounts.</source>
        <translation>投稿されませんでした: この{network}アカウントへのPostdeskのアクセスが取り消されました。［アカウント］でアカウントを再接続してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: this account has reached {network}&apos;s daily limit of posts from apps. Try again tomorrow.</source>
        <translation>投稿されませんでした: このアカウントは、アプリからの投稿に関する{network}の1日の上限に達しました。明日もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} does not let this account post right now.</source>
        <translation>投稿されませんでした: {network}では現在、このアカウントは投稿できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} flagged the caption as spam.</source>
        <translation>投稿されませんでした: {network}がキャプションをスパムと判定しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} flagged the post as spam.</source>
        <translation>投稿されませんでした: {network}が投稿をスパムと判定しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: your {network} app is not approved for this permission. Check the products of your app on {network}&apos;s developer site.</source>
        <translation>投稿されませんでした: {network}アプリはこの権限の承認を受けていません。{network}の開発者向けサイトでアプリのプロダクトを確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: your {network} app has not passed {network}&apos;s audit yet, so it can post only privately, from a private account.</source>
        <translation>投稿されませんでした: {network}アプリはまだ{network}の審査に合格していないため、非公開アカウントから非公開でしか投稿できません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} could not publish the post.</source>
        <translation>投稿されませんでした: {network}で投稿を公開できませんでした。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not posted: that subreddit does not exist. Check its name and schedule the post again.</source>
        <translation>投稿されませんでした: そのサブレディットは存在しません。名前を確認して、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the subreddit does not exist or cannot be seen from your account. Check its name and schedule the post again.</source>
        <translation>投稿されませんでした: サブレディットが存在しないか、このアカウントからは見えません。名前を確認して、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: you are not allowed to post in this subreddit.</source>
        <translation>投稿されませんでした: このサブレディットに投稿する権限がありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: choose the subreddit to post to and schedule the post again.</source>
        <translation>投稿されませんでした: 投稿先のサブレディットを選択して、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this subreddit does not take text posts.</source>
        <translation>投稿されませんでした: このサブレディットはテキスト投稿を受け付けません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this subreddit takes text posts only.</source>
        <translation>投稿されませんでした: このサブレディットはテキスト投稿しか受け付けません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this subreddit does not take images.</source>
        <translation>投稿されませんでした: このサブレディットは画像を受け付けません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this subreddit does not take videos.</source>
        <translation>投稿されませんでした: このサブレディットは動画を受け付けません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this link has already been posted to this subreddit.</source>
        <translation>投稿されませんでした: このリンクはすでにこのサブレディットに投稿されています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} needs a title or text here.</source>
        <translation>投稿されませんでした: {network}ではここにタイトルまたはテキストが必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} could not use the link or the uploaded media.</source>
        <translation>投稿されませんでした: {network}でリンクまたはアップロードしたメディアを使用できませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} needs a link for this post.</source>
        <translation>投稿されませんでした: {network}ではこの投稿にリンクが必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this subreddit requires a flair. Choose one and schedule the post again.</source>
        <translation>投稿されませんでした: このサブレディットではフレアが必須です。選択して、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the chosen flair no longer exists in this subreddit. Choose another and schedule the post again.</source>
        <translation>投稿されませんでした: 選択したフレアはこのサブレディットにもうありません。別のフレアを選択して、投稿を予約し直してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} asks you to sign in again. Reconnect the account in Accounts.</source>
        <translation>投稿されませんでした: {network}から再度サインインするよう求められています。［アカウント］でアカウントを再接続してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The comment you are answering has been deleted.</source>
        <translation>返信先のコメントは削除されています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The post you are answering has been deleted.</source>
        <translation>返信先の投稿は削除されています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments are locked on this post.</source>
        <translation>この投稿のコメントはロックされています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This post is archived and takes no more comments.</source>
        <translation>この投稿はアーカイブ済みのため、コメントを受け付けていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: part of the post is too long for {network}.</source>
        <translation>投稿されませんでした: 投稿の一部が{network}には長すぎます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the post does not follow one of the subreddit&apos;s rules.</source>
        <translation>投稿されませんでした: 投稿がサブレディットのルールのいずれかに従っていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} refused the post.</source>
        <translation>投稿されませんでした: {network}は投稿を拒否しました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not posted: {network} refused the title (empty, too long, or with &lt; or &gt;).</source>
        <translation>投稿されませんでした: {network}はタイトルを受け付けませんでした（空、長すぎる、または &lt; や &gt; を含む）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} refused the description (over 5000 bytes, or with &lt; or &gt;).</source>
        <translation>投稿されませんでした: {network}は説明を受け付けませんでした（5000バイト超、または &lt; や &gt; を含む）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} refused the tags (together over 500 characters, or with &lt; or &gt;).</source>
        <translation>投稿されませんでした: {network}はタグを受け付けませんでした（合計500文字超、または &lt; や &gt; を含む）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} does not have that category.</source>
        <translation>投稿されませんでした: {network}にそのカテゴリはありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} refused the scheduled time.</source>
        <translation>投稿されませんでした: {network}は予約日時を受け付けませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} does not allow that privacy setting for this video.</source>
        <translation>投稿されませんでした: {network}ではこの動画にそのプライバシー設定を使えません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} does not allow that license for this video.</source>
        <translation>投稿されませんでした: {network}ではこの動画にそのライセンスを使えません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} needs the video&apos;s language set first.</source>
        <translation>投稿されませんでした: {network}では先に動画の言語を設定する必要があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} got no video file.</source>
        <translation>投稿されませんでした: {network}に動画ファイルが届きませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} could not read the thumbnail image.</source>
        <translation>投稿されませんでした: {network}でサムネイル画像を読み込めませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the thumbnail is over {network}&apos;s 2 MB.</source>
        <translation>投稿されませんでした: サムネイルが{network}の上限2 MBを超えています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} cannot find that playlist.</source>
        <translation>投稿されませんでした: {network}でそのプレイリストが見つかりません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video is no longer on {network}.</source>
        <translation>この動画はもう{network}にありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments are turned off for this video.</source>
        <translation>この動画ではコメントがオフになっています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this Google account has no {network} channel yet.</source>
        <translation>投稿されませんでした: このGoogleアカウントにはまだ{network}チャンネルがありません。</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/refusal_words_waits.py" line="+16"/>
        <location line="+6"/>
        <source>Waiting: this account has reached the limit of posts per 24 hours on {network} ({max}). Postdesk will try again in an hour.</source>
        <translation>待機中: このアカウントは{network}の24時間あたりの投稿数の上限（{max}）に達しました。Postdeskは1時間後にもう一度試します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: this account has reached the limit of replies per 24 hours on {network} ({max}). Postdesk will try again in an hour.</source>
        <translation>待機中: このアカウントは{network}の24時間あたりの返信数の上限（{max}）に達しました。Postdeskは1時間後にもう一度試します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: your {network} API project does not have enough quota left today for this video. Postdesk will upload it after midnight Pacific time.</source>
        <translation>待機中: お使いの{network} APIプロジェクトには、今日この動画に必要な割り当てが残っていません。Postdeskは太平洋時間の午前0時以降にアップロードします。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: this channel has uploaded as many videos as {network} allows for now. Postdesk will try again in 24 hours.</source>
        <translation>待機中: このチャンネルは、{network}で現在アップロードできる動画の数に達しました。Postdeskは24時間後にもう一度試します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: this account has reached {network}&apos;s daily limit of posts from apps. Postdesk will try again in an hour.</source>
        <translation>待機中: このアカウントは、アプリからの投稿に対する{network}の1日の上限に達しました。Postdeskは1時間後にもう一度試します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: your {network} app has reached its daily number of accounts that may post. Postdesk will try again in an hour.</source>
        <translation>待機中: お使いの{network}アプリは、1日に投稿できるアカウント数の上限に達しました。Postdeskは1時間後にもう一度試します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not posted: {network}&apos;s media storage did not take {name}. Try again later or use another file.</source>
        <translation>投稿されませんでした: {network}のメディアストレージが{name}を受け付けませんでした。後でもう一度試すか、別のファイルを使ってください。</translation>
    </message>
</context>
<context>
    <name>ComposerPane</name>
    <message>
        <location filename="../src/postdesk/app.py" line="-43"/>
        <location line="+44"/>
        <source>Compose</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pane_layout.py" line="+39"/>
        <source>&amp;New post</source>
        <translation>新規投稿(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new post</source>
        <translation>新しい投稿を作成します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new post (Ctrl+N)</source>
        <translation>新しい投稿を作成します（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post to:</source>
        <translation>投稿先:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save status</source>
        <translation>保存状態</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Text, media and schedule</source>
        <translation>テキスト、メディア、予約</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>New post</source>
        <translation>新規投稿</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule</source>
        <translation>予約</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Split into thread</source>
        <translation>スレッドに分割</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attach images</source>
        <translation>画像を添付</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="+95"/>
        <source>Composer</source>
        <translation>作成画面</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening your last draft…</source>
        <translation>最後の下書きを開いています…</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>The post was removed from Postdesk.</source>
        <translation>投稿はPostdeskから削除されました。</translation>
    </message>
</context>
<context>
    <name>ComposerProblems</name>
    <message>
        <location filename="../src/postdesk/ui/composer/problem_templates.py" line="+14"/>
        <source>Too long by {over}: {length} of {limit} characters.</source>
        <translation>{over}文字超過しています（{length}/{limit}文字）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too long for {network}&apos;s storage limit: {length} of {limit} bytes (emoji and accented letters take more than one).</source>
        <translation>{network}の保存容量の上限を超えています: {length}/{limit}バイト（絵文字やアクセント付きの文字は複数バイトになります）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write something: {network} does not accept an empty post.</source>
        <translation>テキストを入力してください。{network}では空の投稿はできません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a title: {network} needs one.</source>
        <translation>タイトルを追加してください。{network}ではタイトルが必要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too long: {length} of {limit} characters.</source>
        <translation>タイトルが長すぎます: {length}/{limit}文字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With media attached, the text is a caption: {length} of {limit} characters.</source>
        <translation>メディアを添付した場合、テキストはキャプションになります: {length}/{limit}文字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} does not allow the character “{char}” here.</source>
        <translation>{network}では、ここに文字「{char}」は使用できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many hashtags: {count}, {network} allows {max}.</source>
        <translation>ハッシュタグが多すぎます: {count}個（{network}の上限は{max}個）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many mentions: {count}, {network} allows {max}.</source>
        <translation>メンションが多すぎます: {count}件（{network}の上限は{max}件）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many images: {count}, {network} allows {max}.</source>
        <translation>画像が多すぎます: {count}枚（{network}の上限は{max}枚）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many videos: {count}, {network} allows {max}.</source>
        <translation>動画が多すぎます: {count}本（{network}の上限は{max}本）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} cannot mix images and video in one post.</source>
        <translation>{network}では、1つの投稿に画像と動画を混在させることはできません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach an image or a video: {network} posts need one.</source>
        <translation>画像または動画を添付してください。{network}の投稿には必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image {position} has no description (alt text) for people who cannot see it.</source>
        <translation>画像{position}に、見ることができない人のための説明（代替テキスト）がありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The description of image {position} is too long: {length} of {limit} characters.</source>
        <translation>画像{position}の説明が長すぎます: {length}/{limit}文字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} has no threads: only the first part would be posted. Join the parts or write a separate text for {network}.</source>
        <translation>{network}にはスレッドがないため、最初の部分しか投稿されません。部分を結合するか、{network}用に別のテキストを作成してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An attached file is missing from the media library; attach it again.</source>
        <translation>添付ファイルがメディアライブラリにありません。もう一度添付してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the subreddit to post to.</source>
        <translation>投稿先のサブレディットを選択してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the Pinterest board to save this Pin to.</source>
        <translation>このピンを保存するPinterestのボードを選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The content warning is too long.</source>
        <translation>コンテンツ警告が長すぎます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the {network} account to post from (connect one in Accounts if the list is empty).</source>
        <translation>投稿に使う{network}アカウントを選択してください（リストが空の場合は、［アカウント］で接続してください）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {network} account chosen for this post is no longer connected: choose another one or connect it again in Accounts.</source>
        <translation>この投稿に選択した{network}アカウントは接続されていません。別のアカウントを選択するか、［アカウント］で再接続してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The {network} account chosen for this post was disconnected: connect it again in Accounts, or choose another one.</source>
        <translation>この投稿に選択した{network}アカウントの接続が解除されました。［アカウント］で再接続するか、別のアカウントを選択してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in to {handle} again before this can be posted.</source>
        <translation>投稿するには、{handle}に再度サインインしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk cannot publish to {network} yet: remove {network} from this post to schedule it.</source>
        <translation>Postdeskはまだ{network}に投稿できません。予約するには、この投稿から{network}を外してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network} fetches photos and videos from a public web address, which needs a media relay. Postdesk does not support one yet, so posts to {network} can only be text for now: remove the media for {network}.</source>
        <translation>{network}は写真や動画を公開Webアドレスから取得するため、メディアリレーが必要です。Postdeskはまだこれに対応していないため、現在{network}にはテキストのみ投稿できます。{network}用のメディアを削除してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{network} fetches photos and videos from a public web address, which needs a media relay: set one up in Settings › Media relay, or remove the media for {network}.</source>
        <translation>{network}は写真や動画を公開Webアドレスから取得するため、メディアリレーが必要です。［設定］›［メディアリレー］で設定するか、{network}用のメディアを削除してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{network} does not allow a poll and photos or videos in the same post.</source>
        <translation>{network}では、同じ投稿にアンケートと写真・動画を含めることはできません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk cannot post videos to {network} yet: remove the video (attachment {position}) for {network}.</source>
        <translation>Postdeskはまだ{network}に動画を投稿できません。{network}用の動画（添付{position}）を削除してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk cannot post animated GIFs to {network}: remove GIF {position} for {network}, or use a video.</source>
        <translation>Postdeskは{network}にアニメーションGIFを投稿できません。{network}用のGIF {position}を削除するか、動画を使用してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GIF {position} is {size_mb} MB; {network} takes GIFs of at most {max_mb} MB.</source>
        <translation>GIF {position}は{size_mb} MBです。{network}で使用できるGIFは{max_mb} MBまでです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On {network}, an animated GIF must be alone: no other photos, GIFs or videos in the same post.</source>
        <translation>{network}では、アニメーションGIFは単独で投稿する必要があります。同じ投稿に他の写真、GIF、動画は含められません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network} does not take {format} videos (only {formats}): change attachment {position}.</source>
        <translation>{network}は{format}形式の動画に対応していません（対応形式: {formats}）。添付{position}を変更してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attachment {position} is a {size_mb} MB video; {network} takes at most {max_mb} MB.</source>
        <translation>添付{position}は{size_mb} MBの動画です。{network}の上限は{max_mb} MBです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video (attachment {position}) lasts {duration}; {network} takes at most {max_duration}.</source>
        <translation>動画（添付{position}）の長さは{duration}です。{network}の上限は{max_duration}です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The video (attachment {position}) lasts {seconds} s; {network} needs at least {min_seconds} s.</source>
        <translation>動画（添付{position}）の長さは{seconds}秒です。{network}では{min_seconds}秒以上必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The video (attachment {position}) is {width}×{height} pixels; {network} takes at most {max_width}×{max_height}.</source>
        <translation>動画（添付{position}）は{width}×{height}ピクセルです。{network}の上限は{max_width}×{max_height}です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The video (attachment {position}) is {width}×{height} pixels; {network} needs at least {min_side} pixels on each side.</source>
        <translation>動画（添付{position}）は{width}×{height}ピクセルです。{network}では各辺{min_side}ピクセル以上必要です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many attachments: {count}, {network} takes at most {max} photos and videos in one post.</source>
        <translation>添付が多すぎます: {count}個（{network}では1つの投稿に写真と動画を合わせて{max}個まで）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tags come to {length} of YouTube&apos;s {limit} characters (YouTube counts the commas between tags, and quotes around a tag with a space).</source>
        <translation>タグの合計はYouTubeの上限{limit}文字のうち{length}文字です（YouTubeはタグ間のカンマと、スペースを含むタグを囲む引用符も数えます）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>YouTube does not allow &lt; or &gt; in tags.</source>
        <translation>YouTubeではタグに&lt;や&gt;は使用できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YouTube does not know the {field} “{value}”: choose another.</source>
        <translation>YouTubeは{field}「{value}」を認識できません。別の値を選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YouTube&apos;s own scheduler can only make a video public at its time: choose Public, or let Postdesk publish it.</source>
        <translation>YouTube独自の予約機能では、予定時刻に動画を公開することしかできません。［公開］を選択するか、Postdeskに投稿させてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A Short lasts at most {max_duration}; this video lasts {duration}.</source>
        <translation>ショートの長さは最大{max_duration}です。この動画の長さは{duration}です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Short must be vertical or square; this video is {width}×{height}.</source>
        <translation>ショートは縦長または正方形である必要があります。この動画は{width}×{height}です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This video is vertical or square and at most 3 minutes: YouTube will show it as a Short.</source>
        <translation>この動画は縦長または正方形で3分以内のため、YouTubeではショートとして表示されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YouTube&apos;s daily API quota cannot cover {uploads} uploads on {day} (Pacific time): move this post to another day.</source>
        <translation>YouTubeの1日のAPI割り当てでは、{day}（太平洋時間）に{uploads}本のアップロードはできません。この投稿を別の日に移動してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This uses nearly all of YouTube&apos;s daily API quota for {day} (Pacific time): about {units_left} units would be left.</source>
        <translation>{day}（太平洋時間）のYouTubeの1日のAPI割り当てをほぼ使い切ります。残りは約{units_left}ユニットです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose who can see this TikTok post: TikTok asks every time and Postdesk does not choose for you.</source>
        <translation>このTikTok投稿の公開範囲を選択してください。TikTokでは毎回選択が必要で、Postdeskが代わりに選ぶことはありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This TikTok account does not offer the privacy level chosen: choose one of its own.</source>
        <translation>このTikTokアカウントでは、選択した公開範囲を使用できません。このアカウントで使える範囲から選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk has not read this TikTok account&apos;s settings yet (who may see its posts, longest video): wait for them or press Refresh in the TikTok options.</source>
        <translation>PostdeskはこのTikTokアカウントの設定（投稿の公開範囲、動画の最大長）をまだ読み込んでいません。読み込みを待つか、TikTokのオプションで［更新］を押してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The video lasts {seconds} s; TikTok lets this account post at most {max_seconds} s.</source>
        <translation>動画の長さは{seconds}秒です。このアカウントがTikTokに投稿できるのは{max_seconds}秒までです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You turned on commercial content disclosure: choose Your brand, Branded content, or both.</source>
        <translation>商用コンテンツの開示をオンにしました。「自分のブランド」「ブランドコンテンツ」のいずれか、または両方を選択してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Branded content cannot be private on TikTok: choose who else can see it.</source>
        <translation>TikTokでは、ブランドコンテンツを非公開にはできません。公開範囲を選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TikTok fetches photos from a web address verified in your TikTok app: set up a media relay (Settings › Media relay), verify its address with TikTok, and tick “verified” in the TikTok options.</source>
        <translation>TikTokは、TikTokアプリで確認済みのWebアドレスから写真を取得します。メディアリレーを設定し（［設定］›［メディアリレー］）、そのアドレスをTikTokで確認して、TikTokのオプションで「確認済み」にチェックを入れてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A TikTok photo post&apos;s title takes at most {limit} characters.</source>
        <translation>TikTokの写真投稿のタイトルは{limit}文字までです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>r/{subreddit} does not take this kind of post: post text, a link or media as the subreddit allows, or choose another subreddit.</source>
        <translation>r/{subreddit}はこの種類の投稿を受け付けません。サブレディットで許可されているテキスト、リンク、メディアのいずれかを投稿するか、別のサブレディットを選択してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This subreddit wants a title of at least {min} characters.</source>
        <translation>このサブレディットでは、タイトルは{min}文字以上必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit takes titles of at most {max} characters.</source>
        <translation>このサブレディットでは、タイトルは{max}文字までです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit wants one of these words in the title: {words}.</source>
        <translation>このサブレディットでは、タイトルに次のいずれかの語を含める必要があります: {words}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit does not allow “{word}” in a title.</source>
        <translation>このサブレディットでは、タイトルに「{word}」は使用できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit wants text in the post.</source>
        <translation>このサブレディットでは、投稿にテキストが必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit takes posts with a title only: remove the text for Reddit.</source>
        <translation>このサブレディットはタイトルのみの投稿を受け付けます。Reddit用のテキストを削除してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit wants at least {min} characters of text.</source>
        <translation>このサブレディットでは、テキストは{min}文字以上必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit takes at most {max} characters of text.</source>
        <translation>このサブレディットでは、テキストは{max}文字までです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>r/{subreddit} requires a flair: choose one.</source>
        <translation>r/{subreddit}ではフレアが必須です。選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen flair no longer exists in this subreddit: choose another.</source>
        <translation>選択したフレアはこのサブレディットにもう存在しません。別のフレアを選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit does not take links to {domain}.</source>
        <translation>このサブレディットでは、{domain}へのリンクは投稿できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A gallery in this subreddit holds {min} to {max} images.</source>
        <translation>このサブレディットのギャラリーには{min}～{max}枚の画像が必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit does not use spoiler tags: untick Spoiler.</source>
        <translation>このサブレディットではネタバレタグを使用しません。［ネタバレ］のチェックを外してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reddit image, video, gallery and link posts carry no text: only the title goes with them. Post the text as a comment, or remove the media or link.</source>
        <translation>Redditの画像、動画、ギャラリー、リンクの投稿にはテキストを含められず、タイトルのみが付きます。テキストはコメントとして投稿するか、メディアまたはリンクを削除してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose what this Instagram post is: a post, a Reel or a Story.</source>
        <translation>このInstagram投稿の種類（投稿、リール、ストーリーズ）を選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Instagram Reel is exactly one video: keep one video, or post it as a post instead.</source>
        <translation>Instagramのリールは動画1本のみです。動画を1本にするか、通常の投稿として投稿してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Instagram Story is exactly one photo or one video.</source>
        <translation>Instagramのストーリーズは写真1枚または動画1本のみです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo {position} is {width}×{height}: Instagram feed photos must be between 4:5 (portrait) and 1.91:1 (landscape). Crop it, or tick “Crop photos to fit” in the Instagram options.</source>
        <translation>写真{position}は{width}×{height}です。Instagramのフィード写真は4:5（縦長）から1.91:1（横長）の範囲である必要があります。切り抜くか、Instagramのオプションで「写真を切り抜いて合わせる」にチェックを入れてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The video&apos;s shape ({width}×{height}) is not one Instagram takes for a Reel.</source>
        <translation>この動画の縦横比（{width}×{height}）は、Instagramのリールでは使用できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reels and Stories fill the phone&apos;s screen at 9:16 (like 1080×1920); this one is {width}×{height} and will show with bars or be cropped.</source>
        <translation>リールとストーリーズは9:16（1080×1920など）でスマートフォンの画面全体に表示されます。この動画は{width}×{height}のため、黒帯が付くか切り取られて表示されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A Story video lasts 3 to 60 seconds; this one lasts {seconds} s.</source>
        <translation>ストーリーズの動画は3～60秒です。この動画は{seconds}秒です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stories show no caption: the text will not go to Instagram.</source>
        <translation>ストーリーズにはキャプションが表示されません。テキストはInstagramに送信されません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Reel&apos;s cover frame must be inside the video: choose a time before its end.</source>
        <translation>リールのカバーフレームは動画の範囲内にする必要があります。動画の終わりより前の時間を選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stories cannot have collaborators: remove them, or post it as a post or Reel.</source>
        <translation>ストーリーズにはコラボレーターを追加できません。削除するか、投稿またはリールとして投稿してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instagram takes at most {max} collaborators; you named {count}.</source>
        <translation>Instagramのコラボレーターは{max}人までです。{count}人指定されています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Instagram location is the number (ID) of a Facebook Page that has a location.</source>
        <translation>Instagramの場所は、場所が設定されたFacebookページの番号（ID）です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose which business (location) this Google post is for.</source>
        <translation>このGoogle投稿の対象となるビジネス（拠点）を選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the kind of Google post: What&apos;s new, Event or Offer.</source>
        <translation>Google投稿の種類（最新情報、イベント、特典）を選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google does not offer the button “{value}”: choose another button.</source>
        <translation>Googleにはボタン「{value}」がありません。別のボタンを選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The button needs a web address to open (only “Call now” has none).</source>
        <translation>ボタンには開くWebアドレスが必要です（「今すぐ電話」のみ不要です）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The web address must start with https:// (or http://).</source>
        <translation>Webアドレスはhttps://（またはhttp://）で始まる必要があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An event or offer on Google needs a title.</source>
        <translation>Googleのイベントや特典にはタイトルが必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google takes event and offer titles of at most {limit} characters; this one has {length}.</source>
        <translation>Googleのイベントや特典のタイトルは{limit}文字までです。このタイトルは{length}文字です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An event or offer on Google needs a start and an end date.</source>
        <translation>Googleのイベントや特典には開始日と終了日が必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the event or offer dates: each must be a date (and time), and the end cannot come before the start.</source>
        <translation>イベントまたは特典の日付を確認してください。それぞれ日付（と時刻）である必要があり、終了を開始より前にすることはできません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Facebook shows a link preview only on a post without photos or video: remove the link, or put the address in the text.</source>
        <translation>Facebookでリンクのプレビューが表示されるのは、写真や動画のない投稿だけです。リンクを削除するか、アドレスをテキストに入れてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The link must be a full web address starting with https:// (or http://).</source>
        <translation>リンクはhttps://（またはhttp://）で始まる完全なWebアドレスである必要があります。</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/problem_templates_tools.py" line="+11"/>
        <source>Describe image {position} (alt text) first: you asked for a description on every image (Settings, Publishing).</source>
        <translation>先に画像{position}の説明（代替テキスト）を入力してください。すべての画像に説明を求める設定になっています（［設定］の［投稿］）。</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/wording.py" line="+28"/>
        <source>{h} h {m} min</source>
        <translation>{h}時間{m}分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{h} h</source>
        <translation>{h}時間</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{m} min {s} s</source>
        <translation>{m}分{s}秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{m} min</source>
        <translation>{m}分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{s} s</source>
        <translation>{s}秒</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{network} will not accept this post as it is ({code}).</source>
        <translation>{network}はこのままではこの投稿を受け付けません（{code}）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Part {n}: {sentence}</source>
        <translation>パート{n}: {sentence}</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/problem_templates_extras.py" line="+14"/>
        <source>The first comment is too long for {network}: {length} of {limit} characters.</source>
        <translation>最初のコメントが{network}には長すぎます: {length}/{limit}文字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk can&apos;t post a first comment on {network}: remove it, or post it yourself.</source>
        <translation>Postdeskは{network}に最初のコメントを投稿できません。削除するか、ご自身で投稿してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk can&apos;t add a poll to a {network} post: remove the poll.</source>
        <translation>Postdeskは{network}の投稿にアンケートを追加できません。アンケートを削除してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A poll on {network} needs {min} to {max} choices; this one has {count}.</source>
        <translation>{network}のアンケートには{min}～{max}個の選択肢が必要です。このアンケートは{count}個です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poll choice {position} is too long for {network}: {length} of {limit} characters.</source>
        <translation>アンケートの選択肢{position}が{network}には長すぎます: {length}/{limit}文字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two poll choices say the same thing: {network} wants each one different.</source>
        <translation>アンケートの選択肢が2つ同じです。{network}では選択肢をすべて異なるものにする必要があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A poll on {network} runs from {min_duration} to {max_duration}; this one runs {duration}.</source>
        <translation>{network}のアンケート期間は{min_duration}～{max_duration}です。このアンケートは{duration}です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On {network}, people can pick only one poll choice.</source>
        <translation>{network}では、アンケートの選択肢は1つしか選べません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk can&apos;t quote a post on {network}: remove the address, or put it in the text.</source>
        <translation>Postdeskは{network}の投稿を引用できません。アドレスを削除するか、テキストに入れてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address to quote is not a {network} post: copy it from the post&apos;s Share menu.</source>
        <translation>引用するアドレスは{network}の投稿ではありません。投稿の共有メニューからコピーしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your {network} server can&apos;t quote posts yet (it needs Mastodon 4.5): remove the address, or put it in the text.</source>
        <translation>ご利用の{network}サーバーはまだ投稿の引用に対応していません（Mastodon 4.5が必要です）。アドレスを削除するか、テキストに入れてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{network} does not allow a quoted post and a poll together: keep one.</source>
        <translation>{network}では、引用とアンケートを同時に使用できません。どちらか一方にしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} does not allow a quoted post with images or video: remove the media, or the quote.</source>
        <translation>{network}では、画像や動画のある投稿で引用はできません。メディアまたは引用を削除してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose again who can reply: {network} does not know this choice.</source>
        <translation>返信できるユーザーを選択し直してください。{network}ではこの選択肢を使用できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the post&apos;s language again: {network} does not know “{language}”.</source>
        <translation>投稿の言語を選択し直してください。{network}は「{language}」を認識できません。</translation>
    </message>
</context>
<context>
    <name>ComposerSent</name>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="+74"/>
        <source>Published on {networks}.</source>
        <translation>{networks}に投稿しました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Being published on {networks} now.</source>
        <translation>{networks}に投稿しています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk is checking whether it went out on {networks}.</source>
        <translation>{networks}に投稿されたかどうかを確認しています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Will be tried again on {networks}, exactly as sent.</source>
        <translation>{networks}に送信時のまま再送信します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed on {networks}; you can fix it and try again.</source>
        <translation>{networks}で失敗しました。修正して再送信できます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused on {networks}.</source>
        <translation>{networks}で一時停止中です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled on {networks}.</source>
        <translation>{networks}でキャンセルしました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handed to the own scheduler of {networks}.</source>
        <translation>{networks}独自の予約機能に引き渡しました。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{network} as {account}</source>
        <translation>{network}（{account}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part {n} of {count}: </source>
        <translation>パート{n}/{count}: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attached {name}, described as “{alt}”</source>
        <translation>{name}を添付、説明:「{alt}」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached {name}, without a description</source>
        <translation>{name}を添付、説明なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an image</source>
        <translation>画像</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edited on {network}: this is what it says there now.</source>
        <translation>{network}で編集済み: 現在の内容は次のとおりです。</translation>
    </message>
</context>
<context>
    <name>ComposerTools</name>
    <message>
        <location filename="../src/postdesk/ui/composer/templates_part.py" line="+79"/>
        <source>Insert a snippet or hashtag group</source>
        <translation>スニペットまたはハッシュタググループを挿入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Insert</source>
        <translation>挿入(&amp;I)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insert a snippet or hashtag group (Ctrl+Shift+I)</source>
        <translation>スニペットまたはハッシュタググループを挿入（Ctrl+Shift+I）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More for this post</source>
        <translation>この投稿のその他の操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate, templates, snippets</source>
        <translation>複製、テンプレート、スニペット</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>M&amp;ore</source>
        <translation>その他(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate this post</source>
        <translation>この投稿を複製(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;template…</source>
        <translation>テンプレートとして保存(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New from t&amp;emplate…</source>
        <translation>テンプレートから新規作成(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Snippets and hashtag groups…</source>
        <translation>スニペットとハッシュタググループ(&amp;S)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Insert snippet</source>
        <translation>スニペットを挿入</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Snippets</source>
        <translation>スニペット</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hashtag groups</source>
        <translation>ハッシュタググループ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No snippets yet</source>
        <translation>スニペットはまだありません</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Save as template</source>
        <translation>テンプレートとして保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template &amp;name:</source>
        <translation>テンプレート名(&amp;N):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved as the template “{name}”.</source>
        <translation>テンプレート「{name}」として保存しました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A template with that name exists: pick another name.</source>
        <translation>同じ名前のテンプレートがあります。別の名前を選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The template could not be saved. Try again in a moment.</source>
        <translation>テンプレートを保存できませんでした。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Writing</source>
        <translation>執筆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing tools</source>
        <translation>執筆ツール</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;nippets and hashtag groups…</source>
        <translation>スニペットとハッシュタググループ(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage snippets and hashtag groups</source>
        <translation>スニペットとハッシュタググループを管理します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tem&amp;plates…</source>
        <translation>テンプレート(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage templates</source>
        <translation>テンプレートを管理します</translation>
    </message>
</context>
<context>
    <name>ConnectChip</name>
    <message>
        <location filename="../src/postdesk/ui/composer/account_chips.py" line="+53"/>
        <source>Connect {network}…</source>
        <translation>{network}を接続…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect an account on {network}</source>
        <translation>{network}のアカウントを接続します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to {network} to post there from Postdesk</source>
        <translation>{network}にサインインして、Postdeskから投稿できるようにします</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="+76"/>
        <source>Connect an account</source>
        <translation>アカウントを接続</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reconnect</source>
        <translation>再接続</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+373"/>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <location line="-372"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Which network do you want to connect?</source>
        <translation>どのネットワークを接続しますか？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Networks</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sign in with the &amp;browser (recommended)</source>
        <translation>ブラウザーでサインイン（推奨）(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an &amp;app password</source>
        <translation>App Passwordを使用(&amp;A)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Post as &amp;me</source>
        <translation>自分として投稿(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post as a Pa&amp;ge I administer</source>
        <translation>管理しているページとして投稿(&amp;G)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Posting as a Page needs LinkedIn&apos;s Community Management API product on your app, and you must be an administrator of the Page. You will pick the Page after signing in.</source>
        <translation>ページとして投稿するには、アプリにLinkedInのCommunity Management API製品が必要で、そのページの管理者である必要があります。ページはサインイン後に選択します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client id</source>
        <translation>クライアントID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local port</source>
        <translation>ローカルポート</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redirect address to register</source>
        <translation>登録するリダイレクトアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;py</source>
        <translation>コピー(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the redirect address</source>
        <translation>リダイレクトアドレスをコピーします</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handle</source>
        <translation>ハンドル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App password</source>
        <translation>App Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bot token</source>
        <translation>ボットトークン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client &amp;id:</source>
        <translation>クライアントID(&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;secret:</source>
        <translation>クライアントシークレット(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redirect address:</source>
        <translation>リダイレクトアドレス:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;rver:</source>
        <translation>サーバー(&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handle:</source>
        <translation>ハンドル(&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App pass&amp;word:</source>
        <translation>App Password(&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bot &amp;token:</source>
        <translation>ボットトークン(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel:</source>
        <translation>チャンネル(&amp;C):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Waiting for the sign-in</source>
        <translation>サインインを待っています</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Facebook Pages</source>
        <translation>Facebookページ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>LinkedIn Pages</source>
        <translation>LinkedInページ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Which Page should this account post as?</source>
        <translation>このアカウントでどのページとして投稿しますか？(&amp;W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are not an administrator of any LinkedIn Page. Ask an administrator of the Page to make you one, or connect the account to post as yourself.</source>
        <translation>LinkedInページの管理者になっていません。ページの管理者に依頼して管理者にしてもらうか、自分として投稿するようにアカウントを接続してください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving the Page…</source>
        <translation>ページを保存しています…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source> (you cannot create posts on it)</source>
        <translation>（投稿を作成できません）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot create posts on this Page (ask an admin to give you that task).</source>
        <translation>このページでは投稿を作成できません（管理者にそのタスクの付与を依頼してください）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Which Pages should Postdesk post to? Each Page becomes its own account.</source>
        <translation>Postdeskでどのページに投稿しますか？各ページはそれぞれ個別のアカウントになります。(&amp;W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This Facebook sign-in manages no Page. Create a Page on Facebook, or sign in as someone who can create content on one, then try again.</source>
        <translation>このFacebookのサインインでは管理しているページがありません。Facebookでページを作成するか、ページでコンテンツを作成できるユーザーとしてサインインしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving the Pages…</source>
        <translation>ページを保存しています…</translation>
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
        <translation>you.bsky.social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>@yourchannel</source>
        <translation>@yourchannel</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign in</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Finish signing in with your browser. Postdesk is waiting for it; you can cancel at any time.</source>
        <translation>ブラウザーでサインインを完了してください。Postdeskは完了を待っています。いつでもキャンセルできます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking with {network}…</source>
        <translation>{network}で確認しています…</translation>
    </message>
</context>
<context>
    <name>CropCanvas</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/crop_editor.py" line="+68"/>
        <source>Crop area</source>
        <translation>切り抜き範囲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow keys move the crop, Shift and arrow keys resize it.</source>
        <translation>矢印キーで切り抜き範囲を移動し、Shift+矢印キーでサイズを変更します。</translation>
    </message>
</context>
<context>
    <name>CropEditorDialog</name>
    <message>
        <location line="+146"/>
        <source>Crop “{name}”</source>
        <translation>「{name}」を切り抜く</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aspect ratio</source>
        <translation>縦横比</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Aspect ratio:</source>
        <translation>縦横比(&amp;A):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotate &amp;left</source>
        <translation>左に回転(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotate &amp;right</source>
        <translation>右に回転(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Output size</source>
        <translation>出力サイズ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as new image</source>
        <translation>新しい画像として保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Free</source>
        <translation>自由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Original shape</source>
        <translation>元の形</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Result: {w} × {h} pixels</source>
        <translation>結果: {w} × {h}ピクセル</translation>
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
        <translation>投稿をCSVファイルでインポート・エクスポートします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import posts from a CSV file, or export them to one</source>
        <translation>CSVファイルから投稿をインポート、またはCSVファイルにエクスポートします</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import posts from CSV…</source>
        <translation>CSVから投稿をインポート(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export posts to CSV…</source>
        <translation>投稿をCSVにエクスポート(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../src/postdesk/ui/csv_import/export_dialog.py" line="+32"/>
        <source>Export posts to CSV</source>
        <translation>投稿をCSVにエクスポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
</context>
<context>
    <name>CsvExportDialog</name>
    <message>
        <location line="+50"/>
        <source>Export posts to CSV</source>
        <translation>投稿をCSVにエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export posts to a CSV file</source>
        <translation>投稿をCSVファイルにエクスポートします</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has the columns the import reads, so it can be edited in a spreadsheet and imported.</source>
        <translation>ファイルにはインポートで読み込む列が含まれるため、表計算ソフトで編集してインポートできます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First day of posts to export</source>
        <translation>エクスポートする投稿の最初の日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of posts to export</source>
        <translation>エクスポートする投稿の最後の日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;From:</source>
        <translation>開始日(&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>終了日(&amp;T):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Every post, whatever its date (drafts without a time too)</source>
        <translation>日付に関係なくすべての投稿（日時のない下書きも含む）(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export every post</source>
        <translation>すべての投稿をエクスポートします</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Only the posts the calendar&apos;s filter shows</source>
        <translation>カレンダーのフィルターで表示中の投稿のみ(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export only the posts the calendar&apos;s filter shows</source>
        <translation>カレンダーのフィルターで表示中の投稿のみをエクスポートします</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The calendar shows every post: no filter is on.</source>
        <translation>カレンダーにはすべての投稿が表示されています（フィルターはオフです）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to write the file, then export</source>
        <translation>ファイルの保存先を選択してエクスポートします</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Exported %n post(s).</source>
        <translation>
            <numerusform>%Ln件の投稿をエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No posts matched, so the file holds only the column names.</source>
        <translation>該当する投稿がないため、ファイルには列名のみが含まれます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk could not write the file there (the folder may be read-only or the disk full).</source>
        <translation>その場所にファイルを書き込めませんでした（フォルダーが読み取り専用か、ディスクがいっぱいの可能性があります）。</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location filename="../src/postdesk/ui/csv_import/dialog.py" line="+46"/>
        <source>Import posts from CSV</source>
        <extracomment>Where the columns are described (docs/CSV.md).</extracomment>
        <translation>CSVから投稿をインポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSVファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first line names the columns: &lt;b&gt;text&lt;/b&gt;, &lt;b&gt;accounts&lt;/b&gt; (network:handle) or &lt;b&gt;networks&lt;/b&gt;, &lt;b&gt;scheduled_at&lt;/b&gt; (2026-03-10 09:30), &lt;b&gt;zone&lt;/b&gt; (Europe/Paris; else the app&apos;s zone), &lt;b&gt;media&lt;/b&gt; (file paths), &lt;b&gt;alt_text&lt;/b&gt;, &lt;b&gt;tags&lt;/b&gt; and &lt;b&gt;first_comment&lt;/b&gt;. Lists are separated by semicolons. &lt;a href=&quot;{url}&quot;&gt;What each column means&lt;/a&gt;</source>
        <translation>1行目には列名を指定します: &lt;b&gt;text&lt;/b&gt;、&lt;b&gt;accounts&lt;/b&gt;（network:handle）または&lt;b&gt;networks&lt;/b&gt;、&lt;b&gt;scheduled_at&lt;/b&gt;（2026-03-10 09:30）、&lt;b&gt;zone&lt;/b&gt;（Europe/Paris。省略時はアプリのタイムゾーン）、&lt;b&gt;media&lt;/b&gt;（ファイルパス）、&lt;b&gt;alt_text&lt;/b&gt;、&lt;b&gt;tags&lt;/b&gt;、&lt;b&gt;first_comment&lt;/b&gt;。リストはセミコロンで区切ります。&lt;a href=&quot;{url}&quot;&gt;各列の説明&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/csv_import/words.py" line="+19"/>
        <source>This file is too big to be a list of posts ({size}; at most {limit}). Split it into smaller files.</source>
        <translation>このファイルは投稿リストとしては大きすぎます（{size}、上限{limit}）。小さいファイルに分割してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This file is not in UTF-8 text. Save it again as “CSV UTF-8” from your spreadsheet and choose it again.</source>
        <translation>このファイルはUTF-8テキストではありません。表計算ソフトから「CSV UTF-8」形式で保存し直して、もう一度選択してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is broken near line {line} (a quote left open, or not a CSV file at all). Nothing was read.</source>
        <translation>このファイルは{line}行目付近が壊れています（引用符が閉じていないか、CSVファイルではありません）。何も読み込まれませんでした。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first line must name the columns, with one called “text” for the post&apos;s text.</source>
        <translation>1行目には列名を指定し、投稿のテキスト用に「text」という列を含める必要があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file says nothing about where the posts go: add an “accounts” or a “networks” column.</source>
        <translation>ファイルに投稿先の指定がありません。「accounts」または「networks」列を追加してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file has more than {limit} posts. Split it into smaller files.</source>
        <translation>このファイルには{limit}件を超える投稿があります。小さいファイルに分割してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk could not open this file. Check that it is still there.</source>
        <translation>このファイルを開けませんでした。ファイルがまだ存在するか確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file holds no posts: only a header line, or nothing at all.</source>
        <translation>このファイルには投稿がありません（ヘッダー行のみか、空です）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{network}: {sentence}</source>
        <translation>{network}: {sentence}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No connected account is called “{name}”.</source>
        <translation>「{name}」という名前の接続済みアカウントはありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More than one account is called “{name}”: write it as network:handle (bluesky:{name}).</source>
        <translation>「{name}」という名前のアカウントが複数あります。network:handleの形式（bluesky:{name}）で指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk does not know a network called “{name}”.</source>
        <translation>「{name}」というネットワークはありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This post goes nowhere: name an account or a network.</source>
        <translation>この投稿には投稿先がありません。アカウントまたはネットワークを指定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account “{name}” is named twice.</source>
        <translation>アカウント「{name}」が2回指定されています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not a date and time Postdesk can read: write it as 2026-03-10 09:30.</source>
        <translation>「{value}」は読み取れる日時ではありません。2026-03-10 09:30の形式で入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not a time zone: write it as Europe/Paris or America/New_York.</source>
        <translation>「{value}」はタイムゾーンではありません。Europe/ParisやAmerica/New_Yorkの形式で入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} does not exist in {zone}: the clocks skip that hour that day.</source>
        <translation>{zone}には{value}は存在しません（その日はその時間帯が飛ばされます）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is already past. Pick a later time, or leave it empty for a draft.</source>
        <translation>{value}はすでに過ぎています。後の時刻を選択するか、下書きにする場合は空欄にしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No picture or video Postdesk can read at “{path}”.</source>
        <translation>「{path}」に読み込める画像や動画がありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This line has {count} more cells than the header names; they were left out.</source>
        <translation>この行にはヘッダーの列名より{count}個多いセルがあります。それらは除外されました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} cannot post a first comment; it is kept but not sent there.</source>
        <translation>{network}には最初のコメントを投稿できません。コメントは保持されますが、{network}には送信されません。</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../src/postdesk/ui/csv_import/dialog.py" line="+48"/>
        <source>Import posts from CSV</source>
        <translation>CSVから投稿をインポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import posts from a CSV file</source>
        <translation>CSVファイルから投稿をインポートします</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The columns a CSV file of posts has</source>
        <translation>投稿のCSVファイルの列</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file chosen yet</source>
        <translation>ファイルが選択されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file to import</source>
        <translation>インポートするCSVファイル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose file…</source>
        <translation>ファイルを選択(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CSV file to import</source>
        <translation>インポートするCSVファイルを選択します</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How many rows can be imported</source>
        <translation>インポートできる行数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every row of the file, with its problems</source>
        <translation>ファイルのすべての行と、その問題</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save as &amp;drafts</source>
        <translation>下書きとして保存(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the imported posts as drafts</source>
        <translation>インポートした投稿を下書きとして保存します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schedule the posts that have a time</source>
        <translation>日時のある投稿を予約(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule the imported posts that have a time; they must pass every check</source>
        <translation>インポートした投稿のうち日時のあるものを予約します。すべてのチェックに合格する必要があります</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What happened</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the posts that have no blocking problem</source>
        <translation>妨げとなる問題がない投稿をインポートします</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the file…</source>
        <translation>ファイルを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Postdesk could not read this file. Nothing was imported.</source>
        <translation>このファイルを読み込めませんでした。何もインポートされませんでした。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>These columns are not read: {names}.</source>
        <translation>次の列は読み込まれません: {names}。</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%Ln行を読み込みました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All can be imported.</source>
        <translation>すべてインポートできます。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cannot be imported as it is: see its problems below.</source>
        <translation>
            <numerusform>%Ln件はこのままではインポートできません。下の問題を確認してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&amp;Import %n post(s)</source>
        <translation>
            <numerusform>%Ln件の投稿をインポート(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Importing…</source>
        <translation>インポートしています…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Imported %n post(s), scheduled where they had a time.</source>
        <translation>
            <numerusform>%Ln件の投稿をインポートし、日時のあるものを予約しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported %n post(s) as drafts.</source>
        <translation>
            <numerusform>%Ln件の投稿を下書きとしてインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They are in the calendar.</source>
        <translation>カレンダーに表示されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Postdesk could not add “{path}” to the media library. Nothing was imported.</source>
        <translation>「{path}」をメディアライブラリに追加できませんでした。何もインポートされませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk could not save the posts (the disk may be full). Nothing was imported.</source>
        <translation>投稿を保存できませんでした（ディスクがいっぱいの可能性があります）。何もインポートされませんでした。</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <location filename="../src/postdesk/ui/local_format.py" line="+46"/>
        <source>ddd d MMM yyyy</source>
        <extracomment>Qt date pattern for a date with short names (&quot;Tue 4 Mar 2025&quot;): d day, ddd short weekday, MMM short month, yyyy year, &apos;text&apos; in single quotes kept. Keep the letters; change order and punctuation.</extracomment>
        <translation>yyyy年M月d日(ddd)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dddd d MMMM yyyy</source>
        <extracomment>Qt date pattern for a date with full names (&quot;Tuesday 4 March 2025&quot;): dddd weekday, MMMM month. Keep the letters; change order and punctuation.</extracomment>
        <translation>yyyy年M月d日 dddd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>d MMM</source>
        <extracomment>Qt date pattern for a day and short month (&quot;4 Mar&quot;), chart axes and activity lines.</extracomment>
        <translation>M月d日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>d MMMM</source>
        <extracomment>Qt date pattern for a day and full month (&quot;4 March&quot;).</extracomment>
        <translation>M月d日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ddd d MMM</source>
        <extracomment>Qt date pattern for a short weekday, day and short month (&quot;Tue 4 Mar&quot;), calendar columns and lists.</extracomment>
        <translation>M月d日(ddd)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>d MMM yyyy</source>
        <extracomment>Qt date pattern for a day, short month and year (&quot;4 Mar 2025&quot;).</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MMMM yyyy</source>
        <extracomment>Qt date pattern for the calendar&apos;s month title (&quot;March 2025&quot;).</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>d</source>
        <extracomment>Qt date pattern for the first day of a week within one month, as in &quot;4 - 10 Mar 2025&quot; (&quot;d&quot;; German &quot;d.&quot;, Japanese &quot;M月d日&quot;).</extracomment>
        <translation>M月d日</translation>
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
        <translation>yyyy/MM/dd(ddd) HH:mm</translation>
    </message>
</context>
<context>
    <name>DefaultOptionsDialog</name>
    <message>
        <location filename="../src/postdesk/ui/accounts/options_dialog.py" line="+31"/>
        <source>Default options for {handle}</source>
        <translation>{handle}の既定のオプション</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add this account to new posts</source>
        <translation>新しい投稿にこのアカウントを追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this account to new posts</source>
        <translation>新しい投稿にこのアカウントを追加します</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Visibility</source>
        <translation>公開範囲</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Public</source>
        <translation>公開</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Unlisted</source>
        <translation>未収載</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Followers only</source>
        <translation>フォロワーのみ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private</source>
        <translation>非公開</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Visibility:</source>
        <translation>公開範囲(&amp;V):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Subreddit:</source>
        <translation>サブレディット(&amp;S):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Board:</source>
        <translation>ボード(&amp;B):</translation>
    </message>
</context>
<context>
    <name>DeletePublishedDialog</name>
    <message>
        <location filename="../src/postdesk/ui/dialogs/delete_published.py" line="+91"/>
        <location line="+1"/>
        <source>Delete a published post</source>
        <translation>公開済みの投稿を削除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This post is published on {where}. How far should it be deleted?</source>
        <translation>この投稿は{where}で公開されています。どこまで削除しますか？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove from Postdesk only (it stays on {where})</source>
        <translation>Postdeskからのみ削除（{where}には残ります）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from Postdesk only</source>
        <translation>Postdeskからのみ削除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete from {networks} too</source>
        <translation>{networks}からも削除</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Instagram doesn&apos;t let apps delete posts: delete it in the Instagram app.</source>
        <translation>Instagramではアプリから投稿を削除できません。Instagramアプリで削除してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Postdesk cannot delete posts on {kept}: delete it there yourself.</source>
        <translation>Postdeskは{kept}の投稿を削除できません。ご自身で削除してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleting from a network works offline too: it goes when the connection is back.</source>
        <translation>ネットワークからの削除はオフラインでも指定できます。接続が回復すると実行されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How the deletion went</source>
        <translation>削除の結果</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keep it</source>
        <translation>残す(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the post and close</source>
        <translation>投稿を残して閉じます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete as chosen</source>
        <translation>選択どおりに削除します</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed from Postdesk. It is still on {where}.</source>
        <translation>Postdeskから削除しました。{where}には残っています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed from Postdesk. Deleting it from {networks}…</source>
        <translation>Postdeskから削除しました。{networks}から削除しています…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{network} could not be asked: {reason}</source>
        <translation>{network}に依頼できませんでした: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted from {name}.</source>
        <translation>{name}から削除しました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not deleted: {reason} It is still on {name}; delete it there.</source>
        <translation>削除されませんでした: {reason}{name}に残っているので、そちらで削除してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} did not delete it: “{error}”. It is still on {name}; delete it there.</source>
        <translation>{name}で削除されませんでした:「{error}」。{name}に残っているので、そちらで削除してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for a connection: it will be deleted from {name} when Postdesk is back online. You can close this window.</source>
        <translation>接続を待っています: Postdeskがオンラインに戻ると{name}から削除されます。このウィンドウは閉じてかまいません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleting it from {name}…</source>
        <translation>{name}から削除しています…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleting it from {network}…</source>
        <translation>{network}から削除しています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed from Postdesk.</source>
        <translation>Postdeskから削除しました。</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/details.py" line="+108"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alt text</source>
        <translation>代替テキスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the image for people who cannot see it</source>
        <translation>画像を見ることができない人のために、画像の説明を入力します</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags, separated by commas</source>
        <translation>タグ（カンマ区切り）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;avourite</source>
        <translation>お気に入り(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourite</source>
        <translation>お気に入り</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder of the selection</source>
        <translation>選択項目のフォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No folder</source>
        <translation>フォルダーなし</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Used in</source>
        <translation>使用先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ttach to post</source>
        <translation>投稿に添付(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview and network crops…</source>
        <translation>プレビューとネットワーク別の切り抜き(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;rop or rotate…</source>
        <translation>切り抜き・回転(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each &amp;network receives</source>
        <translation>各ネットワークに送信される内容(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pixels</source>
        <translation>ピクセル</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What each network receives</source>
        <translation>各ネットワークに送信される内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;lt text</source>
        <translation>代替テキスト(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta&amp;gs</source>
        <translation>タグ(&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;older</source>
        <translation>フォルダー(&amp;O)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Select something to see its details.</source>
        <translation>項目を選択すると詳細が表示されます。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%Ln件を選択中</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking where it is used…</source>
        <translation>使用先を確認しています…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No preview</source>
        <translation>プレビューなし</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Used in %n post(s)</source>
        <translation>
            <numerusform>%Ln件の投稿で使用</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not used in any post yet</source>
        <translation>まだどの投稿でも使用されていません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{n} of {max} characters</source>
        <translation>{n}/{max}文字</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>original</source>
        <translation>オリジナル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>re-encoded</source>
        <translation>再エンコード済み</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/list_models.py" line="+40"/>
        <source>(empty draft)</source>
        <translation>（空の下書き）</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/drafts_panel.py" line="+36"/>
        <source>Drafts</source>
        <translation>下書き</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a draft onto the calendar to schedule it</source>
        <translation>下書きをカレンダーにドラッグすると予約できます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unscheduled drafts</source>
        <translation>未予約の下書き</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No drafts</source>
        <translation>下書きはありません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posts you start and don&apos;t schedule wait here.</source>
        <translation>作成して予約していない投稿はここに表示されます。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New draft</source>
        <translation>新しい下書き</translation>
    </message>
</context>
<context>
    <name>EditPublished</name>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="-20"/>
        <source>Only a published post can be edited on {network}.</source>
        <extracomment>The networks whose adapter is `SupportsEdit` (a test holds the two together). Mastodon&apos;s default text limit, when the account&apos;s server said nothing at sign-in.</extracomment>
        <translation>{network}で編集できるのは公開済みの投稿だけです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} does not let Postdesk edit a published post.</source>
        <translation>{network}では、Postdeskから公開済みの投稿を編集できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The post can&apos;t be empty.</source>
        <translation>投稿を空にすることはできません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text is longer than your {network} server allows.</source>
        <translation>テキストが{network}サーバーの上限を超えています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the first post of a thread can be edited here.</source>
        <translation>ここで編集できるのはスレッドの最初の投稿だけです。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{network} did not take the edit: {reason}</source>
        <translation>{network}が編集を受け付けませんでした: {reason}</translation>
    </message>
</context>
<context>
    <name>EditPublishedDialog</name>
    <message>
        <location line="+51"/>
        <source>Edit on {network}</source>
        <translation>{network}で編集</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This changes the post on {network} itself. People who boosted it are told it was edited, and anyone can see its earlier versions there. Postdesk keeps them too.</source>
        <translation>{network}上の投稿そのものを変更します。ブーストした人には編集されたことが通知され、以前のバージョンは誰でも{network}上で見ることができます。Postdeskにも保存されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Content &amp;warning (optional):</source>
        <translation>コンテンツ警告（任意）(&amp;W):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content warning</source>
        <translation>コンテンツ警告</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Text:</source>
        <translation>テキスト(&amp;T):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text of the post on {network}</source>
        <translation>{network}の投稿のテキスト</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is the first post of a thread; the others stay as they are.</source>
        <translation>これはスレッドの最初の投稿です。他の投稿は変更されません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Characters used</source>
        <translation>使用文字数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why it can&apos;t be saved yet</source>
        <translation>まだ保存できない理由</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How the edit went</source>
        <translation>編集の結果</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without changing the post</source>
        <translation>投稿を変更せずに閉じます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save on {network}</source>
        <translation>{network}に保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the edit on {network}</source>
        <translation>編集を{network}に保存します</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The post can&apos;t be empty.</source>
        <translation>投稿を空にすることはできません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{over} characters over the limit of your {network} server ({limit}).</source>
        <translation>{network}サーバーの上限（{limit}）を{over}文字超えています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing has changed yet.</source>
        <translation>まだ何も変更されていません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{used} / {limit}</source>
        <translation>{used} / {limit}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving on {network}…</source>
        <translation>{network}に保存しています…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edited on {network}. The record of what was sent shows the new text.</source>
        <translation>{network}で編集しました。送信記録には新しいテキストが表示されます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk can&apos;t reach {network} right now. The edit will be made as soon as it can, by itself.</source>
        <translation>現在{network}に接続できません。接続でき次第、編集は自動的に行われます。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Postdesk could not ask {network} to edit the post. Nothing was changed; try again in a moment.</source>
        <translation>{network}に投稿の編集を依頼できませんでした。何も変更されていません。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this window</source>
        <translation>このウィンドウを閉じます</translation>
    </message>
</context>
<context>
    <name>EditorPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/editor_part.py" line="+34"/>
        <source>&amp;Main text (used everywhere unless a network has its own)</source>
        <translation>メインテキスト（個別テキストがない場合）(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main text</source>
        <translation>メインテキスト</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why the main text can&apos;t change</source>
        <translation>メインテキストを変更できない理由</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The main text is read-only: it was already sent to {networks}. Give the other networks their own text to change it for them.</source>
        <translation>メインテキストはすでに{networks}に送信されているため、読み取り専用です。他のネットワーク用に変更するには、それぞれ独自のテキストを設定してください。</translation>
    </message>
</context>
<context>
    <name>EngagementChart</name>
    <message>
        <location filename="../src/postdesk/ui/insights/chart.py" line="+83"/>
        <source>Engagement per day</source>
        <translation>1日あたりのエンゲージメント</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No engagement in this period yet.</source>
        <translation>この期間のエンゲージメントはまだありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most engagement on {day}: {count}.</source>
        <translation>エンゲージメントが最も多かった日: {day}（{count}）。</translation>
    </message>
</context>
<context>
    <name>EntryMenu</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/entry_menu.py" line="+86"/>
        <source>(empty draft)</source>
        <translation>（空の下書き）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New post here</source>
        <translation>ここに新規投稿</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish now</source>
        <translation>今すぐ投稿</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reschedule…</source>
        <translation>予約を変更…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did it go out?…</source>
        <translation>投稿されましたか？…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry</source>
        <translation>再送信</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel (never send)</source>
        <translation>キャンセル（送信しない）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take back and cancel</source>
        <translation>取り消してキャンセル</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop repeating</source>
        <translation>繰り返しを停止</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled: it will not be sent. Use Reschedule or drag it to a time to put it back on the schedule.</source>
        <translation>キャンセルしました: 送信されません。予約に戻すには、［予約を変更］を使用するか、時刻にドラッグしてください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Postdesk does not know whether this post went out, so it will not simply send it again. Say whether it is there.</source>
        <translation>この投稿が投稿されたかどうかPostdeskでは分からないため、そのまま再送信はしません。投稿されているかどうかを指定してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paused. Drag the post to its new time, then choose Resume: it goes out then.</source>
        <translation>一時停止しました。投稿を新しい時刻にドラッグしてから［再開］を選択すると、その時刻に投稿されます。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This post was settled meanwhile: nothing to decide.</source>
        <translation>この投稿はその間に処理済みになりました。決めることはありません。</translation>
    </message>
</context>
<context>
    <name>FacebookOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/facebook_options.py" line="+31"/>
        <source>Link shown as a preview under the Facebook post</source>
        <translation>Facebook投稿の下にプレビューとして表示されるリンク</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facebook shows this address as a link preview. Only on posts without photos or video.</source>
        <translation>Facebookはこのアドレスをリンクのプレビューとして表示します。写真や動画のない投稿のみです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lin&amp;k:</source>
        <translation>リンク(&amp;K):</translation>
    </message>
</context>
<context>
    <name>FacebookPreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/facebook_preview.py" line="+125"/>
        <source>Just now · </source>
        <translation>たった今 · </translation>
    </message>
    <message>
        <location line="+23"/>
        <source> Like       Comment      ↗ Share</source>
        <translation> いいね！       コメントする      ↗ シェア</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Your Page</source>
        <translation>あなたのページ</translation>
    </message>
</context>
<context>
    <name>FirstCommentPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/first_comment_part.py" line="+53"/>
        <source>First comment on {network}</source>
        <translation>{network}の最初のコメント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posted under your post on {network} right after it goes out. Optional.</source>
        <translation>{network}で投稿の直後に、その投稿へのコメントとして投稿されます。任意です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posted under your post on {network} right after it goes out.</source>
        <translation>{network}で投稿の直後に、その投稿へのコメントとして投稿されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First comment length</source>
        <translation>最初のコメントの長さ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>F&amp;irst comment:</source>
        <translation>最初のコメント(&amp;I):</translation>
    </message>
</context>
<context>
    <name>FirstCommentView</name>
    <message>
        <location filename="../src/postdesk/ui/composer/previews/first_comment.py" line="+44"/>
        <source>First comment preview</source>
        <translation>最初のコメントのプレビュー</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Author · first comment</source>
        <translation>投稿者 · 最初のコメント</translation>
    </message>
</context>
<context>
    <name>GoogleBusinessOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="+121"/>
        <source>Business location</source>
        <extracomment>The item role that keeps a location&apos;s business name (the text also shows its address).</extracomment>
        <translation>ビジネスの拠点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a location</source>
        <translation>拠点を選択</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the locations from Google again</source>
        <translation>Googleから拠点を再度読み込みます</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Location:</source>
        <translation>拠点(&amp;L):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of Google post</source>
        <translation>Google投稿の種類</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s new</source>
        <translation>最新情報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>特典</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind of post:</source>
        <translation>投稿の種類(&amp;K):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Button</source>
        <translation>ボタン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No button</source>
        <translation>ボタンなし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book</source>
        <translation>予約</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order online</source>
        <translation>オンライン注文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy</source>
        <translation>購入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn more</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign up</source>
        <translation>登録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call now</source>
        <translation>今すぐ電話</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Button link</source>
        <translation>ボタンのリンク</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>https://… the button opens</source>
        <translation>https://…（ボタンで開くページ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Button:</source>
        <translation>ボタン(&amp;B):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Button &amp;link:</source>
        <translation>ボタンのリンク(&amp;L):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event or offer title</source>
        <translation>イベントまたは特典のタイトル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All &amp;day</source>
        <translation>終日(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All day (dates without times)</source>
        <translation>終日（時刻なしの日付）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts:</source>
        <translation>開始(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends:</source>
        <translation>終了(&amp;E):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coupon code</source>
        <translation>クーポンコード</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Link to redeem the offer</source>
        <translation>特典を利用するためのリンク</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>https://… (optional)</source>
        <translation>https://…（任意）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms and conditions</source>
        <translation>利用規約</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Coupon code:</source>
        <translation>クーポンコード(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redeem link:</source>
        <translation>特典利用リンク(&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ter&amp;ms:</source>
        <translation>規約(&amp;M):</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Reading your business locations from Google…</source>
        <translation>Googleからビジネスの拠点を読み込んでいます…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Google did not answer: {reason}. Try Refresh in a moment.</source>
        <translation>Googleから応答がありませんでした: {reason}。しばらくしてから［更新］をお試しください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This Google account manages no business location yet.</source>
        <translation>このGoogleアカウントで管理しているビジネスの拠点はまだありません。</translation>
    </message>
</context>
<context>
    <name>GoogleBusinessPreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_card.py" line="+98"/>
        <source>Book</source>
        <translation>予約</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order online</source>
        <translation>オンライン注文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy</source>
        <translation>購入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn more</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign up</source>
        <translation>登録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call now</source>
        <translation>今すぐ電話</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your business</source>
        <translation>あなたのビジネス</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a photo: Google shows it above the post</source>
        <translation>写真を追加してください。Googleでは投稿の上に表示されます</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(No title yet)</source>
        <translation>（タイトルなし）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Redeem online</source>
        <translation>オンラインで利用</translation>
    </message>
</context>
<context>
    <name>HeatmapModel</name>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="+293"/>
        <source>{day} at {hour}</source>
        <translation>{day} {hour}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{when}: no post yet</source>
        <translation>{when}: 投稿なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{when}: {mean} engagements per post, from {posts} posts</source>
        <translation>{when}: 投稿あたり{mean}件のエンゲージメント（{posts}件の投稿から）</translation>
    </message>
</context>
<context>
    <name>Holds</name>
    <message>
        <location filename="../src/postdesk/ui/hold_words.py" line="+30"/>
        <source>Waiting for a connection</source>
        <translation>接続待ち</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting: reconnect the account</source>
        <translation>待機中: アカウントを再接続してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting: all publishing is paused</source>
        <translation>待機中: すべての投稿を一時停止中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting to try again</source>
        <translation>再送信待ち</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to try again at {until}</source>
        <translation>{until}に再送信予定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sure it went out: please check</source>
        <translation>投稿未確認：確認してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sure it went out: Postdesk is checking</source>
        <translation>投稿未確認：Postdeskで確認中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handed to {network}</source>
        <translation>{network}に引き渡し済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed to the network</source>
        <translation>ネットワークに引き渡し済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishing</source>
        <translation>投稿中</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{network}: waiting for a connection. It goes out as soon as Postdesk is back online.</source>
        <translation>{network}: 接続を待っています。Postdeskがオンラインに戻り次第、投稿されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}: waiting for you to reconnect the account (Accounts). It goes out right after.</source>
        <translation>{network}: アカウントの再接続（［アカウント］）を待っています。再接続後すぐに投稿されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}: waiting, because you paused all publishing (tray menu). It goes out when you resume.</source>
        <translation>{network}: すべての投稿を一時停止しているため待機中です（トレイメニュー）。再開すると投稿されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>soon</source>
        <translation>まもなく</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: waiting to try again at {when}.</source>
        <translation>{network}: {when}に再送信します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}: Postdesk does not know whether this post went out — the network&apos;s answer was lost. Please look, then say.</source>
        <translation>{network}: ネットワークの応答が失われたため、この投稿が投稿されたかどうかPostdeskでは分かりません。確認して、結果を指定してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{network}: Postdesk does not know whether this post went out — the network&apos;s answer was lost. It will look it up on {network}; you can also look and say.</source>
        <translation>{network}: ネットワークの応答が失われたため、この投稿が投稿されたかどうかPostdeskでは分かりません。{network}で確認しますが、ご自身で確認して指定することもできます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handed to {network}: {network} publishes it at its time, even while Postdesk is closed.</source>
        <translation>{network}に引き渡しました: Postdeskを終了していても、{network}が予定時刻に投稿します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}: publishing now.</source>
        <translation>{network}: 投稿中です。</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/importing.py" line="+111"/>
        <source>Import progress</source>
        <extracomment>Background request key: a full refresh cancels a pending fetch of new rows.</extracomment>
        <translation>インポートの進行状況</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel import</source>
        <translation>インポートをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel import</source>
        <translation>インポートをキャンセル</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import messages</source>
        <translation>インポートのメッセージ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import media</source>
        <translation>メディアをインポート</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images and videos (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.mp4 *.mov *.m4v *.webm);;All files (*)</source>
        <translation>画像と動画 (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.mp4 *.mov *.m4v *.webm);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+6"/>
        <source>Pasted image</source>
        <translation>貼り付けた画像</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Imported {done} of {total}</source>
        <translation>{total}件中{done}件をインポートしました</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+11"/>
        <source>%n could not be imported</source>
        <translation>
            <numerusform>%Ln件をインポートできませんでした</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n new item(s) imported</source>
        <translation>
            <numerusform>%Ln個の新しい項目をインポートしました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing new imported</source>
        <translation>新しくインポートされた項目はありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong: {what}</source>
        <translation>問題が発生しました: {what}</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>…and %n earlier message(s)</source>
        <translation>
            <numerusform>…ほか、以前のメッセージ%Ln件</numerusform>
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
        <translation>差出人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Mention</source>
        <translation>メンション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>引用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Your reply waits to be sent</source>
        <translation>返信は送信待ちです</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You replied</source>
        <translation>返信済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reply could not be sent</source>
        <translation>返信を送信できませんでした</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%Ln分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%Ln時間前</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your post: {own_text}</source>
        <translation>あなたの投稿: {own_text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mentioned you</source>
        <translation>あなたをメンションしました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quoted your post</source>
        <translation>あなたの投稿を引用しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commented on your post</source>
        <translation>あなたの投稿にコメントしました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied to you</source>
        <translation>あなたに返信しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new conversation</source>
        <translation>新しい会話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies to a post</source>
        <translation>投稿への返信</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/inbox/delegate.py" line="-8"/>
        <location filename="../src/postdesk/ui/inbox/models.py" line="+9"/>
        <source>%n unread</source>
        <extracomment>Geometry, in device-independent pixels.</extracomment>
        <translation>
            <numerusform>未読%Ln件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/inbox/models.py" line="+8"/>
        <source>Conversation on {network}, %n unread: {text}</source>
        <translation>
            <numerusform>{network}の会話、未読%Ln件: {text}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unread</source>
        <translation>未読</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read</source>
        <translation>既読</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} from {author}, {when}, {status}: {text}</source>
        <translation>{author}からの{kind}、{when}、{status}: {text}</translation>
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
        <translation>受信箱</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="+15"/>
        <source>&amp;Account:</source>
        <translation>アカウント(&amp;A):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account filter</source>
        <translation>アカウントフィルター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Network:</source>
        <translation>ネットワーク(&amp;N):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network filter</source>
        <translation>ネットワークフィルター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind filter</source>
        <translation>種類フィルター</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All accounts</source>
        <translation>すべてのアカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All networks</source>
        <translation>すべてのネットワーク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unread only</source>
        <translation>未読のみ(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show unread items only</source>
        <translation>未読の項目のみを表示します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No&amp;tify me about new items</source>
        <translation>新しい項目を通知(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notify me about new items for the account shown</source>
        <translation>表示中のアカウントの新しい項目を通知します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an account above to change this for it</source>
        <translation>設定を変更するには、上でアカウントを選択してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+319"/>
        <source>&amp;Check now</source>
        <translation>今すぐ確認(&amp;C)</translation>
    </message>
    <message>
        <location line="-318"/>
        <source>Check all inboxes now</source>
        <translation>すべての受信箱を今すぐ確認します</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrow keys move between messages; Enter writes a reply to the selected one.</source>
        <translation>矢印キーでメッセージ間を移動し、Enterキーで選択したメッセージへの返信を作成します。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Selected item</source>
        <translation>選択した項目</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+386"/>
        <source>Mark &amp;read</source>
        <translation>既読にする(&amp;R)</translation>
    </message>
    <message>
        <location line="-385"/>
        <source>Mark the selected item read or unread</source>
        <translation>選択した項目を既読または未読にします</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open in browser</source>
        <translation>ブラウザーで開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected item in the browser</source>
        <translation>選択した項目をブラウザーで開きます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Like</source>
        <translation>いいね(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Like the selected item on its network</source>
        <translation>選択した項目にネットワーク上でいいねします</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete my reply</source>
        <translation>自分の返信を削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete your reply to the selected item on its network</source>
        <translation>選択した項目への自分の返信をネットワーク上で削除します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hide</source>
        <translation>非表示にする(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the selected reply on its network</source>
        <translation>選択した返信をネットワーク上で非表示にします</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete co&amp;mment…</source>
        <translation>コメントを削除(&amp;M)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected comment from your post on its network</source>
        <translation>選択したコメントを、ネットワーク上の自分の投稿から削除します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark every listed item read</source>
        <translation>一覧のすべての項目を既読にします</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re&amp;ply:</source>
        <translation>返信(&amp;P):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply text</source>
        <translation>返信のテキスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a reply…</source>
        <translation>返信を入力…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reply status</source>
        <translation>返信の状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send reply</source>
        <translation>返信を送信(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the reply</source>
        <translation>返信を送信します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the reply (Ctrl+Return)</source>
        <translation>返信を送信します（Ctrl+Return）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Inboxes Postdesk cannot read</source>
        <translation>Postdeskで読み込めない受信箱</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Reconnect…</source>
        <translation>再接続(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect the account</source>
        <translation>アカウントを再接続します</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>{account} needs to be reconnected: its replies can&apos;t be read or answered until you sign in again.</source>
        <translation>{account}の再接続が必要です。再度サインインするまで、返信の閲覧や返答はできません。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n accounts need to be reconnected: their replies can&apos;t be read until you sign in again.</source>
        <translation>
            <numerusform>%Ln個のアカウントの再接続が必要です。再度サインインするまで、返信を閲覧できません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connect an account to see replies here</source>
        <translation>アカウントを接続すると、ここに返信が表示されます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions, replies, quotes and comments from every account arrive in this one list.</source>
        <translation>すべてのアカウントのメンション、返信、引用、コメントがこの一覧に届きます。</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Mark all &amp;read</source>
        <translation>すべて既読にする(&amp;R)</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>C&amp;onnect an account…</source>
        <translation>アカウントを接続(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing matches these filters</source>
        <translation>フィルターに一致する項目はありません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Show everything</source>
        <translation>すべて表示(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No replies yet</source>
        <translation>返信はまだありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When someone mentions or answers you, it shows up here.</source>
        <translation>誰かがあなたをメンションしたり返信したりすると、ここに表示されます。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The inbox could not be read.</source>
        <translation>受信箱を読み込めませんでした。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{account}: {state}</source>
        <translation>{account}: {state}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>LinkedIn shows the comments on a member&apos;s own posts only to apps it has approved, so they cannot appear here. Comments on the posts of a LinkedIn page you manage do.</source>
        <translation>LinkedInでは、メンバー自身の投稿へのコメントは承認済みのアプリにしか公開されないため、ここには表示されません。管理しているLinkedInページの投稿へのコメントは表示されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This channel has no discussion group, so its posts take no comments. Link a group in the channel&apos;s settings (Discussion) to answer comments here.</source>
        <translation>このチャンネルにはディスカッショングループがないため、投稿にコメントできません。ここでコメントに返答するには、チャンネルの設定（ディスカッション）でグループをリンクしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your bot cannot read the channel&apos;s discussion group. Add the bot to the group as an admin (or turn its privacy mode off with /setprivacy in @BotFather, then add it to the group again).</source>
        <translation>ボットがチャンネルのディスカッショングループを読み取れません。ボットをグループに管理者として追加してください（または@BotFatherで/setprivacyを使ってプライバシーモードをオフにし、ボットをグループに追加し直してください）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another program or a webhook receives your bot&apos;s messages, so Postdesk cannot read the comments. Give Postdesk a bot of its own.</source>
        <translation>別のプログラムまたはWebhookがボットのメッセージを受信しているため、Postdeskはコメントを読み取れません。Postdesk専用のボットを用意してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk cannot read this inbox.</source>
        <translation>Postdeskはこの受信箱を読み込めません。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The setting could not be saved.</source>
        <translation>設定を保存できませんでした。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{kind} — {who} on {network}</source>
        <translation>{kind} — {network}の{who}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Mark un&amp;read</source>
        <translation>未読にする(&amp;R)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{length} of {limit} characters</source>
        <translation>{length}/{limit}文字</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Liking…</source>
        <translation>いいねしています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liked.</source>
        <translation>いいねしました。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deleting your reply…</source>
        <translation>返信を削除しています…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your reply was deleted.</source>
        <translation>返信を削除しました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hiding…</source>
        <translation>非表示にしています…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hidden on the network.</source>
        <translation>ネットワーク上で非表示にしました。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete this comment?</source>
        <translation>このコメントを削除しますか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {who}&apos;s comment from your post on {network}? Nobody will see it there any more.</source>
        <translation>{network}の自分の投稿から{who}のコメントを削除しますか？そのコメントは誰にも表示されなくなります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete comment</source>
        <translation>コメントを削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the comment</source>
        <translation>コメントを削除します</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleting the comment…</source>
        <translation>コメントを削除しています…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The comment was deleted.</source>
        <translation>コメントを削除しました。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The comment was not deleted: reconnect the account and try again.</source>
        <translation>コメントは削除されませんでした。アカウントを再接続して、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment was not deleted: the network asks to wait a little. Try again later.</source>
        <translation>コメントは削除されませんでした。ネットワークから少し待つよう求められています。後でもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network refused to delete this comment (it may not be on one of your posts).</source>
        <translation>ネットワークがこのコメントの削除を拒否しました（あなたの投稿へのコメントではない可能性があります）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The comment was not deleted: the network could not be reached. Try again when you are online.</source>
        <translation>コメントは削除されませんでした。ネットワークに接続できませんでした。オンラインになってからもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment could not be deleted.</source>
        <translation>コメントを削除できませんでした。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sending…</source>
        <translation>送信しています…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reply queued; it goes out as soon as the network allows.</source>
        <translation>返信は送信待ちです。ネットワークが許可し次第、送信されます。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The engine is not running.</source>
        <translation>エンジンが実行されていません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That did not work: {error}</source>
        <translation>うまくいきませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="-250"/>
        <source>Likes</source>
        <extracomment>What an unknown count shows (an en dash: &quot;the network does not say&quot;).</extracomment>
        <translation>いいね</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reposts</source>
        <translation>リポスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies</source>
        <translation>返信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes</source>
        <translation>引用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views</source>
        <translation>表示回数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks</source>
        <translation>クリック数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement</source>
        <translation>エンゲージメント</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%Ln like(s)</source>
        <translation>
            <numerusform>いいね%Ln件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln repost(s)</source>
        <translation>
            <numerusform>リポスト%Ln件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln reply(s)</source>
        <translation>
            <numerusform>返信%Ln件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln quote(s)</source>
        <translation>
            <numerusform>引用%Ln件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln view(s)</source>
        <translation>
            <numerusform>表示%Ln回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln click(s)</source>
        <translation>
            <numerusform>クリック%Ln回</numerusform>
        </translation>
    </message>
    <message>
        <location line="+237"/>
        <source>{day} at {hour}</source>
        <translation>{day} {hour}</translation>
    </message>
</context>
<context>
    <name>InsightsPane</name>
    <message>
        <location filename="../src/postdesk/app.py" line="-38"/>
        <location line="+40"/>
        <location filename="../src/postdesk/ui/insights/view.py" line="+148"/>
        <source>Insights</source>
        <translation>インサイト</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="-70"/>
        <source>Export Insights</source>
        <extracomment>Preset periods, in days; the last entry of the picker is &quot;Custom dates&quot;.</extracomment>
        <translation>インサイトをエクスポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Last 7 days</source>
        <translation>過去7日間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>過去30日間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 90 days</source>
        <translation>過去90日間</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom dates</source>
        <translation>期間を指定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh now</source>
        <translation>今すぐ更新(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the latest numbers from the networks now</source>
        <translation>ネットワークから最新の数値を今すぐ読み込みます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>CSVをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export this period&apos;s posts to a CSV file</source>
        <translation>この期間の投稿をCSVファイルにエクスポートします</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insights status</source>
        <translation>インサイトの状態</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Totals per account and network</source>
        <translation>アカウント・ネットワーク別の合計</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your best times</source>
        <translation>おすすめの時間</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+45"/>
        <location line="+150"/>
        <source>Engagement per day</source>
        <translation>1日あたりのエンゲージメント</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Engagement by weekday and hour</source>
        <translation>曜日・時間帯別のエンゲージメント</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rank top posts by</source>
        <translation>人気の投稿の並べ替え</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>Top posts</source>
        <translation>人気の投稿</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Totals</source>
        <translation>合計</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best weekdays and hours</source>
        <translation>最適な曜日と時間帯</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rank by</source>
        <translation>並べ替え</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing published yet. Once your first post goes out, Postdesk reads its likes, reposts and replies here, and learns your best days and hours.</source>
        <translation>まだ何も投稿されていません。最初の投稿が公開されると、Postdeskがいいね、リポスト、返信をここに読み込み、最適な曜日と時間帯を学習します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No published posts yet</source>
        <translation>公開済みの投稿はまだありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write a post</source>
        <translation>投稿を作成(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your first post</source>
        <translation>最初の投稿を作成します</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Your posts do best on: {times}.</source>
        <translation>投稿の反応が良い時間: {times}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your best times show here once your posts have numbers.</source>
        <translation>投稿の数値が集まると、ここにおすすめの時間が表示されます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Insights could not be loaded. Your posts are safe; try again.</source>
        <translation>インサイトを読み込めませんでした。投稿は失われていません。もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Numbers are read while Postdesk&apos;s publishing is running; it is not running now.</source>
        <translation>数値はPostdeskの投稿処理の実行中に読み込まれます。現在は実行されていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the latest numbers…</source>
        <translation>最新の数値を読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Updated %n post(s).</source>
        <translation>
            <numerusform>%Ln件の投稿を更新しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A network asked Postdesk to wait; it tries again later.</source>
        <translation>ネットワークから待機を求められました。後で再試行します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An account needs reconnecting before its numbers can be read.</source>
        <translation>数値を読み込むには、アカウントの再接続が必要です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The networks could not be asked now. Try again in a moment.</source>
        <translation>現在ネットワークに問い合わせできません。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting…</source>
        <translation>エクスポートしています…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Exported %n post(s) to {name}.</source>
        <translation>
            <numerusform>%Ln件の投稿を{name}にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file could not be written. Choose another folder and try again.</source>
        <translation>ファイルを書き込めませんでした。別のフォルダーを選択して、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>InstagramOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_options.py" line="+35"/>
        <source>Kind of Instagram post</source>
        <translation>Instagram投稿の種類</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post (one photo, video, or a carousel of up to 10)</source>
        <translation>投稿（写真、動画、または最大10件のカルーセル）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reel (one vertical video)</source>
        <translation>リール（縦長の動画1本）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Story (one photo or video, 24 hours)</source>
        <translation>ストーリーズ（写真または動画1件、24時間）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post &amp;as:</source>
        <translation>投稿の種類(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also show the Reel in the &amp;feed</source>
        <translation>リールをフィードにも表示(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reel cover frame, seconds into the video</source>
        <translation>リールのカバーフレーム（動画の開始からの秒数）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instagram picks</source>
        <translation>Instagramが選択</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation>秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;ver frame:</source>
        <translation>カバーフレーム(&amp;V):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instagram collaborators</source>
        <translation>Instagramのコラボレーター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to 3 usernames, e.g. @friend, @studio</source>
        <translation>ユーザーネームを3件まで（例: @friend, @studio）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;llaborators:</source>
        <translation>コラボレーター(&amp;L):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instagram location (Facebook Page ID)</source>
        <translation>Instagramの場所（FacebookページID）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the ID of a Facebook Page with a location</source>
        <translation>任意: 場所が設定されたFacebookページのID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loca&amp;tion:</source>
        <translation>場所(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;rop photos to fit Instagram (4:5 to 1.91:1)</source>
        <translation>写真をInstagramに合わせて切り抜く（4:5～1.91:1）(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos taller than 4:5 or wider than 1.91:1 are cut to the nearest shape Instagram takes, keeping the middle.</source>
        <translation>4:5より縦長、または1.91:1より横長の写真は、中央を残してInstagramで使える最も近い形に切り抜かれます。</translation>
    </message>
</context>
<context>
    <name>InstagramPreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_preview.py" line="+124"/>
        <source>Carousel position</source>
        <translation>カルーセル内の位置</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Instagram shows your photo or video here</source>
        <translation>Instagramではここに写真や動画が表示されます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you</source>
        <translation>あなた</translation>
    </message>
</context>
<context>
    <name>LibraryFilterBar</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/filter_bar.py" line="+31"/>
        <source>Search names, tags and alt text</source>
        <translation>名前、タグ、代替テキストを検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the library</source>
        <translation>ライブラリを検索</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All media</source>
        <translation>すべてのメディア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIFs</source>
        <translation>GIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Videos</source>
        <translation>動画</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>All folders</source>
        <translation>すべてのフォルダー</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Sort by</source>
        <translation>並べ替え</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest first</source>
        <translation>新しい順</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest first</source>
        <translation>古い順</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date taken</source>
        <translation>撮影日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest</source>
        <translation>サイズの大きい順</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Favourites</source>
        <translation>お気に入り(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only favourites</source>
        <translation>お気に入りのみ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import files</source>
        <translation>ファイルをインポート</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No folder</source>
        <translation>フォルダーなし</translation>
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
        <translation>保存済み</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Couldn&apos;t open your last draft; starting a new one.</source>
        <translation>最後の下書きを開けなかったため、新しい下書きを開始します。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>New post</source>
        <translation>新規投稿</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Couldn&apos;t save: disk is full — your text is still here. Retrying…</source>
        <translation>保存できませんでした: ディスクがいっぱいです。テキストは残っています。再試行しています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Couldn&apos;t save: the database is not available — your text is still here. Retrying…</source>
        <translation>保存できませんでした: データベースを使用できません。テキストは残っています。再試行しています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Couldn&apos;t save — your text is still here. Retrying…</source>
        <translation>保存できませんでした。テキストは残っています。再試行しています…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Opening the post…</source>
        <translation>投稿を開いています…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+26"/>
        <source>That post no longer exists.</source>
        <translation>その投稿はもう存在しません。</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Couldn&apos;t open that post; the one you were writing is still here.</source>
        <translation>その投稿を開けませんでした。作成中の投稿はそのまま残っています。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copying the post…</source>
        <translation>投稿をコピーしています…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This post was also changed elsewhere; the changes you made here were kept.</source>
        <translation>この投稿は別の場所でも変更されました。ここでの変更は保持されています。</translation>
    </message>
</context>
<context>
    <name>LoadingPane</name>
    <message>
        <location filename="../src/postdesk/ui/main_window.py" line="+69"/>
        <source>Opening your posts…</source>
        <extracomment>How long a problem stays in the status bar.</extracomment>
        <translation>投稿を開いています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postdesk is opening your posts. This takes a moment.</source>
        <translation>Postdeskが投稿を開いています。しばらくお待ちください。</translation>
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
        <translation>セクション</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a section. Ctrl+1 to Ctrl+{last} jump straight to one.</source>
        <translation>セクションを選択します。Ctrl+1～Ctrl+{last}で直接移動できます。</translation>
    </message>
    <message numerus="yes">
        <location line="+173"/>
        <source>{title}, %n unread</source>
        <translation>
            <numerusform>{title}、未読%Ln件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MastodonOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/mastodon_options.py" line="+58"/>
        <source>Language of the Mastodon post</source>
        <translation>Mastodon投稿の言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mastodon shows the post to people who read this language.</source>
        <translation>Mastodonは、この言語を読む人に投稿を表示します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your server&apos;s default</source>
        <translation>サーバーの既定</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lan&amp;guage:</source>
        <translation>言語(&amp;G):</translation>
    </message>
</context>
<context>
    <name>MediaChoice</name>
    <message>
        <location filename="../src/postdesk/ui/composer/media_choice.py" line="+55"/>
        <source>&amp;Media for {network}:</source>
        <translation>{network}のメディア(&amp;M):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachments sent to {network}</source>
        <translation>{network}に送信する添付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick an attachment to leave it out of the {network} post.</source>
        <translation>{network}の投稿から除外する添付のチェックを外してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;rop for {network}…</source>
        <translation>{network}用に切り抜く(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crop the chosen image for {network} only</source>
        <translation>選択した画像を{network}用にのみ切り抜きます</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Video {n}</source>
        <translation>動画{n}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image {n}</source>
        <translation>画像{n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cropped image</source>
        <translation>切り抜いた画像</translation>
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
        <translation>「{name}」はもうありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” could not be read (is it a folder or locked?).</source>
        <translation>「{name}」を読み込めませんでした（フォルダーか、ロックされている可能性があります）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” is empty.</source>
        <translation>「{name}」は空です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is not a picture or video Postdesk can use (JPEG, PNG, WebP, GIF, HEIC, MP4, MOV, WebM).</source>
        <translation>「{name}」はPostdeskで使用できる画像や動画（JPEG、PNG、WebP、GIF、HEIC、MP4、MOV、WebM）ではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” is damaged or incomplete and could not be opened.</source>
        <translation>「{name}」は破損しているか不完全なため、開けませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” has far too many pixels to open safely, so it was skipped.</source>
        <translation>「{name}」はピクセル数が多すぎて安全に開けないため、スキップしました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” is larger than 4 GB, the most Postdesk imports.</source>
        <translation>「{name}」は、Postdeskでインポートできる上限の4 GBを超えています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full: “{name}” could not be saved.</source>
        <translation>ディスクがいっぱいです: 「{name}」を保存できませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk&apos;s data folder cannot be written to: “{name}” was not saved.</source>
        <translation>Postdeskのデータフォルダーに書き込めません: 「{name}」は保存されませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” was not imported: you cancelled.</source>
        <translation>「{name}」はインポートされませんでした（キャンセルされました）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” could not be imported because of an unexpected problem; the rest carried on.</source>
        <translation>予期しない問題のため「{name}」をインポートできませんでした。他のファイルは続行しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” was already in your library.</source>
        <translation>「{name}」はすでにライブラリにあります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is named like another kind of file; it was imported as what it really is.</source>
        <translation>「{name}」は別の種類のファイル名になっています。実際の種類としてインポートしました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” contains the place where it was taken; that location is removed from what you publish.</source>
        <translation>「{name}」には撮影場所が含まれています。投稿する内容からその位置情報は削除されます。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Video, {length} long</source>
        <translation>動画、長さ{length}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Animated GIF</source>
        <translation>アニメーションGIF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No alt text yet</source>
        <translation>代替テキストなし</translation>
    </message>
</context>
<context>
    <name>MediaLibraryPane</name>
    <message>
        <location filename="../src/postdesk/app.py" line="-35"/>
        <location line="+36"/>
        <source>Media</source>
        <translation>メディア</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="+176"/>
        <source>Storage used</source>
        <extracomment>Background request keys: a newer request with the same key wins (see `BackgroundRunner`).</extracomment>
        <translation>使用容量</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove &amp;location from published photos</source>
        <translation>投稿する写真から位置情報を削除(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove location from published photos</source>
        <translation>投稿する写真から位置情報を削除します</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%Ln件の項目</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{size} stored</source>
        <translation>使用容量{size}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No items yet</source>
        <translation>項目はまだありません</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>This is used in %n post(s). Deleting it also removes it from them. Delete?</source>
        <translation>
            <numerusform>これは%Ln件の投稿で使用されています。削除すると、それらの投稿からも削除されます。削除しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n item(s) from the library? This cannot be undone.</source>
        <translation>
            <numerusform>%Ln件の項目をライブラリから削除しますか？この操作は元に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete media</source>
        <translation>メディアを削除</translation>
    </message>
</context>
<context>
    <name>MediaPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/media_part.py" line="+85"/>
        <source>Attach images</source>
        <translation>画像を添付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images ({patterns})</source>
        <translation>画像 ({patterns})</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Adding images…</source>
        <translation>画像を追加しています…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Some images are no longer in the media library and were not attached.</source>
        <translation>一部の画像がメディアライブラリにないため、添付されませんでした。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Couldn&apos;t read {files} as images.</source>
        <translation>{files}を画像として読み込めませんでした。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Couldn&apos;t add the images; the files were not changed.</source>
        <translation>画像を追加できませんでした。ファイルは変更されていません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Couldn&apos;t save the image description; it is kept here.</source>
        <translation>画像の説明を保存できませんでした。説明はここに残っています。</translation>
    </message>
</context>
<context>
    <name>MediaPreviewDialog</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/preview_dialog.py" line="+204"/>
        <source>Preview of “{name}”</source>
        <translation>「{name}」のプレビュー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the picture…</source>
        <translation>画像を読み込んでいます…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture</source>
        <translation>画像</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>What each network receives</source>
        <translation>各ネットワークに送信される内容</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No preview</source>
        <translation>プレビューなし</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
</context>
<context>
    <name>MediaStrip</name>
    <message>
        <location filename="../src/postdesk/ui/composer/media_strip.py" line="+142"/>
        <source>Attached images</source>
        <translation>添付画像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Left and Alt+Right move the selected image</source>
        <translation>Alt+LeftとAlt+Rightで選択した画像を移動します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag an image, or press Alt+Left / Alt+Right, to change the order</source>
        <translation>画像をドラッグするか、Alt+Left / Alt+Rightを押して順序を変更します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;ttach images…</source>
        <translation>画像を添付(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach images</source>
        <translation>画像を添付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move image</source>
        <translation>画像を削除(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected image</source>
        <translation>選択した画像を削除します</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Descr&amp;iption (alt text):</source>
        <translation>説明（代替テキスト）(&amp;I):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description of the selected image, for people who cannot see it</source>
        <translation>画像を見ることができない人のための、選択した画像の説明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is in the picture?</source>
        <translation>画像には何が写っていますか？</translation>
    </message>
</context>
<context>
    <name>MediaStripModel</name>
    <message>
        <location filename="../src/postdesk/ui/composer/models.py" line="-64"/>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No description yet</source>
        <translation>説明なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no description</source>
        <translation>説明なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image {n}: {alt}</source>
        <translation>画像{n}: {alt}</translation>
    </message>
</context>
<context>
    <name>NetworkCrops</name>
    <message>
        <location filename="../src/postdesk/ui/composer/media_choice_crop.py" line="+61"/>
        <source>That image is no longer in the media library.</source>
        <translation>その画像はメディアライブラリにもうありません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>for {network}</source>
        <translation>{network}用</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The crop could not be saved. Try again in a moment.</source>
        <translation>切り抜きを保存できませんでした。しばらくしてからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>NetworkTile</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/preview_dialog.py" line="-138"/>
        <source>Any shape</source>
        <extracomment>The larger picture&apos;s box: the tiles below it are what the dialog is for, so it stays modest.</extracomment>
        <translation>任意の形</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best shape {ratio}</source>
        <translation>最適な形: {ratio}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shaded part falls outside the shape {network} shows best. Crop or rotate… makes a copy in it.</source>
        <translation>影の部分は、{network}で最適に表示される形の外側になります。［切り抜き・回転…］でその形のコピーを作成できます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>original</source>
        <translation>オリジナル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>re-encoded</source>
        <translation>再エンコード済み</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too large for {network}</source>
        <translation>{network}には大きすぎます</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/body.py" line="-12"/>
        <source>Calendar message</source>
        <translation>カレンダーのメッセージ</translation>
    </message>
</context>
<context>
    <name>PartsEditor</name>
    <message>
        <location filename="../src/postdesk/ui/composer/parts_editor.py" line="+192"/>
        <source>&amp;Add part</source>
        <extracomment>File suffixes accepted as images when dropped. Background of text that does not fit; translucent so it reads in light and dark themes.</extracomment>
        <translation>パートを追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a thread part</source>
        <translation>スレッドのパートを追加します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;plit into thread</source>
        <translation>スレッドに分割(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split the text into a thread automatically</source>
        <translation>テキストを自動的にスレッドに分割します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split at sentence boundaries so every part fits</source>
        <translation>各パートが収まるように文の区切りで分割します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Join parts</source>
        <translation>パートを結合(&amp;J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join all thread parts into one text</source>
        <translation>スレッドのすべてのパートを1つのテキストに結合します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number parts (1/n)</source>
        <translation>パートに番号を付ける（1/n）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add 1/n numbering when splitting</source>
        <translation>分割時に1/nの番号を付けます</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Part {n} of {count}</source>
        <translation>パート{n}/{count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove part {n}</source>
        <translation>パート{n}を削除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label}, part {n} of {count}</source>
        <translation>{label}、パート{n}/{count}</translation>
    </message>
</context>
<context>
    <name>PinterestOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="+148"/>
        <source>Pinterest board</source>
        <extracomment>The link&apos;s limit (`PinCreate.link` maxLength in Pinterest&apos;s OpenAPI description).</extracomment>
        <translation>Pinterestのボード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a board</source>
        <translation>ボードを選択</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New board…</source>
        <translation>新しいボード…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new Pinterest board</source>
        <translation>Pinterestのボードを新規作成します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the boards from Pinterest again</source>
        <translation>Pinterestからボードを再度読み込みます</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Board:</source>
        <translation>ボード(&amp;B):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Board section</source>
        <translation>ボードのセクション</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New section…</source>
        <translation>新しいセクション…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new section on the board</source>
        <translation>ボードに新しいセクションを作成します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ection:</source>
        <translation>セクション(&amp;E):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Destination link</source>
        <translation>リンク先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://… where the Pin leads (optional)</source>
        <translation>https://…（ピンのリンク先、任意）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Link:</source>
        <translation>リンク(&amp;L):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose cover…</source>
        <translation>カバーを選択…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the video&apos;s cover image</source>
        <translation>動画のカバー画像を選択します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a frame</source>
        <translation>フレームを使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a frame of the video as its cover</source>
        <translation>動画のフレームをカバーとして使用します</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Video &amp;cover:</source>
        <translation>動画のカバー(&amp;C):</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Reading your boards from Pinterest…</source>
        <translation>Pinterestからボードを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pinterest did not answer: {reason}. Try Refresh in a moment.</source>
        <translation>Pinterestから応答がありませんでした: {reason}。しばらくしてから［更新］をお試しください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This account has no boards yet: make one with New board….</source>
        <translation>このアカウントにはまだボードがありません。［新しいボード…］で作成してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (secret)</source>
        <translation>（シークレット）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No section</source>
        <translation>セクションなし</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Section {id}</source>
        <translation>セクション{id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New board</source>
        <translation>新しいボード</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new board:</source>
        <translation>新しいボードの名前:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Making the board “{name}” on Pinterest…</source>
        <translation>Pinterestにボード「{name}」を作成しています…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New section</source>
        <translation>新しいセクション</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new section:</source>
        <translation>新しいセクションの名前:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cover image for the video</source>
        <translation>動画のカバー画像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>画像 (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A frame of the video</source>
        <translation>動画のフレーム</translation>
    </message>
</context>
<context>
    <name>PollEditor</name>
    <message>
        <location filename="../src/postdesk/ui/composer/poll_editor.py" line="+53"/>
        <source>Add a p&amp;oll</source>
        <extracomment>A new poll runs one day, as on X and Mastodon&apos;s own apps.</extracomment>
        <translation>アンケートを追加(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a poll to the {network} post</source>
        <translation>{network}の投稿にアンケートを追加します</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choices:</source>
        <translation>選択肢:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poll length, days</source>
        <translation>アンケートの期間（日）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> d</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> h</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Poll length, hours</source>
        <translation>アンケートの期間（時間）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation>分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Poll length, minutes</source>
        <translation>アンケートの期間（分）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs for:</source>
        <translation>期間:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People may pick more than one</source>
        <translation>複数選択を許可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poll allows several choices</source>
        <translation>アンケートで複数の選択肢を選べます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the results until it ends</source>
        <translation>終了まで結果を非表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the poll&apos;s results until it ends</source>
        <translation>アンケートの結果を終了まで非表示にします</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Poll choice {n}</source>
        <translation>アンケートの選択肢{n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choice {n}</source>
        <translation>選択肢{n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choice {n} (optional)</source>
        <translation>選択肢{n}（任意）</translation>
    </message>
</context>
<context>
    <name>PostActions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/post_actions.py" line="+66"/>
        <source>Choose at least one network.</source>
        <translation>ネットワークを1つ以上選択してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{first} (and {n} more networks with problems)</source>
        <translation>{first}（ほか問題のあるネットワーク{n}件）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Can&apos;t schedule yet: {reason}</source>
        <translation>まだ予約できません: {reason}</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>That time has already passed; pick a time in the future.</source>
        <translation>その時刻はすでに過ぎています。未来の時刻を選択してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{networks} holds this post at its time. To change the time, take it back first (Cancel), then schedule it again.</source>
        <translation>{networks}がこの投稿を予定時刻まで保持しています。時刻を変更するには、まず取り消して（キャンセル）から、もう一度予約してください。</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Paused. Pick the new time, then press Schedule: it goes out then.</source>
        <translation>一時停止中です。新しい時刻を選択して［予約］を押すと、その時刻に投稿されます。</translation>
    </message>
</context>
<context>
    <name>PostControls</name>
    <message>
        <location filename="../src/postdesk/ui/composer/post_controls.py" line="+102"/>
        <source>Where this post stands with Postdesk&apos;s publisher</source>
        <extracomment>States the engine may pause or reschedule (not mid-request, not done).</extracomment>
        <translation>Postdeskの投稿処理におけるこの投稿の状況</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the post is waiting for</source>
        <translation>投稿が待機している理由</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Did it &amp;go out?…</source>
        <translation>投稿されましたか？(&amp;G)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say whether the post is on the network, or send it again</source>
        <translation>投稿がネットワーク上にあるかどうかを指定するか、再送信します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause this post</source>
        <translation>この投稿を一時停止します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ume</source>
        <translation>再開(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume this post</source>
        <translation>この投稿を再開します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resc&amp;hedule…</source>
        <translation>予約を変更(&amp;H)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause this post and pick a new time</source>
        <translation>この投稿を一時停止して新しい時刻を選択します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ca&amp;ncel</source>
        <translation>キャンセル(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never send this post (a hand-off is taken back)</source>
        <translation>この投稿を送信しません（引き渡し済みの場合は取り消します）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this post</source>
        <translation>この投稿を削除します</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Delete this post from Postdesk, or from the network too</source>
        <translation>この投稿をPostdeskから、またはネットワークからも削除します</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Delete this post?</source>
        <translation>この投稿を削除しますか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this post from Postdesk? It has not gone out, so nothing is on any network.</source>
        <translation>この投稿をPostdeskから削除しますか？まだ投稿されていないため、どのネットワークにも存在しません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep it</source>
        <translation>残す(&amp;K)</translation>
    </message>
</context>
<context>
    <name>PostsModel</name>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="-117"/>
        <source>Not given by this network</source>
        <translation>このネットワークでは提供されていません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Published</source>
        <translation>投稿日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>投稿</translation>
    </message>
</context>
<context>
    <name>PreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/preview.py" line="+240"/>
        <source>Your name</source>
        <translation>あなたの名前</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>subreddit</source>
        <translation>サブレディット</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a board</source>
        <translation>ボード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved to</source>
        <translation>保存先</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+3"/>
        <source>(No title yet)</source>
        <translation>（タイトルなし）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{network} shows your image or video here</source>
        <translation>{network}ではここに画像や動画が表示されます</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Like  ·  Comment  ·  Repost  ·  Send</source>
        <translation>いいね  ·  コメント  ·  再投稿  ·  送信</translation>
    </message>
</context>
<context>
    <name>PreviewFrame</name>
    <message>
        <location filename="../src/postdesk/ui/composer/previews/frame.py" line="+44"/>
        <source>&amp;Phone</source>
        <extracomment>The card&apos;s width in each mode (a phone&apos;s feed is ~390 px wide; a desktop feed column ~600).</extracomment>
        <translation>スマートフォン(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview as on a phone</source>
        <translation>スマートフォンでの表示をプレビューします</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Desktop</source>
        <translation>デスクトップ(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview as on a desktop</source>
        <translation>デスクトップでの表示をプレビューします</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
</context>
<context>
    <name>PreviewPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/preview_part.py" line="+157"/>
        <source>Your name</source>
        <extracomment>How long after the last change the hidden tabs&apos; previews are brought up to date. The visible preview renders this long after the last keystroke... ...and at least this often while the user keeps typing. Told the post and the first sentences of the targets that have errors, after each refresh.</extracomment>
        <translation>あなたの名前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yourname</source>
        <translation>yourname</translation>
    </message>
</context>
<context>
    <name>ProblemListModel</name>
    <message>
        <location filename="../src/postdesk/ui/composer/models.py" line="-135"/>
        <source>Error</source>
        <extracomment>Custom roles. Drag format of a row of the media strip being moved within the strip (its row number).</extracomment>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../src/postdesk/ui/error_words.py" line="+19"/>
        <source>The disk is full, so Postdesk could not save. Free some space; your work is still open.</source>
        <translation>ディスクがいっぱいのため、保存できませんでした。空き容量を確保してください。作業内容は開いたままです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another program held Postdesk&apos;s database, so this did not finish. Try again in a moment.</source>
        <translation>別のプログラムがPostdeskのデータベースを使用していたため、完了しませんでした。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your computer refused to read or write Postdesk&apos;s files. Check the disk, then try again.</source>
        <translation>コンピューターがPostdeskのファイルの読み書きを拒否しました。ディスクを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network did not answer in time. Postdesk will try again when you ask.</source>
        <translation>ネットワークから時間内に応答がありませんでした。指示があれば再試行します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk could not finish what it was doing. Try again; if it keeps happening, the log in the data folder says what went wrong.</source>
        <translation>処理を完了できませんでした。もう一度お試しください。繰り返し発生する場合は、データフォルダー内のログで原因を確認できます。</translation>
    </message>
</context>
<context>
    <name>QueueControls</name>
    <message>
        <location filename="../src/postdesk/ui/composer/queue_button.py" line="+30"/>
        <source>Add to &amp;queue…</source>
        <translation>キューに追加(&amp;Q)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the post to a queue: it takes the queue&apos;s next free time</source>
        <translation>投稿をキューに追加します。キューの次の空き時間に投稿されます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the post the next free time of one of your queues</source>
        <translation>いずれかのキューの次の空き時間を投稿に割り当てます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened with the queue</source>
        <translation>キューの結果</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No queue serves these accounts yet. Create one in Queues (its times, and which accounts use it), then add the post.</source>
        <translation>これらのアカウントに対応するキューがまだありません。［キュー］でキュー（時刻と使用するアカウント）を作成してから、投稿を追加してください。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That queue filled up meanwhile; the post stays as it was.</source>
        <translation>その間にキューがいっぱいになりました。投稿は元のままです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added to “{queue}”: goes out {when}.</source>
        <translation>「{queue}」に追加しました: {when}に投稿されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(The time shown was taken meanwhile, so it got the next one.)</source>
        <translation>（表示されていた時刻はその間に埋まったため、次の時刻が割り当てられました。）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk could not add the post to the queue just now. Nothing changed; try again.</source>
        <translation>現在、投稿をキューに追加できませんでした。何も変更されていません。もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <location filename="../src/postdesk/ui/queues/models.py" line="+53"/>
        <source>{day} at {time}</source>
        <translation>{day} {time}</translation>
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
            <numerusform>週%Ln枠</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Day</source>
        <translation>曜日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Goes out</source>
        <translation>投稿日時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Post</source>
        <translation>投稿</translation>
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
        <translation>キュー</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="+19"/>
        <source>&amp;Queues</source>
        <translation>キュー(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your queues</source>
        <translation>キューの一覧</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No queue yet. A queue is a set of weekly times (say Tuesday and Thursday at 9:00); “Add to queue” in the composer then gives a post the next free one.</source>
        <translation>キューはまだありません。キューは毎週の時刻の組み合わせ（例: 火曜と木曜の9:00）です。作成画面で「キューに追加」を使うと、投稿に次の空き時間が割り当てられます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New queue</source>
        <translation>新しいキュー(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a new queue</source>
        <translation>新しいキューを作成します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete queue</source>
        <translation>キューを削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the chosen queue</source>
        <translation>選択したキューを削除します</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Queue name</source>
        <translation>キュー名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Weekday mornings</source>
        <translation>例: 平日の朝</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time zone the queue&apos;s times are in</source>
        <translation>キューの時刻のタイムゾーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone:</source>
        <translation>タイムゾーン(&amp;Z):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day of the new time</source>
        <translation>新しい時刻の曜日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time of the new slot</source>
        <translation>新しい枠の時刻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add time</source>
        <translation>時刻を追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add this weekly time to the queue</source>
        <translation>この毎週の時刻をキューに追加します</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Na&amp;me:</source>
        <translation>名前(&amp;M):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Weekly &amp;times:</source>
        <translation>毎週の時刻(&amp;T):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weekly times of the queue</source>
        <translation>キューの毎週の時刻</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove time</source>
        <translation>時刻を削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the chosen weekly time</source>
        <translation>選択した毎週の時刻を削除します</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;kipped dates:</source>
        <translation>スキップする日付(&amp;K):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accounts that use this queue</source>
        <translation>このキューを使用するアカウント</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used &amp;by:</source>
        <translation>使用するアカウント(&amp;B):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick none and every account may use it.</source>
        <translation>何もチェックしない場合、すべてのアカウントで使用できます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save queue</source>
        <translation>キューを保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the queue</source>
        <translation>キューを保存します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the queue still needs</source>
        <translation>キューに不足している項目</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What just happened</source>
        <translation>直前の操作の結果</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Give the queue a name.</source>
        <translation>キューに名前を付けてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one weekly time.</source>
        <translation>毎週の時刻を1つ以上追加してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a time zone from the list (for example Europe/Paris).</source>
        <translation>一覧からタイムゾーンを選択してください（例: Europe/Paris）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another queue is already called “{name}”.</source>
        <translation>「{name}」という名前のキューがすでにあります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The queue could not be saved. Nothing was lost; try again.</source>
        <translation>キューを保存できませんでした。何も失われていません。もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Queue deleted. Its posts keep their times.</source>
        <translation>キューを削除しました。キューの投稿の日時は変わりません。</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Time removed. %n post(s) moved to the next free times.</source>
        <translation>
            <numerusform>時刻を削除しました。%Ln件の投稿を次の空き時間に移動しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time removed.</source>
        <translation>時刻を削除しました。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Shuffled: the same times, a new order.</source>
        <translation>シャッフルしました: 同じ時刻で順序が新しくなりました。</translation>
    </message>
</context>
<context>
    <name>QuoteField</name>
    <message>
        <location filename="../src/postdesk/ui/composer/quote_field.py" line="+42"/>
        <source>Address of the {network} post to quote</source>
        <translation>引用する{network}投稿のアドレス</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the address of a {network} post: yours will show it inside. Optional.</source>
        <translation>{network}の投稿のアドレスを貼り付けると、あなたの投稿内にその投稿が表示されます。任意です。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Quote a post:</source>
        <translation>投稿を引用(&amp;Q):</translation>
    </message>
</context>
<context>
    <name>RedditOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/reddit_options.py" line="+102"/>
        <source>Your subreddits</source>
        <translation>参加中のサブレディット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one of your subreddits</source>
        <translation>参加中のサブレディットから選択します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yo&amp;ur subreddits:</source>
        <translation>参加中のサブレディット(&amp;U):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post flair</source>
        <translation>投稿フレア</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+143"/>
        <source>No flair</source>
        <translation>フレアなし</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>&amp;Flair:</source>
        <translation>フレア(&amp;F):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;NSFW (not safe for work)</source>
        <translation>NSFW（職場閲覧注意）(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;poiler</source>
        <translation>ネタバレ(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Marks:</source>
        <translation>マーク:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link to post</source>
        <translation>投稿するリンク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://… makes a link post (optional)</source>
        <translation>https://…（リンク投稿になります。任意）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lin&amp;k:</source>
        <translation>リンク(&amp;K):</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Reddit did not answer: {reason}. The subreddit&apos;s rules are checked again when the post goes out.</source>
        <translation>Redditから応答がありませんでした: {reason}。サブレディットのルールは投稿時に再度確認されます。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading the rules of r/{name}…</source>
        <translation>r/{name}のルールを読み込んでいます…</translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="+153"/>
        <source>Media relay</source>
        <extracomment>Services the form knows: (id, endpoint example, region example, path-style).</extracomment>
        <translation>メディアリレー</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Threads, Instagram and Google Business Profile (and TikTok, for photo posts) take photos and videos only from a web address. Postdesk puts each file in storage you own (an S3-compatible bucket) just before posting, gives the network a private link that stops working after {minutes} minutes, and deletes the file as soon as the network has it. Create a bucket and an access key that may read, write and delete in it, then fill in the form.</source>
        <translation>Threads、Instagram、Google Business Profile（および写真投稿の場合はTikTok）は、写真や動画をWebアドレスからしか取得しません。Postdeskは投稿の直前に各ファイルをあなたが所有するストレージ（S3互換バケット）に置き、{minutes}分後に無効になる非公開リンクをネットワークに渡し、ネットワークが取得したらすぐにファイルを削除します。バケットと、その中で読み取り・書き込み・削除ができるアクセスキーを作成してから、フォームに入力してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Storage service</source>
        <translation>ストレージサービス</translation>
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
        <translation>その他のS3互換サービス（MinIO、Garageなど）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bucket</source>
        <translation>バケット</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access key ID</source>
        <translation>アクセスキーID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret access key</source>
        <translation>シークレットアクセスキー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the bucket in the path (needed by MinIO, Garage and most self-hosted services)</source>
        <translation>バケットをパスに含める（MinIO、Garage、および多くのセルフホストサービスで必要）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secret key is kept in your system&apos;s keyring, never in Postdesk&apos;s files.</source>
        <translation>シークレットキーはシステムのキーリングに保管され、Postdeskのファイルには保管されません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Endpoint:</source>
        <translation>エンドポイント(&amp;E):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bucket:</source>
        <translation>バケット(&amp;B):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access &amp;key ID:</source>
        <translation>アクセスキーID(&amp;K):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret access ke&amp;y:</source>
        <translation>シークレットアクセスキー(&amp;Y):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Ser&amp;vice:</source>
        <translation>サービス(&amp;V):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Test the rel&amp;ay</source>
        <translation>リレーをテスト(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the relay</source>
        <translation>リレーを削除</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Kept in the keyring (type to replace it)</source>
        <translation>キーリングに保管済み（入力すると置き換えます）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set up: media for Threads goes through the bucket “{bucket}”.</source>
        <translation>設定済み: Threadsのメディアはバケット「{bucket}」を経由します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not set up: posts to Threads can only be text.</source>
        <translation>未設定: Threadsにはテキストのみ投稿できます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave empty for Amazon S3</source>
        <translation>Amazon S3の場合は空欄</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave the endpoint empty and give the bucket&apos;s region.</source>
        <translation>エンドポイントは空欄のままにし、バケットのリージョンを入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the S3 API address from the bucket&apos;s settings in Cloudflare; the region is “auto”.</source>
        <translation>Cloudflareのバケット設定からS3 APIアドレスをコピーしてください。リージョンは「auto」です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the bucket&apos;s S3 endpoint shown in Backblaze (it names the region).</source>
        <translation>Backblazeに表示されるバケットのS3エンドポイントを使用してください（リージョン名が含まれています）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the endpoint of the bucket&apos;s region, from Wasabi&apos;s list of service URLs.</source>
        <translation>WasabiのサービスURL一覧から、バケットのリージョンのエンドポイントを使用してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the service&apos;s S3 address; most self-hosted services need the bucket in the path.</source>
        <translation>サービスのS3アドレスを使用してください。多くのセルフホストサービスでは、バケットをパスに含める必要があります。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+128"/>
        <source>Enter the secret access key.</source>
        <translation>シークレットアクセスキーを入力してください。</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Testing the relay…</source>
        <translation>リレーをテストしています…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The relay works. Save it, and Threads posts can include photos and videos.</source>
        <translation>リレーは動作しています。保存すると、Threadsの投稿に写真や動画を含められます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay does not work yet: fix what is said above and test again.</source>
        <translation>リレーはまだ動作していません。上記の問題を修正して、もう一度テストしてください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The keyring is locked or missing, so the secret key cannot be kept or read. Unlock it and try again.</source>
        <translation>キーリングがロックされているか見つからないため、シークレットキーを保管・読み取りできません。ロックを解除して、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The relay settings could not be read or saved. Try again.</source>
        <translation>リレーの設定を読み込みまたは保存できませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✓ Uploaded a small test picture to the bucket.</source>
        <translation>✓ 小さなテスト画像をバケットにアップロードしました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Fetched it back through a link that works for {minutes} minutes, as Threads will.</source>
        <translation>✓ Threadsと同様に、{minutes}分間有効なリンクから取得できました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Deleted it again.</source>
        <translation>✓ 再び削除しました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✗ Could not fetch it back through the link (the service answered {status}). Check the endpoint and the region.</source>
        <translation>✗ リンクから取得できませんでした（サービスの応答: {status}）。エンドポイントとリージョンを確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✗ Could not delete it: the access key needs permission to delete objects, or copies would stay in the bucket.</source>
        <translation>✗ 削除できませんでした。アクセスキーにオブジェクトの削除権限が必要です。権限がないとバケットにコピーが残ります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✗ Could not upload the test picture:</source>
        <translation>✗ テスト画像をアップロードできませんでした:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Could not fetch it back:</source>
        <translation>✗ 取得できませんでした:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The endpoint must be a web address starting with https://.</source>
        <translation>エンドポイントはhttps://で始まるWebアドレスにしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use an https:// endpoint: plain http would send your files and keys unprotected.</source>
        <translation>https://のエンドポイントを使用してください。httpではファイルとキーが保護されずに送信されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the bucket&apos;s name.</source>
        <translation>バケット名を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A bucket name has 3 to 63 lower-case letters, digits, dots or hyphens.</source>
        <translation>バケット名は3～63文字の英小文字、数字、ピリオド、ハイフンです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The region is a short name such as us-east-1 or auto.</source>
        <translation>リージョンはus-east-1やautoのような短い名前です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the access key ID.</source>
        <translation>アクセスキーIDを入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service did not answer. Check the endpoint and your connection.</source>
        <translation>サービスから応答がありませんでした。エンドポイントと接続を確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service is busy or failing right now. Try again in a minute.</source>
        <translation>サービスは現在混雑しているか、障害が発生しています。1分ほどしてからもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this bucket does not exist at this endpoint. Check its name and region.</source>
        <translation>このエンドポイントにこのバケットは存在しません。名前とリージョンを確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the service refused the access key. Check the key ID and the secret, and that the key may write to this bucket.</source>
        <translation>サービスがアクセスキーを拒否しました。キーIDとシークレット、およびキーにこのバケットへの書き込み権限があるかを確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the keyring is locked or missing, so the secret key cannot be read.</source>
        <translation>キーリングがロックされているか見つからないため、シークレットキーを読み取れません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the bucket and the access key first.</source>
        <translation>先にバケットとアクセスキーを入力してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the service refused ({detail}).</source>
        <translation>サービスに拒否されました（{detail}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service refused.</source>
        <translation>サービスに拒否されました。</translation>
    </message>
</context>
<context>
    <name>RepeatControls</name>
    <message>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="+177"/>
        <source>&amp;Repeat…</source>
        <translation>繰り返し(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat this post every few days or weeks</source>
        <translation>この投稿を数日または数週間ごとに繰り返します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How this post repeats</source>
        <translation>この投稿の繰り返し方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop repeatin&amp;g</source>
        <translation>繰り返しを停止(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop repeating: the repeats not yet sent are removed</source>
        <translation>繰り返しを停止します。未送信の繰り返しは削除されます</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>Repeating stopped. %n repeat(s) not yet sent were removed.</source>
        <translation>
            <numerusform>繰り返しを停止しました。未送信の繰り返し%Ln件を削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeating stopped.</source>
        <translation>繰り返しを停止しました。</translation>
    </message>
</context>
<context>
    <name>RepeatDialog</name>
    <message numerus="yes">
        <location line="-224"/>
        <source>every %n week(s)</source>
        <translation>
            <numerusform>%Ln週間ごと</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>%Ln日ごと</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until you stop it</source>
        <translation>停止するまで</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n more time(s)</source>
        <translation>
            <numerusform>あと%Ln回</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeats {every}, {times}</source>
        <translation>繰り返し: {every}、{times}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>with %n variation(s)</source>
        <translation>
            <numerusform>バリエーション%Ln件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeating stopped</source>
        <translation>繰り返し停止済み</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Repeat this post</source>
        <translation>この投稿を繰り返す</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many days or weeks between two posts</source>
        <translation>投稿の間隔（日数または週数）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weeks</source>
        <translation>週</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days or weeks</source>
        <translation>日または週</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat &amp;every:</source>
        <translation>繰り返す間隔(&amp;E):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;This many more times:</source>
        <translation>繰り返す回数(&amp;T):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many more times</source>
        <translation>あと何回繰り返すか</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until I &amp;stop it</source>
        <translation>停止するまで(&amp;S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Networks refuse a post identical to an earlier one. Add a few variations: each repeat uses the next text in turn, then the post&apos;s own again.</source>
        <translation>ネットワークは以前と同じ内容の投稿を拒否します。バリエーションをいくつか追加してください。繰り返しのたびに次のテキストが順に使われ、最後まで行くと元の投稿のテキストに戻ります。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text variations, used in turn</source>
        <translation>順に使われるテキストのバリエーション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a variation</source>
        <translation>バリエーションを追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a text variation</source>
        <translation>テキストのバリエーションを追加します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove variation</source>
        <translation>バリエーションを削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen variation</source>
        <translation>選択したバリエーションを削除します</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;peat</source>
        <translation>繰り返す(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the repeat</source>
        <translation>繰り返しを保存します</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../src/postdesk/ui/csv_import/model.py" line="+73"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported?</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes to</source>
        <translation>投稿先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, as a draft</source>
        <translation>はい（下書き）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No time: a draft</source>
        <translation>日時なし: 下書き</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>ScheduleBar</name>
    <message>
        <location filename="../src/postdesk/ui/composer/schedule_bar.py" line="+61"/>
        <source>&amp;Schedule</source>
        <translation>予約(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule the post</source>
        <translation>投稿を予約します</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+120"/>
        <source>Schedule (Ctrl+Enter)</source>
        <translation>予約（Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>&amp;Unschedule</source>
        <translation>予約を解除(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the date and keep the post as a draft</source>
        <translation>日付を消去して、投稿を下書きとして残します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish &amp;now</source>
        <translation>今すぐ投稿(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish the post now</source>
        <translation>投稿を今すぐ投稿します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish now, with the same checks as scheduling</source>
        <translation>予約時と同じチェックを行って、今すぐ投稿します</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Schedule status</source>
        <translation>予約の状態</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the post cannot be scheduled yet</source>
        <translation>投稿をまだ予約できない理由</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;When ({zone}):</source>
        <translation>日時（{zone}）(&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time to publish, in {zone}</source>
        <translation>投稿する日時（{zone}）</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>This time does not exist in {zone}: the clocks jump from {start} to {end} that day. Pick another time.</source>
        <translation>この時刻は{zone}には存在しません（その日は時計が{start}から{end}に進みます）。別の時刻を選択してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This time does not exist in {zone}: the clocks skip it that day. Pick another time.</source>
        <translation>この時刻は{zone}には存在しません（その日はこの時刻が飛ばされます）。別の時刻を選択してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This time happens twice in {zone} that day (the clocks go back); the first one is used.</source>
        <translation>この時刻は{zone}ではその日に2回あります（時計が戻ります）。1回目が使用されます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not scheduled: this post is a draft.</source>
        <translation>未予約: この投稿は下書きです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scheduled for {when} ({zone}).</source>
        <translation>{when}（{zone}）に予約済みです。</translation>
    </message>
</context>
<context>
    <name>ScheduleEdits</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/edits.py" line="+113"/>
        <source>The network&apos;s own scheduler holds this post at its time. To move it, take it back first (Take back and cancel), then schedule it again.</source>
        <extracomment>Where a draft dropped on a month day lands when nothing says which time: a working morning.</extracomment>
        <translation>ネットワーク独自の予約機能がこの投稿を予定時刻まで保持しています。移動するには、まず取り消して（［取り消してキャンセル］）から、もう一度予約してください。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Move “{post}”</source>
        <translation>「{post}」を移動</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Added to the queue “{queue}” at {time}.</source>
        <translation>キュー「{queue}」の{time}に追加しました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That slot was taken meanwhile. Nothing changed.</source>
        <translation>その間にその枠が埋まりました。何も変更されていません。</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Repeating stopped. %n repeat(s) not yet sent were removed.</source>
        <translation>
            <numerusform>繰り返しを停止しました。未送信の繰り返し%Ln件を削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeating stopped.</source>
        <translation>繰り返しを停止しました。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove the post from Postdesk</source>
        <translation>投稿をPostdeskから削除します</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This post is being published right now, so it can&apos;t be deleted yet. Wait until it has gone out; then Delete asks whether to remove it from Postdesk only or from the network too.</source>
        <translation>この投稿は現在投稿中のため、まだ削除できません。投稿が完了するまでお待ちください。その後［削除］で、Postdeskからのみ削除するか、ネットワークからも削除するかを選べます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The post&apos;s time was changed elsewhere since, so that step was not undone. Nothing was lost.</source>
        <translation>その後、投稿の日時が別の場所で変更されたため、その操作は元に戻されませんでした。何も失われていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That change could not be saved. Nothing was lost; try again.</source>
        <translation>その変更を保存できませんでした。何も失われていません。もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>SentComments</name>
    <message>
        <location filename="../src/postdesk/ui/composer/first_comment_sent.py" line="+58"/>
        <source>Comment on {network}…</source>
        <translation>{network}にコメント…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post a comment under the published post on {network}</source>
        <translation>{network}の公開済みの投稿にコメントを投稿します</translation>
    </message>
</context>
<context>
    <name>SentSection</name>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="+34"/>
        <source>What was sent</source>
        <translation>送信した内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was sent (it can no longer change here)</source>
        <translation>送信した内容（ここではもう変更できません）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Duplicate as a new post</source>
        <translation>新しい投稿として複製(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new draft copied from this post</source>
        <translation>この投稿をコピーして新しい下書きを作成します</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where each network stands</source>
        <translation>各ネットワークの状況</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text and media that were sent</source>
        <translation>送信したテキストとメディア</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the published post is doing</source>
        <translation>公開済みの投稿の反応</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Edit on {network}…</source>
        <translation>{network}で編集…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the published post on {network} itself</source>
        <translation>{network}上の公開済みの投稿そのものを変更します</translation>
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
        <translation>設定</translation>
    </message>
    <message>
        <location line="+530"/>
        <source>Postdesk could not change whether it starts at login. Your system refused: {reason}</source>
        <translation>ログイン時に起動するかどうかを変更できませんでした。システムに拒否されました: {reason}</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="+5"/>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Same as the system</source>
        <translation>システムと同じ</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Times in the calendar and the composer are shown in this zone. A post keeps the zone it was scheduled in, so 09:00 stays 09:00 when the clocks change.</source>
        <translation>カレンダーと作成画面の時刻は、このタイムゾーンで表示されます。投稿は予約時のタイムゾーンを保持するため、時計が切り替わっても09:00は09:00のままです。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new language takes effect the next time Postdesk starts.</source>
        <translation>新しい言語は、次回Postdeskを起動したときに反映されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appearance and language</source>
        <translation>外観と言語</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time &amp;zone:</source>
        <translation>タイムゾーン(&amp;Z):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your data</source>
        <translation>データ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafts, media and settings are kept on this computer, in:</source>
        <translation>下書き、メディア、設定はこのコンピューターの次の場所に保管されます:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data folder</source>
        <translation>データフォルダー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open data folder</source>
        <translation>データフォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open data folder</source>
        <translation>データフォルダーを開く</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in tokens are never written here: they live in your system&apos;s password keyring, or in the encrypted file you chose in Accounts.</source>
        <translation>サインイントークンはここには書き込まれません。システムのパスワードキーリング、または［アカウント］で選択した暗号化ファイルに保管されます。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>When posts were missed</source>
        <translation>投稿を逃したとき</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask me what to do</source>
        <translation>対応を確認する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish them as soon as possible</source>
        <translation>できるだけ早く投稿する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish them, unless they are too late</source>
        <translation>遅すぎなければ投稿する</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too late after, in minutes</source>
        <translation>遅すぎると見なす時間（分）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation>分</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posts can fall due while Postdesk is closed or the computer sleeps. Skipped posts are paused, not deleted: they stay in the calendar.</source>
        <translation>Postdeskを終了している間やコンピューターのスリープ中に、投稿の予定時刻が来ることがあります。スキップした投稿は削除されず一時停止され、カレンダーに残ります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keep publishing in the tray when the window is closed</source>
        <translation>ウィンドウを閉じてもトレイで投稿を続ける(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep publishing in the tray when the window is closed</source>
        <translation>ウィンドウを閉じてもトレイで投稿を続けます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This desktop has no system tray.</source>
        <translation>このデスクトップにはシステムトレイがありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start Postdesk when I log &amp;in</source>
        <translation>ログイン時にPostdeskを起動(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start Postdesk when I log in</source>
        <translation>ログイン時にPostdeskを起動します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always require a &amp;description (alt text) on every image</source>
        <translation>すべての画像に説明（代替テキスト）を必須にする(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always require alt text on every image</source>
        <translation>すべての画像に代替テキストを必須にします</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publishing</source>
        <translation>投稿</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When posts were &amp;missed:</source>
        <translation>投稿を逃したとき(&amp;M):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too late &amp;after:</source>
        <translation>遅すぎると見なす時間(&amp;A):</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../src/postdesk/ui/single_instance.py" line="+158"/>
        <source>Postdesk is already running</source>
        <extracomment>A connection that has not said its line by then is closed. How long a second launch keeps trying to reach a window that may still be starting.</extracomment>
        <translation>Postdeskはすでに実行中です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another Postdesk window (process {pid}) did not answer.</source>
        <translation>別のPostdeskウィンドウ（プロセス{pid}）が応答しませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another Postdesk window did not answer.</source>
        <translation>別のPostdeskウィンドウが応答しませんでした。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk is publishing in the background without a window (postdesk --headless, process {pid}).</source>
        <translation>Postdeskはウィンドウなしでバックグラウンドで投稿しています（postdesk --headless、プロセス{pid}）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postdesk is publishing in the background without a window (postdesk --headless).</source>
        <translation>Postdeskはウィンドウなしでバックグラウンドで投稿しています（postdesk --headless）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another Postdesk (process {pid}) is using it.</source>
        <translation>別のPostdesk（プロセス{pid}）が使用しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another Postdesk is using it.</source>
        <translation>別のPostdeskが使用しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postdesk can&apos;t open your posts in “{folder}” because they are in use.

{who}

Only one Postdesk can publish from a folder at a time, so that no post goes out twice. Stop the other one (or switch to its window), then start Postdesk again.</source>
        <translation>「{folder}」の投稿は使用中のため、開けません。

{who}

同じ投稿が二重に投稿されないように、1つのフォルダーから投稿できるPostdeskは一度に1つだけです。もう一方を終了する（またはそのウィンドウに切り替える）か、Postdeskを再度起動してください。</translation>
    </message>
</context>
<context>
    <name>SkippedDates</name>
    <message>
        <location filename="../src/postdesk/ui/queues/skipped_dates.py" line="+29"/>
        <source>A date with no posts from this queue</source>
        <translation>このキューから投稿しない日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip &amp;date</source>
        <translation>日付をスキップ(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip this date (a holiday)</source>
        <translation>この日付をスキップします（休日など）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dates skipped by this queue</source>
        <translation>このキューでスキップする日付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t skip that date</source>
        <translation>その日付をスキップしない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen date</source>
        <translation>選択した日付を削除します</translation>
    </message>
</context>
<context>
    <name>SlotRemovalDialog</name>
    <message>
        <location filename="../src/postdesk/ui/queues/slot_removal.py" line="+25"/>
        <location line="+16"/>
        <source>Remove this time?</source>
        <translation>この時刻を削除しますか？</translation>
    </message>
    <message numerus="yes">
        <location line="-14"/>
        <source>%n post(s) wait in the {slot} slot.</source>
        <translation>
            <numerusform>{slot}の枠で%Ln件の投稿が待機しています。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk can move them to the next free times of this queue, or leave each at its time (they then leave the queue).</source>
        <translation>Postdeskはそれらをこのキューの次の空き時間に移動するか、それぞれの時刻のまま残すことができます（その場合はキューから外れます）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Move to free times</source>
        <translation>空き時間に移動(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep their times</source>
        <translation>時刻を維持(&amp;K)</translation>
    </message>
</context>
<context>
    <name>SnippetsDialog</name>
    <message>
        <location filename="../src/postdesk/ui/composer/snippets_dialog.py" line="+63"/>
        <location line="+1"/>
        <source>Snippets and hashtag groups</source>
        <translation>スニペットとハッシュタググループ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved snippets and hashtag groups</source>
        <translation>保存済みのスニペットとハッシュタググループ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snippet (any text)</source>
        <translation>スニペット（任意のテキスト）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hashtag group</source>
        <translation>ハッシュタググループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text to insert, or the group&apos;s hashtags</source>
        <translation>挿入するテキスト、またはグループのハッシュタグ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a hashtag group: #travel #food #citybreak</source>
        <translation>ハッシュタググループの場合: #旅行 #グルメ #週末旅</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>テキスト(&amp;T):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What happened</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w</source>
        <translation>新規(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new snippet or hashtag group</source>
        <translation>新しいスニペットまたはハッシュタググループを作成します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this snippet or hashtag group</source>
        <translation>このスニペットまたはハッシュタググループを保存します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen snippet or hashtag group</source>
        <translation>選択したスニペットまたはハッシュタググループを削除します</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>hashtag group</source>
        <translation>ハッシュタググループ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>snippet</source>
        <translation>スニペット</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Give it a name and some text first.</source>
        <translation>先に名前とテキストを入力してください。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted.</source>
        <translation>削除しました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another one of this kind already has that name: pick another name.</source>
        <translation>同じ種類で同じ名前のものがすでにあります。別の名前を選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That could not be saved. Try again in a moment.</source>
        <translation>保存できませんでした。しばらくしてからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../src/postdesk/app.py" line="+220"/>
        <source>Postdesk could not start</source>
        <translation>Postdeskを起動できませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong while opening your posts. The log in {folder} has the details.</source>
        <translation>投稿を開く際に問題が発生しました。詳細は{folder}内のログを確認してください。</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/startup_errors.py" line="+64"/>
        <source>Postdesk can&apos;t read its database</source>
        <extracomment>Shows a start-up problem: (title, text). Asks whether to restore the newest backup: (title, text) → True to restore.</extracomment>
        <translation>Postdeskのデータベースを読み込めません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {path} is damaged or is not a Postdesk database. Nothing has been changed or deleted.</source>
        <translation>ファイル{path}は破損しているか、Postdeskのデータベースではありません。何も変更・削除されていません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This database is from a newer Postdesk</source>
        <translation>このデータベースは新しいバージョンのPostdeskのものです</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data ({path}) was last opened by a newer version of Postdesk, or by a build this version does not know (schema {revision}). Install that version again to use it. Nothing has been changed.</source>
        <translation>データ（{path}）は、新しいバージョンのPostdesk、またはこのバージョンが認識できないビルド（スキーマ{revision}）で最後に開かれました。使用するには、そのバージョンを再度インストールしてください。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is not a Postdesk database</source>
        <translation>Postdeskのデータベースではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {path} is a database of another program, not Postdesk&apos;s. Postdesk has not changed it. Move it to another folder to start Postdesk afresh, or start Postdesk with another data folder (postdesk --data-dir FOLDER).</source>
        <translation>ファイル{path}は別のプログラムのデータベースで、Postdeskのものではありません。Postdeskは変更していません。Postdeskを新しく始めるには、このファイルを別のフォルダーに移動するか、別のデータフォルダーを指定してPostdeskを起動してください（postdesk --data-dir FOLDER）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Postdesk&apos;s database is in use</source>
        <translation>Postdeskのデータベースは使用中です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another program is using the file {path}, perhaps another copy of Postdesk. Close it and start Postdesk again. Nothing has been changed.</source>
        <translation>別のプログラム（Postdeskの別のコピーかもしれません）がファイル{path}を使用しています。そのプログラムを閉じて、Postdeskを再度起動してください。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postdesk needs a little free space on the disk that holds {folder} to start. Free some space and start Postdesk again. Nothing has been changed.</source>
        <translation>Postdeskを起動するには、{folder}があるディスクに少し空き容量が必要です。空き容量を確保して、Postdeskを再度起動してください。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Postdesk can&apos;t read or write its database</source>
        <translation>Postdeskのデータベースを読み書きできません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your computer refused to read or write the file {path}: the disk may be failing, read-only or disconnected. Nothing has been changed. Check the disk and start Postdesk again.</source>
        <translation>コンピューターがファイル{path}の読み書きを拒否しました。ディスクの故障、読み取り専用、または接続が切れている可能性があります。何も変更されていません。ディスクを確認して、Postdeskを再度起動してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Postdesk can&apos;t start</source>
        <translation>Postdeskを起動できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postdesk could not open its database ({path}). Nothing has been changed.</source>
        <translation>Postdeskのデータベース（{path}）を開けませんでした。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an earlier start</source>
        <translation>以前の起動時</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date} at {time}</source>
        <translation>{date} {time}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Postdesk keeps a copy of your data made on {when}. It can put that copy in place: anything you changed after {when} will be missing, and posts due since then are paused so that none goes out twice. The damaged file is kept in {folder}, not deleted.</source>
        <translation>Postdeskには{when}に作成したデータのコピーがあります。このコピーで置き換えることができますが、{when}以降の変更は失われます。また、二重に投稿されないように、それ以降に予定時刻が来た投稿は一時停止されます。破損したファイルは削除されず、{folder}に保管されます。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Restore the newest backup</source>
        <translation>最新のバックアップを復元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Postdesk found no backup it could restore. Copies made before each update are kept in {folder}.</source>
        <translation>復元できるバックアップが見つかりませんでした。各アップデート前に作成されたコピーは{folder}に保管されています。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The backup could not be restored</source>
        <translation>バックアップを復元できませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postdesk could not put the backup in place ({reason}). Your files in {folder} are as they were or moved aside, never deleted.</source>
        <translation>バックアップで置き換えられませんでした（{reason}）。{folder}内のファイルは元のままか別の場所に移動されており、削除はされていません。</translation>
    </message>
</context>
<context>
    <name>TagsPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/tags_part.py" line="+43"/>
        <source>Ta&amp;gs:</source>
        <translation>タグ(&amp;G):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags of this post</source>
        <translation>この投稿のタグ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>launch, tour… (only you see them; the calendar filters by them)</source>
        <translation>発売、ツアー…（自分専用・絞り込み用）</translation>
    </message>
</context>
<context>
    <name>TargetOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/target_options.py" line="+68"/>
        <source>{network} title</source>
        <extracomment>Mastodon visibilities, by API value. Networks whose posts carry a title. A network&apos;s own options panel (a QWidget with a `changed` signal).</extracomment>
        <translation>{network}のタイトル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subreddit</source>
        <translation>サブレディット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. photography (without r/)</source>
        <translation>例: photography（r/なし）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content warning</source>
        <translation>コンテンツ警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional; counts toward the limit</source>
        <translation>任意。文字数に含まれます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who can see it</source>
        <translation>公開範囲</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public</source>
        <translation>公開</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quiet public</source>
        <translation>ひかえめな公開</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Followers only</source>
        <translation>フォロワーのみ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mentioned people only</source>
        <translation>メンションしたユーザーのみ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Su&amp;breddit:</source>
        <translation>サブレディット(&amp;B):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Content &amp;warning:</source>
        <translation>コンテンツ警告(&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visibility:</source>
        <translation>公開範囲(&amp;V):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Let {network} publish it (works while Postdesk is closed)</source>
        <translation>{network}に投稿を任せる（Postdeskを終了していても動作）(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let {network} publish it at its time, even while Postdesk is closed</source>
        <translation>Postdeskを終了していても、予定時刻に{network}が投稿します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk gives the post to {network}&apos;s own scheduler when you schedule it. To take it back, cancel the post.</source>
        <translation>予約すると、Postdeskは投稿を{network}独自の予約機能に引き渡します。取り消すには、投稿をキャンセルしてください。</translation>
    </message>
</context>
<context>
    <name>TargetPanel</name>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="+100"/>
        <source>{network} account</source>
        <translation>{network}アカウント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ccount:</source>
        <translation>アカウント(&amp;C):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>What happens if {network}&apos;s answer is lost</source>
        <translation>{network}の応答が失われた場合の動作</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the {network} text can&apos;t change</source>
        <translation>{network}のテキストを変更できない理由</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Different text for {network}</source>
        <translation>{network}用に別のテキストを使用(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a different text for {network}</source>
        <translation>{network}用に別のテキストを使用します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset to main text</source>
        <translation>メインテキストに戻す(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the {network} text with the main text</source>
        <translation>{network}のテキストをメインテキストに置き換えます</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{network} text</source>
        <translation>{network}のテキスト</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Length:</source>
        <translation>長さ:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Problems for {network}</source>
        <translation>{network}の問題</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{network} preview</source>
        <translation>{network}のプレビュー</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_status.py" line="+115"/>
        <source>{length} of {limit} characters</source>
        <extracomment>Mastodon&apos;s default limit when no instance tells us its own.</extracomment>
        <translation>{length}/{limit}文字</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{bytes} / {limit} bytes</source>
        <translation>{bytes} / {limit}バイト</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{bytes} of {limit} bytes</source>
        <translation>{bytes}/{limit}バイト</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Longest of {n} parts: {count}</source>
        <translation>{n}パート中の最長: {count}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Already published to {network}: its text can no longer be changed here.</source>
        <translation>{network}に投稿済み: ここではテキストを変更できません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Being published to {network} right now: its text can&apos;t be changed.</source>
        <translation>{network}に投稿中: テキストを変更できません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About to be published to {network}: its text is fixed and can&apos;t be changed here.</source>
        <translation>まもなく{network}に投稿: テキストは確定しており、ここでは変更できません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network} will be tried again with exactly what was sent: it can&apos;t be changed here.</source>
        <translation>{network}には送信した内容のまま再送信されます: ここでは変更できません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}&apos;s own scheduler holds this post: its text can&apos;t be changed here.</source>
        <translation>{network}独自の予約機能がこの投稿を保持しています: ここではテキストを変更できません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk does not know whether this went out on {network}: its text can&apos;t be changed until that is settled.</source>
        <translation>{network}に投稿されたかどうかPostdeskでは分かりません: 確定するまでテキストを変更できません。</translation>
    </message>
</context>
<context>
    <name>TargetsPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/targets_part.py" line="+104"/>
        <source>Networks chosen for this post</source>
        <translation>この投稿に選択したネットワーク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen networks: pick one to see its preview</source>
        <translation>選択したネットワーク: 選ぶとプレビューが表示されます</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose where to post with the buttons above. You can write first and choose later.</source>
        <translation>上のボタンで投稿先を選択してください。先に書いてから後で選ぶこともできます。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{network}: text, options and preview</source>
        <translation>{network}: テキスト、オプション、プレビュー</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../src/postdesk/ui/composer/templates_dialog.py" line="+42"/>
        <location line="+1"/>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A template keeps a post&apos;s text, networks, accounts, options and tags (not its time).</source>
        <translation>テンプレートには投稿のテキスト、ネットワーク、アカウント、オプション、タグが保存されます（日時は含まれません）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved templates</source>
        <translation>保存済みのテンプレート</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New post from it</source>
        <translation>これから新規投稿(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new post from the chosen template</source>
        <translation>選択したテンプレートから新しい投稿を作成します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the chosen template</source>
        <translation>選択したテンプレートの名前を変更します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen template</source>
        <translation>選択したテンプレートを削除します</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No templates yet: in the composer, More &gt; Save as template…</source>
        <translation>テンプレートはまだありません。作成画面で［その他］&gt; テンプレートとして保存…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rename template</source>
        <translation>テンプレートの名前を変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;name:</source>
        <translation>新しい名前(&amp;N):</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Another template already has that name.</source>
        <translation>同じ名前のテンプレートがすでにあります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That could not be saved. Try again in a moment.</source>
        <translation>保存できませんでした。しばらくしてからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>TikTokOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="+113"/>
        <source>TikTok keeps every post from an app it has not audited private (“Only me”), from a private account. Until your TikTok app passes TikTok&apos;s audit, choose “Only me”.</source>
        <translation>TikTokは、審査を受けていないアプリからの投稿をすべて非公開（「自分のみ」、非公開アカウントから）にします。TikTokアプリがTikTokの審査に合格するまでは、「自分のみ」を選択してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the account&apos;s TikTok settings again</source>
        <translation>アカウントのTikTok設定を再度読み込みます</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who can see this TikTok post</source>
        <translation>このTikTok投稿の公開範囲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose who can see it</source>
        <translation>公開範囲を選択</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who can see it:</source>
        <translation>公開範囲(&amp;W):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duet</source>
        <translation>デュエット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stitch</source>
        <translation>スティッチ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allow users to:</source>
        <translation>ユーザーに許可:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disclose commercial content</source>
        <translation>商用コンテンツの開示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn this on if this post promotes yourself, a brand, a product or a service.</source>
        <translation>この投稿で自分自身、ブランド、製品、サービスを宣伝する場合はオンにしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your brand — you are promoting yourself or your own business</source>
        <translation>自分のブランド — 自分自身または自分のビジネスを宣伝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branded content — you are promoting another brand or a third party</source>
        <translation>ブランドコンテンツ — 他のブランドや第三者を宣伝</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>AI-generated content</source>
        <translation>AI生成コンテンツ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title of the photo post</source>
        <translation>写真投稿のタイトル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo posts: a title of up to 90 characters (optional)</source>
        <translation>写真投稿: 90文字以内のタイトル（任意）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo &amp;title:</source>
        <translation>写真のタイトル(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My media relay&apos;s address is verified with TikTok</source>
        <translation>メディアリレーのアドレスはTikTokで確認済み</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo posts need it: TikTok fetches photos only from addresses your TikTok app verified (URL properties in the developer portal).</source>
        <translation>写真投稿に必要です。TikTokは、TikTokアプリで確認済みのアドレス（開発者ポータルのURL properties）からのみ写真を取得します。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Reading the account&apos;s settings from TikTok…</source>
        <translation>TikTokからアカウントの設定を読み込んでいます…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>TikTok did not give this account&apos;s settings: {reason}. Posting waits until it does; try Refresh in a moment.</source>
        <translation>TikTokからこのアカウントの設定を取得できませんでした: {reason}。取得できるまで投稿は待機します。しばらくしてから［更新］をお試しください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a TikTok account: its own settings decide the choices below.</source>
        <translation>TikTokアカウントを選択してください。下の選択肢はアカウントごとの設定で決まります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posting to {nickname} (@{username}) on TikTok</source>
        <translation>TikTokの{nickname}（@{username}）に投稿</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Turned off in this account&apos;s TikTok settings</source>
        <translation>このアカウントのTikTok設定でオフになっています</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friends</source>
        <translation>友達</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followers</source>
        <translation>フォロワー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only me</source>
        <translation>自分のみ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Branded content cannot be private</source>
        <translation>ブランドコンテンツは非公開にできません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your post will be labeled “Paid partnership”.</source>
        <translation>投稿には「有料パートナーシップ」のラベルが付きます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your post will be labeled “Promotional content”.</source>
        <translation>投稿には「プロモーションコンテンツ」のラベルが付きます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose whether you promote your own brand, another brand, or both.</source>
        <translation>自分のブランド、他のブランド、またはその両方のどれを宣伝するかを選択してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By posting, you agree to TikTok&apos;s Branded Content Policy and Music Usage Confirmation.</source>
        <translation>投稿すると、TikTokのブランドコンテンツポリシーと音楽使用確認に同意したことになります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By posting, you agree to TikTok&apos;s Music Usage Confirmation.</source>
        <translation>投稿すると、TikTokの音楽使用確認に同意したことになります。</translation>
    </message>
</context>
<context>
    <name>TikTokPreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_preview.py" line="+83"/>
        <source>you</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TikTok shows your video or photos here</source>
        <translation>TikTokではここに動画や写真が表示されます</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="-89"/>
        <source>An account since removed</source>
        <translation>削除されたアカウント</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not given by this network</source>
        <translation>このネットワークでは提供されていません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posts</source>
        <translation>投稿数</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="+57"/>
        <location line="+48"/>
        <source>Postdesk — publishing</source>
        <extracomment>How long a notification stays up, in milliseconds.</extracomment>
        <translation>Postdesk — 投稿中</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Postdesk tray menu</source>
        <translation>Postdeskのトレイメニュー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Postdesk</source>
        <translation>Postdeskを開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <source>&amp;Pause publishing</source>
        <translation>投稿を一時停止(&amp;P)</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>&amp;Quit Postdesk</source>
        <translation>Postdeskを終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Postdesk — publishing paused</source>
        <extracomment>The post the last notification was about, as (code, post id, target id), if any.</extracomment>
        <translation>Postdesk — 投稿を一時停止中</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unread in the inbox</source>
        <translation>
            <numerusform>受信箱に未読%Ln件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Resume publishing</source>
        <translation>投稿を再開(&amp;R)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Published</source>
        <translation>投稿しました</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your post is live on {network}.</source>
        <translation>{network}に投稿が公開されました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network refused the post.</source>
        <translation>ネットワークが投稿を拒否しました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not published</source>
        <translation>投稿されませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network} did not publish your post: {reason}</source>
        <translation>{network}で投稿されませんでした: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs your attention</source>
        <translation>確認が必要です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posts missed while Postdesk was closed</source>
        <translation>Postdeskの終了中に逃した投稿</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n post(s) fell due while Postdesk was not running. Click to choose what to do.</source>
        <translation>
            <numerusform>Postdeskが起動していない間に、%Ln件の投稿の予定時刻が過ぎました。クリックして対応を選択してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for the network</source>
        <translation>ネットワークを待機中</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n post(s) will go out when the connection is back.</source>
        <translation>
            <numerusform>接続が回復すると、%Ln件の投稿が投稿されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>（ほか%Ln件の問題）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A scheduled post cannot go out</source>
        <translation>予約済みの投稿を投稿できません</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n new replies and mentions on {label}</source>
        <translation>
            <numerusform>{label}に新しい返信とメンションが%Ln件あります</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new replies and mentions</source>
        <translation>
            <numerusform>新しい返信とメンションが%Ln件あります</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbox</source>
        <translation>受信箱</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An account needs to be reconnected before its posts can go out.</source>
        <translation>投稿するには、アカウントの再接続が必要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An account needs you to sign in again; its posts wait until you do.</source>
        <translation>アカウントに再度サインインする必要があります。サインインするまで投稿は待機します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postdesk cannot tell whether an inbox reply went out. Please check the conversation on the network.</source>
        <translation>受信箱からの返信が送信されたかどうか、Postdeskでは分かりません。ネットワーク上で会話を確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk cannot save to its database: is the disk full? A post that just went out is recorded as soon as there is room; it is not sent twice.</source>
        <translation>Postdeskがデータベースに保存できません。ディスクがいっぱいではありませんか？直前に投稿された投稿は、空きができ次第記録されます。二重に送信されることはありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A post could not go out because one of its files is no longer in the media library.</source>
        <translation>ファイルの1つがメディアライブラリにないため、投稿できませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A post was not sent because an image has no alt text, and you asked for alt text on every image.</source>
        <translation>すべての画像に代替テキストを求める設定ですが、代替テキストのない画像があるため、投稿は送信されませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk does not know whether a post went out. Click here to look, and to say whether it is there.</source>
        <translation>投稿されたかどうか、Postdeskでは分かりません。ここをクリックして確認し、投稿されているかどうかを指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A post could not be published after several tries.</source>
        <translation>何度か試しましたが、投稿できませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A post went out, but its first comment did not.</source>
        <translation>投稿は完了しましたが、最初のコメントは投稿されませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something needs your attention.</source>
        <translation>確認が必要な項目があります。</translation>
    </message>
</context>
<context>
    <name>UnknownResolutionDialog</name>
    <message>
        <location filename="../src/postdesk/ui/dialogs/unknown_resolution.py" line="+45"/>
        <source>{network} cannot look a post up: if its answer is ever lost, Postdesk asks you whether the post is there.</source>
        <translation>{network}では投稿を検索できません。応答が失われた場合は、投稿されているかどうかをPostdeskから確認します。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Did it go out on {network}?</source>
        <translation>{network}に投稿されましたか？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postdesk does not know whether this post went out on {network}: the network&apos;s answer was lost. It will not send it again on its own, because that could post it twice.</source>
        <translation>ネットワークの応答が失われたため、この投稿が{network}に投稿されたかどうかPostdeskでは分かりません。二重投稿のおそれがあるため、自動では再送信しません。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Look on {network}</source>
        <translation>{network}で確認(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open your {network} profile to look for the post</source>
        <translation>{network}のプロフィールを開いて投稿を探します</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open {network} and look at the account&apos;s latest posts.</source>
        <translation>{network}を開いて、アカウントの最新の投稿を確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its &amp;link, if you found it (optional):</source>
        <translation>見つかった場合はそのリンク（任意）(&amp;L):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The post&apos;s link on {network} (optional)</source>
        <translation>{network}上の投稿のリンク（任意）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What Postdesk did</source>
        <translation>Postdeskの処理結果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decide &amp;later</source>
        <translation>後で決める(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide later and close</source>
        <translation>後で決めて閉じます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send it again</source>
        <translation>再送信(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not there: send it again</source>
        <translation>投稿されていません: 再送信します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It&apos;s &amp;there</source>
        <translation>投稿されている(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is there: mark it as published</source>
        <translation>投稿されています: 投稿済みにします</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>That does not look like a link (it should start with https://). Leave the field empty if you don&apos;t have it.</source>
        <translation>リンクではないようです（https://で始まる必要があります）。リンクがない場合は空欄のままにしてください。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This post was already settled meanwhile (or is being sent): nothing changed.</source>
        <translation>この投稿はその間に処理済みになりました（または送信中です）。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked as published on {network}.</source>
        <translation>{network}で投稿済みにしました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending it again to {network} now.</source>
        <translation>{network}に再送信しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk could not record your answer: {error}. Try again.</source>
        <translation>回答を記録できませんでした: {error}。もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>VaultDialog</name>
    <message>
        <location filename="../src/postdesk/ui/vault_dialog.py" line="+93"/>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>パスフレーズ（確認）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase strength</source>
        <translation>パスフレーズの強度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep sign-ins in an encrypted file</source>
        <translation>サインイン情報を暗号化ファイルに保管</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no password keyring Postdesk can use. Your sign-ins will be kept in the encrypted file {path} instead, locked with a passphrase you choose now. Postdesk asks for it each time it starts. If you forget it, nobody can open the file: you would connect your accounts again.</source>
        <translation>このコンピューターにはPostdeskが使用できるパスワードキーリングがありません。代わりに、サインイン情報は暗号化ファイル{path}に保管され、ここで設定するパスフレーズでロックされます。Postdeskは起動のたびにパスフレーズを求めます。忘れると誰もファイルを開けなくなり、アカウントを再接続する必要があります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Use this passphrase</source>
        <translation>このパスフレーズを使用(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock your sign-ins</source>
        <translation>サインイン情報のロックを解除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your sign-ins are kept in the encrypted file {path}. Enter its passphrase so Postdesk can publish and check your accounts. With “Not now” Postdesk starts with your accounts locked: nothing is lost, and you can unlock them later in Accounts.</source>
        <translation>サインイン情報は暗号化ファイル{path}に保管されています。Postdeskがアカウントで投稿・確認できるように、パスフレーズを入力してください。「後で」を選ぶと、アカウントがロックされた状態でPostdeskが起動します。何も失われず、後で［アカウント］でロックを解除できます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unlock</source>
        <translation>ロック解除(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not now</source>
        <translation>後で(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Again:</source>
        <translation>確認(&amp;A):</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Too short: use at least %n characters ({typed} so far).</source>
        <translation>
            <numerusform>短すぎます: %Ln文字以上にしてください（現在{typed}文字）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Strength: weak. Easy to guess; make it longer, or mix in capitals, digits or symbols.</source>
        <translation>強度: 弱。推測されやすいです。長くするか、大文字、数字、記号を混ぜてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength: fair. A few more words make it much harder to guess.</source>
        <translation>強度: 普通。単語をいくつか追加すると、ずっと推測されにくくなります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: good.</source>
        <translation>強度: 良い。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: strong.</source>
        <translation>強度: 強。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(Estimated from its length and the kinds of characters in it.)</source>
        <translation>（長さと使用している文字の種類から推定しています。）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the passphrase.</source>
        <translation>パスフレーズを入力してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>パスフレーズは%Ln文字以上にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases are not the same.</source>
        <translation>2つのパスフレーズが一致しません。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Use at least %n characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>%Ln文字以上にしてください。関連のない単語をいくつか組み合わせると、覚えやすく推測されにくくなります。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Opening the encrypted file…</source>
        <translation>暗号化ファイルを開いています…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That passphrase does not open the encrypted file. Check it and try again, or choose “Not now”.</source>
        <translation>このパスフレーズでは暗号化ファイルを開けません。確認してもう一度入力するか、「後で」を選択してください。</translation>
    </message>
</context>
<context>
    <name>WaitingPosts</name>
    <message>
        <location filename="../src/postdesk/ui/queues/waiting.py" line="+57"/>
        <source>&amp;Waiting in this queue</source>
        <extracomment>Alt+Up / Alt+Down move the chosen post one place.</extracomment>
        <translation>このキューで待機中(&amp;W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posts waiting in this queue, soonest first</source>
        <translation>このキューで待機中の投稿（早い順）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move &amp;up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the chosen post an earlier time</source>
        <translation>選択した投稿の時刻を早めます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move d&amp;own</source>
        <translation>下へ(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the chosen post a later time</source>
        <translation>選択した投稿の時刻を遅らせます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;huffle</source>
        <translation>シャッフル(&amp;H)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deal the waiting posts out in a new order</source>
        <translation>待機中の投稿を新しい順序に並べ替えます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../src/postdesk/ui/welcome.py" line="+291"/>
        <source>&amp;Welcome to Postdesk</source>
        <translation>Postdeskへようこそ(&amp;W)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location line="-205"/>
        <location line="+1"/>
        <location line="+4"/>
        <source>Welcome to Postdesk</source>
        <translation>Postdeskへようこそ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a post once, pick where it goes and when, and Postdesk publishes it from this computer. Your posts, drafts and sign-ins stay on your machine.</source>
        <translation>投稿を一度書いて、投稿先と日時を選べば、Postdeskがこのコンピューターから投稿します。投稿、下書き、サインイン情報はすべてこのコンピューターに保管されます。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Postdesk publishes to: {names}.</source>
        <translation>Postdeskの投稿先: {names}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This copy of Postdesk cannot publish to any network yet.</source>
        <translation>このPostdeskはまだどのネットワークにも投稿できません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{drafts}: can be drafted for, with counters and previews; publishing is not built yet, so Postdesk keeps those posts as drafts for you to copy.</source>
        <translation>{drafts}: 文字数カウンターとプレビュー付きで下書きを作成できます。投稿機能はまだないため、これらの投稿は下書きとして保持されます。コピーしてご利用ください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To publish, connect an account: you sign in on the network&apos;s own page, and Postdesk keeps the sign-in in your system&apos;s keychain. Some networks ask you to create a free app of your own first; the connect window explains each step.</source>
        <translation>投稿するには、アカウントを接続してください。サインインは各ネットワークのページで行い、Postdeskはサインイン情報をシステムのパスワードキーリングに保管します。一部のネットワークでは、先に自分用の無料アプリを作成する必要があります。手順は接続ウィンドウで説明します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Connect your first account…</source>
        <translation>最初のアカウントを接続(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect your first account</source>
        <translation>最初のアカウントを接続します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Just write</source>
        <translation>まず書く(&amp;J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Just write: go to the composer</source>
        <translation>まず書く: 作成画面に移動します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write and save drafts now; connect accounts later</source>
        <translation>今は下書きを書いて保存し、アカウントは後で接続します</translation>
    </message>
</context>
<context>
    <name>WelcomeSection</name>
    <message>
        <location line="+66"/>
        <source>Getting started</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the &amp;welcome again</source>
        <translation>ようこそ画面を再表示(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the welcome again</source>
        <translation>ようこそ画面を再表示します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the welcome again (F1)</source>
        <translation>ようこそ画面を再表示します（F1）</translation>
    </message>
</context>
<context>
    <name>XOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/x_options.py" line="+43"/>
        <source>Who can reply on X</source>
        <translation>Xで返信できるユーザー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts you follow</source>
        <translation>フォローしているアカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only accounts you mention</source>
        <translation>メンションしたアカウントのみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your subscribers</source>
        <translation>サブスクライバー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified accounts</source>
        <translation>認証済みアカウント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Who can repl&amp;y:</source>
        <translation>返信できるユーザー(&amp;Y):</translation>
    </message>
</context>
<context>
    <name>YouTubeOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="+54"/>
        <source>Who can watch the video</source>
        <translation>動画を視聴できるユーザー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public</source>
        <translation>公開</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlisted (anyone with the link)</source>
        <translation>限定公開（リンクを知っている人）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private</source>
        <translation>非公開</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Visibility:</source>
        <translation>公開範囲(&amp;V):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Until Google audits your own YouTube API project, YouTube keeps every video uploaded through it private, whatever you choose here. Request the audit from the YouTube API Services form in your Google Cloud project.</source>
        <translation>Googleが自分のYouTube APIプロジェクトを審査するまでは、ここでの選択にかかわらず、そのプロジェクトでアップロードした動画はすべて非公開になります。Google CloudプロジェクトのYouTube API Servicesフォームから審査を申請してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why YouTube may keep the video private</source>
        <translation>YouTubeで動画が非公開のままになる場合がある理由</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Is the video made for kids?</source>
        <translation>この動画は子ども向けですか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, it&apos;s not made for kids</source>
        <translation>いいえ、子ども向けではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, it&apos;s made for kids</source>
        <translation>はい、子ども向けです</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;udience:</source>
        <translation>視聴者(&amp;U):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags, separated by commas</source>
        <translation>タグ（カンマ区切り）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by commas</source>
        <translation>カンマ区切り</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs:</source>
        <translation>タグ(&amp;G):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cate&amp;gory:</source>
        <translation>カテゴリ(&amp;G):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard YouTube license</source>
        <translation>標準のYouTubeライセンス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creative Commons - Attribution</source>
        <translation>クリエイティブ・コモンズ - 表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;License:</source>
        <translation>ライセンス(&amp;L):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the title and description</source>
        <translation>タイトルと説明の言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. en, fr, pt-BR (optional)</source>
        <translation>例: ja, en, pt-BR（任意）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>言語(&amp;G):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Playlist to add the video to</source>
        <translation>動画を追加する再生リスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playlist ID, e.g. PL… (optional)</source>
        <translation>再生リストID（例: PL…）（任意）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Playlist:</source>
        <translation>再生リスト(&amp;P):</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+100"/>
        <source>YouTube picks a frame</source>
        <translation>YouTubeがフレームを選択</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a custom thumbnail</source>
        <translation>カスタムサムネイルを選択します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the custom thumbnail</source>
        <translation>カスタムサムネイルを削除します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thumbnail:</source>
        <translation>サムネイル:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Post as a &amp;Short (vertical or square, up to 3 minutes)</source>
        <translation>ショートとして投稿（縦長または正方形、3分以内）(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post as a YouTube Short</source>
        <translation>YouTubeショートとして投稿します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notify subscribers</source>
        <translation>チャンネル登録者に通知(&amp;N)</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Choose a thumbnail</source>
        <translation>サムネイルを選択</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>画像 (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
</TS>
