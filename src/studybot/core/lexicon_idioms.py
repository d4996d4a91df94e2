"""Discourse idioms: phrases whose words name nothing of what a text is about ("from Minsk's point of view" says
nothing of a "point", "in terms of cost" nothing of "terms", "с точки зрения" nothing of a "точка", "в конце
концов" nothing of an end, and "тем не менее" denies nothing; the sign "°" after a figure is read as the word it
says). The tutor reads each as the plain word it means, or as nothing, in passages and questions
(`tutor.words.Words.without_idioms`). Phrases that mark a contrast ("on the
other hand") or give instances ("в том числе") are read elsewhere and are not here. Only data, and only phrases any
text on any subject uses.
"""

from __future__ import annotations

__all__ = ["IDIOMS"]

# the sign of degrees after a figure, with the scale's letter or none ("100 °C", "40°", "−5 °С", "451 °F"): a text
# writes the sign where a question says the word
_DEGREES = r"(?<=\d) ?° ?(?:[cfсф](?!\w|\.\s?\w))?"  # not "с" of "40° с. ш."

EN_IDIOMS = (
    (r"\b(?:point|points) of view\b", "view"), (r"\bin terms of\b", "in"), (r"\bas a matter of fact\b", "indeed"),
    (r"\bin fact\b", "indeed"), (r"\bon the one hand\b", " "), (r"\bin the long run\b", "eventually"),
    (r"\bby the way\b", " "), (r"\bfor the most part\b", "mostly"), (r"\bon the whole\b", "mostly"),
    (r"\bfirst of all\b", "first"), (r"\bat any rate\b", " "), (r"\bin any case\b", " "),
    (r"\bas a whole\b", " "), (r"\bin particular\b", "especially"), (r"\bmore or less\b", "roughly"),
    (r"\bby and large\b", "mostly"), (r"\bon (?:the|its|their) face of it\b", "apparently"),
    # a time the question frames itself by, not one it asks about: "who built X in the first place?", "what did X
    # mean back then?"
    (r"\bin the first place\b", " "), (r"\bback then\b", "then"),
    # "for good" is "for ever", no good of anything: "when was X given up for good?" (not "for good reason")
    (r"\b(?:once and for all|for good(?: and all)?)\b(?!\s+(?:reasons?|causes?|measure|behaviou?r|of|use)\b)", " "),
    (_DEGREES, " degrees "),  # "100 °C" is read "100 degrees": "at how many degrees ...?"
    # "at its height" is its peak, no height of anything ("how many worked on them at their height?": no length asked)
    (r"\bat (?:its|their|his|her) height\b", "at its peak"),
    # "make" with the noun of a speech or a promise is "give" (`lexicon_paraphrase`: "made" alone is no "gave")
    (r"\b(?:make|makes|made|making) (a|an|his|her|their|its|the|this|that|one)((?: \w+)?) "
     r"(speech|speeches|address|addresses|statement|statements|promise|promises|pledge|pledges)\b", r"give \1\2 \3"),
)
RU_IDIOMS = (
    (_DEGREES, " градусов "),  # "100 °C" is read "100 градусов": "при скольких градусах ...?"
    (r"\bс (?:(?:\w+) )?точки зрения\b", "по мнению"), (r"\bточк\w* зрения\b", "мнение"),
    (r"\bв конце концов\b", " "), (r"\bв (?:конечном )?итоге\b", " "), (r"\bв конечном сч[её]те\b", " "),
    (r"\bв первую очередь\b", "прежде всего"), (r"\bв свою очередь\b", " "),
    (r"\bв целом\b", " "), (r"\bтем не менее\b", "однако"), (r"\bво всяком случае\b", " "),
    (r"\bв любом случае\b", " "), (r"\bтак или иначе\b", " "), (r"\bкак правило\b", "обычно"),
    (r"\bпо сути(?: дела)?\b", " "), (r"\bкроме того\b", "также"), (r"\bсамо собой\b", " "),
    (r"\bкак ни странно\b", " "), (r"\bв общем\b", " "), (r"\bне раз\b", "неоднократно"),
    # "поставить во главе X" is "назначить" ("Кутузова поставили во главе армий": "назначил главнокомандующим"), "встать
    # (стоять) во главе X" is "возглавить" ("встал во главе восстания": "возглавил восстание"): no head of anything
    (r"\bпостав(?:ил|ила|или|ило|ит|ят|ить|лен|лена|лено|лены|лял|ляла|ляли|ляет|ляют)\s+во\s+главе\b", "назначили"),
    (r"\b(?:в?стал|в?стала|в?стали|в?стать|встает|встают|стоял|стояла|стояли|стоит|стоят)\s+во\s+главе\b",
     "возглавил"),
)
IDIOMS: dict[str, tuple[tuple[str, str], ...]] = {"en": EN_IDIOMS, "ru": RU_IDIOMS}
