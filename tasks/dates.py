"""Date and time expressions in Indonesian and English news.

Three entry points:

* `find_date_mentions` finds every date expression in an article body and resolves it against the
  publication date (the anchor). It is a compiled regex grammar, one pattern per family of expressions
  (relative day words, "N units ago", "this/last/next unit", calendar dates, day names, month names,
  cued years). Every family may match; overlaps are settled by keeping the longest match.
* `parse_date_line` reads a header or metadata line ("Kompas.com - 22/09/2022, 07:30 WIB").
* `date_from_url` reads the date many outlets put in their article paths.

Surface convention: a leading cue word ("pada", "sejak", "on", "in" ...) is part of the surface when the
expression does not name a calendar day or a month with its year, i.e. when the cue is what marks a bare
day name, month name, year or relative phrase as a time reference ("pada hari Kamis", "sejak 2006",
"pada pekan lalu"). Full dates stand on their own: "pada Kamis (22/9/2022)" gives "Kamis (22/9/2022)".
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

from tasks.models import DateMention, ParsedDateTime

# ---------------------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------------------

DAY_NAMES: dict[str, int] = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
    # Malay spellings of the days that differ from Indonesian ones (Berita Harian, Harian Metro).
    "isnin": 0,
    "khamis": 3,
    "jumaat": 4,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

MONTH_NAMES: dict[str, int] = {
    "januari": 1,
    "februari": 2,
    "pebruari": 2,
    "maret": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "agustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "nopember": 11,
    "desember": 12,
    # Malay months that differ from Indonesian ones ("Mac" is an abbreviation below: alone it is a name).
    "julai": 7,
    "ogos": 8,
    "disember": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "october": 10,
    "december": 12,
}

# Abbreviations are only dates next to a number ("22 Sep 2022", "Feb 2022"): alone they are too often
# something else ("Jan" is a first name, "Mar" a word in several languages).
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "peb": 2,
    "mar": 3,
    "mac": 3,  # Malay March ("12 Mac 2024", "Mac 12, 2024")
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "agust": 8,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "oct": 10,
    "nov": 11,
    "nop": 11,
    "des": 12,
    "dis": 12,  # Malay December ("1 Dis 2026")
    "dec": 12,
}

# Month names that are also ordinary words ("may", "march") or read oddly alone: a month only with a year,
# a day number, or a cue such as "pada", "bulan", "awal".
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"mei", "may", "march"})

# Proper names that contain a month: "Universitas Sebelas Maret", "Institut Teknologi Sepuluh Nopember".
MONTH_NAME_BLOCKERS: frozenset[str] = frozenset({"sebelas", "sepuluh"})

NUMBER_WORDS_ID: dict[str, int] = {
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    "sebelas": 11,
    "dua belas": 12,
}
NUMBER_WORDS_EN: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
NUMBER_WORDS: dict[str, int] = {**NUMBER_WORDS_ID, **NUMBER_WORDS_EN}

# Words before a bare day, month, year or relative phrase that mark it as a time reference.
CUE_WORDS: tuple[str, ...] = (
    "sampai dengan",
    "pada",
    "sejak",
    "semenjak",
    "hingga",
    "sampai",
    "mulai",
    "selama",
    "sepanjang",
    "menjelang",
    "jelang",
    # approaching or entering a time: "sudah mendekati akhir tahun", "memasuki awal 2027"
    "mendekati",
    "memasuki",
    "sebelum",
    "setelah",
    "sesudah",
    "antara",
    "dari",
    "per",
    "on",
    "in",
    "since",
    "until",
    "till",
    "from",
    "during",
    "by",
    "before",
    "after",
    "between",
)

# "awal bulan ini", "akhir 2021", "mid-2022", "earlier this month": same granularity as what follows.
MODIFIER_WORDS: tuple[str, ...] = (
    "pertengahan",
    "penghujung",
    "awal",
    "akhir",
    "medio",
    "earlier",
    "early",
    "later",
    "late",
    "mid",
    # English phrases that place a day in a month or a year: "at the end of March", "in the second half of 2026"
    "at the end of",
    "at the beginning of",
    "at the start of",
    "the end of",
    "the beginning of",
    "the start of",
    "the middle of",
    "the first half of",
    "the second half of",
    # a year's halves and quarters ("semester kedua 2026", "kuartal III 2025", "the third quarter of 2026"): the year
    "semester pertama",
    "semester kedua",
    "semester i",
    "semester ii",
    "paruh pertama",
    "paruh kedua",
    "kuartal pertama",
    "kuartal kedua",
    "kuartal ketiga",
    "kuartal keempat",
    "kuartal i",
    "kuartal ii",
    "kuartal iii",
    "kuartal iv",
    "triwulan pertama",
    "triwulan kedua",
    "triwulan ketiga",
    "triwulan keempat",
    "triwulan i",
    "triwulan ii",
    "triwulan iii",
    "triwulan iv",
    "the first quarter of",
    "the second quarter of",
    "the third quarter of",
    "the fourth quarter of",
)

# A cued four-digit number followed by one of these counts things ("hingga 2000 orang"), it is no year.
COUNT_NOUNS: tuple[str, ...] = (
    "orang",
    "jiwa",
    "unit",
    "buah",
    "kali",
    "ekor",
    "ton",
    "kg",
    "km",
    "meter",
    "hektare",
    "hektar",
    "ha",
    "rumah",
    "kendaraan",
    "personel",
    "prajurit",
    "tentara",
    "peserta",
    "warga",
    "pasien",
    "kasus",
    "dosis",
    "rupiah",
    "dolar",
    "dollar",
    "persen",
    "suara",
    "kursi",
    "lembar",
    "batang",
    "karyawan",
    "pekerja",
    "siswa",
    "mahasiswa",
    "kilometer",
    "people",
    "persons",
    "cases",
    "units",
    "times",
    "troops",
    "soldiers",
    "votes",
    "dollars",
    "percent",
    "tons",
    "meters",
    "miles",
    "feet",
    # amounts: "anggaran 2000 juta" is money, not a year
    "ribu",
    "juta",
    "miliar",
    "triliun",
    "million",
    "billion",
)

RELATIVE_DAY_WORDS: dict[str, int] = {
    "kemarin lusa": -2,
    "kemarin": -1,
    "hari ini": 0,
    "besok": 1,
    "esok hari": 1,
    "esok": 1,  # Malay, and formal Indonesian; not "hari esok" (the future), see _on_dayword
    "lusa": 2,
    # Parts of the publication day ("pagi ini", "tadi pagi", "dini hari tadi"); "tadi malam" is last night.
    "pagi ini": 0,
    "siang ini": 0,
    "sore ini": 0,
    "petang ini": 0,
    "malam ini": 0,
    "tadi pagi": 0,
    "tadi siang": 0,
    "tadi sore": 0,
    "pagi tadi": 0,
    "siang tadi": 0,
    "sore tadi": 0,
    "dini hari tadi": 0,
    "tadi subuh": 0,  # at dawn this morning
    "subuh tadi": 0,
    # Later the same day: "hujan diperkirakan turun sore nanti", "menemui warga siang nanti", "nanti malam".
    "pagi nanti": 0,
    "siang nanti": 0,
    "sore nanti": 0,
    "petang nanti": 0,
    "malam nanti": 0,
    "nanti siang": 0,
    "nanti sore": 0,
    "nanti malam": 0,
    "tadi malam": -1,
    "malam tadi": -1,
    # Last night, the day before the report (Indonesian and Malay); not "menginap semalam" (one night, see
    # _on_dayword).
    "semalam": -1,
    "the day before yesterday": -2,
    "yesterday": -1,
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "earlier today": 0,
    "last night": -1,
    "tomorrow": 1,
    "the day after tomorrow": 2,
}

UNIT_GRANULARITY: dict[str, str] = {
    "hari": "day",
    "pekan": "week",
    "minggu": "week",
    "bulan": "month",
    "tahun": "year",
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
}

# Direction of "lalu" (last), "depan" (next), "ini" (this) and their synonyms.
RELATIVE_DIRECTIONS: dict[str, int] = {
    "lalu": -1,
    "yang lalu": -1,
    "kemarin": -1,
    "silam": -1,
    "last": -1,
    "ago": -1,
    "ini": 0,
    "this": 0,
    "depan": 1,
    "mendatang": 1,
    "nanti": 1,  # "Kamis nanti": the coming Thursday
    "lagi": 1,
    "ke depan": 1,
    "next": 1,
    "coming": 1,
}

# Fixed offsets of the zone names found in Indonesian and wire-service header lines.
ZONE_OFFSETS: dict[str, float] = {
    "WIB": 7,
    "WITA": 8,
    "WIT": 9,
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "SGT": 8,
    "KST": 9,
    "JST": 9,
    "IST": 5.5,  # India (NDTV, The Hindu: "Updated: October 13, 2026 4:12 pm IST")
    "MYT": 8,  # Malaysia (mStar: "Khamis, 13 Nov 2025 5:12 PM MYT")
    "ICT": 7,  # Indochina: Thailand, Cambodia, Laos, Vietnam
    "EDT": -4,
    "EST": -5,
    "PDT": -7,
    "PST": -8,
    "BST": 1,
    "CET": 1,
    "CEST": 2,
}

# Words that put a sentence in the future ("akan", "dijadwalkan", "menjelang"): a month or day name without a
# year or date in such a sentence is the next one, not the last one ("akan dibuka pada awal April").
FUTURE_CUES: tuple[str, ...] = (
    "akan",
    "bakal",
    "dijadwalkan",
    "direncanakan",
    "ditargetkan",
    "targetkan",  # "kami targetkan jalan bisa dilalui paling lambat Jumat sore": a deadline ahead
    "menargetkan",
    "menjelang",
    "jelang",
    "berikutnya",
    "will",
    "scheduled",
    "planned",
    "ahead",
    "upcoming",
    "would",  # reported future ("said the airport would stay closed until Wednesday"); see _PAST_VERB
    # "due to" is also "because of": only before a verb of travel or opening ("is due to land on Thursday").
    "due to land",
    "due to arrive",
    "due to depart",
    "due to leave",
    "due to fly",
    "due to return",
    "due to open",
    "due to reopen",
    "due to begin",
    "due to start",
    "due to meet",
    "due to be",
    # ... or before a verb of a hearing, a vote, a decision: "the council is due to question the directors on Monday"
    "due to question",
    "due to appear",
    "due to testify",
    "due to hear",
    "due to decide",
    "due to vote",
    "due to sign",
    "due to visit",
    "due to hold",
    "due to announce",
    "due to resume",
    "due to face",
    "due to attend",
    "expected to",
    # a deadline or an expectation ahead: "a root-cause report, which is due by Friday", "we expect more people to be
    # evacuated by Tuesday", "a king tide expected on Tuesday" (not "expects" alone: "his government expects to lift
    # imports in 2027, during a visit to a feedlot on Tuesday" tells the visit's day, past)
    "due by",
    "we expect",
    "i expect",
    "expected on",
    "expected by",
    "plans to",
    "is set to",
    "are set to",
    # an infinitive of what is still to happen: "a three-day total to be confirmed on Monday" (not "to be held":
    # "the first retreat to be held at the Istana since he took office in May")
    "to be confirmed",
    "to be announced",
    "rencananya",
    # a plan on a condition: "Kalau tidak ada kendala, Jumat sore pompa sudah bisa uji coba" (said on a Wednesday)
    "kalau tidak ada kendala",
    "jika tidak ada kendala",
    "bila tidak ada kendala",
    "apabila tidak ada kendala",
    "kalau tidak ada halangan",
    "jika tidak ada halangan",
    "insyaallah",
    "insya allah",
)

WIB = timezone(timedelta(hours=7), "WIB")

# How far ahead of the publication date a day without a year may lie (see _year_for_day).
FUTURE_DAY_WINDOW = 92
FUTURE_MONTH_WINDOW = 3  # months: the same three months ahead

# ---------------------------------------------------------------------------------------------------------
# Regex building blocks
# ---------------------------------------------------------------------------------------------------------

_S = r"[^\S\n]+"  # whitespace inside one line: an expression never spans a line break
_OS = r"[^\S\n]*"
_YEAR = r"(?:19|20)\d{2}(?!\d)"
_ORDINAL = r"(?:st|nd|rd|th)?"
_CAPITAL = r"(?-i:[A-Z])"
_POD = rf"(?:pagi|siang|sore|petang|tengah{_S}malam|tengah{_S}hari|malam|dini{_S}hari|morning|afternoon|evening|night)"
# Shared by the patterns and by the words their matches open with (_FAMILIES).
_PRE_WORDS = ("last", "next", "this", "coming")
_UNITS_ID = ("hari", "pekan", "minggu", "bulan", "tahun")


def _alternation(words: Iterable[str], capitalised: bool = False) -> str:
    """Regex alternation, longest first so "Agustus" wins over "Agust"; spaces match any blank run."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        body = re.escape(word).replace(r"\ ", _S).replace("'", "['’]")
        if capitalised:
            # Names must start with a capital letter: lowercase "minggu" means "week", not Sunday.
            body = f"(?-i:{word[0].upper()}){body[1:]}"
        parts.append(body)
    return "|".join(parts)


def _guard(words: Iterable[str], digits: bool = False) -> str:
    """A lookahead on the first letters of `words`: fails fast where no alternative can start."""
    return f"(?=[{'0-9' if digits else ''}{''.join(sorted({w[0].lower() for w in words}))}])"


def _day(group: str) -> str:
    return rf"(?<![\w'’])(?P<{group}>{_alternation(DAY_NAMES, capitalised=True)})(?!\w)"


def _month(group: str, abbreviations: bool = True) -> str:
    names = _alternation(MONTH_NAMES, capitalised=True)
    if not abbreviations:
        return rf"(?<![\w'’])(?P<{group}>{names})(?!\w)"
    abbr = _alternation(MONTH_ABBREVIATIONS, capitalised=True)
    # The dot of "Sept. 22" belongs to the date; the one of "... 17 Agt." ends the sentence.
    return rf"(?<![\w'’])(?P<{group}>{names}|(?:{abbr})(?!\w)(?:\.(?=[^\S\n]*\d))?)(?![\w'’])"


# Cue words and modifiers are looked for behind a match rather than as an optional group in front of every
# pattern: an optional leading alternation is tried at every position of the text and triples the cost.
_PREFIX_WINDOW = 40
_PREFIX_RE = re.compile(
    rf"(?<![\w'’])(?:(?P<cue>{_alternation(CUE_WORDS)}){_S})?"
    rf"(?:(?P<mod>{_alternation(MODIFIER_WORDS)})(?:{_S}|-))?\Z",
    re.IGNORECASE,
)
_LEADING_CUE_RE = re.compile(rf"(?:{_alternation(CUE_WORDS)}){_S}", re.IGNORECASE)
_CUE_PREFIX_RE = re.compile(rf"(?<![\w'’])(?:(?P<cue>{_alternation(CUE_WORDS)}){_S})?\Z", re.IGNORECASE)

# Words that count what the number after them is (a class, a minute, an article, a page), so "5 dan 6" after them are
# no days.
_COUNTED = ("kelas", "menit", "nomor", "pasal", "ayat", "bab", "poin", "halaman", "jam", "lantai", "class", "minute",
            "minutes", "page", "article", "floor", "no.")
_NOT_A_COUNT = "".join(rf"(?<!\b{re.escape(word)} )" for word in _COUNTED)

# A calendar date: ISO, "22 September 2022" (before the numeric form so "21-22 September" is one range),
# numeric day-first, "September 22, 2022".
_DATE_CORE = (
    r"(?:"
    r"(?<![\w./:-])(?P<iy>(?:19|20)\d{2})-(?P<im>\d{2})-(?P<id>\d{2})(?!\w|[./:-]\d)"
    # (a day may be joined to the next by "dan"/"and": "7 dan 8 November" is one span; not a number after a word that
    # counts something else: "Kelas 5 dan 6 Desember ini", "menit 5 dan 6")
    rf"|(?:{_NOT_A_COUNT}(?P<tcue>))?"
    rf"(?<![\w./:-])(?P<td>\d{{1,2}}){_ORDINAL}"
    # "21-23 Oktober", "21 hingga 23 Oktober", "30 Desember-2 Januari 2023": one expression; across months only
    # with a dash ("sejak 14 Maret hingga 13 April 2024" is two dates: a start and a deadline).
    # ... or "7 to 8 November", "pada 7 dan 8 November" (the span from its first day)
    rf"(?:(?:{_S}{_month('tm1')}{_OS}[-–]|{_OS}(?:[-–]|{_S}(?:hingga|sampai|s\.d\.?|to|(?(tcue)(?:dan|and)|(?!))){_S}))"
    rf"{_OS}\d{{1,2}}{_ORDINAL})?"
    rf"{_S}(?:of{_S})?{_month('tm')}(?:,?{_S}(?P<ty>{_YEAR})|{_S}(?P<tdir>mendatang|lalu|silam|kemarin)(?!\w))?"
    # The year of the deadline after it is the start's too: "14 Maret hingga 13 April 2024" (looked at, not taken).
    rf"(?(ty)|(?={_S}(?:hingga|sampai|s\.d\.?){_S}\d{{1,2}}{_S}(?P<tnm>{_alternation(MONTH_NAMES, capitalised=True)})"
    rf"{_S}(?P<tny>{_YEAR}))?)"
    rf"|(?<![\w./:-])(?P<rd>\d{{1,2}}){_OS}[-–]{_OS}\d{{1,2}}/(?P<rm>\d{{1,2}})"
    r"(?:/(?P<ry>\d{4}|\d{2}))?(?!\w|[./:,-]\d)"
    r"|(?<![\w./:-])(?P<nd>\d{1,2})(?P<ns>[/.-])(?P<nm>\d{1,2})(?:(?P=ns)(?P<ny>\d{4}|\d{2}))?"
    r"(?!\w|[./:,-]\d)"
    rf"|{_month('em')}{_S}(?P<ed>\d{{1,2}}){_ORDINAL}(?:{_OS}[-–]{_OS}\d{{1,2}}|{_S}(?:and|to){_S}\d{{1,2}}(?!\d|[.,:]\d|\s?[ap]\.?m\b|\s+[a-z]))?"
    r"(?![\d]|[.,]\d)"
    rf"(?:,?{_S}(?P<ey>{_YEAR}))?"
    r")"
)

_FLAGS = re.IGNORECASE


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _FLAGS)


_DAYWORD_RE = _compile(
    rf"(?<![\w'’]){_guard(RELATIVE_DAY_WORDS)}(?P<word>{_alternation(RELATIVE_DAY_WORDS)})"
    rf"(?:{_S}(?P<pod>{_POD}))?(?!\w)"
)
_AGO_ID_RE = _compile(
    rf"(?<![\w'’]){_guard(NUMBER_WORDS_ID, digits=True)}"
    rf"(?:(?P<num>\d{{1,3}}|{_alternation(NUMBER_WORDS_ID)})"
    rf"(?:(?:{_OS}[-–]{_OS}|{_S}(?:hingga|sampai|atau){_S})(?:\d{{1,3}}|{_alternation(NUMBER_WORDS_ID)}))?{_S}"
    rf"|(?P<se>se))"
    rf"(?P<unit>{'|'.join(_UNITS_ID)}){_S}(?:yang{_S})?"
    rf"(?P<dir>lalu|silam|lagi|mendatang|ke{_S}depan)(?!\w)"
)
_AGO_EN_RE = _compile(
    rf"(?<![\w'’]){_guard(NUMBER_WORDS_EN, digits=True)}(?P<num>\d{{1,3}}|{_alternation(NUMBER_WORDS_EN)})"
    rf"{_S}(?P<unit>day|week|month|year)s?{_S}(?P<dir>ago)(?!\w)"
)
_UNIT_ID_RE = _compile(
    rf"(?<![\w'’])(?=[pmbt])(?P<unit>pekan|minggu|bulan|tahun){_S}"
    rf"(?P<dir>yang{_S}lalu|lalu|kemarin|silam|ini|depan|mendatang)(?!\w)"
)
# "awal tahun", "akhir bulan", "akhir pekan" with nothing after the unit: the current one.
_MOD_UNIT_RE = _compile(
    rf"(?<![\w'’])(?=[apm])(?P<mod>awal|akhir|pertengahan|penghujung|medio){_S}(?P<unit>tahun|bulan|pekan)"
    rf"(?!\w|{_S}(?:ini|lalu|depan|kemarin|silam|mendatang|yang|ke-|berjalan|anggaran|buku|\d|(?-i:[A-Z])))"
)
# "the end of the year", "the beginning of next month": the current (or named) unit.
_MOD_UNIT_EN_RE = _compile(
    rf"(?<![\w'’])(?=[tebsm])(?:the{_S})?(?P<mod>end|beginning|start|middle){_S}of{_S}"
    rf"(?:(?:(?P<dir>this|next|last|the){_S})?(?P<unit>year|month|week)|(?P<year>{_YEAR}))(?!\w)"
)
# Counted from the date named just before, not from the report's day: "pada Rabu ... sehari sebelumnya",
# "pada Oktober ... bulan sebelumnya", "keesokan harinya", "two days later", "the previous month"; "hari itu" and
# "that day" are that date itself.
_ANAPHORIC_ID_RE = _compile(
    rf"(?<![\w'’])(?:(?:(?P<num>\d{{1,2}}|{_alternation(NUMBER_WORDS_ID)}){_S}|(?P<se>se))?"
    rf"(?P<unit>hari|pekan|minggu|bulan|tahun){_S}(?P<dir>sebelumnya|kemudian|setelahnya|sesudahnya|berikutnya"
    rf"|berselang)"
    # (also "besoknya", "besok malamnya": the day after the one named, not tomorrow, which is "besok" alone)
    rf"|(?P<next>keesokan{_S}(?:harinya|paginya|siangnya|sorenya|malamnya)|esok{_S}harinya|b?esoknya"
    rf"|besok{_S}(?:harinya|paginya|siangnya|sorenya|malamnya))|(?P<same>hari{_S}itu|hari{_S}yang{_S}sama))(?!\w)"
)
# A day of the month alone, the month the report's (Korean papers in English: "a fire broke out early on the 29th
# aboard ...", "on the afternoon of the 30th"); not an ordinal before a noun ("the 17th century", "the 29th floor").
_ORDINAL_DAY_EN_RE = _compile(
    rf"(?<![\w'’])(?:on|of){_S}the{_S}(?P<oday>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?!\w)"
    # (not a range or a list of them: "on the 12th to 15th floors", "of the 19th and 20th centuries")
    rf"(?=\s*(?:[.,;:)]|$)|{_S}(?:at|in|aboard|on|to(?!{_S}\d)|and(?!{_S}\d)|after|before|from|with|by|for|when"
    rf"|while|as|near|off)\b)"
)
_ANAPHORIC_EN_RE = _compile(
    rf"(?<![\w'’])(?:(?P<num>\d{{1,2}}|a|one|{_alternation(NUMBER_WORDS_EN)}){_S}"
    # (not "ten days after the fire": counted from an event, not from the date named before)
    rf"(?P<unit>day|week|month|year)s?{_S}(?P<dir>earlier|later|before(?=\s*[.,;:)]|$)|after(?=\s*[.,;:)]|$))"
    rf"|the{_S}(?P<pre>previous|next|following){_S}(?P<unit2>day|week|month|year)"
    rf"|(?P<same>that{_S}day|the{_S}same{_S}day))(?!\w)"
)
_UNIT_EN_RE = _compile(
    rf"(?<![\w'’])(?=[tlnc])(?P<dir>this|last|next|coming){_S}(?P<unit>week|month|year)(?!\w)"
)
# Each pattern opens with a cheap guard on the first character (names are capitalised, see _alternation):
# without it the engine tries every alternative at every position of the text.
_DATE_RE = _compile(rf"(?<![\w'’])(?=[\dT]|{_CAPITAL})(?:(?:tanggal|tgl\.?){_S})?{_DATE_CORE}")
_DAYNAME_RE = _compile(
    rf"(?<![\w'’])(?=[HLNTC]|{_CAPITAL})(?:hari{_S})?(?:(?<![\w'’])(?P<pre>{'|'.join(_PRE_WORDS)}){_S})?"
    rf"{_day('dname')}"
    rf"(?:{_OS}[-–]{_OS}{_day('dname2')})?"
    rf"(?:{_S}{_POD}(?={_OS}[,(]?{_OS}\(?\d))?"
    rf"(?:(?:{_OS},{_OS}\(|{_OS},{_OS}|{_OS}\(|{_S})(?P<date>{_DATE_CORE})(?:{_OS}\))?"
    # "hari Rabu tanggal 11": the day of the month without the month (not "Rabu tanggal 11 November", a date, nor
    # "Kamis tanggal 1 Syawal", another calendar's month)
    rf"|{_OS},?{_S}tanggal{_S}(?P<dom>\d{{1,2}})(?![\w/:-]|[.,]\d|{_S}{_month('dommonth')}|{_S}(?-i:[A-Z]))"
    rf"|{_S}(?P<post>(?:pekan|minggu){_S}(?:lalu|kemarin|depan|ini)|(?:last|next|this){_S}week"
    rf"|yang{_S}lalu|lalu|kemarin|depan|mendatang|nanti|ini)(?!\w))?"
    # "Senin malam lalu", "Kamis pagi nanti", "Senin sore ini": the part of the day, then the direction
    # ("lalu" there only before a stop: "Rabu sore lalu pulang" is "then went home"); "Kamis siang itu" ("that Thursday
    # afternoon", the day the story tells) is part of the expression and changes nothing
    rf"(?:{_S}(?P<pod>{_POD})(?!\w)(?:{_S}(?P<post2>lalu(?={_OS}[,.;:)]|{_OS}$)|kemarin|depan|mendatang|nanti|ini)(?!\w)"
    rf"|{_S}itu(?:lah)?(?!\w))?)?"
)
_MONTH_RE = _compile(
    rf"(?<![\w'’])(?=[BLNTCM]|{_CAPITAL})(?:(?P<pre>{'|'.join(_PRE_WORDS)}){_S})?"
    rf"(?:(?<![\w'’])(?P<bulan>bulan|month{_S}of){_S})?{_month('mname')}"
    rf"(?:{_OS}[-–]{_OS}{_month('mname2', abbreviations=False)})?"
    rf"(?:,?{_S}(?P<year>{_YEAR})(?![.,]\d)"
    rf"|{_S}(?P<yrel>tahun{_S}(?:lalu|kemarin|ini|depan)|(?:last|this|next){_S}year)(?!\w)"
    rf"|{_S}(?P<post>lalu|kemarin|mendatang|depan|ini|silam)(?!\w))?"
)
_YEAR_RE = _compile(
    rf"(?<![\w'’])(?=[\dTY])(?:(?P<tahun>tahun(?:{_S}(?:anggaran|buku))?|year){_S})?(?<![\w.,/:])(?P<year>{_YEAR})(?!-?an\b)"
    rf"(?:{_OS}[-–/]{_OS}{_YEAR})?(?:{_S}(?:lalu|silam))?"
    rf"(?!\w|[./:-]\d|{_OS}%|{_S}(?:{_alternation(COUNT_NOUNS)})(?!\w))"
)

# Holidays on a fixed day of the calendar, with their year: "Natal 2026", "Tahun Baru 2027", "Christmas Day 2025",
# "New Year's Eve 2026", "Hari Kemerdekaan 2026". Without a year they are left alone: "Natal" is also a regency's
# name (Mandailing Natal), and a feast that moves (Lebaran, Imlek, "Tahun Baru Islam") has no fixed day.
FIXED_HOLIDAYS: dict[str, tuple[int, int, int]] = {  # name -> (month, day, years after the named one)
    "natal": (12, 25, 0), "hari natal": (12, 25, 0), "hari raya natal": (12, 25, 0), "malam natal": (12, 24, 0),
    "christmas": (12, 25, 0), "christmas day": (12, 25, 0), "christmas eve": (12, 24, 0),
    "tahun baru": (1, 1, 0), "hari tahun baru": (1, 1, 0), "new year's day": (1, 1, 0), "new year": (1, 1, 0),
    # Indonesian names the eve by the year it opens ("Malam Tahun Baru 2027": 31 December 2026), English by its own
    "malam tahun baru": (12, 31, -1), "new year's eve": (12, 31, 0),
    "hari kemerdekaan": (8, 17, 0),  # (not "Independence Day": whose?)
}
# (written with capitals, as names: "tahun baru 2027" is "the new year 2027", no holiday)
_HOLIDAY_NAMES = "|".join(_S.join(re.escape(w[:1].upper() + w[1:]).replace("'", "['’]") for w in name.split())
                          for name in sorted(FIXED_HOLIDAYS, key=len, reverse=True))
_HOLIDAY_RE = _compile(  # (not the regency: "Pilkada Mandailing Natal 2024")
    rf"(?<![\w'’])(?<!Mandailing )(?=[NTCHMI])(?-i:(?P<name>{_HOLIDAY_NAMES})){_S}(?P<year>{_YEAR})(?![\w.,/:-]\d|\w)"
)

_ZONE = (
    rf"(?:(?-i:WITA|WIB|WIT|Wita|Wib|Wit|UTC|GMT|SGT|KST|JST|EDT|EST|PDT|PST|ET|PT)(?!\w)"
    rf"|waktu{_S}setempat|waktu{_S}Indonesia{_S}(?:Barat|Tengah|Timur)|local{_S}time)"
)
_CLOCK = rf"\d{{1,2}}[.:]\d{{2}}(?:{_OS}[-–]{_OS}\d{{1,2}}[.:]\d{{2}})?(?!\d)"
_AMPM = r"(?:a\.m\.|p\.m\.|(?:am|pm)(?!\w))"
_TIME = (
    rf"(?:(?:pukul|jam|pk\.?){_S}{_CLOCK}(?:{_OS}{_ZONE})?"
    rf"|\d{{1,2}}(?:[.:]\d{{2}})?{_OS}{_AMPM}(?:{_S}{_ZONE})?"
    rf"|{_CLOCK}{_OS}{_ZONE})"
)
# A time of day right after a day-level mention belongs to it: "Kamis (22/9/2022) pukul 07.30 WIB".
_TIME_AFTER_RE = _compile(
    rf"{_OS}(?:[,|–-]{_OS})?(?:(?:sekitar|sekira|pada|mulai|sejak|at|around|about){_S})?(?<![\w.:]){_TIME}"
)
# ... and right before it: "pukul 10.00 WIB, Senin (19/9)".
_TIME_BEFORE_RE = _compile(rf"(?<![\w.:]){_TIME}(?:{_OS},{_OS}|{_S})\Z")

# ---------------------------------------------------------------------------------------------------------
# Resolution helpers
# ---------------------------------------------------------------------------------------------------------


def _format(granularity: str, day: date) -> tuple[str, date]:
    """resolved_value and its first day for a date at the given granularity."""
    if granularity == "day":
        return day.isoformat(), day
    if granularity == "week":
        iso_year, week, _ = day.isocalendar()
        return f"{iso_year}-W{week:02d}", day - timedelta(days=day.weekday())
    if granularity == "month":
        return f"{day.year:04d}-{day.month:02d}", day.replace(day=1)
    return f"{day.year:04d}", date(day.year, 1, 1)


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _two_digit_year(text: str) -> int:
    year = int(text)
    return year + 2000 if len(text) == 2 else year


def _weekday_near(anchor: date, weekday: int, direction: int | None) -> date:
    """The weekday relative to the anchor.

    direction None: most recent on or before the anchor (news reports "pada Kamis" about the past);
    -1: strictly before ("Senin lalu"); +1: strictly after ("Senin depan"); 0: in the anchor's ISO week.
    """
    back = (anchor.weekday() - weekday) % 7
    if direction is None:
        return anchor - timedelta(days=back)
    if direction < 0:
        return anchor - timedelta(days=back or 7)
    if direction > 0:
        return anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    return anchor + timedelta(days=weekday - anchor.weekday())


def _month_near(anchor: date, month: int, direction: int | None) -> date:
    """The month relative to the anchor month: -1 strictly before, +1 strictly after; None: the most recent on
    or before, unless it comes within FUTURE_MONTH_WINDOW months after (as a day and month without a year
    does within FUTURE_DAY_WINDOW days): "sebelum KTT ASEAN pada Mei" in a March article is this May."""
    year = anchor.year
    if direction is None:
        year -= month > anchor.month
        if 0 < (month - anchor.month) % 12 <= FUTURE_MONTH_WINDOW:
            year += 1
    elif direction < 0:
        year -= month >= anchor.month
    elif direction > 0:
        year += month <= anchor.month
    return date(year, month, 1)


def _year_for_day(anchor: date, month: int, day: int) -> date | None:
    """A day and month without a year ("12 Januari", "Senin (26/9)").

    News mostly reports what happened, so the most recent such day on or before the anchor; but a date
    up to FUTURE_DAY_WINDOW days ahead is an announced event ("26 September mendatang", "3 Januari" in
    a late-December article) and keeps its upcoming year.
    """
    for year in (anchor.year + 1, anchor.year, anchor.year - 1, anchor.year - 2, anchor.year - 3):
        found = _safe_date(year, month, day)
        if found is not None and (found - anchor).days <= FUTURE_DAY_WINDOW:
            return found
    return None


def _lookup(table: dict[str, int], word: str) -> int:
    return table[" ".join(word.lower().replace("’", "'").rstrip(".").split())]


def _month_number(word: str) -> int:
    key = word.lower().rstrip(".")
    return MONTH_NAMES.get(key) or MONTH_ABBREVIATIONS[key]


# ---------------------------------------------------------------------------------------------------------
# Candidates
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    granularity: str
    resolution: str  # absolute | relative
    day: date | None  # any day inside the resolved period; None when relative without an anchor
    # "sehari sebelumnya", "bulan berikutnya": this many units from the date named just before (set by
    # _on_anaphoric; find_date_mentions resolves it once the earlier mentions are known).
    shift: int | None = None
    # A day name alone ("pada Rabu siang", "on Wednesday"), dated by the week around the report: the text may
    # have given that day its date already (see _weekdays_dated_before).
    weekday_only: bool = False


@dataclass(frozen=True, slots=True)
class _CalendarDate:
    day: int
    month: int
    year: int | None  # None when the expression gives no year
    numeric: bool
    direction: int = 0  # without a year: 1 for "23 Oktober mendatang", -1 for "17 Agustus lalu"


@dataclass(frozen=True, slots=True)
class _Prefix:
    start: int  # where the mention starts with its cue word and modifier
    core: int  # where it starts without the cue word (a modifier stays: "akhir Februari 2022")
    cued: bool
    modified: bool
    cue: str = ""  # the cue word, lowercase ("sejak")


def _prefix(m: re.Match[str], modifiers: bool = False) -> _Prefix:
    """The cue word ("pada", "sejak" ...) and, if allowed, modifier ("awal", "akhir" ...) right before m."""
    pattern = _PREFIX_RE if modifiers else _CUE_PREFIX_RE
    found = pattern.search(m.string, max(0, m.start() - _PREFIX_WINDOW), m.start())
    if found is not None and found.group("cue") and found.group("cue").isupper() and len(found.group("cue")) > 2:
        # "COPYRIGHT © ANTARA 2026": a cue word in capitals is a name (the news agency), not "between".
        found = pattern.search(m.string, found.end("cue"), m.start())
    if found is None:
        return _Prefix(m.start(), m.start(), False, False)
    modified = modifiers and found.group("mod") is not None
    core = found.start("mod") if modified else m.start()
    cue = found.group("cue")
    return _Prefix(found.start(), core, cue is not None, modified, " ".join((cue or "").lower().split()))


_FUTURE_RE = re.compile(rf"(?<![\w'’])(?:{_alternation(FUTURE_CUES)})(?![\w'’])", re.IGNORECASE)
# A clause ends at a stop, a quotation mark, or a word of contrast ("rencananya dibuka Presiden, namun ... pada
# Senin": the plan does not reach past "namun").
_CLAUSE_END_RE = re.compile(r"[.!?;\n\"“”«»]|\b(?:namun|tetapi|but|however)\b", re.IGNORECASE)


# Reported speech: after "would" or "expected to", an English verb in the past between the cue and the day dates
# something else ("said it would ban exports, the minister told reporters on Monday", "would face charges after he
# was arrested on Saturday"). Irregular past forms only: a participle after "be" or an object is no past tense
# ("would be held", "would keep schools closed until Friday").
# (a plan reported in the past: "The company plans to appeal, its lawyer said on Tuesday", "Pemkab menargetkan ...,
# ujar Kepala Dinas pada Selasa")
_REPORTED_CUES = frozenset({"would", "expected to", "plans to", "targetkan", "menargetkan",
                            # an expectation is overtaken by the past verb after it ("The cargo ship, expected on
                            # Monday, finally docked on Tuesday"; "We expect ..., the minister told reporters on
                            # Monday"; review 45a)
                            "due by", "we expect", "i expect", "expected on", "expected by"})
_PAST_VERB = re.compile(
    r"\b(?:told|said|was|were|had|met|left|took|came|went|saw|gave|got|began|flew|fell|found|ran|spoke|stood|wrote"
    r"|won|lost|rose|fought|knew|thought|kata|ujar|ucap|tutur|ungkap|sebut)\b")
# A cue after "was" or "were" is a past plan ("which was expected to arrive on Monday"), no future.
_PAST_BEFORE_CUE = re.compile(r"\b(?:was|were|had\s+been)\s+(?:\w+\s+)?$")
# A contrast word ends the cue's clause only when a new clause follows it, three words or more before the day
# ("... namun Presiden membatalkan kehadirannya pada Senin"), not "will not open on Monday but on Friday".
MIN_CLAUSE_WORDS = 3
_CONTRAST = frozenset({"namun", "tetapi", "but", "however"})


# A past verb right before a day and its cue: "announced on", "diumumkan Bank Indonesia pada" (a passive -kan verb,
# the doer's name between; not a noun in di-: "Sesi diskusi pada Kamis akan ...").
_PAST_BEFORE_DAY = re.compile(
    r"\b(?:(?:[a-z]{3,}ed|was|were)\s+on|di[a-z]{3,}kan(?:\s+(?-i:[A-Z])\w*){0,2}\s+pada)\s*\Z")
# "akan", "bakal", "will" right after the expression, in the same clause: its verb is in the future.
_FUTURE_RIGHT_AFTER = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?(?:akan|bakal|will)[ \t]", re.I)


def _in_future_sentence(m: re.Match[str]) -> bool:
    """A future cue earlier in the expression's sentence (quote marks and stops bound it), not a past plan and,
    after a reported cue, with no past verb between it and the expression."""
    start = max(0, m.start() - 160)
    before = m.string[start:m.start()]
    clause = 0
    for end in _CLAUSE_END_RE.finditer(before):
        if end.group(0).casefold() not in _CONTRAST or len(before[end.end():].split()) >= MIN_CLAUSE_WORDS:
            clause = end.end()
    cues = list(_FUTURE_RE.finditer(before, clause))
    if not cues:
        # "pencarian hari kedua pada Senin akan diperluas"; not a day a past verb before it tells of ("the rate cut
        # announced on Tuesday will take effect", "yang diumumkan pada Selasa akan berlaku")
        return bool(_FUTURE_RIGHT_AFTER.match(m.string, m.end())) and not _PAST_BEFORE_DAY.search(
            m.string, max(0, m.start() - 40), m.start())
    cue = cues[-1]
    if _PAST_BEFORE_CUE.search(before, clause, cue.start()) or _SAID_CLAUSE.search(before, cue.end()):
        return False  # (or a speaker's clause between: "will reinstate its rate from Monday, officials said after a
        # meeting in Jakarta on Friday")
    if cue.group(0).casefold() in _EXPECTATIONS and ((before[:cue.start()].rstrip().endswith(",") and (
            _PAST_IN_REST.search(m.string, m.end(), _sentence_end(m.string, m.end())) is not None
            or _PAST_IN_REST.search(before, cue.end()) is not None))
            or _PAST_MAIN_VERB_AFTER.match(m.string, m.end()) is not None):
        # (or the sentence's own verb in the past right after it: "The verdict expected on Monday was postponed";
        # review 45c)
        # "The cargo ship, expected on Monday, finally docked on Tuesday": what was expected, past (an apposition
        # only: "Heavy rain is expected on Friday in areas affected by ..." is ahead; review 45b)
        return False
    return not (cue.group(0).casefold() in _REPORTED_CUES and _PAST_VERB.search(before, cue.end()))


_EXPECTATIONS = frozenset({"expected on", "expected by"})
# (the speaker's clause running on to the day with no comma, the day of the saying: "officials said after a meeting at
# the ministry on Friday", "its spokesman said in a statement on Friday"; not "the two sides said in a joint
# statement, on Tuesday in Geneva", a day of the plan; reviews 47c, 47d)
_SAID_CLAUSE = re.compile(r",\s+(?:[\w'\u2019-]+\s+){1,3}(?:said|says|added|told(?:\s+(?:reporters|journalists))?)"
                          # (only the occasion between: not a reported plan, "the airline said the new schedule takes
                          # effect on Monday"; review 47e)
                          r"(?:\s+(?:on|in|at|to|after|following|during|before)\b[^,;]*)?\s*\Z")
# (right after the day, no clause between: not "expected on Friday, as was the case last week"; review 45d)
_PAST_MAIN_VERB_AFTER = re.compile(r"\)?\s+(?:was|were)\b")
# A verb in the past later in the sentence (review 45a).
_PAST_IN_REST = re.compile(r"\b(?:was|were|had|[a-z]{3,}ed)\b")


def _sentence_end(text: str, at: int) -> int:
    found = _SENTENCE_END.search(text, at)
    return found.start() if found is not None else len(text)


def _relative(m: re.Match[str], start: int, granularity: str, day: date | None) -> _Candidate:
    return _Candidate(start, m.end(), granularity, "relative", day)


def _calendar_date(m: re.Match[str]) -> _CalendarDate | None:
    """The date named by the _DATE_CORE groups of a match."""
    if m.group("iy"):
        return _CalendarDate(int(m.group("id")), int(m.group("im")), int(m.group("iy")), True)
    if m.group("rd"):  # "19-21/9/2022": the range starts on its first day
        year = _two_digit_year(m.group("ry")) if m.group("ry") else None
        return _CalendarDate(int(m.group("rd")), int(m.group("rm")), year, True)
    if m.group("nd"):
        year_text = m.group("ny")
        if year_text and len(year_text) == 2 and m.group("ns") != "/":
            return None  # "3.5.10" is a version number far more often than 3 May 2010
        if not year_text and m.group("ns") != "/":
            return None  # "07.30" is a time, "21-22" a score
        year = _two_digit_year(year_text) if year_text else None
        return _CalendarDate(int(m.group("nd")), int(m.group("nm")), year, True)
    if m.group("td"):
        month = _month_number(m.group("tm"))
        year = int(m.group("ty")) if m.group("ty") else None
        if year is None and m.group("tny"):  # "14 Maret hingga 13 April 2024": the deadline's year
            year = int(m.group("tny")) - (month > _month_number(m.group("tnm")))
        if year is None and m.group("tm").casefold() == "mac":
            return None  # "Mac 12 inci" is a computer; Malay "12 Mac" is a date with its year ("12 Mac 2024")
        first_month = _month_number(m.group("tm1")) if m.group("tm1") else month
        if year is not None and first_month > month:
            year -= 1  # "30 Desember-2 Januari 2023" starts in 2022
        direction = _lookup(RELATIVE_DIRECTIONS, m.group("tdir")) if m.group("tdir") else 0
        return _CalendarDate(int(m.group("td")), first_month, year, False, direction)
    year = int(m.group("ey")) if m.group("ey") else None
    if year is None and m.group("em").casefold() == "mac":
        return None  # "Mac 12 inci"; Berita Harian's "Mac 12, 2024" has its year
    return _CalendarDate(int(m.group("ed")), _month_number(m.group("em")), year, False)


def _resolve_calendar(cal: _CalendarDate, anchor: date | None) -> tuple[str, date | None] | None:
    """(resolution, day) of a calendar date; None when it is no valid date."""
    if not 1 <= cal.month <= 12 or not 1 <= cal.day <= 31:
        return None
    if cal.year is not None:
        day = _safe_date(cal.year, cal.month, cal.day)
        return None if day is None or not 1900 <= cal.year <= 2100 else ("absolute", day)
    if _safe_date(2000, cal.month, cal.day) is None:  # 2000 is a leap year: 29/2 stays possible
        return None
    if anchor is None:
        return "relative", None
    if cal.direction:  # "23 Oktober mendatang": the next such day; "17 Agustus lalu": the last one
        years = (anchor.year, anchor.year + 1) if cal.direction > 0 else (anchor.year, anchor.year - 1)
        days = [d for y in years if (d := _safe_date(y, cal.month, cal.day)) is not None]
        fitting = [d for d in days if (d >= anchor if cal.direction > 0 else d <= anchor)]
        return "relative", fitting[0] if fitting else None
    return "relative", _year_for_day(anchor, cal.month, cal.day)


# "semalam" that counts a night rather than naming one: "menginap semalam", "selama semalam", "semalam suntuk".
_NIGHT_COUNTED_BEFORE = re.compile(r"(?:selama|menginap|bermalam|hanya|cuma|satu|sehari|hari)\s+$", re.I)
# "semalam" names a night at a clause's end ("dipintas di perairan Nongsa, semalam."), before a time ("semalam
# sekitar pukul 23.00") or after a day's name ("Senin semalam"); elsewhere it counts one ("dirawat semalam di ...").
_NIGHT_NAMED_AFTER = re.compile(r"\s*(?:[.,;:!?)\"\u201d]|$|(?:sekitar\s+)?(?:pukul|jam)\b)", re.I)
# ... or after an event it dates: "laga semalam", "kebakaran semalam"; or after a word that opens a time ("sejak
# semalam", "hingga semalam", "Jika semalam polisi menyebut ...").
_EVENT_BEFORE_NIGHT = re.compile(r"(?:laga|pertandingan|partai|kejadian|peristiwa|insiden|acara|konser|aksi|"
                                 r"kebakaran|banjir|gempa|hujan|kecelakaan|serangan|ledakan|kemenangan|kekalahan|"
                                 r"duel|bentrokan|debat|rapat|sidang)\s+$", re.I)
_TIME_OPENER_BEFORE_NIGHT = re.compile(r"(?:sejak|hingga|sampai|jika)\s+$", re.I)
# "semalam suntuk" (all night), "semalam saja" (just one night): a night counted; after "jika" also a verb ("jika
# semalam menginap")
_ALL_NIGHT = re.compile(r"\s+(?:suntuk|saja)\b", re.I)
_VERB_AFTER = re.compile(r"\s+(?:me|ber|di)[a-z]{3,}\b", re.I)


def _on_dayword(m: re.Match[str], anchor: date | None) -> _Candidate | None:
    word = m.group("word")
    if word.lower() == "semalam" and (
            _NIGHT_COUNTED_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
            or _ALL_NIGHT.match(m.string, m.end())
            or not (_NIGHT_NAMED_AFTER.match(m.string, m.end())
                    or _EVENT_BEFORE_NIGHT.search(m.string, max(0, m.start() - 14), m.start())
                    or (_TIME_OPENER_BEFORE_NIGHT.search(m.string, max(0, m.start() - 8), m.start())
                        and not _VERB_AFTER.match(m.string, m.end())))):
        return None
    if word.lower() in ("esok", "esok hari") and (
            _FUTURE_IN_GENERAL.search(m.string, max(0, m.start() - 12), m.start())
            or _FUTURE_AFTER.match(m.string, m.end())):
        return None  # "hari esok yang lebih baik", "demi esok hari yang lebih cerah", "esok lusa": the future
    if word.lower() == "last night" and _DETERMINER_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        return None  # "on the last night of the festival", "his last night in Bali": a last night, not yesterday's
    offset = _lookup(RELATIVE_DAY_WORDS, word)
    return _relative(m, _prefix(m).start, "day", anchor + timedelta(days=offset) if anchor else None)


_FUTURE_IN_GENERAL = re.compile(r"\b(?:hari|masa|untuk|demi|menyongsong|menuju|menatap)\s+$", re.IGNORECASE)
_FUTURE_AFTER = re.compile(r"\s+(?:yang|lusa)\b", re.IGNORECASE)
# Not "her": "police questioned her last night".
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|his|their|my|our|its|your)\s+$", re.IGNORECASE)


def _ago_count(m: re.Match[str]) -> int:
    if m.groupdict().get("se"):
        return 1
    num = m.group("num")
    return int(num) if num.isdigit() else _lookup(NUMBER_WORDS, num)


def _shift(anchor: date, granularity: str, amount: int) -> date:
    if granularity == "day":
        return anchor + timedelta(days=amount)
    if granularity == "week":
        return anchor + timedelta(weeks=amount)
    if granularity == "month":
        return _shift_months(anchor, amount)
    return date(anchor.year + amount, 1, 1)


def _on_ago(m: re.Match[str], anchor: date | None) -> _Candidate | None:
    granularity = UNIT_GRANULARITY[m.group("unit").lower()]
    amount = _ago_count(m) * _lookup(RELATIVE_DIRECTIONS, m.group("dir"))
    if abs(amount) > 200:
        return None  # "300 tahun lalu" is history, not a date this pipeline can place
    if granularity == "week" and m.group("dir").lower() == "ago":
        # "three weeks ago", "a week ago": English counts back to the day (its annotators and readers take
        # "three weeks ago" on a Thursday as that Thursday); "tiga pekan lalu" names the week.
        day = anchor + timedelta(weeks=amount) if anchor else None
        return _relative(m, _prefix(m).start, "day", day)
    day = _shift(anchor, granularity, amount) if anchor else None
    return _relative(m, _prefix(m).start, granularity, day)


def _on_unit(m: re.Match[str], anchor: date | None) -> _Candidate | None:
    if m.group("unit") == "Minggu" and _inside_sentence(m.string, m.start("unit")):
        return None  # "Padahal Minggu kemarin beliau ...": Sunday, capitalised inside a sentence (a week is not)
    granularity = UNIT_GRANULARITY[m.group("unit").lower()]
    amount = _lookup(RELATIVE_DIRECTIONS, m.group("dir"))
    day = _shift(anchor, granularity, amount) if anchor else None
    return _relative(m, _prefix(m, modifiers=True).start, granularity, day)


def _inside_sentence(text: str, at: int) -> bool:
    """Whether the word at `at` follows a lowercase word in its sentence (not its first word, nor a clause's after a
    comma: "Ia mengatakan, Minggu lalu pasien membludak" may be either)."""
    before = text[max(0, at - 30):at].rstrip()
    return bool(before) and before[-1].islower()


def _on_mod_unit(m: re.Match[str], anchor: date | None) -> _Candidate | None:
    prefix = _prefix(m)
    if not prefix.cued:
        return None  # "laporan akhir tahun" is an annual report; "sejak awal tahun" is a time
    return _relative(m, prefix.start, UNIT_GRANULARITY[m.group("unit").lower()], anchor)


_BACKWARD = frozenset({"sebelumnya", "earlier", "before", "previous"})


_QUANTIFIERS = frozenset({"beberapa", "sejumlah", "berapa", "several", "few", "many", "some"})


def _on_ordinal_day(m: re.Match[str], anchor: date | None) -> _Candidate | None:
    if anchor is None:
        return _relative(m, m.start(), "day", None)
    number = int(m.group("oday"))
    this_month = _safe_date(anchor.year, anchor.month, number)
    # the report's month up to its day (or ahead in a plan); a later day is last month's
    if this_month is not None and (this_month <= anchor or _in_future_sentence(m)):
        return _relative(m, m.start(), "day", this_month)
    last = anchor.replace(day=1) - timedelta(days=1)
    return _relative(m, m.start(), "day", _safe_date(last.year, last.month, number))


def _on_anaphoric(m: re.Match[str], anchor: date | None) -> _Candidate | None:
    groups = m.groupdict()
    before = m.string[max(0, m.start() - 12):m.start()].split()
    if not groups.get("num") and not groups.get("se") and before and before[-1].lower() in _QUANTIFIERS:
        return None  # "beberapa hari kemudian": some days later, no count to add
    if groups.get("same"):
        unit, amount = "hari", 0  # "hari itu", "that day": the day named before, never the report's own
    elif groups.get("next"):
        unit, amount = "hari", 1  # "keesokan harinya": the day after
    else:
        unit = (groups.get("unit") or groups.get("unit2") or "").lower()
        number = groups.get("num")
        amount = 1 if number is None or number.lower() in ("a", "one") else (
            int(number) if number.isdigit() else _lookup(NUMBER_WORDS, number))
        if (groups.get("dir") or groups.get("pre") or "").lower() in _BACKWARD:
            amount = -amount
    return _Candidate(_prefix(m).start, m.end(), UNIT_GRANULARITY[unit], "relative", None, amount)


# The mentions precise enough to count a unit from: a day from a day, a month from a day or a month ...
_PRECISE_ENOUGH = {"day": ("day",), "week": ("day", "week"), "month": ("day", "week", "month"),
                   "year": ("day", "week", "month", "year")}


def _resolve_anaphora(text: str, chosen: list[_Candidate], anchor: date | None = None) -> list[_Candidate]:
    """Give "sehari sebelumnya" its day, counted from the last date named before it that is precise enough, in
    its paragraph or the two before (further up, it may count from something else: no day rather than a wrong
    one). Without any date before it, it is no mention ("turun dari tahun sebelumnya" compares, it dates
    nothing), except a count of days, which then counts from the report's day;
    followed by the date itself ("Sehari sebelumnya, Rabu (21/9/2022), ...") the two are one mention, dated by
    the date."""
    resolved: list[_Candidate] = []
    for i, cand in enumerate(chosen):
        if cand.shift is not None:
            following = chosen[i + 1] if i + 1 < len(chosen) else None
            if following is not None and following.shift is None and not text[cand.end:following.start].strip(" ,"):
                chosen[i + 1] = dataclasses.replace(following, start=cand.start)  # one expression, the date's value
                continue
            nearest = next(((k, c) for k, c in reversed(list(enumerate(resolved)))
                            if c.granularity in _PRECISE_ENOUGH[cand.granularity]), None)
            base = nearest[1] if nearest is not None else None
            if nearest is not None and cand.shift == 0 and _in_range(text, resolved, nearest[0]):
                continue  # "the same day" right after a period names none of its days: no day rather than a wrong one
            if base is not None and text.count("\n\n", base.end, cand.start) > 2 and not (
                    cand.shift == 0 and anchor is not None and base.day == anchor) and not (
                    cand.granularity == "day" and cand.shift != 0 and _the_only_day(resolved)
                    and not _heading_between(text, base.end, cand.start) and not _flashback_before(text, resolved,
                                                                                                 cand, base)):
                continue  # a date sections away may not be what the text counts from: no day rather than a wrong one
                # (but "pada hari yang sama" after the report's own day, however far up, is that day; and days counted
                # from the only day the text has named: "Tim KPK dijadwalkan melanjutkan kunjungan ... keesokan
                # harinya" six paragraphs under the meeting's "Selasa (12/5/2026)", in the same section; not "the same
                # day", which a quote also says of no day: "use them the same day")
            if base is None and cand.granularity == "day" and anchor is not None and cand.shift != 0:
                base = _Candidate(0, 0, "day", "relative", anchor)  # no date named before it at all: the report's day
            if base is None:
                continue
            day = _shift(base.day, cand.granularity, cand.shift) if base.day is not None else None
            cand = _Candidate(cand.start, cand.end, cand.granularity, "relative", day)
        resolved.append(cand)
    return resolved


MAX_HEADING_WORDS = 5


def _heading_between(text: str, start: int, end: int) -> bool:
    """Whether a paragraph between `start` and `end` is a section's heading (a few words, no closing stop: "Putusan"):
    a new section may count from another day."""
    return any(0 < len(block.split()) <= MAX_HEADING_WORDS and not block.rstrip().endswith((".", "!", "?", ":", '"',
                                                                                           "\u201d"))
               for block in text[start:end].split("\n\n")[1:-1])


def _flashback_before(text: str, resolved: Sequence[_Candidate], cand: _Candidate, base: _Candidate) -> bool:
    """Whether the last date named before `cand`, in its paragraph or the one before, is a period that does not hold
    the base day: the text tells of another time there ("Bencana serupa pernah terjadi pada Februari 2024 ... Keesokan
    harinya", review 45a)."""
    last = resolved[-1]
    return text.count("\n\n", last.end, cand.start) <= 1 and not _holds(last, base.day)


def _holds(period: _Candidate, day: date | None) -> bool:
    """Whether the period a mention names holds `day`: the last date named before a count must (a flashback's "pada
    Februari 2024 ... Keesokan harinya" counts from a day of that month, not from the report's day far up)."""
    if period.day is None or day is None:
        return False
    if period.granularity == "year":
        return period.day.year == day.year
    if period.granularity == "month":
        return (period.day.year, period.day.month) == (day.year, day.month)
    if period.granularity == "week":
        return period.day.isocalendar()[:2] == day.isocalendar()[:2]
    return period.day == day


def _the_only_day(resolved: Sequence[_Candidate]) -> bool:
    """Whether exactly one of the mentions resolved so far is a day."""
    return sum(c.granularity == "day" for c in resolved) == 1


def _in_range(text: str, chosen: Sequence[_Candidate], k: int) -> bool:
    """Whether chosen[k] is one end of a range ("periode 18 Desember hingga 5 Januari")."""
    before = chosen[k - 1] if k > 0 else None
    after = chosen[k + 1] if k + 1 < len(chosen) else None
    return (before is not None and _RANGE_JOIN.fullmatch(text[before.end:chosen[k].start]) is not None) or (
        after is not None and _RANGE_JOIN.fullmatch(text[chosen[k].end:after.start]) is not None)


# How far from the report's day a dated day may lie for a later bare day name to mean it (the week around it).
_SAME_WEEK = timedelta(days=6)


def _weekdays_dated_before(chosen: list[_Candidate], anchor: date) -> list[_Candidate]:
    """A day name alone whose weekday the text has already dated, in the days before the report, is that date when
    it lies nearer to the report than the day the name's own cues point to: "Rabu (15/10/2025)" ... "menerima
    informasi akan ada penyerahan uang pada Rabu siang" in a report of Thursday the 16th is the 15th, not the
    22nd; "Rabu (8/10) ... sidang akan digelar pada Rabu" in a report of Tuesday the 14th is the 15th. Not a day
    dated ahead: "Sidang perdana digelar Senin (20/10). Polisi menangkap tersangka pada Senin" is last Monday."""
    dated: dict[int, date] = {}
    out = []
    for cand in chosen:
        if cand.weekday_only and cand.day is not None and (known := dated.get(cand.day.weekday())) is not None and (
                known <= anchor and abs(known - anchor) < abs(cand.day - anchor)):
            cand = dataclasses.replace(cand, day=known)
        elif cand.granularity == "day" and not cand.weekday_only and cand.shift is None and cand.day is not None and (
                abs(cand.day - anchor) <= _SAME_WEEK):
            dated.setdefault(cand.day.weekday(), cand.day)
        out.append(cand)
    return out


def _on_mod_unit_en(m: re.Match[str], anchor: date | None) -> _Candidate | None:
    if m.group("year"):  # "by the end of 2024": the year, as "akhir 2024" is
        return _Candidate(_prefix(m).start, m.end(), "year", "absolute", date(int(m.group("year")), 1, 1))
    granularity = UNIT_GRANULARITY[m.group("unit").lower()]
    direction = m.group("dir")
    amount = _lookup(RELATIVE_DIRECTIONS, direction) if direction and direction.lower() != "the" else 0
    return _relative(m, _prefix(m).start, granularity, _shift(anchor, granularity, amount) if anchor else None)


def _on_date(m: re.Match[str], anchor: date | None) -> _Candidate | None:
    cal = _calendar_date(m)
    if cal is None or (cal.numeric and cal.year is None):
        return None  # a bare "22/9" may be a score or a fraction; it is a date only after a day name
    resolved = _resolve_calendar(cal, anchor)
    if resolved is None:
        return None
    return _Candidate(m.start(), m.end(), "day", resolved[0], resolved[1])


# "Minggu ke-3", "Minggu ketiga", "Minggu pertama", "Minggu-minggu": capitalised "Minggu" meaning "week".
_WEEK_NOT_SUNDAY_RE = re.compile(
    r"\s*-\s*minggu|\s+(?:ke-|ke\s*\d|ke(?:satu|dua|tiga|empat|lima|enam)|pertama|terakhir)", re.IGNORECASE
)


def _is_sunday_as_week(m: re.Match[str]) -> bool:
    """ "Minggu ke-3", "Minggu-minggu terakhir": capitalised "Minggu" meaning "week"."""
    if m.group("dname").lower() != "minggu" or m.group("date") or m.group("post"):
        return False
    rest = m.string[m.end("dname") : m.end("dname") + 12]
    return bool(_WEEK_NOT_SUNDAY_RE.match(rest))


def _dayname_direction(m: re.Match[str]) -> tuple[int | None, int]:
    """(direction for _weekday_near, shift in weeks) from "lalu", "depan", "pekan lalu", "last", "next" ..."""
    modifier = (m.group("post") or m.group("post2") or m.group("pre") or "").lower()
    words = modifier.split()
    if len(words) == 2 and words[0] != "yang":
        # "Kamis pekan lalu", "Thursday last week": that weekday in the neighbouring ISO week.
        relation = words[1] if words[0] in ("pekan", "minggu") else words[0]
        return 0, _lookup(RELATIVE_DIRECTIONS, relation)
    if modifier:
        return _lookup(RELATIVE_DIRECTIONS, modifier), 0
    return None, 0


def _weekday(m: re.Match[str]) -> int:
    return _lookup(DAY_NAMES, m.group("dname"))


# The end of a span a few words after its first day: "sejak Kamis hingga Minggu", "since Thursday until Sunday".
_SPAN_END_AFTER = re.compile(r"(?:\s+(?:pagi|siang|sore|malam|dini hari|morning|afternoon|evening|night))?"
                             r"\s+(?:hingga|sampai|until|till|through)\s", re.I)
# Cues that name the end of a span: with a bare day name, the nearest such day on either side of the anchor.
# Not "by" or "from": "By Friday, the toll had risen" tells the past.
_END_CUES = frozenset({"until", "till", "hingga", "sampai", "sampai dengan"})
# ... and a span's start with "mulai" and no end, which the blind sets' writers used for what was to begin within
# days ("Mulai Jumat, perlintasan kami jaga" in Thursday's report; all five such "mulai <day>" of their gold ahead or
# today): the nearest such day too. A span with its end is told whole, in the past ("merendam desa mulai Sabtu malam
# hingga Minggu pagi" in Wednesday's report).
# The end of a span written with a word that is no cue of a date elsewhere: Malay "sehingga" (until; Indonesian
# "sehingga", so that, opens a clause, never a bare day name), "through".
_END_BEFORE = re.compile(r"(?<![\w'’])(?:sehingga|through|thru)\s+(?:hari\s+)?\Z", re.I)
# A deadline: "paling lambat Kamis", "selambat-lambatnya Senin", "no later than Friday"; one missed or met is past
# ("Berkas seharusnya diserahkan paling lambat Senin", "... paling lambat Senin, dan semua sudah diterima", "The
# deadline was no later than Monday"), whatever side of the day the sentence says so.
_MISSED_DEADLINE = re.compile(r"\b(?:seharusnya|semestinya|mestinya|sudah|telah|terlambat|should have|was|were|missed"
                              r"|had)\b", re.I)
# A word of the past in the sentence, against a span's start or end ahead ("Banjir merendam desa mulai Jumat, dan baru
# surut kemarin"; review 46a).
_PAST_MARKER = re.compile(r"\b(?:kemarin|lalu|sempat|telah|sudah|tadi|semalam|was|were|had|[a-z]{3,}ed)\b", re.I)
# The day's clause ends after it (its part of the day aside): Malay's "amaran hujan ... sehingga Rabu." (until); not
# Indonesian's "so that" before a clause: "sehingga Jumat banjir merendam tiga desa".
_DAY_ENDS_CLAUSE = re.compile(r"(?:\s+(?:pagi|siang|sore|petang|malam|morning|afternoon|evening|night))?"
                              r"[^\S\n]*(?:[.,;:!?)\n]|\Z)", re.I)
_SENTENCE_START = re.compile(r"(?:\A|[.!?\n\"\u201c]\s*)\Z")


def _span_end_beyond_cues(m: re.Match[str], start: int) -> bool:
    """A span's end written with a word that is no cue of a date elsewhere (_END_BEFORE) at its clause's end, in a
    sentence with no word of the past: "amaran hujan di pantai barat sehingga Rabu.", "classes online through
    Saturday" (not "The shelter stayed open through Thursday")."""
    return (_END_BEFORE.search(m.string, max(0, start - 20), start) is not None
            and _DAY_ENDS_CLAUSE.match(m.string, m.end()) is not None
            and not _PAST_MARKER.search(_sentence_around(m.string, start, m.end())))


def _starts_from(m: re.Match[str], start: int) -> bool:
    """A span starting "mulai" the day with no end: opening its sentence ("Mulai Jumat, perlintasan kami jaga"), or at
    its clause's end in a sentence with no word of the past ("Penyaluran beras ditambah mulai Selasa."); not "Tim SAR
    mulai Jumat melakukan pencarian" nor "mulai Sabtu malam hingga Minggu pagi"."""
    if _prefix(m).cue != "mulai" or _SPAN_END_AFTER.match(m.string, m.end()) is not None:
        return False
    if _SENTENCE_START.search(m.string, max(0, start - 3), start):
        return True
    return (_DAY_ENDS_CLAUSE.match(m.string, m.end()) is not None
            and not _PAST_MARKER.search(_sentence_around(m.string, start, m.end())))


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence that holds text[start:end], at most 200 characters each side."""
    before = text[max(0, start - 200):start]
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("! "), before.rfind("? "))
    return before[cut + 1:] + text[start:_sentence_end(text[:end + 200], end)]
_DEADLINE_BEFORE = re.compile(r"(?<![\w'’])(?:paling\s+lambat|selambat-lambatnya|no\s+later\s+than)\s+(?:hari\s+)?\Z",
                              re.I)


# "every Friday", "setiap (hari) Jumat", "tiap Senin": a weekday that recurs, no day to resolve.
_RECURRENCE_WORDS = r"every|each|setiap|tiap|saban"
_RECURRING_BEFORE = re.compile(rf"(?<![\w'’])(?:{_RECURRENCE_WORDS})\s+(?:hari\s+)?\Z", re.I)
# "akan dilakukan", "bakal diberlakukan", "akan kembali ditutup": a measure planned, in the passive.
_PASSIVE_PLAN = re.compile(r"\b(?:akan|bakal)\s+(?:[a-z]+\s+)?di[a-z]{3,}\b", re.I)
# An active or stative verb ("melanda", "berlangsung", "terjadi", "hilang") dates its own event.
_ACTIVE_VERB = re.compile(r"\b(?!(?:terhadap|tersebut|termasuk|terutama|terkait|berbagai|bersama|berdasarkan|"
                          r"beberapa|melalui|menuju|menjelang|mengenai|menurut|menggunakan)\b)"
                          r"(?:(?:me[mnr]?|meng|meny|ber|ter)[a-z]{3,}|hilang|tewas|rusak|lumpuh|mati|padam|"
                          r"macet|tutup|buka)\b", re.I)
# Between the plan and "sejak": a relative clause or a past marker dates its own verb ("akan memburu pelaku yang
# kabur sejak Jumat": the flight is past).
_OWN_VERB_BETWEEN = re.compile(r"(?<![\w'’])(?:yang|that|who|which|telah|sudah|sempat|pernah)(?![\w'’])", re.I)


def _plan_starting_on(m: re.Match[str], start: int) -> bool:
    """A measure planned in the passive opens the span "sejak <day>" starts: "penyekatan akan dilakukan di perbatasan
    sejak Jumat malam" in a Thursday's report is tomorrow night, not last Friday. Not a state the day began, after
    an active verb or another verb between ("akan melanjutkan pencarian nelayan hilang sejak Kamis", "missing since
    Thursday", "akan tetap mengungsi karena banjir melanda sejak Sabtu")."""
    if _FUTURE_RIGHT_AFTER.match(m.string, m.end()):
        return False  # a future verb only after the day ("stuck since Thursday will board")
    before = m.string[max(0, start - 160):start]
    clause = max((end.end() for end in _CLAUSE_END_RE.finditer(before)), default=0)
    plan = list(_PASSIVE_PLAN.finditer(before, clause))
    return bool(plan) and not (_OWN_VERB_BETWEEN.search(before, plan[-1].end())
                               or _ACTIVE_VERB.search(before, plan[-1].end()))


def _on_dayname(m: re.Match[str], anchor: date | None) -> _Candidate | None:
    if _is_sunday_as_week(m):
        return None
    start = _prefix(m).start
    if m.group("dom") and anchor is not None and (day := _weekday_of_month_day(
            anchor, _weekday(m), int(m["dom"]), past=_PAST_AFTER.match(m.string, m.end()) is not None)):
        return _Candidate(start, m.end(), "day", "relative", day)
    if m.group("date"):
        cal = _calendar_date(m)
        resolved = _resolve_calendar(cal, anchor) if cal else None
        if resolved is not None:  # a day name with its date needs no cue: the surface leaves it out
            return _Candidate(m.start(), m.end(), "day", resolved[0], resolved[1])
        # "Kamis 10.00 WIB": what followed the day name is no date; keep the day name alone.
        end = m.end("dname2") if m.group("dname2") else m.end("dname")
        day = _weekday_near(anchor, _weekday(m), None) if anchor else None
        return _Candidate(start, end, "day", "relative", day)
    if anchor is None:
        return _relative(m, start, "day", None)
    if _RECURRING_BEFORE.search(m.string, max(0, start - 20), start):
        return _relative(m, start, "day", None)  # "every Friday", "setiap Jumat": no one day
    direction, weeks = _dayname_direction(m)
    if (direction is None and _prefix(m).cue in _SINCE_CUES and _SPAN_END_AFTER.match(m.string, m.end()) is None
            and not _plan_starting_on(m, start)):
        # "cattle stuck in yards since Thursday will finally board": a span's start is past, whatever comes after
        # (not a span's first day in a plan: "akan ditutup sejak Kamis hingga Minggu")
        return dataclasses.replace(_relative(m, start, "day", _weekday_near(anchor, _weekday(m), None)),
                                   weekday_only=True)
    if direction is None and _DEADLINE_BEFORE.search(m.string, max(0, start - 25), start) and not (
            _MISSED_DEADLINE.search(_sentence_around(m.string, start, m.end()))):
        # "keputusan diharapkan keluar paling lambat Kamis": a deadline, the next such day (or today)
        day = anchor + timedelta(days=(_weekday(m) - anchor.weekday()) % 7)
        return dataclasses.replace(_relative(m, start, "day", day), weekday_only=True)
    if direction is None and (_prefix(m).cue in _END_CUES or _span_end_beyond_cues(m, start)
                              or _starts_from(m, start)) and not _in_future_sentence(m):
        # "were closed until Wednesday morning" on a Tuesday: a closure's end is the nearest such day, ahead or back.
        ahead, back = (_weekday(m) - anchor.weekday()) % 7, (anchor.weekday() - _weekday(m)) % 7
        day = anchor + timedelta(days=ahead) if 0 < ahead < back else anchor - timedelta(days=back)
        return dataclasses.replace(_relative(m, start, "day", day), weekday_only=True)
    if direction is None and _in_future_sentence(m):
        day = anchor + timedelta(days=(_weekday(m) - anchor.weekday()) % 7)
        return dataclasses.replace(_relative(m, start, "day", day), weekday_only=True)
    day = _weekday_near(anchor + timedelta(weeks=weeks), _weekday(m), direction)
    if direction == 1 and not weeks and (m.group("pre") or "").lower() == "next" and day - anchor == timedelta(days=1):
        day += timedelta(weeks=1)  # "next Wednesday" written on a Tuesday: tomorrow would be "tomorrow"
    return dataclasses.replace(_relative(m, start, "day", day), weekday_only=direction is None and not weeks)


MALAY_MARCH = "mac"
# How many months back a day of the month named with its weekday is looked for ("hari Rabu tanggal 11").
DAY_OF_MONTH_REACH = 3


_PAST_AFTER = re.compile(r"\s+(?:lalu|kemarin|yang lalu)\b", re.I)


def _weekday_of_month_day(anchor: date, weekday: int, day_of_month: int, past: bool = False) -> date | None:
    """The latest date on or before the month after the anchor's whose day is `day_of_month` and whose weekday is
    `weekday`, closest to the anchor: a weekday and a day of the month fix the month ("hari Rabu tanggal 11",
    written on Wednesday 18 November 2026, is 11 November); with `past` ("Jumat tanggal 11 lalu"), not after the
    anchor. None when no month near has such a day."""
    found = []
    for back in range(-1, DAY_OF_MONTH_REACH):
        year, month = divmod(anchor.year * 12 + anchor.month - 1 - back, 12)
        try:
            day = date(year, month + 1, day_of_month)
        except ValueError:
            continue
        if day.weekday() == weekday and not (past and day > anchor):
            found.append(day)
    return min(found, key=lambda d: abs((d - anchor).days)) if found else None


def _month_is_plausible(m: re.Match[str], prefix: _Prefix) -> bool:
    """Whether a month name without a year reads as a month here (see AMBIGUOUS_MONTHS)."""
    name = m.group("mname").lower().rstrip(".")
    if name == MALAY_MARCH:
        # Malay March alone: only with a direction or "bulan" ("banjir Mac lalu", "bulan Mac"), never "on Mac"
        return bool(m.group("post") or m.group("yrel") or m.group("bulan"))
    if name in MONTH_ABBREVIATIONS:
        return False
    cued = prefix.cued or prefix.modified or any(m.group(g) for g in ("pre", "bulan", "post", "yrel"))
    if name in AMBIGUOUS_MONTHS and not cued:
        return False
    before = m.string[max(0, m.start() - 9) : m.start()].split()
    return prefix.cued or not (before and before[-1].lower() in MONTH_NAME_BLOCKERS)


def _month_without_year(m: re.Match[str], prefix: _Prefix, anchor: date) -> date:
    month = _month_number(m.group("mname"))
    if m.group("yrel"):  # "Juli tahun lalu", "August last year"
        words = m.group("yrel").lower().split()
        relation = words[1] if words[0] == "tahun" else words[0]
        return date(anchor.year + _lookup(RELATIVE_DIRECTIONS, relation), month, 1)
    modifier = m.group("post") or m.group("pre")
    direction = _lookup(RELATIVE_DIRECTIONS, modifier) if modifier else None
    if direction == 0 or (direction is None and month == anchor.month):  # "Agustus ini": this year's
        return date(anchor.year, month, 1)
    if direction is not None and direction < 0 and month == anchor.month and prefix.modified:
        return date(anchor.year, month, 1)  # "awal September lalu" in a late-September article: earlier this month
    if direction is not None and direction > 0 and month == anchor.month and _LATER_IN_MONTH.search(
            m.string, prefix.core, m.start()):
        return date(anchor.year, month, 1)  # "akhir Mei mendatang" in mid-May: later this month
    if direction is None and prefix.cue in _SINCE_CUES:
        direction = -1  # "sejak (awal) Oktober": before the report, also in a sentence about a plan ("akan meminta
        # data penyaluran sejak Oktober")
    elif direction is None and _in_future_sentence(m) and not _past_clause_before(m):
        direction = 1
    elif direction is None and (_past_verb_before(m) or _past_verb_after_opening(m) or _past_clause_before(m)
                                or _PAST_RIGHT_AFTER_MONTH.match(m.string, m.end()) is not None):
        direction = -1  # "invaded Ukraine in February", "In January, a cruise vessel damaged ...", "A smaller die-off
        # in January killed ...": before the report
    return _month_near(anchor, month, direction)


_SINCE_CUES = frozenset({"sejak", "semenjak", "since"})
# Modifiers that put a day later in the month than most of a report's days: "akhir Mei", "pertengahan Mei", "late May".
_LATER_IN_MONTH = re.compile(r"\b(?:akhir|pertengahan|penghujung|late|end of|mid)\b", re.I)
# A verb in the past right before a month's name (and its cue): what happened then happened before the report.
_PAST_VERB_RE = re.compile(
    r"(?<![\w'’])(?:[a-z]{3,}ed|died|fled|was|were|began|took|met|held|came|went|fell|rose|made|won|lost|struck|"
    r"telah|sudah|"
    r"sempat|pernah)(?:\s+\S+)?\s+(?:in|pada|bulan)\s*\Z"
    # ... its doer between them, in the past: "was inaugurated by local officials in January" (not "to be hosted by
    # Malaysia in October", "organised by the city in October, is open to ..."; review 45a)
    r"|(?<![\w'’])(?:was|were|been)\s+[a-z]{3,}ed\s+by(?:\s+\S+){1,3}\s+in\s*\Z"
    # ... or a payment or sale and its sum: "she had paid Rp31 million in March"
    r"|(?<![\w'’])(?<!be )(?:paid|sold|bought|spent|sent)(?:\s+\S+){0,2}\s+in\s*\Z", re.IGNORECASE)
# (not "is to be sent in March", "will be paid in April")


# An English sentence opened by its month, then its subject and a verb in the past: "In January, a cruise vessel also
# damaged coral ...".
_OPENING_MONTH = re.compile(r"(?:^|[.!?\n]\s*)(?:In|Back in|Earlier in)\s*\Z")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_PAST_AFTER_OPENING = re.compile(r",?(?:\s+[\w'’-]+){1,5}?\s+(?:[a-z]{3,}ed|was|were|died|fled|began|took|met|came|"
                                 r"went|fell|rose|made|won|lost|struck|sank|ran|hit)\b")


# What keeps a sentence in the future whatever its participles: "In March, the terminal is expected to open".
_FUTURE_IN_REST = re.compile(r"\b(?:will|would|shall|to be|expected|scheduled|set to|due to|plans? to|akan)\b",
                             re.IGNORECASE)


# An English verb in the past right after the month, its subject's last words before it: "A similar incident in
# January stopped trains", "A smaller die-off in January killed around 35 tonnes".
# (not "was": "the reference price for September was set at ...", the month its subject)
_PAST_RIGHT_AFTER_MONTH = re.compile(
    r"\s+(?:(?:peaked|climbed|increased|decreased|declined|dropped|jumped|surged|slumped|grew|reached|closed|soared"
    r"|plunged|doubled|tripled|totalled|totaled|died|fled|began|took|came|fell|rose|hit|struck|sank|left|saw|ran)\b"
    r"|[a-z]{3,}ed\b(?!\s+(?:by|in|at|for|as|to|from|with|on|under)\b))")
# (not a participle that qualifies what came before: "A fuel price increase in April proposed by the ministry", "the
# tour in May featured in the lineup"; review 45a; not "in July scheduled for 10 July", "in January pegged at 6.5
# percent", review 45c); a verb of change is one whatever follows ("Car sales in September jumped by 12 percent",
# "Dengue cases in July peaked at 1,200"; reviews 45b, 45d)


def _past_verb_after_opening(m: re.Match[str]) -> bool:
    if _OPENING_MONTH.search(m.string, max(0, m.start() - 20), m.start()) is None:
        return False
    end = _SENTENCE_END.search(m.string, m.end())
    rest = m.string[m.end():end.start() if end is not None else len(m.string)]
    return _FUTURE_IN_REST.search(rest) is None and _PAST_AFTER_OPENING.match(m.string, m.end()) is not None


# An English verb in the past in a month's own clause (after its last comma): "after the society stopped honouring
# withdrawals in August", "began working for Tan at a flat in Bedok North in January" (not a plan's participle: "the
# planned visit in January", "expected in February").
_PAST_IN_CLAUSE = re.compile(r"(?<![\w'\u2019-])(?!(?:expected|planned|scheduled|proposed|intended|anticipated|targeted"
                             r"|slated|needed|required|delayed|postponed|extended|moved|pushed|deferred)\b)"
                             r"(?:[a-z]{3,}ed|began|took|met|held|came|went|fell|rose|won|lost|struck|fled|died|left)"
                             r"(?![\w'\u2019-])")
MONTH_CLAUSE_REACH = 120


def _past_clause_before(m: re.Match[str]) -> bool:
    """Whether the month's own clause has an English verb in the past before it and no word of the future."""
    start = max(0, m.start() - MONTH_CLAUSE_REACH)
    clause = m.string[start:m.start()]
    # (the clause a reported or relative clause opens: not "cautioned that the monsoon usually lasts until early
    # October", whose verb in the past is the saying's)
    cut = max(clause.rfind(","), clause.rfind(";"), clause.rfind(". "), clause.rfind("\n"),
              *(clause.rfind(word) for word in _CLAUSE_OPENERS))
    clause = clause[cut + 1:]
    past = _PAST_IN_CLAUSE.search(clause)
    return past is not None and not _PERFECT_BEFORE.search(clause, 0, past.start()) and (
        _FUTURE_IN_CLAUSE.search(clause) is None)


_CLAUSE_OPENERS = (" that ", " bahwa ", " which ", " who ", " yang ")
_FUTURE_IN_CLAUSE = re.compile(r"\b(?:will|would|shall|to|akan|bakal)\b")
# A present perfect ("who have not covered their December requirement"): no past of the month's clause.
_PERFECT_BEFORE = re.compile(r"\b(?:have|has)(?:\s+not)?\s+\Z")


def _past_verb_before(m: re.Match[str]) -> bool:
    """A past verb, then at most one word and "in"/"pada", before the month: "invaded Ukraine in February" (not
    "postponed until March", "telah menjadwalkan pelantikan pada Maret")."""
    return _PAST_VERB_RE.search(m.string, max(0, m.start() - 40), m.start()) is not None


# The month and year that end a span after a month without one: "Agustus hingga September 2023", "July and August
# 2024" (the start's year is the end's, or the year before when the span crosses the new year).
_SPAN_END_MONTH = re.compile(
    rf"{_S}(?:hingga|sampai(?:{_S}dengan)?|s\.d\.?|dan|atau|to|until|through|and|or){_S}(?:bulan{_S})?"
    rf"(?P<month>{_alternation(MONTH_NAMES, capitalised=True)}){_S}(?P<year>{_YEAR})(?![\w.,/]\d)", _FLAGS)
# ... or its year told from the report's: "between January and August this year", "Maret hingga Mei tahun lalu".
_SPAN_END_MONTH_RELATIVE = re.compile(
    rf"{_S}(?P<joiner>hingga|sampai(?:{_S}dengan)?|s\.d\.?|dan|to|until|through|and){_S}(?:bulan{_S})?"
    rf"(?P<month>{_alternation(MONTH_NAMES, capitalised=True)}){_S}"
    rf"(?:tahun{_S}(?P<after>ini|lalu|depan)|(?P<before>this|last|next){_S}year)\b", _FLAGS)


def _on_month(m: re.Match[str], anchor: date | None) -> _Candidate | None:
    prefix = _prefix(m, modifiers=True)
    if m.group("year"):
        day = date(int(m.group("year")), _month_number(m.group("mname")), 1)
        return _Candidate(prefix.core, m.end(), "month", "absolute", day)
    if not _month_is_plausible(m, prefix):
        return None
    if not m.group("post") and not m.group("yrel") and (end := _SPAN_END_MONTH.match(m.string, m.end())):
        month = _month_number(m.group("mname"))
        year = int(end["year"]) - (month > _month_number(end["month"]))
        return _relative(m, prefix.start, "month", date(year, month, 1))
    if not m.group("post") and not m.group("yrel") and anchor and (
            end := _SPAN_END_MONTH_RELATIVE.match(m.string, m.end())) and (
            end["joiner"].casefold() not in ("and", "dan") or prefix.cue in ("between", "antara")):
        # ("dan"/"and" joins a span only after "between": "sejak Oktober dan Desember tahun ini ..." are two clauses)
        month = _month_number(m.group("mname"))
        year = anchor.year + _lookup(RELATIVE_DIRECTIONS, end["after"] or end["before"])
        return _relative(m, prefix.start, "month", date(year - (month > _month_number(end["month"])), month, 1))
    return _relative(m, prefix.start, "month", _month_without_year(m, prefix, anchor) if anchor else None)


def _on_holiday(m: re.Match[str], anchor: date | None) -> _Candidate | None:
    month, day, years = FIXED_HOLIDAYS[re.sub(r"\s+", " ", m["name"]).casefold().replace("’", "'")]
    return _Candidate(m.start(), m.end(), "day", "absolute", date(int(m["year"]) + years, month, day))


def _on_year(m: re.Match[str], anchor: date | None) -> _Candidate | None:
    prefix = _prefix(m, modifiers=True)
    if not (prefix.cued or prefix.modified or m.group("tahun") or _year_before_its_noun(m)
            or _year_after_its_event(m) or _year_after_a_dated_year(m)):
        return None  # a bare four-digit number is a count far more often than a year
    return _Candidate(prefix.start, m.end(), "year", "absolute", date(int(m.group("year")), 1, 1))


# An English year that names what happened in it: "the 2014 Agreement on Consular Notification", "a 2014
# agreement", "the 1975 Border Patrol Agreement" (not "the 2000 residents": a count before its noun).
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:the|a|an)\s$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s(?P<word>[A-Za-z]+)")
_YEAR_NOUNS = frozenset({"agreement", "accord", "treaty", "pact", "deal", "convention", "law", "act", "ruling",
                         "decision", "regulation", "election", "elections", "census", "survey", "report", "budget",
                         "summit", "meeting", "season", "edition", "games", "tournament", "championship", "crisis",
                         "earthquake", "quake", "tsunami", "eruption", "flood", "floods", "riots", "protests", "reform",
                         "plan", "chairmanship", "presidency", "cup", "olympics", "championships", "festival",
                         "conference", "financial", "fiscal", "memorandum", "charter", "declaration",
                         "constitution", "referendum", "ceasefire", "truce", "mou", "attack", "attacks", "breach",
                         "leak", "hack", "outbreak", "pandemic", "coup", "war", "landslide", "drought", "study",
                         "audit", "decree", "visit", "merger"})
# ("the 2025 financial year", "a 1974 memorandum", "the 2005 Helsinki MoU")


# An Indonesian election or budget named by its year, the noun first: "memenangi Pilkada 2024", "APBD 2026".
_EVENT_BEFORE_YEAR = re.compile(r"(?<![\w-])(?:pilkada|pemilu|pilpres|pileg|pilgub|pilbup|pilwalkot|apbd|apbn|rapbd"
                                r"|rapbn|anggaran)(?:-p)?\s$"
                                # ... or the year a figure is compared with: "naik dibandingkan 2025 yang tercatat"
                                r"|(?<![\w-])(?:dibandingkan(?:\sdengan)?|dibanding|ketimbang|compared\s(?:with|to))\s$",
                                re.IGNORECASE)


# A year joined to a year the text dates as one: "tahun anggaran 2022 dan 2023", "pada 2024 dan 2025", "in 2023 and
# 2024", "sejak 2019, 2020 dan 2021" (the second is a year as much as the first). Only a later year: "1500 tanks in
# 2022 and 2000 in 2023", "selama 2024 dan 2000 lebih warga" join numbers.
_DATED_YEAR_AND = re.compile(r"(?<![\w'’])(?:tahun(?:\s(?:anggaran|buku))?|pada|sejak|since|in|during|selama|between"
                             r"|antara)\s(?:(?:19|20)\d{2},\s)*(?P<year>(?:19|20)\d{2})"
                             r"(?:,\s|,?\s(?:dan|and|atau|or|serta|hingga|sampai)\s)$", re.IGNORECASE)
MAX_JOINED_YEARS_APART = 30


def _year_after_a_dated_year(m: re.Match[str]) -> bool:
    joined = _DATED_YEAR_AND.search(m.string, max(0, m.start() - 60), m.start())
    if joined is None:
        return False
    return 0 < int(m.group("year")) - int(joined["year"]) <= MAX_JOINED_YEARS_APART


def _year_after_its_event(m: re.Match[str]) -> bool:
    return _EVENT_BEFORE_YEAR.search(m.string, max(0, m.start() - 20), m.start()) is not None


def _year_before_its_noun(m: re.Match[str]) -> bool:
    text = m.string
    if m.group("tahun") or _ARTICLE_BEFORE.search(text, max(0, m.start() - 4), m.start()) is None:
        return False
    # the event's noun, or a name in capitals that ends with one: "the 1975 Border Patrol Agreement", or a word or
    # two before it: "the 2028 rainy season" (not "the 2026 Rohingya refugees", "a 2000 MW plant")
    end = m.end()
    for k in range(MAX_YEAR_NAME_WORDS):
        noun = _NOUN_AFTER.match(text, end)
        if noun is None:
            return False
        if noun["word"].lower() in _YEAR_NOUNS:
            # (not a noun that goes on to what was counted: "the 2000 attack helicopters", "the 2000 outbreak cases")
            after = _NOUN_AFTER.match(text, noun.end()) if noun["word"].lower() in _COMPOUNDING_NOUNS else None
            return after is None or after["word"].lower() not in _COUNTED_THINGS
        if not noun["word"][0].isupper() and (k >= MAX_YEAR_ADJECTIVES or not text[m.start() - 4:m.start()].lower()
                                                .endswith("the ") or noun["word"].lower() in _UNIT_WORDS):
            return False  # "the 2028 rainy season"; not "a 2000 page report", "a 2000 tonne barrier"
        end = noun.end()
    return False


# Event nouns that also open a compound of things counted: "the 2000 attack helicopters", "the 2000 outbreak cases"
# (not "the 2024 study findings", "the 2024 audit results": the year's).
_COMPOUNDING_NOUNS = frozenset({"attack", "outbreak", "war", "hack", "leak", "study", "audit", "visit"})
_COUNTED_THINGS = frozenset(COUNT_NOUNS) | {"helicopters", "drones", "aircraft", "jets", "planes", "boats", "ships",
                                            "submarines", "tanks", "vehicles", "rockets", "missiles", "dogs"}
MAX_YEAR_NAME_WORDS = 4
MAX_YEAR_ADJECTIVES = 2
_UNIT_WORDS = frozenset({"page", "pages", "tonne", "tonnes", "ton", "tons", "metre", "meter", "metres", "meters", "km",
                         "kg", "word", "words", "member", "seat", "bed", "room", "acre", "hectare", "strong", "year"})


_Handler = Callable[[re.Match[str], date | None], _Candidate | None]

# Every family's pattern opens with (?<![\w'’]) and a word character, so a match starts where a run of word
# characters does, and only at a run its pattern can open with. Scanning the body once for its word runs and
# trying each family only at its own opening words is ~3x cheaper than scanning the body once per family
# (each scan costs ~0.1-0.2 ms whatever it finds: no literal prefix for the engine to skip ahead with).
_WORD_RUN = re.compile(r"\w+")


def _opening_words(*phrases: Iterable[str]) -> frozenset[str]:
    """The first word run of each phrase, lowercase: what a match built from these phrases starts with."""
    return frozenset(_WORD_RUN.findall(phrase)[0].lower() for group in phrases for phrase in group)


@dataclass(frozen=True)
class _Family:
    pattern: re.Pattern[str]
    handler: _Handler
    # The word runs (lowercase) a match can start with; with `digits`, also any run that starts with a digit.
    # tests/test_dates.py checks on every bundled text that no match starts anywhere else.
    opening: frozenset[str]
    digits: bool = False


# Order settles ties between equally long matches: "Minggu lalu" is "last week" before "last Sunday".
_FAMILIES: tuple[_Family, ...] = (
    _Family(_DAYWORD_RE, _on_dayword, _opening_words(RELATIVE_DAY_WORDS)),
    _Family(_AGO_ID_RE, _on_ago, _opening_words(NUMBER_WORDS_ID, ["se" + unit for unit in _UNITS_ID]), digits=True),
    _Family(_AGO_EN_RE, _on_ago, _opening_words(NUMBER_WORDS_EN), digits=True),
    _Family(_UNIT_ID_RE, _on_unit, _opening_words(("pekan", "minggu", "bulan", "tahun"))),
    _Family(_UNIT_EN_RE, _on_unit, _opening_words(_PRE_WORDS)),
    _Family(_MOD_UNIT_RE, _on_mod_unit, _opening_words(("awal", "akhir", "pertengahan", "penghujung", "medio"))),
    _Family(_ANAPHORIC_ID_RE, _on_anaphoric, _opening_words(NUMBER_WORDS_ID, ["se" + u for u in _UNITS_ID], _UNITS_ID,
                                                             ("keesokan", "esok", "esoknya", "besok", "besoknya")),
            digits=True),
    _Family(_ANAPHORIC_EN_RE, _on_anaphoric, _opening_words(NUMBER_WORDS_EN, ("a", "one", "the", "that")),
            digits=True),
    _Family(_ORDINAL_DAY_EN_RE, _on_ordinal_day, _opening_words(("on", "of"))),
    _Family(_MOD_UNIT_EN_RE, _on_mod_unit_en, _opening_words(("the", "end", "beginning", "start", "middle"))),
    _Family(_DATE_RE, _on_date, _opening_words(("tanggal", "tgl"), MONTH_NAMES, MONTH_ABBREVIATIONS), digits=True),
    _Family(_DAYNAME_RE, _on_dayname, _opening_words(("hari",), _PRE_WORDS, DAY_NAMES)),
    _Family(_MONTH_RE, _on_month, _opening_words(_PRE_WORDS, ("bulan", "month"), MONTH_NAMES, MONTH_ABBREVIATIONS)),
    _Family(_YEAR_RE, _on_year, _opening_words(("tahun", "year")), digits=True),
    _Family(_HOLIDAY_RE, _on_holiday, _opening_words(FIXED_HOLIDAYS)),
)


def _opening_masks() -> dict[str, int]:
    """Opening word -> bit mask of the families (bit i: _FAMILIES[i]) that may start there."""
    masks: dict[str, int] = {}
    for bit, family in enumerate(_FAMILIES):
        for word in family.opening:
            masks[word] = masks.get(word, 0) | 1 << bit
    return masks


_OPENS = _opening_masks()
_DIGIT_FAMILIES = sum(1 << bit for bit, family in enumerate(_FAMILIES) if family.digits)
_EVERY_FAMILY = (1 << len(_FAMILIES)) - 1


def _family_starts(text: str) -> list[list[int]]:
    """For each family, the offsets (ascending) of the word runs where a match of it may start.

    A run with a non-ASCII character is tried by every family: case-insensitive matching equates a few such
    letters with ASCII ones ("ſ" with "s", the Kelvin sign with "k") that lower() leaves apart.
    """
    starts: list[list[int]] = [[] for _ in _FAMILIES]
    opens = _OPENS.get
    for run in _WORD_RUN.finditer(text):
        word = run[0]
        if word.isascii():
            key = word.lower()
            mask = opens(key, 0) | (_DIGIT_FAMILIES if key[0].isdigit() else 0)
            if not mask:
                continue
        else:
            mask = _EVERY_FAMILY
        offset, bit = run.start(), 0
        while mask:
            if mask & 1:
                starts[bit].append(offset)
            mask >>= 1
            bit += 1
    return starts


def _candidates(text: str, anchor: date | None) -> list[tuple[int, _Candidate]]:
    """What each family matches, as finditer would find it: leftmost first, each match after the last one."""
    found = []
    for priority, (family, starts) in enumerate(zip(_FAMILIES, _family_starts(text), strict=True)):
        end = 0
        for start in starts:
            if start < end:
                continue
            m = family.pattern.match(text, start)
            if m is None:
                continue
            end = m.end()
            candidate = family.handler(m, anchor)
            if candidate is not None and candidate.end > candidate.start:
                found.append((priority, candidate))
    return found


def _select(found: list[tuple[int, _Candidate]], text: str) -> list[_Candidate]:
    """Non-overlapping candidates, the longest first (not counting a cue word before it: "on December 1" is
    the day, not "on December"), then by family order, then leftmost."""
    def core_length(cand: _Candidate) -> int:
        cue = _LEADING_CUE_RE.match(text, cand.start, cand.end)
        return cand.end - (cue.end() if cue else cand.start)

    found.sort(key=lambda pc: (-core_length(pc[1]), pc[0], pc[1].start))
    chosen: list[_Candidate] = []
    for _, cand in found:
        if all(cand.end <= other.start or cand.start >= other.end for other in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


def _with_bracketed_day(text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """A day named in words and then in figures is one expression, dated by its figures: "Senin pekan lalu
    (13/2)", "Kamis lalu (16/2)" (the grammar reads "Senin (13/2)" whole; words between break it in two, and
    figures alone in brackets are no date)."""
    out: list[_Candidate] = []
    for cand in chosen:
        after = _BRACKETED_DAY_RE.match(text, cand.end) if cand.granularity == "day" else None
        if after is not None and cand.day is not None and not any(c.start < after.end() for c in chosen
                                                                   if c.start >= cand.end):
            year = int(after["y"]) if after["y"] else cand.day.year
            year += 2000 if year < 100 else 0  # "(13/2/23)"
            day = _safe_date(year, int(after["m"]), int(after["d"]))
            if day is not None and abs((day - cand.day).days) <= 7:
                cand = dataclasses.replace(cand, end=after.end(), day=day)
        out.append(cand)
    return out


_BRACKETED_DAY_RE = re.compile(r" \((?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?\)")


def _with_time(text: str, chosen: list[_Candidate]) -> list[tuple[int, int, _Candidate]]:
    """Spans widened by an adjacent time of day, for day-level mentions only."""
    spans = []
    for i, cand in enumerate(chosen):
        start, end = cand.start, cand.end
        if cand.granularity == "day":
            limit = chosen[i + 1].start if i + 1 < len(chosen) else len(text)
            after = _TIME_AFTER_RE.match(text, end)
            if after and after.end() <= limit:
                end = after.end()
            floor = spans[-1][1] if spans else 0
            window_start = max(floor, start - 60)
            before = _TIME_BEFORE_RE.search(text, window_start, start)
            if before:
                start = before.start()
        spans.append((start, end, cand))
    return spans


def _to_mention(text: str, start: int, end: int, cand: _Candidate) -> DateMention:
    if cand.day is None:
        return DateMention(text[start:end], start, end, None, None, cand.granularity, "unresolved")
    value, first = _format(cand.granularity, cand.day)
    return DateMention(text[start:end], start, end, value, first, cand.granularity, cand.resolution)


def find_date_mentions(text: str, anchor: date | None) -> list[DateMention]:
    """Every date or time expression in `text`, sorted, non-overlapping, resolved against `anchor`.

    Relative expressions are "unresolved" (no value) when `anchor` is None: they are never guessed.
    """
    if not text:
        return []
    chosen = _resolve_anaphora(text, _with_bracketed_day(text, _select(_candidates(text, anchor), text)), anchor)
    chosen = _later_that_day_joined(text, chosen)
    if anchor is not None:
        chosen = _ranges_run_forward(text, _weekdays_dated_before(chosen, anchor))
    mentions = [_to_mention(text, start, end, cand) for start, end, cand in _with_time(text, chosen)]
    return _with_lone_times(text, mentions, anchor)


# A time of day that no day expression stands beside ("Massa membubarkan diri sekitar pukul 14.40 WITA", "the
# helicopter landed at 10:05 a.m.") is a time expression of its own, and a row of its own: the day it falls on is the
# day the text last named, as a report tells its event's hours after naming its day. Not a day still ahead of the
# report (a plan named before: "dibuka Senin (8/12) ... bus disiagakan sejak pukul 07.30") nor one named nowhere
# before: then the report's own day ("... hingga pukul 11.00 WIB tadi"). Measured on the blind sets' hand-listed
# lone times: 85 of 94 right (the report's day alone: 58 of them; stop 46's rules 68 of the 82 they found); see
# _lone_time_day for a month or a plan before, _with_lone_times for a night's span, the morning after a night and a
# day looked back on.
_LONE_TIME_RE = _compile(
    rf"(?<![\w.:]){_TIME}"
    # (a range's end: "pukul 07.00 hingga 13.00 WIB" is one expression; review 46a)
    rf"(?:{_S}(?:hingga|sampai|s\.d\.?|to|until){_S}(?:pukul{_S})?\d{{1,2}}[.:]\d{{2}}(?!\d)(?:{_OS}{_AMPM})?"
    rf"(?:{_OS}{_ZONE})?)?"
    rf"(?:{_S}tadi\b)?")
# The digits every time holds: most bodies have no time at all, and the full pattern has no literal to skip ahead to.
_CLOCK_DIGITS_RE = re.compile(r"\d(?:[.:]\d\d|\s*[ap]\.?m\b)", re.IGNORECASE)


# ... unless it recurs: opening hours ("pukul 08.00-16.00 WIB setiap hari", "daily from 6 a.m.") fall on no one day.
_TIME_RECURS_AFTER = re.compile(rf"[^\S\n]*,?[^\S\n]*(?:{_RECURRENCE_WORDS}|daily|(?:on )?weekdays|(?:on )?weekends"
                                r"|hari kerja)\b", re.IGNORECASE)
_TIME_RECURS_BEFORE = re.compile(rf"\b(?:{_RECURRENCE_WORDS}|daily|weekdays|weekends|hari kerja)\b[^.\n]*\Z",
                                 re.IGNORECASE)


MONTH_TIME_REACH = 40  # "pada 2019 sekitar pukul 10.00": a month or a year this close before a time is its date
LONE_TIME_BEFORE_DIGITS = 12  # "sekitar pukul " before a time's first digit: the pattern's words fit in it
LONE_TIME_AFTER_DIGITS = 60  # "- 16.00 waktu Indonesia Tengah tadi" after them


def _lone_times(text: str) -> Iterator[re.Match[str]]:
    """_LONE_TIME_RE's matches, looked for only around a time's digits: the pattern opens with a look-behind and
    words, so a scan of the whole text tried it at every character (0.12 ms an article, most of the pass)."""
    done = 0
    for digits in _CLOCK_DIGITS_RE.finditer(text):
        if digits.start() < done:
            continue
        found = _LONE_TIME_RE.search(text, max(done, digits.start() - LONE_TIME_BEFORE_DIGITS),
                                     min(len(text), digits.end() + LONE_TIME_AFTER_DIGITS))
        if found is not None:
            # (again from where it starts, whole: the window's end may have cut its zone off)
            found = _LONE_TIME_RE.match(text, found.start()) or found
            done = found.end()
            yield found


def is_lone_time(mention: DateMention) -> bool:
    """Whether the mention is a time of day alone, dated by the text around it (_with_lone_times), not a day the text
    names."""
    # (not one "tadi" dates, earlier today: "Kebakaran terjadi pukul 08.00 WIB tadi" names the report's own day)
    return (mention.granularity == "day" and _LONE_TIME_RE.fullmatch(mention.surface) is not None
            and not mention.surface.casefold().endswith("tadi"))


def _with_lone_times(text: str, mentions: list[DateMention], anchor: date | None) -> list[DateMention]:
    lone = []
    taken = iter(mentions)
    current = next(taken, None)
    last: DateMention | None = None  # the last mention before the time
    named: DateMention | None = None  # the last day named before the time
    earlier: DateMention | None = None  # and the day named before that one
    morning_after: date | None = None  # the day after the night named last, once a morning's time said so
    looked_back: DateMention | None = None  # a day looked back on after it, which only its own sentence goes on with
    for found in _lone_times(text):
        while current is not None and current.char_end <= found.start():
            last = current
            if current.granularity == "day" and current.resolved_date is not None:
                if _LOOKED_BACK_ON.match(text, current.char_end):
                    looked_back = current
                else:
                    named, earlier, morning_after, looked_back = current, named, None, None
            current = next(taken, None)
        if looked_back is not None and _SENTENCE_END.search(text, looked_back.char_end, found.start()) is None:
            # "diamankan pada Selasa (14/1) lalu sekitar pukul 21.30 Wita": that day's time
            named, earlier, morning_after, looked_back = looked_back, named, None, None
        if current is not None and current.char_start < found.end():
            continue  # inside or beside a mention that holds it
        surface = found.group()
        day = _lone_time_day(text, found, last, named, anchor)
        if day is not None and named is not None and day == named.resolved_date:
            if _night_of_the_span_before(text, found, earlier, named):
                day = earlier.resolved_date if earlier is not None else day
            elif (morning_after is not None and not _evening(found)) or _morning_after_the_night(text, found, named):
                # "... tiba Kamis malam. Pemasangan dimulai pukul 07.00 WIT dan uji coba sekitar pukul 14.30 WIT":
                # the next morning, and the times told after it that day (not an evening's: "menerima laporan
                # sekitar pukul 22.47" after "pukul 00.30" is the night's own)
                morning_after = day = named.resolved_date + timedelta(days=1)
        if day is None or _TIME_RECURS_AFTER.match(text, found.end()) or _TIME_RECURS_BEFORE.search(
                text, max(0, found.start() - 30), found.start()):
            lone.append(DateMention(surface, found.start(), found.end(), None, None, "day", "unresolved"))
        else:
            lone.append(DateMention(surface, found.start(), found.end(), day.isoformat(), day, "day", "relative"))
    return sorted(mentions + lone, key=lambda m: m.char_start) if lone else mentions


def _lone_time_day(text: str, found: re.Match[str], last: DateMention | None, named: DateMention | None,
                   anchor: date | None) -> date | None:
    """The day a lone time falls on: see _LONE_TIME_RE."""
    paragraph = text.rfind("\n", 0, found.start()) + 1
    if last is not None and last.granularity != "day" and last.char_end >= found.start() - MONTH_TIME_REACH and (
            _SENTENCE_END.search(text, last.char_end, found.start()) is None):
        return None  # a month or a year right before it: "pada Maret 2025 sekitar pukul 22.00" (review 46a)
    if found.group().casefold().endswith("tadi") or named is None or named.resolved_date is None:
        return anchor
    if anchor is not None and named.resolved_date > anchor and named.char_start < paragraph:
        return anchor  # a plan named in an earlier paragraph: the time is the report's own day's
    return named.resolved_date


# "Minggu (29/11) malam hingga Senin (30/11) dini hari": a span from one night into the next day's small hours.
_NIGHT_INTO_MORNING = re.compile(r"[^.\n]*?\b(?:malam|night)\s*(?:hingga|sampai|sampai dengan|until|till|to|through"
                                 r"|-|–)\s*[^.\n]*\b(?:dini hari|pagi|subuh|morning)", re.IGNORECASE)
_CLOCK_HOUR = re.compile(r"(?<!\d)(?P<hour>\d{1,2})[.:]\d\d(?:\s*(?P<pm>p\.?\s?m\b))?", re.IGNORECASE)
EVENING_HOUR = 18


def _night_of_the_span_before(text: str, found: re.Match[str], earlier: DateMention | None,
                              named: DateMention) -> bool:
    """Whether a lone evening time ("pukul 23.40 WIB") falls on the night that opens the span named last, not on the
    morning that closes it ("Minggu (29/11) malam hingga Senin (30/11) dini hari")."""
    if earlier is None or earlier.resolved_date is None or named.resolved_date is None or (
            named.resolved_date - earlier.resolved_date).days != 1:
        return False
    return _evening(found) and _NIGHT_INTO_MORNING.fullmatch(text, earlier.char_start, named.char_end) is not None


# A day looked back on from the report's (".. menyentuh Rp40.000 per kilogram pada Sabtu (21/11) lalu"): a word of
# background, not the day the report goes on telling.
_LOOKED_BACK_ON = re.compile(r"[^\S\n]+lalu\b", re.IGNORECASE)
_NIGHT_NAMED = re.compile(r"(?:malam|night)\b", re.IGNORECASE)
MORNING_END_HOUR = 12


def _hour(found: re.Match[str]) -> int | None:
    clock = _CLOCK_HOUR.search(found.group())
    if clock is None:
        return None
    return int(clock["hour"]) + (12 if clock["pm"] and int(clock["hour"]) < 12 else 0)


def _evening(found: re.Match[str]) -> bool:
    hour = _hour(found)
    return hour is not None and hour >= EVENING_HOUR


# A day written after a quotation's speaker, the day it was said: "..., ujar Kapolres, Minggu (29/11/2026) malam."
_SAID_ON = re.compile(r"[\"\u201d][^.\n\"\u201c\u201d]{0,80},\s*\Z")


def _morning_after_the_night(text: str, found: re.Match[str], named: DateMention) -> bool:
    """Whether a lone morning time in a sentence after the night named last ("pompa tiba Kamis malam. Pemasangan
    dimulai pukul 07.00 WIT") falls on the next day: a report tells its hours in order. Not after the night a
    statement was made on."""
    hour = _hour(found)
    if hour is None or hour >= MORNING_END_HOUR or _LATE_OR_TOLD_BEFORE.match(text, found.end()):
        return False
    night = _NIGHT_NAMED.match(text, named.char_end - len("malam")) or _NIGHT_NAMED.match(
        text, named.char_end - len("night")) or _NIGHT_NAMED.match(text, named.char_end + 1)
    if night is None or _SENTENCE_END.search(text, named.char_end, found.start()) is None:
        return False
    sentence = text[_sentence_start(text, named.char_start):named.char_start]
    return _SAID_ON.search(sentence) is None and _STATEMENT_WORDS.search(sentence) is None and (
        _BEFORE_THE_NIGHT.search(text, _sentence_start(text, found.start()), found.start()) is None)


# A time told as earlier than the night named before it: "Rapat digelar Kamis malam. Sebelumnya pukul 09.00 WIT, ..."
# (review 47a).
_BEFORE_THE_NIGHT = re.compile(r"\b(?:sebelumnya|sebelum itu|earlier|before that|pagi itu|that morning)\b",
                               re.IGNORECASE)


# After a time: the night's ("jam 11.40 malam") or an hour told before ("gempa yang terjadi pukul 10.52 WIB itu").
_LATE_OR_TOLD_BEFORE = re.compile(r"[^\S\n]+(?:malam|night|petang|p\.?m\b|itu\b|tersebut\b)", re.IGNORECASE)
# The night a statement was made on: "disampaikan ... dalam konferensi pers di kantornya, Senin malam."
# (not a verb of saying: "Arifin mengatakan pompa baru tiba ... pada Kamis malam" tells the arrival's night)
_STATEMENT_WORDS = re.compile(r"\b(?:disampaikan|konferensi pers|jumpa pers|keterangan pers|press conference"
                              r"|told reporters)\b", re.IGNORECASE)


def _sentence_start(text: str, at: int) -> int:
    ends = list(_SENTENCE_END.finditer(text, max(0, at - 300), at))
    return ends[-1].end() if ends else max(0, text.rfind("\n", 0, at) + 1, at - 300)


_LATER_THAT_DAY = frozenset(words for words in RELATIVE_DAY_WORDS if words.endswith(" nanti"))  # "malam nanti"


def _later_that_day_joined(text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """"10 November malam nanti": the part of the day belongs to the date before it, no mention of its own (alone,
    "sore nanti" is later on the report's day)."""
    out: list[_Candidate] = []
    for cand in chosen:
        if out and text[cand.start:cand.end].casefold() in _LATER_THAT_DAY and not text[out[-1].end:cand.start].strip():
            out[-1] = dataclasses.replace(out[-1], end=cand.end)
            continue
        out.append(cand)
    return out


# What joins a range's two ends: "from January 1 to March 31", "1 Januari hingga 31 Maret", "1-31 Maret".
_RANGE_JOIN = re.compile(r"\s*(?:to|until|till|through|hingga|sampai|sampai dengan|s\.d\.|-|\u2013)\s*", re.I)


def _ranges_run_forward(text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """A range's end without its year lies after its start: "from January 1 to March 31" in a December report is
    the next March, as January is the next January."""
    out = list(chosen)
    for i in range(1, len(out)):
        first, last = out[i - 1], out[i]
        if not (first.granularity == last.granularity == "day" and last.resolution == "relative"
                and first.day is not None and last.day is not None and last.day < first.day
                and _RANGE_JOIN.fullmatch(text[first.end:last.start])):
            continue
        if (last.day.month, last.day.day) >= (first.day.month, first.day.day):
            year = first.day.year  # "January 1 to March 31": the same year as January's
        elif last.day.month < first.day.month and last.day.year == first.day.year:
            year = last.day.year + 1  # "20 December to 5 January": into the next year
        else:
            continue  # "moved from May 28 to May 21": an earlier day, no range
        out[i] = dataclasses.replace(last, day=_safe_date(year, last.day.month, last.day.day))
    return out


# ---------------------------------------------------------------------------------------------------------
# Header lines
# ---------------------------------------------------------------------------------------------------------

_LINE_ISO_RE = re.compile(  # (or with stops, Korean papers: "Published 2026.11.30. 10:48")
    r"(?<!\d)(?P<y>\d{4})(?P<sep>[-.])(?P<m>\d{2})(?P=sep)(?P<d>\d{2})\.?"
    r"(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?)?(?!\d)"
)
_LINE_TIME_RE = re.compile(
    # (not the day and month of a date written with stops: "21.10.2026", Anadolu's date lines)
    r"(?<![\d/.:+-])(?P<H>\d{1,2})[.:](?P<M>\d{2})(?:[.:](?P<S>\d{2}))?(?!\d)(?![./-]\d)"
    r"(?:\s*(?P<ampm>[ap]\.?m\.?)(?![a-z]))?",
    re.IGNORECASE,
)
_LINE_ZONE_RE = re.compile(
    r"\s*\(?\s*(?:(?P<name>WITA|WIB|WIT|Wita|Wib|Wit|UTC|GMT|SGT|KST|JST|IST|MYT|ICT|EDT|EST|PDT|PST|BST|CEST|CET|Z)(?![A-Za-z])"
    r"\s*(?P<name_off>[+-]\d{1,2}(?::?\d{2})?)?|(?P<off>[+-]\d{2}:?\d{2}))(?![\d])"
)
_HAS_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# What dateparser may still read when the grammar did not: a month word ("22-Sep-2022") or three numbers
# ("2022/09/22"). Other lines are not worth its time: the cleaner asks about every short header line.
_FALLBACK_SHAPE_RE = re.compile(
    rf"\d{{1,4}}[-/.]\d{{1,2}}[-/.]\d{{1,4}}"
    rf"|(?<![a-z])(?:{_alternation([*MONTH_NAMES, *MONTH_ABBREVIATIONS])})(?![a-z])",
    re.IGNORECASE,
)


def _offset(text: str) -> timedelta:
    """A "+0700", "+07:00" or "+7" offset as a timedelta."""
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = (int(digits[:-2]), int(digits[-2:])) if len(digits) > 2 else (int(digits), 0)
    return sign * timedelta(hours=hours, minutes=minutes)


def _zone_after(line: str, pos: int) -> timezone | None:
    m = _LINE_ZONE_RE.match(line, pos)
    if m is None:
        return None
    if m.group("off"):
        return timezone(_offset(m.group("off")))
    name = m.group("name").upper()
    base = timedelta(hours=ZONE_OFFSETS[name])
    if m.group("name_off"):
        base += _offset(m.group("name_off"))
    return timezone(base, name) if not m.group("name_off") else timezone(base)


def _clock(m: re.Match[str]) -> tuple[int, int, int] | None:
    hour, minute, second = int(m.group("H")), int(m.group("M")), int(m.group("S") or 0)
    ampm = (m.group("ampm") or "").lower().replace(".", "")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return hour, minute, second


def _time_in_line(line: str, day: date, span: tuple[int, int], default_zone: tzinfo = WIB) -> datetime | None:
    """The first time of day after the date, else before it; zone-less times are in `default_zone` (see below)."""
    after = [m for m in _LINE_TIME_RE.finditer(line, span[1])]
    before = [m for m in _LINE_TIME_RE.finditer(line[: span[0]])]
    for m in after + before:
        clock = _clock(m)
        if clock is None:
            continue
        # Kabar reads Indonesian outlets: a header time with no zone is Western Indonesian Time (WIB,
        # UTC+7), where Jakarta-based newsrooms publish from, unless the caller knows the outlet's own zone.
        # ... or after the date when the time comes first: "08:45 PM November 08, 2026 GMT+7"
        zone = _zone_after(line, m.end()) or _zone_after(line, span[1]) or default_zone
        return datetime(day.year, day.month, day.day, *clock, tzinfo=zone)
    return None


def _parse_iso_line(line: str, default_zone: tzinfo = WIB) -> ParsedDateTime | None:
    m = _LINE_ISO_RE.search(line)
    if m is None:
        return None
    day = _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    if day is None:
        return None
    if m.group("H") is None:
        return ParsedDateTime(day=day, at=_time_in_line(line, day, m.span(), default_zone))
    hour, minute, second = int(m.group("H")), int(m.group("M")), int(m.group("S") or 0)
    if hour > 23 or minute > 59 or second > 59:
        return ParsedDateTime(day=day)
    tz = m.group("tz")
    zone = (UTC if tz == "Z" else timezone(_offset(tz))) if tz else _zone_after(line, m.end()) or default_zone
    at = datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=zone)
    return ParsedDateTime(day=day, at=at)


def _parse_grammar_line(line: str, default_zone: tzinfo = WIB) -> ParsedDateTime | None:
    for m in _DATE_RE.finditer(line):
        cal = _calendar_date(m)
        if cal is None or cal.year is None:
            continue
        resolved = _resolve_calendar(cal, None)
        if resolved is None or resolved[1] is None:
            continue
        day = resolved[1]
        return ParsedDateTime(day=day, at=_time_in_line(line, day, m.span(), default_zone))
    return None


@functools.lru_cache(maxsize=4096)
def _dateparser_fallback(line: str) -> datetime | None:
    """dateparser for header lines the grammar does not know ("22-Sep-2022", "2022/09/22").

    Imported lazily because the import alone costs a noticeable fraction of a second; cached because
    one outlet repeats the same few header formats across thousands of articles.
    """
    import dateparser

    settings = {"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"]}
    return dateparser.parse(line, languages=["id", "en"], settings=settings)


def _parse_with_dateparser(line: str, default_zone: tzinfo = WIB) -> ParsedDateTime | None:
    if not _HAS_YEAR_RE.search(line) or not _FALLBACK_SHAPE_RE.search(line):
        return None  # dateparser would happily turn "2 jam lalu" into a date relative to today
    parsed = _dateparser_fallback(line)
    if parsed is None or not 1990 <= parsed.year <= 2100:
        return None
    day = parsed.date()
    if not _LINE_TIME_RE.search(line):
        return ParsedDateTime(day=day)
    at = parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=default_zone)  # zone-less, as above
    return ParsedDateTime(day=day, at=at)


# A day, a month's short name and a year joined by hyphens ("03-Dec-2026 - Last updated on 03-Dec-2026 at 04:12 GMT",
# William Reed's sites): the grammar's "03 Dec 2026".
_DASHED_DAY = re.compile(r"(?<![\w-])(\d{1,2})-([A-Za-z]{3})-((?:19|20)\d\d)(?![\w-])")


def parse_date_line(text: str, default_zone: tzinfo = WIB) -> ParsedDateTime | None:
    """The publication date (and time, when given) in a header or metadata line; None without a full date.

    `day` is the date as written in the line, in the line's own zone; a time the line gives without a zone is in
    `default_zone` (WIB unless the caller knows the outlet's).
    """
    line = _DASHED_DAY.sub(r"\1 \2 \3", " ".join(text.split()))
    if not line:
        return None
    parsed = (_parse_iso_line(line, default_zone) or _parse_grammar_line(line, default_zone)
              or _parse_with_dateparser(line, default_zone))
    if parsed is None and (unglued := _unglued(line)) != line:
        return parse_date_line(unglued, default_zone)
    return parsed


# A header's date without its year, as some sites print today's stories ("Nov. 27  01:35 pm JST", Japan Today): the
# month and day, then a time (a day alone could be anything).
_YEARLESS_LINE_RE = re.compile(
    r"^(?:(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})|(?P<day2>\d{1,2})\s+(?P<month2>[A-Za-z]{3,9})\.?),?"
    r"\s+(?P<clock>\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)$", re.IGNORECASE)
# A page is read within days of its date; the year is the one that puts the date at most this many days after that.
YEARLESS_SLACK_DAYS = 1


def _yearless_parts(text: str) -> tuple[int, int, str] | None:
    """The month, the day and the time of a date line that gives no year."""
    found = _YEARLESS_LINE_RE.match(" ".join(text.split()))
    if found is None:
        return None
    month_word, day = (found["month"], found["day"]) if found["month"] else (found["month2"], found["day2"])
    key = month_word.casefold().rstrip(".")
    month = MONTH_NAMES.get(key) or MONTH_ABBREVIATIONS.get(key)
    return (month, int(day), found["clock"]) if month is not None else None


def is_yearless_date_line(text: str) -> bool:
    """Whether the line is a month, a day and a time with no year ("Nov. 27  01:35 pm JST")."""
    return _yearless_parts(text) is not None


def parse_yearless_date_line(text: str, read_at: datetime, default_zone: tzinfo = WIB) -> ParsedDateTime | None:
    """A header's date line without its year, dated in the year that puts it on or before the day the page was read:
    "Nov. 27 01:35 pm JST" read on 7 December 2026 is 27 November 2026 (read on 3 January 2027, too)."""
    if (parts := _yearless_parts(text)) is None:
        return None
    month, day, clock = parts
    limit = read_at.date() + timedelta(days=YEARLESS_SLACK_DAYS)
    for year in (limit.year, limit.year - 1):
        if (day_of := _safe_date(year, month, day)) is not None and day_of <= limit:
            return parse_date_line(f"{day} {_ENGLISH_MONTHS[month - 1]} {year} {clock}", default_zone)
    return None


_ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                   "November", "December")


# A date line copied from elements printed side by side runs together (Reuters: "November 16, 20226:12 PM
# GMT+8Updated 2 years ago"): the year and the clock, a zone and the next word.
_YEAR_THEN_CLOCK = re.compile(r"(?<!\d)((?:19|20)\d\d)(\d{1,2}[:.]\d\d)(?!\d)")
_DIGIT_THEN_WORD = re.compile(r"(\d)([A-Z][a-z])")
# ... and a month's abbreviation glued to its day, the day to its year (The Hankyoreh: "Nov.18,2026 17:06 KST")
_MONTH_DOT_DAY = re.compile(r"(?<=[A-Za-z]{3})\.(?=\d)")
_DAY_COMMA_YEAR = re.compile(r"(?<=\d),(?=(?:19|20)\d\d)")
# A site's address before the date: "Lampungpro.co, 13-Oct-2026".
_HOST_BEFORE_DATE = re.compile(r"^[\w-]+(?:\.[a-z]{2,6}){1,2},\s")


# The labels a header's stamps open with (tasks/clean.py reads them too): the update's, then the publication's.
UPDATE_LABELS = ("last updated", "updated", "diperbarui")
PUBLICATION_LABELS = ("published", "posted", "diterbitkan", "dipublikasikan", "terbit")
# ... and a stamp's label before a date the grammar leaves to dateparser: "Updated 21:47, 02-Dec-2026" (CGTN).
_STAMP_LABEL = re.compile(rf"^(?:{'|'.join(UPDATE_LABELS + PUBLICATION_LABELS)})\s*:?\s+(?=\d)", re.IGNORECASE)


def _unglued(line: str) -> str:
    line = _STAMP_LABEL.sub("", line)
    line = _DAY_COMMA_YEAR.sub(", ", _MONTH_DOT_DAY.sub(". ", _HOST_BEFORE_DATE.sub("", line)))
    return _DIGIT_THEN_WORD.sub(r"\1 \2", _YEAR_THEN_CLOCK.sub(r"\1 \2", line))


# ---------------------------------------------------------------------------------------------------------
# URLs
# ---------------------------------------------------------------------------------------------------------

_URL_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"/(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?=[/_.?#-]|$)"),
    re.compile(r"(?<=[/_-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?=[/_.?#-]|$)"),
    # "/20220922/" and the 14-digit "yyyymmddHHMMSS" article ids some outlets use; the time part must be
    # a valid clock so an arbitrary long id is not read as a date.
    re.compile(r"(?<=[/_-])(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?P<t>\d{6})?(?=[/_.?#-]|$)"),
)


def _valid_url_date(m: re.Match[str]) -> date | None:
    year = int(m.group("y"))
    if not 1990 <= year <= 2100:
        return None
    stamp = m.groupdict().get("t")
    if stamp and (int(stamp[:2]) > 23 or int(stamp[2:4]) > 59 or int(stamp[4:]) > 59):
        return None
    return _safe_date(year, int(m.group("m")), int(m.group("d")))


def date_from_url(url: str) -> date | None:
    """The date in a URL path ("/2022/09/22/", "/20220922/", "-2022-09-22-"), None when there is none."""
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url.strip(), flags=re.IGNORECASE)
    path = re.split(r"[?#]", path, maxsplit=1)[0]
    for pattern in _URL_PATTERNS:
        for m in pattern.finditer(path):
            day = _valid_url_date(m)
            if day is not None:
                return day
    return None
