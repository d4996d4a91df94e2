"""Grading typed answers: grade(card, answer) -> Verdict.

Plain string similarity accepts wrong numbers, flipped directions and negations.
The pipeline (DESIGN §4):

1. read what the answer asserts (`answers.py`: "not X but Y" counts Y) and prepare
   both sides (`matching.Prepared`): normalised, pack aliases rewritten, number words
   as digits, split into clauses, in the pack's language;
2. hard checks that fail an answer with a reason (`base.py`, `figures.py`): every
   reference quantity present within tolerance, direction words agree, negation
   agrees, a known `mistake` matched (a matching mistake always fails);
3. the kind's comparison: short answers (`short.py`); figures and dates
   (`numeric.py`); keypoints, options, blanks and items (`structured.py`);
4. alternatives offered for one answer ("X or Y") are right only when each is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ..memos import settle_again
from ..packs import Card
from ..text import normalise
from ..translit import as_latin
from .abbreviated_names import abbreviations_written_out
from .accepted import accepted_whole
from .added_names import AddedNamesGrading
from .all_but_one import AllButOneGrading
from .answers import (
    HEDGE_SPLIT,
    SINGLE_KINDS,
    asserted_part,
    between_parts,
    claim_after_denial,
    described,
    may_offer_alternatives,
    owned_tail,
    restated,
)
from .apostrophes import apostrophes_restored
from .asked_object import roles_turned
from .bare_lists import words_listed
from .choice_both import both_named
from .choice_points import option_cards, option_made
from .crossed_roles import asked_roles_crossed
from .denied_options import denials_dropped
from .designations import designations_apart, letter_marks_apart, other_designation
from .echoed import echoed
from .ellipsis import heads_restored
from .explained import explained_head
from .families import family_named, named_runs, relatives_named
from .given_names import full_given_names
from .heard import as_spelt
from .instead import as_replacing
from .isotopes import isotopes_named
from .layout_slips import layout_reading, says_layout
from .name_typos import told_as_typo
from .negative_slips import negative_words_mended
from .numbered import numbers_with_head
from .numeric import NumericGrading, vague_count
from .ordering import OrderGrading
from .owners import other_owner
from .paired_names import JOINED, paired_names
from .partly_flips import PartlyFlipsGrading
from .regnal import RegnalGrading
from .relative_turned import relative_turned
from .remainders import remainder_total
from .replies import no_as_point, said_as_no
from .scale_slips import measures, scale_slip
from .score_sides import score_by_sides
from .short_motions import ShortMotionsGrading
from .short_years import full_years
from .stated_figures import StatedFiguresGrading
from .structured import CYRILLIC_LETTERS, LETTERS
from .surname_words import SurnameWordsGrading
from .symbols import named_elements
from .titled import first_party
from .verdict import KeypointResult, Reason, Verdict, wrong

__all__ = ["CYRILLIC_LETTERS", "LETTERS", "MAX_ANSWER", "Grader", "KeypointResult", "Reason", "Verdict", "grade"]

MAX_ANSWER = 2000  # characters of an answer that are graded
_BLANK = re.compile(r"\{\{([^|}]*)[^}]*\}\}")  # a cloze's blank: "{{94}}", "{{1 мая|первого мая}}"
# a figure worked out ("1 - 1/4 = 0.75", "3 × 20 = 60 km"): the result after the last "=", figures and their units
_RESULT = re.compile(r"[\d)]\s*[-+*/×÷·^]?[^=]*=\s*([^=]*\d[^=]*)$")
_LISTED = re.compile(r"\s*[,;]\s*")  # a list's separator: "the north tower, the south tower"


class Grader(ShortMotionsGrading, AddedNamesGrading, RegnalGrading, SurnameWordsGrading, StatedFiguresGrading,
             NumericGrading, AllButOneGrading, PartlyFlipsGrading, OrderGrading):
    """Grades answers for the cards of one pack. `Grader.for_pack(pack)` for a pack's own
    aliases, language and synonyms."""

    def grade(self, card: Card, answer: str, *, shown: tuple[str, ...] | None = None) -> Verdict:
        """Judge one answer. Never raises on any text.

        `shown` is an order card's items in the order the answerer saw them, which is what
        numbers in an answer ("3 1 2") refer to; by default the app's scrambled order
        (`card.shown_items`, what `studybot show` prints). An answer sheet written against
        the pack's own listing passes `card.items`."""
        if self.settle_in:  # the first answers read the tables read on first use: those too are settled then
            self.settle_in -= 1
            if not self.settle_in:
                settle_again()
        answer = (answer or "")[:MAX_ANSWER]
        # a correction ("not X but Y") asserts Y; in a list or an argument both halves are claims
        asserted = asserted_part(answer, self.aliases.lang.code, letters=card.kind == "choice") \
            if card.kind in SINGLE_KINDS else ""
        # through the grader's memo of prepared texts: the steps after (a reply of no, a clause that describes, the
        # readings tried again) prepare the same text again, and a Prepared is only ever read (its memos are its own)
        got = self.prep(asserted or answer)
        if not got.words:
            return wrong("No answer given.", "empty")
        if card.kind == "order":
            order = self._read_order(card, got, shown or card.shown_items)  # (read once: its mistakes compare it)
            return self._order_mistake(card, got, order, self._grade_order(card, order))
        verdict = getattr(self, f"_grade_{card.kind}")(card, got)
        if not verdict.correct and card.kind == "list" and (listed := words_listed(got)) is not None \
                and (read := self._grade_list(card, self.prep(listed))).correct:
            verdict = read  # "роговица хрусталик стекловидное": each word an item
        verdict = accepted_whole(card, got, verdict, self.prep, self._hard_checks)  # an explain card's `accept`
        if verdict.correct and card.kind == "date" and (whole := full_years(answer, got.lang.code, card.date,
                                                                            self._accepts_short_year(card))):
            read = self.grade(card, whole, shown=shown)  # "4 октября 58-го": a year, though shortened
            if not read.correct:
                return replace(read, trace=(f"the year read whole: '{whole}'", *read.trace))
        if card.kind == "numeric" and not verdict.correct:  # "a few weeks": a count said, but no figure
            verdict = vague_count(asserted or answer, got.lang.code, verdict)
        if verdict.correct and card.kind in ("numeric", "short") \
                and (total := remainder_total(answer, got.lang.code)) is not None \
                and not self.grade(card, total, shown=shown).correct:  # "France and the other five" for five: six
            verdict = wrong(f"That counts the others only: {total} in all.", "quantity",
                            f"the named and the others counted: '{total}'")
        if verdict.correct and card.kind in SINGLE_KINDS:
            verdict = self._hedge_check(card, asserted or answer, verdict)
        if verdict.correct and card.kind in ("short", "choice"):
            verdict = self._names_check(card, asserted or answer, verdict)
        if verdict.correct and card.kind == "short" and (echo := echoed(
                self._short_wordings(card), card.prompt, asserted or answer, self.prep, self.prompt_skip(card))):
            verdict = wrong(f"'{echo}' is what the question says already: name it.", "mismatch",
                            f"'{echo}' gives back the question's words")
        if verdict.correct and card.kind == "short" \
                and (other := other_designation(asserted or answer, self._right_wordings(card))):
            verdict = wrong(f"{other} is another designation.", "mismatch", f"another designation: '{other}'")
        if verdict.correct and card.kind == "short" \
                and roles_turned(card.prompt, asserted or answer, self.aliases.lang, got):
            verdict = wrong("That turns round who acted on whom.", "mismatch",
                            "the question's doer made the one acted on")  # "the baron tricked the duke"
        if verdict.correct and card.kind == "short" and (turned := relative_turned(
                map(self.prep, self._right_wordings(card)), got)):  # "beetles that feed on fungi"
            verdict = wrong("That turns round who does what to whom.", "mismatch", f"'{turned}' turned round")
        if verdict.correct and card.kind in ("short", "explain") and asked_roles_crossed(self.prep(card.prompt), got):
            verdict = wrong("That turns round who does what to whom.", "mismatch",
                            "the question's two parties in each other's roles")  # "the stone gives the moss ..."
        if verdict.correct and (sided := score_by_sides(card, asserted or answer, got.lang.code)) is not None \
                and not self.grade(card, sided, shown=shown).correct:  # "Каспаров выиграл пять, а Карпов три"
            verdict = wrong("That gives the score to the other side.", "mismatch", f"the score by its sides: '{sided}'")
        if verdict.correct and card.kind in ("explain", "list") and (slip := scale_slip(got, self.card_value(
                card, "measures", lambda: [q for text in (card.answer, card.explanation, *self._point_texts(card))
                                           for q in measures(self.prep(text))]))):
            verdict = wrong(f"{slip} is not the figure: the text gives it at another scale.", "quantity",
                            f"a figure of the text at another scale: '{slip}'", keypoints=verdict.keypoints)
        if verdict.correct and card.kind == "short" \
                and (term := self.longer_term(card, got, (card.answer, *card.accept))):  # "a peptidase inhibitor"
            verdict = wrong(f"'{term}' is another term.", "mismatch", f"names the pack's longer term '{term}'")
        if card.kind == "short":  # "Wilkens" for "Arnold Wilkins": right, with a typo (`name_typos`)
            verdict = told_as_typo(verdict, got, self.aliases, self._right_wordings(card))
        if asserted:
            verdict = replace(verdict, trace=(f"judged on what is asserted: '{asserted}'", *verdict.trace))
        judged = verdict
        verdict = self._apply_mistakes(card, got, verdict)
        as_written = verdict is not judged  # a known mistake as the learner wrote it
        if not verdict.correct and not asserted and card.kind in SINGLE_KINDS \
                and (claim := claim_after_denial(answer, self.aliases.lang.code)):
            corrected = self.grade(card, claim, shown=shown)  # "not Oslo, Bergen": Bergen
            if corrected.correct:
                return replace(corrected, trace=(f"judged on what is asserted: '{claim}'", *corrected.trace))
        if not verdict.correct and not asserted and card.kind == "choice" and (kept := denials_dropped(
                answer, self.aliases.lang.code, card.options, card.answer, self.prep)) \
                and (read := self.grade(card, kept, shown=shown)).correct:  # "X, it was no storm": X
            return replace(read, trace=(f"judged on what is asserted: '{kept}'", *read.trace))
        if not verdict.correct and not asserted and card.kind in SINGLE_KINDS \
                and (again := self._said_again(card, answer, shown)) is not None:
            return again  # "ribose with one oxygen missing, i.e. deoxyribose"
        if not verdict.correct:
            for text, said in self._other_readings(card, answer, as_written):
                read = self.grade(card, text, shown=shown)
                if read.correct:
                    return replace(read, trace=(said, *read.trace))
        if not verdict.correct and card.kind == "choice" and "no single option recognised" in verdict.trace \
                and (picked := option_made(got, [self.prep(o) for o in card.options], self.card_value(
                    card, "option cards", lambda: option_cards(card)), lambda c: self.grade(c, answer).correct)) \
                is not None:  # "most reject the charge but say the help came too late" (`choice_points`)
            return replace(self.grade(card, card.options[picked], shown=shown), trace=(
                f"the answer makes the option '{card.options[picked]}' as a keypoint",))
        if not verdict.correct and card.kind == "short" and (head := explained_head(answer, self.aliases.lang.code)) \
                and (read := self.grade(card, head, shown=shown)).correct:  # "Smith — Jones was ill that day"
            return replace(read, trace=(f"judged on the answer before its explanation: '{head}'", *read.trace))
        if not verdict.correct and card.kind == "short" and first_party(answer) is None:
            for party in dict.fromkeys(p for w in (card.answer, *card.accept) if (p := first_party(w))):
                read = self.grade(replace(card, answer=party, accept=()), answer, shown=shown)  # "Marbury"
                if read.correct:
                    return replace(read, trace=(f"a case at law named by its first party: '{party}'", *read.trace))
        if not verdict.correct and not asserted and card.kind == "short":
            head, rest = described(answer, self.aliases.lang.code)  # "X, которую Пётр перестал созывать"
            if head and self.prep(rest).negated() and (headed := self.grade(card, head, shown=shown)).correct:
                return replace(headed, trace=(f"the negation is of the clause that describes '{head}'", *headed.trace))
        return verdict

    def _other_readings(self, card: Card, answer: str, mistaken: bool) -> Iterator[tuple[str, str]]:
        """What a wrong answer may have meant, each with the trace line that says so, tried in turn: typed
        in Cyrillic look-alikes, a list of kinds named by adjectives alone, the other keyboard layout on."""
        lang = self.aliases.lang.code
        # a figure with its currency as typed ("500 евро", "500 рублей") is meant: no other letters or layout (its
        # figures read only when another letters' or layout's reading is found: most wrong answers have neither)
        def meant() -> bool:
            return any(q.kind == "money" for q in self.prep(answer).quantities)
        if (latin := self._typed_in_cyrillic(card, answer)) is not None and not meant():
            yield latin, f"read in Latin letters: '{latin}'"  # "К" for potassium's K: the Russian layout's letter
        if card.kind == "list" and (full := heads_restored(answer, card.prompt, lang)) is not None:
            yield full, f"read with the question's noun: '{full}'"  # "вида РНК": "транспортная" is "… РНК"
        if card.kind == "list" and (full := numbers_with_head(answer, tuple(k.point for k in card.keypoints),
                                                              lang)) is not None:
            yield full, f"read with the items' noun: '{full}'"  # "I, III and IV": "complex I, ..."
        runs = self.by_texts(("named runs",), named_runs, self.texts, self.aliases.uses)  # (read once per texts)
        if card.kind in ("short", "list", "explain") and (family := family_named(
                answer, self._right_texts(card), self.aliases.people.canonicals, runs, lang)) is not None:
            yield family, f"read as each of the family: '{family}'"  # "the Montgolfier brothers", "братья X-ы"
        if card.kind in ("list", "explain") and (kin := relatives_named(
                answer, self._right_texts(card), runs | self.aliases.people.canonicals, lang)) is not None:
            yield kin, f"read as the relatives named: '{kin}'"  # "Иван Моторин с сыном Михаилом"
        if card.kind == "short" and (full := full_given_names(answer, self._right_wordings(card), lang)) is not None:
            yield full, f"read with the full given name: '{full}'"  # "Tom Midgley": "Thomas Midgley"
        if (named := named_elements(answer, self.card_value(card, "element texts", lambda: (
                *self._right_wordings(card), *card.options, *(m for mistake in card.mistakes for m in mistake.match))),
                                    lang, letters=card.kind != "choice")) is not None:
            yield named, f"read with the elements' names: '{named}'"  # "Cl": chlorine, "P and As"
        if (written := abbreviations_written_out(answer, self._card_texts(card))) is not None:
            yield written, f"read with the words written out: '{written}'"  # "N. Dakota": "North Dakota"
        if (isotope := isotopes_named(answer, self._card_texts(card), lang)) is not None:
            yield isotope, f"read with the elements' names: '{isotope}'"  # "N15", "15N": nitrogen-15
        if (apart := designations_apart(answer, self._card_texts(card))) is not None:
            yield apart, f"read as the card writes it: '{apart}'"  # "Ту104", "Р7", "№94": "Ту-104", "Р-7", "№ 94"
        if (apart := letter_marks_apart(answer, self._card_texts(card))) is not None:
            yield apart, f"read as the card writes it: '{apart}'"  # "uvb", "UVB": "UV-B"
        if card.kind in ("list", "explain") and (put := as_replacing(answer, self._point_texts(card), lang)):
            yield put, f"read as a replacing: '{put}'"  # "a power loom instead of the old loom": it replaced it
        if (mended := negative_words_mended(answer, self._right_texts(card), lang)) is not None:
            yield mended, f"read with the card's word: '{mended}'"  # "pocket vto": "pocket veto"
        if card.kind == "short" and (no := said_as_no(answer, card.prompt, self.prep, lang)) is not None:
            yield no, f"a reply of no: '{no}'"  # "it didn't give women the vote" for "Did it give women the vote?"
        if card.kind in ("explain", "list") and (no := no_as_point(answer, card.prompt, self._point_texts(card),
                                                                   self.prep, lang)) is not None:
            yield no, f"a reply of no: '{no}'"  # "нет, ни разу" for "Звонил ли колокол?": "колокол ни разу не звонил"
        if (named := apostrophes_restored(answer, (card.prompt, *self._card_texts(card)))) is not None:
            yield named, f"read with the name's apostrophe: '{named}'"  # "darlandes", "oneill": "d'Arlandes", "O'Neill"
        if not mistaken and (spelt := as_spelt(answer, lang)) is not None:  # (a known mistake as written: its words
            # meant that mistake, not words spelt as heard: "в Петербурге, столица России" is no "столится")
            yield spelt, f"read as spelt: '{spelt}'"  # "уменьшица": "уменьшится", as it is heard
        if card.kind == "numeric" and (result := _RESULT.search(answer)) is not None:
            yield result.group(1), f"judged on the result of the working: '{result.group(1)}'"  # "1 - 1/4 = 0.75"
        if card.kind in ("numeric", "short") and (total := remainder_total(answer, lang)) is not None:
            yield total, f"the named and the others counted: '{total}'"  # "France and the other four": 5
        if card.kind in ("date", "short", "choice") \
                and (whole := full_years(answer, lang, card.date, self._accepts_short_year(card))):
            yield whole, f"the year read whole: '{whole}'"  # "в июле 69-го": 1969; "June of '74" for "June 1974"
        if (keys := layout_reading(answer, lang, self.aliases.uses)) is not None and not meant():
            yield keys, f"{says_layout(lang)}: '{keys}'"  # "ldbufntkm" for "двигатель": the other layout on

    def _said_again(self, card: Card, answer: str, shown: tuple[str, ...] | None) -> Verdict | None:
        """An answer that says its term again ("X, i.e. Y", "X (that is, Y)", "X, то есть Y") or describes it in
        brackets ("X (Y)"), judged on one wording that is right alone, the other a description of it: right alone too,
        or longer in content words and no known mistake as a whole ("deoxyribose, i.e. ribose", "Bremen (Hamburg)"
        stay wrong); and an English answer "X's ROLE Y" on what follows its owner ("Heinkel's test pilot Warsitz":
        Heinkel only owns the role). None when not so."""
        if self.aliases.lang.code == "en" and (tail := owned_tail(answer)) and not other_owner(
                (card.answer, *card.accept), answer) and (read := self.grade(card, tail, shown=shown)).correct:
            return replace(read, trace=(f"judged on the one named after its owner: '{tail}'", *read.trace))
        first, again = restated(answer, self.aliases.lang.code)
        if first and HEDGE_SPLIT[self.aliases.lang.code].search(again.casefold()):
            return None  # "Hamburg (or maybe Bremen)": alternatives, not a description
        for one, other in ((again, first), (first, again)) if first and again else ():
            read = self.grade(card, one, shown=shown)
            if not read.correct:
                continue
            alone = self.grade(card, other, shown=shown)
            if alone.correct or (len(self.prep(other).content()) > len(self.prep(one).content())
                                 and not any(self._stems_of(other) <= self._stems_of(m)
                                             for mistake in card.mistakes for m in mistake.match)):
                return replace(read, trace=(f"judged on the answer said again: '{one}'", *read.trace))
        return None

    def _stems_of(self, text: str) -> frozenset[str]:
        got = self.prep(text)
        return frozenset(got.stems[i] for i in got.content())

    def _accepts_short_year(self, card: Card) -> bool:
        """Does a date card's `accept` write a year shortened ("June '85")? Its instructor then means the card's
        century by such a year (`short_years`). Memoised."""
        return self.card_value(card, "accepts a short year", lambda: any(
            full_years(wording, self.aliases.lang.code) is not None for wording in card.accept))

    def _right_texts(self, card: Card) -> tuple[str, ...]:
        """A card's right wordings, keypoints and their accepted wordings. Memoised."""
        return self.card_value(card, "right texts", lambda: (*self._right_wordings(card), *self._point_texts(card)))

    def _point_texts(self, card: Card) -> tuple[str, ...]:
        """A card's keypoints and their accepted wordings. Memoised."""
        return self.card_value(card, "point texts", lambda: (*(k.point for k in card.keypoints),
                                                             *(a for k in card.keypoints for a in k.accept)))

    def _card_texts(self, card: Card) -> tuple[str, ...]:
        """Everything a card writes that an answer may name: its right wordings, options, items, mistakes and a
        cloze's text (each blank by its first wording). Memoised."""
        return self.card_value(card, "card texts", lambda: self._read_card_texts(card))

    def _read_card_texts(self, card: Card) -> tuple[str, ...]:
        cloze = (_BLANK.sub(r"\1", card.text),) if card.text else ()
        return (*self._right_wordings(card), *card.options, *card.items, *cloze,
                *(m for mistake in card.mistakes for m in mistake.match))

    def _typed_in_cyrillic(self, card: Card, answer: str) -> str | None:
        """An answer written only in Cyrillic letters drawn like Latin ones ("К", "СО", "ХУ"), in Latin letters, when
        a right wording of the card is written in Latin letters and none in such Cyrillic letters alone ("Ом"); a
        wording in Russian words beside ("X и Y") does not stop it. None otherwise."""
        if card.kind in ("choice", "order") or not answer or answer.isascii():
            return None
        latin = as_latin(normalise(answer))
        if latin is None:
            return None
        return latin if self.card_value(card, "latin wordings", lambda: self._latin_wordings(card)) else None

    def _latin_wordings(self, card: Card) -> bool:
        """Is a right wording of the card written in Latin letters and none in Cyrillic letters drawn like Latin ones
        alone (`_typed_in_cyrillic`)? Read from the card alone: once per card."""
        wordings = self._right_wordings(card)
        return any(w.isascii() and any(c.isalpha() for c in w) for w in wordings) \
            and all(w.isascii() or as_latin(normalise(w)) is None for w in wordings)

    def _hedge_check(self, card: Card, answer: str, verdict: Verdict) -> Verdict:
        """An answer that offers alternatives ("Vilnius or Riga", "7 или 8 декабря") or is only an in-between of two
        ("somewhere between round and wrinkled") is right only when every alternative is."""
        lang = self.aliases.lang.code
        split = HEDGE_SPLIT.get(lang)
        if split is None or self._offers_alternatives(card, split):
            return verdict
        text = " ".join(answer.split()).casefold()
        parts = between_parts(text, lang) if card.kind in ("short", "choice") else None  # "between X and Y"
        if parts and any(between_parts(" ".join(w.split()).casefold(), lang)
                         for w in (*self._right_wordings(card), *card.options)):
            parts = None  # (the card's own answer, or an option, is an in-between)
        if parts is None and not may_offer_alternatives(text, lang):
            return verdict  # (no "or" in it: `split` would find none)
        parts = parts or [p for p in split.split(text) if p.strip(" ,.;")]
        if len(parts) < 2:
            return verdict
        for part in parts:
            got = self.prep(part)
            if not got.words or not getattr(self, f"_grade_{card.kind}")(card, got).correct:
                return wrong(f"Give one answer: '{part.strip()}' is not right.", "hedge",
                              f"offers alternatives: {' / '.join(p.strip() for p in parts)}")
        return verdict

    def _names_check(self, card: Card, answer: str, verdict: Verdict) -> Verdict:
        """Names joined by "and" where the card asks one ("Lübeck and Bremen", or an option and a name besides it:
        "Lemaître and Hubble"): right only when each one is."""
        lang = self.aliases.lang.code
        names = paired_names(answer, lang) or (self._options_named(card, answer, lang) if card.kind == "choice" else [])
        if not names or any(JOINED[lang].search(w) for w in self._right_wordings(card)):
            return verdict  # ("Hale and Dorn" is the card's own name)
        if card.kind == "choice" and verdict.correct and both_named(card.options, self.prep(answer), self.prep) \
                is not None:
            return verdict  # the two named are the option "both" (`choice_both`)
        for name in names:
            if not getattr(self, f"_grade_{card.kind}")(card, self.prep(name)).correct:
                return wrong(f"Give one answer: '{name}' is not right.", "hedge", f"names two: {' / '.join(names)}")
        return verdict

    def _options_named(self, card: Card, answer: str, lang: str) -> list[str]:
        """The parts of a choice answer joined by "and", or listed with a comma or a semicolon where no option holds
        one ("the north tower, the south tower"), when each names another option of a name or a term (three words at
        most), in capitals or not ("примаков и путин"): two options chosen; [] otherwise ("exports fell and imports
        grew" reads one option of a sentence; "the north tower, because it was oldest": the reason chooses none).
        Options of sentences are read so too ("it delayed the harvest and ruined the harvest": two options' words),
        unless an option joins two things itself or says all the parts say ("exports fell and imports grew" for
        "Exports fell while imports grew")."""
        listed = _LISTED.search(answer) is not None and not any(_LISTED.search(option) for option in card.options)
        sentences = any(len(option.split()) > 3 for option in card.options)
        if not (JOINED[lang].search(answer) or listed) \
                or sentences and any(JOINED[lang].search(option) for option in card.options):
            return []
        parts = [p.strip(" .;") for piece in JOINED[lang].split(answer.strip())
                 for p in (_LISTED.split(piece) if listed else (piece,))]
        chosen = [v.trace[0] if v.trace else "" for v in (self._grade_choice(card, self.prep(p)) for p in parts if p)]
        if len(chosen) < 2 or not all(c.startswith("chose ") for c in chosen) or len(set(chosen)) != len(chosen):
            return []
        return [] if sentences and self._one_option_says(card, answer) else parts

    def _one_option_says(self, card: Card, answer: str) -> bool:
        """Does one option hold every content word of an answer (maybe in other forms or synonyms)?"""
        got = self.prep(answer)
        return any(all(option.find_word(got.stems[j], got.words[j], None)[0] >= 0 for j in got.content())
                   for option in (self.prep(o) for o in card.options))

    def _offers_alternatives(self, card: Card, split: re.Pattern[str]) -> bool:
        """Does a right wording of the card itself offer alternatives ("X or Y")? Memoised."""
        memo = self.memo(card)
        if memo.alternatives is None:
            memo.alternatives = any(split.search(w.casefold()) for w in self._right_wordings(card))
        return memo.alternatives


_default = Grader()


def grade(card: Card, answer: str, aliases: dict[str, tuple[str, ...]] | None = None) -> Verdict:
    """Grade one answer. Pass the pack's aliases (or use a `Grader` for many answers)."""
    grader = _default if not aliases else Grader(aliases)
    return grader.grade(card, answer)
