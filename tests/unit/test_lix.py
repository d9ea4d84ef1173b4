import pytest

from borne_samtale.domain.lix import lix, lix_counts


def test_counts_words_sentences_and_long_words() -> None:
    counts = lix_counts("Hej med dig. Hvordan har du det i skolen?")
    assert (counts.words, counts.sentences, counts.long_words) == (9, 2, 1)
    assert counts.value == pytest.approx(9 / 2 + 100 * 1 / 9)


def test_a_text_without_a_full_stop_is_one_sentence() -> None:
    assert lix_counts("Fortæl mig om din dag").sentences == 1
    assert lix_counts("").value == 0.0


def test_danish_letters_and_hyphens_count_as_one_word() -> None:
    counts = lix_counts("Børne-samtalen går godt.")
    assert counts.words == 3
    assert counts.long_words == 1


def test_several_texts_are_read_as_one() -> None:
    assert lix(["Jeg er glad.", "Du er sød."]) == pytest.approx(lix("Jeg er glad. Du er sød."))


def test_long_bureaucratic_danish_scores_high() -> None:
    heavy = (
        "Forvaltningen foretager en helhedsorienteret vurdering af barnets udviklingsmæssige "
        "forudsætninger i henhold til gældende lovgivning"
    )
    assert lix(heavy) > 55
    assert lix("Jeg hedder Lise. Jeg vil gerne tale med dig.") < 25
