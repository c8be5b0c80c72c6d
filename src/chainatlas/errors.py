"""Errors a user can act on.

Every error carries a code, a message that names what went wrong (file, row, field,
value), and an HTTP-like status so the CLI and the API can report it the same way.
"""

from __future__ import annotations


class ChainAtlasError(Exception):
    """Base of every error the project raises on purpose."""

    code = "E000"
    status = 400

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class InvalidValue(ChainAtlasError):
    """A value (number, unit, period, code) that cannot be understood."""

    code = "E101"
    status = 422


class InputError(ChainAtlasError):
    """A file that cannot be imported; the message names file, row and field."""

    code = "E100"
    status = 422

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        row: int | None = None,
        field: str | None = None,
        code: str | None = None,
    ) -> None:
        where = []
        if file is not None:
            where.append(str(file))
        if row is not None:
            where.append(f"row {row}")
        if field is not None:
            where.append(f"field {field}")
        prefix = ", ".join(where)
        super().__init__(f"{prefix}: {message}" if prefix else message, code=code)
        self.file = file
        self.row = row
        self.field = field


class Conflict(ChainAtlasError):
    """A write that would break a uniqueness rule."""

    code = "E409"
    status = 409


class NotFound(ChainAtlasError):
    """A reference to something the store does not hold."""

    code = "E404"
    status = 404


class Unauthorized(ChainAtlasError):
    """A write without a valid token."""

    code = "E401"
    status = 401


class Forbidden(ChainAtlasError):
    """A token whose role does not allow the write."""

    code = "E403"
    status = 403
