"""Grading stays linear in the length of a card's answer (safety issue #14, item 12)
and judges exactly as before: the one-pass `directions_agree` and `find_phrase` agree
with the clause-by-clause versions they replaced. (Times are printed by
benchmarks/safety.py, never asserted.)"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studybot.core.grading import Grader
from studybot.core.matching import Aliases, Prepared, directions_agree, find_phrase

pytestmark = pytest.mark.slow  # property tests and a 420 kB answer: run with --slow (CI does)

WORDS = ["exports", "imports", "rose", "fell", "grew", "declined", "prices", "trade", "not", "and", "but", "the",
         "sanctions", "while", "increased", "dropped", ";", ",", "although", "wages", "steady"]
ALIASES = Aliases({})


def reference_directions_agree(a: Prepared, b: Prepared) -> bool:
    """The clause-by-clause version (quadratic) that `directions_agree` replaced."""
    for clause in set(a.clauses):
        idx = [i for i in a.content() if a.clauses[i] == clause]
        direction = a.direction(idx[:1]) if idx else 0
        subjects = {a.stems[i] for i in idx if not a.dirs[i]}
        if not direction or not subjects:
            continue
        for other in set(b.clauses):
            jdx = [j for j in b.content() if b.clauses[j] == other]
            if subjects & {b.stems[j] for j in jdx}:
                theirs = b.direction(jdx[:1])
                if theirs and theirs != direction:
                    return False
    return True


texts = st.lists(st.sampled_from(WORDS), min_size=0, max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(texts, texts)
def test_directions_agree_as_before(one, two):
    a, b = Prepared.of(one, ALIASES), Prepared.of(two, ALIASES)
    assert directions_agree(a, b) == reference_directions_agree(a, b)
    assert directions_agree(b, a) == reference_directions_agree(b, a)


@settings(max_examples=200, deadline=None)
@given(texts, texts)
def test_find_phrase_keeps_direction_words_in_the_matched_clauses(phrase, answer):
    found = find_phrase(Prepared.of(phrase, ALIASES), Prepared.of(answer, ALIASES), negation=None)
    if found is None:
        return
    a = Prepared.of(answer, ALIASES)
    plain = [j for j in found.positions if not a.dirs[j]]
    for j in found.positions:
        if a.dirs[j] and plain:
            assert a.clauses[j] in {a.clauses[k] for k in plain}


def test_a_card_with_a_very_long_answer_is_graded(mini_pack):
    """A pack may give a card an answer of hundreds of kilobytes; grading it ends (the
    old quadratic scans took minutes) and judges the long text like a short one."""
    card = mini_pack.card("fish-direction")
    filler = " ".join(["the harbour handled cargo and the ferries ran while fish exports fell"] * 6_000)  # 420 kB
    long_card = dataclasses.replace(card, answer=filler, accept=())
    grader = Grader(mini_pack.aliases)
    assert not grader.grade(long_card, "fish exports rose").correct
    assert grader.grade(long_card, filler[:1500]).score > 0
