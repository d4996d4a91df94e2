"""The shipped Russian synonym table (core/data/lexical_ru.tsv, built by tools/build_lexical_ru.py) and its reader,
also on made-up lines; its first field, Wiktionary's synsets (tools/build_wordnet_table_ru.py)."""

from __future__ import annotations

from collections.abc import Iterator
from importlib.resources import files
from types import ModuleType

import pytest

from studybot.core import wordnet_ru
from studybot.core.language import language
from tests.tools_loading import load_tool

STEM = language("ru").stem


def test_the_table_ships_with_the_package_and_keeps_wiktionarys_notice() -> None:
    text = files("studybot.core").joinpath("data/lexical_ru.tsv").read_text(encoding="utf-8")
    notice = text.split("\n# Lines:")[0]
    assert "Wiktionary" in notice and "CC BY-SA" in notice and "tools/build_wordnet_table_ru.py" in notice
    assert len(text.encode()) < 2_000_000


def test_the_table_has_its_shape() -> None:
    rows = {stem: wordnet_ru.fields(stem)[0] for stem in wordnet_ru.table()}
    rows = {stem: rest for stem, rest in rows.items() if rest}
    assert 1_000 < len(rows) < 50_000
    poses = set()
    for stem, rest in rows.items():
        assert stem == stem.lower() and stem.isalpha() and len(stem) >= 3, stem
        for part in rest.split(";"):
            pos, _, partners = part.partition("=")
            poses.add(pos)
            assert stem not in partners.split(","), stem
    assert poses == {"v", "a", "r", "n"}


@pytest.mark.parametrize("word", ["защищать", "жестокий", "спешить", "разрешить", "мощный"])
def test_synonyms_go_both_ways(word: str) -> None:
    stem = STEM(word)
    assert wordnet_ru.synonyms(stem)
    for other in wordnet_ru.synonyms(stem):
        assert stem in wordnet_ru.synonyms(other)


def test_synonyms_in_the_main_sense_of_both_words() -> None:
    assert STEM("охранять") in wordnet_ru.synonyms(STEM("защищать"), ("v",))
    assert STEM("беспощадный") in wordnet_ru.synonyms(STEM("жестокий"), ("a",))
    assert STEM("охранять") not in wordnet_ru.synonyms(STEM("защищать"), ("a", "r", "n"))
    # another sense is no synonym: "изменить" is "предать" only in its second sense
    assert STEM("предал") not in wordnet_ru.synonyms(STEM("изменил"))
    # an opposite is none, nor is a word of another direction
    assert STEM("уменьшился") not in wordnet_ru.synonyms(STEM("увеличился"))
    assert STEM("слабый") not in wordnet_ru.synonyms(STEM("сильный"))
    assert wordnet_ru.synonyms("кзщч") == frozenset()


def test_a_verbs_forms_are_keyed_when_snowball_stems_them_apart() -> None:
    # "спешат" does not stem as "спешить" does (Snowball keeps "-ат"): the table keys the form's stem too
    assert STEM("спешат") != STEM("спешить")
    assert STEM("торопились") in wordnet_ru.synonyms(STEM("спешат"), ("v",))
    assert {STEM("спешат"), STEM("спешил")} <= wordnet_ru.synonyms(STEM("торопятся"), ("v",))


def test_an_unreadable_table_is_refused_with_its_line() -> None:
    with pytest.raises(ValueError, match="unreadable line 'broken'"):
        wordnet_ru.parse("# notice\nbroken\n")
    with pytest.raises(ValueError, match="unknown part of speech 'x'"):
        wordnet_ru._partners("x=abc")
    assert wordnet_ru.parse("# notice\nспеш\tv=тороп\n") == {"спеш": "v=тороп"}
    with pytest.raises(ValueError, match="unreadable line"):
        wordnet_ru.parse("спеш\tv=тороп\t\t\t\tv=гнал\n")  # a fifth field


MADE_UP = "# notice\nспеш\tv=тороп\tv=гнал;r=быстр\tv=мча\nшаг\t\t\tn=ступ\nбег\t\tv=мча\nдуб\t\t\t\tn=дерев\n"


@pytest.fixture
def made_up(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    rows = wordnet_ru.parse(MADE_UP)
    for reader in (wordnet_ru.entry, wordnet_ru.wide_entry, wordnet_ru.synonyms, wordnet_ru.wide_synonyms,
                   wordnet_ru.relatives):
        reader.cache_clear()
    monkeypatch.setattr(wordnet_ru, "table", lambda: rows)
    yield
    for reader in (wordnet_ru.entry, wordnet_ru.wide_entry, wordnet_ru.synonyms, wordnet_ru.wide_synonyms,
                   wordnet_ru.relatives):
        reader.cache_clear()


@pytest.mark.usefixtures("made_up")
def test_each_reader_reads_its_own_fields_of_a_line() -> None:
    assert wordnet_ru.fields("спеш") == ["v=тороп", "v=гнал;r=быстр", "v=мча", ""]
    assert wordnet_ru.fields("бег") == ["", "v=мча", "", ""] and wordnet_ru.fields("кзщ") == ["", "", "", ""]
    # the fourth field, the nouns one hypernym step away, is read by `relatives` alone: they are no synonyms
    assert wordnet_ru.relatives("дуб") == {"дерев"} and wordnet_ru.relatives("спеш") == frozenset()
    assert wordnet_ru.synonyms("дуб") == frozenset() and wordnet_ru.wide_synonyms("дуб") == frozenset()
    # Wiktionary's and the thesaurus's fields are the main synonyms; the third is read only by the wide look-ups
    assert wordnet_ru.synonyms("спеш") == {"тороп", "гнал", "быстр"}
    assert wordnet_ru.synonyms("спеш", ("v",)) == {"тороп", "гнал"}
    assert wordnet_ru.wide_synonyms("спеш", ("v",)) == {"тороп", "гнал", "мча"}
    assert wordnet_ru.synonyms("шаг") == frozenset() and wordnet_ru.wide_synonyms("шаг") == {"ступ"}
    assert wordnet_ru.synonyms("бег") == {"мча"}
    # only Wiktionary's field says a stem is one of the language's frequent words (`grading.layout_slips`)
    assert wordnet_ru.in_wiktionary("спеш")
    assert not wordnet_ru.in_wiktionary("бег") and not wordnet_ru.in_wiktionary("шаг")
    assert not wordnet_ru.in_wiktionary("кзщ")


@pytest.mark.usefixtures("made_up")
def test_the_memoised_unions_are_those_of_the_fields_each_time() -> None:
    # asked again, in another order of parts of speech and stems, each union is still its own fields' union
    for _ in range(2):
        for stem in ("бег", "спеш", "шаг", "кзщ"):
            for poses in (("v",), ("r",), ("n",), ("v", "a", "r"), wordnet_ru.POSES):
                main, wide = wordnet_ru.entry(stem), wordnet_ru.wide_entry(stem)
                assert wordnet_ru.synonyms(stem, poses) == frozenset().union(*(main.get(p, ()) for p in poses))
                assert wordnet_ru.wide_synonyms(stem, poses) == frozenset().union(*(wide.get(p, ()) for p in poses))


def _builder() -> ModuleType:
    return load_tool("build_wordnet_table_ru")


def test_the_builders_rules_of_russian() -> None:
    build = _builder()
    known = {"быстрый": 1.0, "читал": 1.0, "читает": 1.0, "читают": 1.0, "держит": 1.0, "держат": 1.0,
             "держал": 1.0, "держает": 0.001}
    assert [build.part_of_speech(w, known) for w in ("читать", "нестись", "мочь", "быстрый", "быстро", "окно",
                                                     "радость")] == ["v", "v", "v", "a", "r", "n", "n"]
    assert build.verb_forms("читать", known) == {"читал", "читает", "читают"}
    assert build.verb_forms("держать", known) == {"держал", "держит", "держат"}  # its conjugation, by frequency
    # a register, a figurative sense or a field of knowledge leaves a sense out; grammar does not
    assert build._kept("x~ru~x~ru~{{помета|что}} [[сделать]] иным {{пример|}}~1~2")
    assert not build._kept("x~ru~x~ru~{{устар.|ru}} {{=|вор}} {{пример|}}~1~2")
    assert not build._kept("x~ru~x~ru~{{хим.|ru}} превращение {{пример|}}~1~2")
    # a lemma's first sense only (rows in Wiktionary's order): "b" is in synset 1 by its second sense
    rows = [(2, "b", "d"), (2, "e", "d"), (1, "a", "d"), (1, "b", "d"), (1, "c", "d")]
    assert sorted(map(sorted, build.groups(rows))) == [[("a", "d"), ("c", "d")], [("b", "d"), ("e", "d")]]
    # wordfreq's cBpack: [header, [words of bucket 0], ...]
    packed = bytes([0x92, 0x81, 0xA6]) + b"format" + bytes([0xA2]) + b"cB" + bytes([0x91, 0xA4]) + "ёж".encode()
    assert build.read_msgpack(packed) == [{"format": "cB"}, ["ёж"]]
