"""Build the relatives' part of src/studybot/core/data/lexical_ru.tsv (its fourth field) from the wiki-wordnet database.

    python tools/build_wordnet_related_ru.py WIKIWORDNET_DB KNOWN_TABLE [OUT]

tools/build_lexical_ru.py runs this after the three other parts and merges its lines into the one Russian table;
run alone, it writes the part in its own format to OUT (default: wordnet_related_ru.tsv in the current folder).
WIKIWORDNET_DB is wiki_ru_wordnet/database/wikiwordnet.db of the PyPI sdist wiki-ru-wordnet==1.0.3 (its code under
the MIT licence; its data, Russian Wiktionary's, under CC BY-SA 3.0); KNOWN_TABLE a table of the three other parts
(the shipped lexical_ru.tsv will do), read only for its stems. Pure Python with PyStemmer; nothing of the package is
imported, here or at run time (studybot ships this derived part, as it does WordNet's for English).

What it keeps, for the grader's ONE word of a wording met by a looser relative (`related_words`, as English does
with WordNet's hypernyms), in one sentence: two nouns one step apart in Wiktionary's hypernym links, in any sense
("дуб" / "дерево", "деревня" / "посёлок"), each a single lower-case word of at least MIN_LETTERS letters whose stem
the three other parts already key (so a frequent word: they leave rare ones out), with different stems, both ways (a
hypernym is the relative of its hyponym and back), and neither a hub of more than MAX_RELATIVES relatives. A noun is
a lemma with neither a verb's infinitive (-ть after a vowel, -ти, -чь, with -ся/-сь) nor a full adjective's ending
(-ый, -ий, -ой). No sisters (two hyponyms of one word), no two steps, no antonyms (the database has none): a sister
is another thing ("кобыла" is no "жеребец").
The data is Wiktionary's, under CC BY-SA: the header keeps its attribution and licence, as the licence asks.
"""

from __future__ import annotations

import re
import sqlite3
import sys
from collections import defaultdict
from contextlib import closing
from pathlib import Path

import Stemmer
from lexical_tables import split, write_part

MIN_LETTERS = 3
MAX_RELATIVES = 8  # a noun with more relatives is a hub of many senses ("дом": a school, a prison, a shop) or a
# broad class ("инструмент"): a relative of it is often another thing, so it keeps none
_NOUN = re.compile(r"[а-яё]+")
_NOT_NOUN = re.compile(r"(?:(?:[аяеиоуыэюё]ть|ти|чь)(?:ся|сь)?|ый|ий|ой)$")

HEADER = """# Russian nouns one hypernym step apart, for studybot's grader, derived by tools/build_wordnet_related_ru.py
# (see its docstring). Source: wiki-ru-wordnet 1.0.3 (PyPI; https://github.com/jamsic/ru-wordnet, code under the MIT
# licence), whose database of synsets and hypernyms is derived from Russian Wiktionary (https://ru.wiktionary.org), by
# Wiktionary's contributors, under the Creative Commons Attribution-ShareAlike licence (CC BY-SA 3.0,
# https://creativecommons.org/licenses/by-sa/3.0/). This table is an adaptation of that data (Snowball stems of the
# lemmas; only stems the table's other parts key) and is shared under the same licence, CC BY-SA 3.0: credit
# Wiktionary's contributors and keep this notice.
"""


def _noun(lemma: str) -> bool:
    return len(lemma) >= MIN_LETTERS and bool(_NOUN.fullmatch(lemma)) and not _NOT_NOUN.search(lemma)


def build(database: Path, known: set[str]) -> list[str]:
    """The part's lines: a stem, a tab, "n=" and the stems of its nouns one hypernym step away."""
    stemmer = Stemmer.Stemmer("russian")
    lemmas: dict[int, set[str]] = defaultdict(set)
    relatives: dict[str, set[str]] = defaultdict(set)
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as con:
        for synset, lemma in con.execute("SELECT synset_id, lemma FROM synsets"):
            if _noun(lemma):
                lemmas[synset].add(stemmer.stemWord(lemma))
        links = con.execute("SELECT sid, hypersid FROM hypernyms").fetchall()
    for below, above in links:
        for a in lemmas.get(below, set()) & known:
            for b in lemmas.get(above, set()) & known:
                if a != b:
                    relatives[a].add(b)
                    relatives[b].add(a)
    hubs = {stem for stem, others in relatives.items() if len(others) > MAX_RELATIVES}
    kept = {stem: others - hubs for stem, others in relatives.items() if stem not in hubs}
    return [f"{stem}\tn={','.join(sorted(others))}" for stem, others in sorted(kept.items()) if others]


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    known = set(split(Path(argv[1]).read_text(encoding="utf-8"))[1])
    out = Path(argv[2]) if len(argv) > 2 else Path("wordnet_related_ru.tsv")
    write_part(out, HEADER, build(Path(argv[0]), known))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
