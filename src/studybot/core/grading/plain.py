"""A text read in its language alone, without a pack's names or phrases: its words as they are written (a Russian
case kept, "герцога", which a pack's alias of the name would make its one form). Read by `echoed` (the question's
and the wordings' own words) and `asked_object` (who acts on whom, by word order and case)."""

from __future__ import annotations

from functools import cache

from ..aliases import Aliases
from ..grading_languages import grading_language
from ..matching import Prepared
from ..memos import memoised

__all__ = ["plain_reading", "read_plain"]


@cache
def _plain(code: str) -> Aliases:
    return Aliases(lang=grading_language(code))


@memoised(4096)  # (a question is read again for every answer to its card; a reading is only ever read, as the grader's)
def read_plain(text: str, code: str) -> Prepared:
    """`text` prepared in the language of `code` alone (irregular forms stemmed as their word, as the grader reads):
    a pure function of the text, worked out once."""
    return Prepared.of(text, _plain(code), lemmas=True)


def plain_reading(text: str, got: Prepared) -> Prepared:
    """`read_plain(text, code)` of a text the grader read as `got`: made of the grader's reading where the pack's
    aliases and names changed nothing in it (the two readings are then the same), so that an answer is read once."""
    return got.unaliased(_plain(got.lang.code).lang) or read_plain(text, got.lang.code)
