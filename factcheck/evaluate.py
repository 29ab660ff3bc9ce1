"""Score extracted claims against gold annotations (gold README format).

A predicted claim matches the gold claim whose span it overlaps most. Each field is then right
or wrong on that pair; precision divides the right ones by all predictions, recall by all gold
claims. A record is right when value, approx, subject, source and caveats all are. Caveats are
also scored one by one (issue 11's "caveats found" and "given right"): a caveat kind of a
predicted claim is right when its matched gold claim has it; precision divides by every caveat
predicted (false positives' too), recall by every gold caveat (missed claims' too). Scoring is
pure; ``score_folder`` reads the gold files and their articles.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from factcheck.errors import GoldError
from factcheck.extract import extract_article
from factcheck.sources.files import read_article

FIELDS = ("span", "value", "approx", "subject", "source", "source_kind", "caveats", "key")
RECORD_FIELDS = ("value", "approx", "subject", "source", "caveats")


@dataclass
class FieldScore:
    correct: int = 0

    def precision(self, n_pred: int) -> float:
        return self.correct / n_pred if n_pred else 1.0

    def recall(self, n_gold: int) -> float:
        return self.correct / n_gold if n_gold else 1.0


@dataclass
class Report:
    """Counts and per-field scores over a set of documents."""

    n_gold: int = 0
    n_pred: int = 0
    n_matched: int = 0
    fields: dict[str, FieldScore] = field(default_factory=lambda: {f: FieldScore() for f in FIELDS})
    records: FieldScore = field(default_factory=FieldScore)
    caveats_gold: int = 0
    caveats_predicted: int = 0
    caveats_right: int = 0
    false_positives: list[dict[str, Any]] = field(default_factory=list)
    not_claim_hits: list[dict[str, Any]] = field(default_factory=list)
    misses: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def record_accuracy(self) -> float:
        """Right records over gold claims plus unmatched predictions (1.0 only if perfect)."""
        denominator = self.n_gold + len(self.false_positives)
        return self.records.correct / denominator if denominator else 1.0

    @property
    def caveat_precision(self) -> float:
        """Predicted caveat kinds that the matched gold claim has, over all predicted."""
        return self.caveats_right / self.caveats_predicted if self.caveats_predicted else 1.0

    @property
    def caveat_recall(self) -> float:
        """Gold caveat kinds found on the matched prediction, over all gold caveats."""
        return self.caveats_right / self.caveats_gold if self.caveats_gold else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "n_gold": self.n_gold,
            "n_pred": self.n_pred,
            "n_matched": self.n_matched,
            "record_accuracy": round(self.record_accuracy, 4),
            "caveat_kinds": {
                "gold": self.caveats_gold,
                "predicted": self.caveats_predicted,
                "right": self.caveats_right,
                "precision": round(self.caveat_precision, 4),
                "recall": round(self.caveat_recall, 4),
            },
            "fields": {
                name: {
                    "precision": round(score.precision(self.n_pred), 4),
                    "recall": round(score.recall(self.n_gold), 4),
                }
                for name, score in {**self.fields, "record": self.records}.items()
            },
            "false_positives": self.false_positives,
            "not_claim_hits": self.not_claim_hits,
            "misses": self.misses,
            "errors": self.errors,
        }


def score_documents(
    pairs: Iterable[tuple[Mapping[str, Any], Sequence[Mapping[str, Any]]]],
) -> Report:
    """Score each (gold document, predicted claim records) pair into one report.

    Args:
        pairs: gold documents (gold README dicts) with the predictions for the same article.
    """
    report = Report()
    for gold, predictions in pairs:
        _score_document(report, gold, predictions)
    return report


def _score_document(
    report: Report, gold: Mapping[str, Any], predictions: Sequence[Mapping[str, Any]]
) -> None:
    gold_claims = list(gold["claims"])
    report.n_gold += len(gold_claims)
    report.caveats_gold += sum(len(_caveat_kinds(g.get("caveats", []))) for g in gold_claims)
    used: set[int] = set()
    for pred in sorted(predictions, key=lambda p: p["start"]):
        best, best_overlap = None, 0
        for index, claim in enumerate(gold_claims):
            overlap = min(pred["end"], claim["end"]) - max(pred["start"], claim["start"])
            if index not in used and overlap > best_overlap:
                best, best_overlap = index, overlap
        if best is None and pred.get("implied"):
            # gold README: a scorer leaves predictions with implied: true out of span precision
            # unless the gold annotates them, so an implied count no gold claim matches is not scored
            continue
        report.n_pred += 1
        report.caveats_predicted += len(_caveat_kinds(pred.get("caveats", [])))
        if best is None:
            report.false_positives.append(_brief(gold, pred))
            for not_claim in gold.get("not_claims", []):
                if min(pred["end"], not_claim["end"]) > max(pred["start"], not_claim["start"]):
                    report.not_claim_hits.append({**_brief(gold, pred), "why": not_claim["why"]})
            continue
        used.add(best)
        report.n_matched += 1
        report.caveats_right += len(
            _caveat_kinds(pred.get("caveats", []))
            & _caveat_kinds(gold_claims[best].get("caveats", []))
        )
        checks = compare_claim(gold_claims[best], pred)
        for name, ok in checks.items():
            report.fields[name].correct += ok
        if all(checks[name] for name in RECORD_FIELDS):
            report.records.correct += 1
        else:
            wrong = [name for name in RECORD_FIELDS if not checks[name]]
            report.errors.append(
                {
                    **_brief(gold, pred),
                    "wrong": wrong,
                    "gold": _subset(gold_claims[best]),
                    "pred": _subset(pred),
                }
            )
    for index, claim in enumerate(gold_claims):
        if index not in used:
            report.misses.append(
                {"doc": gold["doc"], "start": claim["start"], "text": claim["text"]}
            )


def compare_claim(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> dict[str, bool]:
    """Return which fields of a predicted claim agree with its gold claim."""
    gold_source = gold.get("source") or {"text": "", "kind": "none"}
    pred_source = pred.get("source") or {"text": "", "kind": "none"}
    return {
        "span": (pred["start"], pred["end"]) == (gold["start"], gold["end"]),
        "value": _same_number(pred.get("value"), gold.get("value"))
        and _same_number(pred.get("high"), gold.get("high")),
        "approx": pred.get("approx") == gold.get("approx"),
        "subject": match_subject(pred.get("subject", ""), gold.get("subject", [])),
        "source": pred_source.get("kind") == gold_source.get("kind")
        and _normalise(pred_source.get("text", "")) == _normalise(gold_source.get("text", "")),
        "source_kind": pred_source.get("kind") == gold_source.get("kind"),
        "caveats": _caveat_kinds(pred.get("caveats", [])) == _caveat_kinds(gold.get("caveats", [])),
        "key": bool(pred.get("key")) == bool(gold.get("key")),
    }


def match_subject(predicted: str | Sequence[str], gold_words: Sequence[str]) -> bool:
    """True if any gold subject entry names words of the predicted subject (plurals folded).

    A one-word entry matches any predicted word; an entry of several words ("eligible voters",
    "heating oil") matches when its words stand in that order in the predicted subject.
    """
    if isinstance(predicted, str):
        predicted = re.findall(r"[\w'-]+", predicted)
    mine = [_singular(w) for w in predicted]
    return any(_contains_run(mine, [_singular(w) for w in _words(entry)]) for entry in gold_words)


def _words(entry: str) -> list[str]:
    return re.findall(r"[\w'-]+", entry) or [entry]


def _contains_run(words: Sequence[str], run: Sequence[str]) -> bool:
    return any(list(words[i : i + len(run)]) == list(run) for i in range(len(words) - len(run) + 1))


def _singular(word: str) -> str:
    word = word.lower().strip("'’")
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def _caveat_kinds(caveats: Iterable[Any]) -> set[str]:
    return {c["kind"] if isinstance(c, Mapping) else str(c) for c in caveats}


def _same_number(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(b)))


def _normalise(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s-]", " ", text.lower().replace("’", "'")).split())


def _brief(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> dict[str, Any]:
    return {"doc": gold["doc"], "start": pred["start"], "text": pred.get("text", "")}


def _subset(claim: Mapping[str, Any]) -> dict[str, Any]:
    keys = ("value", "high", "approx", "subject", "source", "caveats")
    return {k: claim.get(k) for k in keys}


def score_folder(nlp: Language, gold_dir: str | Path, article_dir: str | Path) -> Report:
    """Extract the claims of every article that has a gold file, and score them.

    Raises:
        GoldError: if a gold file is unreadable or its article does not exist.
        ArticleError: if an article cannot be read.
    """
    pairs = []
    for gold_path in find_gold_paths(gold_dir):
        gold = read_gold(gold_path)
        article_path = Path(article_dir) / gold["doc"]
        if not article_path.is_file():
            raise GoldError(f"{gold_path}: its article {article_path} does not exist")
        claims = extract_article(nlp, read_article(article_path)).claims
        pairs.append((gold, [c.to_record() for c in claims]))
    return score_documents(pairs)


def read_gold(path: str | Path) -> dict[str, Any]:
    """Read one gold annotation file (gold README format).

    Raises:
        GoldError: if the file is not JSON or lacks ``doc`` or ``claims``.
    """
    path = Path(path)
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise GoldError(f"{path}: not a readable gold JSON file: {e}") from e
    if not isinstance(gold, dict) or "doc" not in gold or "claims" not in gold:
        raise GoldError(f"{path}: gold file needs 'doc' and 'claims' keys")
    return gold


def find_gold_paths(gold_dir: str | Path) -> list[Path]:
    """Return the gold JSON files in a folder.

    Raises:
        GoldError: if the folder does not exist or holds no JSON files.
    """
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise GoldError(f"{folder}: no such folder")
    files = sorted(folder.glob("*.json"))
    if not files:
        raise GoldError(f"{folder}: folder holds no gold .json files")
    return files
