"""Build src/studybot/core/data/lexical_ru.tsv, the one Russian lexical table, from its three sources.

    python tools/build_lexical_ru.py THESAURUS WIKIWORDNET_DB FREQUENCIES [OUT]

THESAURUS is usr/share/mythes/th_ru_RU_v2.dat of Debian's mythes-ru 1:7.5.0-1 (`apt-get download mythes-ru`, then
`dpkg-deb -x mythes-ru_*.deb x`; LibreOffice's Russian thesaurus, LGPL 2.1), WIKIWORDNET_DB
wiki_ru_wordnet/database/wikiwordnet.db of the PyPI sdist wiki-ru-wordnet==1.0.3 (Russian Wiktionary's synsets,
CC BY-SA 3.0), FREQUENCIES wordfreq/data/large_ru.msgpack.gz of the PyPI wheel wordfreq==3.1.1 (read only to leave
out rare words). Pure Python with PyStemmer and msgpack.

Runs the three parts' builders in one go, each of which says what it keeps and why, and merges their lines into one
line per stem (tools/lexical_tables.py says the fields), keeping each part's header with its sources' attribution
and licence notices:
- tools/build_wordnet_table_ru.py: Wiktionary's synonyms in a main sense;
- tools/build_thesaurus_ru.py: the thesaurus's first line of synonyms;
- tools/build_thesaurus_wide_ru.py: what those two leave out (the thesaurus's second line, nouns), built here from
  the two parts just built, so the three never disagree;
- tools/build_wordnet_related_ru.py: nouns one hypernym step apart in Wiktionary's database, for the grader's ONE
  word of a wording met by a looser relative (the MIT-licensed package's data is Wiktionary's, CC BY-SA 3.0), kept
  for stems the three parts above key (frequent words).
Nothing of these sources is needed at run time (pyproject.toml adds nothing): studybot ships the derived table, as
it ships WordNet's for English.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_thesaurus_ru  # noqa: E402
import build_thesaurus_wide_ru  # noqa: E402
import build_wordnet_related_ru  # noqa: E402
import build_wordnet_table_ru  # noqa: E402
from lexical_tables import merge, merge_ru, write_table  # noqa: E402


def main(argv: list[str]) -> int:
    if len(argv) not in (3, 4):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    thesaurus, database, frequency = argv[:3]
    out = Path(argv[3]) if len(argv) > 3 else Path(__file__).parents[1] / "src/studybot/core/data/lexical_ru.tsv"
    with tempfile.TemporaryDirectory() as tmp:
        wiktionary, main_thesaurus, wide = (Path(tmp) / name for name in
                                            ("wordnet_ru.tsv", "thesaurus_ru.tsv", "thesaurus_wide_ru.tsv"))
        steps = (build_wordnet_table_ru.main([database, frequency, str(wiktionary)]),
                 build_thesaurus_ru.main([thesaurus, frequency, str(main_thesaurus)]),
                 build_thesaurus_wide_ru.main([thesaurus, database, frequency, str(wide)]))  # reads the two above
        if any(steps):
            return 1
        texts = [part.read_text(encoding="utf-8") for part in (wiktionary, main_thesaurus, wide)]
        known = Path(tmp) / "known_ru.tsv"  # the three parts' stems, which the relatives must both be
        known.write_text(merge("ru", [*((text, 1) for text in texts), ("", 1)]), encoding="utf-8")
        related = Path(tmp) / "wordnet_related_ru.tsv"
        if build_wordnet_related_ru.main([database, str(known), str(related)]):
            return 1
        text = merge_ru(*texts, related.read_text(encoding="utf-8"))
    write_table(out, text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
