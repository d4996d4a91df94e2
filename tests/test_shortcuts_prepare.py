"""Passes of preparing an answer that are left out when a quick test says they would change nothing (issue #11),
each compared with the long way on real texts: the bundled pack's texts and labelled answers, and those of
development packs in both languages (never the held-out ones)."""

from __future__ import annotations

import re

import pytest

from studybot.core.aliases import _ANY_WORD, _LONG_WORD, Aliases
from studybot.core.grading import Grader
from studybot.core.grading.base import _texts
from studybot.core.packs import Pack, load_pack
from studybot.core.text import normalise
from studybot.core.validate import read_answer_rows

from .packfiles import BUNDLED, PACKS

SETS = [(BUNDLED, BUNDLED.parent.parent / "tests" / "data" / "graded_answers.yaml")] + [
    (PACKS / f"{name}.yaml", PACKS / f"{name}.answers.yaml") for name in ("marshall-plan", "kletka", "1812")]


@pytest.fixture(scope="module", params=SETS, ids=lambda s: s[0].stem)
def texts(request) -> tuple[Pack, list[str]]:
    """A pack, and its texts and labelled answers."""
    pack_path, answers_path = request.param
    pack = load_pack(pack_path)
    return pack, [*_texts(pack), *(row.answer for row in read_answer_rows(answers_path))]


def _near_names_long_way(aliases: Aliases, text: str, words: list[str]) -> str:
    """`Aliases._near_names` as it was: every word of the text asked of, one by one, wherever a word is new."""
    settled = aliases._settled
    candidates = False
    for w in set(words).difference(settled):
        if (len(w) >= 5 and w[0] in aliases.near or aliases._declinable and aliases._read_declined(w)) \
                and w not in aliases.pairs and aliases._near_cache.get(w) != w:
            candidates = True
        else:
            settled.add(w)
    if not candidates:
        return text
    return (_ANY_WORD if aliases._short_places else _LONG_WORD).sub(lambda m: aliases._near_word(m.group(0)), text)


def test_names_are_rewritten_as_the_long_way_rewrites_them(texts):
    """`apply` leaves out its loop over the variants when no word of the text begins one that is not a name
    written as itself (`_rewrites`), reads each word that may be a slip of a name once, and rewrites the text only
    when one is: the same text, word for word, as a reader that goes every step for every word."""
    pack, found = texts
    quick, slow = Grader.for_pack(pack).aliases, Grader.for_pack(pack).aliases
    slow._rewrites = frozenset(slow.by_first)  # (the loop run wherever a word begins any variant)
    slow._near_names = lambda text, words: _near_names_long_way(slow, text, words)  # type: ignore[method-assign]
    changed = spared = 0
    for text in [normalise(t) for t in found]:
        want = slow.apply(text)
        assert quick.apply(text) == want, text
        changed += want != text
        words = re.findall(r"[^\W_]+", text)
        spared += quick._rewrites.isdisjoint(words) and not quick.by_first.keys().isdisjoint(words)
    assert changed and spared  # names are rewritten, and the quick test spares some loops


def test_a_word_read_as_a_declined_name_is_read_so_again(texts):
    """`Aliases._declined` remembers what it read of a word: the same as a fresh reader reads."""
    pack, found = texts
    used, fresh = Grader.for_pack(pack).aliases, Grader.for_pack(pack).aliases
    for text in found:
        used.apply(normalise(text))
    assert used._declensions  # (the memo is in use)
    for word, name in used._declensions.items():
        assert fresh._read_declined(word) == name, word


class _Every(frozenset[str]):
    """A set of words that every text holds one of (the long way: every quick test passes)."""

    def isdisjoint(self, other: object) -> bool:
        return False


def test_russian_number_words_are_read_wherever_the_full_search_reads_them(texts, monkeypatch):
    """A text with no Russian number word as a whole run of word characters (`numbers_ru._RUN_WORDS`) is not
    searched for runs of them: the same text as searching every one."""
    from studybot.core import numbers_ru

    assert all(re.fullmatch(r"\w+", w) for w in numbers_ru._RUN_WORDS)  # (whole runs: what the test compares)
    pack, found = texts
    samples = ["двадцать пять", "сто двадцать тысяч", "тысяча", "в тысяча восемьсот двенадцатом году", "пятерых",
               "двое суток", "полтора года", "три целых и пять десятых", "пятьсот", "пять-шесть", "5пять", "сотня"]
    read = numbers_ru.ru_words_to_digits.__wrapped__  # (not the memo of texts read before)
    changed = spared = 0
    for text in [normalise(t) for t in (*found, *samples)]:
        with monkeypatch.context() as m:
            m.setattr(numbers_ru, "_RUN_WORDS", _Every())
            want = read(text)
        assert read(text) == want, text
        changed += want != text
        spared += numbers_ru._RUN_WORDS.isdisjoint(re.findall(r"\w+", text))
    assert changed >= 5 and spared


def test_a_name_going_on_is_found_only_where_the_name_and_a_space_are(texts):
    """`ShortGrading._name_lengthened` asks the pattern of a name going on only of a text that holds the name and
    a space after it: in no other text of the pack is it found."""
    pack, found = texts
    grader = Grader.for_pack(pack)
    names = sorted(grader._long_names)
    asked = 0
    for text in [normalise(t) for t in found]:
        for name in names:
            if name + " " not in text:
                assert grader._name_going_on(name).search(text) is None, (name, text)
            else:
                asked += 1
    assert names and asked
