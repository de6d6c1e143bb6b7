"""The pipeline's stages, as the DAG tasks and the CLI call them: poll, fetch, extract, load."""
