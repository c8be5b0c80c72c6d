"""Allow ``python -m chainatlas``."""

from chainatlas.cli.main import main

main()
