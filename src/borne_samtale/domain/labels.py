"""Danish labels for the vocabularies, shared by the UI, the CLI and the documents."""

from borne_samtale.domain.enums import (
    CaseConsent,
    Consulted,
    ConversationStatus,
    IcsDimension,
    InterpreterGender,
    LetterDelivery,
    OtherSource,
    PersonRelation,
    Perspective,
    Phase,
    PlacementConsent,
    Purpose,
    SuspectAnswer,
    WeighsAgainst,
)

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
