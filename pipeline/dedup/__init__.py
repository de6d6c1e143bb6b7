"""Deduplication: fingerprints, the LSH index in the warehouse, the near-duplicate linker."""
