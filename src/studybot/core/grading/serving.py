"""A thing that served as another, said by its use (issue #11): "the old tower served as a radio mast" is made by
"it was used as a radio mast", "they started using the tower as a radio mast", and "was used as a radio mast" by
"served (acted, functioned) as a radio mast"; in Russian "она служила радиоантенной" by "её стали использовать как
радиоантенну" ("использовали в качестве"), and the reverse. The point is said again with the answer's verb (its
thing and its role kept), tried as a point of its own (`en_variants`), so another role ("a radio mast was built next
to the tower") or another thing stays unmade. Only where the answer says the other verb with "as" ("как", "в
качестве"); general words of the language, none of a text."""

from __future__ import annotations

import re

from ..matching import Prepared
from ..text import normalise

__all__ = ["serving_wordings"]

# by language: (the point's "S served as X", the point's "S was used as X", the answer's use, the answer's serving,
# the wording as used, the wording as served)
_FRAMES = {
    "en": (re.compile(r"^(?P<thing>.*?)\b(?:served|serves|serve|serving|acted|acts|functioned|functions) as "
                      r"(?P<role>.+)$"),
           re.compile(r"^(?P<thing>.*?)\b(?:(?:was|were|is|are|been|being|be) )?used as (?P<role>.+)$"),
           re.compile(r"\b(?:use|used|uses|using)\b.* as\b"),
           re.compile(r"\b(?:served|serves|serve|serving|acted|acts|functioned|functions) as\b"),
           "{thing} used as {role}", "{thing} served as {role}"),
    "ru": (re.compile(r"^(?P<thing>.*?)(?<!\w)(?:служил|служила|служило|служили|служит|служат) (?P<role>.+)$"),
           re.compile(r"^(?P<thing>.*?)(?<!\w)(?:использовали|использовался|использовалась|использовалось|"
                      r"использовались|используют|используется|используются|использовать)(?P<mid>.*?) "
                      r"(?:как|в качестве) (?P<role>.+)$"),
           re.compile(r"(?<!\w)использ\w*.* (?:как|в качестве)(?!\w)"),
           re.compile(r"(?<!\w)(?:служил|служила|служило|служили|служит|служат)(?!\w)"),
           "{thing} использовали как {role}", "{thing} служил {role}"),
}


def serving_wordings(wordings: tuple[str, ...], got: Prepared) -> tuple[str, ...]:
    """Each wording of a thing serving as another said with the answer's verb of use, or the reverse."""
    frames = _FRAMES.get(got.lang.code)
    if frames is None:
        return ()
    served, used, says_used, says_served, as_used, as_served = frames
    answer = normalise(got.written)
    uses, serves = bool(says_used.search(answer)), bool(says_served.search(answer))
    if uses == serves:
        return ()
    out: list[str] = []
    for text in wordings:
        said = normalise(text).strip(" .")
        if uses and (m := served.match(said)) and _role_placed(answer, m["role"], got, True):
            out.append(as_used.format(thing=m["thing"].strip(), role=m["role"]).strip())
        elif serves and (m := used.match(said)) and _role_placed(answer, m["role"], got, False):
            thing = " ".join(filter(None, (m["thing"].strip(), (m.groupdict().get("mid") or "").strip())))
            out.append(as_served.format(thing=thing, role=m["role"]).strip())
    return tuple(out)


_INSTRUMENTAL = ("ой", "ей", "ою", "ею", "ом", "ем", "ами", "ями", "ым", "им", "ыми", "ими")
_AFTER = {"en": (r"\bas (?:\S+ ){0,4}?", r"\b(?:served|serves|serve|serving|acted|acts|functioned|functions) as "
                 r"(?:\S+ ){0,4}?"),
          "ru": (r"(?<!\w)(?:как|в качестве) (?:\S+ ){0,3}?", "")}


def _role_placed(answer: str, role: str, got: Prepared, uses: bool) -> bool:
    """Does the answer say the role where its verb puts it: after "as" ("как", "в качестве"), or, serving in
    Russian, in the instrumental ("служила радиоантенной")? Not the thing and its role exchanged ("the school served
    as a barn", "школа служила амбаром" for "the barn was used as a school")."""
    words = re.findall(r"[^\W\d_]+", role)
    if not words:
        return False
    code = got.lang.code
    head = words[-1] if code == "en" else words[0]  # (an English noun ends its phrase, a Russian one opens it)
    stem = re.escape(got.lang.stem(head))
    if code == "ru" and not uses:
        return any(word.endswith(_INSTRUMENTAL) for word in re.findall(rf"(?<!\w){stem}\w*", answer))
    return re.search(_AFTER[code][0 if uses else 1] + stem, answer) is not None
