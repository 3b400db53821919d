"""Bulk runs: options, outcomes, chunks, settling lost answers by reference, and the job
store that makes a run resumable."""
