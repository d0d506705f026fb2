"""quotex: who said what. Rule-based extraction of quotations and reported speech, with their
speakers, from news text.

    >>> import quotex
    >>> [(q.speaker, q.quote) for q in quotex.extract('“We are ready,” Peskov said.')]
    [('Peskov', 'We are ready,')]
"""
from .model import FIELDS, Mention, Quote
from .pipeline import extract

__version__ = "0.1.0"
__all__ = ["extract", "Quote", "Mention", "FIELDS", "__version__"]
