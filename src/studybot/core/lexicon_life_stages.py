"""The words of English and Russian that say a stage of life ("adult", "children", "newborn"; "взрослый", "детей",
"новорождённых") or a sex ("women", "male"; "мужчин", "женская"), in any of their forms: two closed sets whose members
exclude each other, read by the tutor (`tutor.sides`: "how much does a child's heart weigh?" is not answered by "An
adult heart weighs 300 grams"). General language, no text's words; each language's words are its own letters."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["life_stage", "sex_word"]

# each member: a pattern of the whole word (English forms listed, Russian stems with their endings)
_STAGES = {
    "adult": r"adults?|взросл\w*",
    "child": r"child|children|childhood|kids?|дети|детей|детям|детьми|детях|детск\w*|детств\w*|ребенок|ребенка|ребенку"
             r"|ребенком|ребенке|малыш\w*",
    "infant": r"infants?|infancy|babies|baby|newborns?|toddlers?|младен\w*|новорожденн\w*|грудн(?:ой|ого|ых|ые|ым|ыми)",
    "adolescent": r"adolescents?|adolescence|teenagers?|teens|подрост\w*",
    "elderly": r"elderly|пожил\w*|престарел\w*",
    "larva": r"larvae|larva|larval|pupae|pupa|личин\w*|кукол(?:ка|ки|ок|кам)",
}
_SEXES = {
    "male": r"males?|men|man|boys?|мужчин\w*|мужск\w*|мальчик\w*|самц\w*|самец",
    "female": r"females?|women|woman|girls?|женщин\w*|женск\w*|девоч\w*|девушк\w*|самк\w*",
}
_STAGE = {k: re.compile(v) for k, v in _STAGES.items()}
_SEX = {k: re.compile(v) for k, v in _SEXES.items()}


@lru_cache(maxsize=8192)
def life_stage(word: str) -> str:
    """The stage of life a word says ("child" of "children" or "детей"), or ""."""
    word = word.lower().replace("ё", "е")
    return next((stage for stage, pattern in _STAGE.items() if pattern.fullmatch(word)), "")


@lru_cache(maxsize=8192)
def sex_word(word: str) -> str:
    """The sex a word says ("female" of "women" or "женщин"), or ""."""
    word = word.lower().replace("ё", "е")
    return next((sex for sex, pattern in _SEX.items() if pattern.fullmatch(word)), "")
