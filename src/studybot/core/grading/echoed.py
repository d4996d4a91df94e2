"""A short answer that gives back the question's own words for the thing asked: "What is the broad hollow left by
an eruption called?" is not answered by "a broad hollow", though the pack lists "broad hollow" as another name of the
answer, nor "What are the glassy needles inside the sponge called?" by "sharp needles" where the pack makes "needles"
a synonym of the answer's term. The question already says what the thing is; the answer must name it. A rule of how
questions ask for a name, not a word of a text. So is the question's word taken for the answer by a synonym of the
language ("measles" for "rubeola", asked "Which virus caused the measles?"), where the answer says no word of any
right wording. Only where the card's own wordings hold a word the question does
not (a card whose answer stands in its question, "Was it the king or the queen?", may be answered by it)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from os.path import commonprefix

from ..matching import Prepared, find_phrase
from ..memos import memoised
from .plain import plain_reading, read_plain

__all__ = ["echoed"]


@memoised(4096)  # (the question's and the wordings' stems are asked again for every answer to the card)
def _stems(text: str, code: str) -> frozenset[str]:
    """The stems of a text's content words, read in the language alone (a pure function of the text)."""
    said = read_plain(text, code)
    return frozenset(said.stems[i] for i in said.content())


_WORD = re.compile(r"[^\W\d_]+")


def _spelt_as_wording(answer: str, wordings: Sequence[str], prompt: str) -> bool:
    """A word of the answer spelt as a word of a right wording but for their last letters (one of the answer's, two
    of the wording's), and nearer it than any word of the question ("писало" for "писалом", asked "Чем писали?",
    where a stemmer takes the noun for the question's verb): the learner named the thing itself, in another form."""
    def words(text: str) -> set[str]:
        return set(_WORD.findall(text.casefold().replace("ё", "е")))

    def shared(a: str, b: str) -> int:
        return len(commonprefix((a, b)))

    asked, own = words(prompt), {w for text in wordings for w in words(text)}
    return any(len(a) >= 4 and any(
        shared(a, w) >= max(len(a) - 1, len(w) - 2) and shared(a, w) > max((shared(a, q) for q in asked), default=0)
        for w in own) for a in words(answer))


def echoed(wordings: Sequence[str], prompt: str, answer: str, prep: Callable[[str], Prepared],
           asked: frozenset[str]) -> str:
    """The answer's words that met a right wording of the card when they are only words of the question: the answer,
    as written, has no word the question does not (`prompt`) and is read as another (the pack's phrase for its
    term), or every wording met was met only by words of the question (`asked`: its stems as the grader reads them)
    in place of the wording's own. "" when a wording is met by a word the question does not say, when a wording is
    made of the question's words alone, or when none is met."""
    got = prep(answer)
    code = got.lang.code
    given = _stems(prompt, code)
    if any(_stems(w, code) <= given for w in wordings if w.strip()):
        return ""  # the answer stands in the question ("the king or the queen?")
    if _spelt_as_wording(answer, wordings, prompt):
        return ""
    plain = plain_reading(answer, got)  # (the grader's reading itself, where the pack's aliases changed nothing)
    said = frozenset(plain.stems[i] for i in plain.content())
    if len(said) > 1 and said <= given and said != {got.stems[j] for j in got.content()}:
        return answer.strip()  # ("a broad hollow": the question's words, each of them, read as the pack's term; a
        # word alone may be the term the question names a part of: "т РНК" for "Which kind of RNA?")
    if said and said <= given and all(_stems(w, code).isdisjoint(said) for w in wordings if w.strip()):
        return answer.strip()  # the question's own word, read as the answer by a synonym of the language ("measles"
        # for "rubeola", asked "Which virus caused the measles?"): no word of any right wording said
    echo = ""
    for ref in map(prep, wordings):
        content = ref.content()
        if not content or all(ref.stems[i] in asked for i in content):
            continue
        match = find_phrase(ref, got, skip=asked)
        if match is None:
            continue
        if any(got.stems[j] not in asked for j in _with_halves(ref, got, match.positions)):
            return ""  # met by a word of its own (or by a half of a word the wording writes closed: "Euro Tunnel")
        echo = echo or match.text
    return echo


def _with_halves(ref: Prepared, got: Prepared, positions: tuple[int, ...]) -> set[int]:
    """The positions, and beside each the other half of a word of the wording that the answer writes open
    ("Euro Tunnel" for "Eurotunnel", met at "tunnel" alone)."""
    closed, out = set(ref.words), set(positions)
    for j in positions:
        out.update(k for k in (j - 1, j + 1) if 0 <= k < len(got.words)
                   and got.words[min(j, k)] + got.words[max(j, k)] in closed)
    return out
