"""A thing hard to perceive, said in the ways a language has for it: "could hardly be seen", "barely visible",
"difficult to make out" are all "hard to see"; "плохо видно", "едва заметен", "трудно разглядеть" are all
"трудно увидеть". Rewritten as one phrase before words are compared (`phrases.rewrite_phrases`), so "hardly" and
"почти не" do not read as a negation of the seeing. The opposite ("easy to see", "хорошо видно", "not hard to see")
is left as it is said. General vocabulary only."""

from __future__ import annotations

__all__ = ["EN_SPOTTED", "HARD_TO_SEE", "SEEN"]

_EN_HARDLY = ("hardly", "barely", "scarcely")
_EN_HARD = ("hard", "difficult")
_EN_SEE = ("see", "make out", "discern", "spot", "notice", "read")
_EN = {
    **{f"{adv} {be} {seen}": "be hard to see" for adv in _EN_HARDLY for be in ("be", "been")
       for seen in ("seen", "made out", "discerned", "noticed", "read")},
    **{f"{adv} {seen}": "hard to see" for adv in _EN_HARDLY
       for seen in ("visible", "seen", "noticeable", "perceptible", "discernible", "legible", "readable")},
    **{f"{hard} to {see}": "hard to see" for hard in _EN_HARD for see in _EN_SEE},
}

_RU_HARDLY = ("едва", "еле", "почти не", "плохо")
_RU_SEEN = ("виден", "видна", "видно", "видны", "заметен", "заметна", "заметно", "заметны", "различим", "различима",
            "различимо", "различимы", "различить", "разглядеть", "рассмотреть")
_RU_HARD = ("трудно", "сложно", "тяжело", "нелегко")
_RU_SEE = ("увидеть", "разглядеть", "заметить", "рассмотреть", "различить", "разобрать", "прочесть", "прочитать")
_RU = {
    **{f"{adv} {seen}": "трудно увидеть" for adv in _RU_HARDLY for seen in _RU_SEEN},
    **{f"почти {seen}": "трудно увидеть" for seen in ("незаметен", "незаметна", "незаметно", "незаметны",
                                                       "неразличим", "неразличима", "неразличимо", "неразличимы")},
    **{f"{hard} {see}": "трудно увидеть" for hard in _RU_HARD for see in _RU_SEE},
}

HARD_TO_SEE: dict[str, dict[str, str]] = {"en": _EN, "ru": _RU}

# a thing perceived, said by the short adjective of a verb of perceiving in the past ("сияние было видно", "огни были
# видны", "гром был слышен"): what someone saw or heard ("видели", "слышали"), rewritten as the verb in the plural
_RU_PERCEIVED = {"видн": "видели", "слышн": "слышали", "заметн": "заметили"}
_RU_SHORT = {"видн": ("виден", "видна", "видно", "видны"), "слышн": ("слышен", "слышна", "слышно", "слышны"),
             "заметн": ("заметен", "заметна", "заметно", "заметны")}
SEEN: dict[str, dict[str, str]] = {"en": {}, "ru": {
    f"{be} {short}": _RU_PERCEIVED[root] for root, shorts in _RU_SHORT.items() for short in shorts
    for be in ("был", "была", "было", "были")}}

# catching sight of a thing is seeing it: "the stations could not spot the raiders" is "could not see them", "the
# lookout spotted the whale" "saw the whale". A group the grader alone reads in an answer (`answer_groups`): in a
# question "see" also asks what a reader should look at ("see the map")
EN_SPOTTED = ("see", "sees", "saw", "seen", "seeing", "spot", "spotted", "spotting", "spots")
