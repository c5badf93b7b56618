"""Use-cases that orchestrate domain, storage and export; no Qt."""
