"""English: the tables the engine was tuned on (moved here unchanged from the modules)."""

from ._base import LanguageData

DATA = LanguageData(
    code="en",
    name="ENGLISH",
    script="latin",
    titles=(
        "mr mrs ms messrs mme dr prof sen sens rep reps gov gen lt col maj capt cmdr adm sgt "
        "cpl pvt rev hon pres supt insp det brig fr"
    ),
    abbreviations=(
        "co corp inc ltd llc plc bros jr sr etc al approx est dept univ ave blvd rd st mt ft "
        "no nos vol vols pp p fig figs ed eds ch sec art para ref tel ext n° nº "
        "jan feb mar apr jun jul aug sep sept oct nov dec "
        "mon tue tues wed thu thurs fri sat sun"
    ),
    never_end="vs v e.g i.e cf viz ca approx",
    starters=(
        "a an the this that these those there then their they we i he she it its you your our "
        "my his her what when where why who whom whose which how however but and or so yet also "
        "still in on at for from with without after before during since as if although though "
        "while because many most some several few all both each every no not none one meanwhile "
        "moreover furthermore nevertheless instead later earlier last next today yesterday "
        "tomorrow now here did does do is are was were has have had can could will would should "
        "shall may might must let being millions thousands hundreds more less such under over "
        "among between despite until unless once"
    ),
    junk=(
        r"\b(?:share (?:this|on|via)|spread the words?|tweet this|pin it|email this|print this"
        r"|related (?:posts?|articles?|stories|news|content|topics)|you (?:may|might) also like"
        r"|more (?:from|stories|news)\b|recommended|read (?:more|next|also)|continue reading"
        r"|keep reading|see also|leave a (?:reply|comment)|post a comment|\d+ comments?"
        r"|your email address will not be published|required fields are marked|save my name"
        r"|cancel reply|cookies?|subscribe|newsletter|sign (?:up|in)|log ?in|follow us"
        r"|advertisement|sponsored|copyright|all rights reserved|content is protected"
        r"|privacy policy|terms of (?:use|service)|skip to (?:main )?content|toggle navigation"
        r"|breaking news|trending|most (?:read|popular|viewed)|(?:previous|next) (?:post|article)"
        r"|post navigation|filed under|about the author|primary colou?r|secondary colou?r"
        r"|layout mode|dark mode|light mode|back to top|click here|download (?:the|our) app"
        r"|listen to this article|min(?:ute)? read|whatsapp|facebook|twitter|linkedin|telegram"
        r"|reddit|pinterest|you are here)\b|©|^(?:tags?|photo|image|credit|source|comments?)\s*:?"
        r"|^(?:breaking|live|just in|developing|update[ds]?)\s*:",
    ),
    strong_junk=(
        r"\b(?:we use cookies|uses cookies|accept (?:all )?cookies|cookie (?:policy|settings)"
        r"|your email address will not be published|required fields are marked"
        r"|all rights reserved|content is protected|sign up for (?:our|the) newsletter"
        r"|subscribe to (?:our|the) newsletter|this content is for subscribers)\b|©",
    ),
    strong_anchors=(
        "cookie",
        "email address",
        "required fields",
        "rights reserved",
        "protected",
        "newsletter",
        "subscri",
        "©",
    ),
    end_markers=(
        r"related (?:posts?|articles?|stories|news|content)|you (?:may|might) also like"
        r"|more (?:from|stories|on this)\b.*|recommended(?: for you)?|read next"
        r"|leave a (?:reply|comment)"
        r"|post a comment|\d* ?comments?|post navigation|about the author|tags?\s*:.*"
        r"|what to read next|latest (?:news|posts|stories)",
    ),
    reporting=(r"said|says|told|according to|reported|announced",),
    months=(
        "january jan",
        "february feb",
        "march mar",
        "april apr",
        "may",
        "june jun",
        "july jul",
        "august aug",
        "september sep sept",
        "october oct",
        "november nov",
        "december dec",
    ),
    number_words=(
        "one two three four five six seven eight nine ten eleven twelve twenty thirty forty "
        "fifty hundred hundreds thousand thousands million millions billion billions dozen "
        "dozens half double doubled triple tripled quadrupled first second third seventh "
        "majority percent"
    ),
    count_words="two three four five six seven eight nine ten dozens hundreds thousands",
    unit_after_pattern=(
        r"\s*(?:%|percent|per cent|million|billion|trillion|km|kilometres|kilometers|miles|"
        r"tonnes|tons|degrees)|\s+(?:[a-z-]+\s+)?[a-z]+s\b"
    ),
    qualifier_pattern=(
        r"(?:[$€£¥]\s?|\b(?:[Aa]t least|[Mm]ore than|[Ff]ewer than|[Ll]ess than|[Nn]early|"
        r"[Aa]lmost|[Aa]bout|[Aa]round|[Oo]ver|[Uu]p to|[Uu]nder|aged)\s+)$"
    ),
    word_count_pattern=(
        r"\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)"
        r"\s+(?:of\s+(?:the\s+)?(?:last\s+|past\s+)?)?(?:[a-z-]+\s+)?[a-z]+s\b"
    ),
    date_words=(
        "january february march april june july august september october november december "
        "jan feb aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday "
        "sunday yesterday"
    ),
    months_in_dates=False,
    date_phrases=(
        "last week",
        "last month",
        "last year",
        "this week",
        "this month",
        "this year",
        "this summer",
        "this winter",
        "this spring",
        "this autumn",
    ),
    schedule_words="until deadline expires expire due scheduled must later",
    schedule=(
        r"until|by the end of|deadline|expires?|due to|scheduled (?:to|for)|must be \w+ by"
        r"|no later than",
    ),
    comparison_words=(
        "more less fewer higher lower larger smaller bigger greater faster slower cheaper than "
        "compared record highest lowest largest smallest biggest most least increase increased "
        "decrease decreased rose risen fell fallen dropped doubled tripled halved grew decline "
        "worse worst worsened improved "
        "declined surge surged jumped climbed shrank outnumber outnumbered outnumbers twice"
    ),
    factual_words=(
        "killed died death deaths arrested detained convicted sentenced charged approved passed "
        "signed banned imposed introduced launched began started ended declared denied plan "
        "plans planned announced published released leaked intercepted obtained show shows "
        "showed reveal reveals revealed found confirmed elected voted won lost spent paid cost "
        "own owns employ employs funded built closed opened seized deported crossed sealed "
        "encouraged dismissed accused allegation allegations condemned recorded reported "
        "registered ruled fined raised cut earned received hired fired ordered suspended "
        "resigned appointed awarded cancelled canceled postponed withdrew withdrawn evacuated "
        "measured testified disputes disputed"
    ),
    factual_phrases=("pushing back", "worked with", "resulted in", "took place", "takes place"),
    opinion_words=(
        "should clearly obviously undoubtedly shameful outrageous disgraceful terrible wonderful "
        "brilliant ridiculous absurd tragic sadly fortunately unfortunately hopefully "
        "vulnerability grappling fallout underscore underscores deserve deserves let's "
        "frankly"
    ),
    opinion_phrases=(
        "i think",
        "i believe",
        "we believe",
        "in my view",
        "in my opinion",
        "ought to",
        "must not",
        "it is clear",
        "it is obvious",
        "it is time",
        "remains to be seen",
        "only time will tell",
        "raises questions",
        "raise questions",
        "raises serious questions",
        "highlights the need",
        "a reminder that",
        "shows how",
        "show how",
        "illustrates how",
        "is a sign of",
        "is a test of",
        "the human cost",
        "continues to mount",
        "we need",
        "let us",
    ),
    hedge_words="might could perhaps possibly probably likely unlikely seem seems",
    hedge_phrases=("appears to", "appear to", "suggests that", "suggest that", "it is possible"),
    case_hedges="may",
    modal_words="will would could may might",
    feeling_words=(
        "feel happy sad angry relieved delighted disappointed pleased upset worried love hate enjoy"
    ),
    feelings=(
        r"\b(?:will|would|could|may|might) (?:feel|be (?:happy|sad|angry|relieved|delighted|"
        r"disappointed|pleased|upset|worried)|love|hate|enjoy)\b"
    ),
    boilerplate=(
        "click here",
        "subscribe",
        "sign up",
        "newsletter",
        "cookie",
        "all rights reserved",
        "read more",
        "follow us",
        "share this",
        "contact us",
        "reporting by",
        "editing by",
        "additional reporting",
        "we will have more",  # the outlet announcing its own coverage
        "we'll have more",
    ),
    no_comment=(
        r"\b(?:declined|refused) to comment|did not (?:immediately )?(?:respond|reply) to "
        r"(?:a |our )?requests? for comment|could not be reached for comment|not "
        r"(?:immediately )?available for comment|neither confirm\w* nor den\w*"
        r"|would not confirm or deny",
    ),
    no_comment_gates=("comment", "confirm"),
    not_entity=(
        "I The A An He She It They We You This That These Those His Her Their Its Our My Mr "
        "Mrs Ms Dr But And Or So In On At For With From After Before When While As If Meanwhile"
    ),
    initial_entity=True,
    legal_stems="indict convict acquit jailed imprison arrest lawsuit subpoen verdict custody detain revok sentenced plead",
    legal_words="fined sued charged",
    legal_phrases=(
        "found guilty",
        "signed a contract",
        "signed an agreement",
        "signed a deal",
        "filed a lawsuit",
        "filed charges",
        "pressed charges",
        "house arrest",
    ),
    opinion_openers=(
        "it is hard to believe",
        "it's hard to believe",
        "hard to believe",
        "it is difficult to believe",
        "it is hard to imagine",
        "it's hard to imagine",
        "it seems,",
        "so much for",
        "needless to say",
        "one wonders",
        "in other words",
        "ironically",
        "surprisingly,",
        "clearly,",
        "obviously,",
        "small wonder",
        "no wonder",
        "who would have thought",
        "make no mistake",
        "let's be honest",
        "let us be honest",
        "the irony is",
        "the question is",
        "little wonder",
    ),
    read_also=("read (?:also|more|next)|see also|also read|related|more on this",),
)
