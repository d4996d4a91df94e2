"""Learned prefixes that name opposite things: "hypotension" is no slip of "hypertension", nor "intramembrane" of
"intermembrane", "macroorganisms" of "microorganisms", "гипотония" of "гипертония", "макроэволюция" of
"микроэволюция". One or two letters apart, such words passed as typos; the prefix says which of the pair is meant,
as a direction word or an ending that names another compound ("chloride" / "chlorite") does. General data of each
language, nothing of one text."""

from __future__ import annotations

__all__ = ["prefixes_contrast"]

_PAIRS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("hypo", "hyper"), ("micro", "macro"), ("intra", "inter"), ("endo", "exo"), ("infra", "ultra"),
           ("homo", "hetero")),
    "ru": (("гипо", "гипер"), ("микро", "макро"), ("интра", "интер"), ("эндо", "экзо"), ("инфра", "ультра"),
           ("гомо", "гетеро")),
}
_REST = 3  # letters after the prefix at least: "hyper" alone, "macron" are no words of the pair


def prefixes_contrast(a: str, b: str, code: str) -> bool:
    """Do two words (or stems) open with the two prefixes of an opposed pair ("hypo-" / "hyper-")?"""
    for p, q in _PAIRS.get(code, ()):
        for x, y in ((a, b), (b, a)):
            if x.startswith(p) and y.startswith(q) and len(x) - len(p) >= _REST and len(y) - len(q) >= _REST:
                return True
    return False
