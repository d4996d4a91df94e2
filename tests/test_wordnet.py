"""The shipped WordNet table (core/data/wordnet_en.tsv, built by tools/build_wordnet_table.py) and its reader."""

from __future__ import annotations

from importlib.resources import files

import pytest

from studybot.core import wordnet


def test_the_table_ships_with_the_package_and_keeps_wordnets_notice() -> None:
    text = files("studybot.core").joinpath("data/wordnet_en.tsv").read_text(encoding="utf-8")
    assert "Princeton University" in text.split("\n# Lines:")[0]
    assert len(text.encode()) < 2_000_000


def test_the_table_has_its_shape() -> None:
    rows = wordnet.table()
    assert 20_000 < len(rows) < 100_000
    poses = set()
    for word, rest in rows.items():
        assert word == word.lower() and " " not in word and "_" not in word, word
        same, opposite, _, family = rest.split("\t")
        poses.update(part.partition("=")[0] for part in (same + ";" + opposite).split(";") if part)
        for part in filter(None, family.split(";")):
            pos, _, relatives = part.partition("=")
            assert all(other.partition("/")[2] in "nvar" and other.partition("/")[2] != pos
                       for other in relatives.split(",")), (word, part)
    assert poses == {"n", "v", "a", "r"}


@pytest.mark.parametrize("word", ["worsen", "large", "quickly", "rise", "good"])
def test_synonyms_and_antonyms_go_both_ways(word: str) -> None:
    for other in wordnet.synonyms(word):
        assert word in wordnet.synonyms(other)
    for other in wordnet.antonyms(word):
        assert word in wordnet.antonyms(other)


def test_synonyms_in_a_frequent_sense_of_both_words() -> None:
    assert "worsen" in wordnet.synonyms("decline", "v")
    assert "large" in wordnet.synonyms("big", "a")
    assert "rapidly" in wordnet.synonyms("quickly")
    # a rare sense of either word is no synonym: "slump" is "decline" only in its fourth sense
    assert "slump" not in wordnet.synonyms("decline")
    assert wordnet.synonyms("decline", "r") == frozenset()
    assert wordnet.synonyms("qwzx") == frozenset()


def test_antonyms() -> None:
    assert "fall" in wordnet.antonyms("rise", "v")
    assert "decrease" in wordnet.antonyms("increase")
    assert "slow" in wordnet.antonyms("fast", "a")
    assert "worsen" not in wordnet.antonyms("decline")


def test_word_families_in_another_part_of_speech() -> None:
    assert ("lend", "v") in wordnet.family("lender") and ("lender", "n") in wordnet.family("lend", "v")
    assert ("scarcity", "n") in wordnet.family("scarce", "a")
    assert ("approve", "v") in wordnet.family("approval")
    assert wordnet.family("lender", "v") == frozenset()  # "lender" is no verb
    assert ("feminism", "n") not in wordnet.family("feminist")  # two nouns name two things
    assert "lend" in wordnet.base_forms("lends") and "pensioner" in wordnet.base_forms("pensioners")


def test_base_forms_read_irregular_forms_and_endings() -> None:
    assert "rise" in wordnet.base_forms("rose")
    assert "fall" in wordnet.base_forms("fell", "v")
    assert "big" in wordnet.base_forms("bigger")
    assert wordnet.base_forms("declined") == {"decline"}
    assert wordnet.base_forms("worsening", "v") == {"worsen"}
    assert wordnet.base_forms("Quickly") == {"quickly"}
    assert wordnet.base_forms("qwzxes") == frozenset()


def test_an_unreadable_table_is_refused_with_its_line() -> None:
    with pytest.raises(ValueError, match="unreadable line 'broken'"):
        wordnet.parse("# notice\nbroken\n")
    assert wordnet.parse("# notice\nrise\tv=arise\tv=fall\t\n") == {"rise": "v=arise\tv=fall\t"}
    assert wordnet._relatives("n=lend/v,loan/v") == {"n": frozenset({("lend", "v"), ("loan", "v")})}
    with pytest.raises(ValueError, match="unknown part of speech 'x'"):
        wordnet._relatives("n=lend/x")
