"""What the command-line tests share: a record to import, and reading a one-line error."""

from borne_samtale.domain import (
    Child,
    Conversation,
    ConversationRecord,
    Entry,
    LegalBasis,
    Perspective,
    Purpose,
)


def one_line_error(stderr: str) -> str:
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("Fejl: ")
    return lines[0]


def conversation_record(marker: str = "Jeg vil gerne bo hos far") -> ConversationRecord:
    child = Child(name="Liva", case_number="27.12.00-G01-1-26", age_years=10)
    conversation = Conversation(
        child_id=child.id,
        legal_basis=LegalBasis(purpose=Purpose.BEFORE_DECISION, concrete_measure="Aflastning"),
        entries=[
            Entry(text=marker, perspective=Perspective.CHILD_OWN_WORDS),
            Entry(text="Liva smilede", perspective=Perspective.CASEWORKER_OBSERVATION),
        ],
    )
    return ConversationRecord(child=child, conversation=conversation)
