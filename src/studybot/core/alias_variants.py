"""How a pack's `aliases` (and its synonym phrases) are read into the pairs `aliases.Aliases` rewrites: each variant
as answers are read (normalised, Roman numerals as digits, no possessive "'s"), and a variant that opens with an
article also without it, as learners drop it."""

from __future__ import annotations

import re
from collections.abc import Mapping

from .roman import roman_to_digits
from .text import normalise

__all__ = ["add_variants", "key", "variant_surnames"]

POSSESSIVE = re.compile(r"(?<=[^\W\d_])'s\b")  # as `matching.Prepared.of` drops it before names are rewritten
_ARTICLE = re.compile(r"(?:the|an?)\s+(?=\S+\s+\S)")  # an article before two words or more


def key(text: str) -> str:
    """An alias as answers are read: normalised, Roman numerals as digits, no possessive "'s"."""
    return POSSESSIVE.sub("", normalise(roman_to_digits(text)))


def without_article(variant: str) -> str:
    """A variant of two words or more after its article, as learners drop it ("Lord Privy Seal" for "the Lord Privy
    Seal"); "" when it opens with none, or one word would be left ("the Times": "times" is a word of its own)."""
    m = _ARTICLE.match(variant)
    return variant[m.end():] if m else ""


def written_plain(phrase: str, texts: tuple[str, ...]) -> bool:
    """Do the texts write a phrase (normalised) in lower case, as words rather than a name ("salt marshes" beside
    an alias "the Salt Marsh")?"""
    words = phrase.split()
    pattern = re.compile(r"(?<![\w-])" + r"[\s-]+".join(map(re.escape, words)), re.IGNORECASE)
    return any(m.group()[:1].islower() for text in texts for m in pattern.finditer(text))


def add_variants(pairs: dict[str, str], canonical: str, variants: tuple[str, ...],
                 bare: dict[str, str] | None = None) -> None:
    """Adds a canonical name and its variants to `pairs` (variant -> canonical), without a possessive's "'s", as
    answers are read ("St Mary's Hospital": "st mary hospital"); a variant that holds the canonical name is left
    as written ("G7 summit" already names the G7). A variant of two words or more after an article goes to `bare`
    without it (`without_article`), for the caller to add where the texts do not write it as plain words."""
    canon = key(canonical)
    pairs[canon] = canon  # so "donald trump" is not rewritten through its part "trump"
    holds = re.compile(rf"(?<!\w){re.escape(canon)}(?!\w)")
    for variant in (canonical, *variants) if "'s" in canonical else variants:
        written = normalise(roman_to_digits(variant))
        for nv in {POSSESSIVE.sub("", written), written.replace("'s", "s")}:  # also "St Marys", as typed
            if nv and not holds.search(nv):
                pairs.setdefault(nv, canon)
                if bare is not None and (plain := without_article(nv)) and not holds.search(plain):
                    bare.setdefault(plain, canon)  # "the Lord Privy Seal" typed "Lord Privy Seal"


def variant_surnames(aliases: Mapping[str, tuple[str, ...]], pairs: Mapping[str, str]) -> list[tuple[str, str]]:
    """The surnames of a person's other spellings, alone, when the surname of their name as the pack writes it
    names them alone (in `pairs`, a people reader's spellings): "Farynor" for Thomas Farriner, whose aliases give
    "Thomas Farynor" and whose "Farriner" is read alone: (surname, the canonical name as `pairs` holds it)."""
    out: dict[str, str] = {}
    for canonical, variants in aliases.items():
        words = key(canonical).split()
        if len(words) < 2 or pairs.get(words[-1]) != key(canonical):
            continue
        for variant in variants:
            theirs = key(variant).split()
            if len(theirs) == len(words) and theirs[:-1] == words[:-1] and theirs[-1] != words[-1] \
                    and len(theirs[-1]) >= 4 and theirs[-1].isalpha() and variant.split()[-1][:1].isupper():
                out.setdefault(theirs[-1], key(canonical))
    return list(out.items())
