"""Verification: retrieve evidence, judge it under the evidence rules, aggregate into a verdict."""
