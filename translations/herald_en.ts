<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>CalendarFormat</name>
        <message numerus="yes">
            <source>%1: %Ln message(s), done by %2 (%3)</source>
            <translation>
                <numerusform>%1: %Ln message, done by %2 (%3)</numerusform>
                <numerusform>%1: %Ln messages, done by %2 (%3)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; the number pool's daily caps spread it over %Ln day(s)</source>
            <translation>
                <numerusform>; the number pool's daily caps spread it over %Ln day</numerusform>
                <numerusform>; the number pool's daily caps spread it over %Ln days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetailFormat</name>
        <message numerus="yes">
            <source>own text (%n character(s))</source>
            <translation>
                <numerusform>own text (%n character)</numerusform>
                <numerusform>own text (%n characters)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>herald::AccessibleTable</name>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>herald::CalendarView</name>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n more</numerusform>
                <numerusform>+%n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>herald::CampaignBuilder</name>
        <message numerus="yes">
            <source>&lt;b&gt;%n thing(s) to fix&lt;/b&gt; before it can run; saving keeps it as a draft.</source>
            <translation>
                <numerusform>&lt;b&gt;%n thing to fix&lt;/b&gt; before it can run; saving keeps it as a draft.</numerusform>
                <numerusform>&lt;b&gt;%n things to fix&lt;/b&gt; before it can run; saving keeps it as a draft.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>herald::CampaignDetailPage</name>
        <message numerus="yes">
            <source>Delete %1? Its configuration, %n run(s), every message and all results are deleted for good.</source>
            <translation>
                <numerusform>Delete %1? Its configuration, %n run, every message and all results are deleted for good.</numerusform>
                <numerusform>Delete %1? Its configuration, %n runs, every message and all results are deleted for good.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>herald::CampaignsPage</name>
        <message numerus="yes">
            <source>%n campaign(s)</source>
            <translation>
                <numerusform>%n campaign</numerusform>
                <numerusform>%n campaigns</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Archive %n campaign(s)? They leave the list (find them under the Archived filter) and keep every run and result.</source>
            <translation>
                <numerusform>Archive %n campaign? It leave the list (find them under the Archived filter) and keep every run and result.</numerusform>
                <numerusform>Archive %n campaigns? They leave the list (find them under the Archived filter) and keep every run and result.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n campaign(s)? Their configuration, every run, every message and all results are deleted for good; this cannot be undone.

Archiving hides them from the list and keeps the results.</source>
            <translation>
                <numerusform>Delete %n campaign? Its configuration, every run, every message and all results are deleted for good; this cannot be undone.

Archiving hides them from the list and keeps the results.</numerusform>
                <numerusform>Delete %n campaigns? Their configuration, every run, every message and all results are deleted for good; this cannot be undone.

Archiving hides them from the list and keeps the results.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>herald::ContactsPage</name>
        <message numerus="yes">
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln contact</numerusform>
                <numerusform>%Ln contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %Ln list(s)</source>
            <translation>
                <numerusform>in %Ln list</numerusform>
                <numerusform>in %Ln lists</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>herald::DraftView</name>
        <message numerus="yes">
            <source>&lt;b&gt;%n thing(s) to fix before it can run.&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;%n thing to fix before it can run.&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;%n things to fix before it can run.&lt;/b&gt;</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>herald::MailboxDialog</name>
        <message numerus="yes">
            <source>Read %n mail(s): </source>
            <translation>
                <numerusform>Read %n mail: </numerusform>
                <numerusform>Read %n mails: </numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>herald::MainWindow</name>
        <message numerus="yes">
            <source>%n channel(s) are still sending. Pause them now (resume later from Herald or heraldctl), or keep sending in a background worker after this window closes?</source>
            <translation>
                <numerusform>%n channel is still sending. Pause it now (resume later from Herald or heraldctl), or keep sending in a background worker after this window closes?</numerusform>
                <numerusform>%n channels are still sending. Pause them now (resume later from Herald or heraldctl), or keep sending in a background worker after this window closes?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n channel(s) are still sending, and no other window or worker sends for this team workspace. Pause them for everyone now (resume later from Herald or heraldctl), or keep sending in a background worker after this window closes?</source>
            <translation>
                <numerusform>%n channel is still sending, and no other window or worker sends for this team workspace. Pause it for everyone now (resume later from Herald or heraldctl), or keep sending in a background worker after this window closes?</numerusform>
                <numerusform>%n channels are still sending, and no other window or worker sends for this team workspace. Pause them for everyone now (resume later from Herald or heraldctl), or keep sending in a background worker after this window closes?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>herald::NumberPoolsPage</name>
        <message numerus="yes">
            <source>Added %n number(s) to %1.</source>
            <translation>
                <numerusform>Added %n number to %1.</numerusform>
                <numerusform>Added %n numbers to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>herald::RejectedRowsDialog</name>
        <message numerus="yes">
            <source>%1 into %2: %Ln row(s) rejected. Save them, correct them and import the file again.</source>
            <translation>
                <numerusform>%1 into %2: %Ln row rejected. Save them, correct them and import the file again.</numerusform>
                <numerusform>%1 into %2: %Ln rows rejected. Save them, correct them and import the file again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>herald::RemarketDialog</name>
        <message numerus="yes">
            <source>&amp;Selected in the task table (%n contact(s))</source>
            <translation>
                <numerusform>&amp;Selected in the task table (%n contact)</numerusform>
                <numerusform>&amp;Selected in the task table (%n contacts)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>herald::RunDialog</name>
        <message numerus="yes">
            <source>%1 #%2 started: %Ln message(s) queued</source>
            <translation>
                <numerusform>%1 #%2 started: %Ln message queued</numerusform>
                <numerusform>%1 #%2 started: %Ln messages queued</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln&lt;/b&gt; message(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; message</numerusform>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; messages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 channel started in run #%2: %Ln message(s) queued</source>
            <translation>
                <numerusform>%1 channel started in run #%2: %Ln message queued</numerusform>
                <numerusform>%1 channel started in run #%2: %Ln messages queued</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>herald::RunsPage</name>
        <message numerus="yes">
            <source>%Ln run(s)</source>
            <translation>
                <numerusform>%Ln run</numerusform>
                <numerusform>%Ln runs</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>herald::TasksView</name>
        <message numerus="yes">
            <source>%Ln message(s)</source>
            <translation>
                <numerusform>%Ln message</numerusform>
                <numerusform>%Ln messages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>herald::Text</name>
        <message numerus="yes">
            <source>number pool %1 is used by the sender(s) %2: give them another pool or delete them first</source>
            <translation>
                <numerusform>number pool %1 is used by the sender %2: give them another pool or delete them first</numerusform>
                <numerusform>number pool %1 is used by the senders %2: give them another pool or delete them first</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 needs %n day(s) to send its %2 %3 messages: the numbers of pool '%4' may send %5 a day together. Add numbers to the pool or raise their daily caps.</source>
            <translation>
                <numerusform>%1 needs %n day to send its %2 %3 messages: the numbers of pool '%4' may send %5 a day together. Add numbers to the pool or raise its daily caps.</numerusform>
                <numerusform>%1 needs %n days to send its %2 %3 messages: the numbers of pool '%4' may send %5 a day together. Add numbers to the pool or raise their daily caps.</numerusform>
            </translation>
        </message>
    </context>
</TS>
