"""newsflow: RSS/news ingestion pipeline."""
