#!/bin/sh
# Renders the screenshots in docs/screenshots from a fresh demo workspace:
#   scripts/screenshots.sh [BUILD_DIR]   (default build/dev)
# Each is `herald --screenshot`, the window after its first paint, offscreen at the
# default 1240x760 size.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$here/build/dev"}
out="$here/docs/screenshots"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config"
mkdir -p "$out"
ws="$work/demo.herald"
"$build/bin/heraldctl" --workspace "$ws" init --demo >/dev/null
tenant="Northwind Outfitters"
id() { "$build/bin/heraldctl" --workspace "$ws" --tenant "$tenant" campaigns list | awk -v n="$1" 'index($0, n) { print $1; exit }'; }
shot() { name=$1; shift; "$build/bin/herald" --workspace "$ws" --tenant "$tenant" "$@" --screenshot "$out/$name.png" 2>/dev/null; echo "$out/$name.png"; }
gui() { test=$1; shift; HERALD_SCREENSHOT_DIR="$out" "$build/tests/$test" "$@" >/dev/null; }

shot campaign-list
shot campaign-runs --page runs
export SMTP_PASSWORD=unused # named by the settings; nothing is sent
"$build/bin/heraldctl" --workspace "$ws" --tenant "$tenant" providers set --channel email \
    --provider smtp --settings '{"host":"mail.example.com","user":"news@northwind.example","password_env":"SMTP_PASSWORD","connections":4}' >/dev/null
shot settings --page settings
printf 'Name;E-mail;Mobile;Shop\nAda Lovelace;ada@leads.example;07700 900001;Leeds\nBad;nope;;York\n' >"$work/leads.csv"
"$build/bin/heraldctl" --workspace "$ws" --tenant "$tenant" import-contacts "$work/leads.csv" --list Leads --region GB >/dev/null
shot contacts --page contacts
# Dialogs and pages as the GUI tests drive them (QWidget::grab from their hooks).
gui tst_contactspage importWizard optOutsTab segmentBuilder contactsAndCommunications contactEditingAndLists
gui tst_detailpage reviewTab reportPdf heldChannelStartsFromTheActiveView channelLifecycleSwitchesLayouts
gui tst_contentpages goalsAndWriters templateEditor
gui tst_runsandcalendar calendarPage
gui tst_campaignspage statisticsCompare
gui tst_settingspage organisationPages clickTrackingFromSettingsToReport smsKeywordsFromSettings mailboxFromSettings \
    phoneTrunkFromSettings
gui tst_setupandroles setupAssistantOnAFreshWorkspace
mv "$out/report-pdf-1.png" "$out/report-pdf.png"
echo "$out/import-contacts.png"
echo "$out/run-dialog-held.png"
echo "$out/active-held.png"
echo "$out/report-goal.png"
echo "$out/run-dialog-call.png"
echo "$out/templates-recording.png"
echo "$out/opt-outs.png"
echo "$out/segments.png"
echo "$out/review.png"
echo "$out/contact-record.png"
echo "$out/contact-edit.png"
echo "$out/contact-lists.png"
echo "$out/writers.png"
echo "$out/calendar-week.png"
echo "$out/statistics.png"
echo "$out/templates.png"
echo "$out/report-pdf.png"
echo "$out/setup-assistant.png"
echo "$out/getting-started.png"
echo "$out/people.png"
echo "$out/senders.png"
echo "$out/number-pools.png"
shot draft --open "$(id 'Store Opening Invite')"
shot active --open "$(id 'Viber Weekend Deals')"
shot tasks --open "$(id 'Viber Weekend Deals')" --tab tasks
shot ended --open "$(id 'Summer Clearance')"
shot report --open "$(id 'Summer Clearance')" --tab report
shot builder --open "$(id 'Legacy Customers Reconnect')" --edit
shot builder-channels --open "$(id 'Legacy Customers Reconnect')" --edit --tab channels
# In German, and in the dark palette (Settings → This computer).
shot campaign-list-de --language de
shot active-de --language de --open "$(id 'Viber Weekend Deals')"
shot report-de --language de --open "$(id 'Summer Clearance')" --tab report
shot builder-de --language de --open "$(id 'Legacy Customers Reconnect')" --edit
shot campaign-list-dark --appearance dark
shot active-dark --appearance dark --open "$(id 'Viber Weekend Deals')"
shot calendar-dark --appearance dark --page calendar
shot report-dark --appearance dark --open "$(id 'Summer Clearance')" --tab report
