"""A choice answer that only names the kind of thing the question asks for picks no option: "an agency" for "Which US
agency signed the memorandum?" is no choice of the one option whose name says "Agency" (every option is an agency).
The kind is the words (up to three) right after "which" / "what" / "какой" (before a comma: "which agency, the CIA or
the FBI, ..." asks an agency, and "CIA" picks one). Words of English and Russian, no word of one text."""

from __future__ import annotations

from ..matching import Prepared

__all__ = ["kind_only", "prompt_only"]

_ASKING = {"en": frozenset(("which", "what")),
           "ru": frozenset("какой какая какое какие какого каких какую каким какими какому какою".split())}


def kind_only(prompt: Prepared, got: Prepared, options: list[Prepared] | None = None) -> bool:
    """Does the answer say nothing but the kind of thing the question asks for? Never one of the `options` said
    whole (a pack's phrase may read the question's words as an option's: "Какую башню называют Главной башней?" with
    [Соколиная башня, Главная башня] is "... называют соколиная башня", and "Соколиная башня" names that option)."""
    asking, content = _ASKING.get(prompt.lang.code), set(prompt.content())
    said = {got.stems[j] for j in got.content()}
    if not asking or not said or any(said == {o.stems[j] for j in o.content()} for o in options or ()):
        return False
    kind: set[str] = set()
    for i, w in enumerate(prompt.words):
        if w in asking:
            run = [j for j in range(i + 1, min(i + 4, len(prompt.words))) if prompt.clauses[j] == prompt.clauses[i]]
            kind.update(prompt.stems[j] for j in run if j in content)
    return said <= kind


def prompt_only(prompt: Prepared, got: Prepared, options: list[Prepared]) -> bool:
    """Does a choice's answer say nothing but words of its question, none of any option's ("glycolysis", "whose team
    launched the probe" for "Whose team launched the probe?"): an echo, no pick ("the USSR" for "the USA or the
    USSR?", "thymine pairs with adenine" for "Does thymine or uracil pair with adenine?" say an option's words)?"""
    said = {got.stems[j] for j in got.content()}
    return bool(said) and said <= set(prompt.stems) and not any(said & set(o.stems) for o in options)
