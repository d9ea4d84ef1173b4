"""Danish labels for the vocabularies, shared by the UI, the CLI and the documents."""

from borne_samtale.domain.enums import (
    ConversationStatus,
    IcsDimension,
    OtherSource,
    Perspective,
    Phase,
    Purpose,
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
    Purpose.ACTION_PLAN_FOLLOW_UP: "Opfølgning på handleplanen",
    Purpose.CHILD_IN_CARE: "Samtale med et anbragt barn",
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
