"""Opening the store for a use case: one place that decides when to migrate."""

from __future__ import annotations

from chainatlas.settings import Settings
from chainatlas.store import Store


def open_store(settings: Settings, *, migrate: bool = True) -> Store:
    """The store at ``settings.database_url``, created or upgraded if ``migrate``."""
    store = Store.open(settings.database_url)
    if migrate and not store.is_current():
        store.init()
    return store
