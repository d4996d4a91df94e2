"""Russian: a keypoint's verb that the lexicon rewrites in one aspect only, said by the answer in the other (issue #11).

The lexicon reads some verb forms as a phrase before words are compared (`lexicon.phrases`: "число сохраняется" is
"число не меняется", "он перестал платить" is "он не платить"), and its keys are the forms of one aspect, sometimes
of one tense. The same verb in the other aspect or tense is left as written, so the two sides never meet: a point
"в архиве сохранились письма" (a perfective, as written) is not made by "в архиве сохраняются письма" (read "не
меняется"), nor the other way round. Rewriting the other aspect too would lose what the verb as written meets
(its synonyms: "в архиве остались письма", "уцелели"). So the point is tried once more with its verb in the form the
answer gives it (`other_aspect_wordings`), which is then read as the answer's is: the same verb (`ru_families`: an
aspect prefix, "-ыва-"/"-ива-", an alternation, a person), one of the two rewritten by the lexicon and the other not.
Everything else of the wording is matched and checked as for any wording. A rule of Russian, no word of a text.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..language import Language
from ..matching import Prepared
from ..ru_families import VERB_ENDINGS, one_verb
from ..text import normalise, words

__all__ = ["other_aspect_wordings"]


@cache
def _rewritten_verbs(lang: Language) -> frozenset[str]:
    """The lexicon's one-word phrases that are verb forms ("сохраняется", "перестал")."""
    return frozenset(k for k in lang.lex.phrases if k.isalpha() and k.endswith(VERB_ENDINGS))


@lru_cache(maxsize=4096)
def _verb_forms(text: str) -> tuple[str, ...]:
    """The words of a text that may be verb forms, each once."""
    return tuple(w for w in dict.fromkeys(words(text)) if w.isalpha() and w.endswith(VERB_ENDINGS))


def other_aspect_wordings(wordings: tuple[str, ...], got: Prepared) -> tuple[str, ...]:
    """Each wording with a verb of it in the form the answer (as written) gives the same verb, where the lexicon
    rewrites one of the two forms and not the other ("сохранились" / "сохраняются"); () in any other language."""
    lang = got.lang
    if lang.code != "ru":
        return ()
    keys = _rewritten_verbs(lang)
    said = _verb_forms(got.written)
    if not said:
        return ()
    out: list[str] = []
    for text in wordings:
        for w in _verb_forms(text):
            for r in said:
                if w != r and (w in keys) != (r in keys) and one_verb(w, lang.stem(w), r, lang.stem(r)):
                    out.append(re.sub(rf"(?<!\w){re.escape(w)}(?!\w)", r, normalise(text)))
    return tuple(dict.fromkeys(out))
