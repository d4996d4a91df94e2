"""A short answer whose head noun is said otherwise: by a pro-form ("the secondary ones" for "secondary waves")
or by the question's own noun for the thing asked ("What is the boundary ... called?": "the Mohorovicic
boundary" for "Mohorovicic discontinuity"). The answer is read again with the wording's head in its place; every
other check is then made on it as on any answer, so a wrong modifier ("the primary ones") still fails.

Rules of English noun phrases, not words of a text: the head of a noun phrase is its last noun, its modifiers
come before it, and a pro-form or the noun the question gives may stand for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..lexicon_heads import PRO_FORMS
from ..matching import Prepared

__all__ = ["asked_nouns", "head_restored", "said_last"]

_LAST_WORD = re.compile(r"(\w+)\W*$")


def said_last(got: Prepared) -> str:
    """The answer's last word as written (a pro-form "one" becomes the figure 1 in `text`)."""
    found = _LAST_WORD.search(got._said or got.text)
    return found.group(1).casefold() if found else ""


def asked_nouns(prompt: Prepared) -> frozenset[str]:
    """The stems of the noun the question names the thing asked with: the last word of its first run of content
    words ("What is the ridge between ...": ridge; "Which caravan route ...": route), and of the next run when an
    "of" joins them ("Which type of seismic wave": type, wave)."""
    content = set(prompt.content())
    heads: list[str] = []
    i = next((k for k in range(len(prompt.words)) if k in content), len(prompt.words))
    while i < len(prompt.words) and len(heads) < 2:
        while i + 1 < len(prompt.words) and i + 1 in content:
            i += 1
        heads.append(prompt.stems[i])
        if i + 2 < len(prompt.words) and prompt.words[i + 1] == "of" and i + 2 in content:
            i += 2
        else:
            break
    return frozenset(heads)


def head_restored(got: Prepared, wordings: Iterable[Prepared], prompt_stems: frozenset[str],
                  prompt: Prepared) -> list[str]:
    """The answer rewritten with each wording's head noun (its last word, a content word) in place of the
    answer's last word, when that word is a pro-form or the question's noun for the thing asked (`asked_nouns`)
    that the wording does not have; the answer must say something before it (a modifier) that the wording says
    too, or a slip of it, and no figure."""
    content = got.content()
    if len(content) < 2 or content[-1] != len(got.words) - 1:
        return []
    last = len(got.words) - 1
    pro = said_last(got) in PRO_FORMS.get(got.lang.code, frozenset())
    given = not pro and got.stems[last] in asked_nouns(prompt) and got.words[last].isalpha()
    if not (pro or given):
        return []
    if got.quantities and not (pro and len(got.quantities) == 1 and got.words[last].isdigit()):
        return []  # a figure of the answer other than the pro-form "one" (read last: most answers end otherwise)
    if not any(got.stems[j] not in prompt_stems for j in content[:-1]):
        return []  # nothing said but the question's words: no modifier of the wording's own
    out: list[str] = []
    for ref in wordings:
        ref_content = ref.content()
        if len(ref_content) < 2 or ref_content[-1] != len(ref.words) - 1 or ref.quantities:
            continue
        head = ref.words[-1]
        if not head.isalpha() or head in ref.capitalised or (given and got.stems[last] in ref.stems):
            continue
        if not any(got.lang.word_match(ref.stems[k], got.stems[j]) >= 0 for k in ref_content[:-1]
                   for j in content[:-1] if got.stems[j] not in prompt_stems):
            continue  # no modifier the wording has: "естественный" of "естественный отбор" for "домашних голубей"
            # is no word of it, and "the plant and the RBMK reactor" says no "graphite blocks"
        text = " ".join((*got.words[:last], head))
        if text not in out:
            out.append(text)
    return out
