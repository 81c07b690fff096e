<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nb_NO">
    <context>
        <name />
        <message>
            <source>Start</source>
            <extracomment>Keys with a modifier: on the menu action, live anywhere in the main window. Single keys (no modifier but Shift): live only in the live panels (see the module docstring). Blocks further away than this from the current one need a confirmation before a jump. Single key → the action it triggers (for ``add_single_keys`` and ``NoFocusKeys``).</extracomment>
            <translation>Start</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Neste</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Forrige</source>
            <translation>Previous</translation>
        </message>
        <message>
            <source>Gå til…</source>
            <translation>Go to…</translation>
        </message>
        <message>
            <source>+1 min</source>
            <translation>+1 min</translation>
        </message>
        <message>
            <source>−1 min</source>
            <translation>−1 min</translation>
        </message>
        <message>
            <source>+5 min</source>
            <translation>+5 min</translation>
        </message>
        <message>
            <source>−5 min</source>
            <translation>−5 min</translation>
        </message>
        <message>
            <source>Egendefinert tid…</source>
            <translation>Custom time…</translation>
        </message>
        <message>
            <source>Avslutt bolk</source>
            <translation>End block</translation>
        </message>
        <message>
            <source>Angre direkte</source>
            <translation>Undo live</translation>
        </message>
        <message>
            <source>Gjør om direkte</source>
            <translation>Redo live</translation>
        </message>
        <message>
            <source>Følg klokka automatisk</source>
            <translation>Follow the clock automatically</translation>
        </message>
        <message>
            <source>Blackout</source>
            <translation>Blackout</translation>
        </message>
        <message>
            <source>Skriv melding</source>
            <translation>Write message</translation>
        </message>
        <message>
            <source>Fjern melding</source>
            <translation>Clear message</translation>
        </message>
        <message>
            <source>Fjern meldingen ved ny bolk</source>
            <translation>Clear the message when a new block starts</translation>
        </message>
        <message>
            <source>platforms</source>
            <comment>Tilkoblet</comment>
            <translation type="vanished">platforms</translation>
        </message>
        <message>
            <source>platforms</source>
            <comment>Ustabil</comment>
            <translation type="vanished">platforms</translation>
        </message>
        <message>
            <source>platforms</source>
            <comment>Ikke tilkoblet</comment>
            <translation type="vanished">platforms</translation>
        </message>
        <message>
            <source>platforms</source>
            <comment>Kobler til …</comment>
            <translation type="vanished">platforms</translation>
        </message>
        <message>
            <source>platforms</source>
            <comment>Slått av</comment>
            <translation type="vanished">platforms</translation>
        </message>
        <message>
            <source>Innspill</source>
            <translation>Inputs</translation>
        </message>
        <message>
            <source>Skriv innspill</source>
            <translation>Write input</translation>
        </message>
        <message>
            <source>Eksporter arbeidsbok …</source>
            <translation>Export workbook …</translation>
        </message>
        <message>
            <source>platforms</source>
            <comment>Zoom og Teams</comment>
            <translation type="vanished">platforms</translation>
        </message>
        <message>
            <source>platforms</source>
            <comment>Zoom og &amp;Teams</comment>
            <translation type="vanished">platforms</translation>
        </message>
    </context>
    <context>
        <name>AdapterSettingsDialog</name>
        <message>
            <source>Utstyr og passord</source>
            <extracomment>The saved adapter's name (the wiring rebuilds that adapter).</extracomment>
            <translation>Equipment and passwords</translation>
        </message>
        <message>
            <source>I bruk</source>
            <translation>In use</translation>
        </message>
        <message>
            <source>uendret</source>
            <translation>unchanged</translation>
        </message>
        <message>
            <source>Navn (brukes i cues)</source>
            <translation>Name (used in cues)</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Visningsnavn</source>
            <translation>Display name</translation>
        </message>
        <message>
            <source>Passord / hemmelighet</source>
            <translation>Password / secret</translation>
        </message>
        <message>
            <source>Nytt utstyr</source>
            <translation>New equipment</translation>
        </message>
        <message>
            <source>Lagre</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Slett</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>ingen nøkkelring</source>
            <translation>no keyring</translation>
        </message>
        <message>
            <source>Passord lagres bare i nøkkelringen ({backend}), aldri i hendelsesfilen.</source>
            <translation>Passwords are stored only in the keyring ({backend}), never in the event file.</translation>
        </message>
        <message>
            <source>Porten må være et tall mellom 1 og 65535.</source>
            <translation>The port must be a number between 1 and 65535.</translation>
        </message>
        <message>
            <source>Navnet må være små bokstaver, tall, - eller _ (for eksempel «obs» eller «companion-sal»).</source>
            <translation>The name must be lower-case letters, digits, - or _ (for example “obs” or “companion-hall”).</translation>
        </message>
        <message>
            <source>Innstillingene er lagret, men passordet er ikke lagret: </source>
            <translation>The settings are saved, but the password is not: </translation>
        </message>
        <message>
            <source>Lagrer passordet i nøkkelringen …</source>
            <translation>Saving the password in the keyring …</translation>
        </message>
        <message>
            <source>Lagret.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>Passordet ble ikke lagret: {e}</source>
            <translation>The password was not saved: {e}</translation>
        </message>
        <message>
            <source>Lagret; passordet ligger i nøkkelringen.</source>
            <translation>Saved; the password is in the keyring.</translation>
        </message>
    </context>
    <context>
        <name>AdapterStatusPanel</name>
        <message>
            <source>tilkoblet</source>
            <translation>connected</translation>
        </message>
        <message>
            <source>redusert</source>
            <translation>degraded</translation>
        </message>
        <message>
            <source>nede</source>
            <translation>down</translation>
        </message>
        <message>
            <source>kobler til</source>
            <translation>connecting</translation>
        </message>
        <message>
            <source>slått av</source>
            <translation>off</translation>
        </message>
        <message>
            <source>OBS-ens «congestion»: hvor mye av utgangen som står i kø (0 % er best).</source>
            <translation>OBS's “congestion”: how much of the output is queued (0 % is best).</translation>
        </message>
        <message>
            <source>Belastning</source>
            <translation>Congestion</translation>
        </message>
        <message>
            <source>Utstyr</source>
            <translation>Equipment</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Ingen utstyr er satt opp. Bruk Teknikk → Utstyr og passord …</source>
            <translation>No equipment is set up. Use Tech → Equipment and passwords …</translation>
        </message>
        <message>
            <source>Strømmen (OBS)</source>
            <translation>The stream (OBS)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Varighet</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Belastning (congestion)</source>
            <translation type="vanished">Congestion</translation>
        </message>
        <message>
            <source>Tapte bilder</source>
            <translation>Dropped frames</translation>
        </message>
        <message>
            <source>Scene</source>
            <translation>Scene</translation>
        </message>
        <message>
            <source>Tester …</source>
            <translation>Testing …</translation>
        </message>
        <message>
            <source>(nytt forsøk om {s:.0f} s)</source>
            <translation>(retrying in {s:.0f} s)</translation>
        </message>
        <message>
            <source>ukjent (OBS er ikke tilkoblet)</source>
            <translation>unknown (OBS is not connected)</translation>
        </message>
        <message>
            <source>på lufta</source>
            <translation>on air</translation>
        </message>
        <message>
            <source>stoppet</source>
            <translation>stopped</translation>
        </message>
        <message>
            <source>kobler til på nytt</source>
            <translation>reconnecting</translation>
        </message>
        <message>
            <source>{n} av {total}</source>
            <translation>{n} of {total}</translation>
        </message>
    </context>
    <context>
        <name>AgendaDelegate</name>
        <message>
            <source>(ingen)</source>
            <translation>(none)</translation>
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message>
            <source>Angre</source>
            <extracomment>Shows a refusal to the user; tests swap it to collect the messages. Asks what a new length does to the later blocks (None: cancel).</extracomment>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Gjør om</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Ny bolk …</source>
            <translation>New block …</translation>
        </message>
        <message>
            <source>Rediger bolk …</source>
            <translation>Edit block …</translation>
        </message>
        <message>
            <source>Slett bolk</source>
            <translation>Delete block</translation>
        </message>
        <message>
            <source>Flytt bolk opp</source>
            <translation>Move block up</translation>
        </message>
        <message>
            <source>Flytt bolk ned</source>
            <translation>Move block down</translation>
        </message>
        <message>
            <source>Hendelsen (tittel, sted, datoer, tidssone) …</source>
            <translation>Event (title, place, dates, time zone) …</translation>
        </message>
        <message>
            <source>Endre «%s»</source>
            <translation>Edit “%s”</translation>
        </message>
        <message>
            <source>Endre hendelsen</source>
            <translation>Change the event</translation>
        </message>
        <message>
            <source>Tittelen kan ikke være tom.</source>
            <translation>The title cannot be empty.</translation>
        </message>
        <message>
            <source>Strømmes må være Ja, Nei eller Ukjent.</source>
            <translation>Streamed must be Yes, No or Unknown.</translation>
        </message>
        <message>
            <source>Hvor må være På stedet, Digitalt eller Begge.</source>
            <translation>Where must be On site, Online or Both.</translation>
        </message>
        <message>
            <source>Denne kolonnen redigeres i bolkdialogen (Ctrl+E).</source>
            <translation>This column is edited in the block dialog (Ctrl+E).</translation>
        </message>
        <message>
            <source>Ny bolk «%s»</source>
            <translation>New block “%s”</translation>
        </message>
        <message>
            <source>Slett «%s»</source>
            <translation>Delete “%s”</translation>
        </message>
        <message>
            <source>Bolken er allerede først eller sist på sin dag.</source>
            <translation>The block is already first or last in its day.</translation>
        </message>
        <message>
            <source>Flytt «%s»</source>
            <translation>Move “%s”</translation>
        </message>
        <message>
            <source>Kan ikke endre agendaen</source>
            <translation>Cannot change the agenda</translation>
        </message>
    </context>
    <context>
        <name>AgendaTableModel</name>
        <message>
            <source>Kl.</source>
            <extracomment>(day, None) for a day separator, (day, block index) for a block. A block dropped at another place in its day: (uid, new position in its day). A drop the model refused, with the reason (already translated).</extracomment>
            <translation>Time</translation>
        </message>
        <message>
            <source>Lengde</source>
            <translation>Length</translation>
        </message>
        <message>
            <source>Tittel</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Kategori</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Ansvarlig</source>
            <translation>Assigned</translation>
        </message>
        <message>
            <source>Strømmes</source>
            <translation>Streamed</translation>
        </message>
        <message>
            <source>Hvor</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Notater</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>dddd d. MMMM yyyy</source>
            <translation>dddd d MMMM yyyy</translation>
        </message>
        <message>
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Nei</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Ukjent</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>På stedet</source>
            <translation>On site</translation>
        </message>
        <message>
            <source>Digitalt</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Begge</source>
            <translation>Both</translation>
        </message>
        <message>
            <source>En bolk kan bare flyttes innenfor sin egen dag.</source>
            <translation>A block can only be moved within its own day.</translation>
        </message>
    </context>
    <context>
        <name>ApiController</name>
        <message>
            <source>Fjernstyring: starter …</source>
            <translation type="vanished">Remote control: starting …</translation>
        </message>
        <message>
            <source>Fjernstyring: av</source>
            <translation type="vanished">Remote control: off</translation>
        </message>
        <message>
            <source>Fjernstyrings-API-et kunne ikke starte på port {port}: {error}</source>
            <translation type="vanished">The remote control API could not start on port {port}: {error}</translation>
        </message>
        <message>
            <source>Fjernstyring: feil</source>
            <translation type="vanished">Remote control: error</translation>
        </message>
        <message>
            <source>nettverket</source>
            <translation type="vanished">the network</translation>
        </message>
        <message>
            <source>bare denne maskinen</source>
            <translation type="vanished">this machine only</translation>
        </message>
        <message>
            <source>Fjernstyring på {url} ({where})</source>
            <translation type="vanished">Remote control at {url} ({where})</translation>
        </message>
        <message>
            <source>Fjernstyring (nettverk): {url}</source>
            <translation type="vanished">Remote control (network): {url}</translation>
        </message>
        <message>
            <source>Fjernstyring (lokal): {url}</source>
            <translation type="vanished">Remote control (this machine): {url}</translation>
        </message>
        <message>
            <source>Fjernstyrings-API-et starter …</source>
            <translation type="vanished">The remote control API is starting …</translation>
        </message>
        <message>
            <source>Adresse: {url}</source>
            <translation type="vanished">Address: {url}</translation>
        </message>
        <message>
            <source>Lytter på nettverket (alle adresser på port {port}).</source>
            <translation type="vanished">Listening on the network (all addresses on port {port}).</translation>
        </message>
        <message>
            <source>Token: {token}</source>
            <translation type="vanished">Token: {token}</translation>
        </message>
        <message>
            <source>Tokenet ligger i nøkkelringen og er det samme neste gang.</source>
            <translation type="vanished">The token is in the keyring and stays the same next time.</translation>
        </message>
        <message>
            <source>Ingen nøkkelring funnet: tokenet gjelder bare denne kjøringen.</source>
            <translation type="vanished">No keyring found: the token is valid for this run only.</translation>
        </message>
        <message>
            <source>Tokenet kommer fra miljøvariabelen CONTROLROOM_API_TOKEN.</source>
            <translation type="vanished">The token comes from the environment variable CONTROLROOM_API_TOKEN.</translation>
        </message>
        <message>
            <source>Send det som «Authorization: Bearer &lt;token&gt;» i hver forespørsel.</source>
            <translation type="vanished">Send it as “Authorization: Bearer &lt;token&gt;” with every request.</translation>
        </message>
        <message>
            <source>Fjernstyring</source>
            <translation type="vanished">Remote control</translation>
        </message>
    </context>
    <context>
        <name>AttendancePanel</name>
        <message>
            <source>Flytt {n} til «{t}»</source>
            <translation>Move {n} to “{t}”</translation>
        </message>
        <message>
            <source>Fjern {n} fra «{t}»</source>
            <translation>Remove {n} from “{t}”</translation>
        </message>
        <message>
            <source>Deltakere</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Søk etter navn eller kommune</source>
            <translation>Search by name or municipality</translation>
        </message>
        <message>
            <source>Flytt hit</source>
            <translation>Move here</translation>
        </message>
        <message>
            <source>Flytt valgte deltakere til økten som er valgt på veggen (Ctrl+M)</source>
            <translation>Move the selected participants to the session selected on the wall (Ctrl+M)</translation>
        </message>
        <message>
            <source>Fjern fra økten</source>
            <translation>Remove from the session</translation>
        </message>
        <message>
            <source>Ingen i digitale økter ennå</source>
            <translation>Nobody in online sessions yet</translation>
        </message>
        <message>
            <source>Per nettrom (for teknisk ansvarlig)</source>
            <translation>Per online room (for the tech host)</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Teams</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
        <message>
            <source>{name}, {muni}; {email}</source>
            <translation>{name}, {muni}; {email}</translation>
        </message>
        <message>
            <source>Velg en økt på veggen for å se hvem som er der</source>
            <translation>Select a session on the wall to see who is there</translation>
        </message>
        <message>
            <source>I «{t}» ({n})</source>
            <translation>In “{t}” ({n})</translation>
        </message>
        <message>
            <source>ingen registrert</source>
            <translation>nobody registered</translation>
        </message>
        <message>
            <source>{slot}:</source>
            <translation>{slot}:</translation>
        </message>
        <message>
            <source>Legg temaet på veggen før du flytter folk dit</source>
            <translation>Place the topic on the wall before moving people there</translation>
        </message>
        <message>
            <source>Velg først en økt på veggen</source>
            <translation>Select a session on the wall first</translation>
        </message>
    </context>
    <context>
        <name>BlockDialog</name>
        <message>
            <source>Ny bolk</source>
            <translation>New block</translation>
        </message>
        <message>
            <source>Rediger bolk</source>
            <translation>Edit block</translation>
        </message>
        <message>
            <source>TT:MM</source>
            <translation>HH:MM</translation>
        </message>
        <message>
            <source>45m, 1t 30m eller 1:30</source>
            <translation>45m, 1h 30m or 1:30</translation>
        </message>
        <message>
            <source>(ingen)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Én person per linje</source>
            <translation>One person per line</translation>
        </message>
        <message>
            <source>Bare for verten: hvem kommer fysisk, strømming, grupperom …</source>
            <translation>For the host only: who attends on site, streaming, breakout rooms …</translation>
        </message>
        <message>
            <source>Ukjent</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Nei</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Begge</source>
            <translation>Both</translation>
        </message>
        <message>
            <source>På stedet</source>
            <translation>On site</translation>
        </message>
        <message>
            <source>Digitalt</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Starter til fast tid (flyttes ikke når dagen forskyves)</source>
            <translation>Starts at a fixed time (not moved when the day runs late)</translation>
        </message>
        <message>
            <source>Dag</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Kl.</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Lengde</source>
            <translation>Length</translation>
        </message>
        <message>
            <source>Tittel</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Beskrivelse</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Kategori</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Ansvarlig</source>
            <translation>Assigned</translation>
        </message>
        <message>
            <source>Notater til verten</source>
            <translation>Host notes</translation>
        </message>
        <message>
            <source>Strømmes</source>
            <translation>Streamed</translation>
        </message>
        <message>
            <source>Hvor</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Gult varsel</source>
            <translation>Yellow warning</translation>
        </message>
        <message>
            <source>Rødt varsel</source>
            <translation>Red warning</translation>
        </message>
        <message>
            <source>Varslene gjelder nedtellingen: minutter igjen når fargen skifter.</source>
            <translation>The warnings apply to the countdown: minutes left when the colour changes.</translation>
        </message>
        <message>
            <source>Lagre</source>
            <translation type="vanished">Save</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation type="vanished">Cancel</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Default</translation>
        </message>
        <message>
            <source>Tittelen kan ikke være tom.</source>
            <translation>The title cannot be empty.</translation>
        </message>
        <message>
            <source>Rødt varsel må komme senere enn gult: færre minutter igjen.</source>
            <translation>The red warning must come after the yellow one: fewer minutes left.</translation>
        </message>
        <message>
            <source>Kan ikke lagre bolken</source>
            <translation>Cannot save the block</translation>
        </message>
    </context>
    <context>
        <name>BoardZoomStatus</name>
        <message>
            <source>Zoom: forhåndstildelt og bekreftet</source>
            <translation>Zoom: pre-assigned and confirmed</translation>
        </message>
        <message>
            <source>Zoom: delvis ({n} av {m} bekreftet)</source>
            <translation>Zoom: partial ({n} of {m} confirmed)</translation>
        </message>
        <message>
            <source>Zoom: rommet mangler i møtet</source>
            <translation>Zoom: the room is missing in the meeting</translation>
        </message>
    </context>
    <context>
        <name>CueController</name>
        <message>
            <source>Feil: {error}</source>
            <extracomment>Longest single-shot wait before re-evaluating (projected ends move with the clock in overtime). The cues, their statuses or the cue log changed: views re-read. An adapter's status changed: (adapter name, AdapterStatus). A message for the status bar (a fired cue, an error). A test-connection finished: (adapter name, ok, message).</extracomment>
            <translation>Error: {error}</translation>
        </message>
        <message>
            <source>Cue «{cue}»: {message}</source>
            <translation>Cue “{cue}”: {message}</translation>
        </message>
        <message>
            <source>Cue «{cue}» feilet: {message}</source>
            <translation>Cue “{cue}” failed: {message}</translation>
        </message>
        <message>
            <source>Ingen cue venter på GO.</source>
            <translation>No cue is waiting for GO.</translation>
        </message>
    </context>
    <context>
        <name>CueEditDialog</name>
        <message>
            <source>Rediger cue</source>
            <translation>Edit cue</translation>
        </message>
        <message>
            <source>Ny cue</source>
            <translation>New cue</translation>
        </message>
        <message>
            <source>Ved start</source>
            <translation>At start</translation>
        </message>
        <message>
            <source>Ved slutt</source>
            <translation>At end</translation>
        </message>
        <message>
            <source>Før slutt</source>
            <translation>Before end</translation>
        </message>
        <message>
            <source>Manuell (GO)</source>
            <translation>Manual (GO)</translation>
        </message>
        <message>
            <source> s før slutt</source>
            <translation> s before end</translation>
        </message>
        <message>
            <source>Lages av handlingene når feltet er tomt</source>
            <translation>Made from the actions when the field is empty</translation>
        </message>
        <message>
            <source>Utstyr</source>
            <translation>Equipment</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Parametere</source>
            <translation>Parameters</translation>
        </message>
        <message>
            <source>Legg til handling</source>
            <translation>Add action</translation>
        </message>
        <message>
            <source>Fjern handling</source>
            <translation>Remove action</translation>
        </message>
        <message>
            <source>Bolk</source>
            <translation>Block</translation>
        </message>
        <message>
            <source>Utløses</source>
            <translation>Fires</translation>
        </message>
        <message>
            <source>Tid</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>(ingen parametere)</source>
            <translation>(no parameters)</translation>
        </message>
        <message>
            <source>Velg utstyr og handling på hver linje.</source>
            <translation>Choose equipment and action on each line.</translation>
        </message>
        <message>
            <source>«{action}» mangler: {missing}</source>
            <translation>“{action}” lacks: {missing}</translation>
        </message>
        <message>
            <source>En automatisk cue trenger minst én handling.</source>
            <translation>An automatic cue needs at least one action.</translation>
        </message>
    </context>
    <context>
        <name>CueLogModel</name>
        <message>
            <source>Kl.</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Hendelse</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Cue</source>
            <translation>Cue</translation>
        </message>
        <message>
            <source>Resultat</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>utløst (GO)</source>
            <translation>fired (GO)</translation>
        </message>
        <message>
            <source>utløst</source>
            <translation>fired</translation>
        </message>
        <message>
            <source>ferdig</source>
            <translation>done</translation>
        </message>
        <message>
            <source>feilet</source>
            <translation>failed</translation>
        </message>
        <message>
            <source>gått glipp av</source>
            <translation>missed</translation>
        </message>
        <message>
            <source>hoppet over</source>
            <translation>skipped</translation>
        </message>
        <message>
            <source>automatiske cues holdt</source>
            <translation>automatic cues held</translation>
        </message>
        <message>
            <source>automatiske cues aktivert</source>
            <translation>automatic cues enabled</translation>
        </message>
        <message>
            <source>forfalt mens Kontrollrom var lukket; ikke sendt</source>
            <translation>fell due while Kontrollrom was closed; not sent</translation>
        </message>
    </context>
    <context>
        <name>CueTableModel</name>
        <message>
            <source>Bolk</source>
            <translation>Block</translation>
        </message>
        <message>
            <source>Når</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Cue</source>
            <translation>Cue</translation>
        </message>
        <message>
            <source>Kl.</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Om</source>
            <translation>In</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>venter</source>
            <translation>waiting</translation>
        </message>
        <message>
            <source>nå</source>
            <translation>now</translation>
        </message>
        <message>
            <source>holdt – trykk GO</source>
            <translation>held – press GO</translation>
        </message>
        <message>
            <source>sender …</source>
            <translation>sending …</translation>
        </message>
        <message>
            <source>utført</source>
            <translation>done</translation>
        </message>
        <message>
            <source>feilet</source>
            <translation>failed</translation>
        </message>
        <message>
            <source>ukjent utfall (avbrutt)</source>
            <translation>unknown outcome (interrupted)</translation>
        </message>
        <message>
            <source>gått glipp av</source>
            <translation>missed</translation>
        </message>
        <message>
            <source>hoppet over</source>
            <translation>skipped</translation>
        </message>
    </context>
    <context>
        <name>CueUndo</name>
        <message>
            <source>Ny cue</source>
            <translation>New cue</translation>
        </message>
        <message>
            <source>Rediger cue</source>
            <translation>Edit cue</translation>
        </message>
        <message>
            <source>Slett cue</source>
            <translation>Delete cue</translation>
        </message>
        <message>
            <source>Flytt cue</source>
            <translation>Move cue</translation>
        </message>
    </context>
    <context>
        <name>DeviceCodeDialog</name>
        <message>
            <source>Logg inn i Microsoft Teams</source>
            <translation>Sign in to Microsoft Teams</translation>
        </message>
        <message>
            <source>1. Åpne adressen under på en PC eller mobil.
2. Skriv inn koden og logg inn med kontoen som er med i møtet.</source>
            <translation>1. Open the address below on a PC or phone.
2. Enter the code and sign in with the account that is in the meeting.</translation>
        </message>
        <message>
            <source>&amp;Kopier koden</source>
            <translation>&amp;Copy the code</translation>
        </message>
        <message>
            <source>Å&amp;pne adressen</source>
            <translation>O&amp;pen the address</translation>
        </message>
        <message>
            <source>Venter på at du logger inn …</source>
            <translation>Waiting for you to sign in …</translation>
        </message>
        <message>
            <source>Logg inn i nettleseren i stedet</source>
            <translation>Sign in in the browser instead</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Koden {code} er kopiert.</source>
            <translation>The code {code} is copied.</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>Hendelsen</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>For eksempel Stavanger</source>
            <translation>For example Stavanger</translation>
        </message>
        <message>
            <source>Én dag tidligere</source>
            <translation>One day earlier</translation>
        </message>
        <message>
            <source>Flytt hele hendelsen til dagen før, for eksempel til en generalprøve</source>
            <translation>Move the whole event to the day before, for example for a rehearsal</translation>
        </message>
        <message>
            <source>Én dag senere</source>
            <translation>One day later</translation>
        </message>
        <message>
            <source>Tittel</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Første dag</source>
            <translation>First day</translation>
        </message>
        <message>
            <source>Tidssone</source>
            <translation>Time zone</translation>
        </message>
        <message>
            <source>Flytter du første dag, flyttes alle bolkene like mange dager og beholder klokkeslettene sine. Det går ikke mens en bolk går.</source>
            <translation>Moving the first day moves every block by as many days; each keeps its time of day. Not possible while a block runs.</translation>
        </message>
        <message>
            <source>Agendaen har ingen bolker ennå.</source>
            <translation>The agenda has no blocks yet.</translation>
        </message>
        <message>
            <source>(én dag tidligere enn nå)</source>
            <translation>(one day earlier than now)</translation>
        </message>
        <message>
            <source>(én dag senere enn nå)</source>
            <translation>(one day later than now)</translation>
        </message>
        <message>
            <source>({n} dager tidligere enn nå)</source>
            <translation>({n} days earlier than now)</translation>
        </message>
        <message>
            <source>({n} dager senere enn nå)</source>
            <translation>({n} days later than now)</translation>
        </message>
        <message>
            <source>Kan ikke endre hendelsen</source>
            <translation>Cannot change the event</translation>
        </message>
    </context>
    <context>
        <name>EventOpening</name>
        <message>
            <source>Det finnes en kopi av siste gode tilstand. Vil du åpne en kopi av den?</source>
            <extracomment>What the user chose when the file could not be opened: open a copy of the last good state, or not.</extracomment>
            <translation>There is a copy of the last good state. Do you want to open a copy of it?</translation>
        </message>
        <message>
            <source>Åpne kopi av siste gode tilstand</source>
            <translation>Open a copy of the last good state</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>&amp;Ny hendelse …</source>
            <translation>&amp;New event …</translation>
        </message>
        <message>
            <source>&amp;Åpne …</source>
            <translation>&amp;Open …</translation>
        </message>
        <message>
            <source>Nylig brukte</source>
            <translation>Recent files</translation>
        </message>
        <message>
            <source>&amp;Importer agenda …</source>
            <translation>&amp;Import agenda …</translation>
        </message>
        <message>
            <source>&amp;Avslutt</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Ny hendelse</source>
            <translation>New event</translation>
        </message>
        <message>
            <source>%s finnes allerede. Bruk Åpne for å åpne den, eller velg et annet navn.</source>
            <translation>%s already exists. Use Open to open it, or choose another name.</translation>
        </message>
        <message>
            <source>(ingen)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Tøm listen</source>
            <translation>Clear list</translation>
        </message>
        <message>
            <source>Leser %s …</source>
            <translation>Reading %s …</translation>
        </message>
        <message>
            <source>Importer agenda</source>
            <translation>Import agenda</translation>
        </message>
        <message>
            <source>Kunne ikke lese agendaen</source>
            <extracomment>Asks for a path; tests replace these to skip the native file dialogs. Asks for the agenda's date when the file does not say it (None: cancelled).</extracomment>
            <translation>Could not read the agenda</translation>
        </message>
        <message>
            <source>Kunne ikke importere agendaen</source>
            <translation>Could not import the agenda</translation>
        </message>
        <message>
            <source>Eksporter som &amp;JSON …</source>
            <translation>Export as &amp;JSON …</translation>
        </message>
        <message>
            <source>Eksporter som &amp;CSV …</source>
            <translation>Export as &amp;CSV …</translation>
        </message>
        <message>
            <source>Eksporter agenda</source>
            <translation>Export agenda</translation>
        </message>
        <message>
            <source>Kunne ikke eksportere</source>
            <translation>Could not export</translation>
        </message>
        <message>
            <source>Kontrollrom-hendelse (*.krom)</source>
            <translation>Kontrollrom event (*.krom)</translation>
        </message>
        <message>
            <source>Åpne hendelse</source>
            <translation>Open event</translation>
        </message>
        <message>
            <source>Agendaer (*.txt *.csv *.xlsx *.json);;Alle filer (*)</source>
            <translation>Agendas (*.txt *.csv *.xlsx *.json);;All files (*)</translation>
        </message>
        <message>
            <source>Hvilken dato?</source>
            <translation>Which date?</translation>
        </message>
        <message>
            <source>Velg datoen for den første dagen i agendaen:</source>
            <translation>Choose the date of the agenda's first day:</translation>
        </message>
        <message>
            <source>Importer</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Søk (Ctrl+F)</source>
            <extracomment>QSettings key: whether the extra filters are shown.</extracomment>
            <translation>Search (Ctrl+F)</translation>
        </message>
        <message>
            <source>Bolk</source>
            <translation>Block</translation>
        </message>
        <message>
            <source>Alle kilder</source>
            <translation>All sources</translation>
        </message>
        <message>
            <source>gruppe</source>
            <translation>group</translation>
        </message>
        <message>
            <source>Alle typer</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>#stikkord</source>
            <translation>#tag</translation>
        </message>
        <message>
            <source>★ bare</source>
            <translation>★ only</translation>
        </message>
        <message>
            <source>Vis bare stjernemerkede innspill</source>
            <translation>Show starred inputs only</translation>
        </message>
        <message>
            <source>Bare ventende</source>
            <translation>Waiting only</translation>
        </message>
        <message>
            <source>Vis bare mobilinnspill som venter på godkjenning</source>
            <translation>Show only phone inputs waiting for approval</translation>
        </message>
        <message>
            <source>Flere filtre: bolk, kilde, gruppe, type og stikkord</source>
            <translation>More filters: block, source, group, kind and tag</translation>
        </message>
        <message>
            <source>Alle bolker</source>
            <translation>All blocks</translation>
        </message>
        <message>
            <source>Uten bolk</source>
            <translation>No block</translation>
        </message>
        <message>
            <source>Filter ({n}) …</source>
            <translation>Filter ({n}) …</translation>
        </message>
        <message>
            <source>Filter …</source>
            <translation>Filter …</translation>
        </message>
    </context>
    <context>
        <name>FormGroupsDialog</name>
        <message>
            <source>Danne grupper</source>
            <extracomment>The formation is saved (and logged) by the people service; the dialog reads through its repository.</extracomment>
            <translation>Form groups</translation>
        </message>
        <message>
            <source>Flere 3-persongrupper (færrest brudd)</source>
            <extracomment>What the agenda's text proposes (block, rounds in later blocks, modes), or None.</extracomment>
            <translation>More 3-person groups (fewest violations)</translation>
        </message>
        <message>
            <source>Del i flere Teams/Zoom-møter ved plattformgrensene</source>
            <translation>Split into several Teams/Zoom meetings at the platform limits</translation>
        </message>
        <message>
            <source>e-post=Rom 2; e-post=Teams-rom 1</source>
            <translation>e-mail=Room 2; e-mail=Teams room 1</translation>
        </message>
        <message>
            <source>e-post,e-post; e-post,e-post</source>
            <translation>e-mail,e-mail; e-mail,e-mail</translation>
        </message>
        <message>
            <source>Bolk</source>
            <translation>Block</translation>
        </message>
        <message>
            <source>Minste gruppe</source>
            <translation>Smallest group</translation>
        </message>
        <message>
            <source>Største gruppe</source>
            <translation>Largest group</translation>
        </message>
        <message>
            <source>Maks fra samme kommune</source>
            <translation>Max from the same municipality</translation>
        </message>
        <message>
            <source>Runder</source>
            <translation>Rounds</translation>
        </message>
        <message>
            <source>Rundetyper (mix / return:R)</source>
            <translation>Round kinds (mix / return:R)</translation>
        </message>
        <message>
            <source>Faste plasseringer</source>
            <translation>Fixed placements</translation>
        </message>
        <message>
            <source>Ikke i samme gruppe</source>
            <translation>Not in the same group</translation>
        </message>
        <message>
            <source>Rundene følger dagen:</source>
            <translation>The rounds follow the day:</translation>
        </message>
        <message>
            <source>Runde {n}: {block}</source>
            <translation>Round {n}: {block}</translation>
        </message>
        <message>
            <source>Rundetyper: skriv mix eller return:R, skilt med komma</source>
            <translation>Round kinds: write mix or return:R, separated by commas</translation>
        </message>
        <message>
            <source>{m} rundetyper for {r} runder</source>
            <translation>{m} round kinds for {r} rounds</translation>
        </message>
        <message>
            <source>Faste plasseringer: skriv e-post=rom, skilt med semikolon</source>
            <translation>Fixed placements: write e-mail=room, separated by semicolons</translation>
        </message>
        <message>
            <source>Ikke i samme gruppe: skriv e-post,e-post, skilt med semikolon</source>
            <translation>Not in the same group: write e-mail,e-mail, separated by semicolons</translation>
        </message>
        <message>
            <source>På stedet</source>
            <translation>On site</translation>
        </message>
        <message>
            <source>{pool}: {n} personer, {g} grupper, minst {m} kommunebrudd per runde</source>
            <translation>{pool}: {n} people, {g} groups, at least {m} municipality violations per round</translation>
        </message>
        <message>
            <source> — med {bg} grupper (flere 3-persongrupper) blir det {bm}</source>
            <translation> — with {bg} groups (more 3-person groups) it is {bm}</translation>
        </message>
        <message>
            <source>Ingen deltakere ennå</source>
            <translation>No participants yet</translation>
        </message>
    </context>
    <context>
        <name>GroupExports</name>
        <message>
            <source>Eksport</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Ingen grupper dannet ennå.</source>
            <translation>No groups formed yet.</translation>
        </message>
        <message>
            <source>Zoom-forhåndsfordeling</source>
            <translation>Zoom pre-assignment</translation>
        </message>
        <message>
            <source>Gruppelister per rom</source>
            <translation>Group lists per room</translation>
        </message>
        <message>
            <source>Liste for teknisk ansvarlig</source>
            <translation>List for the tech host</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Historikk</source>
            <translation>History</translation>
        </message>
        <message>
            <source>lagt til</source>
            <translation>added</translation>
        </message>
        <message>
            <source>redigert</source>
            <translation>edited</translation>
        </message>
        <message>
            <source>slettet</source>
            <translation>deleted</translation>
        </message>
        <message>
            <source>gjenopprettet</source>
            <translation>restored</translation>
        </message>
        <message>
            <source>stjerne på</source>
            <translation>starred</translation>
        </message>
        <message>
            <source>stjerne av</source>
            <translation>unstarred</translation>
        </message>
        <message>
            <source>angret</source>
            <translation>undone</translation>
        </message>
        <message>
            <source>gjort om igjen</source>
            <translation>redone</translation>
        </message>
        <message>
            <source>endret i chatten</source>
            <translation>edited in the chat</translation>
        </message>
        <message>
            <source>slettet i chatten</source>
            <translation>deleted in the chat</translation>
        </message>
        <message>
            <source>Tid</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Hva</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Før</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>Etter</source>
            <translation>After</translation>
        </message>
    </context>
    <context>
        <name>ImportReportDialog</name>
        <message>
            <source>Importer agenda</source>
            <translation>Import agenda</translation>
        </message>
        <message numerus="yes">
            <source>Importer %n bolker</source>
            <translation>
                <numerusform>Import %n block</numerusform>
                <numerusform>Import %n blocks</numerusform>
            </translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
        <message numerus="yes">
            <source>Fra %1 fant Kontrollrom %n bolker</source>
            <translation>
                <numerusform>In %1 Kontrollrom found %n block</numerusform>
                <numerusform>In %1 Kontrollrom found %n blocks</numerusform>
            </translation>
        </message>
        <message>
            <source>(dager: %1).</source>
            <translation>(days: %1).</translation>
        </message>
        <message>
            <source>Advarsler (importeres likevel):</source>
            <translation>Warnings (imported anyway):</translation>
        </message>
        <message>
            <source>Hoppet over:</source>
            <translation>Skipped:</translation>
        </message>
    </context>
    <context>
        <name>InputEditDialog</name>
        <message>
            <source>Rediger innspill nr. {id}</source>
            <translation>Edit input no. {id}</translation>
        </message>
        <message>
            <source>Uten bolk</source>
            <translation>No block</translation>
        </message>
        <message>
            <source>Tekst</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Kilde</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Gruppe/sesjon</source>
            <translation>Group/session</translation>
        </message>
        <message>
            <source>Hvem</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Bolk</source>
            <translation>Block</translation>
        </message>
    </context>
    <context>
        <name>InputKinds</name>
        <message>
            <source>innspill</source>
            <translation>input</translation>
        </message>
        <message>
            <source>spørsmål</source>
            <translation>question</translation>
        </message>
        <message>
            <source>idé</source>
            <translation>idea</translation>
        </message>
        <message>
            <source>målkonflikt</source>
            <translation>goal conflict</translation>
        </message>
        <message>
            <source>tiltak</source>
            <translation>action</translation>
        </message>
    </context>
    <context>
        <name>InputLogBridge</name>
        <message>
            <source>Kunne ikke lagre: {error}</source>
            <translation>Could not save: {error}</translation>
        </message>
    </context>
    <context>
        <name>InputPanel</name>
        <message>
            <source>Skriv et innspill og trykk Enter</source>
            <extracomment>The source every line gets unless another is picked for it (or locked). The moderator asked for the history of an input (its id). The running block's groups (rooms) and Open Space sessions, for the source picker.</extracomment>
            <translation>Type an input and press Enter</translation>
        </message>
        <message>
            <source>Skriv et innspill og trykk Enter   (? spørsmål  ! tiltak  + idé  ~ målkonflikt  #stikkord  #sdg13)</source>
            <translation>Write an input and press Enter   (? question  ! action  + idea  ~ goal conflict  #tag  #sdg13)</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Type fra teksten</source>
            <translation>Kind from the text</translation>
        </message>
        <message>
            <source>Kilde</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Salen</source>
            <translation>The room</translation>
        </message>
        <message>
            <source>Teams-chat</source>
            <translation>Teams chat</translation>
        </message>
        <message>
            <source>Zoom-chat</source>
            <translation>Zoom chat</translation>
        </message>
        <message>
            <source>Gruppe</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Open Space</source>
            <translation>Open Space</translation>
        </message>
        <message>
            <source>Annet</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Mobil</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Lås kilde</source>
            <translation>Lock source</translation>
        </message>
        <message>
            <source>Låst: kilden gjelder alle linjer til du låser opp (Alt+L). Ulåst: bare neste linje.</source>
            <translation>Locked: the source applies to every line until you unlock it (Alt+L). Unlocked: the next line only.</translation>
        </message>
        <message>
            <source>Gruppe eller sesjon</source>
            <translation>Group or session</translation>
        </message>
        <message>
            <source>gruppe/sesjon</source>
            <translation>group/session</translation>
        </message>
        <message>
            <source>hvem (valgfritt)</source>
            <translation>who (optional)</translation>
        </message>
        <message>
            <source>Bærekraftsmål</source>
            <translation>SDGs</translation>
        </message>
        <message>
            <source>Legg til et av FNs bærekraftsmål som stikkord (#sdg1–#sdg17)</source>
            <translation>Add one of the UN Sustainable Development Goals as a tag (#sdg1–#sdg17)</translation>
        </message>
        <message>
            <source>Godkjenn mobilinnspill først</source>
            <translation>Approve phone inputs first</translation>
        </message>
        <message>
            <source>Innspill fra deltakernes mobiler vises for andre først når du har godkjent dem</source>
            <translation>Inputs from participants' phones are shown to others only once you have approved them</translation>
        </message>
        <message>
            <source>Godkjenn (G)</source>
            <translation>Approve (G)</translation>
        </message>
        <message>
            <source>Skjul (Del)</source>
            <translation>Hide (Del)</translation>
        </message>
        <message>
            <source>Laster innspill …</source>
            <extracomment>True once the list shows the log (at once, or after the background load).</extracomment>
            <translation>Loading inputs …</translation>
        </message>
        <message>
            <source>{n} mobilinnspill venter</source>
            <translation>{n} phone inputs waiting</translation>
        </message>
    </context>
    <context>
        <name>InputSources</name>
        <message>
            <source>Salen</source>
            <translation>The room</translation>
        </message>
        <message>
            <source>Gruppe</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Open Space</source>
            <translation>Open Space</translation>
        </message>
        <message>
            <source>Teams-chat</source>
            <translation>Teams chat</translation>
        </message>
        <message>
            <source>Zoom-chat</source>
            <translation>Zoom chat</translation>
        </message>
        <message>
            <source>Mobil</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Annet</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>InputTableModel</name>
        <message>
            <source>★</source>
            <extracomment>Ids shown, newest first; kept sorted descending so inserts are a bisect.</extracomment>
            <translation>★</translation>
        </message>
        <message>
            <source>Tid</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Kilde</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Innspill</source>
            <translation>Inputs</translation>
        </message>
        <message>
            <source>Stikkord</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Bolk</source>
            <translation>Block</translation>
        </message>
        <message>
            <source>+1</source>
            <translation>+1</translation>
        </message>
        <message>
            <source>Salen</source>
            <translation>The room</translation>
        </message>
        <message>
            <source>Gruppe</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Open Space</source>
            <translation>Open Space</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Teams</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
        <message>
            <source>Annet</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Mobil</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>venter</source>
            <translation>waiting</translation>
        </message>
        <message>
            <source>stjernemerket</source>
            <translation>starred</translation>
        </message>
        <message>
            <source>{n} har gitt +1</source>
            <translation>{n} gave +1</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>Språk</source>
            <extracomment>Tells the user that the choice applies on restart; tests replace it.</extracomment>
            <translation>Language</translation>
        </message>
        <message>
            <source>Språket endres neste gang Kontrollrom starter.</source>
            <translation>The language changes the next time Kontrollrom starts.</translation>
        </message>
    </context>
    <context>
        <name>LayoutManager</name>
        <message>
            <source>Oppsett</source>
            <extracomment>Docks each layout shows by default (keys of ``window.docks``); the rest are hidden. Docks only the tech host works in: the moderator's layout is the window's default without them (the room board and the input log stay).</extracomment>
            <translation>Layout</translation>
        </message>
        <message>
            <source>Teknisk ansvarlig</source>
            <translation>Tech host</translation>
        </message>
        <message>
            <source>Moderator</source>
            <translation>Moderator</translation>
        </message>
        <message>
            <source>Tilbakestill dette oppsettet</source>
            <translation>Reset this layout</translation>
        </message>
        <message>
            <source>Vinduet er for lite til å ordne panelene; gjør det større og velg oppsettet på nytt.</source>
            <translation>The window is too small to arrange the panels; make it larger and choose the layout again.</translation>
        </message>
    </context>
    <context>
        <name>LengthQuestion</name>
        <message>
            <source>Ny lengde</source>
            <extracomment>The changed blocks for each choice (None: that choice cannot be made, with ``shift_refusal``).</extracomment>
            <translation>New length</translation>
        </message>
        <message>
            <source>«{title}» blir {n} min lengre.</source>
            <translation>“{title}” becomes {n} min longer.</translation>
        </message>
        <message>
            <source>«{title}» blir {n} min kortere.</source>
            <translation>“{title}” becomes {n} min shorter.</translation>
        </message>
        <message>
            <source>Skal de senere bolkene samme dag flyttes like mye?</source>
            <translation>Move the later blocks of the day by as much?</translation>
        </message>
        <message>
            <source>Flytter du dem, overlapper bolker med fast start:</source>
            <translation>If you move them, blocks with a fixed start overlap:</translation>
        </message>
        <message>
            <source>Beholder du tidene, blir det overlapp:</source>
            <translation>If you keep the times, blocks overlap:</translation>
        </message>
        <message>
            <source>Flytt senere bolker</source>
            <translation>Move later blocks</translation>
        </message>
        <message>
            <source>Behold tidene</source>
            <translation>Keep the times</translation>
        </message>
    </context>
    <context>
        <name>LiveChangeFlow</name>
        <message>
            <source>Gruppene kan ikke repareres</source>
            <extracomment>The message of a refused change (already shown in a dialog). The dialog last opened (preview or refusal), for whoever wants to look at it.</extracomment>
            <translation>The groups cannot be repaired</translation>
        </message>
        <message>
            <source>Ingenting er endret.</source>
            <translation>Nothing has been changed.</translation>
        </message>
    </context>
    <context>
        <name>LiveControls</name>
        <message>
            <source>Fortsett</source>
            <translation>Resume</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Start / pause</source>
            <translation>Start / pause</translation>
        </message>
        <message>
            <source>Angre: {what}</source>
            <translation>Undo: {what}</translation>
        </message>
        <message>
            <source>Gjør om: {what}</source>
            <translation>Redo: {what}</translation>
        </message>
        <message>
            <source>Gå til bolk</source>
            <translation>Go to block</translation>
        </message>
        <message>
            <source>Hoppe til «{title}» (planlagt {time})? Den ligger langt fra bolken som går nå.</source>
            <translation>Jump to “{title}” (planned {time})? It is far from the block running now.</translation>
        </message>
        <message>
            <source>Bolk:</source>
            <translation>Block:</translation>
        </message>
        <message>
            <source>Egendefinert tid</source>
            <translation>Custom time</translation>
        </message>
        <message>
            <source>Minutter å legge til (negativt trekker fra):</source>
            <translation>Minutes to add (negative subtracts):</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Neste</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Forrige</source>
            <translation>Previous</translation>
        </message>
        <message>
            <source>Gå til…</source>
            <translation>Go to…</translation>
        </message>
        <message>
            <source>+1 min</source>
            <translation>+1 min</translation>
        </message>
        <message>
            <source>−1 min</source>
            <translation>−1 min</translation>
        </message>
        <message>
            <source>+5 min</source>
            <translation>+5 min</translation>
        </message>
        <message>
            <source>−5 min</source>
            <translation>−5 min</translation>
        </message>
        <message>
            <source>Egendefinert tid…</source>
            <translation>Custom time…</translation>
        </message>
        <message>
            <source>Avslutt bolk</source>
            <translation>End block</translation>
        </message>
        <message>
            <source>Angre direkte</source>
            <translation>Undo live</translation>
        </message>
        <message>
            <source>Gjør om direkte</source>
            <translation>Redo live</translation>
        </message>
        <message>
            <source>Følg klokka automatisk</source>
            <translation>Follow the clock automatically</translation>
        </message>
        <message>
            <source>Blackout</source>
            <translation>Blackout</translation>
        </message>
        <message>
            <source>Skriv melding</source>
            <translation>Write message</translation>
        </message>
        <message>
            <source>Fjern melding</source>
            <translation>Clear message</translation>
        </message>
        <message>
            <source>Fjern meldingen ved ny bolk</source>
            <translation>Clear the message when the block changes</translation>
        </message>
    </context>
    <context>
        <name>LiveDisplay</name>
        <message>
            <source>Planlagt for {day} — avvik vises ikke</source>
            <translation>Planned for {day} — no offset shown</translation>
        </message>
        <message>
            <source>Starter i morgen ({day})</source>
            <translation>Starts tomorrow ({day})</translation>
        </message>
        <message>
            <source>Starter om {n} dager ({day})</source>
            <translation>Starts in {n} days ({day})</translation>
        </message>
        <message>
            <source>{n} min bak skjema</source>
            <translation type="vanished">{n} min behind schedule</translation>
        </message>
        <message>
            <source>{n} min foran skjema</source>
            <translation type="vanished">{n} min ahead of schedule</translation>
        </message>
        <message>
            <source>I rute</source>
            <translation>On schedule</translation>
        </message>
        <message>
            <source>Ingen bolk</source>
            <translation>No block</translation>
        </message>
        <message>
            <source>I gang</source>
            <translation>Running</translation>
        </message>
        <message>
            <source>Snart slutt</source>
            <translation>Ending soon</translation>
        </message>
        <message>
            <source>Straks slutt</source>
            <translation>About to end</translation>
        </message>
        <message>
            <source>Over tiden</source>
            <translation>Overtime</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>{n} døgn</source>
            <translation>{n} days</translation>
        </message>
        <message>
            <source>{h} t {m} min</source>
            <translation>{h} h {m} min</translation>
        </message>
        <message>
            <source>{h} t</source>
            <translation>{h} h</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <source>{amount} bak skjema</source>
            <translation>{amount} behind schedule</translation>
        </message>
        <message>
            <source>{amount} foran skjema</source>
            <translation>{amount} ahead of schedule</translation>
        </message>
    </context>
    <context>
        <name>LiveExport</name>
        <message>
            <source>Kjøreplan</source>
            <translation>Run sheet</translation>
        </message>
        <message>
            <source>Kjøreplan: planlagt mot faktisk</source>
            <translation>Run sheet: planned versus actual</translation>
        </message>
        <message>
            <source>Kl.</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Bolk</source>
            <translation>Block</translation>
        </message>
        <message>
            <source>Plan (min)</source>
            <translation>Plan (min)</translation>
        </message>
        <message>
            <source>Faktisk start</source>
            <translation>Actual start</translation>
        </message>
        <message>
            <source>Faktisk slutt</source>
            <translation>Actual end</translation>
        </message>
        <message>
            <source>Faktisk (min)</source>
            <translation>Actual (min)</translation>
        </message>
        <message>
            <source>Avvik (min)</source>
            <translation>Deviation (min)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Gjennomførte bolker: planlagt {plan} min, faktisk {actual} min, avvik {diff} min.</source>
            <translation>Blocks run: planned {plan} min, actual {actual} min, deviation {diff} min.</translation>
        </message>
        <message>
            <source>Skrevet ut {time}</source>
            <translation>Printed {time}</translation>
        </message>
        <message>
            <source>Kan ikke skrive {path}: {reason}. Velg en annen mappe.</source>
            <translation>Cannot write {path}: {reason}. Choose another folder.</translation>
        </message>
        <message>
            <source>Kan ikke skrive {path}: {reason}.</source>
            <translation>Cannot write {path}: {reason}.</translation>
        </message>
        <message>
            <source>PDF-en ble tom; {path} er ikke skrevet.</source>
            <translation>The PDF came out empty; {path} has not been written.</translation>
        </message>
    </context>
    <context>
        <name>LiveUi</name>
        <message>
            <source>Tidtaker</source>
            <translation>Timer</translation>
        </message>
        <message>
            <source>Tidslinje</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Lagrer …</source>
            <translation>Saving …</translation>
        </message>
        <message>
            <source>Scenevisning</source>
            <translation>Stage display</translation>
        </message>
        <message>
            <source>Scenevisning på skjerm</source>
            <translation>Stage display on screen</translation>
        </message>
        <message>
            <source>Publikumsvisning</source>
            <translation>Audience view</translation>
        </message>
        <message>
            <source>Eksporter kjøreplan (CSV)…</source>
            <translation>Export run sheet (CSV)…</translation>
        </message>
        <message>
            <source>Skriv ut / PDF kjøreplan…</source>
            <translation>Print / PDF run sheet…</translation>
        </message>
        <message>
            <source>Hurtigtaster</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Eksport</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Lagret {path}</source>
            <translation>Saved {path}</translation>
        </message>
        <message>
            <source>Eksporter kjøreplan</source>
            <translation>Export run sheet</translation>
        </message>
        <message>
            <source>Kjøreplan som PDF</source>
            <translation>Run sheet as PDF</translation>
        </message>
    </context>
    <context>
        <name>LogDialog</name>
        <message>
            <source>Logg</source>
            <translation>Log</translation>
        </message>
        <message>
            <source>Loggfil: {path}</source>
            <translation>Log file: {path}</translation>
        </message>
        <message>
            <source>Loggen er tom.</source>
            <translation>The log is empty.</translation>
        </message>
        <message>
            <source>Åpne mappen</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <source>Kopier</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Vis logg …</source>
            <translation>Show log …</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Kontrollrom</source>
            <extracomment>A step that stops something an area started for this event (a server, adapters, a sync). Where the known docks go on first run. Docks of the same group are tabbed; the first one listed is raised. Docks not named here keep the area their wiring asked for (at most two stacks per area). The window's size on first run when the screen has room for it (else it fills the screen). The most a panel's own minimum size may ask of the window (see ``add_dock``). The user asked to open another event file; the composition root builds a new window for it.
----------
Shown while the event cannot be written (a read-only file, a full disk): why, in red.</extracomment>
            <translation>Kontrollrom</translation>
        </message>
        <message>
            <source>&amp;Fil</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>Fjernstyring: av</source>
            <extracomment>Always visible: whether the remote API is off, on this machine only, or on the network, and where.</extracomment>
            <translation>Remote control: off</translation>
        </message>
        <message>
            <source>Tilbakestill vindusoppsettet</source>
            <translation>Reset the window layout</translation>
        </message>
        <message>
            <source>Standardoppsettet brukes neste gang hendelsen åpnes.</source>
            <translation>The default layout is used the next time the event is opened.</translation>
        </message>
        <message>
            <source>Start alle romtidtakere</source>
            <translation>Start all room timers</translation>
        </message>
        <message>
            <source>&amp;Rediger</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Direkte</source>
            <translation>&amp;Live</translation>
        </message>
        <message>
            <source>&amp;Grupper</source>
            <translation>&amp;Groups</translation>
        </message>
        <message>
            <source>&amp;Innspill</source>
            <translation>&amp;Inputs</translation>
        </message>
        <message>
            <source>&amp;Teknikk</source>
            <translation>&amp;Tech</translation>
        </message>
        <message>
            <source>&amp;Vis</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Hjelp</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Ingen hendelse åpnet</source>
            <translation>No event open</translation>
        </message>
        <message>
            <source>Deltakere</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Romtavle</source>
            <translation>Room board</translation>
        </message>
        <message>
            <source>Open Space</source>
            <translation>Open Space</translation>
        </message>
        <message>
            <source>Importer påmeldingsliste…</source>
            <translation>Import registration list…</translation>
        </message>
        <message>
            <source>Danne grupper…</source>
            <translation>Form groups…</translation>
        </message>
        <message>
            <source>Open Space-vegg</source>
            <translation>Open Space wall</translation>
        </message>
        <message>
            <source>Eksporter Zoom-forhåndsfordeling (CSV)…</source>
            <translation>Export Zoom pre-assignment (CSV)…</translation>
        </message>
        <message>
            <source>Skriv ut gruppelister per rom (PDF)…</source>
            <translation>Print group lists per room (PDF)…</translation>
        </message>
        <message>
            <source>Liste per Teams-rom for teknisk ansvarlig…</source>
            <translation>List per Teams room for the tech host…</translation>
        </message>
        <message>
            <source>Liste per Zoom-rom for teknisk ansvarlig…</source>
            <translation>List per Zoom room for the tech host…</translation>
        </message>
        <message>
            <source>Rom…</source>
            <translation>Rooms…</translation>
        </message>
        <message>
            <source>Skjermer</source>
            <translation>Screens</translation>
        </message>
        <message>
            <source>Skjermer og telefoner …</source>
            <translation>Screens and phones …</translation>
        </message>
    </context>
    <context>
        <name>NotesDialog</name>
        <message>
            <source>Hent fra fil (.txt, .docx)…</source>
            <extracomment>Saves one group's notes: (block uid, round, room, text).</extracomment>
            <translation>Load from file (.txt, .docx)…</translation>
        </message>
        <message>
            <source>Notater fra fil</source>
            <translation>Notes from file</translation>
        </message>
        <message>
            <source>Notater (*.txt *.docx)</source>
            <translation>Notes (*.txt *.docx)</translation>
        </message>
        <message>
            <source>Notater: {room}, runde {n}</source>
            <translation>Notes: {room}, round {n}</translation>
        </message>
    </context>
    <context>
        <name>OpenSpaceWall</name>
        <message>
            <source>Flytt «{t}»</source>
            <translation>Move “{t}”</translation>
        </message>
        <message>
            <source>Slå sammen «{a}» og «{b}»</source>
            <translation>Merge “{a}” and “{b}”</translation>
        </message>
        <message>
            <source>Tema</source>
            <extracomment>Every change goes through the Open Space service (which logs it); reads through its repository.</extracomment>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Sammenkaller</source>
            <translation>Convener</translation>
        </message>
        <message>
            <source>På stedet</source>
            <translation>On site</translation>
        </message>
        <message>
            <source>Digitalt</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Begge</source>
            <translation>Both</translation>
        </message>
        <message>
            <source>Foreslå tema</source>
            <translation>Propose topic</translation>
        </message>
        <message>
            <source>Tidsluker og rom…</source>
            <translation>Time slots and rooms…</translation>
        </message>
        <message>
            <source>Markedsplassen</source>
            <translation>The marketplace</translation>
        </message>
        <message>
            <source>Slå sammen valgte</source>
            <translation>Merge selected</translation>
        </message>
        <message>
            <source>Tilbake til markedsplassen</source>
            <translation>Back to the marketplace</translation>
        </message>
        <message>
            <source>Notater for valgt økt (samles i arbeidsboken)</source>
            <translation>Notes for the selected session (collected in the workbook)</translation>
        </message>
        <message>
            <source>Lagre notat</source>
            <translation>Save note</translation>
        </message>
        <message>
            <source>Tidsluker</source>
            <translation>Time slots</translation>
        </message>
        <message>
            <source>Tidsluker, skilt med komma</source>
            <translation>Time slots, separated by commas</translation>
        </message>
        <message>
            <source>Rom</source>
            <translation>Room</translation>
        </message>
        <message>
            <source>Rom, skilt med komma</source>
            <translation>Rooms, separated by commas</translation>
        </message>
        <message>
            <source>{n} deltakere</source>
            <translation>{n} participants</translation>
        </message>
        <message>
            <source>på stedet</source>
            <translation>on site</translation>
        </message>
        <message>
            <source>digitalt</source>
            <translation>online</translation>
        </message>
        <message>
            <source>hybrid</source>
            <translation>hybrid</translation>
        </message>
        <message>
            <source>Notater: {t}</source>
            <translation>Notes: {t}</translation>
        </message>
        <message>
            <source>Velg en økt på veggen</source>
            <translation>Choose a session on the wall</translation>
        </message>
    </context>
    <context>
        <name>OverlapWarning</name>
        <message>
            <source>Bolker overlapper</source>
            <translation>Blocks overlap</translation>
        </message>
        <message>
            <source>Den nye lengden gir overlapp:</source>
            <translation>The new length makes blocks overlap:</translation>
        </message>
        <message>
            <source>Lagre likevel?</source>
            <translation>Save anyway?</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPanel</name>
        <message>
            <source>Søk (navn, e-post, kommune …)</source>
            <extracomment>Changes go through the people service; reads through its repository. The last dialog this panel opened (walk-in form, platform question, import errors).</extracomment>
            <translation>Search (name, e-mail, municipality …)</translation>
        </message>
        <message>
            <source>Importer påmeldingsliste…</source>
            <translation>Import registration list…</translation>
        </message>
        <message>
            <source>Ikke møtt / møtt (F8)</source>
            <translation>No-show / present (F8)</translation>
        </message>
        <message>
            <source>Legg til uanmeldt…</source>
            <translation>Add walk-in…</translation>
        </message>
        <message>
            <source>{n} deltakere: {o} på stedet, {t} Teams, {z} Zoom; {g} ikke møtt</source>
            <translation>{n} participants: {o} on site, {t} Teams, {z} Zoom; {g} no-shows</translation>
        </message>
        <message>
            <source>Ikke møtt</source>
            <translation>No-show</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>E-post</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Organisasjon</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Kommune</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Deltakelse</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>På stedet</source>
            <translation>On site</translation>
        </message>
        <message>
            <source>Uanmeldt</source>
            <translation>Walk-in</translation>
        </message>
        <message>
            <source>Ukjent deltakelse «{v}»: skriv Fysisk, Teams eller Zoom</source>
            <translation>Unknown attendance “{v}”: write Fysisk, Teams or Zoom</translation>
        </message>
        <message>
            <source>Endre {n}</source>
            <translation>Change {n}</translation>
        </message>
        <message>
            <source>Ikke møtt: {n}</source>
            <translation>No-show: {n}</translation>
        </message>
        <message>
            <source>Møtt: {n}</source>
            <translation>Present: {n}</translation>
        </message>
        <message>
            <source>Møtt</source>
            <translation type="vanished">Present</translation>
        </message>
        <message>
            <source>{e} er allerede påmeldt</source>
            <translation type="vanished">{e} is already registered</translation>
        </message>
        <message>
            <source>Uanmeldt: {n}</source>
            <translation>Walk-in: {n}</translation>
        </message>
        <message>
            <source>Legg til uanmeldt</source>
            <translation type="vanished">Add walk-in</translation>
        </message>
        <message>
            <source>Navn; e-post; kommune; deltakelse (Fysisk/Teams/Zoom)</source>
            <translation type="vanished">Name; e-mail; municipality; attendance (On site/Teams/Zoom)</translation>
        </message>
        <message>
            <source>Skriv: Navn; e-post; kommune; Fysisk, Teams eller Zoom</source>
            <translation type="vanished">Write: Name; e-mail; municipality; Fysisk, Teams or Zoom</translation>
        </message>
        <message>
            <source>Importer påmeldingsliste</source>
            <translation>Import registration list</translation>
        </message>
        <message>
            <source>Påmeldingslister (*.csv *.xlsx *.txt)</source>
            <translation>Registration lists (*.csv *.xlsx *.txt)</translation>
        </message>
        <message>
            <source>{f}: «Digitalt» uten plattform; velg Teams eller Zoom for å importere</source>
            <translation>{f}: “Digitalt” without a platform; choose Teams or Zoom to import</translation>
        </message>
        <message>
            <source>Plattform for «Digitalt»</source>
            <translation>Platform for “Digitalt”</translation>
        </message>
        <message>
            <source>{f} har deltakere som deltar «Digitalt» uten å si på hvilken plattform. Hvilken plattform bruker arrangementet? Svaret lagres i hendelsesfilen og brukes for senere lister også.</source>
            <translation>{f} has participants who attend “Digitalt” (online) without saying on which platform. Which platform does the event use? The answer is kept in the event file and used for later lists too.</translation>
        </message>
        <message>
            <source>Påmeldingslisten ble ikke importert</source>
            <translation>The registration list was not imported</translation>
        </message>
        <message>
            <source>Ingen deltakere er lagret fra {f}. Rett dette og importer igjen:</source>
            <translation>No participants were saved from {f}. Correct this and import again:</translation>
        </message>
        <message>
            <source>… og {n} til</source>
            <translation>… and {n} more</translation>
        </message>
        <message>
            <source>Importerer {f} …</source>
            <translation>Importing {f} …</translation>
        </message>
        <message>
            <source>{a} nye og {u} oppdaterte deltakere fra {f}</source>
            <translation>{a} new and {u} updated participants from {f}</translation>
        </message>
    </context>
    <context>
        <name>PresenceLabel</name>
        <message>
            <source>Databasen svarer ikke. Handlinger avvises til den er tilbake; visningene teller videre.</source>
            <extracomment>How often the list of others is read again without a change to prompt it (ms). Whether the label still lives: a reading that returns after the window went tells no one.</extracomment>
            <translation>The database does not answer. Actions are refused until it is back; the displays keep counting.</translation>
        </message>
        <message>
            <source>Frakoblet databasen</source>
            <translation>Database offline</translation>
        </message>
        <message>
            <source>Også tilkoblet: {names}</source>
            <translation>Also connected: {names}</translation>
        </message>
        <message>
            <source>Ingen andre tilkoblet</source>
            <translation>No one else connected</translation>
        </message>
    </context>
    <context>
        <name>PublicView</name>
        <message>
            <source>Program – Kontrollrom</source>
            <extracomment>Each cell's own style by its row's kind. Set on the label itself: re-polishing through the parent's ``[kind=…]`` selectors needs ``QWidget.style()``, whose first call makes PySide build the QStyle enums (80 ms on the GUI thread on the first *Neste*).</extracomment>
            <translation>Programme – Kontrollrom</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Nå</source>
            <translation>Now</translation>
        </message>
        <message>
            <source>Neste</source>
            <translation>Next</translation>
        </message>
    </context>
    <context>
        <name>RepairPreviewDialog</name>
        <message>
            <source>Reparere gruppene</source>
            <translation>Repair the groups</translation>
        </message>
        <message>
            <source>Runde {n} · {block}: {m} flyttinger</source>
            <translation>Round {n} · {block}: {m} moves</translation>
        </message>
        <message>
            <source>ny</source>
            <translation>new</translation>
        </message>
        <message>
            <source>ut</source>
            <translation>out</translation>
        </message>
        <message>
            <source>Flytt og lagre</source>
            <translation>Move and save</translation>
        </message>
        <message>
            <source>Ikke møtt: {who}.</source>
            <translation>No-show: {who}.</translation>
        </message>
        <message>
            <source>Møtt likevel: {who}.</source>
            <translation>Present after all: {who}.</translation>
        </message>
        <message>
            <source>Uanmeldt: {who}.</source>
            <translation>Walk-in: {who}.</translation>
        </message>
        <message>
            <source>Reparer etter fravær og uanmeldte.</source>
            <translation>Repair after no-shows and walk-ins.</translation>
        </message>
        <message>
            <source>Gruppene repareres i runde {rounds}; tidligere runder står som de var.</source>
            <translation>The groups are repaired in round {rounds}; earlier rounds stay as they were.</translation>
        </message>
    </context>
    <context>
        <name>RoomBoard</name>
        <message>
            <source> min</source>
            <extracomment>A card's narrowest width, and the most card columns side by side (normal, compact). Saves a group's notes (the people service's; the board never writes them itself). The running block last seen, so the board moves only when the day moves on.</extracomment>
            <translation> min</translation>
        </message>
        <message>
            <source>Start alle rom</source>
            <translation>Start all rooms</translation>
        </message>
        <message>
            <source>Stopp alle</source>
            <translation type="vanished">Stop all</translation>
        </message>
        <message>
            <source>Stopp/fortsett alle</source>
            <translation>Stop/resume all</translation>
        </message>
        <message>
            <source>+1 min alle</source>
            <translation>+1 min all</translation>
        </message>
        <message>
            <source>Reparer etter fravær</source>
            <translation>Repair after absences</translation>
        </message>
        <message>
            <source>Fjern dem som ikke møtte, plasser uanmeldte; flytter så få som mulig</source>
            <translation>Remove no-shows, place walk-ins; moves as few people as possible</translation>
        </message>
        <message>
            <source>Kompakt</source>
            <translation>Compact</translation>
        </message>
        <message>
            <source>Mindre kort: 16 rom på en bærbar skjerm</source>
            <translation>Smaller cards: 16 rooms on a laptop screen</translation>
        </message>
        <message>
            <source>Bolk:</source>
            <translation>Block:</translation>
        </message>
        <message>
            <source>Runde:</source>
            <translation>Round:</translation>
        </message>
        <message>
            <source>{n} (tilbake til {s})</source>
            <translation>{n} (back to {s})</translation>
        </message>
        <message>
            <source>Ingen grupper dannet ennå: Grupper → Danne grupper…</source>
            <translation>No groups formed yet: Groups → Form groups…</translation>
        </message>
        <message>
            <source>{g} rom, {n} deltakere i runde {r}</source>
            <translation>{g} rooms, {n} participants in round {r}</translation>
        </message>
        <message>
            <source>Ingen endringer: gruppene i runde {r} og senere er hele.</source>
            <translation>No changes: the groups in round {r} and later are whole.</translation>
        </message>
        <message>
            <source>{n} endringer: {moves}</source>
            <translation type="vanished">{n} changes: {moves}</translation>
        </message>
        <message>
            <source>ingen</source>
            <translation type="vanished">none</translation>
        </message>
        <message>
            <source>Plenum: {t}</source>
            <translation>Plenary: {t}</translation>
        </message>
        <message>
            <source>ny</source>
            <translation type="vanished">new</translation>
        </message>
        <message>
            <source>ut</source>
            <translation type="vanished">out</translation>
        </message>
    </context>
    <context>
        <name>RoomCard</name>
        <message>
            <source>På stedet</source>
            <translation>On site</translation>
        </message>
        <message>
            <source> · møte {m}</source>
            <translation> · meeting {m}</translation>
        </message>
        <message>
            <source>Flyttes inn: {n}</source>
            <translation>Moving in: {n}</translation>
        </message>
        <message>
            <source>Flyttes inn:</source>
            <translation>Moving in:</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Stopp</source>
            <translation type="vanished">Stop</translation>
        </message>
        <message>
            <source>+1 min</source>
            <translation>+1 min</translation>
        </message>
        <message>
            <source>Stopp/fortsett</source>
            <translation>Stop/resume</translation>
        </message>
        <message>
            <source>Notater…</source>
            <translation>Notes…</translation>
        </message>
        <message>
            <source>Notater ✓</source>
            <translation>Notes ✓</translation>
        </message>
        <message>
            <source>referent</source>
            <translation>note-taker</translation>
        </message>
        <message>
            <source>leder</source>
            <translation>leader</translation>
        </message>
    </context>
    <context>
        <name>RoomsDialog</name>
        <message>
            <source>Rom</source>
            <translation>Room</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Kapasitet</source>
            <translation>Capacity</translation>
        </message>
        <message>
            <source>Møte</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Legg til rom</source>
            <translation>Add room</translation>
        </message>
        <message>
            <source>Fjern valgt</source>
            <translation>Remove selected</translation>
        </message>
        <message>
            <source>Tomt: standardnavn («Rom 1», «Teams-rom 1», «Zoom-rom 1») brukes.</source>
            <translation>Empty: default names (“Room 1”, “Teams room 1”, “Zoom room 1”) are used.</translation>
        </message>
        <message>
            <source>På stedet</source>
            <translation>On site</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
    </context>
    <context>
        <name>ScreensController</name>
        <message>
            <source>Fjernstyring: starter …</source>
            <extracomment>The views' links changed (the server started or stopped, keys were revoked): re-read ``links``. Each link's QR code (SVG), made off the GUI thread with the links. whether the QR codes are drawn (the Skjermer panel has been on screen; see ``want_qr_codes``)</extracomment>
            <translation>Remote control: starting …</translation>
        </message>
        <message>
            <source>Fjernstyring: av</source>
            <translation>Remote control: off</translation>
        </message>
        <message>
            <source>Fjernstyrings-API-et kunne ikke starte på port {port}: {error}</source>
            <translation>The remote control API could not start on port {port}: {error}</translation>
        </message>
        <message>
            <source>Fjernstyring: feil</source>
            <translation>Remote control: error</translation>
        </message>
        <message>
            <source>nettverket</source>
            <translation>the network</translation>
        </message>
        <message>
            <source>bare denne maskinen</source>
            <translation>this machine only</translation>
        </message>
        <message>
            <source>Fjernstyring på {url} ({where})</source>
            <translation>Remote control at {url} ({where})</translation>
        </message>
        <message>
            <source>Fjernstyring (nettverk): {url}</source>
            <translation>Remote control (network): {url}</translation>
        </message>
        <message>
            <source>Fjernstyring (lokal): {url}</source>
            <translation>Remote control (this machine): {url}</translation>
        </message>
        <message>
            <source>Fjernstyring (API) …</source>
            <translation>Remote control (API) …</translation>
        </message>
        <message>
            <source>Nye visningsnøkler: {n} skjermer ble koblet fra og må åpnes med de nye lenkene.</source>
            <translation>New view keys: {n} screens were disconnected and must be opened with the new links.</translation>
        </message>
        <message>
            <source>Fjernstyrings-API-et starter …</source>
            <translation>The remote control API is starting …</translation>
        </message>
        <message>
            <source>Adresse: {url}</source>
            <translation>Address: {url}</translation>
        </message>
        <message>
            <source>Lytter på nettverket (alle adresser på port {port}).</source>
            <translation>Listening on the network (all addresses on port {port}).</translation>
        </message>
        <message>
            <source>Token: {token}</source>
            <translation>Token: {token}</translation>
        </message>
        <message>
            <source>Tokenet ligger i nøkkelringen og er det samme neste gang.</source>
            <translation>The token is in the keyring and stays the same next time.</translation>
        </message>
        <message>
            <source>Ingen nøkkelring funnet: tokenet gjelder bare denne kjøringen.</source>
            <translation>No keyring found: the token is valid for this run only.</translation>
        </message>
        <message>
            <source>Tokenet kommer fra miljøvariabelen CONTROLROOM_API_TOKEN.</source>
            <translation>The token comes from the environment variable CONTROLROOM_API_TOKEN.</translation>
        </message>
        <message>
            <source>Send det som «Authorization: Bearer &lt;token&gt;» i hver forespørsel.</source>
            <translation>Send it as “Authorization: Bearer &lt;token&gt;” with every request.</translation>
        </message>
        <message>
            <source>Skjermer (visninger): {url}</source>
            <translation>Screens (views): {url}</translation>
        </message>
        <message>
            <source>Fjernstyring</source>
            <translation>Remote control</translation>
        </message>
    </context>
    <context>
        <name>ScreensPanel</name>
        <message>
            <source>Tilbakekall nøkler …</source>
            <translation>Revoke keys …</translation>
        </message>
        <message>
            <source>Lag nye nøkler: alle skjermer med gamle lenker kobles fra</source>
            <translation>Make new keys: every screen with an old link is disconnected</translation>
        </message>
        <message>
            <source>Oversikt – alle lenker</source>
            <translation>Overview – every link</translation>
        </message>
        <message>
            <source>Scene – taleren</source>
            <translation>Stage – the speaker</translation>
        </message>
        <message>
            <source>Foajé – programmet</source>
            <translation>Foyer – the programme</translation>
        </message>
        <message>
            <source>Studioklokke</source>
            <translation>Studio clock</translation>
        </message>
        <message>
            <source>Teknikk – oversikt</source>
            <translation>Tech – overview</translation>
        </message>
        <message>
            <source>Deltakernes mobilside</source>
            <translation>Participants' phone page</translation>
        </message>
        <message>
            <source>Grupperom: {room}</source>
            <translation>Breakout room: {room}</translation>
        </message>
        <message>
            <source>Webserveren kjører ikke (start med --api-port).</source>
            <translation>The web server is not running (start with --api-port).</translation>
        </message>
        <message>
            <source>Åpne visningene på samme nettverk. Oversikten: {url}</source>
            <translation>Open the views on the same network. The overview: {url}</translation>
        </message>
        <message>
            <source>Bare denne maskinen kan åpne visningene (start med --allow-lan for skjermer og telefoner på nettverket). Oversikten: {url}</source>
            <translation>Only this machine can open the views (start with --allow-lan for screens and phones on the network). The overview: {url}</translation>
        </message>
        <message>
            <source>Tilbakekall nøkler</source>
            <translation>Revoke keys</translation>
        </message>
        <message>
            <source>Lage nye nøkler for alle visninger? Skjermer som er åpne nå, kobles fra og må åpnes igjen med de nye lenkene eller QR-kodene.</source>
            <translation>Make new keys for every view? Screens open now are disconnected and must be opened again with the new links or QR codes.</translation>
        </message>
        <message>
            <source>Lag nye nøkler</source>
            <translation>Make new keys</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>I direktepanelene</source>
            <translation>In the live panels</translation>
        </message>
        <message>
            <source>Overalt i vinduet</source>
            <translation>Anywhere in the window</translation>
        </message>
        <message>
            <source>Enkelttastene (mellomrom, N, P, E, G, +, −, B …) virker bare når du står i Tidtaker eller Tidslinje, i scenevisningen eller publikumsvisningen, eller når ingenting har fokus — aldri i en tabell i et annet panel eller mens du skriver i et tekstfelt. Tastene med Ctrl, Alt eller F-taster virker overalt i hovedvinduet. Angre/gjør om for direkte handlinger er Ctrl+Alt+Z / Ctrl+Alt+Shift+Z, så de ikke blandes med angre i dagsordenen (Ctrl+Z).</source>
            <translation>The single keys (Space, N, P, E, G, +, −, B …) work only when you are in the Timer or Timeline panel, in the stage display or the public view, or when nothing has focus — never in a table in another panel or while you type in a text field. The keys with Ctrl, Alt or F-keys work anywhere in the main window. Undo/redo of live actions is Ctrl+Alt+Z / Ctrl+Alt+Shift+Z, so it never mixes with undo in the agenda (Ctrl+Z).</translation>
        </message>
        <message>
            <source>Hurtigtaster</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Scenevisning: fullskjerm av/på</source>
            <translation>Stage display: full screen on/off</translation>
        </message>
        <message>
            <source>Scenevisning: gå ut av fullskjerm</source>
            <translation>Stage display: leave full screen</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Taster</source>
            <translation type="vanished">Keys</translation>
        </message>
        <message>
            <source>Enkelttastene virker overalt i hovedvinduet unntatt når du skriver i et tekstfelt. Angre/gjør om for direkte handlinger er Ctrl+Alt+Z / Ctrl+Alt+Shift+Z, så de ikke blandes med angre i dagsordenen (Ctrl+Z).</source>
            <translation type="vanished">Single keys work everywhere in the main window except while you type in a text field. Undo/redo for live actions is Ctrl+Alt+Z / Ctrl+Alt+Shift+Z, so they do not mix with undo in the agenda (Ctrl+Z).</translation>
        </message>
    </context>
    <context>
        <name>SourceCounts</name>
        <message>
            <source>Salen</source>
            <translation>The room</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Teams</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
        <message>
            <source>Grupper</source>
            <translation>Groups</translation>
        </message>
        <message>
            <source>Open Space</source>
            <translation>Open Space</translation>
        </message>
        <message>
            <source>Mobil</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Annet</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Hele dagen</source>
            <translation>The whole day</translation>
        </message>
        <message>
            <source>{where}: {n} innspill</source>
            <translation>{where}: {n} inputs</translation>
        </message>
        <message>
            <source>(totalt {n})</source>
            <translation>(total {n})</translation>
        </message>
    </context>
    <context>
        <name>StageDisplay</name>
        <message>
            <source>Scenevisning – Kontrollrom</source>
            <extracomment>A new message flashes (inverted) this long to catch the speaker's eye.</extracomment>
            <translation>Stage display – Kontrollrom</translation>
        </message>
        <message>
            <source>Velg skjerm</source>
            <extracomment>The countdown text painted last, and a hook the bench uses to time the flips.</extracomment>
            <translation>Choose screen</translation>
        </message>
        <message>
            <source>Fullskjerm (F11)</source>
            <translation>Full screen (F11)</translation>
        </message>
        <message>
            <source>Ingen bolk går</source>
            <translation>No block running</translation>
        </message>
        <message>
            <source>PAUSE</source>
            <translation>PAUSED</translation>
        </message>
        <message>
            <source>Neste: {title}</source>
            <translation>Next: {title}</translation>
        </message>
    </context>
    <context>
        <name>TeamsPanel</name>
        <message>
            <source>Pålogging (Microsoft 365)</source>
            <translation>Sign-in (Microsoft 365)</translation>
        </message>
        <message>
            <source>&amp;Logg inn …</source>
            <translation>&amp;Sign in …</translation>
        </message>
        <message>
            <source>Logg &amp;ut</source>
            <translation>Sign &amp;out</translation>
        </message>
        <message>
            <source>Møtechat → innspillsloggen</source>
            <translation>Meeting chat → input log</translation>
        </message>
        <message>
            <source>&amp;Bruk lenken</source>
            <translation>&amp;Use the link</translation>
        </message>
        <message>
            <source>Møtelenke</source>
            <translation>Meeting link</translation>
        </message>
        <message>
            <source>(ingen chat valgt)</source>
            <translation>(no chat chosen)</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <source>&amp;Hent chatten inn mens appen kjører</source>
            <translation>&amp;Fetch the chat while the app runs</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Hent &amp;nå</source>
            <translation>Fetch &amp;now</translation>
        </message>
        <message>
            <source>hvert</source>
            <translation>every</translation>
        </message>
        <message>
            <source>Ikke hentet ennå</source>
            <translation>Not fetched yet</translation>
        </message>
        <message>
            <source>Sist hentet</source>
            <translation>Last fetched</translation>
        </message>
        <message>
            <source>Tillat å &amp;skrive i møtechatten (ChatMessage.Send; logg inn på nytt)</source>
            <translation type="vanished">Allow &amp;writing in the meeting chat (ChatMessage.Send; sign in again)</translation>
        </message>
        <message>
            <source>Tillat å &amp;skrive i møtechatten</source>
            <translation>Allow &amp;writing in the meeting chat</translation>
        </message>
        <message>
            <source>Trenger tillatelsen ChatMessage.Send: logg inn på nytt etterpå</source>
            <translation>Needs the ChatMessage.Send permission: sign in again afterwards</translation>
        </message>
        <message>
            <source>Skriv til møtechatten</source>
            <translation>Write to the meeting chat</translation>
        </message>
        <message>
            <source>Melding fra ordstyreren …</source>
            <translation>Message from the moderator …</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Send</translation>
        </message>
        <message>
            <source>Grupperom i Teams (fylles for hånd)</source>
            <translation>Breakout rooms in Teams (filled by hand)</translation>
        </message>
        <message>
            <source>runde </source>
            <translation>round </translation>
        </message>
        <message>
            <source>&amp;Romlister og flytteliste …</source>
            <translation>&amp;Room lists and move list …</translation>
        </message>
        <message>
            <source>Logget inn som {name} ({user})</source>
            <translation>Signed in as {name} ({user})</translation>
        </message>
        <message>
            <source>Tilgangen fornyes kl. {at} (om {m} min)</source>
            <translation>Access renews at {at} (in {m} min)</translation>
        </message>
        <message>
            <source>Ber Microsoft om en innloggingskode …</source>
            <translation>Asking Microsoft for a sign-in code …</translation>
        </message>
        <message>
            <source>Åpner nettleseren …</source>
            <translation>Opening the browser …</translation>
        </message>
        <message>
            <source>Logget inn som {name}.</source>
            <translation>Signed in as {name}.</translation>
        </message>
        <message>
            <source>Logget ut av Teams.</source>
            <translation>Signed out of Teams.</translation>
        </message>
        <message>
            <source>Finner møtechatten …</source>
            <translation>Finding the meeting chat …</translation>
        </message>
        <message>
            <source>Møtechatten er funnet.</source>
            <translation>The meeting chat was found.</translation>
        </message>
        <message>
            <source>Synkronisering av</source>
            <translation>Synchronisation off</translation>
        </message>
        <message>
            <source>Logg inn på nytt for å gi Kontrollrom lov til å skrive i chatten.</source>
            <translation>Sign in again to allow Kontrollrom to write in the chat.</translation>
        </message>
        <message>
            <source>Sendt til møtechatten.</source>
            <translation>Sent to the meeting chat.</translation>
        </message>
        <message>
            <source>Grupperom i Teams</source>
            <translation>Breakout rooms in Teams</translation>
        </message>
    </context>
    <context>
        <name>TechWorkspace</name>
        <message>
            <source>Cues</source>
            <translation>Cues</translation>
        </message>
        <message>
            <source>Cue-logg</source>
            <translation>Cue log</translation>
        </message>
        <message>
            <source>Utstyr og strøm</source>
            <translation>Equipment and stream</translation>
        </message>
        <message>
            <source>GO – neste cue</source>
            <translation>GO – next cue</translation>
        </message>
        <message>
            <source>Hold automatiske cues</source>
            <translation>Hold automatic cues</translation>
        </message>
        <message>
            <source>Foreslå cues fra strømmeflagget</source>
            <translation>Suggest cues from the streamed flag</translation>
        </message>
        <message>
            <source>Angre cue-endring</source>
            <translation>Undo cue change</translation>
        </message>
        <message>
            <source>Gjør om cue-endring</source>
            <translation>Redo cue change</translation>
        </message>
        <message>
            <source>Utstyr og passord …</source>
            <translation>Equipment and passwords …</translation>
        </message>
        <message>
            <source>{n} cues foreslått fra strømmeflagget (scene «{scene}»).</source>
            <translation>{n} cues suggested from the streamed flag (scene “{scene}”).</translation>
        </message>
    </context>
    <context>
        <name>TextDialog</name>
        <message>
            <source>&amp;Kopier</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>&amp;Lagre …</source>
            <translation>&amp;Save …</translation>
        </message>
        <message>
            <source>Lukk</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Lagre</source>
            <translation>Save</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <source>Prog.</source>
            <translation>Proj.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Slutt</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Bolkens tittel</source>
            <translation>The block's title</translation>
        </message>
        <message>
            <source>Planlagt start</source>
            <translation>Planned start</translation>
        </message>
        <message>
            <source>Prognose: når bolken ventes å starte</source>
            <translation>Projection: when the block is expected to start</translation>
        </message>
        <message>
            <source>Faktisk start</source>
            <translation>Actual start</translation>
        </message>
        <message>
            <source>Faktisk slutt</source>
            <translation>Actual end</translation>
        </message>
        <message>
            <source>Planlagt lengde (+ lagt til)</source>
            <translation>Planned length (+ added)</translation>
        </message>
        <message>
            <source>Avvik: faktisk minus planlagt lengde</source>
            <translation>Difference: actual minus planned length</translation>
        </message>
        <message>
            <source>Status</source>
            <extracomment>The title second (after the status) so it stays in view in a narrow dock; it is the only column that stretches, the short time and number columns after it have fixed widths. Role carrying the block's agenda index (None on day header rows). Per row: role → the value of each column (see ``_build``), as last written to the items. One entry per row: a day (header row) or a block's agenda index.</extracomment>
            <translation>Status</translation>
        </message>
        <message>
            <source>Fast</source>
            <translation type="vanished">Fixed</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Prognose</source>
            <translation type="vanished">Forecast</translation>
        </message>
        <message>
            <source>Startet</source>
            <translation type="vanished">Started</translation>
        </message>
        <message>
            <source>Sluttet</source>
            <translation type="vanished">Ended</translation>
        </message>
        <message>
            <source>Lengde</source>
            <translation>Length</translation>
        </message>
        <message>
            <source>Avvik</source>
            <translation>Deviation</translation>
        </message>
        <message>
            <source>Bolk</source>
            <translation>Block</translation>
        </message>
        <message>
            <source>Fast starttid: skyves ikke av overtid</source>
            <translation>Fixed start: not pushed by overruns</translation>
        </message>
        <message>
            <source>Forrige bolk slutter {n} min etter denne faste starten</source>
            <translation>The previous block ends {n} min after this fixed start</translation>
        </message>
        <message>
            <source>Ferdig</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Pågår</source>
            <translation>Running</translation>
        </message>
        <message>
            <source>Neste</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Kommer</source>
            <translation>Upcoming</translation>
        </message>
        <message>
            <source>Hoppet over</source>
            <translation>Skipped</translation>
        </message>
    </context>
    <context>
        <name>TimelinePanel</name>
        <message>
            <source>Nå: {title}</source>
            <extracomment>Padding around a cell's and a header's text (px). Below this much room for the title, the actual start/end columns are hidden.</extracomment>
            <translation>Now: {title}</translation>
        </message>
        <message>
            <source>Nå: ingen bolk går</source>
            <translation>Now: no block running</translation>
        </message>
        <message>
            <source>Neste: {title} (ca. {time})</source>
            <translation>Next: {title} (about {time})</translation>
        </message>
        <message>
            <source>Neste: –</source>
            <translation>Next: –</translation>
        </message>
        <message>
            <source>Dagen slutter ca. {time}</source>
            <translation>The day ends about {time}</translation>
        </message>
        <message>
            <source>Gå til denne bolken</source>
            <translation>Go to this block</translation>
        </message>
        <message>
            <source>Fast starttid (skyves ikke)</source>
            <translation>Fixed start (not pushed)</translation>
        </message>
        <message>
            <source>Bolken finnes ikke lenger i dagsordenen.</source>
            <translation>The block is no longer in the agenda.</translation>
        </message>
    </context>
    <context>
        <name>TimerPanel</name>
        <message>
            <source>Melding til scenen (M)…</source>
            <extracomment>How long a refused action's notice stays on the panel (ms). Lifetimes a message can be given, in seconds (None: until cleared or replaced). Characters of the time keys (+1/−1 min): a line of only these is a slip, not a message. Called after every repaint of the countdown with the text shown (the bench records flips).</extracomment>
            <translation>Message to the stage (M)…</translation>
        </message>
        <message>
            <source>Hurtigmelding…</source>
            <translation>Quick message…</translation>
        </message>
        <message>
            <source>2 minutter igjen</source>
            <translation>2 minutes left</translation>
        </message>
        <message>
            <source>Avrund nå</source>
            <translation>Wrap up now</translation>
        </message>
        <message>
            <source>Ta spørsmål nå</source>
            <translation>Take questions now</translation>
        </message>
        <message>
            <source>Hvor lenge neste melding vises på scenen</source>
            <translation>How long the next message stays on stage</translation>
        </message>
        <message>
            <source>Fjern meldingen ved ny bolk</source>
            <translation type="vanished">Clear the message when the block changes</translation>
        </message>
        <message>
            <source>Gjelder dette arrangementet: meldingen forsvinner når en annen bolk starter eller bolken avsluttes</source>
            <translation type="vanished">For this event: the message disappears when another block starts or the block ends</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Send</translation>
        </message>
        <message>
            <source>Fjern</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Til den fjernes</source>
            <translation>Until cleared</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>Skriv en melding først, eller trykk Fjern for å ta bort meldingen.</source>
            <translation>Write a message first, or press Clear to remove the message.</translation>
        </message>
        <message>
            <source>«{text}» ble ikke sendt til scenen. Tidtakeren har tastaturet igjen: trykk + eller − for å endre tiden.</source>
            <translation>“{text}” was not sent to the stage. The timer has the keyboard again: press + or − to change the time.</translation>
        </message>
        <message>
            <source>Ingen bolk går</source>
            <translation>No block running</translation>
        </message>
        <message>
            <source>Neste: {title}</source>
            <translation>Next: {title}</translation>
        </message>
        <message>
            <source>På scenen til {time}: «{text}»</source>
            <translation>On stage until {time}: “{text}”</translation>
        </message>
        <message>
            <source>På scenen nå: «{text}»</source>
            <translation>On stage now: “{text}”</translation>
        </message>
        <message>
            <source>{phase} (følger klokka)</source>
            <translation>{phase} (following the clock)</translation>
        </message>
        <message>
            <source>{phase} · BLACKOUT på scenen</source>
            <translation>{phase} · BLACKOUT on stage</translation>
        </message>
    </context>
    <context>
        <name>UpcomingCuesPanel</name>
        <message>
            <source>GO</source>
            <translation>GO</translation>
        </message>
        <message>
            <source>Utløs neste cue ({keys})</source>
            <translation>Fire the next cue ({keys})</translation>
        </message>
        <message>
            <source>Hold automatiske cues</source>
            <translation>Hold automatic cues</translation>
        </message>
        <message>
            <source>Automatiske cues som forfaller mens de holdes, venter på GO.</source>
            <translation>Automatic cues that fall due while held wait for GO.</translation>
        </message>
        <message>
            <source>Ny …</source>
            <translation>New …</translation>
        </message>
        <message>
            <source>Rediger …</source>
            <translation>Edit …</translation>
        </message>
        <message>
            <source>Slett</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Opp</source>
            <translation>Up</translation>
        </message>
        <message>
            <source>Ned</source>
            <translation>Down</translation>
        </message>
        <message>
            <source>Utløs valgt</source>
            <translation>Fire selected</translation>
        </message>
        <message>
            <source>Hopp over</source>
            <translation>Skip</translation>
        </message>
        <message>
            <source>Neste på GO: ingen</source>
            <translation>Next on GO: none</translation>
        </message>
        <message>
            <source> (holdt)</source>
            <translation> (held)</translation>
        </message>
        <message>
            <source>om {t}</source>
            <translation>in {t}</translation>
        </message>
        <message>
            <source>Neste på GO: {cue} — {block}{when}</source>
            <translation>Next on GO: {cue} — {block}{when}</translation>
        </message>
    </context>
    <context>
        <name>ViewCard</name>
        <message>
            <source>Skann med mobilen for å åpne visningen</source>
            <extracomment>The QR codes' side in pixels: a phone reads this from the laptop's screen at arm's length.</extracomment>
            <translation>Scan with a phone to open the view</translation>
        </message>
        <message>
            <source>Kopier lenke</source>
            <translation>Copy link</translation>
        </message>
        <message>
            <source>Åpne</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Kopiert</source>
            <translation>Copied</translation>
        </message>
    </context>
    <context>
        <name>WalkInDialog</name>
        <message>
            <source>Legg til uanmeldt</source>
            <translation>Add a walk-in</translation>
        </message>
        <message>
            <source>valgfritt</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>På stedet</source>
            <translation>On site</translation>
        </message>
        <message>
            <source>Digitalt</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kommune</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Deltar</source>
            <translation>Attends</translation>
        </message>
        <message>
            <source>E-post</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Legg til</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Skriv navnet.</source>
            <translation>Enter the name.</translation>
        </message>
        <message>
            <source>Skriv kommunen (den styrer blandingsregelen).</source>
            <translation>Enter the municipality (it drives the mixing rule).</translation>
        </message>
        <message>
            <source>«{e}» er ikke en e-postadresse; la feltet stå tomt om personen ikke har oppgitt en.</source>
            <translation>“{e}” is not an e-mail address; leave the field empty if the person did not give one.</translation>
        </message>
        <message>
            <source>{e} er allerede påmeldt</source>
            <translation>{e} is already registered</translation>
        </message>
    </context>
    <context>
        <name>WorkbookExportDialog</name>
        <message>
            <source>Eksporter arbeidsbok</source>
            <translation>Export workbook</translation>
        </message>
        <message>
            <source>Velg …</source>
            <translation>Choose …</translation>
        </message>
        <message>
            <source>Ta med personopplysninger (navn, e-postadresser, telefonnumre)</source>
            <translation>Include personal data (names, e-mail addresses, phone numbers)</translation>
        </message>
        <message>
            <source>Arbeidsboka deles med alle deltakerne: la dette være av med mindre alle har samtykket.</source>
            <translation>The workbook is shared with all participants: leave this off unless everyone has consented.</translation>
        </message>
        <message>
            <source>Word (.docx), PDF (.pdf) eller Markdown (.md), etter filnavnet.</source>
            <translation>Word (.docx), PDF (.pdf) or Markdown (.md), by the file name.</translation>
        </message>
        <message>
            <source>Eksporter</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Lagre arbeidsbok</source>
            <translation>Save workbook</translation>
        </message>
        <message>
            <source>Word (*.docx);;PDF (*.pdf);;Markdown (*.md)</source>
            <translation>Word (*.docx);;PDF (*.pdf);;Markdown (*.md)</translation>
        </message>
        <message>
            <source>Skriver {path} …</source>
            <translation>Writing {path} …</translation>
        </message>
        <message>
            <source>Eksporten ble avbrutt; ingen fil er skrevet.</source>
            <translation>The export was cancelled; no file has been written.</translation>
        </message>
        <message>
            <source>Eksporten feilet (kode {code}).</source>
            <translation>The export failed (code {code}).</translation>
        </message>
        <message>
            <source>Kunne ikke starte eksporten.</source>
            <translation>Could not start the export.</translation>
        </message>
        <message>
            <source>Eksporten feilet: {error}</source>
            <translation type="vanished">The export failed: {error}</translation>
        </message>
        <message>
            <source>Avbryter …</source>
            <translation>Cancelling …</translation>
        </message>
        <message>
            <source>Arbeidsboka er lagret: {path}</source>
            <translation>The workbook is saved: {path}</translation>
        </message>
    </context>
    <context>
        <name>ZoomPanel</name>
        <message>
            <source>Zoom-konto (Server-to-Server OAuth)</source>
            <extracomment>A pre-assignment finished (its result saved in the event file).</extracomment>
            <translation>Zoom account (Server-to-Server OAuth)</translation>
        </message>
        <message>
            <source>lagres bare i nøkkelringen</source>
            <translation>stored only in the keyring</translation>
        </message>
        <message>
            <source>Konto-ID</source>
            <translation>Account ID</translation>
        </message>
        <message>
            <source>Klient-ID</source>
            <translation>Client ID</translation>
        </message>
        <message>
            <source>Klienthemmelighet</source>
            <translation>Client secret</translation>
        </message>
        <message>
            <source>&amp;Lagre i nøkkelringen</source>
            <translation>&amp;Save in the keyring</translation>
        </message>
        <message>
            <source>&amp;Endre …</source>
            <translation>&amp;Change …</translation>
        </message>
        <message>
            <source>Møte og runde</source>
            <translation>Meeting and round</translation>
        </message>
        <message>
            <source>f.eks. 812 3456 7890</source>
            <translation>e.g. 812 3456 7890</translation>
        </message>
        <message>
            <source>Zoom-møte-ID</source>
            <translation>Zoom meeting ID</translation>
        </message>
        <message>
            <source>Bolk</source>
            <translation>Block</translation>
        </message>
        <message>
            <source>Runde</source>
            <translation>Round</translation>
        </message>
        <message>
            <source>alle Zoom-grupper</source>
            <translation>all Zoom groups</translation>
        </message>
        <message>
            <source>møte nr. </source>
            <translation>meeting no. </translation>
        </message>
        <message>
            <source>Når gruppene er delt på flere Zoom-møter: send bare gruppene i dette møtet</source>
            <translation>When the groups are split over several Zoom meetings: send only the groups of this meeting</translation>
        </message>
        <message>
            <source>Del</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>&amp;Test tilkobling</source>
            <translation>&amp;Test connection</translation>
        </message>
        <message>
            <source>Rom</source>
            <translation>Room</translation>
        </message>
        <message>
            <source>Planlagt</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Bekreftet i Zoom</source>
            <translation>Confirmed in Zoom</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Eksporter &amp;CSV for Zoom …</source>
            <translation>Export &amp;CSV for Zoom …</translation>
        </message>
        <message>
            <source>&amp;Flytteliste …</source>
            <translation>&amp;Move list …</translation>
        </message>
        <message>
            <source>Forhåndstildel runde {n}</source>
            <translation>Pre-assign round {n}</translation>
        </message>
        <message>
            <source>Tilgangsnøkkelen fornyes om {m} min.</source>
            <translation>The access token renews in {m} min.</translation>
        </message>
        <message>
            <source>Møte: {t}</source>
            <translation>Meeting: {t}</translation>
        </message>
        <message>
            <source>Hemmeligheten er lagret i nøkkelringen.</source>
            <translation>The secret is stored in the keyring.</translation>
        </message>
        <message>
            <source>Ingen hemmelighet lagret ennå.</source>
            <translation>No secret stored yet.</translation>
        </message>
        <message>
            <source>Konto {account} er lagret i nøkkelringen.</source>
            <translation>Account {account} is stored in the keyring.</translation>
        </message>
        <message>
            <source>Fyll inn konto-ID og klient-ID.</source>
            <translation>Fill in the account ID and client ID.</translation>
        </message>
        <message>
            <source>Lagret i nøkkelringen.</source>
            <translation>Saved in the keyring.</translation>
        </message>
        <message>
            <source>Tester tilkoblingen til Zoom …</source>
            <translation>Testing the connection to Zoom …</translation>
        </message>
        <message>
            <source>Velg bolk og skriv inn møte-ID-en først.</source>
            <translation>Choose a block and enter the meeting ID first.</translation>
        </message>
        <message>
            <source>Sender runde {n} til Zoom …</source>
            <translation>Sending round {n} to Zoom …</translation>
        </message>
        <message>
            <source>Bekreftet</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>Delvis</source>
            <translation>Partial</translation>
        </message>
        <message>
            <source>Mangler i Zoom</source>
            <translation>Missing in Zoom</translation>
        </message>
        <message>
            <source>Ikke sendt</source>
            <translation>Not sent</translation>
        </message>
        <message>
            <source>{ok} av {n} rom bekreftet av Zoom.</source>
            <translation>{ok} of {n} rooms confirmed by Zoom.</translation>
        </message>
        <message>
            <source>Kan ikke forhåndstildeles ({n}):</source>
            <translation>Cannot be pre-assigned ({n}):</translation>
        </message>
        <message>
            <source>Lagre CSV for Zoom</source>
            <translation>Save CSV for Zoom</translation>
        </message>
        <message>
            <source>{n} personer skrevet til {f}.</source>
            <translation>{n} people written to {f}.</translation>
        </message>
        <message>
            <source>Flytteliste for Zoom</source>
            <translation>Move list for Zoom</translation>
        </message>
        <message>
            <source>ingen e-post</source>
            <translation>no e-mail</translation>
        </message>
    </context>
    <context>
        <name>api</name>
        <message>
            <source>Fjernstyring (API) …</source>
            <translation type="unfinished">Remote control (API) …</translation>
        </message>
    </context>
    <context>
        <name>controller</name>
        <message>
            <source>Fjernstyring (API) …</source>
            <translation type="vanished">Remote control (API) …</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <source>«{text}» er ikke et klokkeslett. Skriv TT:MM, for eksempel 09:30.</source>
            <translation>“{text}” is not a time of day. Write HH:MM, for example 09:30.</translation>
        </message>
        <message>
            <source>«{text}»: timen må være mellom 00 og 23.</source>
            <translation>“{text}”: the hour must be between 00 and 23.</translation>
        </message>
        <message>
            <source>«{text}»: minuttene må være mellom 00 og 59.</source>
            <translation>“{text}”: the minutes must be between 00 and 59.</translation>
        </message>
        <message>
            <source>«{text}»: minuttene må være mellom 0 og 59.</source>
            <translation>“{text}”: the minutes must be between 0 and 59.</translation>
        </message>
        <message>
            <source>«{text}»: lengden kan være høyst 24 timer.</source>
            <translation>“{text}”: the length can be at most 24 hours.</translation>
        </message>
        <message>
            <source>«{text}» er ikke en lengde. Skriv minutter (45), 1t 30m eller 1:30.</source>
            <translation>“{text}” is not a length. Write minutes (45), 1h 30m or 1:30.</translation>
        </message>
        <message>
            <source>Innholdet må være et JSON-objekt med feltet «text».</source>
            <translation>The body must be a JSON object with the field “text”.</translation>
        </message>
        <message>
            <source>«text» må være tekst eller null.</source>
            <translation>“text” must be a string or null.</translation>
        </message>
        <message>
            <source>Bare HTTP/1.x støttes.</source>
            <translation type="vanished">Only HTTP/1.x is supported.</translation>
        </message>
        <message>
            <source>Oppdelt overføring (chunked) støttes ikke; send Content-Length.</source>
            <translation>Chunked transfer is not supported; send Content-Length.</translation>
        </message>
        <message>
            <source>Content-Length må være et tall.</source>
            <translation type="vanished">Content-Length must be a number.</translation>
        </message>
        <message>
            <source>Mangler eller feil token. Send «Authorization: Bearer &lt;token&gt;».</source>
            <translation>Missing or wrong token. Send “Authorization: Bearer &lt;token&gt;”.</translation>
        </message>
        <message>
            <source>Innholdet må være JSON: {{"text": "…"}}.</source>
            <translation>The body must be JSON: {{"text": "…"}}.</translation>
        </message>
        <message>
            <source>Ufullstendig HTTP-forespørsel.</source>
            <translation type="vanished">Incomplete HTTP request.</translation>
        </message>
        <message>
            <source>Forespørselens hode er for stort.</source>
            <translation>The request's headers are too large.</translation>
        </message>
        <message>
            <source>Ugyldig forespørselslinje.</source>
            <translation type="vanished">Invalid request line.</translation>
        </message>
        <message>
            <source>Ugyldig hodelinje.</source>
            <translation type="vanished">Invalid header line.</translation>
        </message>
        <message>
            <source>Oppgi sekunder med ?add=SEKUNDER (negativt trekker fra).</source>
            <translation>Give seconds with ?add=SECONDS (negative subtracts).</translation>
        </message>
        <message>
            <source>Ukjent adresse: {path}</source>
            <translation>Unknown address: {path}</translation>
        </message>
        <message>
            <source>Innholdet er for stort (høyst {limit} byte).</source>
            <translation>The body is too large (at most {limit} bytes).</translation>
        </message>
        <message>
            <source>{path} tar bare imot {allowed}.</source>
            <translation>{path} only accepts {allowed}.</translation>
        </message>
        <message>
            <source>Bolknummeret må være et heltall, ikke «{raw}».</source>
            <translation>The block number must be an integer, not “{raw}”.</translation>
        </message>
        <message>
            <source>add må være et tall (sekunder), ikke «{raw}».</source>
            <translation>add must be a number (seconds), not “{raw}”.</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>nei</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Advarsler</source>
            <translation>Warnings</translation>
        </message>
        <message>
            <source>Hoppet over</source>
            <translation>Skipped</translation>
        </message>
        <message>
            <source>KL.</source>
            <translation>TIME</translation>
        </message>
        <message>
            <source>Min</source>
            <translation>Min</translation>
        </message>
        <message>
            <source>Tittel</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Kategori</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Strøm</source>
            <translation>Stream</translation>
        </message>
        <message>
            <source>Ansvarlig</source>
            <translation>Assigned</translation>
        </message>
        <message>
            <source>(uten tittel)</source>
            <translation>(untitled)</translation>
        </message>
        <message>
            <source>Agendaen er tom.</source>
            <translation>The agenda is empty.</translation>
        </message>
        <message>
            <source>Fant {days} dag(er) ({dates}), {blocks} bolker og {people} personer.</source>
            <translation type="vanished">Found {days} day(s) ({dates}), {blocks} blocks and {people} people.</translation>
        </message>
        <message>
            <source>Strømming: {yes} strømmes, {no} strømmes ikke, {unknown} uten forslag.</source>
            <translation>Streaming: {yes} streamed, {no} not streamed, {unknown} without a suggestion.</translation>
        </message>
        <message>
            <source>Skrev {n} bolker til {out}.</source>
            <translation>Wrote {n} blocks to {out}.</translation>
        </message>
        <message>
            <source>Importerte «{title}» ({kind}) fra {agenda} til {event} (ny fil).</source>
            <translation>Imported “{title}” ({kind}) from {agenda} into {event} (new file).</translation>
        </message>
        <message>
            <source>Importerte «{title}» ({kind}) fra {agenda} til {event}.</source>
            <translation>Imported “{title}” ({kind}) from {agenda} into {event}.</translation>
        </message>
        <message>
            <source>Ugyldig dato «{value}»; ventet ÅÅÅÅ-MM-DD.</source>
            <translation>Invalid date “{value}”; expected YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>«{title}» finnes allerede i hendelsen (samme id); lagt til som en ny bolk.</source>
            <translation>“{title}” already exists in the event (same id); added as a new block.</translation>
        </message>
        <message>
            <source>… og {n} til</source>
            <translation>… and {n} more</translation>
        </message>
        <message>
            <source>Programpost nr. {i} finnes ikke: agendaen har {n} poster (0–{last}).</source>
            <translation type="vanished">Block no. {i} does not exist: the agenda has {n} blocks (0–{last}).</translation>
        </message>
        <message>
            <source>--csv trenger --out FIL.</source>
            <translation>--csv needs --out FILE.</translation>
        </message>
        <message>
            <source>Skrev {n} bolker til {path}</source>
            <translation>Wrote {n} blocks to {path}</translation>
        </message>
        <message>
            <source>Siste gode kopi finnes i {copy}; åpne den i vinduet eller kopier den.</source>
            <translation>The last good copy is in {copy}; open it in the window or copy it.</translation>
        </message>
        <message>
            <source>{action} trenger et tall.</source>
            <translation>{action} needs a number.</translation>
        </message>
        <message>
            <source>{action} trenger et tall, ikke «{value}».</source>
            <translation>{action} needs a number, not “{value}”.</translation>
        </message>
        <message>
            <source>Plattform</source>
            <translation>Platform</translation>
        </message>
        <message>
            <source>Stopp strømmen (dagens siste)</source>
            <translation>Stop the stream (last of the day)</translation>
        </message>
        <message>
            <source>Start strømmen (scene {scene})</source>
            <translation>Start the stream (scene {scene})</translation>
        </message>
        <message>
            <source>Stopp strømmen</source>
            <translation>Stop the stream</translation>
        </message>
        <message>
            <source>{platform}: åpne grupperommene</source>
            <translation>{platform}: open the breakout rooms</translation>
        </message>
        <message>
            <source>Scene {scene}</source>
            <translation>Scene {scene}</translation>
        </message>
        <message>
            <source>Påminnelse kvittert</source>
            <translation>Reminder acknowledged</translation>
        </message>
        <message>
            <source>Utført</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>manuell</source>
            <translation>manual</translation>
        </message>
        <message>
            <source>ved start</source>
            <translation>at start</translation>
        </message>
        <message>
            <source>ved slutt</source>
            <translation>at end</translation>
        </message>
        <message>
            <source>(ingen handlinger)</source>
            <translation>(no actions)</translation>
        </message>
        <message>
            <source>{span} før slutt</source>
            <translation>{span} before the end</translation>
        </message>
        <message>
            <source>{m} min</source>
            <translation>{m} min</translation>
        </message>
        <message>
            <source>Ukjent format «{fmt}»; ventet json eller csv.</source>
            <translation>Unknown format “{fmt}”; expected json or csv.</translation>
        </message>
        <message>
            <source>Mappen {folder} finnes ikke.</source>
            <translation>The folder {folder} does not exist.</translation>
        </message>
        <message>
            <source>gruppeleder</source>
            <translation>group leader</translation>
        </message>
        <message>
            <source>referent</source>
            <translation>note-taker</translation>
        </message>
        <message>
            <source>{platform}: grupperom runde for runde</source>
            <translation>{platform}: breakout rooms round by round</translation>
        </message>
        <message>
            <source>== Runde {n} ==</source>
            <translation>== Round {n} ==</translation>
        </message>
        <message>
            <source> (møte {m})</source>
            <translation> (meeting {m})</translation>
        </message>
        <message>
            <source>Flyttinger fra forrige runde ({n}):</source>
            <translation>Moves from the previous round ({n}):</translation>
        </message>
        <message>
            <source>  ingen</source>
            <translation>  none</translation>
        </message>
        <message>
            <source>  {who}: {src} → {dst}</source>
            <translation>  {who}: {src} → {dst}</translation>
        </message>
        <message>
            <source>(ny)</source>
            <translation>(new)</translation>
        </message>
        <message>
            <source>Runde {n}</source>
            <translation>Round {n}</translation>
        </message>
        <message>
            <source>(uten navn)</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <source>filen finnes ikke</source>
            <translation>the file does not exist</translation>
        </message>
        <message>
            <source>filen er tom; ventet en overskriftsrad og én rad per deltaker</source>
            <translation>the file is empty; expected a header row and one row per participant</translation>
        </message>
        <message>
            <source>mangler navn; ventet Navn eller Fornavn/Etternavn</source>
            <translation>missing name; expected Name or First name/Last name</translation>
        </message>
        <message>
            <source>{file}: ukjente kolonner ignorert: {cols}</source>
            <translation>{file}: unknown columns ignored: {cols}</translation>
        </message>
        <message>
            <source>overskriftsraden mangler kolonne(r): {cols}; fant: {found}</source>
            <translation>the header row lacks column(s): {cols}; found: {found}</translation>
        </message>
        <message>
            <source>{file}:{line}: {email} står allerede på linje {first}; den første registreringen beholdes</source>
            <translation>{file}:{line}: {email} is already on line {first}; the first registration is kept</translation>
        </message>
        <message>
            <source>kan ikke leses som XLSX ({e})</source>
            <translation>cannot be read as XLSX ({e})</translation>
        </message>
        <message>
            <source>{who}: mangler e-post; ventet en e-postadresse</source>
            <translation>{who}: missing e-mail; expected an e-mail address</translation>
        </message>
        <message>
            <source>{who}: mangler kommune; ventet kommunenavnet (brukes for blandingsregelen)</source>
            <translation>{who}: missing municipality; expected the municipality's name (used for the mixing rule)</translation>
        </message>
        <message>
            <source>{who}: ukjent deltakelse «{value}»; ventet {expected}</source>
            <translation>{who}: unknown attendance “{value}”; expected {expected}</translation>
        </message>
        <message>
            <source>{who}: «{email}» er ikke en e-postadresse</source>
            <translation>{who}: “{email}” is not an e-mail address</translation>
        </message>
        <message>
            <source>ugyldig gruppestørrelse {a}–{b}; ventet for eksempel 3-4</source>
            <translation>invalid group size {a}–{b}; expected for example 3-4</translation>
        </message>
        <message>
            <source>gruppen {pool} har bare {n} deltaker(e), for få til én gruppe på minst {a}; flytt dem til en annen deltakelse eller senk minste gruppestørrelse</source>
            <translation>the group {pool} has only {n} participant(s), too few for one group of at least {a}; move them to another attendance or lower the minimum group size</translation>
        </message>
        <message>
            <source>{n} deltakere {pool} kan ikke deles i grupper på {a}–{b}; velg et bredere størrelsesintervall</source>
            <translation>{n} participants {pool} cannot be split into groups of {a}–{b}; choose a wider size range</translation>
        </message>
        <message>
            <source>{n} deltakere {pool} kan ikke deles i {g} grupper på {a}–{b}; mulig: {lo}–{hi} grupper</source>
            <translation>{n} participants {pool} cannot be split into {g} groups of {a}–{b}; possible: {lo}–{hi} groups</translation>
        </message>
        <message>
            <source>ingen ledig plass {pool} for {who}; legg til et rom eller øk største gruppestørrelse</source>
            <translation>no free place {pool} for {who}; add a room or raise the largest group size</translation>
        </message>
        <message>
            <source>{room} har {n} igjen og {pool} har verken ledige plasser eller nok folk å flytte; senk minste gruppestørrelse</source>
            <translation>{room} has {n} left and {pool} has neither free places nor enough people to move; lower the minimum group size</translation>
        </message>
        <message>
            <source>Ikke nok definerte rom på stedet for alle gruppene; resten har fått standardnavn.</source>
            <translation>Not enough rooms defined on site for all groups; the rest got default names.</translation>
        </message>
        <message>
            <source>For små rom (kapasitet) ble ikke brukt: {rooms}</source>
            <translation>Rooms too small (capacity) were not used: {rooms}</translation>
        </message>
        <message>
            <source>{platform} tillater høyst {rooms} grupperom og {people} deltakere per møte, men {pool} har {g} grupper og {n} deltakere. Del i flere møter (--split-meetings / «Del i flere møter»).</source>
            <translation>{platform} allows at most {rooms} breakout rooms and {people} participants per meeting, but {pool} has {g} groups and {n} participants. Split into several meetings (--split-meetings / “Split into several meetings”).</translation>
        </message>
        <message>
            <source>{platform} tillater høyst {max} grupperom per møte (du ba om {n}); legg resten i et nytt møte</source>
            <translation>{platform} allows at most {max} breakout rooms per meeting (you asked for {n}); put the rest in a new meeting</translation>
        </message>
        <message>
            <source>minst én runde trengs</source>
            <translation>at least one round is needed</translation>
        </message>
        <message>
            <source>ingen deltakere å danne grupper av; importer påmeldingslisten først</source>
            <translation>no participants to form groups from; import the registration list first</translation>
        </message>
        <message>
            <source>Kommuneregelen (høyst {k} fra samme kommune) kan ikke oppfylles {pool}: {muni} har {c} av {n}. Minst {m} brudd per runde med {g} grupper. Med {bg} grupper (flere 3-persongrupper) blir minimum {bm}.</source>
            <translation>The municipality rule (at most {k} from the same municipality) cannot be met {pool}: {muni} has {c} of {n}. At least {m} violations per round with {g} groups. With {bg} groups (more 3-person groups) the minimum is {bm}.</translation>
        </message>
        <message>
            <source>runde {i}: «tilbake til runde {r}» må vise til en tidligere runde</source>
            <translation>round {i}: “back to round {r}” must refer to an earlier round</translation>
        </message>
        <message>
            <source>{email} er ikke blant deltakerne (eller er meldt ikke møtt)</source>
            <translation>{email} is not among the participants (or is marked as a no-show)</translation>
        </message>
        <message>
            <source>{email} er satt fast i «{room}», men gruppene {pool} heter {names}</source>
            <translation>{email} is pinned to “{room}”, but the groups {pool} are called {names}</translation>
        </message>
        <message>
            <source>flere er satt fast i «{room}» enn gruppen har plass til</source>
            <translation>more people are pinned to “{room}” than the group has room for</translation>
        </message>
        <message>
            <source>runde {r}: fant ingen inndeling der {a} og {b} er i hver sin gruppe</source>
            <translation>round {r}: found no division where {a} and {b} are in different groups</translation>
        </message>
        <message>
            <source>Gamle Excel-filer (.xls) kan ikke leses; lagre som .xlsx eller CSV og prøv igjen.</source>
            <translation>Old Excel files (.xls) cannot be read; save as .xlsx or CSV and try again.</translation>
        </message>
        <message>
            <source>Dette er en mappe; ventet en agendafil (tekst, CSV, XLSX eller JSON).</source>
            <translation>This is a folder; expected an agenda file (text, CSV, XLSX or JSON).</translation>
        </message>
        <message>
            <source>Filen er tom; ventet en agenda (SessionLab-eksport, programtekst, CSV, XLSX eller JSON).</source>
            <translation>The file is empty; expected an agenda (SessionLab export, programme text, CSV, XLSX or JSON).</translation>
        </message>
        <message>
            <source>Filen ser ut til å være binær, ikke tekst; ventet en agenda som tekst, CSV, XLSX eller JSON.</source>
            <translation>The file seems to be binary, not text; expected an agenda as text, CSV, XLSX or JSON.</translation>
        </message>
        <message>
            <source>Filen inneholder bare blanke tegn; ventet en agenda.</source>
            <translation>The file contains only blank characters; expected an agenda.</translation>
        </message>
        <message>
            <source>Lengden kan ikke være negativ.</source>
            <translation>The length cannot be negative.</translation>
        </message>
        <message>
            <source>En bolk kan vare høyst 24 timer.</source>
            <translation>A block can last at most 24 hours.</translation>
        </message>
        <message>
            <source>Finner ikke filen.</source>
            <translation>Cannot find the file.</translation>
        </message>
        <message>
            <source>Ugyldig lengde «{value}»: ventet {expected}.</source>
            <translation>Invalid length “{value}”: expected {expected}.</translation>
        </message>
        <message>
            <source>Ugyldig dato «{value}»: ventet {expected}.</source>
            <translation>Invalid date “{value}”: expected {expected}.</translation>
        </message>
        <message>
            <source>Filen er for stor ({size} MB); en agenda er på under {limit} MB. Er dette riktig fil?</source>
            <translation>The file is too large ({size} MB); an agenda is under {limit} MB. Is this the right file?</translation>
        </message>
        <message>
            <source>Ugyldig klokkeslett «{value}»: ventet {expected}.</source>
            <translation>Invalid time “{value}”: expected {expected}.</translation>
        </message>
        <message>
            <source>Ugyldig klokkeslett «{value}»: timer må være 00–23 og minutter 00–59 ({expected}).</source>
            <translation>Invalid time “{value}”: hours must be 00–23 and minutes 00–59 ({expected}).</translation>
        </message>
        <message>
            <source>Minuttene må være under 60.</source>
            <translation>The minutes must be under 60.</translation>
        </message>
        <message>
            <source>Kan ikke lese filen ({error}).</source>
            <translation>Cannot read the file ({error}).</translation>
        </message>
        <message>
            <source>Minuttene må være under 60 når timer er oppgitt.</source>
            <translation>The minutes must be under 60 when hours are given.</translation>
        </message>
        <message>
            <source>Datoen «{value}» mangler årstall; oppgi det med --date ÅÅÅÅ-MM-DD.</source>
            <translation>The date “{value}” has no year; give it with --date YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>«{title}» kl. {start} overlapper «{prev}» som varer til {end}; importert likevel.</source>
            <translation>“{title}” at {start} overlaps “{prev}”, which lasts until {end}; imported anyway.</translation>
        </message>
        <message>
            <source>«{title}» varer forbi midnatt.</source>
            <translation>“{title}” lasts past midnight.</translation>
        </message>
        <message>
            <source>{gap} uten program mellom «{prev}» (slutt {end}) og «{title}» kl. {start}.</source>
            <translation>{gap} without programme between “{prev}” (ends {end}) and “{title}” at {start}.</translation>
        </message>
        <message>
            <source>et helt antall minutter</source>
            <translation>a whole number of minutes</translation>
        </message>
        <message>
            <source>Ugyldig «version»; ventet et heltall (1).</source>
            <translation>Invalid “version”; expected an integer (1).</translation>
        </message>
        <message>
            <source>En bolk skal være et JSON-objekt.</source>
            <translation>A block must be a JSON object.</translation>
        </message>
        <message>
            <source>tekst</source>
            <translation>text</translation>
        </message>
        <message>
            <source>en liste med navn</source>
            <translation>a list of names</translation>
        </message>
        <message>
            <source>«assigned» skal være en liste med navn (tekst).</source>
            <translation>“assigned” must be a list of names (text).</translation>
        </message>
        <message>
            <source>Bolken mangler tittel.</source>
            <translation>The block has no title.</translation>
        </message>
        <message>
            <source>JSON-filen er for dypt nøstet; ventet en Kontrollrom-agenda.</source>
            <translation>The JSON file is nested too deeply; expected a Kontrollrom agenda.</translation>
        </message>
        <message>
            <source>Kategori uten navn; ventet {{"name": …, "color": "#RRGGBB"}}.</source>
            <translation>Category without a name; expected {{"name": …, "color": "#RRGGBB"}}.</translation>
        </message>
        <message>
            <source>et heltall eller null</source>
            <translation>an integer or null</translation>
        </message>
        <message>
            <source>Dette er ikke en Kontrollrom-agenda: ventet «"format": "{fmt}"» øverst.</source>
            <translation>This is not a Kontrollrom agenda: expected “"format": "{fmt}"” at the top.</translation>
        </message>
        <message>
            <source>Agendaen er laget av en nyere Kontrollrom (versjon {v}); denne leser versjon {mine}.</source>
            <translation>The agenda was made by a newer Kontrollrom (version {v}); this one reads version {mine}.</translation>
        </message>
        <message>
            <source>«{key}» skal være tekst.</source>
            <translation>“{key}” must be text.</translation>
        </message>
        <message>
            <source>«{key}» skal være en liste.</source>
            <translation>“{key}” must be a list.</translation>
        </message>
        <message>
            <source>Ugyldig «location» «{value}»; ventet onsite, online eller both.</source>
            <translation>Invalid “location” “{value}”; expected onsite, online or both.</translation>
        </message>
        <message>
            <source>Ugyldig uid «{uid}»; ventet opptil 32 bokstaver og tall.</source>
            <translation>Invalid uid “{uid}”; expected up to 32 letters and digits.</translation>
        </message>
        <message>
            <source>tekst eller null</source>
            <translation>text or null</translation>
        </message>
        <message>
            <source>Ugyldig JSON ({error}); ventet en Kontrollrom-agenda (.json).</source>
            <translation>Invalid JSON ({error}); expected a Kontrollrom agenda (.json).</translation>
        </message>
        <message>
            <source>Ukjent tidssone «{tz}»; ventet for eksempel Europe/Oslo.</source>
            <translation>Unknown time zone “{tz}”; expected for example Europe/Oslo.</translation>
        </message>
        <message>
            <source>Ugyldig farge «{color}» for kategorien «{name}»; ventet #RRGGBB.</source>
            <translation>Invalid colour “{color}” for the category “{name}”; expected #RRGGBB.</translation>
        </message>
        <message>
            <source>Bolken mangler «{key}»; ventet {expected}.</source>
            <translation>The block lacks “{key}”; expected {expected}.</translation>
        </message>
        <message>
            <source>«{key}» har verdien {value}; ventet {expected}.</source>
            <translation>“{key}” has the value {value}; expected {expected}.</translation>
        </message>
        <message>
            <source>Bolk-id «{uid}» finnes to ganger; hver bolk må ha sin egen uid.</source>
            <translation>Block id “{uid}” occurs twice; each block must have its own uid.</translation>
        </message>
        <message>
            <source>Tekst i programmet hoppet over</source>
            <translation>Text in the programme skipped</translation>
        </message>
        <message>
            <source>Tekst før programmet hoppet over</source>
            <translation>Text before the programme skipped</translation>
        </message>
        <message>
            <source>Fant ingen programposter; ventet linjer som «09.00 Velkommen» under en dag som «Onsdag 6. september».</source>
            <translation type="vanished">Found no programme items; expected lines like “09.00 Welcome” under a day like “Wednesday 6 September”.</translation>
        </message>
        <message>
            <source>Vilkår etter programmet hoppet over</source>
            <translation>Terms after the programme skipped</translation>
        </message>
        <message>
            <source>Emneknagg hoppet over</source>
            <translation>Hashtag skipped</translation>
        </message>
        <message>
            <source>Programmet sier ikke hvilken dag det gjelder (ingen linje som «Onsdag 6. september» før første klokkeslett); oppgi datoen med --date ÅÅÅÅ-MM-DD.</source>
            <translation>The programme does not say which day it is for (no line like “Wednesday 6 September” before the first time); give the date with --date YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>Programmet har dager uten årstall («{header}»); oppgi året med --date ÅÅÅÅ-MM-DD.</source>
            <translation>The programme has days without a year (“{header}”); give the year with --date YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>Datoen «{header}» finnes ikke.</source>
            <translation>The date “{header}” does not exist.</translation>
        </message>
        <message>
            <source>«{header}»: {date} er ikke en {weekday}; sjekk året (--date).</source>
            <translation>“{header}”: {date} is not a {weekday}; check the year (--date).</translation>
        </message>
        <message>
            <source>«{title}» kl. {start} har ingen sluttid; satt til {minutes} min.</source>
            <translation>“{title}” at {start} has no end time; set to {minutes} min.</translation>
        </message>
        <message>
            <source>Fant ingen tabelloverskrift «KL. LENGDE TITTEL BESKRIVELSE».</source>
            <translation>Found no table header “KL. LENGDE TITTEL BESKRIVELSE”.</translation>
        </message>
        <message>
            <source>Tabellen mangler kolonnen TITTEL; ventet «KL. LENGDE TITTEL BESKRIVELSE».</source>
            <translation>The table lacks the column TITTEL; expected “KL. LENGDE TITTEL BESKRIVELSE”.</translation>
        </message>
        <message>
            <source>Tabellen har ingen bolker; ventet rader som «09:00&lt;TAB&gt;45m&lt;TAB&gt;Tittel».</source>
            <translation>The table has no blocks; expected rows like “09:00&lt;TAB&gt;45m&lt;TAB&gt;Title”.</translation>
        </message>
        <message>
            <source>Eksporten sier ikke hvilken dag agendaen gjelder; oppgi datoen med --date ÅÅÅÅ-MM-DD.</source>
            <translation>The export does not say which day the agenda is for; give the date with --date YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>Tekst før tabellen hoppet over</source>
            <translation>Text before the table skipped</translation>
        </message>
        <message>
            <source>Bolken kl. {start} mangler tittel (kolonnen TITTEL).</source>
            <translation>The block at {start} has no title (column TITTEL).</translation>
        </message>
        <message>
            <source>Tittelen «{title}» har ingen årstall; oppgi datoen med --date ÅÅÅÅ-MM-DD.</source>
            <translation>The title “{title}” has no year; give the date with --date YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>Detaljdelen har bolken «{title}», som ikke finnes i tabellen; ventet en av titlene i tabellen: {titles}.</source>
            <translation>The details section has the block “{title}”, which is not in the table; expected one of the titles in the table: {titles}.</translation>
        </message>
        <message>
            <source>Linje uten klokkeslett hoppet over</source>
            <translation>Line without a time skipped</translation>
        </message>
        <message>
            <source>Datoen i tittelen «{title}» finnes ikke.</source>
            <translation>The date in the title “{title}” does not exist.</translation>
        </message>
        <message>
            <source>Tittelen sier {found}; datoen fra tittelen er brukt, ikke {given}.</source>
            <translation>The title says {found}; the date from the title is used, not {given}.</translation>
        </message>
        <message>
            <source>Detaljdelen har «{title}» kl. {start}, men tabellen har den kl. {table}; ventet samme tid.</source>
            <translation>The details section has “{title}” at {start}, but the table has it at {table}; expected the same time.</translation>
        </message>
        <message>
            <source>Mellomrommet «{gap}» etter «{prev}» gir start {expected}, men «{title}» starter {start}.</source>
            <translation>The gap “{gap}” after “{prev}” gives the start {expected}, but “{title}” starts at {start}.</translation>
        </message>
        <message>
            <source>Detaljdelen sier {details} min for «{title}», tabellen {table} min; tabellen er brukt.</source>
            <translation>The details section says {details} min for “{title}”, the table {table} min; the table is used.</translation>
        </message>
        <message>
            <source>ingen</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Regnearket har ingen Dato-kolonne; oppgi datoen med --date ÅÅÅÅ-MM-DD.</source>
            <translation>The spreadsheet has no Date column; give the date with --date YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>Regnearket har ingen rader under overskriften.</source>
            <translation>The spreadsheet has no rows below the header.</translation>
        </message>
        <message>
            <source>Første rad mangler dato; fyll inn Dato eller oppgi --date ÅÅÅÅ-MM-DD.</source>
            <translation>The first row has no date; fill in Date or give --date YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>Ugyldig verdi «{value}» i Strømmes: ventet ja, nei eller tom (ukjent).</source>
            <translation>Invalid value “{value}” in Streamed: expected yes, no or empty (unknown).</translation>
        </message>
        <message>
            <source>Ugyldig sted «{value}»: ventet fysisk, digitalt eller begge.</source>
            <translation>Invalid place “{value}”: expected on site, online or both.</translation>
        </message>
        <message>
            <source>Regnearket mangler kolonnene {missing}; fant {found}. Ventet en overskriftsrad med minst KL./Start/Tid/Time og Tittel/Title (og gjerne Lengde/Varighet/Duration, Dato, Beskrivelse, Ansvarlig, Kategori, Notater, Strømmes).</source>
            <translation>The spreadsheet lacks the columns {missing}; found {found}. Expected a header row with at least KL./Start/Tid/Time and Tittel/Title (and preferably Lengde/Varighet/Duration, Dato, Beskrivelse, Ansvarlig, Kategori, Notater, Strømmes).</translation>
        </message>
        <message>
            <source>Raden mangler tittel (kolonnen Tittel/Title).</source>
            <translation>The row has no title (column Tittel/Title).</translation>
        </message>
        <message>
            <source>Ugyldig lengde «{value}».</source>
            <translation>Invalid length “{value}”.</translation>
        </message>
        <message>
            <source>CSV-filen kan ikke leses ({error}).</source>
            <translation>The CSV file cannot be read ({error}).</translation>
        </message>
        <message>
            <source>Filen er ikke et gyldig Excel-regneark (.xlsx): {error}</source>
            <translation>The file is not a valid Excel spreadsheet (.xlsx): {error}</translation>
        </message>
        <message>
            <source>«{title}» kl. {start} har ingen lengde; satt til {minutes} min.</source>
            <translation>“{title}” at {start} has no length; set to {minutes} min.</translation>
        </message>
        <message>
            <source>Ukjent kolonne «{name}» hoppet over</source>
            <translation>Unknown column “{name}” skipped</translation>
        </message>
        <message>
            <source>Finner ikke innspill nr. {id}.</source>
            <translation>Cannot find input no. {id}.</translation>
        </message>
        <message>
            <source>Innspillet er tomt.</source>
            <translation>The input is empty.</translation>
        </message>
        <message>
            <source>innspill</source>
            <translation>input</translation>
        </message>
        <message>
            <source>Ukjent type «{value}». Bruk en av: {kinds}.</source>
            <translation>Unknown kind “{value}”. Use one of: {kinds}.</translation>
        </message>
        <message>
            <source>Ukjent kilde «{value}». Bruk en av: {sources}.</source>
            <translation>Unknown source “{value}”. Use one of: {sources}.</translation>
        </message>
        <message>
            <source>Innspillet er for langt ({n} tegn; høyst {max}). Del det opp, eller lim det inn som gruppenotat.</source>
            <translation>The input is too long ({n} characters; at most {max}). Split it up, or paste it as a group note.</translation>
        </message>
        <message>
            <source>Bærekraftsmål {n} finnes ikke: FNs bærekraftsmål er nummerert 1–17 (skriv for eksempel #sdg13).</source>
            <translation>Sustainable Development Goal {n} does not exist: the UN goals are numbered 1–17 (write for example #sdg13).</translation>
        </message>
        <message>
            <source>{peer}: tilkoblingen ble avvist. Kjører programmet, og er adresse og port riktig?</source>
            <translation>{peer}: the connection was refused. Is the program running, and are the address and port right?</translation>
        </message>
        <message>
            <source>{peer}: svarte ikke innen tidsfristen (henger eller er utilgjengelig).</source>
            <translation>{peer}: did not answer in time (hanging or unreachable).</translation>
        </message>
        <message>
            <source>{peer}: nettverksfeil.</source>
            <translation>{peer}: network error.</translation>
        </message>
        <message>
            <source>{peer}: feil passord eller manglende tilgang.</source>
            <translation>{peer}: wrong password or no access.</translation>
        </message>
        <message>
            <source>{peer}: for mange forespørsler; venter før nytt forsøk.</source>
            <translation>{peer}: too many requests; waiting before retrying.</translation>
        </message>
        <message>
            <source>{peer}: feil hos mottakeren (serverfeil).</source>
            <translation>{peer}: error at the receiver (server error).</translation>
        </message>
        <message>
            <source>{peer}: svaret kunne ikke leses (ugyldig format).</source>
            <translation>{peer}: the answer could not be read (invalid format).</translation>
        </message>
        <message>
            <source>{peer}: finnes ikke.</source>
            <translation>{peer}: does not exist.</translation>
        </message>
        <message>
            <source>{peer}: allerede i gang.</source>
            <translation>{peer}: already running.</translation>
        </message>
        <message>
            <source>{peer}: går ikke.</source>
            <translation>{peer}: not running.</translation>
        </message>
        <message>
            <source>{peer}: ugyldig handling.</source>
            <translation>{peer}: invalid action.</translation>
        </message>
        <message>
            <source>{peer}: er slått av i innstillingene.</source>
            <translation>{peer}: is turned off in the settings.</translation>
        </message>
        <message>
            <source>{peer}: passordet finnes ikke i nøkkelringen.</source>
            <translation>{peer}: the password is not in the keyring.</translation>
        </message>
        <message>
            <source>Kobler til …</source>
            <translation>Connecting …</translation>
        </message>
        <message>
            <source>, prøv igjen om {s:.0f} s</source>
            <translation>, retrying in {s:.0f} s</translation>
        </message>
        <message>
            <source>Slått av</source>
            <translation>Off</translation>
        </message>
        <message>
            <source>Lukket</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>{peer}: tilkoblingen virker.</source>
            <translation>{peer}: the connection works.</translation>
        </message>
        <message>
            <source>ukjent handling «{k}»</source>
            <translation>unknown action “{k}”</translation>
        </message>
        <message>
            <source>Ingen adapter med navnet «{name}» er satt opp.</source>
            <translation>No adapter named “{name}” is set up.</translation>
        </message>
        <message>
            <source>trykk</source>
            <translation>press</translation>
        </message>
        <message>
            <source>sett variabel</source>
            <translation>set variable</translation>
        </message>
        <message>
            <source>Side/rad/kolonne</source>
            <translation>Page/row/column</translation>
        </message>
        <message>
            <source>Variabel</source>
            <translation>Variable</translation>
        </message>
        <message>
            <source>Verdi</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>{peer}: HTTP-API-et er slått av. Slå på «HTTP API» under Settings → Protocols i Companion.</source>
            <translation>{peer}: the HTTP API is turned off. Turn on “HTTP API” under Settings → Protocols in Companion.</translation>
        </message>
        <message>
            <source>mangler variabelnavn</source>
            <translation>missing variable name</translation>
        </message>
        <message>
            <source>knappen må skrives side/rad/kolonne, for eksempel 1/0/2</source>
            <translation>the button must be written page/row/column, for example 1/0/2</translation>
        </message>
        <message>
            <source>{peer}: knappen {where} finnes ikke.</source>
            <translation type="vanished">{peer}: the button {where} does not exist.</translation>
        </message>
        <message>
            <source>{peer}: knappen {where} er tom; ingenting skjedde.</source>
            <translation type="vanished">{peer}: the button {where} is empty; nothing happened.</translation>
        </message>
        <message>
            <source>{peer}: variabelen «{name}» finnes ikke.</source>
            <translation>{peer}: the variable “{name}” does not exist.</translation>
        </message>
        <message>
            <source>Vert</source>
            <translation>Host</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Brukernavn</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Adresse (URL)</source>
            <translation>Address (URL)</translation>
        </message>
        <message>
            <source>Ukjent adaptertype «{kind}».</source>
            <translation>Unknown adapter type “{kind}”.</translation>
        </message>
        <message>
            <source>scene</source>
            <translation>scene</translation>
        </message>
        <message>
            <source>start strømming</source>
            <translation>start streaming</translation>
        </message>
        <message>
            <source>stopp strømming</source>
            <translation>stop streaming</translation>
        </message>
        <message>
            <source>start opptak</source>
            <translation>start recording</translation>
        </message>
        <message>
            <source>stopp opptak</source>
            <translation>stop recording</translation>
        </message>
        <message>
            <source>demp</source>
            <translation>mute</translation>
        </message>
        <message>
            <source>slå på lyd</source>
            <translation>unmute</translation>
        </message>
        <message>
            <source>forbindelsen ble brutt</source>
            <translation>the connection was lost</translation>
        </message>
        <message>
            <source>Scene</source>
            <translation>Scene</translation>
        </message>
        <message>
            <source>Kilde</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>ikke tilkoblet</source>
            <translation>not connected</translation>
        </message>
        <message>
            <source>Strømmen</source>
            <translation>The stream</translation>
        </message>
        <message>
            <source>Opptaket</source>
            <translation>The recording</translation>
        </message>
        <message>
            <source>OBS er ikke klar</source>
            <translation>OBS is not ready</translation>
        </message>
        <message>
            <source>{peer}: Feil passord (OBS lukket tilkoblingen med kode 4009).</source>
            <translation>{peer}: Wrong password (OBS closed the connection with code 4009).</translation>
        </message>
        <message>
            <source>{peer}: finner ikke scenen «{name}».</source>
            <translation>{peer}: cannot find the scene “{name}”.</translation>
        </message>
        <message>
            <source>{peer}: {what} går allerede.</source>
            <translation>{peer}: {what} is already running.</translation>
        </message>
        <message>
            <source>{peer}: {what} går ikke.</source>
            <translation>{peer}: {what} is not running.</translation>
        </message>
        <message>
            <source>{peer}: finner ikke kilden «{name}».</source>
            <translation>{peer}: cannot find the source “{name}”.</translation>
        </message>
        <message>
            <source>mangler «{f}»</source>
            <translation>missing “{f}”</translation>
        </message>
        <message>
            <source>send</source>
            <translation>send</translation>
        </message>
        <message>
            <source>UDP uten kvittering: sendt betyr ikke mottatt.</source>
            <translation>UDP without acknowledgement: sent does not mean received.</translation>
        </message>
        <message>
            <source>OSC kan ikke testes ende til ende; meldinger sendes uten svar.</source>
            <translation>OSC cannot be tested end to end; messages are sent without an answer.</translation>
        </message>
        <message>
            <source>sendt (uten kvittering)</source>
            <translation>sent (no acknowledgement)</translation>
        </message>
        <message>
            <source>Adresse</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Argumenter</source>
            <translation>Arguments</translation>
        </message>
        <message>
            <source>OSC-adressen må begynne med /</source>
            <translation>The OSC address must begin with /</translation>
        </message>
        <message>
            <source>Fant ingen nøkkelring (Secret Service, KWallet, macOS-nøkkelring eller Windows Credential Manager). Passord kan ikke lagres; Kontrollrom lagrer dem aldri andre steder.</source>
            <translation>Found no keyring (Secret Service, KWallet, macOS Keychain or Windows Credential Manager). Passwords cannot be saved; Kontrollrom never stores them anywhere else.</translation>
        </message>
        <message>
            <source>Nøkkelringen er slått av (null-bakenden). Passord kan ikke lagres.</source>
            <translation>The keyring is turned off (the null backend). Passwords cannot be saved.</translation>
        </message>
        <message>
            <source>Fant ingen brukbar nøkkelring å lagre passord i. Passord kan ikke lagres.</source>
            <translation>Found no usable keyring to save passwords in. Passwords cannot be saved.</translation>
        </message>
        <message>
            <source>Nøkkelringen svarte med en feil: {e}</source>
            <translation>The keyring answered with an error: {e}</translation>
        </message>
        <message>
            <source>Nøkkelringen ville ikke lagre passordet: {e}</source>
            <translation>The keyring would not save the password: {e}</translation>
        </message>
        <message>
            <source>Fant ikke Teams-møtet for lenken. Er du med i møtet, og er lenken riktig?</source>
            <translation>Could not find the Teams meeting for the link. Are you in the meeting, and is the link right?</translation>
        </message>
        <message>
            <source>Teams-påloggingen er utløpt eller ugyldig. Logg inn på nytt.</source>
            <translation>The Teams sign-in has expired or is invalid. Sign in again.</translation>
        </message>
        <message>
            <source>Fant ikke møtechatten i Teams. Sjekk møtelenken.</source>
            <translation>Could not find the meeting chat in Teams. Check the meeting link.</translation>
        </message>
        <message>
            <source>Microsoft Graph avviste forespørselen (HTTP {status}, {code}).</source>
            <translation>Microsoft Graph refused the request (HTTP {status}, {code}).</translation>
        </message>
        <message>
            <source>Microsoft Graph ber oss vente {s:.0f} sekunder (for mange forespørsler).</source>
            <translation>Microsoft Graph asks us to wait {s:.0f} seconds (too many requests).</translation>
        </message>
        <message>
            <source>Teams nekter tilgang til chatten ({code}). Du må være med i møtet og ha godkjent tilgangen «Chat.Read».</source>
            <translation>Teams denies access to the chat ({code}). You must be in the meeting and have granted the “Chat.Read” permission.</translation>
        </message>
        <message>
            <source>Microsoft Graph har en feil på sin side (HTTP {status}); prøver igjen litt senere.</source>
            <translation>Microsoft Graph has an error on its side (HTTP {status}); trying again a little later.</translation>
        </message>
        <message>
            <source>Microsoft Graph svarte ikke innen {s:.0f} sekunder.</source>
            <translation>Microsoft Graph did not answer within {s:.0f} seconds.</translation>
        </message>
        <message>
            <source>Får ikke kontakt med Microsoft Graph ({host}). Sjekk nettet.</source>
            <translation>Cannot reach Microsoft Graph ({host}). Check the network.</translation>
        </message>
        <message>
            <source>Forbindelsen til Microsoft Graph brøt: {err}</source>
            <translation>The connection to Microsoft Graph broke: {err}</translation>
        </message>
        <message>
            <source>Lenken går til Teams, men er ikke en møtelenke ({path}).</source>
            <translation>The link goes to Teams, but is not a meeting link ({path}).</translation>
        </message>
        <message>
            <source>«{url}» er ikke en Teams-møtelenke. Lim inn hele lenken fra «Bli med i Teams-møtet» (den begynner med https://teams.microsoft.com/).</source>
            <translation>“{url}” is not a Teams meeting link. Paste the whole link from “Join the Teams meeting” (it begins with https://teams.microsoft.com/).</translation>
        </message>
        <message>
            <source>Teams-lenken er ufullstendig: fant ikke møtechatten i den ({part}). Kopier lenken på nytt fra møteinvitasjonen.</source>
            <translation>The Teams link is incomplete: could not find the meeting chat in it ({part}). Copy the link again from the meeting invitation.</translation>
        </message>
        <message>
            <source>Ukjent</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>Synkronisering av</source>
            <translation>Synchronisation off</translation>
        </message>
        <message>
            <source>Henter meldinger fra Teams …</source>
            <translation>Fetching messages from Teams …</translation>
        </message>
        <message>
            <source>{n} nye, {e} endret, {d} slettet</source>
            <translation>{n} new, {e} edited, {d} deleted</translation>
        </message>
        <message>
            <source>{msg} Nytt forsøk om {s:.0f} s.</source>
            <translation>{msg} Retrying in {s:.0f} s.</translation>
        </message>
        <message>
            <source>klipp til</source>
            <translation>cut to</translation>
        </message>
        <message>
            <source>ton over til</source>
            <translation>fade to</translation>
        </message>
        <message>
            <source>forhåndsvis</source>
            <translation>preview</translation>
        </message>
        <message>
            <source>Hendelse</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Zoom avviste tilgangsnøkkelen (ugyldig eller utløpt), også etter fornyelse. Sjekk appens tilganger (meeting:write) i Zoom Marketplace.</source>
            <translation>Zoom refused the access token (invalid or expired), even after renewal. Check the app's scopes (meeting:write) in the Zoom Marketplace.</translation>
        </message>
        <message>
            <source>Zoom avviste forespørselen (HTTP {status}, kode {code}): {msg}</source>
            <translation>Zoom refused the request (HTTP {status}, code {code}): {msg}</translation>
        </message>
        <message>
            <source>Zoom-kontoen er ikke satt opp: legg inn konto-ID, klient-ID og klienthemmelighet.</source>
            <translation>The Zoom account is not set up: enter the account ID, client ID and client secret.</translation>
        </message>
        <message>
            <source>Zoom finner ikke møtet {id}. Sjekk møte-ID-en (bare sifrene, uten mellomrom).</source>
            <translation>Zoom cannot find the meeting {id}. Check the meeting ID (digits only, no spaces).</translation>
        </message>
        <message>
            <source>Zoom tar bare imot forhåndstildeling før møtet starter, og avviste endringen ({msg}). Bruk CSV-filen eller flyttelisten og flytt folk for hånd i møtet.</source>
            <translation>Zoom only accepts pre-assignment before the meeting starts, and refused the change ({msg}). Use the CSV file or the move list and move people by hand in the meeting.</translation>
        </message>
        <message>
            <source>Zoom nekter tilgang: {msg}</source>
            <translation>Zoom denies access: {msg}</translation>
        </message>
        <message>
            <source>Zoom har en feil på sin side (HTTP {status}). Prøv igjen om litt.</source>
            <translation>Zoom has an error on its side (HTTP {status}). Try again in a moment.</translation>
        </message>
        <message>
            <source>Zoom godtok ikke påloggingen (feil konto-ID, klient-ID eller klienthemmelighet): {reason}</source>
            <translation>Zoom did not accept the sign-in (wrong account ID, client ID or client secret): {reason}</translation>
        </message>
        <message>
            <source>Zoom ber oss vente {s:.0f} sekunder (for mange forespørsler). Prøv igjen etterpå.</source>
            <translation>Zoom asks us to wait {s:.0f} seconds (too many requests). Try again afterwards.</translation>
        </message>
        <message>
            <source>Zoom svarte ikke innen {s:.0f} sekunder. Sjekk nettet og prøv igjen.</source>
            <translation>Zoom did not answer within {s:.0f} seconds. Check the network and try again.</translation>
        </message>
        <message>
            <source>Får ikke kontakt med Zoom ({host}). Sjekk nettet og prøv igjen.</source>
            <translation>Cannot reach Zoom ({host}). Check the network and try again.</translation>
        </message>
        <message>
            <source>Forbindelsen til Zoom brøt: {err}</source>
            <translation>The connection to Zoom broke: {err}</translation>
        </message>
        <message>
            <source>Zoom tar høyst {max_rooms} grupperom og {max_people} forhåndstildelte personer per møte; denne runden har {rooms} rom og {people} personer. Del runden på {parts} møter («Del i flere møter») eller eksporter CSV for hvert møte.</source>
            <translation type="vanished">Zoom takes at most {max_rooms} breakout rooms and {max_people} pre-assigned people per meeting; this round has {rooms} rooms and {people} people. Split the round over {parts} meetings (“Split into several meetings”) or export a CSV for each meeting.</translation>
        </message>
        <message>
            <source>Rom {n}</source>
            <translation>Room {n}</translation>
        </message>
        <message>
            <source>Zoom beholdt ikke adressen (ikke en Zoom-bruker eller ugyldig)</source>
            <translation>Zoom did not keep the address (not a Zoom user or invalid)</translation>
        </message>
        <message>
            <source>mangler e-postadresse</source>
            <translation>missing e-mail address</translation>
        </message>
        <message>
            <source>ugyldig e-postadresse</source>
            <translation>invalid e-mail address</translation>
        </message>
        <message>
            <source>samme e-post står allerede i {room}</source>
            <translation>the same e-mail is already in {room}</translation>
        </message>
        <message>
            <source>«{id}» er ikke en Zoom-møte-ID (den består av 9–11 sifre).</source>
            <translation>“{id}” is not a Zoom meeting ID (it has 9–11 digits).</translation>
        </message>
        <message>
            <source>Nr</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Dag</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Planlagt start</source>
            <translation>Planned start</translation>
        </message>
        <message>
            <source>Planlagt (min)</source>
            <translation>Planned (min)</translation>
        </message>
        <message>
            <source>Faktisk start</source>
            <translation>Actual start</translation>
        </message>
        <message>
            <source>Faktisk slutt</source>
            <translation>Actual end</translation>
        </message>
        <message>
            <source>Faktisk (min)</source>
            <translation>Actual (min)</translation>
        </message>
        <message>
            <source>Avvik (min)</source>
            <translation>Deviation (min)</translation>
        </message>
        <message>
            <source>Lagt til (min)</source>
            <translation>Added (min)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>ferdig</source>
            <translation>done</translation>
        </message>
        <message>
            <source>pågår</source>
            <translation>running</translation>
        </message>
        <message>
            <source>kommer</source>
            <translation>upcoming</translation>
        </message>
        <message>
            <source>hoppet over</source>
            <translation>skipped</translation>
        </message>
        <message>
            <source>Start bolk</source>
            <translation>Start block</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Fortsett</source>
            <translation>Resume</translation>
        </message>
        <message>
            <source>Avslutt bolk</source>
            <translation>End block</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Blackout</source>
            <translation>Blackout</translation>
        </message>
        <message>
            <source>Automatisk følging</source>
            <translation>Follow the clock</translation>
        </message>
        <message>
            <source>Fast starttid</source>
            <translation>Fixed start</translation>
        </message>
        <message>
            <source>Neste bolk</source>
            <translation>Next block</translation>
        </message>
        <message>
            <source>Forrige bolk</source>
            <translation>Previous block</translation>
        </message>
        <message>
            <source>Gå til bolk</source>
            <translation>Go to block</translation>
        </message>
        <message>
            <source>Dagsordenen har ingen bolker.</source>
            <translation>The agenda has no blocks.</translation>
        </message>
        <message>
            <source>Juster tid {minutes:+g} min</source>
            <translation>Adjust time {minutes:+g} min</translation>
        </message>
        <message>
            <source>Ingen bolk går, så det er ingenting å pause.</source>
            <translation>No block is running, so there is nothing to pause.</translation>
        </message>
        <message>
            <source>Timeren er allerede pauset.</source>
            <translation>The timer is already paused.</translation>
        </message>
        <message>
            <source>Bolken følger klokka. Start den for hånd før du pauser den.</source>
            <translation>The block follows the clock. Start it by hand before you pause it.</translation>
        </message>
        <message>
            <source>Timeren er ikke pauset.</source>
            <translation>The timer is not paused.</translation>
        </message>
        <message>
            <source>Tiden må være et endelig antall sekunder, forskjellig fra null.</source>
            <translation>The time must be a finite number of seconds, not zero.</translation>
        </message>
        <message>
            <source>Ingen bolk går; start en bolk før du endrer tiden.</source>
            <translation>No block is running; start a block before you change the time.</translation>
        </message>
        <message>
            <source>Ingen bolk går, så det er ingenting å avslutte.</source>
            <translation>No block is running, so there is nothing to end.</translation>
        </message>
        <message>
            <source>Bolken følger klokka. Slå av automatisk følging for å stoppe.</source>
            <translation>The block follows the clock. Turn off following the clock to stop.</translation>
        </message>
        <message>
            <source>Meldingen må være tekst.</source>
            <translation>The message must be text.</translation>
        </message>
        <message>
            <source>Det er ingenting å angre.</source>
            <translation>There is nothing to undo.</translation>
        </message>
        <message>
            <source>Det er ingenting å gjøre om igjen.</source>
            <translation>There is nothing to redo.</translation>
        </message>
        <message>
            <source>Det er ingen flere bolker å starte.</source>
            <translation>There are no more blocks to start.</translation>
        </message>
        <message>
            <source>Tiden må være et antall sekunder.</source>
            <translation>The time must be a number of seconds.</translation>
        </message>
        <message>
            <source>Meldingen er tom. Send ingen tekst for å fjerne meldingen.</source>
            <translation>The message is empty. Send no text to remove the message.</translation>
        </message>
        <message>
            <source>«{title}» går allerede.</source>
            <translation>“{title}” is already running.</translation>
        </message>
        <message>
            <source>Det finnes ingen neste bolk.</source>
            <translation>There is no next block.</translation>
        </message>
        <message>
            <source>Ingen bolk er kjørt ennå; det finnes ingen forrige.</source>
            <translation>No block has run yet; there is no previous one.</translation>
        </message>
        <message>
            <source>Bolk {index} finnes ikke; dagsordenen har bolk 0–{last}.</source>
            <translation>Block {index} does not exist; the agenda has blocks 0–{last}.</translation>
        </message>
        <message>
            <source>«{title}» kan ikke bli {minutes:g} minutter lang; en bolk må vare mer enn 0 minutter.</source>
            <translation>“{title}” cannot be {minutes:g} minutes long; a block must last more than 0 minutes.</translation>
        </message>
        <message>
            <source>En bolk kan få høyst {hours} timer ekstra; «{title}» har fått {minutes:g} minutter.</source>
            <translation>A block can get at most {hours} hours extra; “{title}” has got {minutes:g} minutes.</translation>
        </message>
        <message>
            <source>Bolk {index} finnes ikke.</source>
            <translation>Block {index} does not exist.</translation>
        </message>
        <message>
            <source>«{title}» er siste bolk; det finnes ingen neste.</source>
            <translation>“{title}” is the last block; there is no next one.</translation>
        </message>
        <message>
            <source>«{title}» er første bolk; det finnes ingen forrige.</source>
            <translation>“{title}” is the first block; there is no previous one.</translation>
        </message>
        <message>
            <source>Meldingen er for lang ({count} tegn); den kan ha høyst {limit} tegn.</source>
            <translation>The message is too long ({count} characters); it can have at most {limit} characters.</translation>
        </message>
        <message>
            <source>veggen trenger minst én økt og ett rom, og romnavnene må være unike</source>
            <translation>the wall needs at least one session and one room, and the room names must be unique</translation>
        </message>
        <message>
            <source>et tema trenger en tittel</source>
            <translation>a topic needs a title</translation>
        </message>
        <message>
            <source>kan ikke slå sammen et tema med seg selv</source>
            <translation>cannot merge a topic with itself</translation>
        </message>
        <message>
            <source>ukjent Open Space-tema</source>
            <translation>unknown Open Space topic</translation>
        </message>
        <message>
            <source>ukjent form «{m}»; ventet onsite, online eller both</source>
            <translation>unknown mode “{m}”; expected onsite, online or both</translation>
        </message>
        <message>
            <source>ukjent Open Space-tema {id}</source>
            <translation>unknown Open Space topic {id}</translation>
        </message>
        <message>
            <source>ventet en .txt- eller .docx-fil</source>
            <translation>expected a .txt or .docx file</translation>
        </message>
        <message>
            <source>romnavnene må være unike</source>
            <translation>the room names must be unique</translation>
        </message>
        <message>
            <source>ukjent deltaker: {emails}</source>
            <translation>unknown participant: {emails}</translation>
        </message>
        <message>
            <source>ingen gruppe i «{room}» i runde {r}</source>
            <translation>no group in “{room}” in round {r}</translation>
        </message>
        <message>
            <source>kan ikke leses som Word-dokument ({e})</source>
            <translation>cannot be read as a Word document ({e})</translation>
        </message>
        <message>
            <source>{email} finnes allerede</source>
            <translation>{email} already exists</translation>
        </message>
        <message>
            <source>{path} er en mappe, ikke en hendelsesfil.</source>
            <translation>{path} is a folder, not an event file.</translation>
        </message>
        <message>
            <source>{path} er tom og er ikke en hendelsesfil.</source>
            <translation>{path} is empty and is not an event file.</translation>
        </message>
        <message>
            <source>{path} er ikke en Kontrollrom-hendelsesfil (ikke en SQLite-database).</source>
            <translation>{path} is not a Kontrollrom event file (not an SQLite database).</translation>
        </message>
        <message>
            <source>Hendelsesfilen {path} er skadet ({problem}). Den er ikke endret.</source>
            <translation>The event file {path} is damaged ({problem}). It has not been changed.</translation>
        </message>
        <message>
            <source>Hendelsesfilen {path} er laget med en nyere versjon av Kontrollrom (skjema {rev}). Oppgrader Kontrollrom for å åpne den; filen er ikke endret.</source>
            <translation>The event file {path} was made by a newer version of Kontrollrom (schema {rev}). Upgrade Kontrollrom to open it; the file has not been changed.</translation>
        </message>
        <message>
            <source>Finner ikke hendelsesfilen {path}.</source>
            <translation>Cannot find the event file {path}.</translation>
        </message>
        <message>
            <source>Mappen {path} finnes ikke.</source>
            <translation>The folder {path} does not exist.</translation>
        </message>
        <message>
            <source>Salen</source>
            <translation>The room</translation>
        </message>
        <message>
            <source>Annet</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>[e-post fjernet]</source>
            <translation>[e-mail removed]</translation>
        </message>
        <message>
            <source>[telefon fjernet]</source>
            <translation>[phone removed]</translation>
        </message>
        <message>
            <source>(ingen notater)</source>
            <translation>(no notes)</translation>
        </message>
        <message>
            <source>Innspill</source>
            <translation>Inputs</translation>
        </message>
        <message>
            <source>Spørsmål</source>
            <translation>Questions</translation>
        </message>
        <message>
            <source>Idéer</source>
            <translation>Ideas</translation>
        </message>
        <message>
            <source>Målkonflikter</source>
            <translation>Goal conflicts</translation>
        </message>
        <message>
            <source>Tiltak</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Gruppe</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Open Space</source>
            <translation>Open Space</translation>
        </message>
        <message>
            <source>Bærekraftsmål {n}: {name}</source>
            <translation>Sustainable Development Goal {n}: {name}</translation>
        </message>
        <message>
            <source>Arbeidsbok</source>
            <translation>Workbook</translation>
        </message>
        <message>
            <source>Teams-chat</source>
            <translation>Teams chat</translation>
        </message>
        <message>
            <source>Zoom-chat</source>
            <translation>Zoom chat</translation>
        </message>
        <message>
            <source>Arrangement</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Innspill utenom programmet</source>
            <translation>Inputs outside the programme</translation>
        </message>
        <message>
            <source>Vedlegg: Innspill etter bærekraftsmål</source>
            <translation>Appendix: Inputs by Sustainable Development Goal</translation>
        </message>
        <message>
            <source>Open Space: {title}</source>
            <translation>Open Space: {title}</translation>
        </message>
        <message>
            <source>{title} (runde {n})</source>
            <translation>{title} (round {n})</translation>
        </message>
        <message>
            <source>Open Space: {ref}</source>
            <translation>Open Space: {ref}</translation>
        </message>
        <message>
            <source>Løftet fram i plenum</source>
            <translation>Raised in plenary</translation>
        </message>
        <message>
            <source>Gruppenotater og Open Space</source>
            <translation>Group notes and Open Space</translation>
        </message>
        <message>
            <source>Leder: {name}</source>
            <translation>Leader: {name}</translation>
        </message>
        <message>
            <source>Referent: {name}</source>
            <translation>Note-taker: {name}</translation>
        </message>
        <message>
            <source>Deltakere: {names}</source>
            <translation>Participants: {names}</translation>
        </message>
        <message>
            <source>Gruppe {ref}</source>
            <translation>Group {ref}</translation>
        </message>
        <message>
            <source>Innhold</source>
            <translation>Contents</translation>
        </message>
        <message>
            <source>Innholdsfortegnelsen oppdateres når dokumentet åpnes i Word (høyreklikk → Oppdater felt).</source>
            <translation>The table of contents is updated when the document is opened in Word (right-click → Update field).</translation>
        </message>
        <message>
            <source>Eksporten ble avbrutt; ingen fil er skrevet.</source>
            <translation>The export was cancelled; no file has been written.</translation>
        </message>
        <message>
            <source>PDF krever Qt-skriveren, som ikke er tilgjengelig her.</source>
            <translation>PDF needs the Qt writer, which is not available here.</translation>
        </message>
        <message>
            <source>Kan ikke skrive {path}: {error}.</source>
            <translation>Cannot write {path}: {error}.</translation>
        </message>
        <message>
            <source>Kan ikke skrive {path}: ingen skrivetilgang til mappen. Velg en annen mappe.</source>
            <translation>Cannot write {path}: no write access to the folder. Choose another folder.</translation>
        </message>
        <message>
            <source>Kan ikke skrive {path}: disken er full (eller filen for stor). Ingenting er lagret under dette navnet; frigjør plass eller velg en annen disk.</source>
            <translation>Cannot write {path}: the disk is full (or the file too large). Nothing has been saved under this name; free some space or choose another disk.</translation>
        </message>
        <message>
            <source>{path}: ukjent format «{suffix}». Bruk .docx, .pdf eller .md.</source>
            <translation>{path}: unknown format “{suffix}”. Use .docx, .pdf or .md.</translation>
        </message>
        <message>
            <source>{path} er en mappe.</source>
            <translation>{path} is a folder.</translation>
        </message>
        <message>
            <source>Bolk</source>
            <translation>Block</translation>
        </message>
        <message>
            <source>Fant {days} ({dates}), {blocks} og {people}.</source>
            <translation>Found {days} ({dates}), {blocks} and {people}.</translation>
        </message>
        <message>
            <source>1 dag</source>
            <translation>1 day</translation>
        </message>
        <message>
            <source>{n} dager</source>
            <translation>{n} days</translation>
        </message>
        <message>
            <source>1 bolk</source>
            <translation>1 block</translation>
        </message>
        <message>
            <source>{n} bolker</source>
            <translation>{n} blocks</translation>
        </message>
        <message>
            <source>1 person</source>
            <translation>1 person</translation>
        </message>
        <message>
            <source>{n} personer</source>
            <translation>{n} people</translation>
        </message>
        <message>
            <source>ukjent format «{suffix}». Bruk .docx, .pdf eller .md.</source>
            <translation>unknown format “{suffix}”. Use .docx, .pdf or .md.</translation>
        </message>
        <message>
            <source>Lagret i nøkkelringen.</source>
            <translation>Saved in the keyring.</translation>
        </message>
        <message>
            <source>Runde 1 er første runde: ingen flytter.</source>
            <translation>Round 1 is the first round: nobody moves.</translation>
        </message>
        <message>
            <source>Logget ut av Teams.</source>
            <translation>Signed out of Teams.</translation>
        </message>
        <message>
            <source>Sendt til møtechatten.</source>
            <translation>Sent to the meeting chat.</translation>
        </message>
        <message>
            <source>Klienthemmelighet: </source>
            <translation>Client secret: </translation>
        </message>
        <message>
            <source>bekreftet</source>
            <translation>confirmed</translation>
        </message>
        <message>
            <source>delvis</source>
            <translation>partial</translation>
        </message>
        <message>
            <source>mangler i Zoom</source>
            <translation>missing in Zoom</translation>
        </message>
        <message>
            <source>Logget inn som {name} ({user}).</source>
            <translation>Signed in as {name} ({user}).</translation>
        </message>
        <message>
            <source>Ikke logget inn i Teams. Kjør «controlroom teams login» først.</source>
            <translation>Not signed in to Teams. Run “controlroom teams login” first.</translation>
        </message>
        <message>
            <source>Ingen møtelenke: bruk --join-link.</source>
            <translation>No meeting link: use --join-link.</translation>
        </message>
        <message>
            <source>Bolk {i} finnes ikke; agendaen har {n} bolker (0–{last}).</source>
            <translation>Block {i} does not exist; the agenda has {n} blocks (0–{last}).</translation>
        </message>
        <message>
            <source>Kan ikke forhåndstildeles: {name} ({email}): {why}</source>
            <translation>Cannot be pre-assigned: {name} ({email}): {why}</translation>
        </message>
        <message>
            <source>Kan ikke forhåndstildeles: {name} ({email}) i {room}: {why}</source>
            <translation>Cannot be pre-assigned: {name} ({email}) in {room}: {why}</translation>
        </message>
        <message>
            <source>CSV skrevet til {f}</source>
            <translation>CSV written to {f}</translation>
        </message>
        <message>
            <source>Åpne {url} og skriv inn koden {code}</source>
            <translation>Open {url} and enter the code {code}</translation>
        </message>
        <message>
            <source>{a} nye og {u} oppdaterte deltakere importert fra {f}</source>
            <translation>{a} new and {u} updated participants imported from {f}</translation>
        </message>
        <message>
            <source>runde {r}, {room}: {c} fra {m}</source>
            <translation>round {r}, {room}: {c} from {m}</translation>
        </message>
        <message>
            <source>{g} grupper i {r} runder; {b} brudd (minimum {m}); {p} gjentatte par (nedre grense {lb})</source>
            <translation>{g} groups in {r} rounds; {b} violations (minimum {m}); {p} repeated pairs (lower bound {lb})</translation>
        </message>
        <message>
            <source>PDF trenger en fil: -o grupper.pdf</source>
            <translation>PDF needs a file: -o groups.pdf</translation>
        </message>
        <message>
            <source>bolk {i} finnes ikke; agendaen har {n} bolker (0–{last})</source>
            <translation>block {i} does not exist; the agenda has {n} blocks (0–{last})</translation>
        </message>
        <message>
            <source>[ikke møtt]</source>
            <translation>[no-show]</translation>
        </message>
        <message>
            <source>[uanmeldt]</source>
            <translation>[walk-in]</translation>
        </message>
        <message>
            <source>bolk {i} har ingen grupper ennå; kjør «groups form»</source>
            <translation>block {i} has no groups yet; run “groups form”</translation>
        </message>
        <message>
            <source>Runde {n}: {m} flyttinger</source>
            <translation>Round {n}: {m} moves</translation>
        </message>
        <message>
            <source>bolk {i} har ingen grupper ennå</source>
            <translation>block {i} has no groups yet</translation>
        </message>
        <message>
            <source>{e} er allerede påmeldt</source>
            <translation>{e} is already registered</translation>
        </message>
        <message>
            <source>«{t}»: ventet EMAIL=ROM</source>
            <translation>“{t}”: expected EMAIL=ROOM</translation>
        </message>
        <message>
            <source>«{t}»: ventet EMAIL,EMAIL</source>
            <translation>“{t}”: expected EMAIL,EMAIL</translation>
        </message>
        <message>
            <source>{pool}: minst {m} kommunebrudd per runde med {g} grupper; med {bg} grupper (flere 3-persongrupper, --more-small-groups) blir minimum {bm}.</source>
            <translation>{pool}: at least {m} municipality violations per round with {g} groups; with {bg} groups (more 3-person groups, --more-small-groups) the minimum is {bm}.</translation>
        </message>
        <message>
            <source>bolk {i} har ingen grupper å reparere</source>
            <translation type="vanished">block {i} has no groups to repair</translation>
        </message>
        <message>
            <source>runde {r} finnes ikke</source>
            <translation>round {r} does not exist</translation>
        </message>
        <message>
            <source>{m} rundetyper for {r} runder</source>
            <translation>{m} round kinds for {r} rounds</translation>
        </message>
        <message>
            <source>ukjent deltakelse «{v}»; ventet {e}</source>
            <translation>unknown attendance “{v}”; expected {e}</translation>
        </message>
        <message>
            <source>«{e}» er ikke en e-postadresse</source>
            <translation>“{e}” is not an e-mail address</translation>
        </message>
        <message>
            <source>«{t}»: ventet for eksempel 3-4</source>
            <translation>“{t}”: expected for example 3-4</translation>
        </message>
        <message>
            <source>ukjent rundetype «{t}»; ventet mix eller return:R</source>
            <translation>unknown round kind “{t}”; expected mix or return:R</translation>
        </message>
        <message>
            <source>«{t}»: ventet NAVN:KAPASITET</source>
            <translation type="vanished">“{t}”: expected NAME:CAPACITY</translation>
        </message>
        <message>
            <source>{out} er en mappe; ventet et filnavn.</source>
            <translation>{out} is a folder; expected a file name.</translation>
        </message>
        <message>
            <source>Kan ikke skrive filen ({error}); ingenting er skrevet.</source>
            <translation>Cannot write the file ({error}); nothing has been written.</translation>
        </message>
        <message>
            <source>Mer enn {max} programposter; en agenda har sjelden mer enn noen hundre. Er dette riktig fil?</source>
            <translation type="vanished">More than {max} programme items; an agenda rarely has more than a few hundred. Is this the right file?</translation>
        </message>
        <message>
            <source>Filen sier den er UTF-16, men kan ikke leses som det.</source>
            <translation>The file says it is UTF-16, but cannot be read as such.</translation>
        </message>
        <message>
            <source>Rad over kolonneoverskriftene hoppet over</source>
            <translation>Row above the column headers skipped</translation>
        </message>
        <message>
            <source>Ikke logget inn i Teams. Logg inn på nytt.</source>
            <translation>Not signed in to Teams. Sign in again.</translation>
        </message>
        <message>
            <source>Innloggingen ble avbrutt eller koden gikk ut. Prøv igjen.</source>
            <translation>The sign-in was cancelled or the code expired. Try again.</translation>
        </message>
        <message>
            <source>Teams-påloggingen er utløpt. Logg inn på nytt.</source>
            <translation>The Teams sign-in has expired. Sign in again.</translation>
        </message>
        <message>
            <source>Microsoft godtok ikke innlogging med kode ({err}). Bruk innlogging i nettleseren.</source>
            <translation>Microsoft did not accept sign-in with a code ({err}). Use sign-in in the browser.</translation>
        </message>
        <message>
            <source>Innloggingen i Teams mislyktes: {err}</source>
            <translation>Signing in to Teams failed: {err}</translation>
        </message>
        <message>
            <source>Får ikke kontakt med Microsoft-påloggingen ({authority}): {err}</source>
            <translation>Cannot reach the Microsoft sign-in ({authority}): {err}</translation>
        </message>
        <message>
            <source>Ingen digitale grupper i denne runden.</source>
            <translation>No online groups in this round.</translation>
        </message>
        <message>
            <source>Grupperom runde {n} ({pool})</source>
            <translation>Breakout rooms round {n} ({pool})</translation>
        </message>
        <message>
            <source>Venter på innlogging med kode …</source>
            <translation>Waiting for sign-in with a code …</translation>
        </message>
        <message>
            <source>Venter på innlogging i nettleseren …</source>
            <translation>Waiting for sign-in in the browser …</translation>
        </message>
        <message>
            <source>Logget ut</source>
            <translation>Signed out</translation>
        </message>
        <message>
            <source>Ikke logget inn</source>
            <translation>Not signed in</translation>
        </message>
        <message>
            <source>Lim inn møtelenken fra Teams først.</source>
            <translation>Paste the meeting link from Teams first.</translation>
        </message>
        <message>
            <source>Ingen nøkkelring: Teams-påloggingen lagres ikke, og du må logge inn på nytt neste gang ({why}).</source>
            <translation>No keyring: the Teams sign-in is not saved, and you must sign in again next time ({why}).</translation>
        </message>
        <message>
            <source>Forhåndstildel grupperom</source>
            <translation>Pre-assign breakout rooms</translation>
        </message>
        <message>
            <source>Møte-ID</source>
            <translation>Meeting ID</translation>
        </message>
        <message>
            <source>Runde</source>
            <translation>Round</translation>
        </message>
        <message>
            <source>(går)</source>
            <translation>(running)</translation>
        </message>
        <message>
            <source>Ingen flytter.</source>
            <translation>Nobody moves.</translation>
        </message>
        <message>
            <source>Flytteliste runde {a} → {b}</source>
            <translation>Move list round {a} → {b}</translation>
        </message>
        <message>
            <source>bolken har ingen grupper å reparere</source>
            <translation>the block has no groups to repair</translation>
        </message>
        <message>
            <source>Skriv «controlroom {c} HANDLING --help» for hver handling.</source>
            <translation>Type “controlroom {c} ACTION --help” for each action.</translation>
        </message>
        <message>
            <source>En automatisk cue trenger minst én --action.</source>
            <translation>An automatic cue needs at least one --action.</translation>
        </message>
        <message>
            <source> (slått av)</source>
            <translation> (disabled)</translation>
        </message>
        <message>
            <source>Tomt passord; ingenting lagret.</source>
            <translation>Empty password; nothing saved.</translation>
        </message>
        <message>
            <source>«{text}»: skriv ADAPTER:HANDLING[:VERDI], for eksempel obs:scene:Plenum</source>
            <translation>“{text}”: write ADAPTER:ACTION[:VALUE], for example obs:scene:Plenum</translation>
        </message>
        <message>
            <source>{n} cues foreslått.</source>
            <translation>{n} cues proposed.</translation>
        </message>
        <message>
            <source>Lagret {name} ({kind}).</source>
            <translation>Saved {name} ({kind}).</translation>
        </message>
        <message>
            <source>Finner ikke utstyret «{name}».</source>
            <translation>Cannot find the device “{name}”.</translation>
        </message>
        <message>
            <source>Bolk {i} finnes ikke; dagsordenen har bolk 0–{last}.</source>
            <translation>Block {i} does not exist; the agenda has blocks 0–{last}.</translation>
        </message>
        <message>
            <source>Finner ingen cue med id {uid}.</source>
            <translation>No cue with id {uid}.</translation>
        </message>
        <message>
            <source>{kind} bruker ikke passord.</source>
            <translation>{kind} does not use a password.</translation>
        </message>
        <message>
            <source>Passord for {name}: </source>
            <translation>Password for {name}: </translation>
        </message>
        <message>
            <source>Innloggingen i nettleseren mislyktes: {err}</source>
            <translation>Signing in through the browser failed: {err}</translation>
        </message>
        <message>
            <source>Obs: Teams tar høyst {r} grupperom, og møter med grupperom høyst {p} deltakere; denne runden har {n} rom og {m} personer. Del gruppene på flere Teams-møter.</source>
            <translation>Note: Teams takes at most {r} breakout rooms, and meetings with breakout rooms at most {p} participants; this round has {n} rooms and {m} people. Split the groups over several Teams meetings.</translation>
        </message>
        <message>
            <source>Uventet feil under henting ({err}). Nytt forsøk om {s:.0f} s.</source>
            <translation>Unexpected error while fetching ({err}). Retrying in {s:.0f} s.</translation>
        </message>
        <message>
            <source>Zoom tar høyst {max_rooms} grupperom og {max_people} forhåndstildelte personer per møte; denne runden har {rooms} rom og {people} personer. Del runden på {parts} Zoom-møter: dann gruppene med «Del i flere Teams/Zoom-møter ved plattformgrensene» og forhåndstildel ett møte om gangen («Del: møte nr.», eller --part på kommandolinjen).</source>
            <translation>Zoom takes at most {max_rooms} breakout rooms and {max_people} pre-assigned people per meeting; this round has {rooms} rooms and {people} people. Split the round over {parts} Zoom meetings: form the groups with “Split into several Teams/Zoom meetings at the platform limits” and pre-assign one meeting at a time (“Part: meeting no.”, or --part on the command line).</translation>
        </message>
        <message>
            <source>markedsplassen</source>
            <translation>the marketplace</translation>
        </message>
        <message>
            <source>«{t}» lagt på markedsplassen</source>
            <translation>“{t}” put on the marketplace</translation>
        </message>
        <message>
            <source>{n} deltakere</source>
            <translation>{n} participants</translation>
        </message>
        <message>
            <source>{room} mangler folk, men ingen kan flyttes dit uten å bryte en regel: de som kan avgis er faste plasseringer eller skal ikke være i samme gruppe som noen i {room}; senk minste gruppestørrelse eller fjern regelen</source>
            <translation>{room} is short of people, but nobody can be moved there without breaking a rule: those who could be spared have fixed placements or must not share a group with someone in {room}; lower the minimum group size or remove the rule</translation>
        </message>
        <message>
            <source>{who} har fast plass i {room}, men {room} er full eller finnes ikke i denne runden {pool}; flytt den faste plasseringen eller øk største gruppestørrelse</source>
            <translation>{who} has a fixed place in {room}, but {room} is full or does not exist in this round {pool}; move the fixed placement or raise the maximum group size</translation>
        </message>
        <message>
            <source>{who} skal ikke være i samme gruppe som {others}, og de ledige plassene {pool} er i gruppene deres; legg til et rom eller fjern regelen</source>
            <translation>{who} must not share a group with {others}, and the free places {pool} are in their groups; add a room or remove the rule</translation>
        </message>
        <message>
            <source>«{text}»: ukjent handling «{kind}»; ventet en av {known}</source>
            <translation>“{text}”: unknown action “{kind}”; expected one of {known}</translation>
        </message>
        <message>
            <source>«{v}»: ventet minutter før slutt, 0 eller mer.</source>
            <translation>“{v}”: expected minutes before the end, 0 or more.</translation>
        </message>
        <message>
            <source>«{n}»: ventet et rundenummer, 1 eller mer.</source>
            <translation>“{n}”: expected a round number, 1 or more.</translation>
        </message>
        <message>
            <source>«{id}» er ikke en Zoom-møte-ID; ventet 9–11 sifre.</source>
            <translation>“{id}” is not a Zoom meeting ID; expected 9–11 digits.</translation>
        </message>
        <message>
            <source>Kan ikke skrive filen ({why}); ventet en fil i en mappe som finnes og er skrivbar.</source>
            <translation>Cannot write the file ({why}); expected a file in a folder that exists and is writable.</translation>
        </message>
        <message>
            <source>«{t}»: ventet MIN-MAKS med 1 ≤ MIN ≤ MAKS, for eksempel 3-4</source>
            <translation>“{t}”: expected MIN-MAX with 1 ≤ MIN ≤ MAX, for example 3-4</translation>
        </message>
        <message>
            <source>«{n}»: ventet et antall runder fra 1 til {m}</source>
            <translation>“{n}”: expected a number of rounds from 1 to {m}</translation>
        </message>
        <message>
            <source>«{n}»: ventet et helt tall på 1 eller mer (høyst så mange fra samme kommune i en gruppe)</source>
            <translation>“{n}”: expected a whole number, 1 or more (at most this many from one municipality in a group)</translation>
        </message>
        <message>
            <source>«{t}»: ventet NAVN:KAPASITET (kapasitet 1 eller mer)</source>
            <translation>“{t}”: expected NAME:CAPACITY (capacity 1 or more)</translation>
        </message>
        <message>
            <source>filen er binær eller UTF-16; ventet CSV-tekst i UTF-8 eller Windows-1252 (eller .xlsx)</source>
            <translation>the file is binary or UTF-16; expected CSV text in UTF-8 or Windows-1252 (or .xlsx)</translation>
        </message>
        <message>
            <source>kan ikke leses ({why}); ventet en påmeldingsliste (.csv eller .xlsx)</source>
            <translation>cannot be read ({why}); expected a registration list (.csv or .xlsx)</translation>
        </message>
        <message>
            <source>kan ikke leses som CSV ({why}); ventet én deltaker per linje</source>
            <translation>cannot be read as CSV ({why}); expected one participant per line</translation>
        </message>
        <message>
            <source>«{p}»: ventet et portnummer fra 1 til 65535</source>
            <translation>“{p}”: expected a port number from 1 to 65535</translation>
        </message>
        <message>
            <source>tom; ventet en tekst</source>
            <translation>empty; expected some text</translation>
        </message>
        <message>
            <source>{path}: mappen {folder} finnes ikke; ventet en fil i en mappe som finnes.</source>
            <translation>{path}: the folder {folder} does not exist; expected a file in a folder that exists.</translation>
        </message>
        <message>
            <source>«{first}» går {minutes} min inn i «{second}» (kl. {start}).</source>
            <translation>“{first}” runs {minutes} min into “{second}” (at {start}).</translation>
        </message>
        <message>
            <source>«{title}» ville flyttes forbi midnatt. Korte ned noe annet først, eller behold tidene.</source>
            <translation>“{title}” would move past midnight. Shorten something else first, or keep the times.</translation>
        </message>
        <message>
            <source>{hours}t {minutes:02d}m</source>
            <translation>{hours}h {minutes:02d}m</translation>
        </message>
        <message>
            <source>Hendelsen må ha en tittel.</source>
            <translation>The event needs a title.</translation>
        </message>
        <message>
            <source>«{title}» går nå. Datoene og tidssonen kan ikke endres mens en bolk går: avslutt bolken først, så stemmer kjøreloggen med dagen.</source>
            <translation>“{title}” is running. The dates and the time zone cannot change while a block runs: end the block first, so the run log keeps matching the day.</translation>
        </message>
        <message>
            <source>Datoen er utenfor kalenderen.</source>
            <translation>The date is outside the calendar.</translation>
        </message>
        <message>
            <source>«{zone}» er ikke en tidssone. Velg en fra listen, for eksempel Europe/Oslo.</source>
            <translation>“{zone}” is not a time zone. Choose one from the list, for example Europe/Oslo.</translation>
        </message>
        <message>
            <source>{day}. {month} {year}</source>
            <translation>{day} {month} {year}</translation>
        </message>
        <message>
            <source>Kontrollrom mistet kontrollen over hendelsesfilen {name} ({problem}). Handlingen er ikke lagret. Filen åpnes på nytt; prøv igjen.</source>
            <translation>Kontrollrom lost control of the event file {name} ({problem}). The action was not saved. The file is being reopened; please try again.</translation>
        </message>
        <message>
            <source>operativsystemet har sluppet låsen på {name}</source>
            <translation>the operating system released the lock on {name}</translation>
        </message>
        <message>
            <source>Hendelsesfilen {name} åpnes på nytt; vent til pågående lagring er ferdig og prøv igjen.</source>
            <translation>The event file {name} is being reopened; wait until saving in progress has finished and try again.</translation>
        </message>
        <message>
            <source>{name} ble slettet eller byttet ut av en annen prosess</source>
            <translation>{name} was deleted or replaced by another process</translation>
        </message>
        <message>
            <source>{path} er en åpen hendelsesfil. Den leses og skrives bare gjennom databasen, ellers mister Kontrollrom låsene sine og andre kan overskrive det som er lagret.</source>
            <translation>{path} is an open event file. It is read and written only through the database; otherwise Kontrollrom loses its locks and others could overwrite what is saved.</translation>
        </message>
        <message>
            <source>Kopien av siste gode tilstand ({name}) kunne ikke skrives: {reason}. Hendelsen er åpnet som vanlig.</source>
            <translation>The copy of the last good state ({name}) could not be written: {reason}. The event was opened as usual.</translation>
        </message>
        <message>
            <source>Send innholdet med «Content-Type: application/json».</source>
            <translation>Send the body with “Content-Type: application/json”.</translation>
        </message>
        <message>
            <source>Forespørselen mangler Host-hodet.</source>
            <translation>The request has no Host header.</translation>
        </message>
        <message>
            <source>Forespørsler fra andre nettsider godtas ikke.</source>
            <translation>Requests from other web pages are not accepted.</translation>
        </message>
        <message>
            <source>Innholdet må sendes som application/json, ikke «{type}».</source>
            <translation>The body must be sent as application/json, not “{type}”.</translation>
        </message>
        <message>
            <source>Denne serveren svarer ikke for vertsnavnet «{host}».</source>
            <translation>This server does not answer for the host name “{host}”.</translation>
        </message>
        <message>
            <source>Forespørsler fra andre nettsider godtas ikke (Origin: {origin}).</source>
            <translation>Requests from other web pages are not accepted (Origin: {origin}).</translation>
        </message>
        <message>
            <source>Intern feil i Kontrollrom; ingenting ble endret. Detaljene står i loggen.</source>
            <translation>Internal error in Kontrollrom; nothing was changed. The details are in the log.</translation>
        </message>
        <message>
            <source>«{t}»: ventet én bolk per runde ({r}), for eksempel 15,17,19</source>
            <translation>“{t}”: expected one block per round ({r}), for example 15,17,19</translation>
        </message>
        <message>
            <source>deltakere som deltar «Digitalt» uten plattform; oppgi plattformen med --digital teams eller --digital zoom (den blir standard for arrangementet)</source>
            <translation>participants attend “Digitalt” without a platform; give the platform with --digital teams or --digital zoom (it becomes the event's default)</translation>
        </message>
        <message>
            <source>bolken har ingen grupper ennå</source>
            <translation>the block has no groups yet</translation>
        </message>
        <message>
            <source>ukjent plattform «{p}»; ventet teams eller zoom</source>
            <translation>unknown platform “{p}”; expected teams or zoom</translation>
        </message>
        <message>
            <source>Ingenting er endret.</source>
            <translation>Nothing was changed.</translation>
        </message>
        <message>
            <source>Disken er full: {event} kan ikke lagre mer. Ingenting av handlingen er lagret. Frigjør plass og prøv igjen.</source>
            <translation>The disk is full: {event} cannot save anything more. Nothing of the action was saved. Free some space and try again.</translation>
        </message>
        <message>
            <source>{event} er åpnet skrivebeskyttet; endringer kan ikke lagres.</source>
            <translation>{event} is open read-only; changes cannot be saved.</translation>
        </message>
        <message>
            <source>Disken svarer med en lese- eller skrivefeil for {event}. Ingenting av handlingen er lagret. Sjekk disken, eller lagre en kopi et annet sted.</source>
            <translation>The disk answers with a read or write error for {event}. Nothing of the action was saved. Check the disk, or save a copy elsewhere.</translation>
        </message>
        <message>
            <source>{event} er opptatt av et annet program for lenge. Handlingen er ikke lagret; prøv igjen.</source>
            <translation>{event} has been busy in another program for too long. The action was not saved; try again.</translation>
        </message>
        <message>
            <source>Databasen for {event} svarte ikke i tide. Handlingen er ikke lagret; prøv igjen.</source>
            <translation>The database for {event} did not answer in time. The action was not saved; try again.</translation>
        </message>
        <message>
            <source>Får ikke kontakt med databasen for {event}. Handlingen er ikke lagret; den prøves ikke igjen av seg selv.</source>
            <translation>Cannot reach the database for {event}. The action was not saved; it is not retried by itself.</translation>
        </message>
        <message>
            <source>{name} er skrivebeskyttet og er åpnet bare for lesing; endringer kan ikke lagres.</source>
            <translation>{name} is write-protected and has been opened for reading only; changes cannot be saved.</translation>
        </message>
        <message>
            <source>Disken er full: {name} er åpnet bare for lesing, og ingenting kan lagres. Frigjør plass og åpne hendelsen igjen.</source>
            <translation>The disk is full: {name} has been opened for reading only, and nothing can be saved. Free some space and open the event again.</translation>
        </message>
        <message>
            <source>Hendelsesfilen {path} er skrivebeskyttet og laget med en eldre versjon av Kontrollrom. Kopier den til en mappe du kan skrive i for å åpne den.</source>
            <translation>The event file {path} is write-protected and was made by an older version of Kontrollrom. Copy it to a folder you can write to in order to open it.</translation>
        </message>
        <message>
            <source>{title} (del {n} av {total})</source>
            <translation>{title} (part {n} of {total})</translation>
        </message>
        <message>
            <source>Meldingens varighet må være et antall sekunder.</source>
            <translation>The message's lifetime must be a number of seconds.</translation>
        </message>
        <message>
            <source>Meldingens varighet må være mellom 1 sekund og {hours} timer.</source>
            <translation>The message's lifetime must be between 1 second and {hours} hours.</translation>
        </message>
        <message>
            <source>Passordet i adressen er lagret i nøkkelringen.</source>
            <translation>The password in the address is stored in the keyring.</translation>
        </message>
        <message>
            <source>controlroom: adressen til «{name}» ({url}) har et passord i seg; det flyttes til nøkkelringen når det finnes en: {why}</source>
            <translation>controlroom: the address of “{name}” ({url}) contains a password; it is moved to the keyring once there is one: {why}</translation>
        </message>
        <message>
            <source>controlroom: --account-id og --client-id synes i prosesslista; send dem heller på stdin (controlroom zoom credentials --stdin).</source>
            <translation>controlroom: --account-id and --client-id show in the process list; send them on stdin instead (controlroom zoom credentials --stdin).</translation>
        </message>
        <message>
            <source>Konto-ID</source>
            <translation>Account ID</translation>
        </message>
        <message>
            <source>Klient-ID</source>
            <translation>Client ID</translation>
        </message>
        <message>
            <source>Tom klienthemmelighet; ingenting lagret.</source>
            <translation>Empty client secret; nothing stored.</translation>
        </message>
        <message>
            <source> (Enter beholder {value})</source>
            <translation> (Enter keeps {value})</translation>
        </message>
        <message>
            <source>Klienthemmelighet (Enter beholder den lagrede): </source>
            <translation>Client secret (Enter keeps the stored one): </translation>
        </message>
        <message>
            <source>«{value}»: ventet en Zoom-ID (bokstaver, tall, - og _), fra app-siden i Zoom Marketplace.</source>
            <translation>“{value}”: expected a Zoom ID (letters, digits, - and _), from the app's page in the Zoom Marketplace.</translation>
        </message>
        <message>
            <source>Teams-rom {n}</source>
            <translation>Teams room {n}</translation>
        </message>
        <message>
            <source>Zoom-rom {n}</source>
            <translation>Zoom room {n}</translation>
        </message>
        <message>
            <source>Plenumssalen</source>
            <translation>Main hall</translation>
        </message>
        <message>
            <source>Grupperom A</source>
            <translation>Breakout room A</translation>
        </message>
        <message>
            <source>Grupperom B</source>
            <translation>Breakout room B</translation>
        </message>
        <message>
            <source>Zoom-rom 1</source>
            <translation>Zoom room 1</translation>
        </message>
        <message>
            <source>Zoom-rom 2</source>
            <translation>Zoom room 2</translation>
        </message>
        <message>
            <source>Økt 1</source>
            <translation>Session 1</translation>
        </message>
        <message>
            <source>Økt 2</source>
            <translation>Session 2</translation>
        </message>
        <message>
            <source>Økt 3</source>
            <translation>Session 3</translation>
        </message>
        <message>
            <source>Emneknagg</source>
            <translation>Hashtag</translation>
        </message>
        <message>
            <source>Stopp strømmen (programmet slutter)</source>
            <translation>Stop the stream (the programme ends)</translation>
        </message>
        <message>
            <source>navnet</source>
            <translation>the name</translation>
        </message>
        <message>
            <source>e-posten</source>
            <translation>the e-mail</translation>
        </message>
        <message>
            <source>organisasjonen</source>
            <translation>the organisation</translation>
        </message>
        <message>
            <source>kommunen</source>
            <translation>the municipality</translation>
        </message>
        <message>
            <source>mer enn {n} deltakere; er dette riktig fil?</source>
            <translation>more than {n} participants; is this the right file?</translation>
        </message>
        <message>
            <source>filen er for stor ({size} MB); en påmeldingsliste er på under {limit} MB</source>
            <translation>the file is too large ({size} MB); a registration list is under {limit} MB</translation>
        </message>
        <message>
            <source>{who}: {field} har et ugyldig tegn (en ensom UTF-16-surrogat); ventet vanlig tekst</source>
            <translation>{who}: {field} has an invalid character (a lone UTF-16 surrogate); expected plain text</translation>
        </message>
        <message>
            <source>{who}: {field} har {n} tegn; høyst {limit} er tillatt</source>
            <translation>{who}: {field} has {n} characters; at most {limit} are allowed</translation>
        </message>
        <message>
            <source>Datoen {day} er utenfor det en hendelse kan ha; ventet en dato fra {first} til {last}.</source>
            <translation>The date {day} is outside what an event can have; expected a date from {first} to {last}.</translation>
        </message>
        <message>
            <source>Agendaens tittel</source>
            <translation>The agenda's title</translation>
        </message>
        <message>
            <source>Stedet</source>
            <translation>The place</translation>
        </message>
        <message>
            <source>Tidssonen</source>
            <translation>The time zone</translation>
        </message>
        <message>
            <source>{what} har {n} tegn; høyst {limit} er tillatt.</source>
            <translation>{what} has {n} characters; at most {limit} are allowed.</translation>
        </message>
        <message>
            <source>Kategorien «{name}»</source>
            <translation>The category «{name}»</translation>
        </message>
        <message>
            <source>Tittelen «{title}»</source>
            <translation>The title «{title}»</translation>
        </message>
        <message>
            <source>«{title}» varer {minutes} minutter; ventet 0 (sluttmerke) til {limit}.</source>
            <translation>«{title}» lasts {minutes} minutes; expected 0 (end mark) to {limit}.</translation>
        </message>
        <message>
            <source>Beskrivelsen av «{title}»</source>
            <translation>The description of «{title}»</translation>
        </message>
        <message>
            <source>Notatene til «{title}»</source>
            <translation>The notes of «{title}»</translation>
        </message>
        <message>
            <source>«{title}» har {n} ansvarlige; høyst {limit} er tillatt.</source>
            <translation>«{title}» has {n} people assigned; at most {limit} are allowed.</translation>
        </message>
        <message>
            <source>… og {n} feil til.</source>
            <translation>… and {n} more errors.</translation>
        </message>
        <message>
            <source>{what} har et ugyldig tegn (en ensom UTF-16-surrogat som \ud800); ventet vanlig tekst.</source>
            <translation>{what} has an invalid character (a lone UTF-16 surrogate such as \ud800); expected plain text.</translation>
        </message>
        <message>
            <source>«{key}» er {value}; ventet 0 til {limit} sekunder (eller null).</source>
            <translation>«{key}» is {value}; expected 0 to {limit} seconds (or null).</translation>
        </message>
        <message>
            <source>Kategorien til «{title}»</source>
            <translation>The category of «{title}»</translation>
        </message>
        <message>
            <source>Navnet «{name}»</source>
            <translation>The name «{name}»</translation>
        </message>
        <message>
            <source>arbeidsboken har ingen ark</source>
            <translation>the workbook has no sheet</translation>
        </message>
        <message>
            <source>ikke en gyldig zip-fil ({error})</source>
            <translation>not a valid zip file ({error})</translation>
        </message>
        <message>
            <source>zip-filen har {n} deler; et regneark har noen titalls</source>
            <translation>the zip file has {n} parts; a spreadsheet has a few dozen</translation>
        </message>
        <message>
            <source>pakket ut blir filen {size} MB, og høyst {limit} MB er tillatt; er dette en zip-bombe?</source>
            <translation>unpacked, the file would be {size} MB, and at most {limit} MB is allowed; is this a zip bomb?</translation>
        </message>
        <message>
            <source>delen {part} kan ikke pakkes ut ({error})</source>
            <translation>the part {part} cannot be unpacked ({error})</translation>
        </message>
        <message>
            <source>regnearket har over {limit} XML-elementer; er dette en bombe?</source>
            <translation>the spreadsheet has over {limit} XML elements; is this a bomb?</translation>
        </message>
        <message>
            <source>delen {part} er ikke UTF-8</source>
            <translation>the part {part} is not UTF-8</translation>
        </message>
        <message>
            <source>delen {part} har en DTD (&lt;!DOCTYPE eller &lt;!ENTITY), som regneark aldri har</source>
            <translation>the part {part} has a DTD (&lt;!DOCTYPE or &lt;!ENTITY), which spreadsheets never have</translation>
        </message>
        <message>
            <source>Bolk nr. {i} finnes ikke: agendaen har {n} bolker (0–{last}).</source>
            <translation>Block no. {i} does not exist: the agenda has {n} blocks (0–{last}).</translation>
        </message>
        <message>
            <source>Mer enn {max} bolker; en agenda har sjelden mer enn noen hundre. Er dette riktig fil?</source>
            <translation>More than {max} blocks; an agenda rarely has more than a few hundred. Is this the right file?</translation>
        </message>
        <message>
            <source>Fant ingen bolker; ventet linjer som «09.00 Velkommen» under en dag som «Onsdag 6. september».</source>
            <translation>Found no blocks; expected lines like “09.00 Welcome” under a day like “Wednesday 6 September”.</translation>
        </message>
        <message>
            <source>{peer}: kjenner ikke knappetrykk over HTTP (/api/location). Det krever Companion 3.2 eller nyere.</source>
            <translation>{peer}: does not know button presses over HTTP (/api/location). That needs Companion 3.2 or newer.</translation>
        </message>
        <message>
            <source>{peer}: ingen knapp på side {page}, rad {row}, kolonne {col}; ingenting skjedde. Sjekk plasseringen i signalet mot knappene i Companion.</source>
            <translation>{peer}: no button on page {page}, row {row}, column {col}; nothing happened. Check the cue's location against the buttons in Companion.</translation>
        </message>
        <message>
            <source>ventet en .pdf-fil, for eksempel navneskilt.pdf</source>
            <translation>expected a .pdf file, for example badges.pdf</translation>
        </message>
        <message>
            <source>ingen deltakere ennå; importer påmeldingslisten først</source>
            <translation>no participants yet; import the registration list first</translation>
        </message>
        <message>
            <source>{n} navneskilt skrevet til {f}</source>
            <translation>{n} badges written to {f}</translation>
        </message>
        <message>
            <source>{n} personlige koder og alle enhetsmerker slettet</source>
            <translation>{n} personal codes and all device marks deleted</translation>
        </message>
        <message>
            <source>Ny kode for {e}: {c} (den gamle virker ikke lenger)</source>
            <translation>New code for {e}: {c} (the old one no longer works)</translation>
        </message>
        <message>
            <source>Innspillet er for langt ({n} tegn; høyst {max}).</source>
            <translation>The input is too long ({n} characters; at most {max}).</translation>
        </message>
        <message>
            <source>Din kode på mobilen</source>
            <translation>Your code for your phone</translation>
        </message>
        <message>
            <source>«{url}»: ventet adressen telefonene når appen på, for eksempel http://192.168.1.20:8080</source>
            <translation>“{url}”: expected the address at which the phones reach the app, for example http://192.168.1.20:8080</translation>
        </message>
        <message>
            <source>Skann QR-koden, eller åpne {base}/p/ og skriv koden.</source>
            <translation>Scan the QR code, or open {base}/p/ and type the code.</translation>
        </message>
        <message>
            <source>Mobil</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Ingen bolk går nå (du forventet bolk {expected}). Ingenting ble endret.</source>
            <translation>No block is running now (you expected block {expected}). Nothing was changed.</translation>
        </message>
        <message>
            <source>Bolk {actual} «{title}» går nå (du forventet at ingen bolk gikk). Ingenting ble endret.</source>
            <translation>Block {actual} “{title}” is running now (you expected no block to be running). Nothing was changed.</translation>
        </message>
        <message>
            <source>Bolk {actual} «{title}» går nå, ikke bolk {expected}. Ingenting ble endret.</source>
            <translation>Block {actual} “{title}” is running now, not block {expected}. Nothing was changed.</translation>
        </message>
        <message>
            <source>Forventet bolk må være et heltall.</source>
            <translation>The expected block must be a whole number.</translation>
        </message>
        <message>
            <source>Oppgi forventet bolk én gang: ?expect=BOLKNUMMER.</source>
            <translation>Give the expected block once: ?expect=BLOCKNUMBER.</translation>
        </message>
        <message>
            <source>Ugyldig HTTP-forespørsel. Send HTTP/1.1 med Host-hodet, og innhold med Content-Length (ikke oppdelt/chunked).</source>
            <translation>Invalid HTTP request. Send HTTP/1.1 with the Host header, and a body with Content-Length (not chunked).</translation>
        </message>
        <message>
            <source>Ukjent visning.</source>
            <translation>Unknown view.</translation>
        </message>
        <message>
            <source>Romnavnet er for langt.</source>
            <translation>The room name is too long.</translation>
        </message>
        <message>
            <source>For mange skjermer er koblet til; prøv igjen om litt.</source>
            <translation>Too many screens are connected; try again shortly.</translation>
        </message>
        <message>
            <source>For mange forespørsler; vent {seconds} sekunder.</source>
            <translation>Too many requests; wait {seconds} seconds.</translation>
        </message>
        <message>
            <source>Ingen tilgang</source>
            <translation>No access</translation>
        </message>
        <message>
            <source>Mangler eller feil visningsnøkkel. Be verten om lenken eller QR-koden.</source>
            <translation>Missing or wrong view key. Ask the host for the link or the QR code.</translation>
        </message>
        <message>
            <source>Utstyret «{name}» kan ikke brukes med innstillingene det har.</source>
            <translation>The equipment «{name}» cannot be used with the settings it has.</translation>
        </message>
        <message>
            <source>{target} finnes allerede; kopien skrives bare til en ny fil.</source>
            <translation>{target} already exists; the copy is only written to a new file.</translation>
        </message>
        <message>
            <source>Databasen har allerede en hendelse; kopien skrives bare til en tom database.</source>
            <translation>The database already holds an event; the copy is only written to an empty database.</translation>
        </message>
        <message>
            <source>Kopierte hendelsen fra {source} til {target}: {blocks} bolker, {actions} handlinger i kjøreloggen, {people} deltakere, {inputs} innspill.</source>
            <translation>Copied the event from {source} to {target}: {blocks} blocks, {actions} run-log actions, {people} participants, {inputs} inputs.</translation>
        </message>
        <message>
            <source>--seconds må være mellom 0 og 60.</source>
            <translation>--seconds must be between 0 and 60.</translation>
        </message>
        <message>
            <source>Fant ingen hendelser på nettverket.</source>
            <translation>No events found on the network.</translation>
        </message>
        <message>
            <source>--out FIL mangler (eller bruk --wait).</source>
            <translation>--out FILE is missing (or use --wait).</translation>
        </message>
        <message>
            <source>linje 1: ventet {"out": FIL, "include_personal_data": true|false}.</source>
            <translation type="vanished">line 1: expected {"out": FILE, "include_personal_data": true|false}.</translation>
        </message>
        <message>
            <source>linje 1: ventet en JSON-linje ({e}).</source>
            <translation type="vanished">line 1: expected a JSON line ({e}).</translation>
        </message>
        <message>
            <source>ventet {expected}.</source>
            <translation>expected {expected}.</translation>
        </message>
        <message>
            <source>ventet en JSON-linje ({e}).</source>
            <translation>expected a JSON line ({e}).</translation>
        </message>
    </context>
    <context>
        <name>month</name>
        <message>
            <source>januar</source>
            <translation>January</translation>
        </message>
        <message>
            <source>februar</source>
            <translation>February</translation>
        </message>
        <message>
            <source>mars</source>
            <translation>March</translation>
        </message>
        <message>
            <source>april</source>
            <translation>April</translation>
        </message>
        <message>
            <source>mai</source>
            <translation>May</translation>
        </message>
        <message>
            <source>juni</source>
            <translation>June</translation>
        </message>
        <message>
            <source>juli</source>
            <translation>July</translation>
        </message>
        <message>
            <source>august</source>
            <translation>August</translation>
        </message>
        <message>
            <source>september</source>
            <translation>September</translation>
        </message>
        <message>
            <source>oktober</source>
            <translation>October</translation>
        </message>
        <message>
            <source>november</source>
            <translation>November</translation>
        </message>
        <message>
            <source>desember</source>
            <translation>December</translation>
        </message>
    </context>
    <context>
        <name>panel</name>
        <message>
            <source>Navn</source>
            <translation type="vanished">Name</translation>
        </message>
        <message>
            <source>E-post</source>
            <translation type="vanished">E-mail</translation>
        </message>
        <message>
            <source>Organisasjon</source>
            <translation type="vanished">Organisation</translation>
        </message>
        <message>
            <source>Kommune</source>
            <translation type="vanished">Municipality</translation>
        </message>
        <message>
            <source>Deltakelse</source>
            <translation type="vanished">Attendance</translation>
        </message>
        <message>
            <source>Status</source>
            <translation type="vanished">Status</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <source>Notater: {room}, runde {n}</source>
            <translation type="vanished">Notes: {room}, round {n}</translation>
        </message>
    </context>
    <context>
        <name>platforms</name>
        <message>
            <source>Runde 1 er første runde: ingen flytter.
</source>
            <translation>Round 1 is the first round: nobody moves.
</translation>
        </message>
        <message>
            <source>Zoom og Teams</source>
            <translation>Zoom and Teams</translation>
        </message>
        <message>
            <source>Zoom og &amp;Teams</source>
            <translation>Zoom and &amp;Teams</translation>
        </message>
        <message>
            <source>Tilkoblet</source>
            <translation>Connected</translation>
        </message>
        <message>
            <source>Ustabil</source>
            <translation>Unstable</translation>
        </message>
        <message>
            <source>Ikke tilkoblet</source>
            <translation>Not connected</translation>
        </message>
        <message>
            <source>Kobler til …</source>
            <translation>Connecting …</translation>
        </message>
        <message>
            <source>Slått av</source>
            <translation>Disabled</translation>
        </message>
    </context>
    <context>
        <name>self.panel</name>
        <message>
            <source>På stedet</source>
            <translation type="vanished">On site</translation>
        </message>
        <message>
            <source>Ikke møtt</source>
            <translation type="vanished">No-show</translation>
        </message>
        <message>
            <source>Uanmeldt</source>
            <translation type="vanished">Walk-in</translation>
        </message>
        <message>
            <source>Ukjent deltakelse «{v}»: skriv Fysisk, Teams eller Zoom</source>
            <translation type="vanished">Unknown attendance “{v}”: write Fysisk, Teams or Zoom</translation>
        </message>
        <message>
            <source>Endre {n}</source>
            <translation type="vanished">Change {n}</translation>
        </message>
    </context>
    <context>
        <name>self.parent</name>
        <message>
            <source>Eksport</source>
            <translation type="vanished">Export</translation>
        </message>
        <message>
            <source>Ingen grupper dannet ennå.</source>
            <translation type="vanished">No groups formed yet.</translation>
        </message>
        <message>
            <source>Zoom-forhåndsfordeling</source>
            <translation type="vanished">Zoom pre-assignment</translation>
        </message>
        <message>
            <source>Gruppelister per rom</source>
            <translation type="vanished">Group lists per room</translation>
        </message>
        <message>
            <source>Liste for teknisk ansvarlig</source>
            <translation type="vanished">List for the tech host</translation>
        </message>
    </context>
    <context>
        <name>wall</name>
        <message>
            <source>Flytt «{t}»</source>
            <translation type="vanished">Move “{t}”</translation>
        </message>
        <message>
            <source>Slå sammen «{a}» og «{b}»</source>
            <translation type="vanished">Merge “{a}” and “{b}”</translation>
        </message>
    </context>
    <context>
        <name>weekday</name>
        <message>
            <source>mandag</source>
            <translation>Monday</translation>
        </message>
        <message>
            <source>tirsdag</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <source>onsdag</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <source>torsdag</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <source>fredag</source>
            <translation>Friday</translation>
        </message>
        <message>
            <source>lørdag</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <source>søndag</source>
            <translation>Sunday</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <source>Deltakere</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Romtavle</source>
            <translation>Room board</translation>
        </message>
        <message>
            <source>Open Space</source>
            <translation>Open Space</translation>
        </message>
        <message>
            <source>Importer påmeldingsliste…</source>
            <translation>Import registration list…</translation>
        </message>
        <message>
            <source>Rom…</source>
            <translation>Rooms…</translation>
        </message>
        <message>
            <source>Danne grupper…</source>
            <translation>Form groups…</translation>
        </message>
        <message>
            <source>Open Space-vegg</source>
            <translation>Open Space wall</translation>
        </message>
        <message>
            <source>Start alle romtidtakere</source>
            <translation>Start all room timers</translation>
        </message>
        <message>
            <source>Eksporter Zoom-forhåndsfordeling (CSV)…</source>
            <translation>Export Zoom pre-assignment (CSV)…</translation>
        </message>
        <message>
            <source>Skriv ut gruppelister per rom (PDF)…</source>
            <translation>Print group lists per room (PDF)…</translation>
        </message>
        <message>
            <source>Liste per Teams-rom for teknisk ansvarlig…</source>
            <translation>List per Teams room for the tech host…</translation>
        </message>
        <message>
            <source>Liste per Zoom-rom for teknisk ansvarlig…</source>
            <translation>List per Zoom room for the tech host…</translation>
        </message>
        <message>
            <source>Skjermer</source>
            <translation type="unfinished">Screens</translation>
        </message>
        <message>
            <source>Skjermer og telefoner …</source>
            <translation type="unfinished">Screens and phones …</translation>
        </message>
    </context>
    <context>
        <name>workbook</name>
        <message>
            <source>Innhold</source>
            <translation type="vanished">Contents</translation>
        </message>
    </context>
</TS>
