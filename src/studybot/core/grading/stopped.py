"""What a word of stopping stops: in "stop wages rising", "prevent workers from leaving" or "помешать шведам
взять город" the thing stopped is the verb ("rising", "leaving", "взять"); the noun before it says who or what
is stopped. So an answer that names that noun without a word of stopping ("the shortage was pushing wages up")
does not say the opposite aim; one that says the verb does ("wages kept rising"). Rules of English and Russian
word order (a verb's -ing form or infinitive after its subject), not words of a text."""

from __future__ import annotations

from ..matching import Prepared

__all__ = ["DEED_ENDINGS", "DEED_SHORTEST", "stopped_at"]

# the verb forms that follow the one who is stopped: English -ing forms, Russian infinitives
DEED_ENDINGS: dict[str, tuple[str, ...]] = {"en": ("ing",), "ru": ("ть", "ться", "ти", "чь")}
DEED_SHORTEST = 5  # letters: "king", "thing", "путь", "мать" are no verb forms of this kind


def stopped_at(point: Prepared, content: list[int], k: int) -> int:
    """The position (in `point`) of what the word of stopping before `content[k]` stops: that word, or a verb
    form that follows it in its clause with only function words between ("stop labourers leaving": leaving)."""
    here = content[k]
    if k + 1 >= len(content):
        return here
    after = content[k + 1]
    word = point.words[after]
    endings = DEED_ENDINGS.get(point.lang.code, ())
    if point.clauses[after] == point.clauses[here] and len(word) >= DEED_SHORTEST and word.endswith(endings) \
            and not point.words[here].endswith(endings) and point.words[here] not in point.capitalised:
        return after
    return here
