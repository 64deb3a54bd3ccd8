"""Polish attribution cues (PAP wire copy, national and regional press: "według",
"zdaniem", "jak podaje", "wynika z danych", "do którego dotarł", pro-drop "Dodał, że…")
and suffix rules for the nominative of institution and person names."""

from __future__ import annotations

from dataclasses import replace

from . import LanguageCues, MorphRules, head_table


def _past(stems: str) -> tuple[str, ...]:
    """ł/ła/ło/li/ły; "-ia" stems take "-ieli" in the masculine-personal plural
    ("powiedzieli"), consonant stems add the endings directly ("ostrzegł")."""
    out: list[str] = []
    for s in stems.split():
        out += [s + "ł", s + "ła", s + "ło", s + "ły"]
        out.append(s[:-1] + "eli" if s.endswith("ia") else s + "li")
    return tuple(out)


_PAST_STEMS = (
    "zarzuci przyzna "
    "powiedzia poinformowa przekaza oświadczy stwierdzi doda podkreśli zaznaczy oceni "
    "ogłosi potwierdzi zaprzeczy wyjaśni przyzna zapowiedzia poda ostrzeg napisa zauważy "
    "przypomnia wskaza zapewni uzna ustali pozostawi postanowi uchwali alarmowa relacjonowa tłumaczy odpowiedzia "
    "skomentowa zdementowa zadeklarowa twierdzi mówi uważa przekonywa zapewnia informowa "
    "opowiedzia zaapelowa apelowa skrytykowa oskarży odrzuci zakwestionowa zgodzi "
    "szacowa obieca zasugerowa sugerowa oznajmi dowodzi argumentowa ujawni opisa "
    "powtórzy zwróci wezwa zażąda domaga przestrzeg potwierdza sprostowa zaprzecza "
    "stwierdza dodawa podkreśla zaznacza wylicza wyliczy prognozowa przewidywa "
    "orzek zdecydowa wyjaśnia naliczy doliczy"
)
_PAST = _past(_PAST_STEMS)
# warned in advance ("– uprzedziła rzeczniczka"), wrote ("jak pisał tygodnik X"); "wiążą
# wzrost z …" (researchers link a cause: plural only)
_PAST += _past("uprzedzi ostrzega pisa") + ("wiążą", "wiązali", "wiązały")


def _impersonal(stems: str) -> tuple[str, ...]:
    """The impersonal "-no" form: "-a" stems add "no" ("powiedziano", "dodano"), "-i/-y"
    stems take "-ono" ("podkreślono", "zaznaczono"), "-ni" keeps its i ("oceniono"), "-si"
    becomes "-szono" ("ogłoszono")."""
    out = []
    for s in stems.split():
        if s.endswith("a"):
            out.append(s + "no")
        elif s.endswith("ni"):
            out.append(s + "ono")
        elif s.endswith("si"):
            out.append(s[:-2] + "szono")
        elif s.endswith(("i", "y")):
            out.append(s[:-1] + "ono")
    return tuple(out)


# "Jak podkreślono w urzędzie", "W ministerstwie zaznaczono": the impersonal form with its
# place, for the common reporting verbs
_PAST += _impersonal(
    "powiedzia oświadczy stwierdzi doda podkreśli zaznaczy oceni ogłosi potwierdzi "
    "zaprzeczy wyjaśni zapowiedzia napisa zauważy przypomnia wskaza zapewni uzna "
    "uprzedzi odpowiedzia zadeklarowa skomentowa"
)
# "doszedł do wniosku", "doszli do przekonania": a conclusion reported like a statement.
_VERB_PHRASES = tuple(
    f"{v} do {o}"
    for v in ("doszedł", "doszła", "doszło", "doszli", "doszły", "dochodzi", "dochodzą")
    for o in ("wniosku", "wniosków", "przekonania")
)
# Round 7: "zwrócił uwagę" (pointed out), every gender, number and tense; "zastrzegł"
# (made a reservation) and "odparł" (rebutted), past and present.
_VERB_PHRASES += tuple(f"{v} uwagę" for v in (*_past("zwróci zwraca"), "zwraca", "zwracają"))
_PAST += (
    *("zastrzegł", "zastrzegła", "zastrzegło", "zastrzegli", "zastrzega", "zastrzegają"),
    *("odparł", "odparła", "odparli", "odpiera", "odpierają"),
)


def _present(stems: str) -> tuple[str, ...]:
    """The third-person present of the imperfective past stems: "-owa/-ywa/-iwa" stems
    take "-uje/-ują" ("szacowa" -> "szacuje"; not "-dawa", whose present is "-daje"), a
    first-conjugation stem in "-cza/-la/-nia/-dza/-ga/-ża" is its own singular and adds
    "-ją" ("wylicza" -> "wyliczają"). A stem prefixed z-/s- (za-, zde-, sko-; not su-, sz-)
    or po- before "-owa" is perfective (its "present" is a future: "zdecyduje",
    "poinformuje"); a stem of another shape is left to the list."""
    out: list[str] = []
    for s in stems.split():
        if s.startswith(("z", "s")) and not s.startswith(("su", "sz")):
            continue
        if s.endswith(("owa", "ywa", "iwa")) and not s.endswith("dawa") and s[:2] != "po":
            head = s[:-3]
            out += [head + "uje", head + "ują"]
        elif s.endswith(("cza", "la", "nia", "dza", "ga", "ża")):
            out += [s, s + "ją"]
    return tuple(out)


_PRESENT = [
    "zauważa",
    "zauważają",
    "wyjaśniają",
    "przypominają",
    "alarmują",
    "mówi",
    "mówią",
    "twierdzi",
    "twierdzą",
    "uważa",
    "uważają",
    "podaje",
    "podają",
    "informuje",
    "informują",
    "pisze",
    "piszą",
    "przekonuje",
    "przekonują",
    "zaznacza",
    "zaznaczają",
    "podkreśla",
    "podkreślają",
    "dodaje",
    "dodają",
    "ocenia",
    "oceniają",
    "ostrzega",
    "ostrzegają",
    "szacuje",
    "szacują",
    "wskazuje",
    "wskazują",
    "alarmuje",
    "alarmują",
    "przyznaje",
    "przyznają",
    "zapewnia",
    "zapewniają",
    "tłumaczy",
    "tłumaczą",
    "wyjaśnia",
    "wyjaśniają",
    "przypomina",
    "przypominają",
    "zapowiada",
    "zapowiadają",
    "relacjonuje",
    "relacjonują",
    "opowiada",
    "opowiadają",
    "zaprzecza",
    "zaprzeczają",
    "potwierdza",
    "potwierdzają",
    "przekazuje",
    "przekazują",
    "odpowiada",
    "odpowiadają",
    "zaleca",
    "zalecają",
    "rekomenduje",
    "rekomendują",
    "prognozuje",
    "prognozują",
    "przewiduje",
    "przewidują",
    "apeluje",
    "apelują",
    "poinformowano",
    "przekazano",
    "podano",
    "ustalono",
    "oszacowano",
    "wyliczono",
]
_GERUNDS = [
    "mówiąc",
    "dodając",
    "podkreślając",
    "twierdząc",
    "zaznaczając",
    "odpowiadając",
    "wskazując",
    "informując",
    "argumentując",
    "tłumacząc",
    "przekonując",
    "powołując",
    "tłumacząc",
    "argumentując",
    "uzasadniając",
    "ostrzegając",
    "zapewniając",
    "przypominając",
]

_FEM_FIRST = (
    "anna maria katarzyna małgorzata agnieszka barbara ewa elżbieta joanna zofia "
    "magdalena monika teresa danuta natalia karolina aleksandra marta beata dorota alicja "
    "jolanta iwona halina irena krystyna grażyna justyna paulina kamila weronika julia "
    "agata renata urszula sylwia izabela wanda marianna hanna emilia wiktoria oliwia "
    "gabriela michalina patrycja klaudia dominika edyta lucyna bożena violetta wioletta "
    "janina helena jadwiga stanisława genowefa wiesława czesława mirosława bogumiła "
    "bogusława kinga ewelina marzena aneta żaneta lena zuzanna maja amelia laura milena "
    "angelika adrianna lidia ilona sabina regina stefania olga jagoda roksana"
)
# Round 12: "GUS odnotował", "notuje"; "nie zgadzają się z tym" (a stance, every gender and
# number; "się" is a particle).
_ROUND12_VERBS = (
    *(f for f in _past("odnotowa") if not f.endswith("li")),
    *_past("zgadza zgodzi"),
    *("odnotowuje", "odnotowują", "notuje", "notują", "zgadza", "zgadzają"),
)

CUES = LanguageCues(
    code="pl",
    # "Z faktur … wynika, że", "Из данных … следует": the source first, in the genitive
    # "X, na którego powołuje się Y": every gender and number of the relative (the
    # neuter too: an agency, a ministry), every tense of the verb
    cited_by_relatives=tuple(
        f"na {relative} {verb}"
        for relative in ("którego", "którą", "które", "których")
        for verb in (
            "powołuje się",
            "powołują się",
            "powołała się",
            "powołał się",
            "powołało się",
            "powołali się",
            "powołały się",
        )
    ),
    published_participles=("opublikowan",),
    published_preps=("w", "we"),
    title_heads=("autor", "współautor", "kierowni", "koordynator", "uczestni", "redaktor"),
    there_words=("tam",),
    euphonic_variants=(("w", "we"), ("z", "ze")),
    own_stems=("własn", "swoj", "swój", "swe"),
    passive_report_openers=("jak",),
    passive_report_verbs=(
        *("czytamy", "napisano", "podano", "wskazano", "stwierdzono", "zaznaczono"),
        *("podkreślono", "zapisano", "odnotowano"),
    ),
    passive_report_preps=("w", "we"),
    anaphoric_determiners=("tych", "tymi", "tym", "tego", "tej", "tychże", "tymże", "tegoż"),
    person_nouns=("osob", "osób"),
    preposed_follow=(
        ("Z", "Ze"),
        ("wynika", "wynikało", "wynikają", "wynikały", "wyniknęło", "wyłania się"),
    ),
    anonymous_relatives=(
        "którzy chcieli zachować",
        "który chciał zachować",
        "która chciała zachować",
        "którzy zastrzegli sobie",
        "którzy woleli zachować",
        "którzy poprosili",
        "który poprosił",
        "która poprosiła",
        "które poprosiły",
        "którzy prosili",
        "który prosił",
        "która prosiła",
        "proszący",
        "prosząca",
        "prosząc",
        "pragnący zachować",
        "pragnąca zachować",
        "chcący zachować",
        "chcąca zachować",
        "zastrzegając",
        "którzy zastrzegli",
        "który zastrzegł",
        "która zastrzegła",
        "który chciał pozostać",
        "która chciała pozostać",
        "którzy chcieli pozostać",
        "które chciały pozostać",
        "który wolał pozostać",
        "która wolała pozostać",
        "którzy woleli pozostać",
        "chcący pozostać",
        "chcąca pozostać",
        "który nie chciał ujawniać",
        "która nie chciała ujawniać",
        "którzy nie chcieli ujawniać",
    ),
    numerals=(
        "czterech",
        "kilkorga",
        "dwóch",
        "dwie",
        "dwaj",
        "trzech",
        "trzy",
        "trzej",
        "kilku",
        "kilka",
        "jeden",
        "jedna",
    ),
    adjective_suffixes=(),
    info_nouns=(
        *("informacj", "dane", "dany", "danych", "szacun", "wylicze", "ocen"),
        # "jak wynika z odpowiedzi ministerstwa": an answer or comment has its author after it
        *("odpowiedzi", "komentarz"),
    ),
    verbs=_PAST + tuple(dict.fromkeys((*_PRESENT, *_present(_PAST_STEMS)))) + _ROUND12_VERBS,
    # people in the nominative plural ("deweloperzy", "rolnicy", "urzędnicy", "ekonomiści")
    people_plural_endings=(
        "owcy",
        "ańcy",
        "arze",
        "erzy",
        "orzy",
        "nicy",
        "iści",
        "yści",
        "ycy",
        "icy",
        "anci",
        "enci",
        "owie",
        # round 17: "sąsiedzi", "hydrolodzy", "sprzedawcy", "przedsiębiorcy", "eksperci",
        # "nauczyciele", "właściciele", "emeryci"
        *("siedzi", "lodzy", "awcy", "orcy", "erci", "ciele", "eryci"),
    ),
    comitative_preps=("z", "ze"),
    guilt_objects=("winy", "winę", "zarzutów", "zarzuty"),
    conjunctions=("i", "oraz"),
    partitive_pronouns=("nich", "nas", "was", "których"),
    request_preps=("na pytania", "na zapytanie", "na prośbę"),
    adverb_endings=("alnie", "ycznie", "icznie", "ownie"),
    verb_phrases=_VERB_PHRASES,
    gerunds=tuple(_GERUNDS),
    lead_cues=(
        # "as X shows": data or a document as the subject of the cue, in the nominative
        ("jak pokazuje", "nomn"),
        ("jak pokazują", "nomn"),
        ("jak pokazał", "nomn"),
        ("jak pokazała", "nomn"),
        ("jak pokazały", "nomn"),
        ("jak wskazuje", "nomn"),
        ("jak wskazują", "nomn"),
        ("jak dowodzi", "nomn"),
        ("jak dowodzą", "nomn"),
        # what a document shows, with or without the conjunction ("…, следует из материалов")
        ("wynika ze", "gent"),
        ("jak wynika ze", "gent"),
        ("według", "gent"),
        ("zdaniem", "gent"),
        ("w opinii", "gent"),
        ("w ocenie", "gent"),
        ("jak wynika z danych", "gent"),
        ("jak wynika z raportu", "gent"),
        ("jak wynika z", "gent"),
        ("wynika z danych", "gent"),
        ("wynika z raportu", "gent"),
        ("wynika z analizy", "gent"),
        ("wynika z badania", "gent"),
        ("wynika z badań", "gent"),
        ("wynika z informacji", "gent"),
        ("wynika z", "gent"),
        ("z danych", "gent"),
        ("z informacji", "gent"),
        ("z raportu", "gent"),
        ("z wyliczeń", "gent"),
        ("z szacunków", "gent"),
        ("jak szacuje", "nomn"),
        ("jak wyliczył", "nomn"),
        ("jak wyliczyła", "nomn"),
        ("na podstawie danych", "gent"),
        ("na podstawie informacji", "gent"),
        ("wedle", "gent"),
    ),
    citing_cues=(
        ("powołując się na", "accs"),
        ("powołując się na informacje", "gent"),
        ("powołując się na dane", "gent"),
        ("cytując", "accs"),
        ("za pośrednictwem", "gent"),
    ),
    relay_cues=(
        ("cytowany przez", "accs"),
        ("cytowana przez", "accs"),
        ("w komentarzu dla portalu", "gent"),
        ("w rozmowie z", "ablt"),
        # "w odpowiedzi na pytania „Gazety Lubuskiej” przekazał": the outlet that asked
        ("w odpowiedzi na pytania", "gent"),
        ("w odpowiedzi na zapytanie", "gent"),
        ("w rozmowie telefonicznej z", "ablt"),
        ("w wywiadzie dla", "gent"),
        ("w wywiadzie z", "ablt"),
        ("w wywiadzie udzielonym", "datv"),
        ("w komentarzu dla", "gent"),
        ("w oświadczeniu dla", "gent"),
        ("na antenie", "gent"),
        ("w rozmowie na antenie", "gent"),
        ("w audycji na antenie", "gent"),
        ("w programie", "gent"),
        ("w audycji", "gent"),
        ("w rozmowie dla", "gent"),
        ("dla", "gent"),
        ("przekazał", "datv"),
        ("przekazała", "datv"),
        ("przekazali", "datv"),
        ("powiedział", "datv"),
        ("powiedziała", "datv"),
        ("powiedzieli", "datv"),
        ("mówi", "datv"),
        ("zdradził", "datv"),
        ("zdradziła", "datv"),
        # "poinformowała PAP, że …": informed takes the outlet in the accusative
        ("poinformował", "accs"),
        ("poinformowała", "accs"),
        ("poinformowali", "accs"),
        # every reporting verb that takes its addressee in the dative ("распавёў выданню
        # «X»"); not the neuter, whose outlet after it is its subject ("przekazało Radio X")
        ("zdradzili", "datv"),
        ("potwierdził", "datv"),
        ("potwierdziła", "datv"),
        ("potwierdzili", "datv"),
        ("wyjaśnił", "datv"),
        ("wyjaśniła", "datv"),
        ("wyjaśnili", "datv"),
        ("opowiedział", "datv"),
        ("opowiedziała", "datv"),
        ("opowiedzieli", "datv"),
        ("przyznał", "datv"),
        ("przyznała", "datv"),
        ("przyznali", "datv"),
    ),
    possession_cues=(
        # "seen by": the outlet that read the document ("с которым ознакомилось агентство X")
        ("zapoznał się", "nomn"),
        ("zapoznała się", "nomn"),
        ("zapoznało się", "nomn"),
        ("zapoznali się", "nomn"),
        ("do którego dotarł", "nomn"),
        ("do którego dotarła", "nomn"),
        ("do którego dotarło", "nomn"),
        ("do którego dotarli", "nomn"),
        ("do której dotarł", "nomn"),
        ("do której dotarła", "nomn"),
        ("do której dotarło", "nomn"),
        ("do której dotarli", "nomn"),
        ("do których dotarł", "nomn"),
        ("do których dotarła", "nomn"),
        ("do których dotarło", "nomn"),
        ("do których dotarli", "nomn"),
        ("do którego dotarliśmy", "nomn"),
        ("w posiadaniu", "gent"),
        ("uzyskany przez", "accs"),
        ("uzyskana przez", "accs"),
        ("uzyskane przez", "accs"),
        ("opublikowany przez", "accs"),
        ("opublikowana przez", "accs"),
        ("opublikowane przez", "accs"),
        ("ujawniony przez", "accs"),
        ("ujawniona przez", "accs"),
        ("ujawnione przez", "accs"),
        ("który uzyskał", "nomn"),
        ("którą uzyskał", "nomn"),
        ("które uzyskał", "nomn"),
        ("który opublikował", "nomn"),
        ("które opublikował", "nomn"),
        ("który opublikowała", "nomn"),
        ("które opublikowała", "nomn"),
        ("który zobaczył", "nomn"),
        ("które widział", "nomn"),
    ),
    pronoun_cues=(
        # "according to his words" with the noun after the pronoun
        "według jego słów",
        "według jej słów",
        "według ich słów",
        "według niego",
        "według niej",
        "według nich",
        "jego zdaniem",
        "jej zdaniem",
        "ich zdaniem",
        "w jego ocenie",
        "w jej ocenie",
        "w jego opinii",
        "w jej opinii",
        "jak dodał",
        "jak dodała",
        "jak podkreślił",
        "jak podkreśliła",
        "jak zaznaczył",
        "jak zaznaczyła",
        "jak przekonywał",
        "jak przekonywała",
        "jak mówi",
        "jak powiedział",
        "jak powiedziała",
        "jak wyjaśnił",
        "jak wyjaśniła",
        "jak tłumaczy",
        "jak przyznał",
        "jak przyznała",
        "jak ocenił",
        "jak oceniła",
        "jak poinformował",
        "jak poinformowała",
        "jak zapewnił",
        "jak zapewniła",
        "jak przypomniał",
        "jak przypomniała",
    ),
    pronouns=("on", "ona", "oni", "one"),
    data_nouns=(
        # locative stems alternate t -> c ("w raporcie", "w dokumencie", "w komunikacie")
        "raporc",
        "dokumenc",
        "komunikac",
        "raport",
        "dane",
        "danych",
        "danymi",
        "badani",
        "badań",
        "analiz",
        "sondaż",
        "ankiet",
        "statystyk",
        "zestawieni",
        "sprawozdani",
        "dokument",
        "notatk",
        "pism",
        "komunikat",
        "oświadczeni",
        "wyliczeni",
        "szacun",
        "prognoz",
        "audyt",
        "kontrol",
        "protokół",
        "protokoł",
        "ustaleni",
        "opracowani",
        "wyrok",
        "postanowieni",
        "orzeczeni",
        "nagrani",
        "zapis",
        "stenogram",
        "korespondencj",
        "publikacj",
        # the indictment, a document that names no author: the document is the source
        "akt oskarżenia",
        "aktu oskarżenia",
        "akcie oskarżenia",
        "aktem oskarżenia",
    ),
    agent_preps=(("przez", "accs"),),
    anonymous_nouns=("źródł", "informator", "rozmówc", "insider"),
    anonymous_markers=(
        "anonimow",
        "prosi o anonimowość",
        "prosił o anonimowość",
        "prosiła o anonimowość",
        "zastrzegł anonimowość",
        "zastrzegła anonimowość",
        "chce zachować anonimowość",
        "chcący zachować anonimowość",
        "pragnący zachować anonimowość",
        "zbliżon",
        "znając",
        "zaznajomion",
        "nieoficjalnie",
        "proszący o anonimowość",
        "niewymienion",
        "pragnąca zachować",
    ),
    impersonal_preps=(("w", "loct"), ("we", "loct")),
    kind_markers=(
        (
            "head_of_state",
            (
                "prezydent",
                "premier",
                "prezes rady ministrów",
                "kanclerz",
                "król",
                "dyktator",
                "głowa państwa",
            ),
        ),
        ("anonymous", ("anonimow", "źródł", "informator", "rozmówc")),
        (
            "intercepted_communication",
            (
                "podsłuch",
                "nagrani",
                "rozmow",
                "zapis rozmowy",
                "telefon",
                "przechwycon",
                "stenogram",
            ),
        ),
        (
            "leaked_document",
            ("dokument", "notatk", "wyciek", "wewnętrzn", "pism", "korespondencj", "memorand"),
        ),
        (
            "court_record",
            (
                "sąd",
                "sądu",
                "sędzi",
                "sędzia",
                "trybunał",
                "prokurat",
                "prokurator",
                "wyrok",
                "orzeczeni",
                "postanowieni",
                "śledcz",
                "akt oskarżenia",
            ),
        ),
        (
            "dataset",
            (
                "statystyk",
                "statystyczn",
                "dane",
                "danych",
                "GUS",
                "spis",
                "eurostat",
                "indeks",
                "sondaż",
                "ankiet",
                "cbos",
            ),
        ),
        (
            "academic_study",
            (
                "uniwersytet",
                "politechnik",
                "instytut",
                "akademi",
                "naukow",
                "badacz",
                "profesor",
                "prof",
                "uczeln",
                "katedr",
                "ośrodek badań",
                "think tank",
                "czasopism",
            ),
        ),
        (
            "ngo",
            (
                "fundacj",
                "stowarzyszeni",
                "organizacj pozarządow",
                "pozarządow",
                "NGO",
                "helsińsk",
                "amnesty",
                "inicjatyw",
                "ruch",
                "związek",
                "grupa granica",
                "grup",
                "wolontariusz",
                "aktywist",
                "obrońc praw",
                "praw człowieka",
            ),
        ),
        (
            "news_outlet",
            (
                "portal",
                "gazet",
                "dziennik",
                "tygodnik",
                "miesięcznik",
                "telewizj",
                "radio",
                "radia",
                "radiu",
                "radiem",
                "agencj prasow",
                "agencja prasowa",
                "agencji prasowej",
                "serwis",
                "redakcj",
                "dziennikar",
                "reporter",
                "stacj",
                "rozgłośni",
                "PAP",
                "TVN",
                "TVP",
                "RMF",
                "polsat",
                "onet",
                "wp.pl",
                "interia",
                "rzeczpospolita",
                "wyborcz",
                "kurier",
                "wiadomości",
                "fakt",
                "newsweek",
                "polityka",
                "tok fm",
                "sport północ",
            ),
        ),
        (
            "official",
            (
                "minister",
                "wiceminister",
                "rzeczni",
                "rzecznik",
                "dyrektor",
                "prezes",
                "poseł",
                "posłank",
                "senator",
                "wojewod",
                "burmistrz",
                "prezydent miasta",
                "starost",
                "wójt",
                "ambasador",
                "dyplomat",
                "urzędni",
                "przewodnicząc",
                "szef",
                "komendant",
                "kierownik",
                "kierowniczk",
                "przedstawiciel",
                "pełnomocnik",
                "adwokat",
                "mecenas",
                "mec",
                "obrońc",
                "ekonomist",
                "analityk",
                "ekspert",
                "radn",
                "marszał",
                "sekretarz",
                "generał",
                "funkcjonariusz",
            ),
        ),
        (
            "witness_testimony",
            (
                "inżynier",
                "robotni",
                "sprzedaw",
                "świadk",
                "mieszkań",
                "mieszkank",
                "pasażer",
                "kierowc",
                "pacjent",
                "lekarz",
                "lekark",
                "pielęgniark",
                "nauczyciel",
                "rolnik",
                "pracowni",
                "matk",
                "ojciec",
                "ojca",
                "rodzin",
                "migrant",
                "uchodźc",
                "cudzoziem",
                "żołnierz",
                "poszkodowan",
                "ofiar",
                "sąsiad",
                "sąsiadk",
                "turyst",
            ),
        ),
        (
            "government_body",
            (
                "magistrat",
                "sejmik",
                "ratusz",
                "ministerstw",
                "szpital",
                "przychodni",
                "poradni",
                "urząd",
                "urzęd",
                "komend",
                "policj",
                "straż",
                "straży",
                "służb",
                "agencj",
                "inspekcj",
                "inspektorat",
                "rząd",
                "rządu",
                "sejm",
                "senat",
                "rada",
                "rady",
                "kancelari",
                "biur",
                "izba",
                "izby",
                "NIK",
                "GUS",
                "NBP",
                "MON",
                "MSZ",
                "mswia",
                "ABW",
                "CBA",
                "wojsk",
                "armi",
                "gmin",
                "starostw",
                "województw",
                "zarząd",
                "fundusz",
                "bank",
                "komisj",
                "spółk",
                "PKP",
                "ZUS",
            ),
        ),
        (
            "social_media",
            (
                "facebook",
                "twitter",
                "portal x",
                "serwis x",
                "platformie x",
                "instagram",
                "telegram",
                "tiktok",
                "youtube",
                "media społecznościow",
                "mediach społecznościowych",
                "wpis",
            ),
        ),
    ),
    role_words=frozenset(
        [
            "prezydent",
            "premier",
            "minister",
            "wiceminister",
            "rzecznik",
            "rzeczniczka",
            "dyrektor",
            "dyrektorka",
            "prezes",
            "prezeska",
            "poseł",
            "posłanka",
            "senator",
            "senatorka",
            "wojewoda",
            "burmistrz",
            "starosta",
            "wójt",
            "ambasador",
            "sędzia",
            "prokurator",
            "adwokat",
            "adw",
            "mecenas",
            "mec",
            "dr",
            "prof",
            "profesor",
            "inż",
            "ppor",
            "por",
            "kpt",
            "mjr",
            "płk",
            "gen",
            "nadkom",
            "kom",
            "insp",
            "asp",
            "sierż",
            "st",
            "szef",
            "szefowa",
            "komendant",
            "przewodniczący",
            "przewodnicząca",
            "kierownik",
            "kierowniczka",
            "ekonomista",
            "ekonomistka",
            "analityk",
            "analityczka",
            "ekspert",
            "ekspertka",
            "pani",
            "pan",
            "ks",
            "biskup",
            "spółka",
            "firma",
        ]
    ),
    stop_lead=frozenset(
        [
            "Nam",
            "Nas",
            "Mnie",
            "Mi",
            "Nami",
            "Mną",
            "Wam",
            "Was",
            "Im",
            "Jemu",
            "Jej",
            "My",
            "Ja",
            "W",
            "We",
            "Na",
            "Po",
            "Jak",
            "Z",
            "Ze",
            "Do",
            "Od",
            "Dla",
            "Za",
            "O",
            "Przez",
            "Przy",
            "Pod",
            "Nad",
            "Przed",
            "Między",
            "Według",
            "Zdaniem",
            "Ale",
            "I",
            "A",
            "Lub",
            "Oraz",
            "Też",
            "Także",
            "Jednak",
            "Jednocześnie",
            "Ponadto",
            "Dlatego",
            "Wtedy",
            "Teraz",
            "Obecnie",
            "Wcześniej",
            "Później",
            "Potem",
            "Gdy",
            "Kiedy",
            "Jeśli",
            "Jeżeli",
            "Choć",
            "Chociaż",
            "Że",
            "To",
            "Ten",
            "Ta",
            "Te",
            "Tym",
            "Tego",
            "Jego",
            "Jej",
            "Ich",
            "On",
            "Ona",
            "Oni",
            "My",
            "Wy",
            "Ja",
            "Już",
            "Jeszcze",
            "Nawet",
            "Tylko",
            "Również",
            "Natomiast",
            "Wczoraj",
            "Dziś",
            "Dzisiaj",
            "Jutro",
            "Tymczasem",
            "Zdaniem",
            "Mimo",
            "Wśród",
            "Poza",
            "Co",
            "Kto",
            "Gdzie",
            "Czy",
            "Tak",
            "Nie",
            "Był",
            "Była",
            "Było",
            "Byli",
            "Jest",
            "Są",
            "Sam",
            "Sama",
            "Dopiero",
            "Około",
            "Ponad",
            "Prawie",
            "Aż",
        ]
    ),
    org_starts=(),
    connectors=("i", "w", "we", "na", "ds.", "do spraw", "im."),
    object_determiners=(
        "swoją",
        "swój",
        "swoje",
        "swoich",
        "swego",
        "tę",
        "tą",
        "ten",
        "to",
        "te",
        "tych",
        "taką",
        "takie",
        "taki",
    ),
    learned_verbs=(
        "dowiedział się",
        "dowiedziała się",
        "dowiedziało się",
        "dowiedzieli się",
        "dowiedziały się",
        "ustalił",
        "ustaliła",
        "ustaliło",
        "ustalili",
        "ustaliły",
    ),
    learned_preps=(("od", "gent"), ("u", "gent")),
    partitives=(
        "jednego z",
        "jednej z",
        "jednego ze",
        "jednej ze",
        "jeden z",
        "jedna z",
        "jedno z",
        "jeden ze",
        "jedna ze",
    ),
    descriptor_preps=("ds.", "do spraw"),
    member_preps=("z", "ze"),
    particles=(
        "o tym",  # "poinformowało o tym biuro prasowe …"
        "też",
        "także",
        "również",
        "już",
        "jednak",
        "natomiast",
        "wówczas",
        "dodatkowo",
        "ponadto",
        "wcześniej",
        "później",
        "oficjalnie",
        "publicznie",
        "się",
        "nam",
        "mi",
    ),
    adverbial_preps=(
        "w",
        "we",
        "na",
        "po",
        "podczas",
        "przed",
        "przy",
        "z",
        "ze",
        "dla",
        "od",
        "pod",
    ),
    referring_nouns=(
        "spółk",
        "firm",
        "resort",
        "ministerstw",
        "organizacj",
        "agencj",
        "fundacj",
        "komisj",
        "izb",
        "bank",
        "przedsiębiorstw",
        "instytucj",
        "sieć",
        "sieci",
    ),
    office_nouns=(
        "biuro prasowe",
        "biura prasowego",
        "sekretariat",
        "kancelari",
    ),
    member_nouns=(
        "aktywiśc",
        "aktywist",
        "ekonomiśc",
        "ekonomist",
        "eksperc",
        "ekspert",
        "wolontariusz",
        "pracownic",
        "pracownik",
        "specjaliśc",
        "specjalist",
        "badacz",
        "naukowc",
        "analityc",
        "analityk",
        "prawnic",
        "prawnik",
        "przedstawiciel",
        "członk",
        "członek",
        "obserwator",
        "posł",
        "lekarz",
        "lekarze",
        "medyc",
        "uczestnic",
        "uczestnik",
        "działacz",
    ),
    subject_nouns=(
        # local and national government, unions and officials ("объявил облисполком")
        "starost",
        "urzęd",
        "magistrat",
        "sejmik",
        "rząd",
        "wojewod",
        "burmistrz",
        "wójt",
        "marszał",
        "związek",
        "związk",
        "prokuratur",
        "sanepid",
        "radn",
        "autor",
        "rada",
        "urząd",
        "gmina",
        "starostwo",
        "ratusz",
        "ministerstwo",
        "śledcz",
        "kontroler",
        "eksperc",
        "ekspert",
        "naukowc",
        "badacz",
        "lekarz",
        "mieszkań",
        "świadk",
        "prokurator",
        "policj",
        "policjanc",
        "funkcjonariusz",
        "obrońc",
        "aktywiśc",
        "aktywist",
        "analityc",
        "ekonomiśc",
        "władz",
        "organizator",
        "rodzic",
        "nauczyciel",
        "rolnic",
        "pracownic",
        "związkowc",
        "wolontariusz",
        "służb",
        "autorz",
        "sędzi",
        "inspektorz",
        "urzędnic",
        "pogranicznic",
        "strażnic",
        # bodies, their services and the people who speak for them
        "operator",
        "sąd",
        "biur",
        "grup",
        "spółk",
        "firm",
        "organizacj",
        "stowarzyszen",
        "fundacj",
        "komisj",
        "inspekcj",
        "przedstawiciel",
        "posł",
        "obserwator",
        "uczestnic",
        "przewoźni",
        # departments and enterprises ("паведаміў аддзел адукацыі", "poinformował wydział")
        "wydział",
        "departament",
        "komitet",
        "zarząd",
        "dyrekcj",
        "przedsiębiorstw",
        "zakład",
    ),
    outlets=(
        "PAP",
        "TVN",
        "TVN24",
        "TVP",
        "TVP Info",
        "RMF",
        "RMF FM",
        "Polsat",
        "Polsat News",
        "Onet",
        "WP",
        "Interia",
        "Rzeczpospolita",
        "Gazeta Wyborcza",
        "Fakt",
        "Newsweek",
        "Polityka",
        "TOK FM",
        "Radio ZET",
        "Business Insider",
        "Money.pl",
        "Reuters",
        "AFP",
        "AP",
        "BBC",
        "Bloomberg",
        "Politico",
        "POLITICO",
        "Notes from Poland",
        "OKO.press",
        "Dziennik Gazeta Prawna",
        "Puls Biznesu",
        "Super Express",
        "wPolityce",
    ),
    negations=("nie",),
    first_names=frozenset(
        [
            "jan",
            "andrzej",
            "piotr",
            "krzysztof",
            "stanisław",
            "tomasz",
            "paweł",
            "józef",
            "marcin",
            "marek",
            "michał",
            "grzegorz",
            "jerzy",
            "tadeusz",
            "adam",
            "łukasz",
            "zbigniew",
            "ryszard",
            "dariusz",
            "henryk",
            "mariusz",
            "kazimierz",
            "wojciech",
            "robert",
            "mateusz",
            "jakub",
            "rafał",
            "kamil",
            "maciej",
            "szymon",
            "sebastian",
            "dawid",
            "patryk",
            "bartosz",
            "artur",
            "roman",
            "leszek",
            "jacek",
            "janusz",
            "mirosław",
            "sławomir",
            "wiesław",
            "władysław",
            "zdzisław",
            "edward",
            "mieczysław",
            "karol",
            "damian",
            "daniel",
            "przemysław",
            "radosław",
            "waldemar",
            "jarosław",
            "bogdan",
            "witold",
            "hubert",
            "igor",
            "filip",
            "antoni",
            "franciszek",
            "wiktor",
            "aleksander",
            "borys",
            "donald",
            "szymon",
            "norbert",
            "konrad",
            "emil",
            "oskar",
            "dominik",
        ]
        + _FEM_FIRST.split()
    ),
    stop_words=frozenset(
        [
            # passive report cues ("в отчёте X говорится"): never part of a name
            "czytamy",
            "napisano",
            "zaznaczono",
            "podkreślono",
            "i",
            "w",
            "we",
            "na",
            "po",
            "z",
            "ze",
            "do",
            "od",
            "dla",
            "za",
            "o",
            "przez",
            "przy",
            "pod",
            "nad",
            "przed",
            "że",
            "iż",
            "jak",
            "który",
            "która",
            "które",
            "którego",
            "której",
            "których",
            "nie",
            "już",
            "też",
            "także",
            "jego",
            "jej",
            "ich",
            "on",
            "ona",
            "oni",
            "to",
            "ten",
            "ta",
            "te",
            "był",
            "była",
            "było",
            "byli",
            "były",
            "jest",
            "są",
            "może",
            "mogą",
            "a",
            "ale",
            "lub",
            "oraz",
            "czy",
            "się",
            "jako",
            "tym",
            "tego",
        ]
    ),
)


# Masculine first names whose oblique forms drop a vowel or change the stem.
_IRREGULAR_FIRST = {
    "marka": "marek",
    "markowi": "marek",
    "markiem": "marek",
    "jacka": "jacek",
    "jackowi": "jacek",
    "jackiem": "jacek",
    "pawła": "paweł",
    "pawłowi": "paweł",
    "pawłem": "paweł",
    "karola": "karol",
    "kuby": "kuba",
    "kubie": "kuba",
    "kubą": "kuba",
    "bartka": "bartek",
    "bartkowi": "bartek",
    "franka": "franek",
    "władka": "władek",
    "mietka": "mietek",
    "leszka": "leszek",
    "zbyszka": "zbyszek",
    "józka": "józek",
    "antka": "antek",
    "wojtka": "wojtek",
    "tadka": "tadek",
    "stefana": "stefan",
}


def _fem_first_names() -> dict[str, str]:
    table: dict[str, str] = {}
    for nom in _FEM_FIRST.split():
        stem = nom[:-1]
        if nom.endswith("ia"):
            obl = [stem + "i", nom[:-1] + "ę", nom[:-1] + "ą"]
        elif stem.endswith(("k", "g")):
            obl = [
                stem + "i",
                stem[:-1] + ("ce" if stem.endswith("k") else "dze"),
                stem + "ę",
                stem + "ą",
            ]
        else:
            obl = [stem + "y", stem + "ie", stem + "ę", stem + "ą"]
        for form in obl:
            table[form] = nom
    return table


RULES = MorphRules(
    heads=head_table(
        "ministerstwo n ministerstwa ministerstwu ministerstwem ministerstwie;"
        "komenda f komendy komendzie komendę komendą;"
        "urząd m urzędu urzędowi urzędem urzędzie;"
        "sąd m sądu sądowi sądem sądzie;"
        "trybunał m trybunału trybunałowi trybunałem trybunale;"
        "prokuratura f prokuratury prokuraturze prokuraturę prokuraturą;"
        "policja f policji policję policją;"
        "straż f straży strażą;"
        "służba f służby służbie służbę służbą;"
        "izba f izby izbie izbę izbą;"
        "sieć f sieci siecią;"
        "grupa f grupy grupie grupę grupą;"
        "fundacja f fundacji fundację fundacją;"
        "rada f rady radzie radę radą;"
        "rzecznik m rzecznika rzecznikowi rzecznikiem;"
        "fundusz m funduszu funduszowi funduszem;"
        "instytut m instytutu instytutowi instytutem instytucie;"
        "uniwersytet m uniwersytetu uniwersytetowi uniwersytetem uniwersytecie;"
        "fundacja f fundacji fundację fundacją;"
        "stowarzyszenie n stowarzyszenia stowarzyszeniu stowarzyszeniem;"
        "związek m związku związkowi związkiem;"
        "agencja f agencji agencję agencją;"
        "organizacja f organizacji organizację organizacją;"
        "federacja f federacji federację federacją;"
        "akademia f akademii akademię akademią;"
        "unia f unii unię unią;"
        "inspekcja f inspekcji inspekcję inspekcją;"
        "inspektorat m inspektoratu inspektoratowi inspektoratem inspektoracie;"
        "biuro n biura biuru biurem;"
        "kancelaria f kancelarii kancelarię kancelarią;"
        "bank m banku bankowi bankiem;"
        "komisja f komisji komisję komisją;"
        "wydział m wydziału wydziałowi wydziałem wydziale;"
        "zarząd m zarządu zarządowi zarządem zarządzie;"
        "rząd m rządu rządowi rządem rządzie;"
        "szpital m szpitala szpitalowi szpitalem szpitalu;"
        "centrum n;"
        "ośrodek m ośrodka ośrodkowi ośrodkiem ośrodku;"
        "spółka f spółki spółce spółkę spółką;"
        "agencja f agencji;"
        "telewizja f telewizji telewizję telewizją;"
        "gazeta f gazety gazecie gazetę gazetą;"
        "dziennik m dziennika dziennikowi dziennikiem dzienniku;"
        # outlets and documents named by their type ("z „Tygodnikiem Podhalańskim”",
        # "„Kurierowi Lubelskiemu”", "według aktu oskarżenia")
        "tygodnik m tygodnika tygodnikowi tygodnikiem tygodniku;"
        "miesięcznik m miesięcznika miesięcznikowi miesięcznikiem miesięczniku;"
        "kurier m kuriera kurierowi kurierem kurierze;"
        "przegląd m przeglądu przeglądowi przeglądem przeglądzie;"
        "serwis m serwisu serwisowi serwisem serwisie;"
        "głos m głosu głosowi głosem głosie;"
        "akt m aktu aktowi aktem akcie;"
        "wyrok m wyroku wyrokowi wyrokiem;"
        "portal m portalu portalowi portalem;"
        "radio n radia radiu radiem;"
        "sejm m sejmu sejmowi sejmem sejmie;"
        "senat m senatu senatowi senatem senacie;"
        "wojsko n wojska wojsku wojskiem;"
        "parlament m parlamentu parlamentowi parlamentem parlamencie;"
        "partia f partii partię partią;"
        "ruch m ruchu ruchowi ruchem;"
        "stacja f stacji stację stacją;"
        "kuria f kurii;"
        "akademia f akademii akademię akademią;"
        "politechnika f politechniki politechnice politechnikę politechniką;"
        "instytucja f instytucji;"
        # more institution heads ("Miejskiego Przedsiębiorstwa Komunikacyjnego",
        # "przez Regionalną Dyrekcję Ochrony Środowiska", "Zakładu Ubezpieczeń Społecznych")
        "przedsiębiorstwo n przedsiębiorstwa przedsiębiorstwu przedsiębiorstwem przedsiębiorstwie;"
        "dyrekcja f dyrekcji dyrekcję dyrekcją;"
        "zakład m zakładu zakładowi zakładem zakładzie;"
        "szkoła f szkoły szkole szkołę szkołą;"
        "starostwo n starostwa starostwu starostwem starostwie;"
        "towarzystwo n towarzystwa towarzystwu towarzystwem towarzystwie;"
        "spółdzielnia f spółdzielni spółdzielnię spółdzielnią;"
        "zespół m zespołu zespołowi zespołem zespole;"
        "samorząd m samorządu samorządowi samorządem samorządzie;"
        "komitet m komitetu komitetowi komitetem komitecie;"
        "oddział m oddziału oddziałowi oddziałem oddziale;"
        "nadleśnictwo n nadleśnictwa nadleśnictwu nadleśnictwem nadleśnictwie;"
        "województwo n województwa województwu województwem województwie;"
        "kuratorium n;"
        "muzeum n;"
        "laboratorium n;"
        "pogotowie n pogotowia pogotowiu pogotowiem;"
        "teatr m teatru teatrowi teatrem teatrze;"
        "placówka f placówki placówce placówkę placówką;"
        "gmina f gminy gminie gminę gminą;"
        # documents and data in the genitive plural after "z", "według", "jak wynika z"
        # (feminine and neuter plurals lose their ending: "umów", "faktur", "zgłoszeń")
        "raport m raportu raportowi raportem raporcie;"
        "dokument m dokumentu dokumentowi dokumentem dokumencie;"
        "protokół m protokołu protokołowi protokołem protokole;"
        "komunikat m komunikatu komunikatowi komunikatem komunikacie;"
        "audyt m audytu audytowi audytem audycie;"
        "osoba f osoby osobie osobę osobą;"
        "umowy p umów umowom umowami umowach;"
        "faktury p faktur fakturom fakturami fakturach;"
        "analizy p analiz analizom analizami analizach;"
        "ankiety p ankiet ankietom ankietami ankietach;"
        "notatki p notatek notatkom notatkami notatkach;"
        "prognozy p prognoz prognozom prognozami prognozach;"
        "statystyki p statystyk statystykom statystykami statystykach;"
        "badania p badań badaniom badaniami badaniach;"
        "zgłoszenia p zgłoszeń zgłoszeniom zgłoszeniami zgłoszeniach;"
        "sprawozdania p sprawozdań sprawozdaniom sprawozdaniami sprawozdaniach;"
        "wyliczenia p wyliczeń wyliczeniom wyliczeniami wyliczeniach;"
        "ustalenia p ustaleń ustaleniom ustaleniami ustaleniach;"
        # round 16: "według autorów" -> "autorzy" (not the "-ów" -> "-y" of things)
        "autorzy p autorów autorom autorami autorach;"
        # "urzędnicy podkreślili": a plural of "-nik" the "-cy" -> "-ca" rule would misread
        "urzędnicy p urzędników urzędnikom urzędnikami urzędnikach;"
        "szacunki p szacunków szacunkom szacunkami szacunkach;"
        "wyniki p wyników wynikom wynikami wynikach;"
        "nagrania p nagrań nagraniom nagraniami nagraniach;"
        "rachunki p rachunków rachunkom rachunkami rachunkach;"
        "pisma p pism pismom pismami pismach;"
        "dane p danych danym danymi;"
        # masculine-personal plurals of people in -acz/-arz/-erz ("według badaczy" ->
        # "badacze", "lekarzy" -> "lekarze")
        "badacze p badaczy badaczom badaczami badaczach;"
        "lekarze p lekarzy lekarzom lekarzami lekarzach;"
        "żołnierze p żołnierzy żołnierzom żołnierzami żołnierzach;"
        "kibice p kibiców kibicom kibicami kibicach;"
        "rolnicy p rolników rolnikom rolnikami rolnikach;"
        "pracownicy p pracowników pracownikom pracownikami pracownikach;"
        "hodowcy p hodowców hodowcom hodowcami hodowcach;"
        "naukowcy p naukowców naukowcom naukowcami naukowcach;"
        "mieszkańcy p mieszkańców mieszkańcom mieszkańcami mieszkańcach"
    ),
    adjective={
        "m": (
            ("kiego", "ki"),
            ("giego", "gi"),
            ("iego", "i"),
            ("ego", "y"),
            ("kiemu", "ki"),
            ("iemu", "i"),
            ("emu", "y"),
            ("kim", "ki"),
            ("ym", "y"),
        ),
        "n": (("kiego", "kie"), ("iego", "ie"), ("ego", "e"), ("emu", "e"), ("ym", "e")),
        "f": (
            ("kiej", "ka"),
            ("giej", "ga"),
            ("niej", "nia"),
            ("iej", "ia"),
            ("ej", "a"),
            ("ą", "a"),
        ),
        "p": (("ych", "e"), ("ich", "ie"), ("ym", "e"), ("ymi", "e")),
    },
    noun=(
        ("ika", "ik", "m"),
        ("nika", "nik", "m"),
        ("cy", "ca", "m"),
        # masculine-personal plurals: "pracowników" -> "pracownicy", "mieszkańców" -> "mieszkańcy"
        ("ników", "nicy", "p"),
        ("ików", "icy", "p"),
        ("ców", "cy", "p"),
        ("ów", "y", "p"),
        ("ach", "y", "p"),
        ("ami", "y", "p"),
        ("cji", "cja", "f"),
        ("ii", "ia", "f"),
        ("ki", "ka", "f"),
        ("gi", "ga", "f"),
        ("stwa", "stwo", "n"),
        ("nia", "nie", "n"),
        ("ztwa", "ztwo", "n"),
        ("owi", "", "m"),
        ("y", "a", "f"),
    ),
    # Masculine and neuter paradigms in a known case: the genitive "-u" ("z raportu",
    # "dokumentu", "wyroku"), the locative "-cie" of a "-t" stem ("w komunikacie",
    # "raporcie", "dokumencie"; "-ście" of "-st": "w liście"), "-ku/-gu" of "-k/-g" ("w
    # wyroku") and the neuter "-niu/-ciu" of "-nie/-cie" ("w uzasadnieniu").
    case_nouns={
        "gent": (("ów", "y", "p"), ("u", "", "m")),
        "loct": (
            ("ście", "st", "m"),
            ("cie", "t", "m"),
            ("niu", "nie", "n"),
            ("ciu", "cie", "n"),
            ("ku", "k", "m"),
            ("gu", "g", "m"),
        ),
    },
    first_names={**_fem_first_names(), **_IRREGULAR_FIRST},
    first_name_gender={
        **dict.fromkeys(_FEM_FIRST.split(), "f"),
        **dict.fromkeys(_IRREGULAR_FIRST.values(), "m"),
    },
    first_name={
        "m": (("owi", ""), ("em", ""), ("a", ""), ("u", "")),
        "f": (
            ("ii", "ia"),
            ("ki", "ka"),
            ("gi", "ga"),
            ("y", "a"),
            ("ie", "a"),
            ("ę", "a"),
            ("ą", "a"),
        ),
    },
    surname={
        "m": (
            # the fleeting e of -ek/-el surnames (Kaczmarka -> Kaczmarek, Dudkowi -> Dudek,
            # Wróblem -> Wróbel); "-lka" stays (Wilka -> Wilk)
            *(
                (stem + ending, nominative)
                for stem, nominative in (
                    ("rk", "rek"),
                    ("dk", "dek"),
                    ("tk", "tek"),
                    ("mk", "mek"),
                    ("czk", "czek"),
                    ("szk", "szek"),
                    ("sk", "sek"),
                    ("bl", "bel"),
                )
                for ending in ("a", "owi", "iem", "em")
                if not (stem == "bl" and ending == "iem")
            ),
            ("skiego", "ski"),
            ("ckiego", "cki"),
            ("dzkiego", "dzki"),
            ("skiemu", "ski"),
            ("ckiemu", "cki"),
            ("dzkiemu", "dzki"),
            ("skim", "ski"),
            ("ckim", "cki"),
            ("iego", "i"),
            ("ego", "y"),
            ("emu", "y"),
            ("owi", ""),
            ("y", "a"),
            ("ą", "a"),
            # round 19: the accusative of a masculine "-a" surname ("na Pawła Kudłę")
            ("ę", "a"),
            ("em", ""),
            ("a", ""),
        ),
        "f": (
            ("skiej", "ska"),
            ("ckiej", "cka"),
            ("dzkiej", "dzka"),
            ("skiej", "ska"),
            ("iej", "ia"),
            ("ej", "a"),
            ("ą", "a"),
            ("y", "a"),
            ("ę", "a"),
        ),
    },
    adjective_endings=("ego", "emu", "ej", "ym", "im", "ych", "ich", "ą", "owej", "owego"),
    oblique_endings=("ego", "emu", "ej", "owi", "iem", "ą", "ę", "ów", "ych"),
    feminine_endings=("y", "ii", "ki", "gi", "ie", "ę", "ą"),
    masculine_endings=("owi", "em", "a"),
    feminine_surname_endings=("skiej", "ckiej", "dzkiej", "ska", "cka", "dzka"),
    stem_endings=(
        "owego",
        "owej",
        "iego",
        "iemu",
        "ami",
        "ach",
        "ego",
        "emu",
        "iej",
        "owi",
        "ych",
        "ich",
        "ymi",
        "imi",
        "om",
        "ów",
        "em",
        "ej",
        "ym",
        "im",
        "ie",
        "ii",
        "ą",
        "ę",
        "a",
        "y",
        "i",
        "e",
        "u",
        "o",
    ),
    fold=(("ą", "ę"), ("ó", "o")),
    postpositive_adjectives=True,
    singular_heads=head_table(
        "badanie n badania badaniu badaniem;"
        "sprawozdanie n sprawozdania sprawozdaniu sprawozdaniem;"
        "opracowanie n opracowania opracowaniu opracowaniem;"
        "zestawienie n zestawienia zestawieniu zestawieniem;"
        "analiza f analizy analizie analizą;"
        "ankieta f ankiety ankiecie ankietą"
    ),
)

# Round 13: medical and service bodies speak after the verb like any other body ("jak
# poinformowała wojewódzka stacja pogotowia ratunkowego", "podał szpital miejski").
CUES = replace(CUES, subject_nouns=CUES.subject_nouns + ("stacj", "szpital", "przychodni"))
# round 17: "Zespół hydrobiologów z …, który …, podaje w raporcie": a team speaks as a body
CUES = replace(CUES, subject_nouns=CUES.subject_nouns + ("zespół", "zespoły"))
# round 19: a body's local branches speak like the body ("podała delegatura Krajowego Biura
# Wyborczego", "przekazał oddział wojewódzki", "podała filia banku")
CUES = replace(CUES, subject_nouns=CUES.subject_nouns + ("delegatur", "oddział", "fili"))

# Round 14: an outlet named after its type noun stays in the nominative whatever case the
# noun takes ("cytowana przez portal Ryby i Rynek", "w rozmowie z tygodnikiem Nowy Głos",
# "dla serwisu Rynek Rolny"); the genitive of "redakcja" is a complement, so it is not listed.
CUES = replace(
    CUES,
    apposition_nouns=(
        *("portal", "serwis", "tygodni", "dzienni", "miesięczni", "kwartalni", "dwutygodni"),
        *("magazyn", "radi", "rozgłośni", "telewizj", "agencj", "stacj", "kanał", "periodyk"),
        *("pism", "witryn", "gazet"),
    ),
)

# Round 14: testimony ("Dwóch kierowców … zeznało, że …", "świadek zeznał"), every gender and
# number, past and present.
CUES = replace(CUES, verbs=CUES.verbs + _past("zezna") + ("zeznaje", "zeznają"))

# Round 14: a lone role noun refers back to the last person of its kind and gender
# ("Obrońca …, mec. Jerzy Samborski, przekonywał …. Adwokat zapowiedział zażalenie",
# "– dodała radna"): the feminine endings of role nouns (radna, obrończyni, rzeczniczka).
CUES = replace(CUES, feminine_role_endings=("ka", "yni", "ini", "na", "wa"))

# Round 14: "badanie opublikowane w październikowym numerze miesięcznika „X”" names the
# study by its journal, "w miesięczniku X" (as in "w Przeglądzie Kardiologicznym"): the
# issue nouns are dropped and the journal named in the genitive is put in the locative.
CUES = replace(CUES, issue_nouns=("numerze", "wydaniu", "zeszycie", "tomie"))
RULES = replace(
    RULES,
    locative=(
        # the masculine and neuter adjectives after the head ("Przeglądu Leśnego")
        *(("kiego", "kim"), ("giego", "gim"), ("ego", "ym")),
        # masculine: miesięcznika, kwartalnika, tygodnika, dziennika; Przeglądu, Biuletynu,
        # Głosu, Instytutu; Kuriera, Rocznika
        *(("nika", "niku"), ("ika", "iku"), ("yka", "yku"), ("era", "erze")),
        *(("du", "dzie"), ("tu", "cie"), ("nu", "nie"), ("su", "sie"), ("ru", "rze")),
        *(("wu", "wie"), ("mu", "mie"), ("łu", "le")),
        # feminine and neuter: Gazety, Polityki; pisma
        *(("ety", "ecie"), ("ki", "ce"), ("gi", "dze"), ("ny", "nie"), ("isma", "iśmie")),
    ),
)

# Round 16: the addressee pronoun after the verb in the accusative too ("Jak poinformował
# nas zastępca inspektora, dr Marek Osiecki, …", "poinformowała mnie").
CUES = replace(CUES, particles=(*CUES.particles, "nas", "mnie"))

# Round 16: a body or person asked by an outlet answers through it ("Ministerstwo, zapytane
# przez portal X, odpowiedziało"), every gender and number, and the plural and neuter of
# "cytowany przez"; "wytknął" (pointed out, critically), every gender and number.
CUES = replace(
    CUES,
    relay_cues=CUES.relay_cues
    + tuple(
        (f"{stem}{ending} przez", "accs")
        for stem in ("zapytan", "pytan")
        for ending in ("y", "a", "e", "i")
    )
    + (("cytowane przez", "accs"), ("cytowani przez", "accs")),
    verbs=CUES.verbs
    + ("wytknął", "wytknęła", "wytknęło", "wytknęli", "wytknęły", "wytyka", "wytykają"),
)

# Round 17, as data in round 18: the relative pronoun that lets a long gap stand between a
# person and the verb ("…, które od lat …, powiedział").
CUES = replace(CUES, long_gap_relatives=("któr",))

# Round 18: findings, measurements and calculations are information with an author ("Z
# ustaleń śledczych wynika", "Z pomiarów Inspektoratu wynika", "według obliczeń urzędu"):
# the author in the genitive after them is the source.
CUES = replace(CUES, info_nouns=(*CUES.info_nouns, "ustale", "pomiar", "oblicze"))

# Round 18: where the workplace is, inside a descriptor ("kierownik oddziału szpitala w
# Suwałkach Anna Lis").
CUES = replace(CUES, descriptor_place_preps=("w", "we"))

# Round 19: an adjective used as a noun names its author in the nominative ("według biegłej"
# -> "biegła", "zdaniem poszkodowanego" -> "poszkodowany"); singular oblique endings only,
# the plural nominative of persons ("-i/-y") is not an ending rule.
RULES = replace(RULES, noun_adjective_endings=("ego", "emu", "ej"))
