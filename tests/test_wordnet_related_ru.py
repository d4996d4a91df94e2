"""tools/build_wordnet_related_ru.py on a made-up database: nouns one hypernym step apart, both ways, of stems the
other parts key, never sisters, verbs, adjectives, phrases or a hub's relatives."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import Stemmer

from tests.tools_loading import load_tool

STEM = Stemmer.Stemmer("russian").stemWord
SYNSETS = [(1, "дерево"), (2, "дуб"), (3, "берёза"), (4, "растение"), (5, "рубить"), (6, "дубовый"),
           (7, "старый дуб"), (8, "сооружение")] + [(100 + i, w) for i, w in enumerate(
               "дом школа тюрьма театр храм вилла дача хижина изба барак".split())]
# nine kinds of "дом": one over MAX_RELATIVES
LINKS = [(2, 1), (3, 1), (1, 4), (5, 1), (6, 1), (7, 1), (8, 4)] + [(101 + i, 100) for i in range(9)]


def _build(tmp_path: Path) -> dict[str, set[str]]:
    db = tmp_path / "w.db"
    with closing(sqlite3.connect(db)) as con:
        con.execute("CREATE TABLE synsets(synset_id INTEGER, lemma TEXT, definition TEXT)")
        con.execute("CREATE TABLE hypernyms(sid INTEGER, hypersid INTEGER)")
        con.executemany("INSERT INTO synsets VALUES (?, ?, '')", SYNSETS)
        con.executemany("INSERT INTO hypernyms VALUES (?, ?)", LINKS)
        con.commit()
    known = {STEM(w) for _, w in SYNSETS if " " not in w} - {STEM("сооружение")}
    lines = load_tool("build_wordnet_related_ru").build(db, known)
    return {stem: set(rest.removeprefix("n=").split(",")) for stem, rest in (line.split("\t") for line in lines)}


def test_nouns_one_step_apart_both_ways_never_sisters_verbs_or_adjectives(tmp_path: Path) -> None:
    found = _build(tmp_path)
    assert found[STEM("дуб")] == {STEM("дерево")}  # not "берёза", a sister; not "растение", two steps
    assert found[STEM("дерево")] == {STEM("дуб"), STEM("берёза"), STEM("растение")}  # not "рубить", "дубовый"
    assert STEM("рубить") not in found and STEM("дубовый") not in found
    assert STEM("сооружение") not in found  # a stem the other parts do not key (a rare word)


def test_a_hub_of_many_relatives_keeps_none(tmp_path: Path) -> None:
    found = _build(tmp_path)
    assert STEM("дом") not in found and STEM("школа") not in found and STEM("изба") not in found
