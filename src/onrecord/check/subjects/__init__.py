"""Subject resolution: who or what a claim is about, resolved to a person or organisation."""
