"""Grading typed answers: grade(card, answer) -> Verdict.

Plain string similarity accepts wrong numbers, flipped directions and negations.
The pipeline here (DESIGN §4):

1. normalise both sides (text.normalise, number words to digits, pack aliases to
   their canonical names);
2. hard checks that can fail an answer with a reason: every reference quantity
   present within tolerance and no other figure given in its place, direction words
   agree, negation agrees, a known `mistake` matched;
3. the kind's own comparison: short answers against each accepted wording with
   length-dependent thresholds; keypoint coverage for list/explain; choice by letter
   or text; cloze per blank; order with partial credit; dates by precision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from .packs import Card
from .quantities import Date, Quantity, find_dates, find_quantities, words_to_digits
from .text import normalise

__all__ = ["Verdict", "KeypointResult", "Grader", "grade", "MAX_ANSWER"]

MAX_ANSWER = 2000  # characters of an answer that are graded

_STOP = frozenset(
    "a an the of to in on at by for from with and or as is are was were be been it its this that "
    "these those their there they he she his her them which who whom what when where why how do did "
    "does has have had than then so into about over under between during while also only just very "
    "would will could should can may might must s".split()
)
_UP = frozenset(
    "rose rise rises rising risen grew grow grows growing grown increase increased increases increasing "
    "up higher more gained gain gains expanded expand expands climbed climb climbs jumped soared surged "
    "improved improve improves improving raised raise strengthened strengthen warmer better boosted "
    "lifted upward growth".split()
)
_DOWN = frozenset(
    "fell fall falls falling fallen declined decline declines declining decreased decrease decreases "
    "decreasing dropped drop drops dropping down lower less shrank shrink shrinks shrunk reduced reduce "
    "reduces contracted contract slumped slump plunged weakened weaken worse cut cuts downward "
    "deteriorated worsened sank sink".split()
)
_NEGATIONS = frozenset(
    "not no never none nothing neither nor without cannot cant didnt doesnt dont isnt wasnt werent "
    "wont wouldnt hasnt havent hadnt couldnt shouldnt aint nobody nowhere refused failed".split()
)
_WORD = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?|[^\sa-z0-9]", re.I)


@dataclass(frozen=True)
class KeypointResult:
    point: str
    covered: bool
    matched: str = ""  # the learner's words that covered it


@dataclass(frozen=True)
class Verdict:
    correct: bool
    score: float  # 0..1
    feedback: str  # for the learner
    reason: str = ""  # failed check: empty, quantity, direction, negation, mistake, keypoints, mismatch, ...
    typo: bool = False  # accepted despite a typo or a missing unit: rated Hard
    keypoints: tuple[KeypointResult, ...] = ()
    trace: tuple[str, ...] = field(default_factory=tuple)

    @property
    def partial(self) -> bool:
        return not self.correct and self.score > 0


# ------------------------------------------------------------------ helpers


def _tokens(text: str) -> list[str]:
    return [t for t in _WORD.findall(text) if t.isalnum() or "." in t]


def _content(tokens: list[str]) -> list[str]:
    return [t for t in tokens if t not in _STOP]


def _canon(tokens: list[str]) -> list[str]:
    """Content words with direction synonyms unified (fell/dropped -> down)."""
    out = []
    for t in _content(tokens) or tokens:
        out.append("up" if t in _UP else "down" if t in _DOWN else t)
    return out


def _negated(tokens: list[str]) -> bool:
    return sum(1 for t in tokens if t in _NEGATIONS) % 2 == 1


def _direction(tokens: list[str]) -> int:
    up = any(t in _UP for t in tokens)
    down = any(t in _DOWN for t in tokens)
    return 0 if up == down else (1 if up else -1)


def _typo_limit(word: str) -> int:
    """Edits tolerated in a word: none for short words and any figure."""
    if any(ch.isdigit() for ch in word) or len(word) <= 4:
        return 0
    if len(word) <= 7:
        return 1
    return 2


def _word_match(want: str, have: str) -> int:
    """0 exact, 1 within typo tolerance, -1 no match."""
    if want == have:
        return 0
    if want[:1] != have[:1] and len(want) < 8:
        return -1
    limit = _typo_limit(want)
    if limit and abs(len(want) - len(have)) <= limit:
        if Levenshtein.distance(want, have, score_cutoff=limit) <= limit:
            return 1
    return -1


def _phrase_in(phrase: list[str], answer: list[str]) -> tuple[bool, bool, str]:
    """Do the content words of `phrase` all appear in `answer`? -> (found, typo, matched)."""
    words = _content(phrase) or phrase
    if not words:
        return False, False, ""
    typo = False
    matched = []
    for want in words:
        best = -1
        hit = ""
        for have in answer:
            m = _word_match(want, have)
            if m == 0:
                best, hit = 0, have
                break
            if m == 1 and best < 0:
                best, hit = 1, have
        if best < 0:
            return False, False, ""
        typo |= best == 1
        matched.append(hit)
    return True, typo, " ".join(matched)


class _Aliases:
    """Pack aliases: every variant spelling rewritten to its canonical name."""

    def __init__(self, aliases: dict[str, tuple[str, ...]] | None):
        pairs: dict[str, str] = {}
        for canonical, variants in (aliases or {}).items():
            canon = normalise(canonical)
            for v in variants:
                nv = normalise(v)
                if nv and nv != canon:
                    pairs.setdefault(nv, canon)
        self.pairs = pairs
        if pairs:
            alternatives = "|".join(re.escape(v) for v in sorted(pairs, key=len, reverse=True))
            self.pattern: re.Pattern | None = re.compile(rf"(?<![\w])(?:{alternatives})(?![\w])")
        else:
            self.pattern = None

    def apply(self, text: str) -> str:
        if self.pattern is None:
            return text
        return self.pattern.sub(lambda m: self.pairs[m.group(0)], text)


@dataclass
class _Side:
    """One side (reference or answer) prepared for comparison."""

    text: str
    tokens: list[str]
    quantities: list[Quantity]

    @classmethod
    def of(cls, raw: str, aliases: _Aliases) -> "_Side":
        text = aliases.apply(normalise(raw))
        quantities = find_quantities(text, normalised=True)
        digits = re.sub(r"n't\b", " not", words_to_digits(text))
        return cls(digits, _tokens(digits), quantities)


# ------------------------------------------------------------------ the grader


class Grader:
    """Grades answers for the cards of one pack (aliases prepared once)."""

    def __init__(self, aliases: dict[str, tuple[str, ...]] | None = None):
        self.aliases = _Aliases(aliases)
        self._side = lru_cache(maxsize=4096)(lambda raw: _Side.of(raw, self.aliases))

    def side(self, raw: str) -> _Side:
        return self._side(raw)

    def grade(self, card: Card, answer: str) -> Verdict:
        answer = (answer or "")[:MAX_ANSWER]
        if not normalise(answer):
            return Verdict(False, 0.0, "No answer given.", "empty")
        got = _Side.of(answer, self.aliases)
        if not got.tokens:
            return Verdict(False, 0.0, "No answer given.", "empty")
        mistake = self._mistake(card, got)
        if mistake is not None:
            return mistake
        method = getattr(self, f"_grade_{card.kind}")
        return method(card, got)

    # -- checks shared by kinds

    def _mistake(self, card: Card, got: _Side) -> Verdict | None:
        for mistake in card.mistakes:
            for pattern in mistake.match:
                want = self.side(pattern)
                if want.quantities and all(
                    any(q.matches(w.value) for q in got.quantities) for w in want.quantities
                ) and not _right_quantity_present(card, got, self):
                    return Verdict(False, 0.0, mistake.feedback, "mistake",
                                   trace=(f"matches the known mistake '{pattern}'",))
                if not want.quantities and want.tokens and _contains_sequence(got.tokens, want.tokens):
                    return Verdict(False, 0.0, mistake.feedback, "mistake",
                                   trace=(f"matches the known mistake '{pattern}'",))
        return None

    def _hard_checks(self, ref: _Side, got: _Side, *, quantities: bool = True) -> tuple[str, str, bool] | None:
        """(reason, feedback, typo) when a hard check fails."""
        if quantities:
            for want in ref.quantities:
                if not any(_same_quantity(want, have) for have in got.quantities):
                    if got.quantities:
                        return "quantity", f"The figure is not right: expected {want.text}.", False
                    return "quantity", f"The answer needs the figure ({want.text}).", False
        rd, gd = _direction(ref.tokens), _direction(got.tokens)
        if rd and gd and rd != gd:
            return "direction", "The direction is the wrong way round (rise vs. fall).", False
        if _negated(ref.tokens) != _negated(got.tokens):
            return "negation", "Check the negation: the answer says the opposite.", False
        return None

    def _best_wording(self, card: Card, got: _Side) -> tuple[float, str, str]:
        """Best similarity (0..100) against the answer and each accepted wording."""
        best = (0.0, "", "")
        for wording in (card.answer, *card.accept):
            ref = self.side(wording)
            a = " ".join(_canon(got.tokens))
            b = " ".join(_canon(ref.tokens))
            score = max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b))
            found, typo, _ = _phrase_in(_canon(ref.tokens), _canon(got.tokens))
            if found:
                score = max(score, 92.0 if typo else 100.0)
            if score > best[0]:
                best = (score, wording, "typo" if found and typo else "")
        return best

    # -- kinds

    def _grade_short(self, card: Card, got: _Side) -> Verdict:
        score, wording, note = self._best_wording(card, got)
        ref = self.side(wording or card.answer)
        failed = self._hard_checks(ref, got)
        if failed:
            reason, feedback, _ = failed
            return Verdict(False, 0.0, feedback, reason,
                           trace=(f"failed the {reason} check",))
        threshold = _threshold(len(" ".join(ref.tokens)))
        if score >= threshold:
            typo = note == "typo" or score < 100
            return Verdict(True, 1.0, "Correct." if not typo else "Correct (allowing a typo).",
                           typo=typo, trace=(f"similar to '{wording}' ({score:.0f} ≥ {threshold})",))
        return Verdict(False, score / 100 * 0.5, "Not quite.", "mismatch",
                       trace=(f"best similarity {score:.0f} < {threshold} (to '{wording}')",))

    def _grade_numeric(self, card: Card, got: _Side) -> Verdict:
        spec = card.number
        assert spec is not None
        allowed = spec.allowed()
        hits = [q for q in got.quantities if _number_hits(spec.value, allowed, spec.unit, q)]
        if not hits:
            scaled = [q for q in got.quantities
                      if q.kind == "count" and any(abs(q.value * m - spec.value) <= max(allowed, 1e-9)
                                                   for m in (1e3, 1e6, 1e9))]
            if scaled:
                failed = self._hard_checks(self.side(card.answer), got, quantities=False)
                if not failed:
                    return Verdict(True, 1.0, f"Right figure; say the unit too: {card.answer}", typo=True,
                                   trace=(f"{scaled[0].text} read as {card.answer} (magnitude missing)",))
            if got.quantities:
                return Verdict(False, 0.0, "The figure is not right.", "quantity",
                               trace=(f"figures given: {', '.join(q.text for q in got.quantities)}",))
            return Verdict(False, 0.0, "The answer needs a figure.", "quantity",
                           trace=("no figure found in the answer",))
        failed = self._hard_checks(self.side(card.answer), got, quantities=False)
        if failed:
            reason, feedback, _ = failed
            return Verdict(False, 0.0, feedback, reason,
                           trace=(f"failed the {reason} check",))
        return Verdict(True, 1.0, "Correct.", trace=(f"{hits[0].text} = {card.answer}",))

    def _grade_date(self, card: Card, got: _Side) -> Verdict:
        assert card.date is not None
        parts = [int(p) for p in card.date.split("-")]
        year, month, day = (parts + [None, None])[:3]
        precision = card.precision or "day"
        prompt_years = {d.year for d in find_dates(card.prompt) if d.year}
        for d in find_dates(got.text, normalised=True):
            if _date_hits(d, year, month, day, precision, prompt_years):
                return Verdict(True, 1.0, "Correct.", trace=(f"'{d.text}' matches {card.date}",))
        return Verdict(False, 0.0, "Not the right date.", "date",
                       trace=("no matching date in the answer",))

    def _keypoint_results(self, card: Card, got: _Side) -> tuple[list[KeypointResult], bool]:
        prompt_words = set(self.side(card.prompt).tokens)
        answer = [t for t in got.tokens if t not in prompt_words or t in _UP or t in _DOWN]
        results = []
        typo_any = False
        for kp in card.keypoints:
            covered, matched = False, ""
            for phrase in (kp.point, *kp.accept):
                ref = self.side(phrase)
                words = [t for t in ref.tokens if t not in prompt_words] or ref.tokens
                found, typo, hit = _phrase_in(words, answer)
                if found and not self._hard_checks(ref, got):
                    covered, matched = True, hit
                    typo_any |= typo
                    break
            results.append(KeypointResult(kp.point, covered, matched))
        return results, typo_any

    def _grade_list(self, card: Card, got: _Side) -> Verdict:
        results, typo = self._keypoint_results(card, got)
        need = card.needed
        covered = sum(r.covered for r in results)
        score = min(1.0, covered / need) if need else 0.0
        missing = [r.point for r in results if not r.covered]
        trace = tuple(f"{'✓' if r.covered else '✗'} {r.point}" for r in results)
        if covered >= need:
            return Verdict(True, 1.0, "Correct." if not missing else f"Correct. Also: {'; '.join(missing)}",
                           typo=typo, keypoints=tuple(results), trace=trace)
        return Verdict(False, score, f"{covered} of {need} points. Missing: {'; '.join(missing)}",
                       "keypoints", keypoints=tuple(results), trace=trace)

    _grade_explain = _grade_list

    def _grade_choice(self, card: Card, got: _Side) -> Verdict:
        letters = "abcdefghijklmnopqrstuvwxyz"
        right = card.options.index(card.answer)
        raw = got.text.strip().strip(".)")
        pick = None
        if len(raw) == 1 and raw in letters[: len(card.options)]:
            pick = letters.index(raw)
        else:
            m = re.match(r"^\(?([a-z])[).:]\s", got.text + " ")
            if m and m.group(1) in letters[: len(card.options)]:
                pick = letters.index(m.group(1))
            else:
                mine = " ".join(_canon(got.tokens))
                scores = [fuzz.ratio(mine, " ".join(_canon(self.side(o).tokens))) for o in card.options]
                best = max(range(len(scores)), key=scores.__getitem__)
                if scores[best] >= 80:
                    pick = best
        if pick is None:
            return Verdict(False, 0.0, "Pick one option (a letter or its text).",
                           "choice", trace=("no option recognised",))
        if pick == right:
            return Verdict(True, 1.0, "Correct.", trace=(f"chose {letters[pick]}) {card.options[pick]}",))
        return Verdict(False, 0.0, "Not that one.", "choice",
                       trace=(f"chose {letters[pick]}) {card.options[pick]}",))

    def _grade_cloze(self, card: Card, got: _Side) -> Verdict:
        pieces = [p.strip() for p in re.split(r"[;,\n/|]+", got.text) if p.strip()]
        if len(card.blanks) == 1:
            pieces = [got.text]
        hits = 0
        trace = []
        for i, blank in enumerate(card.blanks):
            piece = pieces[i] if i < len(pieces) else ""
            ok = bool(piece) and any(_blank_ok(self.side(alt), self.side(piece)) for alt in blank)
            hits += ok
            trace.append(f"{'✓' if ok else '✗'} blank {i + 1}: {piece or '(empty)'}")
        score = hits / len(card.blanks)
        if hits == len(card.blanks):
            return Verdict(True, 1.0, "Correct.", trace=tuple(trace))
        return Verdict(False, score, f"{hits} of {len(card.blanks)} blanks right.",
                       "cloze", trace=tuple(trace))

    def _grade_order(self, card: Card, got: _Side) -> Verdict:
        n = len(card.items)
        numbers = [int(t) for t in got.tokens if t.isdigit()]
        order: list[int] = []
        if numbers and all(1 <= x <= n for x in numbers) and len(numbers) == n:
            shown = card.shown_items  # the learner numbers the items as they were shown
            order = [card.items.index(shown[x - 1]) for x in numbers]
        else:
            pieces = [p.strip() for p in re.split(r"[;,\n>|]+|->|→|\bthen\b", got.text) if p.strip()]
            for piece in pieces:
                scores = [fuzz.token_sort_ratio(piece, normalise(item)) for item in card.items]
                best = max(range(n), key=scores.__getitem__)
                if scores[best] >= 60 and best not in order:
                    order.append(best)
        if len(order) != n or len(set(order)) != n:
            return Verdict(False, 0.0, f"Give all {n} items in order.", "order",
                           trace=(f"recognised {len(set(order))} of {n} items",))
        pairs = n * (n - 1) / 2
        concordant = sum(1 for i in range(n) for j in range(i + 1, n) if order[i] < order[j])
        score = concordant / pairs
        if order == list(range(n)):
            return Verdict(True, 1.0, "Correct.", trace=("all items in order",))
        return Verdict(False, score, "Not quite in order.", "order",
                       trace=(f"{concordant} of {int(pairs)} pairs in the right order",))


# ------------------------------------------------------------------ module helpers


def _threshold(length: int) -> float:
    """Similarity needed to accept a short answer: stricter for short references."""
    if length <= 4:
        return 100.0
    if length <= 10:
        return 88.0
    if length <= 25:
        return 85.0
    return 80.0


def _contains_sequence(tokens: list[str], seq: list[str]) -> bool:
    n = len(seq)
    return any(tokens[i:i + n] == seq for i in range(len(tokens) - n + 1))


def _same_quantity(want: Quantity, have: Quantity) -> bool:
    if not have.matches(want.value):
        return False
    if want.kind == "percent" or have.kind == "percent":
        return want.kind == have.kind or "count" in (want.kind, have.kind)
    return True


def _number_hits(value: float, allowed: float, unit: str | None, q: Quantity) -> bool:
    if not q.matches(value, allowed):
        return False
    if unit == "%" and q.kind not in ("percent", "count"):
        return False
    return True


def _right_quantity_present(card: Card, got: _Side, grader: Grader) -> bool:
    if card.number is not None:
        return any(_number_hits(card.number.value, card.number.allowed(), card.number.unit, q) for q in got.quantities)
    ref = grader.side(card.answer)
    return bool(ref.quantities) and all(any(_same_quantity(w, h) for h in got.quantities) for w in ref.quantities)


def _blank_ok(ref: _Side, got: _Side) -> bool:
    if ref.quantities:
        return all(any(_same_quantity(w, h) for h in got.quantities) for w in ref.quantities)
    a, b = " ".join(ref.tokens), " ".join(got.tokens)
    if a == b:
        return True
    found, _, _ = _phrase_in(ref.tokens, got.tokens)
    return found or fuzz.ratio(a, b) >= _threshold(len(a))


def _date_hits(d: Date, year, month, day, precision: str, prompt_years: set[int]) -> bool:
    if d.year is not None and d.year != year:
        return False
    if d.year is None and year not in prompt_years:
        return False
    if precision == "year":
        return d.year == year or (d.year is None and False)
    if d.month != month:
        return False
    if precision == "month":
        return True
    return d.day == day


_default = Grader()


def grade(card: Card, answer: str, aliases: dict[str, tuple[str, ...]] | None = None) -> Verdict:
    """Grade one answer. Pass the pack's aliases (or use a `Grader` for many answers)."""
    grader = _default if not aliases else Grader(aliases)
    return grader.grade(card, answer)
