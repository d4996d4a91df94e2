"""A choice said, then why: "над крылом, там поток быстрее", "over the wing, because the air is faster there", "b —
the flow is faster on top". The option is picked by what stands before the reason (as by what stands before a note in
brackets, `structured`), when the reason shares no word with any option (else it is part of the choice: "наблюдателем,
вступила в 1991" for "наблюдателем; вступила в 1993") and picks no option itself ("a, b" names two).
Split at the first comma, semicolon, colon or dash, or at a conjunction of reason ("because", "since", "потому что",
"так как", "поскольку"). Said the other way round, a heading that picks no option, a colon, then the option's words
("с востока на запад: из A в B"), the option after the colon is picked. A rule of the language, no word of a text."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..matching import Prepared, overlap

__all__ = ["pick_before_note", "reason_after", "reason_opened"]

_COLON = re.compile(r"\s*:")
# a heading that names an option by its place ("the fifth one", "последний вариант"): no heading of its own words
_PLACE = re.compile(r"\d|\b(?:option|one|answer|last|вариант\w*|ответ\w*|последн\w*)\b")
NOTE = re.compile(r"\(([^()]*)\)")  # a note in brackets after a choice ("b (it gives off an electron)")

_SPLIT = {
    "en": re.compile(r"\s*(?:[,;:—–]|\s-)\s+|\s+(?:because|since)\s+"),
    "ru": re.compile(r"\s*(?:[,;:—–]|\s-)\s+|\s+(?:потому что|так как|поскольку)\s+"),
}


def reason_after(text: str, code: str) -> tuple[str, str] | None:
    """(the choice, the reason after it) of an answer, or None when it has no such break."""
    pattern = _SPLIT.get(code)
    found = pattern.search(text) if pattern else None
    if found is None or found.start() == 0:
        return None
    head, note = text[:found.start()].strip(), text[found.end():].strip()
    return (head, note) if head and note else None


def pick_before_note(got: Prepared, options: tuple[str, ...], pick: Callable[[str], int | None],
                     prep: Callable[[str], Prepared]) -> int | None:
    """The option an answer picks (`pick` of a text) without its notes in brackets or its reason after it, when no
    note picks or offers one itself."""
    notes, bare = NOTE.findall(got.text), NOTE.sub(" ", got.text).strip()
    if not notes and (said := reason_after(got.text, got.lang.code)):  # "над крылом, там поток быстрее": a reason
        if any(overlap(prep(said[1]), prep(o)) for o in options):  # that says no option's words
            if _COLON.match(got.text, len(said[0])) and not _PLACE.search(said[0]) and pick(said[0]) is None \
                    and pick(said[1]) is not None:
                return pick(said[1])  # "east to west: from A to B": a heading that picks none, then the option
            return None  # ("наблюдателем, вступила в 1991" for "наблюдателем; вступила в 1993": part of the choice)
        bare, notes = said[0], [said[1]]
    if not bare or any(pick(n) is not None or got.lang.lex.hedges & set(n.split()) for n in notes):
        return None
    return pick(bare)


# a conjunction of reason that opens the answer to "why?" ("because rain and sewage share the pipes"): no word of
# the option chosen, so not counted against it
_OPENING = {"en": re.compile(r"(?:because|since|as|'cause|cause)\s+(?=\w)"),
            "ru": re.compile(r"(?:потому что|так как|поскольку|ведь|из-за того,? что)\s+(?=\w)")}


def reason_opened(text: str, code: str) -> str | None:
    """An answer without the conjunction of reason it opens with, or None when it opens with none."""
    pattern = _OPENING.get(code)
    found = pattern.match(text) if pattern else None
    return text[found.end():] if found else None
