"""Invented Danish-looking text for the big vault: no real person, no real case.

Words are Danish function words and common nouns (what a caseworker would search for)
followed by invented words built from syllables, drawn with a Zipf distribution so that
the full-text index has a realistic mix of very common and rare terms. Everything is
derived from a seed, so the same generator version always makes the same vault content.
"""

import itertools
import math
import random
from functools import cache


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FUNCTION_WORDS = _words(
    "og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har "
    "om vi min havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal "
    "selv her alle vil blev kunne ind når være noget ville jo deres efter ned skulle denne end "
    "dette mit også under have dig hende mine alt meget sit sine mod disse hvis din nogle hos "
    "blive mange bliver hendes været sådan godt lidt altid aldrig tit sammen hjemme"
)

# Plain nouns a caseworker might search for; they get high ranks (frequent in the text).
COMMON_NOUNS = _words(
    "mor far skole ven venner hjem søster bror lærer leg fodbold mad seng kat hund "
    "bedstemor frikvarter klassen weekend aften morgen madpakke værelse bus pædagog"
)

_ONSETS = _words("b d f g h j k l m n p r s t v sk st sp bl br dr fl fr gl gr kl kr pl pr tr sn sv")
_VOWELS = _words("a e i o u y æ ø å")
_CODAS = ["", "", "n", "r", "l", "s", "t", "nd", "ng", "rt", "lk", "st", "d", "m", "k"]
_SUFFIXES = ["", "", "", "en", "et", "er", "ene", "ing", "hed", "lig", "isk", "ede"]

VOCABULARY_SIZE = 30_000
ZIPF_EXPONENT = 1.07


@cache
def vocabulary() -> tuple[str, ...]:
    """Common nouns first, then invented words; index = frequency rank among content words."""
    rng = random.Random(20_261_122)
    seen = set(FUNCTION_WORDS) | set(COMMON_NOUNS)
    words = list(COMMON_NOUNS)
    while len(words) < VOCABULARY_SIZE:
        syllables = rng.choice((1, 2, 2, 2, 3, 3))
        word = "".join(
            rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(syllables)
        ) + rng.choice(_SUFFIXES)
        if 3 <= len(word) <= 16 and word not in seen:
            seen.add(word)
            words.append(word)
    return tuple(words)


@cache
def _cumulative_weights() -> tuple[float, ...]:
    weights = (1 / math.pow(rank, ZIPF_EXPONENT) for rank in range(1, VOCABULARY_SIZE + 1))
    return tuple(itertools.accumulate(weights))


class TextMaker:
    """Sentences and names from one seeded random source."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self._words = vocabulary()
        self._cum = _cumulative_weights()

    def _content_words(self, count: int) -> list[str]:
        return self.rng.choices(self._words, cum_weights=self._cum, k=count)

    def sentence(self) -> str:
        length = self.rng.randint(4, 18)
        content = iter(self._content_words(length))
        words = [
            self.rng.choice(FUNCTION_WORDS) if self.rng.random() < 0.45 else next(content)
            for _ in range(length)
        ]
        if length > 8 and self.rng.random() < 0.4:
            words[self.rng.randint(2, length - 3)] += ","
        text = " ".join(words)
        return text[0].upper() + text[1:] + self.rng.choice(".....?!")

    def text(self, median_chars: int, max_chars: int) -> str:
        """Whole sentences adding up to about a log-normally drawn length."""
        target = min(max_chars, int(self.rng.lognormvariate(math.log(median_chars), 0.6)))
        sentences = [self.sentence()]
        while sum(len(s) + 1 for s in sentences) < target:
            sentences.append(self.sentence())
        return " ".join(sentences)[:max_chars].rstrip()

    def name(self) -> str:
        """An invented first name (two or three syllables)."""
        syllables = self.rng.choice((2, 2, 3))
        letters = "".join(
            self.rng.choice(_ONSETS[:15]) + self.rng.choice(_VOWELS[:6]) for _ in range(syllables)
        )
        return letters.capitalize()


def search_queries() -> list[tuple[str, str]]:
    """(what it is, query) pairs from the vocabulary: common to rare, two words, a prefix."""
    words = vocabulary()
    return [
        ("very common noun", "mor"),
        ("common noun", "skole"),
        ("mid-frequency word", words[300]),
        ("rare word", words[12_000]),
        ("two words", "mor skole"),
        ("prefix of 3 letters", "fod"),
        ("word that is not there", "zzqxvw"),
    ]
