"""A short answer of a head and a relative clause ("fungi that feed on beetles") said with the head and the clause's
object in each other's places ("beetles that feed on fungi", "a beetle which feeds on fungi") turns round who does
what to whom: the words are all there, the answer is wrong (issue #11). Read on the right wording and the answer
alike: the head is the content words before "that" / "which" / "who" (its subject), the verb the word right after it,
the object the content words after the verb (or a participle in "-ing" right after the head: "beetles feeding on
fungi"); the answer turns it round when its head holds the wording's object and
none of its head, its object the wording's head, and its verb is the wording's. A clause with a subject of its own
("beetles which fungi feed on") is not read. English word order and function words only, no word of a text."""

from __future__ import annotations

from collections.abc import Iterable

from ..matching import Prepared

__all__ = ["relative_turned"]

_RELATIVES = frozenset(("that", "which", "who"))


def _parts(text: Prepared) -> tuple[frozenset[str], str, frozenset[str]] | None:
    """(head stems, verb stem, object stems) of a text "HEAD that VERB ... OBJECT", or None."""
    content = set(text.content())
    at = next((i for i, w in enumerate(text.words) if w in _RELATIVES), -1)  # the relative word; the verb after it
    verb = at + 1
    if at < 0:  # "beetles feeding on fungi": a participle after the head is its clause
        at = verb = next((i for i in sorted(content) if i > 0 and text.words[i].endswith("ing")), -1)
    if at < 1 or verb not in content:
        return None
    head = frozenset(text.stems[i] for i in range(at) if i in content)
    rest = frozenset(text.stems[i] for i in range(verb + 1, len(text.words)) if i in content)
    return (head, text.stems[verb], rest) if head and rest else None


def relative_turned(wordings: Iterable[Prepared], got: Prepared) -> str:
    """The right wording whose head and object the answer swaps round its relative clause, or ""."""
    said = _parts(got) if got.lang.code == "en" else None
    if said is None:
        return ""
    head, verb, thing = said
    for ref in wordings:
        parts = _parts(ref)
        if parts is not None and parts[1] == verb and head & parts[2] and not head & parts[0] and thing & parts[0]:
            return " ".join(ref.words)
    return ""
