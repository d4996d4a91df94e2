"""A wanted word is compared only with the words of a text that may match it (`core.word_find`): the
index of a text's words gives the positions that visiting every word in turn and skipping the others
gives, in the same order; and the word found is the one found that way."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.matching import Prepared
from studybot.core.packs import load_pack
from studybot.core.validate import read_answer_rows
from studybot.core.word_find import find_word_in

from .packfiles import BUNDLED, DEVELOPMENT, PACKS

SETS = [(BUNDLED, BUNDLED.parent.parent / "tests" / "data" / "graded_answers.yaml")] + [
    (PACKS / f"{name}.yaml", PACKS / f"{name}.answers.yaml") for name in DEVELOPMENT[:6]]


def _visited(got: Prepared, j: int, stem: str, word: str, groups: frozenset[int]) -> bool:
    """The test of the loop that visited every word: the same first letter of the stem or of the word, about
    the length of a long one, or a synonym group in common."""
    have, w, size, length = got.stems[j], got.words[j], len(stem), len(word)
    return not (have[:1] != stem[:1] and w[:1] != word[:1] and not (size >= 8 and -2 <= len(have) - size <= 2)
                and not (length >= 8 and -2 <= len(w) - length <= 2) and not (groups and groups & got.lang.group(have)))


@pytest.mark.parametrize(("pack_path", "answers"), SETS, ids=lambda p: p.stem)
def test_the_index_lists_the_words_a_visit_of_every_word_keeps(pack_path, answers):
    pack = load_pack(pack_path)
    grader = Grader.for_pack(pack)
    wanted = {(ref.stems[i], ref.words[i]) for card in pack.cards
              for ref in (grader.prep(w) for w in (card.answer, *card.accept, *(kp.point for kp in card.keypoints)))
              for i in ref.content()}
    wanted |= {("a" * 9, "a" * 9), ("x", "x")}  # a long word, and a letter no word starts with
    listed = found = 0
    for row in read_answer_rows(answers)[:120]:
        got = Prepared.of(row.answer, grader.aliases, lemmas=True)
        every = tuple(got.content())
        for stem, word in sorted(wanted):
            groups = got.lang.group(stem)
            want = [j for j in every if _visited(got, j, stem, word, groups)]
            assert got.word_index().candidates(stem, word, groups) == want, (row.answer, word)
            listed += len(want)
            result = find_word_in(got, stem, word, None, False)
            assert result == find_word_in(got, stem, word, every, False), (row.answer, word)  # (the pool visits all)
            found += result[0] >= 0
    assert listed and found  # (the words do match some)
