"""yoyak: Korean news, summarised — the yoyak core from Python.

Every function returns plain dicts and lists with the same fields, order and char offsets as the
``yoyak`` command's JSON (``yoyak analyze --json`` and so on); offsets index the text given (for
``analyze``, the cleaned body in ``result["clean"]["body"]``) as Python ``str`` indices. Bad input
raises ``ValueError`` with the command's message. The analysis runs with the GIL released, so
threads analyse in parallel.
"""

from ._yoyak import __version__, analyze, clean, entity_id, run_line, split, summarize, tag

__all__ = [
    "__version__",
    "analyze",
    "clean",
    "entity_id",
    "run_line",
    "split",
    "summarize",
    "tag",
]
