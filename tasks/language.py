"""Language identification of article bodies (ISO 639-1).

py3langid (the maintained fork of langid.py, also trafilatura's choice) ships its model inside the
package, so it works offline, and classifies an article in well under a millisecond once loaded.
"""

from __future__ import annotations

import re
from functools import cache

# Below this many letters the guess is noise.
MIN_LETTERS = 40
# The start of an article (a paragraph or two) decides its language as well as the whole of it, at a
# fraction of the cost: classifying is linear in the characters read (1.9 ms for 2,000, 0.8 ms for 800).
SAMPLE_CHARS = 800
# At least MIN_LETTERS letters: each repeat skips what is no letter (the exact complement of a letter, so no
# backtracking to speak of) and takes one. It stops at the last letter it needs (~50 characters in), where removing
# what is no letter from the whole sample and counting cost ~0.05 ms an article.
_ENOUGH_LETTERS = re.compile(rf"(?:[\W\d_]*[^\W\d_]){{{MIN_LETTERS}}}")


@cache
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or None when the text is too short or unclear."""
    sample = text[:SAMPLE_CHARS]
    if _ENOUGH_LETTERS.match(sample) is None:
        return None
    language, probability = _identifier().classify(sample)
    return language if probability >= 0.5 else None
