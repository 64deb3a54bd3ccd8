"""English attribution, round 12: coordinated subjects (each conjunct is a source of its
own), unnamed speakers described by a long prepositional phrase or a restrictive relative
clause, and a name apposed to a lowercase descriptor. Our own sentences, none taken from a
labelled set."""

import pytest

from tests.extraction._attribution import found_after


def _names(sentences: list[str]) -> list[str]:
    return [name for name, _ in found_after(sentences, "en")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The mayor and the council's chief executive said the bridge would reopen in May.",
            ["mayor", "council's chief executive"],
        ),
        (
            "Both the insurer and the regulator said claims had doubled since the floods.",
            ["insurer", "regulator"],
        ),
        (
            "The ferry operator and the port authority, Havnevesen, both said sailings would "
            "resume on Friday.",
            ["ferry operator", "Havnevesen"],
        ),
        (
            "Councillor Ruth Abara and committee chair Owen Maddox said the vote was delayed.",
            ["Ruth Abara", "Owen Maddox"],
        ),
    ],
)
def test_each_conjunct_of_a_coordinated_subject_is_a_source(
    sentence: str, expected: list[str]
) -> None:
    assert _names([sentence]) == expected


def test_a_surname_conjunct_takes_the_full_name_given_earlier() -> None:
    names = _names(
        [
            "Gwen Talbot, who runs the town's food bank, said demand had risen by a third.",
            "Talbot and her deputy, Iolo Price, said volunteers were working double shifts.",
        ]
    )
    assert names == ["Gwen Talbot", "Iolo Price"]


def test_a_coordinated_subject_shares_the_outlet_it_told() -> None:
    found = found_after(
        ["The headteacher and the chair of governors told the Bristol Post that fees would rise."],
        "en",
    )
    assert found == [("headteacher", "Bristol Post"), ("chair of governors", "Bristol Post")]


@pytest.mark.parametrize(
    "sentence",
    [
        # capitalised words joined by "and" are one name
        "The Department for Culture and Media said the grant had been approved.",
        "The Fire and Rescue Service said two crews attended.",
    ],
)
def test_a_name_with_and_inside_stays_one_source(sentence: str) -> None:
    assert len(_names([sentence])) == 1


def test_a_clause_that_is_no_speaker_is_not_a_conjunct() -> None:
    # "the bank cut rates" ends in no speaker noun: only the ministry speaks
    assert _names(["The bank cut rates and the ministry said inflation would ease."]) == [
        "ministry"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A buyer at one of the two biggest supermarket chains, who asked not to be named, "
            "said orders had been cut.",
            "buyer at one of the two biggest supermarket chains",
        ),
        (
            "Three nurses involved in the trial, who spoke on condition of anonymity, said "
            "doses were skipped.",
            "Three nurses involved in the trial",
        ),
        (
            "An engineer who inspected the dam, speaking on condition of anonymity, said "
            "the cracks were old.",
            "engineer who inspected the dam",
        ),
    ],
)
def test_an_unnamed_speaker_keeps_the_phrase_that_describes_them(
    sentence: str, expected: str
) -> None:
    assert _names([sentence]) == [expected]


def test_a_relative_clause_without_an_apposition_is_not_the_speaker() -> None:
    # "who said" is the clause's own verb; the main verb "won" reports nothing
    assert _names(["The farmer who said the well was dry won the appeal."]) == []


def test_an_anonymous_speaker_keeps_the_station_spoken_to() -> None:
    found = found_after(
        ["A porter who saw the fire, speaking to Valley FM, said the alarm never sounded."], "en"
    )
    assert found == [("porter who saw the fire", "Valley FM")]


def test_a_group_noun_keeps_only_its_noun() -> None:
    assert _names(["Tenants of the tower said the lifts had failed again."]) == ["Tenants"]


def test_a_single_unnamed_official_keeps_their_affiliation() -> None:
    assert _names(
        ["An inspector at the county trading standards office said 40 shops were visited."]
    ) == ["inspector at the county trading standards office"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A tenants' group in the old docks, Dockside Voice, rejected the plan, saying rents "
            "would double.",
            "Dockside Voice",
        ),
        (
            "An auditor who reviewed the accounts, Professor Hanna Lind of Uppsala University, "
            "said the gap was unexplained.",
            "Hanna Lind",
        ),
    ],
)
def test_a_name_apposed_to_a_descriptor_is_the_source(sentence: str, expected: str) -> None:
    assert _names([sentence]) == [expected]


def test_passive_told_is_no_speaker() -> None:
    assert _names(["Residents within a mile of the depot were told to stay indoors."]) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A landlord let out 40 unsafe flats, Bristol Crown Court heard on Thursday.",
            "Bristol Crown Court",
        ),
        ("Two divers ignored the ban, Oban Sheriff Court was told.", "Oban Sheriff Court"),
        (
            "Norway's supreme court on Monday ordered the ministry to reconsider the licence.",
            "Norway's supreme court",
        ),
        ("A Tartu court on Friday sentenced the driver to a year in prison.", "Tartu court"),
        ("The employment tribunal ruled that the dismissal was unfair.", "employment tribunal"),
    ],
)
def test_what_a_court_heard_or_decided_has_the_court_as_source(
    sentence: str, expected: str
) -> None:
    assert _names([sentence]) == [expected]


def test_a_name_without_a_court_word_is_no_court() -> None:
    # "heard" after an ordinary name reports nothing
    assert _names(["Neighbours of the court heard a blast, and Anna Berg heard it too."]) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Ministry of Health said in a statement to Diario da Tarde that beds were short.",
            ("Ministry of Health", "Diario da Tarde"),
        ),
        (
            "The airline said in an emailed response to the Evening Herald that no flights were cut.",
            ("airline", "Evening Herald"),
        ),
        # the audience of a statement is no relay
        (
            "The minister said in a statement to Parliament that the scheme would end.",
            ("minister", None),
        ),
    ],
)
def test_a_statement_to_an_outlet_makes_it_the_relay(
    sentence: str, expected: tuple[str, str | None]
) -> None:
    assert found_after([sentence], "en") == [expected]


def test_an_outlet_quoting_an_unnamed_speaker_is_the_relay_not_the_speaker() -> None:
    found = found_after(
        ["A coastguard spokesperson, quoted by the Cornish Guardian, said two boats sank."], "en"
    )
    assert found == [("coastguard spokesperson", "Cornish Guardian")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The council said in a post on Facebook that the pool would shut.",
            ("council", "Facebook"),
        ),
        (
            "The regional governor said on Telegram that three drones were downed.",
            ("regional governor", "Telegram"),
        ),
    ],
)
def test_a_platform_posted_on_is_the_relay_of_a_noun_subject(
    sentence: str, expected: tuple[str, str | None]
) -> None:
    assert found_after([sentence], "en") == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Northvale's spokeswoman, Priya Shah, said the depot would close.", ("Priya Shah", None)),
        (
            "Its spokesman, Ifan Lloyd, whose son plays for the club, told Radio Gwynedd that "
            "the pitch was unsafe.",
            ("Ifan Lloyd", "Radio Gwynedd"),
        ),
    ],
)
def test_an_owned_role_before_an_apposed_name_describes_the_person(
    sentence: str, expected: tuple[str, str | None]
) -> None:
    assert found_after([sentence], "en") == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Seabird numbers halved in a decade, the authors write.", ["authors"]),
        ("The regulator expects bills to fall by 8% in April.", ["regulator"]),
        ("The tenants' union disputes the landlord's figures.", ["tenants' union"]),
    ],
)
def test_plural_present_and_forecast_verbs_report(sentence: str, expected: list[str]) -> None:
    assert _names([sentence]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The pollen counts, as checked by an independent laboratory at Bangor University, "
            "matched the first survey.",
            "independent laboratory at Bangor University",
        ),
        ("The totals, as verified by the team using ferry logs, were close.", "team"),
    ],
)
def test_a_team_or_laboratory_credited_with_checking_is_the_source(
    sentence: str, expected: str
) -> None:
    assert _names([sentence]) == [expected]


def test_a_document_by_one_body_seen_by_an_outlet_is_relayed() -> None:
    found = found_after(
        [
            "An internal review by the Port Authority, seen by the Harbour Gazette, found "
            "that two cranes were unsafe."
        ],
        "en",
    )
    assert ("internal review by the Port Authority", "Harbour Gazette") in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Exports fell by a tenth, according to trade data cited by the Ministry of Finance.",
            ("trade data", "Ministry of Finance"),
        ),
        (
            "Rainfall was the lowest on record, according to Ireland's weather service, "
            "Met Éireann.",
            ("Met Éireann", None),
        ),
        (
            "She blamed fuel costs, which according to the cooperative were 30% higher.",
            ("cooperative", None),
        ),
    ],
)
def test_according_to_reads_the_relay_the_apposition_and_stops_at_the_verb(
    sentence: str, expected: tuple[str, str | None]
) -> None:
    assert expected in found_after([sentence], "en")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A spokesman for the hospital trust declined to comment but said the ward was safe.",
            ["spokesman for the hospital trust"],
        ),
        (
            "A spokeswoman for the inspectorate said the report would be published.",
            ["spokeswoman for the inspectorate"],
        ),
        # "alleged" after the preposition's article is an adjective, not the verb
        (
            "Ola Dahl, a lawyer for the alleged organiser, denied the charge.",
            ["Ola Dahl"],
        ),
    ],
)
def test_a_spokesperson_for_a_body_is_named_with_it(sentence: str, expected: list[str]) -> None:
    assert _names([sentence]) == expected


def test_analysts_at_a_firm_are_named_with_the_firm() -> None:
    assert _names(["Rates will rise, analysts at Halvorsen Capital wrote in a note."]) == [
        "analysts at Halvorsen Capital"
    ]


def test_a_passive_reporting_verb_credits_the_name_after_by() -> None:
    assert _names(["The claim was denied by the Ministry of Justice on Monday."]) == [
        "Ministry of Justice"
    ]


def test_a_name_starting_with_the_is_not_joined_by_a_connector() -> None:
    names = _names(["The poll, conducted by Norstat for The Courier, found 40% support."])
    assert "Norstat" in names


def test_a_pronoun_speaker_posting_on_a_platform_keeps_it_as_the_relay() -> None:
    found = found_after(
        [
            "Mayor Lena Hart said the bridge would be repaired.",
            "She said in a video posted on Facebook that the work would take a month.",
        ],
        "en",
    )
    assert found == [("Lena Hart", "Facebook")]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            ["The Baltic News Service quoted Ilze Kalnina as saying that the port would close."],
            ("Ilze Kalnina", "Baltic News Service"),
        ),
        (
            [
                "Ilze Kalnina, who runs the port authority, said traffic fell.",
                "Kalnina was quoted by the LETA news agency as saying that the port would close.",
            ],
            ("Ilze Kalnina", "LETA"),
        ),
    ],
)
def test_an_outlet_quoting_someone_as_saying_is_the_relay(
    sentences: list[str], expected: tuple[str, str]
) -> None:
    assert found_after(sentences, "en") == [expected]


def test_confirmed_to_an_outlet_makes_it_the_relay() -> None:
    assert found_after(
        ["Piotr Lis confirmed to the Financial Times that he had resigned."], "en"
    ) == [("Piotr Lis", "Financial Times")]


def test_confirmed_to_an_audience_is_no_relay() -> None:
    assert found_after(["Piotr Lis confirmed to shareholders that he had resigned."], "en") == [
        ("Piotr Lis", None)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A statement from the fisheries directorate said quotas would be cut.",
            "fisheries directorate",
        ),
        ("A statement from Northern Rail said 40 trains were cancelled.", "Northern Rail"),
        ("A police statement said two officers were hurt.", "police statement"),
    ],
)
def test_a_statement_speaks_for_its_author(sentence: str, expected: str) -> None:
    assert _names([sentence]) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Research by the University of Bath suggests that the scheme failed.",
            "University of Bath",
        ),
        (
            "The trial, led by Dr Omar Haddad of Imperial College London, found fewer infections.",
            "Omar Haddad",
        ),
        ("An AP tally showed that 31 people had died.", "AP"),
    ],
)
def test_research_and_tallies_name_their_authors(sentence: str, expected: str) -> None:
    assert expected in _names([sentence])


def test_an_op_ed_names_the_paper_as_relay() -> None:
    found = found_after(
        ["Mira Shah wrote in an op-ed for The Observer that the law was unfair."], "en"
    )
    assert found == [("Mira Shah", "Observer")]


def test_sources_close_to_someone_opening_a_sentence_are_anonymous() -> None:
    found = found_after(
        ["Sources close to the chancellor told the Sunday Herald that the budget would slip."],
        "en",
    )
    assert found == [("Sources close to the chancellor", "Sunday Herald")]


def test_the_prosecution_alleges() -> None:
    assert _names(["The prosecution alleged that the pair had hidden £3m offshore."]) == [
        "prosecution"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Recorder Alun Price said the fraud had been carefully planned.", "Alun Price"),
        ("Prosecutor Nia Beddow told the court the cash was never found.", "Nia Beddow"),
        # a court role inside an organisation's name stays
        (
            "The Prosecutor General's Office said the case was closed.",
            "Prosecutor General's Office",
        ),
    ],
)
def test_a_court_role_is_dropped_only_before_a_persons_name(sentence: str, expected: str) -> None:
    assert _names([sentence]) == [expected]


def test_said_before_a_noun_phrase_that_goes_on_is_no_inversion() -> None:
    # "the tenants" is the object clause's subject, not an inverted speaker
    assert _names(["Its chair, Ruth Abel, said the tenants had never been consulted."]) == [
        "Ruth Abel"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The authors note that the sample was small.", "authors"),
        ("The team found that the eels had moved upstream.", "team"),
        ("Co-author Elis Vaughan said the next survey would start in May.", "Elis Vaughan"),
        (
            "The findings, published in the Journal of Estuarine Studies, suggest the eels "
            "moved upstream.",
            "Estuarine Studies",
        ),
        ("Tests carried out by the Marine Institute found no toxins.", "Marine Institute"),
        ("The institute's own tests found no toxins.", "institute"),
    ],
)
def test_study_forms_name_their_source(sentence: str, expected: str) -> None:
    assert expected in _names([sentence])


def test_a_date_after_by_is_no_source() -> None:
    assert _names(["Samples collected by the council in March showed high lead levels."]) == []


def test_a_time_phrase_is_no_part_of_a_data_source() -> None:
    assert _names(["Data released by the planning office on Friday showed a drop."]) == [
        "planning office"
    ]


def test_a_title_keeping_its_capital_the_is_an_outlet_told() -> None:
    found = found_after(["Erik Lund told The Harbour Lantern that the ferry would stop."], "en")
    assert found == [("Erik Lund", "Harbour Lantern")]


def test_the_audience_told_stays_no_relay() -> None:
    assert found_after(["Erik Lund told the Harbour Board that the ferry would stop."], "en") == [
        ("Erik Lund", None)
    ]


def test_according_to_an_outlet_after_the_verb_is_the_relay() -> None:
    found = found_after(
        ["The ministry said, according to the Interfax news agency, that grain exports fell."],
        "en",
    )
    assert found == [("ministry", "Interfax")]


def test_according_to_a_body_after_the_verb_stays_a_source() -> None:
    found = found_after(
        ["Exports fell, the ministry said, according to the Customs Service, by a tenth."], "en"
    )
    assert ("Customs Service", None) in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The International Energy Agency (IEA) said demand would peak.",
            "International Energy Agency",
        ),
        (
            "Demand will peak, the Agency for the Cooperation of Energy Regulators (ACER) said "
            "on Friday.",
            "Agency for the Cooperation of Energy Regulators",
        ),
    ],
)
def test_an_acronym_in_brackets_before_the_verb_keeps_the_subject(
    sentence: str, expected: str
) -> None:
    assert _names([sentence]) == [expected]


def test_a_role_word_that_opens_an_organisation_name_stays() -> None:
    # "Driver" is a role word, but "Driver and Vehicle …" is one name
    assert _names(["The Driver and Vehicle Licensing Agency said 300 licences were revoked."]) == [
        "Driver and Vehicle Licensing Agency"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In a Telegram post, the governor said two drones were downed.", ("governor", "Telegram")),
        ("In a post on X, Lena Hart said the bridge would reopen.", ("Lena Hart", "X")),
    ],
)
def test_a_platform_named_before_the_speaker_is_the_relay(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert found_after([sentence], "en") == [expected]


def test_an_owners_office_keeps_the_possessive() -> None:
    assert _names(["The bridge will reopen, Hart's office said."]) == ["Hart's office"]
