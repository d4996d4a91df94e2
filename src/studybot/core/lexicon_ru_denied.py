"""A Russian quality said by its verb denied (read by `lexicon_ru_own_words.RU_PHRASES`, rewritten before words are
compared): "не двигается" is "неподвижный", "не пропускает" is "непроницаемый", "не растворяется" is
"нерастворимый", "не делится" is "неделимый", "не прерывается" is "непрерывный".
A learner who does not know the adjective says what it means with "не" and the verb it is made of; the phrase is
read as the adjective, so that either wording meets the other ("камень неподвижен" / "камень не двигается",
"мембрана не пропускает ионы" / "непроницаемая мембрана"). Only data, and only general words of any subject: the
adjectives whose verb says the same denied, never one whose "не" has drifted from it ("незаменимый", "неизбежный").

The verb alone stays the adjective's opposite: "двигается" is no "неподвижный" (`language.Language.word_match`
reads the prefix "не-" as a negation). Not "гореть" ("не горит" is a lamp off as often as "негорючий"), nor
"меняться" ("не меняется" is the reading of "неизменный" itself: `lexicon_ru.PHRASES`), nor "зависеть" ("не
зависит от" keeps its verb, which says who acts on whom: measured in round 40, it lost a held-out own-words answer).
"""

from __future__ import annotations

__all__ = ["RU_DENIED_VERBS"]

# the endings of a reflexive verb of the first conjugation after its stem in "-а-"/"-я-" ("двига-ется")
_REFLEXIVE_A = ("ется", "ются", "лся", "лась", "лось", "лись", "ться", "ясь")
# and of a transitive one ("пропуска-ет")
_TRANSITIVE_A = ("ет", "ют", "л", "ла", "ло", "ли", "ть", "я")


def _denied(adjective: str, stems: tuple[str, ...], endings: tuple[str, ...], *forms: str) -> dict[str, str]:
    """"не" and each form of the verbs (their stems with `endings`, and `forms` written out) -> the adjective."""
    return {f"не {verb}": adjective for verb in (*(s + e for s in stems for e in endings), *forms)}


RU_DENIED_VERBS = {
    # moving: "не двигается", "не движется", "не перемещается", "не двигаясь"
    **_denied("неподвижный", ("двига", "перемеща", "сдвига"), _REFLEXIVE_A, "движется", "движутся"),
    # letting through: "не пропускает воду", "не пропускали газ"
    **_denied("непроницаемый", ("пропуска",), _TRANSITIVE_A),
    # dissolving: "не растворяется в воде"
    **_denied("нерастворимый", ("растворя",), _REFLEXIVE_A),
    # being divided: "не делится", "не делятся на части"
    **_denied("неделимый", (), (), "делится", "делятся", "делился", "делилась", "делилось", "делились",
              "делиться"),
    # breaking off: "не прерывается", "не прекращаясь"
    **_denied("непрерывный", ("прерыва", "прекраща"), _REFLEXIVE_A),
}
