"""Chain Atlas: industrial-chain and cluster intelligence, offline.

Layers import one way: ``cli, api, web -> service -> store | ingest | extract |
analysis | report -> model``.  See ``tests/test_layers.py`` for the guard.
"""

__version__ = "0.1.0"
