<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../desktop/ui/action_dialog.py" line="+65"/>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit action</source>
        <translation>Actie bewerken</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(none yet)</source>
        <translation>(nog geen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>one for each contact</source>
        <translation>één per contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one for the whole action</source>
        <translation>één voor de hele actie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar&amp;k the dossier entries as handled</source>
        <translation>Dossieritems als afge&amp;handeld markeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out contacts already used in an earlier action</source>
        <translation>Contacten uitsluiten die al in een eerdere actie zijn gebruikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;umber:</source>
        <translation>N&amp;ummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>Naa&amp;m:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Planned for:</source>
        <translation>&amp;Gepland voor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Template:</source>
        <translation>&amp;Sjabloon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sender:</source>
        <translation>Af&amp;zender:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dossier entry type:</source>
        <translation>&amp;Dossieritemtype:</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Su&amp;bject:</source>
        <translation>Onder&amp;werp:</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Dossier &amp;entries:</source>
        <translation>Dossier&amp;items:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fixed costs:</source>
        <translation>&amp;Vaste kosten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs per &amp;contact:</source>
        <translation>Kosten &amp;per contact:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no, start empty)</source>
        <translation>(nee, leeg beginnen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action {number}: {name} ({count} members)</source>
        <translation>Actie {number}: {name} ({count} deelnemers)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The members are copied as they are, not found again.</source>
        <translation>De deelnemers worden overgenomen zoals ze zijn, niet opnieuw gezocht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take over target &amp;group of:</source>
        <translation>Doe&amp;lgroep overnemen van:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Action {number}</source>
        <translation>Actie {number}</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Another user deleted this action (or its campaign) while you were editing it. Your entries could not be saved.</source>
        <translation>Een andere gebruiker heeft deze actie (of de campagne ervan) verwijderd terwijl u eraan werkte. Uw invoer kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Please enter a name for the action.</source>
        <translation>Voer een naam voor de actie in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of an action must be 1 or more.</source>
        <translation>Het nummer van een actie moet minstens 1 zijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another action of this campaign already has the number {number}. Please choose another number.</source>
        <translation>Een andere actie van deze campagne heeft al het nummer {number}. Kies een ander nummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Costs cannot be negative.</source>
        <translation>Kosten kunnen niet negatief zijn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subject is too long.</source>
        <translation>Het onderwerp is te lang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the target group of an action of this campaign can be taken over.</source>
        <translation>Alleen de doelgroep van een actie van deze campagne kan worden overgenomen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please enter the subject of the e-mail.</source>
        <translation>Voer het onderwerp van de e-mail in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please write the text of the e-mail (as plain text, HTML or both).</source>
        <translation>Schrijf de tekst van de e-mail (als platte tekst, als HTML of beide).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{address}” is not an e-mail address. Enter one address such as info@example.org as Reply-To, or leave it empty so that replies go to the sender.</source>
        <translation>“{address}” is geen e-mailadres. Vul bij “Antwoord aan” één adres in, zoals info@example.org, of laat het veld leeg, zodat antwoorden naar de afzender gaan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please write the text of the SMS.</source>
        <translation>Schrijf de tekst van de sms.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot save the action</source>
        <translation>Actie kan niet worden opgeslagen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail text</source>
        <translation>E-mailtekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML text</source>
        <translation>HTML-tekst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMS text</source>
        <translation>Sms-tekst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text}, line {line}: the fields cannot be read. Check the braces {braces}.</source>
        <translation>{text}, regel {line}: de velden kunnen niet worden gelezen. Controleer de accolades {braces}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text}: unknown field «{field}» — did you mean «{suggestion}»?</source>
        <translation>{text}: onbekend veld «{field}» — bedoelde u «{suggestion}»?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text}: unknown field «{field}». Choose the fields with “Insert field”.</source>
        <translation>{text}: onbekend veld «{field}». Kies de velden met “Veld invoegen”.</translation>
    </message>
</context>
<context>
    <name>ActionList</name>
    <message>
        <location filename="../desktop/ui/action_list.py" line="+49"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked</source>
        <translation>Gekoppeld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generated</source>
        <translation>Gegenereerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w action…</source>
        <translation>&amp;Nieuwe actie…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+58"/>
        <source>&amp;Mass print…</source>
        <translation>Massaal a&amp;fdrukken…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Send e-mails…</source>
        <translation>E-mails ver&amp;zenden…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export &amp;SMS…</source>
        <translation>Sms&apos;jes e&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Another user changed or deleted the action in the meantime; it was not deleted. Check it and delete it again if you still want to.</source>
        <translation>Een andere gebruiker heeft de actie intussen gewijzigd of verwijderd; ze is niet verwijderd. Bekijk ze opnieuw en verwijder ze dan als u dat nog steeds wilt.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Edit action</source>
        <translation>Actie bewerken</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Ed&amp;it…</source>
        <translation>Bewe&amp;rken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete action…</source>
        <translation>Verwij&amp;deren…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Another user deleted this action in the meantime.</source>
        <translation>Een andere gebruiker heeft deze actie intussen verwijderd.</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Delete action {number} “{name}” with its target group of %n person(s)?</source>
        <translation>
            <numerusform>Actie {number} “{name}” met de doelgroep van %n persoon verwijderen?</numerusform>
            <numerusform>Actie {number} “{name}” met de doelgroep van %n personen verwijderen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The action has already generated %n dossier entry(s). They stay in the contacts&apos; history, but no longer point to this action.</source>
        <translation>
            <numerusform>De actie heeft al %n dossieritem gegenereerd. Dit blijft in het dossier van het contact bewaard, maar verwijst niet meer naar deze actie.</numerusform>
            <numerusform>De actie heeft al %n dossieritems gegenereerd. Ze blijven in de dossiers van de contacten bewaard, maar verwijzen niet meer naar deze actie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Delete action</source>
        <translation>Actie verwijderen</translation>
    </message>
</context>
<context>
    <name>ActionTextsPanel</name>
    <message>
        <location filename="../desktop/ui/action_texts_panel.py" line="+47"/>
        <source>Insert &amp;field</source>
        <translation>Veld i&amp;nvoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puts the chosen field at the cursor of the text you are writing.</source>
        <translation>Plaatst het gekozen veld op de cursorpositie in de tekst waaraan u werkt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fields such as {example} are filled in for each contact.</source>
        <translation>Velden zoals {example} worden voor elk contact ingevuld.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Optional. When it is empty, the e-mail is sent as plain text only.</source>
        <translation>Optioneel. Als dit leeg is, wordt de e-mail alleen als platte tekst verzonden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Attach the personal letter as PDF</source>
        <translation>Persoonlijke brief als PDF &amp;bijvoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter is merged from the action&apos;s template: choose one on the page “Action”.</source>
        <translation>De brief wordt samengevoegd uit het sjabloon van de actie: kies een sjabloon op het tabblad “Actie”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>empty: replies go to the sender</source>
        <translation>leeg: antwoorden gaan naar de afzender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;HTML:</source>
        <translation>&amp;HTML:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reply to:</source>
        <translation>&amp;Antwoord aan:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Counted as written here: the fields make each SMS longer by their values.</source>
        <translation>Geteld zoals hier geschreven: de velden maken elke sms langer met hun waarden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS &amp;text:</source>
        <translation>Sms-&amp;tekst:</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unicode because of {characters}; without it {limit} characters fit in one SMS</source>
        <translation>Unicode vanwege {characters}; zonder deze tekens passen er {limit} tekens in één sms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{length} / {limit} characters, {parts} SMS ({kind})</source>
        <translation>{length} / {limit} tekens, aantal sms&apos;jes: {parts} ({kind})</translation>
    </message>
</context>
<context>
    <name>Analyses</name>
    <message>
        <location filename="../desktop/campaigns/analyses.py" line="+125"/>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+13"/>
        <location line="+11"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+9"/>
        <location line="+13"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned from</source>
        <translation>Gepland van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned to</source>
        <translation>Gepland tot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+22"/>
        <source>Members linked</source>
        <translation>Gekoppelde deelnemers</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>Generated</source>
        <translation>Gegenereerd</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <location line="+11"/>
        <source>Handled</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+23"/>
        <source>Responded</source>
        <translation>Gereageerd</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+23"/>
        <source>Response rate</source>
        <translation>Responspercentage</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>Estimated costs</source>
        <translation>Begrote kosten</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+23"/>
        <source>Actual costs</source>
        <translation>Werkelijke kosten</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Budget used</source>
        <translation>Budget gebruikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs, actual against estimated</source>
        <translation>Kosten begroot/werkelijk</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <location line="+10"/>
        <source>Action no.</source>
        <translation>Actienr.</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+13"/>
        <location line="+11"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Fixed (estimated)</source>
        <translation>Vast (begroot)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per contact (estimated)</source>
        <translation>Per contact (begroot)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other estimates</source>
        <translation>Overige begrote kosten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Estimated</source>
        <translation>Begroot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked by runs</source>
        <translation>Geboekt door verwerkingen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoices</source>
        <translation>Inkoopfacturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other actual costs</source>
        <translation>Overige werkelijke kosten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selections</source>
        <translation>Selecties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection</source>
        <translation>Selectie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution list</source>
        <translation>Verzendlijst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data source of campaigns</source>
        <translation>Gegevensbron van campagnes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linked to actions</source>
        <translation>Aan acties gekoppeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last linked</source>
        <translation>Laatst gekoppeld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned date</source>
        <translation>Geplande datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Generated on</source>
        <translation>Gegenereerd op</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Not linked</source>
        <translation>Niet gekoppeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost per contact</source>
        <translation>Kosten per contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost per response</source>
        <translation>Kosten per reactie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts of a campaign</source>
        <translation>Relaties van een campagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact code</source>
        <translation>Relatienummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked</source>
        <translation>Gekoppeld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left out because</source>
        <translation>Uitgesloten omdat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response</source>
        <translation>Reactie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Response on</source>
        <translation>Reactie op</translation>
    </message>
</context>
<context>
    <name>AnalysesDialog</name>
    <message>
        <location filename="../desktop/ui/analyses_dialog.py" line="+64"/>
        <source>Analyses</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Data sets:</source>
        <translation>&amp;Gegevenssets:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campagne:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Preview:</source>
        <translation>&amp;Voorbeeld:</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n regel</numerusform>
            <numerusform>%n regels</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the first {shown} are shown here; the export holds all)</source>
        <translation>(hier worden de eerste {shown} getoond; de export bevat alle)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export the analysis</source>
        <translation>Analyse exporteren</translation>
    </message>
</context>
<context>
    <name>AnalysisTexts</name>
    <message>
        <location filename="../desktop/analysis_texts.py" line="+50"/>
        <source>handled</source>
        <translation>afgehandeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no response)</source>
        <translation>(geen reactie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no action)</source>
        <translation>(geen actie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no employee)</source>
        <translation>(geen medewerker)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no organisation)</source>
        <translation>(geen organisatie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no account manager)</source>
        <translation>(geen accountmanager)</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../desktop/app.py" line="+41"/>
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
        <location line="+34"/>
        <source>The demo data could not be created: {reason}</source>
        <translation>De demogegevens konden niet worden aangemaakt: {reason}</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../desktop/ui/backup_actions.py" line="+29"/>
        <source>Kampagnen backups (*.sqlite3 *.db);;All files (*)</source>
        <translation>Kampagnen-back-ups (*.sqlite3 *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{where} is a shared database. Its administrator backs it up and restores it (with pg_dump and pg_restore); Kampagnen backs up only a local database.</source>
        <translation>{where} is een gedeelde database. Uw beheerder maakt er back-ups van en herstelt die (met pg_dump en pg_restore); Kampagnen maakt alleen back-ups van een lokale database.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} is not a database file. Choose a Kampagnen backup (.sqlite3).</source>
        <translation>{path} is geen databasebestand. Kies een back-up van Kampagnen (.sqlite3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a database, but not one of Kampagnen.</source>
        <translation>{path} is een database, maar niet van Kampagnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} was written by a newer Kampagnen version. Install that version to restore it.</source>
        <translation>{path} is geschreven door een nieuwere versie van Kampagnen. Installeer die versie om de back-up te herstellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} could not be written: {reason}</source>
        <translation>{path} kon niet worden geschreven: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no database yet, so there is nothing to back up.</source>
        <translation>Er is nog geen database, dus er is niets om een back-up van te maken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back up the database</source>
        <translation>Database back-up maken</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The backup was not written. {problem}</source>
        <translation>De back-up is niet geschreven. {problem}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database was backed up to {path}.</source>
        <translation>Er is een back-up van de database gemaakt in {path}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore the database</source>
        <translation>Database herstellen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Replace the data of Kampagnen with the backup {path}?</source>
        <translation>De gegevens van Kampagnen vervangen door de back-up {path}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything entered since that backup is replaced. The current data is backed up first (in {folder}), so this can be undone. Afterwards Kampagnen reloads and shows the restored data.</source>
        <translation>Alles wat sinds die back-up is ingevoerd, wordt overschreven. Eerst wordt een back-up van de huidige gegevens gemaakt (in {folder}), zodat dit ongedaan kan worden gemaakt. Daarna laadt Kampagnen opnieuw en toont de herstelde gegevens.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Restore</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The data of the backup {path} was restored.</source>
        <translation>De gegevens van de back-up {path} zijn hersteld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data as it was before is in {saved}.</source>
        <translation>De gegevens zoals ze daarvoor waren, staan in {saved}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database was not restored; it is unchanged. {problem}</source>
        <translation>De database is niet hersteld en is ongewijzigd. {problem}</translation>
    </message>
</context>
<context>
    <name>CallerDialog</name>
    <message>
        <location filename="../desktop/ui/caller_dialog.py" line="+64"/>
        <source>Find contact</source>
        <translation>Relatie zoeken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone number, name, code, city or organisation</source>
        <translation>Telefoonnummer, naam, code, plaats of organisatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find:</source>
        <translation>Zoek&amp;term:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found by</source>
        <translation>Gevonden via</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts found</source>
        <translation>Gevonden relaties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open contact</source>
        <translation>&amp;Relatie openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New person…</source>
        <translation>&amp;Nieuwe persoon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Nobody has the number {number}. Enter the caller as a new person, or search by name.</source>
        <translation>Niemand heeft het nummer {number}. Voer de beller in als nieuwe persoon of zoek op naam.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody matches “{text}”.</source>
        <translation>Niemand komt overeen met “{text}”.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n contact(s) found</source>
        <translation>
            <numerusform>%n relatie gevonden</numerusform>
            <numerusform>%n relaties gevonden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone {number}</source>
        <translation>Telefoon {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile {number}</source>
        <translation>Mobiel {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation&apos;s number {number}</source>
        <translation>Nummer van de organisatie {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name or code</source>
        <translation>Naam of code</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Call from {number}</source>
        <translation>Oproep van {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (switchboard of {organisation})</source>
        <translation> (centrale van {organisation})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> – participant of {campaigns}</source>
        <translation> – deelnemer aan {campaigns}</translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <location filename="../desktop/ui/campaign_editor.py" line="+133"/>
        <source>No campaign selected</source>
        <translation>Geen campagne geselecteerd</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>never</source>
        <translation>nog nooit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Query: {name}</source>
        <translation>Query: {name}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>No query chosen yet.</source>
        <translation>Nog geen query gekozen.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Di&amp;scard changes</source>
        <translation>Wijz&amp;igingen verwerpen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cos&amp;ts</source>
        <translation>Kost&amp;en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response t&amp;ypes</source>
        <translation>Reactie&amp;s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tas&amp;ks</source>
        <translation>Ta&amp;ken</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Distribution list: {name}</source>
        <translation>Verzendlijst: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+18"/>
        <source>&amp;Name:</source>
        <translation>Naa&amp;m:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Budget:</source>
        <translation>Bu&amp;dget:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Last run:</source>
        <translation>Laatst uitgevoerd:</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Nu&amp;mber:</source>
        <translation>N&amp;ummer:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stat&amp;us:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Planne&amp;d from:</source>
        <translation>&amp;Gepland van:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>to</source>
        <translation>t&amp;ot</translation>
    </message>
    <message>
        <location line="+48"/>
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
        <location line="+16"/>
        <source>Edit &amp;query for campaign…</source>
        <translation>&amp;Query voor campagne bewerken…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose action</source>
        <translation>Actie kiezen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Data group for actions / selection of recipients</source>
        <translation>Gegevensgroep voor acties / selectie van ontvangers</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+3"/>
        <source>Filter campaigns</source>
        <translation>Campagnes filteren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
</context>
<context>
    <name>CampaignTab</name>
    <message>
        <location filename="../desktop/ui/campaign_tab.py" line="+79"/>
        <source>Choose distri&amp;bution list…</source>
        <translation>Ver&amp;zendlijst kiezen…</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+6"/>
        <location line="+8"/>
        <source>Choose distribution list</source>
        <translation>Verzendlijst kiezen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>There are no distribution lists yet. Save a query as a distribution list first (Query → Save as selection, “distribution list”).</source>
        <translation>Er zijn nog geen verzendlijsten. Sla eerst een query op als verzendlijst (Query → Opslaan als selectie, “Gebruiken als verzendlijst”).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data source of the campaign:</source>
        <translation>Gegevensbron van de campagne:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The campaign or the distribution list was deleted by another user in the meantime.</source>
        <translation>De campagne of de verzendlijst is intussen door een andere gebruiker verwijderd.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Link selection</source>
        <translation>Selectie koppelen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Finding and adding the persons of “{name}”…</source>
        <translation>Personen van “{name}” worden gezocht en toegevoegd…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The selection “{name}” was already linked to this action on {when}. Its persons are in the target group; a selection can be linked to an action only once.</source>
        <translation>De selectie “{name}” is al op {when} aan deze actie gekoppeld. De personen ervan zitten in de doelgroep; een selectie kan maar één keer aan een actie worden gekoppeld.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The selection or the action was deleted by another user in the meantime.</source>
        <translation>De selectie of de actie is intussen door een andere gebruiker verwijderd.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n person(s) added to the target group.</source>
        <translation>
            <numerusform>%n persoon aan de doelgroep toegevoegd.</numerusform>
            <numerusform>%n personen aan de doelgroep toegevoegd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n were members already.</source>
        <translation>
            <numerusform>%n was al deelnemer.</numerusform>
            <numerusform>%n waren al deelnemer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n left out: already used in an earlier action.</source>
        <translation>
            <numerusform>%n uitgesloten: al gebruikt in een eerdere actie.</numerusform>
            <numerusform>%n uitgesloten: al gebruikt in een eerdere actie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cannot be reached through this channel; they are listed under “Left out”.</source>
        <translation>
            <numerusform>%n persoon komt niet in aanmerking voor dit kanaal; deze staat onder “Uitgesloten”.</numerusform>
            <numerusform>%n personen komen niet in aanmerking voor dit kanaal; ze staan onder “Uitgesloten”.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+13"/>
        <source>Add persons</source>
        <translation>Personen toevoegen</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Adding the persons found…</source>
        <translation>Gevonden personen worden toegevoegd…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import members</source>
        <translation>Deelnemers importeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
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
        <location filename="../desktop/cli.py" line="+34"/>
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
        <source>open the first-start assistant again (database, who you are, printer)</source>
        <translation>de installatie-assistent opnieuw openen (database, wie u bent, printer)</translation>
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
        <location filename="../desktop/cli_campaign.py" line="+53"/>
        <location line="+7"/>
        <location filename="../desktop/cli_query.py" line="+35"/>
        <location line="+7"/>
        <location filename="../desktop/cli_template.py" line="+33"/>
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
        <location line="+1"/>
        <source>write a backup of the local database (also while the program runs)</source>
        <translation>een back-up van de lokale database schrijven (ook terwijl het programma draait)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup file or a folder (default: a dated file in the backup folder)</source>
        <translation>het back-upbestand of een map (standaard: een bestand met datum in de back-upmap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace the local database with a backup (the current data is backed up first)</source>
        <translation>de lokale database vervangen door een back-up (eerst wordt een back-up van de huidige gegevens gemaakt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup file to restore</source>
        <translation>het te herstellen back-upbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do not ask before replacing the database</source>
        <translation>niet vragen voordat de database wordt vervangen</translation>
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
        <location line="+1"/>
        <source>show the caller with this phone number in the window (for telephone systems)</source>
        <translation>de beller met dit telefoonnummer in het venster tonen (voor telefooncentrales)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the caller&apos;s number, in any usual form</source>
        <translation>het nummer van de beller, in elke gangbare schrijfwijze</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Kampagnen needs a screen, and none was found (DISPLAY is not set). Start it in a desktop session; on a server use xvfb-run or one of the commands (kampagnen --help).</source>
        <translation>Kampagnen heeft een beeldscherm nodig, maar er is er geen gevonden (DISPLAY is niet ingesteld). Start het programma in een desktopsessie; gebruik op een server xvfb-run of een van de opdrachten (kampagnen --help).</translation>
    </message>
    <message>
        <location line="+55"/>
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
        <location line="+6"/>
        <location line="+63"/>
        <source>The previous data was backed up to {path}.</source>
        <translation>Er is een back-up van de vorige gegevens gemaakt in {path}.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>The database {where} is now at schema {head}.</source>
        <translation>De database {where} heeft nu schema {head}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where} is a shared database: its administrator backs it up and restores it with pg_dump and pg_restore.</source>
        <translation>{where} is een gedeelde database: uw beheerder maakt er back-ups van met pg_dump en herstelt die met pg_restore.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no database at {where} yet, so there is nothing to back up.</source>
        <translation>Op {where} is nog geen database, dus er is niets om een back-up van te maken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} is not a database file. Choose a Kampagnen backup (.sqlite3).</source>
        <translation>{where} is geen databasebestand. Kies een back-up van Kampagnen (.sqlite3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} cannot be read: {reason}.</source>
        <translation>{where} kan niet worden gelezen: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup {where} could not be written: {reason}.</source>
        <translation>De back-up {where} kon niet worden geschreven: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} was written by a newer Kampagnen (schema {revision}). Install the newer version to restore it.</source>
        <translation>{where} is geschreven door een nieuwere versie van Kampagnen (schema {revision}). Installeer de nieuwere versie om de back-up te herstellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} is not a Kampagnen database.</source>
        <translation>{where} is geen Kampagnen-database.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database {where} was backed up to {path}.</source>
        <translation>Er is een back-up van de database {where} gemaakt in {path}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not restored: confirm with --yes to replace the database without asking.</source>
        <translation>Niet hersteld: bevestig met --yes om de database zonder vragen te vervangen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database {where} will be replaced by {path} (schema {revision}). The current data is backed up first. Close Kampagnen on this workstation before. Continue? [y/N] </source>
        <translation>De database {where} wordt vervangen door {path} (schema {revision}). Eerst wordt een back-up van de huidige gegevens gemaakt. Sluit Kampagnen op deze werkplek vooraf af. Doorgaan? [j/N] </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not restored.</source>
        <translation>Niet hersteld.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database {where} was restored from {path}.</source>
        <translation>De database {where} is hersteld uit {path}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The shared database must be upgraded first: kampagnen db upgrade</source>
        <translation>De gedeelde database moet eerst worden bijgewerkt: kampagnen db upgrade</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+29"/>
        <source>The database {where} must be upgraded first: kampagnen db upgrade</source>
        <translation>De database {where} moet eerst worden bijgewerkt: kampagnen db upgrade</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kampagnen cannot work on this workstation until the errors above are fixed.</source>
        <translation>Kampagnen kan op deze werkplek pas werken als de bovenstaande fouten zijn opgelost.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything Kampagnen needs was found.</source>
        <translation>Alles wat Kampagnen nodig heeft, is gevonden.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_query.py" line="-8"/>
        <source>run a query definition (JSON)</source>
        <translation>een querydefinitie (JSON) uitvoeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the persons a query finds, or export them</source>
        <translation>de gevonden personen tonen of exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>the query definition</source>
        <translation>de querydefinitie</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>print only the number of persons found</source>
        <translation>alleen het aantal gevonden personen tonen</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="-319"/>
        <location line="+2"/>
        <location filename="../desktop/cli_campaign.py" line="+27"/>
        <location filename="../desktop/cli_generate.py" line="+39"/>
        <location line="+3"/>
        <location filename="../desktop/cli_query.py" line="+1"/>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <location filename="../desktop/cli_query.py" line="+0"/>
        <source>write the result to a .csv or .xlsx file</source>
        <translation>het resultaat naar een .csv- of .xlsx-bestand schrijven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved selections and distribution lists</source>
        <translation>opgeslagen selecties en verzendlijsten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save a query definition as a selection</source>
        <translation>een querydefinitie als selectie opslaan</translation>
    </message>
    <message>
        <location filename="../desktop/cli_analysis.py" line="+32"/>
        <source>figures of a campaign: members, generated, handled, responses, costs</source>
        <translation>kengetallen van een campagne: deelnemers, gegenereerd, afgehandeld, reacties, kosten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>count a campaign&apos;s dossier items by up to three fields</source>
        <translation>de dossieritems van een campagne tellen op maximaal drie velden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FIELD</source>
        <translation>VELD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also write the tree to an Excel or CSV file</source>
        <translation>de boom ook naar een Excel- of CSV-bestand schrijven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export an analysis data set for Excel</source>
        <translation>een analysegegevensset voor Excel exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/cli_campaign.py" line="-32"/>
        <location line="+8"/>
        <location filename="../desktop/cli_query.py" line="+1"/>
        <location filename="../desktop/cli_template.py" line="+8"/>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the campaign (for “contacts”)</source>
        <translation>de campagne (voor “contacts”)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no campaign numbered “{number}”. kampagnen campaign list shows the campaigns.</source>
        <translation>Er is geen campagne met het nummer “{number}”. kampagnen campaign list toont de campagnes.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not linked</source>
        <translation>Niet gekoppeld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generated</source>
        <translation>Gegenereerd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handled</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responded</source>
        <translation>Gereageerd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>Respons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Estimated</source>
        <translation>Begroot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Response</source>
        <translation>Reactie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Budget {budget}, used {share}</source>
        <translation>Budget {budget}, gebruikt {share}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give one to three different fields.</source>
        <translation>Geef één tot drie verschillende velden op.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All dossier items: {count}</source>
        <translation>Alle dossieritems: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} could not be written: {reason}. Close it if it is open in Excel, or choose another folder.</source>
        <translation>{file} kon niet worden geschreven: {reason}. Sluit het bestand als het in Excel geopend is, of kies een andere map.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rows} rows written to {file}.</source>
        <translation>{rows} regels naar {file} geschreven.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This analysis needs --campaign NUMBER.</source>
        <translation>Deze analyse heeft --campaign NUMMER nodig.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_query.py" line="+2"/>
        <source>a description of the selection</source>
        <translation>een omschrijving van de selectie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save it as a distribution list</source>
        <translation>als verzendlijst opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace a selection of the same name</source>
        <translation>een selectie met dezelfde naam vervangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the saved selections</source>
        <translation>de opgeslagen selecties tonen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The file {path} cannot be read: {reason}</source>
        <translation>Het bestand {path} kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>{path}, line {line}: this is not a query definition (JSON): {reason}</source>
        <translation>{path}, regel {line}: dit is geen querydefinitie (JSON): {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{path}: the export file must end in .csv or .xlsx.</source>
        <translation>{path}: het exportbestand moet eindigen op .csv of .xlsx.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_campaign.py" line="-14"/>
        <source>the campaign number, e.g. 2026-001</source>
        <translation>het campagnenummer, bijv. 2026-001</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number of the action in its campaign (1, 2 …)</source>
        <translation>het nummer van de actie binnen de campagne (1, 2 …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>campaigns</source>
        <translation>campagnes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create a planned campaign</source>
        <translation>een geplande campagne aanmaken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the campaign number (default: the next free one of the year)</source>
        <translation>het campagnenummer (standaard: het volgende vrije nummer van het jaar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the campaigns with their status and number of actions</source>
        <translation>de campagnes met hun status en aantal acties tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>actions of a campaign and their target groups</source>
        <translation>acties van een campagne en hun doelgroepen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add an action to a campaign</source>
        <translation>een actie aan een campagne toevoegen</translation>
    </message>
    <message>
        <location filename="../desktop/cli_analysis.py" line="-108"/>
        <location line="+2"/>
        <location line="+8"/>
        <location filename="../desktop/cli_campaign.py" line="+1"/>
        <location line="+10"/>
        <location line="+8"/>
        <location line="+5"/>
        <location filename="../desktop/cli_export.py" line="+36"/>
        <location line="+8"/>
        <location filename="../desktop/cli_generate.py" line="-5"/>
        <location filename="../desktop/cli_send.py" line="+37"/>
        <source>CAMPAIGN</source>
        <translation>CAMPAGNE</translation>
    </message>
    <message>
        <location filename="../desktop/cli_campaign.py" line="-20"/>
        <source>how the action reaches its target group (default: letter)</source>
        <translation>hoe de actie de doelgroep bereikt (standaard: letter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>take over the target group of this action of the campaign</source>
        <translation>de doelgroep van deze actie van de campagne overnemen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave out contacts already used in an earlier action when selections are linked</source>
        <translation>bij het koppelen van selecties contacten uitsluiten die al in een eerdere actie zijn gebruikt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add the persons a saved selection finds now to the target group</source>
        <translation>de personen die een opgeslagen selectie nu vindt aan de doelgroep toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SELECTION</source>
        <translation>SELECTIE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the name of the saved selection</source>
        <translation>de naam van de opgeslagen selectie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave out persons linked in an earlier action of the campaign (default: the action&apos;s setting)</source>
        <translation>personen uitsluiten die in een eerdere actie van de campagne gekoppeld waren (standaard: de instelling van de actie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import target group members from a CSV file</source>
        <translation>deelnemers van een doelgroep uit een CSV-bestand importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact codes, and optionally campaign, action and linked (J/N) columns</source>
        <translation>relatienummers, eventueel ook kolommen voor campagne, actie en gekoppeld (J/N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the campaign of the lines that name none (with --action)</source>
        <translation>de campagne voor regels die er geen noemen (met --action)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the action of the lines that name none (with --campaign)</source>
        <translation>de actie voor regels die er geen noemen (met --campaign)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the target group of an action, or export it</source>
        <translation>de doelgroep van een actie tonen of exporteren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write the members to a .csv file for Excel</source>
        <translation>de deelnemers naar een .csv-bestand voor Excel schrijven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the members excluded from the action&apos;s channel</source>
        <translation>alleen de deelnemers die voor het kanaal van de actie zijn uitgesloten</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The campaign, the action or the selection was deleted by another user in the meantime. Nothing was changed.</source>
        <translation>De campagne, de actie of de selectie is intussen door een andere gebruiker verwijderd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is no campaign with the number “{number}”. kampagnen campaign list shows the campaigns.</source>
        <translation>Er is geen campagne met het nummer “{number}”. Met kampagnen campaign list ziet u de campagnes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Campaign {number} has no action {sequence}. Its actions are: {sequences}.</source>
        <translation>Campagne {number} heeft geen actie {sequence}. De acties zijn: {sequences}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign {number} has no action {sequence}; it has no actions yet (kampagnen action add).</source>
        <translation>Campagne {number} heeft geen actie {sequence}; ze heeft nog geen acties (kampagnen action add).</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+18"/>
        <source>Please give the campaign a name.</source>
        <translation>Geef de campagne een naam.</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+48"/>
        <location filename="../desktop/cli_template.py" line="+31"/>
        <source>The name is too long: at most {max} characters.</source>
        <translation>De naam is te lang: maximaal {max} tekens.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The campaign number must not be empty; leave --number out to get the next free one.</source>
        <translation>Het campagnenummer mag niet leeg zijn; laat --number weg om het volgende vrije nummer te krijgen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The campaign number is too long: at most {max} characters.</source>
        <translation>Het campagnenummer is te lang: maximaal {max} tekens.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is already a campaign with the number “{number}”.</source>
        <translation>Er bestaat al een campagne met het nummer “{number}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign {number} “{name}” created (id {id}).</source>
        <translation>Campagne {number} “{name}” aangemaakt (id {id}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no campaigns yet.</source>
        <translation>Er zijn nog geen campagnes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+139"/>
        <location filename="../desktop/cli_template.py" line="+15"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+18"/>
        <source>Please give the action a name.</source>
        <translation>Geef de actie een naam.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action {sequence} “{name}” added to campaign {number}.</source>
        <translation>Actie {sequence} “{name}” aan campagne {number} toegevoegd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target group of action {source} taken over: {total} members, {linked} linked, {excluded} excluded.</source>
        <translation>Doelgroep van actie {source} overgenomen: {total} deelnemers, {linked} gekoppeld, {excluded} uitgesloten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no selection called “{name}”. kampagnen selection list shows the saved selections.</source>
        <translation>Er is geen selectie “{name}”. Met kampagnen selection list ziet u de opgeslagen selecties.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The selection “{name}” was linked to action {sequence} of campaign {number} already on {when}. Its persons are in the target group; a selection can be linked to an action only once.</source>
        <translation>De selectie “{name}” is al op {when} aan actie {sequence} van campagne {number} gekoppeld. De personen ervan zitten in de doelgroep; een selectie kan maar één keer aan een actie worden gekoppeld.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selection “{name}” linked to action {sequence} of campaign {number}.</source>
        <translation>Selectie “{name}” gekoppeld aan actie {sequence} van campagne {number}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons found: {count}</source>
        <translation>Gevonden personen: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added: {count}</source>
        <translation>Toegevoegd: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already members: {count}</source>
        <translation>Al deelnemer: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out as used in an earlier action: {count}</source>
        <translation>Uitgesloten, want al gebruikt in een eerdere actie: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added but excluded from the channel: {count}</source>
        <translation>Toegevoegd, maar uitgesloten voor het kanaal: {count}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file {file} names no action. Give --campaign and --action, or add the columns “Kampagne” and “Aktion” (campaign number and number of the action in it).</source>
        <translation>Het bestand {file} noemt geen actie. Geef --campaign en --action op, of voeg de kolommen “Campagne” en “Actie” toe (campagnenummer en nummer van de actie daarin).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the line names no campaign. Fill in its campaign column, or give --campaign and --action.</source>
        <translation>de regel noemt geen campagne. Vul de campagnekolom in, of geef --campaign en --action op.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}, line {line}: {problem}</source>
        <translation>{path}, regel {line}: {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give --campaign and --action together, or neither: then every line of the file names its campaign and action.</source>
        <translation>Geef --campaign en --action samen op, of geen van beide: dan noemt elke regel van het bestand zijn campagne en actie.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing was imported. Correct the lines above in {path} and import the file again.</source>
        <translation>Er is niets geïmporteerd. Corrigeer de bovenstaande regels in {path} en importeer het bestand opnieuw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members imported from {path}:</source>
        <translation>Deelnemers geïmporteerd uit {path}:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign {number}, action {sequence}: added {added}, already members {already}, excluded {excluded}</source>
        <translation>Campagne {number}, actie {sequence}: toegevoegd {added}, al deelnemer {already}, uitgesloten {excluded}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Code</source>
        <translation>Relatienummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../desktop/cli_analysis.py" line="+44"/>
        <location filename="../desktop/cli_campaign.py" line="+1"/>
        <source>Linked</source>
        <translation>Gekoppeld</translation>
    </message>
    <message>
        <location filename="../desktop/cli_campaign.py" line="+1"/>
        <source>Origin</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded because</source>
        <translation>Reden van uitsluiting</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Y</source>
        <comment>linked: yes</comment>
        <translation>J</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <comment>linked: no</comment>
        <translation>N</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{path}: the export file must end in .csv.</source>
        <translation>{path}: het exportbestand moet eindigen op .csv.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../desktop/cli_export.py" line="+32"/>
        <location filename="../desktop/cli_query.py" line="+6"/>
        <location filename="../desktop/cli_report.py" line="+80"/>
        <source>The file {path} could not be written: {reason}</source>
        <translation>Het bestand {path} kon niet worden geschreven: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/cli_query.py" line="+3"/>
        <source>{rows} rows written to {path}.</source>
        <translation>{rows} regels naar {path} geschreven.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_query.py" line="+8"/>
        <location line="+14"/>
        <source>There is already a selection called “{name}”. Use --replace to overwrite it.</source>
        <translation>Er bestaat al een selectie “{name}”. Met --replace wordt ze overschreven.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please give the selection a name.</source>
        <translation>Geef de selectie een naam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection “{name}” saved.</source>
        <translation>Selectie “{name}” opgeslagen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no saved selections yet.</source>
        <translation>Er zijn nog geen opgeslagen selecties.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>distribution list</source>
        <translation>verzendlijst</translation>
    </message>
    <message>
        <location filename="../desktop/cli_generate.py" line="-2"/>
        <source>print the letters of an action: merge, convert, archive, book and print</source>
        <translation>de brieven van een actie afdrukken: samenvoegen, converteren, archiveren, boeken en afdrukken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>where the combined PDF of all letters goes (default: CAMPAIGN-SEQ.pdf here)</source>
        <translation>waar het gecombineerde PDF-bestand met alle brieven komt (standaard: CAMPAGNE-SEQ.pdf in de huidige map)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PRINTER</source>
        <translation>PRINTER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the letters on this printer</source>
        <translation>de brieven op deze printer afdrukken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FOLDER</source>
        <translation>MAP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>write one PDF per letter into this folder instead of one combined PDF</source>
        <translation>per brief een apart PDF-bestand in deze map schrijven in plaats van één gecombineerd PDF-bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>copies to print</source>
        <translation>aantal af te drukken exemplaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print on both sides</source>
        <translation>dubbelzijdig afdrukken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>continue the run that stopped, where it stopped</source>
        <translation>de gestopte verwerking hervatten op het punt waar ze is gestopt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generate the letters again although the action was generated before</source>
        <translation>de brieven opnieuw genereren, hoewel de actie al eerder is gegenereerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only check the template and count the letters; write nothing</source>
        <translation>alleen het sjabloon controleren en de brieven tellen; niets schrijven</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>the Word template: a .docx file or the name of an imported template; default: the German sample letter</source>
        <translation>het Word-sjabloon: een .docx-bestand of de naam van een geïmporteerd sjabloon; standaard: de Duitse voorbeeldbrief</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The template {file} is neither a file nor an imported template.</source>
        <translation>Het sjabloon {file} is geen bestand en ook geen geïmporteerd sjabloon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is not a usable Word template: {reason}</source>
        <translation>{file} is geen bruikbaar Word-sjabloon: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correct the template first; nothing was generated.</source>
        <translation>Corrigeer eerst het sjabloon; er is niets gegenereerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no printer “{printer}”. Printers: {names}</source>
        <translation>Er is geen printer “{printer}”. Printers: {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} letters would be generated for action {action}.</source>
        <translation>Voor actie {action} zouden {count} brieven worden gegenereerd.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_export.py" line="-42"/>
        <source>write the generated letters of an action as a ZIP for a print service (PDF and manifest)</source>
        <translation>de gegenereerde brieven van een actie als ZIP-bestand voor een drukkerij schrijven (PDF en manifest)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the ZIP file to write</source>
        <translation>het te schrijven ZIP-bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order the letters by postcode (for postage discounts)</source>
        <translation>de brieven op postcode sorteren (voor portokorting)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write the SMS of an action as a CSV file for an SMS gateway, with a dossier item per contact</source>
        <translation>de sms&apos;jes van een actie als CSV-bestand voor een sms-gateway schrijven, met een dossieritem per contact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the CSV file to write</source>
        <translation>het te schrijven CSV-bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>continue the export that stopped, where it stopped</source>
        <translation>de gestopte export hervatten op het punt waar deze is gestopt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export the SMS again although the action was exported before</source>
        <translation>de sms&apos;jes opnieuw exporteren, hoewel de actie al eerder is geëxporteerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report texts longer than N SMS (default: 1)</source>
        <translation>teksten melden die langer zijn dan N sms&apos;jes (standaard: 1)</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+6"/>
        <source>Action {action} has no generated letters yet. Generate them first (kampagnen action generate).</source>
        <translation>Actie {action} heeft nog geen gegenereerde brieven. Genereer ze eerst (kampagnen action generate).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{letters} letters ({pages} pages) of run {run} written to {file}.</source>
        <translation>{letters} brieven ({pages} pagina&apos;s) van verwerking {run} naar {file} geschreven.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Action {action} is not an SMS action.</source>
        <translation>Actie {action} is geen sms-actie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SMS text of action {action} cannot be used: {reason}</source>
        <translation>De sms-tekst van actie {action} kan niet worden gebruikt: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/cli_generate.py" line="-40"/>
        <source>Action {action} is being generated right now by {who} on {host} (since {when}).</source>
        <translation>Actie {action} wordt op dit moment door {who} op {host} gegenereerd (sinds {when}).</translation>
    </message>
    <message>
        <location filename="../desktop/cli_export.py" line="+5"/>
        <source>The SMS of action {action} were exported on {when} by {who}. To export them once more (new dossier items and costs), add --again.</source>
        <translation>De sms&apos;jes van actie {action} zijn op {when} door {who} geëxporteerd. Voeg --again toe om ze opnieuw te exporteren (nieuwe dossieritems en kosten).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Left out: {code} {name}: {reason}</source>
        <translation>Uitgesloten: {code} {name}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unicode, because of {characters}</source>
        <translation>Unicode vanwege {characters}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too long: {code} {name}: {length} characters, {parts} SMS ({limit})</source>
        <translation>Te lang: {code} {name}: {length} tekens, {parts} sms&apos;jes ({limit})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} SMS written to {file}; {left} contacts left out.</source>
        <translation>{count} sms&apos;jes naar {file} geschreven; {left} contacten uitgesloten.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_generate.py" line="+56"/>
        <source>The letters of action {action} were generated on {when} by {who}. To write them once more (new letters, dossier items and costs), add --again.</source>
        <translation>De brieven van actie {action} zijn op {when} door {who} gegenereerd. Voeg --again toe om ze opnieuw te schrijven (nieuwe brieven, dossieritems en kosten).</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Action {action} has no linked member to write to.</source>
        <translation>Actie {action} heeft geen gekoppelde deelnemer aan wie een brief kan worden gestuurd.</translation>
    </message>
    <message>
        <location line="+56"/>
        <location filename="../desktop/cli_send.py" line="+66"/>
        <source>LibreOffice was not found. Install it (or Microsoft Word) and start again.</source>
        <translation>LibreOffice is niet gevonden. Installeer het (of Microsoft Word) en start opnieuw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The run stopped: {reason}. Continue it with --resume.</source>
        <translation>De verwerking is gestopt: {reason}. Hervat haar met --resume.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letters are archived and saved in {file}, but printing failed: {reason}. The run is paused: print with --resume (and --print for another printer).</source>
        <translation>De brieven zijn gearchiveerd en opgeslagen in {file}, maar het afdrukken is mislukt: {reason}. De verwerking is onderbroken: druk af met --resume (en --print voor een andere printer).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer {printer} is no longer available; the run is paused. Continue it with --resume (and --print for another printer).</source>
        <translation>De printer {printer} is niet meer beschikbaar; de verwerking is onderbroken. Hervat haar met --resume (en --print voor een andere printer).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printing failed: {reason}</source>
        <translation>Het afdrukken is mislukt: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{letters} letters generated, one PDF each in {folder}</source>
        <translation>{letters} brieven gegenereerd, per brief een PDF-bestand in {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{letters} letters ({pages} pages) generated: {file}</source>
        <translation>{letters} brieven ({pages} pagina&apos;s) gegenereerd: {file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent to {printer} as job {job}.</source>
        <translation>Als afdruktaak {job} naar {printer} verzonden.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_template.py" line="-56"/>
        <source>letter templates (Word files)</source>
        <translation>briefsjablonen (Word-bestanden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check a Word file and store it as a new template</source>
        <translation>een Word-bestand controleren en als nieuw sjabloon opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the template&apos;s name (default: the file&apos;s name)</source>
        <translation>de naam van het sjabloon (standaard: de bestandsnaam)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the language of the letters (default: from the file name&apos;s _de/_nl/_en ending, else de)</source>
        <translation>de taal van de brieven (standaard: volgens de uitgang _de/_nl/_en van de bestandsnaam, anders de)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the templates with their version and number of problems</source>
        <translation>de sjablonen met hun versie en aantal problemen tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check a template again and list what is wrong, with the places</source>
        <translation>een sjabloon opnieuw controleren en tonen wat er niet klopt en waar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>There is already a template named “{name}”. Choose another name with --name.</source>
        <translation>Er bestaat al een sjabloon “{name}”. Kies met --name een andere naam.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template “{name}” imported as version 1 (id {id}).</source>
        <translation>Sjabloon “{name}” geïmporteerd als versie 1 (id {id}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check found:</source>
        <translation>De controle heeft het volgende gevonden:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no templates yet (kampagnen template import FILE).</source>
        <translation>Er zijn nog geen sjablonen (kampagnen template import BESTAND).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no template named “{name}”. kampagnen template list shows the templates.</source>
        <translation>Er is geen sjabloon “{name}”. Met kampagnen template list ziet u de sjablonen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template “{name}” version {revision}: no problems.</source>
        <translation>Sjabloon “{name}”, versie {revision}: geen problemen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template “{name}” version {revision}:</source>
        <translation>Sjabloon “{name}”, versie {revision}:</translation>
    </message>
    <message>
        <location filename="../desktop/cli_send.py" line="-68"/>
        <source>send the e-mails of an action: one per linked member, archived with a dossier item</source>
        <translation>de e-mails van een actie verzenden: één per gekoppelde deelnemer, gearchiveerd met een dossieritem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only list who would get no e-mail, and why; send nothing</source>
        <translation>alleen tonen wie geen e-mail zou krijgen en waarom; niets verzenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>send the e-mails that failed for a temporary reason once more</source>
        <translation>de e-mails die om een tijdelijke reden zijn mislukt opnieuw verzenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with --retry: also those the server refused (after correcting the address)</source>
        <translation>met --retry: ook de e-mails die de server heeft geweigerd (nadat u het adres hebt gecorrigeerd)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with --retry: also those that may have arrived (after checking they did not)</source>
        <translation>met --retry: ook de e-mails die mogelijk zijn aangekomen (nadat u hebt gecontroleerd dat dat niet zo is)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ADDRESS</source>
        <translation>ADRES</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>send the first member&apos;s e-mail to ADDRESS instead, and record nothing</source>
        <translation>in plaats daarvan de e-mail van de eerste deelnemer naar ADRES sturen en niets vastleggen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+51"/>
        <source>No e-mail for:</source>
        <translation>Geen e-mail voor:</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>{count} members of action {action} would get no e-mail.</source>
        <translation>{count} deelnemers van actie {action} zouden geen e-mail krijgen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No mail server is set up. Enter it in the settings (smtp_host, smtp_port, smtp_user).</source>
        <translation>Er is geen mailserver ingesteld. Vul deze in bij de instellingen (smtp_host, smtp_port, smtp_user).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A test e-mail went to {address}.</source>
        <translation>Er is een test-e-mail naar {address} verzonden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The e-mails of action {action} are being sent right now by {who} on {host} (since {when}).</source>
        <translation>De e-mails van actie {action} worden op dit moment door {who} op {host} verzonden (sinds {when}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The e-mails of action {action} were sent. To send the failed ones again, add --retry.</source>
        <translation>De e-mails van actie {action} zijn al verzonden. Voeg --retry toe om de mislukte opnieuw te verzenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action {action} has nobody to send an e-mail to.</source>
        <translation>Actie {action} heeft niemand aan wie een e-mail kan worden gestuurd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mails of action {action} cannot be sent: {reason}</source>
        <translation>De e-mails van actie {action} kunnen niet worden verzonden: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server did not take the e-mails: {reason}. Nothing was sent twice; continue with the same command once it answers.</source>
        <translation>De mailserver heeft de e-mails niet aangenomen: {reason}. Er is niets dubbel verzonden; ga verder met dezelfde opdracht zodra de server weer antwoordt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The run stopped: {reason}. Continue it with the same command.</source>
        <translation>De verwerking is gestopt: {reason}. Hervat haar met dezelfde opdracht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed:</source>
        <translation>Mislukt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maybe arrived (not sent again):</source>
        <translation>Mogelijk aangekomen (niet opnieuw verzonden):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{sent} e-mails sent, {failed} failed, {uncertain} uncertain, {skipped} left out.</source>
        <translation>{sent} e-mails verzonden, {failed} mislukt, {uncertain} onzeker, {skipped} uitgesloten.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_report.py" line="-50"/>
        <source>write a printable report as a PDF file (actions per campaign, selections, campaign summary)</source>
        <translation>een afdrukbaar rapport als PDF-bestand schrijven (acties per campagne, selecties, campagneoverzicht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>actions: the actions of each campaign; selections: the saved selections; summary: one campaign&apos;s figures, costs and charts</source>
        <translation>actions: de acties van elke campagne; selections: de opgeslagen selecties; summary: kengetallen, kosten en grafieken van één campagne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PDF file to write</source>
        <translation>het te schrijven PDF-bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the campaign (for actions: repeat for several, default all; summary: exactly one)</source>
        <translation>de campagne (voor actions: herhalen voor meerdere, standaard alle; summary: precies één)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The campaign summary is written for one campaign: give its number with --campaign NUMBER.</source>
        <translation>Het campagneoverzicht wordt voor één campagne geschreven: geef het nummer op met --campaign NUMMER.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The selections report is written for all campaigns; leave --campaign out.</source>
        <translation>Het selectierapport wordt voor alle campagnes geschreven; laat --campaign weg.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{title}” written to {file} (pages: {count}).</source>
        <translation>“{title}” geschreven naar {file} (pagina’s: {count}).</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <location filename="../desktop/ui/columns_dialog.py" line="+30"/>
        <source>Columns of the result</source>
        <translation>Kolommen van het resultaat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add →</source>
        <translation>&amp;Toevoegen →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>← &amp;Remove</source>
        <translation>← &amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Standard columns</source>
        <translation>&amp;Standaardkolommen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;vailable fields:</source>
        <translation>&amp;Beschikbare velden:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown &amp;columns, in this order:</source>
        <translation>Getoonde &amp;kolommen, in deze volgorde:</translation>
    </message>
</context>
<context>
    <name>ConditionGroup</name>
    <message>
        <location filename="../desktop/ui/condition_group.py" line="+39"/>
        <source>All of these conditions hold (and)</source>
        <translation>Al deze voorwaarden gelden (en)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least one of these conditions holds (or)</source>
        <translation>Minstens één van deze voorwaarden geldt (of)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not</source>
        <translation>niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the persons for whom this group does not hold</source>
        <translation>De personen vinden voor wie deze groep niet geldt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove this group</source>
        <translation>Deze groep verwijderen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>+ Condition</source>
        <translation>+ Voorwaarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ Group</source>
        <translation>+ Groep</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../desktop/ui/condition_row.py" line="+52"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Condition</source>
        <translation>Voorwaarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not</source>
        <translation>niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the persons for whom the condition does not hold</source>
        <translation>De personen vinden voor wie de voorwaarde niet geldt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this condition</source>
        <translation>Deze voorwaarde verwijderen</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>and</source>
        <translation>en</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>values separated by ;</source>
        <translation>waarden gescheiden door ;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second value</source>
        <translation>Tweede waarde</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>number</source>
        <translation>getal</translation>
    </message>
</context>
<context>
    <name>ContactHub</name>
    <message>
        <location filename="../desktop/ui/contact_hub.py" line="+150"/>
        <source>The person is in the action&apos;s target group, but left out of it: {reason}. Check the contact&apos;s data if that is not right.</source>
        <translation>De persoon zit in de doelgroep van de actie, maar is uitgesloten: {reason}. Controleer de gegevens van de relatie als dat niet klopt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The person was in the action&apos;s target group already.</source>
        <translation>De persoon zat al in de doelgroep van de actie.</translation>
    </message>
</context>
<context>
    <name>ContactWindow</name>
    <message>
        <location filename="../desktop/ui/contact_window.py" line="+59"/>
        <source>Contact</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Master data</source>
        <translation>&amp;Stamgegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Campaigns</source>
        <translation>&amp;Campagnes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+66"/>
        <source>Tas&amp;ks</source>
        <translation>Ta&amp;ken</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Disca&amp;rd changes</source>
        <translation>Wijzigingen ver&amp;werpen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Tas&amp;ks ({count})</source>
        <translation>Ta&amp;ken ({count})</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{name} – Contact</source>
        <translation>{name} – Relatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last saved by {who} on {when}</source>
        <translation>Laatst opgeslagen door {who} op {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This person no longer exists</source>
        <translation>Deze persoon bestaat niet meer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another user deleted the person. Entries not saved yet are still shown in the form until you close the window.</source>
        <translation>Een andere gebruiker heeft de persoon verwijderd. Nog niet opgeslagen invoer blijft in het formulier zichtbaar tot u het venster sluit.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Please enter the last name.</source>
        <translation>Vul de achternaam in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please enter a contact code.</source>
        <translation>Vul een relatiecode in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code is already used by another person.</source>
        <translation>Deze code wordt al door een andere persoon gebruikt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“{field}”: {problem}</source>
        <translation>“{field}”: {problem}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Person deleted</source>
        <translation>Persoon verwijderd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} was deleted by another user while you were editing. Your changes could not be saved; they stay in the form until you close this window, so you can copy them.</source>
        <translation>{name} is door een andere gebruiker verwijderd terwijl u de gegevens bewerkte. Uw wijzigingen konden niet worden opgeslagen; ze blijven in het formulier staan tot u dit venster sluit, zodat u ze kunt kopiëren.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The master data of {name} has been changed. Save the changes?</source>
        <translation>De stamgegevens van {name} zijn gewijzigd. Wilt u de wijzigingen opslaan?</translation>
    </message>
</context>
<context>
    <name>ConverterPage</name>
    <message>
        <location filename="../desktop/ui/setup_wizard.py" line="+398"/>
        <source>Letters to PDF</source>
        <translation>Brieven naar PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters are turned into PDF and printed with Microsoft Word or LibreOffice.</source>
        <translation>Brieven worden met Microsoft Word of LibreOffice naar PDF omgezet en afgedrukt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty: found by itself</source>
        <translation>leeg: wordt automatisch gezocht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check &amp;again</source>
        <translation>Opnieuw &amp;controleren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>LibreOffice &amp;program:</source>
        <translation>&amp;LibreOffice-programma:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Neither Microsoft Word nor LibreOffice was found on this computer, so no letters can be made yet. Install LibreOffice (free, from {link}) or Microsoft Word, then click “Check again”. If LibreOffice is installed in another place, choose its program (soffice) below.</source>
        <translation>Op deze computer is Microsoft Word noch LibreOffice gevonden, dus er kunnen nog geen brieven worden gemaakt. Installeer LibreOffice (gratis, via {link}) of Microsoft Word en klik daarna op “Opnieuw controleren”. Als LibreOffice op een andere plaats is geïnstalleerd, kies dan hieronder het programma (soffice).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Microsoft Word was found: letters are turned into PDF with it.</source>
        <translation>Microsoft Word is gevonden: brieven worden daarmee naar PDF omgezet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LibreOffice was found: {path}</source>
        <translation>LibreOffice is gevonden: {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>LibreOffice program</source>
        <translation>LibreOffice-programma</translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <location filename="../desktop/ui/cost_dialog.py" line="+80"/>
        <source>(whole campaign)</source>
        <translation>(hele campagne)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fixed amount</source>
        <translation>Vast bedrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per contact</source>
        <translation>Per contact</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invoice</source>
        <translation>Inkoopfactuur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New invoice</source>
        <translation>Nieuwe inkoopfactuur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice &amp;number:</source>
        <translation>Factuur&amp;nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Supplier:</source>
        <translation>&amp;Leverancier:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice &amp;date:</source>
        <translation>Factuur&amp;datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Bedrag:</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+10"/>
        <source>A&amp;ction:</source>
        <translation>A&amp;ctie:</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+14"/>
        <source>Desc&amp;ription:</source>
        <translation>Omsch&amp;rijving:</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Actual cost</source>
        <translation>Werkelijke kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimate</source>
        <translation>Raming</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New estimate</source>
        <translation>Nieuwe raming</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Basis:</source>
        <translation>&amp;Grondslag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Aantal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit amount:</source>
        <translation>&amp;Stukprijs:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. design, postage</source>
        <translation>bijv. ontwerp, porto</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Another user changed or deleted this cost entry in the meantime, so it was not saved. The list now shows the current entries; check them and enter your change again.</source>
        <translation>Een andere gebruiker heeft deze kostenpost intussen gewijzigd of verwijderd, daarom is hij niet opgeslagen. De lijst toont nu de actuele posten; controleer ze en voer uw wijziging opnieuw in.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Please enter the amount.</source>
        <translation>Voer het bedrag in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please enter the quantity and the amount per contact.</source>
        <translation>Voer het aantal en het bedrag per contact in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please enter the invoice number.</source>
        <translation>Voer het factuurnummer in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please enter the supplier.</source>
        <translation>Voer de leverancier in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please enter the invoice date.</source>
        <translation>Voer de factuurdatum in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chosen action no longer belongs to this campaign. Please choose another one.</source>
        <translation>De gekozen actie hoort niet meer bij deze campagne. Kies een andere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cost was booked by a mass run and cannot be changed by hand.</source>
        <translation>Deze kosten zijn door een massaverwerking geboekt en kunnen niet met de hand worden gewijzigd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot save the cost entry</source>
        <translation>Kostenpost kan niet worden opgeslagen</translation>
    </message>
</context>
<context>
    <name>CostFigures</name>
    <message>
        <location filename="../desktop/ui/figures_panel.py" line="+134"/>
        <source>Estimated</source>
        <translation>Begroot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per contact</source>
        <translation>Per contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per response</source>
        <translation>Per reactie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget used</source>
        <translation>Budget gebruikt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over the estimate</source>
        <translation>Boven de begroting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over budget</source>
        <translation>Boven budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No budget set</source>
        <translation>Geen budget ingesteld</translation>
    </message>
</context>
<context>
    <name>CostsTab</name>
    <message>
        <location filename="../desktop/ui/costs_tab.py" line="+55"/>
        <source>{value} %</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invoice</source>
        <translation>Inkoopfactuur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per contact: {quantity} × {unit}</source>
        <translation>Per contact: {quantity} × {unit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Per contact</source>
        <translation>Per contact</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Fixed</source>
        <translation>Vast</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Estimated against actual</source>
        <translation>Kosten begroot/werkelijk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Estimated</source>
        <translation>Begroot</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+128"/>
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per response</source>
        <translation>Per reactie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual minus estimated: red when over.</source>
        <translation>Werkelijk min begroot: rood bij overschrijding.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual costs per contact reached.</source>
        <translation>Werkelijke kosten per bereikt contact.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual costs per contact who responded.</source>
        <translation>Werkelijke kosten per contact dat heeft gereageerd.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cost entries</source>
        <translation>Kostenposten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice no.</source>
        <translation>Factuurnr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supplier</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New esti&amp;mate…</source>
        <translation>Nieuwe ra&amp;ming…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New in&amp;voice…</source>
        <translation>Nieuwe inkoop&amp;factuur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed&amp;it…</source>
        <translation>Bewe&amp;rken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>Verwij&amp;deren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs booked by a mass run cannot be changed here.</source>
        <translation>Door een massaverwerking geboekte kosten kunnen hier niet worden gewijzigd.</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+53"/>
        <source>(whole campaign)</source>
        <translation>(hele campagne)</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Over the estimate</source>
        <translation>Boven de begroting</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No budget set</source>
        <translation>Geen budget ingesteld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget {budget}, used {share}</source>
        <translation>Budget {budget}, gebruikt {share}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Over budget</source>
        <translation>Boven budget</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Actual, booked by mass run</source>
        <translation>Werkelijk, geboekt door massaverwerking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimate</source>
        <translation>Raming</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Booked by a mass run for the letters or e-mails it made; it cannot be changed or deleted by hand.</source>
        <translation>Door een massaverwerking geboekt voor de aangemaakte brieven of e-mails; kan niet met de hand worden gewijzigd of verwijderd.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+21"/>
        <location line="+3"/>
        <source>Delete cost entry</source>
        <translation>Kostenpost verwijderen</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Delete the invoice {number} of {supplier} over {amount}?</source>
        <translation>De inkoopfactuur {number} van {supplier} van {amount} verwijderen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the estimate “{description}” over {amount}?</source>
        <translation>De raming “{description}” van {amount} verwijderen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the cost “{description}” over {amount}?</source>
        <translation>De kosten “{description}” van {amount} verwijderen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This cost was booked by a mass run and cannot be deleted by hand.</source>
        <translation>Deze kosten zijn door een massaverwerking geboekt en kunnen niet met de hand worden verwijderd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another user changed or deleted “{name}” in the meantime; it was not deleted. Check the list and delete it again if you still want to.</source>
        <translation>Een andere gebruiker heeft “{name}” intussen gewijzigd of verwijderd; de post is niet verwijderd. Controleer de lijst en verwijder hem opnieuw als u dat nog steeds wilt.</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../desktop/ui/setup_wizard.py" line="-351"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where Kampagnen keeps campaigns, contacts and letters.</source>
        <translation>Waar het programma campagnes, relaties en brieven bewaart.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Local database on this computer (recommended for one workstation)</source>
        <translation>&amp;Lokale database op deze computer (aanbevolen voor één werkplek)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data is kept in the file {path}.</source>
        <translation>De gegevens worden bewaard in het bestand {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Shared PostgreSQL database</source>
        <translation>&amp;Gedeelde PostgreSQL-database</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. db.example.com</source>
        <translation>bijv. db.example.com</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Test connection</source>
        <translation>Verbinding te&amp;sten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Po&amp;rt:</source>
        <translation>Poo&amp;rt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>Gebr&amp;uiker:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This computer offers no password store (keyring): the password cannot be saved. Ask your administrator.</source>
        <translation>Deze computer heeft geen wachtwoordopslag (sleutelbos): het wachtwoord kan niet worden opgeslagen. Vraag het uw beheerder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A password is stored in the keyring. Leave the field empty to keep it.</source>
        <translation>Er is een wachtwoord opgeslagen in de wachtwoordopslag. Laat het veld leeg om het te behouden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is kept in the keyring of the operating system, never in a file.</source>
        <translation>Het wachtwoord wordt in de wachtwoordopslag van het besturingssysteem bewaard, nooit in een bestand.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user</source>
        <translation>gebruiker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please enter the {fields}.</source>
        <translation>Vul nog in: {fields}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The connection failed: {why}
Details: {reason}</source>
        <translation>De verbinding is mislukt: {why}
Details: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected, but the database was set up by a newer version of Kampagnen. This version cannot use it; install the newer version on this workstation.</source>
        <translation>Verbonden, maar de database is ingericht door een nieuwere versie van Kampagnen. Deze versie kan hem niet gebruiken; installeer de nieuwere versie op deze werkplek.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected, but the database holds tables that are not Kampagnen&apos;s. Choose another database.</source>
        <translation>Verbonden, maar de database bevat tabellen die niet van Kampagnen zijn. Kies een andere database.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection failed: {reason}</source>
        <translation>De verbinding is mislukt: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected. The database is empty: the Kampagnen tables will be created.</source>
        <translation>Verbonden. De database is leeg: de tabellen van Kampagnen worden aangemaakt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected. The database must be upgraded to this version of Kampagnen; every workstation then needs this version.</source>
        <translation>Verbonden. De database moet worden bijgewerkt naar deze versie van Kampagnen; daarna heeft elke werkplek deze versie nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected. The database is ready to use.</source>
        <translation>Verbonden. De database is klaar voor gebruik.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the user name or the password is wrong.</source>
        <translation>de gebruikersnaam of het wachtwoord is onjuist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no database of this name on the server.</source>
        <translation>er is op de server geen database met deze naam.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the host name is unknown.</source>
        <translation>de hostnaam is onbekend.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no database server answers at this host and port.</source>
        <translation>op deze host en poort antwoordt geen databaseserver.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server did not answer within {seconds} seconds.</source>
        <translation>de server heeft niet binnen {seconds} seconden geantwoord.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the details below.</source>
        <translation>zie de details hieronder.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../desktop/ui/diagnostics_dialog.py" line="+54"/>
        <source>About Kampagnen / Diagnostics</source>
        <translation>Over Kampagnen / diagnose</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Campaigns, target groups and mass mailings for office clerks.</source>
        <translation>Campagnes, doelgroepen en massamailings voor kantoormedewerkers.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Versions:</source>
        <translation>Versies:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings folder:</source>
        <translation>Instellingenmap:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder:</source>
        <translation>Gegevensmap:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log folder:</source>
        <translation>Logmap:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was found on this workstation:</source>
        <translation>Wat er op deze werkplek is gevonden:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Copy report</source>
        <translation>Diagnoserapport &amp;kopiëren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies a report for support: versions, folders, database, findings and the end of the log.</source>
        <translation>Kopieert een diagnoserapport voor de helpdesk: versies, mappen, database, bevindingen en het einde van het logbestand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;log folder</source>
        <translation>&amp;Logmap openen</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The report is on the clipboard. Paste it into your e-mail or ticket to support.</source>
        <translation>Het diagnoserapport staat op het klembord. Plak het in uw e-mail of ticket aan de helpdesk.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The log folder could not be opened. It is {folder}</source>
        <translation>De logmap kon niet worden geopend. Deze staat hier: {folder}</translation>
    </message>
</context>
<context>
    <name>DossierPanel</name>
    <message>
        <location filename="../desktop/ui/dossier_table.py" line="+194"/>
        <location line="+35"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handled</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campa&amp;ign:</source>
        <translation>Ca&amp;mpagne:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open document</source>
        <translation>Document ope&amp;nen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Mark &amp;handled</source>
        <translation>Als a&amp;fgehandeld markeren</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>&amp;Record response…</source>
        <translation>&amp;Reactie vastleggen…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Mark &amp;open</source>
        <translation>Als o&amp;pen markeren</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <location line="+4"/>
        <source>Open document</source>
        <translation>Document openen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The document “{name}” is no longer in the archive.</source>
        <translation>Het document “{name}” staat niet meer in het archief.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The document could not be written to a temporary file: {reason}</source>
        <translation>Het document kon niet naar een tijdelijk bestand worden geschreven: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No program to show this document was found. It was saved as {path}.</source>
        <translation>Er is geen programma gevonden om dit document te tonen. Het is opgeslagen als {path}.</translation>
    </message>
</context>
<context>
    <name>DossierTable</name>
    <message>
        <location line="-217"/>
        <location line="+22"/>
        <location line="+25"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+24"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+18"/>
        <location line="+34"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+18"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In target group</source>
        <translation>In doelgroep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>Gegenereerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign actions of the contact</source>
        <translation>Campagneacties van de relatie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no – {reason}</source>
        <translation>nee – {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Handled</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latest response</source>
        <translation>Laatste reactie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dossier entries of the contact</source>
        <translation>Dossieritems van de relatie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Due</source>
        <translation>Vervalt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assignee</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks about the contact</source>
        <translation>Taken over de relatie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{date}, overdue</source>
        <translation>{date}, te laat</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../desktop/ui/duplicate_dialog.py" line="+30"/>
        <source>Person exists already?</source>
        <translation>Persoon bestaat al?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s) with the same data exist already. Take the existing person instead of entering a second one?</source>
        <translation>
            <numerusform>Er bestaat al %n persoon met dezelfde gegevens. De bestaande persoon gebruiken in plaats van een tweede in te voeren?</numerusform>
            <numerusform>Er bestaan al %n personen met dezelfde gegevens. Een bestaande persoon gebruiken in plaats van nog een in te voeren?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons already stored</source>
        <translation>Reeds opgeslagen personen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name and postcode</source>
        <translation>naam en postcode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Use this person</source>
        <translation>Deze persoon &amp;gebruiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create new person anyway</source>
        <translation>Toch een &amp;nieuwe persoon aanmaken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back to the form</source>
        <translation>&amp;Terug naar het formulier</translation>
    </message>
</context>
<context>
    <name>EmployeePage</name>
    <message>
        <location filename="../desktop/ui/setup_wizard.py" line="+15"/>
        <source>Who are you</source>
        <translation>Wie bent u?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters are sent in your name, and tasks are assigned to you.</source>
        <translation>Brieven worden op uw naam verstuurd en taken worden aan u toegewezen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>name@example.com</source>
        <translation>naam@example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the names empty to add yourself later.</source>
        <translation>Laat de namen leeg om uzelf later toe te voegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;irst name:</source>
        <translation>Voor&amp;naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Achternaam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-&amp;mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lo&amp;gin:</source>
        <translation>&amp;Inlognaam:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Employee:</source>
        <translation>&amp;Medewerker:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New employee…</source>
        <translation>Nieuwe medewerker…</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../desktop/ui/export_run.py" line="+39"/>
        <source>Export SMS</source>
        <translation>Sms&apos;jes exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SMS {done} of {total}</source>
        <translation>Sms {done} van {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SMS text of the action cannot be used: {reason}. Correct it in the action.</source>
        <translation>De sms-tekst van de actie kan niet worden gebruikt: {reason}. Corrigeer hem in de actie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SMS of this action were exported on {when} by {who}.</source>
        <translation>De sms&apos;jes van deze actie zijn op {when} door {who} geëxporteerd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{who} is exporting this action on {host} right now (since {when}).</source>
        <translation>{who} exporteert deze actie op dit moment op {host} (sinds {when}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The action has no linked member with a mobile number.</source>
        <translation>De actie heeft geen gekoppelde deelnemer met een mobiel nummer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} SMS written to {file}; {left} contacts left out, {long} texts longer than one SMS.</source>
        <translation>{count} sms&apos;jes naar {file} geschreven; {left} contacten uitgesloten, {long} teksten langer dan één sms.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{code}  {name}: {length} characters, {parts} SMS ({encoding})</source>
        <translation>{code}  {name}: {length} tekens, {parts} sms&apos;jes ({encoding})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hand over to the print service</source>
        <translation>Aan de drukkerij overdragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the letters for the print service now, as a ZIP with the PDF and its manifest, sorted by postcode?</source>
        <translation>De brieven nu voor de drukkerij opslaan, als ZIP-bestand met de PDF en het manifest, gesorteerd op postcode?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP-bestanden (*.zip)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The action has no generated letters yet.</source>
        <translation>De actie heeft nog geen gegenereerde brieven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letter {done} of {total}</source>
        <translation>Brief {done} van {total}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{letters} letters ({pages} pages) saved for the print service in {file}.</source>
        <translation>{letters} brieven ({pages} pagina&apos;s) voor de drukkerij opgeslagen in {file}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file could not be written: {reason}</source>
        <translation>Het bestand kon niet worden geschreven: {reason}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../desktop/query/fields.py" line="+70"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication</source>
        <translation>Communicatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns &amp; dossier</source>
        <translation>Campagnes &amp; dossier</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Contact code</source>
        <translation>Relatienummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salutation</source>
        <translation>Aanhef</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name prefix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter language</source>
        <translation>Correspondentietaal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deceased</source>
        <translation>Overleden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on</source>
        <translation>Aangemaakt op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation code</source>
        <translation>Organisatienummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of employees</source>
        <translation>Aantal medewerkers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation&apos;s city</source>
        <translation>Plaats van de organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Mobiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No letters</source>
        <translation>Geen brieven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No e-mails</source>
        <translation>Geen e-mails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No calls</source>
        <translation>Niet bellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SMS</source>
        <translation>Geen sms&apos;jes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has a dossier item of type</source>
        <translation>Heeft een dossieritem van het type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is a member of campaign</source>
        <translation>Is lid van campagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is a member of action</source>
        <translation>Zit in de doelgroep van campagneactie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responded to campaign</source>
        <translation>Heeft gereageerd op campagne</translation>
    </message>
</context>
<context>
    <name>FigureGrid</name>
    <message>
        <location filename="../desktop/ui/figures_panel.py" line="-101"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location line="+167"/>
        <source>Action {number}</source>
        <translation>Actie {number}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
</context>
<context>
    <name>FollowUpRuleDialog</name>
    <message>
        <location filename="../desktop/ui/follow_up_rule_dialog.py" line="+37"/>
        <source>Follow-up rule</source>
        <translation>Vervolgregel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New follow-up rule</source>
        <translation>Nieuwe vervolgregel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} (inactive)</source>
        <translation>{name} (inactief)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Send the documents</source>
        <translation>bijv. Documenten toesturen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(account manager)</source>
        <translation>(accountmanager)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account manager is the one entered for the contact.</source>
        <translation>De accountmanager is degene die bij de relatie is ingevuld.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Count &amp;working days only (Monday to Friday)</source>
        <translation>Alleen &amp;werkdagen tellen (maandag tot en met vrijdag)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>employee {id}</source>
        <translation>medewerker {id}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When the &amp;response is:</source>
        <translation>Als de &amp;reactie is:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create the &amp;task:</source>
        <translation>maak de &amp;taak aan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;assigned to:</source>
        <translation>toe&amp;gewezen aan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due &amp;in (days):</source>
        <translation>&amp;vervalt na (dagen):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The campaign has no response types yet.</source>
        <translation>De campagne heeft nog geen reactietypen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please enter the task to be created.</source>
        <translation>Vul de taak in die moet worden aangemaakt.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../desktop/ui/help_window.py" line="+41"/>
        <source>Kampagnen – User guide</source>
        <translation>Kampagnen – gebruikershandleiding</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User guide</source>
        <translation>Gebruikershandleiding</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;orward →</source>
        <translation>&amp;Vooruit →</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open in b&amp;rowser</source>
        <translation>Openen in &amp;browser</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Contents</source>
        <translation>&amp;Inhoud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find in the guide (Ctrl+F)</source>
        <translation>Zoeken in de handleiding (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the guide in the web browser, e.g. to print it</source>
        <translation>De handleiding in de webbrowser tonen, bijv. om deze af te drukken</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../desktop/ui/member_import.py" line="+64"/>
        <source>Import of {file}</source>
        <translation>Import van {file}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n line(s) read.</source>
        <translation>
            <numerusform>%n regel gelezen.</numerusform>
            <numerusform>%n regels gelezen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign {campaign}, action {number}: {added} added, {already} were members already, {excluded} left out for the channel.</source>
        <translation>Campagne {campaign}, actie {number}: {added} toegevoegd, {already} waren al deelnemer, {excluded} komen niet in aanmerking voor het kanaal.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Nothing was imported: %n line(s) must be corrected first. Correct them in the file and import it again.</source>
        <translation>
            <numerusform>Er is niets geïmporteerd: %n regel moet eerst worden gecorrigeerd. Corrigeer deze in het bestand en importeer het bestand opnieuw.</numerusform>
            <numerusform>Er is niets geïmporteerd: %n regels moeten eerst worden gecorrigeerd. Corrigeer ze in het bestand en importeer het bestand opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lines to correct</source>
        <translation>Te corrigeren regels</translation>
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
    <name>LinkSelectionDialog</name>
    <message>
        <location filename="../desktop/ui/link_selection_dialog.py" line="+41"/>
        <source>Link selection</source>
        <translation>Selectie koppelen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The persons the selection finds at this moment become members of the action. Later changes to the selection do not change the target group.</source>
        <translation>De personen die de selectie nu vindt, worden deelnemers van de actie. Latere wijzigingen aan de selectie veranderen de doelgroep niet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distribution list</source>
        <translation>Verzendlijst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linked</source>
        <translation>Gekoppeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved selections</source>
        <translation>Opgeslagen selecties</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already linked</source>
        <translation>al gekoppeld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lea&amp;ve out contacts already used in an earlier action of this campaign</source>
        <translation>Contacten &amp;uitsluiten die al in een eerdere actie van deze campagne zijn gebruikt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lin&amp;k</source>
        <translation>&amp;Koppelen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There are no saved selections yet. Build a query (Edit → Create query), save it as a selection, and link it here.</source>
        <translation>Er zijn nog geen opgeslagen selecties. Maak een query (Bewerken → Query maken), sla die op als selectie en koppel hem hier.</translation>
    </message>
</context>
<context>
    <name>MailSend</name>
    <message>
        <location filename="../desktop/ui/mail_send_dialog.py" line="+40"/>
        <source>not a valid e-mail address ({detail})</source>
        <translation>geen geldig e-mailadres ({detail})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>may have arrived (the connection broke or the program stopped while sending): not sent again</source>
        <translation>mogelijk aangekomen (de verbinding werd verbroken of het programma stopte tijdens het verzenden): niet opnieuw verzonden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused by the mail server: {reply}</source>
        <translation>geweigerd door de mailserver: {reply}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not taken for now: {reply}</source>
        <translation>voorlopig niet aangenomen: {reply}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail_send_run.py" line="+51"/>
        <source>The letter to attach needs LibreOffice (or Microsoft Word). Install it and try again.</source>
        <translation>Voor de bij te voegen brief is LibreOffice (of Microsoft Word) nodig. Installeer het en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Letter {done} of {total}</source>
        <translation>Brief {done} van {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail {done} of {total}</source>
        <translation>E-mail {done} van {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending was stopped. Nobody got an e-mail twice; “Send e-mails” goes on with the rest.</source>
        <translation>Het verzenden is gestopt. Niemand heeft een e-mail twee keer gekregen; “E-mails verzenden” gaat verder met de rest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server {host}:{port} did not take the e-mails: {reason}

Check the mail server, user and password in the settings. Nothing was sent twice; sending again goes on with the rest.</source>
        <translation>De mailserver {host}:{port} heeft de e-mails niet aangenomen: {reason}

Controleer de mailserver, de gebruiker en het wachtwoord in de instellingen. Er is niets dubbel verzonden; opnieuw verzenden gaat verder met de rest.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The e-mails cannot be sent: {reason}. Complete the action first.</source>
        <translation>De e-mails kunnen niet worden verzonden: {reason}. Vul de actie eerst aan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{who} is sending the e-mails of this action on {host} right now (since {when}).</source>
        <translation>{who} verzendt op dit moment op {host} de e-mails van deze actie (sinds {when}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is nobody to send an e-mail to.</source>
        <translation>Er is niemand aan wie een e-mail kan worden verzonden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The letters to attach could not be made: {reason}</source>
        <translation>De bij te voegen brieven konden niet worden gemaakt: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{sent} e-mails sent; {failed} failed; {uncertain} may have arrived; {skipped} left out.</source>
        <translation>{sent} e-mails verzonden; {failed} mislukt; {uncertain} mogelijk aangekomen; {skipped} uitgesloten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open “Send e-mails” again to send the failed ones once more.</source>
        <translation>Als u opnieuw “E-mails verzenden” kiest, kunt u de mislukte nog een keer verzenden.</translation>
    </message>
</context>
<context>
    <name>MailSendDialog</name>
    <message>
        <location filename="../desktop/ui/mail_send_dialog.py" line="+25"/>
        <source>Send e-mails: {name}</source>
        <translation>E-mails verzenden: {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n member(s) get the e-mail.</source>
        <translation>
            <numerusform>%n deelnemer krijgt de e-mail.</numerusform>
            <numerusform>%n deelnemers krijgen de e-mail.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why not</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts who get no e-mail</source>
        <translation>Relaties die geen e-mail krijgen</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n member(s) get no e-mail:</source>
        <translation>
            <numerusform>%n deelnemer krijgt geen e-mail:</numerusform>
            <numerusform>%n deelnemers krijgen geen e-mail:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent through {host}:{port}.</source>
        <translation>Verzending via {host}:{port}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No mail server is set up: enter it in Settings first.</source>
        <translation>Er is geen mailserver ingesteld: vul deze eerst in bij de instellingen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test mail to me…</source>
        <translation>&amp;Testmail naar mij…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also those the server &amp;refused (the address was corrected)</source>
        <translation>Ook die de server heeft &amp;geweigerd (het adres is gecorrigeerd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also those that &amp;may have arrived (checked: they did not)</source>
        <translation>Ook die &amp;mogelijk zijn aangekomen (gecontroleerd: ze zijn niet aangekomen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send</source>
        <translation>&amp;Verzenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;again</source>
        <translation>&amp;Opnieuw verzenden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sent: {sent}; failed: {failed}; maybe arrived: {uncertain}.</source>
        <translation>Verzonden: {sent}; mislukt: {failed}; mogelijk aangekomen: {uncertain}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Send the first member&apos;s e-mail to:</source>
        <translation>De e-mail van de eerste deelnemer verzenden naar:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The test e-mail went to {address}. Look at it in your mailbox.</source>
        <translation>De testmail is naar {address} verzonden. Bekijk hem in uw mailbox.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test e-mail could not be sent: {reason}</source>
        <translation>De testmail kon niet worden verzonden: {reason}</translation>
    </message>
</context>
<context>
    <name>MailTexts</name>
    <message>
        <location filename="../desktop/mail_texts.py" line="+23"/>
        <source>Kampagnen: test e-mail</source>
        <translation>Kampagnen: testmail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a test e-mail from Kampagnen.

It went out through the mail server {host}, so the server settings work: e-mail actions can be sent.
</source>
        <translation>Dit is een testmail van Kampagnen.

Hij is verzonden via de mailserver {host}, dus de serverinstellingen werken: e-mailacties kunnen worden verzonden.
</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The mail server {host} did not accept the test e-mail.</source>
        <translation>De mailserver {host} heeft de testmail niet aangenomen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its answer: {answer}

Check the sender address {sender}: many servers only take e-mails from the addresses of the account you log in with.</source>
        <translation>Antwoord van de server: {answer}

Controleer het afzenderadres {sender}: veel servers nemen alleen e-mails aan van de adressen van het account waarmee u zich aanmeldt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s answer: {answer}</source>
        <translation>Antwoord van de server: {answer}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server {host} refused the login.</source>
        <translation>De mailserver {host} heeft de aanmelding geweigerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the user name and the password. Some providers want an app password instead of the usual one.</source>
        <translation>Controleer de gebruikersnaam en het wachtwoord. Sommige providers vragen een app-wachtwoord in plaats van het gewone wachtwoord.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server {host} does not offer what was asked for on port {port}.</source>
        <translation>De mailserver {host} biedt op poort {port} niet aan wat werd gevraagd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the security setting: the server may not support STARTTLS or a login on this port. Your provider&apos;s instructions name the right combination.</source>
        <translation>Controleer de instelling “Beveiliging”: de server ondersteunt op deze poort misschien geen STARTTLS of geen aanmelding. De instructies van uw provider noemen de juiste combinatie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server {host} is not known.</source>
        <translation>De mailserver {host} is onbekend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling of the server name and the network connection.</source>
        <translation>Controleer de spelling van de servernaam en de netwerkverbinding.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing answers at {host}, port {port}.</source>
        <translation>Op {host}, poort {port} antwoordt niets.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server name and the port (usually 587 with STARTTLS, 465 with SSL). A firewall may also block the port.</source>
        <translation>Controleer de servernaam en de poort (meestal 587 met STARTTLS, 465 met SSL). Ook een firewall kan de poort blokkeren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server {host} did not answer on port {port} in time.</source>
        <translation>De mailserver {host} heeft op poort {port} niet op tijd geantwoord.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server name, the port and the network connection; a firewall may be holding the connection back.</source>
        <translation>Controleer de servernaam, de poort en de netwerkverbinding; misschien houdt een firewall de verbinding tegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate of the mail server {host} could not be verified.</source>
        <translation>Het certificaat van de mailserver {host} kon niet worden geverifieerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the server name is written exactly as your provider gives it. If it is, ask your administrator about the server&apos;s certificate.</source>
        <translation>Controleer of de servernaam precies zo is geschreven als uw provider hem opgeeft. Is dat zo, vraag uw beheerder dan naar het certificaat van de server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted connection to {host}, port {port} failed.</source>
        <translation>De versleutelde verbinding met {host}, poort {port} is mislukt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the security setting against the port: SSL usually belongs to port 465, STARTTLS to port 587.</source>
        <translation>Controleer of de instelling “Beveiliging” bij de poort past: SSL hoort meestal bij poort 465, STARTTLS bij poort 587.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server {host}, port {port} could not be used.</source>
        <translation>De mailserver {host}, poort {port} kon niet worden gebruikt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server name, the port and the security setting.</source>
        <translation>Controleer de servernaam, de poort en de instelling “Beveiliging”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test e-mail could not be sent.</source>
        <translation>De testmail kon niet worden verzonden.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+54"/>
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
        <location line="+57"/>
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
        <location line="+40"/>
        <source>Edit query for campaign</source>
        <translation>Query voor campagne bewerken</translation>
    </message>
    <message>
        <location filename="../forms/main_window.ui" line="+43"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;ontacts</source>
        <translation>Re&amp;laties</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Analysis</source>
        <translation>Anal&amp;yse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <source>S&amp;ettings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <source>Create &amp;query…</source>
        <translation>&amp;Query maken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Selections…</source>
        <translation>&amp;Selecties…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Templates…</source>
        <translation>&amp;Briefsjablonen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
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
        <source>&amp;Find contact or caller…</source>
        <translation>Relatie of beller &amp;zoeken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;responses…</source>
        <translation>&amp;Reacties vastleggen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My &amp;tasks</source>
        <translation>Mijn &amp;taken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;interested person…</source>
        <translation>Nieuwe &amp;geïnteresseerde…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Totalizer…</source>
        <translation>&amp;Totalisator…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export analyses…</source>
        <translation>Analyses &amp;exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reports…</source>
        <translation>&amp;Rapporten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+8</source>
        <translation>Ctrl+8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up database…</source>
        <translation>Database &amp;back-up maken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore &amp;database from backup…</source>
        <translation>Database &amp;herstellen uit back-up…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User guide</source>
        <translation>&amp;Gebruikershandleiding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Kampagnen and diagnostics</source>
        <translation>&amp;Over Kampagnen en diagnose</translation>
    </message>
</context>
<context>
    <name>MassPrint</name>
    <message>
        <location filename="../desktop/ui/mass_print_run.py" line="+35"/>
        <source>LibreOffice was not found. Install LibreOffice (or Microsoft Word) and try again.</source>
        <translation>LibreOffice is niet gevonden. Installeer LibreOffice (of Microsoft Word) en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Letter {done} of {total}</source>
        <translation>Brief {done} van {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About {minutes}:{seconds:02d} min left</source>
        <translation>Nog ongeveer {minutes}:{seconds:02d} min</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The run was stopped. The letters done so far are archived; “Continue” in the mass print dialog finishes the rest without writing any letter twice.</source>
        <translation>De verwerking is gestopt. De brieven die al klaar zijn, zijn gearchiveerd; “Hervatten” in het venster voor massaal afdrukken maakt de rest af zonder een brief twee keer te schrijven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letters of this action were generated on {when} by {who}. Generate them once more? That writes new letters, dossier entries and costs.</source>
        <translation>De brieven van deze actie zijn op {when} door {who} gegenereerd. Opnieuw genereren? Dan ontstaan er nieuwe brieven, dossieritems en kosten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{who} is generating the letters of this action on {host} right now (since {when}). Wait until that run has finished.</source>
        <translation>{who} genereert op dit moment op {host} de brieven van deze actie (sinds {when}). Wacht tot die verwerking klaar is.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The action has no linked member to write to.</source>
        <translation>De actie heeft geen gekoppelde deelnemer aan wie een brief kan worden gestuurd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The printer {printer} is not available: {reason}

Check the printer or choose another one. Letters generated before stay archived.</source>
        <translation>De printer {printer} is niet beschikbaar: {reason}

Controleer de printer of kies een andere. Eerder gegenereerde brieven blijven gearchiveerd.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>All letters are generated and archived (saved in {file}), but the printer {printer} did not take them: {reason}</source>
        <translation>Alle brieven zijn gegenereerd en gearchiveerd (opgeslagen in {file}), maar de printer {printer} heeft ze niet aangenomen: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The printer {printer} is no longer available. The run is paused; the letters done so far are archived.</source>
        <translation>De printer {printer} is niet meer beschikbaar. De verwerking is onderbroken; de brieven die al klaar zijn, zijn gearchiveerd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the printer and try again, or choose another printer. “Continue” in the mass print dialog goes on later without writing any letter twice.</source>
        <translation>Controleer de printer en probeer het opnieuw, of kies een andere printer. Met “Hervatten” in het venster voor massaal afdrukken gaat u later verder zonder een brief twee keer te schrijven.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Try again</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Other printer…</source>
        <translation>&amp;Andere printer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printer:</source>
        <translation>Printer:</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>The run stopped: {reason}

The letters done so far are archived; “Continue” in the mass print dialog goes on from there.</source>
        <translation>De verwerking is gestopt: {reason}

De brieven die al klaar zijn, zijn gearchiveerd; “Hervatten” in het venster voor massaal afdrukken gaat vanaf daar verder.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{letters} letters ({pages} pages) generated and archived; saved in {file}.</source>
        <translation>{letters} brieven ({pages} pagina&apos;s) gegenereerd en gearchiveerd; opgeslagen in {file}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{letters} letters generated and archived; one PDF each in {folder}.</source>
        <translation>{letters} brieven gegenereerd en gearchiveerd; per brief een PDF-bestand in {folder}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent to the printer {printer}.</source>
        <translation>Naar de printer {printer} verzonden.</translation>
    </message>
</context>
<context>
    <name>MassPrintDialog</name>
    <message>
        <location filename="../desktop/ui/mass_print_dialog.py" line="+67"/>
        <source>Mass print: {name}</source>
        <translation>Massaal afdrukken: {name}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{name} (version {revision})</source>
        <translation>{name} (versie {revision})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (sample)</source>
        <translation>{name} (voorbeeld)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other Word file…</source>
        <translation>Ander Word-bestand…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Details…</source>
        <translation>D&amp;etails…</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>(as set on the action)</source>
        <translation>(zoals ingesteld bij de actie)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Print on</source>
        <translation>Af&amp;drukken op</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Both sides</source>
        <translation>Du&amp;bbelzijdig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only save as one PDF fi&amp;le</source>
        <translation>Alleen opslaan als één &amp;PDF-bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One PDF per letter in the &amp;folder</source>
        <translation>Per brief een PDF-bestand in de &amp;map</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hoose…</source>
        <translation>K&amp;iezen…</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>&amp;Start</source>
        <translation>S&amp;tarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontinue</source>
        <translation>&amp;Hervatten</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&amp;Template:</source>
        <translation>&amp;Sjabloon:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ender:</source>
        <translation>Af&amp;zender:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies:</source>
        <translation>Exemplaren:</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n letter(s) to linked members; estimated costs {costs}.</source>
        <translation>
            <numerusform>%n brief aan een gekoppelde deelnemer; geschatte kosten {costs}.</numerusform>
            <numerusform>%n brieven aan gekoppelde deelnemers; geschatte kosten {costs}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A run started by {who} on {when} stopped after {done} of {total} letters. “Continue” finishes it without writing any letter twice.</source>
        <translation>Een verwerking die {who} op {when} heeft gestart, is na {done} van {total} brieven gestopt. “Hervatten” maakt haar af zonder een brief twee keer te schrijven.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The template cannot be read: {reason}</source>
        <translation>Het sjabloon kan niet worden gelezen: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The template has %n error(s) that would spoil the letters: correct it in Word first.</source>
        <translation>
            <numerusform>Het sjabloon bevat %n fout waardoor de brieven niet goed zouden worden: corrigeer het eerst in Word.</numerusform>
            <numerusform>Het sjabloon bevat %n fouten waardoor de brieven niet goed zouden worden: corrigeer het eerst in Word.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The template is usable; have a look at its notes (%n).</source>
        <translation>
            <numerusform>Het sjabloon is bruikbaar; bekijk de opmerking (%n).</numerusform>
            <numerusform>Het sjabloon is bruikbaar; bekijk de opmerkingen (%n).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template checked: every field is known.</source>
        <translation>Sjabloon gecontroleerd: alle velden zijn bekend.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Word template</source>
        <translation>Word-sjabloon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word documents (*.docx *.dotx)</source>
        <translation>Word-documenten (*.docx *.dotx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save letters as PDF</source>
        <translation>Brieven opslaan als PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder for the letters</source>
        <translation>Map voor de brieven</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No preview: LibreOffice was not found. Install LibreOffice (or Microsoft Word) to print letters.</source>
        <translation>Geen voorbeeld: LibreOffice is niet gevonden. Installeer LibreOffice (of Microsoft Word) om brieven af te drukken.</translation>
    </message>
    <message>
        <location line="-229"/>
        <location line="+232"/>
        <source>Preparing the preview of the first letters…</source>
        <translation>Het voorbeeld van de eerste brieven wordt voorbereid…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No linked member: nothing to preview.</source>
        <translation>Geen gekoppelde deelnemer: er is geen voorbeeld mogelijk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first letters, as they will be printed:</source>
        <translation>De eerste brieven, zoals ze worden afgedrukt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No preview: {reason}</source>
        <translation>Geen voorbeeld: {reason}</translation>
    </message>
</context>
<context>
    <name>MemberImport</name>
    <message>
        <location filename="../desktop/ui/member_import.py" line="-59"/>
        <source>Import members</source>
        <translation>Deelnemers importeren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The action was deleted by another user in the meantime. Nothing was imported.</source>
        <translation>De actie is intussen door een andere gebruiker verwijderd. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file {file} could not be read: {reason}</source>
        <translation>Het bestand {file} kon niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Adding the members: {done} of {total}</source>
        <translation>Deelnemers worden toegevoegd: {done} van {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the contact codes of {file}: {done} of {total}</source>
        <translation>Relatienummers in {file} worden gecontroleerd: {done} van {total}</translation>
    </message>
    <message>
        <location filename="../desktop/member_import_texts.py" line="+16"/>
        <source>The file {file} does not exist (any more).</source>
        <translation>Het bestand {file} bestaat niet (meer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {file} cannot be read. Is it open in another program, or are you missing the permission to read it?</source>
        <translation>Het bestand {file} kan niet worden gelezen. Is het geopend in een ander programma, of hebt u geen leesrechten?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is not a CSV text file. In Excel, save it with “Save as” → “CSV (semicolon separated)” and import that file.</source>
        <translation>{file} is geen CSV-tekstbestand. Sla het in Excel op met “Opslaan als” → “CSV (gescheiden door lijstscheidingsteken)” en importeer dat bestand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {file} contains no contacts.</source>
        <translation>Het bestand {file} bevat geen contacten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {file} has no column with contact codes. Name that column “Kontaktcode” (or “Contactcode”) in the file’s first line.</source>
        <translation>Het bestand {file} heeft geen kolom met relatienummers. Geef die kolom in de eerste regel de kop “Relatienummer” (of “Contactcode”).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two columns of {file} have headings that mean the same. Rename or delete one of them.</source>
        <translation>Twee kolommen in {file} hebben koppen met dezelfde betekenis. Geef een ervan een andere naam of verwijder hem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file {file} names campaigns but no actions. Add a column “Aktion” with the number of the action in its campaign.</source>
        <translation>Het bestand {file} noemt campagnes, maar geen acties. Voeg een kolom “Actie” toe met het nummer van de actie binnen de campagne.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/member_import.py" line="+6"/>
        <source>Line {line}: </source>
        <translation>Regel {line}: </translation>
    </message>
    <message>
        <location filename="../desktop/member_import_texts.py" line="+10"/>
        <source>there is no contact with the code “{value}”.</source>
        <translation>er is geen contact met het relatienummer “{value}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no campaign with the number “{value}”.</source>
        <translation>er is geen campagne met het nummer “{value}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the campaign has no action number “{value}”.</source>
        <translation>de campagne heeft geen actie met het nummer “{value}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the line has more or fewer columns than the header: {value}</source>
        <translation>de regel heeft meer of minder kolommen dan de kopregel: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a yes/no value (J/N) for “linked”.</source>
        <translation>“{value}” is geen ja/nee-waarde (J/N) voor “Gekoppeld”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the contact code is empty.</source>
        <translation>het relatienummer is leeg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the line cannot be read (a quotation mark is probably not closed); the lines after it were not read either.</source>
        <translation>de regel kan niet worden gelezen (waarschijnlijk ontbreekt een sluitend aanhalingsteken); de regels erna zijn ook niet gelezen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{value}” again (first in line {other}); counted once.</source>
        <translation>“{value}” komt nogmaals voor (eerst in regel {other}); één keer geteld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the line names no campaign.</source>
        <translation>de regel noemt geen campagne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the line names no action.</source>
        <translation>de regel noemt geen actie.</translation>
    </message>
</context>
<context>
    <name>MemberLabels</name>
    <message>
        <location filename="../desktop/ui/member_labels.py" line="+15"/>
        <source>Letter to print</source>
        <translation>Brief (afdrukken)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF for a print service</source>
        <translation>PDF voor drukkerij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS export</source>
        <translation>Sms-export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier entry only</source>
        <translation>Alleen dossieritem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>deceased</source>
        <translation>overleden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wants no letters</source>
        <translation>wil geen brieven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wants no e-mails</source>
        <translation>wil geen e-mails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wants no SMS</source>
        <translation>wil geen sms&apos;jes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no complete postal address</source>
        <translation>geen volledig postadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no valid e-mail address</source>
        <translation>geen geldig e-mailadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no mobile number</source>
        <translation>geen mobiel nummer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selection “{name}”</source>
        <translation>Selectie “{name}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import from {file}</source>
        <translation>Import uit {file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From action {number}</source>
        <translation>Uit actie {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added by hand</source>
        <translation>Handmatig toegevoegd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the mobile number is not valid</source>
        <translation>het mobiele nummer is ongeldig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the number is not a mobile number</source>
        <translation>het nummer is geen mobiel nummer</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../desktop/ui/member_table_model.py" line="+35"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linked</source>
        <translation>Gekoppeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact code</source>
        <translation>Relatienummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Origin</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{when} by {who}</source>
        <translation>{when} door {who}</translation>
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
    <name>MyTasksWindow</name>
    <message>
        <location filename="../desktop/ui/my_tasks_window.py" line="+53"/>
        <location line="+9"/>
        <source>My tasks</source>
        <translation>Mijn taken</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Employee:</source>
        <translation>&amp;Medewerker:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;how done tasks</source>
        <translation>Afgeronde taken &amp;tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Vervalt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+129"/>
        <source>&amp;Done</source>
        <translation>&amp;Afronden</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Mark the task done (Space, Ctrl+D)</source>
        <translation>Taak als afgerond markeren (spatiebalk, Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reassign…</source>
        <translation>&amp;Overdragen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New task…</source>
        <translation>&amp;Nieuwe taak…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a new task (Ctrl+N)</source>
        <translation>Nieuwe taak invoeren (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;contact</source>
        <translation>&amp;Relatie openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the contact the task is about (Enter)</source>
        <translation>De relatie tonen waarover de taak gaat (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh</source>
        <translation>Vernieu&amp;wen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the tasks again (F5)</source>
        <translation>Taken opnieuw inlezen (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>{open} open, {overdue} overdue</source>
        <translation>{open} open, {overdue} te laat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{summary}, {done} done</source>
        <translation>{summary}, {done} afgerond</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;open</source>
        <translation>&amp;Heropenen</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../desktop/ui/new_person_dialog.py" line="+45"/>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New interested person</source>
        <translation>Nieuwe geïnteresseerde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ms</source>
        <translation>Mevrouw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mr</source>
        <translation>De heer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Germany</source>
        <translation>Duitsland</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Austria</source>
        <translation>Oostenrijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Zwitserland</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Salutation:</source>
        <translation>Aan&amp;hef:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;First name:</source>
        <translation>&amp;Voornaam:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Last name:</source>
        <translation>Achter&amp;naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ity:</source>
        <translation>P&amp;laats:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>St&amp;reet:</source>
        <translation>&amp;Straat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobiel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;foon:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Co&amp;untry:</source>
        <translation>Lan&amp;d:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add to &amp;action:</source>
        <translation>Toevoegen aan &amp;actie:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Please enter at least the last name.</source>
        <translation>Vul ten minste de achternaam in.</translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <location filename="../desktop/query_texts.py" line="+29"/>
        <source>is</source>
        <translation>is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not</source>
        <translation>is niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains</source>
        <translation>bevat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>begins with</source>
        <translation>begint met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is one of</source>
        <translation>is een van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is empty</source>
        <translation>is leeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is less than</source>
        <translation>is kleiner dan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is at most</source>
        <translation>is hoogstens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is greater than</source>
        <translation>is groter dan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is at least</source>
        <translation>is minstens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is between</source>
        <translation>ligt tussen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the last … days</source>
        <translation>in de laatste … dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the last … months</source>
        <translation>in de laatste … maanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this year</source>
        <translation>dit jaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>PersonFinder</name>
    <message>
        <location filename="../desktop/ui/response_target_view.py" line="+189"/>
        <source>Or find the person</source>
        <translation>Of zoek de persoon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name, code or city, then Enter</source>
        <translation>Naam, code of plaats, dan Enter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responses</source>
        <translation>Reacties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search person:</source>
        <translation>Persoon &amp;zoeken:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;mpaign:</source>
        <translation>&amp;Campagne:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Persons found:</source>
        <translation>Gevonden &amp;personen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their &amp;dossier items:</source>
        <translation>Hun &amp;dossieritems:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All campaigns</source>
        <translation>Alle campagnes</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Nobody matches “{text}”. Try part of the name or the code.</source>
        <translation>Niemand komt overeen met “{text}”. Probeer een deel van de naam of de code.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No campaign letters found for {person}.</source>
        <translation>Voor {person} zijn geen campagnebrieven gevonden.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../desktop/ui/person_form.py" line="+54"/>
        <source>Ms</source>
        <translation>Mevrouw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mr</source>
        <translation>De heer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Sal&amp;utation:</source>
        <translation>&amp;Aanhef:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;First name:</source>
        <translation>&amp;Voornaam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name prefi&amp;x:</source>
        <translation>T&amp;ussenvoegsel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Last name:</source>
        <translation>Ac&amp;hternaam:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Organisation:</source>
        <translation>Organ&amp;isatie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fu&amp;nction:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;treet:</source>
        <translation>S&amp;traat:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Postcode:</source>
        <translation>P&amp;ostcode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cit&amp;y:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Germany</source>
        <translation>Duitsland</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Austria</source>
        <translation>Oostenrijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Zwitserland</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Department:</source>
        <translation>Afdeling:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>T&amp;elefoon:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mo&amp;bile:</source>
        <translation>Mo&amp;biel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter lan&amp;guage:</source>
        <translation>B&amp;rieftaal:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Account manager:</source>
        <translation>Accountmana&amp;ger:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restrictions</source>
        <translation>Beperkingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No letters</source>
        <translation>Geen brieven</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No e-mails</source>
        <translation>Geen e-mails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No phone calls</source>
        <translation>Geen telefoontjes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No SMS</source>
        <translation>Geen sms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deceased</source>
        <translation>Overleden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
</context>
<context>
    <name>PersonPickerDialog</name>
    <message>
        <location filename="../desktop/ui/person_picker_dialog.py" line="+51"/>
        <source>Add persons</source>
        <translation>Personen toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by code, name, city or organisation…</source>
        <translation>Zoeken op relatienummer, naam, plaats of organisatie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Persons found</source>
        <translation>Gevonden personen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New person…</source>
        <translation>&amp;Nieuwe persoon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;all found</source>
        <translation>&amp;Alle gevonden toevoegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;chosen</source>
        <translation>&amp;Geselecteerde toevoegen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Type part of a name, code, city or organisation.</source>
        <translation>Typ een deel van een naam, relatienummer, plaats of organisatie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching…</source>
        <translation>Bezig met zoeken…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n person(s) found</source>
        <translation>
            <numerusform>%n persoon gevonden</numerusform>
            <numerusform>%n personen gevonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Add &amp;all %n found</source>
        <translation>
            <numerusform>&amp;Alle gevonden toevoegen (%n)</numerusform>
            <numerusform>&amp;Alle gevonden toevoegen (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanningTasksTab</name>
    <message>
        <location filename="../desktop/ui/planning_tasks_tab.py" line="+46"/>
        <source>Tasks for preparing and running the campaign. Follow-up tasks about single contacts are in each employee&apos;s task list.</source>
        <translation>Taken voor het voorbereiden en uitvoeren van de campagne. Vervolgtaken over afzonderlijke relaties staan in de takenlijst van elke medewerker.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <translation>Vervalt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks of the campaign</source>
        <translation>Taken van de campagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New task…</source>
        <translation>Nieuwe &amp;taak…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>&amp;Done</source>
        <translation>Af&amp;ronden</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Mark the task done (Space)</source>
        <translation>Taak als afgerond markeren (spatiebalk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reassign…</source>
        <translation>&amp;Overdragen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>Verwij&amp;deren…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{open} open, {overdue} overdue, {done} done</source>
        <translation>{open} open, {overdue} te laat, {done} afgerond</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re&amp;open</source>
        <translation>He&amp;ropenen</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <location filename="../desktop/ui/setup_wizard.py" line="+29"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer a mass print offers first; you can choose another one each time.</source>
        <translation>De printer die bij massaal afdrukken als eerste wordt voorgesteld; u kunt telkens een andere kiezen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Printer:</source>
        <translation>&amp;Printer:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No printer</source>
        <translation>Geen printer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (default)</source>
        <translation>{name} (standaard)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No printer is installed on this computer. Letters can still be saved as PDF.</source>
        <translation>Op deze computer is geen printer geïnstalleerd. Brieven kunnen wel als PDF worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>QueryDialog</name>
    <message>
        <location filename="../desktop/ui/query_dialog.py" line="+121"/>
        <source>Query “{name}”</source>
        <translation>Query “{name}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Query for campaign {number}</source>
        <translation>Query voor campagne {number}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Please correct the marked conditions.</source>
        <translation>Corrigeer de gemarkeerde voorwaarden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Please correct the marked conditions first.</source>
        <translation>Corrigeer eerst de gemarkeerde voorwaarden.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Searching…</source>
        <translation>Bezig met zoeken…</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n person(s) found</source>
        <translation>
            <numerusform>%n persoon gevonden</numerusform>
            <numerusform>%n personen gevonden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The query could not be run.</source>
        <translation>De query kon niet worden uitgevoerd.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/analyses_dialog.py" line="+49"/>
        <location filename="../desktop/ui/result_export.py" line="+32"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/ui/result_export.py" line="+1"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV voor Excel (*.csv)</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../desktop/ui/result_export.py" line="+35"/>
        <source>{path} has been written (rows: {count}). Open the file now?</source>
        <translation>{path} is geschreven (regels: {count}). Het bestand nu openen?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/result_export.py" line="-32"/>
        <source>Export the result</source>
        <translation>Resultaat exporteren</translation>
    </message>
    <message>
        <location filename="../desktop/analysis_texts.py" line="-40"/>
        <location filename="../desktop/ui/result_export.py" line="+8"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../desktop/ui/result_export.py" line="+0"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../desktop/ui/query_dialog.py" line="+43"/>
        <location filename="../desktop/ui/result_export.py" line="+2"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../desktop/ui/analyses_dialog.py" line="-8"/>
        <location filename="../desktop/ui/result_export.py" line="+9"/>
        <source>The file {path} could not be written: {reason}</source>
        <translation>Het bestand {path} kon niet worden geschreven: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/result_export.py" line="-6"/>
        <source>Rows written: {count}…</source>
        <translation>Geschreven regels: {count}…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the folder does not exist. Choose another folder.</source>
        <translation>de map bestaat niet. Kies een andere map.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>access was denied. The file may be open in Excel: close it there, or choose another name.</source>
        <translation>de toegang is geweigerd. Misschien is het bestand geopend in Excel: sluit het daar of kies een andere naam.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/query_dialog.py" line="+7"/>
        <source>Query</source>
        <translation>Query</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+23"/>
        <location line="+4"/>
        <source>Save as selection</source>
        <translation>Opslaan als selectie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another user changed or deleted this selection in the meantime. Save it under a new name.</source>
        <translation>Een andere gebruiker heeft deze selectie intussen gewijzigd of verwijderd. Sla haar op onder een nieuwe naam.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Use for campaign</source>
        <translation>Gebruiken voor campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The campaign was changed by another user in the meantime; open it again and retry.</source>
        <translation>De campagne is intussen door een andere gebruiker gewijzigd; open haar opnieuw en probeer het nog eens.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is already a selection called “{name}”. Please choose another name.</source>
        <translation>Er bestaat al een selectie “{name}”. Kies een andere naam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please enter a name for the selection.</source>
        <translation>Voer een naam in voor de selectie.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close query</source>
        <translation>Query sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The query was changed. Save it as a selection before closing?</source>
        <translation>De query is gewijzigd. Voor het sluiten als selectie opslaan?</translation>
    </message>
    <message>
        <location filename="../forms/query_dialog.ui" line="+6"/>
        <source>Create query</source>
        <translation>Query maken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conditions</source>
        <translation>Voorwaarden</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+26"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Narrow the result: search in every column</source>
        <translation>Resultaat verfijnen: zoeken in alle kolommen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;olumns…</source>
        <translation>&amp;Kolommen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the columns of the result and their order</source>
        <translation>Kolommen van het resultaat en hun volgorde kiezen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>E&amp;xcel…</source>
        <translation>E&amp;xcel…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save as &amp;selection…</source>
        <translation>Opslaan als &amp;selectie…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Use for campaign</source>
        <translation>&amp;Gebruiken voor campagne</translation>
    </message>
</context>
<context>
    <name>QueryProblems</name>
    <message>
        <location filename="../desktop/query_texts.py" line="+62"/>
        <source>output column {n}</source>
        <translation>uitvoerkolom {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sort column {n}</source>
        <translation>sorteerkolom {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>condition {n}</source>
        <translation>voorwaarde {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the query</source>
        <translation>de query</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}: the query is damaged; build this part again.</source>
        <translation>{where}: de query is beschadigd; stel dit deel opnieuw samen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The query was saved by a newer version of Kampagnen (format {detail}); install that version.</source>
        <translation>De query is opgeslagen door een nieuwere versie van Kampagnen (formaat {detail}); installeer die versie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: the field “{field}” does not exist (any more); choose another field.</source>
        <translation>{where}: het veld “{field}” bestaat niet (meer); kies een ander veld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: “{field}” cannot be compared this way; choose another comparison.</source>
        <translation>{where}: “{field}” kan niet zo worden vergeleken; kies een andere vergelijking.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: please enter a value for “{field}”.</source>
        <translation>{where}: voer een waarde in voor “{field}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: “{detail}” is not a valid value for “{field}”; please correct it.</source>
        <translation>{where}: “{detail}” is geen geldige waarde voor “{field}”; corrigeer deze.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: “{field}” is a condition only and cannot be shown as a column.</source>
        <translation>{where}: “{field}” is alleen een voorwaarde en kan niet als kolom worden getoond.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../desktop/ui/task_dialog.py" line="+184"/>
        <source>Reassign task</source>
        <translation>Taak overdragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New due date:</source>
        <translation>&amp;Nieuwe vervaldatum:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Task:</source>
        <translation>Taak:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Give to:</source>
        <translation>&amp;Overdragen aan:</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../desktop/ui/report_document.py" line="+80"/>
        <source>Actions per campaign</source>
        <translation>Acties per campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available selections</source>
        <translation>Beschikbare selecties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign summary</source>
        <translation>Campagneoverzicht</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>There are no campaigns.</source>
        <translation>Er zijn geen campagnes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned: {period}</source>
        <translation>Gepland: {period}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget: {amount}</source>
        <translation>Budget: {amount}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+60"/>
        <source>The campaign has no actions yet.</source>
        <translation>De campagne heeft nog geen acties.</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+67"/>
        <location line="+23"/>
        <source>Campaign total</source>
        <translation>Campagne totaal</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>The campaign total includes the costs entered for the whole campaign.</source>
        <translation>Het campagnetotaal bevat de kosten die voor de hele campagne zijn ingevoerd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There are no saved selections.</source>
        <translation>Er zijn geen opgeslagen selecties.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selections: {count}; distribution lists among them: {lists}.</source>
        <translation>Selecties: {count}; waarvan verzendlijsten: {lists}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated costs</source>
        <translation>Begrote kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual costs</source>
        <translation>Werkelijke kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget used</source>
        <translation>Budget verbruikt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+24"/>
        <location line="+17"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Members linked</source>
        <translation>Deelnemers gekoppeld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generated</source>
        <translation>Gegenereerd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handled</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responded</source>
        <translation>Gereageerd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Response rate</source>
        <translation>Responspercentage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Totals</source>
        <translation>Totalen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Responses per type</source>
        <translation>Reacties per reactietype</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No response types are set up for this campaign.</source>
        <translation>Voor deze campagne zijn geen reactietypes ingesteld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All responses</source>
        <translation>Alle reacties</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Responses per action</source>
        <translation>Reacties per actie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responses</source>
        <translation>Reacties</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+26"/>
        <source>Estimated</source>
        <translation>Begroot</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+26"/>
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost per contact</source>
        <translation>Kosten per contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per response</source>
        <translation>Kosten per reactie</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Whole campaign (entries without action)</source>
        <translation>Hele campagne (posten zonder actie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole campaign</source>
        <translation>Hele campagne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs, estimated against actual</source>
        <translation>Kosten begroot/werkelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference: actual minus estimated costs. Cost per contact and per response: actual costs divided by the contacts generated or the contacts who responded.</source>
        <translation>Verschil: werkelijke min begrote kosten. Kosten per contact en per reactie: werkelijke kosten gedeeld door de gegenereerde relaties of de relaties die hebben gereageerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Costs per action, estimated and actual</source>
        <translation>Kosten per actie, begroot en werkelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs in €</source>
        <translation>Kosten in €</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Kampagnen – {title} – printed {date}</source>
        <translation>Kampagnen – {title} – afgedrukt op {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer or file could not be opened.</source>
        <translation>De printer of het bestand kon niet worden geopend.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../desktop/ui/reports_dialog.py" line="+48"/>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Campaign &amp;summary (figures, costs and charts of one campaign)</source>
        <translation>&amp;Campagneoverzicht (kengetallen, kosten en grafieken van één campagne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actions per campaign</source>
        <translation>&amp;Acties per campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available se&amp;lections</source>
        <translation>&amp;Beschikbare selecties</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Campaign:</source>
        <translation>Ca&amp;mpagne:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All campaigns</source>
        <translation>Alle campagnes</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Save the report as PDF</source>
        <translation>Rapport opslaan als PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The file {path} could not be written: {reason}</source>
        <translation>Het bestand {path} kon niet worden geschreven: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The report was saved to {path} (%n page(s)). Open it now?</source>
        <translation>
            <numerusform>Het rapport is opgeslagen in {path} (%n pagina). Nu openen?</numerusform>
            <numerusform>Het rapport is opgeslagen in {path} (%n pagina&apos;s). Nu openen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The report could not be printed: {reason}</source>
        <translation>Het rapport kon niet worden afgedrukt: {reason}</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <location filename="../desktop/ui/response_dialog.py" line="+77"/>
        <source>Record responses</source>
        <translation>Reacties vastleggen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan or type the ID printed on the letter, e.g. 00042-00001</source>
        <translation>Scan of typ de op de brief gedrukte ID, bijv. 00042-00001</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mark as &amp;handled</source>
        <translation>Als &amp;afgehandeld markeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Record</source>
        <translation>&amp;Vastleggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the response (Ctrl+Enter)</source>
        <translation>Reactie vastleggen (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo last…</source>
        <translation>&amp;Laatste ongedaan maken…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Letter ID:</source>
        <translation>&amp;Brief-ID:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Response &amp;type (press its number):</source>
        <translation>Reactie&amp;type (druk op het nummer):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No letter with the ID {code} was found. Check the number on the letter, or search the person.</source>
        <translation>Er is geen brief met de ID {code} gevonden. Controleer het nummer op de brief of zoek de persoon.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The campaign {campaign} has no response types yet; add them to the campaign first.</source>
        <translation>De campagne {campaign} heeft nog geen reactietypen; voeg ze eerst aan de campagne toe.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scan or type a letter ID first, or search the person.</source>
        <translation>Scan of typ eerst een brief-ID, of zoek de persoon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the response first: press its number or click it.</source>
        <translation>Kies eerst de reactie: druk op het nummer of klik erop.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This letter or response type was deleted in the meantime; nothing was recorded.</source>
        <translation>Deze brief of dit reactietype is intussen verwijderd; er is niets vastgelegd.</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Took back “{response}” for {person}; %n open task(s) removed.</source>
        <translation>
            <numerusform>“{response}” voor {person} ingetrokken; %n openstaande taak verwijderd.</numerusform>
            <numerusform>“{response}” voor {person} ingetrokken; %n openstaande taken verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n response(s) recorded in this session</source>
        <translation>
            <numerusform>%n reactie in deze sessie vastgelegd</numerusform>
            <numerusform>%n reacties in deze sessie vastgelegd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/response_target_view.py" line="-267"/>
        <source>Undo last response</source>
        <translation>Laatste reactie ongedaan maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back “{response}” for {person}?</source>
        <translation>“{response}” voor {person} intrekken?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open tasks it created are removed too: {count}.</source>
        <translation>Open taken die erdoor zijn aangemaakt, worden ook verwijderd: {count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It created no open tasks.</source>
        <translation>Er zijn daardoor geen openstaande taken aangemaakt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take back</source>
        <translation>&amp;Intrekken</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{subject} – {assignee}, due {weekday} {date}</source>
        <translation>{subject} – {assignee}, vervalt {weekday} {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(account manager of the organisation)</source>
        <translation>(accountmanager van de organisatie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(campaign owner, as {person} has no account manager)</source>
        <translation>(campagne-eigenaar, omdat {person} geen accountmanager heeft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(you, as {person} has no account manager and the campaign no owner)</source>
        <translation>(u, omdat {person} geen accountmanager heeft en de campagne geen eigenaar)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recorded “{response}” for {person}.</source>
        <translation>“{response}” voor {person} vastgelegd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No follow-up tasks.</source>
        <translation>Geen vervolgtaken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks: {tasks}</source>
        <translation>Taken: {tasks}</translation>
    </message>
</context>
<context>
    <name>ResponseSetupTab</name>
    <message>
        <location filename="../desktop/ui/response_setup_tab.py" line="+65"/>
        <location line="+201"/>
        <source>Response types</source>
        <translation>Reactietypen</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>Only ticked (active) types can be chosen when recording a response.</source>
        <translation>Alleen aangevinkte (actieve) typen kunnen bij het vastleggen van een reactie worden gekozen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd…</source>
        <translation>Toe&amp;voegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the response type (F2)</source>
        <translation>Naam van het reactietype wijzigen (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>Omh&amp;oog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Up</source>
        <translation>Ctrl+pijl omhoog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Down</source>
        <translation>Ctrl+pijl omlaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve…</source>
        <translation>Verwijdere&amp;n…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Follow-up tasks</source>
        <translation>Vervolgtaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a response of this type is recorded for this action, these tasks are created.</source>
        <translation>Als voor deze actie een reactie van dit type wordt vastgelegd, worden deze taken aangemaakt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Response</source>
        <translation>Reactie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Working days</source>
        <translation>Werkdagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The task is due so many days after the response is recorded.</source>
        <translation>De taak vervalt zoveel dagen nadat de reactie is vastgelegd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;rule…</source>
        <translation>&amp;Regel toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed&amp;it rule…</source>
        <translation>Regel wij&amp;zigen…</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Rena&amp;me…</source>
        <translation>Naa&amp;m wijzigen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move do&amp;wn</source>
        <translation>Omlaa&amp;g</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Actio&amp;n:</source>
        <translation>Ac&amp;tie:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove ru&amp;le…</source>
        <translation>Regel verwij&amp;deren…</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Inactive: cannot be chosen for new responses.</source>
        <translation>Inactief: kan niet worden gekozen voor nieuwe reacties.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The campaign has no actions yet. Add one on the “Campaign” tab first.</source>
        <translation>De campagne heeft nog geen acties. Voeg er eerst een toe op het tabblad “Campagne”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a response type first.</source>
        <translation>Voeg eerst een reactietype toe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(account manager)</source>
        <translation>(accountmanager)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employee {id}</source>
        <translation>medewerker {id}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>There is already a response type of that name.</source>
        <translation>Er bestaat al een reactietype met die naam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please enter a name.</source>
        <translation>Vul een naam in.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New response type</source>
        <translation>Nieuw reactietype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the response, e.g. “Documents requested”:</source>
        <translation>Naam van de reactie, bijv. “Documenten aangevraagd”:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename response type</source>
        <translation>Naam van reactietype wijzigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Remove response type</source>
        <translation>Reactietype verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responses were already recorded as “{name}”, so it cannot be deleted.</source>
        <translation>Er zijn al reacties als “{name}” vastgelegd, daarom kan het type niet worden verwijderd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It will be deactivated instead: the recorded responses keep it, and it can no longer be chosen for new responses.</source>
        <translation>Het wordt in plaats daarvan gedeactiveerd: de vastgelegde reacties behouden het, en het kan niet meer worden gekozen voor nieuwe reacties.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactiveren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the response type “{name}”?</source>
        <translation>Het reactietype “{name}” verwijderen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its follow-up rules ({count}) are deleted with it.</source>
        <translation>De vervolgregels ervan ({count}) worden ook verwijderd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Follow-up rule</source>
        <translation>Vervolgregel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Please enter the task to be created.</source>
        <translation>Vul de taak in die moet worden aangemaakt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Remove follow-up rule</source>
        <translation>Vervolgregel verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the rule that creates the task “{subject}”? Tasks it created already stay.</source>
        <translation>De regel verwijderen die de taak “{subject}” aanmaakt? Reeds aangemaakte taken blijven bestaan.</translation>
    </message>
</context>
<context>
    <name>ResultTableModel</name>
    <message>
        <location filename="../desktop/ui/result_table_model.py" line="+108"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>SaveSelectionDialog</name>
    <message>
        <location filename="../desktop/ui/save_selection_dialog.py" line="+22"/>
        <source>Save as selection</source>
        <translation>Opslaan als selectie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use as distribution &amp;list (Verteiler)</source>
        <translation>Gebruiken als &amp;verzendlijst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
</context>
<context>
    <name>SelectionsDialog</name>
    <message>
        <location filename="../desktop/ui/selections_dialog.py" line="+30"/>
        <source>Selections</source>
        <translation>Selecties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distribution list</source>
        <translation>Verzendlijst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved selections</source>
        <translation>Opgeslagen selecties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New query…</source>
        <translation>&amp;Nieuwe query…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open selection</source>
        <translation>Selectie openen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(copy)</source>
        <translation>(kopie)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+14"/>
        <location line="+7"/>
        <source>Delete selection</source>
        <translation>Selectie verwijderen</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Delete the selection “{name}”? This cannot be undone.</source>
        <translation>De selectie “{name}” verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The selection “{name}” is used by these campaigns and was not deleted: {campaigns}. Choose another data source or target group there first.</source>
        <translation>De selectie “{name}” wordt door deze campagnes gebruikt en is niet verwijderd: {campaigns}. Kies daar eerst een andere gegevensbron of doelgroep.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another user changed or deleted the selection in the meantime; it was not deleted.</source>
        <translation>Een andere gebruiker heeft de selectie intussen gewijzigd of verwijderd; ze is niet verwijderd.</translation>
    </message>
</context>
<context>
    <name>Selftest</name>
    <message>
        <location filename="../desktop/diagnostics.py" line="+61"/>
        <source>Qt platform</source>
        <translation>Qt-platform</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+256"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="-248"/>
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
        <location filename="../desktop/cli.py" line="+306"/>
        <location filename="../desktop/ui/diagnostics_dialog.py" line="-49"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/ui/diagnostics_dialog.py" line="+1"/>
        <source>WARNING</source>
        <translation>WAARSCHUWING</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/ui/diagnostics_dialog.py" line="+1"/>
        <source>ERROR</source>
        <translation>FOUT</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="+73"/>
        <location line="+195"/>
        <location line="+31"/>
        <location line="+36"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters and PDF</source>
        <translation>Brieven en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>e.g. smtp.example.com; empty: no e-mail</source>
        <translation>bijv. smtp.example.com; leeg: geen e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meestal poort 587)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (meestal poort 465)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None, unencrypted (port 25)</source>
        <translation>Geen, onversleuteld (poort 25)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>empty: the server needs no login</source>
        <translation>leeg: de server vraagt geen aanmelding</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>name@example.com</source>
        <translation>naam@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used for actions whose employee has no e-mail address.</source>
        <translation>Voor acties waarvan de afzender geen e-mailadres heeft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no limit</source>
        <translation>onbeperkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail &amp;server:</source>
        <translation>Mail&amp;server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ecurity:</source>
        <translation>&amp;Beveiliging:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender &amp;address:</source>
        <translation>&amp;Afzenderadres:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mails per &amp;minute:</source>
        <translation>E-mails per &amp;minuut:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mails per &amp;connection:</source>
        <translation>E-mails per &amp;verbinding:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>your e-mail address</source>
        <translation>uw e-mailadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;test e-mail to me</source>
        <translation>&amp;Testmail naar mij sturen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Test e-mail t&amp;o:</source>
        <translation>Testmail &amp;naar:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Automatic: Word where installed, otherwise LibreOffice</source>
        <translation>Automatisch: Word indien geïnstalleerd, anders LibreOffice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Word</source>
        <translation>Microsoft Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LibreOffice</source>
        <translation>LibreOffice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: found by itself</source>
        <translation>leeg: wordt automatisch gezocht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Letters LibreOffice turns into PDF as one document in a mass print. Fewer use less memory, more are faster.</source>
        <translation>Zoveel brieven zet LibreOffice bij massaal afdrukken als één document om naar PDF. Minder gebruikt minder geheugen, meer is sneller.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF &amp;converter:</source>
        <translation>PDF-&amp;converter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;LibreOffice program:</source>
        <translation>&amp;LibreOffice-programma:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letters per &amp;document:</source>
        <translation>Brieven per &amp;document:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>As the operating system</source>
        <translation>Zoals het besturingssysteem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new language applies after the program is restarted.</source>
        <translation>Een nieuwe taal geldt nadat het programma opnieuw is gestart.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This computer offers no password store (keyring): a password cannot be saved.</source>
        <translation>Deze computer heeft geen wachtwoordopslag (sleutelbos): een wachtwoord kan niet worden opgeslagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password is stored in the keyring. Leave the field empty to keep it.</source>
        <translation>Er is een wachtwoord opgeslagen in de wachtwoordopslag. Laat het veld leeg om het te behouden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No password is stored. It is kept in the keyring, never in a file.</source>
        <translation>Er is geen wachtwoord opgeslagen. Het wordt in de wachtwoordopslag bewaard, nooit in een bestand.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>LibreOffice program</source>
        <translation>LibreOffice-programma</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server name must not contain spaces.</source>
        <translation>De servernaam mag geen spaties bevatten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the mail server first.</source>
        <translation>Vul eerst de mailserver in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>De poort moet een getal van 1 tot en met 65535 zijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the user name the password belongs to.</source>
        <translation>Vul de gebruikersnaam in waar het wachtwoord bij hoort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sender address</source>
        <translation>afzenderadres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>test e-mail address</source>
        <translation>testmailadres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the address the test e-mail goes to.</source>
        <translation>Vul het adres in waar de testmail naartoe moet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {what} “{address}” is not an e-mail address: {reason}</source>
        <translation>Het {what} “{address}” is geen e-mailadres: {reason}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No password store (keyring) is available on this computer.</source>
        <translation>Op deze computer is geen wachtwoordopslag (sleutelbos) beschikbaar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The password could not be saved, so nothing has been saved yet.</source>
        <translation>Het wachtwoord kon niet worden opgeslagen, daarom is nog niets opgeslagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kampagnen keeps passwords only in the operating system&apos;s password store, never in a file. Ask your administrator to set one up, or clear the password field to save the other settings without it.

Reason: {reason}</source>
        <translation>Kampagnen bewaart wachtwoorden alleen in de wachtwoordopslag van het besturingssysteem, nooit in een bestand. Vraag uw beheerder om die in te richten, of maak het wachtwoordveld leeg om de andere instellingen zonder wachtwoord op te slaan.

Reden: {reason}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The settings could not be written to {path}: {reason}</source>
        <translation>De instellingen konden niet naar {path} worden geschreven: {reason}</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+8"/>
        <source>Test e-mail</source>
        <translation>Testmail</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The mail server {host} took the test e-mail to {address}. Check that it arrived.</source>
        <translation>De mailserver {host} heeft de testmail naar {address} aangenomen. Controleer of deze is aangekomen.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../desktop/ui/setup_wizard.py" line="+85"/>
        <source>Set up Kampagnen</source>
        <translation>Kampagnen instellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Finish</source>
        <translation>V&amp;oltooien</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The shared database {where} is empty. Create the Kampagnen tables in it now?</source>
        <translation>De gedeelde database {where} is leeg. Nu de tabellen van Kampagnen erin aanmaken?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shared database {where} must be brought to the newest version before this Kampagnen can use it. Afterwards every workstation needs this program version. Make sure a backup exists. Upgrade now?</source>
        <translation>De gedeelde database {where} moet naar de nieuwste versie worden bijgewerkt voordat deze versie van Kampagnen hem kan gebruiken. Daarna heeft elke werkplek deze programmaversie nodig. Zorg dat er een back-up is. Nu bijwerken?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>It was set up by a newer version of Kampagnen; install that version on this workstation.</source>
        <translation>De database is ingericht door een nieuwere versie van Kampagnen; installeer die versie op deze werkplek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is not a Kampagnen database.</source>
        <translation>Dit is geen Kampagnen-database.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database {where} cannot be used.</source>
        <translation>De database {where} kan niet worden gebruikt.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No password store (keyring) is available on this computer.</source>
        <translation>Op deze computer is geen wachtwoordopslag (sleutelbos) beschikbaar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The password could not be saved, so the set-up is not finished.</source>
        <translation>Het wachtwoord kon niet worden opgeslagen, daarom is de installatie niet voltooid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kampagnen keeps passwords only in the operating system&apos;s password store, never in a file. Ask your administrator to set one up.

Reason: {reason}</source>
        <translation>Kampagnen bewaart wachtwoorden alleen in de wachtwoordopslag van het besturingssysteem, nooit in een bestand. Vraag uw beheerder om die in te richten.

Reden: {reason}</translation>
    </message>
</context>
<context>
    <name>TargetGroupPanel</name>
    <message>
        <location filename="../desktop/ui/target_group_panel.py" line="+49"/>
        <source>Link selectio&amp;n…</source>
        <translation>Selec&amp;tie koppelen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unlink</source>
        <translation>&amp;Ontkoppelen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Import CS&amp;V…</source>
        <translation>CSV i&amp;mporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;persons…</source>
        <translation>Personen toevoe&amp;gen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link</source>
        <translation>Ko&amp;ppelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked members take part in the run (Ctrl+K).</source>
        <translation>Gekoppelde deelnemers doen mee bij het genereren (Ctrl+K).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlinked members stay in the group but get nothing (Ctrl+Shift+K).</source>
        <translation>Ontkoppelde deelnemers blijven in de doelgroep, maar ontvangen niets (Ctrl+Shift+K).</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>Members (%n)</source>
        <translation>
            <numerusform>Deelnemers (%n)</numerusform>
            <numerusform>Deelnemers (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Left out (%n)</source>
        <translation>
            <numerusform>Uitgesloten (%n)</numerusform>
            <numerusform>Uitgesloten (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an action above to see its target group.</source>
        <translation>Kies hierboven een actie om de doelgroep te zien.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n member(s), </source>
        <translation>
            <numerusform>%n deelnemer, </numerusform>
            <numerusform>%n deelnemers, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n linked, </source>
        <translation>
            <numerusform>%n gekoppeld, </numerusform>
            <numerusform>%n gekoppeld, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n left out: not reachable through this channel.</source>
        <translation>
            <numerusform>%n uitgesloten (komt niet in aanmerking voor dit kanaal).</numerusform>
            <numerusform>%n uitgesloten (komen niet in aanmerking voor dit kanaal).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Remove members</source>
        <translation>Deelnemers verwijderen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove %n person(s) from the target group of this action? Their contact data stays.</source>
        <translation>
            <numerusform>%n persoon uit de doelgroep van deze actie verwijderen? De contactgegevens blijven bewaard.</numerusform>
            <numerusform>%n personen uit de doelgroep van deze actie verwijderen? De contactgegevens blijven bewaard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetView</name>
    <message>
        <location filename="../desktop/ui/response_target_view.py" line="+44"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Person:</source>
        <translation>Persoon:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaign:</source>
        <translation>Campagne:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action:</source>
        <translation>Actie:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject:</source>
        <translation>Onderwerp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier responses:</source>
        <translation>Eerdere reacties:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scan or type a letter ID, or search the person.</source>
        <translation>Scan of typ een brief-ID, of zoek de persoon.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Handled</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../desktop/ui/task_dialog.py" line="-60"/>
        <source>New task</source>
        <translation>Nieuwe taak</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Toegewezen aan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due on:</source>
        <translation>&amp;Vervaldatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Please enter what is to be done.</source>
        <translation>Vul in wat er moet gebeuren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no active employee to give the task to.</source>
        <translation>Er is geen actieve medewerker aan wie de taak kan worden toegewezen.</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <location line="-97"/>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Someone else deleted this task in the meantime.</source>
        <translation>Iemand anders heeft deze taak intussen verwijderd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} changed this task in the meantime.</source>
        <translation>{who} heeft deze taak intussen gewijzigd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else</source>
        <translation>Iemand anders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list now shows the current state; please check it and try again.</source>
        <translation>De lijst toont nu de actuele stand; controleer deze en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+120"/>
        <source>Delete task</source>
        <translation>Taak verwijderen</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Delete the task “{subject}”? This cannot be undone.</source>
        <translation>De taak “{subject}” verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Task done</source>
        <translation>Taak afgerond</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <location filename="../desktop/ui/dossier_table.py" line="+160"/>
        <source>Mark d&amp;one</source>
        <translation>Als &amp;afgerond markeren</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Task changed</source>
        <translation>Taak gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed or deleted this task meanwhile. The list now shows the current state.</source>
        <translation>Iemand anders heeft deze taak intussen gewijzigd of verwijderd. De lijst toont nu de actuele stand.</translation>
    </message>
</context>
<context>
    <name>TemplateCheck</name>
    <message>
        <location filename="../desktop/template_texts.py" line="+32"/>
        <source>Body text</source>
        <translation>Hoofdtekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header of section {section}</source>
        <translation>Koptekst van sectie {section}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header</source>
        <translation>Koptekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footer of section {section}</source>
        <translation>Voettekst van sectie {section}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footer</source>
        <translation>Voettekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footnotes</source>
        <translation>Voetnoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endnotes</source>
        <translation>Eindnoten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>table {table}, row {row}, cell {cell}</source>
        <translation>tabel {table}, rij {row}, cel {cell}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paragraph {number}</source>
        <translation>alinea {number}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown field «{field}» — did you mean «{suggestion}»?</source>
        <translation>onbekend veld «{field}» – bedoelde u «{suggestion}»?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown field «{field}»; it would stay empty in every letter.</source>
        <translation>onbekend veld «{field}»; het zou in elke brief leeg blijven.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a field is broken apart in “{text}”. Write {open} and {close} without spaces or line breaks in between, or delete the field and type it again.</source>
        <translation>een veld is in “{text}” opgesplitst. Schrijf {open} en {close} zonder spatie of regeleinde tussen de accolades, of verwijder het veld en typ het opnieuw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Word’s AutoCorrect changed the field {field} (curly quotes, a dash or a non-breaking space). The letters come out right; to be safe, type the field again.</source>
        <translation>AutoCorrectie van Word heeft het veld {field} gewijzigd (gekrulde aanhalingstekens, een gedachtestreepje of een vaste spatie). De brieven worden toch correct gemaakt; typ het veld voor de zekerheid opnieuw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the line holds only the field «{field}», which is empty for many contacts; the line is left out of those letters.</source>
        <translation>de regel bevat alleen het veld «{field}», dat bij veel contacten leeg is; in hun brieven wordt de regel weggelaten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the Word field “{field}” does nothing in a letter per contact and is left as it is.</source>
        <translation>het Word-veld “{field}” heeft geen effect in een brief per contact en blijft ongewijzigd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the fields cannot be read ({reason}). Check the braces {braces} in this part.</source>
        <translation>de velden kunnen niet worden gelezen ({reason}). Controleer in dit deel de accolades {braces}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{place}: {finding}</source>
        <translation>{place}: {finding}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file {file} does not exist (any more).</source>
        <translation>Het bestand {file} bestaat niet (meer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {file} cannot be read. Is it open in another program, or are you missing the permission to read it?</source>
        <translation>Het bestand {file} kan niet worden gelezen. Is het geopend in een ander programma, of hebt u geen leesrechten?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is an old Word 97-2003 document. Open it in Word, save it with “Save as” → “Word Document (*.docx)” and import that file.</source>
        <translation>{file} is een oud Word 97-2003-document. Open het in Word, sla het op met “Opslaan als” → “Word-document (*.docx)” en importeer dat bestand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is not a Word document. Templates are Word files (.docx).</source>
        <translation>{file} is geen Word-document. Sjablonen zijn Word-bestanden (.docx).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} was not imported: its merge fields cannot be read. Correct them in Word and import the file again.</source>
        <translation>{file} is niet geïmporteerd: de samenvoegvelden erin kunnen niet worden gelezen. Corrigeer ze in Word en importeer het bestand opnieuw.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>mass print of “{action}” in campaign {campaign}, started by {who}</source>
        <translation>massaal afdrukken van “{action}” in campagne {campaign}, gestart door {who}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The template “{name}” was not deleted: it is still needed by</source>
        <translation>Het sjabloon “{name}” is niet verwijderd, omdat het nog nodig is voor:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>action {action}</source>
        <translation>actie {action}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish or restart those mass prints, or choose another template for those actions, and delete it then.</source>
        <translation>Rond die verwerkingen voor massaal afdrukken af of start ze opnieuw, of kies voor die acties een ander sjabloon; verwijder het sjabloon daarna.</translation>
    </message>
</context>
<context>
    <name>TemplateCheckDialog</name>
    <message>
        <location filename="../desktop/ui/template_check_dialog.py" line="+35"/>
        <source>Check of “{name}”</source>
        <translation>Controle van “{name}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version {revision} has no problems: every field is known and can be merged.</source>
        <translation>Versie {revision} heeft geen problemen: elk veld is bekend en kan worden ingevuld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {revision} has errors that spoil letters (errors: {errors}, notes: {warnings}). Correct the errors in Word and read the file in again.</source>
        <translation>Versie {revision} bevat fouten waardoor de brieven niet goed worden (fouten: {errors}, opmerkingen: {warnings}). Corrigeer de fouten in Word en lees het bestand opnieuw in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version {revision} can be used; have a look at the notes (notes: {warnings}).</source>
        <translation>Versie {revision} is bruikbaar; bekijk de opmerkingen (opmerkingen: {warnings}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fields used: {fields}</source>
        <translation>Gebruikte velden: {fields}</translation>
    </message>
</context>
<context>
    <name>TemplateManager</name>
    <message>
        <location filename="../desktop/ui/template_manager.py" line="+52"/>
        <location line="+3"/>
        <location line="+339"/>
        <source>Letter templates</source>
        <translation>Briefsjablonen</translation>
    </message>
    <message>
        <location line="-341"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit in Word</source>
        <translation>In &amp;Word bewerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read in again…</source>
        <translation>&amp;Opnieuw inlezen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Versions…</source>
        <translation>&amp;Versies…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heck</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>Verwij&amp;deren…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Errors: {errors}, notes: {notes}. Check shows them.</source>
        <translation>Fouten: {errors}, opmerkingen: {notes}. “Controleren” toont ze.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+13"/>
        <location line="+7"/>
        <source>Import letter template</source>
        <translation>Briefsjabloon importeren</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+125"/>
        <source>Word documents (*.docx *.docm *.dotx *.dotm);;All files (*)</source>
        <translation>Word-documenten (*.docx *.docm *.dotx *.dotm);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>A template named “{name}” exists already. Name of the new template:</source>
        <translation>Er bestaat al een sjabloon “{name}”. Naam van het nieuwe sjabloon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (new)</source>
        <translation>{name} (nieuw)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{name}” imported as version 1.</source>
        <translation>“{name}” geïmporteerd als versie 1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The check found something; see the list.</source>
        <translation>De controle heeft iets gevonden; zie de lijst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check found no problems.</source>
        <translation>De controle heeft geen problemen gevonden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+27"/>
        <location line="+13"/>
        <source>Edit in Word</source>
        <translation>In Word bewerken</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The file {file} holds changes that were not read in yet.</source>
        <translation>Het bestand {file} bevat wijzigingen die nog niet zijn ingelezen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on editing them, or start again from the current version (the changes in the file are lost)?</source>
        <translation>Wilt u ermee verder werken, of opnieuw beginnen met de huidige versie (de wijzigingen in het bestand gaan dan verloren)?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Go on editing</source>
        <translation>&amp;Verder werken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start again</source>
        <translation>&amp;Opnieuw beginnen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No program for Word documents was found. Open the file yourself: {file}</source>
        <translation>Er is geen programma voor Word-documenten gevonden. Open het bestand zelf: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is open in Word as {file}. Save it there; back here, Kampagnen offers to read it in.</source>
        <translation>“{name}” is in Word geopend als {file}. Sla het daar op; als u hier terugkomt, biedt Kampagnen aan het in te lezen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file {file} cannot be written. Is it open in Word? Close it there and try again.</source>
        <translation>Het bestand {file} kan niet worden geschreven. Is het geopend in Word? Sluit het daar en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Read in changes</source>
        <translation>Wijzigingen inlezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” was changed in Word ({file}). Read in the changes as a new version?</source>
        <translation>“{name}” is in Word gewijzigd ({file}). De wijzigingen als nieuwe versie inlezen?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Read in “{name}” again</source>
        <translation>“{name}” opnieuw inlezen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>Read in template</source>
        <translation>Sjabloon inlezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} read in a new version of “{name}” at {when}. Read in yours as the newest version anyway? The other one stays in the versions.</source>
        <translation>{who} heeft op {when} een nieuwe versie van “{name}” ingelezen. Uw versie toch als nieuwste inlezen? De andere blijft bewaard bij de versies.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another user</source>
        <translation>Een andere gebruiker</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{file} holds the current version {revision} of “{name}”; nothing was changed.</source>
        <translation>{file} bevat de huidige versie {revision} van “{name}”; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” read in as version {revision}.</source>
        <translation>“{name}” ingelezen als versie {revision}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An earlier version of “{name}” is current again, as version {revision}.</source>
        <translation>Een eerdere versie van “{name}” is als versie {revision} weer de huidige.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+9"/>
        <location line="+3"/>
        <source>Delete template</source>
        <translation>Sjabloon verwijderen</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Delete the template “{name}” with all its versions? Letters written with it stay in the archive. This cannot be undone.</source>
        <translation>Het sjabloon “{name}” met alle versies verwijderen? Brieven die ermee zijn geschreven, blijven in het archief. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Another user changed or deleted the template in the meantime; it was not deleted.</source>
        <translation>Een andere gebruiker heeft het sjabloon intussen gewijzigd of verwijderd; het is niet verwijderd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{name}” was deleted.</source>
        <translation>“{name}” is verwijderd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template was deleted by another user.</source>
        <translation>Het sjabloon is door een andere gebruiker verwijderd.</translation>
    </message>
</context>
<context>
    <name>TemplateVersionsDialog</name>
    <message>
        <location filename="../desktop/ui/template_versions_dialog.py" line="+36"/>
        <source>Versions of “{name}”</source>
        <translation>Versies van “{name}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make this version the current one again (as a new version)</source>
        <translation>Deze versie weer de huidige maken (als nieuwe versie)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{revision} (current)</source>
        <translation>{revision} (actueel)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Restore version</source>
        <translation>Versie herstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template was deleted by another user.</source>
        <translation>Het sjabloon is door een andere gebruiker verwijderd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another user read in a new version of the template meanwhile; nothing was restored. The list shows the versions now.</source>
        <translation>Een andere gebruiker heeft intussen een nieuwe versie van het sjabloon ingelezen; er is niets hersteld. De lijst toont nu de actuele stand.</translation>
    </message>
</context>
<context>
    <name>Totalizer</name>
    <message>
        <location filename="../desktop/campaigns/totalizer.py" line="+44"/>
        <source>Handled</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response</source>
        <translation>Reactie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier type</source>
        <translation>Dossieritemtype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode area</source>
        <translation>Postcodegebied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account manager</source>
        <translation>Accountmanager</translation>
    </message>
</context>
<context>
    <name>TotalizerDialog</name>
    <message>
        <location filename="../desktop/ui/totalizer_dialog.py" line="+52"/>
        <source>Totalizer</source>
        <translation>Totalisator</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+181"/>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Share of parent</source>
        <translation>Aandeel in bovenliggende groep</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+180"/>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>E&amp;xpand all</source>
        <translation>Alles &amp;uitklappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ollapse all</source>
        <translation>Alles in&amp;klappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to &amp;Excel…</source>
        <translation>Naar &amp;Excel exporteren…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campagne:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;1st level:</source>
        <translation>&amp;1e niveau:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;2nd level:</source>
        <translation>&amp;2e niveau:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;3rd level:</source>
        <translation>&amp;3e niveau:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dossier items of the campaign, &amp;grouped:</source>
        <translation>Dossieritems van de campagne, &amp;gegroepeerd:</translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>All dossier items (%n)</source>
        <translation>
            <numerusform>Alle dossieritems (%n)</numerusform>
            <numerusform>Alle dossieritems (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Export the totalizer</source>
        <translation>Totalisator exporteren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Totalizer {number}</source>
        <translation>Totalisator {number}</translation>
    </message>
</context>
<context>
    <name>TotalsFigures</name>
    <message>
        <location filename="../desktop/ui/figures_panel.py" line="-98"/>
        <source>Linked / not linked</source>
        <translation>Gekoppeld / niet gekoppeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>Gegenereerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled / open</source>
        <translation>Afgehandeld / open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response rate</source>
        <translation>Responspercentage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contacts who responded, as a share of those generated</source>
        <translation>Relaties die hebben gereageerd, als aandeel van de gegenereerde</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../desktop/query_texts.py" line="-84"/>
        <source>Mr</source>
        <translation>De heer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ms</source>
        <translation>Mevrouw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(neutral)</source>
        <translation>(neutraal)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Germany</source>
        <translation>Duitsland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Austria</source>
        <translation>Oostenrijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Zwitserland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>Frankrijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Verenigd Koninkrijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denmark</source>
        <translation>Denemarken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>Italië</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translation>Spanje</translation>
    </message>
</context>
</TS>
