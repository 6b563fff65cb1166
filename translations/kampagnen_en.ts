<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="+188"/>
        <source>Its %n action(s) with their target groups and the responses recorded for the campaign are deleted too. Entries in the contacts&apos; dossiers are kept. This cannot be undone.</source>
        <translation>
            <numerusform>Its %n action with its target group and the responses recorded for the campaign are deleted too. Entries in the contacts&apos; dossiers are kept. This cannot be undone.</numerusform>
            <numerusform>Its %n actions with their target groups and the responses recorded for the campaign are deleted too. Entries in the contacts&apos; dossiers are kept. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueryDialog</name>
    <message numerus="yes">
        <location filename="../desktop/ui/query_dialog.py" line="+219"/>
        <source>%n person(s) found</source>
        <translation>
            <numerusform>%n person found</numerusform>
            <numerusform>%n persons found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/result_export.py" line="+49"/>
        <source>%n row(s) written…</source>
        <translation>
            <numerusform>%n row written…</numerusform>
            <numerusform>%n rows written…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n row(s) written to {path}. Open the file now?</source>
        <translation>
            <numerusform>%n row written to {path}. Open the file now?</numerusform>
            <numerusform>%n rows written to {path}. Open the file now?</numerusform>
        </translation>
    </message>
</context>
</TS>
