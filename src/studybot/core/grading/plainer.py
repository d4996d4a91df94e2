"""Plainer wordings of a right wording that say the same (English): a participle of writing or saying before "in" and
a language ("the same decree was also written in Greek" -> "the same decree in Greek": "written", "printed",
"spoken" add nothing to "in Greek"), and the body of people a possessor leads after the members named ("soldiers of
Napoleon's army" -> "soldiers of Napoleon's", so "Napoleon's soldiers"), and "new" of a thing a verb of making or
inventing makes, in English and Russian ("he designed a new bridge" -> "he designed a bridge", "изобрёл новый замок"
-> "изобрёл замок": a thing made is new), and in English "help" before the verb of what was helped ("the leak
helped sink the ship", "helped to sink" -> "the leak sink the ship": the deed said without the help says the fact
and a little more, as a learner says it). Only those: another word left out is still missing. A rule of the
language."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..lexicon import PEOPLE_WORDS
from ..lexicon_making import MAKING_VERBS
from ..memos import memoised
from ..wordnet import base_forms

__all__ = ["plainer_wordings"]

_IN_LANGUAGE = re.compile(
    r"\b(?:(?:was|were|is|are|been|being)\s+)?(?:also\s+)?(?:written|printed|spoken|inscribed|carved|engraved|"
    r"published|repeated|given|recorded|told)\s+(?=in\s+[A-Z][a-z]+\b)")
_BODIES = frozenset("army armies fleet navy forces troops court household crew expedition regiment garrison "
                    "government party men".split())
_MEMBERS_OF = re.compile(r"\b(?P<members>[a-z]+)\s+(?:of|in|from)\s+(?:the\s+)?"
                         r"(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+(?P<body>[a-z]+)\b")


# verbs of inventing and designing, besides those of founding and building (`lexicon_making`)
_INVENTING = {"en": frozenset("invent invented invents design designed designs devise devised devises develop "
                              "developed develops make made makes".split()),
              "ru": frozenset("изобрел изобрела изобрели изобрести разработал разработала разработали разработать "
                              "сконструировал сконструировала сконструировали сконструировать придумал придумала "
                              "придумали придумать".split())}
_NEW = {"en": r"(?:(?:a|an|the|his|her|its|their)\s+)?(new)\s+(?=[^\W\d_])",
        "ru": r"(нов(?:ый|ая|ое|ые|ого|ую|ой|ых|ым|ыми|ом))\s+(?=[^\W\d_])"}


# "help" before a verb in its plain form, with or without "to" ("helped sink", "helped to sink"); not before an object
# ("helped the crew", "helped them escape": who was helped is part of the point)
_HELPED = re.compile(r"\b(?:help|helps|helped|helping)\s+(?:to\s+)?(?=([a-z]+)\b)")
_NO_VERBS = frozenset("the a an his her its their them him us me you our my your this that these those people".split())


def _without_help(wording: str) -> str:
    """The wording without "help" (and its "to") before a verb in its plain form ("helped bring down the state" ->
    "bring down the state")."""
    out = wording
    for m in reversed(list(_HELPED.finditer(wording))):
        if m[1] not in _NO_VERBS and m[1] in base_forms(m[1], "v"):
            out = out[:m.start()] + out[m.end():]
    return out


def _made_new(wording: str, code: str) -> str:
    """The wording without "new" ("новый") right after a verb of making or inventing (maybe after an article)."""
    verbs = MAKING_VERBS.get(code, frozenset()) | _INVENTING.get(code, frozenset())
    out = wording
    for m in reversed(list(re.finditer(rf"(?<!\w)([^\W\d_]+)\s+{_NEW[code]}", wording, re.IGNORECASE))):
        if m[1].casefold().replace("ё", "е") in verbs:
            out = out[:m.start(2)] + out[m.end(2):].lstrip()
    return out


def plainer_wordings(wordings: Iterable[str], code: str) -> Iterator[str]:
    """The plainer wordings of `wordings` (see the module), none that is one of them; English, and "new" in
    Russian too."""
    if code in _NEW:
        yield from _plainer(tuple(wordings), code)


@memoised(4096)  # (a pure function of a card's wordings, asked again for every answer to the card)
def _plainer(wordings: tuple[str, ...], code: str) -> tuple[str, ...]:
    """`plainer_wordings`, read once."""
    out = []
    seen = set(wordings)
    for wording in tuple(seen):
        plain = _made_new(wording, code)
        if code != "en":
            if plain != wording and plain not in seen:
                seen.add(plain)
                out.append(plain)
            continue
        plain = _without_help(_IN_LANGUAGE.sub("", plain))

        def owner_only(m: re.Match[str]) -> str:
            if m["members"] in PEOPLE_WORDS and m["body"] in _BODIES and m["members"] != m["body"]:
                return m.group(0)[:m.start("body") - m.start(0)].rstrip()
            return m.group(0)
        plain = _MEMBERS_OF.sub(owner_only, plain)
        if plain != wording and plain not in seen:
            seen.add(plain)
            out.append(plain)
    return tuple(out)
