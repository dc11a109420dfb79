"""The summarisers a person can choose (summary.py runs them). Its own module, so the window can
offer the choice without importing the summariser's code and word lists."""

ALGORITHMS: tuple[str, ...] = ("lexrank", "lsa", "textrank", "luhn", "edmundson", "sumbasic", "kl")
