"""A word of a phrase found in an answer by its meaning (`meaning.same_meaning_in`: a synonym, a word of its family,
a compound said in parts ...) is sought once per phrase and answer (issue #11: a point's wordings are tried in turn,
and each asked the answer for the same words again): the same position as sought anew, and a phrase's memo is its
own, never another phrase's, even one of the same text. Invented phrases and answers."""

from __future__ import annotations

import pytest

from studybot.core import meaning
from studybot.core.aliases import Aliases
from studybot.core.grading.short_synonyms import said_with_synonyms
from studybot.core.grading_languages import grading_language
from studybot.core.matching import Prepared


def _read(text: str, code: str) -> Prepared:
    return Prepared.of(text, Aliases(lang=grading_language(code)), lemmas=True)


# (language, phrase, answer, the phrase's word sought, found at the answer's word, or None)
SOUGHT = [
    ("en", "the miller abandoned the mill", "the miller deserted the mill", "abandoned", "deserted"),
    ("en", "the ferry carried spacewalks", "the ferry carried walks in space", "spacewalks", "walks"),
    ("en", "the miller abandoned the mill", "the miller painted the mill", "abandoned", None),
    ("ru", "мельник покинул мельницу", "мельник бросил мельницу", "покинул", "бросил"),
    ("ru", "мельник покинул мельницу", "мельник покрасил мельницу", "покинул", None),
]


def _want(phrase: Prepared, word: str) -> object:
    return next(w for w in phrase.wanted(frozenset()) if w.word == word)


@pytest.mark.parametrize(("code", "said", "given", "word", "at"), SOUGHT)
def test_a_word_found_by_its_meaning_is_that_found_anew(code: str, said: str, given: str, word: str,
                                                        at: str | None) -> None:
    phrase, answer = _read(said, code), _read(given, code)
    want = _want(phrase, word)
    sense = meaning.same_meaning_in(phrase, answer, frozenset())
    assert sense is not None
    fresh = meaning.same_meaning_in(phrase, _read(given, code), frozenset())  # (another answer: no memo yet)
    assert fresh is not None
    for _ in range(2):  # (sought, then from the memo)
        found = sense(want)  # type: ignore[arg-type]
        assert found == fresh(want)  # type: ignore[arg-type]
        assert (answer.words[found[1]] if found[0] >= 0 else None) == at


def test_a_word_is_sought_once_per_phrase_and_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    made = meaning.same_meaning

    def counted(want: object, *rest: object) -> tuple[int, int]:
        asked.append(want.word)  # type: ignore[attr-defined]
        return made(want, *rest)  # type: ignore[arg-type]
    monkeypatch.setattr(meaning, "same_meaning", counted)
    phrase, answer = _read("the miller abandoned the mill", "en"), _read("the miller deserted the mill", "en")
    want = _want(phrase, "abandoned")
    for _ in range(3):  # a point's wordings tried in turn, each making its own `otherwise`
        sense = meaning.same_meaning_in(phrase, answer, frozenset())
        assert sense is not None and sense(want)[0] == 0  # type: ignore[arg-type]
    assert asked == ["abandoned"]
    other = _read("the miller abandoned the mill", "en")  # the same text, another phrase: sought for it
    sense = meaning.same_meaning_in(other, answer, frozenset())
    assert sense is not None and sense(want)[0] == 0  # type: ignore[arg-type]
    assert asked == ["abandoned", "abandoned"]
    sense = meaning.same_meaning_in(phrase, answer, frozenset({"desert"}))  # other words to avoid: sought again
    assert sense is not None
    sense(want)  # type: ignore[arg-type]
    assert len(asked) == 3


# (language, wording, answer, is every word of the wording in the answer, some said with a synonym?)
SYNONYMS = [
    ("en", "the monks abandoned the abbey", "the monks deserted the abbey", True),
    ("en", "the monks abandoned the glorpwick", "the monks deserted the glorpwick", True),  # a word of no table: as is
    ("en", "the monks abandoned the glorpwick", "the monks abandoned the snibbet", False),  # ... never by a synonym
    ("ru", "мельник покинул мельницу", "мельник бросил мельницу", True),
    ("ru", "мельник покинул глорпицу", "мельник покинул снибицу", False),
]


@pytest.mark.parametrize(("code", "wording", "given", "said"), SYNONYMS)
def test_a_short_wording_said_with_synonyms(code: str, wording: str, given: str, said: bool) -> None:
    assert said_with_synonyms(_read(wording, code), _read(given, code), frozenset(), frozenset()) is said


@pytest.mark.parametrize(("code", "wording", "given"), [row[:3] for row in SYNONYMS if not row[3]])
def test_a_word_the_table_gives_no_synonym_is_sought_by_none(monkeypatch: pytest.MonkeyPatch, code: str,
                                                             wording: str, given: str) -> None:
    """(a quick test before the search: no word of the answer is that word's synonym in the table)"""
    asked: list[str] = []
    made = meaning.same_meaning

    def counted(want: object, *rest: object) -> tuple[int, int]:
        asked.append(want.word)  # type: ignore[attr-defined]
        return made(want, *rest)  # type: ignore[arg-type]
    monkeypatch.setattr(meaning, "same_meaning", counted)
    assert not said_with_synonyms(_read(wording, code), _read(given, code), frozenset(), frozenset())
    assert asked == []
