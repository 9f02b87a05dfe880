<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <location filename="../src/postdesk/app.py" line="492"/>
        <source>Startup</source>
        <comment>Postdesk can&apos;t read its database</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/app.py" line="494"/>
        <source>Startup</source>
        <comment>The file {path} is damaged or is not a Postdesk database. Nothing has been changed or deleted. Copies made before each update are in the backups folder beside it.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/app.py" line="501"/>
        <source>Startup</source>
        <comment>This database is from a newer Postdesk</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/app.py" line="503"/>
        <source>Startup</source>
        <comment>Your data was last opened by a newer version of Postdesk. Please install that version again; nothing has been changed.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/app.py" line="510"/>
        <source>Startup</source>
        <comment>The disk is full</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/app.py" line="511"/>
        <source>Startup</source>
        <comment>Postdesk needs a little free space to start. Free some space and try again.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/app.py" line="513"/>
        <source>Startup</source>
        <comment>Postdesk can&apos;t start</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <location filename="../src/postdesk/ui/composer/models.py" line="263"/>
        <source>No account yet (draft only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/models.py" line="265"/>
        <source>{account} — sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/models.py" line="268"/>
        <source>{account} needs you to sign in again (Accounts) before it can post.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPane</name>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="100"/>
        <location filename="../src/postdesk/ui/accounts/view.py" line="110"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="117"/>
        <source>Postdesk signs in to each network in your browser. Sign-ins are kept in your system&apos;s password keyring, never in Postdesk&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="126"/>
        <source>Keyring problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="127"/>
        <source>Use an &amp;encrypted file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="128"/>
        <source>Keep sign-ins in an encrypted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="135"/>
        <source>Connected accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="137"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="137"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="137"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="137"/>
        <source>Sign-in expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="152"/>
        <source>No accounts yet. Click Connect to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="156"/>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="157"/>
        <source>Connect an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="159"/>
        <source>&amp;Reconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="160"/>
        <source>Reconnect the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="162"/>
        <source>Default &amp;options…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="163"/>
        <source>Default options of the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="165"/>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="166"/>
        <source>Disconnect the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="176"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="238"/>
        <source>Does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="241"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/accounts/view.py" line="243"/>
        <source>In %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/accounts/view.py" line="246"/>
        <source>In %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/accounts/view.py" line="247"/>
        <source>In %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="288"/>
        <source>Connected %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="313"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="314"/>
        <source>Disconnect %1? Postdesk asks %2 to revoke its access and forgets the sign-in. Posts aimed at this account wait until you connect it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="333"/>
        <source>Disconnected. The network revoked Postdesk&apos;s access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="335"/>
        <source>Disconnected. The sign-in was deleted from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="357"/>
        <source>Encrypted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="358"/>
        <source>Choose a passphrase (at least 8 characters). Postdesk will ask for it each time it starts; if you forget it, you will have to connect your accounts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitySection</name>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="175"/>
        <location filename="../src/postdesk/ui/composer/activity.py" line="218"/>
        <source>Ac&amp;tivity</source>
        <extracomment>States whose text went (or may have gone) out: the composer shows it read-only.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="176"/>
        <location filename="../src/postdesk/ui/composer/activity.py" line="224"/>
        <source>Show the post&apos;s activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="186"/>
        <source>Where each network stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="190"/>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="216"/>
        <source>Nothing has happened to this post yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="218"/>
        <source>Ac&amp;tivity ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="224"/>
        <source>Hide the post&apos;s activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/models.py" line="428"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/models.py" line="428"/>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/models.py" line="428"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/models.py" line="428"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/attachments.py" line="51"/>
        <source>Attached media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/attachments.py" line="53"/>
        <source>Alt+Left and Alt+Right reorder, Delete removes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPane</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="201"/>
        <source>Calendar</source>
        <extracomment>Where a draft dropped on a month day lands when nothing says which time: a working morning. The hour the week view scrolls to when shown. A range&apos;s identity: UTC bounds and the zone its days are bucketed in. How many loaded ranges are kept (the shown one, its neighbours, a few recent ones).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="211"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="212"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="213"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="220"/>
        <source>Shown period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="225"/>
        <location filename="../src/postdesk/ui/calendar/view.py" line="287"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="226"/>
        <location filename="../src/postdesk/ui/calendar/view.py" line="291"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="227"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="243"/>
        <source>Time zone shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="244"/>
        <source>Show times in another time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="248"/>
        <location filename="../src/postdesk/ui/calendar/view.py" line="767"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="256"/>
        <location filename="../src/postdesk/ui/calendar/view.py" line="257"/>
        <source>Search posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="276"/>
        <source>Calendar message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="295"/>
        <source>List of posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="310"/>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="311"/>
        <source>Drag a draft onto the calendar to schedule it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="314"/>
        <source>Unscheduled drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="337"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="340"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="514"/>
        <source>(empty draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="517"/>
        <source>New post here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="658"/>
        <source>The calendar could not be loaded. Your posts are safe; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="682"/>
        <source>{first} – {last} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="737"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="741"/>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="744"/>
        <source>Statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="747"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="751"/>
        <source>Show everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="767"/>
        <source>Filter (on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="817"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="818"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="819"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="821"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="823"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="825"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="902"/>
        <source>That change could not be saved. Nothing was lost; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatchUpDialog</name>
    <message>
        <location filename="../src/postdesk/ui/catch_up_dialog.py" line="51"/>
        <location filename="../src/postdesk/ui/catch_up_dialog.py" line="52"/>
        <source>Posts that were not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/catch_up_dialog.py" line="55"/>
        <source>%n post(s) were due while Postdesk was not running. Nothing has been sent yet. Do you want to publish them now, or skip them? Skipped posts stay in your calendar, paused, so you can reschedule them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/catch_up_dialog.py" line="62"/>
        <source>Late posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/catch_up_dialog.py" line="66"/>
        <source>&amp;Late posts (times in %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/catch_up_dialog.py" line="70"/>
        <source>&amp;Publish now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/catch_up_dialog.py" line="71"/>
        <source>Publish the late posts now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/catch_up_dialog.py" line="72"/>
        <source>&amp;Skip them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/catch_up_dialog.py" line="73"/>
        <source>Skip the late posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/catch_up_dialog.py" line="74"/>
        <source>Decide &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/catch_up_dialog.py" line="75"/>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/catch_up_dialog.py" line="104"/>
        <source>%1 — due %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerPane</name>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="128"/>
        <source>Composer</source>
        <extracomment>How long after the last change the hidden tabs&apos; previews are brought up to date. The visible preview renders this long after the last keystroke... ...and at least this often while the user keeps typing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="149"/>
        <source>Opening your last draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="160"/>
        <source>&amp;New post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="161"/>
        <source>Start a new post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="162"/>
        <source>Start a new post (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="164"/>
        <source>Post to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="167"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="182"/>
        <source>Post to {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="187"/>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="196"/>
        <source>&amp;Main text (used everywhere unless a network has its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="199"/>
        <source>Main text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="208"/>
        <source>Why the main text can&apos;t change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="227"/>
        <source>Networks chosen for this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="228"/>
        <source>Chosen networks: pick one to see its preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="233"/>
        <source>Choose where to post with the buttons above. You can write first and choose later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="252"/>
        <source>&amp;When ({zone}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="259"/>
        <source>Date and time to publish, in {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="262"/>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="263"/>
        <source>Schedule the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="264"/>
        <location filename="../src/postdesk/ui/composer/view.py" line="570"/>
        <source>Schedule (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="266"/>
        <source>&amp;Unschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="267"/>
        <source>Clear the date and keep the post as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="276"/>
        <source>Schedule status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="279"/>
        <source>Why the post cannot be scheduled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="295"/>
        <location filename="../src/postdesk/ui/composer/view.py" line="1066"/>
        <source>New post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="297"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="302"/>
        <source>Split into thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="306"/>
        <location filename="../src/postdesk/ui/composer/view.py" line="605"/>
        <source>Attach images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="340"/>
        <source>{network}: text, options and preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="495"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="495"/>
        <source>yourname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="550"/>
        <source>Choose at least one network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="555"/>
        <source>{first} (and {n} more networks with problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="566"/>
        <source>Can&apos;t schedule yet: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="607"/>
        <source>Images ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="614"/>
        <location filename="../src/postdesk/ui/composer/view.py" line="625"/>
        <source>Adding images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="632"/>
        <source>Some images are no longer in the media library and were not attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="642"/>
        <source>Couldn&apos;t read {files} as images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="650"/>
        <source>Couldn&apos;t add the images; the files were not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="663"/>
        <source>Couldn&apos;t save the image description; it is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="725"/>
        <source>This time does not exist in {zone}: the clocks jump from {start} to {end} that day. Pick another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="730"/>
        <source>This time does not exist in {zone}: the clocks skip it that day. Pick another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="734"/>
        <source>This time happens twice in {zone} that day (the clocks go back); the first one is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="744"/>
        <source>Scheduled for {when} ({zone}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="748"/>
        <source>Not scheduled: this post is a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="768"/>
        <source>That time has already passed; pick a time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="803"/>
        <location filename="../src/postdesk/ui/composer/view.py" line="867"/>
        <location filename="../src/postdesk/ui/composer/view.py" line="969"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="810"/>
        <source>Couldn&apos;t open your last draft; starting a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="869"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="871"/>
        <source>Couldn&apos;t save: disk is full — your text is still here. Retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="873"/>
        <source>Couldn&apos;t save: the database is not available — your text is still here. Retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="875"/>
        <source>Couldn&apos;t save — your text is still here. Retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="951"/>
        <source>Opening the post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="964"/>
        <source>That post no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="976"/>
        <source>Couldn&apos;t open that post; the one you were writing is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="1053"/>
        <source>The main text is read-only: it was already sent to {networks}. Give the other networks their own text to change it for them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="81"/>
        <source>Connect an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="81"/>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="98"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="99"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="101"/>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="307"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="102"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="105"/>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="106"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="129"/>
        <source>Which network do you want to connect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="131"/>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="164"/>
        <source>Sign in with the &amp;browser (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="165"/>
        <source>Use an &amp;app password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="173"/>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="174"/>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="177"/>
        <source>Local port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="181"/>
        <source>Redirect address to register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="182"/>
        <source>Co&amp;py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="183"/>
        <source>Copy the redirect address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="194"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="195"/>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="196"/>
        <source>App password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="197"/>
        <source>Bot token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="198"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="201"/>
        <source>Client &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="202"/>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="203"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="204"/>
        <source>Redirect address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="205"/>
        <source>Se&amp;rver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="206"/>
        <source>&amp;Handle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="207"/>
        <source>App pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="208"/>
        <source>Bot &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="209"/>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="215"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="242"/>
        <source>Waiting for the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="288"/>
        <source>mastodon.social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="288"/>
        <source>https://bsky.social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="290"/>
        <source>you.bsky.social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="291"/>
        <source>@yourchannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="311"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="313"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="372"/>
        <source>Finish signing in with your browser. Postdesk is waiting for it; you can cancel at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="374"/>
        <source>Checking with %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CropCanvas</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/crop_editor.py" line="72"/>
        <source>Crop area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/crop_editor.py" line="74"/>
        <source>Arrow keys move the crop, Shift and arrow keys resize it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CropEditorDialog</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/crop_editor.py" line="218"/>
        <source>Crop “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/crop_editor.py" line="223"/>
        <source>Aspect ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/crop_editor.py" line="227"/>
        <source>&amp;Aspect ratio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/crop_editor.py" line="230"/>
        <source>Rotate &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/crop_editor.py" line="233"/>
        <source>Rotate &amp;right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/crop_editor.py" line="240"/>
        <source>Output size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/crop_editor.py" line="244"/>
        <source>&amp;Save as new image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/crop_editor.py" line="268"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/crop_editor.py" line="270"/>
        <source>Original shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/crop_editor.py" line="294"/>
        <source>Result: {w} × {h} pixels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefaultOptionsDialog</name>
    <message>
        <location filename="../src/postdesk/ui/accounts/options_dialog.py" line="31"/>
        <source>Default options for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/options_dialog.py" line="36"/>
        <source>&amp;Add this account to new posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/options_dialog.py" line="37"/>
        <source>Add this account to new posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/options_dialog.py" line="44"/>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/options_dialog.py" line="46"/>
        <location filename="../src/postdesk/ui/accounts/options_dialog.py" line="49"/>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/options_dialog.py" line="46"/>
        <location filename="../src/postdesk/ui/accounts/options_dialog.py" line="49"/>
        <source>Unlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/options_dialog.py" line="47"/>
        <source>Followers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/options_dialog.py" line="50"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/options_dialog.py" line="56"/>
        <source>&amp;Visibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/options_dialog.py" line="59"/>
        <source>&amp;Subreddit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/options_dialog.py" line="59"/>
        <source>&amp;Board:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/models.py" line="466"/>
        <source>(empty draft)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="88"/>
        <source>From</source>
        <extracomment>The `Conversation` or `InboxEntry` of a row.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="88"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="88"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="88"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="125"/>
        <source>Bluesky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="125"/>
        <source>Mastodon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="126"/>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="126"/>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="132"/>
        <source>Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="132"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="133"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="133"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="134"/>
        <location filename="../src/postdesk/ui/inbox/models.py" line="160"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="139"/>
        <source>Your reply waits to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="140"/>
        <source>You replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="141"/>
        <source>Your reply could not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="150"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/inbox/models.py" line="153"/>
        <source>%n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="156"/>
        <source>Your post: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="158"/>
        <source>Mentioned you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="159"/>
        <source>Quoted your post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="161"/>
        <source>A new conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="162"/>
        <source>Replies to a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/inbox/models.py" line="170"/>
        <source>Conversation on %1, %n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="191"/>
        <source>unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="191"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="192"/>
        <source>%1 from %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="94"/>
        <source>Inbox</source>
        <extracomment>Runs a coroutine function on the engine loop: submit(fn, *args, name=None) -&gt; Future.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="110"/>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="110"/>
        <source>Account filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="111"/>
        <source>&amp;Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="111"/>
        <source>Network filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="112"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="112"/>
        <source>Kind filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="114"/>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="115"/>
        <source>All networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="116"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="119"/>
        <source>&amp;Unread only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="120"/>
        <source>Show unread items only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="124"/>
        <source>&amp;Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="125"/>
        <source>Check all inboxes now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="135"/>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="156"/>
        <source>Selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="158"/>
        <location filename="../src/postdesk/ui/inbox/view.py" line="326"/>
        <source>Mark &amp;read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="159"/>
        <source>Mark the selected item read or unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="161"/>
        <source>&amp;Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="162"/>
        <source>Open the selected item in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="167"/>
        <source>Re&amp;ply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="169"/>
        <source>Reply text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="170"/>
        <source>Write a reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="178"/>
        <source>Reply status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="179"/>
        <source>&amp;Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="180"/>
        <source>Send the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="181"/>
        <source>Send the reply (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="273"/>
        <source>The inbox could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="310"/>
        <source>%1 — %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="325"/>
        <source>Mark un&amp;read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="343"/>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="375"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="388"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="393"/>
        <source>Reply queued; it goes out as soon as the network allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="404"/>
        <source>The engine is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="415"/>
        <source>That did not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/postdesk/ui/main_window.py" line="65"/>
        <location filename="../src/postdesk/ui/main_window.py" line="100"/>
        <location filename="../src/postdesk/ui/main_window.py" line="102"/>
        <source>Postdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/main_window.py" line="70"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/main_window.py" line="72"/>
        <source>Choose a section. Ctrl+1 to Ctrl+%1 jump straight to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/main_window.py" line="162"/>
        <source>%1, %n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaLibraryPane</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="184"/>
        <source>Search names, tags and alt text</source>
        <extracomment>Logical size of a grid icon; thumbnails are cached at this size and twice it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="185"/>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="190"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="191"/>
        <source>All media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="191"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="192"/>
        <source>GIFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="192"/>
        <source>Videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="197"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="198"/>
        <location filename="../src/postdesk/ui/media_library/view.py" line="484"/>
        <source>All folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="202"/>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="203"/>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="204"/>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="205"/>
        <source>Date taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="206"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="207"/>
        <source>Largest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="211"/>
        <source>&amp;Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="212"/>
        <source>Only favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="215"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="216"/>
        <source>Import files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="247"/>
        <source>Media library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="249"/>
        <source>Drop files or folders here. Drag items into a post to attach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="255"/>
        <source>Drop photos, videos or whole folders here, paste with Ctrl+V, or use Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="275"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="277"/>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="278"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="290"/>
        <source>Import messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="293"/>
        <source>Remove &amp;location from published photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="295"/>
        <source>Remove location from published photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="300"/>
        <source>Storage used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="318"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="324"/>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="326"/>
        <source>Describe the image for people who cannot see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="335"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="336"/>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="339"/>
        <source>F&amp;avourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="340"/>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="345"/>
        <source>Folder of the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="346"/>
        <location filename="../src/postdesk/ui/media_library/view.py" line="485"/>
        <source>No folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="352"/>
        <source>Used in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="354"/>
        <source>A&amp;ttach to post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="356"/>
        <source>C&amp;rop or rotate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="358"/>
        <source>What each &amp;network receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="360"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="368"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="368"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="368"/>
        <source>Pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="373"/>
        <source>What each network receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="378"/>
        <source>A&amp;lt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="380"/>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="382"/>
        <source>F&amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/media_library/view.py" line="476"/>
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="477"/>
        <source>{size} stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="506"/>
        <source>Something went wrong: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="547"/>
        <source>Select something to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/media_library/view.py" line="560"/>
        <source>%n item(s) selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="564"/>
        <source>{s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="570"/>
        <source>Checking where it is used…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/media_library/view.py" line="583"/>
        <source>Used in %n post(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="585"/>
        <source>Not used in any post yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="595"/>
        <source>{n} of {max} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/media_library/view.py" line="653"/>
        <source>This is used in %n post(s). Deleting it also removes it from them. Delete?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/media_library/view.py" line="656"/>
        <source>Delete %n item(s) from the library? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="658"/>
        <source>Delete media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="704"/>
        <source>cropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="705"/>
        <source>cropped {ratio}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="727"/>
        <source>original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="727"/>
        <source>re-encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="738"/>
        <source>Import media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="739"/>
        <source>Images and videos (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.mp4 *.mov *.m4v *.webm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="773"/>
        <location filename="../src/postdesk/ui/media_library/view.py" line="780"/>
        <source>Pasted image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="822"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="905"/>
        <source>Imported {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/media_library/view.py" line="908"/>
        <location filename="../src/postdesk/ui/media_library/view.py" line="913"/>
        <source>%n could not be imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/media_library/view.py" line="911"/>
        <source>%n new item(s) imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/media_library/view.py" line="931"/>
        <source>…and %n earlier message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaStrip</name>
    <message>
        <location filename="../src/postdesk/ui/composer/media_strip.py" line="142"/>
        <source>Attached images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/media_strip.py" line="143"/>
        <source>Alt+Left and Alt+Right move the selected image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/media_strip.py" line="144"/>
        <source>Drag an image, or press Alt+Left / Alt+Right, to change the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/media_strip.py" line="149"/>
        <source>A&amp;ttach images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/media_strip.py" line="150"/>
        <source>Attach images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/media_strip.py" line="152"/>
        <source>Re&amp;move image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/media_strip.py" line="153"/>
        <source>Remove the selected image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/media_strip.py" line="162"/>
        <source>Descr&amp;iption (alt text):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/media_strip.py" line="164"/>
        <source>Description of the selected image, for people who cannot see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/media_strip.py" line="165"/>
        <source>What is in the picture?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaStripModel</name>
    <message>
        <location filename="../src/postdesk/ui/composer/models.py" line="204"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/models.py" line="210"/>
        <source>No description yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/models.py" line="212"/>
        <source>no description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/models.py" line="213"/>
        <source>Image {n}: {alt}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartsEditor</name>
    <message>
        <location filename="../src/postdesk/ui/composer/parts_editor.py" line="193"/>
        <source>&amp;Add part</source>
        <extracomment>File suffixes accepted as images when dropped. Background of text that does not fit; translucent so it reads in light and dark themes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/parts_editor.py" line="194"/>
        <source>Add a thread part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/parts_editor.py" line="196"/>
        <source>S&amp;plit into thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/parts_editor.py" line="197"/>
        <source>Split the text into a thread automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/parts_editor.py" line="198"/>
        <source>Split at sentence boundaries so every part fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/parts_editor.py" line="200"/>
        <source>&amp;Join parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/parts_editor.py" line="201"/>
        <source>Join all thread parts into one text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/parts_editor.py" line="203"/>
        <source>Number parts (1/n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/parts_editor.py" line="204"/>
        <source>Add 1/n numbering when splitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/parts_editor.py" line="235"/>
        <source>Part {n} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/parts_editor.py" line="238"/>
        <source>Remove part {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/parts_editor.py" line="240"/>
        <source>{label}, part {n} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/preview.py" line="331"/>
        <source>Your name</source>
        <extracomment>Characters after which a long link may wrap in the preview.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/preview.py" line="332"/>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/preview.py" line="351"/>
        <source>subreddit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/preview.py" line="369"/>
        <source>(No title yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/preview.py" line="386"/>
        <source>{network} shows your image or video here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/preview.py" line="393"/>
        <source>Like  ·  Comment  ·  Repost  ·  Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemListModel</name>
    <message>
        <location filename="../src/postdesk/ui/composer/models.py" line="79"/>
        <source>Error</source>
        <extracomment>Custom roles. Drag format of a row of the media strip being moved within the strip (its row number).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/models.py" line="79"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPane</name>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="82"/>
        <location filename="../src/postdesk/ui/settings/view.py" line="87"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="95"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="97"/>
        <location filename="../src/postdesk/ui/settings/view.py" line="128"/>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="98"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="99"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="108"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="119"/>
        <source>Times in the calendar and the composer are shown in this zone. A post keeps the zone it was scheduled in, so 09:00 stays 09:00 when the clocks change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="127"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="137"/>
        <source>A new language takes effect the next time Postdesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="141"/>
        <source>Appearance and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="144"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="145"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="148"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="151"/>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="156"/>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="159"/>
        <source>Drafts, media and settings are kept on this computer, in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="163"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="166"/>
        <source>&amp;Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="167"/>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="170"/>
        <source>Sign-in tokens are never written here: they live in your system&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="204"/>
        <source>When posts were missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="206"/>
        <source>Ask me what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="207"/>
        <source>Publish them as soon as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="208"/>
        <source>Publish them, unless they are too late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="216"/>
        <source>Too late after, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="219"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="226"/>
        <source>Posts can fall due while Postdesk is closed or the computer sleeps. Skipped posts are paused, not deleted: they stay in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="233"/>
        <source>&amp;Keep publishing in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="234"/>
        <source>Keep publishing in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="238"/>
        <source>This desktop has no system tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="240"/>
        <source>Start Postdesk when I log &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="241"/>
        <source>Start Postdesk when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="249"/>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="252"/>
        <source>When posts were &amp;missed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="253"/>
        <source>Too late &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetPanel</name>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="123"/>
        <source>{network} account</source>
        <extracomment>Mastodon&apos;s default limit when no instance tells us its own. Mastodon visibilities, by API value.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="125"/>
        <source>A&amp;ccount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="128"/>
        <source>{network} title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="129"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="132"/>
        <source>Subreddit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="133"/>
        <source>e.g. photography (without r/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="136"/>
        <source>Content warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="137"/>
        <source>Optional; counts toward the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="140"/>
        <source>Who can see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="143"/>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="143"/>
        <source>Quiet public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="143"/>
        <source>Followers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="143"/>
        <source>Mentioned people only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="149"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="153"/>
        <source>Su&amp;breddit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="157"/>
        <source>Content &amp;warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="158"/>
        <source>&amp;Visibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="166"/>
        <source>Why the {network} text can&apos;t change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="172"/>
        <source>&amp;Different text for {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="174"/>
        <source>Use a different text for {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="177"/>
        <source>&amp;Reset to main text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="179"/>
        <source>Replace the {network} text with the main text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="187"/>
        <source>{network} text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="198"/>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="210"/>
        <source>Problems for {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="216"/>
        <source>{network} preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="297"/>
        <source>Already published to {network}: its text can no longer be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="299"/>
        <source>Being published to {network} right now: its text can&apos;t be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="302"/>
        <source>Postdesk is checking whether this went out on {network}: its text can&apos;t be changed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="384"/>
        <source>{length} of {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="399"/>
        <source>{bytes} / {limit} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="408"/>
        <source>{bytes} of {limit} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="412"/>
        <source>Longest of {n} parts: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="459"/>
        <source>Sign in to {handle} again before this can be posted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="48"/>
        <location filename="../src/postdesk/ui/tray.py" line="90"/>
        <source>Postdesk — publishing</source>
        <extracomment>How long a notification stays up, in milliseconds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="50"/>
        <source>Postdesk tray menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="51"/>
        <source>&amp;Open Postdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="52"/>
        <location filename="../src/postdesk/ui/tray.py" line="88"/>
        <source>&amp;Pause publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="54"/>
        <source>&amp;Quit Postdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="87"/>
        <source>&amp;Resume publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="89"/>
        <source>Postdesk — publishing paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="119"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="120"/>
        <source>Your post is live on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="122"/>
        <source>The network refused the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="123"/>
        <source>Not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="124"/>
        <source>%1 did not publish your post: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="127"/>
        <source>Needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="132"/>
        <source>Posts missed while Postdesk was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/tray.py" line="133"/>
        <source>%n post(s) fell due while Postdesk was not running. Click to choose what to do.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="136"/>
        <source>Waiting for the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/tray.py" line="137"/>
        <source>%n post(s) will go out when the connection is back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="142"/>
        <source>An account needs to be reconnected before its posts can go out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="144"/>
        <source>An account needs you to sign in again; its posts wait until you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="146"/>
        <source>A post could not go out because one of its files is no longer in the media library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="148"/>
        <source>Postdesk cannot tell whether a post went out. Please check the network and say if it is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="150"/>
        <source>A post could not be published after several tries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="151"/>
        <source>A post went out, but its first comment did not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="153"/>
        <source>Something needs your attention.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_CellDelegate</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/paint.py" line="293"/>
        <source>Queue slot</source>
        <extracomment>Bounds the elision cache (one entry per chip text and width seen).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/calendar/paint.py" line="296"/>
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_GridModel</name>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/calendar/models.py" line="169"/>
        <source>%n post(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <location filename="../src/postdesk/app.py" line="484"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../src/postdesk/app.py" line="481"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>composer</name>
    <message>
        <location filename="../src/postdesk/app.py" line="482"/>
        <source>Compose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inbox</name>
    <message>
        <location filename="../src/postdesk/app.py" line="308"/>
        <source>Inbox</source>
        <extracomment>How long engine events are gathered before the calendar reloads (a burst reloads once).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>media</name>
    <message>
        <location filename="../src/postdesk/app.py" line="483"/>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pane</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="923"/>
        <source>Move “{post}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="950"/>
        <source>Delete post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings_pane</name>
    <message>
        <location filename="../src/postdesk/app.py" line="315"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/app.py" line="375"/>
        <source>Postdesk could not change whether it starts at login. Your system refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
