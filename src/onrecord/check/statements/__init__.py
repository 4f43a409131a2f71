"""How one statement reads on its own (firmness, time, polarity, chatter), for verification and self-contradictions alike."""
