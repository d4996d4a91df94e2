"""The wider Russian synonyms (the third field of core/data/lexical_ru.tsv, built by
tools/build_thesaurus_wide_ru.py from LibreOffice's thesaurus and Wiktionary's synsets): what ships, and the builder's
rules on made-up lines in MyThes's format and made-up Wiktionary rows."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from importlib.resources import files
from pathlib import Path
from types import ModuleType

from studybot.core import wordnet_ru
from studybot.core.language import language
from tests.tools_loading import load_tool

STEM = language("ru").stem


def _builder() -> ModuleType:
    return load_tool("build_thesaurus_wide_ru")


def test_the_table_ships_with_the_package_and_keeps_both_notices() -> None:
    text = files("studybot.core").joinpath("data/lexical_ru.tsv").read_text(encoding="utf-8")
    notice = text.split("\n# Lines:")[0]
    assert "Korolyov" in notice and "Lesser General Public License 2.1" in notice
    assert "Wiktionary" in notice and "CC BY-SA 3.0" in notice and "tools/build_thesaurus_wide_ru.py" in notice


def test_the_table_holds_only_what_the_main_tables_leave_out() -> None:
    rows = {stem: rest for stem in wordnet_ru.table() if (rest := wordnet_ru.fields(stem)[2])}
    assert 1_000 < len(rows) < 20_000
    for stem in list(rows)[:500]:
        main = wordnet_ru.entry(stem)
        for pos, stems in wordnet_ru._partners(rows[stem]).items():
            assert stems and stems.isdisjoint(main.get(pos, frozenset())), stem


MYTHES = """UTF-8
закончить|3
(синоним)|завершить
(синоним)|окончить
(синоним)|прекратить
завершить|1
(синоним)|закончить
окончить|1
(синоним)|закончить
прекратить|1
(синоним)|остановить
мотор|1
(синоним)|двигатель
каждый|1
(синоним)|всякий
"""
WORDS = ("закончить", "закончил", "закончила", "закончили", "завершить", "завершил", "завершила", "завершили",
         "окончить", "окончил", "окончила", "окончили", "прекратить", "прекратил", "прекратила", "прекратили",
         "остановить", "мотор", "двигатель", "каждый", "всякий", "машина", "автомобиль", "телега", "повозка", "ладья")


def _keyer(builder: ModuleType) -> object:
    return builder.thesaurus.Keyer({w: 10.0 ** 6 for w in WORDS})


def _pairs(table: dict[str, dict[str, set[str]]]) -> set[tuple[str, str]]:
    return {(stem, other) for stem, by_pos in table.items() for stems in by_pos.values() for other in stems}


def test_the_thesauruss_first_two_lines_and_its_nouns() -> None:
    builder = _builder()
    found = _pairs(builder.from_thesaurus(builder.thesaurus.parse(MYTHES), _keyer(builder)))
    assert (STEM("закончить"), STEM("завершить")) in found  # the first line
    assert (STEM("закончить"), STEM("окончить")) in found  # the second
    assert (STEM("закончить"), STEM("прекратить")) not in found  # the third: another sense
    assert (STEM("мотор"), STEM("двигатель")) in found  # a noun
    assert not {STEM("каждый"), STEM("всякий")} & {a for a, _ in found}  # pronouns never


def test_wiktionarys_first_senses_with_labels_of_speech_not_of_figure(tmp_path: Path) -> None:
    builder = _builder()
    db = tmp_path / "wiki.db"
    with closing(sqlite3.connect(db)) as con, con:  # (a connection's own "with" commits, never closes)
        con.execute("CREATE TABLE synsets(synset_id INTEGER, lemma TEXT, definition TEXT)")
        con.executemany("INSERT INTO synsets VALUES (?, ?, ?)", [
            (1, "автомобиль", "автомобиль~ru~автомобиль~ru~самоходная машина"),
            (1, "машина", "машина~ru~машина~ru~{{разг.|ru}} {{=|автомобиль}}"),  # colloquial: kept
            (2, "телега", "телега~ru~телега~ru~повозка"),
            (2, "повозка", "повозка~ru~повозка~ru~повозка"),
            (2, "ладья", "ладья~ru~ладья~ru~{{п.}} {{поэт.}} о повозке")])  # figurative: left out
    found = _pairs(builder.from_wiktionary(db, {w: 10.0 ** 6 for w in WORDS}, _keyer(builder)))
    assert (STEM("машина"), STEM("автомобиль")) in found
    assert (STEM("телега"), STEM("повозка")) in found
    assert not {STEM("ладья")} & {a for a, _ in found}
