"""The tutor on the development packs of tests/data/packs, in other fields and languages,
with their question sets (written blind from the notes before any tutor ran; never
edited). Each pack has its own floor: the share of answerable questions answered with
an expected fact, and of the others declined. The target is 90% on every pack;
`FLOORS` holds what the tutor reaches today where that is less, so a change that makes
a pack worse fails here (benchmarks/tutor.py prints the figures).
"""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from typing import NamedTuple

import pytest

from studybot.core.packs import load_pack
from studybot.core.tutor import Reply, Tutor
from studybot.core.wording import says
from tests.packfiles import (
    DEVELOPMENT,
    FRESH,
    FRESH_DEVELOPMENT,
    FRESH_HELD_OUT,
    PACKS,
    Judged,
    fold,
    judge,
    load_questions,
    pack_path,
    questions_of,
)

pytestmark = pytest.mark.slow  # the tutor on every development pack: CI runs it (--slow)

TARGET = 0.90
FLOORS = {  # (answered right, declined) where the target is not met yet: what the tutor reaches today
    "ussr-1991": (0.80, 0.95),
    # written after the tutor was built, never tuned on: what a new instructor's pack gets today
    "mendeleev": (0.90, 0.90),
    "tcp-ip": (0.89, 0.95),
    "petr-reforms": (0.83, 0.95),
    "inflation": (0.85, 0.90),  # before any tuning on it: 60.9% / 75.0%
    "kletka": (0.83, 0.90),  # before any tuning on it: 53.5% / 86.4% (54.9% / 86.4% with the tutor-ru branch)
    "rome": (0.73, 1.00),  # before any tuning on it: 74.0% / 100.0%
    "kisloty": (0.65, 0.90),  # before any tuning on it: 59.4% / 90.0%
    "pushkin": (0.74, 0.95),  # before any tuning on it: 62.7% / 95.0%
    "heart": (0.67, 0.90),  # before any tuning on it: 64.6% / 90.0%
    "transistor": (0.71, 0.95),  # before any tuning on it: 71.8% / 95.0%
    "french-revolution": (0.63, 0.90),  # before any tuning on it: 63.1% / 90.0%
    "1812": (0.48, 0.90),  # before any tuning on it: 48.5% / 90.0%
    # held out until round 10: their figures when they became development packs (respiration 0.70, baikal 0.68,
    # kamchatka 0.68 answered), raised to what the tutor reaches after the first round tuned on them (tutor12)
    "respiration": (0.71, 0.86), "baikal": (0.70, 0.81), "black-death": (0.65, 1.00), "ohm-law": (0.72, 0.90),
    "antibiotics": (0.55, 0.80), "vostok": (0.54, 0.90), "honeybees": (0.76, 1.00), "kamchatka": (0.74, 0.95),
    # written blind by instructors, held out until round 11: their figures when they became development packs
    # (fridge 0.80, corn-laws 0.73, dvs 0.80, gps 0.69, samolet 0.65 answered), raised after round 11 tuned on them
    "fridge": (0.85, 0.73), "corn-laws": (0.75, 0.86), "dvs": (0.82, 1.00), "gps": (0.74, 0.77),
    "samolet": (0.66, 0.88),
    # held out in rounds 11-16, promoted in round 27: their figures when they became development packs (at 3ca9340)
    "coral": (0.71, 0.84), "krepost": (0.69, 0.94), "bridges": (0.74, 0.88), "glaz": (0.62, 0.88),
    "vaccines": (0.71, 0.83), "zvuk": (0.82, 0.88), "congress": (0.70, 0.83), "ledniki": (0.75, 0.77),
    "suez": (0.67, 1.00), "neft": (0.69, 1.00), "apollo": (0.70, 0.83), "vulkany": (0.71, 0.76),
    "chernobyl": (0.73, 0.94), "darvin": (0.77, 0.83),
    # held out in rounds 7-20, promoted in round 44: their figures when they became development packs (at 910f5ce)
    "printing": (0.78, 0.95), "transsib": (0.88, 1.00), "dna": (0.72, 1.00), "blokada": (0.68, 0.94),
    "jet": (0.75, 0.77), "tunguska": (0.70, 1.00), "dustbowl": (0.67, 0.90), "goelro": (0.80, 0.95),
    "hubble": (0.66, 0.71), "metro": (0.82, 0.77),
    # held out in rounds 21-24, promoted in round 45: their figures when they became development packs (at bd4b65b);
    # sakhalin meets the target (92.0% / 90.5%)
    "insulin": (0.79, 0.75), "sevmorput": (0.78, 0.86), "radar": (0.87, 0.72), "chernozem": (0.80, 0.81),
    "sewers": (0.83, 0.80), "orfografiya": (0.80, 0.81), "tulips": (0.80, 0.79), "shakhmaty": (0.72, 0.72),
    "hansa": (0.83, 0.83),
    # held out in rounds 24-26, promoted in round 54: their figures when they became development packs (at b465d90)
    "famine": (0.87, 0.77), "aral": (0.86, 0.68), "titanic": (0.78, 0.83), "vitte": (0.85, 0.82),
    "balloon": (0.67, 0.80), "tretyakov": (0.85, 0.78), "telegraph": (0.88, 0.91), "chelyuskin": (0.90, 0.90),
    "haber": (0.87, 0.77), "lunokhod": (0.82, 0.69),
}


class Asked(NamedTuple):
    """A development pack's question set asked once, its replies in the questions' order."""

    name: str
    tutor: Tutor
    questions: list[dict]
    judged: Judged
    replies: list[Reply]


# Each pack's tests share one tutor and one pass over its questions (a second pass took as long as the
# first): the fixture is per pack, and `xdist_group` keeps a pack's tests on one worker (--dist loadgroup). A pack is
# asked one day in two (conftest; every day with --every-day, as at the end of a round, and in the lead's and helpers'
# measurements of every pack): the 72 packs took 3.5 minutes of CI's 2 cores, over its 15 minutes.
@pytest.fixture(scope="module", params=[pytest.param(name, marks=[pytest.mark.xdist_group(f"tutor-{name}"),
                                                                  pytest.mark.daily(name, 2)])
                                        for name in DEVELOPMENT])
def development(request) -> Iterator[Asked]:
    tutor = Tutor(load_pack(PACKS / f"{request.param}.yaml"), cache=False)  # the pack's language and synonyms
    questions = load_questions(questions_of(request.param))
    replies: list[Reply] = []
    yield Asked(request.param, tutor, questions, judge(tutor, questions, replies), replies)
    tutor.index.close()


@pytest.mark.parametrize("name", DEVELOPMENT)
def test_each_development_set_is_large_enough(name):
    questions = load_questions(questions_of(name))
    assert sum(1 for q in questions if not q.get("decline")) >= 40
    assert sum(1 for q in questions if q.get("decline")) >= 15


def test_development_packs_meet_their_floors(development, report):
    name = development.name
    times, hits, answerable, declines, unanswerable, misses = development.judged
    hit, decline = hits / answerable, declines / unanswerable
    report(f"tutor on {name}: answered right {hits}/{answerable} = {hit:.1%}; declined {declines}/{unanswerable} "
           f"= {decline:.1%} (target {TARGET:.0%}); reply median {statistics.median(times):.2f} ms")
    floor_hit, floor_decline = FLOORS.get(name, (TARGET, TARGET))
    assert hit >= floor_hit, "\n".join(misses)
    assert decline >= floor_decline, "\n".join(misses)


def test_every_reply_is_plain_whole_sentences(development):
    """However a question is answered, the reply reads as sentences of the notes and cites
    its section: no card prompt, no fragment, no markup."""
    name, tutor, questions, _, replies = development
    assert len(replies) == len(questions)
    notes: dict[str | None, str] = {s.id: " ".join(s.notes.split()) for s in tutor.pack.sections}
    notes[None] = " ".join((tutor.pack.source_text() or "").split())  # a reply from the source text names no section
    for q, reply in zip(questions, replies, strict=True):
        if reply.kind != "answer":
            continue
        assert 1 <= len(reply.sentences) <= 3
        assert reply.text.endswith(says("from", tutor.language, title=reply.section_title))  # "(раздел: ...)" in ru
        for sentence in reply.sentences:
            assert sentence in notes[reply.section_id], (name, q["ask"], sentence)
            opening = sentence.lstrip("«\"'“(")[:1]
            assert sentence[-1:] in ".!?»\")" and (opening.isupper() or opening.isdigit()), sentence
        assert not any(card.prompt in reply.text for card in tutor.pack.cards)


FRESH_FLOORS = {  # fresh questions on packs tuned on: what the tutor reaches today (before tuning on them)
    "belarus-us-2019": (0.78, 0.76),  # before any tuning on them: 64.3% / 69.2%
    "marshall-plan": (0.89, 0.91),  # ... 77.6% / 91.7%
    # written blind from the notes in round 25; before tuning on them (answered / declined): antibiotics 85.0 / 83.3,
    # gps 77.5 / 83.3, honeybees 77.5 / 75.0, 1812 67.5 / 58.3, samolet 72.5 / 83.3, baikal 65.0 / 83.3
    "antibiotics": (0.90, 0.83), "gps": (0.77, 0.83), "honeybees": (0.87, 0.83),
    "1812": (0.75, 0.66), "samolet": (0.75, 0.83), "baikal": (0.67, 0.83),
    # written blind from the notes in round 26; before tuning on them (at 27249d4): transistor 75.0 / 91.7, rome
    # 85.0 / 83.3, kisloty 67.5 / 91.7, petr-reforms 72.5 / 100.0; tuned on in round 26: transistor 90.0 / 91.7, rome
    # 87.5 / 100.0 (t26en), kisloty 80.0 / 91.7 (t26ru)
    "transistor": (0.90, 0.91), "rome": (0.87, 1.0), "kisloty": (0.8, 0.91), "petr-reforms": (0.72, 1.0),
    # written blind from the notes in round 28; before tuning on them (at 3093d42): coral 72.5 / 60.0, congress
    # 77.5 / 73.3, apollo 75.0 / 80.0, ledniki 72.5 / 53.3, neft 80.0 / 73.3, darvin 72.5 / 66.7
    "coral": (0.72, 0.6), "congress": (0.77, 0.73), "apollo": (0.75, 0.8),
    "ledniki": (0.72, 0.53), "neft": (0.8, 0.73), "darvin": (0.72, 0.66),
    # written blind from the notes in round 29; at 7b9d2d7 (the round's start) and after its merges (the lower of
    # the two): bridges 70.0 / 93.3, suez 75.0 / 73.3, chernobyl 82.5 / 80.0, krepost 77.5 / 80.0 (86.7 at the
    # start), glaz 72.5 / 73.3 (75.0 answered after), vulkany 75.0 / 66.7
    "bridges": (0.7, 0.93), "suez": (0.75, 0.73), "chernobyl": (0.82, 0.8),
    "krepost": (0.77, 0.8), "glaz": (0.72, 0.73), "vulkany": (0.75, 0.66),
}


@pytest.mark.parametrize("name", [pytest.param(name, marks=pytest.mark.daily(name, 2)) for name in FRESH_DEVELOPMENT])
def test_fresh_questions_meet_their_floors(name, report):
    """A second blind question set on a pack the tutor was tuned on: the questions, not the
    pack, are new (the first sets were tuned on for a long time)."""
    tutor = Tutor(load_pack(pack_path(name)), cache=False)
    questions = load_questions(FRESH / f"{name}.questions.yaml")
    times, hits, answerable, declines, unanswerable, misses = judge(tutor, questions)
    tutor.index.close()
    report(f"tutor on fresh questions of {name}: answered right {hits}/{answerable} = {hits / answerable:.1%}; "
           f"declined {declines}/{unanswerable} = {declines / unanswerable:.1%}")
    floor_hit, floor_decline = FRESH_FLOORS.get(name, (TARGET, TARGET))
    assert hits / answerable >= floor_hit, "\n".join(misses)
    assert declines / unanswerable >= floor_decline, "\n".join(misses)


@pytest.mark.parametrize("name", FRESH_DEVELOPMENT + FRESH_HELD_OUT)
def test_every_fresh_expectation_is_in_its_packs_text(name):
    """A fresh set can only measure the tutor if each expected fact is said in the pack (notes
    or source text); held-out sets are checked for this, never run here."""
    pack = load_pack(pack_path(name))
    said = [*(section.notes for section in pack.sections), pack.source_text() or ""]
    text = fold(" ".join(" ".join(s.split()) for s in said))
    questions = load_questions(FRESH / f"{name}.questions.yaml")
    answerable = [q for q in questions if not q.get("decline")]
    assert [q["ask"] for q in answerable if not any(fold(str(e)) in text for e in q["expect"])] == []
    assert len(answerable) >= 40 and len(questions) - len(answerable) >= 12
