"""Danish labels for the vocabularies, shared by the UI, the CLI and the documents.

One table per vocabulary and wording. Where the documents and the window word the same
thing differently (the referat describes, the window's checklist speaks to the caseworker),
each wording has its own table here, named for where it is shown. Labels the window shows
are marked with ``translatable(context, text)``: the marker returns the Danish text as it
is (domain imports no Qt), tools/update_translations.py finds the marks and puts them in
the .ts file, and the window translates them with ``self.tr`` in the same context.
"""

from borne_samtale.domain.enums import (
    CaseConsent,
    Consulted,
    ConversationStatus,
    Exclusion,
    HeldStatus,
    IcsDimension,
    InterpreterGender,
    InterpreterMode,
    LetterDelivery,
    NamedFirst,
    OtherSource,
    ParentRole,
    PersonRelation,
    Perspective,
    Phase,
    PlacementConsent,
    Purpose,
    Relation,
    SuspectAnswer,
    ToldItem,
    WeighsAgainst,
)
from borne_samtale.domain.tools import Face


def translatable(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` (Qt's QT_TRANSLATE_NOOP): returns it
    unchanged; the window translates it where it is shown."""
    del context  # read by tools/update_translations.py from the source, not at run time
    return text


PERSPECTIVE = {
    Perspective.CHILD_OWN_WORDS: "Barnets egne ord",
    Perspective.CHILD_VIA_INTERPRETER: "Barnets ord via tolk",
    Perspective.CASEWORKER_PARAPHRASE: "Rådgiverens gengivelse",
    Perspective.CASEWORKER_OBSERVATION: "Rådgiverens observation",
    Perspective.CASEWORKER_ASSESSMENT: "Rådgiverens vurdering",
    Perspective.INFORMATION_FROM_OTHERS: "Oplysning fra andre",
    Perspective.UNTRANSLATED_EXCHANGE: "Samtale uden oversættelse",
}

PHASE = {
    Phase.PREPARATION: "Forberedelse",
    Phase.CONTACT_AND_FRAMING: "Kontakt og rammesætning",
    Phase.EXPLORING: "Udforskning",
    Phase.CLOSING: "Afslutning",
    Phase.FOLLOW_UP: "Opfølgning",
}

PURPOSE = {
    Purpose.BEFORE_DECISION: "Samtale forud for en afgørelse (Barnets Lov § 5)",
    Purpose.INVESTIGATION: "Børnefaglig undersøgelse (Barnets Lov § 20)",
    Purpose.ABUSE_REPORT: "Underretning om overgreb (Barnets Lov § 137)",
    Purpose.ACTION_PLAN_FOLLOW_UP: "Opfølgning på indsatsen og barnets plan (Barnets Lov § 95)",
    Purpose.CHILD_IN_CARE: "Samtale med et anbragt barn (Barnets Lov § 156, stk. 5)",
    Purpose.OTHER: "Anden samtale",
}

STATUS = {
    ConversationStatus.DRAFT: "Kladde",
    ConversationStatus.SIGNED: "Underskrevet",
    ConversationStatus.EXPORTED: "Eksporteret",
    ConversationStatus.TRANSFERRED: "Overført til sagen",
    ConversationStatus.PURGED: "Slettet",
}

OTHER_SOURCE = {
    OtherSource.PARENT: "forælder",
    OtherSource.BISIDDER: "bisidder",
    OtherSource.SCHOOL: "skole",
    OtherSource.DAYCARE: "dagtilbud",
    OtherSource.FOSTER_CARE: "anbringelsessted",
    OtherSource.HEALTH: "sundhedsvæsen",
    OtherSource.OTHER_PROFESSIONAL: "anden fagperson",
    OtherSource.NETWORK: "netværk",
    OtherSource.OTHER: "andre",
}

ICS = {
    IcsDimension.HEALTH: "Sundhed",
    IcsDimension.DEVELOPMENT_AND_BEHAVIOUR: "Udvikling og adfærd",
    IcsDimension.SCHOOL_AND_LEARNING: "Dagtilbud, skole og læring",
    IcsDimension.LEISURE_AND_FRIENDSHIPS: "Fritid og venskaber",
    IcsDimension.SAFE_CARE: "Trygt omsorgsmiljø",
    IcsDimension.STIMULATION_AND_GUIDANCE: "Stimulering og vejledning",
    IcsDimension.SUPPORTING_RELATIONSHIPS: "Understøttelse af relationer",
    IcsDimension.FAMILY_AND_BACKGROUND: "Familieforhold og baggrund",
    IcsDimension.HOUSING_WORK_FINANCES: "Bolig, beskæftigelse og økonomi",
    IcsDimension.SOCIAL_NETWORK: "Socialt netværk",
}

# What an ICS area is called when we tell a child what we talked about.
ICS_FOR_CHILD = {
    IcsDimension.HEALTH: "hvordan du har det",
    IcsDimension.DEVELOPMENT_AND_BEHAVIOUR: "hvordan du har det",
    IcsDimension.SCHOOL_AND_LEARNING: "skolen",
    IcsDimension.LEISURE_AND_FRIENDSHIPS: "dine venner og din fritid",
    IcsDimension.SAFE_CARE: "dit hjem",
    IcsDimension.STIMULATION_AND_GUIDANCE: "de voksne hjemme",
    IcsDimension.SUPPORTING_RELATIONSHIPS: "din familie",
    IcsDimension.FAMILY_AND_BACKGROUND: "din familie",
    IcsDimension.HOUSING_WORK_FINANCES: "dit hjem",
    IcsDimension.SOCIAL_NETWORK: "folk omkring dig",
}

CASE_CONSENT = {
    CaseConsent.NOT_ASKED: "Ikke spurgt endnu",
    CaseConsent.YES: "Ja, med i sagen",
    CaseConsent.NO_LEFT_OUT: "Nej – udeladt",
    CaseConsent.NO_KEPT: "Nej – men med alligevel",
}

LETTER_DELIVERY = {
    LetterDelivery.NOT_DECIDED: "Ikke valgt endnu",
    LetterDelivery.IN_PERSON: "Givet til barnet i hånden",
    LetterDelivery.DIGITAL_MAIL: "Sendt til den unges egen digitale post",
    LetterDelivery.HOME: "Sendt til barnets hjem",
    LetterDelivery.NOT_SENT: "Ikke sendt",
}

SUSPECT_ANSWER = {
    SuspectAnswer.NOT_ANSWERED: "Ikke besvaret endnu",
    SuspectAnswer.NAMED: "En eller flere personer",
    SuspectAnswer.NOBODY: "Ingen",
    SuspectAnswer.NOT_KNOWN: "Ved ikke",
}

PERSON_RELATION = {
    PersonRelation.MOTHER: "Mor",
    PersonRelation.FATHER: "Far",
    PersonRelation.MOTHERS_PARTNER: "Mors kæreste eller ægtefælle",
    PersonRelation.FATHERS_PARTNER: "Fars kæreste eller ægtefælle",
    PersonRelation.FOSTER_PARENT: "Plejeforælder",
    PersonRelation.SIBLING: "Søskende",
    PersonRelation.OTHER_FAMILY: "Anden familie",
    PersonRelation.PROFESSIONAL: "Fagperson (fx lærer eller pædagog)",
    PersonRelation.OTHER_KNOWN: "En anden, barnet kender",
    PersonRelation.UNKNOWN: "Ukendt person",
}

CONSULTED = {
    Consulted.NOT_ANSWERED: "Ikke besvaret endnu",
    Consulted.YES: "Ja",
    Consulted.NO: "Nej",
}

INTERPRETER_GENDER = {
    InterpreterGender.NOT_RECORDED: "Ikke noteret",
    InterpreterGender.FEMALE: "Kvinde",
    InterpreterGender.MALE: "Mand",
}

PLACEMENT_CONSENT = {
    PlacementConsent.NOT_ASKED: "Ikke spurgt endnu",
    PlacementConsent.CONSENTS: "Ja, den unge giver samtykke",
    PlacementConsent.DOES_NOT_CONSENT: "Nej, den unge giver ikke samtykke",
}

WEIGHS_AGAINST = {
    WeighsAgainst.NOT_STATED: "Ikke angivet",
    WeighsAgainst.AGE_OR_MATURITY: "Barnets alder eller modenhed",
    WeighsAgainst.NATURE_OF_CASE: "Sagens karakter",
    WeighsAgainst.OTHER_CIRCUMSTANCES: "Andre forhold",
}

NAMED_FIRST = {
    NamedFirst.NOT_RECORDED: "Ikke noteret",
    NamedFirst.CHILD: "Barnet",
    NamedFirst.CASEWORKER: "Rådgiveren",
    NamedFirst.OTHER: "En anden",
}

# What the child was told, in the referat's words (a third person describing).
TOLD = {
    ToldItem.PURPOSE: "Hvorfor vi talte sammen (formålet med samtalen)",
    ToldItem.MANDATE: "Hvem rådgiveren er, og hvad rådgiveren må og skal",
    ToldItem.WHAT_IS_WRITTEN: "Hvad rådgiveren skriver ned, og hvem der kan læse det",
    ToldItem.CONFIDENTIALITY_LIMITS: "Hvad rådgiveren ikke kan holde hemmeligt",
    ToldItem.RIGHT_NOT_TO_ANSWER: "At barnet ikke behøver at svare på alt",
    ToldItem.RIGHT_TO_BISIDDER: "At barnet har ret til en bisidder",
    ToldItem.RIGHTS_BY_AGE: (
        "Barnets rettigheder efter alder (part i sagen fra 10 år, deltage i møder fra 12 år, "
        "samtykke fra 15 år)"
    ),
    ToldItem.CHILD_DOES_NOT_DECIDE: "At barnets mening tæller, men at barnet ikke skal bestemme",
    ToldItem.INTERPRETER_ROLE: "Hvad tolken gør, og at tolken har tavshedspligt",
}

# What the child was told, as the window's checklist says it to the caseworker (first person).
_SCREEN = "ConversationScreen"
TOLD_ON_SCREEN = {
    ToldItem.PURPOSE: translatable(_SCREEN, "Hvorfor vi taler sammen i dag"),
    ToldItem.MANDATE: translatable(_SCREEN, "Min rolle, og hvad jeg må og skal"),
    ToldItem.WHAT_IS_WRITTEN: translatable(_SCREEN, "Hvad jeg skriver, og hvem der læser det"),
    ToldItem.CONFIDENTIALITY_LIMITS: translatable(_SCREEN, "Hvad jeg ikke kan holde hemmeligt"),
    ToldItem.RIGHT_NOT_TO_ANSWER: translatable(_SCREEN, "At barnet ikke behøver svare"),
    ToldItem.RIGHT_TO_BISIDDER: translatable(_SCREEN, "Retten til en bisidder"),
    ToldItem.RIGHTS_BY_AGE: translatable(_SCREEN, "Rettigheder efter alder (10, 12, 15 år)"),
    ToldItem.CHILD_DOES_NOT_DECIDE: translatable(_SCREEN, "At barnet ikke skal bestemme"),
    ToldItem.INTERPRETER_ROLE: translatable(_SCREEN, "Tolkens rolle"),
}

# What the child was told, as sign-off checklist items: (title, what to do when missing).
TOLD_CHECK = {
    ToldItem.PURPOSE: ("Formålet er fortalt", "Fortæl barnet, hvorfor I taler sammen i dag."),
    ToldItem.MANDATE: (
        "Din rolle er forklaret",
        "Forklar barnet, hvem du er, hvad du må og skal, og hvad du ikke bestemmer alene.",
    ),
    ToldItem.WHAT_IS_WRITTEN: (
        "Det er sagt, hvad der skrives",
        "Sig til barnet, hvad du skriver ned, og hvem der kan læse det.",
    ),
    ToldItem.CONFIDENTIALITY_LIMITS: (
        "Tavshedens grænser er forklaret",
        "Sig ærligt til barnet, hvad du ikke kan holde hemmeligt, og hvem du i så fald fortæller "
        "det til.",
    ),
    ToldItem.RIGHT_NOT_TO_ANSWER: (
        "Retten til ikke at svare er fortalt",
        "Sig til barnet, at det ikke behøver at svare på alt.",
    ),
    ToldItem.RIGHT_TO_BISIDDER: (
        "Retten til en bisidder er fortalt",
        "Kommunen skal fortælle barnet, at det kan have en bisidder med.",
    ),
    ToldItem.RIGHTS_BY_AGE: (
        "Rettigheder efter alder er fortalt",
        "Barnet er fyldt 10 og er part i sagen: fortæl om retten til at klage, se sagen "
        "og få en advokat, og om rettighederne fra 12 og 15 år, når de gælder.",
    ),
    ToldItem.CHILD_DOES_NOT_DECIDE: (
        "Barnet ved, at det ikke skal bestemme",
        "Sig til barnet, at dets mening tæller, men at det ikke er barnet, der skal træffe "
        "beslutningen.",
    ),
    ToldItem.INTERPRETER_ROLE: (
        "Tolkens rolle er forklaret for barnet",
        "Forklar barnet gennem tolken, hvad tolken gør, og at tolken har tavshedspligt.",
    ),
}

# Who is present, the bisidder and the interpreter: the referat's words, and the choices
# of the new-conversation dialog.
_NEW = "NewConversationDialog"
PARENT_ROLE = {
    ParentRole.MOTHER: translatable(_NEW, "Mor"),
    ParentRole.FATHER: translatable(_NEW, "Far"),
    ParentRole.CO_PARENT: translatable(_NEW, "Medforælder"),
    ParentRole.FOSTER_PARENT: translatable(_NEW, "Plejeforælder"),
    ParentRole.OTHER_CARER: translatable(_NEW, "Anden omsorgsperson"),
}

EXCLUSION = {
    Exclusion.NOT_EXCLUDED: translatable(_NEW, "Ikke udelukket"),
    Exclusion.PARTLY: translatable(_NEW, "Delvist udelukket"),
    Exclusion.FULLY: translatable(_NEW, "Helt udelukket"),
}

INTERPRETER_MODE = {
    InterpreterMode.IN_PERSON: translatable(_NEW, "Til stede i rummet"),
    InterpreterMode.PHONE: translatable(_NEW, "Over telefon"),
    InterpreterMode.VIDEO: translatable(_NEW, "Over video"),
}

HELD = {
    HeldStatus.HELD: "Samtalen blev holdt",
    HeldStatus.NOT_HELD: "Samtalen blev ikke holdt",
    HeldStatus.CHILD_DECLINED: "Barnet sagde nej til samtalen",
}

# The child's answer on the feedback form, in words (None: the child would not answer).
FACE: dict[Face | None, str] = {
    Face.GOOD: "Godt (glad ansigt)",
    Face.IN_BETWEEN: "Midt imellem",
    Face.NOT_GOOD: "Ikke godt (trist ansigt)",
    None: "Ville ikke svare",
}

# A person's relation to the child on the network map: the window's and the referat's words,
# in the order the window offers them (the family first).
_MAP = "NetworkMapWidget"
RELATION = {
    Relation.PARENT: translatable(_MAP, "Forælder"),
    Relation.SIBLING: translatable(_MAP, "Søskende"),
    Relation.GRANDPARENT: translatable(_MAP, "Bedsteforælder"),
    Relation.OTHER_FAMILY: translatable(_MAP, "Anden familie"),
    Relation.FOSTER_FAMILY: translatable(_MAP, "Plejefamilie"),
    Relation.FRIEND: translatable(_MAP, "Ven eller veninde"),
    Relation.SCHOOL_OR_DAYCARE: translatable(_MAP, "Skole eller dagtilbud"),
    Relation.PROFESSIONAL: translatable(_MAP, "Fagperson"),
    Relation.PET: translatable(_MAP, "Kæledyr"),
    Relation.OTHER: translatable(_MAP, "Anden"),
}

# The network map's rings in the referat, from the innermost out.
RING = {1: "Inderste cirkel", 2: "Midterste cirkel", 3: "Yderste cirkel"}
