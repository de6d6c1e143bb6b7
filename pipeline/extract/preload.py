"""Imported once by the workers' fork server (`core.WORKER_MODULES`): what every extraction worker
needs is loaded there, before the workers fork, instead of in each of them (loading the language
model is a large part of a worker's start, and workers are recycled; docs/architecture.md)."""

from pipeline.extract.language import load_model

load_model()
