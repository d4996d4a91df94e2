"""How an English question asks for an instance of a category ("which city", "what kind of elections"), read by
`tutor.instances`: general words for kinds of things whose instances are names, and the forms of the question."""

from __future__ import annotations

__all__ = ["EN_KIND_OF", "EN_KIND_PHRASES", "EN_NAMED_KINDS"]

# "which of the X" as "which X"
EN_KIND_PHRASES: tuple[tuple[str, str], ...] = ((r"\b(which)\s+(?:ones?\s+)?of\s+(?:the|these|those)\b", r"\1"),)
# "what kind of X": X a category, its kind the answer
EN_KIND_OF: tuple[str, ...] = (
    r"\b(?:which|what)\s+(?:kinds?|sorts?|types?|variet(?:y|ies)|forms?|class(?:es)?)\s+of\s+([^\W\d_]+)",)
EN_NAMED_KINDS = frozenset(("city cities town towns village villages country countries nation nations "
    "continent continents island islands river rivers lake lakes sea seas ocean oceans "
    "mountain mountains volcano volcanoes province provinces county "
    "counties kingdom kingdoms empire empires republic republics company companies "
    "firm firms factory factories newspaper newspapers magazine magazines ship ships university universities "
    "church churches street streets planet planets").split())
