"""Finding figures: number mentions in a parsed Doc, their qualifiers, units, values and spans.

The tokenizer's extensions for figures written glued or signed, quantulum3's adapter
(``quantities``), and the rules that read a figure's shape (ranges, fractions, shares,
multipliers, bounds). ``mentions.find_mentions`` is the entry point.
"""
