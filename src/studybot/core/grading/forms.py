"""Telling a slip of spelling from another form of the right word. The grader takes both as near ("отступить"
for "отступление" is one word family, "отсупление" a slip), and a learner is told which it was: a typo is a typo,
another form of the right word is not one."""

from __future__ import annotations

from ..language import undouble
from ..matching import Prepared

__all__ = ["FORM", "TYPO", "forms_only"]

TYPO = "allowing a typo"
FORM = "another form of the word"


def forms_only(ref: Prepared, got: Prepared) -> bool:
    """Is each word of a wording that the answer only nearly gives given in another form of its family ("отступить"
    for "отступление", "отступила" for "отступала"), none of them misspelt?"""
    lang, near = got.lang, False
    content = got.content()
    for i in ref.content():
        found = [(lang.word_match(ref.stems[i], got.stems[j]), j) for j in content]
        if any(m == 0 for m, _ in found) or all(m != 1 for m, _ in found):
            continue
        if not any(m == 1 and lang.same_family(ref.stems[i], got.stems[j]) and not _doubled(ref.words[i], got.words[j])
                   for m, j in found):
            return False
        near = True
    return near


def _doubled(a: str, b: str) -> bool:
    """Do two words differ only by a letter typed twice or once ("кальдерра" / "кальдера", "comitee")? A slip,
    though the longer one starts with the other's stem."""
    return a != b and undouble(a) == undouble(b)
