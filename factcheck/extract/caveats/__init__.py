"""Caveats and their scope: hedges, not-verified cues, anonymous and partisan sources.

Which figures a cue reaches (``caveat_attach``, ``caveat_scope``), hedge words and what they do
not reach, and the campaigns, candidates and organisers whose figures are partisan.
``caveats`` composes them (gold README, "Caveat kinds", "Caveat scope").
"""
