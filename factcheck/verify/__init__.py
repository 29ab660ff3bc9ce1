"""Verification: reference figures, matching claims to them, groups across documents, reviews.

The modules here are pure (``reference``, ``places``, ``measures``, ``context``, ``match``,
``status``, ``groups``, ``implied``, ``metadata``, ``review``) except ``store`` (DuckDB) and
``commands`` (the CLI's verification commands).
"""
