"""First names by gender, for he/she and hij/zij (a short list: unknown names fit either)."""

from __future__ import annotations

from onrecord.text.wordsets import wordset as _w

FEMALE_FIRST = _w(
    """
    anna anne annemarie anouk beatrix carla caroline charlotte claire daphne elena elisabeth
    ellen emma esther eva fatima femke fleur hanna hannah ilse inge ingrid iris jane janet
    jennifer jessica julia julie karin laura lisa lotte maria marie marieke marloes mary
    michelle monique naomi nina noor olivia priya rachel sandra sanne sara sarah sophie sofia
    susan tamara vera wendy yvonne helen grace aoife niamh siobhan ciara ineke lotte merel
    anouk fenna kim lieke linda petra astrid hilde margriet jolanda mirjam amira yasmin zainab
    rebecca karen fiona megan alison paula marjolein amy alice catherine deborah denise diane
    eleanor emily gemma hazel heather joanne kate katherine louise lucy margaret moira natalie
    nicola patricia ruth sally samantha sharon stephanie victoria zoe janneke ria annelies
    bianca chantal danielle ilona karlijn manon mieke nicole renate rianne saskia wilma
    """
)
MALE_FIRST = _w(
    """
    adam alexander bart bas ben bob bram chris daan david dennis dirk elon erik frank gerrit hans
    henk jan jasper jeroen johan john joost kees koen lars marcus mark martin michael mohammed
    niels noah paul peter pieter richard rob robert ruben sam sander sebastiaan stefan steven
    thomas tim tom wim willem owen hugo liam connor sean patrick declan joost marten sjoerd
    henk gert jelle wouter arjen maarten ahmed youssef omar
    simon marco erwin gordon samir tomas daniel james kevin stephen andrew anthony brian colin
    craig edward gareth graham harry ian jack jonathan joseph keith matthew neil oliver philip
    rhys ryan scott stuart alan george joris lucas luuk rik rutger thijs bastiaan hendrik klaas
    gijs harm
    """
)
