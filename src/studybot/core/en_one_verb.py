"""English phrasings of one verb (issue #11), read as the verb before words are compared (`preparing.read`, the
grader's reading):

- a thing one no longer has is a thing lost: "they no longer had a majority", "they did not have a majority any
  more" are "they lost a majority" (not "no longer had to", "did not have to pay any more": a duty, no thing);
- being against a thing is opposing it: "the mayor was against the plan" is "the mayor opposed the plan" (not
  "against the law", "against the rules", "against the wall", "against the odds", "against the clock": no stance).

Words of the language, none of a text.
"""

from __future__ import annotations

import re

__all__ = ["said_as_one_verb"]

_LOST = {"had": "lost", "has": "has lost", "have": "have lost"}
_NO_LONGER = re.compile(r"\bno longer (had|has|have)\b(?! to\b)")
# "did not have X any more" (X a few words: "their old majority"), "does not have X anymore"
_NOT_ANY_MORE = re.compile(r"\b(did|does|do) not have (?!to\b)((?:[^\W\d_][\w-]* ){1,4}?)(?:any ?more|any longer)\b")
_DID = {"did": "lost", "does": "has lost", "do": "have lost"}
_BE = {"was": "opposed", "were": "opposed", "is": "opposes", "are": "oppose", "be": "oppose", "been": "opposed",
       "being": "opposing"}
_NO_STANCE = r"(?:law|laws|rules?|wall|walls|odds|clock|tide|current|wind)\b"  # "against the law": no stance
_AGAINST = re.compile(r"\b(was|were|is|are|be|been|being)( strongly| firmly| totally| completely)? against "
                      rf"(?!(?:the |their |his |her |its )?{_NO_STANCE})")


def said_as_one_verb(text: str) -> str:
    """`text` (normalised English) with "no longer had X", "did not have X any more" read as "lost X", and "was
    against X" as "opposed X"."""
    if "longer" in text:
        text = _NO_LONGER.sub(lambda m: _LOST[m.group(1)], text)
    if " not have " in text and ("more" in text or "longer" in text):
        text = _NOT_ANY_MORE.sub(lambda m: f"{_DID[m.group(1)]} {m.group(2).rstrip()}", text)
    if "against " in text:
        text = _AGAINST.sub(lambda m: f"{_BE[m.group(1)]} ", text)
    return text
