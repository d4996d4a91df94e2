"""Leaving a thing out of a count or a whole, in English and Russian: "10 days, Sundays excepted", "excluding
Sundays", "not counting Sundays", "Sundays not included"; "не считая воскресений", "кроме воскресений", "за
исключением воскресений", "без учёта воскресений". Such a phrase denies nothing of the point (the negator in "not
counting" or "без учёта" is the phrase's own), so the grader reads one word of exclusion in its place ("except",
"кроме"), and a real negation ("not 10 days", "не 10 дней") is still told apart. The opposite of leaving out is
counting in ("including Sundays", "Sundays counted", "включая воскресенья", "с учётом"): an answer that counts
what the wording leaves out, or leaves out what it counts, disagrees with it (`disagree`).

A negator before a word of counting in keeps its sense after a verb of its own ("they were not counting the
votes", "the charter excluded women"): only the bare phrase ("not counting Sundays") leaves out, and a participle
at the end of its clause ("Sundays not counted", "Sundays were not included."). Russian "не считая" is no
exclusion where it means "not believing" ("не считая, что", "не считая нужным")."""

from __future__ import annotations

import re

from .lexicon_negative import AUXILIARIES, EN_BE

__all__ = ["EXCLUDING", "INCLUDING", "disagree", "inclusion_denied", "rewrite_exclusions"]

# the one word each language's exclusion is read as
EXCLUDING = {"en": "except", "ru": "кроме"}
# words that count a thing in (compared as written: a normalised text's words)
INCLUDING = {
    "en": frozenset("including included inclusive counting counted".split()),
    "ru": frozenset("включая включительно считая учитывая учетом числе".split()),  # "с учётом", "в том числе"
}
# an auxiliary or a subject before "not counting" makes it a negated verb ("they were not counting the votes")
_EN_SUBJECTS = AUXILIARIES["en"] | frozenset("i you he she it we they who which that".split())
_EN = re.compile(r"\b(?P<neg>not )?(?P<word>including|counting|counted|included|inclusive of|excepting|excepted|"
                 r"except for|excluding|exclusive of|with the exception of)\b")
_CLAUSE_END = re.compile(r"\s*(?:$|[,;:.!?)\]-])")  # after "Sundays not counted": the clause ends
_EN_NEEDS_NOT = frozenset(("including", "counting", "counted", "included", "inclusive of"))
_RU = re.compile(r"(?<!\w)(?:(?P<neg>не )(?P<word>считая|включая|учитывая)|(?P<own>исключая|за исключением|"
                 r"без учета|не принимая во внимание))(?!\w)")
_RU_BELIEVING = frozenset("что чтобы нужным необходимым возможным правильным себя".split())  # "не считая, что"
_RU_WORDS = ("считая", "включая", "учитывая", "исключая", "исключением", "учета", "внимание")
_EN_WORDS = ("includ", "count", "except", "exclu", "inclusive")
# a text holds one of a language's words when one search finds one (faster than a test of each word in turn)
_HOLDS = {"en": re.compile("|".join(map(re.escape, _EN_WORDS))), "ru": re.compile("|".join(map(re.escape, _RU_WORDS)))}


def rewrite_exclusions(text: str, code: str) -> str:
    """`text` (normalised; in the grader, after `phrases.rewrite_negatives` has made "excluding" "not
    including") with each phrase of exclusion read as the language's one word for it."""
    if code == "en" and _HOLDS["en"].search(text):
        return _EN.sub(_english, text)
    if code == "ru" and _HOLDS["ru"].search(text):
        return _RU.sub(_russian, text)
    return text


def _english(m: re.Match[str]) -> str:
    word = m.group("word")
    if m.group("neg") is None:
        return m.group() if word in _EN_NEEDS_NOT else EXCLUDING["en"]
    before = m.string[:m.start()].split()
    last = before[-1].strip(",;:") if before else ""
    if word in ("counted", "included"):
        if not _CLAUSE_END.match(m.string, m.end()):
            return m.group()  # "the charter not included women" (said for "excluded women"): a verb with its object
        return EXCLUDING["en"] if last not in _EN_SUBJECTS or last in EN_BE else m.group()  # "were not counted."
    if last in _EN_SUBJECTS:
        return m.group()  # "they were not counting the votes": a negation of the verb
    return EXCLUDING["en"]


def _russian(m: re.Match[str]) -> str:
    if m.group("own"):
        return EXCLUDING["ru"]
    after = m.string[m.end():].lstrip(" ,").split(maxsplit=1)
    if after and after[0].strip(",;:.") in _RU_BELIEVING:
        return m.group()  # "не считая, что ...": not believing
    return EXCLUDING["ru"]


def inclusion_denied(words: str, code: str) -> bool:
    """Does a piece of text begin with a word of counting in ("counting Sundays" of "10 days, not counting
    Sundays")? Then a "not" before it leaves a thing out, and corrects nothing."""
    first = words.split(maxsplit=1)
    return bool(first) and first[0] in INCLUDING.get(code, frozenset())


def disagree(ref: list[str], got: list[str], code: str) -> bool:
    """Does one of two texts (their words, rewritten) leave out where the other counts in ("Sundays excepted" /
    "including Sundays", "кроме воскресений" / "включая воскресенья")?"""
    out, counted = EXCLUDING.get(code), INCLUDING.get(code)
    if out is None or counted is None:
        return False
    ref_out, ref_in = out in ref, not counted.isdisjoint(ref)
    got_out, got_in = out in got, not counted.isdisjoint(got)
    # (a text that says both, "all but two were counted", is not set against either)
    return (ref_out and not ref_in and got_in and not got_out) or (got_out and not got_in and ref_in and not ref_out)
