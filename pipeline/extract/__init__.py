"""Article extraction: trafilatura, structural and line layers, metadata, site templates, worker pool."""
