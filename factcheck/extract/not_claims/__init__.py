"""What is not a claim: dates and times, ages, names, ordinals, idioms, descriptors, labels.

Each rule says why a number counts nothing a fact-checker would check (gold README, "What is
not a claim"). ``not_claims`` composes them.
"""
