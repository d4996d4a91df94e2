"""Grading stays linear in the length of a card's answer (safety issue #14, item 12)
and judges exactly as before: the one-pass `directions_agree` and `find_phrase` agree
with the clause-by-clause versions they replaced. (Times are printed by
benchmarks/safety.py, never asserted.)"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from studybot.core.grading import Grader
from studybot.core.matching import Aliases, Prepared, directions_agree, find_phrase
from studybot.core.skipped_clauses import corrected_clauses
from studybot.core.swings import steady

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
@example("exports rose", "rose and fell exports")  # a swing's half across its "and" (found on CI, round 23)
@example("exports rose", "exports not but increased")  # a denied clause's correction after "but" (CI, round 41)
def test_find_phrase_keeps_direction_words_in_the_matched_clauses(phrase, answer):
    found = find_phrase(Prepared.of(phrase, ALIASES), Prepared.of(answer, ALIASES), negation=None)
    if found is None:
        return
    a = Prepared.of(answer, ALIASES)
    plain = [j for j in found.positions if not a.dirs[j]]
    near = {a.clauses[k] for k in plain}
    near |= corrected_clauses(a, near)  # "prices did not fall but rose": the correction is said of the same thing
    claimed = steady(a.words, a.dirs, a.lang.code)
    for j in found.positions:
        if a.dirs[j] and plain and a.clauses[j] not in near:
            # the one way out: half of a swing ("rose and fell exports") whose other half is in those clauses,
            # as `swing_pool` reaches across the swing's "and"; never a direction of an unrelated clause
            assert not claimed[j] and any(0 <= k < len(a.words) and a.dirs[k] == -a.dirs[j] and not claimed[k]
                                          and a.clauses[k] in near for k in (j - 2, j + 2))


def test_a_card_with_a_very_long_answer_is_graded(mini_pack):
    """A pack may give a card an answer of hundreds of kilobytes; grading it ends (the
    old quadratic scans took minutes) and judges the long text like a short one."""
    card = mini_pack.card("fish-direction")
    filler = " ".join(["the harbour handled cargo and the ferries ran while fish exports fell"] * 6_000)  # 420 kB
    long_card = dataclasses.replace(card, answer=filler, accept=())
    grader = Grader(mini_pack.aliases)
    assert not grader.grade(long_card, "fish exports rose").correct
    assert grader.grade(long_card, filler[:1500]).score > 0
