"""Self-contradictions in one person's record, and the timeline built on them."""
