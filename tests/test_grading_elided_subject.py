"""English: an elided negation that closes a clause ("France joined the pact, but neutral Sweden did not") denies the
verb it stands for to the subject's head, not the adjective that qualifies it: "neutral" is not denied. So a wording
with such an elision is not met by an answer that denies the adjective ("... but Sweden was not neutral"), and it is
met by one that says the left-out verb ("... but neutral Sweden did not join it"). `core.ellipsis`; invented cards on a
pact of invented countries."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.matching import Aliases, Prepared
from studybot.core.packs import Card, Keypoint, Pack, Section

NOTES = "In 1935 Ostrava joined the pact. Neutral Velmark did not join it. Lurnia signed later."


def explain(point: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt="Who joined the pact and who stayed out?", answer=point,
                keypoints=(Keypoint(point, ()),), need=1)


ELIDED = explain("Ostrava joined the pact, but neutral Velmark did not")
SHORT = explain("the dam held, but the old bridge still did not")
LONG = explain("Ostrava joined the pact in the spring of that year, but the small neutral kingdom of Velmark did not")


@pytest.mark.parametrize(("card", "answer", "right"), [
    (ELIDED, "Ostrava joined the pact, but neutral Velmark did not", True),
    (ELIDED, "Ostrava joined the pact but neutral Velmark did not join it", True),  # the verb said
    (ELIDED, "Ostrava joined the pact, but Velmark was not neutral", False),  # the adjective denied
    (ELIDED, "neutral Velmark joined the pact but Ostrava did not", False),
    (ELIDED, "Ostrava did not join the pact but neutral Velmark did", False),
    (ELIDED, "Ostrava and neutral Velmark joined the pact", False),
    (SHORT, "the dam held but the old bridge did not", True),
    (SHORT, "the dam held, but the bridge was not old", False),
    (LONG, "Ostrava joined the pact in the spring of that year, but the small neutral kingdom of Velmark did not",
     True),
    (LONG, "Ostrava joined the pact in the spring of that year, but the kingdom of Velmark was not small or neutral",
     False),  # (a long point, made by most of its words: still word by word)
])
def test_an_elided_negation_denies_the_verb_not_the_adjective(card: Card, answer: str, right: bool) -> None:
    pack = Pack(id="p", title="t", sections=(Section("s", "S", NOTES),), cards=(card,), language="en")
    verdict = Grader.for_pack(pack).grade(card, answer)
    assert verdict.correct is right, verdict.trace


@pytest.mark.parametrize(("text", "negated"), [
    ("Ostrava joined the pact, but neutral Velmark did not", {"velmark"}),
    ("the dam held but the old bridge did not", {"bridge"}),
    ("the dam held but the bridge alone did not", {"bridge"}),
    ("the dam held but the old bridge still did not", {"bridge"}),
    ("the dam held but the bridge did not", {"bridge"}),
    ("the dam was repaired but the old bridge was not", {"bridge"}),  # "was not", "had not" alike
    ("the dam had fallen but the old bridge had not", {"bridge"}),
])
def test_the_head_of_the_subject_is_negated(text: str, negated: set[str]) -> None:
    p = Prepared.of(text, Aliases({}))
    assert {p.words[i] for i in p.content() if p.negated_at(i)} == negated
