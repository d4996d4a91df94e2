"""What an answer says, read before it is compared: a self-correction, alternatives
offered, a bare "no", letters used as names, items named in a row."""

from __future__ import annotations

import re

from ..exclusions import inclusion_denied
from ..language import LANGUAGES
from ..matching import Prepared
from ..wordnet import base_forms

__all__ = ["CORRECTIONS", "HEDGE_SPLIT", "SINGLE_KINDS", "asserted_part", "between_parts", "claim_after_denial",
           "correction", "described", "leads", "letters_named", "literal_match", "may_offer_alternatives",
           "order_by_position", "owned_tail", "restated", "threshold"]


SINGLE_KINDS = frozenset(("short", "numeric", "date", "choice"))


# (not an approximation: "760 kg or so", "give or take", "more or less", "или около того"; nor a margin either
# side: "plus or minus 1%", "плюс или минус 2"; nor a bound: "20 or fewer", "20 или меньше")
HEDGE_SPLIT = {"en": re.compile(r"(?<!\bgive)(?<!\bmore)(?<!\bplus)\s+or\s+"
                                r"(?!so\b|thereabouts\b|(?:less|fewer|more|under|over|below|above)\b)|^either\s+"),
               "ru": re.compile(r"(?<!\bплюс)\s+(?:или|либо)\s+(?!около того\b|так\b|(?:меньше|больше|менее|более|"
                                r"ниже|выше)\b)|^либо\s+")}
# what every alternative `HEDGE_SPLIT` finds stands in, in a text of single spaces: "X or Y", "either X", "X или Y"
_HEDGE_JOINS = {"en": (" or ",), "ru": (" или ", " либо ")}
_HEDGE_OPENS = {"en": "either ", "ru": "либо "}


# an answer that is only an in-between of two things ("somewhere between round and wrinkled", "нечто среднее между X
# и Y"): two alternatives, neither asserted; the two things, or None
_BETWEEN = {"en": re.compile(r"^(?:(?:it is|it was|something|somewhere|halfway|midway|in|an? \w+)\s+)?between\s+"
                             r"(.+?)\s+and\s+(.+?)[.!]?$"),
            "ru": re.compile(r"^(?:(?:что-то|нечто|где-то)\s+)?(?:средн\w+\s+)?между\s+(.+?)\s+и\s+(.+?)[.!]?$")}


def between_parts(text: str, code: str) -> list[str] | None:
    """The two things of an answer that is only an in-between of them ("between round and wrinkled"), or None (also
    for figures: "between 3 and 6" is a range)."""
    pattern = _BETWEEN.get(code)
    found = pattern.match(text) if pattern is not None and ("between" in text or "между" in text) else None
    if found is None or any(c.isdigit() for c in text):
        return None  # (figures between two: a range, read by the figure checks)
    return [found.group(1), found.group(2)]


def may_offer_alternatives(text: str, code: str) -> bool:
    """Might `text` (its spaces single: `" ".join(text.split())`) offer alternatives as `HEDGE_SPLIT` of `code` splits
    them? False only when it finds none ("760 kg" has no "or"): a quick test before that search, whose lookbehinds are
    tried at every space of the text."""
    return any(join in text for join in _HEDGE_JOINS[code]) or text.startswith(_HEDGE_OPENS[code])


# a character of a wording other than a comma or semicolon, or a comma inside a figure ("5,370", "2,5")
_NC = r"(?:[^,;]|(?<=\d),(?=\d))"

# "drank cider not water": "Y not X" with no comma, read as a correction only between two things (`_nouns_apart`:
# "they did not", "eggs not fertilised", "agreed not to sign" deny, correct nothing)
_NOUNS_NOT = re.compile(rf"^(?P<y>(?:.*\s)?(?P<a>[^\W\d_]+))\s+not\s+"
                        rf"(?P<x>(?:(?:the|a|an)\s+)?(?P<b>[^\W\d_]+)\b{_NC}*)$")
_DEGREE_WORDS = frozenset(("most", "more", "less", "least", "always", "ever", "too", "even", "still", "necessarily"))
CORRECTIONS = {
    "en": [re.compile(rf"^(?:(?:it|that)(?:'s| is| was)?\s+)?not\s+(?P<x>{_NC}+?)\s*,?\s*but\s+(?:rather\s+)?"
                      r"(?P<y>.+)$"),
           re.compile(rf"^(?:(?:it|that)(?:'s| is| was)?\s+)?not\s+(?P<x>{_NC}+)[,;]\s*"
                      r"(?:(?:it|that)(?:'s| is| was)\s+|rather\s+)(?P<y>.+)$"),
           re.compile(rf"^(?P<y>.+?)\s*[,;]\s*not\s+(?P<x>{_NC}+)$"),
           re.compile(rf"^(?P<y>{_NC}+?)\s*,?\s+(?:and|but) not\s+(?P<x>{_NC}+)$"),  # "Y and not X", "Y but not X"
           re.compile(r"^(?P<y>.+?)\s+(?:rather than|instead of)\s+(?P<x>.+)$"),
           re.compile(rf"^(?:rather than|instead of)\s+(?P<x>{_NC}+)[,;]\s*(?P<y>.+)$"),  # "instead of X, Y"
           _NOUNS_NOT],
    "ru": [re.compile(rf"^не\s+(?P<x>{_NC}+)[,;]?\s+а\s+(?P<y>.+)$"),
           re.compile(rf"^(?P<y>.+?)\s*[,;]\s*(?:а\s+)?не\s+(?P<x>{_NC}+)$"),
           re.compile(r"^(?P<y>.+?)\s+(?:вместо|а не)\s+(?P<x>.+)$"),
           # "вместо X, Y", "вместо тимина там урацил": what stands instead of X is asserted
           re.compile(rf"^вместо\s+(?P<x>{_NC}+)[,;]\s*(?P<y>.+)$"),
           re.compile(r"^вместо\s+(?P<x>(?:[^,;\s]|(?<=\d),(?=\d))+)\s+(?P<y>[^,;]+)$")],
}


# "not Oslo, Bergen": a correction, or two claims ("did not vote, was abroad"); read as a
# correction only when the whole answer is not right as it stands
DENIAL_THEN_CLAIM = {
    "en": re.compile(rf"^not\s+(?P<x>{_NC}+)[,;]\s*(?P<y>(?!(?:not|no|never)\b){_NC}+)$"),
    "ru": re.compile(rf"^не\s+(?P<x>{_NC}+)[,;]\s*(?P<y>(?!(?:не|нет|ни)\b){_NC}+)$"),
}


def claim_after_denial(answer: str, language: str = "en") -> str:
    """Y of an answer "not X, Y" (empty when it is not of that form)."""
    pattern = DENIAL_THEN_CLAIM.get(language)
    text = " ".join(answer.split())
    m = pattern.match(text.casefold()) if pattern else None
    return text[m.start("y"):m.end("y")].strip(" .,;") if m else ""


# "X, i.e. Y", "X (that is, Y)", "X, in other words Y", "X, т. е. Y", "X, то есть Y": Y says X again, in the words
# the answerer took to be the term ("ribose with one oxygen missing, i.e. deoxyribose"); "that is", "namely", "то
# есть" only after a comma, a bracket, a dash or a semicolon ("the gas that is released" says nothing again)
_MARK = r"\s*[,;(\u2013\u2014-]\s*"  # a comma, a semicolon, a bracket or a dash before the words that say it again
_AGAIN = r"\s*,?\s*(?P<y>[^()]+?)\)?[.!]?$"
_RESTATED = {
    "en": re.compile(rf"^(?P<x>.+?)(?:{_MARK}|\s+)(?:i\.\s?e\.?|in other words){_AGAIN}"
                     rf"|^(?P<x2>.+?){_MARK}(?:that is(?: to say)?|namely){_AGAIN.replace('<y>', '<y2>')}"),
    "ru": re.compile(rf"^(?P<x>.+?)(?:{_MARK}|\s+)(?:т\.\s?е\.?|иначе говоря|другими словами){_AGAIN}"
                     rf"|^(?P<x2>.+?){_MARK}(?:то есть|а именно){_AGAIN.replace('<y>', '<y2>')}"),
}
# what each of those patterns needs in the casefolded text: one of these, or it cannot match (a quick test first)
_RESTATED_CUES = {"en": ("i.", "in other words", "that is", "namely"),
                  "ru": ("т.", "иначе говоря", "другими словами", "то есть", "а именно")}


# "X (Y)": a description in brackets after the term ("deoxyribose (ribose missing an oxygen)")
_BRACKETED = re.compile(r"^(?P<x>[^()]+?)\s*\((?P<y>[^()]+)\)[.!]?$")


def restated(answer: str, language: str = "en") -> tuple[str, str]:
    """(X, Y) of an answer that says X again as Y ("X, i.e. Y", "X (that is, Y)", "X, то есть Y") or describes it
    in brackets ("X (Y)"); ("", "") when it does not."""
    pattern = _RESTATED.get(language)
    text = " ".join(answer.split())
    folded = text.casefold()
    m = pattern.match(folded) if pattern is not None and any(map(folded.__contains__, _RESTATED_CUES[language])) \
        else None
    if m is None:
        m = _BRACKETED.match(text)
        return (m.group("x").strip(" .,;:-"), m.group("y").strip(" .,;:")) if m else ("", "")
    x, y = ("x", "y") if m.group("x") is not None else ("x2", "y2")
    return text[m.start(x):m.end(x)].strip(" .,;:(-"), text[m.start(y):m.end(y)].strip(" .,;:()")


# "Heinkel's test pilot Warsitz", "Gloster's chief test pilot Sayer": an owner of one or two words named before a
# role and the one who holds it (two words at least after the owner)
_OWNED = re.compile(r"^[^\W\d_][\w.-]*(?:\s+[^\W\d_][\w.-]*)?['\u2019]s\s+(?P<y>[^\W\d_]+\s+[^\W\d_].*)$")


def owned_tail(answer: str) -> str:
    """What an English answer "X's ROLE Y" says after its owner ("heinkel's test pilot warsitz": "test pilot
    warsitz"); empty when the answer is not so."""
    m = _OWNED.match(" ".join(answer.split()))
    return m.group("y").strip(" .,;:") if m else ""


_CORRECTION_MARKERS = {"en": ("not ", "rather than", "instead of"), "ru": ("не ", "вместо")}


def asserted_part(answer: str, language: str = "en", *, letters: bool = False) -> str:
    """What an answer asserts when it corrects itself ("not X but Y", "Y, not X", "не X, а Y"):
    Y. Empty when the answer makes no such correction. With `letters` (a choice), Y may be an
    option's letter alone ("c, not a")."""
    return correction(answer, language, letters=letters)[0]


def correction(text: str, language: str = "en", *, letters: bool = False) -> tuple[str, str]:
    """What a text that corrects itself asserts and what it denies: (Y, X) of "not X but Y", "Y, not X",
    "Y rather than X", "не X, а Y"; ("", "") when it makes no such correction (`asserted_part`)."""
    folded = text.casefold()
    if not any(marker in folded for marker in _CORRECTION_MARKERS.get(language, ())):
        return "", ""
    lex = LANGUAGES.get(language, LANGUAGES["en"])
    text = " ".join(text.split())
    for pattern in CORRECTIONS.get(language, ()):
        m = pattern.match(text.casefold())
        said = [w for w in re.findall(r"[^\W_]+", m.group("y"))] if m else []
        named = letters and len(said) == 1 and len(said[0]) == 1  # "c, not a": the option c
        if m and pattern is _NOUNS_NOT and not _nouns_apart(m.group("a"), m.group("b"), lex.stop | lex.clause_breaks
                                                             | lex.connectives | lex.hedges):
            continue
        if m and (named or any(w not in lex.stop and w not in lex.negators for w in said)) \
                and len(m.group("x").split()) <= 8 and not inclusion_denied(m.group("x"), language):
            # ("10 days, not counting Sundays" leaves Sundays out: no correction)
            return text[m.start("y"):m.end("y")].strip(" .,;"), text[m.start("x"):m.end("x")].strip(" .,;")
    return "", ""


def _nouns_apart(before: str, after: str, stop: frozenset[str]) -> bool:
    """Are the words either side of a comma-less "not" two things ("cider not water"): neither a word of grammar, a
    connective, an adverb nor a verb's inflected form ("were not", "yet not", "not the most", "eggs not fertilised",
    "workers not paid")?"""
    return all(w not in stop and not w.endswith(("ed", "ing", "ly")) and w in (base_forms(w, "v") or {w})
               and not base_forms(w, "r") and w not in _DEGREE_WORDS for w in (before, after))


# "X, который ...", "X, which ...": a clause that says more of the answer (its own negation is its own)
_RELATIVE = {"en": re.compile(r"^(?P<head>[^,;]+?)\s*,\s*(?P<rest>(?:which|who|whom|whose)\b.+)$"),
             "ru": re.compile(r"^(?P<head>[^,;]+?)\s*,\s*(?P<rest>(?:котор|чь)\w*\b.+)$")}


def described(answer: str, language: str = "en") -> tuple[str, str]:
    """An answer and the relative clause that describes it ("Боярскую думу, которую Пётр перестал
    созывать"): (the answer, the clause); ("", "") when it has none."""
    pattern = _RELATIVE.get(language)
    text = " ".join(answer.split())
    m = pattern.match(text) if pattern and "," in text else None
    return (m.group("head").strip(), m.group("rest")) if m else ("", "")


def literal_match(ref: Prepared, got: Prepared) -> bool:
    """A wording with no content word ("No", "Нет", "None"): a "no" answer starts with a
    negator; any other must give its words and no negator."""
    negators = ref.lang.lex.negators
    if ref.negated():
        return bool(got.words) and got.words[0] in negators
    return set(ref.words) <= set(got.words) and not got.negated()


# a letter that draws a shape ("U-shaped", "V-образный", "в форме буквы T" no): no name of a thing
_SHAPE_LETTER = re.compile(r"(?<![\w-])([^\W\d_])-(?:shaped|shape|образн\w*)\b")


def letters_named(text: Prepared) -> set[str]:
    """The single letters a text uses as names ("P and S waves"), not those that draw a shape ("a U-shaped valley",
    "U-образная долина")."""
    shapes = set(_SHAPE_LETTER.findall(text.text)) if "-" in text.text else set()
    return {text.words[i] for i in text.content()
            if len(text.words[i]) == 1 and text.words[i].isalpha() and text.words[i] not in shapes}


def order_by_position(items: list[Prepared], got: Prepared) -> list[int] | None:
    """Items named one after another with nothing between ("vesuvius tambora krakatau"):
    the order in which each item's first word found appears in the answer."""
    places: list[tuple[int, int]] = []
    seen: dict[str, int] = {}
    for item in items:
        for st in {item.stems[i] for i in item.content()}:
            seen[st] = seen.get(st, 0) + 1
    for k, item in enumerate(items):
        # a word several items share ("Mount") tells none of them apart
        own = [i for i in item.content() if seen[item.stems[i]] == 1] or item.content()
        spots = [got.find_word(item.stems[i], item.words[i], None, item.words[i] in item.exact) for i in own]
        found = [j for m, j in spots if m >= 0]
        if not found:
            return None
        places.append((min(found), k))
    if len({p for p, _ in places}) != len(places):
        return None
    return [k for _, k in sorted(places)]


def leads(ref: Prepared, got: Prepared) -> bool:
    """Is the first content word of `ref` (in short answers, usually the head:
    "lifting the cap", "assistant secretary") in `got`?"""
    first = ref.content()[0]
    return any(got.lang.word_match(ref.stems[first], got.stems[j]) >= 0 for j in got.content())


def threshold(length: int) -> float:
    """Similarity needed to accept a close spelling: stricter for short references."""
    if length <= 10:
        return 95.0
    if length <= 25:
        return 90.0
    return 85.0
