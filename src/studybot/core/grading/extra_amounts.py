"""More of a thing said as an extra amount (issue #11): "the kiln made more lime" says what "the kiln made extra
lime", "additional lime" say, and "построили ещё одну печь", "больше печей" what "построили дополнительную печь"
says. The answer is read so as a second reading only, after its words as written (which a wording's "extra" may
qualify and the answer leave out: "they hired guards" for "they hired extra guards"): where a wording says an extra
amount and the answer more of it, the answer's "more" ("больше", "ещё один") is read as the wording's word; where the
wording says more and the answer an extra amount, the answer's "extra" ("дополнительный", "добавочный") is read as
"more" ("больше"). "less", "fewer", "меньше" stay the opposite. Rules of the languages, not words of a text."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..matching import Match, Prepared, find_phrase
from .shortage import onto_answer

__all__ = ["extra_as_more"]

# the words of an extra amount, by language (Russian by stem: every case of the adjective)
_EXTRA = {"en": ("extra", "additional"), "ru": ("дополнительн", "добавочн")}
_MORE = {"en": "more", "ru": "больше"}
_SAID_MORE = {"en": re.compile(r"\bmore\b(?! than\b)", re.IGNORECASE),
              "ru": re.compile(r"(?<!\w)(?:больше|ещё одн\w*|еще одн\w*)(?!\w)(?! чем\b)", re.IGNORECASE)}
_SAID_EXTRA = {"en": re.compile(r"\b(?:an )?(?:extra|additional)\b", re.IGNORECASE),
               "ru": re.compile(r"(?<!\w)(?:дополнительн|добавочн)\w*", re.IGNORECASE)}


def _extra_word(ref: Prepared) -> str | None:
    """The wording's word of an extra amount, if it says one."""
    roots = _EXTRA.get(ref.lang.code, ())
    return next((w for w in ref.words if w.startswith(roots)), None)


def extra_as_more(ref: Prepared, got: Prepared, skip: frozenset[str], negation: bool | None,
                  prep: Callable[[str], Prepared]) -> Match | None:
    """A wording made by the answer read with its "more" as the wording's "extra", or its "extra" as the wording's
    "more", the positions mapped back onto the answer's words; None when it is not made so."""
    lang = got.lang.code
    if lang not in _MORE or not ref.content():
        return None
    extra = _extra_word(ref)
    if extra is not None:
        text = _SAID_MORE[lang].sub(extra, got.written)
    elif _MORE[lang] in ref.words:
        text = _SAID_EXTRA[lang].sub(_MORE[lang], got.written)
    else:
        return None
    if text == got.written:
        return None
    other = prep(text)
    match = find_phrase(ref, other, skip=skip, negation=negation)
    return None if match is None else onto_answer(match, other, got)
