"""Polish."""

from ._base import LanguageData

DATA = LanguageData(
    code="pl",
    name="POLISH",
    script="latin",
    letters="ąćęłńóśźż",
    titles=(
        "ul al pl os prof dr hab inż mgr ks św gen płk mjr kpt por ppor sierż ds woj pow gm im adw mec "
        "red doc lek pt "
        # police, fire-service and army ranks, written abbreviated before a name ("podkom.
        # Adam Nowak", "mł. asp.", "st. bryg."), and office abbreviations ("dyr.", "prez.")
        "post szer kpr plut chor ppłk kmdr adm bryg asp podkom kom nadkom podinsp insp nadinsp "
        "mł st dyr prez przew "
        # prosecutors, judges, MPs, heads and deputies: "prok. Joanna Nowak", "zast. kier."
        "prok sędz pos burm kier zast"
    ),
    unit_abbreviations="tys mln mld bln zł gr km kg proc itd itp pkt godz min sek",
    bare_units="mln mld bln zł km kg",
    year_abbreviations="r rr",
    never_end="np tj tzn ok m.in wg nt tzw zob ww",
    junk=(
        r"udostępnij|podziel się|czytaj (?:także|też|również|więcej|dalej)"
        r"|zobacz (?:także|też|również)|polecamy|subskrybuj|zapisz się|newsletter\w*"
        r"|\d+ komentarz\w*|komentarz(?:e|y)\b|dodaj komentarz|zaloguj|zarejestruj|reklama"
        r"|wszelkie prawa zastrzeżone|korzystamy z (?:plików )?cookies?|plik\w* cookies?"
        r"|polityk\w* prywatności|przejdź do treści|najczęściej czytane|najpopularniejsze"
        r"|artykuł sponsorowany|materiał partnera|wyświetle\w*|znalazłeś błąd"
        r"|obserwuj nas|udostępnień|czas czytania|min\. czytania|jesteś tutaj|jesteś w(?=:)",
        r"^(?:źródło|fot\.?|zdjęcie|tagi|wideo|ilustracja)\s*:?",
    ),
    strong_junk=(
        r"(?:korzystamy|używamy) (?:z )?(?:plików )?cookies?|wszelkie prawa zastrzeżone"
        r"|twój adres (?:e-mail )?nie zostanie opublikowany|wymagane pola są oznaczone"
        r"|zapisz się (?:do|na) (?:naszego )?newslett\w*|zapisz się na newsletter"
        r"|kopiowanie [^.]{0,60}(?:zabronione|bez zgody)",
    ),
    strong_anchors=(
        "cookie",
        "prawa zastrzeżone",
        "opublikowany",
        "wymagane pola",
        "newslett",
        "kopiowanie",
    ),
    end_markers=(
        r"czytaj (?:także|też|również)|zobacz (?:także|też|również)|podobne (?:artykuły|wpisy)"
        r"|polecane(?: artykuły)?|\d* ?komentarz(?:e|y)|dodaj komentarz|tagi\s*:.*"
        r"|najnowsze (?:wiadomości|artykuły)|najczęściej czytane|więcej z tej kategorii",
    ),
    reporting=(
        r"powiedział\w*|poinformował\w*|przekazał\w*|oświadczył\w*|według|zdaniem|podał\w*"
        r"|stwierdził\w*|mówi|informuje|twierdzi",
    ),
    byline_words=("autor", "autorka", "tekst", "opracowanie", "autorzy"),
    months=(
        "styczeń stycznia styczniu styczniem sty",
        "luty lutego lutym lut",
        "marzec marca marcu marcem",
        "kwiecień kwietnia kwietniu kwietniem kwi",
        "maj maja maju majem",
        "czerwiec czerwca czerwcu czerwcem cze",
        "lipiec lipca lipcu lipcem lip",
        "sierpień sierpnia sierpniu sierpniem sie",
        "wrzesień września wrześniu wrześniem wrz",
        "październik października październiku październikiem paź",
        "listopad listopada listopadzie listopadem lis",
        "grudzień grudnia grudniu grudniem gru",
    ),
    relative_days="dziś dzisiaj wczoraj przedwczoraj",
    number_words=(
        "dwoje troje czworo pięcioro półtora półtorej jeden jedna jedno jednego jednej jednemu jednym dwa dwie dwóch dwu dwoma dwom trzy "
        "trzech trzem trzema cztery czterech czterem czterema pięć pięciu sześć sześciu siedem "
        "siedmiu osiem ośmiu dziewięć dziewięciu dziesięć dziesięciu jedenaście dwanaście "
        "piętnaście dwadzieścia dwudziestu trzydzieści trzydziestu czterdzieści pięćdziesiąt "
        "sto stu dwieście trzysta pięćset tysiąc tysiące tysięcy tysiąca milion miliony "
        "milionów miliona miliard miliardy miliardów miliarda dziesiątki dziesiątek setki "
        "setek połowa połowy połowę jedna trzecia ćwierć dwukrotnie trzykrotnie dwa razy "
        "pierwszy pierwsza pierwsze pierwszego pierwszej większość większości procent procenta "
        "procentów"
        " dwaj trzej czterej sześcioro siedmioro ośmioro dziewięcioro"
        " dziesięcioro"
        " żaden żadna żadne żadnego żadnej żadnym żadnych"
    ),
    count_words=(
        "dwoje troje czworo półtora dwa dwie dwóch trzy trzech cztery czterech pięć pięciu sześć siedem osiem dziesięć "
        "dziesiątki dziesiątek setki setek tysiące tysięcy miliony milionów"
        " dwaj trzej czterej pięcioro sześcioro siedmioro ośmioro dziewięcioro"
        " dziesięcioro sześciu siedmiu ośmiu dziewięciu dziesięciu"
        " kilkunastu kilkudziesięciu"
    ),
    units=(
        r"%|proc\.?|procent\w*|tys\.?|tysi\w*|mln\.?|milion\w*|mld\.?|miliard\w*|bln"
        r"|zł\b|złot\w*|gr\b|euro|\$|€|dolar\w*|PLN|USD|EUR|km|kg|ton\w*|ha\b|stopni\w*"
        r"|osób|osoby|ludzi|razy\b",
    ),
    qualifiers=(
        r"ponad|około|ok\.|prawie|niemal|blisko|co najmniej|przynajmniej|nawet|mniej niż"
        r"|więcej niż|aż|niespełna|ledwie|tylko|zaledwie|jedynie",
        r"wynosi|wynoszą|wyniósł|wyniosła|wyniosło|wyniosły|sięga|sięgnął|sięgnęła|osiągnął|osiągnęła|osiągnęło|liczy",
    ),
    counted_nouns=True,
    date_words=(
        "poniedziałek poniedziałku wtorek wtorku środa środę środy czwartek czwartku piątek "
        "piątku sobota sobotę soboty niedziela niedzielę niedzieli wczoraj przedwczoraj"
    ),
    date_phrases=(
        "w zeszłym roku",
        "w ubiegłym roku",
        "w tym roku",
        "w zeszłym miesiącu",
        "w ubiegłym miesiącu",
        "w zeszłym tygodniu",
        "w ubiegłym tygodniu",
        "w tym tygodniu",
        "zeszłego lata",
        "tego lata",
        "tej zimy",
        "w ostatni weekend",
    ),
    schedule_words="do termin terminie upływa zaplanowano zaplanowany później",
    schedule=(r"do końca|nie później niż|termin\w*|upływa|zaplanowan\w*|ma zostać \w+ do",),
    comparison_words=(
        "więcej mniej wyższy niższy wyżej niżej drożej taniej szybciej wolniej niż rekord "
        "rekordowy dwukrotnie trzykrotnie największy najmniejszy gorzej lepiej gorszy lepszy "
        "najgorszy najlepszy"
    ),
    comparison_stems=(
        "wzrósł wzrosł wzrost spadł spadl spadek zmniejszy zmniejsz zwiększy zwiększ obniży "
        "obniż podwyższy podwyż zdrożał potani rekordow maksymaln minimaln najwyższ najniższ "
        "największ najmniejsz przekroczy podwoi"
        " najdłuż najkrót najbliż najdalsz najczęści najrzadzi najstarsz"
        " najmłodsz najwięk najmniej najwięcej"
    ),
    factual_stems=(
        "zatrzyma aresztowa skaza wyrok zginął zginęł zginęl zmarł zmarl zabit zabił rann "
        "podpisa zatwierdzi zakaza wprowadzi ogłosi opublikowa przyznał przyzna wyda wydał "
        "zapłaci otrzyma wygra przegra wybra głosowa zagłosowa zbudowa wybudowa zamknię "
        "zamknął zamknęł otworzy otwarto zwolni mianowa powoła odwoła przełoży ewakuowa "
        "skonfiskowa zarekwirowa ukara oskarży oskarż wszczę udokumentowa zarejestrowa "
        "przeprowadzi rozpoczę rozpoczął zakończy deportowa przekroczy przeszuka przechwyc "
        "wyciek zawiesi zlikwidowa odmówi uchwali przyję przyjął straci uwolni"
        " uprawomocni prawomocn rozpatrz rozpatrywa skierowa ustali wypłaci"
        " wypłacon wyegzekwowa umorzy umorzon zaskarży odrzuci odrzucon oddali"
        " uwzględni postanowi zarządzi zaakceptowa zawarł zawarła zawarli"
        " przedłuży przedłuż rozwiąza nałoży nałożon złoży złożył wystąpi"
        " pozbawi odebra skontrolowa wykry wykaza stwierdzi ujawni znalezion"
        " naruszy narusz zrekompensowa kupił kupiła sprzeda naby pociągnię"
        " zburzy wyburzy rozebra wyremontowa zmodernizowa uruchomi uruchomion"
        " zakupi wszczą wszczyna zastosowa odpiera odparł odparła rozpoczn"
        " zaprzecza zaprzeczy zdementowa wyznacz sfinansowa finansuj zmierz"
    ),
    opinion_words=(
        "oczywiście niewątpliwie bezsprzecznie skandal skandaliczne haniebne oburzające "
        "okropne wspaniałe absurdalne tragiczne niestety powinien powinna powinno powinni "
        "powinniśmy należy trzeba szkoda uważam uważamy myślę sądzę"
    ),
    opinion_stems="skandaliczn haniebn oburzając okropn wspaniał absurdaln niepokojąc",
    opinion_phrases=(
        "szczerze mówiąc",
        "moim zdaniem",
        "naszym zdaniem",
        "według mnie",
        "wydaje się",
        "wydaje mi się",
        "wydaje nam się",
        "mam nadzieję",
        "jestem przekonany",
        "jestem przekonana",
        "na szczęście",
        "czas pokaże",
        "rodzi pytania",
        "budzi wątpliwości",
        "dobra wiadomość",
        "zła wiadomość",
        "dobrą wiadomością",
        "w szoku",
    ),
    hedge_words=(
        "prawdopodobnie najprawdopodobniej chyba podobno rzekomo ponoć możliwe pewnie "
        "przypuszczalnie"
    ),
    hedge_phrases=(
        "być może",
        "może być",
        "nie wykluczone",
        "niewykluczone",
        "jak się zdaje",
        "raczej nie",
        "wątpliwe",
    ),
    future_words=(
        "będzie będą będę będziemy prognozuje prognozują oczekuje oczekują prognoza planuje "
        "planują zamierza zamierzają"
    ),
    boilerplate=(
        "powiemy",  # the outlet announcing its own coverage
        "opowiemy",
        "czytaj także",
        "czytaj też",
        "zobacz także",
        "udostępnij",
        "subskrybuj",
        "zapisz się",
        "kliknij tutaj",
        "pliki cookie",
        "prawa zastrzeżone",
        "newsletter",
        "ctrl+enter",
    ),
    no_comment=(
        r"odmówi\w* komentarza|nie skomentowa\w*|nie odpowiedzia\w*(?: \w+){0,2} na (?:nasze |moje )?pytani\w*"
        r"|nie udało się (?:skontaktować|uzyskać komentarza)|nie odpowiedzia\w* na prośbę"
        r"|na (?:nasze )?pytani\w*(?: \w+){0,3} nie odpowiedzia\w*"
        r"|nie potwierdzi\w*,? ani nie zaprzeczy\w*|ani nie potwierdzi\w*,? ani nie zaprzeczy\w*",
    ),
    no_comment_gates=("komentarz", "skomentowa", "odpowiedzia", "skontaktować", "potwierdzi"),
    institution_words=(
        "sąd sądu sądem sądzie sądy sądów sędzia sędziego rząd rządu rządem rządzie "
        "urząd urzędu urzędem urzędzie urzędy urzędów rada rady radzie radą radę "
        "izba izby izbie izbą izbę związek związku bank banku wójt wójta resort "
        "resortu wyrok"
    ),
    institution_stems=(
        "prokurat policj ministerstw minister administrac ratusz magistrat gmina "
        "gminy gminie starost wojewod marszał burmistrz sejmik komisj komitet "
        "inspekc inspektor służb zarząd departament śledcz trybunał spółk "
        "przedsiębiorstw fabryk koncern szpital uczelni uniwersytet instytut agencj "
        "fundacj fundusz organizac parti wykonawc przewoźnik deweloper operator"
    ),
    reported_stems=(
        "poinformowa informuj oświadczy powiedzia przekaza zaznaczy podkreśli "
        "wyjaśni wyjaśnia doprecyzowa dodał dodaj przyznał przyznaj przyznaw "
        "twierdzi utrzymuj przypomnia przypomina potwierdzi wskaza wskazuj zapewni "
        "zapewnia obieca zapowiedzia ostrzeg ustali zastrzeg zastrzega relacjon mówi"
        " oświadcza przekazuj zaznacza podkreśla potwierdza pisze piszą pisał zwraca przekonywa przekonuj"
    ),
    complementizers="że iż",
    as_words="jak",
    reported_phrases=(
        "jak wynika z",
        "jak czytamy w",
        "zgodnie z danymi",
    ),
    opinion_exceptions=(
        r"należ\w* do",
        r"należy się",
    ),
    factual_phrases=(
        "ma prawo",
        "mają prawo",
    ),
    belief_words="uważa uważają uważał uważała sądzi sądzą myśli myślą",
    month_adjective_stems=(
        "styczniow lutow marcow kwietniow majow czerwcow lipcow sierpniow wrześniow "
        "październikow listopadow grudniow"
    ),
    distributive_words="co",
    ordinal_stems="drug trzec czwart piąt szóst siódm ósm dziewiąt dziesiąt",
    ordinal_endings="i a ie iego iej iemu im ą ich y e ego ej emu ym ych",
    min_words=4,
    short_words=5,
    not_entity=(
        "Ja On Ona Ono Oni One My Wy Ty To Ten Ta Te Tam Tu Tutaj Jego Jej Ich Ale I A Albo "
        "Lub W We Na Z Ze Po Do Od Dla Przy Jak Kiedy Gdy Jeśli Jeżeli Że Żeby Aby Tak Także "
        "Też Już Jeszcze Wszystko Wszyscy Oprócz Jednak Między Na Przykład Teraz Potem Później "
        "Wcześniej Przed Wczoraj Dziś Dzisiaj Jutro Kto Gdzie Dlaczego Tak Nie Mój Nasz Wasz "
        "Według Zdaniem Oraz Czy Obecnie Wtedy Dotąd Niedawno Wówczas Takie Taki Taka Tego Tym Ubiegłego Zeszłego Od"
    ),
    legal_stems="areszt wyrok skaza skaż uniewinni oskarż zarzut ukara licencj koncesj umow pozew pozw zatrzyma sankcj dozor dozór",
    legal_words="",
    legal_phrases=(
        "akt oskarżenia",
        "postępowanie karne",
        "środek zapobiegawczy",
        "środki zapobiegawcze",
    ),
    opinion_openers=(
        "chyba",
        "raczej nie",
        "trudno uwierzyć",
        "trudno sobie wyobrazić",
        "trudno powiedzieć",
        "trudno nie",
        "wychodzi na to",
        "wygląda na to",
        "zdaje się",
        "cóż",
        "czyżby",
        "czyż",
        "ciekawe,",
        "dziwne,",
        "jak widać",
        "innymi słowy",
        "tak czy inaczej",
        "krótko mówiąc",
        "jednym słowem",
        "nic dziwnego",
        "nie dziwi",
    ),
    read_also=(
        "czytaj (?:też|także|również|więcej)|przeczytaj (?:też|także|również)|zobacz (?:też|także|również)|polecamy|na ten temat|więcej na ten temat|powiązane",
    ),
)
