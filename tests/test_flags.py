"""Flag reasons and check-worthiness over claim fields (flags.py)."""

import pytest

from factcheck.flags import UNVERIFIED_REASON, classify_key, find_flag_reasons
from factcheck.model import Caveat, CaveatMention, Source, SourceKind, Status

NAMED = Source(text="the health ministry", kind=SourceKind.NAMED_ORG)
NOBODY = Source(text="", kind=SourceKind.NONE)


@pytest.mark.parametrize(
    ("kind", "words", "reason"),
    [
        (
            Caveat.NOT_INDEPENDENTLY_VERIFIED,
            "could not be independently verified",
            "the text says it could not be verified: could not be independently verified",
        ),
        (Caveat.ANONYMOUS_SOURCE, "a US official", "anonymous source: a US official"),
        (Caveat.PARTISAN_SOURCE, "Hamas-run", "partisan source: Hamas-run"),
        (Caveat.HEDGED, "estimated", "hedged: estimated"),
        (Caveat.DISPUTED, "disputed", "disputed: disputed"),
        (Caveat.PRELIMINARY, "preliminary", "preliminary: preliminary"),
        (Caveat.HEDGED, "", "hedged"),
    ],
)
def test_each_caveat_gives_its_reason_text_with_the_words_that_carry_it(kind, words, reason):
    caveats = (CaveatMention(kind=kind, text=words),)
    reasons = find_flag_reasons(status=Status.UNVERIFIED, source=NAMED, caveats=caveats)
    assert reasons == (reason, UNVERIFIED_REASON)


def test_unverified_reason_text_is_spelled_out():
    assert UNVERIFIED_REASON == (
        "unverified: no trusted reference figure or independent corroboration"
    )


def test_unattributed_claim_says_so_after_its_caveats_and_before_unverified():
    caveats = (CaveatMention(kind=Caveat.HEDGED, text="about"),)
    reasons = find_flag_reasons(status=Status.UNVERIFIED, source=NOBODY, caveats=caveats)
    assert reasons == ("hedged: about", "unattributed", UNVERIFIED_REASON)


def test_contradicted_claim_gives_that_reason_first_and_no_unverified_reason():
    caveats = (CaveatMention(kind=Caveat.DISPUTED, text="disputed"),)
    reasons = find_flag_reasons(status=Status.CONTRADICTED, source=NAMED, caveats=caveats)
    assert reasons == ("contradicted by a reference figure", "disputed: disputed")


@pytest.mark.parametrize("status", [Status.VERIFIED, Status.CORROBORATED])
def test_verified_or_corroborated_claim_has_no_reason(status):
    caveats = (CaveatMention(kind=Caveat.HEDGED, text="about"),)
    assert find_flag_reasons(status=status, source=NOBODY, caveats=caveats) == ()


@pytest.mark.parametrize(
    ("subject", "unit", "caveats", "in_headline", "conversion", "key"),
    [
        ("agenda items", "", (), True, False, True),
        ("agenda items", "percent", (), False, False, True),
        ("agenda items", "USD", (), False, False, True),
        ("death count", "", (), False, False, True),
        ("hostages", "", (), False, False, True),
        ("agenda items", "", (), False, False, False),
        (
            "Democrats",
            "",
            (CaveatMention(Caveat.ANONYMOUS_SOURCE, "an aide"),),
            False,
            False,
            False,
        ),
        ("Democrats", "", (CaveatMention(Caveat.HEDGED, "about"),), False, False, True),
        ("death count", "USD", (), True, True, False),
    ],
)
def test_key_marks_headline_money_rates_and_sourced_counts(
    subject, unit, caveats, in_headline, conversion, key
):
    assert (
        classify_key(
            subject=subject,
            unit=unit,
            caveats=caveats,
            in_headline=in_headline,
            conversion=conversion,
        )
        is key
    )
