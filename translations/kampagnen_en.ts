<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionList</name>
    <message numerus="yes">
        <location filename="../desktop/ui/action_list.py" line="+175"/>
        <source>Delete action {number} “{name}” with its target group of %n person(s)?</source>
        <translation>
            <numerusform>Delete action {number} “{name}” with its target group of %n person?</numerusform>
            <numerusform>Delete action {number} “{name}” with its target group of %n persons?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The action has already generated %n dossier entry(s). They stay in the contacts&apos; history, but no longer point to this action.</source>
        <translation>
            <numerusform>The action has already generated %n dossier entry. It stays in the contact&apos;s history, but no longer points to this action.</numerusform>
            <numerusform>The action has already generated %n dossier entries. They stay in the contacts&apos; history, but no longer point to this action.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalysesDialog</name>
    <message numerus="yes">
        <location filename="../desktop/ui/analyses_dialog.py" line="+171"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallerDialog</name>
    <message numerus="yes">
        <location filename="../desktop/ui/caller_dialog.py" line="+146"/>
        <source>%n contact(s) found</source>
        <translation>
            <numerusform>%n contact found</numerusform>
            <numerusform>%n contacts found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignTab</name>
    <message numerus="yes">
        <location filename="../desktop/ui/campaign_tab.py" line="+194"/>
        <source>%n person(s) added to the target group.</source>
        <translation>
            <numerusform>%n person added to the target group.</numerusform>
            <numerusform>%n persons added to the target group.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n were members already.</source>
        <translation>
            <numerusform>%n was a member already.</numerusform>
            <numerusform>%n were members already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n left out: already used in an earlier action.</source>
        <translation>
            <numerusform>%n left out: already used in an earlier action.</numerusform>
            <numerusform>%n left out: already used in an earlier action.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cannot be reached through this channel; they are listed under “Left out”.</source>
        <translation>
            <numerusform>%n cannot be reached through this channel and is listed under “Left out”.</numerusform>
            <numerusform>%n cannot be reached through this channel; they are listed under “Left out”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message numerus="yes">
        <location filename="../desktop/ui/duplicate_dialog.py" line="+31"/>
        <source>%n person(s) with the same data exist already. Take the existing person instead of entering a second one?</source>
        <translation>
            <numerusform>%n person with the same data exists already. Take the existing person instead of entering a second one?</numerusform>
            <numerusform>%n persons with the same data exist already. Take one of the existing persons instead of entering another one?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message numerus="yes">
        <location filename="../desktop/ui/member_import.py" line="+66"/>
        <source>%n line(s) read.</source>
        <translation>
            <numerusform>%n line read.</numerusform>
            <numerusform>%n lines read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Nothing was imported: %n line(s) must be corrected first. Correct them in the file and import it again.</source>
        <translation>
            <numerusform>Nothing was imported: %n line must be corrected first. Correct it in the file and import it again.</numerusform>
            <numerusform>Nothing was imported: %n lines must be corrected first. Correct them in the file and import it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailSendDialog</name>
    <message numerus="yes">
        <location filename="../desktop/ui/mail_send_dialog.py" line="+75"/>
        <source>%n member(s) get the e-mail.</source>
        <translation>
            <numerusform>%n member gets the e-mail.</numerusform>
            <numerusform>%n members get the e-mail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n member(s) get no e-mail:</source>
        <translation>
            <numerusform>%n member gets no e-mail:</numerusform>
            <numerusform>%n members get no e-mail:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="+212"/>
        <source>Its %n action(s) with their target groups and the responses recorded for the campaign are deleted too. Entries in the contacts&apos; dossiers are kept. This cannot be undone.</source>
        <translation>
            <numerusform>Its %n action with its target group and the responses recorded for the campaign are deleted too. Entries in the contacts&apos; dossiers are kept. This cannot be undone.</numerusform>
            <numerusform>Its %n actions with their target groups and the responses recorded for the campaign are deleted too. Entries in the contacts&apos; dossiers are kept. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MassPrintDialog</name>
    <message numerus="yes">
        <location filename="../desktop/ui/mass_print_dialog.py" line="+192"/>
        <source>%n letter(s) to linked members; estimated costs {costs}.</source>
        <translation>
            <numerusform>%n letter to a linked member; estimated costs {costs}.</numerusform>
            <numerusform>%n letters to linked members; estimated costs {costs}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>The template has %n error(s) that would spoil the letters: correct it in Word first.</source>
        <translation>
            <numerusform>The template has %n error that would spoil the letters: correct it in Word first.</numerusform>
            <numerusform>The template has %n errors that would spoil the letters: correct it in Word first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The template is usable; have a look at its notes (%n).</source>
        <translation>
            <numerusform>The template is usable; have a look at its note (%n).</numerusform>
            <numerusform>The template is usable; have a look at its notes (%n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonPickerDialog</name>
    <message numerus="yes">
        <location filename="../desktop/ui/person_picker_dialog.py" line="+121"/>
        <source>%n person(s) found</source>
        <translation>
            <numerusform>%n person found</numerusform>
            <numerusform>%n persons found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Add &amp;all %n found</source>
        <translation>
            <numerusform>Add &amp;all %n found</numerusform>
            <numerusform>Add &amp;all %n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueryDialog</name>
    <message numerus="yes">
        <location filename="../desktop/ui/query_dialog.py" line="+222"/>
        <source>%n person(s) found</source>
        <translation>
            <numerusform>%n person found</numerusform>
            <numerusform>%n persons found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message numerus="yes">
        <location filename="../desktop/ui/reports_dialog.py" line="+161"/>
        <source>The report was saved to {path} (%n page(s)). Open it now?</source>
        <translation>
            <numerusform>The report was saved to {path} (%n page). Open it now?</numerusform>
            <numerusform>The report was saved to {path} (%n pages). Open it now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message numerus="yes">
        <location filename="../desktop/ui/response_dialog.py" line="+278"/>
        <source>Took back “{response}” for {person}; %n open task(s) removed.</source>
        <translation>
            <numerusform>Took back “{response}” for {person}; %n open task removed.</numerusform>
            <numerusform>Took back “{response}” for {person}; %n open tasks removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n response(s) recorded in this session</source>
        <translation>
            <numerusform>%n response recorded in this session</numerusform>
            <numerusform>%n responses recorded in this session</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetGroupPanel</name>
    <message numerus="yes">
        <location filename="../desktop/ui/target_group_panel.py" line="+120"/>
        <source>Members (%n)</source>
        <translation>
            <numerusform>Members (%n)</numerusform>
            <numerusform>Members (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Left out (%n)</source>
        <translation>
            <numerusform>Left out (%n)</numerusform>
            <numerusform>Left out (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n member(s), </source>
        <translation>
            <numerusform>%n member, </numerusform>
            <numerusform>%n members, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n linked, </source>
        <translation>
            <numerusform>%n linked, </numerusform>
            <numerusform>%n linked, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n left out: not reachable through this channel.</source>
        <translation>
            <numerusform>%n left out: not reachable through this channel.</numerusform>
            <numerusform>%n left out: not reachable through this channel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Remove %n person(s) from the target group of this action? Their contact data stays.</source>
        <translation>
            <numerusform>Remove %n person from the target group of this action? The contact data stays.</numerusform>
            <numerusform>Remove %n persons from the target group of this action? Their contact data stays.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TotalizerDialog</name>
    <message numerus="yes">
        <location filename="../desktop/ui/totalizer_dialog.py" line="+197"/>
        <source>All dossier items (%n)</source>
        <translation>
            <numerusform>All dossier items (%n)</numerusform>
            <numerusform>All dossier items (%n)</numerusform>
        </translation>
    </message>
</context>
</TS>
