"""Merge the per-use lexical tables into one table per language: src/studybot/core/data/lexical_en.tsv, _ru.tsv.

    python tools/lexical_tables.py en WORDNET RELATED KINDS [OUT]
    python tools/lexical_tables.py ru WIKTIONARY THESAURUS WIDE RELATED [OUT]

The builders (tools/build_lexical_en.py, tools/build_lexical_ru.py) call `merge_en` / `merge_ru` on the parts they
build; run directly, this tool merges parts already built, in the old per-use format, e.g. the tables studybot
shipped before round 13 (`git show 360d3c5:src/studybot/core/data/wordnet_en.tsv > wordnet_en.tsv`, and likewise
wordnet_related_en.tsv, wordnet_kinds_en.tsv, wordnet_ru.tsv, thesaurus_ru.tsv, thesaurus_wide_ru.tsv): that is how
the shipped lexicon tables were first made, and the readers give exactly the pairs those six tables gave (the
Russian relatives, RELATED, came later: tools/build_wordnet_related_ru.py).

A line is a word (English) or a Snowball stem (Russian), then its fields, tab-separated, trailing empty fields left
off:
- English: synonyms, antonyms, bases, family (the grader's `wordnet`; tools/build_wordnet_table.py), words of a
  synset in any sense, hypernyms and hyponyms (`related_words`; tools/build_wordnet_related.py), the words that say
  it in other words, and "a" for an adjective (the tutor's `reworded`; tools/build_wordnet_kinds.py).
- Russian: synonyms per part of speech from Wiktionary (tools/build_wordnet_table_ru.py), from LibreOffice's
  thesaurus (tools/build_thesaurus_ru.py), the wider ones beyond those two (tools/build_thesaurus_wide_ru.py), and
  nouns one hypernym step apart (`related_words`; tools/build_wordnet_related_ru.py).
Every part's header (its sources and licence notice) is kept in the merged header, in full.
"""

from __future__ import annotations

import sys
from pathlib import Path

# fields per line, after the word
FIELDS = {"en": 8, "ru": 4}
LINES = {
    "en": "# Lines: WORD <tab> synonyms <tab> antonyms <tab> bases <tab> family <tab> words of a synset in any sense "
          "<tab>\n# hypernyms and hyponyms <tab> words that say it in other words <tab> 'a' for an adjective "
          "(trailing empty fields\n# left off). The first four as tools/build_wordnet_table.py says, the next two "
          "as tools/build_wordnet_related.py\n# says, the last two as tools/build_wordnet_kinds.py says.\n",
    "ru": "# Lines: STEM <tab> Wiktionary's synonyms <tab> the thesaurus's <tab> the wider ones (later senses, nouns;\n"
          "# pairs the two others give left out) <tab> nouns one hypernym step apart, each per part of speech,\n"
          "# POS=stem,stem;POS=... (v verb, a adjective, r adverb, n noun; trailing empty fields left off).\n",
}
TITLE = {
    "en": "# English WordNet: one lexical table for studybot's grader and tutor (tools/build_lexical_en.py, merging\n"
          "# the parts below with tools/lexical_tables.py; see their docstrings). The parts' own headers follow.\n",
    "ru": "# Russian synonyms: one lexical table for studybot's grader and tutor (tools/build_lexical_ru.py, merging\n"
          "# the parts below with tools/lexical_tables.py; see their docstrings). The parts' own headers follow,\n"
          "# each naming its source and licence; the table is shared under the licences of all its sources (CC "
          "BY-SA 3.0\n# and LGPL 2.1): keep these notices.\n",
}


def split(text: str) -> tuple[list[str], dict[str, list[str]]]:
    """A part's header lines (its notice, without its '# Lines:' note) and its rows, word -> fields."""
    header: list[str] = []
    rows: dict[str, list[str]] = {}
    in_lines_note = False
    for line in text.splitlines():
        if line.startswith("#"):
            in_lines_note = in_lines_note or line.startswith("# Lines:")
            if not in_lines_note:
                header.append(line)
        elif line:
            word, tab, rest = line.partition("\t")
            if not tab or word in rows:
                raise ValueError(f"unreadable or repeated line {line[:60]!r}")
            rows[word] = rest.split("\t")
    return header, rows


def merge(lang: str, parts: list[tuple[str, int]]) -> str:
    """The merged table's text from the parts' texts, each with its number of fields."""
    headers: list[str] = []
    merged: dict[str, list[str]] = {}
    offset = 0
    for text, width in parts:
        header, rows = split(text)
        headers += ["#", *header]
        for word, fields in rows.items():
            if len(fields) > width:
                raise ValueError(f"{word!r}: {len(fields)} fields, at most {width}")
            line = merged.setdefault(word, [""] * FIELDS[lang])
            line[offset:offset + len(fields)] = fields
        offset += width
    if offset != FIELDS[lang]:
        raise ValueError(f"{offset} fields, expected {FIELDS[lang]}")
    body = ["\t".join([word, *fields]).rstrip("\t") for word, fields in sorted(merged.items())]
    return TITLE[lang] + "\n".join(headers[1:]) + "\n" + LINES[lang] + "\n".join(body) + "\n"


def write_part(out: Path, header: str, lines: list[str]) -> None:
    """Write a part in its own format (its header, then its lines) to `out`, and say how big it is."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{out}: {len(lines)} lines, {out.stat().st_size:,} bytes")


def write_table(out: Path, text: str) -> None:
    """Write a merged table's text to `out`, and say how big it is."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(f"{out}: {text.count(chr(10))} lines, {out.stat().st_size:,} bytes")


def merge_en(wordnet: str, related: str, kinds: str) -> str:
    return merge("en", [(wordnet, 4), (related, 2), (kinds, 2)])


def merge_ru(wiktionary: str, thesaurus: str, wide: str, related: str) -> str:
    return merge("ru", [(wiktionary, 1), (thesaurus, 1), (wide, 1), (related, 1)])


def main(argv: list[str]) -> int:
    parts = {"en": 3, "ru": 4}.get(argv[0] if argv else "", 0)
    if not parts or len(argv) not in (parts + 1, parts + 2):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    lang, paths = argv[0], [Path(a) for a in argv[1:parts + 1]]
    out = Path(argv[parts + 1]) if len(argv) > parts + 1 else \
        Path(__file__).parents[1] / f"src/studybot/core/data/lexical_{lang}.tsv"
    texts = [p.read_text(encoding="utf-8") for p in paths]
    write_table(out, merge_en(*texts) if lang == "en" else merge_ru(*texts))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
