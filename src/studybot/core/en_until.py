"""An English end of a span said with "to" before a year is "until" it: "she lived to 1981", "the strike lasted to
1926", "the dynasty ruled (right) up to 1644" say what "she lived until 1981" says. Read so after a verb of lasting
("live", "last", "survive", "reign", "rule", "serve", "stay", "remain", "continue", "run"), "to" alone being a
function word that no point could be met by; "lived till 1981" is "until" already (`lexicon.SYNONYMS`). Not after
"from" a year ("from 1920 to 1930": a span of its own, read as written), nor before a figure of anything else ("ran
to 1200 pages": a year is a figure of three or four digits that ends its phrase). A rule of English
syntax, no word of a text. The grader's (`preparing.read`)."""

from __future__ import annotations

import re

__all__ = ["until_year_said"]

_LASTING = ("live|lives|lived|living|last|lasts|lasted|lasting|survive|survives|survived|surviving|reign|reigns|"
            "reigned|reigning|rule|rules|ruled|ruling|serve|serves|served|serving|stay|stays|stayed|staying|remain|"
            "remains|remained|remaining|continue|continues|continued|continuing|run|runs|ran|running")
# the verb, an adverb of reach at most ("all the way", "right", "up"), "to" and a year that ends its phrase (the text's
# end, a mark, or a word that opens another: "lived to 1981 and ...", "lived to 1981 when ...")
_TO_YEAR = re.compile(rf"\b({_LASTING}) (?:all the way |right )?(?:up )?to (?=\d{{3,4}}(?: (?:ad|bc|ce|bce))?"
                      r"(?:\s*$|\s*[,.;:!?)]|\s(?:and|but|when|so|after|before|in|at|as|because|while|then|or|aged)\b))")


def until_year_said(text: str) -> str:
    """`text` (normalised English) with the end of a span said with "to" before a year said with "until"."""
    return _TO_YEAR.sub(r"\1 until ", text) if " to " in text else text
