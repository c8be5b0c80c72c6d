"""Opening the store for a use case: one place that decides when to migrate.

One :class:`Store` is kept per database URL for the life of the process, so a web request
or a CLI command does not pay for a new engine, a new connection pool and a migration check
each time a service runs.  Services therefore never dispose of it; ``close_stores`` does,
at shutdown and between tests.
"""

from __future__ import annotations

import threading

from chainatlas.settings import Settings
from chainatlas.store import Store

_STORES: dict[str, Store] = {}
_LOCK = threading.Lock()


def open_store(settings: Settings, *, migrate: bool = True) -> Store:
    """The shared store at ``settings.database_url``, created or upgraded once if ``migrate``."""
    url = settings.database_url
    with _LOCK:
        store = _STORES.get(url)
        if store is None:
            store = Store.open(url)
            if migrate and not store.is_current():
                store.init()
            _STORES[url] = store
        return store


def close_stores() -> None:
    """Close every shared store (tests and shutdown)."""
    with _LOCK:
        for store in _STORES.values():
            store.dispose()
        _STORES.clear()
