"""Numeric and date cards: the figure or date asked for, within tolerance, at the card's precision, given once."""

from __future__ import annotations

import re

from ..changes import as_change, relative
from ..count_nouns import lone_count, none_count, one_of_unit
from ..customary_units import imperial_reading
from ..dates import Date, day_dot_month
from ..lexicon_counts import ENGLISH_COUNTS, RUSSIAN_COUNTS
from ..lexicon_negative import NOT_UNTIL
from ..lexicon_ru_tutor import RUSSIAN_TUTOR
from ..matching import Prepared, find_phrase
from ..numbers_en import near_number_word
from ..numbers_ru import measure_adjective_figures, near_ru_number_word
from ..packs import Card
from ..quantities import Quantity, find_quantities, measure
from ..stopwatch import stopwatch_durations
from .approximate import approximate_allowance
from .base import GraderBase
from .bound_sides import bound_side, bounds_clash, leaves_out, start_for_end, without_bound
from .counted_other import opposite_counted, unit_counted_other
from .dated import card_day, decade_years, era_clash, names_day
from .day_spans import span_days, with_span_days
from .extremes import extreme_asked
from .figures import (
    MEASURE_KINDS,
    comparable,
    date_hits,
    figures_shown,
    in_days,
    in_unit_of,
    same_quantity,
    signed,
    spec_quantity,
    written,
)
from .nights import night_eves
from .notations import magnitude_figure, read_otherwise
from .periods import other_period, other_unit, over_own_period, per_units, periods
from .spans import dashed, years_counted
from .spans import spans as figure_spans
from .unknown_units import currencies_named, other_money
from .verdict import Verdict, wrong

__all__ = ["NumericGrading", "vague_count"]

_NO_FIGURE = "The answer needs a figure."


_WORKING = re.compile(r"\([^()]*[\^*×=][^()]*\)")  # a calculation in brackets
# a figure glued by a hyphen to a Russian adjective names a kind of thing, no value offered ("по 12-балльной шкале",
# "5-этажный дом")
_KIND = re.compile(rf"(?<![\d.,])(\d+)-[а-яё]+(?:{'|'.join(RUSSIAN_TUTOR.adjective_endings)})\b")
_BARE = re.compile(r"[-+]?[\d.,' ]+")  # a figure without a magnitude: "4.2" (not "4.2 million")


_HOW_MANY = re.compile(r"\bhow many\b|(?<!\bво )\bсколько\b", re.IGNORECASE)  # a count ("во сколько раз": a ratio)


def _no_count(q: Quantity, got: Prepared) -> bool:
    """Is a figure of an answer no count: read from a fraction ("a fifth", "two fifths", "пятая часть": 20%, 40%) or
    from an ordinal alone ("the fifth", "пятый": which one, not how many)?"""
    return q.kind == "count" and (q.text in got.ordinals or any(  # (not "40 из 60": its figures are counts)
        q.value and abs(1 / q.value - share) < 1e-9 for share in got.shares))


def _decimal_share(spec: Quantity, got: Prepared) -> float | None:
    """A percentage of 1% or more written as the decimal fraction it is ("0.15", "0,15" for 15%): the answer's one
    figure, bare, under 1 and written with its "0."."""
    if spec.kind != "percent" or spec.value < 1 or len(got.quantities) != 1:
        return None
    q = got.quantities[0]
    return q.value if q.kind == "count" and q.unit is None and q.text.startswith(("0.", "0,")) and 0 < q.value < 1 \
        else None


_GRAMS = frozenset(("g", "gr", "г", "гр"))  # "г" alone after a year is "год": only a figure of a share reads it so


def _unit_after(q: Quantity, got: Prepared) -> bool:
    """Is a bare figure followed by a unit of measure ("2 g", "2 г", "2 ml")? Then it is no share."""
    at = got.text.find(q.text)
    if at < 0 or not q.text:
        return False
    nxt = got.text[at + len(q.text):].split(maxsplit=1)
    word = nxt[0].strip(".,;") if nxt else ""
    return bool(word) and (word in _GRAMS or measure(word) is not None)


_NAUTICAL_MILE = 1852.0  # metres
_STATUTE_MILE = 1609.344  # metres
_SEA_ASKED = re.compile(r"nautical mile|морск\w* мил")  # a prompt that asks in nautical miles
# a prompt that asks for the figure's sign ("give it with its sign", "укажите со знаком"): an unsigned figure is no
# figure below zero, though the card's answer says one is ("−40 m, 40 m below sea level")
_SIGN_ASKED = re.compile(r"\bwith (?:its|the|a) sign\b|\b(?:plus or minus|positive or negative)\b"
                         r"|(?<!\w)(?:со знаком|с учетом знака|с учётом знака|плюс или минус)(?!\w)", re.IGNORECASE)


def _in_context(q: Quantity, spec: Quantity, got: Prepared, prompt: Prepared) -> Quantity:
    """A figure whose unit letter only the card's kind tells apart: on a mass card "500 г" is
    grams (elsewhere a year), on a temperature card "300 K" / "300 К" kelvin (elsewhere thousands); on
    a card of imperial gallons a bare "gallons" is the card's gallons; on a card of nautical miles "nm" (also
    the navigator's "NM") is the card's unit, not nanometres, and so is a bare "miles" / "миль" where the prompt
    asks how many nautical miles (the learner shortens the unit asked; elsewhere a bare "miles" is the land mile)."""
    if q.kind == spec.kind == "length" and abs(spec.scale - _NAUTICAL_MILE) < 1e-6 and (
            (q.text.endswith("nm") and abs(q.scale - 1e-9) < 1e-15)
            or (abs(q.scale - _STATUTE_MILE) < 1e-6 and _SEA_ASKED.search(prompt.text))):
        return Quantity(q.value / q.scale * _NAUTICAL_MILE, "length", "base", q.text, _NAUTICAL_MILE)
    if q.kind == spec.kind == "volume":
        imperial = imperial_reading(q.value, q.scale, q.text, spec.text)
        return q if imperial is None else Quantity(imperial[0], "volume", "base", q.text, imperial[1])
    if q.kind != "count" or spec.kind not in ("mass", "temperature"):
        return q
    if spec.kind == "temperature" and q.text.endswith("k") and q.text[:-1].strip():
        return Quantity(q.value / 1e3 - 273.15, "temperature", "k", q.text)
    at = got.text.find(q.text)
    nxt = got.text[at + len(q.text):].split(maxsplit=1) if at >= 0 and q.text else []
    word = nxt[0].strip(".,;") if nxt else ""
    if spec.kind == "mass" and word in _GRAMS:
        return Quantity(q.value * 1e-3, "mass", "base", f"{q.text} {word}", 1e-3)
    if spec.kind == "temperature" and word == "к":
        return Quantity(q.value - 273.15, "temperature", "k", f"{q.text} {word}")
    return q


def _number_words_fixed(got: Prepared) -> str | None:
    """The answer with its words that are one slip from a number word written right, if any."""
    near = near_number_word if got.lang.code == "en" else near_ru_number_word
    lex = got.lang.lex
    fixed = [w if w in lex.stop or w in lex.negators else near(w) or w for w in got.words]  # "none" is no "nine"
    return " ".join(fixed) if fixed != got.words else None


def vague_count(answer: str, lang: str, verdict: Verdict) -> Verdict:
    """An answer without a figure that says "some number" ("a few weeks", "several", "сотни км") is told so, its
    words quoted as written: the whole answer when it is short, else the word and the one after it."""
    counts = RUSSIAN_COUNTS if lang == "ru" else ENGLISH_COUNTS
    said = answer.strip().rstrip(".!")
    words = said.split()
    bare = [w.strip(",;:()").casefold() for w in words]
    at = next((i for i, w in enumerate(bare) if w in counts.vague or w in counts.magnitudes), None)
    if at is None or verdict.feedback != _NO_FIGURE:
        return verdict
    if len(words) > 4:
        said = " ".join(words[at - 1 if at and len(bare[at - 1]) == 1 else at:at + 2])  # "a few", "a number"
    return wrong(f"Give the figure: '{said}' is not one.", "quantity", f"a count without a figure: '{said}'")


def _states(want: Quantity, have: Quantity, got: Prepared, allowed: float = 0.0, points: bool = False) -> bool:
    """`same_quantity`, but a bare figure with a unit of measure after it is no share."""
    return same_quantity(want, have, allowed, points=points) \
        and not (want.kind == "percent" and have.kind == "count" and _unit_after(have, got))


# What a figure of each kind measures, for "the answer gives a length of time where an amount
# of money is asked for" (a bare number, "count", is read in the card's unit: never another kind).
_KIND_NOUNS: dict[str, str] = {
    "money": "an amount of money", "percent": "a percentage", "duration": "a length of time", "length": "a length",
    "area": "an area", "volume": "a volume", "mass": "a mass", "temperature": "a temperature",
    "density": "a density", "data": "an amount of data", "datarate": "a data rate", "current": "a current",
    "voltage": "a voltage", "power": "a power", "energy": "an energy", "resistance": "a resistance",
    "frequency": "a frequency", "force": "a force", "pressure": "a pressure", "capacitance": "a capacitance",
    "speed": "a speed", "time": "a time of day", "factor": "a factor", "dose": "a dose of radiation",
    "absorbed": "an absorbed dose", "activity": "an activity", "exposure": "an exposure",
    "magnetic": "a magnetic field",
    "charge": "a charge", "amount": "an amount of substance", "illuminance": "an illuminance",
    "level": "a level in decibels",
}


def _other_kind(spec: Quantity, given: list[Quantity]) -> str | None:
    """Feedback when every figure given measures another kind of thing than the card asks
    ("three weeks" for an amount of money), else None."""
    asked = _KIND_NOUNS.get(spec.kind)
    if asked is None or not given or any(comparable(spec, q) for q in given):
        return None
    first = given[0]
    noun = _KIND_NOUNS.get(first.kind)
    return f"The answer gives {noun} ({first.text}) where {asked} is asked for." if noun else None


def _date_shown(iso: str) -> str:
    """A card's date as people write it: the year without the zeros a pack adds before 1000 ("0863" ->
    "863", "0079-08-24" -> "79-08-24")."""
    year, _, rest = iso.partition("-")
    return str(int(year)) + (f"-{rest}" if rest else "")


def _denied(date: Date, got: Prepared) -> bool:
    """Is the date an answer gives denied ("not in 1799", "it wasn't 1799")? Not when it is said with "until"
    ("not until 1799", "it didn't happen until July 1799": then and no earlier)."""
    at = [i for i, w in enumerate(got.words) if date.year is not None and w == str(abs(date.year))]
    if not at:
        return got.negated()
    before = got.words[max(0, at[0] - 3):at[0]]
    return got.negated_at(at[0]) and NOT_UNTIL.isdisjoint(before)


def _short_of(dates: list[Date], year: int | None, month: int | None, precision: str) -> str | None:
    """Feedback for a date that is right as far as it goes but stops short of the card's
    precision ("autumn 1825" or "1825" for October 1825), else None."""
    if year is None or precision == "year":
        return None
    if precision == "day" and any(d.year == year and d.month == month and d.day is None for d in dates):
        return "The month is right, but the day is asked for."
    if any(d.year == year and d.month is None for d in dates):
        return f"The year is right, but the {'month' if precision == 'month' else 'day'} is asked for."
    return None


def _over(want: Quantity, have: Quantity) -> float | None:
    """How far the answer's figure is over the card's (under it: below 0), where both are plain figures of one
    kind read alike (a count, a factor, a measure in its base unit, a duration in days); else None."""
    wd, hd = in_days(want), in_days(have)
    if wd is not None and hd is not None:
        return hd - wd
    if want.kind == "temperature" or have.kind == "time" or want.share is not None or have.share is not None:
        return None
    if have.kind == want.kind and (want.unit or None) == (have.unit or None) or have.kind == want.kind in MEASURE_KINDS:
        return have.value - want.value
    return have.value - want.value / want.scale if have.kind == "count" and want.kind in MEASURE_KINDS else None


_BELOW = frozenset(("below", "under", "beneath", "ниже", "под"))  # a figure's words of being below a level


def _below(text: Prepared) -> bool:
    """Does a text say its figure is below a level ("40 m below sea level", "на 40 м ниже уровня моря")?"""
    return text.direction() < 0 or not _BELOW.isdisjoint(text.words)


class NumericGrading(GraderBase):
    """`numeric` and `date` cards."""

    def _grade_numeric(self, card: Card, got: Prepared) -> Verdict:
        asked = self.card_value(card, "spec", lambda: spec_quantity(card))  # (read once per card)
        assert asked is not None and card.number is not None
        if (none := none_count(got.written, got.lang.code, (q.value for q in got.quantities))):  # "no one" is 0
            return self._grade_numeric(card, self.prep(none))
        ref, prompt = self.prep(card.answer), self.prep(card.prompt)
        allowed = self.card_value(card, "allowed", lambda: max(  # "about 4 poods": ±5% (read once per card)
            card.number.allowed() if card.number else 0.0, approximate_allowance(card, ref, asked)))
        # the words of a bound say no rise: "by more than 90%", asked how much prices fell, is a fall (issue #11)
        way, got_way = self._unbound(ref), self._unbound(got)
        falling = (way.direction() or prompt.direction()) < 0 and not _SIGN_ASKED.search(card.prompt)
        spec = self.card_value(card, "spec as change", lambda: as_change(
            asked, way.direction() or prompt.direction(), ref.quantities, prompt.words, got.lang.code))
        own = self.card_set(card, "periods", lambda: periods(ref.text) | periods(prompt.text))
        # a figure over its own period ("400 mm a year"), its unit read as the card asks it (`_in_context`)
        counted = self.card_value(card, "count asked", lambda: bool(_HOW_MANY.search(card.prompt)) and not (
            ref.ordinals or ref.shares))  # "How many times ...?": "a fifth", "the fifth" count nothing
        given = [over_own_period(_in_context(q, spec, got, prompt), spec, own) for q in got.quantities
                 if not (counted and _no_count(q, got))] + stopwatch_durations(got.written, spec.unit)  # "63:16"
        named = self.card_set(card, "currencies", lambda: currencies_named(self.prep(" ".join(
            (card.prompt, card.answer, *card.accept, card.explanation))).words))
        hits = [q for q in given if _states(spec, signed(q, spec, got, falling), got, allowed, self.points(card))
                and not other_money(spec, q, named)]  # "3 ducats" for `unit: groats`
        if hits and era_clash((ref, *map(self.prep, card.accept)), got):
            return wrong(f"That is the other era: the answer is {card.answer}.", "date",
                         f"{hits[0].text} given in the other era than {card.answer}")
        if hits and other_period(own, got.text) is not None:
            return wrong(f"The figure is counted over another time (expected {card.answer}).", "quantity",
                         f"{hits[0].text} counted over another time than the card's")
        if hits and other_unit(self.card_set(card, "per units", lambda: per_units(ref.text) | per_units(prompt.text)),
                               got.text) is not None:
            return wrong(f"The figure is given per another unit (expected {card.answer}).", "quantity",
                         f"{hits[0].text} given per another unit than the card's")
        if hits and spec.kind == "money" and card.number.unit and (thing := unit_counted_other(  # "1200 looms"
                self.prep(card.number.unit), got, (q.text for q in hits), self.card_set(card, "right+prompt", lambda: (
                    st for text in (*self._right_wordings(card), card.prompt) for st in self.prep(text).stems)))):
            return wrong(f"'{thing}' is another thing.", "quantity", f"'{thing}' in place of a word of '{card.answer}'")
        if hits and (opposite := opposite_counted(prompt, got)):  # "three men", asked how many women
            thing, asked_for = opposite
            return wrong(f"'{thing}' is another thing.", "quantity", f"'{thing}' in place of '{asked_for}'")
        if hits and bounds_clash(ref.text, got.text, got.lang.code):  # "больше 20" for "не больше 20"
            return wrong(f"Check the bound: the answer is {card.answer}.", "quantity",
                         f"{hits[0].text} bounded from the other side than {card.answer}")
        if hits and start_for_end(ref.text, got.text, got.lang.code):  # "с 25 до 80 км" for "до 25 км"
            return wrong(f"That is where the change starts: the answer is {card.answer}.", "quantity",
                         f"{hits[0].text} given where the change starts, not where it ends")
        if hits and not spec.change and leaves_out(ref.text, got.text, got.lang.code, _over(spec, hits[0])):
            return wrong(f"The bound leaves the figure out: the answer is {card.answer}.", "quantity",
                         f"{hits[0].text} bounded so that {card.answer} is outside it")
        if hits:
            # ("up to 400 mm" for "less than 400 mm": a bound on the same side, whose words are no rise or fall)
            code, bound = got.lang.code, bound_side(ref.text, got.lang.code)
            same_bound = bound != 0 and bound_side(got.text, code) == bound and not got.negated() and not any(
                self.prep(without_bound(text, code)).direction() for text in (ref.text, got.text))
            failed = (None if same_bound else self._direction_or_negation(ref, got, prompt, (way, got_way))) \
                or self._hedged(spec, got, allowed, falling, extreme_asked(card.prompt, got.lang.code))
            converted = relative(hits[0]) and relative(spec) and hits[0].kind != spec.kind  # "4 times" for "by 75%"
            said = "is the same change as" if converted else "="
            return failed or Verdict(True, 1.0, "Correct.", trace=(f"{hits[0].text} {said} {card.answer}",))
        shares = list(got.shares)
        if spec.kind == "percent" and not spec.change:  # "a quarter as much", "four times less": a share of 25%
            shares += [q.ratio for q in got.quantities if q.kind == "factor" and q.ratio is not None and q.ratio < 1]
        if spec.kind == "percent" and any(abs(x * 100 - spec.value) <= max(allowed, 1.0) for x in shares) \
                and not (spec.change and any(relative(q) and q.change != "by" for q in got.quantities)):
            # ("to a quarter" is no "by 25%"; "by a fifth" is a share of change, as near as "a fifth")
            return self._direction_or_negation(ref, got, prompt, (way, got_way)) or Verdict(
                True, 1.0, "Correct.", trace=(f"a share of {shares[0]:.0%} = {card.answer}",))
        decimal = _decimal_share(spec, got)
        if decimal is not None and abs(decimal * 100 - spec.value) <= allowed + 1e-9:
            return self._direction_or_negation(ref, got, prompt, (way, got_way)) or Verdict(
                True, 1.0, "Correct.", trace=(f"{got.quantities[0].text} as a share = {card.answer}",))
        accepted = self._accepted_wording(card, spec, got, shares)
        if accepted is not None:
            return accepted
        scaled = [q for q in got.quantities if q.kind == "count" and spec.kind == "money"
                  and _BARE.fullmatch(q.text)
                  and any(abs(q.value * m - spec.value) <= max(allowed, 1e-9) for m in (1e3, 1e6, 1e9))]
        if scaled and not self._direction_or_negation(ref, got, prompt, (way, got_way)):
            return Verdict(True, 1.0, f"Right figure; give the unit too ({card.answer}).", typo=True,
                           trace=(f"{scaled[0].text} read as {card.answer} (magnitude missing)",))
        read = read_otherwise(got)
        if read is not None and same_quantity(spec, read, allowed):
            return Verdict(True, 1.0, "Correct.", trace=(f"'{got.text}' read as {read.value:g} = {card.answer}",))
        if any(q.kind == "money" == spec.kind and q.unit != spec.unit and q.matches(spec.value, allowed)
               for q in got.quantities):
            return wrong(f"That is another currency: the answer is {card.answer}.", "quantity",
                          f"figures given: {figures_shown(got.quantities)}; expected {card.answer}")
        if any(other_money(spec, q, named) and q.matches(spec.value, allowed) for q in got.quantities):
            return wrong(f"That is another unit: the answer is {card.answer}.", "quantity",
                         f"figures given: {figures_shown(got.quantities)}; expected {card.answer}")
        if got.quantities:
            return wrong(_other_kind(spec, got.quantities) or "The figure is not right.", "quantity",
                          f"figures given: {figures_shown(got.quantities)}; expected {card.answer}")
        lone = lone_count(got.text, got.lang.code) or one_of_unit(got.text, got.lang.code)
        if lone is not None:  # "a couple", "пару" alone: two; "a dollar", "an hour": one
            return self._grade_numeric(card, self.prep(lone))
        if got.lang.code == "ru" and (figured := measure_adjective_figures(got.text)) != got.text:
            return self._grade_numeric(card, self.prep(figured))  # "девятибалльное": "9-балльное"
        spelt = _number_words_fixed(got)
        if spelt is not None:  # "sevn", "шест лет": a number word with a slip, where a figure is asked for
            fixed = self._grade_numeric(card, self.prep(spelt))
            if fixed.correct:
                return Verdict(True, 1.0, "Correct (allowing a typo).", typo=True,
                               trace=(f"'{got.text}' read as '{spelt}'", *fixed.trace))
        if spec.kind == "count" and not spec.unit and (magnitude := magnitude_figure(got.text)) is not None:
            return self._grade_numeric(card, self.prep(magnitude))  # "M5.1" on a card of a bare number: 5.1
        return wrong(_NO_FIGURE, "quantity", "no figure found in the answer")  # (`vague_count` tells "a few" apart)

    def _unbound(self, text: Prepared) -> Prepared:
        """A text read without its words of a bound ("more than 90%": "90%"), whose "more" or "over" says no rise."""
        bare = without_bound(text.text, text.lang.code)
        return text if bare == text.text else self.prep(bare)

    def _accepted_wording(self, card: Card, spec: Quantity, got: Prepared, shares: list[float]) -> Verdict | None:
        """An `accept` wording the answer gives: its figures (a bare number in the card's
        unit), its share ("half" for "50%"), or its words when it has no figure."""
        for wording in card.accept:  # "a quarter of a century", "half" style wordings
            alt = self.prep(wording)
            plus = any(q.text.startswith("+") for q in got.quantities)  # "+1186", "плюс 1186"
            # (asked with its sign, a wording's figure "below" needs the answer's word for it: "40 m" is no "40 m
            # below"; its minus makes the figure itself)
            unsaid = self.card_value(card, "sign asked", lambda: _SIGN_ASKED.search(card.prompt) is not None) \
                and _below(alt) and not _below(got)
            if self._direction_or_negation(alt, got, alt) or (alt.direction() < 0 and plus) or unsaid:
                continue
            bare_share = alt.shares and all(q.kind == "count" for q in alt.quantities)
            wanted = [] if bare_share else [in_unit_of(w, spec) for w in alt.quantities]
            if wanted:  # (the figures of a bare share, "1/4", "одна четверть", are no values of their own)
                if all(any(_states(w, h, got) for h in got.quantities) for w in wanted):
                    return Verdict(True, 1.0, "Correct.", trace=(f"matches '{wording}'",))
                continue
            theirs = list(alt.shares)
            mine = [q.value / 100 for q in got.quantities if q.kind == "percent"] + shares
            if theirs and any(abs(t - m) <= 0.011 for t in theirs for m in mine):
                return Verdict(True, 1.0, "Correct.", trace=(f"matches '{wording}'",))
            if not got.quantities and find_phrase(alt, got) is not None:
                return Verdict(True, 1.0, "Correct.", trace=(f"matches '{wording}'",))
        return None

    def _hedged(self, spec: Quantity, got: Prepared, allowed: float, falling: bool, extreme: int = 0) -> Verdict | None:
        """Two figures offered for one ("1369 or 1370", "between 3 and 6"): right only when
        every one is within the tolerance, or, asked the most (`extreme` 1) or the least (-1), a span's end on that
        side is ("35-40" for a maximum of 40: `extremes`)."""
        given, text = got.quantities, got.text
        if "(" in got.text and spec.kind == "duration" and spec.unit == "year" \
                and (counted := years_counted(got.text, spec.value)) != got.text:
            text = counted  # "45 years (1891-1936)": the years it is counted between, not another value
            given = find_quantities(text, normalised=True, lang=got.lang.code)
        elif "(" in got.text and _WORKING.search(got.text):  # "255 (2^8 - 1)": the working, not another value
            text = _WORKING.sub(" ", got.text)
            given = find_quantities(text, normalised=True, lang=got.lang.code)
        elif "=" in got.text:  # "(206 - 200) / 200 = 3%": the working, then the result
            given = find_quantities(got.text.rsplit("=", 1)[1], normalised=True, lang=got.lang.code) or given
            text = got.text.rsplit("=", 1)[1] if given is not got.quantities else text
        kinds = {m.group(1) for m in _KIND.finditer(text)} if got.lang.code == "ru" else set()
        if kinds and any(q.text not in kinds for q in given):  # ("9 баллов по 12-балльной шкале": 9 offered)
            given = [q for q in given if q.text not in kinds]
        # a span whose one end is the figure asked ("200-300", "200 to 300" for 200) offers its other end too
        spans = [(a, b, read) for a, b, read in figure_spans(text, got.lang.code, given)
                 if any(same_quantity(spec, q, allowed) for q in (a, b))]
        given = [*given, *(b for _, b, read in spans if not read)]
        if extreme and spans and all(same_quantity(spec, max(a, b, key=lambda q: written(q) * extreme), allowed)
                                     for a, b, _ in spans):
            ends = {round(written(min(a, b, key=lambda q: written(q) * extreme)), 9) for a, b, _ in spans}
            given = [q for q in given if round(written(q), 9) not in ends]  # (without the spans' other ends)
        values = {round(written(q), 9) for q in given if comparable(spec, q)}
        if len(values) < 2 or not any(w in got.lang.lex.hedges for w in got.words) and not dashed(got.text) \
                and not spans:
            return None
        if all(same_quantity(spec, signed(q, spec, got, falling), allowed) for q in given if comparable(spec, q)):
            return None
        return wrong("Give one figure: one of the values you offer is not right.", "hedge",
                      f"offers {', '.join(q.text for q in given)}")

    def _grade_date(self, card: Card, got: Prepared) -> Verdict:
        assert card.date is not None
        parts = [int(p) for p in card.date.split("-")]
        year, month, day = (parts + [None, None])[:3]
        precision = card.precision or "day"
        prompt_years = self.card_value(card, "prompt years", lambda: {d.year for d in self.prep(card.prompt).dates
                                                                      if d.year})
        if got.text in self.card_set(card, "literal accepts", lambda: (
                prep.text for prep in map(self.prep, card.accept) if not prep.dates)):
            return Verdict(True, 1.0, "Correct.", trace=(f"matches the accepted wording '{got.text}'",))
        dates = with_span_days(self._dates_given(got, precision, year), span_days(got))  # "20-22 July": each day
        years = {d.year for d in dates if d.year and d.month is None}
        if len(years) == 1:  # "the summer of 2019, in August": a month and a year given apart
            dates += [Date(next(iter(years)), d.month, d.day, d.text) for d in dates if d.year is None and d.month]
        accepted = list(self.card_value(card, "accepted dates", lambda: self._accepted_dates(card)))
        accepted += self.card_value(card, "span days", lambda: [  # an answer "20-22 July 1936": any of its days
            (d.year, d.month, d.day) for wording in (card.answer, *card.accept) for d in span_days(self.prep(wording))])
        calendar = None
        if precision == "day" and year is not None and month is not None and day is not None:
            calendar = self.card_value(card, "calendar", lambda: card_day((year, month, day), card.prompt,
                                                                          self._wording_dates(card)))
            if calendar.named_too is not None:
                accepted.append(calendar.named_too)

        def hit(d: Date) -> bool:
            styled = names_day(d, calendar) if calendar is not None else None
            if styled is not None:
                return styled
            return date_hits(d, year, month, day, precision, prompt_years) \
                or any(date_hits(d, *other, precision, prompt_years) for other in accepted)

        hits = [d for d in dates if hit(d)]
        offered = {(d.year, d.month, d.day) for d in dates}
        hedged = any(w in got.lang.lex.hedges for w in got.words) or any(d.style == "span" for d in dates)
        if hits and len(offered) > 1 and hedged and not all(d in hits for d in dates):
            return wrong("Give one date: one of the dates you offer is not right.", "hedge",
                          f"offers {', '.join(d.text or str(d.year) for d in dates)}")
        if hits and _denied(hits[0], got) and not self.prep(card.prompt).negated():
            return wrong("Check the negation: your answer says the opposite.", "negation", "negation disagrees")
        if hits:
            said = hits[0].text or hits[0].year
            return Verdict(True, 1.0, "Correct.", trace=(f"'{said}' matches {_date_shown(card.date)}",))
        if dates:
            given = ", ".join(d.text or str(d.year) for d in dates)
            return wrong(_short_of(dates, year, month, precision) or "Not the right date.", "date",
                         f"dates given: {given}")
        return wrong("The answer needs a date.", "date", "no date found in the answer")

    def _accepted_dates(self, card: Card) -> list[tuple[int | None, int | None, int | None]]:
        """The dates of a date card's `accept` wordings (the same day in another calendar,
        "8 July" beside "27 June" old style), as (year, month, day)."""
        return [(d.year, d.month, d.day) for wording in card.accept for d in self.prep(wording).dates if d.month]

    def _wording_dates(self, card: Card) -> list[Date]:
        """The dates the card's answer and `accept` wordings give."""
        return [d for wording in (card.answer, *card.accept) for d in self.prep(wording).dates]

    @staticmethod
    def _dates_given(got: Prepared, precision: str, year: int | None) -> list[Date]:
        """The dates an answer gives; for a year, also a bare number ("'98", "79 AD", "the year 79")."""
        dates = [*got.dates, *night_eves(got)]  # "в ночь с 5 на 6 октября": the 5th too
        if not dates and precision != "year" and (said := day_dot_month(got.text)) is not None:
            return [said]  # "13.02": a date, on a date card
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
        decades = decade_years(got.text)  # "the 1790s" is no year
        return [Date(int(q.value), None, None, q.text) for q in got.quantities
                if q.value.is_integer() and low <= q.value <= 2100 and int(q.value) not in decades]
