"""Export layer: one document model rendered to DOCX and PDF (no Qt, no storage)."""
