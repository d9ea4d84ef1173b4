<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
  Danish for the few texts of Qt's own file dialog (labels and the file types) that Qt 6 changed and Qt's Danish
  translation (qtbase_da.qm, which PySide6 ships) has not caught up with. Loaded after
  qtbase_da by src/borne_samtale/ui/i18n.py; compiled by make like the other .ts files.
-->
<TS version="2.1" language="da_DK">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Kig i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer af &amp;type:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drev</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1-fil</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Filmappe</translation>
    </message>
</context>
</TS>
