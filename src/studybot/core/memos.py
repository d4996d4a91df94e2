"""A memo of a pure function of a few words (`memoised`): a plain dict, emptied when it reaches its limit.

Unlike `functools.lru_cache`, whose every entry is a list the garbage collector walks on each full collection, a
dict of tuples of words and plain values costs the collector nearly nothing: the grader keeps tens of thousands of
pairs of words, and a cache of them must not make every collection slower. A result depends only on the arguments
(never on what was asked before); the limit bounds the memory."""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

__all__ = ["SETTLE_AFTER", "is_settled", "memoised", "settle_again", "settled"]

_P = ParamSpec("_P")
_R = TypeVar("_R")
_T = TypeVar("_T")
_settled: list[bool] = []  # has `settled` put the process's tables out of the collector's reach?
# grades of the first grader after which what the process holds is put out of the collector's reach once more
# (`settle_again`): by then its first answers have read the tables that are read when first asked for
SETTLE_AFTER = 50


def memoised(limit: int) -> Callable[[Callable[_P, _R]], Callable[_P, _R]]:
    """Memoise a function of positional, hashable arguments, at most `limit` results at a time (`cache_clear`
    empties it)."""

    def wrap(func: Callable[_P, _R]) -> Callable[_P, _R]:
        found: dict[Any, Any] = {}

        def memo(*args: Any) -> Any:
            try:
                return found[args]
            except KeyError:
                pass
            if len(found) >= limit:
                found.clear()
            value = found[args] = func(*args)  # type: ignore[call-arg]
            return value

        memo.__doc__, memo.__name__, memo.__wrapped__ = func.__doc__, func.__name__, func  # type: ignore[attr-defined]
        memo.cache_clear = found.clear  # type: ignore[attr-defined]
        return memo  # type: ignore[return-value]

    return wrap


def settled(built: _T) -> _T:
    """`built`, once the objects the process holds when the first is built (the language's tables and lexicons, read
    at import, and the first grader's own) are out of the garbage collector's reach: a full collection walks every
    object it tracks, and these (tens of thousands of sets, lists and tuples) live as long as the process. Only the
    first time (`gc.freeze`, after a collection so that no garbage is kept): what later graders make stays collected
    as ever, and a process that builds many (the tests) keeps no grader it has dropped."""
    if not _settled:
        _settled.append(True)
        gc.collect()
        gc.freeze()
    return built


def is_settled() -> bool:
    """Has `settled` put the process's objects out of the collector's reach yet (is a grader built now not the
    first)?"""
    return bool(_settled)


def settle_again() -> None:
    """Put what the process holds now out of the garbage collector's reach as `settled` did (a collection first, so
    no garbage is kept): called once, by the first grader after `SETTLE_AFTER` grades. The tables a language reads
    when first asked for (its word lists, the patterns of its rewrites) and the grader's memos of the pack's texts are
    read by then; left to the collector, every full collection would walk them again (tens of thousands of objects,
    a pause of tens of milliseconds each time), though they live as long as the process."""
    gc.collect()
    gc.freeze()
