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


def _near_names_long_way(aliases: Aliases, text: str, typed: list[str]) -> str:
    """`Aliases._near_names` without its shortcuts: every word typed asked of, one by one (none settled, no quick
    test of whether any may be a slip), and each one that is a slip rewritten in the text."""
    pattern = _ANY_WORD if aliases._short_places or aliases._undoubled or aliases._declinable else _LONG_WORD
    words = {run for w in typed for run in pattern.findall(w)}
    # (each slip read as its name, a given name said right before it not said again: `Aliases._after_given`)
    return pattern.sub(lambda m: aliases._after_given(text, m, {m.group(0): aliases._near_word(m.group(0))})
                       if m.group(0) in words else m.group(0), text)


def test_names_are_rewritten_as_the_long_way_rewrites_them(texts):
    """`apply` leaves out its loop over the variants when no word of the text begins one that is not a name
    written as itself (`_rewrites`), reads each word that may be a slip of a name once, and rewrites the text only
    when one is: the same text, word for word, as a reader that goes every step for every word."""
    pack, found = texts
    quick, slow = Grader.for_pack(pack).aliases, Grader.for_pack(pack).aliases
    slow._rewrites = frozenset(slow.by_first)  # (the loop run wherever a word begins any variant)
    slow._near_names = lambda text, typed: _near_names_long_way(slow, text, typed)  # type: ignore[method-assign]
    changed = spared = 0
    for text in [normalise(t) for t in found]:
        want = slow.apply(text)
        assert quick.apply(text) == want, text
        changed += want != text
        words = re.findall(r"[^\W_]+", text)
        spared += quick._rewrites.isdisjoint(words) and not quick.by_first.keys().isdisjoint(words)
    assert changed and spared  # names are rewritten, and the quick test spares some loops


def test_a_word_read_as_a_declined_name_is_read_so_again(texts):
    """`Aliases._declined` remembers what it read of a word: the same as a fresh reader reads. In a language whose
    names take no case endings (English) it reads nothing, and nothing is there to read: every word of the texts
    is "" to a fresh reader too."""
    pack, found = texts
    used, fresh = Grader.for_pack(pack).aliases, Grader.for_pack(pack).aliases
    for text in found:
        used.apply(normalise(text))
    if not used.lang.lex.case_endings:
        assert not used._declensions  # (the memo is not asked)
        words = {w for text in found for w in re.findall(r"[^\W\d_]+", normalise(text))}
        assert words and all(fresh._read_declined(w) == "" for w in words)
        return
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


def test_the_words_going_on_a_name_are_those_a_pattern_of_the_name_finds(texts):
    """`going_on.words_going_on` finds, without a pattern per name, the words the pattern
    `(?<!\\w)NAME (?:(?:JOINERS) )?([^\\W\\d_]+)` finds, in turn, for every name of the pack in every text."""
    from studybot.core.grading.going_on import words_going_on
    from studybot.core.lexicon_names import NAME_WORDS

    pack, found = texts
    grader = Grader.for_pack(pack)
    joiners = tuple(NAME_WORDS[pack.language].inside)
    names = sorted(grader._long_names)
    after = ("of arts", "of 5", "for", "on the", "memorial", "-x", "5", "_a", "of  b", "ofx y", "и дом", "x")
    written = [normalise(t) for t in found] + [f"{n} {w}" for n in names[:20] for w in after] + [
        text for n in names[:20] for text in (f"x{n} y", f"{n}{n} z", f"{n} {n} {n} w", f"{n}_ a", f"-{n} b")]
    hits = 0
    for name in names:
        alternation = f"(?:{'|'.join(joiners)})" if joiners else "(?!)"
        pattern = re.compile(rf"(?<!\w){re.escape(name)} (?:{alternation} )?([^\W\d_]+)")
        for text in written:
            want = [m.group(1) for m in pattern.finditer(text)]
            assert list(words_going_on(name, text, joiners)) == want, (name, text)
            hits += bool(want)
    assert names and hits


def test_the_words_of_a_text_without_an_underscore_are_its_runs_of_word_characters(texts):
    """`Aliases.apply` takes the words of a text without "_" from `word_runs` (split once for every step): they
    are the words `aliases.WORD` finds."""
    from studybot.core.aliases import WORD
    from studybot.core.text import word_runs

    _, found = texts
    for text in [normalise(t) for t in found] + ["co2 и h2o", "5км", "x_y z", "__", "ёлка-палка", "a1b2"]:
        if "_" not in text:
            assert list(word_runs(text)) == WORD.findall(text), text



def _russian_factors_long_way(text: str, down: frozenset[str]) -> str:
    """`comparisons._russian_factors` with every rewrite tried on every text (none of its quick tests)."""
    from studybot.core import comparisons as c

    text = re.sub(r"\bв (\d+),(\d+) раз", r"в \1.\2 раз", text)
    text = re.sub(r"\b(?:(\d+(?:[.,]\d+)?)-?|(сто))процентн\w*", lambda m: f"{m.group(1) or '100'}%", text)
    text = re.sub(r"\bна (?:(два|три|2|3) )?поряд(?:ок|ка)\b", lambda m: f"в {c._RU_ORDERS[m.group(1)]} раз", text)
    text = c._RU_FOLD_FORM.sub(lambda m: f"в {c._RU_FOLD.get(m.group(1), m.group(1).rstrip('-'))} раза", text)
    text = c._RU_FACTOR.sub(lambda m: f"в {c._RU_FACTOR_WORDS[m.group(1)]} раза", text)
    text = re.sub(r"(\d+(?:[.,]\d+)?) ?×|(?<![\w.])× ?(\d+(?:[.,]\d+)?)\b",
                  lambda m: f"в {m.group(1) or m.group(2)} раза", text)
    text = c._RU_BY_PART.sub(lambda m: f"на {c._RU_BY_SHARE[(m.lastindex or 1) - 1]}", text)
    text = c._RU_VERB_FACTOR.sub(c._russian_verb, text)
    text = re.sub(r"(?:\b(\w+) |^)до (половины|трети|четверти)\b", lambda m: f"{m.group(1) or ''} в "
                  f"{c._RU_PARTS[m.group(2)]} раза".lstrip() if m.group(1) in down or m.group(1) is None
                  else m.group(0), text)
    return re.sub(r"(?:\b(\w+) |^)наполовину\b", lambda m: f"{m.group(1)} в 2 раза" if m.group(1) in down
                  else f"{m.group(1) or ''} на 1 из 2".lstrip(), text)


def test_factors_counts_and_look_alike_letters_are_read_as_the_long_way_reads_them(texts, monkeypatch):
    """Russian factors ("в 1,5 раза", "вдвое", "на треть", "удвоился", "до трети"), English counts of a unit
    ("about a month") and words that mix Cyrillic letters drawn like Latin ones with Latin letters or figures
    ("со2") are read where every rewrite is tried on every text: the quick tests before them spare only texts
    the rewrite leaves as they are."""
    from studybot.core import comparisons, count_nouns, translit

    _, found = texts
    samples = ["в 1,5 раза", "вдвое", "втрое больше", "в двукратном размере", "на треть", "на две трети",
               "на пятую часть", "удвоился", "утроение", "сократилась до трети", "до половины", "до четверти",
               "вырос наполовину", "50-процентное снижение", "на порядок", "3×", "about a month", "over an hour",
               "just a day", "nearly a century", "со2", "nаcl", "h2о", "5км", "во сколько раз", "на столе",
               "до войны", "a monthly fee", "about amonth", "a couple of weeks", "a fortnight"]
    down = frozenset(("сократилась", "упал", "fell"))
    changed = 0
    for text in [normalise(t) for t in (*found, *samples)]:
        want = _russian_factors_long_way(text, down)
        assert comparisons._russian_factors(text, down) == want, text
        with monkeypatch.context() as m:
            m.setattr(count_nouns, "word_runs", lambda _: tuple(count_nouns._EN_A_UNITS))  # (every unit in every text)
            counted = count_nouns.en_count_nouns(text)
        assert count_nouns.en_count_nouns(text) == counted, text
        mixed = translit._MIXED.sub(lambda m: m.group(0).translate(translit._LOOKALIKES), text)
        assert translit.latin_lookalikes(text) == mixed, text
        changed += (want != text) + (counted != text) + (mixed != text)
    assert changed >= 20


def _month_typos_long_way(text: str, months: tuple[str, ...] = ()) -> str:
    """`dates._fix_month_typos` as it was: every word of four letters or more tried against every month."""
    from rapidfuzz.distance import OSA

    from studybot.core import dates

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        if word in dates.MONTHS or word in dates._RU_FULL_MONTHS:
            return word
        near_number = any(c.isdigit() for c in text[max(0, match.start() - 4):match.end() + 5])
        candidates = months or (dates._FULL_MONTHS + (dates._SHORT_MONTHS if len(word) <= 5 and near_number else []))
        for month in candidates:
            limit = 1 if len(month) <= 6 else 2
            if word[0] == month[0] and abs(len(word) - len(month)) <= limit \
                    and OSA.distance(word, month, score_cutoff=limit) <= limit:
                return month
        return word

    text = dates._WORD.sub(fix, text)
    if not months and dates._SHORT_MAY.search(text):
        text = dates._SHORT_MAY.sub(lambda m: m.group(1) if m.group(1) in dates.MONTHS
                                    or OSA.distance(m.group(1), "may") != 1 else "may", text)
    return text


def test_misspelt_months_are_read_as_the_long_way_reads_them(texts):
    """`dates._fix_month_typos` tries a month only on a word of the month's first letter: the same text as trying
    every month on every word, in English and with the Russian months."""
    from studybot.core import dates

    _, found = texts
    samples = ["janury 5", "octobre 2019", "novmber", "jnue 5", "juli 2", "the juli", "5 mai 1997", "septmber 3",
               "декабяр 1812", "фефраля", "в октябер", "23 сентабря", "мартта", "ajnuary", "xjanury 4", "jun 5",
               "junne 5", "julyy 3", "в1декабяре"]
    changed = 0
    for text in [normalise(t) for t in (*found, *samples)]:
        for months in ((), dates._RU_FULL_MONTHS):
            want = _month_typos_long_way(text, months)
            assert dates._fix_month_typos.__wrapped__(text, months) == want, (text, months)
            changed += want != text
    assert changed >= 8
