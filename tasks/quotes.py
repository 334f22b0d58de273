"""Quotes: direct quotations in an article body, who said them, and a key to find them elsewhere.

Quote marks understood: straight double quotes ("...", paired left to right within a paragraph), curly
double quotes (“...”, also „...“ and the ”...” some sites use), guillemets («...» and »...«), and single
curly quotes (‘...’) only around three or more words, so that apostrophes (Jum‘at, Ma’ruf) never open a
quotation; in a text with no double mark at all, straight single quotes as British papers write them ('...,' he
said), paired within a paragraph, an opening one before a capital. Marks nested inside a quotation are part of its
text.

Conventions (the contract of `find_quotes`):
- `Quote.text` is what stands between the marks, without surrounding whitespace and without one trailing
  comma: in `“…mengekspornya,” kata pejabat itu` the comma belongs to the attribution, not to the words
  quoted. Any other final punctuation (`. ? !`) is kept. For a quotation in one paragraph
  `body[q.char_start:q.char_end] == q.text`.
- A quotation that runs over paragraphs (the paragraph opens a quote without closing it and the next one
  starts with an opening mark again) is one Quote: `char_start` is where its first words start, `char_end`
  where its last words end, and `text` joins the paragraphs' words with "\\n\\n", the re-opening marks left
  out; it is the one case where `text` differs from the body slice.
- `is_partial` is False (a full statement) when the opening mark starts its sentence (paragraph start or
  right after `.`, `!`, `?`), or when the quotation starts with a capital letter or a digit and follows an
  introducer: a colon, a comma, "bahwa"/"that", or a speech verb (mengatakan, berkata, said...).
  A dash also introduces ("JAKARTA, KOMPAS.com - “Kami…”"). Everything else is a fragment in the
  reporter's own sentence and is partial, whatever its length: `Korea Utara "tidak pernah mengekspor
  senjata"`, `menyetujui “rencana relokasi warga…”` and a one-word scare quote ("murahan") are partial.
- Quoted spans with no letter ("3-1", "...") are dropped. An opening mark that is never closed, in its
  paragraph or in a following one that re-opens it, is ignored and the text after it is read normally.
- The speaker comes from an attribution after the closing mark (`kata X`, `ujar X`, `said X`, `X said`,
  `X menambahkan`) or, failing that, before the opening mark (`X mengatakan,`, `X berkata:`,
  `X menegaskan bahwa`, `menurut X,`). "katanya", "ujarnya"... name nobody: speaker None (a pronoun
  written as a word, "kata dia", is kept as the speaker "dia", with no entity). Quotations with
  no attribution of their own take the speaker of another quotation in the same sentence
  (`harus "berhenti…" dan "tutup mulut," tambah pejabat itu`: both are the official's).
- A speaker's words run on over an entity they start ("pejabat Kementerian Dalam Negeri dan Keselamatan")
  and over a name in apposition (`ujar juru bicara penjaga pantai, Armando Reyes,`); a subject in
  apposition before its verb is the name (`penasihat hukumnya, Robert Tambunan, menyebut "..."`).
- The speaker's entity is the mention lying inside the speaker's words, preferring a person (when the
  caller says which entities are people), then the mention that ends last (Indonesian puts the name after
  the title: "Menteri Luar Negeri Retno Marsudi"), then the longest. Anaphoric roles ("pejabat itu",
  "juru bicara tersebut") are never linked.
- "katanya", "ujarnya", "tuturnya" ... and a pronoun speaker ("kata dia") refer back to the nearest
  person named before the quotation, in its paragraph or the one before: the quotation takes that
  person's entity; after a "-nya" verb, whose speaker is not written at all, its surface too. Without
  such a person the speaker stays None (or the pronoun, unlinked).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice, pairwise
from typing import NamedTuple

from tasks.models import EntityMention, Quote

# Paragraphs are separated by a blank line; "\r\n" line ends and stray spaces on the blank line count too.
_PARA_SEP = re.compile(r"\n[ \t\r]*\n[ \t\r\n]*")
_MARK = re.compile("[\"“”„«»‘’]")
# Words keep inner apostrophes, hyphens and dots (Jum'at, desas-desus, U.S); each other symbol is a token.
_TOKEN = re.compile(r"\w+(?:['’.\-]\w+)*|[^\w\s]")
# A sentence ends at . ! ? or an ellipsis, possibly followed by closing marks, then whitespace.
_SENTENCE_END = re.compile(r"[.!?…][\"”’»)\]]*\s")
# Characters after which a mark stands at the start of something (it can open a quotation).
_OPEN_CONTEXT = "([{—–-/\"“„«»‘"
# How far attribution looks before and after a quotation: a sentence, not an article.
_WINDOW = 300
_MAX_SPEAKER_WORDS = 12
# Tokens read after a closing mark, and characters read before an opening one: enough for a speaker of
# _MAX_SPEAKER_WORDS words plus an attribution verb and its adjuncts.
_AFTER_TOKENS = 24
_BEFORE_CHARS = 200

# Families of quotation: how each opens and closes. "curly_rev" is ”…”, "guil_rev" is »…«.
_REOPEN = {"straight": '"', "curly": "“„", "curly_rev": "”", "guil": "«", "guil_rev": "»"}

_AFTER_VERBS = frozenset({
    "kata", "ujar", "tutur", "ucap", "tambah", "jelas", "imbuh", "tegas", "ungkap", "lanjut", "papar",
    "terang", "sebut", "tulis", "pungkas", "tanya", "jawab", "kenang", "bilang",
    "said", "says", "added", "told", "wrote", "asked", "explained", "stated", "noted", "insisted", "warned",
})
_INVERTED_VERBS = frozenset({
    "said", "says", "added", "told", "wrote", "asked", "explained", "stated", "noted", "insisted", "warned",
    "mengatakan", "menambahkan", "menjelaskan", "menegaskan", "berkata", "menuturkan", "mengungkapkan",
    "menyatakan", "menulis", "bertanya", "berujar",
})
_BEFORE_VERBS = frozenset({
    "mengatakan", "berkata", "menyatakan", "menegaskan", "menjelaskan", "menambahkan", "mengungkapkan",
    "menyebutkan", "menuturkan", "menekankan", "menggarisbawahi", "mengingatkan", "menulis", "bertanya",
    "menjawab", "berujar", "berpendapat", "mengklaim", "menyebut", "menilai", "menyerukan",
    "said", "says", "stated", "added", "told", "wrote", "asked", "declared", "explained", "warned",
    "insisted", "argued", "noted",
})
_INTRODUCERS = _BEFORE_VERBS | {"bahwa", "that"}
# A cheap test for whether the text before a quotation can name its speaker at all.
_BEFORE_HINTS = tuple(sorted(_BEFORE_VERBS | {"menurut", "according"}))
# Words that end a speaker's name: clause and time words. Case-sensitive on purpose: "Dalam", "Hari" or
# "Pada" may be (part of) a name, the lowercase function word never is.
_SPEAKER_STOP = frozenset({
    "dalam", "yang", "seraya", "sambil", "kepada", "saat", "ketika", "pada", "dikutip", "melalui", "usai",
    "seusai", "setelah", "sesudah", "sebelum", "selama", "sebagaimana", "seperti", "dengan", "lewat", "via",
    "menurut", "dan", "serta", "tetapi", "namun", "karena", "sehingga", "bahwa", "untuk", "soal", "terkait",
    "tentang", "mengenai", "kemarin", "tadi", "hari", "pekan", "pagi", "siang", "sore", "malam", "lalu",
    "dilansir", "dilaporkan", "disiarkan", "diwawancarai", "ditemui", "dihubungi", "dikonfirmasi",
    "berkata", "berujar", "bertanya", "berpendapat",
    "in", "on", "at", "when", "who", "to", "during", "after", "while", "as", "and", "but", "adding",
    "saying", "noting", "citing", "according", "yesterday", "today", "earlier", "last", "this",
    "said", "says", "added", "told", "wrote", "asked", "explained", "stated", "noted", "insisted", "warned",
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum'at", "Jum’at", "Sabtu", "Minggu",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
})
# Lowercase men-/mem-/meng-/meny- words after a name are verbs ("kata Retno menanggapi…"), except these.
_ME_NOUNS = frozenset({"menteri", "mentor", "menantu", "mental", "memori"})
# Conjunctions that start a new clause when reading a subject backwards from its verb.
_SUBJECT_STOP = frozenset({
    "bahwa", "dan", "serta", "tetapi", "namun", "sementara", "sedangkan", "sehingga", "karena", "kemudian",
    "and", "but", "that", "while", "meanwhile",
})
# Adverbs between a subject and its verb: "Retno juga mengatakan", "he also said".
_ADVERBS = frozenset({
    "juga", "pun", "kemudian", "lalu", "sebelumnya", "telah", "sudah", "pernah", "lebih", "lanjut",
    "selanjutnya", "kembali", "bahkan", "tegas", "also", "then", "later", "previously", "had", "has",
    "have", "once", "again", "recently", "earlier",
})
_PRONOUNS = frozenset({
    "dia", "ia", "beliau", "mereka", "kami", "saya", "kita", "he", "she", "they", "we", "i",
})
_ANAPHORA = frozenset({"itu", "tersebut", "ini"})
# Title abbreviations whose dot does not end a sentence or a speaker's name ("Prof. Dr. Budi").
_ABBREVIATIONS = frozenset({
    "Dr", "dr", "Prof", "Ir", "H", "Hj", "Drs", "Dra", "St", "Jr", "Sr", "Mr", "Mrs", "Ms", "Gen", "Lt",
    "Kol", "Tn", "Ny", "Sdr", "No", "drg",
})
# Removed from a quotation before hashing, so that Jum'at and Jumat (or Ma’ruf and Ma'ruf) are equal.
_APOSTROPHES = dict.fromkeys(map(ord, "'’‘ʼ`´′"))


class _Mark(NamedTuple):
    pos: int
    char: str
    after_gap: bool  # at the start of the paragraph or after whitespace / an opening bracket or mark
    before_gap: bool  # at the end of the paragraph or before whitespace / punctuation
    before_alnum: bool


@dataclass(slots=True)
class _Para:
    body: str
    start: int
    end: int
    marks: list[_Mark]
    closers: dict[str, list[int]] = field(default_factory=dict)  # family -> indexes of closing marks
    strays: dict[str, list[int]] = field(default_factory=dict)  # family -> indexes of new opening marks


@dataclass(slots=True)
class _Open:
    """A quotation still open at the end of a paragraph: it may go on in the next one."""

    family: str
    open_pos: int
    first_para: _Para
    last_para: _Para
    last_index: int  # index of the last opening mark in last_para
    segments: list[tuple[int, int]]


@dataclass(slots=True)
class _Raw:
    """A quotation as delimited by its marks, before text and attribution are worked out."""

    open_pos: int
    close_pos: int
    first_para: _Para
    last_para: _Para
    segments: list[tuple[int, int]]


class _Tok(NamedTuple):  # a tuple: quotations are many, tokens around them more
    text: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"


@dataclass(slots=True)
class _Found:
    raw: _Raw
    start: int
    end: int
    text: str
    speaker: tuple[int, int] | None = None


# The characters _PunctuationAsSpace remembers at most (~150 bytes each: a few MB; text in a few scripts meets a few
# thousand).
MAX_TRANSLATED_CHARACTERS = 20_000


class _PunctuationAsSpace(dict[int, str]):
    """str.translate's table for "each punctuation character (Unicode category P*) as a space", filled as characters
    come: one translate in C rather than a category lookup per character in Python (39 -> 12 us a quotation,
    measured)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        value = " " if unicodedata.category(char).startswith("P") else char
        if len(self) < MAX_TRANSLATED_CHARACTERS:
            self[code] = value
        return value


_PUNCTUATION_AS_SPACE = _PunctuationAsSpace()


def quote_key(text: str) -> str:
    """sha1 (16 hex) of the quotation's words: case, quote marks and punctuation do not matter."""
    folded = unicodedata.normalize("NFKC", text.translate(_APOSTROPHES)).translate(_APOSTROPHES).casefold()
    spaced = folded.translate(_PUNCTUATION_AS_SPACE)
    return hashlib.sha1(" ".join(spaced.split()).encode("utf-8")).hexdigest()[:16]


# Two single marks written for a double one (OPSINTB: "‘’Stok beras masih surplus,’’ ujarnya"): an opening pair at a
# paragraph's start or after a space, a closing pair after a word or punctuation.
# ("‘‘...’’" too, as a word processor corrects two typed apostrophes).
_DOUBLED_OPENING = re.compile(r"(?:(?<=\s)|^)\u2018[\u2018\u2019](?=\w)", re.M)
_DOUBLED_CLOSING = re.compile(r"(?<=[\w.,!?])\u2019\u2019")


# British papers quote with straight single marks and no double ones (MailOnline: "'We do not want this tiger to be
# hurt,' he said."): a mark opening a capitalised word after a space or at a paragraph's start, and one closing
# after punctuation before a space or the paragraph's end; not an apostrophe ("Riau's", "villagers' fields").
_DOUBLE_MARK = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb]")
_STRAIGHT_MARK = re.compile(r"(?P<open>(?:(?<=\s)|^)'(?=[A-Z]))|(?P<close>(?<=[.,!?])'(?=\s|$))|(?P<para>\n\s*\n)",
                            re.M)


def _straight_singles_as_marks(body: str) -> str:
    """The body with straight single quotation marks as curly double ones, one character for one (offsets stay):
    an opening mark and the first closing one after it in its paragraph ("'90s" is a year, "the U.S.' allies" a
    possessive: no mark opens before them)."""
    chars = list(body)
    opened: int | None = None
    for found in _STRAIGHT_MARK.finditer(body):
        if found["para"]:
            opened = None
        elif found["open"]:
            opened = found.start()
        elif opened is not None:
            chars[opened], chars[found.start()] = "\u201c", "\u201d"
            opened = None
    return "".join(chars)


def _as_double_marks(body: str) -> str:
    """The body with each such pair as one curly double mark and a space, so that every offset stays the body's (a
    closing pair also closes a curly mark: "\u201cStok beras masih surplus,\u2019\u2019 ujar ...")."""
    return _DOUBLED_CLOSING.sub("\u201d ", _DOUBLED_OPENING.sub(" \u201c", body))


def find_quotes(
    body: str,
    mentions: Sequence[EntityMention],
    *,
    person_entity_ids: Collection[str] = (),
) -> list[Quote]:
    """Direct quotations in `body`, in reading order, with speaker and partial/full flag.

    `mentions` are entity mentions with offsets into `body`; `person_entity_ids` (optional) says which of
    their entities are people, so that a person wins over an organisation inside a speaker's words.
    """
    if not body:
        return []
    original = body
    if "\u2019\u2019" in body or "\u2018\u2019" in body or "\u2018\u2018" in body:
        body = _as_double_marks(body)
    if "'" in body and not _DOUBLE_MARK.search(body):
        body = _straight_singles_as_marks(body)
    paras = _paragraphs(body)
    found: list[_Found] = []
    for raw in sorted(_delimit(paras), key=lambda r: r.open_pos):
        item = _to_found(body, raw)
        if item is not None:
            found.append(item)
    linker = _Linker(body, mentions, person_entity_ids)
    for item in found:
        item.speaker = _attribute(body, item)
        if item.speaker is not None:
            item.speaker = linker.extend(*item.speaker)
    _share_speakers(body, found)
    quotes = [_to_quote(body, item, linker) for item in found]
    if body is original:
        return quotes
    # The marks read as doubled ones are the body's own in a quotation's text ("‘a kata ‘‘a’" quotes its two
    # single marks), as its offsets are: the same length, the same places.
    return [replace(q, text=(text := original[q.char_start:q.char_end]), quote_key=quote_key(text))
            if body[q.char_start:q.char_end] == q.text and original[q.char_start:q.char_end] != q.text else q
            for q in quotes]


# --- delimiting quotations -------------------------------------------------------------------------


def _paragraphs(body: str) -> list[_Para]:
    bounds: list[tuple[int, int]] = []
    start = 0
    for sep in _PARA_SEP.finditer(body):
        bounds.append((start, sep.start()))
        start = sep.end()
    bounds.append((start, len(body)))
    paras = []
    for start, end in bounds:
        chunk = body[start:end]
        stripped = chunk.strip()
        if stripped:
            left = start + len(chunk) - len(chunk.lstrip())
            paras.append(_make_para(body, left, left + len(stripped)))
    return paras


def _make_para(body: str, start: int, end: int) -> _Para:
    marks = []
    for m in _MARK.finditer(body, start, end):
        pos = m.start()
        prev = body[pos - 1] if pos > start else " "
        nxt = body[pos + 1] if pos + 1 < end else " "
        marks.append(_Mark(
            pos=pos,
            char=m.group(),
            after_gap=prev.isspace() or prev in _OPEN_CONTEXT,
            before_gap=nxt.isspace() or unicodedata.category(nxt).startswith("P"),
            before_alnum=nxt.isalnum(),
        ))
    para = _Para(body, start, end, marks)
    for index, mark in enumerate(marks):
        closes, strays = _roles(mark)
        for family in closes:
            para.closers.setdefault(family, []).append(index)
        for family in strays:
            para.strays.setdefault(family, []).append(index)
    return para


def _roles(mark: _Mark) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Families this mark can close, and families in which it opens a new quotation (a stray opener)."""
    closing_like = not mark.after_gap and mark.before_gap
    opening_like = mark.after_gap and not mark.before_gap
    match mark.char:
        case '"':
            return ("straight",), ()
        case "”":
            return (("curly",) if opening_like else ("curly", "curly_rev")), ()
        case "“":
            return (("curly",) if closing_like else ()), (("curly",) if mark.after_gap else ())
        case "„":
            return (), (("curly",) if mark.after_gap else ())
        case "»":
            return ("guil",), ()
        case "«":
            return ("guil_rev",), (("guil",) if mark.after_gap else ())
        case "’":
            return (("single",) if not mark.after_gap and not mark.before_alnum else ()), ()
        case "‘":
            return (), (("single",) if mark.after_gap and mark.before_alnum else ())
    return (), ()


def _opener_family(mark: _Mark) -> str | None:
    """The family of quotation this mark opens, if it can open one where it stands."""
    closing_like = not mark.after_gap and mark.before_gap
    opening_like = mark.after_gap and not mark.before_gap
    match mark.char:
        case '"':
            return "straight"  # paired left to right, wherever they stand
        case "“" | "„":
            return None if closing_like else "curly"
        case "”":
            return "curly_rev" if opening_like else None
        case "«":
            return None if closing_like else "guil"
        case "»":
            return "guil_rev" if opening_like else None
        case "‘":
            return "single" if mark.after_gap and mark.before_alnum else None
    return None


def _next_index(indexes: list[int] | None, after: int) -> int | None:
    if not indexes:
        return None
    i = bisect_right(indexes, after)
    return indexes[i] if i < len(indexes) else None


def _find_close(para: _Para, index: int, family: str) -> tuple[str, int]:
    """("closed", i) when mark i closes the quotation opened at `index`, ("open", -1) when nothing does,
    ("stray", -1) when another quotation of the family opens first (so `index` was not an opening)."""
    close = _next_index(para.closers.get(family), index)
    if close is None:
        return "open", -1
    stray = _next_index(para.strays.get(family), index)
    if stray is not None and stray < close:
        return "stray", -1
    return "closed", close


def _delimit(paras: list[_Para]) -> list[_Raw]:
    raws: list[_Raw] = []
    pending: _Open | None = None
    for para in paras:
        start_index = 0
        while pending is not None:
            outcome = _continue(pending, para, raws)
            if outcome is not None:
                pending, start_index = outcome
                break
            # Not continued: the opening mark was a stray; read on after it.
            pending = _scan(pending.last_para, pending.last_index + 1, raws)
        if pending is None:
            pending = _scan(para, start_index, raws)
    while pending is not None:
        pending = _scan(pending.last_para, pending.last_index + 1, raws)
    return raws


def _continue(pending: _Open, para: _Para, raws: list[_Raw]) -> tuple[_Open | None, int] | None:
    """Carry an open quotation into `para` when the paragraph starts by re-opening it.

    Returns (still open, index to scan `para` from), or None when `para` does not continue it."""
    if not para.marks or para.marks[0].pos != para.start or para.marks[0].char not in _REOPEN[pending.family]:
        return None
    state, close = _find_close(para, 0, pending.family)
    reopen = para.marks[0].pos + 1
    if state == "closed":
        close_pos = para.marks[close].pos
        segments = [*pending.segments, (reopen, close_pos)]
        raws.append(_Raw(pending.open_pos, close_pos, pending.first_para, para, segments))
        return None, close + 1
    if state == "open":
        pending.segments.append((reopen, para.end))
        pending.last_para, pending.last_index = para, 0
        return pending, len(para.marks)
    return None


def _scan(para: _Para, start_index: int, raws: list[_Raw]) -> _Open | None:
    """Append the quotations of `para` from mark `start_index` on; return one left open at its end."""
    marks = para.marks
    i = start_index
    while i < len(marks):
        family = _opener_family(marks[i])
        if family is None:
            i += 1
            continue
        state, close = _find_close(para, i, family)
        if state == "open" and family != "single":
            pos = marks[i].pos
            return _Open(family, pos, para, para, i, [(pos + 1, para.end)])
        if state != "closed":
            i += 1
            continue
        raw = _Raw(marks[i].pos, marks[close].pos, para, para, [(marks[i].pos + 1, marks[close].pos)])
        if family == "single" and len(_words_between(para, raw)) < 3:
            i += 1  # an apostrophe or a one-word scare quote, not a quotation
            continue
        raws.append(raw)
        i = close + 1
    return None


def _words_between(para: _Para, raw: _Raw) -> list[str]:
    a, b = raw.segments[0]
    return [w for w in _TOKEN.findall(para.body, a, b) if w[0].isalnum()]


# --- text, attribution, partial/full -----------------------------------------------------------------


def _strip_span(body: str, a: int, b: int) -> tuple[int, int]:
    while a < b and body[a].isspace():
        a += 1
    while b > a and body[b - 1].isspace():
        b -= 1
    return a, b


def _to_found(body: str, raw: _Raw) -> _Found | None:
    """The quotation's words and offsets; None when there are none (no letters at all)."""
    segments = [span for span in (_strip_span(body, a, b) for a, b in raw.segments) if span[0] < span[1]]
    if segments and body[segments[-1][1] - 1] == ",":
        # The comma before `” kata X` punctuates the attribution, not the words quoted.
        a, b = _strip_span(body, segments[-1][0], segments[-1][1] - 1)
        segments[-1:] = [(a, b)] if a < b else []
    if not segments:
        return None
    text = "\n\n".join(body[a:b] for a, b in segments)
    if not any(ch.isalpha() for ch in text):
        return None
    return _Found(raw, segments[0][0], segments[-1][1], text)


def _tokens(body: str, start: int, end: int, limit: int | None = None) -> list[_Tok]:
    matches = islice(_TOKEN.finditer(body, start, end), limit)
    return [_Tok(m.group(), m.start(), m.end()) for m in matches]


def _is_abbreviation(word: str) -> bool:
    if word in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
        return True
    return "." in word and all(0 < len(part) <= 2 and part.isalpha() for part in word.split("."))


def _sentence_start(body: str, para_start: int, pos: int) -> int:
    """Where the sentence holding `pos` starts (looking back at most _WINDOW characters)."""
    low = max(para_start, pos - _WINDOW)
    start = low
    for m in _SENTENCE_END.finditer(body, low, pos):
        if body[m.start()] == "." and _is_abbreviation(_word_before(body, low, m.start())):
            continue  # "Prof. Dr. Budi", "U.S." do not end a sentence
        start = m.end()
    return start


def _word_before(body: str, low: int, pos: int) -> str:
    begin = pos
    while begin > low and pos - begin < 12 and (body[begin - 1].isalnum() or body[begin - 1] == "."):
        begin -= 1
    return body[begin:pos]


def _ends_speaker(word: str, kept: list[_Tok]) -> bool:
    """True when `word` cannot be part of the speaker's name that `kept` has begun."""
    if word in _SPEAKER_STOP or word[0].isdigit():
        return True
    if word == "di":
        # "pejabat di Biro Umum" is one speaker; in "Retno di Jakarta" or "pejabat itu di Seoul" the
        # speaker has already ended and "di" starts the place.
        return not kept or kept[-1].text[0].isupper() or kept[-1].text.lower() in _ANAPHORA | _PRONOUNS
    return (word.islower() and len(word) >= 6 and word.startswith(("men", "mem"))
            and word not in _ME_NOUNS)


def _speaker_forward(toks: list[_Tok], k: int) -> tuple[list[_Tok], int]:
    """Words from toks[k] that name a speaker, and the index of the token that ended them."""
    words: list[_Tok] = []
    j = k
    while j < len(toks) and len(words) < _MAX_SPEAKER_WORDS:
        tok = toks[j]
        if not tok.is_word:
            if (tok.text == "." and words and _is_abbreviation(words[-1].text)
                    and j + 1 < len(toks) and toks[j + 1].is_word):
                j += 1
                continue
            break
        if _ends_speaker(tok.text, words):
            break
        words.append(tok)
        j += 1
    return words, j


def _span(words: list[_Tok]) -> tuple[int, int] | None:
    return (words[0].start, words[-1].end) if words else None


def _after_speaker(body: str, raw: _Raw) -> tuple[int, int] | None:
    """Speaker named right after the closing mark: `, kata X`, `said X`, `X said`, `menurut X`."""
    start = raw.close_pos + 1
    end = min(raw.last_para.end, start + _WINDOW)
    toks = _tokens(body, start, end, limit=2)
    k = 1 if toks and toks[0].text == "," else 0
    if k >= len(toks) or not toks[k].is_word:
        return None  # checked on two tokens first: most quotations are followed by no attribution
    toks = _tokens(body, start, end, limit=_AFTER_TOKENS)
    word = toks[k].text
    if word in _AFTER_VERBS:  # lowercase only: a capitalised "Jelas" or "Kata" opens a new sentence
        return _span(_speaker_forward(toks, k + 1)[0])
    if word.lower() == "menurut":
        return _span(_speaker_forward(toks, k + 1)[0])
    if word.lower() == "according" and k + 1 < len(toks) and toks[k + 1].text == "to":
        return _span(_speaker_forward(toks, k + 2)[0])
    return _inverted_speaker(toks, k)


def _inverted_speaker(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """`” Ignat said.`, `,” Retno menambahkan.`: a speaker, then the verb, then the clause ends."""
    words, j = _speaker_forward(toks, k)
    while words and words[-1].text.lower() in _ADVERBS:
        words.pop()
    if not words or j >= len(toks) or toks[j].text not in _INVERTED_VERBS:
        return None
    after = toks[j + 1] if j + 1 < len(toks) else None
    # "Presiden mengatakan bahwa…" after a quotation is the reporter's next sentence, not an attribution.
    if after is not None and after.is_word and (after.text.lower() in {"bahwa", "that"}
                                                or after.text not in _SPEAKER_STOP):
        return None
    return _span(words)


def _before_speaker(body: str, raw: _Raw) -> tuple[int, int] | None:
    """Speaker named before the opening mark: `X mengatakan,`, `X berkata:`, `X menegaskan bahwa`,
    `menurut X,`."""
    sentence = _sentence_start(body, raw.first_para.start, raw.open_pos)
    start = max(sentence, raw.open_pos - _BEFORE_CHARS)
    window = body[start:raw.open_pos].lower()
    if not any(hint in window for hint in _BEFORE_HINTS):
        return None  # most sentences name no speaker before a quotation: skip the tokenizing
    toks = _tokens(body, start, raw.open_pos)
    if start > sentence and toks and toks[0].start == start:
        toks = toks[1:]  # the window cut into a word
    j = len(toks) - 1
    if j >= 0 and toks[j].text in ",:":
        j -= 1
    if j >= 0 and toks[j].text.lower() in {"bahwa", "that"}:
        j -= 1
        if j >= 0 and toks[j].text == ",":
            j -= 1
    return _according_to(toks, j) or _subject_of_verb(toks, j)


def _according_to(toks: list[_Tok], j: int) -> tuple[int, int] | None:
    for i in range(j, max(-1, j - 15), -1):
        tok = toks[i]
        if not tok.is_word:
            if tok.text == "." and i > 0 and _is_abbreviation(toks[i - 1].text):
                continue  # "Menurut Prof. Budi,"
            return None
        word = tok.text.lower()
        if word == "menurut" or (word == "according" and i < j and toks[i + 1].text == "to"):
            first = i + 1 if word == "menurut" else i + 2
            return _span(_speaker_forward(toks[: j + 1], first)[0])
    return None


def _subject_of_verb(toks: list[_Tok], j: int) -> tuple[int, int] | None:
    """The subject of a speech verb among the last words before the quotation."""
    verb = None
    for i in range(j, max(-1, j - 9), -1):
        if not toks[i].is_word:
            break
        if toks[i].text.lower() in _BEFORE_VERBS:
            verb = i
            break
    if verb is None:
        return None
    i = verb - 1
    while i >= 0 and toks[i].is_word and toks[i].text.lower() in _ADVERBS:
        i -= 1
    if i >= 0 and toks[i].text == ",":
        i = _skip_relative_clause(toks, i - 1)  # "Robert Tambunan, menyebut", "Malaysia, yang ..., menyebut"
    words: list[_Tok] = []
    while i >= 0 and len(words) < 15:
        tok = toks[i]
        if tok.is_word and tok.text.lower() not in _SUBJECT_STOP:
            words.append(tok)
        elif not (tok.text == "." and words and i > 0 and _is_abbreviation(toks[i - 1].text)):
            break
        i -= 1
    words.reverse()
    # Read forwards and stop at the first clause word: "Juru bicara Kemlu pada Kamis" -> "Juru bicara Kemlu".
    kept: list[_Tok] = []
    for n, tok in enumerate(words):
        word = tok.text.lower() if n == 0 else tok.text
        if word != "yang" and _ends_speaker(word, kept):
            break
        kept.append(tok)
    while kept and kept[-1].text == "yang":
        kept.pop()
    return _span(kept)


def _skip_relative_clause(toks: list[_Tok], i: int) -> int:
    """Index of the subject's last word before ", yang ... ," (the clause itself is skipped)."""
    j = i
    while j >= 0 and toks[j].is_word:
        j -= 1
    if j + 1 <= i and toks[j + 1].text.lower() in {"yang", "who", "which"} and j >= 1 and toks[j].text == ",":
        return j - 1
    return i


def _attribute(body: str, item: _Found) -> tuple[int, int] | None:
    return _after_speaker(body, item.raw) or _before_speaker(body, item.raw)


def _same_sentence(body: str, first: _Found, second: _Found) -> bool:
    if first.raw.last_para is not second.raw.first_para or body[first.raw.close_pos - 1] in ".!?…":
        return False
    return _SENTENCE_END.search(body, first.raw.close_pos, second.raw.open_pos) is None


def _share_speakers(body: str, found: list[_Found]) -> None:
    """Quotations without an attribution of their own take one from the same sentence."""
    for prev, cur in pairwise(found):
        if cur.speaker is None and prev.speaker is not None and _same_sentence(body, prev, cur):
            cur.speaker = prev.speaker
    for cur, nxt in reversed(list(pairwise(found))):
        if cur.speaker is None and nxt.speaker is not None and _same_sentence(body, cur, nxt):
            cur.speaker = nxt.speaker


def _is_partial(body: str, item: _Found) -> bool:
    raw = item.raw
    sentence = _sentence_start(body, raw.first_para.start, raw.open_pos)
    before = body[sentence:raw.open_pos].rstrip().rstrip("([{").rstrip()
    if not before:
        return False  # the quotation opens its sentence
    first = next((ch for ch in item.text if ch.isalnum()), "")
    if not (first.isupper() or first.isdigit()):
        return True
    if before[-1] in ":,-–—":
        return False
    last_word = _TOKEN.findall(before, max(0, len(before) - 40))
    return not (last_word and last_word[-1].lower() in _INTRODUCERS)


# A name in apposition after a speaker's role: ", Armando Reyes," / ", Teguh Wirawan." (up to four words).
_APPOSITION = re.compile(r",\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})(?=\s*[,.;]|\s*$|\s+[a-z])")
# How far back (characters) a "katanya" or "kata dia" looks for the person it refers to.
_ANTECEDENT_WINDOW = 600


class _Linker:
    """Finds the entity a speaker's words name, among the article's mentions."""

    def __init__(self, body: str, mentions: Sequence[EntityMention], person_ids: Collection[str]) -> None:
        valid = [m for m in mentions if 0 <= m.char_start < m.char_end <= len(body)]
        self._body = body
        self._mentions = sorted(valid, key=lambda m: (m.char_start, m.char_end))
        self._starts = [m.char_start for m in self._mentions]
        self._persons = frozenset(person_ids)

    def extend(self, start: int, end: int) -> tuple[int, int]:
        """The speaker's span run on over a mention it cuts ("pejabat Kementerian Dalam Negeri dan ...")
        and over a person named in apposition after it."""
        i = bisect_left(self._starts, start)
        while i < len(self._mentions) and self._mentions[i].char_start < end:
            end = max(end, self._mentions[i].char_end)
            i += 1
        apposition = _APPOSITION.match(self._body, end)
        if apposition is not None:
            at = bisect_left(self._starts, apposition.start("name"))
            if at < len(self._mentions) and self._mentions[at].char_start == apposition.start("name") and (
                    not self._persons or self._mentions[at].entity_id in self._persons):
                end = self._mentions[at].char_end
        return start, end

    def antecedent_mention(self, para_start: int, pos: int) -> EntityMention | None:
        """The person mentioned last before `pos`, in its paragraph or the one before."""
        low = max(0, min(para_start, pos - _ANTECEDENT_WINDOW))
        i = bisect_left(self._starts, pos) - 1
        while i >= 0 and self._mentions[i].char_start >= low:
            m = self._mentions[i]
            if m.char_end <= pos and m.entity_id in self._persons:
                return m
            i -= 1
        return None

    def antecedent(self, para_start: int, pos: int) -> str | None:
        found = self.antecedent_mention(para_start, pos)
        return found.entity_id if found is not None else None

    def entity_of(self, start: int, end: int) -> str | None:
        words = self._body[start:end].lower().split()
        if not words or words[-1] in _ANAPHORA or (len(words) == 1 and words[0] in _PRONOUNS):
            return None  # "dia", "pejabat itu": who it is was said elsewhere
        best: EntityMention | None = None
        best_rank: tuple[bool, int, int] | None = None
        i = bisect_left(self._starts, start)
        while i < len(self._mentions) and self._mentions[i].char_start < end:
            m = self._mentions[i]
            rank = (m.entity_id in self._persons, m.char_end, m.char_end - m.char_start)
            if m.char_end <= end and (best_rank is None or rank > best_rank):
                best, best_rank = m, rank
            i += 1
        return best.entity_id if best is not None else None


_NYA_VERB = re.compile(r",?\s*(?:kata|ujar|tutur|ucap|tambah|jelas|imbuh|tegas|ungkap|lanjut|papar|terang|"
                       r"sebut|tulis|pungkas|kenang|bilang)nya\b")


def _to_quote(body: str, item: _Found, linker: _Linker) -> Quote:
    surface = entity = None
    if item.speaker is not None:
        surface = body[item.speaker[0]:item.speaker[1]]
        entity = linker.entity_of(*item.speaker)
        if entity is None and surface.lower() in _PRONOUNS:
            entity = linker.antecedent(item.raw.first_para.start, item.raw.open_pos)
    elif _NYA_VERB.match(body, item.raw.close_pos + 1):
        # "katanya": the speaker is the person last named before the quotation.
        antecedent = linker.antecedent_mention(item.raw.first_para.start, item.raw.open_pos)
        if antecedent is not None:
            surface, entity = antecedent.surface, antecedent.entity_id
    return Quote(
        text=item.text,
        char_start=item.start,
        char_end=item.end,
        speaker_surface=surface,
        speaker_entity_id=entity,
        quote_key=quote_key(item.text),
        is_partial=_is_partial(body, item),
    )
