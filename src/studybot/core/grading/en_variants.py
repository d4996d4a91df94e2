"""English wordings of a keypoint said as the answer says them, each tried as a point of its own
(`StructuredGrading._cover`): a quality by the verb of its sense (`sensed`: "it sounded higher" for "the pitch was
higher"), a noun of time or place by its clause's question word (`clause_nouns`: "when the letter was posted" for "the
time the letter was posted"), a cause and its result by the answer's word of causing (`causal_wordings`: "the famine
resulted from the drought" for "the drought caused a famine"), a verb of making a quality more or less by "made"
and a comparative (`made_more`: "they made the canal deeper" for "they deepened the canal"), two things the same by
no difference between them (`sameness`: "no difference in level between the seas" for "the seas are at the same
level"), a word of weak intensity by another of its group (`weak_words`: "dimmer" for "fainter"), "people" by a
narrower noun for the people of a place (`populace`: "the residents drank it" for "people drank it"), "no X" by "none"
(`none_said`: "it contains none" for "it contains no iron"), a death by its cause in the other frame (`dying`: "typhus
killed many weavers" for "many weavers died of typhus"); and, in English and Russian, a thing serving as another by its
use (`serving`: "it was used as a radio mast" for "it served as a radio mast", "её использовали как радиоантенну" for
"она служила радиоантенной"), and a day by its weather (`weather_days`: "warm weather" for "a warm day", "тёплая
погода" for "тёплый день")."""

from __future__ import annotations

from ..matching import Prepared
from .causal_wordings import causal_wordings
from .clause_nouns import clause_wordings
from .dying import dying_wordings
from .made_more import made_wordings
from .none_said import none_wordings
from .populace import people_wordings
from .sameness import sameness_wordings
from .sensed import sensed_wordings
from .serving import serving_wordings
from .weak_words import weak_wordings
from .weather_days import weather_wordings

__all__ = ["english_wordings"]


def english_wordings(wordings: tuple[str, ...], got: Prepared) -> tuple[str, ...]:
    """The wordings said otherwise as the answer says them (in Russian only a thing's use, `serving`, and a day's
    weather, `weather_days`)."""
    return (*sensed_wordings(wordings, got), *clause_wordings(wordings, got), *causal_wordings(wordings, got),
            *made_wordings(wordings, got), *sameness_wordings(wordings, got),
            *weak_wordings(wordings, got), *people_wordings(wordings, got), *none_wordings(wordings, got),
            *dying_wordings(wordings, got), *serving_wordings(wordings, got), *weather_wordings(wordings, got))
