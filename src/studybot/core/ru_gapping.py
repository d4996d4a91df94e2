"""Russian gapping: a dash stands for the verb of the clause before, "верхние шлюзы открывают весной, нижние —
летом" is "..., нижние открывают летом". The clause is read with that verb put in the dash's place, so a point
"нижние шлюзы открывают летом" is met by it and not by "верхние закрывают весной, нижние — летом". Only a clause
of a word or two, a dash and the rest, with no verb of its own, its word before the dash ending as a word of
the clause before does (the two set side by side: "верхние" / "нижние"), right after a clause with a verb (by
the endings `wordnet_ru.parts_of_speech` reads; not "был", "было": "у русских — больше орудий" keeps its dash).
Only the order of words: no word of any text."""

from __future__ import annotations

import re

from .lexicon_negative import AUXILIARIES
from .wordnet_ru import parts_of_speech

__all__ = ["read_gapped"]

_CLAUSES = re.compile(r"[^,;.!?]+[,;.!?]*")
# a clause opening with a word or two (maybe after "а" / "и") and a dash: the words before it and the rest
_GAPPED = re.compile(r"^(\s*(?:(?:а|и|но)\s+)?[^\W\d_]+(?:\s[^\W\d_]+)?) - (?=\w)")
_SHORTEST = 4  # letters: shorter words with a verb's ending are mostly others ("или", "ли", "эти")
_SENTENCE_END = frozenset(".;!?")


def _verb(clause: str) -> str | None:
    """The last word of a clause read as a finite verb or an infinitive, not a form of "быть", or None."""
    words = [w for w in re.findall(r"[^\W\d_]+", clause) if len(w) >= _SHORTEST and "v" in parts_of_speech(w)
             and w not in AUXILIARIES["ru"]]
    return words[-1] if words else None


def _parallel(remnant: str, before: str) -> bool:
    """Does the gapped clause's last word before the dash end as a word of the clause before does (the two
    subjects or times set side by side agree in case: "верхние" / "нижние", "весной" / "летом" do not)?"""
    last = remnant.split()[-1]
    return len(last) >= _SHORTEST and any(w != last and w[-2:] == last[-2:] for w in re.findall(r"[^\W\d_]+", before))


def read_gapped(text: str) -> str:
    """A Russian text (normalised: dashes as "-") with each gapped clause's dash read as the verb before it."""
    if " - " not in text:
        return text
    out: list[str] = []
    verb: str | None = None
    before = ""
    for clause in _CLAUSES.findall(text):
        gapped = _GAPPED.match(clause)
        if gapped and verb and _verb(clause) is None and _parallel(gapped.group(1), before):
            clause = f"{gapped.group(1)} {verb} {clause[gapped.end():]}"
        else:
            verb = _verb(clause)
        if clause.rstrip()[-1:] in _SENTENCE_END:
            verb = None
        before = clause
        out.append(clause)
    return "".join(out)
