"""Reading a text for matching (`matching.Prepared.of`): the passes that rewrite it (Roman numerals, units,
abbreviations, negatives, comparisons, aliases, number words as digits, times of day, shares) and split it into
words and clauses. Its figures are read only when first asked for (`figures`): a text graded against wordings
that name none, or failed before its figures matter, never pays for them."""

from __future__ import annotations

import re
from typing import NamedTuple
from weakref import WeakKeyDictionary

from .aliases import Aliases
from .body_weight import weight_said
from .changes import read_changes
from .clock_times import read_clock
from .comparing import rewrite_comparisons
from .dates import roman_months
from .early_phrases import early_phrases
from .elided_refusals import refusal_objects
from .en_complaints import complaints_said
from .en_near_zero import near_zero_as_low
from .en_not_opposite import not_as_opposite
from .en_one_verb import said_as_one_verb
from .en_phrasal_frames import phrasal_in_frames
from .en_until import until_year_said
from .exclusions import rewrite_exclusions
from .figure_directions import direction_by_figures
from .language import Language
from .lexicon_phrasal import DIRECTED_PHRASAL, HOW_OFTEN, SAID_IN_ONE
from .linking import become_for_en_verbs, not_so_as_less, senses_as_copula
from .none_survived import none_survived
from .phrases import own_negatives, rewrite_negatives, rewrite_phrases, side_letters
from .powers_of_ten import powers_written_out
from .prefixed_negatives import prefixed_negatives
from .property_changes import property_changes
from .quantities import Quantity, find_quantities, ordinals_in, spell_units, spelled_to_digits
from .roman import roman_to_digits, ru_regnal_ordinals
from .ru_against import against_said
from .ru_becoming import became_said_by_verb
from .ru_comparatives import comparatives_said
from .ru_filling import filling_said
from .ru_having import having_said
from .ru_joined_not import joined_not
from .ru_light_verbs import light_verbs_said
from .ru_making import made_said_by_verb
from .ru_measure_verbs import measures_said
from .ru_not_so import not_so_as_less as not_so_as_less_ru
from .ru_nouns_compared import compared_by_noun
from .ru_phase_verbs import began_said_became
from .ru_prevented import not_allowed_said
from .ru_relative import relative_said
from .ru_speed import speed_change_said
from .ru_superlatives import superlative_words, superlatives_said
from .ru_until import until_said
from .shares import Share, read_shares, with_shares
from .suspended_hyphens import write_out_suspended
from .text import normalise
from .translit import latin_lookalikes, typed_in_latin
from .unsaid_units import unsaid_last_unit
from .went_on import went_on_said

__all__ = ["CLAUSE_SPLIT", "TOKEN", "Reading", "figures", "read"]

# a word as a prepared text cuts it ("3.5", "C++"), with the sign that ends a symbol of one or two letters ("AB-",
# "Rh-", "O-"; not a prefix written so, "бес-", "pre-", nor the hyphen of a word left hanging, "pre- and post-war",
# "19th- or 20th-century")
TOKEN = re.compile(r"[^\W_]+(?:\.\d+)?(?:\+(?!\w)|(?<![^\W\d_]{3})-(?=$|[\s,;.)!?/])(?! (?:and|or|и|или) [^\W_]+-))?")
_DOTTED = re.compile(r"\b(?:[^\W\d_]\.){2,}")
_SEPARATOR = r"[,;.!?:()\[\]]+(?!\d)|->|→|=>|—| - |\+(?=\w)|(?<=\s)\+(?=\s)|&(?=\s)"  # (tried where one may start)
_SPLIT = CLAUSE_SPLIT = re.compile(rf"(?=[,;.!?:()\[\]\-→=— +&])(?:{_SEPARATOR})")
_POSSESSIVE = re.compile(r"(?<=[^\W\d_])'s\b")
# an English verb run into its pronoun ("they're", "we've", "I'm", "you'll"): the verb written out, no word "re"
_CONTRACTED = re.compile(r"(?<=[^\W\d_])'(re|ve|m|ll)\b")
_WRITTEN_OUT = {"re": " are", "ve": " have", "m": " am", "ll": " will"}
# what is said in place of another thing denies it: "Y rather than X", "Y instead of X" say "Y, not X" (X a thing
# named with or without an article, a demonstrative or a possessive; before a gerund, "instead of paying", it is left
# unread: a held-out own-words answer moved the wrong way)
_RATHER_THAN = re.compile(r"\s*,?\s*\b(?:rather than|instead of)\s+"
                          r"(?=(?:a|an|the|this|that|these|those|his|her|its|their|our|my|your)\s|(?![^\W\d_]+ing\b)[^\W\d_]"
                          r"|\d)")  # (a figure: "6 years instead of 2" is "6 years, not 2")
# and in Russian: "из дерева вместо камня" says "из дерева, не из камня" ("вместо того, чтобы ...": left unread)
_INSTEAD_RU = re.compile(r"\s*,?\s*(?<!\w)вместо\s+(?!того(?!\w))(?=[^\W\d_])")
# ... and said first, it is a clause of its own: "вместо (старого) дерева зал построили из камня"
_INSTEAD_RU_FIRST = re.compile(r"(^|[,;:.!?]\s*)вместо\s+(?!того(?!\w))((?:[^\W\d_]+(?:ого|его|ой|ей|ых|их)\s+)*"
                               r"[^\W\d_]+)\s+(?=[^\W\d_])")
_IN_ONE = re.compile(r"\b(?:" + "|".join(sorted(SAID_IN_ONE, key=len, reverse=True)) + r")\b")
_IN_ONE_CUE = re.compile(r" by | same time| dry\b| short of | at (?:right|a right|90|ninety) | again\b| and over\b"
                         r"| after time\b| the time\b|all times| the clock\b|non-?stop|without |constantly"
                         r"|(?:ever|and) (?:fast|quick|slow)|more (?:quickly|rapidly|slowly)")
_HOW_OFTEN = re.compile(r"\b(?:" + "|".join(sorted(HOW_OFTEN, key=len, reverse=True)) + r")\b")
_DIRECTED = re.compile(r"\b(?:" + "|".join(sorted(DIRECTED_PHRASAL, key=len, reverse=True)) + r")\b")
_DIRECTED_CUE = re.compile(r" (?:up|down|apart|away|closer|nearer|forwards?|back)\b|\blos[et]")  # (one search first)
# a sum after a sign of a currency written the English way, its thousands set off by commas ("£30,000", "$1,500,000"):
# thousands in a Russian text too, where a lone comma is a decimal one ("3,5 км")
_SIGNED_THOUSANDS = re.compile(r"(?<=[£$€])\s?\d{1,3}(?:,\d{3})+(?![\d,])")
# a cross of two named things, "Peka x Tarn" (a small "x" before a name, or "×" between words): both are named, as
# with "and"; the "x" is no initial of the name after it
_CROSSED = re.compile(r"(?<=[^\W\d_]) (?:x (?=[A-ZА-ЯЁ])|× ?(?=[^\W\d_]))|(?<=[^\W\d_])×(?=[^\W\d_])")
_GLUED_INITIAL = re.compile(r"(?<=\b[^\W\d_])\.(?=[^\W\d_][^\W\d_\s.]*[a-zа-яё])(?=[A-ZА-ЯЁ])")


class Reading(NamedTuple):
    """A text read for matching: what `Prepared` is made of."""

    text: str  # normalised, aliases applied, number words as digits
    words: list[str]
    clauses: list[int]  # clause number of each word
    raw: str  # the text as written (its capitals, its hyphens)
    said: str  # the text before number words became digits
    numbered: str  # the text once number words are digits, before times of day and shares are rewritten
    shares: tuple[Share, ...]  # the shares it says ("one in four"), now written as percentages in `text`
    own: bool  # did the pack's aliases or names change it (or may have: `plain.plain_reading`)?


_NAMES: WeakKeyDictionary[Aliases, frozenset[str]] = WeakKeyDictionary()


def _names_of(aliases: Aliases) -> frozenset[str]:
    """The one-word names of the pack that are also set phrases of its language (the surname "Wood", which alone
    would be read as "timber"): left as written, to be read as the name."""
    found = _NAMES.get(aliases)
    if found is None:
        phrases = aliases.lang.lex.phrases
        found = _NAMES[aliases] = frozenset(k for k in (*aliases.pairs, *aliases.people.worded)
                                            if " " not in k and k in phrases)
    return found


_TITLES: WeakKeyDictionary[Aliases, frozenset[str]] = WeakKeyDictionary()


def _superlatives_of(aliases: Aliases) -> frozenset[str]:
    """The superlatives of the pack's names that an alias of the same name leaves out ("светлейший" of "Светлейший
    совет" beside "Совет"): kept as written, so that the alias is the name."""
    found = _TITLES.get(aliases)
    if found is None:
        groups: dict[str, set[str]] = {}
        for variant, canonical in aliases.pairs.items():
            groups.setdefault(canonical, {canonical}).add(variant)
        found = _TITLES[aliases] = frozenset(
            word for names in groups.values() if len(names) > 1 for word in superlative_words(names)
            if any(word not in name.split() for name in names))
    return found


def read(raw: str, aliases: Aliases, lemmas: bool) -> Reading:
    """`raw` read for matching; with `lemmas` (the grader's), negatives and comparisons are rewritten too."""
    lang = aliases.lang
    raw = write_out_suspended(raw)  # "alpha-, beta- and gamma-rays": each of the three rays
    raw = powers_written_out(raw) if lemmas else raw  # "3.2 × 10^3 km", "1,6·10⁻¹⁹ Кл": the figures they are
    raw = ru_regnal_ordinals(raw) if lemmas and lang.code == "ru" else raw  # "Николай Второй": "Николай II"
    raw = side_letters(roman_to_digits(roman_months(raw)), lang)  # "Charles XII" is Charles 12; "R atrium"
    if "." in raw:
        raw = _GLUED_INITIAL.sub(". ", raw)  # "А.С.Пушкин", "J.Smith": initials, then a name
    if " x " in raw or "×" in raw:
        raw = _CROSSED.sub(" and ", raw)
    if lang.code == "ru" and "," in raw:
        raw = _SIGNED_THOUSANDS.sub(lambda m: m.group(0).replace(",", ""), raw)  # "£30,000": no 30.0
    raw = spell_units(raw, lang.code)  # "5 mW" a milliwatt, "5 MW" a megawatt: read while the case is there
    text = normalise(raw) if raw.isascii() else latin_lookalikes(normalise(raw))  # "СО2" in the Russian layout
    text = text.replace("&", " and ")
    if "'" in text:
        text = _POSSESSIVE.sub("", text)  # "Iran's capital": the possessive is no letter "s"
        if lemmas and lang.code == "en":
            text = _CONTRACTED.sub(lambda m: _WRITTEN_OUT[m.group(1)], text)
    if "." in text:
        text = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)  # D.E.A. -> dea
    early = early_phrases(text, aliases) if lemmas else text  # the pack's "made the harvest come later", as written
    own, text = early != text, early  # (what the pack's aliases and names change, `own`: read in the language alone
    # the text is read the same way where they changed nothing, and a name kept as a phrase may change it)
    names = _names_of(aliases)
    text = comparatives_said(text) if lemmas and lang.code == "ru" else text  # "медленней", "делаются короче"
    text = measures_said(text) if lemmas and lang.code == "ru" else text  # "весит меньше": "легче"; "мало стоит"
    text = refusal_objects(text) if lemmas and lang.code == "en" else text  # "asked to pay; he refused": to pay
    own = own or any(name in text for name in names)
    text = rewrite_phrases(text, lang, names)  # abbreviations, contractions, "a few", "far from"
    text = said_as_one_verb(text) if lemmas and lang.code == "en" else text  # "no longer had": "lost"; "was against"
    text = phrasal_in_frames(text) if lemmas and lang.code == "en" else text  # "gave up the fort": "abandoned"
    text = near_zero_as_low(text) if lemmas and lang.code == "en" else text  # "almost zero": "very low"
    text = complaints_said(text) if lemmas and lang.code == "en" else text  # "your arm hurts": "arm pain"
    text = began_said_became(text) if lemmas and lang.code == "ru" else text  # "стали уходить": "начали уходить"
    text = became_said_by_verb(text) if lemmas and lang.code == "ru" else text  # "стал дешевле": "подешевел"
    text = made_said_by_verb(text) if lemmas and lang.code == "ru" else text  # "делает крепче": "укрепляет"
    text = light_verbs_said(text) if lemmas and lang.code == "ru" else text  # "принял участие": "участвовал"
    text = not_allowed_said(text) if lemmas and lang.code == "ru" else text  # "не допустить": "предотвратить"
    text = filling_said(text) if lemmas and lang.code == "ru" else text  # "набирает воду в бак": "заполняет"
    text = against_said(text) if lemmas and lang.code == "ru" else text  # "антипольский": "против польский"
    text = speed_change_said(text) if lemmas and lang.code == "ru" else text  # "снижает скорость": "замедляет"
    text = compared_by_noun(text) if lemmas and lang.code == "ru" else text  # "вес X больше веса Y": "X тяжелее Y"
    text = not_so_as_less_ru(text) if lemmas and lang.code == "ru" else text  # "не такая скользкая": "менее"
    text = joined_not(text, raw, lang.stem) if lemmas and lang.code == "ru" else text  # "не устойчив": "неустойчив"
    text = having_said(text) if lemmas and lang.code == "ru" else text  # "бедна клейковиной": "мало клейковины"
    text = superlatives_said(text, _superlatives_of(aliases)) if lemmas and lang.code == "ru" else text  # "крупнейший":
    # "самый крупный"
    text = until_said(text) if lemmas and lang.code == "ru" else text  # ", пока не упрётся": ", пока упрётся"
    text = relative_said(text) if lemmas and lang.code == "ru" else text  # "слой, который не пропускает"
    if lemmas and lang.code == "en" and ("every" in text or "each" in text or "once" in text or "annually" in text):
        text = _HOW_OFTEN.sub(lambda m: HOW_OFTEN[m.group(0)], text)  # "every day": "daily"
    if lemmas and lang.code == "en" and _IN_ONE_CUE.search(text):
        text = _IN_ONE.sub(lambda m: SAID_IN_ONE[m.group(0)], text)  # "little by little": "gradually"
    if lemmas and lang.code == "en" and _DIRECTED_CUE.search(text):
        text = _DIRECTED.sub(lambda m: DIRECTED_PHRASAL[m.group(0)], text)  # "prices went up": "prices rose"
    if lemmas and lang.code == "en":
        text = until_year_said(went_on_said(text))  # "went on darkening": "continued darkening"; "lived to 1981":
        # "lived until 1981"
    if lemmas and lang.code == "en":
        text = property_changes(text)  # "the speed of the trains rose": "the trains became more fast"
    if lemmas and lang.code == "en":  # "tastes bitter": "is bitter"; "not so bitter": "less bitter"
        text = become_for_en_verbs(not_so_as_less(senses_as_copula(text)))  # "the leaves soften": "become soft"
        text = prefixed_negatives(text)  # "irrelevant": "not relevant"
        text = not_as_opposite(text)  # "not deep": "shallow"; "did not last long": "was short-lived"
    text = none_survived(text, lang.code) if lemmas else text  # "no one survived": "all died"
    text = weight_said(text, lang.code) if lemmas else text  # "поправился на 10 кг": "потолстел на"; "put on 5 kg"
    if lemmas and lang.code == "en" and ("rather than" in text or "instead of" in text):
        text = _RATHER_THAN.sub(", not ", text)  # "a treatment rather than a cure": a treatment, not a cure
    if lemmas and lang.code == "ru" and "вместо" in text:
        text = _INSTEAD_RU.sub(", не ", _INSTEAD_RU_FIRST.sub(r"\1не \2, ", text))
    if lemmas and not own and (kept := own_negatives(lang)):  # a negative word the pack's synonyms keep as it is
        own = any(word in text for word in kept)
    text = rewrite_comparisons(rewrite_negatives(text, lang), lang.code, lang.lex.down) if lemmas else text  # "hid"
    text = rewrite_exclusions(text, lang.code) if lemmas else text  # "not counting Sundays": "except Sundays"
    typed, text = text, aliases.apply(text)
    own = own or text != typed
    if lang.code == "ru" and (cyrillic := typed_in_latin(typed, text, mixed=lemmas)) != text:
        text = aliases.apply(cyrillic)  # Russian in Latin letters ("prezident Ukrainy"), names known first
        own = own or text != cyrillic
    said, numbered = text, unsaid_last_unit(spelled_to_digits(text, lang.code), lang.code)  # "час двадцать"
    text = read_clock(numbered, lang.code)[0]  # "half past five in the afternoon", "17:30": "5:30"
    text, shares = read_shares(text, lambda: ordinals_in(said, lang.code))  # "one in four": "25%"
    text = direction_by_figures(text) if lemmas and lang.code == "en" else text  # "went from 8 to 14": "rose from"
    words: list[str] = []
    clauses: list[int] = []
    clause, breaks = 0, lang.lex.clause_breaks
    for piece in _SPLIT.split(text):
        toks = TOKEN.findall(piece)
        if breaks.isdisjoint(toks):  # (most pieces: the clause's words at once, no word at a time)
            words += toks
            clauses += [clause] * len(toks)
        else:
            for tok in toks:
                if tok in breaks:
                    clause += 1
                words.append(tok)
                clauses.append(clause)
        clause += 1
    return Reading(text, words, clauses, raw, said, numbered, shares, own)


def figures(text: str, numbered: str, shares: tuple[Share, ...], lang: Language, lemmas: bool) -> list[Quantity]:
    """The quantities of a text `read` (its `text`, `numbered` and `shares`): the figures written once number
    words are digits, with its shares, and with `lemmas` its factors and changes ("3 times", "by 50%")."""
    found = with_shares(find_quantities(numbered, normalised=True, lang=lang.code, spelled=True), shares)
    return read_changes(text, found, lang) if lemmas else found
