<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="41"/>
        <source>every %n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="43"/>
        <source>every %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="44"/>
        <source>until you stop it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="44"/>
        <source>%n more time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="46"/>
        <source>Repeats {every}, {times}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="48"/>
        <source>with %n variation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="50"/>
        <source>Repeating stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/single_instance.py" line="159"/>
        <source>SingleInstance</source>
        <comment>Postdesk is already running</comment>
        <extracomment>A connection that has not said its line by then is closed. How long a second launch keeps trying to reach a window that may still be starting.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/single_instance.py" line="161"/>
        <source>SingleInstance</source>
        <comment>Another Postdesk window (process {pid}) did not answer.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/single_instance.py" line="163"/>
        <source>SingleInstance</source>
        <comment>Another Postdesk window did not answer.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/single_instance.py" line="165"/>
        <source>SingleInstance</source>
        <comment>Postdesk is publishing in the background without a window (postdesk --headless, process {pid}).</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/single_instance.py" line="168"/>
        <source>SingleInstance</source>
        <comment>Postdesk is publishing in the background without a window (postdesk --headless).</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/single_instance.py" line="171"/>
        <source>SingleInstance</source>
        <comment>Another Postdesk (process {pid}) is using it.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/single_instance.py" line="173"/>
        <source>SingleInstance</source>
        <comment>Another Postdesk is using it.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/single_instance.py" line="175"/>
        <source>SingleInstance</source>
        <comment>Postdesk can&apos;t open your posts in “{folder}” because they are in use.

{who}

Only one Postdesk can publish from a folder at a time, so that no post goes out twice. Stop the other one (or switch to its window), then start Postdesk again.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/postdesk/ui/about_dialog.py" line="58"/>
        <location filename="../src/postdesk/ui/about_dialog.py" line="59"/>
        <source>About Postdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/about_dialog.py" line="65"/>
        <source>Postdesk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/about_dialog.py" line="71"/>
        <source>Draft, schedule and publish posts to your own social accounts, from your own computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/about_dialog.py" line="75"/>
        <source>Postdesk is free software: you may share and change it under the terms of the &lt;a href=&quot;%1&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt; (%2). Its &lt;a href=&quot;%3&quot;&gt;source code&lt;/a&gt; is public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/about_dialog.py" line="83"/>
        <source>Built with Qt %1 and Qt for Python (PySide6) %2, used under the &lt;a href=&quot;%3&quot;&gt;GNU Lesser General Public License, version 3&lt;/a&gt;. The notices below say where their source is and how to replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/about_dialog.py" line="98"/>
        <source>&amp;Third-party software in Postdesk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/about_dialog.py" line="101"/>
        <source>Third-party notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/about_dialog.py" line="109"/>
        <source>&amp;Copy notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/about_dialog.py" line="110"/>
        <source>Copy the third-party notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/about_dialog.py" line="138"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/about_dialog.py" line="139"/>
        <source>&amp;About Postdesk</source>
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
        <location filename="../src/postdesk/ui/accounts/view.py" line="90"/>
        <location filename="../src/postdesk/ui/accounts/view.py" line="102"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="108"/>
        <source>Postdesk signs in to each network in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="114"/>
        <source>Where sign-ins are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="121"/>
        <source>Sign-in storage problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="122"/>
        <location filename="../src/postdesk/ui/accounts/view.py" line="207"/>
        <source>Use an &amp;encrypted file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="123"/>
        <location filename="../src/postdesk/ui/accounts/view.py" line="211"/>
        <source>Keep sign-ins in an encrypted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="130"/>
        <source>Connected accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="132"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="132"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="132"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="132"/>
        <source>Sign-in expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="147"/>
        <location filename="../src/postdesk/ui/accounts/view.py" line="241"/>
        <source>No accounts yet. Click Connect to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="151"/>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="152"/>
        <source>Connect an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="154"/>
        <source>&amp;Reconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="155"/>
        <source>Reconnect the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="157"/>
        <source>Default &amp;options…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="158"/>
        <source>Default options of the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="160"/>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="161"/>
        <source>Disconnect the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="171"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="207"/>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="210"/>
        <source>Unlock the encrypted sign-in file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="226"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="242"/>
        <source>No accounts yet. Choose where to keep your sign-ins (above) to connect one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="252"/>
        <source>Sign-ins are kept in the encrypted file %1, locked with your passphrase; never in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="254"/>
        <source>Sign-ins are kept in your system&apos;s password keyring (%1), never in Postdesk&apos;s own files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="266"/>
        <source>Does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="269"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/accounts/view.py" line="271"/>
        <source>In %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/accounts/view.py" line="274"/>
        <source>In %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/accounts/view.py" line="275"/>
        <source>In %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="317"/>
        <source>Connected %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="342"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="343"/>
        <source>Disconnect %1? Postdesk asks %2 to revoke its access and forgets the sign-in. Posts aimed at this account wait until you connect it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="362"/>
        <source>Disconnected. The network revoked Postdesk&apos;s access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="364"/>
        <source>Disconnected. The sign-in was deleted from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/view.py" line="399"/>
        <source>Unlocked. Your accounts can be used again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitySection</name>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="195"/>
        <location filename="../src/postdesk/ui/composer/activity.py" line="238"/>
        <source>Ac&amp;tivity</source>
        <extracomment>States whose text went (or may have gone) out: the composer shows it read-only.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="196"/>
        <location filename="../src/postdesk/ui/composer/activity.py" line="244"/>
        <source>Show the post&apos;s activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="206"/>
        <source>Where each network stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="210"/>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="236"/>
        <source>Nothing has happened to this post yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="238"/>
        <source>Ac&amp;tivity ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/activity.py" line="244"/>
        <source>Hide the post&apos;s activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddToQueueDialog</name>
    <message>
        <location filename="../src/postdesk/ui/composer/queue_button.py" line="68"/>
        <source>Add to queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/queue_button.py" line="69"/>
        <source>Add the post to a queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/queue_button.py" line="71"/>
        <source>&amp;Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/queue_button.py" line="73"/>
        <source>Queue to add the post to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/queue_button.py" line="79"/>
        <source>When the post will go out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/queue_button.py" line="81"/>
        <source>&amp;Add to queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/queue_button.py" line="82"/>
        <source>Add the post to this queue at that time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/queue_button.py" line="98"/>
        <source>This queue has no free time in the next year. Add times to it in Queues, or pick another queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/queue_button.py" line="101"/>
        <source>It takes the next free time: {when} ({zone}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/models.py" line="520"/>
        <source>When</source>
        <extracomment>Counts of a published post, added up over its networks (`set_metrics`); a dash: not given.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/models.py" line="520"/>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/models.py" line="520"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/models.py" line="520"/>
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
        <location filename="../src/postdesk/ui/calendar/view.py" line="243"/>
        <source>Calendar</source>
        <extracomment>Where a draft dropped on a month day lands when nothing says which time: a working morning. Statuses whose posts the engine may be holding (their hold is read and worded). The hour the week view scrolls to when shown. A range&apos;s identity: UTC bounds and the zone its days are bucketed in. How many loaded ranges are kept (the shown one, its neighbours, a few recent ones). The runner key of a full load (a newer one wins).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="255"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="256"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="257"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="264"/>
        <source>Shown period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="269"/>
        <location filename="../src/postdesk/ui/calendar/view.py" line="331"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="270"/>
        <location filename="../src/postdesk/ui/calendar/view.py" line="335"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="271"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="287"/>
        <source>Time zone shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="288"/>
        <source>Show times in another time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="292"/>
        <location filename="../src/postdesk/ui/calendar/view.py" line="915"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="300"/>
        <location filename="../src/postdesk/ui/calendar/view.py" line="301"/>
        <source>Search posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="320"/>
        <source>Calendar message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="339"/>
        <source>List of posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="360"/>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="361"/>
        <source>Drag a draft onto the calendar to schedule it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="364"/>
        <source>Unscheduled drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="379"/>
        <source>No drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="380"/>
        <source>Posts you start and don&apos;t schedule wait here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="381"/>
        <source>New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="397"/>
        <source>No posts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="398"/>
        <source>Posts you schedule appear here by day and time; drafts wait in the list on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="399"/>
        <source>&amp;Write a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="413"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="416"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="606"/>
        <source>(empty draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="609"/>
        <source>New post here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="751"/>
        <source>The calendar could not be loaded. Your posts are safe; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="826"/>
        <source>{first} – {last} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="885"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="889"/>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="892"/>
        <source>Statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="895"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="899"/>
        <source>Show everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="915"/>
        <source>Filter (on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="974"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="975"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="976"/>
        <source>Publish now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="979"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="981"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="983"/>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="985"/>
        <source>Did it go out?…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="988"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="990"/>
        <source>Cancel (never send)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="990"/>
        <source>Take back and cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="993"/>
        <source>Stop repeating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="995"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="995"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="1011"/>
        <source>Cancelled: it will not be sent. Use Reschedule or drag it to a time to put it back on the schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="1016"/>
        <source>Postdesk does not know whether this post went out, so it will not simply send it again. Say whether it is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="1025"/>
        <source>Paused. Drag the post to its new time, then choose Resume: it goes out then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="1052"/>
        <source>This post was settled meanwhile: nothing to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="1102"/>
        <source>The network&apos;s own scheduler holds this post at its time. To move it, take it back first (Take back and cancel), then schedule it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="1151"/>
        <source>Added to the queue “{queue}” at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="1156"/>
        <source>That slot was taken meanwhile. Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/calendar/view.py" line="1168"/>
        <source>Repeating stopped. %n repeat(s) not yet sent were removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="1169"/>
        <source>Repeating stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="1197"/>
        <source>This post is being published right now, so it can&apos;t be deleted yet. Wait until it has gone out; then Delete asks whether to remove it from Postdesk only or from the network too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="1201"/>
        <source>The post&apos;s time was changed elsewhere since, so that step was not undone. Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="1205"/>
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
        <location filename="../src/postdesk/ui/composer/view.py" line="164"/>
        <source>Composer</source>
        <extracomment>After reading the stored post failed, how long before saving is tried again. How long after the last change the hidden tabs&apos; previews are brought up to date. The visible preview renders this long after the last keystroke... ...and at least this often while the user keeps typing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="186"/>
        <source>Opening your last draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="197"/>
        <source>&amp;New post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="198"/>
        <source>Start a new post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="199"/>
        <source>Start a new post (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="201"/>
        <source>Post to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="204"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="219"/>
        <source>Post to {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="224"/>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="234"/>
        <source>&amp;Main text (used everywhere unless a network has its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="237"/>
        <source>Main text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="246"/>
        <source>Why the main text can&apos;t change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="270"/>
        <source>Networks chosen for this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="271"/>
        <source>Chosen networks: pick one to see its preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="276"/>
        <source>Choose where to post with the buttons above. You can write first and choose later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="303"/>
        <location filename="../src/postdesk/ui/composer/view.py" line="1359"/>
        <source>&amp;When ({zone}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="310"/>
        <location filename="../src/postdesk/ui/composer/view.py" line="1360"/>
        <source>Date and time to publish, in {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="313"/>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="314"/>
        <source>Schedule the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="315"/>
        <location filename="../src/postdesk/ui/composer/view.py" line="652"/>
        <source>Schedule (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="317"/>
        <source>&amp;Unschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="318"/>
        <source>Clear the date and keep the post as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="320"/>
        <source>Publish &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="322"/>
        <source>Publish the post now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="323"/>
        <source>Publish now, with the same checks as scheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="333"/>
        <source>Schedule status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="336"/>
        <source>Why the post cannot be scheduled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="362"/>
        <location filename="../src/postdesk/ui/composer/view.py" line="1483"/>
        <source>New post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="364"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="369"/>
        <source>Split into thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="373"/>
        <location filename="../src/postdesk/ui/composer/view.py" line="687"/>
        <source>Attach images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="417"/>
        <source>{network}: text, options and preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="574"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="574"/>
        <source>yourname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="629"/>
        <source>Choose at least one network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="634"/>
        <source>{first} (and {n} more networks with problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="648"/>
        <source>Can&apos;t schedule yet: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="689"/>
        <source>Images ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="696"/>
        <location filename="../src/postdesk/ui/composer/view.py" line="707"/>
        <source>Adding images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="714"/>
        <source>Some images are no longer in the media library and were not attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="724"/>
        <source>Couldn&apos;t read {files} as images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="732"/>
        <source>Couldn&apos;t add the images; the files were not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="745"/>
        <source>Couldn&apos;t save the image description; it is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="811"/>
        <source>This time does not exist in {zone}: the clocks jump from {start} to {end} that day. Pick another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="816"/>
        <source>This time does not exist in {zone}: the clocks skip it that day. Pick another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="820"/>
        <source>This time happens twice in {zone} that day (the clocks go back); the first one is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="841"/>
        <source>Scheduled for {when} ({zone}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="845"/>
        <source>Not scheduled: this post is a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="868"/>
        <source>That time has already passed; pick a time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="875"/>
        <source>{networks} holds this post at its time. To change the time, take it back first (Cancel), then schedule it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="973"/>
        <source>Paused. Pick the new time, then press Schedule: it goes out then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="982"/>
        <source>The post was removed from Postdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="1010"/>
        <location filename="../src/postdesk/ui/composer/view.py" line="1084"/>
        <location filename="../src/postdesk/ui/composer/view.py" line="1194"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="1017"/>
        <source>Couldn&apos;t open your last draft; starting a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="1086"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="1088"/>
        <source>Couldn&apos;t save: disk is full — your text is still here. Retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="1090"/>
        <source>Couldn&apos;t save: the database is not available — your text is still here. Retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="1092"/>
        <source>Couldn&apos;t save — your text is still here. Retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="1176"/>
        <source>Opening the post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="1189"/>
        <location filename="../src/postdesk/ui/composer/view.py" line="1227"/>
        <source>That post no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="1201"/>
        <source>Couldn&apos;t open that post; the one you were writing is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="1222"/>
        <source>Copying the post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="1253"/>
        <source>This post was also changed elsewhere; the changes you made here were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/view.py" line="1470"/>
        <source>The main text is read-only: it was already sent to {networks}. Give the other networks their own text to change it for them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerSent</name>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="66"/>
        <source>Published on {networks}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="68"/>
        <source>Being published on {networks} now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="70"/>
        <source>Postdesk is checking whether it went out on {networks}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="72"/>
        <source>Will be tried again on {networks}, exactly as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="74"/>
        <source>Failed on {networks}; you can fix it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="76"/>
        <source>Paused on {networks}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="78"/>
        <source>Cancelled on {networks}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="80"/>
        <source>Handed to the own scheduler of {networks}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="94"/>
        <source>{network} as {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="98"/>
        <source>Part {n} of {count}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="102"/>
        <source>Attached {name}, described as “{alt}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="103"/>
        <source>Attached {name}, without a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="105"/>
        <source>an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="110"/>
        <source>Edited on {network}: this is what it says there now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="74"/>
        <source>Connect an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="74"/>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="91"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="92"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="94"/>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="364"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="95"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="98"/>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="99"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="122"/>
        <source>Which network do you want to connect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="124"/>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="157"/>
        <source>Sign in with the &amp;browser (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="158"/>
        <source>Use an &amp;app password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="166"/>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="167"/>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="170"/>
        <source>Local port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="174"/>
        <source>Redirect address to register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="175"/>
        <source>Co&amp;py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="176"/>
        <source>Copy the redirect address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="187"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="188"/>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="189"/>
        <source>App password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="190"/>
        <source>Bot token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="191"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="194"/>
        <source>Client &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="195"/>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="196"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="197"/>
        <source>Redirect address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="198"/>
        <source>Se&amp;rver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="199"/>
        <source>&amp;Handle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="200"/>
        <source>App pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="201"/>
        <source>Bot &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="202"/>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="208"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="235"/>
        <source>Waiting for the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="248"/>
        <source>Facebook Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="268"/>
        <source> (you cannot create posts on it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="270"/>
        <source>You cannot create posts on this Page (ask an admin to give you that task).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="273"/>
        <source>&amp;Which Pages should Postdesk post to? Each Page becomes its own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="274"/>
        <source>This Facebook sign-in manages no Page. Create a Page on Facebook, or sign in as someone who can create content on one, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="289"/>
        <source>Saving the Pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="342"/>
        <source>mastodon.social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="342"/>
        <source>https://bsky.social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="344"/>
        <source>you.bsky.social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="345"/>
        <source>@yourchannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="362"/>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="368"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="370"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="431"/>
        <source>Finish signing in with your browser. Postdesk is waiting for it; you can cancel at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/accounts/connect_dialog.py" line="433"/>
        <source>Checking with %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CropCanvas</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/crop_editor.py" line="66"/>
        <source>Crop area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/crop_editor.py" line="68"/>
        <source>Arrow keys move the crop, Shift and arrow keys resize it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CropEditorDialog</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/crop_editor.py" line="209"/>
        <source>Crop “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/crop_editor.py" line="214"/>
        <source>Aspect ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/crop_editor.py" line="218"/>
        <source>&amp;Aspect ratio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/crop_editor.py" line="221"/>
        <source>Rotate &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/crop_editor.py" line="224"/>
        <source>Rotate &amp;right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/crop_editor.py" line="231"/>
        <source>Output size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/crop_editor.py" line="235"/>
        <source>&amp;Save as new image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/crop_editor.py" line="259"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/crop_editor.py" line="261"/>
        <source>Original shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/crop_editor.py" line="285"/>
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
    <name>DeletePublishedDialog</name>
    <message>
        <location filename="../src/postdesk/ui/dialogs/delete_published.py" line="53"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/delete_published.py" line="83"/>
        <location filename="../src/postdesk/ui/dialogs/delete_published.py" line="84"/>
        <source>Delete a published post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/delete_published.py" line="87"/>
        <source>This post is published on %1. How far should it be deleted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/delete_published.py" line="92"/>
        <source>Remove from Postdesk only (it stays on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/delete_published.py" line="93"/>
        <source>Remove from Postdesk only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/delete_published.py" line="95"/>
        <source>Delete from %1 too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/delete_published.py" line="105"/>
        <source>Postdesk cannot delete posts on %1: delete it there yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/delete_published.py" line="111"/>
        <source>Deleting from a network works offline too: it goes when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/delete_published.py" line="118"/>
        <source>How the deletion went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/delete_published.py" line="124"/>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/delete_published.py" line="125"/>
        <source>Keep the post and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/delete_published.py" line="127"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/delete_published.py" line="128"/>
        <source>Delete as chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/delete_published.py" line="142"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/delete_published.py" line="143"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/delete_published.py" line="149"/>
        <source>Removed from Postdesk. It is still on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/delete_published.py" line="151"/>
        <source>Removed from Postdesk. Deleting it from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/delete_published.py" line="188"/>
        <source>%1 could not be asked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/delete_published.py" line="196"/>
        <source>Deleted from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/delete_published.py" line="198"/>
        <source>%1 did not delete it: “%2”. It is still on %1; delete it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/delete_published.py" line="201"/>
        <source>Waiting for a connection: it will be deleted from %1 when Postdesk is back online. You can close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/delete_published.py" line="204"/>
        <location filename="../src/postdesk/ui/dialogs/delete_published.py" line="207"/>
        <source>Deleting it from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/delete_published.py" line="209"/>
        <source>Removed from Postdesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/models.py" line="559"/>
        <source>(empty draft)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditPublished</name>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="50"/>
        <source>Only a published post can be edited on {network}.</source>
        <extracomment>The networks whose adapter declares `Capability.EDIT` (a test holds the two together). Mastodon&apos;s default text limit, when the account&apos;s server said nothing at sign-in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="52"/>
        <source>{network} does not let Postdesk edit a published post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="54"/>
        <source>The post can&apos;t be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="55"/>
        <source>The text is longer than your {network} server allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="57"/>
        <source>Only the first post of a thread can be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="62"/>
        <source>{network} did not take the edit: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditPublishedDialog</name>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="104"/>
        <source>Edit on {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="109"/>
        <source>This changes the post on {network} itself. People who boosted it are told it was edited, and anyone can see its earlier versions there. Postdesk keeps them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="114"/>
        <source>Content &amp;warning (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="116"/>
        <source>Content warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="120"/>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="122"/>
        <source>Text of the post on {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="128"/>
        <source>This is the first post of a thread; the others stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="133"/>
        <source>Characters used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="136"/>
        <source>Why it can&apos;t be saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="142"/>
        <source>How the edit went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="147"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="148"/>
        <source>Close without changing the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="150"/>
        <source>&amp;Save on {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="151"/>
        <source>Save the edit on {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="168"/>
        <source>The post can&apos;t be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="172"/>
        <source>{over} characters over the limit of your {network} server ({limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="175"/>
        <source>Nothing has changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="189"/>
        <source>{used} / {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="208"/>
        <source>Saving on {network}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="221"/>
        <source>Edited on {network}. The record of what was sent shows the new text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="225"/>
        <source>Postdesk can&apos;t reach {network} right now. The edit will be made as soon as it can, by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="237"/>
        <source>Postdesk could not ask {network} to edit the post. Nothing was changed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="245"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/edit_published.py" line="246"/>
        <source>Close this window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngagementChart</name>
    <message>
        <location filename="../src/postdesk/ui/insights/chart.py" line="80"/>
        <source>Engagement per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/chart.py" line="101"/>
        <source>No engagement in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/chart.py" line="103"/>
        <source>Most engagement on {day}: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacebookOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/facebook_options.py" line="31"/>
        <source>Link shown as a preview under the Facebook post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/facebook_options.py" line="32"/>
        <source>Facebook shows this address as a link preview. Only on posts without photos or video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/facebook_options.py" line="37"/>
        <source>Lin&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacebookPreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/facebook_preview.py" line="112"/>
        <source>Just now · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/facebook_preview.py" line="135"/>
        <source> Like       Comment      ↗ Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/facebook_preview.py" line="148"/>
        <source>Your Page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoogleBusinessOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="99"/>
        <source>Business location</source>
        <extracomment>The item role that keeps a location&apos;s business name (the text also shows its address).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="100"/>
        <source>Choose a location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="102"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="103"/>
        <source>Read the locations from Google again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="108"/>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="111"/>
        <source>Kind of Google post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="112"/>
        <source>What&apos;s new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="112"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="113"/>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="116"/>
        <source>&amp;Kind of post:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="119"/>
        <source>Button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="120"/>
        <source>No button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="120"/>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="120"/>
        <source>Order online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="121"/>
        <source>Buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="121"/>
        <source>Learn more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="122"/>
        <source>Sign up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="122"/>
        <source>Call now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="125"/>
        <source>Button link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="125"/>
        <source>https://… the button opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="126"/>
        <source>&amp;Button:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="127"/>
        <source>Button &amp;link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="129"/>
        <source>Event or offer title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="129"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="131"/>
        <source>All &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="132"/>
        <source>All day (dates without times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="135"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="136"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="137"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="138"/>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="139"/>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="142"/>
        <source>Coupon code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="142"/>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="144"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="143"/>
        <source>Link to redeem the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="143"/>
        <source>https://… (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="144"/>
        <source>Terms and conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="145"/>
        <source>&amp;Coupon code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="146"/>
        <source>&amp;Redeem link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="147"/>
        <source>Ter&amp;ms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="285"/>
        <source>Reading your business locations from Google…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="291"/>
        <source>Google did not answer: {reason}. Try Refresh in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_options.py" line="297"/>
        <source>This Google account manages no business location yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoogleBusinessPreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_card.py" line="97"/>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_card.py" line="97"/>
        <source>Order online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_card.py" line="97"/>
        <source>Buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_card.py" line="98"/>
        <source>Learn more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_card.py" line="98"/>
        <source>Sign up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_card.py" line="98"/>
        <source>Call now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_card.py" line="122"/>
        <source>Your business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_card.py" line="130"/>
        <source>Add a photo: Google shows it above the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_card.py" line="134"/>
        <source>(No title yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/google_business_card.py" line="154"/>
        <source>Redeem online</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapModel</name>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="277"/>
        <source>{day} at {hour}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="280"/>
        <source>{when}: no post yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="281"/>
        <source>{when}: {mean} engagements per post, from {posts} posts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Holds</name>
    <message>
        <location filename="../src/postdesk/ui/hold_words.py" line="28"/>
        <source>Waiting for a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/hold_words.py" line="30"/>
        <source>Waiting: reconnect the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/hold_words.py" line="32"/>
        <source>Waiting: all publishing is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/hold_words.py" line="35"/>
        <source>Waiting to try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/hold_words.py" line="36"/>
        <source>Waiting to try again at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/hold_words.py" line="39"/>
        <source>Not sure it went out: please check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/hold_words.py" line="41"/>
        <source>Not sure it went out: Postdesk is checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/hold_words.py" line="44"/>
        <source>Handed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/hold_words.py" line="45"/>
        <source>Handed to the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/hold_words.py" line="46"/>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/hold_words.py" line="54"/>
        <source>%1: waiting for a connection. It goes out as soon as Postdesk is back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/hold_words.py" line="57"/>
        <source>%1: waiting for you to reconnect the account (Accounts). It goes out right after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/hold_words.py" line="60"/>
        <source>%1: waiting, because you paused all publishing (tray menu). It goes out when you resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/hold_words.py" line="63"/>
        <source>soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/hold_words.py" line="64"/>
        <source>%1: waiting to try again at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/hold_words.py" line="67"/>
        <source>%1: Postdesk does not know whether this post went out — the network&apos;s answer was lost. Please look, then say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/hold_words.py" line="71"/>
        <source>%1: Postdesk does not know whether this post went out — the network&apos;s answer was lost. It will look it up on %1; you can also look and say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/hold_words.py" line="75"/>
        <source>Handed to %1: %1 publishes it at its time, even while Postdesk is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/hold_words.py" line="78"/>
        <source>%1: publishing now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="108"/>
        <source>From</source>
        <extracomment>The `Conversation` or `InboxEntry` of a row. The size of an author&apos;s avatar in the first column. How many lines of an item&apos;s text a row shows (the rest is in the tooltip and the detail).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="108"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="108"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="108"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="148"/>
        <source>Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="148"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="149"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="149"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="150"/>
        <location filename="../src/postdesk/ui/inbox/models.py" line="209"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="155"/>
        <source>Your reply waits to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="156"/>
        <source>You replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="157"/>
        <source>Your reply could not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="168"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/inbox/models.py" line="170"/>
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/inbox/models.py" line="172"/>
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="174"/>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="199"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/inbox/models.py" line="202"/>
        <source>%n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="205"/>
        <source>Your post: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="207"/>
        <source>Mentioned you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="208"/>
        <source>Quoted your post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="210"/>
        <source>A new conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="211"/>
        <source>Replies to a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/inbox/models.py" line="219"/>
        <source>Conversation on %1, %n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="249"/>
        <source>unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="249"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/models.py" line="250"/>
        <source>%1 from %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="143"/>
        <source>Inbox</source>
        <extracomment>Runs a coroutine function on the engine loop: submit(fn, *args, name=None) -&gt; Future. What a reload reads on the worker: conversations, unread total, accounts (id, network, handle), notify settings by account, networks able to do each action (&quot;like&quot;, ...), and the accounts whose network will not give their inbox ({account id: an `INBOX_*` problem code}).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="158"/>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="158"/>
        <source>Account filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="159"/>
        <source>&amp;Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="159"/>
        <source>Network filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="160"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="160"/>
        <source>Kind filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="162"/>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="163"/>
        <source>All networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="164"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="167"/>
        <source>&amp;Unread only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="168"/>
        <source>Show unread items only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="172"/>
        <source>No&amp;tify me about new items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="174"/>
        <source>Notify me about new items for the account shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="175"/>
        <source>Choose an account above to change this for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="178"/>
        <location filename="../src/postdesk/ui/inbox/view.py" line="433"/>
        <source>&amp;Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="179"/>
        <source>Check all inboxes now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="189"/>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="213"/>
        <source>Selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="215"/>
        <location filename="../src/postdesk/ui/inbox/view.py" line="546"/>
        <source>Mark &amp;read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="216"/>
        <source>Mark the selected item read or unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="218"/>
        <source>&amp;Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="219"/>
        <source>Open the selected item in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="221"/>
        <source>&amp;Like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="222"/>
        <source>Like the selected item on its network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="225"/>
        <source>&amp;Delete my reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="227"/>
        <source>Delete your reply to the selected item on its network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="230"/>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="231"/>
        <source>Hide the selected reply on its network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="234"/>
        <source>Mark &amp;all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="235"/>
        <source>Mark every listed item read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="244"/>
        <source>Re&amp;ply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="246"/>
        <source>Reply text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="247"/>
        <source>Write a reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="255"/>
        <source>Reply status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="256"/>
        <source>&amp;Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="257"/>
        <source>Send the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="258"/>
        <source>Send the reply (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="289"/>
        <source>Inboxes Postdesk cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="301"/>
        <source>&amp;Reconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="302"/>
        <source>Reconnect the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="407"/>
        <source>%1 needs to be reconnected: its replies can&apos;t be read or answered until you sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/inbox/view.py" line="410"/>
        <source>%n accounts need to be reconnected: their replies can&apos;t be read until you sign in again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="424"/>
        <source>Connect an account to see replies here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="425"/>
        <source>Mentions, replies, quotes and comments from every account arrive in this one list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="427"/>
        <source>&amp;Connect an account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="429"/>
        <source>Nothing matches these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="429"/>
        <source>&amp;Show everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="431"/>
        <source>No replies yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="432"/>
        <source>When someone mentions or answers you, it shows up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="448"/>
        <source>The inbox could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="468"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="478"/>
        <source>LinkedIn shows the comments on a member&apos;s own posts only to apps it has approved, so they cannot appear here. Comments on the posts of a LinkedIn page you manage do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="481"/>
        <source>This channel has no discussion group, so its posts take no comments. Link a group in the channel&apos;s settings (Discussion) to answer comments here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="484"/>
        <source>Your bot cannot read the channel&apos;s discussion group. Add the bot to the group as an admin (or turn its privacy mode off with /setprivacy in @BotFather, then add it to the group again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="488"/>
        <source>Another program or a webhook receives your bot&apos;s messages, so Postdesk cannot read the comments. Give Postdesk a bot of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="491"/>
        <source>Postdesk cannot read this inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="508"/>
        <source>The setting could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="530"/>
        <source>%1 — %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="545"/>
        <source>Mark un&amp;read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="571"/>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="604"/>
        <source>Liking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="606"/>
        <source>Liked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="615"/>
        <source>Deleting your reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="617"/>
        <source>Your reply was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="627"/>
        <source>Hiding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="629"/>
        <source>Hidden on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="657"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="670"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="675"/>
        <source>Reply queued; it goes out as soon as the network allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="686"/>
        <source>The engine is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/inbox/view.py" line="692"/>
        <source>That did not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="46"/>
        <source>Likes</source>
        <extracomment>What an unknown count shows (an en dash: &quot;the network does not say&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="47"/>
        <source>Reposts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="48"/>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="49"/>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="50"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="51"/>
        <source>Clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="52"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="82"/>
        <source>%Ln like(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="83"/>
        <source>%Ln repost(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="84"/>
        <source>%Ln reply(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="85"/>
        <source>%Ln quote(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="86"/>
        <source>%Ln view(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="87"/>
        <source>%Ln click(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsPane</name>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="113"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="113"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="114"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="116"/>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="118"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="120"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="120"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="125"/>
        <source>&amp;Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="126"/>
        <source>Read the latest numbers from the networks now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="127"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="128"/>
        <source>Export this period&apos;s posts to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="130"/>
        <source>Insights status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="134"/>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="146"/>
        <source>Totals per account and network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="149"/>
        <source>Your best times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="158"/>
        <location filename="../src/postdesk/ui/insights/view.py" line="196"/>
        <location filename="../src/postdesk/ui/insights/view.py" line="320"/>
        <source>Engagement per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="161"/>
        <source>Engagement by weekday and hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="174"/>
        <source>Rank top posts by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="176"/>
        <location filename="../src/postdesk/ui/insights/view.py" line="199"/>
        <source>Top posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="189"/>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="191"/>
        <source>Best weekdays and hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="201"/>
        <source>Rank by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="218"/>
        <source>Nothing published yet. Once your first post goes out, Postdesk reads its likes, reposts and replies here, and learns your best days and hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="222"/>
        <source>No published posts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="223"/>
        <source>&amp;Write a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="224"/>
        <source>Write your first post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="296"/>
        <source>Your posts do best on: {times}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="297"/>
        <source>Your best times show here once your posts have numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="302"/>
        <source>Insights could not be loaded. Your posts are safe; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="362"/>
        <source>Numbers are read while Postdesk&apos;s publishing is running; it is not running now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="365"/>
        <source>Reading the latest numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/insights/view.py" line="371"/>
        <source>Updated %n post(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="374"/>
        <source>A network asked Postdesk to wait; it tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="376"/>
        <source>An account needs reconnecting before its numbers can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="383"/>
        <source>The networks could not be asked now. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="395"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/insights/view.py" line="398"/>
        <source>Exported %n post(s) to {name}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="403"/>
        <source>The file could not be written. Choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstagramOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_options.py" line="35"/>
        <source>Kind of Instagram post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_options.py" line="36"/>
        <source>Post (one photo, video, or a carousel of up to 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_options.py" line="37"/>
        <source>Reel (one vertical video)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_options.py" line="38"/>
        <source>Story (one photo or video, 24 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_options.py" line="40"/>
        <source>Post &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_options.py" line="41"/>
        <source>Also show the Reel in the &amp;feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_options.py" line="45"/>
        <source>Reel cover frame, seconds into the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_options.py" line="48"/>
        <source>Instagram picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_options.py" line="50"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_options.py" line="51"/>
        <source>Co&amp;ver frame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_options.py" line="53"/>
        <source>Instagram collaborators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_options.py" line="54"/>
        <source>Up to 3 usernames, e.g. @friend, @studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_options.py" line="55"/>
        <source>Co&amp;llaborators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_options.py" line="57"/>
        <source>Instagram location (Facebook Page ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_options.py" line="58"/>
        <source>Optional: the ID of a Facebook Page with a location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_options.py" line="59"/>
        <source>Loca&amp;tion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_options.py" line="60"/>
        <source>C&amp;rop photos to fit Instagram (4:5 to 1.91:1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_options.py" line="61"/>
        <source>Photos taller than 4:5 or wider than 1.91:1 are cut to the nearest shape Instagram takes, keeping the middle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstagramPreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_preview.py" line="99"/>
        <source>Carousel position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_preview.py" line="132"/>
        <source>Instagram shows your photo or video here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/instagram_preview.py" line="133"/>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/postdesk/ui/main_window.py" line="70"/>
        <location filename="../src/postdesk/ui/main_window.py" line="103"/>
        <location filename="../src/postdesk/ui/main_window.py" line="105"/>
        <source>Postdesk</source>
        <extracomment>How long a problem stays in the status bar.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/main_window.py" line="75"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/main_window.py" line="77"/>
        <source>Choose a section. Ctrl+1 to Ctrl+%1 jump straight to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/main_window.py" line="193"/>
        <source>%1, %n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaLibraryPane</name>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="156"/>
        <source>Search names, tags and alt text</source>
        <extracomment>Logical size of a grid icon; thumbnails are cached at this size and twice it. Background request keys: a newer request with the same key wins (see `BackgroundRunner`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="157"/>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="162"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="163"/>
        <source>All media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="163"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="164"/>
        <source>GIFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="164"/>
        <source>Videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="169"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="170"/>
        <location filename="../src/postdesk/ui/media_library/view.py" line="457"/>
        <source>All folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="174"/>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="175"/>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="176"/>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="177"/>
        <source>Date taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="178"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="179"/>
        <source>Largest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="183"/>
        <source>&amp;Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="184"/>
        <source>Only favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="187"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="188"/>
        <source>Import files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="220"/>
        <source>Media library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="222"/>
        <source>Drop files or folders here. Drag items into a post to attach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="231"/>
        <source>Drop images and videos here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="232"/>
        <source>…or whole folders, or paste with Ctrl+V. Then drag them into a post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="233"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="250"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="252"/>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="253"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="265"/>
        <source>Import messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="268"/>
        <source>Remove &amp;location from published photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="270"/>
        <source>Remove location from published photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="275"/>
        <source>Storage used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="293"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="299"/>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="301"/>
        <source>Describe the image for people who cannot see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="310"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="311"/>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="314"/>
        <source>F&amp;avourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="315"/>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="320"/>
        <source>Folder of the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="321"/>
        <location filename="../src/postdesk/ui/media_library/view.py" line="458"/>
        <source>No folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="327"/>
        <source>Used in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="329"/>
        <source>A&amp;ttach to post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="331"/>
        <source>C&amp;rop or rotate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="333"/>
        <source>What each &amp;network receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="335"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="343"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="343"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="343"/>
        <source>Pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="348"/>
        <source>What each network receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="353"/>
        <source>A&amp;lt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="355"/>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="357"/>
        <source>F&amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/media_library/view.py" line="449"/>
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="450"/>
        <source>{size} stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="487"/>
        <source>Something went wrong: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="528"/>
        <source>Select something to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/media_library/view.py" line="541"/>
        <source>%n item(s) selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="545"/>
        <source>{s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="551"/>
        <source>Checking where it is used…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/media_library/view.py" line="564"/>
        <source>Used in %n post(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="566"/>
        <source>Not used in any post yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="576"/>
        <source>{n} of {max} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/media_library/view.py" line="634"/>
        <source>This is used in %n post(s). Deleting it also removes it from them. Delete?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/media_library/view.py" line="637"/>
        <source>Delete %n item(s) from the library? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="639"/>
        <source>Delete media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="685"/>
        <source>cropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="686"/>
        <source>cropped {ratio}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="708"/>
        <source>original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="708"/>
        <source>re-encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="719"/>
        <source>Import media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="720"/>
        <source>Images and videos (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.mp4 *.mov *.m4v *.webm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="754"/>
        <location filename="../src/postdesk/ui/media_library/view.py" line="761"/>
        <source>Pasted image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="800"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/media_library/view.py" line="883"/>
        <source>Imported {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/media_library/view.py" line="886"/>
        <location filename="../src/postdesk/ui/media_library/view.py" line="891"/>
        <source>%n could not be imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/media_library/view.py" line="889"/>
        <source>%n new item(s) imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/media_library/view.py" line="909"/>
        <source>…and %n earlier message(s)</source>
        <translation type="unfinished">
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
        <location filename="../src/postdesk/ui/composer/parts_editor.py" line="194"/>
        <source>&amp;Add part</source>
        <extracomment>File suffixes accepted as images when dropped. Background of text that does not fit; translucent so it reads in light and dark themes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/parts_editor.py" line="195"/>
        <source>Add a thread part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/parts_editor.py" line="197"/>
        <source>S&amp;plit into thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/parts_editor.py" line="198"/>
        <source>Split the text into a thread automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/parts_editor.py" line="199"/>
        <source>Split at sentence boundaries so every part fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/parts_editor.py" line="201"/>
        <source>&amp;Join parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/parts_editor.py" line="202"/>
        <source>Join all thread parts into one text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/parts_editor.py" line="204"/>
        <source>Number parts (1/n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/parts_editor.py" line="205"/>
        <source>Add 1/n numbering when splitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/parts_editor.py" line="236"/>
        <source>Part {n} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/parts_editor.py" line="239"/>
        <source>Remove part {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/parts_editor.py" line="241"/>
        <source>{label}, part {n} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinterestOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="135"/>
        <source>Pinterest board</source>
        <extracomment>The link&apos;s limit (`PinCreate.link` maxLength in Pinterest&apos;s OpenAPI description).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="136"/>
        <source>Choose a board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="138"/>
        <source>New board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="139"/>
        <source>Make a new Pinterest board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="141"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="142"/>
        <source>Read the boards from Pinterest again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="148"/>
        <source>&amp;Board:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="151"/>
        <source>Board section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="153"/>
        <source>New section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="154"/>
        <source>Make a new section on the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="159"/>
        <source>S&amp;ection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="162"/>
        <source>Destination link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="163"/>
        <source>https://… where the Pin leads (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="166"/>
        <source>&amp;Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="170"/>
        <source>Choose cover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="171"/>
        <source>Choose the video&apos;s cover image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="173"/>
        <source>Use a frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="174"/>
        <source>Use a frame of the video as its cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="180"/>
        <source>Video &amp;cover:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="257"/>
        <source>Reading your boards from Pinterest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="263"/>
        <source>Pinterest did not answer: {reason}. Try Refresh in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="269"/>
        <source>This account has no boards yet: make one with New board….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="273"/>
        <source> (secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="304"/>
        <source>No section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="323"/>
        <source>Section {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="328"/>
        <source>New board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="328"/>
        <source>Name of the new board:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="336"/>
        <source>Making the board “{name}” on Pinterest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="345"/>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="345"/>
        <source>Name of the new section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="364"/>
        <source>Cover image for the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="365"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/pinterest_options.py" line="371"/>
        <source>A frame of the video</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostControls</name>
    <message>
        <location filename="../src/postdesk/ui/composer/post_controls.py" line="90"/>
        <source>Where this post stands with Postdesk&apos;s publisher</source>
        <extracomment>States the engine may pause or reschedule (not mid-request, not done).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/post_controls.py" line="98"/>
        <source>What the post is waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/post_controls.py" line="112"/>
        <source>Did it &amp;go out?…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/post_controls.py" line="113"/>
        <source>Say whether the post is on the network, or send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/post_controls.py" line="115"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/post_controls.py" line="115"/>
        <source>Pause this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/post_controls.py" line="117"/>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/post_controls.py" line="117"/>
        <source>Resume this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/post_controls.py" line="119"/>
        <source>Resc&amp;hedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/post_controls.py" line="120"/>
        <source>Pause this post and pick a new time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/post_controls.py" line="121"/>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/post_controls.py" line="122"/>
        <source>Never send this post (a hand-off is taken back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/post_controls.py" line="123"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/post_controls.py" line="124"/>
        <source>Delete this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/post_controls.py" line="204"/>
        <source>Delete this post from Postdesk, or from the network too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/post_controls.py" line="279"/>
        <source>Delete this post?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/post_controls.py" line="280"/>
        <source>Delete this post from Postdesk? It has not gone out, so nothing is on any network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/post_controls.py" line="283"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/post_controls.py" line="284"/>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostsModel</name>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="207"/>
        <source>Not given by this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="215"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="215"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="215"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="215"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/preview.py" line="363"/>
        <source>Your name</source>
        <extracomment>Characters after which a long link may wrap in the preview.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/preview.py" line="364"/>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/preview.py" line="383"/>
        <source>subreddit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/preview.py" line="389"/>
        <source>a board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/preview.py" line="390"/>
        <source>Saved to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/preview.py" line="411"/>
        <location filename="../src/postdesk/ui/composer/preview.py" line="414"/>
        <source>(No title yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/preview.py" line="432"/>
        <source>{network} shows your image or video here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/preview.py" line="439"/>
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
    <name>QueueControls</name>
    <message>
        <location filename="../src/postdesk/ui/composer/queue_button.py" line="129"/>
        <source>Add to &amp;queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/queue_button.py" line="131"/>
        <source>Add the post to a queue: it takes the queue&apos;s next free time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/queue_button.py" line="132"/>
        <source>Give the post the next free time of one of your queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/queue_button.py" line="136"/>
        <source>What happened with the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/queue_button.py" line="187"/>
        <source>No queue serves these accounts yet. Create one in Queues (its times, and which accounts use it), then add the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/queue_button.py" line="207"/>
        <source>That queue filled up meanwhile; the post stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/queue_button.py" line="209"/>
        <source>Added to “{queue}”: goes out {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/queue_button.py" line="212"/>
        <source>(The time shown was taken meanwhile, so it got the next one.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/queue_button.py" line="218"/>
        <source>Postdesk could not add the post to the queue just now. Nothing changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <location filename="../src/postdesk/ui/queues/models.py" line="50"/>
        <source>{day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/models.py" line="56"/>
        <source>{day} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/models.py" line="89"/>
        <source>%n slot(s) a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/models.py" line="133"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/models.py" line="133"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/models.py" line="175"/>
        <source>Goes out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/models.py" line="176"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuesPane</name>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="67"/>
        <source>Queues</source>
        <extracomment>Account choices: (account id, how the creator knows it: &quot;Mastodon · @me@example.social&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="84"/>
        <source>&amp;Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="87"/>
        <source>Your queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="93"/>
        <source>No queue yet. A queue is a set of weekly times (say Tuesday and Thursday at 9:00); “Add to queue” in the composer then gives a post the next free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="96"/>
        <source>&amp;New queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="96"/>
        <source>Create a new queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="97"/>
        <source>&amp;Delete queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="97"/>
        <source>Delete the chosen queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="114"/>
        <source>Queue name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="115"/>
        <source>For example: Weekday mornings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="116"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="119"/>
        <source>Time zone the queue&apos;s times are in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="120"/>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="123"/>
        <source>Day of the new time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="127"/>
        <source>Time of the new slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="128"/>
        <source>&amp;Add time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="128"/>
        <source>Add this weekly time to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="134"/>
        <source>&amp;Weekly times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="138"/>
        <source>Weekly times of the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="142"/>
        <source>&amp;Remove time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="142"/>
        <source>Remove the chosen weekly time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="149"/>
        <source>S&amp;kipped dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="154"/>
        <source>Accounts that use this queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="156"/>
        <source>Used &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="159"/>
        <source>Tick none and every account may use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="162"/>
        <source>&amp;Save queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="162"/>
        <source>Save the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="165"/>
        <source>What the queue still needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="176"/>
        <source>What just happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="304"/>
        <source>Give the queue a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="306"/>
        <source>Add at least one weekly time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="311"/>
        <source>Choose a time zone from the list (for example Europe/Paris).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="318"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="324"/>
        <source>Another queue is already called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="327"/>
        <source>The queue could not be saved. Nothing was lost; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="340"/>
        <source>Queue deleted. Its posts keep their times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/queues/view.py" line="374"/>
        <source>Time removed. %n post(s) moved to the next free times.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="377"/>
        <source>Time removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/view.py" line="408"/>
        <source>Shuffled: the same times, a new order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedditOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/reddit_options.py" line="87"/>
        <source>Your subreddits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/reddit_options.py" line="88"/>
        <source>Pick one of your subreddits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/reddit_options.py" line="90"/>
        <source>Yo&amp;ur subreddits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/reddit_options.py" line="93"/>
        <source>Post flair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/reddit_options.py" line="94"/>
        <location filename="../src/postdesk/ui/composer/reddit_options.py" line="233"/>
        <source>No flair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/reddit_options.py" line="96"/>
        <source>&amp;Flair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/reddit_options.py" line="98"/>
        <source>&amp;NSFW (not safe for work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/reddit_options.py" line="99"/>
        <source>S&amp;poiler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/reddit_options.py" line="106"/>
        <source>Marks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/reddit_options.py" line="109"/>
        <source>Link to post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/reddit_options.py" line="110"/>
        <source>https://… makes a link post (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/reddit_options.py" line="112"/>
        <source>Lin&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/reddit_options.py" line="189"/>
        <source>Reddit did not answer: {reason}. The subreddit&apos;s rules are checked again when the post goes out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/reddit_options.py" line="217"/>
        <source>Reading the rules of r/{name}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="153"/>
        <source>Media relay</source>
        <extracomment>Services the form knows: (id, endpoint example, region example, path-style).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="159"/>
        <source>Threads takes photos and videos only from a web address. Postdesk puts each file in storage you own (an S3-compatible bucket) just before posting, gives Threads a private link that stops working after {minutes} minutes, and deletes the file as soon as Threads has it. Create a bucket and an access key that may read, write and delete in it, then fill in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="168"/>
        <source>Storage service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="170"/>
        <source>Amazon S3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="171"/>
        <source>Cloudflare R2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="172"/>
        <source>Backblaze B2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="173"/>
        <source>Wasabi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="174"/>
        <source>Another S3-compatible service (MinIO, Garage …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="180"/>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="182"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="184"/>
        <source>Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="186"/>
        <source>Access key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="188"/>
        <source>Secret access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="190"/>
        <source>Put the bucket in the path (needed by MinIO, Garage and most self-hosted services)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="195"/>
        <source>The secret key is kept in your system&apos;s keyring, never in Postdesk&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="201"/>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="202"/>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="204"/>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="205"/>
        <source>&amp;Bucket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="206"/>
        <source>Access &amp;key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="207"/>
        <source>Secret access ke&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="211"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="212"/>
        <source>&amp;Test the relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="213"/>
        <source>Remove the relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="262"/>
        <source>Kept in the keyring (type to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="264"/>
        <source>Set up: media for Threads goes through the bucket “{bucket}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="267"/>
        <source>Not set up: posts to Threads can only be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="273"/>
        <source>Leave empty for Amazon S3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="278"/>
        <source>Leave the endpoint empty and give the bucket&apos;s region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="279"/>
        <source>Copy the S3 API address from the bucket&apos;s settings in Cloudflare; the region is “auto”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="281"/>
        <source>Use the bucket&apos;s S3 endpoint shown in Backblaze (it names the region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="282"/>
        <source>Use the endpoint of the bucket&apos;s region, from Wasabi&apos;s list of service URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="283"/>
        <source>Use the service&apos;s S3 address; most self-hosted services need the bucket in the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="295"/>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="395"/>
        <source>Enter the secret access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="306"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="332"/>
        <source>Testing the relay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="340"/>
        <source>The relay works. Save it, and Threads posts can include photos and videos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="342"/>
        <source>The relay does not work yet: fix what is said above and test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="355"/>
        <source>The keyring is locked or missing, so the secret key cannot be kept or read. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="358"/>
        <source>The relay settings could not be read or saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="365"/>
        <source>✓ Uploaded a small test picture to the bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="366"/>
        <source>✓ Fetched it back through a link that works for {minutes} minutes, as Threads will.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="368"/>
        <source>✓ Deleted it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="371"/>
        <source>✗ Could not fetch it back through the link (the service answered {status}). Check the endpoint and the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="374"/>
        <source>✗ Could not delete it: the access key needs permission to delete objects, or copies would stay in the bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="376"/>
        <source>✗ Could not upload the test picture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="377"/>
        <source>✗ Could not fetch it back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="382"/>
        <source>The endpoint must be a web address starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="383"/>
        <source>Use an https:// endpoint: plain http would send your files and keys unprotected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="385"/>
        <source>Enter the bucket&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="386"/>
        <source>A bucket name has 3 to 63 lower-case letters, digits, dots or hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="388"/>
        <source>The region is a short name such as us-east-1 or auto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="389"/>
        <source>Enter the access key ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="390"/>
        <source>the service did not answer. Check the endpoint and your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="391"/>
        <source>the service is busy or failing right now. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="392"/>
        <source>this bucket does not exist at this endpoint. Check its name and region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="393"/>
        <source>the service refused the access key. Check the key ID and the secret, and that the key may write to this bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="396"/>
        <source>the keyring is locked or missing, so the secret key cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="398"/>
        <source>Fill in the bucket and the access key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="404"/>
        <source>the service refused ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/relay_page.py" line="405"/>
        <source>the service refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatControls</name>
    <message>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="163"/>
        <source>&amp;Repeat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="164"/>
        <source>Repeat this post every few days or weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="168"/>
        <source>How this post repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="169"/>
        <source>Stop repeatin&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="170"/>
        <source>Stop repeating: the repeats not yet sent are removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="238"/>
        <source>Repeating stopped. %n repeat(s) not yet sent were removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="239"/>
        <source>Repeating stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatDialog</name>
    <message>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="65"/>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="66"/>
        <source>Repeat this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="70"/>
        <source>How many days or weeks between two posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="72"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="73"/>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="74"/>
        <source>Days or weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="78"/>
        <source>Repeat &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="81"/>
        <source>&amp;This many more times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="84"/>
        <source>How many more times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="85"/>
        <source>Until I &amp;stop it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="88"/>
        <source>Networks refuse a post identical to an earlier one. Add a few variations: each repeat uses the next text in turn, then the post&apos;s own again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="93"/>
        <source>Text variations, used in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="94"/>
        <source>&amp;Add a variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="95"/>
        <source>Add a text variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="97"/>
        <source>&amp;Remove variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="98"/>
        <source>Remove the chosen variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="106"/>
        <source>Re&amp;peat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="107"/>
        <source>Save the repeat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentSection</name>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="144"/>
        <source>What was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="149"/>
        <source>What was sent (it can no longer change here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="152"/>
        <source>&amp;Duplicate as a new post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="153"/>
        <source>Start a new draft copied from this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="164"/>
        <source>Where each network stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="169"/>
        <source>The text and media that were sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="173"/>
        <source>How the published post is doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="217"/>
        <source>Edit on {network}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/sent_view.py" line="218"/>
        <source>Change the published post on {network} itself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPane</name>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="59"/>
        <location filename="../src/postdesk/ui/settings/view.py" line="64"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="72"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="74"/>
        <location filename="../src/postdesk/ui/settings/view.py" line="103"/>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="75"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="76"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="83"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="94"/>
        <source>Times in the calendar and the composer are shown in this zone. A post keeps the zone it was scheduled in, so 09:00 stays 09:00 when the clocks change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="102"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="110"/>
        <source>A new language takes effect the next time Postdesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="114"/>
        <source>Appearance and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="117"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="118"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="121"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="124"/>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="129"/>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="131"/>
        <source>Drafts, media and settings are kept on this computer, in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="134"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="137"/>
        <source>&amp;Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="138"/>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="141"/>
        <source>Sign-in tokens are never written here: they live in your system&apos;s password keyring, or in the encrypted file you chose in Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="181"/>
        <source>When posts were missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="183"/>
        <source>Ask me what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="184"/>
        <source>Publish them as soon as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="185"/>
        <source>Publish them, unless they are too late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="191"/>
        <source>Too late after, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="194"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="199"/>
        <source>Posts can fall due while Postdesk is closed or the computer sleeps. Skipped posts are paused, not deleted: they stay in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="206"/>
        <source>&amp;Keep publishing in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="207"/>
        <source>Keep publishing in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="211"/>
        <source>This desktop has no system tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="213"/>
        <source>Start Postdesk when I log &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="214"/>
        <source>Start Postdesk when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="222"/>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="225"/>
        <source>When posts were &amp;missed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/settings/view.py" line="226"/>
        <source>Too late &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkippedDates</name>
    <message>
        <location filename="../src/postdesk/ui/queues/skipped_dates.py" line="29"/>
        <source>A date with no posts from this queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/skipped_dates.py" line="30"/>
        <source>Skip &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/skipped_dates.py" line="31"/>
        <source>Skip this date (a holiday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/skipped_dates.py" line="37"/>
        <source>Dates skipped by this queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/skipped_dates.py" line="39"/>
        <source>Don&apos;t skip that date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/skipped_dates.py" line="40"/>
        <source>Remove the chosen date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotRemovalDialog</name>
    <message>
        <location filename="../src/postdesk/ui/queues/slot_removal.py" line="24"/>
        <location filename="../src/postdesk/ui/queues/slot_removal.py" line="34"/>
        <source>Remove this time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/queues/slot_removal.py" line="25"/>
        <source>%n post(s) wait in the {slot} slot.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/slot_removal.py" line="28"/>
        <source>Postdesk can move them to the next free times of this queue, or leave each at its time (they then leave the queue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/slot_removal.py" line="30"/>
        <source>&amp;Move to free times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/slot_removal.py" line="31"/>
        <source>&amp;Keep their times</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../src/postdesk/ui/startup_errors.py" line="64"/>
        <source>Postdesk can&apos;t read its database</source>
        <extracomment>Shows a start-up problem: (title, text). Asks whether to restore the newest backup: (title, text) → True to restore.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/startup_errors.py" line="65"/>
        <source>The file {path} is damaged or is not a Postdesk database. Nothing has been changed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/startup_errors.py" line="73"/>
        <source>This database is from a newer Postdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/startup_errors.py" line="74"/>
        <source>Your data ({path}) was last opened by a newer version of Postdesk, or by a build this version does not know (schema {revision}). Install that version again to use it. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/startup_errors.py" line="83"/>
        <source>This is not a Postdesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/startup_errors.py" line="84"/>
        <source>The file {path} is a database of another program, not Postdesk&apos;s. Postdesk has not changed it. Move it to another folder to start Postdesk afresh, or start Postdesk with another data folder (postdesk --data-dir FOLDER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/startup_errors.py" line="93"/>
        <source>Postdesk&apos;s database is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/startup_errors.py" line="94"/>
        <source>Another program is using the file {path}, perhaps another copy of Postdesk. Close it and start Postdesk again. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/startup_errors.py" line="102"/>
        <source>The disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/startup_errors.py" line="103"/>
        <source>Postdesk needs a little free space on the disk that holds {folder} to start. Free some space and start Postdesk again. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/startup_errors.py" line="111"/>
        <source>Postdesk can&apos;t read or write its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/startup_errors.py" line="112"/>
        <source>Your computer refused to read or write the file {path}: the disk may be failing, read-only or disconnected. Nothing has been changed. Check the disk and start Postdesk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/startup_errors.py" line="120"/>
        <source>Postdesk can&apos;t start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/startup_errors.py" line="121"/>
        <source>Postdesk could not open its database ({path}). Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/startup_errors.py" line="130"/>
        <source>an earlier start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/startup_errors.py" line="133"/>
        <source>{date} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/startup_errors.py" line="141"/>
        <source>Postdesk keeps a copy of your data made on {when}. It can put that copy in place: anything you changed after {when} will be missing, and posts due since then are paused so that none goes out twice. The damaged file is kept in {folder}, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/startup_errors.py" line="161"/>
        <source>Restore the newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/startup_errors.py" line="163"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/startup_errors.py" line="214"/>
        <source>Postdesk found no backup it could restore. Copies made before each update are kept in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/startup_errors.py" line="230"/>
        <source>The backup could not be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/startup_errors.py" line="231"/>
        <source>Postdesk could not put the backup in place ({reason}). Your files in {folder} are as they were or moved aside, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetPanel</name>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="154"/>
        <source>{network} account</source>
        <extracomment>Mastodon&apos;s default limit when no instance tells us its own. Mastodon visibilities, by API value.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="156"/>
        <source>A&amp;ccount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="159"/>
        <source>{network} title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="160"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="163"/>
        <source>Subreddit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="164"/>
        <source>e.g. photography (without r/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="167"/>
        <source>Content warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="168"/>
        <source>Optional; counts toward the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="171"/>
        <source>Who can see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="174"/>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="174"/>
        <source>Quiet public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="174"/>
        <source>Followers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="174"/>
        <source>Mentioned people only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="180"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="184"/>
        <source>Su&amp;breddit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="232"/>
        <source>Content &amp;warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="233"/>
        <source>&amp;Visibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="240"/>
        <source>&amp;Let {network} publish it (works while Postdesk is closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="242"/>
        <source>Let {network} publish it at its time, even while Postdesk is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="244"/>
        <source>Postdesk gives the post to {network}&apos;s own scheduler when you schedule it. To take it back, cancel the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="256"/>
        <source>What happens if {network}&apos;s answer is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="262"/>
        <source>Why the {network} text can&apos;t change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="268"/>
        <source>&amp;Different text for {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="270"/>
        <source>Use a different text for {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="273"/>
        <source>&amp;Reset to main text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="275"/>
        <source>Replace the {network} text with the main text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="283"/>
        <source>{network} text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="294"/>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="306"/>
        <source>Problems for {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="323"/>
        <source>{network} preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="471"/>
        <source>Already published to {network}: its text can no longer be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="473"/>
        <source>Being published to {network} right now: its text can&apos;t be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="475"/>
        <source>About to be published to {network}: its text is fixed and can&apos;t be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="477"/>
        <source>{network} will be tried again with exactly what was sent: it can&apos;t be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="479"/>
        <source>{network}&apos;s own scheduler holds this post: its text can&apos;t be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="482"/>
        <source>Postdesk does not know whether this went out on {network}: its text can&apos;t be changed until that is settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="603"/>
        <source>{length} of {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="618"/>
        <source>{bytes} / {limit} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="627"/>
        <source>{bytes} of {limit} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/target_panel.py" line="631"/>
        <source>Longest of {n} parts: {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TikTokOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="103"/>
        <source>TikTok keeps every post from an app it has not audited private (“Only me”), from a private account. Until your TikTok app passes TikTok&apos;s audit, choose “Only me”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="109"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="110"/>
        <source>Read the account&apos;s TikTok settings again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="118"/>
        <source>Who can see this TikTok post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="119"/>
        <source>Choose who can see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="121"/>
        <source>&amp;Who can see it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="123"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="124"/>
        <source>Duet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="125"/>
        <source>Stitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="130"/>
        <source>Allow users to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="132"/>
        <source>Disclose commercial content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="134"/>
        <source>Turn this on if this post promotes yourself, a brand, a product or a service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="135"/>
        <source>Your brand — you are promoting yourself or your own business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="137"/>
        <source>Branded content — you are promoting another brand or a third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="148"/>
        <source>AI-generated content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="152"/>
        <source>Title of the photo post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="153"/>
        <source>Photo posts: a title of up to 90 characters (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="156"/>
        <source>Photo &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="157"/>
        <source>My media relay&apos;s address is verified with TikTok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="158"/>
        <source>Photo posts need it: TikTok fetches photos only from addresses your TikTok app verified (URL properties in the developer portal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="202"/>
        <source>Reading the account&apos;s settings from TikTok…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="212"/>
        <source>TikTok did not give this account&apos;s settings: {reason}. Posting waits until it does; try Refresh in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="227"/>
        <source>Choose a TikTok account: its own settings decide the choices below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="230"/>
        <source>Posting to {nickname} (@{username}) on TikTok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="246"/>
        <source>Turned off in this account&apos;s TikTok settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="250"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="250"/>
        <source>Friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="251"/>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="251"/>
        <source>Only me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="270"/>
        <source>Branded content cannot be private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="272"/>
        <source>Your post will be labeled “Paid partnership”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="274"/>
        <source>Your post will be labeled “Promotional content”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="276"/>
        <source>Choose whether you promote your own brand, another brand, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="283"/>
        <source>By posting, you agree to TikTok&apos;s Branded Content Policy and Music Usage Confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_options.py" line="285"/>
        <source>By posting, you agree to TikTok&apos;s Music Usage Confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TikTokPreviewCard</name>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_preview.py" line="74"/>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/tiktok_preview.py" line="77"/>
        <source>TikTok shows your video or photos here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="129"/>
        <source>An account since removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="136"/>
        <source>Not given by this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="144"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="144"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/models.py" line="144"/>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="57"/>
        <location filename="../src/postdesk/ui/tray.py" line="106"/>
        <source>Postdesk — publishing</source>
        <extracomment>How long a notification stays up, in milliseconds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="59"/>
        <source>Postdesk tray menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="60"/>
        <source>&amp;Open Postdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="61"/>
        <location filename="../src/postdesk/ui/tray.py" line="129"/>
        <source>&amp;Pause publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="63"/>
        <source>&amp;Quit Postdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="128"/>
        <source>&amp;Resume publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="105"/>
        <source>Postdesk — publishing paused</source>
        <extracomment>The post the last notification was about, as (code, post id, target id), if any.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/tray.py" line="108"/>
        <source>%n unread in the inbox</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="169"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="170"/>
        <source>Your post is live on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="172"/>
        <source>The network refused the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="173"/>
        <source>Not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="174"/>
        <source>%1 did not publish your post: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="178"/>
        <source>Needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="183"/>
        <source>Posts missed while Postdesk was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/tray.py" line="184"/>
        <source>%n post(s) fell due while Postdesk was not running. Click to choose what to do.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="189"/>
        <source>Waiting for the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/tray.py" line="190"/>
        <source>%n post(s) will go out when the connection is back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/tray.py" line="209"/>
        <source>(and %n more problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="210"/>
        <source>A scheduled post cannot go out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/tray.py" line="220"/>
        <source>%n new replies and mentions on %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/tray.py" line="222"/>
        <source>%n new replies and mentions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="223"/>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="227"/>
        <source>An account needs to be reconnected before its posts can go out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="229"/>
        <source>An account needs you to sign in again; its posts wait until you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="231"/>
        <source>Postdesk cannot tell whether an inbox reply went out. Please check the conversation on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="233"/>
        <source>Postdesk cannot save to its database: is the disk full? A post that just went out is recorded as soon as there is room; it is not sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="236"/>
        <source>A post could not go out because one of its files is no longer in the media library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="238"/>
        <source>Postdesk does not know whether a post went out. Click here to look, and to say whether it is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="240"/>
        <source>A post could not be published after several tries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="241"/>
        <source>A post went out, but its first comment did not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/tray.py" line="243"/>
        <source>Something needs your attention.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnknownResolutionDialog</name>
    <message>
        <location filename="../src/postdesk/ui/dialogs/unknown_resolution.py" line="40"/>
        <source>%1 cannot look a post up: if its answer is ever lost, Postdesk asks you whether the post is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/unknown_resolution.py" line="76"/>
        <source>Did it go out on %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/unknown_resolution.py" line="80"/>
        <source>Postdesk does not know whether this post went out on %1: the network&apos;s answer was lost. It will not send it again on its own, because that could post it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/unknown_resolution.py" line="93"/>
        <source>&amp;Look on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/unknown_resolution.py" line="94"/>
        <source>Open your %1 profile to look for the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/unknown_resolution.py" line="98"/>
        <source>Open %1 and look at the account&apos;s latest posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/unknown_resolution.py" line="100"/>
        <source>Its &amp;link, if you found it (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/unknown_resolution.py" line="102"/>
        <source>The post&apos;s link on %1 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/unknown_resolution.py" line="110"/>
        <source>What Postdesk did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/unknown_resolution.py" line="114"/>
        <source>Decide &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/unknown_resolution.py" line="115"/>
        <source>Decide later and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/unknown_resolution.py" line="117"/>
        <source>&amp;Send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/unknown_resolution.py" line="118"/>
        <source>It is not there: send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/unknown_resolution.py" line="120"/>
        <source>It&apos;s &amp;there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/unknown_resolution.py" line="121"/>
        <source>It is there: mark it as published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/unknown_resolution.py" line="142"/>
        <source>That does not look like a link (it should start with https://). Leave the field empty if you don&apos;t have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/unknown_resolution.py" line="166"/>
        <source>This post was already settled meanwhile (or is being sent): nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/unknown_resolution.py" line="168"/>
        <source>Marked as published on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/unknown_resolution.py" line="170"/>
        <source>Sending it again to %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/unknown_resolution.py" line="171"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/unknown_resolution.py" line="172"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/dialogs/unknown_resolution.py" line="177"/>
        <source>Postdesk could not record your answer: %1. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultDialog</name>
    <message>
        <location filename="../src/postdesk/ui/vault_dialog.py" line="93"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/vault_dialog.py" line="96"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/vault_dialog.py" line="99"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/vault_dialog.py" line="102"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/vault_dialog.py" line="107"/>
        <source>Keep sign-ins in an encrypted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/vault_dialog.py" line="109"/>
        <source>This computer has no password keyring Postdesk can use. Your sign-ins will be kept in the encrypted file %1 instead, locked with a passphrase you choose now. Postdesk asks for it each time it starts. If you forget it, nobody can open the file: you would connect your accounts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/vault_dialog.py" line="115"/>
        <source>&amp;Use this passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/vault_dialog.py" line="119"/>
        <source>Unlock your sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/vault_dialog.py" line="121"/>
        <source>Your sign-ins are kept in the encrypted file %1. Enter its passphrase so Postdesk can publish and check your accounts. With “Not now” Postdesk starts with your accounts locked: nothing is lost, and you can unlock them later in Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/vault_dialog.py" line="126"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/vault_dialog.py" line="127"/>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/vault_dialog.py" line="133"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/vault_dialog.py" line="135"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/vault_dialog.py" line="160"/>
        <source>Too short: use at least %1 characters (%2 so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/vault_dialog.py" line="164"/>
        <source>Strength: weak. Easy to guess; make it longer, or mix in capitals, digits or symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/vault_dialog.py" line="166"/>
        <source>Strength: fair. A few more words make it much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/vault_dialog.py" line="167"/>
        <source>Strength: good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/vault_dialog.py" line="168"/>
        <source>Strength: strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/vault_dialog.py" line="169"/>
        <source>(Estimated from its length and the kinds of characters in it.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/vault_dialog.py" line="175"/>
        <source>Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/vault_dialog.py" line="177"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/vault_dialog.py" line="179"/>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/vault_dialog.py" line="187"/>
        <source>Use at least %1 characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/vault_dialog.py" line="213"/>
        <source>Opening the encrypted file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/vault_dialog.py" line="225"/>
        <source>That passphrase does not open the encrypted file. Check it and try again, or choose “Not now”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingPosts</name>
    <message>
        <location filename="../src/postdesk/ui/queues/waiting.py" line="55"/>
        <source>&amp;Waiting in this queue</source>
        <extracomment>Alt+Up / Alt+Down move the chosen post one place.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/waiting.py" line="58"/>
        <source>Posts waiting in this queue, soonest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/waiting.py" line="63"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/waiting.py" line="63"/>
        <source>Give the chosen post an earlier time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/waiting.py" line="65"/>
        <source>Move d&amp;own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/waiting.py" line="65"/>
        <source>Give the chosen post a later time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/waiting.py" line="67"/>
        <source>S&amp;huffle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/waiting.py" line="67"/>
        <source>Deal the waiting posts out in a new order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/waiting.py" line="69"/>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/queues/waiting.py" line="70"/>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../src/postdesk/ui/welcome.py" line="81"/>
        <location filename="../src/postdesk/ui/welcome.py" line="82"/>
        <location filename="../src/postdesk/ui/welcome.py" line="86"/>
        <source>Welcome to Postdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/welcome.py" line="92"/>
        <source>Write a post once, pick where it goes and when, and Postdesk publishes it from this computer. Your posts, drafts and sign-ins stay on your machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/welcome.py" line="102"/>
        <source>Postdesk publishes to: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/welcome.py" line="103"/>
        <source>This copy of Postdesk cannot publish to any network yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/welcome.py" line="110"/>
        <source>%1: can be drafted for, with counters and previews; publishing is not built yet, so Postdesk keeps those posts as drafts for you to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/welcome.py" line="114"/>
        <source>To publish, connect an account: you sign in on the network&apos;s own page, and Postdesk keeps the sign-in in your system&apos;s keychain. Some networks ask you to create a free app of your own first; the connect window explains each step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/welcome.py" line="119"/>
        <source>&amp;Connect your first account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/welcome.py" line="120"/>
        <source>Connect your first account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/welcome.py" line="123"/>
        <source>&amp;Just write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/welcome.py" line="124"/>
        <source>Just write: go to the composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/welcome.py" line="125"/>
        <source>Write and save drafts now; connect accounts later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeSection</name>
    <message>
        <location filename="../src/postdesk/ui/welcome.py" line="168"/>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/welcome.py" line="169"/>
        <source>Show the &amp;welcome again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/welcome.py" line="170"/>
        <source>Show the welcome again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/welcome.py" line="171"/>
        <source>Show the welcome again (F1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YouTubeOptions</name>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="54"/>
        <source>Who can watch the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="55"/>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="55"/>
        <source>Unlisted (anyone with the link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="56"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="58"/>
        <source>&amp;Visibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="60"/>
        <source>Until Google audits your own YouTube API project, YouTube keeps every video uploaded through it private, whatever you choose here. Request the audit from the YouTube API Services form in your Google Cloud project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="65"/>
        <source>Why YouTube may keep the video private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="69"/>
        <source>Is the video made for kids?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="70"/>
        <source>No, it&apos;s not made for kids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="71"/>
        <source>Yes, it&apos;s made for kids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="72"/>
        <source>A&amp;udience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="75"/>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="76"/>
        <source>Separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="77"/>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="80"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="84"/>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="87"/>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="88"/>
        <source>Standard YouTube license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="89"/>
        <source>Creative Commons - Attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="90"/>
        <source>&amp;License:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="93"/>
        <source>Language of the title and description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="94"/>
        <source>e.g. en, fr, pt-BR (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="95"/>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="98"/>
        <source>Playlist to add the video to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="99"/>
        <source>Playlist ID, e.g. PL… (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="100"/>
        <source>&amp;Playlist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="103"/>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="190"/>
        <source>YouTube picks a frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="104"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="105"/>
        <source>Choose a custom thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="106"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="107"/>
        <source>Remove the custom thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="111"/>
        <source>Thumbnail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="115"/>
        <source>Post as a &amp;Short (vertical or square, up to 3 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="116"/>
        <source>Post as a YouTube Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="118"/>
        <source>&amp;Notify subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="196"/>
        <source>Choose a thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/composer/youtube_options.py" line="197"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_CellDelegate</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/paint.py" line="330"/>
        <source>Queue slot</source>
        <extracomment>Bounds the elision cache (one entry per chip text and width seen).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/calendar/paint.py" line="333"/>
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_GridModel</name>
    <message numerus="yes">
        <location filename="../src/postdesk/ui/calendar/models.py" line="217"/>
        <source>%n post(s)</source>
        <extracomment>Grid cells: the warnings of every post, by post id (the delegate marks the chips that have some); agenda rows: the warnings of that row&apos;s post. Grid cells: what holds each held post, worded, by post id (the delegate marks those chips).</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pane</name>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="1227"/>
        <source>Move “{post}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/calendar/view.py" line="1254"/>
        <source>Remove the post from Postdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/app.py" line="531"/>
        <source>Postdesk could not change whether it starts at login. Your system refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="75"/>
        <source>Export Insights</source>
        <extracomment>Preset periods, in days; the last entry of the picker is &quot;Custom dates&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/postdesk/ui/insights/view.py" line="75"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.accounts</name>
    <message>
        <location filename="../src/postdesk/app.py" line="115"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.calendar</name>
    <message>
        <location filename="../src/postdesk/app.py" line="109"/>
        <source>Calendar</source>
        <extracomment>How long engine events are gathered before the calendar reloads (a burst reloads once).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.composer</name>
    <message>
        <location filename="../src/postdesk/app.py" line="110"/>
        <source>Compose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.inbox</name>
    <message>
        <location filename="../src/postdesk/app.py" line="111"/>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.insights</name>
    <message>
        <location filename="../src/postdesk/app.py" line="113"/>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.media</name>
    <message>
        <location filename="../src/postdesk/app.py" line="114"/>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.queues</name>
    <message>
        <location filename="../src/postdesk/app.py" line="112"/>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.settings</name>
    <message>
        <location filename="../src/postdesk/app.py" line="116"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welcome</name>
    <message>
        <location filename="../src/postdesk/ui/welcome.py" line="244"/>
        <source>&amp;Welcome to Postdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
