"""An answer is read once (issue #11: median grading time): where the pack's aliases, names and synonyms change
nothing in it, the grader's reading is its plain reading too (`grading.plain.plain_reading`, which `echoed` and
`asked_object` read), the same words as `read_plain` would give; where they change it, the plain reading is made
anew. The words the notes put before an option's name (`titled_options`) are read once per option, not for every
answer. Invented packs, cards and texts of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader, titled_options
from studybot.core.grading.plain import plain_reading, read_plain
from studybot.core.matching import Prepared
from studybot.core.packs import Card, Pack, Section
from tests.cards import short

_FIELDS = ("text", "words", "stems", "clauses", "written", "_said", "_numbered", "_share_reads", "_lemmas")

# (aliases, synonyms, language, text, is the grader's reading the plain one?)
READINGS = [
    ({}, (), "en", "the ferry did not sail", True),
    ({"Harbour Board": ("the board",)}, (), "en", "the board closed the port", False),  # a name rewritten
    ({"Harbour Board": ("the board",)}, (), "en", "the ferry did not sail", True),  # a pack's name not said
    ({}, (("shortage", "lack"),), "en", "a lack of timber", False),  # the pack's own word of a negative
    ({}, (("shortage", "lack"),), "en", "no timber was left", True),
    ({}, (("made the dam last longer", "prolonged the dam"),), "en", "it prolonged the dam", False),
    ({"Ершов": ("генерал Ершов",)}, (), "ru", "герцог обманул генерала Ершова", False),  # a name in its case
    ({"Ершов": ("генерал Ершов",)}, (), "ru", "паром не отплыл", True),
]


@pytest.mark.parametrize(("aliases", "synonyms", "code", "text", "same"), READINGS)
def test_the_plain_reading_is_the_graders_where_the_pack_changes_nothing(
        aliases: dict[str, tuple[str, ...]], synonyms: tuple[tuple[str, ...], ...], code: str, text: str,
        same: bool) -> None:
    grader = Grader(aliases, language=code, synonyms=synonyms)
    got = grader.prep(text)
    plain = read_plain.__wrapped__(text, code)  # type: ignore[attr-defined]  (read afresh, not from the memo)
    assert (got.unaliased(plain.lang) is not None) is same
    mine = plain_reading(text, got)
    assert mine.lang is plain.lang
    assert [getattr(mine, f) for f in _FIELDS] == [getattr(plain, f) for f in _FIELDS]
    assert (mine.content(), mine.quantities, mine.dirs) == (plain.content(), plain.quantities, plain.dirs)


def _count_readings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    read: list[str] = []
    made = Prepared.of.__func__  # type: ignore[attr-defined]

    def counted(cls: type[Prepared], raw: str, aliases: object, *, lemmas: bool = False) -> Prepared:
        read.append(raw)
        return made(cls, raw, aliases, lemmas=lemmas)  # type: ignore[no-any-return]
    monkeypatch.setattr(Prepared, "of", classmethod(counted))
    return read


@pytest.mark.parametrize(("card", "code", "answer", "right"), [
    # `echoed` reads the answer's plain stems: a right answer that does not give the question back
    (short("the tide mill", prompt="What ground the grain of the harbour town?"), "en", "a tide mill {}", True),
    # `asked_object` reads the answer's words as written: who acted on whom
    (short("General Morrow", "Morrow", prompt="Which general did the duke trick at the ford?"), "en",
     "Morrow tricked the duke {}", False),
    (short("Генерала Ершова", "Ершова", prompt="Кого из генералов герцог обманул у брода?"), "ru",
     "Ершов обманул герцога {}", False),
])
def test_an_answer_the_pack_does_not_change_is_read_once(monkeypatch: pytest.MonkeyPatch, card: object, code: str,
                                                          answer: str, right: bool) -> None:
    grader = Grader(language=code)
    for card_ in (card,):
        grader.grade(card_, "x")  # (the card's own wordings read first)
    read = _count_readings(monkeypatch)
    text = answer.format("сегодня" if code == "ru" else "today")  # (a text no memo holds yet)
    assert grader.grade(card, text).correct is right  # type: ignore[arg-type]
    assert read.count(text) == 1


NOTES = "Harbourmaster Ilse Varga rang the bell at dawn. Pilot Jonas Erb steered the first boat out."


@pytest.mark.parametrize(("given", "right"), [("the harbourmaster", True), ("the pilot", False)])
def test_the_titles_the_notes_give_an_option_are_read_once(monkeypatch: pytest.MonkeyPatch, given: str,
                                                           right: bool) -> None:
    options = ("Jonas Erb", "Ilse Varga", "Pia Lund")
    card = Card(id="c", section="s", kind="choice", prompt="Who rang the bell?", answer="Ilse Varga", options=options)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes=NOTES),), cards=(card,), language="en")
    grader = Grader.for_pack(pack)
    searched: list[str] = []
    compiled = titled_options.re.compile

    def counted(pattern: str, flags: int = 0) -> object:
        searched.append(pattern)
        return compiled(pattern, flags)
    monkeypatch.setattr(titled_options.re, "compile", counted)
    assert grader.grade(card, given).correct is right
    first = len(searched)  # (each option sought in the notes: or none, where another test read them first)
    assert grader.grade(card, given.removeprefix("the ").upper()).correct is right
    assert len(searched) == first
