"""A range whose high figure repeats the currency sign, written as one word: "$445-$450",
"£22m-£26m", "(£2.4bn-£2.8bn)". Pure.

spaCy's tokenizer keeps "445-$450" (or "2.4bn-£2.8bn") as one token, so the range is read as
no figure at all ("digits glued to other text"). The gold README writes "X-Y" as a range
(`value` X, `high` Y) with its currency in the span; the tuning golds annotate every such
range as a claim (6 of 6, in tests/wire2a, wire2k, wire2m, wire2p, wirej and wirem: wire
prices and the bracketed conversions of a range of money). Splitting the hyphen and the sign
after it gives "$ 445 - $ 450", which the numbers component reads as the range "$5-10" is.
"""

from __future__ import annotations

# the one-character signs of CURRENCY_SYMBOLS (lexicon.quantities): a sign glued before digits
_SIGNS = "$£€¥₹₽₪₦₱₩₺₫৳"

# "-" after a figure (bare, or with a glued scale: "22m", "2.4bn", "15k") and before a sign
# glued to digits; then that sign after the "-"
CURRENCY_RANGE_INFIXES = (
    rf"(?<=[0-9])-(?=[{_SIGNS}][0-9])",
    rf"(?<=[0-9][mkb])-(?=[{_SIGNS}][0-9])",
    rf"(?<=[0-9]bn)-(?=[{_SIGNS}][0-9])",
    rf"(?<=[0-9]-)[{_SIGNS}](?=[0-9])",
    rf"(?<=[0-9][mkb]-)[{_SIGNS}](?=[0-9])",
    rf"(?<=[0-9]bn-)[{_SIGNS}](?=[0-9])",
)
