"""What grading reads, it reads once (issue #11: median grading time under 100 µs), with the same verdicts:

- a known mistake sought in an answer read without the pack's phrases (`written_mistakes`): the mistake's pattern and
  the card's right wordings, read so, are kept by the grader for good (however many answers it grades since), and the
  answer itself is read again only when a word of the mistake is in it (none there: none where the two readings
  agree either, and the mistake is not partly inside a phrase of the pack);
- a choice answer with a denial set aside (`denied_options`): its clauses are read only when there are two of them
  (or a "without" beside one), as a denial and something else said need;
- a pack's party that a word names by a people's ending ("Varrish" of "Varr") is found by the word's endings, not by
  trying every name of the pack (`parties`): the same parties.

Invented packs, cards and texts of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.denied_options import denials_dropped
from studybot.core.grading.parties import Parties
from studybot.core.grading.written_mistakes import _phraseless
from studybot.core.matching import Prepared
from studybot.core.packs import Card, Mistake, Pack, Section

CRUST = Card(id="c", section="s", kind="short", prompt="What forms on the rock?", answer="a salt crust",
             mistakes=(Mistake(("sea water",), "No."),))
GROUP = (("salt crust", "crust of salt"),)


def _grader() -> Grader:
    pack = Pack(id="t", title="t", language="en", sections=(Section(id="s", title="s", notes="Text."),),
                cards=(CRUST,), synonyms=GROUP)
    return Grader.for_pack(pack)


def _count_readings(monkeypatch: pytest.MonkeyPatch, grader: Grader) -> list[str]:
    """The texts read from now on as written, without the pack's phrases (`written_mistakes`)."""
    read: list[str] = []
    made = Prepared.of.__func__  # type: ignore[attr-defined]
    plain = _phraseless(grader)
    assert plain is not None

    def counted(cls: type[Prepared], raw: str, aliases: object, *, lemmas: bool = False) -> Prepared:
        if aliases is plain:
            read.append(raw)
        return made(cls, raw, aliases, lemmas=lemmas)  # type: ignore[no-any-return]
    monkeypatch.setattr(Prepared, "of", classmethod(counted))
    return read


def test_a_mistake_read_without_the_packs_phrases_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    grader = _grader()
    assert grader.grade(CRUST, "a crust of salt and grey water").correct  # (the pattern read: "water" is in it)
    read = _count_readings(monkeypatch, grader)
    for n in range(300):  # more answers than the memo of answers read so keeps
        assert grader.grade(CRUST, f"a crust of salt and grey water number {n}").correct  # ("water": sought)
    assert read.count("sea water") == 0  # the pattern: kept by the grader
    assert not grader.grade(CRUST, "a crust of salt sea water").correct  # the same verdict, read again
    assert read.count("sea water") == 0


@pytest.mark.parametrize(("given", "read_again", "right"), [
    ("a crust of salt", False, True),  # the group's phrase read, no word of the mistake: none read
    ("a crust of salt on the rock", False, True),
    ("a crust of salt and grey water", True, True),  # "water" said: read again, and no mistake
    ("sea water", False, False),  # the pack's phrases change nothing: read once, as ever
])
def test_an_answer_is_read_again_only_with_a_word_of_the_mistake(monkeypatch: pytest.MonkeyPatch, given: str,
                                                                 read_again: bool, right: bool) -> None:
    grader = _grader()
    grader.grade(CRUST, "x")  # (the card's own wordings read first)
    read = _count_readings(monkeypatch, grader)
    assert grader.grade(CRUST, given).correct is right
    assert (given in read) is read_again


@pytest.mark.parametrize(("answer", "kept", "reads"), [
    ("the tide rose", "", 0),  # one clause: no denial beside something else, nothing read
    ("the tide rose without any wind", "the tide rose", 2),  # a "without" beside a clause: both read
    ("the tide rose, it was not the wind", "the tide rose", 2),  # two clauses: each read
    ("it was not the wind", "", 0),
    ("without the wind", "", 0),
])
def test_the_clauses_of_a_choice_are_read_only_when_a_denial_may_be_set_aside(answer: str, kept: str,
                                                                             reads: int) -> None:
    grader = Grader()
    read: list[str] = []

    def prep(text: str) -> Prepared:
        read.append(text)
        return grader.prep(text)
    options = ("The tide rose", "The wind blew")
    assert denials_dropped(answer, "en", options, options[0], prep) == kept
    assert len(set(read) - set(options)) == reads


def _by_every_name(parties: Parties, word: str) -> bool:
    """A name's people by the names of the pack, as the parties were read before: every name tried in turn."""
    lang = parties.aliases.lang
    return any(word.startswith(n) and word[len(n):] in lang.lex.demonym_endings for n in parties._names or ())


@pytest.mark.parametrize("word", ["varrians", "varrian", "varrish", "varr", "ovarrian", "telmarians", "telmar",
                                  "people", "varrianism", "telmarian"])
def test_a_peoples_name_is_found_by_its_endings_as_by_every_name(word: str) -> None:
    grader = Grader.for_pack(Pack(id="t", title="t", language="en", cards=(CRUST,), sections=(Section(
        id="s", title="s", notes="The envoy of Varr met the King of Telmar at the ford."),)))
    parties = grader.parties
    parties.is_party("varr", grader.aliases.lang.stem("varr"))  # (the names read)
    st = grader.aliases.lang.stem(word)
    found = parties._party(word, st)
    assert found is (parties.is_party(word, st))
    if found and st not in (parties._names or ()):
        assert _by_every_name(parties, word)
    elif not found:
        assert not _by_every_name(parties, word)
