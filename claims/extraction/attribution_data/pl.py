"""Polish attribution cues (PAP wire copy, national and regional press: "według",
"zdaniem", "jak podaje", "wynika z danych", "do którego dotarł", pro-drop "Dodał, że…")
and suffix rules for the nominative of institution and person names."""

from __future__ import annotations

from . import LanguageCues, MorphRules, forms, head_table


def _past(stems: str) -> tuple[str, ...]:
    """ł/ła/ło/li/ły; "-ia" stems take "-ieli" in the masculine-personal plural
    ("powiedzieli"), consonant stems add the endings directly ("ostrzegł")."""
    out: list[str] = []
    for s in stems.split():
        out += [s + "ł", s + "ła", s + "ło", s + "ły"]
        out.append(s[:-1] + "eli" if s.endswith("ia") else s + "li")
    return tuple(out)


_PAST = _past(
    "powiedzia poinformowa przekaza oświadczy stwierdzi doda podkreśli zaznaczy oceni "
    "ogłosi potwierdzi zaprzeczy wyjaśni przyzna zapowiedzia poda ostrzeg napisa zauważy "
    "przypomnia wskaza zapewni uzna ustali pozostawi postanowi uchwali alarmowa relacjonowa tłumaczy odpowiedzia "
    "skomentowa zdementowa zadeklarowa twierdzi mówi uważa przekonywa zapewnia informowa "
    "opowiedzia zaapelowa apelowa skrytykowa oskarży odrzuci zakwestionowa zgodzi "
    "szacowa obieca zasugerowa sugerowa oznajmi dowodzi argumentowa ujawni opisa "
    "powtórzy zwróci wezwa zażąda domaga przestrzeg potwierdza sprostowa zaprzecza "
    "stwierdza dodawa podkreśla zaznacza wylicza wyliczy prognozowa przewidywa "
    "orzek zdecydowa wyjaśnia"
)
_PRESENT = (
    "mówi mówią twierdzi twierdzą uważa uważają podaje podają informuje informują pisze "
    "piszą przekonuje przekonują zaznacza zaznaczają podkreśla podkreślają dodaje dodają "
    "ocenia oceniają ostrzega ostrzegają szacuje szacują wskazuje wskazują alarmuje "
    "alarmują przyznaje przyznają zapewnia zapewniają tłumaczy tłumaczą wyjaśnia wyjaśniają "
    "przypomina przypominają zapowiada zapowiadają relacjonuje relacjonują opowiada "
    "opowiadają zaprzecza zaprzeczają potwierdza potwierdzają przekazuje przekazują "
    "odpowiada odpowiadają zaleca zalecają rekomenduje rekomendują prognozuje prognozują przewiduje przewidują apeluje apelują "
    "poinformowano przekazano podano ustalono oszacowano wyliczono"
).split()
_GERUNDS = (
    "mówiąc dodając podkreślając twierdząc zaznaczając odpowiadając wskazując informując "
    "argumentując tłumacząc przekonując powołując ostrzegając zapewniając przypominając"
).split()

_FEM_FIRST = "anna maria katarzyna małgorzata agnieszka barbara ewa elżbieta joanna zofia " \
    "magdalena monika teresa danuta natalia karolina aleksandra marta beata dorota alicja " \
    "jolanta iwona halina irena krystyna grażyna justyna paulina kamila weronika julia " \
    "agata renata urszula sylwia izabela wanda marianna hanna emilia wiktoria oliwia " \
    "gabriela michalina patrycja klaudia dominika edyta lucyna bożena violetta wioletta"

CUES = LanguageCues(
    code="pl",
    anonymous_relatives=('którzy poprosili', 'który poprosił', 'która poprosiła', 'które poprosiły', 'którzy prosili', 'który prosił', 'która prosiła', 'proszący', 'prosząca', 'prosząc', 'pragnący zachować', 'pragnąca zachować', 'chcący zachować', 'chcąca zachować', 'zastrzegając', 'którzy zastrzegli', 'który zastrzegł', 'która zastrzegła'),
    numerals=('dwóch', 'dwie', 'dwaj', 'trzech', 'trzy', 'trzej', 'kilku', 'kilka', 'jeden', 'jedna'),
    adjective_suffixes=(),
    info_nouns=('informacj', 'dany', 'danych', 'szacun', 'wylicze', 'ocen'),
    verbs=_PAST + tuple(_PRESENT),
    gerunds=tuple(_GERUNDS),
    lead_cues=(
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
        ("w rozmowie z", "ablt"),
        ("w rozmowie telefonicznej z", "ablt"),
        ("w wywiadzie dla", "gent"),
        ("w wywiadzie z", "ablt"),
        ("w wywiadzie udzielonym", "datv"),
        ("w komentarzu dla", "gent"),
        ("w oświadczeniu dla", "gent"),
        ("na antenie", "gent"),
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
    ),
    possession_cues=(
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
        "według niego", "według niej", "według nich", "jego zdaniem", "jej zdaniem",
        "ich zdaniem", "w jego ocenie", "w jej ocenie", "w jego opinii", "w jej opinii",
        "jak dodał", "jak dodała", "jak podkreślił", "jak podkreśliła", "jak zaznaczył",
        "jak zaznaczyła", "jak przekonywał", "jak przekonywała", "jak mówi", "jak powiedział",
        "jak powiedziała", "jak wyjaśnił", "jak wyjaśniła", "jak tłumaczy", "jak przyznał",
        "jak przyznała", "jak ocenił", "jak oceniła", "jak poinformował", "jak poinformowała",
        "jak zapewnił", "jak zapewniła", "jak przypomniał", "jak przypomniała",
    ),
    pronouns=("on", "ona", "oni", "one"),
    data_nouns=(
        "raport", "dane", "danych", "danymi", "badani", "badań", "analiz", "sondaż",
        "ankiet", "statystyk", "zestawieni", "sprawozdani", "dokument", "notatk", "pism",
        "komunikat", "oświadczeni", "wyliczeni", "szacun", "prognoz", "audyt",
        "kontrol", "ustaleni", "opracowani", "wyrok", "postanowieni", "orzeczeni",
        "nagrani", "zapis", "stenogram", "korespondencj", "publikacj",
    ),
    agent_preps=(("przez", "accs"),),
    anonymous_nouns=("źródł", "informator", "rozmówc", "insider"),
    anonymous_markers=(
        "anonimow", "prosi o anonimowość", "prosił o anonimowość", "prosiła o anonimowość",
        "zastrzegł anonimowość", "zastrzegła anonimowość", "chce zachować anonimowość",
        "chcący zachować anonimowość", "pragnący zachować anonimowość", "zbliżon",
        "znając", "zaznajomion", "nieoficjalnie", "proszący o anonimowość", "niewymienion",
        "pragnąca zachować",
    ),
    impersonal_preps=(("w", "loct"), ("we", "loct")),
    kind_markers=(
        ("head_of_state", ("prezydent", "premier", "prezes rady ministrów", "kanclerz", "król",
                           "dyktator", "głowa państwa")),
        ("anonymous", ("anonimow", "źródł", "informator", "rozmówc")),
        ("intercepted_communication", ("podsłuch", "nagrani", "rozmow", "zapis rozmowy",
                                       "telefon", "przechwycon", "stenogram")),
        ("leaked_document", ("dokument", "notatk", "wyciek", "wewnętrzn", "pism", "korespondencj",
                             "memorand")),
        ("court_record", ("sąd", "sądu", "sędzi", "sędzia", "trybunał", "prokurat", "prokurator",
                          "wyrok", "orzeczeni", "postanowieni", "śledcz", "akt oskarżenia")),
        ("dataset", ("statystyk", "statystyczn", "dane", "danych", "gus", "spis", "eurostat",
                     "indeks", "sondaż", "ankiet", "cbos")),
        ("academic_study", ("uniwersytet", "politechnik", "instytut", "akademi", "naukow",
                            "badacz", "profesor", "prof", "uczeln", "katedr", "ośrodek badań",
                            "think tank", "czasopism")),
        ("ngo", ("fundacj", "stowarzyszeni", "organizacj pozarządow", "pozarządow", "ngo",
                 "helsińsk", "amnesty", "inicjatyw", "ruch", "związek", "grupa granica",
                 "grup", "wolontariusz", "aktywist", "obrońc praw", "praw człowieka")),
        ("news_outlet", ("portal", "gazet", "dziennik", "tygodnik", "miesięcznik", "telewizj",
                         "radio", "radia", "agencj prasow", "agencja prasowa", "agencji prasowej",
                         "serwis", "redakcj", "dziennikar", "reporter", "stacj", "rozgłośni",
                         "pap", "tvn", "tvp", "rmf", "polsat", "onet", "wp.pl", "interia",
                         "rzeczpospolita", "wyborcz", "kurier", "wiadomości", "fakt",
                         "newsweek", "polityka", "tok fm", "sport północ")),
        ("official", ("minister", "wiceminister", "rzeczni", "rzecznik", "dyrektor", "prezes",
                      "poseł", "posłank", "senator", "wojewod", "burmistrz", "prezydent miasta",
                      "starost", "wójt", "ambasador", "dyplomat", "urzędni", "przewodnicząc",
                      "szef", "komendant", "kierownik", "kierowniczk", "przedstawiciel",
                      "pełnomocnik", "adwokat", "mecenas", "mec", "obrońc", "ekonomist",
                      "analityk", "ekspert", "radn", "marszał", "sekretarz", "generał",
                      "funkcjonariusz")),
        ("witness_testimony", ("świadk", "mieszkań", "mieszkank", "pasażer", "kierowc",
                               "pacjent", "lekarz", "lekark", "pielęgniark", "nauczyciel",
                               "rolnik", "pracowni", "matk", "ojciec", "ojca", "rodzin",
                               "migrant", "uchodźc", "cudzoziem", "żołnierz", "poszkodowan",
                               "ofiar", "sąsiad", "sąsiadk", "turyst")),
        ("government_body", ("ministerstw", "szpital", "przychodni", "poradni", "urząd", "urzęd", "komend", "policj", "straż",
                             "straży", "służb", "agencj", "inspekcj", "inspektorat", "rząd",
                             "rządu", "sejm", "senat", "rada", "rady", "kancelari", "biur",
                             "izba", "izby", "nik", "gus", "nbp", "mon", "msz", "mswia",
                             "abw", "cba", "wojsk", "armi", "gmin", "starostw", "województw",
                             "zarząd", "fundusz", "bank", "komisj", "spółk", "pkp", "zus")),
        ("social_media", ("facebook", "twitter", "portal x", "serwis x", "platformie x",
                          "instagram", "telegram", "tiktok", "youtube", "media społecznościow",
                          "mediach społecznościowych", "wpis")),
    ),
    role_words=frozenset(
        "prezydent premier minister wiceminister rzecznik rzeczniczka dyrektor dyrektorka "
        "prezes prezeska poseł posłanka senator senatorka wojewoda burmistrz starosta wójt "
        "ambasador sędzia prokurator adwokat adw mecenas mec dr prof profesor inż ppor por "
        "kpt mjr płk gen nadkom kom insp asp sierż st szef szefowa komendant przewodniczący "
        "przewodnicząca kierownik kierowniczka ekonomista ekonomistka analityk analityczka "
        "ekspert ekspertka pani pan ks biskup spółka firma"
        .split()
    ),
    stop_lead=frozenset(
        "W We Na Po Jak Z Ze Do Od Dla Za O Przez Przy Pod Nad Przed Między Według Zdaniem "
        "Ale I A Lub Oraz Też Także Jednak Jednocześnie Ponadto Dlatego Wtedy Teraz Obecnie "
        "Wcześniej Później Potem Gdy Kiedy Jeśli Jeżeli Choć Chociaż Że To Ten Ta Te Tym Tego "
        "Jego Jej Ich On Ona Oni My Wy Ja Już Jeszcze Nawet Tylko Również Natomiast Wczoraj "
        "Dziś Dzisiaj Jutro Tymczasem Zdaniem Mimo Wśród Poza Co Kto Gdzie Czy Tak Nie Był "
        "Była Było Byli Jest Są Sam Sama Dopiero Około Ponad Prawie Aż".split()
    ),
    org_starts=(),
    connectors=("i", "w", "we", "na", "ds.", "do spraw", "im.", "z", "ze", "dla", "od", "pod"),
    particles=("też", "także", "również", "już", "jednak", "natomiast", "wówczas", "dodatkowo",
               "ponadto", "wcześniej", "później", "oficjalnie", "publicznie", "się"),
    adverbial_preps=("w", "we", "na", "po", "podczas", "przed", "z", "ze", "dla", "od", "pod"),
    subject_nouns=(
        "śledcz", "kontroler", "eksperc", "ekspert", "naukowc", "badacz", "lekarz",
        "mieszkań", "świadk", "prokurator", "policj", "policjanc", "funkcjonariusz",
        "obrońc", "aktywiśc", "aktywist", "analityc", "ekonomiśc", "władz", "organizator",
        "rodzic", "nauczyciel", "rolnic", "pracownic", "związkowc", "wolontariusz",
        "służb", "autorz", "sędzi", "inspektorz", "urzędnic", "pogranicznic", "strażnic",
    ),
    outlets=("PAP", "TVN", "TVN24", "TVP", "TVP Info", "RMF", "RMF FM", "Polsat", "Polsat News",
             "Onet", "WP", "Interia", "Rzeczpospolita", "Gazeta Wyborcza", "Fakt", "Newsweek",
             "Polityka", "TOK FM", "Radio ZET", "Business Insider", "Money.pl", "Reuters",
             "AFP", "AP", "BBC", "Bloomberg", "Politico", "POLITICO", "Notes from Poland",
             "OKO.press", "Dziennik Gazeta Prawna", "Puls Biznesu", "Super Express", "wPolityce"),
    negations=("nie",),
    first_names=frozenset(
        (
            "jan andrzej piotr krzysztof stanisław tomasz paweł józef marcin marek michał "
            "grzegorz jerzy tadeusz adam łukasz zbigniew ryszard dariusz henryk mariusz "
            "kazimierz wojciech robert mateusz jakub rafał kamil maciej szymon sebastian "
            "dawid patryk bartosz artur roman leszek jacek janusz mirosław sławomir "
            "wiesław władysław zdzisław edward mieczysław karol damian daniel przemysław "
            "radosław waldemar jarosław bogdan witold hubert igor filip antoni franciszek "
            "wiktor aleksander borys donald szymon norbert konrad emil oskar dominik"
        ).split()
        + _FEM_FIRST.split()
    ),
    stop_words=frozenset(
        "i w we na po z ze do od dla za o przez przy pod nad przed że iż jak który która "
        "które którego której których nie już też także jego jej ich on ona oni to ten ta te "
        "był była było byli były jest są może mogą a ale lub oraz czy się jako tym tego".split()
    ),
)


# Masculine first names whose oblique forms drop a vowel or change the stem.
_IRREGULAR_FIRST = {
    "marka": "marek", "markowi": "marek", "markiem": "marek",
    "jacka": "jacek", "jackowi": "jacek", "jackiem": "jacek",
    "pawła": "paweł", "pawłowi": "paweł", "pawłem": "paweł",
    "karola": "karol", "kuby": "kuba", "kubie": "kuba", "kubą": "kuba",
    "bartka": "bartek", "bartkowi": "bartek", "franka": "franek", "władka": "władek",
    "mietka": "mietek", "leszka": "leszek", "zbyszka": "zbyszek", "józka": "józek",
    "antka": "antek", "wojtka": "wojtek", "tadka": "tadek", "stefana": "stefan",
}


def _fem_first_names() -> dict[str, str]:
    table: dict[str, str] = {}
    for nom in _FEM_FIRST.split():
        stem = nom[:-1]
        if nom.endswith("ia"):
            obl = [stem + "i", nom[:-1] + "ę", nom[:-1] + "ą"]
        elif stem.endswith(("k", "g")):
            obl = [stem + "i", stem[:-1] + ("ce" if stem.endswith("k") else "dze"), stem + "ę", stem + "ą"]
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
        "rada f rady radzie radę radą;"
        "rzecznik m rzecznika rzecznikowi rzecznikiem;"
        "fundusz m funduszu funduszowi funduszem;"
        "instytut m instytutu instytutowi instytutem instytucie;"
        "uniwersytet m uniwersytetu uniwersytetowi uniwersytetem uniwersytecie;"
        "fundacja f fundacji fundację fundacją;"
        "stowarzyszenie n stowarzyszenia stowarzyszeniu stowarzyszeniem;"
        "związek m związku związkowi związkiem;"
        "agencja f agencji agencję agencją;"
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
        "instytucja f instytucji"
    ),
    adjective={
        "m": (("kiego", "ki"), ("giego", "gi"), ("iego", "i"), ("ego", "y"), ("kiemu", "ki"),
              ("iemu", "i"), ("emu", "y"), ("kim", "ki"), ("ym", "y")),
        "n": (("kiego", "kie"), ("iego", "ie"), ("ego", "e"), ("emu", "e"), ("ym", "e")),
        "f": (("kiej", "ka"), ("giej", "ga"), ("niej", "nia"), ("iej", "ia"), ("ej", "a"), ("ą", "a")),
        "p": (("ych", "e"), ("ich", "ie"), ("ym", "e"), ("ymi", "e")),
    },
    noun=(
        ("ika", "ik", "m"), ("nika", "nik", "m"), ("cy", "ca", "m"), ("ów", "y", "p"),
        ("ach", "y", "p"), ("ami", "y", "p"), ("cji", "cja", "f"), ("ii", "ia", "f"),
        ("ki", "ka", "f"), ("gi", "ga", "f"), ("stwa", "stwo", "n"), ("nia", "nie", "n"),
        ("ztwa", "ztwo", "n"), ("owi", "", "m"), ("y", "a", "f"),
    ),
    first_names={**_fem_first_names(), **_IRREGULAR_FIRST},
    first_name_gender={**{n: "f" for n in _FEM_FIRST.split()}, **{v: "m" for v in _IRREGULAR_FIRST.values()}},
    first_name={
        "m": (("owi", ""), ("em", ""), ("a", ""), ("u", "")),
        "f": (("ii", "ia"), ("ki", "ka"), ("gi", "ga"), ("y", "a"), ("ie", "a"), ("ę", "a"), ("ą", "a")),
    },
    surname={
        "m": (("skiego", "ski"), ("ckiego", "cki"), ("dzkiego", "dzki"), ("skiemu", "ski"),
              ("ckiemu", "cki"), ("dzkiemu", "dzki"), ("skim", "ski"), ("ckim", "cki"),
              ("iego", "i"), ("ego", "y"), ("emu", "y"), ("owi", ""), ("y", "a"), ("ą", "a"),
              ("em", ""), ("a", "")),
        "f": (("skiej", "ska"), ("ckiej", "cka"), ("dzkiej", "dzka"), ("skiej", "ska"),
              ("iej", "ia"), ("ej", "a"), ("ą", "a"), ("y", "a")),
    },
    adjective_endings=("ego", "emu", "ej", "ym", "im", "ych", "ich", "ą", "owej", "owego"),
    oblique_endings=("ego", "emu", "ej", "owi", "iem", "ą", "ę", "ów", "ych"),
    feminine_endings=("y", "ii", "ki", "gi", "ie", "ę", "ą"),
    masculine_endings=("owi", "em", "a"),
    feminine_surname_endings=("skiej", "ckiej", "dzkiej", "ska", "cka", "dzka"),
    stem_endings=(
        "owego", "owej", "iego", "iemu", "ami", "ach", "ego", "emu", "iej", "owi", "ych",
        "ich", "ymi", "imi", "om", "ów", "em", "ej", "ym", "im", "ie", "ii", "ą", "ę", "a",
        "y", "i", "e", "u", "o",
    ),
    fold=(("ą", "ę"), ("ó", "o")),
    postpositive_adjectives=True,
)
