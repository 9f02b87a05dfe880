<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Accounts</name>
        <message numerus="yes">
            <location filename="../src/postdesk/ui/accounts/wording.py" line="+116" />
            <source>The passphrase needs at least %n characters.</source>
            <translation>
                <numerusform>The passphrase needs at least %n characters.</numerusform>
                <numerusform>The passphrase needs at least %n characters.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountsPane</name>
        <message numerus="yes">
            <location filename="../src/postdesk/ui/accounts/view.py" line="+288" />
            <source>In %n day(s)</source>
            <translation>
                <numerusform>In %n day</numerusform>
                <numerusform>In %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>In %n hour(s)</source>
            <translation>
                <numerusform>In %n hour</numerusform>
                <numerusform>In %n hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>In %n minute(s)</source>
            <translation>
                <numerusform>In %n minute</numerusform>
                <numerusform>In %n minutes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CalendarCells</name>
        <message numerus="yes">
            <location filename="../src/postdesk/ui/calendar/delegates.py" line="+73" />
            <source>+%n more</source>
            <translation>
                <numerusform>+%n more</numerusform>
                <numerusform>+%n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/postdesk/ui/calendar/model_roles.py" line="+76" />
            <source>%n post(s)</source>
            <extracomment>Grid cells: the warnings of every post, by post id (the delegate marks the chips that have some); agenda rows: the warnings of that row's post. Grid cells: what holds each held post, worded, by post id (the delegate marks those chips).</extracomment>
            <translation>
                <numerusform>%n post</numerusform>
                <numerusform>%n posts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CalendarDay</name>
        <message numerus="yes">
            <location filename="../src/postdesk/ui/calendar/day_popup.py" line="+198" />
            <source>%n post(s)</source>
            <translation>
                <numerusform>%n post</numerusform>
                <numerusform>%n posts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CatchUpDialog</name>
        <message numerus="yes">
            <location filename="../src/postdesk/ui/catch_up_dialog.py" line="+55" />
            <source>%n post(s) were due while Postdesk was not running. Nothing has been sent yet. Do you want to publish them now, or skip them? Skipped posts stay in your calendar, paused, so you can reschedule them.</source>
            <translation>
                <numerusform>%n post was due while Postdesk was not running. Nothing has been sent yet. Do you want to publish it now, or skip it? A skipped post stays in your calendar, paused, so you can reschedule it.</numerusform>
                <numerusform>%n posts were due while Postdesk was not running. Nothing has been sent yet. Do you want to publish them now, or skip them? Skipped posts stay in your calendar, paused, so you can reschedule them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ComposerActivity</name>
        <message numerus="yes">
            <location filename="../src/postdesk/ui/composer/refusal_words.py" line="+169" />
            <source>{network}'s scheduler takes a post only %Ln minute(s) or more before its time.</source>
            <translation>
                <numerusform>{network}'s scheduler takes a post only %Ln minute or more before its time.</numerusform>
                <numerusform>{network}'s scheduler takes a post only %Ln minutes or more before its time.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>{network}'s scheduler takes a post at most %Ln day(s) before its time.</source>
            <translation>
                <numerusform>{network}'s scheduler takes a post at most %Ln day before its time.</numerusform>
                <numerusform>{network}'s scheduler takes a post at most %Ln days before its time.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CsvExportDialog</name>
        <message numerus="yes">
            <location filename="../src/postdesk/ui/csv_import/export_dialog.py" line="+180" />
            <source>Exported %n post(s).</source>
            <translation>
                <numerusform>Exported %n post.</numerusform>
                <numerusform>Exported %n posts.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CsvImportDialog</name>
        <message numerus="yes">
            <location filename="../src/postdesk/ui/csv_import/dialog.py" line="+242" />
            <source>%n row(s) read.</source>
            <translation>
                <numerusform>%n row read.</numerusform>
                <numerusform>%n rows read.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n cannot be imported as it is: see its problems below.</source>
            <translation>
                <numerusform>%n cannot be imported as it is: see its problems below.</numerusform>
                <numerusform>%n cannot be imported as they are: see their problems below.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>&amp;Import %n post(s)</source>
            <translation>
                <numerusform>&amp;Import %n post</numerusform>
                <numerusform>&amp;Import %n posts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+37" />
            <source>Imported %n post(s), scheduled where they had a time.</source>
            <translation>
                <numerusform>Imported %n post, scheduled where they had a time.</numerusform>
                <numerusform>Imported %n posts, scheduled where they had a time.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Imported %n post(s) as drafts.</source>
            <translation>
                <numerusform>Imported %n post as drafts.</numerusform>
                <numerusform>Imported %n posts as drafts.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetailsPanel</name>
        <message numerus="yes">
            <location filename="../src/postdesk/ui/media_library/details.py" line="+219" />
            <source>%n item(s) selected</source>
            <translation>
                <numerusform>%n item selected</numerusform>
                <numerusform>%n items selected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+50" />
            <source>Used in %n post(s)</source>
            <translation>
                <numerusform>Used in %n post</numerusform>
                <numerusform>Used in %n posts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message numerus="yes">
            <location filename="../src/postdesk/ui/media_library/importing.py" line="+320" />
            <location line="+11" />
            <source>%n could not be imported</source>
            <translation>
                <numerusform>%n could not be imported</numerusform>
                <numerusform>%n could not be imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="-2" />
            <source>%n new item(s) imported</source>
            <translation>
                <numerusform>%n new item imported</numerusform>
                <numerusform>%n new items imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+19" />
            <source>…and %n earlier message(s)</source>
            <translation>
                <numerusform>…and %n earlier message</numerusform>
                <numerusform>…and %n earlier messages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InboxModel</name>
        <message numerus="yes">
            <location filename="../src/postdesk/ui/inbox/delegate.py" line="+159" />
            <location filename="../src/postdesk/ui/inbox/models.py" line="+247" />
            <source>%n unread</source>
            <extracomment>Geometry, in device-independent pixels.</extracomment>
            <translation>
                <numerusform>%n unread</numerusform>
                <numerusform>%n unread</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/postdesk/ui/inbox/models.py" line="-52" />
            <source>%n min ago</source>
            <translation>
                <numerusform>%n min ago</numerusform>
                <numerusform>%n min ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n h ago</source>
            <translation>
                <numerusform>%n h ago</numerusform>
                <numerusform>%n h ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+58" />
            <source>Conversation on {network}, %n unread: {text}</source>
            <translation>
                <numerusform>Conversation on {network}, %n unread: {text}</numerusform>
                <numerusform>Conversation on {network}, %n unread: {text}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InboxPane</name>
        <message numerus="yes">
            <location filename="../src/postdesk/ui/inbox/view.py" line="+515" />
            <source>%n accounts need to be reconnected: their replies can't be read until you sign in again.</source>
            <translation>
                <numerusform>%n account needs to be reconnected: its replies can't be read until you sign in again.</numerusform>
                <numerusform>%n accounts need to be reconnected: their replies can't be read until you sign in again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Insights</name>
        <message numerus="yes">
            <location filename="../src/postdesk/ui/insights/models.py" line="+94" />
            <source>%Ln like(s)</source>
            <translation>
                <numerusform>%Ln like</numerusform>
                <numerusform>%Ln likes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln repost(s)</source>
            <translation>
                <numerusform>%Ln repost</numerusform>
                <numerusform>%Ln reposts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln reply(s)</source>
            <translation>
                <numerusform>%Ln reply</numerusform>
                <numerusform>%Ln replies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln quote(s)</source>
            <translation>
                <numerusform>%Ln quote</numerusform>
                <numerusform>%Ln quotes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln view(s)</source>
            <translation>
                <numerusform>%Ln view</numerusform>
                <numerusform>%Ln views</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln click(s)</source>
            <translation>
                <numerusform>%Ln click</numerusform>
                <numerusform>%Ln clicks</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InsightsPane</name>
        <message numerus="yes">
            <location filename="../src/postdesk/ui/insights/view.py" line="+415" />
            <source>Updated %n post(s).</source>
            <translation>
                <numerusform>Updated %n post.</numerusform>
                <numerusform>Updated %n posts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+32" />
            <source>Exported %n post(s) to {name}.</source>
            <translation>
                <numerusform>Exported %n post to {name}.</numerusform>
                <numerusform>Exported %n posts to {name}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../src/postdesk/ui/main_window.py" line="+285" />
            <source>{title}, %n unread</source>
            <translation>
                <numerusform>{title}, %n unread</numerusform>
                <numerusform>{title}, %n unread</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MediaLibraryPane</name>
        <message numerus="yes">
            <location filename="../src/postdesk/ui/media_library/view.py" line="+244" />
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+68" />
            <source>This is used in %n post(s). Deleting it also removes it from them. Delete?</source>
            <translation>
                <numerusform>This is used in %n post. Deleting it also removes it from that post. Delete?</numerusform>
                <numerusform>This is used in %n posts. Deleting it also removes it from them. Delete?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Delete %n item(s) from the library? This cannot be undone.</source>
            <translation>
                <numerusform>Delete %n item from the library? This cannot be undone.</numerusform>
                <numerusform>Delete %n items from the library? This cannot be undone.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Queues</name>
        <message numerus="yes">
            <location filename="../src/postdesk/ui/queues/models.py" line="+92" />
            <source>%n slot(s) a week</source>
            <translation>
                <numerusform>%n slot a week</numerusform>
                <numerusform>%n slots a week</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QueuesPane</name>
        <message numerus="yes">
            <location filename="../src/postdesk/ui/queues/view.py" line="+417" />
            <source>Time removed. %n post(s) moved to the next free times.</source>
            <translation>
                <numerusform>Time removed. %n post moved to the next free times.</numerusform>
                <numerusform>Time removed. %n posts moved to the next free times.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RepeatControls</name>
        <message numerus="yes">
            <location filename="../src/postdesk/ui/composer/repeat_editor.py" line="+265" />
            <source>Repeating stopped. %n repeat(s) not yet sent were removed.</source>
            <translation>
                <numerusform>Repeating stopped. %n repeat not yet sent was removed.</numerusform>
                <numerusform>Repeating stopped. %n repeats not yet sent were removed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RepeatDialog</name>
        <message numerus="yes">
            <location line="-222" />
            <source>every %n week(s)</source>
            <translation>
                <numerusform>every %n week</numerusform>
                <numerusform>every %n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>every %n day(s)</source>
            <translation>
                <numerusform>every %n day</numerusform>
                <numerusform>every %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n more time(s)</source>
            <translation>
                <numerusform>%n more time</numerusform>
                <numerusform>%n more times</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>with %n variation(s)</source>
            <translation>
                <numerusform>with %n variation</numerusform>
                <numerusform>with %n variations</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScheduleEdits</name>
        <message numerus="yes">
            <location filename="../src/postdesk/ui/calendar/edits.py" line="+197" />
            <source>Repeating stopped. %n repeat(s) not yet sent were removed.</source>
            <translation>
                <numerusform>Repeating stopped. %n repeat not yet sent was removed.</numerusform>
                <numerusform>Repeating stopped. %n repeats not yet sent were removed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SlotRemovalDialog</name>
        <message numerus="yes">
            <location filename="../src/postdesk/ui/queues/slot_removal.py" line="+27" />
            <source>%n post(s) wait in the {slot} slot.</source>
            <translation>
                <numerusform>%n post waits in the {slot} slot.</numerusform>
                <numerusform>%n posts wait in the {slot} slot.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message numerus="yes">
            <location filename="../src/postdesk/ui/tray.py" line="+107" />
            <source>%n unread in the inbox</source>
            <translation>
                <numerusform>%n unread in the inbox</numerusform>
                <numerusform>%n unread in the inbox</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+83" />
            <source>%n post(s) fell due while Postdesk was not running. Click to choose what to do.</source>
            <translation>
                <numerusform>%n post fell due while Postdesk was not running. Click to choose what to do.</numerusform>
                <numerusform>%n posts fell due while Postdesk was not running. Click to choose what to do.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n post(s) will go out when the connection is back.</source>
            <translation>
                <numerusform>%n post will go out when the connection is back.</numerusform>
                <numerusform>%n posts will go out when the connection is back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>(and %n more problem(s))</source>
            <translation>
                <numerusform>(and %n more problem)</numerusform>
                <numerusform>(and %n more problems)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%n new replies and mentions on {label}</source>
            <translation>
                <numerusform>%n new reply or mention on {label}</numerusform>
                <numerusform>%n new replies and mentions on {label}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n new replies and mentions</source>
            <translation>
                <numerusform>%n new reply or mention</numerusform>
                <numerusform>%n new replies and mentions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VaultDialog</name>
        <message numerus="yes">
            <location filename="../src/postdesk/ui/vault_dialog.py" line="+164" />
            <source>Too short: use at least %n characters ({typed} so far).</source>
            <translation>
                <numerusform>Too short: use at least %n characters ({typed} so far).</numerusform>
                <numerusform>Too short: use at least %n characters ({typed} so far).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+22" />
            <source>The passphrase needs at least %n characters.</source>
            <translation>
                <numerusform>The passphrase needs at least %n characters.</numerusform>
                <numerusform>The passphrase needs at least %n characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+13" />
            <source>Use at least %n characters; a few unrelated words are easy to remember and hard to guess.</source>
            <translation>
                <numerusform>Use at least %n characters; a few unrelated words are easy to remember and hard to guess.</numerusform>
                <numerusform>Use at least %n characters; a few unrelated words are easy to remember and hard to guess.</numerusform>
            </translation>
        </message>
    </context>
</TS>
