<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>CasesScreen</name>
    <message numerus="yes">
        <source>%n samtale(r) med »%1«</source>
        <translation>
            <numerusform>%n samtale med »%1«</numerusform>
            <numerusform>%n samtaler med »%1«</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>De %1 nyeste af %n samtaler. Vælg et barn, eller søg, for at se ældre.</source>
        <translation>
            <numerusform>De %1 nyeste af %n samtale. Vælg et barn, eller søg, for at se ældre.</numerusform>
            <numerusform>De %1 nyeste af %n samtaler. Vælg et barn, eller søg, for at se ældre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samtale(r)</source>
        <translation>
            <numerusform>%n samtale</numerusform>
            <numerusform>%n samtaler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignOffPanel</name>
    <message numerus="yes">
        <source>%n punkt(er) mangler, før samtalen kan underskrives.</source>
        <translation>
            <numerusform>%n punkt mangler, før samtalen kan underskrives.</numerusform>
            <numerusform>%n punkter mangler, før samtalen kan underskrives.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message numerus="yes">
        <source>Slet om %n dag(e)</source>
        <translation>
            <numerusform>Slet om %n dag</numerusform>
            <numerusform>Slet om %n dage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message numerus="yes">
        <source>Vent %n sekund(er), før du prøver igen.</source>
        <translation>
            <numerusform>Vent %n sekund, før du prøver igen.</numerusform>
            <numerusform>Vent %n sekunder, før du prøver igen.</numerusform>
        </translation>
    </message>
</context>
</TS>
