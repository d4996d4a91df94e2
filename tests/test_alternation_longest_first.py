"""Alternations of many words written as a trie (`alternation.longest_first`, issue #11: median grading time) match
what the alternation sorted longest first matches: the same word at the same place, with whatever must follow it
tried with each word in turn; the lexicon's phrases and negative words (`phrases`), Russian number words
(`numbers_ru`) and light verbs (`ru_light_verbs`) are read so, the same texts rewritten alike. Invented words and
texts."""

from __future__ import annotations

import random
import re

import pytest

from studybot.core import numbers_ru, phrases, ru_light_verbs
from studybot.core.alternation import longest_first
from studybot.core.language import language
from studybot.core.lexicon_negative import NEGATIVE_WORDS


def _sorted(words: list[str] | dict[str, object]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def test_the_words_are_written_as_a_trie() -> None:
    assert longest_first(["km", "kg", "k", "metre", "m"]) == r"(?:k(?:m|g)?|m(?:etre)?)"
    assert longest_first(["a b", "a"]) == r"a(?:\ b)?"
    assert longest_first(["ab", "a", ""]) == r"(?:ab?)?"
    assert longest_first([]) == ""


@pytest.mark.parametrize("seed", range(8))
def test_the_same_word_matches_at_the_same_place(seed: int) -> None:
    """Words some of which begin others, in any order given: every match (its span and the group of the word)
    followed by what must follow it is the sorted alternation's."""
    rng = random.Random(seed)
    letters = "abcм.+ -"
    words = list(dict.fromkeys("".join(rng.choice(letters) for _ in range(rng.randint(1, 5))) for _ in range(80)))
    rng.shuffle(words)
    texts = ["".join(rng.choice(letters + "xy") for _ in range(rng.randint(0, 40))) for _ in range(400)]
    for head, tail in (("", ""), ("", r"(?![a-c])"), ("", "x"), (r"\b", r"\b"), (r"(?<![\w.])", r"(?:\.|(?![\w']))"),
                       ("", r" ?c"), ("", "(?=a)")):
        plain = re.compile(f"{head}({_sorted(words)}){tail}")
        trie = re.compile(f"{head}({longest_first(words)}){tail}")
        for text in texts:
            assert [(m.span(), m.groups()) for m in trie.finditer(text)] == \
                   [(m.span(), m.groups()) for m in plain.finditer(text)], text


@pytest.mark.parametrize(("code", "text"), [
    ("en", "the envoy hid the letters and didn't say a word, and it isn't as wide as the moat"),
    ("en", "they refused to sign, the gates stayed shut and the guards lacked the keys"),
    ("en", "the bridge was not as long as the old one; the mill denied the loan"),
    ("ru", "мельник скрыл письма и не смог открыть ворота, мост лишён перил"),
    ("ru", "купец отказался платить, а стража не пропустила обоз"),
])
def test_phrases_and_negative_words_are_rewritten_alike(code: str, text: str) -> None:
    lang = language(code)
    lexicon = lang.lex.phrases
    old = re.compile(r"n't\b|(?<![\w'])(" + _sorted(lexicon) + r")(?:\.|(?![\w']))")
    assert [m.span() for m in phrases._phrases(lang).finditer(text)] == [m.span() for m in old.finditer(text)]
    denied = "(?:не )?" if code == "ru" else ""
    table = NEGATIVE_WORDS[code]
    old_negative = re.compile(r"(?<![\w'-])" + denied + "(?:" + _sorted(table) + r")(?![\w'-])")
    phrases.rewrite_negatives(text, lang)  # (its pattern made)
    assert [m.span() for m in phrases._NEGATIVES[code][0].finditer(text)] == \
           [m.span() for m in old_negative.finditer(text)]


@pytest.mark.parametrize("text", ["двести тридцать пять тысяч человек", "три-четыре года", "двадцать-пять",
                                  "сто двадцать", "принял участие в походе", "оказал помощь городу"])
def test_russian_number_words_and_light_verbs_are_read_alike(text: str) -> None:
    number = _sorted(list(numbers_ru._NUMBER_WORDS))
    run = re.compile(r"(?:\b(?:" + number + "|" + _sorted(list(numbers_ru._THOUSAND)) + r")\b\s*)+")
    ranges = re.compile(rf"\b({number})-({number})\b")
    light = re.compile(rf"\b(?:{_sorted(ru_light_verbs._READ)})\b")
    for old, new in ((run, numbers_ru._RUN), (ranges, numbers_ru._HYPHENED_RANGE), (light, ru_light_verbs._LIGHT)):
        assert [(m.span(), m.groups()) for m in new.finditer(text)] == \
               [(m.span(), m.groups()) for m in old.finditer(text)]
