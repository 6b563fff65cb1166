<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>App</name>
    <message>
        <location filename="../desktop/app.py" line="+39"/>
        <source>The database {where} cannot be reached.</source>
        <translation>De database {where} is niet bereikbaar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network connection and the database settings, then start Kampagnen again. Details for your administrator: {reason}</source>
        <translation>Controleer de netwerkverbinding en de database-instellingen en start Kampagnen daarna opnieuw. Gegevens voor uw beheerder: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database {where} was set up by a newer version of Kampagnen.</source>
        <translation>De database {where} is ingericht door een nieuwere versie van Kampagnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the newer version on this workstation; this one cannot use the database.</source>
        <translation>Installeer de nieuwere versie op deze werkplek; deze versie kan de database niet gebruiken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where} is not a Kampagnen database.</source>
        <translation>{where} is geen Kampagnen-database.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another database, or ask your administrator.</source>
        <translation>Kies een andere database of vraag het uw beheerder.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The shared database {where} must be brought to the newest version before this Kampagnen can use it. Afterwards every workstation needs this program version. Make sure a backup exists. Upgrade now?</source>
        <translation>De gedeelde database {where} moet naar de nieuwste versie worden bijgewerkt voordat deze versie van Kampagnen hem kan gebruiken. Daarna heeft elke werkplek deze programmaversie nodig. Zorg dat er een back-up is. Nu bijwerken?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Creating demo data…</source>
        <translation>Demogegevens worden aangemaakt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The demo data could not be created: {reason}</source>
        <translation>De demogegevens konden niet worden aangemaakt: {reason}</translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <location filename="../desktop/ui/campaign_editor.py" line="+72"/>
        <source>Disc&amp;ard changes</source>
        <translation>Wijz&amp;igingen verwerpen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No campaign selected</source>
        <translation>Geen campagne geselecteerd</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>never</source>
        <translation>nog nooit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{when} by {who}</source>
        <translation>{when} door {who}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The campaign “{name}” has unsaved changes. Save them?</source>
        <translation>De campagne ‘{name}’ heeft niet-opgeslagen wijzigingen. Wilt u ze opslaan?</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Please enter a name for the campaign.</source>
        <translation>Voer een naam voor de campagne in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please enter a campaign number.</source>
        <translation>Voer een campagnenummer in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another campaign already has the number {number}. Please choose another number.</source>
        <translation>Een andere campagne heeft al het nummer {number}. Kies een ander nummer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The planned end lies before the planned start. Please correct one of the dates.</source>
        <translation>Het geplande einde ligt vóór het geplande begin. Corrigeer een van de datums.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The budget cannot be negative.</source>
        <translation>Het budget kan niet negatief zijn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot save the campaign</source>
        <translation>Campagne kan niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../forms/campaign_editor.ui" line="+23"/>
        <source>&amp;General</source>
        <translation>&amp;Algemeen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>N&amp;umber:</source>
        <translation>N&amp;ummer:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation>Naa&amp;m:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>t&amp;o</source>
        <translation>t&amp;ot</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Budget:</source>
        <translation>Bu&amp;dget:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Last run:</source>
        <translation>Laatst uitgevoerd:</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Planned fro&amp;m:</source>
        <translation>&amp;Gepland van:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Desc&amp;ription:</source>
        <translation>Omsch&amp;rijving:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Last saved:</source>
        <translation>Laatst opgeslagen:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Campaign</source>
        <translation>&amp;Campagne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose data source</source>
        <translation>Gegevensbron kiezen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose action</source>
        <translation>Actie kiezen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data group for actions / selection of recipients</source>
        <translation>Gegevensgroep voor acties / selectie van ontvangers</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Totals</source>
        <translation>Totalen</translation>
    </message>
</context>
<context>
    <name>CampaignList</name>
    <message>
        <location filename="../forms/campaign_list.ui" line="+16"/>
        <source>Filter by number or name</source>
        <translation>Filteren op nummer of naam</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ne&amp;w</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Du&amp;plicate</source>
        <translation>Du&amp;pliceren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
</context>
<context>
    <name>CampaignTable</name>
    <message>
        <location filename="../desktop/ui/campaign_table_model.py" line="+62"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../desktop/cli.py" line="+24"/>
        <source>database URL or SQLite file (default: the local database)</source>
        <translation>database-URL of SQLite-bestand (standaard: de lokale database)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language of the interface</source>
        <translation>taal van de gebruikersinterface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the window on a fresh demo database</source>
        <translation>het venster openen met een nieuwe demodatabase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log details to the console</source>
        <translation>details in de console vastleggen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kampagnen: campaigns, target groups and mass mailings. Without a command the window opens.</source>
        <translation>Kampagnen: campagnes, doelgroepen en massamailings. Zonder opdracht wordt het venster geopend.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>COMMAND</source>
        <translation>OPDRACHT</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>database administration</source>
        <translation>databasebeheer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create the database or bring it to the newest schema</source>
        <translation>de database aanmaken of naar het nieuwste schema bijwerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do not ask before upgrading a shared database</source>
        <translation>niet vragen voordat een gedeelde database wordt bijgewerkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fill the database with demo data</source>
        <translation>de database met demogegevens vullen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number of persons (default 2000)</source>
        <translation>aantal personen (standaard 2000)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same seed gives the same data (default 1)</source>
        <translation>dezelfde beginwaarde geeft dezelfde gegevens (standaard 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete all data in the database first</source>
        <translation>eerst alle gegevens in de database verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check this workstation and the database</source>
        <translation>deze werkplek en de database controleren</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Kampagnen needs a screen, and none was found (DISPLAY is not set). Start it in a desktop session; on a server use xvfb-run or one of the commands (kampagnen --help).</source>
        <translation>Kampagnen heeft een beeldscherm nodig, maar er is er geen gevonden (DISPLAY is niet ingesteld). Start het programma in een desktopsessie; gebruik op een server xvfb-run of een van de opdrachten (kampagnen --help).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Creating employees…</source>
        <translation>Medewerkers worden aangemaakt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating organisations…</source>
        <translation>Organisaties worden aangemaakt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating persons…</source>
        <translation>Personen worden aangemaakt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating campaigns…</source>
        <translation>Campagnes worden aangemaakt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating campaign history…</source>
        <translation>Campagnegeschiedenis wordt aangemaakt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done.</source>
        <translation>Klaar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database {where} cannot be reached: {reason}. Check the address, the network and the password.</source>
        <translation>De database {where} is niet bereikbaar: {reason}. Controleer het adres, het netwerk en het wachtwoord.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database {where} was upgraded by a newer Kampagnen. Install the newer version.</source>
        <translation>De database {where} is bijgewerkt door een nieuwere versie van Kampagnen. Installeer de nieuwere versie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} is not a Kampagnen database. Choose another database with --database.</source>
        <translation>{where} is geen Kampagnen-database. Kies met --database een andere database.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database {where} is up to date (schema {head}).</source>
        <translation>De database {where} is bijgewerkt (schema {head}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shared database {where} will be brought to schema {head}. Every workstation then needs this program version. Continue? [y/N] </source>
        <translation>De gedeelde database {where} wordt bijgewerkt naar schema {head}. Daarna heeft elke werkplek deze programmaversie nodig. Doorgaan? [j/N] </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not upgraded: confirm with --yes to upgrade a shared database without asking.</source>
        <translation>Niet bijgewerkt: bevestig met --yes om een gedeelde database zonder vragen bij te werken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not upgraded.</source>
        <translation>Niet bijgewerkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database {where} is now at schema {head}.</source>
        <translation>De database {where} heeft nu schema {head}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The shared database must be upgraded first: kampagnen db upgrade</source>
        <translation>De gedeelde database moet eerst worden bijgewerkt: kampagnen db upgrade</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--persons must be at least 1.</source>
        <translation>--persons moet minstens 1 zijn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database {where} already holds data. Use --replace to delete it and create demo data.</source>
        <translation>De database {where} bevat al gegevens. Gebruik --replace om ze te verwijderen en demogegevens aan te maken.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Demo data created in {where}: {persons} persons, {organisations} organisations, {campaigns} campaigns ({seconds:.1f} s).</source>
        <translation>Demogegevens aangemaakt in {where}: {persons} personen, {organisations} organisaties, {campaigns} campagnes ({seconds:.1f} s).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Kampagnen cannot work on this workstation until the errors above are fixed.</source>
        <translation>Kampagnen kan op deze werkplek pas werken als de bovenstaande fouten zijn opgelost.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything Kampagnen needs was found.</source>
        <translation>Alles wat Kampagnen nodig heeft, is gevonden.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../desktop/ui/labels.py" line="+16"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+44"/>
        <source>Demo database: {database}</source>
        <translation>Demodatabase: {database}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local database: {database}</source>
        <translation>Lokale database: {database}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared database: {database}</source>
        <translation>Gedeelde database: {database}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source> (demo)</source>
        <translation> (demo)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>New campaign</source>
        <translation>Nieuwe campagne</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(copy)</source>
        <translation>(kopie)</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+29"/>
        <source>Delete campaign</source>
        <translation>Campagne verwijderen</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Delete the campaign “{number} {name}”?</source>
        <translation>De campagne ‘{number} {name}’ verwijderen?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Its %n action(s) with their target groups and the responses recorded for the campaign are deleted too. Entries in the contacts&apos; dossiers are kept. This cannot be undone.</source>
        <translation>
            <numerusform>De %n actie met de doelgroep en de voor de campagne geregistreerde reacties worden ook verwijderd. Items in de dossiers van de contacten blijven bewaard. Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>De %n acties met hun doelgroepen en de voor de campagne geregistreerde reacties worden ook verwijderd. Items in de dossiers van de contacten blijven bewaard. Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The campaign had already been deleted by another user.</source>
        <translation>De campagne was al door een andere gebruiker verwijderd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The campaign was changed by {who} in the meantime and has not been deleted. It is shown again with the latest changes; check it and delete it again if you still want to.</source>
        <translation>De campagne is intussen gewijzigd door {who} en is niet verwijderd. Ze wordt opnieuw getoond met de laatste wijzigingen; controleer ze en verwijder ze opnieuw als u dat nog steeds wilt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another user</source>
        <translation>een andere gebruiker</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Kampagnen</source>
        <translation>Over Kampagnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Kampagnen&lt;/b&gt; {version}&lt;br&gt;Campaigns, target groups and mass mailings.&lt;br&gt;&lt;br&gt;Database: {database}</source>
        <translation>&lt;b&gt;Kampagnen&lt;/b&gt; {version}&lt;br&gt;Campagnes, doelgroepen en massamailings.&lt;br&gt;&lt;br&gt;Database: {database}</translation>
    </message>
    <message>
        <location filename="../forms/main_window.ui" line="+43"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New campaign</source>
        <translation>&amp;Nieuwe campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Campaigns</source>
        <translation>&amp;Campagnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Duplicate campaign</source>
        <translation>Campagne &amp;dupliceren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete campaign…</source>
        <translation>Campagne &amp;verwijderen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Kampagnen</source>
        <translation>&amp;Over Kampagnen</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../desktop/ui/messages.py" line="+24"/>
        <source>Database not available</source>
        <translation>Database niet beschikbaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database {database} could not be reached, so nothing was saved. Your entries are still in the form.</source>
        <translation>De database {database} was niet bereikbaar, daarom is er niets opgeslagen. Uw invoer staat nog in het formulier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check the network connection and try again. If it keeps failing, give your administrator this message: {reason}</source>
        <translation>Controleer de netwerkverbinding en probeer het opnieuw. Als het blijft mislukken, geef uw beheerder dan deze melding: {reason}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Changed by someone else</source>
        <translation>Door iemand anders gewijzigd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{title}” was deleted by another user while you were editing it.</source>
        <translation>‘{title}’ is door een andere gebruiker verwijderd terwijl u eraan werkte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your entries have not been saved yet. Save them as a new campaign?</source>
        <translation>Uw invoer is nog niet opgeslagen. Opslaan als nieuwe campagne?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as &amp;new campaign</source>
        <translation>Opslaan als &amp;nieuwe campagne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Discard my entries</source>
        <translation>Mijn invoer &amp;verwerpen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>another user</source>
        <translation>Een andere gebruiker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} saved “{title}” at {when}, while you were editing it.</source>
        <translation>{who} heeft ‘{title}’ opgeslagen ({when}) terwijl u eraan werkte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your changes have not been saved yet. Reload to see the other changes (yours are then discarded), save yours over them, or go back and keep editing.</source>
        <translation>Uw wijzigingen zijn nog niet opgeslagen. Laad opnieuw om de andere wijzigingen te zien (de uwe vervallen dan), sla de uwe eroverheen op, of ga verder met bewerken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reload, discard mine</source>
        <translation>Opnieuw &amp;laden, de mijne verwerpen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save mine over theirs</source>
        <translation>De mijne toch op&amp;slaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Verder bewerken</translation>
    </message>
</context>
<context>
    <name>Selftest</name>
    <message>
        <location filename="../desktop/diagnostics.py" line="+41"/>
        <source>Qt platform</source>
        <translation>Qt-platform</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where} cannot be reached ({reason}). Check the address, the network and the password stored for it.</source>
        <translation>{where} is niet bereikbaar ({reason}). Controleer het adres, het netwerk en het opgeslagen wachtwoord.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where} was upgraded by a newer Kampagnen (schema {revision}). Install the newer program version on this workstation.</source>
        <translation>{where} is bijgewerkt door een nieuwere versie van Kampagnen (schema {revision}). Installeer de nieuwere programmaversie op deze werkplek.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where} is not a Kampagnen database. Choose another database.</source>
        <translation>{where} is geen Kampagnen-database. Kies een andere database.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}, schema version {revision} (current)</source>
        <translation>{where}, schemaversie {revision} (actueel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where} does not exist yet; it is created at the next start</source>
        <translation>{where} bestaat nog niet; hij wordt bij de volgende start aangemaakt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}, schema version {revision}; it is brought up to version {head} at the next start</source>
        <translation>{where}, schemaversie {revision}; bij de volgende start wordt hij bijgewerkt naar versie {head}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where} must be brought up to schema version {head} first. Make a backup, then run &apos;kampagnen db upgrade&apos; once.</source>
        <translation>{where} moet eerst worden bijgewerkt naar schemaversie {head}. Maak een back-up en voer daarna eenmaal &apos;kampagnen db upgrade&apos; uit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF converter</source>
        <translation>PDF-conversie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Neither Microsoft Word nor LibreOffice was found, so no letters can be made. Install LibreOffice, or enter the path to soffice in the settings.</source>
        <translation>Microsoft Word noch LibreOffice is gevonden, dus er kunnen geen brieven worden gemaakt. Installeer LibreOffice of vul het pad naar soffice in bij de instellingen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Microsoft Word</source>
        <translation>Microsoft Word</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printers</source>
        <translation>Printers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No printer is installed. Letters can still be saved as PDF.</source>
        <translation>Er is geen printer geïnstalleerd. Brieven kunnen wel als pdf worden opgeslagen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keyring</source>
        <translation>Wachtwoordkluis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No keyring of the operating system is available ({backend}); the password of a shared database cannot be stored.</source>
        <translation>Er is geen wachtwoordkluis van het besturingssysteem beschikbaar ({backend}); het wachtwoord van een gedeelde database kan niet worden opgeslagen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Translations</source>
        <translation>Vertalingen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Missing in {folder}: {languages}. Reinstall the program.</source>
        <translation>Ontbreken in {folder}: {languages}. Installeer het programma opnieuw.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="-11"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WARNING</source>
        <translation>WAARSCHUWING</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ERROR</source>
        <translation>FOUT</translation>
    </message>
</context>
</TS>
