<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/postdesk/ui/about_dialog.py" line="+64"/>
        <location line="+1"/>
        <source>About Postdesk</source>
        <translation>حول Postdesk</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Draft, schedule and publish posts to your own social accounts, from your own computer.</source>
        <translation>اكتب مسودات منشوراتك وجدولها وانشرها على حساباتك الاجتماعية، من حاسوبك الخاص.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Postdesk {version}</source>
        <translation>Postdesk {version}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Postdesk is free software: you may share and change it under the terms of the &lt;a href=&quot;{gpl_url}&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt; ({license}). Its &lt;a href=&quot;{source_url}&quot;&gt;source code&lt;/a&gt; is public.</source>
        <translation>يُعدّ Postdesk برنامجًا حرًا: يمكنك مشاركته وتعديله وفق شروط &lt;a href=&quot;{gpl_url}&quot;&gt;رخصة جنو العمومية العامة، الإصدار ٣ أو أي إصدار لاحق&lt;/a&gt; ({license}). و&lt;a href=&quot;{source_url}&quot;&gt;شيفرته المصدرية&lt;/a&gt; متاحة للعموم.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Built with Qt {qt_version} and Qt for Python (PySide6) {pyside_version}, used under the &lt;a href=&quot;{lgpl_url}&quot;&gt;GNU Lesser General Public License, version 3&lt;/a&gt;. The notices below say where their source is and how to replace them.</source>
        <translation>مبني باستخدام Qt {qt_version} وQt for Python (PySide6) {pyside_version}، المستخدمَين وفق &lt;a href=&quot;{lgpl_url}&quot;&gt;رخصة جنو العمومية الصغرى، الإصدار ٣&lt;/a&gt;. توضح الإشعارات أدناه مكان شيفرتها المصدرية وكيفية استبدالها.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Third-party software in Postdesk:</source>
        <translation>برمجيات الجهات ال&amp;خارجية في Postdesk:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Third-party notices</source>
        <translation>إشعارات الجهات الخارجية</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy notices</source>
        <translation>&amp;نسخ الإشعارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the third-party notices</source>
        <translation>نسخ إشعارات الجهات الخارجية</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Postdesk</source>
        <translation>&amp;حول Postdesk</translation>
    </message>
</context>
<context>
    <name>AccountChip</name>
    <message>
        <location filename="../src/postdesk/ui/composer/account_chips.py" line="+159"/>
        <source>{handle} on {network}, selected</source>
        <extracomment>The picture&apos;s diameter on a chip. The network mark&apos;s badge on the picture&apos;s corner.</extracomment>
        <translation>{handle} على {network}، محدد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{handle} on {network}</source>
        <translation>{handle} على {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post as {handle} on {network}</source>
        <translation>النشر باسم {handle} على {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account must be reconnected before Postdesk can publish with it.</source>
        <translation>يجب إعادة ربط هذا الحساب قبل أن يتمكن Postdesk من النشر به.</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <location filename="../src/postdesk/ui/composer/models.py" line="+265"/>
        <source>No account yet (draft only)</source>
        <translation>لا يوجد حساب بعد (مسودة فقط)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{account} — sign in again</source>
        <translation>{account} — سجّل الدخول مجددًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{account} needs you to sign in again (Accounts) before it can post.</source>
        <translation>يجب أن تسجّل الدخول مجددًا إلى {account} (الحسابات) قبل أن يتمكن من النشر.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../src/postdesk/ui/accounts/wording.py" line="+25"/>
        <source>macOS Keychain</source>
        <translation>سلسلة مفاتيح macOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows Credential Manager</source>
        <translation>مدير بيانات الاعتماد في Windows</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Secret Service, such as GNOME Keyring or KeePassXC</source>
        <translation>Secret Service، مثل GNOME Keyring أو KeePassXC</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connected</source>
        <translation>مرتبط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs reconnect</source>
        <translation>يحتاج إلى إعادة الربط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnected</source>
        <translation>غير مرتبط</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign-in cancelled.</source>
        <translation>أُلغي تسجيل الدخول.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The browser did not come back in time. Start again and finish signing in there.</source>
        <translation>لم يعد المتصفح في الوقت المحدد. ابدأ من جديد وأكمل تسجيل الدخول هناك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You chose not to give Postdesk access, so nothing was connected.</source>
        <translation>اخترت عدم منح Postdesk حق الوصول، لذا لم يُربط أي شيء.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network refused the sign-in. Check the app settings you registered with it (client id, redirect address, permissions) and try again.</source>
        <translation>رفضت الشبكة تسجيل الدخول. تحقق من إعدادات التطبيق التي سجلتها لديها (معرّف العميل، وعنوان إعادة التوجيه، والأذونات) ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That sign-in link was old or already used. Start again.</source>
        <translation>رابط تسجيل الدخول هذا قديم أو مستخدم من قبل. ابدأ من جديد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another program is using the port for the sign-in address. Close it, or choose another port (and register that address with the network).</source>
        <translation>برنامج آخر يستخدم منفذ عنوان تسجيل الدخول. أغلقه، أو اختر منفذًا آخر (وسجّل ذلك العنوان لدى الشبكة).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The network did not hand over access after you signed in. Check the client id and secret, then try again.</source>
        <translation>لم تمنح الشبكة حق الوصول بعد تسجيل دخولك. تحقق من معرّف العميل وسرّه، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network no longer accepts this sign-in. Reconnect the account.</source>
        <translation>لم تعد الشبكة تقبل تسجيل الدخول هذا. أعد ربط الحساب.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network could not be told to forget Postdesk&apos;s access.</source>
        <translation>تعذّر إبلاغ الشبكة بإلغاء حق وصول Postdesk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network cannot be reached. Check your connection.</source>
        <translation>يتعذّر الوصول إلى الشبكة. تحقق من اتصالك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the client id of your developer app.</source>
        <translation>أدخل معرّف العميل لتطبيق المطوّر الخاص بك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This network also needs your app&apos;s client secret.</source>
        <translation>تحتاج هذه الشبكة أيضًا إلى سرّ العميل لتطبيقك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some details are missing or not in the expected form.</source>
        <translation>بعض التفاصيل ناقصة أو ليست بالصيغة المتوقعة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no password keyring that Postdesk can use, so it cannot keep your sign-ins safe. You can keep them in a file encrypted with a passphrase instead.</source>
        <translation>لا يوجد على هذا الحاسوب مخزن كلمات مرور يمكن لـ Postdesk استخدامه، لذا لا يمكنه حفظ بيانات تسجيل دخولك بأمان. يمكنك بدلًا من ذلك حفظها في ملف مشفّر بعبارة مرور.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your password keyring is locked. Unlock it (your system may ask for your login password) and try again. Your drafts are safe.</source>
        <translation>مخزن كلمات المرور مقفل. افتحه (قد يطلب نظامك كلمة مرور تسجيل الدخول) ثم حاول مجددًا. مسوداتك في أمان.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password keyring refused to store the sign-in.</source>
        <translation>رفض مخزن كلمات المرور حفظ بيانات تسجيل الدخول.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That passphrase does not open the encrypted file.</source>
        <translation>عبارة المرور هذه لا تفتح الملف المشفّر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The encrypted sign-in file is damaged.</source>
        <translation>ملف تسجيل الدخول المشفّر تالف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your sign-ins are kept in an encrypted file that is locked. Unlock it with your passphrase to connect accounts and publish. Nothing is lost while it is locked.</source>
        <translation>بيانات تسجيل دخولك محفوظة في ملف مشفّر مقفل. افتحه بعبارة المرور لربط الحسابات والنشر. لا يضيع شيء ما دام مقفلًا.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>يجب أن تتكون عبارة المرور من %Ln حرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكون عبارة المرور من حرف واحد على الأقل.</numerusform>
            <numerusform>يجب أن تتكون عبارة المرور من حرفين على الأقل.</numerusform>
            <numerusform>يجب أن تتكون عبارة المرور من %Ln أحرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكون عبارة المرور من %Ln حرفًا على الأقل.</numerusform>
            <numerusform>يجب أن تتكون عبارة المرور من %Ln حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network did not accept these credentials.</source>
        <translation>لم تقبل الشبكة بيانات الاعتماد هذه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bot is not an administrator of that channel with permission to post. Add it as an administrator in the channel settings, then try again.</source>
        <translation>البوت ليس مشرفًا على تلك القناة بصلاحية النشر. أضفه مشرفًا في إعدادات القناة، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bot cannot see that channel. Check the name, and add the bot to the channel.</source>
        <translation>لا يستطيع البوت رؤية تلك القناة. تحقق من الاسم، وأضف البوت إلى القناة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong while signing in.</source>
        <translation>حدث خطأ أثناء تسجيل الدخول.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create a project and app at developer.x.com, turn on OAuth 2.0 with type “Native App” (a public client), and add the callback address below. Paste the app&apos;s OAuth 2.0 Client ID here.</source>
        <translation>أنشئ مشروعًا وتطبيقًا على developer.x.com، وفعّل OAuth 2.0 بالنوع «Native App» (عميل عام)، وأضف عنوان رد الاتصال أدناه. ثم الصق هنا Client ID الخاص بـ OAuth 2.0 للتطبيق.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to register. Sign in through your browser, or use an app password made in Bluesky under Settings → Privacy and security → App passwords.</source>
        <translation>لا حاجة إلى أي تسجيل. سجّل الدخول عبر متصفحك، أو استخدم كلمة مرور تطبيق تنشئها في Bluesky من الإعدادات ← الخصوصية والأمان ← كلمات مرور التطبيقات.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to register: enter your server (for example mastodon.social) and Postdesk registers itself there.</source>
        <translation>لا حاجة إلى أي تسجيل: أدخل خادمك (مثل mastodon.social) وسيسجّل Postdesk نفسه هناك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create an app with the Threads use case at developers.facebook.com, add the redirect address below as a valid OAuth redirect URI, and paste the Threads app id and secret.</source>
        <translation>أنشئ تطبيقًا بحالة استخدام Threads على developers.facebook.com، وأضف عنوان إعادة التوجيه أدناه بوصفه عنوان URI صالحًا لإعادة توجيه OAuth، ثم الصق معرّف تطبيق Threads وسرّه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You need an Instagram professional account (Business or Creator; switch in the Instagram app under Settings › Account type and tools) and your own Meta app: at developers.facebook.com create an app with the use case “Manage messaging &amp; content on Instagram”, open API setup with Instagram login, add your Instagram account as an Instagram tester and accept the invitation in Instagram, put the redirect address below under Business login settings › OAuth redirect URIs, and paste the Instagram app ID and Instagram app secret shown there (not the Meta app&apos;s own ID). Postdesk asks for instagram_business_basic, instagram_business_content_publish, instagram_business_manage_comments and instagram_business_manage_insights. Instagram fetches every photo and video from a web address, so posting also needs a media relay (Settings › Media relay). Posts cannot be deleted through this login: delete them in the app.</source>
        <translation>تحتاج إلى حساب Instagram احترافي (أعمال أو صانع محتوى؛ يمكنك التبديل في تطبيق Instagram من الإعدادات › نوع الحساب والأدوات) وإلى تطبيق Meta خاص بك: على developers.facebook.com أنشئ تطبيقًا بحالة الاستخدام «Manage messaging &amp; content on Instagram»، وافتح إعداد API مع تسجيل الدخول عبر Instagram، وأضف حسابك على Instagram مختبِرًا لـ Instagram واقبل الدعوة في Instagram، وضع عنوان إعادة التوجيه أدناه ضمن Business login settings › OAuth redirect URIs، ثم الصق Instagram app ID وInstagram app secret الظاهرين هناك (لا معرّف تطبيق Meta نفسه). يطلب Postdesk الأذونات instagram_business_basic وinstagram_business_content_publish وinstagram_business_manage_comments وinstagram_business_manage_insights. يجلب Instagram كل صورة وفيديو من عنوان ويب، لذا يحتاج النشر أيضًا إلى مرحّل الوسائط (الإعدادات › مرحّل الوسائط). لا يمكن حذف المنشورات عبر تسجيل الدخول هذا: احذفها من التطبيق.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You need a Facebook Page you can create posts on (as its admin or editor) and your own Meta app: at developers.facebook.com create an app with the use case “Manage everything on your Page”, add Facebook Login, put the redirect address below under “Valid OAuth Redirect URIs” (Meta allows this local address while the app is in development mode), and paste the App ID and App secret from App settings › Basic. After you sign in, you pick the Pages Postdesk may post to; each Page becomes its own account.</source>
        <translation>تحتاج إلى صفحة Facebook يمكنك إنشاء منشورات عليها (بصفتك مشرفًا أو محررًا) وإلى تطبيق Meta خاص بك: على developers.facebook.com أنشئ تطبيقًا بحالة الاستخدام «Manage everything on your Page»، وأضف Facebook Login، وضع عنوان إعادة التوجيه أدناه ضمن «Valid OAuth Redirect URIs» (تسمح Meta بهذا العنوان المحلي ما دام التطبيق في وضع التطوير)، ثم الصق App ID وApp secret من App settings › Basic. بعد تسجيل الدخول، تختار الصفحات التي يمكن لـ Postdesk النشر عليها؛ وتصبح كل صفحة حسابًا مستقلًا.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create an app at linkedin.com/developers, add the product “Share on LinkedIn”, add the redirect address below, and paste the client id and secret. LinkedIn asks you to sign in again every 60 days.</source>
        <translation>أنشئ تطبيقًا على linkedin.com/developers، وأضف المنتج «Share on LinkedIn»، وأضف عنوان إعادة التوجيه أدناه، ثم الصق معرّف العميل وسرّه. يطلب LinkedIn منك تسجيل الدخول مجددًا كل ٦٠ يومًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At console.cloud.google.com create a project and enable “YouTube Data API v3”. Set up the OAuth consent screen (External; while it is in Testing, add yourself as a test user, and Google asks you to sign in again every 7 days), then create an OAuth client ID of type “Desktop app” and paste its client ID and secret (Google does not treat a desktop secret as confidential; any local port works). Until Google audits your project (the YouTube API Services audit form), the videos it uploads stay private. A project may upload 100 videos a day.</source>
        <translation>على console.cloud.google.com أنشئ مشروعًا وفعّل «YouTube Data API v3». اضبط شاشة موافقة OAuth (External؛ وما دامت في وضع Testing، أضف نفسك مستخدمًا تجريبيًا، وسيطلب Google منك تسجيل الدخول مجددًا كل ٧ أيام)، ثم أنشئ OAuth client ID من نوع «Desktop app» والصق معرّف العميل وسرّه (لا يعدّ Google سرّ تطبيقات سطح المكتب سريًا؛ ويصلح أي منفذ محلي). إلى أن يدقق Google مشروعك (نموذج تدقيق YouTube API Services)، تبقى مقاطع الفيديو التي يرفعها خاصة. يمكن للمشروع رفع 100 فيديو يوميًا.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At developers.tiktok.com open Manage apps and Connect an app. Add the products Login Kit (platform Desktop, with the redirect address below; a * port is allowed), Content Posting API with Direct Post turned on, and Display API; ask for the scopes user.info.basic, user.info.profile, video.publish and video.list. Paste the client key and client secret. Until TikTok audits your app, it posts only privately (“Only me”, from a private account) and for at most 5 accounts a day. Photo posts also need your media relay&apos;s address verified under URL properties.</source>
        <translation>على developers.tiktok.com افتح Manage apps ثم Connect an app. أضف المنتجات Login Kit (المنصة Desktop، مع عنوان إعادة التوجيه أدناه؛ يُسمح بمنفذ *)، وContent Posting API مع تفعيل Direct Post، وDisplay API؛ واطلب النطاقات user.info.basic وuser.info.profile وvideo.publish وvideo.list. الصق مفتاح العميل وسرّ العميل. إلى أن يدقق TikTok تطبيقك، لا ينشر إلا بشكل خاص («أنا فقط»، من حساب خاص) ولخمسة حسابات يوميًا على الأكثر. تحتاج منشورات الصور أيضًا إلى التحقق من عنوان مرحّل الوسائط ضمن URL properties.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You need a Pinterest business account. At developers.pinterest.com open My apps, choose Connect app and wait for Pinterest to approve it. Then add the redirect address below under Redirect URIs and paste the App ID and the App secret key. A new app has Trial access, which cannot publish Pins: ask for Standard access in My apps.</source>
        <translation>تحتاج إلى حساب أعمال على Pinterest. على developers.pinterest.com افتح My apps، واختر Connect app وانتظر موافقة Pinterest. ثم أضف عنوان إعادة التوجيه أدناه ضمن Redirect URIs والصق App ID وApp secret key. يحصل التطبيق الجديد على وصول Trial الذي لا يمكنه نشر الدبابيس: اطلب وصول Standard من My apps.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reddit now approves API access before a new app may sign anyone in: ask for it under its Responsible Builder Policy (support.reddithelp.com) and describe Postdesk as your own posting tool. Then at reddit.com/prefs/apps choose “create another app…”, pick “installed app”, enter the redirect address below exactly (Reddit compares it to the character, port included) and paste the client id shown under the app&apos;s name (installed apps have no secret). Postdesk asks for permanent access, so you sign in once.</source>
        <translation>أصبح Reddit يوافق على الوصول إلى API قبل أن يتمكن أي تطبيق جديد من تسجيل دخول أي شخص: اطلبه وفق سياسة Responsible Builder Policy (support.reddithelp.com) وصِف Postdesk بأنه أداة النشر الخاصة بك. ثم على reddit.com/prefs/apps اختر «create another app…»، وحدد «installed app»، وأدخل عنوان إعادة التوجيه أدناه كما هو تمامًا (يقارنه Reddit حرفًا بحرف، بما في ذلك المنفذ) والصق معرّف العميل الظاهر تحت اسم التطبيق (التطبيقات المثبتة بلا سرّ). يطلب Postdesk وصولًا دائمًا، لذا تسجّل الدخول مرة واحدة فقط.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Google opens the Business Profile APIs only to projects it approves. At console.cloud.google.com create a project, then ask for access with Google&apos;s Business Profile API access form (developers.google.com/my-business/content/prereqs; you need a Business Profile verified for 60 days; Google answers within about 14 days). Once approved, enable “Google My Business API”, “My Business Account Management API” and “My Business Business Information API”. Set up the OAuth consent screen (while it is in Testing, add yourself as a test user), create an OAuth client ID of type “Desktop app” and paste its client ID and secret; any local port works. Photos need your media relay (Settings › Media relay): Google fetches them from its address.</source>
        <translation>لا يفتح Google واجهات Business Profile APIs إلا للمشاريع التي يوافق عليها. على console.cloud.google.com أنشئ مشروعًا، ثم اطلب الوصول عبر نموذج Google للوصول إلى Business Profile API (developers.google.com/my-business/content/prereqs؛ تحتاج إلى Business Profile موثّق منذ 60 يومًا؛ ويرد Google في غضون 14 يومًا تقريبًا). بعد الموافقة، فعّل «Google My Business API» و«My Business Account Management API» و«My Business Business Information API». اضبط شاشة موافقة OAuth (وما دامت في وضع Testing، أضف نفسك مستخدمًا تجريبيًا)، وأنشئ OAuth client ID من نوع «Desktop app» والصق معرّف العميل وسرّه؛ ويصلح أي منفذ محلي. تحتاج الصور إلى مرحّل الوسائط (الإعدادات › مرحّل الوسائط): إذ يجلبها Google من عنوانه.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message @BotFather on Telegram to create a bot and copy its token. Add the bot to your channel as an administrator allowed to post, then enter the channel&apos;s @name.</source>
        <translation>راسل @BotFather على Telegram لإنشاء بوت وانسخ رمزه المميز. أضف البوت إلى قناتك مشرفًا مسموحًا له بالنشر، ثم أدخل @name الخاص بالقناة.</translation>
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
        <translation>الحسابات</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="+3"/>
        <source>Postdesk signs in to each network in your browser.</source>
        <translation>يسجّل Postdesk الدخول إلى كل شبكة عبر متصفحك.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where sign-ins are kept</source>
        <translation>مكان حفظ بيانات تسجيل الدخول</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign-in storage problem</source>
        <translation>مشكلة في تخزين بيانات تسجيل الدخول</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Use an &amp;encrypted file…</source>
        <translation>استخدام ملف م&amp;شفّر…</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+86"/>
        <source>Keep sign-ins in an encrypted file</source>
        <translation>حفظ بيانات تسجيل الدخول في ملف مشفّر</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Connected accounts</source>
        <translation>الحسابات المرتبطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in expires</source>
        <translation>انتهاء تسجيل الدخول</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+96"/>
        <source>No accounts yet. Click Connect to add one.</source>
        <translation>لا توجد حسابات بعد. انقر «ربط» لإضافة حساب.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>&amp;Connect…</source>
        <translation>&amp;ربط…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect an account</source>
        <translation>ربط حساب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reconnect…</source>
        <translation>إعادة ال&amp;ربط…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect the selected account</source>
        <translation>إعادة ربط الحساب المحدد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default &amp;options…</source>
        <translation>ال&amp;خيارات الافتراضية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default options of the selected account</source>
        <translation>الخيارات الافتراضية للحساب المحدد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Disconnect</source>
        <translation>إل&amp;غاء الربط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect the selected account</source>
        <translation>إلغاء ربط الحساب المحدد</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;فتح القفل…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock the encrypted sign-in file</source>
        <translation>فتح قفل ملف تسجيل الدخول المشفّر</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No accounts yet. Choose where to keep your sign-ins (above) to connect one.</source>
        <translation>لا توجد حسابات بعد. اختر مكان حفظ بيانات تسجيل دخولك (أعلاه) لربط حساب.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sign-ins are kept in the encrypted file {file}, locked with your passphrase; never in plain text.</source>
        <translation>تُحفظ بيانات تسجيل الدخول في الملف المشفّر ⁦{file}⁩، مقفلةً بعبارة مرورك؛ ولا تُحفظ أبدًا كنص عادي.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-ins are kept in your system&apos;s password keyring, never in Postdesk&apos;s own files.</source>
        <translation>تُحفظ بيانات تسجيل الدخول في مخزن كلمات المرور في نظامك، ولا تُحفظ أبدًا في ملفات Postdesk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-ins are kept in your system&apos;s password keyring ({keyring}), never in Postdesk&apos;s own files.</source>
        <translation>تُحفظ بيانات تسجيل الدخول في مخزن كلمات المرور في نظامك ({keyring})، ولا تُحفظ أبدًا في ملفات Postdesk.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Connected {handle}.</source>
        <translation>تم ربط {handle}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Disconnect {handle}? Postdesk asks {network} to revoke its access and forgets the sign-in. Posts aimed at this account wait until you connect it again.</source>
        <translation>هل تريد إلغاء ربط {handle}؟ سيطلب Postdesk من {network} إلغاء حق وصوله وسينسى بيانات تسجيل الدخول. تنتظر المنشورات الموجهة إلى هذا الحساب حتى تعيد ربطه.</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Does not expire</source>
        <translation>لا تنتهي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired</source>
        <translation>منتهية</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>In %n day(s)</source>
        <translation>
            <numerusform>خلال %Ln يوم</numerusform>
            <numerusform>خلال يوم واحد</numerusform>
            <numerusform>خلال يومين</numerusform>
            <numerusform>خلال %Ln أيام</numerusform>
            <numerusform>خلال %Ln يومًا</numerusform>
            <numerusform>خلال %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>In %n hour(s)</source>
        <translation>
            <numerusform>خلال %Ln ساعة</numerusform>
            <numerusform>خلال ساعة واحدة</numerusform>
            <numerusform>خلال ساعتين</numerusform>
            <numerusform>خلال %Ln ساعات</numerusform>
            <numerusform>خلال %Ln ساعة</numerusform>
            <numerusform>خلال %Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>In %n minute(s)</source>
        <translation>
            <numerusform>خلال %Ln دقيقة</numerusform>
            <numerusform>خلال دقيقة واحدة</numerusform>
            <numerusform>خلال دقيقتين</numerusform>
            <numerusform>خلال %Ln دقائق</numerusform>
            <numerusform>خلال %Ln دقيقة</numerusform>
            <numerusform>خلال %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Disconnect</source>
        <translation>إلغاء الربط</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Disconnected. The network revoked Postdesk&apos;s access.</source>
        <translation>أُلغي الربط. ألغت الشبكة حق وصول Postdesk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnected. The sign-in was deleted from this computer.</source>
        <translation>أُلغي الربط. حُذفت بيانات تسجيل الدخول من هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Unlocked. Your accounts can be used again.</source>
        <translation>فُتح القفل. يمكن استخدام حساباتك مجددًا.</translation>
    </message>
</context>
<context>
    <name>ActivitySection</name>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="+306"/>
        <location line="+42"/>
        <source>Acti&amp;vity</source>
        <translation>ال&amp;نشاط</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+48"/>
        <source>Show the post&apos;s activity</source>
        <translation>إظهار نشاط المنشور</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Where each network stands</source>
        <translation>وضع كل شبكة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activity log</source>
        <translation>سجل النشاط</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing has happened to this post yet.</source>
        <translation>لم يحدث شيء لهذا المنشور بعد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acti&amp;vity ({count})</source>
        <translation>ال&amp;نشاط ({count})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide the post&apos;s activity</source>
        <translation>إخفاء نشاط المنشور</translation>
    </message>
</context>
<context>
    <name>AddToQueueDialog</name>
    <message>
        <location filename="../src/postdesk/ui/composer/queue_button.py" line="+74"/>
        <source>Add to queue</source>
        <translation>إضافة إلى قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the post to a queue</source>
        <translation>إضافة المنشور إلى قائمة انتظار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Queue:</source>
        <translation>&amp;قائمة الانتظار:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue to add the post to</source>
        <translation>قائمة الانتظار التي يُضاف إليها المنشور</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When the post will go out</source>
        <translation>موعد نشر المنشور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add to queue</source>
        <translation>إ&amp;ضافة إلى قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the post to this queue at that time</source>
        <translation>إضافة المنشور إلى قائمة الانتظار هذه في ذلك الوقت</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This queue has no free time in the next year. Add times to it in Queues, or pick another queue.</source>
        <translation>لا يوجد وقت متاح في قائمة الانتظار هذه خلال العام القادم. أضف إليها أوقاتًا من «قوائم الانتظار»، أو اختر قائمة انتظار أخرى.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It takes the next free time: {when} ({zone}).</source>
        <translation>سيأخذ أول وقت متاح: {when} ({zone}).</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/list_models.py" line="+140"/>
        <source>When</source>
        <extracomment>Counts of a published post, added up over its networks (`set_metrics`); a dash: not given.</extracomment>
        <translation>الموعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networks</source>
        <translation>الشبكات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>المنشور</translation>
    </message>
</context>
<context>
    <name>AssetActions</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/actions.py" line="+112"/>
        <source>cropped</source>
        <extracomment>Background request keys: opening another preview drops the answers for the previous one. The longest side of the picture the preview loads (it shows at most about 900 x 420).</extracomment>
        <translation>مقصوصة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cropped {ratio}</source>
        <translation>مقصوصة {ratio}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Videos go as they are; the composer checks their length and size.</source>
        <translation>تُرسل مقاطع الفيديو كما هي؛ ويتحقق المحرر من مدتها وحجمها.</translation>
    </message>
</context>
<context>
    <name>AssetGrid</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/grid.py" line="+47"/>
        <source>Media library</source>
        <extracomment>Space between cells, in logical pixels.</extracomment>
        <translation>مكتبة الوسائط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop files or folders here. Drag items into a post to attach them. Space shows a larger preview.</source>
        <translation>أفلت الملفات أو المجلدات هنا. اسحب العناصر إلى منشور لإرفاقها. يعرض مفتاح Space معاينة أكبر.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drop images and videos here</source>
        <translation>أفلت الصور ومقاطع الفيديو هنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…or whole folders, or paste with Ctrl+V. Then drag them into a post.</source>
        <translation>…أو مجلدات كاملة، أو الصقها بـ Ctrl+V. ثم اسحبها إلى منشور.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/attachments.py" line="+51"/>
        <source>Attached media</source>
        <translation>الوسائط المرفقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Left and Alt+Right reorder, Delete removes.</source>
        <translation>يعيد Alt+Left وAlt+Right الترتيب، ويزيل Delete.</translation>
    </message>
</context>
<context>
    <name>BestTimes</name>
    <message>
        <location filename="../src/postdesk/ui/composer/best_times_part.py" line="+34"/>
        <source>{day} at {hour} (next: {date})</source>
        <translation>{day} الساعة {hour} (التالي: {date})</translation>
    </message>
</context>
<context>
    <name>BestTimesPart</name>
    <message>
        <location line="+38"/>
        <source>Suggested times</source>
        <translation>الأوقات المقترحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested times: your best weekdays and hours to publish</source>
        <translation>الأوقات المقترحة: أفضل أيام الأسبوع وساعاته للنشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When your own posts did best, from their likes, reposts and replies</source>
        <translation>متى حققت منشوراتك أفضل أداء، بحسب الإعجابات وإعادات النشر والردود</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Reading your posts&apos; results…</source>
        <translation>جارٍ قراءة نتائج منشوراتك…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not enough to go on yet: Postdesk suggests times once it has read the likes and replies of {needed} of your published posts ({posts} so far).</source>
        <translation>لا توجد بيانات كافية بعد: يقترح Postdesk الأوقات بعد أن يقرأ الإعجابات والردود لـ {needed} من منشوراتك التي نُشرت ({posts} حتى الآن).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your posts have no likes or replies to learn from yet.</source>
        <translation>لا توجد لمنشوراتك إعجابات أو ردود يمكن التعلم منها بعد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your best times, from {posts} published posts ({zone}):</source>
        <translation>أفضل أوقاتك، من {posts} منشورات تم نشرها ({zone}):</translation>
    </message>
</context>
<context>
    <name>BlueskyOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/bluesky_options.py" line="+41"/>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only…</source>
        <translation>فقط…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone can reply on Bluesky</source>
        <translation>يمكن للجميع الرد على Bluesky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody can reply on Bluesky</source>
        <translation>لا يمكن لأحد الرد على Bluesky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only some people can reply on Bluesky</source>
        <translation>يمكن لبعض الأشخاص فقط الرد على Bluesky</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People you mention</source>
        <translation>الأشخاص الذين تشير إليهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People you follow</source>
        <translation>الأشخاص الذين تتابعهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your followers</source>
        <translation>متابعوك</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{who} can reply</source>
        <translation>يمكن لـ {who} الرد</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Don&apos;t let others quote this p&amp;ost</source>
        <translation>منع الآخرين من اقتباس هذا ال&amp;منشور</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who can repl&amp;y:</source>
        <translation>من يمكنه ال&amp;رد:</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Don&apos;t let others quote this Bluesky post</source>
        <translation>منع الآخرين من اقتباس منشور Bluesky هذا</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/wording.py" line="+18"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>مجدول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty queue slot</source>
        <translation>فترة فارغة في قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishing</source>
        <translation>قيد النشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>تم النشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>يحتاج إلى انتباه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>That time does not exist on {day} in {zone}: the clocks jump from {start} to {end}. Pick a time outside that gap.</source>
        <translation>هذا الوقت غير موجود يوم {day} في {zone}: تقفز الساعة من {start} إلى {end}. اختر وقتًا خارج هذه الفجوة.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That time happens twice on {day} in {zone} (the clocks go back). Pick another time.</source>
        <translation>هذا الوقت يتكرر مرتين يوم {day} في {zone} (تعود الساعة إلى الوراء). اختر وقتًا آخر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That time has already passed. Pick a time in the future.</source>
        <translation>هذا الوقت قد مضى. اختر وقتًا في المستقبل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This post cannot be moved: it is published, being sent, or waiting for you to check whether it went out.</source>
        <translation>لا يمكن نقل هذا المنشور: فهو منشور، أو قيد الإرسال، أو ينتظر أن تتحقق مما إذا كان قد نُشر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That time cannot be used.</source>
        <translation>لا يمكن استخدام هذا الوقت.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That time happens twice on {day} in {zone}; the post was placed at the first one ({offset}).</source>
        <translation>هذا الوقت يتكرر مرتين يوم {day} في {zone}؛ وُضع المنشور في أولهما ({offset}).</translation>
    </message>
</context>
<context>
    <name>CalendarBody</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/body.py" line="+36"/>
        <source>No posts yet</source>
        <translation>لا توجد منشورات بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posts you schedule appear here by day and time; drafts wait in the list on the left.</source>
        <translation>تظهر هنا المنشورات التي تجدولها حسب اليوم والوقت؛ وتنتظر المسودات في القائمة على اليمين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write a post</source>
        <translation>&amp;كتابة منشور</translation>
    </message>
</context>
<context>
    <name>CalendarCells</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/day_popup.py" line="+134"/>
        <location filename="../src/postdesk/ui/calendar/delegates.py" line="+70"/>
        <source>Queue slot</source>
        <extracomment>A card&apos;s height in the popup: the month&apos;s two-line card, with room for a larger thumbnail.</extracomment>
        <translation>فترة قائمة الانتظار</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/calendar/delegates.py" line="+3"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%Ln أخرى</numerusform>
            <numerusform>+%Ln آخر</numerusform>
            <numerusform>+%Ln آخران</numerusform>
            <numerusform>+%Ln أخرى</numerusform>
            <numerusform>+%Ln أخرى</numerusform>
            <numerusform>+%Ln أخرى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/calendar/model_roles.py" line="+76"/>
        <source>%n post(s)</source>
        <extracomment>Grid cells: the warnings of every post, by post id (the delegate marks the chips that have some); agenda rows: the warnings of that row&apos;s post. Grid cells: what holds each held post, worded, by post id (the delegate marks those chips).</extracomment>
        <translation>
            <numerusform>لا منشورات</numerusform>
            <numerusform>منشور واحد</numerusform>
            <numerusform>منشوران</numerusform>
            <numerusform>%Ln منشورات</numerusform>
            <numerusform>%Ln منشورًا</numerusform>
            <numerusform>%Ln منشور</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarDay</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/day_popup.py" line="+27"/>
        <source>Posts of {day}</source>
        <translation>منشورات {day}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posts of the day</source>
        <translation>منشورات اليوم</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>لا منشورات</numerusform>
            <numerusform>منشور واحد</numerusform>
            <numerusform>منشوران</numerusform>
            <numerusform>%Ln منشورات</numerusform>
            <numerusform>%Ln منشورًا</numerusform>
            <numerusform>%Ln منشور</numerusform>
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
        <translation>التقويم</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/keys.py" line="+21"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/body.py" line="+29"/>
        <source>The calendar could not be loaded. Your posts are safe; try again.</source>
        <translation>تعذّر تحميل التقويم. منشوراتك في أمان؛ حاول مجددًا.</translation>
    </message>
</context>
<context>
    <name>CalendarToolbar</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/toolbar.py" line="+110"/>
        <source>Previous</source>
        <extracomment>The view buttons in order, with their shortcuts (the pane binds the shortcuts).</extracomment>
        <translation>السابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shown period</source>
        <translation>الفترة المعروضة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Time zone shown</source>
        <translation>المنطقة الزمنية المعروضة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show times in another time zone</source>
        <translation>عرض الأوقات بمنطقة زمنية أخرى</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+92"/>
        <location line="+55"/>
        <source>Filter</source>
        <translation>تصفية</translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+1"/>
        <source>Search posts</source>
        <translation>بحث</translation>
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
        <translation>تصفية (مفعّلة)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Networks</source>
        <translation>الشبكات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statuses</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show everything</source>
        <translation>إظهار الكل</translation>
    </message>
</context>
<context>
    <name>CalendarViews</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/grids.py" line="+74"/>
        <source>Month</source>
        <extracomment>The hour the week view scrolls to when shown. True while `quietly` runs: cursor moves then are not the user&apos;s.</extracomment>
        <translation>شهر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List of posts</source>
        <translation>قائمة المنشورات</translation>
    </message>
</context>
<context>
    <name>CatchUpDialog</name>
    <message>
        <location filename="../src/postdesk/ui/catch_up_dialog.py" line="+50"/>
        <location line="+1"/>
        <source>Posts that were not published</source>
        <translation>منشورات لم تُنشر</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n post(s) were due while Postdesk was not running. Nothing has been sent yet. Do you want to publish them now, or skip them? Skipped posts stay in your calendar, paused, so you can reschedule them.</source>
        <translation>
            <numerusform>لم يحن موعد أي منشور أثناء توقف Postdesk. لم يُرسل شيء بعد. هل تريد نشرها الآن أم تخطيها؟ تبقى المنشورات المتخطاة في تقويمك متوقفة مؤقتًا، لتتمكن من إعادة جدولتها.</numerusform>
            <numerusform>حان موعد منشور واحد أثناء توقف Postdesk. لم يُرسل شيء بعد. هل تريد نشره الآن أم تخطيه؟ تبقى المنشورات المتخطاة في تقويمك متوقفة مؤقتًا، لتتمكن من إعادة جدولتها.</numerusform>
            <numerusform>حان موعد منشورين أثناء توقف Postdesk. لم يُرسل شيء بعد. هل تريد نشرهما الآن أم تخطيهما؟ تبقى المنشورات المتخطاة في تقويمك متوقفة مؤقتًا، لتتمكن من إعادة جدولتها.</numerusform>
            <numerusform>حان موعد %Ln منشورات أثناء توقف Postdesk. لم يُرسل شيء بعد. هل تريد نشرها الآن أم تخطيها؟ تبقى المنشورات المتخطاة في تقويمك متوقفة مؤقتًا، لتتمكن من إعادة جدولتها.</numerusform>
            <numerusform>حان موعد %Ln منشورًا أثناء توقف Postdesk. لم يُرسل شيء بعد. هل تريد نشرها الآن أم تخطيها؟ تبقى المنشورات المتخطاة في تقويمك متوقفة مؤقتًا، لتتمكن من إعادة جدولتها.</numerusform>
            <numerusform>حان موعد %Ln منشور أثناء توقف Postdesk. لم يُرسل شيء بعد. هل تريد نشرها الآن أم تخطيها؟ تبقى المنشورات المتخطاة في تقويمك متوقفة مؤقتًا، لتتمكن من إعادة جدولتها.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Late posts</source>
        <translation>منشورات متأخرة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Late posts (times in {zone}):</source>
        <translation>المنشورات ال&amp;متأخرة (الأوقات بتوقيت {zone}):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Publish now</source>
        <translation>ال&amp;نشر الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish the late posts now</source>
        <translation>نشر المنشورات المتأخرة الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip them</source>
        <translation>&amp;تخطيها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the late posts</source>
        <translation>تخطي المنشورات المتأخرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decide later</source>
        <translation>القرار &amp;لاحقًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide later</source>
        <translation>القرار لاحقًا</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{network} — due {date} at {time}</source>
        <translation>{network} — موعده {date} الساعة {time}</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <location filename="../src/postdesk/ui/composer/chip_row.py" line="+68"/>
        <source>Accounts to post to</source>
        <extracomment>Networks whose options belong to one account (boards, locations, a creator&apos;s privacy levels): their account chips choose one account at a time.</extracomment>
        <translation>الحسابات التي سيُنشر عليها</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Post to {network}</source>
        <translation>النشر على {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{network}, with no account: a draft only. Connect an account to publish.</source>
        <translation>{network}، بلا حساب: مسودة فقط. اربط حسابًا للنشر.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>No account chosen yet: choose one above (a draft until then).</source>
        <translation>لم يُختر حساب بعد: اختر حسابًا أعلاه (يبقى مسودة حتى ذلك الحين).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No {network} account connected: a draft only.</source>
        <translation>لا يوجد حساب {network} مرتبط: مسودة فقط.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{network} accounts this post goes to</source>
        <translation>حسابات {network} التي يُنشر عليها هذا المنشور</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posting as:</source>
        <translation>النشر باسم:</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../src/postdesk/ui/composer/first_comment_sent.py" line="+61"/>
        <source>Comment on {network}</source>
        <translation>تعليق على {network}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Posts a comment under your published post on {network}. If Postdesk can&apos;t reach {network} now, it goes out as soon as it can, once.</source>
        <translation>ينشر تعليقًا أسفل منشورك الذي نُشر على {network}. إذا تعذّر على Postdesk الوصول إلى {network} الآن، فسيُرسل التعليق مرة واحدة فور الإمكان.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your comment</source>
        <translation>تعليقك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment under the {network} post</source>
        <translation>التعليق أسفل منشور {network}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What happened to the comment</source>
        <translation>ما حدث للتعليق</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Post comment</source>
        <translation>&amp;نشر التعليق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post the comment on {network}</source>
        <translation>نشر التعليق على {network}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The comment is on its way to {network}.</source>
        <translation>التعليق في طريقه إلى {network}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk could not queue the comment for {network}. Try again in a moment.</source>
        <translation>تعذّر على Postdesk إضافة التعليق إلى قائمة الإرسال لـ {network}. حاول مجددًا بعد قليل.</translation>
    </message>
</context>
<context>
    <name>ComposerActivity</name>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="-313"/>
        <source>Its time came; getting ready to publish.</source>
        <extracomment>States whose text went (or may have gone) out: the composer shows it read-only.</extracomment>
        <translation>حان موعده؛ جارٍ الاستعداد للنشر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published late, as you chose, after Postdesk was closed at its time.</source>
        <translation>نُشر متأخرًا، كما اخترت، لأن Postdesk كان مغلقًا في موعده.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its time passed while Postdesk was closed; waiting for your decision.</source>
        <translation>مضى موعده وPostdesk مغلق؛ بانتظار قرارك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>Skipped: its time passed while Postdesk was closed.</source>
        <translation>تم تخطيه: مضى موعده وPostdesk مغلق.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>You asked to publish it now.</source>
        <translation>طلبت نشره الآن.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trying again.</source>
        <translation>جارٍ المحاولة مجددًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published.</source>
        <translation>نُشر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found on the network: it was published.</source>
        <translation>عُثر عليه في الشبكة: لقد نُشر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found on the network; sending it again.</source>
        <translation>لم يُعثر عليه في الشبكة؛ جارٍ إعادة الإرسال.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You confirmed it was published.</source>
        <translation>أكدت أنه نُشر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postdesk stopped while publishing; it will check whether the post went out.</source>
        <translation>توقف Postdesk أثناء النشر؛ وسيتحقق مما إذا كان المنشور قد نُشر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network did not answer; Postdesk will check before trying again.</source>
        <translation>لم تُجب الشبكة؛ سيتحقق Postdesk قبل المحاولة مجددًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network asked to wait (too many requests); will try again.</source>
        <translation>طلبت الشبكة الانتظار (طلبات كثيرة جدًا)؛ ستُعاد المحاولة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach the network; will try again.</source>
        <translation>تعذّر الوصول إلى الشبكة؛ ستُعاد المحاولة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network took too long to answer, so Postdesk stopped waiting; it will retry without posting twice.</source>
        <translation>استغرقت الشبكة وقتًا طويلًا في الرد، فتوقف Postdesk عن الانتظار؛ وسيعيد المحاولة دون النشر مرتين.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network&apos;s answer was far too large, so Postdesk stopped reading; it will retry without posting twice.</source>
        <translation>كان رد الشبكة كبيرًا جدًا، فتوقف Postdesk عن قراءته؛ وسيعيد المحاولة دون النشر مرتين.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network&apos;s answer was not in the expected form; Postdesk will retry without posting twice.</source>
        <translation>لم يكن رد الشبكة بالصيغة المتوقعة؛ سيعيد Postdesk المحاولة دون النشر مرتين.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account needs you to sign in again.</source>
        <translation>يجب أن تسجّل الدخول إلى الحساب مجددًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Waiting: sign in to this account again and it will go out.</source>
        <translation>بالانتظار: سجّل الدخول إلى هذا الحساب مجددًا وسيُنشر.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Waiting: your sign-ins are locked. Unlock them in Accounts and it will go out.</source>
        <translation>بالانتظار: بيانات تسجيل دخولك مقفلة. افتح قفلها من «الحسابات» وسيُنشر.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An attached file is no longer in the media library, so this could not be posted.</source>
        <translation>لم يعد أحد الملفات المرفقة في مكتبة الوسائط، لذا تعذّر النشر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: you asked for alt text on every image, and an image has none. Describe it and schedule again.</source>
        <translation>لم يُنشر: طلبت نصًا بديلًا لكل صورة، وإحدى الصور بلا نص بديل. صِفها ثم أعد الجدولة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network refused the post.</source>
        <translation>رفضت الشبكة المنشور.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gave up after several failed tries.</source>
        <translation>توقفت المحاولات بعد فشلها عدة مرات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused: Postdesk cannot publish to this network yet.</source>
        <translation>متوقف مؤقتًا: لا يستطيع Postdesk النشر على هذه الشبكة بعد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused.</source>
        <translation>متوقف مؤقتًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resumed.</source>
        <translation>تم الاستئناف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handing it to the network&apos;s own scheduler…</source>
        <translation>جارٍ تسليمه إلى أداة الجدولة الخاصة بالشبكة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network&apos;s own scheduler will publish it, even with Postdesk closed.</source>
        <translation>ستنشره أداة الجدولة الخاصة بالشبكة، حتى لو كان Postdesk مغلقًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk will publish it itself.</source>
        <translation>سينشره Postdesk بنفسه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network&apos;s scheduler did not take it; Postdesk will publish it itself.</source>
        <translation>لم تقبله أداة الجدولة الخاصة بالشبكة؛ سينشره Postdesk بنفسه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network did not publish it; Postdesk is publishing it now.</source>
        <translation>لم تنشره الشبكة؛ Postdesk ينشره الآن.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published by the network&apos;s scheduler.</source>
        <translation>نشرته أداة الجدولة الخاصة بالشبكة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused: the network&apos;s scheduler does not show it. Please check.</source>
        <translation>متوقف مؤقتًا: لا تعرضه أداة الجدولة الخاصة بالشبكة. يُرجى التحقق.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused: Postdesk&apos;s data was restored from a backup, and this may have gone out since. Check the network, then resume or publish it.</source>
        <translation>متوقف مؤقتًا: استُعيدت بيانات Postdesk من نسخة احتياطية، وربما نُشر هذا منذ ذلك الحين. تحقق من الشبكة، ثم استأنفه أو انشره.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First comment posted.</source>
        <translation>نُشر التعليق الأول.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The post is out, but the first comment could not be posted.</source>
        <translation>نُشر المنشور، لكن تعذّر نشر التعليق الأول.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This network has no first comment; it was not posted.</source>
        <translation>لا تدعم هذه الشبكة التعليق الأول؛ فلم يُنشر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not check the network yet; will check again.</source>
        <translation>تعذّر التحقق من الشبكة بعد؛ ستُعاد المحاولة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only you can tell whether it is there: choose “Did it go out?”.</source>
        <translation>أنت وحدك من يمكنه معرفة ما إذا كان موجودًا: اختر «هل نُشر؟».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edited on the network; what it said before is kept in this log.</source>
        <translation>عُدّل على الشبكة؛ ونصه السابق محفوظ في هذا السجل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The edit did not reach the network; the post there is unchanged.</source>
        <translation>لم يصل التعديل إلى الشبكة؛ والمنشور هناك لم يتغير.</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/refusal_words.py" line="+38"/>
        <source>Not posted: Postdesk could not read {name} on this computer. Attach it again and schedule the post again.</source>
        <extracomment>Plural sentences of the context &quot;ComposerActivity&quot; (see `i18n.plural_context`).</extracomment>
        <translation>لم يُنشر: تعذّر على Postdesk قراءة {name} على هذا الكمبيوتر. أرفق الملف مجددًا ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {name} is not an image or video Postdesk recognises. Replace it and schedule the post again.</source>
        <translation>لم يُنشر: {name} ليس صورة أو فيديو يتعرّف عليه Postdesk. استبدله ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {name} could not be opened as an image; the file may be damaged. Replace it and schedule the post again.</source>
        <translation>لم يُنشر: تعذّر فتح {name} كصورة؛ ربما يكون الملف تالفًا. استبدله ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {name} could not be read as a video; the file may be damaged. Replace it and schedule the post again.</source>
        <translation>لم يُنشر: تعذّرت قراءة {name} كفيديو؛ ربما يكون الملف تالفًا. استبدله ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {name} is too big for {network}, and Postdesk could not make it small enough. Use a smaller file and schedule the post again.</source>
        <translation>لم يُنشر: {name} أكبر مما يقبله {network}، ولم يتمكن Postdesk من تصغيره بما يكفي. استخدم ملفًا أصغر ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the picture chosen as the video&apos;s cover could not be used. Choose another one and schedule the post again.</source>
        <translation>لم يُنشر: تعذّر استخدام الصورة المختارة غلافًا للفيديو. اختر صورة أخرى ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} does not take files like {name} ({type}). Use another file and schedule the post again.</source>
        <translation>لم يُنشر: لا يقبل {network} ملفات مثل {name} ({type}). استخدم ملفًا آخر ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {name} is too big to send to {network}. Use a smaller file and schedule the post again.</source>
        <translation>لم يُنشر: {name} أكبر من أن يُرسل إلى {network}. استخدم ملفًا أصغر ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {name} changed on this computer while Postdesk was sending it. Schedule the post again.</source>
        <translation>لم يُنشر: تغيّر {name} على هذا الكمبيوتر أثناء إرسال Postdesk له. أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} could not process {name}; it may be damaged or in a format {network} does not take.</source>
        <translation>لم يُنشر: تعذّر على {network} معالجة {name}؛ ربما يكون الملف تالفًا أو بتنسيق لا يقبله {network}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: this account has posted as many videos as {network} allows in a day. Try again tomorrow.</source>
        <translation>لم يُنشر: نشر هذا الحساب أقصى عدد من الفيديوهات يسمح به {network} في اليوم. حاول مجددًا غدًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} does not let this account upload videos right now. Try again later.</source>
        <translation>لم يُنشر: لا يسمح {network} لهذا الحساب برفع فيديوهات حاليًا. حاول مجددًا لاحقًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: this video is {size}, and {network} lets this account upload only {left} more today. Try again tomorrow or post a shorter video.</source>
        <translation>لم يُنشر: حجم هذا الفيديو {size}، ولا يسمح {network} لهذا الحساب اليوم إلا برفع {left} إضافية. حاول مجددًا غدًا أو انشر فيديو أقصر.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} takes at most {max} rules for who may reply, and {count} are chosen.</source>
        <translation>لم يُنشر: يقبل {network} {max} قواعد على الأكثر لتحديد من يمكنه الرد، وقد اختيرت {count}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} has blocked this account from posting for a while; it says recent activity goes against its rules.</source>
        <translation>لم يُنشر: حظر {network} النشر من هذا الحساب مؤقتًا؛ إذ يقول إن النشاط الأخير يخالف قواعده.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} says the sign-in lacks a permission Postdesk needs. Reconnect the account in Accounts and allow everything Postdesk asks for.</source>
        <translation>لم يُنشر: يقول {network} إن تسجيل الدخول ينقصه إذن يحتاجه Postdesk. أعد ربط الحساب في «الحسابات» واسمح بكل ما يطلبه Postdesk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not posted: the media relay&apos;s secret key is missing from the keyring. Enter it again in Settings › Media relay, then schedule the post again.</source>
        <translation>لم يُنشر: المفتاح السري لمرحّل الوسائط غير موجود في سلسلة المفاتيح. أدخله مجددًا من الإعدادات › مرحّل الوسائط، ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the media relay&apos;s bucket does not exist. Check the bucket name in Settings › Media relay, then schedule the post again.</source>
        <translation>لم يُنشر: حاوية مرحّل الوسائط غير موجودة. تحقق من اسم الحاوية في الإعدادات › مرحّل الوسائط، ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the media relay refused the access key (wrong key, wrong secret, or no permission on the bucket). Check Settings › Media relay, then schedule the post again.</source>
        <translation>لم يُنشر: رفض مرحّل الوسائط مفتاح الوصول (مفتاح خاطئ أو سر خاطئ أو لا يوجد إذن على الحاوية). تحقق من الإعدادات › مرحّل الوسائط، ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the media relay refused to keep a copy of the file. Check Settings › Media relay, then schedule the post again.</source>
        <translation>لم يُنشر: رفض مرحّل الوسائط الاحتفاظ بنسخة من الملف. تحقق من الإعدادات › مرحّل الوسائط، ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{network} has no scheduler Postdesk can hand posts to.</source>
        <translation>لا توجد لدى {network} أداة جدولة يمكن لـ Postdesk تسليم المنشورات إليها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network}&apos;s scheduler takes a single post, not a thread.</source>
        <translation>تقبل أداة الجدولة في {network} منشورًا واحدًا، لا سلسلة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The post still waits in {network}&apos;s scheduler: take it back and schedule it again.</source>
        <translation>لا يزال المنشور ينتظر في أداة الجدولة في {network}: استرجعه ثم أعد جدولته.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network} no longer has this post, or it was not written by this account.</source>
        <translation>لم يعد هذا المنشور موجودًا على {network}، أو لم يكتبه هذا الحساب.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This post was written by another account, so it cannot be edited from this one.</source>
        <translation>كتب هذا المنشورَ حسابٌ آخر، لذا لا يمكن تعديله من هذا الحساب.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk cannot edit a post with a poll: {network} would start the poll over.</source>
        <translation>لا يمكن لـ Postdesk تعديل منشور فيه استطلاع: سيعيد {network} بدء الاستطلاع من جديد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This {network} server is too old to edit posts; delete the post and post it again instead.</source>
        <translation>خادم {network} هذا أقدم من أن يعدّل المنشورات؛ احذف المنشور وانشره مجددًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network} does not let Postdesk do this here.</source>
        <translation>لا يسمح {network} لـ Postdesk بفعل ذلك هنا.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{network}&apos;s scheduler takes a post only %Ln minute(s) or more before its time.</source>
        <translation>
            <numerusform>لا تقبل أداة الجدولة في {network} المنشور إلا قبل موعده بـ %Ln دقيقة أو أكثر.</numerusform>
            <numerusform>لا تقبل أداة الجدولة في {network} المنشور إلا قبل موعده بدقيقة واحدة أو أكثر.</numerusform>
            <numerusform>لا تقبل أداة الجدولة في {network} المنشور إلا قبل موعده بدقيقتين أو أكثر.</numerusform>
            <numerusform>لا تقبل أداة الجدولة في {network} المنشور إلا قبل موعده بـ %Ln دقائق أو أكثر.</numerusform>
            <numerusform>لا تقبل أداة الجدولة في {network} المنشور إلا قبل موعده بـ %Ln دقيقة أو أكثر.</numerusform>
            <numerusform>لا تقبل أداة الجدولة في {network} المنشور إلا قبل موعده بـ %Ln دقيقة أو أكثر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{network}&apos;s scheduler takes a post at most %Ln day(s) before its time.</source>
        <translation>
            <numerusform>تقبل أداة الجدولة في {network} المنشور قبل موعده بـ %Ln يوم على الأكثر.</numerusform>
            <numerusform>تقبل أداة الجدولة في {network} المنشور قبل موعده بيوم واحد على الأكثر.</numerusform>
            <numerusform>تقبل أداة الجدولة في {network} المنشور قبل موعده بيومين على الأكثر.</numerusform>
            <numerusform>تقبل أداة الجدولة في {network} المنشور قبل موعده بـ %Ln أيام على الأكثر.</numerusform>
            <numerusform>تقبل أداة الجدولة في {network} المنشور قبل موعده بـ %Ln يومًا على الأكثر.</numerusform>
            <numerusform>تقبل أداة الجدولة في {network} المنشور قبل موعده بـ %Ln يوم على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>attachment {position}</source>
        <translation>المرفق {position}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an attached file</source>
        <translation>أحد الملفات المرفقة</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="+41"/>
        <source>Something happened with this post.</source>
        <translation>حدث شيء ما لهذا المنشور.</translation>
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
        <translation>{sentence} قالت الشبكة: «{message}»</translation>
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
        <translation>عرض المنشور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network}: published —</source>
        <translation>{network}: نُشر —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}: published.</source>
        <translation>{network}: نُشر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{network}: draft, not scheduled.</source>
        <translation>{network}: مسودة، غير مجدولة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: scheduled.</source>
        <translation>{network}: مجدول.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: about to publish.</source>
        <translation>{network}: على وشك النشر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: publishing now…</source>
        <translation>{network}: جارٍ النشر الآن…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: failed, will try again {when}. {reason}</source>
        <translation>{network}: فشل، ستُعاد المحاولة {when}. {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network}: failed. {reason}</source>
        <translation>{network}: فشل. {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: paused. {reason}</source>
        <translation>{network}: متوقف مؤقتًا. {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: cancelled.</source>
        <translation>{network}: أُلغي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{network}: Postdesk does not know whether it went out. {reason}</source>
        <translation>{network}: لا يعرف Postdesk ما إذا كان قد نُشر. {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>soon</source>
        <translation>قريبًا</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The network said: “{message}”</source>
        <translation>قالت الشبكة: «{message}»</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/refusal_words_networks.py" line="+15"/>
        <source>Not posted: {network} could not download the file from the media relay. Check the relay in Settings › Media relay and schedule the post again.</source>
        <translation>لم يُنشر: تعذّر على {network} تنزيل الملف من مرحّل الوسائط. تحقّق من المرحّل في الإعدادات › مرحّل الوسائط ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} let the prepared post expire before it was published. Schedule the post again.</source>
        <translation>لم يُنشر: ترك {network} المنشور المُعدّ تنتهي صلاحيته قبل نشره. أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} could not process the video; its format, length or encoding is not one {network} takes. Convert it and schedule the post again.</source>
        <translation>لم يُنشر: تعذّر على {network} معالجة الفيديو؛ فصيغته أو مدته أو ترميزه لا يقبله {network}. حوّله ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} could not use the video&apos;s sound; it takes mono or stereo sound. Convert the video and schedule the post again.</source>
        <translation>لم يُنشر: تعذّر على {network} استخدام صوت الفيديو؛ فهو يقبل الصوت الأحادي أو المجسّم. حوّل الفيديو ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the video&apos;s shape (aspect ratio) is not one {network} takes. Crop it and schedule the post again.</source>
        <translation>لم يُنشر: لا يقبل {network} نسبة أبعاد الفيديو. قصّه ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the video&apos;s bit rate is too high for {network}. Convert it and schedule the post again.</source>
        <translation>لم يُنشر: معدل بتات الفيديو أعلى مما يقبله {network}. حوّله ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: the video is too long or too short for {network}. Trim it and schedule the post again.</source>
        <translation>لم يُنشر: الفيديو أطول أو أقصر مما يقبله {network}. عدّل طوله ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} takes videos of 23 to 60 frames a second, and this one is not. Convert it and schedule the post again.</source>
        <translation>لم يُنشر: يقبل {network} مقاطع الفيديو بمعدل 23 إلى 60 إطارًا في الثانية، وهذا الفيديو ليس كذلك. حوّله ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} does not take this image format. Save it as JPEG and schedule the post again.</source>
        <translation>لم يُنشر: لا يقبل {network} صيغة الصورة هذه. احفظها بصيغة JPEG ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: the file is larger than {network} takes. Use a smaller file and schedule the post again.</source>
        <translation>لم يُنشر: الملف أكبر مما يقبله {network}. استخدم ملفًا أصغر ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} could not take the media.</source>
        <translation>لم يُنشر: تعذّر على {network} قبول الوسائط.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: a photo&apos;s shape is not one {network} takes (from 4:5 to 1.91:1). Crop it and schedule the post again.</source>
        <translation>لم يُنشر: لا يقبل {network} نسبة أبعاد إحدى الصور (من 4:5 إلى 1.91:1). قصّها ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the caption is longer than the {max} characters {network} takes. Shorten it and schedule the post again.</source>
        <translation>لم يُنشر: التعليق أطول من {max} حرفًا التي يقبلها {network}. اختصره ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} does not take this kind of post.</source>
        <translation>لم يُنشر: لا يقبل {network} هذا النوع من المنشورات.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} held the post back as suspected spam. Try again later, or post it from the app.</source>
        <translation>لم يُنشر: احتجز {network} المنشور للاشتباه في أنه رسالة مزعجة. حاول لاحقًا أو انشره من التطبيق.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: the chosen cover frame is not inside the video. Choose another one and schedule the post again.</source>
        <translation>لم يُنشر: الإطار المختار غلافًا ليس ضمن الفيديو. اختر إطارًا آخر ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} could not find the prepared post. Schedule the post again.</source>
        <translation>لم يُنشر: لم يعثر {network} على المنشور المُعدّ. أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not posted: {network} does not take photos whose width and height add up to more than {max} pixels, or whose long side is more than 20 times the short side. Resize the photo and schedule the post again.</source>
        <translation>لم يُنشر: لا يقبل {network} الصور التي يتجاوز مجموع عرضها وارتفاعها {max} بكسل، أو التي يزيد ضلعها الطويل على 20 ضعف ضلعها القصير. غيّر حجم الصورة ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} no longer accepts the version of its API this Postdesk uses. Update Postdesk to publish to {network} again.</source>
        <translation>لم يُنشر: لم يعد {network} يقبل إصدار واجهة API الذي يستخدمه Postdesk هذا. حدّث Postdesk لتتمكن من النشر على {network} مجددًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: the video is larger than {network}&apos;s video service takes. Use a shorter or smaller video and schedule the post again.</source>
        <translation>لم يُنشر: الفيديو أكبر مما تقبله خدمة الفيديو في {network}. استخدم فيديو أقصر أو أصغر ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network}&apos;s video service refused the video.</source>
        <translation>لم يُنشر: رفضت خدمة الفيديو في {network} الفيديو.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} takes videos only from accounts with a confirmed email address. Confirm yours in {network}&apos;s settings, then schedule the post again.</source>
        <translation>لم يُنشر: لا يقبل {network} مقاطع الفيديو إلا من الحسابات ذات عنوان بريد إلكتروني مؤكَّد. أكّد عنوانك في إعدادات {network} ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/refusal_words_video.py" line="+19"/>
        <source>Not posted: {network} could not convert the video.</source>
        <translation>لم يُنشر: تعذّر على {network} تحويل الفيديو.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} could not read the video file.</source>
        <translation>لم يُنشر: تعذّر على {network} قراءة ملف الفيديو.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} received an empty video file.</source>
        <translation>لم يُنشر: تلقّى {network} ملف فيديو فارغًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} says the video file is too small.</source>
        <translation>لم يُنشر: يقول {network} إن ملف الفيديو صغير جدًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} cannot decode the video&apos;s format.</source>
        <translation>لم يُنشر: لا يستطيع {network} فكّ ترميز تنسيق الفيديو.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the upload was cut off before {network} had all of it. Schedule the post again.</source>
        <translation>لم يُنشر: انقطع الرفع قبل أن يتسلّمه {network} كاملًا. أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} could not process the video.</source>
        <translation>لم يُنشر: تعذّر على {network} معالجة الفيديو.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video for copyright.</source>
        <translation>لم يُنشر: رفض {network} الفيديو بسبب حقوق النشر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video as inappropriate.</source>
        <translation>لم يُنشر: رفض {network} الفيديو لأنه غير لائق.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video as a duplicate of one already on the channel.</source>
        <translation>لم يُنشر: رفض {network} الفيديو لأنه نسخة مكرّرة من فيديو موجود في القناة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} rejected the video under its terms of use.</source>
        <translation>لم يُنشر: رفض {network} الفيديو بموجب شروط الاستخدام.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video because the channel is suspended.</source>
        <translation>لم يُنشر: رفض {network} الفيديو لأن القناة موقوفة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video because it is too long for this channel.</source>
        <translation>لم يُنشر: رفض {network} الفيديو لأنه أطول مما تسمح به هذه القناة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video because of a claim on it.</source>
        <translation>لم يُنشر: رفض {network} الفيديو بسبب مطالبة عليه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video because the channel is closed.</source>
        <translation>لم يُنشر: رفض {network} الفيديو لأن القناة مغلقة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video for trademark reasons.</source>
        <translation>لم يُنشر: رفض {network} الفيديو لأسباب تتعلق بالعلامات التجارية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video for legal reasons.</source>
        <translation>لم يُنشر: رفض {network} الفيديو لأسباب قانونية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} rejected the video.</source>
        <translation>لم يُنشر: رفض {network} الفيديو.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not posted: {network} could not read the file&apos;s format. It takes MP4, MOV or WebM videos and JPEG or WebP photos.</source>
        <translation>لم يُنشر: تعذّر على {network} قراءة تنسيق الملف. يقبل مقاطع الفيديو بتنسيق MP4 أو MOV أو WebM والصور بتنسيق JPEG أو WebP.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} refused the video&apos;s length for this account.</source>
        <translation>لم يُنشر: رفض {network} طول الفيديو لهذا الحساب.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} refused the video&apos;s frame rate. It takes 23 to 60 frames a second.</source>
        <translation>لم يُنشر: رفض {network} معدّل إطارات الفيديو. يقبل من 23 إلى 60 إطارًا في الثانية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} refused a photo&apos;s size. Photos up to 1080p work.</source>
        <translation>لم يُنشر: رفض {network} حجم إحدى الصور. تعمل الصور حتى دقة 1080p.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} had an internal problem with this post. Schedule the post again.</source>
        <translation>لم يُنشر: واجه {network} مشكلة داخلية مع هذا المنشور. أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} could not download the video.</source>
        <translation>لم يُنشر: تعذّر على {network} تنزيل الفيديو.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} could not download a photo from the media relay.</source>
        <translation>لم يُنشر: تعذّر على {network} تنزيل صورة من مرحّل الوسائط.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the post was cancelled in {network}.</source>
        <translation>لم يُنشر: أُلغي المنشور في {network}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: Postdesk&apos;s access to this {network} account was removed. Reconnect the account in Accounts.</source>
        <translation>لم يُنشر: أُزيل وصول Postdesk إلى حساب {network} هذا. أعد ربط الحساب من «الحسابات».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: this account has reached {network}&apos;s daily limit of posts from apps. Try again tomorrow.</source>
        <translation>لم يُنشر: بلغ هذا الحساب الحد اليومي في {network} للمنشورات من التطبيقات. حاول مجددًا غدًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not posted: {network} does not let this account post right now.</source>
        <translation>لم يُنشر: لا يسمح {network} لهذا الحساب بالنشر حاليًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} flagged the caption as spam.</source>
        <translation>لم يُنشر: صنّف {network} التعليق المرافق كرسالة مزعجة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} flagged the post as spam.</source>
        <translation>لم يُنشر: صنّف {network} المنشور كرسالة مزعجة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: your {network} app is not approved for this permission. Check the products of your app on {network}&apos;s developer site.</source>
        <translation>لم يُنشر: تطبيقك على {network} غير معتمد لهذا الإذن. تحقّق من منتجات تطبيقك على موقع المطوّرين في {network}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: your {network} app has not passed {network}&apos;s audit yet, so it can post only privately, from a private account.</source>
        <translation>لم يُنشر: لم يجتز تطبيقك على {network} تدقيق {network} بعد، لذا لا يمكنه النشر إلا بشكل خاص ومن حساب خاص.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} could not publish the post.</source>
        <translation>لم يُنشر: تعذّر على {network} نشر المنشور.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not posted: that subreddit does not exist. Check its name and schedule the post again.</source>
        <translation>لم يُنشر: هذا المجتمع الفرعي غير موجود. تحقّق من اسمه ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the subreddit does not exist or cannot be seen from your account. Check its name and schedule the post again.</source>
        <translation>لم يُنشر: المجتمع الفرعي غير موجود أو لا يمكن رؤيته من حسابك. تحقّق من اسمه ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: you are not allowed to post in this subreddit.</source>
        <translation>لم يُنشر: غير مسموح لك بالنشر في هذا المجتمع الفرعي.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: choose the subreddit to post to and schedule the post again.</source>
        <translation>لم يُنشر: اختر المجتمع الفرعي الذي تريد النشر فيه ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this subreddit does not take text posts.</source>
        <translation>لم يُنشر: لا يقبل هذا المجتمع الفرعي المنشورات النصية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this subreddit takes text posts only.</source>
        <translation>لم يُنشر: لا يقبل هذا المجتمع الفرعي إلا المنشورات النصية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this subreddit does not take images.</source>
        <translation>لم يُنشر: لا يقبل هذا المجتمع الفرعي الصور.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this subreddit does not take videos.</source>
        <translation>لم يُنشر: لا يقبل هذا المجتمع الفرعي مقاطع الفيديو.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this link has already been posted to this subreddit.</source>
        <translation>لم يُنشر: سبق نشر هذا الرابط في هذا المجتمع الفرعي.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} needs a title or text here.</source>
        <translation>لم يُنشر: يحتاج {network} هنا إلى عنوان أو نص.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} could not use the link or the uploaded media.</source>
        <translation>لم يُنشر: تعذّر على {network} استخدام الرابط أو الوسائط المرفوعة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} needs a link for this post.</source>
        <translation>لم يُنشر: يحتاج {network} إلى رابط لهذا المنشور.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this subreddit requires a flair. Choose one and schedule the post again.</source>
        <translation>لم يُنشر: يتطلب هذا المجتمع الفرعي شارة. اختر واحدة ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the chosen flair no longer exists in this subreddit. Choose another and schedule the post again.</source>
        <translation>لم يُنشر: الشارة المختارة لم تعد موجودة في هذا المجتمع الفرعي. اختر غيرها ثم أعد جدولة المنشور.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not posted: {network} asks you to sign in again. Reconnect the account in Accounts.</source>
        <translation>لم يُنشر: يطلب منك {network} تسجيل الدخول مجددًا. أعد ربط الحساب من «الحسابات».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The comment you are answering has been deleted.</source>
        <translation>حُذف التعليق الذي تردّ عليه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The post you are answering has been deleted.</source>
        <translation>حُذف المنشور الذي تردّ عليه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments are locked on this post.</source>
        <translation>التعليقات على هذا المنشور مقفلة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This post is archived and takes no more comments.</source>
        <translation>هذا المنشور مؤرشف ولم يعد يقبل التعليقات.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: part of the post is too long for {network}.</source>
        <translation>لم يُنشر: جزء من المنشور أطول مما يقبله {network}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the post does not follow one of the subreddit&apos;s rules.</source>
        <translation>لم يُنشر: لا يلتزم المنشور بإحدى قواعد المجتمع الفرعي.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} refused the post.</source>
        <translation>لم يُنشر: رفض {network} المنشور.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not posted: {network} refused the title (empty, too long, or with &lt; or &gt;).</source>
        <translation>لم يُنشر: رفض {network} العنوان (فارغ أو طويل جدًا أو يحتوي على &lt; أو &gt;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} refused the description (over 5000 bytes, or with &lt; or &gt;).</source>
        <translation>لم يُنشر: رفض {network} الوصف (أكثر من 5000 بايت أو يحتوي على &lt; أو &gt;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} refused the tags (together over 500 characters, or with &lt; or &gt;).</source>
        <translation>لم يُنشر: رفض {network} الوسوم (أكثر من 500 حرف مجتمعة أو تحتوي على &lt; أو &gt;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} does not have that category.</source>
        <translation>لم يُنشر: لا توجد هذه الفئة في {network}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} refused the scheduled time.</source>
        <translation>لم يُنشر: رفض {network} الموعد المجدول.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} does not allow that privacy setting for this video.</source>
        <translation>لم يُنشر: لا يسمح {network} بإعداد الخصوصية هذا لهذا الفيديو.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} does not allow that license for this video.</source>
        <translation>لم يُنشر: لا يسمح {network} بهذا الترخيص لهذا الفيديو.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} needs the video&apos;s language set first.</source>
        <translation>لم يُنشر: يحتاج {network} إلى تحديد لغة الفيديو أولًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} got no video file.</source>
        <translation>لم يُنشر: لم يتلقَّ {network} أي ملف فيديو.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} could not read the thumbnail image.</source>
        <translation>لم يُنشر: تعذّر على {network} قراءة الصورة المصغّرة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: the thumbnail is over {network}&apos;s 2 MB.</source>
        <translation>لم يُنشر: الصورة المصغّرة أكبر من حد {network} البالغ 2 ميغابايت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: {network} cannot find that playlist.</source>
        <translation>لم يُنشر: لا يجد {network} قائمة التشغيل هذه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video is no longer on {network}.</source>
        <translation>لم يعد الفيديو موجودًا على {network}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments are turned off for this video.</source>
        <translation>التعليقات معطّلة لهذا الفيديو.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not posted: this Google account has no {network} channel yet.</source>
        <translation>لم يُنشر: لا يملك حساب Google هذا قناة على {network} بعد.</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/refusal_words_waits.py" line="+16"/>
        <location line="+6"/>
        <source>Waiting: this account has reached the limit of posts per 24 hours on {network} ({max}). Postdesk will try again in an hour.</source>
        <translation>بالانتظار: بلغ هذا الحساب حد المنشورات خلال 24 ساعة على {network} ({max}). سيحاول Postdesk مجددًا بعد ساعة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: this account has reached the limit of replies per 24 hours on {network} ({max}). Postdesk will try again in an hour.</source>
        <translation>بالانتظار: بلغ هذا الحساب حد الردود خلال 24 ساعة على {network} ({max}). سيحاول Postdesk مجددًا بعد ساعة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: your {network} API project does not have enough quota left today for this video. Postdesk will upload it after midnight Pacific time.</source>
        <translation>بالانتظار: لم يتبقَّ لمشروع واجهة برمجة {network} الخاص بك حصة كافية اليوم لهذا الفيديو. سيرفعه Postdesk بعد منتصف الليل بتوقيت المحيط الهادئ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: this channel has uploaded as many videos as {network} allows for now. Postdesk will try again in 24 hours.</source>
        <translation>بالانتظار: رفعت هذه القناة أقصى عدد من الفيديوهات يسمح به {network} حاليًا. سيحاول Postdesk مجددًا بعد 24 ساعة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: this account has reached {network}&apos;s daily limit of posts from apps. Postdesk will try again in an hour.</source>
        <translation>بالانتظار: بلغ هذا الحساب الحد اليومي في {network} للمنشورات من التطبيقات. سيحاول Postdesk مجددًا بعد ساعة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: your {network} app has reached its daily number of accounts that may post. Postdesk will try again in an hour.</source>
        <translation>بالانتظار: بلغ تطبيق {network} الخاص بك العدد اليومي للحسابات التي يمكنها النشر. سيحاول Postdesk مجددًا بعد ساعة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not posted: {network}&apos;s media storage did not take {name}. Try again later or use another file.</source>
        <translation>لم يُنشر: لم يقبل مخزن الوسائط في {network} الملف {name}. حاول مجددًا لاحقًا أو استخدم ملفًا آخر.</translation>
    </message>
</context>
<context>
    <name>ComposerPane</name>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="+95"/>
        <source>Composer</source>
        <translation>المحرر</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening your last draft…</source>
        <translation>جارٍ فتح آخر مسودة…</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pane_layout.py" line="+39"/>
        <source>&amp;New post</source>
        <translation>من&amp;شور جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new post</source>
        <translation>بدء منشور جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new post (Ctrl+N)</source>
        <translation>بدء منشور جديد (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post to:</source>
        <translation>النشر على:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save status</source>
        <translation>حالة الحفظ</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Text, media and schedule</source>
        <translation>النص والوسائط والجدولة</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>New post</source>
        <translation>منشور جديد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule</source>
        <translation>جدولة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Split into thread</source>
        <translation>تقسيم إلى سلسلة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attach images</source>
        <translation>إرفاق صور</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="+165"/>
        <source>The post was removed from Postdesk.</source>
        <translation>أُزيل المنشور من Postdesk.</translation>
    </message>
    <message>
        <location filename="../src/postdesk/app.py" line="-43"/>
        <location line="+44"/>
        <source>Compose</source>
        <translation>إنشاء</translation>
    </message>
</context>
<context>
    <name>ComposerProblems</name>
    <message>
        <location filename="../src/postdesk/ui/composer/problem_templates.py" line="+14"/>
        <source>Too long by {over}: {length} of {limit} characters.</source>
        <translation>أطول من الحد بمقدار {over}: {length} من {limit} حرفًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too long for {network}&apos;s storage limit: {length} of {limit} bytes (emoji and accented letters take more than one).</source>
        <translation>أطول من حد التخزين في {network}: {length} من {limit} بايت (الرموز التعبيرية والحروف المشكّلة تشغل أكثر من بايت).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write something: {network} does not accept an empty post.</source>
        <translation>اكتب شيئًا: لا يقبل {network} منشورًا فارغًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a title: {network} needs one.</source>
        <translation>أضف عنوانًا: يحتاج {network} إلى عنوان.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too long: {length} of {limit} characters.</source>
        <translation>العنوان طويل جدًا: {length} من {limit} حرفًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With media attached, the text is a caption: {length} of {limit} characters.</source>
        <translation>مع إرفاق الوسائط، يصبح النص شرحًا: {length} من {limit} حرفًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} does not allow the character “{char}” here.</source>
        <translation>لا يسمح {network} بالحرف «{char}» هنا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many hashtags: {count}, {network} allows {max}.</source>
        <translation>عدد كبير جدًا من الهاشتاغات: {count}، ويسمح {network} بـ {max}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many mentions: {count}, {network} allows {max}.</source>
        <translation>عدد كبير جدًا من الإشارات: {count}، ويسمح {network} بـ {max}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many images: {count}, {network} allows {max}.</source>
        <translation>عدد كبير جدًا من الصور: {count}، ويسمح {network} بـ {max}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many videos: {count}, {network} allows {max}.</source>
        <translation>عدد كبير جدًا من مقاطع الفيديو: {count}، ويسمح {network} بـ {max}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} cannot mix images and video in one post.</source>
        <translation>لا يمكن الجمع بين الصور والفيديو في منشور واحد على {network}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach an image or a video: {network} posts need one.</source>
        <translation>أرفق صورة أو فيديو: تحتاج منشورات {network} إلى أحدهما.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image {position} has no description (alt text) for people who cannot see it.</source>
        <translation>الصورة {position} بلا وصف (نص بديل) للأشخاص الذين لا يستطيعون رؤيتها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The description of image {position} is too long: {length} of {limit} characters.</source>
        <translation>وصف الصورة {position} طويل جدًا: {length} من {limit} حرفًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} has no threads: only the first part would be posted. Join the parts or write a separate text for {network}.</source>
        <translation>لا يدعم {network} السلاسل: لن يُنشر إلا الجزء الأول. ادمج الأجزاء أو اكتب نصًا منفصلًا لـ {network}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An attached file is missing from the media library; attach it again.</source>
        <translation>أحد الملفات المرفقة مفقود من مكتبة الوسائط؛ أرفقه مجددًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the subreddit to post to.</source>
        <translation>اختر المجتمع الفرعي الذي تريد النشر فيه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the Pinterest board to save this Pin to.</source>
        <translation>اختر لوحة Pinterest التي تريد حفظ هذا الدبوس فيها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The content warning is too long.</source>
        <translation>تحذير المحتوى طويل جدًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the {network} account to post from (connect one in Accounts if the list is empty).</source>
        <translation>اختر حساب {network} الذي تريد النشر منه (اربط حسابًا من «الحسابات» إن كانت القائمة فارغة).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {network} account chosen for this post is no longer connected: choose another one or connect it again in Accounts.</source>
        <translation>حساب {network} المختار لهذا المنشور لم يعد مرتبطًا: اختر حسابًا آخر أو أعد ربطه من «الحسابات».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The {network} account chosen for this post was disconnected: connect it again in Accounts, or choose another one.</source>
        <translation>أُلغي ربط حساب {network} المختار لهذا المنشور: أعد ربطه من «الحسابات»، أو اختر حسابًا آخر.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in to {handle} again before this can be posted.</source>
        <translation>سجّل الدخول إلى {handle} مجددًا قبل أن يمكن نشر هذا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk cannot publish to {network} yet: remove {network} from this post to schedule it.</source>
        <translation>لا يستطيع Postdesk النشر على {network} بعد: أزل {network} من هذا المنشور لجدولته.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network} fetches photos and videos from a public web address, which needs a media relay. Postdesk does not support one yet, so posts to {network} can only be text for now: remove the media for {network}.</source>
        <translation>يجلب {network} الصور ومقاطع الفيديو من عنوان ويب عام، وهذا يتطلب مرحّل وسائط. لا يدعم Postdesk ذلك بعد، لذا لا يمكن أن تكون المنشورات على {network} إلا نصية حاليًا: أزل الوسائط الخاصة بـ {network}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{network} fetches photos and videos from a public web address, which needs a media relay: set one up in Settings › Media relay, or remove the media for {network}.</source>
        <translation>يجلب {network} الصور ومقاطع الفيديو من عنوان ويب عام، وهذا يتطلب مرحّل وسائط: اضبطه من الإعدادات › مرحّل الوسائط، أو أزل الوسائط الخاصة بـ {network}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{network} does not allow a poll and photos or videos in the same post.</source>
        <translation>لا يسمح {network} بالجمع بين استطلاع وصور أو مقاطع فيديو في المنشور نفسه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk cannot post videos to {network} yet: remove the video (attachment {position}) for {network}.</source>
        <translation>لا يستطيع Postdesk نشر مقاطع الفيديو على {network} بعد: أزل الفيديو (المرفق {position}) الخاص بـ {network}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk cannot post animated GIFs to {network}: remove GIF {position} for {network}, or use a video.</source>
        <translation>لا يستطيع Postdesk نشر صور GIF المتحركة على {network}: أزل GIF رقم {position} الخاص بـ {network}، أو استخدم فيديو.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GIF {position} is {size_mb} MB; {network} takes GIFs of at most {max_mb} MB.</source>
        <translation>حجم GIF رقم {position} هو {size_mb} ميغابايت؛ ويقبل {network} صور GIF بحجم {max_mb} ميغابايت كحد أقصى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On {network}, an animated GIF must be alone: no other photos, GIFs or videos in the same post.</source>
        <translation>على {network}، يجب أن تكون صورة GIF المتحركة وحدها: بلا صور أو GIF أو مقاطع فيديو أخرى في المنشور نفسه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network} does not take {format} videos (only {formats}): change attachment {position}.</source>
        <translation>لا يقبل {network} مقاطع الفيديو بصيغة {format} (فقط {formats}): غيّر المرفق {position}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attachment {position} is a {size_mb} MB video; {network} takes at most {max_mb} MB.</source>
        <translation>المرفق {position} فيديو بحجم {size_mb} ميغابايت؛ ويقبل {network} حتى {max_mb} ميغابايت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video (attachment {position}) lasts {duration}; {network} takes at most {max_duration}.</source>
        <translation>مدة الفيديو (المرفق {position}) هي {duration}؛ ويقبل {network} حتى {max_duration}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The video (attachment {position}) lasts {seconds} s; {network} needs at least {min_seconds} s.</source>
        <translation>مدة الفيديو (المرفق {position}) هي {seconds} ث؛ ويحتاج {network} إلى {min_seconds} ث على الأقل.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The video (attachment {position}) is {width}×{height} pixels; {network} takes at most {max_width}×{max_height}.</source>
        <translation>أبعاد الفيديو (المرفق {position}) هي {width}×{height} بكسل؛ ويقبل {network} حتى {max_width}×{max_height}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The video (attachment {position}) is {width}×{height} pixels; {network} needs at least {min_side} pixels on each side.</source>
        <translation>أبعاد الفيديو (المرفق {position}) هي {width}×{height} بكسل؛ ويحتاج {network} إلى {min_side} بكسل على الأقل لكل ضلع.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many attachments: {count}, {network} takes at most {max} photos and videos in one post.</source>
        <translation>عدد كبير جدًا من المرفقات: {count}، ويقبل {network} حتى {max} من الصور ومقاطع الفيديو في المنشور الواحد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tags come to {length} of YouTube&apos;s {limit} characters (YouTube counts the commas between tags, and quotes around a tag with a space).</source>
        <translation>تبلغ الوسوم {length} من {limit} حرفًا المسموح بها في YouTube (يحسب YouTube الفواصل بين الوسوم، وعلامات الاقتباس حول الوسم الذي يحتوي على مسافة).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>YouTube does not allow &lt; or &gt; in tags.</source>
        <translation>لا يسمح YouTube بالرمزين &lt; أو &gt; في الوسوم.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YouTube does not know the {field} “{value}”: choose another.</source>
        <translation>لا يعرف YouTube قيمة {field} «{value}»: اختر قيمة أخرى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YouTube&apos;s own scheduler can only make a video public at its time: choose Public, or let Postdesk publish it.</source>
        <translation>لا يمكن لأداة الجدولة في YouTube إلا جعل الفيديو عامًا في موعده: اختر «عام»، أو دع Postdesk ينشره.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A Short lasts at most {max_duration}; this video lasts {duration}.</source>
        <translation>أقصى مدة لفيديو Short هي {max_duration}؛ ومدة هذا الفيديو {duration}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Short must be vertical or square; this video is {width}×{height}.</source>
        <translation>يجب أن يكون فيديو Short عموديًا أو مربعًا؛ وأبعاد هذا الفيديو {width}×{height}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This video is vertical or square and at most 3 minutes: YouTube will show it as a Short.</source>
        <translation>هذا الفيديو عمودي أو مربع ومدته ٣ دقائق أو أقل: سيعرضه YouTube بوصفه Short.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YouTube&apos;s daily API quota cannot cover {uploads} uploads on {day} (Pacific time): move this post to another day.</source>
        <translation>لا تكفي حصة API اليومية في YouTube لرفع {uploads} مقاطع يوم {day} (بتوقيت المحيط الهادئ): انقل هذا المنشور إلى يوم آخر.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This uses nearly all of YouTube&apos;s daily API quota for {day} (Pacific time): about {units_left} units would be left.</source>
        <translation>يستهلك هذا معظم حصة API اليومية في YouTube ليوم {day} (بتوقيت المحيط الهادئ): سيتبقى نحو {units_left} وحدة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose who can see this TikTok post: TikTok asks every time and Postdesk does not choose for you.</source>
        <translation>اختر من يمكنه رؤية منشور TikTok هذا: يسأل TikTok في كل مرة ولا يختار Postdesk نيابةً عنك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This TikTok account does not offer the privacy level chosen: choose one of its own.</source>
        <translation>لا يتيح حساب TikTok هذا مستوى الخصوصية المختار: اختر أحد المستويات المتاحة له.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk has not read this TikTok account&apos;s settings yet (who may see its posts, longest video): wait for them or press Refresh in the TikTok options.</source>
        <translation>لم يقرأ Postdesk إعدادات حساب TikTok هذا بعد (من يمكنه رؤية منشوراته، وأطول مدة للفيديو): انتظرها أو اضغط «تحديث» في خيارات TikTok.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The video lasts {seconds} s; TikTok lets this account post at most {max_seconds} s.</source>
        <translation>مدة الفيديو {seconds} ث؛ ويسمح TikTok لهذا الحساب بنشر {max_seconds} ث كحد أقصى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You turned on commercial content disclosure: choose Your brand, Branded content, or both.</source>
        <translation>فعّلت الإفصاح عن المحتوى التجاري: اختر «علامتك التجارية» أو «محتوى مموّل» أو كليهما.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Branded content cannot be private on TikTok: choose who else can see it.</source>
        <translation>لا يمكن أن يكون المحتوى المموّل خاصًا على TikTok: اختر من يمكنه رؤيته أيضًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TikTok fetches photos from a web address verified in your TikTok app: set up a media relay (Settings › Media relay), verify its address with TikTok, and tick “verified” in the TikTok options.</source>
        <translation>يجلب TikTok الصور من عنوان ويب موثّق في تطبيق TikTok الخاص بك: اضبط مرحّل وسائط (الإعدادات › مرحّل الوسائط)، ووثّق عنوانه لدى TikTok، وحدد «موثّق» في خيارات TikTok.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A TikTok photo post&apos;s title takes at most {limit} characters.</source>
        <translation>يقبل عنوان منشور الصور على TikTok {limit} حرفًا كحد أقصى.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>r/{subreddit} does not take this kind of post: post text, a link or media as the subreddit allows, or choose another subreddit.</source>
        <translation>لا يقبل r/{subreddit} هذا النوع من المنشورات: انشر نصًا أو رابطًا أو وسائط بحسب ما يسمح به المجتمع الفرعي، أو اختر مجتمعًا فرعيًا آخر.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This subreddit wants a title of at least {min} characters.</source>
        <translation>يتطلب هذا المجتمع الفرعي عنوانًا من {min} حرفًا على الأقل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit takes titles of at most {max} characters.</source>
        <translation>يقبل هذا المجتمع الفرعي عناوين من {max} حرفًا كحد أقصى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit wants one of these words in the title: {words}.</source>
        <translation>يتطلب هذا المجتمع الفرعي إحدى هذه الكلمات في العنوان: {words}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit does not allow “{word}” in a title.</source>
        <translation>لا يسمح هذا المجتمع الفرعي بكلمة «{word}» في العنوان.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit wants text in the post.</source>
        <translation>يتطلب هذا المجتمع الفرعي نصًا في المنشور.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit takes posts with a title only: remove the text for Reddit.</source>
        <translation>يقبل هذا المجتمع الفرعي منشورات بعنوان فقط: أزل النص الخاص بـ Reddit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit wants at least {min} characters of text.</source>
        <translation>يتطلب هذا المجتمع الفرعي نصًا من {min} حرفًا على الأقل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit takes at most {max} characters of text.</source>
        <translation>يقبل هذا المجتمع الفرعي نصًا من {max} حرفًا كحد أقصى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>r/{subreddit} requires a flair: choose one.</source>
        <translation>يتطلب r/{subreddit} شارة: اختر واحدة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen flair no longer exists in this subreddit: choose another.</source>
        <translation>الشارة المختارة لم تعد موجودة في هذا المجتمع الفرعي: اختر شارة أخرى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit does not take links to {domain}.</source>
        <translation>لا يقبل هذا المجتمع الفرعي روابط إلى {domain}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A gallery in this subreddit holds {min} to {max} images.</source>
        <translation>يضم المعرض في هذا المجتمع الفرعي من {min} إلى {max} صور.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subreddit does not use spoiler tags: untick Spoiler.</source>
        <translation>لا يستخدم هذا المجتمع الفرعي وسوم حرق الأحداث: ألغِ تحديد «حرق أحداث».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reddit image, video, gallery and link posts carry no text: only the title goes with them. Post the text as a comment, or remove the media or link.</source>
        <translation>منشورات الصور والفيديو والمعارض والروابط على Reddit لا تحمل نصًا: يرافقها العنوان فقط. انشر النص تعليقًا، أو أزل الوسائط أو الرابط.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose what this Instagram post is: a post, a Reel or a Story.</source>
        <translation>اختر نوع منشور Instagram هذا: منشور، أو ريل، أو قصة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Instagram Reel is exactly one video: keep one video, or post it as a post instead.</source>
        <translation>ريل Instagram فيديو واحد تمامًا: أبقِ فيديو واحدًا، أو انشره منشورًا عاديًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Instagram Story is exactly one photo or one video.</source>
        <translation>قصة Instagram صورة واحدة أو فيديو واحد تمامًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo {position} is {width}×{height}: Instagram feed photos must be between 4:5 (portrait) and 1.91:1 (landscape). Crop it, or tick “Crop photos to fit” in the Instagram options.</source>
        <translation>أبعاد الصورة {position} هي {width}×{height}: يجب أن تكون صور موجز Instagram بين 4:5 (عمودية) و1.91:1 (أفقية). قصّها، أو حدد «قص الصور لتناسب» في خيارات Instagram.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The video&apos;s shape ({width}×{height}) is not one Instagram takes for a Reel.</source>
        <translation>شكل الفيديو ({width}×{height}) غير مقبول في Instagram للريل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reels and Stories fill the phone&apos;s screen at 9:16 (like 1080×1920); this one is {width}×{height} and will show with bars or be cropped.</source>
        <translation>تملأ الريلز والقصص شاشة الهاتف بنسبة 9:16 (مثل 1080×1920)؛ وأبعاد هذا {width}×{height} وسيظهر بأشرطة أو يُقص.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A Story video lasts 3 to 60 seconds; this one lasts {seconds} s.</source>
        <translation>مدة فيديو القصة من ٣ إلى ٦٠ ثانية؛ ومدة هذا {seconds} ث.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stories show no caption: the text will not go to Instagram.</source>
        <translation>لا تعرض القصص شرحًا: لن يُرسل النص إلى Instagram.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Reel&apos;s cover frame must be inside the video: choose a time before its end.</source>
        <translation>يجب أن يكون إطار غلاف الريل داخل الفيديو: اختر وقتًا قبل نهايته.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stories cannot have collaborators: remove them, or post it as a post or Reel.</source>
        <translation>لا يمكن أن يكون للقصص متعاونون: أزلهم، أو انشره منشورًا أو ريل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instagram takes at most {max} collaborators; you named {count}.</source>
        <translation>يقبل Instagram {max} متعاونين كحد أقصى؛ وقد ذكرت {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Instagram location is the number (ID) of a Facebook Page that has a location.</source>
        <translation>موقع Instagram هو رقم (ID) صفحة Facebook لها موقع.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose which business (location) this Google post is for.</source>
        <translation>اختر النشاط التجاري (الموقع) الذي يخصه منشور Google هذا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the kind of Google post: What&apos;s new, Event or Offer.</source>
        <translation>اختر نوع منشور Google: ما الجديد، أو حدث، أو عرض.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google does not offer the button “{value}”: choose another button.</source>
        <translation>لا يتيح Google الزر «{value}»: اختر زرًا آخر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The button needs a web address to open (only “Call now” has none).</source>
        <translation>يحتاج الزر إلى عنوان ويب ليفتحه (باستثناء «اتصل الآن»).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The web address must start with https:// (or http://).</source>
        <translation>يجب أن يبدأ عنوان الويب بـ https:// (أو http://).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An event or offer on Google needs a title.</source>
        <translation>يحتاج الحدث أو العرض على Google إلى عنوان.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google takes event and offer titles of at most {limit} characters; this one has {length}.</source>
        <translation>يقبل Google عناوين الأحداث والعروض حتى {limit} حرفًا؛ وهذا العنوان يضم {length}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An event or offer on Google needs a start and an end date.</source>
        <translation>يحتاج الحدث أو العرض على Google إلى تاريخ بدء وتاريخ انتهاء.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the event or offer dates: each must be a date (and time), and the end cannot come before the start.</source>
        <translation>تحقق من تواريخ الحدث أو العرض: يجب أن يكون كل منها تاريخًا (ووقتًا)، ولا يمكن أن يسبق الانتهاءُ البدءَ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Facebook shows a link preview only on a post without photos or video: remove the link, or put the address in the text.</source>
        <translation>لا يعرض Facebook معاينة الرابط إلا في منشور بلا صور أو فيديو: أزل الرابط، أو ضع العنوان في النص.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The link must be a full web address starting with https:// (or http://).</source>
        <translation>يجب أن يكون الرابط عنوان ويب كاملًا يبدأ بـ https:// (أو http://).</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/problem_templates_tools.py" line="+11"/>
        <source>Describe image {position} (alt text) first: you asked for a description on every image (Settings, Publishing).</source>
        <translation>صِف الصورة {position} (نص بديل) أولًا: طلبت وصفًا لكل صورة (الإعدادات، النشر).</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/wording.py" line="+28"/>
        <source>{h} h {m} min</source>
        <translation>{h} س {m} د</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{h} h</source>
        <translation>{h} س</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{m} min {s} s</source>
        <translation>{m} د {s} ث</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{m} min</source>
        <translation>{m} د</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{s} s</source>
        <translation>{s} ث</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{network} will not accept this post as it is ({code}).</source>
        <translation>لن يقبل {network} هذا المنشور بحالته الحالية ({code}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Part {n}: {sentence}</source>
        <translation>الجزء {n}: {sentence}</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/problem_templates_extras.py" line="+14"/>
        <source>The first comment is too long for {network}: {length} of {limit} characters.</source>
        <translation>التعليق الأول طويل جدًا على {network}: {length} من {limit} حرفًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk can&apos;t post a first comment on {network}: remove it, or post it yourself.</source>
        <translation>لا يستطيع Postdesk نشر تعليق أول على {network}: أزله، أو انشره بنفسك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk can&apos;t add a poll to a {network} post: remove the poll.</source>
        <translation>لا يستطيع Postdesk إضافة استطلاع إلى منشور على {network}: أزل الاستطلاع.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A poll on {network} needs {min} to {max} choices; this one has {count}.</source>
        <translation>يحتاج الاستطلاع على {network} إلى {min} إلى {max} خيارات؛ وهذا يضم {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poll choice {position} is too long for {network}: {length} of {limit} characters.</source>
        <translation>خيار الاستطلاع {position} طويل جدًا على {network}: {length} من {limit} حرفًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two poll choices say the same thing: {network} wants each one different.</source>
        <translation>خياران في الاستطلاع متطابقان: يريد {network} أن يكون كل خيار مختلفًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A poll on {network} runs from {min_duration} to {max_duration}; this one runs {duration}.</source>
        <translation>مدة الاستطلاع على {network} من {min_duration} إلى {max_duration}؛ ومدة هذا {duration}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On {network}, people can pick only one poll choice.</source>
        <translation>على {network}، لا يمكن للأشخاص اختيار إلا خيار واحد في الاستطلاع.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk can&apos;t quote a post on {network}: remove the address, or put it in the text.</source>
        <translation>لا يستطيع Postdesk اقتباس منشور على {network}: أزل العنوان، أو ضعه في النص.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address to quote is not a {network} post: copy it from the post&apos;s Share menu.</source>
        <translation>العنوان المراد اقتباسه ليس منشورًا على {network}: انسخه من قائمة «مشاركة» في المنشور.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your {network} server can&apos;t quote posts yet (it needs Mastodon 4.5): remove the address, or put it in the text.</source>
        <translation>لا يستطيع خادم {network} الخاص بك اقتباس المنشورات بعد (يتطلب Mastodon 4.5): أزل العنوان، أو ضعه في النص.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{network} does not allow a quoted post and a poll together: keep one.</source>
        <translation>لا يسمح {network} بالجمع بين منشور مقتبس واستطلاع: أبقِ أحدهما.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} does not allow a quoted post with images or video: remove the media, or the quote.</source>
        <translation>لا يسمح {network} بمنشور مقتبس مع صور أو فيديو: أزل الوسائط أو الاقتباس.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose again who can reply: {network} does not know this choice.</source>
        <translation>اختر مجددًا من يمكنه الرد: لا يعرف {network} هذا الخيار.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the post&apos;s language again: {network} does not know “{language}”.</source>
        <translation>اختر لغة المنشور مجددًا: لا يعرف {network} اللغة «{language}».</translation>
    </message>
</context>
<context>
    <name>ComposerSent</name>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="+74"/>
        <source>Published on {networks}.</source>
        <translation>نُشر على {networks}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Being published on {networks} now.</source>
        <translation>جارٍ نشره على {networks} الآن.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk is checking whether it went out on {networks}.</source>
        <translation>يتحقق Postdesk مما إذا كان قد نُشر على {networks}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Will be tried again on {networks}, exactly as sent.</source>
        <translation>ستُعاد المحاولة على {networks}، كما أُرسل تمامًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed on {networks}; you can fix it and try again.</source>
        <translation>فشل على {networks}؛ يمكنك إصلاحه والمحاولة مجددًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused on {networks}.</source>
        <translation>متوقف مؤقتًا على {networks}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled on {networks}.</source>
        <translation>أُلغي على {networks}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handed to the own scheduler of {networks}.</source>
        <translation>سُلّم إلى أداة الجدولة الخاصة بـ {networks}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{network} as {account}</source>
        <translation>{network} باسم {account}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part {n} of {count}: </source>
        <translation>الجزء {n} من {count}: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attached {name}, described as “{alt}”</source>
        <translation>أُرفق {name}، بالوصف «{alt}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached {name}, without a description</source>
        <translation>أُرفق {name}، بلا وصف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edited on {network}: this is what it says there now.</source>
        <translation>عُدّل على {network}: هذا ما يقوله هناك الآن.</translation>
    </message>
</context>
<context>
    <name>ComposerTools</name>
    <message>
        <location filename="../src/postdesk/ui/composer/templates_part.py" line="+79"/>
        <source>Insert a snippet or hashtag group</source>
        <translation>إدراج مقتطف أو مجموعة هاشتاغات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Insert</source>
        <translation>إ&amp;دراج</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insert a snippet or hashtag group (Ctrl+Shift+I)</source>
        <translation>إدراج مقتطف أو مجموعة هاشتاغات (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More for this post</source>
        <translation>المزيد لهذا المنشور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate, templates, snippets</source>
        <translation>تكرار، قوالب، مقتطفات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>M&amp;ore</source>
        <translation>الم&amp;زيد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate this post</source>
        <translation>&amp;تكرار هذا المنشور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;template…</source>
        <translation>حفظ ك&amp;قالب…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New from t&amp;emplate…</source>
        <translation>جديد من &amp;قالب…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Snippets and hashtag groups…</source>
        <translation>ال&amp;مقتطفات ومجموعات الهاشتاغات…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Insert snippet</source>
        <translation>إدراج مقتطف</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Snippets</source>
        <translation>المقتطفات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hashtag groups</source>
        <translation>مجموعات الهاشتاغات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No snippets yet</source>
        <translation>لا توجد مقتطفات بعد</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Save as template</source>
        <translation>حفظ كقالب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template &amp;name:</source>
        <translation>ا&amp;سم القالب:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved as the template “{name}”.</source>
        <translation>حُفظ بوصفه القالب «{name}».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A template with that name exists: pick another name.</source>
        <translation>يوجد قالب بهذا الاسم: اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The template could not be saved. Try again in a moment.</source>
        <translation>تعذّر حفظ القالب. حاول مجددًا بعد قليل.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Writing</source>
        <translation>الكتابة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing tools</source>
        <translation>أدوات الكتابة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;nippets and hashtag groups…</source>
        <translation>المقتطفات ومجموعات الها&amp;شتاغات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage snippets and hashtag groups</source>
        <translation>إدارة المقتطفات ومجموعات الهاشتاغات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tem&amp;plates…</source>
        <translation>ال&amp;قوالب…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage templates</source>
        <translation>إدارة القوالب</translation>
    </message>
</context>
<context>
    <name>ConnectChip</name>
    <message>
        <location filename="../src/postdesk/ui/composer/account_chips.py" line="+53"/>
        <source>Connect {network}…</source>
        <translation>ربط {network}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect an account on {network}</source>
        <translation>ربط حساب على {network}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to {network} to post there from Postdesk</source>
        <translation>سجّل الدخول إلى {network} للنشر عليه من Postdesk</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="+76"/>
        <source>Connect an account</source>
        <translation>ربط حساب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reconnect</source>
        <translation>إعادة الربط</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Back</source>
        <translation>ال&amp;سابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+373"/>
        <source>&amp;Next</source>
        <translation>ال&amp;تالي</translation>
    </message>
    <message>
        <location line="-372"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Which network do you want to connect?</source>
        <translation>أي شبكة تريد ربطها؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Networks</source>
        <translation>الشبكات</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sign in with the &amp;browser (recommended)</source>
        <translation>تسجيل الدخول عبر ال&amp;متصفح (مستحسن)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an &amp;app password</source>
        <translation>استخدام &amp;كلمة مرور تطبيق</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Post as &amp;me</source>
        <translation>النشر با&amp;سمي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post as a Pa&amp;ge I administer</source>
        <translation>النشر باسم &amp;صفحة أديرها</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Posting as a Page needs LinkedIn&apos;s Community Management API product on your app, and you must be an administrator of the Page. You will pick the Page after signing in.</source>
        <translation>يتطلب النشر باسم صفحة إضافة منتج Community Management API من LinkedIn إلى تطبيقك، ويجب أن تكون مشرفًا على الصفحة. ستختار الصفحة بعد تسجيل الدخول.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client id</source>
        <translation>معرّف العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret</source>
        <translation>سرّ العميل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local port</source>
        <translation>المنفذ المحلي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redirect address to register</source>
        <translation>عنوان إعادة التوجيه المراد تسجيله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;py</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the redirect address</source>
        <translation>نسخ عنوان إعادة التوجيه</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handle</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App password</source>
        <translation>كلمة مرور التطبيق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bot token</source>
        <translation>رمز البوت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client &amp;id:</source>
        <translation>&amp;معرّف العميل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;secret:</source>
        <translation>&amp;سرّ العميل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>ال&amp;منفذ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redirect address:</source>
        <translation>عنوان إعادة التوجيه:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;rver:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handle:</source>
        <translation>الم&amp;عرّف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App pass&amp;word:</source>
        <translation>&amp;كلمة مرور التطبيق:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bot &amp;token:</source>
        <translation>&amp;رمز البوت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel:</source>
        <translation>ال&amp;قناة:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Waiting for the sign-in</source>
        <translation>بانتظار تسجيل الدخول</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Facebook Pages</source>
        <translation>صفحات Facebook</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>LinkedIn Pages</source>
        <translation>صفحات LinkedIn</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Which Page should this account post as?</source>
        <translation>&amp;باسم أي صفحة يجب أن ينشر هذا الحساب؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are not an administrator of any LinkedIn Page. Ask an administrator of the Page to make you one, or connect the account to post as yourself.</source>
        <translation>لست مشرفًا على أي صفحة LinkedIn. اطلب من أحد مشرفي الصفحة أن يجعلك مشرفًا، أو اربط الحساب للنشر باسمك.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving the Page…</source>
        <translation>جارٍ حفظ الصفحة…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source> (you cannot create posts on it)</source>
        <translation> (لا يمكنك إنشاء منشورات عليها)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot create posts on this Page (ask an admin to give you that task).</source>
        <translation>لا يمكنك إنشاء منشورات على هذه الصفحة (اطلب من أحد المشرفين منحك هذه المهمة).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Which Pages should Postdesk post to? Each Page becomes its own account.</source>
        <translation>&amp;على أي صفحات يجب أن ينشر Postdesk؟ تصبح كل صفحة حسابًا مستقلًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This Facebook sign-in manages no Page. Create a Page on Facebook, or sign in as someone who can create content on one, then try again.</source>
        <translation>لا يدير تسجيل الدخول هذا إلى Facebook أي صفحة. أنشئ صفحة على Facebook، أو سجّل الدخول باسم شخص يمكنه إنشاء محتوى على إحدى الصفحات، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving the Pages…</source>
        <translation>جارٍ حفظ الصفحات…</translation>
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
        <translation>&amp;ربط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign in</source>
        <translation>&amp;تسجيل الدخول</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Finish signing in with your browser. Postdesk is waiting for it; you can cancel at any time.</source>
        <translation>أكمل تسجيل الدخول في متصفحك. ينتظر Postdesk ذلك؛ ويمكنك الإلغاء في أي وقت.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking with {network}…</source>
        <translation>جارٍ التحقق مع {network}…</translation>
    </message>
</context>
<context>
    <name>CropCanvas</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/crop_editor.py" line="+68"/>
        <source>Crop area</source>
        <translation>منطقة القص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow keys move the crop, Shift and arrow keys resize it.</source>
        <translation>تنقل مفاتيح الأسهم منطقة القص، ويغيّر Shift مع مفاتيح الأسهم حجمها.</translation>
    </message>
</context>
<context>
    <name>CropEditorDialog</name>
    <message>
        <location line="+146"/>
        <source>Crop “{name}”</source>
        <translation>قص «{name}»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aspect ratio</source>
        <translation>نسبة العرض إلى الارتفاع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Aspect ratio:</source>
        <translation>&amp;نسبة العرض إلى الارتفاع:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotate &amp;left</source>
        <translation>تدوير إلى ال&amp;يسار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotate &amp;right</source>
        <translation>تدوير إلى ال&amp;يمين</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Output size</source>
        <translation>حجم الناتج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as new image</source>
        <translation>&amp;حفظ كصورة جديدة</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Free</source>
        <translation>حر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Original shape</source>
        <translation>الشكل الأصلي</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Result: {w} × {h} pixels</source>
        <translation>الناتج: {w} × {h} بكسل</translation>
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
        <translation>استيراد المنشورات أو تصديرها كملف CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import posts from a CSV file, or export them to one</source>
        <translation>استيراد المنشورات من ملف CSV، أو تصديرها إليه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import posts from CSV…</source>
        <translation>ا&amp;ستيراد المنشورات من CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export posts to CSV…</source>
        <translation>ت&amp;صدير المنشورات إلى CSV…</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../src/postdesk/ui/csv_import/export_dialog.py" line="+32"/>
        <source>Export posts to CSV</source>
        <translation>تصدير المنشورات إلى CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>CsvExportDialog</name>
    <message>
        <location line="+50"/>
        <source>Export posts to CSV</source>
        <translation>تصدير المنشورات إلى CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export posts to a CSV file</source>
        <translation>تصدير المنشورات إلى ملف CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has the columns the import reads, so it can be edited in a spreadsheet and imported.</source>
        <translation>يحتوي الملف على الأعمدة التي يقرؤها الاستيراد، لذا يمكن تعديله في جدول بيانات ثم استيراده.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First day of posts to export</source>
        <translation>أول يوم للمنشورات المراد تصديرها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of posts to export</source>
        <translation>آخر يوم للمنشورات المراد تصديرها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Every post, whatever its date (drafts without a time too)</source>
        <translation>&amp;كل منشور، أيًا كان تاريخه (بما في ذلك المسودات بلا وقت)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export every post</source>
        <translation>تصدير كل المنشورات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Only the posts the calendar&apos;s filter shows</source>
        <translation>&amp;فقط المنشورات التي يعرضها مرشّح التقويم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export only the posts the calendar&apos;s filter shows</source>
        <translation>تصدير المنشورات التي يعرضها مرشّح التقويم فقط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The calendar shows every post: no filter is on.</source>
        <translation>يعرض التقويم كل المنشورات: لا يوجد مرشّح مفعّل.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to write the file, then export</source>
        <translation>اختر مكان كتابة الملف، ثم صدّر</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Exported %n post(s).</source>
        <translation>
            <numerusform>لم يُصدَّر أي منشور.</numerusform>
            <numerusform>صُدِّر منشور واحد.</numerusform>
            <numerusform>صُدِّر منشوران.</numerusform>
            <numerusform>صُدِّرت %Ln منشورات.</numerusform>
            <numerusform>صُدِّر %Ln منشورًا.</numerusform>
            <numerusform>صُدِّر %Ln منشور.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No posts matched, so the file holds only the column names.</source>
        <translation>لم يطابق أي منشور، لذا لا يحتوي الملف إلا على أسماء الأعمدة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk could not write the file there (the folder may be read-only or the disk full).</source>
        <translation>تعذّر على Postdesk كتابة الملف هناك (قد يكون المجلد للقراءة فقط أو القرص ممتلئًا).</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location filename="../src/postdesk/ui/csv_import/dialog.py" line="+46"/>
        <source>Import posts from CSV</source>
        <extracomment>Where the columns are described (docs/CSV.md).</extracomment>
        <translation>استيراد المنشورات من CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>ملفات CSV (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first line names the columns: &lt;b&gt;text&lt;/b&gt;, &lt;b&gt;accounts&lt;/b&gt; (network:handle) or &lt;b&gt;networks&lt;/b&gt;, &lt;b&gt;scheduled_at&lt;/b&gt; (2026-03-10 09:30), &lt;b&gt;zone&lt;/b&gt; (Europe/Paris; else the app&apos;s zone), &lt;b&gt;media&lt;/b&gt; (file paths), &lt;b&gt;alt_text&lt;/b&gt;, &lt;b&gt;tags&lt;/b&gt; and &lt;b&gt;first_comment&lt;/b&gt;. Lists are separated by semicolons. &lt;a href=&quot;{url}&quot;&gt;What each column means&lt;/a&gt;</source>
        <translation>يسمّي السطر الأول الأعمدة: &lt;b&gt;text&lt;/b&gt;، و&lt;b&gt;accounts&lt;/b&gt; (network:handle) أو &lt;b&gt;networks&lt;/b&gt;، و&lt;b&gt;scheduled_at&lt;/b&gt; (2026-03-10 09:30)، و&lt;b&gt;zone&lt;/b&gt; (Europe/Paris؛ وإلا فالمنطقة الزمنية للتطبيق)، و&lt;b&gt;media&lt;/b&gt; (مسارات الملفات)، و&lt;b&gt;alt_text&lt;/b&gt;، و&lt;b&gt;tags&lt;/b&gt;، و&lt;b&gt;first_comment&lt;/b&gt;. تُفصل عناصر القوائم بفاصلة منقوطة (;). &lt;a href=&quot;{url}&quot;&gt;معنى كل عمود&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/csv_import/words.py" line="+19"/>
        <source>This file is too big to be a list of posts ({size}; at most {limit}). Split it into smaller files.</source>
        <translation>هذا الملف أكبر من أن يكون قائمة منشورات ({size}؛ والحد الأقصى {limit}). قسّمه إلى ملفات أصغر.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This file is not in UTF-8 text. Save it again as “CSV UTF-8” from your spreadsheet and choose it again.</source>
        <translation>هذا الملف ليس نصًا بترميز UTF-8. احفظه مجددًا بصيغة «CSV UTF-8» من جدول البيانات ثم اختره مجددًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is broken near line {line} (a quote left open, or not a CSV file at all). Nothing was read.</source>
        <translation>هذا الملف معطوب قرب السطر {line} (علامة اقتباس غير مغلقة، أو ليس ملف CSV أصلًا). لم يُقرأ شيء.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first line must name the columns, with one called “text” for the post&apos;s text.</source>
        <translation>يجب أن يسمّي السطر الأول الأعمدة، ومنها عمود باسم «text» لنص المنشور.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file says nothing about where the posts go: add an “accounts” or a “networks” column.</source>
        <translation>لا يحدد الملف وجهة المنشورات: أضف عمود «accounts» أو «networks».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file has more than {limit} posts. Split it into smaller files.</source>
        <translation>يحتوي هذا الملف على أكثر من {limit} منشور. قسّمه إلى ملفات أصغر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk could not open this file. Check that it is still there.</source>
        <translation>تعذّر على Postdesk فتح هذا الملف. تحقق من أنه لا يزال موجودًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file holds no posts: only a header line, or nothing at all.</source>
        <translation>لا يحتوي هذا الملف على منشورات: سطر العناوين فقط، أو لا شيء إطلاقًا.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{network}: {sentence}</source>
        <translation>{network}: {sentence}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No connected account is called “{name}”.</source>
        <translation>لا يوجد حساب مرتبط باسم «{name}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More than one account is called “{name}”: write it as network:handle (bluesky:{name}).</source>
        <translation>يوجد أكثر من حساب باسم «{name}»: اكتبه بالصيغة network:handle (bluesky:{name}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk does not know a network called “{name}”.</source>
        <translation>لا يعرف Postdesk شبكة باسم «{name}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This post goes nowhere: name an account or a network.</source>
        <translation>لا وجهة لهذا المنشور: حدد حسابًا أو شبكة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account “{name}” is named twice.</source>
        <translation>الحساب «{name}» مذكور مرتين.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not a date and time Postdesk can read: write it as 2026-03-10 09:30.</source>
        <translation>«{value}» ليس تاريخًا ووقتًا يستطيع Postdesk قراءته: اكتبه بالصيغة 2026-03-10 09:30.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not a time zone: write it as Europe/Paris or America/New_York.</source>
        <translation>«{value}» ليست منطقة زمنية: اكتبها بالصيغة Europe/Paris أو America/New_York.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} does not exist in {zone}: the clocks skip that hour that day.</source>
        <translation>{value} غير موجود في {zone}: تتخطى الساعة تلك الساعة في ذلك اليوم.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is already past. Pick a later time, or leave it empty for a draft.</source>
        <translation>{value} قد مضى. اختر وقتًا لاحقًا، أو اتركه فارغًا لمسودة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No picture or video Postdesk can read at “{path}”.</source>
        <translation>لا توجد صورة أو فيديو يستطيع Postdesk قراءته في «⁦{path}⁩».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This line has {count} more cells than the header names; they were left out.</source>
        <translation>يحتوي هذا السطر على {count} خلايا أكثر من أسماء العناوين؛ وقد استُبعدت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} cannot post a first comment; it is kept but not sent there.</source>
        <translation>لا يستطيع {network} نشر تعليق أول؛ سيُحفظ لكن لن يُرسل إليه.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../src/postdesk/ui/csv_import/dialog.py" line="+48"/>
        <source>Import posts from CSV</source>
        <translation>استيراد المنشورات من CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import posts from a CSV file</source>
        <translation>استيراد المنشورات من ملف CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The columns a CSV file of posts has</source>
        <translation>الأعمدة التي يحتويها ملف CSV للمنشورات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file chosen yet</source>
        <translation>لم يُختر ملف بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file to import</source>
        <translation>ملف CSV المراد استيراده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose file…</source>
        <translation>ا&amp;ختيار ملف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CSV file to import</source>
        <translation>اختيار ملف CSV المراد استيراده</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How many rows can be imported</source>
        <translation>عدد الصفوف التي يمكن استيرادها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every row of the file, with its problems</source>
        <translation>كل صفوف الملف، مع مشكلاتها</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save as &amp;drafts</source>
        <translation>حفظ ك&amp;مسودات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the imported posts as drafts</source>
        <translation>حفظ المنشورات المستوردة كمسودات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schedule the posts that have a time</source>
        <translation>&amp;جدولة المنشورات التي لها وقت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule the imported posts that have a time; they must pass every check</source>
        <translation>جدولة المنشورات المستوردة التي لها وقت؛ ويجب أن تجتاز كل عمليات التحقق</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the posts that have no blocking problem</source>
        <translation>استيراد المنشورات التي لا تعيقها أي مشكلة</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Postdesk could not read this file. Nothing was imported.</source>
        <translation>تعذّر على Postdesk قراءة هذا الملف. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>These columns are not read: {names}.</source>
        <translation>هذه الأعمدة لا تُقرأ: {names}.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>لم يُقرأ أي صف.</numerusform>
            <numerusform>قُرئ صف واحد.</numerusform>
            <numerusform>قُرئ صفان.</numerusform>
            <numerusform>قُرئت %Ln صفوف.</numerusform>
            <numerusform>قُرئ %Ln صفًا.</numerusform>
            <numerusform>قُرئ %Ln صف.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All can be imported.</source>
        <translation>يمكن استيراد الكل.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cannot be imported as it is: see its problems below.</source>
        <translation>
            <numerusform>لا يوجد ما يتعذّر استيراده.</numerusform>
            <numerusform>يتعذّر استيراد صف واحد بحالته الحالية: راجع مشكلاته أدناه.</numerusform>
            <numerusform>يتعذّر استيراد صفين بحالتهما الحالية: راجع مشكلاتهما أدناه.</numerusform>
            <numerusform>يتعذّر استيراد %Ln صفوف بحالتها الحالية: راجع مشكلاتها أدناه.</numerusform>
            <numerusform>يتعذّر استيراد %Ln صفًا بحالتها الحالية: راجع مشكلاتها أدناه.</numerusform>
            <numerusform>يتعذّر استيراد %Ln صف بحالتها الحالية: راجع مشكلاتها أدناه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&amp;Import %n post(s)</source>
        <translation>
            <numerusform>ا&amp;ستيراد %Ln منشور</numerusform>
            <numerusform>ا&amp;ستيراد منشور واحد</numerusform>
            <numerusform>ا&amp;ستيراد منشورين</numerusform>
            <numerusform>ا&amp;ستيراد %Ln منشورات</numerusform>
            <numerusform>ا&amp;ستيراد %Ln منشورًا</numerusform>
            <numerusform>ا&amp;ستيراد %Ln منشور</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Imported %n post(s), scheduled where they had a time.</source>
        <translation>
            <numerusform>لم يُستورد أي منشور.</numerusform>
            <numerusform>استُورد منشور واحد، وجُدول إن كان له وقت.</numerusform>
            <numerusform>استُورد منشوران، وجُدولا حيث كان لهما وقت.</numerusform>
            <numerusform>استُوردت %Ln منشورات، وجُدولت حيث كان لها وقت.</numerusform>
            <numerusform>استُورد %Ln منشورًا، وجُدولت حيث كان لها وقت.</numerusform>
            <numerusform>استُورد %Ln منشور، وجُدولت حيث كان لها وقت.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported %n post(s) as drafts.</source>
        <translation>
            <numerusform>لم يُستورد أي منشور.</numerusform>
            <numerusform>استُورد منشور واحد كمسودة.</numerusform>
            <numerusform>استُورد منشوران كمسودتين.</numerusform>
            <numerusform>استُوردت %Ln منشورات كمسودات.</numerusform>
            <numerusform>استُورد %Ln منشورًا كمسودات.</numerusform>
            <numerusform>استُورد %Ln منشور كمسودات.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They are in the calendar.</source>
        <translation>إنها في التقويم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Postdesk could not add “{path}” to the media library. Nothing was imported.</source>
        <translation>تعذّر على Postdesk إضافة «⁦{path}⁩» إلى مكتبة الوسائط. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk could not save the posts (the disk may be full). Nothing was imported.</source>
        <translation>تعذّر على Postdesk حفظ المنشورات (قد يكون القرص ممتلئًا). لم يُستورد شيء.</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <location filename="../src/postdesk/ui/local_format.py" line="+46"/>
        <source>ddd d MMM yyyy</source>
        <extracomment>Qt date pattern for a date with short names (&quot;Tue 4 Mar 2025&quot;): d day, ddd short weekday, MMM short month, yyyy year, &apos;text&apos; in single quotes kept. Keep the letters; change order and punctuation.</extracomment>
        <translation>ddd، d MMM yyyy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dddd d MMMM yyyy</source>
        <extracomment>Qt date pattern for a date with full names (&quot;Tuesday 4 March 2025&quot;): dddd weekday, MMMM month. Keep the letters; change order and punctuation.</extracomment>
        <translation>dddd، d MMMM yyyy</translation>
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
        <translation>ddd، d MMM</translation>
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
        <translation>ddd، d MMM yyyy  HH:mm</translation>
    </message>
</context>
<context>
    <name>DefaultOptionsDialog</name>
    <message>
        <location filename="../src/postdesk/ui/accounts/options_dialog.py" line="+31"/>
        <source>Default options for {handle}</source>
        <translation>الخيارات الافتراضية لـ {handle}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add this account to new posts</source>
        <translation>إ&amp;ضافة هذا الحساب إلى المنشورات الجديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this account to new posts</source>
        <translation>إضافة هذا الحساب إلى المنشورات الجديدة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Visibility</source>
        <translation>مستوى الظهور</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Public</source>
        <translation>عام</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Unlisted</source>
        <translation>غير مدرج</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Followers only</source>
        <translation>المتابعون فقط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private</source>
        <translation>خاص</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Visibility:</source>
        <translation>مستوى ال&amp;ظهور:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Subreddit:</source>
        <translation>المجتمع ال&amp;فرعي:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Board:</source>
        <translation>ال&amp;لوحة:</translation>
    </message>
</context>
<context>
    <name>DeletePublishedDialog</name>
    <message>
        <location filename="../src/postdesk/ui/dialogs/delete_published.py" line="+91"/>
        <location line="+1"/>
        <source>Delete a published post</source>
        <translation>حذف منشور تم نشره</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove from Postdesk only</source>
        <translation>الإزالة من Postdesk فقط</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>This post is published on {where}. How far should it be deleted?</source>
        <translation>نُشر هذا المنشور على {where}. إلى أي مدى تريد حذفه؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove from Postdesk only (it stays on {where})</source>
        <translation>الإزالة من Postdesk فقط (يبقى على {where})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete from {networks} too</source>
        <translation>الحذف من {networks} أيضًا</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Instagram doesn&apos;t let apps delete posts: delete it in the Instagram app.</source>
        <translation>لا يسمح Instagram للتطبيقات بحذف المنشورات: احذفه من تطبيق Instagram.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Postdesk cannot delete posts on {kept}: delete it there yourself.</source>
        <translation>لا يستطيع Postdesk حذف المنشورات على {kept}: احذفه هناك بنفسك.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleting from a network works offline too: it goes when the connection is back.</source>
        <translation>يعمل الحذف من الشبكة دون اتصال أيضًا: يُنفَّذ عند عودة الاتصال.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How the deletion went</source>
        <translation>نتيجة الحذف</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keep it</source>
        <translation>الإ&amp;بقاء عليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the post and close</source>
        <translation>الإبقاء على المنشور والإغلاق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete as chosen</source>
        <translation>الحذف وفق الاختيار</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed from Postdesk. It is still on {where}.</source>
        <translation>أُزيل من Postdesk. لا يزال موجودًا على {where}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed from Postdesk. Deleting it from {networks}…</source>
        <translation>أُزيل من Postdesk. جارٍ حذفه من {networks}…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{network} could not be asked: {reason}</source>
        <translation>تعذّر مراسلة {network}: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted from {name}.</source>
        <translation>حُذف من {name}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not deleted: {reason} It is still on {name}; delete it there.</source>
        <translation>لم يُحذف: {reason} لا يزال موجودًا على {name}؛ احذفه من هناك.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} did not delete it: “{error}”. It is still on {name}; delete it there.</source>
        <translation>لم يحذفه {name}: «{error}». لا يزال موجودًا على {name}؛ احذفه من هناك.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for a connection: it will be deleted from {name} when Postdesk is back online. You can close this window.</source>
        <translation>بانتظار الاتصال: سيُحذف من {name} عندما يعود Postdesk إلى الاتصال. يمكنك إغلاق هذه النافذة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleting it from {name}…</source>
        <translation>جارٍ حذفه من {name}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleting it from {network}…</source>
        <translation>جارٍ حذفه من {network}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed from Postdesk.</source>
        <translation>أُزيل من Postdesk.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/details.py" line="+108"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alt text</source>
        <translation>النص البديل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the image for people who cannot see it</source>
        <translation>صِف الصورة للأشخاص الذين لا يستطيعون رؤيتها</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags, separated by commas</source>
        <translation>الوسوم، مفصولة بفواصل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;avourite</source>
        <translation>م&amp;فضّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourite</source>
        <translation>مفضّل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder of the selection</source>
        <translation>مجلد التحديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No folder</source>
        <translation>بلا مجلد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Used in</source>
        <translation>مستخدم في</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ttach to post</source>
        <translation>إ&amp;رفاق بمنشور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview and network crops…</source>
        <translation>ال&amp;معاينة وقص الشبكات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;rop or rotate…</source>
        <translation>&amp;قص أو تدوير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each &amp;network receives</source>
        <translation>ما تتلقاه كل &amp;شبكة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pixels</source>
        <translation>البكسلات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What each network receives</source>
        <translation>ما تتلقاه كل شبكة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;lt text</source>
        <translation>النص ال&amp;بديل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta&amp;gs</source>
        <translation>ال&amp;وسوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;older</source>
        <translation>الم&amp;جلد</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Select something to see its details.</source>
        <translation>حدد شيئًا لعرض تفاصيله.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>لم يُحدد أي عنصر</numerusform>
            <numerusform>عنصر واحد محدد</numerusform>
            <numerusform>عنصران محددان</numerusform>
            <numerusform>%Ln عناصر محددة</numerusform>
            <numerusform>%Ln عنصرًا محددًا</numerusform>
            <numerusform>%Ln عنصر محدد</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking where it is used…</source>
        <translation>جارٍ التحقق من أماكن استخدامه…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No preview</source>
        <translation>لا معاينة</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Used in %n post(s)</source>
        <translation>
            <numerusform>غير مستخدم في أي منشور</numerusform>
            <numerusform>مستخدم في منشور واحد</numerusform>
            <numerusform>مستخدم في منشورين</numerusform>
            <numerusform>مستخدم في %Ln منشورات</numerusform>
            <numerusform>مستخدم في %Ln منشورًا</numerusform>
            <numerusform>مستخدم في %Ln منشور</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not used in any post yet</source>
        <translation>غير مستخدم في أي منشور بعد</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{n} of {max} characters</source>
        <translation>الأحرف: {n} من {max}</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>original</source>
        <translation>الأصلي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>re-encoded</source>
        <translation>معاد ترميزه</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/list_models.py" line="+40"/>
        <source>(empty draft)</source>
        <translation>(مسودة فارغة)</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/drafts_panel.py" line="+36"/>
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a draft onto the calendar to schedule it</source>
        <translation>اسحب مسودة إلى التقويم لجدولتها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unscheduled drafts</source>
        <translation>مسودات غير مجدولة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No drafts</source>
        <translation>لا مسودات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posts you start and don&apos;t schedule wait here.</source>
        <translation>تنتظر هنا المنشورات التي تبدؤها ولا تجدولها.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New draft</source>
        <translation>مسودة جديدة</translation>
    </message>
</context>
<context>
    <name>EditPublished</name>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="-20"/>
        <source>Only a published post can be edited on {network}.</source>
        <extracomment>The networks whose adapter is `SupportsEdit` (a test holds the two together). Mastodon&apos;s default text limit, when the account&apos;s server said nothing at sign-in.</extracomment>
        <translation>لا يمكن تعديل المنشور على {network} إلا بعد نشره.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{network} does not let Postdesk edit a published post.</source>
        <translation>لا يسمح {network} لـ Postdesk بتعديل منشور بعد نشره.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The post can&apos;t be empty.</source>
        <translation>لا يمكن أن يكون المنشور فارغًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text is longer than your {network} server allows.</source>
        <translation>النص أطول مما يسمح به خادم {network} الخاص بك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the first post of a thread can be edited here.</source>
        <translation>لا يمكن هنا إلا تعديل المنشور الأول في السلسلة.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{network} did not take the edit: {reason}</source>
        <translation>لم يقبل {network} التعديل: {reason}</translation>
    </message>
</context>
<context>
    <name>EditPublishedDialog</name>
    <message>
        <location line="+51"/>
        <source>Edit on {network}</source>
        <translation>تعديل على {network}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This changes the post on {network} itself. People who boosted it are told it was edited, and anyone can see its earlier versions there. Postdesk keeps them too.</source>
        <translation>يغيّر هذا المنشور على {network} نفسه. سيُبلَّغ من أعادوا نشره بأنه عُدّل، ويمكن لأي شخص رؤية إصداراته السابقة هناك. ويحتفظ بها Postdesk أيضًا.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Content &amp;warning (optional):</source>
        <translation>&amp;تحذير المحتوى (اختياري):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content warning</source>
        <translation>تحذير المحتوى</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Text:</source>
        <translation>ال&amp;نص:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text of the post on {network}</source>
        <translation>نص المنشور على {network}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is the first post of a thread; the others stay as they are.</source>
        <translation>هذا هو المنشور الأول في السلسلة؛ وتبقى البقية كما هي.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Characters used</source>
        <translation>الأحرف المستخدمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why it can&apos;t be saved yet</source>
        <translation>سبب تعذّر الحفظ بعد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How the edit went</source>
        <translation>نتيجة التعديل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without changing the post</source>
        <translation>الإغلاق دون تغيير المنشور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save on {network}</source>
        <translation>&amp;حفظ على {network}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the edit on {network}</source>
        <translation>حفظ التعديل على {network}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The post can&apos;t be empty.</source>
        <translation>لا يمكن أن يكون المنشور فارغًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{over} characters over the limit of your {network} server ({limit}).</source>
        <translation>تجاوز بمقدار {over} حرفًا لحد خادم {network} الخاص بك ({limit}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing has changed yet.</source>
        <translation>لم يتغير شيء بعد.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{used} / {limit}</source>
        <translation>{used} / {limit}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving on {network}…</source>
        <translation>جارٍ الحفظ على {network}…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edited on {network}. The record of what was sent shows the new text.</source>
        <translation>عُدّل على {network}. يعرض سجل ما أُرسل النص الجديد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk can&apos;t reach {network} right now. The edit will be made as soon as it can, by itself.</source>
        <translation>يتعذّر على Postdesk الوصول إلى {network} حاليًا. سيُجرى التعديل تلقائيًا فور الإمكان.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Postdesk could not ask {network} to edit the post. Nothing was changed; try again in a moment.</source>
        <translation>تعذّر على Postdesk أن يطلب من {network} تعديل المنشور. لم يتغير شيء؛ حاول مجددًا بعد قليل.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this window</source>
        <translation>إغلاق هذه النافذة</translation>
    </message>
</context>
<context>
    <name>EditorPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/editor_part.py" line="+34"/>
        <source>&amp;Main text (used everywhere unless a network has its own)</source>
        <translation>النص ال&amp;رئيسي (يُستخدم في كل مكان ما لم يكن لشبكة نص خاص بها)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main text</source>
        <translation>النص الرئيسي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why the main text can&apos;t change</source>
        <translation>سبب تعذّر تغيير النص الرئيسي</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The main text is read-only: it was already sent to {networks}. Give the other networks their own text to change it for them.</source>
        <translation>النص الرئيسي للقراءة فقط: فقد أُرسل بالفعل إلى {networks}. امنح الشبكات الأخرى نصًا خاصًا بها لتغييره لها.</translation>
    </message>
</context>
<context>
    <name>EngagementChart</name>
    <message>
        <location filename="../src/postdesk/ui/insights/chart.py" line="+83"/>
        <source>Engagement per day</source>
        <translation>التفاعل اليومي</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No engagement in this period yet.</source>
        <translation>لا يوجد تفاعل في هذه الفترة بعد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most engagement on {day}: {count}.</source>
        <translation>أكبر تفاعل يوم {day}: {count}.</translation>
    </message>
</context>
<context>
    <name>EntryMenu</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/entry_menu.py" line="+86"/>
        <source>(empty draft)</source>
        <translation>(مسودة فارغة)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New post here</source>
        <translation>منشور جديد هنا</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish now</source>
        <translation>النشر الآن</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reschedule…</source>
        <translation>إعادة الجدولة…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did it go out?…</source>
        <translation>هل نُشر؟…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry</source>
        <translation>إعادة الإرسال</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel (never send)</source>
        <translation>إلغاء (عدم الإرسال)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take back and cancel</source>
        <translation>السحب والإلغاء</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop repeating</source>
        <translation>إيقاف التكرار</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled: it will not be sent. Use Reschedule or drag it to a time to put it back on the schedule.</source>
        <translation>أُلغي: لن يُرسل. استخدم «إعادة الجدولة» أو اسحبه إلى وقت ما لإعادته إلى الجدول.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Postdesk does not know whether this post went out, so it will not simply send it again. Say whether it is there.</source>
        <translation>لا يعرف Postdesk ما إذا كان هذا المنشور قد نُشر، لذا لن يعيد إرساله ببساطة. أخبره ما إذا كان موجودًا.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paused. Drag the post to its new time, then choose Resume: it goes out then.</source>
        <translation>متوقف مؤقتًا. اسحب المنشور إلى وقته الجديد، ثم اختر «استئناف»: وسيُنشر حينها.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This post was settled meanwhile: nothing to decide.</source>
        <translation>حُسم أمر هذا المنشور في الأثناء: لا شيء لتقرره.</translation>
    </message>
</context>
<context>
    <name>FacebookOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/facebook_options.py" line="+31"/>
        <source>Link shown as a preview under the Facebook post</source>
        <translation>رابط يظهر كمعاينة أسفل منشور Facebook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facebook shows this address as a link preview. Only on posts without photos or video.</source>
        <translation>يعرض Facebook هذا العنوان كمعاينة رابط. فقط في المنشورات التي بلا صور أو فيديو.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lin&amp;k:</source>
        <translation>ال&amp;رابط:</translation>
    </message>
</context>
<context>
    <name>FacebookPreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/facebook_preview.py" line="+125"/>
        <source>Just now · </source>
        <translation>الآن · </translation>
    </message>
    <message>
        <location line="+23"/>
        <source> Like       Comment      ↗ Share</source>
        <translation> أعجبني       تعليق      ↗ مشاركة</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Your Page</source>
        <translation>صفحتك</translation>
    </message>
</context>
<context>
    <name>FirstCommentPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/first_comment_part.py" line="+53"/>
        <source>First comment on {network}</source>
        <translation>التعليق الأول على {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posted under your post on {network} right after it goes out. Optional.</source>
        <translation>يُنشر أسفل منشورك على {network} فور نشره. اختياري.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posted under your post on {network} right after it goes out.</source>
        <translation>يُنشر أسفل منشورك على {network} فور نشره.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First comment length</source>
        <translation>طول التعليق الأول</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>F&amp;irst comment:</source>
        <translation>الت&amp;عليق الأول:</translation>
    </message>
</context>
<context>
    <name>FirstCommentView</name>
    <message>
        <location filename="../src/postdesk/ui/composer/previews/first_comment.py" line="+44"/>
        <source>First comment preview</source>
        <translation>معاينة التعليق الأول</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Author · first comment</source>
        <translation>المؤلف · التعليق الأول</translation>
    </message>
</context>
<context>
    <name>GoogleBusinessOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="+121"/>
        <source>Business location</source>
        <extracomment>The item role that keeps a location&apos;s business name (the text also shows its address).</extracomment>
        <translation>موقع النشاط التجاري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a location</source>
        <translation>اختر موقعًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the locations from Google again</source>
        <translation>قراءة المواقع من Google مجددًا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Location:</source>
        <translation>ال&amp;موقع:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of Google post</source>
        <translation>نوع منشور Google</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s new</source>
        <translation>ما الجديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>حدث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind of post:</source>
        <translation>&amp;نوع المنشور:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Button</source>
        <translation>الزر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No button</source>
        <translation>بلا زر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book</source>
        <translation>حجز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order online</source>
        <translation>اطلب عبر الإنترنت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy</source>
        <translation>شراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn more</source>
        <translation>مزيد من المعلومات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign up</source>
        <translation>اشترك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call now</source>
        <translation>اتصل الآن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Button link</source>
        <translation>رابط الزر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>https://… the button opens</source>
        <translation>https://… الذي يفتحه الزر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Button:</source>
        <translation>ال&amp;زر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Button &amp;link:</source>
        <translation>&amp;رابط الزر:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event or offer title</source>
        <translation>عنوان الحدث أو العرض</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All &amp;day</source>
        <translation>طوال ال&amp;يوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All day (dates without times)</source>
        <translation>طوال اليوم (تواريخ بلا أوقات)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts</source>
        <translation>يبدأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>ينتهي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts:</source>
        <translation>&amp;يبدأ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends:</source>
        <translation>ي&amp;نتهي:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coupon code</source>
        <translation>رمز القسيمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Link to redeem the offer</source>
        <translation>رابط استرداد العرض</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>https://… (optional)</source>
        <translation>https://… (اختياري)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms and conditions</source>
        <translation>الشروط والأحكام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Coupon code:</source>
        <translation>&amp;رمز القسيمة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redeem link:</source>
        <translation>رابط الا&amp;سترداد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ter&amp;ms:</source>
        <translation>ال&amp;شروط:</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Reading your business locations from Google…</source>
        <translation>جارٍ قراءة مواقع نشاطك التجاري من Google…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Google did not answer: {reason}. Try Refresh in a moment.</source>
        <translation>لم يُجب Google: {reason}. جرّب «تحديث» بعد قليل.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This Google account manages no business location yet.</source>
        <translation>لا يدير حساب Google هذا أي موقع نشاط تجاري بعد.</translation>
    </message>
</context>
<context>
    <name>GoogleBusinessPreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_card.py" line="+98"/>
        <source>Book</source>
        <translation>حجز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order online</source>
        <translation>اطلب عبر الإنترنت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy</source>
        <translation>شراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn more</source>
        <translation>مزيد من المعلومات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign up</source>
        <translation>اشترك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call now</source>
        <translation>اتصل الآن</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your business</source>
        <translation>نشاطك التجاري</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a photo: Google shows it above the post</source>
        <translation>أضف صورة: يعرضها Google أعلى المنشور</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(No title yet)</source>
        <translation>(لا عنوان بعد)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Redeem online</source>
        <translation>الاسترداد عبر الإنترنت</translation>
    </message>
</context>
<context>
    <name>HeatmapModel</name>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="+293"/>
        <source>{day} at {hour}</source>
        <translation>{day} الساعة {hour}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{when}: no post yet</source>
        <translation>{when}: لا منشورات بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{when}: {mean} engagements per post, from {posts} posts</source>
        <translation>{when}: {mean} تفاعل لكل منشور، من {posts} منشورات</translation>
    </message>
</context>
<context>
    <name>Holds</name>
    <message>
        <location filename="../src/postdesk/ui/hold_words.py" line="+30"/>
        <source>Waiting for a connection</source>
        <translation>بانتظار الاتصال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting: reconnect the account</source>
        <translation>بالانتظار: أعد ربط الحساب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting: all publishing is paused</source>
        <translation>بالانتظار: النشر كله متوقف مؤقتًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting to try again</source>
        <translation>بانتظار إعادة المحاولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to try again at {until}</source>
        <translation>بانتظار إعادة المحاولة في {until}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Handed to {network}</source>
        <translation>سُلّم إلى {network}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{network}: waiting for a connection. It goes out as soon as Postdesk is back online.</source>
        <translation>{network}: بانتظار الاتصال. سيُنشر فور عودة Postdesk إلى الاتصال.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}: waiting for you to reconnect the account (Accounts). It goes out right after.</source>
        <translation>{network}: بانتظار إعادة ربط الحساب (الحسابات). سيُنشر بعدها مباشرة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}: waiting, because you paused all publishing (tray menu). It goes out when you resume.</source>
        <translation>{network}: بالانتظار، لأنك أوقفت النشر كله مؤقتًا (قائمة شريط النظام). سيُنشر عند الاستئناف.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{network}: waiting to try again at {when}.</source>
        <translation>{network}: بانتظار إعادة المحاولة في {when}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}: Postdesk does not know whether this post went out — the network&apos;s answer was lost. Please look, then say.</source>
        <translation>{network}: لا يعرف Postdesk ما إذا كان هذا المنشور قد نُشر — فقد ضاع رد الشبكة. يُرجى التحقق، ثم إبلاغه.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{network}: Postdesk does not know whether this post went out — the network&apos;s answer was lost. It will look it up on {network}; you can also look and say.</source>
        <translation>{network}: لا يعرف Postdesk ما إذا كان هذا المنشور قد نُشر — فقد ضاع رد الشبكة. سيبحث عنه على {network}؛ ويمكنك أيضًا التحقق وإبلاغه.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handed to {network}: {network} publishes it at its time, even while Postdesk is closed.</source>
        <translation>سُلّم إلى {network}: ينشره {network} في موعده، حتى لو كان Postdesk مغلقًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}: publishing now.</source>
        <translation>{network}: جارٍ النشر الآن.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Not sure it went out: please check</source>
        <translation>النشر غير مؤكد: يُرجى التحقق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sure it went out: Postdesk is checking</source>
        <translation>النشر غير مؤكد: Postdesk يتحقق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handed to the network</source>
        <translation>سُلّم إلى الشبكة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishing</source>
        <translation>قيد النشر</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>soon</source>
        <translation>قريبًا</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/importing.py" line="+111"/>
        <source>Import progress</source>
        <extracomment>Background request key: a full refresh cancels a pending fetch of new rows.</extracomment>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel import</source>
        <translation>إ&amp;لغاء الاستيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import messages</source>
        <translation>رسائل الاستيراد</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import media</source>
        <translation>استيراد وسائط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images and videos (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.mp4 *.mov *.m4v *.webm);;All files (*)</source>
        <translation>الصور ومقاطع الفيديو (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.mp4 *.mov *.m4v *.webm);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+6"/>
        <source>Pasted image</source>
        <translation>صورة ملصقة</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Imported {done} of {total}</source>
        <translation>استُورد {done} من {total}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+11"/>
        <source>%n could not be imported</source>
        <translation>
            <numerusform>لم يتعذّر استيراد أي عنصر</numerusform>
            <numerusform>تعذّر استيراد عنصر واحد</numerusform>
            <numerusform>تعذّر استيراد عنصرين</numerusform>
            <numerusform>تعذّر استيراد %Ln عناصر</numerusform>
            <numerusform>تعذّر استيراد %Ln عنصرًا</numerusform>
            <numerusform>تعذّر استيراد %Ln عنصر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n new item(s) imported</source>
        <translation>
            <numerusform>لم يُستورد أي عنصر جديد</numerusform>
            <numerusform>استُورد عنصر جديد واحد</numerusform>
            <numerusform>استُورد عنصران جديدان</numerusform>
            <numerusform>استُوردت %Ln عناصر جديدة</numerusform>
            <numerusform>استُورد %Ln عنصرًا جديدًا</numerusform>
            <numerusform>استُورد %Ln عنصر جديد</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing new imported</source>
        <translation>لم يُستورد أي جديد</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong: {what}</source>
        <translation>حدث خطأ: {what}</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>…and %n earlier message(s)</source>
        <translation>
            <numerusform>…ولا رسائل سابقة</numerusform>
            <numerusform>…ورسالة سابقة واحدة</numerusform>
            <numerusform>…ورسالتان سابقتان</numerusform>
            <numerusform>…و%Ln رسائل سابقة</numerusform>
            <numerusform>…و%Ln رسالة سابقة</numerusform>
            <numerusform>…و%Ln رسالة سابقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="+117"/>
        <source>From</source>
        <extracomment>The `Conversation` or `InboxEntry` of a row. The size of an author&apos;s avatar in the first column. How many lines of an item&apos;s text a row shows (the rest is in the tooltip and the detail).</extracomment>
        <translation>من</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Mention</source>
        <translation>إشارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>رد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Your reply waits to be sent</source>
        <translation>ردك بانتظار الإرسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You replied</source>
        <translation>رددت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reply could not be sent</source>
        <translation>تعذّر إرسال ردك</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>just now</source>
        <translation>الآن</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>منذ %Ln دقيقة</numerusform>
            <numerusform>منذ دقيقة</numerusform>
            <numerusform>منذ دقيقتين</numerusform>
            <numerusform>منذ %Ln دقائق</numerusform>
            <numerusform>منذ %Ln دقيقة</numerusform>
            <numerusform>منذ %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>منذ %Ln ساعة</numerusform>
            <numerusform>منذ ساعة</numerusform>
            <numerusform>منذ ساعتين</numerusform>
            <numerusform>منذ %Ln ساعات</numerusform>
            <numerusform>منذ %Ln ساعة</numerusform>
            <numerusform>منذ %Ln ساعة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your post: {own_text}</source>
        <translation>منشورك: {own_text}</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Conversation on {network}, %n unread: {text}</source>
        <translation>
            <numerusform>محادثة على {network}، لا رسائل غير مقروءة: {text}</numerusform>
            <numerusform>محادثة على {network}، رسالة واحدة غير مقروءة: {text}</numerusform>
            <numerusform>محادثة على {network}، رسالتان غير مقروءتين: {text}</numerusform>
            <numerusform>محادثة على {network}، %Ln رسائل غير مقروءة: {text}</numerusform>
            <numerusform>محادثة على {network}، %Ln رسالة غير مقروءة: {text}</numerusform>
            <numerusform>محادثة على {network}، %Ln رسالة غير مقروءة: {text}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{kind} from {author}, {when}, {status}: {text}</source>
        <translation>{kind} من {author}، {when}، {status}: {text}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/inbox/delegate.py" line="+159"/>
        <location filename="../src/postdesk/ui/inbox/models.py" line="-38"/>
        <source>%n unread</source>
        <extracomment>Geometry, in device-independent pixels.</extracomment>
        <translation>
            <numerusform>%Ln غير مقروءة</numerusform>
            <numerusform>%Ln غير مقروءة</numerusform>
            <numerusform>%Ln غير مقروءة</numerusform>
            <numerusform>%Ln غير مقروءة</numerusform>
            <numerusform>%Ln غير مقروءة</numerusform>
            <numerusform>%Ln غير مقروءة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="-15"/>
        <source>Mentioned you</source>
        <translation>أشار إليك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quoted your post</source>
        <translation>اقتبس منشورك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commented on your post</source>
        <translation>علّق على منشورك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied to you</source>
        <translation>ردّ عليك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new conversation</source>
        <translation>محادثة جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies to a post</source>
        <translation>ردود على منشور</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>unread</source>
        <translation>غير مقروء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read</source>
        <translation>مقروء</translation>
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
        <translation>صندوق الوارد</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="+15"/>
        <source>&amp;Account:</source>
        <translation>ال&amp;حساب:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account filter</source>
        <translation>تصفية الحساب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Network:</source>
        <translation>ال&amp;شبكة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network filter</source>
        <translation>تصفية الشبكة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind filter</source>
        <translation>تصفية النوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All accounts</source>
        <translation>كل الحسابات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All networks</source>
        <translation>كل الشبكات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unread only</source>
        <translation>غير المقروءة &amp;فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show unread items only</source>
        <translation>إظهار العناصر غير المقروءة فقط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No&amp;tify me about new items</source>
        <translation>&amp;نبّهني إلى العناصر الجديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notify me about new items for the account shown</source>
        <translation>نبّهني إلى العناصر الجديدة للحساب المعروض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an account above to change this for it</source>
        <translation>اختر حسابًا أعلاه لتغيير هذا الإعداد له</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+319"/>
        <source>&amp;Check now</source>
        <translation>ال&amp;تحقق الآن</translation>
    </message>
    <message>
        <location line="-318"/>
        <source>Check all inboxes now</source>
        <translation>التحقق من كل صناديق الوارد الآن</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrow keys move between messages; Enter writes a reply to the selected one.</source>
        <translation>تنقّل مفاتيح الأسهم بين الرسائل؛ ويكتب Enter ردًا على الرسالة المحددة.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Selected item</source>
        <translation>العنصر المحدد</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+386"/>
        <source>Mark &amp;read</source>
        <translation>تعليم كم&amp;قروء</translation>
    </message>
    <message>
        <location line="-385"/>
        <source>Mark the selected item read or unread</source>
        <translation>تعليم العنصر المحدد كمقروء أو غير مقروء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open in browser</source>
        <translation>&amp;فتح في المتصفح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected item in the browser</source>
        <translation>فتح العنصر المحدد في المتصفح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Like</source>
        <translation>إ&amp;عجاب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Like the selected item on its network</source>
        <translation>الإعجاب بالعنصر المحدد على شبكته</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete my reply</source>
        <translation>&amp;حذف ردي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete your reply to the selected item on its network</source>
        <translation>حذف ردك على العنصر المحدد على شبكته</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hide</source>
        <translation>إ&amp;خفاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the selected reply on its network</source>
        <translation>إخفاء الرد المحدد على شبكته</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete co&amp;mment…</source>
        <translation>حذف ال&amp;تعليق…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected comment from your post on its network</source>
        <translation>حذف التعليق المحدد من منشورك على شبكته</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark every listed item read</source>
        <translation>تعليم كل العناصر المدرجة كمقروءة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re&amp;ply:</source>
        <translation>ال&amp;رد:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply text</source>
        <translation>نص الرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a reply…</source>
        <translation>اكتب ردًا…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reply status</source>
        <translation>حالة الرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send reply</source>
        <translation>إ&amp;رسال الرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the reply</source>
        <translation>إرسال الرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the reply (Ctrl+Return)</source>
        <translation>إرسال الرد (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Inboxes Postdesk cannot read</source>
        <translation>صناديق وارد يتعذّر على Postdesk قراءتها</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Reconnect…</source>
        <translation>إعادة ال&amp;ربط…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect the account</source>
        <translation>إعادة ربط الحساب</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>{account} needs to be reconnected: its replies can&apos;t be read or answered until you sign in again.</source>
        <translation>يجب إعادة ربط {account}: لا يمكن قراءة ردوده أو الرد عليها حتى تسجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>C&amp;onnect an account…</source>
        <translation>&amp;ربط حساب…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{account}: {state}</source>
        <translation>{account}: {state}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>{kind} — {who} on {network}</source>
        <translation>{kind} — {who} على {network}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{length} of {limit} characters</source>
        <translation>الأحرف: {length} من {limit}</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>That did not work: {error}</source>
        <translation>لم ينجح ذلك: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="-427"/>
        <source>%n accounts need to be reconnected: their replies can&apos;t be read until you sign in again.</source>
        <translation>
            <numerusform>لا توجد حسابات تحتاج إلى إعادة الربط.</numerusform>
            <numerusform>يجب إعادة ربط حساب واحد: لا يمكن قراءة ردوده حتى تسجّل الدخول مجددًا.</numerusform>
            <numerusform>يجب إعادة ربط حسابين: لا يمكن قراءة ردودهما حتى تسجّل الدخول مجددًا.</numerusform>
            <numerusform>يجب إعادة ربط %Ln حسابات: لا يمكن قراءة ردودها حتى تسجّل الدخول مجددًا.</numerusform>
            <numerusform>يجب إعادة ربط %Ln حسابًا: لا يمكن قراءة ردودها حتى تسجّل الدخول مجددًا.</numerusform>
            <numerusform>يجب إعادة ربط %Ln حساب: لا يمكن قراءة ردودها حتى تسجّل الدخول مجددًا.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Mark all &amp;read</source>
        <translation>تعليم ال&amp;كل كمقروء</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>Connect an account to see replies here</source>
        <translation>اربط حسابًا لرؤية الردود هنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions, replies, quotes and comments from every account arrive in this one list.</source>
        <translation>تصل الإشارات والردود والاقتباسات والتعليقات من كل الحسابات إلى هذه القائمة الواحدة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing matches these filters</source>
        <translation>لا شيء يطابق هذه المرشّحات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Show everything</source>
        <translation>إ&amp;ظهار الكل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No replies yet</source>
        <translation>لا ردود بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When someone mentions or answers you, it shows up here.</source>
        <translation>عندما يشير إليك أحد أو يرد عليك، يظهر ذلك هنا.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The inbox could not be read.</source>
        <translation>تعذّرت قراءة صندوق الوارد.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>LinkedIn shows the comments on a member&apos;s own posts only to apps it has approved, so they cannot appear here. Comments on the posts of a LinkedIn page you manage do.</source>
        <translation>لا يعرض LinkedIn التعليقات على منشورات الأعضاء الشخصية إلا للتطبيقات التي وافق عليها، لذا لا يمكن أن تظهر هنا. أما التعليقات على منشورات صفحة LinkedIn تديرها فتظهر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This channel has no discussion group, so its posts take no comments. Link a group in the channel&apos;s settings (Discussion) to answer comments here.</source>
        <translation>لا توجد لهذه القناة مجموعة نقاش، لذا لا تقبل منشوراتها التعليقات. اربط مجموعة في إعدادات القناة (النقاش) للرد على التعليقات هنا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your bot cannot read the channel&apos;s discussion group. Add the bot to the group as an admin (or turn its privacy mode off with /setprivacy in @BotFather, then add it to the group again).</source>
        <translation>لا يستطيع البوت قراءة مجموعة نقاش القناة. أضف البوت إلى المجموعة مشرفًا (أو أوقف وضع الخصوصية له بالأمر /setprivacy في @BotFather، ثم أضفه إلى المجموعة مجددًا).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another program or a webhook receives your bot&apos;s messages, so Postdesk cannot read the comments. Give Postdesk a bot of its own.</source>
        <translation>برنامج آخر أو webhook يتلقى رسائل البوت، لذا لا يستطيع Postdesk قراءة التعليقات. خصّص لـ Postdesk بوتًا خاصًا به.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk cannot read this inbox.</source>
        <translation>لا يستطيع Postdesk قراءة صندوق الوارد هذا.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The setting could not be saved.</source>
        <translation>تعذّر حفظ الإعداد.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Mark un&amp;read</source>
        <translation>تعليم كغير م&amp;قروء</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Liking…</source>
        <translation>جارٍ الإعجاب…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liked.</source>
        <translation>تم الإعجاب.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deleting your reply…</source>
        <translation>جارٍ حذف ردك…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your reply was deleted.</source>
        <translation>حُذف ردك.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hiding…</source>
        <translation>جارٍ الإخفاء…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hidden on the network.</source>
        <translation>أُخفي على الشبكة.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete this comment?</source>
        <translation>هل تريد حذف هذا التعليق؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {who}&apos;s comment from your post on {network}? Nobody will see it there any more.</source>
        <translation>هل تريد حذف تعليق {who} من منشورك على {network}؟ لن يراه أحد هناك بعد الآن.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete comment</source>
        <translation>حذف التعليق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the comment</source>
        <translation>حذف التعليق</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleting the comment…</source>
        <translation>جارٍ حذف التعليق…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The comment was deleted.</source>
        <translation>حُذف التعليق.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The comment was not deleted: reconnect the account and try again.</source>
        <translation>لم يُحذف التعليق: أعد ربط الحساب ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment was not deleted: the network asks to wait a little. Try again later.</source>
        <translation>لم يُحذف التعليق: تطلب الشبكة الانتظار قليلًا. حاول مجددًا لاحقًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network refused to delete this comment (it may not be on one of your posts).</source>
        <translation>رفضت الشبكة حذف هذا التعليق (ربما ليس على أحد منشوراتك).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The comment was not deleted: the network could not be reached. Try again when you are online.</source>
        <translation>لم يُحذف التعليق: تعذّر الوصول إلى الشبكة. حاول مجددًا عندما تكون متصلًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment could not be deleted.</source>
        <translation>تعذّر حذف التعليق.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reply queued; it goes out as soon as the network allows.</source>
        <translation>الرد في قائمة الإرسال؛ سيُرسل فور سماح الشبكة.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The engine is not running.</source>
        <translation>المحرك لا يعمل.</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="-250"/>
        <source>Likes</source>
        <extracomment>What an unknown count shows (an en dash: &quot;the network does not say&quot;).</extracomment>
        <translation>الإعجابات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reposts</source>
        <translation>إعادات النشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies</source>
        <translation>الردود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes</source>
        <translation>الاقتباسات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views</source>
        <translation>المشاهدات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks</source>
        <translation>النقرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement</source>
        <translation>التفاعل</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%Ln like(s)</source>
        <translation>
            <numerusform>%Ln إعجاب</numerusform>
            <numerusform>إعجاب واحد</numerusform>
            <numerusform>إعجابان</numerusform>
            <numerusform>%Ln إعجابات</numerusform>
            <numerusform>%Ln إعجابًا</numerusform>
            <numerusform>%Ln إعجاب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln repost(s)</source>
        <translation>
            <numerusform>%Ln إعادة نشر</numerusform>
            <numerusform>إعادة نشر واحدة</numerusform>
            <numerusform>إعادتا نشر</numerusform>
            <numerusform>%Ln إعادات نشر</numerusform>
            <numerusform>%Ln إعادة نشر</numerusform>
            <numerusform>%Ln إعادة نشر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln reply(s)</source>
        <translation>
            <numerusform>%Ln رد</numerusform>
            <numerusform>رد واحد</numerusform>
            <numerusform>ردّان</numerusform>
            <numerusform>%Ln ردود</numerusform>
            <numerusform>%Ln ردًا</numerusform>
            <numerusform>%Ln رد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln quote(s)</source>
        <translation>
            <numerusform>%Ln اقتباس</numerusform>
            <numerusform>اقتباس واحد</numerusform>
            <numerusform>اقتباسان</numerusform>
            <numerusform>%Ln اقتباسات</numerusform>
            <numerusform>%Ln اقتباسًا</numerusform>
            <numerusform>%Ln اقتباس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln view(s)</source>
        <translation>
            <numerusform>%Ln مشاهدة</numerusform>
            <numerusform>مشاهدة واحدة</numerusform>
            <numerusform>مشاهدتان</numerusform>
            <numerusform>%Ln مشاهدات</numerusform>
            <numerusform>%Ln مشاهدة</numerusform>
            <numerusform>%Ln مشاهدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln click(s)</source>
        <translation>
            <numerusform>%Ln نقرة</numerusform>
            <numerusform>نقرة واحدة</numerusform>
            <numerusform>نقرتان</numerusform>
            <numerusform>%Ln نقرات</numerusform>
            <numerusform>%Ln نقرة</numerusform>
            <numerusform>%Ln نقرة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+237"/>
        <source>{day} at {hour}</source>
        <translation>{day} الساعة {hour}</translation>
    </message>
</context>
<context>
    <name>InsightsPane</name>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="+127"/>
        <source>Last 7 days</source>
        <translation>آخر ٧ أيام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>آخر ٣٠ يومًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 90 days</source>
        <translation>آخر ٩٠ يومًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom dates</source>
        <translation>تواريخ مخصصة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh now</source>
        <translation>&amp;تحديث الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the latest numbers from the networks now</source>
        <translation>قراءة أحدث الأرقام من الشبكات الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>ت&amp;صدير CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export this period&apos;s posts to a CSV file</source>
        <translation>تصدير منشورات هذه الفترة إلى ملف CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insights status</source>
        <translation>حالة الإحصاءات</translation>
    </message>
    <message>
        <location filename="../src/postdesk/app.py" line="-38"/>
        <location line="+40"/>
        <location filename="../src/postdesk/ui/insights/view.py" line="+4"/>
        <source>Insights</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="-70"/>
        <source>Export Insights</source>
        <extracomment>Preset periods, in days; the last entry of the picker is &quot;Custom dates&quot;.</extracomment>
        <translation>تصدير الإحصاءات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Totals per account and network</source>
        <translation>الإجماليات لكل حساب وشبكة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your best times</source>
        <translation>أفضل أوقاتك</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+45"/>
        <location line="+150"/>
        <source>Engagement per day</source>
        <translation>التفاعل اليومي</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Engagement by weekday and hour</source>
        <translation>التفاعل حسب يوم الأسبوع والساعة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rank top posts by</source>
        <translation>ترتيب أفضل المنشورات حسب</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>Top posts</source>
        <translation>أفضل المنشورات</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Totals</source>
        <translation>الإجماليات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best weekdays and hours</source>
        <translation>أفضل الأيام والساعات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rank by</source>
        <translation>الترتيب حسب</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing published yet. Once your first post goes out, Postdesk reads its likes, reposts and replies here, and learns your best days and hours.</source>
        <translation>لم يُنشر شيء بعد. بمجرد نشر أول منشور لك، يقرأ Postdesk هنا إعجاباته وإعادات نشره وردوده، ويتعلم أفضل أيامك وساعاتك.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No published posts yet</source>
        <translation>لا منشورات تم نشرها بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write a post</source>
        <translation>&amp;كتابة منشور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your first post</source>
        <translation>اكتب أول منشور لك</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Your posts do best on: {times}.</source>
        <translation>تحقق منشوراتك أفضل أداء في: {times}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your best times show here once your posts have numbers.</source>
        <translation>تظهر أفضل أوقاتك هنا عندما تتوفر أرقام لمنشوراتك.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Insights could not be loaded. Your posts are safe; try again.</source>
        <translation>تعذّر تحميل الإحصاءات. منشوراتك في أمان؛ حاول مجددًا.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Numbers are read while Postdesk&apos;s publishing is running; it is not running now.</source>
        <translation>تُقرأ الأرقام أثناء عمل النشر في Postdesk؛ وهو لا يعمل الآن.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the latest numbers…</source>
        <translation>جارٍ قراءة أحدث الأرقام…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Updated %n post(s).</source>
        <translation>
            <numerusform>لم يُحدَّث أي منشور.</numerusform>
            <numerusform>حُدِّث منشور واحد.</numerusform>
            <numerusform>حُدِّث منشوران.</numerusform>
            <numerusform>حُدِّثت %Ln منشورات.</numerusform>
            <numerusform>حُدِّث %Ln منشورًا.</numerusform>
            <numerusform>حُدِّث %Ln منشور.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A network asked Postdesk to wait; it tries again later.</source>
        <translation>طلبت إحدى الشبكات من Postdesk الانتظار؛ سيحاول مجددًا لاحقًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An account needs reconnecting before its numbers can be read.</source>
        <translation>يحتاج أحد الحسابات إلى إعادة الربط قبل أن يمكن قراءة أرقامه.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The networks could not be asked now. Try again in a moment.</source>
        <translation>تعذّر الاستعلام من الشبكات الآن. حاول مجددًا بعد قليل.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Exported %n post(s) to {name}.</source>
        <translation>
            <numerusform>لم يُصدَّر أي منشور إلى {name}.</numerusform>
            <numerusform>صُدِّر منشور واحد إلى {name}.</numerusform>
            <numerusform>صُدِّر منشوران إلى {name}.</numerusform>
            <numerusform>صُدِّرت %Ln منشورات إلى {name}.</numerusform>
            <numerusform>صُدِّر %Ln منشورًا إلى {name}.</numerusform>
            <numerusform>صُدِّر %Ln منشور إلى {name}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file could not be written. Choose another folder and try again.</source>
        <translation>تعذّرت كتابة الملف. اختر مجلدًا آخر ثم حاول مجددًا.</translation>
    </message>
</context>
<context>
    <name>InstagramOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_options.py" line="+35"/>
        <source>Kind of Instagram post</source>
        <translation>نوع منشور Instagram</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post (one photo, video, or a carousel of up to 10)</source>
        <translation>منشور (صورة واحدة، أو فيديو، أو عرض دوّار حتى ١٠)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reel (one vertical video)</source>
        <translation>ريل (فيديو عمودي واحد)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Story (one photo or video, 24 hours)</source>
        <translation>قصة (صورة أو فيديو واحد، ٢٤ ساعة)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post &amp;as:</source>
        <translation>النشر &amp;كـ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also show the Reel in the &amp;feed</source>
        <translation>إظهار الريل في ال&amp;موجز أيضًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reel cover frame, seconds into the video</source>
        <translation>إطار غلاف الريل، بالثواني من بداية الفيديو</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instagram picks</source>
        <translation>يختاره Instagram</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;ver frame:</source>
        <translation>إطار ال&amp;غلاف:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instagram collaborators</source>
        <translation>متعاونو Instagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to 3 usernames, e.g. @friend, @studio</source>
        <translation>حتى ٣ أسماء مستخدمين، مثل @friend و@studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;llaborators:</source>
        <translation>ال&amp;متعاونون:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instagram location (Facebook Page ID)</source>
        <translation>موقع Instagram (معرّف صفحة Facebook)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the ID of a Facebook Page with a location</source>
        <translation>اختياري: معرّف صفحة Facebook لها موقع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loca&amp;tion:</source>
        <translation>ال&amp;موقع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;rop photos to fit Instagram (4:5 to 1.91:1)</source>
        <translation>&amp;قص الصور لتناسب Instagram (من 4:5 إلى 1.91:1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos taller than 4:5 or wider than 1.91:1 are cut to the nearest shape Instagram takes, keeping the middle.</source>
        <translation>تُقص الصور الأطول من 4:5 أو الأعرض من 1.91:1 إلى أقرب شكل يقبله Instagram، مع الحفاظ على المنتصف.</translation>
    </message>
</context>
<context>
    <name>InstagramPreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_preview.py" line="+124"/>
        <source>Carousel position</source>
        <translation>الموضع في العرض الدوّار</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Instagram shows your photo or video here</source>
        <translation>يعرض Instagram صورتك أو الفيديو هنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you</source>
        <translation>أنت</translation>
    </message>
</context>
<context>
    <name>LibraryFilterBar</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/filter_bar.py" line="+31"/>
        <source>Search names, tags and alt text</source>
        <translation>البحث في الأسماء والوسوم والنص البديل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the library</source>
        <translation>البحث في المكتبة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All media</source>
        <translation>كل الوسائط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translation>الصور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIFs</source>
        <translation>صور GIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Videos</source>
        <translation>مقاطع الفيديو</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>All folders</source>
        <translation>كل المجلدات</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Sort by</source>
        <translation>الترتيب حسب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest first</source>
        <translation>الأحدث أولًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest first</source>
        <translation>الأقدم أولًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date taken</source>
        <translation>تاريخ الالتقاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest</source>
        <translation>الأكبر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Favourites</source>
        <translation>الم&amp;فضّلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only favourites</source>
        <translation>المفضّلة فقط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import files</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No folder</source>
        <translation>بلا مجلد</translation>
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
        <translation>محفوظ</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Couldn&apos;t open your last draft; starting a new one.</source>
        <translation>تعذّر فتح آخر مسودة؛ جارٍ بدء مسودة جديدة.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>New post</source>
        <translation>منشور جديد</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Couldn&apos;t save: disk is full — your text is still here. Retrying…</source>
        <translation>تعذّر الحفظ: القرص ممتلئ — نصك لا يزال هنا. جارٍ إعادة المحاولة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Couldn&apos;t save: the database is not available — your text is still here. Retrying…</source>
        <translation>تعذّر الحفظ: قاعدة البيانات غير متاحة — نصك لا يزال هنا. جارٍ إعادة المحاولة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Couldn&apos;t save — your text is still here. Retrying…</source>
        <translation>تعذّر الحفظ — نصك لا يزال هنا. جارٍ إعادة المحاولة…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Opening the post…</source>
        <translation>جارٍ فتح المنشور…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+26"/>
        <source>That post no longer exists.</source>
        <translation>هذا المنشور لم يعد موجودًا.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Couldn&apos;t open that post; the one you were writing is still here.</source>
        <translation>تعذّر فتح ذلك المنشور؛ والمنشور الذي كنت تكتبه لا يزال هنا.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copying the post…</source>
        <translation>جارٍ نسخ المنشور…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This post was also changed elsewhere; the changes you made here were kept.</source>
        <translation>تغيّر هذا المنشور في مكان آخر أيضًا؛ وقد حُفظت التغييرات التي أجريتها هنا.</translation>
    </message>
</context>
<context>
    <name>LoadingPane</name>
    <message>
        <location filename="../src/postdesk/ui/main_window.py" line="+69"/>
        <source>Opening your posts…</source>
        <extracomment>How long a problem stays in the status bar.</extracomment>
        <translation>جارٍ فتح منشوراتك…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postdesk is opening your posts. This takes a moment.</source>
        <translation>يفتح Postdesk منشوراتك. سيستغرق ذلك لحظة.</translation>
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
        <translation>الأقسام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a section. Ctrl+1 to Ctrl+{last} jump straight to one.</source>
        <translation>اختر قسمًا. تنتقل الاختصارات من Ctrl+1 إلى Ctrl+{last} مباشرة إلى أحدها.</translation>
    </message>
    <message numerus="yes">
        <location line="+173"/>
        <source>{title}, %n unread</source>
        <translation>
            <numerusform>{title}، لا عناصر غير مقروءة</numerusform>
            <numerusform>{title}، عنصر واحد غير مقروء</numerusform>
            <numerusform>{title}، عنصران غير مقروءين</numerusform>
            <numerusform>{title}، %Ln عناصر غير مقروءة</numerusform>
            <numerusform>{title}، %Ln عنصرًا غير مقروء</numerusform>
            <numerusform>{title}، %Ln عنصر غير مقروء</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MastodonOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/mastodon_options.py" line="+58"/>
        <source>Language of the Mastodon post</source>
        <translation>لغة منشور Mastodon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mastodon shows the post to people who read this language.</source>
        <translation>يعرض Mastodon المنشور للأشخاص الذين يقرؤون هذه اللغة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your server&apos;s default</source>
        <translation>الافتراضي لخادمك</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lan&amp;guage:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
</context>
<context>
    <name>MediaChoice</name>
    <message>
        <location filename="../src/postdesk/ui/composer/media_choice.py" line="+55"/>
        <source>&amp;Media for {network}:</source>
        <translation>ال&amp;وسائط لـ {network}:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachments sent to {network}</source>
        <translation>المرفقات المرسلة إلى {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick an attachment to leave it out of the {network} post.</source>
        <translation>ألغِ تحديد مرفق لاستبعاده من منشور {network}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;rop for {network}…</source>
        <translation>&amp;قص لـ {network}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crop the chosen image for {network} only</source>
        <translation>قص الصورة المختارة لـ {network} فقط</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Video {n}</source>
        <translation>فيديو {n}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image {n}</source>
        <translation>صورة {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cropped image</source>
        <translation>صورة مقصوصة</translation>
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
        <translation>«{name}» لم يعد موجودًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” could not be read (is it a folder or locked?).</source>
        <translation>تعذّرت قراءة «{name}» (هل هو مجلد أو مقفل؟).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” is empty.</source>
        <translation>«{name}» فارغ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is not a picture or video Postdesk can use (JPEG, PNG, WebP, GIF, HEIC, MP4, MOV, WebM).</source>
        <translation>«{name}» ليس صورة أو فيديو يمكن لـ Postdesk استخدامه (JPEG، PNG، WebP، GIF، HEIC، MP4، MOV، WebM).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” is damaged or incomplete and could not be opened.</source>
        <translation>«{name}» تالف أو غير مكتمل وتعذّر فتحه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” has far too many pixels to open safely, so it was skipped.</source>
        <translation>يحتوي «{name}» على عدد هائل من البكسلات يتعذّر معه فتحه بأمان، لذا تم تخطيه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” is larger than 4 GB, the most Postdesk imports.</source>
        <translation>حجم «{name}» أكبر من ٤ غيغابايت، وهو الحد الأقصى لما يستورده Postdesk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full: “{name}” could not be saved.</source>
        <translation>القرص ممتلئ: تعذّر حفظ «{name}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk&apos;s data folder cannot be written to: “{name}” was not saved.</source>
        <translation>لا يمكن الكتابة في مجلد بيانات Postdesk: لم يُحفظ «{name}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” was not imported: you cancelled.</source>
        <translation>لم يُستورد «{name}»: لقد ألغيت العملية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” could not be imported because of an unexpected problem; the rest carried on.</source>
        <translation>تعذّر استيراد «{name}» بسبب مشكلة غير متوقعة؛ واستمر استيراد البقية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” was already in your library.</source>
        <translation>«{name}» موجود بالفعل في مكتبتك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is named like another kind of file; it was imported as what it really is.</source>
        <translation>اسم «{name}» يوحي بنوع ملف آخر؛ وقد استُورد بنوعه الحقيقي.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” contains the place where it was taken; that location is removed from what you publish.</source>
        <translation>يحتوي «{name}» على مكان التقاطه؛ ويُزال هذا الموقع مما تنشره.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Video, {length} long</source>
        <translation>فيديو، مدته {length}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Animated GIF</source>
        <translation>صورة GIF متحركة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No alt text yet</source>
        <translation>لا نص بديل بعد</translation>
    </message>
</context>
<context>
    <name>MediaLibraryPane</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="+190"/>
        <source>Remove &amp;location from published photos</source>
        <translation>إزالة الم&amp;وقع من الصور المنشورة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove location from published photos</source>
        <translation>إزالة الموقع من الصور المنشورة</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Storage used</source>
        <extracomment>Background request keys: a newer request with the same key wins (see `BackgroundRunner`).</extracomment>
        <translation>المساحة المستخدمة</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>لا عناصر</numerusform>
            <numerusform>عنصر واحد</numerusform>
            <numerusform>عنصران</numerusform>
            <numerusform>%Ln عناصر</numerusform>
            <numerusform>%Ln عنصرًا</numerusform>
            <numerusform>%Ln عنصر</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{size} stored</source>
        <translation>{size} مخزّنة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No items yet</source>
        <translation>لا توجد عناصر بعد</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>This is used in %n post(s). Deleting it also removes it from them. Delete?</source>
        <translation>
            <numerusform>هذا غير مستخدم في أي منشور. هل تريد حذفه؟</numerusform>
            <numerusform>هذا مستخدم في منشور واحد. حذفه يزيله منه أيضًا. هل تريد الحذف؟</numerusform>
            <numerusform>هذا مستخدم في منشورين. حذفه يزيله منهما أيضًا. هل تريد الحذف؟</numerusform>
            <numerusform>هذا مستخدم في %Ln منشورات. حذفه يزيله منها أيضًا. هل تريد الحذف؟</numerusform>
            <numerusform>هذا مستخدم في %Ln منشورًا. حذفه يزيله منها أيضًا. هل تريد الحذف؟</numerusform>
            <numerusform>هذا مستخدم في %Ln منشور. حذفه يزيله منها أيضًا. هل تريد الحذف؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n item(s) from the library? This cannot be undone.</source>
        <translation>
            <numerusform>هل تريد حذف %Ln عنصر من المكتبة؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد حذف عنصر واحد من المكتبة؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد حذف عنصرين من المكتبة؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد حذف %Ln عناصر من المكتبة؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد حذف %Ln عنصرًا من المكتبة؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد حذف %Ln عنصر من المكتبة؟ لا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete media</source>
        <translation>حذف الوسائط</translation>
    </message>
    <message>
        <location filename="../src/postdesk/app.py" line="-35"/>
        <location line="+36"/>
        <source>Media</source>
        <translation>الوسائط</translation>
    </message>
</context>
<context>
    <name>MediaPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/media_part.py" line="+85"/>
        <source>Attach images</source>
        <translation>إرفاق صور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images ({patterns})</source>
        <translation>الصور ({patterns})</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Adding images…</source>
        <translation>جارٍ إضافة الصور…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Some images are no longer in the media library and were not attached.</source>
        <translation>بعض الصور لم تعد في مكتبة الوسائط ولم تُرفق.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Couldn&apos;t read {files} as images.</source>
        <translation>تعذّرت قراءة {files} كصور.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Couldn&apos;t add the images; the files were not changed.</source>
        <translation>تعذّرت إضافة الصور؛ ولم تتغير الملفات.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Couldn&apos;t save the image description; it is kept here.</source>
        <translation>تعذّر حفظ وصف الصورة؛ وهو محفوظ هنا.</translation>
    </message>
</context>
<context>
    <name>MediaPreviewDialog</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/preview_dialog.py" line="+204"/>
        <source>Preview of “{name}”</source>
        <translation>معاينة «{name}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the picture…</source>
        <translation>جارٍ تحميل الصورة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>What each network receives</source>
        <translation>ما تتلقاه كل شبكة</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No preview</source>
        <translation>لا معاينة</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
</context>
<context>
    <name>MediaStrip</name>
    <message>
        <location filename="../src/postdesk/ui/composer/media_strip.py" line="+142"/>
        <source>Attached images</source>
        <translation>الصور المرفقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Left and Alt+Right move the selected image</source>
        <translation>ينقل Alt+Left وAlt+Right الصورة المحددة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag an image, or press Alt+Left / Alt+Right, to change the order</source>
        <translation>اسحب صورة، أو اضغط Alt+Left / Alt+Right، لتغيير الترتيب</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;ttach images…</source>
        <translation>إر&amp;فاق صور…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach images</source>
        <translation>إرفاق صور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move image</source>
        <translation>إ&amp;زالة الصورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected image</source>
        <translation>إزالة الصورة المحددة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Descr&amp;iption (alt text):</source>
        <translation>ال&amp;وصف (النص البديل):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description of the selected image, for people who cannot see it</source>
        <translation>وصف الصورة المحددة، للأشخاص الذين لا يستطيعون رؤيتها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is in the picture?</source>
        <translation>ماذا يوجد في الصورة؟</translation>
    </message>
</context>
<context>
    <name>MediaStripModel</name>
    <message>
        <location filename="../src/postdesk/ui/composer/models.py" line="-64"/>
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No description yet</source>
        <translation>لا وصف بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no description</source>
        <translation>بلا وصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image {n}: {alt}</source>
        <translation>الصورة {n}: {alt}</translation>
    </message>
</context>
<context>
    <name>NetworkCrops</name>
    <message>
        <location filename="../src/postdesk/ui/composer/media_choice_crop.py" line="+61"/>
        <source>That image is no longer in the media library.</source>
        <translation>هذه الصورة لم تعد في مكتبة الوسائط.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>for {network}</source>
        <translation>لـ {network}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The crop could not be saved. Try again in a moment.</source>
        <translation>تعذّر حفظ القص. حاول مجددًا بعد قليل.</translation>
    </message>
</context>
<context>
    <name>NetworkTile</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/preview_dialog.py" line="-138"/>
        <source>Any shape</source>
        <extracomment>The larger picture&apos;s box: the tiles below it are what the dialog is for, so it stays modest.</extracomment>
        <translation>أي شكل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best shape {ratio}</source>
        <translation>أفضل شكل {ratio}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shaded part falls outside the shape {network} shows best. Crop or rotate… makes a copy in it.</source>
        <translation>يقع الجزء المظلل خارج الشكل الذي يعرضه {network} على أفضل وجه. ينشئ «قص أو تدوير…» نسخة بهذا الشكل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>original</source>
        <translation>الأصلي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>re-encoded</source>
        <translation>معاد ترميزه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too large for {network}</source>
        <translation>أكبر من اللازم لـ {network}</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/body.py" line="-12"/>
        <source>Calendar message</source>
        <translation>رسالة التقويم</translation>
    </message>
</context>
<context>
    <name>PartsEditor</name>
    <message>
        <location filename="../src/postdesk/ui/composer/parts_editor.py" line="+192"/>
        <source>&amp;Add part</source>
        <extracomment>File suffixes accepted as images when dropped. Background of text that does not fit; translucent so it reads in light and dark themes.</extracomment>
        <translation>إ&amp;ضافة جزء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a thread part</source>
        <translation>إضافة جزء إلى السلسلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;plit into thread</source>
        <translation>ت&amp;قسيم إلى سلسلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split the text into a thread automatically</source>
        <translation>تقسيم النص إلى سلسلة تلقائيًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split at sentence boundaries so every part fits</source>
        <translation>التقسيم عند نهايات الجمل ليتسع كل جزء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Join parts</source>
        <translation>دمج الأ&amp;جزاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join all thread parts into one text</source>
        <translation>دمج كل أجزاء السلسلة في نص واحد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number parts (1/n)</source>
        <translation>ترقيم الأجزاء (‎1/n)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add 1/n numbering when splitting</source>
        <translation>إضافة ترقيم ‎1/n عند التقسيم</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Part {n} of {count}</source>
        <translation>الجزء {n} من {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove part {n}</source>
        <translation>إزالة الجزء {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label}, part {n} of {count}</source>
        <translation>{label}، الجزء {n} من {count}</translation>
    </message>
</context>
<context>
    <name>PinterestOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="+148"/>
        <source>Pinterest board</source>
        <extracomment>The link&apos;s limit (`PinCreate.link` maxLength in Pinterest&apos;s OpenAPI description).</extracomment>
        <translation>لوحة Pinterest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a board</source>
        <translation>اختر لوحة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New board…</source>
        <translation>لوحة جديدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new Pinterest board</source>
        <translation>إنشاء لوحة Pinterest جديدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the boards from Pinterest again</source>
        <translation>قراءة اللوحات من Pinterest مجددًا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Board:</source>
        <translation>ال&amp;لوحة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Board section</source>
        <translation>قسم اللوحة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New section…</source>
        <translation>قسم جديد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new section on the board</source>
        <translation>إنشاء قسم جديد في اللوحة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ection:</source>
        <translation>ال&amp;قسم:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Destination link</source>
        <translation>رابط الوجهة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://… where the Pin leads (optional)</source>
        <translation>رابط https://… الذي يقود إليه الدبوس (اختياري)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Link:</source>
        <translation>ال&amp;رابط:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose cover…</source>
        <translation>اختيار غلاف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the video&apos;s cover image</source>
        <translation>اختيار صورة غلاف الفيديو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a frame</source>
        <translation>استخدام إطار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a frame of the video as its cover</source>
        <translation>استخدام إطار من الفيديو غلافًا له</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Video &amp;cover:</source>
        <translation>&amp;غلاف الفيديو:</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Reading your boards from Pinterest…</source>
        <translation>جارٍ قراءة لوحاتك من Pinterest…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pinterest did not answer: {reason}. Try Refresh in a moment.</source>
        <translation>لم يُجب Pinterest: {reason}. جرّب «تحديث» بعد قليل.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This account has no boards yet: make one with New board….</source>
        <translation>لا توجد لوحات في هذا الحساب بعد: أنشئ واحدة باستخدام «لوحة جديدة…».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (secret)</source>
        <translation> (سرية)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No section</source>
        <translation>بلا قسم</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Section {id}</source>
        <translation>القسم {id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New board</source>
        <translation>لوحة جديدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new board:</source>
        <translation>اسم اللوحة الجديدة:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Making the board “{name}” on Pinterest…</source>
        <translation>جارٍ إنشاء اللوحة «{name}» على Pinterest…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New section</source>
        <translation>قسم جديد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new section:</source>
        <translation>اسم القسم الجديد:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cover image for the video</source>
        <translation>صورة غلاف الفيديو</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>الصور (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A frame of the video</source>
        <translation>إطار من الفيديو</translation>
    </message>
</context>
<context>
    <name>PollEditor</name>
    <message>
        <location filename="../src/postdesk/ui/composer/poll_editor.py" line="+53"/>
        <source>Add a p&amp;oll</source>
        <extracomment>A new poll runs one day, as on X and Mastodon&apos;s own apps.</extracomment>
        <translation>إضافة &amp;استطلاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a poll to the {network} post</source>
        <translation>إضافة استطلاع إلى منشور {network}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choices:</source>
        <translation>الخيارات:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poll length, days</source>
        <translation>مدة الاستطلاع، بالأيام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> d</source>
        <translation> ي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> h</source>
        <translation> س</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Poll length, hours</source>
        <translation>مدة الاستطلاع، بالساعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> د</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Poll length, minutes</source>
        <translation>مدة الاستطلاع، بالدقائق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs for:</source>
        <translation>المدة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People may pick more than one</source>
        <translation>يمكن للأشخاص اختيار أكثر من خيار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poll allows several choices</source>
        <translation>يسمح الاستطلاع بعدة خيارات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the results until it ends</source>
        <translation>إخفاء النتائج حتى انتهائه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the poll&apos;s results until it ends</source>
        <translation>إخفاء نتائج الاستطلاع حتى انتهائه</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Poll choice {n}</source>
        <translation>خيار الاستطلاع {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choice {n}</source>
        <translation>الخيار {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choice {n} (optional)</source>
        <translation>الخيار {n} (اختياري)</translation>
    </message>
</context>
<context>
    <name>PostActions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/post_actions.py" line="+66"/>
        <source>Choose at least one network.</source>
        <translation>اختر شبكة واحدة على الأقل.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{first} (and {n} more networks with problems)</source>
        <translation>{first} (و{n} شبكات أخرى بها مشكلات)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Can&apos;t schedule yet: {reason}</source>
        <translation>تتعذّر الجدولة بعد: {reason}</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>That time has already passed; pick a time in the future.</source>
        <translation>هذا الوقت قد مضى؛ اختر وقتًا في المستقبل.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{networks} holds this post at its time. To change the time, take it back first (Cancel), then schedule it again.</source>
        <translation>يحتفظ {networks} بهذا المنشور حتى موعده. لتغيير الوقت، اسحبه أولًا (إلغاء)، ثم أعد جدولته.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Paused. Pick the new time, then press Schedule: it goes out then.</source>
        <translation>متوقف مؤقتًا. اختر الوقت الجديد، ثم اضغط «جدولة»: وسيُنشر حينها.</translation>
    </message>
</context>
<context>
    <name>PostControls</name>
    <message>
        <location filename="../src/postdesk/ui/composer/post_controls.py" line="+102"/>
        <source>Where this post stands with Postdesk&apos;s publisher</source>
        <extracomment>States the engine may pause or reschedule (not mid-request, not done).</extracomment>
        <translation>وضع هذا المنشور لدى ناشر Postdesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the post is waiting for</source>
        <translation>ما ينتظره المنشور</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Did it &amp;go out?…</source>
        <translation>&amp;هل نُشر؟…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say whether the post is on the network, or send it again</source>
        <translation>أخبر ما إذا كان المنشور موجودًا على الشبكة، أو أعد إرساله</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pause</source>
        <translation>إي&amp;قاف مؤقت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause this post</source>
        <translation>إيقاف هذا المنشور مؤقتًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ume</source>
        <translation>ا&amp;ستئناف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume this post</source>
        <translation>استئناف هذا المنشور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resc&amp;hedule…</source>
        <translation>إعادة ال&amp;جدولة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause this post and pick a new time</source>
        <translation>إيقاف هذا المنشور مؤقتًا واختيار وقت جديد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ca&amp;ncel</source>
        <translation>إ&amp;لغاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never send this post (a hand-off is taken back)</source>
        <translation>عدم إرسال هذا المنشور أبدًا (يُسحب أي تسليم)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this post</source>
        <translation>حذف هذا المنشور</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Delete this post from Postdesk, or from the network too</source>
        <translation>حذف هذا المنشور من Postdesk، أو من الشبكة أيضًا</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Delete this post?</source>
        <translation>هل تريد حذف هذا المنشور؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this post from Postdesk? It has not gone out, so nothing is on any network.</source>
        <translation>هل تريد حذف هذا المنشور من Postdesk؟ لم يُنشر، لذا لا يوجد شيء على أي شبكة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep it</source>
        <translation>الإ&amp;بقاء عليه</translation>
    </message>
</context>
<context>
    <name>PostsModel</name>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="-117"/>
        <source>Not given by this network</source>
        <translation>لا توفره هذه الشبكة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>المنشور</translation>
    </message>
</context>
<context>
    <name>PreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/preview.py" line="+240"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you</source>
        <translation>أنت</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>subreddit</source>
        <translation>مجتمع فرعي</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a board</source>
        <translation>لوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved to</source>
        <translation>محفوظ في</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+3"/>
        <source>(No title yet)</source>
        <translation>(لا عنوان بعد)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{network} shows your image or video here</source>
        <translation>يعرض {network} صورتك أو الفيديو هنا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Like  ·  Comment  ·  Repost  ·  Send</source>
        <translation>أعجبني  ·  تعليق  ·  إعادة نشر  ·  إرسال</translation>
    </message>
</context>
<context>
    <name>PreviewFrame</name>
    <message>
        <location filename="../src/postdesk/ui/composer/previews/frame.py" line="+44"/>
        <source>&amp;Phone</source>
        <extracomment>The card&apos;s width in each mode (a phone&apos;s feed is ~390 px wide; a desktop feed column ~600).</extracomment>
        <translation>ال&amp;هاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview as on a phone</source>
        <translation>معاينة كما على الهاتف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Desktop</source>
        <translation>سطح ال&amp;مكتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview as on a desktop</source>
        <translation>معاينة كما على سطح المكتب</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
</context>
<context>
    <name>PreviewPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/preview_part.py" line="+157"/>
        <source>Your name</source>
        <extracomment>How long after the last change the hidden tabs&apos; previews are brought up to date. The visible preview renders this long after the last keystroke... ...and at least this often while the user keeps typing. Told the post and the first sentences of the targets that have errors, after each refresh.</extracomment>
        <translation>اسمك</translation>
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
        <translation>خطأ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../src/postdesk/ui/error_words.py" line="+19"/>
        <source>The disk is full, so Postdesk could not save. Free some space; your work is still open.</source>
        <translation>القرص ممتلئ، لذا تعذّر على Postdesk الحفظ. حرّر بعض المساحة؛ عملك لا يزال مفتوحًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another program held Postdesk&apos;s database, so this did not finish. Try again in a moment.</source>
        <translation>كان برنامج آخر يشغل قاعدة بيانات Postdesk، لذا لم تكتمل العملية. حاول مجددًا بعد قليل.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your computer refused to read or write Postdesk&apos;s files. Check the disk, then try again.</source>
        <translation>رفض حاسوبك قراءة ملفات Postdesk أو الكتابة فيها. تحقق من القرص، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network did not answer in time. Postdesk will try again when you ask.</source>
        <translation>لم تُجب الشبكة في الوقت المحدد. سيحاول Postdesk مجددًا عندما تطلب ذلك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk could not finish what it was doing. Try again; if it keeps happening, the log in the data folder says what went wrong.</source>
        <translation>تعذّر على Postdesk إنهاء ما كان يفعله. حاول مجددًا؛ وإن تكرر ذلك، فسجل الأحداث في مجلد البيانات يوضح ما حدث.</translation>
    </message>
</context>
<context>
    <name>QueueControls</name>
    <message>
        <location filename="../src/postdesk/ui/composer/queue_button.py" line="+30"/>
        <source>Add to &amp;queue…</source>
        <translation>إضافة إلى &amp;قائمة الانتظار…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the post to a queue: it takes the queue&apos;s next free time</source>
        <translation>إضافة المنشور إلى قائمة انتظار: يأخذ أول وقت متاح فيها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the post the next free time of one of your queues</source>
        <translation>منح المنشور أول وقت متاح في إحدى قوائم الانتظار</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened with the queue</source>
        <translation>ما حدث مع قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No queue serves these accounts yet. Create one in Queues (its times, and which accounts use it), then add the post.</source>
        <translation>لا توجد قائمة انتظار لهذه الحسابات بعد. أنشئ واحدة من «قوائم الانتظار» (أوقاتها والحسابات التي تستخدمها)، ثم أضف المنشور.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That queue filled up meanwhile; the post stays as it was.</source>
        <translation>امتلأت قائمة الانتظار هذه في الأثناء؛ ويبقى المنشور كما كان.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added to “{queue}”: goes out {when}.</source>
        <translation>أُضيف إلى «{queue}»: يُنشر {when}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(The time shown was taken meanwhile, so it got the next one.)</source>
        <translation>(شُغل الوقت المعروض في الأثناء، فحصل على الوقت التالي.)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk could not add the post to the queue just now. Nothing changed; try again.</source>
        <translation>تعذّر على Postdesk إضافة المنشور إلى قائمة الانتظار الآن. لم يتغير شيء؛ حاول مجددًا.</translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <location filename="../src/postdesk/ui/queues/models.py" line="+53"/>
        <source>{day} at {time}</source>
        <translation>{day} الساعة {time}</translation>
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
            <numerusform>لا فترات أسبوعيًا</numerusform>
            <numerusform>فترة واحدة أسبوعيًا</numerusform>
            <numerusform>فترتان أسبوعيًا</numerusform>
            <numerusform>%Ln فترات أسبوعيًا</numerusform>
            <numerusform>%Ln فترة أسبوعيًا</numerusform>
            <numerusform>%Ln فترة أسبوعيًا</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Goes out</source>
        <translation>موعد النشر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Post</source>
        <translation>المنشور</translation>
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
        <translation>قوائم الانتظار</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="+19"/>
        <source>&amp;Queues</source>
        <translation>&amp;قوائم الانتظار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your queues</source>
        <translation>قوائم انتظارك</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No queue yet. A queue is a set of weekly times (say Tuesday and Thursday at 9:00); “Add to queue” in the composer then gives a post the next free one.</source>
        <translation>لا توجد قائمة انتظار بعد. قائمة الانتظار مجموعة أوقات أسبوعية (مثل الثلاثاء والخميس الساعة ٩:٠٠)؛ ثم يمنح «إضافة إلى قائمة الانتظار» في المحرر المنشورَ أول وقت متاح منها.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New queue</source>
        <translation>قائمة انتظار &amp;جديدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a new queue</source>
        <translation>إنشاء قائمة انتظار جديدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete queue</source>
        <translation>&amp;حذف قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the chosen queue</source>
        <translation>حذف قائمة الانتظار المختارة</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Queue name</source>
        <translation>اسم قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Weekday mornings</source>
        <translation>مثلًا: صباح أيام العمل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time zone the queue&apos;s times are in</source>
        <translation>المنطقة الزمنية لأوقات قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone:</source>
        <translation>المنطقة ال&amp;زمنية:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day of the new time</source>
        <translation>يوم الوقت الجديد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time of the new slot</source>
        <translation>وقت الفترة الجديدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add time</source>
        <translation>إ&amp;ضافة وقت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add this weekly time to the queue</source>
        <translation>إضافة هذا الوقت الأسبوعي إلى قائمة الانتظار</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Na&amp;me:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Weekly &amp;times:</source>
        <translation>الأ&amp;وقات الأسبوعية:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weekly times of the queue</source>
        <translation>الأوقات الأسبوعية لقائمة الانتظار</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove time</source>
        <translation>إزا&amp;لة الوقت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the chosen weekly time</source>
        <translation>إزالة الوقت الأسبوعي المختار</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;kipped dates:</source>
        <translation>التواريخ المت&amp;خطاة:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accounts that use this queue</source>
        <translation>الحسابات التي تستخدم قائمة الانتظار هذه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used &amp;by:</source>
        <translation>تستخدمها ال&amp;حسابات:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick none and every account may use it.</source>
        <translation>لا تحدد شيئًا ليتمكن كل حساب من استخدامها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save queue</source>
        <translation>ح&amp;فظ قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the queue</source>
        <translation>حفظ قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the queue still needs</source>
        <translation>ما تحتاج إليه قائمة الانتظار بعد</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What just happened</source>
        <translation>ما حدث للتو</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Give the queue a name.</source>
        <translation>أعطِ قائمة الانتظار اسمًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one weekly time.</source>
        <translation>أضف وقتًا أسبوعيًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a time zone from the list (for example Europe/Paris).</source>
        <translation>اختر منطقة زمنية من القائمة (مثل Europe/Paris).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another queue is already called “{name}”.</source>
        <translation>توجد قائمة انتظار أخرى باسم «{name}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The queue could not be saved. Nothing was lost; try again.</source>
        <translation>تعذّر حفظ قائمة الانتظار. لم يضع شيء؛ حاول مجددًا.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Queue deleted. Its posts keep their times.</source>
        <translation>حُذفت قائمة الانتظار. تحتفظ منشوراتها بأوقاتها.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Time removed. %n post(s) moved to the next free times.</source>
        <translation>
            <numerusform>أُزيل الوقت. لم يُنقل أي منشور.</numerusform>
            <numerusform>أُزيل الوقت. نُقل منشور واحد إلى أول وقت متاح.</numerusform>
            <numerusform>أُزيل الوقت. نُقل منشوران إلى الأوقات المتاحة التالية.</numerusform>
            <numerusform>أُزيل الوقت. نُقلت %Ln منشورات إلى الأوقات المتاحة التالية.</numerusform>
            <numerusform>أُزيل الوقت. نُقل %Ln منشورًا إلى الأوقات المتاحة التالية.</numerusform>
            <numerusform>أُزيل الوقت. نُقل %Ln منشور إلى الأوقات المتاحة التالية.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time removed.</source>
        <translation>أُزيل الوقت.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Shuffled: the same times, a new order.</source>
        <translation>أُعيد الترتيب عشوائيًا: الأوقات نفسها بترتيب جديد.</translation>
    </message>
</context>
<context>
    <name>QuoteField</name>
    <message>
        <location filename="../src/postdesk/ui/composer/quote_field.py" line="+42"/>
        <source>Address of the {network} post to quote</source>
        <translation>عنوان منشور {network} المراد اقتباسه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the address of a {network} post: yours will show it inside. Optional.</source>
        <translation>الصق عنوان منشور على {network}: سيعرضه منشورك بداخله. اختياري.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Quote a post:</source>
        <translation>ا&amp;قتباس منشور:</translation>
    </message>
</context>
<context>
    <name>RedditOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/reddit_options.py" line="+102"/>
        <source>Your subreddits</source>
        <translation>مجتمعاتك الفرعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one of your subreddits</source>
        <translation>اختر أحد مجتمعاتك الفرعية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yo&amp;ur subreddits:</source>
        <translation>م&amp;جتمعاتك الفرعية:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post flair</source>
        <translation>شارة المنشور</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+143"/>
        <source>No flair</source>
        <translation>بلا شارة</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>&amp;Flair:</source>
        <translation>ال&amp;شارة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;NSFW (not safe for work)</source>
        <translation>NSFW (&amp;غير لائق للعمل)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;poiler</source>
        <translation>&amp;حرق أحداث</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Marks:</source>
        <translation>العلامات:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link to post</source>
        <translation>رابط للنشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://… makes a link post (optional)</source>
        <translation>https://… ينشئ منشور رابط (اختياري)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lin&amp;k:</source>
        <translation>ال&amp;رابط:</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Reddit did not answer: {reason}. The subreddit&apos;s rules are checked again when the post goes out.</source>
        <translation>لم يُجب Reddit: {reason}. ستُفحص قواعد المجتمع الفرعي مجددًا عند النشر.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading the rules of r/{name}…</source>
        <translation>جارٍ قراءة قواعد r/{name}…</translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="+153"/>
        <source>Media relay</source>
        <extracomment>Services the form knows: (id, endpoint example, region example, path-style).</extracomment>
        <translation>مرحّل الوسائط</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Threads, Instagram and Google Business Profile (and TikTok, for photo posts) take photos and videos only from a web address. Postdesk puts each file in storage you own (an S3-compatible bucket) just before posting, gives the network a private link that stops working after {minutes} minutes, and deletes the file as soon as the network has it. Create a bucket and an access key that may read, write and delete in it, then fill in the form.</source>
        <translation>لا تقبل Threads وInstagram وGoogle Business Profile (وTikTok لمنشورات الصور) الصور ومقاطع الفيديو إلا من عنوان ويب. يضع Postdesk كل ملف في مساحة تخزين تملكها (حاوية متوافقة مع S3) قبيل النشر مباشرة، ويمنح الشبكة رابطًا خاصًا يتوقف عن العمل بعد {minutes} دقيقة، ويحذف الملف فور حصول الشبكة عليه. أنشئ حاوية ومفتاح وصول يمكنه القراءة والكتابة والحذف فيها، ثم املأ النموذج.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Storage service</source>
        <translation>خدمة التخزين</translation>
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
        <translation>خدمة أخرى متوافقة مع S3 (MinIO وGarage …)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Endpoint</source>
        <translation>نقطة النهاية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bucket</source>
        <translation>الحاوية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access key ID</source>
        <translation>معرّف مفتاح الوصول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret access key</source>
        <translation>مفتاح الوصول السري</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the bucket in the path (needed by MinIO, Garage and most self-hosted services)</source>
        <translation>وضع الحاوية في المسار (مطلوب لـ MinIO وGarage ومعظم الخدمات المستضافة ذاتيًا)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secret key is kept in your system&apos;s keyring, never in Postdesk&apos;s files.</source>
        <translation>يُحفظ المفتاح السري في مخزن كلمات المرور في نظامك، ولا يُحفظ أبدًا في ملفات Postdesk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Endpoint:</source>
        <translation>&amp;نقطة النهاية:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Region:</source>
        <translation>المن&amp;طقة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bucket:</source>
        <translation>الحاو&amp;ية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access &amp;key ID:</source>
        <translation>معرّف م&amp;فتاح الوصول:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret access ke&amp;y:</source>
        <translation>مفتاح الوصول الس&amp;ري:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Ser&amp;vice:</source>
        <translation>الخ&amp;دمة:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Test the rel&amp;ay</source>
        <translation>ا&amp;ختبار المرحّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the relay</source>
        <translation>إزالة المرحّل</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Kept in the keyring (type to replace it)</source>
        <translation>محفوظ في مخزن كلمات المرور (اكتب لاستبداله)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set up: media for Threads goes through the bucket “{bucket}”.</source>
        <translation>مُعدّ: تمر وسائط Threads عبر الحاوية «{bucket}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not set up: posts to Threads can only be text.</source>
        <translation>غير مُعدّ: لا يمكن أن تكون المنشورات على Threads إلا نصية.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave empty for Amazon S3</source>
        <translation>اتركه فارغًا لـ Amazon S3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave the endpoint empty and give the bucket&apos;s region.</source>
        <translation>اترك نقطة النهاية فارغة وحدد منطقة الحاوية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the S3 API address from the bucket&apos;s settings in Cloudflare; the region is “auto”.</source>
        <translation>انسخ عنوان S3 API من إعدادات الحاوية في Cloudflare؛ والمنطقة هي «auto».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the bucket&apos;s S3 endpoint shown in Backblaze (it names the region).</source>
        <translation>استخدم نقطة نهاية S3 للحاوية الظاهرة في Backblaze (تتضمن اسم المنطقة).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the endpoint of the bucket&apos;s region, from Wasabi&apos;s list of service URLs.</source>
        <translation>استخدم نقطة نهاية منطقة الحاوية، من قائمة عناوين URL للخدمة في Wasabi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the service&apos;s S3 address; most self-hosted services need the bucket in the path.</source>
        <translation>استخدم عنوان S3 للخدمة؛ وتحتاج معظم الخدمات المستضافة ذاتيًا إلى وضع الحاوية في المسار.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+128"/>
        <source>Enter the secret access key.</source>
        <translation>أدخل مفتاح الوصول السري.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Testing the relay…</source>
        <translation>جارٍ اختبار المرحّل…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The relay works. Save it, and Threads posts can include photos and videos.</source>
        <translation>المرحّل يعمل. احفظه، وستتمكن منشورات Threads من تضمين الصور ومقاطع الفيديو.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay does not work yet: fix what is said above and test again.</source>
        <translation>المرحّل لا يعمل بعد: أصلح ما ذُكر أعلاه ثم اختبره مجددًا.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The keyring is locked or missing, so the secret key cannot be kept or read. Unlock it and try again.</source>
        <translation>مخزن كلمات المرور مقفل أو غير موجود، لذا لا يمكن حفظ المفتاح السري أو قراءته. افتح قفله ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The relay settings could not be read or saved. Try again.</source>
        <translation>تعذّرت قراءة إعدادات المرحّل أو حفظها. حاول مجددًا.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✓ Uploaded a small test picture to the bucket.</source>
        <translation>✓ رُفعت صورة اختبار صغيرة إلى الحاوية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Fetched it back through a link that works for {minutes} minutes, as Threads will.</source>
        <translation>✓ جُلبت مجددًا عبر رابط يعمل لمدة {minutes} دقيقة، كما سيفعل Threads.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Deleted it again.</source>
        <translation>✓ حُذفت مجددًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✗ Could not fetch it back through the link (the service answered {status}). Check the endpoint and the region.</source>
        <translation>✗ تعذّر جلبها مجددًا عبر الرابط (أجابت الخدمة بـ {status}). تحقق من نقطة النهاية والمنطقة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✗ Could not delete it: the access key needs permission to delete objects, or copies would stay in the bucket.</source>
        <translation>✗ تعذّر حذفها: يحتاج مفتاح الوصول إلى إذن حذف الكائنات، وإلا فستبقى النسخ في الحاوية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✗ Could not upload the test picture:</source>
        <translation>✗ تعذّر رفع صورة الاختبار:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Could not fetch it back:</source>
        <translation>✗ تعذّر جلبها مجددًا:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The endpoint must be a web address starting with https://.</source>
        <translation>يجب أن تكون نقطة النهاية عنوان ويب يبدأ بـ https://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use an https:// endpoint: plain http would send your files and keys unprotected.</source>
        <translation>استخدم نقطة نهاية https://: فبروتوكول http العادي يرسل ملفاتك ومفاتيحك دون حماية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the bucket&apos;s name.</source>
        <translation>أدخل اسم الحاوية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A bucket name has 3 to 63 lower-case letters, digits, dots or hyphens.</source>
        <translation>يتكون اسم الحاوية من ٣ إلى ٦٣ حرفًا لاتينيًا صغيرًا أو رقمًا أو نقطة أو شرطة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The region is a short name such as us-east-1 or auto.</source>
        <translation>المنطقة اسم قصير مثل us-east-1 أو auto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the access key ID.</source>
        <translation>أدخل معرّف مفتاح الوصول.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service did not answer. Check the endpoint and your connection.</source>
        <translation>لم تُجب الخدمة. تحقق من نقطة النهاية ومن اتصالك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service is busy or failing right now. Try again in a minute.</source>
        <translation>الخدمة مشغولة أو تواجه أعطالًا حاليًا. حاول مجددًا بعد دقيقة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this bucket does not exist at this endpoint. Check its name and region.</source>
        <translation>هذه الحاوية غير موجودة عند نقطة النهاية هذه. تحقق من اسمها ومنطقتها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the service refused the access key. Check the key ID and the secret, and that the key may write to this bucket.</source>
        <translation>رفضت الخدمة مفتاح الوصول. تحقق من معرّف المفتاح والسر، ومن أن المفتاح يمكنه الكتابة في هذه الحاوية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the keyring is locked or missing, so the secret key cannot be read.</source>
        <translation>مخزن كلمات المرور مقفل أو غير موجود، لذا تتعذّر قراءة المفتاح السري.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the bucket and the access key first.</source>
        <translation>املأ الحاوية ومفتاح الوصول أولًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the service refused ({detail}).</source>
        <translation>رفضت الخدمة ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service refused.</source>
        <translation>رفضت الخدمة.</translation>
    </message>
</context>
<context>
    <name>RepeatControls</name>
    <message>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="+177"/>
        <source>&amp;Repeat…</source>
        <translation>&amp;تكرار…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat this post every few days or weeks</source>
        <translation>تكرار هذا المنشور كل بضعة أيام أو أسابيع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How this post repeats</source>
        <translation>طريقة تكرار هذا المنشور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop repeatin&amp;g</source>
        <translation>إي&amp;قاف التكرار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop repeating: the repeats not yet sent are removed</source>
        <translation>إيقاف التكرار: تُزال التكرارات التي لم تُرسل بعد</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>Repeating stopped. %n repeat(s) not yet sent were removed.</source>
        <translation>
            <numerusform>توقف التكرار. لم تكن هناك تكرارات غير مرسلة.</numerusform>
            <numerusform>توقف التكرار. أُزيل تكرار واحد لم يُرسل بعد.</numerusform>
            <numerusform>توقف التكرار. أُزيل تكراران لم يُرسلا بعد.</numerusform>
            <numerusform>توقف التكرار. أُزيلت %Ln تكرارات لم تُرسل بعد.</numerusform>
            <numerusform>توقف التكرار. أُزيل %Ln تكرارًا لم تُرسل بعد.</numerusform>
            <numerusform>توقف التكرار. أُزيل %Ln تكرار لم تُرسل بعد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeating stopped.</source>
        <translation>توقف التكرار.</translation>
    </message>
</context>
<context>
    <name>RepeatDialog</name>
    <message numerus="yes">
        <location line="-224"/>
        <source>every %n week(s)</source>
        <translation>
            <numerusform>كل %Ln أسبوع</numerusform>
            <numerusform>كل أسبوع</numerusform>
            <numerusform>كل أسبوعين</numerusform>
            <numerusform>كل %Ln أسابيع</numerusform>
            <numerusform>كل %Ln أسبوعًا</numerusform>
            <numerusform>كل %Ln أسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>كل %Ln يوم</numerusform>
            <numerusform>كل يوم</numerusform>
            <numerusform>كل يومين</numerusform>
            <numerusform>كل %Ln أيام</numerusform>
            <numerusform>كل %Ln يومًا</numerusform>
            <numerusform>كل %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until you stop it</source>
        <translation>حتى توقفه</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n more time(s)</source>
        <translation>
            <numerusform>لا مرات أخرى</numerusform>
            <numerusform>مرة أخرى واحدة</numerusform>
            <numerusform>مرتين أخريين</numerusform>
            <numerusform>%Ln مرات أخرى</numerusform>
            <numerusform>%Ln مرة أخرى</numerusform>
            <numerusform>%Ln مرة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeats {every}, {times}</source>
        <translation>يتكرر {every}، {times}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>with %n variation(s)</source>
        <translation>
            <numerusform>بلا صيغ بديلة</numerusform>
            <numerusform>مع صيغة بديلة واحدة</numerusform>
            <numerusform>مع صيغتين بديلتين</numerusform>
            <numerusform>مع %Ln صيغ بديلة</numerusform>
            <numerusform>مع %Ln صيغة بديلة</numerusform>
            <numerusform>مع %Ln صيغة بديلة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeating stopped</source>
        <translation>توقف التكرار</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Repeat this post</source>
        <translation>تكرار هذا المنشور</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many days or weeks between two posts</source>
        <translation>عدد الأيام أو الأسابيع بين منشورين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days</source>
        <translation>أيام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weeks</source>
        <translation>أسابيع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days or weeks</source>
        <translation>أيام أو أسابيع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat &amp;every:</source>
        <translation>ال&amp;تكرار كل:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;This many more times:</source>
        <translation>&amp;عدد المرات الإضافية:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many more times</source>
        <translation>عدد المرات الإضافية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until I &amp;stop it</source>
        <translation>حتى أ&amp;وقفه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Networks refuse a post identical to an earlier one. Add a few variations: each repeat uses the next text in turn, then the post&apos;s own again.</source>
        <translation>ترفض الشبكات المنشور المطابق لمنشور سابق. أضف بضع صيغ بديلة: يستخدم كل تكرار النص التالي بالتناوب، ثم نص المنشور الأصلي مجددًا.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text variations, used in turn</source>
        <translation>صيغ النص البديلة، تُستخدم بالتناوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a variation</source>
        <translation>إ&amp;ضافة صيغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a text variation</source>
        <translation>إضافة صيغة نصية بديلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove variation</source>
        <translation>إ&amp;زالة الصيغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen variation</source>
        <translation>إزالة الصيغة المختارة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;peat</source>
        <translation>&amp;تكرار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the repeat</source>
        <translation>حفظ التكرار</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../src/postdesk/ui/csv_import/model.py" line="+73"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported?</source>
        <translation>مستورد؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes to</source>
        <translation>الوجهة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, as a draft</source>
        <translation>نعم، كمسودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No time: a draft</source>
        <translation>بلا وقت: مسودة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
</context>
<context>
    <name>ScheduleBar</name>
    <message>
        <location filename="../src/postdesk/ui/composer/schedule_bar.py" line="+61"/>
        <source>&amp;Schedule</source>
        <translation>&amp;جدولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule the post</source>
        <translation>جدولة المنشور</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+120"/>
        <source>Schedule (Ctrl+Enter)</source>
        <translation>جدولة (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>&amp;Unschedule</source>
        <translation>إلغاء ال&amp;جدولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the date and keep the post as a draft</source>
        <translation>مسح التاريخ والإبقاء على المنشور كمسودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish &amp;now</source>
        <translation>النشر ال&amp;آن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish the post now</source>
        <translation>نشر المنشور الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish now, with the same checks as scheduling</source>
        <translation>النشر الآن، مع عمليات التحقق نفسها المتبعة في الجدولة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Schedule status</source>
        <translation>حالة الجدولة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the post cannot be scheduled yet</source>
        <translation>سبب تعذّر جدولة المنشور بعد</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;When ({zone}):</source>
        <translation>المو&amp;عد ({zone}):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time to publish, in {zone}</source>
        <translation>تاريخ النشر ووقته، بتوقيت {zone}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>This time does not exist in {zone}: the clocks jump from {start} to {end} that day. Pick another time.</source>
        <translation>هذا الوقت غير موجود في {zone}: تقفز الساعة من {start} إلى {end} في ذلك اليوم. اختر وقتًا آخر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This time does not exist in {zone}: the clocks skip it that day. Pick another time.</source>
        <translation>هذا الوقت غير موجود في {zone}: تتخطاه الساعة في ذلك اليوم. اختر وقتًا آخر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This time happens twice in {zone} that day (the clocks go back); the first one is used.</source>
        <translation>هذا الوقت يتكرر مرتين في {zone} في ذلك اليوم (تعود الساعة إلى الوراء)؛ ويُستخدم أولهما.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not scheduled: this post is a draft.</source>
        <translation>غير مجدول: هذا المنشور مسودة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scheduled for {when} ({zone}).</source>
        <translation>مجدول في {when} ({zone}).</translation>
    </message>
</context>
<context>
    <name>ScheduleEdits</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/edits.py" line="+113"/>
        <source>The network&apos;s own scheduler holds this post at its time. To move it, take it back first (Take back and cancel), then schedule it again.</source>
        <extracomment>Where a draft dropped on a month day lands when nothing says which time: a working morning.</extracomment>
        <translation>تحتفظ أداة الجدولة الخاصة بالشبكة بهذا المنشور حتى موعده. لنقله، اسحبه أولًا («السحب والإلغاء»)، ثم أعد جدولته.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Move “{post}”</source>
        <translation>نقل «{post}»</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Added to the queue “{queue}” at {time}.</source>
        <translation>أُضيف إلى قائمة الانتظار «{queue}» في {time}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That slot was taken meanwhile. Nothing changed.</source>
        <translation>شُغلت تلك الفترة في الأثناء. لم يتغير شيء.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Repeating stopped. %n repeat(s) not yet sent were removed.</source>
        <translation>
            <numerusform>توقف التكرار. لم تكن هناك تكرارات غير مرسلة.</numerusform>
            <numerusform>توقف التكرار. أُزيل تكرار واحد لم يُرسل بعد.</numerusform>
            <numerusform>توقف التكرار. أُزيل تكراران لم يُرسلا بعد.</numerusform>
            <numerusform>توقف التكرار. أُزيلت %Ln تكرارات لم تُرسل بعد.</numerusform>
            <numerusform>توقف التكرار. أُزيل %Ln تكرارًا لم تُرسل بعد.</numerusform>
            <numerusform>توقف التكرار. أُزيل %Ln تكرار لم تُرسل بعد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeating stopped.</source>
        <translation>توقف التكرار.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove the post from Postdesk</source>
        <translation>إزالة المنشور من Postdesk</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This post is being published right now, so it can&apos;t be deleted yet. Wait until it has gone out; then Delete asks whether to remove it from Postdesk only or from the network too.</source>
        <translation>يُنشر هذا المنشور الآن، لذا لا يمكن حذفه بعد. انتظر حتى يُنشر؛ ثم سيسألك «حذف» عما إذا كنت تريد إزالته من Postdesk فقط أم من الشبكة أيضًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The post&apos;s time was changed elsewhere since, so that step was not undone. Nothing was lost.</source>
        <translation>تغيّر وقت المنشور في مكان آخر منذ ذلك الحين، لذا لم يُتراجع عن تلك الخطوة. لم يضع شيء.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That change could not be saved. Nothing was lost; try again.</source>
        <translation>تعذّر حفظ هذا التغيير. لم يضع شيء؛ حاول مجددًا.</translation>
    </message>
</context>
<context>
    <name>SentComments</name>
    <message>
        <location filename="../src/postdesk/ui/composer/first_comment_sent.py" line="+58"/>
        <source>Comment on {network}…</source>
        <translation>تعليق على {network}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post a comment under the published post on {network}</source>
        <translation>نشر تعليق أسفل المنشور الذي نُشر على {network}</translation>
    </message>
</context>
<context>
    <name>SentSection</name>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="+34"/>
        <source>What was sent</source>
        <translation>ما أُرسل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was sent (it can no longer change here)</source>
        <translation>ما أُرسل (لم يعد من الممكن تغييره هنا)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Duplicate as a new post</source>
        <translation>&amp;تكرار كمنشور جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new draft copied from this post</source>
        <translation>بدء مسودة جديدة منسوخة من هذا المنشور</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where each network stands</source>
        <translation>وضع كل شبكة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text and media that were sent</source>
        <translation>النص والوسائط التي أُرسلت</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the published post is doing</source>
        <translation>أداء المنشور بعد نشره</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Edit on {network}…</source>
        <translation>تعديل على {network}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the published post on {network} itself</source>
        <translation>تغيير المنشور الذي نُشر على {network} نفسه</translation>
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
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="+530"/>
        <source>Postdesk could not change whether it starts at login. Your system refused: {reason}</source>
        <translation>تعذّر على Postdesk تغيير بدء تشغيله عند تسجيل الدخول. رفض نظامك: {reason}</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="+5"/>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Same as the system</source>
        <translation>مثل النظام</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Times in the calendar and the composer are shown in this zone. A post keeps the zone it was scheduled in, so 09:00 stays 09:00 when the clocks change.</source>
        <translation>تُعرض الأوقات في التقويم والمحرر بهذه المنطقة الزمنية. يحتفظ المنشور بالمنطقة الزمنية التي جُدول بها، لذا تبقى ٠٩:٠٠ هي ٠٩:٠٠ عند تغيير التوقيت.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new language takes effect the next time Postdesk starts.</source>
        <translation>تسري اللغة الجديدة في المرة القادمة التي يبدأ فيها Postdesk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appearance and language</source>
        <translation>المظهر واللغة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme:</source>
        <translation>ال&amp;سمة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time &amp;zone:</source>
        <translation>المنطقة ال&amp;زمنية:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your data</source>
        <translation>بياناتك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafts, media and settings are kept on this computer, in:</source>
        <translation>تُحفظ المسودات والوسائط والإعدادات على هذا الحاسوب، في:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open data folder</source>
        <translation>فتح م&amp;جلد البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open data folder</source>
        <translation>فتح مجلد البيانات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in tokens are never written here: they live in your system&apos;s password keyring, or in the encrypted file you chose in Accounts.</source>
        <translation>لا تُكتب رموز تسجيل الدخول هنا أبدًا: فهي محفوظة في مخزن كلمات المرور في نظامك، أو في الملف المشفّر الذي اخترته في «الحسابات».</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>When posts were missed</source>
        <translation>عند فوات منشورات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask me what to do</source>
        <translation>اسألني ماذا أفعل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish them as soon as possible</source>
        <translation>نشرها في أقرب وقت ممكن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish them, unless they are too late</source>
        <translation>نشرها، ما لم تكن متأخرة جدًا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too late after, in minutes</source>
        <translation>يُعدّ متأخرًا جدًا بعد، بالدقائق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> د</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posts can fall due while Postdesk is closed or the computer sleeps. Skipped posts are paused, not deleted: they stay in the calendar.</source>
        <translation>قد يحين موعد منشورات وPostdesk مغلق أو الحاسوب في وضع السكون. المنشورات المتخطاة تُوقف مؤقتًا ولا تُحذف: فتبقى في التقويم.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keep publishing in the tray when the window is closed</source>
        <translation>&amp;مواصلة النشر من شريط النظام عند إغلاق النافذة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep publishing in the tray when the window is closed</source>
        <translation>مواصلة النشر من شريط النظام عند إغلاق النافذة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This desktop has no system tray.</source>
        <translation>لا يوجد شريط نظام في سطح المكتب هذا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start Postdesk when I log &amp;in</source>
        <translation>&amp;بدء Postdesk عند تسجيل دخولي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start Postdesk when I log in</source>
        <translation>بدء Postdesk عند تسجيل دخولي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always require a &amp;description (alt text) on every image</source>
        <translation>اشتراط &amp;وصف (نص بديل) لكل صورة دائمًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always require alt text on every image</source>
        <translation>اشتراط نص بديل لكل صورة دائمًا</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publishing</source>
        <translation>النشر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When posts were &amp;missed:</source>
        <translation>عند فوا&amp;ت منشورات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too late &amp;after:</source>
        <translation>متأخر جدًا &amp;بعد:</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../src/postdesk/ui/single_instance.py" line="+158"/>
        <source>Postdesk is already running</source>
        <extracomment>A connection that has not said its line by then is closed. How long a second launch keeps trying to reach a window that may still be starting.</extracomment>
        <translation>Postdesk قيد التشغيل بالفعل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another Postdesk window (process {pid}) did not answer.</source>
        <translation>لم تُجب نافذة Postdesk أخرى (العملية {pid}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another Postdesk window did not answer.</source>
        <translation>لم تُجب نافذة Postdesk أخرى.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk is publishing in the background without a window (postdesk --headless, process {pid}).</source>
        <translation>ينشر Postdesk في الخلفية بلا نافذة (postdesk --headless، العملية {pid}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postdesk is publishing in the background without a window (postdesk --headless).</source>
        <translation>ينشر Postdesk في الخلفية بلا نافذة (postdesk --headless).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another Postdesk (process {pid}) is using it.</source>
        <translation>نسخة أخرى من Postdesk (العملية {pid}) تستخدمها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another Postdesk is using it.</source>
        <translation>نسخة أخرى من Postdesk تستخدمها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postdesk can&apos;t open your posts in “{folder}” because they are in use.

{who}

Only one Postdesk can publish from a folder at a time, so that no post goes out twice. Stop the other one (or switch to its window), then start Postdesk again.</source>
        <translation>يتعذّر على Postdesk فتح منشوراتك في «⁦{folder}⁩» لأنها قيد الاستخدام.

{who}

لا يمكن إلا لنسخة واحدة من Postdesk النشر من مجلد ما في الوقت نفسه، حتى لا يُنشر أي منشور مرتين. أوقف النسخة الأخرى (أو انتقل إلى نافذتها)، ثم شغّل Postdesk مجددًا.</translation>
    </message>
</context>
<context>
    <name>SkippedDates</name>
    <message>
        <location filename="../src/postdesk/ui/queues/skipped_dates.py" line="+29"/>
        <source>A date with no posts from this queue</source>
        <translation>تاريخ بلا منشورات من قائمة الانتظار هذه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip &amp;date</source>
        <translation>تخطي ال&amp;تاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip this date (a holiday)</source>
        <translation>تخطي هذا التاريخ (عطلة)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dates skipped by this queue</source>
        <translation>التواريخ التي تتخطاها قائمة الانتظار هذه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t skip that date</source>
        <translation>عدم تخطي ذلك التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen date</source>
        <translation>إزالة التاريخ المختار</translation>
    </message>
</context>
<context>
    <name>SlotRemovalDialog</name>
    <message>
        <location filename="../src/postdesk/ui/queues/slot_removal.py" line="+25"/>
        <location line="+16"/>
        <source>Remove this time?</source>
        <translation>هل تريد إزالة هذا الوقت؟</translation>
    </message>
    <message numerus="yes">
        <location line="-14"/>
        <source>%n post(s) wait in the {slot} slot.</source>
        <translation>
            <numerusform>لا منشورات تنتظر في الفترة {slot}.</numerusform>
            <numerusform>ينتظر منشور واحد في الفترة {slot}.</numerusform>
            <numerusform>ينتظر منشوران في الفترة {slot}.</numerusform>
            <numerusform>تنتظر %Ln منشورات في الفترة {slot}.</numerusform>
            <numerusform>ينتظر %Ln منشورًا في الفترة {slot}.</numerusform>
            <numerusform>ينتظر %Ln منشور في الفترة {slot}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postdesk can move them to the next free times of this queue, or leave each at its time (they then leave the queue).</source>
        <translation>يمكن لـ Postdesk نقلها إلى الأوقات المتاحة التالية في قائمة الانتظار هذه، أو إبقاء كل منها في وقته (فتخرج حينئذ من قائمة الانتظار).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Move to free times</source>
        <translation>ال&amp;نقل إلى أوقات متاحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep their times</source>
        <translation>الإ&amp;بقاء على أوقاتها</translation>
    </message>
</context>
<context>
    <name>SnippetsDialog</name>
    <message>
        <location filename="../src/postdesk/ui/composer/snippets_dialog.py" line="+63"/>
        <location line="+1"/>
        <source>Snippets and hashtag groups</source>
        <translation>المقتطفات ومجموعات الهاشتاغات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved snippets and hashtag groups</source>
        <translation>المقتطفات ومجموعات الهاشتاغات المحفوظة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snippet (any text)</source>
        <translation>مقتطف (أي نص)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hashtag group</source>
        <translation>مجموعة هاشتاغات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text to insert, or the group&apos;s hashtags</source>
        <translation>النص المراد إدراجه، أو هاشتاغات المجموعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a hashtag group: #travel #food #citybreak</source>
        <translation>لمجموعة هاشتاغات: #travel #food #citybreak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>ال&amp;نص:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new snippet or hashtag group</source>
        <translation>بدء مقتطف أو مجموعة هاشتاغات جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this snippet or hashtag group</source>
        <translation>حفظ هذا المقتطف أو مجموعة الهاشتاغات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>ح&amp;ذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen snippet or hashtag group</source>
        <translation>حذف المقتطف أو مجموعة الهاشتاغات المختارة</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>hashtag group</source>
        <translation>مجموعة هاشتاغات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>snippet</source>
        <translation>مقتطف</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Give it a name and some text first.</source>
        <translation>أعطه اسمًا وبعض النص أولًا.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted.</source>
        <translation>تم الحذف.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another one of this kind already has that name: pick another name.</source>
        <translation>يوجد عنصر آخر من هذا النوع بهذا الاسم: اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That could not be saved. Try again in a moment.</source>
        <translation>تعذّر الحفظ. حاول مجددًا بعد قليل.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../src/postdesk/ui/startup_errors.py" line="+64"/>
        <source>Postdesk can&apos;t read its database</source>
        <extracomment>Shows a start-up problem: (title, text). Asks whether to restore the newest backup: (title, text) → True to restore.</extracomment>
        <translation>يتعذّر على Postdesk قراءة قاعدة بياناته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {path} is damaged or is not a Postdesk database. Nothing has been changed or deleted.</source>
        <translation>الملف ⁦{path}⁩ تالف أو ليس قاعدة بيانات Postdesk. لم يُغيَّر أو يُحذف أي شيء.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This database is from a newer Postdesk</source>
        <translation>قاعدة البيانات هذه من إصدار أحدث من Postdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data ({path}) was last opened by a newer version of Postdesk, or by a build this version does not know (schema {revision}). Install that version again to use it. Nothing has been changed.</source>
        <translation>آخر من فتح بياناتك (⁦{path}⁩) إصدار أحدث من Postdesk، أو بناء لا يعرفه هذا الإصدار (المخطط {revision}). ثبّت ذلك الإصدار مجددًا لاستخدامها. لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is not a Postdesk database</source>
        <translation>هذه ليست قاعدة بيانات Postdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {path} is a database of another program, not Postdesk&apos;s. Postdesk has not changed it. Move it to another folder to start Postdesk afresh, or start Postdesk with another data folder (postdesk --data-dir FOLDER).</source>
        <translation>الملف ⁦{path}⁩ قاعدة بيانات لبرنامج آخر، وليس لـ Postdesk. لم يغيّره Postdesk. انقله إلى مجلد آخر لبدء Postdesk من جديد، أو شغّل Postdesk بمجلد بيانات آخر (postdesk --data-dir FOLDER).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Postdesk&apos;s database is in use</source>
        <translation>قاعدة بيانات Postdesk قيد الاستخدام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another program is using the file {path}, perhaps another copy of Postdesk. Close it and start Postdesk again. Nothing has been changed.</source>
        <translation>برنامج آخر يستخدم الملف ⁦{path}⁩، ربما نسخة أخرى من Postdesk. أغلقه ثم شغّل Postdesk مجددًا. لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postdesk needs a little free space on the disk that holds {folder} to start. Free some space and start Postdesk again. Nothing has been changed.</source>
        <translation>يحتاج Postdesk إلى قليل من المساحة الحرة على القرص الذي يضم ⁦{folder}⁩ ليبدأ. حرّر بعض المساحة ثم شغّل Postdesk مجددًا. لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Postdesk can&apos;t read or write its database</source>
        <translation>يتعذّر على Postdesk قراءة قاعدة بياناته أو الكتابة فيها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your computer refused to read or write the file {path}: the disk may be failing, read-only or disconnected. Nothing has been changed. Check the disk and start Postdesk again.</source>
        <translation>رفض حاسوبك قراءة الملف ⁦{path}⁩ أو الكتابة فيه: ربما يكون القرص معطوبًا أو للقراءة فقط أو غير متصل. لم يتغير شيء. تحقق من القرص ثم شغّل Postdesk مجددًا.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Postdesk can&apos;t start</source>
        <translation>يتعذّر بدء Postdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postdesk could not open its database ({path}). Nothing has been changed.</source>
        <translation>تعذّر على Postdesk فتح قاعدة بياناته (⁦{path}⁩). لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an earlier start</source>
        <translation>تشغيل سابق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date} at {time}</source>
        <translation>{date} الساعة {time}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Postdesk keeps a copy of your data made on {when}. It can put that copy in place: anything you changed after {when} will be missing, and posts due since then are paused so that none goes out twice. The damaged file is kept in {folder}, not deleted.</source>
        <translation>يحتفظ Postdesk بنسخة من بياناتك أُنشئت في {when}. ويمكنه وضع تلك النسخة مكانها: ستفقد أي تغييرات أجريتها بعد {when}، وستُوقف مؤقتًا المنشورات التي حان موعدها منذ ذلك الحين حتى لا يُنشر أي منها مرتين. يُحفظ الملف التالف في ⁦{folder}⁩، ولا يُحذف.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Restore the newest backup</source>
        <translation>استعادة أحدث نسخة احتياطية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Postdesk found no backup it could restore. Copies made before each update are kept in {folder}.</source>
        <translation>لم يعثر Postdesk على نسخة احتياطية يمكنه استعادتها. تُحفظ النسخ المُنشأة قبل كل تحديث في ⁦{folder}⁩.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The backup could not be restored</source>
        <translation>تعذّرت استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postdesk could not put the backup in place ({reason}). Your files in {folder} are as they were or moved aside, never deleted.</source>
        <translation>تعذّر على Postdesk وضع النسخة الاحتياطية مكانها ({reason}). ملفاتك في ⁦{folder}⁩ كما كانت أو نُقلت جانبًا، ولم تُحذف أبدًا.</translation>
    </message>
    <message>
        <location filename="../src/postdesk/app.py" line="+220"/>
        <source>Postdesk could not start</source>
        <translation>تعذّر بدء Postdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong while opening your posts. The log in {folder} has the details.</source>
        <translation>حدث خطأ أثناء فتح منشوراتك. يحتوي سجل الأحداث في ⁦{folder}⁩ على التفاصيل.</translation>
    </message>
</context>
<context>
    <name>TagsPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/tags_part.py" line="+43"/>
        <source>Ta&amp;gs:</source>
        <translation>ال&amp;وسوم:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags of this post</source>
        <translation>وسوم هذا المنشور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>launch, tour… (only you see them; the calendar filters by them)</source>
        <translation>إطلاق، جولة… (تراها أنت فقط؛ ويصفّي التقويم بها)</translation>
    </message>
</context>
<context>
    <name>TargetOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/target_options.py" line="+68"/>
        <source>{network} title</source>
        <extracomment>Mastodon visibilities, by API value. Networks whose posts carry a title. A network&apos;s own options panel (a QWidget with a `changed` signal).</extracomment>
        <translation>عنوان {network}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subreddit</source>
        <translation>المجتمع الفرعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. photography (without r/)</source>
        <translation>مثل photography (بدون r/)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content warning</source>
        <translation>تحذير المحتوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional; counts toward the limit</source>
        <translation>اختياري؛ يُحتسب ضمن الحد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who can see it</source>
        <translation>من يمكنه رؤيته</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public</source>
        <translation>عام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quiet public</source>
        <translation>عام بهدوء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Followers only</source>
        <translation>المتابعون فقط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mentioned people only</source>
        <translation>المشار إليهم فقط</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Su&amp;breddit:</source>
        <translation>المجتمع ال&amp;فرعي:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Content &amp;warning:</source>
        <translation>&amp;تحذير المحتوى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visibility:</source>
        <translation>مستوى ال&amp;ظهور:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Let {network} publish it (works while Postdesk is closed)</source>
        <translation>&amp;دع {network} ينشره (يعمل وPostdesk مغلق)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let {network} publish it at its time, even while Postdesk is closed</source>
        <translation>دع {network} ينشره في موعده، حتى لو كان Postdesk مغلقًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk gives the post to {network}&apos;s own scheduler when you schedule it. To take it back, cancel the post.</source>
        <translation>يسلّم Postdesk المنشور إلى أداة الجدولة الخاصة بـ {network} عند جدولته. لسحبه، ألغِ المنشور.</translation>
    </message>
</context>
<context>
    <name>TargetPanel</name>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="+100"/>
        <source>{network} account</source>
        <translation>حساب {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ccount:</source>
        <translation>ال&amp;حساب:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>What happens if {network}&apos;s answer is lost</source>
        <translation>ما يحدث إذا ضاع رد {network}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the {network} text can&apos;t change</source>
        <translation>سبب تعذّر تغيير نص {network}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Different text for {network}</source>
        <translation>نص &amp;مختلف لـ {network}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a different text for {network}</source>
        <translation>استخدام نص مختلف لـ {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset to main text</source>
        <translation>ال&amp;عودة إلى النص الرئيسي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the {network} text with the main text</source>
        <translation>استبدال نص {network} بالنص الرئيسي</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{network} text</source>
        <translation>نص {network}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Length:</source>
        <translation>الطول:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Problems for {network}</source>
        <translation>مشكلات {network}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{network} preview</source>
        <translation>معاينة {network}</translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_status.py" line="+189"/>
        <source>Already published to {network}: its text can no longer be changed here.</source>
        <translation>نُشر بالفعل على {network}: لم يعد من الممكن تغيير نصه هنا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Being published to {network} right now: its text can&apos;t be changed.</source>
        <translation>يُنشر على {network} الآن: لا يمكن تغيير نصه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About to be published to {network}: its text is fixed and can&apos;t be changed here.</source>
        <translation>على وشك النشر على {network}: نصه ثابت ولا يمكن تغييره هنا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network} will be tried again with exactly what was sent: it can&apos;t be changed here.</source>
        <translation>ستُعاد المحاولة على {network} بما أُرسل تمامًا: لا يمكن تغييره هنا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{network}&apos;s own scheduler holds this post: its text can&apos;t be changed here.</source>
        <translation>تحتفظ أداة الجدولة الخاصة بـ {network} بهذا المنشور: لا يمكن تغيير نصه هنا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postdesk does not know whether this went out on {network}: its text can&apos;t be changed until that is settled.</source>
        <translation>لا يعرف Postdesk ما إذا كان هذا قد نُشر على {network}: لا يمكن تغيير نصه حتى يُحسم ذلك.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>{length} of {limit} characters</source>
        <extracomment>Mastodon&apos;s default limit when no instance tells us its own.</extracomment>
        <translation>الأحرف: {length} من {limit}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{bytes} / {limit} bytes</source>
        <translation>{bytes} / {limit} بايت</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{bytes} of {limit} bytes</source>
        <translation>{bytes} من {limit} بايت</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Longest of {n} parts: {count}</source>
        <translation>أطول الأجزاء الـ {n}: {count}</translation>
    </message>
</context>
<context>
    <name>TargetsPart</name>
    <message>
        <location filename="../src/postdesk/ui/composer/targets_part.py" line="+104"/>
        <source>Networks chosen for this post</source>
        <translation>الشبكات المختارة لهذا المنشور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen networks: pick one to see its preview</source>
        <translation>الشبكات المختارة: اختر واحدة لرؤية معاينتها</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose where to post with the buttons above. You can write first and choose later.</source>
        <translation>اختر مكان النشر بالأزرار أعلاه. يمكنك الكتابة أولًا والاختيار لاحقًا.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{network}: text, options and preview</source>
        <translation>{network}: النص والخيارات والمعاينة</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../src/postdesk/ui/composer/templates_dialog.py" line="+42"/>
        <location line="+1"/>
        <source>Templates</source>
        <translation>القوالب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A template keeps a post&apos;s text, networks, accounts, options and tags (not its time).</source>
        <translation>يحفظ القالب نص المنشور وشبكاته وحساباته وخياراته ووسومه (لا وقته).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved templates</source>
        <translation>القوالب المحفوظة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New post from it</source>
        <translation>منشور &amp;جديد منه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new post from the chosen template</source>
        <translation>بدء منشور جديد من القالب المختار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>إعادة ال&amp;تسمية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the chosen template</source>
        <translation>إعادة تسمية القالب المختار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen template</source>
        <translation>حذف القالب المختار</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No templates yet: in the composer, More &gt; Save as template…</source>
        <translation>لا توجد قوالب بعد: في المحرر، المزيد &gt; حفظ كقالب…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rename template</source>
        <translation>إعادة تسمية القالب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;name:</source>
        <translation>الاسم ال&amp;جديد:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Another template already has that name.</source>
        <translation>يوجد قالب آخر بهذا الاسم بالفعل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That could not be saved. Try again in a moment.</source>
        <translation>تعذّر الحفظ. حاول مجددًا بعد قليل.</translation>
    </message>
</context>
<context>
    <name>TikTokOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="+113"/>
        <source>TikTok keeps every post from an app it has not audited private (“Only me”), from a private account. Until your TikTok app passes TikTok&apos;s audit, choose “Only me”.</source>
        <translation>يُبقي TikTok كل منشور من تطبيق لم يدققه خاصًا («أنا فقط»)، من حساب خاص. إلى أن يجتاز تطبيقك تدقيق TikTok، اختر «أنا فقط».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the account&apos;s TikTok settings again</source>
        <translation>قراءة إعدادات TikTok للحساب مجددًا</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who can see this TikTok post</source>
        <translation>من يمكنه رؤية منشور TikTok هذا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose who can see it</source>
        <translation>اختر من يمكنه رؤيته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who can see it:</source>
        <translation>&amp;من يمكنه رؤيته:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duet</source>
        <translation>ثنائي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stitch</source>
        <translation>دمج</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allow users to:</source>
        <translation>السماح للمستخدمين بـ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disclose commercial content</source>
        <translation>الإفصاح عن المحتوى التجاري</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn this on if this post promotes yourself, a brand, a product or a service.</source>
        <translation>فعّل هذا إذا كان المنشور يروّج لك أو لعلامة تجارية أو منتج أو خدمة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your brand — you are promoting yourself or your own business</source>
        <translation>علامتك التجارية — تروّج لنفسك أو لنشاطك التجاري الخاص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branded content — you are promoting another brand or a third party</source>
        <translation>محتوى مموّل — تروّج لعلامة تجارية أخرى أو لجهة خارجية</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>AI-generated content</source>
        <translation>محتوى منشأ بالذكاء الاصطناعي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title of the photo post</source>
        <translation>عنوان منشور الصور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo posts: a title of up to 90 characters (optional)</source>
        <translation>منشورات الصور: عنوان حتى ٩٠ حرفًا (اختياري)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo &amp;title:</source>
        <translation>&amp;عنوان الصور:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My media relay&apos;s address is verified with TikTok</source>
        <translation>عنوان مرحّل الوسائط الخاص بي موثّق لدى TikTok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo posts need it: TikTok fetches photos only from addresses your TikTok app verified (URL properties in the developer portal).</source>
        <translation>تحتاجه منشورات الصور: لا يجلب TikTok الصور إلا من عناوين وثّقها تطبيق TikTok الخاص بك (URL properties في بوابة المطورين).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Reading the account&apos;s settings from TikTok…</source>
        <translation>جارٍ قراءة إعدادات الحساب من TikTok…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>TikTok did not give this account&apos;s settings: {reason}. Posting waits until it does; try Refresh in a moment.</source>
        <translation>لم يقدّم TikTok إعدادات هذا الحساب: {reason}. ينتظر النشر حتى يقدّمها؛ جرّب «تحديث» بعد قليل.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a TikTok account: its own settings decide the choices below.</source>
        <translation>اختر حساب TikTok: إعداداته الخاصة تحدد الخيارات أدناه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posting to {nickname} (@{username}) on TikTok</source>
        <translation>النشر على {nickname} (@{username}) في TikTok</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Turned off in this account&apos;s TikTok settings</source>
        <translation>معطّل في إعدادات TikTok لهذا الحساب</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friends</source>
        <translation>الأصدقاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followers</source>
        <translation>المتابعون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only me</source>
        <translation>أنا فقط</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Branded content cannot be private</source>
        <translation>لا يمكن أن يكون المحتوى المموّل خاصًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your post will be labeled “Paid partnership”.</source>
        <translation>سيُوسم منشورك بعبارة «شراكة مدفوعة».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your post will be labeled “Promotional content”.</source>
        <translation>سيُوسم منشورك بعبارة «محتوى ترويجي».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose whether you promote your own brand, another brand, or both.</source>
        <translation>اختر ما إذا كنت تروّج لعلامتك التجارية أو لعلامة تجارية أخرى أو لكليهما.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By posting, you agree to TikTok&apos;s Branded Content Policy and Music Usage Confirmation.</source>
        <translation>بالنشر، فإنك توافق على سياسة المحتوى المموّل وتأكيد استخدام الموسيقى في TikTok.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By posting, you agree to TikTok&apos;s Music Usage Confirmation.</source>
        <translation>بالنشر، فإنك توافق على تأكيد استخدام الموسيقى في TikTok.</translation>
    </message>
</context>
<context>
    <name>TikTokPreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_preview.py" line="+83"/>
        <source>you</source>
        <translation>أنت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TikTok shows your video or photos here</source>
        <translation>يعرض TikTok الفيديو أو الصور هنا</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="-89"/>
        <source>An account since removed</source>
        <translation>حساب أُزيل لاحقًا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not given by this network</source>
        <translation>لا توفره هذه الشبكة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posts</source>
        <translation>المنشورات</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="+57"/>
        <location line="+48"/>
        <source>Postdesk — publishing</source>
        <extracomment>How long a notification stays up, in milliseconds.</extracomment>
        <translation>Postdesk — النشر يعمل</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Postdesk tray menu</source>
        <translation>قائمة Postdesk في شريط النظام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Postdesk</source>
        <translation>&amp;فتح Postdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <source>&amp;Pause publishing</source>
        <translation>إي&amp;قاف النشر مؤقتًا</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>&amp;Quit Postdesk</source>
        <translation>إ&amp;نهاء Postdesk</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&amp;Resume publishing</source>
        <translation>ا&amp;ستئناف النشر</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Postdesk — publishing paused</source>
        <extracomment>The post the last notification was about, as (code, post id, target id), if any.</extracomment>
        <translation>Postdesk — النشر متوقف مؤقتًا</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unread in the inbox</source>
        <translation>
            <numerusform>لا عناصر غير مقروءة في صندوق الوارد</numerusform>
            <numerusform>عنصر واحد غير مقروء في صندوق الوارد</numerusform>
            <numerusform>عنصران غير مقروءين في صندوق الوارد</numerusform>
            <numerusform>%Ln عناصر غير مقروءة في صندوق الوارد</numerusform>
            <numerusform>%Ln عنصرًا غير مقروء في صندوق الوارد</numerusform>
            <numerusform>%Ln عنصر غير مقروء في صندوق الوارد</numerusform>
        </translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Published</source>
        <translation>تم النشر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network refused the post.</source>
        <translation>رفضت الشبكة المنشور.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not published</source>
        <translation>لم يُنشر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Needs your attention</source>
        <translation>يحتاج إلى انتباهك</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posts missed while Postdesk was closed</source>
        <translation>منشورات فاتت أثناء إغلاق Postdesk</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n post(s) fell due while Postdesk was not running. Click to choose what to do.</source>
        <translation>
            <numerusform>لم يحن موعد أي منشور أثناء توقف Postdesk.</numerusform>
            <numerusform>حان موعد منشور واحد أثناء توقف Postdesk. انقر لاختيار ما تفعله.</numerusform>
            <numerusform>حان موعد منشورين أثناء توقف Postdesk. انقر لاختيار ما تفعله.</numerusform>
            <numerusform>حان موعد %Ln منشورات أثناء توقف Postdesk. انقر لاختيار ما تفعله.</numerusform>
            <numerusform>حان موعد %Ln منشورًا أثناء توقف Postdesk. انقر لاختيار ما تفعله.</numerusform>
            <numerusform>حان موعد %Ln منشور أثناء توقف Postdesk. انقر لاختيار ما تفعله.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for the network</source>
        <translation>بانتظار الشبكة</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n post(s) will go out when the connection is back.</source>
        <translation>
            <numerusform>لا منشورات بانتظار عودة الاتصال.</numerusform>
            <numerusform>سيُنشر منشور واحد عند عودة الاتصال.</numerusform>
            <numerusform>سيُنشر منشوران عند عودة الاتصال.</numerusform>
            <numerusform>ستُنشر %Ln منشورات عند عودة الاتصال.</numerusform>
            <numerusform>سيُنشر %Ln منشورًا عند عودة الاتصال.</numerusform>
            <numerusform>سيُنشر %Ln منشور عند عودة الاتصال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(ولا مشكلات أخرى)</numerusform>
            <numerusform>(ومشكلة أخرى واحدة)</numerusform>
            <numerusform>(ومشكلتان أخريان)</numerusform>
            <numerusform>(و%Ln مشكلات أخرى)</numerusform>
            <numerusform>(و%Ln مشكلة أخرى)</numerusform>
            <numerusform>(و%Ln مشكلة أخرى)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A scheduled post cannot go out</source>
        <translation>يتعذّر نشر منشور مجدول</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Your post is live on {network}.</source>
        <translation>منشورك متاح الآن على {network}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{network} did not publish your post: {reason}</source>
        <translation>لم ينشر {network} منشورك: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n new replies and mentions on {label}</source>
        <translation>
            <numerusform>لا ردود أو إشارات جديدة على {label}</numerusform>
            <numerusform>رد أو إشارة جديدة على {label}</numerusform>
            <numerusform>اثنان من الردود والإشارات الجديدة على {label}</numerusform>
            <numerusform>%Ln من الردود والإشارات الجديدة على {label}</numerusform>
            <numerusform>%Ln من الردود والإشارات الجديدة على {label}</numerusform>
            <numerusform>%Ln من الردود والإشارات الجديدة على {label}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new replies and mentions</source>
        <translation>
            <numerusform>لا ردود أو إشارات جديدة</numerusform>
            <numerusform>رد أو إشارة جديدة</numerusform>
            <numerusform>اثنان من الردود والإشارات الجديدة</numerusform>
            <numerusform>%Ln من الردود والإشارات الجديدة</numerusform>
            <numerusform>%Ln من الردود والإشارات الجديدة</numerusform>
            <numerusform>%Ln من الردود والإشارات الجديدة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbox</source>
        <translation>صندوق الوارد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An account needs to be reconnected before its posts can go out.</source>
        <translation>يحتاج أحد الحسابات إلى إعادة الربط قبل أن تُنشر منشوراته.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An account needs you to sign in again; its posts wait until you do.</source>
        <translation>يجب أن تسجّل الدخول إلى أحد الحسابات مجددًا؛ وتنتظر منشوراته حتى تفعل ذلك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postdesk cannot tell whether an inbox reply went out. Please check the conversation on the network.</source>
        <translation>لا يعرف Postdesk ما إذا كان رد من صندوق الوارد قد أُرسل. يُرجى التحقق من المحادثة على الشبكة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk cannot save to its database: is the disk full? A post that just went out is recorded as soon as there is room; it is not sent twice.</source>
        <translation>يتعذّر على Postdesk الحفظ في قاعدة بياناته: هل القرص ممتلئ؟ سيُسجَّل المنشور الذي نُشر للتو فور توفر مساحة؛ ولن يُرسل مرتين.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A post could not go out because one of its files is no longer in the media library.</source>
        <translation>تعذّر نشر منشور لأن أحد ملفاته لم يعد في مكتبة الوسائط.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A post was not sent because an image has no alt text, and you asked for alt text on every image.</source>
        <translation>لم يُرسل منشور لأن إحدى الصور بلا نص بديل، وقد طلبت نصًا بديلًا لكل صورة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postdesk does not know whether a post went out. Click here to look, and to say whether it is there.</source>
        <translation>لا يعرف Postdesk ما إذا كان منشور ما قد نُشر. انقر هنا للتحقق، ولإخباره ما إذا كان موجودًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A post could not be published after several tries.</source>
        <translation>تعذّر نشر منشور بعد عدة محاولات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A post went out, but its first comment did not.</source>
        <translation>نُشر منشور، لكن تعليقه الأول لم يُنشر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something needs your attention.</source>
        <translation>هناك أمر يحتاج إلى انتباهك.</translation>
    </message>
</context>
<context>
    <name>UnknownResolutionDialog</name>
    <message>
        <location filename="../src/postdesk/ui/dialogs/unknown_resolution.py" line="+116"/>
        <source>Its &amp;link, if you found it (optional):</source>
        <translation>&amp;رابطه، إن وجدته (اختياري):</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>{network} cannot look a post up: if its answer is ever lost, Postdesk asks you whether the post is there.</source>
        <translation>لا يستطيع {network} البحث عن منشور: إذا ضاع رده يومًا، يسألك Postdesk عما إذا كان المنشور موجودًا.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Did it go out on {network}?</source>
        <translation>هل نُشر على {network}؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postdesk does not know whether this post went out on {network}: the network&apos;s answer was lost. It will not send it again on its own, because that could post it twice.</source>
        <translation>لا يعرف Postdesk ما إذا كان هذا المنشور قد نُشر على {network}: فقد ضاع رد الشبكة. لن يعيد إرساله من تلقاء نفسه، لأن ذلك قد ينشره مرتين.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Look on {network}</source>
        <translation>ال&amp;بحث على {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open your {network} profile to look for the post</source>
        <translation>فتح ملفك الشخصي على {network} للبحث عن المنشور</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open {network} and look at the account&apos;s latest posts.</source>
        <translation>افتح {network} واطّلع على أحدث منشورات الحساب.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The post&apos;s link on {network} (optional)</source>
        <translation>رابط المنشور على {network} (اختياري)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What Postdesk did</source>
        <translation>ما فعله Postdesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decide &amp;later</source>
        <translation>القرار &amp;لاحقًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide later and close</source>
        <translation>القرار لاحقًا والإغلاق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send it again</source>
        <translation>إعادة الإر&amp;سال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not there: send it again</source>
        <translation>غير موجود: أعد إرساله</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It&apos;s &amp;there</source>
        <translation>&amp;موجود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is there: mark it as published</source>
        <translation>موجود: تعليمه بأنه نُشر</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>That does not look like a link (it should start with https://). Leave the field empty if you don&apos;t have it.</source>
        <translation>لا يبدو هذا رابطًا (يجب أن يبدأ بـ https://). اترك الحقل فارغًا إن لم يكن لديك.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This post was already settled meanwhile (or is being sent): nothing changed.</source>
        <translation>حُسم أمر هذا المنشور بالفعل في الأثناء (أو يجري إرساله): لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked as published on {network}.</source>
        <translation>عُلّم بأنه نُشر على {network}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending it again to {network} now.</source>
        <translation>جارٍ إعادة إرساله إلى {network} الآن.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Postdesk could not record your answer: {error}. Try again.</source>
        <translation>تعذّر على Postdesk تسجيل إجابتك: {error}. حاول مجددًا.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>VaultDialog</name>
    <message>
        <location filename="../src/postdesk/ui/vault_dialog.py" line="+93"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>عبارة المرور مجددًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep sign-ins in an encrypted file</source>
        <translation>حفظ بيانات تسجيل الدخول في ملف مشفّر</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Use this passphrase</source>
        <translation>ا&amp;ستخدام عبارة المرور هذه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock your sign-ins</source>
        <translation>فتح قفل بيانات تسجيل الدخول</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not now</source>
        <translation>&amp;ليس الآن</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Again:</source>
        <translation>&amp;مجددًا:</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>This computer has no password keyring Postdesk can use. Your sign-ins will be kept in the encrypted file {path} instead, locked with a passphrase you choose now. Postdesk asks for it each time it starts. If you forget it, nobody can open the file: you would connect your accounts again.</source>
        <translation>لا يوجد على هذا الحاسوب مخزن كلمات مرور يمكن لـ Postdesk استخدامه. ستُحفظ بيانات تسجيل دخولك بدلًا من ذلك في الملف المشفّر ⁦{path}⁩، مقفلةً بعبارة مرور تختارها الآن. سيطلبها Postdesk في كل مرة يبدأ فيها. إذا نسيتها، فلن يتمكن أحد من فتح الملف: وستحتاج إلى ربط حساباتك مجددًا.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your sign-ins are kept in the encrypted file {path}. Enter its passphrase so Postdesk can publish and check your accounts. With “Not now” Postdesk starts with your accounts locked: nothing is lost, and you can unlock them later in Accounts.</source>
        <translation>بيانات تسجيل دخولك محفوظة في الملف المشفّر ⁦{path}⁩. أدخل عبارة المرور ليتمكن Postdesk من النشر والتحقق من حساباتك. مع «ليس الآن» يبدأ Postdesk وحساباتك مقفلة: لا يضيع شيء، ويمكنك فتح قفلها لاحقًا من «الحسابات».</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Too short: use at least %n characters ({typed} so far).</source>
        <translation>
            <numerusform>قصيرة جدًا: استخدم %Ln حرف على الأقل ({typed} حتى الآن).</numerusform>
            <numerusform>قصيرة جدًا: استخدم حرفًا واحدًا على الأقل ({typed} حتى الآن).</numerusform>
            <numerusform>قصيرة جدًا: استخدم حرفين على الأقل ({typed} حتى الآن).</numerusform>
            <numerusform>قصيرة جدًا: استخدم %Ln أحرف على الأقل ({typed} حتى الآن).</numerusform>
            <numerusform>قصيرة جدًا: استخدم %Ln حرفًا على الأقل ({typed} حتى الآن).</numerusform>
            <numerusform>قصيرة جدًا: استخدم %Ln حرف على الأقل ({typed} حتى الآن).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Strength: weak. Easy to guess; make it longer, or mix in capitals, digits or symbols.</source>
        <translation>القوة: ضعيفة. سهلة التخمين؛ اجعلها أطول، أو امزج فيها أحرفًا كبيرة أو أرقامًا أو رموزًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength: fair. A few more words make it much harder to guess.</source>
        <translation>القوة: مقبولة. بضع كلمات إضافية تجعل تخمينها أصعب بكثير.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: good.</source>
        <translation>القوة: جيدة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: strong.</source>
        <translation>القوة: قوية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(Estimated from its length and the kinds of characters in it.)</source>
        <translation>(تقدير بحسب طولها وأنواع الأحرف فيها.)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the passphrase.</source>
        <translation>أدخل عبارة المرور.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>يجب أن تتكون عبارة المرور من %Ln حرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكون عبارة المرور من حرف واحد على الأقل.</numerusform>
            <numerusform>يجب أن تتكون عبارة المرور من حرفين على الأقل.</numerusform>
            <numerusform>يجب أن تتكون عبارة المرور من %Ln أحرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكون عبارة المرور من %Ln حرفًا على الأقل.</numerusform>
            <numerusform>يجب أن تتكون عبارة المرور من %Ln حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Use at least %n characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>استخدم %Ln حرف على الأقل؛ فبضع كلمات غير مترابطة سهلة التذكر وصعبة التخمين.</numerusform>
            <numerusform>استخدم حرفًا واحدًا على الأقل؛ فبضع كلمات غير مترابطة سهلة التذكر وصعبة التخمين.</numerusform>
            <numerusform>استخدم حرفين على الأقل؛ فبضع كلمات غير مترابطة سهلة التذكر وصعبة التخمين.</numerusform>
            <numerusform>استخدم %Ln أحرف على الأقل؛ فبضع كلمات غير مترابطة سهلة التذكر وصعبة التخمين.</numerusform>
            <numerusform>استخدم %Ln حرفًا على الأقل؛ فبضع كلمات غير مترابطة سهلة التذكر وصعبة التخمين.</numerusform>
            <numerusform>استخدم %Ln حرف على الأقل؛ فبضع كلمات غير مترابطة سهلة التذكر وصعبة التخمين.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The two passphrases are not the same.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Opening the encrypted file…</source>
        <translation>جارٍ فتح الملف المشفّر…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That passphrase does not open the encrypted file. Check it and try again, or choose “Not now”.</source>
        <translation>عبارة المرور هذه لا تفتح الملف المشفّر. تحقق منها وحاول مجددًا، أو اختر «ليس الآن».</translation>
    </message>
</context>
<context>
    <name>WaitingPosts</name>
    <message>
        <location filename="../src/postdesk/ui/queues/waiting.py" line="+57"/>
        <source>&amp;Waiting in this queue</source>
        <extracomment>Alt+Up / Alt+Down move the chosen post one place.</extracomment>
        <translation>&amp;بانتظار النشر في قائمة الانتظار هذه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posts waiting in this queue, soonest first</source>
        <translation>المنشورات المنتظرة في قائمة الانتظار هذه، الأقرب أولًا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move &amp;up</source>
        <translation>نقل لأ&amp;على</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the chosen post an earlier time</source>
        <translation>منح المنشور المختار وقتًا أبكر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move d&amp;own</source>
        <translation>نقل لأ&amp;سفل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the chosen post a later time</source>
        <translation>منح المنشور المختار وقتًا لاحقًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;huffle</source>
        <translation>&amp;خلط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deal the waiting posts out in a new order</source>
        <translation>توزيع المنشورات المنتظرة بترتيب جديد</translation>
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
        <translation>&amp;مرحبًا بك في Postdesk</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location line="-205"/>
        <location line="+1"/>
        <location line="+4"/>
        <source>Welcome to Postdesk</source>
        <translation>مرحبًا بك في Postdesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a post once, pick where it goes and when, and Postdesk publishes it from this computer. Your posts, drafts and sign-ins stay on your machine.</source>
        <translation>اكتب منشورًا مرة واحدة، واختر أين ومتى يُنشر، وسينشره Postdesk من هذا الحاسوب. تبقى منشوراتك ومسوداتك وبيانات تسجيل دخولك على جهازك.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This copy of Postdesk cannot publish to any network yet.</source>
        <translation>لا تستطيع هذه النسخة من Postdesk النشر على أي شبكة بعد.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Postdesk publishes to: {names}.</source>
        <translation>ينشر Postdesk على: {names}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{drafts}: can be drafted for, with counters and previews; publishing is not built yet, so Postdesk keeps those posts as drafts for you to copy.</source>
        <translation>{drafts}: يمكن كتابة مسودات لها، مع العدّادات والمعاينات؛ لكن النشر إليها لم يُبنَ بعد، لذا يحتفظ Postdesk بهذه المنشورات كمسودات لتنسخها.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To publish, connect an account: you sign in on the network&apos;s own page, and Postdesk keeps the sign-in in your system&apos;s keychain. Some networks ask you to create a free app of your own first; the connect window explains each step.</source>
        <translation>للنشر، اربط حسابًا: تسجّل الدخول في صفحة الشبكة نفسها، ويحفظ Postdesk بيانات تسجيل الدخول في مخزن كلمات المرور في نظامك. تطلب بعض الشبكات أن تنشئ أولًا تطبيقًا مجانيًا خاصًا بك؛ وتشرح نافذة الربط كل خطوة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Connect your first account…</source>
        <translation>&amp;ربط حسابك الأول…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect your first account</source>
        <translation>ربط حسابك الأول</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Just write</source>
        <translation>ال&amp;كتابة فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Just write: go to the composer</source>
        <translation>الكتابة فقط: الانتقال إلى المحرر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write and save drafts now; connect accounts later</source>
        <translation>اكتب المسودات واحفظها الآن؛ واربط الحسابات لاحقًا</translation>
    </message>
</context>
<context>
    <name>WelcomeSection</name>
    <message>
        <location line="+66"/>
        <source>Getting started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the &amp;welcome again</source>
        <translation>إ&amp;ظهار شاشة الترحيب مجددًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the welcome again</source>
        <translation>إظهار شاشة الترحيب مجددًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the welcome again (F1)</source>
        <translation>إظهار شاشة الترحيب مجددًا (F1)</translation>
    </message>
</context>
<context>
    <name>XOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/x_options.py" line="+43"/>
        <source>Who can reply on X</source>
        <translation>من يمكنه الرد على X</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts you follow</source>
        <translation>الحسابات التي تتابعها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only accounts you mention</source>
        <translation>الحسابات التي تشير إليها فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your subscribers</source>
        <translation>مشتركوك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified accounts</source>
        <translation>الحسابات الموثّقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Who can repl&amp;y:</source>
        <translation>من يمكنه ال&amp;رد:</translation>
    </message>
</context>
<context>
    <name>YouTubeOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="+54"/>
        <source>Who can watch the video</source>
        <translation>من يمكنه مشاهدة الفيديو</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public</source>
        <translation>عام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlisted (anyone with the link)</source>
        <translation>غير مدرج (لكل من لديه الرابط)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private</source>
        <translation>خاص</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Visibility:</source>
        <translation>مستوى ال&amp;ظهور:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Until Google audits your own YouTube API project, YouTube keeps every video uploaded through it private, whatever you choose here. Request the audit from the YouTube API Services form in your Google Cloud project.</source>
        <translation>إلى أن يدقق Google مشروع YouTube API الخاص بك، يُبقي YouTube كل فيديو يُرفع عبره خاصًا، أيًا كان ما تختاره هنا. اطلب التدقيق من نموذج YouTube API Services في مشروعك على Google Cloud.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why YouTube may keep the video private</source>
        <translation>لماذا قد يُبقي YouTube الفيديو خاصًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Is the video made for kids?</source>
        <translation>هل الفيديو مصمم للأطفال؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, it&apos;s not made for kids</source>
        <translation>لا، ليس مصممًا للأطفال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, it&apos;s made for kids</source>
        <translation>نعم، مصمم للأطفال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;udience:</source>
        <translation>ال&amp;جمهور:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags, separated by commas</source>
        <translation>الوسوم، مفصولة بفواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by commas</source>
        <translation>مفصولة بفواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs:</source>
        <translation>ال&amp;وسوم:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cate&amp;gory:</source>
        <translation>ال&amp;فئة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>License</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard YouTube license</source>
        <translation>ترخيص YouTube العادي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creative Commons - Attribution</source>
        <translation>Creative Commons - نسب المصنَّف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;License:</source>
        <translation>ال&amp;ترخيص:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the title and description</source>
        <translation>لغة العنوان والوصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. en, fr, pt-BR (optional)</source>
        <translation>مثل en وfr وpt-BR (اختياري)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Playlist to add the video to</source>
        <translation>قائمة التشغيل المراد إضافة الفيديو إليها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playlist ID, e.g. PL… (optional)</source>
        <translation>معرّف قائمة التشغيل، مثل PL… (اختياري)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Playlist:</source>
        <translation>قائمة ال&amp;تشغيل:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+100"/>
        <source>YouTube picks a frame</source>
        <translation>يختار YouTube إطارًا</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a custom thumbnail</source>
        <translation>اختيار صورة مصغّرة مخصصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the custom thumbnail</source>
        <translation>إزالة الصورة المصغّرة المخصصة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thumbnail:</source>
        <translation>الصورة المصغّرة:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Post as a &amp;Short (vertical or square, up to 3 minutes)</source>
        <translation>النشر ك&amp;فيديو Short (عمودي أو مربع، حتى ٣ دقائق)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post as a YouTube Short</source>
        <translation>النشر كفيديو YouTube Short</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notify subscribers</source>
        <translation>&amp;إشعار المشتركين</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Choose a thumbnail</source>
        <translation>اختيار صورة مصغّرة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>الصور (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
</TS>
