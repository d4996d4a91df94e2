"""A question that asks whom its doer acted on, answered by a sentence that makes the doer the one acted on (issue
#11): "The baron tricked the duke" does not answer "Which general did the duke trick?", nor "Барон обманул герцога"
"Кого герцог обманул?", though the baron is the general asked for. The question's doer is the content word right
before its verb ("did the duke trick", "герцог обманул"), the question asking for the verb's object (English: it
opens with "whom", "which" or "what" and the doer follows an auxiliary, "did the duke"; Russian: it opens with
"кого", "кому", "кем", "чей"); the answer says the same verb (its stem) with another content word before it in its
clause, and the question's doer after it (English: the place of the one acted on) or, in Russian, in another form
than the question's ("герцог" / "герцога": no longer the doer's nominative). Both texts are read as written, before
the pack's aliases (which would make "герцога" the name's one form). Only the order and the endings of words: no
word of any text."""

from __future__ import annotations

from ..language import Language
from ..matching import Prepared
from .plain import plain_reading, read_plain

__all__ = ["roles_turned"]

_AUXILIARIES = frozenset("did does do will would could can has have had should must".split())
_DETERMINERS = frozenset(("the", "a", "an", "his", "her", "its", "their"))
_ASKING_EN = frozenset(("whom", "which", "what"))
_ASKING_RU = frozenset(("кого", "кому", "кем", "чей", "чьи", "чью", "чьего"))


def roles_turned(prompt_text: str, answer: str, lang: Language, read: Prepared | None = None) -> bool:
    """Does the answer make the question's doer the one its verb acts on (see the module)? `read`: the grader's
    reading of the answer, of which its plain reading is made where the pack's aliases changed nothing."""
    if lang.code not in ("en", "ru"):
        return False
    prompt = read_plain(prompt_text, lang.code)
    words = prompt.words
    if not words or (lang.code == "en" and _ASKING_EN.isdisjoint(words[:2])) \
            or (lang.code == "ru" and words[0] not in _ASKING_RU):
        return False
    got = read_plain(answer, lang.code) if read is None else plain_reading(answer, read)
    content = prompt.content()
    for doer, verb in zip(content, content[1:], strict=False):
        if verb != doer + 1 or prompt.clauses[verb] != prompt.clauses[doer]:
            continue
        if lang.code == "en" and not _after_auxiliary(prompt, doer):
            continue
        if _turned(prompt, doer, verb, got, lang.code):
            return True
    return False


def _after_auxiliary(prompt: Prepared, doer: int) -> bool:
    """Is the English doer the subject of a question's auxiliary ("did the duke", "did he")?"""
    k = doer - 1
    while k > 0 and prompt.words[k] in _DETERMINERS:
        k -= 1
    return k >= 0 and prompt.words[k] in _AUXILIARIES


def _turned(prompt: Prepared, doer: int, verb: int, got: Prepared, code: str) -> bool:
    said = set(prompt.stems)
    for v in (i for i in got.content() if got.stems[i] == prompt.stems[verb]):
        if not any(got.stems[j] not in said for j in got.content() if j < v and got.clauses[j] == got.clauses[v]):
            continue  # no other doer before the verb
        for j in (i for i in got.content() if got.stems[i] == prompt.stems[doer] and got.clauses[i] == got.clauses[v]):
            if code == "en" and j > v:
                return True
            if code == "ru" and got.words[j] != prompt.words[doer] and got.words[j].startswith(prompt.words[doer]):
                return True  # "герцог" said "герцога": the question's doer, in another case
    return False
