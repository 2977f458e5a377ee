<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CalendarFormat</name>
    <message>
        <source>Planned launch</source>
        <translation>Lancement prévu</translation>
    </message>
    <message>
        <source>Missed launch</source>
        <translation>Lancement manqué</translation>
    </message>
    <message>
        <source>Run that could not start</source>
        <translation>Exécution qui n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>Test run</source>
        <translation>Exécution de test</translation>
    </message>
    <message>
        <source>Live run</source>
        <translation>Exécution réelle</translation>
    </message>
    <message>
        <source>%1/s, its rate limit</source>
        <translation>%1/s, sa limite de débit</translation>
    </message>
    <message>
        <source>%1/s, as the provider sent while sending run #%2, which ended %3</source>
        <translation>%1/s, débit du fournisseur lors de l&apos;exécution #%2, terminée le %3</translation>
    </message>
    <message>
        <source>%1/s assumed: no recent run measured the provider yet</source>
        <translation>%1/s supposé&#xa0;: aucune exécution récente n&apos;a encore mesuré le fournisseur</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln message(s), done by %2 (%3)</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln message, fin vers le %2 (%3)</numerusform>
            <numerusform>%1&#xa0;: %Ln messages, fin vers le %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nobody to send to</source>
        <translation>%1&#xa0;: aucun destinataire</translation>
    </message>
    <message>
        <source>; part waits for recipients&apos; quiet hours to end</source>
        <translation>; une partie attend la fin des heures de silence des destinataires</translation>
    </message>
    <message numerus="yes">
        <source>; the number pool&apos;s daily caps spread it over %Ln day(s)</source>
        <translation>
            <numerusform>; les plafonds quotidiens du pool de numéros l&apos;étalent sur %Ln jour</numerusform>
            <numerusform>; les plafonds quotidiens du pool de numéros l&apos;étalent sur %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No forecast: %1</source>
        <translation>Aucune prévision&#xa0;: %1</translation>
    </message>
    <message>
        <source>campaign %1</source>
        <translation>campagne %1</translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation>Canaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>Launch: %1</source>
        <translation>Lancement&#xa0;: %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Was due %1 while Herald was not running</source>
        <translation>Prévu le %1 alors que Herald n&apos;était pas lancé</translation>
    </message>
    <message>
        <source>Launches %1, done by about %2</source>
        <translation>Lancement le %1, fin vers le %2</translation>
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
        <translation>Exécution de test</translation>
    </message>
    <message>
        <source>Live run</source>
        <translation>Exécution réelle</translation>
    </message>
    <message>
        <source>%1 #%2 (%3), %4</source>
        <translation>%1 #%2 (%3), %4</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> par %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Writer</source>
        <translation>Rédacteur</translation>
    </message>
    <message>
        <source> — approved %1</source>
        <translation> — approuvé le %1</translation>
    </message>
    <message>
        <source> — &lt;b&gt;approval needed&lt;/b&gt;</source>
        <translation> — &lt;b&gt;approbation requise&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Relecteur</translation>
    </message>
    <message>
        <source>no content</source>
        <translation>aucun contenu</translation>
    </message>
    <message numerus="yes">
        <source>own text (%n character(s))</source>
        <translation>
            <numerusform>texte personnalisé (%n caractère)</numerusform>
            <numerusform>texte personnalisé (%n caractères)</numerusform>
        </translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation>, expéditeur %1</translation>
    </message>
    <message>
        <source>sender %1</source>
        <translation>expéditeur %1</translation>
    </message>
    <message>
        <source>, %1/min</source>
        <translation>, %1/min</translation>
    </message>
    <message>
        <source>list %1</source>
        <translation>liste %1</translation>
    </message>
    <message>
        <source>send to %1</source>
        <translation>envoyer à %1</translation>
    </message>
    <message>
        <source>exclude %1</source>
        <translation>exclure %1</translation>
    </message>
    <message>
        <source>one-time rules</source>
        <translation>règles ponctuelles</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> le %1</translation>
    </message>
    <message>
        <source> from %1, %2</source>
        <translation> à partir du %1, %2</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Lancement</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>Expire après</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Link clicks</source>
        <translation>Clics sur les liens</translation>
    </message>
    <message>
        <source>tracked through the organisation&apos;s listener</source>
        <translation>suivis via l&apos;écouteur de l&apos;organisation</translation>
    </message>
    <message>
        <source>Test recipients</source>
        <translation>Destinataires de test</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>&lt;b&gt;no&lt;/b&gt;</source>
        <translation>&lt;b&gt;non&lt;/b&gt;</translation>
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
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la modification</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>CSV for Excel (UTF-8 with byte-order mark) (*.csv)</source>
        <translation>CSV pour Excel (UTF-8 avec indicateur d&apos;ordre des octets) (*.csv)</translation>
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
        <translation>Le guide de l&apos;utilisateur est absent de cette version.</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Herald User Guide</source>
        <translation>Guide de l&apos;utilisateur de Herald</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Herald %1&lt;/h3&gt;&lt;p&gt;Command center for outbound campaigns over email, SMS and phone.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Herald %1&lt;/h3&gt;&lt;p&gt;Centre de commande pour les campagnes sortantes par e-mail, SMS et téléphone.&lt;/p&gt;&lt;p&gt;Distribué sous licence GNU General Public License, version 3 ou ultérieure.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, exécuté avec Qt %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1 caractère</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 caractères</translation>
    </message>
    <message>
        <source>1 segment</source>
        <translation>1 segment</translation>
    </message>
    <message>
        <source>%1 segments</source>
        <translation>%1 segments</translation>
    </message>
    <message>
        <source>UCS-2 (Unicode) because of “%1” at character %2</source>
        <translation>UCS-2 (Unicode) à cause de «&#xa0;%1&#xa0;» au caractère %2</translation>
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
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Test run #%1</source>
        <translation>Exécution de test #%1</translation>
    </message>
    <message>
        <source>Live run #%1</source>
        <translation>Exécution réelle #%1</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Times in</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Lancée par</translation>
    </message>
    <message>
        <source>Disclaimer accepted</source>
        <translation>Avertissement accepté</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Relecteur</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Funnel per channel</source>
        <translation>Entonnoir par canal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Delivered / answered</source>
        <translation>Remis / décrochés</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Ont répondu</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Désinscrits</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Objectif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Link clicks</source>
        <translation>Clics sur les liens</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Outcome per channel</source>
        <translation>Résultat par canal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Latency avg</source>
        <translation>Latence moy.</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latence p95</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Failure reasons</source>
        <translation>Motifs d&apos;échec</translation>
    </message>
    <message>
        <source>No message failed.</source>
        <translation>Aucun message en échec.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>No replies.</source>
        <translation>Aucune réponse.</translation>
    </message>
    <message>
        <source>%1 replies; the latest:</source>
        <translation>%1 réponses&#xa0;; les plus récentes&#xa0;:</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Frozen configuration</source>
        <translation>Configuration figée</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>herald::AccessibleTable</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::ActiveView</name>
    <message>
        <source>Stop sche&amp;dule…</source>
        <translation>Arrêter la p&amp;lanification…</translation>
    </message>
    <message>
        <source>Number pool health</source>
        <translation>État du pool de numéros</translation>
    </message>
    <message>
        <source>recurring (%1), starting %2</source>
        <translation>récurrent (%1), à partir du %2</translation>
    </message>
    <message>
        <source>Channel progress</source>
        <translation>Progression des canaux</translation>
    </message>
    <message>
        <source>Each channel&apos;s progress and commands, and the number pools&apos; health</source>
        <translation>Progression et commandes de chaque canal, et état des pools de numéros</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scheduled&lt;/b&gt;: launches %1.</source>
        <translation>&lt;b&gt;Planifiée&lt;/b&gt;&#xa0;: lancement le %1.</translation>
    </message>
</context>
<context>
    <name>herald::CalendarPage</name>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Show today (Home)</source>
        <translation>Afficher aujourd&apos;hui (Home)</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Précédent (Page Up)</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Suivant (Page Down)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <source>Month view (Alt+M)</source>
        <translation>Vue mois (Alt+M)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <source>Week view (Alt+W)</source>
        <translation>Vue semaine (Alt+S)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>Day view (Alt+D)</source>
        <translation>Vue jour (Alt+J)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before it happens&lt;/b&gt;: planned launches that would not go as planned.</source>
        <translation>&lt;b&gt;À anticiper&lt;/b&gt;&#xa0;: lancements prévus qui ne se dérouleraient pas comme prévu.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Modi&amp;fier</translation>
    </message>
    <message>
        <source>&amp;Stop schedule…</source>
        <translation>A&amp;rrêter la planification…</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>The calendar could not be read: %1</source>
        <translation>Impossible de lire le calendrier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Times are in %1, the tenant&apos;s time zone. Planned launches are drawn to their forecast finish; double-click an entry to open its campaign.</source>
        <translation>Les heures sont dans le fuseau %1, celui de l&apos;organisation. Les lancements prévus s&apos;étendent jusqu&apos;à leur fin estimée&#xa0;; double-cliquez sur une entrée pour ouvrir sa campagne.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) was due %3, while Herald was not running: it was not sent.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) était prévue le %3, alors que Herald n&apos;était pas lancé&#xa0;: elle n&apos;a pas été envoyée.</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Replanifier…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>%1 (role %2) may not resolve missed launches: ask a manager or an admin.</source>
        <translation>%1 (rôle %2) ne peut pas traiter les lancements manqués&#xa0;: adressez-vous à un gestionnaire ou à un administrateur.</translation>
    </message>
    <message>
        <source>Select an entry to see its campaign, channels, status, launch type, time and description.</source>
        <translation>Sélectionnez une entrée pour voir sa campagne, ses canaux, son statut, son type de lancement, son heure et sa description.</translation>
    </message>
    <message>
        <source>Stop the schedule of %1? None of its recurring launches will happen until it is scheduled again; runs already made keep their results.</source>
        <translation>Arrêter la planification de %1&#xa0;? Aucun de ses lancements récurrents n&apos;aura lieu tant qu&apos;elle n&apos;aura pas été de nouveau planifiée&#xa0;; les exécutions déjà faites conservent leurs résultats.</translation>
    </message>
    <message>
        <source>Stop the schedule of %1? It will not launch at %2; it can be scheduled again.</source>
        <translation>Arrêter la planification de %1&#xa0;? Elle ne sera pas lancée le %2&#xa0;; elle pourra être de nouveau planifiée.</translation>
    </message>
    <message>
        <source>Stop schedule</source>
        <translation>Arrêter la planification</translation>
    </message>
    <message>
        <source>The schedule of %1 is stopped.</source>
        <translation>La planification de %1 est arrêtée.</translation>
    </message>
    <message>
        <source>The missed launch is being sent now.</source>
        <translation>Le lancement manqué est en cours d&apos;envoi.</translation>
    </message>
    <message>
        <source>Reschedule missed launch</source>
        <translation>Replanifier le lancement manqué</translation>
    </message>
    <message>
        <source>Launch &amp;at (%1):</source>
        <translation>Lancer &amp;le (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Replanifier</translation>
    </message>
    <message>
        <source>Rescheduled for %1.</source>
        <translation>Replanifié pour le %1.</translation>
    </message>
    <message>
        <source>Skip missed launch</source>
        <translation>Ignorer le lancement manqué</translation>
    </message>
    <message>
        <source>Skip this launch? Nothing is sent for it; a recurring campaign goes on with its next launch, a one-off schedule is stopped.</source>
        <translation>Ignorer ce lancement&#xa0;? Rien n&apos;est envoyé pour lui&#xa0;; une campagne récurrente continue avec son lancement suivant, une planification unique est arrêtée.</translation>
    </message>
    <message>
        <source>The missed launch was skipped.</source>
        <translation>Le lancement manqué a été ignoré.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Scrolls through the calendar&apos;s days and hours</source>
        <translation>Fait défiler les jours et les heures du calendrier</translation>
    </message>
</context>
<context>
    <name>herald::CalendarView</name>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Missed: </source>
        <translation>Manqué&#xa0;: </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
</context>
<context>
    <name>herald::CallPreview</name>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <source>The recording %1 is played</source>
        <translation>L&apos;enregistrement %1 est lu</translation>
    </message>
    <message>
        <source>Rendering the speech…</source>
        <translation>Synthèse vocale en cours…</translation>
    </message>
    <message>
        <source>Spoken by espeak-ng (voice %1)</source>
        <translation>Prononcé par espeak-ng (voix %1)</translation>
    </message>
    <message>
        <source>%1: %2 s.</source>
        <translation>%1&#xa0;: %2 s.</translation>
    </message>
    <message>
        <source>This computer has no audio output</source>
        <translation>Cet ordinateur n&apos;a pas de sortie audio</translation>
    </message>
    <message>
        <source>Play what the callee hears</source>
        <translation>Écouter ce qu&apos;entend l&apos;appelé</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
</context>
<context>
    <name>herald::CampaignBuilder</name>
    <message>
        <source>&amp;Activated</source>
        <translation>Acti&amp;vée</translation>
    </message>
    <message>
        <source>Only an activated campaign can run or be scheduled; leave it off while the plan is still being worked on.</source>
        <translation>Seule une campagne activée peut être exécutée ou planifiée&#xa0;; laissez-la désactivée tant que le plan est encore en préparation.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enregi&amp;strer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Show the campaign as it is saved now; your unsaved changes are dropped</source>
        <translation>Afficher la campagne telle qu&apos;elle est enregistrée&#xa0;; vos modifications non enregistrées sont abandonnées</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>Fer&amp;mer</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Could not check the campaign: %1</source>
        <translation>Impossible de vérifier la campagne&#xa0;: %1</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Comment corriger</translation>
    </message>
    <message>
        <source>What the team calls it, e.g. Spring sale</source>
        <translation>Le nom utilisé par l&apos;équipe, p. ex. Soldes de printemps</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. spring, retail</source>
        <translation>Séparées par des virgules, p. ex. printemps, commerce</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Étiq&amp;uettes&#xa0;:</translation>
    </message>
    <message>
        <source>G&amp;oal:</source>
        <translation>&amp;Objectif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Writer:</source>
        <translation>&amp;Rédacteur&#xa0;:</translation>
    </message>
    <message>
        <source>The reviewer approves the content; any content change needs approval again.</source>
        <translation>Le relecteur approuve le contenu&#xa0;; toute modification du contenu doit être de nouveau approuvée.</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>Relec&amp;teur&#xa0;:</translation>
    </message>
    <message>
        <source>%1 channel</source>
        <translation>Canal %1</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Call script when no template is chosen</source>
        <translation>Script d&apos;appel quand aucun modèle n&apos;est choisi</translation>
    </message>
    <message>
        <source>Message text when no template is chosen; {{first_name}} merges a field</source>
        <translation>Texte du message quand aucun modèle n&apos;est choisi&#xa0;; {{first_name}} insère un champ</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation>Script&#xa0;:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Draft from the writer</source>
        <translation>Brouillon du rédacteur</translation>
    </message>
    <message>
        <source>Write this channel&apos;s text from the goal and the writer&apos;s brief (Basics); the reviewer approves it like any content</source>
        <translation>Rédiger le texte de ce canal à partir de l&apos;objectif et des consignes du rédacteur (Général)&#xa0;; le relecteur l&apos;approuve comme tout contenu</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> par minute</translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation>Défaut du fournisseur</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Débit&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 08:00-21:00 in the recipient&apos;s time zone; none; empty for the default</source>
        <translation>p. ex. 08:00-21:00 dans le fuseau horaire du destinataire&#xa0;; none&#xa0;; vide pour la valeur par défaut</translation>
    </message>
    <message>
        <source>Send window:</source>
        <translation>Plage d&apos;envoi&#xa0;:</translation>
    </message>
    <message>
        <source>Contact &amp;list:</source>
        <translation>Lis&amp;te de contacts&#xa0;:</translation>
    </message>
    <message>
        <source>Send to segments</source>
        <translation>Envoyer aux segments</translation>
    </message>
    <message>
        <source>Send to segments:</source>
        <translation>Envoyer aux segments&#xa0;:</translation>
    </message>
    <message>
        <source>Exclude segments</source>
        <translation>Exclure des segments</translation>
    </message>
    <message>
        <source>Exclude segments:</source>
        <translation>Exclure les segments&#xa0;:</translation>
    </message>
    <message>
        <source>Conditions for this campaign only, on top of the list and segments; no condition keeps everyone</source>
        <translation>Conditions propres à cette campagne, en plus de la liste et des segments&#xa0;; sans condition, tout le monde est conservé</translation>
    </message>
    <message>
        <source>One-time rules:</source>
        <translation>Règles ponctuelles&#xa0;:</translation>
    </message>
    <message>
        <source>Reaches now:</source>
        <translation>Portée actuelle&#xa0;:</translation>
    </message>
    <message>
        <source>Now: runs as soon as it is started</source>
        <translation>Immédiat&#xa0;: s&apos;exécute dès son démarrage</translation>
    </message>
    <message>
        <source>Manual: someone presses Run</source>
        <translation>Manuel&#xa0;: quelqu&apos;un clique sur Exécuter</translation>
    </message>
    <message>
        <source>Schedule: once, at the send time</source>
        <translation>Planifié&#xa0;: une fois, à l&apos;heure d&apos;envoi</translation>
    </message>
    <message>
        <source>Recurring: from the send time, by the recurrence rule</source>
        <translation>Récurrent&#xa0;: à partir de l&apos;heure d&apos;envoi, selon la règle de récurrence</translation>
    </message>
    <message>
        <source>&amp;Launch:</source>
        <translation>Lance&amp;ment&#xa0;:</translation>
    </message>
    <message>
        <source>Sen&amp;d at:</source>
        <translation>E&amp;nvoyer le&#xa0;:</translation>
    </message>
    <message>
        <source>RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=MO</source>
        <translation>Règle RFC 5545, p. ex. FREQ=WEEKLY;BYDAY=MO</translation>
    </message>
    <message>
        <source>Recurre&amp;nce:</source>
        <translation>&amp;Récurrence&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>F&amp;useau horaire&#xa0;:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>Messages not sent this long after the run started are not sent at all.</source>
        <translation>Les messages non envoyés dans ce délai après le démarrage de l&apos;exécution ne sont pas envoyés du tout.</translation>
    </message>
    <message>
        <source>Time t&amp;o live:</source>
        <translation>&amp;Durée de vie&#xa0;:</translation>
    </message>
    <message>
        <source>Track link clicks</source>
        <translation>Suivre les clics sur les liens</translation>
    </message>
    <message>
        <source>Links in the email and SMS content go through the organisation&apos;s listener, which counts each click per message and link (Settings → Organisations → Listener). The report shows clicks and the goal&apos;s conversion.</source>
        <translation>Les liens du contenu des e-mails et des SMS passent par l&apos;écouteur de l&apos;organisation, qui compte chaque clic par message et par lien (Paramètres → Organisations → Écouteur). Le rapport affiche les clics et la conversion de l&apos;objectif.</translation>
    </message>
    <message>
        <source>One email address or +E.164 number per line</source>
        <translation>Une adresse e-mail ou un numéro +E.164 par ligne</translation>
    </message>
    <message>
        <source>Test reci&amp;pients:</source>
        <translation>Destinataires de &amp;test&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the goal and the writer on the Basics page first: the draft follows them.</source>
        <translation>Choisissez d&apos;abord l&apos;objectif et le rédacteur sur la page Général&#xa0;: le brouillon en dépend.</translation>
    </message>
    <message>
        <source>A draft is on its way from the writer&apos;s endpoint.</source>
        <translation>Un brouillon est en route depuis le point de terminaison du rédacteur.</translation>
    </message>
    <message>
        <source>Replace the %1 text with a new draft from %2?</source>
        <translation>Remplacer le texte %1 par un nouveau brouillon de %2&#xa0;?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>The writer&apos;s endpoint gave no draft: %1

Use the built-in writer&apos;s draft instead?</source>
        <translation>Le point de terminaison du rédacteur n&apos;a fourni aucun brouillon&#xa0;: %1

Utiliser plutôt le brouillon du rédacteur intégré&#xa0;?</translation>
    </message>
    <message>
        <source>Use the built-in draft</source>
        <translation>Utiliser le brouillon intégré</translation>
    </message>
    <message>
        <source>Asking %1 for a draft…</source>
        <translation>Demande d&apos;un brouillon à %1…</translation>
    </message>
    <message>
        <source>Drafted the %1 text from %2.</source>
        <translation>Texte %1 rédigé avec %2.</translation>
    </message>
    <message>
        <source>Drafted the %1 text from %2; %3.</source>
        <translation>Texte %1 rédigé avec %2&#xa0;; %3.</translation>
    </message>
    <message>
        <source>(no goal)</source>
        <translation>(aucun objectif)</translation>
    </message>
    <message>
        <source>(no writer)</source>
        <translation>(aucun rédacteur)</translation>
    </message>
    <message>
        <source>(no reviewer)</source>
        <translation>(aucun relecteur)</translation>
    </message>
    <message>
        <source>(every contact)</source>
        <translation>(tous les contacts)</translation>
    </message>
    <message>
        <source>(none: use the text below)</source>
        <translation>(aucun&#xa0;: utiliser le texte ci-dessous)</translation>
    </message>
    <message>
        <source>(no template)</source>
        <translation>(aucun modèle)</translation>
    </message>
    <message>
        <source>(no sender)</source>
        <translation>(aucun expéditeur)</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (en pause)</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Modifier la campagne</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu&apos;un</translation>
    </message>
    <message>
        <source>%1 changed this campaign elsewhere, and it cannot be read now: %2</source>
        <translation>%1 a modifié cette campagne ailleurs, et elle ne peut pas être lue pour l&apos;instant&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 changed this campaign elsewhere: %2</source>
        <translation>%1 a modifié cette campagne ailleurs&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 changed this campaign elsewhere; the form shows it as saved now.</source>
        <translation>%1 a modifié cette campagne ailleurs&#xa0;; le formulaire l&apos;affiche telle qu&apos;elle est désormais enregistrée.</translation>
    </message>
    <message>
        <source>%1 changed this campaign elsewhere since you opened it. Reload to see their changes (yours are dropped), or keep editing: saving replaces their changes.</source>
        <translation>%1 a modifié cette campagne ailleurs depuis que vous l&apos;avez ouverte. Rechargez pour voir ses modifications (les vôtres sont abandonnées), ou continuez la modification&#xa0;: l&apos;enregistrement remplacera ses modifications.</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (supprimé)</translation>
    </message>
    <message>
        <source>#%1 (not found)</source>
        <translation>#%1 (introuvable)</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <source>Edit %1 — %2</source>
        <translation>Modifier %1 — %2</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Modèle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>pas encore enregistrée</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready to run&lt;/b&gt; once saved.</source>
        <translation>&lt;b&gt;Prête à être exécutée&lt;/b&gt; une fois enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n thing(s) to fix&lt;/b&gt; before it can run; saving keeps it as a draft.</source>
        <translation>
            <numerusform>&lt;b&gt;%n point à corriger&lt;/b&gt; avant de pouvoir l&apos;exécuter&#xa0;; l&apos;enregistrement la conserve comme brouillon.</numerusform>
            <numerusform>&lt;b&gt;%n points à corriger&lt;/b&gt; avant de pouvoir l&apos;exécuter&#xa0;; l&apos;enregistrement la conserve comme brouillon.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Choose channels to see how many they reach.</source>
        <translation>Choisissez des canaux pour voir combien de contacts ils atteignent.</translation>
    </message>
    <message>
        <source>the new campaign</source>
        <translation>la nouvelle campagne</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to %1 before leaving?</source>
        <translation>Enregistrer les modifications de %1 avant de quitter&#xa0;?</translation>
    </message>
    <message>
        <source>Save campaign</source>
        <translation>Enregistrer la campagne</translation>
    </message>
    <message>
        <source>Give the campaign a name before saving it.</source>
        <translation>Donnez un nom à la campagne avant de l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Correct the marked field first: %1</source>
        <translation>Corrigez d&apos;abord le champ signalé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved %1: the content changed, so it needs the reviewer&apos;s approval again.</source>
        <translation>Enregistrement de %1&#xa0;: le contenu a changé, il doit donc être de nouveau approuvé par le relecteur.</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>Enregistrement de %1 (%2).</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Leave the campaign without saving (Esc)</source>
        <translation>Quitter la campagne sans enregistrer (Esc)</translation>
    </message>
    <message>
        <source>Campaign sections</source>
        <translation>Sections de la campagne</translation>
    </message>
    <message>
        <source>&amp;Basics</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>Chann&amp;els</source>
        <translation>Canau&amp;x</translation>
    </message>
    <message>
        <source>Aud&amp;ience</source>
        <translation>Aud&amp;ience</translation>
    </message>
    <message>
        <source>La&amp;unch</source>
        <translation>Lan&amp;cement</translation>
    </message>
    <message>
        <source>Each channel the campaign sends on: its content, sender, rate and window</source>
        <translation>Chaque canal sur lequel la campagne envoie&#xa0;: contenu, expéditeur, débit et plage</translation>
    </message>
    <message>
        <source>Typed and shown in the campaign&apos;s time zone (below)</source>
        <translation>Saisi et affiché dans le fuseau horaire de la campagne (ci-dessous)</translation>
    </message>
    <message>
        <source>UTC, until the time zone below is one Herald knows</source>
        <translation>UTC, tant que le fuseau horaire ci-dessous n&apos;est pas connu de Herald</translation>
    </message>
    <message>
        <source>%1 time (%2)</source>
        <translation>Heure %1 (%2)</translation>
    </message>
    <message>
        <source>%1, which is %2 in %3</source>
        <translation>%1, soit %2 à %3</translation>
    </message>
</context>
<context>
    <name>herald::CampaignDetailPage</name>
    <message>
        <source>every channel of %1</source>
        <translation>tous les canaux de %1</translation>
    </message>
    <message>
        <source>the %1 channel of %2</source>
        <translation>le canal %1 de %2</translation>
    </message>
    <message>
        <source>Paused %1</source>
        <translation>Mis en pause&#xa0;: %1</translation>
    </message>
    <message>
        <source>Resumed %1</source>
        <translation>Repris&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopped %1</source>
        <translation>Arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
    <message>
        <source>Back to the campaign list (Alt+Left)</source>
        <translation>Retour à la liste des campagnes (Alt+Left)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Reload a full snapshot (F5)</source>
        <translation>Recharger un instantané complet (F5)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>Every reply and opt-out the campaign&apos;s runs received, newest first</source>
        <translation>Toutes les réponses et désinscriptions reçues par les exécutions de la campagne, les plus récentes en premier</translation>
    </message>
    <message>
        <source>&amp;Communications</source>
        <translation>&amp;Communications</translation>
    </message>
    <message>
        <source>Open campaign</source>
        <translation>Ouvrir la campagne</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run…</source>
        <translation>Exécuter…</translation>
    </message>
    <message>
        <source>Test run…</source>
        <translation>Exécution de test…</translation>
    </message>
    <message>
        <source>Pause all channels</source>
        <translation>Mettre en pause tous les canaux</translation>
    </message>
    <message>
        <source>Stop all channels…</source>
        <translation>Arrêter tous les canaux…</translation>
    </message>
    <message>
        <source>Retry failed…</source>
        <translation>Renvoyer les échecs…</translation>
    </message>
    <message>
        <source>Send again, as a new run, to the recipients whose message failed after its retries</source>
        <translation>Envoyer de nouveau, dans une nouvelle exécution, aux destinataires dont le message a échoué après ses nouvelles tentatives</translation>
    </message>
    <message>
        <source>Remarket…</source>
        <translation>Relancer…</translation>
    </message>
    <message>
        <source>A new Draft campaign for those who failed, did not reply or did not answer, or for the contacts selected in the task table</source>
        <translation>Une nouvelle campagne Brouillon pour les destinataires en échec, sans réponse ou qui n&apos;ont pas décroché, ou pour les contacts sélectionnés dans le tableau des tâches</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Clone into a new campaign</source>
        <translation>Cloner dans une nouvelle campagne</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Cloner</translation>
    </message>
    <message>
        <source>Cloned into %1</source>
        <translation>Clonée dans %1</translation>
    </message>
    <message>
        <source>Export messages (CSV)…</source>
        <translation>Exporter les messages (CSV)…</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>Exporter les messages</translation>
    </message>
    <message>
        <source>Every message of every run, one row each, for a spreadsheet</source>
        <translation>Chaque message de chaque exécution, une ligne par message, pour un tableur</translation>
    </message>
    <message>
        <source>Export report (PDF)…</source>
        <translation>Exporter le rapport (PDF)…</translation>
    </message>
    <message>
        <source>PDF, A4 (*.pdf)</source>
        <translation>PDF, A4 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, Letter (*.pdf)</source>
        <translation>PDF, Lettre US (*.pdf)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>The report of the run shown, to print or send</source>
        <translation>Le rapport de l&apos;exécution affichée, à imprimer ou à envoyer</translation>
    </message>
    <message>
        <source>Export report tables (CSV)…</source>
        <translation>Exporter les tableaux du rapport (CSV)…</translation>
    </message>
    <message>
        <source>Export report tables</source>
        <translation>Exporter les tableaux du rapport</translation>
    </message>
    <message>
        <source>The report&apos;s tables (funnel, outcomes, reasons, numbers, throughput) for a spreadsheet</source>
        <translation>Les tableaux du rapport (entonnoir, résultats, motifs, numéros, débit) pour un tableur</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Imprimer le rapport…</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Enregistrer comme modèle…</translation>
    </message>
    <message>
        <source>Keep this campaign&apos;s content as templates, one per channel, to reuse in other campaigns</source>
        <translation>Conserver le contenu de cette campagne sous forme de modèles, un par canal, à réutiliser dans d&apos;autres campagnes</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Archive campaign</source>
        <translation>Archiver la campagne</translation>
    </message>
    <message>
        <source>Archive %1? It leaves the list and keeps every run and result.</source>
        <translation>Archiver %1&#xa0;? Elle quitte la liste et conserve toutes ses exécutions et tous ses résultats.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Supprimer la campagne</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1? Its configuration, %n run(s), every message and all results are deleted for good.</source>
        <translation>
            <numerusform>Supprimer %1&#xa0;? Sa configuration, %n exécution, tous les messages et tous les résultats seront définitivement supprimés.</numerusform>
            <numerusform>Supprimer %1&#xa0;? Sa configuration, %n exécutions, tous les messages et tous les résultats seront définitivement supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive instead</source>
        <translation>Archiver plutôt</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Exporting the messages…</source>
        <translation>Exportation des messages…</translation>
    </message>
    <message>
        <source>Exported %1 messages to %2.</source>
        <translation>%1 messages exportés vers %2.</translation>
    </message>
    <message>
        <source>Print report — %1</source>
        <translation>Imprimer le rapport — %1</translation>
    </message>
    <message>
        <source>Report of %1 saved to %2.</source>
        <translation>Rapport de %1 enregistré dans %2.</translation>
    </message>
    <message>
        <source>Report tables of %1 saved to %2.</source>
        <translation>Tableaux du rapport de %1 enregistrés dans %2.</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Template &amp;name:</source>
        <translation>&amp;Nom du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>One template per channel, named “&lt;name&gt; (&lt;channel&gt;)”.</source>
        <translation>Un modèle par canal, nommé «&#xa0;&lt;nom&gt; (&lt;canal&gt;)&#xa0;».</translation>
    </message>
    <message>
        <source>Saved 1 template from %1.</source>
        <translation>1 modèle enregistré à partir de %1.</translation>
    </message>
    <message>
        <source>Saved %1 templates from %2.</source>
        <translation>%1 modèles enregistrés à partir de %2.</translation>
    </message>
    <message>
        <source>Created the follow-up %1 for %2 contacts: activate it and have its content approved to run it.</source>
        <translation>Relance %1 créée pour %2 contacts&#xa0;: activez-la et faites approuver son contenu pour l&apos;exécuter.</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Renvoyer les échecs</translation>
    </message>
    <message>
        <source>No message of %1 failed for a pre-send or transient reason: there is nobody to send to again.</source>
        <translation>Aucun message de %1 n&apos;a échoué pour un motif antérieur à l&apos;envoi ou temporaire&#xa0;: il n&apos;y a personne à qui renvoyer.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Send %1 again to the recipients whose message failed after its retries (%2)? Nobody it reached, bounced for good or opted out is contacted.

%3</source>
        <translation>Renvoyer %1 aux destinataires dont le message a échoué après ses nouvelles tentatives (%2)&#xa0;? Personne parmi les destinataires atteints, en rebond définitif ou désinscrits n&apos;est contacté.

%3</translation>
    </message>
    <message>
        <source>Accept and send</source>
        <translation>Accepter et envoyer</translation>
    </message>
    <message>
        <source>Queueing the retry…</source>
        <translation>Mise en file d&apos;attente du renvoi…</translation>
    </message>
    <message>
        <source>Retry run %1 of %2 started.</source>
        <translation>Exécution de renvoi %1 de %2 démarrée.</translation>
    </message>
    <message>
        <source>Stop channel</source>
        <translation>Arrêter le canal</translation>
    </message>
    <message>
        <source>Stop every channel of “%1”?</source>
        <translation>Arrêter tous les canaux de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Stop the %1 channel of “%2”?</source>
        <translation>Arrêter le canal %1 de «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Only messages still queued are cancelled; messages already handed to the provider finish on their own. A stopped run cannot be resumed.</source>
        <translation>Seuls les messages encore en file d&apos;attente sont annulés&#xa0;; les messages déjà remis au fournisseur se terminent d&apos;eux-mêmes. Une exécution arrêtée ne peut pas être reprise.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Forecast for that launch:</source>
        <translation>Prévision pour ce lancement&#xa0;:</translation>
    </message>
    <message>
        <source>Schedule campaign</source>
        <translation>Planifier la campagne</translation>
    </message>
    <message>
        <source>Arm %1 to launch %2?

%3%4</source>
        <translation>Armer %1 pour son lancement (%2)&#xa0;?

%3%4</translation>
    </message>
    <message>
        <source>at its next occurrence</source>
        <translation>à sa prochaine occurrence</translation>
    </message>
    <message>
        <source>Accept and schedule</source>
        <translation>Accepter et planifier</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <source>%1 launches %2</source>
        <translation>Lancement de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Stop schedule</source>
        <translation>Arrêter la planification</translation>
    </message>
    <message>
        <source>Stop the schedule of %1? Runs already made keep their results; it can be scheduled again.</source>
        <translation>Arrêter la planification de %1&#xa0;? Les exécutions déjà faites conservent leurs résultats&#xa0;; elle pourra être de nouveau planifiée.</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Comment corriger</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>Campaign sections</source>
        <translation>Sections de la campagne</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>Tâche&amp;s</translation>
    </message>
    <message>
        <source>Revie&amp;w</source>
        <translation>Relect&amp;ure</translation>
    </message>
    <message>
        <source>Communications of the campaign</source>
        <translation>Communications de la campagne</translation>
    </message>
</context>
<context>
    <name>herald::CampaignListModel</name>
    <message>
        <source>Now</source>
        <comment>launch type</comment>
        <translation>Immédiat</translation>
    </message>
    <message>
        <source>Manual</source>
        <comment>launch type</comment>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Schedule</source>
        <comment>launch type</comment>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Recurring</source>
        <comment>launch type</comment>
        <translation>Récurrent</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Lancement</translation>
    </message>
    <message>
        <source>Send time</source>
        <translation>Heure d&apos;envoi</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
</context>
<context>
    <name>herald::CampaignStatus</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
</context>
<context>
    <name>herald::CampaignsPage</name>
    <message>
        <source>Search by name or ID (Ctrl+F)</source>
        <translation>Rechercher par nom ou ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search campaigns</source>
        <translation>Rechercher des campagnes</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>Filtre de canal</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <source>Create a campaign (Ctrl+N)</source>
        <translation>Créer une campagne (Ctrl+N)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>The selected campaigns side by side in Statistics</source>
        <translation>Les campagnes sélectionnées côte à côte dans Statistiques</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>The list cannot be sorted by this column.</source>
        <translation>La liste ne peut pas être triée selon cette colonne.</translation>
    </message>
    <message>
        <source>Choose how email or SMS is sent</source>
        <translation>Choisir comment les e-mails ou SMS sont envoyés</translation>
    </message>
    <message>
        <source>Add a sender: who your messages come from</source>
        <translation>Ajouter un expéditeur&#xa0;: la provenance de vos messages</translation>
    </message>
    <message>
        <source>Set Herald&apos;s listener, which serves the unsubscribe links of your emails</source>
        <translation>Configurer l&apos;écouteur de Herald, qui sert les liens de désinscription de vos e-mails</translation>
    </message>
    <message>
        <source>Add a reviewer, who approves content before it runs</source>
        <translation>Ajouter un relecteur, qui approuve le contenu avant son exécution</translation>
    </message>
    <message>
        <source>Import your contacts</source>
        <translation>Importer vos contacts</translation>
    </message>
    <message>
        <source>Write a template</source>
        <translation>Rédiger un modèle</translation>
    </message>
    <message>
        <source>Describe a goal and a writer</source>
        <translation>Décrire un objectif et un rédacteur</translation>
    </message>
    <message>
        <source>Create a campaign</source>
        <translation>Créer une campagne</translation>
    </message>
    <message>
        <source>Run it live</source>
        <translation>L&apos;exécuter en réel</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>%1 of %2 done. This list goes away after your first live run.</source>
        <translation>%1 sur %2 terminés. Cette liste disparaît après votre première exécution réelle.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Choose a tenant to see its campaigns.</source>
        <translation>Choisissez une organisation pour voir ses campagnes.</translation>
    </message>
    <message>
        <source> (scroll for more)</source>
        <translation> (défilez pour en voir plus)</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campagne</numerusform>
            <numerusform>%n campagnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare %1</source>
        <translation>Comparer %1</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Dupliquer %1</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>Archiver %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>%n campaign(s) duplicated</source>
        <translation>%n campagne(s) dupliquée(s)</translation>
    </message>
    <message>
        <source>%n campaign(s) archived</source>
        <translation>%n campagne(s) archivée(s)</translation>
    </message>
    <message>
        <source>Archive campaigns</source>
        <translation>Archiver les campagnes</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n campaign(s)? They leave the list (find them under the Archived filter) and keep every run and result.</source>
        <translation>
            <numerusform>Archiver %n campagne&#xa0;? Elle quitte la liste (retrouvez-la avec le filtre Archivées) et conserve toutes ses exécutions et tous ses résultats.</numerusform>
            <numerusform>Archiver %n campagnes&#xa0;? Elles quittent la liste (retrouvez-les avec le filtre Archivées) et conservent toutes leurs exécutions et tous leurs résultats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete campaigns</source>
        <translation>Supprimer les campagnes</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n campaign(s)? Their configuration, every run, every message and all results are deleted for good; this cannot be undone.

Archiving hides them from the list and keeps the results.</source>
        <translation>
            <numerusform>Supprimer %n campagne&#xa0;? Sa configuration, toutes ses exécutions, tous ses messages et tous ses résultats seront définitivement supprimés&#xa0;; cette action est irréversible.

L&apos;archivage la masque de la liste et conserve les résultats.</numerusform>
            <numerusform>Supprimer %n campagnes&#xa0;? Leur configuration, toutes leurs exécutions, tous leurs messages et tous leurs résultats seront définitivement supprimés&#xa0;; cette action est irréversible.

L&apos;archivage les masque de la liste et conserve les résultats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive instead</source>
        <translation>Archiver plutôt</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%n campaign(s) deleted</source>
        <translation>%n campagne(s) supprimée(s)</translation>
    </message>
    <message>
        <source>Why the last run could not start:</source>
        <translation>Pourquoi la dernière exécution n&apos;a pas pu démarrer&#xa0;:</translation>
    </message>
    <message>
        <source>Campaign info</source>
        <translation>Informations sur la campagne</translation>
    </message>
    <message>
        <source>What a run would find now:</source>
        <translation>Ce qu&apos;une exécution constaterait maintenant&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing to fix: every check passes.</source>
        <translation>Rien à corriger&#xa0;: toutes les vérifications sont réussies.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Run…</source>
        <translation>Exécuter…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Not editable</source>
        <translation>Non modifiable</translation>
    </message>
    <message>
        <source>%1 is %2: its results stay as they were sent, so it cannot be edited or run again. Clone it to start a new campaign from it.</source>
        <translation>%1 est à l&apos;état %2&#xa0;: ses résultats restent tels qu&apos;ils ont été envoyés, elle ne peut donc plus être modifiée ni exécutée. Clonez-la pour démarrer une nouvelle campagne à partir d&apos;elle.</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Cloner</translation>
    </message>
    <message>
        <source>%1 of %2 done. Steps left, each a link: %3</source>
        <translation>%1 sur %2 effectuées. Étapes restantes, chacune sous forme de lien&#xa0;: %3</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Aucune campagne pour l&apos;instant</translation>
    </message>
    <message>
        <source>A campaign sends your message to an audience by email, SMS or phone, once or on a schedule.</source>
        <translation>Une campagne envoie votre message à une audience par e-mail, SMS ou téléphone, une seule fois ou selon une planification.</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Nouvelle campagne…</translation>
    </message>
    <message>
        <source>No campaigns match these filters</source>
        <translation>Aucune campagne ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>No campaigns match “%1”</source>
        <translation>Aucune campagne ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The search looks at campaign names and IDs; archived campaigns show under the Archived status only.</source>
        <translation>La recherche porte sur les noms et les ID des campagnes&#xa0;; les campagnes archivées n&apos;apparaissent que sous le statut Archivée.</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
</context>
<context>
    <name>herald::ChannelCard</name>
    <message>
        <source>(held: start it when you choose)</source>
        <translation>(retenu&#xa0;: démarrez-le quand vous le souhaitez)</translation>
    </message>
    <message>
        <source>%1 messages: %2 waiting, %3 done, %4 failed</source>
        <translation>%1 messages&#xa0;: %2 en attente, %3 terminés, %4 en échec</translation>
    </message>
    <message>
        <source>Throughput &lt;b&gt;%1/s&lt;/b&gt;</source>
        <translation>Débit &lt;b&gt;%1/s&lt;/b&gt;</translation>
    </message>
    <message>
        <source>calls in progress &lt;b&gt;%1&lt;/b&gt;: dialing %2, ringing %3, talking %4</source>
        <translation>appels en cours &lt;b&gt;%1&lt;/b&gt;&#xa0;: numérotation %2, sonnerie %3, conversation %4</translation>
    </message>
    <message>
        <source>in flight &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>en transit &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>error rate &lt;b&gt;%1%&lt;/b&gt;</source>
        <translation>taux d&apos;erreur &lt;b&gt;%1%&lt;/b&gt;</translation>
    </message>
    <message>
        <source>retrying &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>nouvelles tentatives &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>outside send window &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>hors plage d&apos;envoi &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>finish &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>fin &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>provider latency &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>latence du fournisseur &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Paus&amp;e</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Sto&amp;p…</source>
        <translation>Arrê&amp;ter…</translation>
    </message>
</context>
<context>
    <name>herald::ChannelChart</name>
    <message>
        <source>Messages per second</source>
        <translation>Messages par seconde</translation>
    </message>
    <message>
        <source>State mix</source>
        <translation>Répartition des états</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En transit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Seconds since %1</source>
        <translation>Secondes depuis %1</translation>
    </message>
    <message>
        <source>Minutes since %1</source>
        <translation>Minutes depuis %1</translation>
    </message>
    <message>
        <source>Hours since %1</source>
        <translation>Heures depuis %1</translation>
    </message>
    <message>
        <source>Live charts: messages per second and the state mix</source>
        <translation>Graphiques en direct&#xa0;: messages par seconde et répartition des états</translation>
    </message>
    <message>
        <source>Live rate chart: messages sent per second over the run</source>
        <translation>Graphique du débit en direct&#xa0;: messages envoyés par seconde pendant l&apos;exécution</translation>
    </message>
    <message>
        <source>Live chart of messages queued, in flight, done and failed over the run</source>
        <translation>Graphique en direct des messages en file d&apos;attente, en transit, traités et en échec pendant l&apos;exécution</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
</context>
<context>
    <name>herald::ChannelKind</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
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
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
</context>
<context>
    <name>herald::CommunicationsTable</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Text or state</source>
        <translation>Texte ou état</translation>
    </message>
    <message>
        <source>(no campaign)</source>
        <translation>(aucune campagne)</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>désinscription</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
</context>
<context>
    <name>herald::ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>ada@example.com</source>
        <translation>ada@example.com</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>+44 7700 900123, or a national number of the region</source>
        <translation>+44 7700 900123, ou un numéro national de la région</translation>
    </message>
    <message>
        <source>The region (ISO code, e.g. GB) of numbers written without “+”</source>
        <translation>La région (code ISO, p. ex. FR) des numéros écrits sans «&#xa0;+&#xa0;»</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>comma-separated, e.g. vip, newsletter</source>
        <translation>séparées par des virgules, p. ex. vip, newsletter</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>Custom fields (merge fields such as {{Shop}}):</source>
        <translation>Champs personnalisés (champs de fusion tels que {{Shop}})&#xa0;:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Ajouter un champ</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Supprimer le champ</translation>
    </message>
    <message>
        <source>In the lists:</source>
        <translation>Dans les listes&#xa0;:</translation>
    </message>
    <message>
        <source>The contact&apos;s lists could not be read: %1</source>
        <translation>Impossible de lire les listes du contact&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>the chat id the bot writes to, e.g. 123456789</source>
        <translation>l’identifiant de discussion auquel le bot écrit, par ex. 123456789</translation>
    </message>
    <message>
        <source>Telegram gives the chat id when the contact starts a chat with the tenant&apos;s bot</source>
        <translation>Telegram donne l’identifiant de discussion quand le contact ouvre une discussion avec le bot du locataire</translation>
    </message>
    <message>
        <source>Tele&amp;gram chat:</source>
        <translation>Discussion Tele&amp;gram&#xa0;:</translation>
    </message>
    <message>
        <source>the Viber user id the bot writes to</source>
        <translation>l’identifiant d’utilisateur Viber auquel le bot écrit</translation>
    </message>
    <message>
        <source>&amp;Viber user:</source>
        <translation>Utilisateur &amp;Viber&#xa0;:</translation>
    </message>
</context>
<context>
    <name>herald::ContactsPage</name>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>Importer un CS&amp;V…</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file into a list (Ctrl+I)</source>
        <translation>Importer des contacts depuis un fichier CSV dans une liste (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation>L&amp;istes</translation>
    </message>
    <message>
        <source>Each CSV import, with what became of its rows</source>
        <translation>Chaque import CSV, avec le devenir de ses lignes</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptées</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Skipped (opted out)</source>
        <translation>Ignorées (désinscrits)</translation>
    </message>
    <message>
        <source>&amp;Rejected rows…</source>
        <translation>Lignes &amp;rejetées…</translation>
    </message>
    <message>
        <source>See the selected upload&apos;s rejected rows and save them to correct (Enter)</source>
        <translation>Voir les lignes rejetées de l&apos;import sélectionné et les enregistrer pour les corriger (Enter)</translation>
    </message>
    <message>
        <source>&amp;Uploads</source>
        <translation>Im&amp;ports</translation>
    </message>
    <message>
        <source>&amp;Segments</source>
        <translation>Se&amp;gments</translation>
    </message>
    <message>
        <source>&amp;Opt-outs</source>
        <translation>&amp;Désinscriptions</translation>
    </message>
    <message>
        <source>Only managers and administrators import contacts.</source>
        <translation>Seuls les gestionnaires et les administrateurs importent des contacts.</translation>
    </message>
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
            <numerusform>dans %Ln liste</numerusform>
            <numerusform>dans %Ln listes</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload %1: %2 of %3 rows accepted into %4.</source>
        <translation>Import %1&#xa0;: %2 lignes sur %3 acceptées dans %4.</translation>
    </message>
    <message>
        <source>Contacts &amp; Segments sections</source>
        <translation>Sections Contacts &amp; segments</translation>
    </message>
    <message>
        <source>CSV imports</source>
        <translation>Imports CSV</translation>
    </message>
    <message>
        <source>No imports yet</source>
        <translation>Aucun import pour l&apos;instant</translation>
    </message>
    <message>
        <source>Each CSV import shows here with how many of its rows were accepted, rejected or skipped.</source>
        <translation>Chaque import CSV apparaît ici avec le nombre de lignes acceptées, rejetées ou ignorées.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
</context>
<context>
    <name>herald::ContactsView</name>
    <message>
        <source>Search name, email, phone or tag</source>
        <translation>Rechercher par nom, e-mail, téléphone ou étiquette</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;Nouveau contact…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>comma-separated, e.g. vip, newsletter</source>
        <translation>séparées par des virgules, p. ex. vip, newsletter</translation>
    </message>
    <message>
        <source>Save tags</source>
        <translation>Enregistrer les étiquettes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Communications&lt;/b&gt;: every message, reply and opt-out, newest first</source>
        <translation>&lt;b&gt;Communications&lt;/b&gt;&#xa0;: chaque message, réponse et désinscription, les plus récents en premier</translation>
    </message>
    <message>
        <source>The first %1 matches: refine the search to see others.</source>
        <translation>Les %1 premiers résultats&#xa0;: affinez la recherche pour voir les autres.</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 contacts</translation>
    </message>
    <message>
        <source>Only managers and administrators edit contacts.</source>
        <translation>Seuls les gestionnaires et les administrateurs modifient les contacts.</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Contact added.</source>
        <translation>Contact ajouté.</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Contact enregistré.</translation>
    </message>
    <message>
        <source>Tags not saved</source>
        <translation>Étiquettes non enregistrées</translation>
    </message>
    <message>
        <source>Tags saved.</source>
        <translation>Étiquettes enregistrées.</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Communications with the contact</source>
        <translation>Communications avec le contact</translation>
    </message>
    <message>
        <source>Every message, reply and opt-out, newest first</source>
        <translation>Chaque message, réponse et désinscription, les plus récents en premier</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Aucun contact pour l&apos;instant</translation>
    </message>
    <message>
        <source>Import a CSV file of contacts into a list; New contact… adds one by hand.</source>
        <translation>Importez un fichier CSV de contacts dans une liste&#xa0;; Nouveau contact… en ajoute un manuellement.</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>Importer des contacts…</translation>
    </message>
    <message>
        <source>Only managers and administrators import contacts.</source>
        <translation>Seuls les gestionnaires et les administrateurs importent des contacts.</translation>
    </message>
    <message>
        <source>No contacts match “%1”</source>
        <translation>Aucun contact ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The search looks at names, email addresses, phone numbers and tags.</source>
        <translation>La recherche porte sur les noms, les adresses e-mail, les numéros de téléphone et les étiquettes.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Telegram chat</source>
        <translation>Discussion Telegram</translation>
    </message>
    <message>
        <source>Viber user</source>
        <translation>Utilisateur Viber</translation>
    </message>
    <message>
        <source>Push subscription</source>
        <translation>Abonnement push</translation>
    </message>
    <message>
        <source>%1, since %2, last delivered %3</source>
        <translation>%1, depuis le %2, dernière remise le %3</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, depuis le %2</translation>
    </message>
    <message>
        <source>Telegram link</source>
        <translation>Lien Telegram</translation>
    </message>
    <message>
        <source>Viber link</source>
        <translation>Lien Viber</translation>
    </message>
</context>
<context>
    <name>herald::DraftView</name>
    <message>
        <source>Fix these first:</source>
        <translation>Corrigez d&apos;abord ces points&#xa0;:</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Audience preview</source>
        <translation>Aperçu de l&apos;audience</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Messages a run sends now</source>
        <translation>Messages qu&apos;une exécution enverrait maintenant</translation>
    </message>
    <message>
        <source>Sample contacts</source>
        <translation>Exemples de contacts</translation>
    </message>
    <message>
        <source>CSV upload follow-up</source>
        <translation>Suivi de l&apos;import CSV</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready to run.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prête à être exécutée.&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n thing(s) to fix before it can run.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n point à corriger avant de pouvoir l&apos;exécuter.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n points à corriger avant de pouvoir l&apos;exécuter.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Send to the audience now.</source>
        <translation>Envoyer à l&apos;audience maintenant.</translation>
    </message>
    <message>
        <source>Arm the campaign to launch at its send time.</source>
        <translation>Armer la campagne pour un lancement à son heure d&apos;envoi.</translation>
    </message>
    <message>
        <source>Send to the test recipients: %1</source>
        <translation>Envoyer aux destinataires de test&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Te&amp;st run…</source>
        <translation>Exécution de te&amp;st…</translation>
    </message>
    <message>
        <source>Schedu&amp;le…</source>
        <translation>P&amp;lanifier…</translation>
    </message>
    <message>
        <source>R&amp;un…</source>
        <translation>E&amp;xécuter…</translation>
    </message>
</context>
<context>
    <name>herald::FindingGroup</name>
    <message>
        <source>Plan</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Sender details</source>
        <translation>Coordonnées de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Balance &amp; permissions</source>
        <translation>Solde &amp; autorisations</translation>
    </message>
</context>
<context>
    <name>herald::GoalsPage</name>
    <message>
        <source>G&amp;oals</source>
        <translation>&amp;Objectifs</translation>
    </message>
    <message>
        <source>&amp;Writers</source>
        <translation>&amp;Rédacteurs</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>What counts as a conversion: a reply, a click on the goal&apos;s URL (campaigns with click tracking), an answered call or a key pressed during a call</source>
        <translation>Ce qui compte comme conversion&#xa0;: une réponse, un clic sur l&apos;URL de l&apos;objectif (campagnes avec suivi des clics), un appel décroché ou une touche pressée pendant un appel</translation>
    </message>
    <message>
        <source>Success &amp;metric:</source>
        <translation>&amp;Indicateur de réussite&#xa0;:</translation>
    </message>
    <message>
        <source>https://… (a click here counts; empty: any tracked link)</source>
        <translation>https://… (un clic ici compte&#xa0;; vide&#xa0;: n&apos;importe quel lien suivi)</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source> % of recipients</source>
        <translation> % des destinataires</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Cible&#xa0;:</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enregi&amp;strer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>How to write: voice, what to avoid (a language model gets this as is)</source>
        <translation>Comment rédiger&#xa0;: style, ce qu&apos;il faut éviter (un modèle de langage reçoit ce texte tel quel)</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Consignes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tone:</source>
        <translation>&amp;Ton&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. loyal customers</source>
        <translation>p. ex. clients fidèles</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Audience&#xa0;:</translation>
    </message>
    <message>
        <source>One per line; the first is the email subject</source>
        <translation>Un par ligne&#xa0;; le premier est l&apos;objet de l&apos;e-mail</translation>
    </message>
    <message>
        <source>&amp;Key points:</source>
        <translation>&amp;Points clés&#xa0;:</translation>
    </message>
    <message>
        <source>SMS at most (segments):</source>
        <translation>SMS au plus (segments)&#xa0;:</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <source>Email subject at most:</source>
        <translation>Objet d&apos;e-mail au plus&#xa0;:</translation>
    </message>
    <message>
        <source>Draft for:</source>
        <translation>Brouillon pour&#xa0;:</translation>
    </message>
    <message>
        <source>Draft:</source>
        <translation>Brouillon&#xa0;:</translation>
    </message>
    <message>
        <source>New writer</source>
        <translation>Nouveau rédacteur</translation>
    </message>
    <message>
        <source>Goals and writers could not be read: %1</source>
        <translation>Impossible de lire les objectifs et les rédacteurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add a goal to see the draft this writer makes for it.</source>
        <translation>Ajoutez un objectif pour voir le brouillon que ce rédacteur produit pour lui.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Goal not saved</source>
        <translation>Objectif non enregistré</translation>
    </message>
    <message>
        <source>Give the goal a name, then save it again.</source>
        <translation>Donnez un nom à l&apos;objectif, puis enregistrez-le de nouveau.</translation>
    </message>
    <message>
        <source>Goal “%1” was not saved: %2</source>
        <translation>L&apos;objectif «&#xa0;%1&#xa0;» n&apos;a pas été enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Goal “%1” saved.</source>
        <translation>Objectif «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Writer not saved</source>
        <translation>Rédacteur non enregistré</translation>
    </message>
    <message>
        <source>Give the writer a name, then save it again.</source>
        <translation>Donnez un nom au rédacteur, puis enregistrez-le de nouveau.</translation>
    </message>
    <message>
        <source>Writer “%1” was not saved: %2</source>
        <translation>Le rédacteur «&#xa0;%1&#xa0;» n&apos;a pas été enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Writer “%1” saved.</source>
        <translation>Rédacteur «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Delete %1 “%2”? Campaigns that name it will ask for another in their readiness check.</source>
        <translation>Supprimer %1 «&#xa0;%2&#xa0;»&#xa0;? Les campagnes qui y font référence en demanderont un autre lors de leur contrôle de préparation.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
    <message>
        <source>Deleted %1 “%2”.</source>
        <translation>Supprimé&#xa0;: %1 «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>l&apos;objectif</translation>
    </message>
    <message>
        <source>writer</source>
        <translation>le rédacteur</translation>
    </message>
    <message>
        <source>Goals &amp; Writers sections</source>
        <translation>Sections Objectifs &amp; rédacteurs</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation>Aucun objectif pour l&apos;instant</translation>
    </message>
    <message>
        <source>A goal is the outcome a campaign aims at, measured by its metric. Describe one on the right and Save.</source>
        <translation>Un objectif est le résultat visé par une campagne, mesuré par son indicateur. Décrivez-en un à droite, puis cliquez sur Enregistrer.</translation>
    </message>
    <message>
        <source>Writers</source>
        <translation>Rédacteurs</translation>
    </message>
    <message>
        <source>No writers yet</source>
        <translation>Aucun rédacteur pour l&apos;instant</translation>
    </message>
    <message>
        <source>A writer is the brief drafts follow: instructions, tone and key points. Describe one on the right and Save.</source>
        <translation>Un rédacteur est la consigne que suivent les brouillons&#xa0;: instructions, ton et points clés. Décrivez-en un à droite, puis cliquez sur Enregistrer.</translation>
    </message>
</context>
<context>
    <name>herald::ImportDialog</name>
    <message>
        <source>Import Contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>a .csv file: UTF-8, UTF-16 or Latin-1; comma, semicolon, tab or bar</source>
        <translation>un fichier .csv&#xa0;: UTF-8, UTF-16 ou Latin-1&#xa0;; virgule, point-virgule, tabulation ou barre verticale</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>an existing list, or a new name</source>
        <translation>une liste existante, ou un nouveau nom</translation>
    </message>
    <message>
        <source>Into &amp;list:</source>
        <translation>Dans la &amp;liste&#xa0;:</translation>
    </message>
    <message>
        <source>The country of phone numbers written without + and a country code</source>
        <translation>Le pays des numéros de téléphone écrits sans + ni indicatif de pays</translation>
    </message>
    <message>
        <source>Phone &amp;region:</source>
        <translation>&amp;Région téléphonique&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Show this upload&apos;s follow-up in the campaign&apos;s detail</source>
        <translation>Afficher le suivi de cet import dans le détail de la campagne</translation>
    </message>
    <message>
        <source>Follow up in &amp;campaign:</source>
        <translation>Suivi dans la &amp;campagne&#xa0;:</translation>
    </message>
    <message>
        <source>Preview: the first rows, and the field each column goes to</source>
        <translation>Aperçu&#xa0;: les premières lignes, et le champ auquel correspond chaque colonne</translation>
    </message>
    <message>
        <source>The lists and campaigns to choose from could not all be read: %1</source>
        <translation>Impossible de lire toutes les listes et campagnes proposées&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Save &amp;rejected rows…</source>
        <translation>Enregistrer les lignes re&amp;jetées…</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, %2-separated, %3 columns; %4</source>
        <translation>%1, séparateur %2, %3 colonnes&#xa0;; %4</translation>
    </message>
    <message>
        <source>Check the fields, then Import. Nothing is kept unless the whole file goes in.</source>
        <translation>Vérifiez les champs, puis cliquez sur Importer. Rien n&apos;est conservé si le fichier n&apos;est pas importé en entier.</translation>
    </message>
    <message>
        <source>Name the list to import into.</source>
        <translation>Indiquez le nom de la liste de destination.</translation>
    </message>
    <message>
        <source>Importing %1 into %2…</source>
        <translation>Importation de %1 dans %2…</translation>
    </message>
    <message>
        <source>%1 rows read from %2 into list %3. &lt;b&gt;Accepted: %4&lt;/b&gt;, rejected: %5, duplicates: %6, skipped (opted out): %7. Upload %8.</source>
        <translation>%1 lignes lues depuis %2 dans la liste %3. &lt;b&gt;Acceptées&#xa0;: %4&lt;/b&gt;, rejetées&#xa0;: %5, doublons&#xa0;: %6, ignorées (désinscrits)&#xa0;: %7. Import %8.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>F&amp;ermer</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <source>-rejected.csv</source>
        <translation>-rejected.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Rejected rows saved to %1.</source>
        <translation>Lignes rejetées enregistrées dans %1.</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Annuler l&apos;import</translation>
    </message>
    <message>
        <source>Stop importing %1? Nothing of it will be kept.</source>
        <translation>Arrêter l&apos;importation de %1&#xa0;? Rien n&apos;en sera conservé.</translation>
    </message>
    <message>
        <source>Stop Import</source>
        <translation>Arrêter l&apos;import</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>herald::LaunchType</name>
    <message>
        <source>now</source>
        <translation>immédiat</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuel</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>planifié</translation>
    </message>
    <message>
        <source>recurring</source>
        <translation>récurrent</translation>
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
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>&amp;New list…</source>
        <translation>&amp;Nouvelle liste…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <source>Takes the selected contacts out of this list; they stay contacts</source>
        <translation>Retire les contacts sélectionnés de cette liste&#xa0;; ils restent des contacts</translation>
    </message>
    <message>
        <source>No campaign sends to this list</source>
        <translation>Aucune campagne n&apos;envoie à cette liste</translation>
    </message>
    <message>
        <source>Sent to by: %1</source>
        <translation>Utilisée par&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: the first %2 of %3 contacts</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: les %2 premiers contacts sur %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 contacts</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %2 contacts</translation>
    </message>
    <message>
        <source>No list yet: New list creates one, and CSV imports fill lists.</source>
        <translation>Aucune liste pour l&apos;instant&#xa0;: Nouvelle liste en crée une, et les imports CSV remplissent les listes.</translation>
    </message>
    <message>
        <source>New list</source>
        <translation>Nouvelle liste</translation>
    </message>
    <message>
        <source>Edit list</source>
        <translation>Modifier la liste</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>List not created</source>
        <translation>Liste non créée</translation>
    </message>
    <message>
        <source>List “%1” created.</source>
        <translation>Liste «&#xa0;%1&#xa0;» créée.</translation>
    </message>
    <message>
        <source>List not saved</source>
        <translation>Liste non enregistrée</translation>
    </message>
    <message>
        <source>List “%1” saved.</source>
        <translation>Liste «&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>List not deleted</source>
        <translation>Liste non supprimée</translation>
    </message>
    <message>
        <source>Campaigns send to “%1”: %2. Give them another audience first.</source>
        <translation>Des campagnes envoient à «&#xa0;%1&#xa0;»&#xa0;: %2. Donnez-leur d&apos;abord une autre audience.</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Supprimer la liste</translation>
    </message>
    <message>
        <source>Delete list “%1”? Its contacts stay; the reports of CSV imports into it go with it.</source>
        <translation>Supprimer la liste «&#xa0;%1&#xa0;»&#xa0;? Ses contacts restent&#xa0;; les rapports des imports CSV qui l&apos;ont alimentée disparaissent avec elle.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>List “%1” deleted.</source>
        <translation>Liste «&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>Take 1 contact out of “%1”?</source>
        <translation>Retirer 1 contact de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Take %1 contacts out of “%2”?</source>
        <translation>Retirer %1 contacts de «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Non retiré</translation>
    </message>
    <message>
        <source>Removed 1 contact from “%1”.</source>
        <translation>1 contact retiré de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Removed %1 contacts from “%2”.</source>
        <translation>%1 contacts retirés de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>No lists yet</source>
        <translation>Aucune liste pour l&apos;instant</translation>
    </message>
    <message>
        <source>A campaign sends to the contacts of its lists. Importing a CSV file fills a list; New list… starts an empty one.</source>
        <translation>Une campagne envoie aux contacts de ses listes. L&apos;import d&apos;un fichier CSV remplit une liste&#xa0;; Nouvelle liste… en crée une vide.</translation>
    </message>
    <message>
        <source>New list…</source>
        <translation>Nouvelle liste…</translation>
    </message>
    <message>
        <source>Members of the list</source>
        <translation>Membres de la liste</translation>
    </message>
    <message>
        <source>Only managers and administrators edit lists.</source>
        <translation>Seuls les gestionnaires et les administrateurs modifient les listes.</translation>
    </message>
</context>
<context>
    <name>herald::MailboxDialog</name>
    <message>
        <source>Mailbox of %1</source>
        <translation>Boîte aux lettres de %1</translation>
    </message>
    <message>
        <source>Bounces, spam complaints and replies come back to this mailbox. Herald reads it over TLS wherever it sends: a hard bounce fails its message and stops further mail to the address, a complaint opts the recipient out, replies appear in Communications. With a bounce address, each email is sent from its own address under it, so that every bounce finds its message.</source>
        <translation>Les rebonds, plaintes pour spam et réponses reviennent dans cette boîte aux lettres. Herald la lit via TLS où qu&apos;il envoie&#xa0;: un rebond définitif met son message en échec et arrête les envois vers l&apos;adresse, une plainte désinscrit le destinataire, les réponses apparaissent dans Communications. Avec une adresse de rebond, chaque e-mail est envoyé depuis sa propre adresse dérivée de celle-ci, afin que chaque rebond retrouve son message.</translation>
    </message>
    <message>
        <source>e.g. imap.example.org; empty for none</source>
        <translation>p. ex. imap.example.org&#xa0;; vide pour aucun</translation>
    </message>
    <message>
        <source>IMAP &amp;server:</source>
        <translation>&amp;Serveur IMAP&#xa0;:</translation>
    </message>
    <message>
        <source>TLS (port 993)</source>
        <translation>TLS (port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (port 143)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>Sé&amp;curité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>unchanged; type to replace (kept in the system keyring)</source>
        <translation>inchangé&#xa0;; saisissez-en un pour le remplacer (conservé dans le trousseau du système)</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>only for a server with a private certificate</source>
        <translation>uniquement pour un serveur avec un certificat privé</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Certificat C&amp;A&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. bounces@example.org: mail sent from bounces+…@example.org</source>
        <translation>p. ex. bounces@example.org&#xa0;: e-mails envoyés depuis bounces+…@example.org</translation>
    </message>
    <message>
        <source>&amp;Bounce address:</source>
        <translation>Adresse de &amp;rebond&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Read every:</source>
        <translation>&amp;Lire toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Read &amp;now</source>
        <translation>Lire mai&amp;ntenant</translation>
    </message>
    <message>
        <source>Reads the saved mailbox now</source>
        <translation>Lit maintenant la boîte aux lettres enregistrée</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected: logged in over TLS and opened the folder.</source>
        <translation>Connecté&#xa0;: authentifié via TLS et dossier ouvert.</translation>
    </message>
    <message>
        <source>Reading the mailbox…</source>
        <translation>Lecture de la boîte aux lettres…</translation>
    </message>
    <message numerus="yes">
        <source>Read %n mail(s): </source>
        <translation>
            <numerusform>%n e-mail lu&#xa0;: </numerusform>
            <numerusform>%n e-mails lus&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hard bounces, %2 soft bounces, %3 complaints, %4 replies, %5 automatic replies, %6 unsubscribes, %7 unmatched.</source>
        <translation>%1 rebonds définitifs, %2 rebonds temporaires, %3 plaintes, %4 réponses, %5 réponses automatiques, %6 désinscriptions, %7 non associés.</translation>
    </message>
</context>
<context>
    <name>herald::MainWindow</name>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Campaign Runs</source>
        <translation>Exécutions de campagne</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Goals &amp; Writers</source>
        <translation>Objectifs &amp; rédacteurs</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Contacts &amp; Segments</source>
        <translation>Contacts &amp; segments</translation>
    </message>
    <message>
        <source>Number Pools</source>
        <translation>Pools de numéros</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Choose a tenant</source>
        <translation>Choisir une organisation</translation>
    </message>
    <message>
        <source>Pick the tenant to work in from the header; nothing is loaded until then.</source>
        <translation>Choisissez dans l&apos;en-tête l&apos;organisation dans laquelle travailler&#xa0;; rien n&apos;est chargé avant.</translation>
    </message>
    <message>
        <source>%1 is no longer in a number pool.</source>
        <translation>%1 n&apos;est plus dans un pool de numéros.</translation>
    </message>
    <message>
        <source>&amp;New Campaign…</source>
        <translation>&amp;Nouvelle campagne…</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>Im&amp;primer le rapport…</translation>
    </message>
    <message>
        <source>Open a campaign that has run to print its report.</source>
        <translation>Ouvrez une campagne déjà exécutée pour imprimer son rapport.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Open &amp;Team Workspace…</source>
        <translation>Ouvrir l&apos;espace de &amp;travail d&apos;équipe…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Re&amp;tour</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Herald</source>
        <translation>À &amp;propos de Herald</translation>
    </message>
    <message>
        <source>About Herald</source>
        <translation>À propos de Herald</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sending is held:&lt;/b&gt; %1. Sending resumes by itself once there is space.</source>
        <translation>&lt;b&gt;Envoi suspendu&#xa0;:&lt;/b&gt; %1. L&apos;envoi reprend de lui-même dès qu&apos;il y a de la place.</translation>
    </message>
    <message>
        <source>Sending resumed: the workspace&apos;s disk has space again.</source>
        <translation>Envoi repris&#xa0;: le disque de l&apos;espace de travail a de nouveau de la place.</translation>
    </message>
    <message>
        <source>Choose a tenant…</source>
        <translation>Choisir une organisation…</translation>
    </message>
    <message>
        <source>Open a Ready campaign and press Run (its readiness check says what is left).</source>
        <translation>Ouvrez une campagne prête et cliquez sur Exécuter (son contrôle de préparation indique ce qui reste à faire).</translation>
    </message>
    <message>
        <source>Team workspace not opened</source>
        <translation>Espace de travail d&apos;équipe non ouvert</translation>
    </message>
    <message>
        <source>Herald could not be started on the team workspace. Start it yourself with: herald --database &quot;%1&quot;</source>
        <translation>Herald n&apos;a pas pu être démarré sur l&apos;espace de travail d&apos;équipe. Démarrez-le vous-même avec&#xa0;: herald --database &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Times in %1 (%2)</source>
        <translation>Fuseau horaire&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Every time shown is in the organisation&apos;s time zone, set in Settings → Organisations</source>
        <translation>Toutes les heures affichées sont dans le fuseau horaire de l&apos;organisation, défini dans Paramètres → Organisations</translation>
    </message>
    <message>
        <source>Choose a tenant to start.</source>
        <translation>Choisissez une organisation pour commencer.</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Connecté en tant que &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Create a campaign (Ctrl+N)</source>
        <translation>Créer une campagne (Ctrl+N)</translation>
    </message>
    <message>
        <source>Launches missed while Herald was not running: %1. The Calendar offers to send, reschedule or skip them.</source>
        <translation>Lancements manqués pendant que Herald n&apos;était pas lancé&#xa0;: %1. Le calendrier propose de les envoyer, de les replanifier ou de les ignorer.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <source>“%1” is no longer there.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Modifier la campagne</translation>
    </message>
    <message>
        <source>Calendar (%1 missed)</source>
        <translation>Calendrier (%1 manqués)</translation>
    </message>
    <message>
        <source>Runs may be sending</source>
        <translation>Des exécutions sont peut-être en cours d&apos;envoi</translation>
    </message>
    <message>
        <source>Herald could not check whether runs are sending (%1). If you quit, sending stops until Herald or a heraldctl worker opens the workspace again.</source>
        <translation>Herald n&apos;a pas pu vérifier si des exécutions sont en cours d&apos;envoi (%1). Si vous quittez, l&apos;envoi s&apos;arrête jusqu&apos;à ce que Herald ou un processus heraldctl rouvre l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) are still sending, and no other window or worker sends for this team workspace. Pause them for everyone now (resume later from Herald or heraldctl), or keep sending in a background worker after this window closes?</source>
        <translation>
            <numerusform>%n canal est encore en cours d&apos;envoi, et aucune autre fenêtre ni aucun autre processus n&apos;envoie pour cet espace de travail d&apos;équipe. Le mettre en pause pour tout le monde maintenant (reprise ultérieure depuis Herald ou heraldctl), ou poursuivre l&apos;envoi dans un processus en arrière-plan après la fermeture de cette fenêtre&#xa0;?</numerusform>
            <numerusform>%n canaux sont encore en cours d&apos;envoi, et aucune autre fenêtre ni aucun autre processus n&apos;envoie pour cet espace de travail d&apos;équipe. Les mettre en pause pour tout le monde maintenant (reprise ultérieure depuis Herald ou heraldctl), ou poursuivre l&apos;envoi dans un processus en arrière-plan après la fermeture de cette fenêtre&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) are still sending. Pause them now (resume later from Herald or heraldctl), or keep sending in a background worker after this window closes?</source>
        <translation>
            <numerusform>%n canal est encore en cours d&apos;envoi. Le mettre en pause maintenant (reprise ultérieure depuis Herald ou heraldctl), ou poursuivre l&apos;envoi dans un processus en arrière-plan après la fermeture de cette fenêtre&#xa0;?</numerusform>
            <numerusform>%n canaux sont encore en cours d&apos;envoi. Les mettre en pause maintenant (reprise ultérieure depuis Herald ou heraldctl), ou poursuivre l&apos;envoi dans un processus en arrière-plan après la fermeture de cette fenêtre&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs are sending</source>
        <translation>Des exécutions sont en cours d&apos;envoi</translation>
    </message>
    <message>
        <source>Keep sending in background</source>
        <translation>Poursuivre l&apos;envoi en arrière-plan</translation>
    </message>
    <message>
        <source>Pause and quit</source>
        <translation>Mettre en pause et quitter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choose &amp;Tenant…</source>
        <translation>Choisir l&apos;&amp;organisation…</translation>
    </message>
</context>
<context>
    <name>herald::MessageStatus</name>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>En cours d&apos;envoi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Assumed Delivered</source>
        <translation>Remise présumée</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Nouvelle tentative</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Timed Out</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Opted Out</source>
        <translation>Désinscrit</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Dialing</source>
        <translation>Numérotation</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonnerie</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Décroché</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>No Answer</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
</context>
<context>
    <name>herald::MessageTableModel</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>State</source>
        <comment>message status</comment>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>why a message failed</comment>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>when the message was queued</comment>
        <translation>Mis en file</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>when the message was sent</comment>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Finished</source>
        <comment>when the message was delivered or gave up</comment>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Updated</source>
        <comment>when the message last changed status</comment>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>herald::NumberHealthTable</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>Cette exécution</translation>
    </message>
    <message>
        <source>Delivered / answered</source>
        <translation>Remis / décrochés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Désinscriptions</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Double-click a number to open its record on the Number Pools page.</source>
        <translation>Double-cliquez sur un numéro pour ouvrir sa fiche sur la page Pools de numéros.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>En quarantaine</translation>
    </message>
    <message>
        <source>Number pool health</source>
        <translation>État des pools de numéros</translation>
    </message>
</context>
<context>
    <name>herald::NumberPoolsPage</name>
    <message>
        <source>Least used today</source>
        <translation>Le moins utilisé aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Sticky: a contact keeps their number</source>
        <translation>Fixe&#xa0;: un contact garde son numéro</translation>
    </message>
    <message>
        <source>Local presence: same area code</source>
        <translation>Présence locale&#xa0;: même indicatif régional</translation>
    </message>
    <message>
        <source>Round-robin</source>
        <translation>Tourniquet</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>En quarantaine</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>&amp;New pool…</source>
        <translation>&amp;Nouveau pool…</translation>
    </message>
    <message>
        <source>&amp;Delete pool</source>
        <translation>Suppr&amp;imer le pool</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>&amp;Rotation:</source>
        <translation>&amp;Rotation&#xa0;:</translation>
    </message>
    <message>
        <source>Quarantine a number whose delivery or answer rate falls below this</source>
        <translation>Mettre en quarantaine un numéro dont le taux de remise ou de réponse passe sous ce seuil</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> messages</translation>
    </message>
    <message>
        <source>over at least</source>
        <translation>sur au moins</translation>
    </message>
    <message>
        <source>&amp;Quarantine below:</source>
        <translation>&amp;Quarantaine sous&#xa0;:</translation>
    </message>
    <message>
        <source>the trunk&apos;s limit</source>
        <translation>la limite du trunk</translation>
    </message>
    <message>
        <source>Phone: at most this many calls from the pool&apos;s numbers at once</source>
        <translation>Téléphone&#xa0;: au plus ce nombre d&apos;appels simultanés depuis les numéros du pool</translation>
    </message>
    <message>
        <source>&amp;Calls at once:</source>
        <translation>&amp;Appels simultanés&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ttach to sender…</source>
        <translation>Associer à un e&amp;xpéditeur…</translation>
    </message>
    <message>
        <source>Used by:</source>
        <translation>Utilisé par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save pool</source>
        <translation>&amp;Enregistrer le pool</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Today / cap</source>
        <translation>Aujourd&apos;hui / plafond</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Delivered / answered</source>
        <translation>Remis / décrochés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Désinscriptions</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>+447700900123</source>
        <translation>+447700900123</translation>
    </message>
    <message>
        <source>&amp;Add number</source>
        <translation>Ajouter un n&amp;uméro</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Repren&amp;dre</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Libérer…</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>sans plafond</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> par jour</translation>
    </message>
    <message>
        <source>Set &amp;cap</source>
        <translation>Définir le pla&amp;fond</translation>
    </message>
    <message>
        <source>Paste &amp;list…</source>
        <translation>&amp;Coller une liste…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Number record</source>
        <translation>Fiche du numéro</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>aucun motif enregistré</translation>
    </message>
    <message>
        <source>%1
%2 · %3 of %4 active</source>
        <translation>%1
%2 · %3 sur %4 actifs</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quarantined, not sending:&lt;/b&gt; </source>
        <translation>&lt;b&gt;En quarantaine, n&apos;envoie pas&#xa0;:&lt;/b&gt; </translation>
    </message>
    <message>
        <source>. Select one and release it once the cause is fixed.</source>
        <translation>. Sélectionnez-en un et libérez-le une fois la cause corrigée.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 / no cap</source>
        <translation>%1 / sans plafond</translation>
    </message>
    <message>
        <source>no sender</source>
        <translation>aucun expéditeur</translation>
    </message>
    <message>
        <source>Select a number to see its record.</source>
        <translation>Sélectionnez un numéro pour voir sa fiche.</translation>
    </message>
    <message>
        <source> (since %1)</source>
        <translation> (depuis le %1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;State: %2&lt;br&gt;Messages handed over: %3; delivered or answered: %4; failed: %5 (rate %6); opt-out replies: %7.&lt;br&gt;Last used: %8. Today: %9 of %10.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;État&#xa0;: %2&lt;br&gt;Messages transmis&#xa0;: %3&#xa0;; remis ou décrochés&#xa0;: %4&#xa0;; échecs&#xa0;: %5 (taux %6)&#xa0;; réponses de désinscription&#xa0;: %7.&lt;br&gt;Dernière utilisation&#xa0;: %8. Aujourd&apos;hui&#xa0;: %9 sur %10.</translation>
    </message>
    <message>
        <source>Number pools</source>
        <translation>Pools de numéros</translation>
    </message>
    <message>
        <source>Saved number pool %1.</source>
        <translation>Pool de numéros %1 enregistré.</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>%1 ajouté à %2.</translation>
    </message>
    <message>
        <source>Added %1 numbers to %2.</source>
        <translation>%1 numéros ajoutés à %2.</translation>
    </message>
    <message>
        <source>Release number</source>
        <translation>Libérer le numéro</translation>
    </message>
    <message>
        <source>Release %1? It was quarantined: %2.

It sends again from the next message on; if the cause is not fixed it will be quarantined again.</source>
        <translation>Libérer %1&#xa0;? Il a été mis en quarantaine&#xa0;: %2.

Il envoie de nouveau dès le prochain message&#xa0;; si la cause n&apos;est pas corrigée, il sera de nouveau mis en quarantaine.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <source>released by %1</source>
        <translation>libéré par %1</translation>
    </message>
    <message>
        <source>paused by %1</source>
        <translation>mis en pause par %1</translation>
    </message>
    <message>
        <source>resumed by %1</source>
        <translation>repris par %1</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Daily cap of %1 set.</source>
        <translation>Plafond quotidien de %1 défini.</translation>
    </message>
    <message>
        <source>New number pool</source>
        <translation>Nouveau pool de numéros</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Created number pool %1: add its numbers next.</source>
        <translation>Pool de numéros %1 créé&#xa0;: ajoutez-y maintenant ses numéros.</translation>
    </message>
    <message>
        <source>Pool not created</source>
        <translation>Pool non créé</translation>
    </message>
    <message>
        <source>Delete number pool</source>
        <translation>Supprimer le pool de numéros</translation>
    </message>
    <message>
        <source>Delete number pool %1? Its numbers leave it; what they sent stays in the history.</source>
        <translation>Supprimer le pool de numéros %1&#xa0;? Ses numéros le quittent&#xa0;; ce qu&apos;ils ont envoyé reste dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Pool not deleted</source>
        <translation>Pool non supprimé</translation>
    </message>
    <message>
        <source>Deleted number pool %1.</source>
        <translation>Pool de numéros %1 supprimé.</translation>
    </message>
    <message>
        <source>Add numbers to %1</source>
        <translation>Ajouter des numéros à %1</translation>
    </message>
    <message>
        <source>One number per line, with + (or 00) and the country code. All of them are added, or none: every problem is listed first.</source>
        <translation>Un numéro par ligne, avec + (ou 00) et l&apos;indicatif de pays. Tous sont ajoutés, ou aucun&#xa0;: chaque problème est d&apos;abord listé.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n number(s) to %1.</source>
        <translation>
            <numerusform>%n numéro ajouté à %1.</numerusform>
            <numerusform>%n numéros ajoutés à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove number</source>
        <translation>Retirer le numéro</translation>
    </message>
    <message>
        <source>Remove %1 from the pool? Messages stop going out from it; its history stays, and adding it again brings it back with its counters.</source>
        <translation>Retirer %1 du pool&#xa0;? Les messages cessent de partir de ce numéro&#xa0;; son historique reste, et l&apos;ajouter de nouveau le rétablit avec ses compteurs.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Number not removed</source>
        <translation>Numéro non retiré</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 retiré.</translation>
    </message>
    <message>
        <source>Attach %1 to a sender</source>
        <translation>Associer %1 à un expéditeur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Attach to sender</source>
        <translation>Associer à un expéditeur</translation>
    </message>
    <message>
        <source>There is no SMS or phone sender yet: add one in Settings → Senders.</source>
        <translation>Il n&apos;y a encore aucun expéditeur SMS ou téléphone&#xa0;: ajoutez-en un dans Paramètres → Expéditeurs.</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>&amp;Expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Non associé</translation>
    </message>
    <message>
        <source>%1 sends from %2 now.</source>
        <translation>%1 envoie désormais depuis %2.</translation>
    </message>
    <message>
        <source>No number pools yet</source>
        <translation>Aucun pool de numéros pour l&apos;instant</translation>
    </message>
    <message>
        <source>A pool holds the phone numbers SMS and calls go out from, taking turns by its rotation.</source>
        <translation>Un pool contient les numéros de téléphone depuis lesquels partent les SMS et les appels, à tour de rôle selon sa rotation.</translation>
    </message>
    <message>
        <source>New pool…</source>
        <translation>Nouveau pool…</translation>
    </message>
    <message>
        <source>Numbers in the pool</source>
        <translation>Numéros du pool</translation>
    </message>
    <message>
        <source>No numbers in this pool</source>
        <translation>Aucun numéro dans ce pool</translation>
    </message>
    <message>
        <source>Add one below in international form (+447700900123), or paste a list.</source>
        <translation>Ajoutez-en un ci-dessous au format international (+447700900123), ou collez une liste.</translation>
    </message>
    <message>
        <source>Paste list…</source>
        <translation>Coller une liste…</translation>
    </message>
    <message>
        <source>New number</source>
        <translation>Nouveau numéro</translation>
    </message>
    <message>
        <source>A phone number in international form, e.g. +447700900123</source>
        <translation>Un numéro de téléphone au format international, p. ex. +447700900123</translation>
    </message>
</context>
<context>
    <name>herald::OptOutsView</name>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>all channels</source>
        <translation>tous les canaux</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>I&amp;mport CSV…</source>
        <translation>Importer un C&amp;SV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter un CSV…</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;: every change, newest first</source>
        <translation>&lt;b&gt;Historique&lt;/b&gt;&#xa0;: chaque modification, les plus récentes en premier</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Import Suppression List</source>
        <translation>Importer une liste d&apos;exclusion</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Opt-out List</source>
        <translation>Exporter la liste de désinscription</translation>
    </message>
    <message>
        <source>opt-outs.csv</source>
        <translation>opt-outs.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Only managers and administrators change the opt-out list.</source>
        <translation>Seuls les gestionnaires et les administrateurs modifient la liste de désinscription.</translation>
    </message>
    <message>
        <source>added (%1)</source>
        <translation>ajout (%1)</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retrait</translation>
    </message>
    <message>
        <source>Add to the Opt-out List</source>
        <translation>Ajouter à la liste de désinscription</translation>
    </message>
    <message>
        <source>an email address or a phone number</source>
        <translation>une adresse e-mail ou un numéro de téléphone</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>Phone &amp;region:</source>
        <translation>&amp;Région téléphonique&#xa0;:</translation>
    </message>
    <message>
        <source>Opt Out</source>
        <translation>Désinscrire</translation>
    </message>
    <message>
        <source>%1 is opted out of %2.</source>
        <translation>%1 est désinscrit pour %2.</translation>
    </message>
    <message>
        <source>Remove from the Opt-out List</source>
        <translation>Retirer de la liste de désinscription</translation>
    </message>
    <message>
        <source>Take %1 off the opt-out list for %2? They may be messaged again.</source>
        <translation>Retirer %1 de la liste de désinscription pour %2&#xa0;? Ce contact pourra de nouveau recevoir des messages.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>%1 is off the opt-out list for %2.</source>
        <translation>%1 ne figure plus sur la liste de désinscription pour %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 rows: %2 added, %3 already on the list, %4 rejected.</source>
        <translation>%1 lignes&#xa0;: %2 ajoutées, %3 déjà dans la liste, %4 rejetées.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Opt-out list exported to %1.</source>
        <translation>Liste de désinscription exportée vers %1.</translation>
    </message>
    <message>
        <source>Opted-out addresses</source>
        <translation>Adresses désinscrites</translation>
    </message>
    <message>
        <source>Nobody has opted out</source>
        <translation>Personne ne s&apos;est désinscrit</translation>
    </message>
    <message>
        <source>Whoever replies STOP, unsubscribes or is added here is never messaged again on that channel.</source>
        <translation>Toute personne qui répond STOP, se désinscrit ou est ajoutée ici ne reçoit plus jamais de message sur ce canal.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Opt-out history</source>
        <translation>Historique des désinscriptions</translation>
    </message>
    <message>
        <source>Every change, newest first</source>
        <translation>Chaque modification, la plus récente en premier</translation>
    </message>
</context>
<context>
    <name>herald::PeopleView</name>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gestionnaire</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Relecteur</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>The people who work in this organisation and what their role lets them do. People are deactivated, never deleted, so history keeps their names.</source>
        <translation>Les personnes qui travaillent dans cette organisation et ce que leur rôle leur permet de faire. Les personnes sont désactivées, jamais supprimées, afin que l&apos;historique conserve leur nom.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Ajouter une personne…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Changer le &amp;rôle…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Rea&amp;ctivate</source>
        <translation>Réa&amp;ctiver</translation>
    </message>
    <message>
        <source>People could not be read: %1</source>
        <translation>Impossible de lire les personnes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Deactivated %1</source>
        <translation>Désactivé le %1</translation>
    </message>
    <message>
        <source>Only administrators manage people.</source>
        <translation>Seuls les administrateurs gèrent les personnes.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself: ask another administrator.</source>
        <translation>Vous ne pouvez pas vous désactiver vous-même&#xa0;: demandez à un autre administrateur.</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>name@example.com (optional)</source>
        <translation>nom@example.com (facultatif)</translation>
    </message>
    <message>
        <source>May look, change nothing.</source>
        <translation>Peut consulter, sans rien modifier.</translation>
    </message>
    <message>
        <source>May %1.</source>
        <translation>Peut %1.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Person not added</source>
        <translation>Personne non ajoutée</translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation>%1 ajouté en tant que %2.</translation>
    </message>
    <message>
        <source>Change role of %1</source>
        <translation>Changer le rôle de %1</translation>
    </message>
    <message>
        <source>Role not changed</source>
        <translation>Rôle non modifié</translation>
    </message>
    <message>
        <source>%1 is %2 now.</source>
        <translation>%1 est maintenant %2.</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Désactiver %1</translation>
    </message>
    <message>
        <source>Deactivate %1? They can no longer act in Herald; their name stays in the history. An administrator can reactivate them.</source>
        <translation>Désactiver %1&#xa0;? Cette personne ne pourra plus agir dans Herald&#xa0;; son nom reste dans l&apos;historique. Un administrateur peut la réactiver.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Not reactivated</source>
        <translation>Non réactivé</translation>
    </message>
    <message>
        <source>Not deactivated</source>
        <translation>Non désactivé</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 est de nouveau actif.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 est désactivé.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
</context>
<context>
    <name>herald::ProviderBox</name>
    <message>
        <source>Channe&amp;l:</source>
        <translation>Ca&amp;nal&#xa0;:</translation>
    </message>
    <message>
        <source>Provide&amp;r:</source>
        <translation>Fourni&amp;sseur&#xa0;:</translation>
    </message>
    <message>
        <source>Provider settings</source>
        <translation>Paramètres du fournisseur</translation>
    </message>
    <message>
        <source>Passwords are never stored in the workspace: one typed here is kept in the system keyring. On a machine without a keyring, name a file only its owner may read (chmod 600) or an environment variable that holds it instead.</source>
        <translation>Les mots de passe ne sont jamais stockés dans l&apos;espace de travail&#xa0;: celui saisi ici est conservé dans le trousseau du système. Sur une machine sans trousseau, indiquez plutôt un fichier lisible uniquement par son propriétaire (chmod 600) ou une variable d&apos;environnement qui le contient.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password &amp;file:</source>
        <translation>F&amp;ichier de mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>/etc/herald/password (mode 0600)</source>
        <translation>/etc/herald/password (mode 0600)</translation>
    </message>
    <message>
        <source>Password &amp;variable:</source>
        <translation>&amp;Variable de mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>an environment variable</source>
        <translation>une variable d&apos;environnement</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>587 (465 with implicit TLS)</source>
        <translation>587 (465 avec TLS implicite)</translation>
    </message>
    <message>
        <source>T&amp;LS:</source>
        <translation>T&amp;LS&#xa0;:</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Fichier CA supplé&amp;mentaire&#xa0;:</translation>
    </message>
    <message>
        <source>PEM; the system&apos;s CAs are always trusted</source>
        <translation>PEM&#xa0;; les autorités de certification du système sont toujours approuvées</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>empty: no authentication</source>
        <translation>vide&#xa0;: aucune authentification</translation>
    </message>
    <message>
        <source>Co&amp;nnections:</source>
        <translation>Co&amp;nnexions&#xa0;:</translation>
    </message>
    <message>
        <source>Ti&amp;meout (ms):</source>
        <translation>&amp;Délai (ms)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sendsms URL:</source>
        <translation>URL &amp;Sendsms&#xa0;:</translation>
    </message>
    <message>
        <source>a sendsms-user of the gateway</source>
        <translation>un sendsms-user de la passerelle</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>E&amp;xpéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>sender when the campaign&apos;s sender names none</source>
        <translation>expéditeur quand celui de la campagne n&apos;en indique aucun</translation>
    </message>
    <message>
        <source>SMS&amp;C id:</source>
        <translation>ID S&amp;MSC&#xa0;:</translation>
    </message>
    <message>
        <source>empty: the gateway chooses</source>
        <translation>vide&#xa0;: la passerelle choisit</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. US: national numbers the gateway reports</source>
        <translation>p. ex. US&#xa0;: région des numéros nationaux signalés par la passerelle</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Écouter sur&#xa0;:</translation>
    </message>
    <message>
        <source>empty: the organisation&apos;s listener, else 127.0.0.1:14013</source>
        <translation>vide&#xa0;: l&apos;écouteur de l&apos;organisation, sinon 127.0.0.1:14013</translation>
    </message>
    <message>
        <source>Call&amp;back URL:</source>
        <translation>URL de r&amp;appel&#xa0;:</translation>
    </message>
    <message>
        <source>empty: the organisation&apos;s public URL</source>
        <translation>vide&#xa0;: l&apos;URL publique de l&apos;organisation</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>Fe&amp;nêtre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>Pro&amp;xy&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ransport:</source>
        <translation>T&amp;ransport&#xa0;:</translation>
    </message>
    <message>
        <source>TLS &amp;authority:</source>
        <translation>&amp;Autorité TLS&#xa0;:</translation>
    </message>
    <message>
        <source>empty: the system&apos;s; a PEM file otherwise</source>
        <translation>vide&#xa0;: celle du système&#xa0;; sinon un fichier PEM</translation>
    </message>
    <message>
        <source>empty: the trunk asks for no credentials</source>
        <translation>vide&#xa0;: le trunk ne demande aucun identifiant</translation>
    </message>
    <message>
        <source>Caller ID &amp;domain:</source>
        <translation>&amp;Domaine d&apos;identifiant d&apos;appelant&#xa0;:</translation>
    </message>
    <message>
        <source>empty: the proxy&apos;s host</source>
        <translation>vide&#xa0;: l&apos;hôte du proxy</translation>
    </message>
    <message>
        <source>Caller ID &amp;format:</source>
        <translation>F&amp;ormat d&apos;identifiant d&apos;appelant&#xa0;:</translation>
    </message>
    <message>
        <source>Local &amp;address:</source>
        <translation>Adresse &amp;locale&#xa0;:</translation>
    </message>
    <message>
        <source>empty: the one that reaches the proxy</source>
        <translation>vide&#xa0;: celle qui permet de joindre le proxy</translation>
    </message>
    <message>
        <source>Ring &amp;timeout (s):</source>
        <translation>Délai de sonnerie (&amp;s)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Calls at once:</source>
        <translation>Appels si&amp;multanés&#xa0;:</translation>
    </message>
    <message>
        <source>Calls per &amp;minute:</source>
        <translation>Appels par mi&amp;nute&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Wait for a key (s):</source>
        <translation>Attente d&apos;une touc&amp;he (s)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation>&amp;Voix&#xa0;:</translation>
    </message>
    <message>
        <source>en (espeak-ng voices: en-us, de, fr, ...)</source>
        <translation>en (voix espeak-ng&#xa0;: en-us, de, fr, ...)</translation>
    </message>
    <message>
        <source>&amp;Opt-out key:</source>
        <translation>Touche de dés&amp;inscription&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keys:</source>
        <translation>To&amp;uches&#xa0;:</translation>
    </message>
    <message>
        <source>{&quot;1&quot;: &quot;call me back&quot;}</source>
        <translation>{&quot;1&quot;: &quot;rappelez-moi&quot;}</translation>
    </message>
    <message>
        <source>For replies, give the gateway&apos;s sms-service: get-url = &quot;%1&quot;</source>
        <translation>Pour les réponses, indiquez dans le sms-service de la passerelle&#xa0;: get-url = &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Only administrators change providers.</source>
        <translation>Seuls les administrateurs modifient les fournisseurs.</translation>
    </message>
    <message>
        <source>kept in the system keyring; type to replace it</source>
        <translation>conservé dans le trousseau du système&#xa0;; saisissez-en un pour le remplacer</translation>
    </message>
    <message>
        <source>type one to keep it in the system keyring instead</source>
        <translation>saisissez-en un pour le conserver plutôt dans le trousseau du système</translation>
    </message>
    <message>
        <source>kept in the system keyring when saved</source>
        <translation>conservé dans le trousseau du système lors de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Messages are simulated: nothing to set.</source>
        <translation>Les messages sont simulés&#xa0;: rien à configurer.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 sends through %2. The desktop&apos;s dispatcher uses it from its next start.</source>
        <translation>%1 envoie via %2. Le répartiteur de l&apos;application de bureau l&apos;utilise dès son prochain démarrage.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>&amp;Bot API:</source>
        <translation>API du &amp;bot&#xa0;:</translation>
    </message>
    <message>
        <source>empty: https://api.telegram.org</source>
        <translation>vide&#xa0;: https://api.telegram.org</translation>
    </message>
    <message>
        <source>Bot to&amp;ken:</source>
        <translation>&amp;Jeton du bot&#xa0;:</translation>
    </message>
    <message>
        <source>from @BotFather, e.g. 123456:ABC-DEF…</source>
        <translation>de @BotFather, par ex. 123456:ABC-DEF…</translation>
    </message>
    <message>
        <source>Token &amp;file:</source>
        <translation>Fic&amp;hier du jeton&#xa0;:</translation>
    </message>
    <message>
        <source>/etc/herald/telegram-token (mode 0600)</source>
        <translation>/etc/herald/telegram-token (mode 0600)</translation>
    </message>
    <message>
        <source>Token &amp;variable:</source>
        <translation>&amp;Variable du jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Messa&amp;ges per second:</source>
        <translation>Messag&amp;es par seconde&#xa0;:</translation>
    </message>
    <message>
        <source>Time per c&amp;hat (ms):</source>
        <translation>Interva&amp;lle par discussion (ms)&#xa0;:</translation>
    </message>
    <message>
        <source>VAPID su&amp;bject:</source>
        <translation>Su&amp;jet VAPID&#xa0;:</translation>
    </message>
    <message>
        <source>mailto:ops@example.org: whom push services may contact</source>
        <translation>mailto:ops@example.org&#xa0;: qui les services push peuvent contacter</translation>
    </message>
    <message>
        <source>Site ori&amp;gins:</source>
        <translation>Ori&amp;gines des sites&#xa0;:</translation>
    </message>
    <message>
        <source>https://shop.example, … : pages that subscribe browsers</source>
        <translation>https://shop.example, …&#xa0;: pages qui abonnent les navigateurs</translation>
    </message>
    <message>
        <source>Ico&amp;n:</source>
        <translation>&amp;Icône&#xa0;:</translation>
    </message>
    <message>
        <source>https://… the notification&apos;s icon</source>
        <translation>https://… l&apos;icône de la notification</translation>
    </message>
    <message>
        <source>De&amp;fault link:</source>
        <translation>Lien par dé&amp;faut&#xa0;:</translation>
    </message>
    <message>
        <source>where a click goes when the text has no link</source>
        <translation>où mène un clic quand le texte n&apos;a pas de lien</translation>
    </message>
    <message>
        <source>Urgenc&amp;y:</source>
        <translation>Urg&amp;ence&#xa0;:</translation>
    </message>
    <message>
        <source>empty: https://chatapi.viber.com/pa</source>
        <translation>vide&#xa0;: https://chatapi.viber.com/pa</translation>
    </message>
    <message>
        <source>Auth to&amp;ken:</source>
        <translation>&amp;Jeton d&apos;authentification&#xa0;:</translation>
    </message>
    <message>
        <source>from the bot&apos;s page on Viber&apos;s Partners site</source>
        <translation>depuis la page du bot sur le site Partenaires de Viber</translation>
    </message>
    <message>
        <source>/etc/herald/viber-token (mode 0600)</source>
        <translation>/etc/herald/viber-token (mode 0600)</translation>
    </message>
    <message>
        <source>C&amp;hat URI:</source>
        <translation>UR&amp;I du bot&#xa0;:</translation>
    </message>
    <message>
        <source>the bot&apos;s URI, for the links that link contacts</source>
        <translation>l&apos;URI du bot, pour les liens qui relient les contacts</translation>
    </message>
    <message>
        <source>Avatar ima&amp;ge:</source>
        <translation>Ima&amp;ge d&apos;avatar&#xa0;:</translation>
    </message>
    <message>
        <source>https://… a JPEG beside the sender name</source>
        <translation>https://… un JPEG à côté du nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Messages per seco&amp;nd:</source>
        <translation>Messag&amp;es par seconde&#xa0;:</translation>
    </message>
    <message>
        <source>For the site&apos;s code: applicationServerKey = &quot;%1&quot;. Give the organisation a listener and public URL for the site&apos;s subscriptions.</source>
        <translation>Pour le code du site&#xa0;: applicationServerKey = «&#xa0;%1&#xa0;». Donnez à l&apos;organisation un écouteur et une URL publique pour les abonnements du site.</translation>
    </message>
    <message>
        <source>For the site&apos;s code: applicationServerKey = &quot;%1&quot;; subscriptions go to %2</source>
        <translation>Pour le code du site&#xa0;: applicationServerKey = «&#xa0;%1&#xa0;»&#xa0;; les abonnements vont à %2</translation>
    </message>
</context>
<context>
    <name>herald::ReadinessList</name>
    <message>
        <source>Readiness checklist</source>
        <translation>Liste de contrôle de préparation</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Corriger&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every check passes: the campaign can run.</source>
        <translation>Toutes les vérifications sont réussies&#xa0;: la campagne peut être exécutée.</translation>
    </message>
</context>
<context>
    <name>herald::RejectedRowsDialog</name>
    <message>
        <source>Rejected rows of upload %1</source>
        <translation>Lignes rejetées de l&apos;import %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 into %2: %Ln row(s) rejected. Save them, correct them and import the file again.</source>
        <translation>
            <numerusform>%1 dans %2&#xa0;: %Ln ligne rejetée. Enregistrez-la, corrigez-la et importez de nouveau le fichier.</numerusform>
            <numerusform>%1 dans %2&#xa0;: %Ln lignes rejetées. Enregistrez-les, corrigez-les et importez de nouveau le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Row as read</source>
        <translation>Ligne telle que lue</translation>
    </message>
    <message>
        <source>The rejected rows could not be read: %1</source>
        <translation>Impossible de lire les lignes rejetées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The first %1 are shown; Save has them all.</source>
        <translation>Les %1 premières sont affichées&#xa0;; Enregistrer les inclut toutes.</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>&amp;Enregistrer en CSV…</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <source>-rejected.csv</source>
        <translation>-rejected.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>herald::RemarketDialog</name>
    <message>
        <source>Remarket %1</source>
        <translation>Relancer %1</translation>
    </message>
    <message>
        <source>Create a new Draft campaign for some of the contacts of “%1”. It copies the content and senders and sends to exactly these contacts.</source>
        <translation>Créer une nouvelle campagne Brouillon pour une partie des contacts de «&#xa0;%1&#xa0;». Elle copie le contenu et les expéditeurs et envoie exactement à ces contacts.</translation>
    </message>
    <message>
        <source>&amp;Failed (and not reached another way)</source>
        <translation>En é&amp;chec (et non atteints autrement)</translation>
    </message>
    <message>
        <source>Did not &amp;reply</source>
        <translation>N&apos;ont pas &amp;répondu</translation>
    </message>
    <message>
        <source>Did not &amp;answer the call</source>
        <translation>N&apos;ont pas &amp;décroché</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected in the task table (%n contact(s))</source>
        <translation>
            <numerusform>&amp;Sélection du tableau des tâches (%n contact)</numerusform>
            <numerusform>&amp;Sélection du tableau des tâches (%n contacts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Qui&#xa0;:</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Results &amp;of:</source>
        <translation>Rés&amp;ultats de&#xa0;:</translation>
    </message>
    <message>
        <source>Follow up by:</source>
        <translation>Relance par&#xa0;:</translation>
    </message>
    <message>
        <source> follow-up</source>
        <translation> (relance)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Create follow-up</source>
        <translation>Créer la relance</translation>
    </message>
    <message>
        <source>Nobody matches: choose other contacts.</source>
        <translation>Personne ne correspond&#xa0;: choisissez d&apos;autres contacts.</translation>
    </message>
    <message>
        <source>%1 contacts will be in the follow-up&apos;s list.</source>
        <translation>%1 contacts figureront dans la liste de la relance.</translation>
    </message>
    <message>
        <source>Remarket</source>
        <translation>Relancer</translation>
    </message>
</context>
<context>
    <name>herald::ReportDocument</name>
    <message>
        <source>The goal counts clicks, but this run did not track its links: turn on “Track link clicks” on the builder&apos;s Launch page for the next one.</source>
        <translation>L&apos;objectif compte les clics, mais cette exécution n&apos;a pas suivi ses liens&#xa0;: activez «&#xa0;Suivre les clics sur les liens&#xa0;» sur la page Lancement de l&apos;éditeur pour la prochaine.</translation>
    </message>
    <message>
        <source>Clicked a tracked link</source>
        <translation>A cliqué sur un lien suivi</translation>
    </message>
    <message>
        <source>Clicked %1</source>
        <translation>A cliqué sur %1</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>A répondu</translation>
    </message>
    <message>
        <source>Pressed a key during the call</source>
        <translation>A appuyé sur une touche pendant l&apos;appel</translation>
    </message>
    <message>
        <source>Answered the call</source>
        <translation>A décroché</translation>
    </message>
    <message>
        <source>The goal&apos;s metric “%1” is not one Herald counts: use clicks, replies, keypresses or answered calls.</source>
        <translation>L&apos;indicateur de l&apos;objectif «&#xa0;%1&#xa0;» n&apos;est pas compté par Herald&#xa0;: utilisez les clics, les réponses, les touches pressées ou les appels décrochés.</translation>
    </message>
    <message>
        <source>%1 of %2 contacts called</source>
        <translation>%1 contacts appelés sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 contacts reached</source>
        <translation>%1 contacts atteints sur %2</translation>
    </message>
    <message>
        <source>target %1, met</source>
        <translation>cible %1, atteinte</translation>
    </message>
    <message>
        <source>target %1, not met</source>
        <translation>cible %1, non atteinte</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Décrochés</translation>
    </message>
    <message>
        <source>Answer rate</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <source>Average talk time</source>
        <translation>Durée moyenne de conversation</translation>
    </message>
    <message>
        <source>Keys pressed</source>
        <translation>Touches pressées</translation>
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
        <translation>désinscrit × %1</translation>
    </message>
    <message>
        <source>messages sent per minute</source>
        <translation>messages envoyés par minute</translation>
    </message>
    <message>
        <source>messages sent per %1 minutes</source>
        <translation>messages envoyés par tranche de %1 minutes</translation>
    </message>
    <message>
        <source>Test run #%1</source>
        <translation>Exécution de test #%1</translation>
    </message>
    <message>
        <source>Live run #%1</source>
        <translation>Exécution réelle #%1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>campaign report</source>
        <translation>rapport de campagne</translation>
    </message>
</context>
<context>
    <name>herald::ReportView</name>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Of queued</source>
        <translation>Part des mis en file</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Disclaimer accepted</source>
        <translation>Avertissement accepté</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <source>Failure reasons</source>
        <translation>Motifs d&apos;échec</translation>
    </message>
    <message>
        <source>Results per channel</source>
        <translation>Résultats par canal</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Number pool health</source>
        <translation>État du pool de numéros</translation>
    </message>
    <message>
        <source>Numbers in this run</source>
        <translation>Numéros de cette exécution</translation>
    </message>
    <message>
        <source>CSV upload follow-up</source>
        <translation>Suivi de l&apos;import CSV</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Historique des exécutions</translation>
    </message>
    <message>
        <source>&lt;b&gt;This campaign has not run yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cette campagne n&apos;a pas encore été exécutée.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Objectif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Link clicks</source>
        <translation>Clics sur les liens</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Ont répondu</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Désinscrits</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Latency avg</source>
        <translation>Latence moy.</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latence p95</translation>
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
        <translation>Impossible de démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1; %2 launch; content revision %3</source>
        <translation>%1&#xa0;; lancement %2&#xa0;; révision du contenu %3</translation>
    </message>
    <message>
        <source>Throughput: messages sent per interval and channel</source>
        <translation>Débit&#xa0;: messages envoyés par intervalle et par canal</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Campaign report</source>
        <translation>Rapport de campagne</translation>
    </message>
    <message>
        <source>Enter opens the run&apos;s report</source>
        <translation>Entrée ouvre le rapport de l&apos;exécution</translation>
    </message>
    <message>
        <source>Clicked links</source>
        <translation>Liens cliqués</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Aucune exécution pour l&apos;instant</translation>
    </message>
    <message>
        <source>A test run sends the campaign to its test recipients only; Run… sends it to its audience.</source>
        <translation>Une exécution de test envoie la campagne à ses seuls destinataires de test&#xa0;; Exécuter… l&apos;envoie à son audience.</translation>
    </message>
    <message>
        <source>Test run…</source>
        <translation>Exécution de test…</translation>
    </message>
    <message>
        <source>Each run of the campaign shows here with the configuration it ran with.</source>
        <translation>Chaque exécution de la campagne apparaît ici avec la configuration utilisée.</translation>
    </message>
</context>
<context>
    <name>herald::ReviewView</name>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Reje&amp;ter…</translation>
    </message>
    <message>
        <source>Co&amp;mment…</source>
        <translation>Co&amp;mmenter…</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historique&lt;/b&gt;</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Reject content</source>
        <translation>Rejeter le contenu</translation>
    </message>
    <message>
        <source>What should change before you approve it?</source>
        <translation>Que faut-il changer avant que vous ne l&apos;approuviez&#xa0;?</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Your comment on the content:</source>
        <translation>Votre commentaire sur le contenu&#xa0;:</translation>
    </message>
    <message>
        <source>no reviewer chosen</source>
        <translation>aucun relecteur choisi</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved&lt;/b&gt; %1 (reviewer: %2).</source>
        <translation>&lt;b&gt;Approuvé&lt;/b&gt; le %1 (relecteur&#xa0;: %2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changed since it was approved&lt;/b&gt; on %1: %2 must approve it again before it runs.</source>
        <translation>&lt;b&gt;Modifié depuis son approbation&lt;/b&gt; le %1&#xa0;: %2 doit l&apos;approuver de nouveau avant son exécution.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not approved yet&lt;/b&gt; (reviewer: %1).</source>
        <translation>&lt;b&gt;Pas encore approuvé&lt;/b&gt; (relecteur&#xa0;: %1).</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De&#xa0;: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Preheader: %1</source>
        <translation>Pré-en-tête&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attachment: %1 (%2, %3, SHA-256 %4)</source>
        <translation>Pièce jointe&#xa0;: %1 (%2, %3, SHA-256 %4)</translation>
    </message>
    <message>
        <source>Text part:</source>
        <translation>Partie texte&#xa0;:</translation>
    </message>
    <message>
        <source>This campaign has no channels yet.</source>
        <translation>Cette campagne n&apos;a pas encore de canal.</translation>
    </message>
    <message>
        <source>No findings about the content.</source>
        <translation>Aucune remarque sur le contenu.</translation>
    </message>
    <message>
        <source>Reviewers and admins approve content.</source>
        <translation>Les relecteurs et les administrateurs approuvent le contenu.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Approved the content of %1.</source>
        <translation>Contenu de %1 approuvé.</translation>
    </message>
    <message>
        <source>Sent the content of %1 back.</source>
        <translation>Contenu de %1 renvoyé pour modification.</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>A&amp;pprouver</translation>
    </message>
    <message>
        <source>Content under review</source>
        <translation>Contenu en relecture</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>Historique de relecture</translation>
    </message>
</context>
<context>
    <name>herald::Role</name>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>gestionnaire</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>relecteur</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>observateur</translation>
    </message>
    <message>
        <source>support</source>
        <translation>support</translation>
    </message>
</context>
<context>
    <name>herald::RowActionsDelegate</name>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Infos</translation>
    </message>
    <message>
        <source>More ▾</source>
        <translation>Plus ▾</translation>
    </message>
</context>
<context>
    <name>herald::RunDialog</name>
    <message>
        <source>Test run</source>
        <translation>Exécution de test</translation>
    </message>
    <message>
        <source>Run campaign</source>
        <translation>Exécuter la campagne</translation>
    </message>
    <message numerus="yes">
        <source>%1 channel started in run #%2: %Ln message(s) queued</source>
        <translation>
            <numerusform>Canal %1 démarré dans l&apos;exécution #%2&#xa0;: %Ln message mis en file d&apos;attente</numerusform>
            <numerusform>Canal %1 démarré dans l&apos;exécution #%2&#xa0;: %Ln messages mis en file d&apos;attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 #%2 started: %Ln message(s) queued</source>
        <translation>
            <numerusform>%1 #%2 démarrée&#xa0;: %Ln message mis en file d&apos;attente</numerusform>
            <numerusform>%1 #%2 démarrée&#xa0;: %Ln messages mis en file d&apos;attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; message(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; message</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Untick to hold this channel: it stays Ready in this run, and you start it later from the campaign&apos;s page</source>
        <translation>Décochez pour retenir ce canal&#xa0;: il reste Prêt dans cette exécution, et vous le démarrez plus tard depuis la page de la campagne</translation>
    </message>
    <message>
        <source>Test recipients</source>
        <translation>Destinataires de test</translation>
    </message>
    <message>
        <source>Messages this run sends</source>
        <translation>Messages envoyés par cette exécution</translation>
    </message>
    <message>
        <source>Forecast if started now</source>
        <translation>Prévision en cas de démarrage immédiat</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Queueing %v of %m</source>
        <translation>Mise en file d&apos;attente&#xa0;: %v sur %m</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Envoyer le test</translation>
    </message>
    <message>
        <source>Held: %1. Held channels stay Ready in this run; start them later from the campaign&apos;s page.</source>
        <translation>Retenus&#xa0;: %1. Les canaux retenus restent Prêts dans cette exécution&#xa0;; démarrez-les plus tard depuis la page de la campagne.</translation>
    </message>
    <message>
        <source>Tick at least one channel to start.</source>
        <translation>Cochez au moins un canal pour démarrer.</translation>
    </message>
    <message>
        <source>This run cannot start until these are fixed:</source>
        <translation>Cette exécution ne peut pas démarrer tant que ces points ne sont pas corrigés&#xa0;:</translation>
    </message>
    <message>
        <source>Accept the disclaimer to run</source>
        <translation>Acceptez l&apos;avertissement pour exécuter</translation>
    </message>
    <message>
        <source>Alex</source>
        <translation>Alex</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>a sample contact</source>
        <translation>un contact exemple</translation>
    </message>
    <message>
        <source>As %1 hears it:</source>
        <translation>Tel que %1 l&apos;entend&#xa0;:</translation>
    </message>
    <message>
        <source>As %1 receives it:</source>
        <translation>Tel que %1 le reçoit&#xa0;:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>Preheader:</source>
        <translation>Pré-en-tête&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Pièces jointes&#xa0;:</translation>
    </message>
    <message>
        <source>I con&amp;firm all four statements</source>
        <translation>Je con&amp;firme les quatre déclarations</translation>
    </message>
    <message>
        <source>Each message Viber accepts costs a credit.</source>
        <translation>Chaque message accepté par Viber coûte un crédit.</translation>
    </message>
</context>
<context>
    <name>herald::RunKind</name>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>live</source>
        <translation>réelle</translation>
    </message>
</context>
<context>
    <name>herald::RunListModel</name>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Lancée par</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>The run could not start; its campaign&apos;s report lists why.</source>
        <translation>L&apos;exécution n&apos;a pas pu démarrer&#xa0;; le rapport de sa campagne en indique la raison.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Started by %1; nobody accepted the disclaimer (nothing was sent).</source>
        <translation>Lancée par %1&#xa0;; personne n&apos;a accepté l&apos;avertissement (rien n&apos;a été envoyé).</translation>
    </message>
    <message>
        <source>Started by %1; disclaimer accepted by %2 at %3.</source>
        <translation>Lancée par %1&#xa0;; avertissement accepté par %2 le %3.</translation>
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
        <translation>Réelle</translation>
    </message>
    <message>
        <source>could not start</source>
        <translation>n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>toujours en cours</translation>
    </message>
    <message>
        <source>%1 (disclaimer: %2)</source>
        <translation>%1 (avertissement&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>herald::RunsPage</name>
    <message>
        <source>Campaign name or ID, or #run</source>
        <translation>Nom ou ID de campagne, ou #exécution</translation>
    </message>
    <message>
        <source>Search runs</source>
        <translation>Rechercher des exécutions</translation>
    </message>
    <message>
        <source>Run kind</source>
        <translation>Type d&apos;exécution</translation>
    </message>
    <message>
        <source>Test and live runs</source>
        <translation>Exécutions de test et réelles</translation>
    </message>
    <message>
        <source>Live runs</source>
        <translation>Exécutions réelles</translation>
    </message>
    <message>
        <source>Test runs</source>
        <translation>Exécutions de test</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Any trigger</source>
        <translation>Tout déclencheur</translation>
    </message>
    <message>
        <source>Campaign runs</source>
        <translation>Exécutions de campagne</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the campaign on that run.</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir la campagne sur cette exécution.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln exécution</numerusform>
            <numerusform>%Ln exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>(the newest %L1)</source>
        <translation>(les %L1 plus récentes)</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Aucune exécution pour l&apos;instant</translation>
    </message>
    <message>
        <source>A campaign&apos;s Run… starts one, and its Test run… tries it on the test recipients; each run shows here with what became of its messages.</source>
        <translation>Le bouton Exécuter… d&apos;une campagne en lance une, et son bouton Exécution de test… l&apos;essaie sur les destinataires de test&#xa0;; chaque exécution apparaît ici avec le sort de ses messages.</translation>
    </message>
    <message>
        <source>No runs match these filters</source>
        <translation>Aucune exécution ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>No runs match “%1”</source>
        <translation>Aucune exécution ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The search looks at campaign names and IDs, or a run&apos;s #number.</source>
        <translation>La recherche porte sur les noms et les ID des campagnes, ou sur le numéro (#) d&apos;une exécution.</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
</context>
<context>
    <name>herald::SafeHtmlView</name>
    <message>
        <source>Image not loaded: %1</source>
        <translation>Image non chargée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>herald::SegmentEditor</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Supprimer cette condition</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Supprimer la condition</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Satisfaire</translation>
    </message>
    <message>
        <source>all</source>
        <translation>chacune</translation>
    </message>
    <message>
        <source>any</source>
        <translation>l&apos;une</translation>
    </message>
    <message>
        <source>of these conditions:</source>
        <translation>de ces conditions&#xa0;:</translation>
    </message>
    <message>
        <source>Remove this group and its conditions</source>
        <translation>Supprimer ce groupe et ses conditions</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation>+ Condition</translation>
    </message>
    <message>
        <source>Add a condition to this group</source>
        <translation>Ajouter une condition à ce groupe</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ Groupe</translation>
    </message>
    <message>
        <source>Add a group whose conditions are matched together</source>
        <translation>Ajouter un groupe dont les conditions sont évaluées ensemble</translation>
    </message>
    <message>
        <source>These rules cannot be shown as conditions (%1). They are kept as they are until you change them here.</source>
        <translation>Ces règles ne peuvent pas être affichées sous forme de conditions (%1). Elles sont conservées telles quelles jusqu&apos;à ce que vous les modifiiez ici.</translation>
    </message>
</context>
<context>
    <name>herald::SegmentsView</name>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Ne&amp;w segment</source>
        <translation>N&amp;ouveau segment</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the segment (Del); campaigns that use it will be told in their readiness check</source>
        <translation>Supprimer le segment (Del)&#xa0;; les campagnes qui l&apos;utilisent en seront informées lors de leur contrôle de préparation</translation>
    </message>
    <message>
        <source>Name shown when choosing segments for a campaign</source>
        <translation>Nom affiché lors du choix des segments d&apos;une campagne</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the segment (Ctrl+S)</source>
        <translation>Enregistrer le segment (Ctrl+S)</translation>
    </message>
    <message>
        <source>Only managers and administrators edit segments.</source>
        <translation>Seuls les gestionnaires et les administrateurs modifient les segments.</translation>
    </message>
    <message>
        <source>Cannot count: %1</source>
        <translation>Impossible de compter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>1 contact matches</source>
        <translation>1 contact correspond</translation>
    </message>
    <message>
        <source>%1 contacts match</source>
        <translation>%1 contacts correspondent</translation>
    </message>
    <message>
        <source>, %1 of them opted out of every channel</source>
        <translation>, dont %1 désinscrits de tous les canaux</translation>
    </message>
    <message>
        <source>The first %1:</source>
        <translation>Les %1 premiers&#xa0;:</translation>
    </message>
    <message>
        <source>Segment not saved</source>
        <translation>Segment non enregistré</translation>
    </message>
    <message>
        <source>Give the segment a name, then save it again.</source>
        <translation>Donnez un nom au segment, puis enregistrez-le de nouveau.</translation>
    </message>
    <message>
        <source>Segment “%1” was not saved: %2</source>
        <translation>Le segment «&#xa0;%1&#xa0;» n&apos;a pas été enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Segment “%1” saved.</source>
        <translation>Segment «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Delete segment “%1”?</source>
        <translation>Supprimer le segment «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>These campaigns use it and will not pass their readiness check until another segment is chosen: %1.</source>
        <translation>Ces campagnes l&apos;utilisent et échoueront à leur contrôle de préparation tant qu&apos;un autre segment n&apos;aura pas été choisi&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Supprimer le segment</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Segment not deleted</source>
        <translation>Segment non supprimé</translation>
    </message>
    <message>
        <source>Segment “%1” deleted.</source>
        <translation>Segment «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Unsaved segment</source>
        <translation>Segment modifié</translation>
    </message>
    <message>
        <source>Segment “%1” has unsaved changes.</source>
        <translation>Le segment «&#xa0;%1&#xa0;» comporte des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>No segments yet</source>
        <translation>Aucun segment pour l&apos;instant</translation>
    </message>
    <message>
        <source>A segment picks contacts by their fields, tags and lists. Name it and set its conditions on the right, then Save.</source>
        <translation>Un segment sélectionne des contacts selon leurs champs, étiquettes et listes. Nommez-le et définissez ses conditions à droite, puis cliquez sur Enregistrer.</translation>
    </message>
    <message>
        <source>Segment conditions</source>
        <translation>Conditions du segment</translation>
    </message>
    <message>
        <source>Sample of the segment&apos;s contacts</source>
        <translation>Échantillon des contacts du segment</translation>
    </message>
</context>
<context>
    <name>herald::SendersView</name>
    <message>
        <source>Who messages come from: email identities, SMS sender IDs or number pools, caller IDs from a pool, Viber sender names, Telegram bots. Campaigns choose one per channel; a paused sender stops them at the readiness check.</source>
        <translation>La provenance des messages&#xa0;: identités e-mail, identifiants d&apos;expéditeur SMS ou pools de numéros, identifiants d&apos;appelant d&apos;un pool, noms d&apos;expéditeur Viber, bots Telegram. Les campagnes en choisissent un par canal&#xa0;; un expéditeur en pause les bloque au contrôle de préparation.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address or pool</source>
        <translation>Adresse ou pool</translation>
    </message>
    <message>
        <source>Reply-to</source>
        <translation>Répondre à</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Add sender…</source>
        <translation>&amp;Ajouter un expéditeur…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Senders could not be read: %1</source>
        <translation>Impossible de lire les expéditeurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>pool %1</source>
        <translation>pool %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Repren&amp;dre</translation>
    </message>
    <message>
        <source>Only administrators manage senders.</source>
        <translation>Seuls les administrateurs gèrent les expéditeurs.</translation>
    </message>
    <message>
        <source>Add sender</source>
        <translation>Ajouter un expéditeur</translation>
    </message>
    <message>
        <source>Edit sender %1</source>
        <translation>Modifier l&apos;expéditeur %1</translation>
    </message>
    <message>
        <source>optional: where replies go</source>
        <translation>facultatif&#xa0;: où vont les réponses</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>From &amp;address:</source>
        <translation>&amp;Adresse d&apos;expédition&#xa0;:</translation>
    </message>
    <message>
        <source>Reply-&amp;to:</source>
        <translation>&amp;Répondre à&#xa0;:</translation>
    </message>
    <message>
        <source>Number &amp;pool:</source>
        <translation>&amp;Pool de numéros&#xa0;:</translation>
    </message>
    <message>
        <source>The name and address recipients see in From.</source>
        <translation>Le nom et l&apos;adresse que les destinataires voient dans De.</translation>
    </message>
    <message>
        <source>An alphanumeric sender ID (up to 11 letters, digits or spaces), or a number pool to send from its numbers.</source>
        <translation>Un identifiant d&apos;expéditeur alphanumérique (jusqu&apos;à 11 lettres, chiffres ou espaces), ou un pool de numéros pour envoyer depuis ses numéros.</translation>
    </message>
    <message>
        <source>Calls come from the numbers of the pool.</source>
        <translation>Les appels proviennent des numéros du pool.</translation>
    </message>
    <message>
        <source>The sender name recipients see (at most 28 characters).</source>
        <translation>Le nom d&apos;expéditeur que voient les destinataires (28 caractères au plus).</translation>
    </message>
    <message>
        <source>The site&apos;s name.</source>
        <translation>Le nom du site.</translation>
    </message>
    <message>
        <source>Added sender %1.</source>
        <translation>Expéditeur %1 ajouté.</translation>
    </message>
    <message>
        <source>Saved sender %1.</source>
        <translation>Expéditeur %1 enregistré.</translation>
    </message>
    <message>
        <source>Sender not added</source>
        <translation>Expéditeur non ajouté</translation>
    </message>
    <message>
        <source>Sender not saved</source>
        <translation>Expéditeur non enregistré</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Expéditeurs</translation>
    </message>
    <message>
        <source>Sender %1 is paused: campaigns using it stop at their readiness check.</source>
        <translation>L&apos;expéditeur %1 est en pause&#xa0;: les campagnes qui l&apos;utilisent s&apos;arrêtent à leur contrôle de préparation.</translation>
    </message>
    <message>
        <source>Sender %1 is active again.</source>
        <translation>L&apos;expéditeur %1 est de nouveau actif.</translation>
    </message>
    <message>
        <source>Delete sender</source>
        <translation>Supprimer l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Delete the %1 sender %2? Runs that used it keep it in their history.</source>
        <translation>Supprimer l&apos;expéditeur %1 %2&#xa0;? Les exécutions qui l&apos;ont utilisé le conservent dans leur historique.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Sender not deleted</source>
        <translation>Expéditeur non supprimé</translation>
    </message>
    <message>
        <source>Deleted sender %1.</source>
        <translation>Expéditeur %1 supprimé.</translation>
    </message>
    <message>
        <source>The bot&apos;s username, ending in “bot”.</source>
        <translation>Le nom d&apos;utilisateur du bot, se terminant par «&#xa0;bot&#xa0;».</translation>
    </message>
</context>
<context>
    <name>herald::SettingsPage</name>
    <message>
        <source>Setup &amp;assistant…</source>
        <translation>&amp;Assistant de configuration…</translation>
    </message>
    <message>
        <source>The organisation, its sending, a sender and teammates, step by step</source>
        <translation>L&apos;organisation, ses envois, un expéditeur et les coéquipiers, étape par étape</translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation>Fou&amp;rnisseurs</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>Se&amp;nders</source>
        <translation>E&amp;xpéditeurs</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <source>This &amp;computer</source>
        <translation>&amp;Cet ordinateur</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>Celle du système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>La&amp;ngue&#xa0;:</translation>
    </message>
    <message>
        <source>Language: %1, from Herald&apos;s next start</source>
        <translation>Langue&#xa0;: %1, dès le prochain démarrage de Herald</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sections des paramètres</translation>
    </message>
    <message>
        <source>The desktop&apos;s</source>
        <translation>Celle du bureau</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence&#xa0;:</translation>
    </message>
    <message>
        <source>Both apply from Herald&apos;s next start. Dates and numbers follow the language.</source>
        <translation>Les deux s&apos;appliquent au prochain démarrage de Herald. Les dates et les nombres suivent la langue.</translation>
    </message>
    <message>
        <source>Appearance: %1, from Herald&apos;s next start</source>
        <translation>Apparence&#xa0;: %1, au prochain démarrage de Herald</translation>
    </message>
</context>
<context>
    <name>herald::SetupAssistant</name>
    <message>
        <source>Set up Herald</source>
        <translation>Configurer Herald</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Votre organisation</translation>
    </message>
    <message>
        <source>Herald keeps everything of an organisation together: its people, contacts, senders and campaigns. Name it, and say where it works.</source>
        <translation>Herald regroupe tout ce qui concerne une organisation&#xa0;: ses personnes, ses contacts, ses expéditeurs et ses campagnes. Donnez-lui un nom et indiquez où elle travaille.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>New campaigns send only &amp;between</source>
        <translation>Les nouvelles campagnes n&apos;envoient qu&apos;&amp;entre</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>Send window:</source>
        <translation>Plage d&apos;envoi&#xa0;:</translation>
    </message>
    <message>
        <source>Hours are the recipient&apos;s own. Without a window, SMS and calls go out between 08:00 and 21:00 and email at any time; each campaign channel can set its own.</source>
        <translation>Les heures sont celles du destinataire. Sans plage, les SMS et les appels partent entre 08:00 et 21:00 et les e-mails à toute heure&#xa0;; chaque canal de campagne peut définir la sienne.</translation>
    </message>
    <message>
        <source>You, its first administrator</source>
        <translation>Vous, son premier administrateur</translation>
    </message>
    <message>
        <source>Administrators set up sending, senders, number pools and people. Your name is what the history shows beside what you do.</source>
        <translation>Les administrateurs configurent les envois, les expéditeurs, les pools de numéros et les personnes. Votre nom est ce que l&apos;historique affiche à côté de vos actions.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>Your &amp;email:</source>
        <translation>Votre &amp;e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Sending email (optional)</source>
        <translation>Envoi d&apos;e-mails (facultatif)</translation>
    </message>
    <message>
        <source>Sending SMS (optional)</source>
        <translation>Envoi de SMS (facultatif)</translation>
    </message>
    <message>
        <source>Herald hands email to your SMTP server. Fill in its settings and test the connection; or go on and do it later in Settings → Providers.</source>
        <translation>Herald remet les e-mails à votre serveur SMTP. Renseignez ses paramètres et testez la connexion, ou continuez et faites-le plus tard dans Paramètres → Fournisseurs.</translation>
    </message>
    <message>
        <source>Herald sends SMS through a Kannel gateway. Fill in its settings and test the connection; or go on and do it later in Settings → Providers.</source>
        <translation>Herald envoie les SMS via une passerelle Kannel. Renseignez ses paramètres et testez la connexion, ou continuez et faites-le plus tard dans Paramètres → Fournisseurs.</translation>
    </message>
    <message>
        <source>Who your email comes from (optional)</source>
        <translation>Provenance de vos e-mails (facultatif)</translation>
    </message>
    <message>
        <source>The name and address recipients see. More senders (SMS sender IDs, caller IDs from number pools) are added in Settings → Senders. Leave it empty to skip.</source>
        <translation>Le nom et l&apos;adresse que voient les destinataires. D&apos;autres expéditeurs (identifiants d&apos;expéditeur SMS, identifiants d&apos;appelant des pools de numéros) s&apos;ajoutent dans Paramètres → Expéditeurs. Laissez vide pour passer cette étape.</translation>
    </message>
    <message>
        <source>optional: where replies go</source>
        <translation>facultatif&#xa0;: où vont les réponses</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>&amp;Nom d&apos;expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>From &amp;address:</source>
        <translation>&amp;Adresse d&apos;expédition&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reply-to:</source>
        <translation>&amp;Répondre à&#xa0;:</translation>
    </message>
    <message>
        <source>Teammates (optional)</source>
        <translation>Coéquipiers (facultatif)</translation>
    </message>
    <message>
        <source>Who else works in Herald: a reviewer approves each campaign&apos;s content before it runs; managers build and run campaigns. More in Settings → People.</source>
        <translation>Qui d&apos;autre travaille dans Herald&#xa0;: un relecteur approuve le contenu de chaque campagne avant son exécution&#xa0;; les gestionnaires créent et exécutent les campagnes. Plus d&apos;options dans Paramètres → Personnes.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Add &amp;teammate</source>
        <translation>Ajouter un &amp;coéquipier</translation>
    </message>
    <message>
        <source>%1 is set up.</source>
        <translation>%1 est configurée.</translation>
    </message>
</context>
<context>
    <name>herald::StatisticsPage</name>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Désinscrits</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Ont répondu</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Décrochés</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Delivered %</source>
        <translation>Remis %</translation>
    </message>
    <message>
        <source>Failed %</source>
        <translation>Échecs %</translation>
    </message>
    <message>
        <source>Opted out %</source>
        <translation>Désinscrits %</translation>
    </message>
    <message>
        <source>Replied %</source>
        <translation>Ont répondu %</translation>
    </message>
    <message>
        <source>Answered %</source>
        <translation>Décrochés %</translation>
    </message>
    <message>
        <source>Conversion %</source>
        <translation>Conversion %</translation>
    </message>
    <message>
        <source>Goal target %</source>
        <translation>Cible de l&apos;objectif %</translation>
    </message>
    <message>
        <source>Sent / min</source>
        <translation>Envoyés / min</translation>
    </message>
    <message>
        <source>SMS segments</source>
        <translation>Segments SMS</translation>
    </message>
    <message>
        <source>Minutes to complete</source>
        <translation>Minutes jusqu&apos;à la fin</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Tick campaigns to compare, or choose a campaign&apos;s runs.</source>
        <translation>Cochez des campagnes à comparer, ou choisissez les exécutions d&apos;une campagne.</translation>
    </message>
    <message>
        <source>&amp;Campaigns side by side</source>
        <translation>&amp;Campagnes côte à côte</translation>
    </message>
    <message>
        <source>&amp;Runs of one campaign</source>
        <translation>E&amp;xécutions d&apos;une campagne</translation>
    </message>
    <message>
        <source>Campaigns to compare</source>
        <translation>Campagnes à comparer</translation>
    </message>
    <message>
        <source>Campaign whose runs to compare</source>
        <translation>Campagne dont comparer les exécutions</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en C&amp;SV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>Exporter les statistiques</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Each run of the campaign, a row per channel, with its frozen configuration.</source>
        <translation>Chaque exécution de la campagne, une ligne par canal, avec sa configuration figée.</translation>
    </message>
    <message>
        <source>Each ticked campaign by its newest live run, a row per channel.</source>
        <translation>Chaque campagne cochée selon sa dernière exécution réelle, une ligne par canal.</translation>
    </message>
    <message>
        <source>Rates are of the messages queued; SMS segments are counted from the frozen text for each message sent.</source>
        <translation>Les taux portent sur les messages mis en file d&apos;attente&#xa0;; les segments SMS sont comptés à partir du texte figé de chaque message envoyé.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Exclus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Statistics saved to %1.</source>
        <translation>Statistiques enregistrées dans %1.</translation>
    </message>
    <message>
        <source>Herald statistics</source>
        <translation>Statistiques Herald</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>impossible de démarrer le PDF</translation>
    </message>
    <message>
        <source>Runs of %1</source>
        <translation>Exécutions de %1</translation>
    </message>
    <message>
        <source>Campaigns side by side</source>
        <translation>Campagnes côte à côte</translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation>Graphique de comparaison</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Élément comparé</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Statistics compared</source>
        <translation>Statistiques comparées</translation>
    </message>
    <message>
        <source>Messages, rates and timing of the chosen campaigns or runs</source>
        <translation>Messages, taux et délais des campagnes ou exécutions choisies</translation>
    </message>
</context>
<context>
    <name>herald::TasksView</name>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Filtre d&apos;état</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>Filtre de canal</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Exécution&#xa0;:</translation>
    </message>
    <message>
        <source>Messages of the run</source>
        <translation>Messages de l&apos;exécution</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>Aucune exécution pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::TeamWorkspaceDialog</name>
    <message>
        <source>Open Team Workspace</source>
        <translation>Ouvrir un espace de travail d&apos;équipe</translation>
    </message>
    <message>
        <source>A team workspace is a PostgreSQL database your team shares. You work in it as your database login; your admin gives you one.</source>
        <translation>Un espace de travail d&apos;équipe est une base de données PostgreSQL partagée par votre équipe. Vous y travaillez avec votre identifiant de base de données&#xa0;; votre administrateur vous en fournit un.</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>%1 on %2 as %3</source>
        <translation>%1 sur %2 en tant que %3</translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder such as /run/postgresql</source>
        <translation>db.example.com, ou un dossier de socket tel que /run/postgresql</translation>
    </message>
    <message>
        <source>empty: ~/.pgpass, a service file or the server decides</source>
        <translation>vide&#xa0;: ~/.pgpass, un fichier de service ou le serveur décide</translation>
    </message>
    <message>
        <source>Keep the password in the system keyring</source>
        <translation>Conserver le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Récents&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Name the database (ask your admin; often &quot;herald&quot;).</source>
        <translation>Indiquez la base de données (demandez à votre administrateur&#xa0;; souvent «&#xa0;herald&#xa0;»).</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Password not kept</source>
        <translation>Mot de passe non conservé</translation>
    </message>
    <message>
        <source>Connected, but the password could not be kept in the keyring: %1</source>
        <translation>Connecté, mais le mot de passe n&apos;a pas pu être conservé dans le trousseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>herald::TelegramProvider</name>
    <message>
        <source>the bot @%1 (%2) answers</source>
        <translation>le bot @%1 (%2) répond</translation>
    </message>
    <message>
        <source>Telegram does not know this bot token (%1): copy it again from @BotFather</source>
        <translation>Telegram ne connaît pas ce jeton de bot (%1)&#xa0;: copiez-le à nouveau depuis @BotFather</translation>
    </message>
    <message>
        <source>Telegram&apos;s Bot API at %1 did not answer: %2</source>
        <translation>l’API Bot de Telegram à %1 n’a pas répondu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>herald::TemplatesPage</name>
    <message>
        <source>Ne&amp;w template</source>
        <translation>&amp;Nouveau modèle</translation>
    </message>
    <message>
        <source>Call script</source>
        <translation>Script d&apos;appel</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal&#xa0;:</translation>
    </message>
    <message>
        <source>Empty: the name of the campaign&apos;s sender</source>
        <translation>Vide&#xa0;: le nom de l&apos;expéditeur de la campagne</translation>
    </message>
    <message>
        <source>&amp;From name:</source>
        <translation>Nom d&apos;e&amp;xpéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>The line an inbox shows after the subject</source>
        <translation>La ligne qu&apos;une boîte de réception affiche après l&apos;objet</translation>
    </message>
    <message>
        <source>&amp;Preheader:</source>
        <translation>&amp;Pré-en-tête&#xa0;:</translation>
    </message>
    <message>
        <source>A preheader shows with an HTML body only (one that starts with “&lt;”).</source>
        <translation>Un pré-en-tête ne s&apos;affiche qu&apos;avec un corps HTML (qui commence par «&#xa0;&lt;&#xa0;»).</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Corps&#xa0;:</translation>
    </message>
    <message>
        <source>Inserts {{field}} where the cursor is; {{field|text}} uses the text when a contact has no value</source>
        <translation>Insère {{field}} à la position du curseur&#xa0;; {{field|text}} utilise le texte quand un contact n&apos;a pas de valeur</translation>
    </message>
    <message>
        <source>&amp;Insert field:</source>
        <translation>&amp;Insérer un champ&#xa0;:</translation>
    </message>
    <message>
        <source>Empty: the text part is made from the HTML body</source>
        <translation>Vide&#xa0;: la partie texte est générée à partir du corps HTML</translation>
    </message>
    <message>
        <source>&amp;Text part:</source>
        <translation>Partie &amp;texte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Joindre…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Pièces jointes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Enregistrer (%1)</translation>
    </message>
    <message>
        <source>Choose a recording</source>
        <translation>Choisir un enregistrement</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.oga *.opus *.aif *.aiff *.au *.mp3);;All files (*)</source>
        <translation>Audio (*.wav *.flac *.ogg *.oga *.opus *.aif *.aiff *.au *.mp3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>Preview f&amp;or:</source>
        <translation>Aperç&amp;u pour&#xa0;:</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Templates could not be read: %1</source>
        <translation>Impossible de lire les modèles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose a field…</source>
        <translation>Choisir un champ…</translation>
    </message>
    <message>
        <source>A sample contact (Alex Sample)</source>
        <translation>Un contact exemple (Alex Exemple)</translation>
    </message>
    <message>
        <source>Phone (call script)</source>
        <translation>Téléphone (script d&apos;appel)</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Enregistrement&#xa0;:</translation>
    </message>
    <message>
        <source>Choose &amp;recording…</source>
        <translation>Choisir un en&amp;registrement…</translation>
    </message>
    <message>
        <source>A recording (WAV, FLAC, Ogg, ...) played to the callee instead of speaking the script; the script stays as its transcript</source>
        <translation>Un enregistrement (WAV, FLAC, Ogg, ...) diffusé à l&apos;appelé au lieu de prononcer le script&#xa0;; le script en reste la transcription</translation>
    </message>
    <message>
        <source>&amp;Body (HTML or text):</source>
        <translation>&amp;Corps (HTML ou texte)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;body&gt;…&lt;/body&gt;&lt;/html&gt;, or plain text</source>
        <translation>&lt;html&gt;&lt;body&gt;…&lt;/body&gt;&lt;/html&gt;, ou texte brut</translation>
    </message>
    <message>
        <source>None: spoken</source>
        <translation>Aucun&#xa0;: synthèse vocale</translation>
    </message>
    <message>
        <source>Played in calls</source>
        <translation>Diffusé pendant les appels</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Non joint</translation>
    </message>
    <message>
        <source>Already attached</source>
        <translation>Déjà joint</translation>
    </message>
    <message>
        <source>%1 is attached already, as “%2”.</source>
        <translation>%1 est déjà joint, sous le nom «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Modèle non enregistré</translation>
    </message>
    <message>
        <source>Give the template a name, then save it again.</source>
        <translation>Donnez un nom au modèle, puis enregistrez-le de nouveau.</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Template “%1” is used by %2. Saving changes what they send: their reviewers must approve the content again before they run or resume.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» est utilisé par %2. L&apos;enregistrer modifie ce qu&apos;elles envoient&#xa0;: leurs relecteurs doivent approuver de nouveau le contenu avant leur exécution ou leur reprise.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Template “%1” was not saved: %2</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» n&apos;a pas été enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Template “%1” saved.</source>
        <translation>Modèle «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Delete template “%1”?</source>
        <translation>Supprimer le modèle «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>%1 use it and will ask for another template in their readiness check; runs that started keep what they send.</source>
        <translation>%1 l&apos;utilisent et demanderont un autre modèle lors de leur contrôle de préparation&#xa0;; les exécutions déjà démarrées conservent ce qu&apos;elles envoient.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Template not deleted</source>
        <translation>Modèle non supprimé</translation>
    </message>
    <message>
        <source>Deleted template “%1”.</source>
        <translation>Modèle «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation>Modèle modifié</translation>
    </message>
    <message>
        <source>Template “%1” has unsaved changes.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» comporte des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Alex</source>
        <translation>Alex</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <source>Your campaign</source>
        <translation>Votre campagne</translation>
    </message>
    <message>
        <source>&lt;b&gt;From:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Subject:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;De&#xa0;:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Objet&#xa0;:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>(the campaign&apos;s sender)</source>
        <translation>(l&apos;expéditeur de la campagne)</translation>
    </message>
    <message>
        <source>Text (made from the HTML)</source>
        <translation>Texte (généré à partir du HTML)</translation>
    </message>
    <message>
        <source>1 image or other resource was not loaded: the preview loads nothing.</source>
        <translation>1 image ou autre ressource n&apos;a pas été chargée&#xa0;: l&apos;aperçu ne charge rien.</translation>
    </message>
    <message>
        <source>%1 images or other resources were not loaded: the preview loads nothing.</source>
        <translation>%1 images ou autres ressources n&apos;ont pas été chargées&#xa0;: l&apos;aperçu ne charge rien.</translation>
    </message>
    <message>
        <source>The text part has no {{unsubscribe_url}}: readers of the text part cannot unsubscribe.</source>
        <translation>La partie texte ne contient pas {{unsubscribe_url}}&#xa0;: ses lecteurs ne peuvent pas se désinscrire.</translation>
    </message>
    <message>
        <source>The script the voice speaks to the callee:</source>
        <translation>Le script que la voix prononce pour l&apos;appelé&#xa0;:</translation>
    </message>
    <message>
        <source>The recording %1 is played; its transcript:</source>
        <translation>L&apos;enregistrement %1 est diffusé&#xa0;; sa transcription&#xa0;:</translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation>Tel qu&apos;écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>this template</source>
        <translation>ce modèle</translation>
    </message>
    <message>
        <source>✔ Nothing a reviewer would be warned about.</source>
        <translation>✔ Rien qui déclencherait un avertissement pour un relecteur.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation>Aucun modèle pour l&apos;instant</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Photo :</translation>
    </message>
    <message>
        <source>Choose &amp;photo…</source>
        <translation>Choisir une &amp;photo…</translation>
    </message>
    <message>
        <source>A picture (JPEG, PNG or WebP, at most 10 MB) sent with the text as its caption (at most 1024 characters)</source>
        <translation>Une image (JPEG, PNG ou WebP, 10 Mo au plus) envoyée avec le texte pour légende (1024 caractères au plus)</translation>
    </message>
    <message>
        <source>None: text only</source>
        <translation>Aucune : texte seul</translation>
    </message>
    <message>
        <source>The text is its caption</source>
        <translation>Le texte en est la légende</translation>
    </message>
    <message>
        <source>A template is the message a channel sends. Write the first one on the right and Save; New template starts one for SMS, a call script, Telegram, Viber or Web Push.</source>
        <translation>Un modèle est le message qu’un canal envoie. Écrivez le premier à droite et enregistrez ; Nouveau modèle en commence un pour SMS, un script d’appel, Telegram, Viber ou Web Push.</translation>
    </message>
    <message>
        <source>The message as the chat shows it:</source>
        <translation>Le message tel que la conversation l’affiche :</translation>
    </message>
    <message>
        <source>The photo %1 goes with this caption:</source>
        <translation>La photo %1 part avec cette légende :</translation>
    </message>
    <message>
        <source>The notification “%1” reads:</source>
        <translation>La notification « %1 » dit :</translation>
    </message>
    <message>
        <source>The message as it arrives:</source>
        <translation>Le message tel qu’il arrive :</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>Tit&amp;re :</translation>
    </message>
    <message>
        <source>S&amp;cript:</source>
        <translation>S&amp;cript :</translation>
    </message>
</context>
<context>
    <name>herald::TenantsView</name>
    <message>
        <source>The organisations in this workspace. Each keeps its own people, contacts, senders and campaigns; archived ones keep their history and nobody works in them.</source>
        <translation>Les organisations de cet espace de travail. Chacune conserve ses propres personnes, contacts, expéditeurs et campagnes&#xa0;; les organisations archivées conservent leur historique et personne n&apos;y travaille.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Écouteur</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>URL publique</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <source>Ne&amp;w organisation…</source>
        <translation>&amp;Nouvelle organisation…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>&amp;Listener…</source>
        <translation>É&amp;couteur…</translation>
    </message>
    <message>
        <source>SMS &amp;keywords…</source>
        <translation>Mo&amp;ts-clés SMS…</translation>
    </message>
    <message>
        <source>&amp;Mailbox…</source>
        <translation>&amp;Boîte aux lettres…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Afficher les archivées</translation>
    </message>
    <message>
        <source>Organisations could not be read: %1</source>
        <translation>Impossible de lire les organisations&#xa0;: %1</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivée</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Only administrators manage organisations.</source>
        <translation>Seuls les administrateurs gèrent les organisations.</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>You become its first administrator.</source>
        <translation>Vous en devenez le premier administrateur.</translation>
    </message>
    <message>
        <source>Organisation not created</source>
        <translation>Organisation non créée</translation>
    </message>
    <message>
        <source>Created %1: choose it in the Tenant list to set it up.</source>
        <translation>%1 créée&#xa0;: choisissez-la dans la liste Organisation pour la configurer.</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Renommer %1</translation>
    </message>
    <message>
        <source>Organisation not renamed</source>
        <translation>Organisation non renommée</translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation>%1 renommée en %2.</translation>
    </message>
    <message>
        <source>Listener of %1</source>
        <translation>Écouteur de %1</translation>
    </message>
    <message>
        <source>Herald&apos;s listener serves the one-click unsubscribe links every email carries, tracked links and the SMS gateway&apos;s delivery reports and replies, wherever Herald sends: this desktop or a heraldctl worker. Email through SMTP cannot run live without it. The public URL is how recipients and gateways reach it, usually through the organisation&apos;s reverse proxy. After a change, give the SMS gateway the reply URL Settings → Providers shows.</source>
        <translation>L&apos;écouteur de Herald sert les liens de désinscription en un clic que contient chaque e-mail, les liens suivis ainsi que les accusés de réception et les réponses de la passerelle SMS, où que Herald envoie&#xa0;: cette application de bureau ou un processus heraldctl. Les e-mails via SMTP ne peuvent pas être envoyés en réel sans lui. L&apos;URL publique est l&apos;adresse par laquelle destinataires et passerelles le joignent, généralement via le proxy inverse de l&apos;organisation. Après une modification, indiquez à la passerelle SMS l&apos;URL de réponse affichée dans Paramètres → Fournisseurs.</translation>
    </message>
    <message>
        <source>e.g. 127.0.0.1:8480; empty for none</source>
        <translation>p. ex. 127.0.0.1:8480&#xa0;; vide pour aucun</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Écouter sur&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. https://herald.example.org</source>
        <translation>p. ex. https://herald.example.org</translation>
    </message>
    <message>
        <source>&amp;Public URL:</source>
        <translation>URL &amp;publique&#xa0;:</translation>
    </message>
    <message>
        <source>Listener not saved</source>
        <translation>Écouteur non enregistré</translation>
    </message>
    <message>
        <source>%1 has no listener: no unsubscribe or tracked links are served.</source>
        <translation>%1 n&apos;a pas d&apos;écouteur&#xa0;: aucun lien de désinscription ni lien suivi n&apos;est servi.</translation>
    </message>
    <message>
        <source>%1 listens on %2.</source>
        <translation>%1 écoute sur %2.</translation>
    </message>
    <message>
        <source>SMS keywords of %1</source>
        <translation>Mots-clés SMS de %1</translation>
    </message>
    <message>
        <source>Replies of one word are keywords, whatever their case, accents and punctuation: STOP, STOPALL, UNSUBSCRIBE, CANCEL, END and QUIT opt out, START and UNSTOP opt back in, HELP and INFO are answered. Add the words your recipients use in their language.</source>
        <translation>Les réponses d&apos;un seul mot sont des mots-clés, quels que soient leur casse, leurs accents et leur ponctuation&#xa0;: STOP, STOPALL, UNSUBSCRIBE, CANCEL, END et QUIT désinscrivent, START et UNSTOP réinscrivent, HELP et INFO reçoivent une réponse. Ajoutez les mots que vos destinataires emploient dans leur langue.</translation>
    </message>
    <message>
        <source>e.g. ARRET, STOPP, BAJA</source>
        <translation>p. ex. ARRET, STOPP, BAJA</translation>
    </message>
    <message>
        <source>&amp;Stop words:</source>
        <translation>Mots d&apos;&amp;arrêt&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Answer to HELP:</source>
        <translation>&amp;Réponse à HELP&#xa0;:</translation>
    </message>
    <message>
        <source>SMS keywords not saved</source>
        <translation>Mots-clés SMS non enregistrés</translation>
    </message>
    <message>
        <source>Saved the SMS keywords of %1.</source>
        <translation>Mots-clés SMS de %1 enregistrés.</translation>
    </message>
    <message>
        <source>Mailbox not saved</source>
        <translation>Boîte aux lettres non enregistrée</translation>
    </message>
    <message>
        <source>%1 has no mailbox: bounces and replies are not read.</source>
        <translation>%1 n&apos;a pas de boîte aux lettres&#xa0;: les rebonds et les réponses ne sont pas lus.</translation>
    </message>
    <message>
        <source>Saved the mailbox of %1.</source>
        <translation>Boîte aux lettres de %1 enregistrée.</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>Archiver %1</translation>
    </message>
    <message>
        <source>Archive %1? Its campaigns and history are kept; nobody works in it any more.</source>
        <translation>Archiver %1&#xa0;? Ses campagnes et son historique sont conservés&#xa0;; plus personne n&apos;y travaille.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Organisation not archived</source>
        <translation>Organisation non archivée</translation>
    </message>
    <message>
        <source>Archived %1.</source>
        <translation>%1 archivée.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
</context>
<context>
    <name>herald::Text</name>
    <message>
        <source>email %1 is not an address such as ada@example.com</source>
        <translation>l&apos;e-mail %1 n&apos;est pas une adresse telle que ada@example.com</translation>
    </message>
    <message>
        <source>phone %1 is not a phone number of %2 or in +country code form</source>
        <translation>le téléphone %1 n&apos;est pas un numéro de %2 ni au format +indicatif de pays</translation>
    </message>
    <message>
        <source>time zone %1 is not a time zone id such as Europe/London</source>
        <translation>le fuseau horaire %1 n&apos;est pas un identifiant de fuseau tel que Europe/Paris</translation>
    </message>
    <message>
        <source>the custom field with the value &apos;%1&apos; needs a name</source>
        <translation>le champ personnalisé de valeur «&#xa0;%1&#xa0;» doit avoir un nom</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a standard field: give the custom field another name</source>
        <translation>«&#xa0;%1&#xa0;» est un champ standard&#xa0;: donnez un autre nom au champ personnalisé</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>the file is empty: it needs a header row naming its columns</source>
        <translation>le fichier est vide&#xa0;: il lui faut une ligne d&apos;en-tête nommant ses colonnes</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>name the contact list to import into</source>
        <translation>indiquez le nom de la liste de contacts de destination</translation>
    </message>
    <message>
        <source>region &apos;%1&apos; is not one Herald knows; give an ISO code such as GB, US or DE</source>
        <translation>la région «&#xa0;%1&#xa0;» est inconnue de Herald&#xa0;; indiquez un code ISO tel que FR, US ou DE</translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header row naming its columns</source>
        <translation>%1 est vide&#xa0;: il lui faut une ligne d&apos;en-tête nommant ses colonnes</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (for column %2) is not a field; use one of %3, custom.NAME or ignore</source>
        <translation>«&#xa0;%1&#xa0;» (pour la colonne %2) n&apos;est pas un champ&#xa0;; utilisez l&apos;un de %3, custom.NAME ou ignore</translation>
    </message>
    <message>
        <source>column %1 is not in the header of %2 (%3)</source>
        <translation>la colonne %1 ne figure pas dans l&apos;en-tête de %2 (%3)</translation>
    </message>
    <message>
        <source>%1: columns %2 (%3) and %4 (%5) are both %6: map one of them to ignore, e.g. --map &quot;#%4=ignore&quot;</source>
        <translation>%1&#xa0;: les colonnes %2 (%3) et %4 (%5) sont toutes deux %6&#xa0;: associez l&apos;une d&apos;elles à ignore, p. ex. --map &quot;#%4=ignore&quot;</translation>
    </message>
    <message>
        <source>%1 has no email or phone column (columns: %2): map one, e.g. --map &quot;#1=email&quot;</source>
        <translation>%1 n&apos;a pas de colonne e-mail ou téléphone (colonnes&#xa0;: %2)&#xa0;: associez-en une, p. ex. --map &quot;#1=email&quot;</translation>
    </message>
    <message>
        <source>the import of %1 was cancelled: nothing was imported</source>
        <translation>l&apos;import de %1 a été annulé&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Nothing was imported</source>
        <translation>impossible de lire %1&#xa0;: %2. Rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>a contact list needs a name</source>
        <translation>une liste de contacts doit avoir un nom</translation>
    </message>
    <message>
        <source>the name of a contact list</source>
        <translation>le nom d&apos;une liste de contacts</translation>
    </message>
    <message>
        <source>a tag</source>
        <translation>une étiquette</translation>
    </message>
    <message>
        <source>%1 is not a text CSV file: byte %2 is a NUL, as in binary files. Save it from the spreadsheet as CSV (UTF-8)</source>
        <translation>%1 n&apos;est pas un fichier CSV texte&#xa0;: l&apos;octet %2 est un NUL, comme dans les fichiers binaires. Enregistrez-le depuis le tableur au format CSV (UTF-8)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file is not %1 at its end: save it as UTF-8, or name its encoding</source>
        <translation>le fichier n&apos;est pas en %1 à sa fin&#xa0;: enregistrez-le en UTF-8, ou indiquez son encodage</translation>
    </message>
    <message>
        <source>the file is not %1 after byte %2 (near line %3): save it as UTF-8, or name its encoding</source>
        <translation>le fichier n&apos;est pas en %1 après l&apos;octet %2 (vers la ligne %3)&#xa0;: enregistrez-le en UTF-8, ou indiquez son encodage</translation>
    </message>
    <message>
        <source>the record on line %1 has more than %2 characters: this is not a CSV file of contacts, or a quote is never closed</source>
        <translation>l&apos;enregistrement de la ligne %1 dépasse %2 caractères&#xa0;: ce n&apos;est pas un fichier CSV de contacts, ou un guillemet n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>the record on line %1 has more than %2 fields: this is not a CSV file of contacts, or a quote is never closed</source>
        <translation>l&apos;enregistrement de la ligne %1 a plus de %2 champs&#xa0;: ce n&apos;est pas un fichier CSV de contacts, ou un guillemet n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an email address nor a phone number of %2 (give +country code)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni une adresse e-mail ni un numéro de téléphone de %2 (indiquez +indicatif de pays)</translation>
    </message>
    <message>
        <source>no contact of this tenant has %1</source>
        <translation>aucun contact de cette organisation n&apos;a %1</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; is not one of %2</source>
        <translation>la source «&#xa0;%1&#xa0;» ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>the opt-out of %1 was not kept</source>
        <translation>la désinscription de %1 n&apos;a pas été conservée</translation>
    </message>
    <message>
        <source>%1 is not on the opt-out list for %2</source>
        <translation>%1 ne figure pas sur la liste de désinscription pour %2</translation>
    </message>
    <message>
        <source>the suppression list</source>
        <translation>la liste d&apos;exclusion</translation>
    </message>
    <message>
        <source>the file is empty: it needs a header row with an email or phone column</source>
        <translation>le fichier est vide&#xa0;: il lui faut une ligne d&apos;en-tête avec une colonne e-mail ou téléphone</translation>
    </message>
    <message>
        <source>no email or phone column among %1</source>
        <translation>aucune colonne e-mail ou téléphone parmi %1</translation>
    </message>
    <message>
        <source>line %1: channel &apos;%2&apos; is not one of %3, all</source>
        <translation>ligne %1&#xa0;: le canal «&#xa0;%2&#xa0;» ne fait pas partie de %3, all</translation>
    </message>
    <message>
        <source>line %1: no email and no phone</source>
        <translation>ligne %1&#xa0;: ni e-mail ni téléphone</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file cannot be read: %1. Nothing was added</source>
        <translation>impossible de lire le fichier&#xa0;: %1. Rien n&apos;a été ajouté</translation>
    </message>
    <message>
        <source>rule %1 (%2 %3): a tag rule needs a value</source>
        <translation>règle %1 (%2 %3)&#xa0;: une règle d&apos;étiquette nécessite une valeur</translation>
    </message>
    <message>
        <source>rule %1 (%2 %3): a tag rule takes the operator has or has_not</source>
        <translation>règle %1 (%2 %3)&#xa0;: une règle d&apos;étiquette prend l&apos;opérateur has ou has_not</translation>
    </message>
    <message>
        <source>rule %1 (%2 %3): a campaign rule takes one of %4</source>
        <translation>règle %1 (%2 %3)&#xa0;: une règle de campagne prend l&apos;un de %4</translation>
    </message>
    <message>
        <source>rule %1 (%2 %3): a campaign rule needs the campaign&apos;s short ID (such as C-7K2QM)</source>
        <translation>règle %1 (%2 %3)&#xa0;: une règle de campagne nécessite l&apos;ID court de la campagne (tel que C-7K2QM)</translation>
    </message>
    <message>
        <source>rule %1 (%2 %3): a custom field name cannot contain quotes or backslashes</source>
        <translation>règle %1 (%2 %3)&#xa0;: un nom de champ personnalisé ne peut contenir ni guillemets ni barres obliques inverses</translation>
    </message>
    <message>
        <source>rule %1 (%2 %3): unknown field; use one of tag, campaign, %4 or custom.NAME</source>
        <translation>règle %1 (%2 %3)&#xa0;: champ inconnu&#xa0;; utilisez l&apos;un de tag, campaign, %4 ou custom.NAME</translation>
    </message>
    <message>
        <source>rule %1 (%2 %3): unknown operator; use %4</source>
        <translation>règle %1 (%2 %3)&#xa0;: opérateur inconnu&#xa0;; utilisez %4</translation>
    </message>
    <message>
        <source>segment rules: groups nest deeper than %1 levels</source>
        <translation>règles de segment&#xa0;: les groupes sont imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>segment rules: match must be &quot;all&quot; or &quot;any&quot;, not &quot;%1&quot;</source>
        <translation>règles de segment&#xa0;: match doit valoir &quot;all&quot; ou &quot;any&quot;, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>segment rules, group %1: match must be &quot;all&quot; or &quot;any&quot;, not &quot;%2&quot;</source>
        <translation>règles de segment, groupe %1&#xa0;: match doit valoir &quot;all&quot; ou &quot;any&quot;, et non &quot;%2&quot;</translation>
    </message>
    <message>
        <source>segment rules are not a JSON object: %1</source>
        <translation>les règles de segment ne sont pas un objet JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>%1 (custom)</source>
        <translation>%1 (personnalisé)</translation>
    </message>
    <message>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>n&apos;est pas</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>commence par</translation>
    </message>
    <message>
        <source>is set</source>
        <translation>est défini</translation>
    </message>
    <message>
        <source>is not set</source>
        <translation>n&apos;est pas défini</translation>
    </message>
    <message>
        <source>has</source>
        <translation>possède</translation>
    </message>
    <message>
        <source>does not have</source>
        <translation>ne possède pas</translation>
    </message>
    <message>
        <source>received</source>
        <translation>a reçu</translation>
    </message>
    <message>
        <source>did not receive</source>
        <translation>n&apos;a pas reçu</translation>
    </message>
    <message>
        <source>replied to</source>
        <translation>a répondu à</translation>
    </message>
    <message>
        <source>did not reply to</source>
        <translation>n&apos;a pas répondu à</translation>
    </message>
    <message>
        <source>opted out of</source>
        <translation>s&apos;est désinscrit de</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 n&apos;a pas répondu en %2 s</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 answered %2 (check the API key in Settings)</source>
        <translation>%1 a répondu %2 (vérifiez la clé API dans Paramètres)</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 a répondu %2</translation>
    </message>
    <message>
        <source>%1 answered %2: %3 (check the API key in Settings)</source>
        <translation>%1 a répondu %2&#xa0;: %3 (vérifiez la clé API dans Paramètres)</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 a répondu %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the writer&apos;s endpoint is not set up: give its URL and model in Settings</source>
        <translation>le point de terminaison du rédacteur n&apos;est pas configuré&#xa0;: indiquez son URL et son modèle dans Paramètres</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>connected to %1: model %2 is available</source>
        <translation>connecté à %1&#xa0;: le modèle %2 est disponible</translation>
    </message>
    <message>
        <source>connected to %1 (it does not list its models)</source>
        <translation>connecté à %1 (il ne liste pas ses modèles)</translation>
    </message>
    <message>
        <source>%1 does not offer model %2; it offers %3</source>
        <translation>%1 ne propose pas le modèle %2&#xa0;; il propose %3</translation>
    </message>
    <message>
        <source>the answer is not a chat completion (no choices)</source>
        <translation>la réponse n&apos;est pas une complétion de chat (aucun champ choices)</translation>
    </message>
    <message>
        <source>the answer is not a chat completion (no choices): %1</source>
        <translation>la réponse n&apos;est pas une complétion de chat (aucun champ choices)&#xa0;: %1</translation>
    </message>
    <message>
        <source>the model answered with no text</source>
        <translation>le modèle a répondu sans texte</translation>
    </message>
    <message>
        <source>left out to fit %1 segment(s): &quot;%2&quot;</source>
        <translation>omis pour tenir en %1 segment(s)&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>left out to fit: &quot;%1&quot;</source>
        <translation>omis pour respecter la limite&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the draft has no text</source>
        <translation>le brouillon n&apos;a pas de texte</translation>
    </message>
    <message>
        <source>the email has no subject</source>
        <translation>l&apos;e-mail n&apos;a pas d&apos;objet</translation>
    </message>
    <message>
        <source>the subject is %1 characters, more than %2</source>
        <translation>l&apos;objet compte %1 caractères, plus que %2</translation>
    </message>
    <message>
        <source>the email has no %1</source>
        <translation>l&apos;e-mail ne contient pas %1</translation>
    </message>
    <message>
        <source>the text is %1 segments, more than %2</source>
        <translation>le texte compte %1 segments, plus que %2</translation>
    </message>
    <message>
        <source>the text has no opt-out (&quot;%1&quot;)</source>
        <translation>le texte ne contient pas de mention de désinscription («&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 is a program or script: mail servers reject such attachments. Link to it from the body instead.</source>
        <translation>%1 est un programme ou un script&#xa0;: les serveurs de messagerie rejettent de telles pièces jointes. Placez plutôt un lien vers ce fichier dans le corps.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is empty: choose the file you meant to attach</source>
        <translation>%1 est vide&#xa0;: choisissez le fichier que vous vouliez joindre</translation>
    </message>
    <message>
        <source>%1 (%2) would take the attachments to %3, over the %4 an email may carry. Link to large files from the body instead.</source>
        <translation>%1 (%2) porterait les pièces jointes à %3, au-delà des %4 qu&apos;un e-mail peut contenir. Placez plutôt dans le corps des liens vers les fichiers volumineux.</translation>
    </message>
    <message>
        <source>the team database gave this dispatcher no id</source>
        <translation>la base de données d&apos;équipe n&apos;a attribué aucun identifiant à ce répartiteur</translation>
    </message>
    <message>
        <source>no provider is configured for %1</source>
        <translation>aucun fournisseur n&apos;est configuré pour %1</translation>
    </message>
    <message>
        <source>no number of the pool of %1 may send now (all paused, quarantined or at their daily cap): %2 messages wait. Resume or release a number, or raise a daily cap.</source>
        <translation>aucun numéro du pool de %1 ne peut envoyer maintenant (tous en pause, en quarantaine ou à leur plafond quotidien)&#xa0;: %2 messages en attente. Reprenez ou libérez un numéro, ou relevez un plafond quotidien.</translation>
    </message>
    <message>
        <source>number %1 of pool %2 was quarantined: %3. Release it on the pool&apos;s page once the cause is fixed.</source>
        <translation>le numéro %1 du pool %2 a été mis en quarantaine&#xa0;: %3. Libérez-le sur la page du pool une fois la cause corrigée.</translation>
    </message>
    <message>
        <source>provider reported message %1 going from %2 to %3: ignored</source>
        <translation>le fournisseur a signalé le passage du message %1 de %2 à %3&#xa0;: ignoré</translation>
    </message>
    <message>
        <source>Herald&apos;s listener cannot listen on %1:%2: %3; change the listener address in Settings → Organisation (%4)</source>
        <translation>L&apos;écouteur de Herald ne peut pas écouter sur %1:%2&#xa0;: %3&#xa0;; modifiez l&apos;adresse de l&apos;écouteur dans Paramètres → Organisation (%4)</translation>
    </message>
    <message>
        <source>an unsubscribe could not be recorded: %1</source>
        <translation>une désinscription n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;did not answer&quot; is about calls: %1&apos;s %2 channel has no answers</source>
        <translation>«&#xa0;n&apos;a pas décroché&#xa0;» concerne les appels&#xa0;: le canal %2 de %1 n&apos;a pas de réponses</translation>
    </message>
    <message>
        <source>no contacts were selected to follow up %1</source>
        <translation>aucun contact n&apos;a été sélectionné pour relancer %1</translation>
    </message>
    <message>
        <source>%1 is %2: remarket a campaign once it has ended or been stopped</source>
        <translation>%1 est à l&apos;état %2&#xa0;: relancez une campagne une fois qu&apos;elle est clôturée ou arrêtée</translation>
    </message>
    <message>
        <source>nobody in %1 matches &quot;%2&quot;: no follow-up was created</source>
        <translation>personne dans %1 ne correspond à «&#xa0;%2&#xa0;»&#xa0;: aucune relance n&apos;a été créée</translation>
    </message>
    <message>
        <source>This test run sends real messages to the campaign&apos;s test recipients.</source>
        <translation>Cette exécution de test envoie de vrais messages aux destinataires de test de la campagne.</translation>
    </message>
    <message>
        <source>This run sends real messages to every recipient in the campaign&apos;s audience. You confirm that they have agreed to hear from you, that the content is approved, and that you may contact them on these channels. Messages cannot be recalled once sent.</source>
        <translation>Cette exécution envoie de vrais messages à chaque destinataire de l&apos;audience de la campagne. Vous confirmez qu&apos;ils ont accepté d&apos;avoir de vos nouvelles, que le contenu est approuvé et que vous pouvez les contacter sur ces canaux. Les messages ne peuvent pas être rappelés une fois envoyés.</translation>
    </message>
    <message>
        <source>%1: the %2 channel&apos;s %3</source>
        <translation>%1&#xa0;: %3 du canal %2</translation>
    </message>
    <message>
        <source>Every recipient has given consent to be contacted on these channels.</source>
        <translation>Chaque destinataire a consenti à être contacté sur ces canaux.</translation>
    </message>
    <message>
        <source>The content is lawful and approved for sending.</source>
        <translation>Le contenu est licite et approuvé pour l&apos;envoi.</translation>
    </message>
    <message>
        <source>Every message includes a working opt-out mechanism.</source>
        <translation>Chaque message comprend un mécanisme de désinscription fonctionnel.</translation>
    </message>
    <message>
        <source>No contact who opted out is targeted.</source>
        <translation>Aucun contact désinscrit n&apos;est ciblé.</translation>
    </message>
    <message>
        <source>%1 is %2: only a campaign that has ended (Completed, Stopped or Failed) retries its failed messages</source>
        <translation>%1 est à l&apos;état %2&#xa0;: seule une campagne clôturée (Terminée, Arrêtée ou En échec) renvoie ses messages en échec</translation>
    </message>
    <message>
        <source>%1 is %2: resume or stop its channels instead of starting another run</source>
        <translation>%1 est à l&apos;état %2&#xa0;: reprenez ou arrêtez ses canaux au lieu de démarrer une autre exécution</translation>
    </message>
    <message>
        <source>%1 is %2: resume or stop its channels instead of starting another run; its held %3 channel can be started on its own</source>
        <translation>%1 est à l&apos;état %2&#xa0;: reprenez ou arrêtez ses canaux au lieu de démarrer une autre exécution&#xa0;; son canal %3 retenu peut être démarré séparément</translation>
    </message>
    <message>
        <source>the %1 channel of %2 is %3 in its current run: it has ended there; clone the campaign to send it again</source>
        <translation>le canal %1 de %2 est à l&apos;état %3 dans son exécution en cours&#xa0;: il y est clôturé&#xa0;; clonez la campagne pour l&apos;envoyer de nouveau</translation>
    </message>
    <message>
        <source>the %1 channel of %2 is %3 in its current run: pause, resume or stop it instead</source>
        <translation>le canal %1 de %2 est à l&apos;état %3 dans son exécution en cours&#xa0;: mettez-le plutôt en pause, reprenez-le ou arrêtez-le</translation>
    </message>
    <message>
        <source>%1 is Scheduled: stop the schedule first, or let it launch</source>
        <translation>%1 est planifiée&#xa0;: arrêtez d&apos;abord la planification, ou laissez-la se lancer</translation>
    </message>
    <message>
        <source>%1 is Completed and cannot be relaunched: clone it instead</source>
        <translation>%1 est terminée et ne peut pas être lancée de nouveau&#xa0;: clonez-la plutôt</translation>
    </message>
    <message>
        <source>%1 is Archived: clone it to run it again</source>
        <translation>%1 est archivée&#xa0;: clonez-la pour l&apos;exécuter de nouveau</translation>
    </message>
    <message>
        <source>%1 cannot run: %2</source>
        <translation>%1 ne peut pas être exécutée&#xa0;: %2</translation>
    </message>
    <message>
        <source>the run disclaimer for %1 was not accepted: nothing was sent</source>
        <translation>l&apos;avertissement d&apos;exécution de %1 n&apos;a pas été accepté&#xa0;: rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>%1 has nobody to send to again: no message failed for a pre-send or transient reason</source>
        <translation>%1 n&apos;a personne à qui renvoyer&#xa0;: aucun message n&apos;a échoué pour un motif antérieur à l&apos;envoi ou temporaire</translation>
    </message>
    <message>
        <source>%1 channel of %2</source>
        <translation>canal %1 de %2</translation>
    </message>
    <message>
        <source>%1 launches %2, not on a schedule: run it instead</source>
        <translation>%1 se lance en mode %2, pas sur planification&#xa0;: exécutez-la plutôt</translation>
    </message>
    <message>
        <source>%1 is already Scheduled</source>
        <translation>%1 est déjà planifiée</translation>
    </message>
    <message>
        <source>%1 has no send time: set %2 first</source>
        <translation>%1 n&apos;a pas d&apos;heure d&apos;envoi&#xa0;: définissez d&apos;abord %2</translation>
    </message>
    <message>
        <source>%1 cannot be scheduled: %2</source>
        <translation>%1 ne peut pas être planifiée&#xa0;: %2</translation>
    </message>
    <message>
        <source>the run disclaimer for %1 was not accepted: nothing was scheduled</source>
        <translation>l&apos;avertissement d&apos;exécution de %1 n&apos;a pas été accepté&#xa0;: rien n&apos;a été planifié</translation>
    </message>
    <message>
        <source>%1&apos;s send time %2 has passed: set a new one</source>
        <translation>l&apos;heure d&apos;envoi %2 de %1 est passée&#xa0;: définissez-en une nouvelle</translation>
    </message>
    <message>
        <source>%1 has no schedule to stop</source>
        <translation>%1 n&apos;a aucune planification à arrêter</translation>
    </message>
    <message>
        <source>%1 has never been launched: there is nothing to pause, resume or stop</source>
        <translation>%1 n&apos;a jamais été lancée&#xa0;: il n&apos;y a rien à mettre en pause, reprendre ou arrêter</translation>
    </message>
    <message>
        <source>the content of %1 changed while it was paused: the reviewer must approve it again before it resumes</source>
        <translation>le contenu de %1 a changé pendant la pause&#xa0;: le relecteur doit l&apos;approuver de nouveau avant la reprise</translation>
    </message>
    <message>
        <source>%1 has no %2 channel in its current run</source>
        <translation>%1 n&apos;a pas de canal %2 dans son exécution en cours</translation>
    </message>
    <message>
        <source>workspace %1 is being sent by another dispatcher: %2 (pid %3 on %4); stop it or let it send</source>
        <translation>l&apos;espace de travail %1 est en cours d&apos;envoi par un autre répartiteur&#xa0;: %2 (pid %3 sur %4)&#xa0;; arrêtez-le ou laissez-le envoyer</translation>
    </message>
    <message>
        <source>cannot lock workspace %1 for sending (%2)</source>
        <translation>impossible de verrouiller l&apos;espace de travail %1 pour l&apos;envoi (%2)</translation>
    </message>
    <message>
        <source>%1 has %2 characters: at most %3 are kept</source>
        <translation>%1 compte %2 caractères&#xa0;: %3 au plus sont conservés</translation>
    </message>
    <message>
        <source>%1 %2 holds a control character at position %3</source>
        <translation>%1 %2 contient un caractère de contrôle à la position %3</translation>
    </message>
    <message>
        <source>%1 %2 holds a control character at position %3 (it is one line of text)</source>
        <translation>%1 %2 contient un caractère de contrôle à la position %3 (il s&apos;agit d&apos;une seule ligne de texte)</translation>
    </message>
    <message>
        <source>campaign JSON: unknown key %1</source>
        <translation>JSON de campagne&#xa0;: clé inconnue %1</translation>
    </message>
    <message>
        <source>campaign JSON: &quot;%1&quot; is a text</source>
        <translation>JSON de campagne&#xa0;: &quot;%1&quot; est un texte</translation>
    </message>
    <message>
        <source>campaign JSON: &quot;%1&quot; is a list</source>
        <translation>JSON de campagne&#xa0;: &quot;%1&quot; est une liste</translation>
    </message>
    <message>
        <source>campaign JSON: each of &quot;%1&quot; is a text</source>
        <translation>JSON de campagne&#xa0;: chaque élément de &quot;%1&quot; est un texte</translation>
    </message>
    <message>
        <source>campaign JSON: &quot;activated&quot; is true or false</source>
        <translation>JSON de campagne&#xa0;: &quot;activated&quot; vaut true ou false</translation>
    </message>
    <message>
        <source>campaign JSON: &quot;%1&quot; is a whole number, 0 or more</source>
        <translation>JSON de campagne&#xa0;: &quot;%1&quot; est un nombre entier, 0 ou plus</translation>
    </message>
    <message>
        <source>campaign JSON: a %1 is a name or an id</source>
        <translation>JSON de campagne&#xa0;: «&#xa0;%1&#xa0;» est un nom ou un id</translation>
    </message>
    <message>
        <source>campaign JSON: a sender is a name or an id</source>
        <translation>JSON de campagne&#xa0;: un expéditeur est un nom ou un id</translation>
    </message>
    <message>
        <source>campaign JSON: sender %1 is a %2 sender, not one for the %3 channel</source>
        <translation>JSON de campagne&#xa0;: l&apos;expéditeur %1 est un expéditeur %2, et non un expéditeur pour le canal %3</translation>
    </message>
    <message>
        <source>campaign JSON: %1</source>
        <translation>JSON de campagne&#xa0;: %1</translation>
    </message>
    <message>
        <source>campaign JSON: &quot;name&quot; is required</source>
        <translation>JSON de campagne&#xa0;: &quot;name&quot; est obligatoire</translation>
    </message>
    <message>
        <source>campaign JSON: one_time_rules: %1</source>
        <translation>JSON de campagne&#xa0;: one_time_rules&#xa0;: %1</translation>
    </message>
    <message>
        <source>campaign JSON: one_time_rules is an object or null</source>
        <translation>JSON de campagne&#xa0;: one_time_rules est un objet ou null</translation>
    </message>
    <message>
        <source>campaign JSON: unknown launch_type %1 (use %2)</source>
        <translation>JSON de campagne&#xa0;: launch_type %1 inconnu (utilisez %2)</translation>
    </message>
    <message>
        <source>campaign JSON: unknown time_zone %1 (use an IANA name such as Europe/Berlin)</source>
        <translation>JSON de campagne&#xa0;: time_zone %1 inconnu (utilisez un nom IANA tel que Europe/Berlin)</translation>
    </message>
    <message>
        <source>campaign JSON: send_at %1 is not an ISO 8601 date-time</source>
        <translation>JSON de campagne&#xa0;: send_at %1 n&apos;est pas une date-heure ISO 8601</translation>
    </message>
    <message>
        <source>campaign JSON: launch_type %1 needs send_at</source>
        <translation>JSON de campagne&#xa0;: launch_type %1 nécessite send_at</translation>
    </message>
    <message>
        <source>campaign JSON: each channel is an object with a &quot;kind&quot;</source>
        <translation>JSON de campagne&#xa0;: chaque canal est un objet avec un &quot;kind&quot;</translation>
    </message>
    <message>
        <source>campaign JSON: unknown channel key %1</source>
        <translation>JSON de campagne&#xa0;: clé de canal inconnue %1</translation>
    </message>
    <message>
        <source>campaign JSON: a channel&apos;s &quot;%1&quot; is a text</source>
        <translation>JSON de campagne&#xa0;: le &quot;%1&quot; d&apos;un canal est un texte</translation>
    </message>
    <message>
        <source>campaign JSON: unknown channel kind %1 (use %2)</source>
        <translation>JSON de campagne&#xa0;: type de canal inconnu %1 (utilisez %2)</translation>
    </message>
    <message>
        <source>campaign JSON: the %1 channel appears twice</source>
        <translation>JSON de campagne&#xa0;: le canal %1 apparaît deux fois</translation>
    </message>
    <message>
        <source>campaign JSON: the %1 channel&apos;s %2</source>
        <translation>JSON de campagne&#xa0;: %2 du canal %1</translation>
    </message>
    <message>
        <source>the campaign name</source>
        <translation>le nom de la campagne</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>la description</translation>
    </message>
    <message>
        <source>the recurrence rule</source>
        <translation>la règle de récurrence</translation>
    </message>
    <message>
        <source>a campaign has at most %1 tags, not %2</source>
        <translation>une campagne a au plus %1 étiquettes, et non %2</translation>
    </message>
    <message>
        <source>the tag %1</source>
        <translation>l&apos;étiquette %1</translation>
    </message>
    <message>
        <source>the tag %1 has a comma: give each one on its own</source>
        <translation>l&apos;étiquette %1 contient une virgule&#xa0;: indiquez chacune séparément</translation>
    </message>
    <message>
        <source>a campaign has at most %1 test recipients, not %2</source>
        <translation>une campagne a au plus %1 destinataires de test, et non %2</translation>
    </message>
    <message>
        <source>the test recipient %1</source>
        <translation>le destinataire de test %1</translation>
    </message>
    <message>
        <source>the test recipient %1 has a comma: give each one on its own</source>
        <translation>le destinataire de test %1 contient une virgule&#xa0;: indiquez chacun séparément</translation>
    </message>
    <message>
        <source>the time to live is %1 minutes: give 0 (none) to 525600 (a year)</source>
        <translation>la durée de vie est de %1 minutes&#xa0;: indiquez de 0 (aucune) à 525600 (un an)</translation>
    </message>
    <message>
        <source>the %1 text</source>
        <translation>le texte %1</translation>
    </message>
    <message>
        <source>the %1 rate is %2 a minute: give 0 (no limit) to 1000000</source>
        <translation>le débit %1 est de %2 par minute&#xa0;: indiquez de 0 (aucune limite) à 1000000</translation>
    </message>
    <message>
        <source>a campaign needs a name</source>
        <translation>une campagne doit avoir un nom</translation>
    </message>
    <message>
        <source>%1 needs a name</source>
        <translation>%1 doit avoir un nom</translation>
    </message>
    <message>
        <source>say what to change when rejecting %1</source>
        <translation>indiquez ce qu&apos;il faut changer en rejetant %1</translation>
    </message>
    <message>
        <source>a comment on %1 needs some text</source>
        <translation>un commentaire sur %1 doit contenir du texte</translation>
    </message>
    <message>
        <source>%1 has no reviewer: choose one first</source>
        <translation>%1 n&apos;a pas de relecteur&#xa0;: choisissez-en d&apos;abord un</translation>
    </message>
    <message>
        <source>%1 is %2: there is nothing to decide</source>
        <translation>%1 est à l&apos;état %2&#xa0;: il n&apos;y a rien à décider</translation>
    </message>
    <message>
        <source>%1 has no %2 channel</source>
        <translation>%1 n&apos;a pas de canal %2</translation>
    </message>
    <message>
        <source>cannot %1 the %2: it is %3 and final (nothing more can happen to it)</source>
        <translation>impossible d&apos;appliquer «&#xa0;%1&#xa0;» au %2&#xa0;: son état %3 est définitif (plus rien ne peut lui arriver)</translation>
    </message>
    <message>
        <source>cannot %1 the %2: it is %3; allowed: %4</source>
        <translation>impossible d&apos;appliquer «&#xa0;%1&#xa0;» au %2&#xa0;: il est à l&apos;état %3&#xa0;; autorisé&#xa0;: %4</translation>
    </message>
    <message>
        <source>cannot complete the %1: messages are still Queued, Sending or Retrying; it completes once they are done</source>
        <translation>impossible de terminer le %1&#xa0;: des messages sont encore à l&apos;état En file d&apos;attente, En cours d&apos;envoi ou Nouvelle tentative&#xa0;; il se termine une fois ceux-ci traités</translation>
    </message>
    <message>
        <source>%1 is %2: stop the schedule first, then edit</source>
        <translation>%1 est à l&apos;état %2&#xa0;: arrêtez d&apos;abord la planification, puis modifiez-la</translation>
    </message>
    <message>
        <source>%1 is %2: it cannot be edited while sending; pause it to change its content</source>
        <translation>%1 est à l&apos;état %2&#xa0;: elle ne peut pas être modifiée pendant l&apos;envoi&#xa0;; mettez-la en pause pour modifier son contenu</translation>
    </message>
    <message>
        <source>%1 is %2: only its content can be edited (which needs the reviewer&apos;s approval again); stop it to change anything else</source>
        <translation>%1 est à l&apos;état %2&#xa0;: seul son contenu peut être modifié (ce qui nécessite une nouvelle approbation du relecteur)&#xa0;; arrêtez-la pour modifier autre chose</translation>
    </message>
    <message>
        <source>%1 is %2: a completed campaign cannot be edited or relaunched; clone it instead</source>
        <translation>%1 est à l&apos;état %2&#xa0;: une campagne terminée ne peut être ni modifiée ni lancée de nouveau&#xa0;; clonez-la plutôt</translation>
    </message>
    <message>
        <source>%1 is %2: archived campaigns are read-only; clone it to reuse it</source>
        <translation>%1 est à l&apos;état %2&#xa0;: les campagnes archivées sont en lecture seule&#xa0;; clonez-la pour la réutiliser</translation>
    </message>
    <message>
        <source>%1 is already Archived</source>
        <translation>%1 est déjà archivée</translation>
    </message>
    <message>
        <source>%1 is %2: only Completed, Stopped or Failed campaigns can be archived</source>
        <translation>%1 est à l&apos;état %2&#xa0;: seules les campagnes Terminées, Arrêtées ou En échec peuvent être archivées</translation>
    </message>
    <message>
        <source>%1 is %2: stop it before deleting it</source>
        <translation>%1 est à l&apos;état %2&#xa0;: arrêtez-la avant de la supprimer</translation>
    </message>
    <message>
        <source>cannot move %1 (%2) from %3 to %4: it is final</source>
        <translation>impossible de faire passer %1 (%2) de %3 à %4&#xa0;: cet état est définitif</translation>
    </message>
    <message>
        <source>cannot move %1 (%2) from %3 to %4: from %3 it may go to %5</source>
        <translation>impossible de faire passer %1 (%2) de %3 à %4&#xa0;: depuis %3, il peut passer à %5</translation>
    </message>
    <message>
        <source>this campaign</source>
        <translation>cette campagne</translation>
    </message>
    <message>
        <source>the %1 channel</source>
        <translation>le canal %1</translation>
    </message>
    <message>
        <source>the %1 channel of %2</source>
        <translation>le canal %1 de %2</translation>
    </message>
    <message>
        <source>an email address</source>
        <translation>une adresse e-mail</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>un numéro de téléphone</translation>
    </message>
    <message>
        <source>the template &apos;%1&apos; of %2 was deleted</source>
        <translation>%2&#xa0;: le modèle «&#xa0;%1&#xa0;» a été supprimé</translation>
    </message>
    <message>
        <source>Choose another template for this channel.</source>
        <translation>Choisissez un autre modèle pour ce canal.</translation>
    </message>
    <message>
        <source>%1 has no template</source>
        <translation>%1 n&apos;a pas de modèle</translation>
    </message>
    <message>
        <source>Choose an email template for this channel.</source>
        <translation>Choisissez un modèle d&apos;e-mail pour ce canal.</translation>
    </message>
    <message>
        <source>%1 has no call script</source>
        <translation>%1 n&apos;a pas de script d&apos;appel</translation>
    </message>
    <message>
        <source>Write the call script or choose a script template.</source>
        <translation>Rédigez le script d&apos;appel ou choisissez un modèle de script.</translation>
    </message>
    <message>
        <source>%1 has no message text</source>
        <translation>%1 n&apos;a pas de texte de message</translation>
    </message>
    <message>
        <source>Write the message text or choose a template.</source>
        <translation>Rédigez le texte du message ou choisissez un modèle.</translation>
    </message>
    <message>
        <source>%1 has no unsubscribe link</source>
        <translation>%1 n&apos;a pas de lien de désinscription</translation>
    </message>
    <message>
        <source>Add {{unsubscribe_url}} to the email body.</source>
        <translation>Ajoutez {{unsubscribe_url}} au corps de l&apos;e-mail.</translation>
    </message>
    <message>
        <source>%1 has a subject in capital letters: &quot;%2&quot;</source>
        <translation>%1 a un objet en majuscules&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Write the subject in sentence case: spam filters mark shouting subjects.</source>
        <translation>Écrivez l&apos;objet en casse de phrase&#xa0;: les filtres anti-spam signalent les objets en majuscules.</translation>
    </message>
    <message>
        <source>%1 has no opt-out text</source>
        <translation>%1 n&apos;a pas de mention de désinscription</translation>
    </message>
    <message>
        <source>Add {{opt_out_text}} or &quot;Reply STOP to opt out&quot; to the message.</source>
        <translation>Ajoutez {{opt_out_text}} ou «&#xa0;Répondez STOP pour vous désinscrire&#xa0;» au message.</translation>
    </message>
    <message>
        <source>%1 uses unknown merge field(s) %2</source>
        <translation>%1 utilise des champs de fusion inconnus&#xa0;: %2</translation>
    </message>
    <message>
        <source>Use one of: %1 (custom fields come with contacts imported from CSV).</source>
        <translation>Utilisez l&apos;un des champs suivants&#xa0;: %1 (les champs personnalisés proviennent des contacts importés depuis un CSV).</translation>
    </message>
    <message>
        <source>%1 has no goal</source>
        <translation>%1 n&apos;a pas d&apos;objectif</translation>
    </message>
    <message>
        <source>the goal &apos;%1&apos; of %2 was deleted</source>
        <translation>l&apos;objectif «&#xa0;%1&#xa0;» de %2 a été supprimé</translation>
    </message>
    <message>
        <source>Choose the goal this campaign works towards.</source>
        <translation>Choisissez l&apos;objectif que vise cette campagne.</translation>
    </message>
    <message>
        <source>%1 has no writer</source>
        <translation>%1 n&apos;a pas de rédacteur</translation>
    </message>
    <message>
        <source>the writer &apos;%1&apos; of %2 was deleted</source>
        <translation>le rédacteur «&#xa0;%1&#xa0;» de %2 a été supprimé</translation>
    </message>
    <message>
        <source>Choose the writer whose instructions produce the content.</source>
        <translation>Choisissez le rédacteur dont les consignes produisent le contenu.</translation>
    </message>
    <message>
        <source>%1 has no reviewer</source>
        <translation>%1 n&apos;a pas de relecteur</translation>
    </message>
    <message>
        <source>the reviewer &apos;%1&apos; of %2 may no longer approve (deactivated, or their role changed)</source>
        <translation>le relecteur «&#xa0;%1&#xa0;» de %2 ne peut plus approuver (désactivé, ou son rôle a changé)</translation>
    </message>
    <message>
        <source>Choose the reviewer who approves the content (an admin adds reviewers in Settings → People, or with heraldctl users add NAME --role reviewer).</source>
        <translation>Choisissez le relecteur qui approuve le contenu (un administrateur ajoute des relecteurs dans Paramètres → Personnes, ou avec heraldctl users add NAME --role reviewer).</translation>
    </message>
    <message>
        <source>the content of %1 is not approved by its reviewer &apos;%2&apos; (or changed since the approval)</source>
        <translation>le contenu de %1 n&apos;est pas approuvé par son relecteur «&#xa0;%2&#xa0;» (ou a changé depuis l&apos;approbation)</translation>
    </message>
    <message>
        <source>Ask %1 to approve the current content.</source>
        <translation>Demandez à %1 d&apos;approuver le contenu actuel.</translation>
    </message>
    <message>
        <source>%1 has no audience: no contact list and no send-to segment</source>
        <translation>%1 n&apos;a pas d&apos;audience&#xa0;: ni liste de contacts ni segment de destination</translation>
    </message>
    <message>
        <source>Choose a contact list or a send-to segment.</source>
        <translation>Choisissez une liste de contacts ou un segment de destination.</translation>
    </message>
    <message>
        <source>the segment &apos;%1&apos; of %2 was deleted</source>
        <translation>le segment «&#xa0;%1&#xa0;» de %2 a été supprimé</translation>
    </message>
    <message>
        <source>Remove it from the campaign&apos;s audience or choose another segment.</source>
        <translation>Retirez-le de l&apos;audience de la campagne ou choisissez un autre segment.</translation>
    </message>
    <message>
        <source>the send-to segment &apos;%1&apos; of %2 matches nobody</source>
        <translation>le segment de destination «&#xa0;%1&#xa0;» de %2 ne correspond à personne</translation>
    </message>
    <message>
        <source>Change the segment&apos;s rules or choose another segment.</source>
        <translation>Modifiez les règles du segment ou choisissez un autre segment.</translation>
    </message>
    <message>
        <source>the audience of %1 is empty</source>
        <translation>l&apos;audience de %1 est vide</translation>
    </message>
    <message>
        <source>Add contacts to the list or widen the send-to segments.</source>
        <translation>Ajoutez des contacts à la liste ou élargissez les segments de destination.</translation>
    </message>
    <message>
        <source>the exclude segments and one-time rules of %1 remove all %2 included contacts</source>
        <translation>les segments d&apos;exclusion et les règles ponctuelles de %1 retirent la totalité des %2 contacts inclus</translation>
    </message>
    <message>
        <source>Loosen the exclusions or widen the send-to segments.</source>
        <translation>Assouplissez les exclusions ou élargissez les segments de destination.</translation>
    </message>
    <message>
        <source>%1 is not activated</source>
        <translation>%1 n&apos;est pas activée</translation>
    </message>
    <message>
        <source>Activate the campaign once its configuration is final.</source>
        <translation>Activez la campagne une fois sa configuration définitive.</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; (role %2) may not run %3</source>
        <translation>l&apos;utilisateur «&#xa0;%1&#xa0;» (rôle %2) ne peut pas exécuter %3</translation>
    </message>
    <message>
        <source>Ask an admin or a manager to run it, or to change your role.</source>
        <translation>Demandez à un administrateur ou à un gestionnaire de l&apos;exécuter, ou de changer votre rôle.</translation>
    </message>
    <message>
        <source>%1 has no channel</source>
        <translation>%1 n&apos;a aucun canal</translation>
    </message>
    <message>
        <source>Add an email, SMS or phone channel.</source>
        <translation>Ajoutez un canal e-mail, SMS ou téléphone.</translation>
    </message>
    <message>
        <source>%1 has no sender</source>
        <translation>%1 n&apos;a pas d&apos;expéditeur</translation>
    </message>
    <message>
        <source>Choose the sender identity (from address, sender name or number pool).</source>
        <translation>Choisissez l&apos;identité d&apos;expéditeur (adresse d&apos;expédition, nom d&apos;expéditeur ou pool de numéros).</translation>
    </message>
    <message>
        <source>the sender &apos;%1&apos; of %2 is paused</source>
        <translation>%2&#xa0;: l&apos;expéditeur «&#xa0;%1&#xa0;» est en pause</translation>
    </message>
    <message>
        <source>Resume the sender or choose another one.</source>
        <translation>Reprenez l&apos;expéditeur ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>the number pool of sender &apos;%1&apos; of %2 has no active number</source>
        <translation>%2&#xa0;: le pool de numéros de l&apos;expéditeur «&#xa0;%1&#xa0;» n&apos;a aucun numéro actif</translation>
    </message>
    <message>
        <source>Add or resume a number in the pool, or release a quarantined one.</source>
        <translation>Ajoutez ou reprenez un numéro dans le pool, ou libérez un numéro en quarantaine.</translation>
    </message>
    <message>
        <source>the sender &apos;%1&apos; of %2 has no from address</source>
        <translation>%2&#xa0;: l&apos;expéditeur «&#xa0;%1&#xa0;» n&apos;a pas d&apos;adresse d&apos;expédition</translation>
    </message>
    <message>
        <source>Set the sender&apos;s from address.</source>
        <translation>Définissez l&apos;adresse d&apos;expédition de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Configure the %1 provider in Settings.</source>
        <translation>Configurez le fournisseur %1 dans Paramètres.</translation>
    </message>
    <message>
        <source>the %1 provider for %2 has no credentials</source>
        <translation>%2&#xa0;: le fournisseur %1 n&apos;a pas d&apos;identifiants</translation>
    </message>
    <message>
        <source>Enter the %1 credentials in Settings.</source>
        <translation>Saisissez les identifiants %1 dans Paramètres.</translation>
    </message>
    <message>
        <source>%1 needs a working unsubscribe link, but the organisation has no listener address and public URL to serve it</source>
        <translation>%1 nécessite un lien de désinscription fonctionnel, mais l&apos;organisation n&apos;a ni adresse d&apos;écouteur ni URL publique pour le servir</translation>
    </message>
    <message>
        <source>Set them in Settings → Organisation (heraldctl tenants edit NAME --listen HOST:PORT --public-url URL).</source>
        <translation>Définissez-les dans Paramètres → Organisation (heraldctl tenants edit NAME --listen HOST:PORT --public-url URL).</translation>
    </message>
    <message>
        <source>%1: bounces, complaints and replies will not be read, because the organisation has no mailbox; addresses that bounce stay on the list</source>
        <translation>%1&#xa0;: les rebonds, plaintes et réponses ne seront pas lus, car l&apos;organisation n&apos;a pas de boîte aux lettres&#xa0;; les adresses en rebond restent dans la liste</translation>
    </message>
    <message>
        <source>Set one in Settings → Organisations → Mailbox… (heraldctl mailbox set).</source>
        <translation>Configurez-en une dans Paramètres → Organisations → Boîte aux lettres… (heraldctl mailbox set).</translation>
    </message>
    <message>
        <source>%1 cannot start while the %2 channel of %3 is Running: only one %2 campaign runs at a time in a tenant</source>
        <translation>%1 ne peut pas démarrer tant que le canal %2 de %3 est en cours&#xa0;: une seule campagne %2 s&apos;exécute à la fois dans une organisation</translation>
    </message>
    <message>
        <source>Wait until %1 completes, or pause or stop it.</source>
        <translation>Attendez que %1 se termine, ou mettez-la en pause ou arrêtez-la.</translation>
    </message>
    <message>
        <source>nobody in the audience of %1 has %2 and has not opted out</source>
        <translation>%1&#xa0;: personne dans l&apos;audience n&apos;a %2 sans s&apos;être désinscrit</translation>
    </message>
    <message>
        <source>Widen the audience or remove this channel.</source>
        <translation>Élargissez l&apos;audience ou retirez ce canal.</translation>
    </message>
    <message>
        <source>%1 has no test recipient with %2</source>
        <translation>%1 n&apos;a aucun destinataire de test avec %2</translation>
    </message>
    <message>
        <source>Add a test recipient with %1 to the campaign.</source>
        <translation>Ajoutez à la campagne un destinataire de test avec %1.</translation>
    </message>
    <message>
        <source>%1 tracks link clicks, but the organisation has no listener address and public URL for the tracked links</source>
        <translation>%1 suit les clics sur les liens, mais l&apos;organisation n&apos;a ni adresse d&apos;écouteur ni URL publique pour les liens suivis</translation>
    </message>
    <message>
        <source>Set them in Settings → Organisation (heraldctl tenants edit NAME --listen HOST:PORT --public-url URL), or turn click tracking off.</source>
        <translation>Définissez-les dans Paramètres → Organisation (heraldctl tenants edit NAME --listen HOST:PORT --public-url URL), ou désactivez le suivi des clics.</translation>
    </message>
    <message>
        <source>%1 needs %2 credits (an SMS segment or a call each); the tenant has %3</source>
        <translation>%1 nécessite %2 crédits (un par segment SMS ou par appel)&#xa0;; l&apos;organisation en a %3</translation>
    </message>
    <message>
        <source>Top up the tenant&apos;s balance or narrow the audience.</source>
        <translation>Rechargez le solde de l&apos;organisation ou réduisez l&apos;audience.</translation>
    </message>
    <message>
        <source>campaign &apos;%1&apos; (%2)</source>
        <translation>la campagne «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>name the number pool</source>
        <translation>indiquez le nom du pool de numéros</translation>
    </message>
    <message>
        <source>no number pool %1 in this tenant (%2 shows them)</source>
        <translation>aucun pool de numéros %1 dans cette organisation (%2 les affiche)</translation>
    </message>
    <message>
        <source>a number pool needs a name</source>
        <translation>un pool de numéros doit avoir un nom</translation>
    </message>
    <message>
        <source>the name of a number pool</source>
        <translation>le nom d&apos;un pool de numéros</translation>
    </message>
    <message>
        <source>number pool %1 exists already</source>
        <translation>le pool de numéros %1 existe déjà</translation>
    </message>
    <message>
        <source>a daily cap cannot be negative (0 means no cap)</source>
        <translation>un plafond quotidien ne peut pas être négatif (0 signifie sans plafond)</translation>
    </message>
    <message numerus="yes">
        <source>number pool %1 is used by the sender(s) %2: give them another pool or delete them first</source>
        <translation>
            <numerusform>le pool de numéros %1 est utilisé par l&apos;expéditeur %2&#xa0;: donnez-lui un autre pool ou supprimez-le d&apos;abord</numerusform>
            <numerusform>le pool de numéros %1 est utilisé par les expéditeurs %2&#xa0;: donnez-leur un autre pool ou supprimez-les d&apos;abord</numerusform>
        </translation>
    </message>
    <message>
        <source>not a phone number in E.164 form: + (or 00), the country code and the number, e.g. +44 7700 900123</source>
        <translation>numéro de téléphone non conforme au format E.164&#xa0;: + (ou 00), l&apos;indicatif de pays et le numéro, p. ex. +44 7700 900123</translation>
    </message>
    <message>
        <source>twice in the list (line %1)</source>
        <translation>en double dans la liste (ligne %1)</translation>
    </message>
    <message>
        <source>in pool %1 already</source>
        <translation>déjà dans le pool %1</translation>
    </message>
    <message>
        <source>in pool %1 already: remove it there first</source>
        <translation>déjà dans le pool %1&#xa0;: retirez-le d&apos;abord de celui-ci</translation>
    </message>
    <message>
        <source>the list holds no numbers</source>
        <translation>la liste ne contient aucun numéro</translation>
    </message>
    <message>
        <source>line %1 %2: %3</source>
        <translation>ligne %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>%1 of %2 numbers cannot be added, so none was: %3</source>
        <translation>%1 numéros sur %2 ne peuvent pas être ajoutés, aucun ne l&apos;a donc été&#xa0;: %3</translation>
    </message>
    <message>
        <source>not a phone number in E.164 form</source>
        <translation>numéro de téléphone non conforme au format E.164</translation>
    </message>
    <message>
        <source>not in pool %1</source>
        <translation>absent du pool %1</translation>
    </message>
    <message>
        <source>%1 of %2 numbers cannot be removed, so none was: %3</source>
        <translation>%1 numéros sur %2 ne peuvent pas être retirés, aucun ne l&apos;a donc été&#xa0;: %3</translation>
    </message>
    <message>
        <source>only SMS and phone senders send from a number pool; %1 is a %2 sender</source>
        <translation>seuls les expéditeurs SMS et téléphone envoient depuis un pool de numéros&#xa0;; %1 est un expéditeur %2</translation>
    </message>
    <message>
        <source>a user needs a name</source>
        <translation>un utilisateur doit avoir un nom</translation>
    </message>
    <message>
        <source>the user&apos;s name</source>
        <translation>le nom de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>the email address %1 is not one (name@domain.tld)</source>
        <translation>l&apos;adresse e-mail %1 n&apos;est pas valide (nom@domaine.tld)</translation>
    </message>
    <message>
        <source>in a team workspace you act as your database login &apos;%1&apos;: %2 is for workspace files (connect as another login to act as someone else)</source>
        <translation>dans un espace de travail d&apos;équipe, vous agissez sous votre identifiant de base de données «&#xa0;%1&#xa0;»&#xa0;: %2 est réservé aux fichiers d&apos;espace de travail (connectez-vous avec un autre identifiant pour agir en tant qu&apos;une autre personne)</translation>
    </message>
    <message>
        <source>the database login &apos;%1&apos; is not a user of this tenant: an admin adds it with &apos;%2&apos;</source>
        <translation>l&apos;identifiant de base de données «&#xa0;%1&#xa0;» n&apos;est pas un utilisateur de cette organisation&#xa0;: un administrateur l&apos;ajoute avec «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>user %1 (login &apos;%2&apos;) was deactivated on %3: an admin can reactivate them</source>
        <translation>l&apos;utilisateur %1 (identifiant «&#xa0;%2&#xa0;») a été désactivé le %3&#xa0;: un administrateur peut le réactiver</translation>
    </message>
    <message>
        <source>the tenant has no active admin: name a user with %1</source>
        <translation>l&apos;organisation n&apos;a aucun administrateur actif&#xa0;: désignez un utilisateur avec %1</translation>
    </message>
    <message>
        <source>user %1 was deactivated on %2: an admin can reactivate them</source>
        <translation>l&apos;utilisateur %1 a été désactivé le %2&#xa0;: un administrateur peut le réactiver</translation>
    </message>
    <message>
        <source>name the user</source>
        <translation>indiquez le nom de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>user %1 exists already</source>
        <translation>l&apos;utilisateur %1 existe déjà</translation>
    </message>
    <message>
        <source>user %1 exists already (deactivated: reactivate them)</source>
        <translation>l&apos;utilisateur %1 existe déjà (désactivé&#xa0;: réactivez-le)</translation>
    </message>
    <message>
        <source>cannot make %1 of %2: they are the tenant&apos;s last active admin. Make another user admin first</source>
        <translation>impossible de faire de %2 un %1&#xa0;: c&apos;est le dernier administrateur actif de l&apos;organisation. Nommez d&apos;abord un autre utilisateur administrateur</translation>
    </message>
    <message>
        <source>user %1 is deactivated already</source>
        <translation>l&apos;utilisateur %1 est déjà désactivé</translation>
    </message>
    <message>
        <source>you cannot deactivate yourself (%1): ask another admin</source>
        <translation>vous ne pouvez pas vous désactiver vous-même (%1)&#xa0;: demandez à un autre administrateur</translation>
    </message>
    <message>
        <source>cannot deactivate %1: they are the tenant&apos;s last active admin. Make another user admin first</source>
        <translation>impossible de désactiver %1&#xa0;: c&apos;est le dernier administrateur actif de l&apos;organisation. Nommez d&apos;abord un autre utilisateur administrateur</translation>
    </message>
    <message>
        <source>a database login is for team workspaces (%1): on a workspace file people act by name</source>
        <translation>un identifiant de base de données est réservé aux espaces de travail d&apos;équipe (%1)&#xa0;: dans un fichier d&apos;espace de travail, les personnes agissent par leur nom</translation>
    </message>
    <message>
        <source>the database login &apos;%1&apos; is user %2 of this tenant already</source>
        <translation>l&apos;identifiant de base de données «&#xa0;%1&#xa0;» est déjà l&apos;utilisateur %2 de cette organisation</translation>
    </message>
    <message>
        <source>service logins are for team workspaces (%1): on a workspace file &apos;%2&apos; needs none</source>
        <translation>les identifiants de service sont réservés aux espaces de travail d&apos;équipe (%1)&#xa0;: dans un fichier d&apos;espace de travail, «&#xa0;%2&#xa0;» n&apos;en a pas besoin</translation>
    </message>
    <message>
        <source>the database login &apos;%1&apos; is user %2: a worker&apos;s login is a login of its own</source>
        <translation>l&apos;identifiant de base de données «&#xa0;%1&#xa0;» est l&apos;utilisateur %2&#xa0;: l&apos;identifiant d&apos;un processus de travail doit lui être propre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a service login of this tenant (see %2)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de service de cette organisation (voir %2)</translation>
    </message>
    <message>
        <source>the name of a %1 sender</source>
        <translation>le nom d&apos;un expéditeur %1</translation>
    </message>
    <message>
        <source>an email sender needs a from address (%1), e.g. news@example.com</source>
        <translation>un expéditeur e-mail doit avoir une adresse d&apos;expédition (%1), p. ex. news@example.com</translation>
    </message>
    <message>
        <source>the from address %1 is not an email address (name@domain.tld)</source>
        <translation>l&apos;adresse d&apos;expédition %1 n&apos;est pas une adresse e-mail (nom@domaine.tld)</translation>
    </message>
    <message>
        <source>the reply-to address %1 is not an email address (name@domain.tld)</source>
        <translation>l&apos;adresse de réponse %1 n&apos;est pas une adresse e-mail (nom@domaine.tld)</translation>
    </message>
    <message>
        <source>an email sender sends from its address, not from a number pool</source>
        <translation>un expéditeur e-mail envoie depuis son adresse, pas depuis un pool de numéros</translation>
    </message>
    <message>
        <source>the SMS sender ID %1 is not one: up to %2 letters, digits or spaces with at least one letter (e.g. NORTHWIND); to send from numbers, give a number pool (%3)</source>
        <translation>l&apos;identifiant d&apos;expéditeur SMS %1 n&apos;est pas valide&#xa0;: jusqu&apos;à %2 lettres, chiffres ou espaces dont au moins une lettre (p. ex. NORTHWIND)&#xa0;; pour envoyer depuis des numéros, indiquez un pool de numéros (%3)</translation>
    </message>
    <message>
        <source>a phone sender calls from a number pool&apos;s numbers: give the pool (%1)</source>
        <translation>un expéditeur téléphone appelle depuis les numéros d&apos;un pool&#xa0;: indiquez le pool (%1)</translation>
    </message>
    <message>
        <source>a Viber sender name has at most %1 characters: %2 has %3</source>
        <translation>un nom d&apos;expéditeur Viber compte au plus %1 caractères&#xa0;: %2 en compte %3</translation>
    </message>
    <message>
        <source>the Telegram bot %1 is not a bot&apos;s username: 5 to 32 letters, digits or underscores, starting with a letter and ending in &quot;bot&quot; (e.g. NorthwindBot)</source>
        <translation>le bot Telegram %1 n&apos;est pas un nom d&apos;utilisateur de bot&#xa0;: 5 à 32 lettres, chiffres ou traits de soulignement, commençant par une lettre et se terminant par &quot;bot&quot; (p. ex. NorthwindBot)</translation>
    </message>
    <message>
        <source>only SMS and phone senders send from a number pool, not %1 ones</source>
        <translation>seuls les expéditeurs SMS et téléphone envoient depuis un pool de numéros, pas les expéditeurs %1</translation>
    </message>
    <message>
        <source>a %1 sender needs a name (%2)</source>
        <translation>un expéditeur %1 doit avoir un nom (%2)</translation>
    </message>
    <message>
        <source>the %1 sender %2 exists already: choose another name or edit that one</source>
        <translation>l&apos;expéditeur %1 %2 existe déjà&#xa0;: choisissez un autre nom ou modifiez celui-ci</translation>
    </message>
    <message>
        <source>the %1 sender %2 is used by %3, which has not ended: choose another sender there first (or pause this one)</source>
        <translation>l&apos;expéditeur %1 %2 est utilisé par %3, qui n&apos;est pas clôturée&#xa0;: choisissez d&apos;abord un autre expéditeur dans celle-ci (ou mettez celui-ci en pause)</translation>
    </message>
    <message>
        <source>the %1 sender %2 is used by %3, which have not ended: choose another sender there first (or pause this one)</source>
        <translation>l&apos;expéditeur %1 %2 est utilisé par %3, qui ne sont pas clôturées&#xa0;: choisissez d&apos;abord un autre expéditeur dans celles-ci (ou mettez celui-ci en pause)</translation>
    </message>
    <message>
        <source>name the database login</source>
        <translation>indiquez l&apos;identifiant de base de données</translation>
    </message>
    <message>
        <source>the database login %1 has capitals: use %2 (Herald keeps logins in lower case, so that one person is never two)</source>
        <translation>l&apos;identifiant de base de données %1 contient des majuscules&#xa0;: utilisez %2 (Herald conserve les identifiants en minuscules, afin qu&apos;une même personne ne soit jamais comptée deux fois)</translation>
    </message>
    <message>
        <source>the database login %1 is not one Herald links: lower case letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;@&apos; and &apos;-&apos;, starting with a letter, at most 63 characters</source>
        <translation>l&apos;identifiant de base de données %1 ne peut pas être lié par Herald&#xa0;: lettres minuscules, chiffres, &apos;_&apos;, &apos;.&apos;, &apos;@&apos; et &apos;-&apos;, commençant par une lettre, 63 caractères au plus</translation>
    </message>
    <message>
        <source>%1. The login &apos;%2&apos; may not create logins: give it %3, or have a database administrator run %4 and link it again</source>
        <translation>%1. L&apos;identifiant «&#xa0;%2&#xa0;» ne peut pas créer d&apos;identifiants&#xa0;: accordez-lui %3, ou faites exécuter %4 par un administrateur de base de données et liez-le de nouveau</translation>
    </message>
    <message>
        <source>a tenant needs a name</source>
        <translation>une organisation doit avoir un nom</translation>
    </message>
    <message>
        <source>the tenant&apos;s name</source>
        <translation>le nom de l&apos;organisation</translation>
    </message>
    <message>
        <source>a tenant named %1 exists already</source>
        <translation>une organisation nommée %1 existe déjà</translation>
    </message>
    <message>
        <source>name the tenant</source>
        <translation>indiquez le nom de l&apos;organisation</translation>
    </message>
    <message>
        <source>unknown time zone %1 (an IANA name such as Europe/Berlin)</source>
        <translation>fuseau horaire %1 inconnu (un nom IANA tel que Europe/Berlin)</translation>
    </message>
    <message>
        <source>user %1 is not an admin of tenant %2: only its admins rename it</source>
        <translation>l&apos;utilisateur %1 n&apos;est pas administrateur de l&apos;organisation %2&#xa0;: seuls ses administrateurs peuvent la renommer</translation>
    </message>
    <message>
        <source>unknown time zone %1: use an IANA name such as Europe/London</source>
        <translation>fuseau horaire %1 inconnu&#xa0;: utilisez un nom IANA tel que Europe/London</translation>
    </message>
    <message>
        <source>the default send window: %1</source>
        <translation>la plage d&apos;envoi par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <source>user %1 is not an admin of tenant %2: only its admins configure it</source>
        <translation>l&apos;utilisateur %1 n&apos;est pas administrateur de l&apos;organisation %2&#xa0;: seuls ses administrateurs peuvent la configurer</translation>
    </message>
    <message>
        <source>the listener address %1 is not HOST:PORT with an IP address and a port from 1 to 65535 (e.g. 127.0.0.1:8480, 0.0.0.0:8480 for every interface)</source>
        <translation>l&apos;adresse d&apos;écoute %1 n&apos;est pas au format HOST:PORT avec une adresse IP et un port de 1 à 65535 (p. ex. 127.0.0.1:8480, 0.0.0.0:8480 pour toutes les interfaces)</translation>
    </message>
    <message>
        <source>user %1 is not an admin of tenant %2: only its admins configure the mailbox of it</source>
        <translation>l&apos;utilisateur %1 n&apos;est pas administrateur de l&apos;organisation %2&#xa0;: seuls ses administrateurs peuvent configurer sa boîte aux lettres</translation>
    </message>
    <message>
        <source>the public URL %1 is not an http or https address without a query (e.g. https://herald.example.org)</source>
        <translation>l&apos;URL publique %1 n&apos;est pas une adresse http ou https sans paramètres de requête (p. ex. https://herald.example.org)</translation>
    </message>
    <message>
        <source>user %1 is not an admin of tenant %2: only its admins configure the listener of it</source>
        <translation>l&apos;utilisateur %1 n&apos;est pas administrateur de l&apos;organisation %2&#xa0;: seuls ses administrateurs peuvent configurer son écouteur</translation>
    </message>
    <message>
        <source>the HELP answer has %1 characters; keep it to 480 (three SMS segments)</source>
        <translation>la réponse à HELP compte %1 caractères&#xa0;; limitez-la à 480 (trois segments SMS)</translation>
    </message>
    <message>
        <source>user %1 is not an admin of tenant %2: only its admins set the SMS keywords of it</source>
        <translation>l&apos;utilisateur %1 n&apos;est pas administrateur de l&apos;organisation %2&#xa0;: seuls ses administrateurs peuvent définir ses mots-clés SMS</translation>
    </message>
    <message>
        <source>user %1 is not an admin of tenant %2: only its admins set up it</source>
        <translation>l&apos;utilisateur %1 n&apos;est pas administrateur de l&apos;organisation %2&#xa0;: seuls ses administrateurs peuvent la paramétrer</translation>
    </message>
    <message>
        <source>user %1 is not an admin of tenant %2: only its admins archive it</source>
        <translation>l&apos;utilisateur %1 n&apos;est pas administrateur de l&apos;organisation %2&#xa0;: seuls ses administrateurs peuvent l&apos;archiver</translation>
    </message>
    <message>
        <source>tenant %1 is archived already</source>
        <translation>l&apos;organisation %1 est déjà archivée</translation>
    </message>
    <message>
        <source>tenant %1 is the workspace&apos;s default: it cannot be archived</source>
        <translation>l&apos;organisation %1 est celle par défaut de l&apos;espace de travail&#xa0;: elle ne peut pas être archivée</translation>
    </message>
    <message>
        <source>you are working in tenant %1: archive it from another tenant you administer</source>
        <translation>vous travaillez dans l&apos;organisation %1&#xa0;: archivez-la depuis une autre organisation que vous administrez</translation>
    </message>
    <message>
        <source>tenant %1 has %2 channel(s) running or paused: stop them first</source>
        <translation>l&apos;organisation %1 a %2 canal(aux) en cours ou en pause&#xa0;: arrêtez-les d&apos;abord</translation>
    </message>
    <message>
        <source>run %1 is not a run of %2</source>
        <translation>l&apos;exécution %1 n&apos;est pas une exécution de %2</translation>
    </message>
    <message>
        <source>campaign %1 has not run yet: there is nothing to report</source>
        <translation>la campagne %1 n&apos;a pas encore été exécutée&#xa0;: il n&apos;y a rien à rapporter</translation>
    </message>
    <message>
        <source>the comparison</source>
        <translation>la comparaison</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>l&apos;export</translation>
    </message>
    <message>
        <source>the export was cancelled after %1 of %2 messages</source>
        <translation>l&apos;export a été annulé après %1 messages sur %2</translation>
    </message>
    <message>
        <source>the report of %1</source>
        <translation>le rapport de %1</translation>
    </message>
    <message>
        <source>send window &apos;%1&apos; is not of the form 08:00-21:00 (or none)</source>
        <translation>la plage d&apos;envoi «&#xa0;%1&#xa0;» n&apos;est pas de la forme 08:00-21:00 (ou none)</translation>
    </message>
    <message>
        <source>%1 %2 not found in this tenant</source>
        <translation>%1 %2 introuvable dans cette organisation</translation>
    </message>
    <message>
        <source>name the %1</source>
        <translation>indiquez le nom (%1)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; was deleted</source>
        <translation>%1 «&#xa0;%2&#xa0;» a été supprimé</translation>
    </message>
    <message>
        <source>a %1 needs a name</source>
        <translation>un élément de type %1 doit avoir un nom</translation>
    </message>
    <message>
        <source>the name of a %1</source>
        <translation>le nom d&apos;un élément de type %1</translation>
    </message>
    <message>
        <source>another %1 is called &apos;%2&apos; already: choose another name</source>
        <translation>un autre élément de type %1 s&apos;appelle déjà «&#xa0;%2&#xa0;»&#xa0;: choisissez un autre nom</translation>
    </message>
    <message>
        <source>the goal&apos;s metric</source>
        <translation>l&apos;indicateur de l&apos;objectif</translation>
    </message>
    <message>
        <source>the target of goal &apos;%1&apos; cannot be negative</source>
        <translation>la cible de l&apos;objectif «&#xa0;%1&#xa0;» ne peut pas être négative</translation>
    </message>
    <message>
        <source>the URL of goal &apos;%1&apos; must be an http or https address, not %2</source>
        <translation>l&apos;URL de l&apos;objectif «&#xa0;%1&#xa0;» doit être une adresse http ou https, et non %2</translation>
    </message>
    <message>
        <source>writer &apos;%1&apos;: an SMS may take 1 to 10 segments, not %2</source>
        <translation>rédacteur «&#xa0;%1&#xa0;»&#xa0;: un SMS peut compter de 1 à 10 segments, et non %2</translation>
    </message>
    <message>
        <source>writer &apos;%1&apos;: the longest email subject is 10 to 200 characters, not %2</source>
        <translation>rédacteur «&#xa0;%1&#xa0;»&#xa0;: l&apos;objet d&apos;e-mail le plus long compte de 10 à 200 caractères, et non %2</translation>
    </message>
    <message>
        <source>template &apos;%1&apos; has no body: give the email&apos;s HTML or text</source>
        <translation>le modèle «&#xa0;%1&#xa0;» n&apos;a pas de corps&#xa0;: indiquez le HTML ou le texte de l&apos;e-mail</translation>
    </message>
    <message>
        <source>template &apos;%1&apos; has no body: give the message&apos;s text</source>
        <translation>le modèle «&#xa0;%1&#xa0;» n&apos;a pas de corps&#xa0;: indiquez le texte du message</translation>
    </message>
    <message>
        <source>the subject of template &apos;%1&apos;</source>
        <translation>l&apos;objet du modèle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the preheader of template &apos;%1&apos;</source>
        <translation>le pré-en-tête du modèle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>template &apos;%1&apos; has %2 recordings: a call plays one</source>
        <translation>le modèle «&#xa0;%1&#xa0;» a %2 enregistrements&#xa0;: un appel n&apos;en diffuse qu&apos;un</translation>
    </message>
    <message>
        <source>the recording %1 of template &apos;%2&apos;</source>
        <translation>l&apos;enregistrement %1 du modèle «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>template &apos;%1&apos; is for %2: a template keeps its channel (make a new one for %3)</source>
        <translation>le modèle «&#xa0;%1&#xa0;» est destiné au canal %2&#xa0;: un modèle conserve son canal (créez-en un nouveau pour %3)</translation>
    </message>
    <message>
        <source>segment &apos;%1&apos;: %2</source>
        <translation>segment «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>this link is not one Herald sent, or it was changed</source>
        <translation>ce lien n&apos;a pas été envoyé par Herald, ou il a été modifié</translation>
    </message>
    <message>
        <source>the stop word %1 is not one word of up to 20 letters or digits (e.g. ARRET, STOPP)</source>
        <translation>le mot d&apos;arrêt %1 n&apos;est pas un mot unique de 20 lettres ou chiffres au maximum (p. ex. ARRET, STOPP)</translation>
    </message>
    <message>
        <source>the stop word %1 already means %2 to every carrier</source>
        <translation>le mot d&apos;arrêt %1 signifie déjà %2 pour tous les opérateurs</translation>
    </message>
    <message>
        <source>a tenant may have up to 50 stop words of its own</source>
        <translation>une organisation peut avoir jusqu&apos;à 50 mots d&apos;arrêt propres</translation>
    </message>
    <message>
        <source>tenant %1 not found</source>
        <translation>organisation %1 introuvable</translation>
    </message>
    <message>
        <source>the writer endpoint&apos;s URL &quot;%1&quot; is not an http(s) address such as https://api.example.com/v1</source>
        <translation>l&apos;URL &quot;%1&quot; du point de terminaison du rédacteur n&apos;est pas une adresse http(s) telle que https://api.example.com/v1</translation>
    </message>
    <message>
        <source>the writer endpoint needs the model to ask (e.g. gpt-4o-mini)</source>
        <translation>le point de terminaison du rédacteur doit indiquer le modèle à interroger (p. ex. gpt-4o-mini)</translation>
    </message>
    <message>
        <source>the writer endpoint&apos;s timeout is between 5 and 600 seconds</source>
        <translation>le délai d&apos;expiration du point de terminaison du rédacteur est compris entre 5 et 600 secondes</translation>
    </message>
    <message>
        <source>an API key is sent over https only (or to this machine): use https://%1%2</source>
        <translation>une clé d&apos;API n&apos;est envoyée que via https (ou vers cette machine)&#xa0;: utilisez https://%1%2</translation>
    </message>
    <message>
        <source>cannot keep the writer endpoint&apos;s API key: %1</source>
        <translation>impossible de conserver la clé d&apos;API du point de terminaison du rédacteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the writer endpoint&apos;s API key: %1. Type it again in Settings</source>
        <translation>impossible de lire la clé d&apos;API du point de terminaison du rédacteur&#xa0;: %1. Saisissez-la de nouveau dans les Paramètres</translation>
    </message>
    <message>
        <source>sweep by hand (dispatchers sweep on their own)</source>
        <translation>balayer manuellement (les répartiteurs balaient d&apos;eux-mêmes)</translation>
    </message>
    <message>
        <source>%1 channel of run %2</source>
        <translation>canal %1 de l&apos;exécution %2</translation>
    </message>
    <message>
        <source>create campaigns</source>
        <translation>créer des campagnes</translation>
    </message>
    <message>
        <source>change campaigns</source>
        <translation>modifier des campagnes</translation>
    </message>
    <message>
        <source>delete campaigns</source>
        <translation>supprimer des campagnes</translation>
    </message>
    <message>
        <source>approve or reject campaigns</source>
        <translation>approuver ou rejeter des campagnes</translation>
    </message>
    <message>
        <source>comment on campaigns</source>
        <translation>commenter des campagnes</translation>
    </message>
    <message>
        <source>run campaigns</source>
        <translation>exécuter des campagnes</translation>
    </message>
    <message>
        <source>pause, resume or stop campaigns</source>
        <translation>mettre en pause, reprendre ou arrêter des campagnes</translation>
    </message>
    <message>
        <source>change contacts and contact lists</source>
        <translation>modifier les contacts et les listes de contacts</translation>
    </message>
    <message>
        <source>import contacts</source>
        <translation>importer des contacts</translation>
    </message>
    <message>
        <source>change the opt-out list</source>
        <translation>modifier la liste de désinscription</translation>
    </message>
    <message>
        <source>change templates</source>
        <translation>modifier les modèles</translation>
    </message>
    <message>
        <source>change goals</source>
        <translation>modifier les objectifs</translation>
    </message>
    <message>
        <source>change writers</source>
        <translation>modifier les rédacteurs</translation>
    </message>
    <message>
        <source>change segments</source>
        <translation>modifier les segments</translation>
    </message>
    <message>
        <source>configure providers</source>
        <translation>configurer les fournisseurs</translation>
    </message>
    <message>
        <source>manage people and their roles</source>
        <translation>gérer les personnes et leurs rôles</translation>
    </message>
    <message>
        <source>manage tenants</source>
        <translation>gérer les organisations</translation>
    </message>
    <message>
        <source>manage senders</source>
        <translation>gérer les expéditeurs</translation>
    </message>
    <message>
        <source>manage number pools</source>
        <translation>gérer les pools de numéros</translation>
    </message>
    <message>
        <source>maintain the workspace</source>
        <translation>assurer la maintenance de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>see provider diagnostics</source>
        <translation>consulter les diagnostics des fournisseurs</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>the last of a list of roles</comment>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; is deactivated and may not %2: an admin can reactivate them</source>
        <translation>l&apos;utilisateur «&#xa0;%1&#xa0;» est désactivé et ne peut pas %2&#xa0;: un administrateur peut le réactiver</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; (role %2) may not %3: that needs the role %4</source>
        <translation>l&apos;utilisateur «&#xa0;%1&#xa0;» (rôle %2) ne peut pas %3&#xa0;: cela nécessite le rôle %4</translation>
    </message>
    <message>
        <source>cannot start an IMAP connection (libcurl)</source>
        <translation>impossible de démarrer une connexion IMAP (libcurl)</translation>
    </message>
    <message>
        <source>%1: stopped</source>
        <translation>%1&#xa0;: arrêté</translation>
    </message>
    <message>
        <source>%1: more than %2 MB</source>
        <translation>%1&#xa0;: plus de %2 Mo</translation>
    </message>
    <message>
        <source>%1 at %2: %3 (check the user &apos;%4&apos; and its password)</source>
        <translation>%1 sur %2&#xa0;: %3 (vérifiez l&apos;utilisateur «&#xa0;%4&#xa0;» et son mot de passe)</translation>
    </message>
    <message>
        <source>%1 at %2: %3 (the server&apos;s certificate is not trusted: give the CA that signed it as %4)</source>
        <translation>%1 sur %2&#xa0;: %3 (le certificat du serveur n&apos;est pas approuvé&#xa0;: indiquez l&apos;autorité de certification qui l&apos;a signé dans %4)</translation>
    </message>
    <message>
        <source>%1 at %2: %3 (the server offers no STARTTLS: use %4 and port 993)</source>
        <translation>%1 sur %2&#xa0;: %3 (le serveur ne propose pas STARTTLS&#xa0;: utilisez %4 et le port 993)</translation>
    </message>
    <message>
        <source>%1 at %2: %3 (check host and port, and that the server is up)</source>
        <translation>%1 sur %2&#xa0;: %3 (vérifiez l&apos;hôte et le port, et que le serveur est en marche)</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot open folder %1 of the mailbox</source>
        <translation>impossible d&apos;ouvrir le dossier %1 de la boîte aux lettres</translation>
    </message>
    <message>
        <source>cannot list the new mail in folder %1</source>
        <translation>impossible de lister les nouveaux messages du dossier %1</translation>
    </message>
    <message>
        <source>cannot read message %1 of folder %2</source>
        <translation>impossible de lire le message %1 du dossier %2</translation>
    </message>
    <message>
        <source>cannot mark message %1 read</source>
        <translation>impossible de marquer le message %1 comme lu</translation>
    </message>
    <message>
        <source>tenant &apos;%1&apos; has no mailbox: set one with %2, or in Settings → Organisations</source>
        <translation>l&apos;organisation «&#xa0;%1&#xa0;» n&apos;a pas de boîte aux lettres&#xa0;: définissez-en une avec %2, ou dans Paramètres → Organisations</translation>
    </message>
    <message>
        <source>tenant &apos;%1&apos; has no mailbox</source>
        <translation>l&apos;organisation «&#xa0;%1&#xa0;» n&apos;a pas de boîte aux lettres</translation>
    </message>
    <message>
        <source>the mailbox of %1: %2</source>
        <translation>la boîte aux lettres de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>mailbox settings</source>
        <translation>paramètres de la boîte aux lettres</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is &apos;%3&apos;, not %4 (port 993) or %5 (port 143); the mailbox is only read over TLS</source>
        <translation>%1&#xa0;: &quot;%2&quot; vaut «&#xa0;%3&#xa0;», et non %4 (port 993) ou %5 (port 143)&#xa0;; la boîte aux lettres n&apos;est lue que via TLS</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is &apos;%3&apos;: give the IMAP server&apos;s name</source>
        <translation>%1&#xa0;: &quot;%2&quot; vaut «&#xa0;%3&#xa0;»&#xa0;: indiquez le nom du serveur IMAP</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is &apos;%3&apos;: give a folder name such as INBOX</source>
        <translation>%1&#xa0;: &quot;%2&quot; vaut «&#xa0;%3&#xa0;»&#xa0;: indiquez un nom de dossier tel que INBOX</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is &apos;%3&apos;: give a plain address such as bounces@example.org (without +); each message is sent from bounces+TOKEN@example.org</source>
        <translation>%1&#xa0;: &quot;%2&quot; vaut «&#xa0;%3&#xa0;»&#xa0;: indiquez une adresse simple telle que bounces@example.org (sans +)&#xa0;; chaque message est envoyé depuis bounces+TOKEN@example.org</translation>
    </message>
    <message>
        <source>cannot listen for Kannel&apos;s delivery reports on %1:%2: the address is in use or not on this machine; change &quot;%3&quot; in the SMS provider settings</source>
        <translation>impossible d&apos;écouter les accusés de remise de Kannel sur %1:%2&#xa0;: l&apos;adresse est déjà utilisée ou n&apos;appartient pas à cette machine&#xa0;; modifiez &quot;%3&quot; dans les paramètres du fournisseur SMS</translation>
    </message>
    <message>
        <source>the SMS gateway at %1 did not take the answer to %2: %3</source>
        <translation>la passerelle SMS sur %1 n&apos;a pas accepté la réponse à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the SMS gateway answered %1: %2</source>
        <translation>la passerelle SMS a répondu %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the SMS gateway refused the message (%1): %2</source>
        <translation>la passerelle SMS a refusé le message (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot reach the SMS gateway at %1: %2</source>
        <translation>impossible de joindre la passerelle SMS sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Timed Out: the SMS gateway took the message but did not answer (%1)</source>
        <translation>Expiré&#xa0;: la passerelle SMS a accepté le message mais n&apos;a pas répondu (%1)</translation>
    </message>
    <message>
        <source>not delivered to the handset: no reason given</source>
        <translation>non remis au téléphone&#xa0;: aucun motif indiqué</translation>
    </message>
    <message>
        <source>not delivered to the handset: %1</source>
        <translation>non remis au téléphone&#xa0;: %1</translation>
    </message>
    <message>
        <source>rejected by the SMS centre: no reason given</source>
        <translation>rejeté par le centre SMS&#xa0;: aucun motif indiqué</translation>
    </message>
    <message>
        <source>rejected by the SMS centre: %1</source>
        <translation>rejeté par le centre SMS&#xa0;: %1</translation>
    </message>
    <message>
        <source>the SMS gateway at %1 refused user %2: %3</source>
        <translation>la passerelle SMS sur %1 a refusé l&apos;utilisateur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the SMS gateway at %1 answered %2: %3</source>
        <translation>la passerelle SMS sur %1 a répondu %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>reached the SMS gateway at %1 as %2</source>
        <translation>passerelle SMS sur %1 jointe en tant que %2</translation>
    </message>
    <message>
        <source>Kannel settings</source>
        <translation>paramètres Kannel</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is not an http(s) URL such as http://127.0.0.1:13013/cgi-bin/sendsms</source>
        <translation>%1&#xa0;: %2 «&#xa0;%3&#xa0;» n&apos;est pas une URL http(s) telle que http://127.0.0.1:13013/cgi-bin/sendsms</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is not a two-letter region code such as US, GB or DE</source>
        <translation>%1&#xa0;: %2 «&#xa0;%3&#xa0;» n&apos;est pas un code de région à deux lettres tel que US, GB ou DE</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is not an address and port such as 127.0.0.1:14013 or 0.0.0.0:14013</source>
        <translation>%1&#xa0;: %2 «&#xa0;%3&#xa0;» n&apos;est pas une adresse avec port telle que 127.0.0.1:14013 ou 0.0.0.0:14013</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is not an http(s) URL without a query, such as http://herald.example:14013</source>
        <translation>%1&#xa0;: %2 «&#xa0;%3&#xa0;» n&apos;est pas une URL http(s) sans paramètres de requête, telle que http://herald.example:14013</translation>
    </message>
    <message>
        <source>the system keyring is reached through a running application</source>
        <translation>le trousseau du système est accessible via une application en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>the system keyring did not answer within %1 s</source>
        <translation>le trousseau du système n&apos;a pas répondu dans les %1 s</translation>
    </message>
    <message>
        <source>the system keyring has no password &quot;%1&quot;</source>
        <translation>le trousseau du système n&apos;a pas de mot de passe &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the system keyring refused access</source>
        <translation>le trousseau du système a refusé l&apos;accès</translation>
    </message>
    <message>
        <source>the system keyring refused access (%1)</source>
        <translation>le trousseau du système a refusé l&apos;accès (%1)</translation>
    </message>
    <message>
        <source>no system keyring is available</source>
        <translation>aucun trousseau du système n&apos;est disponible</translation>
    </message>
    <message>
        <source>no system keyring is available (%1)</source>
        <translation>aucun trousseau du système n&apos;est disponible (%1)</translation>
    </message>
    <message>
        <source>the system keyring failed</source>
        <translation>le trousseau du système a échoué</translation>
    </message>
    <message>
        <source>the system keyring failed (%1)</source>
        <translation>le trousseau du système a échoué (%1)</translation>
    </message>
    <message>
        <source>simulator settings</source>
        <translation>paramètres du simulateur</translation>
    </message>
    <message>
        <source>the %1 provider for %2 is not available in this version of Herald</source>
        <translation>le fournisseur %1 pour %2 n&apos;est pas disponible dans cette version de Herald</translation>
    </message>
    <message>
        <source>%1: a password is never stored in the workspace; type it in Settings (it is kept in the system keyring), or give %2 (a file readable by its owner only) or %3 (the name of an environment variable) instead</source>
        <translation>%1&#xa0;: un mot de passe n&apos;est jamais stocké dans l&apos;espace de travail&#xa0;; saisissez-le dans les Paramètres (il est conservé dans le trousseau du système), ou indiquez plutôt %2 (un fichier lisible par son seul propriétaire) ou %3 (le nom d&apos;une variable d&apos;environnement)</translation>
    </message>
    <message>
        <source>%1: give one of %2, %3 and %4, not %5</source>
        <translation>%1&#xa0;: indiquez un seul élément parmi %2, %3 et %4, et non %5</translation>
    </message>
    <message>
        <source>%1: %2; type the password again in Settings, or on a machine without a keyring give %3 or %4</source>
        <translation>%1&#xa0;: %2&#xa0;; saisissez de nouveau le mot de passe dans les Paramètres, ou, sur une machine sans trousseau, indiquez %3 ou %4</translation>
    </message>
    <message>
        <source>%1: %2 %3 does not exist</source>
        <translation>%1&#xa0;: %2 %3 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1: %2 %3 may be read by other users; make it mode 0600 (chmod 600 %3)</source>
        <translation>%1&#xa0;: %2 %3 peut être lu par d&apos;autres utilisateurs&#xa0;; donnez-lui le mode 0600 (chmod 600 %3)</translation>
    </message>
    <message>
        <source>%1: cannot read %2 %3: %4</source>
        <translation>%1&#xa0;: impossible de lire %2 %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1: the environment variable %2 (%3) is not set</source>
        <translation>%1&#xa0;: la variable d&apos;environnement %2 (%3) n&apos;est pas définie</translation>
    </message>
    <message>
        <source>cannot keep %1: %2. On a machine without a keyring give a password file (mode 0600) or an environment variable instead</source>
        <translation>impossible de conserver %1&#xa0;: %2. Sur une machine sans trousseau, indiquez plutôt un fichier de mot de passe (mode 0600) ou une variable d&apos;environnement</translation>
    </message>
    <message>
        <source>the %1 password</source>
        <translation>le mot de passe %1</translation>
    </message>
    <message>
        <source>%1: not a JSON object (a JSON value of another kind)</source>
        <translation>%1&#xa0;: pas un objet JSON (une valeur JSON d&apos;un autre type)</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1&#xa0;: pas un objet JSON (%2)</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>%1: %2 looks like a secret, and secrets are never stored in the workspace: type the password in Settings (it is kept in the system keyring), or give %3 (a file readable by its owner only) or %4 (the name of an environment variable), written exactly so</source>
        <translation>%1&#xa0;: %2 ressemble à un secret, et les secrets ne sont jamais stockés dans l&apos;espace de travail&#xa0;: saisissez le mot de passe dans les Paramètres (il est conservé dans le trousseau du système), ou indiquez %3 (un fichier lisible par son seul propriétaire) ou %4 (le nom d&apos;une variable d&apos;environnement), écrits exactement ainsi</translation>
    </message>
    <message>
        <source>%1: unknown setting %2; the settings are %3</source>
        <translation>%1&#xa0;: paramètre %2 inconnu&#xa0;; les paramètres sont %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be %3, not %4</source>
        <translation>%1&#xa0;: &quot;%2&quot; doit être %3, et non %4</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3: it must be %4</source>
        <translation>%1&#xa0;: &quot;%2&quot; vaut %3&#xa0;: la valeur doit être %4</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>un objet JSON</translation>
    </message>
    <message>
        <source>%1 is not audio libsndfile can read (WAV, FLAC, Ogg Vorbis, AIFF, ...): %2</source>
        <translation>%1 n&apos;est pas un fichier audio lisible par libsndfile (WAV, FLAC, Ogg Vorbis, AIFF, ...)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no audio</source>
        <translation>%1 ne contient pas d&apos;audio</translation>
    </message>
    <message>
        <source>%1 lasts %2 minutes; a call&apos;s message may last %3 at most</source>
        <translation>%1 dure %2 minutes&#xa0;; le message d&apos;un appel peut durer %3 au maximum</translation>
    </message>
    <message>
        <source>cannot resample %1 to 8 kHz: %2</source>
        <translation>impossible de rééchantillonner %1 à 8 kHz&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 lasts over %2 minutes, the most a call&apos;s message may last</source>
        <translation>%1 dure plus de %2 minutes, la durée maximale du message d&apos;un appel</translation>
    </message>
    <message>
        <source>the recording %1</source>
        <translation>l&apos;enregistrement %1</translation>
    </message>
    <message>
        <source>%1 is %2, over the %3 a recording may take: shorten it or save it as mono, 8 or 16 kHz</source>
        <translation>%1 fait %2, au-delà des %3 autorisés pour un enregistrement&#xa0;: raccourcissez-le ou enregistrez-le en mono, 8 ou 16 kHz</translation>
    </message>
    <message>
        <source>%1 is empty: choose the recording you meant</source>
        <translation>%1 est vide&#xa0;: choisissez l&apos;enregistrement voulu</translation>
    </message>
    <message>
        <source>the call script is empty</source>
        <translation>le script d&apos;appel est vide</translation>
    </message>
    <message>
        <source>the call script is longer than %1 characters: nobody listens that long</source>
        <translation>le script d&apos;appel dépasse %1 caractères&#xa0;: personne n&apos;écoute aussi longtemps</translation>
    </message>
    <message>
        <source>espeak-ng could not speak the call script with voice %1: %2</source>
        <translation>espeak-ng n&apos;a pas pu prononcer le script d&apos;appel avec la voix %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>espeak-ng&apos;s speech</source>
        <translation>la parole synthétisée par espeak-ng</translation>
    </message>
    <message>
        <source>espeak-ng is not installed: install the Debian package espeak-ng, or attach a recording to the call script</source>
        <translation>espeak-ng n&apos;est pas installé&#xa0;: installez le paquet Debian espeak-ng, ou joignez un enregistrement au script d&apos;appel</translation>
    </message>
    <message>
        <source>cannot set up TLS for SIP: %1</source>
        <translation>impossible de configurer TLS pour SIP&#xa0;: %1</translation>
    </message>
    <message>
        <source>SIP settings: %1 %2 holds no PEM certificate</source>
        <translation>paramètres SIP&#xa0;: %1 %2 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>SIP settings: cannot check the trunk&apos;s certificate against %1</source>
        <translation>paramètres SIP&#xa0;: impossible de vérifier le certificat du trunk avec %1</translation>
    </message>
    <message>
        <source>the trunk&apos;s TLS certificate was refused (%1): %2</source>
        <translation>le certificat TLS du trunk a été refusé (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>no answer from the SIP proxy at %1 over %2: %3; check the proxy&apos;s name, or give %4 for a private authority</source>
        <translation>aucune réponse du proxy SIP sur %1 via %2&#xa0;: %3&#xa0;; vérifiez le nom du proxy, ou indiquez %4 pour une autorité privée</translation>
    </message>
    <message>
        <source>no answer from the SIP proxy at %1 over %2: %3; check proxy and transport</source>
        <translation>aucune réponse du proxy SIP sur %1 via %2&#xa0;: %3&#xa0;; vérifiez le proxy et le transport</translation>
    </message>
    <message>
        <source>the SIP proxy at %1 answered: %2</source>
        <translation>le proxy SIP sur %1 a répondu&#xa0;: %2</translation>
    </message>
    <message>
        <source>the SIP proxy at %1 refused calls without credentials: %2; check user and password</source>
        <translation>le proxy SIP sur %1 a refusé les appels sans identifiants&#xa0;: %2&#xa0;; vérifiez l&apos;utilisateur et le mot de passe</translation>
    </message>
    <message>
        <source>the SIP proxy at %1 refused user %2: %3; check user and password</source>
        <translation>le proxy SIP sur %1 a refusé l&apos;utilisateur %2&#xa0;: %3&#xa0;; vérifiez l&apos;utilisateur et le mot de passe</translation>
    </message>
    <message>
        <source>cannot find the SIP proxy %1: %2; check &quot;%3&quot; in the phone provider settings</source>
        <translation>impossible de trouver le proxy SIP %1&#xa0;: %2&#xa0;; vérifiez &quot;%3&quot; dans les paramètres du fournisseur de téléphonie</translation>
    </message>
    <message>
        <source>no route to the SIP proxy at %1; check &quot;%2&quot;, or give &quot;%3&quot;</source>
        <translation>aucune route vers le proxy SIP sur %1&#xa0;; vérifiez &quot;%2&quot;, ou indiquez &quot;%3&quot;</translation>
    </message>
    <message>
        <source>cannot use the local address %1 for SIP</source>
        <translation>impossible d&apos;utiliser l&apos;adresse locale %1 pour SIP</translation>
    </message>
    <message>
        <source>cannot start SIP on %1: %2; check &quot;%3&quot; in the phone provider settings</source>
        <translation>impossible de démarrer SIP sur %1&#xa0;: %2&#xa0;; vérifiez &quot;%3&quot; dans les paramètres du fournisseur de téléphonie</translation>
    </message>
    <message>
        <source>SIP is not started</source>
        <translation>SIP n&apos;est pas démarré</translation>
    </message>
    <message>
        <source>SIP settings</source>
        <translation>paramètres SIP</translation>
    </message>
    <message>
        <source>%1: %2 %3 is not udp, tcp or tls</source>
        <translation>%1&#xa0;: %2 %3 n&apos;est pas udp, tcp ou tls</translation>
    </message>
    <message>
        <source>%1: %2 is missing; give the trunk&apos;s proxy or registrar as sip:HOST:PORT, e.g. sip:pbx.example.org:5060</source>
        <translation>%1&#xa0;: %2 est manquant&#xa0;; indiquez le proxy ou le registrar du trunk sous la forme sip:HOST:PORT, p. ex. sip:pbx.example.org:5060</translation>
    </message>
    <message>
        <source>%1: %2 %3 is not a SIP address such as sip:pbx.example.org:5060 or sip:192.0.2.10</source>
        <translation>%1&#xa0;: %2 %3 n&apos;est pas une adresse SIP telle que sip:pbx.example.org:5060 ou sip:192.0.2.10</translation>
    </message>
    <message>
        <source>%1: %2 is for transport tls; the transport is %3</source>
        <translation>%1&#xa0;: %2 s&apos;applique au transport tls&#xa0;; le transport est %3</translation>
    </message>
    <message>
        <source>%1: %2 %3 cannot be read; give the PEM file of the authority that signed the trunk&apos;s certificate</source>
        <translation>%1&#xa0;: %2 %3 est illisible&#xa0;; indiquez le fichier PEM de l&apos;autorité qui a signé le certificat du trunk</translation>
    </message>
    <message>
        <source>%1: %2 %3 is not e164 or digits</source>
        <translation>%1&#xa0;: %2 %3 n&apos;est ni e164 ni digits</translation>
    </message>
    <message>
        <source>%1: %2 %3 is not an IP address of this machine, such as 192.0.2.20</source>
        <translation>%1&#xa0;: %2 %3 n&apos;est pas une adresse IP de cette machine, telle que 192.0.2.20</translation>
    </message>
    <message>
        <source>%1: %2 %3 is not an espeak-ng voice name such as en, en-us, de or fr</source>
        <translation>%1&#xa0;: %2 %3 n&apos;est pas un nom de voix espeak-ng tel que en, en-us, de ou fr</translation>
    </message>
    <message>
        <source>%1: %2 %3 is not one key of the dial pad (0-9, * or #), or &quot;&quot; for none</source>
        <translation>%1&#xa0;: %2 %3 n&apos;est pas une touche du clavier numérique (0-9, * ou #), ni &quot;&quot; pour aucune</translation>
    </message>
    <message>
        <source>%1: %2 must map dial pad keys to what they mean, e.g. {&quot;1&quot;: &quot;call me back&quot;}; %3 does not</source>
        <translation>%1&#xa0;: %2 doit associer des touches du clavier numérique à leur signification, p. ex. {&quot;1&quot;: &quot;call me back&quot;}&#xa0;; ce n&apos;est pas le cas de %3</translation>
    </message>
    <message>
        <source>%1: key %2 is the opt-out key; give it no other meaning</source>
        <translation>%1&#xa0;: la touche %2 est la touche de désinscription&#xa0;; ne lui donnez pas d&apos;autre signification</translation>
    </message>
    <message>
        <source>the domain of %1 is not a valid internationalised domain name</source>
        <translation>le domaine de %1 n&apos;est pas un nom de domaine internationalisé valide</translation>
    </message>
    <message>
        <source>connected to %1:%2, TLS certificate verified</source>
        <translation>connecté à %1:%2, certificat TLS vérifié</translation>
    </message>
    <message>
        <source>connected to %1:%2, TLS certificate verified, authenticated as %3</source>
        <translation>connecté à %1:%2, certificat TLS vérifié, authentifié en tant que %3</translation>
    </message>
    <message>
        <source>connected to %1:%2, without TLS</source>
        <translation>connecté à %1:%2, sans TLS</translation>
    </message>
    <message>
        <source>connected to %1:%2, without TLS, authenticated as %3</source>
        <translation>connecté à %1:%2, sans TLS, authentifié en tant que %3</translation>
    </message>
    <message>
        <source>not handed over: %1</source>
        <translation>non transmis&#xa0;: %1</translation>
    </message>
    <message>
        <source>SMTP settings</source>
        <translation>paramètres SMTP</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is &apos;%3&apos;, not one of none, starttls, implicit</source>
        <translation>%1&#xa0;: &quot;%2&quot; vaut «&#xa0;%3&#xa0;», qui n&apos;est pas none, starttls ou implicit</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is empty: give the mail server&apos;s name</source>
        <translation>%1&#xa0;: &quot;%2&quot; est vide&#xa0;: indiquez le nom du serveur de messagerie</translation>
    </message>
    <message>
        <source>no answer from %1:%2 within %3 s</source>
        <translation>aucune réponse de %1:%2 dans les %3 s</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 was rejected: %2</source>
        <translation>le certificat TLS de %1 a été rejeté&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 a fermé la connexion</translation>
    </message>
    <message>
        <source>no CA certificate could be read from %1</source>
        <translation>aucun certificat d&apos;autorité n&apos;a pu être lu dans %1</translation>
    </message>
    <message>
        <source>%1 sent a reply longer than an SMTP server may</source>
        <translation>%1 a envoyé une réponse plus longue que ce qu&apos;autorise un serveur SMTP</translation>
    </message>
    <message>
        <source>greeting refused: %1</source>
        <translation>accueil refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>EHLO refused: %1</source>
        <translation>EHLO refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 refused STARTTLS: %2</source>
        <translation>%1 a refusé STARTTLS&#xa0;: %2</translation>
    </message>
    <message>
        <source>authentication as %1 refused: %2</source>
        <translation>authentification en tant que %1 refusée&#xa0;: %2</translation>
    </message>
    <message>
        <source>AUTH LOGIN refused: %1</source>
        <translation>AUTH LOGIN refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS, which the settings require (%2)</source>
        <translation>%1 ne propose pas STARTTLS, que les paramètres exigent (%2)</translation>
    </message>
    <message>
        <source>%1 offers no AUTH PLAIN or LOGIN for user %2</source>
        <translation>%1 ne propose ni AUTH PLAIN ni LOGIN pour l&apos;utilisateur %2</translation>
    </message>
    <message>
        <source>%1 or %2 has characters other than ASCII before the @, and %3 does not offer SMTPUTF8, which such an address needs</source>
        <translation>%1 ou %2 contient des caractères non ASCII avant le @, et %3 ne propose pas SMTPUTF8, nécessaire pour une telle adresse</translation>
    </message>
    <message>
        <source>cannot connect to %1:%2: %3</source>
        <translation>impossible de se connecter à %1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Timed Out: the connection to %1 ended after the message was handed over (%2); it is not sent again</source>
        <translation>Expiré&#xa0;: la connexion à %1 s&apos;est terminée après la transmission du message (%2)&#xa0;; il n&apos;est pas renvoyé</translation>
    </message>
    <message>
        <source>Two launches of %1 would both send %2 at %3: only one %2 channel of a tenant runs at a time, so the launch of %4 would be refused. Move one of them, or lower the audience or raise the rate so the first finishes sooner.</source>
        <translation>Deux lancements de %1 enverraient tous deux sur le canal %2 le %3&#xa0;: un seul canal %2 par organisation s&apos;exécute à la fois, le lancement de %4 serait donc refusé. Déplacez l&apos;un d&apos;eux, ou réduisez l&apos;audience ou augmentez le débit pour que le premier se termine plus tôt.</translation>
    </message>
    <message>
        <source>%1 and %2 would both send %3 at %4: only one %3 channel of a tenant runs at a time, so the launch of %5 would be refused. Move one of them, or lower the audience or raise the rate so the first finishes sooner.</source>
        <translation>%1 et %2 enverraient tous deux sur le canal %3 le %4&#xa0;: un seul canal %3 par organisation s&apos;exécute à la fois, le lancement de %5 serait donc refusé. Déplacez l&apos;un d&apos;eux, ou réduisez l&apos;audience ou augmentez le débit pour que le premier se termine plus tôt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs %n day(s) to send its %2 %3 messages: the numbers of pool &apos;%4&apos; may send %5 a day together. Add numbers to the pool or raise their daily caps.</source>
        <translation>
            <numerusform>%1 a besoin de %n jour pour envoyer ses %2 messages (%3)&#xa0;: les numéros du pool «&#xa0;%4&#xa0;» peuvent en envoyer %5 par jour à eux tous. Ajoutez des numéros au pool ou relevez leurs plafonds quotidiens.</numerusform>
            <numerusform>%1 a besoin de %n jours pour envoyer ses %2 messages (%3)&#xa0;: les numéros du pool «&#xa0;%4&#xa0;» peuvent en envoyer %5 par jour à eux tous. Ajoutez des numéros au pool ou relevez leurs plafonds quotidiens.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 would together need %2 messages from pool &apos;%3&apos; on %4, more than the %5 its numbers&apos; daily caps allow: the rest waits for the next day. Move one launch, add numbers or raise their caps.</source>
        <translation>%1 auraient besoin ensemble de %2 messages du pool «&#xa0;%3&#xa0;» le %4, plus que les %5 permis par les plafonds quotidiens de ses numéros&#xa0;: le reste attend le jour suivant. Déplacez un lancement, ajoutez des numéros ou relevez leurs plafonds.</translation>
    </message>
    <message>
        <source>a recurring launch needs a recurrence rule such as FREQ=WEEKLY;BYDAY=MO</source>
        <translation>un lancement récurrent nécessite une règle de récurrence telle que FREQ=WEEKLY;BYDAY=MO</translation>
    </message>
    <message>
        <source>recurrence rule &apos;%1&apos; is not a valid RFC 5545 RRULE (e.g. FREQ=WEEKLY;BYDAY=MO)</source>
        <translation>la règle de récurrence «&#xa0;%1&#xa0;» n&apos;est pas une RRULE RFC 5545 valide (p. ex. FREQ=WEEKLY;BYDAY=MO)</translation>
    </message>
    <message>
        <source>recurrence rule &apos;%1&apos; cannot be expanded</source>
        <translation>la règle de récurrence «&#xa0;%1&#xa0;» ne peut pas être développée</translation>
    </message>
    <message>
        <source>recurrence rule &apos;%1&apos; has no launch after %2</source>
        <translation>la règle de récurrence «&#xa0;%1&#xa0;» ne produit aucun lancement après %2</translation>
    </message>
    <message>
        <source>a scheduled campaign needs a send time</source>
        <translation>une campagne planifiée nécessite une heure d&apos;envoi</translation>
    </message>
    <message>
        <source>missed launch %1 was already resolved (%2)</source>
        <translation>le lancement manqué %1 a déjà été traité (%2)</translation>
    </message>
    <message>
        <source>a recurring campaign continues with its next occurrence: skip the missed one</source>
        <translation>une campagne récurrente continue avec sa prochaine occurrence&#xa0;: ignorez celle qui a été manquée</translation>
    </message>
    <message>
        <source>reschedule to a time in the future</source>
        <translation>replanifiez à une date future</translation>
    </message>
    <message>
        <source>contact %1 not found in this tenant</source>
        <translation>contact %1 introuvable dans cette organisation</translation>
    </message>
    <message>
        <source>a contact list called &quot;%1&quot; already exists: choose another name</source>
        <translation>une liste de contacts nommée &quot;%1&quot; existe déjà&#xa0;: choisissez un autre nom</translation>
    </message>
    <message>
        <source>contact list %1 no longer exists</source>
        <translation>la liste de contacts %1 n&apos;existe plus</translation>
    </message>
    <message>
        <source>campaigns send to this list: %1. Give them another audience first</source>
        <translation>des campagnes envoient à cette liste&#xa0;: %1. Donnez-leur d&apos;abord une autre audience</translation>
    </message>
    <message>
        <source>email %1 belongs to contact %2 already: edit that contact instead</source>
        <translation>l&apos;adresse e-mail %1 appartient déjà au contact %2&#xa0;: modifiez plutôt ce contact</translation>
    </message>
    <message>
        <source>phone %1 belongs to contact %2 already: edit that contact instead</source>
        <translation>le téléphone %1 appartient déjà au contact %2&#xa0;: modifiez plutôt ce contact</translation>
    </message>
    <message>
        <source>segment %1: %2</source>
        <translation>segment %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>segment %1 no longer exists (deleted by someone else?)</source>
        <translation>le segment %1 n&apos;existe plus (supprimé par quelqu&apos;un d&apos;autre&#xa0;?)</translation>
    </message>
    <message>
        <source>segment %1 not found in this tenant</source>
        <translation>segment %1 introuvable dans cette organisation</translation>
    </message>
    <message>
        <source>contact %1 no longer exists</source>
        <translation>le contact %1 n&apos;existe plus</translation>
    </message>
    <message>
        <source>campaign %1 not found in this tenant</source>
        <translation>campagne %1 introuvable dans cette organisation</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; not found in this tenant</source>
        <translation>%1 «&#xa0;%2&#xa0;» introuvable dans cette organisation</translation>
    </message>
    <message>
        <source>%1s cannot be deleted this way</source>
        <translation>les éléments de type %1 ne peuvent pas être supprimés de cette façon</translation>
    </message>
    <message>
        <source>writer %1 not found in this tenant</source>
        <translation>rédacteur %1 introuvable dans cette organisation</translation>
    </message>
    <message>
        <source>goal %1 no longer exists</source>
        <translation>l&apos;objectif %1 n&apos;existe plus</translation>
    </message>
    <message>
        <source>writer %1 no longer exists</source>
        <translation>le rédacteur %1 n&apos;existe plus</translation>
    </message>
    <message>
        <source>goal %1 not found in this tenant</source>
        <translation>objectif %1 introuvable dans cette organisation</translation>
    </message>
    <message>
        <source>a template needs a name</source>
        <translation>un modèle doit avoir un nom</translation>
    </message>
    <message>
        <source>a template called &quot;%1&quot; already exists: choose another name</source>
        <translation>un modèle nommé &quot;%1&quot; existe déjà&#xa0;: choisissez un autre nom</translation>
    </message>
    <message>
        <source>template %1 no longer exists</source>
        <translation>le modèle %1 n&apos;existe plus</translation>
    </message>
    <message>
        <source>the file of attachment %1 is missing from the database</source>
        <translation>le fichier de la pièce jointe %1 est absent de la base de données</translation>
    </message>
    <message>
        <source>campaign %1 has no channels to save as templates</source>
        <translation>la campagne %1 n&apos;a aucun canal à enregistrer comme modèle</translation>
    </message>
    <message>
        <source>template %1 not found in this tenant</source>
        <translation>modèle %1 introuvable dans cette organisation</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>cannot read the team database address: %1 (write it as %2 or as key=value pairs)</source>
        <translation>impossible de lire l&apos;adresse de la base de données d&apos;équipe&#xa0;: %1 (écrivez-la sous la forme %2 ou en paires clé=valeur)</translation>
    </message>
    <message>
        <source>cannot read the team database address: port &apos;%1&apos; is not a port number</source>
        <translation>impossible de lire l&apos;adresse de la base de données d&apos;équipe&#xa0;: le port «&#xa0;%1&#xa0;» n&apos;est pas un numéro de port</translation>
    </message>
    <message>
        <source>the team database option %1 holds a &apos;;&apos;, which Qt&apos;s PostgreSQL driver cannot pass on</source>
        <translation>l&apos;option %1 de la base de données d&apos;équipe contient un «&#xa0;;&#xa0;», que le pilote PostgreSQL de Qt ne peut pas transmettre</translation>
    </message>
    <message>
        <source>workspace %1 does not exist: create it with &apos;%2&apos; (or &apos;%3&apos;) or pass %4 with an existing file</source>
        <translation>l&apos;espace de travail %1 n&apos;existe pas&#xa0;: créez-le avec «&#xa0;%2&#xa0;» (ou «&#xa0;%3&#xa0;») ou passez %4 avec un fichier existant</translation>
    </message>
    <message>
        <source>workspace %1 is a directory, not a Herald workspace file</source>
        <translation>l&apos;espace de travail %1 est un dossier, et non un fichier d&apos;espace de travail Herald</translation>
    </message>
    <message>
        <source>cannot read workspace %1: %2</source>
        <translation>impossible de lire l&apos;espace de travail %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>file %1 is not a Herald workspace (not an SQLite database); it was left untouched</source>
        <translation>le fichier %1 n&apos;est pas un espace de travail Herald (pas une base de données SQLite)&#xa0;; il n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>workspace %1 is read-only: Herald needs write access to it (only &apos;%2&apos; and &apos;%3&apos; work on a read-only copy)</source>
        <translation>l&apos;espace de travail %1 est en lecture seule&#xa0;: Herald doit pouvoir y écrire (seuls «&#xa0;%2&#xa0;» et «&#xa0;%3&#xa0;» fonctionnent sur une copie en lecture seule)</translation>
    </message>
    <message>
        <source>workspace %1 already exists: choose another file or remove this one first</source>
        <translation>l&apos;espace de travail %1 existe déjà&#xa0;: choisissez un autre fichier ou supprimez d&apos;abord celui-ci</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for workspace %2</source>
        <translation>impossible de créer le dossier %1 pour l&apos;espace de travail %2</translation>
    </message>
    <message>
        <source>cannot open workspace %1: %2</source>
        <translation>impossible d&apos;ouvrir l&apos;espace de travail %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>workspace %1 cannot be read: %2</source>
        <translation>l&apos;espace de travail %1 est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>file %1 is an SQLite database but not a Herald workspace; it was left untouched</source>
        <translation>le fichier %1 est une base de données SQLite mais pas un espace de travail Herald&#xa0;; il n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>workspace %1 was written by a newer Herald (schema %2, this Herald knows up to %3): upgrade Herald to open it; the file was left untouched</source>
        <translation>l&apos;espace de travail %1 a été écrit par une version plus récente de Herald (schéma %2, cette version connaît jusqu&apos;au %3)&#xa0;: mettez à jour Herald pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>workspace %1 is damaged (%2): nothing was written to it. Run &apos;%3&apos; for the details and restore the newest backup</source>
        <translation>l&apos;espace de travail %1 est endommagé (%2)&#xa0;: rien n&apos;y a été écrit. Exécutez «&#xa0;%3&#xa0;» pour obtenir les détails et restaurez la sauvegarde la plus récente</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed: install the Debian package %1</source>
        <translation>le pilote PostgreSQL de Qt (QPSQL) n&apos;est pas installé&#xa0;: installez le paquet Debian %1</translation>
    </message>
    <message>
        <source>cannot connect to the team database %1: %2</source>
        <translation>impossible de se connecter à la base de données d&apos;équipe %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the team database %1 is not empty: a new workspace needs an empty database (createdb)</source>
        <translation>la base de données d&apos;équipe %1 n&apos;est pas vide&#xa0;: un nouvel espace de travail nécessite une base de données vide (createdb)</translation>
    </message>
    <message>
        <source>the team database %1 holds no Herald workspace: create one with &apos;%2&apos;</source>
        <translation>la base de données d&apos;équipe %1 ne contient aucun espace de travail Herald&#xa0;: créez-en un avec «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the team database %1 was written by a newer Herald (schema %2, this Herald knows up to %3): upgrade Herald to open it</source>
        <translation>la base de données d&apos;équipe %1 a été écrite par une version plus récente de Herald (schéma %2, cette version connaît jusqu&apos;au %3)&#xa0;: mettez à jour Herald pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>the team database %1 holds schema %2 and this Herald needs schema %3: only its owner, login &apos;%4&apos;, may upgrade it (by opening it once with this Herald)</source>
        <translation>la base de données d&apos;équipe %1 est au schéma %2 et cette version de Herald nécessite le schéma %3&#xa0;: seul son propriétaire, l&apos;identifiant «&#xa0;%4&#xa0;», peut la mettre à niveau (en l&apos;ouvrant une fois avec cette version de Herald)</translation>
    </message>
    <message>
        <source>message %1 no longer exists</source>
        <translation>le message %1 n&apos;existe plus</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>message %1</translation>
    </message>
    <message>
        <source>migrating the workspace to schema %1: table %2 row %3 points at a missing %4 row; nothing was changed</source>
        <translation>migration de l&apos;espace de travail vers le schéma %1&#xa0;: la ligne %3 de la table %2 pointe vers une ligne %4 manquante&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>missed launch %1 not found in this tenant</source>
        <translation>lancement manqué %1 introuvable dans cette organisation</translation>
    </message>
    <message>
        <source>missed launch %1 is already resolved or not in this tenant</source>
        <translation>le lancement manqué %1 est déjà traité ou n&apos;appartient pas à cette organisation</translation>
    </message>
    <message>
        <source>the system took only part of the data</source>
        <translation>le système n&apos;a accepté qu&apos;une partie des données</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>impossible d&apos;écrire sur la sortie standard&#xa0;: %1</translation>
    </message>
    <message>
        <source>no file name given to write to</source>
        <translation>aucun nom de fichier de destination indiqué</translation>
    </message>
    <message>
        <source>cannot write to standard output: the write did not complete</source>
        <translation>impossible d&apos;écrire sur la sortie standard&#xa0;: l&apos;écriture n&apos;a pas abouti</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder; give a file name</source>
        <translation>impossible d&apos;écrire %1&#xa0;: c&apos;est un dossier&#xa0;; indiquez un nom de fichier</translation>
    </message>
    <message>
        <source>campaign %1 was started by someone else at the same moment: nothing was queued twice</source>
        <translation>la campagne %1 a été démarrée par quelqu&apos;un d&apos;autre au même moment&#xa0;: rien n&apos;a été mis en file d&apos;attente deux fois</translation>
    </message>
    <message>
        <source>run %1 not found in this tenant</source>
        <translation>exécution %1 introuvable dans cette organisation</translation>
    </message>
    <message>
        <source>run %1 has no %2 channel</source>
        <translation>l&apos;exécution %1 n&apos;a pas de canal %2</translation>
    </message>
    <message>
        <source>number pool %1: rotation &apos;%2&apos; is not one of %3</source>
        <translation>pool de numéros %1&#xa0;: la rotation «&#xa0;%2&#xa0;» ne fait pas partie de %3</translation>
    </message>
    <message>
        <source>number pool %1: calls at once is a number from 0 (no limit of the pool&apos;s) to 10000, not %2</source>
        <translation>pool de numéros %1&#xa0;: le nombre d&apos;appels simultanés est compris entre 0 (pas de limite propre au pool) et 10000, et non %2</translation>
    </message>
    <message>
        <source>number pool %1: the quarantine threshold is a percentage (0 = never) over a sample of at least 1</source>
        <translation>pool de numéros %1&#xa0;: le seuil de quarantaine est un pourcentage (0 = jamais) sur un échantillon d&apos;au moins 1</translation>
    </message>
    <message>
        <source>number pool %1 not found</source>
        <translation>pool de numéros %1 introuvable</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an E.164 number: a +, the country code and the number, digits only (e.g. +447700900123)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro E.164&#xa0;: un +, l&apos;indicatif du pays et le numéro, uniquement des chiffres (p. ex. +447700900123)</translation>
    </message>
    <message>
        <source>the daily cap of %1 cannot be negative (0 means no cap)</source>
        <translation>le plafond quotidien de %1 ne peut pas être négatif (0 signifie aucun plafond)</translation>
    </message>
    <message>
        <source>number %1 not found in this tenant</source>
        <translation>numéro %1 introuvable dans cette organisation</translation>
    </message>
    <message>
        <source>name the sender</source>
        <translation>indiquez le nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>no %1 sender %2 in this tenant (%3 shows them)</source>
        <translation>aucun expéditeur %1 %2 dans cette organisation (%3 les affiche)</translation>
    </message>
    <message>
        <source>no sender %1 in this tenant (%2 shows them)</source>
        <translation>aucun expéditeur %1 dans cette organisation (%2 les affiche)</translation>
    </message>
    <message>
        <source>senders of several channels are named %1 (%2): say which with %3</source>
        <translation>des expéditeurs de plusieurs canaux s&apos;appellent %1 (%2)&#xa0;: précisez lequel avec %3</translation>
    </message>
    <message>
        <source>sender %1 not found in this tenant</source>
        <translation>expéditeur %1 introuvable dans cette organisation</translation>
    </message>
    <message>
        <source>the workspace file is damaged (%1 while %2): stop every Herald on it, run &apos;%3&apos;, and restore the newest backup (&apos;%4&apos; makes them)</source>
        <translation>le fichier d&apos;espace de travail est endommagé (%1 pendant l&apos;opération %2)&#xa0;: arrêtez toutes les instances de Herald qui l&apos;utilisent, exécutez «&#xa0;%3&#xa0;» et restaurez la sauvegarde la plus récente («&#xa0;%4&#xa0;» en crée)</translation>
    </message>
    <message>
        <source>the disk holding the workspace is full (%1 while %2): free some space there; nothing that was done is lost</source>
        <translation>le disque contenant l&apos;espace de travail est plein (%1 pendant l&apos;opération %2)&#xa0;: libérez de l&apos;espace sur ce disque&#xa0;; rien de ce qui a été fait n&apos;est perdu</translation>
    </message>
    <message>
        <source>refused while %1: it already exists (%2)</source>
        <translation>refusé pendant l&apos;opération %1&#xa0;: l&apos;élément existe déjà (%2)</translation>
    </message>
    <message>
        <source>the team database refused %1: %2</source>
        <translation>la base de données d&apos;équipe a refusé l&apos;opération %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>database error while %1: %2</source>
        <translation>erreur de base de données pendant l&apos;opération %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>database error while %1: no id returned</source>
        <translation>erreur de base de données pendant l&apos;opération %1&#xa0;: aucun identifiant renvoyé</translation>
    </message>
    <message>
        <source>the workspace has no tenant: create one with &apos;%1&apos;</source>
        <translation>l&apos;espace de travail n&apos;a aucune organisation&#xa0;: créez-en une avec «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>tenant &apos;%1&apos; not found (tenants: %2)</source>
        <translation>organisation «&#xa0;%1&#xa0;» introuvable (organisations&#xa0;: %2)</translation>
    </message>
    <message>
        <source>tenant &apos;%1&apos; is archived: nobody works in it any more</source>
        <translation>l&apos;organisation «&#xa0;%1&#xa0;» est archivée&#xa0;: plus personne n&apos;y travaille</translation>
    </message>
    <message>
        <source>tenant %1 has no callback token</source>
        <translation>l&apos;organisation %1 n&apos;a pas de jeton de rappel</translation>
    </message>
    <message>
        <source>user %1 not found in this tenant</source>
        <translation>utilisateur %1 introuvable dans cette organisation</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; is not an admin of this tenant: only admins %2</source>
        <translation>l&apos;utilisateur «&#xa0;%1&#xa0;» n&apos;est pas administrateur de cette organisation&#xa0;: seuls les administrateurs peuvent %2</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; is not an admin of tenant &apos;%2&apos;, and this reaches every tenant: only admins %3</source>
        <translation>l&apos;utilisateur «&#xa0;%1&#xa0;» n&apos;est pas administrateur de l&apos;organisation «&#xa0;%2&#xa0;», et cette opération concerne toutes les organisations&#xa0;: seuls les administrateurs peuvent %3</translation>
    </message>
    <message>
        <source>the tenant has no user</source>
        <translation>l&apos;organisation n&apos;a aucun utilisateur</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; not found in this tenant</source>
        <translation>utilisateur «&#xa0;%1&#xa0;» introuvable dans cette organisation</translation>
    </message>
    <message>
        <source>the user signing in as %1 not found in this tenant</source>
        <translation>l&apos;utilisateur qui se connecte en tant que %1 est introuvable dans cette organisation</translation>
    </message>
    <message>
        <source>transaction already finished</source>
        <translation>transaction déjà terminée</translation>
    </message>
    <message>
        <source>upload %1 not found in this tenant</source>
        <translation>import %1 introuvable dans cette organisation</translation>
    </message>
    <message>
        <source>the workspace&apos;s tables point at each other in a circle; cannot order the copy</source>
        <translation>les tables de l&apos;espace de travail se référencent en boucle&#xa0;; impossible d&apos;ordonner la copie</translation>
    </message>
    <message>
        <source>the team database %1 already holds a workspace (table %2 has %3 rows): copy into a new, empty database (createdb)</source>
        <translation>la base de données d&apos;équipe %1 contient déjà un espace de travail (la table %2 a %3 lignes)&#xa0;: copiez vers une nouvelle base de données vide (createdb)</translation>
    </message>
    <message>
        <source>workspace %1 is at schema %2 and %3 at %4: open both with the same Herald</source>
        <translation>l&apos;espace de travail %1 est au schéma %2 et %3 au schéma %4&#xa0;: ouvrez les deux avec la même version de Herald</translation>
    </message>
    <message>
        <source>table %1 has %2 rows in %3 but %4 in the copy; nothing was kept</source>
        <translation>la table %1 a %2 lignes dans %3 mais %4 dans la copie&#xa0;; rien n&apos;a été conservé</translation>
    </message>
    <message>
        <source>cannot follow the team workspace&apos;s changes: %1</source>
        <translation>impossible de suivre les modifications de l&apos;espace de travail d&apos;équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 works on workspace files; team workspace %2 is PostgreSQL&apos;s to back up (pg_dump): see %3</source>
        <translation>%1 fonctionne sur les fichiers d&apos;espace de travail&#xa0;; la sauvegarde de l&apos;espace de travail d&apos;équipe %2 relève de PostgreSQL (pg_dump)&#xa0;: voir %3</translation>
    </message>
    <message>
        <source>%1 works on workspace files; team workspace %2 is PostgreSQL&apos;s to check (amcheck): see %3</source>
        <translation>%1 fonctionne sur les fichiers d&apos;espace de travail&#xa0;; la vérification de l&apos;espace de travail d&apos;équipe %2 relève de PostgreSQL (amcheck)&#xa0;: voir %3</translation>
    </message>
    <message>
        <source>backup %1 exists already: choose a new file name (a backup never overwrites)</source>
        <translation>la sauvegarde %1 existe déjà&#xa0;: choisissez un nouveau nom de fichier (une sauvegarde n&apos;écrase jamais un fichier)</translation>
    </message>
    <message>
        <source>cannot write backup %1: the folder %2 does not exist</source>
        <translation>impossible d&apos;écrire la sauvegarde %1&#xa0;: le dossier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>backups are made of SQLite workspaces</source>
        <translation>les sauvegardes concernent les espaces de travail SQLite</translation>
    </message>
    <message>
        <source>cannot write backup %1: %2</source>
        <translation>impossible d&apos;écrire la sauvegarde %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write backup %1: opening it: %2</source>
        <translation>impossible d&apos;écrire la sauvegarde %1&#xa0;: ouverture&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write backup %1: starting the copy: %2</source>
        <translation>impossible d&apos;écrire la sauvegarde %1&#xa0;: démarrage de la copie&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write backup %1: copying: %2</source>
        <translation>impossible d&apos;écrire la sauvegarde %1&#xa0;: copie&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write backup %1: finishing it: %2</source>
        <translation>impossible d&apos;écrire la sauvegarde %1&#xa0;: finalisation&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write backup %1: closing it: %2</source>
        <translation>impossible d&apos;écrire la sauvegarde %1&#xa0;: fermeture&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write backup %1: renaming %2 failed</source>
        <translation>impossible d&apos;écrire la sauvegarde %1&#xa0;: le renommage de %2 a échoué</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>writer</source>
        <translation>rédacteur</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>relecteur</translation>
    </message>
    <message>
        <source>template</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>contact list</source>
        <translation>liste de contacts</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>expéditeur</translation>
    </message>
    <message>
        <source>number pool</source>
        <translation>pool de numéros</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>campaign %1</source>
        <translation>la campagne %1</translation>
    </message>
    <message>
        <source>the push subscription&apos;s endpoint %1 is not an https address of a push service</source>
        <translation>le point de terminaison %1 de l’abonnement push n’est pas une adresse https d’un service push</translation>
    </message>
    <message>
        <source>the push subscription&apos;s p256dh key %1 is not a P-256 public key in base64url</source>
        <translation>la clé p256dh %1 de l’abonnement push n’est pas une clé publique P-256 en base64url</translation>
    </message>
    <message>
        <source>the push subscription&apos;s auth secret %1 is not 16 bytes in base64url</source>
        <translation>le secret auth %1 de l’abonnement push ne fait pas 16 octets en base64url</translation>
    </message>
    <message>
        <source>a push subscription is JSON such as {&quot;endpoint&quot;: &quot;https://…&quot;, &quot;keys&quot;: {&quot;p256dh&quot;: &quot;…&quot;, &quot;auth&quot;: &quot;…&quot;}}</source>
        <translation>un abonnement push est du JSON tel que {&quot;endpoint&quot;: &quot;https://…&quot;, &quot;keys&quot;: {&quot;p256dh&quot;: &quot;…&quot;, &quot;auth&quot;: &quot;…&quot;}}</translation>
    </message>
    <message>
        <source>Telegram chat %1 is not a chat id such as 123456789</source>
        <translation>la discussion Telegram %1 n’est pas un identifiant de discussion tel que 123456789</translation>
    </message>
    <message>
        <source>Viber user %1 is not a Viber user id: 1 to 64 characters without spaces</source>
        <translation>l’utilisateur Viber %1 n’est pas un identifiant d’utilisateur Viber&#xa0;: 1 à 64 caractères sans espace</translation>
    </message>
    <message>
        <source>a contact needs an email address, a phone number, a Telegram chat or a Viber user</source>
        <translation>un contact a besoin d’une adresse e-mail, d’un numéro de téléphone, d’une discussion Telegram ou d’un utilisateur Viber</translation>
    </message>
    <message>
        <source>%1: a push subscription needs three columns, %2, %3 and %4 (columns: %5)</source>
        <translation>%1&#xa0;: un abonnement push a besoin de trois colonnes, %2, %3 et %4 (colonnes&#xa0;: %5)</translation>
    </message>
    <message>
        <source>Telegram chat %1 belongs to contact %2 already: edit that contact instead</source>
        <translation>la discussion Telegram %1 appartient déjà au contact %2&#xa0;: modifiez plutôt ce contact</translation>
    </message>
    <message>
        <source>Viber user %1 belongs to contact %2 already: edit that contact instead</source>
        <translation>l’utilisateur Viber %1 appartient déjà au contact %2&#xa0;: modifiez plutôt ce contact</translation>
    </message>
    <message>
        <source>contact %1 has no push subscription with the endpoint %2</source>
        <translation>le contact %1 n’a pas d’abonnement push avec le point de terminaison %2</translation>
    </message>
    <message>
        <source>a Telegram chat with the bot</source>
        <translation>une discussion Telegram avec le bot</translation>
    </message>
    <message>
        <source>a Viber user id</source>
        <translation>un identifiant d’utilisateur Viber</translation>
    </message>
    <message>
        <source>a push subscription</source>
        <translation>un abonnement push</translation>
    </message>
    <message>
        <source>the push subscription of contact %1 was not saved</source>
        <translation>l’abonnement push du contact %1 n’a pas été enregistré</translation>
    </message>
    <message>
        <source>Telegram settings</source>
        <translation>paramètres Telegram</translation>
    </message>
    <message>
        <source>%1: no bot token: type the token @BotFather gave, or name a %2 or %3</source>
        <translation>%1&#xa0;: aucun jeton de bot&#xa0;: saisissez le jeton donné par @BotFather, ou indiquez %2 ou %3</translation>
    </message>
    <message>
        <source>a Web Push subscription could not be stored: %1</source>
        <translation>un abonnement Web Push n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: Viber sends only for a bot with a webhook, and the organisation has no listener address and public URL for one</source>
        <translation>%1&#xa0;: Viber n&apos;envoie que pour un bot doté d&apos;un webhook, et l&apos;organisation n&apos;a ni adresse d&apos;écoute ni URL publique pour en fournir un</translation>
    </message>
    <message>
        <source>the organisation has no Web Push (VAPID) key yet: an administrator makes it by saving the Web Push provider</source>
        <translation>l&apos;organisation n&apos;a pas encore de clé Web Push (VAPID)&#xa0;: un administrateur la crée en enregistrant le fournisseur Web Push</translation>
    </message>
    <message>
        <source>the organisation&apos;s Web Push (VAPID) key is damaged: %1</source>
        <translation>la clé Web Push (VAPID) de l&apos;organisation est endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Viber did not take %1 as the bot&apos;s webhook (%2): delivery reports, unsubscribes and linked users will not reach Herald; check the organisation&apos;s listener and public URL</source>
        <translation>Viber n&apos;a pas accepté %1 comme webhook du bot (%2)&#xa0;: les accusés de réception, désabonnements et utilisateurs reliés n&apos;atteindront pas Herald&#xa0;; vérifiez l&apos;écouteur et l&apos;URL publique de l&apos;organisation</translation>
    </message>
    <message>
        <source>Viber settings</source>
        <translation>paramètres Viber</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is not an http(s) URL of a picture</source>
        <translation>%1&#xa0;: %2 «&#xa0;%3&#xa0;» n&apos;est pas l&apos;URL http(s) d&apos;une image</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is not a bot URI such as northwind (letters, digits, . _ -)</source>
        <translation>%1&#xa0;: %2 «&#xa0;%3&#xa0;» n&apos;est pas une URI de bot comme northwind (lettres, chiffres, . _ -)</translation>
    </message>
    <message>
        <source>%1: no auth token: type the token Viber&apos;s Partners site shows for the bot, or name a %2 or %3</source>
        <translation>%1&#xa0;: aucun jeton d&apos;authentification&#xa0;: saisissez le jeton que le site Partenaires de Viber affiche pour le bot, ou indiquez %2 ou %3</translation>
    </message>
    <message>
        <source>Web Push encryption failed: %1</source>
        <translation>le chiffrement Web Push a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>a P-256 public key is 65 bytes starting with 0x04</source>
        <translation>une clé publique P-256 fait 65 octets et commence par 0x04</translation>
    </message>
    <message>
        <source>not a P-256 key</source>
        <translation>pas une clé P-256</translation>
    </message>
    <message>
        <source>not a point of the P-256 curve</source>
        <translation>pas un point de la courbe P-256</translation>
    </message>
    <message>
        <source>a P-256 private key is 32 bytes</source>
        <translation>une clé privée P-256 fait 32 octets</translation>
    </message>
    <message>
        <source>not a P-256 private key</source>
        <translation>pas une clé privée P-256</translation>
    </message>
    <message>
        <source>a push message holds at most %1 bytes; this one has %2</source>
        <translation>un message push contient au plus %1 octets&#xa0;; celui-ci en a %2</translation>
    </message>
    <message>
        <source>a push subscription&apos;s auth secret is 16 bytes</source>
        <translation>le secret d&apos;authentification d&apos;un abonnement push fait 16 octets</translation>
    </message>
    <message>
        <source>Web Push settings</source>
        <translation>paramètres Web Push</translation>
    </message>
    <message>
        <source>%1: %2 is the address push services may contact about Herald&apos;s messages: mailto:ops@example.org or an https: URL</source>
        <translation>%1&#xa0;: %2 est l&apos;adresse que les services push peuvent contacter au sujet des messages de Herald&#xa0;: mailto:ops@example.org ou une URL https:</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is not an http(s) URL</source>
        <translation>%1&#xa0;: %2 «&#xa0;%3&#xa0;» n&apos;est pas une URL http(s)</translation>
    </message>
    <message>
        <source>%1: %2 is very-low, low, normal or high, not &apos;%3&apos;</source>
        <translation>%1&#xa0;: %2 vaut very-low, low, normal ou high, pas «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2 holds origins such as https://shop.example, not &apos;%3&apos;</source>
        <translation>%1&#xa0;: %2 contient des origines comme https://shop.example, pas «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>template &apos;%1&apos; has %2 photos: a Telegram message carries one</source>
        <translation>le modèle &apos;%1&apos; a %2 photos : un message Telegram en porte une</translation>
    </message>
    <message>
        <source>template &apos;%1&apos; is for %2: only email templates carry files, call scripts a recording and Telegram messages a photo</source>
        <translation>le modèle &apos;%1&apos; est pour %2 : seuls les modèles d’e-mail portent des fichiers, les scripts d’appel un enregistrement et les messages Telegram une photo</translation>
    </message>
    <message>
        <source>template &apos;%1&apos; has a photo, so its text is the photo&apos;s caption, which holds %2 characters; this text has %3. Shorten it or remove the photo.</source>
        <translation>le modèle &apos;%1&apos; a une photo, son texte en est donc la légende, qui tient en %2 caractères ; ce texte en a %3. Raccourcissez-le ou retirez la photo.</translation>
    </message>
    <message>
        <source>Correct the %1 settings in Settings → Providers and press Test connection (heraldctl providers test --channel %2).</source>
        <translation>Corrigez les réglages %1 dans Paramètres → Fournisseurs et cliquez sur Tester la connexion (heraldctl providers test --channel %2).</translation>
    </message>
    <message>
        <source>%1: the Telegram bot is missing or blocked; its last test (%2) found: %3</source>
        <translation>%1 : le bot Telegram est introuvable ou bloqué ; son dernier test (%2) a trouvé : %3</translation>
    </message>
    <message>
        <source>%1: its provider %2 failed its last test (%3): %4</source>
        <translation>%1 : son fournisseur %2 a échoué à son dernier test (%3) : %4</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is not an http(s) URL such as %4</source>
        <translation>%1 : %2 &apos;%3&apos; n’est pas une URL http(s) comme %4</translation>
    </message>
    <message>
        <source>%1 is %2, over the %3 Telegram takes for a photo: save it smaller</source>
        <translation>%1 fait %2, au-delà des %3 que Telegram accepte pour une photo : enregistrez-la plus petite</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG or WebP picture: Telegram sends only those as photos</source>
        <translation>%1 n’est pas une image JPEG, PNG ou WebP : Telegram n’envoie que celles-ci comme photos</translation>
    </message>
    <message>
        <source>%1 is empty: choose the picture you meant</source>
        <translation>%1 est vide : choisissez l’image voulue</translation>
    </message>
    <message>
        <source>the photo %1 of template &apos;%2&apos;</source>
        <translation>la photo %1 du modèle &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>herald::UploadFollowUpTable</name>
    <message>
        <source>Upload</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptées</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Skipped (opted out)</source>
        <translation>Ignorées (désinscrits)</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactés</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atteints</translation>
    </message>
    <message>
        <source>Contacted: accepted contacts the campaign&apos;s live runs sent a message to. Reached: of those, delivered or answered on any channel. The rejected rows: heraldctl uploads rejections ID.</source>
        <translation>Contactés&#xa0;: contacts acceptés auxquels les exécutions réelles de la campagne ont envoyé un message. Atteints&#xa0;: parmi eux, ceux dont le message a été remis ou l&apos;appel décroché sur un canal quelconque. Les lignes rejetées&#xa0;: heraldctl uploads rejections ID.</translation>
    </message>
    <message>
        <source>CSV upload follow-up</source>
        <translation>Suivi des imports CSV</translation>
    </message>
</context>
<context>
    <name>herald::ViberProvider</name>
    <message>
        <source>the Viber bot %1 (%2) answers; its webhook: %3</source>
        <translation>le bot Viber %1 (%2) répond&#xa0;; son webhook&#xa0;: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Viber does not know this auth token (%1): copy it again from the bot&apos;s page on Viber&apos;s Partners site</source>
        <translation>Viber ne connaît pas ce jeton d&apos;authentification (%1)&#xa0;: copiez-le à nouveau depuis la page du bot sur le site Partenaires de Viber</translation>
    </message>
    <message>
        <source>Viber&apos;s API at %1 did not answer as expected: %2</source>
        <translation>l&apos;API de Viber à %1 n&apos;a pas répondu comme prévu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>herald::WebPushProvider</name>
    <message>
        <source>the organisation&apos;s VAPID public key is %1: browsers subscribe with it as applicationServerKey; messages are signed for %2</source>
        <translation>la clé publique VAPID de l&apos;organisation est %1&#xa0;: les navigateurs s&apos;abonnent avec elle comme applicationServerKey&#xa0;; les messages sont signés pour %2</translation>
    </message>
</context>
<context>
    <name>herald::WriterEndpointBox</name>
    <message>
        <source>Writer endpoint (language model)</source>
        <translation>Point de terminaison du rédacteur (modèle de langage)</translation>
    </message>
    <message>
        <source>Writers draft with the built-in writer, or with an OpenAI-compatible chat-completions service given here. Drafts are content like any other: nothing is sent before the reviewer approves it.</source>
        <translation>Les rédacteurs rédigent avec le rédacteur intégré, ou avec un service de complétion de chat compatible OpenAI indiqué ici. Les brouillons sont du contenu comme un autre&#xa0;: rien n&apos;est envoyé avant que le relecteur ne l&apos;approuve.</translation>
    </message>
    <message>
        <source>https://api.example.com/v1 (empty: the built-in writer)</source>
        <translation>https://api.example.com/v1 (vide&#xa0;: le rédacteur intégré)</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini</source>
        <translation>p. ex. gpt-4o-mini</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Cl&amp;é API&#xa0;:</translation>
    </message>
    <message>
        <source>Remove the stored key</source>
        <translation>Supprimer la clé enregistrée</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Délai&#xa0;:</translation>
    </message>
    <message>
        <source>Test en&amp;dpoint</source>
        <translation>Tester le po&amp;int de terminaison</translation>
    </message>
    <message>
        <source>Save endpoint</source>
        <translation>Enregistrer le point de terminaison</translation>
    </message>
    <message>
        <source>Kept in the system keyring; none for a local server</source>
        <translation>Conservée dans le trousseau du système&#xa0;; aucune pour un serveur local</translation>
    </message>
    <message>
        <source>A key is kept in the keyring: type to replace it</source>
        <translation>Une clé est conservée dans le trousseau&#xa0;: saisissez-en une pour la remplacer</translation>
    </message>
    <message>
        <source>Only an admin changes the writer endpoint</source>
        <translation>Seul un administrateur modifie le point de terminaison du rédacteur</translation>
    </message>
    <message>
        <source>No URL: writers use the built-in writer, which needs no network.</source>
        <translation>Aucune URL&#xa0;: les rédacteurs utilisent le rédacteur intégré, qui ne nécessite pas de réseau.</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>Demande de ses modèles à %1…</translation>
    </message>
    <message>
        <source>Writer endpoint not saved</source>
        <translation>Point de terminaison du rédacteur non enregistré</translation>
    </message>
    <message>
        <source>Writers now draft with %1 (%2).</source>
        <translation>Les rédacteurs rédigent désormais avec %1 (%2).</translation>
    </message>
    <message>
        <source>Writers now draft with the built-in writer.</source>
        <translation>Les rédacteurs rédigent désormais avec le rédacteur intégré.</translation>
    </message>
</context>
<context>
    <name>herald::chatpreview</name>
    <message>
        <source>A click opens %1</source>
        <translation>Un clic ouvre %1</translation>
    </message>
</context>
</TS>
