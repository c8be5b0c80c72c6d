"""Briefings and workbooks for a region: the use cases behind ``chainatlas report``,
``chainatlas export-workbook`` and the demo.

The inputs come from the other services (the overview's slice and tiers, the chain maps
with diagnosis and targets, the project pipeline, the consistency review); the report
layer arranges them and writes the files.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from chainatlas.errors import ChainAtlasError, InvalidValue
from chainatlas.model.actors import Person, Platform, Programme
from chainatlas.model.dataset import Dataset
from chainatlas.model.enterprise import Enterprise
from chainatlas.model.period import Period
from chainatlas.model.region import Region
from chainatlas.model.scheme import SchemeKind
from chainatlas.report.assemble import assemble_briefing
from chainatlas.report.briefing import Briefing
from chainatlas.report.inputs import BriefingInputs, ChainInput
from chainatlas.report.sheets import build_sheets
from chainatlas.report.workbook import write_workbook
from chainatlas.report.writers import FORMATS, write_briefing_file
from chainatlas.service.chains import find_targets, list_projects
from chainatlas.service.checks import review_store
from chainatlas.service.overview import read_slice
from chainatlas.service.overview_layout import Slice, compose_overview
from chainatlas.service.session import open_store
from chainatlas.settings import Settings
from chainatlas.store import repository


def gather_inputs(settings: Settings, region: str, period: str | None = None) -> BriefingInputs:
    """Everything a briefing or workbook of ``region`` shows, read once."""
    asked = Period.parse(period) if period else None
    store = open_store(settings)
    with store.connect() as conn:
        part = read_slice(conn, region)
    overview = compose_overview(part)
    chains = []
    for scheme in _diagnosable_chains(part):
        report, ranked = find_targets(settings, region, scheme, pool=None)
        chains.append(ChainInput(report.chain_map, report.diagnosis, ranked))
    diagnosed = {c.chain_map.scheme for c in chains}
    statuses, _ = list_projects(settings, region)
    return BriefingInputs(
        data=_as_dataset(part),
        region=region,
        period=asked,
        tiers=overview.clusters,
        missing=overview.missing,
        chains=tuple(chains),
        staged=tuple(c for c in overview.chains if c.scheme not in diagnosed),
        names=_outside_names(settings, part),
        statuses=tuple(statuses),
        review=review_store(settings),
        generated=date.today().isoformat(),
    )


def _diagnosable_chains(part: Slice) -> list[str]:
    """Chains whose nodes form one directed level (no stage headers): those a gap diagnosis
    reads node by node; chains grouped by stage (发/储/送/用) are shown stage by stage."""
    out = []
    for scheme in part.schemes:
        nodes = [n for n in part.nodes if n.scheme == scheme.key]
        if scheme.kind is SchemeKind.CHAIN and nodes and not any(n.parent for n in nodes):
            out.append(scheme.key)
    return out


def _outside_names(settings: Settings, part: Slice) -> dict[str, str]:
    """Names of event actors and other keys the region's slice does not hold."""
    names = {key: name for (_, key), name in part.others.items()}
    known = {r.key for r in part.regions} | set(part.enterprises) | set(names)
    wanted = {a for e in part.events for a in e.actors} - known
    store = open_store(settings)
    with store.connect() as conn:
        for key in sorted(wanted):
            for kind in (Region, Enterprise, Platform, Person, Programme):
                if repository.exists(conn, kind, key):
                    names[key] = str(getattr(repository.get(conn, kind, key), "name", key))
                    break
    return names


def _as_dataset(part: Slice) -> Dataset:
    return Dataset(
        regions=list(part.regions),
        schemes=list(part.schemes),
        nodes=list(part.nodes),
        indicators=list(part.indicators.values()),
        documents=list(part.documents.values()),
        enterprises=list(part.enterprises.values()),
        links=list(part.links),
        projects=list(part.projects),
        facts=list(part.facts),
        events=list(part.events),
    )


def build_briefing(settings: Settings, region: str, period: str | None = None) -> Briefing:
    return assemble_briefing(gather_inputs(settings, region, period))


def write_report(
    settings: Settings, region: str, fmt: str, out: Path, period: str | None = None
) -> list[Path]:
    """Write the briefing of ``region`` as ``fmt`` (md, html, pdf) to ``out``."""
    if fmt not in FORMATS:
        raise InvalidValue(f"unknown report format {fmt!r} (one of {', '.join(FORMATS)})")
    return write_briefing_file(build_briefing(settings, region, period), fmt, out)


def export_workbook(settings: Settings, region: str, out: Path) -> Path:
    """The region's chain map, enterprise, project, gap, fact and check sheets as .xlsx."""
    return write_workbook(build_sheets(gather_inputs(settings, region)), out)


@dataclass(frozen=True)
class BriefingFiles:
    """What the demo wrote, and why the PDF is missing when it is."""

    written: list[Path]
    pdf_refused: ChainAtlasError | None = None


def write_briefing(settings: Settings, region: str, out_dir: Path) -> BriefingFiles:
    """HTML and PDF briefing plus the workbook of ``region`` in ``out_dir`` (for the demo).

    The PDF comes last and alone may be refused: it needs a Chinese font and Pango, which a
    user's machine may lack, while the HTML and the workbook need neither."""
    inputs = gather_inputs(settings, region)
    briefing = assemble_briefing(inputs)
    stem = f"briefing-{region}"
    written = write_briefing_file(briefing, "html", out_dir / f"{stem}.html")
    written.append(write_workbook(build_sheets(inputs), out_dir / f"workbook-{region}.xlsx"))
    try:
        written += write_briefing_file(briefing, "pdf", out_dir / f"{stem}.pdf")
    except ChainAtlasError as exc:
        return BriefingFiles(written, exc)
    return BriefingFiles(written)
