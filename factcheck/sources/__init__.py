"""Text in: article files, web pages and feeds, and the plan of what a run reads."""
