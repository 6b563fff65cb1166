<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../desktop/ui/action_dialog.py" line="+65"/>
        <source>New action</source>
        <translation>Neue Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit action</source>
        <translation>Aktion bearbeiten</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>one for each contact</source>
        <translation>einer je Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one for the whole action</source>
        <translation>einer für die ganze Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar&amp;k the dossier entries as handled</source>
        <translation>Dossiereinträge als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out contacts already used in an earlier action</source>
        <translation>Kontakte ausschließen, die bereits in einer früheren Aktion verwendet wurden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;umber:</source>
        <translation>Numme&amp;r:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Planned for:</source>
        <translation>&amp;Geplant für:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sender:</source>
        <translation>Ab&amp;sender:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dossier entry type:</source>
        <translation>&amp;Dossiertyp:</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Su&amp;bject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Dossier &amp;entries:</source>
        <translation>Dossiere&amp;inträge:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fixed costs:</source>
        <translation>&amp;Fixkosten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs per &amp;contact:</source>
        <translation>Kosten &amp;pro Kontakt:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no, start empty)</source>
        <translation>(nein, leer beginnen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action {number}: {name} ({count} members)</source>
        <translation>Aktion {number}: {name} ({count} Teilnehmer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The members are copied as they are, not found again.</source>
        <translation>Die Teilnehmer werden unverändert übernommen, nicht neu gesucht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take over target &amp;group of:</source>
        <translation>&amp;Zielgruppe übernehmen von:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Action {number}</source>
        <translation>Aktion {number}</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Another user deleted this action (or its campaign) while you were editing it. Your entries could not be saved.</source>
        <translation>Ein anderer Benutzer hat diese Aktion (oder ihre Kampagne) gelöscht, während Sie sie bearbeitet haben. Ihre Eingaben konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Please enter a name for the action.</source>
        <translation>Bitte geben Sie einen Namen für die Aktion ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of an action must be 1 or more.</source>
        <translation>Die Nummer einer Aktion muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another action of this campaign already has the number {number}. Please choose another number.</source>
        <translation>Eine andere Aktion dieser Kampagne hat bereits die Nummer {number}. Bitte wählen Sie eine andere Nummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Costs cannot be negative.</source>
        <translation>Kosten dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subject is too long.</source>
        <translation>Der Betreff ist zu lang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the target group of an action of this campaign can be taken over.</source>
        <translation>Es kann nur die Zielgruppe einer Aktion dieser Kampagne übernommen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please enter the subject of the e-mail.</source>
        <translation>Bitte geben Sie den Betreff der E-Mail ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please write the text of the e-mail (as plain text, HTML or both).</source>
        <translation>Bitte schreiben Sie den Text der E-Mail (als reinen Text, als HTML oder beides).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{address}” is not an e-mail address. Enter one address such as info@example.org as Reply-To, or leave it empty so that replies go to the sender.</source>
        <translation>„{address}“ ist keine E-Mail-Adresse. Geben Sie unter „Antwort an“ eine einzelne Adresse wie info@example.org ein, oder lassen Sie das Feld leer, damit Antworten an den Absender gehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please write the text of the SMS.</source>
        <translation>Bitte schreiben Sie den Text der SMS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot save the action</source>
        <translation>Aktion kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail text</source>
        <translation>E-Mail-Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML text</source>
        <translation>HTML-Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMS text</source>
        <translation>SMS-Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text}, line {line}: the fields cannot be read. Check the braces {braces}.</source>
        <translation>{text}, Zeile {line}: Die Felder können nicht gelesen werden. Prüfen Sie die Klammern {braces}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text}: unknown field «{field}» — did you mean «{suggestion}»?</source>
        <translation>{text}: unbekanntes Feld «{field}» – meinten Sie «{suggestion}»?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text}: unknown field «{field}». Choose the fields with “Insert field”.</source>
        <translation>{text}: unbekanntes Feld «{field}». Wählen Sie die Felder mit „Feld einfügen“.</translation>
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
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked</source>
        <translation>Gekoppelt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generated</source>
        <translation>Generiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w action…</source>
        <translation>&amp;Neue Aktion…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+58"/>
        <source>&amp;Mass print…</source>
        <translation>&amp;Massendruck…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Send e-mails…</source>
        <translation>E-&amp;Mails senden…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export &amp;SMS…</source>
        <translation>S&amp;MS exportieren…</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Another user changed or deleted the action in the meantime; it was not deleted. Check it and delete it again if you still want to.</source>
        <translation>Ein anderer Benutzer hat die Aktion inzwischen geändert oder gelöscht; sie wurde nicht gelöscht. Prüfen Sie sie erneut und löschen Sie sie dann, wenn Sie das weiterhin möchten.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Edit action</source>
        <translation>Aktion bearbeiten</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete action…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Another user deleted this action in the meantime.</source>
        <translation>Ein anderer Benutzer hat diese Aktion inzwischen gelöscht.</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Delete action {number} “{name}” with its target group of %n person(s)?</source>
        <translation>
            <numerusform>Aktion {number} „{name}“ mit ihrer Zielgruppe von %n Person löschen?</numerusform>
            <numerusform>Aktion {number} „{name}“ mit ihrer Zielgruppe von %n Personen löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The action has already generated %n dossier entry(s). They stay in the contacts&apos; history, but no longer point to this action.</source>
        <translation>
            <numerusform>Die Aktion hat bereits %n Dossiereintrag erzeugt. Er bleibt im Dossier des Kontakts erhalten, verweist aber nicht mehr auf diese Aktion.</numerusform>
            <numerusform>Die Aktion hat bereits %n Dossiereinträge erzeugt. Sie bleiben in den Dossiers der Kontakte erhalten, verweisen aber nicht mehr auf diese Aktion.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Delete action</source>
        <translation>Aktion löschen</translation>
    </message>
</context>
<context>
    <name>ActionTextsPanel</name>
    <message>
        <location filename="../desktop/ui/action_texts_panel.py" line="+47"/>
        <source>Insert &amp;field</source>
        <translation>Fe&amp;ld einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puts the chosen field at the cursor of the text you are writing.</source>
        <translation>Setzt das gewählte Feld an der Cursorposition des Textes ein, den Sie gerade schreiben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fields such as {example} are filled in for each contact.</source>
        <translation>Felder wie {example} werden für jeden Kontakt ausgefüllt.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Optional. When it is empty, the e-mail is sent as plain text only.</source>
        <translation>Optional. Ist es leer, wird die E-Mail nur als reiner Text gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Attach the personal letter as PDF</source>
        <translation>Persönlichen Brief als PDF &amp;anhängen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter is merged from the action&apos;s template: choose one on the page “Action”.</source>
        <translation>Der Brief wird aus der Vorlage der Aktion erstellt: Wählen Sie auf der Registerkarte „Aktion“ eine Vorlage aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>empty: replies go to the sender</source>
        <translation>leer: Antworten gehen an den Absender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;HTML:</source>
        <translation>&amp;HTML:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reply to:</source>
        <translation>Ant&amp;wort an:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Counted as written here: the fields make each SMS longer by their values.</source>
        <translation>Gezählt wie hier geschrieben: Die Felder verlängern jede SMS um ihre Werte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS &amp;text:</source>
        <translation>SMS-&amp;Text:</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unicode because of {characters}; without it {limit} characters fit in one SMS</source>
        <translation>Unicode wegen {characters}; ohne diese Zeichen passen {limit} Zeichen in eine SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{length} / {limit} characters, {parts} SMS ({kind})</source>
        <translation>{length} / {limit} Zeichen, {parts} SMS ({kind})</translation>
    </message>
</context>
<context>
    <name>Analyses</name>
    <message>
        <location filename="../desktop/campaigns/analyses.py" line="+125"/>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
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
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned from</source>
        <translation>Geplant von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned to</source>
        <translation>Geplant bis</translation>
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
        <translation>Aktionen</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+22"/>
        <source>Members linked</source>
        <translation>Gekoppelte Teilnehmer</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>Generated</source>
        <translation>Generiert</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <location line="+11"/>
        <source>Handled</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+23"/>
        <source>Responded</source>
        <translation>Reagiert</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+23"/>
        <source>Response rate</source>
        <translation>Reaktionsquote</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>Estimated costs</source>
        <translation>Plankosten</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+23"/>
        <source>Actual costs</source>
        <translation>Istkosten</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Budget used</source>
        <translation>Budget verbraucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs, actual against estimated</source>
        <translation>Kosten Plan/Ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <location line="+10"/>
        <source>Action no.</source>
        <translation>Aktion Nr.</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+13"/>
        <location line="+11"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Fixed (estimated)</source>
        <translation>Fix (Plan)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per contact (estimated)</source>
        <translation>Pro Kontakt (Plan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other estimates</source>
        <translation>Sonstige Plankosten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Estimated</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked by runs</source>
        <translation>Durch Läufe gebucht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoices</source>
        <translation>Eingangsrechnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other actual costs</source>
        <translation>Sonstige Istkosten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selections</source>
        <translation>Selektionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection</source>
        <translation>Selektion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution list</source>
        <translation>Verteiler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data source of campaigns</source>
        <translation>Datenquelle von Kampagnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linked to actions</source>
        <translation>Mit Aktionen verknüpft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last linked</source>
        <translation>Zuletzt verknüpft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned date</source>
        <translation>Geplantes Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Generated on</source>
        <translation>Generiert am</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Not linked</source>
        <translation>Nicht gekoppelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost per contact</source>
        <translation>Kosten pro Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost per response</source>
        <translation>Kosten pro Reaktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts of a campaign</source>
        <translation>Kontakte einer Kampagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact code</source>
        <translation>Kontaktnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked</source>
        <translation>Gekoppelt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left out because</source>
        <translation>Ausgeschlossen wegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Response on</source>
        <translation>Reaktion am</translation>
    </message>
</context>
<context>
    <name>AnalysesDialog</name>
    <message>
        <location filename="../desktop/ui/analyses_dialog.py" line="+64"/>
        <source>Analyses</source>
        <translation>Auswertungen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Data sets:</source>
        <translation>&amp;Datensätze:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Campaign:</source>
        <translation>&amp;Kampagne:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Preview:</source>
        <translation>&amp;Vorschau:</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the first {shown} are shown here; the export holds all)</source>
        <translation>(hier werden die ersten {shown} angezeigt; der Export enthält alle)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export the analysis</source>
        <translation>Auswertung exportieren</translation>
    </message>
</context>
<context>
    <name>AnalysisTexts</name>
    <message>
        <location filename="../desktop/analysis_texts.py" line="+50"/>
        <source>handled</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no response)</source>
        <translation>(keine Reaktion)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no action)</source>
        <translation>(keine Aktion)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no employee)</source>
        <translation>(kein Mitarbeiter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no organisation)</source>
        <translation>(keine Organisation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no account manager)</source>
        <translation>(kein Kundenbetreuer)</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../desktop/app.py" line="+41"/>
        <source>The database {where} cannot be reached.</source>
        <translation>Die Datenbank {where} ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network connection and the database settings, then start Kampagnen again. Details for your administrator: {reason}</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die Datenbankeinstellungen und starten Sie Kampagnen dann erneut. Angaben für Ihre Administration: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database {where} was set up by a newer version of Kampagnen.</source>
        <translation>Die Datenbank {where} wurde von einer neueren Version von Kampagnen eingerichtet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the newer version on this workstation; this one cannot use the database.</source>
        <translation>Installieren Sie die neuere Version auf diesem Arbeitsplatz; diese Version kann die Datenbank nicht verwenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where} is not a Kampagnen database.</source>
        <translation>{where} ist keine Kampagnen-Datenbank.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another database, or ask your administrator.</source>
        <translation>Wählen Sie eine andere Datenbank oder wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The shared database {where} must be brought to the newest version before this Kampagnen can use it. Afterwards every workstation needs this program version. Make sure a backup exists. Upgrade now?</source>
        <translation>Die gemeinsame Datenbank {where} muss auf den neuesten Stand gebracht werden, bevor diese Version von Kampagnen sie verwenden kann. Danach braucht jeder Arbeitsplatz diese Programmversion. Stellen Sie sicher, dass eine Datensicherung existiert. Jetzt aktualisieren?</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The demo data could not be created: {reason}</source>
        <translation>Die Demodaten konnten nicht angelegt werden: {reason}</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../desktop/ui/backup_actions.py" line="+29"/>
        <source>Kampagnen backups (*.sqlite3 *.db);;All files (*)</source>
        <translation>Kampagnen-Sicherungen (*.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{where} is a shared database. Its administrator backs it up and restores it (with pg_dump and pg_restore); Kampagnen backs up only a local database.</source>
        <translation>{where} ist eine gemeinsame Datenbank. Ihre Administration sichert sie und stellt sie wieder her (mit pg_dump und pg_restore); Kampagnen sichert nur eine lokale Datenbank.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} is not a database file. Choose a Kampagnen backup (.sqlite3).</source>
        <translation>{path} ist keine Datenbankdatei. Wählen Sie eine Sicherung von Kampagnen (.sqlite3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a database, but not one of Kampagnen.</source>
        <translation>{path} ist eine Datenbank, aber keine von Kampagnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} was written by a newer Kampagnen version. Install that version to restore it.</source>
        <translation>{path} wurde von einer neueren Version von Kampagnen geschrieben. Installieren Sie diese Version, um die Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} could not be written: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no database yet, so there is nothing to back up.</source>
        <translation>Es gibt noch keine Datenbank, daher gibt es nichts zu sichern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back up the database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The backup was not written. {problem}</source>
        <translation>Die Sicherung wurde nicht geschrieben. {problem}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database was backed up to {path}.</source>
        <translation>Die Datenbank wurde in {path} gesichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore the database</source>
        <translation>Datenbank wiederherstellen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Replace the data of Kampagnen with the backup {path}?</source>
        <translation>Die Daten von Kampagnen durch die Sicherung {path} ersetzen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything entered since that backup is replaced. The current data is backed up first (in {folder}), so this can be undone. Afterwards Kampagnen reloads and shows the restored data.</source>
        <translation>Alles, was seit dieser Sicherung erfasst wurde, wird überschrieben. Die aktuellen Daten werden vorher gesichert (in {folder}), sodass sich das rückgängig machen lässt. Danach lädt Kampagnen neu und zeigt die wiederhergestellten Daten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The data of the backup {path} was restored.</source>
        <translation>Die Daten der Sicherung {path} wurden wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data as it was before is in {saved}.</source>
        <translation>Der vorherige Stand der Daten liegt in {saved}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database was not restored; it is unchanged. {problem}</source>
        <translation>Die Datenbank wurde nicht wiederhergestellt; sie ist unverändert. {problem}</translation>
    </message>
</context>
<context>
    <name>CallerDialog</name>
    <message>
        <location filename="../desktop/ui/caller_dialog.py" line="+64"/>
        <source>Find contact</source>
        <translation>Kontakt suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone number, name, code, city or organisation</source>
        <translation>Telefonnummer, Name, Code, Ort oder Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find:</source>
        <translation>Such&amp;begriff:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found by</source>
        <translation>Gefunden über</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts found</source>
        <translation>Gefundene Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open contact</source>
        <translation>Kontakt ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New person…</source>
        <translation>&amp;Neue Person…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Nobody has the number {number}. Enter the caller as a new person, or search by name.</source>
        <translation>Niemand hat die Nummer {number}. Erfassen Sie den Anrufer als neue Person oder suchen Sie nach dem Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody matches “{text}”.</source>
        <translation>Niemand passt zu „{text}“.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n contact(s) found</source>
        <translation>
            <numerusform>%n Kontakt gefunden</numerusform>
            <numerusform>%n Kontakte gefunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone {number}</source>
        <translation>Telefon {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile {number}</source>
        <translation>Mobiltelefon {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation&apos;s number {number}</source>
        <translation>Nummer der Organisation {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name or code</source>
        <translation>Name oder Code</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Call from {number}</source>
        <translation>Anruf von {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (switchboard of {organisation})</source>
        <translation> (Zentrale von {organisation})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> – participant of {campaigns}</source>
        <translation> – Teilnehmer von {campaigns}</translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <location filename="../desktop/ui/campaign_editor.py" line="+133"/>
        <source>No campaign selected</source>
        <translation>Keine Kampagne ausgewählt</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>never</source>
        <translation>noch nie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Query: {name}</source>
        <translation>Abfrage: {name}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>No query chosen yet.</source>
        <translation>Noch keine Abfrage gewählt.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Di&amp;scard changes</source>
        <translation>Änderungen ver&amp;werfen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cos&amp;ts</source>
        <translation>Kos&amp;ten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response t&amp;ypes</source>
        <translation>Reaktion&amp;sarten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tas&amp;ks</source>
        <translation>Au&amp;fgaben</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Distribution list: {name}</source>
        <translation>Verteiler: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{when} by {who}</source>
        <translation>{when} von {who}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The campaign “{name}” has unsaved changes. Save them?</source>
        <translation>Die Kampagne „{name}“ hat ungespeicherte Änderungen. Sollen sie gespeichert werden?</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Please enter a name for the campaign.</source>
        <translation>Bitte geben Sie einen Namen für die Kampagne ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please enter a campaign number.</source>
        <translation>Bitte geben Sie eine Kampagnennummer ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another campaign already has the number {number}. Please choose another number.</source>
        <translation>Eine andere Kampagne hat bereits die Nummer {number}. Bitte wählen Sie eine andere Nummer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The planned end lies before the planned start. Please correct one of the dates.</source>
        <translation>Das geplante Ende liegt vor dem geplanten Beginn. Bitte korrigieren Sie eines der Daten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The budget cannot be negative.</source>
        <translation>Das Budget darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot save the campaign</source>
        <translation>Kampagne kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../forms/campaign_editor.ui" line="+23"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Budget:</source>
        <translation>Budg&amp;et:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Last run:</source>
        <translation>Letzter Lauf:</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Nu&amp;mber:</source>
        <translation>Nu&amp;mmer:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Planne&amp;d from:</source>
        <translation>Geplant &amp;von:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>to</source>
        <translation>b&amp;is</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Desc&amp;ription:</source>
        <translation>Beschreibun&amp;g:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Last saved:</source>
        <translation>Zuletzt gespeichert:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Campaign</source>
        <translation>&amp;Kampagne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose data source</source>
        <translation>Datenquelle wählen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit &amp;query for campaign…</source>
        <translation>Abfra&amp;ge editieren für Kampagne…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose action</source>
        <translation>Aktion wählen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Data group for actions / selection of recipients</source>
        <translation>Gruppe von Daten für Aktionen / Auswahl der Empfänger</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
</context>
<context>
    <name>CampaignList</name>
    <message>
        <location filename="../forms/campaign_list.ui" line="+16"/>
        <source>Filter by number or name</source>
        <translation>Nach Nummer oder Name filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter campaigns</source>
        <translation>Kampagnen filtern</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
</context>
<context>
    <name>CampaignTab</name>
    <message>
        <location filename="../desktop/ui/campaign_tab.py" line="+79"/>
        <source>Choose distri&amp;bution list…</source>
        <translation>&amp;Verteiler wählen…</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+6"/>
        <location line="+8"/>
        <source>Choose distribution list</source>
        <translation>Verteiler wählen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>There are no distribution lists yet. Save a query as a distribution list first (Query → Save as selection, “distribution list”).</source>
        <translation>Es gibt noch keine Verteiler. Speichern Sie zuerst eine Abfrage als Verteiler (Abfrage → Als Selektion speichern, „Als Verteiler verwenden“).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data source of the campaign:</source>
        <translation>Datenquelle der Kampagne:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The campaign or the distribution list was deleted by another user in the meantime.</source>
        <translation>Die Kampagne oder der Verteiler wurde inzwischen von einem anderen Benutzer gelöscht.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Link selection</source>
        <translation>Selektion verknüpfen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Finding and adding the persons of “{name}”…</source>
        <translation>Personen von „{name}“ werden gesucht und hinzugefügt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The selection “{name}” was already linked to this action on {when}. Its persons are in the target group; a selection can be linked to an action only once.</source>
        <translation>Die Selektion „{name}“ wurde bereits am {when} mit dieser Aktion verknüpft. Ihre Personen sind in der Zielgruppe; eine Selektion kann nur einmal mit einer Aktion verknüpft werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The selection or the action was deleted by another user in the meantime.</source>
        <translation>Die Selektion oder die Aktion wurde inzwischen von einem anderen Benutzer gelöscht.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n person(s) added to the target group.</source>
        <translation>
            <numerusform>%n Person zur Zielgruppe hinzugefügt.</numerusform>
            <numerusform>%n Personen zur Zielgruppe hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n were members already.</source>
        <translation>
            <numerusform>%n war bereits Teilnehmer.</numerusform>
            <numerusform>%n waren bereits Teilnehmer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n left out: already used in an earlier action.</source>
        <translation>
            <numerusform>%n ausgeschlossen: bereits in einer früheren Aktion verwendet.</numerusform>
            <numerusform>%n ausgeschlossen: bereits in einer früheren Aktion verwendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cannot be reached through this channel; they are listed under “Left out”.</source>
        <translation>
            <numerusform>%n Person kommt für diesen Kanal nicht in Frage; sie steht unter „Ausgeschlossen“.</numerusform>
            <numerusform>%n Personen kommen für diesen Kanal nicht in Frage; sie stehen unter „Ausgeschlossen“.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+13"/>
        <source>Add persons</source>
        <translation>Personen hinzufügen</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Adding the persons found…</source>
        <translation>Gefundene Personen werden hinzugefügt…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import members</source>
        <translation>Teilnehmer importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
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
        <translation>Name</translation>
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
        <translation>Datenbank-URL oder SQLite-Datei (Vorgabe: die lokale Datenbank)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language of the interface</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the window on a fresh demo database</source>
        <translation>das Fenster mit einer neuen Demodatenbank öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the first-start assistant again (database, who you are, printer)</source>
        <translation>den Einrichtungsassistenten erneut öffnen (Datenbank, wer Sie sind, Drucker)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log details to the console</source>
        <translation>Einzelheiten in der Konsole protokollieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kampagnen: campaigns, target groups and mass mailings. Without a command the window opens.</source>
        <translation>Kampagnen: Kampagnen, Zielgruppen und Massendruck. Ohne Befehl öffnet sich das Fenster.</translation>
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
        <translation>BEFEHL</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>database administration</source>
        <translation>Datenbankverwaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create the database or bring it to the newest schema</source>
        <translation>die Datenbank anlegen oder auf das neueste Schema bringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do not ask before upgrading a shared database</source>
        <translation>vor dem Aktualisieren einer gemeinsamen Datenbank nicht nachfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write a backup of the local database (also while the program runs)</source>
        <translation>eine Sicherung der lokalen Datenbank schreiben (auch während das Programm läuft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup file or a folder (default: a dated file in the backup folder)</source>
        <translation>die Sicherungsdatei oder ein Ordner (Vorgabe: eine Datei mit Datum im Sicherungsordner)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace the local database with a backup (the current data is backed up first)</source>
        <translation>die lokale Datenbank durch eine Sicherung ersetzen (die aktuellen Daten werden vorher gesichert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup file to restore</source>
        <translation>die wiederherzustellende Sicherungsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do not ask before replacing the database</source>
        <translation>vor dem Ersetzen der Datenbank nicht nachfragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fill the database with demo data</source>
        <translation>die Datenbank mit Demodaten füllen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number of persons (default 2000)</source>
        <translation>Anzahl der Personen (Vorgabe 2000)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same seed gives the same data (default 1)</source>
        <translation>derselbe Startwert ergibt dieselben Daten (Vorgabe 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete all data in the database first</source>
        <translation>vorher alle Daten in der Datenbank löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check this workstation and the database</source>
        <translation>diesen Arbeitsplatz und die Datenbank prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the caller with this phone number in the window (for telephone systems)</source>
        <translation>den Anrufer mit dieser Telefonnummer im Fenster anzeigen (für Telefonanlagen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the caller&apos;s number, in any usual form</source>
        <translation>die Nummer des Anrufers, in jeder üblichen Schreibweise</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Kampagnen needs a screen, and none was found (DISPLAY is not set). Start it in a desktop session; on a server use xvfb-run or one of the commands (kampagnen --help).</source>
        <translation>Kampagnen braucht einen Bildschirm, es wurde aber keiner gefunden (DISPLAY ist nicht gesetzt). Starten Sie das Programm in einer Desktop-Sitzung; auf einem Server verwenden Sie xvfb-run oder einen der Befehle (kampagnen --help).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Creating employees…</source>
        <translation>Mitarbeiter werden angelegt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating organisations…</source>
        <translation>Organisationen werden angelegt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating persons…</source>
        <translation>Personen werden angelegt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating campaigns…</source>
        <translation>Kampagnen werden angelegt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating campaign history…</source>
        <translation>Kampagnenverlauf wird angelegt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database {where} cannot be reached: {reason}. Check the address, the network and the password.</source>
        <translation>Die Datenbank {where} ist nicht erreichbar: {reason}. Prüfen Sie die Adresse, das Netzwerk und das Passwort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database {where} was upgraded by a newer Kampagnen. Install the newer version.</source>
        <translation>Die Datenbank {where} wurde von einer neueren Version von Kampagnen aktualisiert. Installieren Sie die neuere Version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} is not a Kampagnen database. Choose another database with --database.</source>
        <translation>{where} ist keine Kampagnen-Datenbank. Wählen Sie mit --database eine andere Datenbank.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database {where} is up to date (schema {head}).</source>
        <translation>Die Datenbank {where} ist auf dem neuesten Stand (Schema {head}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shared database {where} will be brought to schema {head}. Every workstation then needs this program version. Continue? [y/N] </source>
        <translation>Die gemeinsame Datenbank {where} wird auf Schema {head} gebracht. Danach braucht jeder Arbeitsplatz diese Programmversion. Fortfahren? [j/N] </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not upgraded: confirm with --yes to upgrade a shared database without asking.</source>
        <translation>Nicht aktualisiert: Bestätigen Sie mit --yes, um eine gemeinsame Datenbank ohne Rückfrage zu aktualisieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not upgraded.</source>
        <translation>Nicht aktualisiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+63"/>
        <source>The previous data was backed up to {path}.</source>
        <translation>Die bisherigen Daten wurden in {path} gesichert.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>The database {where} is now at schema {head}.</source>
        <translation>Die Datenbank {where} ist jetzt auf Schema {head}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where} is a shared database: its administrator backs it up and restores it with pg_dump and pg_restore.</source>
        <translation>{where} ist eine gemeinsame Datenbank: Ihre Administration sichert sie mit pg_dump und stellt sie mit pg_restore wieder her.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no database at {where} yet, so there is nothing to back up.</source>
        <translation>Unter {where} gibt es noch keine Datenbank, daher gibt es nichts zu sichern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} is not a database file. Choose a Kampagnen backup (.sqlite3).</source>
        <translation>{where} ist keine Datenbankdatei. Wählen Sie eine Sicherung von Kampagnen (.sqlite3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} cannot be read: {reason}.</source>
        <translation>{where} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup {where} could not be written: {reason}.</source>
        <translation>Die Sicherung {where} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} was written by a newer Kampagnen (schema {revision}). Install the newer version to restore it.</source>
        <translation>{where} wurde von einer neueren Version von Kampagnen geschrieben (Schema {revision}). Installieren Sie die neuere Version, um die Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} is not a Kampagnen database.</source>
        <translation>{where} ist keine Kampagnen-Datenbank.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database {where} was backed up to {path}.</source>
        <translation>Die Datenbank {where} wurde in {path} gesichert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not restored: confirm with --yes to replace the database without asking.</source>
        <translation>Nicht wiederhergestellt: Bestätigen Sie mit --yes, um die Datenbank ohne Rückfrage zu ersetzen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database {where} will be replaced by {path} (schema {revision}). The current data is backed up first. Close Kampagnen on this workstation before. Continue? [y/N] </source>
        <translation>Die Datenbank {where} wird durch {path} ersetzt (Schema {revision}). Die aktuellen Daten werden vorher gesichert. Beenden Sie zuvor Kampagnen auf diesem Arbeitsplatz. Fortfahren? [j/N] </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not restored.</source>
        <translation>Nicht wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database {where} was restored from {path}.</source>
        <translation>Die Datenbank {where} wurde aus {path} wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The shared database must be upgraded first: kampagnen db upgrade</source>
        <translation>Die gemeinsame Datenbank muss zuerst aktualisiert werden: kampagnen db upgrade</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--persons must be at least 1.</source>
        <translation>--persons muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database {where} already holds data. Use --replace to delete it and create demo data.</source>
        <translation>Die Datenbank {where} enthält bereits Daten. Mit --replace werden sie gelöscht und Demodaten angelegt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Demo data created in {where}: {persons} persons, {organisations} organisations, {campaigns} campaigns ({seconds:.1f} s).</source>
        <translation>Demodaten in {where} angelegt: {persons} Personen, {organisations} Organisationen, {campaigns} Kampagnen ({seconds:.1f} s).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The database {where} must be upgraded first: kampagnen db upgrade</source>
        <translation>Die Datenbank {where} muss zuerst aktualisiert werden: kampagnen db upgrade</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kampagnen cannot work on this workstation until the errors above are fixed.</source>
        <translation>Kampagnen kann auf diesem Arbeitsplatz erst arbeiten, wenn die oben genannten Fehler behoben sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything Kampagnen needs was found.</source>
        <translation>Alles, was Kampagnen braucht, ist vorhanden.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_query.py" line="-8"/>
        <source>run a query definition (JSON)</source>
        <translation>eine Abfragedefinition (JSON) ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the persons a query finds, or export them</source>
        <translation>die gefundenen Personen ausgeben oder exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>the query definition</source>
        <translation>die Abfragedefinition</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>print only the number of persons found</source>
        <translation>nur die Anzahl der gefundenen Personen ausgeben</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="-319"/>
        <location line="+2"/>
        <location filename="../desktop/cli_campaign.py" line="+27"/>
        <location filename="../desktop/cli_generate.py" line="+39"/>
        <location line="+3"/>
        <location filename="../desktop/cli_query.py" line="+1"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../desktop/cli_query.py" line="+0"/>
        <source>write the result to a .csv or .xlsx file</source>
        <translation>das Ergebnis in eine .csv- oder .xlsx-Datei schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved selections and distribution lists</source>
        <translation>gespeicherte Selektionen und Verteiler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save a query definition as a selection</source>
        <translation>eine Abfragedefinition als Selektion speichern</translation>
    </message>
    <message>
        <location filename="../desktop/cli_analysis.py" line="+32"/>
        <source>figures of a campaign: members, generated, handled, responses, costs</source>
        <translation>Kennzahlen einer Kampagne: Teilnehmer, generiert, erledigt, Reaktionen, Kosten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>count a campaign&apos;s dossier items by up to three fields</source>
        <translation>die Dossiereinträge einer Kampagne nach bis zu drei Feldern zählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FIELD</source>
        <translation>FELD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also write the tree to an Excel or CSV file</source>
        <translation>den Baum zusätzlich in eine Excel- oder CSV-Datei schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export an analysis data set for Excel</source>
        <translation>einen Auswertungsdatensatz für Excel exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/cli_campaign.py" line="-32"/>
        <location line="+8"/>
        <location filename="../desktop/cli_query.py" line="+1"/>
        <location filename="../desktop/cli_template.py" line="+8"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the campaign (for “contacts”)</source>
        <translation>die Kampagne (für „contacts“)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no campaign numbered “{number}”. kampagnen campaign list shows the campaigns.</source>
        <translation>Es gibt keine Kampagne mit der Nummer „{number}“. kampagnen campaign list zeigt die Kampagnen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not linked</source>
        <translation>Nicht gekoppelt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generated</source>
        <translation>Generiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handled</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responded</source>
        <translation>Reagiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Estimated</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Budget {budget}, used {share}</source>
        <translation>Budget {budget}, verbraucht {share}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give one to three different fields.</source>
        <translation>Geben Sie ein bis drei verschiedene Felder an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All dossier items: {count}</source>
        <translation>Alle Dossiereinträge: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} could not be written: {reason}. Close it if it is open in Excel, or choose another folder.</source>
        <translation>{file} konnte nicht geschrieben werden: {reason}. Schließen Sie die Datei, falls sie in Excel geöffnet ist, oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rows} rows written to {file}.</source>
        <translation>{rows} Zeilen in {file} geschrieben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This analysis needs --campaign NUMBER.</source>
        <translation>Diese Auswertung braucht --campaign NUMMER.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_query.py" line="+2"/>
        <source>a description of the selection</source>
        <translation>eine Beschreibung der Selektion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save it as a distribution list</source>
        <translation>als Verteiler speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace a selection of the same name</source>
        <translation>eine Selektion gleichen Namens ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the saved selections</source>
        <translation>die gespeicherten Selektionen auflisten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The file {path} cannot be read: {reason}</source>
        <translation>Die Datei {path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>{path}, line {line}: this is not a query definition (JSON): {reason}</source>
        <translation>{path}, Zeile {line}: Das ist keine Abfragedefinition (JSON): {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{path}: the export file must end in .csv or .xlsx.</source>
        <translation>{path}: Die Exportdatei muss auf .csv oder .xlsx enden.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_campaign.py" line="-14"/>
        <source>the campaign number, e.g. 2026-001</source>
        <translation>die Kampagnennummer, z. B. 2026-001</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number of the action in its campaign (1, 2 …)</source>
        <translation>die Nummer der Aktion in ihrer Kampagne (1, 2 …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create a planned campaign</source>
        <translation>eine geplante Kampagne anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the campaign number (default: the next free one of the year)</source>
        <translation>die Kampagnennummer (Vorgabe: die nächste freie des Jahres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the campaigns with their status and number of actions</source>
        <translation>die Kampagnen mit Status und Anzahl der Aktionen auflisten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>actions of a campaign and their target groups</source>
        <translation>Aktionen einer Kampagne und ihre Zielgruppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add an action to a campaign</source>
        <translation>einer Kampagne eine Aktion hinzufügen</translation>
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
        <translation>KAMPAGNE</translation>
    </message>
    <message>
        <location filename="../desktop/cli_campaign.py" line="-20"/>
        <source>how the action reaches its target group (default: letter)</source>
        <translation>wie die Aktion ihre Zielgruppe erreicht (Vorgabe: letter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>take over the target group of this action of the campaign</source>
        <translation>die Zielgruppe dieser Aktion der Kampagne übernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave out contacts already used in an earlier action when selections are linked</source>
        <translation>beim Verknüpfen von Selektionen Kontakte ausschließen, die bereits in einer früheren Aktion verwendet wurden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add the persons a saved selection finds now to the target group</source>
        <translation>die Personen, die eine gespeicherte Selektion jetzt findet, zur Zielgruppe hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SELECTION</source>
        <translation>SELEKTION</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the name of the saved selection</source>
        <translation>der Name der gespeicherten Selektion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave out persons linked in an earlier action of the campaign (default: the action&apos;s setting)</source>
        <translation>Personen ausschließen, die in einer früheren Aktion der Kampagne gekoppelt waren (Vorgabe: die Einstellung der Aktion)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import target group members from a CSV file</source>
        <translation>Teilnehmer einer Zielgruppe aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact codes, and optionally campaign, action and linked (J/N) columns</source>
        <translation>Kontaktnummern, optional auch Spalten für Kampagne, Aktion und Gekoppelt (J/N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the campaign of the lines that name none (with --action)</source>
        <translation>die Kampagne für Zeilen, die keine nennen (mit --action)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the action of the lines that name none (with --campaign)</source>
        <translation>die Aktion für Zeilen, die keine nennen (mit --campaign)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the target group of an action, or export it</source>
        <translation>die Zielgruppe einer Aktion auflisten oder exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write the members to a .csv file for Excel</source>
        <translation>die Teilnehmer in eine .csv-Datei für Excel schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the members excluded from the action&apos;s channel</source>
        <translation>nur die Teilnehmer, die für den Kanal der Aktion ausgeschlossen sind</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The campaign, the action or the selection was deleted by another user in the meantime. Nothing was changed.</source>
        <translation>Die Kampagne, die Aktion oder die Selektion wurde inzwischen von einem anderen Benutzer gelöscht. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is no campaign with the number “{number}”. kampagnen campaign list shows the campaigns.</source>
        <translation>Es gibt keine Kampagne mit der Nummer „{number}“. Mit kampagnen campaign list sehen Sie die Kampagnen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Campaign {number} has no action {sequence}. Its actions are: {sequences}.</source>
        <translation>Kampagne {number} hat keine Aktion {sequence}. Ihre Aktionen sind: {sequences}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign {number} has no action {sequence}; it has no actions yet (kampagnen action add).</source>
        <translation>Kampagne {number} hat keine Aktion {sequence}; sie hat noch keine Aktionen (kampagnen action add).</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+18"/>
        <source>Please give the campaign a name.</source>
        <translation>Bitte geben Sie der Kampagne einen Namen.</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+48"/>
        <location filename="../desktop/cli_template.py" line="+31"/>
        <source>The name is too long: at most {max} characters.</source>
        <translation>Der Name ist zu lang: höchstens {max} Zeichen.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The campaign number must not be empty; leave --number out to get the next free one.</source>
        <translation>Die Kampagnennummer darf nicht leer sein; lassen Sie --number weg, um die nächste freie zu erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The campaign number is too long: at most {max} characters.</source>
        <translation>Die Kampagnennummer ist zu lang: höchstens {max} Zeichen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is already a campaign with the number “{number}”.</source>
        <translation>Es gibt bereits eine Kampagne mit der Nummer „{number}“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign {number} “{name}” created (id {id}).</source>
        <translation>Kampagne {number} „{name}“ angelegt (ID {id}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no campaigns yet.</source>
        <translation>Es gibt noch keine Kampagnen.</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+18"/>
        <source>Please give the action a name.</source>
        <translation>Bitte geben Sie der Aktion einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action {sequence} “{name}” added to campaign {number}.</source>
        <translation>Aktion {sequence} „{name}“ zur Kampagne {number} hinzugefügt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target group of action {source} taken over: {total} members, {linked} linked, {excluded} excluded.</source>
        <translation>Zielgruppe von Aktion {source} übernommen: {total} Teilnehmer, {linked} gekoppelt, {excluded} ausgeschlossen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no selection called “{name}”. kampagnen selection list shows the saved selections.</source>
        <translation>Es gibt keine Selektion „{name}“. Mit kampagnen selection list sehen Sie die gespeicherten Selektionen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The selection “{name}” was linked to action {sequence} of campaign {number} already on {when}. Its persons are in the target group; a selection can be linked to an action only once.</source>
        <translation>Die Selektion „{name}“ wurde bereits am {when} mit Aktion {sequence} der Kampagne {number} verknüpft. Ihre Personen sind in der Zielgruppe; eine Selektion kann nur einmal mit einer Aktion verknüpft werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selection “{name}” linked to action {sequence} of campaign {number}.</source>
        <translation>Selektion „{name}“ mit Aktion {sequence} der Kampagne {number} verknüpft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons found: {count}</source>
        <translation>Gefundene Personen: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added: {count}</source>
        <translation>Hinzugefügt: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already members: {count}</source>
        <translation>Bereits Teilnehmer: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out as used in an earlier action: {count}</source>
        <translation>Ausgeschlossen, da in einer früheren Aktion verwendet: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added but excluded from the channel: {count}</source>
        <translation>Hinzugefügt, aber für den Kanal ausgeschlossen: {count}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file {file} names no action. Give --campaign and --action, or add the columns “Kampagne” and “Aktion” (campaign number and number of the action in it).</source>
        <translation>Die Datei {file} nennt keine Aktion. Geben Sie --campaign und --action an oder fügen Sie die Spalten „Kampagne“ und „Aktion“ hinzu (Kampagnennummer und Nummer der Aktion darin).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the line names no campaign. Fill in its campaign column, or give --campaign and --action.</source>
        <translation>Die Zeile nennt keine Kampagne. Füllen Sie ihre Kampagnenspalte aus oder geben Sie --campaign und --action an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}, line {line}: {problem}</source>
        <translation>{path}, Zeile {line}: {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give --campaign and --action together, or neither: then every line of the file names its campaign and action.</source>
        <translation>Geben Sie --campaign und --action zusammen an oder keines von beiden: Dann nennt jede Zeile der Datei ihre Kampagne und Aktion.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing was imported. Correct the lines above in {path} and import the file again.</source>
        <translation>Es wurde nichts importiert. Korrigieren Sie die oben genannten Zeilen in {path} und importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members imported from {path}:</source>
        <translation>Teilnehmer aus {path} importiert:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign {number}, action {sequence}: added {added}, already members {already}, excluded {excluded}</source>
        <translation>Kampagne {number}, Aktion {sequence}: hinzugefügt {added}, bereits Teilnehmer {already}, ausgeschlossen {excluded}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Code</source>
        <translation>Kontaktnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../desktop/cli_analysis.py" line="+44"/>
        <location filename="../desktop/cli_campaign.py" line="+1"/>
        <source>Linked</source>
        <translation>Gekoppelt</translation>
    </message>
    <message>
        <location filename="../desktop/cli_campaign.py" line="+1"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded because</source>
        <translation>Ausschlussgrund</translation>
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
        <translation>{path}: Die Exportdatei muss auf .csv enden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../desktop/cli_export.py" line="+32"/>
        <location filename="../desktop/cli_query.py" line="+6"/>
        <location filename="../desktop/cli_report.py" line="+80"/>
        <source>The file {path} could not be written: {reason}</source>
        <translation>Die Datei {path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/cli_query.py" line="+3"/>
        <source>{rows} rows written to {path}.</source>
        <translation>{rows} Zeilen in {path} geschrieben.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_query.py" line="+8"/>
        <location line="+14"/>
        <source>There is already a selection called “{name}”. Use --replace to overwrite it.</source>
        <translation>Es gibt bereits eine Selektion „{name}“. Mit --replace wird sie überschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please give the selection a name.</source>
        <translation>Bitte geben Sie der Selektion einen Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection “{name}” saved.</source>
        <translation>Selektion „{name}“ gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no saved selections yet.</source>
        <translation>Es gibt noch keine gespeicherten Selektionen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>distribution list</source>
        <translation>Verteiler</translation>
    </message>
    <message>
        <location filename="../desktop/cli_generate.py" line="-2"/>
        <source>print the letters of an action: merge, convert, archive, book and print</source>
        <translation>die Briefe einer Aktion drucken: zusammenführen, umwandeln, archivieren, buchen und drucken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>where the combined PDF of all letters goes (default: CAMPAIGN-SEQ.pdf here)</source>
        <translation>wohin die gemeinsame PDF-Datei aller Briefe geschrieben wird (Vorgabe: KAMPAGNE-SEQ.pdf im aktuellen Ordner)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PRINTER</source>
        <translation>DRUCKER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the letters on this printer</source>
        <translation>die Briefe auf diesem Drucker drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FOLDER</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>write one PDF per letter into this folder instead of one combined PDF</source>
        <translation>je Brief eine eigene PDF-Datei in diesen Ordner schreiben statt einer gemeinsamen PDF-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>copies to print</source>
        <translation>Anzahl der zu druckenden Exemplare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print on both sides</source>
        <translation>beidseitig drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>continue the run that stopped, where it stopped</source>
        <translation>den unterbrochenen Lauf an der Stelle fortsetzen, an der er unterbrochen wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generate the letters again although the action was generated before</source>
        <translation>die Briefe erneut generieren, obwohl die Aktion bereits generiert wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only check the template and count the letters; write nothing</source>
        <translation>nur die Vorlage prüfen und die Briefe zählen; nichts schreiben</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>the Word template: a .docx file or the name of an imported template; default: the German sample letter</source>
        <translation>die Word-Vorlage: eine .docx-Datei oder der Name einer importierten Vorlage; Vorgabe: der deutsche Musterbrief</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The template {file} is neither a file nor an imported template.</source>
        <translation>Die Vorlage {file} ist weder eine Datei noch eine importierte Vorlage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is not a usable Word template: {reason}</source>
        <translation>{file} ist keine verwendbare Word-Vorlage: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correct the template first; nothing was generated.</source>
        <translation>Korrigieren Sie zuerst die Vorlage; es wurde nichts generiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no printer “{printer}”. Printers: {names}</source>
        <translation>Es gibt keinen Drucker „{printer}“. Drucker: {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} letters would be generated for action {action}.</source>
        <translation>Für Aktion {action} würden {count} Briefe generiert.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_export.py" line="-42"/>
        <source>write the generated letters of an action as a ZIP for a print service (PDF and manifest)</source>
        <translation>die generierten Briefe einer Aktion als ZIP-Datei für einen Druckdienstleister schreiben (PDF und Manifest)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the ZIP file to write</source>
        <translation>die zu schreibende ZIP-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order the letters by postcode (for postage discounts)</source>
        <translation>die Briefe nach Postleitzahl sortieren (für Portoermäßigungen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write the SMS of an action as a CSV file for an SMS gateway, with a dossier item per contact</source>
        <translation>die SMS einer Aktion als CSV-Datei für ein SMS-Gateway schreiben, mit einem Dossiereintrag je Kontakt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the CSV file to write</source>
        <translation>die zu schreibende CSV-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>continue the export that stopped, where it stopped</source>
        <translation>den unterbrochenen Export an der Stelle fortsetzen, an der er unterbrochen wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export the SMS again although the action was exported before</source>
        <translation>die SMS erneut exportieren, obwohl die Aktion bereits exportiert wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report texts longer than N SMS (default: 1)</source>
        <translation>Texte melden, die länger als N SMS sind (Vorgabe: 1)</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+6"/>
        <source>Action {action} has no generated letters yet. Generate them first (kampagnen action generate).</source>
        <translation>Aktion {action} hat noch keine generierten Briefe. Generieren Sie sie zuerst (kampagnen action generate).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{letters} letters ({pages} pages) of run {run} written to {file}.</source>
        <translation>{letters} Briefe ({pages} Seiten) von Lauf {run} in {file} geschrieben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Action {action} is not an SMS action.</source>
        <translation>Aktion {action} ist keine SMS-Aktion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SMS text of action {action} cannot be used: {reason}</source>
        <translation>Der SMS-Text der Aktion {action} kann nicht verwendet werden: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/cli_generate.py" line="-40"/>
        <source>Action {action} is being generated right now by {who} on {host} (since {when}).</source>
        <translation>Aktion {action} wird gerade von {who} auf {host} generiert (seit {when}).</translation>
    </message>
    <message>
        <location filename="../desktop/cli_export.py" line="+5"/>
        <source>The SMS of action {action} were exported on {when} by {who}. To export them once more (new dossier items and costs), add --again.</source>
        <translation>Die SMS der Aktion {action} wurden am {when} von {who} exportiert. Um sie noch einmal zu exportieren (neue Dossiereinträge und Kosten), geben Sie --again an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Left out: {code} {name}: {reason}</source>
        <translation>Ausgeschlossen: {code} {name}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unicode, because of {characters}</source>
        <translation>Unicode wegen {characters}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too long: {code} {name}: {length} characters, {parts} SMS ({limit})</source>
        <translation>Zu lang: {code} {name}: {length} Zeichen, {parts} SMS ({limit})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} SMS written to {file}; {left} contacts left out.</source>
        <translation>{count} SMS in {file} geschrieben; {left} Kontakte ausgeschlossen.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_generate.py" line="+56"/>
        <source>The letters of action {action} were generated on {when} by {who}. To write them once more (new letters, dossier items and costs), add --again.</source>
        <translation>Die Briefe der Aktion {action} wurden am {when} von {who} generiert. Um sie noch einmal zu schreiben (neue Briefe, Dossiereinträge und Kosten), geben Sie --again an.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Action {action} has no linked member to write to.</source>
        <translation>Aktion {action} hat keinen gekoppelten Teilnehmer, an den geschrieben werden kann.</translation>
    </message>
    <message>
        <location line="+56"/>
        <location filename="../desktop/cli_send.py" line="+66"/>
        <source>LibreOffice was not found. Install it (or Microsoft Word) and start again.</source>
        <translation>LibreOffice wurde nicht gefunden. Installieren Sie es (oder Microsoft Word) und starten Sie erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The run stopped: {reason}. Continue it with --resume.</source>
        <translation>Der Lauf wurde unterbrochen: {reason}. Setzen Sie ihn mit --resume fort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letters are archived and saved in {file}, but printing failed: {reason}. The run is paused: print with --resume (and --print for another printer).</source>
        <translation>Die Briefe sind archiviert und in {file} gespeichert, aber das Drucken ist fehlgeschlagen: {reason}. Der Lauf ist angehalten: Drucken Sie mit --resume (und --print für einen anderen Drucker).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer {printer} is no longer available; the run is paused. Continue it with --resume (and --print for another printer).</source>
        <translation>Der Drucker {printer} ist nicht mehr verfügbar; der Lauf ist angehalten. Setzen Sie ihn mit --resume fort (und --print für einen anderen Drucker).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printing failed: {reason}</source>
        <translation>Das Drucken ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{letters} letters generated, one PDF each in {folder}</source>
        <translation>{letters} Briefe generiert, je Brief eine PDF-Datei in {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{letters} letters ({pages} pages) generated: {file}</source>
        <translation>{letters} Briefe ({pages} Seiten) generiert: {file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent to {printer} as job {job}.</source>
        <translation>Als Druckauftrag {job} an {printer} gesendet.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_template.py" line="-56"/>
        <source>letter templates (Word files)</source>
        <translation>Briefvorlagen (Word-Dateien)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check a Word file and store it as a new template</source>
        <translation>eine Word-Datei prüfen und als neue Vorlage speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the template&apos;s name (default: the file&apos;s name)</source>
        <translation>der Name der Vorlage (Vorgabe: der Dateiname)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the language of the letters (default: from the file name&apos;s _de/_nl/_en ending, else de)</source>
        <translation>die Sprache der Briefe (Vorgabe: nach der Endung _de/_nl/_en des Dateinamens, sonst de)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the templates with their version and number of problems</source>
        <translation>die Vorlagen mit Version und Anzahl der Probleme auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check a template again and list what is wrong, with the places</source>
        <translation>eine Vorlage erneut prüfen und auflisten, was wo nicht stimmt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>There is already a template named “{name}”. Choose another name with --name.</source>
        <translation>Es gibt bereits eine Vorlage „{name}“. Wählen Sie mit --name einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template “{name}” imported as version 1 (id {id}).</source>
        <translation>Vorlage „{name}“ als Version 1 importiert (ID {id}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check found:</source>
        <translation>Die Prüfung hat Folgendes gefunden:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no templates yet (kampagnen template import FILE).</source>
        <translation>Es gibt noch keine Vorlagen (kampagnen template import DATEI).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no template named “{name}”. kampagnen template list shows the templates.</source>
        <translation>Es gibt keine Vorlage „{name}“. Mit kampagnen template list sehen Sie die Vorlagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template “{name}” version {revision}: no problems.</source>
        <translation>Vorlage „{name}“, Version {revision}: keine Probleme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template “{name}” version {revision}:</source>
        <translation>Vorlage „{name}“, Version {revision}:</translation>
    </message>
    <message>
        <location filename="../desktop/cli_send.py" line="-68"/>
        <source>send the e-mails of an action: one per linked member, archived with a dossier item</source>
        <translation>die E-Mails einer Aktion versenden: eine je gekoppelten Teilnehmer, jeweils mit einem Dossiereintrag archiviert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only list who would get no e-mail, and why; send nothing</source>
        <translation>nur auflisten, wer keine E-Mail erhalten würde und warum; nichts versenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>send the e-mails that failed for a temporary reason once more</source>
        <translation>die aus einem vorübergehenden Grund fehlgeschlagenen E-Mails erneut versenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with --retry: also those the server refused (after correcting the address)</source>
        <translation>mit --retry: auch die vom Server abgelehnten (nachdem Sie die Adresse korrigiert haben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with --retry: also those that may have arrived (after checking they did not)</source>
        <translation>mit --retry: auch die möglicherweise angekommenen (nachdem Sie geprüft haben, dass sie nicht angekommen sind)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>send the first member&apos;s e-mail to ADDRESS instead, and record nothing</source>
        <translation>stattdessen die E-Mail des ersten Teilnehmers an ADRESSE senden und nichts erfassen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+51"/>
        <source>No e-mail for:</source>
        <translation>Keine E-Mail für:</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>{count} members of action {action} would get no e-mail.</source>
        <translation>{count} Teilnehmer der Aktion {action} würden keine E-Mail erhalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No mail server is set up. Enter it in the settings (smtp_host, smtp_port, smtp_user).</source>
        <translation>Es ist kein Mailserver eingerichtet. Tragen Sie ihn in den Einstellungen ein (smtp_host, smtp_port, smtp_user).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A test e-mail went to {address}.</source>
        <translation>Eine Test-E-Mail wurde an {address} gesendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The e-mails of action {action} are being sent right now by {who} on {host} (since {when}).</source>
        <translation>Die E-Mails der Aktion {action} werden gerade von {who} auf {host} versendet (seit {when}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The e-mails of action {action} were sent. To send the failed ones again, add --retry.</source>
        <translation>Die E-Mails der Aktion {action} wurden bereits versendet. Um die fehlgeschlagenen erneut zu versenden, geben Sie --retry an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action {action} has nobody to send an e-mail to.</source>
        <translation>Für Aktion {action} gibt es niemanden, an den eine E-Mail gesendet werden kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mails of action {action} cannot be sent: {reason}</source>
        <translation>Die E-Mails der Aktion {action} können nicht versendet werden: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server did not take the e-mails: {reason}. Nothing was sent twice; continue with the same command once it answers.</source>
        <translation>Der Mailserver hat die E-Mails nicht angenommen: {reason}. Es wurde nichts doppelt versendet; fahren Sie mit demselben Befehl fort, sobald er wieder antwortet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The run stopped: {reason}. Continue it with the same command.</source>
        <translation>Der Lauf wurde unterbrochen: {reason}. Setzen Sie ihn mit demselben Befehl fort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed:</source>
        <translation>Fehlgeschlagen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maybe arrived (not sent again):</source>
        <translation>Möglicherweise angekommen (nicht erneut versendet):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{sent} e-mails sent, {failed} failed, {uncertain} uncertain, {skipped} left out.</source>
        <translation>{sent} E-Mails versendet, {failed} fehlgeschlagen, {uncertain} unklar, {skipped} ausgeschlossen.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_report.py" line="-50"/>
        <source>write a printable report as a PDF file (actions per campaign, selections, campaign summary)</source>
        <translation>einen druckbaren Bericht als PDF-Datei schreiben (Aktionen je Kampagne, Selektionen, Kampagnenübersicht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>actions: the actions of each campaign; selections: the saved selections; summary: one campaign&apos;s figures, costs and charts</source>
        <translation>actions: die Aktionen jeder Kampagne; selections: die gespeicherten Selektionen; summary: Kennzahlen, Kosten und Diagramme einer Kampagne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PDF file to write</source>
        <translation>die zu schreibende PDF-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the campaign (for actions: repeat for several, default all; summary: exactly one)</source>
        <translation>die Kampagne (für actions: für mehrere wiederholen, Vorgabe alle; summary: genau eine)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The campaign summary is written for one campaign: give its number with --campaign NUMBER.</source>
        <translation>Die Kampagnenübersicht wird für eine Kampagne geschrieben: Geben Sie ihre Nummer mit --campaign NUMMER an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The selections report is written for all campaigns; leave --campaign out.</source>
        <translation>Der Selektionsbericht wird für alle Kampagnen geschrieben; lassen Sie --campaign weg.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{title}” written to {file} (pages: {count}).</source>
        <translation>„{title}“ in {file} geschrieben (Seiten: {count}).</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <location filename="../desktop/ui/columns_dialog.py" line="+30"/>
        <source>Columns of the result</source>
        <translation>Spalten des Ergebnisses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add →</source>
        <translation>&amp;Hinzufügen →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>← &amp;Remove</source>
        <translation>← &amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Standard columns</source>
        <translation>Standar&amp;dspalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;vailable fields:</source>
        <translation>&amp;Verfügbare Felder:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown &amp;columns, in this order:</source>
        <translation>Angezeigte &amp;Spalten in dieser Reihenfolge:</translation>
    </message>
</context>
<context>
    <name>ConditionGroup</name>
    <message>
        <location filename="../desktop/ui/condition_group.py" line="+39"/>
        <source>All of these conditions hold (and)</source>
        <translation>Alle diese Bedingungen gelten (und)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least one of these conditions holds (or)</source>
        <translation>Mindestens eine dieser Bedingungen gilt (oder)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not</source>
        <translation>nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the persons for whom this group does not hold</source>
        <translation>Die Personen finden, für die diese Gruppe nicht gilt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove this group</source>
        <translation>Diese Gruppe entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>+ Condition</source>
        <translation>+ Bedingung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ Group</source>
        <translation>+ Gruppe</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../desktop/ui/condition_row.py" line="+52"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not</source>
        <translation>nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the persons for whom the condition does not hold</source>
        <translation>Die Personen finden, für die die Bedingung nicht gilt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>values separated by ;</source>
        <translation>Werte durch ; getrennt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second value</source>
        <translation>Zweiter Wert</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
</context>
<context>
    <name>ContactHub</name>
    <message>
        <location filename="../desktop/ui/contact_hub.py" line="+150"/>
        <source>The person is in the action&apos;s target group, but left out of it: {reason}. Check the contact&apos;s data if that is not right.</source>
        <translation>Die Person ist in der Zielgruppe der Aktion, aber ausgeschlossen: {reason}. Prüfen Sie die Daten des Kontakts, falls das nicht stimmt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The person was in the action&apos;s target group already.</source>
        <translation>Die Person war bereits in der Zielgruppe der Aktion.</translation>
    </message>
</context>
<context>
    <name>ContactWindow</name>
    <message>
        <location filename="../desktop/ui/contact_window.py" line="+59"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Master data</source>
        <translation>&amp;Stammdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Campaigns</source>
        <translation>&amp;Kampagnen</translation>
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
        <translation>Au&amp;fgaben</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Disca&amp;rd changes</source>
        <translation>Änderungen ver&amp;werfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Tas&amp;ks ({count})</source>
        <translation>Au&amp;fgaben ({count})</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{name} – Contact</source>
        <translation>{name} – Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last saved by {who} on {when}</source>
        <translation>Zuletzt gespeichert von {who} am {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This person no longer exists</source>
        <translation>Diese Person gibt es nicht mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another user deleted the person. Entries not saved yet are still shown in the form until you close the window.</source>
        <translation>Ein anderer Benutzer hat die Person gelöscht. Noch nicht gespeicherte Eingaben bleiben im Formular sichtbar, bis Sie das Fenster schließen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Please enter the last name.</source>
        <translation>Bitte geben Sie den Nachnamen ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please enter a contact code.</source>
        <translation>Bitte geben Sie einen Kontaktcode ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code is already used by another person.</source>
        <translation>Dieser Code wird bereits von einer anderen Person verwendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“{field}”: {problem}</source>
        <translation>„{field}“: {problem}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Person deleted</source>
        <translation>Person gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} was deleted by another user while you were editing. Your changes could not be saved; they stay in the form until you close this window, so you can copy them.</source>
        <translation>{name} wurde von einem anderen Benutzer gelöscht, während Sie die Daten bearbeitet haben. Ihre Änderungen konnten nicht gespeichert werden; sie bleiben im Formular, bis Sie dieses Fenster schließen, sodass Sie sie kopieren können.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The master data of {name} has been changed. Save the changes?</source>
        <translation>Die Stammdaten von {name} wurden geändert. Sollen die Änderungen gespeichert werden?</translation>
    </message>
</context>
<context>
    <name>ConverterPage</name>
    <message>
        <location filename="../desktop/ui/setup_wizard.py" line="+398"/>
        <source>Letters to PDF</source>
        <translation>Briefe als PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters are turned into PDF and printed with Microsoft Word or LibreOffice.</source>
        <translation>Briefe werden mit Microsoft Word oder LibreOffice in PDF umgewandelt und gedruckt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty: found by itself</source>
        <translation>leer: wird automatisch gesucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check &amp;again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>LibreOffice &amp;program:</source>
        <translation>&amp;LibreOffice-Programm:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Neither Microsoft Word nor LibreOffice was found on this computer, so no letters can be made yet. Install LibreOffice (free, from {link}) or Microsoft Word, then click “Check again”. If LibreOffice is installed in another place, choose its program (soffice) below.</source>
        <translation>Auf diesem Computer wurde weder Microsoft Word noch LibreOffice gefunden, daher können noch keine Briefe erstellt werden. Installieren Sie LibreOffice (kostenlos, von {link}) oder Microsoft Word und klicken Sie dann auf „Erneut prüfen“. Wenn LibreOffice an einem anderen Ort installiert ist, wählen Sie unten sein Programm (soffice).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Microsoft Word was found: letters are turned into PDF with it.</source>
        <translation>Microsoft Word wurde gefunden: Briefe werden damit in PDF umgewandelt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LibreOffice was found: {path}</source>
        <translation>LibreOffice wurde gefunden: {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>LibreOffice program</source>
        <translation>LibreOffice-Programm</translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <location filename="../desktop/ui/cost_dialog.py" line="+80"/>
        <source>(whole campaign)</source>
        <translation>(ganze Kampagne)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fixed amount</source>
        <translation>Festbetrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per contact</source>
        <translation>Pro Kontakt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invoice</source>
        <translation>Eingangsrechnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New invoice</source>
        <translation>Neue Eingangsrechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice &amp;number:</source>
        <translation>Rechnungs&amp;nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Supplier:</source>
        <translation>&amp;Lieferant:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice &amp;date:</source>
        <translation>Rechnungs&amp;datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+10"/>
        <source>A&amp;ction:</source>
        <translation>A&amp;ktion:</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+14"/>
        <source>Desc&amp;ription:</source>
        <translation>Besch&amp;reibung:</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Actual cost</source>
        <translation>Istkosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimate</source>
        <translation>Plankosten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New estimate</source>
        <translation>Neue Plankosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Basis:</source>
        <translation>&amp;Grundlage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Anzahl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit amount:</source>
        <translation>&amp;Einzelbetrag:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. design, postage</source>
        <translation>z. B. Gestaltung, Porto</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Another user changed or deleted this cost entry in the meantime, so it was not saved. The list now shows the current entries; check them and enter your change again.</source>
        <translation>Ein anderer Benutzer hat diesen Kostenposten inzwischen geändert oder gelöscht, daher wurde er nicht gespeichert. Die Liste zeigt jetzt die aktuellen Posten; prüfen Sie sie und geben Sie Ihre Änderung erneut ein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Please enter the amount.</source>
        <translation>Bitte geben Sie den Betrag ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please enter the quantity and the amount per contact.</source>
        <translation>Bitte geben Sie die Anzahl und den Betrag pro Kontakt ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please enter the invoice number.</source>
        <translation>Bitte geben Sie die Rechnungsnummer ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please enter the supplier.</source>
        <translation>Bitte geben Sie den Lieferanten ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please enter the invoice date.</source>
        <translation>Bitte geben Sie das Rechnungsdatum ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chosen action no longer belongs to this campaign. Please choose another one.</source>
        <translation>Die gewählte Aktion gehört nicht mehr zu dieser Kampagne. Bitte wählen Sie eine andere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cost was booked by a mass run and cannot be changed by hand.</source>
        <translation>Diese Kosten wurden durch einen Massenlauf gebucht und können nicht von Hand geändert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot save the cost entry</source>
        <translation>Kostenposten kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>CostFigures</name>
    <message>
        <location filename="../desktop/ui/figures_panel.py" line="+134"/>
        <source>Estimated</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per contact</source>
        <translation>Pro Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per response</source>
        <translation>Pro Reaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget used</source>
        <translation>Budget verbraucht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over the estimate</source>
        <translation>Über Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over budget</source>
        <translation>Über Budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No budget set</source>
        <translation>Kein Budget festgelegt</translation>
    </message>
</context>
<context>
    <name>CostsTab</name>
    <message>
        <location filename="../desktop/ui/costs_tab.py" line="+55"/>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invoice</source>
        <translation>Eingangsrechnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per contact: {quantity} × {unit}</source>
        <translation>Pro Kontakt: {quantity} × {unit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Per contact</source>
        <translation>Pro Kontakt</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Fixed</source>
        <translation>Fest</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Estimated against actual</source>
        <translation>Kosten Plan/Ist</translation>
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
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Estimated</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+128"/>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per response</source>
        <translation>Pro Reaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual minus estimated: red when over.</source>
        <translation>Ist minus Plan: rot, wenn überschritten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual costs per contact reached.</source>
        <translation>Istkosten pro erreichten Kontakt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual costs per contact who responded.</source>
        <translation>Istkosten pro Kontakt, der reagiert hat.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cost entries</source>
        <translation>Kostenposten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice no.</source>
        <translation>Rechnungsnr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New esti&amp;mate…</source>
        <translation>&amp;Neue Plankosten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New in&amp;voice…</source>
        <translation>Neue Eingangsrechnun&amp;g…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>Lösch&amp;en…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs booked by a mass run cannot be changed here.</source>
        <translation>Durch einen Massenlauf gebuchte Kosten können hier nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+53"/>
        <source>(whole campaign)</source>
        <translation>(ganze Kampagne)</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Over the estimate</source>
        <translation>Über Plan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No budget set</source>
        <translation>Kein Budget festgelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget {budget}, used {share}</source>
        <translation>Budget {budget}, verbraucht {share}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Over budget</source>
        <translation>Über Budget</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Actual, booked by mass run</source>
        <translation>Ist, durch Massenlauf gebucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimate</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Booked by a mass run for the letters or e-mails it made; it cannot be changed or deleted by hand.</source>
        <translation>Durch einen Massenlauf für die erzeugten Briefe oder E-Mails gebucht; kann nicht von Hand geändert oder gelöscht werden.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+21"/>
        <location line="+3"/>
        <source>Delete cost entry</source>
        <translation>Kostenposten löschen</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Delete the invoice {number} of {supplier} over {amount}?</source>
        <translation>Die Eingangsrechnung {number} von {supplier} über {amount} löschen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the estimate “{description}” over {amount}?</source>
        <translation>Die Plankosten „{description}“ über {amount} löschen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the cost “{description}” over {amount}?</source>
        <translation>Die Kosten „{description}“ über {amount} löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This cost was booked by a mass run and cannot be deleted by hand.</source>
        <translation>Diese Kosten wurden durch einen Massenlauf gebucht und können nicht von Hand gelöscht werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another user changed or deleted “{name}” in the meantime; it was not deleted. Check the list and delete it again if you still want to.</source>
        <translation>Ein anderer Benutzer hat „{name}“ inzwischen geändert oder gelöscht; der Posten wurde nicht gelöscht. Prüfen Sie die Liste und löschen Sie ihn noch einmal, wenn Sie das weiterhin möchten.</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../desktop/ui/setup_wizard.py" line="-351"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where Kampagnen keeps campaigns, contacts and letters.</source>
        <translation>Wo das Programm Kampagnen, Kontakte und Briefe speichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Local database on this computer (recommended for one workstation)</source>
        <translation>&amp;Lokale Datenbank auf diesem Computer (empfohlen für einen einzelnen Arbeitsplatz)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data is kept in the file {path}.</source>
        <translation>Die Daten werden in der Datei {path} gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Shared PostgreSQL database</source>
        <translation>&amp;Gemeinsame PostgreSQL-Datenbank</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. db.example.com</source>
        <translation>z. B. db.example.com</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This computer offers no password store (keyring): the password cannot be saved. Ask your administrator.</source>
        <translation>Dieser Computer bietet keinen Passwortspeicher (Schlüsselbund): Das Passwort kann nicht gespeichert werden. Wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A password is stored in the keyring. Leave the field empty to keep it.</source>
        <translation>Im Passwortspeicher ist ein Passwort hinterlegt. Lassen Sie das Feld leer, um es zu behalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is kept in the keyring of the operating system, never in a file.</source>
        <translation>Das Passwort wird im Passwortspeicher des Betriebssystems abgelegt, nie in einer Datei.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please enter the {fields}.</source>
        <translation>Bitte füllen Sie noch aus: {fields}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The connection failed: {why}
Details: {reason}</source>
        <translation>Die Verbindung ist fehlgeschlagen: {why}
Einzelheiten: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected, but the database was set up by a newer version of Kampagnen. This version cannot use it; install the newer version on this workstation.</source>
        <translation>Verbunden, aber die Datenbank wurde von einer neueren Version von Kampagnen eingerichtet. Diese Version kann sie nicht verwenden; installieren Sie die neuere Version auf diesem Arbeitsplatz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected, but the database holds tables that are not Kampagnen&apos;s. Choose another database.</source>
        <translation>Verbunden, aber die Datenbank enthält Tabellen, die nicht zu Kampagnen gehören. Wählen Sie eine andere Datenbank.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection failed: {reason}</source>
        <translation>Die Verbindung ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected. The database is empty: the Kampagnen tables will be created.</source>
        <translation>Verbunden. Die Datenbank ist leer: Die Tabellen von Kampagnen werden angelegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected. The database must be upgraded to this version of Kampagnen; every workstation then needs this version.</source>
        <translation>Verbunden. Die Datenbank muss auf diese Version von Kampagnen aktualisiert werden; danach braucht jeder Arbeitsplatz diese Version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected. The database is ready to use.</source>
        <translation>Verbunden. Die Datenbank ist einsatzbereit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the user name or the password is wrong.</source>
        <translation>Der Benutzername oder das Passwort ist falsch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no database of this name on the server.</source>
        <translation>Auf dem Server gibt es keine Datenbank mit diesem Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the host name is unknown.</source>
        <translation>Der Hostname ist unbekannt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no database server answers at this host and port.</source>
        <translation>Unter diesem Host und Port antwortet kein Datenbankserver.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server did not answer within {seconds} seconds.</source>
        <translation>Der Server hat nicht innerhalb von {seconds} Sekunden geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the details below.</source>
        <translation>Siehe die Einzelheiten unten.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../desktop/ui/diagnostics_dialog.py" line="+54"/>
        <source>About Kampagnen / Diagnostics</source>
        <translation>Über Kampagnen / Diagnose</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Campaigns, target groups and mass mailings for office clerks.</source>
        <translation>Kampagnen, Zielgruppen und Massenaussendungen für die Sachbearbeitung im Büro.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Versions:</source>
        <translation>Versionen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings folder:</source>
        <translation>Einstellungsordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log folder:</source>
        <translation>Protokollordner:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was found on this workstation:</source>
        <translation>Was auf diesem Arbeitsplatz gefunden wurde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Copy report</source>
        <translation>Diagnosebericht &amp;kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies a report for support: versions, folders, database, findings and the end of the log.</source>
        <translation>Kopiert einen Diagnosebericht für den Support: Versionen, Ordner, Datenbank, Befunde und das Ende der Protokolldatei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The report is on the clipboard. Paste it into your e-mail or ticket to support.</source>
        <translation>Der Diagnosebericht ist in der Zwischenablage. Fügen Sie ihn in Ihre E-Mail oder Ihr Ticket an den Support ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The log folder could not be opened. It is {folder}</source>
        <translation>Der Protokollordner konnte nicht geöffnet werden. Er befindet sich hier: {folder}</translation>
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
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handled</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campa&amp;ign:</source>
        <translation>Kampa&amp;gne:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open document</source>
        <translation>Dokument &amp;öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Mark &amp;handled</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>&amp;Record response…</source>
        <translation>&amp;Reaktion erfassen…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Mark &amp;open</source>
        <translation>Als &amp;offen markieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <location line="+4"/>
        <source>Open document</source>
        <translation>Dokument öffnen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The document “{name}” is no longer in the archive.</source>
        <translation>Das Dokument „{name}“ ist nicht mehr im Archiv.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The document could not be written to a temporary file: {reason}</source>
        <translation>Das Dokument konnte nicht in eine temporäre Datei geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No program to show this document was found. It was saved as {path}.</source>
        <translation>Es wurde kein Programm gefunden, das dieses Dokument anzeigen kann. Es wurde als {path} gespeichert.</translation>
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
        <translation>nein</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+18"/>
        <location line="+34"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+18"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In target group</source>
        <translation>In Zielgruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>Generiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign actions of the contact</source>
        <translation>Kampagnenaktionen des Kontakts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no – {reason}</source>
        <translation>nein – {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Handled</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latest response</source>
        <translation>Letzte Reaktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dossier entries of the contact</source>
        <translation>Dossiereinträge des Kontakts</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assignee</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks about the contact</source>
        <translation>Aufgaben zum Kontakt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{date}, overdue</source>
        <translation>{date}, überfällig</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../desktop/ui/duplicate_dialog.py" line="+30"/>
        <source>Person exists already?</source>
        <translation>Person bereits vorhanden?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s) with the same data exist already. Take the existing person instead of entering a second one?</source>
        <translation>
            <numerusform>Es gibt bereits %n Person mit denselben Daten. Die vorhandene Person übernehmen, statt eine zweite anzulegen?</numerusform>
            <numerusform>Es gibt bereits %n Personen mit denselben Daten. Eine vorhandene Person übernehmen, statt eine weitere anzulegen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons already stored</source>
        <translation>Bereits gespeicherte Personen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name and postcode</source>
        <translation>Name und PLZ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Use this person</source>
        <translation>Diese Person ü&amp;bernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create new person anyway</source>
        <translation>Trotzdem &amp;neue Person anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back to the form</source>
        <translation>&amp;Zurück zum Formular</translation>
    </message>
</context>
<context>
    <name>EmployeePage</name>
    <message>
        <location filename="../desktop/ui/setup_wizard.py" line="+15"/>
        <source>Who are you</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters are sent in your name, and tasks are assigned to you.</source>
        <translation>Briefe werden in Ihrem Namen versandt, und Aufgaben werden Ihnen zugewiesen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the names empty to add yourself later.</source>
        <translation>Lassen Sie die Namen leer, um sich später einzutragen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;irst name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-&amp;mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lo&amp;gin:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Employee:</source>
        <translation>&amp;Mitarbeiter:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New employee…</source>
        <translation>Neuer Mitarbeiter…</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../desktop/ui/export_run.py" line="+39"/>
        <source>Export SMS</source>
        <translation>SMS exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SMS {done} of {total}</source>
        <translation>SMS {done} von {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SMS text of the action cannot be used: {reason}. Correct it in the action.</source>
        <translation>Der SMS-Text der Aktion kann nicht verwendet werden: {reason}. Korrigieren Sie ihn in der Aktion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SMS of this action were exported on {when} by {who}.</source>
        <translation>Die SMS dieser Aktion wurden am {when} von {who} exportiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{who} is exporting this action on {host} right now (since {when}).</source>
        <translation>{who} exportiert diese Aktion gerade auf {host} (seit {when}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The action has no linked member with a mobile number.</source>
        <translation>Die Aktion hat keinen gekoppelten Teilnehmer mit Mobilnummer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} SMS written to {file}; {left} contacts left out, {long} texts longer than one SMS.</source>
        <translation>{count} SMS in {file} geschrieben; {left} Kontakte ausgeschlossen, {long} Texte länger als eine SMS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{code}  {name}: {length} characters, {parts} SMS ({encoding})</source>
        <translation>{code}  {name}: {length} Zeichen, {parts} SMS ({encoding})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hand over to the print service</source>
        <translation>An den Druckdienstleister übergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the letters for the print service now, as a ZIP with the PDF and its manifest, sorted by postcode?</source>
        <translation>Die Briefe jetzt für den Druckdienstleister speichern, als ZIP-Datei mit der PDF-Datei und ihrem Manifest, nach Postleitzahl sortiert?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP-Dateien (*.zip)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The action has no generated letters yet.</source>
        <translation>Die Aktion hat noch keine generierten Briefe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letter {done} of {total}</source>
        <translation>Brief {done} von {total}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{letters} letters ({pages} pages) saved for the print service in {file}.</source>
        <translation>{letters} Briefe ({pages} Seiten) für den Druckdienstleister in {file} gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file could not be written: {reason}</source>
        <translation>Die Datei konnte nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../desktop/query/fields.py" line="+70"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns &amp; dossier</source>
        <translation>Kampagnen &amp; Dossier</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Contact code</source>
        <translation>Kontaktnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name prefix</source>
        <translation>Namenszusatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter language</source>
        <translation>Briefsprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deceased</source>
        <translation>Verstorben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on</source>
        <translation>Angelegt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation code</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of employees</source>
        <translation>Anzahl Mitarbeiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation&apos;s city</source>
        <translation>Ort der Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No letters</source>
        <translation>Keine Briefe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No e-mails</source>
        <translation>Keine E-Mails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No calls</source>
        <translation>Keine Anrufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SMS</source>
        <translation>Keine SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has a dossier item of type</source>
        <translation>Hat einen Dossiereintrag der Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is a member of campaign</source>
        <translation>Ist Mitglied der Kampagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is a member of action</source>
        <translation>Ist in der Zielgruppe der Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responded to campaign</source>
        <translation>Hat auf die Kampagne reagiert</translation>
    </message>
</context>
<context>
    <name>FigureGrid</name>
    <message>
        <location filename="../desktop/ui/figures_panel.py" line="-101"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location line="+167"/>
        <source>Action {number}</source>
        <translation>Aktion {number}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>FollowUpRuleDialog</name>
    <message>
        <location filename="../desktop/ui/follow_up_rule_dialog.py" line="+37"/>
        <source>Follow-up rule</source>
        <translation>Folgeregel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New follow-up rule</source>
        <translation>Neue Folgeregel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} (inactive)</source>
        <translation>{name} (inaktiv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Send the documents</source>
        <translation>z. B. Unterlagen zusenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(account manager)</source>
        <translation>(Kundenbetreuer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account manager is the one entered for the contact.</source>
        <translation>Kundenbetreuer ist der beim Kontakt eingetragene Mitarbeiter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Count &amp;working days only (Monday to Friday)</source>
        <translation>Nur &amp;Werktage zählen (Montag bis Freitag)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>employee {id}</source>
        <translation>Mitarbeiter {id}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When the &amp;response is:</source>
        <translation>Wenn die &amp;Reaktion lautet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create the &amp;task:</source>
        <translation>die &amp;Aufgabe anlegen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;assigned to:</source>
        <translation>&amp;zugewiesen an:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due &amp;in (days):</source>
        <translation>&amp;fällig in (Tagen):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The campaign has no response types yet.</source>
        <translation>Die Kampagne hat noch keine Reaktionsarten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please enter the task to be created.</source>
        <translation>Bitte geben Sie die anzulegende Aufgabe ein.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../desktop/ui/help_window.py" line="+41"/>
        <source>Kampagnen – User guide</source>
        <translation>Kampagnen – Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;orward →</source>
        <translation>&amp;Vorwärts →</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open in b&amp;rowser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find in the guide (Ctrl+F)</source>
        <translation>Im Handbuch suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the guide in the web browser, e.g. to print it</source>
        <translation>Das Handbuch im Webbrowser anzeigen, z. B. um es zu drucken</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../desktop/ui/member_import.py" line="+64"/>
        <source>Import of {file}</source>
        <translation>Import von {file}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n line(s) read.</source>
        <translation>
            <numerusform>%n Zeile gelesen.</numerusform>
            <numerusform>%n Zeilen gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign {campaign}, action {number}: {added} added, {already} were members already, {excluded} left out for the channel.</source>
        <translation>Kampagne {campaign}, Aktion {number}: {added} hinzugefügt, {already} waren bereits Teilnehmer, {excluded} kommen für den Kanal nicht in Frage.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Nothing was imported: %n line(s) must be corrected first. Correct them in the file and import it again.</source>
        <translation>
            <numerusform>Es wurde nichts importiert: %n Zeile muss zuerst korrigiert werden. Korrigieren Sie sie in der Datei und importieren Sie die Datei erneut.</numerusform>
            <numerusform>Es wurde nichts importiert: %n Zeilen müssen zuerst korrigiert werden. Korrigieren Sie sie in der Datei und importieren Sie die Datei erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lines to correct</source>
        <translation>Zu korrigierende Zeilen</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../desktop/ui/labels.py" line="+16"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>LinkSelectionDialog</name>
    <message>
        <location filename="../desktop/ui/link_selection_dialog.py" line="+41"/>
        <source>Link selection</source>
        <translation>Selektion verknüpfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The persons the selection finds at this moment become members of the action. Later changes to the selection do not change the target group.</source>
        <translation>Die Personen, die die Selektion jetzt findet, werden Teilnehmer der Aktion. Spätere Änderungen an der Selektion ändern die Zielgruppe nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distribution list</source>
        <translation>Verteiler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved selections</source>
        <translation>Gespeicherte Selektionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already linked</source>
        <translation>bereits verknüpft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lea&amp;ve out contacts already used in an earlier action of this campaign</source>
        <translation>Kontakte aus&amp;schließen, die bereits in einer früheren Aktion dieser Kampagne verwendet wurden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lin&amp;k</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There are no saved selections yet. Build a query (Edit → Create query), save it as a selection, and link it here.</source>
        <translation>Es gibt noch keine gespeicherten Selektionen. Erstellen Sie eine Abfrage (Bearbeiten → Abfrage erstellen), speichern Sie sie als Selektion und verknüpfen Sie sie hier.</translation>
    </message>
</context>
<context>
    <name>MailSend</name>
    <message>
        <location filename="../desktop/ui/mail_send_dialog.py" line="+40"/>
        <source>not a valid e-mail address ({detail})</source>
        <translation>keine gültige E-Mail-Adresse ({detail})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>may have arrived (the connection broke or the program stopped while sending): not sent again</source>
        <translation>möglicherweise angekommen (die Verbindung brach ab oder das Programm wurde beim Senden beendet): nicht erneut gesendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused by the mail server: {reply}</source>
        <translation>vom Mailserver abgelehnt: {reply}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not taken for now: {reply}</source>
        <translation>vorerst nicht angenommen: {reply}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/mail_send_run.py" line="+51"/>
        <source>The letter to attach needs LibreOffice (or Microsoft Word). Install it and try again.</source>
        <translation>Für den anzuhängenden Brief wird LibreOffice (oder Microsoft Word) benötigt. Installieren Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Letter {done} of {total}</source>
        <translation>Brief {done} von {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail {done} of {total}</source>
        <translation>E-Mail {done} von {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending was stopped. Nobody got an e-mail twice; “Send e-mails” goes on with the rest.</source>
        <translation>Das Senden wurde abgebrochen. Niemand hat eine E-Mail doppelt erhalten; „E-Mails senden“ macht mit den übrigen weiter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server {host}:{port} did not take the e-mails: {reason}

Check the mail server, user and password in the settings. Nothing was sent twice; sending again goes on with the rest.</source>
        <translation>Der Mailserver {host}:{port} hat die E-Mails nicht angenommen: {reason}

Prüfen Sie Mailserver, Benutzer und Passwort in den Einstellungen. Es wurde nichts doppelt versendet; erneutes Senden macht mit den übrigen weiter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The e-mails cannot be sent: {reason}. Complete the action first.</source>
        <translation>Die E-Mails können nicht versendet werden: {reason}. Vervollständigen Sie zuerst die Aktion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{who} is sending the e-mails of this action on {host} right now (since {when}).</source>
        <translation>{who} versendet gerade auf {host} die E-Mails dieser Aktion (seit {when}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is nobody to send an e-mail to.</source>
        <translation>Es gibt niemanden, an den eine E-Mail gesendet werden kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The letters to attach could not be made: {reason}</source>
        <translation>Die anzuhängenden Briefe konnten nicht erstellt werden: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{sent} e-mails sent; {failed} failed; {uncertain} may have arrived; {skipped} left out.</source>
        <translation>{sent} E-Mails versendet; {failed} fehlgeschlagen; {uncertain} möglicherweise angekommen; {skipped} ausgeschlossen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open “Send e-mails” again to send the failed ones once more.</source>
        <translation>Wenn Sie „E-Mails senden“ erneut wählen, können Sie die fehlgeschlagenen noch einmal senden.</translation>
    </message>
</context>
<context>
    <name>MailSendDialog</name>
    <message>
        <location filename="../desktop/ui/mail_send_dialog.py" line="+25"/>
        <source>Send e-mails: {name}</source>
        <translation>E-Mails senden: {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n member(s) get the e-mail.</source>
        <translation>
            <numerusform>%n Teilnehmer erhält die E-Mail.</numerusform>
            <numerusform>%n Teilnehmer erhalten die E-Mail.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why not</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts who get no e-mail</source>
        <translation>Kontakte, die keine E-Mail erhalten</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n member(s) get no e-mail:</source>
        <translation>
            <numerusform>%n Teilnehmer erhält keine E-Mail:</numerusform>
            <numerusform>%n Teilnehmer erhalten keine E-Mail:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent through {host}:{port}.</source>
        <translation>Versand über {host}:{port}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No mail server is set up: enter it in Settings first.</source>
        <translation>Es ist kein Mailserver eingerichtet: Tragen Sie ihn zuerst in den Einstellungen ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test mail to me…</source>
        <translation>&amp;Testmail an mich…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also those the server &amp;refused (the address was corrected)</source>
        <translation>Auch die vom Server abge&amp;lehnten (die Adresse wurde korrigiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also those that &amp;may have arrived (checked: they did not)</source>
        <translation>Auch die möglicherweise ange&amp;kommenen (geprüft: sie sind nicht angekommen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;again</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sent: {sent}; failed: {failed}; maybe arrived: {uncertain}.</source>
        <translation>Versendet: {sent}; fehlgeschlagen: {failed}; möglicherweise angekommen: {uncertain}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Send the first member&apos;s e-mail to:</source>
        <translation>Die E-Mail des ersten Teilnehmers senden an:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The test e-mail went to {address}. Look at it in your mailbox.</source>
        <translation>Die Testmail wurde an {address} gesendet. Sehen Sie sie sich in Ihrem Postfach an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test e-mail could not be sent: {reason}</source>
        <translation>Die Testmail konnte nicht gesendet werden: {reason}</translation>
    </message>
</context>
<context>
    <name>MailTexts</name>
    <message>
        <location filename="../desktop/mail_texts.py" line="+23"/>
        <source>Kampagnen: test e-mail</source>
        <translation>Kampagnen: Testmail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a test e-mail from Kampagnen.

It went out through the mail server {host}, so the server settings work: e-mail actions can be sent.
</source>
        <translation>Dies ist eine Testmail von Kampagnen.

Sie wurde über den Mailserver {host} versendet, die Servereinstellungen funktionieren also: E-Mail-Aktionen können versendet werden.
</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The mail server {host} did not accept the test e-mail.</source>
        <translation>Der Mailserver {host} hat die Testmail nicht angenommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its answer: {answer}

Check the sender address {sender}: many servers only take e-mails from the addresses of the account you log in with.</source>
        <translation>Antwort des Servers: {answer}

Prüfen Sie die Absenderadresse {sender}: Viele Server nehmen nur E-Mails von den Adressen des Kontos an, mit dem Sie sich anmelden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s answer: {answer}</source>
        <translation>Antwort des Servers: {answer}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server {host} refused the login.</source>
        <translation>Der Mailserver {host} hat die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the user name and the password. Some providers want an app password instead of the usual one.</source>
        <translation>Prüfen Sie Benutzername und Passwort. Manche Anbieter verlangen statt des üblichen Passworts ein App-Passwort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server {host} does not offer what was asked for on port {port}.</source>
        <translation>Der Mailserver {host} bietet auf Port {port} nicht an, was angefordert wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the security setting: the server may not support STARTTLS or a login on this port. Your provider&apos;s instructions name the right combination.</source>
        <translation>Prüfen Sie die Einstellung „Sicherheit“: Der Server unterstützt auf diesem Port vielleicht kein STARTTLS oder keine Anmeldung. Die Anleitung Ihres Anbieters nennt die richtige Kombination.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server {host} is not known.</source>
        <translation>Der Mailserver {host} ist nicht bekannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling of the server name and the network connection.</source>
        <translation>Prüfen Sie die Schreibweise des Servernamens und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing answers at {host}, port {port}.</source>
        <translation>Unter {host}, Port {port} antwortet nichts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server name and the port (usually 587 with STARTTLS, 465 with SSL). A firewall may also block the port.</source>
        <translation>Prüfen Sie den Servernamen und den Port (meist 587 mit STARTTLS, 465 mit SSL). Auch eine Firewall kann den Port sperren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server {host} did not answer on port {port} in time.</source>
        <translation>Der Mailserver {host} hat auf Port {port} nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server name, the port and the network connection; a firewall may be holding the connection back.</source>
        <translation>Prüfen Sie Servername, Port und Netzwerkverbindung; möglicherweise hält eine Firewall die Verbindung auf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate of the mail server {host} could not be verified.</source>
        <translation>Das Zertifikat des Mailservers {host} konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the server name is written exactly as your provider gives it. If it is, ask your administrator about the server&apos;s certificate.</source>
        <translation>Prüfen Sie, ob der Servername genau so geschrieben ist, wie Ihr Anbieter ihn angibt. Wenn ja, fragen Sie Ihre Administration nach dem Zertifikat des Servers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted connection to {host}, port {port} failed.</source>
        <translation>Die verschlüsselte Verbindung zu {host}, Port {port} ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the security setting against the port: SSL usually belongs to port 465, STARTTLS to port 587.</source>
        <translation>Prüfen Sie, ob die Einstellung „Sicherheit“ zum Port passt: SSL gehört meist zu Port 465, STARTTLS zu Port 587.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server {host}, port {port} could not be used.</source>
        <translation>Der Mailserver {host}, Port {port} konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server name, the port and the security setting.</source>
        <translation>Prüfen Sie Servername, Port und die Einstellung „Sicherheit“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test e-mail could not be sent.</source>
        <translation>Die Testmail konnte nicht gesendet werden.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+54"/>
        <source>Demo database: {database}</source>
        <translation>Demodatenbank: {database}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local database: {database}</source>
        <translation>Lokale Datenbank: {database}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared database: {database}</source>
        <translation>Gemeinsame Datenbank: {database}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source> (demo)</source>
        <translation> (Demo)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(copy)</source>
        <translation>(Kopie)</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+29"/>
        <source>Delete campaign</source>
        <translation>Kampagne löschen</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Delete the campaign “{number} {name}”?</source>
        <translation>Die Kampagne „{number} {name}“ löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Its %n action(s) with their target groups and the responses recorded for the campaign are deleted too. Entries in the contacts&apos; dossiers are kept. This cannot be undone.</source>
        <translation>
            <numerusform>Ihre %n Aktion mit ihrer Zielgruppe und die zur Kampagne erfassten Reaktionen werden ebenfalls gelöscht. Einträge in den Dossiers der Kontakte bleiben erhalten. Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Ihre %n Aktionen mit ihren Zielgruppen und die zur Kampagne erfassten Reaktionen werden ebenfalls gelöscht. Einträge in den Dossiers der Kontakte bleiben erhalten. Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The campaign had already been deleted by another user.</source>
        <translation>Die Kampagne war bereits von einem anderen Benutzer gelöscht worden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The campaign was changed by {who} in the meantime and has not been deleted. It is shown again with the latest changes; check it and delete it again if you still want to.</source>
        <translation>Die Kampagne wurde inzwischen von {who} geändert und ist nicht gelöscht worden. Sie wird mit den neuesten Änderungen erneut angezeigt; prüfen Sie sie und löschen Sie sie noch einmal, wenn Sie das weiterhin möchten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another user</source>
        <translation>einem anderen Benutzer</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Edit query for campaign</source>
        <translation>Abfrage editieren für Kampagne</translation>
    </message>
    <message>
        <location filename="../forms/main_window.ui" line="+43"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;ontacts</source>
        <translation>K&amp;ontakte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Analysis</source>
        <translation>Auswe&amp;rtung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New campaign</source>
        <translation>&amp;Neue Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Campaigns</source>
        <translation>&amp;Kampagnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create &amp;query…</source>
        <translation>&amp;Abfrage erstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Selections…</source>
        <translation>&amp;Selektionen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Templates…</source>
        <translation>&amp;Vorlagen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Duplicate campaign</source>
        <translation>Kampagne &amp;duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete campaign…</source>
        <translation>Kampagne &amp;löschen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find contact or caller…</source>
        <translation>Kontakt oder Anrufer &amp;suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;responses…</source>
        <translation>&amp;Reaktionen erfassen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My &amp;tasks</source>
        <translation>Meine &amp;Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;interested person…</source>
        <translation>Neuer &amp;Interessent…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Totalizer…</source>
        <translation>&amp;Summierer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export analyses…</source>
        <translation>Auswertungen &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reports…</source>
        <translation>&amp;Berichte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+8</source>
        <translation>Ctrl+8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up database…</source>
        <translation>&amp;Datenbank sichern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore &amp;database from backup…</source>
        <translation>Datenbank aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Kampagnen and diagnostics</source>
        <translation>Über &amp;Kampagnen und Diagnose</translation>
    </message>
</context>
<context>
    <name>MassPrint</name>
    <message>
        <location filename="../desktop/ui/mass_print_run.py" line="+35"/>
        <source>LibreOffice was not found. Install LibreOffice (or Microsoft Word) and try again.</source>
        <translation>LibreOffice wurde nicht gefunden. Installieren Sie LibreOffice (oder Microsoft Word) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Letter {done} of {total}</source>
        <translation>Brief {done} von {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About {minutes}:{seconds:02d} min left</source>
        <translation>Noch etwa {minutes}:{seconds:02d} min</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The run was stopped. The letters done so far are archived; “Continue” in the mass print dialog finishes the rest without writing any letter twice.</source>
        <translation>Der Lauf wurde abgebrochen. Die bisher erstellten Briefe sind archiviert; „Fortsetzen“ im Massendruck-Dialog erstellt die übrigen, ohne einen Brief doppelt zu schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letters of this action were generated on {when} by {who}. Generate them once more? That writes new letters, dossier entries and costs.</source>
        <translation>Die Briefe dieser Aktion wurden am {when} von {who} generiert. Noch einmal generieren? Dabei entstehen neue Briefe, Dossiereinträge und Kosten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{who} is generating the letters of this action on {host} right now (since {when}). Wait until that run has finished.</source>
        <translation>{who} generiert gerade auf {host} die Briefe dieser Aktion (seit {when}). Warten Sie, bis dieser Lauf beendet ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The action has no linked member to write to.</source>
        <translation>Die Aktion hat keinen gekoppelten Teilnehmer, an den geschrieben werden kann.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The printer {printer} is not available: {reason}

Check the printer or choose another one. Letters generated before stay archived.</source>
        <translation>Der Drucker {printer} ist nicht verfügbar: {reason}

Prüfen Sie den Drucker oder wählen Sie einen anderen. Bereits generierte Briefe bleiben archiviert.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>All letters are generated and archived (saved in {file}), but the printer {printer} did not take them: {reason}</source>
        <translation>Alle Briefe sind generiert und archiviert (gespeichert in {file}), aber der Drucker {printer} hat sie nicht angenommen: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The printer {printer} is no longer available. The run is paused; the letters done so far are archived.</source>
        <translation>Der Drucker {printer} ist nicht mehr verfügbar. Der Lauf ist angehalten; die bisher erstellten Briefe sind archiviert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the printer and try again, or choose another printer. “Continue” in the mass print dialog goes on later without writing any letter twice.</source>
        <translation>Prüfen Sie den Drucker und versuchen Sie es erneut, oder wählen Sie einen anderen Drucker. „Fortsetzen“ im Massendruck-Dialog macht später weiter, ohne einen Brief doppelt zu schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Other printer…</source>
        <translation>&amp;Anderer Drucker…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printer:</source>
        <translation>Drucker:</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>The run stopped: {reason}

The letters done so far are archived; “Continue” in the mass print dialog goes on from there.</source>
        <translation>Der Lauf wurde unterbrochen: {reason}

Die bisher erstellten Briefe sind archiviert; „Fortsetzen“ im Massendruck-Dialog macht an dieser Stelle weiter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{letters} letters ({pages} pages) generated and archived; saved in {file}.</source>
        <translation>{letters} Briefe ({pages} Seiten) generiert und archiviert; gespeichert in {file}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{letters} letters generated and archived; one PDF each in {folder}.</source>
        <translation>{letters} Briefe generiert und archiviert; je Brief eine PDF-Datei in {folder}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent to the printer {printer}.</source>
        <translation>An den Drucker {printer} gesendet.</translation>
    </message>
</context>
<context>
    <name>MassPrintDialog</name>
    <message>
        <location filename="../desktop/ui/mass_print_dialog.py" line="+67"/>
        <source>Mass print: {name}</source>
        <translation>Massendruck: {name}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{name} (version {revision})</source>
        <translation>{name} (Version {revision})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (sample)</source>
        <translation>{name} (Muster)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other Word file…</source>
        <translation>Andere Word-Datei…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Details…</source>
        <translation>D&amp;etails…</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>(as set on the action)</source>
        <translation>(wie in der Aktion eingestellt)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Print on</source>
        <translation>&amp;Drucken auf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Both sides</source>
        <translation>&amp;Beidseitig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only save as one PDF fi&amp;le</source>
        <translation>Nur als eine &amp;PDF-Datei speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One PDF per letter in the &amp;folder</source>
        <translation>Je Brief eine PDF-Datei im &amp;Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hoose…</source>
        <translation>Wä&amp;hlen…</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>&amp;Start</source>
        <translation>S&amp;tarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontinue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ender:</source>
        <translation>Ab&amp;sender:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies:</source>
        <translation>Exemplare:</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n letter(s) to linked members; estimated costs {costs}.</source>
        <translation>
            <numerusform>%n Brief an einen gekoppelten Teilnehmer; geschätzte Kosten {costs}.</numerusform>
            <numerusform>%n Briefe an gekoppelte Teilnehmer; geschätzte Kosten {costs}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A run started by {who} on {when} stopped after {done} of {total} letters. “Continue” finishes it without writing any letter twice.</source>
        <translation>Ein Lauf, den {who} am {when} gestartet hat, wurde nach {done} von {total} Briefen unterbrochen. „Fortsetzen“ schließt ihn ab, ohne einen Brief doppelt zu schreiben.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The template cannot be read: {reason}</source>
        <translation>Die Vorlage kann nicht gelesen werden: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The template has %n error(s) that would spoil the letters: correct it in Word first.</source>
        <translation>
            <numerusform>Die Vorlage hat %n Fehler, der die Briefe verderben würde: Korrigieren Sie die Vorlage zuerst in Word.</numerusform>
            <numerusform>Die Vorlage hat %n Fehler, die die Briefe verderben würden: Korrigieren Sie die Vorlage zuerst in Word.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The template is usable; have a look at its notes (%n).</source>
        <translation>
            <numerusform>Die Vorlage ist verwendbar; sehen Sie sich den Hinweis an (%n).</numerusform>
            <numerusform>Die Vorlage ist verwendbar; sehen Sie sich die Hinweise an (%n).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template checked: every field is known.</source>
        <translation>Vorlage geprüft: Alle Felder sind bekannt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Word template</source>
        <translation>Word-Vorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word documents (*.docx *.dotx)</source>
        <translation>Word-Dokumente (*.docx *.dotx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save letters as PDF</source>
        <translation>Briefe als PDF speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder for the letters</source>
        <translation>Ordner für die Briefe</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No preview: LibreOffice was not found. Install LibreOffice (or Microsoft Word) to print letters.</source>
        <translation>Keine Vorschau: LibreOffice wurde nicht gefunden. Installieren Sie LibreOffice (oder Microsoft Word), um Briefe zu drucken.</translation>
    </message>
    <message>
        <location line="-229"/>
        <location line="+232"/>
        <source>Preparing the preview of the first letters…</source>
        <translation>Die Vorschau der ersten Briefe wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No linked member: nothing to preview.</source>
        <translation>Kein gekoppelter Teilnehmer: keine Vorschau möglich.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first letters, as they will be printed:</source>
        <translation>Die ersten Briefe, wie sie gedruckt werden:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No preview: {reason}</source>
        <translation>Keine Vorschau: {reason}</translation>
    </message>
</context>
<context>
    <name>MemberImport</name>
    <message>
        <location filename="../desktop/ui/member_import.py" line="-59"/>
        <source>Import members</source>
        <translation>Teilnehmer importieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The action was deleted by another user in the meantime. Nothing was imported.</source>
        <translation>Die Aktion wurde inzwischen von einem anderen Benutzer gelöscht. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file {file} could not be read: {reason}</source>
        <translation>Die Datei {file} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Adding the members: {done} of {total}</source>
        <translation>Teilnehmer werden hinzugefügt: {done} von {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the contact codes of {file}: {done} of {total}</source>
        <translation>Kontaktnummern in {file} werden geprüft: {done} von {total}</translation>
    </message>
    <message>
        <location filename="../desktop/member_import_texts.py" line="+16"/>
        <source>The file {file} does not exist (any more).</source>
        <translation>Die Datei {file} existiert nicht (mehr).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {file} cannot be read. Is it open in another program, or are you missing the permission to read it?</source>
        <translation>Die Datei {file} kann nicht gelesen werden. Ist sie in einem anderen Programm geöffnet, oder fehlt Ihnen die Berechtigung zum Lesen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is not a CSV text file. In Excel, save it with “Save as” → “CSV (semicolon separated)” and import that file.</source>
        <translation>{file} ist keine CSV-Textdatei. Speichern Sie sie in Excel mit „Speichern unter“ → „CSV (Trennzeichen-getrennt)“ und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {file} contains no contacts.</source>
        <translation>Die Datei {file} enthält keine Kontakte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {file} has no column with contact codes. Name that column “Kontaktcode” (or “Contactcode”) in the file’s first line.</source>
        <translation>Die Datei {file} hat keine Spalte mit Kontaktnummern. Geben Sie dieser Spalte in der ersten Zeile die Überschrift „Kontaktnummer“ (oder „Kontaktcode“).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two columns of {file} have headings that mean the same. Rename or delete one of them.</source>
        <translation>Zwei Spalten in {file} haben Überschriften mit derselben Bedeutung. Benennen Sie eine davon um oder löschen Sie sie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file {file} names campaigns but no actions. Add a column “Aktion” with the number of the action in its campaign.</source>
        <translation>Die Datei {file} nennt Kampagnen, aber keine Aktionen. Fügen Sie eine Spalte „Aktion“ mit der Nummer der Aktion in ihrer Kampagne hinzu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/member_import.py" line="+6"/>
        <source>Line {line}: </source>
        <translation>Zeile {line}: </translation>
    </message>
    <message>
        <location filename="../desktop/member_import_texts.py" line="+10"/>
        <source>there is no contact with the code “{value}”.</source>
        <translation>Es gibt keinen Kontakt mit der Kontaktnummer „{value}“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no campaign with the number “{value}”.</source>
        <translation>Es gibt keine Kampagne mit der Nummer „{value}“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the campaign has no action number “{value}”.</source>
        <translation>Die Kampagne hat keine Aktion mit der Nummer „{value}“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the line has more or fewer columns than the header: {value}</source>
        <translation>Die Zeile hat mehr oder weniger Spalten als die Kopfzeile: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a yes/no value (J/N) for “linked”.</source>
        <translation>„{value}“ ist kein Ja/Nein-Wert (J/N) für „Gekoppelt“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the contact code is empty.</source>
        <translation>Die Kontaktnummer ist leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the line cannot be read (a quotation mark is probably not closed); the lines after it were not read either.</source>
        <translation>Die Zeile kann nicht gelesen werden (vermutlich fehlt ein schließendes Anführungszeichen); die folgenden Zeilen wurden ebenfalls nicht gelesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{value}” again (first in line {other}); counted once.</source>
        <translation>„{value}“ kommt doppelt vor (zuerst in Zeile {other}); nur einmal gezählt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the line names no campaign.</source>
        <translation>Die Zeile nennt keine Kampagne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the line names no action.</source>
        <translation>Die Zeile nennt keine Aktion.</translation>
    </message>
</context>
<context>
    <name>MemberLabels</name>
    <message>
        <location filename="../desktop/ui/member_labels.py" line="+15"/>
        <source>Letter to print</source>
        <translation>Brief (Druck)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF for a print service</source>
        <translation>PDF für Druckdienstleister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS export</source>
        <translation>SMS-Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier entry only</source>
        <translation>Nur Dossiereintrag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>deceased</source>
        <translation>verstorben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wants no letters</source>
        <translation>möchte keine Briefe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wants no e-mails</source>
        <translation>möchte keine E-Mails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wants no SMS</source>
        <translation>möchte keine SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no complete postal address</source>
        <translation>keine vollständige Postanschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no valid e-mail address</source>
        <translation>keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no mobile number</source>
        <translation>keine Mobilnummer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selection “{name}”</source>
        <translation>Selektion „{name}“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import from {file}</source>
        <translation>Import aus {file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From action {number}</source>
        <translation>Aus Aktion {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added by hand</source>
        <translation>Von Hand hinzugefügt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the mobile number is not valid</source>
        <translation>die Mobilnummer ist ungültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the number is not a mobile number</source>
        <translation>die Nummer ist keine Mobilnummer</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../desktop/ui/member_table_model.py" line="+35"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linked</source>
        <translation>Gekoppelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact code</source>
        <translation>Kontaktnummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{when} by {who}</source>
        <translation>{when} von {who}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../desktop/ui/messages.py" line="+24"/>
        <source>Database not available</source>
        <translation>Datenbank nicht verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database {database} could not be reached, so nothing was saved. Your entries are still in the form.</source>
        <translation>Die Datenbank {database} war nicht erreichbar, deshalb wurde nichts gespeichert. Ihre Eingaben stehen noch im Formular.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check the network connection and try again. If it keeps failing, give your administrator this message: {reason}</source>
        <translation>Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut. Wenn es weiterhin nicht klappt, geben Sie Ihrer Administration diese Meldung: {reason}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{title}” was deleted by another user while you were editing it.</source>
        <translation>„{title}“ wurde von einem anderen Benutzer gelöscht, während Sie daran gearbeitet haben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your entries have not been saved yet. Save them as a new campaign?</source>
        <translation>Ihre Eingaben sind noch nicht gespeichert. Als neue Kampagne speichern?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as &amp;new campaign</source>
        <translation>Als &amp;neue Kampagne speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Discard my entries</source>
        <translation>Meine Eingaben &amp;verwerfen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>another user</source>
        <translation>Ein anderer Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} saved “{title}” at {when}, while you were editing it.</source>
        <translation>{who} hat „{title}“ gespeichert ({when}), während Sie daran gearbeitet haben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your changes have not been saved yet. Reload to see the other changes (yours are then discarded), save yours over them, or go back and keep editing.</source>
        <translation>Ihre Änderungen sind noch nicht gespeichert. Laden Sie neu, um die anderen Änderungen zu sehen (Ihre werden dann verworfen), speichern Sie Ihre darüber, oder bearbeiten Sie weiter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reload, discard mine</source>
        <translation>&amp;Neu laden, meine verwerfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save mine over theirs</source>
        <translation>Meine &amp;trotzdem speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>MyTasksWindow</name>
    <message>
        <location filename="../desktop/ui/my_tasks_window.py" line="+53"/>
        <location line="+9"/>
        <source>My tasks</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Employee:</source>
        <translation>&amp;Mitarbeiter:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;how done tasks</source>
        <translation>Erledigte Aufgaben &amp;anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+129"/>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Mark the task done (Space, Ctrl+D)</source>
        <translation>Aufgabe als erledigt markieren (Leertaste, Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reassign…</source>
        <translation>Neu &amp;zuweisen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New task…</source>
        <translation>&amp;Neue Aufgabe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a new task (Ctrl+N)</source>
        <translation>Neue Aufgabe erfassen (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;contact</source>
        <translation>&amp;Kontakt öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the contact the task is about (Enter)</source>
        <translation>Den Kontakt anzeigen, um den es in der Aufgabe geht (Eingabetaste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the tasks again (F5)</source>
        <translation>Aufgaben neu einlesen (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>{open} open, {overdue} overdue</source>
        <translation>{open} offen, {overdue} überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{summary}, {done} done</source>
        <translation>{summary}, {done} erledigt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;open</source>
        <translation>Wiede&amp;r öffnen</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../desktop/ui/new_person_dialog.py" line="+45"/>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New interested person</source>
        <translation>Neuer Interessent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ms</source>
        <translation>Frau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mr</source>
        <translation>Herr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Salutation:</source>
        <translation>An&amp;rede:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postcode:</source>
        <translation>&amp;PLZ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ity:</source>
        <translation>Or&amp;t:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>St&amp;reet:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobiltelefon:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add to &amp;action:</source>
        <translation>Zu &amp;Aktion hinzufügen:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Please enter at least the last name.</source>
        <translation>Bitte geben Sie mindestens den Nachnamen ein.</translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <location filename="../desktop/query_texts.py" line="+29"/>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>begins with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is one of</source>
        <translation>ist einer von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is less than</source>
        <translation>ist kleiner als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is at most</source>
        <translation>ist höchstens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is greater than</source>
        <translation>ist größer als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is at least</source>
        <translation>ist mindestens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is between</source>
        <translation>liegt zwischen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the last … days</source>
        <translation>in den letzten … Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the last … months</source>
        <translation>in den letzten … Monaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this year</source>
        <translation>in diesem Jahr</translation>
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
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>PersonFinder</name>
    <message>
        <location filename="../desktop/ui/response_target_view.py" line="+189"/>
        <source>Or find the person</source>
        <translation>Oder die Person suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name, code or city, then Enter</source>
        <translation>Name, Code oder Ort, dann Eingabetaste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responses</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search person:</source>
        <translation>Person &amp;suchen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;mpaign:</source>
        <translation>&amp;Kampagne:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Persons found:</source>
        <translation>Gefundene &amp;Personen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their &amp;dossier items:</source>
        <translation>Ihre &amp;Dossiereinträge:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Nobody matches “{text}”. Try part of the name or the code.</source>
        <translation>Niemand passt zu „{text}“. Versuchen Sie es mit einem Teil des Namens oder mit dem Code.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No campaign letters found for {person}.</source>
        <translation>Für {person} wurden keine Kampagnenbriefe gefunden.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../desktop/ui/person_form.py" line="+54"/>
        <source>Ms</source>
        <translation>Frau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mr</source>
        <translation>Herr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Sal&amp;utation:</source>
        <translation>&amp;Anrede:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name prefi&amp;x:</source>
        <translation>&amp;Namenszusatz:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Last name:</source>
        <translation>Na&amp;chname:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Organisation:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fu&amp;nction:</source>
        <translation>Funkt&amp;ion:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;treet:</source>
        <translation>St&amp;raße:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Postcode:</source>
        <translation>&amp;PLZ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Department:</source>
        <translation>Abteilung:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>T&amp;elefon:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mo&amp;bile:</source>
        <translation>Mo&amp;biltelefon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter lan&amp;guage:</source>
        <translation>Briefsprac&amp;he:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Account manager:</source>
        <translation>K&amp;undenbetreuer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restrictions</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No letters</source>
        <translation>Keine Briefe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No e-mails</source>
        <translation>Keine E-Mails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No phone calls</source>
        <translation>Keine Anrufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No SMS</source>
        <translation>Keine SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deceased</source>
        <translation>Verstorben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
</context>
<context>
    <name>PersonPickerDialog</name>
    <message>
        <location filename="../desktop/ui/person_picker_dialog.py" line="+51"/>
        <source>Add persons</source>
        <translation>Personen hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by code, name, city or organisation…</source>
        <translation>Nach Kontaktnummer, Name, Ort oder Organisation suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Persons found</source>
        <translation>Gefundene Personen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New person…</source>
        <translation>&amp;Neue Person…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;all found</source>
        <translation>&amp;Alle gefundenen hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;chosen</source>
        <translation>Ausgewählte &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Type part of a name, code, city or organisation.</source>
        <translation>Geben Sie einen Teil eines Namens, einer Kontaktnummer, eines Orts oder einer Organisation ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n person(s) found</source>
        <translation>
            <numerusform>%n Person gefunden</numerusform>
            <numerusform>%n Personen gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Add &amp;all %n found</source>
        <translation>
            <numerusform>&amp;Alle gefundenen hinzufügen (%n)</numerusform>
            <numerusform>&amp;Alle gefundenen hinzufügen (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanningTasksTab</name>
    <message>
        <location filename="../desktop/ui/planning_tasks_tab.py" line="+46"/>
        <source>Tasks for preparing and running the campaign. Follow-up tasks about single contacts are in each employee&apos;s task list.</source>
        <translation>Aufgaben zur Vorbereitung und Durchführung der Kampagne. Folgeaufgaben zu einzelnen Kontakten stehen in der Aufgabenliste des jeweiligen Mitarbeiters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks of the campaign</source>
        <translation>Aufgaben der Kampagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New task…</source>
        <translation>&amp;Neue Aufgabe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Mark the task done (Space)</source>
        <translation>Aufgabe als erledigt markieren (Leertaste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reassign…</source>
        <translation>Neu &amp;zuweisen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>Lös&amp;chen…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{open} open, {overdue} overdue, {done} done</source>
        <translation>{open} offen, {overdue} überfällig, {done} erledigt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re&amp;open</source>
        <translation>Wiede&amp;r öffnen</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <location filename="../desktop/ui/setup_wizard.py" line="+29"/>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer a mass print offers first; you can choose another one each time.</source>
        <translation>Der Drucker, den ein Massendruck zuerst anbietet; Sie können jedes Mal einen anderen wählen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Printer:</source>
        <translation>&amp;Drucker:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No printer</source>
        <translation>Kein Drucker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (default)</source>
        <translation>{name} (Standard)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No printer is installed on this computer. Letters can still be saved as PDF.</source>
        <translation>Auf diesem Computer ist kein Drucker eingerichtet. Briefe können trotzdem als PDF gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>QueryDialog</name>
    <message>
        <location filename="../desktop/ui/query_dialog.py" line="+121"/>
        <source>Query “{name}”</source>
        <translation>Abfrage „{name}“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Query for campaign {number}</source>
        <translation>Abfrage für Kampagne {number}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Please correct the marked conditions.</source>
        <translation>Bitte korrigieren Sie die markierten Bedingungen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Please correct the marked conditions first.</source>
        <translation>Bitte korrigieren Sie zuerst die markierten Bedingungen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n person(s) found</source>
        <translation>
            <numerusform>%n Person gefunden</numerusform>
            <numerusform>%n Personen gefunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The query could not be run.</source>
        <translation>Die Abfrage konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/analyses_dialog.py" line="+49"/>
        <location filename="../desktop/ui/result_export.py" line="+32"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/ui/result_export.py" line="+1"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV für Excel (*.csv)</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../desktop/ui/result_export.py" line="+35"/>
        <source>{path} has been written (rows: {count}). Open the file now?</source>
        <translation>{path} wurde geschrieben (Zeilen: {count}). Datei jetzt öffnen?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/result_export.py" line="-32"/>
        <source>Export the result</source>
        <translation>Ergebnis exportieren</translation>
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
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../desktop/ui/query_dialog.py" line="+43"/>
        <location filename="../desktop/ui/result_export.py" line="+2"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../desktop/ui/analyses_dialog.py" line="-8"/>
        <location filename="../desktop/ui/result_export.py" line="+9"/>
        <source>The file {path} could not be written: {reason}</source>
        <translation>Die Datei {path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/result_export.py" line="-6"/>
        <source>Rows written: {count}…</source>
        <translation>Geschriebene Zeilen: {count}…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the folder does not exist. Choose another folder.</source>
        <translation>der Ordner existiert nicht. Bitte wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>access was denied. The file may be open in Excel: close it there, or choose another name.</source>
        <translation>der Zugriff wurde verweigert. Vielleicht ist die Datei in Excel geöffnet: Schließen Sie sie dort oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/query_dialog.py" line="+7"/>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+23"/>
        <location line="+4"/>
        <source>Save as selection</source>
        <translation>Als Selektion speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another user changed or deleted this selection in the meantime. Save it under a new name.</source>
        <translation>Ein anderer Benutzer hat diese Selektion inzwischen geändert oder gelöscht. Speichern Sie sie unter einem neuen Namen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Use for campaign</source>
        <translation>Für Kampagne verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The campaign was changed by another user in the meantime; open it again and retry.</source>
        <translation>Die Kampagne wurde inzwischen von einem anderen Benutzer geändert; öffnen Sie sie erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is already a selection called “{name}”. Please choose another name.</source>
        <translation>Es gibt bereits eine Selektion „{name}“. Bitte wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please enter a name for the selection.</source>
        <translation>Bitte geben Sie einen Namen für die Selektion ein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close query</source>
        <translation>Abfrage schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The query was changed. Save it as a selection before closing?</source>
        <translation>Die Abfrage wurde geändert. Vor dem Schließen als Selektion speichern?</translation>
    </message>
    <message>
        <location filename="../forms/query_dialog.ui" line="+6"/>
        <source>Create query</source>
        <translation>Abfrage erstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+26"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Narrow the result: search in every column</source>
        <translation>Ergebnis eingrenzen: in allen Spalten suchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;olumns…</source>
        <translation>S&amp;palten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the columns of the result and their order</source>
        <translation>Spalten des Ergebnisses und ihre Reihenfolge wählen</translation>
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
        <translation>Als &amp;Selektion speichern…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Use for campaign</source>
        <translation>&amp;Für Kampagne verwenden</translation>
    </message>
</context>
<context>
    <name>QueryProblems</name>
    <message>
        <location filename="../desktop/query_texts.py" line="+62"/>
        <source>output column {n}</source>
        <translation>Ausgabespalte {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sort column {n}</source>
        <translation>Sortierspalte {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>condition {n}</source>
        <translation>Bedingung {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the query</source>
        <translation>Die Abfrage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}: the query is damaged; build this part again.</source>
        <translation>{where}: Die Abfrage ist beschädigt; bitte diesen Teil neu anlegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The query was saved by a newer version of Kampagnen (format {detail}); install that version.</source>
        <translation>Die Abfrage wurde von einer neueren Version von Kampagnen gespeichert (Format {detail}); bitte installieren Sie diese Version.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: the field “{field}” does not exist (any more); choose another field.</source>
        <translation>{where}: Das Feld „{field}“ gibt es nicht (mehr); bitte wählen Sie ein anderes Feld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: “{field}” cannot be compared this way; choose another comparison.</source>
        <translation>{where}: „{field}“ lässt sich so nicht vergleichen; bitte wählen Sie einen anderen Vergleich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: please enter a value for “{field}”.</source>
        <translation>{where}: Bitte geben Sie einen Wert für „{field}“ ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: “{detail}” is not a valid value for “{field}”; please correct it.</source>
        <translation>{where}: „{detail}“ ist kein gültiger Wert für „{field}“; bitte korrigieren Sie ihn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: “{field}” is a condition only and cannot be shown as a column.</source>
        <translation>{where}: „{field}“ ist nur eine Bedingung und kann nicht als Spalte angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../desktop/ui/task_dialog.py" line="+184"/>
        <source>Reassign task</source>
        <translation>Aufgabe neu zuweisen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New due date:</source>
        <translation>&amp;Neues Fälligkeitsdatum:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Task:</source>
        <translation>Aufgabe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Give to:</source>
        <translation>&amp;Zuweisen an:</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../desktop/ui/report_document.py" line="+80"/>
        <source>Actions per campaign</source>
        <translation>Aktionen je Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available selections</source>
        <translation>Verfügbare Selektionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign summary</source>
        <translation>Kampagnenübersicht</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>There are no campaigns.</source>
        <translation>Es gibt keine Kampagnen.</translation>
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
        <translation>Geplant: {period}</translation>
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
        <translation>Die Kampagne hat noch keine Aktionen.</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+67"/>
        <location line="+23"/>
        <source>Campaign total</source>
        <translation>Kampagne gesamt</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>The campaign total includes the costs entered for the whole campaign.</source>
        <translation>Die Summe der Kampagne enthält die Kosten, die für die ganze Kampagne erfasst wurden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There are no saved selections.</source>
        <translation>Es gibt keine gespeicherten Selektionen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selections: {count}; distribution lists among them: {lists}.</source>
        <translation>Selektionen: {count}; davon Verteiler: {lists}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated costs</source>
        <translation>Plankosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual costs</source>
        <translation>Istkosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget used</source>
        <translation>Budget verbraucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+24"/>
        <location line="+17"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Members linked</source>
        <translation>Teilnehmer gekoppelt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generated</source>
        <translation>Generiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handled</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responded</source>
        <translation>Reagiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Response rate</source>
        <translation>Reaktionsquote</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Responses per type</source>
        <translation>Reaktionen je Reaktionsart</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No response types are set up for this campaign.</source>
        <translation>Für diese Kampagne sind keine Reaktionsarten eingerichtet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All responses</source>
        <translation>Alle Reaktionen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Responses per action</source>
        <translation>Reaktionen je Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responses</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+26"/>
        <source>Estimated</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+26"/>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost per contact</source>
        <translation>Kosten pro Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per response</source>
        <translation>Kosten pro Reaktion</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Whole campaign (entries without action)</source>
        <translation>Ganze Kampagne (Posten ohne Aktion)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole campaign</source>
        <translation>Ganze Kampagne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs, estimated against actual</source>
        <translation>Kosten Plan/Ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference: actual minus estimated costs. Cost per contact and per response: actual costs divided by the contacts generated or the contacts who responded.</source>
        <translation>Differenz: Istkosten minus Plankosten. Kosten pro Kontakt und pro Reaktion: Istkosten geteilt durch die generierten Kontakte bzw. die Kontakte, die reagiert haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Costs per action, estimated and actual</source>
        <translation>Kosten je Aktion, Plan und Ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs in €</source>
        <translation>Kosten in €</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Kampagnen – {title} – printed {date}</source>
        <translation>Kampagnen – {title} – gedruckt am {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer or file could not be opened.</source>
        <translation>Der Drucker oder die Datei konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../desktop/ui/reports_dialog.py" line="+48"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Campaign &amp;summary (figures, costs and charts of one campaign)</source>
        <translation>&amp;Kampagnenübersicht (Kennzahlen, Kosten und Diagramme einer Kampagne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actions per campaign</source>
        <translation>&amp;Aktionen je Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available se&amp;lections</source>
        <translation>&amp;Verfügbare Selektionen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Campaign:</source>
        <translation>Ka&amp;mpagne:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as P&amp;DF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Save the report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The file {path} could not be written: {reason}</source>
        <translation>Die Datei {path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The report was saved to {path} (%n page(s)). Open it now?</source>
        <translation>
            <numerusform>Der Bericht wurde in {path} gespeichert (%n Seite). Jetzt öffnen?</numerusform>
            <numerusform>Der Bericht wurde in {path} gespeichert (%n Seiten). Jetzt öffnen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The report could not be printed: {reason}</source>
        <translation>Der Bericht konnte nicht gedruckt werden: {reason}</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <location filename="../desktop/ui/response_dialog.py" line="+77"/>
        <source>Record responses</source>
        <translation>Reaktionen erfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan or type the ID printed on the letter, e.g. 00042-00001</source>
        <translation>Die auf dem Brief gedruckte ID scannen oder eingeben, z. B. 00042-00001</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mark as &amp;handled</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Record</source>
        <translation>Er&amp;fassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the response (Ctrl+Enter)</source>
        <translation>Reaktion erfassen (Ctrl+Eingabetaste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo last…</source>
        <translation>Letzte &amp;zurücknehmen…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Letter ID:</source>
        <translation>&amp;Brief-ID:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Response &amp;type (press its number):</source>
        <translation>Reaktions&amp;art (Nummer drücken):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No letter with the ID {code} was found. Check the number on the letter, or search the person.</source>
        <translation>Es wurde kein Brief mit der ID {code} gefunden. Prüfen Sie die Nummer auf dem Brief oder suchen Sie die Person.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The campaign {campaign} has no response types yet; add them to the campaign first.</source>
        <translation>Die Kampagne {campaign} hat noch keine Reaktionsarten; legen Sie diese zuerst in der Kampagne an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scan or type a letter ID first, or search the person.</source>
        <translation>Scannen oder geben Sie zuerst eine Brief-ID ein oder suchen Sie die Person.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the response first: press its number or click it.</source>
        <translation>Wählen Sie zuerst die Reaktion: Drücken Sie ihre Nummer oder klicken Sie sie an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This letter or response type was deleted in the meantime; nothing was recorded.</source>
        <translation>Dieser Brief oder diese Reaktionsart wurde inzwischen gelöscht; es wurde nichts erfasst.</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Took back “{response}” for {person}; %n open task(s) removed.</source>
        <translation>
            <numerusform>„{response}“ für {person} zurückgenommen; %n offene Aufgabe entfernt.</numerusform>
            <numerusform>„{response}“ für {person} zurückgenommen; %n offene Aufgaben entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n response(s) recorded in this session</source>
        <translation>
            <numerusform>%n Reaktion in dieser Sitzung erfasst</numerusform>
            <numerusform>%n Reaktionen in dieser Sitzung erfasst</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/response_target_view.py" line="-267"/>
        <source>Undo last response</source>
        <translation>Letzte Reaktion zurücknehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back “{response}” for {person}?</source>
        <translation>„{response}“ für {person} zurücknehmen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open tasks it created are removed too: {count}.</source>
        <translation>Dadurch angelegte offene Aufgaben werden ebenfalls entfernt: {count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It created no open tasks.</source>
        <translation>Dadurch wurden keine offenen Aufgaben angelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take back</source>
        <translation>&amp;Zurücknehmen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{subject} – {assignee}, due {weekday} {date}</source>
        <translation>{subject} – {assignee}, fällig {weekday} {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(account manager of the organisation)</source>
        <translation>(Kundenbetreuer der Organisation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(campaign owner, as {person} has no account manager)</source>
        <translation>(Kampagnenverantwortlicher, da {person} keinen Kundenbetreuer hat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(you, as {person} has no account manager and the campaign no owner)</source>
        <translation>(Sie, da {person} keinen Kundenbetreuer und die Kampagne keinen Verantwortlichen hat)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recorded “{response}” for {person}.</source>
        <translation>„{response}“ für {person} erfasst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No follow-up tasks.</source>
        <translation>Keine Folgeaufgaben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks: {tasks}</source>
        <translation>Aufgaben: {tasks}</translation>
    </message>
</context>
<context>
    <name>ResponseSetupTab</name>
    <message>
        <location filename="../desktop/ui/response_setup_tab.py" line="+65"/>
        <location line="+201"/>
        <source>Response types</source>
        <translation>Reaktionsarten</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>Only ticked (active) types can be chosen when recording a response.</source>
        <translation>Nur angehakte (aktive) Arten können beim Erfassen einer Reaktion gewählt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd…</source>
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the response type (F2)</source>
        <translation>Reaktionsart umbenennen (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>Na&amp;ch oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Pfeil nach oben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Pfeil nach unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Follow-up tasks</source>
        <translation>Folgeaufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a response of this type is recorded for this action, these tasks are created.</source>
        <translation>Wenn für diese Aktion eine Reaktion dieser Art erfasst wird, werden diese Aufgaben angelegt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Working days</source>
        <translation>Werktage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The task is due so many days after the response is recorded.</source>
        <translation>Die Aufgabe ist so viele Tage nach dem Erfassen der Reaktion fällig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;rule…</source>
        <translation>Regel hinz&amp;ufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed&amp;it rule…</source>
        <translation>Rege&amp;l bearbeiten…</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Rena&amp;me…</source>
        <translation>U&amp;mbenennen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move do&amp;wn</source>
        <translation>Nach u&amp;nten</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Actio&amp;n:</source>
        <translation>Akt&amp;ion:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove ru&amp;le…</source>
        <translation>Re&amp;gel entfernen…</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Inactive: cannot be chosen for new responses.</source>
        <translation>Inaktiv: kann für neue Reaktionen nicht gewählt werden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The campaign has no actions yet. Add one on the “Campaign” tab first.</source>
        <translation>Die Kampagne hat noch keine Aktionen. Legen Sie zuerst auf der Registerkarte „Kampagne“ eine an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a response type first.</source>
        <translation>Legen Sie zuerst eine Reaktionsart an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(account manager)</source>
        <translation>(Kundenbetreuer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employee {id}</source>
        <translation>Mitarbeiter {id}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>There is already a response type of that name.</source>
        <translation>Es gibt bereits eine Reaktionsart mit diesem Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please enter a name.</source>
        <translation>Bitte geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New response type</source>
        <translation>Neue Reaktionsart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the response, e.g. “Documents requested”:</source>
        <translation>Name der Reaktion, z. B. „Unterlagen angefordert“:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename response type</source>
        <translation>Reaktionsart umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Remove response type</source>
        <translation>Reaktionsart entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responses were already recorded as “{name}”, so it cannot be deleted.</source>
        <translation>Es wurden bereits Reaktionen als „{name}“ erfasst, daher kann die Art nicht gelöscht werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It will be deactivated instead: the recorded responses keep it, and it can no longer be chosen for new responses.</source>
        <translation>Sie wird stattdessen deaktiviert: Die erfassten Reaktionen behalten sie, für neue Reaktionen kann sie nicht mehr gewählt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the response type “{name}”?</source>
        <translation>Die Reaktionsart „{name}“ löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its follow-up rules ({count}) are deleted with it.</source>
        <translation>Ihre Folgeregeln ({count}) werden mitgelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Follow-up rule</source>
        <translation>Folgeregel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Please enter the task to be created.</source>
        <translation>Bitte geben Sie die anzulegende Aufgabe ein.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Remove follow-up rule</source>
        <translation>Folgeregel entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the rule that creates the task “{subject}”? Tasks it created already stay.</source>
        <translation>Die Regel entfernen, die die Aufgabe „{subject}“ anlegt? Bereits angelegte Aufgaben bleiben erhalten.</translation>
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
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>SaveSelectionDialog</name>
    <message>
        <location filename="../desktop/ui/save_selection_dialog.py" line="+22"/>
        <source>Save as selection</source>
        <translation>Als Selektion speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use as distribution &amp;list (Verteiler)</source>
        <translation>Als &amp;Verteiler verwenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
</context>
<context>
    <name>SelectionsDialog</name>
    <message>
        <location filename="../desktop/ui/selections_dialog.py" line="+30"/>
        <source>Selections</source>
        <translation>Selektionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distribution list</source>
        <translation>Verteiler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved selections</source>
        <translation>Gespeicherte Selektionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New query…</source>
        <translation>&amp;Neue Abfrage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open selection</source>
        <translation>Selektion öffnen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(copy)</source>
        <translation>(Kopie)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+14"/>
        <location line="+7"/>
        <source>Delete selection</source>
        <translation>Selektion löschen</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Delete the selection “{name}”? This cannot be undone.</source>
        <translation>Die Selektion „{name}“ löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The selection “{name}” is used by these campaigns and was not deleted: {campaigns}. Choose another data source or target group there first.</source>
        <translation>Die Selektion „{name}“ wird von diesen Kampagnen verwendet und wurde nicht gelöscht: {campaigns}. Wählen Sie dort zuerst eine andere Datenquelle oder Zielgruppe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another user changed or deleted the selection in the meantime; it was not deleted.</source>
        <translation>Ein anderer Benutzer hat die Selektion inzwischen geändert oder gelöscht; sie wurde nicht gelöscht.</translation>
    </message>
</context>
<context>
    <name>Selftest</name>
    <message>
        <location filename="../desktop/diagnostics.py" line="+61"/>
        <source>Qt platform</source>
        <translation>Qt-Plattform</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+256"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>{where} cannot be reached ({reason}). Check the address, the network and the password stored for it.</source>
        <translation>{where} ist nicht erreichbar ({reason}). Prüfen Sie die Adresse, das Netzwerk und das dafür gespeicherte Passwort.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where} was upgraded by a newer Kampagnen (schema {revision}). Install the newer program version on this workstation.</source>
        <translation>{where} wurde von einer neueren Version von Kampagnen aktualisiert (Schema {revision}). Installieren Sie die neuere Programmversion auf diesem Arbeitsplatz.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where} is not a Kampagnen database. Choose another database.</source>
        <translation>{where} ist keine Kampagnen-Datenbank. Wählen Sie eine andere Datenbank.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}, schema version {revision} (current)</source>
        <translation>{where}, Schemaversion {revision} (aktuell)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where} does not exist yet; it is created at the next start</source>
        <translation>{where} existiert noch nicht; sie wird beim nächsten Start angelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}, schema version {revision}; it is brought up to version {head} at the next start</source>
        <translation>{where}, Schemaversion {revision}; sie wird beim nächsten Start auf Version {head} gebracht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where} must be brought up to schema version {head} first. Make a backup, then run &apos;kampagnen db upgrade&apos; once.</source>
        <translation>{where} muss zuerst auf Schemaversion {head} gebracht werden. Legen Sie eine Datensicherung an und führen Sie dann einmal „kampagnen db upgrade“ aus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF converter</source>
        <translation>PDF-Umwandlung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Neither Microsoft Word nor LibreOffice was found, so no letters can be made. Install LibreOffice, or enter the path to soffice in the settings.</source>
        <translation>Weder Microsoft Word noch LibreOffice wurde gefunden, deshalb können keine Briefe erstellt werden. Installieren Sie LibreOffice oder tragen Sie den Pfad zu soffice in den Einstellungen ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Microsoft Word</source>
        <translation>Microsoft Word</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printers</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No printer is installed. Letters can still be saved as PDF.</source>
        <translation>Es ist kein Drucker eingerichtet. Briefe können trotzdem als PDF gespeichert werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keyring</source>
        <translation>Passwortspeicher</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No keyring of the operating system is available ({backend}); the password of a shared database cannot be stored.</source>
        <translation>Kein Passwortspeicher des Betriebssystems verfügbar ({backend}); das Passwort einer gemeinsamen Datenbank kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Translations</source>
        <translation>Übersetzungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Missing in {folder}: {languages}. Reinstall the program.</source>
        <translation>Fehlen in {folder}: {languages}. Installieren Sie das Programm neu.</translation>
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
        <translation>WARNUNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/ui/diagnostics_dialog.py" line="+1"/>
        <source>ERROR</source>
        <translation>FEHLER</translation>
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
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters and PDF</source>
        <translation>Briefe und PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>e.g. smtp.example.com; empty: no e-mail</source>
        <translation>z. B. smtp.example.com; leer: keine E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meist Port 587)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (meist Port 465)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None, unencrypted (port 25)</source>
        <translation>Keine, unverschlüsselt (Port 25)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>empty: the server needs no login</source>
        <translation>leer: der Server braucht keine Anmeldung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used for actions whose employee has no e-mail address.</source>
        <translation>Für Aktionen, deren Absender keine E-Mail-Adresse hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail &amp;server:</source>
        <translation>Mail&amp;server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ecurity:</source>
        <translation>Sicher&amp;heit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender &amp;address:</source>
        <translation>&amp;Absenderadresse:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mails per &amp;minute:</source>
        <translation>E-Mails pro &amp;Minute:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mails per &amp;connection:</source>
        <translation>E-Mails pro &amp;Verbindung:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>your e-mail address</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;test e-mail to me</source>
        <translation>&amp;Testmail an mich senden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Test e-mail t&amp;o:</source>
        <translation>Testmail a&amp;n:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Automatic: Word where installed, otherwise LibreOffice</source>
        <translation>Automatisch: Word, falls installiert, sonst LibreOffice</translation>
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
        <translation>leer: wird automatisch gesucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Letters LibreOffice turns into PDF as one document in a mass print. Fewer use less memory, more are faster.</source>
        <translation>So viele Briefe wandelt LibreOffice beim Massendruck als ein Dokument in PDF um. Weniger brauchen weniger Speicher, mehr sind schneller.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF &amp;converter:</source>
        <translation>PDF-&amp;Konverter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;LibreOffice program:</source>
        <translation>&amp;LibreOffice-Programm:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letters per &amp;document:</source>
        <translation>Briefe pro &amp;Dokument:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>As the operating system</source>
        <translation>Wie das Betriebssystem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new language applies after the program is restarted.</source>
        <translation>Eine neue Sprache gilt nach einem Neustart des Programms.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This computer offers no password store (keyring): a password cannot be saved.</source>
        <translation>Dieser Computer bietet keinen Passwortspeicher (Schlüsselbund): Ein Passwort kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password is stored in the keyring. Leave the field empty to keep it.</source>
        <translation>Im Passwortspeicher ist ein Passwort hinterlegt. Lassen Sie das Feld leer, um es zu behalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No password is stored. It is kept in the keyring, never in a file.</source>
        <translation>Es ist kein Passwort hinterlegt. Es wird im Passwortspeicher abgelegt, nie in einer Datei.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>LibreOffice program</source>
        <translation>LibreOffice-Programm</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server name must not contain spaces.</source>
        <translation>Der Servername darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the mail server first.</source>
        <translation>Geben Sie zuerst den Mailserver ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the user name the password belongs to.</source>
        <translation>Geben Sie den Benutzernamen ein, zu dem das Passwort gehört.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>test e-mail address</source>
        <translation>Testmail-Adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the address the test e-mail goes to.</source>
        <translation>Geben Sie die Adresse ein, an die die Testmail gehen soll.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {what} “{address}” is not an e-mail address: {reason}</source>
        <translation>Die {what} „{address}“ ist keine E-Mail-Adresse: {reason}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No password store (keyring) is available on this computer.</source>
        <translation>Auf diesem Computer ist kein Passwortspeicher (Schlüsselbund) verfügbar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The password could not be saved, so nothing has been saved yet.</source>
        <translation>Das Passwort konnte nicht gespeichert werden, deshalb wurde noch nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kampagnen keeps passwords only in the operating system&apos;s password store, never in a file. Ask your administrator to set one up, or clear the password field to save the other settings without it.

Reason: {reason}</source>
        <translation>Kampagnen speichert Passwörter nur im Passwortspeicher des Betriebssystems, nie in einer Datei. Bitten Sie Ihre Administration, einen einzurichten, oder leeren Sie das Passwortfeld, um die übrigen Einstellungen ohne Passwort zu speichern.

Grund: {reason}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The settings could not be written to {path}: {reason}</source>
        <translation>Die Einstellungen konnten nicht in {path} geschrieben werden: {reason}</translation>
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
        <translation>Der Mailserver {host} hat die Testmail an {address} angenommen. Prüfen Sie, ob sie angekommen ist.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../desktop/ui/setup_wizard.py" line="+85"/>
        <source>Set up Kampagnen</source>
        <translation>Kampagnen einrichten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The shared database {where} is empty. Create the Kampagnen tables in it now?</source>
        <translation>Die gemeinsame Datenbank {where} ist leer. Die Tabellen von Kampagnen jetzt darin anlegen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shared database {where} must be brought to the newest version before this Kampagnen can use it. Afterwards every workstation needs this program version. Make sure a backup exists. Upgrade now?</source>
        <translation>Die gemeinsame Datenbank {where} muss auf den neuesten Stand gebracht werden, bevor diese Version von Kampagnen sie verwenden kann. Danach braucht jeder Arbeitsplatz diese Programmversion. Stellen Sie sicher, dass eine Datensicherung existiert. Jetzt aktualisieren?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>It was set up by a newer version of Kampagnen; install that version on this workstation.</source>
        <translation>Die Datenbank wurde von einer neueren Version von Kampagnen eingerichtet; installieren Sie diese Version auf diesem Arbeitsplatz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is not a Kampagnen database.</source>
        <translation>Das ist keine Kampagnen-Datenbank.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database {where} cannot be used.</source>
        <translation>Die Datenbank {where} kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No password store (keyring) is available on this computer.</source>
        <translation>Auf diesem Computer ist kein Passwortspeicher (Schlüsselbund) verfügbar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The password could not be saved, so the set-up is not finished.</source>
        <translation>Das Passwort konnte nicht gespeichert werden, deshalb ist die Einrichtung nicht abgeschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kampagnen keeps passwords only in the operating system&apos;s password store, never in a file. Ask your administrator to set one up.

Reason: {reason}</source>
        <translation>Kampagnen speichert Passwörter nur im Passwortspeicher des Betriebssystems, nie in einer Datei. Bitten Sie Ihre Administration, einen einzurichten.

Grund: {reason}</translation>
    </message>
</context>
<context>
    <name>TargetGroupPanel</name>
    <message>
        <location filename="../desktop/ui/target_group_panel.py" line="+49"/>
        <source>Link selectio&amp;n…</source>
        <translation>S&amp;elektion verknüpfen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unlink</source>
        <translation>Entkoppeln</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Import CS&amp;V…</source>
        <translation>&amp;CSV importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;persons…</source>
        <translation>Personen hin&amp;zufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link</source>
        <translation>Ko&amp;ppeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked members take part in the run (Ctrl+K).</source>
        <translation>Gekoppelte Teilnehmer nehmen am Lauf teil (Strg+K).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlinked members stay in the group but get nothing (Ctrl+Shift+K).</source>
        <translation>Entkoppelte Teilnehmer bleiben in der Zielgruppe, erhalten aber nichts (Strg+Umschalt+K).</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>Members (%n)</source>
        <translation>
            <numerusform>Teilnehmer (%n)</numerusform>
            <numerusform>Teilnehmer (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Left out (%n)</source>
        <translation>
            <numerusform>Ausgeschlossen (%n)</numerusform>
            <numerusform>Ausgeschlossen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an action above to see its target group.</source>
        <translation>Wählen Sie oben eine Aktion, um ihre Zielgruppe zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n member(s), </source>
        <translation>
            <numerusform>%n Teilnehmer, </numerusform>
            <numerusform>%n Teilnehmer, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n linked, </source>
        <translation>
            <numerusform>%n gekoppelt, </numerusform>
            <numerusform>%n gekoppelt, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n left out: not reachable through this channel.</source>
        <translation>
            <numerusform>%n ausgeschlossen (kommt für diesen Kanal nicht in Frage).</numerusform>
            <numerusform>%n ausgeschlossen (kommen für diesen Kanal nicht in Frage).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Remove members</source>
        <translation>Teilnehmer entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove %n person(s) from the target group of this action? Their contact data stays.</source>
        <translation>
            <numerusform>%n Person aus der Zielgruppe dieser Aktion entfernen? Die Kontaktdaten bleiben erhalten.</numerusform>
            <numerusform>%n Personen aus der Zielgruppe dieser Aktion entfernen? Die Kontaktdaten bleiben erhalten.</numerusform>
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
        <translation>Person:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaign:</source>
        <translation>Kampagne:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject:</source>
        <translation>Betreff:</translation>
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
        <translation>Frühere Reaktionen:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scan or type a letter ID, or search the person.</source>
        <translation>Scannen oder geben Sie eine Brief-ID ein oder suchen Sie die Person.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Handled</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../desktop/ui/task_dialog.py" line="-60"/>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Zugewiesen an:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due on:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Please enter what is to be done.</source>
        <translation>Bitte geben Sie ein, was zu tun ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no active employee to give the task to.</source>
        <translation>Es gibt keinen aktiven Mitarbeiter, dem die Aufgabe zugewiesen werden kann.</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <location line="-97"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Someone else deleted this task in the meantime.</source>
        <translation>Jemand anderes hat diese Aufgabe inzwischen gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} changed this task in the meantime.</source>
        <translation>{who} hat diese Aufgabe inzwischen geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list now shows the current state; please check it and try again.</source>
        <translation>Die Liste zeigt jetzt den aktuellen Stand; bitte prüfen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+120"/>
        <source>Delete task</source>
        <translation>Aufgabe löschen</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Delete the task “{subject}”? This cannot be undone.</source>
        <translation>Die Aufgabe „{subject}“ löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Task done</source>
        <translation>Aufgabe erledigt</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <location filename="../desktop/ui/dossier_table.py" line="+160"/>
        <source>Mark d&amp;one</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Task changed</source>
        <translation>Aufgabe geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed or deleted this task meanwhile. The list now shows the current state.</source>
        <translation>Jemand anderes hat diese Aufgabe inzwischen geändert oder gelöscht. Die Liste zeigt jetzt den aktuellen Stand.</translation>
    </message>
</context>
<context>
    <name>TemplateCheck</name>
    <message>
        <location filename="../desktop/template_texts.py" line="+32"/>
        <source>Body text</source>
        <translation>Haupttext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header of section {section}</source>
        <translation>Kopfzeile von Abschnitt {section}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footer of section {section}</source>
        <translation>Fußzeile von Abschnitt {section}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footer</source>
        <translation>Fußzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footnotes</source>
        <translation>Fußnoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endnotes</source>
        <translation>Endnoten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>table {table}, row {row}, cell {cell}</source>
        <translation>Tabelle {table}, Zeile {row}, Zelle {cell}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paragraph {number}</source>
        <translation>Absatz {number}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown field «{field}» — did you mean «{suggestion}»?</source>
        <translation>Unbekanntes Feld «{field}» – meinten Sie «{suggestion}»?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown field «{field}»; it would stay empty in every letter.</source>
        <translation>Unbekanntes Feld «{field}»; es bliebe in jedem Brief leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a field is broken apart in “{text}”. Write {open} and {close} without spaces or line breaks in between, or delete the field and type it again.</source>
        <translation>Ein Feld ist in „{text}“ auseinandergerissen. Schreiben Sie {open} und {close} ohne Leerzeichen oder Zeilenumbruch zwischen den Klammern, oder löschen Sie das Feld und geben Sie es neu ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Word’s AutoCorrect changed the field {field} (curly quotes, a dash or a non-breaking space). The letters come out right; to be safe, type the field again.</source>
        <translation>Die AutoKorrektur von Word hat das Feld {field} verändert (typografische Anführungszeichen, ein Gedankenstrich oder ein geschütztes Leerzeichen). Die Briefe werden trotzdem richtig erstellt; geben Sie das Feld sicherheitshalber neu ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the line holds only the field «{field}», which is empty for many contacts; the line is left out of those letters.</source>
        <translation>Die Zeile enthält nur das Feld «{field}», das bei vielen Kontakten leer ist; in deren Briefen entfällt die Zeile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the Word field “{field}” does nothing in a letter per contact and is left as it is.</source>
        <translation>Das Word-Feld „{field}“ hat in einem Brief je Kontakt keine Wirkung und bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the fields cannot be read ({reason}). Check the braces {braces} in this part.</source>
        <translation>Die Felder können nicht gelesen werden ({reason}). Prüfen Sie in diesem Teil die Klammern {braces}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{place}: {finding}</source>
        <translation>{place}: {finding}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file {file} does not exist (any more).</source>
        <translation>Die Datei {file} existiert nicht (mehr).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {file} cannot be read. Is it open in another program, or are you missing the permission to read it?</source>
        <translation>Die Datei {file} kann nicht gelesen werden. Ist sie in einem anderen Programm geöffnet, oder fehlt Ihnen die Berechtigung zum Lesen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is an old Word 97-2003 document. Open it in Word, save it with “Save as” → “Word Document (*.docx)” and import that file.</source>
        <translation>{file} ist ein altes Word-97-2003-Dokument. Öffnen Sie es in Word, speichern Sie es mit „Speichern unter“ → „Word-Dokument (*.docx)“ und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is not a Word document. Templates are Word files (.docx).</source>
        <translation>{file} ist kein Word-Dokument. Vorlagen sind Word-Dateien (.docx).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} was not imported: its merge fields cannot be read. Correct them in Word and import the file again.</source>
        <translation>{file} wurde nicht importiert: Die Seriendruckfelder darin können nicht gelesen werden. Korrigieren Sie sie in Word und importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>mass print of “{action}” in campaign {campaign}, started by {who}</source>
        <translation>Massendruck von „{action}“ in Kampagne {campaign}, gestartet von {who}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The template “{name}” was not deleted: it is still needed by</source>
        <translation>Die Vorlage „{name}“ wurde nicht gelöscht, weil sie noch benötigt wird für:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>action {action}</source>
        <translation>Aktion {action}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish or restart those mass prints, or choose another template for those actions, and delete it then.</source>
        <translation>Schließen Sie diese Massendrucke ab oder starten Sie sie neu, oder wählen Sie für diese Aktionen eine andere Vorlage; löschen Sie die Vorlage danach.</translation>
    </message>
</context>
<context>
    <name>TemplateCheckDialog</name>
    <message>
        <location filename="../desktop/ui/template_check_dialog.py" line="+35"/>
        <source>Check of “{name}”</source>
        <translation>Prüfung von „{name}“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version {revision} has no problems: every field is known and can be merged.</source>
        <translation>Version {revision} hat keine Probleme: Jedes Feld ist bekannt und kann gefüllt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {revision} has errors that spoil letters (errors: {errors}, notes: {warnings}). Correct the errors in Word and read the file in again.</source>
        <translation>Version {revision} hat Fehler, die die Briefe verderben (Fehler: {errors}, Hinweise: {warnings}). Korrigieren Sie die Fehler in Word und lesen Sie die Datei neu ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version {revision} can be used; have a look at the notes (notes: {warnings}).</source>
        <translation>Version {revision} ist verwendbar; sehen Sie sich die Hinweise an (Hinweise: {warnings}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fields used: {fields}</source>
        <translation>Verwendete Felder: {fields}</translation>
    </message>
</context>
<context>
    <name>TemplateManager</name>
    <message>
        <location filename="../desktop/ui/template_manager.py" line="+52"/>
        <location line="+3"/>
        <location line="+339"/>
        <source>Letter templates</source>
        <translation>Briefvorlagen</translation>
    </message>
    <message>
        <location line="-341"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit in Word</source>
        <translation>In Word &amp;bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read in again…</source>
        <translation>&amp;Neu einlesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Versions…</source>
        <translation>&amp;Versionen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Errors: {errors}, notes: {notes}. Check shows them.</source>
        <translation>Fehler: {errors}, Hinweise: {notes}. „Prüfen“ zeigt sie an.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+13"/>
        <location line="+7"/>
        <source>Import letter template</source>
        <translation>Briefvorlage importieren</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+125"/>
        <source>Word documents (*.docx *.docm *.dotx *.dotm);;All files (*)</source>
        <translation>Word-Dokumente (*.docx *.docm *.dotx *.dotm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>A template named “{name}” exists already. Name of the new template:</source>
        <translation>Es gibt bereits eine Vorlage „{name}“. Name der neuen Vorlage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (new)</source>
        <translation>{name} (neu)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{name}” imported as version 1.</source>
        <translation>„{name}“ als Version 1 importiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The check found something; see the list.</source>
        <translation>Die Prüfung hat etwas gefunden; siehe Liste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check found no problems.</source>
        <translation>Die Prüfung hat keine Probleme gefunden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+27"/>
        <location line="+13"/>
        <source>Edit in Word</source>
        <translation>In Word bearbeiten</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The file {file} holds changes that were not read in yet.</source>
        <translation>Die Datei {file} enthält Änderungen, die noch nicht eingelesen wurden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on editing them, or start again from the current version (the changes in the file are lost)?</source>
        <translation>Möchten Sie daran weiterarbeiten oder neu mit der aktuellen Version beginnen (die Änderungen in der Datei gehen dann verloren)?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Go on editing</source>
        <translation>&amp;Weiterarbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start again</source>
        <translation>Neu &amp;beginnen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No program for Word documents was found. Open the file yourself: {file}</source>
        <translation>Es wurde kein Programm für Word-Dokumente gefunden. Öffnen Sie die Datei selbst: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is open in Word as {file}. Save it there; back here, Kampagnen offers to read it in.</source>
        <translation>„{name}“ ist in Word als {file} geöffnet. Speichern Sie die Datei dort; wenn Sie hierher zurückkehren, bietet Kampagnen an, sie einzulesen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file {file} cannot be written. Is it open in Word? Close it there and try again.</source>
        <translation>Die Datei {file} kann nicht geschrieben werden. Ist sie in Word geöffnet? Schließen Sie sie dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Read in changes</source>
        <translation>Änderungen einlesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” was changed in Word ({file}). Read in the changes as a new version?</source>
        <translation>„{name}“ wurde in Word geändert ({file}). Die Änderungen als neue Version einlesen?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Read in “{name}” again</source>
        <translation>„{name}“ neu einlesen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>Read in template</source>
        <translation>Vorlage einlesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} read in a new version of “{name}” at {when}. Read in yours as the newest version anyway? The other one stays in the versions.</source>
        <translation>{who} hat am {when} eine neue Version von „{name}“ eingelesen. Ihre Version trotzdem als neueste einlesen? Die andere bleibt in den Versionen erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another user</source>
        <translation>Ein anderer Benutzer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{file} holds the current version {revision} of “{name}”; nothing was changed.</source>
        <translation>{file} enthält die aktuelle Version {revision} von „{name}“; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” read in as version {revision}.</source>
        <translation>„{name}“ als Version {revision} eingelesen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An earlier version of “{name}” is current again, as version {revision}.</source>
        <translation>Eine frühere Version von „{name}“ ist als Version {revision} wieder aktuell.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+9"/>
        <location line="+3"/>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Delete the template “{name}” with all its versions? Letters written with it stay in the archive. This cannot be undone.</source>
        <translation>Die Vorlage „{name}“ mit allen Versionen löschen? Damit geschriebene Briefe bleiben im Archiv. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Another user changed or deleted the template in the meantime; it was not deleted.</source>
        <translation>Ein anderer Benutzer hat die Vorlage inzwischen geändert oder gelöscht; sie wurde nicht gelöscht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{name}” was deleted.</source>
        <translation>„{name}“ wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template was deleted by another user.</source>
        <translation>Die Vorlage wurde von einem anderen Benutzer gelöscht.</translation>
    </message>
</context>
<context>
    <name>TemplateVersionsDialog</name>
    <message>
        <location filename="../desktop/ui/template_versions_dialog.py" line="+36"/>
        <source>Versions of “{name}”</source>
        <translation>Versionen von „{name}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make this version the current one again (as a new version)</source>
        <translation>Diese Version wieder zur aktuellen machen (als neue Version)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{revision} (current)</source>
        <translation>{revision} (aktuell)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Restore version</source>
        <translation>Version wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template was deleted by another user.</source>
        <translation>Die Vorlage wurde von einem anderen Benutzer gelöscht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another user read in a new version of the template meanwhile; nothing was restored. The list shows the versions now.</source>
        <translation>Ein anderer Benutzer hat inzwischen eine neue Version der Vorlage eingelesen; es wurde nichts wiederhergestellt. Die Liste zeigt jetzt den aktuellen Stand.</translation>
    </message>
</context>
<context>
    <name>Totalizer</name>
    <message>
        <location filename="../desktop/campaigns/totalizer.py" line="+44"/>
        <source>Handled</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier type</source>
        <translation>Dossiertyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode area</source>
        <translation>PLZ-Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account manager</source>
        <translation>Kundenbetreuer</translation>
    </message>
</context>
<context>
    <name>TotalizerDialog</name>
    <message>
        <location filename="../desktop/ui/totalizer_dialog.py" line="+52"/>
        <source>Totalizer</source>
        <translation>Summierer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+181"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Share of parent</source>
        <translation>Anteil an Obergruppe</translation>
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
        <translation>Alle &amp;aufklappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ollapse all</source>
        <translation>Alle &amp;zuklappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to &amp;Excel…</source>
        <translation>Nach &amp;Excel exportieren…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Campaign:</source>
        <translation>&amp;Kampagne:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;1st level:</source>
        <translation>&amp;1. Ebene:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;2nd level:</source>
        <translation>&amp;2. Ebene:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;3rd level:</source>
        <translation>&amp;3. Ebene:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dossier items of the campaign, &amp;grouped:</source>
        <translation>Dossiereinträge der Kampagne, &amp;gruppiert:</translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>All dossier items (%n)</source>
        <translation>
            <numerusform>Alle Dossiereinträge (%n)</numerusform>
            <numerusform>Alle Dossiereinträge (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Export the totalizer</source>
        <translation>Summierer exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Totalizer {number}</source>
        <translation>Summierer {number}</translation>
    </message>
</context>
<context>
    <name>TotalsFigures</name>
    <message>
        <location filename="../desktop/ui/figures_panel.py" line="-98"/>
        <source>Linked / not linked</source>
        <translation>Gekoppelt / nicht gekoppelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>Generiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled / open</source>
        <translation>Erledigt / offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response rate</source>
        <translation>Reaktionsquote</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contacts who responded, as a share of those generated</source>
        <translation>Kontakte, die reagiert haben, als Anteil an den generierten</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../desktop/query_texts.py" line="-84"/>
        <source>Mr</source>
        <translation>Herr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ms</source>
        <translation>Frau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(neutral)</source>
        <translation>(neutral)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denmark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
</context>
</TS>
