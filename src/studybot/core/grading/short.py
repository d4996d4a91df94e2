"""Short answers: every content word of an accepted wording, or a close spelling of a
long one; no title word, name or letter added."""

from __future__ import annotations

import re
from functools import cached_property

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from ..clock_times import clock_minutes
from ..comparing import change_words
from ..lexicon import COMPASS
from ..lexicon_compare import CHANGES
from ..lexicon_names import NAME_WORDS
from ..matching import Prepared, covers, find_phrase, overlap
from ..meaning import avoided
from ..packs import Card
from ..people import patronymic
from .answers import leads, letters_named, literal_match, threshold
from .asked_negation import asked_negated
from .attributive import read_again
from .base import GraderBase
from .counted import counts_swapped
from .counted_other import other_thing_counted
from .dated import decade_years, era_clash, eras_apart
from .degree_flips import degree_flipped, degree_slipped
from .described import described_names, fronted_name
from .doers import doer_apart
from .figure_words import figure_positions
from .figures import same_quantity
from .forms import FORM, TYPO, forms_only
from .formulas import same_formula
from .given_slips import given_slip
from .given_words import asking_nouns, given_words, put_in_place
from .going_on import words_going_on
from .heads import head_restored, said_last
from .intensifiers import said_otherwise
from .keypoint_values import figures_alone
from .longer_names import inside_longer
from .made_names import name_made
from .made_so import made_so
from .name_slips import initials_contradicted, initials_given, mended_name_word
from .name_words import name_turned, name_word_added, name_word_dropped, said_whole
from .negated_apart import negated_apart
from .other_names import another_name_typed, written_names
from .owners import owners
from .paired_letters import letter_pairs, letters_added
from .place_kinds import other_place_kind
from .qualified_heads import another_qualifier, thing_qualified
from .qualifiers import after_the_answer, post_of_name
from .quoted_titles import title_changed
from .relative_other import other_described
from .rounded import clock_text, near_time, time_alone
from .score_pairs import same_pair_as_clock
from .seasons import other_season
from .short_synonyms import said_with_synonyms
from .slips import kin_named, mended_short_word
from .verdict import Verdict, wrong
from .word_order import verb_between
from .years_said import date_alone, judged_date, our_era_words, year_alone, year_text, years_given

__all__ = ["ShortGrading"]

_Best = tuple[int, float, str, bool]  # (level, similarity, wording, typo)


def _title(ref: Prepared) -> bool:
    """Is a wording a name in capitals ("Commonwealth of Independent States")? It is given whole."""
    content = ref.content()
    return len(content) >= 2 and all(ref.words[i] in ref.capitalised or not ref.words[i].isalpha() for i in content)


def _counted(ref: Prepared) -> frozenset[str]:
    """The nouns a wording counts right after its figures ("600 members"): the figure given (the hard
    checks see to it), what it counts goes without saying. Not after an ordinal: "the 3rd floor", "2-я
    армия" name which floor and which army."""
    return frozenset(ref.stems[i + 1] for i, w in enumerate(ref.words[:-1]) if w[:1].isdigit()
                     and w not in ref.ordinals and ref.clauses[i + 1] == ref.clauses[i] and i + 1 in ref.content())


def _old_level(got: Prepared, i: int) -> bool:
    """Is word i one a change measures from ("level", "value": "to 200% of its former level")?"""
    words = CHANGES.get(got.lang.code)
    return words is not None and got.words[i] in words.levels


def _flips(text: Prepared, start: int, end: int, flips: tuple[tuple[str, ...], ...]) -> bool:
    """Do the words between two names turn the roles round ("was defeated by", "lost to")?"""
    between = text.words[start + 1:end]
    return any(tuple(between[i:i + len(f)]) == f for f in flips for i in range(len(between)))


def _letters_alike(got: Prepared, ref: Prepared) -> float:
    """How alike in their letters an answer and a wording are, as the trace says it: of the words
    written, not of their stems ("evaporating coils" and "evaporator coils" share every stem)."""
    return float(fuzz.ratio(" ".join(got.words), " ".join(ref.words)))


class ShortGrading(GraderBase):
    """`short` cards."""

    def _grade_short(self, card: Card, got: Prepared) -> Verdict:
        dated = self._as_date(card, got) or self._as_year(card, got) or self._as_time(card, got)
        if dated is not None:
            return dated
        prompt = self.prep(card.prompt)
        best = self._best_wording(card, got, prompt)
        if isinstance(best, Verdict):
            return best
        if best is None or best[0] == 0:
            if any(same_formula(got.written or got.text, w) for w in (card.answer, *card.accept)):  # "W = P^2 k s"
                return Verdict(True, 1.0, "Correct.", trace=("the formula, typed another way",))
            restored = (self._head_restored(card, got, prompt) or self._reign_left_out(card, got, prompt)
                        or self._surname_as_word(card, got) or read_again(  # a lack, "sugar is low"
                            got, (card.answer, *card.accept), lambda text: self._grade_short(card, self.prep(text))))
            if restored is not None:
                return restored
            ref = self.prep(card.answer)
            failed = self._hard_checks(ref, got, prompt, points=self.points(card))
            # "says the opposite" only of an answer that says the same things otherwise ("no idea, maybe X": no)
            if failed is not None and (failed.reason != "negation" or overlap(got, ref) >= 0.5) and not (
                    failed.reason == "quantity" and any(not self.prep(w).quantities for w in card.accept)):
                return failed  # (no "needs the figure" where a wording without it is accepted: "Курбат Иванов")
            ratio = _letters_alike(got, self.prep(best[2])) if best else 0.0
            return wrong("Not quite.", "mismatch", f"no accepted wording matched (closest {ratio:.0f}%)", score=0.0)
        _, _, wording, typo = best
        mine = " ".join(got.stems[i] for i in got.content())  # an accepted wording said word for word: as written
        wording = next((w for w in (card.answer, *card.accept) if self._content_stems(w, self.prep(w)) == mine),
                       wording)
        added = self._added(card, got, wording)
        if added is not None:  # ("the northern ones": "ones" is no word put in place of "routes")
            return self._head_restored(card, got, prompt) or added
        allowing = (FORM if forms_only(self.prep(wording), got) else TYPO) if typo else ""  # "отступить": a form
        return Verdict(True, 1.0, f"Correct ({allowing})." if typo else "Correct.", typo=typo,
                       trace=(f"matches '{wording}'" + (f" ({allowing})" if typo else ""),))

    def _head_restored(self, card: Card, got: Prepared, prompt: Prepared) -> Verdict | None:
        """The answer with its head noun said by a pro-form or by the question's noun, read with a right
        wording's head in its place (`heads`): right when that reading matches a wording word for word."""
        wordings = [self.prep(text) for text in (card.answer, *card.accept)]
        for text in head_restored(got, wordings, self.prompt_skip(card), prompt):
            again = self.prep(text)
            best = self._best_wording(card, again, prompt)
            if isinstance(best, tuple) and best[0] == 2 and not best[3] and self._added(card, again, best[2]) is None:
                return Verdict(True, 1.0, "Correct.", trace=(f"matches '{best[2]}' (its head noun said as "
                                                              f"'{said_last(got)}')",))
        return None

    def _reign_left_out(self, card: Card, got: Prepared, prompt: Prepared) -> Verdict | None:
        """A ruler named without the number of the reign (`regnal.RegnalGrading`)."""
        return None

    def _surname_as_word(self, card: Card, got: Prepared) -> Verdict | None:
        """The card's person named by a surname that is also a word of the texts (`surname_words`)."""
        return None

    def _best_wording(self, card: Card, got: Prepared, prompt: Prepared) -> Verdict | _Best | None:
        """The accepted wording the answer comes closest to: (2 every word / 1 a close spelling or
        most of a long wording / 0 none, similarity, wording, with a typo); a Verdict for a literal
        answer ("No")."""
        skip, points = self.prompt_skip(card), self.points(card)
        best: _Best | None = None
        mine = ""  # the answer's content stems, joined when first compared
        for wording in self._short_wordings(card):
            ref = self.prep(wording)
            if not ref.content() and ref.words:
                if literal_match(ref, got):
                    return Verdict(True, 1.0, "Correct.", trace=(f"matches '{wording}'",))
                continue
            fskip = (self._figures_skip(card, wording, ref, skip) if ref.quantities else skip) | made_so(ref)
            if ref.quantities and counts_swapped(ref, got) or ref.dates and era_clash((ref,), got) or eras_apart(
                    wording, got.written):
                continue  # "two buds and a leaf" for "two leaves and a bud"; "во II веке н. э." for "до н. э."
            failed = self._hard_checks(ref, got, prompt, points=points)  # but a negation apart: "X, as Y did not"
            if failed and (failed.reason != "negation" or not negated_apart(ref, got, fskip)
                           or self._exclusion(ref, got)):
                continue
            asked = got.negated() and not ref.negated() and asked_negated(prompt, got)  # "cannot make X" for "X"
            if degree_flipped(ref, got, tuple(range(len(got.words)))) or degree_slipped(ref, got):
                continue  # "it got narrower" (less wide) for "it became wide": the opposite quality, as in a point
            match = find_phrase(ref, got, skip=fskip, negation=None) if asked else find_phrase(ref, got, skip=fskip)
            if match is not None and match.typo and another_name_typed(ref, got, match.positions, self.by_texts(
                    ("written names",), written_names, self.aliases), self.aliases):
                continue  # "Hero" for "Hiero", where the texts name Hero of Alexandria too: no slip (`other_names`)
            if match is None and not failed and figures_alone(ref, got, fskip):
                return (2, 100.0, wording, False)  # "2250 млн" for "2,25 млрд чашек" asked how many cups
            if match is not None and (name_word_dropped(ref, got, fskip) or title_changed(wording, card.answer, ref,
                                                                                          got)
                                      or name_turned(ref, got, prompt, self.aliases.people.canonicals)):
                continue  # "Natural Resources Service" for the Soil Conservation Service; «Через Сибирь»; "Said port"
            if match is not None and not match.typo:
                return (2, 100.0, wording, False)  # every word of an accepted wording, as written
            mended = (mended_short_word(ref, got) or mended_name_word(ref, got)) if match is None else None
            if mended is not None and find_phrase(ref, self.prep(mended), skip=skip) is not None:
                return (2, 100.0, wording, True)  # "sinoatrial nod": a slip of a short word in a term
            if match is None and said_with_synonyms(ref, got, skip, self.card_set(card, "not by meaning",
                                                                           lambda: avoided(card, self.prep))):
                return (2, 100.0, wording, False)  # "the monks deserted the abbey": "abandoned" (`short_synonyms`)
            theirs = self._content_stems(wording, ref)
            mine = mine or " ".join(got.stems[i] for i in got.content())
            ratio = fuzz.ratio(mine, theirs)
            if match is not None:
                level = 2
            elif len(ref.content()) >= 3 and (ratio >= threshold(len(theirs)) or len(ref.content()) >= 4) \
                    and covers(got, ref) and not self._body_name(ref) and said_whole(ref, got) and (
                    (ratio >= threshold(len(theirs)) and (not _title(ref) or covers(ref, got)))
                    or (len(ref.content()) >= 4 and overlap(ref, got) >= 0.75 and ref.negated() == got.negated()
                        and leads(ref, got) and not _title(ref))):
                level = 1  # a close spelling of a long wording, or most of it (its head included) and nothing else
            else:
                level = 0
            cand = (level, ratio, wording, bool(match and match.typo) or level == 1)
            if best is None or cand[:2] > best[:2]:
                best = cand
        return best

    def _figures_skip(self, card: Card, wording: str, ref: Prepared, skip: frozenset[str]) -> frozenset[str]:
        """The words a wording with figures need not be matched on: the prompt's, and the nouns its figures count
        and the words of its factors (`_counted`, `change_words`) and of its figures of a value, which the hard checks
        read as values (`figure_words`), worked out once per wording."""
        return self.card_set(card, "skip:" + wording, lambda: skip | _counted(ref) | change_words(ref) | {
            ref.stems[i] for i in figure_positions(ref, bare=False, grouped=True)}  # "2250 млн" for "2,25 млрд"
            | our_era_words(ref))  # "1260-1390" for "AD 1260 to 1390"

    def _as_date(self, card: Card, got: Prepared) -> Verdict | None:
        """A short answer that is a date ("15 March 44 BC") is judged as a date: a date the answer gives
        as exactly (to the day, era included) must be one of the right ones. None: judge it as words."""
        right = self.card_set(card, "dates", lambda: (d for text in (card.answer, *card.accept)
                                                     for d in date_alone(self.prep(text))))
        return judged_date(frozenset(right), got) if right else None

    def _as_time(self, card: Card, got: Prepared) -> Verdict | None:
        """A short answer of a card whose right wordings are a time ("at 5:30 pm") gives one time ("17:30", a bare "6"),
        right or near a hedged one (`near_time`). None: no time in the answer, or the card's answer is no time."""
        if not self.card_set(card, "time", lambda: ["yes"] if time_alone(self.prep(card.answer)) else []):
            return None  # (the card's answer is no time: worked out once per card)
        right = [(q, r) for text in (card.answer, *card.accept) for r in (self.prep(text),) for q in time_alone(r)]
        if all(q.kind != "time" for q in got.quantities) and any(same_pair_as_clock(r.value, got) for r, _ in right):
            return Verdict(True, 1.0, "Correct.", trace=("the card's figures as a pair",))  # "13-11" for "13:11"
        given = [q for q in got.quantities if q.kind == "time" or q.clock is not None] \
            or [q for q in got.quantities if q.kind == "count" and clock_minutes(q.text) is not None]  # "5.30", "6"
        if not given:
            return None
        hits = [q for q in given if any(same_quantity(r, q) or near_time(r, q, ref, got) for r, ref in right)]
        shown = ", ".join(dict.fromkeys(clock_text(q) for q in given))
        if hits and "," not in shown:
            return Verdict(True, 1.0, "Correct.", trace=(f"the time {shown} matches",))
        return wrong("Not the right time." if not hits else "Give one time.", "quantity", f"times given: {shown}")

    def _as_year(self, card: Card, got: Prepared) -> Verdict | None:
        """A short answer whose right wordings are years ("AD 79", "44 BC") is judged as a year: the
        one year the answer gives must be a right one (a bare "79" is AD 79; a BC year needs its
        era). None: no year in the answer, or the card's answer is not a year."""
        right = self.card_set(card, "years", lambda: (y for text in (card.answer, *card.accept)
                                                     for y in year_alone(self.prep(text))))
        if not right or not self.card_set(card, "answer years", lambda: year_alone(self.prep(card.answer))):
            return None
        decades = decade_years(got.text) - {d.year for d in got.dates}
        given = years_given(got) - decades
        if not given:
            decades &= {int(y) for y in right}
            if decades:  # "the 1790s" for "1790": a decade is not its first year
                return wrong("Not the right year: a decade is not a year.", "date", f"decade given: {min(decades)}s")
            return None
        if len(given) == 1 and str(next(iter(given))) in right:
            return Verdict(True, 1.0, "Correct.", trace=(f"the year {year_text(next(iter(given)))} matches",))
        shown = ", ".join(year_text(y) for y in sorted(given))
        return wrong("Not the right year." if len(given) == 1 else "Give one year.", "date", f"years given: {shown}")

    def _body_name(self, ref: Prepared) -> bool:
        """Is a wording the name of a body or a place of the pack (`name_parts`)? Its parts that name it are
        rewritten to it; any other part ("государственный университет") names something else or nothing."""
        words = ref.words[next((i for i, w in enumerate(ref.words) if w not in ref.lang.lex.stop), 0):]
        return " ".join(words) in self.aliases.bodies

    def _content_stems(self, wording: str, ref: Prepared) -> str:
        """A wording's content stems joined, worked out once."""
        found = self._joined.get(wording)
        if found is None:
            found = self._joined[wording] = " ".join(ref.stems[i] for i in ref.content())
        return found

    def _added(self, card: Card, got: Prepared, wording: str) -> Verdict | None:
        """A letter, a title word or a name the answer adds to a right one ("both P and S")."""
        named = self.card_set(card, "letters", lambda: (w for text in self._right_wordings(card)  # ("J. K. Moss"
                                                          for said in (text, text.casefold())  # typed "j. k. moss")
                                                          for w in letters_named(self.prep(said))))
        letters = letters_added(got, letters_named(got) - named, lambda: self.card_set(  # "the Reserve (R) group"
            card, "letter pairs", lambda: letter_pairs(self._right_wordings(card), self.texts, self.prep)))
        if letters:
            return wrong(f"Your answer also names {', '.join(sorted(letters)).upper()}.", "mismatch",
                         f"adds {', '.join(sorted(letters))}")
        if wording not in (card.answer, *card.accept) and (other := said_otherwise(
                tuple(self.prep(text) for text in (card.answer, *card.accept)), got)):  # "слегка" for "сильно"
            return wrong(f"'{other}' changes the answer.", "mismatch", f"'{other}' says its degree the other way")
        if season := other_season([self.prep(text) for text in (card.answer, *card.accept)], got):
            return wrong(f"'{season}' is another time.", "mismatch", f"'{season}' is another season than the card's")
        changed = self._modifier_added(card, got, wording)
        if changed:
            return wrong(f"'{changed}' changes the answer.", "mismatch", f"adds the qualifier '{changed}'")
        ref = self.prep(wording)
        starts = self.card_set(card, "starts:" + wording, lambda: (ref.words[i][:3] for i in ref.content()))
        other = next((got.words[j] for j in got.content() if got.words[j][:3] in starts for i in ref.content()
                      if (got.stems[j] != ref.stems[i] and got.lang.contrasting(got.words[j], ref.words[i]))
                      or (got.stems[j] == ref.stems[i] and doer_apart(got.words[j], ref.words[i], got.lang.code))),
                     "")  # "the garden": no gardener
        if other:  # "pulmonary arteriole" for "pulmonary artery", though "artery" is in the question
            return wrong(f"'{other}' is another thing.", "mismatch", f"'{other}' in place of a word of '{wording}'")
        allowed = self.card_set(card, "right+prompt", lambda: (st for text in (*self._right_wordings(card), card.prompt)
                                                              for st in self.prep(text).stems))
        if counted := other_thing_counted(ref, got, allowed):  # "seven towers" for "seven beacons"
            return wrong(f"'{counted}' is another thing.", "mismatch", f"'{counted}' in place of a word of '{wording}'")
        kin = kin_named(ref, got, allowed) or other_described(ref, got, allowed)  # "the bishop who met X"
        if kin:  # "Barnard's brother Marius" for "Barnard"
            return wrong(f"'{kin}' names another person.", "mismatch", f"'{kin}' of the name '{wording}'")
        put = self._put_in_place(card, got, wording)
        if put:
            return wrong(f"'{put}' is not what the question asks about.", "mismatch",
                         f"'{put}' in place of a word of '{wording}' the question gives")
        if self._roles_reversed(card, got, wording):
            return wrong("Who did what is the wrong way round.", "mismatch", f"the roles of '{wording}' reversed")
        swapped = self._name_swapped(card, got) or initials_contradicted(self.card_value(
            card, "initials", lambda: initials_given((card.answer, *card.accept), self.aliases.lang)), got)
        if swapped:
            return wrong(f"'{swapped}' is not the name asked for.", "mismatch",
                         f"puts '{swapped}' before the name '{wording}'")
        if made := name_made(self.prep(wording), got, self.aliases.uses) or other_place_kind(ref, got, allowed):
            return wrong(f"'{made}' is another name.", "mismatch", f"'{made}' is another name than '{wording}'")
        longer = self._name_lengthened(card, got) or name_word_added(ref, got, allowed) or another_qualifier(
            ref, [self.prep(text) for text in (card.answer, *card.accept)], got, allowed)  # "Боярская дума" for "дума"
        if longer:
            return wrong(f"With '{longer}' it is another name.", "mismatch", f"'{longer}' goes on a name of the pack")
        others = self._names_added(card, got, wording)
        if others:
            return wrong(f"Your answer also names {', '.join(sorted(others))}.", "mismatch",
                         f"names {', '.join(sorted(others))}, which the answer does not")
        return None

    def _put_in_place(self, card: Card, got: Prepared, wording: str) -> str:
        """A word of the answer standing where the wording has a word the question gives, which the answer leaves
        out (`given_words.put_in_place`); the wording read as written (two wordings one text once names are
        rewritten keep their own capitals)."""
        ref = self.prep(wording)
        told = self.card_set(card, "given:" + wording, lambda: given_words(ref, wording, self.prompt_skip(card)))
        if not told:
            return ""
        known = self.card_set(card, "right+prompt", lambda: (st for text in (*self._right_wordings(card), card.prompt)
                                                            for st in self.prep(text).stems))
        asked = self.card_set(card, "asked nouns", lambda: asking_nouns(self.prep(card.prompt)))
        return put_in_place(ref, got, told, known, asked)

    def _roles_reversed(self, card: Card, got: Prepared, wording: str) -> bool:
        """A wording where one name acts on another ("Caesar defeated Pompey"): the answer names them
        the other way round ("Pompey defeated Caesar"), unless a passive or a converse verb turns the
        roles back ("Pompey was defeated by Caesar", "Pompey lost to Caesar")."""
        roles = self.card_value(card, "roles:" + wording, lambda: self._roles(wording))
        if roles is None:
            return False
        first, second = roles
        ref, flips = self.prep(wording), got.lang.lex.role_flips
        mine = [next((j for j in got.content() if got.stems[j] == ref.stems[i]), -1) for i in (first, second)]
        if min(mine) < 0 or mine[0] == mine[1]:
            return False
        flipped = _flips(ref, first, second, flips) != _flips(got, min(mine), max(mine), flips)
        return (mine[1] < mine[0]) != flipped

    def _roles(self, wording: str) -> tuple[int, int] | None:
        """The places of the name that acts and of the name acted on in a wording ("Caesar defeated Pompey"),
        or None when no name acts on another in it (worked out once per card's wording)."""
        ref = self.prep(wording)
        flips = ref.lang.lex.role_flips
        if not flips or len(ref.capitalised) < 2:
            return None
        names = [i for i in ref.content() if ref.words[i] in ref.capitalised]
        if len(names) < 2:
            return None
        verbs = [v for v in ref.content() if ref.words[v] not in ref.capitalised and names[0] < v]
        after = [k for k in names if verbs and k > verbs[0]]
        if not verbs or not after:
            return None
        first, second = names[0], after[0]
        content, flip_words = set(ref.content()), {w for f in flips for w in f}
        lex = ref.lang.lex
        if not verb_between(ref, first, second) or any(
                k not in content and ref.words[k] not in flip_words and ref.words[k] not in lex.auxiliaries
                or ref.words[k] in lex.symmetric for k in range(first + 1, second)):
            return None  # "relations of X with Y", "X and Y", "X married Y", "X-resistant Y": no one acts on the other
        return first, second

    def _modifier_added(self, card: Card, got: Prepared, wording: str) -> str:
        """A rank or region word put before a title ("deputy"; `qualifiers`), or a thing's other qualifier ("fox")."""
        allowed = self.card_set(card, "answer+prompt", lambda: (st for text in (card.answer, *card.accept, card.prompt)
                                                               for st in self.prep(text).stems))
        for i, (word, st) in enumerate(zip(got.words, got.stems, strict=True)):
            if word in got.lang.lex.modifiers and not any(got.lang.word_match(st, a) == 0 for a in allowed) \
                    and not (i + 1 < len(got.words) and (got.lang.stem(word + got.words[i + 1]) in allowed
                                                         or _old_level(got, i + 1))):
                match = find_phrase(ref := self.prep(wording), got, skip=self.prompt_skip(card))
                if match is None or not (after_the_answer(got, i, match.positions, COMPASS, allowed) or post_of_name(
                        got, i, match.positions, ref, self.aliases.people.canonicals)):  # ("vice president X Y")
                    return word  # ("under secretary" is no modifier of "undersecretary", "former level" no title)
        return thing_qualified(self.prep(wording), map(self.prep, (card.answer, *card.accept)), got, allowed)

    def _name_swapped(self, card: Card, got: Prepared) -> str:
        """A given name before a surname where the card's has another ("Dustin Hoffman" for "Paul Hoffman")."""
        if not got.capitalised:
            return ""
        lex = got.lang.lex
        particles = lex.name_particles  # "Karl von Frisch": a name, its particle in lower case

        def names() -> list[Prepared]:  # (the card's names, read once per card: `card_value` below)
            texts = (card.answer, *card.accept)
            texts += tuple(name for text in texts for name in described_names(text, lex.titles))  # "X Y, the mayor"
            texts += tuple(name for text in texts if (name := fronted_name(text, got.lang.code)))  # "the smith X Y"
            texts += tuple(owners(card.prompt, texts, got.lang.code))  # "X Y" of "X Y's forge", asked whose
            return [ref for ref in (self.prep(text) for text in texts)
                    if 2 <= len([w for w in ref.words if w not in particles]) <= 3
                    and all(w in ref.capitalised or w in particles for w in ref.words)
                    and all(i in ref.content() or w in particles for i, w in enumerate(ref.words))]
        named = self.card_value(card, "names' readings", names)
        # stems of names' words that follow another word of the name (surnames), and every word of the names
        after_given = self.card_set(card, "surnames", lambda: (ref.stems[i] for ref in named
                                                               for i in range(1, len(ref.words))))
        name_words = self.card_set(card, "names", lambda: (st for ref in named for st in ref.stems))
        if not after_given:
            return ""
        known = self.card_set(card, "right+prompt", lambda: (st for text in (*self._right_wordings(card), card.prompt)
                                                            for st in self.prep(text).stems))
        content = [k for k in got.content() if not patronymic(got.words[k], lex)]  # "Дмитрий Михайлович Пожарский"
        for i, j in zip(content, content[1:], strict=False):
            word, nxt = got.words[i], got.words[j]
            if j != i + 1 + int(j == i + 2 and patronymic(got.words[i + 1], lex)) or word not in got.capitalised \
                    or word in lex.modifiers or word in lex.titles or len(word) < 3:
                continue
            if nxt in got.capitalised and not any(got.lang.word_match(got.stems[j], s) >= 0 for s in after_given):
                continue  # the next word is no surname of the card's names
            if (nxt not in got.capitalised and got.stems[j] not in name_words) or nxt in lex.titles \
                    or re.search(rf"(?<!\w){re.escape(word)}\s*[,;:]", got.text):  # ("who flew the Petrel, Voss")
                continue  # a name's word the aliases put in ("Hoffman"); no title ("Air Force colonel X")
            if not any(got.lang.word_match(got.stems[i], k) >= 0 for k in known) \
                    and not any(got.lang.word_match(word, w) >= 0 for ref in named for w in ref.words) \
                    and not any(given_slip(w, word) for ref in named for w in ref.words[:-1]):
                return word  # (a slip of the card's given name is that name: Snowball may cut it to nothing)
        return ""

    def _name_lengthened(self, card: Card, got: Prepared) -> str:
        """A name of the pack that the answer goes on with words in capitals the card does not use: another
        name ("Содружество Суверенных Государств" for "Содружество Независимых Государств", "Lincoln Memorial"
        for "Lincoln"); the name as it is written, or with its parts, is rewritten whole before this."""
        if not got.capitalised:
            return ""
        known = self.card_set(card, "right+prompt", lambda: (st for text in (*self._right_wordings(card), card.prompt)
                                                            for st in self.prep(text).stems))
        by_first, words = self.aliases.canon_by_first, got.words
        found = {" ".join(seq) for i, w in enumerate(words) if w in by_first for seq in by_first[w]
                 if tuple(words[i:i + len(seq)]) == seq and i + len(seq) < len(words)}
        code = self.aliases.lang.code
        joiners = tuple(NAME_WORDS[code].inside) if code in NAME_WORDS else ()
        for name in found & self._long_names:
            for word in words_going_on(name, got.text, joiners):
                if any(self.aliases.shorter(" ".join(filter(None, (name, j, word)))) for j in ("", *joiners)):
                    continue  # the pack's own longer name of it ("Gustavus Adolphus of Sweden" under the shorter)
                if word in got.capitalised and word not in got.marks().exact and word not in got.lang.lex.stop \
                        and got.lang.stem(word) not in known and not patronymic(word, got.lang.lex) \
                        and not any(len(w) >= 4 and OSA.distance(word, w) <= 1 + (len(w) >= 7)
                                    for w in name.split()):  # (an acronym after it says where: "ГКЧП СССР";
                    return word  # a slip of the name's own word, "Hospital Hosptial", says it again)
        return ""

    @cached_property
    def _long_names(self) -> frozenset[str]:
        """The pack's names that a name going on from them would change: its proper names, people, bodies."""
        return self.aliases.proper | self.aliases.people.canonicals | self.aliases.bodies

    def _names_added(self, card: Card, got: Prepared, wording: str) -> set[str]:
        """Names (pack aliases) the answer puts in place of names the card uses:
        "crude oil from Russia" for "American crude oil"; a name another accepted wording says is none ("the strait
        between Corsica and Sardinia" accepted, its names added to "the strait" matched first)."""
        mentioned = self.aliases.names(got.words)
        if not mentioned:
            return set()

        def names(text: str) -> frozenset[str]:  # the names of a wording of the card, worked out once
            return self.card_set(card, "names:" + text, lambda: self.aliases.names(self.prep(text).words))

        texts = (wording, card.answer, card.prompt)
        right = self.card_set(card, "right names", lambda: (n for text in (card.answer, *card.accept)
                                                           for n in names(text)))
        if longer := inside_longer(got.words, mentioned, right):  # "the Democratic Republic of the Congo" for "the
            return longer  # Republic of the Congo", where the pack names both
        known = self.card_set(card, "known names:" + wording, lambda: (n for text in (*texts, *card.accept)
                                                                      for n in names(text)))
        words = self.card_set(card, "words:" + wording, lambda: (w for text in texts for w in self.prep(text).words))
        extra = {n for n in mentioned - known if " " not in n  # a place or body named instead
                 and not any(w.startswith(n) and w[len(n):] in ("", *got.lang.lex.demonym_endings) for w in words)}
        left_out = extra and (names(wording) | names(card.answer)) - mentioned | {  # (no country known two ways,
            n for n in names(card.prompt) - mentioned if " " not in n and n not in self.aliases.known}  # "США")
        return extra if left_out else set()
