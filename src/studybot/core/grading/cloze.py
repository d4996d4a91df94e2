"""`cloze` cards: each blank filled by one of its wordings (its figure, its date or its words), in the order of the
blanks or anywhere in the answer."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..clock_times import clock_minutes
from ..dates import day_dot_month
from ..matching import Match, Prepared, find_phrase
from ..numbers_en import FRACTION_PARTS
from ..packs import Card
from ..quantities import Quantity, measure
from ..text import normalise
from .base import GraderBase
from .blank_comparatives import comparative_filled
from .blank_context import phrase_fills, text_word_given, without_context
from .blank_figures import blank_facts, blank_figure_wrong, in_unit_after, units_after_blanks
from .blank_pairs import coordinated, fill_in_any_order
from .cloze_given import givens_before, other_given_in_blank
from .cloze_sentence import sentence_filled
from .dated import era_clash, same_date
from .figures import same_quantity
from .name_slips import mended_name_word
from .prefixes import prefix_swapped
from .score_pairs import pair_reversed
from .short_years import full_years
from .slips import mended_short_word
from .titled import untitled_blanks
from .verdict import Verdict, wrong

# an answer's pieces, one per blank: numbered ("1) ... 2) ..."), or apart by commas (not one inside a figure),
# semicolons, slashes or "and"; by any comma when that gives as many pieces as blanks ("12,7,haploid"), and by a
# comma typed after a space ("7 ,12": no decimal comma has one)
_NUMBERED = re.compile(r"(?:^|\s)\(?\d{1,2}[).:]\s+")
# pieces apart by their marks alone, where a blank's own wording holds "and" ("{{flowers and leaves}}")
_PIECES_BY_MARKS = r"\s+[;,]+\s*|[;,\n/|]+(?!\d)"
_PIECES = _PIECES_BY_MARKS + r"|\s+(?:and|и)\s+"  # (and at "and": "Helby and Verden")
_YEAR = re.compile(r"\d{4}")  # a blank that is a year alone ("{{1968}}")
_PIECES_BY_ANY_COMMA = r"[;,\n/|]+|\s+(?:and|и)\s+"
_TIME_WRITTEN = re.compile(r"\d:\d\d|\d\s*(?:[ap]\.?m\b|h\d\d)", re.IGNORECASE)  # "13:06", "1.06 pm", "17h30"
_AND = re.compile(r"\s(?:and|и)\s", re.IGNORECASE)
# a blank that is a named fraction alone: its count ("a", "one", "две") and its parts ("half", "thirds", "треть")
_NAMED_FRACTION = re.compile(r"(?:(?:an?|one|two|three|four|five|[1-5]|одна|одну|две|три|четыре)[ -])?(?:"
                             + "|".join(FRACTION_PARTS) + r"|половин[аыу]|треть|трети|четверть|четверти"
                             r"|(?:втор|трет|четверт|пят|десят)(?:ая|ья|ую|ью|ых|их))")


def _figures(prepared: Prepared) -> int:
    """How many figures a text gives, a fraction one ("two thirds", "2/3": its share; its numerator and
    denominator are read as counts of the share too, and a share said as a percentage, "67%", has none)."""
    return sum(1 for q in prepared.quantities if q.share is None)


def _dated_blank(ref: Prepared, got: Prepared) -> bool | None:
    """A blank that is a date ("26 August") is filled by that date, not by its figures ("26 July");
    None: the blank is no date."""
    wanted = [d for d in ref.dates if d.month and (d.day or d.year)]  # a month alone is a word
    if not wanted:  # but a blank that is a month alone takes it in any form: "Oct", "Oct.", "окт." for "October"
        alone = len(ref.content()) == len(got.content()) == 1 and len(ref.dates) == 1 and len(got.dates) == 1
        return True if alone and ref.dates[0].month and ref.dates[0].month == got.dates[0].month else None
    given = got.dates or ([said] if any(d.day for d in wanted) and (said := day_dot_month(got.text)) else [])
    return all(any(same_date(w, g) for g in given) for w in wanted)  # ("13.02" for "13 February": a date)


def _fraction_as_percentage(blank: str, ref: Prepared, piece: Prepared) -> bool:
    """Is a blank that is a named fraction alone ("half", "a quarter", "треть": a bare one is no share where a text
    says it, "the first half") filled by a piece that is its percentage alone ("50%", "25 %", "1/2"), or the same
    fraction named in other words ("a sixth" or "one-sixth" for "one sixth", "one quarter" for "a quarter")?"""
    if len(ref.shares) != 1 or not _NAMED_FRACTION.fullmatch(" ".join(blank.lower().split())):
        return False
    if piece.shares == ref.shares and _NAMED_FRACTION.fullmatch(" ".join(piece.written.lower().split())):
        return True
    wanted = Quantity(ref.shares[0] * 100, "percent", "share", ref.text)
    said = [q for q in piece.quantities if q.kind == "percent" and q.share is None]
    return len(said) == 1 and same_quantity(wanted, said[0]) and len(piece.content()) <= 2


def _magnitude_said(ref: Prepared, piece: Prepared, prep: Callable[[str], Prepared]) -> bool:
    """Is a blank that is a word of magnitude alone ("trillion", "dozen", "тысяча"), no figure as written, filled by
    a piece that is one of it, said with an article or "one" ("a trillion", "one dozen", "одна тысяча"), which the
    language reads as the figure? One figure and nothing else: "a billion" or "two trillion" fill no "trillion"."""
    if len(ref.content()) != 1 or len(piece.quantities) != 1 or len(piece.content()) != 1:
        return False
    one = prep("1 " + " ".join(ref.words)).quantities
    return len(one) == 1 and one[0].value != 1 and not one[0].unit and same_quantity(one[0], piece.quantities[0])


def _same_unit(ref: Prepared, piece: Prepared) -> bool:
    """Is a blank that is one unit's name alone filled with that unit by another of its names or its symbol ("нм"
    for "нанометров", "kilometres" for "km")? The kind and the size must be the same (`quantities.measure`)."""
    if len(ref.words) != 1 or len(piece.words) != 1 or ref.words == piece.words:
        return False
    unit = measure(ref.words[0])
    return unit is not None and measure(piece.words[0]) == unit


def _names_kept(ref: Prepared, piece: Prepared) -> bool:
    """Does a piece say the names a blank's regnal numeral goes with ("Charles II": "Charles", not "James II")? A
    figure's unit ("USD 580 million") is no such name: "$580m" fills it."""
    if any(quantity.unit for quantity in ref.quantities):
        return True
    names = [i for i in ref.content() if ref.words[i] in ref.capitalised and ref.words[i].isalpha()]
    return all(any(piece.lang.word_match(ref.stems[i], piece.stems[j]) >= 0 for j in piece.content()) for i in names)


def _in_its_place(ref: Prepared, longer: list[Prepared], piece: Prepared, found: Match) -> bool:
    """Does a piece that gives a blank's shorter wording put another word where a longer wording of the blank has
    its own ("северный полярный круг" for "{{южный полярный круг|полярный круг}}": the short wording leaves the word
    out, it does not let another in)?"""
    start, end = min(found.positions), max(found.positions)
    before = [j for j in piece.content() if j < start]
    after = [j for j in piece.content() if j > end]
    for long in longer:
        inside = find_phrase(ref, long)
        if inside is None or find_phrase(long, piece) is not None:
            continue
        own_before = any(j < min(inside.positions) for j in long.content())
        own_after = any(j > max(inside.positions) for j in long.content())
        if (own_before and before and before[-1] == start - 1) or (own_after and after and after[0] == end + 1):
            return True
    return False


_ROOT = 4  # letters of a root a blank's one-word wording and its longer wording's lead share

# a blank that is a Russian preposition of one side alone, filled by the adverb of that side ("{{перед}} стеной":
# "впереди"; "{{за}} стеной": "позади", "сзади"), which says the same place
_SIDE_ADVERBS = {"перед": frozenset(("впереди", "спереди")), "за": frozenset(("позади", "сзади")),
                 "над": frozenset(("сверху", "вверху", "наверху")), "под": frozenset(("снизу", "внизу"))}


def _side_adverb(alternatives: tuple[str, ...], piece: Prepared) -> bool:
    """Is the piece one adverb of the side a blank's preposition names (`_SIDE_ADVERBS`)?"""
    return len(piece.words) == 1 and any(piece.words[0] in _SIDE_ADVERBS.get(normalise(a).strip(), ())
                                         for a in alternatives)


class ClozeGrading(GraderBase):
    """`cloze` cards."""

    _capitals: frozenset[str] = frozenset()  # the words the answer graded wrote in capitals (its pieces are normalised)

    def _blank_ok(self, alternatives: tuple[str, ...], piece: Prepared) -> bool:
        # a blank written as a figure ("one florin|a florin"), given a figure: judged on the figure ("20
        # florins" is no "a florin", whose "a" is no number to compare)
        years = [alt.strip() for alt in alternatives if _YEAR.fullmatch(alt.strip())]
        if years and (whole := full_years(piece.text, piece.lang.code, f"{years[0]}-01-01")):
            piece = self.prep(whole)  # "'68" in a blank of the year 1968: a year shortened (`short_years`)
        if any(d.month for d in piece.dates):  # "December 1986" for "{{November 1986|1986}}": a month given is
            monthly = tuple(a for a in alternatives if any(d.month and d.year for d in self.prep(a).dates))
            alternatives = monthly or alternatives  # judged against the blank's date that has one, not its year
        figured = piece.quantities and any(self.prep(alt).quantities for alt in alternatives)
        if _side_adverb(alternatives, piece) or comparative_filled(map(self.prep, alternatives), piece):
            return True  # "позади" for "{{за}} стеной"; "more" for "{{greater}} than one"
        if era_clash(tuple(map(self.prep, alternatives)), piece):  # "196 AD" for "196 BC|196"
            return False
        for alt in alternatives:
            ref = self.prep(alt)
            if figured and not ref.quantities:
                continue
            if _fraction_as_percentage(alt, ref, piece):  # "50%" for a blank "half"
                return True
            dated = _dated_blank(ref, piece)
            if dated is not None:  # "26 August": a date, not the figure 26
                if dated:
                    return True
                continue
            if not ref.quantities and _magnitude_said(ref, piece, self.prep):
                return True  # "a trillion" for "one {{trillion}} dollars"
            if ref.quantities:
                if all(any(same_quantity(w, h) for h in piece.quantities) for w in ref.quantities) \
                        and _figures(piece) == _figures(ref) and ref.direction() * piece.direction() >= 0 \
                        and _names_kept(ref, piece) and pair_reversed(ref, piece) is None:
                    return True  # (a factor's way counts: "halves" is not "doubles"; "8:9" is not "9:8")
                continue
            if _same_unit(ref, piece):
                return True  # "нм" for a blank "нанометров", "kilometres" for "km"
            found = find_phrase(ref, piece)
            if found is not None and len(piece.content()) <= len(ref.content()) + 2 \
                    and not prefix_swapped(ref, piece, found) and not other_given_in_blank(
                        ref, piece, found.positions, self._givens(alt, ref), self._capitals) \
                    and not _in_its_place(ref, [self.prep(a) for a in alternatives if a != alt], piece, found):
                return True  # ("втекает" is no slip of "вытекает")
            if "".join(ref.words) == "".join(piece.words):
                return True  # "break-through" for "breakthrough"
            if found is None and (mended := mended_short_word(ref, piece) or mended_name_word(ref, piece)) \
                    and find_phrase(ref, self.prep(mended)) is not None:
                return True  # a slip in a short word of a name or a term, as in a short answer ("Port Siad")
        return self._shared_lead(alternatives, piece)

    def _givens(self, alt: str, ref: Prepared) -> frozenset[str]:
        """The given names the pack's texts put before a blank's one-word name, or that of the person of the pack
        the name is read as (`cloze_given`)."""
        if 2 <= len(names := ref.content()) <= 3 and " ".join(ref.words[i] for i in names) in \
                self.aliases.people.canonicals:
            return frozenset((ref.words[names[0]],))  # ("Belton" read "Andrew Belton")
        if len(ref.content()) != 1 or ref.words[ref.content()[0]] not in ref.capitalised:
            return frozenset()
        return self.by_texts(("givens before", alt), givens_before, ref.words[ref.content()[0]],
                             ref.stems[ref.content()[0]], self.texts, ref.lang.stem)

    def _shared_lead(self, alternatives: tuple[str, ...], piece: Prepared) -> bool:
        """Does one word fill a blank whose wordings name its thing by that word and vary only the noun after it
        ("{{Mercator chart|Mercator map}}", "{{Cape route|Cape passage}}": "Mercator", "Cape"), or give it in one
        word of that word's root besides ("{{anchor blocks|anchorages}}": "anchors")? The instructor's wordings show
        that the noun is not what is asked. Words only."""
        if len(piece.content()) != 1 or piece.quantities:
            return False
        written = [normalise(a).split() for a in alternatives]  # (as written: the pack's aliases may make them one)
        if any(c.isdigit() for words in written for word in words for c in word):
            return False
        stem, refs = piece.lang.lemma_stem, [w for w in written if len(w) >= 2]
        leads = {stem(w[0]) for w in refs}
        said = piece.stems[piece.content()[0]]
        if len(refs) >= 2 and len({tuple(w[1:]) for w in refs}) == len(refs):
            return len(leads) == 1 and said in leads
        # a wording of one word of the lead's root ("{{anchor blocks|anchorages}}", "{{Валдайской возвышенности|
        # Валдая}}"): the lead names it alone too ("anchors", "валдайской")
        roots = [stem(w[0]) for w in written if len(w) == 1]
        return said in leads and any(min(len(said), len(r)) >= _ROOT and (said.startswith(r) or r.startswith(said))
                                     for r in roots)

    def _blank_found(self, alternatives: tuple[str, ...], got: Prepared) -> int | None:
        """Where one of a blank's wordings is in the answer: the first word its words are found at, -1 for its figure
        or date anywhere; None where it is not."""
        if era_clash(tuple(map(self.prep, alternatives)), got):
            return None
        for alt in alternatives:
            ref = self.prep(alt)
            dated = _dated_blank(ref, got)
            if dated is not None:
                if dated:
                    return -1
            elif ref.quantities:
                if all(any(same_quantity(w, h) for h in got.quantities) for w in ref.quantities) \
                        and ref.direction() * got.direction() >= 0 and pair_reversed(ref, got) is None:
                    return -1
            elif (found := find_phrase(ref, got)) is not None:
                return min(found.positions, default=-1)
        return None

    def _grade_cloze(self, card: Card, got: Prepared) -> Verdict:
        n = len(card.blanks)
        text = _NUMBERED.sub(";", got.text)  # "1) Helby 2) Verden"
        raw_pieces = [p.strip() for p in re.split(_PIECES, text) if p.strip()]
        if len(raw_pieces) != n and any(_AND.search(alt) for blank in card.blanks for alt in blank):
            marked = [p.strip() for p in re.split(_PIECES_BY_MARKS, text) if p.strip()]  # "flowers and leaves, ..."
            raw_pieces = marked if len(marked) == n else raw_pieces  # (its "and" no border of two blanks)
        if 1 < len(raw_pieces) < n:  # "12,7,haploid": a comma between figures separates blanks when they are short
            split = [p.strip() for p in re.split(_PIECES_BY_ANY_COMMA, text) if p.strip()]
            raw_pieces = split if len(split) == n else raw_pieces
        if n == 1:
            raw_pieces = [got.text]
        elif len(raw_pieces) == 1 and len(got.words) == n:  # "helby verden salt": one word per blank
            spaced = got.text.split()  # (as written where it has as many: "13.5 10.5 67%" keeps its sign)
            raw_pieces = spaced if len(spaced) == n else list(got.words)
        # (one blank: the answer itself is its piece, read from what was written: "a sixth" keeps its share)
        shown = _as_written(got, raw_pieces)
        if n > 1 and len(shown) == len(raw_pieces):  # a time of day as written: "13:06", "1:06 pm" (read "1:06")
            raw_pieces = [w if _TIME_WRITTEN.search(w) else p for p, w in zip(raw_pieces, shown, strict=True)]
        pieces, self._capitals = [got] if n == 1 else [self.prep(p) for p in raw_pieces], got.capitalised
        units = (*units_after_blanks(card.text or ""), *[""] * n)
        facts = self.card_value(card, "blank figures", lambda: [  # (a figure's unit after it: "{{8}} см/год")
            blank_facts(tuple(map(self.prep, blank)), unit) for blank, unit in
            zip(card.blanks, (*units_after_blanks(card.text or ""), *[""] * len(card.blanks)), strict=False)])
        blanks = self.card_value(card, "untitled blanks", lambda: untitled_blanks(  # "Victoria": "{{Queen Victoria}}"
            card.blanks, self.aliases.lang.lex.titles, self.texts))

        timed = self.card_value(card, "timed blanks", lambda: _timed_blanks(card, self.prep))

        def piece_fits(i: int, piece: Prepared) -> bool:  # does a piece fill blank i?
            ok = bool(piece.words) and self._blank_ok(blanks[i], piece) \
                and not blank_figure_wrong(facts[i], piece) \
                and not text_word_given(card.text or "", i, piece, card.blanks[i], self.prep)  # "could be expelled, or"
            if not ok and (bare := without_context(card.text or "", i, piece, self.prep)):
                ok = self._blank_ok(card.blanks[i], bare) and not blank_figure_wrong(facts[i], bare)  # "no heed"
            if not ok and phrase_fills(card.text or "", i, bare or piece, card.blanks[i], self.prep):
                ok = True  # "Малый тронный" for "в {{Петровском}} зале", the pack's phrase going on past the blank
            if not ok and (figure := in_unit_after(units[i], piece)):
                ok = self._blank_ok(card.blanks[i], self.prep(figure))  # "6.5 m" for "{{6.5}} metres"
            if not ok and timed[i] and (clock := _dotted_time(piece)):
                ok = self._blank_ok(card.blanks[i], self.prep(clock))  # "8.23" for "at {{8:23}}"
            if not ok and timed[i]:  # "19:21" for "{{7:21}} pm", and for "at {{7:21}}" (a time saying no half)
                times = self.card_value(card, "blank times", lambda: _blank_times(card, self.prep))[i]
                dotted = _dotted_time(piece)
                ok = _same_time(times, self.prep(dotted) if dotted else piece)
            return ok

        def fits(i: int, k: int) -> bool:  # does piece k fill blank i?
            return k < len(pieces) and piece_fits(i, pieces[k])

        filled = [fits(i, i) for i in range(n)]
        swapped = fill_in_any_order(card.text or "", filled, fits) if len(pieces) == n else []
        hits, trace = 0, list[str]()
        for i in range(n):
            ok = filled[i] or i in swapped
            hits += ok
            mark = "✓" if ok else "✗"
            trace.append(f"{mark} blank {i + 1}: {shown[i] if i < len(shown) else '(empty)'}"
                         + (" (blanks joined by 'and', in another order)" if i in swapped else ""))
        if hits < n and len(pieces) != n:
            # blanks given in another layout: look for each blank anywhere in the answer
            at = [self._blank_found(blank, got) for blank in card.blanks]
            if None not in at and len(got.content()) <= sum(len(self.prep(b[0]).content()) for b in card.blanks) + n \
                    and _in_order(card.text or "", [-1 if a is None else a for a in at]) \
                    and not _other_figures(card, got, self.prep):  # "40 and later 60, 300": a claim of its own
                return Verdict(True, 1.0, "Correct.", trace=("every blank found in the answer",))
        if hits == n:
            return Verdict(True, 1.0, "Correct.", trace=tuple(trace))
        if said := sentence_filled(card.text or "", card.blanks, got, self.prep, piece_fits):
            return Verdict(True, 1.0, "Correct.", trace=("blanks read out of the sentence: " + "; ".join(said),))
        return wrong(f"{hits} of {n} blanks right.", "cloze", *trace, score=hits / n)


_AT = re.compile(r"(?:\bat|\bв|\bк)\s*$", re.IGNORECASE)  # a time of day's preposition before a blank
_RATIO = re.compile(r"\s*(?:scale|ratio|масштаб)", re.IGNORECASE)  # a ratio's noun after its blank ("at 1:48 scale")


def _timed_blanks(card: Card, prep: Callable[[str], Prepared]) -> list[bool]:
    """Which blanks are a time of day: one written as a time ("13:06", "1:06 pm"), and a bare "h:mm" ("8:23", maybe a
    ratio) after "at" / "в" or in a card with another blank that is a time, but before a ratio's noun ("at {{1:48}}
    scale")."""
    blanks = [[prep(alt) for alt in blank] for blank in card.blanks]
    times = [any(q.kind == "time" for ref in refs for q in ref.quantities) for refs in blanks]
    before = re.split(r"\{\{.*?\}\}", card.text or "")
    return [times[i] or any(q.clock is not None for ref in refs for q in ref.quantities)
            and (any(times) or i < len(before) and bool(_AT.search(before[i])))
            and not (i + 1 < len(before) and _RATIO.match(before[i + 1])) for i, refs in enumerate(blanks)]


def _blank_times(card: Card, prep: Callable[[str], Prepared]) -> list[tuple[tuple[float, bool], ...]]:
    """Per blank, the times of day its wordings are, read with the words the text writes right after it (the half of
    the day: "{{7:21}} pm" is 19:21), each with whether it leaves the half of the day open ("at {{7:21}}")."""
    after = re.split(r"\{\{.*?\}\}", card.text or "")[1:]
    out = []
    for blank, text in zip(card.blanks, (*after, *[""] * len(card.blanks)), strict=False):
        head = " ".join(re.split(r"[,;!?]|\{\{", text, maxsplit=1)[0].split()[:4])  # ("pm and came in at")
        times = []
        for alt in blank:
            read = _time_of(prep(f"{alt} {head}")) or _time_of(prep(alt))
            if read is not None:
                times.append(read)
        out.append(tuple(times))
    return out


def _time_of(piece: Prepared) -> tuple[float, bool] | None:
    """The one time of day a text is, with whether it leaves the half of the day open: "19:21", "7:21 pm" and a bare
    "7:21" (its figures' clock reading: open); None for a text of other or more figures."""
    figures = piece.quantities
    if figures and figures[0].kind == "time":
        return figures[0].value, figures[0].unit == "12h"
    if len(figures) == 2 and figures[0].clock is not None and figures[0].clock == figures[1].clock:
        return figures[0].clock, True
    return None


def _same_time(wanted: tuple[tuple[float, bool], ...], piece: Prepared) -> bool:
    """Does a piece that is a time alone ("19:21", "7:21 pm", "at 07:21") say one of a blank's times: the same
    minutes, or those of the other half of the day where either of them leaves it open?"""
    said = _time_of(piece)
    if said is None or len(piece.quantities) != 1 + (piece.quantities[0].kind != "time") \
            or not all(piece.words[k].isdigit() for k in piece.content()):
        return False
    return any(minutes == said[0] or (either or said[1]) and minutes % 720 == said[0] % 720
               for minutes, either in wanted)


def _dotted_time(piece: Prepared) -> str | None:
    """A piece that is a bare "h.mm" alone ("8.23", "at 8.23"), written as the time "h:mm" it is in a blank of a time
    of day (elsewhere "5.30" alone is a decimal); else None."""
    figures = [q for q in piece.quantities if q.kind == "count"]
    if len(figures) != 1 or len(piece.quantities) != 1 or "." not in figures[0].text \
            or clock_minutes(figures[0].text) is None \
            or not all(w in piece.lang.lex.stop or w == figures[0].text for w in piece.words):
        return None
    return figures[0].text.replace(".", ":")


def _other_figures(card: Card, got: Prepared, prep: Callable[[str], Prepared]) -> bool:
    """Does an answer to a cloze with blanks of figures give a figure that no blank holds ("40 and later 60, 300" for
    "{{40}} ... {{300}}"): a claim of its own beside the blanks?"""
    figures = {q.value for blank in card.blanks for alt in blank for q in prep(alt).quantities}
    return bool(figures) and any(q.value not in figures for q in got.quantities)


def _in_order(text: str, at: list[int]) -> bool:
    """Are blanks found in an answer's words (`at`: where; -1 for a figure or a date, found anywhere) found in the
    text's order, but those the text joins by "and" / "or" (`blank_pairs.coordinated`), in any order among them?"""
    free = {(i, j) for group in coordinated(text) for i in group for j in group}
    return all(at[i] <= at[j] or (i, j) in free for i in range(len(at)) for j in range(i + 1, len(at))
               if at[i] >= 0 and at[j] >= 0)


def _as_written(got: Prepared, pieces: list[str]) -> list[str]:
    """The learner's pieces as they wrote them, for the trace ("Шван", not the alias's "теодор шванн" it was read
    as), when the text as written falls into as many pieces; else the pieces as read."""
    written = got.written.strip()
    if len(pieces) == 1:
        return [written] if written else pieces
    text = _NUMBERED.sub(";", written)
    for splitter in (_PIECES, _PIECES_BY_MARKS, _PIECES_BY_ANY_COMMA, r"\s+"):
        split = [p.strip() for p in re.split(splitter, text, flags=re.IGNORECASE) if p.strip()]
        if len(split) == len(pieces):
            return split
    return pieces
