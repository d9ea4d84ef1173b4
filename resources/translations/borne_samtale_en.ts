<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="da_DK">
<context>
    <name>BriefingDialog</name>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/briefing.py" line="48" />
        <source>Instruktion af tolken</source>
        <translation>Briefing the interpreter</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/briefing.py" line="50" />
        <source>Gå det her igennem med tolken, før barnet kommer ind</source>
        <translation>Go through this with the interpreter before the child comes in</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/briefing.py" line="76" />
        <source>Sig til barnet gennem tolken:</source>
        <translation>Say to the child through the interpreter:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/briefing.py" line="91" />
        <source>&amp;Tolken er instrueret</source>
        <translation>The &amp;interpreter has been briefed</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/briefing.py" line="107" />
        <source>%1 af %2 punkter gennemgået</source>
        <translation>%1 of %2 points covered</translation>
    </message>
</context>
<context>
    <name>CaseFlow</name>
    <message>
        <location filename="../../src/borne_samtale/ui/window_cases.py" line="27" />
        <source>Gemt %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_cases.py" line="69" />
        <source>Dokumenterne</source>
        <translation>The documents</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_cases.py" line="86" />
        <source>Kan ikke underskrive</source>
        <translation>Cannot sign</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_cases.py" line="112" />
        <source>Referat og brev er underskrevet.</source>
        <translation>The record and the letter are signed.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_cases.py" line="122" />
        <source>Slettet</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_cases.py" line="125" />
        <source>Samtalen er slettet fra computeren. Loggen har en kvittering uden indhold: %1</source>
        <translation>The conversation is deleted from this computer. The log keeps a receipt without content: %1</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_cases.py" line="130" />
        <source>En eksport blev ikke slettet; se Boks &gt; Eksporter på computeren.</source>
        <translation>An export was not deleted; see Vault &gt; Exports on this computer.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_cases.py" line="177" />
        <location filename="../../src/borne_samtale/ui/window_cases.py" line="178" />
        <location filename="../../src/borne_samtale/ui/window_cases.py" line="191" />
        <source>Ikke gemt</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_cases.py" line="187" />
        <source>Det sidste kunne ikke gemmes. Teksten står stadig i vinduet; prøv igen, eller kontakt IT-support.</source>
        <translation>Your latest changes could not be saved. The text is still in the window; try again, or contact IT support.</translation>
    </message>
</context>
<context>
    <name>CasesScreen</name>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/cases.py" line="71" />
        <source>Børn og samtaler</source>
        <translation>Children and conversations</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/cases.py" line="74" />
        <source>Søg i alle notater (Ctrl+F)</source>
        <translation>Search all notes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/cases.py" line="75" />
        <source>Søg i alle notater</source>
        <translation>Search all notes</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/cases.py" line="77" />
        <source>&amp;Ny samtale (Ctrl+N)</source>
        <translation>&amp;New conversation (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/cases.py" line="78" />
        <source>Ny samtale</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/cases.py" line="79" />
        <source>Å&amp;bn samtale (Enter)</source>
        <translation>&amp;Open conversation (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/cases.py" line="80" />
        <source>Åbn samtale</source>
        <translation>Open conversation</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/cases.py" line="82" />
        <source>Børn</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/cases.py" line="86" />
        <source>Samtaler</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/cases.py" line="90" />
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/cases.py" line="91" />
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/cases.py" line="92" />
        <source>Formål</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/cases.py" line="93" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/cases.py" line="94" />
        <source>Notater</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/cases.py" line="107" />
        <source>Barnets svar på skalaen over tid</source>
        <translation>The child's answers on the scale over time</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/cases.py" line="157" />
        <source>Alle børn</source>
        <translation>All children</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/borne_samtale/ui/screens/cases.py" line="236" />
        <source>%n samtale(r) med »%1«</source>
        <translation>
            <numerusform>%n conversation containing ‘%1’</numerusform>
            <numerusform>%n conversations containing ‘%1’</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/borne_samtale/ui/screens/cases.py" line="263" />
        <source>De %1 nyeste af %n samtaler. Vælg et barn, eller søg, for at se ældre.</source>
        <translation>
            <numerusform>The newest %1 of %n conversation. Choose a child, or search, to see older ones.</numerusform>
            <numerusform>The newest %1 of %n conversations. Choose a child, or search, to see older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/borne_samtale/ui/screens/cases.py" line="271" />
        <source>%n samtale(r)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/cases.py" line="273" />
        <source>Skriv mindst to bogstaver for at søge.</source>
        <translation>Type at least two letters to search.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/cases.py" line="297" />
        <source>notatet mangler</source>
        <translation>write-up missing</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/cases.py" line="321" />
        <source>Barnets svar på skalaen (0-10) over tid</source>
        <translation>The child's answers on the scale (0–10) over time</translation>
    </message>
</context>
<context>
    <name>CertificateActions</name>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/certificates.py" line="31" />
        <source>Vælg organisationens certifikat</source>
        <translation>Choose the organisation's certificate</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/certificates.py" line="33" />
        <source>PKCS#12-certifikat (*.p12 *.pfx)</source>
        <translation>PKCS#12 certificate (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/certificates.py" line="40" />
        <source>Certifikatets adgangskode</source>
        <translation>Certificate password</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/certificates.py" line="41" />
        <source>Adgangskoden til certifikatfilen:</source>
        <translation>The password of the certificate file:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/certificates.py" line="51" />
        <location filename="../../src/borne_samtale/ui/dialogs/certificates.py" line="58" />
        <location filename="../../src/borne_samtale/ui/dialogs/certificates.py" line="75" />
        <location filename="../../src/borne_samtale/ui/dialogs/certificates.py" line="82" />
        <source>Certifikat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/certificates.py" line="59" />
        <source>Fra nu af underskrives referater og breve med organisationens certifikat.</source>
        <translation>From now on, records and letters are signed with the organisation's certificate.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/certificates.py" line="66" />
        <source>Vælg mappen til certifikatet</source>
        <translation>Choose the folder for the certificate</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/certificates.py" line="85" />
        <source>Certifikatet er gemt i %1. Giv filerne til IT, så kommunen kan stole på underskrifterne.</source>
        <translation>The certificate is saved in %1. Give the files to IT so the municipality can trust the signatures.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/passphrase_dialogs.py" line="93" />
        <source>Skift adgangsfrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/passphrase_dialogs.py" line="94" />
        <source>Skriv den adgangsfrase, du bruger nu, og vælg en ny.</source>
        <translation>Enter the passphrase you use now, and choose a new one.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/passphrase_dialogs.py" line="95" />
        <source>&amp;Nuværende:</source>
        <translation>C&amp;urrent passphrase:</translation>
    </message>
</context>
<context>
    <name>ClosingPanel</name>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="89" />
        <source>Blev samtalen holdt?</source>
        <translation>Did the conversation take place?</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="91" />
        <source>Blev samtalen holdt</source>
        <translation>Did the conversation take place</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="92" />
        <source>Ja, samtalen blev holdt</source>
        <translation>Yes, the conversation took place</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="93" />
        <source>Nej, samtalen blev ikke holdt</source>
        <translation>No, the conversation did not take place</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="94" />
        <source>Barnet sagde nej til samtalen</source>
        <translation>The child said no to the conversation</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="95" />
        <source>Grunden</source>
        <translation>The reason</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="98" />
        <source>Hjemmel</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="100" />
        <source>Det, der taler afgørende imod samtalen</source>
        <translation>What weighs decisively against the conversation</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="101" />
        <source>Hvordan barnets synspunkter blev belyst i stedet</source>
        <translation>How the child's views were obtained instead</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="104" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="105" />
        <source>Grunden:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="108" />
        <source>Barnets syn belyst på anden måde:</source>
        <translation>Child's views obtained another way:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="106" />
        <source>Hjemmel:</source>
        <translation>Legal ground:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="107" />
        <source>&amp;Taler afgørende imod:</source>
        <translation>&amp;Weighs against it:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="122" />
        <source>Afslutning</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="123" />
        <source>Barnets syn på foranstaltningen, med barnets ord</source>
        <translation>The child's view of the support measure, in the child's own words</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="124" />
        <source>via tolk</source>
        <translation>via interpreter</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="125" />
        <source>Barnets ønsker med barnets egne ord</source>
        <translation>The child's wishes in the child's own words</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="126" />
        <source>Med barnets egne ord, ét ønske pr. linje</source>
        <translation>In the child's own words, one wish a line</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="127" />
        <source>Det, barnet fik at vide om, hvad der nu skal ske</source>
        <translation>What the child was told about what happens next</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="128" />
        <source>Ét punkt pr. linje</source>
        <translation>One point per line</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="130" />
        <source>Hvem barnet kan ringe til</source>
        <translation>Who the child can call</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="131" />
        <source>Jeg har opsummeret samtalen for barnet</source>
        <translation>I have summed up the conversation for the child</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="134" />
        <source>Hvorfor barnet ikke gav sit syn på foranstaltningen</source>
        <translation>Why the child gave no view of the measure</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="137" />
        <source>Hvordan barnets syn er belyst i stedet</source>
        <translation>How the child's view was found instead</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="140" />
        <source>Den unges samtykke til frivillig anbringelse</source>
        <translation>The young person's consent to a voluntary placement</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="145" />
        <source>Hvad følger af den unges nej</source>
        <translation>What follows from the young person's no</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="147" />
        <source>Fx: sagen forelægges børn og unge-udvalget efter § 47</source>
        <translation>E.g.: the case goes to the children and young people committee under § 47</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="150" />
        <source>Barnets syn på foranstaltningen:</source>
        <translation>Child's view of the support measure:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="152" />
        <source>Intet syn givet, fordi:</source>
        <translation>No view given, because:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="153" />
        <source>Barnets syn belyst sådan:</source>
        <translation>The child's view found by:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="154" />
        <source>Barnets ønsker:</source>
        <translation>The child's wishes:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="155" />
        <source>Den unges samtykke (§ 46, fra 15 år):</source>
        <translation>The young person's consent (§ 46, from 15):</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="156" />
        <source>Det følger af et nej:</source>
        <translation>What follows from a no:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="160" />
        <source>Næste skridt fortalt til barnet:</source>
        <translation>Next steps told to the child:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="161" />
        <source>Barnet kan ringe til:</source>
        <translation>The child can call:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="164" />
        <source>Barnets skærm: Hvordan jeg oplevede mødet (valgfrit)</source>
        <translation>Child's screen: How I experienced the meeting (optional)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="167" />
        <source>Vis skemaet Hvordan jeg oplevede mødet på barnets skærm</source>
        <translation>Show the form How I experienced the meeting on the child's screen</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="186" />
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="385" />
        <source>Barnets sikkerhed</source>
        <translation>The child's safety</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="188" />
        <source>Er nogen mistænkt eller en bekymring</source>
        <translation>Is anyone suspected or a worry</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="192" />
        <source>Personer, der er mistænkt eller en bekymring</source>
        <translation>People suspected or a worry</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="195" />
        <source>Personens relation til barnet</source>
        <translation>The person's relation to the child</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="198" />
        <source>Bor med barnet</source>
        <translation>Lives with the child</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="200" />
        <source>Tilføj &amp;person</source>
        <translation>Add &amp;person</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="201" />
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="202" />
        <source>Fjern den valgte person</source>
        <translation>Remove the selected person</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="208" />
        <source>Politiet spurgt til råds</source>
        <translation>Police consulted</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="210" />
        <source>Børnehuset spurgt til råds</source>
        <translation>Børnehus consulted</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="215" />
        <source>Dato, politiet blev spurgt</source>
        <translation>Date the police were consulted</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="217" />
        <source>Dato, Børnehuset blev spurgt</source>
        <translation>Date the Børnehus was consulted</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="219" />
        <source>dd.mm.åååå</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="236" />
        <source>&amp;Mistænkt eller bekymring:</source>
        <translation>&amp;Suspected or a worry:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="239" />
        <source>Politiet spurgt:</source>
        <translation>Police consulted:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="240" />
        <source>Børnehuset spurgt:</source>
        <translation>Børnehus consulted:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="252" />
        <source>Brevet til barnet</source>
        <translation>The letter to the child</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="254" />
        <source>Hvordan brevet kommer til barnet</source>
        <translation>How the letter reaches the child</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="258" />
        <source>Grund for valget af brevets vej</source>
        <translation>Reason for the letter's way</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="260" />
        <source>Jeg har sikret mig, at det er sikkert at sende brevet hjem</source>
        <translation>I have made sure it is safe to send the letter home</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="264" />
        <source>Brevet kan blive læst af en person, samtalen handler om. Overvej at give barnet brevet i hånden.</source>
        <translation>The letter may be read by someone the conversation is about. Consider handing it to the child.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="271" />
        <source>Brevet &amp;gives:</source>
        <translation>The letter is &amp;given:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="274" />
        <source>Grund:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="281" />
        <source>Efter samtalen med tolken</source>
        <translation>Debrief with the interpreter</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="282" />
        <source>Jeg har talt med tolken om selve tolkningen</source>
        <translation>I have talked with the interpreter about the interpreting itself</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="283" />
        <source>Noter om tolkningen (ikke tolkens syn på sagen)</source>
        <translation>Notes on the interpreting (not the interpreter's view of the case)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="285" />
        <source>Tolkens køn</source>
        <translation>The interpreter's gender</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="289" />
        <source>Minutter med tolk</source>
        <translation>Minutes with the interpreter</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="291" />
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="369" />
        <source>ikke noteret</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="292" />
        <source> min.</source>
        <translation> min.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="295" />
        <source>Hvorfor telefontolkningen varede mere end ca. 10 minutter</source>
        <translation>Why phone interpreting lasted more than about 10 minutes</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="299" />
        <source>Om tolkningen:</source>
        <translation>On the interpreting:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="300" />
        <source>Tolkens køn:</source>
        <translation>Interpreter's gender:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="301" />
        <source>Minutter med tolk:</source>
        <translation>Minutes with interpreter:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="302" />
        <source>Over 10 min. i telefon, fordi:</source>
        <translation>Over 10 min. by phone, because:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="367" />
        <source>uret: %1 min.</source>
        <translation>clock: %1 min.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="385" />
        <source>Mistanke og samarbejde (§ 137)</source>
        <translation>Suspicion and cooperation (§ 137)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="389" />
        <source>Hvem er mistænkt? Kun relationen og om personen bor med barnet – intet navn. »Ingen« og »Ved ikke« er også svar.</source>
        <translation>Who is suspected? Only the relation and whether the person lives with the child – no name. »Nobody« and »Not known« are answers too.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="394" />
        <source>Nævner barnet en person, det er bange for eller bekymret for? Så notér relationen, så brevet ikke sendes derhen.</source>
        <translation>Does the child name someone they fear or worry about? Then note the relation, so the letter is not sent there.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="531" />
        <source>bor med barnet</source>
        <translation>lives with the child</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/closing.py" line="533" />
        <source>bor ikke med barnet</source>
        <translation>does not live with the child</translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message>
        <location filename="../../src/borne_samtale/ui/shortcuts.py" line="32" />
        <source>Forri&amp;ge fase</source>
        <translation>Pre&amp;vious phase</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/shortcuts.py" line="33" />
        <source>Næste &amp;fase</source>
        <translation>Next p&amp;hase</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/shortcuts.py" line="35" />
        <source>Vis &amp;samtalen</source>
        <translation>Show the &amp;conversation</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/shortcuts.py" line="36" />
        <source>Vis s&amp;kalaen</source>
        <translation>Show the &amp;scale</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/shortcuts.py" line="37" />
        <source>Vis t&amp;re huse</source>
        <translation>Show &amp;three houses</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/shortcuts.py" line="38" />
        <source>Vis net&amp;værkskortet</source>
        <translation>Show the net&amp;work map</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/shortcuts.py" line="39" />
        <source>Vis &amp;afslutningen</source>
        <translation>Show the c&amp;losing</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/shortcuts.py" line="40" />
        <source>Vis t&amp;jeklisten</source>
        <translation>Show the chec&amp;klist</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/shortcuts.py" line="42" />
        <source>Næste no&amp;tat</source>
        <translation>Ne&amp;xt note</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/shortcuts.py" line="43" />
        <source>Ikke &amp;oversat (med tolk)</source>
        <translation>N&amp;ot translated (with an interpreter)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/shortcuts.py" line="44" />
        <source>&amp;Barnets skærm til og fra</source>
        <translation>The child's screen on and o&amp;ff</translation>
    </message>
</context>
<context>
    <name>ConversationScreen</name>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/conversation.py" line="93" />
        <source>Tid i samtalen</source>
        <translation>Time in the conversation</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/conversation.py" line="95" />
        <source>Tilbage til listen</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/conversation.py" line="96" />
        <source>Barnets skærm (F12)</source>
        <translation>Child's screen (F12)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/conversation.py" line="97" />
        <source>Skift til barnets skærm</source>
        <translation>Switch to the child's screen</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/conversation.py" line="107" />
        <source>Samtalens faser</source>
        <translation>Phases of the conversation</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/conversation.py" line="94" />
        <source>Tilbage til &amp;listen</source>
        <translation>&amp;Back to the list</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/conversation.py" line="145" />
        <source>Se ud&amp;kast til referat og brev (Ctrl+Shift+P)</source>
        <translation>Pre&amp;view the draft report and letter (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/conversation.py" line="146" />
        <source>Se udkast til referat og brev</source>
        <translation>Preview the draft report and letter</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/conversation.py" line="161" />
        <source>Samtale (F3)</source>
        <translation>Conversation (F3)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/conversation.py" line="162" />
        <source>Skala (F4)</source>
        <translation>Scale (F4)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/conversation.py" line="163" />
        <source>Tre huse (F5)</source>
        <translation>Three Houses (F5)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/conversation.py" line="164" />
        <source>Netværkskort (F6)</source>
        <translation>Network map (F6)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/conversation.py" line="165" />
        <source>Afslutning (F7)</source>
        <translation>Closing (F7)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/conversation.py" line="166" />
        <source>Tjekliste (F8)</source>
        <translation>Checklist (F8)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/conversation.py" line="171" />
        <source>Huskeliste, også det barnet har fået at vide</source>
        <translation>Checklist, including what the child was told</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/conversation.py" line="175" />
        <source>Huskeliste</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/conversation.py" line="195" />
        <source>Vi taler sammen</source>
        <translation>We're talking together</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/conversation.py" line="281" />
        <source>år</source>
        <translation>years</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/conversation.py" line="354" />
        <source>Barnet har fået at vide: </source>
        <translation>The child was told: </translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/conversation.py" line="416" />
        <source>Udveksling uden oversættelse</source>
        <translation>Exchange without translation</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/conversation.py" line="566" />
        <source>Tid: %1</source>
        <translation>Time: %1</translation>
    </message>
    <message>
        <source>Hvorfor vi taler sammen i dag</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>Why we are talking today</translation>
    </message>
    <message>
        <source>Min rolle, og hvad jeg må og skal</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>My role, and what I may and must do</translation>
    </message>
    <message>
        <source>Hvad jeg skriver, og hvem der læser det</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>What I write down, and who reads it</translation>
    </message>
    <message>
        <source>Hvad jeg ikke kan holde hemmeligt</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>What I cannot keep secret</translation>
    </message>
    <message>
        <source>At barnet ikke behøver svare</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>That the child does not have to answer</translation>
    </message>
    <message>
        <source>Retten til en bisidder</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>The right to a support person (bisidder)</translation>
    </message>
    <message>
        <source>Rettigheder efter alder (10, 12, 15 år)</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>Rights by age (10, 12, 15 years)</translation>
    </message>
    <message>
        <source>At barnet ikke skal bestemme</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>That the child does not have to decide</translation>
    </message>
    <message>
        <source>Tolkens rolle</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>The interpreter's role</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/create_vault.py" line="29" />
        <source>Opret en krypteret boks</source>
        <translation>Create an encrypted vault</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/create_vault.py" line="44" />
        <source>Vælg en adgangsfrase</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/create_vault.py" line="48" />
        <source>Alt, hvad du skriver, gemmes krypteret på denne computer. Adgangsfrasen låser det op. Vælg noget langt, som du kan huske, fx fire-fem ord i en sætning.</source>
        <translation>Everything you write is stored encrypted on this computer. The passphrase unlocks it. Choose something long that you can remember, such as four or five words in a sentence.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/create_vault.py" line="58" />
        <source>&amp;Opret boksen</source>
        <translation>Create the &amp;vault</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/create_vault.py" line="59" />
        <source>Opret boksen</source>
        <translation>Create the vault</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/create_vault.py" line="76" />
        <source>Din gendannelseskode</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/create_vault.py" line="78" />
        <source>Glemmer du adgangsfrasen, er denne kode den eneste vej ind. Skriv den ned på papir nu, og gem papiret et sikkert sted væk fra computeren. Koden vises kun denne ene gang.</source>
        <translation>If you forget the passphrase, this code is the only way in. Write it down on paper now, and keep the paper somewhere safe, away from the computer. The code is shown only this once.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/create_vault.py" line="93" />
        <source>Opretter boksen …</source>
        <translation>Creating the vault…</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="69" />
        <source>Tilbage til &amp;listen</source>
        <translation>&amp;Back to the list</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="70" />
        <source>Tilbage til listen</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="77" />
        <source>Dokumenternes status</source>
        <translation>Status of the documents</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="80" />
        <source>Kontrol af underskriften</source>
        <translation>Signature check</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="83" />
        <source>Vælg dokument</source>
        <translation>Choose a document</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="84" />
        <source>&amp;Referat</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="85" />
        <source>&amp;Brev til barnet</source>
        <translation>&amp;Letter to the child</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="88" />
        <source>Dokumentet</source>
        <translation>The document</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="94" />
        <source>&amp;Udskriv … (Ctrl+P)</source>
        <translation>&amp;Print … (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="95" />
        <source>Udskriv dokumentet</source>
        <translation>Print the document</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="96" />
        <source>&amp;Eksportér til mappe …</source>
        <translation>&amp;Export to folder …</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="97" />
        <source>Eksportér dokumenterne til en mappe</source>
        <translation>Export the documents to a folder</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="98" />
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="199" />
        <source>Markér som &amp;overført til sagen …</source>
        <translation>Mark as &amp;transferred to the case …</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="99" />
        <source>Markér som overført til sagen</source>
        <translation>Mark as transferred to the case</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="100" />
        <source>Lav &amp;tillæg …</source>
        <translation>Make an &amp;addendum …</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="101" />
        <source>Lav et tillæg, en ny version</source>
        <translation>Make an addendum, a new version</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="170" />
        <source>Underskrevet %1 af %2. Dokument-id %3, version %4.</source>
        <translation>Signed %1 by %2. Document ID %3, version %4.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="178" />
        <source>Dette er et tillæg, der afløser den tidligere version.</source>
        <translation>This is an addendum that replaces the earlier version.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="180" />
        <source>Eksporteret %1.</source>
        <translation>Exported %1.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="184" />
        <source>Overført til sagen %1 med reference %2.</source>
        <translation>Transferred to the case %1 with reference %2.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="191" />
        <source>Slettes fra computeren %1.</source>
        <translation>Deleted from this computer %1.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="197" />
        <source>Slet fra computeren nu …</source>
        <translation>Remove from this computer now …</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="234" />
        <source>Underskriften kontrolleres …</source>
        <translation>Checking the signature …</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="247" />
        <source>Underskriften er gyldig, og dokumentet er ikke ændret.</source>
        <translation>The signature is valid and the document has not been changed.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="252" />
        <source>Underskriften kunne ikke bekræftes.</source>
        <translation>The signature could not be confirmed.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="262" />
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="275" />
        <source>Udskriv</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="275" />
        <source>Printeren kan ikke bruges.</source>
        <translation>The printer cannot be used.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="301" />
        <source>Vælg mappen til eksporten</source>
        <translation>Choose the folder for the export</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="313" />
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="322" />
        <source>Eksport</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="325" />
        <source>Referat, brev og data ligger nu i %1.

Læg dem i sagssystemet, og markér derefter samtalen som overført, så den slettes fra computeren.</source>
        <translation>The record, letter and data are now in %1.

Put them in the case system, then mark the conversation as transferred so that it is deleted from this computer.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="343" />
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="358" />
        <source>Overført til sagen</source>
        <translation>Transferred to the case</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="344" />
        <source>Eksportér samtalen først, og læg filerne i sagssystemet.</source>
        <translation>Export the conversation first and put the files in the case system.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="372" />
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="386" />
        <source>Slet fra computeren</source>
        <translation>Remove from this computer</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="374" />
        <source>Samtalen er lagt i sagen. Vil du slette den fra computeren nu? Det kan ikke fortrydes.</source>
        <translation>The conversation is in the case. Remove it from this computer now? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="396" />
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="406" />
        <source>Tillæg</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/documents.py" line="398" />
        <source>Et tillæg er en ny version af samtalen, som du retter og underskriver igen. Den underskrevne version bliver, som den er. Vil du lave et tillæg?</source>
        <translation>An addendum is a new version of the conversation that you correct and sign again. The signed version stays as it is. Make an addendum?</translation>
    </message>
</context>
<context>
    <name>EntryCapture</name>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/entries.py" line="90" />
        <source>Skriv notat</source>
        <translation>Write a note</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/entries.py" line="92" />
        <source>Skriv her. Vælg hvis ord det er med Alt+1 … Alt+6. Ctrl+Enter: næste notat.</source>
        <translation>Write here. Choose whose words they are with Alt+1 … Alt+6. Ctrl+Enter: next note.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/entries.py" line="98" />
        <source>Hvis ord? Alt+</source>
        <translation>Whose words? Alt+</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/entries.py" line="114" />
        <source>ICS-emner</source>
        <translation>ICS topics</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/entries.py" line="115" />
        <source>ICS-emner for notatet</source>
        <translation>ICS topics for the note</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/entries.py" line="127" />
        <source>Ønske/bekymring</source>
        <translation>Wish/worry</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/entries.py" line="128" />
        <source>Er det barnets ønske eller bekymring</source>
        <translation>Is it the child's wish or worry</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/entries.py" line="133" />
        <source>Barnets ønske</source>
        <translation>The child's wish</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/entries.py" line="134" />
        <source>Barnets bekymring</source>
        <translation>The child's worry</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/entries.py" line="144" />
        <source>Dit spørgsmål, ordret</source>
        <translation>Your question, word for word</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/entries.py" line="147" />
        <source>Dit spørgsmål, ordret – eller sæt kryds ved Uopfordret</source>
        <translation>Your question, word for word – or tick Unprompted</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/entries.py" line="149" />
        <source>U&amp;opfordret</source>
        <translation>U&amp;nprompted</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/entries.py" line="150" />
        <source>Barnet sagde det uopfordret</source>
        <translation>The child said it unprompted</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/entries.py" line="152" />
        <source>Hvem nævnte personen eller hændelsen først</source>
        <translation>Who first named the person or event</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/entries.py" line="155" />
        <source>Nævnt først af: </source>
        <translation>First named by: </translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/entries.py" line="163" />
        <source>S&amp;pørgsmål:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/entries.py" line="172" />
        <source>Næste notat (Ctrl+Enter)</source>
        <translation>Next note (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/entries.py" line="173" />
        <source>Næste notat</source>
        <translation>Next note</translation>
    </message>
    <message>
        <source>Barnets ord</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>Child's words</translation>
    </message>
    <message>
        <source>Via tolk</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>Via interpreter</translation>
    </message>
    <message>
        <source>Gengivelse</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>Paraphrase</translation>
    </message>
    <message>
        <source>Observation</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Vurdering</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Fra andre</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>From others</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/entries.py" line="332" />
        <source>Notater i samtalen</source>
        <translation>Notes in the conversation</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/entries.py" line="361" />
        <source> · uopfordret</source>
        <translation> · unprompted</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/entries.py" line="363" />
        <source>Spurgt: </source>
        <translation>Asked: </translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/feedback.py" line="138" />
        <location filename="../../src/borne_samtale/ui/widgets/feedback.py" line="139" />
        <source>Hvordan jeg oplevede mødet</source>
        <translation>How I experienced the meeting</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/feedback.py" line="141" />
        <source>Hvordan var det at være her i dag?</source>
        <translation>How was it to be here today?</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/feedback.py" line="143" />
        <source>Tryk på det ansigt, der passer. Du må gerne springe over.</source>
        <translation>Press the face that fits. It is fine to skip one.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/feedback.py" line="149" />
        <source>&amp;Færdig</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/feedback.py" line="150" />
        <source>Færdig</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/feedback.py" line="151" />
        <source>Jeg vil &amp;ikke svare</source>
        <translation>I do&amp;n't want to answer</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/feedback.py" line="152" />
        <source>Jeg vil ikke svare</source>
        <translation>I don't want to answer</translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/feedback.py" line="93" />
        <source>Godt</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/feedback.py" line="94" />
        <source>Midt imellem</source>
        <translation>In between</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/feedback.py" line="95" />
        <source>Ikke godt</source>
        <translation>Not good</translation>
    </message>
</context>
<context>
    <name>FreePage</name>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/drawing_pad.py" line="426" />
        <source>Den frie side: tegn her</source>
        <translation>The free page: draw here</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../src/borne_samtale/ui/help.py" line="59" />
        <location filename="../../src/borne_samtale/ui/help.py" line="61" />
        <source>Brugervejledning</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/help.py" line="66" />
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>InterpreterPanel</name>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/interpreter_panel.py" line="21" />
        <source>Tolk</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/interpreter_panel.py" line="24" />
        <source>Påmindelser om samtale med tolk</source>
        <translation>Reminders for conversations with an interpreter</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/interpreter_panel.py" line="26" />
        <source>Ikke oversat (F9)</source>
        <translation>Not interpreted (F9)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/interpreter_panel.py" line="27" />
        <source>Markér en udveksling, der ikke blev oversat</source>
        <translation>Mark an exchange that was not interpreted</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/interpreter_panel.py" line="30" />
        <source>Tid med telefontolk</source>
        <translation>Time with the telephone interpreter</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/interpreter_panel.py" line="70" />
        <source>Telefontolkning i %1 min. Telefon egner sig kun til korte samtaler (ca. %2 min). Overvej at stoppe og aftale en ny samtale med tolk i rummet eller på video.</source>
        <translation>Telephone interpreting for %1 min. The telephone only suits short conversations (about %2 min). Consider stopping and arranging a new conversation with the interpreter in the room or on video.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/interpreter_panel.py" line="80" />
        <source>Telefontolkning: %1 min.</source>
        <translation>Telephone interpreting: %1 min.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/borne_samtale/ui/main_window.py" line="132" />
        <source>Seneste gemning</source>
        <translation>Last saved</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/main_window.py" line="135" />
        <source>Kontrol af boksen</source>
        <translation>Vault check</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/main_window.py" line="279" />
        <source>Demoboksen med opdigtede sager. Adgangsfrasen er: %1</source>
        <translation>The demo vault with made-up cases. The passphrase is: %1</translation>
    </message>
</context>
<context>
    <name>NetworkMapCanvas</name>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_canvas.py" line="68" />
        <source>Netværkskort</source>
        <translation>Network map</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_canvas.py" line="98" />
        <location filename="../../src/borne_samtale/ui/widgets/network_canvas.py" line="312" />
        <source>(uden navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_canvas.py" line="101" />
        <source>Ring %1: %2</source>
        <translation>Ring %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_canvas.py" line="103" />
        <source>ingen</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_canvas.py" line="107" />
        <source>Barnet i midten. </source>
        <translation>The child in the middle. </translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_canvas.py" line="110" />
        <source>Piletasterne vælger en person, Ctrl+pil op og ned flytter personen.</source>
        <translation>The arrow keys select a person; Ctrl+Up and Ctrl+Down move the person.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_canvas.py" line="146" />
        <location filename="../../src/borne_samtale/ui/widgets/network_canvas.py" line="261" />
        <source>Mig</source>
        <translation>Me</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_canvas.py" line="229" />
        <source>Ingen på kortet endnu. Tryk Ctrl+N for at tilføje en person.</source>
        <translation>Nobody on the map yet. Press Ctrl+N to add a person.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_canvas.py" line="378" />
        <source>Familie</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_canvas.py" line="379" />
        <source>Venner</source>
        <translation>Friends</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_canvas.py" line="380" />
        <source>Skole og fagfolk</source>
        <translation>School and professionals</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_canvas.py" line="381" />
        <source>Andre</source>
        <translation>Others</translation>
    </message>
</context>
<context>
    <name>NetworkMapWidget</name>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_map.py" line="78" />
        <source>Netværks&amp;kort</source>
        <translation>Network &amp;map</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_map.py" line="85" />
        <source>Træk en person til en anden ring, eller brug Ctrl+↑ og Ctrl+↓. Piletasterne vælger en person.</source>
        <translation>Drag a person to another ring, or use Ctrl+↑ and Ctrl+↓. The arrow keys select a person.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_map.py" line="419" />
        <location filename="../../src/borne_samtale/ui/widgets/network_map.py" line="463" />
        <source>(uden navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_map.py" line="421" />
        <source>%1 · %2 · ring %3</source>
        <translation>%1 · %2 · ring %3</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_map.py" line="424" />
        <source>· barnets ord</source>
        <translation>· child's words</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_map.py" line="426" />
        <source>(via tolk)</source>
        <translation>(via interpreter)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_map.py" line="459" />
        <source>Ingen valgt. Vælg en person, eller tilføj en med Ctrl+N.</source>
        <translation>Nobody selected. Select a person, or add one with Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_map.py" line="463" />
        <source>Om %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <source>Forælder</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Søskende</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>Sibling</translation>
    </message>
    <message>
        <source>Bedsteforælder</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>Grandparent</translation>
    </message>
    <message>
        <source>Anden familie</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>Other family</translation>
    </message>
    <message>
        <source>Plejefamilie</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>Foster family</translation>
    </message>
    <message>
        <source>Ven eller veninde</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>Friend</translation>
    </message>
    <message>
        <source>Skole eller dagtilbud</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>School or nursery</translation>
    </message>
    <message>
        <source>Fagperson</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Kæledyr</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>Pet</translation>
    </message>
    <message>
        <source>Anden</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_panel.py" line="35" />
        <source>1 – inderste ring, tættest på</source>
        <translation>1 – inner ring, closest</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_panel.py" line="36" />
        <source>2 – midterste ring</source>
        <translation>2 – middle ring</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_panel.py" line="37" />
        <source>3 – yderste ring, længst væk</source>
        <translation>3 – outer ring, furthest away</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_panel.py" line="45" />
        <source>&amp;Personer på kortet</source>
        <translation>&amp;People on the map</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_panel.py" line="47" />
        <source>Personer på kortet</source>
        <translation>People on the map</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_panel.py" line="49" />
        <source>Insert eller Ctrl+N tilføjer, Delete fjerner, Ctrl+pil op og ned flytter.</source>
        <translation>Insert or Ctrl+N adds, Delete removes, Ctrl+Up and Ctrl+Down move.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_panel.py" line="54" />
        <source>&amp;Tilføj person (Ctrl+N)</source>
        <translation>&amp;Add person (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_panel.py" line="55" />
        <source>Tilføj person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_panel.py" line="56" />
        <source>&amp;Fjern (Delete)</source>
        <translation>&amp;Remove (Delete)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_panel.py" line="57" />
        <source>Fjern den valgte person</source>
        <translation>Remove the selected person</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_panel.py" line="58" />
        <source>Fortr&amp;yd fjern (Ctrl+Z)</source>
        <translation>&amp;Undo remove (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_panel.py" line="59" />
        <source>Fortryd fjern</source>
        <translation>Undo remove</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_panel.py" line="60" />
        <source>Tætt&amp;ere på (Ctrl+↑)</source>
        <translation>C&amp;loser (Ctrl+↑)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_panel.py" line="61" />
        <source>Flyt en ring tættere på</source>
        <translation>Move one ring closer</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_panel.py" line="62" />
        <source>Længere &amp;væk (Ctrl+↓)</source>
        <translation>&amp;Further away (Ctrl+↓)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_panel.py" line="63" />
        <source>Flyt en ring længere væk</source>
        <translation>Move one ring further away</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_panel.py" line="84" />
        <source>Navn, som barnet siger det</source>
        <translation>Name, as the child says it</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_panel.py" line="85" />
        <source>Fx mormor eller Ali fra klassen</source>
        <translation>e.g. Grandma or Ali from class</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_panel.py" line="86" />
        <source>&amp;Navn (som barnet siger)</source>
        <translation>&amp;Name (as the child says it)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_panel.py" line="90" />
        <source>Relation til barnet</source>
        <translation>Relationship to the child</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_panel.py" line="91" />
        <source>&amp;Relation</source>
        <translation>R&amp;elationship</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_panel.py" line="95" />
        <source>Ring, hvor tæt på barnet</source>
        <translation>Ring: how close to the child</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_panel.py" line="98" />
        <source>R&amp;ing</source>
        <translation>Rin&amp;g</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_panel.py" line="115" />
        <source>Barnets e&amp;gne ord om personen</source>
        <translation>The child's &amp;own words about the person</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_panel.py" line="120" />
        <source>Barnets egne ord om personen</source>
        <translation>The child's own words about the person</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_panel.py" line="122" />
        <source>Skriv barnets ord præcis, som barnet siger dem.</source>
        <translation>Write the child's words exactly as the child says them.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_panel.py" line="131" />
        <source>vi&amp;a tolk</source>
        <translation>vi&amp;a interpreter</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_panel.py" line="132" />
        <source>Barnets ord kom via tolk</source>
        <translation>The child's words came via the interpreter</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_panel.py" line="146" />
        <source>Rådgiverens n&amp;ote om netværket (ikke barnets ord)</source>
        <translation>Caseworker's no&amp;te on the network (not the child's words)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_panel.py" line="147" />
        <source>Rådgiverens note om netværket</source>
        <translation>Caseworker's note on the network</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/network_panel.py" line="148" />
        <source>Dine iagttagelser og tanker. Det er ikke barnets ord.</source>
        <translation>Your observations and thoughts. These are not the child's words.</translation>
    </message>
</context>
<context>
    <name>NewConversationDialog</name>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="75" />
        <source>Ny samtale</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="97" />
        <source>&amp;Start samtalen</source>
        <translation>&amp;Start the conversation</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="113" />
        <source>Barnet</source>
        <translation>The child</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="115" />
        <source>Vælg barn</source>
        <translation>Choose a child</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="116" />
        <source>Et nyt barn</source>
        <translation>A new child</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="119" />
        <source>Barnets fornavn eller et andet navn</source>
        <translation>The child's first name or another name</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="120" />
        <source>Sagsnummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="123" />
        <source>Fødselsdato kendt</source>
        <translation>Date of birth known</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="127" />
        <source>Fødselsdato</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="132" />
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="231" />
        <source> år</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="133" />
        <source>Alder</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="134" />
        <source>Barnets foretrukne sprog</source>
        <translation>The child's preferred language</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="135" />
        <source>Sprog derhjemme, adskilt med komma</source>
        <translation>Languages at home, separated by commas</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="139" />
        <source>eller alder:</source>
        <translation>or age:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="145" />
        <source>&amp;Barn:</source>
        <translation>C&amp;hild:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="146" />
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="148" />
        <source>Alder:</source>
        <translation>Age:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="150" />
        <source>Sprog der&amp;hjemme:</source>
        <translation>Languages at h&amp;ome:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="158" />
        <source>Formål og ramme</source>
        <translation>Purpose and setting</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="160" />
        <source>Formål</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="163" />
        <source>Afgørelsens paragraf</source>
        <translation>Section of the law for the decision</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="164" />
        <source>fx § 32, § 46 eller § 47</source>
        <translation>e.g. § 32, § 46 or § 47</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="165" />
        <source>Den konkrete foranstaltning</source>
        <translation>The specific support measure</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="166" />
        <source>fx en kontaktperson to timer om ugen</source>
        <translation>e.g. a contact person two hours a week</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="167" />
        <source>Formålet med egne ord</source>
        <translation>The purpose in your own words</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="174" />
        <source>Tidspunkt</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="179" />
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="184" />
        <source>fx skolens mødelokale – et sted barnet er trygt</source>
        <translation>e.g. the school's meeting room – a place where the child feels safe</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="186" />
        <source>Samtaleguide</source>
        <translation>Conversation guide</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="191" />
        <source>&amp;Formål:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="194" />
        <source>Beskrivelse:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="147" />
        <source>Sagsn&amp;ummer:</source>
        <translation>Case n&amp;umber:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="130" />
        <source>skriv alder</source>
        <translation>enter age</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="149" />
        <source>Foretrukket s&amp;prog:</source>
        <translation>Preferred &amp;language:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="192" />
        <source>P&amp;aragraf:</source>
        <translation>S&amp;ection:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="193" />
        <source>F&amp;oranstaltning:</source>
        <translation>Support &amp;measure:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="195" />
        <source>T&amp;idspunkt:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="196" />
        <source>Ste&amp;d:</source>
        <translation>Pl&amp;ace:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="197" />
        <source>&amp;Guide:</source>
        <translation>&amp;Guide:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="202" />
        <source>Hvem er med</source>
        <translation>Who is present</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="209" />
        <source>Ikke til stede</source>
        <translation>Not present</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="210" />
        <source>Til stede</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="212" />
        <source>Til stede, bor ikke med barnet</source>
        <translation>Present, does not live with the child</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="213" />
        <source>Ikke relevant</source>
        <translation>Not relevant</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="214" />
        <source>Grund til at %1 ikke er med</source>
        <translation>Reason the %1 is not present</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="215" />
        <source>Hvorfor ikke med?</source>
        <translation>Why not present?</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="224" />
        <source>Barnet er tilbudt en bisidder</source>
        <translation>The child has been offered a support person (bisidder)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="225" />
        <source>En bisidder er med</source>
        <translation>A support person is present</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="226" />
        <source>Bisidderens relation til barnet</source>
        <translation>The support person's relationship to the child</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="227" />
        <source>fx moster, træner</source>
        <translation>e.g. aunt, coach</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="232" />
        <source>Bisidderens alder</source>
        <translation>The support person's age</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="234" />
        <source>Bisidder udelukket</source>
        <translation>Support person excluded</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="237" />
        <source>Grund til at udelukke bisidderen</source>
        <translation>Reason for excluding the support person</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="247" />
        <source>Bisidder:</source>
        <translation>Support person:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="248" />
        <source>Grund til udelukkelse:</source>
        <translation>Reason for exclusion:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="250" />
        <source>Andre til stede (roller)</source>
        <translation>Others present (roles)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="251" />
        <source>fx lærer, plejemor</source>
        <translation>e.g. teacher, foster carer</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="252" />
        <source>Andre:</source>
        <translation>Others:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="260" />
        <source>Tolk</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="261" />
        <source>Samtalen foregår med to&amp;lk</source>
        <translation>The conversation is held with an &amp;interpreter</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="262" />
        <source>Tolkens navn eller ID</source>
        <translation>The interpreter's name or ID</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="263" />
        <source>Tolkebureau</source>
        <translation>Interpreting agency</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="264" />
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="265" />
        <source>Dialekt</source>
        <translation>Dialect</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="267" />
        <source>Tolkning foregår</source>
        <translation>Interpreting takes place</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="270" />
        <source>Tolken er ikke i familie med eller ven af familien</source>
        <translation>The interpreter is not related to the family or a friend of the family</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="271" />
        <source>Tolken er fyldt 18 år</source>
        <translation>The interpreter is 18 or over</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="272" />
        <source>Tolken kender sin tavshedspligt</source>
        <translation>The interpreter knows their duty of confidentiality</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="286" />
        <source>Navn/ID:</source>
        <translation>Name/ID:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="287" />
        <source>Bureau:</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="288" />
        <source>Sprog:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="289" />
        <source>Dialekt:</source>
        <translation>Dialect:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="290" />
        <source>Form:</source>
        <translation>Mode:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="335" />
        <source>En bisidder skal være mindst 15 år.</source>
        <translation>A support person must be at least 15 years old.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="367" />
        <source>Skriv barnets fornavn eller et andet navn.</source>
        <translation>Enter the child's first name or another name.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="370" />
        <source>Skriv barnets alder, eller sæt flueben ved »Fødselsdato kendt«.</source>
        <translation>Enter the child's age, or tick »Date of birth known«.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/new_conversation.py" line="417" />
        <source>Tolken skal være fyldt 18 år og må ikke være i familie med barnet. Bekræft det, eller find en anden tolk.</source>
        <translation>The interpreter must be 18 or over and must not be related to the child. Confirm this, or find another interpreter.</translation>
    </message>
    <message>
        <source>Mor</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>Mother</translation>
    </message>
    <message>
        <source>Far</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>Father</translation>
    </message>
    <message>
        <source>Medforælder</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>Co-parent</translation>
    </message>
    <message>
        <source>Plejeforælder</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>Foster parent</translation>
    </message>
    <message>
        <source>Anden omsorgsperson</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>Other carer</translation>
    </message>
    <message>
        <source>Ikke udelukket</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>Not excluded</translation>
    </message>
    <message>
        <source>Delvist udelukket</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>Partly excluded</translation>
    </message>
    <message>
        <source>Helt udelukket</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>Fully excluded</translation>
    </message>
    <message>
        <source>Til stede i rummet</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>Present in the room</translation>
    </message>
    <message>
        <source>Over telefon</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>By telephone</translation>
    </message>
    <message>
        <source>Over video</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>By video</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../src/borne_samtale/ui/passphrase.py" line="26" />
        <source>Ny adgangsfrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/passphrase.py" line="29" />
        <source>Gentag adgangsfrasen</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/passphrase.py" line="33" />
        <source>Adgangsfrasens styrke</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/passphrase.py" line="37" />
        <source>&amp;Adgangsfrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/passphrase.py" line="38" />
        <source>&amp;Gentag:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/passphrase.py" line="39" />
        <source>Styrke:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/passphrase.py" line="62" />
        <source>Brug gerne nogle ord i en sætning.</source>
        <translation>Use a few words in a sentence.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/passphrase.py" line="65" />
        <source>For let at gætte. Brug flere ord i en sætning, der ikke handler om dig, dit arbejde eller din kommune.</source>
        <translation>Too easy to guess. Use more words in a sentence that is not about you, your work or your municipality.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/passphrase.py" line="69" />
        <source>God.</source>
        <translation>Good.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/passphrase.py" line="71" />
        <source>Stærk.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/passphrase.py" line="73" />
        <source>De to felter er ikke ens.</source>
        <translation>The two fields do not match.</translation>
    </message>
</context>
<context>
    <name>PenBar</name>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/drawing_pad.py" line="360" />
        <source>sort</source>
        <translation>black</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/drawing_pad.py" line="361" />
        <source>rød</source>
        <translation>red</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/drawing_pad.py" line="362" />
        <source>blå</source>
        <translation>blue</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/drawing_pad.py" line="363" />
        <source>grøn</source>
        <translation>green</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/drawing_pad.py" line="364" />
        <source>gul</source>
        <translation>yellow</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/drawing_pad.py" line="365" />
        <source>lilla</source>
        <translation>purple</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/drawing_pad.py" line="372" />
        <source>Farve: %1</source>
        <translation>Colour: %1</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/drawing_pad.py" line="386" />
        <source>Tynd streg</source>
        <translation>Thin line</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/drawing_pad.py" line="387" />
        <source>Tyk streg</source>
        <translation>Thick line</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/drawing_pad.py" line="398" />
        <source>↶ Fortryd</source>
        <translation>↶ Undo</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/drawing_pad.py" line="399" />
        <source>Fortryd den sidste streg</source>
        <translation>Undo the last line</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/drawing_pad.py" line="402" />
        <source>Start forfra</source>
        <translation>Start again</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/drawing_pad.py" line="404" />
        <source>Start forfra: visk det hele ud (Fortryd henter det igen)</source>
        <translation>Start again: wipe everything (Undo brings it back)</translation>
    </message>
</context>
<context>
    <name>PerspectiveLegend</name>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/entries.py" line="384" />
        <source>Barnets ord står i citationstegn og med varm farve; de voksnes noter står uden citationstegn og med kølig farve.</source>
        <translation>The child's words are shown in quotation marks and a warm colour; the adults' notes are shown without quotation marks and in a cool colour.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/preview.py" line="25" />
        <source>Udkast – ikke underskrevet</source>
        <translation>Draft – not signed</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/preview.py" line="31" />
        <source>Sådan ser referatet og brevet ud, hvis du underskriver nu. Det er et udkast: det gemmes ikke, og du kan stadig rette i samtalen.</source>
        <translation>This is how the report and the letter look if you sign now. It is a draft: it is not saved, and you can still change the conversation.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/preview.py" line="37" />
        <source>Vælg udkast</source>
        <translation>Choose draft</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/preview.py" line="38" />
        <source>&amp;Referat</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/preview.py" line="39" />
        <source>&amp;Brev til barnet</source>
        <translation>&amp;Letter to the child</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/preview.py" line="42" />
        <source>Udkastet</source>
        <translation>The draft</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/preview.py" line="49" />
        <source>&amp;Luk udkastet</source>
        <translation>&amp;Close the draft</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/profile.py" line="11" />
        <source>Din profil</source>
        <translation>Your profile</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/profile.py" line="13" />
        <source>Dit navn og din titel står på referaterne, du underskriver.</source>
        <translation>Your name and job title appear on the records you sign.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/profile.py" line="15" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/profile.py" line="16" />
        <source>Titel</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/profile.py" line="17" />
        <source>Afdeling</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/profile.py" line="18" />
        <source>Kommune</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/profile.py" line="19" />
        <source>Telefonnummer til barnet</source>
        <translation>Phone number for the child</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/profile.py" line="28" />
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/profile.py" line="29" />
        <source>&amp;Titel:</source>
        <translation>&amp;Job title:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/profile.py" line="30" />
        <source>&amp;Afdeling:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/profile.py" line="31" />
        <source>&amp;Kommune:</source>
        <translation>&amp;Local authority:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/profile.py" line="32" />
        <source>T&amp;elefon (står i brevet til barnet):</source>
        <translation>Ph&amp;one (printed in the letter to the child):</translation>
    </message>
</context>
<context>
    <name>PromptList</name>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/prompts.py" line="38" />
        <source>Guidens forslag til denne fase</source>
        <translation>The guide's suggestions for this phase</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/prompts.py" line="40" />
        <source>Ctrl+plus gør teksten større, Ctrl+minus mindre, Ctrl+0 som før.</source>
        <translation>Ctrl+plus makes the text larger, Ctrl+minus smaller, Ctrl+0 as before.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/prompts.py" line="42" />
        <source>Større tekst: Ctrl+plus. Mindre: Ctrl+minus.</source>
        <translation>Larger text: Ctrl+plus. Smaller: Ctrl+minus.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/prompts.py" line="94" />
        <source>Spørg</source>
        <translation>Ask</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/prompts.py" line="95" />
        <source>Sig</source>
        <translation>Say</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/prompts.py" line="96" />
        <source>Gør</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/prompts.py" line="97" />
        <source>Husk</source>
        <translation>Remember</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/prompts.py" line="98" />
        <source>Værktøj</source>
        <translation>Tool</translation>
    </message>
</context>
<context>
    <name>ReadBackBox</name>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/read_back.py" line="37" />
        <source>Genlæsning for barnet – og hvad barnet vil dele</source>
        <translation>Reading back to the child – and what the child will share</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/read_back.py" line="42" />
        <source>Jeg har læst barnets ord op for barnet</source>
        <translation>I have read the child's words back to the child</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/read_back.py" line="43" />
        <source>Genlæst gennem tolk</source>
        <translation>Read back through the interpreter</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/read_back.py" line="45" />
        <source>Hvorfor der ikke blev læst op</source>
        <translation>Why the words were not read back</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/read_back.py" line="48" />
        <source>Spørg barnet om hvert citat: Må det komme med i sagen? Må det stå i dit brev? Siger barnet nej til sagen, så udelad det, eller forklar barnet, hvorfor det skal med. Intet kommer i brevet, uden at barnet har valgt det.</source>
        <translation>Ask the child about each quote: may it go into the case? May it be in your letter? If the child says no to the case, leave it out, or tell the child why it must stay. Nothing goes into the letter unless the child chose it.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/read_back.py" line="55" />
        <source>Barnets ord i rækkefølge</source>
        <translation>The child's words in order</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/read_back.py" line="59" />
        <source>Må citatet komme med i sagen</source>
        <translation>May the quote go into the case</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/read_back.py" line="64" />
        <source>Hvorfor citatet skal med, som barnet har fået at vide</source>
        <translation>Why the quote must stay, as told to the child</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/read_back.py" line="67" />
        <source>Hvorfor det skal med – sådan som du sagde det til barnet</source>
        <translation>Why it must stay – as you told the child</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/read_back.py" line="69" />
        <source>Med i &amp;brevet til barnet</source>
        <translation>In the &amp;letter to the child</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/read_back.py" line="70" />
        <source>Barnet siger ja til &amp;resten</source>
        <translation>The child says yes to the &amp;rest</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/read_back.py" line="71" />
        <source>Barnet siger ja til resten af citaterne</source>
        <translation>The child says yes to the rest of the quotes</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/read_back.py" line="79" />
        <source>Tidligere note om, hvad barnet ikke ville have med</source>
        <translation>Earlier note on what the child did not want included</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/read_back.py" line="82" />
        <source>Tidligere note (kommer ikke i referatet; afgør det pr. citat, og tøm feltet):</source>
        <translation>Earlier note (never in the record; decide per quote, then empty the field):</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/read_back.py" line="86" />
        <source>Barnets rettelse</source>
        <translation>The child's correction</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/read_back.py" line="88" />
        <source>Vælg ordene ovenfor, og skriv barnets rettelse med barnets ord</source>
        <translation>Select the words above, and write the child's correction in the child's own words</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/read_back.py" line="90" />
        <source>Tilføj r&amp;ettelse</source>
        <translation>Add corr&amp;ection</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/read_back.py" line="91" />
        <source>Tilføj rettelse</source>
        <translation>Add correction</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/read_back.py" line="93" />
        <source>Barnets rettelser</source>
        <translation>The child's corrections</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/read_back.py" line="100" />
        <source>Ikke læst op, fordi:</source>
        <translation>Not read back because:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/read_back.py" line="103" />
        <source>Dette citat:</source>
        <translation>This quote:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/read_back.py" line="104" />
        <source>Med alligevel, fordi:</source>
        <translation>Kept anyway, because:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/read_back.py" line="105" />
        <source>Rettelse:</source>
        <translation>Correction:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/read_back.py" line="155" />
        <source> · i brevet</source>
        <translation> · in the letter</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/read_back.py" line="249" />
        <source>Rettelse: </source>
        <translation>Correction: </translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/passphrase_dialogs.py" line="110" />
        <source>Brug gendannelseskoden</source>
        <translation>Use the recovery code</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/passphrase_dialogs.py" line="112" />
        <source>Skriv gendannelseskoden fra papiret (store eller små bogstaver, med eller uden bindestreger), og vælg en ny adgangsfrase. Du får en ny kode bagefter.</source>
        <translation>Enter the recovery code from the paper (upper or lower case, with or without hyphens), and choose a new passphrase. You will get a new code afterwards.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/passphrase_dialogs.py" line="115" />
        <source>&amp;Gendannelseskode:</source>
        <translation>Reco&amp;very code:</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/recovery_code.py" line="71" />
        <location filename="../../src/borne_samtale/ui/dialogs/recovery_code.py" line="73" />
        <source>Din nye gendannelseskode</source>
        <translation>Your new recovery code</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/recovery_code.py" line="75" />
        <source>Den gamle kode virker ikke længere. Skriv den nye kode ned på papir nu, og gem papiret et sikkert sted væk fra computeren. Koden vises kun denne ene gang.</source>
        <translation>The old code no longer works. Write the new code down on paper now, and keep the paper somewhere safe away from the computer. The code is shown only this once.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/recovery_code.py" line="37" />
        <source>Gendannelseskode</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/recovery_code.py" line="39" />
        <source>&amp;Jeg har skrevet koden ned og gemmer den sikkert</source>
        <translation>&amp;I have written the code down and will keep it safe</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/recovery_code.py" line="40" />
        <source>Jeg har skrevet koden ned</source>
        <translation>I have written the code down</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/recovery_code.py" line="41" />
        <source>&amp;Fortsæt</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/recovery_code.py" line="42" />
        <source>Fortsæt</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>ScalePage</name>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/scale_page.py" line="38" />
        <source>Skalaer i samtalen</source>
        <translation>Scales in the conversation</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/scale_page.py" line="40" />
        <source>Ny s&amp;kala</source>
        <translation>&amp;New scale</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/scale_page.py" line="41" />
        <source>Ny skala</source>
        <translation>New scale</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/scale_page.py" line="43" />
        <source>Slet skalaen …</source>
        <translation>Remove the scale …</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/scale_page.py" line="44" />
        <source>Slet den valgte skala</source>
        <translation>Remove the selected scale</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/scale_page.py" line="45" />
        <source>Nyt &amp;mål fra handleplanen</source>
        <translation>New goal from the action &amp;plan</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/scale_page.py" line="46" />
        <source>Nyt mål fra handleplanen</source>
        <translation>New goal from the action plan</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/scale_page.py" line="48" />
        <source>Skalaen hører til målet</source>
        <translation>The scale belongs to the goal</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/scale_page.py" line="55" />
        <source>Mål:</source>
        <translation>Goal:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/scale_page.py" line="102" />
        <source>Slet skalaen</source>
        <translation>Remove the scale</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/scale_page.py" line="104" />
        <source>Slet »%1« og det, barnet sagde til den? Det kan ikke fortrydes.</source>
        <translation>Remove »%1« and what the child said about it? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/scale_page.py" line="139" />
        <source>Intet mål</source>
        <translation>No goal</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/scale_page.py" line="182" />
        <source>Nyt mål</source>
        <translation>New goal</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/scale_page.py" line="182" />
        <source>Målet fra handleplanen, med barnets ord:</source>
        <translation>The goal from the action plan, in the child's words:</translation>
    </message>
    <message>
        <source>(ny skala)</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>(new scale)</translation>
    </message>
</context>
<context>
    <name>ScaleWidget</name>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="180" />
        <source>Skala fra 0 til 10</source>
        <translation>Scale from 0 to 10</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="225" />
        <source>Spørgsmålet</source>
        <translation>The question</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="225" />
        <source>Fx: Hvor godt har du det i skolen?</source>
        <translation>e.g. How are things for you at school?</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="228" />
        <source>Hvad 0 betyder</source>
        <translation>What 0 means</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="228" />
        <source>Det, barnet og du aftaler, at 0 betyder</source>
        <translation>What you and the child agree 0 means</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="231" />
        <source>Hvad 10 betyder</source>
        <translation>What 10 means</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="231" />
        <source>Det, barnet og du aftaler, at 10 betyder</source>
        <translation>What you and the child agree 10 means</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="234" />
        <source>&amp;Spørgsmål:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="236" />
        <source>Det &amp;højeste, 10, betyder:</source>
        <translation>The hi&amp;ghest, 10, means:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="244" />
        <source>Barnets t&amp;al:</source>
        <translation>Child's n&amp;umber:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="247" />
        <source>Barnets tal fra 0 til 10</source>
        <translation>The child's number from 0 to 10</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="249" />
        <source>Tast 0–9, T for 10 · ← → flytter ét trin · Delete rydder</source>
        <translation>Press 0–9, T for 10 · ← → moves one step · Delete clears</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="252" />
        <source>Ry&amp;d tallet</source>
        <translation>Cl&amp;ear the number</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="253" />
        <source>Ryd barnets tal</source>
        <translation>Clear the child's number</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="263" />
        <source>Barnets valg på barnets skærm</source>
        <translation>The child's choice on the child's screen</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="277" />
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="284" />
        <source>Barnets egne ord – skriv ordret</source>
        <translation>The child's own words – write them word for word</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="278" />
        <source>Fx: »Fordi jeg har Ali at lege med i frikvarteret«</source>
        <translation>e.g. ‘Because I've got Ali to play with at break time’</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="279" />
        <source>Sagt via t&amp;olk</source>
        <translation>Said via &amp;interpreter</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="280" />
        <source>Hvad gør tallet: sagt via tolk</source>
        <translation>Reason for the number: said via interpreter</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="282" />
        <source>Hvad gør, at det er dette tal</source>
        <translation>What makes it this number</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="285" />
        <source>Fx: »Hvis de andre ikke drillede mig«</source>
        <translation>e.g. ‘If the others didn't tease me’</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="480" />
        <source>Barnet valgte %1 på barnets skærm.</source>
        <translation>The child chose %1 on the child's screen.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="485" />
        <source>Barnets ord til %1 står ved %1 i listen over skalaer.</source>
        <translation>The child's words for %1 are kept with %1 in the list of scales.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="502" />
        <source>0 = %1</source>
        <translation>0 = %1</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="507" />
        <source>10 = %1</source>
        <translation>10 = %1</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="522" />
        <source>Hvad &amp;gør, at det er %1 og ikke lavere?</source>
        <translation>What &amp;makes it %1 and not lower?</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="524" />
        <source>Hvad skal der til for at komme ét t&amp;rin op, fra %1 til %2?</source>
        <translation>What would it take to move one &amp;step up, from %1 to %2?</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="533" />
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="540" />
        <source>Valgt: %1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="235" />
        <source>Det lav&amp;este, 0, betyder:</source>
        <translation>The low&amp;est, 0, means:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="286" />
        <source>Sagt &amp;via tolk</source>
        <translation>Said &amp;via interpreter</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="287" />
        <source>Ét trin op: sagt via tolk</source>
        <translation>One step up: said via interpreter</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="289" />
        <source>Hvad skal der til for ét trin op</source>
        <translation>What it would take to go one step up</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="301" />
        <source>Rådgiverens &amp;note – dine egne iagttagelser, ikke barnets ord</source>
        <translation>Caseworker's no&amp;te – your own observations, not the child's words</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="302" />
        <source>Rådgiverens note</source>
        <translation>Caseworker's note</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="303" />
        <source>Fx: Tøvede længe mellem 3 og 4</source>
        <translation>e.g. Hesitated a long time between 3 and 4</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="348" />
        <source>Skala fra 0 til 10. Peg på et tal.</source>
        <translation>Scale from 0 to 10. Point to a number.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="478" />
        <source>Barnet fjernede tallet på barnets skærm.</source>
        <translation>The child cleared the number on the child's screen.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="504" />
        <source>0 = (skriv først, hvad 0 betyder)</source>
        <translation>0 = (first write what 0 means)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="509" />
        <source>10 = (skriv først, hvad 10 betyder)</source>
        <translation>10 = (first write what 10 means)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="513" />
        <source>Hvad &amp;gør, at det er det tal og ikke lavere?</source>
        <translation>What &amp;makes it that number and not lower?</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="514" />
        <source>Hvad skal der til for at komme ét t&amp;rin op?</source>
        <translation>What would it take to move one &amp;step up?</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="516" />
        <source>Hvad &amp;gør, at det er 0?</source>
        <translation>What &amp;makes it 0?</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="517" />
        <source>Hvad skal der til for at komme ét t&amp;rin op, fra 0 til 1?</source>
        <translation>What would it take to move one &amp;step up, from 0 to 1?</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="519" />
        <source>Hvad &amp;gør, at det er 10 og ikke lavere?</source>
        <translation>What &amp;makes it 10 and not lower?</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="520" />
        <source>Hvad skal der til, fo&amp;r at det bliver ved med at være 10?</source>
        <translation>What would it take for it to &amp;stay at 10?</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="531" />
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="538" />
        <source>Intet tal valgt endnu</source>
        <translation>No number chosen yet</translation>
    </message>
</context>
<context>
    <name>SignOffPanel</name>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/signoff.py" line="38" />
        <source>Tjekliste før underskrift</source>
        <translation>Checklist before signing</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/signoff.py" line="41" />
        <source>&amp;Fravælg med begrundelse …</source>
        <translation>&amp;Waive with a reason …</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/signoff.py" line="42" />
        <source>Fravælg det valgte punkt med begrundelse</source>
        <translation>Waive the selected item with a reason</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/signoff.py" line="43" />
        <source>Fortr&amp;yd fravalg</source>
        <translation>&amp;Undo waiver</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/signoff.py" line="44" />
        <source>Fortryd fravalget af det valgte punkt</source>
        <translation>Undo the waiver of the selected item</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/signoff.py" line="45" />
        <source>&amp;Underskriv referat og brev …</source>
        <translation>&amp;Sign the record and the letter …</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/signoff.py" line="46" />
        <source>Underskriv referat og brev</source>
        <translation>Sign the record and the letter</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/signoff.py" line="75" />
        <source>Klar til underskrift.</source>
        <translation>Ready to sign.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/borne_samtale/ui/widgets/signoff.py" line="77" />
        <source>%n punkt(er) mangler, før samtalen kan underskrives.</source>
        <translation>
            <numerusform>%n item is outstanding before the conversation can be signed.</numerusform>
            <numerusform>%n items are outstanding before the conversation can be signed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/signoff.py" line="87" />
        <source>Fravalgt: %1</source>
        <translation>Waived: %1</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/signoff.py" line="91" />
        <source>Loven kræver det; punktet kan ikke fravælges.</source>
        <translation>The law requires it; this item cannot be waived.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/signoff.py" line="94" />
        <source>Punktet handler om barnets sikkerhed eller samtykke og kan ikke fravælges.</source>
        <translation>This item concerns the child's safety or consent and cannot be waived.</translation>
    </message>
</context>
<context>
    <name>SigningFlow</name>
    <message>
        <location filename="../../src/borne_samtale/ui/signing_flow.py" line="34" />
        <location filename="../../src/borne_samtale/ui/signing_flow.py" line="48" />
        <location filename="../../src/borne_samtale/ui/signing_flow.py" line="56" />
        <location filename="../../src/borne_samtale/ui/signing_flow.py" line="63" />
        <location filename="../../src/borne_samtale/ui/signing_flow.py" line="87" />
        <source>Underskriv</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/signing_flow.py" line="36" />
        <source>Nu laves referatet og brevet til barnet, og begge underskrives. Derefter er samtalen låst; en senere rettelse bliver et tillæg. Vil du underskrive?</source>
        <translation>The record and the letter to the child are now made and both are signed. The conversation is then locked; a later correction becomes an addendum. Sign now?</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/signing_flow.py" line="54" />
        <source>Referat og brev laves og underskrives …</source>
        <translation>Making and signing the record and the letter …</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/start.py" line="18" />
        <source>Velkommen til Børnesamtale</source>
        <translation>Welcome to Børnesamtale</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/start.py" line="22" />
        <source>Børnesamtale hjælper dig gennem samtalen med barnet og holder barnets egne ord adskilt fra de voksnes. Alt gemmes krypteret på denne computer, og intet sendes nogen steder hen.</source>
        <translation>Børnesamtale guides you through the conversation with the child and keeps the child's own words separate from the adults'. Everything is stored encrypted on this computer, and nothing is sent anywhere.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/start.py" line="28" />
        <source>&amp;Opret din krypterede boks</source>
        <translation>C&amp;reate your encrypted vault</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/start.py" line="29" />
        <source>Opret din krypterede boks</source>
        <translation>Create your encrypted vault</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/start.py" line="30" />
        <source>Se &amp;demoen med opdigtede sager</source>
        <translation>See the &amp;demo with made-up cases</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/start.py" line="31" />
        <source>Se demoen med opdigtede sager</source>
        <translation>See the demo with made-up cases</translation>
    </message>
</context>
<context>
    <name>ThreeHousesWidget</name>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/three_houses.py" line="55" />
        <source>Tre huse</source>
        <translation>Three Houses</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/three_houses.py" line="95" />
        <source>Skriv barnets egne ord, præcis som barnet siger dem. Læs ordene op for barnet og spørg, om det er rigtigt forstået. Stop, hvis barnet bliver ked af det.</source>
        <translation>Write the child's own words, exactly as the child says them. Read the words back to the child and ask whether you have understood them correctly. Stop if the child becomes upset.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/three_houses.py" line="101" />
        <source>Husk</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/three_houses.py" line="106" />
        <source>Gode ting</source>
        <translation>Good things</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/three_houses.py" line="106" />
        <location filename="../../src/borne_samtale/ui/widgets/three_houses.py" line="309" />
        <source>Det gode hus</source>
        <translation>The House of Good Things</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/three_houses.py" line="109" />
        <source>Bekymringer</source>
        <translation>Worries</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/three_houses.py" line="109" />
        <location filename="../../src/borne_samtale/ui/widgets/three_houses.py" line="309" />
        <source>Bekymringshuset</source>
        <translation>The House of Worries</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/three_houses.py" line="112" />
        <source>Drømme</source>
        <translation>Dreams</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/three_houses.py" line="112" />
        <location filename="../../src/borne_samtale/ui/widgets/three_houses.py" line="309" />
        <source>Drømmehuset</source>
        <translation>The House of Dreams</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/three_houses.py" line="121" />
        <source>Nye ord kommer &amp;via tolk</source>
        <translation>New words come via the &amp;interpreter</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/three_houses.py" line="122" />
        <source>Nye ord kommer via tolk</source>
        <translation>New words come via the interpreter</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/three_houses.py" line="126" />
        <source>Må det, barnet har sagt, deles?</source>
        <translation>May what the child has said be shared?</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/three_houses.py" line="127" />
        <source>Barnets samtykke til at dele</source>
        <translation>The child's consent to sharing</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/three_houses.py" line="128" />
        <source>Ikke &amp;spurgt endnu</source>
        <translation>Not &amp;asked yet</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/three_houses.py" line="129" />
        <source>&amp;Ja, det må deles</source>
        <translation>&amp;Yes, it may be shared</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/three_houses.py" line="130" />
        <source>&amp;Nej, det må ikke deles</source>
        <translation>&amp;No, it may not be shared</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/three_houses.py" line="134" />
        <source>Samtykke: ikke spurgt endnu</source>
        <translation>Consent: not asked yet</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/three_houses.py" line="135" />
        <source>Samtykke: ja, det må deles</source>
        <translation>Consent: yes, it may be shared</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/three_houses.py" line="136" />
        <source>Samtykke: nej, det må ikke deles</source>
        <translation>Consent: no, it may not be shared</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/three_houses.py" line="147" />
        <source>Barnets tegninger</source>
        <translation>The child's drawings</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/three_houses.py" line="288" />
        <source>Barnet har tegnet i: %1</source>
        <translation>The child drew in: %1</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/three_houses.py" line="291" />
        <source>Barnet har ikke tegnet. Barnet kan tegne i husene på barnets skærm (F12).</source>
        <translation>The child has not drawn. The child can draw in the houses on the child's screen (F12).</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/three_houses.py" line="149" />
        <source>Stoppet før tid &amp;fordi</source>
        <translation>Stopped &amp;early because</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/three_houses.py" line="152" />
        <source>Kun hvis barnet blev ked af det, og I stoppede</source>
        <translation>Only if the child became upset and you stopped</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/three_houses.py" line="154" />
        <source>Stoppet før tid, fordi</source>
        <translation>Stopped early because</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/three_houses.py" line="160" />
        <source>&amp;Rådgiverens note (din egen, ikke barnets ord)</source>
        <translation>Caseworker's no&amp;te (your own, not the child's words)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/three_houses.py" line="161" />
        <source>Rådgiverens note</source>
        <translation>Caseworker's note</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/three_houses.py" line="162" />
        <source>Dine iagttagelser og tanker. Det er ikke barnets ord.</source>
        <translation>Your observations and thoughts. These are not the child's words.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/transfer.py" line="22" />
        <source>Overført til sagen</source>
        <translation>Transferred to the case</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/transfer.py" line="26" />
        <source>Når referat og brev ligger i sagssystemet, skal samtalen slettes fra computeren. Tilbage bliver kun en kvittering uden indhold: dokument-id og referatets fingeraftryk.</source>
        <translation>Once the record and the letter are in the case system, the conversation must be deleted from this computer. Only a receipt without content remains: the document ID and the record's fingerprint.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/transfer.py" line="33" />
        <source>Sagssystemets reference</source>
        <translation>The case system's reference</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/transfer.py" line="34" />
        <source>fx journalnummer eller dokumentnummer</source>
        <translation>e.g. file number or document number</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/transfer.py" line="36" />
        <source>Hvornår samtalen slettes</source>
        <translation>When the conversation is deleted</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/transfer.py" line="39" />
        <source>Slet fra computeren nu</source>
        <translation>Remove from this computer now</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/borne_samtale/ui/dialogs/transfer.py" line="41" />
        <source>Slet om %n dag(e)</source>
        <translation>
            <numerusform>Remove in %n day</numerusform>
            <numerusform>Remove in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/transfer.py" line="44" />
        <source>Jeg har set, at referat og brev ligger i sagssystemet</source>
        <translation>I have seen that the record and the letter are in the case system</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/transfer.py" line="49" />
        <location filename="../../src/borne_samtale/ui/dialogs/transfer.py" line="69" />
        <source>Markér som overført</source>
        <translation>Mark as transferred</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/transfer.py" line="54" />
        <source>&amp;Reference i sagen:</source>
        <translation>&amp;Reference in the case:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/transfer.py" line="55" />
        <source>&amp;Sletning:</source>
        <translation>&amp;Deletion:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/transfer.py" line="67" />
        <source>Markér som overført og slet</source>
        <translation>Mark as transferred and delete</translation>
    </message>
</context>
<context>
    <name>UnlockFlow</name>
    <message>
        <location filename="../../src/borne_samtale/ui/window_unlock.py" line="130" />
        <source>Kontrol af boksen</source>
        <translation>Vault check</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_unlock.py" line="156" />
        <source>Advarsel</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_unlock.py" line="162" />
        <source>Advarsel ved oplåsning</source>
        <translation>Warning at unlock</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/unlock.py" line="19" />
        <source>Boksen er låst</source>
        <translation>The vault is locked</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/unlock.py" line="25" />
        <location filename="../../src/borne_samtale/ui/screens/unlock.py" line="26" />
        <source>Adgangsfrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/unlock.py" line="27" />
        <source>&amp;Lås op</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/unlock.py" line="28" />
        <source>Lås op</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/unlock.py" line="32" />
        <source>Besked</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/unlock.py" line="33" />
        <source>&amp;Glemt adgangsfrasen? Brug gendannelseskoden</source>
        <translation>&amp;Forgotten the passphrase? Use the recovery code</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/unlock.py" line="35" />
        <source>Brug gendannelseskoden</source>
        <translation>Use the recovery code</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/screens/unlock.py" line="72" />
        <source>Låser op …</source>
        <translation>Unlocking…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/borne_samtale/ui/screens/unlock.py" line="95" />
        <source>Vent %n sekund(er), før du prøver igen.</source>
        <translation>
            <numerusform>Please wait %n second before trying again.</numerusform>
            <numerusform>Please wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaiverDialog</name>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/waiver.py" line="19" />
        <source>Fravælg punkt</source>
        <translation>Waive item</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/waiver.py" line="26" />
        <source>Skriv med et par ord, hvorfor punktet ikke er opfyldt i denne samtale. Begrundelsen står i referatet under Fravigelser, så den, der læser sagen, kan se den.</source>
        <translation>Write in a few words why the item is not met in this conversation. The reason is printed in the record under Waivers, so whoever reads the case can see it.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/waiver.py" line="40" />
        <source>Fravælg (Ctrl+Enter)</source>
        <translation>Waive (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/dialogs/waiver.py" line="33" />
        <source>Begrundelse</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../src/borne_samtale/ui/window_menus.py" line="27" />
        <source>&amp;Boks</source>
        <translation>&amp;Vault</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_menus.py" line="28" />
        <source>&amp;Lås nu</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_menus.py" line="30" />
        <source>Skift &amp;adgangsfrase …</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_menus.py" line="32" />
        <source>Din &amp;profil …</source>
        <translation>Your p&amp;rofile…</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_menus.py" line="33" />
        <source>&amp;Automatisk lås …</source>
        <translation>&amp;Automatic lock…</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_menus.py" line="35" />
        <source>&amp;Gamle kladder …</source>
        <translation>&amp;Old drafts …</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_menus.py" line="37" />
        <source>&amp;Sprog / Language …</source>
        <translation>&amp;Language / Sprog …</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_menus.py" line="39" />
        <source>Brug organisationens &amp;certifikat …</source>
        <translation>Use the organisation's &amp;certificate …</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_menus.py" line="42" />
        <source>&amp;Eksportér certifikatet til IT …</source>
        <translation>&amp;Export the certificate for IT …</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_menus.py" line="45" />
        <source>E&amp;ksporter på computeren …</source>
        <translation>E&amp;xports on this computer …</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_menus.py" line="47" />
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_menus.py" line="61" />
        <source>&amp;Samtale</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_menus.py" line="62" />
        <source>&amp;Ny samtale …</source>
        <translation>&amp;New conversation…</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_menus.py" line="65" />
        <source>Se &amp;udkast til referat og brev …</source>
        <translation>Pre&amp;view the draft report and letter …</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_menus.py" line="69" />
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_menus.py" line="70" />
        <source>&amp;Brugervejledning …</source>
        <translation>&amp;User guide …</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_menus.py" line="71" />
        <source>&amp;Tastaturgenveje …</source>
        <translation>&amp;Keyboard shortcuts …</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_menus.py" line="72" />
        <source>&amp;Om Børnesamtale</source>
        <translation>&amp;About Børnesamtale</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_menus.py" line="110" />
        <source>Adgangsfrasen er skiftet.</source>
        <translation>The passphrase has been changed.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_menus.py" line="116" />
        <source>Automatisk lås</source>
        <translation>Automatic lock</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_menus.py" line="117" />
        <source>Lås boksen efter så mange minutter uden brug:</source>
        <translation>Lock the vault after this many minutes without use:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_menus.py" line="130" />
        <source>Gamle kladder</source>
        <translation>Old drafts</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_menus.py" line="131" />
        <source>Markér en kladde, der ikke er rørt i så mange dage:</source>
        <translation>Flag a draft that has not been touched for this many days:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_menus.py" line="146" />
        <source>Sprog / Language</source>
        <translation>Language / Sprog</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_menus.py" line="147" />
        <source>Sproget skifter, næste gang programmet starter.</source>
        <translation>The language changes the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_menus.py" line="222" />
        <source>Disse eksporter ligger stadig på computeren med samtalens ord i klar tekst. De slettes, når samtalen er overført til sagen og slettes:</source>
        <translation>These exports are still on this computer with the conversation's words in plain text. They are deleted when the conversation is transferred to the case and deleted:</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_menus.py" line="229" />
        <source>Der ligger ingen eksporter fra programmet på computeren.</source>
        <translation>There are no exports from the program on this computer.</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_menus.py" line="230" />
        <source>Eksporter på computeren</source>
        <translation>Exports on this computer</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_menus.py" line="235" />
        <source>Om Børnesamtale</source>
        <translation>About Børnesamtale</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/window_menus.py" line="238" />
        <source>Børnesamtale %1

En guide og krypteret notesbog til samtaler med børn. Alt gemmes krypteret på denne computer, og intet sendes nogen steder hen.</source>
        <translation>Børnesamtale %1

A guide and encrypted notebook for conversations with children. Everything is stored encrypted on this computer, and nothing is sent anywhere.</translation>
    </message>
</context>
<context>
    <name>_HouseColumn</name>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/house_column.py" line="99" />
        <source>Barnets navn på huset</source>
        <translation>The child's name for the house</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/house_column.py" line="107" />
        <source>Barnets egne ord</source>
        <translation>The child's own words</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/house_column.py" line="84" />
        <source>%1. %2   (Ctrl+%1)</source>
        <translation>%1. %2   (Ctrl+%1)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/house_column.py" line="97" />
        <source>Hus %1: %2</source>
        <translation>House %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/house_column.py" line="103" />
        <source>Barnets navn på hus %1 (%2)</source>
        <translation>The child's name for house %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/house_column.py" line="113" />
        <source>Barnets egne ord i hus %1 (%2)</source>
        <translation>The child's own words in house %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/house_column.py" line="130" />
        <source>Fjern barnets ord</source>
        <translation>Remove the child's words</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/house_column.py" line="135" />
        <source>Ret barnets ord</source>
        <translation>Edit the child's words</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/house_column.py" line="149" />
        <source>Skriv barnets ord og tryk Enter</source>
        <translation>Type the child's words and press Enter</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/house_column.py" line="151" />
        <source>Tilføj barnets ord i hus %1 (%2)</source>
        <translation>Add the child's words to house %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/house_column.py" line="220" />
        <source>F2: ret · Delete: fjern · Mellemrum: via tolk til/fra</source>
        <translation>F2: edit · Delete: remove · Space: via interpreter on/off</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/house_column.py" line="222" />
        <source>F2: ret · Delete: fjern</source>
        <translation>F2: edit · Delete: remove</translation>
    </message>
</context>
<context>
    <name>_HousesPicture</name>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/houses_canvas.py" line="113" />
        <source>Tre huse, som barnet ser dem</source>
        <translation>Three Houses, as the child sees them</translation>
    </message>
</context>
<context>
    <name>_NumberRow</name>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="92" />
        <source>Tal %1</source>
        <translation>Number %1</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="101" />
        <source>Tast T</source>
        <translation>Press T</translation>
    </message>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/scale.py" line="102" />
        <source>Tast %1</source>
        <translation>Press %1</translation>
    </message>
</context>
<context>
    <name>_WordsDelegate</name>
    <message>
        <location filename="../../src/borne_samtale/ui/widgets/house_column.py" line="46" />
        <source>via tolk</source>
        <translation>via interpreter</translation>
    </message>
</context>
<context>
    <name>IntegrityWatch</name>
    <message>
        <source>Kontrollen af boksen fandt en fejl i databasen, så du kan ikke underskrive, før IT-support har set på den.</source>
        <extracomment>Passed to self.tr from a constant or an f-string; added by the fill script because lupdate cannot see it.</extracomment>
        <translation>The check of the vault found an error in the database, so you cannot sign until IT support has looked at it.</translation>
    </message>
</context>
</TS>
