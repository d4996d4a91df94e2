"""Table tests for core/matching.py: stems, typo tolerance, aliases, negation,
contradiction, direction agreement, phrase finding and overlap.

Expected values are what a teacher marking the answer would say (DESIGN §4): a typo in
a long word is forgiven, a short word must be spelt right; "rose" is not "fell"; "did
not fall" is not "fell"; a name may be written in any of its pack aliases.
"""

from __future__ import annotations

import pytest

from studybot.core.matching import (
    Aliases,
    Prepared,
    contradicts,
    directions_agree,
    find_phrase,
    overlap,
    stem,
    word_match,
)
from studybot.core.text import normalise

NO_ALIASES = Aliases(None)


def prep(text: str, aliases: Aliases = NO_ALIASES) -> Prepared:
    return Prepared.of(text, aliases)


# ----------------------------------------------------------------- stems

@pytest.mark.parametrize(("a", "b"), [
    ("exports", "export"),
    ("declined", "decline"),
    ("sanctions", "sanctioned"),
    ("officially", "official"),
    ("stopped", "stop"),
    ("studies", "study"),
    ("countries", "country"),
    ("visits", "visited"),
    ("appointed", "appointment"),
    ("negotiations", "negotiate"),
    ("cooperation", "cooperate"),
])
def test_forms_of_one_word_share_a_stem(a, b):
    assert stem(a) == stem(b)


@pytest.mark.parametrize(("a", "b"), [("expansionist", "expansion"), ("agreed", "agreement")])
def test_words_derived_from_one_root_match(a, b):
    assert stem(a) != stem(b)  # Snowball keeps derivations apart; matching joins them
    assert word_match(stem(a), stem(b)) == 0


@pytest.mark.parametrize(("a", "b"), [
    ("lobbyist", "lobby"),  # a person is not the thing
    ("reformed", "unreformed"),
])
def test_different_words_keep_different_stems(a, b):
    assert stem(a) != stem(b)


@pytest.mark.parametrize("word", ["2019", "cat", "fell", "12.5"])
def test_numbers_and_short_words_are_their_own_stem(word):
    assert stem(word) == word


# ----------------------------------------------------------------- word_match: synonyms and typos

EXACT, TYPO, NONE = 0, 1, -1


@pytest.mark.parametrize(("want", "have", "expected"), [
    ("export", "export", EXACT),
    (stem("removed"), stem("lifted"), EXACT),  # generic synonyms
    (stem("visit"), stem("trip"), EXACT),
    (stem("tiny"), stem("small"), EXACT),
    ("russia", "russian", EXACT),  # country and demonym
    ("europe", "european", EXACT),
    ("government", "goverment", TYPO),  # one letter left out of a long word
    ("receive", "recieve", TYPO),  # a swap counts as one edit
    ("embassy", "embasy", TYPO),
    ("mitchell", "mitchel", TYPO),  # a doubled letter
    ("administration", "adminstratoin", TYPO),  # two edits are forgiven in a word of 10+ letters
    ("sanctions", "sanktins", NONE),  # but not in a word of 9
    ("fell", "fall", NONE),  # short words must be spelt right
    ("rose", "rise", NONE),
    ("cargo", "margo", NONE),  # a typo keeps the first letter of a short word
    ("reformed", "unreformed", NONE),  # a negative prefix is not a typo
    ("legal", "illegal", NONE),
    ("dehydrogenated", "hydrogenated", NONE),  # "de-" undoes: two letters before a long word are no slip
    ("misaligned", "aligned", NONE),  # "mis-" says it went wrong
    ("demonstrative", "demonstration", NONE),  # two edits that are only another ending
])
def test_word_match(want, have, expected):
    assert word_match(want, have) == expected


# ----------------------------------------------------------------- aliases

ALIASES = Aliases({
    "Marta Olsen": ("Martha Olsen", "Olsen"),
    "United States": ("Washington", "US", "America"),
    "Russia": ("Moscow",),
    "Donald Trump": ("Trump",),
    "chargé d'affaires": ("charge d affaires",),
})


@pytest.mark.parametrize(("text", "expected"), [
    ("martha olsen said", "marta olsen said"),
    ("olsen", "marta olsen"),
    ("the us", "the united states"),
    ("moscow talks", "russia talks"),
    ("wahsington", "united states"),  # a typo in a long name
    ("russian", "russia"),  # demonyms of a canonical name
    ("americans", "united states"),  # and of a variant
    ("trump", "donald trump"),
    ("donald trump", "donald trump"),  # the canonical name is not rewritten through its part
    ("charge d affaires", "charge d'affaires"),  # punctuation between the words does not matter
    ("usual business", "usual business"),  # a variant inside another word is left alone
])
def test_aliases_rewrite_variants_to_the_canonical_name(text, expected):
    assert ALIASES.apply(normalise(text)) == expected


def test_names_lists_the_canonical_names_mentioned():
    assert ALIASES.names(prep("Olsen spoke in Moscow", ALIASES).words) == {"marta olsen", "russia"}
    assert ALIASES.names(prep("the mayor spoke", ALIASES).words) == set()


def test_no_aliases_leaves_text_alone():
    assert NO_ALIASES.apply("olsen in moscow") == "olsen in moscow"


# ----------------------------------------------------------------- negation


@pytest.mark.parametrize(("text", "negated"), [
    ("exports fell", False),
    ("exports did not fall", True),
    ("exports didn't fall", True),
    ("no", True),
    ("there was hardly any growth", True),
    ("far from successful", True),
    ("few reforms", True),  # "few" = hardly any
    ("ideas are few", True),
    ("a few reforms", False),  # "a few" = some
    ("it is not never", False),  # a double negative
])
def test_negated(text, negated):
    assert prep(text).negated() is negated


# ----------------------------------------------------------------- contradiction and direction

@pytest.mark.parametrize(("a", "b", "expected"), [
    ("exports fell", "exports rose", True),
    ("exports fell", "exports did not fall", True),
    ("exports fell but imports rose", "exports rose but imports fell", True),
    ("relations are positive", "relations are negative", True),
    ("strong ties", "weak ties", True),
    ("he was optimistic", "he was pessimistic", True),
    ("open markets", "closed markets", True),
    ("before the summit", "after the summit", True),
    ("exports fell", "exports declined", False),
    ("exports fell", "exports fell sharply", False),
    ("exports fell", "imports rose", False),  # a different thing may go the other way
    ("exports fell but imports rose", "exports fell and imports rose", False),
    ("the embassy reopened", "the embassy reopened", False),
    ("the deal is legal", "the deal is illegal", True),
    ("a trade surplus", "a trade deficit", True),
    ("a success", "a failure", True),
    ("they will win", "they will lose", True),
])
def test_contradicts(a, b, expected):
    assert contradicts(prep(a), prep(b)) is expected
    assert contradicts(prep(b), prep(a)) is expected  # symmetric


@pytest.mark.parametrize(("a", "b", "agree"), [
    ("exports fell", "exports dropped sharply", True),
    ("exports fell", "exports grew", False),
    ("exports fell", "imports grew", True),
    ("exports fell", "exports fell while imports rose", True),  # each clause speaks for its own subject
    ("exports fell but imports rose", "exports rose but imports fell", False),
])
def test_directions_agree(a, b, agree):
    assert directions_agree(prep(a), prep(b)) is agree


# ----------------------------------------------------------------- find_phrase

DEMONYM_BUG = ("bug: word_match takes stems that differ by a final 'n' for a country and its demonym, so the typo "
               "'goverment' (stem 'gover') counts as an exact match of 'government' (stem 'govern'), not as a typo")


@pytest.mark.parametrize(("phrase", "answer", "options", "found", "typo"), [
    ("exports fell", "the exports declined", {}, "exports declined", False),  # any word of the same direction
    ("fish exports fell", "exports of fish dropped", {}, "fish exports dropped", False),  # any order
    ("sanctions were lifted", "the sanctions were removed", {}, "sanctions removed", False),  # synonyms
    ("small embassy", "a tiny embassy", {}, "tiny embassy", False),
    ("sanctions were lifted", "sanctons were lifted", {}, "sanctons lifted", True),  # typo noted
    pytest.param("government support", "goverment support", {}, "goverment support", True,
                 marks=pytest.mark.xfail(strict=True, reason=DEMONYM_BUG)),
    ("sanctions were not lifted", "the sanctions stayed, they were not removed", {}, "sanctions removed", False),
    ("fish exports fell", "exports fell", {"skip": frozenset({"fish"})}, "exports fell", False),
    ("exports fell", "exports did not fall", {"negation": None}, "exports fall", False),  # either state allowed
    ("exports fell", "exports fell", {"directions": False}, "exports fell", False),
    ("exports fell", "exports fell", {"span": 3}, "exports fell", False),
])
def test_find_phrase_finds(phrase, answer, options, found, typo):
    match = find_phrase(prep(phrase), prep(answer), **options)
    assert match is not None
    assert match.text == found
    assert match.typo is typo


@pytest.mark.parametrize(("phrase", "answer", "options"), [
    ("exports fell", "exports rose", {}),  # the opposite direction
    ("exports fell", "exports did not fall", {}),  # negated
    ("sanctions were lifted", "the sanctions were not removed", {}),
    ("exports fell", "imports fell", {}),  # another subject
    ("exports fell", "exports held steady, while cargo volumes fell", {}),  # the fall is in another clause
    ("exports fell", "exports declined", {"directions": False}),  # with directions off, words must match
    ("exports fell", "exports, said the minister in a long speech yesterday, fell", {"span": 3}),
    ("the", "the", {}),  # nothing to look for
])
def test_find_phrase_does_not_find(phrase, answer, options):
    assert find_phrase(prep(phrase), prep(answer), **options) is None


# ----------------------------------------------------------------- overlap


@pytest.mark.parametrize(("phrase", "other", "share"), [
    ("fish exports fell", "exports of fish dropped", 1.0),
    ("government support", "goverment backing", 1.0),  # a typo and a synonym
    ("fish exports fell", "fish prices rose", 1 / 3),  # only "fish": prices are not exports, rose is not fell
    ("a small embassy staff", "the embassy was tiny", 2 / 3),  # "staff" is missing
    ("exports fell", "", 0.0),
    ("the", "anything at all", 0.0),  # no content words
])
def test_overlap(phrase, other, share):
    assert overlap(prep(phrase), prep(other)) == pytest.approx(share)


@pytest.mark.parametrize(("a", "b"), [
    ("the Organization of Guild Co-operation", "the Organisation of Guild Cooperation"),
    ("the canal was modernized", "the canal was modernised"), ("co-ordinating the ports", "coordinating the ports"),
    ("colonizing the islands", "colonising the islands"),
    ("the Organization of Guilds in Zürich", "the Organisation of Guilds in Zurich"),
])
def test_british_and_american_spellings_are_one(a, b):
    assert normalise(a) == normalise(b)


@pytest.mark.parametrize(("a", "b"), [("a prize", "a prise"), ("the size", "the sise"), ("a co-op", "a coop"),
                                      ("citizens", "citisens")])
def test_other_words_stay_apart(a, b):
    assert normalise(a) != normalise(b)


def test_a_bodys_name_in_the_other_spelling_is_the_body():
    aliases = Aliases({"OGC": ("Organisation for Guild Co-operation",)})
    assert aliases.apply(normalise("the Organization for Guild Cooperation")) == "the ogc"
