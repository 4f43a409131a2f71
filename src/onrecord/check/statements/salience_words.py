"""Word lists for :mod:`onrecord.check.statements.salience`: stop words per language (English, Dutch,
German, French), the words that make a clause (auxiliaries, pronoun subjects), and the
scheduling and time words of mail chatter. All keys are lower case, with ``'`` for ``’``."""

from __future__ import annotations

from onrecord.text.wordsets import wordset as _w

# Stop words: function words, discourse words, light verbs ("think", "get", "see") and mail
# meta words ("attached", "below", "email"). A statement's content words are the rest.
# Deliberately NOT stop words: stance words ("against", "tegen", "fine", "prima"), negations are.
STOP_EN = _w(
    """
    a an the this that these those it its itself i me my mine myself we us our ours ourselves
    you your yours yourself yourselves u ya he him his himself she her hers herself they them
    their theirs themselves one ones what which who whom whose when where why how whatever
    is are was were be been being am s re m ll ve d do does did doing done have has had having
    will would shall should can could ca may might must ought need needs wo sha
    not no nor never nothing none and or but if then else so than too very just also only even
    still yet already again ever of at by for with about between into through during before
    after above below to from up down in out on off over under here there now once all any
    both each few more most other some such own same several many much lot lots bit bunch as
    until while because since though although unless whether please pls plz yes yeah yep ok
    okay oh ah well hmm hi hey really quite rather pretty maybe perhaps probably actually
    basically certainly definitely surely anyway anyhow however therefore thus hence besides
    meanwhile indeed instead otherwise also further furthermore moreover additionally
    get got gets getting gotten go goes going went gone come comes came coming make makes made
    making let lets take takes took taking give gives gave put puts say says said saying tell
    tells told think thinks thought know knows knew known guess suppose mean means meant see
    sees saw seen seeing look looks looked looking seem seems seemed feel feels felt want wants
    wanted try tries tried hope hoped wonder wondering like thing things stuff something
    anything everything someone anyone everyone nobody somebody anybody everybody way ways
    kind sort etc eg ie fyi re fw fwd cc pm am time times attached attachment attachments
    enclosed herewith forward forwarding forwarded email emails e-mail e-mails mail message
    note question questions thoughts comments input feedback info thank thanks sure yup discuss
    discussed discussing discussion talk chat next last coming following
    """
)
STOP_NL = _w(
    """
    de het een der des den ik mij me mijn mijne wij we ons onze jij je jou jouw u uw jullie
    hij hem zijn zij ze haar hun hen men zich zelf elkaar dit dat deze die wat wie welk welke
    waar wanneer waarom hoe hoezo is ben bent was waren wees geweest wordt worden werd werden
    word zal zult zullen zou zouden moet moeten moest moesten kan kun kunt kunnen kon konden
    mag mogen mocht wil wilt willen wilde heb hebt heeft hebben had hadden hoeft hoeven doe
    doet doen deed gedaan ga gaat gaan ging gegaan kom komt komen kwam laat laten liet krijg
    krijgt krijgen kreeg zeg zegt zeggen zei denk denkt denken dacht weet weten wist zie ziet
    zien zag lijkt lijken vind vindt vinden hoop hoopt hopen niet geen nooit niets nee ja en
    of maar want dus dan als omdat zodat hoewel tenzij terwijl toen nadat voordat totdat van
    in op aan met voor bij naar uit over onder boven door om tot toe tussen na zonder sinds
    via per er hier daar nu al nog ook wel even heel erg zeer zo te best eigenlijk gewoon
    natuurlijk misschien waarschijnlijk toch juist echt alleen pas reeds weer steeds vaak
    soms meteen alle alles allemaal iets niemand iemand iedereen elk elke ieder iedere veel
    meer meest weinig minder enkele sommige andere ander graag alsjeblieft aub hoor ding
    dingen manier keer bijlage bijlagen bijgevoegd hieronder hierboven mail mailtje e-mail
    bericht vraag vraagje vragen dank bedankt oké ok nou hè bespreken besproken overleggen
    volgende vorige komende
    """
)
STOP_DE = _w(
    """
    der die das den dem des ein eine einen einem einer eines ich mich mir mein meine wir uns
    unser unsere du dich dir dein ihr euch euer sie ihnen ihre er ihn ihm sein seine es man
    sich was wer wie wo wann warum welche welcher dies diese dieser dieses ist sind war waren
    bin bist gewesen wird werden wurde wurden soll sollen sollte muss müssen kann können
    konnte darf dürfen will wollen möchte hat haben hatte hatten habe tun macht machen gibt
    geht gehen nicht kein keine keinen nie nichts nein ja und oder aber denn also dann wenn
    weil dass ob als obwohl von in im an am auf aus bei mit nach zu zum zur für über unter
    vor durch um bis ohne seit hier da dort jetzt noch schon auch nur sehr so mal doch eben
    halt wohl bitte danke alle alles etwas viel mehr einige andere anhang nächste nächsten
    """
)
STOP_FR = _w(
    """
    le la les l un une des du de d au aux je j me m moi mon ma mes nous notre nos tu te t toi
    ton ta tes vous votre vos il elle ils elles lui leur leurs se s son sa ses on ce c cet
    cette ces ça cela ceci qui que qu quoi dont où quand comment pourquoi est sont était
    étaient être été sera seront suis es sommes êtes ai as a avons avez ont avait avoir fait
    faire peut peuvent pouvons doit doivent faut va vont voir voit ne n pas plus jamais rien
    non oui et ou mais donc car si comme parce puis alors en dans sur sous par pour avec sans
    chez entre vers depuis après avant y ici là très bien aussi encore déjà tout tous toute
    toutes quelque quelques autre autres merci svp prochain prochaine
    """
)
STOP = {"en": STOP_EN, "nl": STOP_NL, "de": STOP_DE, "fr": STOP_FR}
# Stop words in one language that are content words in another: left out of the union used
# when the language is unknown, so that an English "want" or "war" still counts.
AMBIGUOUS = _w("want door men die car son pour plus hat war man bin mist kind")
STOP_ANY = (STOP_EN | STOP_NL | STOP_DE | STOP_FR) - AMBIGUOUS

# Words that make a finite clause: auxiliaries, copulas, modals (with "s", "re", "ll", ... of
# split contractions).
AUX = _w(
    """
    is are was were am be been s re m ll ve d will would shall should can could may might must
    has have had do does did need needs ca wo
    ben bent zijn waren wordt worden werd werden zal zult zullen zou zouden moet moeten moest
    kan kunt kunnen kon mag mogen mocht wil wilt willen heb hebt heeft hebben hadden hoeft
    blijft blijven ist sind bin bist wird werden wurde soll sollen sollte muss müssen können
    darf hat haben hatte est sont était sera seront suis sommes ont avait doit doivent peut
    peuvent va vont faut
    """
)
# Irregular English past tenses (regular ones end in "-ed"): "Prices rose."; Dutch past tenses
# of verbs also in the stop list ("Iedereen kreeg het minimumloon.")
PAST = _w(
    """
    rose fell grew sold bought paid won lost left went made took gave said told kept held met
    ran began became brought built came chose cut drew drove fought found flew forgot heard hit
    knew led lent meant quit rode sent set shut sat spent spoke stood struck swore taught threw
    understood wore wrote withdrew broke got steeg daalde stegen daalden groeide kocht verkocht
    betaalde besloot besloten kreeg kregen gaf gaven nam namen hield hielden verloor verloren
    verdiende verdienden stuurde stuurden
    """
)
# Subjects the author resolves: a first or second person ("I will pay for it.") and
# existential "there is"; an "it"/"this" subject says nothing on its own ("It just isn't zero.").
RESOLVED = _w("i we you ik wij jij jullie u ich wir du ihr nous vous je on")
DEMONSTRATIVE = _w("it this that these those het dit dat deze es das dies ça cela ceci ce c")
EXISTENTIAL = _w("there er")
# Leading words skipped before looking for the subject ("But we will...", "Maar ik...").
DISCOURSE = _w(
    """
    and but so or also well yes no ok okay oh however anyway then still yet now
    en maar dus of ook nou ja nee oké toch und aber also doch et mais donc alors
    """
)
# Determiners: "meeting the deadline" is a verb with its object, not a meeting.
DETERMINERS = _w(
    """
    the a an our their its his her my your this that these those all every each any some
    de het een onze ons hun zijn haar mijn jouw die dat deze alle elke ieder iedere
    """
)

# Scheduling: strong words make a statement about meetings, calls, meals or travel ...
SCHEDULING = _w(
    """
    meeting meetings call calls phone telecon teleconference conf conference dial-in dialin zoom
    webex skype hangout invite invitation calendar appointment reschedule rescheduled slot slots
    ooo out-of-office vacation holiday holidays pto travel travelling
    traveling trip flight flights fly flying taxi cab hotel airport pickup lunch lunches dinner
    dinners breakfast brunch supper coffee drinks beer beers steak sushi pizza burger
    restaurant bistro pub cafe café catering cake cakes canteen dentist hairdresser
    meet vergadering vergaderen vergadert afspraak afspreken bellen belletje belt bel
    telefoontje uitnodiging beschikbaar vakantie reis vlucht trein ophalen lunchen diner
    dineren ontbijt koffie borrel borrelen etentje taart gebak kantine tandarts kapper
    termin besprechung treffen anrufen telefonieren telefonat urlaub reise flug zug
    mittagessen abendessen frühstück kaffee
    réunion rendez-vous rdv appel appeler téléphoner vacances voyage déjeuner dîner
    """
)
# ... weak words only next to a strong word or a time ("move the call", "the steak place").
SCHEDULING_WEAK = _w(
    """
    move push shift postpone cancel cancelled canceled moved pushed book booked booking
    reservation table place venue room office leave leaving back join attend arrive arriving
    land landing pick schedule scheduled agenda free busy works suits available availability
    verzetten verschuiven schuiven verplaatsen afzeggen annuleren agenda plek zaal kantoor
    vrij lukt past kom
    verschieben absagen büro frei
    déplacer annuler bureau libre
    """
)
# Times of day and days near at hand (not months or years: "We moved in 2021" is a fact).
TIME = _w(
    """
    today tonight tomorrow monday tuesday wednesday thursday friday saturday sunday mondays
    tuesdays wednesdays thursdays fridays mon tue tues wed thu thur thurs fri weekend morning
    afternoon evening noon midday lunchtime week asap later soon o'clock eod cob
    vandaag vanavond vanmiddag vanochtend morgen morgenochtend morgenmiddag overmorgen maandag
    dinsdag woensdag donderdag vrijdag zaterdag zondag ochtend middag avond straks uur week
    heute übermorgen montag dienstag mittwoch donnerstag freitag samstag sonntag wochenende
    nachmittag abend uhr woche
    aujourd'hui demain lundi mardi mercredi jeudi vendredi samedi dimanche matin après-midi
    soir heures semaine
    """
)
# Who a salutation addresses besides names: groups, titles, name particles, "and".
ADDRESS_WORDS = _w(
    """
    all y'all everyone everybody team folks guys gals people colleagues friends there both
    again gentlemen ladies allemaal iedereen allen allebei collega's collegas team jongens lui
    zusammen alle leute kollegen kolleginnen à tous toutes l'équipe collègues amis
    mr mr. mrs mrs. ms ms. dr dr. prof prof. sir madam dhr dhr. mevr mevr. mevrouw meneer heer
    heren dames herr frau monsieur madame mademoiselle
    and en und et & van de der den ter ten von du la le da di 't
    """
)
