"""Reading Chinese documents: candidate facts, entities and events with exact spans."""

from chainatlas.extract.pipeline import Pipeline, build_pipeline

__all__ = ["Pipeline", "build_pipeline"]
