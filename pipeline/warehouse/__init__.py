"""The warehouse: connections, migrations, runs, errors, the page claims; the embedded PostgreSQL."""
