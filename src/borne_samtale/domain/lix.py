"""LIX, the Scandinavian readability index: words per sentence plus the share of long words.

LIX = words / sentences + 100 * long_words / words, where a long word has more than six
letters. Under 25 reads as children's books; 25-35 as easy texts for young people.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?:]+(?=\s|$)")
LONG_WORD = 6


@dataclass(frozen=True)
class Lix:
    words: int
    sentences: int
    long_words: int

    @property
    def value(self) -> float:
        if self.words == 0:
            return 0.0
        return self.words / self.sentences + 100 * self.long_words / self.words

    def __add__(self, other: "Lix") -> "Lix":
        return Lix(
            self.words + other.words,
            self.sentences + other.sentences,
            self.long_words + other.long_words,
        )


def lix_counts(text: str) -> Lix:
    """Counts for one text; a text that does not end a sentence still counts as one."""
    words = _WORD.findall(text)
    if not words:
        return Lix(0, 0, 0)
    ends = len(_SENTENCE_END.findall(text))
    if not _SENTENCE_END.search(text.rstrip()[-1:] + " "):
        ends += 1  # the last sentence has no full stop
    long_words = sum(1 for w in words if len(w.replace("-", "").replace("'", "")) > LONG_WORD)
    return Lix(len(words), max(ends, 1), long_words)


def lix(texts: str | Iterable[str]) -> float:
    """LIX of one text, or of several texts read as one."""
    if isinstance(texts, str):
        texts = [texts]
    total = Lix(0, 0, 0)
    for text in texts:
        total = total + lix_counts(text)
    return total.value
