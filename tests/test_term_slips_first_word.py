"""`term_slips.mend_terms` asks whether a word may be a term's first word once per first word, not once per term
that begins with it (a pack's terms often share their first word: "heat pump", "heat pipe", "heat sink"), and finds
what the long way (every term tried word by word) finds. Invented terms and texts of no pack."""

from __future__ import annotations

import pytest

from studybot.core.term_slips import TERM_WORD, mend_terms, terms_by_first

TERMS = terms_by_first([("thermal", "bridge"), ("thermal", "mass"), ("thermal", "mass", "index"),
                        ("thermal", "runaway"), ("tidal", "bore"), ("sealant", "tape"), ("solder", "joint")])


def _slip(meant: str, typed: str) -> bool:
    """One letter changed, added or left out (an invented stand-in for the language's typo test)."""
    if abs(len(meant) - len(typed)) > 1 or meant == typed:
        return False
    if len(meant) == len(typed):
        return sum(a != b for a, b in zip(meant, typed, strict=True)) == 1
    short, long = sorted((meant, typed), key=len)
    return any(long[:k] + long[k + 1:] == short for k in range(len(long)))


def _long_way(words: list[str]) -> list[tuple[int, tuple[str, ...]]]:
    """Every term of the word's first letter tried word by word, as `mend_terms` did before it asked once."""
    out: list[tuple[int, tuple[str, ...]]] = []
    i = 0
    while i < len(words):
        for seq in TERMS.get(words[i][:1], ()):
            window = tuple(words[i:i + len(seq)])
            if len(window) == len(seq) and window != seq and all(
                    w == s or len(s) >= TERM_WORD and w[:1] == s[:1] and _slip(s, w)
                    for w, s in zip(window, seq, strict=True)):
                out.append((i, seq))
                i += len(seq) - 1
                break
        i += 1
    return out


@pytest.mark.parametrize(("text", "mended"), [
    ("a thermel bridge", [(1, ("thermal", "bridge"))]),  # a slip in the first word
    ("a thermal brige", [(1, ("thermal", "bridge"))]),  # ... in the second
    ("the thermal mas index", []),  # "mas": a short word of the term, no slip looked for
    ("the thermall mass indx", [(1, ("thermal", "mass", "index"))]),  # the longest term first
    ("thermal bridge", []),  # the term as written: nothing to mend
    ("a termal bridge and a tidal bore", [(1, ("thermal", "bridge"))]),
    ("a sealent tape and a soldr joint", [(1, ("sealant", "tape")), (5, ("solder", "joint"))]),
    ("the thermos bridge", []),  # two letters changed
    ("", []),
])
def test_terms_mended_as_the_long_way_mends_them(text: str, mended: list[tuple[int, tuple[str, ...]]]) -> None:
    words = text.split()
    assert mend_terms(words, TERMS, _slip) == mended
    assert _long_way(words) == mended


@pytest.mark.parametrize(("text", "head"), [
    ("a thermel runaway", "thermal"),  # four terms begin with "thermal": "thermel" is asked about once
    ("the thermos effect", "thermal"),  # no slip of it: the terms of "thermal" are left at once
    ("a tidel bore", "tidal"),
])
def test_a_first_word_is_asked_about_once(text: str, head: str) -> None:
    calls: list[tuple[str, str]] = []

    def slip(meant: str, typed: str) -> bool:
        calls.append((meant, typed))
        return _slip(meant, typed)
    mend_terms(text.split(), TERMS, slip)
    first = text.split()[1]
    assert calls.count((head, first)) == 1, calls
