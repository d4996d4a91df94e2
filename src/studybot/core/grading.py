"""Grading typed answers: grade(card, answer) -> Verdict.

Plain string similarity accepts wrong numbers, flipped directions and negations.
The pipeline here (DESIGN §4):

1. prepare both sides (`matching.Prepared`): normalised, pack aliases rewritten to
   canonical names, number words as digits, split into clauses;
2. hard checks that fail an answer with a reason: every reference quantity present
   within tolerance (and no other figure in its place), direction words agree,
   negation agrees, a known `mistake` matched;
3. the kind's comparison: short answers need every content word of an accepted
   wording (stems, synonyms, typos by word length), or a close spelling of a long
   one; keypoint coverage for list/explain with the prompt's own words removed;
   choice by letter or text; cloze per blank; order with partial credit; dates
   at the card's precision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz

from .matching import Aliases, Prepared, contradicts, directions_agree, find_phrase, overlap
from .packs import Card, Pack
from .quantities import Date, Quantity, find_shares, measure

__all__ = ["MAX_ANSWER", "Grader", "KeypointResult", "Verdict", "grade"]

MAX_ANSWER = 2000  # characters of an answer that are graded
LETTERS = "abcdefghijklmnopqrstuvwxyz"
CYRILLIC_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя"


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
    reason: str = ""  # the failed check: empty, quantity, direction, negation, mistake, keypoints, mismatch...
    typo: bool = False  # accepted despite a typo or a missing unit: rated Hard
    keypoints: tuple[KeypointResult, ...] = ()
    trace: tuple[str, ...] = field(default_factory=tuple)

    @property
    def partial(self) -> bool:
        return not self.correct and self.score > 0


def _wrong(feedback: str, reason: str, *trace: str, score: float = 0.0, **kw) -> Verdict:
    return Verdict(False, score, feedback, reason, trace=tuple(trace), **kw)


# ------------------------------------------------------------------ quantities

_DURATION_DAYS = {"day": 1.0, "week": 7.0, "month": 365.25 / 12, "year": 365.25, "decade": 3652.5,
                  "century": 36525.0}
_UNIT_WORDS = {"days": "day", "day": "day", "weeks": "week", "week": "week", "months": "month", "month": "month",
               "years": "year", "year": "year", "decades": "decade", "century": "century", "centuries": "century"}


def _in_days(q: Quantity) -> float | None:
    return q.value * _DURATION_DAYS[q.unit] if q.kind == "duration" and q.unit in _DURATION_DAYS else None


_MEASURE_KINDS = frozenset(("length", "area", "volume", "mass", "temperature"))


def _written(q: Quantity) -> float:
    """A quantity's value in the unit it was written in ("8 years" -> 8, "2.5 cm" -> 2.5)."""
    return q.value / q.scale if q.kind in _MEASURE_KINDS else q.value


def _same_quantity(want: Quantity, have: Quantity, allowed: float = 0.0) -> bool:
    """Does `have` (from the answer) state the quantity `want` (within `allowed`, in the
    card's own unit)? Durations compare in days ("a year and a half" = "18 months"),
    measures in their base unit ("25 mm" = "2.5 cm"); a bare number stands for the card's
    unit, and a figure with a unit word answers a count ("eight years" for 8)."""
    wd, hd = _in_days(want), _in_days(have)
    if wd is not None and hd is not None:
        return abs(wd - hd) <= max(allowed * _DURATION_DAYS[want.unit or "day"], wd * 0.005)
    if want.kind in _MEASURE_KINDS:
        if have.kind == want.kind:
            return abs(have.value - want.value) <= max(allowed * want.scale, abs(want.value) * 1e-9)
        return have.kind == "count" and have.matches(want.value / want.scale, allowed)
    if have.kind in _MEASURE_KINDS or hd is not None:
        return want.kind == "count" and abs(_written(have) - want.value) <= max(allowed, abs(want.value) * 1e-9)
    if not have.matches(want.value, allowed):
        return False
    if "percent" in (want.kind, have.kind):
        return want.kind == have.kind or "count" in (want.kind, have.kind)
    return True


_SINGLE_KINDS = frozenset(("short", "numeric", "date", "choice"))
_HEDGE_SPLIT = {"en": re.compile(r"\s+or\s+|^either\s+"), "ru": re.compile(r"\s+(?:или|либо)\s+|^либо\s+")}


def _literal_match(ref: Prepared, got: Prepared) -> bool:
    """A wording with no content word ("No", "Нет", "None"): a "no" answer starts with a
    negator; any other must give its words and no negator."""
    negators = ref.lang.lex.negators
    if ref.negated():
        return bool(got.words) and got.words[0] in negators
    return set(ref.words) <= set(got.words) and not got.negated()


def _figures_agree(got: Prepared, option: Prepared) -> bool:
    """An answer's figures and years do not contradict an option's (1991 is not 1993)."""
    mine = {q.value for q in got.quantities}
    theirs = {q.value for q in option.quantities}
    return not (mine and theirs) or bool(mine & theirs)


def _comparable(spec: Quantity, q: Quantity) -> bool:
    """Could `q` be an answer to `spec` (the same kind, or a bare number)?"""
    return q.kind == spec.kind or q.kind == "count" or (_in_days(spec) is not None and _in_days(q) is not None)


def _signed(q: Quantity, spec: Quantity, got: Prepared, falling: bool) -> Quantity:
    """A fall given as a minus sign or as a word: "-19%" answers "by how much did it fall?"
    (19%), and "fell by 19%" / "down 19%" answers a change of -19%."""
    if q.value < 0 < spec.value and falling:
        return replace(q, value=-q.value)
    if spec.value < 0 < q.value and not q.text.startswith("+") and (got.direction() < 0 or falling
                                                                  and got.direction() == 0):
        return replace(q, value=-q.value)
    return q


def _in_unit_of(q: Quantity, spec: Quantity) -> Quantity:
    """A bare number of an `accept` wording, read in the card's unit ("3" on a card of weeks)."""
    if q.kind != "count" or spec.kind == "count":
        return q
    if spec.kind in _MEASURE_KINDS:
        return Quantity(q.value * spec.scale, spec.kind, spec.unit, q.text, spec.scale)
    return Quantity(q.value, spec.kind, spec.unit, q.text)


def _spec_quantity(card: Card) -> Quantity | None:
    """The figure a numeric card asks for, in the kind and base unit its answers are read in."""
    spec = card.number
    if spec is None:
        return None
    unit = (spec.unit or "").strip().lower()
    if unit in ("%", "percent", "per cent", "процент", "процентов"):
        return Quantity(spec.value, "percent", "%")
    if unit in _UNIT_WORDS:
        return Quantity(spec.value, "duration", _UNIT_WORDS[unit])
    if unit in ("usd", "$", "dollars", "us$", "eur", "euro", "euros", "rub", "руб", "рублей"):
        return Quantity(spec.value, "money", unit.upper())
    found = measure(unit)
    if found is not None:
        return Quantity(spec.value * found[1], found[0], "base", spec.unit or "", found[1])  # type: ignore[arg-type]
    return Quantity(spec.value, "count", spec.unit)


# ------------------------------------------------------------------ the grader


class Grader:
    """Grades answers for the cards of one pack (aliases and references prepared once)."""

    def __init__(self, aliases: dict[str, tuple[str, ...]] | None = None, *, language: str = "en",
                 synonyms: tuple[tuple[str, ...], ...] = ()):
        from .language import language as language_of

        self.aliases = Aliases(aliases, language_of(language, synonyms), synonyms)
        self.prep = lru_cache(maxsize=8192)(lambda raw: Prepared.of(raw, self.aliases))
        self._soft_cache: dict[tuple[str, str, str], bool] = {}

    @classmethod
    def for_pack(cls, pack: Pack) -> Grader:
        """The grader of a pack: its aliases, language and synonym groups."""
        return cls(pack.aliases, language=getattr(pack, "language", "en"), synonyms=getattr(pack, "synonyms", ()))

    def grade(self, card: Card, answer: str) -> Verdict:
        """Judge one answer. Never raises on any text."""
        answer = (answer or "")[:MAX_ANSWER]
        asserted = asserted_part(answer, self.aliases.lang.code)
        got = Prepared.of(asserted or answer, self.aliases)
        if not got.words:
            return _wrong("No answer given.", "empty")
        verdict = getattr(self, f"_grade_{card.kind}")(card, got)
        if verdict.correct and card.kind in _SINGLE_KINDS:
            verdict = self._hedge_check(card, asserted or answer, verdict)
        if asserted:
            verdict = replace(verdict, trace=(f"judged on what is asserted: '{asserted}'", *verdict.trace))
        return self._apply_mistakes(card, got, verdict)

    def _hedge_check(self, card: Card, answer: str, verdict: Verdict) -> Verdict:
        """An answer that offers alternatives ("Vilnius or Riga", "7 или 8 декабря") is right
        only when every alternative is."""
        lang = self.aliases.lang.code
        split = _HEDGE_SPLIT.get(lang)
        if split is None or any(split.search(w.casefold()) for w in self._right_wordings(card)):
            return verdict
        parts = [p for p in split.split(" ".join(answer.split()).casefold()) if p.strip(" ,.;")]
        if len(parts) < 2:
            return verdict
        for part in parts:
            got = Prepared.of(part, self.aliases)
            if not got.words or not getattr(self, f"_grade_{card.kind}")(card, got).correct:
                return _wrong(f"Give one answer: '{part.strip()}' is not right.", "hedge",
                              f"offers alternatives: {' / '.join(p.strip() for p in parts)}")
        return verdict

    # -- mistakes

    def _right_wordings(self, card: Card) -> list[str]:
        out = [card.answer, *card.accept]
        for kp in card.keypoints:
            out.extend((kp.point, *kp.accept))
        for blank in card.blanks:
            out.extend(blank)
        return out

    def _mistake_hits(self, card: Card, got: Prepared, pattern: str) -> bool:
        raw = " ".join(got.words)
        want = self.prep(pattern)
        pattern_dates = [d for d in want.dates if d.month]
        if pattern_dates:  # "28 October", "2019-10-29": compared as dates
            given = got.dates
            return any(p.month == g.month and (p.day is None or p.day == g.day)
                       and (p.year is None or g.year is None or p.year == g.year)
                       for p in pattern_dates for g in given)
        if len(pattern.strip()) <= 2:  # a letter or a tiny token: only the whole answer
            return raw == " ".join(want.words)
        if want.quantities:
            if not all(any(_same_quantity(w, h) for h in got.quantities) for w in want.quantities):
                return False
            words = [i for i in want.content() if not any(ch.isdigit() for ch in want.words[i])
                     and want.words[i] not in got.lang.lex.quantity_words]
            if not words:
                return True  # "217 million", "$217m": the figure is the mistake
            return all(any(want.stems[i] == got.stems[j] for j in got.content()) for i in words)
        if len(want.words) <= 2:  # short patterns match as written, in sequence, negated alike
            n = len(want.stems)
            return any(got.stems[i:i + n] == want.stems and got.negated_at(i + n - 1) == want.negated()
                       for i in range(len(got.stems) - n + 1))
        return find_phrase(want, got, directions=False, span=len(want.words) + 2) is not None

    def _soft(self, card: Card, pattern: str) -> bool:
        """A pattern that is part of a right wording (or the right figure) only
        explains a wrong answer; it never fails a right one."""
        key = (card.id, card.content_hash, pattern)
        if key not in self._soft_cache:
            self._soft_cache[key] = self._is_soft(card, pattern)
        return self._soft_cache[key]

    def _is_soft(self, card: Card, pattern: str) -> bool:
        want = self.prep(pattern)
        spec = _spec_quantity(card)
        if spec is not None and any(_same_quantity(spec, q) for q in want.quantities):
            return True
        return any(self._mistake_hits(card, self.prep(wording), pattern) for wording in self._right_wordings(card))

    def _apply_mistakes(self, card: Card, got: Prepared, verdict: Verdict) -> Verdict:
        for mistake in card.mistakes:
            for pattern in mistake.match:
                if not self._mistake_hits(card, got, pattern):
                    continue
                if verdict.correct:
                    if self._soft(card, pattern):
                        continue
                    if self.prep(pattern).quantities and self._right_quantity_given(card, got):
                        continue  # "176 million, down from 217 million" names the wrong figure in passing
                    return _wrong(mistake.feedback, "mistake", f"matches the known mistake '{pattern}'",
                                  keypoints=verdict.keypoints)
                return Verdict(False, verdict.score, mistake.feedback, verdict.reason or "mistake",
                               keypoints=verdict.keypoints,
                               trace=verdict.trace + (f"matches the known mistake '{pattern}'",))
        return verdict

    def _right_quantity_given(self, card: Card, got: Prepared) -> bool:
        spec = _spec_quantity(card)
        if spec is None or card.number is None:
            return False
        return any(_same_quantity(spec, q, card.number.allowed()) for q in got.quantities)

    # -- shared checks

    def _hard_checks(self, ref: Prepared, got: Prepared, prompt: Prepared | None = None) -> Verdict | None:
        for want in ref.quantities:
            if not any(_same_quantity(want, have) for have in got.quantities):
                if got.quantities:
                    return _wrong(f"The figure is not right (expected {want.text}).", "quantity",
                                  f"missing {want.text}; given {', '.join(q.text for q in got.quantities)}")
                return _wrong(f"The answer needs the figure ({want.text}).", "quantity", f"missing {want.text}")
        rd, gd = ref.direction() or (prompt.direction() if prompt else 0), got.direction()
        if (rd and gd and rd != gd) or not directions_agree(got, ref):
            return _wrong("The direction is the wrong way round (a rise is not a fall).", "direction",
                          "direction words disagree")
        if ref.negated() != got.negated():
            return _wrong("Check the negation: your answer says the opposite.", "negation", "negation disagrees")
        return None

    # -- kinds

    def _grade_short(self, card: Card, got: Prepared) -> Verdict:
        prompt = self.prep(card.prompt)
        skip = frozenset(prompt.stems)
        best: tuple[int, float, str, bool] | None = None  # (level, ratio, wording, typo)
        mine = " ".join(got.stems[i] for i in got.content())
        for wording in (card.answer, *card.accept):
            ref = self.prep(wording)
            if not ref.content() and ref.words:
                if _literal_match(ref, got):
                    return Verdict(True, 1.0, "Correct.", trace=(f"matches '{wording}'",))
                continue
            if self._hard_checks(ref, got, prompt):
                continue
            match = find_phrase(ref, got, skip=skip)
            if match is not None and not match.typo:
                best = (2, 100.0, wording, False)
                break  # every word of an accepted wording, as written: nothing can do better
            theirs = " ".join(ref.stems[i] for i in ref.content())
            ratio = fuzz.ratio(mine, theirs)
            if match is not None:
                level = 2
            elif len(ref.content()) >= 3 and overlap(got, ref) == 1.0 and (
                    ratio >= _threshold(len(theirs))
                    or (len(ref.content()) >= 4 and overlap(ref, got) >= 0.75 and ref.negated() == got.negated()
                        and _leads(ref, got))):
                level = 1  # a close spelling of a long wording, or most of it (its head included) and nothing else
            else:
                level = 0
            cand = (level, ratio, wording, bool(match and match.typo) or level == 1)
            if best is None or cand[:2] > best[:2]:
                best = cand
        if best is None or best[0] == 0:
            ref = self.prep(card.answer)
            failed = self._hard_checks(ref, got, prompt)
            if failed is not None:
                return failed
            ratio = best[1] if best else 0.0
            return _wrong("Not quite.", "mismatch", f"no accepted wording matched (closest {ratio:.0f}%)",
                          score=0.0)
        level, ratio, wording, typo = best
        letters = _letters(got) - {w for text in self._right_wordings(card) for w in _letters(self.prep(text))}
        if letters:
            return _wrong(f"Your answer also names {', '.join(sorted(letters)).upper()}.", "mismatch",
                          f"adds {', '.join(sorted(letters))}")
        changed = self._modifier_added(card, got)
        if changed:
            return _wrong(f"'{changed}' changes the answer.", "mismatch", f"adds the qualifier '{changed}'")
        others = self._names_added(card, got, wording)
        if others:
            return _wrong(f"Your answer also names {', '.join(sorted(others))}.", "mismatch",
                          f"names {', '.join(sorted(others))}, which the answer does not")
        trace = f"matches '{wording}'" + (" (allowing a typo)" if typo else "")
        return Verdict(True, 1.0, "Correct." if not typo else "Correct (allowing a typo).", typo=typo,
                       trace=(trace,))

    def _modifier_added(self, card: Card, got: Prepared) -> str:
        """A rank or region word the answer adds to a title ("deputy", "East Asian")."""
        allowed = {st for text in (card.answer, *card.accept, card.prompt) for st in self.prep(text).stems}
        for word, st in zip(got.words, got.stems):
            if word in got.lang.lex.modifiers and not any(got.lang.word_match(st, a) == 0 for a in allowed):
                return word
        return ""

    def _names_added(self, card: Card, got: Prepared, wording: str) -> set[str]:
        """Names (pack aliases) the answer puts in place of names the card uses:
        "crude oil from Russia" for "American crude oil"."""
        mentioned = self.aliases.names(got.words)
        if not mentioned:
            return set()
        def names(text: Prepared) -> set[str]:
            return self.aliases.names(text.words)

        known = names(self.prep(wording)) | names(self.prep(card.answer)) | names(self.prep(card.prompt))
        words = {w for text in (wording, card.answer, card.prompt) for w in self.prep(text).words}
        extra = {n for n in mentioned - known if " " not in n  # a place or body named instead
                 and not any(w.startswith(n) and w[len(n):] in ("", *got.lang.lex.demonym_endings) for w in words)}
        if not extra:
            return set()
        left_out = (names(self.prep(wording)) | names(self.prep(card.answer))) - mentioned
        left_out |= {n for n in names(self.prep(card.prompt)) - mentioned if " " not in n}
        return extra if left_out else set()

    def _grade_numeric(self, card: Card, got: Prepared) -> Verdict:
        spec = _spec_quantity(card)
        assert spec is not None and card.number is not None
        allowed = card.number.allowed()
        ref, prompt = self.prep(card.answer), self.prep(card.prompt)
        falling = (ref.direction() or prompt.direction()) < 0
        hits = [q for q in got.quantities if _same_quantity(spec, _signed(q, spec, got, falling), allowed)]
        if hits:
            failed = self._direction_or_negation(ref, got, prompt) or self._hedged(spec, got, allowed, falling)
            return failed or Verdict(True, 1.0, "Correct.", trace=(f"{hits[0].text} = {card.answer}",))
        shares = find_shares(got.text, normalised=True)
        if spec.kind == "percent" and any(abs(x * 100 - spec.value) <= max(allowed, 1.0) for x in shares):
            return Verdict(True, 1.0, "Correct.", trace=(f"a share of {shares[0]:.0%} = {card.answer}",))
        accepted = self._accepted_wording(card, spec, got, shares)
        if accepted is not None:
            return accepted
        scaled = [q for q in got.quantities if q.kind == "count" and spec.kind == "money"
                  and any(abs(q.value * m - spec.value) <= max(allowed, 1e-9) for m in (1e3, 1e6, 1e9))]
        if scaled and not self._direction_or_negation(ref, got, prompt):
            return Verdict(True, 1.0, f"Right figure; give the unit too ({card.answer}).", typo=True,
                           trace=(f"{scaled[0].text} read as {card.answer} (magnitude missing)",))
        if got.quantities:
            return _wrong("The figure is not right.", "quantity",
                          f"figures given: {', '.join(q.text for q in got.quantities)}; expected {card.answer}")
        return _wrong("The answer needs a figure.", "quantity", "no figure found in the answer")

    def _accepted_wording(self, card: Card, spec: Quantity, got: Prepared, shares: list[float]) -> Verdict | None:
        """An `accept` wording the answer gives: its figures (a bare number in the card's
        unit), its share ("half" for "50%"), or its words when it has no figure."""
        for wording in card.accept:  # "a quarter of a century", "half" style wordings
            alt = self.prep(wording)
            if self._direction_or_negation(alt, got, alt) or (alt.direction() < 0 and "+" in got.text):
                continue
            wanted = [_in_unit_of(w, spec) for w in alt.quantities]
            if wanted:
                if all(any(_same_quantity(w, h) for h in got.quantities) for w in wanted):
                    return Verdict(True, 1.0, "Correct.", trace=(f"matches '{wording}'",))
                continue
            theirs = find_shares(alt.text, normalised=True)
            mine = [q.value / 100 for q in got.quantities if q.kind == "percent"] + shares
            if theirs and any(abs(t - m) <= 0.011 for t in theirs for m in mine):
                return Verdict(True, 1.0, "Correct.", trace=(f"matches '{wording}'",))
            if not got.quantities and find_phrase(alt, got) is not None:
                return Verdict(True, 1.0, "Correct.", trace=(f"matches '{wording}'",))
        return None

    def _hedged(self, spec: Quantity, got: Prepared, allowed: float, falling: bool) -> Verdict | None:
        """Two figures offered for one ("1369 or 1370", "between 3 and 6"): right only when
        every one is within the tolerance."""
        values = {round(_written(q), 9) for q in got.quantities if _comparable(spec, q)}
        if len(values) < 2 or not any(w in got.lang.lex.hedges for w in got.words) and "-" not in got.text:
            return None
        if all(_same_quantity(spec, _signed(q, spec, got, falling), allowed)
               for q in got.quantities if _comparable(spec, q)):
            return None
        return _wrong("Give one figure: one of the values you offer is not right.", "hedge",
                      f"offers {', '.join(q.text for q in got.quantities)}")

    def _direction_or_negation(self, ref: Prepared, got: Prepared, prompt: Prepared) -> Verdict | None:
        rd, gd = ref.direction() or prompt.direction(), got.direction()
        if rd and gd and rd != gd:
            return _wrong("The direction is the wrong way round (a rise is not a fall).", "direction",
                          "direction words disagree")
        if got.negated() and not ref.negated():
            return _wrong("Check the negation: your answer says the opposite.", "negation", "negation disagrees")
        return None

    def _grade_date(self, card: Card, got: Prepared) -> Verdict:
        assert card.date is not None
        parts = [int(p) for p in card.date.split("-")]
        year, month, day = (parts + [None, None])[:3]
        precision = card.precision or "day"
        prompt_years = {d.year for d in self.prep(card.prompt).dates if d.year}
        dates = self._dates_given(got, precision, year)
        years = {d.year for d in dates if d.year and d.month is None}
        if len(years) == 1:  # "the summer of 2019, in August": a month and a year given apart
            dates += [Date(next(iter(years)), d.month, d.day, d.text) for d in dates if d.year is None and d.month]
        hits = [d for d in dates if _date_hits(d, year, month, day, precision, prompt_years)]
        offered = {(d.year, d.month, d.day) for d in dates}
        if hits and len(offered) > 1 and any(w in got.lang.lex.hedges for w in got.words) \
                and not all(_date_hits(d, year, month, day, precision, prompt_years) for d in dates):
            return _wrong("Give one date: one of the dates you offer is not right.", "hedge",
                          f"offers {', '.join(d.text or str(d.year) for d in dates)}")
        if hits:
            return Verdict(True, 1.0, "Correct.", trace=(f"'{hits[0].text or hits[0].year}' matches {card.date}",))
        if dates:
            return _wrong("Not the right date.", "date", f"dates given: {', '.join(d.text or str(d.year) for d in dates)}")
        return _wrong("The answer needs a date.", "date", "no date found in the answer")

    @staticmethod
    def _dates_given(got: Prepared, precision: str, year: int | None) -> list[Date]:
        """The dates an answer gives; for a year, also a bare number ("'98", "79 AD", "the year 79")."""
        dates = list(got.dates)
        if precision != "year" or any(d.year for d in dates):
            return dates
        m = re.search(r"(?:^|\s)'(\d{2})\b", got.text)
        if m:
            short = int(m.group(1))
            return [Date(1900 + short if short > 30 else 2000 + short, None, None)]
        if re.search(r"\b(?:bc|bce|b c|до н э|до нашей эры)\b", got.text):
            return [Date(-int(q.value), None, None, q.text) for q in got.quantities if q.value.is_integer()]
        era = re.search(r"\b(?:ad|ce|year)\s*(\d{1,4})\b|\b(\d{1,4})\s*(?:ad|ce|a d|н\s*э)\b", got.text)
        if era:
            return [Date(int(era.group(1) or era.group(2)), None, None, era.group(0))]
        low = 1000 if year is None or year >= 1000 else 1
        return [Date(int(q.value), None, None, q.text) for q in got.quantities
                if q.value.is_integer() and low <= q.value <= 2100]

    def _keypoint_results(self, card: Card, got: Prepared) -> tuple[list[KeypointResult], bool]:
        skip = frozenset(self.prep(card.prompt).stems)
        results = []
        typo_any = False
        for kp in card.keypoints:
            point = self.prep(kp.point)
            point_dir = point.direction()
            covered, matched = False, ""
            for phrase in (kp.point, *kp.accept):
                ref = self.prep(phrase)
                if ref.quantities and not all(any(_same_quantity(w, h) for h in got.quantities)
                                              for w in ref.quantities):
                    continue
                # a bare alternative ("alternative views") of a negated point may be negated or not
                negation = None if point.negated() and not ref.negated() else ref.negated()
                match = find_phrase(ref, got, skip=skip, negation=negation) if ref.content() else None
                if match is None and ref.quantities and len(ref.content()) <= len(ref.quantities):
                    covered, matched = True, ", ".join(q.text for q in ref.quantities)
                    break
                if match is None:
                    continue
                want_dir = ref.direction() or point_dir
                got_dir = got.direction(list(match.positions))
                if want_dir and got_dir and want_dir != got_dir:
                    continue
                covered, matched = True, match.text
                typo_any |= match.typo
                break
            results.append(KeypointResult(kp.point, covered, matched))
        return results, typo_any

    def _grade_list(self, card: Card, got: Prepared) -> Verdict:
        results, typo = self._keypoint_results(card, got)
        need = card.needed
        covered = sum(r.covered for r in results)
        score = min(1.0, covered / need) if need else 0.0
        missing = [r.point for r in results if not r.covered]
        trace = tuple(f"{'✓' if r.covered else '✗'} {r.point}" + (f" ← {r.matched}" if r.matched else "")
                      for r in results)
        if covered >= need:
            feedback = "Correct." if not missing else f"Correct. You could also mention: {'; '.join(missing)}"
            return Verdict(True, 1.0, feedback, typo=typo, keypoints=tuple(results), trace=trace)
        return Verdict(False, score, f"{covered} of {need} points. Missing: {'; '.join(missing)}", "keypoints",
                       keypoints=tuple(results), trace=trace)

    _grade_explain = _grade_list

    def _pick_option(self, card: Card, got: Prepared, raw: str) -> int | None:
        """The option a learner chose: by letter ("b", "B)", "option b", "(b)"), by its
        text, or by a paraphrase clearly closer to one option than to any other."""
        n = len(card.options)
        simple = raw.strip().strip(".)(").strip()
        for letters in (LETTERS[:n], CYRILLIC_LETTERS[:n]):
            if len(simple) == 1 and simple in letters:
                return letters.index(simple)
        m = re.match(r"^(?:option\s+|вариант\s+)?\(?([a-zа-я])(?:[).:]|\s*[-–]|\s*$)\s*", raw.strip()) \
            or re.search(r"\(\s*(?:option\s+)?([a-z])\s*\)|\boption\s+([a-z])\b", raw)
        if m:
            letter = m.group(1) or (m.group(2) if m.lastindex and m.lastindex >= 2 else None)
            for letters in (LETTERS[:n], CYRILLIC_LETTERS[:n]):
                if letter and letter in letters:
                    return letters.index(letter)
        options = [self.prep(o) for o in card.options]
        fits = [i for i, o in enumerate(options) if not contradicts(got, o) and _figures_agree(got, o)]
        exact = [i for i in fits if find_phrase(got, options[i]) is not None
                 and find_phrase(options[i], got) is not None]
        if len(exact) == 1:
            return exact[0]
        covering = [i for i in fits if find_phrase(got, options[i]) is not None]
        if len(covering) == 1:
            return covering[0]
        mine = {i: overlap(got, options[i]) for i in fits}  # the learner's words found in each option
        theirs = {i: overlap(options[i], got) for i in fits}
        ranked = sorted(fits, key=lambda i: (mine[i], theirs[i]), reverse=True)
        if not ranked:
            return None
        top = ranked[0]
        rest = [(mine[i], theirs[i]) for i in ranked[1:]] or [(0.0, 0.0)]
        if mine[top] >= 0.5 and all(m == 0 for m, _ in rest):
            return top  # only this option shares the learner's words
        if mine[top] >= 0.6 and (mine[top] > rest[0][0] or theirs[top] >= rest[0][1] + 0.1):
            return top  # a paraphrase clearly closest to one option
        return None

    def _grade_choice(self, card: Card, got: Prepared) -> Verdict:
        right = card.options.index(card.answer)
        pick = self._pick_option(card, got, got.text)
        if pick is None:
            return _wrong("Pick one option: its letter or its text.", "choice", "no single option recognised")
        chosen = f"chose {LETTERS[pick]}) {card.options[pick]}"
        if pick == right:
            return Verdict(True, 1.0, "Correct.", trace=(chosen,))
        return _wrong(f"Not that one: the answer is {LETTERS[right]}).", "choice", chosen)

    def _blank_ok(self, alternatives: tuple[str, ...], piece: Prepared) -> bool:
        for alt in alternatives:
            ref = self.prep(alt)
            if ref.quantities:
                if all(any(_same_quantity(w, h) for h in piece.quantities) for w in ref.quantities) \
                        and len(piece.quantities) == len(ref.quantities):
                    return True
                continue
            if find_phrase(ref, piece) is not None and len(piece.content()) <= len(ref.content()) + 2:
                return True
            if "".join(ref.words) == "".join(piece.words):
                return True  # "break-through" for "breakthrough"
        return False

    def _grade_cloze(self, card: Card, got: Prepared) -> Verdict:
        n = len(card.blanks)
        text = re.sub(r"(?:^|\s)\(?\d{1,2}[).:]\s+", ";", got.text)  # "1) Belarus 2) Europe"
        raw_pieces = [p.strip() for p in re.split(r"[;,\n/|]+(?!\d)|\s+(?:and|и)\s+", text) if p.strip()]
        if n == 1:
            raw_pieces = [got.text]
        elif len(raw_pieces) == 1 and len(got.words) == n:
            raw_pieces = list(got.words)  # "belarus europe efforts": one word per blank
        pieces = [self.prep(p) for p in raw_pieces]
        hits = 0
        trace = []
        for i, blank in enumerate(card.blanks):
            piece = pieces[i] if i < len(pieces) else None
            ok = piece is not None and piece.words and self._blank_ok(blank, piece)
            if not ok and piece is None and len(pieces) < n:
                ok = False
            hits += bool(ok)
            trace.append(f"{'✓' if ok else '✗'} blank {i + 1}: {raw_pieces[i] if i < len(raw_pieces) else '(empty)'}")
        if hits < n and len(pieces) != n:
            # blanks given in another layout: look for each blank anywhere in the answer
            found = sum(1 for blank in card.blanks if self._blank_ok(blank, got))
            if found == n and len(got.content()) <= sum(len(self.prep(b[0]).content()) for b in card.blanks) + n:
                return Verdict(True, 1.0, "Correct.", trace=("every blank found in the answer",))
        if hits == n:
            return Verdict(True, 1.0, "Correct.", trace=tuple(trace))
        return _wrong(f"{hits} of {n} blanks right.", "cloze", *trace, score=hits / n)

    def _grade_order(self, card: Card, got: Prepared) -> Verdict:
        n = len(card.items)
        numbers = [int(t) for t in got.words if t.isdigit()]
        order: list[int] = []
        if len(numbers) == n and all(1 <= x <= n for x in numbers) and len(got.words) == n:
            shown = card.shown_items  # the learner numbers the items as they were shown
            order = [card.items.index(shown[x - 1]) for x in numbers]
        else:
            text = got.text
            if re.match(r"^\s*1\b", text):
                text = re.sub(r"(?:^|\s)\d+[.):]?\s+", ";", text)  # "1 Anschluss 2 satellite 3 status quo"
            pieces = [p.strip() for p in re.split(r"[;,\n>|<]+|->|→|\bthen\b", text) if p.strip()]
            items = [self.prep(item) for item in card.items]
            prepared = [self.prep(piece) for piece in pieces]
            scores = {(p, k): (overlap(pp, it), fuzz.token_sort_ratio(" ".join(pp.stems), " ".join(it.stems)))
                      for p, pp in enumerate(prepared) for k, it in enumerate(items)}
            order = [-1] * len(pieces)
            # the surest piece-to-item pairs first, so one loose word cannot take another piece's item
            for (p, k), score in sorted(scores.items(), key=lambda kv: kv[1], reverse=True):
                if score[0] > 0 and order[p] < 0 and k not in order:
                    order[p] = k
            unplaced = [k for k in range(n) if k not in order]
            if len(pieces) == n and order.count(-1) == 1 and len(unplaced) == 1:
                order[order.index(-1)] = unplaced[0]  # the one piece left names the one item left
            order = [k for k in order if k >= 0]
            if len(order) != n:
                order = _order_by_position(items, got) or order
        if len(order) != n or len(set(order)) != n:
            return _wrong(f"Give all {n} items, in order.", "order", f"recognised {len(set(order))} of {n} items")
        pairs = n * (n - 1) // 2
        concordant = sum(1 for i in range(n) for j in range(i + 1, n) if order[i] < order[j])
        if order == list(range(n)):
            return Verdict(True, 1.0, "Correct.", trace=("all items in order",))
        return _wrong("Not quite in order.", "order", f"{concordant} of {pairs} pairs in the right order",
                      score=concordant / pairs)


# ------------------------------------------------------------------ module helpers


_CORRECTIONS = {
    "en": [re.compile(r"^(?:(?:it|that)(?:'s| is| was)?\s+)?not\s+(?P<x>[^,;]+?)\s*,?\s*but\s+(?:rather\s+)?(?P<y>.+)$"),
           re.compile(r"^(?:(?:it|that)(?:'s| is| was)?\s+)?not\s+(?P<x>[^,;]+)[,;]\s*(?:(?:it|that)(?:'s| is| was)\s+|rather\s+)"
                      r"(?P<y>.+)$"),
           re.compile(r"^(?P<y>.+?)\s*[,;]\s*(?:and\s+|but\s+)?not\s+(?P<x>[^,;]+)$"),
           re.compile(r"^(?P<y>.+?)\s+(?:rather than|instead of)\s+(?P<x>.+)$")],
    "ru": [re.compile(r"^не\s+(?P<x>[^,;]+)[,;]?\s+а\s+(?P<y>.+)$"),
           re.compile(r"^(?P<y>.+?)\s*[,;]\s*(?:а\s+)?не\s+(?P<x>[^,;]+)$"),
           re.compile(r"^(?P<y>.+?)\s+(?:вместо|а не)\s+(?P<x>.+)$")],
}


def asserted_part(answer: str, language: str = "en") -> str:
    """What an answer asserts when it corrects itself ("not X but Y", "Y, not X", "не X, а Y"):
    Y. Empty when the answer makes no such correction."""
    from .language import LANGUAGES

    lex = LANGUAGES.get(language, LANGUAGES["en"])
    text = " ".join(answer.split())
    for pattern in _CORRECTIONS.get(language, ()):
        m = pattern.match(text.casefold())
        said = [w for w in re.findall(r"[^\W_]+", m.group("y"))] if m else []
        if m and any(w not in lex.stop and w not in lex.negators for w in said) and len(m.group("x").split()) <= 8:
            start = m.start("y")
            return text[start:m.end("y")].strip(" .,;")
    return ""


def _letters(text: Prepared) -> set[str]:
    """The single letters a text uses as names ("P and S waves")."""
    return {text.words[i] for i in text.content() if len(text.words[i]) == 1 and text.words[i].isalpha()}


def _order_by_position(items: list[Prepared], got: Prepared) -> list[int] | None:
    """Items named one after another with nothing between ("vesuvius tambora krakatau"):
    the order in which each item's first word found appears in the answer."""
    places: list[tuple[int, int]] = []
    for k, item in enumerate(items):
        spots = [got.find_word(item.stems[i], item.words[i], None, item.words[i] in item.exact)
                 for i in item.content()]
        found = [j for m, j in spots if m >= 0]
        if not found:
            return None
        places.append((min(found), k))
    if len({p for p, _ in places}) != len(places):
        return None
    return [k for _, k in sorted(places)]


def _leads(ref: Prepared, got: Prepared) -> bool:
    """Is the first content word of `ref` (in short answers, usually the head:
    "lifting the cap", "assistant secretary") in `got`?"""
    first = ref.content()[0]
    return any(got.lang.word_match(ref.stems[first], got.stems[j]) >= 0 for j in got.content())


def _threshold(length: int) -> float:
    """Similarity needed to accept a close spelling: stricter for short references."""
    if length <= 10:
        return 95.0
    if length <= 25:
        return 90.0
    return 85.0


def _date_hits(d: Date, year, month, day, precision: str, prompt_years: set[int]) -> bool:
    if d.year is not None and d.year != year:
        return False
    if precision == "year":
        return d.year == year
    if d.year is None and precision == "month" and year not in prompt_years:
        return False  # "November" alone does not say which November; "28 October" names the day
    if d.month != month:
        return False
    return precision == "month" or d.day == day


_default = Grader()


def grade(card: Card, answer: str, aliases: dict[str, tuple[str, ...]] | None = None) -> Verdict:
    """Grade one answer. Pass the pack's aliases (or use a `Grader` for many answers)."""
    grader = _default if not aliases else Grader(aliases)
    return grader.grade(card, answer)
