"""Words, names, text helpers and word order of English and Dutch, shared by claim extraction and subject resolution."""
