"""More finite verb forms for :func:`onrecord.check.language.claim_lexicon.is_verb`.

The lexicon's lists (at their file's size limit) hold the speech verbs and the commonest
irregular forms; writers use many more in the sentences a claim is split from: "Cellwright's
plant caught fire", "who sits on that board", "is 88 en woont alleen", "is gebouwd in 1962 en
voldoet niet meer", "de omzet bedroeg", "behield zijn zetel". A verb the lists lack blocks a
split ("and"/"en" is then read as joining two noun phrases), so the forms here are the English
irregular pasts and short present forms the "-ed" rule cannot find, and the Dutch present
forms and strong pasts the weak-past pattern ("-de"/"-te") cannot find. Only forms that are
never also a common noun or adjective are listed ("leads" yes, "rose" no, "lid" no).
"""

from __future__ import annotations

from onrecord.text.wordsets import wordset as _w

__all__ = ["EN_MORE_VERBS", "NL_MORE_VERBS", "PAST_WORDS"]


EN_MORE_VERBS = _w(
    """
    caught catches sits sat split serves runs shut shuts grew grows drew threw wore tore broke breaks
    spent spends lent lends felt feels dealt meant taught teaches fought fights bore swore
    swears struck hid hides forgot forgets forgave forgives froze rode rang sang sings sank swam
    drove flew fled flees shook shakes stole steals forbade forbids withdrew withdraws overtook
    overtakes undertook undertakes oversaw oversees withheld withholds upheld upholds remains
    remained contains faces lacks owes
    """
)

NL_MORE_VERBS = _w(
    """
    woont woonde woonden voldoet voldeed voldeden bedroeg bedroegen bedraagt behield behielden
    behoudt hief hieven heft telt telde telden kost kostte kostten levert werkt verdient
    verdiende bezat bezaten ontving ontvangt geldt verliest verloor wint won draagt droeg rijdt
    reed loopt liep schiet schoot sluit sloot biedt bood doet deed leidt leidde leidden stijgt
    steeg daalt daalde daalden groeit groeide groeiden krijgt kreeg zit zat ligt lag hangt hing
    valt viel treedt trad roept riep vraagt vroeg verschijnt verscheen verdwijnt verdween blijkt
    bleek helpt hielp sterft stierf zwijgt zweeg bewijst bewees verbiedt verbood vergeet vergat
    leest las vecht vocht zendt zond begrijpt begreep grijpt greep ontstaat ontstond bestaat
    bestond ondergaat onderging ontbreekt ontbrak breekt brak verbreekt verbrak treft trof
    betreft betrof beweegt bewoog vergelijkt vergeleek kijkt keek lijkt leek bespreekt besprak
    bevindt bevond verbindt verbond onderschrijft onderschreef wijst wees verwijst verwees
    verzwijgt verzweeg drijft dreef schuift schoof slaat sloeg springt sprong zingt zong drinkt
    dronk vindt vond verbergt verborg werpt wierp trekt trok kiest koos verkoopt verkocht koopt
    kocht brengt bracht denkt dacht zoekt zocht mag mocht kan kon zal zou hoeft hoefde hoefden
    verhuisde verhuisden verhuist beheert beheerde beheerden
    rekende rekenden berekende berekenden betekende betekenden ondertekende ondertekenden opende
    openden
    """
)

# Past tenses and perfect auxiliaries that make a sentence with a time word a report.
PAST_WORDS = _w(
    """
    was were had did said wrote told made took gave went came left became began kept held knew
    thought sent sold bought won lost paid met led ran brought sought built stood fell chose
    spoke found has have
    waren hadden werd werden wilde wilden zei zeiden schreef schreven gaf gaven nam namen kwam
    kwamen ging gingen stond stonden bleef bleven vond vonden wist wisten zag zagen liet lieten
    hield hielden bood boden sprak spraken kon konden zou zouden moest moesten mocht mochten
    bracht brachten dacht dachten zocht zochten kocht kochten verkocht verkochten koos kozen
    verloor won trok sloot besloot verliet ontving begon begonnen schonk wees verwees verzweeg
    heeft hebben hebt stak staken deed deden
    withdrew drew grew threw flew rose spent felt meant heard caught taught fought struck forgot
    broke woke drove wore froze stole shook dug stuck rang sang sank drank swam fled bent lent
    dealt slept wept swept understood overtook undertook withheld upheld arose forbade oversaw
    saw
    kreeg kregen lag lagen hing viel vielen trad traden sloeg droeg vroeg vroegen schoot loog
    bedroog ontsloeg ontsloegen vertrok vertrokken verscheen verschenen verdween verdwenen bleek
    bleken hielp hielpen riep riepen liep liepen ving vingen stierf stierven zweeg zwegen bewees
    verbood vergat vergaten las lazen vocht vochten zond zonden begreep begrepen greep grepen
    steeg stegen ontstond ontstonden bestond bestonden onderging ondergingen ontbrak ontbraken
    brak braken verbrak trof troffen betrof bewoog vergeleek keek keken leek leken besprak
    bespraken bevond verbond onderschreef ontvingen wonnen dreef schoof zat zaten
    """
)
