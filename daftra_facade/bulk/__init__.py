"""Bulk runs: outcomes, chunks, settling lost answers by reference, the job journal and
record files."""
