<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CalendarFormat</name>
    <message>
        <source>Planned launch</source>
        <translation>Lanzamiento previsto</translation>
    </message>
    <message>
        <source>Missed launch</source>
        <translation>Lanzamiento perdido</translation>
    </message>
    <message>
        <source>Run that could not start</source>
        <translation>Ejecución que no pudo iniciarse</translation>
    </message>
    <message>
        <source>Test run</source>
        <translation>Ejecución de prueba</translation>
    </message>
    <message>
        <source>Live run</source>
        <translation>Ejecución real</translation>
    </message>
    <message>
        <source>%1/s, its rate limit</source>
        <translation>%1/s, su límite de velocidad</translation>
    </message>
    <message>
        <source>%1/s, as the provider sent while sending run #%2, which ended %3</source>
        <translation>%1/s, la velocidad del proveedor durante la ejecución #%2, que terminó %3</translation>
    </message>
    <message>
        <source>%1/s assumed: no recent run measured the provider yet</source>
        <translation>%1/s supuestos: ninguna ejecución reciente ha medido aún el proveedor</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln message(s), done by %2 (%3)</source>
        <translation>
            <numerusform>%1: %Ln mensaje, fin previsto: %2 (%3)</numerusform>
            <numerusform>%1: %Ln mensajes, fin previsto: %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nobody to send to</source>
        <translation>%1: no hay destinatarios</translation>
    </message>
    <message>
        <source>; part waits for recipients&apos; quiet hours to end</source>
        <translation>; una parte espera a que terminen las horas de silencio de los destinatarios</translation>
    </message>
    <message numerus="yes">
        <source>; the number pool&apos;s daily caps spread it over %Ln day(s)</source>
        <translation>
            <numerusform>; los límites diarios del grupo de números lo reparten en %Ln día</numerusform>
            <numerusform>; los límites diarios del grupo de números lo reparten en %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>No forecast: %1</source>
        <translation>Sin previsión: %1</translation>
    </message>
    <message>
        <source>campaign %1</source>
        <translation>campaña %1</translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation>Canales: %1</translation>
    </message>
    <message>
        <source>Launch: %1</source>
        <translation>Lanzamiento: %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <source>Was due %1 while Herald was not running</source>
        <translation>Previsto para %1 mientras Herald no estaba en ejecución</translation>
    </message>
    <message>
        <source>Launches %1, done by about %2</source>
        <translation>Se lanza %1, termina hacia %2</translation>
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
        <translation>Ejecución de prueba</translation>
    </message>
    <message>
        <source>Live run</source>
        <translation>Ejecución real</translation>
    </message>
    <message>
        <source>%1 #%2 (%3), %4</source>
        <translation>%1 #%2 (%3), %4</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> por %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>usuario %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Writer</source>
        <translation>Redactor</translation>
    </message>
    <message>
        <source> — approved %1</source>
        <translation> — aprobado %1</translation>
    </message>
    <message>
        <source> — &lt;b&gt;approval needed&lt;/b&gt;</source>
        <translation> — &lt;b&gt;requiere aprobación&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>no content</source>
        <translation>sin contenido</translation>
    </message>
    <message numerus="yes">
        <source>own text (%n character(s))</source>
        <translation>
            <numerusform>texto propio (%n carácter)</numerusform>
            <numerusform>texto propio (%n caracteres)</numerusform>
        </translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation>, desde %1</translation>
    </message>
    <message>
        <source>sender %1</source>
        <translation>remitente %1</translation>
    </message>
    <message>
        <source>, %1/min</source>
        <translation>, %1/min</translation>
    </message>
    <message>
        <source>list %1</source>
        <translation>lista %1</translation>
    </message>
    <message>
        <source>send to %1</source>
        <translation>enviar a %1</translation>
    </message>
    <message>
        <source>exclude %1</source>
        <translation>excluir %1</translation>
    </message>
    <message>
        <source>one-time rules</source>
        <translation>reglas puntuales</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> a las %1</translation>
    </message>
    <message>
        <source> from %1, %2</source>
        <translation> desde %1, %2</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Lanzamiento</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>Caduca tras</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Link clicks</source>
        <translation>Clics en enlaces</translation>
    </message>
    <message>
        <source>tracked through the organisation&apos;s listener</source>
        <translation>registrados mediante el receptor de la organización</translation>
    </message>
    <message>
        <source>Test recipients</source>
        <translation>Destinatarios de prueba</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>&lt;b&gt;no&lt;/b&gt;</source>
        <translation>&lt;b&gt;no&lt;/b&gt;</translation>
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
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>CSV for Excel (UTF-8 with byte-order mark) (*.csv)</source>
        <translation>CSV para Excel (UTF-8 con marca de orden de bytes) (*.csv)</translation>
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
        <translation>Esta compilación no incluye la guía del usuario.</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>Herald User Guide</source>
        <translation>Guía del usuario de Herald</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Herald %1&lt;/h3&gt;&lt;p&gt;Command center for outbound campaigns over email, SMS and phone.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Herald %1&lt;/h3&gt;&lt;p&gt;Centro de mando para campañas salientes por correo electrónico, SMS y teléfono.&lt;/p&gt;&lt;p&gt;Publicado bajo la Licencia Pública General de GNU, versión 3 o posterior.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2, en ejecución sobre Qt %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Empty</source>
        <translation>Vacío</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1 carácter</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 caracteres</translation>
    </message>
    <message>
        <source>1 segment</source>
        <translation>1 segmento</translation>
    </message>
    <message>
        <source>%1 segments</source>
        <translation>%1 segmentos</translation>
    </message>
    <message>
        <source>UCS-2 (Unicode) because of “%1” at character %2</source>
        <translation>UCS-2 (Unicode) por “%1” en el carácter %2</translation>
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
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Test run #%1</source>
        <translation>Ejecución de prueba #%1</translation>
    </message>
    <message>
        <source>Live run #%1</source>
        <translation>Ejecución real #%1</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Times in</source>
        <translation>Horas en</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Iniciada por</translation>
    </message>
    <message>
        <source>Disclaimer accepted</source>
        <translation>Aviso legal aceptado</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Funnel per channel</source>
        <translation>Embudo por canal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Delivered / answered</source>
        <translation>Entregados / contestados</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondidos</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Bajas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Objetivo: %1</translation>
    </message>
    <message>
        <source>Link clicks</source>
        <translation>Clics en enlaces</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Outcome per channel</source>
        <translation>Resultado por canal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Latency avg</source>
        <translation>Latencia media</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latencia p95</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Rendimiento</translation>
    </message>
    <message>
        <source>Failure reasons</source>
        <translation>Motivos de fallo</translation>
    </message>
    <message>
        <source>No message failed.</source>
        <translation>Ningún mensaje ha fallado.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>No replies.</source>
        <translation>Sin respuestas.</translation>
    </message>
    <message>
        <source>%1 replies; the latest:</source>
        <translation>%1 respuestas; las más recientes:</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Frozen configuration</source>
        <translation>Configuración congelada</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>herald::AccessibleTable</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::ActiveView</name>
    <message>
        <source>Stop sche&amp;dule…</source>
        <translation>Detener pro&amp;gramación…</translation>
    </message>
    <message>
        <source>Number pool health</source>
        <translation>Estado de los grupos de números</translation>
    </message>
    <message>
        <source>recurring (%1), starting %2</source>
        <translation>recurrente (%1), a partir de %2</translation>
    </message>
    <message>
        <source>Channel progress</source>
        <translation>Progreso de los canales</translation>
    </message>
    <message>
        <source>Each channel&apos;s progress and commands, and the number pools&apos; health</source>
        <translation>El progreso y los comandos de cada canal, y el estado de los grupos de números</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scheduled&lt;/b&gt;: launches %1.</source>
        <translation>&lt;b&gt;Programada&lt;/b&gt;: se lanza %1.</translation>
    </message>
</context>
<context>
    <name>herald::CalendarPage</name>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Show today (Home)</source>
        <translation>Mostrar hoy (Home)</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Anterior (Page Up)</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Siguiente (Page Down)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <source>Month view (Alt+M)</source>
        <translation>Vista mensual (Alt+M)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>Week view (Alt+W)</source>
        <translation>Vista semanal (Alt+S)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>Day view (Alt+D)</source>
        <translation>Vista diaria (Alt+D)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before it happens&lt;/b&gt;: planned launches that would not go as planned.</source>
        <translation>&lt;b&gt;Antes de que ocurra&lt;/b&gt;: lanzamientos previstos que no saldrían según lo planeado.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Stop schedule…</source>
        <translation>Detener &amp;programación…</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <source>The calendar could not be read: %1</source>
        <translation>No se pudo leer el calendario: %1</translation>
    </message>
    <message>
        <source>Times are in %1, the tenant&apos;s time zone. Planned launches are drawn to their forecast finish; double-click an entry to open its campaign.</source>
        <translation>Las horas están en %1, la zona horaria de la organización. Los lanzamientos previstos se dibujan hasta su fin estimado; haga doble clic en una entrada para abrir su campaña.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) was due %3, while Herald was not running: it was not sent.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) estaba previsto %3, mientras Herald no estaba en ejecución: no se envió.</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Reprogramar…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>%1 (role %2) may not resolve missed launches: ask a manager or an admin.</source>
        <translation>%1 (rol %2) no puede resolver lanzamientos perdidos: pídalo a un gestor o a un administrador.</translation>
    </message>
    <message>
        <source>Select an entry to see its campaign, channels, status, launch type, time and description.</source>
        <translation>Seleccione una entrada para ver su campaña, canales, estado, tipo de lanzamiento, hora y descripción.</translation>
    </message>
    <message>
        <source>Stop the schedule of %1? None of its recurring launches will happen until it is scheduled again; runs already made keep their results.</source>
        <translation>¿Detener la programación de %1? No se producirá ninguno de sus lanzamientos recurrentes hasta que se vuelva a programar; las ejecuciones ya realizadas conservan sus resultados.</translation>
    </message>
    <message>
        <source>Stop the schedule of %1? It will not launch at %2; it can be scheduled again.</source>
        <translation>¿Detener la programación de %1? No se lanzará el %2; se puede volver a programar.</translation>
    </message>
    <message>
        <source>Stop schedule</source>
        <translation>Detener programación</translation>
    </message>
    <message>
        <source>The schedule of %1 is stopped.</source>
        <translation>Se ha detenido la programación de %1.</translation>
    </message>
    <message>
        <source>The missed launch is being sent now.</source>
        <translation>El lanzamiento perdido se está enviando ahora.</translation>
    </message>
    <message>
        <source>Reschedule missed launch</source>
        <translation>Reprogramar lanzamiento perdido</translation>
    </message>
    <message>
        <source>Launch &amp;at (%1):</source>
        <translation>&amp;Lanzar el (%1):</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Reprogramar</translation>
    </message>
    <message>
        <source>Rescheduled for %1.</source>
        <translation>Reprogramado para el %1.</translation>
    </message>
    <message>
        <source>Skip missed launch</source>
        <translation>Omitir lanzamiento perdido</translation>
    </message>
    <message>
        <source>Skip this launch? Nothing is sent for it; a recurring campaign goes on with its next launch, a one-off schedule is stopped.</source>
        <translation>¿Omitir este lanzamiento? No se envía nada por él; una campaña recurrente continúa con su siguiente lanzamiento y una programación única se detiene.</translation>
    </message>
    <message>
        <source>The missed launch was skipped.</source>
        <translation>Se ha omitido el lanzamiento perdido.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Scrolls through the calendar&apos;s days and hours</source>
        <translation>Desplaza los días y las horas del calendario</translation>
    </message>
</context>
<context>
    <name>herald::CalendarView</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Missed: </source>
        <translation>Perdidos: </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
</context>
<context>
    <name>herald::CallPreview</name>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <source>The recording %1 is played</source>
        <translation>Se reproduce la grabación %1</translation>
    </message>
    <message>
        <source>Rendering the speech…</source>
        <translation>Generando la voz…</translation>
    </message>
    <message>
        <source>Spoken by espeak-ng (voice %1)</source>
        <translation>Locución de espeak-ng (voz %1)</translation>
    </message>
    <message>
        <source>%1: %2 s.</source>
        <translation>%1: %2 s.</translation>
    </message>
    <message>
        <source>This computer has no audio output</source>
        <translation>Este equipo no tiene salida de audio</translation>
    </message>
    <message>
        <source>Play what the callee hears</source>
        <translation>Reproducir lo que oye el destinatario de la llamada</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
</context>
<context>
    <name>herald::CampaignBuilder</name>
    <message>
        <source>&amp;Activated</source>
        <translation>Ac&amp;tivada</translation>
    </message>
    <message>
        <source>Only an activated campaign can run or be scheduled; leave it off while the plan is still being worked on.</source>
        <translation>Solo una campaña activada puede ejecutarse o programarse; déjela desactivada mientras el plan siga en preparación.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Show the campaign as it is saved now; your unsaved changes are dropped</source>
        <translation>Mostrar la campaña tal como está guardada ahora; se descartan los cambios no guardados</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>Des&amp;cartar</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Could not check the campaign: %1</source>
        <translation>No se pudo comprobar la campaña: %1</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Cómo solucionarlo</translation>
    </message>
    <message>
        <source>What the team calls it, e.g. Spring sale</source>
        <translation>Cómo la llama el equipo, p. ej. Rebajas de primavera</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. spring, retail</source>
        <translation>Separadas por comas, p. ej. primavera, comercio</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>G&amp;oal:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>&amp;Writer:</source>
        <translation>&amp;Redactor:</translation>
    </message>
    <message>
        <source>The reviewer approves the content; any content change needs approval again.</source>
        <translation>El revisor aprueba el contenido; cualquier cambio en el contenido requiere una nueva aprobación.</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>R&amp;evisor:</translation>
    </message>
    <message>
        <source>%1 channel</source>
        <translation>Canal %1</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>Call script when no template is chosen</source>
        <translation>Guion de la llamada si no se elige ninguna plantilla</translation>
    </message>
    <message>
        <source>Message text when no template is chosen; {{first_name}} merges a field</source>
        <translation>Texto del mensaje si no se elige ninguna plantilla; {{first_name}} inserta un campo</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation>Guion:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>Draft from the writer</source>
        <translation>Borrador del redactor</translation>
    </message>
    <message>
        <source>Write this channel&apos;s text from the goal and the writer&apos;s brief (Basics); the reviewer approves it like any content</source>
        <translation>Redactar el texto de este canal a partir del objetivo y las instrucciones del redactor (Datos básicos); el revisor lo aprueba como cualquier contenido</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Remitente:</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> por minuto</translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation>Predeterminada del proveedor</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Velocidad:</translation>
    </message>
    <message>
        <source>e.g. 08:00-21:00 in the recipient&apos;s time zone; none; empty for the default</source>
        <translation>p. ej. 08:00-21:00 en la zona horaria del destinatario; none; vacío para el valor predeterminado</translation>
    </message>
    <message>
        <source>Send window:</source>
        <translation>Franja de envío:</translation>
    </message>
    <message>
        <source>Contact &amp;list:</source>
        <translation>&amp;Lista de contactos:</translation>
    </message>
    <message>
        <source>Send to segments</source>
        <translation>Segmentos de envío</translation>
    </message>
    <message>
        <source>Send to segments:</source>
        <translation>Segmentos de envío:</translation>
    </message>
    <message>
        <source>Exclude segments</source>
        <translation>Segmentos de exclusión</translation>
    </message>
    <message>
        <source>Exclude segments:</source>
        <translation>Segmentos de exclusión:</translation>
    </message>
    <message>
        <source>Conditions for this campaign only, on top of the list and segments; no condition keeps everyone</source>
        <translation>Condiciones solo para esta campaña, además de la lista y los segmentos; sin condiciones se mantiene a todos</translation>
    </message>
    <message>
        <source>One-time rules:</source>
        <translation>Reglas puntuales:</translation>
    </message>
    <message>
        <source>Reaches now:</source>
        <translation>Alcance actual:</translation>
    </message>
    <message>
        <source>Now: runs as soon as it is started</source>
        <translation>Ahora: se ejecuta en cuanto se inicia</translation>
    </message>
    <message>
        <source>Manual: someone presses Run</source>
        <translation>Manual: alguien pulsa Ejecutar</translation>
    </message>
    <message>
        <source>Schedule: once, at the send time</source>
        <translation>Programado: una vez, a la hora de envío</translation>
    </message>
    <message>
        <source>Recurring: from the send time, by the recurrence rule</source>
        <translation>Recurrente: desde la hora de envío, según la regla de recurrencia</translation>
    </message>
    <message>
        <source>&amp;Launch:</source>
        <translation>&amp;Lanzamiento:</translation>
    </message>
    <message>
        <source>Sen&amp;d at:</source>
        <translation>&amp;Hora de envío:</translation>
    </message>
    <message>
        <source>RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=MO</source>
        <translation>Regla RFC 5545, p. ej. FREQ=WEEKLY;BYDAY=MO</translation>
    </message>
    <message>
        <source>Recurre&amp;nce:</source>
        <translation>Recurr&amp;encia:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Messages not sent this long after the run started are not sent at all.</source>
        <translation>Los mensajes que no se hayan enviado pasado este tiempo desde el inicio de la ejecución ya no se envían.</translation>
    </message>
    <message>
        <source>Time t&amp;o live:</source>
        <translation>Vige&amp;ncia:</translation>
    </message>
    <message>
        <source>Track link clicks</source>
        <translation>Registrar clics en enlaces</translation>
    </message>
    <message>
        <source>Links in the email and SMS content go through the organisation&apos;s listener, which counts each click per message and link (Settings → Organisations → Listener). The report shows clicks and the goal&apos;s conversion.</source>
        <translation>Los enlaces del contenido de correo y SMS pasan por el receptor de la organización, que cuenta cada clic por mensaje y enlace (Configuración → Organizaciones → Receptor). El informe muestra los clics y la conversión del objetivo.</translation>
    </message>
    <message>
        <source>One email address or +E.164 number per line</source>
        <translation>Una dirección de correo o un número +E.164 por línea</translation>
    </message>
    <message>
        <source>Test reci&amp;pients:</source>
        <translation>Destinatarios de &amp;prueba:</translation>
    </message>
    <message>
        <source>Choose the goal and the writer on the Basics page first: the draft follows them.</source>
        <translation>Elija primero el objetivo y el redactor en la página Datos básicos: el borrador se basa en ellos.</translation>
    </message>
    <message>
        <source>A draft is on its way from the writer&apos;s endpoint.</source>
        <translation>Un borrador está en camino desde el punto de conexión del redactor.</translation>
    </message>
    <message>
        <source>Replace the %1 text with a new draft from %2?</source>
        <translation>¿Reemplazar el texto del canal %1 por un nuevo borrador de %2?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>The writer&apos;s endpoint gave no draft: %1

Use the built-in writer&apos;s draft instead?</source>
        <translation>El punto de conexión del redactor no devolvió ningún borrador: %1

¿Usar en su lugar el borrador del redactor integrado?</translation>
    </message>
    <message>
        <source>Use the built-in draft</source>
        <translation>Usar el borrador integrado</translation>
    </message>
    <message>
        <source>Asking %1 for a draft…</source>
        <translation>Pidiendo un borrador a %1…</translation>
    </message>
    <message>
        <source>Drafted the %1 text from %2.</source>
        <translation>Texto del canal %1 redactado a partir de %2.</translation>
    </message>
    <message>
        <source>Drafted the %1 text from %2; %3.</source>
        <translation>Texto del canal %1 redactado a partir de %2; %3.</translation>
    </message>
    <message>
        <source>(no goal)</source>
        <translation>(sin objetivo)</translation>
    </message>
    <message>
        <source>(no writer)</source>
        <translation>(sin redactor)</translation>
    </message>
    <message>
        <source>(no reviewer)</source>
        <translation>(sin revisor)</translation>
    </message>
    <message>
        <source>(every contact)</source>
        <translation>(todos los contactos)</translation>
    </message>
    <message>
        <source>(none: use the text below)</source>
        <translation>(ninguna: usar el texto de abajo)</translation>
    </message>
    <message>
        <source>(no template)</source>
        <translation>(sin plantilla)</translation>
    </message>
    <message>
        <source>(no sender)</source>
        <translation>(sin remitente)</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (en pausa)</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Editar campaña</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <source>%1 changed this campaign elsewhere, and it cannot be read now: %2</source>
        <translation>%1 ha modificado esta campaña en otro lugar y ahora no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1 changed this campaign elsewhere: %2</source>
        <translation>%1 ha modificado esta campaña en otro lugar: %2</translation>
    </message>
    <message>
        <source>%1 changed this campaign elsewhere; the form shows it as saved now.</source>
        <translation>%1 ha modificado esta campaña en otro lugar; el formulario la muestra tal como está guardada ahora.</translation>
    </message>
    <message>
        <source>%1 changed this campaign elsewhere since you opened it. Reload to see their changes (yours are dropped), or keep editing: saving replaces their changes.</source>
        <translation>%1 ha modificado esta campaña en otro lugar desde que la abrió. Recargue para ver esos cambios (los suyos se descartan) o siga editando: al guardar, esos cambios se sustituyen.</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (eliminado)</translation>
    </message>
    <message>
        <source>#%1 (not found)</source>
        <translation>#%1 (no encontrado)</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <source>Edit %1 — %2</source>
        <translation>Editar %1 — %2</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Plantilla: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>aún no guardada</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready to run&lt;/b&gt; once saved.</source>
        <translation>&lt;b&gt;Lista para ejecutarse&lt;/b&gt; una vez guardada.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n thing(s) to fix&lt;/b&gt; before it can run; saving keeps it as a draft.</source>
        <translation>
            <numerusform>&lt;b&gt;%n problema por corregir&lt;/b&gt; antes de poder ejecutarse; al guardar se mantiene como borrador.</numerusform>
            <numerusform>&lt;b&gt;%n problemas por corregir&lt;/b&gt; antes de poder ejecutarse; al guardar se mantiene como borrador.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose channels to see how many they reach.</source>
        <translation>Elija canales para ver a cuántos destinatarios llegan.</translation>
    </message>
    <message>
        <source>the new campaign</source>
        <translation>la nueva campaña</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to %1 before leaving?</source>
        <translation>¿Guardar los cambios en %1 antes de salir?</translation>
    </message>
    <message>
        <source>Save campaign</source>
        <translation>Guardar campaña</translation>
    </message>
    <message>
        <source>Give the campaign a name before saving it.</source>
        <translation>Asigne un nombre a la campaña antes de guardarla.</translation>
    </message>
    <message>
        <source>Correct the marked field first: %1</source>
        <translation>Corrija primero el campo marcado: %1</translation>
    </message>
    <message>
        <source>Saved %1: the content changed, so it needs the reviewer&apos;s approval again.</source>
        <translation>%1 guardada: el contenido ha cambiado, por lo que necesita de nuevo la aprobación del revisor.</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>%1 guardada (%2).</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Leave the campaign without saving (Esc)</source>
        <translation>Salir de la campaña sin guardar (Esc)</translation>
    </message>
    <message>
        <source>Campaign sections</source>
        <translation>Secciones de la campaña</translation>
    </message>
    <message>
        <source>&amp;Basics</source>
        <translation>Datos &amp;básicos</translation>
    </message>
    <message>
        <source>Chann&amp;els</source>
        <translation>Canale&amp;s</translation>
    </message>
    <message>
        <source>Aud&amp;ience</source>
        <translation>A&amp;udiencia</translation>
    </message>
    <message>
        <source>La&amp;unch</source>
        <translation>Lanza&amp;miento</translation>
    </message>
    <message>
        <source>Each channel the campaign sends on: its content, sender, rate and window</source>
        <translation>Cada canal por el que envía la campaña: su contenido, remitente, velocidad y franja</translation>
    </message>
    <message>
        <source>Typed and shown in the campaign&apos;s time zone (below)</source>
        <translation>Se escribe y se muestra en la zona horaria de la campaña (abajo)</translation>
    </message>
    <message>
        <source>UTC, until the time zone below is one Herald knows</source>
        <translation>UTC, mientras Herald no reconozca la zona horaria de abajo</translation>
    </message>
    <message>
        <source>%1 time (%2)</source>
        <translation>Hora de %1 (%2)</translation>
    </message>
    <message>
        <source>%1, which is %2 in %3</source>
        <translation>%1, es decir, %2 en %3</translation>
    </message>
</context>
<context>
    <name>herald::CampaignDetailPage</name>
    <message>
        <source>every channel of %1</source>
        <translation>todos los canales de %1</translation>
    </message>
    <message>
        <source>the %1 channel of %2</source>
        <translation>el canal %1 de %2</translation>
    </message>
    <message>
        <source>Paused %1</source>
        <translation>Se ha pausado %1</translation>
    </message>
    <message>
        <source>Resumed %1</source>
        <translation>Se ha reanudado %1</translation>
    </message>
    <message>
        <source>Stopped %1</source>
        <translation>Se ha detenido %1</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>Back to the campaign list (Alt+Left)</source>
        <translation>Volver a la lista de campañas (Alt+Left)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Reload a full snapshot (F5)</source>
        <translation>Recargar una instantánea completa (F5)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>In&amp;forme</translation>
    </message>
    <message>
        <source>Every reply and opt-out the campaign&apos;s runs received, newest first</source>
        <translation>Todas las respuestas y bajas que recibieron las ejecuciones de la campaña, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>&amp;Communications</source>
        <translation>&amp;Comunicaciones</translation>
    </message>
    <message>
        <source>Open campaign</source>
        <translation>Abrir campaña</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Run…</source>
        <translation>Ejecutar…</translation>
    </message>
    <message>
        <source>Test run…</source>
        <translation>Ejecución de prueba…</translation>
    </message>
    <message>
        <source>Pause all channels</source>
        <translation>Pausar todos los canales</translation>
    </message>
    <message>
        <source>Stop all channels…</source>
        <translation>Detener todos los canales…</translation>
    </message>
    <message>
        <source>Retry failed…</source>
        <translation>Reintentar fallidos…</translation>
    </message>
    <message>
        <source>Send again, as a new run, to the recipients whose message failed after its retries</source>
        <translation>Volver a enviar, como nueva ejecución, a los destinatarios cuyo mensaje falló tras sus reintentos</translation>
    </message>
    <message>
        <source>Remarket…</source>
        <translation>Remarketing…</translation>
    </message>
    <message>
        <source>A new Draft campaign for those who failed, did not reply or did not answer, or for the contacts selected in the task table</source>
        <translation>Una nueva campaña en Borrador para quienes fallaron, no respondieron o no contestaron, o para los contactos seleccionados en la tabla de tareas</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Clone into a new campaign</source>
        <translation>Clonar en una nueva campaña</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Clonar</translation>
    </message>
    <message>
        <source>Cloned into %1</source>
        <translation>Clonada en %1</translation>
    </message>
    <message>
        <source>Export messages (CSV)…</source>
        <translation>Exportar mensajes (CSV)…</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>Exportar mensajes</translation>
    </message>
    <message>
        <source>Every message of every run, one row each, for a spreadsheet</source>
        <translation>Todos los mensajes de todas las ejecuciones, uno por fila, para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Export report (PDF)…</source>
        <translation>Exportar informe (PDF)…</translation>
    </message>
    <message>
        <source>PDF, A4 (*.pdf)</source>
        <translation>PDF, A4 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, Letter (*.pdf)</source>
        <translation>PDF, Carta (*.pdf)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>The report of the run shown, to print or send</source>
        <translation>El informe de la ejecución mostrada, para imprimir o enviar</translation>
    </message>
    <message>
        <source>Export report tables (CSV)…</source>
        <translation>Exportar tablas del informe (CSV)…</translation>
    </message>
    <message>
        <source>Export report tables</source>
        <translation>Exportar tablas del informe</translation>
    </message>
    <message>
        <source>The report&apos;s tables (funnel, outcomes, reasons, numbers, throughput) for a spreadsheet</source>
        <translation>Las tablas del informe (embudo, resultados, motivos, números, rendimiento) para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Imprimir informe…</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Guardar como plantilla…</translation>
    </message>
    <message>
        <source>Keep this campaign&apos;s content as templates, one per channel, to reuse in other campaigns</source>
        <translation>Conservar el contenido de esta campaña como plantillas, una por canal, para reutilizarlo en otras campañas</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Archive campaign</source>
        <translation>Archivar campaña</translation>
    </message>
    <message>
        <source>Archive %1? It leaves the list and keeps every run and result.</source>
        <translation>¿Archivar %1? Sale de la lista y conserva todas las ejecuciones y resultados.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Eliminar campaña</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1? Its configuration, %n run(s), every message and all results are deleted for good.</source>
        <translation>
            <numerusform>¿Eliminar %1? Su configuración, %n ejecución, todos los mensajes y todos los resultados se eliminarán definitivamente.</numerusform>
            <numerusform>¿Eliminar %1? Su configuración, %n ejecuciones, todos los mensajes y todos los resultados se eliminarán definitivamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive instead</source>
        <translation>Archivar en su lugar</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Exporting the messages…</source>
        <translation>Exportando los mensajes…</translation>
    </message>
    <message>
        <source>Exported %1 messages to %2.</source>
        <translation>Se exportaron %1 mensajes a %2.</translation>
    </message>
    <message>
        <source>Print report — %1</source>
        <translation>Imprimir informe — %1</translation>
    </message>
    <message>
        <source>Report of %1 saved to %2.</source>
        <translation>Informe de %1 guardado en %2.</translation>
    </message>
    <message>
        <source>Report tables of %1 saved to %2.</source>
        <translation>Tablas del informe de %1 guardadas en %2.</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <source>Template &amp;name:</source>
        <translation>&amp;Nombre de la plantilla:</translation>
    </message>
    <message>
        <source>One template per channel, named “&lt;name&gt; (&lt;channel&gt;)”.</source>
        <translation>Una plantilla por canal, con el nombre “&lt;nombre&gt; (&lt;canal&gt;)”.</translation>
    </message>
    <message>
        <source>Saved 1 template from %1.</source>
        <translation>Se guardó 1 plantilla de %1.</translation>
    </message>
    <message>
        <source>Saved %1 templates from %2.</source>
        <translation>Se guardaron %1 plantillas de %2.</translation>
    </message>
    <message>
        <source>Created the follow-up %1 for %2 contacts: activate it and have its content approved to run it.</source>
        <translation>Se creó la campaña de seguimiento %1 para %2 contactos: actívela y haga que se apruebe su contenido para ejecutarla.</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Reintentar fallidos</translation>
    </message>
    <message>
        <source>No message of %1 failed for a pre-send or transient reason: there is nobody to send to again.</source>
        <translation>Ningún mensaje de %1 falló por un motivo previo al envío o transitorio: no hay nadie a quien volver a enviar.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Send %1 again to the recipients whose message failed after its retries (%2)? Nobody it reached, bounced for good or opted out is contacted.

%3</source>
        <translation>¿Volver a enviar %1 a los destinatarios cuyo mensaje falló tras sus reintentos (%2)? No se contacta a nadie a quien ya se llegó, cuyo mensaje rebotó definitivamente o que se dio de baja.

%3</translation>
    </message>
    <message>
        <source>Accept and send</source>
        <translation>Aceptar y enviar</translation>
    </message>
    <message>
        <source>Queueing the retry…</source>
        <translation>Poniendo en cola el reintento…</translation>
    </message>
    <message>
        <source>Retry run %1 of %2 started.</source>
        <translation>Se inició la ejecución de reintento %1 de %2.</translation>
    </message>
    <message>
        <source>Stop channel</source>
        <translation>Detener canal</translation>
    </message>
    <message>
        <source>Stop every channel of “%1”?</source>
        <translation>¿Detener todos los canales de “%1”?</translation>
    </message>
    <message>
        <source>Stop the %1 channel of “%2”?</source>
        <translation>¿Detener el canal %1 de “%2”?</translation>
    </message>
    <message>
        <source>Only messages still queued are cancelled; messages already handed to the provider finish on their own. A stopped run cannot be resumed.</source>
        <translation>Solo se cancelan los mensajes que siguen en cola; los mensajes ya entregados al proveedor terminan por sí solos. Una ejecución detenida no se puede reanudar.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Forecast for that launch:</source>
        <translation>Previsión para ese lanzamiento:</translation>
    </message>
    <message>
        <source>Schedule campaign</source>
        <translation>Programar campaña</translation>
    </message>
    <message>
        <source>Arm %1 to launch %2?

%3%4</source>
        <translation>¿Programar %1 para que se lance %2?

%3%4</translation>
    </message>
    <message>
        <source>at its next occurrence</source>
        <translation>en su próxima repetición</translation>
    </message>
    <message>
        <source>Accept and schedule</source>
        <translation>Aceptar y programar</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programar</translation>
    </message>
    <message>
        <source>%1 launches %2</source>
        <translation>%1 se lanza %2</translation>
    </message>
    <message>
        <source>Stop schedule</source>
        <translation>Detener programación</translation>
    </message>
    <message>
        <source>Stop the schedule of %1? Runs already made keep their results; it can be scheduled again.</source>
        <translation>¿Detener la programación de %1? Las ejecuciones ya realizadas conservan sus resultados; se puede volver a programar.</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Cómo solucionarlo</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>Accio&amp;nes</translation>
    </message>
    <message>
        <source>Campaign sections</source>
        <translation>Secciones de la campaña</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>&amp;Tareas</translation>
    </message>
    <message>
        <source>Revie&amp;w</source>
        <translation>Revi&amp;sión</translation>
    </message>
    <message>
        <source>Communications of the campaign</source>
        <translation>Comunicaciones de la campaña</translation>
    </message>
</context>
<context>
    <name>herald::CampaignListModel</name>
    <message>
        <source>Now</source>
        <comment>launch type</comment>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Manual</source>
        <comment>launch type</comment>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Schedule</source>
        <comment>launch type</comment>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Recurring</source>
        <comment>launch type</comment>
        <translation>Recurrente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Lanzamiento</translation>
    </message>
    <message>
        <source>Send time</source>
        <translation>Hora de envío</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
</context>
<context>
    <name>herald::CampaignStatus</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
</context>
<context>
    <name>herald::CampaignsPage</name>
    <message>
        <source>Search by name or ID (Ctrl+F)</source>
        <translation>Buscar por nombre o ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search campaigns</source>
        <translation>Buscar campañas</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>Filtro de canal</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <source>Create a campaign (Ctrl+N)</source>
        <translation>Crear una campaña (Ctrl+N)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>The selected campaigns side by side in Statistics</source>
        <translation>Las campañas seleccionadas una junto a otra en Estadísticas</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>The list cannot be sorted by this column.</source>
        <translation>La lista no se puede ordenar por esta columna.</translation>
    </message>
    <message>
        <source>Choose how email or SMS is sent</source>
        <translation>Elegir cómo se envían los correos o los SMS</translation>
    </message>
    <message>
        <source>Add a sender: who your messages come from</source>
        <translation>Añadir un remitente: de quién proceden sus mensajes</translation>
    </message>
    <message>
        <source>Set Herald&apos;s listener, which serves the unsubscribe links of your emails</source>
        <translation>Configurar el receptor de Herald, que sirve los enlaces de baja de sus correos</translation>
    </message>
    <message>
        <source>Add a reviewer, who approves content before it runs</source>
        <translation>Añadir un revisor, que aprueba el contenido antes de ejecutarlo</translation>
    </message>
    <message>
        <source>Import your contacts</source>
        <translation>Importar sus contactos</translation>
    </message>
    <message>
        <source>Write a template</source>
        <translation>Escribir una plantilla</translation>
    </message>
    <message>
        <source>Describe a goal and a writer</source>
        <translation>Describir un objetivo y un redactor</translation>
    </message>
    <message>
        <source>Create a campaign</source>
        <translation>Crear una campaña</translation>
    </message>
    <message>
        <source>Run it live</source>
        <translation>Ejecutarla en real</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>%1 of %2 done. This list goes away after your first live run.</source>
        <translation>%1 de %2 completados. Esta lista desaparece tras su primera ejecución real.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Choose a tenant to see its campaigns.</source>
        <translation>Elija una organización para ver sus campañas.</translation>
    </message>
    <message>
        <source> (scroll for more)</source>
        <translation> (desplácese para ver más)</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campaña</numerusform>
            <numerusform>%n campañas</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare %1</source>
        <translation>Comparar %1</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Duplicar %1</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>Archivar %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>%n campaign(s) duplicated</source>
        <translation>%n campaña(s) duplicada(s)</translation>
    </message>
    <message>
        <source>%n campaign(s) archived</source>
        <translation>%n campaña(s) archivada(s)</translation>
    </message>
    <message>
        <source>Archive campaigns</source>
        <translation>Archivar campañas</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n campaign(s)? They leave the list (find them under the Archived filter) and keep every run and result.</source>
        <translation>
            <numerusform>¿Archivar %n campaña? Sale de la lista (se encuentra con el filtro Archivadas) y conserva todas las ejecuciones y resultados.</numerusform>
            <numerusform>¿Archivar %n campañas? Salen de la lista (se encuentran con el filtro Archivadas) y conservan todas las ejecuciones y resultados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete campaigns</source>
        <translation>Eliminar campañas</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n campaign(s)? Their configuration, every run, every message and all results are deleted for good; this cannot be undone.

Archiving hides them from the list and keeps the results.</source>
        <translation>
            <numerusform>¿Eliminar %n campaña? Su configuración, todas las ejecuciones, todos los mensajes y todos los resultados se eliminarán definitivamente; no se puede deshacer.

Al archivarla, se oculta de la lista y se conservan los resultados.</numerusform>
            <numerusform>¿Eliminar %n campañas? Su configuración, todas las ejecuciones, todos los mensajes y todos los resultados se eliminarán definitivamente; no se puede deshacer.

Al archivarlas, se ocultan de la lista y se conservan los resultados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive instead</source>
        <translation>Archivar en su lugar</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%n campaign(s) deleted</source>
        <translation>%n campaña(s) eliminada(s)</translation>
    </message>
    <message>
        <source>Why the last run could not start:</source>
        <translation>Por qué no pudo iniciarse la última ejecución:</translation>
    </message>
    <message>
        <source>Campaign info</source>
        <translation>Información de la campaña</translation>
    </message>
    <message>
        <source>What a run would find now:</source>
        <translation>Qué encontraría ahora una ejecución:</translation>
    </message>
    <message>
        <source>Nothing to fix: every check passes.</source>
        <translation>Nada que corregir: se superan todas las comprobaciones.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Run…</source>
        <translation>Ejecutar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Not editable</source>
        <translation>No editable</translation>
    </message>
    <message>
        <source>%1 is %2: its results stay as they were sent, so it cannot be edited or run again. Clone it to start a new campaign from it.</source>
        <translation>%1 está en estado %2: sus resultados se quedan tal como se enviaron, por lo que no se puede editar ni volver a ejecutar. Clónela para crear una nueva campaña a partir de ella.</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Clonar</translation>
    </message>
    <message>
        <source>%1 of %2 done. Steps left, each a link: %3</source>
        <translation>%1 de %2 completados. Pasos pendientes, cada uno un enlace: %3</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Aún no hay campañas</translation>
    </message>
    <message>
        <source>A campaign sends your message to an audience by email, SMS or phone, once or on a schedule.</source>
        <translation>Una campaña envía su mensaje a una audiencia por correo electrónico, SMS o teléfono, una vez o según una programación.</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Nueva campaña…</translation>
    </message>
    <message>
        <source>No campaigns match these filters</source>
        <translation>Ninguna campaña coincide con estos filtros</translation>
    </message>
    <message>
        <source>No campaigns match “%1”</source>
        <translation>Ninguna campaña coincide con “%1”</translation>
    </message>
    <message>
        <source>The search looks at campaign names and IDs; archived campaigns show under the Archived status only.</source>
        <translation>La búsqueda abarca los nombres e ID de las campañas; las campañas archivadas solo aparecen en el estado Archivada.</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Borrar el filtro</translation>
    </message>
</context>
<context>
    <name>herald::ChannelCard</name>
    <message>
        <source>(held: start it when you choose)</source>
        <translation>(retenido: inícielo cuando quiera)</translation>
    </message>
    <message>
        <source>%1 messages: %2 waiting, %3 done, %4 failed</source>
        <translation>%1 mensajes: %2 en espera, %3 terminados, %4 fallidos</translation>
    </message>
    <message>
        <source>Throughput &lt;b&gt;%1/s&lt;/b&gt;</source>
        <translation>Rendimiento &lt;b&gt;%1/s&lt;/b&gt;</translation>
    </message>
    <message>
        <source>calls in progress &lt;b&gt;%1&lt;/b&gt;: dialing %2, ringing %3, talking %4</source>
        <translation>llamadas en curso &lt;b&gt;%1&lt;/b&gt;: marcando %2, sonando %3, en conversación %4</translation>
    </message>
    <message>
        <source>in flight &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>en tránsito &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>error rate &lt;b&gt;%1%&lt;/b&gt;</source>
        <translation>tasa de error &lt;b&gt;%1%&lt;/b&gt;</translation>
    </message>
    <message>
        <source>retrying &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>reintentando &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>outside send window &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>fuera de la franja de envío &lt;b&gt;%1&lt;/b&gt;</translation>
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
        <translation>latencia del proveedor &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Paus&amp;e</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>Rean&amp;udar</translation>
    </message>
    <message>
        <source>Sto&amp;p…</source>
        <translation>&amp;Detener…</translation>
    </message>
</context>
<context>
    <name>herald::ChannelChart</name>
    <message>
        <source>Messages per second</source>
        <translation>Mensajes por segundo</translation>
    </message>
    <message>
        <source>State mix</source>
        <translation>Distribución de estados</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminados</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Seconds since %1</source>
        <translation>Segundos desde %1</translation>
    </message>
    <message>
        <source>Minutes since %1</source>
        <translation>Minutos desde %1</translation>
    </message>
    <message>
        <source>Hours since %1</source>
        <translation>Horas desde %1</translation>
    </message>
    <message>
        <source>Live charts: messages per second and the state mix</source>
        <translation>Gráficos en directo: mensajes por segundo y reparto de estados</translation>
    </message>
    <message>
        <source>Live rate chart: messages sent per second over the run</source>
        <translation>Gráfico de velocidad en directo: mensajes enviados por segundo durante la ejecución</translation>
    </message>
    <message>
        <source>Live chart of messages queued, in flight, done and failed over the run</source>
        <translation>Gráfico en directo de los mensajes en cola, en curso, terminados y fallidos durante la ejecución</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
</context>
<context>
    <name>herald::ChannelKind</name>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
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
        <translation>Listo</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
</context>
<context>
    <name>herald::CommunicationsTable</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Text or state</source>
        <translation>Texto o estado</translation>
    </message>
    <message>
        <source>(no campaign)</source>
        <translation>(sin campaña)</translation>
    </message>
    <message>
        <source>message</source>
        <translation>mensaje</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>respondió</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>se dio de baja</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
</context>
<context>
    <name>herald::ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>ada@example.com</source>
        <translation>ada@example.com</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>+44 7700 900123, or a national number of the region</source>
        <translation>+44 7700 900123, o un número nacional de la región</translation>
    </message>
    <message>
        <source>The region (ISO code, e.g. GB) of numbers written without “+”</source>
        <translation>La región (código ISO, p. ej. ES) de los números escritos sin “+”</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>comma-separated, e.g. vip, newsletter</source>
        <translation>separadas por comas, p. ej. vip, boletín</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>Custom fields (merge fields such as {{Shop}}):</source>
        <translation>Campos personalizados (campos de combinación como {{Shop}}):</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Añadir campo</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Quitar campo</translation>
    </message>
    <message>
        <source>In the lists:</source>
        <translation>En las listas:</translation>
    </message>
    <message>
        <source>The contact&apos;s lists could not be read: %1</source>
        <translation>No se pudieron leer las listas del contacto: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>the chat id the bot writes to, e.g. 123456789</source>
        <translation>el id de chat al que escribe el bot, p. ej. 123456789</translation>
    </message>
    <message>
        <source>Telegram gives the chat id when the contact starts a chat with the tenant&apos;s bot</source>
        <translation>Telegram da el id de chat cuando el contacto inicia un chat con el bot del inquilino</translation>
    </message>
    <message>
        <source>Tele&amp;gram chat:</source>
        <translation>Chat de Tele&amp;gram:</translation>
    </message>
    <message>
        <source>the Viber user id the bot writes to</source>
        <translation>el id de usuario de Viber al que escribe el bot</translation>
    </message>
    <message>
        <source>&amp;Viber user:</source>
        <translation>Usuario de &amp;Viber:</translation>
    </message>
</context>
<context>
    <name>herald::ContactsPage</name>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>Imp&amp;ortar CSV…</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file into a list (Ctrl+I)</source>
        <translation>Importar contactos de un archivo CSV a una lista (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contactos</translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation>&amp;Listas</translation>
    </message>
    <message>
        <source>Each CSV import, with what became of its rows</source>
        <translation>Cada importación CSV, con lo que pasó con sus filas</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicadas</translation>
    </message>
    <message>
        <source>Skipped (opted out)</source>
        <translation>Omitidas (bajas)</translation>
    </message>
    <message>
        <source>&amp;Rejected rows…</source>
        <translation>&amp;Filas rechazadas…</translation>
    </message>
    <message>
        <source>See the selected upload&apos;s rejected rows and save them to correct (Enter)</source>
        <translation>Ver las filas rechazadas de la importación seleccionada y guardarlas para corregirlas (Enter)</translation>
    </message>
    <message>
        <source>&amp;Uploads</source>
        <translation>I&amp;mportaciones</translation>
    </message>
    <message>
        <source>&amp;Segments</source>
        <translation>&amp;Segmentos</translation>
    </message>
    <message>
        <source>&amp;Opt-outs</source>
        <translation>&amp;Bajas</translation>
    </message>
    <message>
        <source>Only managers and administrators import contacts.</source>
        <translation>Solo los gestores y administradores importan contactos.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln list(s)</source>
        <translation>
            <numerusform>en %Ln lista</numerusform>
            <numerusform>en %Ln listas</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload %1: %2 of %3 rows accepted into %4.</source>
        <translation>Importación %1: %2 de %3 filas aceptadas en %4.</translation>
    </message>
    <message>
        <source>Contacts &amp; Segments sections</source>
        <translation>Secciones de Contactos y segmentos</translation>
    </message>
    <message>
        <source>CSV imports</source>
        <translation>Importaciones CSV</translation>
    </message>
    <message>
        <source>No imports yet</source>
        <translation>Aún no hay importaciones</translation>
    </message>
    <message>
        <source>Each CSV import shows here with how many of its rows were accepted, rejected or skipped.</source>
        <translation>Aquí aparece cada importación CSV con cuántas de sus filas se aceptaron, rechazaron u omitieron.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
</context>
<context>
    <name>herald::ContactsView</name>
    <message>
        <source>Search name, email, phone or tag</source>
        <translation>Buscar nombre, correo, teléfono o etiqueta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;Nuevo contacto…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>E&amp;tiquetas:</translation>
    </message>
    <message>
        <source>comma-separated, e.g. vip, newsletter</source>
        <translation>separadas por comas, p. ej. vip, boletín</translation>
    </message>
    <message>
        <source>Save tags</source>
        <translation>Guardar etiquetas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Communications&lt;/b&gt;: every message, reply and opt-out, newest first</source>
        <translation>&lt;b&gt;Comunicaciones&lt;/b&gt;: todos los mensajes, respuestas y bajas, de más reciente a más antiguo</translation>
    </message>
    <message>
        <source>The first %1 matches: refine the search to see others.</source>
        <translation>Las primeras %1 coincidencias: afine la búsqueda para ver otras.</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 contactos</translation>
    </message>
    <message>
        <source>Only managers and administrators edit contacts.</source>
        <translation>Solo los gestores y administradores editan contactos.</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Contact added.</source>
        <translation>Contacto añadido.</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Contacto guardado.</translation>
    </message>
    <message>
        <source>Tags not saved</source>
        <translation>Etiquetas no guardadas</translation>
    </message>
    <message>
        <source>Tags saved.</source>
        <translation>Etiquetas guardadas.</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Communications with the contact</source>
        <translation>Comunicaciones con el contacto</translation>
    </message>
    <message>
        <source>Every message, reply and opt-out, newest first</source>
        <translation>Todos los mensajes, respuestas y bajas, de más reciente a más antiguo</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Aún no hay contactos</translation>
    </message>
    <message>
        <source>Import a CSV file of contacts into a list; New contact… adds one by hand.</source>
        <translation>Importe un archivo CSV de contactos en una lista; Nuevo contacto… añade uno a mano.</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>Importar contactos…</translation>
    </message>
    <message>
        <source>Only managers and administrators import contacts.</source>
        <translation>Solo los gestores y administradores importan contactos.</translation>
    </message>
    <message>
        <source>No contacts match “%1”</source>
        <translation>Ningún contacto coincide con “%1”</translation>
    </message>
    <message>
        <source>The search looks at names, email addresses, phone numbers and tags.</source>
        <translation>La búsqueda abarca nombres, direcciones de correo, números de teléfono y etiquetas.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Telegram chat</source>
        <translation>Chat de Telegram</translation>
    </message>
    <message>
        <source>Viber user</source>
        <translation>Usuario de Viber</translation>
    </message>
    <message>
        <source>Push subscription</source>
        <translation>Suscripción push</translation>
    </message>
    <message>
        <source>%1, since %2, last delivered %3</source>
        <translation>%1, desde %2, última entrega %3</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, desde %2</translation>
    </message>
    <message>
        <source>Telegram link</source>
        <translation>Enlace de Telegram</translation>
    </message>
    <message>
        <source>Viber link</source>
        <translation>Enlace de Viber</translation>
    </message>
</context>
<context>
    <name>herald::DraftView</name>
    <message>
        <source>Fix these first:</source>
        <translation>Corrija primero esto:</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Audience preview</source>
        <translation>Vista previa de la audiencia</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Messages a run sends now</source>
        <translation>Mensajes que enviaría ahora una ejecución</translation>
    </message>
    <message>
        <source>Sample contacts</source>
        <translation>Contactos de muestra</translation>
    </message>
    <message>
        <source>CSV upload follow-up</source>
        <translation>Seguimiento de la importación CSV</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready to run.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lista para ejecutarse.&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n thing(s) to fix before it can run.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n problema por corregir antes de poder ejecutarse.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n problemas por corregir antes de poder ejecutarse.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Send to the audience now.</source>
        <translation>Enviar ahora a la audiencia.</translation>
    </message>
    <message>
        <source>Arm the campaign to launch at its send time.</source>
        <translation>Programar la campaña para que se lance a su hora de envío.</translation>
    </message>
    <message>
        <source>Send to the test recipients: %1</source>
        <translation>Enviar a los destinatarios de prueba: %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Te&amp;st run…</source>
        <translation>Ejecución de &amp;prueba…</translation>
    </message>
    <message>
        <source>Schedu&amp;le…</source>
        <translation>Pro&amp;gramar…</translation>
    </message>
    <message>
        <source>R&amp;un…</source>
        <translation>E&amp;jecutar…</translation>
    </message>
</context>
<context>
    <name>herald::FindingGroup</name>
    <message>
        <source>Plan</source>
        <translation>Planificación</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Sender details</source>
        <translation>Datos del remitente</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>Balance &amp; permissions</source>
        <translation>Saldo y permisos</translation>
    </message>
</context>
<context>
    <name>herald::GoalsPage</name>
    <message>
        <source>G&amp;oals</source>
        <translation>&amp;Objetivos</translation>
    </message>
    <message>
        <source>&amp;Writers</source>
        <translation>&amp;Redactores</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>What counts as a conversion: a reply, a click on the goal&apos;s URL (campaigns with click tracking), an answered call or a key pressed during a call</source>
        <translation>Qué cuenta como conversión: una respuesta, un clic en la URL del objetivo (campañas con seguimiento de clics), una llamada contestada o una tecla pulsada durante una llamada</translation>
    </message>
    <message>
        <source>Success &amp;metric:</source>
        <translation>&amp;Métrica de éxito:</translation>
    </message>
    <message>
        <source>https://… (a click here counts; empty: any tracked link)</source>
        <translation>https://… (cuenta un clic aquí; vacío: cualquier enlace con seguimiento)</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source> % of recipients</source>
        <translation> % de los destinatarios</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Me&amp;ta:</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nuevo objetivo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>How to write: voice, what to avoid (a language model gets this as is)</source>
        <translation>Cómo escribir: estilo, qué evitar (un modelo de lenguaje lo recibe tal cual)</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>In&amp;strucciones:</translation>
    </message>
    <message>
        <source>&amp;Tone:</source>
        <translation>&amp;Tono:</translation>
    </message>
    <message>
        <source>e.g. loyal customers</source>
        <translation>p. ej. clientes fieles</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>A&amp;udiencia:</translation>
    </message>
    <message>
        <source>One per line; the first is the email subject</source>
        <translation>Uno por línea; el primero es el asunto del correo</translation>
    </message>
    <message>
        <source>&amp;Key points:</source>
        <translation>&amp;Puntos clave:</translation>
    </message>
    <message>
        <source>SMS at most (segments):</source>
        <translation>SMS como máximo (segmentos):</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <source>Email subject at most:</source>
        <translation>Asunto del correo como máximo:</translation>
    </message>
    <message>
        <source>Draft for:</source>
        <translation>Borrador para:</translation>
    </message>
    <message>
        <source>Draft:</source>
        <translation>Borrador:</translation>
    </message>
    <message>
        <source>New writer</source>
        <translation>Nuevo redactor</translation>
    </message>
    <message>
        <source>Goals and writers could not be read: %1</source>
        <translation>No se pudieron leer los objetivos y redactores: %1</translation>
    </message>
    <message>
        <source>Add a goal to see the draft this writer makes for it.</source>
        <translation>Añada un objetivo para ver el borrador que este redactor crea para él.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>Goal not saved</source>
        <translation>Objetivo no guardado</translation>
    </message>
    <message>
        <source>Give the goal a name, then save it again.</source>
        <translation>Asigne un nombre al objetivo y vuelva a guardarlo.</translation>
    </message>
    <message>
        <source>Goal “%1” was not saved: %2</source>
        <translation>No se guardó el objetivo “%1”: %2</translation>
    </message>
    <message>
        <source>Goal “%1” saved.</source>
        <translation>Objetivo “%1” guardado.</translation>
    </message>
    <message>
        <source>Writer not saved</source>
        <translation>Redactor no guardado</translation>
    </message>
    <message>
        <source>Give the writer a name, then save it again.</source>
        <translation>Asigne un nombre al redactor y vuelva a guardarlo.</translation>
    </message>
    <message>
        <source>Writer “%1” was not saved: %2</source>
        <translation>No se guardó el redactor “%1”: %2</translation>
    </message>
    <message>
        <source>Writer “%1” saved.</source>
        <translation>Redactor “%1” guardado.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Delete %1 “%2”? Campaigns that name it will ask for another in their readiness check.</source>
        <translation>¿Eliminar %1 “%2”? Las campañas que lo indican pedirán otro en su comprobación de preparación.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No eliminado</translation>
    </message>
    <message>
        <source>Deleted %1 “%2”.</source>
        <translation>Se eliminó el %1 “%2”.</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>writer</source>
        <translation>redactor</translation>
    </message>
    <message>
        <source>Goals &amp; Writers sections</source>
        <translation>Secciones de Objetivos y redactores</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation>Aún no hay objetivos</translation>
    </message>
    <message>
        <source>A goal is the outcome a campaign aims at, measured by its metric. Describe one on the right and Save.</source>
        <translation>Un objetivo es el resultado que persigue una campaña, medido por su métrica. Descríbalo a la derecha y pulse Guardar.</translation>
    </message>
    <message>
        <source>Writers</source>
        <translation>Redactores</translation>
    </message>
    <message>
        <source>No writers yet</source>
        <translation>Aún no hay redactores</translation>
    </message>
    <message>
        <source>A writer is the brief drafts follow: instructions, tone and key points. Describe one on the right and Save.</source>
        <translation>Un redactor son las instrucciones que siguen los borradores: indicaciones, tono y puntos clave. Descríbalo a la derecha y pulse Guardar.</translation>
    </message>
</context>
<context>
    <name>herald::ImportDialog</name>
    <message>
        <source>Import Contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>a .csv file: UTF-8, UTF-16 or Latin-1; comma, semicolon, tab or bar</source>
        <translation>un archivo .csv: UTF-8, UTF-16 o Latin-1; separado por comas, punto y coma, tabuladores o barras</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>an existing list, or a new name</source>
        <translation>una lista existente o un nombre nuevo</translation>
    </message>
    <message>
        <source>Into &amp;list:</source>
        <translation>En la &amp;lista:</translation>
    </message>
    <message>
        <source>The country of phone numbers written without + and a country code</source>
        <translation>El país de los números de teléfono escritos sin + ni prefijo de país</translation>
    </message>
    <message>
        <source>Phone &amp;region:</source>
        <translation>Región &amp;telefónica:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Show this upload&apos;s follow-up in the campaign&apos;s detail</source>
        <translation>Mostrar el seguimiento de esta importación en el detalle de la campaña</translation>
    </message>
    <message>
        <source>Follow up in &amp;campaign:</source>
        <translation>Seguimiento en la ca&amp;mpaña:</translation>
    </message>
    <message>
        <source>Preview: the first rows, and the field each column goes to</source>
        <translation>Vista previa: las primeras filas y el campo al que va cada columna</translation>
    </message>
    <message>
        <source>The lists and campaigns to choose from could not all be read: %1</source>
        <translation>No se pudieron leer todas las listas y campañas disponibles: %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Save &amp;rejected rows…</source>
        <translation>Guardar filas &amp;rechazadas…</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1, %2-separated, %3 columns; %4</source>
        <translation>%1, separado por %2, %3 columnas; %4</translation>
    </message>
    <message>
        <source>Check the fields, then Import. Nothing is kept unless the whole file goes in.</source>
        <translation>Compruebe los campos y pulse Importar. No se conserva nada a menos que entre el archivo completo.</translation>
    </message>
    <message>
        <source>Name the list to import into.</source>
        <translation>Indique el nombre de la lista en la que importar.</translation>
    </message>
    <message>
        <source>Importing %1 into %2…</source>
        <translation>Importando %1 en %2…</translation>
    </message>
    <message>
        <source>%1 rows read from %2 into list %3. &lt;b&gt;Accepted: %4&lt;/b&gt;, rejected: %5, duplicates: %6, skipped (opted out): %7. Upload %8.</source>
        <translation>%1 filas leídas de %2 en la lista %3. &lt;b&gt;Aceptadas: %4&lt;/b&gt;, rechazadas: %5, duplicadas: %6, omitidas (bajas): %7. Importación %8.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Guardar filas rechazadas</translation>
    </message>
    <message>
        <source>-rejected.csv</source>
        <translation>-rechazadas.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Rejected rows saved to %1.</source>
        <translation>Filas rechazadas guardadas en %1.</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Cancelar importación</translation>
    </message>
    <message>
        <source>Stop importing %1? Nothing of it will be kept.</source>
        <translation>¿Detener la importación de %1? No se conservará nada de ella.</translation>
    </message>
    <message>
        <source>Stop Import</source>
        <translation>Detener importación</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>herald::LaunchType</name>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>programado</translation>
    </message>
    <message>
        <source>recurring</source>
        <translation>recurrente</translation>
    </message>
</context>
<context>
    <name>herald::ListsView</name>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>&amp;New list…</source>
        <translation>&amp;Nueva lista…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <source>Takes the selected contacts out of this list; they stay contacts</source>
        <translation>Saca los contactos seleccionados de esta lista; siguen siendo contactos</translation>
    </message>
    <message>
        <source>No campaign sends to this list</source>
        <translation>Ninguna campaña envía a esta lista</translation>
    </message>
    <message>
        <source>Sent to by: %1</source>
        <translation>Envían a ella: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: the first %2 of %3 contacts</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: los primeros %2 de %3 contactos</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 contacts</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 contactos</translation>
    </message>
    <message>
        <source>No list yet: New list creates one, and CSV imports fill lists.</source>
        <translation>Aún no hay listas: Nueva lista crea una y las importaciones CSV llenan las listas.</translation>
    </message>
    <message>
        <source>New list</source>
        <translation>Nueva lista</translation>
    </message>
    <message>
        <source>Edit list</source>
        <translation>Editar lista</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>List not created</source>
        <translation>Lista no creada</translation>
    </message>
    <message>
        <source>List “%1” created.</source>
        <translation>Lista “%1” creada.</translation>
    </message>
    <message>
        <source>List not saved</source>
        <translation>Lista no guardada</translation>
    </message>
    <message>
        <source>List “%1” saved.</source>
        <translation>Lista “%1” guardada.</translation>
    </message>
    <message>
        <source>List not deleted</source>
        <translation>Lista no eliminada</translation>
    </message>
    <message>
        <source>Campaigns send to “%1”: %2. Give them another audience first.</source>
        <translation>Hay campañas que envían a “%1”: %2. Asígneles primero otra audiencia.</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Eliminar lista</translation>
    </message>
    <message>
        <source>Delete list “%1”? Its contacts stay; the reports of CSV imports into it go with it.</source>
        <translation>¿Eliminar la lista “%1”? Sus contactos se mantienen; los informes de las importaciones CSV a esta lista se eliminan con ella.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>List “%1” deleted.</source>
        <translation>Lista “%1” eliminada.</translation>
    </message>
    <message>
        <source>Take 1 contact out of “%1”?</source>
        <translation>¿Sacar 1 contacto de “%1”?</translation>
    </message>
    <message>
        <source>Take %1 contacts out of “%2”?</source>
        <translation>¿Sacar %1 contactos de “%2”?</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>No quitado</translation>
    </message>
    <message>
        <source>Removed 1 contact from “%1”.</source>
        <translation>Se quitó 1 contacto de “%1”.</translation>
    </message>
    <message>
        <source>Removed %1 contacts from “%2”.</source>
        <translation>Se quitaron %1 contactos de “%2”.</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <source>No lists yet</source>
        <translation>Aún no hay listas</translation>
    </message>
    <message>
        <source>A campaign sends to the contacts of its lists. Importing a CSV file fills a list; New list… starts an empty one.</source>
        <translation>Una campaña envía a los contactos de sus listas. Importar un archivo CSV llena una lista; Nueva lista… crea una vacía.</translation>
    </message>
    <message>
        <source>New list…</source>
        <translation>Nueva lista…</translation>
    </message>
    <message>
        <source>Members of the list</source>
        <translation>Miembros de la lista</translation>
    </message>
    <message>
        <source>Only managers and administrators edit lists.</source>
        <translation>Solo los gestores y administradores editan listas.</translation>
    </message>
</context>
<context>
    <name>herald::MailboxDialog</name>
    <message>
        <source>Mailbox of %1</source>
        <translation>Buzón de %1</translation>
    </message>
    <message>
        <source>Bounces, spam complaints and replies come back to this mailbox. Herald reads it over TLS wherever it sends: a hard bounce fails its message and stops further mail to the address, a complaint opts the recipient out, replies appear in Communications. With a bounce address, each email is sent from its own address under it, so that every bounce finds its message.</source>
        <translation>Los rebotes, las quejas por spam y las respuestas vuelven a este buzón. Herald lo lee mediante TLS allá donde envíe: un rebote permanente hace fallar su mensaje y detiene los siguientes correos a esa dirección, una queja da de baja al destinatario y las respuestas aparecen en Comunicaciones. Con una dirección de rebote, cada correo se envía desde una dirección propia bajo ella, para que cada rebote encuentre su mensaje.</translation>
    </message>
    <message>
        <source>e.g. imap.example.org; empty for none</source>
        <translation>p. ej. imap.example.org; vacío para ninguno</translation>
    </message>
    <message>
        <source>IMAP &amp;server:</source>
        <translation>Servidor &amp;IMAP:</translation>
    </message>
    <message>
        <source>TLS (port 993)</source>
        <translation>TLS (puerto 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (puerto 143)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Seguridad:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Ca&amp;rpeta:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>unchanged; type to replace (kept in the system keyring)</source>
        <translation>sin cambios; escriba para reemplazarla (se guarda en el llavero del sistema)</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>only for a server with a private certificate</source>
        <translation>solo para un servidor con un certificado privado</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificado de CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Certificado de C&amp;A:</translation>
    </message>
    <message>
        <source>e.g. bounces@example.org: mail sent from bounces+…@example.org</source>
        <translation>p. ej. bounces@example.org: correo enviado desde bounces+…@example.org</translation>
    </message>
    <message>
        <source>&amp;Bounce address:</source>
        <translation>&amp;Dirección de rebote:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Read every:</source>
        <translation>&amp;Leer cada:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Probar co&amp;nexión</translation>
    </message>
    <message>
        <source>Read &amp;now</source>
        <translation>Leer a&amp;hora</translation>
    </message>
    <message>
        <source>Reads the saved mailbox now</source>
        <translation>Lee ahora el buzón guardado</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected: logged in over TLS and opened the folder.</source>
        <translation>Conectado: sesión iniciada mediante TLS y carpeta abierta.</translation>
    </message>
    <message>
        <source>Reading the mailbox…</source>
        <translation>Leyendo el buzón…</translation>
    </message>
    <message numerus="yes">
        <source>Read %n mail(s): </source>
        <translation>
            <numerusform>Se leyó %n correo: </numerusform>
            <numerusform>Se leyeron %n correos: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hard bounces, %2 soft bounces, %3 complaints, %4 replies, %5 automatic replies, %6 unsubscribes, %7 unmatched.</source>
        <translation>%1 rebotes permanentes, %2 rebotes temporales, %3 quejas, %4 respuestas, %5 respuestas automáticas, %6 bajas, %7 sin correspondencia.</translation>
    </message>
</context>
<context>
    <name>herald::MainWindow</name>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Campaign Runs</source>
        <translation>Ejecuciones de campañas</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Goals &amp; Writers</source>
        <translation>Objetivos y redactores</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Contacts &amp; Segments</source>
        <translation>Contactos y segmentos</translation>
    </message>
    <message>
        <source>Number Pools</source>
        <translation>Grupos de números</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Choose a tenant</source>
        <translation>Elija una organización</translation>
    </message>
    <message>
        <source>Pick the tenant to work in from the header; nothing is loaded until then.</source>
        <translation>Elija en la cabecera la organización en la que trabajar; hasta entonces no se carga nada.</translation>
    </message>
    <message>
        <source>%1 is no longer in a number pool.</source>
        <translation>%1 ya no está en ningún grupo de números.</translation>
    </message>
    <message>
        <source>&amp;New Campaign…</source>
        <translation>&amp;Nueva campaña…</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>&amp;Imprimir informe…</translation>
    </message>
    <message>
        <source>Open a campaign that has run to print its report.</source>
        <translation>Abra una campaña que se haya ejecutado para imprimir su informe.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Open &amp;Team Workspace…</source>
        <translation>Abrir espacio de &amp;trabajo de equipo…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Herald</source>
        <translation>&amp;Acerca de Herald</translation>
    </message>
    <message>
        <source>About Herald</source>
        <translation>Acerca de Herald</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sending is held:&lt;/b&gt; %1. Sending resumes by itself once there is space.</source>
        <translation>&lt;b&gt;Envío retenido:&lt;/b&gt; %1. El envío se reanuda por sí solo en cuanto haya espacio.</translation>
    </message>
    <message>
        <source>Sending resumed: the workspace&apos;s disk has space again.</source>
        <translation>Envío reanudado: el disco del espacio de trabajo vuelve a tener espacio.</translation>
    </message>
    <message>
        <source>Choose a tenant…</source>
        <translation>Elegir una organización…</translation>
    </message>
    <message>
        <source>Open a Ready campaign and press Run (its readiness check says what is left).</source>
        <translation>Abra una campaña lista y pulse Ejecutar (su comprobación de preparación indica lo que falta).</translation>
    </message>
    <message>
        <source>Team workspace not opened</source>
        <translation>No se abrió el espacio de trabajo de equipo</translation>
    </message>
    <message>
        <source>Herald could not be started on the team workspace. Start it yourself with: herald --database &quot;%1&quot;</source>
        <translation>Herald no pudo iniciarse en el espacio de trabajo de equipo. Inícielo usted mismo con: herald --database &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Times in %1 (%2)</source>
        <translation>Horas en %1 (%2)</translation>
    </message>
    <message>
        <source>Every time shown is in the organisation&apos;s time zone, set in Settings → Organisations</source>
        <translation>Todas las horas mostradas están en la zona horaria de la organización, definida en Configuración → Organizaciones</translation>
    </message>
    <message>
        <source>Choose a tenant to start.</source>
        <translation>Elija una organización para empezar.</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Sesión iniciada como &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Create a campaign (Ctrl+N)</source>
        <translation>Crear una campaña (Ctrl+N)</translation>
    </message>
    <message>
        <source>Launches missed while Herald was not running: %1. The Calendar offers to send, reschedule or skip them.</source>
        <translation>Lanzamientos perdidos mientras Herald no estaba en ejecución: %1. El Calendario ofrece enviarlos, reprogramarlos u omitirlos.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <source>“%1” is no longer there.</source>
        <translation>“%1” ya no existe.</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Editar campaña</translation>
    </message>
    <message>
        <source>Calendar (%1 missed)</source>
        <translation>Calendario (%1 perdidos)</translation>
    </message>
    <message>
        <source>Runs may be sending</source>
        <translation>Puede haber ejecuciones enviando</translation>
    </message>
    <message>
        <source>Herald could not check whether runs are sending (%1). If you quit, sending stops until Herald or a heraldctl worker opens the workspace again.</source>
        <translation>Herald no pudo comprobar si hay ejecuciones enviando (%1). Si sale, el envío se detiene hasta que Herald o un proceso de trabajo de heraldctl vuelva a abrir el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) are still sending, and no other window or worker sends for this team workspace. Pause them for everyone now (resume later from Herald or heraldctl), or keep sending in a background worker after this window closes?</source>
        <translation>
            <numerusform>%n canal sigue enviando y ninguna otra ventana ni proceso de trabajo envía para este espacio de trabajo de equipo. ¿Pausarlo ahora para todos (se reanuda más tarde desde Herald o heraldctl) o seguir enviando en un proceso en segundo plano cuando se cierre esta ventana?</numerusform>
            <numerusform>%n canales siguen enviando y ninguna otra ventana ni proceso de trabajo envía para este espacio de trabajo de equipo. ¿Pausarlos ahora para todos (se reanudan más tarde desde Herald o heraldctl) o seguir enviando en un proceso en segundo plano cuando se cierre esta ventana?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) are still sending. Pause them now (resume later from Herald or heraldctl), or keep sending in a background worker after this window closes?</source>
        <translation>
            <numerusform>%n canal sigue enviando. ¿Pausarlo ahora (se reanuda más tarde desde Herald o heraldctl) o seguir enviando en un proceso en segundo plano cuando se cierre esta ventana?</numerusform>
            <numerusform>%n canales siguen enviando. ¿Pausarlos ahora (se reanudan más tarde desde Herald o heraldctl) o seguir enviando en un proceso en segundo plano cuando se cierre esta ventana?</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs are sending</source>
        <translation>Hay ejecuciones enviando</translation>
    </message>
    <message>
        <source>Keep sending in background</source>
        <translation>Seguir enviando en segundo plano</translation>
    </message>
    <message>
        <source>Pause and quit</source>
        <translation>Pausar y salir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose &amp;Tenant…</source>
        <translation>Elegir &amp;organización…</translation>
    </message>
</context>
<context>
    <name>herald::MessageStatus</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Assumed Delivered</source>
        <translation>Entrega supuesta</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Reintentando</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Timed Out</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>Opted Out</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Dialing</source>
        <translation>Marcando</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonando</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Contestada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>No Answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
</context>
<context>
    <name>herald::MessageTableModel</name>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>State</source>
        <comment>message status</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>why a message failed</comment>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>when the message was queued</comment>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>when the message was sent</comment>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Finished</source>
        <comment>when the message was delivered or gave up</comment>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Updated</source>
        <comment>when the message last changed status</comment>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>herald::NumberHealthTable</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>Esta ejecución</translation>
    </message>
    <message>
        <source>Delivered / answered</source>
        <translation>Entregados / contestados</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Bajas</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Double-click a number to open its record on the Number Pools page.</source>
        <translation>Haga doble clic en un número para abrir su ficha en la página Grupos de números.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>En cuarentena</translation>
    </message>
    <message>
        <source>Number pool health</source>
        <translation>Estado de los grupos de números</translation>
    </message>
</context>
<context>
    <name>herald::NumberPoolsPage</name>
    <message>
        <source>Least used today</source>
        <translation>El menos usado hoy</translation>
    </message>
    <message>
        <source>Sticky: a contact keeps their number</source>
        <translation>Fijo: cada contacto conserva su número</translation>
    </message>
    <message>
        <source>Local presence: same area code</source>
        <translation>Presencia local: mismo prefijo de zona</translation>
    </message>
    <message>
        <source>Round-robin</source>
        <translation>Rotación circular</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>En cuarentena</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>&amp;New pool…</source>
        <translation>&amp;Nuevo grupo…</translation>
    </message>
    <message>
        <source>&amp;Delete pool</source>
        <translation>&amp;Eliminar grupo</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>&amp;Rotation:</source>
        <translation>&amp;Rotación:</translation>
    </message>
    <message>
        <source>Quarantine a number whose delivery or answer rate falls below this</source>
        <translation>Poner en cuarentena un número cuya tasa de entrega o respuesta caiga por debajo de este valor</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> mensajes</translation>
    </message>
    <message>
        <source>over at least</source>
        <translation>en al menos</translation>
    </message>
    <message>
        <source>&amp;Quarantine below:</source>
        <translation>&amp;Cuarentena por debajo de:</translation>
    </message>
    <message>
        <source>the trunk&apos;s limit</source>
        <translation>el límite de la troncal</translation>
    </message>
    <message>
        <source>Phone: at most this many calls from the pool&apos;s numbers at once</source>
        <translation>Teléfono: como máximo este número de llamadas simultáneas desde los números del grupo</translation>
    </message>
    <message>
        <source>&amp;Calls at once:</source>
        <translation>&amp;Llamadas simultáneas:</translation>
    </message>
    <message>
        <source>A&amp;ttach to sender…</source>
        <translation>Vinc&amp;ular a remitente…</translation>
    </message>
    <message>
        <source>Used by:</source>
        <translation>Usado por:</translation>
    </message>
    <message>
        <source>&amp;Save pool</source>
        <translation>&amp;Guardar grupo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Today / cap</source>
        <translation>Hoy / límite</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Delivered / answered</source>
        <translation>Entregados / contestados</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Bajas</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>+447700900123</source>
        <translation>+447700900123</translation>
    </message>
    <message>
        <source>&amp;Add number</source>
        <translation>Aña&amp;dir número</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Rean&amp;udar</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>Li&amp;berar…</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> al día</translation>
    </message>
    <message>
        <source>Set &amp;cap</source>
        <translation>Fijar lí&amp;mite</translation>
    </message>
    <message>
        <source>Paste &amp;list…</source>
        <translation>&amp;Pegar lista…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Number record</source>
        <translation>Ficha del número</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>no se registró ningún motivo</translation>
    </message>
    <message>
        <source>%1
%2 · %3 of %4 active</source>
        <translation>%1
%2 · %3 de %4 activos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quarantined, not sending:&lt;/b&gt; </source>
        <translation>&lt;b&gt;En cuarentena, sin enviar:&lt;/b&gt; </translation>
    </message>
    <message>
        <source>. Select one and release it once the cause is fixed.</source>
        <translation>. Seleccione uno y libérelo una vez corregida la causa.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 / no cap</source>
        <translation>%1 / sin límite</translation>
    </message>
    <message>
        <source>no sender</source>
        <translation>sin remitente</translation>
    </message>
    <message>
        <source>Select a number to see its record.</source>
        <translation>Seleccione un número para ver su ficha.</translation>
    </message>
    <message>
        <source> (since %1)</source>
        <translation> (desde %1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;State: %2&lt;br&gt;Messages handed over: %3; delivered or answered: %4; failed: %5 (rate %6); opt-out replies: %7.&lt;br&gt;Last used: %8. Today: %9 of %10.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Estado: %2&lt;br&gt;Mensajes transferidos: %3; entregados o contestados: %4; fallidos: %5 (tasa %6); respuestas de baja: %7.&lt;br&gt;Último uso: %8. Hoy: %9 de %10.</translation>
    </message>
    <message>
        <source>Number pools</source>
        <translation>Grupos de números</translation>
    </message>
    <message>
        <source>Saved number pool %1.</source>
        <translation>Grupo de números %1 guardado.</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>Se añadió %1 a %2.</translation>
    </message>
    <message>
        <source>Added %1 numbers to %2.</source>
        <translation>Se añadieron %1 números a %2.</translation>
    </message>
    <message>
        <source>Release number</source>
        <translation>Liberar número</translation>
    </message>
    <message>
        <source>Release %1? It was quarantined: %2.

It sends again from the next message on; if the cause is not fixed it will be quarantined again.</source>
        <translation>¿Liberar %1? Se puso en cuarentena: %2.

Vuelve a enviar a partir del siguiente mensaje; si no se corrige la causa, volverá a ponerse en cuarentena.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Liberar</translation>
    </message>
    <message>
        <source>released by %1</source>
        <translation>liberado por %1</translation>
    </message>
    <message>
        <source>paused by %1</source>
        <translation>pausado por %1</translation>
    </message>
    <message>
        <source>resumed by %1</source>
        <translation>reanudado por %1</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>Estado de %1: %2.</translation>
    </message>
    <message>
        <source>Daily cap of %1 set.</source>
        <translation>Límite diario de %1 establecido.</translation>
    </message>
    <message>
        <source>New number pool</source>
        <translation>Nuevo grupo de números</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Created number pool %1: add its numbers next.</source>
        <translation>Grupo de números %1 creado: ahora añada sus números.</translation>
    </message>
    <message>
        <source>Pool not created</source>
        <translation>Grupo no creado</translation>
    </message>
    <message>
        <source>Delete number pool</source>
        <translation>Eliminar grupo de números</translation>
    </message>
    <message>
        <source>Delete number pool %1? Its numbers leave it; what they sent stays in the history.</source>
        <translation>¿Eliminar el grupo de números %1? Sus números salen de él; lo que enviaron se conserva en el historial.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Pool not deleted</source>
        <translation>Grupo no eliminado</translation>
    </message>
    <message>
        <source>Deleted number pool %1.</source>
        <translation>Grupo de números %1 eliminado.</translation>
    </message>
    <message>
        <source>Add numbers to %1</source>
        <translation>Añadir números a %1</translation>
    </message>
    <message>
        <source>One number per line, with + (or 00) and the country code. All of them are added, or none: every problem is listed first.</source>
        <translation>Un número por línea, con + (o 00) y el prefijo de país. Se añaden todos o ninguno: primero se enumeran todos los problemas.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n number(s) to %1.</source>
        <translation>
            <numerusform>Se añadió %n número a %1.</numerusform>
            <numerusform>Se añadieron %n números a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove number</source>
        <translation>Quitar número</translation>
    </message>
    <message>
        <source>Remove %1 from the pool? Messages stop going out from it; its history stays, and adding it again brings it back with its counters.</source>
        <translation>¿Quitar %1 del grupo? Dejan de salir mensajes desde él; su historial se conserva y, si se vuelve a añadir, recupera sus contadores.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Number not removed</source>
        <translation>Número no quitado</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Se quitó %1.</translation>
    </message>
    <message>
        <source>Attach %1 to a sender</source>
        <translation>Vincular %1 a un remitente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Attach to sender</source>
        <translation>Vincular a remitente</translation>
    </message>
    <message>
        <source>There is no SMS or phone sender yet: add one in Settings → Senders.</source>
        <translation>Aún no hay ningún remitente de SMS ni de teléfono: añada uno en Configuración → Remitentes.</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>&amp;Remitente:</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>No vinculado</translation>
    </message>
    <message>
        <source>%1 sends from %2 now.</source>
        <translation>%1 envía ahora desde %2.</translation>
    </message>
    <message>
        <source>No number pools yet</source>
        <translation>Aún no hay grupos de números</translation>
    </message>
    <message>
        <source>A pool holds the phone numbers SMS and calls go out from, taking turns by its rotation.</source>
        <translation>Un grupo contiene los números de teléfono desde los que salen los SMS y las llamadas, por turnos según su rotación.</translation>
    </message>
    <message>
        <source>New pool…</source>
        <translation>Nuevo grupo…</translation>
    </message>
    <message>
        <source>Numbers in the pool</source>
        <translation>Números del grupo</translation>
    </message>
    <message>
        <source>No numbers in this pool</source>
        <translation>No hay números en este grupo</translation>
    </message>
    <message>
        <source>Add one below in international form (+447700900123), or paste a list.</source>
        <translation>Añada uno abajo en formato internacional (+447700900123) o pegue una lista.</translation>
    </message>
    <message>
        <source>Paste list…</source>
        <translation>Pegar lista…</translation>
    </message>
    <message>
        <source>New number</source>
        <translation>Número nuevo</translation>
    </message>
    <message>
        <source>A phone number in international form, e.g. +447700900123</source>
        <translation>Un número de teléfono en formato internacional, p. ej. +447700900123</translation>
    </message>
</context>
<context>
    <name>herald::OptOutsView</name>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>all channels</source>
        <translation>todos los canales</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Aña&amp;dir…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>I&amp;mport CSV…</source>
        <translation>Impo&amp;rtar CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;: every change, newest first</source>
        <translation>&lt;b&gt;Historial&lt;/b&gt;: todos los cambios, de más reciente a más antiguo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Import Suppression List</source>
        <translation>Importar lista de supresión</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export Opt-out List</source>
        <translation>Exportar lista de bajas</translation>
    </message>
    <message>
        <source>opt-outs.csv</source>
        <translation>bajas.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Only managers and administrators change the opt-out list.</source>
        <translation>Solo los gestores y administradores modifican la lista de bajas.</translation>
    </message>
    <message>
        <source>added (%1)</source>
        <translation>añadido (%1)</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>quitado</translation>
    </message>
    <message>
        <source>Add to the Opt-out List</source>
        <translation>Añadir a la lista de bajas</translation>
    </message>
    <message>
        <source>an email address or a phone number</source>
        <translation>una dirección de correo o un número de teléfono</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>Phone &amp;region:</source>
        <translation>&amp;Región telefónica:</translation>
    </message>
    <message>
        <source>Opt Out</source>
        <translation>Dar de baja</translation>
    </message>
    <message>
        <source>%1 is opted out of %2.</source>
        <translation>%1 está dado de baja de %2.</translation>
    </message>
    <message>
        <source>Remove from the Opt-out List</source>
        <translation>Quitar de la lista de bajas</translation>
    </message>
    <message>
        <source>Take %1 off the opt-out list for %2? They may be messaged again.</source>
        <translation>¿Quitar %1 de la lista de bajas de %2? Podrá volver a recibir mensajes.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>%1 is off the opt-out list for %2.</source>
        <translation>%1 ya no está en la lista de bajas de %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 rows: %2 added, %3 already on the list, %4 rejected.</source>
        <translation>%1 filas: %2 añadidas, %3 ya en la lista, %4 rechazadas.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Opt-out list exported to %1.</source>
        <translation>Lista de bajas exportada a %1.</translation>
    </message>
    <message>
        <source>Opted-out addresses</source>
        <translation>Direcciones dadas de baja</translation>
    </message>
    <message>
        <source>Nobody has opted out</source>
        <translation>Nadie se ha dado de baja</translation>
    </message>
    <message>
        <source>Whoever replies STOP, unsubscribes or is added here is never messaged again on that channel.</source>
        <translation>Quien responda STOP, cancele la suscripción o se añada aquí no vuelve a recibir mensajes por ese canal.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Opt-out history</source>
        <translation>Historial de bajas</translation>
    </message>
    <message>
        <source>Every change, newest first</source>
        <translation>Todos los cambios, de más reciente a más antiguo</translation>
    </message>
</context>
<context>
    <name>herald::PeopleView</name>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>The people who work in this organisation and what their role lets them do. People are deactivated, never deleted, so history keeps their names.</source>
        <translation>Las personas que trabajan en esta organización y lo que su rol les permite hacer. Las personas se desactivan, nunca se eliminan, para que el historial conserve sus nombres.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>Aña&amp;dir persona…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Cambiar &amp;rol…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Rea&amp;ctivate</source>
        <translation>Rea&amp;ctivar</translation>
    </message>
    <message>
        <source>People could not be read: %1</source>
        <translation>No se pudieron leer las personas: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Deactivated %1</source>
        <translation>Desactivado %1</translation>
    </message>
    <message>
        <source>Only administrators manage people.</source>
        <translation>Solo los administradores gestionan las personas.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself: ask another administrator.</source>
        <translation>No puede desactivarse a sí mismo: pídaselo a otro administrador.</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <source>name@example.com (optional)</source>
        <translation>nombre@example.com (opcional)</translation>
    </message>
    <message>
        <source>May look, change nothing.</source>
        <translation>Puede consultar, sin cambiar nada.</translation>
    </message>
    <message>
        <source>May %1.</source>
        <translation>Puede %1.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Person not added</source>
        <translation>Persona no añadida</translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation>%1 añadido como %2.</translation>
    </message>
    <message>
        <source>Change role of %1</source>
        <translation>Cambiar el rol de %1</translation>
    </message>
    <message>
        <source>Role not changed</source>
        <translation>Rol no cambiado</translation>
    </message>
    <message>
        <source>%1 is %2 now.</source>
        <translation>%1 es ahora %2.</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Desactivar a %1</translation>
    </message>
    <message>
        <source>Deactivate %1? They can no longer act in Herald; their name stays in the history. An administrator can reactivate them.</source>
        <translation>¿Desactivar a %1? Ya no podrá actuar en Herald; su nombre se conserva en el historial. Un administrador puede reactivarlo.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Not reactivated</source>
        <translation>No reactivado</translation>
    </message>
    <message>
        <source>Not deactivated</source>
        <translation>No desactivado</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 vuelve a estar activo.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 está desactivado.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
</context>
<context>
    <name>herald::ProviderBox</name>
    <message>
        <source>Channe&amp;l:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>Provide&amp;r:</source>
        <translation>P&amp;roveedor:</translation>
    </message>
    <message>
        <source>Provider settings</source>
        <translation>Configuración del proveedor</translation>
    </message>
    <message>
        <source>Passwords are never stored in the workspace: one typed here is kept in the system keyring. On a machine without a keyring, name a file only its owner may read (chmod 600) or an environment variable that holds it instead.</source>
        <translation>Las contraseñas nunca se guardan en el espacio de trabajo: la que se escriba aquí se guarda en el llavero del sistema. En un equipo sin llavero, indique en su lugar un archivo que solo pueda leer su propietario (chmod 600) o una variable de entorno que la contenga.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;bar conexión</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>Password &amp;file:</source>
        <translation>&amp;Archivo de contraseña:</translation>
    </message>
    <message>
        <source>/etc/herald/password (mode 0600)</source>
        <translation>/etc/herald/password (modo 0600)</translation>
    </message>
    <message>
        <source>Password &amp;variable:</source>
        <translation>&amp;Variable de contraseña:</translation>
    </message>
    <message>
        <source>an environment variable</source>
        <translation>una variable de entorno</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Pu&amp;erto:</translation>
    </message>
    <message>
        <source>587 (465 with implicit TLS)</source>
        <translation>587 (465 con TLS implícito)</translation>
    </message>
    <message>
        <source>T&amp;LS:</source>
        <translation>T&amp;LS:</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Archivo de CA a&amp;dicional:</translation>
    </message>
    <message>
        <source>PEM; the system&apos;s CAs are always trusted</source>
        <translation>PEM; las CA del sistema siempre son de confianza</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>empty: no authentication</source>
        <translation>vacío: sin autenticación</translation>
    </message>
    <message>
        <source>Co&amp;nnections:</source>
        <translation>Co&amp;nexiones:</translation>
    </message>
    <message>
        <source>Ti&amp;meout (ms):</source>
        <translation>Tie&amp;mpo de espera (ms):</translation>
    </message>
    <message>
        <source>&amp;Sendsms URL:</source>
        <translation>URL de &amp;Sendsms:</translation>
    </message>
    <message>
        <source>a sendsms-user of the gateway</source>
        <translation>un sendsms-user de la pasarela</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>sender when the campaign&apos;s sender names none</source>
        <translation>remitente cuando el remitente de la campaña no indica ninguno</translation>
    </message>
    <message>
        <source>SMS&amp;C id:</source>
        <translation>&amp;ID de SMSC:</translation>
    </message>
    <message>
        <source>empty: the gateway chooses</source>
        <translation>vacío: lo elige la pasarela</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Regi&amp;ón:</translation>
    </message>
    <message>
        <source>e.g. US: national numbers the gateway reports</source>
        <translation>p. ej. US: números nacionales que notifica la pasarela</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Escuchar en:</translation>
    </message>
    <message>
        <source>empty: the organisation&apos;s listener, else 127.0.0.1:14013</source>
        <translation>vacío: el receptor de la organización; si no, 127.0.0.1:14013</translation>
    </message>
    <message>
        <source>Call&amp;back URL:</source>
        <translation>URL de call&amp;back:</translation>
    </message>
    <message>
        <source>empty: the organisation&apos;s public URL</source>
        <translation>vacío: la URL pública de la organización</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Ventana:</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>T&amp;ransport:</source>
        <translation>Tr&amp;ansporte:</translation>
    </message>
    <message>
        <source>TLS &amp;authority:</source>
        <translation>Autoridad T&amp;LS:</translation>
    </message>
    <message>
        <source>empty: the system&apos;s; a PEM file otherwise</source>
        <translation>vacío: la del sistema; si no, un archivo PEM</translation>
    </message>
    <message>
        <source>empty: the trunk asks for no credentials</source>
        <translation>vacío: la troncal no pide credenciales</translation>
    </message>
    <message>
        <source>Caller ID &amp;domain:</source>
        <translation>&amp;Dominio del ID de llamante:</translation>
    </message>
    <message>
        <source>empty: the proxy&apos;s host</source>
        <translation>vacío: el host del proxy</translation>
    </message>
    <message>
        <source>Caller ID &amp;format:</source>
        <translation>&amp;Formato del ID de llamante:</translation>
    </message>
    <message>
        <source>Local &amp;address:</source>
        <translation>D&amp;irección local:</translation>
    </message>
    <message>
        <source>empty: the one that reaches the proxy</source>
        <translation>vacío: la que llega al proxy</translation>
    </message>
    <message>
        <source>Ring &amp;timeout (s):</source>
        <translation>&amp;Tiempo de timbre (s):</translation>
    </message>
    <message>
        <source>&amp;Calls at once:</source>
        <translation>&amp;Llamadas simultáneas:</translation>
    </message>
    <message>
        <source>Calls per &amp;minute:</source>
        <translation>Llamadas por &amp;minuto:</translation>
    </message>
    <message>
        <source>&amp;Wait for a key (s):</source>
        <translation>&amp;Esperar tecla (s):</translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation>&amp;Voz:</translation>
    </message>
    <message>
        <source>en (espeak-ng voices: en-us, de, fr, ...)</source>
        <translation>en (voces de espeak-ng: en-us, de, fr, ...)</translation>
    </message>
    <message>
        <source>&amp;Opt-out key:</source>
        <translation>Tecla de &amp;baja:</translation>
    </message>
    <message>
        <source>&amp;Keys:</source>
        <translation>Tecla&amp;s:</translation>
    </message>
    <message>
        <source>{&quot;1&quot;: &quot;call me back&quot;}</source>
        <translation>{&quot;1&quot;: &quot;devuélvame la llamada&quot;}</translation>
    </message>
    <message>
        <source>For replies, give the gateway&apos;s sms-service: get-url = &quot;%1&quot;</source>
        <translation>Para las respuestas, indique en el sms-service de la pasarela: get-url = &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Only administrators change providers.</source>
        <translation>Solo los administradores modifican los proveedores.</translation>
    </message>
    <message>
        <source>kept in the system keyring; type to replace it</source>
        <translation>guardada en el llavero del sistema; escriba para reemplazarla</translation>
    </message>
    <message>
        <source>type one to keep it in the system keyring instead</source>
        <translation>escriba una para guardarla en su lugar en el llavero del sistema</translation>
    </message>
    <message>
        <source>kept in the system keyring when saved</source>
        <translation>se guarda en el llavero del sistema al guardar</translation>
    </message>
    <message>
        <source>Messages are simulated: nothing to set.</source>
        <translation>Los mensajes se simulan: no hay nada que configurar.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Conectado: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>%1 sends through %2. The desktop&apos;s dispatcher uses it from its next start.</source>
        <translation>%1 envía a través de %2. El despachador del escritorio lo usa a partir de su próximo inicio.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>&amp;Bot API:</source>
        <translation>&amp;API del bot:</translation>
    </message>
    <message>
        <source>empty: https://api.telegram.org</source>
        <translation>vacío: https://api.telegram.org</translation>
    </message>
    <message>
        <source>Bot to&amp;ken:</source>
        <translation>To&amp;ken del bot:</translation>
    </message>
    <message>
        <source>from @BotFather, e.g. 123456:ABC-DEF…</source>
        <translation>de @BotFather, p. ej. 123456:ABC-DEF…</translation>
    </message>
    <message>
        <source>Token &amp;file:</source>
        <translation>Arc&amp;hivo del token:</translation>
    </message>
    <message>
        <source>/etc/herald/telegram-token (mode 0600)</source>
        <translation>/etc/herald/telegram-token (modo 0600)</translation>
    </message>
    <message>
        <source>Token &amp;variable:</source>
        <translation>Variable &amp;del token:</translation>
    </message>
    <message>
        <source>Messa&amp;ges per second:</source>
        <translation>Mensa&amp;jes por segundo:</translation>
    </message>
    <message>
        <source>Time per c&amp;hat (ms):</source>
        <translation>&amp;Intervalo por chat (ms):</translation>
    </message>
    <message>
        <source>VAPID su&amp;bject:</source>
        <translation>Su&amp;jeto VAPID:</translation>
    </message>
    <message>
        <source>mailto:ops@example.org: whom push services may contact</source>
        <translation>mailto:ops@example.org: a quién pueden contactar los servicios push</translation>
    </message>
    <message>
        <source>Site ori&amp;gins:</source>
        <translation>Orígenes de&amp;l sitio:</translation>
    </message>
    <message>
        <source>https://shop.example, … : pages that subscribe browsers</source>
        <translation>https://shop.example, …: páginas que suscriben navegadores</translation>
    </message>
    <message>
        <source>Ico&amp;n:</source>
        <translation>&amp;Icono:</translation>
    </message>
    <message>
        <source>https://… the notification&apos;s icon</source>
        <translation>https://… el icono de la notificación</translation>
    </message>
    <message>
        <source>De&amp;fault link:</source>
        <translation>Enlace por de&amp;fecto:</translation>
    </message>
    <message>
        <source>where a click goes when the text has no link</source>
        <translation>adónde lleva un clic cuando el texto no tiene enlace</translation>
    </message>
    <message>
        <source>Urgenc&amp;y:</source>
        <translation>&amp;Urgencia:</translation>
    </message>
    <message>
        <source>empty: https://chatapi.viber.com/pa</source>
        <translation>vacío: https://chatapi.viber.com/pa</translation>
    </message>
    <message>
        <source>Auth to&amp;ken:</source>
        <translation>To&amp;ken de autenticación:</translation>
    </message>
    <message>
        <source>from the bot&apos;s page on Viber&apos;s Partners site</source>
        <translation>de la página del bot en el sitio de socios de Viber</translation>
    </message>
    <message>
        <source>/etc/herald/viber-token (mode 0600)</source>
        <translation>/etc/herald/viber-token (modo 0600)</translation>
    </message>
    <message>
        <source>C&amp;hat URI:</source>
        <translation>UR&amp;I del bot:</translation>
    </message>
    <message>
        <source>the bot&apos;s URI, for the links that link contacts</source>
        <translation>la URI del bot, para los enlaces que vinculan contactos</translation>
    </message>
    <message>
        <source>Avatar ima&amp;ge:</source>
        <translation>Imagen de ava&amp;tar:</translation>
    </message>
    <message>
        <source>https://… a JPEG beside the sender name</source>
        <translation>https://… un JPEG junto al nombre del remitente</translation>
    </message>
    <message>
        <source>Messages per seco&amp;nd:</source>
        <translation>Mensa&amp;jes por segundo:</translation>
    </message>
    <message>
        <source>For the site&apos;s code: applicationServerKey = &quot;%1&quot;. Give the organisation a listener and public URL for the site&apos;s subscriptions.</source>
        <translation>Para el código del sitio: applicationServerKey = &quot;%1&quot;. Dé a la organización un receptor y una URL pública para las suscripciones del sitio.</translation>
    </message>
    <message>
        <source>For the site&apos;s code: applicationServerKey = &quot;%1&quot;; subscriptions go to %2</source>
        <translation>Para el código del sitio: applicationServerKey = &quot;%1&quot;; las suscripciones van a %2</translation>
    </message>
</context>
<context>
    <name>herald::ReadinessList</name>
    <message>
        <source>Readiness checklist</source>
        <translation>Lista de comprobación de preparación</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Corregir: %1</translation>
    </message>
    <message>
        <source>Every check passes: the campaign can run.</source>
        <translation>Se superan todas las comprobaciones: la campaña puede ejecutarse.</translation>
    </message>
</context>
<context>
    <name>herald::RejectedRowsDialog</name>
    <message>
        <source>Rejected rows of upload %1</source>
        <translation>Filas rechazadas de la importación %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 into %2: %Ln row(s) rejected. Save them, correct them and import the file again.</source>
        <translation>
            <numerusform>%1 en %2: %Ln fila rechazada. Guárdela, corríjala y vuelva a importar el archivo.</numerusform>
            <numerusform>%1 en %2: %Ln filas rechazadas. Guárdelas, corríjalas y vuelva a importar el archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Row as read</source>
        <translation>Fila tal como se leyó</translation>
    </message>
    <message>
        <source>The rejected rows could not be read: %1</source>
        <translation>No se pudieron leer las filas rechazadas: %1</translation>
    </message>
    <message>
        <source>The first %1 are shown; Save has them all.</source>
        <translation>Se muestran las primeras %1; Guardar las incluye todas.</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>&amp;Guardar como CSV…</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Guardar filas rechazadas</translation>
    </message>
    <message>
        <source>-rejected.csv</source>
        <translation>-rechazadas.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>herald::RemarketDialog</name>
    <message>
        <source>Remarket %1</source>
        <translation>Remarketing de %1</translation>
    </message>
    <message>
        <source>Create a new Draft campaign for some of the contacts of “%1”. It copies the content and senders and sends to exactly these contacts.</source>
        <translation>Crear una nueva campaña en Borrador para algunos de los contactos de “%1”. Copia el contenido y los remitentes y envía exactamente a estos contactos.</translation>
    </message>
    <message>
        <source>&amp;Failed (and not reached another way)</source>
        <translation>&amp;Fallidos (y no alcanzados por otra vía)</translation>
    </message>
    <message>
        <source>Did not &amp;reply</source>
        <translation>No &amp;respondieron</translation>
    </message>
    <message>
        <source>Did not &amp;answer the call</source>
        <translation>No &amp;contestaron la llamada</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected in the task table (%n contact(s))</source>
        <translation>
            <numerusform>&amp;Seleccionados en la tabla de tareas (%n contacto)</numerusform>
            <numerusform>&amp;Seleccionados en la tabla de tareas (%n contactos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Quién:</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>Results &amp;of:</source>
        <translation>Resultados &amp;de:</translation>
    </message>
    <message>
        <source>Follow up by:</source>
        <translation>Seguimiento por:</translation>
    </message>
    <message>
        <source> follow-up</source>
        <translation> (seguimiento)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Create follow-up</source>
        <translation>Crear seguimiento</translation>
    </message>
    <message>
        <source>Nobody matches: choose other contacts.</source>
        <translation>Nadie coincide: elija otros contactos.</translation>
    </message>
    <message>
        <source>%1 contacts will be in the follow-up&apos;s list.</source>
        <translation>%1 contactos estarán en la lista del seguimiento.</translation>
    </message>
    <message>
        <source>Remarket</source>
        <translation>Remarketing</translation>
    </message>
</context>
<context>
    <name>herald::ReportDocument</name>
    <message>
        <source>The goal counts clicks, but this run did not track its links: turn on “Track link clicks” on the builder&apos;s Launch page for the next one.</source>
        <translation>El objetivo cuenta clics, pero esta ejecución no registró sus enlaces: active “Registrar clics en enlaces” en la página Lanzamiento del editor para la próxima.</translation>
    </message>
    <message>
        <source>Clicked a tracked link</source>
        <translation>Hizo clic en un enlace con seguimiento</translation>
    </message>
    <message>
        <source>Clicked %1</source>
        <translation>Hizo clic en %1</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondió</translation>
    </message>
    <message>
        <source>Pressed a key during the call</source>
        <translation>Pulsó una tecla durante la llamada</translation>
    </message>
    <message>
        <source>Answered the call</source>
        <translation>Contestó la llamada</translation>
    </message>
    <message>
        <source>The goal&apos;s metric “%1” is not one Herald counts: use clicks, replies, keypresses or answered calls.</source>
        <translation>La métrica “%1” del objetivo no es una que Herald cuente: use clics, respuestas, pulsaciones de teclas o llamadas contestadas.</translation>
    </message>
    <message>
        <source>%1 of %2 contacts called</source>
        <translation>%1 de %2 contactos llamados</translation>
    </message>
    <message>
        <source>%1 of %2 contacts reached</source>
        <translation>%1 de %2 contactos alcanzados</translation>
    </message>
    <message>
        <source>target %1, met</source>
        <translation>meta %1, alcanzada</translation>
    </message>
    <message>
        <source>target %1, not met</source>
        <translation>meta %1, no alcanzada</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Contestadas</translation>
    </message>
    <message>
        <source>Answer rate</source>
        <translation>Tasa de respuesta</translation>
    </message>
    <message>
        <source>Average talk time</source>
        <translation>Tiempo medio de conversación</translation>
    </message>
    <message>
        <source>Keys pressed</source>
        <translation>Teclas pulsadas</translation>
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
        <translation>bajas × %1</translation>
    </message>
    <message>
        <source>messages sent per minute</source>
        <translation>mensajes enviados por minuto</translation>
    </message>
    <message>
        <source>messages sent per %1 minutes</source>
        <translation>mensajes enviados cada %1 minutos</translation>
    </message>
    <message>
        <source>Test run #%1</source>
        <translation>Ejecución de prueba #%1</translation>
    </message>
    <message>
        <source>Live run #%1</source>
        <translation>Ejecución real #%1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>campaign report</source>
        <translation>informe de campaña</translation>
    </message>
</context>
<context>
    <name>herald::ReportView</name>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Of queued</source>
        <translation>Sobre en cola</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Disclaimer accepted</source>
        <translation>Aviso legal aceptado</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>Failure reasons</source>
        <translation>Motivos de fallo</translation>
    </message>
    <message>
        <source>Results per channel</source>
        <translation>Resultados por canal</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Rendimiento</translation>
    </message>
    <message>
        <source>Number pool health</source>
        <translation>Estado de los grupos de números</translation>
    </message>
    <message>
        <source>Numbers in this run</source>
        <translation>Números en esta ejecución</translation>
    </message>
    <message>
        <source>CSV upload follow-up</source>
        <translation>Seguimiento de la importación CSV</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Historial de ejecuciones</translation>
    </message>
    <message>
        <source>&lt;b&gt;This campaign has not run yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Esta campaña aún no se ha ejecutado.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Objetivo: %1</translation>
    </message>
    <message>
        <source>Link clicks</source>
        <translation>Clics en enlaces</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondidos</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Bajas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Latency avg</source>
        <translation>Latencia media</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latencia p95</translation>
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
        <translation>No pudo iniciarse: %1</translation>
    </message>
    <message>
        <source>%1; %2 launch; content revision %3</source>
        <translation>%1; lanzamiento %2; revisión del contenido %3</translation>
    </message>
    <message>
        <source>Throughput: messages sent per interval and channel</source>
        <translation>Rendimiento: mensajes enviados por intervalo y canal</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Campaign report</source>
        <translation>Informe de la campaña</translation>
    </message>
    <message>
        <source>Enter opens the run&apos;s report</source>
        <translation>Enter abre el informe de la ejecución</translation>
    </message>
    <message>
        <source>Clicked links</source>
        <translation>Enlaces pulsados</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Aún no hay ejecuciones</translation>
    </message>
    <message>
        <source>A test run sends the campaign to its test recipients only; Run… sends it to its audience.</source>
        <translation>Una ejecución de prueba envía la campaña solo a sus destinatarios de prueba; Ejecutar… la envía a su audiencia.</translation>
    </message>
    <message>
        <source>Test run…</source>
        <translation>Ejecución de prueba…</translation>
    </message>
    <message>
        <source>Each run of the campaign shows here with the configuration it ran with.</source>
        <translation>Aquí aparece cada ejecución de la campaña con la configuración con la que se ejecutó.</translation>
    </message>
</context>
<context>
    <name>herald::ReviewView</name>
    <message>
        <source>Re&amp;ject…</source>
        <translation>R&amp;echazar…</translation>
    </message>
    <message>
        <source>Co&amp;mment…</source>
        <translation>Co&amp;mentar…</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historial&lt;/b&gt;</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Reject content</source>
        <translation>Rechazar contenido</translation>
    </message>
    <message>
        <source>What should change before you approve it?</source>
        <translation>¿Qué debería cambiar antes de aprobarlo?</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Your comment on the content:</source>
        <translation>Su comentario sobre el contenido:</translation>
    </message>
    <message>
        <source>no reviewer chosen</source>
        <translation>no se ha elegido revisor</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved&lt;/b&gt; %1 (reviewer: %2).</source>
        <translation>&lt;b&gt;Aprobado&lt;/b&gt; %1 (revisor: %2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changed since it was approved&lt;/b&gt; on %1: %2 must approve it again before it runs.</source>
        <translation>&lt;b&gt;Modificado desde su aprobación&lt;/b&gt; el %1: %2 debe aprobarlo de nuevo antes de que se ejecute.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not approved yet&lt;/b&gt; (reviewer: %1).</source>
        <translation>&lt;b&gt;Aún no aprobado&lt;/b&gt; (revisor: %1).</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>Preheader: %1</source>
        <translation>Preencabezado: %1</translation>
    </message>
    <message>
        <source>Attachment: %1 (%2, %3, SHA-256 %4)</source>
        <translation>Adjunto: %1 (%2, %3, SHA-256 %4)</translation>
    </message>
    <message>
        <source>Text part:</source>
        <translation>Parte de texto:</translation>
    </message>
    <message>
        <source>This campaign has no channels yet.</source>
        <translation>Esta campaña aún no tiene canales.</translation>
    </message>
    <message>
        <source>No findings about the content.</source>
        <translation>No hay observaciones sobre el contenido.</translation>
    </message>
    <message>
        <source>Reviewers and admins approve content.</source>
        <translation>Los revisores y administradores aprueban el contenido.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Approved the content of %1.</source>
        <translation>Se aprobó el contenido de %1.</translation>
    </message>
    <message>
        <source>Sent the content of %1 back.</source>
        <translation>Se devolvió el contenido de %1.</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>A&amp;probar</translation>
    </message>
    <message>
        <source>Content under review</source>
        <translation>Contenido en revisión</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>Historial de revisión</translation>
    </message>
</context>
<context>
    <name>herald::Role</name>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>gestor</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>revisor</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>observador</translation>
    </message>
    <message>
        <source>support</source>
        <translation>soporte</translation>
    </message>
</context>
<context>
    <name>herald::RowActionsDelegate</name>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analítica</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>More ▾</source>
        <translation>Más ▾</translation>
    </message>
</context>
<context>
    <name>herald::RunDialog</name>
    <message>
        <source>Test run</source>
        <translation>Ejecución de prueba</translation>
    </message>
    <message>
        <source>Run campaign</source>
        <translation>Ejecutar campaña</translation>
    </message>
    <message numerus="yes">
        <source>%1 channel started in run #%2: %Ln message(s) queued</source>
        <translation>
            <numerusform>Canal %1 iniciado en la ejecución #%2: %Ln mensaje en cola</numerusform>
            <numerusform>Canal %1 iniciado en la ejecución #%2: %Ln mensajes en cola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 #%2 started: %Ln message(s) queued</source>
        <translation>
            <numerusform>%1 #%2 iniciada: %Ln mensaje en cola</numerusform>
            <numerusform>%1 #%2 iniciada: %Ln mensajes en cola</numerusform>
        </translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; message(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; mensaje</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>Untick to hold this channel: it stays Ready in this run, and you start it later from the campaign&apos;s page</source>
        <translation>Desmarque para retener este canal: queda Listo en esta ejecución y puede iniciarlo más tarde desde la página de la campaña</translation>
    </message>
    <message>
        <source>Test recipients</source>
        <translation>Destinatarios de prueba</translation>
    </message>
    <message>
        <source>Messages this run sends</source>
        <translation>Mensajes que envía esta ejecución</translation>
    </message>
    <message>
        <source>Forecast if started now</source>
        <translation>Previsión si se inicia ahora</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Aviso legal</translation>
    </message>
    <message>
        <source>Queueing %v of %m</source>
        <translation>Poniendo en cola %v de %m</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Enviar prueba</translation>
    </message>
    <message>
        <source>Held: %1. Held channels stay Ready in this run; start them later from the campaign&apos;s page.</source>
        <translation>Retenidos: %1. Los canales retenidos quedan Listos en esta ejecución; inícielos más tarde desde la página de la campaña.</translation>
    </message>
    <message>
        <source>Tick at least one channel to start.</source>
        <translation>Marque al menos un canal para empezar.</translation>
    </message>
    <message>
        <source>This run cannot start until these are fixed:</source>
        <translation>Esta ejecución no puede iniciarse hasta que se corrija lo siguiente:</translation>
    </message>
    <message>
        <source>Accept the disclaimer to run</source>
        <translation>Acepte el aviso legal para ejecutar</translation>
    </message>
    <message>
        <source>Alex</source>
        <translation>Alex</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>a sample contact</source>
        <translation>un contacto de ejemplo</translation>
    </message>
    <message>
        <source>As %1 hears it:</source>
        <translation>Tal como lo oye %1:</translation>
    </message>
    <message>
        <source>As %1 receives it:</source>
        <translation>Tal como lo recibe %1:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>Preheader:</source>
        <translation>Preencabezado:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Adjuntos:</translation>
    </message>
    <message>
        <source>I con&amp;firm all four statements</source>
        <translation>Con&amp;firmo las cuatro declaraciones</translation>
    </message>
    <message>
        <source>Each message Viber accepts costs a credit.</source>
        <translation>Cada mensaje que Viber acepta cuesta un crédito.</translation>
    </message>
</context>
<context>
    <name>herald::RunKind</name>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>live</source>
        <translation>real</translation>
    </message>
</context>
<context>
    <name>herald::RunListModel</name>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Iniciada por</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>The run could not start; its campaign&apos;s report lists why.</source>
        <translation>La ejecución no pudo iniciarse; el informe de su campaña indica el motivo.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Started by %1; nobody accepted the disclaimer (nothing was sent).</source>
        <translation>Iniciada por %1; nadie aceptó el aviso legal (no se envió nada).</translation>
    </message>
    <message>
        <source>Started by %1; disclaimer accepted by %2 at %3.</source>
        <translation>Iniciada por %1; aviso legal aceptado por %2 el %3.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>could not start</source>
        <translation>no pudo iniciarse</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>aún en curso</translation>
    </message>
    <message>
        <source>%1 (disclaimer: %2)</source>
        <translation>%1 (aviso legal: %2)</translation>
    </message>
</context>
<context>
    <name>herald::RunsPage</name>
    <message>
        <source>Campaign name or ID, or #run</source>
        <translation>Nombre o ID de campaña, o #ejecución</translation>
    </message>
    <message>
        <source>Search runs</source>
        <translation>Buscar ejecuciones</translation>
    </message>
    <message>
        <source>Run kind</source>
        <translation>Tipo de ejecución</translation>
    </message>
    <message>
        <source>Test and live runs</source>
        <translation>Ejecuciones de prueba y reales</translation>
    </message>
    <message>
        <source>Live runs</source>
        <translation>Ejecuciones reales</translation>
    </message>
    <message>
        <source>Test runs</source>
        <translation>Ejecuciones de prueba</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>Any trigger</source>
        <translation>Cualquier activación</translation>
    </message>
    <message>
        <source>Campaign runs</source>
        <translation>Ejecuciones de campañas</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the campaign on that run.</source>
        <translation>Haga doble clic o pulse Enter para abrir la campaña en esa ejecución.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln ejecución</numerusform>
            <numerusform>%Ln ejecuciones</numerusform>
        </translation>
    </message>
    <message>
        <source>(the newest %L1)</source>
        <translation>(las %L1 más recientes)</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Aún no hay ejecuciones</translation>
    </message>
    <message>
        <source>A campaign&apos;s Run… starts one, and its Test run… tries it on the test recipients; each run shows here with what became of its messages.</source>
        <translation>Ejecutar… de una campaña inicia una y Ejecución de prueba… la prueba con los destinatarios de prueba; aquí aparece cada ejecución con lo que pasó con sus mensajes.</translation>
    </message>
    <message>
        <source>No runs match these filters</source>
        <translation>Ninguna ejecución coincide con estos filtros</translation>
    </message>
    <message>
        <source>No runs match “%1”</source>
        <translation>Ninguna ejecución coincide con “%1”</translation>
    </message>
    <message>
        <source>The search looks at campaign names and IDs, or a run&apos;s #number.</source>
        <translation>La búsqueda abarca los nombres e ID de las campañas, o el #número de una ejecución.</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Borrar el filtro</translation>
    </message>
</context>
<context>
    <name>herald::SafeHtmlView</name>
    <message>
        <source>Image not loaded: %1</source>
        <translation>Imagen no cargada: %1</translation>
    </message>
</context>
<context>
    <name>herald::SegmentEditor</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Quitar esta condición</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Quitar condición</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Cumplir</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alguna</translation>
    </message>
    <message>
        <source>of these conditions:</source>
        <translation>de estas condiciones:</translation>
    </message>
    <message>
        <source>Remove this group and its conditions</source>
        <translation>Quitar este grupo y sus condiciones</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Quitar grupo</translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation>+ Condición</translation>
    </message>
    <message>
        <source>Add a condition to this group</source>
        <translation>Añadir una condición a este grupo</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ Grupo</translation>
    </message>
    <message>
        <source>Add a group whose conditions are matched together</source>
        <translation>Añadir un grupo cuyas condiciones se evalúan juntas</translation>
    </message>
    <message>
        <source>These rules cannot be shown as conditions (%1). They are kept as they are until you change them here.</source>
        <translation>Estas reglas no se pueden mostrar como condiciones (%1). Se conservan tal cual hasta que las cambie aquí.</translation>
    </message>
</context>
<context>
    <name>herald::SegmentsView</name>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Ne&amp;w segment</source>
        <translation>N&amp;uevo segmento</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the segment (Del); campaigns that use it will be told in their readiness check</source>
        <translation>Eliminar el segmento (Del); las campañas que lo usan lo verán en su comprobación de preparación</translation>
    </message>
    <message>
        <source>Name shown when choosing segments for a campaign</source>
        <translation>Nombre que se muestra al elegir segmentos para una campaña</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the segment (Ctrl+S)</source>
        <translation>Guardar el segmento (Ctrl+S)</translation>
    </message>
    <message>
        <source>Only managers and administrators edit segments.</source>
        <translation>Solo los gestores y administradores editan segmentos.</translation>
    </message>
    <message>
        <source>Cannot count: %1</source>
        <translation>No se puede contar: %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>1 contact matches</source>
        <translation>Coincide 1 contacto</translation>
    </message>
    <message>
        <source>%1 contacts match</source>
        <translation>Coinciden %1 contactos</translation>
    </message>
    <message>
        <source>, %1 of them opted out of every channel</source>
        <translation>, %1 de ellos dados de baja de todos los canales</translation>
    </message>
    <message>
        <source>The first %1:</source>
        <translation>Los primeros %1:</translation>
    </message>
    <message>
        <source>Segment not saved</source>
        <translation>Segmento no guardado</translation>
    </message>
    <message>
        <source>Give the segment a name, then save it again.</source>
        <translation>Asigne un nombre al segmento y vuelva a guardarlo.</translation>
    </message>
    <message>
        <source>Segment “%1” was not saved: %2</source>
        <translation>No se guardó el segmento “%1”: %2</translation>
    </message>
    <message>
        <source>Segment “%1” saved.</source>
        <translation>Segmento “%1” guardado.</translation>
    </message>
    <message>
        <source>Delete segment “%1”?</source>
        <translation>¿Eliminar el segmento “%1”?</translation>
    </message>
    <message>
        <source>These campaigns use it and will not pass their readiness check until another segment is chosen: %1.</source>
        <translation>Estas campañas lo usan y no superarán su comprobación de preparación hasta que se elija otro segmento: %1.</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Eliminar segmento</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Segment not deleted</source>
        <translation>Segmento no eliminado</translation>
    </message>
    <message>
        <source>Segment “%1” deleted.</source>
        <translation>Segmento “%1” eliminado.</translation>
    </message>
    <message>
        <source>Unsaved segment</source>
        <translation>Segmento sin guardar</translation>
    </message>
    <message>
        <source>Segment “%1” has unsaved changes.</source>
        <translation>El segmento “%1” tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>No segments yet</source>
        <translation>Aún no hay segmentos</translation>
    </message>
    <message>
        <source>A segment picks contacts by their fields, tags and lists. Name it and set its conditions on the right, then Save.</source>
        <translation>Un segmento selecciona contactos por sus campos, etiquetas y listas. Asígnele un nombre y defina sus condiciones a la derecha; después pulse Guardar.</translation>
    </message>
    <message>
        <source>Segment conditions</source>
        <translation>Condiciones del segmento</translation>
    </message>
    <message>
        <source>Sample of the segment&apos;s contacts</source>
        <translation>Muestra de los contactos del segmento</translation>
    </message>
</context>
<context>
    <name>herald::SendersView</name>
    <message>
        <source>Who messages come from: email identities, SMS sender IDs or number pools, caller IDs from a pool, Viber sender names, Telegram bots. Campaigns choose one per channel; a paused sender stops them at the readiness check.</source>
        <translation>De quién proceden los mensajes: identidades de correo, ID de remitente SMS o grupos de números, ID de llamante de un grupo, nombres de remitente de Viber, bots de Telegram. Las campañas eligen uno por canal; un remitente en pausa las detiene en la comprobación de preparación.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address or pool</source>
        <translation>Dirección o grupo</translation>
    </message>
    <message>
        <source>Reply-to</source>
        <translation>Responder a</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Add sender…</source>
        <translation>Aña&amp;dir remitente…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Senders could not be read: %1</source>
        <translation>No se pudieron leer los remitentes: %1</translation>
    </message>
    <message>
        <source>pool %1</source>
        <translation>grupo %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Rean&amp;udar</translation>
    </message>
    <message>
        <source>Only administrators manage senders.</source>
        <translation>Solo los administradores gestionan los remitentes.</translation>
    </message>
    <message>
        <source>Add sender</source>
        <translation>Añadir remitente</translation>
    </message>
    <message>
        <source>Edit sender %1</source>
        <translation>Editar remitente %1</translation>
    </message>
    <message>
        <source>optional: where replies go</source>
        <translation>opcional: adónde van las respuestas</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>From &amp;address:</source>
        <translation>&amp;Dirección del remitente:</translation>
    </message>
    <message>
        <source>Reply-&amp;to:</source>
        <translation>Responder &amp;a:</translation>
    </message>
    <message>
        <source>Number &amp;pool:</source>
        <translation>&amp;Grupo de números:</translation>
    </message>
    <message>
        <source>The name and address recipients see in From.</source>
        <translation>El nombre y la dirección que los destinatarios ven en De.</translation>
    </message>
    <message>
        <source>An alphanumeric sender ID (up to 11 letters, digits or spaces), or a number pool to send from its numbers.</source>
        <translation>Un ID de remitente alfanumérico (hasta 11 letras, dígitos o espacios), o un grupo de números para enviar desde sus números.</translation>
    </message>
    <message>
        <source>Calls come from the numbers of the pool.</source>
        <translation>Las llamadas proceden de los números del grupo.</translation>
    </message>
    <message>
        <source>The sender name recipients see (at most 28 characters).</source>
        <translation>El nombre de remitente que ven los destinatarios (28 caracteres como máximo).</translation>
    </message>
    <message>
        <source>The site&apos;s name.</source>
        <translation>El nombre del sitio.</translation>
    </message>
    <message>
        <source>Added sender %1.</source>
        <translation>Remitente %1 añadido.</translation>
    </message>
    <message>
        <source>Saved sender %1.</source>
        <translation>Remitente %1 guardado.</translation>
    </message>
    <message>
        <source>Sender not added</source>
        <translation>Remitente no añadido</translation>
    </message>
    <message>
        <source>Sender not saved</source>
        <translation>Remitente no guardado</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Remitentes</translation>
    </message>
    <message>
        <source>Sender %1 is paused: campaigns using it stop at their readiness check.</source>
        <translation>El remitente %1 está en pausa: las campañas que lo usan se detienen en su comprobación de preparación.</translation>
    </message>
    <message>
        <source>Sender %1 is active again.</source>
        <translation>El remitente %1 vuelve a estar activo.</translation>
    </message>
    <message>
        <source>Delete sender</source>
        <translation>Eliminar remitente</translation>
    </message>
    <message>
        <source>Delete the %1 sender %2? Runs that used it keep it in their history.</source>
        <translation>¿Eliminar el remitente de %1 %2? Las ejecuciones que lo usaron lo conservan en su historial.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Sender not deleted</source>
        <translation>Remitente no eliminado</translation>
    </message>
    <message>
        <source>Deleted sender %1.</source>
        <translation>Remitente %1 eliminado.</translation>
    </message>
    <message>
        <source>The bot&apos;s username, ending in “bot”.</source>
        <translation>El nombre de usuario del bot, terminado en “bot”.</translation>
    </message>
</context>
<context>
    <name>herald::SettingsPage</name>
    <message>
        <source>Setup &amp;assistant…</source>
        <translation>A&amp;sistente de configuración…</translation>
    </message>
    <message>
        <source>The organisation, its sending, a sender and teammates, step by step</source>
        <translation>La organización, su envío, un remitente y los compañeros, paso a paso</translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation>&amp;Proveedores</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>P&amp;ersonas</translation>
    </message>
    <message>
        <source>Se&amp;nders</source>
        <translation>Remite&amp;ntes</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organizaciones</translation>
    </message>
    <message>
        <source>This &amp;computer</source>
        <translation>Este e&amp;quipo</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>El del sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>Language: %1, from Herald&apos;s next start</source>
        <translation>Idioma: %1, a partir del próximo inicio de Herald</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de la configuración</translation>
    </message>
    <message>
        <source>The desktop&apos;s</source>
        <translation>La del escritorio</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clara</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscura</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>Apa&amp;riencia:</translation>
    </message>
    <message>
        <source>Both apply from Herald&apos;s next start. Dates and numbers follow the language.</source>
        <translation>Ambos se aplican a partir del próximo inicio de Herald. Las fechas y los números siguen el idioma.</translation>
    </message>
    <message>
        <source>Appearance: %1, from Herald&apos;s next start</source>
        <translation>Apariencia: %1, a partir del próximo inicio de Herald</translation>
    </message>
</context>
<context>
    <name>herald::SetupAssistant</name>
    <message>
        <source>Set up Herald</source>
        <translation>Configurar Herald</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Su organización</translation>
    </message>
    <message>
        <source>Herald keeps everything of an organisation together: its people, contacts, senders and campaigns. Name it, and say where it works.</source>
        <translation>Herald mantiene juntos todos los elementos de una organización: sus personas, contactos, remitentes y campañas. Asígnele un nombre e indique dónde trabaja.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>New campaigns send only &amp;between</source>
        <translation>Las nuevas campañas solo envían &amp;entre las</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y las</translation>
    </message>
    <message>
        <source>Send window:</source>
        <translation>Franja de envío:</translation>
    </message>
    <message>
        <source>Hours are the recipient&apos;s own. Without a window, SMS and calls go out between 08:00 and 21:00 and email at any time; each campaign channel can set its own.</source>
        <translation>Las horas son las del propio destinatario. Sin franja, los SMS y las llamadas salen entre las 08:00 y las 21:00 y el correo a cualquier hora; cada canal de campaña puede fijar la suya.</translation>
    </message>
    <message>
        <source>You, its first administrator</source>
        <translation>Usted, su primer administrador</translation>
    </message>
    <message>
        <source>Administrators set up sending, senders, number pools and people. Your name is what the history shows beside what you do.</source>
        <translation>Los administradores configuran el envío, los remitentes, los grupos de números y las personas. Su nombre es lo que el historial muestra junto a lo que hace.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>Your &amp;email:</source>
        <translation>Su &amp;correo electrónico:</translation>
    </message>
    <message>
        <source>Sending email (optional)</source>
        <translation>Envío de correo (opcional)</translation>
    </message>
    <message>
        <source>Sending SMS (optional)</source>
        <translation>Envío de SMS (opcional)</translation>
    </message>
    <message>
        <source>Herald hands email to your SMTP server. Fill in its settings and test the connection; or go on and do it later in Settings → Providers.</source>
        <translation>Herald entrega el correo a su servidor SMTP. Rellene su configuración y pruebe la conexión, o continúe y hágalo más tarde en Configuración → Proveedores.</translation>
    </message>
    <message>
        <source>Herald sends SMS through a Kannel gateway. Fill in its settings and test the connection; or go on and do it later in Settings → Providers.</source>
        <translation>Herald envía los SMS a través de una pasarela Kannel. Rellene su configuración y pruebe la conexión, o continúe y hágalo más tarde en Configuración → Proveedores.</translation>
    </message>
    <message>
        <source>Who your email comes from (optional)</source>
        <translation>De quién procede su correo (opcional)</translation>
    </message>
    <message>
        <source>The name and address recipients see. More senders (SMS sender IDs, caller IDs from number pools) are added in Settings → Senders. Leave it empty to skip.</source>
        <translation>El nombre y la dirección que ven los destinatarios. Se pueden añadir más remitentes (ID de remitente SMS, ID de llamante de grupos de números) en Configuración → Remitentes. Déjelo vacío para omitir este paso.</translation>
    </message>
    <message>
        <source>optional: where replies go</source>
        <translation>opcional: adónde van las respuestas</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>&amp;Nombre del remitente:</translation>
    </message>
    <message>
        <source>From &amp;address:</source>
        <translation>&amp;Dirección del remitente:</translation>
    </message>
    <message>
        <source>&amp;Reply-to:</source>
        <translation>Responder &amp;a:</translation>
    </message>
    <message>
        <source>Teammates (optional)</source>
        <translation>Compañeros (opcional)</translation>
    </message>
    <message>
        <source>Who else works in Herald: a reviewer approves each campaign&apos;s content before it runs; managers build and run campaigns. More in Settings → People.</source>
        <translation>Quién más trabaja en Herald: un revisor aprueba el contenido de cada campaña antes de que se ejecute; los gestores crean y ejecutan campañas. Más en Configuración → Personas.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Add &amp;teammate</source>
        <translation>Añadir &amp;compañero</translation>
    </message>
    <message>
        <source>%1 is set up.</source>
        <translation>%1 está configurada.</translation>
    </message>
</context>
<context>
    <name>herald::StatisticsPage</name>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Bajas</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondidos</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Contestadas</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Delivered %</source>
        <translation>% entregados</translation>
    </message>
    <message>
        <source>Failed %</source>
        <translation>% fallidos</translation>
    </message>
    <message>
        <source>Opted out %</source>
        <translation>% bajas</translation>
    </message>
    <message>
        <source>Replied %</source>
        <translation>% respondidos</translation>
    </message>
    <message>
        <source>Answered %</source>
        <translation>% contestadas</translation>
    </message>
    <message>
        <source>Conversion %</source>
        <translation>% conversión</translation>
    </message>
    <message>
        <source>Goal target %</source>
        <translation>% meta del objetivo</translation>
    </message>
    <message>
        <source>Sent / min</source>
        <translation>Enviados / min</translation>
    </message>
    <message>
        <source>SMS segments</source>
        <translation>Segmentos SMS</translation>
    </message>
    <message>
        <source>Minutes to complete</source>
        <translation>Minutos hasta completar</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Tick campaigns to compare, or choose a campaign&apos;s runs.</source>
        <translation>Marque campañas para compararlas o elija las ejecuciones de una campaña.</translation>
    </message>
    <message>
        <source>&amp;Campaigns side by side</source>
        <translation>&amp;Campañas una junto a otra</translation>
    </message>
    <message>
        <source>&amp;Runs of one campaign</source>
        <translation>&amp;Ejecuciones de una campaña</translation>
    </message>
    <message>
        <source>Campaigns to compare</source>
        <translation>Campañas que comparar</translation>
    </message>
    <message>
        <source>Campaign whose runs to compare</source>
        <translation>Campaña cuyas ejecuciones comparar</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar C&amp;SV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>Exportar estadísticas</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Each run of the campaign, a row per channel, with its frozen configuration.</source>
        <translation>Cada ejecución de la campaña, una fila por canal, con su configuración congelada.</translation>
    </message>
    <message>
        <source>Each ticked campaign by its newest live run, a row per channel.</source>
        <translation>Cada campaña marcada según su ejecución real más reciente, una fila por canal.</translation>
    </message>
    <message>
        <source>Rates are of the messages queued; SMS segments are counted from the frozen text for each message sent.</source>
        <translation>Las tasas son sobre los mensajes en cola; los segmentos SMS se cuentan a partir del texto congelado de cada mensaje enviado.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Excluidas: %1</translation>
    </message>
    <message>
        <source>Statistics saved to %1.</source>
        <translation>Estadísticas guardadas en %1.</translation>
    </message>
    <message>
        <source>Herald statistics</source>
        <translation>Estadísticas de Herald</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>no se puede iniciar el PDF</translation>
    </message>
    <message>
        <source>Runs of %1</source>
        <translation>Ejecuciones de %1</translation>
    </message>
    <message>
        <source>Campaigns side by side</source>
        <translation>Campañas una junto a otra</translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation>Gráfico comparativo</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Comparado</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Statistics compared</source>
        <translation>Estadísticas comparadas</translation>
    </message>
    <message>
        <source>Messages, rates and timing of the chosen campaigns or runs</source>
        <translation>Mensajes, tasas y tiempos de las campañas o ejecuciones elegidas</translation>
    </message>
</context>
<context>
    <name>herald::TasksView</name>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>Filtro de canal</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Ejecución:</translation>
    </message>
    <message>
        <source>Messages of the run</source>
        <translation>Mensajes de la ejecución</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>Aún no hay ejecuciones.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mensaje</numerusform>
            <numerusform>%Ln mensajes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::TeamWorkspaceDialog</name>
    <message>
        <source>Open Team Workspace</source>
        <translation>Abrir espacio de trabajo de equipo</translation>
    </message>
    <message>
        <source>A team workspace is a PostgreSQL database your team shares. You work in it as your database login; your admin gives you one.</source>
        <translation>Un espacio de trabajo de equipo es una base de datos PostgreSQL que comparte su equipo. En ella trabaja con su usuario de base de datos, que le proporciona su administrador.</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <source>%1 on %2 as %3</source>
        <translation>%1 en %2 como %3</translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder such as /run/postgresql</source>
        <translation>db.example.com, o una carpeta de socket como /run/postgresql</translation>
    </message>
    <message>
        <source>empty: ~/.pgpass, a service file or the server decides</source>
        <translation>vacío: decide ~/.pgpass, un archivo de servicio o el servidor</translation>
    </message>
    <message>
        <source>Keep the password in the system keyring</source>
        <translation>Guardar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Recientes:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Co&amp;nectar</translation>
    </message>
    <message>
        <source>Name the database (ask your admin; often &quot;herald&quot;).</source>
        <translation>Indique el nombre de la base de datos (pregunte a su administrador; a menudo &quot;herald&quot;).</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Password not kept</source>
        <translation>Contraseña no guardada</translation>
    </message>
    <message>
        <source>Connected, but the password could not be kept in the keyring: %1</source>
        <translation>Conectado, pero no se pudo guardar la contraseña en el llavero: %1</translation>
    </message>
</context>
<context>
    <name>herald::TelegramProvider</name>
    <message>
        <source>the bot @%1 (%2) answers</source>
        <translation>el bot @%1 (%2) responde</translation>
    </message>
    <message>
        <source>Telegram does not know this bot token (%1): copy it again from @BotFather</source>
        <translation>Telegram no conoce este token de bot (%1): cópielo de nuevo desde @BotFather</translation>
    </message>
    <message>
        <source>Telegram&apos;s Bot API at %1 did not answer: %2</source>
        <translation>la Bot API de Telegram en %1 no respondió: %2</translation>
    </message>
</context>
<context>
    <name>herald::TemplatesPage</name>
    <message>
        <source>Ne&amp;w template</source>
        <translation>Nueva &amp;plantilla</translation>
    </message>
    <message>
        <source>Call script</source>
        <translation>Guion de llamada</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal:</translation>
    </message>
    <message>
        <source>Empty: the name of the campaign&apos;s sender</source>
        <translation>Vacío: el nombre del remitente de la campaña</translation>
    </message>
    <message>
        <source>&amp;From name:</source>
        <translation>Nombre del &amp;remitente:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>The line an inbox shows after the subject</source>
        <translation>La línea que muestra la bandeja de entrada tras el asunto</translation>
    </message>
    <message>
        <source>&amp;Preheader:</source>
        <translation>Pr&amp;eencabezado:</translation>
    </message>
    <message>
        <source>A preheader shows with an HTML body only (one that starts with “&lt;”).</source>
        <translation>El preencabezado solo se muestra con un cuerpo HTML (uno que empiece por “&lt;”).</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Cuerpo:</translation>
    </message>
    <message>
        <source>Inserts {{field}} where the cursor is; {{field|text}} uses the text when a contact has no value</source>
        <translation>Inserta {{field}} donde está el cursor; {{field|text}} usa el texto cuando un contacto no tiene valor</translation>
    </message>
    <message>
        <source>&amp;Insert field:</source>
        <translation>Insertar &amp;campo:</translation>
    </message>
    <message>
        <source>Empty: the text part is made from the HTML body</source>
        <translation>Vacío: la parte de texto se genera a partir del cuerpo HTML</translation>
    </message>
    <message>
        <source>&amp;Text part:</source>
        <translation>Parte de &amp;texto:</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>Ad&amp;juntar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Adjuntos:</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Guardar (%1)</translation>
    </message>
    <message>
        <source>Choose a recording</source>
        <translation>Elegir una grabación</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.oga *.opus *.aif *.aiff *.au *.mp3);;All files (*)</source>
        <translation>Audio (*.wav *.flac *.ogg *.oga *.opus *.aif *.aiff *.au *.mp3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <source>Preview f&amp;or:</source>
        <translation>Vista previa &amp;de:</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Templates could not be read: %1</source>
        <translation>No se pudieron leer las plantillas: %1</translation>
    </message>
    <message>
        <source>Choose a field…</source>
        <translation>Elegir un campo…</translation>
    </message>
    <message>
        <source>A sample contact (Alex Sample)</source>
        <translation>Un contacto de ejemplo (Alex Ejemplo)</translation>
    </message>
    <message>
        <source>Phone (call script)</source>
        <translation>Teléfono (guion de llamada)</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Grabación:</translation>
    </message>
    <message>
        <source>Choose &amp;recording…</source>
        <translation>Elegir g&amp;rabación…</translation>
    </message>
    <message>
        <source>A recording (WAV, FLAC, Ogg, ...) played to the callee instead of speaking the script; the script stays as its transcript</source>
        <translation>Una grabación (WAV, FLAC, Ogg, ...) que se reproduce al destinatario de la llamada en lugar de locutar el guion; el guion queda como su transcripción</translation>
    </message>
    <message>
        <source>&amp;Body (HTML or text):</source>
        <translation>&amp;Cuerpo (HTML o texto):</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;body&gt;…&lt;/body&gt;&lt;/html&gt;, or plain text</source>
        <translation>&lt;html&gt;&lt;body&gt;…&lt;/body&gt;&lt;/html&gt;, o texto sin formato</translation>
    </message>
    <message>
        <source>None: spoken</source>
        <translation>Ninguna: locutado</translation>
    </message>
    <message>
        <source>Played in calls</source>
        <translation>Se reproduce en las llamadas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>No adjuntado</translation>
    </message>
    <message>
        <source>Already attached</source>
        <translation>Ya adjuntado</translation>
    </message>
    <message>
        <source>%1 is attached already, as “%2”.</source>
        <translation>%1 ya está adjuntado, como “%2”.</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Plantilla no guardada</translation>
    </message>
    <message>
        <source>Give the template a name, then save it again.</source>
        <translation>Asigne un nombre a la plantilla y vuelva a guardarla.</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Guardar plantilla</translation>
    </message>
    <message>
        <source>Template “%1” is used by %2. Saving changes what they send: their reviewers must approve the content again before they run or resume.</source>
        <translation>La plantilla “%1” la usa %2. Al guardar cambia lo que envían: sus revisores deben aprobar de nuevo el contenido antes de que se ejecuten o reanuden.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Template “%1” was not saved: %2</source>
        <translation>No se guardó la plantilla “%1”: %2</translation>
    </message>
    <message>
        <source>Template “%1” saved.</source>
        <translation>Plantilla “%1” guardada.</translation>
    </message>
    <message>
        <source>Delete template “%1”?</source>
        <translation>¿Eliminar la plantilla “%1”?</translation>
    </message>
    <message>
        <source>%1 use it and will ask for another template in their readiness check; runs that started keep what they send.</source>
        <translation>%1 la usan y pedirán otra plantilla en su comprobación de preparación; las ejecuciones ya iniciadas conservan lo que envían.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Template not deleted</source>
        <translation>Plantilla no eliminada</translation>
    </message>
    <message>
        <source>Deleted template “%1”.</source>
        <translation>Plantilla “%1” eliminada.</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation>Plantilla sin guardar</translation>
    </message>
    <message>
        <source>Template “%1” has unsaved changes.</source>
        <translation>La plantilla “%1” tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Alex</source>
        <translation>Alex</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Su empresa</translation>
    </message>
    <message>
        <source>Your campaign</source>
        <translation>Su campaña</translation>
    </message>
    <message>
        <source>&lt;b&gt;From:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Subject:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;De:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Asunto:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>(the campaign&apos;s sender)</source>
        <translation>(el remitente de la campaña)</translation>
    </message>
    <message>
        <source>Text (made from the HTML)</source>
        <translation>Texto (generado a partir del HTML)</translation>
    </message>
    <message>
        <source>1 image or other resource was not loaded: the preview loads nothing.</source>
        <translation>No se cargó 1 imagen u otro recurso: la vista previa no carga nada.</translation>
    </message>
    <message>
        <source>%1 images or other resources were not loaded: the preview loads nothing.</source>
        <translation>No se cargaron %1 imágenes u otros recursos: la vista previa no carga nada.</translation>
    </message>
    <message>
        <source>The text part has no {{unsubscribe_url}}: readers of the text part cannot unsubscribe.</source>
        <translation>La parte de texto no tiene {{unsubscribe_url}}: los lectores de la parte de texto no pueden darse de baja.</translation>
    </message>
    <message>
        <source>The script the voice speaks to the callee:</source>
        <translation>El guion que la voz locuta al destinatario de la llamada:</translation>
    </message>
    <message>
        <source>The recording %1 is played; its transcript:</source>
        <translation>Se reproduce la grabación %1; su transcripción:</translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation>Tal como está escrito: %1</translation>
    </message>
    <message>
        <source>this template</source>
        <translation>esta plantilla</translation>
    </message>
    <message>
        <source>✔ Nothing a reviewer would be warned about.</source>
        <translation>✔ Nada sobre lo que se advertiría a un revisor.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation>Aún no hay plantillas</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Elegir una foto</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp);;All files (*)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.webp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <source>Choose &amp;photo…</source>
        <translation>Elegir &amp;foto…</translation>
    </message>
    <message>
        <source>A picture (JPEG, PNG or WebP, at most 10 MB) sent with the text as its caption (at most 1024 characters)</source>
        <translation>Una imagen (JPEG, PNG o WebP, 10 MB como máximo) enviada con el texto como pie (1024 caracteres como máximo)</translation>
    </message>
    <message>
        <source>None: text only</source>
        <translation>Ninguna: solo texto</translation>
    </message>
    <message>
        <source>The text is its caption</source>
        <translation>El texto es su pie</translation>
    </message>
    <message>
        <source>A template is the message a channel sends. Write the first one on the right and Save; New template starts one for SMS, a call script, Telegram, Viber or Web Push.</source>
        <translation>Una plantilla es el mensaje que envía un canal. Escriba la primera a la derecha y guarde; Nueva plantilla empieza una para SMS, un guion de llamada, Telegram, Viber o Web Push.</translation>
    </message>
    <message>
        <source>The message as the chat shows it:</source>
        <translation>El mensaje tal como lo muestra el chat:</translation>
    </message>
    <message>
        <source>The photo %1 goes with this caption:</source>
        <translation>La foto %1 va con este pie:</translation>
    </message>
    <message>
        <source>The notification “%1” reads:</source>
        <translation>La notificación «%1» dice:</translation>
    </message>
    <message>
        <source>The message as it arrives:</source>
        <translation>El mensaje tal como llega:</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>S&amp;cript:</source>
        <translation>G&amp;uion:</translation>
    </message>
</context>
<context>
    <name>herald::TenantsView</name>
    <message>
        <source>The organisations in this workspace. Each keeps its own people, contacts, senders and campaigns; archived ones keep their history and nobody works in them.</source>
        <translation>Las organizaciones de este espacio de trabajo. Cada una tiene sus propias personas, contactos, remitentes y campañas; las archivadas conservan su historial y nadie trabaja en ellas.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>URL pública</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <source>Ne&amp;w organisation…</source>
        <translation>N&amp;ueva organización…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Cambiar nom&amp;bre…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivar</translation>
    </message>
    <message>
        <source>&amp;Listener…</source>
        <translation>&amp;Receptor…</translation>
    </message>
    <message>
        <source>SMS &amp;keywords…</source>
        <translation>Palabras &amp;clave SMS…</translation>
    </message>
    <message>
        <source>&amp;Mailbox…</source>
        <translation>B&amp;uzón…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Mostrar archivadas</translation>
    </message>
    <message>
        <source>Organisations could not be read: %1</source>
        <translation>No se pudieron leer las organizaciones: %1</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>abierta ahora</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivada</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Only administrators manage organisations.</source>
        <translation>Solo los administradores gestionan las organizaciones.</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nueva organización</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>You become its first administrator.</source>
        <translation>Usted será su primer administrador.</translation>
    </message>
    <message>
        <source>Organisation not created</source>
        <translation>Organización no creada</translation>
    </message>
    <message>
        <source>Created %1: choose it in the Tenant list to set it up.</source>
        <translation>Se creó %1: elíjala en la lista Organización para configurarla.</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Cambiar el nombre de %1</translation>
    </message>
    <message>
        <source>Organisation not renamed</source>
        <translation>Nombre de la organización no cambiado</translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation>Se cambió el nombre de %1 a %2.</translation>
    </message>
    <message>
        <source>Listener of %1</source>
        <translation>Receptor de %1</translation>
    </message>
    <message>
        <source>Herald&apos;s listener serves the one-click unsubscribe links every email carries, tracked links and the SMS gateway&apos;s delivery reports and replies, wherever Herald sends: this desktop or a heraldctl worker. Email through SMTP cannot run live without it. The public URL is how recipients and gateways reach it, usually through the organisation&apos;s reverse proxy. After a change, give the SMS gateway the reply URL Settings → Providers shows.</source>
        <translation>El receptor de Herald sirve los enlaces de baja con un clic que lleva cada correo, los enlaces con seguimiento y los informes de entrega y respuestas de la pasarela SMS, dondequiera que Herald envíe: este escritorio o un proceso de trabajo de heraldctl. Sin él, el correo por SMTP no puede ejecutarse en real. La URL pública es la forma en que los destinatarios y las pasarelas llegan a él, normalmente a través del proxy inverso de la organización. Tras un cambio, indique a la pasarela SMS la URL de respuesta que muestra Configuración → Proveedores.</translation>
    </message>
    <message>
        <source>e.g. 127.0.0.1:8480; empty for none</source>
        <translation>p. ej. 127.0.0.1:8480; vacío para ninguno</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Escuchar en:</translation>
    </message>
    <message>
        <source>e.g. https://herald.example.org</source>
        <translation>p. ej. https://herald.example.org</translation>
    </message>
    <message>
        <source>&amp;Public URL:</source>
        <translation>URL &amp;pública:</translation>
    </message>
    <message>
        <source>Listener not saved</source>
        <translation>Receptor no guardado</translation>
    </message>
    <message>
        <source>%1 has no listener: no unsubscribe or tracked links are served.</source>
        <translation>%1 no tiene receptor: no se sirven enlaces de baja ni enlaces con seguimiento.</translation>
    </message>
    <message>
        <source>%1 listens on %2.</source>
        <translation>%1 escucha en %2.</translation>
    </message>
    <message>
        <source>SMS keywords of %1</source>
        <translation>Palabras clave SMS de %1</translation>
    </message>
    <message>
        <source>Replies of one word are keywords, whatever their case, accents and punctuation: STOP, STOPALL, UNSUBSCRIBE, CANCEL, END and QUIT opt out, START and UNSTOP opt back in, HELP and INFO are answered. Add the words your recipients use in their language.</source>
        <translation>Las respuestas de una sola palabra son palabras clave, sin importar mayúsculas, acentos ni puntuación: STOP, STOPALL, UNSUBSCRIBE, CANCEL, END y QUIT dan de baja, START y UNSTOP vuelven a dar de alta, y HELP e INFO reciben respuesta. Añada las palabras que usan sus destinatarios en su idioma.</translation>
    </message>
    <message>
        <source>e.g. ARRET, STOPP, BAJA</source>
        <translation>p. ej. ARRET, STOPP, BAJA</translation>
    </message>
    <message>
        <source>&amp;Stop words:</source>
        <translation>Palabras de &amp;baja:</translation>
    </message>
    <message>
        <source>&amp;Answer to HELP:</source>
        <translation>&amp;Respuesta a HELP:</translation>
    </message>
    <message>
        <source>SMS keywords not saved</source>
        <translation>Palabras clave SMS no guardadas</translation>
    </message>
    <message>
        <source>Saved the SMS keywords of %1.</source>
        <translation>Se guardaron las palabras clave SMS de %1.</translation>
    </message>
    <message>
        <source>Mailbox not saved</source>
        <translation>Buzón no guardado</translation>
    </message>
    <message>
        <source>%1 has no mailbox: bounces and replies are not read.</source>
        <translation>%1 no tiene buzón: no se leen los rebotes ni las respuestas.</translation>
    </message>
    <message>
        <source>Saved the mailbox of %1.</source>
        <translation>Se guardó el buzón de %1.</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>Archivar %1</translation>
    </message>
    <message>
        <source>Archive %1? Its campaigns and history are kept; nobody works in it any more.</source>
        <translation>¿Archivar %1? Sus campañas e historial se conservan; ya nadie trabajará en ella.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Organisation not archived</source>
        <translation>Organización no archivada</translation>
    </message>
    <message>
        <source>Archived %1.</source>
        <translation>%1 archivada.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
</context>
<context>
    <name>herald::Text</name>
    <message>
        <source>email %1 is not an address such as ada@example.com</source>
        <translation>el correo %1 no es una dirección como ada@example.com</translation>
    </message>
    <message>
        <source>phone %1 is not a phone number of %2 or in +country code form</source>
        <translation>el teléfono %1 no es un número de teléfono de %2 ni está en formato +prefijo de país</translation>
    </message>
    <message>
        <source>time zone %1 is not a time zone id such as Europe/London</source>
        <translation>la zona horaria %1 no es un identificador de zona horaria como Europe/Madrid</translation>
    </message>
    <message>
        <source>the custom field with the value &apos;%1&apos; needs a name</source>
        <translation>el campo personalizado con el valor &apos;%1&apos; necesita un nombre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a standard field: give the custom field another name</source>
        <translation>&apos;%1&apos; es un campo estándar: asigne otro nombre al campo personalizado</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <source>the file is empty: it needs a header row naming its columns</source>
        <translation>el archivo está vacío: necesita una fila de encabezado que nombre sus columnas</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>name the contact list to import into</source>
        <translation>indique el nombre de la lista de contactos en la que importar</translation>
    </message>
    <message>
        <source>region &apos;%1&apos; is not one Herald knows; give an ISO code such as GB, US or DE</source>
        <translation>la región &apos;%1&apos; no es una que Herald conozca; indique un código ISO como ES, US o DE</translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header row naming its columns</source>
        <translation>%1 está vacío: necesita una fila de encabezado que nombre sus columnas</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (for column %2) is not a field; use one of %3, custom.NAME or ignore</source>
        <translation>&apos;%1&apos; (para la columna %2) no es un campo; use uno de %3, custom.NAME o ignore</translation>
    </message>
    <message>
        <source>column %1 is not in the header of %2 (%3)</source>
        <translation>la columna %1 no está en el encabezado de %2 (%3)</translation>
    </message>
    <message>
        <source>%1: columns %2 (%3) and %4 (%5) are both %6: map one of them to ignore, e.g. --map &quot;#%4=ignore&quot;</source>
        <translation>%1: las columnas %2 (%3) y %4 (%5) son ambas %6: asigne una de ellas a ignore, p. ej. --map &quot;#%4=ignore&quot;</translation>
    </message>
    <message>
        <source>%1 has no email or phone column (columns: %2): map one, e.g. --map &quot;#1=email&quot;</source>
        <translation>%1 no tiene columna de correo ni de teléfono (columnas: %2): asigne una, p. ej. --map &quot;#1=email&quot;</translation>
    </message>
    <message>
        <source>the import of %1 was cancelled: nothing was imported</source>
        <translation>se canceló la importación de %1: no se importó nada</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Nothing was imported</source>
        <translation>no se puede leer %1: %2. No se importó nada</translation>
    </message>
    <message>
        <source>a contact list needs a name</source>
        <translation>una lista de contactos necesita un nombre</translation>
    </message>
    <message>
        <source>the name of a contact list</source>
        <translation>el nombre de una lista de contactos</translation>
    </message>
    <message>
        <source>a tag</source>
        <translation>una etiqueta</translation>
    </message>
    <message>
        <source>%1 is not a text CSV file: byte %2 is a NUL, as in binary files. Save it from the spreadsheet as CSV (UTF-8)</source>
        <translation>%1 no es un archivo CSV de texto: el byte %2 es NUL, como en los archivos binarios. Guárdelo desde la hoja de cálculo como CSV (UTF-8)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>the file is not %1 at its end: save it as UTF-8, or name its encoding</source>
        <translation>el archivo no está en %1 al final: guárdelo como UTF-8 o indique su codificación</translation>
    </message>
    <message>
        <source>the file is not %1 after byte %2 (near line %3): save it as UTF-8, or name its encoding</source>
        <translation>el archivo no está en %1 a partir del byte %2 (cerca de la línea %3): guárdelo como UTF-8 o indique su codificación</translation>
    </message>
    <message>
        <source>the record on line %1 has more than %2 characters: this is not a CSV file of contacts, or a quote is never closed</source>
        <translation>el registro de la línea %1 tiene más de %2 caracteres: no es un archivo CSV de contactos o hay unas comillas sin cerrar</translation>
    </message>
    <message>
        <source>the record on line %1 has more than %2 fields: this is not a CSV file of contacts, or a quote is never closed</source>
        <translation>el registro de la línea %1 tiene más de %2 campos: no es un archivo CSV de contactos o hay unas comillas sin cerrar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an email address nor a phone number of %2 (give +country code)</source>
        <translation>&apos;%1&apos; no es una dirección de correo ni un número de teléfono de %2 (indique el +prefijo de país)</translation>
    </message>
    <message>
        <source>no contact of this tenant has %1</source>
        <translation>ningún contacto de esta organización tiene %1</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; is not one of %2</source>
        <translation>el origen &apos;%1&apos; no es uno de %2</translation>
    </message>
    <message>
        <source>the opt-out of %1 was not kept</source>
        <translation>no se conservó la baja de %1</translation>
    </message>
    <message>
        <source>%1 is not on the opt-out list for %2</source>
        <translation>%1 no está en la lista de bajas de %2</translation>
    </message>
    <message>
        <source>the suppression list</source>
        <translation>la lista de supresión</translation>
    </message>
    <message>
        <source>the file is empty: it needs a header row with an email or phone column</source>
        <translation>el archivo está vacío: necesita una fila de encabezado con una columna de correo o de teléfono</translation>
    </message>
    <message>
        <source>no email or phone column among %1</source>
        <translation>no hay columna de correo ni de teléfono entre %1</translation>
    </message>
    <message>
        <source>line %1: channel &apos;%2&apos; is not one of %3, all</source>
        <translation>línea %1: el canal &apos;%2&apos; no es uno de %3, all</translation>
    </message>
    <message>
        <source>line %1: no email and no phone</source>
        <translation>línea %1: sin correo ni teléfono</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>the file cannot be read: %1. Nothing was added</source>
        <translation>no se puede leer el archivo: %1. No se añadió nada</translation>
    </message>
    <message>
        <source>rule %1 (%2 %3): a tag rule needs a value</source>
        <translation>regla %1 (%2 %3): una regla de etiqueta necesita un valor</translation>
    </message>
    <message>
        <source>rule %1 (%2 %3): a tag rule takes the operator has or has_not</source>
        <translation>regla %1 (%2 %3): una regla de etiqueta admite el operador has o has_not</translation>
    </message>
    <message>
        <source>rule %1 (%2 %3): a campaign rule takes one of %4</source>
        <translation>regla %1 (%2 %3): una regla de campaña admite uno de %4</translation>
    </message>
    <message>
        <source>rule %1 (%2 %3): a campaign rule needs the campaign&apos;s short ID (such as C-7K2QM)</source>
        <translation>regla %1 (%2 %3): una regla de campaña necesita el ID corto de la campaña (como C-7K2QM)</translation>
    </message>
    <message>
        <source>rule %1 (%2 %3): a custom field name cannot contain quotes or backslashes</source>
        <translation>regla %1 (%2 %3): el nombre de un campo personalizado no puede contener comillas ni barras invertidas</translation>
    </message>
    <message>
        <source>rule %1 (%2 %3): unknown field; use one of tag, campaign, %4 or custom.NAME</source>
        <translation>regla %1 (%2 %3): campo desconocido; use uno de tag, campaign, %4 o custom.NAME</translation>
    </message>
    <message>
        <source>rule %1 (%2 %3): unknown operator; use %4</source>
        <translation>regla %1 (%2 %3): operador desconocido; use %4</translation>
    </message>
    <message>
        <source>segment rules: groups nest deeper than %1 levels</source>
        <translation>reglas del segmento: los grupos se anidan en más de %1 niveles</translation>
    </message>
    <message>
        <source>segment rules: match must be &quot;all&quot; or &quot;any&quot;, not &quot;%1&quot;</source>
        <translation>reglas del segmento: match debe ser &quot;all&quot; o &quot;any&quot;, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>segment rules, group %1: match must be &quot;all&quot; or &quot;any&quot;, not &quot;%2&quot;</source>
        <translation>reglas del segmento, grupo %1: match debe ser &quot;all&quot; o &quot;any&quot;, no &quot;%2&quot;</translation>
    </message>
    <message>
        <source>segment rules are not a JSON object: %1</source>
        <translation>las reglas del segmento no son un objeto JSON: %1</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>%1 (custom)</source>
        <translation>%1 (personalizado)</translation>
    </message>
    <message>
        <source>is</source>
        <translation>es</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>no es</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>empieza por</translation>
    </message>
    <message>
        <source>is set</source>
        <translation>está definido</translation>
    </message>
    <message>
        <source>is not set</source>
        <translation>no está definido</translation>
    </message>
    <message>
        <source>has</source>
        <translation>tiene</translation>
    </message>
    <message>
        <source>does not have</source>
        <translation>no tiene</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibió</translation>
    </message>
    <message>
        <source>did not receive</source>
        <translation>no recibió</translation>
    </message>
    <message>
        <source>replied to</source>
        <translation>respondió a</translation>
    </message>
    <message>
        <source>did not reply to</source>
        <translation>no respondió a</translation>
    </message>
    <message>
        <source>opted out of</source>
        <translation>se dio de baja de</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 no respondió en %2 s</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>no se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>%1 answered %2 (check the API key in Settings)</source>
        <translation>%1 respondió %2 (compruebe la clave de API en Configuración)</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 respondió %2</translation>
    </message>
    <message>
        <source>%1 answered %2: %3 (check the API key in Settings)</source>
        <translation>%1 respondió %2: %3 (compruebe la clave de API en Configuración)</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 respondió %2: %3</translation>
    </message>
    <message>
        <source>the writer&apos;s endpoint is not set up: give its URL and model in Settings</source>
        <translation>el punto de conexión del redactor no está configurado: indique su URL y modelo en Configuración</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>connected to %1: model %2 is available</source>
        <translation>conectado a %1: el modelo %2 está disponible</translation>
    </message>
    <message>
        <source>connected to %1 (it does not list its models)</source>
        <translation>conectado a %1 (no enumera sus modelos)</translation>
    </message>
    <message>
        <source>%1 does not offer model %2; it offers %3</source>
        <translation>%1 no ofrece el modelo %2; ofrece %3</translation>
    </message>
    <message>
        <source>the answer is not a chat completion (no choices)</source>
        <translation>la respuesta no es una finalización de chat (sin choices)</translation>
    </message>
    <message>
        <source>the answer is not a chat completion (no choices): %1</source>
        <translation>la respuesta no es una finalización de chat (sin choices): %1</translation>
    </message>
    <message>
        <source>the model answered with no text</source>
        <translation>el modelo respondió sin texto</translation>
    </message>
    <message>
        <source>left out to fit %1 segment(s): &quot;%2&quot;</source>
        <translation>omitido para caber en %1 segmento(s): &quot;%2&quot;</translation>
    </message>
    <message>
        <source>left out to fit: &quot;%1&quot;</source>
        <translation>omitido para caber: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the draft has no text</source>
        <translation>el borrador no tiene texto</translation>
    </message>
    <message>
        <source>the email has no subject</source>
        <translation>el correo no tiene asunto</translation>
    </message>
    <message>
        <source>the subject is %1 characters, more than %2</source>
        <translation>el asunto tiene %1 caracteres, más de %2</translation>
    </message>
    <message>
        <source>the email has no %1</source>
        <translation>el correo no tiene %1</translation>
    </message>
    <message>
        <source>the text is %1 segments, more than %2</source>
        <translation>el texto ocupa %1 segmentos, más de %2</translation>
    </message>
    <message>
        <source>the text has no opt-out (&quot;%1&quot;)</source>
        <translation>el texto no tiene opción de baja (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>%1 is a program or script: mail servers reject such attachments. Link to it from the body instead.</source>
        <translation>%1 es un programa o script: los servidores de correo rechazan esos adjuntos. Enlácelo desde el cuerpo en su lugar.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: choose the file you meant to attach</source>
        <translation>%1 está vacío: elija el archivo que quería adjuntar</translation>
    </message>
    <message>
        <source>%1 (%2) would take the attachments to %3, over the %4 an email may carry. Link to large files from the body instead.</source>
        <translation>%1 (%2) llevaría los adjuntos a %3, por encima de los %4 que puede llevar un correo. Enlace los archivos grandes desde el cuerpo en su lugar.</translation>
    </message>
    <message>
        <source>the team database gave this dispatcher no id</source>
        <translation>la base de datos del equipo no asignó ningún id a este despachador</translation>
    </message>
    <message>
        <source>no provider is configured for %1</source>
        <translation>no hay ningún proveedor configurado para %1</translation>
    </message>
    <message>
        <source>no number of the pool of %1 may send now (all paused, quarantined or at their daily cap): %2 messages wait. Resume or release a number, or raise a daily cap.</source>
        <translation>ningún número del grupo de %1 puede enviar ahora (todos en pausa, en cuarentena o en su límite diario): %2 mensajes en espera. Reanude o libere un número, o aumente un límite diario.</translation>
    </message>
    <message>
        <source>number %1 of pool %2 was quarantined: %3. Release it on the pool&apos;s page once the cause is fixed.</source>
        <translation>el número %1 del grupo %2 se puso en cuarentena: %3. Libérelo en la página del grupo una vez corregida la causa.</translation>
    </message>
    <message>
        <source>provider reported message %1 going from %2 to %3: ignored</source>
        <translation>el proveedor notificó que el mensaje %1 pasó de %2 a %3: se ignora</translation>
    </message>
    <message>
        <source>Herald&apos;s listener cannot listen on %1:%2: %3; change the listener address in Settings → Organisation (%4)</source>
        <translation>El receptor de Herald no puede escuchar en %1:%2: %3; cambie la dirección del receptor en Configuración → Organizaciones (%4)</translation>
    </message>
    <message>
        <source>an unsubscribe could not be recorded: %1</source>
        <translation>no se pudo registrar una baja: %1</translation>
    </message>
    <message>
        <source>&quot;did not answer&quot; is about calls: %1&apos;s %2 channel has no answers</source>
        <translation>&quot;no contestaron&quot; se refiere a llamadas: el canal %2 de %1 no tiene llamadas contestadas</translation>
    </message>
    <message>
        <source>no contacts were selected to follow up %1</source>
        <translation>no se seleccionaron contactos para el seguimiento de %1</translation>
    </message>
    <message>
        <source>%1 is %2: remarket a campaign once it has ended or been stopped</source>
        <translation>%1 está en estado %2: haga remarketing de una campaña cuando haya terminado o se haya detenido</translation>
    </message>
    <message>
        <source>nobody in %1 matches &quot;%2&quot;: no follow-up was created</source>
        <translation>nadie de %1 coincide con &quot;%2&quot;: no se creó ningún seguimiento</translation>
    </message>
    <message>
        <source>This test run sends real messages to the campaign&apos;s test recipients.</source>
        <translation>Esta ejecución de prueba envía mensajes reales a los destinatarios de prueba de la campaña.</translation>
    </message>
    <message>
        <source>This run sends real messages to every recipient in the campaign&apos;s audience. You confirm that they have agreed to hear from you, that the content is approved, and that you may contact them on these channels. Messages cannot be recalled once sent.</source>
        <translation>Esta ejecución envía mensajes reales a todos los destinatarios de la audiencia de la campaña. Usted confirma que han aceptado recibir sus comunicaciones, que el contenido está aprobado y que puede contactarlos por estos canales. Los mensajes no se pueden recuperar una vez enviados.</translation>
    </message>
    <message>
        <source>%1: the %2 channel&apos;s %3</source>
        <translation>%1: canal %2: %3</translation>
    </message>
    <message>
        <source>Every recipient has given consent to be contacted on these channels.</source>
        <translation>Todos los destinatarios han dado su consentimiento para ser contactados por estos canales.</translation>
    </message>
    <message>
        <source>The content is lawful and approved for sending.</source>
        <translation>El contenido es lícito y está aprobado para su envío.</translation>
    </message>
    <message>
        <source>Every message includes a working opt-out mechanism.</source>
        <translation>Cada mensaje incluye un mecanismo de baja que funciona.</translation>
    </message>
    <message>
        <source>No contact who opted out is targeted.</source>
        <translation>No se dirige a ningún contacto que se haya dado de baja.</translation>
    </message>
    <message>
        <source>%1 is %2: only a campaign that has ended (Completed, Stopped or Failed) retries its failed messages</source>
        <translation>%1 está en estado %2: solo una campaña que ha terminado (Completada, Detenida o Fallida) reintenta sus mensajes fallidos</translation>
    </message>
    <message>
        <source>%1 is %2: resume or stop its channels instead of starting another run</source>
        <translation>%1 está en estado %2: reanude o detenga sus canales en lugar de iniciar otra ejecución</translation>
    </message>
    <message>
        <source>%1 is %2: resume or stop its channels instead of starting another run; its held %3 channel can be started on its own</source>
        <translation>%1 está en estado %2: reanude o detenga sus canales en lugar de iniciar otra ejecución; su canal %3 retenido puede iniciarse por separado</translation>
    </message>
    <message>
        <source>the %1 channel of %2 is %3 in its current run: it has ended there; clone the campaign to send it again</source>
        <translation>el canal %1 de %2 está en estado %3 en su ejecución actual: ahí ha terminado; clone la campaña para volver a enviarlo</translation>
    </message>
    <message>
        <source>the %1 channel of %2 is %3 in its current run: pause, resume or stop it instead</source>
        <translation>el canal %1 de %2 está en estado %3 en su ejecución actual: páuselo, reanúdelo o deténgalo en su lugar</translation>
    </message>
    <message>
        <source>%1 is Scheduled: stop the schedule first, or let it launch</source>
        <translation>%1 está Programada: detenga primero la programación o deje que se lance</translation>
    </message>
    <message>
        <source>%1 is Completed and cannot be relaunched: clone it instead</source>
        <translation>%1 está Completada y no se puede volver a lanzar: clónela en su lugar</translation>
    </message>
    <message>
        <source>%1 is Archived: clone it to run it again</source>
        <translation>%1 está Archivada: clónela para volver a ejecutarla</translation>
    </message>
    <message>
        <source>%1 cannot run: %2</source>
        <translation>%1 no puede ejecutarse: %2</translation>
    </message>
    <message>
        <source>the run disclaimer for %1 was not accepted: nothing was sent</source>
        <translation>no se aceptó el aviso legal de la ejecución de %1: no se envió nada</translation>
    </message>
    <message>
        <source>%1 has nobody to send to again: no message failed for a pre-send or transient reason</source>
        <translation>%1 no tiene a nadie a quien volver a enviar: ningún mensaje falló por un motivo previo al envío o transitorio</translation>
    </message>
    <message>
        <source>%1 channel of %2</source>
        <translation>canal %1 de %2</translation>
    </message>
    <message>
        <source>%1 launches %2, not on a schedule: run it instead</source>
        <translation>%1 se lanza en modo %2, no con programación: ejecútela en su lugar</translation>
    </message>
    <message>
        <source>%1 is already Scheduled</source>
        <translation>%1 ya está Programada</translation>
    </message>
    <message>
        <source>%1 has no send time: set %2 first</source>
        <translation>%1 no tiene hora de envío: defina primero %2</translation>
    </message>
    <message>
        <source>%1 cannot be scheduled: %2</source>
        <translation>%1 no se puede programar: %2</translation>
    </message>
    <message>
        <source>the run disclaimer for %1 was not accepted: nothing was scheduled</source>
        <translation>no se aceptó el aviso legal de la ejecución de %1: no se programó nada</translation>
    </message>
    <message>
        <source>%1&apos;s send time %2 has passed: set a new one</source>
        <translation>la hora de envío %2 de %1 ya ha pasado: defina una nueva</translation>
    </message>
    <message>
        <source>%1 has no schedule to stop</source>
        <translation>%1 no tiene ninguna programación que detener</translation>
    </message>
    <message>
        <source>%1 has never been launched: there is nothing to pause, resume or stop</source>
        <translation>%1 nunca se ha lanzado: no hay nada que pausar, reanudar ni detener</translation>
    </message>
    <message>
        <source>the content of %1 changed while it was paused: the reviewer must approve it again before it resumes</source>
        <translation>el contenido de %1 cambió mientras estaba en pausa: el revisor debe aprobarlo de nuevo antes de que se reanude</translation>
    </message>
    <message>
        <source>%1 has no %2 channel in its current run</source>
        <translation>%1 no tiene canal %2 en su ejecución actual</translation>
    </message>
    <message>
        <source>workspace %1 is being sent by another dispatcher: %2 (pid %3 on %4); stop it or let it send</source>
        <translation>otro despachador está enviando el espacio de trabajo %1: %2 (pid %3 en %4); deténgalo o deje que envíe</translation>
    </message>
    <message>
        <source>cannot lock workspace %1 for sending (%2)</source>
        <translation>no se puede bloquear el espacio de trabajo %1 para enviar (%2)</translation>
    </message>
    <message>
        <source>%1 has %2 characters: at most %3 are kept</source>
        <translation>%1 tiene %2 caracteres: se conservan como máximo %3</translation>
    </message>
    <message>
        <source>%1 %2 holds a control character at position %3</source>
        <translation>%1 %2 contiene un carácter de control en la posición %3</translation>
    </message>
    <message>
        <source>%1 %2 holds a control character at position %3 (it is one line of text)</source>
        <translation>%1 %2 contiene un carácter de control en la posición %3 (es una sola línea de texto)</translation>
    </message>
    <message>
        <source>campaign JSON: unknown key %1</source>
        <translation>JSON de campaña: clave desconocida %1</translation>
    </message>
    <message>
        <source>campaign JSON: &quot;%1&quot; is a text</source>
        <translation>JSON de campaña: &quot;%1&quot; es un texto</translation>
    </message>
    <message>
        <source>campaign JSON: &quot;%1&quot; is a list</source>
        <translation>JSON de campaña: &quot;%1&quot; es una lista</translation>
    </message>
    <message>
        <source>campaign JSON: each of &quot;%1&quot; is a text</source>
        <translation>JSON de campaña: cada elemento de &quot;%1&quot; es un texto</translation>
    </message>
    <message>
        <source>campaign JSON: &quot;activated&quot; is true or false</source>
        <translation>JSON de campaña: &quot;activated&quot; es true o false</translation>
    </message>
    <message>
        <source>campaign JSON: &quot;%1&quot; is a whole number, 0 or more</source>
        <translation>JSON de campaña: &quot;%1&quot; es un número entero, 0 o mayor</translation>
    </message>
    <message>
        <source>campaign JSON: a %1 is a name or an id</source>
        <translation>JSON de campaña: %1 se indica con un nombre o un id</translation>
    </message>
    <message>
        <source>campaign JSON: a sender is a name or an id</source>
        <translation>JSON de campaña: un remitente se indica con un nombre o un id</translation>
    </message>
    <message>
        <source>campaign JSON: sender %1 is a %2 sender, not one for the %3 channel</source>
        <translation>JSON de campaña: el remitente %1 es un remitente de %2, no uno para el canal %3</translation>
    </message>
    <message>
        <source>campaign JSON: %1</source>
        <translation>JSON de campaña: %1</translation>
    </message>
    <message>
        <source>campaign JSON: &quot;name&quot; is required</source>
        <translation>JSON de campaña: &quot;name&quot; es obligatorio</translation>
    </message>
    <message>
        <source>campaign JSON: one_time_rules: %1</source>
        <translation>JSON de campaña: one_time_rules: %1</translation>
    </message>
    <message>
        <source>campaign JSON: one_time_rules is an object or null</source>
        <translation>JSON de campaña: one_time_rules es un objeto o null</translation>
    </message>
    <message>
        <source>campaign JSON: unknown launch_type %1 (use %2)</source>
        <translation>JSON de campaña: launch_type %1 desconocido (use %2)</translation>
    </message>
    <message>
        <source>campaign JSON: unknown time_zone %1 (use an IANA name such as Europe/Berlin)</source>
        <translation>JSON de campaña: time_zone %1 desconocida (use un nombre IANA como Europe/Berlin)</translation>
    </message>
    <message>
        <source>campaign JSON: send_at %1 is not an ISO 8601 date-time</source>
        <translation>JSON de campaña: send_at %1 no es una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <source>campaign JSON: launch_type %1 needs send_at</source>
        <translation>JSON de campaña: launch_type %1 necesita send_at</translation>
    </message>
    <message>
        <source>campaign JSON: each channel is an object with a &quot;kind&quot;</source>
        <translation>JSON de campaña: cada canal es un objeto con un &quot;kind&quot;</translation>
    </message>
    <message>
        <source>campaign JSON: unknown channel key %1</source>
        <translation>JSON de campaña: clave de canal desconocida %1</translation>
    </message>
    <message>
        <source>campaign JSON: a channel&apos;s &quot;%1&quot; is a text</source>
        <translation>JSON de campaña: &quot;%1&quot; de un canal es un texto</translation>
    </message>
    <message>
        <source>campaign JSON: unknown channel kind %1 (use %2)</source>
        <translation>JSON de campaña: tipo de canal desconocido %1 (use %2)</translation>
    </message>
    <message>
        <source>campaign JSON: the %1 channel appears twice</source>
        <translation>JSON de campaña: el canal %1 aparece dos veces</translation>
    </message>
    <message>
        <source>campaign JSON: the %1 channel&apos;s %2</source>
        <translation>JSON de campaña: canal %1: %2</translation>
    </message>
    <message>
        <source>the campaign name</source>
        <translation>el nombre de la campaña</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>la descripción</translation>
    </message>
    <message>
        <source>the recurrence rule</source>
        <translation>la regla de recurrencia</translation>
    </message>
    <message>
        <source>a campaign has at most %1 tags, not %2</source>
        <translation>una campaña tiene como máximo %1 etiquetas, no %2</translation>
    </message>
    <message>
        <source>the tag %1</source>
        <translation>la etiqueta %1</translation>
    </message>
    <message>
        <source>the tag %1 has a comma: give each one on its own</source>
        <translation>la etiqueta %1 contiene una coma: indique cada una por separado</translation>
    </message>
    <message>
        <source>a campaign has at most %1 test recipients, not %2</source>
        <translation>una campaña tiene como máximo %1 destinatarios de prueba, no %2</translation>
    </message>
    <message>
        <source>the test recipient %1</source>
        <translation>el destinatario de prueba %1</translation>
    </message>
    <message>
        <source>the test recipient %1 has a comma: give each one on its own</source>
        <translation>el destinatario de prueba %1 contiene una coma: indique cada uno por separado</translation>
    </message>
    <message>
        <source>the time to live is %1 minutes: give 0 (none) to 525600 (a year)</source>
        <translation>la vigencia es de %1 minutos: indique de 0 (ninguna) a 525600 (un año)</translation>
    </message>
    <message>
        <source>the %1 text</source>
        <translation>el texto del canal %1</translation>
    </message>
    <message>
        <source>the %1 rate is %2 a minute: give 0 (no limit) to 1000000</source>
        <translation>la velocidad del canal %1 es de %2 por minuto: indique de 0 (sin límite) a 1000000</translation>
    </message>
    <message>
        <source>a campaign needs a name</source>
        <translation>una campaña necesita un nombre</translation>
    </message>
    <message>
        <source>%1 needs a name</source>
        <translation>%1 necesita un nombre</translation>
    </message>
    <message>
        <source>say what to change when rejecting %1</source>
        <translation>indique qué cambiar al rechazar %1</translation>
    </message>
    <message>
        <source>a comment on %1 needs some text</source>
        <translation>un comentario sobre %1 necesita algo de texto</translation>
    </message>
    <message>
        <source>%1 has no reviewer: choose one first</source>
        <translation>%1 no tiene revisor: elija uno primero</translation>
    </message>
    <message>
        <source>%1 is %2: there is nothing to decide</source>
        <translation>%1 está en estado %2: no hay nada que decidir</translation>
    </message>
    <message>
        <source>%1 has no %2 channel</source>
        <translation>%1 no tiene canal %2</translation>
    </message>
    <message>
        <source>cannot %1 the %2: it is %3 and final (nothing more can happen to it)</source>
        <translation>no se puede aplicar «%1» al %2: está en estado %3 y es definitivo (ya no puede ocurrirle nada más)</translation>
    </message>
    <message>
        <source>cannot %1 the %2: it is %3; allowed: %4</source>
        <translation>no se puede aplicar «%1» al %2: está en estado %3; se permite: %4</translation>
    </message>
    <message>
        <source>cannot complete the %1: messages are still Queued, Sending or Retrying; it completes once they are done</source>
        <translation>no se puede completar el %1: aún hay mensajes En cola, Enviando o Reintentando; se completa cuando terminen</translation>
    </message>
    <message>
        <source>%1 is %2: stop the schedule first, then edit</source>
        <translation>%1 está en estado %2: detenga primero la programación y después edítela</translation>
    </message>
    <message>
        <source>%1 is %2: it cannot be edited while sending; pause it to change its content</source>
        <translation>%1 está en estado %2: no se puede editar mientras envía; páusela para cambiar su contenido</translation>
    </message>
    <message>
        <source>%1 is %2: only its content can be edited (which needs the reviewer&apos;s approval again); stop it to change anything else</source>
        <translation>%1 está en estado %2: solo se puede editar su contenido (lo que requiere de nuevo la aprobación del revisor); deténgala para cambiar cualquier otra cosa</translation>
    </message>
    <message>
        <source>%1 is %2: a completed campaign cannot be edited or relaunched; clone it instead</source>
        <translation>%1 está en estado %2: una campaña completada no se puede editar ni volver a lanzar; clónela en su lugar</translation>
    </message>
    <message>
        <source>%1 is %2: archived campaigns are read-only; clone it to reuse it</source>
        <translation>%1 está en estado %2: las campañas archivadas son de solo lectura; clónela para reutilizarla</translation>
    </message>
    <message>
        <source>%1 is already Archived</source>
        <translation>%1 ya está Archivada</translation>
    </message>
    <message>
        <source>%1 is %2: only Completed, Stopped or Failed campaigns can be archived</source>
        <translation>%1 está en estado %2: solo se pueden archivar campañas Completadas, Detenidas o Fallidas</translation>
    </message>
    <message>
        <source>%1 is %2: stop it before deleting it</source>
        <translation>%1 está en estado %2: deténgala antes de eliminarla</translation>
    </message>
    <message>
        <source>cannot move %1 (%2) from %3 to %4: it is final</source>
        <translation>no se puede pasar %1 (%2) de %3 a %4: es definitivo</translation>
    </message>
    <message>
        <source>cannot move %1 (%2) from %3 to %4: from %3 it may go to %5</source>
        <translation>no se puede pasar %1 (%2) de %3 a %4: desde %3 puede pasar a %5</translation>
    </message>
    <message>
        <source>this campaign</source>
        <translation>esta campaña</translation>
    </message>
    <message>
        <source>the %1 channel</source>
        <translation>el canal %1</translation>
    </message>
    <message>
        <source>the %1 channel of %2</source>
        <translation>el canal %1 de %2</translation>
    </message>
    <message>
        <source>an email address</source>
        <translation>una dirección de correo</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>un número de teléfono</translation>
    </message>
    <message>
        <source>the template &apos;%1&apos; of %2 was deleted</source>
        <translation>%2: se eliminó la plantilla &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Choose another template for this channel.</source>
        <translation>Elija otra plantilla para este canal.</translation>
    </message>
    <message>
        <source>%1 has no template</source>
        <translation>%1 no tiene plantilla</translation>
    </message>
    <message>
        <source>Choose an email template for this channel.</source>
        <translation>Elija una plantilla de correo para este canal.</translation>
    </message>
    <message>
        <source>%1 has no call script</source>
        <translation>%1 no tiene guion de llamada</translation>
    </message>
    <message>
        <source>Write the call script or choose a script template.</source>
        <translation>Escriba el guion de la llamada o elija una plantilla de guion.</translation>
    </message>
    <message>
        <source>%1 has no message text</source>
        <translation>%1 no tiene texto de mensaje</translation>
    </message>
    <message>
        <source>Write the message text or choose a template.</source>
        <translation>Escriba el texto del mensaje o elija una plantilla.</translation>
    </message>
    <message>
        <source>%1 has no unsubscribe link</source>
        <translation>%1 no tiene enlace de baja</translation>
    </message>
    <message>
        <source>Add {{unsubscribe_url}} to the email body.</source>
        <translation>Añada {{unsubscribe_url}} al cuerpo del correo.</translation>
    </message>
    <message>
        <source>%1 has a subject in capital letters: &quot;%2&quot;</source>
        <translation>%1 tiene un asunto en mayúsculas: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Write the subject in sentence case: spam filters mark shouting subjects.</source>
        <translation>Escriba el asunto con mayúscula solo al principio: los filtros de spam marcan los asuntos que gritan.</translation>
    </message>
    <message>
        <source>%1 has no opt-out text</source>
        <translation>%1 no tiene texto de baja</translation>
    </message>
    <message>
        <source>Add {{opt_out_text}} or &quot;Reply STOP to opt out&quot; to the message.</source>
        <translation>Añada {{opt_out_text}} o &quot;Responda STOP para darse de baja&quot; al mensaje.</translation>
    </message>
    <message>
        <source>%1 uses unknown merge field(s) %2</source>
        <translation>%1 usa campo(s) de combinación desconocido(s) %2</translation>
    </message>
    <message>
        <source>Use one of: %1 (custom fields come with contacts imported from CSV).</source>
        <translation>Use uno de estos: %1 (los campos personalizados llegan con los contactos importados desde CSV).</translation>
    </message>
    <message>
        <source>%1 has no goal</source>
        <translation>%1 no tiene objetivo</translation>
    </message>
    <message>
        <source>the goal &apos;%1&apos; of %2 was deleted</source>
        <translation>se eliminó el objetivo &apos;%1&apos; de %2</translation>
    </message>
    <message>
        <source>Choose the goal this campaign works towards.</source>
        <translation>Elija el objetivo que persigue esta campaña.</translation>
    </message>
    <message>
        <source>%1 has no writer</source>
        <translation>%1 no tiene redactor</translation>
    </message>
    <message>
        <source>the writer &apos;%1&apos; of %2 was deleted</source>
        <translation>se eliminó el redactor &apos;%1&apos; de %2</translation>
    </message>
    <message>
        <source>Choose the writer whose instructions produce the content.</source>
        <translation>Elija el redactor cuyas instrucciones generan el contenido.</translation>
    </message>
    <message>
        <source>%1 has no reviewer</source>
        <translation>%1 no tiene revisor</translation>
    </message>
    <message>
        <source>the reviewer &apos;%1&apos; of %2 may no longer approve (deactivated, or their role changed)</source>
        <translation>el revisor &apos;%1&apos; de %2 ya no puede aprobar (se desactivó o cambió su rol)</translation>
    </message>
    <message>
        <source>Choose the reviewer who approves the content (an admin adds reviewers in Settings → People, or with heraldctl users add NAME --role reviewer).</source>
        <translation>Elija el revisor que aprueba el contenido (un administrador añade revisores en Configuración → Personas o con heraldctl users add NAME --role reviewer).</translation>
    </message>
    <message>
        <source>the content of %1 is not approved by its reviewer &apos;%2&apos; (or changed since the approval)</source>
        <translation>el contenido de %1 no está aprobado por su revisor &apos;%2&apos; (o cambió desde la aprobación)</translation>
    </message>
    <message>
        <source>Ask %1 to approve the current content.</source>
        <translation>Pida a %1 que apruebe el contenido actual.</translation>
    </message>
    <message>
        <source>%1 has no audience: no contact list and no send-to segment</source>
        <translation>%1 no tiene audiencia: ni lista de contactos ni segmento de envío</translation>
    </message>
    <message>
        <source>Choose a contact list or a send-to segment.</source>
        <translation>Elija una lista de contactos o un segmento de envío.</translation>
    </message>
    <message>
        <source>the segment &apos;%1&apos; of %2 was deleted</source>
        <translation>se eliminó el segmento &apos;%1&apos; de %2</translation>
    </message>
    <message>
        <source>Remove it from the campaign&apos;s audience or choose another segment.</source>
        <translation>Quítelo de la audiencia de la campaña o elija otro segmento.</translation>
    </message>
    <message>
        <source>the send-to segment &apos;%1&apos; of %2 matches nobody</source>
        <translation>el segmento de envío &apos;%1&apos; de %2 no coincide con nadie</translation>
    </message>
    <message>
        <source>Change the segment&apos;s rules or choose another segment.</source>
        <translation>Cambie las reglas del segmento o elija otro segmento.</translation>
    </message>
    <message>
        <source>the audience of %1 is empty</source>
        <translation>la audiencia de %1 está vacía</translation>
    </message>
    <message>
        <source>Add contacts to the list or widen the send-to segments.</source>
        <translation>Añada contactos a la lista o amplíe los segmentos de envío.</translation>
    </message>
    <message>
        <source>the exclude segments and one-time rules of %1 remove all %2 included contacts</source>
        <translation>los segmentos de exclusión y las reglas puntuales de %1 eliminan los %2 contactos incluidos</translation>
    </message>
    <message>
        <source>Loosen the exclusions or widen the send-to segments.</source>
        <translation>Relaje las exclusiones o amplíe los segmentos de envío.</translation>
    </message>
    <message>
        <source>%1 is not activated</source>
        <translation>%1 no está activada</translation>
    </message>
    <message>
        <source>Activate the campaign once its configuration is final.</source>
        <translation>Active la campaña cuando su configuración sea definitiva.</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; (role %2) may not run %3</source>
        <translation>el usuario &apos;%1&apos; (rol %2) no puede ejecutar %3</translation>
    </message>
    <message>
        <source>Ask an admin or a manager to run it, or to change your role.</source>
        <translation>Pida a un administrador o a un gestor que la ejecute o que cambie su rol.</translation>
    </message>
    <message>
        <source>%1 has no channel</source>
        <translation>%1 no tiene ningún canal</translation>
    </message>
    <message>
        <source>Add an email, SMS or phone channel.</source>
        <translation>Añada un canal de correo, SMS o teléfono.</translation>
    </message>
    <message>
        <source>%1 has no sender</source>
        <translation>%1 no tiene remitente</translation>
    </message>
    <message>
        <source>Choose the sender identity (from address, sender name or number pool).</source>
        <translation>Elija la identidad del remitente (dirección de remitente, nombre de remitente o grupo de números).</translation>
    </message>
    <message>
        <source>the sender &apos;%1&apos; of %2 is paused</source>
        <translation>%2: el remitente &apos;%1&apos; está en pausa</translation>
    </message>
    <message>
        <source>Resume the sender or choose another one.</source>
        <translation>Reanude el remitente o elija otro.</translation>
    </message>
    <message>
        <source>the number pool of sender &apos;%1&apos; of %2 has no active number</source>
        <translation>%2: el grupo de números del remitente &apos;%1&apos; no tiene ningún número activo</translation>
    </message>
    <message>
        <source>Add or resume a number in the pool, or release a quarantined one.</source>
        <translation>Añada o reanude un número del grupo, o libere uno en cuarentena.</translation>
    </message>
    <message>
        <source>the sender &apos;%1&apos; of %2 has no from address</source>
        <translation>%2: el remitente &apos;%1&apos; no tiene dirección de remitente</translation>
    </message>
    <message>
        <source>Set the sender&apos;s from address.</source>
        <translation>Defina la dirección del remitente.</translation>
    </message>
    <message>
        <source>Configure the %1 provider in Settings.</source>
        <translation>Configure el proveedor de %1 en Configuración.</translation>
    </message>
    <message>
        <source>the %1 provider for %2 has no credentials</source>
        <translation>%2: el proveedor %1 no tiene credenciales</translation>
    </message>
    <message>
        <source>Enter the %1 credentials in Settings.</source>
        <translation>Introduzca las credenciales de %1 en Configuración.</translation>
    </message>
    <message>
        <source>%1 needs a working unsubscribe link, but the organisation has no listener address and public URL to serve it</source>
        <translation>%1 necesita un enlace de baja que funcione, pero la organización no tiene dirección de receptor ni URL pública para servirlo</translation>
    </message>
    <message>
        <source>Set them in Settings → Organisation (heraldctl tenants edit NAME --listen HOST:PORT --public-url URL).</source>
        <translation>Defínalas en Configuración → Organizaciones (heraldctl tenants edit NAME --listen HOST:PORT --public-url URL).</translation>
    </message>
    <message>
        <source>%1: bounces, complaints and replies will not be read, because the organisation has no mailbox; addresses that bounce stay on the list</source>
        <translation>%1: no se leerán los rebotes, las quejas ni las respuestas porque la organización no tiene buzón; las direcciones que rebotan permanecen en la lista</translation>
    </message>
    <message>
        <source>Set one in Settings → Organisations → Mailbox… (heraldctl mailbox set).</source>
        <translation>Configure uno en Configuración → Organizaciones → Buzón… (heraldctl mailbox set).</translation>
    </message>
    <message>
        <source>%1 cannot start while the %2 channel of %3 is Running: only one %2 campaign runs at a time in a tenant</source>
        <translation>%1 no puede iniciarse mientras el canal %2 de %3 esté En curso: solo se ejecuta una campaña de %2 a la vez en una organización</translation>
    </message>
    <message>
        <source>Wait until %1 completes, or pause or stop it.</source>
        <translation>Espere a que %1 termine, o páusela o deténgala.</translation>
    </message>
    <message>
        <source>nobody in the audience of %1 has %2 and has not opted out</source>
        <translation>%1: nadie de la audiencia tiene %2 sin haberse dado de baja</translation>
    </message>
    <message>
        <source>Widen the audience or remove this channel.</source>
        <translation>Amplíe la audiencia o quite este canal.</translation>
    </message>
    <message>
        <source>%1 has no test recipient with %2</source>
        <translation>%1 no tiene ningún destinatario de prueba con %2</translation>
    </message>
    <message>
        <source>Add a test recipient with %1 to the campaign.</source>
        <translation>Añada a la campaña un destinatario de prueba con %1.</translation>
    </message>
    <message>
        <source>%1 tracks link clicks, but the organisation has no listener address and public URL for the tracked links</source>
        <translation>%1 registra los clics en enlaces, pero la organización no tiene dirección de receptor ni URL pública para los enlaces con seguimiento</translation>
    </message>
    <message>
        <source>Set them in Settings → Organisation (heraldctl tenants edit NAME --listen HOST:PORT --public-url URL), or turn click tracking off.</source>
        <translation>Defínalas en Configuración → Organizaciones (heraldctl tenants edit NAME --listen HOST:PORT --public-url URL) o desactive el seguimiento de clics.</translation>
    </message>
    <message>
        <source>%1 needs %2 credits (an SMS segment or a call each); the tenant has %3</source>
        <translation>%1 necesita %2 créditos (un segmento SMS o una llamada cada uno); la organización tiene %3</translation>
    </message>
    <message>
        <source>Top up the tenant&apos;s balance or narrow the audience.</source>
        <translation>Recargue el saldo de la organización o reduzca la audiencia.</translation>
    </message>
    <message>
        <source>campaign &apos;%1&apos; (%2)</source>
        <translation>la campaña &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>name the number pool</source>
        <translation>indique el nombre del grupo de números</translation>
    </message>
    <message>
        <source>no number pool %1 in this tenant (%2 shows them)</source>
        <translation>no hay ningún grupo de números %1 en esta organización (%2 los muestra)</translation>
    </message>
    <message>
        <source>a number pool needs a name</source>
        <translation>un grupo de números necesita un nombre</translation>
    </message>
    <message>
        <source>the name of a number pool</source>
        <translation>el nombre de un grupo de números</translation>
    </message>
    <message>
        <source>number pool %1 exists already</source>
        <translation>el grupo de números %1 ya existe</translation>
    </message>
    <message>
        <source>a daily cap cannot be negative (0 means no cap)</source>
        <translation>un límite diario no puede ser negativo (0 significa sin límite)</translation>
    </message>
    <message numerus="yes">
        <source>number pool %1 is used by the sender(s) %2: give them another pool or delete them first</source>
        <translation>
            <numerusform>el grupo de números %1 lo usa el remitente %2: asígnele otro grupo o elimínelo primero</numerusform>
            <numerusform>el grupo de números %1 lo usan los remitentes %2: asígneles otro grupo o elimínelos primero</numerusform>
        </translation>
    </message>
    <message>
        <source>not a phone number in E.164 form: + (or 00), the country code and the number, e.g. +44 7700 900123</source>
        <translation>no es un número de teléfono en formato E.164: + (o 00), el prefijo de país y el número, p. ej. +44 7700 900123</translation>
    </message>
    <message>
        <source>twice in the list (line %1)</source>
        <translation>dos veces en la lista (línea %1)</translation>
    </message>
    <message>
        <source>in pool %1 already</source>
        <translation>ya está en el grupo %1</translation>
    </message>
    <message>
        <source>in pool %1 already: remove it there first</source>
        <translation>ya está en el grupo %1: quítelo primero de allí</translation>
    </message>
    <message>
        <source>the list holds no numbers</source>
        <translation>la lista no contiene números</translation>
    </message>
    <message>
        <source>line %1 %2: %3</source>
        <translation>línea %1 %2: %3</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>%1 of %2 numbers cannot be added, so none was: %3</source>
        <translation>no se pueden añadir %1 de %2 números, así que no se añadió ninguno: %3</translation>
    </message>
    <message>
        <source>not a phone number in E.164 form</source>
        <translation>no es un número de teléfono en formato E.164</translation>
    </message>
    <message>
        <source>not in pool %1</source>
        <translation>no está en el grupo %1</translation>
    </message>
    <message>
        <source>%1 of %2 numbers cannot be removed, so none was: %3</source>
        <translation>no se pueden quitar %1 de %2 números, así que no se quitó ninguno: %3</translation>
    </message>
    <message>
        <source>only SMS and phone senders send from a number pool; %1 is a %2 sender</source>
        <translation>solo los remitentes de SMS y teléfono envían desde un grupo de números; %1 es un remitente de %2</translation>
    </message>
    <message>
        <source>a user needs a name</source>
        <translation>un usuario necesita un nombre</translation>
    </message>
    <message>
        <source>the user&apos;s name</source>
        <translation>el nombre del usuario</translation>
    </message>
    <message>
        <source>the email address %1 is not one (name@domain.tld)</source>
        <translation>la dirección de correo %1 no es válida (nombre@dominio.tld)</translation>
    </message>
    <message>
        <source>in a team workspace you act as your database login &apos;%1&apos;: %2 is for workspace files (connect as another login to act as someone else)</source>
        <translation>en un espacio de trabajo de equipo usted actúa como su usuario de base de datos &apos;%1&apos;: %2 es para archivos de espacio de trabajo (conéctese con otro usuario para actuar como otra persona)</translation>
    </message>
    <message>
        <source>the database login &apos;%1&apos; is not a user of this tenant: an admin adds it with &apos;%2&apos;</source>
        <translation>el usuario de base de datos &apos;%1&apos; no es un usuario de esta organización: un administrador lo añade con &apos;%2&apos;</translation>
    </message>
    <message>
        <source>user %1 (login &apos;%2&apos;) was deactivated on %3: an admin can reactivate them</source>
        <translation>el usuario %1 (usuario de base de datos &apos;%2&apos;) se desactivó el %3: un administrador puede reactivarlo</translation>
    </message>
    <message>
        <source>the tenant has no active admin: name a user with %1</source>
        <translation>la organización no tiene ningún administrador activo: designe un usuario con %1</translation>
    </message>
    <message>
        <source>user %1 was deactivated on %2: an admin can reactivate them</source>
        <translation>el usuario %1 se desactivó el %2: un administrador puede reactivarlo</translation>
    </message>
    <message>
        <source>name the user</source>
        <translation>indique el nombre del usuario</translation>
    </message>
    <message>
        <source>user %1 exists already</source>
        <translation>el usuario %1 ya existe</translation>
    </message>
    <message>
        <source>user %1 exists already (deactivated: reactivate them)</source>
        <translation>el usuario %1 ya existe (desactivado: reactívelo)</translation>
    </message>
    <message>
        <source>cannot make %1 of %2: they are the tenant&apos;s last active admin. Make another user admin first</source>
        <translation>no se puede asignar el rol %1 a %2: es el último administrador activo de la organización. Haga antes administrador a otro usuario</translation>
    </message>
    <message>
        <source>user %1 is deactivated already</source>
        <translation>el usuario %1 ya está desactivado</translation>
    </message>
    <message>
        <source>you cannot deactivate yourself (%1): ask another admin</source>
        <translation>no puede desactivarse a sí mismo (%1): pídaselo a otro administrador</translation>
    </message>
    <message>
        <source>cannot deactivate %1: they are the tenant&apos;s last active admin. Make another user admin first</source>
        <translation>no se puede desactivar a %1: es el último administrador activo de la organización. Haga antes administrador a otro usuario</translation>
    </message>
    <message>
        <source>a database login is for team workspaces (%1): on a workspace file people act by name</source>
        <translation>un usuario de base de datos es para espacios de trabajo de equipo (%1): en un archivo de espacio de trabajo, las personas actúan por su nombre</translation>
    </message>
    <message>
        <source>the database login &apos;%1&apos; is user %2 of this tenant already</source>
        <translation>el usuario de base de datos &apos;%1&apos; ya es el usuario %2 de esta organización</translation>
    </message>
    <message>
        <source>service logins are for team workspaces (%1): on a workspace file &apos;%2&apos; needs none</source>
        <translation>los logins de servicio son para espacios de trabajo de equipo (%1): en un archivo de espacio de trabajo, &apos;%2&apos; no necesita ninguno</translation>
    </message>
    <message>
        <source>the database login &apos;%1&apos; is user %2: a worker&apos;s login is a login of its own</source>
        <translation>el usuario de base de datos &apos;%1&apos; es el usuario %2: el login de un proceso de trabajo es un login propio</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a service login of this tenant (see %2)</source>
        <translation>&apos;%1&apos; no es un login de servicio de esta organización (consulte %2)</translation>
    </message>
    <message>
        <source>the name of a %1 sender</source>
        <translation>el nombre de un remitente de %1</translation>
    </message>
    <message>
        <source>an email sender needs a from address (%1), e.g. news@example.com</source>
        <translation>un remitente de correo necesita una dirección de remitente (%1), p. ej. news@example.com</translation>
    </message>
    <message>
        <source>the from address %1 is not an email address (name@domain.tld)</source>
        <translation>la dirección de remitente %1 no es una dirección de correo (nombre@dominio.tld)</translation>
    </message>
    <message>
        <source>the reply-to address %1 is not an email address (name@domain.tld)</source>
        <translation>la dirección de respuesta %1 no es una dirección de correo (nombre@dominio.tld)</translation>
    </message>
    <message>
        <source>an email sender sends from its address, not from a number pool</source>
        <translation>un remitente de correo envía desde su dirección, no desde un grupo de números</translation>
    </message>
    <message>
        <source>the SMS sender ID %1 is not one: up to %2 letters, digits or spaces with at least one letter (e.g. NORTHWIND); to send from numbers, give a number pool (%3)</source>
        <translation>el ID de remitente SMS %1 no es válido: hasta %2 letras, dígitos o espacios con al menos una letra (p. ej. NORTHWIND); para enviar desde números, indique un grupo de números (%3)</translation>
    </message>
    <message>
        <source>a phone sender calls from a number pool&apos;s numbers: give the pool (%1)</source>
        <translation>un remitente de teléfono llama desde los números de un grupo de números: indique el grupo (%1)</translation>
    </message>
    <message>
        <source>a Viber sender name has at most %1 characters: %2 has %3</source>
        <translation>un nombre de remitente de Viber tiene como máximo %1 caracteres: %2 tiene %3</translation>
    </message>
    <message>
        <source>the Telegram bot %1 is not a bot&apos;s username: 5 to 32 letters, digits or underscores, starting with a letter and ending in &quot;bot&quot; (e.g. NorthwindBot)</source>
        <translation>el bot de Telegram %1 no es un nombre de usuario de bot: de 5 a 32 letras, dígitos o guiones bajos, empezando por una letra y terminando en &quot;bot&quot; (p. ej. NorthwindBot)</translation>
    </message>
    <message>
        <source>only SMS and phone senders send from a number pool, not %1 ones</source>
        <translation>solo los remitentes de SMS y teléfono envían desde un grupo de números, no los de %1</translation>
    </message>
    <message>
        <source>a %1 sender needs a name (%2)</source>
        <translation>un remitente de %1 necesita un nombre (%2)</translation>
    </message>
    <message>
        <source>the %1 sender %2 exists already: choose another name or edit that one</source>
        <translation>el remitente de %1 %2 ya existe: elija otro nombre o edite ese</translation>
    </message>
    <message>
        <source>the %1 sender %2 is used by %3, which has not ended: choose another sender there first (or pause this one)</source>
        <translation>el remitente de %1 %2 lo usa %3, que no ha terminado: elija primero otro remitente allí (o pause este)</translation>
    </message>
    <message>
        <source>the %1 sender %2 is used by %3, which have not ended: choose another sender there first (or pause this one)</source>
        <translation>el remitente de %1 %2 lo usan %3, que no han terminado: elija primero otro remitente allí (o pause este)</translation>
    </message>
    <message>
        <source>name the database login</source>
        <translation>indique el usuario de base de datos</translation>
    </message>
    <message>
        <source>the database login %1 has capitals: use %2 (Herald keeps logins in lower case, so that one person is never two)</source>
        <translation>el usuario de base de datos %1 tiene mayúsculas: use %2 (Herald guarda los logins en minúsculas para que una persona nunca sea dos)</translation>
    </message>
    <message>
        <source>the database login %1 is not one Herald links: lower case letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;@&apos; and &apos;-&apos;, starting with a letter, at most 63 characters</source>
        <translation>el usuario de base de datos %1 no es uno que Herald vincule: letras minúsculas, dígitos, &apos;_&apos;, &apos;.&apos;, &apos;@&apos; y &apos;-&apos;, empezando por una letra, 63 caracteres como máximo</translation>
    </message>
    <message>
        <source>%1. The login &apos;%2&apos; may not create logins: give it %3, or have a database administrator run %4 and link it again</source>
        <translation>%1. El login &apos;%2&apos; no puede crear logins: concédale %3 o pida a un administrador de bases de datos que ejecute %4 y vuelva a vincularlo</translation>
    </message>
    <message>
        <source>a tenant needs a name</source>
        <translation>una organización necesita un nombre</translation>
    </message>
    <message>
        <source>the tenant&apos;s name</source>
        <translation>el nombre de la organización</translation>
    </message>
    <message>
        <source>a tenant named %1 exists already</source>
        <translation>ya existe una organización llamada %1</translation>
    </message>
    <message>
        <source>name the tenant</source>
        <translation>indique el nombre de la organización</translation>
    </message>
    <message>
        <source>unknown time zone %1 (an IANA name such as Europe/Berlin)</source>
        <translation>zona horaria desconocida %1 (un nombre IANA como Europe/Berlin)</translation>
    </message>
    <message>
        <source>user %1 is not an admin of tenant %2: only its admins rename it</source>
        <translation>el usuario %1 no es administrador de la organización %2: solo sus administradores le cambian el nombre</translation>
    </message>
    <message>
        <source>unknown time zone %1: use an IANA name such as Europe/London</source>
        <translation>zona horaria desconocida %1: use un nombre IANA como Europe/London</translation>
    </message>
    <message>
        <source>the default send window: %1</source>
        <translation>la franja de envío predeterminada: %1</translation>
    </message>
    <message>
        <source>user %1 is not an admin of tenant %2: only its admins configure it</source>
        <translation>el usuario %1 no es administrador de la organización %2: solo sus administradores la configuran</translation>
    </message>
    <message>
        <source>the listener address %1 is not HOST:PORT with an IP address and a port from 1 to 65535 (e.g. 127.0.0.1:8480, 0.0.0.0:8480 for every interface)</source>
        <translation>la dirección del receptor %1 no tiene el formato HOST:PORT con una dirección IP y un puerto de 1 a 65535 (p. ej. 127.0.0.1:8480, 0.0.0.0:8480 para todas las interfaces)</translation>
    </message>
    <message>
        <source>user %1 is not an admin of tenant %2: only its admins configure the mailbox of it</source>
        <translation>el usuario %1 no es administrador de la organización %2: solo sus administradores configuran su buzón</translation>
    </message>
    <message>
        <source>the public URL %1 is not an http or https address without a query (e.g. https://herald.example.org)</source>
        <translation>la URL pública %1 no es una dirección http o https sin consulta (p. ej. https://herald.example.org)</translation>
    </message>
    <message>
        <source>user %1 is not an admin of tenant %2: only its admins configure the listener of it</source>
        <translation>el usuario %1 no es administrador de la organización %2: solo sus administradores configuran su receptor</translation>
    </message>
    <message>
        <source>the HELP answer has %1 characters; keep it to 480 (three SMS segments)</source>
        <translation>la respuesta a HELP tiene %1 caracteres; no supere 480 (tres segmentos SMS)</translation>
    </message>
    <message>
        <source>user %1 is not an admin of tenant %2: only its admins set the SMS keywords of it</source>
        <translation>el usuario %1 no es administrador de la organización %2: solo sus administradores definen sus palabras clave SMS</translation>
    </message>
    <message>
        <source>user %1 is not an admin of tenant %2: only its admins set up it</source>
        <translation>el usuario %1 no es administrador de la organización %2: solo sus administradores la configuran</translation>
    </message>
    <message>
        <source>user %1 is not an admin of tenant %2: only its admins archive it</source>
        <translation>el usuario %1 no es administrador de la organización %2: solo sus administradores la archivan</translation>
    </message>
    <message>
        <source>tenant %1 is archived already</source>
        <translation>la organización %1 ya está archivada</translation>
    </message>
    <message>
        <source>tenant %1 is the workspace&apos;s default: it cannot be archived</source>
        <translation>la organización %1 es la predeterminada del espacio de trabajo: no se puede archivar</translation>
    </message>
    <message>
        <source>you are working in tenant %1: archive it from another tenant you administer</source>
        <translation>está trabajando en la organización %1: archívela desde otra organización que administre</translation>
    </message>
    <message>
        <source>tenant %1 has %2 channel(s) running or paused: stop them first</source>
        <translation>la organización %1 tiene %2 canal(es) en curso o en pausa: deténgalos primero</translation>
    </message>
    <message>
        <source>run %1 is not a run of %2</source>
        <translation>la ejecución %1 no es una ejecución de %2</translation>
    </message>
    <message>
        <source>campaign %1 has not run yet: there is nothing to report</source>
        <translation>la campaña %1 aún no se ha ejecutado: no hay nada sobre lo que informar</translation>
    </message>
    <message>
        <source>the comparison</source>
        <translation>la comparación</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>la exportación</translation>
    </message>
    <message>
        <source>the export was cancelled after %1 of %2 messages</source>
        <translation>la exportación se canceló tras %1 de %2 mensajes</translation>
    </message>
    <message>
        <source>the report of %1</source>
        <translation>el informe de %1</translation>
    </message>
    <message>
        <source>send window &apos;%1&apos; is not of the form 08:00-21:00 (or none)</source>
        <translation>la franja de envío &apos;%1&apos; no tiene el formato 08:00-21:00 (o none)</translation>
    </message>
    <message>
        <source>%1 %2 not found in this tenant</source>
        <translation>no se encuentra %1 %2 en esta organización</translation>
    </message>
    <message>
        <source>name the %1</source>
        <translation>indique un nombre para %1</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; was deleted</source>
        <translation>se eliminó %1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a %1 needs a name</source>
        <translation>%1: se necesita un nombre</translation>
    </message>
    <message>
        <source>the name of a %1</source>
        <translation>el nombre de %1</translation>
    </message>
    <message>
        <source>another %1 is called &apos;%2&apos; already: choose another name</source>
        <translation>ya existe otro elemento %1 llamado &apos;%2&apos;: elija otro nombre</translation>
    </message>
    <message>
        <source>the goal&apos;s metric</source>
        <translation>la métrica del objetivo</translation>
    </message>
    <message>
        <source>the target of goal &apos;%1&apos; cannot be negative</source>
        <translation>la meta del objetivo &apos;%1&apos; no puede ser negativa</translation>
    </message>
    <message>
        <source>the URL of goal &apos;%1&apos; must be an http or https address, not %2</source>
        <translation>la URL del objetivo &apos;%1&apos; debe ser una dirección http o https, no %2</translation>
    </message>
    <message>
        <source>writer &apos;%1&apos;: an SMS may take 1 to 10 segments, not %2</source>
        <translation>redactor &apos;%1&apos;: un SMS puede ocupar de 1 a 10 segmentos, no %2</translation>
    </message>
    <message>
        <source>writer &apos;%1&apos;: the longest email subject is 10 to 200 characters, not %2</source>
        <translation>redactor &apos;%1&apos;: el asunto de correo más largo debe tener de 10 a 200 caracteres, no %2</translation>
    </message>
    <message>
        <source>template &apos;%1&apos; has no body: give the email&apos;s HTML or text</source>
        <translation>la plantilla &apos;%1&apos; no tiene cuerpo: indique el HTML o el texto del correo</translation>
    </message>
    <message>
        <source>template &apos;%1&apos; has no body: give the message&apos;s text</source>
        <translation>la plantilla &apos;%1&apos; no tiene cuerpo: indique el texto del mensaje</translation>
    </message>
    <message>
        <source>the subject of template &apos;%1&apos;</source>
        <translation>el asunto de la plantilla &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the preheader of template &apos;%1&apos;</source>
        <translation>el preencabezado de la plantilla &apos;%1&apos;</translation>
    </message>
    <message>
        <source>template &apos;%1&apos; has %2 recordings: a call plays one</source>
        <translation>la plantilla &apos;%1&apos; tiene %2 grabaciones: una llamada reproduce solo una</translation>
    </message>
    <message>
        <source>the recording %1 of template &apos;%2&apos;</source>
        <translation>la grabación %1 de la plantilla &apos;%2&apos;</translation>
    </message>
    <message>
        <source>template &apos;%1&apos; is for %2: a template keeps its channel (make a new one for %3)</source>
        <translation>la plantilla &apos;%1&apos; es para %2: una plantilla conserva su canal (cree una nueva para %3)</translation>
    </message>
    <message>
        <source>segment &apos;%1&apos;: %2</source>
        <translation>segmento &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>this link is not one Herald sent, or it was changed</source>
        <translation>este enlace no lo envió Herald o se ha modificado</translation>
    </message>
    <message>
        <source>the stop word %1 is not one word of up to 20 letters or digits (e.g. ARRET, STOPP)</source>
        <translation>la palabra de baja %1 no es una sola palabra de hasta 20 letras o dígitos (p. ej. ARRET, STOPP)</translation>
    </message>
    <message>
        <source>the stop word %1 already means %2 to every carrier</source>
        <translation>la palabra de baja %1 ya significa %2 para todos los operadores</translation>
    </message>
    <message>
        <source>a tenant may have up to 50 stop words of its own</source>
        <translation>una organización puede tener hasta 50 palabras de baja propias</translation>
    </message>
    <message>
        <source>tenant %1 not found</source>
        <translation>no se encuentra la organización %1</translation>
    </message>
    <message>
        <source>the writer endpoint&apos;s URL &quot;%1&quot; is not an http(s) address such as https://api.example.com/v1</source>
        <translation>la URL &quot;%1&quot; del punto de conexión del redactor no es una dirección http(s) como https://api.example.com/v1</translation>
    </message>
    <message>
        <source>the writer endpoint needs the model to ask (e.g. gpt-4o-mini)</source>
        <translation>el punto de conexión del redactor necesita el modelo al que consultar (p. ej. gpt-4o-mini)</translation>
    </message>
    <message>
        <source>the writer endpoint&apos;s timeout is between 5 and 600 seconds</source>
        <translation>el tiempo de espera del punto de conexión del redactor debe estar entre 5 y 600 segundos</translation>
    </message>
    <message>
        <source>an API key is sent over https only (or to this machine): use https://%1%2</source>
        <translation>una clave de API solo se envía por https (o a este equipo): use https://%1%2</translation>
    </message>
    <message>
        <source>cannot keep the writer endpoint&apos;s API key: %1</source>
        <translation>no se puede guardar la clave de API del punto de conexión del redactor: %1</translation>
    </message>
    <message>
        <source>cannot read the writer endpoint&apos;s API key: %1. Type it again in Settings</source>
        <translation>no se puede leer la clave de API del punto de conexión del redactor: %1. Escríbala de nuevo en Configuración</translation>
    </message>
    <message>
        <source>sweep by hand (dispatchers sweep on their own)</source>
        <translation>hacer un barrido manual (los despachadores lo hacen por su cuenta)</translation>
    </message>
    <message>
        <source>%1 channel of run %2</source>
        <translation>canal %1 de la ejecución %2</translation>
    </message>
    <message>
        <source>create campaigns</source>
        <translation>crear campañas</translation>
    </message>
    <message>
        <source>change campaigns</source>
        <translation>modificar campañas</translation>
    </message>
    <message>
        <source>delete campaigns</source>
        <translation>eliminar campañas</translation>
    </message>
    <message>
        <source>approve or reject campaigns</source>
        <translation>aprobar o rechazar campañas</translation>
    </message>
    <message>
        <source>comment on campaigns</source>
        <translation>comentar campañas</translation>
    </message>
    <message>
        <source>run campaigns</source>
        <translation>ejecutar campañas</translation>
    </message>
    <message>
        <source>pause, resume or stop campaigns</source>
        <translation>pausar, reanudar o detener campañas</translation>
    </message>
    <message>
        <source>change contacts and contact lists</source>
        <translation>modificar contactos y listas de contactos</translation>
    </message>
    <message>
        <source>import contacts</source>
        <translation>importar contactos</translation>
    </message>
    <message>
        <source>change the opt-out list</source>
        <translation>modificar la lista de bajas</translation>
    </message>
    <message>
        <source>change templates</source>
        <translation>modificar plantillas</translation>
    </message>
    <message>
        <source>change goals</source>
        <translation>modificar objetivos</translation>
    </message>
    <message>
        <source>change writers</source>
        <translation>modificar redactores</translation>
    </message>
    <message>
        <source>change segments</source>
        <translation>modificar segmentos</translation>
    </message>
    <message>
        <source>configure providers</source>
        <translation>configurar proveedores</translation>
    </message>
    <message>
        <source>manage people and their roles</source>
        <translation>gestionar personas y sus roles</translation>
    </message>
    <message>
        <source>manage tenants</source>
        <translation>gestionar organizaciones</translation>
    </message>
    <message>
        <source>manage senders</source>
        <translation>gestionar remitentes</translation>
    </message>
    <message>
        <source>manage number pools</source>
        <translation>gestionar grupos de números</translation>
    </message>
    <message>
        <source>maintain the workspace</source>
        <translation>mantener el espacio de trabajo</translation>
    </message>
    <message>
        <source>see provider diagnostics</source>
        <translation>ver los diagnósticos de los proveedores</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>the last of a list of roles</comment>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; is deactivated and may not %2: an admin can reactivate them</source>
        <translation>el usuario &apos;%1&apos; está desactivado y no puede %2: un administrador puede reactivarlo</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; (role %2) may not %3: that needs the role %4</source>
        <translation>el usuario &apos;%1&apos; (rol %2) no puede %3: para ello se necesita el rol %4</translation>
    </message>
    <message>
        <source>cannot start an IMAP connection (libcurl)</source>
        <translation>no se puede iniciar una conexión IMAP (libcurl)</translation>
    </message>
    <message>
        <source>%1: stopped</source>
        <translation>%1: detenido</translation>
    </message>
    <message>
        <source>%1: more than %2 MB</source>
        <translation>%1: más de %2 MB</translation>
    </message>
    <message>
        <source>%1 at %2: %3 (check the user &apos;%4&apos; and its password)</source>
        <translation>%1 en %2: %3 (compruebe el usuario &apos;%4&apos; y su contraseña)</translation>
    </message>
    <message>
        <source>%1 at %2: %3 (the server&apos;s certificate is not trusted: give the CA that signed it as %4)</source>
        <translation>%1 en %2: %3 (el certificado del servidor no es de confianza: indique la CA que lo firmó como %4)</translation>
    </message>
    <message>
        <source>%1 at %2: %3 (the server offers no STARTTLS: use %4 and port 993)</source>
        <translation>%1 en %2: %3 (el servidor no ofrece STARTTLS: use %4 y el puerto 993)</translation>
    </message>
    <message>
        <source>%1 at %2: %3 (check host and port, and that the server is up)</source>
        <translation>%1 en %2: %3 (compruebe el host y el puerto, y que el servidor esté en funcionamiento)</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
    <message>
        <source>cannot open folder %1 of the mailbox</source>
        <translation>no se puede abrir la carpeta %1 del buzón</translation>
    </message>
    <message>
        <source>cannot list the new mail in folder %1</source>
        <translation>no se puede listar el correo nuevo de la carpeta %1</translation>
    </message>
    <message>
        <source>cannot read message %1 of folder %2</source>
        <translation>no se puede leer el mensaje %1 de la carpeta %2</translation>
    </message>
    <message>
        <source>cannot mark message %1 read</source>
        <translation>no se puede marcar el mensaje %1 como leído</translation>
    </message>
    <message>
        <source>tenant &apos;%1&apos; has no mailbox: set one with %2, or in Settings → Organisations</source>
        <translation>la organización &apos;%1&apos; no tiene buzón: configure uno con %2 o en Configuración → Organizaciones</translation>
    </message>
    <message>
        <source>tenant &apos;%1&apos; has no mailbox</source>
        <translation>la organización &apos;%1&apos; no tiene buzón</translation>
    </message>
    <message>
        <source>the mailbox of %1: %2</source>
        <translation>el buzón de %1: %2</translation>
    </message>
    <message>
        <source>mailbox settings</source>
        <translation>configuración del buzón</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is &apos;%3&apos;, not %4 (port 993) or %5 (port 143); the mailbox is only read over TLS</source>
        <translation>%1: &quot;%2&quot; es &apos;%3&apos;, no %4 (puerto 993) ni %5 (puerto 143); el buzón solo se lee mediante TLS</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is &apos;%3&apos;: give the IMAP server&apos;s name</source>
        <translation>%1: &quot;%2&quot; es &apos;%3&apos;: indique el nombre del servidor IMAP</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is &apos;%3&apos;: give a folder name such as INBOX</source>
        <translation>%1: &quot;%2&quot; es &apos;%3&apos;: indique un nombre de carpeta como INBOX</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is &apos;%3&apos;: give a plain address such as bounces@example.org (without +); each message is sent from bounces+TOKEN@example.org</source>
        <translation>%1: &quot;%2&quot; es &apos;%3&apos;: indique una dirección simple como bounces@example.org (sin +); cada mensaje se envía desde bounces+TOKEN@example.org</translation>
    </message>
    <message>
        <source>cannot listen for Kannel&apos;s delivery reports on %1:%2: the address is in use or not on this machine; change &quot;%3&quot; in the SMS provider settings</source>
        <translation>no se pueden escuchar los informes de entrega de Kannel en %1:%2: la dirección está en uso o no pertenece a este equipo; cambie &quot;%3&quot; en la configuración del proveedor SMS</translation>
    </message>
    <message>
        <source>the SMS gateway at %1 did not take the answer to %2: %3</source>
        <translation>la pasarela SMS en %1 no aceptó la respuesta a %2: %3</translation>
    </message>
    <message>
        <source>the SMS gateway answered %1: %2</source>
        <translation>la pasarela SMS respondió %1: %2</translation>
    </message>
    <message>
        <source>the SMS gateway refused the message (%1): %2</source>
        <translation>la pasarela SMS rechazó el mensaje (%1): %2</translation>
    </message>
    <message>
        <source>cannot reach the SMS gateway at %1: %2</source>
        <translation>no se puede conectar con la pasarela SMS en %1: %2</translation>
    </message>
    <message>
        <source>Timed Out: the SMS gateway took the message but did not answer (%1)</source>
        <translation>Tiempo agotado: la pasarela SMS aceptó el mensaje pero no respondió (%1)</translation>
    </message>
    <message>
        <source>not delivered to the handset: no reason given</source>
        <translation>no entregado al terminal: sin motivo indicado</translation>
    </message>
    <message>
        <source>not delivered to the handset: %1</source>
        <translation>no entregado al terminal: %1</translation>
    </message>
    <message>
        <source>rejected by the SMS centre: no reason given</source>
        <translation>rechazado por el centro SMS: sin motivo indicado</translation>
    </message>
    <message>
        <source>rejected by the SMS centre: %1</source>
        <translation>rechazado por el centro SMS: %1</translation>
    </message>
    <message>
        <source>the SMS gateway at %1 refused user %2: %3</source>
        <translation>la pasarela SMS en %1 rechazó al usuario %2: %3</translation>
    </message>
    <message>
        <source>the SMS gateway at %1 answered %2: %3</source>
        <translation>la pasarela SMS en %1 respondió %2: %3</translation>
    </message>
    <message>
        <source>reached the SMS gateway at %1 as %2</source>
        <translation>se conectó a la pasarela SMS en %1 como %2</translation>
    </message>
    <message>
        <source>Kannel settings</source>
        <translation>configuración de Kannel</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is not an http(s) URL such as http://127.0.0.1:13013/cgi-bin/sendsms</source>
        <translation>%1: %2 &apos;%3&apos; no es una URL http(s) como http://127.0.0.1:13013/cgi-bin/sendsms</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is not a two-letter region code such as US, GB or DE</source>
        <translation>%1: %2 &apos;%3&apos; no es un código de región de dos letras como US, GB o DE</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is not an address and port such as 127.0.0.1:14013 or 0.0.0.0:14013</source>
        <translation>%1: %2 &apos;%3&apos; no es una dirección y un puerto como 127.0.0.1:14013 o 0.0.0.0:14013</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is not an http(s) URL without a query, such as http://herald.example:14013</source>
        <translation>%1: %2 &apos;%3&apos; no es una URL http(s) sin consulta, como http://herald.example:14013</translation>
    </message>
    <message>
        <source>the system keyring is reached through a running application</source>
        <translation>al llavero del sistema se accede a través de una aplicación en ejecución</translation>
    </message>
    <message>
        <source>the system keyring did not answer within %1 s</source>
        <translation>el llavero del sistema no respondió en %1 s</translation>
    </message>
    <message>
        <source>the system keyring has no password &quot;%1&quot;</source>
        <translation>el llavero del sistema no tiene ninguna contraseña &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the system keyring refused access</source>
        <translation>el llavero del sistema denegó el acceso</translation>
    </message>
    <message>
        <source>the system keyring refused access (%1)</source>
        <translation>el llavero del sistema denegó el acceso (%1)</translation>
    </message>
    <message>
        <source>no system keyring is available</source>
        <translation>no hay ningún llavero del sistema disponible</translation>
    </message>
    <message>
        <source>no system keyring is available (%1)</source>
        <translation>no hay ningún llavero del sistema disponible (%1)</translation>
    </message>
    <message>
        <source>the system keyring failed</source>
        <translation>el llavero del sistema falló</translation>
    </message>
    <message>
        <source>the system keyring failed (%1)</source>
        <translation>el llavero del sistema falló (%1)</translation>
    </message>
    <message>
        <source>simulator settings</source>
        <translation>configuración del simulador</translation>
    </message>
    <message>
        <source>the %1 provider for %2 is not available in this version of Herald</source>
        <translation>el proveedor %1 de %2 no está disponible en esta versión de Herald</translation>
    </message>
    <message>
        <source>%1: a password is never stored in the workspace; type it in Settings (it is kept in the system keyring), or give %2 (a file readable by its owner only) or %3 (the name of an environment variable) instead</source>
        <translation>%1: una contraseña nunca se guarda en el espacio de trabajo; escríbala en Configuración (se guarda en el llavero del sistema) o indique en su lugar %2 (un archivo que solo pueda leer su propietario) o %3 (el nombre de una variable de entorno)</translation>
    </message>
    <message>
        <source>%1: give one of %2, %3 and %4, not %5</source>
        <translation>%1: indique solo uno de %2, %3 y %4, no %5</translation>
    </message>
    <message>
        <source>%1: %2; type the password again in Settings, or on a machine without a keyring give %3 or %4</source>
        <translation>%1: %2; escriba de nuevo la contraseña en Configuración o, en un equipo sin llavero, indique %3 o %4</translation>
    </message>
    <message>
        <source>%1: %2 %3 does not exist</source>
        <translation>%1: %2 %3 no existe</translation>
    </message>
    <message>
        <source>%1: %2 %3 may be read by other users; make it mode 0600 (chmod 600 %3)</source>
        <translation>%1: otros usuarios pueden leer %2 %3; póngale el modo 0600 (chmod 600 %3)</translation>
    </message>
    <message>
        <source>%1: cannot read %2 %3: %4</source>
        <translation>%1: no se puede leer %2 %3: %4</translation>
    </message>
    <message>
        <source>%1: the environment variable %2 (%3) is not set</source>
        <translation>%1: la variable de entorno %2 (%3) no está definida</translation>
    </message>
    <message>
        <source>cannot keep %1: %2. On a machine without a keyring give a password file (mode 0600) or an environment variable instead</source>
        <translation>no se puede guardar %1: %2. En un equipo sin llavero, indique en su lugar un archivo de contraseña (modo 0600) o una variable de entorno</translation>
    </message>
    <message>
        <source>the %1 password</source>
        <translation>la contraseña de %1</translation>
    </message>
    <message>
        <source>%1: not a JSON object (a JSON value of another kind)</source>
        <translation>%1: no es un objeto JSON (es un valor JSON de otro tipo)</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1: no es un objeto JSON (%2)</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texto</translation>
    </message>
    <message>
        <source>%1: %2 looks like a secret, and secrets are never stored in the workspace: type the password in Settings (it is kept in the system keyring), or give %3 (a file readable by its owner only) or %4 (the name of an environment variable), written exactly so</source>
        <translation>%1: %2 parece un secreto, y los secretos nunca se guardan en el espacio de trabajo: escriba la contraseña en Configuración (se guarda en el llavero del sistema) o indique %3 (un archivo que solo pueda leer su propietario) o %4 (el nombre de una variable de entorno), escritos exactamente así</translation>
    </message>
    <message>
        <source>%1: unknown setting %2; the settings are %3</source>
        <translation>%1: ajuste desconocido %2; los ajustes son %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be %3, not %4</source>
        <translation>%1: &quot;%2&quot; debe ser %3, no %4</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3: it must be %4</source>
        <translation>%1: &quot;%2&quot; es %3: debe ser %4</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>un objeto JSON</translation>
    </message>
    <message>
        <source>%1 is not audio libsndfile can read (WAV, FLAC, Ogg Vorbis, AIFF, ...): %2</source>
        <translation>%1 no es un audio que libsndfile pueda leer (WAV, FLAC, Ogg Vorbis, AIFF, ...): %2</translation>
    </message>
    <message>
        <source>%1 holds no audio</source>
        <translation>%1 no contiene audio</translation>
    </message>
    <message>
        <source>%1 lasts %2 minutes; a call&apos;s message may last %3 at most</source>
        <translation>%1 dura %2 minutos; el mensaje de una llamada puede durar como máximo %3</translation>
    </message>
    <message>
        <source>cannot resample %1 to 8 kHz: %2</source>
        <translation>no se puede remuestrear %1 a 8 kHz: %2</translation>
    </message>
    <message>
        <source>%1 lasts over %2 minutes, the most a call&apos;s message may last</source>
        <translation>%1 dura más de %2 minutos, el máximo que puede durar el mensaje de una llamada</translation>
    </message>
    <message>
        <source>the recording %1</source>
        <translation>la grabación %1</translation>
    </message>
    <message>
        <source>%1 is %2, over the %3 a recording may take: shorten it or save it as mono, 8 or 16 kHz</source>
        <translation>%1 ocupa %2, más de los %3 que admite una grabación: acórtela o guárdela en mono, a 8 o 16 kHz</translation>
    </message>
    <message>
        <source>%1 is empty: choose the recording you meant</source>
        <translation>%1 está vacío: elija la grabación que quería</translation>
    </message>
    <message>
        <source>the call script is empty</source>
        <translation>el guion de la llamada está vacío</translation>
    </message>
    <message>
        <source>the call script is longer than %1 characters: nobody listens that long</source>
        <translation>el guion de la llamada tiene más de %1 caracteres: nadie escucha tanto tiempo</translation>
    </message>
    <message>
        <source>espeak-ng could not speak the call script with voice %1: %2</source>
        <translation>espeak-ng no pudo pronunciar el guion de la llamada con la voz %1: %2</translation>
    </message>
    <message>
        <source>espeak-ng&apos;s speech</source>
        <translation>la síntesis de voz de espeak-ng</translation>
    </message>
    <message>
        <source>espeak-ng is not installed: install the Debian package espeak-ng, or attach a recording to the call script</source>
        <translation>espeak-ng no está instalado: instale el paquete de Debian espeak-ng o adjunte una grabación al guion de la llamada</translation>
    </message>
    <message>
        <source>cannot set up TLS for SIP: %1</source>
        <translation>no se puede configurar TLS para SIP: %1</translation>
    </message>
    <message>
        <source>SIP settings: %1 %2 holds no PEM certificate</source>
        <translation>configuración SIP: %1 %2 no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <source>SIP settings: cannot check the trunk&apos;s certificate against %1</source>
        <translation>configuración SIP: no se puede comprobar el certificado de la troncal con %1</translation>
    </message>
    <message>
        <source>the trunk&apos;s TLS certificate was refused (%1): %2</source>
        <translation>se rechazó el certificado TLS de la troncal (%1): %2</translation>
    </message>
    <message>
        <source>no answer from the SIP proxy at %1 over %2: %3; check the proxy&apos;s name, or give %4 for a private authority</source>
        <translation>sin respuesta del proxy SIP en %1 por %2: %3; compruebe el nombre del proxy o indique %4 para una autoridad privada</translation>
    </message>
    <message>
        <source>no answer from the SIP proxy at %1 over %2: %3; check proxy and transport</source>
        <translation>sin respuesta del proxy SIP en %1 por %2: %3; compruebe el proxy y el transporte</translation>
    </message>
    <message>
        <source>the SIP proxy at %1 answered: %2</source>
        <translation>el proxy SIP en %1 respondió: %2</translation>
    </message>
    <message>
        <source>the SIP proxy at %1 refused calls without credentials: %2; check user and password</source>
        <translation>el proxy SIP en %1 rechazó las llamadas sin credenciales: %2; compruebe el usuario y la contraseña</translation>
    </message>
    <message>
        <source>the SIP proxy at %1 refused user %2: %3; check user and password</source>
        <translation>el proxy SIP en %1 rechazó al usuario %2: %3; compruebe el usuario y la contraseña</translation>
    </message>
    <message>
        <source>cannot find the SIP proxy %1: %2; check &quot;%3&quot; in the phone provider settings</source>
        <translation>no se encuentra el proxy SIP %1: %2; compruebe &quot;%3&quot; en la configuración del proveedor de telefonía</translation>
    </message>
    <message>
        <source>no route to the SIP proxy at %1; check &quot;%2&quot;, or give &quot;%3&quot;</source>
        <translation>no hay ruta hacia el proxy SIP en %1; compruebe &quot;%2&quot; o indique &quot;%3&quot;</translation>
    </message>
    <message>
        <source>cannot use the local address %1 for SIP</source>
        <translation>no se puede usar la dirección local %1 para SIP</translation>
    </message>
    <message>
        <source>cannot start SIP on %1: %2; check &quot;%3&quot; in the phone provider settings</source>
        <translation>no se puede iniciar SIP en %1: %2; compruebe &quot;%3&quot; en la configuración del proveedor de telefonía</translation>
    </message>
    <message>
        <source>SIP is not started</source>
        <translation>SIP no está iniciado</translation>
    </message>
    <message>
        <source>SIP settings</source>
        <translation>configuración SIP</translation>
    </message>
    <message>
        <source>%1: %2 %3 is not udp, tcp or tls</source>
        <translation>%1: %2 %3 no es udp, tcp ni tls</translation>
    </message>
    <message>
        <source>%1: %2 is missing; give the trunk&apos;s proxy or registrar as sip:HOST:PORT, e.g. sip:pbx.example.org:5060</source>
        <translation>%1: falta %2; indique el proxy o el registrador de la troncal como sip:HOST:PORT, p. ej. sip:pbx.example.org:5060</translation>
    </message>
    <message>
        <source>%1: %2 %3 is not a SIP address such as sip:pbx.example.org:5060 or sip:192.0.2.10</source>
        <translation>%1: %2 %3 no es una dirección SIP como sip:pbx.example.org:5060 o sip:192.0.2.10</translation>
    </message>
    <message>
        <source>%1: %2 is for transport tls; the transport is %3</source>
        <translation>%1: %2 es para el transporte tls; el transporte es %3</translation>
    </message>
    <message>
        <source>%1: %2 %3 cannot be read; give the PEM file of the authority that signed the trunk&apos;s certificate</source>
        <translation>%1: no se puede leer %2 %3; indique el archivo PEM de la autoridad que firmó el certificado de la troncal</translation>
    </message>
    <message>
        <source>%1: %2 %3 is not e164 or digits</source>
        <translation>%1: %2 %3 no es e164 ni dígitos</translation>
    </message>
    <message>
        <source>%1: %2 %3 is not an IP address of this machine, such as 192.0.2.20</source>
        <translation>%1: %2 %3 no es una dirección IP de este equipo, como 192.0.2.20</translation>
    </message>
    <message>
        <source>%1: %2 %3 is not an espeak-ng voice name such as en, en-us, de or fr</source>
        <translation>%1: %2 %3 no es un nombre de voz de espeak-ng como en, en-us, de o fr</translation>
    </message>
    <message>
        <source>%1: %2 %3 is not one key of the dial pad (0-9, * or #), or &quot;&quot; for none</source>
        <translation>%1: %2 %3 no es una tecla del teclado de marcación (0-9, * o #) ni &quot;&quot; para ninguna</translation>
    </message>
    <message>
        <source>%1: %2 must map dial pad keys to what they mean, e.g. {&quot;1&quot;: &quot;call me back&quot;}; %3 does not</source>
        <translation>%1: %2 debe asignar a las teclas del teclado de marcación su significado, p. ej. {&quot;1&quot;: &quot;call me back&quot;}; %3 no lo hace</translation>
    </message>
    <message>
        <source>%1: key %2 is the opt-out key; give it no other meaning</source>
        <translation>%1: la tecla %2 es la tecla de baja; no le dé otro significado</translation>
    </message>
    <message>
        <source>the domain of %1 is not a valid internationalised domain name</source>
        <translation>el dominio de %1 no es un nombre de dominio internacionalizado válido</translation>
    </message>
    <message>
        <source>connected to %1:%2, TLS certificate verified</source>
        <translation>conectado a %1:%2, certificado TLS verificado</translation>
    </message>
    <message>
        <source>connected to %1:%2, TLS certificate verified, authenticated as %3</source>
        <translation>conectado a %1:%2, certificado TLS verificado, autenticado como %3</translation>
    </message>
    <message>
        <source>connected to %1:%2, without TLS</source>
        <translation>conectado a %1:%2, sin TLS</translation>
    </message>
    <message>
        <source>connected to %1:%2, without TLS, authenticated as %3</source>
        <translation>conectado a %1:%2, sin TLS, autenticado como %3</translation>
    </message>
    <message>
        <source>not handed over: %1</source>
        <translation>no entregado: %1</translation>
    </message>
    <message>
        <source>SMTP settings</source>
        <translation>configuración SMTP</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is &apos;%3&apos;, not one of none, starttls, implicit</source>
        <translation>%1: &quot;%2&quot; es &apos;%3&apos;, no uno de none, starttls, implicit</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is empty: give the mail server&apos;s name</source>
        <translation>%1: &quot;%2&quot; está vacío: indique el nombre del servidor de correo</translation>
    </message>
    <message>
        <source>no answer from %1:%2 within %3 s</source>
        <translation>sin respuesta de %1:%2 en %3 s</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 was rejected: %2</source>
        <translation>se rechazó el certificado TLS de %1: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 cerró la conexión</translation>
    </message>
    <message>
        <source>no CA certificate could be read from %1</source>
        <translation>no se pudo leer ningún certificado de CA de %1</translation>
    </message>
    <message>
        <source>%1 sent a reply longer than an SMTP server may</source>
        <translation>%1 envió una respuesta más larga de lo que permite un servidor SMTP</translation>
    </message>
    <message>
        <source>greeting refused: %1</source>
        <translation>saludo rechazado: %1</translation>
    </message>
    <message>
        <source>EHLO refused: %1</source>
        <translation>EHLO rechazado: %1</translation>
    </message>
    <message>
        <source>%1 refused STARTTLS: %2</source>
        <translation>%1 rechazó STARTTLS: %2</translation>
    </message>
    <message>
        <source>authentication as %1 refused: %2</source>
        <translation>autenticación como %1 rechazada: %2</translation>
    </message>
    <message>
        <source>AUTH LOGIN refused: %1</source>
        <translation>AUTH LOGIN rechazado: %1</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS, which the settings require (%2)</source>
        <translation>%1 no ofrece STARTTLS, que la configuración exige (%2)</translation>
    </message>
    <message>
        <source>%1 offers no AUTH PLAIN or LOGIN for user %2</source>
        <translation>%1 no ofrece AUTH PLAIN ni LOGIN para el usuario %2</translation>
    </message>
    <message>
        <source>%1 or %2 has characters other than ASCII before the @, and %3 does not offer SMTPUTF8, which such an address needs</source>
        <translation>%1 o %2 tiene caracteres no ASCII antes de la @ y %3 no ofrece SMTPUTF8, que esa dirección necesita</translation>
    </message>
    <message>
        <source>cannot connect to %1:%2: %3</source>
        <translation>no se puede conectar a %1:%2: %3</translation>
    </message>
    <message>
        <source>Timed Out: the connection to %1 ended after the message was handed over (%2); it is not sent again</source>
        <translation>Tiempo agotado: la conexión con %1 terminó después de entregar el mensaje (%2); no se vuelve a enviar</translation>
    </message>
    <message>
        <source>Two launches of %1 would both send %2 at %3: only one %2 channel of a tenant runs at a time, so the launch of %4 would be refused. Move one of them, or lower the audience or raise the rate so the first finishes sooner.</source>
        <translation>Dos lanzamientos de %1 enviarían por %2 al mismo tiempo (%3): en una organización solo se ejecuta un canal de %2 a la vez, así que se rechazaría el lanzamiento de %4. Mueva uno de ellos, o reduzca la audiencia o aumente la velocidad para que el primero termine antes.</translation>
    </message>
    <message>
        <source>%1 and %2 would both send %3 at %4: only one %3 channel of a tenant runs at a time, so the launch of %5 would be refused. Move one of them, or lower the audience or raise the rate so the first finishes sooner.</source>
        <translation>%1 y %2 enviarían por %3 al mismo tiempo (%4): en una organización solo se ejecuta un canal de %3 a la vez, así que se rechazaría el lanzamiento de %5. Mueva uno de ellos, o reduzca la audiencia o aumente la velocidad para que el primero termine antes.</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs %n day(s) to send its %2 %3 messages: the numbers of pool &apos;%4&apos; may send %5 a day together. Add numbers to the pool or raise their daily caps.</source>
        <translation>
            <numerusform>%1 necesita %n día para enviar sus %2 mensajes (%3): los números del grupo &apos;%4&apos; pueden enviar en conjunto %5 al día. Añada números al grupo o aumente sus límites diarios.</numerusform>
            <numerusform>%1 necesita %n días para enviar sus %2 mensajes (%3): los números del grupo &apos;%4&apos; pueden enviar en conjunto %5 al día. Añada números al grupo o aumente sus límites diarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 would together need %2 messages from pool &apos;%3&apos; on %4, more than the %5 its numbers&apos; daily caps allow: the rest waits for the next day. Move one launch, add numbers or raise their caps.</source>
        <translation>%1 necesitarían en conjunto %2 mensajes del grupo &apos;%3&apos; el %4, más de los %5 que permiten los límites diarios de sus números: el resto espera al día siguiente. Mueva un lanzamiento, añada números o aumente sus límites.</translation>
    </message>
    <message>
        <source>a recurring launch needs a recurrence rule such as FREQ=WEEKLY;BYDAY=MO</source>
        <translation>un lanzamiento recurrente necesita una regla de recurrencia como FREQ=WEEKLY;BYDAY=MO</translation>
    </message>
    <message>
        <source>recurrence rule &apos;%1&apos; is not a valid RFC 5545 RRULE (e.g. FREQ=WEEKLY;BYDAY=MO)</source>
        <translation>la regla de recurrencia &apos;%1&apos; no es una RRULE válida según RFC 5545 (p. ej. FREQ=WEEKLY;BYDAY=MO)</translation>
    </message>
    <message>
        <source>recurrence rule &apos;%1&apos; cannot be expanded</source>
        <translation>la regla de recurrencia &apos;%1&apos; no se puede expandir</translation>
    </message>
    <message>
        <source>recurrence rule &apos;%1&apos; has no launch after %2</source>
        <translation>la regla de recurrencia &apos;%1&apos; no tiene ningún lanzamiento después de %2</translation>
    </message>
    <message>
        <source>a scheduled campaign needs a send time</source>
        <translation>una campaña programada necesita una hora de envío</translation>
    </message>
    <message>
        <source>missed launch %1 was already resolved (%2)</source>
        <translation>el lanzamiento perdido %1 ya se resolvió (%2)</translation>
    </message>
    <message>
        <source>a recurring campaign continues with its next occurrence: skip the missed one</source>
        <translation>una campaña recurrente continúa con su siguiente repetición: omita el lanzamiento perdido</translation>
    </message>
    <message>
        <source>reschedule to a time in the future</source>
        <translation>reprograme para una hora futura</translation>
    </message>
    <message>
        <source>contact %1 not found in this tenant</source>
        <translation>no se encuentra el contacto %1 en esta organización</translation>
    </message>
    <message>
        <source>a contact list called &quot;%1&quot; already exists: choose another name</source>
        <translation>ya existe una lista de contactos llamada &quot;%1&quot;: elija otro nombre</translation>
    </message>
    <message>
        <source>contact list %1 no longer exists</source>
        <translation>la lista de contactos %1 ya no existe</translation>
    </message>
    <message>
        <source>campaigns send to this list: %1. Give them another audience first</source>
        <translation>hay campañas que envían a esta lista: %1. Asígneles primero otra audiencia</translation>
    </message>
    <message>
        <source>email %1 belongs to contact %2 already: edit that contact instead</source>
        <translation>el correo %1 ya pertenece al contacto %2: edite ese contacto en su lugar</translation>
    </message>
    <message>
        <source>phone %1 belongs to contact %2 already: edit that contact instead</source>
        <translation>el teléfono %1 ya pertenece al contacto %2: edite ese contacto en su lugar</translation>
    </message>
    <message>
        <source>segment %1: %2</source>
        <translation>segmento %1: %2</translation>
    </message>
    <message>
        <source>segment %1 no longer exists (deleted by someone else?)</source>
        <translation>el segmento %1 ya no existe (¿lo eliminó otra persona?)</translation>
    </message>
    <message>
        <source>segment %1 not found in this tenant</source>
        <translation>no se encuentra el segmento %1 en esta organización</translation>
    </message>
    <message>
        <source>contact %1 no longer exists</source>
        <translation>el contacto %1 ya no existe</translation>
    </message>
    <message>
        <source>campaign %1 not found in this tenant</source>
        <translation>no se encuentra la campaña %1 en esta organización</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; not found in this tenant</source>
        <translation>no se encuentra %1 &apos;%2&apos; en esta organización</translation>
    </message>
    <message>
        <source>%1s cannot be deleted this way</source>
        <translation>los elementos %1 no se pueden eliminar de esta forma</translation>
    </message>
    <message>
        <source>writer %1 not found in this tenant</source>
        <translation>no se encuentra el redactor %1 en esta organización</translation>
    </message>
    <message>
        <source>goal %1 no longer exists</source>
        <translation>el objetivo %1 ya no existe</translation>
    </message>
    <message>
        <source>writer %1 no longer exists</source>
        <translation>el redactor %1 ya no existe</translation>
    </message>
    <message>
        <source>goal %1 not found in this tenant</source>
        <translation>no se encuentra el objetivo %1 en esta organización</translation>
    </message>
    <message>
        <source>a template needs a name</source>
        <translation>una plantilla necesita un nombre</translation>
    </message>
    <message>
        <source>a template called &quot;%1&quot; already exists: choose another name</source>
        <translation>ya existe una plantilla llamada &quot;%1&quot;: elija otro nombre</translation>
    </message>
    <message>
        <source>template %1 no longer exists</source>
        <translation>la plantilla %1 ya no existe</translation>
    </message>
    <message>
        <source>the file of attachment %1 is missing from the database</source>
        <translation>el archivo del adjunto %1 falta en la base de datos</translation>
    </message>
    <message>
        <source>campaign %1 has no channels to save as templates</source>
        <translation>la campaña %1 no tiene canales que guardar como plantillas</translation>
    </message>
    <message>
        <source>template %1 not found in this tenant</source>
        <translation>no se encuentra la plantilla %1 en esta organización</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <source>cannot read the team database address: %1 (write it as %2 or as key=value pairs)</source>
        <translation>no se puede leer la dirección de la base de datos del equipo: %1 (escríbala como %2 o como pares clave=valor)</translation>
    </message>
    <message>
        <source>cannot read the team database address: port &apos;%1&apos; is not a port number</source>
        <translation>no se puede leer la dirección de la base de datos del equipo: el puerto &apos;%1&apos; no es un número de puerto</translation>
    </message>
    <message>
        <source>the team database option %1 holds a &apos;;&apos;, which Qt&apos;s PostgreSQL driver cannot pass on</source>
        <translation>la opción %1 de la base de datos del equipo contiene un &apos;;&apos;, que el controlador PostgreSQL de Qt no puede transmitir</translation>
    </message>
    <message>
        <source>workspace %1 does not exist: create it with &apos;%2&apos; (or &apos;%3&apos;) or pass %4 with an existing file</source>
        <translation>el espacio de trabajo %1 no existe: créelo con &apos;%2&apos; (o &apos;%3&apos;) o pase %4 con un archivo existente</translation>
    </message>
    <message>
        <source>workspace %1 is a directory, not a Herald workspace file</source>
        <translation>el espacio de trabajo %1 es un directorio, no un archivo de espacio de trabajo de Herald</translation>
    </message>
    <message>
        <source>cannot read workspace %1: %2</source>
        <translation>no se puede leer el espacio de trabajo %1: %2</translation>
    </message>
    <message>
        <source>file %1 is not a Herald workspace (not an SQLite database); it was left untouched</source>
        <translation>el archivo %1 no es un espacio de trabajo de Herald (no es una base de datos SQLite); no se ha modificado</translation>
    </message>
    <message>
        <source>workspace %1 is read-only: Herald needs write access to it (only &apos;%2&apos; and &apos;%3&apos; work on a read-only copy)</source>
        <translation>el espacio de trabajo %1 es de solo lectura: Herald necesita acceso de escritura (solo &apos;%2&apos; y &apos;%3&apos; funcionan con una copia de solo lectura)</translation>
    </message>
    <message>
        <source>workspace %1 already exists: choose another file or remove this one first</source>
        <translation>el espacio de trabajo %1 ya existe: elija otro archivo o elimine antes este</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for workspace %2</source>
        <translation>no se puede crear la carpeta %1 para el espacio de trabajo %2</translation>
    </message>
    <message>
        <source>cannot open workspace %1: %2</source>
        <translation>no se puede abrir el espacio de trabajo %1: %2</translation>
    </message>
    <message>
        <source>workspace %1 cannot be read: %2</source>
        <translation>el espacio de trabajo %1 no se puede leer: %2</translation>
    </message>
    <message>
        <source>file %1 is an SQLite database but not a Herald workspace; it was left untouched</source>
        <translation>el archivo %1 es una base de datos SQLite pero no un espacio de trabajo de Herald; no se ha modificado</translation>
    </message>
    <message>
        <source>workspace %1 was written by a newer Herald (schema %2, this Herald knows up to %3): upgrade Herald to open it; the file was left untouched</source>
        <translation>el espacio de trabajo %1 lo escribió un Herald más reciente (esquema %2; este Herald conoce hasta el %3): actualice Herald para abrirlo; el archivo no se ha modificado</translation>
    </message>
    <message>
        <source>workspace %1 is damaged (%2): nothing was written to it. Run &apos;%3&apos; for the details and restore the newest backup</source>
        <translation>el espacio de trabajo %1 está dañado (%2): no se escribió nada en él. Ejecute &apos;%3&apos; para ver los detalles y restaure la copia de seguridad más reciente</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed: install the Debian package %1</source>
        <translation>el controlador PostgreSQL de Qt (QPSQL) no está instalado: instale el paquete de Debian %1</translation>
    </message>
    <message>
        <source>cannot connect to the team database %1: %2</source>
        <translation>no se puede conectar a la base de datos del equipo %1: %2</translation>
    </message>
    <message>
        <source>the team database %1 is not empty: a new workspace needs an empty database (createdb)</source>
        <translation>la base de datos del equipo %1 no está vacía: un espacio de trabajo nuevo necesita una base de datos vacía (createdb)</translation>
    </message>
    <message>
        <source>the team database %1 holds no Herald workspace: create one with &apos;%2&apos;</source>
        <translation>la base de datos del equipo %1 no contiene ningún espacio de trabajo de Herald: cree uno con &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the team database %1 was written by a newer Herald (schema %2, this Herald knows up to %3): upgrade Herald to open it</source>
        <translation>la base de datos del equipo %1 la escribió un Herald más reciente (esquema %2; este Herald conoce hasta el %3): actualice Herald para abrirla</translation>
    </message>
    <message>
        <source>the team database %1 holds schema %2 and this Herald needs schema %3: only its owner, login &apos;%4&apos;, may upgrade it (by opening it once with this Herald)</source>
        <translation>la base de datos del equipo %1 tiene el esquema %2 y este Herald necesita el esquema %3: solo su propietario, el usuario de base de datos &apos;%4&apos;, puede actualizarla (abriéndola una vez con este Herald)</translation>
    </message>
    <message>
        <source>message %1 no longer exists</source>
        <translation>el mensaje %1 ya no existe</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>el mensaje %1</translation>
    </message>
    <message>
        <source>migrating the workspace to schema %1: table %2 row %3 points at a missing %4 row; nothing was changed</source>
        <translation>al migrar el espacio de trabajo al esquema %1: la fila %3 de la tabla %2 apunta a una fila de %4 que no existe; no se cambió nada</translation>
    </message>
    <message>
        <source>missed launch %1 not found in this tenant</source>
        <translation>no se encuentra el lanzamiento perdido %1 en esta organización</translation>
    </message>
    <message>
        <source>missed launch %1 is already resolved or not in this tenant</source>
        <translation>el lanzamiento perdido %1 ya está resuelto o no pertenece a esta organización</translation>
    </message>
    <message>
        <source>the system took only part of the data</source>
        <translation>el sistema solo aceptó una parte de los datos</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>no se puede escribir en la salida estándar: %1</translation>
    </message>
    <message>
        <source>no file name given to write to</source>
        <translation>no se indicó ningún nombre de archivo en el que escribir</translation>
    </message>
    <message>
        <source>cannot write to standard output: the write did not complete</source>
        <translation>no se puede escribir en la salida estándar: la escritura no se completó</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder; give a file name</source>
        <translation>no se puede escribir %1: es una carpeta; indique un nombre de archivo</translation>
    </message>
    <message>
        <source>campaign %1 was started by someone else at the same moment: nothing was queued twice</source>
        <translation>otra persona inició la campaña %1 en el mismo momento: no se puso nada en cola dos veces</translation>
    </message>
    <message>
        <source>run %1 not found in this tenant</source>
        <translation>no se encuentra la ejecución %1 en esta organización</translation>
    </message>
    <message>
        <source>run %1 has no %2 channel</source>
        <translation>la ejecución %1 no tiene canal %2</translation>
    </message>
    <message>
        <source>number pool %1: rotation &apos;%2&apos; is not one of %3</source>
        <translation>grupo de números %1: la rotación &apos;%2&apos; no es una de %3</translation>
    </message>
    <message>
        <source>number pool %1: calls at once is a number from 0 (no limit of the pool&apos;s) to 10000, not %2</source>
        <translation>grupo de números %1: las llamadas simultáneas son un número de 0 (sin límite propio del grupo) a 10000, no %2</translation>
    </message>
    <message>
        <source>number pool %1: the quarantine threshold is a percentage (0 = never) over a sample of at least 1</source>
        <translation>grupo de números %1: el umbral de cuarentena es un porcentaje (0 = nunca) sobre una muestra de al menos 1</translation>
    </message>
    <message>
        <source>number pool %1 not found</source>
        <translation>no se encuentra el grupo de números %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an E.164 number: a +, the country code and the number, digits only (e.g. +447700900123)</source>
        <translation>&apos;%1&apos; no es un número E.164: un +, el código de país y el número, solo dígitos (p. ej. +447700900123)</translation>
    </message>
    <message>
        <source>the daily cap of %1 cannot be negative (0 means no cap)</source>
        <translation>el límite diario de %1 no puede ser negativo (0 significa sin límite)</translation>
    </message>
    <message>
        <source>number %1 not found in this tenant</source>
        <translation>no se encuentra el número %1 en esta organización</translation>
    </message>
    <message>
        <source>name the sender</source>
        <translation>indique el nombre del remitente</translation>
    </message>
    <message>
        <source>no %1 sender %2 in this tenant (%3 shows them)</source>
        <translation>no hay ningún remitente de %1 %2 en esta organización (%3 los muestra)</translation>
    </message>
    <message>
        <source>no sender %1 in this tenant (%2 shows them)</source>
        <translation>no hay ningún remitente %1 en esta organización (%2 los muestra)</translation>
    </message>
    <message>
        <source>senders of several channels are named %1 (%2): say which with %3</source>
        <translation>hay remitentes de varios canales llamados %1 (%2): indique cuál con %3</translation>
    </message>
    <message>
        <source>sender %1 not found in this tenant</source>
        <translation>no se encuentra el remitente %1 en esta organización</translation>
    </message>
    <message>
        <source>the workspace file is damaged (%1 while %2): stop every Herald on it, run &apos;%3&apos;, and restore the newest backup (&apos;%4&apos; makes them)</source>
        <translation>el archivo del espacio de trabajo está dañado (%1; operación: %2): detenga todos los Herald que lo usen, ejecute &apos;%3&apos; y restaure la copia de seguridad más reciente (&apos;%4&apos; las crea)</translation>
    </message>
    <message>
        <source>the disk holding the workspace is full (%1 while %2): free some space there; nothing that was done is lost</source>
        <translation>el disco que contiene el espacio de trabajo está lleno (%1; operación: %2): libere espacio en él; no se pierde nada de lo ya hecho</translation>
    </message>
    <message>
        <source>refused while %1: it already exists (%2)</source>
        <translation>rechazado en la operación %1: ya existe (%2)</translation>
    </message>
    <message>
        <source>the team database refused %1: %2</source>
        <translation>la base de datos del equipo rechazó %1: %2</translation>
    </message>
    <message>
        <source>database error while %1: %2</source>
        <translation>error de base de datos en la operación %1: %2</translation>
    </message>
    <message>
        <source>database error while %1: no id returned</source>
        <translation>error de base de datos en la operación %1: no se devolvió ningún id</translation>
    </message>
    <message>
        <source>the workspace has no tenant: create one with &apos;%1&apos;</source>
        <translation>el espacio de trabajo no tiene ninguna organización: cree una con &apos;%1&apos;</translation>
    </message>
    <message>
        <source>tenant &apos;%1&apos; not found (tenants: %2)</source>
        <translation>no se encuentra la organización &apos;%1&apos; (organizaciones: %2)</translation>
    </message>
    <message>
        <source>tenant &apos;%1&apos; is archived: nobody works in it any more</source>
        <translation>la organización &apos;%1&apos; está archivada: ya nadie trabaja en ella</translation>
    </message>
    <message>
        <source>tenant %1 has no callback token</source>
        <translation>la organización %1 no tiene token de devolución de llamada</translation>
    </message>
    <message>
        <source>user %1 not found in this tenant</source>
        <translation>no se encuentra el usuario %1 en esta organización</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; is not an admin of this tenant: only admins %2</source>
        <translation>el usuario &apos;%1&apos; no es administrador de esta organización: solo los administradores pueden %2</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; is not an admin of tenant &apos;%2&apos;, and this reaches every tenant: only admins %3</source>
        <translation>el usuario &apos;%1&apos; no es administrador de la organización &apos;%2&apos;, y esto afecta a todas las organizaciones: solo los administradores pueden %3</translation>
    </message>
    <message>
        <source>the tenant has no user</source>
        <translation>la organización no tiene ningún usuario</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; not found in this tenant</source>
        <translation>no se encuentra el usuario &apos;%1&apos; en esta organización</translation>
    </message>
    <message>
        <source>the user signing in as %1 not found in this tenant</source>
        <translation>no se encuentra en esta organización el usuario que inicia sesión como %1</translation>
    </message>
    <message>
        <source>transaction already finished</source>
        <translation>la transacción ya ha terminado</translation>
    </message>
    <message>
        <source>upload %1 not found in this tenant</source>
        <translation>no se encuentra la importación %1 en esta organización</translation>
    </message>
    <message>
        <source>the workspace&apos;s tables point at each other in a circle; cannot order the copy</source>
        <translation>las tablas del espacio de trabajo se referencian entre sí en círculo; no se puede ordenar la copia</translation>
    </message>
    <message>
        <source>the team database %1 already holds a workspace (table %2 has %3 rows): copy into a new, empty database (createdb)</source>
        <translation>la base de datos del equipo %1 ya contiene un espacio de trabajo (la tabla %2 tiene %3 filas): copie en una base de datos nueva y vacía (createdb)</translation>
    </message>
    <message>
        <source>workspace %1 is at schema %2 and %3 at %4: open both with the same Herald</source>
        <translation>el espacio de trabajo %1 está en el esquema %2 y %3 en el %4: abra ambos con el mismo Herald</translation>
    </message>
    <message>
        <source>table %1 has %2 rows in %3 but %4 in the copy; nothing was kept</source>
        <translation>la tabla %1 tiene %2 filas en %3 pero %4 en la copia; no se conservó nada</translation>
    </message>
    <message>
        <source>cannot follow the team workspace&apos;s changes: %1</source>
        <translation>no se pueden seguir los cambios del espacio de trabajo de equipo: %1</translation>
    </message>
    <message>
        <source>%1 works on workspace files; team workspace %2 is PostgreSQL&apos;s to back up (pg_dump): see %3</source>
        <translation>%1 trabaja con archivos de espacio de trabajo; la copia de seguridad del espacio de trabajo de equipo %2 corresponde a PostgreSQL (pg_dump): consulte %3</translation>
    </message>
    <message>
        <source>%1 works on workspace files; team workspace %2 is PostgreSQL&apos;s to check (amcheck): see %3</source>
        <translation>%1 trabaja con archivos de espacio de trabajo; la comprobación del espacio de trabajo de equipo %2 corresponde a PostgreSQL (amcheck): consulte %3</translation>
    </message>
    <message>
        <source>backup %1 exists already: choose a new file name (a backup never overwrites)</source>
        <translation>la copia de seguridad %1 ya existe: elija un nombre de archivo nuevo (una copia de seguridad nunca sobrescribe)</translation>
    </message>
    <message>
        <source>cannot write backup %1: the folder %2 does not exist</source>
        <translation>no se puede escribir la copia de seguridad %1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <source>backups are made of SQLite workspaces</source>
        <translation>las copias de seguridad se hacen de espacios de trabajo SQLite</translation>
    </message>
    <message>
        <source>cannot write backup %1: %2</source>
        <translation>no se puede escribir la copia de seguridad %1: %2</translation>
    </message>
    <message>
        <source>cannot write backup %1: opening it: %2</source>
        <translation>no se puede escribir la copia de seguridad %1: al abrirla: %2</translation>
    </message>
    <message>
        <source>cannot write backup %1: starting the copy: %2</source>
        <translation>no se puede escribir la copia de seguridad %1: al iniciar la copia: %2</translation>
    </message>
    <message>
        <source>cannot write backup %1: copying: %2</source>
        <translation>no se puede escribir la copia de seguridad %1: al copiar: %2</translation>
    </message>
    <message>
        <source>cannot write backup %1: finishing it: %2</source>
        <translation>no se puede escribir la copia de seguridad %1: al finalizarla: %2</translation>
    </message>
    <message>
        <source>cannot write backup %1: closing it: %2</source>
        <translation>no se puede escribir la copia de seguridad %1: al cerrarla: %2</translation>
    </message>
    <message>
        <source>cannot write backup %1: renaming %2 failed</source>
        <translation>no se puede escribir la copia de seguridad %1: falló el cambio de nombre de %2</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>writer</source>
        <translation>redactor</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>revisor</translation>
    </message>
    <message>
        <source>template</source>
        <translation>plantilla</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segmento</translation>
    </message>
    <message>
        <source>contact list</source>
        <translation>lista de contactos</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>remitente</translation>
    </message>
    <message>
        <source>number pool</source>
        <translation>grupo de números</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>campaign %1</source>
        <translation>la campaña %1</translation>
    </message>
    <message>
        <source>the push subscription&apos;s endpoint %1 is not an https address of a push service</source>
        <translation>el endpoint %1 de la suscripción push no es una dirección https de un servicio push</translation>
    </message>
    <message>
        <source>the push subscription&apos;s p256dh key %1 is not a P-256 public key in base64url</source>
        <translation>la clave p256dh %1 de la suscripción push no es una clave pública P-256 en base64url</translation>
    </message>
    <message>
        <source>the push subscription&apos;s auth secret %1 is not 16 bytes in base64url</source>
        <translation>el secreto auth %1 de la suscripción push no son 16 bytes en base64url</translation>
    </message>
    <message>
        <source>a push subscription is JSON such as {&quot;endpoint&quot;: &quot;https://…&quot;, &quot;keys&quot;: {&quot;p256dh&quot;: &quot;…&quot;, &quot;auth&quot;: &quot;…&quot;}}</source>
        <translation>una suscripción push es JSON como {&quot;endpoint&quot;: &quot;https://…&quot;, &quot;keys&quot;: {&quot;p256dh&quot;: &quot;…&quot;, &quot;auth&quot;: &quot;…&quot;}}</translation>
    </message>
    <message>
        <source>Telegram chat %1 is not a chat id such as 123456789</source>
        <translation>el chat de Telegram %1 no es un id de chat como 123456789</translation>
    </message>
    <message>
        <source>Viber user %1 is not a Viber user id: 1 to 64 characters without spaces</source>
        <translation>el usuario de Viber %1 no es un id de usuario de Viber: de 1 a 64 caracteres sin espacios</translation>
    </message>
    <message>
        <source>a contact needs an email address, a phone number, a Telegram chat or a Viber user</source>
        <translation>un contacto necesita una dirección de correo electrónico, un número de teléfono, un chat de Telegram o un usuario de Viber</translation>
    </message>
    <message>
        <source>%1: a push subscription needs three columns, %2, %3 and %4 (columns: %5)</source>
        <translation>%1: una suscripción push necesita tres columnas, %2, %3 y %4 (columnas: %5)</translation>
    </message>
    <message>
        <source>Telegram chat %1 belongs to contact %2 already: edit that contact instead</source>
        <translation>el chat de Telegram %1 ya pertenece al contacto %2: edite ese contacto en su lugar</translation>
    </message>
    <message>
        <source>Viber user %1 belongs to contact %2 already: edit that contact instead</source>
        <translation>el usuario de Viber %1 ya pertenece al contacto %2: edite ese contacto en su lugar</translation>
    </message>
    <message>
        <source>contact %1 has no push subscription with the endpoint %2</source>
        <translation>el contacto %1 no tiene ninguna suscripción push con el endpoint %2</translation>
    </message>
    <message>
        <source>a Telegram chat with the bot</source>
        <translation>un chat de Telegram con el bot</translation>
    </message>
    <message>
        <source>a Viber user id</source>
        <translation>un id de usuario de Viber</translation>
    </message>
    <message>
        <source>a push subscription</source>
        <translation>una suscripción push</translation>
    </message>
    <message>
        <source>the push subscription of contact %1 was not saved</source>
        <translation>la suscripción push del contacto %1 no se guardó</translation>
    </message>
    <message>
        <source>Telegram settings</source>
        <translation>ajustes de Telegram</translation>
    </message>
    <message>
        <source>%1: no bot token: type the token @BotFather gave, or name a %2 or %3</source>
        <translation>%1: no hay token de bot: escriba el token que dio @BotFather o indique %2 o %3</translation>
    </message>
    <message>
        <source>a Web Push subscription could not be stored: %1</source>
        <translation>no se pudo guardar una suscripción Web Push: %1</translation>
    </message>
    <message>
        <source>%1: Viber sends only for a bot with a webhook, and the organisation has no listener address and public URL for one</source>
        <translation>%1: Viber solo envía para un bot con webhook, y la organización no tiene dirección de receptor ni URL pública para uno</translation>
    </message>
    <message>
        <source>the organisation has no Web Push (VAPID) key yet: an administrator makes it by saving the Web Push provider</source>
        <translation>la organización aún no tiene clave Web Push (VAPID): un administrador la crea al guardar el proveedor Web Push</translation>
    </message>
    <message>
        <source>the organisation&apos;s Web Push (VAPID) key is damaged: %1</source>
        <translation>la clave Web Push (VAPID) de la organización está dañada: %1</translation>
    </message>
    <message>
        <source>Viber did not take %1 as the bot&apos;s webhook (%2): delivery reports, unsubscribes and linked users will not reach Herald; check the organisation&apos;s listener and public URL</source>
        <translation>Viber no aceptó %1 como webhook del bot (%2): los informes de entrega, las bajas y los usuarios vinculados no llegarán a Herald; revise el receptor y la URL pública de la organización</translation>
    </message>
    <message>
        <source>Viber settings</source>
        <translation>ajustes de Viber</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is not an http(s) URL of a picture</source>
        <translation>%1: %2 &apos;%3&apos; no es la URL http(s) de una imagen</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is not a bot URI such as northwind (letters, digits, . _ -)</source>
        <translation>%1: %2 &apos;%3&apos; no es una URI de bot como northwind (letras, dígitos, . _ -)</translation>
    </message>
    <message>
        <source>%1: no auth token: type the token Viber&apos;s Partners site shows for the bot, or name a %2 or %3</source>
        <translation>%1: no hay token de autenticación: escriba el token que el sitio de socios de Viber muestra para el bot, o indique %2 o %3</translation>
    </message>
    <message>
        <source>Web Push encryption failed: %1</source>
        <translation>falló el cifrado Web Push: %1</translation>
    </message>
    <message>
        <source>a P-256 public key is 65 bytes starting with 0x04</source>
        <translation>una clave pública P-256 tiene 65 bytes y empieza por 0x04</translation>
    </message>
    <message>
        <source>not a P-256 key</source>
        <translation>no es una clave P-256</translation>
    </message>
    <message>
        <source>not a point of the P-256 curve</source>
        <translation>no es un punto de la curva P-256</translation>
    </message>
    <message>
        <source>a P-256 private key is 32 bytes</source>
        <translation>una clave privada P-256 tiene 32 bytes</translation>
    </message>
    <message>
        <source>not a P-256 private key</source>
        <translation>no es una clave privada P-256</translation>
    </message>
    <message>
        <source>a push message holds at most %1 bytes; this one has %2</source>
        <translation>un mensaje push admite como máximo %1 bytes; este tiene %2</translation>
    </message>
    <message>
        <source>a push subscription&apos;s auth secret is 16 bytes</source>
        <translation>el secreto de autenticación de una suscripción push tiene 16 bytes</translation>
    </message>
    <message>
        <source>Web Push settings</source>
        <translation>ajustes de Web Push</translation>
    </message>
    <message>
        <source>%1: %2 is the address push services may contact about Herald&apos;s messages: mailto:ops@example.org or an https: URL</source>
        <translation>%1: %2 es la dirección que los servicios push pueden contactar sobre los mensajes de Herald: mailto:ops@example.org o una URL https:</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is not an http(s) URL</source>
        <translation>%1: %2 &apos;%3&apos; no es una URL http(s)</translation>
    </message>
    <message>
        <source>%1: %2 is very-low, low, normal or high, not &apos;%3&apos;</source>
        <translation>%1: %2 es very-low, low, normal o high, no &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: %2 holds origins such as https://shop.example, not &apos;%3&apos;</source>
        <translation>%1: %2 contiene orígenes como https://shop.example, no &apos;%3&apos;</translation>
    </message>
    <message>
        <source>template &apos;%1&apos; has %2 photos: a Telegram message carries one</source>
        <translation>la plantilla &apos;%1&apos; tiene %2 fotos: un mensaje de Telegram lleva una</translation>
    </message>
    <message>
        <source>template &apos;%1&apos; is for %2: only email templates carry files, call scripts a recording and Telegram messages a photo</source>
        <translation>la plantilla &apos;%1&apos; es para %2: solo las plantillas de correo llevan archivos, los guiones de llamada una grabación y los mensajes de Telegram una foto</translation>
    </message>
    <message>
        <source>template &apos;%1&apos; has a photo, so its text is the photo&apos;s caption, which holds %2 characters; this text has %3. Shorten it or remove the photo.</source>
        <translation>la plantilla &apos;%1&apos; tiene una foto, así que su texto es el pie de la foto, que admite %2 caracteres; este texto tiene %3. Acórtelo o quite la foto.</translation>
    </message>
    <message>
        <source>Correct the %1 settings in Settings → Providers and press Test connection (heraldctl providers test --channel %2).</source>
        <translation>Corrija los ajustes de %1 en Ajustes → Proveedores y pulse Probar conexión (heraldctl providers test --channel %2).</translation>
    </message>
    <message>
        <source>%1: the Telegram bot is missing or blocked; its last test (%2) found: %3</source>
        <translation>%1: el bot de Telegram no existe o está bloqueado; su última prueba (%2) encontró: %3</translation>
    </message>
    <message>
        <source>%1: its provider %2 failed its last test (%3): %4</source>
        <translation>%1: su proveedor %2 falló su última prueba (%3): %4</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is not an http(s) URL such as %4</source>
        <translation>%1: %2 &apos;%3&apos; no es una URL http(s) como %4</translation>
    </message>
    <message>
        <source>%1 is %2, over the %3 Telegram takes for a photo: save it smaller</source>
        <translation>%1 ocupa %2, más de los %3 que Telegram admite para una foto: guárdela más pequeña</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG or WebP picture: Telegram sends only those as photos</source>
        <translation>%1 no es una imagen JPEG, PNG o WebP: Telegram solo envía esas como fotos</translation>
    </message>
    <message>
        <source>%1 is empty: choose the picture you meant</source>
        <translation>%1 está vacío: elija la imagen que quería</translation>
    </message>
    <message>
        <source>the photo %1 of template &apos;%2&apos;</source>
        <translation>la foto %1 de la plantilla &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>herald::UploadFollowUpTable</name>
    <message>
        <source>Upload</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicadas</translation>
    </message>
    <message>
        <source>Skipped (opted out)</source>
        <translation>Omitidas (bajas)</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactados</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Alcanzados</translation>
    </message>
    <message>
        <source>Contacted: accepted contacts the campaign&apos;s live runs sent a message to. Reached: of those, delivered or answered on any channel. The rejected rows: heraldctl uploads rejections ID.</source>
        <translation>Contactados: contactos aceptados a los que las ejecuciones reales de la campaña enviaron un mensaje. Alcanzados: de ellos, los entregados o contestados en cualquier canal. Filas rechazadas: heraldctl uploads rejections ID.</translation>
    </message>
    <message>
        <source>CSV upload follow-up</source>
        <translation>Seguimiento de la importación CSV</translation>
    </message>
</context>
<context>
    <name>herald::ViberProvider</name>
    <message>
        <source>the Viber bot %1 (%2) answers; its webhook: %3</source>
        <translation>el bot de Viber %1 (%2) responde; su webhook: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Viber does not know this auth token (%1): copy it again from the bot&apos;s page on Viber&apos;s Partners site</source>
        <translation>Viber no conoce este token de autenticación (%1): cópielo de nuevo de la página del bot en el sitio de socios de Viber</translation>
    </message>
    <message>
        <source>Viber&apos;s API at %1 did not answer as expected: %2</source>
        <translation>la API de Viber en %1 no respondió como se esperaba: %2</translation>
    </message>
</context>
<context>
    <name>herald::WebPushProvider</name>
    <message>
        <source>the organisation&apos;s VAPID public key is %1: browsers subscribe with it as applicationServerKey; messages are signed for %2</source>
        <translation>la clave pública VAPID de la organización es %1: los navegadores se suscriben con ella como applicationServerKey; los mensajes se firman para %2</translation>
    </message>
</context>
<context>
    <name>herald::WriterEndpointBox</name>
    <message>
        <source>Writer endpoint (language model)</source>
        <translation>Punto de conexión del redactor (modelo de lenguaje)</translation>
    </message>
    <message>
        <source>Writers draft with the built-in writer, or with an OpenAI-compatible chat-completions service given here. Drafts are content like any other: nothing is sent before the reviewer approves it.</source>
        <translation>Los redactores generan borradores con el redactor integrado o con un servicio de chat completions compatible con OpenAI indicado aquí. Los borradores son contenido como cualquier otro: no se envía nada antes de que el revisor lo apruebe.</translation>
    </message>
    <message>
        <source>https://api.example.com/v1 (empty: the built-in writer)</source>
        <translation>https://api.example.com/v1 (vacío: el redactor integrado)</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini</source>
        <translation>p. ej. gpt-4o-mini</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>C&amp;lave de API:</translation>
    </message>
    <message>
        <source>Remove the stored key</source>
        <translation>Quitar la clave guardada</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Tiempo de espera:</translation>
    </message>
    <message>
        <source>Test en&amp;dpoint</source>
        <translation>Probar punto de cone&amp;xión</translation>
    </message>
    <message>
        <source>Save endpoint</source>
        <translation>Guardar punto de conexión</translation>
    </message>
    <message>
        <source>Kept in the system keyring; none for a local server</source>
        <translation>Se guarda en el llavero del sistema; ninguna para un servidor local</translation>
    </message>
    <message>
        <source>A key is kept in the keyring: type to replace it</source>
        <translation>Hay una clave guardada en el llavero: escriba para reemplazarla</translation>
    </message>
    <message>
        <source>Only an admin changes the writer endpoint</source>
        <translation>Solo un administrador cambia el punto de conexión del redactor</translation>
    </message>
    <message>
        <source>No URL: writers use the built-in writer, which needs no network.</source>
        <translation>Sin URL: los redactores usan el redactor integrado, que no necesita red.</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>Pidiendo sus modelos a %1…</translation>
    </message>
    <message>
        <source>Writer endpoint not saved</source>
        <translation>Punto de conexión del redactor no guardado</translation>
    </message>
    <message>
        <source>Writers now draft with %1 (%2).</source>
        <translation>Los redactores generan ahora borradores con %1 (%2).</translation>
    </message>
    <message>
        <source>Writers now draft with the built-in writer.</source>
        <translation>Los redactores generan ahora borradores con el redactor integrado.</translation>
    </message>
</context>
<context>
    <name>herald::chatpreview</name>
    <message>
        <source>A click opens %1</source>
        <translation>Un clic abre %1</translation>
    </message>
</context>
</TS>
