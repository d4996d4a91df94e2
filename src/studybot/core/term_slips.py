"""Slips inside a pack's term of several words ("Dopler efect" for "Doppler effect", "greenhouse efect"): the pack's
multi-word `synonyms` are rewritten to one form before words are compared (`aliases.Aliases`), so a term typed with
a slip in a word of it was not read as the term at all, though each word alone is one a learner only mistyped. A
run of the answer's words as long as the term, each the term's word as written or with a slip the language
forgives in a word of its length (`Language.word_match`; same first letter, no word of its own: neither a word of
the dictionary nor of the pack's texts), is the term written with slips. A rule of spelling: the terms are the
pack's own."""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable
from functools import lru_cache

from . import wordnet
from .language import Language

__all__ = ["TERM_WORD", "mend_terms", "mended_text", "other_form", "term_slip", "terms_by_first"]

TERM_WORD = 5  # letters of a term's word a slip is looked for in (shorter words get no typo on their own)

Terms = dict[str, list[tuple[str, ...]]]


def terms_by_first(seqs: Iterable[tuple[str, ...]]) -> Terms:
    """The terms of two words or more (each a tuple of its words) by the first letter of their first word."""
    found: Terms = {}
    for seq in set(seqs):
        if len(seq) > 1 and all(w.isalpha() for w in seq):
            found.setdefault(seq[0][:1], []).append(seq)
    for entries in found.values():
        entries.sort(key=len, reverse=True)
    return found


def mend_terms(words: list[str] | tuple[str, ...], terms: Terms,
               slip: Callable[[str, str], bool]) -> list[tuple[int, tuple[str, ...]]]:
    """(first position, the term's words) of each run of `words` that is a term with slips in it; `slip(meant,
    typed)`: is `typed` a slip of the term's word `meant`? Runs that are the term as written are left out."""
    out: list[tuple[int, tuple[str, ...]]] = []
    i = 0
    while i < len(words):
        first = words[i]
        heads: dict[str, bool] = {}  # (may the word be a term's first word? asked once per first word)
        for seq in terms.get(first[:1], ()):
            head = seq[0]
            if (fits := heads.get(head)) is None:
                fits = heads[head] = _may_be(first, head, slip)
            if not fits:
                continue  # (most terms of the letter: its first word is not this one, nor a slip of it)
            window = tuple(words[i:i + len(seq)])
            if len(window) == len(seq) and window != seq and all(
                    _may_be(w, s, slip) for w, s in zip(window[1:], seq[1:], strict=True)):
                out.append((i, seq))
                i += len(seq) - 1
                break
        i += 1
    return out


def _may_be(typed: str, meant: str, slip: Callable[[str, str], bool]) -> bool:
    """Is a typed word a term's word `meant`, as written or with a slip (in a word of `TERM_WORD` letters or more)?"""
    return typed == meant or len(meant) >= TERM_WORD and typed[:1] == meant[:1] and slip(meant, typed)


def term_slip(lang: Language, names: Container[str], uses: Callable[[str], bool]) -> Callable[[str, str], bool]:
    """`slip(meant, typed)` for `mend_terms`: a slip the language forgives (`Language.word_match`), no name of the
    pack (`names`), no word the pack's texts write (`uses`), no English word of the dictionary ("defect"). Memoised:
    every answer asks it of its words again (a pure function of the two words, once the pack's names and texts are
    read; at most 50,000 pairs kept)."""
    @lru_cache(maxsize=50_000)
    def slip(meant: str, typed: str) -> bool:
        return typed.isalpha() and typed not in names and lang.word_match(meant, typed) == 1 \
            and not uses(typed) and not (lang.code == "en" and wordnet.known(typed))
    return slip


_WORD = re.compile(r"[^\W_]+")


def mended_text(text: str, words: tuple[str, ...] | list[str],
                slips: list[tuple[int, tuple[str, ...]]]) -> tuple[str, list[str]]:
    """`text` and its `words` with each run `mend_terms` found written as its term."""
    tokens = list(_WORD.finditer(text))
    out, last, mended = [], 0, list(words)
    for i, seq in slips:
        out += [text[last:tokens[i].start()], " ".join(seq)]
        last = tokens[i + len(seq) - 1].end()
        mended[i:i + len(seq)] = seq
    return "".join(out) + text[last:], mended


def other_form(word: str, term: str, code: str) -> bool:
    """Is `word` a form of another English word than `term` ("condensed" of "condense", for "condenser"): a word of
    the language, no slip of the term, though it has the term's stem ("condensers" is the term's)? (From `aliases`.)"""
    if code != "en":
        return False
    bases = wordnet.base_forms(word)
    return bool(bases) and term not in bases
