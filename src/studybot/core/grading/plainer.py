"""Plainer wordings of a right wording that say the same (English): a participle of writing or saying before "in" and
a language ("the same decree was also written in Greek" -> "the same decree in Greek": "written", "printed",
"spoken" add nothing to "in Greek"), and the body of people a possessor leads after the members named ("soldiers of
Napoleon's army" -> "soldiers of Napoleon's", so "Napoleon's soldiers"). Only those: another word left out is still
missing. A rule of the language."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..lexicon import PEOPLE_WORDS

__all__ = ["plainer_wordings"]

_IN_LANGUAGE = re.compile(
    r"\b(?:(?:was|were|is|are|been|being)\s+)?(?:also\s+)?(?:written|printed|spoken|inscribed|carved|engraved|"
    r"published|repeated|given|recorded|told)\s+(?=in\s+[A-Z][a-z]+\b)")
_BODIES = frozenset("army armies fleet navy forces troops court household crew expedition regiment garrison "
                    "government party men".split())
_MEMBERS_OF = re.compile(r"\b(?P<members>[a-z]+)\s+(?:of|in|from)\s+(?:the\s+)?"
                         r"(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+(?P<body>[a-z]+)\b")


def plainer_wordings(wordings: Iterable[str], code: str) -> Iterator[str]:
    """The plainer wordings of `wordings` (see the module), none that is one of them; English only."""
    if code != "en":
        return
    seen = set(wordings)
    for wording in tuple(seen):
        plain = _IN_LANGUAGE.sub("", wording)

        def owner_only(m: re.Match[str]) -> str:
            if m["members"] in PEOPLE_WORDS and m["body"] in _BODIES and m["members"] != m["body"]:
                return m.group(0)[:m.start("body") - m.start(0)].rstrip()
            return m.group(0)
        plain = _MEMBERS_OF.sub(owner_only, plain)
        if plain != wording and plain not in seen:
            seen.add(plain)
            yield plain
