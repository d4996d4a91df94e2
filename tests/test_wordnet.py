"""The shipped English table (core/data/lexical_en.tsv, built by tools/build_lexical_en.py from WordNet) and its
reader, also on made-up lines."""

from __future__ import annotations

from collections.abc import Iterator
from importlib.resources import files

import pytest

from studybot.core import wordnet


def test_the_table_ships_with_the_package_and_keeps_wordnets_notice() -> None:
    text = files("studybot.core").joinpath("data/lexical_en.tsv").read_text(encoding="utf-8")
    notice = text.split("\n# Lines:")[0]
    assert notice.count("WordNet 3.1 Copyright 2011 by Princeton University") == 3  # each part's notice, kept whole
    for part in ("build_wordnet_table.py", "build_wordnet_related.py", "build_wordnet_kinds.py"):
        assert f"tools/{part}" in notice
    assert len(text.encode()) < 3_000_000


def test_the_table_has_its_shape() -> None:
    rows = wordnet.table()
    assert 20_000 < len(rows) < 100_000
    poses = set()
    for word, rest in rows.items():
        assert word == word.lower() and " " not in word and "_" not in word, word
        found = wordnet.fields(word)
        assert found is not None and len(found) == wordnet.FIELDS and rest.split("\t") == found[:len(rest.split("\t"))]
        same, opposite, _, family = found[:4]
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


MADE_UP = """# notice
# Lines: ...
rise\tv=arise\tv=fall\t\tv=rising/n
arise\tv=rise
pay\t\t\t\t\tearn,give\tcompensate
swift\t\t\t\t\t\t\tfast,quick\ta
quick\ta=fast\t\t\t\t\t\tfast
"""


@pytest.fixture
def made_up(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    rows = wordnet.parse(MADE_UP)
    cached = (wordnet.entry, wordnet.kinds, wordnet.kinds_adjective)
    for reader in cached:
        reader.cache_clear()
    monkeypatch.setattr(wordnet, "table", lambda: rows)
    yield
    for reader in cached:
        reader.cache_clear()


@pytest.mark.usefixtures("made_up")
def test_each_reader_reads_its_own_fields_of_a_line() -> None:
    assert wordnet.fields("rise") == ["v=arise", "v=fall", "", "v=rising/n", "", "", "", ""]
    assert wordnet.fields("qwz") is None
    assert wordnet.synonyms("rise") == {"arise"} and wordnet.antonyms("rise") == {"fall"}
    assert wordnet.family("rise") == {("rising", "n")}
    assert wordnet.known("rise") and wordnet.known("quick")
    assert not wordnet.known("pay") and not wordnet.known("swift") and not wordnet.known("qwz")
    assert wordnet.entry("pay") == wordnet.Entry({}, {}, frozenset())  # a line of other fields only
    assert wordnet.related("pay") == ({"earn", "give"}, {"compensate"})
    assert wordnet.related("rise") is None and wordnet.related("qwz") is None
    assert wordnet.kinds("swift") == {"fast", "quick"} and wordnet.kinds_adjective("swift")
    assert wordnet.kinds("quick") == {"fast"} and not wordnet.kinds_adjective("quick")
    assert wordnet.kinds("pay") is None and not wordnet.kinds_adjective("pay")


@pytest.mark.usefixtures("made_up")
def test_a_line_of_too_many_fields_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = wordnet.parse("w" + "\tx" * (wordnet.FIELDS + 1) + "\n")
    monkeypatch.setattr(wordnet, "table", lambda: rows)
    with pytest.raises(ValueError, match="unreadable line"):
        wordnet.fields("w")
