"""Imported once by the workers' fork server (`core.WORKER_MODULES`): what every extraction worker
needs is loaded there, before the workers fork, instead of in each of them (the language model
costs about 0.65 s of CPU a worker, and workers are recycled every 1,000 pages)."""

from pipeline.extract.language import load_model

load_model()
