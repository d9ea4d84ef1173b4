"""A plain-text overview of a conversation, for the headless demo and for quick checks."""

from uuid import UUID

from borne_samtale.domain import labels
from borne_samtale.services.conversations import ConversationService


def conversation_overview(service: ConversationService, conversation_id: UUID) -> str:
    conversation = service.get(conversation_id)
    child = service.child(conversation.child_id)
    day = conversation.starts_at.date()
    lines = [
        f"{child.name}, {child.age_on(day)} år, sag {child.case_number or '(ingen)'}",
        f"  {labels.PURPOSE[conversation.legal_basis.purpose]}, {day:%d.%m.%Y}, "
        f"{conversation.place or 'sted ikke angivet'} "
        f"[{labels.STATUS[conversation.sign_off.status]}]",
    ]
    if conversation.legal_basis.concrete_measure:
        lines.append(f"  Foranstaltning: {conversation.legal_basis.concrete_measure}")
    interpreter = conversation.presence.interpreter
    if interpreter is not None:
        lines.append(f"  Tolk: {interpreter.language} ({interpreter.dialect or 'dialekt ukendt'})")
    child_words = conversation.child_voice()
    if child_words:
        lines.append("  Barnets ord:")
        lines += [f"    »{e.text}« ({labels.PERSPECTIVE[e.perspective]})" for e in child_words]
    adult_words = conversation.adult_voice()
    if adult_words:
        lines.append("  De voksnes noter:")
        for entry in adult_words:
            label = labels.PERSPECTIVE[entry.perspective]
            if entry.source is not None:
                who = ", ".join(
                    filter(None, [labels.OTHER_SOURCE[entry.source], entry.source_detail])
                )
                label += f" ({who})"
            lines.append(f"    {label}: {entry.text}")
    for scale in conversation.scales:
        value = "-" if scale.value is None else str(scale.value)
        lines.append(
            f"  Skala: {scale.question} {value}/10 (0 = {scale.low_end}, 10 = {scale.high_end})"
        )
    houses = conversation.three_houses
    if houses is not None:
        for name, words in (
            (houses.good_things_name, houses.good_things),
            (houses.worries_name, houses.worries),
            (houses.dreams_name, houses.dreams),
        ):
            if words:
                lines.append(f"  {name}: " + "; ".join(f"»{w.text}«" for w in words))
    return "\n".join(lines) + "\n"
