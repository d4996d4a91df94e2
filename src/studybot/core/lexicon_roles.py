"""General words that mark a party's role in a clause, per language (`grading.parties`): the
prepositions that give a party its role ("to the senators", "у России"), the participles of verbs
of giving whose bare subject is the one given to ("equestrians given the juries" = "the juries given
to the equestrians"), and, for Russian, the names of peoples whose stem is not their country's
("русские" / "Россия"). Only general vocabulary: nothing of one text."""

from __future__ import annotations

__all__ = ["GIVEN_PARTICIPLES", "PEOPLE_ENDINGS", "ROLE_MARKERS", "SAME_PEOPLE"]

# a role marker -> the role it gives ("for the poor" and "to the poor": the ones who get something)
ROLE_MARKERS: dict[str, dict[str, str]] = {
    "en": {"to": "to", "for": "to", "from": "from", "by": "by", "with": "with", "against": "against",
           "of": "of", "over": "over", "between": "between", "among": "between"},
    "ru": {"у": "у", "к": "к", "от": "от", "для": "для", "из": "из", "без": "без", "против": "против",
           "при": "при", "перед": "перед", "над": "над", "между": "между", "со": "с", "с": "с"},
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
