"""How a cloze answer was judged shows each blank as the learner wrote it: "Шван", not the alias's canonical
"теодор шванн" it was read as, and with its capitals ("Belarus", not "belarus"). Found using the app on a Russian
pack (round 14). Invented cards of no pack; the verdicts are not touched."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section


def _trace(lang: str, text: str, aliases: dict[str, tuple[str, ...]], answer: str) -> tuple[bool, str]:
    blanks = tuple(tuple(part.split("}}")[0].split("|")) for part in text.split("{{")[1:])
    card = Card(id="z", section="s", kind="cloze", prompt="Fill in the blanks.", answer="", text=text, blanks=blanks)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang,
                aliases=aliases)
    verdict = Grader.for_pack(pack).grade(card, answer)
    return verdict.correct, "; ".join(verdict.trace)


RU = "В 1838 году {{Маттиас Шлейден}} изучил {{растения}}, а в 1839 году {{Теодор Шванн}} — животных."
RU_ALIASES = {"Маттиас Шлейден": ("Шлейден",), "Теодор Шванн": ("Шванн", "Шван")}
EN = "The {{Harbour Council}} met in {{Bergen}} with {{Marta Olsen}}."
EN_ALIASES = {"Marta Olsen": ("Olsen",)}


@pytest.mark.parametrize(("lang", "text", "aliases", "answer", "shown"), [
    ("ru", RU, RU_ALIASES, "Шлейден, Растения, Шван", ["Шлейден", "Растения", "Шван"]),
    ("ru", RU, RU_ALIASES, "1) Шлейден 2) растения 3) Шванн", ["Шлейден", "растения", "Шванн"]),
    ("en", EN, EN_ALIASES, "Harbour Council; Bergen; Olsen", ["Harbour Council", "Bergen", "Olsen"]),
    ("en", EN, EN_ALIASES, "Harbour Council, Bergen and Olsen", ["Harbour Council", "Bergen", "Olsen"]),
])
def test_each_blank_is_shown_as_written(lang, text, aliases, answer, shown):
    right, trace = _trace(lang, text, aliases, answer)
    assert right
    assert trace == "; ".join(f"✓ blank {i}: {piece}" for i, piece in enumerate(shown, 1))


def test_a_missing_blank_is_still_said_to_be_empty():
    right, trace = _trace("en", EN, EN_ALIASES, "Bergen")
    assert not right and "blank 3: (empty)" in trace
