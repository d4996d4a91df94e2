"""The Russian thesaurus's field of core/data/lexical_ru.tsv (built by tools/build_thesaurus_ru.py from LibreOffice's
Russian thesaurus, mythes-ru) read alongside the Wiktionary table (`core.wordnet_ru`), and the builder's rules on
made-up lines in MyThes's format."""

from __future__ import annotations

from importlib.resources import files
from types import ModuleType

import pytest

from studybot.core import wordnet_ru
from studybot.core.language import language
from tests.tools_loading import load_tool

STEM = language("ru").stem


def _builder() -> ModuleType:
    return load_tool("build_thesaurus_ru")


def test_the_table_ships_with_the_package_and_keeps_the_thesauruss_notice() -> None:
    text = files("studybot.core").joinpath("data/lexical_ru.tsv").read_text(encoding="utf-8")
    notice = text.split("\n# Lines:")[0]
    assert "Korolyov" in notice and "Reztsov" in notice and "Lesser General Public License 2.1" in notice
    assert "tools/build_thesaurus_ru.py" in notice


def test_the_table_has_its_shape() -> None:
    rows = {stem: rest for stem in wordnet_ru.table() if (rest := wordnet_ru.fields(stem)[1])}
    assert 1_000 < len(rows) < 20_000
    poses = set()
    for stem, rest in rows.items():
        assert stem == stem.lower() and stem.isalpha() and len(stem) >= 3, stem
        for part in rest.split(";"):
            pos, _, partners = part.partition("=")
            poses.add(pos)
            assert stem not in partners.split(","), stem
    assert poses == {"v", "a", "r"}  # no nouns: a noun is a text's term


@pytest.mark.parametrize(("word", "other"), [
    ("обороняли", "защищали"), ("неправильный", "неверный"), ("сливались", "объединялись"), ("смелый", "храбрый"),
])
def test_the_thesaurus_adds_to_wiktionary_both_ways(word: str, other: str) -> None:
    wiktionary = wordnet_ru._partners(wordnet_ru.fields(STEM(word))[0])
    assert STEM(other) not in frozenset().union(*wiktionary.values())  # a pair Wiktionary's table does not have
    assert STEM(other) in wordnet_ru.synonyms(STEM(word))
    assert STEM(word) in wordnet_ru.synonyms(STEM(other))


@pytest.mark.parametrize(("word", "other"), [
    ("неправильный", "правильный"),  # an antonym ("(антоним)" lines are left out)
    ("изменял", "предавал"),  # "изменять" is "предавать" only in its third line
    ("увеличил", "умножил"),  # "умножить"'s own line is "помножить", "перемножить": another sense
    ("каждый", "отдельный"),  # a pronoun
    ("ложный", "облыжный"),  # a rare word
    ("стоял", "останавливался"),  # a "(сходный термин)", related, not the same
])
def test_what_the_table_leaves_out(word: str, other: str) -> None:
    assert STEM(other) not in wordnet_ru.synonyms(STEM(word))
    assert STEM(word) not in wordnet_ru.synonyms(STEM(other))


THESAURUS = """UTF-8
оборонять|1
(синоним)|защищать|оберегать|стоять грудью
защищать|2
(синоним)|отстаивать|ратовать
(синоним)|оборонить|копья ломать
увеличить|1
(синоним)|повысить|умножить
умножить|1
(синоним)|помножить
ложный|2
(синоним)|неверный|облыжный
(антоним)|правильный
каждый|1
(синоним)|всякий|отдельный
стоять|2
(синоним)|торчать
(сходный термин)|останавливаться
"""


def test_the_builder_reads_mythes_lines() -> None:
    build = _builder()
    entries = build.parse(THESAURUS)
    assert entries["ложный"] == [("(синоним)", ["неверный", "облыжный"]), ("(антоним)", ["правильный"])]
    assert build.synonyms_of(entries["защищать"]) == {"отстаивать", "ратовать"}  # the first line only
    assert build.synonyms_of(entries["защищать"], 2) >= {"оборонить", "копья ломать"}
    assert build.synonyms_of(entries["стоять"]) == {"торчать"}
    with pytest.raises(ValueError, match="senses announced"):
        build.parse("UTF-8\nслово|2\n(синоним)|другое\n")
    with pytest.raises(ValueError, match="headword"):
        build.parse("UTF-8\n(синоним)|другое\n")


def test_the_builders_pairs() -> None:
    build = _builder()
    pairs = build.pairs(build.parse(THESAURUS), STEM)
    # a headword's first line, both ways; a word that is no headword takes it back as it is
    assert {("оборонять", "оберегать"), ("оберегать", "оборонять"), ("ложный", "неверный")} <= pairs
    # a headword takes it back in the other aspect ("оборонить" for "оборонять")
    assert ("оборонять", "защищать") in pairs and ("защищать", "оборонять") in pairs
    # a headword whose own lines never give it back means another thing; a pronoun is never a synonym
    assert ("увеличить", "умножить") not in pairs and ("умножить", "увеличить") not in pairs
    assert not any("каждый" in pair for pair in pairs)
    # an antonym, a related term, a phrase of a later line: none
    assert not {("ложный", "правильный"), ("стоять", "останавливаться")} & pairs
    assert not any("копья ломать" in pair for pair in pairs)


def test_the_builder_keys_frequent_words_by_stem() -> None:
    build = _builder()
    known = {"защищать": 10_000.0, "защищал": 10_000.0, "защищали": 10_000.0, "защищает": 10_000.0,
             "защищают": 10_000.0, "оборонять": 5_000.0, "обороняли": 5_000.0, "неверный": 8_000.0,
             "ложный": 8_000.0, "облыжный": 0.5}
    lines = dict(line.split("\t") for line in build.table(build.parse(THESAURUS), known))
    assert lines[STEM("обороняли")] == "v=" + STEM("защищать")
    assert lines[STEM("неверный")] == "a=" + STEM("ложный")
    assert STEM("облыжный") not in lines  # a rare word
    assert STEM("повысить") not in lines  # not in the frequency list at all
