"""Fill the English translation of Børnesamtale (resources/translations/borne_samtale_en.ts).

Usage (from anywhere; the repository root defaults to the folder above tools/):

    .venv/bin/python tools/update_translations.py [--root DIR] [--no-lupdate]

By default it first runs pyside6-lupdate over every .py file under src/borne_samtale/ui
(source language da_DK, target en_GB, obsolete messages dropped), then:

* adds the messages lupdate cannot see (texts from module-level constants passed to
  self.tr, and self.tr calls inside f-strings) to their class's <context>;
* writes the English text from TRANSLATIONS (Danish source -> English), or from
  CONTEXT_TRANSLATIONS where one Danish text needs a different English one in one
  context, and marks every message finished;
* checks placeholders (%1 %2 %3 %n {name}), mnemonics and shortcut hints;
* exits non-zero, naming them, if a message has no English text or a check fails.
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS_RELATIVE = Path("resources/translations/borne_samtale_en.ts")
# Danish is the source language; its own .ts holds only the plural forms of the %n messages,
# so that the Danish UI says "1 punkt" and "8 punkter" instead of "punkt(er)".
DANISH_TS_RELATIVE = Path("resources/translations/borne_samtale_da.ts")
UI_RELATIVE = Path("src/borne_samtale/ui")

# --------------------------------------------------------------------------------------
# Messages lupdate cannot see. Each is (context, Danish source). CONSTANT_SOURCES says
# where the constants live, so that a re-run notices when someone edits them.
# --------------------------------------------------------------------------------------
CONSTANT_SOURCES: list[tuple[str, str, str]] = [
    # (file under the repository root, module-level dict name, context of the self.tr call)
    ("src/borne_samtale/ui/widgets/entries.py", "SHORT_LABELS", "EntryCapture"),
]

EXTRA_MESSAGES: list[tuple[str, str]] = [
    # PROBLEM in ui/integrity.py: self.tr(PROBLEM)
    (
        "IntegrityWatch",
        "Kontrollen af boksen fandt en fejl i databasen, så du kan ikke underskrive, "
        "før IT-support har set på den.",
    ),
    # self.tr('(ny skala)') inside an f-string in screens/scale_page.py (_scale_title)
    ("ScalePage", "(ny skala)"),
    # SHORT_LABELS in widgets/entries.py: self.tr(SHORT_LABELS[perspective])
    ("EntryCapture", "Barnets ord"),
    ("EntryCapture", "Via tolk"),
    ("EntryCapture", "Gengivelse"),
    ("EntryCapture", "Observation"),
    ("EntryCapture", "Vurdering"),
    ("EntryCapture", "Fra andre"),
]

# Domain labels the window shows, marked translatable(context, text) (QT_TRANSLATE_NOOP)
# in these files: each mark is a message in its context, like the extras above.
MARKED_SOURCES: list[str] = ["src/borne_samtale/domain/labels.py"]

# --------------------------------------------------------------------------------------
# Translations. A str for an ordinary message; a tuple (singular, plural) for a %n one.
# --------------------------------------------------------------------------------------
Text = str | tuple[str, str]

TRANSLATIONS: dict[str, Text] = {
    # ProfileDialog: phone
    "Telefonnummer til barnet": "Phone number for the child",
    "T&elefon (står i brevet til barnet):": "Ph&one (printed in the letter to the child):",
    # MainWindow: language
    "&Sprog / Language …": "&Language / Sprog …",
    "Sprog / Language": "Language / Sprog",
    "Sproget skifter, næste gang programmet starter.": (
        "The language changes the next time the program starts."
    ),
    # BriefingDialog
    "Instruktion af tolken": "Briefing the interpreter",
    "Gå det her igennem med tolken, før barnet kommer ind": (
        "Go through this with the interpreter before the child comes in"
    ),
    "Sig til barnet gennem tolken:": "Say to the child through the interpreter:",
    "&Tolken er instrueret": "The &interpreter has been briefed",
    "%1 af %2 punkter gennemgået": "%1 of %2 points covered",
    # CasesScreen
    "Børn og samtaler": "Children and conversations",
    "Søg i alle notater (Ctrl+F)": "Search all notes (Ctrl+F)",
    "Søg i alle notater": "Search all notes",
    "&Ny samtale (Ctrl+N)": "&New conversation (Ctrl+N)",
    "Ny samtale": "New conversation",
    "Å&bn samtale (Enter)": "&Open conversation (Enter)",
    "Åbn samtale": "Open conversation",
    "Børn": "Children",
    "Samtaler": "Conversations",
    "Dato": "Date",
    "Barn": "Child",
    "Formål": "Purpose",
    "Status": "Status",
    "Notater": "Notes",
    "Barnets svar på skalaen over tid": "The child's answers on the scale over time",
    "Alle børn": "All children",
    "%n samtale(r) med »%1«": (
        "%n conversation containing ‘%1’",
        "%n conversations containing ‘%1’",
    ),
    "%n samtale(r)": ("%n conversation", "%n conversations"),
    "De %1 nyeste af %n samtaler. Vælg et barn, eller søg, for at se ældre.": (
        "The newest %1 of %n conversation. Choose a child, or search, to see older ones.",
        "The newest %1 of %n conversations. Choose a child, or search, to see older ones.",
    ),
    "notatet mangler": "write-up missing",
    "Barnets svar på skalaen (0-10) over tid": "The child's answers on the scale (0–10) over time",
    # ChangePassphraseDialog
    "Skift adgangsfrase": "Change passphrase",
    "Skriv den adgangsfrase, du bruger nu, og vælg en ny.": (
        "Enter the passphrase you use now, and choose a new one."
    ),
    "&Nuværende:": "C&urrent passphrase:",
    # ClosingPanel
    "Blev samtalen holdt?": "Did the conversation take place?",
    "Blev samtalen holdt": "Did the conversation take place",
    "Ja, samtalen blev holdt": "Yes, the conversation took place",
    "Nej, samtalen blev ikke holdt": "No, the conversation did not take place",
    "Barnet sagde nej til samtalen": "The child said no to the conversation",
    "Grunden": "The reason",
    "Hjemmel": "Legal basis",
    "Hvordan barnets synspunkter blev belyst i stedet": (
        "How the child's views were obtained instead"
    ),
    "&Status:": "&Status:",
    "Grunden:": "Reason:",
    "&Hjemmel:": "&Legal basis:",
    "Barnets syn belyst på anden måde:": "Child's views obtained another way:",
    "Genlæsning for barnet": "Reading back to the child",
    "Barnets ord i rækkefølge": "The child's words in order",
    "Jeg har læst barnets ord op for barnet": "I have read the child's words back to the child",
    "Genlæst gennem tolk": "Read back through the interpreter",
    "Hvorfor der ikke blev læst op": "Why the words were not read back",
    "Barnets rettelse": "The child's correction",
    "Vælg ordene ovenfor, og skriv barnets rettelse med barnets ord": (
        "Select the words above, and write the child's correction in the child's own words"
    ),
    "Tilføj r&ettelse": "Add corr&ection",
    "Tilføj rettelse": "Add correction",
    "Barnets rettelser": "The child's corrections",
    "Barnets svar på, om det må komme med i sagen": (
        "The child's answer on whether it may go in the case record"
    ),
    "Ikke spurgt endnu": "Not asked yet",
    "Barnet siger ja til, at det kommer med": "The child agrees to it going in",
    "Barnet siger ja til noget af det": "The child agrees to some of it",
    "Barnet siger nej": "The child says no",
    "Det, barnet ikke vil have med": "What the child does not want included",
    "Ikke læst op, fordi:": "Not read back because:",
    "Rettelse:": "Correction:",
    "&Må det komme med?": "&May it be included?",
    "Ikke med i sagen:": "Not in the case record:",
    "Afslutning": "Closing",
    "Barnets syn på foranstaltningen, med barnets ord": (
        "The child's view of the support measure, in the child's own words"
    ),
    "via tolk": "via interpreter",
    "Det, barnet fik at vide om, hvad der nu skal ske": (
        "What the child was told about what happens next"
    ),
    "Ét punkt pr. linje": "One point per line",
    "Hvem barnet kan ringe til": "Who the child can call",
    "Jeg har opsummeret samtalen for barnet": "I have summed up the conversation for the child",
    "Barnets syn på foranstaltningen:": "Child's view of the support measure:",
    "Næste skridt fortalt til barnet:": "Next steps told to the child:",
    "Barnet kan ringe til:": "The child can call:",
    "Efter samtalen med tolken": "Debrief with the interpreter",
    "Jeg har talt med tolken om selve tolkningen": (
        "I have talked with the interpreter about the interpreting itself"
    ),
    "Noter om tolkningen (ikke tolkens syn på sagen)": (
        "Notes on the interpreting (not the interpreter's view of the case)"
    ),
    "Om tolkningen:": "On the interpreting:",
    "Rettelse: ": "Correction: ",
    # ConversationScreen
    "Tid i samtalen": "Time in the conversation",
    "Tilbage til &listen": "&Back to the list",
    "Tilbage til listen": "Back to the list",
    "Barnets skærm (F12)": "Child's screen (F12)",
    "Skift til barnets skærm": "Switch to the child's screen",
    "Samtalens faser": "Phases of the conversation",
    "Skalaer i samtalen": "Scales in the conversation",
    "Ny s&kala": "&New scale",
    "Ny skala": "New scale",
    "Slet skalaen …": "Remove the scale …",
    "Slet den valgte skala": "Remove the selected scale",
    "Slet skalaen": "Remove the scale",
    "Slet »%1« og det, barnet sagde til den? Det kan ikke fortrydes.": (
        "Remove »%1« and what the child said about it? This cannot be undone."
    ),
    "Nyt &mål fra handleplanen": "New goal from the action &plan",
    "Nyt mål fra handleplanen": "New goal from the action plan",
    "Skalaen hører til målet": "The scale belongs to the goal",
    "Mål:": "Goal:",
    "Tjekliste før underskrift": "Checklist before signing",
    "Samtale (F3)": "Conversation (F3)",
    "Skala (F4)": "Scale (F4)",
    "Tre huse (F5)": "Three Houses (F5)",
    "Netværkskort (F6)": "Network map (F6)",
    "Afslutning (F7)": "Closing (F7)",
    "Tjekliste (F8)": "Checklist (F8)",
    "Huskeliste fra guiden": "Reminders from the guide",
    "Det har barnet fået at vide": "What the child has been told",
    "Huskeliste": "Reminders",
    "Barnet har fået at vide": "The child has been told",
    "Vi taler sammen": "We're talking together",
    "år": "years",
    "Intet mål": "No goal",
    "Udveksling uden oversættelse kl. %1": "Exchange not interpreted at %1",
    "Nyt mål": "New goal",
    "Målet fra handleplanen, med barnets ord:": (
        "The goal from the action plan, in the child's words:"
    ),
    "Klar til underskrift.": "Ready to sign.",
    # Sign-off, documents and hand-over
    "&Udskriv … (Ctrl+P)": "&Print … (Ctrl+P)",
    "Udskriv dokumentet": "Print the document",
    "&Eksportér til mappe …": "&Export to folder …",
    "Eksportér dokumenterne til en mappe": "Export the documents to a folder",
    "Markér som &overført til sagen …": "Mark as &transferred to the case …",
    "Markér som overført til sagen": "Mark as transferred to the case",
    "Lav &tillæg …": "Make an &addendum …",
    "Lav et tillæg, en ny version": "Make an addendum, a new version",
    "Underskrevet %1 af %2. Dokument-id %3, version %4.": (
        "Signed %1 by %2. Document ID %3, version %4."
    ),
    "Dette er et tillæg, der afløser den tidligere version.": (
        "This is an addendum that replaces the earlier version."
    ),
    "Eksporteret %1.": "Exported %1.",
    "Overført til sagen %1 med reference %2.": "Transferred to the case %1 with reference %2.",
    "Slettes fra computeren %1.": "Deleted from this computer %1.",
    "Slet fra computeren nu …": "Remove from this computer now …",
    "Underskriften kontrolleres …": "Checking the signature …",
    "Underskriften er gyldig, og dokumentet er ikke ændret.": (
        "The signature is valid and the document has not been changed."
    ),
    "Underskriften kunne ikke bekræftes.": "The signature could not be confirmed.",
    "Udskriv": "Print",
    "Printeren kan ikke bruges.": "The printer cannot be used.",
    "Vælg mappen til eksporten": "Choose the folder for the export",
    "Eksport": "Export",
    "Referat, brev og data ligger nu i %1.\n\nLæg dem i sagssystemet, og markér derefter "
    "samtalen som overført, så den slettes fra computeren.": (
        "The record, letter and data are now in %1.\n\nPut them in the case system, then "
        "mark the conversation as transferred so that it is deleted from this computer."
    ),
    "Overført til sagen": "Transferred to the case",
    "Eksportér samtalen først, og læg filerne i sagssystemet.": (
        "Export the conversation first and put the files in the case system."
    ),
    "Slet fra computeren": "Remove from this computer",
    "Samtalen er lagt i sagen. Vil du slette den fra computeren nu? Det kan ikke fortrydes.": (
        "The conversation is in the case. Remove it from this computer now? This cannot be undone."
    ),
    "Tillæg": "Addendum",
    "Et tillæg er en ny version af samtalen, som du retter og underskriver igen. Den "
    "underskrevne version bliver, som den er. Vil du lave et tillæg?": (
        "An addendum is a new version of the conversation that you correct and sign again. "
        "The signed version stays as it is. Make an addendum?"
    ),
    "Dokumenterne": "The documents",
    "Referat og brev er underskrevet.": "The record and the letter are signed.",
    "Slettet": "Deleted",
    "Samtalen er slettet fra computeren. Loggen har en kvittering uden indhold: %1": (
        "The conversation is deleted from this computer. The log keeps a receipt without "
        "content: %1"
    ),
    "&Fravælg med begrundelse …": "&Waive with a reason …",
    "Fravælg det valgte punkt med begrundelse": "Waive the selected item with a reason",
    "Fortr&yd fravalg": "&Undo waiver",
    "Fortryd fravalget af det valgte punkt": "Undo the waiver of the selected item",
    "&Underskriv referat og brev …": "&Sign the record and the letter …",
    "Underskriv referat og brev": "Sign the record and the letter",
    "%n punkt(er) mangler, før samtalen kan underskrives.": (
        "%n item is outstanding before the conversation can be signed.",
        "%n items are outstanding before the conversation can be signed.",
    ),
    "Fravalgt: %1": "Waived: %1",
    "Loven giver ikke plads til at fravælge dette punkt.": (
        "The law leaves no room to waive this item."
    ),
    "Underskriv": "Sign",
    "Nu laves referatet og brevet til barnet, og begge underskrives. Derefter er samtalen "
    "låst; en senere rettelse bliver et tillæg. Vil du underskrive?": (
        "The record and the letter to the child are now made and both are signed. The "
        "conversation is then locked; a later correction becomes an addendum. Sign now?"
    ),
    "Referat og brev laves og underskrives …": "Making and signing the record and the letter …",
    "Når referat og brev ligger i sagssystemet, skal samtalen slettes fra computeren. Tilbage "
    "bliver kun en kvittering uden indhold: dokument-id og referatets fingeraftryk.": (
        "Once the record and the letter are in the case system, the conversation must be "
        "deleted from this computer. Only a receipt without content remains: the document ID "
        "and the record's fingerprint."
    ),
    "Sagssystemets reference": "The case system's reference",
    "fx journalnummer eller dokumentnummer": "e.g. file number or document number",
    "Hvornår samtalen slettes": "When the conversation is deleted",
    "Slet fra computeren nu": "Remove from this computer now",
    "Slet om %n dag(e)": ("Remove in %n day", "Remove in %n days"),
    "&Brev til barnet": "&Letter to the child",
    "Dokumentet": "The document",
    "Dokumenternes status": "Status of the documents",
    "Kontrol af underskriften": "Signature check",
    "Vælg dokument": "Choose a document",
    "&Referat": "&Record",
    "Jeg har set, at referat og brev ligger i sagssystemet": (
        "I have seen that the record and the letter are in the case system"
    ),
    "Markér som overført": "Mark as transferred",
    "&Reference i sagen:": "&Reference in the case:",
    "&Sletning:": "&Deletion:",
    "Markér som overført og slet": "Mark as transferred and delete",
    "Fravælg punkt": "Waive item",
    "Skriv, hvorfor punktet ikke er opfyldt. Begrundelsen står i referatet, så den, der læser "
    "sagen, kan se den.": (
        "Write why the item is not met. The reason is printed in the record so that whoever "
        "reads the case can see it."
    ),
    "Begrundelse": "Reason",
    "Fravælg (Ctrl+Enter)": "Waive (Ctrl+Enter)",
    "&Gamle kladder …": "&Old drafts …",
    "Gamle kladder": "Old drafts",
    "Markér en kladde, der ikke er rørt i så mange dage:": (
        "Flag a draft that has not been touched for this many days:"
    ),
    "Vælg organisationens certifikat": "Choose the organisation's certificate",
    "PKCS#12-certifikat (*.p12 *.pfx)": "PKCS#12 certificate (*.p12 *.pfx)",
    "Certifikatets adgangskode": "Certificate password",
    "Adgangskoden til certifikatfilen:": "The password of the certificate file:",
    "Certifikat": "Certificate",
    "Fra nu af underskrives referater og breve med organisationens certifikat.": (
        "From now on, records and letters are signed with the organisation's certificate."
    ),
    "Vælg mappen til certifikatet": "Choose the folder for the certificate",
    "Certifikatet er gemt i %1. Giv filerne til IT, så kommunen kan stole på underskrifterne.": (
        "The certificate is saved in %1. Give the files to IT so the municipality can trust "
        "the signatures."
    ),
    "Brug organisationens &certifikat …": "Use the organisation's &certificate …",
    "&Eksportér certifikatet til IT …": "&Export the certificate for IT …",
    "Tid: %1": "Time: %1",
    # ConversationScreen, from TOLD_LABELS and the f-string (see EXTRA_MESSAGES)
    "Hvorfor vi taler sammen i dag": "Why we are talking today",
    "Min rolle, og hvad jeg må og skal": "My role, and what I may and must do",
    "Hvad jeg skriver, og hvem der læser det": "What I write down, and who reads it",
    "Hvad jeg ikke kan holde hemmeligt": "What I cannot keep secret",
    "At barnet ikke behøver svare": "That the child does not have to answer",
    "Retten til en bisidder": "The right to a support person (bisidder)",
    "Rettigheder efter alder (10, 12, 15 år)": "Rights by age (10, 12, 15 years)",
    "At barnet ikke skal bestemme": "That the child does not have to decide",
    "Tolkens rolle": "The interpreter's role",
    "(ny skala)": "(new scale)",
    # CreateVaultDialog
    "Opret en krypteret boks": "Create an encrypted vault",
    "Vælg en adgangsfrase": "Choose a passphrase",
    (
        "Alt, hvad du skriver, gemmes krypteret på denne computer. Adgangsfrasen låser det op. "
        "Vælg noget langt, som du kan huske, fx fire-fem ord i en sætning."
    ): (
        "Everything you write is stored encrypted on this computer. The passphrase unlocks it. "
        "Choose something long that you can remember, such as four or five words in a sentence."
    ),
    "&Opret boksen": "Create the &vault",
    "Opret boksen": "Create the vault",
    "Din gendannelseskode": "Your recovery code",
    (
        "Glemmer du adgangsfrasen, er denne kode den eneste vej ind. Skriv den ned på papir nu, "
        "og gem papiret et sikkert sted væk fra computeren. Koden vises kun denne ene gang."
    ): (
        "If you forget the passphrase, this code is the only way in. Write it down on paper now, "
        "and keep the paper somewhere safe, away from the computer. The code is shown only "
        "this once."
    ),
    "Gendannelseskode": "Recovery code",
    "&Jeg har skrevet koden ned og gemmer den sikkert": (
        "&I have written the code down and will keep it safe"
    ),
    "Jeg har skrevet koden ned": "I have written the code down",
    "&Fortsæt": "&Continue",
    "Fortsæt": "Continue",
    "Opretter boksen …": "Creating the vault…",
    # EntryCapture
    "Skriv notat": "Write a note",
    "Skriv her. Vælg hvis ord det er med Alt+1 … Alt+6. Ctrl+Enter: næste notat.": (
        "Write here. Choose whose words they are with Alt+1 … Alt+6. Ctrl+Enter: next note."
    ),
    "Hvis ord? Alt+": "Whose words? Alt+",
    "ICS-emner": "ICS topics",
    "ICS-emner for notatet": "ICS topics for the note",
    "Næste notat (Ctrl+Enter)": "Next note (Ctrl+Enter)",
    "Næste notat": "Next note",
    # EntryCapture, from SHORT_LABELS (see EXTRA_MESSAGES)
    "Barnets ord": "Child's words",
    "Via tolk": "Via interpreter",
    "Gengivelse": "Paraphrase",
    "Observation": "Observation",
    "Vurdering": "Assessment",
    "Fra andre": "From others",
    # EntryList
    "Notater i samtalen": "Notes in the conversation",
    # InterpreterPanel
    "Tolk": "Interpreter",
    "Påmindelser om samtale med tolk": "Reminders for conversations with an interpreter",
    "Ikke oversat (F9)": "Not interpreted (F9)",
    "Markér en udveksling, der ikke blev oversat": "Mark an exchange that was not interpreted",
    "Tid med telefontolk": "Time with the telephone interpreter",
    (
        "Telefontolkning i %1 min. Telefon egner sig kun til korte samtaler (ca. %2 min). "
        "Overvej at stoppe og aftale en ny samtale med tolk i rummet eller på video."
    ): (
        "Telephone interpreting for %1 min. The telephone only suits short conversations "
        "(about %2 min). Consider stopping and arranging a new conversation with the "
        "interpreter in the room or on video."
    ),
    "Telefontolkning: %1 min.": "Telephone interpreting: %1 min.",
    # MainWindow
    "Seneste gemning": "Last saved",
    "Kontrol af boksen": "Vault check",
    "Skriv mindst to bogstaver for at søge.": "Type at least two letters to search.",
    "Kan ikke underskrive": "Cannot sign",
    "Kontrollen af boksen fandt en fejl i databasen, så du kan ikke underskrive, "
    "før IT-support har set på den.": "The check of the vault found an error in the database, "
    "so you cannot sign until IT support has looked at it.",
    "&Boks": "&Vault",
    "&Lås nu": "&Lock now",
    "Skift &adgangsfrase …": "Change &passphrase…",
    "Din &profil …": "Your p&rofile…",
    "&Automatisk lås …": "&Automatic lock…",
    "&Afslut": "&Quit",
    "&Samtale": "&Conversation",
    "&Ny samtale …": "&New conversation…",
    "&Hjælp": "&Help",
    "&Om Børnesamtale": "&About Børnesamtale",
    "Gemt %1": "Saved %1",
    "Demoboksen med opdigtede sager. Adgangsfrasen er: %1": (
        "The demo vault with made-up cases. The passphrase is: %1"
    ),
    "Adgangsfrasen er skiftet.": "The passphrase has been changed.",
    "Automatisk lås": "Automatic lock",
    "Lås boksen efter så mange minutter uden brug:": (
        "Lock the vault after this many minutes without use:"
    ),
    "Om Børnesamtale": "About Børnesamtale",
    (
        "Børnesamtale %1\n\nEn guide og krypteret notesbog til samtaler med børn. Alt gemmes "
        "krypteret på denne computer, og intet sendes nogen steder hen."
    ): (
        "Børnesamtale %1\n\nA guide and encrypted notebook for conversations with children. "
        "Everything is stored encrypted on this computer, and nothing is sent anywhere."
    ),
    (
        "Det sidste kunne ikke gemmes. Teksten står stadig i vinduet; prøv igen, eller "
        "kontakt IT-support."
    ): (
        "Your latest changes could not be saved. The text is still in the window; try again, "
        "or contact IT support."
    ),
    "Ikke gemt": "Not saved",
    # NetworkMapCanvas
    "Netværkskort": "Network map",
    "(uden navn)": "(no name)",
    "Ring %1: %2": "Ring %1: %2",
    "ingen": "nobody",
    "Barnet i midten. ": "The child in the middle. ",
    "Piletasterne vælger en person, Ctrl+pil op og ned flytter personen.": (
        "The arrow keys select a person; Ctrl+Up and Ctrl+Down move the person."
    ),
    "Mig": "Me",
    "Ingen på kortet endnu. Tryk Ctrl+N for at tilføje en person.": (
        "Nobody on the map yet. Press Ctrl+N to add a person."
    ),
    "Familie": "Family",
    "Venner": "Friends",
    "Skole og fagfolk": "School and professionals",
    "Andre": "Others",
    # NetworkMapWidget
    "Netværks&kort": "Network &map",
    (
        "Træk en person til en anden ring, eller brug Ctrl+↑ og Ctrl+↓. "
        "Piletasterne vælger en person."
    ): "Drag a person to another ring, or use Ctrl+↑ and Ctrl+↓. The arrow keys select a person.",
    "Forælder": "Parent",
    "Søskende": "Sibling",
    "Bedsteforælder": "Grandparent",
    "Anden familie": "Other family",
    "Plejefamilie": "Foster family",
    "Ven eller veninde": "Friend",
    "Skole eller dagtilbud": "School or nursery",
    "Fagperson": "Professional",
    "Kæledyr": "Pet",
    "Anden": "Other",
    "1 – inderste ring, tættest på": "1 – inner ring, closest",
    "2 – midterste ring": "2 – middle ring",
    "3 – yderste ring, længst væk": "3 – outer ring, furthest away",
    "&Personer på kortet": "&People on the map",
    "Personer på kortet": "People on the map",
    "Insert eller Ctrl+N tilføjer, Delete fjerner, Ctrl+pil op og ned flytter.": (
        "Insert or Ctrl+N adds, Delete removes, Ctrl+Up and Ctrl+Down move."
    ),
    "&Tilføj person (Ctrl+N)": "&Add person (Ctrl+N)",
    "Tilføj person": "Add person",
    "&Fjern (Delete)": "&Remove (Delete)",
    "Fjern den valgte person": "Remove the selected person",
    "Fortr&yd fjern (Ctrl+Z)": "&Undo remove (Ctrl+Z)",
    "Fortryd fjern": "Undo remove",
    "Tætt&ere på (Ctrl+↑)": "C&loser (Ctrl+↑)",
    "Flyt en ring tættere på": "Move one ring closer",
    "Længere &væk (Ctrl+↓)": "&Further away (Ctrl+↓)",
    "Flyt en ring længere væk": "Move one ring further away",
    "Navn, som barnet siger det": "Name, as the child says it",
    "Fx mormor eller Ali fra klassen": "e.g. Grandma or Ali from class",
    "&Navn (som barnet siger)": "&Name (as the child says it)",
    "Relation til barnet": "Relationship to the child",
    "&Relation": "R&elationship",
    "Ring, hvor tæt på barnet": "Ring: how close to the child",
    "R&ing": "Rin&g",
    "Barnets e&gne ord om personen": "The child's &own words about the person",
    "Barnets egne ord om personen": "The child's own words about the person",
    "Skriv barnets ord præcis, som barnet siger dem.": (
        "Write the child's words exactly as the child says them."
    ),
    "vi&a tolk": "vi&a interpreter",
    "Barnets ord kom via tolk": "The child's words came via the interpreter",
    "Rådgiverens n&ote om netværket (ikke barnets ord)": (
        "Caseworker's no&te on the network (not the child's words)"
    ),
    "Rådgiverens note om netværket": "Caseworker's note on the network",
    "Dine iagttagelser og tanker. Det er ikke barnets ord.": (
        "Your observations and thoughts. These are not the child's words."
    ),
    "%1 · %2 · ring %3": "%1 · %2 · ring %3",
    "· barnets ord": "· child's words",
    "(via tolk)": "(via interpreter)",
    "Ingen valgt. Vælg en person, eller tilføj en med Ctrl+N.": (
        "Nobody selected. Select a person, or add one with Ctrl+N."
    ),
    "Om %1": "About %1",
    # NewConversationDialog
    "&Start samtalen": "&Start the conversation",
    "Barnet": "The child",
    "Vælg barn": "Choose a child",
    "Et nyt barn": "A new child",
    "Barnets fornavn eller et andet navn": "The child's first name or another name",
    "Sagsnummer": "Case number",
    "Fødselsdato kendt": "Date of birth known",
    "Fødselsdato": "Date of birth",
    " år": " years",
    "Alder": "Age",
    "Barnets foretrukne sprog": "The child's preferred language",
    "Sprog derhjemme, adskilt med komma": "Languages at home, separated by commas",
    "eller alder:": "or age:",
    "&Barn:": "C&hild:",
    "&Navn:": "&Name:",
    "Sagsn&ummer:": "Case n&umber:",
    "Alder:": "Age:",
    "Foretrukket s&prog:": "Preferred &language:",
    "Sprog der&hjemme:": "Languages at h&ome:",
    "Formål og ramme": "Purpose and setting",
    "Afgørelsens paragraf": "Section of the law for the decision",
    "fx § 32, § 46 eller § 47": "e.g. § 32, § 46 or § 47",
    "Den konkrete foranstaltning": "The specific support measure",
    "fx en kontaktperson to timer om ugen": "e.g. a contact person two hours a week",
    "Formålet med egne ord": "The purpose in your own words",
    "Tidspunkt": "Date and time",
    "Sted": "Place",
    "fx skolens mødelokale – et sted barnet er trygt": (
        "e.g. the school's meeting room – a place where the child feels safe"
    ),
    "Samtaleguide": "Conversation guide",
    "&Formål:": "&Purpose:",
    "P&aragraf:": "S&ection:",
    "F&oranstaltning:": "Support &measure:",
    "Beskrivelse:": "Description:",
    "T&idspunkt:": "&When:",
    "Ste&d:": "Pl&ace:",
    "&Guide:": "&Guide:",
    "Hvem er med": "Who is present",
    "Mor": "Mother",
    "Far": "Father",
    # the rest of labels.PARENT_ROLE, marked in NewConversationDialog
    "Medforælder": "Co-parent",
    "Plejeforælder": "Foster parent",
    "Anden omsorgsperson": "Other carer",
    "Ikke til stede": "Not present",
    "Til stede": "Present",
    "Ikke relevant": "Not relevant",
    "Grund til at %1 ikke er med": "Reason the %1 is not present",
    "Hvorfor ikke med?": "Why not present?",
    "Barnet er tilbudt en bisidder": "The child has been offered a support person (bisidder)",
    "En bisidder er med": "A support person is present",
    "Bisidderens relation til barnet": "The support person's relationship to the child",
    "fx moster, træner": "e.g. aunt, coach",
    "Bisidderens alder": "The support person's age",
    "Bisidder udelukket": "Support person excluded",
    "Ikke udelukket": "Not excluded",
    "Delvist udelukket": "Partly excluded",
    "Helt udelukket": "Fully excluded",
    "Grund til at udelukke bisidderen": "Reason for excluding the support person",
    "Bisidder:": "Support person:",
    "Grund til udelukkelse:": "Reason for exclusion:",
    "Andre til stede (roller)": "Others present (roles)",
    "fx lærer, plejemor": "e.g. teacher, foster carer",
    "Andre:": "Others:",
    "Samtalen foregår med to&lk": "The conversation is held with an &interpreter",
    "Tolkens navn eller ID": "The interpreter's name or ID",
    "Tolkebureau": "Interpreting agency",
    "Sprog": "Language",
    "Dialekt": "Dialect",
    "Tolkning foregår": "Interpreting takes place",
    # labels.INTERPRETER_MODE (the referat's words), in NewConversationDialog
    "Til stede i rummet": "Present in the room",
    "Over telefon": "By telephone",
    "Over video": "By video",
    "Tolken er ikke i familie med eller ven af familien": (
        "The interpreter is not related to the family or a friend of the family"
    ),
    "Tolken er fyldt 18 år": "The interpreter is 18 or over",
    "Tolken kender sin tavshedspligt": "The interpreter knows their duty of confidentiality",
    "Navn/ID:": "Name/ID:",
    "Bureau:": "Agency:",
    "Sprog:": "Language:",
    "Dialekt:": "Dialect:",
    "Form:": "Mode:",
    "En bisidder skal være mindst 15 år.": "A support person must be at least 15 years old.",
    "Skriv barnets fornavn eller et andet navn.": "Enter the child's first name or another name.",
    "Skriv barnets alder, eller sæt flueben ved »Fødselsdato kendt«.": (
        "Enter the child's age, or tick »Date of birth known«."
    ),
    "skriv alder": "enter age",
    (
        "Tolken skal være fyldt 18 år og må ikke være i familie med barnet. "
        "Bekræft det, eller find en anden tolk."
    ): (
        "The interpreter must be 18 or over and must not be related to the child. "
        "Confirm this, or find another interpreter."
    ),
    # NewPassphraseFields
    "Ny adgangsfrase": "New passphrase",
    "Gentag adgangsfrasen": "Repeat the passphrase",
    "Adgangsfrasens styrke": "Passphrase strength",
    "&Adgangsfrase:": "&New passphrase:",
    "&Gentag:": "&Repeat:",
    "Styrke:": "Strength:",
    "Mindst %n tegn. Brug gerne nogle ord i en sætning.": (
        "At least %n character. Feel free to use a few words in a sentence.",
        "At least %n characters. Feel free to use a few words in a sentence.",
    ),
    "Svag. Gør den længere, fx med et ord mere.": (
        "Weak. Make it longer, for example with one more word."
    ),
    "God.": "Good.",
    "Stærk.": "Strong.",
    "De to felter er ikke ens.": "The two fields do not match.",
    # PerspectiveLegend
    (
        "Barnets ord står i citationstegn og med varm farve; de voksnes noter står uden "
        "citationstegn og med kølig farve."
    ): (
        "The child's words are shown in quotation marks and a warm colour; the adults' notes "
        "are shown without quotation marks and in a cool colour."
    ),
    # ProfileDialog
    "Din profil": "Your profile",
    "Dit navn og din titel står på referaterne, du underskriver.": (
        "Your name and job title appear on the records you sign."
    ),
    "Navn": "Name",
    "Titel": "Job title",
    "Afdeling": "Department",
    "Kommune": "Local authority",
    "&Titel:": "&Job title:",
    "&Afdeling:": "&Department:",
    "&Kommune:": "&Local authority:",
    # PromptList
    "Guidens forslag til denne fase": "The guide's suggestions for this phase",
    "Spørg": "Ask",
    "Sig": "Say",
    "Gør": "Do",
    "Husk": "Remember",
    "Værktøj": "Tool",
    # RecoverDialog
    "Brug gendannelseskoden": "Use the recovery code",
    (
        "Skriv gendannelseskoden fra papiret (store eller små bogstaver, med eller uden "
        "bindestreger), og vælg en ny adgangsfrase. Du får en ny kode bagefter."
    ): (
        "Enter the recovery code from the paper (upper or lower case, with or without "
        "hyphens), and choose a new passphrase. You will get a new code afterwards."
    ),
    "&Gendannelseskode:": "Reco&very code:",
    "Din nye gendannelseskode": "Your new recovery code",
    # ScaleWidget
    "Skala fra 0 til 10": "Scale from 0 to 10",
    "Spørgsmålet": "The question",
    "Fx: Hvor godt har du det i skolen?": "e.g. How are things for you at school?",
    "Hvad 0 betyder": "What 0 means",
    "Det, barnet og du aftaler, at 0 betyder": "What you and the child agree 0 means",
    "Hvad 10 betyder": "What 10 means",
    "Det, barnet og du aftaler, at 10 betyder": "What you and the child agree 10 means",
    "&Spørgsmål:": "&Question:",
    "Det lav&este, 0, betyder:": "The low&est, 0, means:",
    "Det &højeste, 10, betyder:": "The hi&ghest, 10, means:",
    "Barnets t&al:": "Child's n&umber:",
    "Barnets tal fra 0 til 10": "The child's number from 0 to 10",
    "Tast 0–9, T for 10 · ← → flytter ét trin · Delete rydder": (
        "Press 0–9, T for 10 · ← → moves one step · Delete clears"
    ),
    "Ry&d tallet": "Cl&ear the number",
    "Ryd barnets tal": "Clear the child's number",
    "Barnets egne ord – skriv ordret": "The child's own words – write them word for word",
    "Fx: »Fordi jeg har Ali at lege med i frikvarteret«": (
        "e.g. ‘Because I've got Ali to play with at break time’"
    ),
    "Sagt via t&olk": "Said via &interpreter",
    "Hvad gør tallet: sagt via tolk": "Reason for the number: said via interpreter",
    "Hvad gør, at det er dette tal": "What makes it this number",
    "Fx: »Hvis de andre ikke drillede mig«": "e.g. ‘If the others didn't tease me’",
    "Sagt &via tolk": "Said &via interpreter",
    "Ét trin op: sagt via tolk": "One step up: said via interpreter",
    "Hvad skal der til for ét trin op": "What it would take to go one step up",
    "Rådgiverens &note – dine egne iagttagelser, ikke barnets ord": (
        "Caseworker's no&te – your own observations, not the child's words"
    ),
    "Rådgiverens note": "Caseworker's note",
    "Fx: Tøvede længe mellem 3 og 4": "e.g. Hesitated a long time between 3 and 4",
    "Skala fra 0 til 10. Peg på et tal.": "Scale from 0 to 10. Point to a number.",
    "0 = {words}": "0 = {words}",
    "0 = (skriv først, hvad 0 betyder)": "0 = (first write what 0 means)",
    "10 = {words}": "10 = {words}",
    "10 = (skriv først, hvad 10 betyder)": "10 = (first write what 10 means)",
    "Hvad &gør, at det er det tal og ikke lavere?": "What &makes it that number and not lower?",
    "Hvad skal der til for at komme ét t&rin op?": "What would it take to move one &step up?",
    "Hvad &gør, at det er 0?": "What &makes it 0?",
    "Hvad skal der til for at komme ét t&rin op, fra 0 til 1?": (
        "What would it take to move one &step up, from 0 to 1?"
    ),
    "Hvad &gør, at det er 10 og ikke lavere?": "What &makes it 10 and not lower?",
    "Hvad skal der til, fo&r at det bliver ved med at være 10?": (
        "What would it take for it to &stay at 10?"
    ),
    "Hvad &gør, at det er {n} og ikke lavere?": "What &makes it {n} and not lower?",
    "Hvad skal der til for at komme ét t&rin op, fra {n} til {m}?": (
        "What would it take to move one &step up, from {n} to {m}?"
    ),
    "Intet tal valgt endnu": "No number chosen yet",
    "Valgt: {n}": "Chosen: {n}",
    # StartScreen
    "Velkommen til Børnesamtale": "Welcome to Børnesamtale",
    (
        "Børnesamtale hjælper dig gennem samtalen med barnet og holder barnets egne ord "
        "adskilt fra de voksnes. Alt gemmes krypteret på denne computer, og intet sendes "
        "nogen steder hen."
    ): (
        "Børnesamtale guides you through the conversation with the child and keeps the "
        "child's own words separate from the adults'. Everything is stored encrypted on this "
        "computer, and nothing is sent anywhere."
    ),
    "&Opret din krypterede boks": "C&reate your encrypted vault",
    "Opret din krypterede boks": "Create your encrypted vault",
    "Se &demoen med opdigtede sager": "See the &demo with made-up cases",
    "Se demoen med opdigtede sager": "See the demo with made-up cases",
    # ThreeHousesWidget
    "Tre huse": "Three Houses",
    (
        "Skriv barnets egne ord, præcis som barnet siger dem. Læs ordene op for barnet og "
        "spørg, om det er rigtigt forstået. Stop, hvis barnet bliver ked af det."
    ): (
        "Write the child's own words, exactly as the child says them. Read the words back to "
        "the child and ask whether you have understood them correctly. Stop if the child "
        "becomes upset."
    ),
    "Gode ting": "Good things",
    "Det gode hus": "The House of Good Things",
    "Bekymringer": "Worries",
    "Bekymringshuset": "The House of Worries",
    "Drømme": "Dreams",
    "Drømmehuset": "The House of Dreams",
    "Nye ord kommer &via tolk": "New words come via the &interpreter",
    "Nye ord kommer via tolk": "New words come via the interpreter",
    "Må det, barnet har sagt, deles?": "May what the child has said be shared?",
    "Barnets samtykke til at dele": "The child's consent to sharing",
    "Ikke &spurgt endnu": "Not &asked yet",
    "&Ja, det må deles": "&Yes, it may be shared",
    "&Nej, det må ikke deles": "&No, it may not be shared",
    "Samtykke: ikke spurgt endnu": "Consent: not asked yet",
    "Samtykke: ja, det må deles": "Consent: yes, it may be shared",
    "Samtykke: nej, det må ikke deles": "Consent: no, it may not be shared",
    "Barnet &tegnede selv": "The child &drew it themselves",
    "Barnet tegnede selv": "The child drew it themselves",
    "Stoppet før tid &fordi": "Stopped &early because",
    "Kun hvis barnet blev ked af det, og I stoppede": (
        "Only if the child became upset and you stopped"
    ),
    "Stoppet før tid, fordi": "Stopped early because",
    "&Rådgiverens note (din egen, ikke barnets ord)": (
        "Caseworker's no&te (your own, not the child's words)"
    ),
    # UnlockScreen
    "Boksen er låst": "The vault is locked",
    "Adgangsfrase": "Passphrase",
    "&Lås op": "&Unlock",
    "Lås op": "Unlock",
    "Besked": "Message",
    "&Glemt adgangsfrasen? Brug gendannelseskoden": (
        "&Forgotten the passphrase? Use the recovery code"
    ),
    "Låser op …": "Unlocking…",
    "Vent %n sekund(er), før du prøver igen.": (
        "Please wait %n second before trying again.",
        "Please wait %n seconds before trying again.",
    ),
    # _HouseColumn
    "{number}. {kind}   (Ctrl+{number})": "{number}. {kind}   (Ctrl+{number})",
    "Hus {number}: {kind}": "House {number}: {kind}",
    "Barnets navn på huset": "The child's name for the house",
    "Barnets navn på hus {number} ({kind})": "The child's name for house {number} ({kind})",
    "Barnets egne ord": "The child's own words",
    "Barnets egne ord i hus {number} ({kind})": "The child's own words in house {number} ({kind})",
    "Fjern barnets ord": "Remove the child's words",
    "Ret barnets ord": "Edit the child's words",
    "Skriv barnets ord og tryk Enter": "Type the child's words and press Enter",
    "Tilføj barnets ord i hus {number} ({kind})": (
        "Add the child's words to house {number} ({kind})"
    ),
    "F2: ret · Delete: fjern · Mellemrum: via tolk til/fra": (
        "F2: edit · Delete: remove · Space: via interpreter on/off"
    ),
    "F2: ret · Delete: fjern": "F2: edit · Delete: remove",
    # _HousesPicture
    "Tre huse, som barnet ser dem": "Three Houses, as the child sees them",
    # _NumberRow
    "Tal {n}": "Number {n}",
    "Tast T": "Press T",
    "Tast {n}": "Press {n}",
    # Security (issue 14)
    "E&ksporter på computeren …": "E&xports on this computer …",
    "Advarsel": "Warning",
    "Advarsel ved oplåsning": "Warning at unlock",
    "En eksport blev ikke slettet; se Boks > Eksporter på computeren.": (
        "An export was not deleted; see Vault > Exports on this computer."
    ),
    "Disse eksporter ligger stadig på computeren med samtalens ord i klar tekst. De slettes, "
    "når samtalen er overført til sagen og slettes:": (
        "These exports are still on this computer with the conversation's words in plain "
        "text. They are deleted when the conversation is transferred to the case and deleted:"
    ),
    "Der ligger ingen eksporter fra programmet på computeren.": (
        "There are no exports from the program on this computer."
    ),
    "Eksporter på computeren": "Exports on this computer",
    "Brug gerne nogle ord i en sætning.": "Use a few words in a sentence.",
    "For let at gætte. Brug flere ord i en sætning, der ikke handler om dig, dit arbejde eller "
    "din kommune.": (
        "Too easy to guess. Use more words in a sentence that is not about you, your work or "
        "your municipality."
    ),
    # Consent per quote, the letter's way, the child's safety (issue 11)
    "Barnets ønsker med barnets egne ord": "The child's wishes in the child's own words",
    "Med barnets egne ord, ét ønske pr. linje": "In the child's own words, one wish a line",
    "Barnets ønsker:": "The child's wishes:",
    "Ønske/bekymring": "Wish/worry",
    "Er det barnets ønske eller bekymring": "Is it the child's wish or worry",
    "Barnets ønske": "The child's wish",
    "Barnets bekymring": "The child's worry",
    "Dit spørgsmål, ordret": "Your question, word for word",
    "Dit spørgsmål, ordret – eller sæt kryds ved Uopfordret": (
        "Your question, word for word – or tick Unprompted"
    ),
    "U&opfordret": "U&nprompted",
    "Barnet sagde det uopfordret": "The child said it unprompted",
    "Hvem nævnte personen eller hændelsen først": "Who first named the person or event",
    "Nævnt først af: ": "First named by: ",
    "S&pørgsmål:": "&Question:",
    " · uopfordret": " · unprompted",
    "Spurgt: ": "Asked: ",
    "Udveksling uden oversættelse": "Exchange without translation",
    "Huskeliste, også det barnet har fået at vide": "Checklist, including what the child was told",
    "Barnet har fået at vide: ": "The child was told: ",
    "uret: %1 min.": "clock: %1 min.",
    "Til stede, bor ikke med barnet": "Present, does not live with the child",
    "Det, der taler afgørende imod samtalen": "What weighs decisively against the conversation",
    "Hjemmel:": "Legal ground:",
    "&Taler afgørende imod:": "&Weighs against it:",
    "Genlæsning for barnet – og hvad barnet vil dele": (
        "Reading back to the child – and what the child will share"
    ),
    "Spørg barnet om hvert citat: Må det komme med i sagen? Må det stå i dit brev? "
    "Siger barnet nej til sagen, så udelad det, eller forklar barnet, hvorfor det "
    "skal med. Intet kommer i brevet, uden at barnet har valgt det.": (
        "Ask the child about each quote: may it go into the case? May it be in your "
        "letter? If the child says no to the case, leave it out, or tell the child why "
        "it must stay. Nothing goes into the letter unless the child chose it."
    ),
    "Må citatet komme med i sagen": "May the quote go into the case",
    "Hvorfor citatet skal med, som barnet har fået at vide": (
        "Why the quote must stay, as told to the child"
    ),
    "Hvorfor det skal med – sådan som du sagde det til barnet": (
        "Why it must stay – as you told the child"
    ),
    "Med i &brevet til barnet": "In the &letter to the child",
    "Barnet siger ja til &resten": "The child says yes to the &rest",
    "Barnet siger ja til resten af citaterne": "The child says yes to the rest of the quotes",
    "Tidligere note om, hvad barnet ikke ville have med": (
        "Earlier note on what the child did not want included"
    ),
    "Tidligere note (kommer ikke i referatet; afgør det pr. citat, og tøm feltet):": (
        "Earlier note (never in the record; decide per quote, then empty the field):"
    ),
    "Dette citat:": "This quote:",
    "Med alligevel, fordi:": "Kept anyway, because:",
    "Hvorfor barnet ikke gav sit syn på foranstaltningen": (
        "Why the child gave no view of the measure"
    ),
    "Hvordan barnets syn er belyst i stedet": "How the child's view was found instead",
    "Den unges samtykke til frivillig anbringelse": (
        "The young person's consent to a voluntary placement"
    ),
    "Hvad følger af den unges nej": "What follows from the young person's no",
    "Fx: sagen forelægges børn og unge-udvalget efter § 47": (
        "E.g.: the case goes to the children and young people committee under § 47"
    ),
    "Intet syn givet, fordi:": "No view given, because:",
    "Barnets syn belyst sådan:": "The child's view found by:",
    "Den unges samtykke (§ 46, fra 15 år):": "The young person's consent (§ 46, from 15):",
    "Det følger af et nej:": "What follows from a no:",
    "Barnets sikkerhed": "The child's safety",
    "Er nogen mistænkt eller en bekymring": "Is anyone suspected or a worry",
    "Personer, der er mistænkt eller en bekymring": "People suspected or a worry",
    "Personens relation til barnet": "The person's relation to the child",
    "Bor med barnet": "Lives with the child",
    "Tilføj &person": "Add &person",
    "Fjern": "Remove",
    "Politiet spurgt til råds": "Police consulted",
    "Børnehuset spurgt til råds": "Børnehus consulted",
    "Dato, politiet blev spurgt": "Date the police were consulted",
    "Dato, Børnehuset blev spurgt": "Date the Børnehus was consulted",
    "dd.mm.åååå": "dd.mm.yyyy",
    "&Mistænkt eller bekymring:": "&Suspected or a worry:",
    "Politiet spurgt:": "Police consulted:",
    "Børnehuset spurgt:": "Børnehus consulted:",
    "Brevet til barnet": "The letter to the child",
    "Hvordan brevet kommer til barnet": "How the letter reaches the child",
    "Grund for valget af brevets vej": "Reason for the letter's way",
    "Jeg har sikret mig, at det er sikkert at sende brevet hjem": (
        "I have made sure it is safe to send the letter home"
    ),
    "Brevet kan blive læst af en person, samtalen handler om. Overvej at give "
    "barnet brevet i hånden.": (
        "The letter may be read by someone the conversation is about. Consider handing "
        "it to the child."
    ),
    "Brevet &gives:": "The letter is &given:",
    "Grund:": "Reason:",
    "Tolkens køn": "The interpreter's gender",
    "Minutter med tolk": "Minutes with the interpreter",
    "ikke noteret": "not recorded",
    " min.": " min.",
    "Hvorfor telefontolkningen varede mere end ca. 10 minutter": (
        "Why phone interpreting lasted more than about 10 minutes"
    ),
    "Tolkens køn:": "Interpreter's gender:",
    "Minutter med tolk:": "Minutes with interpreter:",
    "Over 10 min. i telefon, fordi:": "Over 10 min. by phone, because:",
    "Mistanke og samarbejde (§ 137)": "Suspicion and cooperation (§ 137)",
    "Hvem er mistænkt? Kun relationen og om personen bor med barnet – intet navn. "
    "»Ingen« og »Ved ikke« er også svar.": (
        "Who is suspected? Only the relation and whether the person lives with the "
        "child – no name. »Nobody« and »Not known« are answers too."
    ),
    "Nævner barnet en person, det er bange for eller bekymret for? Så notér "
    "relationen, så brevet ikke sendes derhen.": (
        "Does the child name someone they fear or worry about? Then note the relation, "
        "so the letter is not sent there."
    ),
    " · i brevet": " · in the letter",
    "bor med barnet": "lives with the child",
    "bor ikke med barnet": "does not live with the child",
    "Loven kræver det; punktet kan ikke fravælges.": (
        "The law requires it; this item cannot be waived."
    ),
    "Punktet handler om barnets sikkerhed eller samtykke og kan ikke fravælges.": (
        "This item concerns the child's safety or consent and cannot be waived."
    ),
    "Skriv med et par ord, hvorfor punktet ikke er opfyldt i denne samtale. "
    "Begrundelsen står i referatet under Fravigelser, så den, der læser sagen, kan "
    "se den.": (
        "Write in a few words why the item is not met in this conversation. The reason "
        "is printed in the record under Waivers, so whoever reads the case can see it."
    ),
    # RecoveryCodeDialog
    (
        "Den gamle kode virker ikke længere. Skriv den nye kode ned på papir nu, og gem "
        "papiret et sikkert sted væk fra computeren. Koden vises kun denne ene gang."
    ): (
        "The old code no longer works. Write the new code down on paper now, and keep the "
        "paper somewhere safe away from the computer. The code is shown only this once."
    ),
    # PromptList: zoom
    "Ctrl+plus gør teksten større, Ctrl+minus mindre, Ctrl+0 som før.": (
        "Ctrl+plus makes the text larger, Ctrl+minus smaller, Ctrl+0 as before."
    ),
    "Større tekst: Ctrl+plus. Mindre: Ctrl+minus.": "Larger text: Ctrl+plus. Smaller: Ctrl+minus.",
    # MainWindow: help
    "&Tastaturgenveje …": "&Keyboard shortcuts …",
    # ConversationActions: the conversation's keys in the Samtale menu
    "Forri&ge fase": "Pre&vious phase",
    "Næste &fase": "Next p&hase",
    "Vis &samtalen": "Show the &conversation",
    "Vis s&kalaen": "Show the &scale",
    "Vis t&re huse": "Show &three houses",
    "Vis net&værkskortet": "Show the net&work map",
    "Vis &afslutningen": "Show the c&losing",
    "Vis t&jeklisten": "Show the chec&klist",
    "Næste no&tat": "Ne&xt note",
    "Ikke &oversat (med tolk)": "N&ot translated (with an interpreter)",
    "&Barnets skærm til og fra": "The child's screen on and o&ff",
    # ShortcutsDialog
    "Tastaturgenveje": "Keyboard shortcuts",
    "&Luk": "&Close",
    "Overalt": "Everywhere",
    "Lås boksen nu": "Lock the vault now",
    "Afslut (boksen låses først)": "Quit (the vault is locked first)",
    "Denne oversigt": "This overview",
    "Næste / forrige felt": "Next / previous field",
    "Knappen eller feltet med det bogstav": "The button or field with that letter",
    "Listen over børn og samtaler": "The list of children and conversations",
    "Åbn den valgte samtale": "Open the selected conversation",
    "I samtalen": "In the conversation",
    "Forrige / næste fase": "Previous / next phase",
    "Samtale, Skala, Tre huse, Netværkskort, Afslutning, Tjekliste": (
        "Conversation, Scale, Three houses, Network map, Closing, Checklist"
    ),
    ("Hvis ord notatet er: barnets ord, via tolk, gengivelse, observation, vurdering, fra andre"): (
        "Whose words the note is: the child's words, via interpreter, paraphrase, "
        "observation, assessment, from others"
    ),
    "Større / mindre tekst i guidens forslag": "Larger / smaller text in the guide's suggestions",
    "Guidens forslag i den normale størrelse": "The guide's suggestions at the normal size",
    "Markér noget, der blev sagt uden at blive oversat (med tolk)": (
        "Mark something said without being translated (with an interpreter)"
    ),
    "Barnets skærm til og fra": "The child's screen on and off",
    "Barnets tal (T er 10)": "The child's number (T is 10)",
    "Ét trin ned / op": "One step down / up",
    "Gå til de gode ting, bekymringer, drømme": "Go to the good things, worries, dreams",
    "Ret / fjern det valgte": "Edit / remove the selected one",
    "Sagt via tolk til og fra": "Said via interpreter on and off",
    "Tilføj en person": "Add a person",
    "Fjern personen / fortryd": "Remove the person / undo",
    "Flyt personen tættere på / længere væk": "Move the person closer / further away",
    "Zoom ind / ud": "Zoom in / out",
    "Skala": "Scale",
    "Ryd tallet": "Clear the number",
    # The draft preview before signing
    "Se ud&kast til referat og brev (Ctrl+Shift+P)": (
        "Pre&view the draft report and letter (Ctrl+Shift+P)"
    ),
    "Se udkast til referat og brev": "Preview the draft report and letter",
    "Se &udkast til referat og brev …": "Pre&view the draft report and letter …",
    "Udkast – ikke underskrevet": "Draft – not signed",
    "Sådan ser referatet og brevet ud, hvis du underskriver nu. Det er et udkast: det gemmes "
    "ikke, og du kan stadig rette i samtalen.": (
        "This is how the report and the letter look if you sign now. It is a draft: it is not "
        "saved, and you can still change the conversation."
    ),
    "Vælg udkast": "Choose draft",
    "Udkastet": "The draft",
    "&Luk udkastet": "&Close the draft",
    # ScaleWidget: the child's choice on the child's screen
    "Barnets valg på barnets skærm": "The child's choice on the child's screen",
    "Barnet fjernede tallet på barnets skærm.": (
        "The child cleared the number on the child's screen."
    ),
    "Barnet valgte {n} på barnets skærm.": "The child chose {n} on the child's screen.",
    "Barnets ord til {n} står ved {n} i listen over skalaer.": (
        "The child's words for {n} are kept with {n} in the list of scales."
    ),
    "Den frie side: tegn her": "The free page: draw here",
    "Farve: %1": "Colour: %1",
    "sort": "black",
    "rød": "red",
    "blå": "blue",
    "grøn": "green",
    "gul": "yellow",
    "lilla": "purple",
    "Tynd streg": "Thin line",
    "Tyk streg": "Thick line",
    "↶ Fortryd": "↶ Undo",
    "Fortryd den sidste streg": "Undo the last line",
    "Start forfra": "Start again",
    "Start forfra: visk det hele ud (Fortryd henter det igen)": (
        "Start again: wipe everything (Undo brings it back)"
    ),
    "Barnets tegninger": "The child's drawings",
    "Barnet har tegnet i: %1": "The child drew in: %1",
    "Barnet har ikke tegnet. Barnet kan tegne i husene på barnets skærm (F12).": (
        "The child has not drawn. The child can draw in the houses on the child's screen (F12)."
    ),
    "Barnets skærm: Hvordan jeg oplevede mødet (valgfrit)": (
        "Child's screen: How I experienced the meeting (optional)"
    ),
    "Vis skemaet Hvordan jeg oplevede mødet på barnets skærm": (
        "Show the form How I experienced the meeting on the child's screen"
    ),
    "Hvordan jeg oplevede mødet": "How I experienced the meeting",
    "Hvordan var det at være her i dag?": "How was it to be here today?",
    "Tryk på det ansigt, der passer. Du må gerne springe over.": (
        "Press the face that fits. It is fine to skip one."
    ),
    "&Færdig": "&Done",
    "Færdig": "Done",
    "Jeg vil &ikke svare": "I do&n't want to answer",
    "Jeg vil ikke svare": "I don't want to answer",
    "Godt": "Good",
    "Midt imellem": "In between",
    "Ikke godt": "Not good",
    "Brugervejledning": "User guide",
    "&Brugervejledning …": "&User guide …",
}

# Where one Danish text needs a different English text in one context.
CONTEXT_TRANSLATIONS: dict[tuple[str, str], Text] = {
    # The accessible name of the reminder banner above the houses, not the prompt verb.
    ("ThreeHousesWidget", "Husk"): "Reminder",
}

# --------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------
_PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{[A-Za-z_]\w*\}")
_HINT = re.compile(
    r"\((?:Ctrl|Alt|Shift|F\d|Enter|Delete|Insert)[^)]*\)"  # "(Ctrl+N)", "(F12)", "(Delete)"
    r"|\b(?:Ctrl|Alt)\+(?:[A-Z0-9](?![a-zæøå])|Enter|↑|↓)?"  # "Ctrl+N", "Alt+1", "Alt+"
    r"|\bF\d+\b|\b(?:Delete|Insert)\b"
)


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


def check(context: str, source: str, english: str) -> list[str]:
    """What is wrong with one English text, if anything."""
    problems = []
    where = f"[{context}] {source!r} -> {english!r}"
    if not english.strip():
        problems.append(f"empty translation: {where}")
    if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(english)):
        problems.append(f"placeholders differ: {where}")
    if _mnemonics(source) != _mnemonics(english):
        problems.append(f"mnemonic count differs: {where}")
    if set(_HINT.findall(source)) != set(_HINT.findall(english)):
        problems.append(f"shortcut hints differ: {where}")
    if source[:1].isspace() != english[:1].isspace() or (
        source[-1:].isspace() != english[-1:].isspace()
    ):
        problems.append(f"leading/trailing space differs: {where}")
    return problems


def english_for(context: str, source: str) -> Text | None:
    return CONTEXT_TRANSLATIONS.get((context, source), TRANSLATIONS.get(source))


def marked_messages(root: Path) -> list[tuple[str, str]]:
    """(context, text) of every translatable("context", "text") call in MARKED_SOURCES."""
    found = []
    for relative in MARKED_SOURCES:
        tree = ast.parse((root / relative).read_text(encoding="utf-8"))
        constants = {
            target.id: node.value.value
            for node in tree.body
            if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "translatable"
            ):
                continue
            args = []
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    args.append(arg.value)
                elif isinstance(arg, ast.Name) and arg.id in constants:
                    args.append(constants[arg.id])
            if len(args) != 2 or len(node.args) != 2:
                raise SystemExit(f"{relative}:{node.lineno}: translatable() needs two strings")
            found.append((args[0], args[1]))
    return found


def constant_texts(root: Path, relative: str, name: str) -> list[str]:
    """The string values of a module-level dict constant, read without importing it."""
    tree = ast.parse((root / relative).read_text(encoding="utf-8"))
    for node in tree.body:
        targets = []
        if isinstance(node, ast.Assign):
            targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
            value = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            targets = [node.target.id]
            value = node.value
        if name in targets and isinstance(value, ast.Dict):
            return [
                v.value
                for v in value.values
                if isinstance(v, ast.Constant) and isinstance(v.value, str)
            ]
    raise SystemExit(f"{relative}: no dict constant {name}")


# --------------------------------------------------------------------------------------
# The work
# --------------------------------------------------------------------------------------
def run_lupdate(root: Path, ts: Path) -> None:
    tool = root / ".venv" / "bin" / "pyside6-lupdate"
    if not tool.exists():
        tool = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p.relative_to(root)) for p in (root / UI_RELATIVE).rglob("*.py"))
    ts.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            str(tool),
            *sources,
            "-no-obsolete",
            "-source-language",
            "da_DK",
            "-target-language",
            "en_GB",
            "-ts",
            str(ts.relative_to(root)),
        ],
        cwd=root,
        check=True,
    )


def _context(ts_root: ET.Element, name: str) -> ET.Element:
    for context in ts_root.findall("context"):
        if context.findtext("name") == name:
            return context
    context = ET.SubElement(ts_root, "context")
    ET.SubElement(context, "name").text = name
    return context


def add_extras(ts_root: ET.Element, marked: list[tuple[str, str]]) -> None:
    for context_name, source in [*EXTRA_MESSAGES, *marked]:
        context = _context(ts_root, context_name)
        if any(m.findtext("source") == source for m in context.findall("message")):
            continue
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "extracomment").text = (
            "Passed to self.tr from a constant or an f-string; added by the fill script "
            "because lupdate cannot see it."
        )
        ET.SubElement(message, "translation", {"type": "unfinished"})


def fill(ts_root: ET.Element) -> tuple[int, list[str]]:
    count = 0
    problems: list[str] = []
    for context in ts_root.findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue  # left for a human to clean up; lupdate -no-obsolete drops them
            count += 1
            english = english_for(name, source)
            if english is None:
                problems.append(f"no English text: [{name}] {source!r}")
                continue
            numerus = message.get("numerus") == "yes"
            for child in list(translation):
                translation.remove(child)
            if numerus:
                if not isinstance(english, tuple):
                    problems.append(f"needs (singular, plural): [{name}] {source!r}")
                    continue
                translation.text = None
                for form in english:
                    ET.SubElement(translation, "numerusform").text = form
                    problems += check(name, source, form)
            else:
                if not isinstance(english, str):
                    problems.append(f"not a %n message, needs one text: [{name}] {source!r}")
                    continue
                translation.text = english
                problems += check(name, source, english)
            translation.attrib.pop("type", None)
    return count, problems


DANISH_PLURALS: dict[str, tuple[str, str]] = {
    "%n samtale(r) med »%1«": ("%n samtale med »%1«", "%n samtaler med »%1«"),
    "%n samtale(r)": ("%n samtale", "%n samtaler"),
    "%n punkt(er) mangler, før samtalen kan underskrives.": (
        "%n punkt mangler, før samtalen kan underskrives.",
        "%n punkter mangler, før samtalen kan underskrives.",
    ),
    "Slet om %n dag(e)": ("Slet om %n dag", "Slet om %n dage"),
    "De %1 nyeste af %n samtaler. Vælg et barn, eller søg, for at se ældre.": (
        "De %1 nyeste af %n samtale. Vælg et barn, eller søg, for at se ældre.",
        "De %1 nyeste af %n samtaler. Vælg et barn, eller søg, for at se ældre.",
    ),
    "Vent %n sekund(er), før du prøver igen.": (
        "Vent %n sekund, før du prøver igen.",
        "Vent %n sekunder, før du prøver igen.",
    ),
    "Mindst %n tegn. Brug gerne nogle ord i en sætning.": (
        "Mindst %n tegn. Brug gerne nogle ord i en sætning.",
        "Mindst %n tegn. Brug gerne nogle ord i en sætning.",
    ),
}


def danish_plurals(english: ET.Element) -> tuple[ET.ElementTree, list[str]]:
    """A Danish .ts with the %n messages of the English one, in the same contexts."""
    root = ET.Element("TS", {"version": "2.1", "language": "da_DK"})
    problems = []
    for context in english.findall("context"):
        messages = [m for m in context.findall("message") if m.get("numerus") == "yes"]
        if not messages:
            continue
        danish_context = ET.SubElement(root, "context")
        ET.SubElement(danish_context, "name").text = context.findtext("name")
        for message in messages:
            source = message.findtext("source") or ""
            forms = DANISH_PLURALS.get(source)
            if forms is None:
                problems.append(f"no Danish plural forms: {source!r}")
                continue
            danish = ET.SubElement(danish_context, "message", {"numerus": "yes"})
            ET.SubElement(danish, "source").text = source
            translation = ET.SubElement(danish, "translation")
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
    return ET.ElementTree(root), problems


def check_constants(root: Path) -> list[str]:
    problems = []
    extras = set(EXTRA_MESSAGES)
    for relative, name, context in CONSTANT_SOURCES:
        for text in constant_texts(root, relative, name):
            if (context, text) not in extras:
                problems.append(f"{relative} {name} has {text!r}: add it to EXTRA_MESSAGES")
    return problems


def write(tree: ET.ElementTree, ts: Path) -> None:
    root = tree.getroot()
    root.text = "\n"  # contexts at the margin, as lupdate writes them
    for context in root:
        ET.indent(context, space="    ")
        context.tail = "\n"
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[1])
    parser.add_argument("--no-lupdate", action="store_true", help="fill the .ts as it is")
    args = parser.parse_args()
    root = args.root.resolve()
    ts = root / TS_RELATIVE
    if not args.no_lupdate:
        run_lupdate(root, ts)
    tree = ET.parse(ts)  # noqa: S314 - the project's own .ts file
    add_extras(tree.getroot(), marked_messages(root))
    count, problems = fill(tree.getroot())
    problems = check_constants(root) + problems
    unused = set(TRANSLATIONS) - {m.findtext("source") for m in tree.getroot().iter("message")}
    write(tree, ts)
    danish, danish_problems = danish_plurals(tree.getroot())
    problems += danish_problems
    write(danish, root / DANISH_TS_RELATIVE)
    print(f"{ts}: {count} messages")
    for text in sorted(unused):
        print(f"note: translation no longer used: {text!r}")
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
