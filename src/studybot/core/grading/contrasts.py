"""A point made in one clause of an answer whose other clause says the opposite of it: "penicillin blocks the
bacterial cell wall, and human cells have no cell wall" makes "human cells have no cell wall", though the first
"cell wall" is not negated. A rule of the language: a negation's scope ends at its clause, so a negated point is
looked for clause by clause (at a comma, a semicolon, or a contrasting "but", "whereas", "а", "но")."""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import wordnet
from ..lexicon_negative import AUXILIARIES, GOVERNING_NEGATORS
from ..matching import Match, Prepared, find_phrase
from ..ru_families import VERB_ENDINGS
from ..skipped_clauses import corrected_clauses
from .aims import purpose_said
from .figures import same_quantity

__all__ = ["correction_swapped", "denied_there", "in_one_clause", "negated_where_said", "said_against", "said_plainly",
           "split_by_contrast"]

_PARTS = re.compile(r"[,;:.\n()—]+(?!\d)")
_CLAUSES = re.compile(r"[,;\n]+(?!\d)|\s(?:but|whereas|while|а|но|однако)\s")
_PLAIN_PARTS = re.compile(f"{_PARTS.pattern}|{_CLAUSES.pattern}")  # a part, or a side of a contrast ("but")


def in_one_clause(ref: Prepared, got: Prepared, prep: Callable[[str], Prepared], skip: frozenset[str],
                  negation: bool | None) -> Match | None:
    """The phrase made, negated as asked, within one clause of the answer (at the answer's own positions), or
    None (one clause only, or none makes it)."""
    index = got.stem_index()  # (only a word said twice can be said once each way)
    if not any(len(index.get(want.stem, ())) >= 2 for want in ref.wanted(skip)):
        return None
    pieces = [p for p in _CLAUSES.split(got.text) if p and p.strip()]
    if len(pieces) < 2:
        return None
    for piece in pieces:
        mine = prep(piece)
        found = find_phrase(ref, mine, skip=skip, negation=negation)
        if found is not None:  # (at the answer's positions: where the clause's words stand among them)
            n = len(mine.words)
            start = next((s for s in range(len(got.words) - n + 1) if got.words[s:s + n] == mine.words), None)
            return None if start is None else Match(tuple(start + p for p in found.positions), found.typo, found.text)
    return None


def said_plainly(ref: Prepared, point: Prepared, prep: Callable[[str], Prepared]) -> bool:
    """Does the point say the wording's words unnegated, in a part of it (between commas or semicolons) that
    has no negation ("лава вязкая, газы не могут выйти" says "вязкая лава" plainly; "не хотели присоединяться и
    быть на вторых ролях" does not say "вторых ролях" so; nor does a side of a contrast: "he was warned but did not
    repair the dam" says "warned" plainly), so that an answer denying them ("лава не вязкая", "nobody had warned
    him") misses it?"""
    pieces = [p for p in _PLAIN_PARTS.split(point.text) if p and p.strip()]
    return len(pieces) > 1 and any(not (mine := prep(piece)).negated() and find_phrase(ref, mine, negation=None)
                                   is not None for piece in pieces)


def said_against(point: Prepared, ref: Prepared, got: Prepared, positions: tuple[int, ...],
                 skip: frozenset[str] = frozenset()) -> bool:
    """Does the clause of an answer that makes a keypoint by a shorter accepted wording ("toll" of "the
    harbour's toll was extended to 40 days") give a figure of a kind the point gives that none of its figures
    agrees with ("the toll, extended to 30 days"), deny a word of the point (`denied_there`), or move a thing of
    the point the other way (`moved_other_way`; not a word of `skip`, the question's own)? Any negation
    in that clause is no such sign ("the few ships left", "у них нет паруса" make points in their own words):
    tried, it failed right answers of the labelled sets."""
    if not positions or len(ref.content()) >= len(point.content()):
        return False
    clauses = {got.clauses[p] for p in positions}
    if not ref.negated() and not point.negated() and not purpose_said(got) and denied_there(point, got, clauses):
        return True  # (a wording that says a negation, a negated point, a purpose "so that it won't": not denied)
    if moved_other_way(point, ref, got, clauses, skip):
        return True
    kinds = {q.kind for q in point.quantities} - {"count"}
    if not kinds:
        return False  # (no figure of a kind to give otherwise: the answer's figures are not read for it)
    stated = [q for q in got.quantities if q.kind in kinds and _in_clauses(q.text, got, clauses)]
    return bool(stated) and not ref.quantities and not any(
        same_quantity(want, have) for want in point.quantities for have in stated)


def moved_other_way(point: Prepared, ref: Prepared, got: Prepared, clauses: set[int],
                    skip: frozenset[str] = frozenset()) -> bool:
    """Does the answer, in these clauses, say a thing of the point that its shorter wording leaves out moving the
    other way from the point ("the rent rose" for "more shops opened, so the rent fell", made by its wording "more
    shops")? The thing's own direction is the first word of direction after it in its clause, with no other content
    word between but the point's and the question's ("the rent per stall rose"; in "Russia gave up", asked to give
    reasons, the verb "gave" stands between: "up" says nothing of Russia), in the point as in the answer, neither
    negated."""
    own = set(ref.stems) | skip
    for j in got.content():
        if got.clauses[j] not in clauses or got.dirs[j] or got.stems[j] in own or not got.words[j].isalpha():
            continue
        at = next((i for i in point.content() if point.stems[i] == got.stems[j] and not point.dirs[i]), None)
        if at is None or point.negated_at(at) or got.negated_at(j):
            continue
        passed = skip | set(point.stems)
        theirs, mine = _moved(point, at, passed, point), _moved(got, j, passed, point)
        if theirs and mine and theirs != mine:
            return True
    return False


def _moved(text: Prepared, i: int, passed: set[str] | frozenset[str], point: Prepared) -> int:
    """The direction of the first word of direction after position i in its clause, with no content word between but
    those of `passed` (the point's and the question's words), and none of them a verb the point does not say; 0 when
    there is none."""
    content = set(text.content())
    for k in range(i + 1, len(text.words)):
        if text.clauses[k] != text.clauses[i]:
            return 0
        if text.dirs[k]:
            return text.dirs[k]
        if k in content and (text.stems[k] not in passed or text.stems[k] not in point.stems and _verb(text, k)):
            return 0  # (a verb of the question's between: "Russia gave up the plan", asked to give reasons)
    return 0


def _verb(text: Prepared, k: int) -> bool:
    """Is the word at k a verb's form (English: one WordNet knows as a verb; Russian: by its ending)?"""
    word = text.words[k]
    return bool(wordnet.base_forms(word, "v")) if text.lang.code == "en" else word.endswith(VERB_ENDINGS)


def _in_clauses(figure: str, got: Prepared, clauses: set[int]) -> bool:
    """Is a figure written in one of these clauses of the answer (its first word found there)?"""
    first = figure.split()[0] if figure.split() else ""
    return any(got.words[j] == first for j in range(len(got.words)) if got.clauses[j] in clauses)


def denied_there(point: Prepared, got: Prepared, clauses: set[int]) -> bool:
    """Does the answer, in these clauses, deny a word the point says without a negation, its negator right before
    the word or before its auxiliary ("the toll was not extended", "wasn't extended", "пошлину не продлили",
    "не был продлён" for "the toll was extended")?"""
    lang = got.lang
    governing, auxiliaries = GOVERNING_NEGATORS.get(lang.code), AUXILIARIES.get(lang.code, frozenset())
    if not governing or governing.isdisjoint(got.words):
        return False
    said = [point.stems[i] for i in point.content() if not point.negated_at(i)]
    words = got.words
    for j in got.content():
        if got.clauses[j] not in clauses:
            continue
        k = j - 1
        while k > 0 and words[k] in auxiliaries and j - k <= 2:
            k -= 1  # "was not extended", "has not been extended": the negator before the auxiliaries
        if k >= 0 and words[k] in governing and got.clauses[k] == got.clauses[j] \
                and any(lang.word_match(st, got.stems[j]) >= 0 for st in said):
            return True
    return False


def negated_where_said(point: Prepared, ref: Prepared) -> bool:
    """Does a point whose negators make an even count ("had few archers and no cavalry") negate each word of an
    accepted wording ("cavalry") where it says it, counting only the negators since the last clause break ("and")
    before the word? Then the wording is made by the answer that negates it too ("they had no cavalry")."""
    breaks, found = point.lang.lex.clause_breaks, False
    for i in ref.content():
        places = [k for k, stem in enumerate(point.stems) if stem == ref.stems[i]]
        if not places:
            return False
        k = places[0]
        start = max((j + 1 for j in range(k) if point.words[j] in breaks or point.clauses[j] != point.clauses[k]),
                    default=0)
        if point.lang.negations(point.words[start:k]) % 2 == 0:
            return False
        found = True
    return found


# words that set one clause against another; not "а", "while", which also only join ("магнит двигают, а в катушке
# возникает ток") or say when
_CONTRASTS = {"en": frozenset("but whereas yet however".split()), "ru": frozenset("но однако зато".split())}


def split_by_contrast(ref: Prepared, got: Prepared, positions: tuple[int, ...], skip: frozenset[str]) -> bool:
    """Are a wording's words found on both sides of a contrast ("but", "whereas", "но", "однако"), each side saying
    words of its own besides: "stone was plentiful but money was short" for "stone was short", "металла хватало, но не
    хватало денег" for "не хватало металла"? Each side speaks of another thing; a side that only goes on with the
    wording's words ("the workers worked hard, but were not paid") is no such split, nor is a correction ("за
    заслуги, а не за род"), a wording that says a contrast itself, or words in a clause after the contrast's ("the
    debt stays fixed while pay rises, so in real terms it gets smaller"), nor one side that says all the wording's
    words by itself, its words on the other side only met first."""
    contrasts = _CONTRASTS.get(got.lang.code)
    if not contrasts or contrasts.isdisjoint(got.words) or not contrasts.isdisjoint(ref.words) or len(positions) < 2:
        return False  # (a wording that says a contrast itself is met across one: "the debt falls while pay rises")
    used = sorted({got.clauses[p] for p in positions})
    if len(used) != 2:
        return False
    opens = next(j for j, c in enumerate(got.clauses) if c == used[1])  # the later clause opens with the contrast
    if got.words[opens] not in contrasts or opens + 1 < len(got.words) \
            and got.words[opens + 1] in got.lang.lex.negators:  # ("X, а не Y", "X but not Y" correct X)
        return False
    if used[1] in corrected_clauses(got, {used[0]}):  # "not X but Y", "не X, а Y" correct X too
        return False
    own = set(ref.stems) | skip
    lang = got.lang
    wanted = {ref.stems[i] for i in ref.content()} - skip
    if any(all(any(got.clauses[j] == c and lang.word_match(st, got.stems[j]) >= 0 for j in got.content())
               for st in wanted) for c in used):
        return False  # one side says all the wording alone ("infecting the calves; but they could infect others")
    return all(any(got.clauses[j] == c and j not in positions and got.stems[j] not in own
                   and not any(lang.word_match(st, got.stems[j]) >= 0 for st in own) for j in got.content())
               for c in used)


def correction_swapped(point: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """A correction turned round: the point asserts one thing and denies another in separate
    clauses ("by merit, not by birth"), and the answer denies the first and asserts the second
    ("by birth, not by merit"): the words whose polarity differs are, on both sides, said in
    one clause and denied in another; the answer's words in the clauses where it makes the point (a word of the
    point in a clause that says something else keeps no part: "his dam flooded the fields, and he ignored the
    warning" turns round no "he was warned but did not repair the dam")."""
    clauses = {got.clauses[j] for j in positions}

    def polarity(text: Prepared) -> dict[str, tuple[bool, int]]:
        out: dict[str, tuple[bool, int]] = {}
        mixed = set()
        for i in text.content():
            if text is got and text.clauses[i] not in clauses:
                continue
            st, neg = text.stems[i], text.negated_at(i)
            if out.setdefault(st, (neg, text.clauses[i]))[0] != neg:
                mixed.add(st)  # said and denied in one text: no polarity
        return {st: v for st, v in out.items() if st not in mixed}
    mine, theirs = polarity(point), polarity(got)
    flipped = {s for s in mine.keys() & theirs.keys() if mine[s][0] != theirs[s][0]}
    for side in (mine, theirs):
        said = {side[s][1] for s in flipped if not side[s][0]}
        denied = {side[s][1] for s in flipped if side[s][0]}
        if not said or not denied or said & denied:
            return False
    return True
