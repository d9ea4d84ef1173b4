"""The fixed vocabularies of a child conversation. Values are stable: they are stored."""

from enum import StrEnum


class AgeBand(StrEnum):
    """Age bands the guides fit their prompts to (Social- og Boligstyrelsen's dialogue cards)."""

    AGE_3_6 = "3-6"
    AGE_7_10 = "7-10"
    AGE_11_15 = "11-15"
    AGE_16_18 = "16-18"


class Phase(StrEnum):
    """The five phases of a structured child conversation, in order."""

    PREPARATION = "preparation"
    CONTACT_AND_FRAMING = "contact_and_framing"
    EXPLORING = "exploring"
    CLOSING = "closing"
    FOLLOW_UP = "follow_up"


class Purpose(StrEnum):
    """Why the conversation is held, and so which rules of Barnets Lov apply."""

    BEFORE_DECISION = "before_decision"  # § 5, stk. 3: before a decision (e.g. § 32, § 46, § 47)
    INVESTIGATION = "investigation"  # § 20: child-welfare investigation (børnefaglig undersøgelse)
    ABUSE_REPORT = "abuse_report"  # § 137: report of abuse (underretning om overgreb)
    ACTION_PLAN_FOLLOW_UP = "action_plan_follow_up"  # follow-up on the action plan
    CHILD_IN_CARE = "child_in_care"  # conversation with a child in care (tilsyn)
    OTHER = "other"


class Perspective(StrEnum):
    """Whose words or whose view an entry holds. The child's voice is never mixed with adults'."""

    CHILD_OWN_WORDS = "child_own_words"
    CHILD_VIA_INTERPRETER = "child_via_interpreter"
    CASEWORKER_PARAPHRASE = "caseworker_paraphrase"
    CASEWORKER_OBSERVATION = "caseworker_observation"
    CASEWORKER_ASSESSMENT = "caseworker_assessment"
    INFORMATION_FROM_OTHERS = "information_from_others"
    # A marker, not words: an exchange in the room was not translated to the caseworker.
    UNTRANSLATED_EXCHANGE = "untranslated_exchange"

    @property
    def is_child_voice(self) -> bool:
        return self in CHILD_VOICE


CHILD_VOICE = frozenset({Perspective.CHILD_OWN_WORDS, Perspective.CHILD_VIA_INTERPRETER})


class OtherSource(StrEnum):
    """Who gave information that is not the child's and not the caseworker's own."""

    PARENT = "parent"
    BISIDDER = "bisidder"
    SCHOOL = "school"
    DAYCARE = "daycare"
    FOSTER_CARE = "foster_care"
    HEALTH = "health"
    OTHER_PROFESSIONAL = "other_professional"
    NETWORK = "network"
    OTHER = "other"


class IcsDimension(StrEnum):
    """The ten dimensions of the ICS triangle (Integrated Children's System)."""

    # Barnets udvikling
    HEALTH = "health"
    DEVELOPMENT_AND_BEHAVIOUR = "development_and_behaviour"
    SCHOOL_AND_LEARNING = "school_and_learning"
    LEISURE_AND_FRIENDSHIPS = "leisure_and_friendships"
    # Forældrekompetencer
    SAFE_CARE = "safe_care"
    STIMULATION_AND_GUIDANCE = "stimulation_and_guidance"
    SUPPORTING_RELATIONSHIPS = "supporting_relationships"
    # Familie og netværk
    FAMILY_AND_BACKGROUND = "family_and_background"
    HOUSING_WORK_FINANCES = "housing_work_finances"
    SOCIAL_NETWORK = "social_network"


class InterpreterMode(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"


class HeldStatus(StrEnum):
    """Whether the conversation took place."""

    HELD = "held"
    NOT_HELD = "not_held"  # waived: § 5, stk. 4 or § 137, stk. 4
    CHILD_DECLINED = "child_declined"


class ConversationStatus(StrEnum):
    """Where the conversation is in its life: drafted, signed, handed to the case, deleted."""

    DRAFT = "draft"
    SIGNED = "signed"
    EXPORTED = "exported"
    TRANSFERRED = "transferred"  # the caseworker confirmed it is in the case system
    PURGED = "purged"


class ToldItem(StrEnum):
    """What the child was told during contact and framing."""

    PURPOSE = "purpose"
    MANDATE = "mandate"  # the caseworker's role, mandate and authority
    WHAT_IS_WRITTEN = "what_is_written"  # what will be written down and who reads it
    CONFIDENTIALITY_LIMITS = "confidentiality_limits"
    RIGHT_NOT_TO_ANSWER = "right_not_to_answer"
    RIGHT_TO_BISIDDER = "right_to_bisidder"
    RIGHTS_BY_AGE = "rights_by_age"  # party from 10, meetings from 12, consent from 15
    CHILD_DOES_NOT_DECIDE = "child_does_not_decide"
    INTERPRETER_ROLE = "interpreter_role"


class ParentRole(StrEnum):
    MOTHER = "mother"
    FATHER = "father"
    CO_PARENT = "co_parent"
    FOSTER_PARENT = "foster_parent"
    OTHER_CARER = "other_carer"


class Exclusion(StrEnum):
    """Whether a bisidder was kept out of the conversation (Barnets Lov § 6)."""

    NOT_EXCLUDED = "not_excluded"
    PARTLY = "partly"
    FULLY = "fully"


class Relation(StrEnum):
    """A person's relation to the child on the network map."""

    PARENT = "parent"
    SIBLING = "sibling"
    GRANDPARENT = "grandparent"
    OTHER_FAMILY = "other_family"
    FRIEND = "friend"
    SCHOOL_OR_DAYCARE = "school_or_daycare"
    PROFESSIONAL = "professional"
    FOSTER_FAMILY = "foster_family"
    PET = "pet"
    OTHER = "other"


class Agreement(StrEnum):
    """The child's answer to whether what was read back may go into the case."""

    AGREES = "agrees"
    PARTLY = "partly"
    DISAGREES = "disagrees"
    NOT_ASKED = "not_asked"


class CaseConsent(StrEnum):
    """The child's answer at read-back: may these words go into the case (the referat)?

    A "no" is a recorded decision, never ignored: the caseworker either honours it (the words
    are left out, judged not significant to the case) or keeps the words because the note
    duty (Offentlighedsloven § 13) requires it, with a reason told to the child.
    """

    NOT_ASKED = "not_asked"
    YES = "yes"
    NO_LEFT_OUT = "no_left_out"
    NO_KEPT = "no_kept"


class LetterDelivery(StrEnum):
    """How the letter to the child reaches the child."""

    NOT_DECIDED = "not_decided"
    IN_PERSON = "in_person"  # handed to the child
    DIGITAL_MAIL = "digital_mail"  # the young person's own digital mail (from 15)
    HOME = "home"  # sent to the child's home address
    NOT_SENT = "not_sent"


class SuspectAnswer(StrEnum):
    """Who is suspected of the abuse (§ 137), or named as a worry: an answer is required."""

    NOT_ANSWERED = "not_answered"
    NAMED = "named"
    NOBODY = "nobody"
    NOT_KNOWN = "not_known"


class PersonRelation(StrEnum):
    """A suspected or worrying person's relation to the child. No name is recorded."""

    MOTHER = "mother"
    FATHER = "father"
    MOTHERS_PARTNER = "mothers_partner"
    FATHERS_PARTNER = "fathers_partner"
    FOSTER_PARENT = "foster_parent"
    SIBLING = "sibling"
    OTHER_FAMILY = "other_family"
    PROFESSIONAL = "professional"  # a teacher, an educator, a coach
    OTHER_KNOWN = "other_known"
    UNKNOWN = "unknown"


class Consulted(StrEnum):
    """Whether a partner (the police, the Børnehus) was consulted."""

    NOT_ANSWERED = "not_answered"
    YES = "yes"
    NO = "no"


class InterpreterGender(StrEnum):
    """The interpreter's gender: the guidance says to consider it when booking."""

    NOT_RECORDED = "not_recorded"
    FEMALE = "female"
    MALE = "male"


class PlacementConsent(StrEnum):
    """A young person's (15+) answer to a voluntary placement under Barnets Lov § 46."""

    NOT_ASKED = "not_asked"
    CONSENTS = "consents"
    DOES_NOT_CONSENT = "does_not_consent"


class WeighsAgainst(StrEnum):
    """What weighs decisively against a conversation (§ 5, stk. 4; § 137 names the first two)."""

    NOT_STATED = "not_stated"
    AGE_OR_MATURITY = "age_or_maturity"
    NATURE_OF_CASE = "nature_of_case"
    OTHER_CIRCUMSTANCES = "other_circumstances"  # § 5, stk. 4 only


class Theme(StrEnum):
    """What the child's words are about, as the caseworker tags them: a wish or a worry."""

    WISH = "wish"
    WORRY = "worry"
