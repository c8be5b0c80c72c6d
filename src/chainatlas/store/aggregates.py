"""Counts computed by the database, so that national-size stores are never read row by row."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Connection, and_, case, func, literal, select

from chainatlas.store import schema


def count_enterprises_by_region_industry(
    conn: Connection, *, code_digits: int | None = None
) -> list[tuple[str, str, int]]:
    """(region, industry code, enterprises) for every pair that has any, by GROUP BY.

    ``code_digits`` truncates GB/T 4754 codes to the section letter plus that many digits
    (2 = 大类, 3 = 中类, 4 = 小类); codes written without the letter keep ``code_digits``
    digits.  Enterprises lacking a region or a code are left out.
    """
    e = schema.enterprises
    code: ColumnElement[str] = func.upper(func.trim(e.c.industry_code))
    if code_digits is not None:
        lettered = func.substr(code, 1, 1).between("A", "Z")
        code = case(
            (lettered, func.substr(code, 1, 1 + code_digits)),
            else_=func.substr(code, 1, code_digits),
        )
    stmt = (
        select(e.c.region, code.label("code"), func.count().label("n"))
        .where(and_(e.c.region.is_not(None), e.c.industry_code.is_not(None)))
        .where(func.trim(e.c.industry_code) != literal(""))
        .group_by(e.c.region, code)
        .order_by(e.c.region, code)
    )
    return [(str(r), str(c), int(n)) for r, c, n in conn.execute(stmt)]
