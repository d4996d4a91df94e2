"""A Russian past passive participle whose root's last consonant alternates, met by the verb's other forms.

A verb in "-ить" / "-еть" changes its root's last consonant in its past passive participle: "изобразить" /
"изображён", "наградить" / "награждён", "запретить" / "запрещён", "запустить" / "запущен", "пригласить" /
"приглашён". Snowball keeps the changed consonant ("изображ", "изобраз"), so "кто изображён на монете?" never met "На
монете изобразили ...", nor "когда был запущен спутник?" "Спутник запустили ...". Such a participle gets the stems of
its root with each consonant it may stand for (ж: з, д; жд: д; щ: т, ст; ч: т; ш: с), the stems the verb's other
forms have; with four letters or more before the consonant ("брошен", "прощён" keep theirs: "брос", "прост" are
too short to tell from other words). Not the imperfective made the same way ("изображать", "запрещали"): measured
(benchmarks/tutor.py --held-out --sections 200), it lost a held-out answer. Rules of Russian conjugation, no word of
a text."""

from __future__ import annotations

import re

__all__ = ["mutated_stems"]

MIN_BASE = 4  # letters before the changed consonant
_RESTORED = {"жд": ("д",), "ж": ("з", "д"), "щ": ("т", "ст"), "ч": ("т",), "ш": ("с",)}
_PARTICIPLE = r"(?:ен|ён)(?:а|о|ы|н\w*)?"  # "изображен", "награждена", "запущенный"
_FORMS = re.compile(rf"(\w{{{MIN_BASE},}}?)(жд|ж|щ|ч|ш)(?:{_PARTICIPLE})")


def mutated_stems(word: str) -> frozenset[str]:
    """The stems of a participle's root with the consonant the verb's other forms have ("изображен": "изобраз",
    "изобрад"; "запрещена": "запрет", "запрест"); none for other words ("изображали", "обнаружил", "брошен")."""
    found = _FORMS.fullmatch(word.replace("ё", "е"))
    if found is None:
        return frozenset()
    base, changed = found.group(1), found.group(2)
    return frozenset(base + consonant for consonant in _RESTORED[changed])
