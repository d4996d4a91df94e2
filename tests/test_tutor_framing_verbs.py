"""Verbs that only frame a question (`lexicon_framing.EN_FRAMING_VERBS`): "how did X react / respond to Y?" asks what
X did about Y, and is answered by the sentence that tells it in other words ("the council protested"); "where is X
kept / housed?" asks where X is. "What does X react with?" keeps its verb (a chemical reaction), and a question the
notes do not answer is still declined. A small text written here, of no pack's subject."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

from .packfiles import BUNDLED

NOTES = """\
The guild of weavers built a new hall at Harrow Ford in 1612.
After the flood of 1703, the town council said the dykes had not been properly kept.
When the duke raised the wool tax, the guild protested and closed its looms for a week.
The guild's charter has been in the town archive since 1790.
Lime reacts with water to give slaked lime."""

ANSWERED = [
    ("How did the guild react to the wool tax?", "protested"),
    ("how did the council respond to the flood of 1703?", "dykes"),
    ("Where is the guild's charter kept?", "town archive"),
    ("where is the charter housed?", "town archive"),
    ("What does lime react with?", "water"),
]
DECLINED = ["How did the king react to the fire?", "Where is the duke's sword kept?"]


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="The guild", notes=NOTES),), cards=())
    return Tutor(pack, cache=False)


@pytest.mark.parametrize(("question", "fact"), ANSWERED)
def test_a_framing_verb_is_answered_by_the_fact(tutor, question, fact):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences), reply


@pytest.mark.parametrize("question", DECLINED)
def test_what_the_notes_do_not_say_is_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"


def test_a_reaction_told_in_other_words_in_the_bundled_pack():
    """Its notes say what the State Department said after the elections; none says "react"."""
    from studybot.core.packs import load_pack

    reply = Tutor(load_pack(BUNDLED), cache=False).ask("How did the US react to the Belarusian elections?")
    assert reply.kind == "answer" and "State Department" in " ".join(reply.sentences), reply
