"""Cards with parts: keypoints (list, explain), options (choice); blanks (cloze): `cloze.py`, items: `ordering.py`."""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from ..comparing import change_words, factors_apart, oriented_direction
from ..connectives import cause_turned, connective_skips, relation_changed, relation_changed_at
from ..ellipsis import negation_differs
from ..matching import Match, Prepared, Want, find_phrase, overlap
from ..meaning import Meaning, avoided, opposed, same_meaning_in
from ..packs import Card
from ..shared_heads import list_items as _items
from ..shared_heads import shared_head
from ..skipped_clauses import anchored
from . import options as choosing
from .absent_affirmed import affirmed_where_asked_absent
from .affected_other import affected_other
from .agent_nouns import agent_said
from .aims import stopped_as_purpose
from .answers import correction
from .apart_not import apart_wordings, said_bare
from .asked_kind import kind_only, prompt_only
from .asked_other import asked_other
from .aspect_kept import other_aspect_wordings
from .averted import averted_as_purpose
from .beliefs import belief_skips
from .both_sides import both_claimed
from .bound import bound_elsewhere
from .causing_ru import cause_exchanged, cause_said
from .choice_both import both_named
from .choice_lists import other_items
from .choice_others import other_thing_named
from .choice_own import restated_option
from .choice_words import shifted
from .claim_places import DUMP_CLAIMS, unsupported_claims
from .cloze import ClozeGrading
from .contradicted import contradicted, contradicted_unless_accepted
from .contrasts import in_one_clause, negated_where_said, said_against, said_plainly, split_by_contrast
from .counted import counts_other_thing, figure_stems, other_count_before
from .crossed_pairs import crossed_pairs, taken_twice
from .dated import another_year, decade_only, lone_years, without_dates
from .degree_flips import degree_flipped
from .degrees import Covered, becoming_said_by_change, in_plain_degree, plain_answer
from .denied_thing import denied_thing
from .ease_figures import ease_wordings
from .either import either_wordings
from .en_variants import english_wordings
from .extra_amounts import extra_as_more
from .figures import figures_agree, same_quantity
from .filled_elsewhere import rival_stems, said_elsewhere
from .formulas import same_formula
from .given_negation import without_given_negation
from .given_slips import other_given_before
from .having import holding_skips
from .intensifiers import intensifier, unstressed
from .kept_away import keeps_away
from .kind_swaps import kind_swapped, people_swapped, turned_point
from .letter_symbols import symbol_alone
from .means_heads import means_wordings
from .modifiers import without_modifier
from .named_alone import named_alone
from .only_widened import only_widened
from .options import CYRILLIC_LETTERS, LETTERS, by_letter, by_yes_no, word_replaced
from .parts_left_out import whole_for_part
from .place_comparisons import turned_wordings
from .plainer import plainer_wordings
from .privatives import privative_only
from .reason_note import pick_before_note, reason_after, reason_opened
from .repeated_word import repeats_given
from .rivals import Rivals, asked_rivals, given_to_rival
from .roles import labelled_clauses, party_kept, swapped_points, unless_wrong_party, wrong_party
from .rounded import rounded_as_said
from .score_pairs import pair_reversed
from .shortage import lack_as_shortage
from .slips import typo_of_known
from .subject_said import subject_left, subject_replaced
from .subject_taken import other_doer
from .swapped_figures import figures_swapped
from .things_made import thing_made
from .titled_options import option_by_title
from .verdict import KeypointResult, Verdict, wrong
from .wanted_aims import aims_wanted
from .withdrawn_acts import act_withdrawn

__all__ = ["CYRILLIC_LETTERS", "LETTERS", "StructuredGrading", "contradicted"]

LONG_POINT = 5  # content words from which a point counts when most of it is made
OWN_SHARED = 3  # words of a learner's paraphrase of one choice that are that option's and no other's
LIST_ITEM = 4  # words at most in each item of an answer that lists things ("left atrium, right ventricle")


_ITEM_SPLIT = re.compile(r"[,;\n]+(?!\d)")


def _gathered(ref: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """Is a short term ("left ventricle") made of words from different items of a list ("left atrium, right ...")?"""
    if len(positions) < 2 or len(ref.content()) > 3 or len(set(ref.clauses)) > 1 or "," not in got.text \
            and ";" not in got.text:
        return False
    items = _items(got)
    breaks = got.lang.lex.clause_breaks  # ("left atrium and the septum": its "and" joins the last item)
    sizes = [k for k, word in zip(items, got.words, strict=True) if word not in breaks]
    if not sizes or max(sizes.count(k) for k in set(sizes)) > LIST_ITEM:
        return False  # sentences, not a list of things
    positions = tuple(j for j in positions if j not in lone_years(got, items)) or positions  # ("in 1958, the ...")
    return len({items[j] for j in positions}) > 1 and not shared_head(got, positions, items)  # ("red, green apples")


def _own_degrees(ref: Prepared, skip: frozenset[str]) -> frozenset[str]:
    """`skip` (the prompt's stems) without a wording's words of direction that go with a word of its own ("less
    glass", "more pressure", "более тяжёлые"): the prompt may have the same word ("why is the lens thinner": "less
    thick") of another thing, but the answer must say this one's direction ("it keeps the glass" is no "less glass")."""
    content = set(ref.content())
    kept = {ref.stems[i] for i in content if ref.dirs[i] and ref.stems[i] in skip and i + 1 in content
            and not ref.dirs[i + 1] and ref.stems[i + 1] not in skip and ref.clauses[i] == ref.clauses[i + 1]}
    return skip - kept if kept else skip


def _wanted_as(point: Prepared, ref: Prepared, absent: bool, skip: frozenset[str],
               prep: Callable[[str], Prepared]) -> tuple[bool | None, frozenset[str]]:
    """How a wording `ref` of a point is wanted in an answer: negated (True, False; None: either way) and the
    stems it need not be matched on besides `skip`."""
    # a bare alternative ("alternative views") of a negated point may be negated or not; so may the
    # words of a point about keeping something away ("a buffer against deflation": "so we don't slip
    # into deflation"; a word of stopping dropped is caught by `contradicted`)
    negation = None if (point.negated() and not ref.negated() and not said_plainly(ref, point, prep)) \
        or keeps_away(point, ref) or (absent and not point.negated()) else ref.negated()
    if negation is False and not point.negated() and negated_where_said(point, ref):
        negation = True  # "no cavalry" of "few archers and no cavalry": negated where the point says it
    skips = _own_degrees(ref, skip) | becoming_said_by_change(ref) | connective_skips(ref) \
        | belief_skips(ref)  # ("while" for "but"; "all acids contain it" for "believed all acids contain it")
    return negation, skips | changed if (changed := change_words(ref)) else skips  # a factor's words: figure checked


class StructuredGrading(ClozeGrading):
    """`list`, `explain`, `choice`, `cloze` and `order` cards."""

    _rivals: Rivals = {}  # the terms the card's question sets against each other, while its points are sought

    def _keypoint_results(self, card: Card, got: Prepared) -> tuple[list[KeypointResult], bool, str]:
        # the prompt's words, and a verb of having or giving ("gives many offspring": "many offspring")
        skip = self.card_set(card, "prompt+support", lambda: self.prompt_skip(card) | {
            got.lang.lemma_stem(w) for w in got.lang.lex.support_verbs}) | holding_skips(got, (  # "has": "contains"
                self.prep(text) for kp in card.keypoints for text in (kp.point, *kp.accept)))
        results, places, typo_any = [], [], False
        known = self.card_set(card, "vocabulary", lambda: (st for text in (card.prompt, card.explanation,
                                                                          *self._right_wordings(card))
                                                            for st in self.prep(text).stems))
        absent = card.kind == "list" and self.prep(card.prompt).negated()  # "которых нет у X": "нет ни A, ни B"
        avoid = self.card_set(card, "not by meaning", lambda: avoided(card, self.prep))  # its mistakes' words
        plain = plain_answer(got, self.prep)  # its comparatives of quality in the plain degree ("cheap" of "cheaper")
        self._rivals = self.card_value(card, "rivals", lambda: asked_rivals(self.prep(card.prompt)))
        def part(text: str, answer: Prepared) -> Covered:  # a part of a point, judged as a point
            return self._cover(text, (), answer, skip, known, absent, avoid)
        for k, kp in enumerate(card.keypoints):  # (an aim wanted: "to open trade" for "they wanted to open trade")
            covered, matched, typo, where = self._cover(kp.point, (*kp.accept, *aims_wanted(
                kp.point, card.prompt, got.lang.code)), got, skip, known, absent, avoid)
            if not covered and (bare := in_plain_degree(self, card, k, got, plain, lambda text, accept, answer:
                                                        self._cover(text, accept, answer, skip, known, absent, avoid))):
                covered, matched, typo, where = bare
            if not covered and (short := next(filter(None, (without_modifier(
                    text, self.prep, got, skip, lambda wording, answer: self._cover(wording, (), answer, skip, known,
                                                                                    absent, avoid))
                    for text in (kp.point, *kp.accept)[bool(kp.accept):])), None)):
                # "a strong wind" for "a strong east wind", or for an accepted wording (a point with some is made
                # without one word by `all_but_one`); the roles read on the whole point ("X defeated Y")
                covered, matched, typo, where = unless_wrong_party(short, self.prep(kp.point), got, self.parties, skip)
            if not covered and (made := thing_made(card, k, got, self.prep, skip, part)  # "a gallery": "opened a.."
                                or subject_left(kp.point, got, self.prep, skip, part)  # "it was" for "the ship was"
                                or cause_said(self.prep(kp.point), got)):  # "из-за засухи начался голод"
                covered, matched, typo, where = made
            if not covered and (unsaid := without_given_negation(self.prep(card.answer), got, (kp.point, *kp.accept),
                                                                  skip, self.prep)):  # "не тает минимум два года"
                covered, matched, typo, at = self._cover(kp.point, kp.accept, unsaid[0], skip, known, absent, avoid)
                where = tuple(unsaid[1][i] for i in at)
            if covered and (said_elsewhere(self.prep(kp.point), got, where, rival_stems(card, k, self.prep))
                            or asked_other(self.prep(card.prompt), self.prep(kp.point), got, where)  # "male ..."
                            or cause_turned(self.prep(kp.point), got, skip)  # "X because Y" for "Y because X"
                            or cause_exchanged(self.prep(kp.point), got, skip)  # "кризис вызвал войну"
                            or people_swapped(self.prep(kp.point), got, where)  # "a British invasion" for "French"
                            or card.kind == "list" and self.longer_term(card, got, (kp.point, *kp.accept))
                            or absent and affirmed_where_asked_absent(self.prep(card.prompt), got, where)):
                covered, matched, typo, where = False, "", False, ()
            if not covered and card.kind == "list" and (item := named_alone(card, k, got, self.prep, skip)):
                covered, matched, typo, where = True, item, False, ()  # "meetings" for "mass meetings"
            typo_any |= typo
            results.append(KeypointResult(kp.point, covered, matched))
            places.append(where if covered else ())
        self._rivals = {}
        if any(places):
            swapped = swapped_points([self.prep(kp.point) for kp in card.keypoints], places, got) \
                | crossed_pairs(places, labelled_clauses(got)) | taken_twice(card, places, got, self.prep)
            results = [KeypointResult(r.point, False) if i in swapped else r for i, r in enumerate(results)]
        turned = turned_point([self.prep(kp.point) for kp in card.keypoints], [r.covered for r in results], got,
                              lambda said: part(said, got)[3], places)  # "an east wind" for "a west wind"
        return results, typo_any, turned

    def _cover(self, point_text: str, accept: tuple[str, ...], got: Prepared, skip: frozenset[str],
               known: frozenset[str] = frozenset(), absent: bool = False, avoid: frozenset[str] | None = None,
               sense: Meaning = same_meaning_in) -> tuple[bool, str, bool, tuple[int, ...]]:
        """Does the answer make a keypoint: (covered, the words that made it, with a typo)? The
        point or one of its accepted wordings (a word of it maybe said with a synonym in another of the answer's
        words than `avoid`: `meaning`), negated and directed alike (either way when the question asks what is
        `absent`), not contradicted; or most of a long point's words, in the same sense."""
        point = self.prep(point_text)
        # a point about losing a thing ("it destroyed trust in the king") says there is less of it: a bare
        # wording of the thing ("trust") is no more made by "they trusted the king more" than by "trust grew"
        point_dir = point.direction() or -int(not point.lang.lex.losses.isdisjoint(point.words))
        for phrase in (point_text, *accept, *unstressed((point_text, *accept), point.lang.code),  # "сильно"
                       *self._chosen(point_text, got),  # "Y" of a point "Y, not X"
                       *plainer_wordings((point_text, *accept), point.lang.code),  # "the decree in Greek"
                       *ease_wordings((point_text, *accept), got),  # "easy to learn" of "... in ten minutes"
                       *either_wordings((point_text, *accept), point.lang.code)):  # "lost" of "shed or lost"
            ref, said = self.prep(phrase), phrase
            rest = without_dates(ref, got)  # "opened on 28 July 1794": the date as a date, then the words
            if rest is None or decade_only(ref, got):
                continue
            if rest and self.prep(rest).content():  # (a wording that is only a date is matched as written)
                ref, said = self.prep(rest), rest
            if ref.quantities and not all(any(same_quantity(w, h) or rounded_as_said(w, h, got) for h in got.quantities)
                                          for w in ref.quantities):
                continue
            if said != point_text and len({q.value for q in ref.quantities}) >= 2 and figures_swapped(ref, got):
                continue  # an accepted wording's two figures given each with the other's words
            # (read from the point and the wording alone, never the answer: once per point, wording and `skip`)
            negation, skips = self.by_texts(("cover", point_text, said, absent, skip), _wanted_as, point, ref, absent,
                                            skip, self.prep)
            if ref.quantities and got.quantities and (figures := figure_stems(ref, self.prep, got)):
                # the measures checked above, in any unit: the wording matched on its other words
                if all(ref.stems[i] in figures or ref.stems[i] in skips for i in ref.content()):
                    return True, ", ".join(q.text for q in ref.quantities), False, ()
                skips = skips | figures
            match = find_phrase(ref, got, skip=skips, negation=negation, otherwise=sense(ref, got, avoid)) \
                if ref.content() else symbol_alone(phrase, got)  # "A" for an ampere
            if match is None and negation is not None and ref.content() and got.negated():
                match = in_one_clause(ref, got, self.prep, skips, negation)  # "a wall, and ours have none"
            match = match or stopped_as_purpose(ref, got, skip)  # "чтобы договор не подписали": "сорвать подписание"
            match = match or averted_as_purpose(point, ref, got, skips)  # "so they don't eat it": "would eat it"
            lacked = None if match else lack_as_shortage(ref, got, skips, negation, self.prep) \
                or extra_as_more(ref, got, skips, negation, self.prep)  # "a lack of"; "more" for "extra"
            match = match or lacked  # (its degree, "мало соли", is the lack read: no degree turned round)
            if match is None and ref.quantities and len(ref.content()) <= len(ref.quantities):
                return True, ", ".join(q.text for q in ref.quantities), False, ()
            if match is not None and _gathered(ref, got, match.positions):
                match = self._in_one_item(ref, got, skip, negation)
            if match is None or not repeats_given(ref, got) \
                    or match.typo and typo_of_known(ref, got, match.positions, known):
                continue
            want_dir = ref.direction() or point_dir
            got_dir = oriented_direction(ref, got, list(match.positions))
            against = self._against(point, ref, point_text, said)  # the point, or the wording that made it
            if (want_dir and got_dir and want_dir != got_dir) or contradicted_unless_accepted(
                    against, self._turned_accepts(point, point_text, accept) if against is not ref else (), got,
                    at := match.positions) \
                    or factors_apart(ref, got, at) or another_year(point, got, at, skip) \
                    or bound_elsewhere(ref, got, at) or said_against(point, ref, got, at, skips) \
                    or wrong_party(point, got, at, self.parties, map(self.prep, accept), skip, ref) \
                    or other_count_before(point, got, at) or given_to_rival(ref, got, at, self._rivals, point) \
                    or other_given_before(ref, got, at, self.aliases.people.canonicals) \
                    or degree_flipped(ref, got, at) and (match is not lacked or got.lang.code != "ru") \
                    or split_by_contrast(ref, got, at, skips) \
                    or kind_swapped(ref, got, at) or denied_thing(point, ref, got, at, skip) \
                    or affected_other(point, got, at, self.parties) or other_doer(point, got, at, skips) \
                    or act_withdrawn(ref, got, at) or only_widened(ref, got, at) \
                    or relation_changed_at(point, ref, got, at, skips) or both_claimed(
                        self.by_texts(("chosen", point_text, got.lang.code), correction, point_text, got.lang.code),
                        ref, got, at, self.prep):
                continue
            if said != point_text and said_elsewhere(ref, got, at):  # its doer exchanged, as for the point itself
                return False, "", False, ()
            return True, match.text, match.typo, match.positions
        for variant in (*other_aspect_wordings((point_text, *accept), got),  # "сохранились": "сохраняются"
                        *apart_wordings((point_text, *accept), got),  # "нечувствительны": "не чувствительны"
                        *turned_wordings(point, got),  # "below it is warmer" for "above it is colder"
                        *english_wordings((point_text, *accept), got),  # "it sounded higher": "the pitch was higher"
                        *means_wordings((point_text, *accept), got)):  # "телеграф" for "телеграфные линии"
            if (made := self._cover(variant, (), got, skip, known, absent, avoid, sense))[0]:
                return made  # (a point of its own: negated and checked as its verb now reads)
        if (by_agent := agent_said((point_text, *accept), got, self.prep, lambda answer: self._cover(
                point_text, accept, answer, skip, known, absent, avoid, sense))) is not None:
            return by_agent  # "the invaders" read "the invading troops" of the point
        if without_dates(point, got) is None or decade_only(point, got):
            return False, "", False, ()  # most of the words, but another date
        made = unless_wrong_party(self._mostly(point, got, skip, same_meaning_in(point, got, avoid)), point, got,
                                  self.parties, skip)
        return (False, "", False, ()) if made[0] and (degree_flipped(point, got, made[3])
                                                      or counts_other_thing(point, got, made[3])) else made

    def _against(self, point: Prepared, ref: Prepared, point_text: str, said: str) -> Prepared:
        """What an answer is checked against for a contradiction: the point, or the accepted wording it made the
        point by when that wording itself says the opposite of one of its words ("small farms lost out" accepted for "it
        favoured large farms"): the instructor took that word as right."""
        return ref if said != point_text and self.by_texts(("against", point_text, said), opposed, point, ref,
                                                           tuple(ref.content())) else point

    def _turned_accepts(self, point: Prepared, point_text: str, accept: tuple[str, ...]) -> tuple[Prepared, ...]:
        """The accepted wordings of a point that themselves say the opposite of one of its words (`_against`)."""
        return tuple(ref for text in accept if bool((ref := self.prep(text)).content()) and self.by_texts(
            ("against", point_text, text), opposed, point, ref, tuple(ref.content())))

    def _chosen(self, point_text: str, got: Prepared) -> tuple[str, ...]:
        """What a point of the form "Y, not X" ("Y rather than X", "Y, а не X") asserts, as a wording of its own,
        unless the answer claims X as well: saying what was chosen says what was not ("on an ordinary cargo ship"
        makes "on an ordinary cargo ship, not an icebreaker"; "on a cargo ship and an icebreaker" does not). The
        point's own checks still apply (`contradicted`: "an icebreaker, not a cargo ship" turns it round)."""
        said, denied = self.by_texts(("chosen", point_text, got.lang.code), correction, point_text, got.lang.code)
        if not said or not self.prep(said).content():
            return ()
        other = self.prep(denied)
        if other.content() and find_phrase(other, got, negation=False) is not None:
            theirs = correction(got.text, got.lang.code)[1]  # X said: only as what the answer itself denies?
            if not theirs or find_phrase(other, self.prep(theirs), negation=None) is None:
                return ()
        return (said,)

    def _in_one_item(self, ref: Prepared, got: Prepared, skip: frozenset[str], negation: bool | None) -> Match | None:
        """The term made within one item of a list answer, if any item makes it (at its words there)."""
        items = _items(got)
        for k, piece in enumerate(p for p in _ITEM_SPLIT.split(got.text) if p.strip()):
            found = find_phrase(ref, self.prep(piece), skip=skip, negation=negation)
            if found is not None:
                mine = [j for j, item in enumerate(items) if item == k]
                if len(mine) != len(self.prep(piece).words):
                    return find_phrase(ref, got, skip=skip, negation=negation)
                return Match(tuple(mine[p] for p in found.positions), found.typo, found.text)
        return None

    @staticmethod
    def _mostly(point: Prepared, got: Prepared, skip: frozenset[str],
                otherwise: Callable[[Want], tuple[int, int]] | None = None) -> tuple[bool, str, bool, tuple[int, ...]]:
        """A long point (five content words or more) made in part: three of its words and at
        least 60% of them (a word maybe said with a synonym, by `otherwise`: `meaning`), negated and directed
        as the point is (`mostly_related` records a measured change of what makes a point long)."""
        wanted = [i for i in point.content() if point.stems[i] not in skip]
        if len(wanted) < LONG_POINT:
            return False, "", False, ()
        hits = [got.find_word(point.stems[i], point.words[i], None, point.words[i] in point.exact) for i in wanted]
        need, code = max(3, math.ceil(0.6 * len(wanted))), point.lang.code
        if otherwise is not None:
            wants = {want.word: want for want in point.wanted(skip)}
            # the words found, or that `otherwise` may yet find (asked in turn: a relative's finder takes one word
            # at most); once fewer than are needed are left, the point is not made whatever it finds, and it is
            # asked no more (it only memoises, or notes where it found a word, which a point not made never reads)
            reach = sum(not intensifier(point.words[i], code) and (hit[0] >= 0 or point.words[i] in wants)
                        for i, hit in zip(wanted, hits, strict=True))
            for k, i in enumerate(wanted):
                if reach < need:
                    return False, "", False, ()
                if hits[k][0] < 0 and point.words[i] in wants:
                    hits[k] = otherwise(wants[point.words[i]])
                    reach -= hits[k][0] < 0 and not intensifier(point.words[i], code)
        hits = anchored(got, [(-1, -1) if intensifier(point.words[i], code) else hit  # "слишком": no word of its
                              for i, hit in zip(wanted, hits, strict=True)], labelled_clauses(got))  # matter
        found = [hit for hit in hits if hit[0] >= 0]
        positions = tuple(j for _, j in found)
        if len(found) < need:
            return False, "", False, ()
        # negated as the point is where it is made: "the privileged paid little" is not denied by an answer
        # that gives only the other half ("the Third Estate paid the tax")
        made = [i for i, hit in zip(wanted, hits, strict=True) if hit[0] >= 0]
        pairs = [(i, hit[1]) for i, hit in zip(wanted, hits, strict=True) if hit[0] >= 0]
        if negation_differs(point, got, pairs) \
                or privative_only(point, got, pairs) or relation_changed(point, got, pairs, needed=False) \
                or contradicted(point, got, positions) or kind_swapped(point, got, positions) \
                or said_bare(point, got, made) or whole_for_part(point, got, pairs) \
                or subject_replaced(point, got, skip, positions):  # "нечувствительны"; "the horizon is a circle.."
            return False, "", False, ()
        got_dir, want_dir = oriented_direction(point, got, list(positions)), point.direction()
        if want_dir and got_dir and want_dir != got_dir:
            return False, "", False, ()
        return True, " ".join(got.words[j] for j in sorted(positions)), any(m == 1 for m, _ in found), positions

    def _grade_list(self, card: Card, got: Prepared) -> Verdict:
        results, typo, turned = self._keypoint_results(card, got)
        need, covered = card.needed, sum(r.covered for r in results)
        score = min(1.0, covered / need) if need else 0.0
        missing = [r.point for r in results if not r.covered]
        trace = tuple(f"{'✓' if r.covered else '✗'} {r.point}" + (f" ← {r.matched}" if r.matched else "")
                      for r in results)
        if covered >= need and turned:
            return Verdict(False, (covered - 1) / need, f"Your answer says '{turned}', which the text does not.",
                           "keypoints", keypoints=tuple(results), trace=(*trace, f"says '{turned}'"))
        if covered >= need:
            extra = unsupported_claims(card, got, covered, self.prep)
            if len(extra) >= DUMP_CLAIMS and len(extra) >= covered:
                return Verdict(False, covered / max(covered + len(extra), 1),
                               f"Most of what you list is not in the text ({'; '.join(extra[:3])}…).", "keypoints",
                               keypoints=tuple(results), trace=(*trace, f"{len(extra)} claims the text does not make"))
            feedback = "Correct." if not missing else f"Correct. You could also mention: {'; '.join(missing)}"
            return Verdict(True, 1.0, feedback, typo=typo, keypoints=tuple(results), trace=trace)
        return Verdict(False, score, f"{covered} of {need} points. Missing: {'; '.join(missing)}", "keypoints",
                       keypoints=tuple(results), trace=trace)

    _grade_explain = _grade_list

    def _pick(self, card: Card, got: Prepared, raw: str) -> int | None:
        """The option a learner chose: by letter ("b", "B)", "(b)"), by its text, or by a paraphrase closest to it."""
        options = [self.prep(o) for o in card.options]
        if (lettered := by_letter(len(card.options), options, got, raw)) is not None or shifted(options, got):
            return lettered  # (or none: "before May", "после мая" say another time or place than the option's)
        answered = by_yes_no(options, got)
        if answered is not None:
            return answered
        if len(formulas := [i for i, o in enumerate(card.options) if same_formula(got.written or raw, o)]) == 1:
            return formulas[0]  # "W = P^2 k s" for "W = P²ks" (`formulas`)
        fits = [i for i, o in enumerate(options) if not choosing.rules_out(got, o) and figures_agree(got, o)
                and pair_reversed(o, got) is None]  # "29 to 71" is no "71 to 29": the vote the other way
        if len(fits) == 1 and all(o.quantities for o in options) \
                and {q.value for q in options[fits[0]].quantities} <= {q.value for q in got.quantities}:
            return fits[0]  # options told apart by their figures: the one whose figures the answer gives
        covering = [i for i in fits if find_phrase(got, options[i]) is not None]  # the learner's words in the option
        exact = [i for i in covering if find_phrase(options[i], got) is not None]
        if len(exact) == 1:
            return exact[0]
        if len(covering) == 1:
            return covering[0]
        literal = [i for i in covering if find_phrase(got, options[i], directions=False) is not None]
        if len(literal) == 1:
            return literal[0]  # its own word, not only one of the same direction ("повысится": not "станет больше")
        running = [i for i in covering if choosing.runs_in(got, options[i])]
        if len(running) == 1 and len(got.content()) >= 2:
            return running[0]  # the option's own words, in its order and side by side
        mine = {i: overlap(got, options[i]) for i in fits}  # the learner's words found in each option
        theirs = {i: overlap(options[i], got) for i in fits}
        ranked = sorted(fits, key=lambda i: (mine[i], theirs[i]), reverse=True)
        if not ranked:
            return None
        if (denied := choosing.shared_denial(options, got, [i for i in fits if mine[i] > 0])) is not None:
            return denied  # a denial only one option, itself a denial, agrees with ("no breakthrough expected")
        tied = [i for i in ranked if (mine[i], theirs[i]) == (mine[ranked[0]], theirs[ranked[0]])]
        if len(tied) > 1:  # the same words in another order ("X was A and Y B" / "X was B and Y A")
            order = {i: choosing.in_order(got, options[i]) for i in tied}
            top = max(tied, key=lambda i: order[i])
            if list(order.values()).count(order[top]) == 1 and mine[top] >= 0.6:
                return top  # the answer says it in this option's order
        top = ranked[0]
        rest = [(mine[i], theirs[i]) for i in ranked[1:]] or [(0.0, 0.0)]
        if word_replaced(got, options[top], [o for i, o in enumerate(options) if i != top]):
            return None  # "grey foot rot": the option with a word of it replaced names another thing
        if (mine[top] >= 0.5 or theirs[top] == 1.0) and all(m == 0 for m, _ in rest):
            return top  # only this option shares the learner's words (or all its words are the learner's)
        if mine[top] >= 0.6 and (mine[top] > rest[0][0] or theirs[top] >= rest[0][1] + 0.1):
            return top  # a paraphrase clearly closest to one option
        if mine[top] >= 0.5 and theirs[top] == 1.0 and all(t < 1.0 for _, t in rest):
            return top  # all of one option's words and only some of any other's ("ледник отступил")
        if theirs[top] >= 0.5 and all(m == t == 0 for m, t in rest) and not got.negated():
            return top  # half one option's words, in a sentence of the learner's, none of another's
        if all(m == t == 0 for m, t in rest) and not got.negated() and round(mine[top] * len(got.content())) \
                >= OWN_SHARED:
            return top  # a paraphrase: three of the learner's words are this option's, none is another's
        way = choosing.one_way(options, got, fits)
        way = way if way is not None else choosing.misspelt(card.options, raw, fits)
        return way if way is not None else restated_option(got, options, fits)  # (its own sentence: `choice_own`)

    def _pick_by_own_words(self, card: Card, got: Prepared) -> int | None:
        """The option an answer picks by the words the question does not say ("the drug agency" for "which US agency
        ...?"); the question's figures stay, and a word put in place of one of the option's picks none."""
        prompt = self.prep(card.prompt)
        asked = {prompt.stems[i] for i in prompt.content()}
        kept = [i for i, w in enumerate(got.words) if got.stems[i] not in asked or any(c.isdigit() for c in w)]
        if len(kept) == len(got.words) or not set(kept) & set(got.content()):
            return None
        own = " ".join(got.words[i] for i in kept)
        pick = self._pick(card, self.prep(own), own)
        options = [self.prep(o) for o in card.options]
        if pick is None or word_replaced(got, options[pick], [o for i, o in enumerate(options) if i != pick]):
            return None
        return pick

    def _grade_choice(self, card: Card, got: Prepared) -> Verdict:
        right = card.options.index(card.answer)
        got = self.prep(bare) if (bare := reason_opened(got.text, got.lang.code)) else got  # "because ..."
        out, pick = choosing.ruled_out(len(card.options), got.text, lambda x: self._pick(card, self.prep(x), x))
        if not out and kind_only(self.prep(card.prompt), got, [self.prep(o) for o in card.options]):  # "an agency"
            return wrong("Pick one option: its letter or its text.", "choice", "no single option recognised")
        pick = pick if out else party_kept(self._pick(card, got, got.text), card.options, got, self.parties, self.prep)
        if pick is None and not out and ("(" in got.text or reason_after(got.text, got.lang.code)):  # "b (a note)"
            pick = pick_before_note(got, card.options, lambda x: self._pick(card, self.prep(x), x), self.prep)
        out = out or pick is None and prompt_only(self.prep(card.prompt), got, [self.prep(o) for o in card.options])
        if pick is None and not out:  # (the question said again picks nothing by the notes' words: `asked_kind`)
            pick = party_kept(self._pick_by_own_words(card, got), card.options, got, self.parties, self.prep)
        if pick is None and not out:  # "the governor-general" for the option the notes call so
            pick = option_by_title(card.options, got, self.texts, self.prep, self.by_texts)
        if pick is None and not out:  # "A and B" for "both", beside "only A" and "only B" (`choice_both`)
            pick = both_named(card.options, got, self.prep)
        if pick is None:
            return wrong("Pick one option: its letter or its text.", "choice", "no single option recognised")
        chosen = f"chose {LETTERS[pick]}) {card.options[pick]}"
        if (listed := other_items(self.prep(card.options[pick]), got, self.card_set(
                card, "asked", lambda: self.prep(card.prompt).stems))) is not None:  # "a, b and c" for "c"
            return wrong(f"'{listed}' is not in that option: pick one.", "choice", f"{chosen}; also names '{listed}'")
        if pick == right and (other := other_thing_named(self.prep(card.options[pick]), got)) is None:
            return Verdict(True, 1.0, "Correct.", trace=(chosen,))
        if pick == right:
            return wrong(f"'{other}' is not in that option: name it as written.", "choice",
                         f"{chosen}; names '{other}'")
        return wrong(f"Not that one: the answer is {LETTERS[right]}).", "choice", chosen)
