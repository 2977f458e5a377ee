<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CalendarFormat</name>
    <message>
        <source>Planned launch</source>
        <translation>Geplanter Start</translation>
    </message>
    <message>
        <source>Missed launch</source>
        <translation>Verpasster Start</translation>
    </message>
    <message>
        <source>Run that could not start</source>
        <translation>Lauf, der nicht starten konnte</translation>
    </message>
    <message>
        <source>Test run</source>
        <translation>Testlauf</translation>
    </message>
    <message>
        <source>Live run</source>
        <translation>Live-Lauf</translation>
    </message>
    <message>
        <source>%1/s, its rate limit</source>
        <translation>%1/s, laut Ratenlimit</translation>
    </message>
    <message>
        <source>%1/s, as the provider sent while sending run #%2, which ended %3</source>
        <translation>%1/s, wie der Anbieter in Lauf #%2 sendete (beendet %3)</translation>
    </message>
    <message>
        <source>%1/s assumed: no recent run measured the provider yet</source>
        <translation>%1/s angenommen: Noch kein aktueller Lauf hat den Anbieter gemessen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln message(s), done by %2 (%3)</source>
        <translation>
            <numerusform>%1: %Ln Nachricht, fertig bis %2 (%3)</numerusform>
            <numerusform>%1: %Ln Nachrichten, fertig bis %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nobody to send to</source>
        <translation>%1: keine Empfänger</translation>
    </message>
    <message>
        <source>; part waits for recipients&apos; quiet hours to end</source>
        <translation>; ein Teil wartet auf das Ende der Ruhezeiten der Empfänger</translation>
    </message>
    <message numerus="yes">
        <source>; the number pool&apos;s daily caps spread it over %Ln day(s)</source>
        <translation>
            <numerusform>; die Tageslimits des Nummernpools verteilen den Versand auf %Ln Tag</numerusform>
            <numerusform>; die Tageslimits des Nummernpools verteilen den Versand auf %Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>No forecast: %1</source>
        <translation>Keine Prognose: %1</translation>
    </message>
    <message>
        <source>campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation>Kanäle: %1</translation>
    </message>
    <message>
        <source>Launch: %1</source>
        <translation>Start: %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Von %1 bis %2</translation>
    </message>
    <message>
        <source>Was due %1 while Herald was not running</source>
        <translation>War %1 fällig, während Herald nicht lief</translation>
    </message>
    <message>
        <source>Launches %1, done by about %2</source>
        <translation>Startet %1, fertig etwa %2</translation>
    </message>
</context>
<context>
    <name>DetailFormat</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Test run</source>
        <translation>Testlauf</translation>
    </message>
    <message>
        <source>Live run</source>
        <translation>Live-Lauf</translation>
    </message>
    <message>
        <source>%1 #%2 (%3), %4</source>
        <translation>%1 #%2 (%3), %4</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Writer</source>
        <translation>Texter</translation>
    </message>
    <message>
        <source> — approved %1</source>
        <translation> — freigegeben %1</translation>
    </message>
    <message>
        <source> — &lt;b&gt;approval needed&lt;/b&gt;</source>
        <translation> — &lt;b&gt;Freigabe erforderlich&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>no content</source>
        <translation>kein Inhalt</translation>
    </message>
    <message numerus="yes">
        <source>own text (%n character(s))</source>
        <translation>
            <numerusform>eigener Text (%n Zeichen)</numerusform>
            <numerusform>eigener Text (%n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation>, von %1</translation>
    </message>
    <message>
        <source>sender %1</source>
        <translation>Absender %1</translation>
    </message>
    <message>
        <source>, %1/min</source>
        <translation>, %1/min</translation>
    </message>
    <message>
        <source>list %1</source>
        <translation>Liste %1</translation>
    </message>
    <message>
        <source>send to %1</source>
        <translation>senden an %1</translation>
    </message>
    <message>
        <source>exclude %1</source>
        <translation>ausgenommen %1</translation>
    </message>
    <message>
        <source>one-time rules</source>
        <translation>einmalige Regeln</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> um %1</translation>
    </message>
    <message>
        <source> from %1, %2</source>
        <translation> ab %1, %2</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>Läuft ab nach</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Link clicks</source>
        <translation>Link-Klicks</translation>
    </message>
    <message>
        <source>tracked through the organisation&apos;s listener</source>
        <translation>über den Listener der Organisation verfolgt</translation>
    </message>
    <message>
        <source>Test recipients</source>
        <translation>Testempfänger</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>&lt;b&gt;no&lt;/b&gt;</source>
        <translation>&lt;b&gt;nein&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>CSV for Excel (UTF-8 with byte-order mark) (*.csv)</source>
        <translation>CSV für Excel (UTF-8 mit Byte-Order-Mark) (*.csv)</translation>
    </message>
    <message>
        <source>CSV (UTF-8) (*.csv)</source>
        <translation>CSV (UTF-8) (*.csv)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Das Benutzerhandbuch fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Herald User Guide</source>
        <translation>Herald-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Herald %1&lt;/h3&gt;&lt;p&gt;Command center for outbound campaigns over email, SMS and phone.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Herald %1&lt;/h3&gt;&lt;p&gt;Kommandozentrale für ausgehende Kampagnen per E-Mail, SMS und Telefon.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft unter Qt %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1 Zeichen</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
    <message>
        <source>1 segment</source>
        <translation>1 Segment</translation>
    </message>
    <message>
        <source>%1 segments</source>
        <translation>%1 Segmente</translation>
    </message>
    <message>
        <source>UCS-2 (Unicode) because of “%1” at character %2</source>
        <translation>UCS-2 (Unicode) wegen „%1“ an Zeichen %2</translation>
    </message>
    <message>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
</context>
<context>
    <name>herald</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Test run #%1</source>
        <translation>Testlauf #%1</translation>
    </message>
    <message>
        <source>Live run #%1</source>
        <translation>Live-Lauf #%1</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Times in</source>
        <translation>Zeiten in</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Gestartet von</translation>
    </message>
    <message>
        <source>Disclaimer accepted</source>
        <translation>Erklärung akzeptiert</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Funnel per channel</source>
        <translation>Trichter pro Kanal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered / answered</source>
        <translation>Zugestellt / angenommen</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Geantwortet</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Link clicks</source>
        <translation>Link-Klicks</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Outcome per channel</source>
        <translation>Ergebnis pro Kanal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Latency avg</source>
        <translation>Latenz Ø</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latenz p95</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Failure reasons</source>
        <translation>Fehlergründe</translation>
    </message>
    <message>
        <source>No message failed.</source>
        <translation>Keine Nachricht ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>No replies.</source>
        <translation>Keine Antworten.</translation>
    </message>
    <message>
        <source>%1 replies; the latest:</source>
        <translation>%1 Antworten; die neuesten:</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Frozen configuration</source>
        <translation>Eingefrorene Konfiguration</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>herald::AccessibleTable</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::ActiveView</name>
    <message>
        <source>Stop sche&amp;dule…</source>
        <translation>&amp;Zeitplan stoppen…</translation>
    </message>
    <message>
        <source>Number pool health</source>
        <translation>Zustand der Nummernpools</translation>
    </message>
    <message>
        <source>recurring (%1), starting %2</source>
        <translation>wiederkehrend (%1), ab %2</translation>
    </message>
    <message>
        <source>Channel progress</source>
        <translation>Kanalfortschritt</translation>
    </message>
    <message>
        <source>Each channel&apos;s progress and commands, and the number pools&apos; health</source>
        <translation>Fortschritt und Befehle jedes Kanals sowie der Zustand der Nummernpools</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scheduled&lt;/b&gt;: launches %1.</source>
        <translation>&lt;b&gt;Geplant&lt;/b&gt;: startet %1.</translation>
    </message>
</context>
<context>
    <name>herald::CalendarPage</name>
    <message>
        <source>&amp;Today</source>
        <translation>H&amp;eute</translation>
    </message>
    <message>
        <source>Show today (Home)</source>
        <translation>Heute anzeigen (Home)</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Zurück (Page Up)</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Weiter (Page Down)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <source>Month view (Alt+M)</source>
        <translation>Monatsansicht (Alt+M)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>Week view (Alt+W)</source>
        <translation>Wochenansicht (Alt+W)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>Day view (Alt+D)</source>
        <translation>Tagesansicht (Alt+D)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before it happens&lt;/b&gt;: planned launches that would not go as planned.</source>
        <translation>&lt;b&gt;Vorab&lt;/b&gt;: geplante Starts, die nicht wie geplant verlaufen würden.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Stop schedule…</source>
        <translation>Zeitplan &amp;stoppen…</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>The calendar could not be read: %1</source>
        <translation>Der Kalender konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Times are in %1, the tenant&apos;s time zone. Planned launches are drawn to their forecast finish; double-click an entry to open its campaign.</source>
        <translation>Zeiten in %1, der Zeitzone des Mandanten. Geplante Starts reichen bis zum prognostizierten Ende; ein Doppelklick auf einen Eintrag öffnet seine Kampagne.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) was due %3, while Herald was not running: it was not sent.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) war %3 fällig, während Herald nicht lief: Es wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Neu planen…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>%1 (role %2) may not resolve missed launches: ask a manager or an admin.</source>
        <translation>%1 (Rolle %2) darf verpasste Starts nicht auflösen: Wenden Sie sich an einen Manager oder Admin.</translation>
    </message>
    <message>
        <source>Select an entry to see its campaign, channels, status, launch type, time and description.</source>
        <translation>Wählen Sie einen Eintrag, um Kampagne, Kanäle, Status, Startart, Zeit und Beschreibung zu sehen.</translation>
    </message>
    <message>
        <source>Stop the schedule of %1? None of its recurring launches will happen until it is scheduled again; runs already made keep their results.</source>
        <translation>Zeitplan von %1 stoppen? Keiner der wiederkehrenden Starts findet statt, bis die Kampagne erneut geplant wird; bisherige Läufe behalten ihre Ergebnisse.</translation>
    </message>
    <message>
        <source>Stop the schedule of %1? It will not launch at %2; it can be scheduled again.</source>
        <translation>Zeitplan von %1 stoppen? Der Start %2 entfällt; die Kampagne kann erneut geplant werden.</translation>
    </message>
    <message>
        <source>Stop schedule</source>
        <translation>Zeitplan stoppen</translation>
    </message>
    <message>
        <source>The schedule of %1 is stopped.</source>
        <translation>Der Zeitplan von %1 ist gestoppt.</translation>
    </message>
    <message>
        <source>The missed launch is being sent now.</source>
        <translation>Der verpasste Start wird jetzt gesendet.</translation>
    </message>
    <message>
        <source>Reschedule missed launch</source>
        <translation>Verpassten Start neu planen</translation>
    </message>
    <message>
        <source>Launch &amp;at (%1):</source>
        <translation>Start &amp;um (%1):</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Neu planen</translation>
    </message>
    <message>
        <source>Rescheduled for %1.</source>
        <translation>Neu geplant für %1.</translation>
    </message>
    <message>
        <source>Skip missed launch</source>
        <translation>Verpassten Start überspringen</translation>
    </message>
    <message>
        <source>Skip this launch? Nothing is sent for it; a recurring campaign goes on with its next launch, a one-off schedule is stopped.</source>
        <translation>Diesen Start überspringen? Dafür wird nichts gesendet; eine wiederkehrende Kampagne macht mit dem nächsten Start weiter, ein einmaliger Zeitplan wird gestoppt.</translation>
    </message>
    <message>
        <source>The missed launch was skipped.</source>
        <translation>Der verpasste Start wurde übersprungen.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Scrolls through the calendar&apos;s days and hours</source>
        <translation>Blättert durch die Tage und Stunden des Kalenders</translation>
    </message>
</context>
<context>
    <name>herald::CalendarView</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Missed: </source>
        <translation>Verpasst: </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
</context>
<context>
    <name>herald::CallPreview</name>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <source>The recording %1 is played</source>
        <translation>Die Aufnahme %1 wird abgespielt</translation>
    </message>
    <message>
        <source>Rendering the speech…</source>
        <translation>Sprache wird erzeugt…</translation>
    </message>
    <message>
        <source>Spoken by espeak-ng (voice %1)</source>
        <translation>Gesprochen von espeak-ng (Stimme %1)</translation>
    </message>
    <message>
        <source>%1: %2 s.</source>
        <translation>%1: %2 s.</translation>
    </message>
    <message>
        <source>This computer has no audio output</source>
        <translation>Dieser Computer hat keine Audioausgabe</translation>
    </message>
    <message>
        <source>Play what the callee hears</source>
        <translation>Abspielen, was der Angerufene hört</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
</context>
<context>
    <name>herald::CampaignBuilder</name>
    <message>
        <source>&amp;Activated</source>
        <translation>Akti&amp;viert</translation>
    </message>
    <message>
        <source>Only an activated campaign can run or be scheduled; leave it off while the plan is still being worked on.</source>
        <translation>Nur eine aktivierte Kampagne kann laufen oder geplant werden; lassen Sie dies aus, solange noch am Plan gearbeitet wird.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu la&amp;den</translation>
    </message>
    <message>
        <source>Show the campaign as it is saved now; your unsaved changes are dropped</source>
        <translation>Die Kampagne so anzeigen, wie sie jetzt gespeichert ist; Ihre ungespeicherten Änderungen werden verworfen</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>Ausb&amp;lenden</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Could not check the campaign: %1</source>
        <translation>Die Kampagne konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>What the team calls it, e.g. Spring sale</source>
        <translation>Wie das Team sie nennt, z. B. Frühjahrsaktion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. spring, retail</source>
        <translation>Kommagetrennt, z. B. frühling, handel</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>G&amp;oal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Writer:</source>
        <translation>Te&amp;xter:</translation>
    </message>
    <message>
        <source>The reviewer approves the content; any content change needs approval again.</source>
        <translation>Der Prüfer gibt den Inhalt frei; jede Inhaltsänderung erfordert eine neue Freigabe.</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>&amp;Prüfer:</translation>
    </message>
    <message>
        <source>%1 channel</source>
        <translation>%1-Kanal</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Call script when no template is chosen</source>
        <translation>Anrufskript, wenn keine Vorlage gewählt ist</translation>
    </message>
    <message>
        <source>Message text when no template is chosen; {{first_name}} merges a field</source>
        <translation>Nachrichtentext, wenn keine Vorlage gewählt ist; {{first_name}} fügt ein Feld ein</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation>Skript:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Draft from the writer</source>
        <translation>Entwurf vom Texter</translation>
    </message>
    <message>
        <source>Write this channel&apos;s text from the goal and the writer&apos;s brief (Basics); the reviewer approves it like any content</source>
        <translation>Den Text dieses Kanals aus dem Ziel und den Vorgaben des Texters (Grundlagen) schreiben; der Prüfer gibt ihn wie jeden Inhalt frei</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Absender:</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> pro Minute</translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation>Anbieter-Standard</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Rate:</translation>
    </message>
    <message>
        <source>e.g. 08:00-21:00 in the recipient&apos;s time zone; none; empty for the default</source>
        <translation>z. B. 08:00-21:00 in der Zeitzone des Empfängers; none; leer für den Standard</translation>
    </message>
    <message>
        <source>Send window:</source>
        <translation>Sendefenster:</translation>
    </message>
    <message>
        <source>Contact &amp;list:</source>
        <translation>Kontakt&amp;liste:</translation>
    </message>
    <message>
        <source>Send to segments</source>
        <translation>An Segmente senden</translation>
    </message>
    <message>
        <source>Send to segments:</source>
        <translation>An Segmente senden:</translation>
    </message>
    <message>
        <source>Exclude segments</source>
        <translation>Segmente ausschließen</translation>
    </message>
    <message>
        <source>Exclude segments:</source>
        <translation>Segmente ausschließen:</translation>
    </message>
    <message>
        <source>Conditions for this campaign only, on top of the list and segments; no condition keeps everyone</source>
        <translation>Bedingungen nur für diese Kampagne, zusätzlich zu Liste und Segmenten; ohne Bedingung bleiben alle</translation>
    </message>
    <message>
        <source>One-time rules:</source>
        <translation>Einmalige Regeln:</translation>
    </message>
    <message>
        <source>Reaches now:</source>
        <translation>Erreicht jetzt:</translation>
    </message>
    <message>
        <source>Now: runs as soon as it is started</source>
        <translation>Sofort: läuft, sobald sie gestartet wird</translation>
    </message>
    <message>
        <source>Manual: someone presses Run</source>
        <translation>Manuell: jemand klickt auf „Ausführen“</translation>
    </message>
    <message>
        <source>Schedule: once, at the send time</source>
        <translation>Geplant: einmal, zur Sendezeit</translation>
    </message>
    <message>
        <source>Recurring: from the send time, by the recurrence rule</source>
        <translation>Wiederkehrend: ab der Sendezeit, nach der Wiederholungsregel</translation>
    </message>
    <message>
        <source>&amp;Launch:</source>
        <translation>S&amp;tart:</translation>
    </message>
    <message>
        <source>Sen&amp;d at:</source>
        <translation>Senden &amp;um:</translation>
    </message>
    <message>
        <source>RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=MO</source>
        <translation>RFC-5545-Regel, z. B. FREQ=WEEKLY;BYDAY=MO</translation>
    </message>
    <message>
        <source>Recurre&amp;nce:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>Messages not sent this long after the run started are not sent at all.</source>
        <translation>Nachrichten, die so lange nach Laufbeginn noch nicht gesendet sind, werden gar nicht gesendet.</translation>
    </message>
    <message>
        <source>Time t&amp;o live:</source>
        <translation>Gü&amp;ltigkeitsdauer:</translation>
    </message>
    <message>
        <source>Track link clicks</source>
        <translation>Link-Klicks verfolgen</translation>
    </message>
    <message>
        <source>Links in the email and SMS content go through the organisation&apos;s listener, which counts each click per message and link (Settings → Organisations → Listener). The report shows clicks and the goal&apos;s conversion.</source>
        <translation>Links in E-Mail- und SMS-Inhalten laufen über den Listener der Organisation, der jeden Klick pro Nachricht und Link zählt (Einstellungen → Organisationen → Listener). Der Bericht zeigt Klicks und die Konversion des Ziels.</translation>
    </message>
    <message>
        <source>One email address or +E.164 number per line</source>
        <translation>Eine E-Mail-Adresse oder +E.164-Nummer pro Zeile</translation>
    </message>
    <message>
        <source>Test reci&amp;pients:</source>
        <translation>Test&amp;empfänger:</translation>
    </message>
    <message>
        <source>Choose the goal and the writer on the Basics page first: the draft follows them.</source>
        <translation>Wählen Sie zuerst Ziel und Texter auf der Seite „Grundlagen“: Der Entwurf richtet sich danach.</translation>
    </message>
    <message>
        <source>A draft is on its way from the writer&apos;s endpoint.</source>
        <translation>Ein Entwurf vom Texter-Endpunkt ist unterwegs.</translation>
    </message>
    <message>
        <source>Replace the %1 text with a new draft from %2?</source>
        <translation>Den %1-Text durch einen neuen Entwurf von %2 ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>The writer&apos;s endpoint gave no draft: %1

Use the built-in writer&apos;s draft instead?</source>
        <translation>Der Texter-Endpunkt lieferte keinen Entwurf: %1

Stattdessen den Entwurf des integrierten Texters verwenden?</translation>
    </message>
    <message>
        <source>Use the built-in draft</source>
        <translation>Integrierten Entwurf verwenden</translation>
    </message>
    <message>
        <source>Asking %1 for a draft…</source>
        <translation>%1 wird um einen Entwurf gebeten…</translation>
    </message>
    <message>
        <source>Drafted the %1 text from %2.</source>
        <translation>%1-Text von %2 entworfen.</translation>
    </message>
    <message>
        <source>Drafted the %1 text from %2; %3.</source>
        <translation>%1-Text von %2 entworfen; %3.</translation>
    </message>
    <message>
        <source>(no goal)</source>
        <translation>(kein Ziel)</translation>
    </message>
    <message>
        <source>(no writer)</source>
        <translation>(kein Texter)</translation>
    </message>
    <message>
        <source>(no reviewer)</source>
        <translation>(kein Prüfer)</translation>
    </message>
    <message>
        <source>(every contact)</source>
        <translation>(alle Kontakte)</translation>
    </message>
    <message>
        <source>(none: use the text below)</source>
        <translation>(keine: Text unten verwenden)</translation>
    </message>
    <message>
        <source>(no template)</source>
        <translation>(keine Vorlage)</translation>
    </message>
    <message>
        <source>(no sender)</source>
        <translation>(kein Absender)</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (pausiert)</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Kampagne bearbeiten</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>%1 changed this campaign elsewhere, and it cannot be read now: %2</source>
        <translation>%1 hat diese Kampagne an anderer Stelle geändert, und sie kann gerade nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 changed this campaign elsewhere: %2</source>
        <translation>%1 hat diese Kampagne an anderer Stelle geändert: %2</translation>
    </message>
    <message>
        <source>%1 changed this campaign elsewhere; the form shows it as saved now.</source>
        <translation>%1 hat diese Kampagne an anderer Stelle geändert; das Formular zeigt jetzt den gespeicherten Stand.</translation>
    </message>
    <message>
        <source>%1 changed this campaign elsewhere since you opened it. Reload to see their changes (yours are dropped), or keep editing: saving replaces their changes.</source>
        <translation>%1 hat diese Kampagne an anderer Stelle geändert, seit Sie sie geöffnet haben. Laden Sie neu, um diese Änderungen zu sehen (Ihre werden verworfen), oder bearbeiten Sie weiter: Beim Speichern werden die anderen Änderungen ersetzt.</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>#%1 (not found)</source>
        <translation>#%1 (nicht gefunden)</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <source>Edit %1 — %2</source>
        <translation>%1 bearbeiten — %2</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready to run&lt;/b&gt; once saved.</source>
        <translation>&lt;b&gt;Startbereit&lt;/b&gt;, sobald gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n thing(s) to fix&lt;/b&gt; before it can run; saving keeps it as a draft.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Punkt zu beheben&lt;/b&gt;, bevor sie laufen kann; Speichern behält sie als Entwurf.</numerusform>
            <numerusform>&lt;b&gt;%n Punkte zu beheben&lt;/b&gt;, bevor sie laufen kann; Speichern behält sie als Entwurf.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose channels to see how many they reach.</source>
        <translation>Wählen Sie Kanäle, um zu sehen, wie viele Empfänger sie erreichen.</translation>
    </message>
    <message>
        <source>the new campaign</source>
        <translation>der neuen Kampagne</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1 before leaving?</source>
        <translation>Änderungen an %1 vor dem Verlassen speichern?</translation>
    </message>
    <message>
        <source>Save campaign</source>
        <translation>Kampagne speichern</translation>
    </message>
    <message>
        <source>Give the campaign a name before saving it.</source>
        <translation>Geben Sie der Kampagne vor dem Speichern einen Namen.</translation>
    </message>
    <message>
        <source>Correct the marked field first: %1</source>
        <translation>Korrigieren Sie zuerst das markierte Feld: %1</translation>
    </message>
    <message>
        <source>Saved %1: the content changed, so it needs the reviewer&apos;s approval again.</source>
        <translation>%1 gespeichert: Der Inhalt hat sich geändert, daher ist erneut die Freigabe des Prüfers nötig.</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>%1 gespeichert (%2).</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Leave the campaign without saving (Esc)</source>
        <translation>Kampagne verlassen, ohne zu speichern (Esc)</translation>
    </message>
    <message>
        <source>Campaign sections</source>
        <translation>Kampagnenbereiche</translation>
    </message>
    <message>
        <source>&amp;Basics</source>
        <translation>Allge&amp;mein</translation>
    </message>
    <message>
        <source>Chann&amp;els</source>
        <translation>&amp;Kanäle</translation>
    </message>
    <message>
        <source>Aud&amp;ience</source>
        <translation>Z&amp;ielgruppe</translation>
    </message>
    <message>
        <source>La&amp;unch</source>
        <translation>Sta&amp;rt</translation>
    </message>
    <message>
        <source>Each channel the campaign sends on: its content, sender, rate and window</source>
        <translation>Jeder Kanal, über den die Kampagne sendet: Inhalt, Absender, Rate und Sendefenster</translation>
    </message>
    <message>
        <source>Typed and shown in the campaign&apos;s time zone (below)</source>
        <translation>Eingabe und Anzeige in der Zeitzone der Kampagne (unten)</translation>
    </message>
    <message>
        <source>UTC, until the time zone below is one Herald knows</source>
        <translation>UTC, bis die Zeitzone unten eine ist, die Herald kennt</translation>
    </message>
    <message>
        <source>%1 time (%2)</source>
        <translation>Zeit %1 (%2)</translation>
    </message>
    <message>
        <source>%1, which is %2 in %3</source>
        <translation>%1, also %2 in %3</translation>
    </message>
</context>
<context>
    <name>herald::CampaignDetailPage</name>
    <message>
        <source>every channel of %1</source>
        <translation>alle Kanäle von %1</translation>
    </message>
    <message>
        <source>the %1 channel of %2</source>
        <translation>der %1-Kanal von %2</translation>
    </message>
    <message>
        <source>Paused %1</source>
        <translation>Pausiert: %1</translation>
    </message>
    <message>
        <source>Resumed %1</source>
        <translation>Fortgesetzt: %1</translation>
    </message>
    <message>
        <source>Stopped %1</source>
        <translation>Gestoppt: %1</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Back to the campaign list (Alt+Left)</source>
        <translation>Zurück zur Kampagnenliste (Alt+Left)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Reload a full snapshot (F5)</source>
        <translation>Vollständigen Stand neu laden (F5)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Üb&amp;ersicht</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>Be&amp;richt</translation>
    </message>
    <message>
        <source>Every reply and opt-out the campaign&apos;s runs received, newest first</source>
        <translation>Alle Antworten und Abmeldungen aus den Läufen der Kampagne, neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Communications</source>
        <translation>&amp;Kommunikation</translation>
    </message>
    <message>
        <source>Open campaign</source>
        <translation>Kampagne öffnen</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Run…</source>
        <translation>Ausführen…</translation>
    </message>
    <message>
        <source>Test run…</source>
        <translation>Testlauf…</translation>
    </message>
    <message>
        <source>Pause all channels</source>
        <translation>Alle Kanäle pausieren</translation>
    </message>
    <message>
        <source>Stop all channels…</source>
        <translation>Alle Kanäle stoppen…</translation>
    </message>
    <message>
        <source>Retry failed…</source>
        <translation>Fehlgeschlagene wiederholen…</translation>
    </message>
    <message>
        <source>Send again, as a new run, to the recipients whose message failed after its retries</source>
        <translation>Erneut als neuer Lauf an die Empfänger senden, deren Nachricht nach allen Wiederholungen fehlschlug</translation>
    </message>
    <message>
        <source>Remarket…</source>
        <translation>Nachfassen…</translation>
    </message>
    <message>
        <source>A new Draft campaign for those who failed, did not reply or did not answer, or for the contacts selected in the task table</source>
        <translation>Eine neue Kampagne im Status „Entwurf“ für alle, bei denen der Versand fehlschlug, die nicht geantwortet oder nicht abgenommen haben, oder für die in der Aufgabentabelle gewählten Kontakte</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Clone into a new campaign</source>
        <translation>In eine neue Kampagne klonen</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Klonen</translation>
    </message>
    <message>
        <source>Cloned into %1</source>
        <translation>Geklont als %1</translation>
    </message>
    <message>
        <source>Export messages (CSV)…</source>
        <translation>Nachrichten exportieren (CSV)…</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>Nachrichten exportieren</translation>
    </message>
    <message>
        <source>Every message of every run, one row each, for a spreadsheet</source>
        <translation>Jede Nachricht jedes Laufs, je eine Zeile, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Export report (PDF)…</source>
        <translation>Bericht exportieren (PDF)…</translation>
    </message>
    <message>
        <source>PDF, A4 (*.pdf)</source>
        <translation>PDF, A4 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, Letter (*.pdf)</source>
        <translation>PDF, Letter (*.pdf)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>The report of the run shown, to print or send</source>
        <translation>Der Bericht des angezeigten Laufs, zum Drucken oder Versenden</translation>
    </message>
    <message>
        <source>Export report tables (CSV)…</source>
        <translation>Berichtstabellen exportieren (CSV)…</translation>
    </message>
    <message>
        <source>Export report tables</source>
        <translation>Berichtstabellen exportieren</translation>
    </message>
    <message>
        <source>The report&apos;s tables (funnel, outcomes, reasons, numbers, throughput) for a spreadsheet</source>
        <translation>Die Tabellen des Berichts (Trichter, Ergebnisse, Gründe, Nummern, Durchsatz) für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Bericht drucken…</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Als Vorlage speichern…</translation>
    </message>
    <message>
        <source>Keep this campaign&apos;s content as templates, one per channel, to reuse in other campaigns</source>
        <translation>Den Inhalt dieser Kampagne als Vorlagen speichern, eine pro Kanal, zur Wiederverwendung in anderen Kampagnen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Archive campaign</source>
        <translation>Kampagne archivieren</translation>
    </message>
    <message>
        <source>Archive %1? It leaves the list and keeps every run and result.</source>
        <translation>%1 archivieren? Die Kampagne verschwindet aus der Liste und behält alle Läufe und Ergebnisse.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Kampagne löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1? Its configuration, %n run(s), every message and all results are deleted for good.</source>
        <translation>
            <numerusform>%1 löschen? Konfiguration, %n Lauf, alle Nachrichten und alle Ergebnisse werden endgültig gelöscht.</numerusform>
            <numerusform>%1 löschen? Konfiguration, %n Läufe, alle Nachrichten und alle Ergebnisse werden endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive instead</source>
        <translation>Stattdessen archivieren</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Exporting the messages…</source>
        <translation>Nachrichten werden exportiert…</translation>
    </message>
    <message>
        <source>Exported %1 messages to %2.</source>
        <translation>%1 Nachrichten nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Print report — %1</source>
        <translation>Bericht drucken — %1</translation>
    </message>
    <message>
        <source>Report of %1 saved to %2.</source>
        <translation>Bericht von %1 in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Report tables of %1 saved to %2.</source>
        <translation>Berichtstabellen von %1 in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Template &amp;name:</source>
        <translation>&amp;Vorlagenname:</translation>
    </message>
    <message>
        <source>One template per channel, named “&lt;name&gt; (&lt;channel&gt;)”.</source>
        <translation>Eine Vorlage pro Kanal, benannt „&lt;Name&gt; (&lt;Kanal&gt;)“.</translation>
    </message>
    <message>
        <source>Saved 1 template from %1.</source>
        <translation>1 Vorlage aus %1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1 templates from %2.</source>
        <translation>%1 Vorlagen aus %2 gespeichert.</translation>
    </message>
    <message>
        <source>Created the follow-up %1 for %2 contacts: activate it and have its content approved to run it.</source>
        <translation>Nachfass-Kampagne %1 für %2 Kontakte erstellt: Aktivieren Sie sie und lassen Sie den Inhalt freigeben, um sie auszuführen.</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>No message of %1 failed for a pre-send or transient reason: there is nobody to send to again.</source>
        <translation>Keine Nachricht von %1 ist vor dem Senden oder aus einem vorübergehenden Grund fehlgeschlagen: Es gibt niemanden, an den erneut gesendet werden kann.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Send %1 again to the recipients whose message failed after its retries (%2)? Nobody it reached, bounced for good or opted out is contacted.

%3</source>
        <translation>%1 erneut an die Empfänger senden, deren Nachricht nach allen Wiederholungen fehlschlug (%2)? Wer erreicht wurde, endgültig gebounct ist oder sich abgemeldet hat, wird nicht kontaktiert.

%3</translation>
    </message>
    <message>
        <source>Accept and send</source>
        <translation>Akzeptieren und senden</translation>
    </message>
    <message>
        <source>Queueing the retry…</source>
        <translation>Wiederholung wird eingereiht…</translation>
    </message>
    <message>
        <source>Retry run %1 of %2 started.</source>
        <translation>Wiederholungslauf %1 von %2 gestartet.</translation>
    </message>
    <message>
        <source>Stop channel</source>
        <translation>Kanal stoppen</translation>
    </message>
    <message>
        <source>Stop every channel of “%1”?</source>
        <translation>Alle Kanäle von „%1“ stoppen?</translation>
    </message>
    <message>
        <source>Stop the %1 channel of “%2”?</source>
        <translation>Den %1-Kanal von „%2“ stoppen?</translation>
    </message>
    <message>
        <source>Only messages still queued are cancelled; messages already handed to the provider finish on their own. A stopped run cannot be resumed.</source>
        <translation>Nur noch wartende Nachrichten werden abgebrochen; bereits an den Anbieter übergebene Nachrichten laufen selbstständig zu Ende. Ein gestoppter Lauf kann nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Forecast for that launch:</source>
        <translation>Prognose für diesen Start:</translation>
    </message>
    <message>
        <source>Schedule campaign</source>
        <translation>Kampagne planen</translation>
    </message>
    <message>
        <source>Arm %1 to launch %2?

%3%4</source>
        <translation>%1 so planen, dass sie %2 startet?

%3%4</translation>
    </message>
    <message>
        <source>at its next occurrence</source>
        <translation>beim nächsten Termin</translation>
    </message>
    <message>
        <source>Accept and schedule</source>
        <translation>Akzeptieren und planen</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>%1 launches %2</source>
        <translation>%1 startet %2</translation>
    </message>
    <message>
        <source>Stop schedule</source>
        <translation>Zeitplan stoppen</translation>
    </message>
    <message>
        <source>Stop the schedule of %1? Runs already made keep their results; it can be scheduled again.</source>
        <translation>Zeitplan von %1 stoppen? Bisherige Läufe behalten ihre Ergebnisse; die Kampagne kann erneut geplant werden.</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>Ak&amp;tionen</translation>
    </message>
    <message>
        <source>Campaign sections</source>
        <translation>Kampagnenbereiche</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>A&amp;ufgaben</translation>
    </message>
    <message>
        <source>Revie&amp;w</source>
        <translation>Prü&amp;fung</translation>
    </message>
    <message>
        <source>Communications of the campaign</source>
        <translation>Kommunikation der Kampagne</translation>
    </message>
</context>
<context>
    <name>herald::CampaignListModel</name>
    <message>
        <source>Now</source>
        <comment>launch type</comment>
        <translation>Sofort</translation>
    </message>
    <message>
        <source>Manual</source>
        <comment>launch type</comment>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Schedule</source>
        <comment>launch type</comment>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Recurring</source>
        <comment>launch type</comment>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Send time</source>
        <translation>Sendezeit</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
</context>
<context>
    <name>herald::CampaignStatus</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
</context>
<context>
    <name>herald::CampaignsPage</name>
    <message>
        <source>Search by name or ID (Ctrl+F)</source>
        <translation>Nach Name oder ID suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search campaigns</source>
        <translation>Kampagnen suchen</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>Kanalfilter</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <source>Create a campaign (Ctrl+N)</source>
        <translation>Kampagne erstellen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>The selected campaigns side by side in Statistics</source>
        <translation>Die gewählten Kampagnen nebeneinander in der Statistik</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>The list cannot be sorted by this column.</source>
        <translation>Die Liste kann nicht nach dieser Spalte sortiert werden.</translation>
    </message>
    <message>
        <source>Choose how email or SMS is sent</source>
        <translation>Festlegen, wie E-Mails oder SMS gesendet werden</translation>
    </message>
    <message>
        <source>Add a sender: who your messages come from</source>
        <translation>Absender hinzufügen: von wem Ihre Nachrichten kommen</translation>
    </message>
    <message>
        <source>Set Herald&apos;s listener, which serves the unsubscribe links of your emails</source>
        <translation>Herald-Listener einrichten, der die Abmeldelinks Ihrer E-Mails bereitstellt</translation>
    </message>
    <message>
        <source>Add a reviewer, who approves content before it runs</source>
        <translation>Prüfer hinzufügen, der Inhalte vor dem Start freigibt</translation>
    </message>
    <message>
        <source>Import your contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Write a template</source>
        <translation>Vorlage schreiben</translation>
    </message>
    <message>
        <source>Describe a goal and a writer</source>
        <translation>Ziel und Texter beschreiben</translation>
    </message>
    <message>
        <source>Create a campaign</source>
        <translation>Kampagne erstellen</translation>
    </message>
    <message>
        <source>Run it live</source>
        <translation>Live ausführen</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>%1 of %2 done. This list goes away after your first live run.</source>
        <translation>%1 von %2 erledigt. Diese Liste verschwindet nach Ihrem ersten Live-Lauf.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Choose a tenant to see its campaigns.</source>
        <translation>Wählen Sie einen Mandanten, um seine Kampagnen zu sehen.</translation>
    </message>
    <message>
        <source> (scroll for more)</source>
        <translation> (für mehr scrollen)</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n Kampagne</numerusform>
            <numerusform>%n Kampagnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare %1</source>
        <translation>%1 vergleichen</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>%1 archivieren</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>%n campaign(s) duplicated</source>
        <translation>%n Kampagne(n) dupliziert</translation>
    </message>
    <message>
        <source>%n campaign(s) archived</source>
        <translation>%n Kampagne(n) archiviert</translation>
    </message>
    <message>
        <source>Archive campaigns</source>
        <translation>Kampagnen archivieren</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n campaign(s)? They leave the list (find them under the Archived filter) and keep every run and result.</source>
        <translation>
            <numerusform>%n Kampagne archivieren? Sie verschwindet aus der Liste (zu finden unter dem Filter „Archiviert“) und behält alle Läufe und Ergebnisse.</numerusform>
            <numerusform>%n Kampagnen archivieren? Sie verschwinden aus der Liste (zu finden unter dem Filter „Archiviert“) und behalten alle Läufe und Ergebnisse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete campaigns</source>
        <translation>Kampagnen löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n campaign(s)? Their configuration, every run, every message and all results are deleted for good; this cannot be undone.

Archiving hides them from the list and keeps the results.</source>
        <translation>
            <numerusform>%n Kampagne löschen? Ihre Konfiguration, alle Läufe, alle Nachrichten und alle Ergebnisse werden endgültig gelöscht; dies kann nicht rückgängig gemacht werden.

Archivieren blendet sie aus der Liste aus und behält die Ergebnisse.</numerusform>
            <numerusform>%n Kampagnen löschen? Ihre Konfiguration, alle Läufe, alle Nachrichten und alle Ergebnisse werden endgültig gelöscht; dies kann nicht rückgängig gemacht werden.

Archivieren blendet sie aus der Liste aus und behält die Ergebnisse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive instead</source>
        <translation>Stattdessen archivieren</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%n campaign(s) deleted</source>
        <translation>%n Kampagne(n) gelöscht</translation>
    </message>
    <message>
        <source>Why the last run could not start:</source>
        <translation>Warum der letzte Lauf nicht starten konnte:</translation>
    </message>
    <message>
        <source>Campaign info</source>
        <translation>Kampagneninfo</translation>
    </message>
    <message>
        <source>What a run would find now:</source>
        <translation>Was ein Lauf jetzt vorfinden würde:</translation>
    </message>
    <message>
        <source>Nothing to fix: every check passes.</source>
        <translation>Nichts zu beheben: Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Run…</source>
        <translation>Ausführen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Not editable</source>
        <translation>Nicht bearbeitbar</translation>
    </message>
    <message>
        <source>%1 is %2: its results stay as they were sent, so it cannot be edited or run again. Clone it to start a new campaign from it.</source>
        <translation>%1 ist %2: Die Ergebnisse bleiben so, wie gesendet wurde, daher kann die Kampagne weder bearbeitet noch erneut ausgeführt werden. Klonen Sie sie, um daraus eine neue Kampagne zu beginnen.</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Klonen</translation>
    </message>
    <message>
        <source>%1 of %2 done. Steps left, each a link: %3</source>
        <translation>%1 von %2 erledigt. Verbleibende Schritte, jeweils ein Link: %3</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Noch keine Kampagnen</translation>
    </message>
    <message>
        <source>A campaign sends your message to an audience by email, SMS or phone, once or on a schedule.</source>
        <translation>Eine Kampagne sendet Ihre Nachricht per E-Mail, SMS oder Anruf an eine Zielgruppe, einmalig oder nach Zeitplan.</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Neue Kampagne…</translation>
    </message>
    <message>
        <source>No campaigns match these filters</source>
        <translation>Keine Kampagnen entsprechen diesen Filtern</translation>
    </message>
    <message>
        <source>No campaigns match “%1”</source>
        <translation>Keine Kampagnen für „%1“</translation>
    </message>
    <message>
        <source>The search looks at campaign names and IDs; archived campaigns show under the Archived status only.</source>
        <translation>Die Suche durchsucht Kampagnennamen und -IDs; archivierte Kampagnen erscheinen nur unter dem Status „Archiviert“.</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>herald::ChannelCard</name>
    <message>
        <source>(held: start it when you choose)</source>
        <translation>(zurückgehalten: starten Sie ihn, wann Sie möchten)</translation>
    </message>
    <message>
        <source>%1 messages: %2 waiting, %3 done, %4 failed</source>
        <translation>%1 Nachrichten: %2 wartend, %3 erledigt, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Throughput &lt;b&gt;%1/s&lt;/b&gt;</source>
        <translation>Durchsatz &lt;b&gt;%1/s&lt;/b&gt;</translation>
    </message>
    <message>
        <source>calls in progress &lt;b&gt;%1&lt;/b&gt;: dialing %2, ringing %3, talking %4</source>
        <translation>laufende Anrufe &lt;b&gt;%1&lt;/b&gt;: Wählen %2, Klingeln %3, Gespräch %4</translation>
    </message>
    <message>
        <source>in flight &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>unterwegs &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>error rate &lt;b&gt;%1%&lt;/b&gt;</source>
        <translation>Fehlerrate &lt;b&gt;%1%&lt;/b&gt;</translation>
    </message>
    <message>
        <source>retrying &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>wird wiederholt &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>outside send window &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>außerhalb Sendefenster &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>finish &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Ende &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>provider latency &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Anbieterlatenz &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Paus&amp;e</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Sto&amp;p…</source>
        <translation>St&amp;oppen…</translation>
    </message>
</context>
<context>
    <name>herald::ChannelChart</name>
    <message>
        <source>Messages per second</source>
        <translation>Nachrichten pro Sekunde</translation>
    </message>
    <message>
        <source>State mix</source>
        <translation>Statusverteilung</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Seconds since %1</source>
        <translation>Sekunden seit %1</translation>
    </message>
    <message>
        <source>Minutes since %1</source>
        <translation>Minuten seit %1</translation>
    </message>
    <message>
        <source>Hours since %1</source>
        <translation>Stunden seit %1</translation>
    </message>
    <message>
        <source>Live charts: messages per second and the state mix</source>
        <translation>Live-Diagramme: Nachrichten pro Sekunde und Statusverteilung</translation>
    </message>
    <message>
        <source>Live rate chart: messages sent per second over the run</source>
        <translation>Live-Ratendiagramm: gesendete Nachrichten pro Sekunde im Verlauf des Laufs</translation>
    </message>
    <message>
        <source>Live chart of messages queued, in flight, done and failed over the run</source>
        <translation>Live-Diagramm der Nachrichten in Warteschlange, unterwegs, erledigt und fehlgeschlagen im Verlauf des Laufs</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>herald::ChannelKind</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>WebPush</source>
        <translation>WebPush</translation>
    </message>
    <message>
        <source>Viber</source>
        <translation>Viber</translation>
    </message>
</context>
<context>
    <name>herald::ChannelStatus</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>herald::CommunicationsTable</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Text or state</source>
        <translation>Text oder Status</translation>
    </message>
    <message>
        <source>(no campaign)</source>
        <translation>(keine Kampagne)</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>geantwortet</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
</context>
<context>
    <name>herald::ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>ada@example.com</source>
        <translation>ada@example.com</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>+44 7700 900123, or a national number of the region</source>
        <translation>+44 7700 900123 oder eine nationale Nummer der Region</translation>
    </message>
    <message>
        <source>The region (ISO code, e.g. GB) of numbers written without “+”</source>
        <translation>Die Region (ISO-Code, z. B. DE) für Nummern ohne „+“</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>comma-separated, e.g. vip, newsletter</source>
        <translation>kommagetrennt, z. B. vip, newsletter</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>T&amp;ags:</translation>
    </message>
    <message>
        <source>Custom fields (merge fields such as {{Shop}}):</source>
        <translation>Benutzerdefinierte Felder (Platzhalterfelder wie {{Shop}}):</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Feld entfernen</translation>
    </message>
    <message>
        <source>In the lists:</source>
        <translation>In den Listen:</translation>
    </message>
    <message>
        <source>The contact&apos;s lists could not be read: %1</source>
        <translation>Die Listen des Kontakts konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>the chat id the bot writes to, e.g. 123456789</source>
        <translation>die Chat-ID, an die der Bot schreibt, z. B. 123456789</translation>
    </message>
    <message>
        <source>Telegram gives the chat id when the contact starts a chat with the tenant&apos;s bot</source>
        <translation>Telegram vergibt die Chat-ID, wenn der Kontakt einen Chat mit dem Bot des Mandanten beginnt</translation>
    </message>
    <message>
        <source>Tele&amp;gram chat:</source>
        <translation>Tele&amp;gram-Chat:</translation>
    </message>
    <message>
        <source>the Viber user id the bot writes to</source>
        <translation>die Viber-Nutzer-ID, an die der Bot schreibt</translation>
    </message>
    <message>
        <source>&amp;Viber user:</source>
        <translation>Vi&amp;ber-Nutzer:</translation>
    </message>
</context>
<context>
    <name>herald::ContactsPage</name>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;CSV importieren…</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file into a list (Ctrl+I)</source>
        <translation>Kontakte aus einer CSV-Datei in eine Liste importieren (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation>L&amp;isten</translation>
    </message>
    <message>
        <source>Each CSV import, with what became of its rows</source>
        <translation>Jeder CSV-Import mit dem Verbleib seiner Zeilen</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Skipped (opted out)</source>
        <translation>Übersprungen (abgemeldet)</translation>
    </message>
    <message>
        <source>&amp;Rejected rows…</source>
        <translation>&amp;Abgelehnte Zeilen…</translation>
    </message>
    <message>
        <source>See the selected upload&apos;s rejected rows and save them to correct (Enter)</source>
        <translation>Abgelehnte Zeilen des gewählten Uploads anzeigen und zur Korrektur speichern (Enter)</translation>
    </message>
    <message>
        <source>&amp;Uploads</source>
        <translation>&amp;Uploads</translation>
    </message>
    <message>
        <source>&amp;Segments</source>
        <translation>&amp;Segmente</translation>
    </message>
    <message>
        <source>&amp;Opt-outs</source>
        <translation>Ab&amp;meldungen</translation>
    </message>
    <message>
        <source>Only managers and administrators import contacts.</source>
        <translation>Nur Manager und Administratoren importieren Kontakte.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln list(s)</source>
        <translation>
            <numerusform>in %Ln Liste</numerusform>
            <numerusform>in %Ln Listen</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload %1: %2 of %3 rows accepted into %4.</source>
        <translation>Upload %1: %2 von %3 Zeilen in %4 übernommen.</translation>
    </message>
    <message>
        <source>Contacts &amp; Segments sections</source>
        <translation>Bereiche „Kontakte &amp; Segmente“</translation>
    </message>
    <message>
        <source>CSV imports</source>
        <translation>CSV-Importe</translation>
    </message>
    <message>
        <source>No imports yet</source>
        <translation>Noch keine Importe</translation>
    </message>
    <message>
        <source>Each CSV import shows here with how many of its rows were accepted, rejected or skipped.</source>
        <translation>Jeder CSV-Import erscheint hier mit der Anzahl angenommener, abgelehnter und übersprungener Zeilen.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
</context>
<context>
    <name>herald::ContactsView</name>
    <message>
        <source>Search name, email, phone or tag</source>
        <translation>Name, E-Mail, Telefon oder Tag suchen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;Neuer Kontakt…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>comma-separated, e.g. vip, newsletter</source>
        <translation>kommagetrennt, z. B. vip, newsletter</translation>
    </message>
    <message>
        <source>Save tags</source>
        <translation>Tags speichern</translation>
    </message>
    <message>
        <source>&lt;b&gt;Communications&lt;/b&gt;: every message, reply and opt-out, newest first</source>
        <translation>&lt;b&gt;Kommunikation&lt;/b&gt;: alle Nachrichten, Antworten und Abmeldungen, neueste zuerst</translation>
    </message>
    <message>
        <source>The first %1 matches: refine the search to see others.</source>
        <translation>Die ersten %1 Treffer: Verfeinern Sie die Suche, um weitere zu sehen.</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 Kontakte</translation>
    </message>
    <message>
        <source>Only managers and administrators edit contacts.</source>
        <translation>Nur Manager und Administratoren bearbeiten Kontakte.</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Contact added.</source>
        <translation>Kontakt hinzugefügt.</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Kontakt gespeichert.</translation>
    </message>
    <message>
        <source>Tags not saved</source>
        <translation>Tags nicht gespeichert</translation>
    </message>
    <message>
        <source>Tags saved.</source>
        <translation>Tags gespeichert.</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte suchen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Communications with the contact</source>
        <translation>Kommunikation mit dem Kontakt</translation>
    </message>
    <message>
        <source>Every message, reply and opt-out, newest first</source>
        <translation>Jede Nachricht, Antwort und Abmeldung, neueste zuerst</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Noch keine Kontakte</translation>
    </message>
    <message>
        <source>Import a CSV file of contacts into a list; New contact… adds one by hand.</source>
        <translation>Importieren Sie eine CSV-Datei mit Kontakten in eine Liste; „Neuer Kontakt…“ fügt einen von Hand hinzu.</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>Kontakte importieren…</translation>
    </message>
    <message>
        <source>Only managers and administrators import contacts.</source>
        <translation>Nur Manager und Administratoren importieren Kontakte.</translation>
    </message>
    <message>
        <source>No contacts match “%1”</source>
        <translation>Keine Kontakte für „%1“</translation>
    </message>
    <message>
        <source>The search looks at names, email addresses, phone numbers and tags.</source>
        <translation>Die Suche durchsucht Namen, E-Mail-Adressen, Telefonnummern und Tags.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche zurücksetzen</translation>
    </message>
    <message>
        <source>Telegram chat</source>
        <translation>Telegram-Chat</translation>
    </message>
    <message>
        <source>Viber user</source>
        <translation>Viber-Nutzer</translation>
    </message>
    <message>
        <source>Push subscription</source>
        <translation>Push-Abonnement</translation>
    </message>
    <message>
        <source>%1, since %2, last delivered %3</source>
        <translation>%1, seit %2, zuletzt zugestellt %3</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, seit %2</translation>
    </message>
    <message>
        <source>Telegram link</source>
        <translation>Telegram-Link</translation>
    </message>
    <message>
        <source>Viber link</source>
        <translation>Viber-Link</translation>
    </message>
</context>
<context>
    <name>herald::DraftView</name>
    <message>
        <source>Fix these first:</source>
        <translation>Beheben Sie zuerst Folgendes:</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Audience preview</source>
        <translation>Zielgruppenvorschau</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Messages a run sends now</source>
        <translation>Nachrichten, die ein Lauf jetzt senden würde</translation>
    </message>
    <message>
        <source>Sample contacts</source>
        <translation>Beispielkontakte</translation>
    </message>
    <message>
        <source>CSV upload follow-up</source>
        <translation>CSV-Upload-Nachverfolgung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready to run.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Startbereit.&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n thing(s) to fix before it can run.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Punkt ist vor dem Start zu beheben.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Punkte sind vor dem Start zu beheben.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Send to the audience now.</source>
        <translation>Jetzt an die Zielgruppe senden.</translation>
    </message>
    <message>
        <source>Arm the campaign to launch at its send time.</source>
        <translation>Die Kampagne für den Start zur Sendezeit einplanen.</translation>
    </message>
    <message>
        <source>Send to the test recipients: %1</source>
        <translation>An die Testempfänger senden: %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Te&amp;st run…</source>
        <translation>&amp;Testlauf…</translation>
    </message>
    <message>
        <source>Schedu&amp;le…</source>
        <translation>&amp;Planen…</translation>
    </message>
    <message>
        <source>R&amp;un…</source>
        <translation>A&amp;usführen…</translation>
    </message>
</context>
<context>
    <name>herald::FindingGroup</name>
    <message>
        <source>Plan</source>
        <translation>Planung</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Sender details</source>
        <translation>Absenderdaten</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Balance &amp; permissions</source>
        <translation>Guthaben &amp; Berechtigungen</translation>
    </message>
</context>
<context>
    <name>herald::GoalsPage</name>
    <message>
        <source>G&amp;oals</source>
        <translation>&amp;Ziele</translation>
    </message>
    <message>
        <source>&amp;Writers</source>
        <translation>&amp;Texter</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>What counts as a conversion: a reply, a click on the goal&apos;s URL (campaigns with click tracking), an answered call or a key pressed during a call</source>
        <translation>Was als Konversion zählt: eine Antwort, ein Klick auf die URL des Ziels (Kampagnen mit Klick-Tracking), ein angenommener Anruf oder ein Tastendruck während eines Anrufs</translation>
    </message>
    <message>
        <source>Success &amp;metric:</source>
        <translation>Erfolgs&amp;metrik:</translation>
    </message>
    <message>
        <source>https://… (a click here counts; empty: any tracked link)</source>
        <translation>https://… (ein Klick hierauf zählt; leer: jeder verfolgte Link)</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source> % of recipients</source>
        <translation> % der Empfänger</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Ziel&amp;wert:</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>How to write: voice, what to avoid (a language model gets this as is)</source>
        <translation>Wie geschrieben wird: Stil, was zu vermeiden ist (ein Sprachmodell erhält dies unverändert)</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>An&amp;weisungen:</translation>
    </message>
    <message>
        <source>&amp;Tone:</source>
        <translation>T&amp;onfall:</translation>
    </message>
    <message>
        <source>e.g. loyal customers</source>
        <translation>z. B. treue Kunden</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>Zi&amp;elgruppe:</translation>
    </message>
    <message>
        <source>One per line; the first is the email subject</source>
        <translation>Einer pro Zeile; der erste ist der E-Mail-Betreff</translation>
    </message>
    <message>
        <source>&amp;Key points:</source>
        <translation>&amp;Kernpunkte:</translation>
    </message>
    <message>
        <source>SMS at most (segments):</source>
        <translation>SMS höchstens (Segmente):</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>Email subject at most:</source>
        <translation>E-Mail-Betreff höchstens:</translation>
    </message>
    <message>
        <source>Draft for:</source>
        <translation>Entwurf für:</translation>
    </message>
    <message>
        <source>Draft:</source>
        <translation>Entwurf:</translation>
    </message>
    <message>
        <source>New writer</source>
        <translation>Neuer Texter</translation>
    </message>
    <message>
        <source>Goals and writers could not be read: %1</source>
        <translation>Ziele und Texter konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Add a goal to see the draft this writer makes for it.</source>
        <translation>Fügen Sie ein Ziel hinzu, um den Entwurf dieses Texters dafür zu sehen.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>Goal not saved</source>
        <translation>Ziel nicht gespeichert</translation>
    </message>
    <message>
        <source>Give the goal a name, then save it again.</source>
        <translation>Geben Sie dem Ziel einen Namen und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Goal “%1” was not saved: %2</source>
        <translation>Ziel „%1“ wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Goal “%1” saved.</source>
        <translation>Ziel „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Writer not saved</source>
        <translation>Texter nicht gespeichert</translation>
    </message>
    <message>
        <source>Give the writer a name, then save it again.</source>
        <translation>Geben Sie dem Texter einen Namen und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Writer “%1” was not saved: %2</source>
        <translation>Texter „%1“ wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Writer “%1” saved.</source>
        <translation>Texter „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Delete %1 “%2”? Campaigns that name it will ask for another in their readiness check.</source>
        <translation>%1 „%2“ löschen? Kampagnen, die darauf verweisen, verlangen in ihrer Bereitschaftsprüfung einen anderen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Deleted %1 “%2”.</source>
        <translation>%1 „%2“ gelöscht.</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>writer</source>
        <translation>Texter</translation>
    </message>
    <message>
        <source>Goals &amp; Writers sections</source>
        <translation>Bereiche „Ziele &amp; Texter“</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation>Noch keine Ziele</translation>
    </message>
    <message>
        <source>A goal is the outcome a campaign aims at, measured by its metric. Describe one on the right and Save.</source>
        <translation>Ein Ziel ist das Ergebnis, das eine Kampagne anstrebt, gemessen an seiner Metrik. Beschreiben Sie eines rechts und klicken Sie auf „Speichern“.</translation>
    </message>
    <message>
        <source>Writers</source>
        <translation>Texter</translation>
    </message>
    <message>
        <source>No writers yet</source>
        <translation>Noch keine Texter</translation>
    </message>
    <message>
        <source>A writer is the brief drafts follow: instructions, tone and key points. Describe one on the right and Save.</source>
        <translation>Ein Texter ist die Vorgabe, der Entwürfe folgen: Anweisungen, Tonfall und Kernpunkte. Beschreiben Sie einen rechts und klicken Sie auf „Speichern“.</translation>
    </message>
</context>
<context>
    <name>herald::ImportDialog</name>
    <message>
        <source>Import Contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>a .csv file: UTF-8, UTF-16 or Latin-1; comma, semicolon, tab or bar</source>
        <translation>eine .csv-Datei: UTF-8, UTF-16 oder Latin-1; Komma, Semikolon, Tab oder senkrechter Strich</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>an existing list, or a new name</source>
        <translation>eine vorhandene Liste oder ein neuer Name</translation>
    </message>
    <message>
        <source>Into &amp;list:</source>
        <translation>In &amp;Liste:</translation>
    </message>
    <message>
        <source>The country of phone numbers written without + and a country code</source>
        <translation>Das Land für Telefonnummern ohne + und Ländervorwahl</translation>
    </message>
    <message>
        <source>Phone &amp;region:</source>
        <translation>Telefon&amp;region:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Show this upload&apos;s follow-up in the campaign&apos;s detail</source>
        <translation>Die Nachverfolgung dieses Uploads in den Kampagnendetails anzeigen</translation>
    </message>
    <message>
        <source>Follow up in &amp;campaign:</source>
        <translation>Nachverfolgen in &amp;Kampagne:</translation>
    </message>
    <message>
        <source>Preview: the first rows, and the field each column goes to</source>
        <translation>Vorschau: die ersten Zeilen und das Feld, dem jede Spalte zugeordnet wird</translation>
    </message>
    <message>
        <source>The lists and campaigns to choose from could not all be read: %1</source>
        <translation>Nicht alle Listen und Kampagnen zur Auswahl konnten gelesen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Save &amp;rejected rows…</source>
        <translation>Abgelehnte &amp;Zeilen speichern…</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, %2-separated, %3 columns; %4</source>
        <translation>%1, getrennt durch %2, %3 Spalten; %4</translation>
    </message>
    <message>
        <source>Check the fields, then Import. Nothing is kept unless the whole file goes in.</source>
        <translation>Prüfen Sie die Felder, dann „Importieren“. Es wird nur etwas übernommen, wenn die ganze Datei importiert werden kann.</translation>
    </message>
    <message>
        <source>Name the list to import into.</source>
        <translation>Geben Sie die Liste an, in die importiert werden soll.</translation>
    </message>
    <message>
        <source>Importing %1 into %2…</source>
        <translation>%1 wird in %2 importiert…</translation>
    </message>
    <message>
        <source>%1 rows read from %2 into list %3. &lt;b&gt;Accepted: %4&lt;/b&gt;, rejected: %5, duplicates: %6, skipped (opted out): %7. Upload %8.</source>
        <translation>%1 Zeilen aus %2 in Liste %3 gelesen. &lt;b&gt;Übernommen: %4&lt;/b&gt;, abgelehnt: %5, Duplikate: %6, übersprungen (abgemeldet): %7. Upload %8.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Abgelehnte Zeilen speichern</translation>
    </message>
    <message>
        <source>-rejected.csv</source>
        <translation>-rejected.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Rejected rows saved to %1.</source>
        <translation>Abgelehnte Zeilen in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Stop importing %1? Nothing of it will be kept.</source>
        <translation>Import von %1 abbrechen? Davon wird nichts übernommen.</translation>
    </message>
    <message>
        <source>Stop Import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>herald::LaunchType</name>
    <message>
        <source>now</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>recurring</source>
        <translation>Wiederkehrend</translation>
    </message>
</context>
<context>
    <name>herald::ListsView</name>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>&amp;New list…</source>
        <translation>&amp;Neue Liste…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>Aus Liste &amp;entfernen</translation>
    </message>
    <message>
        <source>Takes the selected contacts out of this list; they stay contacts</source>
        <translation>Nimmt die gewählten Kontakte aus dieser Liste; sie bleiben Kontakte</translation>
    </message>
    <message>
        <source>No campaign sends to this list</source>
        <translation>Keine Kampagne sendet an diese Liste</translation>
    </message>
    <message>
        <source>Sent to by: %1</source>
        <translation>Verwendet von: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: the first %2 of %3 contacts</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: die ersten %2 von %3 Kontakten</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 contacts</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 Kontakte</translation>
    </message>
    <message>
        <source>No list yet: New list creates one, and CSV imports fill lists.</source>
        <translation>Noch keine Liste: „Neue Liste“ legt eine an, CSV-Importe füllen Listen.</translation>
    </message>
    <message>
        <source>New list</source>
        <translation>Neue Liste</translation>
    </message>
    <message>
        <source>Edit list</source>
        <translation>Liste bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>List not created</source>
        <translation>Liste nicht erstellt</translation>
    </message>
    <message>
        <source>List “%1” created.</source>
        <translation>Liste „%1“ erstellt.</translation>
    </message>
    <message>
        <source>List not saved</source>
        <translation>Liste nicht gespeichert</translation>
    </message>
    <message>
        <source>List “%1” saved.</source>
        <translation>Liste „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>List not deleted</source>
        <translation>Liste nicht gelöscht</translation>
    </message>
    <message>
        <source>Campaigns send to “%1”: %2. Give them another audience first.</source>
        <translation>Kampagnen senden an „%1“: %2. Geben Sie ihnen zuerst eine andere Zielgruppe.</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Liste löschen</translation>
    </message>
    <message>
        <source>Delete list “%1”? Its contacts stay; the reports of CSV imports into it go with it.</source>
        <translation>Liste „%1“ löschen? Ihre Kontakte bleiben erhalten; die Berichte der CSV-Importe in diese Liste werden mitgelöscht.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>List “%1” deleted.</source>
        <translation>Liste „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Take 1 contact out of “%1”?</source>
        <translation>1 Kontakt aus „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Take %1 contacts out of “%2”?</source>
        <translation>%1 Kontakte aus „%2“ entfernen?</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Aus Liste entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Nicht entfernt</translation>
    </message>
    <message>
        <source>Removed 1 contact from “%1”.</source>
        <translation>1 Kontakt aus „%1“ entfernt.</translation>
    </message>
    <message>
        <source>Removed %1 contacts from “%2”.</source>
        <translation>%1 Kontakte aus „%2“ entfernt.</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>No lists yet</source>
        <translation>Noch keine Listen</translation>
    </message>
    <message>
        <source>A campaign sends to the contacts of its lists. Importing a CSV file fills a list; New list… starts an empty one.</source>
        <translation>Eine Kampagne sendet an die Kontakte ihrer Listen. Ein CSV-Import füllt eine Liste; „Neue Liste…“ legt eine leere an.</translation>
    </message>
    <message>
        <source>New list…</source>
        <translation>Neue Liste…</translation>
    </message>
    <message>
        <source>Members of the list</source>
        <translation>Mitglieder der Liste</translation>
    </message>
    <message>
        <source>Only managers and administrators edit lists.</source>
        <translation>Nur Manager und Administratoren bearbeiten Listen.</translation>
    </message>
</context>
<context>
    <name>herald::MailboxDialog</name>
    <message>
        <source>Mailbox of %1</source>
        <translation>Postfach von %1</translation>
    </message>
    <message>
        <source>Bounces, spam complaints and replies come back to this mailbox. Herald reads it over TLS wherever it sends: a hard bounce fails its message and stops further mail to the address, a complaint opts the recipient out, replies appear in Communications. With a bounce address, each email is sent from its own address under it, so that every bounce finds its message.</source>
        <translation>Bounces, Spam-Beschwerden und Antworten kommen in dieses Postfach. Herald liest es über TLS, wo immer es sendet: Ein Hard Bounce lässt die Nachricht fehlschlagen und stoppt weitere Mails an die Adresse, eine Beschwerde meldet den Empfänger ab, Antworten erscheinen unter „Kommunikation“. Mit einer Bounce-Adresse wird jede E-Mail von einer eigenen Unteradresse gesendet, damit jeder Bounce seiner Nachricht zugeordnet wird.</translation>
    </message>
    <message>
        <source>e.g. imap.example.org; empty for none</source>
        <translation>z. B. imap.example.org; leer für keines</translation>
    </message>
    <message>
        <source>IMAP &amp;server:</source>
        <translation>IMAP-&amp;Server:</translation>
    </message>
    <message>
        <source>TLS (port 993)</source>
        <translation>TLS (Port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (Port 143)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>S&amp;icherheit:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Ord&amp;ner:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>unchanged; type to replace (kept in the system keyring)</source>
        <translation>unverändert; zum Ersetzen eingeben (im Systemschlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>im Systemschlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>only for a server with a private certificate</source>
        <translation>nur für einen Server mit privatem Zertifikat</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>e.g. bounces@example.org: mail sent from bounces+…@example.org</source>
        <translation>z. B. bounces@example.org: Mails werden von bounces+…@example.org gesendet</translation>
    </message>
    <message>
        <source>&amp;Bounce address:</source>
        <translation>Bo&amp;unce-Adresse:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Read every:</source>
        <translation>&amp;Abrufen alle:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Read &amp;now</source>
        <translation>Jetzt &amp;lesen</translation>
    </message>
    <message>
        <source>Reads the saved mailbox now</source>
        <translation>Liest das gespeicherte Postfach jetzt</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected: logged in over TLS and opened the folder.</source>
        <translation>Verbunden: über TLS angemeldet und den Ordner geöffnet.</translation>
    </message>
    <message>
        <source>Reading the mailbox…</source>
        <translation>Postfach wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Read %n mail(s): </source>
        <translation>
            <numerusform>%n Mail gelesen: </numerusform>
            <numerusform>%n Mails gelesen: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hard bounces, %2 soft bounces, %3 complaints, %4 replies, %5 automatic replies, %6 unsubscribes, %7 unmatched.</source>
        <translation>%1 Hard Bounces, %2 Soft Bounces, %3 Beschwerden, %4 Antworten, %5 automatische Antworten, %6 Abmeldungen, %7 nicht zugeordnet.</translation>
    </message>
</context>
<context>
    <name>herald::MainWindow</name>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Campaign Runs</source>
        <translation>Kampagnenläufe</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Goals &amp; Writers</source>
        <translation>Ziele &amp; Texter</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Contacts &amp; Segments</source>
        <translation>Kontakte &amp; Segmente</translation>
    </message>
    <message>
        <source>Number Pools</source>
        <translation>Nummernpools</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Choose a tenant</source>
        <translation>Mandant wählen</translation>
    </message>
    <message>
        <source>Pick the tenant to work in from the header; nothing is loaded until then.</source>
        <translation>Wählen Sie oben den Mandanten, in dem Sie arbeiten möchten; bis dahin wird nichts geladen.</translation>
    </message>
    <message>
        <source>%1 is no longer in a number pool.</source>
        <translation>%1 ist in keinem Nummernpool mehr.</translation>
    </message>
    <message>
        <source>&amp;New Campaign…</source>
        <translation>&amp;Neue Kampagne…</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
    <message>
        <source>Open a campaign that has run to print its report.</source>
        <translation>Öffnen Sie eine Kampagne, die bereits gelaufen ist, um ihren Bericht zu drucken.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Open &amp;Team Workspace…</source>
        <translation>&amp;Team-Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Herald</source>
        <translation>Ü&amp;ber Herald</translation>
    </message>
    <message>
        <source>About Herald</source>
        <translation>Über Herald</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sending is held:&lt;/b&gt; %1. Sending resumes by itself once there is space.</source>
        <translation>&lt;b&gt;Versand angehalten:&lt;/b&gt; %1. Der Versand wird automatisch fortgesetzt, sobald wieder Platz ist.</translation>
    </message>
    <message>
        <source>Sending resumed: the workspace&apos;s disk has space again.</source>
        <translation>Versand fortgesetzt: Der Datenträger des Arbeitsbereichs hat wieder Platz.</translation>
    </message>
    <message>
        <source>Choose a tenant…</source>
        <translation>Mandant wählen…</translation>
    </message>
    <message>
        <source>Open a Ready campaign and press Run (its readiness check says what is left).</source>
        <translation>Öffnen Sie eine startbereite Kampagne und klicken Sie auf „Ausführen“ (ihre Bereitschaftsprüfung zeigt, was noch fehlt).</translation>
    </message>
    <message>
        <source>Team workspace not opened</source>
        <translation>Team-Arbeitsbereich nicht geöffnet</translation>
    </message>
    <message>
        <source>Herald could not be started on the team workspace. Start it yourself with: herald --database &quot;%1&quot;</source>
        <translation>Herald konnte nicht mit dem Team-Arbeitsbereich gestartet werden. Starten Sie es selbst mit: herald --database &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Times in %1 (%2)</source>
        <translation>Zeiten in %1 (%2)</translation>
    </message>
    <message>
        <source>Every time shown is in the organisation&apos;s time zone, set in Settings → Organisations</source>
        <translation>Alle angezeigten Zeiten sind in der Zeitzone der Organisation, festgelegt unter Einstellungen → Organisationen</translation>
    </message>
    <message>
        <source>Choose a tenant to start.</source>
        <translation>Wählen Sie zum Beginnen einen Mandanten.</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Angemeldet als &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Create a campaign (Ctrl+N)</source>
        <translation>Kampagne erstellen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Launches missed while Herald was not running: %1. The Calendar offers to send, reschedule or skip them.</source>
        <translation>Verpasste Starts, während Herald nicht lief: %1. Im Kalender können Sie sie senden, neu planen oder überspringen.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <source>“%1” is no longer there.</source>
        <translation>„%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Kampagne bearbeiten</translation>
    </message>
    <message>
        <source>Calendar (%1 missed)</source>
        <translation>Kalender (%1 verpasst)</translation>
    </message>
    <message>
        <source>Runs may be sending</source>
        <translation>Läufe senden möglicherweise noch</translation>
    </message>
    <message>
        <source>Herald could not check whether runs are sending (%1). If you quit, sending stops until Herald or a heraldctl worker opens the workspace again.</source>
        <translation>Herald konnte nicht prüfen, ob Läufe senden (%1). Wenn Sie beenden, stoppt der Versand, bis Herald oder ein heraldctl-Worker den Arbeitsbereich wieder öffnet.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) are still sending, and no other window or worker sends for this team workspace. Pause them for everyone now (resume later from Herald or heraldctl), or keep sending in a background worker after this window closes?</source>
        <translation>
            <numerusform>%n Kanal sendet noch, und kein anderes Fenster und kein Worker sendet für diesen Team-Arbeitsbereich. Jetzt für alle pausieren (später in Herald oder heraldctl fortsetzen) oder nach dem Schließen dieses Fensters in einem Hintergrund-Worker weitersenden?</numerusform>
            <numerusform>%n Kanäle senden noch, und kein anderes Fenster und kein Worker sendet für diesen Team-Arbeitsbereich. Jetzt für alle pausieren (später in Herald oder heraldctl fortsetzen) oder nach dem Schließen dieses Fensters in einem Hintergrund-Worker weitersenden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) are still sending. Pause them now (resume later from Herald or heraldctl), or keep sending in a background worker after this window closes?</source>
        <translation>
            <numerusform>%n Kanal sendet noch. Jetzt pausieren (später in Herald oder heraldctl fortsetzen) oder nach dem Schließen dieses Fensters in einem Hintergrund-Worker weitersenden?</numerusform>
            <numerusform>%n Kanäle senden noch. Jetzt pausieren (später in Herald oder heraldctl fortsetzen) oder nach dem Schließen dieses Fensters in einem Hintergrund-Worker weitersenden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs are sending</source>
        <translation>Läufe senden</translation>
    </message>
    <message>
        <source>Keep sending in background</source>
        <translation>Im Hintergrund weitersenden</translation>
    </message>
    <message>
        <source>Pause and quit</source>
        <translation>Pausieren und beenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose &amp;Tenant…</source>
        <translation>&amp;Mandant wählen…</translation>
    </message>
</context>
<context>
    <name>herald::MessageStatus</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Assumed Delivered</source>
        <translation>Vermutlich zugestellt</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Timed Out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Opted Out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Dialing</source>
        <translation>Wählt</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Klingelt</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>No Answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Besetzt</translation>
    </message>
</context>
<context>
    <name>herald::MessageTableModel</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>State</source>
        <comment>message status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>why a message failed</comment>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>when the message was queued</comment>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>when the message was sent</comment>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Finished</source>
        <comment>when the message was delivered or gave up</comment>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Updated</source>
        <comment>when the message last changed status</comment>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>herald::NumberHealthTable</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>Dieser Lauf</translation>
    </message>
    <message>
        <source>Delivered / answered</source>
        <translation>Zugestellt / angenommen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Abmeldungen</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Double-click a number to open its record on the Number Pools page.</source>
        <translation>Doppelklicken Sie auf eine Nummer, um ihre Details auf der Seite „Nummernpools“ zu öffnen.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>In Quarantäne</translation>
    </message>
    <message>
        <source>Number pool health</source>
        <translation>Zustand der Nummernpools</translation>
    </message>
</context>
<context>
    <name>herald::NumberPoolsPage</name>
    <message>
        <source>Least used today</source>
        <translation>Heute am wenigsten genutzt</translation>
    </message>
    <message>
        <source>Sticky: a contact keeps their number</source>
        <translation>Fest: Ein Kontakt behält seine Nummer</translation>
    </message>
    <message>
        <source>Local presence: same area code</source>
        <translation>Lokale Präsenz: gleiche Vorwahl</translation>
    </message>
    <message>
        <source>Round-robin</source>
        <translation>Reihum</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>In Quarantäne</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>&amp;New pool…</source>
        <translation>&amp;Neuer Pool…</translation>
    </message>
    <message>
        <source>&amp;Delete pool</source>
        <translation>Pool &amp;löschen</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>&amp;Rotation:</source>
        <translation>&amp;Rotation:</translation>
    </message>
    <message>
        <source>Quarantine a number whose delivery or answer rate falls below this</source>
        <translation>Eine Nummer in Quarantäne nehmen, deren Zustell- oder Annahmequote darunter fällt</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> Nachrichten</translation>
    </message>
    <message>
        <source>over at least</source>
        <translation>über mindestens</translation>
    </message>
    <message>
        <source>&amp;Quarantine below:</source>
        <translation>&amp;Quarantäne unter:</translation>
    </message>
    <message>
        <source>the trunk&apos;s limit</source>
        <translation>Limit des Trunks</translation>
    </message>
    <message>
        <source>Phone: at most this many calls from the pool&apos;s numbers at once</source>
        <translation>Telefon: höchstens so viele gleichzeitige Anrufe von den Nummern des Pools</translation>
    </message>
    <message>
        <source>&amp;Calls at once:</source>
        <translation>Gl&amp;eichzeitige Anrufe:</translation>
    </message>
    <message>
        <source>A&amp;ttach to sender…</source>
        <translation>Absender &amp;zuordnen…</translation>
    </message>
    <message>
        <source>Used by:</source>
        <translation>Verwendet von:</translation>
    </message>
    <message>
        <source>&amp;Save pool</source>
        <translation>Pool &amp;speichern</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Today / cap</source>
        <translation>Heute / Limit</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Delivered / answered</source>
        <translation>Zugestellt / angenommen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Abmeldungen</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt genutzt</translation>
    </message>
    <message>
        <source>+447700900123</source>
        <translation>+447700900123</translation>
    </message>
    <message>
        <source>&amp;Add number</source>
        <translation>Nu&amp;mmer hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>Frei&amp;geben…</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> pro Tag</translation>
    </message>
    <message>
        <source>Set &amp;cap</source>
        <translation>Limi&amp;t setzen</translation>
    </message>
    <message>
        <source>Paste &amp;list…</source>
        <translation>Liste e&amp;infügen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Entf&amp;ernen</translation>
    </message>
    <message>
        <source>Number record</source>
        <translation>Nummerndetails</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>kein Grund erfasst</translation>
    </message>
    <message>
        <source>%1
%2 · %3 of %4 active</source>
        <translation>%1
%2 · %3 von %4 aktiv</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quarantined, not sending:&lt;/b&gt; </source>
        <translation>&lt;b&gt;In Quarantäne, sendet nicht:&lt;/b&gt; </translation>
    </message>
    <message>
        <source>. Select one and release it once the cause is fixed.</source>
        <translation>. Wählen Sie eine aus und geben Sie sie frei, sobald die Ursache behoben ist.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 / no cap</source>
        <translation>%1 / kein Limit</translation>
    </message>
    <message>
        <source>no sender</source>
        <translation>kein Absender</translation>
    </message>
    <message>
        <source>Select a number to see its record.</source>
        <translation>Wählen Sie eine Nummer, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source> (since %1)</source>
        <translation> (seit %1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;State: %2&lt;br&gt;Messages handed over: %3; delivered or answered: %4; failed: %5 (rate %6); opt-out replies: %7.&lt;br&gt;Last used: %8. Today: %9 of %10.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Status: %2&lt;br&gt;Übergebene Nachrichten: %3; zugestellt oder angenommen: %4; fehlgeschlagen: %5 (Quote %6); Abmelde-Antworten: %7.&lt;br&gt;Zuletzt genutzt: %8. Heute: %9 von %10.</translation>
    </message>
    <message>
        <source>Number pools</source>
        <translation>Nummernpools</translation>
    </message>
    <message>
        <source>Saved number pool %1.</source>
        <translation>Nummernpool %1 gespeichert.</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>%1 zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Added %1 numbers to %2.</source>
        <translation>%1 Nummern zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Release number</source>
        <translation>Nummer freigeben</translation>
    </message>
    <message>
        <source>Release %1? It was quarantined: %2.

It sends again from the next message on; if the cause is not fixed it will be quarantined again.</source>
        <translation>%1 freigeben? Die Nummer wurde in Quarantäne genommen: %2.

Sie sendet ab der nächsten Nachricht wieder; ist die Ursache nicht behoben, kommt sie erneut in Quarantäne.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>released by %1</source>
        <translation>freigegeben von %1</translation>
    </message>
    <message>
        <source>paused by %1</source>
        <translation>pausiert von %1</translation>
    </message>
    <message>
        <source>resumed by %1</source>
        <translation>fortgesetzt von %1</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Daily cap of %1 set.</source>
        <translation>Tageslimit von %1 festgelegt.</translation>
    </message>
    <message>
        <source>New number pool</source>
        <translation>Neuer Nummernpool</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Created number pool %1: add its numbers next.</source>
        <translation>Nummernpool %1 erstellt: Fügen Sie als Nächstes seine Nummern hinzu.</translation>
    </message>
    <message>
        <source>Pool not created</source>
        <translation>Pool nicht erstellt</translation>
    </message>
    <message>
        <source>Delete number pool</source>
        <translation>Nummernpool löschen</translation>
    </message>
    <message>
        <source>Delete number pool %1? Its numbers leave it; what they sent stays in the history.</source>
        <translation>Nummernpool %1 löschen? Seine Nummern werden entfernt; was sie gesendet haben, bleibt im Verlauf.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Pool not deleted</source>
        <translation>Pool nicht gelöscht</translation>
    </message>
    <message>
        <source>Deleted number pool %1.</source>
        <translation>Nummernpool %1 gelöscht.</translation>
    </message>
    <message>
        <source>Add numbers to %1</source>
        <translation>Nummern zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>One number per line, with + (or 00) and the country code. All of them are added, or none: every problem is listed first.</source>
        <translation>Eine Nummer pro Zeile, mit + (oder 00) und Ländervorwahl. Entweder werden alle hinzugefügt oder keine: Alle Probleme werden zuerst aufgelistet.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n number(s) to %1.</source>
        <translation>
            <numerusform>%n Nummer zu %1 hinzugefügt.</numerusform>
            <numerusform>%n Nummern zu %1 hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove number</source>
        <translation>Nummer entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the pool? Messages stop going out from it; its history stays, and adding it again brings it back with its counters.</source>
        <translation>%1 aus dem Pool entfernen? Von ihr werden keine Nachrichten mehr gesendet; ihr Verlauf bleibt, und erneutes Hinzufügen bringt sie mit ihren Zählern zurück.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Number not removed</source>
        <translation>Nummer nicht entfernt</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Attach %1 to a sender</source>
        <translation>%1 einem Absender zuordnen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Attach to sender</source>
        <translation>Absender zuordnen</translation>
    </message>
    <message>
        <source>There is no SMS or phone sender yet: add one in Settings → Senders.</source>
        <translation>Es gibt noch keinen SMS- oder Telefon-Absender: Fügen Sie einen unter Einstellungen → Absender hinzu.</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>&amp;Absender:</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>%1 sends from %2 now.</source>
        <translation>%1 sendet jetzt von %2.</translation>
    </message>
    <message>
        <source>No number pools yet</source>
        <translation>Noch keine Nummernpools</translation>
    </message>
    <message>
        <source>A pool holds the phone numbers SMS and calls go out from, taking turns by its rotation.</source>
        <translation>Ein Pool enthält die Telefonnummern, von denen SMS und Anrufe ausgehen, abwechselnd nach seiner Rotation.</translation>
    </message>
    <message>
        <source>New pool…</source>
        <translation>Neuer Pool…</translation>
    </message>
    <message>
        <source>Numbers in the pool</source>
        <translation>Nummern im Pool</translation>
    </message>
    <message>
        <source>No numbers in this pool</source>
        <translation>Keine Nummern in diesem Pool</translation>
    </message>
    <message>
        <source>Add one below in international form (+447700900123), or paste a list.</source>
        <translation>Fügen Sie unten eine im internationalen Format (+447700900123) hinzu oder fügen Sie eine Liste ein.</translation>
    </message>
    <message>
        <source>Paste list…</source>
        <translation>Liste einfügen…</translation>
    </message>
    <message>
        <source>New number</source>
        <translation>Neue Nummer</translation>
    </message>
    <message>
        <source>A phone number in international form, e.g. +447700900123</source>
        <translation>Eine Telefonnummer im internationalen Format, z. B. +447700900123</translation>
    </message>
</context>
<context>
    <name>herald::OptOutsView</name>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>all channels</source>
        <translation>alle Kanäle</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>I&amp;mport CSV…</source>
        <translation>CS&amp;V importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;: every change, newest first</source>
        <translation>&lt;b&gt;Verlauf&lt;/b&gt;: alle Änderungen, neueste zuerst</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Import Suppression List</source>
        <translation>Sperrliste importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Opt-out List</source>
        <translation>Abmeldeliste exportieren</translation>
    </message>
    <message>
        <source>opt-outs.csv</source>
        <translation>opt-outs.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Only managers and administrators change the opt-out list.</source>
        <translation>Nur Manager und Administratoren ändern die Abmeldeliste.</translation>
    </message>
    <message>
        <source>added (%1)</source>
        <translation>hinzugefügt (%1)</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>Add to the Opt-out List</source>
        <translation>Zur Abmeldeliste hinzufügen</translation>
    </message>
    <message>
        <source>an email address or a phone number</source>
        <translation>eine E-Mail-Adresse oder eine Telefonnummer</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Phone &amp;region:</source>
        <translation>Telefon&amp;region:</translation>
    </message>
    <message>
        <source>Opt Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>%1 is opted out of %2.</source>
        <translation>%1 ist abgemeldet: %2.</translation>
    </message>
    <message>
        <source>Remove from the Opt-out List</source>
        <translation>Von der Abmeldeliste entfernen</translation>
    </message>
    <message>
        <source>Take %1 off the opt-out list for %2? They may be messaged again.</source>
        <translation>%1 von der Abmeldeliste nehmen (%2)? Danach können wieder Nachrichten an diese Adresse gesendet werden.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1 is off the opt-out list for %2.</source>
        <translation>%1 ist nicht mehr auf der Abmeldeliste (%2).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 rows: %2 added, %3 already on the list, %4 rejected.</source>
        <translation>%1 Zeilen: %2 hinzugefügt, %3 bereits auf der Liste, %4 abgelehnt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Opt-out list exported to %1.</source>
        <translation>Abmeldeliste nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Opted-out addresses</source>
        <translation>Abgemeldete Adressen</translation>
    </message>
    <message>
        <source>Nobody has opted out</source>
        <translation>Niemand hat sich abgemeldet</translation>
    </message>
    <message>
        <source>Whoever replies STOP, unsubscribes or is added here is never messaged again on that channel.</source>
        <translation>Wer mit STOP antwortet, sich abmeldet oder hier hinzugefügt wird, erhält über diesen Kanal nie wieder Nachrichten.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Opt-out history</source>
        <translation>Abmeldeverlauf</translation>
    </message>
    <message>
        <source>Every change, newest first</source>
        <translation>Jede Änderung, neueste zuerst</translation>
    </message>
</context>
<context>
    <name>herald::PeopleView</name>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>The people who work in this organisation and what their role lets them do. People are deactivated, never deleted, so history keeps their names.</source>
        <translation>Die Personen, die in dieser Organisation arbeiten, und was ihre Rolle ihnen erlaubt. Personen werden deaktiviert, nie gelöscht, damit der Verlauf ihre Namen behält.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>Person hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>&amp;Rolle ändern…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Rea&amp;ctivate</source>
        <translation>Rea&amp;ktivieren</translation>
    </message>
    <message>
        <source>People could not be read: %1</source>
        <translation>Personen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated %1</source>
        <translation>Deaktiviert %1</translation>
    </message>
    <message>
        <source>Only administrators manage people.</source>
        <translation>Nur Administratoren verwalten Personen.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself: ask another administrator.</source>
        <translation>Sie können sich nicht selbst deaktivieren: Wenden Sie sich an einen anderen Administrator.</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>name@example.com (optional)</source>
        <translation>name@example.com (optional)</translation>
    </message>
    <message>
        <source>May look, change nothing.</source>
        <translation>Darf ansehen, aber nichts ändern.</translation>
    </message>
    <message>
        <source>May %1.</source>
        <translation>Darf %1.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Person not added</source>
        <translation>Person nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation>%1 als %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Change role of %1</source>
        <translation>Rolle von %1 ändern</translation>
    </message>
    <message>
        <source>Role not changed</source>
        <translation>Rolle nicht geändert</translation>
    </message>
    <message>
        <source>%1 is %2 now.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate %1? They can no longer act in Herald; their name stays in the history. An administrator can reactivate them.</source>
        <translation>%1 deaktivieren? Die Person kann in Herald nichts mehr tun; ihr Name bleibt im Verlauf. Ein Administrator kann sie reaktivieren.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Not reactivated</source>
        <translation>Nicht reaktiviert</translation>
    </message>
    <message>
        <source>Not deactivated</source>
        <translation>Nicht deaktiviert</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 ist wieder aktiv.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 ist deaktiviert.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>herald::ProviderBox</name>
    <message>
        <source>Channe&amp;l:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Provide&amp;r:</source>
        <translation>An&amp;bieter:</translation>
    </message>
    <message>
        <source>Provider settings</source>
        <translation>Anbietereinstellungen</translation>
    </message>
    <message>
        <source>Passwords are never stored in the workspace: one typed here is kept in the system keyring. On a machine without a keyring, name a file only its owner may read (chmod 600) or an environment variable that holds it instead.</source>
        <translation>Passwörter werden nie im Arbeitsbereich gespeichert: Ein hier eingegebenes Passwort kommt in den Systemschlüsselbund. Auf einem Rechner ohne Schlüsselbund geben Sie stattdessen eine Datei an, die nur ihr Eigentümer lesen darf (chmod 600), oder eine Umgebungsvariable, die es enthält.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Password &amp;file:</source>
        <translation>Passwort&amp;datei:</translation>
    </message>
    <message>
        <source>/etc/herald/password (mode 0600)</source>
        <translation>/etc/herald/password (Modus 0600)</translation>
    </message>
    <message>
        <source>Password &amp;variable:</source>
        <translation>Passwort&amp;variable:</translation>
    </message>
    <message>
        <source>an environment variable</source>
        <translation>eine Umgebungsvariable</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>587 (465 with implicit TLS)</source>
        <translation>587 (465 mit implizitem TLS)</translation>
    </message>
    <message>
        <source>T&amp;LS:</source>
        <translation>T&amp;LS:</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Zusätzliche &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>PEM; the system&apos;s CAs are always trusted</source>
        <translation>PEM; den CAs des Systems wird immer vertraut</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>empty: no authentication</source>
        <translation>leer: keine Authentifizierung</translation>
    </message>
    <message>
        <source>Co&amp;nnections:</source>
        <translation>Verbi&amp;ndungen:</translation>
    </message>
    <message>
        <source>Ti&amp;meout (ms):</source>
        <translation>Zeitli&amp;mit (ms):</translation>
    </message>
    <message>
        <source>&amp;Sendsms URL:</source>
        <translation>Sendsms-&amp;URL:</translation>
    </message>
    <message>
        <source>a sendsms-user of the gateway</source>
        <translation>ein sendsms-user des Gateways</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Absend&amp;er:</translation>
    </message>
    <message>
        <source>sender when the campaign&apos;s sender names none</source>
        <translation>Absender, wenn der Absender der Kampagne keinen angibt</translation>
    </message>
    <message>
        <source>SMS&amp;C id:</source>
        <translation>SMS&amp;C-ID:</translation>
    </message>
    <message>
        <source>empty: the gateway chooses</source>
        <translation>leer: das Gateway wählt</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>e.g. US: national numbers the gateway reports</source>
        <translation>z. B. DE: für nationale Nummern, die das Gateway meldet</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Lauschen auf:</translation>
    </message>
    <message>
        <source>empty: the organisation&apos;s listener, else 127.0.0.1:14013</source>
        <translation>leer: Listener der Organisation, sonst 127.0.0.1:14013</translation>
    </message>
    <message>
        <source>Call&amp;back URL:</source>
        <translation>Call&amp;back-URL:</translation>
    </message>
    <message>
        <source>empty: the organisation&apos;s public URL</source>
        <translation>leer: öffentliche URL der Organisation</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Fenster:</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>T&amp;ransport:</source>
        <translation>T&amp;ransport:</translation>
    </message>
    <message>
        <source>TLS &amp;authority:</source>
        <translation>TLS-&amp;Zertifizierungsstelle:</translation>
    </message>
    <message>
        <source>empty: the system&apos;s; a PEM file otherwise</source>
        <translation>leer: die des Systems; sonst eine PEM-Datei</translation>
    </message>
    <message>
        <source>empty: the trunk asks for no credentials</source>
        <translation>leer: Der Trunk verlangt keine Zugangsdaten</translation>
    </message>
    <message>
        <source>Caller ID &amp;domain:</source>
        <translation>Anrufer-&amp;ID-Domain:</translation>
    </message>
    <message>
        <source>empty: the proxy&apos;s host</source>
        <translation>leer: Host des Proxys</translation>
    </message>
    <message>
        <source>Caller ID &amp;format:</source>
        <translation>Anrufer-ID-&amp;Format:</translation>
    </message>
    <message>
        <source>Local &amp;address:</source>
        <translation>&amp;Lokale Adresse:</translation>
    </message>
    <message>
        <source>empty: the one that reaches the proxy</source>
        <translation>leer: die, über die der Proxy erreichbar ist</translation>
    </message>
    <message>
        <source>Ring &amp;timeout (s):</source>
        <translation>&amp;Klingeldauer (s):</translation>
    </message>
    <message>
        <source>&amp;Calls at once:</source>
        <translation>&amp;Gleichzeitige Anrufe:</translation>
    </message>
    <message>
        <source>Calls per &amp;minute:</source>
        <translation>Anrufe pro &amp;Minute:</translation>
    </message>
    <message>
        <source>&amp;Wait for a key (s):</source>
        <translation>Auf &amp;Taste warten (s):</translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation>&amp;Stimme:</translation>
    </message>
    <message>
        <source>en (espeak-ng voices: en-us, de, fr, ...)</source>
        <translation>en (espeak-ng-Stimmen: en-us, de, fr, ...)</translation>
    </message>
    <message>
        <source>&amp;Opt-out key:</source>
        <translation>A&amp;bmeldetaste:</translation>
    </message>
    <message>
        <source>&amp;Keys:</source>
        <translation>Tast&amp;en:</translation>
    </message>
    <message>
        <source>{&quot;1&quot;: &quot;call me back&quot;}</source>
        <translation>{&quot;1&quot;: &quot;bitte zurückrufen&quot;}</translation>
    </message>
    <message>
        <source>For replies, give the gateway&apos;s sms-service: get-url = &quot;%1&quot;</source>
        <translation>Für Antworten im sms-service des Gateways setzen: get-url = &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Only administrators change providers.</source>
        <translation>Nur Administratoren ändern Anbieter.</translation>
    </message>
    <message>
        <source>kept in the system keyring; type to replace it</source>
        <translation>im Systemschlüsselbund gespeichert; zum Ersetzen eingeben</translation>
    </message>
    <message>
        <source>type one to keep it in the system keyring instead</source>
        <translation>eines eingeben, um es stattdessen im Systemschlüsselbund zu speichern</translation>
    </message>
    <message>
        <source>kept in the system keyring when saved</source>
        <translation>wird beim Speichern im Systemschlüsselbund abgelegt</translation>
    </message>
    <message>
        <source>Messages are simulated: nothing to set.</source>
        <translation>Nachrichten werden simuliert: Nichts einzustellen.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 sends through %2. The desktop&apos;s dispatcher uses it from its next start.</source>
        <translation>%1 sendet über %2. Der Dispatcher der Desktop-Anwendung verwendet dies ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Bot API:</source>
        <translation>Bot-&amp;API:</translation>
    </message>
    <message>
        <source>empty: https://api.telegram.org</source>
        <translation>leer: https://api.telegram.org</translation>
    </message>
    <message>
        <source>Bot to&amp;ken:</source>
        <translation>Bot-Zu&amp;gangstoken:</translation>
    </message>
    <message>
        <source>from @BotFather, e.g. 123456:ABC-DEF…</source>
        <translation>von @BotFather, z. B. 123456:ABC-DEF…</translation>
    </message>
    <message>
        <source>Token &amp;file:</source>
        <translation>Token-&amp;Datei:</translation>
    </message>
    <message>
        <source>/etc/herald/telegram-token (mode 0600)</source>
        <translation>/etc/herald/telegram-token (Modus 0600)</translation>
    </message>
    <message>
        <source>Token &amp;variable:</source>
        <translation>Token-&amp;Variable:</translation>
    </message>
    <message>
        <source>Messa&amp;ges per second:</source>
        <translation>Nachrichten pro Sek&amp;unde:</translation>
    </message>
    <message>
        <source>Time per c&amp;hat (ms):</source>
        <translation>Zeit pro C&amp;hat (ms):</translation>
    </message>
    <message>
        <source>VAPID su&amp;bject:</source>
        <translation>VAPID-Sub&amp;jekt:</translation>
    </message>
    <message>
        <source>mailto:ops@example.org: whom push services may contact</source>
        <translation>mailto:ops@example.org: wen Push-Dienste erreichen können</translation>
    </message>
    <message>
        <source>Site ori&amp;gins:</source>
        <translation>Website-Ursprün&amp;ge:</translation>
    </message>
    <message>
        <source>https://shop.example, … : pages that subscribe browsers</source>
        <translation>https://shop.example, …: Seiten, die Browser anmelden</translation>
    </message>
    <message>
        <source>Ico&amp;n:</source>
        <translation>Symbo&amp;l:</translation>
    </message>
    <message>
        <source>https://… the notification&apos;s icon</source>
        <translation>https://… das Symbol der Benachrichtigung</translation>
    </message>
    <message>
        <source>De&amp;fault link:</source>
        <translation>Standardzi&amp;el:</translation>
    </message>
    <message>
        <source>where a click goes when the text has no link</source>
        <translation>wohin ein Klick führt, wenn der Text keinen Link hat</translation>
    </message>
    <message>
        <source>Urgenc&amp;y:</source>
        <translation>Dringlic&amp;hkeit:</translation>
    </message>
    <message>
        <source>empty: https://chatapi.viber.com/pa</source>
        <translation>leer: https://chatapi.viber.com/pa</translation>
    </message>
    <message>
        <source>Auth to&amp;ken:</source>
        <translation>Auth-&amp;Zugangstoken:</translation>
    </message>
    <message>
        <source>from the bot&apos;s page on Viber&apos;s Partners site</source>
        <translation>von der Seite des Bots auf Vibers Partner-Website</translation>
    </message>
    <message>
        <source>/etc/herald/viber-token (mode 0600)</source>
        <translation>/etc/herald/viber-token (Modus 0600)</translation>
    </message>
    <message>
        <source>C&amp;hat URI:</source>
        <translation>C&amp;hat-URI:</translation>
    </message>
    <message>
        <source>the bot&apos;s URI, for the links that link contacts</source>
        <translation>die URI des Bots, für die Links, die Kontakte verknüpfen</translation>
    </message>
    <message>
        <source>Avatar ima&amp;ge:</source>
        <translation>Avatar-Bil&amp;d:</translation>
    </message>
    <message>
        <source>https://… a JPEG beside the sender name</source>
        <translation>https://… ein JPEG neben dem Absendernamen</translation>
    </message>
    <message>
        <source>Messages per seco&amp;nd:</source>
        <translation>Nachrichten pro Sek&amp;unde:</translation>
    </message>
    <message>
        <source>For the site&apos;s code: applicationServerKey = &quot;%1&quot;. Give the organisation a listener and public URL for the site&apos;s subscriptions.</source>
        <translation>Für den Code der Website: applicationServerKey = &quot;%1&quot;. Geben Sie der Organisation einen Listener und eine öffentliche URL für die Anmeldungen der Website.</translation>
    </message>
    <message>
        <source>For the site&apos;s code: applicationServerKey = &quot;%1&quot;; subscriptions go to %2</source>
        <translation>Für den Code der Website: applicationServerKey = &quot;%1&quot;; Anmeldungen gehen an %2</translation>
    </message>
</context>
<context>
    <name>herald::ReadinessList</name>
    <message>
        <source>Readiness checklist</source>
        <translation>Bereitschafts-Checkliste</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Beheben: %1</translation>
    </message>
    <message>
        <source>Every check passes: the campaign can run.</source>
        <translation>Alle Prüfungen bestanden: Die Kampagne kann laufen.</translation>
    </message>
</context>
<context>
    <name>herald::RejectedRowsDialog</name>
    <message>
        <source>Rejected rows of upload %1</source>
        <translation>Abgelehnte Zeilen von Upload %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 into %2: %Ln row(s) rejected. Save them, correct them and import the file again.</source>
        <translation>
            <numerusform>%1 in %2: %Ln Zeile abgelehnt. Speichern und korrigieren Sie sie und importieren Sie die Datei erneut.</numerusform>
            <numerusform>%1 in %2: %Ln Zeilen abgelehnt. Speichern und korrigieren Sie sie und importieren Sie die Datei erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Row as read</source>
        <translation>Zeile wie gelesen</translation>
    </message>
    <message>
        <source>The rejected rows could not be read: %1</source>
        <translation>Die abgelehnten Zeilen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The first %1 are shown; Save has them all.</source>
        <translation>Die ersten %1 werden angezeigt; beim Speichern sind alle enthalten.</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>Als CSV &amp;speichern…</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Abgelehnte Zeilen speichern</translation>
    </message>
    <message>
        <source>-rejected.csv</source>
        <translation>-rejected.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>herald::RemarketDialog</name>
    <message>
        <source>Remarket %1</source>
        <translation>Nachfassen: %1</translation>
    </message>
    <message>
        <source>Create a new Draft campaign for some of the contacts of “%1”. It copies the content and senders and sends to exactly these contacts.</source>
        <translation>Eine neue Kampagne im Status „Entwurf“ für einen Teil der Kontakte von „%1“ erstellen. Sie übernimmt Inhalt und Absender und sendet genau an diese Kontakte.</translation>
    </message>
    <message>
        <source>&amp;Failed (and not reached another way)</source>
        <translation>&amp;Fehlgeschlagen (und nicht anders erreicht)</translation>
    </message>
    <message>
        <source>Did not &amp;reply</source>
        <translation>Nicht &amp;geantwortet</translation>
    </message>
    <message>
        <source>Did not &amp;answer the call</source>
        <translation>Anruf nicht &amp;angenommen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected in the task table (%n contact(s))</source>
        <translation>
            <numerusform>In der Aufgabentabelle ausge&amp;wählt (%n Kontakt)</numerusform>
            <numerusform>In der Aufgabentabelle ausge&amp;wählt (%n Kontakte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Wer:</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Results &amp;of:</source>
        <translation>Ergebnisse &amp;von:</translation>
    </message>
    <message>
        <source>Follow up by:</source>
        <translation>Nachfassen per:</translation>
    </message>
    <message>
        <source> follow-up</source>
        <translation> Nachfassaktion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Create follow-up</source>
        <translation>Nachfass-Kampagne erstellen</translation>
    </message>
    <message>
        <source>Nobody matches: choose other contacts.</source>
        <translation>Niemand passt: Wählen Sie andere Kontakte.</translation>
    </message>
    <message>
        <source>%1 contacts will be in the follow-up&apos;s list.</source>
        <translation>%1 Kontakte kommen in die Liste der Nachfass-Kampagne.</translation>
    </message>
    <message>
        <source>Remarket</source>
        <translation>Nachfassen</translation>
    </message>
</context>
<context>
    <name>herald::ReportDocument</name>
    <message>
        <source>The goal counts clicks, but this run did not track its links: turn on “Track link clicks” on the builder&apos;s Launch page for the next one.</source>
        <translation>Das Ziel zählt Klicks, aber dieser Lauf hat seine Links nicht verfolgt: Aktivieren Sie für den nächsten Lauf „Link-Klicks verfolgen“ auf der Seite „Start“ des Kampagneneditors.</translation>
    </message>
    <message>
        <source>Clicked a tracked link</source>
        <translation>Verfolgten Link geklickt</translation>
    </message>
    <message>
        <source>Clicked %1</source>
        <translation>%1 geklickt</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Geantwortet</translation>
    </message>
    <message>
        <source>Pressed a key during the call</source>
        <translation>Während des Anrufs eine Taste gedrückt</translation>
    </message>
    <message>
        <source>Answered the call</source>
        <translation>Anruf angenommen</translation>
    </message>
    <message>
        <source>The goal&apos;s metric “%1” is not one Herald counts: use clicks, replies, keypresses or answered calls.</source>
        <translation>Die Metrik „%1“ des Ziels wird von Herald nicht gezählt: Verwenden Sie Klicks, Antworten, Tastendrücke oder angenommene Anrufe.</translation>
    </message>
    <message>
        <source>%1 of %2 contacts called</source>
        <translation>%1 von %2 Kontakten angerufen</translation>
    </message>
    <message>
        <source>%1 of %2 contacts reached</source>
        <translation>%1 von %2 Kontakten erreicht</translation>
    </message>
    <message>
        <source>target %1, met</source>
        <translation>Zielwert %1, erreicht</translation>
    </message>
    <message>
        <source>target %1, not met</source>
        <translation>Zielwert %1, nicht erreicht</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Answer rate</source>
        <translation>Annahmequote</translation>
    </message>
    <message>
        <source>Average talk time</source>
        <translation>Ø Gesprächsdauer</translation>
    </message>
    <message>
        <source>Keys pressed</source>
        <translation>Gedrückte Tasten</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>opted out × %1</source>
        <translation>abgemeldet × %1</translation>
    </message>
    <message>
        <source>messages sent per minute</source>
        <translation>gesendete Nachrichten pro Minute</translation>
    </message>
    <message>
        <source>messages sent per %1 minutes</source>
        <translation>gesendete Nachrichten pro %1 Minuten</translation>
    </message>
    <message>
        <source>Test run #%1</source>
        <translation>Testlauf #%1</translation>
    </message>
    <message>
        <source>Live run #%1</source>
        <translation>Live-Lauf #%1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>campaign report</source>
        <translation>Kampagnenbericht</translation>
    </message>
</context>
<context>
    <name>herald::ReportView</name>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Of queued</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Disclaimer accepted</source>
        <translation>Erklärung akzeptiert</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>Failure reasons</source>
        <translation>Fehlergründe</translation>
    </message>
    <message>
        <source>Results per channel</source>
        <translation>Ergebnisse pro Kanal</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Number pool health</source>
        <translation>Zustand der Nummernpools</translation>
    </message>
    <message>
        <source>Numbers in this run</source>
        <translation>Nummern in diesem Lauf</translation>
    </message>
    <message>
        <source>CSV upload follow-up</source>
        <translation>CSV-Upload-Nachverfolgung</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Verlauf der Läufe</translation>
    </message>
    <message>
        <source>&lt;b&gt;This campaign has not run yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Diese Kampagne ist noch nicht gelaufen.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Link clicks</source>
        <translation>Link-Klicks</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Geantwortet</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Latency avg</source>
        <translation>Latenz Ø</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latenz p95</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>Konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>%1; %2 launch; content revision %3</source>
        <translation>%1; Startart %2; Inhaltsrevision %3</translation>
    </message>
    <message>
        <source>Throughput: messages sent per interval and channel</source>
        <translation>Durchsatz: gesendete Nachrichten pro Intervall und Kanal</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Campaign report</source>
        <translation>Kampagnenbericht</translation>
    </message>
    <message>
        <source>Enter opens the run&apos;s report</source>
        <translation>Eingabetaste öffnet den Bericht des Laufs</translation>
    </message>
    <message>
        <source>Clicked links</source>
        <translation>Angeklickte Links</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Noch keine Läufe</translation>
    </message>
    <message>
        <source>A test run sends the campaign to its test recipients only; Run… sends it to its audience.</source>
        <translation>Ein Testlauf sendet die Kampagne nur an ihre Testempfänger; „Ausführen…“ sendet sie an ihre Zielgruppe.</translation>
    </message>
    <message>
        <source>Test run…</source>
        <translation>Testlauf…</translation>
    </message>
    <message>
        <source>Each run of the campaign shows here with the configuration it ran with.</source>
        <translation>Jeder Lauf der Kampagne erscheint hier mit der Konfiguration, mit der er lief.</translation>
    </message>
</context>
<context>
    <name>herald::ReviewView</name>
    <message>
        <source>Re&amp;ject…</source>
        <translation>A&amp;blehnen…</translation>
    </message>
    <message>
        <source>Co&amp;mment…</source>
        <translation>Ko&amp;mmentieren…</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Reject content</source>
        <translation>Inhalt ablehnen</translation>
    </message>
    <message>
        <source>What should change before you approve it?</source>
        <translation>Was soll sich ändern, bevor Sie freigeben?</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Your comment on the content:</source>
        <translation>Ihr Kommentar zum Inhalt:</translation>
    </message>
    <message>
        <source>no reviewer chosen</source>
        <translation>kein Prüfer gewählt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved&lt;/b&gt; %1 (reviewer: %2).</source>
        <translation>&lt;b&gt;Freigegeben&lt;/b&gt; %1 (Prüfer: %2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changed since it was approved&lt;/b&gt; on %1: %2 must approve it again before it runs.</source>
        <translation>&lt;b&gt;Seit der Freigabe geändert&lt;/b&gt; am %1: %2 muss erneut freigeben, bevor die Kampagne läuft.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not approved yet&lt;/b&gt; (reviewer: %1).</source>
        <translation>&lt;b&gt;Noch nicht freigegeben&lt;/b&gt; (Prüfer: %1).</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>Preheader: %1</source>
        <translation>Preheader: %1</translation>
    </message>
    <message>
        <source>Attachment: %1 (%2, %3, SHA-256 %4)</source>
        <translation>Anhang: %1 (%2, %3, SHA-256 %4)</translation>
    </message>
    <message>
        <source>Text part:</source>
        <translation>Textteil:</translation>
    </message>
    <message>
        <source>This campaign has no channels yet.</source>
        <translation>Diese Kampagne hat noch keine Kanäle.</translation>
    </message>
    <message>
        <source>No findings about the content.</source>
        <translation>Keine Befunde zum Inhalt.</translation>
    </message>
    <message>
        <source>Reviewers and admins approve content.</source>
        <translation>Prüfer und Admins geben Inhalte frei.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Approved the content of %1.</source>
        <translation>Inhalt von %1 freigegeben.</translation>
    </message>
    <message>
        <source>Sent the content of %1 back.</source>
        <translation>Inhalt von %1 zurückgewiesen.</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Content under review</source>
        <translation>Zu prüfender Inhalt</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>Prüfverlauf</translation>
    </message>
</context>
<context>
    <name>herald::Role</name>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>support</source>
        <translation>Support</translation>
    </message>
</context>
<context>
    <name>herald::RowActionsDelegate</name>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>More ▾</source>
        <translation>Mehr ▾</translation>
    </message>
</context>
<context>
    <name>herald::RunDialog</name>
    <message>
        <source>Test run</source>
        <translation>Testlauf</translation>
    </message>
    <message>
        <source>Run campaign</source>
        <translation>Kampagne ausführen</translation>
    </message>
    <message numerus="yes">
        <source>%1 channel started in run #%2: %Ln message(s) queued</source>
        <translation>
            <numerusform>%1-Kanal in Lauf #%2 gestartet: %Ln Nachricht eingereiht</numerusform>
            <numerusform>%1-Kanal in Lauf #%2 gestartet: %Ln Nachrichten eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 #%2 started: %Ln message(s) queued</source>
        <translation>
            <numerusform>%1 #%2 gestartet: %Ln Nachricht eingereiht</numerusform>
            <numerusform>%1 #%2 gestartet: %Ln Nachrichten eingereiht</numerusform>
        </translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; message(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Nachricht</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Untick to hold this channel: it stays Ready in this run, and you start it later from the campaign&apos;s page</source>
        <translation>Haken entfernen, um diesen Kanal zurückzuhalten: Er bleibt in diesem Lauf „Bereit“, und Sie starten ihn später auf der Seite der Kampagne</translation>
    </message>
    <message>
        <source>Test recipients</source>
        <translation>Testempfänger</translation>
    </message>
    <message>
        <source>Messages this run sends</source>
        <translation>Nachrichten dieses Laufs</translation>
    </message>
    <message>
        <source>Forecast if started now</source>
        <translation>Prognose bei Start jetzt</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Queueing %v of %m</source>
        <translation>Einreihen: %v von %m</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Test senden</translation>
    </message>
    <message>
        <source>Held: %1. Held channels stay Ready in this run; start them later from the campaign&apos;s page.</source>
        <translation>Zurückgehalten: %1. Zurückgehaltene Kanäle bleiben in diesem Lauf „Bereit“; starten Sie sie später auf der Seite der Kampagne.</translation>
    </message>
    <message>
        <source>Tick at least one channel to start.</source>
        <translation>Wählen Sie mindestens einen Kanal zum Starten.</translation>
    </message>
    <message>
        <source>This run cannot start until these are fixed:</source>
        <translation>Dieser Lauf kann erst starten, wenn Folgendes behoben ist:</translation>
    </message>
    <message>
        <source>Accept the disclaimer to run</source>
        <translation>Akzeptieren Sie die Erklärung, um den Lauf zu starten</translation>
    </message>
    <message>
        <source>Alex</source>
        <translation>Alex</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>a sample contact</source>
        <translation>ein Beispielkontakt</translation>
    </message>
    <message>
        <source>As %1 hears it:</source>
        <translation>So hört es %1:</translation>
    </message>
    <message>
        <source>As %1 receives it:</source>
        <translation>So erhält es %1:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Preheader:</source>
        <translation>Preheader:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Anhänge:</translation>
    </message>
    <message>
        <source>I con&amp;firm all four statements</source>
        <translation>Ich &amp;bestätige alle vier Aussagen</translation>
    </message>
    <message>
        <source>Each message Viber accepts costs a credit.</source>
        <translation>Jede Nachricht, die Viber annimmt, kostet ein Guthaben.</translation>
    </message>
</context>
<context>
    <name>herald::RunKind</name>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>live</source>
        <translation>Live</translation>
    </message>
</context>
<context>
    <name>herald::RunListModel</name>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Gestartet von</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>The run could not start; its campaign&apos;s report lists why.</source>
        <translation>Der Lauf konnte nicht starten; der Bericht der Kampagne nennt die Gründe.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Started by %1; nobody accepted the disclaimer (nothing was sent).</source>
        <translation>Gestartet von %1; niemand hat die Erklärung akzeptiert (nichts wurde gesendet).</translation>
    </message>
    <message>
        <source>Started by %1; disclaimer accepted by %2 at %3.</source>
        <translation>Gestartet von %1; Erklärung akzeptiert von %2 um %3.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>could not start</source>
        <translation>konnte nicht starten</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <source>%1 (disclaimer: %2)</source>
        <translation>%1 (Erklärung: %2)</translation>
    </message>
</context>
<context>
    <name>herald::RunsPage</name>
    <message>
        <source>Campaign name or ID, or #run</source>
        <translation>Kampagnenname oder ID, oder #Lauf</translation>
    </message>
    <message>
        <source>Search runs</source>
        <translation>Läufe suchen</translation>
    </message>
    <message>
        <source>Run kind</source>
        <translation>Laufart</translation>
    </message>
    <message>
        <source>Test and live runs</source>
        <translation>Test- und Live-Läufe</translation>
    </message>
    <message>
        <source>Live runs</source>
        <translation>Live-Läufe</translation>
    </message>
    <message>
        <source>Test runs</source>
        <translation>Testläufe</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Any trigger</source>
        <translation>Alle Auslöser</translation>
    </message>
    <message>
        <source>Campaign runs</source>
        <translation>Kampagnenläufe</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the campaign on that run.</source>
        <translation>Doppelklicken oder Enter drücken, um die Kampagne bei diesem Lauf zu öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln Lauf</numerusform>
            <numerusform>%Ln Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>(the newest %L1)</source>
        <translation>(die neuesten %L1)</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Noch keine Läufe</translation>
    </message>
    <message>
        <source>A campaign&apos;s Run… starts one, and its Test run… tries it on the test recipients; each run shows here with what became of its messages.</source>
        <translation>„Ausführen…“ einer Kampagne startet einen Lauf, „Testlauf…“ probiert ihn an den Testempfängern aus; jeder Lauf erscheint hier mit dem Verbleib seiner Nachrichten.</translation>
    </message>
    <message>
        <source>No runs match these filters</source>
        <translation>Keine Läufe entsprechen diesen Filtern</translation>
    </message>
    <message>
        <source>No runs match “%1”</source>
        <translation>Keine Läufe für „%1“</translation>
    </message>
    <message>
        <source>The search looks at campaign names and IDs, or a run&apos;s #number.</source>
        <translation>Die Suche durchsucht Kampagnennamen und -IDs oder die #Nummer eines Laufs.</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>herald::SafeHtmlView</name>
    <message>
        <source>Image not loaded: %1</source>
        <translation>Bild nicht geladen: %1</translation>
    </message>
</context>
<context>
    <name>herald::SegmentEditor</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Bedingung entfernen</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Übereinstimmung mit</translation>
    </message>
    <message>
        <source>all</source>
        <translation>allen</translation>
    </message>
    <message>
        <source>any</source>
        <translation>einer</translation>
    </message>
    <message>
        <source>of these conditions:</source>
        <translation>dieser Bedingungen:</translation>
    </message>
    <message>
        <source>Remove this group and its conditions</source>
        <translation>Diese Gruppe und ihre Bedingungen entfernen</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Gruppe entfernen</translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation>+ Bedingung</translation>
    </message>
    <message>
        <source>Add a condition to this group</source>
        <translation>Dieser Gruppe eine Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ Gruppe</translation>
    </message>
    <message>
        <source>Add a group whose conditions are matched together</source>
        <translation>Eine Gruppe hinzufügen, deren Bedingungen gemeinsam geprüft werden</translation>
    </message>
    <message>
        <source>These rules cannot be shown as conditions (%1). They are kept as they are until you change them here.</source>
        <translation>Diese Regeln können nicht als Bedingungen angezeigt werden (%1). Sie bleiben unverändert, bis Sie sie hier ändern.</translation>
    </message>
</context>
<context>
    <name>herald::SegmentsView</name>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Ne&amp;w segment</source>
        <translation>N&amp;eues Segment</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the segment (Del); campaigns that use it will be told in their readiness check</source>
        <translation>Segment löschen (Del); Kampagnen, die es verwenden, werden in ihrer Bereitschaftsprüfung darauf hingewiesen</translation>
    </message>
    <message>
        <source>Name shown when choosing segments for a campaign</source>
        <translation>Name, der bei der Auswahl von Segmenten für eine Kampagne angezeigt wird</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the segment (Ctrl+S)</source>
        <translation>Segment speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>Only managers and administrators edit segments.</source>
        <translation>Nur Manager und Administratoren bearbeiten Segmente.</translation>
    </message>
    <message>
        <source>Cannot count: %1</source>
        <translation>Zählen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>1 contact matches</source>
        <translation>1 Kontakt passt</translation>
    </message>
    <message>
        <source>%1 contacts match</source>
        <translation>%1 Kontakte passen</translation>
    </message>
    <message>
        <source>, %1 of them opted out of every channel</source>
        <translation>, davon %1 von allen Kanälen abgemeldet</translation>
    </message>
    <message>
        <source>The first %1:</source>
        <translation>Die ersten %1:</translation>
    </message>
    <message>
        <source>Segment not saved</source>
        <translation>Segment nicht gespeichert</translation>
    </message>
    <message>
        <source>Give the segment a name, then save it again.</source>
        <translation>Geben Sie dem Segment einen Namen und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Segment “%1” was not saved: %2</source>
        <translation>Segment „%1“ wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Segment “%1” saved.</source>
        <translation>Segment „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete segment “%1”?</source>
        <translation>Segment „%1“ löschen?</translation>
    </message>
    <message>
        <source>These campaigns use it and will not pass their readiness check until another segment is chosen: %1.</source>
        <translation>Diese Kampagnen verwenden es und bestehen ihre Bereitschaftsprüfung erst, wenn ein anderes Segment gewählt ist: %1.</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Segment löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Segment not deleted</source>
        <translation>Segment nicht gelöscht</translation>
    </message>
    <message>
        <source>Segment “%1” deleted.</source>
        <translation>Segment „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Unsaved segment</source>
        <translation>Ungespeichertes Segment</translation>
    </message>
    <message>
        <source>Segment “%1” has unsaved changes.</source>
        <translation>Segment „%1“ hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>No segments yet</source>
        <translation>Noch keine Segmente</translation>
    </message>
    <message>
        <source>A segment picks contacts by their fields, tags and lists. Name it and set its conditions on the right, then Save.</source>
        <translation>Ein Segment wählt Kontakte nach Feldern, Tags und Listen aus. Benennen Sie es, legen Sie rechts die Bedingungen fest und klicken Sie auf „Speichern“.</translation>
    </message>
    <message>
        <source>Segment conditions</source>
        <translation>Segmentbedingungen</translation>
    </message>
    <message>
        <source>Sample of the segment&apos;s contacts</source>
        <translation>Stichprobe der Kontakte des Segments</translation>
    </message>
</context>
<context>
    <name>herald::SendersView</name>
    <message>
        <source>Who messages come from: email identities, SMS sender IDs or number pools, caller IDs from a pool, Viber sender names, Telegram bots. Campaigns choose one per channel; a paused sender stops them at the readiness check.</source>
        <translation>Von wem Nachrichten kommen: E-Mail-Identitäten, SMS-Absenderkennungen oder Nummernpools, Anrufer-IDs aus einem Pool, Viber-Absendernamen, Telegram-Bots. Kampagnen wählen einen pro Kanal; ein pausierter Absender hält sie bei der Bereitschaftsprüfung auf.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address or pool</source>
        <translation>Adresse oder Pool</translation>
    </message>
    <message>
        <source>Reply-to</source>
        <translation>Antwort an</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add sender…</source>
        <translation>Absender hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Senders could not be read: %1</source>
        <translation>Absender konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>pool %1</source>
        <translation>Pool %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Only administrators manage senders.</source>
        <translation>Nur Administratoren verwalten Absender.</translation>
    </message>
    <message>
        <source>Add sender</source>
        <translation>Absender hinzufügen</translation>
    </message>
    <message>
        <source>Edit sender %1</source>
        <translation>Absender %1 bearbeiten</translation>
    </message>
    <message>
        <source>optional: where replies go</source>
        <translation>optional: wohin Antworten gehen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>From &amp;address:</source>
        <translation>Absender&amp;adresse:</translation>
    </message>
    <message>
        <source>Reply-&amp;to:</source>
        <translation>An&amp;twort an:</translation>
    </message>
    <message>
        <source>Number &amp;pool:</source>
        <translation>Nummern&amp;pool:</translation>
    </message>
    <message>
        <source>The name and address recipients see in From.</source>
        <translation>Name und Adresse, die Empfänger unter „Von“ sehen.</translation>
    </message>
    <message>
        <source>An alphanumeric sender ID (up to 11 letters, digits or spaces), or a number pool to send from its numbers.</source>
        <translation>Eine alphanumerische Absenderkennung (bis zu 11 Buchstaben, Ziffern oder Leerzeichen) oder ein Nummernpool, um von dessen Nummern zu senden.</translation>
    </message>
    <message>
        <source>Calls come from the numbers of the pool.</source>
        <translation>Anrufe kommen von den Nummern des Pools.</translation>
    </message>
    <message>
        <source>The sender name recipients see (at most 28 characters).</source>
        <translation>Der Absendername, den Empfänger sehen (höchstens 28 Zeichen).</translation>
    </message>
    <message>
        <source>The site&apos;s name.</source>
        <translation>Der Name der Website.</translation>
    </message>
    <message>
        <source>Added sender %1.</source>
        <translation>Absender %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved sender %1.</source>
        <translation>Absender %1 gespeichert.</translation>
    </message>
    <message>
        <source>Sender not added</source>
        <translation>Absender nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Sender not saved</source>
        <translation>Absender nicht gespeichert</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Sender %1 is paused: campaigns using it stop at their readiness check.</source>
        <translation>Absender %1 ist pausiert: Kampagnen, die ihn verwenden, werden bei der Bereitschaftsprüfung aufgehalten.</translation>
    </message>
    <message>
        <source>Sender %1 is active again.</source>
        <translation>Absender %1 ist wieder aktiv.</translation>
    </message>
    <message>
        <source>Delete sender</source>
        <translation>Absender löschen</translation>
    </message>
    <message>
        <source>Delete the %1 sender %2? Runs that used it keep it in their history.</source>
        <translation>%1-Absender %2 löschen? Läufe, die ihn verwendet haben, behalten ihn in ihrem Verlauf.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Sender not deleted</source>
        <translation>Absender nicht gelöscht</translation>
    </message>
    <message>
        <source>Deleted sender %1.</source>
        <translation>Absender %1 gelöscht.</translation>
    </message>
    <message>
        <source>The bot&apos;s username, ending in “bot”.</source>
        <translation>Der Benutzername des Bots, endet auf „bot“.</translation>
    </message>
</context>
<context>
    <name>herald::SettingsPage</name>
    <message>
        <source>Setup &amp;assistant…</source>
        <translation>Ei&amp;nrichtungsassistent…</translation>
    </message>
    <message>
        <source>The organisation, its sending, a sender and teammates, step by step</source>
        <translation>Organisation, Versand, Absender und Teammitglieder, Schritt für Schritt</translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation>Anb&amp;ieter</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>Se&amp;nders</source>
        <translation>Absende&amp;r</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisationen</translation>
    </message>
    <message>
        <source>This &amp;computer</source>
        <translation>Dieser &amp;Computer</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language: %1, from Herald&apos;s next start</source>
        <translation>Sprache: %1, ab dem nächsten Start von Herald</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Einstellungsbereiche</translation>
    </message>
    <message>
        <source>The desktop&apos;s</source>
        <translation>Wie Desktop</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>Erscheinungs&amp;bild:</translation>
    </message>
    <message>
        <source>Both apply from Herald&apos;s next start. Dates and numbers follow the language.</source>
        <translation>Beides gilt ab dem nächsten Start von Herald. Datums- und Zahlenformate folgen der Sprache.</translation>
    </message>
    <message>
        <source>Appearance: %1, from Herald&apos;s next start</source>
        <translation>Erscheinungsbild: %1, ab dem nächsten Start von Herald</translation>
    </message>
</context>
<context>
    <name>herald::SetupAssistant</name>
    <message>
        <source>Set up Herald</source>
        <translation>Herald einrichten</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Ihre Organisation</translation>
    </message>
    <message>
        <source>Herald keeps everything of an organisation together: its people, contacts, senders and campaigns. Name it, and say where it works.</source>
        <translation>Herald hält alles einer Organisation zusammen: ihre Personen, Kontakte, Absender und Kampagnen. Geben Sie ihr einen Namen und sagen Sie, wo sie arbeitet.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>New campaigns send only &amp;between</source>
        <translation>Neue Kampagnen &amp;senden nur zwischen</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Send window:</source>
        <translation>Sendefenster:</translation>
    </message>
    <message>
        <source>Hours are the recipient&apos;s own. Without a window, SMS and calls go out between 08:00 and 21:00 and email at any time; each campaign channel can set its own.</source>
        <translation>Die Uhrzeiten gelten in der Zeitzone des Empfängers. Ohne Fenster gehen SMS und Anrufe zwischen 08:00 und 21:00 Uhr hinaus, E-Mails jederzeit; jeder Kampagnenkanal kann ein eigenes festlegen.</translation>
    </message>
    <message>
        <source>You, its first administrator</source>
        <translation>Sie als erster Administrator</translation>
    </message>
    <message>
        <source>Administrators set up sending, senders, number pools and people. Your name is what the history shows beside what you do.</source>
        <translation>Administratoren richten Versand, Absender, Nummernpools und Personen ein. Ihr Name erscheint im Verlauf neben Ihren Aktionen.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Your &amp;email:</source>
        <translation>Ihre &amp;E-Mail:</translation>
    </message>
    <message>
        <source>Sending email (optional)</source>
        <translation>E-Mail-Versand (optional)</translation>
    </message>
    <message>
        <source>Sending SMS (optional)</source>
        <translation>SMS-Versand (optional)</translation>
    </message>
    <message>
        <source>Herald hands email to your SMTP server. Fill in its settings and test the connection; or go on and do it later in Settings → Providers.</source>
        <translation>Herald übergibt E-Mails an Ihren SMTP-Server. Tragen Sie seine Einstellungen ein und testen Sie die Verbindung – oder fahren Sie fort und erledigen Sie das später unter Einstellungen → Anbieter.</translation>
    </message>
    <message>
        <source>Herald sends SMS through a Kannel gateway. Fill in its settings and test the connection; or go on and do it later in Settings → Providers.</source>
        <translation>Herald sendet SMS über ein Kannel-Gateway. Tragen Sie seine Einstellungen ein und testen Sie die Verbindung – oder fahren Sie fort und erledigen Sie das später unter Einstellungen → Anbieter.</translation>
    </message>
    <message>
        <source>Who your email comes from (optional)</source>
        <translation>Von wem Ihre E-Mails kommen (optional)</translation>
    </message>
    <message>
        <source>The name and address recipients see. More senders (SMS sender IDs, caller IDs from number pools) are added in Settings → Senders. Leave it empty to skip.</source>
        <translation>Name und Adresse, die Empfänger sehen. Weitere Absender (SMS-Absenderkennungen, Anrufer-IDs aus Nummernpools) fügen Sie unter Einstellungen → Absender hinzu. Zum Überspringen leer lassen.</translation>
    </message>
    <message>
        <source>optional: where replies go</source>
        <translation>optional: wohin Antworten gehen</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>Absender&amp;name:</translation>
    </message>
    <message>
        <source>From &amp;address:</source>
        <translation>Absender&amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;Reply-to:</source>
        <translation>&amp;Antwort an:</translation>
    </message>
    <message>
        <source>Teammates (optional)</source>
        <translation>Teammitglieder (optional)</translation>
    </message>
    <message>
        <source>Who else works in Herald: a reviewer approves each campaign&apos;s content before it runs; managers build and run campaigns. More in Settings → People.</source>
        <translation>Wer sonst noch in Herald arbeitet: Ein Prüfer gibt den Inhalt jeder Kampagne vor dem Start frei; Manager erstellen und starten Kampagnen. Mehr unter Einstellungen → Personen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Add &amp;teammate</source>
        <translation>&amp;Teammitglied hinzufügen</translation>
    </message>
    <message>
        <source>%1 is set up.</source>
        <translation>%1 ist eingerichtet.</translation>
    </message>
</context>
<context>
    <name>herald::StatisticsPage</name>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Geantwortet</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Delivered %</source>
        <translation>Zugestellt %</translation>
    </message>
    <message>
        <source>Failed %</source>
        <translation>Fehlgeschlagen %</translation>
    </message>
    <message>
        <source>Opted out %</source>
        <translation>Abgemeldet %</translation>
    </message>
    <message>
        <source>Replied %</source>
        <translation>Geantwortet %</translation>
    </message>
    <message>
        <source>Answered %</source>
        <translation>Angenommen %</translation>
    </message>
    <message>
        <source>Conversion %</source>
        <translation>Konversion %</translation>
    </message>
    <message>
        <source>Goal target %</source>
        <translation>Zielwert %</translation>
    </message>
    <message>
        <source>Sent / min</source>
        <translation>Gesendet / min</translation>
    </message>
    <message>
        <source>SMS segments</source>
        <translation>SMS-Segmente</translation>
    </message>
    <message>
        <source>Minutes to complete</source>
        <translation>Minuten bis Abschluss</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Tick campaigns to compare, or choose a campaign&apos;s runs.</source>
        <translation>Haken Sie Kampagnen zum Vergleichen an oder wählen Sie die Läufe einer Kampagne.</translation>
    </message>
    <message>
        <source>&amp;Campaigns side by side</source>
        <translation>&amp;Kampagnen nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Runs of one campaign</source>
        <translation>&amp;Läufe einer Kampagne</translation>
    </message>
    <message>
        <source>Campaigns to compare</source>
        <translation>Zu vergleichende Kampagnen</translation>
    </message>
    <message>
        <source>Campaign whose runs to compare</source>
        <translation>Kampagne, deren Läufe verglichen werden</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>Statistik exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Each run of the campaign, a row per channel, with its frozen configuration.</source>
        <translation>Jeder Lauf der Kampagne, eine Zeile pro Kanal, mit seiner eingefrorenen Konfiguration.</translation>
    </message>
    <message>
        <source>Each ticked campaign by its newest live run, a row per channel.</source>
        <translation>Jede angehakte Kampagne mit ihrem neuesten Live-Lauf, eine Zeile pro Kanal.</translation>
    </message>
    <message>
        <source>Rates are of the messages queued; SMS segments are counted from the frozen text for each message sent.</source>
        <translation>Quoten beziehen sich auf die eingereihten Nachrichten; SMS-Segmente werden aus dem eingefrorenen Text jeder gesendeten Nachricht gezählt.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <source>Statistics saved to %1.</source>
        <translation>Statistik in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Herald statistics</source>
        <translation>Herald-Statistik</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>PDF kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>Runs of %1</source>
        <translation>Läufe von %1</translation>
    </message>
    <message>
        <source>Campaigns side by side</source>
        <translation>Kampagnen nebeneinander</translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation>Vergleichsdiagramm</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Verglichen</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Statistics compared</source>
        <translation>Statistikvergleich</translation>
    </message>
    <message>
        <source>Messages, rates and timing of the chosen campaigns or runs</source>
        <translation>Nachrichten, Raten und Zeitverhalten der gewählten Kampagnen oder Läufe</translation>
    </message>
</context>
<context>
    <name>herald::TasksView</name>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>Kanalfilter</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Lauf:</translation>
    </message>
    <message>
        <source>Messages of the run</source>
        <translation>Nachrichten des Laufs</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>Noch kein Lauf.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::TeamWorkspaceDialog</name>
    <message>
        <source>Open Team Workspace</source>
        <translation>Team-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>A team workspace is a PostgreSQL database your team shares. You work in it as your database login; your admin gives you one.</source>
        <translation>Ein Team-Arbeitsbereich ist eine PostgreSQL-Datenbank, die Ihr Team gemeinsam nutzt. Sie arbeiten darin mit Ihrem Datenbank-Login; Ihr Admin gibt Ihnen eines.</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>%1 on %2 as %3</source>
        <translation>%1 auf %2 als %3</translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder such as /run/postgresql</source>
        <translation>db.example.com oder ein Socket-Ordner wie /run/postgresql</translation>
    </message>
    <message>
        <source>empty: ~/.pgpass, a service file or the server decides</source>
        <translation>leer: ~/.pgpass, eine Service-Datei oder der Server entscheidet</translation>
    </message>
    <message>
        <source>Keep the password in the system keyring</source>
        <translation>Passwort im Systemschlüsselbund speichern</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Zuletzt:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Name the database (ask your admin; often &quot;herald&quot;).</source>
        <translation>Geben Sie die Datenbank an (fragen Sie Ihren Admin; oft „herald“).</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Password not kept</source>
        <translation>Passwort nicht gespeichert</translation>
    </message>
    <message>
        <source>Connected, but the password could not be kept in the keyring: %1</source>
        <translation>Verbunden, aber das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>herald::TelegramProvider</name>
    <message>
        <source>the bot @%1 (%2) answers</source>
        <translation>der Bot @%1 (%2) antwortet</translation>
    </message>
    <message>
        <source>Telegram does not know this bot token (%1): copy it again from @BotFather</source>
        <translation>Telegram kennt dieses Bot-Token nicht (%1): Kopieren Sie es erneut von @BotFather</translation>
    </message>
    <message>
        <source>Telegram&apos;s Bot API at %1 did not answer: %2</source>
        <translation>die Bot-API von Telegram unter %1 hat nicht geantwortet: %2</translation>
    </message>
</context>
<context>
    <name>herald::TemplatesPage</name>
    <message>
        <source>Ne&amp;w template</source>
        <translation>Neue V&amp;orlage</translation>
    </message>
    <message>
        <source>Call script</source>
        <translation>Anrufskript</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Empty: the name of the campaign&apos;s sender</source>
        <translation>Leer: Name des Absenders der Kampagne</translation>
    </message>
    <message>
        <source>&amp;From name:</source>
        <translation>&amp;Absendername:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <source>The line an inbox shows after the subject</source>
        <translation>Die Zeile, die ein Posteingang nach dem Betreff zeigt</translation>
    </message>
    <message>
        <source>&amp;Preheader:</source>
        <translation>&amp;Preheader:</translation>
    </message>
    <message>
        <source>A preheader shows with an HTML body only (one that starts with “&lt;”).</source>
        <translation>Ein Preheader erscheint nur bei einem HTML-Inhalt (der mit „&lt;“ beginnt).</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
    <message>
        <source>Inserts {{field}} where the cursor is; {{field|text}} uses the text when a contact has no value</source>
        <translation>Fügt {{field}} an der Cursorposition ein; {{field|text}} verwendet den Text, wenn ein Kontakt keinen Wert hat</translation>
    </message>
    <message>
        <source>&amp;Insert field:</source>
        <translation>Feld &amp;einfügen:</translation>
    </message>
    <message>
        <source>Empty: the text part is made from the HTML body</source>
        <translation>Leer: Der Textteil wird aus dem HTML-Inhalt erzeugt</translation>
    </message>
    <message>
        <source>&amp;Text part:</source>
        <translation>Te&amp;xtteil:</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>A&amp;nhängen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Anhänge:</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Speichern (%1)</translation>
    </message>
    <message>
        <source>Choose a recording</source>
        <translation>Aufnahme wählen</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.oga *.opus *.aif *.aiff *.au *.mp3);;All files (*)</source>
        <translation>Audio (*.wav *.flac *.ogg *.oga *.opus *.aif *.aiff *.au *.mp3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Datei anhängen</translation>
    </message>
    <message>
        <source>Preview f&amp;or:</source>
        <translation>&amp;Vorschau für:</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Templates could not be read: %1</source>
        <translation>Vorlagen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Choose a field…</source>
        <translation>Feld wählen…</translation>
    </message>
    <message>
        <source>A sample contact (Alex Sample)</source>
        <translation>Ein Beispielkontakt (Alex Muster)</translation>
    </message>
    <message>
        <source>Phone (call script)</source>
        <translation>Telefon (Anrufskript)</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Aufnahme:</translation>
    </message>
    <message>
        <source>Choose &amp;recording…</source>
        <translation>Aufnahme &amp;wählen…</translation>
    </message>
    <message>
        <source>A recording (WAV, FLAC, Ogg, ...) played to the callee instead of speaking the script; the script stays as its transcript</source>
        <translation>Eine Aufnahme (WAV, FLAC, Ogg, ...), die dem Angerufenen statt des gesprochenen Skripts vorgespielt wird; das Skript bleibt als Transkript erhalten</translation>
    </message>
    <message>
        <source>&amp;Body (HTML or text):</source>
        <translation>&amp;Inhalt (HTML oder Text):</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;body&gt;…&lt;/body&gt;&lt;/html&gt;, or plain text</source>
        <translation>&lt;html&gt;&lt;body&gt;…&lt;/body&gt;&lt;/html&gt; oder reiner Text</translation>
    </message>
    <message>
        <source>None: spoken</source>
        <translation>Keine: gesprochen</translation>
    </message>
    <message>
        <source>Played in calls</source>
        <translation>In Anrufen abgespielt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Nicht angehängt</translation>
    </message>
    <message>
        <source>Already attached</source>
        <translation>Bereits angehängt</translation>
    </message>
    <message>
        <source>%1 is attached already, as “%2”.</source>
        <translation>%1 ist bereits angehängt, als „%2“.</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Vorlage nicht gespeichert</translation>
    </message>
    <message>
        <source>Give the template a name, then save it again.</source>
        <translation>Geben Sie der Vorlage einen Namen und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>Template “%1” is used by %2. Saving changes what they send: their reviewers must approve the content again before they run or resume.</source>
        <translation>Vorlage „%1“ wird von %2 verwendet. Speichern ändert, was diese senden: Ihre Prüfer müssen den Inhalt erneut freigeben, bevor sie laufen oder fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Template “%1” was not saved: %2</source>
        <translation>Vorlage „%1“ wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Template “%1” saved.</source>
        <translation>Vorlage „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete template “%1”?</source>
        <translation>Vorlage „%1“ löschen?</translation>
    </message>
    <message>
        <source>%1 use it and will ask for another template in their readiness check; runs that started keep what they send.</source>
        <translation>%1 verwenden sie und verlangen in ihrer Bereitschaftsprüfung eine andere Vorlage; bereits gestartete Läufe behalten, was sie senden.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Template not deleted</source>
        <translation>Vorlage nicht gelöscht</translation>
    </message>
    <message>
        <source>Deleted template “%1”.</source>
        <translation>Vorlage „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation>Ungespeicherte Vorlage</translation>
    </message>
    <message>
        <source>Template “%1” has unsaved changes.</source>
        <translation>Vorlage „%1“ hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Alex</source>
        <translation>Alex</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Ihr Unternehmen</translation>
    </message>
    <message>
        <source>Your campaign</source>
        <translation>Ihre Kampagne</translation>
    </message>
    <message>
        <source>&lt;b&gt;From:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Subject:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Von:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Betreff:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>(the campaign&apos;s sender)</source>
        <translation>(Absender der Kampagne)</translation>
    </message>
    <message>
        <source>Text (made from the HTML)</source>
        <translation>Text (aus dem HTML erzeugt)</translation>
    </message>
    <message>
        <source>1 image or other resource was not loaded: the preview loads nothing.</source>
        <translation>1 Bild oder andere Ressource wurde nicht geladen: Die Vorschau lädt nichts nach.</translation>
    </message>
    <message>
        <source>%1 images or other resources were not loaded: the preview loads nothing.</source>
        <translation>%1 Bilder oder andere Ressourcen wurden nicht geladen: Die Vorschau lädt nichts nach.</translation>
    </message>
    <message>
        <source>The text part has no {{unsubscribe_url}}: readers of the text part cannot unsubscribe.</source>
        <translation>Der Textteil enthält kein {{unsubscribe_url}}: Leser des Textteils können sich nicht abmelden.</translation>
    </message>
    <message>
        <source>The script the voice speaks to the callee:</source>
        <translation>Das Skript, das die Stimme dem Angerufenen vorspricht:</translation>
    </message>
    <message>
        <source>The recording %1 is played; its transcript:</source>
        <translation>Die Aufnahme %1 wird abgespielt; ihr Transkript:</translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation>Wie geschrieben: %1</translation>
    </message>
    <message>
        <source>this template</source>
        <translation>diese Vorlage</translation>
    </message>
    <message>
        <source>✔ Nothing a reviewer would be warned about.</source>
        <translation>✔ Nichts, wovor ein Prüfer gewarnt würde.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation>Noch keine Vorlagen</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Foto auswählen</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp);;All files (*)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <source>Choose &amp;photo…</source>
        <translation>&amp;Foto auswählen…</translation>
    </message>
    <message>
        <source>A picture (JPEG, PNG or WebP, at most 10 MB) sent with the text as its caption (at most 1024 characters)</source>
        <translation>Ein Bild (JPEG, PNG oder WebP, höchstens 10 MB), gesendet mit dem Text als Bildunterschrift (höchstens 1024 Zeichen)</translation>
    </message>
    <message>
        <source>None: text only</source>
        <translation>Keines: nur Text</translation>
    </message>
    <message>
        <source>The text is its caption</source>
        <translation>Der Text ist die Bildunterschrift</translation>
    </message>
    <message>
        <source>A template is the message a channel sends. Write the first one on the right and Save; New template starts one for SMS, a call script, Telegram, Viber or Web Push.</source>
        <translation>Eine Vorlage ist die Nachricht, die ein Kanal sendet. Schreiben Sie die erste rechts und speichern Sie; Neue Vorlage beginnt eine für SMS, ein Anrufskript, Telegram, Viber oder Web Push.</translation>
    </message>
    <message>
        <source>The message as the chat shows it:</source>
        <translation>Die Nachricht, wie der Chat sie zeigt:</translation>
    </message>
    <message>
        <source>The photo %1 goes with this caption:</source>
        <translation>Das Foto %1 geht mit dieser Bildunterschrift:</translation>
    </message>
    <message>
        <source>The notification “%1” reads:</source>
        <translation>Die Benachrichtigung „%1“ lautet:</translation>
    </message>
    <message>
        <source>The message as it arrives:</source>
        <translation>Die Nachricht, wie sie ankommt:</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>Tite&amp;l:</translation>
    </message>
    <message>
        <source>S&amp;cript:</source>
        <translation>S&amp;kript:</translation>
    </message>
</context>
<context>
    <name>herald::TenantsView</name>
    <message>
        <source>The organisations in this workspace. Each keeps its own people, contacts, senders and campaigns; archived ones keep their history and nobody works in them.</source>
        <translation>Die Organisationen in diesem Arbeitsbereich. Jede hat eigene Personen, Kontakte, Absender und Kampagnen; archivierte behalten ihren Verlauf, und niemand arbeitet mehr darin.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>Öffentliche URL</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Ne&amp;w organisation…</source>
        <translation>&amp;Neue Organisation…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>&amp;Listener…</source>
        <translation>&amp;Listener…</translation>
    </message>
    <message>
        <source>SMS &amp;keywords…</source>
        <translation>SMS-&amp;Schlüsselwörter…</translation>
    </message>
    <message>
        <source>&amp;Mailbox…</source>
        <translation>&amp;Postfach…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message>
        <source>Organisations could not be read: %1</source>
        <translation>Organisationen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>jetzt geöffnet</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Only administrators manage organisations.</source>
        <translation>Nur Administratoren verwalten Organisationen.</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>You become its first administrator.</source>
        <translation>Sie werden ihr erster Administrator.</translation>
    </message>
    <message>
        <source>Organisation not created</source>
        <translation>Organisation nicht erstellt</translation>
    </message>
    <message>
        <source>Created %1: choose it in the Tenant list to set it up.</source>
        <translation>%1 erstellt: Wählen Sie sie in der Mandantenliste, um sie einzurichten.</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>Organisation not renamed</source>
        <translation>Organisation nicht umbenannt</translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation>%1 in %2 umbenannt.</translation>
    </message>
    <message>
        <source>Listener of %1</source>
        <translation>Listener von %1</translation>
    </message>
    <message>
        <source>Herald&apos;s listener serves the one-click unsubscribe links every email carries, tracked links and the SMS gateway&apos;s delivery reports and replies, wherever Herald sends: this desktop or a heraldctl worker. Email through SMTP cannot run live without it. The public URL is how recipients and gateways reach it, usually through the organisation&apos;s reverse proxy. After a change, give the SMS gateway the reply URL Settings → Providers shows.</source>
        <translation>Der Listener von Herald stellt die Ein-Klick-Abmeldelinks jeder E-Mail, verfolgte Links sowie Zustellberichte und Antworten des SMS-Gateways bereit, wo immer Herald sendet: auf diesem Desktop oder in einem heraldctl-Worker. E-Mail über SMTP kann ohne ihn nicht live laufen. Über die öffentliche URL erreichen Empfänger und Gateways ihn, meist über den Reverse Proxy der Organisation. Geben Sie dem SMS-Gateway nach einer Änderung die Antwort-URL, die unter Einstellungen → Anbieter angezeigt wird.</translation>
    </message>
    <message>
        <source>e.g. 127.0.0.1:8480; empty for none</source>
        <translation>z. B. 127.0.0.1:8480; leer für keinen</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Lauschen auf:</translation>
    </message>
    <message>
        <source>e.g. https://herald.example.org</source>
        <translation>z. B. https://herald.example.org</translation>
    </message>
    <message>
        <source>&amp;Public URL:</source>
        <translation>Ö&amp;ffentliche URL:</translation>
    </message>
    <message>
        <source>Listener not saved</source>
        <translation>Listener nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 has no listener: no unsubscribe or tracked links are served.</source>
        <translation>%1 hat keinen Listener: Es werden keine Abmelde- oder verfolgten Links bereitgestellt.</translation>
    </message>
    <message>
        <source>%1 listens on %2.</source>
        <translation>%1 lauscht auf %2.</translation>
    </message>
    <message>
        <source>SMS keywords of %1</source>
        <translation>SMS-Schlüsselwörter von %1</translation>
    </message>
    <message>
        <source>Replies of one word are keywords, whatever their case, accents and punctuation: STOP, STOPALL, UNSUBSCRIBE, CANCEL, END and QUIT opt out, START and UNSTOP opt back in, HELP and INFO are answered. Add the words your recipients use in their language.</source>
        <translation>Antworten aus einem Wort sind Schlüsselwörter, unabhängig von Groß-/Kleinschreibung, Akzenten und Satzzeichen: STOP, STOPALL, UNSUBSCRIBE, CANCEL, END und QUIT melden ab, START und UNSTOP melden wieder an, HELP und INFO werden beantwortet. Ergänzen Sie die Wörter, die Ihre Empfänger in ihrer Sprache verwenden.</translation>
    </message>
    <message>
        <source>e.g. ARRET, STOPP, BAJA</source>
        <translation>z. B. ARRET, STOPP, BAJA</translation>
    </message>
    <message>
        <source>&amp;Stop words:</source>
        <translation>&amp;Stoppwörter:</translation>
    </message>
    <message>
        <source>&amp;Answer to HELP:</source>
        <translation>&amp;Antwort auf HELP:</translation>
    </message>
    <message>
        <source>SMS keywords not saved</source>
        <translation>SMS-Schlüsselwörter nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved the SMS keywords of %1.</source>
        <translation>SMS-Schlüsselwörter von %1 gespeichert.</translation>
    </message>
    <message>
        <source>Mailbox not saved</source>
        <translation>Postfach nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 has no mailbox: bounces and replies are not read.</source>
        <translation>%1 hat kein Postfach: Bounces und Antworten werden nicht gelesen.</translation>
    </message>
    <message>
        <source>Saved the mailbox of %1.</source>
        <translation>Postfach von %1 gespeichert.</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>%1 archivieren</translation>
    </message>
    <message>
        <source>Archive %1? Its campaigns and history are kept; nobody works in it any more.</source>
        <translation>%1 archivieren? Kampagnen und Verlauf bleiben erhalten; niemand arbeitet mehr darin.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Organisation not archived</source>
        <translation>Organisation nicht archiviert</translation>
    </message>
    <message>
        <source>Archived %1.</source>
        <translation>%1 archiviert.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
</context>
<context>
    <name>herald::Text</name>
    <message>
        <source>email %1 is not an address such as ada@example.com</source>
        <translation>E-Mail %1 ist keine Adresse wie ada@example.com</translation>
    </message>
    <message>
        <source>phone %1 is not a phone number of %2 or in +country code form</source>
        <translation>Telefon %1 ist keine Telefonnummer von %2 und nicht im Format +Ländervorwahl</translation>
    </message>
    <message>
        <source>time zone %1 is not a time zone id such as Europe/London</source>
        <translation>Zeitzone %1 ist keine Zeitzonen-ID wie Europe/Berlin</translation>
    </message>
    <message>
        <source>the custom field with the value &apos;%1&apos; needs a name</source>
        <translation>das benutzerdefinierte Feld mit dem Wert „%1“ braucht einen Namen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a standard field: give the custom field another name</source>
        <translation>„%1“ ist ein Standardfeld: Geben Sie dem benutzerdefinierten Feld einen anderen Namen</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>the file is empty: it needs a header row naming its columns</source>
        <translation>die Datei ist leer: Es fehlt eine Kopfzeile mit den Spaltennamen</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>name the contact list to import into</source>
        <translation>geben Sie die Kontaktliste an, in die importiert werden soll</translation>
    </message>
    <message>
        <source>region &apos;%1&apos; is not one Herald knows; give an ISO code such as GB, US or DE</source>
        <translation>Region „%1“ ist Herald nicht bekannt; geben Sie einen ISO-Code wie GB, US oder DE an</translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header row naming its columns</source>
        <translation>%1 ist leer: Es fehlt eine Kopfzeile mit den Spaltennamen</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (for column %2) is not a field; use one of %3, custom.NAME or ignore</source>
        <translation>„%1“ (für Spalte %2) ist kein Feld; verwenden Sie %3, custom.NAME oder ignore</translation>
    </message>
    <message>
        <source>column %1 is not in the header of %2 (%3)</source>
        <translation>Spalte %1 fehlt in der Kopfzeile von %2 (%3)</translation>
    </message>
    <message>
        <source>%1: columns %2 (%3) and %4 (%5) are both %6: map one of them to ignore, e.g. --map &quot;#%4=ignore&quot;</source>
        <translation>%1: Die Spalten %2 (%3) und %4 (%5) sind beide %6: Ordnen Sie eine davon ignore zu, z. B. --map &quot;#%4=ignore&quot;</translation>
    </message>
    <message>
        <source>%1 has no email or phone column (columns: %2): map one, e.g. --map &quot;#1=email&quot;</source>
        <translation>%1 hat keine E-Mail- oder Telefonspalte (Spalten: %2): Ordnen Sie eine zu, z. B. --map &quot;#1=email&quot;</translation>
    </message>
    <message>
        <source>the import of %1 was cancelled: nothing was imported</source>
        <translation>der Import von %1 wurde abgebrochen: Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Nothing was imported</source>
        <translation>%1 kann nicht gelesen werden: %2. Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>a contact list needs a name</source>
        <translation>eine Kontaktliste braucht einen Namen</translation>
    </message>
    <message>
        <source>the name of a contact list</source>
        <translation>der Name einer Kontaktliste</translation>
    </message>
    <message>
        <source>a tag</source>
        <translation>ein Tag</translation>
    </message>
    <message>
        <source>%1 is not a text CSV file: byte %2 is a NUL, as in binary files. Save it from the spreadsheet as CSV (UTF-8)</source>
        <translation>%1 ist keine CSV-Textdatei: Byte %2 ist ein NUL wie in Binärdateien. Speichern Sie die Datei aus der Tabellenkalkulation als CSV (UTF-8)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the file is not %1 at its end: save it as UTF-8, or name its encoding</source>
        <translation>die Datei ist an ihrem Ende kein %1: Speichern Sie sie als UTF-8 oder geben Sie ihre Kodierung an</translation>
    </message>
    <message>
        <source>the file is not %1 after byte %2 (near line %3): save it as UTF-8, or name its encoding</source>
        <translation>die Datei ist nach Byte %2 (nahe Zeile %3) kein %1: Speichern Sie sie als UTF-8 oder geben Sie ihre Kodierung an</translation>
    </message>
    <message>
        <source>the record on line %1 has more than %2 characters: this is not a CSV file of contacts, or a quote is never closed</source>
        <translation>der Datensatz in Zeile %1 hat mehr als %2 Zeichen: Dies ist keine CSV-Datei mit Kontakten, oder ein Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>the record on line %1 has more than %2 fields: this is not a CSV file of contacts, or a quote is never closed</source>
        <translation>der Datensatz in Zeile %1 hat mehr als %2 Felder: Dies ist keine CSV-Datei mit Kontakten, oder ein Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an email address nor a phone number of %2 (give +country code)</source>
        <translation>„%1“ ist weder eine E-Mail-Adresse noch eine Telefonnummer von %2 (geben Sie +Ländervorwahl an)</translation>
    </message>
    <message>
        <source>no contact of this tenant has %1</source>
        <translation>kein Kontakt dieses Mandanten hat %1</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; is not one of %2</source>
        <translation>Quelle „%1“ ist keine von %2</translation>
    </message>
    <message>
        <source>the opt-out of %1 was not kept</source>
        <translation>die Abmeldung von %1 wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 is not on the opt-out list for %2</source>
        <translation>%1 ist nicht auf der Abmeldeliste (%2)</translation>
    </message>
    <message>
        <source>the suppression list</source>
        <translation>die Sperrliste</translation>
    </message>
    <message>
        <source>the file is empty: it needs a header row with an email or phone column</source>
        <translation>die Datei ist leer: Es fehlt eine Kopfzeile mit einer E-Mail- oder Telefonspalte</translation>
    </message>
    <message>
        <source>no email or phone column among %1</source>
        <translation>keine E-Mail- oder Telefonspalte unter %1</translation>
    </message>
    <message>
        <source>line %1: channel &apos;%2&apos; is not one of %3, all</source>
        <translation>Zeile %1: Kanal „%2“ ist keiner von %3, all</translation>
    </message>
    <message>
        <source>line %1: no email and no phone</source>
        <translation>Zeile %1: weder E-Mail noch Telefon</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the file cannot be read: %1. Nothing was added</source>
        <translation>die Datei kann nicht gelesen werden: %1. Es wurde nichts hinzugefügt</translation>
    </message>
    <message>
        <source>rule %1 (%2 %3): a tag rule needs a value</source>
        <translation>Regel %1 (%2 %3): Eine Tag-Regel braucht einen Wert</translation>
    </message>
    <message>
        <source>rule %1 (%2 %3): a tag rule takes the operator has or has_not</source>
        <translation>Regel %1 (%2 %3): Eine Tag-Regel verwendet den Operator has oder has_not</translation>
    </message>
    <message>
        <source>rule %1 (%2 %3): a campaign rule takes one of %4</source>
        <translation>Regel %1 (%2 %3): Eine Kampagnenregel verwendet einen von %4</translation>
    </message>
    <message>
        <source>rule %1 (%2 %3): a campaign rule needs the campaign&apos;s short ID (such as C-7K2QM)</source>
        <translation>Regel %1 (%2 %3): Eine Kampagnenregel braucht die Kurz-ID der Kampagne (etwa C-7K2QM)</translation>
    </message>
    <message>
        <source>rule %1 (%2 %3): a custom field name cannot contain quotes or backslashes</source>
        <translation>Regel %1 (%2 %3): Ein benutzerdefinierter Feldname darf keine Anführungszeichen oder Backslashes enthalten</translation>
    </message>
    <message>
        <source>rule %1 (%2 %3): unknown field; use one of tag, campaign, %4 or custom.NAME</source>
        <translation>Regel %1 (%2 %3): unbekanntes Feld; verwenden Sie tag, campaign, %4 oder custom.NAME</translation>
    </message>
    <message>
        <source>rule %1 (%2 %3): unknown operator; use %4</source>
        <translation>Regel %1 (%2 %3): unbekannter Operator; verwenden Sie %4</translation>
    </message>
    <message>
        <source>segment rules: groups nest deeper than %1 levels</source>
        <translation>Segmentregeln: Gruppen sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>segment rules: match must be &quot;all&quot; or &quot;any&quot;, not &quot;%1&quot;</source>
        <translation>Segmentregeln: match muss &quot;all&quot; oder &quot;any&quot; sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>segment rules, group %1: match must be &quot;all&quot; or &quot;any&quot;, not &quot;%2&quot;</source>
        <translation>Segmentregeln, Gruppe %1: match muss &quot;all&quot; oder &quot;any&quot; sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>segment rules are not a JSON object: %1</source>
        <translation>Segmentregeln sind kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>%1 (custom)</source>
        <translation>%1 (benutzerdefiniert)</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <source>is set</source>
        <translation>ist gesetzt</translation>
    </message>
    <message>
        <source>is not set</source>
        <translation>ist nicht gesetzt</translation>
    </message>
    <message>
        <source>has</source>
        <translation>hat</translation>
    </message>
    <message>
        <source>does not have</source>
        <translation>hat nicht</translation>
    </message>
    <message>
        <source>received</source>
        <translation>hat erhalten</translation>
    </message>
    <message>
        <source>did not receive</source>
        <translation>hat nicht erhalten</translation>
    </message>
    <message>
        <source>replied to</source>
        <translation>hat geantwortet auf</translation>
    </message>
    <message>
        <source>did not reply to</source>
        <translation>hat nicht geantwortet auf</translation>
    </message>
    <message>
        <source>opted out of</source>
        <translation>hat sich abgemeldet von</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 answered %2 (check the API key in Settings)</source>
        <translation>%1 antwortete %2 (prüfen Sie den API-Schlüssel in den Einstellungen)</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 antwortete %2</translation>
    </message>
    <message>
        <source>%1 answered %2: %3 (check the API key in Settings)</source>
        <translation>%1 antwortete %2: %3 (prüfen Sie den API-Schlüssel in den Einstellungen)</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 antwortete %2: %3</translation>
    </message>
    <message>
        <source>the writer&apos;s endpoint is not set up: give its URL and model in Settings</source>
        <translation>der Texter-Endpunkt ist nicht eingerichtet: Geben Sie URL und Modell in den Einstellungen an</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>connected to %1: model %2 is available</source>
        <translation>verbunden mit %1: Modell %2 ist verfügbar</translation>
    </message>
    <message>
        <source>connected to %1 (it does not list its models)</source>
        <translation>verbunden mit %1 (der Dienst listet seine Modelle nicht auf)</translation>
    </message>
    <message>
        <source>%1 does not offer model %2; it offers %3</source>
        <translation>%1 bietet Modell %2 nicht an; verfügbar sind %3</translation>
    </message>
    <message>
        <source>the answer is not a chat completion (no choices)</source>
        <translation>die Antwort ist keine Chat-Completion (keine choices)</translation>
    </message>
    <message>
        <source>the answer is not a chat completion (no choices): %1</source>
        <translation>die Antwort ist keine Chat-Completion (keine choices): %1</translation>
    </message>
    <message>
        <source>the model answered with no text</source>
        <translation>das Modell hat ohne Text geantwortet</translation>
    </message>
    <message>
        <source>left out to fit %1 segment(s): &quot;%2&quot;</source>
        <translation>ausgelassen, damit es in %1 Segment(e) passt: „%2“</translation>
    </message>
    <message>
        <source>left out to fit: &quot;%1&quot;</source>
        <translation>ausgelassen, damit es passt: „%1“</translation>
    </message>
    <message>
        <source>the draft has no text</source>
        <translation>der Entwurf hat keinen Text</translation>
    </message>
    <message>
        <source>the email has no subject</source>
        <translation>die E-Mail hat keinen Betreff</translation>
    </message>
    <message>
        <source>the subject is %1 characters, more than %2</source>
        <translation>der Betreff hat %1 Zeichen, mehr als %2</translation>
    </message>
    <message>
        <source>the email has no %1</source>
        <translation>der E-Mail fehlt %1</translation>
    </message>
    <message>
        <source>the text is %1 segments, more than %2</source>
        <translation>der Text hat %1 Segmente, mehr als %2</translation>
    </message>
    <message>
        <source>the text has no opt-out (&quot;%1&quot;)</source>
        <translation>der Text enthält keine Abmeldemöglichkeit („%1“)</translation>
    </message>
    <message>
        <source>%1 is a program or script: mail servers reject such attachments. Link to it from the body instead.</source>
        <translation>%1 ist ein Programm oder Skript: Mailserver lehnen solche Anhänge ab. Verlinken Sie die Datei stattdessen im Inhalt.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty: choose the file you meant to attach</source>
        <translation>%1 ist leer: Wählen Sie die Datei, die Sie anhängen wollten</translation>
    </message>
    <message>
        <source>%1 (%2) would take the attachments to %3, over the %4 an email may carry. Link to large files from the body instead.</source>
        <translation>%1 (%2) würde die Anhänge auf %3 bringen, mehr als die %4, die eine E-Mail haben darf. Verlinken Sie große Dateien stattdessen im Inhalt.</translation>
    </message>
    <message>
        <source>the team database gave this dispatcher no id</source>
        <translation>die Team-Datenbank hat diesem Dispatcher keine ID zugewiesen</translation>
    </message>
    <message>
        <source>no provider is configured for %1</source>
        <translation>%1: Es ist kein Anbieter konfiguriert</translation>
    </message>
    <message>
        <source>no number of the pool of %1 may send now (all paused, quarantined or at their daily cap): %2 messages wait. Resume or release a number, or raise a daily cap.</source>
        <translation>keine Nummer im Pool von %1 darf jetzt senden (alle pausiert, in Quarantäne oder am Tageslimit): %2 Nachrichten warten. Setzen Sie eine Nummer fort, geben Sie eine frei oder erhöhen Sie ein Tageslimit.</translation>
    </message>
    <message>
        <source>number %1 of pool %2 was quarantined: %3. Release it on the pool&apos;s page once the cause is fixed.</source>
        <translation>Nummer %1 aus Pool %2 wurde in Quarantäne genommen: %3. Geben Sie sie auf der Seite des Pools frei, sobald die Ursache behoben ist.</translation>
    </message>
    <message>
        <source>provider reported message %1 going from %2 to %3: ignored</source>
        <translation>Anbieter meldete für Nachricht %1 einen Wechsel von %2 zu %3: ignoriert</translation>
    </message>
    <message>
        <source>Herald&apos;s listener cannot listen on %1:%2: %3; change the listener address in Settings → Organisation (%4)</source>
        <translation>Der Listener von Herald kann nicht auf %1:%2 lauschen: %3; ändern Sie die Listener-Adresse unter Einstellungen → Organisation (%4)</translation>
    </message>
    <message>
        <source>an unsubscribe could not be recorded: %1</source>
        <translation>eine Abmeldung konnte nicht erfasst werden: %1</translation>
    </message>
    <message>
        <source>&quot;did not answer&quot; is about calls: %1&apos;s %2 channel has no answers</source>
        <translation>„nicht angenommen“ betrifft Anrufe: Der %2-Kanal von %1 hat keine Anrufannahmen</translation>
    </message>
    <message>
        <source>no contacts were selected to follow up %1</source>
        <translation>es wurden keine Kontakte zum Nachfassen von %1 ausgewählt</translation>
    </message>
    <message>
        <source>%1 is %2: remarket a campaign once it has ended or been stopped</source>
        <translation>%1 ist %2: Nachfassen ist erst möglich, wenn eine Kampagne beendet oder gestoppt ist</translation>
    </message>
    <message>
        <source>nobody in %1 matches &quot;%2&quot;: no follow-up was created</source>
        <translation>niemand in %1 passt zu „%2“: Es wurde keine Nachfass-Kampagne erstellt</translation>
    </message>
    <message>
        <source>This test run sends real messages to the campaign&apos;s test recipients.</source>
        <translation>Dieser Testlauf sendet echte Nachrichten an die Testempfänger der Kampagne.</translation>
    </message>
    <message>
        <source>This run sends real messages to every recipient in the campaign&apos;s audience. You confirm that they have agreed to hear from you, that the content is approved, and that you may contact them on these channels. Messages cannot be recalled once sent.</source>
        <translation>Dieser Lauf sendet echte Nachrichten an alle Empfänger der Zielgruppe der Kampagne. Sie bestätigen, dass diese eingewilligt haben, von Ihnen zu hören, dass der Inhalt freigegeben ist und dass Sie sie über diese Kanäle kontaktieren dürfen. Gesendete Nachrichten können nicht zurückgerufen werden.</translation>
    </message>
    <message>
        <source>%1: the %2 channel&apos;s %3</source>
        <translation>%1: %3 des %2-Kanals</translation>
    </message>
    <message>
        <source>Every recipient has given consent to be contacted on these channels.</source>
        <translation>Jeder Empfänger hat eingewilligt, über diese Kanäle kontaktiert zu werden.</translation>
    </message>
    <message>
        <source>The content is lawful and approved for sending.</source>
        <translation>Der Inhalt ist rechtmäßig und für den Versand freigegeben.</translation>
    </message>
    <message>
        <source>Every message includes a working opt-out mechanism.</source>
        <translation>Jede Nachricht enthält eine funktionierende Abmeldemöglichkeit.</translation>
    </message>
    <message>
        <source>No contact who opted out is targeted.</source>
        <translation>Kein abgemeldeter Kontakt wird angeschrieben.</translation>
    </message>
    <message>
        <source>%1 is %2: only a campaign that has ended (Completed, Stopped or Failed) retries its failed messages</source>
        <translation>%1 ist %2: Nur eine beendete Kampagne (Abgeschlossen, Gestoppt oder Fehlgeschlagen) wiederholt ihre fehlgeschlagenen Nachrichten</translation>
    </message>
    <message>
        <source>%1 is %2: resume or stop its channels instead of starting another run</source>
        <translation>%1 ist %2: Setzen Sie die Kanäle fort oder stoppen Sie sie, statt einen weiteren Lauf zu starten</translation>
    </message>
    <message>
        <source>%1 is %2: resume or stop its channels instead of starting another run; its held %3 channel can be started on its own</source>
        <translation>%1 ist %2: Setzen Sie die Kanäle fort oder stoppen Sie sie, statt einen weiteren Lauf zu starten; der zurückgehaltene %3-Kanal kann einzeln gestartet werden</translation>
    </message>
    <message>
        <source>the %1 channel of %2 is %3 in its current run: it has ended there; clone the campaign to send it again</source>
        <translation>der %1-Kanal von %2 ist im aktuellen Lauf %3: Er ist dort beendet; klonen Sie die Kampagne, um ihn erneut zu senden</translation>
    </message>
    <message>
        <source>the %1 channel of %2 is %3 in its current run: pause, resume or stop it instead</source>
        <translation>der %1-Kanal von %2 ist im aktuellen Lauf %3: Pausieren, fortsetzen oder stoppen Sie ihn stattdessen</translation>
    </message>
    <message>
        <source>%1 is Scheduled: stop the schedule first, or let it launch</source>
        <translation>%1 ist geplant: Stoppen Sie zuerst den Zeitplan oder lassen Sie den Start zu</translation>
    </message>
    <message>
        <source>%1 is Completed and cannot be relaunched: clone it instead</source>
        <translation>%1 ist abgeschlossen und kann nicht erneut gestartet werden: Klonen Sie die Kampagne stattdessen</translation>
    </message>
    <message>
        <source>%1 is Archived: clone it to run it again</source>
        <translation>%1 ist archiviert: Klonen Sie die Kampagne, um sie erneut auszuführen</translation>
    </message>
    <message>
        <source>%1 cannot run: %2</source>
        <translation>%1 kann nicht laufen: %2</translation>
    </message>
    <message>
        <source>the run disclaimer for %1 was not accepted: nothing was sent</source>
        <translation>die Lauf-Erklärung für %1 wurde nicht akzeptiert: Es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>%1 has nobody to send to again: no message failed for a pre-send or transient reason</source>
        <translation>%1 hat niemanden für einen erneuten Versand: Keine Nachricht ist vor dem Senden oder aus einem vorübergehenden Grund fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 channel of %2</source>
        <translation>%1-Kanal von %2</translation>
    </message>
    <message>
        <source>%1 launches %2, not on a schedule: run it instead</source>
        <translation>%1 hat die Startart „%2“, keinen Zeitplan: Führen Sie die Kampagne stattdessen aus</translation>
    </message>
    <message>
        <source>%1 is already Scheduled</source>
        <translation>%1 ist bereits geplant</translation>
    </message>
    <message>
        <source>%1 has no send time: set %2 first</source>
        <translation>%1 hat keine Sendezeit: Legen Sie zuerst %2 fest</translation>
    </message>
    <message>
        <source>%1 cannot be scheduled: %2</source>
        <translation>%1 kann nicht geplant werden: %2</translation>
    </message>
    <message>
        <source>the run disclaimer for %1 was not accepted: nothing was scheduled</source>
        <translation>die Lauf-Erklärung für %1 wurde nicht akzeptiert: Es wurde nichts geplant</translation>
    </message>
    <message>
        <source>%1&apos;s send time %2 has passed: set a new one</source>
        <translation>die Sendezeit %2 von %1 ist vorbei: Legen Sie eine neue fest</translation>
    </message>
    <message>
        <source>%1 has no schedule to stop</source>
        <translation>%1 hat keinen Zeitplan, der gestoppt werden könnte</translation>
    </message>
    <message>
        <source>%1 has never been launched: there is nothing to pause, resume or stop</source>
        <translation>%1 wurde nie gestartet: Es gibt nichts zu pausieren, fortzusetzen oder zu stoppen</translation>
    </message>
    <message>
        <source>the content of %1 changed while it was paused: the reviewer must approve it again before it resumes</source>
        <translation>der Inhalt von %1 wurde während der Pause geändert: Der Prüfer muss ihn erneut freigeben, bevor es weitergeht</translation>
    </message>
    <message>
        <source>%1 has no %2 channel in its current run</source>
        <translation>%1 hat im aktuellen Lauf keinen %2-Kanal</translation>
    </message>
    <message>
        <source>workspace %1 is being sent by another dispatcher: %2 (pid %3 on %4); stop it or let it send</source>
        <translation>Arbeitsbereich %1 wird von einem anderen Dispatcher versendet: %2 (PID %3 auf %4); stoppen Sie ihn oder lassen Sie ihn senden</translation>
    </message>
    <message>
        <source>cannot lock workspace %1 for sending (%2)</source>
        <translation>Arbeitsbereich %1 kann nicht für den Versand gesperrt werden (%2)</translation>
    </message>
    <message>
        <source>%1 has %2 characters: at most %3 are kept</source>
        <translation>%1 hat %2 Zeichen: Höchstens %3 werden übernommen</translation>
    </message>
    <message>
        <source>%1 %2 holds a control character at position %3</source>
        <translation>%1 %2 enthält ein Steuerzeichen an Position %3</translation>
    </message>
    <message>
        <source>%1 %2 holds a control character at position %3 (it is one line of text)</source>
        <translation>%1 %2 enthält ein Steuerzeichen an Position %3 (es ist eine einzelne Textzeile)</translation>
    </message>
    <message>
        <source>campaign JSON: unknown key %1</source>
        <translation>Kampagnen-JSON: unbekannter Schlüssel %1</translation>
    </message>
    <message>
        <source>campaign JSON: &quot;%1&quot; is a text</source>
        <translation>Kampagnen-JSON: &quot;%1&quot; ist ein Text</translation>
    </message>
    <message>
        <source>campaign JSON: &quot;%1&quot; is a list</source>
        <translation>Kampagnen-JSON: &quot;%1&quot; ist eine Liste</translation>
    </message>
    <message>
        <source>campaign JSON: each of &quot;%1&quot; is a text</source>
        <translation>Kampagnen-JSON: jedes Element von &quot;%1&quot; ist ein Text</translation>
    </message>
    <message>
        <source>campaign JSON: &quot;activated&quot; is true or false</source>
        <translation>Kampagnen-JSON: &quot;activated&quot; ist true oder false</translation>
    </message>
    <message>
        <source>campaign JSON: &quot;%1&quot; is a whole number, 0 or more</source>
        <translation>Kampagnen-JSON: &quot;%1&quot; ist eine ganze Zahl ab 0</translation>
    </message>
    <message>
        <source>campaign JSON: a %1 is a name or an id</source>
        <translation>Kampagnen-JSON: %1 ist ein Name oder eine ID</translation>
    </message>
    <message>
        <source>campaign JSON: a sender is a name or an id</source>
        <translation>Kampagnen-JSON: ein Absender ist ein Name oder eine ID</translation>
    </message>
    <message>
        <source>campaign JSON: sender %1 is a %2 sender, not one for the %3 channel</source>
        <translation>Kampagnen-JSON: Absender %1 ist ein %2-Absender, keiner für den %3-Kanal</translation>
    </message>
    <message>
        <source>campaign JSON: %1</source>
        <translation>Kampagnen-JSON: %1</translation>
    </message>
    <message>
        <source>campaign JSON: &quot;name&quot; is required</source>
        <translation>Kampagnen-JSON: &quot;name&quot; ist erforderlich</translation>
    </message>
    <message>
        <source>campaign JSON: one_time_rules: %1</source>
        <translation>Kampagnen-JSON: one_time_rules: %1</translation>
    </message>
    <message>
        <source>campaign JSON: one_time_rules is an object or null</source>
        <translation>Kampagnen-JSON: one_time_rules ist ein Objekt oder null</translation>
    </message>
    <message>
        <source>campaign JSON: unknown launch_type %1 (use %2)</source>
        <translation>Kampagnen-JSON: unbekannter launch_type %1 (verwenden Sie %2)</translation>
    </message>
    <message>
        <source>campaign JSON: unknown time_zone %1 (use an IANA name such as Europe/Berlin)</source>
        <translation>Kampagnen-JSON: unbekannte time_zone %1 (verwenden Sie einen IANA-Namen wie Europe/Berlin)</translation>
    </message>
    <message>
        <source>campaign JSON: send_at %1 is not an ISO 8601 date-time</source>
        <translation>Kampagnen-JSON: send_at %1 ist kein Zeitpunkt nach ISO 8601</translation>
    </message>
    <message>
        <source>campaign JSON: launch_type %1 needs send_at</source>
        <translation>Kampagnen-JSON: launch_type %1 erfordert send_at</translation>
    </message>
    <message>
        <source>campaign JSON: each channel is an object with a &quot;kind&quot;</source>
        <translation>Kampagnen-JSON: jeder Kanal ist ein Objekt mit &quot;kind&quot;</translation>
    </message>
    <message>
        <source>campaign JSON: unknown channel key %1</source>
        <translation>Kampagnen-JSON: unbekannter Kanalschlüssel %1</translation>
    </message>
    <message>
        <source>campaign JSON: a channel&apos;s &quot;%1&quot; is a text</source>
        <translation>Kampagnen-JSON: &quot;%1&quot; eines Kanals ist ein Text</translation>
    </message>
    <message>
        <source>campaign JSON: unknown channel kind %1 (use %2)</source>
        <translation>Kampagnen-JSON: unbekannte Kanalart %1 (verwenden Sie %2)</translation>
    </message>
    <message>
        <source>campaign JSON: the %1 channel appears twice</source>
        <translation>Kampagnen-JSON: der %1-Kanal kommt zweimal vor</translation>
    </message>
    <message>
        <source>campaign JSON: the %1 channel&apos;s %2</source>
        <translation>Kampagnen-JSON: %2 des %1-Kanals</translation>
    </message>
    <message>
        <source>the campaign name</source>
        <translation>der Kampagnenname</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>die Beschreibung</translation>
    </message>
    <message>
        <source>the recurrence rule</source>
        <translation>die Wiederholungsregel</translation>
    </message>
    <message>
        <source>a campaign has at most %1 tags, not %2</source>
        <translation>eine Kampagne hat höchstens %1 Tags, nicht %2</translation>
    </message>
    <message>
        <source>the tag %1</source>
        <translation>das Tag %1</translation>
    </message>
    <message>
        <source>the tag %1 has a comma: give each one on its own</source>
        <translation>das Tag %1 enthält ein Komma: Geben Sie jedes einzeln an</translation>
    </message>
    <message>
        <source>a campaign has at most %1 test recipients, not %2</source>
        <translation>eine Kampagne hat höchstens %1 Testempfänger, nicht %2</translation>
    </message>
    <message>
        <source>the test recipient %1</source>
        <translation>der Testempfänger %1</translation>
    </message>
    <message>
        <source>the test recipient %1 has a comma: give each one on its own</source>
        <translation>der Testempfänger %1 enthält ein Komma: Geben Sie jeden einzeln an</translation>
    </message>
    <message>
        <source>the time to live is %1 minutes: give 0 (none) to 525600 (a year)</source>
        <translation>die Gültigkeitsdauer beträgt %1 Minuten: Geben Sie 0 (keine) bis 525600 (ein Jahr) an</translation>
    </message>
    <message>
        <source>the %1 text</source>
        <translation>der %1-Text</translation>
    </message>
    <message>
        <source>the %1 rate is %2 a minute: give 0 (no limit) to 1000000</source>
        <translation>die %1-Rate beträgt %2 pro Minute: Geben Sie 0 (kein Limit) bis 1000000 an</translation>
    </message>
    <message>
        <source>a campaign needs a name</source>
        <translation>eine Kampagne braucht einen Namen</translation>
    </message>
    <message>
        <source>%1 needs a name</source>
        <translation>%1 braucht einen Namen</translation>
    </message>
    <message>
        <source>say what to change when rejecting %1</source>
        <translation>geben Sie beim Ablehnen von %1 an, was geändert werden soll</translation>
    </message>
    <message>
        <source>a comment on %1 needs some text</source>
        <translation>ein Kommentar zu %1 braucht Text</translation>
    </message>
    <message>
        <source>%1 has no reviewer: choose one first</source>
        <translation>%1 hat keinen Prüfer: Wählen Sie zuerst einen</translation>
    </message>
    <message>
        <source>%1 is %2: there is nothing to decide</source>
        <translation>%1 ist %2: Es gibt nichts zu entscheiden</translation>
    </message>
    <message>
        <source>%1 has no %2 channel</source>
        <translation>%1 hat keinen %2-Kanal</translation>
    </message>
    <message>
        <source>cannot %1 the %2: it is %3 and final (nothing more can happen to it)</source>
        <translation>„%1“ ist für den %2 nicht möglich: Status %3 ist endgültig (es kann nichts mehr damit geschehen)</translation>
    </message>
    <message>
        <source>cannot %1 the %2: it is %3; allowed: %4</source>
        <translation>„%1“ ist für den %2 nicht möglich: Status ist %3; erlaubt: %4</translation>
    </message>
    <message>
        <source>cannot complete the %1: messages are still Queued, Sending or Retrying; it completes once they are done</source>
        <translation>der %1 kann nicht abgeschlossen werden: Nachrichten sind noch in Warteschlange, werden gesendet oder wiederholt; der Abschluss erfolgt, sobald sie fertig sind</translation>
    </message>
    <message>
        <source>%1 is %2: stop the schedule first, then edit</source>
        <translation>%1 ist %2: Stoppen Sie zuerst den Zeitplan und bearbeiten Sie dann</translation>
    </message>
    <message>
        <source>%1 is %2: it cannot be edited while sending; pause it to change its content</source>
        <translation>%1 ist %2: Während des Sendens ist keine Bearbeitung möglich; pausieren Sie, um den Inhalt zu ändern</translation>
    </message>
    <message>
        <source>%1 is %2: only its content can be edited (which needs the reviewer&apos;s approval again); stop it to change anything else</source>
        <translation>%1 ist %2: Nur der Inhalt kann bearbeitet werden (was eine erneute Freigabe durch den Prüfer erfordert); stoppen Sie, um anderes zu ändern</translation>
    </message>
    <message>
        <source>%1 is %2: a completed campaign cannot be edited or relaunched; clone it instead</source>
        <translation>%1 ist %2: Eine abgeschlossene Kampagne kann weder bearbeitet noch erneut gestartet werden; klonen Sie sie stattdessen</translation>
    </message>
    <message>
        <source>%1 is %2: archived campaigns are read-only; clone it to reuse it</source>
        <translation>%1 ist %2: Archivierte Kampagnen sind schreibgeschützt; klonen Sie sie zur Wiederverwendung</translation>
    </message>
    <message>
        <source>%1 is already Archived</source>
        <translation>%1 ist bereits archiviert</translation>
    </message>
    <message>
        <source>%1 is %2: only Completed, Stopped or Failed campaigns can be archived</source>
        <translation>%1 ist %2: Nur abgeschlossene, gestoppte oder fehlgeschlagene Kampagnen können archiviert werden</translation>
    </message>
    <message>
        <source>%1 is %2: stop it before deleting it</source>
        <translation>%1 ist %2: Vor dem Löschen stoppen</translation>
    </message>
    <message>
        <source>cannot move %1 (%2) from %3 to %4: it is final</source>
        <translation>%1 (%2) kann nicht von %3 zu %4 wechseln: Der Status ist endgültig</translation>
    </message>
    <message>
        <source>cannot move %1 (%2) from %3 to %4: from %3 it may go to %5</source>
        <translation>%1 (%2) kann nicht von %3 zu %4 wechseln: Von %3 aus möglich: %5</translation>
    </message>
    <message>
        <source>this campaign</source>
        <translation>diese Kampagne</translation>
    </message>
    <message>
        <source>the %1 channel</source>
        <translation>der %1-Kanal</translation>
    </message>
    <message>
        <source>the %1 channel of %2</source>
        <translation>der %1-Kanal von %2</translation>
    </message>
    <message>
        <source>an email address</source>
        <translation>eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>eine Telefonnummer</translation>
    </message>
    <message>
        <source>the template &apos;%1&apos; of %2 was deleted</source>
        <translation>%2: Die Vorlage „%1“ wurde gelöscht</translation>
    </message>
    <message>
        <source>Choose another template for this channel.</source>
        <translation>Wählen Sie eine andere Vorlage für diesen Kanal.</translation>
    </message>
    <message>
        <source>%1 has no template</source>
        <translation>%1 hat keine Vorlage</translation>
    </message>
    <message>
        <source>Choose an email template for this channel.</source>
        <translation>Wählen Sie eine E-Mail-Vorlage für diesen Kanal.</translation>
    </message>
    <message>
        <source>%1 has no call script</source>
        <translation>%1 hat kein Anrufskript</translation>
    </message>
    <message>
        <source>Write the call script or choose a script template.</source>
        <translation>Schreiben Sie das Anrufskript oder wählen Sie eine Skriptvorlage.</translation>
    </message>
    <message>
        <source>%1 has no message text</source>
        <translation>%1 hat keinen Nachrichtentext</translation>
    </message>
    <message>
        <source>Write the message text or choose a template.</source>
        <translation>Schreiben Sie den Nachrichtentext oder wählen Sie eine Vorlage.</translation>
    </message>
    <message>
        <source>%1 has no unsubscribe link</source>
        <translation>%1 hat keinen Abmeldelink</translation>
    </message>
    <message>
        <source>Add {{unsubscribe_url}} to the email body.</source>
        <translation>Fügen Sie {{unsubscribe_url}} in den E-Mail-Inhalt ein.</translation>
    </message>
    <message>
        <source>%1 has a subject in capital letters: &quot;%2&quot;</source>
        <translation>%1 hat einen Betreff in Großbuchstaben: „%2“</translation>
    </message>
    <message>
        <source>Write the subject in sentence case: spam filters mark shouting subjects.</source>
        <translation>Schreiben Sie den Betreff in normaler Groß-/Kleinschreibung: Spamfilter markieren „schreiende“ Betreffzeilen.</translation>
    </message>
    <message>
        <source>%1 has no opt-out text</source>
        <translation>%1 hat keinen Abmeldetext</translation>
    </message>
    <message>
        <source>Add {{opt_out_text}} or &quot;Reply STOP to opt out&quot; to the message.</source>
        <translation>Fügen Sie {{opt_out_text}} oder „Antworten Sie STOP zum Abmelden“ in die Nachricht ein.</translation>
    </message>
    <message>
        <source>%1 uses unknown merge field(s) %2</source>
        <translation>%1 verwendet unbekannte Platzhalterfelder: %2</translation>
    </message>
    <message>
        <source>Use one of: %1 (custom fields come with contacts imported from CSV).</source>
        <translation>Verwenden Sie eines von: %1 (benutzerdefinierte Felder kommen mit aus CSV importierten Kontakten).</translation>
    </message>
    <message>
        <source>%1 has no goal</source>
        <translation>%1 hat kein Ziel</translation>
    </message>
    <message>
        <source>the goal &apos;%1&apos; of %2 was deleted</source>
        <translation>%2: Das Ziel „%1“ wurde gelöscht</translation>
    </message>
    <message>
        <source>Choose the goal this campaign works towards.</source>
        <translation>Wählen Sie das Ziel, auf das diese Kampagne hinarbeitet.</translation>
    </message>
    <message>
        <source>%1 has no writer</source>
        <translation>%1 hat keinen Texter</translation>
    </message>
    <message>
        <source>the writer &apos;%1&apos; of %2 was deleted</source>
        <translation>%2: Der Texter „%1“ wurde gelöscht</translation>
    </message>
    <message>
        <source>Choose the writer whose instructions produce the content.</source>
        <translation>Wählen Sie den Texter, nach dessen Anweisungen der Inhalt entsteht.</translation>
    </message>
    <message>
        <source>%1 has no reviewer</source>
        <translation>%1 hat keinen Prüfer</translation>
    </message>
    <message>
        <source>the reviewer &apos;%1&apos; of %2 may no longer approve (deactivated, or their role changed)</source>
        <translation>%2: Der Prüfer „%1“ darf nicht mehr freigeben (deaktiviert oder Rolle geändert)</translation>
    </message>
    <message>
        <source>Choose the reviewer who approves the content (an admin adds reviewers in Settings → People, or with heraldctl users add NAME --role reviewer).</source>
        <translation>Wählen Sie den Prüfer, der den Inhalt freigibt (ein Admin fügt Prüfer unter Einstellungen → Personen hinzu oder mit heraldctl users add NAME --role reviewer).</translation>
    </message>
    <message>
        <source>the content of %1 is not approved by its reviewer &apos;%2&apos; (or changed since the approval)</source>
        <translation>%1: Der Inhalt ist nicht vom Prüfer „%2“ freigegeben (oder wurde seit der Freigabe geändert)</translation>
    </message>
    <message>
        <source>Ask %1 to approve the current content.</source>
        <translation>Bitten Sie %1, den aktuellen Inhalt freizugeben.</translation>
    </message>
    <message>
        <source>%1 has no audience: no contact list and no send-to segment</source>
        <translation>%1 hat keine Zielgruppe: keine Kontaktliste und kein Ziel-Segment</translation>
    </message>
    <message>
        <source>Choose a contact list or a send-to segment.</source>
        <translation>Wählen Sie eine Kontaktliste oder ein Ziel-Segment.</translation>
    </message>
    <message>
        <source>the segment &apos;%1&apos; of %2 was deleted</source>
        <translation>%2: Das Segment „%1“ wurde gelöscht</translation>
    </message>
    <message>
        <source>Remove it from the campaign&apos;s audience or choose another segment.</source>
        <translation>Entfernen Sie es aus der Zielgruppe der Kampagne oder wählen Sie ein anderes Segment.</translation>
    </message>
    <message>
        <source>the send-to segment &apos;%1&apos; of %2 matches nobody</source>
        <translation>%2: Das Ziel-Segment „%1“ trifft auf niemanden zu</translation>
    </message>
    <message>
        <source>Change the segment&apos;s rules or choose another segment.</source>
        <translation>Ändern Sie die Regeln des Segments oder wählen Sie ein anderes Segment.</translation>
    </message>
    <message>
        <source>the audience of %1 is empty</source>
        <translation>%1: Die Zielgruppe ist leer</translation>
    </message>
    <message>
        <source>Add contacts to the list or widen the send-to segments.</source>
        <translation>Fügen Sie der Liste Kontakte hinzu oder erweitern Sie die Ziel-Segmente.</translation>
    </message>
    <message>
        <source>the exclude segments and one-time rules of %1 remove all %2 included contacts</source>
        <translation>%1: Die Ausschluss-Segmente und einmaligen Regeln entfernen alle %2 eingeschlossenen Kontakte</translation>
    </message>
    <message>
        <source>Loosen the exclusions or widen the send-to segments.</source>
        <translation>Lockern Sie die Ausschlüsse oder erweitern Sie die Ziel-Segmente.</translation>
    </message>
    <message>
        <source>%1 is not activated</source>
        <translation>%1 ist nicht aktiviert</translation>
    </message>
    <message>
        <source>Activate the campaign once its configuration is final.</source>
        <translation>Aktivieren Sie die Kampagne, sobald ihre Konfiguration feststeht.</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; (role %2) may not run %3</source>
        <translation>Benutzer „%1“ (Rolle %2) darf %3 nicht ausführen</translation>
    </message>
    <message>
        <source>Ask an admin or a manager to run it, or to change your role.</source>
        <translation>Bitten Sie einen Admin oder Manager, sie auszuführen oder Ihre Rolle zu ändern.</translation>
    </message>
    <message>
        <source>%1 has no channel</source>
        <translation>%1 hat keinen Kanal</translation>
    </message>
    <message>
        <source>Add an email, SMS or phone channel.</source>
        <translation>Fügen Sie einen E-Mail-, SMS- oder Telefon-Kanal hinzu.</translation>
    </message>
    <message>
        <source>%1 has no sender</source>
        <translation>%1 hat keinen Absender</translation>
    </message>
    <message>
        <source>Choose the sender identity (from address, sender name or number pool).</source>
        <translation>Wählen Sie die Absenderidentität (Absenderadresse, Absendername oder Nummernpool).</translation>
    </message>
    <message>
        <source>the sender &apos;%1&apos; of %2 is paused</source>
        <translation>%2: Der Absender „%1“ ist pausiert</translation>
    </message>
    <message>
        <source>Resume the sender or choose another one.</source>
        <translation>Setzen Sie den Absender fort oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>the number pool of sender &apos;%1&apos; of %2 has no active number</source>
        <translation>%2: Der Nummernpool des Absenders „%1“ hat keine aktive Nummer</translation>
    </message>
    <message>
        <source>Add or resume a number in the pool, or release a quarantined one.</source>
        <translation>Fügen Sie dem Pool eine Nummer hinzu, setzen Sie eine fort oder geben Sie eine aus der Quarantäne frei.</translation>
    </message>
    <message>
        <source>the sender &apos;%1&apos; of %2 has no from address</source>
        <translation>%2: Der Absender „%1“ hat keine Absenderadresse</translation>
    </message>
    <message>
        <source>Set the sender&apos;s from address.</source>
        <translation>Legen Sie die Absenderadresse des Absenders fest.</translation>
    </message>
    <message>
        <source>Configure the %1 provider in Settings.</source>
        <translation>Konfigurieren Sie den %1-Anbieter in den Einstellungen.</translation>
    </message>
    <message>
        <source>the %1 provider for %2 has no credentials</source>
        <translation>%2: Der %1-Anbieter hat keine Zugangsdaten</translation>
    </message>
    <message>
        <source>Enter the %1 credentials in Settings.</source>
        <translation>Geben Sie die %1-Zugangsdaten in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>%1 needs a working unsubscribe link, but the organisation has no listener address and public URL to serve it</source>
        <translation>%1 braucht einen funktionierenden Abmeldelink, aber die Organisation hat keine Listener-Adresse und keine öffentliche URL, um ihn bereitzustellen</translation>
    </message>
    <message>
        <source>Set them in Settings → Organisation (heraldctl tenants edit NAME --listen HOST:PORT --public-url URL).</source>
        <translation>Legen Sie sie unter Einstellungen → Organisation fest (heraldctl tenants edit NAME --listen HOST:PORT --public-url URL).</translation>
    </message>
    <message>
        <source>%1: bounces, complaints and replies will not be read, because the organisation has no mailbox; addresses that bounce stay on the list</source>
        <translation>%1: Bounces, Beschwerden und Antworten werden nicht gelesen, da die Organisation kein Postfach hat; unzustellbare Adressen bleiben auf der Liste</translation>
    </message>
    <message>
        <source>Set one in Settings → Organisations → Mailbox… (heraldctl mailbox set).</source>
        <translation>Richten Sie eines unter Einstellungen → Organisationen → Postfach… ein (heraldctl mailbox set).</translation>
    </message>
    <message>
        <source>%1 cannot start while the %2 channel of %3 is Running: only one %2 campaign runs at a time in a tenant</source>
        <translation>%1 kann nicht starten, solange der %2-Kanal von %3 läuft: Pro Mandant läuft jeweils nur eine %2-Kampagne</translation>
    </message>
    <message>
        <source>Wait until %1 completes, or pause or stop it.</source>
        <translation>Warten Sie, bis %1 abgeschlossen ist, oder pausieren oder stoppen Sie die Kampagne.</translation>
    </message>
    <message>
        <source>nobody in the audience of %1 has %2 and has not opted out</source>
        <translation>%1: Niemand in der Zielgruppe hat %2 und ist nicht abgemeldet</translation>
    </message>
    <message>
        <source>Widen the audience or remove this channel.</source>
        <translation>Erweitern Sie die Zielgruppe oder entfernen Sie diesen Kanal.</translation>
    </message>
    <message>
        <source>%1 has no test recipient with %2</source>
        <translation>%1 hat keinen Testempfänger, der %2 hat</translation>
    </message>
    <message>
        <source>Add a test recipient with %1 to the campaign.</source>
        <translation>Fügen Sie der Kampagne einen Testempfänger hinzu, der %1 hat.</translation>
    </message>
    <message>
        <source>%1 tracks link clicks, but the organisation has no listener address and public URL for the tracked links</source>
        <translation>%1 verfolgt Link-Klicks, aber die Organisation hat keine Listener-Adresse und keine öffentliche URL für die verfolgten Links</translation>
    </message>
    <message>
        <source>Set them in Settings → Organisation (heraldctl tenants edit NAME --listen HOST:PORT --public-url URL), or turn click tracking off.</source>
        <translation>Legen Sie sie unter Einstellungen → Organisation fest (heraldctl tenants edit NAME --listen HOST:PORT --public-url URL) oder schalten Sie das Klick-Tracking aus.</translation>
    </message>
    <message>
        <source>%1 needs %2 credits (an SMS segment or a call each); the tenant has %3</source>
        <translation>%1 braucht %2 Guthabenpunkte (je einen pro SMS-Segment oder Anruf); der Mandant hat %3</translation>
    </message>
    <message>
        <source>Top up the tenant&apos;s balance or narrow the audience.</source>
        <translation>Laden Sie das Guthaben des Mandanten auf oder verkleinern Sie die Zielgruppe.</translation>
    </message>
    <message>
        <source>campaign &apos;%1&apos; (%2)</source>
        <translation>Kampagne „%1“ (%2)</translation>
    </message>
    <message>
        <source>name the number pool</source>
        <translation>geben Sie den Nummernpool an</translation>
    </message>
    <message>
        <source>no number pool %1 in this tenant (%2 shows them)</source>
        <translation>kein Nummernpool %1 in diesem Mandanten (%2 zeigt sie an)</translation>
    </message>
    <message>
        <source>a number pool needs a name</source>
        <translation>ein Nummernpool braucht einen Namen</translation>
    </message>
    <message>
        <source>the name of a number pool</source>
        <translation>der Name eines Nummernpools</translation>
    </message>
    <message>
        <source>number pool %1 exists already</source>
        <translation>Nummernpool %1 existiert bereits</translation>
    </message>
    <message>
        <source>a daily cap cannot be negative (0 means no cap)</source>
        <translation>ein Tageslimit darf nicht negativ sein (0 bedeutet kein Limit)</translation>
    </message>
    <message numerus="yes">
        <source>number pool %1 is used by the sender(s) %2: give them another pool or delete them first</source>
        <translation>
            <numerusform>Nummernpool %1 wird vom Absender %2 verwendet: Geben Sie ihm zuerst einen anderen Pool oder löschen Sie ihn</numerusform>
            <numerusform>Nummernpool %1 wird von den Absendern %2 verwendet: Geben Sie ihnen zuerst einen anderen Pool oder löschen Sie sie</numerusform>
        </translation>
    </message>
    <message>
        <source>not a phone number in E.164 form: + (or 00), the country code and the number, e.g. +44 7700 900123</source>
        <translation>keine Telefonnummer im E.164-Format: + (oder 00), Ländervorwahl und Nummer, z. B. +44 7700 900123</translation>
    </message>
    <message>
        <source>twice in the list (line %1)</source>
        <translation>doppelt in der Liste (Zeile %1)</translation>
    </message>
    <message>
        <source>in pool %1 already</source>
        <translation>bereits in Pool %1</translation>
    </message>
    <message>
        <source>in pool %1 already: remove it there first</source>
        <translation>bereits in Pool %1: Entfernen Sie sie dort zuerst</translation>
    </message>
    <message>
        <source>the list holds no numbers</source>
        <translation>die Liste enthält keine Nummern</translation>
    </message>
    <message>
        <source>line %1 %2: %3</source>
        <translation>Zeile %1 %2: %3</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>%1 of %2 numbers cannot be added, so none was: %3</source>
        <translation>%1 von %2 Nummern können nicht hinzugefügt werden, daher wurde keine hinzugefügt: %3</translation>
    </message>
    <message>
        <source>not a phone number in E.164 form</source>
        <translation>keine Telefonnummer im E.164-Format</translation>
    </message>
    <message>
        <source>not in pool %1</source>
        <translation>nicht in Pool %1</translation>
    </message>
    <message>
        <source>%1 of %2 numbers cannot be removed, so none was: %3</source>
        <translation>%1 von %2 Nummern können nicht entfernt werden, daher wurde keine entfernt: %3</translation>
    </message>
    <message>
        <source>only SMS and phone senders send from a number pool; %1 is a %2 sender</source>
        <translation>nur SMS- und Telefon-Absender senden aus einem Nummernpool; %1 ist ein %2-Absender</translation>
    </message>
    <message>
        <source>a user needs a name</source>
        <translation>ein Benutzer braucht einen Namen</translation>
    </message>
    <message>
        <source>the user&apos;s name</source>
        <translation>der Name des Benutzers</translation>
    </message>
    <message>
        <source>the email address %1 is not one (name@domain.tld)</source>
        <translation>die E-Mail-Adresse %1 ist ungültig (name@domain.tld)</translation>
    </message>
    <message>
        <source>in a team workspace you act as your database login &apos;%1&apos;: %2 is for workspace files (connect as another login to act as someone else)</source>
        <translation>in einem Team-Arbeitsbereich handeln Sie als Ihr Datenbank-Login „%1“: %2 ist für Arbeitsbereichsdateien gedacht (verbinden Sie sich mit einem anderen Login, um als jemand anderes zu handeln)</translation>
    </message>
    <message>
        <source>the database login &apos;%1&apos; is not a user of this tenant: an admin adds it with &apos;%2&apos;</source>
        <translation>das Datenbank-Login „%1“ ist kein Benutzer dieses Mandanten: Ein Admin fügt es mit „%2“ hinzu</translation>
    </message>
    <message>
        <source>user %1 (login &apos;%2&apos;) was deactivated on %3: an admin can reactivate them</source>
        <translation>Benutzer %1 (Login „%2“) wurde am %3 deaktiviert: Ein Admin kann ihn reaktivieren</translation>
    </message>
    <message>
        <source>the tenant has no active admin: name a user with %1</source>
        <translation>der Mandant hat keinen aktiven Admin: Benennen Sie einen Benutzer mit %1</translation>
    </message>
    <message>
        <source>user %1 was deactivated on %2: an admin can reactivate them</source>
        <translation>Benutzer %1 wurde am %2 deaktiviert: Ein Admin kann ihn reaktivieren</translation>
    </message>
    <message>
        <source>name the user</source>
        <translation>geben Sie den Benutzer an</translation>
    </message>
    <message>
        <source>user %1 exists already</source>
        <translation>Benutzer %1 existiert bereits</translation>
    </message>
    <message>
        <source>user %1 exists already (deactivated: reactivate them)</source>
        <translation>Benutzer %1 existiert bereits (deaktiviert: reaktivieren Sie ihn)</translation>
    </message>
    <message>
        <source>cannot make %1 of %2: they are the tenant&apos;s last active admin. Make another user admin first</source>
        <translation>%2 kann nicht %1 werden: Das ist der letzte aktive Admin des Mandanten. Machen Sie zuerst einen anderen Benutzer zum Admin</translation>
    </message>
    <message>
        <source>user %1 is deactivated already</source>
        <translation>Benutzer %1 ist bereits deaktiviert</translation>
    </message>
    <message>
        <source>you cannot deactivate yourself (%1): ask another admin</source>
        <translation>Sie können sich nicht selbst deaktivieren (%1): Wenden Sie sich an einen anderen Admin</translation>
    </message>
    <message>
        <source>cannot deactivate %1: they are the tenant&apos;s last active admin. Make another user admin first</source>
        <translation>%1 kann nicht deaktiviert werden: Das ist der letzte aktive Admin des Mandanten. Machen Sie zuerst einen anderen Benutzer zum Admin</translation>
    </message>
    <message>
        <source>a database login is for team workspaces (%1): on a workspace file people act by name</source>
        <translation>ein Datenbank-Login gilt für Team-Arbeitsbereiche (%1): In einer Arbeitsbereichsdatei handeln Personen über ihren Namen</translation>
    </message>
    <message>
        <source>the database login &apos;%1&apos; is user %2 of this tenant already</source>
        <translation>das Datenbank-Login „%1“ ist bereits Benutzer %2 dieses Mandanten</translation>
    </message>
    <message>
        <source>service logins are for team workspaces (%1): on a workspace file &apos;%2&apos; needs none</source>
        <translation>Dienst-Logins gelten für Team-Arbeitsbereiche (%1): In einer Arbeitsbereichsdatei braucht „%2“ keines</translation>
    </message>
    <message>
        <source>the database login &apos;%1&apos; is user %2: a worker&apos;s login is a login of its own</source>
        <translation>das Datenbank-Login „%1“ ist Benutzer %2: Ein Worker braucht ein eigenes Login</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a service login of this tenant (see %2)</source>
        <translation>„%1“ ist kein Dienst-Login dieses Mandanten (siehe %2)</translation>
    </message>
    <message>
        <source>the name of a %1 sender</source>
        <translation>der Name eines %1-Absenders</translation>
    </message>
    <message>
        <source>an email sender needs a from address (%1), e.g. news@example.com</source>
        <translation>ein E-Mail-Absender braucht eine Absenderadresse (%1), z. B. news@example.com</translation>
    </message>
    <message>
        <source>the from address %1 is not an email address (name@domain.tld)</source>
        <translation>die Absenderadresse %1 ist keine E-Mail-Adresse (name@domain.tld)</translation>
    </message>
    <message>
        <source>the reply-to address %1 is not an email address (name@domain.tld)</source>
        <translation>die Antwortadresse %1 ist keine E-Mail-Adresse (name@domain.tld)</translation>
    </message>
    <message>
        <source>an email sender sends from its address, not from a number pool</source>
        <translation>ein E-Mail-Absender sendet von seiner Adresse, nicht aus einem Nummernpool</translation>
    </message>
    <message>
        <source>the SMS sender ID %1 is not one: up to %2 letters, digits or spaces with at least one letter (e.g. NORTHWIND); to send from numbers, give a number pool (%3)</source>
        <translation>die SMS-Absenderkennung %1 ist ungültig: bis zu %2 Buchstaben, Ziffern oder Leerzeichen mit mindestens einem Buchstaben (z. B. NORTHWIND); um von Nummern zu senden, geben Sie einen Nummernpool an (%3)</translation>
    </message>
    <message>
        <source>a phone sender calls from a number pool&apos;s numbers: give the pool (%1)</source>
        <translation>ein Telefon-Absender ruft von den Nummern eines Nummernpools an: Geben Sie den Pool an (%1)</translation>
    </message>
    <message>
        <source>a Viber sender name has at most %1 characters: %2 has %3</source>
        <translation>ein Viber-Absendername hat höchstens %1 Zeichen: %2 hat %3</translation>
    </message>
    <message>
        <source>the Telegram bot %1 is not a bot&apos;s username: 5 to 32 letters, digits or underscores, starting with a letter and ending in &quot;bot&quot; (e.g. NorthwindBot)</source>
        <translation>der Telegram-Bot %1 ist kein Bot-Benutzername: 5 bis 32 Buchstaben, Ziffern oder Unterstriche, beginnend mit einem Buchstaben und endend auf „bot“ (z. B. NorthwindBot)</translation>
    </message>
    <message>
        <source>only SMS and phone senders send from a number pool, not %1 ones</source>
        <translation>nur SMS- und Telefon-Absender senden aus einem Nummernpool, keine %1-Absender</translation>
    </message>
    <message>
        <source>a %1 sender needs a name (%2)</source>
        <translation>ein %1-Absender braucht einen Namen (%2)</translation>
    </message>
    <message>
        <source>the %1 sender %2 exists already: choose another name or edit that one</source>
        <translation>der %1-Absender %2 existiert bereits: Wählen Sie einen anderen Namen oder bearbeiten Sie diesen</translation>
    </message>
    <message>
        <source>the %1 sender %2 is used by %3, which has not ended: choose another sender there first (or pause this one)</source>
        <translation>der %1-Absender %2 wird von %3 verwendet, die noch nicht beendet ist: Wählen Sie dort zuerst einen anderen Absender (oder pausieren Sie diesen)</translation>
    </message>
    <message>
        <source>the %1 sender %2 is used by %3, which have not ended: choose another sender there first (or pause this one)</source>
        <translation>der %1-Absender %2 wird von %3 verwendet, die noch nicht beendet sind: Wählen Sie dort zuerst einen anderen Absender (oder pausieren Sie diesen)</translation>
    </message>
    <message>
        <source>name the database login</source>
        <translation>geben Sie das Datenbank-Login an</translation>
    </message>
    <message>
        <source>the database login %1 has capitals: use %2 (Herald keeps logins in lower case, so that one person is never two)</source>
        <translation>das Datenbank-Login %1 enthält Großbuchstaben: Verwenden Sie %2 (Herald speichert Logins in Kleinbuchstaben, damit eine Person nie doppelt vorkommt)</translation>
    </message>
    <message>
        <source>the database login %1 is not one Herald links: lower case letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;@&apos; and &apos;-&apos;, starting with a letter, at most 63 characters</source>
        <translation>das Datenbank-Login %1 kann Herald nicht verknüpfen: erlaubt sind Kleinbuchstaben, Ziffern, „_“, „.“, „@“ und „-“, beginnend mit einem Buchstaben, höchstens 63 Zeichen</translation>
    </message>
    <message>
        <source>%1. The login &apos;%2&apos; may not create logins: give it %3, or have a database administrator run %4 and link it again</source>
        <translation>%1. Das Login „%2“ darf keine Logins anlegen: Geben Sie ihm %3 oder lassen Sie einen Datenbankadministrator %4 ausführen und verknüpfen Sie es erneut</translation>
    </message>
    <message>
        <source>a tenant needs a name</source>
        <translation>ein Mandant braucht einen Namen</translation>
    </message>
    <message>
        <source>the tenant&apos;s name</source>
        <translation>der Name des Mandanten</translation>
    </message>
    <message>
        <source>a tenant named %1 exists already</source>
        <translation>ein Mandant namens %1 existiert bereits</translation>
    </message>
    <message>
        <source>name the tenant</source>
        <translation>geben Sie den Mandanten an</translation>
    </message>
    <message>
        <source>unknown time zone %1 (an IANA name such as Europe/Berlin)</source>
        <translation>unbekannte Zeitzone %1 (ein IANA-Name wie Europe/Berlin)</translation>
    </message>
    <message>
        <source>user %1 is not an admin of tenant %2: only its admins rename it</source>
        <translation>Benutzer %1 ist kein Admin von Mandant %2: Nur dessen Admins können ihn umbenennen</translation>
    </message>
    <message>
        <source>unknown time zone %1: use an IANA name such as Europe/London</source>
        <translation>unbekannte Zeitzone %1: Verwenden Sie einen IANA-Namen wie Europe/Berlin</translation>
    </message>
    <message>
        <source>the default send window: %1</source>
        <translation>das Standard-Sendefenster: %1</translation>
    </message>
    <message>
        <source>user %1 is not an admin of tenant %2: only its admins configure it</source>
        <translation>Benutzer %1 ist kein Admin von Mandant %2: Nur dessen Admins können ihn konfigurieren</translation>
    </message>
    <message>
        <source>the listener address %1 is not HOST:PORT with an IP address and a port from 1 to 65535 (e.g. 127.0.0.1:8480, 0.0.0.0:8480 for every interface)</source>
        <translation>die Listener-Adresse %1 ist nicht HOST:PORT mit einer IP-Adresse und einem Port von 1 bis 65535 (z. B. 127.0.0.1:8480, 0.0.0.0:8480 für alle Schnittstellen)</translation>
    </message>
    <message>
        <source>user %1 is not an admin of tenant %2: only its admins configure the mailbox of it</source>
        <translation>Benutzer %1 ist kein Admin von Mandant %2: Nur dessen Admins können sein Postfach konfigurieren</translation>
    </message>
    <message>
        <source>the public URL %1 is not an http or https address without a query (e.g. https://herald.example.org)</source>
        <translation>die öffentliche URL %1 ist keine http- oder https-Adresse ohne Query (z. B. https://herald.example.org)</translation>
    </message>
    <message>
        <source>user %1 is not an admin of tenant %2: only its admins configure the listener of it</source>
        <translation>Benutzer %1 ist kein Admin von Mandant %2: Nur dessen Admins können seinen Listener konfigurieren</translation>
    </message>
    <message>
        <source>the HELP answer has %1 characters; keep it to 480 (three SMS segments)</source>
        <translation>die HELP-Antwort hat %1 Zeichen; beschränken Sie sie auf 480 (drei SMS-Segmente)</translation>
    </message>
    <message>
        <source>user %1 is not an admin of tenant %2: only its admins set the SMS keywords of it</source>
        <translation>Benutzer %1 ist kein Admin von Mandant %2: Nur dessen Admins können seine SMS-Schlüsselwörter festlegen</translation>
    </message>
    <message>
        <source>user %1 is not an admin of tenant %2: only its admins set up it</source>
        <translation>Benutzer %1 ist kein Admin von Mandant %2: Nur dessen Admins können ihn einrichten</translation>
    </message>
    <message>
        <source>user %1 is not an admin of tenant %2: only its admins archive it</source>
        <translation>Benutzer %1 ist kein Admin von Mandant %2: Nur dessen Admins können ihn archivieren</translation>
    </message>
    <message>
        <source>tenant %1 is archived already</source>
        <translation>Mandant %1 ist bereits archiviert</translation>
    </message>
    <message>
        <source>tenant %1 is the workspace&apos;s default: it cannot be archived</source>
        <translation>Mandant %1 ist der Standard des Arbeitsbereichs: Er kann nicht archiviert werden</translation>
    </message>
    <message>
        <source>you are working in tenant %1: archive it from another tenant you administer</source>
        <translation>Sie arbeiten in Mandant %1: Archivieren Sie ihn von einem anderen Mandanten aus, den Sie verwalten</translation>
    </message>
    <message>
        <source>tenant %1 has %2 channel(s) running or paused: stop them first</source>
        <translation>Mandant %1 hat laufende oder pausierte Kanäle (%2): Stoppen Sie diese zuerst</translation>
    </message>
    <message>
        <source>run %1 is not a run of %2</source>
        <translation>Lauf %1 ist kein Lauf von %2</translation>
    </message>
    <message>
        <source>campaign %1 has not run yet: there is nothing to report</source>
        <translation>Kampagne %1 ist noch nicht gelaufen: Es gibt nichts zu berichten</translation>
    </message>
    <message>
        <source>the comparison</source>
        <translation>der Vergleich</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>der Export</translation>
    </message>
    <message>
        <source>the export was cancelled after %1 of %2 messages</source>
        <translation>der Export wurde nach %1 von %2 Nachrichten abgebrochen</translation>
    </message>
    <message>
        <source>the report of %1</source>
        <translation>der Bericht von %1</translation>
    </message>
    <message>
        <source>send window &apos;%1&apos; is not of the form 08:00-21:00 (or none)</source>
        <translation>Sendefenster „%1“ hat nicht die Form 08:00-21:00 (oder none)</translation>
    </message>
    <message>
        <source>%1 %2 not found in this tenant</source>
        <translation>Eintrag %2 (%1) in diesem Mandanten nicht gefunden</translation>
    </message>
    <message>
        <source>name the %1</source>
        <translation>geben Sie den Eintrag (%1) an</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; was deleted</source>
        <translation>Eintrag „%2“ (%1) wurde gelöscht</translation>
    </message>
    <message>
        <source>a %1 needs a name</source>
        <translation>ein Eintrag (%1) braucht einen Namen</translation>
    </message>
    <message>
        <source>the name of a %1</source>
        <translation>der Name eines Eintrags (%1)</translation>
    </message>
    <message>
        <source>another %1 is called &apos;%2&apos; already: choose another name</source>
        <translation>ein anderer Eintrag (%1) heißt bereits „%2“: Wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>the goal&apos;s metric</source>
        <translation>die Metrik des Ziels</translation>
    </message>
    <message>
        <source>the target of goal &apos;%1&apos; cannot be negative</source>
        <translation>der Zielwert von Ziel „%1“ darf nicht negativ sein</translation>
    </message>
    <message>
        <source>the URL of goal &apos;%1&apos; must be an http or https address, not %2</source>
        <translation>die URL von Ziel „%1“ muss eine http- oder https-Adresse sein, nicht %2</translation>
    </message>
    <message>
        <source>writer &apos;%1&apos;: an SMS may take 1 to 10 segments, not %2</source>
        <translation>Texter „%1“: Eine SMS darf 1 bis 10 Segmente umfassen, nicht %2</translation>
    </message>
    <message>
        <source>writer &apos;%1&apos;: the longest email subject is 10 to 200 characters, not %2</source>
        <translation>Texter „%1“: Der längste E-Mail-Betreff hat 10 bis 200 Zeichen, nicht %2</translation>
    </message>
    <message>
        <source>template &apos;%1&apos; has no body: give the email&apos;s HTML or text</source>
        <translation>Vorlage „%1“ hat keinen Inhalt: Geben Sie HTML oder Text der E-Mail an</translation>
    </message>
    <message>
        <source>template &apos;%1&apos; has no body: give the message&apos;s text</source>
        <translation>Vorlage „%1“ hat keinen Inhalt: Geben Sie den Text der Nachricht an</translation>
    </message>
    <message>
        <source>the subject of template &apos;%1&apos;</source>
        <translation>der Betreff von Vorlage „%1“</translation>
    </message>
    <message>
        <source>the preheader of template &apos;%1&apos;</source>
        <translation>der Preheader von Vorlage „%1“</translation>
    </message>
    <message>
        <source>template &apos;%1&apos; has %2 recordings: a call plays one</source>
        <translation>Vorlage „%1“ hat %2 Aufnahmen: Ein Anruf spielt eine ab</translation>
    </message>
    <message>
        <source>the recording %1 of template &apos;%2&apos;</source>
        <translation>die Aufnahme %1 von Vorlage „%2“</translation>
    </message>
    <message>
        <source>template &apos;%1&apos; is for %2: a template keeps its channel (make a new one for %3)</source>
        <translation>Vorlage „%1“ ist für %2: Eine Vorlage behält ihren Kanal (legen Sie eine neue für %3 an)</translation>
    </message>
    <message>
        <source>segment &apos;%1&apos;: %2</source>
        <translation>Segment „%1“: %2</translation>
    </message>
    <message>
        <source>this link is not one Herald sent, or it was changed</source>
        <translation>dieser Link wurde nicht von Herald gesendet oder wurde verändert</translation>
    </message>
    <message>
        <source>the stop word %1 is not one word of up to 20 letters or digits (e.g. ARRET, STOPP)</source>
        <translation>das Stoppwort %1 ist nicht ein Wort aus bis zu 20 Buchstaben oder Ziffern (z. B. ARRET, STOPP)</translation>
    </message>
    <message>
        <source>the stop word %1 already means %2 to every carrier</source>
        <translation>das Stoppwort %1 bedeutet bei jedem Netzbetreiber bereits %2</translation>
    </message>
    <message>
        <source>a tenant may have up to 50 stop words of its own</source>
        <translation>ein Mandant kann bis zu 50 eigene Stoppwörter haben</translation>
    </message>
    <message>
        <source>tenant %1 not found</source>
        <translation>Mandant %1 nicht gefunden</translation>
    </message>
    <message>
        <source>the writer endpoint&apos;s URL &quot;%1&quot; is not an http(s) address such as https://api.example.com/v1</source>
        <translation>die URL &quot;%1&quot; des Texter-Endpunkts ist keine http(s)-Adresse wie https://api.example.com/v1</translation>
    </message>
    <message>
        <source>the writer endpoint needs the model to ask (e.g. gpt-4o-mini)</source>
        <translation>der Texter-Endpunkt braucht das abzufragende Modell (z. B. gpt-4o-mini)</translation>
    </message>
    <message>
        <source>the writer endpoint&apos;s timeout is between 5 and 600 seconds</source>
        <translation>das Zeitlimit des Texter-Endpunkts liegt zwischen 5 und 600 Sekunden</translation>
    </message>
    <message>
        <source>an API key is sent over https only (or to this machine): use https://%1%2</source>
        <translation>ein API-Schlüssel wird nur über https gesendet (oder an diesen Rechner): Verwenden Sie https://%1%2</translation>
    </message>
    <message>
        <source>cannot keep the writer endpoint&apos;s API key: %1</source>
        <translation>der API-Schlüssel des Texter-Endpunkts kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot read the writer endpoint&apos;s API key: %1. Type it again in Settings</source>
        <translation>der API-Schlüssel des Texter-Endpunkts kann nicht gelesen werden: %1. Geben Sie ihn in den Einstellungen erneut ein</translation>
    </message>
    <message>
        <source>sweep by hand (dispatchers sweep on their own)</source>
        <translation>von Hand aufräumen (Dispatcher räumen selbst auf)</translation>
    </message>
    <message>
        <source>%1 channel of run %2</source>
        <translation>%1-Kanal von Lauf %2</translation>
    </message>
    <message>
        <source>create campaigns</source>
        <translation>Kampagnen erstellen</translation>
    </message>
    <message>
        <source>change campaigns</source>
        <translation>Kampagnen ändern</translation>
    </message>
    <message>
        <source>delete campaigns</source>
        <translation>Kampagnen löschen</translation>
    </message>
    <message>
        <source>approve or reject campaigns</source>
        <translation>Kampagnen freigeben oder ablehnen</translation>
    </message>
    <message>
        <source>comment on campaigns</source>
        <translation>Kampagnen kommentieren</translation>
    </message>
    <message>
        <source>run campaigns</source>
        <translation>Kampagnen ausführen</translation>
    </message>
    <message>
        <source>pause, resume or stop campaigns</source>
        <translation>Kampagnen pausieren, fortsetzen oder stoppen</translation>
    </message>
    <message>
        <source>change contacts and contact lists</source>
        <translation>Kontakte und Kontaktlisten ändern</translation>
    </message>
    <message>
        <source>import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>change the opt-out list</source>
        <translation>die Abmeldeliste ändern</translation>
    </message>
    <message>
        <source>change templates</source>
        <translation>Vorlagen ändern</translation>
    </message>
    <message>
        <source>change goals</source>
        <translation>Ziele ändern</translation>
    </message>
    <message>
        <source>change writers</source>
        <translation>Texter ändern</translation>
    </message>
    <message>
        <source>change segments</source>
        <translation>Segmente ändern</translation>
    </message>
    <message>
        <source>configure providers</source>
        <translation>Anbieter konfigurieren</translation>
    </message>
    <message>
        <source>manage people and their roles</source>
        <translation>Personen und ihre Rollen verwalten</translation>
    </message>
    <message>
        <source>manage tenants</source>
        <translation>Mandanten verwalten</translation>
    </message>
    <message>
        <source>manage senders</source>
        <translation>Absender verwalten</translation>
    </message>
    <message>
        <source>manage number pools</source>
        <translation>Nummernpools verwalten</translation>
    </message>
    <message>
        <source>maintain the workspace</source>
        <translation>den Arbeitsbereich pflegen</translation>
    </message>
    <message>
        <source>see provider diagnostics</source>
        <translation>Anbieterdiagnosen einsehen</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>the last of a list of roles</comment>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; is deactivated and may not %2: an admin can reactivate them</source>
        <translation>Benutzer „%1“ ist deaktiviert und darf nicht %2: Ein Admin kann ihn reaktivieren</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; (role %2) may not %3: that needs the role %4</source>
        <translation>Benutzer „%1“ (Rolle %2) darf nicht %3: Dafür ist die Rolle %4 nötig</translation>
    </message>
    <message>
        <source>cannot start an IMAP connection (libcurl)</source>
        <translation>IMAP-Verbindung kann nicht gestartet werden (libcurl)</translation>
    </message>
    <message>
        <source>%1: stopped</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>%1: more than %2 MB</source>
        <translation>%1: mehr als %2 MB</translation>
    </message>
    <message>
        <source>%1 at %2: %3 (check the user &apos;%4&apos; and its password)</source>
        <translation>%1 auf %2: %3 (prüfen Sie den Benutzer „%4“ und sein Passwort)</translation>
    </message>
    <message>
        <source>%1 at %2: %3 (the server&apos;s certificate is not trusted: give the CA that signed it as %4)</source>
        <translation>%1 auf %2: %3 (dem Zertifikat des Servers wird nicht vertraut: Geben Sie die CA, die es signiert hat, als %4 an)</translation>
    </message>
    <message>
        <source>%1 at %2: %3 (the server offers no STARTTLS: use %4 and port 993)</source>
        <translation>%1 auf %2: %3 (der Server bietet kein STARTTLS: Verwenden Sie %4 und Port 993)</translation>
    </message>
    <message>
        <source>%1 at %2: %3 (check host and port, and that the server is up)</source>
        <translation>%1 auf %2: %3 (prüfen Sie Host und Port und ob der Server läuft)</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <source>cannot open folder %1 of the mailbox</source>
        <translation>Ordner %1 des Postfachs kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot list the new mail in folder %1</source>
        <translation>neue Mails in Ordner %1 können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>cannot read message %1 of folder %2</source>
        <translation>Nachricht %1 in Ordner %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot mark message %1 read</source>
        <translation>Nachricht %1 kann nicht als gelesen markiert werden</translation>
    </message>
    <message>
        <source>tenant &apos;%1&apos; has no mailbox: set one with %2, or in Settings → Organisations</source>
        <translation>Mandant „%1“ hat kein Postfach: Legen Sie eines mit %2 oder unter Einstellungen → Organisationen fest</translation>
    </message>
    <message>
        <source>tenant &apos;%1&apos; has no mailbox</source>
        <translation>Mandant „%1“ hat kein Postfach</translation>
    </message>
    <message>
        <source>the mailbox of %1: %2</source>
        <translation>das Postfach von %1: %2</translation>
    </message>
    <message>
        <source>mailbox settings</source>
        <translation>Postfach-Einstellungen</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is &apos;%3&apos;, not %4 (port 993) or %5 (port 143); the mailbox is only read over TLS</source>
        <translation>%1: &quot;%2&quot; ist „%3“, nicht %4 (Port 993) oder %5 (Port 143); das Postfach wird nur über TLS gelesen</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is &apos;%3&apos;: give the IMAP server&apos;s name</source>
        <translation>%1: &quot;%2&quot; ist „%3“: Geben Sie den Namen des IMAP-Servers an</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is &apos;%3&apos;: give a folder name such as INBOX</source>
        <translation>%1: &quot;%2&quot; ist „%3“: Geben Sie einen Ordnernamen wie INBOX an</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is &apos;%3&apos;: give a plain address such as bounces@example.org (without +); each message is sent from bounces+TOKEN@example.org</source>
        <translation>%1: &quot;%2&quot; ist „%3“: Geben Sie eine einfache Adresse wie bounces@example.org an (ohne +); jede Nachricht wird von bounces+TOKEN@example.org gesendet</translation>
    </message>
    <message>
        <source>cannot listen for Kannel&apos;s delivery reports on %1:%2: the address is in use or not on this machine; change &quot;%3&quot; in the SMS provider settings</source>
        <translation>auf %1:%2 kann nicht auf Zustellberichte von Kannel gewartet werden: Die Adresse ist belegt oder gehört nicht zu diesem Rechner; ändern Sie &quot;%3&quot; in den Einstellungen des SMS-Anbieters</translation>
    </message>
    <message>
        <source>the SMS gateway at %1 did not take the answer to %2: %3</source>
        <translation>das SMS-Gateway unter %1 hat die Antwort auf %2 nicht angenommen: %3</translation>
    </message>
    <message>
        <source>the SMS gateway answered %1: %2</source>
        <translation>das SMS-Gateway antwortete %1: %2</translation>
    </message>
    <message>
        <source>the SMS gateway refused the message (%1): %2</source>
        <translation>das SMS-Gateway hat die Nachricht abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>cannot reach the SMS gateway at %1: %2</source>
        <translation>SMS-Gateway unter %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Timed Out: the SMS gateway took the message but did not answer (%1)</source>
        <translation>Zeitüberschreitung: Das SMS-Gateway hat die Nachricht angenommen, aber nicht geantwortet (%1)</translation>
    </message>
    <message>
        <source>not delivered to the handset: no reason given</source>
        <translation>nicht an das Endgerät zugestellt: kein Grund angegeben</translation>
    </message>
    <message>
        <source>not delivered to the handset: %1</source>
        <translation>nicht an das Endgerät zugestellt: %1</translation>
    </message>
    <message>
        <source>rejected by the SMS centre: no reason given</source>
        <translation>von der SMS-Zentrale abgelehnt: kein Grund angegeben</translation>
    </message>
    <message>
        <source>rejected by the SMS centre: %1</source>
        <translation>von der SMS-Zentrale abgelehnt: %1</translation>
    </message>
    <message>
        <source>the SMS gateway at %1 refused user %2: %3</source>
        <translation>das SMS-Gateway unter %1 hat Benutzer %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>the SMS gateway at %1 answered %2: %3</source>
        <translation>das SMS-Gateway unter %1 antwortete %2: %3</translation>
    </message>
    <message>
        <source>reached the SMS gateway at %1 as %2</source>
        <translation>SMS-Gateway unter %1 als %2 erreicht</translation>
    </message>
    <message>
        <source>Kannel settings</source>
        <translation>Kannel-Einstellungen</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is not an http(s) URL such as http://127.0.0.1:13013/cgi-bin/sendsms</source>
        <translation>%1: %2 „%3“ ist keine http(s)-URL wie http://127.0.0.1:13013/cgi-bin/sendsms</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is not a two-letter region code such as US, GB or DE</source>
        <translation>%1: %2 „%3“ ist kein zweistelliger Regionscode wie US, GB oder DE</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is not an address and port such as 127.0.0.1:14013 or 0.0.0.0:14013</source>
        <translation>%1: %2 „%3“ ist keine Adresse mit Port wie 127.0.0.1:14013 oder 0.0.0.0:14013</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is not an http(s) URL without a query, such as http://herald.example:14013</source>
        <translation>%1: %2 „%3“ ist keine http(s)-URL ohne Query wie http://herald.example:14013</translation>
    </message>
    <message>
        <source>the system keyring is reached through a running application</source>
        <translation>der Systemschlüsselbund ist nur über eine laufende Anwendung erreichbar</translation>
    </message>
    <message>
        <source>the system keyring did not answer within %1 s</source>
        <translation>der Systemschlüsselbund hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>the system keyring has no password &quot;%1&quot;</source>
        <translation>der Systemschlüsselbund enthält kein Passwort &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the system keyring refused access</source>
        <translation>der Systemschlüsselbund hat den Zugriff verweigert</translation>
    </message>
    <message>
        <source>the system keyring refused access (%1)</source>
        <translation>der Systemschlüsselbund hat den Zugriff verweigert (%1)</translation>
    </message>
    <message>
        <source>no system keyring is available</source>
        <translation>kein Systemschlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>no system keyring is available (%1)</source>
        <translation>kein Systemschlüsselbund verfügbar (%1)</translation>
    </message>
    <message>
        <source>the system keyring failed</source>
        <translation>Fehler im Systemschlüsselbund</translation>
    </message>
    <message>
        <source>the system keyring failed (%1)</source>
        <translation>Fehler im Systemschlüsselbund (%1)</translation>
    </message>
    <message>
        <source>simulator settings</source>
        <translation>Simulator-Einstellungen</translation>
    </message>
    <message>
        <source>the %1 provider for %2 is not available in this version of Herald</source>
        <translation>der Anbieter %1 für %2 ist in dieser Version von Herald nicht verfügbar</translation>
    </message>
    <message>
        <source>%1: a password is never stored in the workspace; type it in Settings (it is kept in the system keyring), or give %2 (a file readable by its owner only) or %3 (the name of an environment variable) instead</source>
        <translation>%1: Ein Passwort wird nie im Arbeitsbereich gespeichert; geben Sie es in den Einstellungen ein (es wird im Systemschlüsselbund abgelegt) oder geben Sie stattdessen %2 (eine nur für den Eigentümer lesbare Datei) oder %3 (den Namen einer Umgebungsvariablen) an</translation>
    </message>
    <message>
        <source>%1: give one of %2, %3 and %4, not %5</source>
        <translation>%1: Geben Sie eines von %2, %3 und %4 an, nicht %5</translation>
    </message>
    <message>
        <source>%1: %2; type the password again in Settings, or on a machine without a keyring give %3 or %4</source>
        <translation>%1: %2; geben Sie das Passwort in den Einstellungen erneut ein oder auf einem Rechner ohne Schlüsselbund %3 oder %4 an</translation>
    </message>
    <message>
        <source>%1: %2 %3 does not exist</source>
        <translation>%1: %2 %3 existiert nicht</translation>
    </message>
    <message>
        <source>%1: %2 %3 may be read by other users; make it mode 0600 (chmod 600 %3)</source>
        <translation>%1: %2 %3 ist für andere Benutzer lesbar; setzen Sie den Modus 0600 (chmod 600 %3)</translation>
    </message>
    <message>
        <source>%1: cannot read %2 %3: %4</source>
        <translation>%1: %2 %3 kann nicht gelesen werden: %4</translation>
    </message>
    <message>
        <source>%1: the environment variable %2 (%3) is not set</source>
        <translation>%1: Die Umgebungsvariable %2 (%3) ist nicht gesetzt</translation>
    </message>
    <message>
        <source>cannot keep %1: %2. On a machine without a keyring give a password file (mode 0600) or an environment variable instead</source>
        <translation>%1 kann nicht gespeichert werden: %2. Geben Sie auf einem Rechner ohne Schlüsselbund stattdessen eine Passwortdatei (Modus 0600) oder eine Umgebungsvariable an</translation>
    </message>
    <message>
        <source>the %1 password</source>
        <translation>das %1-Passwort</translation>
    </message>
    <message>
        <source>%1: not a JSON object (a JSON value of another kind)</source>
        <translation>%1: kein JSON-Objekt (ein JSON-Wert anderer Art)</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1: kein JSON-Objekt (%2)</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>%1: %2 looks like a secret, and secrets are never stored in the workspace: type the password in Settings (it is kept in the system keyring), or give %3 (a file readable by its owner only) or %4 (the name of an environment variable), written exactly so</source>
        <translation>%1: %2 sieht nach einem Geheimnis aus, und Geheimnisse werden nie im Arbeitsbereich gespeichert: Geben Sie das Passwort in den Einstellungen ein (es wird im Systemschlüsselbund abgelegt) oder geben Sie %3 (eine nur für den Eigentümer lesbare Datei) oder %4 (den Namen einer Umgebungsvariablen) an, genau so geschrieben</translation>
    </message>
    <message>
        <source>%1: unknown setting %2; the settings are %3</source>
        <translation>%1: unbekannte Einstellung %2; die Einstellungen sind %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be %3, not %4</source>
        <translation>%1: &quot;%2&quot; muss %3 sein, nicht %4</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3: it must be %4</source>
        <translation>%1: &quot;%2&quot; ist %3: Es muss %4 sein</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>ein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1 is not audio libsndfile can read (WAV, FLAC, Ogg Vorbis, AIFF, ...): %2</source>
        <translation>%1 ist kein Audio, das libsndfile lesen kann (WAV, FLAC, Ogg Vorbis, AIFF, ...): %2</translation>
    </message>
    <message>
        <source>%1 holds no audio</source>
        <translation>%1 enthält kein Audio</translation>
    </message>
    <message>
        <source>%1 lasts %2 minutes; a call&apos;s message may last %3 at most</source>
        <translation>%1 dauert %2 Minuten; die Nachricht eines Anrufs darf höchstens %3 dauern</translation>
    </message>
    <message>
        <source>cannot resample %1 to 8 kHz: %2</source>
        <translation>%1 kann nicht auf 8 kHz umgerechnet werden: %2</translation>
    </message>
    <message>
        <source>%1 lasts over %2 minutes, the most a call&apos;s message may last</source>
        <translation>%1 dauert über %2 Minuten, das Maximum für die Nachricht eines Anrufs</translation>
    </message>
    <message>
        <source>the recording %1</source>
        <translation>die Aufnahme %1</translation>
    </message>
    <message>
        <source>%1 is %2, over the %3 a recording may take: shorten it or save it as mono, 8 or 16 kHz</source>
        <translation>%1 ist %2 groß, mehr als die %3, die eine Aufnahme haben darf: Kürzen Sie sie oder speichern Sie sie als Mono mit 8 oder 16 kHz</translation>
    </message>
    <message>
        <source>%1 is empty: choose the recording you meant</source>
        <translation>%1 ist leer: Wählen Sie die gemeinte Aufnahme</translation>
    </message>
    <message>
        <source>the call script is empty</source>
        <translation>das Anrufskript ist leer</translation>
    </message>
    <message>
        <source>the call script is longer than %1 characters: nobody listens that long</source>
        <translation>das Anrufskript ist länger als %1 Zeichen: So lange hört niemand zu</translation>
    </message>
    <message>
        <source>espeak-ng could not speak the call script with voice %1: %2</source>
        <translation>espeak-ng konnte das Anrufskript nicht mit der Stimme %1 sprechen: %2</translation>
    </message>
    <message>
        <source>espeak-ng&apos;s speech</source>
        <translation>die Sprachausgabe von espeak-ng</translation>
    </message>
    <message>
        <source>espeak-ng is not installed: install the Debian package espeak-ng, or attach a recording to the call script</source>
        <translation>espeak-ng ist nicht installiert: Installieren Sie das Debian-Paket espeak-ng oder hängen Sie eine Aufnahme an das Anrufskript an</translation>
    </message>
    <message>
        <source>cannot set up TLS for SIP: %1</source>
        <translation>TLS für SIP kann nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>SIP settings: %1 %2 holds no PEM certificate</source>
        <translation>SIP-Einstellungen: %1 %2 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>SIP settings: cannot check the trunk&apos;s certificate against %1</source>
        <translation>SIP-Einstellungen: Das Zertifikat des Trunks kann nicht gegen %1 geprüft werden</translation>
    </message>
    <message>
        <source>the trunk&apos;s TLS certificate was refused (%1): %2</source>
        <translation>das TLS-Zertifikat des Trunks wurde abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>no answer from the SIP proxy at %1 over %2: %3; check the proxy&apos;s name, or give %4 for a private authority</source>
        <translation>keine Antwort vom SIP-Proxy unter %1 über %2: %3; prüfen Sie den Namen des Proxys oder geben Sie %4 für eine private Zertifizierungsstelle an</translation>
    </message>
    <message>
        <source>no answer from the SIP proxy at %1 over %2: %3; check proxy and transport</source>
        <translation>keine Antwort vom SIP-Proxy unter %1 über %2: %3; prüfen Sie Proxy und Transport</translation>
    </message>
    <message>
        <source>the SIP proxy at %1 answered: %2</source>
        <translation>der SIP-Proxy unter %1 antwortete: %2</translation>
    </message>
    <message>
        <source>the SIP proxy at %1 refused calls without credentials: %2; check user and password</source>
        <translation>der SIP-Proxy unter %1 hat Anrufe ohne Zugangsdaten abgelehnt: %2; prüfen Sie Benutzer und Passwort</translation>
    </message>
    <message>
        <source>the SIP proxy at %1 refused user %2: %3; check user and password</source>
        <translation>der SIP-Proxy unter %1 hat Benutzer %2 abgelehnt: %3; prüfen Sie Benutzer und Passwort</translation>
    </message>
    <message>
        <source>cannot find the SIP proxy %1: %2; check &quot;%3&quot; in the phone provider settings</source>
        <translation>SIP-Proxy %1 nicht gefunden: %2; prüfen Sie &quot;%3&quot; in den Einstellungen des Telefonanbieters</translation>
    </message>
    <message>
        <source>no route to the SIP proxy at %1; check &quot;%2&quot;, or give &quot;%3&quot;</source>
        <translation>keine Route zum SIP-Proxy unter %1; prüfen Sie &quot;%2&quot; oder geben Sie &quot;%3&quot; an</translation>
    </message>
    <message>
        <source>cannot use the local address %1 for SIP</source>
        <translation>die lokale Adresse %1 kann nicht für SIP verwendet werden</translation>
    </message>
    <message>
        <source>cannot start SIP on %1: %2; check &quot;%3&quot; in the phone provider settings</source>
        <translation>SIP kann auf %1 nicht gestartet werden: %2; prüfen Sie &quot;%3&quot; in den Einstellungen des Telefonanbieters</translation>
    </message>
    <message>
        <source>SIP is not started</source>
        <translation>SIP ist nicht gestartet</translation>
    </message>
    <message>
        <source>SIP settings</source>
        <translation>SIP-Einstellungen</translation>
    </message>
    <message>
        <source>%1: %2 %3 is not udp, tcp or tls</source>
        <translation>%1: %2 %3 ist nicht udp, tcp oder tls</translation>
    </message>
    <message>
        <source>%1: %2 is missing; give the trunk&apos;s proxy or registrar as sip:HOST:PORT, e.g. sip:pbx.example.org:5060</source>
        <translation>%1: %2 fehlt; geben Sie Proxy oder Registrar des Trunks als sip:HOST:PORT an, z. B. sip:pbx.example.org:5060</translation>
    </message>
    <message>
        <source>%1: %2 %3 is not a SIP address such as sip:pbx.example.org:5060 or sip:192.0.2.10</source>
        <translation>%1: %2 %3 ist keine SIP-Adresse wie sip:pbx.example.org:5060 oder sip:192.0.2.10</translation>
    </message>
    <message>
        <source>%1: %2 is for transport tls; the transport is %3</source>
        <translation>%1: %2 gilt für den Transport tls; der Transport ist %3</translation>
    </message>
    <message>
        <source>%1: %2 %3 cannot be read; give the PEM file of the authority that signed the trunk&apos;s certificate</source>
        <translation>%1: %2 %3 kann nicht gelesen werden; geben Sie die PEM-Datei der Zertifizierungsstelle an, die das Zertifikat des Trunks signiert hat</translation>
    </message>
    <message>
        <source>%1: %2 %3 is not e164 or digits</source>
        <translation>%1: %2 %3 ist weder e164 noch digits</translation>
    </message>
    <message>
        <source>%1: %2 %3 is not an IP address of this machine, such as 192.0.2.20</source>
        <translation>%1: %2 %3 ist keine IP-Adresse dieses Rechners, etwa 192.0.2.20</translation>
    </message>
    <message>
        <source>%1: %2 %3 is not an espeak-ng voice name such as en, en-us, de or fr</source>
        <translation>%1: %2 %3 ist kein espeak-ng-Stimmenname wie en, en-us, de oder fr</translation>
    </message>
    <message>
        <source>%1: %2 %3 is not one key of the dial pad (0-9, * or #), or &quot;&quot; for none</source>
        <translation>%1: %2 %3 ist keine Taste des Wählfelds (0-9, * oder #) und nicht &quot;&quot; für keine</translation>
    </message>
    <message>
        <source>%1: %2 must map dial pad keys to what they mean, e.g. {&quot;1&quot;: &quot;call me back&quot;}; %3 does not</source>
        <translation>%1: %2 muss Wählfeldtasten ihrer Bedeutung zuordnen, z. B. {&quot;1&quot;: &quot;Rückruf&quot;}; %3 tut das nicht</translation>
    </message>
    <message>
        <source>%1: key %2 is the opt-out key; give it no other meaning</source>
        <translation>%1: Taste %2 ist die Abmeldetaste; geben Sie ihr keine andere Bedeutung</translation>
    </message>
    <message>
        <source>the domain of %1 is not a valid internationalised domain name</source>
        <translation>die Domain von %1 ist kein gültiger internationalisierter Domainname</translation>
    </message>
    <message>
        <source>connected to %1:%2, TLS certificate verified</source>
        <translation>verbunden mit %1:%2, TLS-Zertifikat geprüft</translation>
    </message>
    <message>
        <source>connected to %1:%2, TLS certificate verified, authenticated as %3</source>
        <translation>verbunden mit %1:%2, TLS-Zertifikat geprüft, angemeldet als %3</translation>
    </message>
    <message>
        <source>connected to %1:%2, without TLS</source>
        <translation>verbunden mit %1:%2, ohne TLS</translation>
    </message>
    <message>
        <source>connected to %1:%2, without TLS, authenticated as %3</source>
        <translation>verbunden mit %1:%2, ohne TLS, angemeldet als %3</translation>
    </message>
    <message>
        <source>not handed over: %1</source>
        <translation>nicht übergeben: %1</translation>
    </message>
    <message>
        <source>SMTP settings</source>
        <translation>SMTP-Einstellungen</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is &apos;%3&apos;, not one of none, starttls, implicit</source>
        <translation>%1: &quot;%2&quot; ist „%3“, nicht none, starttls oder implicit</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is empty: give the mail server&apos;s name</source>
        <translation>%1: &quot;%2&quot; ist leer: Geben Sie den Namen des Mailservers an</translation>
    </message>
    <message>
        <source>no answer from %1:%2 within %3 s</source>
        <translation>keine Antwort von %1:%2 innerhalb von %3 s</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 was rejected: %2</source>
        <translation>das TLS-Zertifikat von %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>no CA certificate could be read from %1</source>
        <translation>aus %1 konnte kein CA-Zertifikat gelesen werden</translation>
    </message>
    <message>
        <source>%1 sent a reply longer than an SMTP server may</source>
        <translation>%1 hat eine längere Antwort gesendet, als ein SMTP-Server darf</translation>
    </message>
    <message>
        <source>greeting refused: %1</source>
        <translation>Begrüßung abgelehnt: %1</translation>
    </message>
    <message>
        <source>EHLO refused: %1</source>
        <translation>EHLO abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 refused STARTTLS: %2</source>
        <translation>%1 hat STARTTLS abgelehnt: %2</translation>
    </message>
    <message>
        <source>authentication as %1 refused: %2</source>
        <translation>Anmeldung als %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>AUTH LOGIN refused: %1</source>
        <translation>AUTH LOGIN abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS, which the settings require (%2)</source>
        <translation>%1 bietet kein STARTTLS an, das die Einstellungen verlangen (%2)</translation>
    </message>
    <message>
        <source>%1 offers no AUTH PLAIN or LOGIN for user %2</source>
        <translation>%1 bietet für Benutzer %2 weder AUTH PLAIN noch LOGIN an</translation>
    </message>
    <message>
        <source>%1 or %2 has characters other than ASCII before the @, and %3 does not offer SMTPUTF8, which such an address needs</source>
        <translation>%1 oder %2 enthält vor dem @ Nicht-ASCII-Zeichen, und %3 bietet kein SMTPUTF8 an, das eine solche Adresse braucht</translation>
    </message>
    <message>
        <source>cannot connect to %1:%2: %3</source>
        <translation>Verbindung zu %1:%2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>Timed Out: the connection to %1 ended after the message was handed over (%2); it is not sent again</source>
        <translation>Zeitüberschreitung: Die Verbindung zu %1 endete nach der Übergabe der Nachricht (%2); sie wird nicht erneut gesendet</translation>
    </message>
    <message>
        <source>Two launches of %1 would both send %2 at %3: only one %2 channel of a tenant runs at a time, so the launch of %4 would be refused. Move one of them, or lower the audience or raise the rate so the first finishes sooner.</source>
        <translation>Zwei Starts von %1 würden am %3 beide %2 senden: Pro Mandant läuft jeweils nur ein %2-Kanal, daher würde der Start von %4 abgelehnt. Verschieben Sie einen davon, verkleinern Sie die Zielgruppe oder erhöhen Sie die Rate, damit der erste früher fertig ist.</translation>
    </message>
    <message>
        <source>%1 and %2 would both send %3 at %4: only one %3 channel of a tenant runs at a time, so the launch of %5 would be refused. Move one of them, or lower the audience or raise the rate so the first finishes sooner.</source>
        <translation>%1 und %2 würden am %4 beide %3 senden: Pro Mandant läuft jeweils nur ein %3-Kanal, daher würde der Start von %5 abgelehnt. Verschieben Sie einen davon, verkleinern Sie die Zielgruppe oder erhöhen Sie die Rate, damit der erste früher fertig ist.</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs %n day(s) to send its %2 %3 messages: the numbers of pool &apos;%4&apos; may send %5 a day together. Add numbers to the pool or raise their daily caps.</source>
        <translation>
            <numerusform>%1 braucht %n Tag, um die %2 %3-Nachrichten zu senden: Die Nummern von Pool „%4“ können zusammen %5 pro Tag senden. Fügen Sie dem Pool Nummern hinzu oder erhöhen Sie deren Tageslimits.</numerusform>
            <numerusform>%1 braucht %n Tage, um die %2 %3-Nachrichten zu senden: Die Nummern von Pool „%4“ können zusammen %5 pro Tag senden. Fügen Sie dem Pool Nummern hinzu oder erhöhen Sie deren Tageslimits.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 would together need %2 messages from pool &apos;%3&apos; on %4, more than the %5 its numbers&apos; daily caps allow: the rest waits for the next day. Move one launch, add numbers or raise their caps.</source>
        <translation>%1 würden am %4 zusammen %2 Nachrichten aus Pool „%3“ brauchen, mehr als die %5, die die Tageslimits seiner Nummern erlauben: Der Rest wartet auf den nächsten Tag. Verschieben Sie einen Start, fügen Sie Nummern hinzu oder erhöhen Sie deren Limits.</translation>
    </message>
    <message>
        <source>a recurring launch needs a recurrence rule such as FREQ=WEEKLY;BYDAY=MO</source>
        <translation>ein wiederkehrender Start braucht eine Wiederholungsregel wie FREQ=WEEKLY;BYDAY=MO</translation>
    </message>
    <message>
        <source>recurrence rule &apos;%1&apos; is not a valid RFC 5545 RRULE (e.g. FREQ=WEEKLY;BYDAY=MO)</source>
        <translation>die Wiederholungsregel „%1“ ist keine gültige RRULE nach RFC 5545 (z. B. FREQ=WEEKLY;BYDAY=MO)</translation>
    </message>
    <message>
        <source>recurrence rule &apos;%1&apos; cannot be expanded</source>
        <translation>die Wiederholungsregel „%1“ kann nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>recurrence rule &apos;%1&apos; has no launch after %2</source>
        <translation>die Wiederholungsregel „%1“ ergibt nach %2 keinen Start</translation>
    </message>
    <message>
        <source>a scheduled campaign needs a send time</source>
        <translation>eine geplante Kampagne braucht eine Sendezeit</translation>
    </message>
    <message>
        <source>missed launch %1 was already resolved (%2)</source>
        <translation>der verpasste Start %1 wurde bereits aufgelöst (%2)</translation>
    </message>
    <message>
        <source>a recurring campaign continues with its next occurrence: skip the missed one</source>
        <translation>eine wiederkehrende Kampagne wird mit dem nächsten Termin fortgesetzt: Überspringen Sie den verpassten</translation>
    </message>
    <message>
        <source>reschedule to a time in the future</source>
        <translation>planen Sie auf eine Zeit in der Zukunft um</translation>
    </message>
    <message>
        <source>contact %1 not found in this tenant</source>
        <translation>Kontakt %1 in diesem Mandanten nicht gefunden</translation>
    </message>
    <message>
        <source>a contact list called &quot;%1&quot; already exists: choose another name</source>
        <translation>eine Kontaktliste namens „%1“ existiert bereits: Wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>contact list %1 no longer exists</source>
        <translation>Kontaktliste %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>campaigns send to this list: %1. Give them another audience first</source>
        <translation>an diese Liste senden Kampagnen: %1. Geben Sie ihnen zuerst eine andere Zielgruppe</translation>
    </message>
    <message>
        <source>email %1 belongs to contact %2 already: edit that contact instead</source>
        <translation>E-Mail %1 gehört bereits zu Kontakt %2: Bearbeiten Sie stattdessen diesen Kontakt</translation>
    </message>
    <message>
        <source>phone %1 belongs to contact %2 already: edit that contact instead</source>
        <translation>Telefon %1 gehört bereits zu Kontakt %2: Bearbeiten Sie stattdessen diesen Kontakt</translation>
    </message>
    <message>
        <source>segment %1: %2</source>
        <translation>Segment %1: %2</translation>
    </message>
    <message>
        <source>segment %1 no longer exists (deleted by someone else?)</source>
        <translation>Segment %1 existiert nicht mehr (von jemand anderem gelöscht?)</translation>
    </message>
    <message>
        <source>segment %1 not found in this tenant</source>
        <translation>Segment %1 in diesem Mandanten nicht gefunden</translation>
    </message>
    <message>
        <source>contact %1 no longer exists</source>
        <translation>Kontakt %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>campaign %1 not found in this tenant</source>
        <translation>Kampagne %1 in diesem Mandanten nicht gefunden</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; not found in this tenant</source>
        <translation>Eintrag „%2“ (%1) in diesem Mandanten nicht gefunden</translation>
    </message>
    <message>
        <source>%1s cannot be deleted this way</source>
        <translation>Einträge vom Typ %1 können so nicht gelöscht werden</translation>
    </message>
    <message>
        <source>writer %1 not found in this tenant</source>
        <translation>Texter %1 in diesem Mandanten nicht gefunden</translation>
    </message>
    <message>
        <source>goal %1 no longer exists</source>
        <translation>Ziel %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>writer %1 no longer exists</source>
        <translation>Texter %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>goal %1 not found in this tenant</source>
        <translation>Ziel %1 in diesem Mandanten nicht gefunden</translation>
    </message>
    <message>
        <source>a template needs a name</source>
        <translation>eine Vorlage braucht einen Namen</translation>
    </message>
    <message>
        <source>a template called &quot;%1&quot; already exists: choose another name</source>
        <translation>eine Vorlage namens „%1“ existiert bereits: Wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>template %1 no longer exists</source>
        <translation>Vorlage %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>the file of attachment %1 is missing from the database</source>
        <translation>die Datei von Anhang %1 fehlt in der Datenbank</translation>
    </message>
    <message>
        <source>campaign %1 has no channels to save as templates</source>
        <translation>Kampagne %1 hat keine Kanäle, die als Vorlagen gespeichert werden können</translation>
    </message>
    <message>
        <source>template %1 not found in this tenant</source>
        <translation>Vorlage %1 in diesem Mandanten nicht gefunden</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr verfügbar</translation>
    </message>
    <message>
        <source>cannot read the team database address: %1 (write it as %2 or as key=value pairs)</source>
        <translation>die Adresse der Team-Datenbank kann nicht gelesen werden: %1 (schreiben Sie sie als %2 oder als key=value-Paare)</translation>
    </message>
    <message>
        <source>cannot read the team database address: port &apos;%1&apos; is not a port number</source>
        <translation>die Adresse der Team-Datenbank kann nicht gelesen werden: Port „%1“ ist keine Portnummer</translation>
    </message>
    <message>
        <source>the team database option %1 holds a &apos;;&apos;, which Qt&apos;s PostgreSQL driver cannot pass on</source>
        <translation>die Team-Datenbank-Option %1 enthält ein „;“, das der PostgreSQL-Treiber von Qt nicht weitergeben kann</translation>
    </message>
    <message>
        <source>workspace %1 does not exist: create it with &apos;%2&apos; (or &apos;%3&apos;) or pass %4 with an existing file</source>
        <translation>Arbeitsbereich %1 existiert nicht: Legen Sie ihn mit „%2“ (oder „%3“) an oder übergeben Sie %4 mit einer vorhandenen Datei</translation>
    </message>
    <message>
        <source>workspace %1 is a directory, not a Herald workspace file</source>
        <translation>Arbeitsbereich %1 ist ein Ordner, keine Herald-Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>cannot read workspace %1: %2</source>
        <translation>Arbeitsbereich %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>file %1 is not a Herald workspace (not an SQLite database); it was left untouched</source>
        <translation>Datei %1 ist kein Herald-Arbeitsbereich (keine SQLite-Datenbank); sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>workspace %1 is read-only: Herald needs write access to it (only &apos;%2&apos; and &apos;%3&apos; work on a read-only copy)</source>
        <translation>Arbeitsbereich %1 ist schreibgeschützt: Herald braucht Schreibzugriff darauf (nur „%2“ und „%3“ arbeiten mit einer schreibgeschützten Kopie)</translation>
    </message>
    <message>
        <source>workspace %1 already exists: choose another file or remove this one first</source>
        <translation>Arbeitsbereich %1 existiert bereits: Wählen Sie eine andere Datei oder entfernen Sie diese zuerst</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for workspace %2</source>
        <translation>der Ordner %1 für Arbeitsbereich %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open workspace %1: %2</source>
        <translation>Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>workspace %1 cannot be read: %2</source>
        <translation>Arbeitsbereich %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>file %1 is an SQLite database but not a Herald workspace; it was left untouched</source>
        <translation>Datei %1 ist eine SQLite-Datenbank, aber kein Herald-Arbeitsbereich; sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>workspace %1 was written by a newer Herald (schema %2, this Herald knows up to %3): upgrade Herald to open it; the file was left untouched</source>
        <translation>Arbeitsbereich %1 wurde von einem neueren Herald geschrieben (Schema %2, dieses Herald kennt bis %3): Aktualisieren Sie Herald, um ihn zu öffnen; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>workspace %1 is damaged (%2): nothing was written to it. Run &apos;%3&apos; for the details and restore the newest backup</source>
        <translation>Arbeitsbereich %1 ist beschädigt (%2): Es wurde nichts hineingeschrieben. Führen Sie „%3“ für Details aus und stellen Sie die neueste Sicherung wieder her</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed: install the Debian package %1</source>
        <translation>der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert: Installieren Sie das Debian-Paket %1</translation>
    </message>
    <message>
        <source>cannot connect to the team database %1: %2</source>
        <translation>Verbindung zur Team-Datenbank %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>the team database %1 is not empty: a new workspace needs an empty database (createdb)</source>
        <translation>die Team-Datenbank %1 ist nicht leer: Ein neuer Arbeitsbereich braucht eine leere Datenbank (createdb)</translation>
    </message>
    <message>
        <source>the team database %1 holds no Herald workspace: create one with &apos;%2&apos;</source>
        <translation>die Team-Datenbank %1 enthält keinen Herald-Arbeitsbereich: Legen Sie einen mit „%2“ an</translation>
    </message>
    <message>
        <source>the team database %1 was written by a newer Herald (schema %2, this Herald knows up to %3): upgrade Herald to open it</source>
        <translation>die Team-Datenbank %1 wurde von einem neueren Herald geschrieben (Schema %2, dieses Herald kennt bis %3): Aktualisieren Sie Herald, um sie zu öffnen</translation>
    </message>
    <message>
        <source>the team database %1 holds schema %2 and this Herald needs schema %3: only its owner, login &apos;%4&apos;, may upgrade it (by opening it once with this Herald)</source>
        <translation>die Team-Datenbank %1 hat Schema %2, dieses Herald braucht Schema %3: Nur ihr Eigentümer, Login „%4“, darf sie aktualisieren (indem er sie einmal mit diesem Herald öffnet)</translation>
    </message>
    <message>
        <source>message %1 no longer exists</source>
        <translation>Nachricht %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>Nachricht %1</translation>
    </message>
    <message>
        <source>migrating the workspace to schema %1: table %2 row %3 points at a missing %4 row; nothing was changed</source>
        <translation>Migration des Arbeitsbereichs auf Schema %1: Tabelle %2, Zeile %3 verweist auf eine fehlende Zeile in %4; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>missed launch %1 not found in this tenant</source>
        <translation>verpasster Start %1 in diesem Mandanten nicht gefunden</translation>
    </message>
    <message>
        <source>missed launch %1 is already resolved or not in this tenant</source>
        <translation>verpasster Start %1 ist bereits aufgelöst oder gehört nicht zu diesem Mandanten</translation>
    </message>
    <message>
        <source>the system took only part of the data</source>
        <translation>das System hat nur einen Teil der Daten übernommen</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>no file name given to write to</source>
        <translation>kein Dateiname zum Schreiben angegeben</translation>
    </message>
    <message>
        <source>cannot write to standard output: the write did not complete</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden: Der Schreibvorgang wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder; give a file name</source>
        <translation>%1 kann nicht geschrieben werden: Es ist ein Ordner; geben Sie einen Dateinamen an</translation>
    </message>
    <message>
        <source>campaign %1 was started by someone else at the same moment: nothing was queued twice</source>
        <translation>Kampagne %1 wurde im selben Moment von jemand anderem gestartet: Es wurde nichts doppelt eingereiht</translation>
    </message>
    <message>
        <source>run %1 not found in this tenant</source>
        <translation>Lauf %1 in diesem Mandanten nicht gefunden</translation>
    </message>
    <message>
        <source>run %1 has no %2 channel</source>
        <translation>Lauf %1 hat keinen %2-Kanal</translation>
    </message>
    <message>
        <source>number pool %1: rotation &apos;%2&apos; is not one of %3</source>
        <translation>Nummernpool %1: Rotation „%2“ ist keine von %3</translation>
    </message>
    <message>
        <source>number pool %1: calls at once is a number from 0 (no limit of the pool&apos;s) to 10000, not %2</source>
        <translation>Nummernpool %1: Gleichzeitige Anrufe ist eine Zahl von 0 (kein eigenes Limit des Pools) bis 10000, nicht %2</translation>
    </message>
    <message>
        <source>number pool %1: the quarantine threshold is a percentage (0 = never) over a sample of at least 1</source>
        <translation>Nummernpool %1: Die Quarantäneschwelle ist ein Prozentsatz (0 = nie) über eine Stichprobe von mindestens 1</translation>
    </message>
    <message>
        <source>number pool %1 not found</source>
        <translation>Nummernpool %1 nicht gefunden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an E.164 number: a +, the country code and the number, digits only (e.g. +447700900123)</source>
        <translation>„%1“ ist keine E.164-Nummer: ein +, die Ländervorwahl und die Nummer, nur Ziffern (z. B. +447700900123)</translation>
    </message>
    <message>
        <source>the daily cap of %1 cannot be negative (0 means no cap)</source>
        <translation>das Tageslimit von %1 darf nicht negativ sein (0 bedeutet kein Limit)</translation>
    </message>
    <message>
        <source>number %1 not found in this tenant</source>
        <translation>Nummer %1 in diesem Mandanten nicht gefunden</translation>
    </message>
    <message>
        <source>name the sender</source>
        <translation>geben Sie den Absender an</translation>
    </message>
    <message>
        <source>no %1 sender %2 in this tenant (%3 shows them)</source>
        <translation>kein %1-Absender %2 in diesem Mandanten (%3 zeigt sie an)</translation>
    </message>
    <message>
        <source>no sender %1 in this tenant (%2 shows them)</source>
        <translation>kein Absender %1 in diesem Mandanten (%2 zeigt sie an)</translation>
    </message>
    <message>
        <source>senders of several channels are named %1 (%2): say which with %3</source>
        <translation>Absender mehrerer Kanäle heißen %1 (%2): Geben Sie mit %3 an, welcher gemeint ist</translation>
    </message>
    <message>
        <source>sender %1 not found in this tenant</source>
        <translation>Absender %1 in diesem Mandanten nicht gefunden</translation>
    </message>
    <message>
        <source>the workspace file is damaged (%1 while %2): stop every Herald on it, run &apos;%3&apos;, and restore the newest backup (&apos;%4&apos; makes them)</source>
        <translation>die Arbeitsbereichsdatei ist beschädigt (%1 bei %2): Beenden Sie jedes Herald, das sie nutzt, führen Sie „%3“ aus und stellen Sie die neueste Sicherung wieder her („%4“ erstellt Sicherungen)</translation>
    </message>
    <message>
        <source>the disk holding the workspace is full (%1 while %2): free some space there; nothing that was done is lost</source>
        <translation>der Datenträger mit dem Arbeitsbereich ist voll (%1 bei %2): Schaffen Sie dort Platz; bereits Erledigtes geht nicht verloren</translation>
    </message>
    <message>
        <source>refused while %1: it already exists (%2)</source>
        <translation>abgelehnt bei %1: Existiert bereits (%2)</translation>
    </message>
    <message>
        <source>the team database refused %1: %2</source>
        <translation>die Team-Datenbank hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>database error while %1: %2</source>
        <translation>Datenbankfehler bei %1: %2</translation>
    </message>
    <message>
        <source>database error while %1: no id returned</source>
        <translation>Datenbankfehler bei %1: keine ID zurückgegeben</translation>
    </message>
    <message>
        <source>the workspace has no tenant: create one with &apos;%1&apos;</source>
        <translation>der Arbeitsbereich hat keinen Mandanten: Legen Sie einen mit „%1“ an</translation>
    </message>
    <message>
        <source>tenant &apos;%1&apos; not found (tenants: %2)</source>
        <translation>Mandant „%1“ nicht gefunden (Mandanten: %2)</translation>
    </message>
    <message>
        <source>tenant &apos;%1&apos; is archived: nobody works in it any more</source>
        <translation>Mandant „%1“ ist archiviert: Darin arbeitet niemand mehr</translation>
    </message>
    <message>
        <source>tenant %1 has no callback token</source>
        <translation>Mandant %1 hat kein Callback-Token</translation>
    </message>
    <message>
        <source>user %1 not found in this tenant</source>
        <translation>Benutzer %1 in diesem Mandanten nicht gefunden</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; is not an admin of this tenant: only admins %2</source>
        <translation>Benutzer „%1“ ist kein Admin dieses Mandanten: Nur Admins dürfen %2</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; is not an admin of tenant &apos;%2&apos;, and this reaches every tenant: only admins %3</source>
        <translation>Benutzer „%1“ ist kein Admin von Mandant „%2“, und dies betrifft alle Mandanten: Nur Admins dürfen %3</translation>
    </message>
    <message>
        <source>the tenant has no user</source>
        <translation>der Mandant hat keinen Benutzer</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; not found in this tenant</source>
        <translation>Benutzer „%1“ in diesem Mandanten nicht gefunden</translation>
    </message>
    <message>
        <source>the user signing in as %1 not found in this tenant</source>
        <translation>der Benutzer mit dem Login %1 wurde in diesem Mandanten nicht gefunden</translation>
    </message>
    <message>
        <source>transaction already finished</source>
        <translation>Transaktion bereits abgeschlossen</translation>
    </message>
    <message>
        <source>upload %1 not found in this tenant</source>
        <translation>Upload %1 in diesem Mandanten nicht gefunden</translation>
    </message>
    <message>
        <source>the workspace&apos;s tables point at each other in a circle; cannot order the copy</source>
        <translation>die Tabellen des Arbeitsbereichs verweisen ringförmig aufeinander; die Reihenfolge der Kopie lässt sich nicht bestimmen</translation>
    </message>
    <message>
        <source>the team database %1 already holds a workspace (table %2 has %3 rows): copy into a new, empty database (createdb)</source>
        <translation>die Team-Datenbank %1 enthält bereits einen Arbeitsbereich (Tabelle %2 hat %3 Zeilen): Kopieren Sie in eine neue, leere Datenbank (createdb)</translation>
    </message>
    <message>
        <source>workspace %1 is at schema %2 and %3 at %4: open both with the same Herald</source>
        <translation>Arbeitsbereich %1 hat Schema %2 und %3 hat %4: Öffnen Sie beide mit demselben Herald</translation>
    </message>
    <message>
        <source>table %1 has %2 rows in %3 but %4 in the copy; nothing was kept</source>
        <translation>Tabelle %1 hat %2 Zeilen in %3, aber %4 in der Kopie; es wurde nichts behalten</translation>
    </message>
    <message>
        <source>cannot follow the team workspace&apos;s changes: %1</source>
        <translation>den Änderungen des Team-Arbeitsbereichs kann nicht gefolgt werden: %1</translation>
    </message>
    <message>
        <source>%1 works on workspace files; team workspace %2 is PostgreSQL&apos;s to back up (pg_dump): see %3</source>
        <translation>%1 arbeitet mit Arbeitsbereichsdateien; Team-Arbeitsbereich %2 wird von PostgreSQL gesichert (pg_dump): siehe %3</translation>
    </message>
    <message>
        <source>%1 works on workspace files; team workspace %2 is PostgreSQL&apos;s to check (amcheck): see %3</source>
        <translation>%1 arbeitet mit Arbeitsbereichsdateien; Team-Arbeitsbereich %2 wird von PostgreSQL geprüft (amcheck): siehe %3</translation>
    </message>
    <message>
        <source>backup %1 exists already: choose a new file name (a backup never overwrites)</source>
        <translation>Sicherung %1 existiert bereits: Wählen Sie einen neuen Dateinamen (eine Sicherung überschreibt nie)</translation>
    </message>
    <message>
        <source>cannot write backup %1: the folder %2 does not exist</source>
        <translation>Sicherung %1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>backups are made of SQLite workspaces</source>
        <translation>Sicherungen gibt es nur für SQLite-Arbeitsbereiche</translation>
    </message>
    <message>
        <source>cannot write backup %1: %2</source>
        <translation>Sicherung %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write backup %1: opening it: %2</source>
        <translation>Sicherung %1 kann nicht geschrieben werden: beim Öffnen: %2</translation>
    </message>
    <message>
        <source>cannot write backup %1: starting the copy: %2</source>
        <translation>Sicherung %1 kann nicht geschrieben werden: beim Start der Kopie: %2</translation>
    </message>
    <message>
        <source>cannot write backup %1: copying: %2</source>
        <translation>Sicherung %1 kann nicht geschrieben werden: beim Kopieren: %2</translation>
    </message>
    <message>
        <source>cannot write backup %1: finishing it: %2</source>
        <translation>Sicherung %1 kann nicht geschrieben werden: beim Abschließen: %2</translation>
    </message>
    <message>
        <source>cannot write backup %1: closing it: %2</source>
        <translation>Sicherung %1 kann nicht geschrieben werden: beim Schließen: %2</translation>
    </message>
    <message>
        <source>cannot write backup %1: renaming %2 failed</source>
        <translation>Sicherung %1 kann nicht geschrieben werden: Umbenennen von %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>writer</source>
        <translation>Texter</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>contact list</source>
        <translation>Kontaktliste</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>number pool</source>
        <translation>Nummernpool</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <source>the push subscription&apos;s endpoint %1 is not an https address of a push service</source>
        <translation>der Endpunkt %1 des Push-Abonnements ist keine https-Adresse eines Push-Dienstes</translation>
    </message>
    <message>
        <source>the push subscription&apos;s p256dh key %1 is not a P-256 public key in base64url</source>
        <translation>der p256dh-Schlüssel %1 des Push-Abonnements ist kein öffentlicher P-256-Schlüssel in base64url</translation>
    </message>
    <message>
        <source>the push subscription&apos;s auth secret %1 is not 16 bytes in base64url</source>
        <translation>das auth-Geheimnis %1 des Push-Abonnements sind keine 16 Byte in base64url</translation>
    </message>
    <message>
        <source>a push subscription is JSON such as {&quot;endpoint&quot;: &quot;https://…&quot;, &quot;keys&quot;: {&quot;p256dh&quot;: &quot;…&quot;, &quot;auth&quot;: &quot;…&quot;}}</source>
        <translation>ein Push-Abonnement ist JSON wie {&quot;endpoint&quot;: &quot;https://…&quot;, &quot;keys&quot;: {&quot;p256dh&quot;: &quot;…&quot;, &quot;auth&quot;: &quot;…&quot;}}</translation>
    </message>
    <message>
        <source>Telegram chat %1 is not a chat id such as 123456789</source>
        <translation>Telegram-Chat %1 ist keine Chat-ID wie 123456789</translation>
    </message>
    <message>
        <source>Viber user %1 is not a Viber user id: 1 to 64 characters without spaces</source>
        <translation>Viber-Nutzer %1 ist keine Viber-Nutzer-ID: 1 bis 64 Zeichen ohne Leerzeichen</translation>
    </message>
    <message>
        <source>a contact needs an email address, a phone number, a Telegram chat or a Viber user</source>
        <translation>ein Kontakt braucht eine E-Mail-Adresse, eine Telefonnummer, einen Telegram-Chat oder einen Viber-Nutzer</translation>
    </message>
    <message>
        <source>%1: a push subscription needs three columns, %2, %3 and %4 (columns: %5)</source>
        <translation>%1: Ein Push-Abonnement braucht drei Spalten, %2, %3 und %4 (Spalten: %5)</translation>
    </message>
    <message>
        <source>Telegram chat %1 belongs to contact %2 already: edit that contact instead</source>
        <translation>Telegram-Chat %1 gehört bereits zu Kontakt %2: Bearbeiten Sie stattdessen diesen Kontakt</translation>
    </message>
    <message>
        <source>Viber user %1 belongs to contact %2 already: edit that contact instead</source>
        <translation>Viber-Nutzer %1 gehört bereits zu Kontakt %2: Bearbeiten Sie stattdessen diesen Kontakt</translation>
    </message>
    <message>
        <source>contact %1 has no push subscription with the endpoint %2</source>
        <translation>Kontakt %1 hat kein Push-Abonnement mit dem Endpunkt %2</translation>
    </message>
    <message>
        <source>a Telegram chat with the bot</source>
        <translation>einen Telegram-Chat mit dem Bot</translation>
    </message>
    <message>
        <source>a Viber user id</source>
        <translation>eine Viber-Nutzer-ID</translation>
    </message>
    <message>
        <source>a push subscription</source>
        <translation>ein Push-Abonnement</translation>
    </message>
    <message>
        <source>the push subscription of contact %1 was not saved</source>
        <translation>das Push-Abonnement von Kontakt %1 wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Telegram settings</source>
        <translation>Telegram-Einstellungen</translation>
    </message>
    <message>
        <source>%1: no bot token: type the token @BotFather gave, or name a %2 or %3</source>
        <translation>%1: kein Bot-Token: Geben Sie das Token von @BotFather ein oder nennen Sie %2 oder %3</translation>
    </message>
    <message>
        <source>a Web Push subscription could not be stored: %1</source>
        <translation>eine Web-Push-Anmeldung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1: Viber sends only for a bot with a webhook, and the organisation has no listener address and public URL for one</source>
        <translation>%1: Viber sendet nur für einen Bot mit Webhook, und die Organisation hat keine Listener-Adresse und öffentliche URL dafür</translation>
    </message>
    <message>
        <source>the organisation has no Web Push (VAPID) key yet: an administrator makes it by saving the Web Push provider</source>
        <translation>die Organisation hat noch keinen Web-Push-Schlüssel (VAPID): ein Administrator erzeugt ihn, indem er den Web-Push-Anbieter speichert</translation>
    </message>
    <message>
        <source>the organisation&apos;s Web Push (VAPID) key is damaged: %1</source>
        <translation>der Web-Push-Schlüssel (VAPID) der Organisation ist beschädigt: %1</translation>
    </message>
    <message>
        <source>Viber did not take %1 as the bot&apos;s webhook (%2): delivery reports, unsubscribes and linked users will not reach Herald; check the organisation&apos;s listener and public URL</source>
        <translation>Viber hat %1 nicht als Webhook des Bots angenommen (%2): Zustellberichte, Abmeldungen und verknüpfte Nutzer erreichen Herald nicht; prüfen Sie Listener und öffentliche URL der Organisation</translation>
    </message>
    <message>
        <source>Viber settings</source>
        <translation>Viber-Einstellungen</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is not an http(s) URL of a picture</source>
        <translation>%1: %2 &apos;%3&apos; ist keine http(s)-URL eines Bildes</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is not a bot URI such as northwind (letters, digits, . _ -)</source>
        <translation>%1: %2 &apos;%3&apos; ist keine Bot-URI wie northwind (Buchstaben, Ziffern, . _ -)</translation>
    </message>
    <message>
        <source>%1: no auth token: type the token Viber&apos;s Partners site shows for the bot, or name a %2 or %3</source>
        <translation>%1: kein Zugangstoken: geben Sie das Token ein, das Vibers Partner-Website für den Bot zeigt, oder nennen Sie %2 oder %3</translation>
    </message>
    <message>
        <source>Web Push encryption failed: %1</source>
        <translation>Web-Push-Verschlüsselung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>a P-256 public key is 65 bytes starting with 0x04</source>
        <translation>ein öffentlicher P-256-Schlüssel hat 65 Bytes und beginnt mit 0x04</translation>
    </message>
    <message>
        <source>not a P-256 key</source>
        <translation>kein P-256-Schlüssel</translation>
    </message>
    <message>
        <source>not a point of the P-256 curve</source>
        <translation>kein Punkt der Kurve P-256</translation>
    </message>
    <message>
        <source>a P-256 private key is 32 bytes</source>
        <translation>ein privater P-256-Schlüssel hat 32 Bytes</translation>
    </message>
    <message>
        <source>not a P-256 private key</source>
        <translation>kein privater P-256-Schlüssel</translation>
    </message>
    <message>
        <source>a push message holds at most %1 bytes; this one has %2</source>
        <translation>eine Push-Nachricht fasst höchstens %1 Bytes; diese hat %2</translation>
    </message>
    <message>
        <source>a push subscription&apos;s auth secret is 16 bytes</source>
        <translation>das Auth-Geheimnis einer Push-Anmeldung hat 16 Bytes</translation>
    </message>
    <message>
        <source>Web Push settings</source>
        <translation>Web-Push-Einstellungen</translation>
    </message>
    <message>
        <source>%1: %2 is the address push services may contact about Herald&apos;s messages: mailto:ops@example.org or an https: URL</source>
        <translation>%1: %2 ist die Adresse, die Push-Dienste wegen Heralds Nachrichten kontaktieren können: mailto:ops@example.org oder eine https:-URL</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is not an http(s) URL</source>
        <translation>%1: %2 &apos;%3&apos; ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>%1: %2 is very-low, low, normal or high, not &apos;%3&apos;</source>
        <translation>%1: %2 ist very-low, low, normal oder high, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: %2 holds origins such as https://shop.example, not &apos;%3&apos;</source>
        <translation>%1: %2 enthält Ursprünge wie https://shop.example, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>template &apos;%1&apos; has %2 photos: a Telegram message carries one</source>
        <translation>Vorlage &apos;%1&apos; hat %2 Fotos: eine Telegram-Nachricht trägt eines</translation>
    </message>
    <message>
        <source>template &apos;%1&apos; is for %2: only email templates carry files, call scripts a recording and Telegram messages a photo</source>
        <translation>Vorlage &apos;%1&apos; ist für %2: nur E-Mail-Vorlagen tragen Dateien, Anrufskripte eine Aufnahme und Telegram-Nachrichten ein Foto</translation>
    </message>
    <message>
        <source>template &apos;%1&apos; has a photo, so its text is the photo&apos;s caption, which holds %2 characters; this text has %3. Shorten it or remove the photo.</source>
        <translation>Vorlage &apos;%1&apos; hat ein Foto, daher ist ihr Text die Bildunterschrift, die %2 Zeichen fasst; dieser Text hat %3. Kürzen Sie ihn oder entfernen Sie das Foto.</translation>
    </message>
    <message>
        <source>Correct the %1 settings in Settings → Providers and press Test connection (heraldctl providers test --channel %2).</source>
        <translation>Korrigieren Sie die %1-Einstellungen unter Einstellungen → Anbieter und klicken Sie auf Verbindung testen (heraldctl providers test --channel %2).</translation>
    </message>
    <message>
        <source>%1: the Telegram bot is missing or blocked; its last test (%2) found: %3</source>
        <translation>%1: der Telegram-Bot fehlt oder ist gesperrt; sein letzter Test (%2) ergab: %3</translation>
    </message>
    <message>
        <source>%1: its provider %2 failed its last test (%3): %4</source>
        <translation>%1: sein Anbieter %2 hat den letzten Test (%3) nicht bestanden: %4</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is not an http(s) URL such as %4</source>
        <translation>%1: %2 &apos;%3&apos; ist keine http(s)-URL wie %4</translation>
    </message>
    <message>
        <source>%1 is %2, over the %3 Telegram takes for a photo: save it smaller</source>
        <translation>%1 ist %2, über den %3, die Telegram für ein Foto annimmt: speichern Sie es kleiner</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG or WebP picture: Telegram sends only those as photos</source>
        <translation>%1 ist kein JPEG-, PNG- oder WebP-Bild: Telegram sendet nur diese als Fotos</translation>
    </message>
    <message>
        <source>%1 is empty: choose the picture you meant</source>
        <translation>%1 ist leer: wählen Sie das gemeinte Bild</translation>
    </message>
    <message>
        <source>the photo %1 of template &apos;%2&apos;</source>
        <translation>das Foto %1 der Vorlage &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>herald::UploadFollowUpTable</name>
    <message>
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Skipped (opted out)</source>
        <translation>Übersprungen (abgemeldet)</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Contacted: accepted contacts the campaign&apos;s live runs sent a message to. Reached: of those, delivered or answered on any channel. The rejected rows: heraldctl uploads rejections ID.</source>
        <translation>Kontaktiert: übernommene Kontakte, denen die Live-Läufe der Kampagne eine Nachricht gesendet haben. Erreicht: davon auf einem beliebigen Kanal zugestellt oder angenommen. Die abgelehnten Zeilen: heraldctl uploads rejections ID.</translation>
    </message>
    <message>
        <source>CSV upload follow-up</source>
        <translation>CSV-Upload-Nachverfolgung</translation>
    </message>
</context>
<context>
    <name>herald::ViberProvider</name>
    <message>
        <source>the Viber bot %1 (%2) answers; its webhook: %3</source>
        <translation>der Viber-Bot %1 (%2) antwortet; sein Webhook: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Viber does not know this auth token (%1): copy it again from the bot&apos;s page on Viber&apos;s Partners site</source>
        <translation>Viber kennt dieses Zugangstoken nicht (%1): kopieren Sie es erneut von der Seite des Bots auf Vibers Partner-Website</translation>
    </message>
    <message>
        <source>Viber&apos;s API at %1 did not answer as expected: %2</source>
        <translation>Vibers API unter %1 hat nicht wie erwartet geantwortet: %2</translation>
    </message>
</context>
<context>
    <name>herald::WebPushProvider</name>
    <message>
        <source>the organisation&apos;s VAPID public key is %1: browsers subscribe with it as applicationServerKey; messages are signed for %2</source>
        <translation>der öffentliche VAPID-Schlüssel der Organisation ist %1: Browser melden sich damit als applicationServerKey an; Nachrichten werden für %2 signiert</translation>
    </message>
</context>
<context>
    <name>herald::WriterEndpointBox</name>
    <message>
        <source>Writer endpoint (language model)</source>
        <translation>Texter-Endpunkt (Sprachmodell)</translation>
    </message>
    <message>
        <source>Writers draft with the built-in writer, or with an OpenAI-compatible chat-completions service given here. Drafts are content like any other: nothing is sent before the reviewer approves it.</source>
        <translation>Texter entwerfen mit dem integrierten Texter oder mit einem hier angegebenen OpenAI-kompatiblen Chat-Completions-Dienst. Entwürfe sind Inhalte wie alle anderen: Nichts wird gesendet, bevor der Prüfer es freigibt.</translation>
    </message>
    <message>
        <source>https://api.example.com/v1 (empty: the built-in writer)</source>
        <translation>https://api.example.com/v1 (leer: integrierter Texter)</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini</source>
        <translation>z. B. gpt-4o-mini</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>Remove the stored key</source>
        <translation>Gespeicherten Schlüssel entfernen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Test en&amp;dpoint</source>
        <translation>&amp;Endpunkt testen</translation>
    </message>
    <message>
        <source>Save endpoint</source>
        <translation>Endpunkt speichern</translation>
    </message>
    <message>
        <source>Kept in the system keyring; none for a local server</source>
        <translation>Im Systemschlüsselbund gespeichert; keiner für einen lokalen Server</translation>
    </message>
    <message>
        <source>A key is kept in the keyring: type to replace it</source>
        <translation>Ein Schlüssel ist im Schlüsselbund gespeichert: zum Ersetzen eingeben</translation>
    </message>
    <message>
        <source>Only an admin changes the writer endpoint</source>
        <translation>Nur ein Admin ändert den Texter-Endpunkt</translation>
    </message>
    <message>
        <source>No URL: writers use the built-in writer, which needs no network.</source>
        <translation>Keine URL: Texter verwenden den integrierten Texter, der kein Netzwerk braucht.</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>%1 wird nach seinen Modellen gefragt…</translation>
    </message>
    <message>
        <source>Writer endpoint not saved</source>
        <translation>Texter-Endpunkt nicht gespeichert</translation>
    </message>
    <message>
        <source>Writers now draft with %1 (%2).</source>
        <translation>Texter entwerfen jetzt mit %1 (%2).</translation>
    </message>
    <message>
        <source>Writers now draft with the built-in writer.</source>
        <translation>Texter entwerfen jetzt mit dem integrierten Texter.</translation>
    </message>
</context>
<context>
    <name>herald::chatpreview</name>
    <message>
        <source>A click opens %1</source>
        <translation>Ein Klick öffnet %1</translation>
    </message>
</context>
</TS>
