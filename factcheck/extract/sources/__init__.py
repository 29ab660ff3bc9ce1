"""Who a figure is attributed to: attribution along the parse, reporting verbs, speakers,
quotations, source phrases and their kinds, documents and polls as sources, pronouns resolved
to sources. ``attribution`` is the entry point (gold README, "Source kinds").
"""
