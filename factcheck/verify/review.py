"""People's verdicts as schema.org ClaimReview JSON-LD. Pure.

Notes:
    schema.org/ClaimReview: claimReviewed, reviewRating (a Rating with alternateName, the
    verdict in words), itemReviewed (a Claim with author and appearance), datePublished, url,
    author of the review.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

# The verdicts on a 1-4 scale, best last, so ratingValue orders them.
RATINGS = {"inaccurate": 1, "misleading": 2, "unverifiable": 3, "accurate": 4}


def build_claim_review(
    row: Mapping[str, Any], *, organisation: str = "factcheck"
) -> dict[str, Any]:
    """Return one ClaimReview for a reviewed claim (a row of ``read_reviewed``)."""
    author: dict[str, Any] = {
        "@type": "Organization" if row["source_kind"] == "named_org" else "Person",
        "name": row["source_text"] or row.get("publisher") or "unattributed",
    }
    appearance = {
        "@type": "CreativeWork",
        "url": row["doc_url"],
        "headline": row.get("title"),
        "datePublished": str(row["published"]) if row.get("published") else None,
        "publisher": {"@type": "Organization", "name": row.get("publisher")}
        if row.get("publisher")
        else None,
    }
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": row["evidence"] or row["doc_url"],
        "claimReviewed": _claim_sentence(row),
        "datePublished": row["reviewed_at"].date().isoformat(),
        "author": {"@type": "Person", "name": row["reviewer"], "affiliation": organisation},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": RATINGS[row["verdict"]],
            "bestRating": 4,
            "worstRating": 1,
            "alternateName": row["verdict"],
            "ratingExplanation": row["note"],
        },
        "itemReviewed": {
            "@type": "Claim",
            "author": author,
            "appearance": [_without_none(appearance)],
            "datePublished": str(row["published"]) if row.get("published") else None,
        },
        "identifier": row["claim_id"],
    }
    review["itemReviewed"] = _without_none(review["itemReviewed"])
    return review


def build_claim_reviews(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """ClaimReviews for all reviewed claims, oldest review first."""
    return [build_claim_review(row) for row in rows]


def _claim_sentence(row: Mapping[str, Any]) -> str:
    context = " ".join(str(row.get("context") or "").split())
    return context or f"{row['text']} {row['subject']}".strip()


def _without_none(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if v is not None}
