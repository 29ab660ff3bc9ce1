"""A campaign's chief speaks for the campaign: partisan_source on the race
(docs/gold-conventions.md "Candidates and campaigns as a partisan source"; caveat_sources.py's
"campaign" pattern, CAMPAIGN_SPEAKER_NOUNS)."""

from factcheck.extract import extract_claims


def _kinds(nlp, text, figure):
    claim = next(c for c in extract_claims(nlp(text), doc_name="t").claims if figure in c.text)
    return [c.kind.value for c in claim.caveats]


def test_a_campaign_chief_on_the_race_is_partisan(nlp):
    text = (
        "The Liberals' campaign chief, Marta Kovac, told supporters the party would win more "
        "than 60 seats."
    )
    assert "partisan_source" in _kinds(nlp, text, "60")


def test_a_police_chief_near_a_campaign_event_is_not(nlp):
    text = "Police chief Dan Moore said 12 people were arrested near the campaign rally."
    assert "partisan_source" not in _kinds(nlp, text, "12")
