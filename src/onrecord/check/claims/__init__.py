"""Claim extraction: which sentences of a document are claims, split into single assertions, with their claimant framing taken off."""
