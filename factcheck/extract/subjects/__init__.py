"""What a figure counts or measures, as a short noun phrase from the text.

Noun phrases, clause subjects, money, spans of time, points and poll shares, pairs and
re-mentions. ``subjects`` composes them (gold README, "subject").
"""
