"""Test helper: the child said yes to every quote at read-back (and, optionally, the letter)."""

from borne_samtale.domain import Conversation, consent
from borne_samtale.domain.entries import QuoteConsent
from borne_samtale.domain.enums import CaseConsent


def agree_to_all(conversation: Conversation, *, letter: bool = True) -> Conversation:
    for quote in consent.quotes(conversation):
        quote.set_consent(QuoteConsent(case=CaseConsent.YES, in_letter=letter))
    return conversation
