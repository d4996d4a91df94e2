"""Russian "ни ..., ни ..." under a negation (issue #11): "плёнка не пропускает ни воду, ни кислород" says "не
пропускает воду и кислород", "нет ни воды, ни хлеба" says "нет воды и хлеба". The "ни" before each thing only agrees
with the negation of the verb or "нет" (negative concord): read so, the things are one list under that one negation
("воду и кислород"), and no "ни" is left to count as a negation of its own where the verb's negation is read into it
("не пропускает" as "непроницаемый", `lexicon_ru_denied`). Only a pair or more of "ни", each a few words from the
next ("ни разу", "ни один" alone are left as they are). Function words only, no word of a text."""

from __future__ import annotations

import re

__all__ = ["neither_nor_ru"]

# "ни A, ни B[, ни C]": each "ни" and up to three words after it, then ", ни" or "ни" again
_PAIR = re.compile(r"(?<![\w-])ни ((?:[^\W\d_]+ ){0,2}[^\W\d_]+)((?:,? ни (?:[^\W\d_]+ ){0,2}[^\W\d_]+)+)(?![\w-])")
_NEXT = re.compile(r",? ни ")


def neither_nor_ru(text: str) -> str:
    """`text` (normalised) with each run "ни A, ни B" read "A и B"."""
    if "ни " not in text:
        return text
    return _PAIR.sub(lambda m: m.group(1) + _NEXT.sub(" и ", m.group(2)), text)
