"""How a pack's `aliases` (and its synonym phrases) are read into the pairs `aliases.Aliases` rewrites: each variant
as answers are read (normalised, Roman numerals as digits, no possessive "'s"), and a variant that opens with an
article also without it, as learners drop it."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from .roman import roman_to_digits
from .text import normalise

__all__ = ["add_variants", "first_and_last", "key", "to_people", "variant_surnames", "within"]

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


def to_people(pairs: dict[str, str], people: frozenset[str], titles: frozenset[str]) -> None:
    """Points the spellings of an alias keyed by a shorter name of a person of the pack (without a title or a given
    name: "Ilse Brenner", "Helena Marwick" for "Justice Helena Marwick" of the notes) at that person's name, so the
    alias only widens what is right: the person's own short forms ("Brenner") still answer, and so do the alias's
    ("Frau Brenner"). Only a key of two words or more, its words in the person's name in their order, the same last
    word, and one such person."""
    by_last: dict[str, list[str]] = {}
    for person in people:
        by_last.setdefault(person.split()[-1], []).append(person)
    moved: dict[str, str] = {}
    for canon in set(pairs.values()) - people:
        words = [w for w in canon.split() if w not in titles]
        if len(words) < 2 or not words[-1].isalpha():
            continue
        fits = [p for p in by_last.get(words[-1], ()) if within(words, p.split())]
        if len(fits) == 1:
            moved[canon] = fits[0]
    for variant, canon in pairs.items():
        if canon in moved:
            pairs[variant] = moved[canon]


def within(words: list[str], longer: list[str]) -> bool:
    """Are `words` all words of `longer`, in their order, and fewer?"""
    rest = iter(longer)
    return len(words) < len(longer) and all(w in rest for w in words)


def first_and_last(aliases: Mapping[str, tuple[str, ...]], pairs: Mapping[str, str], people: frozenset[str],
                   patronymic: Callable[[str], bool] = lambda word: False) -> list[tuple[str, str]]:
    """A person's listed longer names said by their first and last words, as people are called ("Gustav Lindqvist"
    for a listed "Gustav Adolf Lindqvist", "Доменико Трезини" for "Доменико Андреа Трезини"): (the short form, the
    person's name as `pairs` holds it), for a listed name of three words or more, written with capitals, whose last
    word is the person's surname; and a name of three words whose second is a `patronymic` by its given name and
    patronymic, as Russian calls a person ("Георгий Константинович" for "Георгий Константинович Жуков"), unless that
    pair names two people of the pack."""
    out: dict[str, str] = {}
    called: dict[str, set[str]] = {}  # a given name and patronymic -> the people it opens the names of
    for canonical, variants in aliases.items():
        person = pairs.get(key(canonical), "")
        if person not in people:
            continue
        for variant in variants:
            words = key(variant).split()
            if len(words) >= 3 and words[-1] == person.split()[-1] and all(w.isalpha() for w in words) \
                    and all(w[:1].isupper() for w in variant.split()):
                out.setdefault(f"{words[0]} {words[-1]}", person)
                if len(words) == 3 and patronymic(words[1]):
                    called.setdefault(f"{words[0]} {words[1]}", set()).add(person)
    return [*out.items(), *((pair, person) for pair, (person, *others) in called.items() if not others)]
