"""Poll shares said in parallel to shares before them that gave an answer.

"Clinton's rating was 40 percent positive to 51 percent negative, and Trump's was 30 percent to
60 percent": the later pair gives no answer of its own, only the order of the pair before it, so
each of its shares counts the answer its counterpart gave ("positive", "negative"). Likewise "40
percent supporting him before and 31 percent afterward": the 31 percent still support him.

Notes:
    Gold README, "subject": what is counted. A poll share counts those who gave an answer; the
    tuning golds name the answer for such parallel shares (realgold7 politico "positive",
    "negative"; realgold35 nyt "supporting"), where the generic "poll support" names none.
"""

from __future__ import annotations

from dataclasses import replace

from factcheck.model import Claim

_GENERIC_HEADS = ("poll support", "poll respondents")
_POINT_WORDS = ("point", "points")


def give_parallel_answers(claims: list[Claim]) -> list[Claim]:
    """Claims, in text order, with each run of generic poll shares that follows shares with
    answers in its sentence taking those answers' subjects in turn: one for one, or pair after
    pair ("(33 percent to 58 percent), ... (45 percent to 25 percent)"); a lone answer serves only
    a lone share ("44 percent backing him before and 36 percent afterward")."""
    out = list(claims)
    shares = [i for i, c in enumerate(out) if _is_share(c)]
    start = 0
    while start < len(shares):
        first = out[shares[start]]
        end = start
        while (
            end + 1 < len(shares)
            and out[shares[end + 1]].subject == first.subject
            and out[shares[end + 1]].sentence == first.sentence
        ):
            end += 1
        run = shares[start : end + 1]
        answered = _answered_before(out, shares[:start], first) if _is_generic(first) else []
        if answered and len(run) % len(answered) == 0 and (len(answered) > 1 or len(run) == 1):
            for n, later in enumerate(run):
                out[later] = replace(out[later], subject=out[answered[n % len(answered)]].subject)
        start = end + 1
    return out


def _is_generic(claim: Claim) -> bool:
    return claim.subject.startswith(_GENERIC_HEADS)


def _answered_before(claims: list[Claim], before: list[int], first: Claim) -> list[int]:
    """The shares right before ``first`` in its sentence, in text order, whose subjects are its
    generic subject with an answer after it ("poll support among adults" + "positive")."""
    generic = _plain(first.subject) + " "
    found: list[int] = []
    for i in reversed(before):
        if claims[i].sentence != first.sentence or not _plain(claims[i].subject).startswith(
            generic
        ):
            break
        found.insert(0, i)
    return found


def _plain(subject: str) -> str:
    """ "poll respondents ..." as "poll support ...": a share with an answer is named for its
    respondents (``poll_subjects.with_answer``), one without it for the support."""
    for head in _GENERIC_HEADS:
        if subject.startswith(head):
            return "poll support" + subject[len(head) :]
    return subject


def _is_share(claim: Claim) -> bool:
    """A percentage, not points: "40 percent", "51%"; not "-11 points"."""
    words = claim.text.lower().split()
    return claim.unit == "percent" and bool(words) and words[-1] not in _POINT_WORDS
