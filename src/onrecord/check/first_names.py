"""First names by gender, for he/she and hij/zij (a short list: unknown names fit either)."""

from __future__ import annotations


def _w(s: str) -> frozenset[str]:
    return frozenset(s.split())


FEMALE_FIRST = _w(
    """
    anna anne annemarie anouk beatrix carla caroline charlotte claire daphne elena elisabeth
    ellen emma esther eva fatima femke fleur hanna hannah ilse inge ingrid iris jane janet
    jennifer jessica julia julie karin laura lisa lotte maria marie marieke marloes mary
    michelle monique naomi nina noor olivia priya rachel sandra sanne sara sarah sophie sofia
    susan tamara vera wendy yvonne helen grace aoife niamh siobhan ciara ineke lotte merel
    anouk fenna kim lieke linda petra astrid hilde margriet jolanda mirjam amira yasmin zainab
    rebecca karen fiona megan
    """
)
MALE_FIRST = _w(
    """
    adam alexander bart bas ben bob bram chris daan david dennis dirk elon erik frank gerrit hans
    henk jan jasper jeroen johan john joost kees koen lars marcus mark martin michael mohammed
    niels noah paul peter pieter richard rob robert ruben sam sander sebastiaan stefan steven
    thomas tim tom wim willem owen hugo liam connor sean patrick declan joost marten sjoerd
    henk gert jelle wouter arjen maarten ahmed youssef omar
    simon marco erwin gordon samir tomas daniel james
    """
)
