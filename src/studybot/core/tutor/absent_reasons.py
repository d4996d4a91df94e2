"""A "why not" question answered by what did happen: "почему мельницу не построили из камня?" asks a reason for
something that was not done, and "Мельницу построили у реки, чтобы вода вращала колесо" gives a reason for what was
done instead. A reason for a thing not done is said against something: with a negation ("камня поблизости не было",
"строить было нечем"), with a contrast or a concession ("камень прочнее, но дороже"), or with the opposite of the
word negated ("почему сёстры не похожи?": "сёстры различны"). A reply whose sentences say the question's negated
word (in any form: "строили", "построена") and none of these tells what did happen; the tutor says the text gives
no reason for the absence and shows what it does say (`Reply.no_reason`), as for any "why" whose reason it lacks.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..connectives import turns
from ..text import normalise
from .documents import Doc
from .negation import negated
from .question_parts import Question, Unit
from .words import CONTRAST_KEY, NEGATED_KEY, OPPOSITE_KEY, WORD, Words

__all__ = ["absence_unexplained"]


def absence_unexplained(q: Question, docs: Iterable[Doc], words: Words) -> bool:
    """Does a question ask why something did not happen ("почему X не сделали Y?", "why was X not built?") while the
    passages of its reply say what it negates (`_negated_unit`) with no negation, contrast or concession?"""
    if not q.wants.reason or not any(u.stem == NEGATED_KEY for u in q.units):
        return False
    unit = _negated_unit(q, words)
    shown = list(docs)
    if unit is None or not shown:
        return False
    opposite = frozenset(k for k in unit.weak if k.startswith(OPPOSITE_KEY))  # "различны" for "не похожи": the
    said = (unit.strong | unit.weak) - opposite  # negation said in one word
    if not any(said & d.keys for d in shown):
        return False
    return not any(NEGATED_KEY in d.keys or CONTRAST_KEY in d.keys or opposite & d.keys
                   or negated(words, normalise(d.text)) or turns(words.prepare(normalise(d.text))) for d in shown)


def _negated_unit(q: Question, words: Words) -> Unit | None:
    """The question's first unit after its first negator: what it says did not happen ("не построили" in "почему
    мельницу не построили?"); None when no unit follows one."""
    tokens = WORD.findall(q.text)
    start = next((i for i, w in enumerate(tokens) if w in words.tw.bare_negators), None)
    if start is None:
        return None
    units = [u for u in q.units if u.stem != NEGATED_KEY and not u.name]
    for token in tokens[start + 1:]:
        stem = words.stem(token)
        found = next((u for u in units if stem in (u.stems or {u.stem}) or token == u.text), None)
        if found is not None:
            return found
    return None
