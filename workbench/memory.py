"""The cyclic garbage collector and the server's long-lived objects.

CPython's collector runs a full collection whenever enough new objects have survived since the last
one, and a full collection walks every tracked object: in a worker, the few hundred thousand objects of
Django, numpy and the text rules. Bulk work (an import of a hundred documents makes some 200,000
tuples and strings that live until its transaction ends) set off such collections again and again:
a tenth of an import's CPU time in a worker that had not frozen what it loaded.
"""

from __future__ import annotations

import gc


def load_code_and_freeze() -> None:
    """Load every view and what it uses (the URL configuration), then keep everything loaded so far
    out of the collector's sight (``gc.freeze``): it lives as long as the process. For a server
    worker before its first request."""
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 (the property imports the views)
    gc.collect()
    gc.freeze()
