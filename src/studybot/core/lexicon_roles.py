"""General words that mark a party's role in a clause, per language (`grading.parties`): the
prepositions that give a party its role ("to the senators", "у России"), the participles of verbs
of giving whose bare subject is the one given to ("equestrians given the juries" = "the juries given
to the equestrians"), and, for Russian, the names of peoples whose stem is not their country's
("русские" / "Россия"). Only general vocabulary: nothing of one text."""

from __future__ import annotations

__all__ = ["DETERMINERS", "GIVEN_PARTICIPLES", "PEOPLE_ENDINGS", "ROLE_MARKERS", "RU_CASE_ENDINGS", "SAME_PEOPLE"]

# a role marker -> the role it gives ("for the poor" and "to the poor": the ones who get something)
ROLE_MARKERS: dict[str, dict[str, str]] = {
    "en": {"to": "to", "for": "to", "from": "from", "by": "by", "with": "with", "against": "against",
           "of": "of", "over": "over", "between": "between", "among": "between"},
    "ru": {"у": "у", "к": "к", "от": "от", "для": "для", "из": "из", "без": "без", "против": "против",
           "при": "при", "перед": "перед", "над": "над", "между": "между", "со": "с", "с": "с"},
}
# words that may stand between a role's marker (or a clause's start) and its party: any other function word
# gives the party a role of its own ("than Sweden", "as Sweden", "на Швецию"), which is not read
DETERMINERS: dict[str, frozenset[str]] = {
    "en": frozenset("the a an his her its their our my your this that these those both all some each".split()),
    "ru": frozenset("его её ее их весь вся все всех всем этот эта эти этих этим тот та те тех тем".split()),
}
# participles of verbs of giving: a party before one, with no marker, is the one given to
GIVEN_PARTICIPLES: dict[str, frozenset[str]] = {
    "en": frozenset(("given granted awarded handed offered sold sent lent paid promised allowed assigned "
                     "entrusted transferred returned restored").split()),
}
# plural nouns of groups of people by their ending ("equestrians", "royalists", "Athenians")
PEOPLE_ENDINGS: dict[str, tuple[str, ...]] = {"en": ("ians", "ists", "ites")}
# peoples and their countries whose stems share no beginning (each group one party), by stem start
SAME_PEOPLE: dict[str, tuple[tuple[str, ...], ...]] = {
    "ru": (("росс", "русск", "рус"), ("герман", "немц", "немец"), ("нидерланд", "голланд"),
           ("англ", "британ"), ("грец", "грек", "греч"), ("кита", "китайц")),
    "en": (),
}

# Russian endings of a noun (or a noun made of an adjective: "русским") and the cases each may be, longest first:
# a party without a preposition has its role from its case ("метель дула русским в лицо": dative), whatever
# the order of the words, in either number ("Швеция снабжала" and "турки снабжали": both nominative). Only the
# endings of peoples and of names of places are read; "-ы", "-и" are read as the nominative plural only (the
# genitive of a place is "-ии": "России").
RU_CASE_ENDINGS: tuple[tuple[str, frozenset[str]], ...] = tuple((e, frozenset(c.split())) for e, c in (
    ("ами", "ins"), ("ями", "ins"), ("ими", "ins"), ("ыми", "ins"), ("ией", "ins"),
    ("ам", "dat"), ("ям", "dat"), ("им", "dat ins"), ("ым", "dat ins"),
    ("ах", "prep"), ("ях", "prep"), ("их", "gen acc prep"), ("ых", "gen acc prep"),
    ("ов", "gen acc"), ("ев", "gen acc"),
    ("ия", "nom"), ("ию", "acc"), ("ии", "gen dat prep"),
    ("ие", "nom"), ("ые", "nom"), ("цы", "nom"), ("ане", "nom"), ("яне", "nom"),
    ("ы", "nom"), ("и", "nom"),
))
