"""Clean: split an article's text into metadata and a clean body, and remove web boilerplate.

Works on lines. Every line ends in one of four roles: body, title, metadata (date line, author, wire
credit, source URLs...) or boilerplate; every line that leaves the body is recorded with the rule that
took it. The rules themselves are data (kabar/reference/boilerplate_rules.yaml); this module holds the
mechanics and the general knowledge of how Indonesian news pages are laid out.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from itertools import islice, pairwise, takewhile
from urllib.parse import urlsplit

import ahocorasick

from tasks import dates
from tasks.html import HtmlExtraction, extract_html
from tasks.language import detect_language
from tasks.models import CleanArticle, QuarantineRecord, RawDocument, RemovedLine
from tasks.reference import (
    RULE_FLAGS,
    BoilerplateRule,
    Outlet,
    administrative_areas,
    boilerplate_rules,
    language_editions,
    news_agencies,
    outlet_by_dateline_name,
    outlet_for_url,
    outlets,
)

# The endings of the news sites' addresses a page writes in its text (a lead, a byline): "TANGERANGNEWS.com-",
# "Posted by: BruDirect.com"; not initials written without a space ("M.Ridwan").
_SITE_DOMAINS = "co|com|id|net|org|news|tv|info|my|ph|sg|la|vn|bn|pg|tl|th|kh|mm|au|nz"

# Line rules only look at lines of at most this many words: a real paragraph that happens to mention
# "WhatsApp channel" or "login" is never long boilerplate.
MAX_BOILERPLATE_WORDS = 60
_SENTENCE_END = ('.', '!', '"', '\u201d', '\u2019', "'", '\u2026')
_URL = re.compile(r"https?://[^\s<>\"'\u201c\u201d]+", re.IGNORECASE)
# A numbered note that gives its source's address at its end (long-form sites' footnotes).
_FOOTNOTE = re.compile(r"^\[\d{1,3}\]\s.{0,300}?(?P<url>https?://[^\s<>\"'\u201c\u201d]+)$", re.IGNORECASE)
# Removed with a regex, not str.translate: translate looks every character up in its table, ~10x slower on a
# 3,500-character body (0.18 vs 0.02 ms measured).
_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ZERO_WIDTH = re.compile(f"[{_ZERO_WIDTH_CHARS}]+")
_CANONICAL_LINE = re.compile(r"^(sumber|source|link|artikel asli|original( article)?)\s*[:;]?\s*(https?://\S+)$", re.I)
_SITE_ROOT = re.compile(r"https?://[^/\s]+/?")
_CITED_HEADING = re.compile(
    r"^(sumber rujukan|rujukan|referensi|daftar (pustaka|referensi)|sumber( berita| tulisan| data)?|sources?"
    r"|references?|citations?)"
    r"\s*[:;]?$", re.I)
# A reference and its address on one line under the text: "Referensi: https://magma.esdm.go.id/..." (not the page's own
# address, as "Sumber: https://..." gives it).
_CITED_LINE = re.compile(r"^(?:referensi|rujukan|sumber rujukan|references?|sumber data(?: [\w-]{2,20}){0,3}"
                         r"|(?:sumber|source)\s*:\s*[^:]{2,80}?(?:,|\s[-\u2013\u2014]))\s*:?\s*(https?://\S+)$", re.I)
# (a data source: "Sumber data ISPU: https://ispu.menlhk.go.id"; a release and its address: "Sumber: Siaran pers BPSPL
# Denpasar, https://kkp.go.id/..."; "Source: RASFF Window, notification 2026.8412 – https://...")
# "Sumber: AFP", "Source: Reuters"; "With AAP" under the text (the Sydney Morning Herald: written with the wire's copy).
# (and the agency whose reporting the text draws on: "With reporting from Reuters", Asia Financial)
# (the agency first among the sources after a semicolon: "Sumber: ANTARA; Dinas Kesehatan Kabupaten Sintang"; the
# line in brackets: "(Sumber: ANTARA)")
_WIRE_LINE = re.compile(r"^(?:\((?=.*\)$))?((?:with )?(?:additional )?reporting (?:from|by)|sumber|source|via"
                        r"|credit|with)\s*:?\s*(?P<names>[\w .,&/-]{2,60})(?:;\s*[\w .,&/-]{2,80})?\)?$", re.I)
# Nine's sites close a story with the agency after a dash: "— with AAP" (a news agency only: "- Via Pantura" is a
# list's item).
# The source under the text with its address in brackets: "Source: Thairath (https://www.thairath.co.th/...)".
# "Sumber: Dinas Kesehatan Kabupaten Gresik (https://dinkes...)", "Sources: Pemerintah Kota Ternate (https://...),
# BeritaNasional.com": the bodies a text rests on, each with its page's address in brackets or none.
_SOURCE_WITH_ADDRESS = re.compile(r"^(?:sumber|sources?)\s*:\s*[^()]{2,80}?\s*\(https?://[^\s()]+\)"
                                  r"(?:,?\s*(?:dan |and )?[^(),]{2,80}?(?:\s*\(https?://[^\s()]+\))?)*$", re.I)
_ADDRESS_IN_BRACKETS = re.compile(r"\((https?://[^\s()]+)\)")
_DASHED_WIRE_LINE = re.compile(r"^[-\u2013\u2014]\s*with\s+(?P<names>[\w .,&/-]{2,60})$", re.I)
# Suara Surabaya: "Laporan oleh Nama"; UGM: "Diposting oleh Nama pada ..."; Panjebar Semangat's Javanese "Dening: Nama"
_AUTHOR_INLINE = re.compile(
    r"^(laporan oleh|dilaporkan oleh|reported by|diposting oleh|ditulis oleh|posted by|written by"
    r"|penulis|peliput|reporter|wartawan|writer|author\(s\)|author|kontributor|oleh|by|dening|laporan(?=\s*:)"
    r"|(?:journalist|jurnalis)(?=\s*:)"
    r"|pewarta(?=\s*:))"
    r"\s*[:\-]?\s+(?P<name>.+)$", re.I)
# The writers in brackets under the text (Focus Taiwan: "(By Chao Yu-hsuan and Ken Wang)", then "Enditem/kh").
_BRACKETED_BYLINE = re.compile(r"^\((?:by|oleh)\s+(?P<name>(?-i:[A-Z])[^()]{2,80})\)$", re.I)
_DATE_LABEL = re.compile(r"^(published|updated|last updated|diterbitkan|dipublikasikan|diperbarui)\s*:?$", re.I)
_AUTHOR_LABEL = re.compile(
    r"^(penulis|reporter|wartawan|writer|author|kontributor|oleh|by|written by|authored by|ditulis oleh)\s*:?$",
    re.I)
# A label over the name of who checked or edited the text, not its writer ("Fact checked by" over "Dr. Priya
# Ramanathan, MPH", health sites).
# (not "Editor" alone: Kompas.com prints it under the editor's name, over the lead)
_CHECKER_LABEL = re.compile(r"^(fact[- ]checked by|medically reviewed by|reviewed by|edited by|diperiksa oleh)\s*:?$",
                            re.I)
MAX_CHECKER_WORDS = 6
# An English byline with the place the reporter files from: "Daniel Ko Ting-hin in Bali", "By Nama in Jakarta".
_BYLINE_IN_PLACE = re.compile(
    r"^(?:by\s+)?(?P<name>(?-i:[A-Z][\w'\u2019.-]+)(?: (?-i:[A-Z][\w'\u2019.-]+)){1,3})"
    r" in (?-i:[A-Z][\w'\u2019.-]+)(?: (?-i:[A-Z][\w'\u2019.-]+)){0,2}$", re.I)
# ... or after a comma, right over the date line: "Rachel Tan, Singapore" (Upstream, TradeWinds); not a desk's label
# ("Kantor Berita, Jakarta")
_GENERIC_BYLINE_WORDS = frozenset({"kantor", "berita", "news", "staff", "desk", "reporter", "wartawan"})
_BYLINE_COMMA_PLACE = re.compile(r"^(?P<name>[A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+){1,3}), "
                                 r"(?P<place>[A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+){0,2})$")
# "Editor: Nama"; Mongabay's "Artikel yang diterbitkan oleh Nama", "Article published by Nama" under the text (its
# editor; the writer is in the byline).
_EDITOR_LINE = re.compile(
    r"^(editor|penyunting|redaktur|artikel (ini )?(yang )?diterbitkan oleh|article (published|edited) by|edited by"
    r"|fact[- ]checked by(?=\s*:)|medically reviewed by)\b"
    r"\s*:?.*$",
    re.I)
# A byline with the outlet after a dash: detik prints "Rahmat Hidayat - detikNews" (or its channel: detikSulsel,
# detikSport ...); other outlets their own name ("Nama Penulis - Kompas.com").
_AUTHOR_BRAND = re.compile(
    r"^(?P<names>(?:[^-\u2013\u2014.!?\"|]|(?<=\b[A-Z])\.){3,80}?)(?P<sep>\s+[-\u2013\u2014|]\s+|,\s+)"
    r"(?P<brand>\S{3,30}(?: \S{3,20}){0,2})$")
_DETIK_CHANNEL = re.compile(r"^detik(com|[A-Z]\w*)$")
# Republika's credit line: "Rep: Nama Reporter Red: Nama Redaktur", or "Red: Nama Redaktur" alone.
_REPUBLIKA_CREDIT = re.compile(r"^(Rep|Red)\s*:\s*[A-Z][^:]{1,60}?(\s+(Rep|Red)\s*:\s*[A-Z][^:]{1,60})?$")
_REPUBLIKA_REPORTER = re.compile(r"\bRep\s*:\s*(?P<name>.+?)(?=\s+Red\s*:|$)")
# Credits that also close a text's paragraph or a data line ("(Sumber: Kemenkes/WHO)", "(RMOL/Nama)"): a caption's
# only on a short line that is not the text's last: "(Sumber: KOMPAS TV/ANTARA)", "(GATRA/Nama Fotografer)",
# "(PIJARNEWS/Muh. Rizal Hamka)" (a name abbreviated).
_SOURCE_CREDIT = re.compile(
    r"\((?:sumber\s*:\s*[^()]{2,40}/[^()]{2,40}|(?-i:[A-Z][A-Z0-9.-]{2,30})/(?-i:[A-Z][a-z]+)\.?(?: [\w.'-]+){0,5})\)$",
    re.I)
MAX_SOURCE_CREDIT_CAPTION_WORDS = 30
# A photo's credit on a line of its own: "ANTARA/Dok. Pemkab Pekalongan", "REUTERS/Kim Hong-Ji", "Instagram/@akun",
# "Foto: Instagram @akun", "TRIBUNNEWS.COM/FAUZAN RAMADHAN".
# Philstar.com's credits of a photo handed out or taken from its archive: a caption sits over them, however long.
_HANDOUT_WORDS = ("Released", "File", "Contributed", "Handout")
# Stock photo libraries, named as a caption's credit.
_PICTURE_LIBRARIES = (r"freepik|shutterstock|istock(?:photo)?|getty images|unsplash|pexels|pixabay|canva|adobe stock"
                      r"|dreamstime")
# ... or as where a picture between paragraphs comes from: "Photo from Unsplash" (Asian Banking & Finance)
_STOCK_SOURCE_FORM = (rf"^(?:photo|image|picture|foto|gambar)\s(?:from|via|by|courtesy of|dari|oleh)\s"
                      rf"(?:{_PICTURE_LIBRARIES})$")
_CREDIT_ALONE_FORMS = (
    r"^(?:antara(?: foto)?|reuters|afp|ap|epa|dok\.?)\s?/\s?[^!?]{1,60}$"
    r"|^(?:(?:foto|photo)\s*:\s*)?(?:instagram|twitter|x|tiktok|youtube|facebook)\s?[/ ]\s?@[\w.]{2,40}$"
    # "TRIBUN JATENG/NAMA", "KOMPAS.com/NAMA"
    r"|^(?-i:[A-Z][A-Z0-9.-]{2,30}(?:\.[a-z]{2,3}(?:\.[a-z]{2})?)?(?: [A-Z][A-Z0-9.-]{2,20}){0,2}"
    r"/[A-Z][A-Z .'-]{2,60})$"
    r"|^picture by\s.{2,60}$"  # Olympics.com: "Picture by 2025 Getty Images"
    # a picture library alone under the caption (Hearst's sites: "Getty Images")
    r"|^(?:getty images|afp via getty images|shutterstock|alamy(?: stock photo)?|istock(?:photo)?|nurphoto)$"
    # ... or named as where the picture comes from (_STOCK_SOURCE_FORM)
    r"|" + _STOCK_SOURCE_FORM +
    r"|^(?:top|featured|header|cover|main|lead) (?:image|photo|picture)s? (?:via|from|by|courtesy of)\s[^!?]{2,80}$"
    # An outlet's name with its domain and the photographer in mixed case: "Grid.ID/Nindya Saraswati".
    r"|^(?-i:[A-Z]\w*(?:\.[A-Za-z]{2,3}){1,2}/[A-Z][\w'-]*(?: [A-Z][\w'-]*){1,4})$"
    # The other way round, the photographer first: "Rendi Pratama/TribunBengkulu.com".
    r"|^(?-i:[A-Z][\w'-]*(?: [A-Z][\w'-]*){1,4}/[A-Z]\w*(?:\.[A-Za-z]{2,3}){1,2})$"
    # Motorsport.com: "Photo by: Gold and Goose / Motorsport Images"
    r"|^(?:foto|photo)\s(?:by|oleh)\s*:\s*[^.!?]{2,60}$"
    # Philstar.com: "Indonesian Consulate General in Davao / Released", "The STAR / File" (a handout, an archive shot).
    r"|^(?-i:[A-Z])[^/!?]{1,60}\s/\s(?-i:" + "|".join(_HANDOUT_WORDS) + ")$"
    # "TODAY file photo", "AFP photo"; MS News' "Featured image adapted from ICA on Facebook", "Source: ICA on Facebook"
    r"|^(?-i:[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}) (?:file )?(?:photo|pic)$"
    r"|^featured image (?:credits?\s*:|(?:adapted )?(?:from|via|by)\b)[^!?]{2,120}$"
    r"|^source: [^.!?]{2,40} on (?:facebook|instagram|x|twitter|tiktok|youtube|telegram)$"
    # The Diplomat's "Credit: Lucinda Perestrelo" under its caption.
    r"|^credits?\s*:\s*[^.!?]{2,60}$"
    # The source's archive alone over its caption: "Dok. BPBD Sitaro"; in brackets under it: "(Dok. PVMBG)".
    r"|^(?-i:Dok\.)\s*(?-i:[A-Z])[\w.&/ -]{1,40}$|^\((?-i:Dok\.)\s*(?-i:[A-Z])[\w.&/ -]{1,40}\)$"
    # A photo given to the outlet, alone over its caption: "Istimewa", "Dok. Istimewa", "Foto: Ist."
    r"|^(?:(?:foto|photo|dok\.?)\s*:?\s*)?(?:istimewa|ist\.?)$")
# An outlet's initials or name, then its archive or a handout, in brackets: "(SH/Dok)", "(Haluan Riau/Dok)",
# "(Rilis/Ist)". Closing the text's last paragraph it credits the story (_mark_captions).
_ARCHIVE_CREDIT = r"\((?-i:[A-Z]{2,6}|[A-Z][\w.]+(?: [A-Z][\w.]+){0,2})/(?:dok|dokumentasi|ist|istimewa)\.?\)$"
_ARCHIVE_CREDIT_ENDING = re.compile(_ARCHIVE_CREDIT, re.I)
_STOCK_SOURCE = re.compile(_STOCK_SOURCE_FORM, re.I)
_PHOTO_CREDIT = re.compile(
    r"(\((foto|photo|pic|dok|doc|sumber foto|ilustrasi|image)[.:]?\s*[^)]*\)|\(credit\s*:\s*[^)]*\)"
    # Malay's label for a picture, with its colon ("... Jumat (27 Nov). (Gambar: Damkar Kota Batam)")
    r"|\(gambar\s*:\s*[^)]{2,60}\)"
    # a photo given to the outlet, then the outlet's address: "... Jumat sore. (ist/Lakeynews.com)" ("(Outlet/Ist)" is
    # _ARCHIVE_CREDIT; not "(istri korban)", nor a paragraph's "(ist/red)", the desk's sign-off; review 46a)
    r"|\((?:ist|istimewa)\.?\s?/\s?[\w-]{2,40}(?:\.[a-z]{2,6}){1,2}\)$"
    # a credit after a bar: "... di depan Gedung Rektorat | Credit: Instagram @bemunila" (Hipwee); a handout or a
    # source and its owner after the caption's sentence: "... up to 52%. Source: Handout/BEM Unila"
    r"|\s\|\s(?:credit|kredit|foto|photo)\s*:\s*[^|]{2,60}$"
    # (not a figure's source: "... in September. Source: Statistics Indonesia / Reuters poll", "Sumber: BPS/diolah";
    # review 48)
    r"|[.!?]\s(?-i:Source|Sumber):\s(?:handout|supplied|istimewa|dok(?:umentasi)?\b)[^.!?]{0,60}$"
    # a labelled credit after the caption's sentence: "... in North Luwu, South Sulawesi. Pic: Getty Images/Bambang
    # Wijaya" (ConfectioneryNews), "... di Desa Seumanah Jaya, Aceh Timur. Dokumentasi: HAkA"
    r"|[.!?]\s(?-i:Pic|Picture|Photo|Image|Dokumentasi|Dok\.)\s?:\s[\w .&/'@-]{2,60}$"
    # a photographer and an agency through a stock library: "... make their way to the ocean. Jeff Rotman / Universal
    # Images Group via Getty Images" (EcoWatch)
    r"|[.!?]\s[^.!?]{2,80}\s(?-i:via Getty Images)$"
    # the photographer and the stock agency after the caption's sentence: "... during a Pasola in Sumba. Hendra
    # Lapu/Shutterstock" (Lonely Planet)
    r"|[.!?]\s(?-i:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})\s?/\s?(?:shutterstock|getty images|istock(?:photo)?|alamy"
    r"|adobe stock|dreamstime|eyeem|unsplash)$"
    # The source, then the photographer, after the caption's last sentence: "... Pleno MK. Foto Humas/Bayu".
    r"|[.!?]\s(?-i:Foto|FOTO)\s(?-i:[A-Z][\w.]*)(?:\s(?-i:[A-Z][\w.]*))?/[^/()!?]{2,40}$"
    # AFP's photographer in brackets, the family name in capitals: "... recruit couriers from abroad (Theo LIM)".
    r"|\((?!(?:Bank|Kantor|Dinas|Partai|Universitas|Pemerintah|Kabupaten|Kota|Provinsi|Badan|Komisi|Grup|Group)\b)"
    r"(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)? [A-Z]{2,}(?:[- ][A-Z]{2,})?)\)$"
    # After the caption's last sentence: a handout ("... late on Monday night. Supplied"), a source in capitals
    # ("... on November 5. BANTEAY MEANCHEY ADMINISTRATION"), "Photo via Channel 7", "Credits: Lusa", "Image
    # Tatoli/Egidio Amaral" (Phnom Penh Post, Khmer Times, The Thaiger, Macau Business, Tatoli).
    r"|[.!?]\s(?-i:Supplied|Handout)$"
    # Radar Cirebon (Disway): "... Sabtu 8 November 2025.-Yanto Sudarsono-radarcirebon.com"; PRMN's network:
    # "... Sabtu, 8 November 2025. /ANTARA/Raden Arif Wibowo/".
    r"|[.!?]-(?-i:[A-Z])[\w' ]{1,40}-[\w-]+(?:\.[a-z]{2,3}){1,2}$"
    r"|[.!?]\s/(?-i:[A-Z])[\w .'-]{1,30}/(?-i:[A-Z])[\w .'-]{2,40}/?$"
    # Fijivillage's photo description glued after the caption: "... at Nadi Airport. [image: Ministry of ...]"
    r"|\s\[image:\s[^\[\]]{2,160}\]$"
    # Australian papers: "... at Darwin's East Arm Wharf. File image.", "... Central Lampung. Picture supplied"
    r"|[.!?]\s(?-i:File (?:image|picture|photo|pic)|(?:Picture|Image|Photo) supplied)\.?$"
    r"|[.!?]\s(?-i:[A-Z]{2,}(?:[ /&'-][A-Z]{2,}){1,5})$"
    # the site's address in capitals: "... Selasa (13/10/2026). LAMPUNGPRO.CO"
    r"|[.!?]\s(?-i:[A-Z][A-Z0-9-]{2,30}(?:\.[A-Z]{2,3}){1,2})$"
    # (or the handout's source alone: "... on Tuesday. Courtesy of DAPA", Korea Times)
    r"|[.!?]\s(?:(?-i:Photo|Image|Picture) (?:via|by|courtesy of)|(?-i:Courtesy of))\s(?-i:[A-Z0-9])[\w&'/-]*"
    r"(?: [\w&'/-]+){0,4}\.?$"
    r"|[.!?]\scredits?\s*:\s*[^.!?]{2,60}$"
    r"|[.!?]\s(?:image|photo)\s(?-i:[A-Z])[\w.&' -]{1,30}/[\w.&' -]{2,40}$"
    # Disway's regional papers: "... Senin 8 Juni 2026.-Foto: Dok. BPBD Merangin-", "... Pulau Baai. -Foto: Rizky/RB-".
    r"|\.\s?-(?:foto|photo)\s*:\s*[^-]{2,60}-$"
    # The Irrawaddy: "... in Sagaing on Thursday afternoon. / CJ", "... / The Irrawaddy"; RMOL's regional sites:
    # "... Selasa malam. /RMOLSumsel".
    r"|[.!?]\s/\s?(?-i:[A-Z][\w.&'-]*(?: (?:[A-Z][\w.&'-]*|and|of|the)){0,7})$"
    # Yonhap: "This photo provided by the Seogwipo Coast Guard shows ... (PHOTO NOT FOR SALE) (Yonhap)"; The Dong-A
    # Ilbo: "... on Wednesday morning. Provided by the Jeju Coast Guard"
    r"|\s\((?-i:PHOTO NOT FOR SALE)\)(?:\s\((?-i:Yonhap)\))?$"
    r"|[.!?]\s(?-i:Provided by) (?:the )?(?-i:[A-Z])[^.!?]{2,60}$"
    # KrASIA: "... on her phone in Jakarta. Photo source: Shutterstock."
    # (a caption's length: not a paragraph that closes with its image's source)
    r"|^[^\n]{0,120}[.!?]\s(?-i:Photo)\ssource:\s*[^.!?]{2,60}\.?$"
    # NZ Herald: "... put on a flight to Auckland. Photo / 123rf".
    r"|[.!?]\s(?-i:Photo|Image|Picture)\s/\s[\w.&' -]{2,40}$"
    # The Hindu's papers: "... the palm oil the country imports | Photo Credit: REUTERS".
    r"|\s\|\s(?:photo|image|picture)\s+credit\s*:\s*[^|]{2,60}$"
    # Bernama's papers: "... at the Bukit Chagar RTS Link station yesterday – pic: BERNAMA".
    r"|\s[-\u2013\u2014]\s(?:pic|photo|foto)\s*:\s*(?-i:[A-Z])[\w./&' -]{1,40}$"
    # The Borneo Post, Daily Express, Malaysiakini: "... on Tuesday. - Bomba Sabah photo".
    r"|[.!?]\s[-\u2013\u2014]\s(?-i:[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3}) (?:photo|pic)\.?$"
    r"|\([^()\s]*\.[a-z]{2,4}/[^)]*\)"
    r"|\([A-Z]+\s*FOTO/[^)]*\)|\((REUTERS|AP|AFP|ANTARA|EPA|Getty Images|Shutterstock)(/| Photo/)[^)]*\)"
    # SINDOnews ends a caption with "Foto/REUTERS"; Merdeka with "©2022 Merdeka.com/Dok. BPBD ...".
    r"|\s(?-i:Foto|FOTO|Photo|PHOTO)\s*/\s*(?-i:[A-Z])[\w&-]*( [\w&-]+)?"
    r"|\s©\s?\d{4}\s+[\w.-]+\.[a-z]{2,4}(/[^()]{0,80})?"
    # The Fish Site: a caption of one sentence without its stop, closed by its photographer's name ("Floating net cages
    # on Lake Maninjau ... © Dewi Kartika"); a caption's length (the tail searched is the whole line).
    r"|^[^.!?\n]{20,140}\s©\s?(?-i:[A-Z][\w.'-]*)(?: (?-i:[A-Z][\w.'-]*)){0,3}$"
    # Antara's credit without brackets ("... ANTARA FOTO/Reno Sulistyo Adji/foc."), detik's "Foto: Nama/detikJateng",
    # Tribun's "(TRIBUNJATENG/NAMA)".
    r"|\s(antara( foto| photo)?|reuters|afp|epa)/[^/()]{2,60}(/[^/()]{2,60})?(/\w{2,5})?\.?"
    # English credits after the caption's last sentence: "... September 6, 2023. Photo by Reuters", "Photo from the
    # Presidential Communications Office" (Rappler, VnExpress).
    r"|[.!?]\s(?:[-\u2013\u2014]\s)?(?-i:Photo|PHOTO|Image|Picture|Pic)\s(by|from|courtesy of|via)\s(the\s)?"
    r"(?-i:[A-Z][\w.&'-]*)"
    # (and a place: "... after the signing. Photo courtesy of the Indonesian Embassy in Suva", Pacific Island Times)
    r"(?:\s(?:of|and|the|in|(?-i:[A-Z][\w.&'-]*))){0,6}\.?"
    # A handout's credit after the caption's last sentence: "... buried several houses. Courtesy: Tuba MDRRMO"
    # (ABS-CBN News), after a bar: "... on Sunday. | PHOTOGRAPH COURTESY OF BENGUET PDRRMO" (Daily Tribune).
    r"|[.!?]\s(?:photo\s)?courtesy\s?:\s*(?-i:[A-Z])[^.!?]{1,60}$"
    r"|[.!?]\s\|\s(?-i:(?:PHOTOGRAPH|PHOTO)(?: COURTESY OF| BY)? [A-Z][A-Z0-9.&' /-]{1,60})$"
    # Inquirer.net's credit after a dash: "... on Sunday. —PHOTO COURTESY OF PCG", "—INQUIRER PHOTO".
    r"|[.!?]\s?[\u2014\u2013]\s?(?-i:(?:[A-Z]+ )?PHOTO(?: (?:BY|COURTESY OF|FROM) [A-Z][A-Z0-9.&' -]{1,60})?)$"
    # "Foto: Dok. Biro Pers Setpres", "Foto: Nama/Mongabay Indonesia." (the credit's own full stop), "Foto: Nama/
    # Odiyaiwuu.com" (the outlet's address after the photographer).
    r"|\s(foto|photo)\s*:\s*(dok\.\s*)?[^.!?:]{2,60}(?:\.[a-z]{2,4}){0,2}\.?|\s(?-i:Photograph):\s*[^.!?:]{2,60}\.?$"
    # ... glued to a dash: "... Selasa (13/10/2026). -Foto: Rendra Kusuma" (Cendana News)
    r"|[.!?]\s[-\u2013]\s?(?:foto|photo)\s*:\s*[^.!?:]{2,60}$"
    # A site's address as the credit: "... Senin (20/7/2026). Foto: BETANEWS.ID/Nama", "Foto: apahabar.com".
    r"|[.!?)]\s(foto|photo)\s*:\s*[\w-]+(?:\.[\w-]+)+(?:/[^!?:]{2,60})?$"
    # The photographer's name with an abbreviation's stop, then the outlet: ". Foto: Andi Muh. Fadli/Detiksultra".
    r"|[.!?]\s(?-i:Foto|FOTO|Photo)\s*:\s*(?-i:[A-Z])[^!?:/]{1,60}/(?-i:[A-Z])[\w.-]{2,40}$"
    # The Sydney Morning Herald glues its credit to the caption: "... in Denpasar on Monday.Credit: AAP".
    r"|[.!?)]\s?(?-i:Credit):\s*[^.!?:]{2,60}\.?$"
    # Malay credits after a dash or the caption's last sentence: "- Foto ihsan Bakamla" (courtesy of), "- Foto
    # fail", "- Foto Bernama", "... di Kunak, kelmarin. Gambar ihsan JIM Sabah".
    r"|(?:\s[-\u2013\u2014]|[.!?])\s(foto|gambar)\s(ihsan|hiasan|fail|bernama)\b[^.!?]{0,60}"
    # ... or the paper's or desk's name after "Gambar" and a dash: "... hari ini. - Gambar Harian Ekspres", or after
    # "Foto" past the caption's last sentence: "... di Pelabuhan Tawau, hari ini. - Foto RTM Sabah" (not "... sesi -
    # Foto Bersama")
    r"|\s[-\u2013\u2014]\s(?-i:Gambar|GAMBAR)\s(?-i:[A-Z])[\w.]*(?: (?-i:[A-Z])[\w.]*){0,3}$"
    r"|[.!?]\s[-\u2013\u2014]\s(?-i:Foto|FOTO)\s(?-i:[A-Z])[\w.]*(?: (?-i:[A-Z])[\w.]*){0,3}$"
    # An outlet's initials or name over its archive: "... dari Sabah. (SH/Dok)", "(Haluan Riau/Dok)"
    r"|" + _ARCHIVE_CREDIT +
    # "(TRIBUNJATENG/NAMA)", "(RIZKY ANANDA/KALTIM POST)" (Kaltim Post), "(HO/DPR RI)" (Tribun: a handout); not
    # "(SD/SMP)" (two letters first).
    r"|\((?-i:[A-Z][A-Z0-9.'-]{2,30}(?: [A-Z][A-Z0-9.'-]{2,})*/[A-Z][A-Z .'-]{1,60})\)|\((?-i:HO)/[^()]{2,40}\)"
    r"|\([^()]{2,40}\svia\s(ap|afp|reuters|antara|epa)\)"
    # An outlet's short name before "photo by" (Arab News: "(AN photo by Nama)"); a credit label after the caption's
    # last sentence (Gulf News: ". Image Credit: AFP"); Harian Disway's credit between hyphens (".-Nama/Disway-").
    r"|\((?-i:[A-Z][\w.&-]{1,20})\s(photo|foto|image)s?\s(by|oleh)\s[^()]{2,60}\)"
    # Taiwan's: the source before "photo" in brackets (Taiwan News: "(Taichung City Labor Affairs Bureau photo)"), or
    # after the caption's last sentence with the day (Focus Taiwan: ". CNA photo Nov. 24, 2026", ". Photo courtesy of
    # the Fire Bureau Nov. 24, 2026")
    r"|\((?-i:[A-Z])[\w.&' -]{1,60}\s(?:file )?photo\)$"
    r"|[.!?]\s(?:(?-i:[A-Z][\w.&-]{1,20}) photo|(?-i:Photo) (?:courtesy of|taken from)\s[^!?]{2,80}?)"
    r"(?:\s(?-i:[A-Z][a-z]{2})\.? \d{1,2}, \d{4})?$"
    # (Vulcan Post after a slash: "... on Monday / Image Credit: Nama via Facebook"; Twentytwo13: ". Pic credit: X")
    r"|(?:[.!?]|\s/)\s(?-i:Image|Photo|Picture|Foto|Pic)\s(credits?|kredit)\s*:\s*[^.!?]{2,60}$"
    r"|[.!?]\s(?-i:Image|Picture)\s?:\s*[^.!?:]{2,60}\.?$"  # Seatrade Maritime News: "... off Batam. Image: MPA"
    # The Rakyat Post's picture taken from a social page: ". Image via Facebook / Ruamkatanyu Foundation Hat Yai"
    r"|[.!?]\s(?-i:Image|Photo|Picture) via [^!?]{2,80}$"
    # SciDev.Net names the picture's owner after the caption: ". Copyright: Parigi Moutong Health Office."
    r"|[.!?]\s(?-i:Copyright):\s*[^!?:]{2,60}\.?$"
    # A stock photo's library in brackets: "... (DBD). (Freepik)", "(Sumber: Shutterstock)" (GridHealth, KlikDokter);
    # a handout's source after the caption's last sentence: "... Senin (16/3/2026). Dok. Dinkes Sikka"
    r"|\((?:sumber\s*:\s*)?(?:" + _PICTURE_LIBRARIES + r")(?:/[^()]{1,40})?\)$"
    # Disway's Radar papers: the photographer and the site's address after dashes ("... Kota Tegal.-Fajar
    # Nugroho-radartegal.disway.id")
    r"|[.!?]\s?-\s?(?-i:[A-Z])[\w.' ]{1,40}-[\w-]+(?:\.[\w-]+)*\.(?:id|com|net|co\.id)$"
    # (or the paper's name: "... Senin 2 November 2026.-Agus Priyanto-Belitong Ekspres")
    r"|[.!?]-(?-i:[A-Z])[\w.' ]{1,40}-(?-i:[A-Z][\w]+(?: [A-Z][\w]+){0,3})$"
    # ... or the photographer first: "... vaccine dose. (Hasan Basri / iStock)" (CIDRAP)
    r"|\((?-i:[A-Z])[\w.' -]{1,40}\s?/\s?(?:" + _PICTURE_LIBRARIES + r")\)$"
    # ... or after a "Source:" label closing the caption: "... busiest waterways in the world. Source: Shutterstock"
    # (Lloyd's List)
    r"|[.!?]\s(?:source|sumber)\s?:\s*(?:" + _PICTURE_LIBRARIES + r")\.?$"
    # ... or after a copyright sign: "... supporting most rural households. ©Getty Images" (William Reed's sites)
    r"|[.!?]\s\u00a9\s?(?:" + _PICTURE_LIBRARIES + r"|(?-i:[A-Z])[\w.&' -]{1,40}/(?:" + _PICTURE_LIBRARIES + r"))\.?$"
    # a stand-in picture: NDTV's "... where tectonic plates collide. (Representational)", "(File photo)"
    r"|[.!?]\s\((?:representational|representative|file)(?: (?:image|photo|picture|pic))?\)$"
    # ... or without the stop (MailOnline: "... thought to remain in the wild (stock image)")
    r"|\s\((?:stock|file) (?:image|photo|picture|pic)\)$"
    r"|[.!?]\s(?-i:Dok\.|DOK\.)\s?(?-i:[A-Z])[\w.&' -]{1,40}$"
    r"|[.!?]-(?-i:[A-Z])[^-.!?]{1,60}-$"
    # ABC News: "(Supplied)", "(Supplied: Nama)", "(Reuters: Nama)" (an agency alone in brackets credits the story,
    # not a photo); DW's credit glued to the caption ("... since late 2024Image:
    # Nama/AP Photo/picture alliance").
    r"|\((supplied(:\s?[^()]{1,60})?|(abc news|reuters|ap|aap|afp|getty images|epa|bloomberg):\s?[^()]{1,60})\)"
    r"|(?<=[\w.])(?-i:Image):\s?[^!?]{2,80}$"
    # The Jakarta Post: "(Courtesy of the Geological Agency/-)"; Reuters: "... Antara Foto/Stringer via REUTERS Purchase
    # Licensing Rights, opens new tab" (the licensing link under every photo).
    r"|\((photo\s)?courtesy(\sof)?\s[^()]{2,80}\)"
    r"|(?:^|\s)(?-i:Purchase Licensing Rights)(, opens new tab)?"
    # Reuters' notice on a handout photo: "... via REUTERS ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD
    # PARTY. MANDATORY CREDIT."
    r"|\s(?-i:(?:ATTENTION EDITORS|MANDATORY CREDIT)\b[^a-z]{0,200})$"
    # The Star: "... in Sepang. — Filepic"; Bernama: "... in Kluang. --fotoBERNAMA (2025) COPYRIGHT RESERVED".
    r"|\s[-\u2013\u2014]{1,2}\s?(?-i:Filepic|File pic|File photo)\.?$"
    # Malay Mail: "... in Pengerang November 11, 2026. — Bernama pic", "— Picture by Nama", "— Reuters pic".
    # The Vibes and The Malaysian Insight name the paper, the photographer and the day: "– The Vibes pic, October 12,
    # 2026", "– The Malaysian Insight pic by Nama, October 13, 2026."
    r"|\s[\u2013\u2014]\s(?:(?-i:[A-Z][\w.]*)\s){0,4}(?:pic(?:\sby\s[^.!?,]{2,60})?|picture by\s[^.!?,]{2,60})"
    r"(?:,\s(?-i:[A-Z][a-z]+)\s\d{1,2},\s\d{4})?\.?$"
    r"|\s-{1,2}\s?foto\s?bernama\b[^.!?]{0,40}$"
    # After the caption's last sentence, an outlet or agency and the photographer, maybe with the day or "File Photo"
    # (". KONTAN/Nama Fotografer/01/12/2025", ". Bisnis/Nama", ". REUTERS/Nama/File Photo"), or the photographer and
    # an agency (". Nama/Antara Foto"); a bracketed "(B-Universe Photo/Nama)".
    r"|[.!?]\s(?:(?-i:Dokumentasi|Dok\.)\s)?(?-i:[A-Z][A-Za-z.-]{2,30}/[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){1,4})"
    r"(?:/[\w/ ]{1,20})?$"
    r"|[.!?]\s(?-i:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){1,4})/(?:antara|reuters|afp|ap|epa|getty images)(?: foto| photo)?"
    r"\.?$"
    r"|\((?:[\w-]+ )?(?:photo|foto)/[^()]{2,60}\)"
    # Name and outlet after the caption's last sentence or a dash, one of them in capitals: ". TRIBUNBATAM.id/RAHMAT
    # HIDAYAT NASUTION" (Tribun), "— NADIRAH ZAINAL ABIDIN/The Star" (The Star). In mixed case see _OUTLET_CREDIT.
    r"|(?:[.!?]\s|\s[-\u2013\u2014]\s?)(?-i:(?:[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,4}(?:\.[a-z]{2,3})?/[A-Z][\w.'-]*"
    r"(?: [A-Z][\w.'-]*){0,4}|[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,4}/[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,4}))\.?"
    # Kompas: "... Sabtu (11/3/2023) siang. KOMPAS/KURNIA ADHI PRATAMA" (capitals after the caption's last sentence),
    # also glued to it: "... Selasa (2/4/2024).KOMPAS.COM/RIZKY AULIA".
    r"|[.!?]\s?(?-i:[A-Z][A-Z0-9.-]{2,30}/[A-Z][A-Z .'-]{2,60})"
    # A handout's credit after the caption's last sentence and a dash: "... Kamis (6/3/2025). - Dok. Hutama Karya".
    r"|[.!?]\s[-\u2013]\s(?:Dok\.|Dokumentasi)\s[^.!?]{2,60}$"
    # Harian Jogja: "... Minggu (12/3/2023). - Harian Jogja/Yosef Bagus Wicaksono".
    r"|\s[-\u2013]\s(?-i:[A-Z])[\w. ]{1,40}/[\w. ]{2,60}"
    # Al Jazeera: "... Nusa Dua, Bali [Bagus Hendrawan/Pool via Reuters]", "[File: Nama/Reuters]".
    r"|\s\[[^\[\]]{2,60}(/|\svia\s)[^\[\]]{1,60}\])$"
    # Suara.com's network: the photo's source in square brackets after the caption's last sentence ("... Rabu
    # (21/10/2026). [Dok. Basarnas Padang]", "[Suara.com/Nama]"); an agency alone there ("... kata dia. [Antara]")
    # credits a paragraph's story as often as a photo.
    r"|[.!?)]\s\[(?-i:Dok\.|Foto|Istimewa|Ist\b|[A-Z][\w.&'-]*/)[\w./&': -]{0,60}\]$"
    # A credit in capitals after the caption's last sentence, with its label and no slash: "... Pasir Mas. FOTO NIK
    # HAFIZ AZMI" (Harian Metro), "... video warga. DOK. SBIPE MOROWALI".
    r"|[.!?]\s(?-i:FOTO|DOK\.?)\s(?-i:[A-Z][A-Z0-9.'-]*(?: [A-Z][A-Z0-9.'-]*){0,5})$"
    # The photographer in capitals after the caption's last sentence and a dash: "... di Denpasar. – NI PUTU DEWI
    # LESTARI" (NusaBali).
    r"|[.!?]\s[-\u2013\u2014]\s(?-i:[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){1,4})$"
    # The photographer and the site in lower case, in brackets: detik's "(Anggi Saputra/detikcom)" (other sites' "(Nama/
    # fajar.co.id)" also credits a story's last paragraph: see _caption_by_source).
    r"|\((?-i:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,4})/(?-i:detik[A-Za-z]*)\)$"
    # A credit alone on its line (_CREDIT_ALONE_FORMS).
    r"|" + _CREDIT_ALONE_FORMS,
    re.I)
# Caption labels: "Foto: ...", "Map: ..." (AHA Centre), and BBC News Indonesia's "Keterangan gambar, ..." and "Sumber
# gambar, ...".
_PHOTO_LINE = re.compile(r"^((banner|featured|top|main|header) )?(foto|photo|ilustrasi|gambar|image|map|peta)\s*:"
                         r"|^(keterangan|sumber) (gambar|foto)\s*[,:]"  # Mongabay: "Banner image: ..."
                         # The West Australian's photo icon, its text glued to the caption: "Camera IconCattle are ..."
                         r"|^(?-i:Camera Icon)(?=[A-Z\s])", re.I)
# "PYONGYANG, KOMPAS.com - ", "Jakarta (ANTARA) - ", "Jeddah (Kemenag) --- ": dots only inside names, never a
# sentence end.
_DATELINE = re.compile(
    # (a month's abbreviation before the day: "SEOGWIPO, South Korea, Nov. 17 (Yonhap) --")
    r"^(?P<prefix>[^\s.!?\"\u201c](?:[^.!?\"\u201c\u201d]|\.(?=\S)|(?<=[A-Z][a-z]{2})\.(?= \d{1,2}\b)){0,68}?)"
    r"(?:\s+(-{1,3}|\u2013|\u2014)\s+"
    # tight: "SLEMAN—", "TERNATE---"; a hyphen glued to the outlet's initials (Suara Cirebon: "SUMEDANG, SC- ...")
    # ... or after the outlet's name and a stop (Kahaba: "Kota Bima, Kahaba.- ...")
    # ... or two hyphens glued to the lead (The Asahi Shimbun: "ISHINOMAKI, Miyagi Prefecture--An official ...")
    # ... or a dash glued to the outlet's bracket or name, a space after it ("WAMENA (PB.COM)– Tim ...", "PARAPAT,
    # METRO– Tim ..."), or a bar or a dash glued to its address ("SUMENEP, beritalima.com| Seekor ...", "WAISAI,
    # caHAYAPAPUA.com— Pemerintah ...")
    r"|(?P<tight>[\u2013\u2014]|-{3}|(?<=[A-Z])[-\u2013\u2014] |(?<=[a-z]\.)- |(?<=\w)--(?=[A-Z\"\u201c])"
    r"|(?<=\))[\u2013\u2014] |(?<=[a-z])\| |(?<=\.[a-z]{2})[\u2013\u2014] |(?<=\.[a-z]{3})[\u2013\u2014] "
    # ... or a comma and a hyphen after the site's address ("AMBON, Terasmaluku.com,- "), a dash after its initials'
    # stop ("AMBON, AE.— ")
    r"|(?<=\.[a-z]{3}),- |(?<=\.[a-z]{2}),- |(?<=[A-Z]\.)[\u2013\u2014] "
    # ... or a dash glued to a place in title case ("Padang– Sebuah truk ...": a known place, see _read_dateline)
    r"|(?<=[a-z])[\u2013\u2014] ))"
    r"(?=\S)")
# Latin letters with their accents, written as Vietnam's and other places are: "QUẢNG TRỊ", "Đà Nẵng".
_PLACE = re.compile(r"^[^\W\d_a-z](?:[^\W\d_]|['\u2019.-])*(\s+[^\W\d_a-z](?:[^\W\d_]|['\u2019.-])*){0,3}$")
_HOSTNAME = re.compile(r"[\w-]+(\.[\w-]+)+")
# The place after the outlet's name, closed by a full stop: "KONTAN.CO.ID - CIANJUR. Gempa ..." (Kontan); or in title
# case: "Tribratanews.malut.polri.go.id – Ternate. ".
_PLACE_AFTER_OUTLET = re.compile(r"(?P<place>[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,2}"
                                 r"|[A-Z][a-z'-]{3,}(?: [A-Z][a-z'-]+){0,2})\. (?=[A-Z\u201c\"])")
# A dateline closed by a full stop: "Bangkok. Leaders of ..." (B-Universe's Jakarta Globe and Beritasatu). Words of
# four letters or more, so that a title ("Dr. Budi ...", "St. Louis ...") is no place.
_DOT_DATELINE = re.compile(r"^(?P<place>[A-Z][a-z]{3,}(?: [A-Z][a-z]{3,}){0,2})\. (?=[A-Z\u201c\"])")
# A dateline closed by a colon: "JOHOR BAHRU: ..." (The Star, Berita Harian), "BATAM: ..." (CNA), "Jakarta: ..."
# (Metro TV), "KBRN, Banyuwangi: ..." (RRI: its news network first); a place the gazetteer knows, and no label in
# capitals ("BREAKING: ...", "BMKG: ...").
_COLON_DATELINE = re.compile(  # Bernama puts the day in brackets before the colon: "JAKARTA (Sept 6): ..."
    r"^(?P<place>[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,2})(?:, (?P<second>[A-Z][a-z]+))?"
    # ... or after a comma (DayakDaily: "KUCHING, Nov 11: ...")
    # ... or the site's address in brackets (Lampungpro: "BAKAUHENI (Lampungpro.co): ...")
    r"(?: \((?P<credit>[\w .,]{1,20})\)|, (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})"
    # ... or the site's address after a comma (FOKUSJabar: "PANGANDARAN, FOKUSJabar.id: ...")
    r"|, (?P<host>[\w-]+(?:\.[a-z]{2,3}){1,2}))?: "
    r"(?=[A-Z\u201c\"])")
# An agency's or an outlet's dateline without a dash: "Taichung, Nov. 24 (CNA) An Indonesian ..." (Focus Taiwan, the
# Central News Agency's English service; "CNA" is Singapore's CNA to the register, no wire).
_AGENCY_DATELINE = re.compile(r"^(?P<place>[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,2}), "
                              r"[A-Z][a-z]{2,8}\.? \d{1,2} \((?P<agency>[A-Za-z]{2,12})\) (?=[A-Z\u201c\"])")
# The place in capitals in square brackets (SciDev.Net: "[PALU] An outbreak of dengue ...").
_BRACKETED_DATELINE = re.compile(r"^\[(?P<place>[A-Z][A-Z.'\u2019 -]{1,30})\] (?=[A-Z\u201c\"])")
_CAPITAL_LABELS = frozenset({"breaking", "breaking news", "update", "updated", "live", "eksklusif", "exclusive",
                             "video", "foto", "infografis", "opini", "editorial", "analysis", "analisis", "catatan",
                             "fakta", "hoaks", "cek fakta", "warning", "note", "catatan redaksi", "ralat", "koreksi"})
# The day in an English wire's dateline: "Nov 16", "Nov. 16", "16 November".
# The wires' day after the place: "Nov 16", "13 AUGUST 2026", "16 november 2026" (a month's name in any case; not
# "12 rumah").
_DATELINE_DAY = re.compile(
    r"^([A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} (?i:" + "|".join(sorted(dates.MONTH_NAMES | dates.MONTH_ABBREVIATIONS))
    + r")\.?(?: \d{4})?)$")
_NAME_LINE = re.compile(r"^[A-Z][\w'\u2019.-]*(\s+[A-Z][\w'\u2019.-]*){0,4}$")


@dataclass(slots=True)
class _Line:
    text: str
    role: str = "body"  # body | title | metadata | boilerplate
    rule: str | None = None

    def take(self, role: str, rule: str) -> None:
        self.role, self.rule = role, rule


def clean_document(document: RawDocument) -> CleanArticle:
    """The article in `document`: metadata fields, a clean body, and the audit trail of removals."""
    article = CleanArticle(
        source_uri=document.source_uri,
        source_name=document.source_name,
        payload_hash=document.payload_hash,
        body_text="",
        read_at=document.ingested_at,
    )
    text = document.text
    extraction = None
    if document.media_type == "text/html":
        extraction = _extract_page(document, article)
        text = extraction.text
    lines = _split_glued_boilerplate([_Line(line) for line in split_lines(text)])
    _apply_line_rules(lines)
    _mark_tags_after_their_label(lines)
    _mark_metadata(lines, article)
    _mark_card_headlines(lines)
    _apply_block_rules(lines)
    _mark_read_also_lists(lines)
    _mark_comment_threads(lines, article)
    _mark_captions(lines)
    if "\t" in text:
        _mark_fact_box(lines, _keyed_rows(text))
    _mark_header(lines, article, title_known=extraction is not None and article.title is not None)
    _mark_uncredited_header_caption(lines)
    _mark_byline_over_outlet(lines, article)
    _mark_author_repeats(lines, article)
    last = _mark_footer(lines, _tab_separated(text) if "\t" in text else frozenset())
    _mark_author_box_heading(lines)
    _mark_about_the_issuer(lines)
    _closing_agency_line(lines, last, article)
    _agency_copyright(lines, article)
    if article.date_line is not None and article.read_at is not None and dates.is_yearless_date_line(article.date_line):
        article.read_at = _page_year_end(lines, article.read_at)
    _mark_dateline_alone(lines, article)
    if article.date_line is None:
        _date_line_below(lines, article)
    if article.author is None and (signed := next((line for line in lines if line.rule == "metadata:closing_name"),
                                                   None)) is not None:
        name = signed.text.strip("()").lstrip("-\u2013\u2014 ")
        article.author = name.title() if name.isupper() else name
    _media_partner(lines, article)
    paragraphs = [line.text for line in lines if line.role == "body"]
    _read_closing_wire_credit(paragraphs, article)
    end_removed = _strip_end_marker(paragraphs)
    article.removed = [RemovedLine(line.text, line.rule or line.role) for line in lines
                       if line.role in {"boilerplate", "metadata"}]
    article.removed.extend(end_removed)
    article.body_text = "\n\n".join(paragraphs)
    if "://" in article.body_text:
        for url in _URL.findall(article.body_text):  # an address the text gives ("di https://www.bmkg.go.id")
            _add_cited(article, url.rstrip(".,;:)]"))
    credited = _read_dateline(paragraphs[0], article) if paragraphs else None
    if article.dateline is None and len(paragraphs) > 1:
        credited = _read_dateline(paragraphs[1], article, strict=True)  # after a standfirst (Kompas.id)
    if article.dateline is not None and article.outlet is None and _names_own_site(lines, article.dateline):
        article.outlet, article.dateline = article.dateline, None  # "KABAR BANTEN - ..." under "Kabar Banten"
    # A "Source: <address>" line under the text names the page's own site only when nothing over the page names
    # another: "Sportskeeda" over its menu and in its notice, "Source: https://www.pssi.org/news/..." under the text.
    sourced = _address_under_text(article, lines)
    _resolve_outlet(article, (extraction.outlet or extraction.site_name) if extraction else None)
    if sourced is not None and article.outlet is not None and (
            own := _outlet_in_own_furniture(lines) or _outlet_named_first(lines)) is not None and (
            _site_over_another_address(own, sourced)):
        article.outlet = own
    if article.outlet is not None and paragraphs and (signed := _INITIALS_IN_LEAD.match(paragraphs[0])) is not None:
        # "Jakarta, MI - ..." under "Monitor Indonesia" (and its copyright line): the site's own initials, not
        # another outlet's that the register knows by the same letters (Media Indonesia)
        own = _outlet_named_first(lines)
        if own is not None and own != article.outlet and _initials_of(own) == signed["initials"]:
            article.outlet = own
    if article.outlet is not None and _HOSTNAME.fullmatch(article.outlet) and (
            article.outlet.casefold() not in outlet_by_dateline_name()):
        # "TangerangNews.com", not "tangerangnews.com"; the site's name when its masthead writes no address
        # ("Tribratanews.kaltara.polri.go.id - Nunukan." under "Tribratanews Polda Kaltara": the portal's name)
        article.outlet = (_masthead_name_of_host(lines, article.outlet) or _held_masthead_of_host(lines, article.outlet)
                          or (_police_news_portal(lines) if _host_label(article.outlet) == "tribratanews" else None)
                          or _page_spelling(lines, article.outlet))
    if article.outlet is None:
        article.outlet = _outlet_in_own_furniture(lines) or _outlet_named_first(lines) or credited or (
            _own_name_opening_lead(lines, paragraphs[0]) if paragraphs else None) or _police_news_portal(lines) or (
            _copyright_holder_spoken_to(lines)) or _government_masthead(lines) or _media_masthead(lines)
        if article.outlet is not None and article.outlet.islower() and _HOSTNAME.fullmatch(article.outlet):
            # "minangsatu.com" over the menu and in the copyright line, "Batusangkar, Minangsatu -" in the lead
            article.outlet = _name_in_own_dateline(lines, _host_label(article.outlet)) or article.outlet
    elif (agency := news_agencies().get(article.outlet.casefold())) is not None:
        # "Sagaing (Myanmar) (AFP) -" under "nationthailand": the site runs the agency's story
        own = _outlet_in_own_furniture(lines) or _outlet_named_first(lines)
        if own is not None and own.casefold() not in news_agencies() and publisher_of(own) != publisher_of(
                article.outlet):
            article.outlet, article.wire_source = own, article.wire_source or agency
    if article.outlet is not None and _GOVERNMENT_BODY.match(article.outlet):
        article.outlet = _government_body_name(article.outlet)
    if article.outlet is not None and (own := _paper_on_groups_subdomain(lines, article.outlet)) is not None:
        article.outlet = own
    if article.outlet is not None and article.outlet.endswith(" Online"):
        article.outlet = _paper_of_online_edition(lines, article.outlet)
    if article.outlet is None or article.outlet in _EDITIONS:
        article.outlet = _edition_named(lines, article.outlet or "detikcom") or article.outlet
    if article.dateline is not None and article.outlet is not None and _spelled_alike(
            _PUBLICATION_KIND.sub("", article.dateline), article.outlet):
        article.dateline = None  # "TUGUJOGJA – ..." under "Tugu Jogja", "Majalah Farmasetika – ..." under
        # "Farmasetika.com": the site's own name, no place
    _source_of_syndicated_text(article, lines)
    if article.wire_source is not None and article.wire_source in (
            article.outlet, publisher_of(article.outlet), news_agencies().get((article.outlet or "").casefold())):
        article.wire_source = None  # Reuters' own page names Reuters over its text: its own story, no wire's (so does
        # "KYODO NEWS" over Kyodo News' page)
    if article.author is not None:
        article.author = _GLUED_BY.sub("", article.author)
        if (written := _WRITTEN_FOR.match(article.author)) is not None and (
                written["outlet"].casefold() in outlet_by_dateline_name()):
            article.author = written["name"]  # "Harriet Cole For Mailonline": the writer, not the site she writes for
    if article.author is not None and _names_the_publisher(article.author, article.outlet):
        article.author = None  # "Posted by: BruDirect.com", "By Biz Brunei", "Redaksi Sulteng Raya": no writer named
    article.language = detect_language(article.body_text) or article.language
    edition = language_editions().get((article.outlet, article.language)) if article.language else None
    if edition is not None and _lead_language(article.body_text) in (None, article.language):
        # Tempo's and Antara's English pages are their English editions (Tempo English, ANTARA News); not an
        # Indonesian page that quotes a speech in English (its lead is Indonesian). The lead is classified only
        # for an outlet that has such an edition: a second classification cost a tenth of cleaning.
        article.outlet = edition
    return article


# A site's address, not initials written without a space ("M.Ridwan", "Moh.Arief").
_SITE_ADDRESS = re.compile(rf"[\w-]+(?:\.[\w-]+)*\.(?:{_SITE_DOMAINS})", re.I)
# The newsroom signing as itself: "Redaksi Jambi One", "Tim Redaksi", "Admin".
# (Gulf papers sign desk copy "Web Desk", "Online Desk"; a Korean paper's "Staff Reporter")
_NEWSROOM_BYLINE = re.compile(r"^(?:tim )?(?:redaksi|redaktur|admin|editorial team|newsroom|web desk|online desk"
                              r"|news ?desk|staff reporter)\b", re.I)
# A desk signing with the site's name: "BNO Newsroom", "Badzine Correspondent" (not "Lisa Chief Correspondent").
_DESK_WORDS = frozenset({"newsroom", "correspondent", "staff", "desk"})
# A government's media centre as the byline: "Oleh: MC Tapin", "MC Kab. Tapin" (a regency's, on MC Kalsel); not a
# writer's name ("Mc Kenzie").
# So is a regional government's or a ministry's bureau ("Oleh: Biro Adpim Sumbar", "Biro Administrasi Pimpinan", "Biro
# Humas", "Diskominfo Tanah Datar"; an office's "Humas PN Semarang" and a regent's protocol desk, "Prokopim Setda
# Lembata", sign as a desk, which readers cite as the author).
_MEDIA_CENTRE_BYLINE = re.compile(r"^(?:(?:MC|Media Cent(?:er|re))\s+[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}"
                                  r"|Diskominfo(?:\s+[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})?"  # (alone on its own site)
                                  r"|Biro\s+[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})$")


def _names_the_publisher(author: str, outlet: str | None) -> bool:
    """A byline that names the site or its newsroom, not a writer ("BNO Newsroom", "Badzine Correspondent")."""
    name = author.casefold().strip()
    if _NEWSROOM_BYLINE.match(name) or _SITE_ADDRESS.fullmatch(name) or _MEDIA_CENTRE_BYLINE.match(author.strip()):
        return True
    words = name.split()
    if outlet is not None and len(words) == 2 and words[-1] in _DESK_WORDS and (
            words[0] == outlet.casefold().split()[0]):
        return True
    if outlet is None:
        return False
    known = outlet_by_dateline_name().get(name)
    return name == outlet.casefold() or (known is not None and known.name == outlet)


_OTHER_STORIES_RULES = frozenset({"related_reading", "comment_form"})  # (lists; not one "Related: ..." link)
_PUBLISHED_STAMP = re.compile(r"^(?:published|posted|diterbitkan|dipublikasikan)\s*:\s*\S", re.I)


# The update stamp after a date line: "Publish : 11 Nov 2026, 03:10 PM | Update : 11 Nov 2026, 03:12 PM" (Dhaka
# Tribune), "Wed Nov 25, 2026 05:40 PM Last update on: Wed Nov 25, 2026 05:46 PM" (The Daily Star).
_UPDATE_TAIL = re.compile(r"\s*\|?\s*(?:last )?updated?(?: on)?\s*:.*$", re.I)


def _without_update_stamp(text: str) -> str:
    """The date line without the update stamp after it, when a date comes before the stamp and the stamp holds a
    date ("Update: korban bertambah ... per Senin" opening a line is no stamp)."""
    found = _UPDATE_TAIL.search(text)
    if found is None or found.start() == 0 or not _has_digit(text[:found.start()]) or (
            dates.parse_date_line(text[found.start():]) is None):
        return text
    return text[:found.start()]


# A post's details after a bar on its date line, as content systems print them: who posted it, its category, how many
# read it ("| Diposting oleh: admin | Kategori: Berita Komisi | Dilihat: 187").
_POST_DETAIL = re.compile(r"\s*\|\s*(?:diposting oleh|posted by|dipublikasikan oleh|kategori|category|dilihat|dibaca"
                          r"|views)\b\s*:?[^|]*", re.IGNORECASE)


def _without_post_details(text: str) -> str:
    return _POST_DETAIL.sub("", text) if "|" in text else text


def _last_body_index(lines: list[_Line], default: int) -> int:
    """Where the last line still read as text is (`default` when none is)."""
    return max((i for i, line in enumerate(lines) if line.role == "body"), default=default)


def _date_line_below(lines: list[_Line], article: CleanArticle) -> None:
    """The date a page prints only in its update stamp (the update_stamp rule's line) when no date line sits over
    the text: "(Latest Update August 6, 2026)" under the Vientiane Times' text; or in its "Published: 18 November,
    2026" under the text (Manifold Times), which comes first."""
    # (not a related story's stamp in the lists under the text: "Related Posts", ..., "Posted: 3 March 2025")
    last_body = _last_body_index(lines, default=-1)
    lists = next((i for i, line in enumerate(lines) if i > last_body and line.rule in _OTHER_STORIES_RULES),
                 len(lines))
    stamp = next((line for line in lines[:lists] if line.role != "body" and _PUBLISHED_STAMP.match(line.text)
                  and dates.parse_date_line(line.text)), None) or next(
        (line for line in lines if line.rule == "update_stamp" and dates.parse_date_line(line.text)), None)
    if stamp is not None:
        article.date_line = stamp.text
        stamp.take("metadata", "metadata:date_line")


def _lead_language(body: str) -> str | None:
    """The language of the lead's ordinary words: its names ("Kampar, Riau (ANTARA) - President Arya Wiranata")
    would make an English lead read as Indonesian."""
    lead = body.split("\n\n", 1)[0]
    return detect_language(" ".join(word for word in lead.split() if not word[:1].isupper()))


class NotArticleError(Exception):
    """The page is an index, tag, video or other non-article page (the message says which and why)."""


def _extract_page(document: RawDocument, article: CleanArticle) -> HtmlExtraction:
    """HTML: main text (all pages of a multi-page document) and the page's metadata into `article`."""
    url = document.source_uri if document.source_uri.startswith(("http://", "https://")) else None
    extraction = extract_html(document.text, url)
    if extraction.not_article:
        raise NotArticleError(extraction.not_article)
    article.title = extraction.title
    article.author = extraction.author  # every author, joined with ", "
    article.canonical_url = extraction.canonical_url
    article.html_published = extraction.published
    article.html_modified = extraction.modified
    article.section = extraction.section
    article.language = extraction.language
    return extraction


# The spaces other than " " that _SPACES joins into one: with none of them and no "  ", joining changes nothing.
_ODD_SPACES = "\t\u00a0\u2007\u202f"
_SPACES = re.compile(f"[ {_ODD_SPACES}]+")


def _tab_separated(text: str) -> frozenset[str]:
    """The lines (as split_lines writes them) that had a tab between their words: a table's rows, copied cell by
    cell ("Final\tMinggu (26/1)\tZhou Haoran/Lin Zexuan (China)\t21-18, 19-21, 21-15")."""
    return frozenset(split_lines("\n".join(line for line in text.split("\n") if "\t" in line.strip())))


# A fact box's row as a browser copies it: a short label, its colon, a tab, the value ("Registration:\tPK-LZN",
# "Aircraft damage:\tMinor"; Aviation Safety Network's occurrence pages, a database's record). Three rows at least: a
# table of data, no prose (a results table has no colon after its first cell: "Final\tMinggu (26/1)\t...").
_KEYED_ROW = re.compile(r"^[^\t:]{1,40}:\t+\S")
MIN_FACT_BOX_ROWS = 3


def _keyed_rows(text: str) -> frozenset[str]:
    """The lines (as split_lines writes them) of a fact box: label, colon, tab, value."""
    rows = [line for line in text.split("\n") if _KEYED_ROW.match(line.strip())]
    return frozenset(split_lines("\n".join(rows))) if len(rows) >= MIN_FACT_BOX_ROWS else frozenset()


def _mark_fact_box(lines: list[_Line], rows: frozenset[str]) -> None:
    for i, line in enumerate(lines):
        if line.role == "body" and line.text in rows:
            if i > 0 and lines[i - 1].text not in rows and _INTRODUCES_A_TABLE.search(lines[i - 1].text):
                return  # the text's own table: "... dengan hasil sebagai berikut." over the results (review 48)
            line.take("metadata", "metadata:fact_box")


_INTRODUCES_A_TABLE = re.compile(r"(?:berikut|as follows|following)\W*$|:\s*$", re.IGNORECASE)


def split_lines(text: str) -> list[str]:
    """Lines of the text, normalized: NFC, no zero-width characters, single spaces, no empty brackets at the end,
    no blank lines."""
    text = unicodedata.normalize("NFC", text)
    # Each sub below costs a scan of the text and a new string even when it changes nothing (~0.15 ms an article
    # together), while most texts hold no zero-width character, no odd space and no double space: a few str
    # searches tell so first.
    if any(char in text for char in _ZERO_WIDTH_CHARS):
        text = _ZERO_WIDTH.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "  " in text or any(char in text for char in _ODD_SPACES):
        # The spaces are joined in one scan of the whole text (their pattern holds no line break), and only a line
        # with a "[" can end in empty brackets: a third less time than two scans of every line.
        text = _SPACES.sub(" ", text)
    lines = (line.strip() for line in text.split("\n"))
    return [line for line in (_EMPTY_EMBED.sub("", line) if "[" in line else line for line in lines) if line]


# Empty brackets at a line's end: what an embedded post or image leaves in copied text ("... malam hari. []").
_EMPTY_EMBED = re.compile(r"\s*\[\s*\]\s*$")


def _words(text: str) -> int:
    return len(text.split())


# Boilerplate run into a paragraph, as copied text and some pages have it. At its end ("... kata dia. Baca
# juga: Harga Cabai Naik", "... kata dia. ADVERTISEMENT", "... Artikel ini telah tayang di ..."): left in, the
# article keeps the marker (and for most markers fails the boilerplate expectation: quarantine). A link at its
# start ("Baca juga: Harga Cabai Naik Penutupan dilakukan ..."): the line rule removed the paragraph with it.
# Only rules whose whole text is never a news sentence are looked for at the end of a paragraph (not the
# channel or app promotions: "Kementerian meluncurkan WhatsApp Channel resmi." is news).
_TAIL_RULES = frozenset({"read_also_link", "ad_marker", "ad_label", "breaking_news_promo", "video_prompt",
                         "syndication_note", "share_prompt", "next_page_prompt", "source_article_link"})
MAX_TAIL_WORDS = 30
# Above the first paragraph, a line of at most this many words that is no sentence is a label or a link.
MAX_FURNITURE_WORDS = 12
# Date lines: at most this many words (a byline with names and a date is longer than a date alone), and looked
# for this many lines below the first paragraph when none stood above it.
MAX_DATE_LINE_WORDS = 30
MAX_BARE_DATE_LINE_WORDS = 8  # "Minggu, 10 Mei 2026 22:41 WIB": a date line alone, no caption that names a day
# A date line opens with the day's name (whole or its first three letters) or a figure ("Minggu, 10 Mei 2026",
# "Sen, 13 Oktober 2025", "10/05/2026"); a caption opens with its subject. The names are the date parser's.
_DATE_LINE_OPENING = re.compile(
    r"^(?:\d|(?:" + "|".join(sorted(map(re.escape, set(dates.DAY_NAMES) | {name[:3] for name in dates.DAY_NAMES}
                                       | set(dates.MONTH_NAMES)), key=len, reverse=True)) + r")\b)", re.I)
# A date line opening with its month's abbreviation and the day ("Nov 24, 2026", "Sept. 3, 2026").
_ABBREVIATED_MONTH_OPENING = re.compile(
    r"^(?:" + "|".join(sorted(map(re.escape, dates.MONTH_ABBREVIATIONS), key=len, reverse=True)) + r")\.? \d", re.I)
DATE_LINE_REACH = 3
_SENTENCE_BREAKS = (". ", "! ", "? ", '" ', "\u201d ", "\u2019 ")  # lines come with single spaces (split_lines)
_LEADING_LINK = re.compile(r"^(?:baca|simak|lihat|cek)\s+(?:juga|pula)\s*[:\uff1a-]\s*", re.IGNORECASE)
_WORD_SPAN = re.compile(r"\S+")
# Words a Title Case headline leaves in lower case ("Harga Cabai Naik di Pasar Induk").
_TITLE_LOWER_WORDS = frozenset({"di", "ke", "dari", "dan", "yang", "untuk", "pada", "dengan", "atau", "ini", "itu",
                                "jadi", "vs", "the", "of", "in", "and", "to", "for", "a", "an", "on", "at"})


def _split_glued_boilerplate(lines: list[_Line]) -> list[_Line]:
    """Boilerplate run into a paragraph becomes a line of its own, marked with its rule."""
    out: list[_Line] = []
    for line in lines:
        text = line.text
        if (tail := _glued_tail(text)) is not None:
            head, cut, rule = tail
            out.extend([_Line(head), _Line(cut, "boilerplate", rule)])
        elif (match := _LEADING_LINK.match(text)) is not None and (start := _title_end(text, match.end())):
            out.extend([_Line(text[:start].rstrip(), "boilerplate", "read_also_link"), _Line(text[start:])])
        else:
            out.append(line)
    return out


def _glued_tail(text: str) -> tuple[str, str, str] | None:
    """(paragraph, last sentence, rule) when a tail rule matches the paragraph's last sentence whole."""
    cut = max(text.rfind(mark) for mark in _SENTENCE_BREAKS)
    if cut < 0:
        return None
    head, tail = text[:cut + 1], text[cut + 2:]
    # The rules are anchored at the start: match, not search, and the tail rules' union first (most tails are
    # prose that none of them opens like).
    if not tail or not _tail_rules_union().match(tail) or _words(tail) > MAX_TAIL_WORDS or not is_paragraph(head):
        return None
    rule = next((r for r in _rules("line") if r.pattern.match(tail)), None)
    return (head, tail, rule.name) if rule is not None and rule.name in _TAIL_RULES else None


@cache
def _tail_rules_union() -> re.Pattern[str]:
    return _rules_union([r.pattern for r in _rules("line") if r.name in _TAIL_RULES])


def _title_end(text: str, start: int) -> int | None:
    """Where the paragraph starts after a Title Case link title ("Harga Cabai Naik Menjelang Akhir Pekan |
    Penutupan dilakukan ..."): at the capitalised word before the first lower-case one that a title would not
    hold. None when the title is not Title Case or what follows does not read as a paragraph."""
    words = list(_WORD_SPAN.finditer(text, start))
    for j, word in enumerate(words):
        if word[0][0].islower() and word[0].casefold() not in _TITLE_LOWER_WORDS:
            if j < 3 or not words[j - 1][0][0].isupper():
                return None
            split = words[j - 1].start()
            return split if is_paragraph(text[split:]) else None
    return None


def is_paragraph(text: str) -> bool:
    """Reads like prose rather than a headline, label or link."""
    words = _words(text)
    return (words >= 30 and not _headline_ticker(text)) or (words >= 8 and text.rstrip().endswith(_SENTENCE_END))


# Prose of thirty words carries a comma or a full stop somewhere; a run of headlines does not.
_PROSE_MARK = re.compile(r"[.,;:!?\u201c\u201d\"]")


def _headline_ticker(text: str) -> bool:
    """A news ticker copied as one line: the latest headlines run together, every word capitalised and no mark
    between them ("Pemprov Kepri Gelar Rakor Pengendalian Inflasi Daerah Kejari Tanjungpinang Eksekusi ...")."""
    return _PROSE_MARK.search(text) is None and _title_cased(text)


@cache
def _rules(kind: str) -> tuple[BoilerplateRule, ...]:
    return tuple(rule for rule in boilerplate_rules() if rule.kind == kind)


def _rules_union(patterns: list[re.Pattern[str]]) -> re.Pattern[str]:
    """One pattern that matches where one of `patterns` does, for a yes or no (which rule is asked after). Their
    groups are left out: the union of the line rules held ~280, and the engine saves and restores its marks at each
    of the union's branches, which made the union take twice the time of the same union without groups (measured on
    the benchmark's lines). Patterns that refer to a group are joined as they are."""
    sources = [pattern.pattern for pattern in patterns]
    plain = [_without_groups(source) for source in sources]
    if all(source is not None for source in plain) and not any(p.flags & re.VERBOSE for p in patterns):
        sources = [source for source in plain if source is not None]
    return re.compile("|".join(f"(?:{source})" for source in sources), RULE_FLAGS)


def _without_groups(source: str) -> str | None:
    """The pattern with each capturing group, named or not, made a non-capturing one ("(?:"); escapes and character
    classes are copied as they are. None when the pattern refers to a group (a backreference or a test of one):
    there the group matters to what matches."""
    out: list[str] = []
    i, in_class = 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            if not in_class and source[i + 1:i + 2] in set("123456789"):
                return None
            out.append(source[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # a "]" right after "[" or "[^" is a member of the class, not its end
            start = i + 1 + (source[i + 1:i + 2] == "^")
            if source[start:start + 1] == "]":
                out.append(source[i:start + 1])
                i = start + 1
                continue
        elif char == "(" and source.startswith(("(?P=", "(?("), i):
            return None
        elif char == "(" and source.startswith("(?P<", i):
            out.append("(?:")
            i = source.index(">", i) + 1
            continue
        elif char == "(" and not source.startswith("(?", i):
            out.append("(?:")
            i += 1
            continue
        out.append(char)
        i += 1
    return "".join(out)


@cache
def _any_line_rule() -> re.Pattern[str]:
    """Matches wherever one of the line rules without `requires` words does. Most lines match no rule, and this
    one scan says so in half the time of the rules' own scans one after the other (measured on the benchmark's
    lines)."""
    return _rules_union([rule.pattern for rule in _rules("line") if not rule.requires])


@cache
def _required_words() -> tuple[str, ...]:
    """The line rules' `requires` words, each once (rules share some: "follow", "subscribe")."""
    return tuple(dict.fromkeys(word for rule in _rules("line") for word in rule.requires))


@cache
def _required_words_automaton() -> ahocorasick.Automaton | None:
    """An automaton over the `requires` words: one pass over a line finds every one it holds (as `in` would, overlaps
    included), where a search per word cost ~0.35 ms an article (~100 words, ~20 lines)."""
    words = _required_words()
    if not words:
        return None
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def _apply_line_rules(lines: list[_Line]) -> None:
    for line in lines:
        text = line.text
        if _words(text) > MAX_BOILERPLATE_WORDS:
            continue
        rule = _line_rule(text) or _notice_rule(text)
        if rule is not None:
            line.take("boilerplate", rule.name)


def _line_rule(text: str) -> BoilerplateRule | None:
    """The first line rule that matches `text` whole."""
    rules, any_rule, words = _rules("line"), _any_line_rule(), _required_words_automaton()
    # The words are looked for together, in one pass of the automaton (in C), rather than once per rule naming
    # them: most lines hold none, and the rules then only test the small set found.
    present = {word for _, word in words.iter(text.casefold())} if words is not None else set()
    if any_rule.match(text):
        candidates = [rule for rule in rules if not rule.requires or not present.isdisjoint(rule.requires)]
    else:  # only a rule the combined scan leaves out can match: one whose words the line holds
        guarded = _guarded_line_rules()
        candidates = [rule for rule in guarded if not present.isdisjoint(rule.requires)] if present else []
    # rules open with ^ (checked when they are loaded)
    return next((rule for rule in candidates if rule.pattern.match(text)), None)


@cache
def _guarded_line_rules() -> tuple[BoilerplateRule, ...]:
    return tuple(rule for rule in _rules("line") if rule.requires)


# A widget's notice is often two or three short sentences on one line, the first of them one a rule knows ("Komentar
# Anda akan tampil setelah disetujui redaksi. Harap menggunakan bahasa yang santun.", "Komentar menjadi tanggung jawab
# Anda sesuai UU ITE. Silakan login untuk berkomentar."): the rules, written for whole lines, are tried on the first
# sentence of such a short line. The text's paragraphs are longer, and their first sentence is no widget's.
MAX_NOTICE_WORDS = 30
MAX_NOTICE_SENTENCES = 3
MIN_NOTICE_SENTENCE_WORDS = 4


def _notice_rule(text: str) -> BoilerplateRule | None:
    if not text.endswith((".", "!", "?")) or _words(text) > MAX_NOTICE_WORDS:
        return None
    breaks = list(islice(_sentence_breaks(text), MAX_NOTICE_SENTENCES))
    if not 1 <= len(breaks) < MAX_NOTICE_SENTENCES:
        return None
    # (the sentences as _breaks_a_sentence reads them: not cut after a name's abbreviation, "Dt. Rajo Basa")
    ends = [found.start() + 1 for found in breaks] + [len(text)]
    sentences = [text[start:end] for start, end in zip([0, *(found.end() for found in breaks)], ends, strict=True)]
    rule = _line_rule(sentences[0])
    if rule is not None and _words(sentences[0]) < MIN_NOTICE_SENTENCE_WORDS and _line_rule(sentences[1]) is None:
        return None  # a label's one word before the text's sentence ("Iklan. Pemerintah melarang ..."), not before
        # its own prompt ("Iklan. Scroll untuk melanjutkan membaca."; review 46b)
    return rule


MAX_HEADLINE_WORDS = 24
# Readers' comments under a "Comments" heading, up to the comment form: at most this many lines, none of them a
# paragraph of this many words (the article's own text is no comment thread).
MAX_COMMENT_THREAD_LINES = 24
MAX_COMMENT_WORDS = 30
# A reply button under a comment says the lines around it are readers' comments, long or short.
_REPLY_BUTTONS = frozenset({"reply", "balas", "balasan", "jawab", "suka"})


# A comment's header: the commenter, a bar, the day and time ("Kurt | 19 November 2026 - 11:48:12").
_COMMENTER_LINE = re.compile(r"^[^|]{1,40} \| [^|]*\d{4}[^|]*$")


def _mark_comment_threads(lines: list[_Line], article: CleanArticle) -> None:
    """Readers' comments between the comments' heading and the comment form ("Comments", a commenter's name, the
    comment, "Reply", ..., "Add a comment"): whatever they read like, they are not the article."""
    first_paragraph = _first_paragraph(lines)
    for i, line in enumerate(lines):
        if line.rule != "comment_prompt" or i < first_paragraph:
            continue  # "0 Komentar" under the byline counts the comments, the text follows it
        # (the form, or the prompt to log in that stands in its place: "Login to comment", The Phuket News)
        end = next((j for j in range(i + 1, min(len(lines), i + 1 + MAX_COMMENT_THREAD_LINES))
                    if lines[j].rule in ("comment_form", "login_prompt")), None)
        thread = lines[i + 1:end] if end is not None else []
        if end is not None and lines[end].rule == "login_prompt" and not any(
                _COMMENTER_LINE.match(comment.text) for comment in thread):
            continue  # a share bar's "Komentar" over the text and a login footer: no readers' comments between
        replies = any(comment.text.casefold().strip(" .") in _REPLY_BUTTONS for comment in thread)
        if end is not None and (replies or not any(
                _words(comment.text) >= MAX_COMMENT_WORDS and _ends_like_sentence(comment.text) for comment in thread)):
            bylined = any(above.rule == "metadata:author" for above in lines[:i])
            for comment in thread:
                if comment.rule == "metadata:author":  # a commenter's "By Rudi on Sunday, ...", no byline
                    if article.author and not bylined and re.search(
                            rf"\b{re.escape(article.author)}\b", comment.text):
                        article.author = None  # (The Aviation Herald signs its comments so, its reports not; not
                        # when a byline above the thread named the writer, who may answer a comment; review 46c)
                    comment.take("boilerplate", "comment_thread")
                if comment.role == "body" or comment.rule in ("related_reading", "page_furniture"):
                    comment.take("boilerplate", "comment_thread")


def _mark_card_headlines(lines: list[_Line]) -> None:
    """A headline right over its age ("Pelaku Curat ... Diringkus", then "Kriminal 2 jam lalu") above the page's
    own headline is another story's card, no title."""
    first_paragraph = _first_paragraph(lines)
    for i in range(1, min(first_paragraph, len(lines))):
        previous, current = lines[i - 1], lines[i]
        if (current.rule == "time_ago" and previous.role == "body" and _words(previous.text) <= MAX_HEADLINE_WORDS
                and not _ends_like_sentence(previous.text) and dates.parse_date_line(previous.text) is None
                and any(_is_title(later.text) for later in lines[i + 1:first_paragraph] if later.role == "body")):
            previous.take("boilerplate", "card_headline")  # the page's own headline is still to come


@cache
def _any_block_rule() -> re.Pattern[str]:
    """Matches where one of the block rules' openers does: one scan says most lines open no block."""
    return _rules_union([rule.pattern for rule in _rules("block")])


def _apply_block_rules(lines: list[_Line]) -> None:
    """A related-links or trending heading takes every following link-like line with it."""
    rules, any_rule = _rules("block"), _any_block_rule()
    first_paragraph = _first_paragraph(lines)
    i = 0
    while i < len(lines):
        line = lines[i]
        rule = next((r for r in rules if (r.anywhere or i > first_paragraph) and r.pattern.match(line.text)),
                    None) if line.role == "body" and any_rule.match(line.text) else None
        if rule is None:
            i += 1
            continue
        end = _closing_line(lines, i + 1, rule) if rule.until is not None else None
        if end is None and rule.until_required:
            i += 1  # "Tentang Danantara" over the text's own paragraphs: a sub-heading, no company's description
            continue
        line.take("boilerplate", rule.name)
        i += 1
        if end is not None:
            for inside in lines[i:end + 1]:
                inside.take("boilerplate", rule.name)
            i = end + 1
            continue
        points: list[str] = []
        while i < len(lines) and lines[i].role != "metadata":
            follower = lines[i]
            if follower.role == "body":
                teaser = i + 1 < len(lines) and lines[i + 1].rule == "time_ago"  # a card's teaser over its age
                # right under the block's label, its link's headline ("Next article" over "Verhaegen: Turn 10 ...")
                labelled = rule.headline_after_label and rule.pattern.match(lines[i - 1].text) is not None
                if not (teaser or labelled) and (
                        (is_paragraph(follower.text) and not _summary_point(follower.text, rule, points))
                                   or _introduces_list(follower.text)):
                    break  # the text again, or its introduction of a list ("Berikut delapan pasangan ...:")
                follower.take("boilerplate", rule.name)
                points.append(follower.text)
            i += 1


# A summary box has three points or so; a fourth short sentence is the lead (Bisnis.com, Tribun: three).
MAX_SUMMARY_POINTS = 3


def _introduces_list(text: str) -> bool:
    """A sentence that introduces a list: it ends with a colon and is long enough, or says so ("Berikut ...")."""
    return text.endswith(":") and (_words(text) >= MIN_LIST_INTRO_WORDS or bool(_LIST_INTRO.search(text)))


def _summary_point(text: str, rule: BoilerplateRule, points: list[str]) -> bool:
    """A summary box's bullet point ("Ringkasan Berita" over three short sentences): a sentence short enough for
    the rule, that no dateline opens (the lead after the box), written like the points before it (with or without
    a full stop: the lead after points without one has it)."""
    return (len(points) < MAX_SUMMARY_POINTS and _words(text) <= rule.sentence_words
            and not _opens_with_dateline(text)
            and all(_ends_like_sentence(point) == _ends_like_sentence(text) for point in points[:1]))


MAX_CLOSED_BLOCK_LINES = 12
MAX_REPEATED_CAPTION_WORDS = 40
# A credit closes its caption: only the line's end is searched for one (a standalone credit line is shorter).
CREDIT_TAIL_CHARS = 160


def _has_photo_credit(text: str) -> bool:
    start = max(0, len(text) - CREDIT_TAIL_CHARS)
    tail = text[start:]
    # Every credit form ends in a bracket, a hyphen, a capital letter or a site's address or holds a slash, "©",
    # "foto", "photo", "credit", "picture", "image", "File", "BERNAMA", "DOK", "Licensing", "Pic", "courtesy" or
    # "ihsan", "Gambar", ".-" (Disway's dashes), "Copyright:" (SciDev.Net), or end in "pic", or open with "Dok.":
    # most lines have none of them (kept in step with _PHOTO_CREDIT and _CREDIT_ALONE_FORMS).
    if not (tail.endswith((")", "-")) or "/" in tail or "\u00a9" in tail or "oto" in tail or "OTO" in tail
            or "redit" in tail or "icture" in tail or "mage" in tail or "File" in tail or "BERNAMA" in tail
            or "DOK" in tail or "Dok." in tail or text.startswith("Dok.") or tail[-1:].isupper() or "Licensing" in tail
            or tail.endswith("pic") or "Pic" in tail or " pic" in tail
            or "ource:" in tail or tail.casefold().endswith(("istimewa", "ist", "ist.")) or tail.endswith("Supplied")
            or " via " in tail or "Handout" in tail or "ourtesy" in tail or "ihsan" in tail or "Gambar" in tail
            or tail.endswith((".com", ".id", ".net", "]")) or "Provided by" in tail or ".-" in tail
            or "opyright:" in tail):
        return False
    return _PHOTO_CREDIT.search(text, start) is not None


def _closing_line(lines: list[_Line], start: int, rule: BoilerplateRule) -> int | None:
    """Index of the line that closes a block opened before `start`, if it comes soon enough."""
    assert rule.until is not None
    return next((j for j in range(start, min(len(lines), start + MAX_CLOSED_BLOCK_LINES))
                 if rule.until.search(lines[j].text)), None)


# A photographer and a known outlet, in either order and in mixed case, after the caption's last sentence
# ("... Selasa (12/3/2024). F. Galih Adi Saputro/Batam Pos", ". Medcom.id/Dian Lestari") or in brackets ("(Suara
# Merdeka/Galih Pratama)"). One side must be an outlet of the register: "Jakarta/Bandung" is none.
_NAME_PART = r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,4}"
# ". Antara/Nama", "(Suara Merdeka/Nama)"; also with a slash first ("... 2026. /Pikiran Rakyat/Nama") or the outlet's
# address in lower case (". tirto.id/Nama").
_OUTLET_CREDIT = re.compile(
    rf"(?:[.!?](?:\s/?|/)(?P<a>{_NAME_PART}|[a-z][\w-]*\.[a-z]{{2,3}})/(?P<b>{_NAME_PART})\.?"
    rf"|\((?P<pa>{_NAME_PART})/(?P<pb>{_NAME_PART})\)\.?)$")


def _outlet_credit(text: str, bracketed: bool) -> bool:
    if "/" not in text[-80:]:
        return False
    match = _OUTLET_CREDIT.search(text, max(0, len(text) - CREDIT_TAIL_CHARS))
    if match is None:
        return False
    sides = (match["pa"], match["pb"]) if bracketed else (match["a"], match["b"])
    known, agencies = outlet_by_dateline_name(), news_agencies()
    return any(side is not None and (side.casefold() in known or side.casefold() in agencies) for side in sides)


# The credit lines a caption sits right above: the forms alone on a line, and a "Foto: ..." label.
# "Foto: Nama"; with the outlet's or agency's short name first: "ST PHOTO: BRYAN TEO" (The Straits Times).
# Also an agency's "© Gold and Goose" (Crash.net); "Photo by: ..." is one of _CREDIT_ALONE_FORMS.
_CREDIT_ALONE = re.compile(_CREDIT_ALONE_FORMS
                           # "Foto: Nama", "Foto: Banua.co/Nadia Safitri" (a site's address: dots inside a word)
                           + r"|^(?:(?-i:[A-Z]{2,10})\s)?(?:foto|photo)\s*:\s*(?:[^.!?]|\.(?=[a-z])){2,60}$"
                           r"|^\u00a9\s?(?!.*\d)[^.!?]{2,40}$", re.I)
MAX_CREDIT_ALONE_WORDS = 8
MAX_SHORT_CREDIT_WORDS = 6
# Where the people in a photo stand, a caption's convention ("Kepala Dinas ... (kanan) menyampaikan paparan").
_POSITION_MARKER = re.compile(r"\((?:kanan|kiri|tengah|depan|belakang|(?:kedua|ketiga) dari (?:kiri|kanan)|left|right|"
                              r"centre|center|second (?:left|right)|from left)\)")
# A credit of initials and a name in brackets: "(VN/Selvianus Koli)".
_INITIALS_CREDIT = re.compile(r"\((?-i:[A-Z]{1,6})/(?-i:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,4})\)$")


# Tribun's and Warta Kota's captions open with a keyword in capitals and a dash ("KOKAIN - Dirresnarkoba ...
# menunjukkan barang bukti ... (Tribun Bali/Nama)", "FOTO 3 - Pengungsi ...", "DEPORTASI – Petugas ... –IST"): long,
# but with that opening a credit at the end makes them captions, not the lead's dateline.
# Solopos opens its captions with its own address in capitals ("SOLOPOS.COM - Warga antre ... (Solopos.com/Nama).").
_KICKER = re.compile(r"^(?-i:[A-Z][A-Z0-9]*(?:\.[A-Z]{2,3})?(?: [A-Z0-9]+){0,3}) (?:[-\u2013]|\|\|) (?=\S)")
# (Lintas Kalimantan's kicker ends with two bars: "KABUT ASAP || Suasana ...")
# The credit first, over the caption's kicker: "Bali Tribune / RAPAT KERJA - Suasana rapat kerja ..." (Bali Tribune).
_CREDIT_OVER_KICKER = re.compile(r"^(?-i:[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}) / "
                                 r"(?=(?-i:[A-Z][A-Z0-9]*(?: [A-Z0-9]+){0,3}) [-\u2013] \S)")


MAX_KICKER_CAPTION_WORDS = 40
# The site's address and the photographer in capitals, a slash between them, then a dash and the caption (Tribun's
# regional sites: "TRIBUNKALTENG.COM/FATHURAHMAN - Sisa kabel jembatan ..."); a lead's dateline puts a comma there
# ("TRIBUNKALTENG.COM, KUALA KURUN - ...").
_SITE_CREDIT_FIRST = re.compile(r"^(?-i:[A-Z][A-Z0-9-]{2,30}(?:\.[A-Z]{2,3}){1,2}/[A-Z][A-Z .'-]{2,40}"
                                # ... or a handout or the archive, then the paper: "IST/BERITA SAMPIT – Warga ..."
                                r"|(?:IST|ISTIMEWA|DOK)/[A-Z][A-Z .'-]{2,40})"
                                r" [-\u2013] (?=\S)")


def _credit_over_kicker(text: str) -> bool:
    """A caption credited before its kicker ("Bali Tribune / RAPAT KERJA - Suasana ..."); not a lead whose
    dateline names the place and the outlet so ("Denpasar / BALI TRIBUNE - Pemerintah ...")."""
    match = _CREDIT_OVER_KICKER.match(text)
    if match is None or _words(text) > MAX_KICKER_CAPTION_WORDS:
        return False
    credit, rest = text.split(" / ", 1)
    kicker = re.split(r" [-\u2013] ", rest, maxsplit=1)[0]
    return not _known_place(credit) and kicker.casefold() not in outlet_by_dateline_name()


# A photo given to the outlet: "(Istimewa)", "(ist)", "–IST", "Foto: Istimewa" ("Dok. Istimewa").
_COURTESY_CREDIT = re.compile(r"(?:\((?:\*/)?(?:(?:dok|foto)\.?\s*:?\s*)?(?:ist|istimewa)\)"
                              r"|[\s.][-\u2013/]\s?(?-i:IST|Ist)\.?)$",
                              re.I)  # (Lintas Kalimantan: "(*/foto:ist)")


# A photo given to the outlet, credited in capitals: "(KANTOR SAR MATARAM FOR LOMBOK POST)", "(ISTIMEWA FOR RADAR
# LOMBOK)" (the Jawa Pos group's regional papers); Tribun's sites leave the giver out: "(FOR TRIBUNGAYO.COM)".
_FOR_OUTLET_CREDIT = re.compile(r"\((?:(?P<giver>(?-i:[A-Z][A-Z0-9 .'&/-]{1,40})) )?(?:FOR|UNTUK) "
                                r"(?P<outlet>(?-i:[A-Z][A-Z0-9 .'&-]{1,30}))\)$")
# (or the network's site itself: "... dengan Dinas Pertanian dan Pupuk Indonesia/RMOLJabar")
_GLUED_HANDOUT = re.compile(r"\s(?-i:[A-Z])[\w.'-]*/(?-i:Ist|IST|RMOL[A-Z][A-Za-z]{2,12})\.?$")
MAX_GLUED_CREDIT_WORDS = 4


def _for_outlet_credit(text: str) -> bool:
    """A photo given to the outlet, the giver named or not; without one, the outlet must be a site's address or a known
    outlet ("(FOR TRIBUNGAYO.COM)"; not a paragraph closed by "(UNTUK RAKYAT GAYO)")."""
    credit = _FOR_OUTLET_CREDIT.search(text)
    if credit is None:
        return False
    return credit["giver"] is not None or "." in credit["outlet"] or (
        credit["outlet"].casefold() in outlet_by_dateline_name())


_NUMBERED_PHOTO = re.compile(r"^(?P<headline>.{20,300}) - \d{1,2}$")
_DAY_IN_BRACKETS = re.compile(r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)")
# Yonhap's captions, and the papers that run its photos: "This photo provided by the Jeju Regional Coast Guard shows
# ... on Nov. 18, 2026. (Yonhap)".
_AGENCY_PHOTO = re.compile(r"^(?-i:This (?:file )?photo)\b.{10,400}\((?-i:Yonhap)\)$")


# A caption's last sentence, then the agency's name alone (Dhaka Tribune: "... on November 10, 2026. Reuters").
_NAME_AFTER_CAPTION = re.compile(r"[.!?]\s(?P<name>(?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*)?)$")


def _agency_after_caption(text: str) -> bool:
    found = _NAME_AFTER_CAPTION.search(text)
    return found is not None and (found["name"].casefold() in news_agencies()
                                  or found["name"].casefold() in _PICTURE_AGENCIES)


# SBS: an agency as the source, a slash and the photographer's employer ("... (Foto ilustrasi) Source: AAP / Australian
# Border Force"); a data paragraph's "Source: Statistics Indonesia / Reuters poll" names no agency first.
_SOURCE_AND_OWNER = re.compile(r"[.!?)]\s(?-i:Source):\s(?P<agency>(?-i:[A-Z])[\w.&' -]{1,30})"
                               r" / (?-i:[A-Z])[\w.&' -]{1,40}$")  # (the owner may be an agency too: "AAP / AP")


def _agency_source_and_owner(text: str) -> bool:
    found = _SOURCE_AND_OWNER.search(text) if "Source: " in text else None
    return found is not None and (found["agency"].casefold() in news_agencies()
                                  or found["agency"].casefold() in _PICTURE_AGENCIES)


def _credited_photo(text: str, in_header: bool = True) -> bool:
    if _words(text) > MAX_BOILERPLATE_WORDS:
        return False
    credited = (
        # "Kepala Dinas ... (kanan) menyampaikan paparan ..., Senin (4/3/2024). (VN/Selvianus Koli)"
        (text.endswith(")") and _INITIALS_CREDIT.search(text) is not None and _POSITION_MARKER.search(text) is not None)
        or _has_photo_credit(text) or _PHOTO_LINE.match(text) is not None or _outlet_credit(text, bracketed=False)
        or _bar_credit(text, in_header) or _for_outlet_credit(text)
        # RMOL's network glues the handout's credit to a one-sentence caption's last word ("... di Gedung BEI,
        # Jakarta/Ist"), or puts it after the caption's sentence with the outlet's name (". Harian Andalas/Ist")
        or (_GLUED_HANDOUT.search(text) is not None and (
            ". " not in text or _words(text.rsplit(". ", 1)[1]) <= MAX_GLUED_CREDIT_WORDS))
        or _credit_over_kicker(text) or _SITE_CREDIT_FIRST.match(text) is not None or (
            _KICKER.match(text) is not None and (
            _outlet_credit(text, bracketed=True) or _COURTESY_CREDIT.search(text) is not None))
        or _AGENCY_PHOTO.match(text) is not None or (in_header and _agency_after_caption(text))
        or _LABELLED_VIDEO_CAPTION.match(text) is not None or _social_account_photo(text)
        or _agency_source_and_owner(text)
        # a short caption given to the outlet, dating its photo: "... Senin (12/10/2026) malam.(Istimewa)" (not a
        # paragraph that ends "..., kata dia. (Istimewa)")
        or (_words(text) <= MAX_SOURCE_CREDIT_CAPTION_WORDS and text.endswith(")")
            and _COURTESY_CREDIT.search(text) is not None and _DAY_IN_BRACKETS.search(text) is not None))
    # A wire credited after the text's last sentence is no photo's: "... (antara/jpnn)", and the agency with the outlet
    # that ran its story: "... kata Hendrik. (Antara/NTTOnlinenow)" (a photo's credit names the photographer).
    return credited and not _CLOSING_WIRE.search(text) and not (
        (wired := _WIRE_AND_OUTLET.search(text)) is not None
        and wired["outlet"].casefold() in outlet_by_dateline_name())


def _social_account_photo(text: str) -> bool:
    """A photo taken from a social account, the platform and the account closing its caption: "... Sabtu malam.
    (Instagram/gelombangbiru.official)", "(TikTok/@pemkotbdg)"; not a post quoted, then its account: '"... Kalian luar
    biasa," tulis Raisa di akun Instagram pribadinya. (Instagram/@raisa6690)' is the text's (review 48)."""
    return _SOCIAL_ACCOUNT_CREDIT.search(text) is not None and not any(mark in text for mark in '"\u201c\u201d')


# A caption labelled as a video's or a photo's, closing with the outlet and its cameraman: "VIDEO: Petugas Labfor
# memeriksa ... (Molluca TV/Edo Rumalatu)" (matched from the line's start: _PHOTO_CREDIT looks at its tail only).
_LABELLED_VIDEO_CAPTION = re.compile(r"(?:VIDEO|FOTO|PHOTO)\s*:\s.{10,400}\([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}"
                                     r" ?/ ?[A-Z][\w.' -]{2,40}\)$")
_SOCIAL_ACCOUNT_CREDIT = re.compile(r"\((?:instagram|ig|tiktok|twitter|x|facebook|fb|youtube)\s?/\s?@?[\w.-]{2,40}\)$",
                                    re.IGNORECASE)


_WRITTEN_FOR = re.compile(r"^(?P<name>.+?)\s+(?:for|untuk)\s+(?P<outlet>\S.{1,40})$", re.I)
# The site's address and its reporter's short name in lower case, in brackets after the text's last sentence.
_SITE_AND_REPORTER = re.compile(r"[.!?\"\u201d]\s*\((?-i:[a-z][\w-]*)(?:\.[a-z]{2,4}){1,2}/(?-i:[a-z])[\w .-]{1,30}\)$")
_WIRE_AND_OUTLET = re.compile(r"(?<=[.!?\"\u201d])\s*\((?:antara|reuters|afp|ap|xinhua)/(?P<outlet>[\w.-]{2,40})\)$",
                              re.I)


# A source after a bar: "Yogi Saputra Lubis merayakan gol kemenangan Indonesia atas Bahrain | PSSI" (Bola.net). Not
# an outlet's name or address: "<headline> | Bola.com" is a page title, which the header takes.
_BAR_CREDIT = re.compile(r"(?:\S+\s){5,}\|\s(?P<source>(?-i:[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3}))$")


def _bar_credit(text: str, in_header: bool) -> bool:
    if "|" not in text[-40:]:
        return False
    match = _BAR_CREDIT.search(text)
    if match is None or (_has_digit(text) and dates.parse_date_line(text[:match.start("source")].rstrip(" |"))):
        return False  # (the date line and the dateline: "Updated - November 18, 2026 at 09:14 PM. | Mumbai")
    # Above the text a known outlet's name after a bar ends the page's title ("<headline> | Bola.com", "... | NPR");
    # between paragraphs it credits a photo ("... atas Bahrain | PSSI").
    # (a caption's last sentence then its source is no title: "... on Wednesday morning. | Kyodo"; a title may end
    # with an abbreviation: "... Allies of Marcos Jr. | Rappler", "... U.S. | NHK")
    return (not in_header or match["source"].casefold() not in outlet_by_dateline_name()
            or _SENTENCE_STOP.search(text[:match.start("source")].rstrip(" |")) is not None)


_SENTENCE_STOP = re.compile(r"(?<![\w.])(?:[a-z]{3,}|[A-Z]{2,})\.$|(?<=[a-z])[a-z]{2,}\.$|\)\.$|\d\.$")


def _caption_by_source(line: _Line, last_prose: Callable[[], _Line | None]) -> bool:
    """A short line ending in a source's credit; an outlet's in mixed case only above the text's last sentence."""
    credit = _source_credit(line.text)
    return credit == "source" or (credit == "outlet" and line is not last_prose())


# An outlet's initials and a photographer's name in brackets: "(JP/Arya Mahendra)" (The Jakarta Post); under the
# text's last sentence the same form credits the story ("(RMOL/Ahmad Satryo)").
# Suara Papua writes the name first: "(Yosafat Dumupa - SP)".
_INITIALS_AND_NAME = re.compile(r"\((?-i:[A-Z]{2,6}/[A-Z][a-z]+(?: [A-Z][a-z]+){1,3})\)$"
                                r"|\((?-i:[A-Z][a-z]+(?: [A-Z][a-z]+){1,3} - [A-Z]{2,6})\)$")


def _source_credit(text: str) -> str | None:
    """"source" for a short line ending in a source's credit ("(Sumber: KOMPAS TV/ANTARA)", "(GATRA/Nama)"),
    "outlet" for one ending in an outlet's credit in mixed case ("(Suara Merdeka/Galih Pratama)"), else None."""
    if not text.endswith((")", "]")):
        return None
    if text.endswith(")") and _words(text) <= MAX_SOURCE_CREDIT_CAPTION_WORDS:
        if _SOURCE_CREDIT.search(text):
            return "source"
        if (_outlet_credit(text, bracketed=True) or _INITIALS_AND_NAME.search(text)
                or _DATED_CAPTION_CREDIT.search(text)):
            return "outlet"
    # The picture's source alone in brackets after the caption's last sentence: "... Tuesday. (DAPA)", "... in this
    # file photo. [KOREA AEROSPACE INDUSTRIES]" (Korean and English papers). Under the text's last sentence the same
    # form is an editor's or a wire's mark: so only as an outlet's credit, and never a news agency's.
    source = _BRACKETED_SOURCE.search(text) if _words(text) <= MAX_CAPTION_WORDS else None
    if source is not None and source["word"] is not None:
        # one word: a picture library's or a social network's, the latter only after a caption of one sentence (after
        # more, a paragraph cites the post it retells: "... ucapan selamat dari penggemar. (Instagram)")
        word = source["word"].casefold()
        if not (word in _PHOTO_LIBRARIES or (word in _SOCIAL_NETWORKS
                                             and not _SENTENCE_BREAK.search(text, 0, source.start()))):
            return None
    return "outlet" if source is not None and (
        source["source"] or source["word"] or source["capitals"]).casefold() not in news_agencies() else None


# Where a caption credited with one word in brackets took its photo (Nine's sites: "(Getty)", "(Instagram)"): a
# picture library (_PHOTO_LIBRARIES, under _PICTURE_AGENCIES) or a social network.
_SOCIAL_NETWORKS = frozenset({"instagram", "facebook", "tiktok", "youtube", "twitter"})
_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z\u201c\"])")
# A name's abbreviated part before its stop ("Sekda Provinsi Banten Moch. Faisal Akbar menyerahkan ...", "H. Ahmad",
# "Dr. Rina"), or an initial: no sentence's end (a place's short name is: "... di Denpasar, Bali. Petugas ...", review
# 45c).
_ABBREVIATION_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]|Hj|Dr|Drs|Dra|Ir|Moch|Moh|Muh|Mhd|Abd|St|Sy|Prof|KH|Tgk|Jl|Pdt"
                                  r"|Ny|Tn|Sdr|Bpk|Kol|Jend|Brig|Kapt|Let)\Z")


def _sentence_breaks(text: str) -> Iterator[re.Match[str]]:
    """Where one sentence of `text` ends and the next opens: a stop and a capital after it, not after a name's
    abbreviation."""
    return (found for found in _SENTENCE_BREAK.finditer(text) if _ABBREVIATION_BEFORE.search(text, 0, found.start())
            is None)


def _breaks_a_sentence(text: str) -> bool:
    """Whether `text` holds two sentences."""
    return next(_sentence_breaks(text), None) is not None


# (an acronym, a name of two words or more or "(Ist)", a photo given to the outlet; one word only as a picture
# library's or a social network's, read above: not an interview's stage note, "(Laughs)", "(Tertawa)")
_BRACKETED_SOURCE = re.compile(r"[.!?]\s(?:\((?:(?P<source>(?-i:[A-Z]{2,}[A-Z0-9&-]*|Ist|Istimewa"
                               r"|[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){1,3}))|(?P<word>\w[\w-]{1,20}))\)"
                               r"|\[(?P<capitals>(?-i:[A-Z][A-Z&' -]{1,60}))\])$")
MAX_CAPTION_WORDS = 60


# A caption's day in brackets, then the outlet and the photographer in brackets: "..., Senin (8/12/2025). (Inside
# Lombok/Baiq Rahmi)", "Kamis (26/11/2026). (Tandaseru/Irfandi)" (an outlet the register may not know).
_DATED_CAPTION_CREDIT = re.compile(r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\.?\s*\((?-i:[A-Z])[\w.'-]*(?: [\w.'-]+){0,3}"
                                   r"/(?-i:[A-Z])[\w.'-]*(?: (?-i:[A-Z])[\w.'-]*){0,3}\)$")


def _byline_under(lines: list[_Line], at: int) -> bool:
    """Whether the line right under line `at` is the byline or the date line (already read as metadata)."""
    return at + 1 < len(lines) and lines[at + 1].rule in ("metadata:author", "metadata:date_line")


# A photo's zoom button copied onto the end of its caption ("... Natuna, Rabu (23/9). Perbesar"), as a gallery prints
# the caption over the photo and again under it.
_ZOOM_BUTTON = re.compile(r"\s+(?:perbesar(?: foto)?|lihat foto|zoom[- ]?in)$", re.IGNORECASE)


def _without_zoom_button(text: str) -> str:
    return _ZOOM_BUTTON.sub("", text) if text[-1:].isalpha() else text


# A chart's or a table's source on a line of its own: "Sumber: Bareksa.com", "Source: BPS".
_SOURCE_ALONE = re.compile(r"^(?:sumber|source)\s*:\s*(?:[\w-]+(?:\.[\w-]+)+"
                           r"|(?-i:[A-Z][\w.&-]*)(?: (?-i:[A-Z][\w.&-]*)){0,3})$", re.I)
MAX_CHART_TITLE_WORDS = 15


def _mark_chart_titles(lines: list[_Line], last: _Line | None) -> None:
    """Between paragraphs, a chart's title over its source ("Pergerakan Harga Saham LSNM Sejak Akhir Juni 2026", then
    "Sumber: Bareksa.com"): the chart copied as text. Under the last paragraph "Sumber: Antara" credits the story."""
    if last is None:
        return
    end = next((i for i, line in enumerate(lines) if line is last), len(lines))
    for i in range(1, end):
        title, source = lines[i - 1], lines[i]
        if (source.role == "body" and title.role == "body" and _SOURCE_ALONE.match(source.text)
                and _words(title.text) <= MAX_CHART_TITLE_WORDS and not _ends_like_sentence(title.text)
                and not title.text.endswith(":") and _title_cased(title.text)):  # (not a list's last item)
            title.take("boilerplate", "chart_title")
            source.take("boilerplate", "chart_title")


def _mark_named_portraits(lines: list[_Line], first: int, last: _Line | None) -> None:
    """Between paragraphs, a name alone in capitals is the caption of a portrait of someone the text quotes
    ("RUDY HARTANTO WIBISONO" between the consul's paragraphs, Utusan Malaysia): not a subheading, whose words are
    ordinary ones or a place's."""
    if last is None:
        return
    end = next((i for i, line in enumerate(lines) if line is last), len(lines))
    text = None
    for line in lines[first + 1:end]:
        if line.role != "body" or not _name_in_capitals(line.text) or not _signed_in_capitals(line.text):
            continue  # (not a place's subheading: "SRI LANKA", "HO CHI MINH CITY")
        text = text or "\n".join(other.text for other in lines if other.role == "body")
        if any(re.search(rf"\b{re.escape(word)}\b", text) for word in line.text.title().split()):
            line.take("boilerplate", "photo_caption")


def _repeated_with_credit(first: str, second: str) -> bool:
    """The caption again, its credit added: "... Selasa (20/1/2026)." then "... Selasa (20/1/2026). /ANTARA/HO-Dinkes
    Sikka/" (the photo's alt text, then its caption)."""
    shorter, longer = sorted((first, second), key=len)
    return (len(shorter) >= MIN_CREDITED_REPEAT_CHARS and longer.startswith(shorter) and longer != shorter
            and _has_photo_credit(longer) and not _has_photo_credit(shorter))


MIN_CREDITED_REPEAT_CHARS = 40


def _mark_captions(lines: list[_Line]) -> None:
    """Image captions: a line repeated right after itself, or a line ending in a photo credit."""
    body = [line for line in lines if line.role == "body"]
    first = _first_paragraph(lines)
    header = {id(line) for line in lines[:first]}
    position = {id(line): i for i, line in enumerate(lines)}
    for previous, current in pairwise(body):
        repeated = (_without_zoom_button(previous.text) == _without_zoom_button(current.text)
                    or _repeated_with_credit(previous.text, current.text)) and not (
            _looks_like_byline_name(current.text) and _date_or_reading_time_follows(lines, current)) and not (
            # VOA prints its headline again over the photo, a share button between: still the headline (a caption
            # and the photo's alt text are printed one right under the other); so does a headline printed twice right
            # over its byline (Disway's regional papers)
            id(current) in header and _is_title(current.text) and _words(current.text) >= 6
            and (position[id(current)] - position[id(previous)] > 1 or _byline_under(lines, position[id(current)])))
        # A line printed twice in a row is a caption (the image's alt text and its caption), whatever it reads like;
        # but a name twice is the writer's photo and name (Tech in Asia's byline), left for the byline.
        if repeated and (_words(current.text) <= MAX_REPEATED_CAPTION_WORDS or _has_photo_credit(current.text)):
            previous.take("boilerplate", "duplicated_caption")
            current.take("boilerplate", "duplicated_caption")
    # Yonhap's photo under the lead bears the headline and its number: "(2nd LD) 2 dead, 3 missing ... - 1".
    texts = {line.text for line in lines[:first + 1]}
    for line in body:
        if (numbered := _NUMBERED_PHOTO.match(line.text)) is not None and numbered["headline"] in texts:
            line.take("boilerplate", "duplicated_caption")
    # A bracketed credit on the text's last sentence credits the story ("... kota. (Tribun Jabar/Nama)"), not a photo.
    # Found only when a credit asks (reading every line from the end for prose costs more than the rest here).
    found: list[_Line | None] = []

    def last_prose() -> _Line | None:
        if not found:
            found.append(next((line for line in reversed(body) if _is_prose(line.text)), None))
        return found[0]

    for line in body:
        if line.role != "body":
            continue
        photo = _credited_photo(line.text, id(line) in header)
        if photo and line is last_prose() and (_SITE_AND_REPORTER.search(line.text) is not None or (
                (archive := _ARCHIVE_CREDIT_ENDING.search(line.text)) is not None and (
                    _reports_speech(line.text)
                    or not _reads_as_uncredited_caption(line.text[:archive.start()].rstrip())))):
            # "... hingga siang hari. (wartabanjar.com/rizky)", "... ujar Kepala BPBD. (Haluan Riau/Dok)": the site
            # and its reporter or its archive sign the story (a scene over the credit is a photo's: "Suasana aksi
            # mahasiswa di depan rektorat, Senin (9/11/2026). (PK/Dok)")
            photo = False
        if photo or (line is not body[-1] and _caption_by_source(line, last_prose)):
            line.take("boilerplate", "photo_caption")
    for i in range(1, len(lines)):
        # The caption right above its credit on a line of its own ("Kirana resmi mendaftarkan gugatan cerai." then
        # "Foto: Instagram @kiranamaheswari", "TRIBUNNEWS.COM/NAMA").
        # Not the text's last paragraph over the story's credit: "... sejak Januari 2024." then "(Tribunnews.com/Nama)".
        previous, current = lines[i - 1], lines[i]
        # A longer credit ("Photo by: Gold and Goose / Motorsport Images") or an agency's "© Gold and Goose" takes only
        # a caption that is no sentence ("Luca Ferrandi, Ducati Team"): a paragraph may sit over an uncaptioned photo.
        # (a stock picture's source, "Photo from Unsplash", sits between paragraphs with no caption of its own)
        short_credit = current.rule == "photo_caption" and (_words(current.text) <= MAX_SHORT_CREDIT_WORDS
                                                            or current.text.endswith(_HANDOUT_CREDITS)) and (
            _STOCK_SOURCE.match(current.text) is None)
        if (current.rule in ("photo_caption", "copyright_line") and previous.role == "body"
                and _words(previous.text) <= 40 and _words(current.text) <= MAX_CREDIT_ALONE_WORDS
                and (short_credit or not _ends_like_sentence(previous.text))
                and _CREDIT_ALONE.match(current.text) and previous is not last_prose()
                and not ((_DATE_LINE_OPENING.match(previous.text) or _ABBREVIATED_MONTH_OPENING.match(previous.text))
                         and _bare_date_line(previous.text))):
            # (not the date line over the photo's credit: "Minggu, 10 Mei 2026 22:41 WIB", then "TRIBUNJOGJA.COM/Nama";
            # "Nov 24, 2026", then "Photo from Unsplash")
            previous.take("boilerplate", "photo_caption")
    _mark_chart_titles(lines, last_prose())
    _mark_named_portraits(lines, first, last_prose())
    for i in range(_first_paragraph(lines) + 1, len(lines)):
        # Between paragraphs the BBC prints a photo's credit above its caption: "EPA", then "Travellers queue at
        # airline desks ..." (above the text, "Reuters" alone over the date line credits the story).
        previous, current = lines[i - 1], lines[i]
        if (_photo_agency_alone(previous.text) and current.role == "body" and _words(current.text) <= 40
                and not _ends_like_sentence(current.text)
                # not the date line under a byline's agency: "Tess Brennan", "AAP", "Fri, 13 November 2026 4:15PM",
                # "Agence France-Presse", "Updated: October 13, 2026 4:12 pm IST" (NDTV)
                and not ((_DATE_LINE_OPENING.match(current.text) or _STAMP_LABEL.match(current.text))
                         and _bare_date_line(current.text))):
            current.take("boilerplate", "photo_caption")
            if previous.role == "body":
                previous.take("boilerplate", "photo_caption")
    for i in range(1, len(lines) - 1):
        # Under its credit and over the lead's dateline, a caption (Republika: "Foto: Republika/Nama", then "Juru
        # Bicara KPK Nama. KPK menangkap ...", then "REPUBLIKA.CO.ID, JAKARTA -- ...").
        previous, current = lines[i - 1], lines[i]
        if (previous.rule == "photo_caption" and _CREDIT_ALONE.match(previous.text) and current.role == "body"
                and _words(current.text) <= 40 and _ends_like_sentence(current.text)  # no date line or byline
                and (lead := _next_body_line(lines, i + 1, past_date_line=True)) is not None
                and _opens_with_dateline(lead.text)
                # a Tribun caption's kicker looks like a dateline ("ERUPSI GUNUNG RUANG - Kolom abu ..."), the lead
                # below it has the real one
                and (not _opens_with_dateline(current.text) or _KICKER.match(current.text) is not None)):
            current.take("boilerplate", "photo_caption")
    # (the lead: the page's first line to open with such a dateline; a news-in-brief page's later items open so too)
    lead_at = next((i for i, line in enumerate(lines) if line.role == "body" and _CAPITALS_DATELINE.match(line.text)
                    and _is_prose(line.text)), None)
    for i, line in enumerate(lines[:lead_at] if lead_at is not None else ()):
        # Over a lead that opens with its dateline in capitals, a line credited to a news agency is the photo's
        # caption ("... board a flight at Techo International Airport on Nov. 10, 2026. (Kyodo)" over "PHNOM PENH -
        # Cambodia on Tuesday ..."): the agency's credit after a paragraph closes the text, not its lead. Only right
        # over the page's first dated lead, never a news-in-brief item ("KUALA LUMPUR: ... - Bernama").
        if (line.role == "body" and _words(line.text) <= MAX_CAPTION_WORDS
                and (credit := _AGENCY_CREDIT_AT_END.search(line.text)) is not None
                and (credit[1] or credit[2]).casefold() in news_agencies()
                and _next_body_line(lines, i + 1, past_date_line=True) is lines[lead_at]):
            line.take("boilerplate", "photo_caption")
    prose_at = _first_paragraph(lines)
    above = next((i for i in range(prose_at - 1, -1, -1) if lines[i].role == "body"), None) if prose_at < len(
        lines) else None
    if above is not None and (credit := _AGENCY_CREDIT_AT_END.search(text := lines[above].text)) is not None and (
            credit[2] and credit[2].casefold() in news_agencies() and _words(text) <= MAX_CAPTION_WORDS
            and text[:credit.start()].rstrip()[-1:] not in ".!?\"\u201d"
            # (not a brief's lead with its dateline: "KUALA LUMPUR: Kerajaan akan ... hari ini - Bernama"; review 47c)
            and not _CAPITALS_DATELINE.match(text) and not _has_dateline(text)):
        # Over the text, a phrase the wire credits after a dash and no stop: the photo's caption ("Motorcycle taxi
        # drivers rally outside ... in Makassar on December 1 - AFP", Digital Journal)
        lines[above].take("boilerplate", "photo_caption")
    for i in range(1, len(lines)):
        # The caption right above a photo label ("... rumah pompa di Desa Jeruksari." then "Photo :").
        previous, current = lines[i - 1], lines[i]
        if (current.rule == "photo_label" and previous.role == "body" and _words(previous.text) <= 40
                and _credit_follows(lines, i)):
            previous.take("boilerplate", "photo_caption")


# A press release's closing box: "Tentang Pupuk Kaltim" over "PT Pupuk Kalimantan Timur merupakan produsen urea ...";
# "About InJourney Airports" over "PT Angkasa Pura Indonesia (InJourney Airports) is ...".
_ABOUT_HEADING = re.compile(r"^(?:tentang|sekilas|about)\s+(?P<name>(?-i:[A-Z])[\w.&'()-]*(?:\s+[\w.&'()-]+){0,5})$",
                            re.IGNORECASE)
_WHAT_IT_IS = re.compile(r"\b(?:merupakan|adalah|didirikan|bergerak|is an?|is the|was founded|was established)\b",
                         re.IGNORECASE)
# ... a company or a body (not a subheading over the text: "Tentang Lewotobi" over "Gunung Lewotobi adalah ...")
_AN_ISSUER = re.compile(r"\b(?:PT|CV|Perum|Perumda|Tbk|perusahaan|company|corporation|BUMN|BUMD|badan usaha"
                        r"|organisasi|organization|lembaga|yayasan|holding|produsen|operator|pengelola)\b")
MAX_ISSUER_NAME_WORDS = 8  # "PT Angkasa Pura Indonesia (InJourney Airports) merupakan ...": the name opens it
# What a press release's page says it is, in its header or its contact box.
_PRESS_RELEASE_MARK = re.compile(r"^(?:siaran pers|press release|media release|rilis pers|narahubung|kontak media"
                                 r"|media contact|contact person)\b", re.IGNORECASE)


def _mark_about_the_issuer(lines: list[_Line]) -> None:
    """The box under a press release's text that says what its issuer is: a heading "Tentang <name>" (or "About")
    and one paragraph, the text's last, that opens with the issuer's name and says what it is, on a page that says
    it is a press release ("Siaran Pers", "Narahubung", "Media Contact"; not a subheading of a report: "Tentang
    Pelaku", "Tentang Perusahaan"; review 47b) or on the issuer's own site (its copyright notice holds the name)."""
    body = [i for i, line in enumerate(lines) if line.role == "body"]
    if len(body) >= 3 and lines[body[-1] - 1].role != "body":
        body[-2] = body[-1] - 1  # the heading taken with the list of links over it ("Berita Lainnya", its headlines)
    if len(body) < 3 or (heading := _ABOUT_HEADING.match(lines[body[-2]].text)) is None or not (any(
            _PRESS_RELEASE_MARK.search(line.text) for line in lines) or _owns_the_site(heading["name"], lines)):
        return
    last = lines[body[-1]].text
    opening = {w.casefold() for w in re.findall(r"[\w-]{4,}", " ".join(last.split()[:MAX_ISSUER_NAME_WORDS]))}
    words = {w.casefold() for w in re.findall(r"[\w-]{4,}", heading["name"])}
    if _WHAT_IT_IS.search(last[:200]) and _AN_ISSUER.search(last[:200]) and words & opening:
        for i in body[-2:]:
            lines[i].take("boilerplate", "press_release_about")


def _owns_the_site(name: str, lines: list[_Line]) -> bool:
    """Whether the page's copyright notice holds `name`: "Tentang PT Garam (Persero)" over the last paragraph of a news
    page on the company's own site ("© 2026 PT Garam (Persero)."), a box about the site's owner, whatever the page
    is."""
    folded = name.strip().casefold()
    return len(folded) >= 4 and any(folded in notice.casefold() for notice in _copyright_notices(lines))


# A label alone ("Topics", "Tags") over one line of its items between commas: "Infrastructure & Maintenance, Rolling
# Stock, Safety" (Global Railway Review).
# (three items at least, no figures: not a headline with a comma, "Banjir Bandang Terjang Agam, 12 Warga Hilang";
# review 47d)
_TAG_ITEM = r"(?-i:[A-Z][^\W\d]*)(?: [^\W\d]+| &){0,3}"
_TAG_ITEMS = re.compile(rf"{_TAG_ITEM}(?:, {_TAG_ITEM}){{2,}}")


def _mark_tags_after_their_label(lines: list[_Line]) -> None:
    for label, items in pairwise(lines):
        if label.rule == "tag_list" and not label.text.rstrip(": ").count(" ") and items.rule is None and (
                _TAG_ITEMS.fullmatch(items.text)):
            items.take("boilerplate", "tag_list")


MASTHEAD_LINES = 3


def _mark_byline_over_outlet(lines: list[_Line], article: CleanArticle) -> None:
    """A writer's name over the outlet's name, over the date line, under a standfirst (News Corp Australia's papers:
    "Jane Holloway", "The Weekly Times", "May 7, 2026 - 3:45PM"): the byline."""
    masthead = {line.text.casefold() for line in lines[:MASTHEAD_LINES]}  # the site's name over its menu
    for i in range(len(lines) - 2):
        name, outlet, below = lines[i], lines[i + 1], lines[i + 2]
        if name.role == "body" and outlet.role == "body" and below.rule == "metadata:date_line" and (
                _looks_like_byline_name(name.text)) and (
                outlet.text.casefold() in outlet_by_dateline_name() or outlet.text.casefold() in masthead or (
                    article.outlet is not None and outlet.text.casefold() == article.outlet.casefold())):
            article.author = article.author or name.text
            name.take("metadata", "metadata:author")
            outlet.take("metadata", "metadata:outlet")
            return


def _mark_uncredited_header_caption(lines: list[_Line]) -> None:
    """Under the date line or byline and over a lead that opens with its place's dateline, one sentence that does
    not is the photo's caption, credited or not (a regional government's release: "Gubernur Sumbar menyerahkan
    bantuan ... di Jorong Koto Baru." over "Tanah Datar (Biro Adpim) -- Gubernur ..."): the lead is the first
    paragraph."""
    first = _first_paragraph(lines)
    if not 0 < first < len(lines) - 1:
        return
    caption, above_at = lines[first], first - 1
    dated = _has_dateline(caption.text)  # (the first paragraph's dateline: asked once, a probe of the whole reading)
    while above_at > 1 and lines[above_at].role == "boilerplate":
        above_at -= 1  # (an ad's label between the caption and the lead: "(Memontum/bgs)", "ADVERTISEMENT", the lead)
    if lines[above_at].role != "body" or not dated:
        above_at = first - 1
    above = lines[above_at]
    own_credit = above.role == "body" and _credited_to_own_site(above.text, lines)
    if above_at > 0 and above.role == "body" and lines[above_at - 1].role != "body" and (
            dated or _POSITION_MARKER.search(above.text) is not None or own_credit):
        # a credited caption over the lead, which is the first paragraph: "Ketua Komisi IV DPRD Sumbawa, Hj. Salmah
        # Amir (tengah), saat menerima ... (PSNews/Dedi)" over "SUMBAWA BESAR, PSNews - ..."; one that says where
        # someone stands needs no dateline under it ("Manajer GKE Hendra Wibisono (tengah) bersama para pemain di
        # Terminal 3 ... (Dunia Games/Dimas Prasetyo)"), nor one that credits the page's own outlet ("... (DAAI
        # TV/Ardiansyah)" on DAAI TV's page)
        if own_credit or _credited_caption(above.text):
            above.take("boilerplate", "photo_caption")
        return
    if (above.role == "body" or _words(caption.text) > MAX_CAPTION_WORDS
            or any(mark in caption.text for mark in '"\u201c\u201d') or dated):
        return
    kicker = _COLON_KICKER.match(caption.text)
    own = _credited_to_own_site(caption.text, lines)
    if not (own or _credited_caption(caption.text)) and (
            not _reads_as_uncredited_caption(caption.text)
            or _breaks_a_sentence(caption.text[kicker.end() if kicker else 0:-1])):
        return
    lead = _next_body_line(lines, first + 1, past_date_line=True)
    if lead is not None and (own or _has_dateline(lead.text)):
        caption.take("boilerplate", "photo_caption")


# The outlet and its photographer in brackets, closing a caption: "(DAAI TV/Ardiansyah)".
_OUTLET_AND_PHOTOGRAPHER = re.compile(r"\((?P<outlet>[^()/]{2,40})/[^()/]{2,40}\)$")


def _credited_to_own_site(text: str, lines: list[_Line]) -> bool:
    """A caption that credits the page's own outlet and its photographer is a photo's, whatever the lead under it
    holds ("Wisatawan melepas tukik di pantai ... (DAAI TV/Ardiansyah)" on DAAI TV's page)."""
    credit = _OUTLET_AND_PHOTOGRAPHER.search(text)
    return credit is not None and _names_own_site(lines, credit["outlet"].strip())


# A site's or agency's name and the photographer's in brackets, closing a caption: "(Gaung NTB/Randi)",
# "(PSNews/Dedi)".
_SLASH_CREDIT_AT_END = re.compile(r"\s\((?:[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})"
                                  r" ?/ ?(?:[A-Za-z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})\)$")


def _credited_caption(text: str) -> bool:
    """A short line credited to a site and its photographer that opens with the people it shows or says where they
    stand: "Sekda Sumbawa ... berdialog dengan ... (Gaung NTB/Randi)", "..., Hj. Salmah Amir (tengah), saat ..."."""
    credit = _SLASH_CREDIT_AT_END.search(text)
    if credit is None or _words(text) > MAX_CAPTION_WORDS or any(mark in text for mark in '"\u201c\u201d'):
        return False
    shown = text[:credit.start()]
    return _opens_with_people(shown, credited=True) or _POSITION_MARKER.search(shown) is not None


# A standfirst tells the news (a tense, a modal, a report: "will", "telah", "said"); a caption shows a scene and ends
# saying where and when ("... di Nagari Sungai Jambu, Rabu (29/10/2025).", "... at Kampung Penanjong, Tutong.").
_STANDFIRST_WORDS = frozenset({"will", "would", "has", "have", "had", "was", "were", "is", "are", "said", "says", "say",
                               "told", "akan", "telah", "sudah", "kata", "ujar", "menurut", "menilai", "memastikan"})
_WHERE = re.compile(r"\s(?:di|at|in|on)\s")
_WHEN_WORDS = frozenset({"kemarin", "pagi", "siang", "sore", "malam"})
_DAY_IN_BRACKETS_ALONE = re.compile(r"^\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)$")


# Who a caption shows, opening it: an official by the post ("Bupati Tanah Datar ...") or people by what they are
# ("Petugas medis ...", "Warga ..."); a standfirst opens with what happened or who decided ("Banjir bandang
# menerjang ...", "Bank Indonesia cut ...").
_PEOPLE_WORDS = frozenset({"petugas", "warga", "personel", "siswa", "relawan", "pengunjung", "peserta", "pengungsi",
                           "nelayan", "petani", "pedagang", "penumpang",
                           # a ministry's director-general, a post the entities' role words leave out (the
                           # directorate's name after it would join the person's: review 45c)
                           "dirjen"})
# ... and, under a photographer's credit only, more of the people a photo shows ("Pelajar mengenakan masker ...
# (Katakabar/Siti)"): without one, "Pasien BPJS Kesehatan kini bisa berobat ..." is a standfirst.
_PEOPLE_WORDS_CREDITED = _PEOPLE_WORDS | {"pelajar", "murid", "pasien", "pekerja", "pengendara", "pembeli", "buruh",
                                          "jemaah"}


def _reports_speech(text: str) -> bool:
    """Whether a paragraph reports what someone said (a speech verb of name_context.yaml), not a photo's scene."""
    from tasks.entities import is_speech_verb  # the verbs of name_context.yaml, read once per process

    return any(map(is_speech_verb, _LOWER_WORD.findall(text)))


_LOWER_WORD = re.compile(r"\b[a-z]+\b")


def _opens_with_people(text: str, credited: bool = False) -> bool:
    from tasks.entities import is_role_word  # the posts of name_context.yaml, read once per process

    first, _, rest = text.partition(" ")
    first = first.strip(",.:")
    if first.casefold() in _PEOPLE_COUNTS:  # "Lima nelayan Mola yang selamat tiba di ...", "Puluhan warga ..."
        first = rest.split(" ", 1)[0].strip(",.:")
    return first.casefold() in (_PEOPLE_WORDS_CREDITED if credited else _PEOPLE_WORDS) or is_role_word(first)


_PEOPLE_COUNTS = frozenset({"dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
                            "puluhan", "ratusan", "ribuan", "sejumlah", "para", "beberapa"})


def _reads_as_uncredited_caption(text: str) -> bool:
    """A scene, not news: it opens with the people shown and ends saying where or when the photo was taken ("Bupati
    ... menggunting pita peresmian jembatan ..., Sabtu (14/3/2026).")."""
    if not text.endswith(".") or any(word.casefold() in _STANDFIRST_WORDS for word in text.split()):
        return False
    dated = _DATED_ENDING.search(text)
    where = _says_where_a_photo_is(text[:dated.start()] + "." if dated else text)
    # (only a scene that opens with its people, or with a kicker in capitals as Sumut Pos's do: "DIEVAKUASI:
    # Penumpang ..."; "Banjir bandang menerjang tiga desa ..., Sabtu (14/3/2026)." tells the news)
    return (where or dated is not None) and (_opens_with_people(text) or _COLON_KICKER.match(text) is not None
                                             or _shows_a_scene(text))


# What a caption calls the scene it shows: "Suasana pembacaan putusan ... di Ruang Sidang Utama PN Lubuk Pakam."
_SCENE_OPENERS = ("Suasana ", "Tampak ")
# A clause of what brought it about tells the news ("Suasana mencekam menyelimuti warga ... setelah bentrokan dua
# kelompok pemuda pecah ..."): a standfirst, not the scene a photo shows ("Suasana warga mengantre bantuan di ...").
_EVENT_CLAUSE = re.compile(r"\b(?:setelah|usai|seusai|akibat|menyusul|sesudah|ketika|karena|lantaran|imbas|pasca\w*)\b")


def _shows_a_scene(text: str) -> bool:
    return text.startswith(_SCENE_OPENERS) and _EVENT_CLAUSE.search(text) is None


_COLON_KICKER = re.compile(r"^(?-i:[A-Z]{3,}(?: [A-Z]{2,}){0,2})[:.] (?=[A-Z])")  # (or a stop: "PASCA AMBRUK. ...")


# A caption's day and date closing it: "..., Sabtu (14/3/2026).", "..., Kamis (3/12/2026) sore."
_DATED_ENDING = re.compile(r",\s(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\s\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)"
                           r"(?:\s(?:pagi|siang|sore|malam))?\.$")
# Where a photo was taken names the place last: "... di jembatan gantung Desa Tumbang Miri."
MAX_PLACE_TAIL_WORDS = 6


def _says_where_a_photo_is(text: str) -> bool:
    if not text.endswith(".") or any(word.casefold() in _STANDFIRST_WORDS for word in text.split()):
        return False
    last = max(_WHERE.finditer(text), key=lambda found: found.start(), default=None)
    if last is None:
        return False
    tail = [word.strip(",") for word in text[last.end():-1].split()]
    if len(tail) <= MAX_PLACE_TAIL_WORDS and len(tail) >= 2 and all(word[:1].isupper() for word in tail[-2:]):
        return True  # "di jembatan gantung Desa Tumbang Miri": a thing at a named place
    return any(word[:1].isupper() for word in tail) and all(
        word[:1].isupper() or word in _WHEN_WORDS or _DAY_IN_BRACKETS_ALONE.match(word) for word in tail)


def _has_dateline(text: str) -> bool:
    return _dateline_probe(text).dateline is not None


_HANDOUT_CREDITS = tuple(f" / {word}" for word in _HANDOUT_WORDS)
# A news agency's credit closing a caption: "... on Nov. 10, 2026. (Kyodo)", "... this afternoon. - BERNAMA".
_AGENCY_CREDIT_AT_END = re.compile(r"(?:\(([A-Za-z][\w .&-]{1,30})\)|\s[-\u2013\u2014]\s?([A-Z][A-Za-z]{1,20}))$")
# A lead's dateline in capitals: "PHNOM PENH - ", "JAKARTA (ANTARA) - ", "KUCHING: ".
_CAPITALS_DATELINE = re.compile(
    r"^[A-Z][A-Z.'\u2019 -]{2,30}(?:,\s*[A-Z][\w .]{1,30})?(?:\s*\([^)]{2,30}\))?\s*[-\u2013\u2014:]{1,3}\s")


def _next_body_line(lines: list[_Line], start: int, *, past_date_line: bool = False) -> _Line | None:
    """The next line still read as text; past a date line the header has not taken yet ("Rabu, 22 Juli 2026 06:48
    WITA" between a caption and the lead) when asked."""
    return next((line for line in lines[start:] if line.role == "body" and not (
        past_date_line and _DATE_LINE_OPENING.match(line.text) and _bare_date_line(line.text))), None)


def _opens_with_dateline(text: str) -> bool:
    """Whether a paragraph opens with a dateline that names an outlet ("REPUBLIKA.CO.ID, JAKARTA -- ...")."""
    return _dateline_probe(text).outlet is not None


def _dateline_probe(text: str) -> CleanArticle:
    """What a lead's dateline says (place, outlet), read into an empty article."""
    probe = CleanArticle(source_uri="", source_name="", payload_hash="", body_text="")
    _read_dateline(text, probe)
    return probe


# Picture agencies that are no news agency of the register (news_agencies.tsv holds AFP, Reuters, AP, Anadolu ...).
_PICTURE_AGENCIES = frozenset({"getty images", "epa", "epa-efe", "pa media", "shutterstock", "alamy", "nurphoto",
                               "afp via getty images", "bbc"})
_PHOTO_LIBRARIES = _PICTURE_AGENCIES | {"getty", "supplied", "istock", "123rf", "unsplash"}


def _photo_agency_alone(text: str) -> bool:
    """A picture or news agency's name alone on a line: the credit of the photo whose caption follows (BBC)."""
    key = text.casefold()
    return key in _PICTURE_AGENCIES or key in news_agencies()


def _date_or_reading_time_follows(lines: list[_Line], line: _Line) -> bool:
    """Whether a reading time or a date line comes right after `line` (a byline's place)."""
    at = next(i for i, candidate in enumerate(lines) if candidate is line)
    if at + 1 >= len(lines):
        return False
    after = lines[at + 1]
    return after.rule == "reading_time" or (_has_digit(after.text) and dates.parse_date_line(after.text) is not None)


def _credit_follows(lines: list[_Line], label: int) -> bool:
    """Whether the line after the photo label at `label` ("Photo :") is a credit ("ANTARA/Dok. Pemkab")."""
    after = label + 1
    return after < len(lines) and ("/" in lines[after].text or _words(lines[after].text) <= 6) and not (
        _ends_like_sentence(lines[after].text) and _words(lines[after].text) > 6)


_BULLETS = ("\u2022", "\u00b7")


def _mark_metadata(lines: list[_Line], article: CleanArticle) -> None:
    """Source URLs, cited-source lists, wire credits and bylines, wherever the page put them."""
    in_cited_list = False
    first_paragraph = _first_paragraph(lines)
    last_paragraph = max((i for i, line in enumerate(lines) if line.role == "body" and _is_prose(line.text)),
                         default=len(lines))
    # The line right under the text, where outlets credit a wire (a tag list further down may name one too).
    after_last_paragraph = next((i for i in range(last_paragraph + 1, len(lines)) if lines[i].role == "body"), -1)
    for i, line in enumerate(lines):
        if line.rule == "agency_credit" and (reporter := _ANTARA_REPORTER.match(line.text)) is not None:
            article.author = article.author or reporter["name"].strip()  # Antara's "Pewarta: Nama"
        if line.rule in _SOURCE_NOTES:
            for url in _URL.findall(line.text):  # the original of a syndicated text: "Klik untuk baca: https://..."
                _add_cited(article, url)
        if line.rule == "breadcrumb" and (i < first_paragraph or last_paragraph < i <= last_paragraph + 3) and (
                _byline_with_outlet(line.text, article)):
            line.take("metadata", "metadata:author")  # "Rachel Ong Pei Shan / The Edge Singapore": no trail
        if line.rule == "reporter_credit" and article.author is None and (names := _credited_reporters(line.text)):
            article.author = names  # "Laporan Reporter Lampung Geh, Nisa Kurniawati"
            line.take("metadata", "metadata:author")
        if line.role != "metadata" and (cited := _CITED_LINE.match(line.text)) is not None:
            _add_cited(article, cited[1].rstrip(".,;)"))
            line.take("metadata", "metadata:cited_url")
            continue
        if line.role != "metadata" and i > last_paragraph and _SOURCE_WITH_ADDRESS.match(line.text) is not None:
            for url in _ADDRESS_IN_BRACKETS.findall(line.text):
                _add_cited(article, url)
            line.take("metadata", "metadata:source")
            continue
        if line.role != "body":
            continue
        text = line.text
        if i < first_paragraph and text[:1] in _BULLETS:
            text = text.lstrip("".join(_BULLETS) + " ")  # a header's bulleted byline: "• Oleh Teguh Sasmita"
        if in_cited_list and (_URL.fullmatch(text) or _ends_with_url(text)):
            _add_cited(article, _URL.findall(text)[-1])  # an address alone, or a reference that ends with one
            line.take("metadata", "metadata:cited_url")
            continue
        in_cited_list = False
        if (match := _CANONICAL_LINE.match(text)) and _SITE_ROOT.fullmatch(match.group(3)):
            _add_cited(article, match.group(3))  # "Sumber: https://sehatnegeriku.kemkes.go.id": a site, no story's page
            line.take("metadata", "metadata:cited_url")
        elif match:
            article.canonical_url = article.canonical_url or match.group(3).rstrip(".,;")
            line.take("metadata", "metadata:canonical_url")
        elif i < first_paragraph and article.canonical_url is None and _URL.fullmatch(text):
            # An address above the text is the page's own, as a copied page starts with it; below, a source.
            article.canonical_url = text.rstrip(".,;")
            line.take("metadata", "metadata:canonical_url")
        elif _CITED_HEADING.match(text) and (_next_is_url(lines, i) or (
                i + 1 < len(lines) and _ends_with_url(lines[i + 1].text))):
            in_cited_list = True
            line.take("metadata", "metadata:cited_heading")
        elif _URL.fullmatch(text):
            _add_cited(article, text)
            line.take("metadata", "metadata:cited_url")
        elif text.startswith("[") and (note := _FOOTNOTE.match(text)) is not None:
            _add_cited(article, note["url"].rstrip(".,;)"))  # "[1] Mahkamah Konstitusi, ..., 23 Oktober 2025: https://..."
            line.take("metadata", "metadata:cited_url")
        elif (wire := _wire_credit(text)) is not None:
            article.wire_source = article.wire_source or wire
            line.take("metadata", "metadata:wire_source")
        elif (republished := _REPUBLISHED.match(text)) is not None and (
                source := news_agencies().get(republished["names"].casefold()) or (
                    known.name if (known := outlet_by_dateline_name().get(republished["names"].casefold())) else None
                )) is not None:
            # "This article is republished under a community partnership agreement with RNZ." (Asia Pacific Report)
            article.wire_source = article.wire_source or source
            line.take("metadata", "metadata:wire_source")
        elif (source := _WIRE_LINE.match(text)) is not None and (
                _without_desk_initials(source["names"]).casefold() in outlet_by_dateline_name() or (
                    i > last_paragraph and _SOURCE_BODY.fullmatch(source["names"].strip()))):
            # "Source: Al Jazeera", "Sumber : Kompas.com": an outlet; under the text also the body the story rests on
            # ("Source: MPA", SAFETY4SEA)
            line.take("metadata", "metadata:source")
        elif _AUTHOR_LABEL.match(text):
            line.take("metadata", "metadata:author_label")
            _take_author_near(lines, i, article)
        elif i < first_paragraph and _CHECKER_LABEL.match(text):
            line.take("metadata", "metadata:checker_label")
            checker = lines[i + 1] if i + 1 < len(lines) else None
            if checker is not None and checker.role == "body" and _words(checker.text) <= MAX_CHECKER_WORDS and (
                    _looks_like_name(checker.text.split(",")[0])):
                lines[i + 1].take("metadata", "metadata:checker")
        elif i < first_paragraph and _NEWS_TICKER.match(text):
            line.take("boilerplate", "news_ticker")  # another story's title under the ticker's label, over the headline
        elif _DATE_LABEL.match(text) and (i < first_paragraph or _date_line_follows(lines, i)):
            line.take("metadata", "metadata:date_label")  # "Published" over the date line (Motorsport.com)
        elif i < first_paragraph and (match := _BYLINE_IN_PLACE.match(text)) is not None and (
                text[:3].casefold() == "by " or _date_line_follows(lines, i)):
            article.author = article.author or match["name"]  # "Daniel Ko Ting-hin in Bali" (SCMP, The Guardian)
            line.take("metadata", "metadata:author")
        elif i < first_paragraph and (match := _BYLINE_COMMA_PLACE.match(text)) is not None and (
                _date_line_follows(lines, i) and _known_place(match["place"])
                and _looks_like_byline_name(match["name"]) and not _known_place(match["name"])
                and match["name"].split()[0].casefold() not in _OFFICE_CREDITS | _GENERIC_BYLINE_WORDS
                # (under the headline: the page's first line of text is its headline, "Flood Waters Recede, Kelantan")
                and any(above.role == "body" for above in lines[:i])):
            article.author = article.author or match["name"]  # "Rachel Tan, Singapore" over the date line
            line.take("metadata", "metadata:author")
        elif i > first_paragraph and (signed := _SIGNATURE.match(text)) is not None and _office_beside(lines, i):
            article.author = article.author or signed["name"]  # a release's signatory under its office
            line.take("metadata", "metadata:signature")
        elif _EDITOR_LINE.match(text) and _words(text) <= 8:
            line.take("metadata", "metadata:editor")
        elif (0 < i <= first_paragraph + DATE_LINE_REACH
              and (agency := news_agencies().get(text.casefold())) is not None
              and _date_line_follows(lines, i) and lines[i - 1].role == "body"
              and _looks_like_byline_name(lines[i - 1].text)):
            # The writer, then the wire they write for, over the date line: "Tess Brennan", "AAP" (The West
            # Australian's copy of an AAP story); or the section's name from the breadcrumb ("World News", then
            # "Agence France-Presse": NDTV's copy of an AFP story, no writer named).
            if _section_label(lines, lines[i - 1].text):
                lines[i - 1].take("boilerplate", "section_label")
            else:
                article.author = article.author or lines[i - 1].text
                lines[i - 1].take("metadata", "metadata:author")
            article.wire_source = article.wire_source or agency
            line.take("metadata", "metadata:wire_source")
        elif (match := _AUTHOR_INLINE.match(text)) and (agency := _agency_named(match["name"])) is not None:
            # "By Bernama" (The Edge), "By AFP - Agence France Presse" (Barron's): the wire, no writer
            article.wire_source = article.wire_source or agency
            line.take("metadata", "metadata:wire_source")
        elif i <= first_paragraph + DATE_LINE_REACH and _byline_with_outlet(text, article):
            # "Nadia Kusumawardani (The Jakarta Post)", "Tech - Rindang Permata, CNBC Indonesia", "By KATRINA MAE
            # SOLIVEN, GMA Integrated News"
            line.take("metadata", "metadata:author")
        elif (match := _STAFF_BYLINE.match(text)) is not None and (i < first_paragraph or _date_line_follows(lines, i)):
            name = match["name"]
            article.author = article.author or (name.title() if name.isupper() else name)
            line.take("metadata", "metadata:author")  # "ARYO WICAKSONO, Nikkei staff writer"
        elif i < first_paragraph and (titled := _TITLED_BYLINE.match(text)) is not None and (
                _looks_like_byline_name(titled["name"]) and not _known_place(titled["name"])):
            # "Elenoa Turaganivalu Multimedia Journalist [email protected] | @ElenoaFBCNews" (FBC News); the line is
            # left to the header, which finds the headline it sits under
            article.author = article.author or titled["name"]
        elif (match := _dated_byline(text, i < first_paragraph)) is not None:
            article.author = article.author or match["name"]
            article.date_line = article.date_line or match["date"]
            line.take("metadata", "metadata:author")
        elif _STAFF_TITLE.match(text) and i > 0 and (i < first_paragraph or _date_line_follows(lines, i)) and (
                lines[i - 1].role == "body" and _looks_like_byline_name(lines[i - 1].text)):
            # "Lee Wen Xuan" over "Environment Correspondent" (The Straits Times): the title under the name.
            article.author = article.author or lines[i - 1].text
            lines[i - 1].take("metadata", "metadata:author")
            line.take("metadata", "metadata:author_role")
        elif (match := _AUTHOR_INLINE.match(text)) and _words(text) <= 6 and _names_outlet(match["name"]):
            # "Wartawan BBC News Indonesia": the writer's title; the name is on the line above.
            line.take("metadata", "metadata:author_role")
            if i > 0 and lines[i - 1].role == "body" and _looks_like_byline_name(lines[i - 1].text):
                article.author = article.author or lines[i - 1].text
                lines[i - 1].take("metadata", "metadata:author")
        elif (match := _BRACKETED_BYLINE.match(text)) is not None and i > last_paragraph and all(
                map(_looks_like_name, re.split(r",\s*|\s+(?:and|dan|&)\s+", match["name"]))):
            article.author = article.author or _byline_name(match["name"])  # "(By Chao Yu-hsuan and Ken Wang)"
            line.take("metadata", "metadata:author")
        elif (match := _AUTHOR_INLINE.match(text)) and _looks_like_names(
                name := _DEGREES_AFTER_NAME.sub("", _strip_credit_tail(match["name"]))):
            # "By Pacific Island Times News Staff": the newsroom, no writer; "Penulis: Tim Kominfo Gresik": an office's
            # team, no one named
            if not _STAFF_CREDIT.search(name) and not _team_credit(name):
                # (a writer named under the site's admin replaces it: "Diposting oleh Admin Diskominfo | ..." over
                # "Penulis: Wahyu Kusuma"; the admin alone is cleared later, and holds the place of other lines)
                if article.author and _NEWSROOM_BYLINE.match(article.author) and not _NEWSROOM_BYLINE.match(
                        name) and not _among_labelled_rows(lines, i):  # (not a reviewed book's "Penulis:" in its data)
                    article.author = None
                article.author = article.author or _byline_name(name)  # "BY ALVIN JOSEPH ..." in the case names take
            line.take("metadata", "metadata:author")
            _date_after_bar(text, article)
            _wire_after_bar(text, article)
        elif (names := _branded_byline(text, in_header=i < first_paragraph)) is not None:
            article.author = article.author or names or None
            line.take("metadata", "metadata:author")
        elif _REPUBLIKA_CREDIT.match(text):
            if reporter := _REPUBLIKA_REPORTER.search(text):
                article.author = article.author or reporter["name"].strip(" /|")
            line.take("metadata", "metadata:credit")
        elif i < first_paragraph and text.casefold() in news_agencies() and text.casefold() != "antara" and (
                i > 0 or (len(lines) > 1 and _is_title(lines[1].text))):
            # A wire service's name alone above the text credits the story to it ("Reuters" under the headline
            # of The Jakarta Post); Antara is left to the dateline: its own pages print it the same way. Not the
            # agency's own masthead over its menu ("Philippine News Agency", "Home", ...).
            article.wire_source = article.wire_source or news_agencies()[text.casefold()]
            line.take("metadata", "metadata:wire_source")
        elif i == after_last_paragraph and (signed := _CLOSING_BYLINE.match(text)) is not None and (
                news_agencies().get((name := signed["name"] or signed["dashed"]).casefold()) is None
                and _looks_like_byline_name(name) and name.split()[0].casefold() not in _OFFICE_CREDITS
                and (signed["dashed"] is None or not _list_item_at(lines, i))):
            # "(Rendy Tumbelaka)" under the text: its writer, when no byline names one (Okezone's is its editor)
            line.take("metadata", "metadata:closing_name")
        elif i == after_last_paragraph and _CLOSING_SITE_CREDIT.match(text):
            line.take("metadata", "metadata:closing_name")  # "(Yogi/Saibumi)": the reporter's first name and the site
        elif i < first_paragraph and (wired := _AGENCY_THEN_PLACE.match(text)) is not None and (
                agency := news_agencies().get(wired["agency"].casefold())) is not None and (
                wired["place"].casefold() not in news_agencies()) and (  # not two agencies: "AFP, REUTERS"
                wired["place"].isupper() or _known_place(wired["place"])):
            # "AFP, ARANYAPRATHET, Thailand" under the Taipei Times' headline: the wire and the dateline
            article.wire_source = article.wire_source or agency
            article.dateline = article.dateline or wired["place"].title()
            line.take("metadata", "metadata:wire_source")
        elif (translated := _TRANSLATED_FROM.match(text)) is not None:
            # "(Japanese original by Kenta Shoji, Sendai Bureau)" under The Mainichi's English text: its writer
            article.author = article.author or translated["name"]
            line.take("metadata", "metadata:author")
        elif i == after_last_paragraph and _name_in_capitals(text) and _signed_in_capitals(text):
            # "THANH HA" under the text: Vietnamese papers sign their writers so (Nhan Dan)
            line.take("metadata", "metadata:closing_name")
        elif i == after_last_paragraph and (mailed := _NAME_THEN_EMAIL.match(text)) is not None and (
                _looks_like_byline_name(mailed["name"]) and _mailbox_of(mailed["name"], mailed["mailbox"])):
            article.author = article.author or mailed["name"]  # "Sang-Jun Koh sjkoh@donga.com" (The Dong-A Ilbo)
            line.take("metadata", "metadata:author")
        elif i == after_last_paragraph and _EMAIL_ALONE.fullmatch(text):
            line.take("metadata", "metadata:contact")  # the writer's address alone under the text (Times Higher
            # Education: "tom.whitfield@timeshighereducation.com")
        elif i == after_last_paragraph and (agency := _closing_wire_credit(text)) is not None:
            # Below the text, agencies alone credit the story ("REUTERS | AL JAZEERA" under Tempo's text, "(Ant/Z-7)"
            # under Media Indonesia's); between paragraphs a name alone credits a photo.
            article.wire_source = article.wire_source or agency
            line.take("metadata", "metadata:wire_source")
        elif (outlet := outlet_by_dateline_name().get(text.casefold())) is not None:
            # The site's name alone on a line ("CNN Indonesia", "Okezone" under the headline): a label, no text.
            # Only above the text does it name the publisher: lower down, "AFP" alone credits a photo.
            if i < first_paragraph and not _language_switch(lines, i):
                article.outlet = article.outlet or outlet.name
            line.take("metadata", "metadata:outlet")


_LANGUAGE_CODES = frozenset({"en", "id", "jp", "ja", "kr", "ko", "cn", "zh", "ar", "fr", "de", "es", "vn", "vi", "th",
                             "ms", "my", "ru", "pt", "tw"})


def _language_switch(lines: list[_Line], i: int) -> bool:
    """A language code in a row of them over the page ("EN", "ID", "JP", "KR", "CN"): no outlet's initials."""
    near = [line.text.strip().casefold() for line in lines[max(0, i - 2):i + 3]]
    return near[min(i, 2)] in _LANGUAGE_CODES and sum(code in _LANGUAGE_CODES for code in near) >= 3


# The scrolling ticker over a page's headline: a label, then another story's title ("Breaking News: Kejati Aceh Tahan
# Dua Tersangka ..." on Modus Aceh); only above the text, where no paragraph opens that way, and never a sentence.
_NEWS_TICKER = re.compile(r"^(?:breaking news|breaking|news ?flash|berita terkini|info terkini|trending(?: now)?"
                          r"|hot news)\s*[:|\u00bb]\s*\S[^.!?]{10,160}$", re.I)
_FOLLOW_BUTTON = re.compile(r"^\+?\s*follow$", re.I)
# A press release signed under the text: the official's name with their degrees ("Arief Wicaksono, S.H., M.Kes.",
# "Rizal Andika Pratama, Ph.D."), on the line above or below their office ("Kepala Biro Komunikasi ...").
_DEGREE = r"(?:[A-Z][A-Za-z]{0,3}\.(?:\s?[A-Za-z]{1,5}\.?){0,3}|MBA|MPH|MSc|PhD|MM|MH|MT|MA|MSi|MKes)"
_SIGNATURE = re.compile(
    rf"^(?:(?:dr|Dr|Prof|Ir|H|Hj)\.\s*)*(?P<name>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){{1,4}})(?:,\s*{_DEGREE})+$")
_OFFICE_LINE = re.compile(
    r"^(?:plt\.?\s+|plh\.?\s+)?(?:kepala|direktur|sekretaris|juru bicara|kabiro|karo|deputi|ketua|asisten deputi"
    r"|head|director|spokesperson|chief|secretary)\b[^.!?]{0,120}$", re.I)


def _office_beside(lines: list[_Line], i: int) -> bool:
    return any(0 <= j < len(lines) and _OFFICE_LINE.match(lines[j].text) and _words(lines[j].text) <= 14
               for j in (i - 1, i + 1))


def _date_line_follows(lines: list[_Line], i: int) -> bool:
    """A date line right under line i, or under a follow button there ("Nama in Bali", "+ FOLLOW", "Published:
    ..."): what tells a byline from a Title Case headline ("Prabowo Meets Xi Jinping in Beijing")."""
    for j in range(i + 1, min(len(lines), i + 3)):
        text = lines[j].text
        if _FOLLOW_BUTTON.match(text):
            continue
        return _has_digit(text) and dates.parse_date_line(text) is not None
    return False


# Notes that point to where the text first ran, with its address.
_SOURCE_NOTES = frozenset({"syndication_note", "source_article_link"})


# Okezone's byline: "Dimas Prasetyo , Jurnalis-Kamis, 22 September 2022 |14:05 WIB".
_NAME_AND_OUTLET = re.compile(
    r"^(?:[A-Z][\w&]*(?: [A-Z][\w&]*)? - )?(?P<name>[A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+){1,3})"
    r"(?: \((?P<outlet>[^()]{2,40})\)|, (?P<outlet2>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}))$")
# Writers and their outlet after a slash, over or under the text: "Rachel Ong Pei Shan / The Edge Singapore", "Hoang
# Thanh - Truong Dung / Tuoi Tre News" (two writers joined by a dash).
_NAMES_SLASH_OUTLET = re.compile(
    r"^(?P<name>{name}(?: [-\u2013&] {name})?) / (?P<outlet>[A-Z][\w.]*(?: [A-Z][\w.]*){{0,3}})$".format(
        name=r"[A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+){1,3}"))
def _byline_with_outlet(text: str, article: CleanArticle) -> bool:
    """A writer's name with a known outlet's after it (in brackets, after a comma or a slash): the author."""
    if (slashed := _NAMES_SLASH_OUTLET.match(text)) is not None and (
            slashed["outlet"].casefold() in outlet_by_dateline_name()
            and slashed["outlet"].casefold() not in news_agencies()):  # "Vincent Thian / AP" credits a photo
        article.author = article.author or slashed["name"]
        return True
    match = _NAME_AND_OUTLET.match(text)
    outlet = outlet_by_dateline_name().get((match["outlet"] or match["outlet2"]).casefold()) if match else None
    if match is None or outlet is None:
        return False
    if (named := outlet_by_dateline_name().get(match["name"].casefold())) is not None and named.name == outlet.name:
        return False  # the outlet's name and its initials: "Agence Kampuchea Presse (AKP)" over its menu
    article.author = article.author or _byline_name(match["name"])
    return True


# A byline with the writer's post after a comma: "ARYO WICAKSONO, Nikkei staff writer", "Nama, Staff Reporter".
_STAFF_BYLINE = re.compile(
    r"^(?:by\s+)?(?P<name>[A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+){1,3}),\s+(?:[\w.&-]+\s+){0,3}"
    r"(?i:staff writer|staff reporter|correspondent|contributing writer|senior writer|reporter|columnist|editor"
    r"|journalist)$")  # "Huda Ata, Assistant Editor" (Gulf News)
# A writer's title alone on the line under their name: "Environment Correspondent", "Senior Political Reporter".
_STAFF_TITLE = re.compile(
    r"^(?:(?-i:[A-Z])[\w-]*\s+){0,3}(?:correspondent|reporter|writer|editor|journalist|columnist)$", re.I)
_OKEZONE_BYLINE = re.compile(
    r"^(?P<name>[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,4})\s*,\s*Jurnalis\s*[-\u2013\u00b7]\s*(?P<date>.+)$")
# The writer's full name in brackets alone under the text (BeritaManado.com): "(Rendy Tumbelaka)"; not an office's
# credit or a note ("(Humas Polda Jateng)", "(Rilis Pers)", "(Pariwara Pemkab Bogor)").
_CLOSING_BYLINE = re.compile(r"^\((?P<name>(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}))\)$"
                             # after a dash, initials too (Baguio Midland Courier): "– Gerald O. Ticag"
                             r"|^[-\u2013\u2014]\s?(?P<dashed>(?-i:[A-Z][a-z]+(?: [A-Z]\.| [A-Z][a-z]+){1,4}))$")
_CLOSING_SITE_CREDIT = re.compile(r"^\((?-i:[A-Z][a-z]+)/(?-i:[A-Z][\w.]+(?: [A-Z][\w.]+)?)\)$")
_OFFICE_CREDITS = frozenset({"humas", "tim", "dok", "redaksi", "admin", "biro", "bagian", "sumber", "advertorial",
                             "pariwara", "rilis", "foto", "kerja", "iklan", "ilustrasi", "istimewa", "laporan"})
# WordPress's post meta: "Posted in Local News / By Hafiz Azman / 13 October 2026 8:05 pm / 41 comments".
# The writer's name, then the post without a comma, maybe an address or a handle: "Elenoa Turaganivalu Multimedia
# Journalist [email protected] | @ElenoaFBCNews".
_TITLED_BYLINE = re.compile(r"^(?!by\s)(?P<name>(?-i:[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){1,3}?)) "
                            r"(?:(?:multimedia|senior|chief|"
                            r"staff|digital|political|business|sports?) )?(?:journalist|reporter|correspondent|"
                            r"writer)\b(?:\s+\S+){0,6}$", re.I)
# The writer's name and the day on one line over the text (Beef Central): "Liam Prendergast, 20/10/2026".
_NAME_DATE_BYLINE = re.compile(r"^(?P<name>(?-i:[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){1,3})), (?P<date>\d{1,2}/\d{1,2}/\d{4}"
                               r"|\d{1,2} [A-Za-z]+ \d{4}|[A-Za-z]+ \d{1,2},? \d{4})$")
# The label, the writer and the day glued together (BandungBergerak.id): "Penulis Iqbal Firmansyah21 Oktober 2025".
# (or "by" and the day after blanks: "by Ratih Anggraeni  3 Desember 2026", "By Jane Doe December 3, 2026")
_GLUED_DATE_BYLINE = re.compile(r"^(?:penulis|oleh|reporter|by)\s*:?\s*"
                                r"(?P<name>(?-i:[A-Z][A-Za-z'.-]*(?: [A-Z][A-Za-z'.-]*){0,4}?))"
                                r"\s*(?P<date>\d{1,2} [A-Za-z]+ \d{4}|[A-Za-z]+ \d{1,2}, \d{4})$", re.I)
_POSTED_IN_BYLINE = re.compile(r"^posted in [^/]{1,40} / by (?P<name>[^/]{3,60}) / (?P<date>[^/]{6,40})"
                               r"(?: / \d+ comments?)?$", re.I)
# ... or the day first: "Posted on 26 November 2026 by Jemima Kwalea" (SIBC)
_POSTED_ON_BY = re.compile(r"^(?:posted|published|diposting|diterbitkan) (?:on|pada) (?P<date>[\w ,./:-]{6,40}?) "
                           r"(?:by|oleh) (?P<name>(?-i:[A-Z])[\w.'-]*(?: (?-i:[A-Z])[\w.'-]*){1,3})$", re.I)
# ... or the day, a bar and the writer: "Diposting: Rabu, 15 Juli 2026 | Oleh: Nama" (regional governments' sites).
_POSTED_THEN_BY = re.compile(r"^(?:(?:posted|published|diposting|diterbitkan|dipublikasikan)\s*(?:on|pada)?\s*:?\s*)?"
                             r"(?P<date>[\w ,./:-]{6,40}?)\s*[|\u00b7\u2022]\s*(?:oleh|by|penulis)\s*:?\s*"
                             r"(?P<name>(?-i:[A-Z])[\w.'-]*(?: (?-i:[A-Z])[\w.'-]*){0,3})$", re.I)
_ANTARA_REPORTER = re.compile(r"^pewarta\s*:\s*(?P<name>[^,/|]{3,60}?)(?=\s+(editor|redaktur|penyunting)\b|[,/|]|$)",
                              re.I)
# Antara's initials under the text, in brackets or alone with the editor's code: "(ant/dhf)", "ant/mb06" (Mata Banua);
# after the desk's own initials on a regional paper's copy of Antara's story: "(rdr/ant)".
_ANTARA_INITIALS = re.compile(r"^(?:\((?-i:[a-z0-9]{1,6}/)*(ant|antara)(/[\w.-]+)*\)|(ant|antara)(/[\w.-]+)+)$", re.I)


def _posted_by_office(name: str) -> bool:
    """An office, a desk or the outlet itself, not a writer: "Tim Humas ...", "Pemerintah Kota Kupang", "SIBC News",
    "Island Sun Editor", "Solomon Star"."""
    words = name.casefold().split()
    return (words[0] in _OFFICE_CREDITS or words[0] in _GOVERNMENT_WORDS
            or words[-1] in ("editor", "news", "desk", "writer")
            or _STAFF_CREDIT.search(name) is not None or name.casefold() in outlet_by_dateline_name())


_GOVERNMENT_WORDS = frozenset({"pemerintah", "pemkot", "pemkab", "pemprov", "diskominfo", "dinas", "kementerian",
                               "dinkes", "kominfo", "protokol"})


def _dated_byline(text: str, in_header: bool) -> re.Match[str] | None:
    """A byline with the writer's name and the day ("Nama, Jurnalis - Senin, ...", "Liam Prendergast, 20/10/2026")."""
    posted = (_POSTED_ON_BY.match(text) or _POSTED_THEN_BY.match(text)) if in_header else None  # (under the text:
    # a related post's line)
    if posted is not None and posted.re is _POSTED_THEN_BY and dates.parse_date_line(posted["date"]) is None:
        posted = None  # "Berita Utama | Oleh: Rudi Hartono": no day before the bar
    if posted is not None and _posted_by_office(posted["name"]):
        posted = None  # "Diposting pada 8 Oktober 2026 oleh Tim Humas Diskominfo Bone": an office posted it, no writer
    glued = _GLUED_DATE_BYLINE.match(text) if in_header else None
    if glued is not None and (glued["name"].split()[0].casefold() in dates.DAY_NAMES or not dates.parse_date_line(
            glued["date"]) or _posted_by_office(glued["name"]) or glued["name"].casefold() in news_agencies()):
        glued = None  # "By Tuesday 3 December 2026": a day, no writer; "By AFP ...", "By Staff Writer ...": no one
    match = _OKEZONE_BYLINE.match(text) or _POSTED_IN_BYLINE.match(text) or posted or glued
    if match is None and in_header and (named := _NAME_DATE_BYLINE.match(text)) is not None and (
            _looks_like_byline_name(named["name"]) and _ends_like_a_name(named["name"])
            and not _known_place(named["name"]) and dates.parse_date_line(named["date"]) is not None):
        return named  # (a place or a label and the day is the date line: "Banda Aceh, 20 Oktober 2026", "Last
        # Updated, 20 October 2026")
    return match


def _closing_wire_credit(text: str) -> str | None:
    """The first agency of a line made of agency names only ("REUTERS", "AFP | AP"), or Antara's initials."""
    if _ANTARA_INITIALS.match(text):
        return news_agencies().get("antara", "Antara")
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]  # "(Yonhap)" under The Korea Bizwire's copy
    text = text.lstrip("-\u2013\u2014 ")  # "— Bernama" under Selangor Journal's
    names = [n.strip() for n in re.split(r"[|/,&]", text) if n.strip()]
    agencies = news_agencies()
    if names and len(names) <= 4 and all(n.casefold() in agencies for n in names):
        return agencies[names[0].casefold()]
    return None


def _names_outlet(name: str) -> bool:
    """Whether a credit names a publisher rather than a person ("BBC News Indonesia", "Kompas.com")."""
    key = name.strip().casefold()
    known = outlet_by_dateline_name()
    words = key.split()
    return any(" ".join(words[:n]) in known for n in range(1, min(3, len(words)) + 1))


# A bar needs no spaces round it: "Reporter: Nama|Editor: Nama|Selasa 10-03-2026,13:45 WIB".
# A body's name or initials as a story's source under the text: "MPA", "Maritime and Port Authority of Singapore".
_SOURCE_BODY = re.compile(r"(?-i:[A-Z][\w&.'-]*)(?: (?:of|and|for|the|(?-i:[A-Z][\w&.'-]*))){0,7}")
_CREDIT_SEPARATOR = re.compile(r"\s*\|\s*|\s+[\u2013\u2014-]\s+")


def _date_after_bar(text: str, article: CleanArticle) -> None:
    """Credit lines that carry the date after a bar, a dash or "pada": "Reporter : Nama | Senin, 10 Oktober 2022
    21:12" (Merdeka), "Oleh: Nama - 20 Oktober 2022 | 15.32 WIB" (Tirto), "Diposting oleh Nama pada 27 Mei 2025"."""
    for separator in (*_CREDIT_SEPARATOR.finditer(text), *_POSTED_ON.finditer(text)):
        rest = text[separator.end():]
        if dates.parse_date_line(rest):
            article.date_line = article.date_line or rest
            return


def _wire_after_bar(text: str, article: CleanArticle) -> None:
    """A wire credited after a bar in the byline: "Penulis: Redaksi | Sumber: ANTARA" (a site running the agency's
    story)."""
    for part in text.split("|")[1:]:
        if (wire := _wire_credit(part.strip())) is not None:
            article.wire_source = article.wire_source or wire
            return


_BYLINE_WORD = re.compile(r"^(?:by|oleh)\s+", re.I)


# (a plural is a desk, never one writer: "By AF Reporters", Asia Financial)
_STAFF_CREDIT = re.compile(r"\b(?:news )?staff(?: writers?| reporters?| reports?)?$|\bweb desk$|\btim redaksi$"
                           r"|\b(?:reporters|correspondents)$", re.I)


# Academic degrees after a writer's name: ", S.H.", ", S.Sos.", ", M.Si.", ", Ph.D." (a legal site's lawyers sign so).
_DEGREES_AFTER_NAME = re.compile(r"(?:,\s*(?-i:(?:S|M)\.\s?(?:H|E|T|Si|Sos|Kom|Pd|Ked|Hum|Psi|Ag|Farm|Kep|IP|Sc|A|M|Kn)"
                                 r"|Ph\.\s?D|Lc|MBA|MH|SH|SE)\.?)+$")


def _byline_name(name: str) -> str:
    """A writer's name without "By" or a closing full stop, in the case names are written in ("KATRINA MAE SOLIVEN"
    -> "Katrina Mae Soliven", "Penulis: Dian Rahmawati." -> "Dian Rahmawati"; an initial keeps its stop)."""
    name = _BYLINE_WORD.sub("", name.strip())
    name = _DEGREES_AFTER_NAME.sub("", name)  # "Nadia Putri Anindita, S.H." is Nadia Putri Anindita
    if name.endswith(".") and len(name.rsplit(" ", 1)[-1]) > 3:
        name = name[:-1]
    return name.title() if name.isupper() else name


def _branded_byline(text: str, in_header: bool = True) -> str | None:
    """The names of a byline such as "Anisa Indraini, Ilyas Fadilah - detikFinance" ("" for "Tim detikcom -
    detikNews": a byline without a person's name); None when the line is not a byline."""
    match = _AUTHOR_BRAND.match(text)
    if match is None:
        return None
    brand = match["brand"]
    if match["sep"].strip() == "|" and " / " not in match["names"] and not all(
            _reads_as_a_name(name.strip()) for name in match["names"].split(",")):
        return None  # "Writer / Editor | SOLOPOS.com", "Nama | Insertlive"; not "<headline> | Tempo", "REUTERS | AFP"
    # "Ravi Ardiansyah - Sport": a section's name after the writer's, as detik prints its channel's; in the header
    # only ("Purbaya Yudhi Sadewa - Keuangan" in a list of ministers is the text's).
    section = in_header and brand.casefold() in _SECTION_WORDS and match["sep"].strip() in "-\u2013\u2014" and all(
        _words(name) >= 2 for name in match["names"].split(","))
    if not (_DETIK_CHANNEL.match(brand) or brand.casefold() in outlet_by_dateline_name() or section):
        return None
    if (named := outlet_by_dateline_name().get(match["names"].strip().casefold())) is not None and (
            named is outlet_by_dateline_name().get(brand.casefold())):
        return None  # the site's brand and its address over its menu: "BANPOS | bantenpos.co"
    # "Nama Penulis / Nama Editor | SOLOPOS.com": the writer, then the editor after a slash.
    writer, _, editor = match["names"].partition(" / ")
    # "By KATRINA MAE SOLIVEN, GMA Integrated News": the writer without "By", in the case a name is written in.
    names = [_byline_name(name) for name in writer.split(",")]
    if match["sep"].startswith(",") and any(_words(name) < 2 for name in names):
        return None  # "Jakarta, CNBC Indonesia" is a dateline; CNBC's byline is "Hana Pramesti, CNBC Indonesia"
    if all(_looks_like_name(name) for name in names) and (not editor or _looks_like_name(editor.strip())):
        return ", ".join(names)
    return "" if len(match["names"].split()) <= 4 else None


def _ends_with_url(text: str) -> bool:
    """A reference that ends with its address: "World Bank. (2016). The cost of fire ... Retrieved from https://..."."""
    return "://" in text[-200:] and (found := _URL.findall(text)) != [] and text.rstrip(" .").endswith(
        found[-1].rstrip(" ."))


def _next_is_url(lines: list[_Line], i: int) -> bool:
    return i + 1 < len(lines) and bool(_URL.fullmatch(lines[i + 1].text))


def _add_cited(article: CleanArticle, url: str) -> None:
    url = url.rstrip(".,;:)]")
    if url not in article.cited_urls:
        article.cited_urls.append(url)


# The desk's initials after the source ("Sumber: Antara/dil", "Sumber: CNA/fa"): the editor who handled the copy.
_DESK_INITIALS = re.compile(r"\s?/\s?(?-i:[a-z]{2,4})$")


def _without_desk_initials(names: str) -> str:
    tail = _DESK_INITIALS.search(names.strip())
    if tail is None or tail[0].strip(" /").casefold() in news_agencies():
        return names.strip()  # "Sumber: Kompas.com/afp": the agency, in lower case
    return names.strip()[:tail.start()]


def _wire_credit(text: str) -> str | None:
    """The agency in a credit line such as "Sumber AFP" or "Sumber: Reuters, AP"; None otherwise."""
    match = _WIRE_LINE.match(text) or _DASHED_WIRE_LINE.match(text)
    if not match:
        return None
    credited = _without_desk_initials(match["names"])
    names = [n.strip() for n in re.split(r",|/|&|\bdan\b|\band\b", credited) if n.strip()]
    agencies = news_agencies()
    wires = [agencies[n.casefold()] for n in names if n.casefold() in agencies]
    # With the agency, the outlet it took the story from: "SOURCE: POST-COURIER/PACNEWS" (a name in capitals).
    if not wires or any(n.casefold() not in agencies and not (n.isupper() or n.casefold() in outlet_by_dateline_name())
                        for n in names):
        return None
    return wires[0]


# The writer's beat before the name: "By Indonesia correspondent Nama" (ABC News), "By political reporter Nama",
# "Penulis Kontributor Lampung, Nama" (Kompas.com's regional contributors).
_ROLE_BEFORE_NAME = re.compile(
    r"^(?:(?:[\w-]+\s+){0,3}?(?:correspondent|reporter|editor|writer|journalist|producer)\s+(?=(?-i:[A-Z]))"
    r"|(?:kontributor|koresponden|wartawan|jurnalis)(?: (?-i:[A-Z])[\w-]*){1,3},\s+)", re.I)
# The day after the name in a posting line: "Diposting oleh Nama pada 27 Mei 2025", "Posted by Nama on May 27",
# Mongabay's "oleh Nama [Sigi] di 2 February 2026" (the place the writer files from in brackets).
# (WordPress themes: "By Nama Posted on 5 November 2025, 13:05 WITA")
_POSTED_ON = re.compile(r"(?:\s+\[[^\[\]]{2,40}\])?\s+(?:(?i:posted|published|diposting|diterbitkan)\s+)?"
                        r"(?:(?:pada|on)\s+(?=\d|(?-i:[A-Z]))|di\s+(?=\d))")


# The place the writer files from, in brackets after the name: "Laporan: HENDRI SAPUTRA (Pekanbaru)" (Riau Pos).
_PLACE_AFTER_NAME = re.compile(r"\s+\((?-i:[A-Z])[\w .'-]{1,30}\)$")


# (the place in capitals, or in title case: "AFP, Lhokseumawe, Indonesia", The Daily Star; then a known place)
_AGENCY_THEN_PLACE = re.compile(r"^(?P<agency>[A-Za-z]{2,12}), "
                                r"(?P<place>(?-i:[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2}))"
                                r"(?:, (?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?))?$")
_TRANSLATED_FROM = re.compile(r"^\((?:\w+ )?original by (?P<name>(?-i:[A-Z][\w.'-]+)(?: (?-i:[A-Z][\w.'-]+)){1,3})"
                              r"(?: and (?-i:[A-Z])[\w.' -]{2,40}?)?(?:,[^()]{2,60}| of [^()]{2,60})?\)$", re.I)


def _ordinary_words_only(name: str) -> bool:
    """Only frequent words, a label's ("Redaksi", "Nasional", "Admin"), no place's or person's name."""
    from tasks.entities import is_ordinary_word  # discovery's word frequencies, read once per process

    return all(is_ordinary_word(word) for word in name.split())


def _signed_in_capitals(text: str) -> bool:
    """A writer's name in capitals, opening with a given name, not an outlet's or a place's ("TUOI TRE", "BINH DUONG")
    nor a label's ("NEWSLETTER SIGNUP")."""
    from tasks.entities import given_names, opens_vietnamese_name  # discovery's word lists, read once per process

    name = text.title()
    first = name.split(" ", 1)[0]
    return ((first.casefold() in given_names() or opens_vietnamese_name(first)) and not _known_place(name)
            and text.casefold() not in outlet_by_dateline_name())


def _name_in_capitals(text: str) -> bool:
    """Two to four words of letters only, in capitals ("THANH HA")."""
    words = text.split()
    return text.isupper() and 2 <= len(words) <= 4 and all(word.isalpha() for word in words)


def _list_item_at(lines: list[_Line], i: int) -> bool:
    """Whether the dashed line at i is an item of a list (after an intro ending in ":" or beside another item),
    not a writer's name signed after a dash: "- Jalan Asia Afrika"."""
    from tasks.entities import is_ordinary_word

    before = lines[i - 1].text if i > 0 else ""
    after = lines[i + 1].text if i + 1 < len(lines) else ""
    return (before.endswith(":") or before[:1] in "-\u2013\u2014\u2022" or after[:1] in "-\u2013\u2014\u2022"
            or is_ordinary_word(lines[i].text.lstrip("-\u2013\u2014 ").split(" ", 1)[0]))


# The writer, then the editor's label and name on the same line without a separator (PWMU.CO: "Penulis Mohammad Ilham
# Syafii Editor Ahmad Zainudin"); not an editor's own title ("Senior Editor Nama").
_EDITOR_AFTER_NAME = re.compile(r"^(?P<name>(?-i:[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){1,3})) "
                                r"(?-i:Editor|Penyunting|Redaktur)\s*:?\s+(?-i:[A-Z])")
def _team_credit(name: str) -> bool:
    """"Tim Kominfo Gresik", "Tim Humas Pemkab Bone": an office's team, no one named; not "Tim Mayers", "Tim Harahap"
    (a given name and a surname)."""
    words = name.split()
    return len(words) > 1 and words[0].casefold() == "tim" and (len(words) > 2 or words[1].casefold() in (
        _OFFICE_CREDITS | _GOVERNMENT_WORDS | _TEAM_WORDS) or _names_outlet(" ".join(words[1:])))


_TEAM_WORDS = frozenset({"kominfo", "diskominfo", "prokopim", "liputan", "media", "komunikasi", "publikasi", "protokol",
                         "penulis", "peliput", "jurnalis", "wartawan"})
_EDITORS_TITLES = frozenset({"senior", "managing", "political", "business", "sports", "deputy", "chief", "executive",
                             "associate", "contributing", "digital", "news", "foreign", "regional", "assistant"})


def _strip_credit_tail(name: str) -> str:
    name = name.rstrip(" -\u2013\u2014")  # the date on the next line after a dash: "Oleh Anggoro Setiadi -"
    if (edited := _EDITOR_AFTER_NAME.match(name)) is not None and not any(
            word.casefold() in _EDITORS_TITLES for word in edited["name"].split()):
        name = edited["name"]
    name = _ROLE_BEFORE_NAME.sub("", name, count=1)
    name = _EMAIL_AFTER_NAME.sub("", name)  # "BY HAN JI-WOO [han.jiwoo@joongang.co.kr]" (Korea JoongAng Daily)
    name = _POSTED_ON.split(name, maxsplit=1)[0]
    name = _PLACE_AFTER_NAME.sub("", name)
    name = _CLOCK_AFTER_NAME.sub("", name)  # "Penulis: Yosua Matulessy 18:45 WIB | Selasa, 13 Oktober 2026"
    # "Nguyen Hue \u2013 Translated by Thuy Doan": the writer before a dash
    return re.split(r"\s*[|/]\s*|\s+[-\u2013\u2014]\s+|,\s*(editor|penyunting)\b", _WRITERS_ROLE.sub("", name),
                    maxsplit=1, flags=re.I)[0].strip()  # "By Czarina Louise P. Andaya, Reporter"


# The writer's name and address under the text.
_NAME_THEN_EMAIL = re.compile(r"^(?P<name>(?-i:[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,3})) (?P<mailbox>[\w.+-]+)@[\w-]+"
                              r"(?:\.[\w-]+)+$")


def _mailbox_of(name: str, mailbox: str) -> bool:
    """Whether an address's mailbox is the named person's ("sjkoh" for Sang-Jun Koh, "ds" for Dewi Sartika,
    "seungho.baek" for Baek Seung-ho), not a desk's ("press" under "Media Contact", "media" under "Media Relations",
    "humas" under "Humas Pemkab")."""
    from tasks.entities import is_ordinary_word  # discovery's word frequencies, read once per process

    box = mailbox.casefold()
    parts = re.split(r"[\s-]+", name.casefold())
    initials = "".join(part[0] for part in parts)
    inside = [part for part in parts if len(part) >= 3 and part in box]
    return box.startswith(initials) or len(inside) >= 2 or any(not is_ordinary_word(part) for part in inside)
_EMAIL_ALONE = re.compile(r"(?:(?:e-?mail|surel)\s*:\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I)
_EMAIL_AFTER_NAME = re.compile(r"\s*[\[(<]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[\])>]?$")


# A row of a book's or a record's data: "Judul: Bumi Manusia", "Penerbit: Lentera Dipantara", "Tebal: 535 halaman" (not
# a byline's rows under the text: "Kontributor: ...", "Editor: ...").
_LABELLED_ROW = re.compile(r"^(?:judul|penerbit|tebal|isbn|cetakan|harga|tahun terbit|title|publisher|pages|genre"
                           r"|sutradara|director|durasi|pemain)\s*:\s+\S", re.IGNORECASE)


def _among_labelled_rows(lines: list[_Line], i: int) -> bool:
    """Whether line i sits among a record's rows (a reviewed book's "Judul:", "Penulis:", "Penerbit:"): its author
    line is the book's, not the review's (review 48)."""
    return any(0 <= j < len(lines) and _LABELLED_ROW.match(lines[j].text) is not None for j in (i - 1, i + 1))


def _looks_like_name(text: str) -> bool:
    return bool(_NAME_LINE.match(text)) and not any(ch.isdigit() for ch in text)


# Between the names of a byline's writers: "Reporter: Rahma Dwi Anggraini, Yoga Pratama", "Oleh A dan B".
_BETWEEN_NAMES = re.compile(r",\s*(?:(?:dan|and|&)\s+)?|\s+(?:dan|and|&)\s+")
MAX_BYLINE_NAMES = 4


def _looks_like_names(text: str) -> bool:
    """A writer's name, or two to four of them between commas or "dan" (kept as written); not a contributor's town
    before the name ("Kontributor Bali, Ni Komang Ayu Laksmi"), nor an office's name with "dan" in it ("Biro Kerja
    Sama dan Hubungan Masyarakat")."""
    from tasks.entities import given_names, is_body_head, is_ordinary_word, is_role_word  # read once per process

    if _looks_like_name(text):
        return True
    names = _BETWEEN_NAMES.split(text)
    # (each opening with a listed given name or a word no sentence has: not a columnist's post after the name, "Oleh:
    # Ahmad Yani, Dosen Universitas Andalas"; review 48)
    return 2 <= len(names) <= MAX_BYLINE_NAMES and all(map(_looks_like_name, names)) and not any(
        map(_known_place, names)) and all(
        (first := name.split()[0]).casefold() in given_names() or not (
            is_ordinary_word(first) or is_role_word(first) or is_body_head(first)) for name in names)


def _take_author_near(lines: list[_Line], label_index: int, article: CleanArticle) -> None:
    """Bylines printed as a name with a "Penulis" label before or after it; the name may carry the writer's beat
    ("Kontributor Ambon, Yanto Matakena" over "Penulis", Kompas.com's regional contributors)."""
    for j in (label_index - 1, label_index + 1):
        if 0 <= j < len(lines) and lines[j].role == "body" and _looks_like_name(
                name := _ROLE_BEFORE_NAME.sub("", lines[j].text, count=1)):
            article.author = article.author or name
            lines[j].take("metadata", "metadata:author")
            return


def _header_zone(lines: list[_Line]) -> list[_Line]:
    """Lines before the first body paragraph: where titles and date lines live."""
    return lines[:_first_paragraph(lines)]


# A headline may end with a quoted word ("Minta AS 'Tutup Mulut'"); a sentence ends with a mark before the quote.
_QUOTE_CLOSERS = ('"', "'", "\u201d", "\u2019")


def _first_paragraph(lines: list[_Line]) -> int:
    """Index of the first body line that reads like prose (len(lines) when none does)."""
    for i, line in enumerate(lines):
        text = line.text
        if line.role == "body" and is_paragraph(text) and not (
                _words(text) < 30 and text.endswith(_QUOTE_CLOSERS) and text[-2:-1].isalnum()) and not (
                _motto_over_menu(lines, i)) and not _exclaimed_headline(text):
            return i
    return len(lines)


def _exclaimed_headline(text: str) -> bool:
    """A headline in title case that ends with "!" or "?" ("Baru 16 Tahun, Nayla ... Dipanggil Masuk Pelatnas PBSI
    Usai Juara Sirnas!"): a sentence's mark, but no paragraph is written with every word capitalised."""
    words = [word for word in text.split() if word[:1].isalpha()]
    return (text.endswith(("!", "?")) and len(words) >= MIN_TITLE_CASE_WORDS and _words(text) < 30
            and sum(word[0].isupper() for word in words) >= TITLE_CASE_SHARE * len(words))


MIN_TITLE_CASE_WORDS = 6
TITLE_CASE_SHARE = 0.8


# Where a site's motto may sit (under its name, over its menu), and how many menu labels follow it there.
_MOTTO_REACH = 4
_MOTTO_SITE_NAME_WORDS = 5
_MENU_LABELS = 3


def _motto_over_menu(lines: list[_Line], i: int) -> bool:
    """A sentence near the page's top with the site's menu right under it is the site's motto ("Your trusted
    source for Pacific Islands news, ..." over "Home", "News Break", "Business"), not the article's first
    paragraph: a lead is followed by the text."""
    after = lines[i + 1:i + 1 + _MENU_LABELS]
    # under the site's name (or the page's first line, its logo an image), never a lead that introduces a list ("...
    # sebagai berikut.", then "Lombok Barat", "Lombok Tengah", ...)
    under_name = i < _MOTTO_REACH and (i == 0 or _words(lines[i - 1].text) <= _MOTTO_SITE_NAME_WORDS) and not (
        _introduces_list(lines[i].text) or _LIST_INTRO.search(lines[i].text))
    return under_name and len(after) == _MENU_LABELS and all(
        _words(line.text) <= 3 and not _ends_like_sentence(line.text) and not _has_digit(line.text)
        for line in after)


def _mark_header(lines: list[_Line], article: CleanArticle, title_known: bool = False) -> None:
    """Above the first paragraph: the date line, the headline, the byline; the rest there is page furniture."""
    zone = _header_zone(lines)
    # A standfirst under the headline can push the date line just below the first paragraph (Kompas.id).
    first = len(zone)  # the first paragraph: its own date is the text's, never a date line
    # Lines already taken (a caption, CNA's row of share buttons) do not count towards the reach.
    below = list(islice((k for k in range(first + 1, len(lines)) if lines[k].role == "body"), DATE_LINE_REACH))
    dated_headlines: list[_Line] = []
    for k in [*range(first), *below]:
        if k > first and dated_headlines and article.date_line is None:
            _take_dated_headline(dated_headlines[0], article)  # the only dated line above the text, before any below
        line = lines[k]
        if line.role != "body" or _words(line.text) > MAX_DATE_LINE_WORDS:
            continue
        if k > first and (article.date_line is not None or _ends_like_sentence(line.text)):
            continue  # below the first paragraph only a date line that is no sentence, when none came above
        names_and_date = _byline_with_date(line.text)
        if names_and_date is None and _words(_without_post_details(_without_update_stamp(line.text))) > 14:
            continue  # (the time it was updated after the date counts no words: a stamp, no sentence; nor do the
            # post's details after bars: "Rabu, 2 September 2026 | Diposting oleh: admin | Kategori: ... | Dilihat: 9")
        if names_and_date is None and (dates.parse_date_line(line.text) or dates.is_yearless_date_line(line.text)):
            if _dated_headline(line.text):
                dated_headlines.append(line)  # "..., Berlaku 1 Maret 2026": a headline, unless no other line is dated
                continue
            article.date_line = _published_over_updated(article.date_line, line.text)
            line.take("metadata", "metadata:date_line")
            _outlet_from_date_line(line.text, article, lines[0].text.strip() if lines else None)
        elif names_and_date is not None:
            # "Nama Penulis | Nama Editor | Minggu, 12 Maret 2023 - 08:15 WIB" (Solopos), "11 Maret 2023 21:10 WIB ·
            # 4 menit baca" (Kompas.id): the date is one of the line's segments.
            names, date_text = names_and_date
            article.date_line = article.date_line or date_text
            article.author = article.author or names
            line.take("metadata", "metadata:date_line")
    if dated_headlines and article.date_line is None:
        _take_dated_headline(dated_headlines[0], article)
    if title_known:
        # HTML pages: the extractor found the title; drop it where the text repeats it.
        for line in zone:
            if line.role == "body" and line.text == article.title:
                line.take("title", "metadata:title")
    else:
        # Breadcrumbs, section labels and the site's name sit above the headline ("Beranda", "News", "BBC News,
        # Indonesia"): the headline is the first line of the header that reads like one, of four words or more
        # when there is such a line.
        for line in zone:
            if line.role == "body" and _ANGLE_CRUMB.match(line.text):
                line.take("boilerplate", "breadcrumb")  # "Global > Asia Pacific" over the headline
        title = _headline(zone, lines)
        if title is not None:
            article.title = article.title or title.text
            title.take("title", "metadata:title")
            for line in zone:
                if line.role == "body" and line.text == title.text:
                    line.take("title", "metadata:title")  # printed again under the date line (VOA)
            _prefer_date_under_headline(lines, lines.index(title), article)
            for k, line in enumerate(zone):
                if line is title:
                    break
                if _byline_by_date_line(zone, k):
                    continue  # the writer's name beside the date line, both over the headline (VOA Indonesia)
                if line.role == "body" and not (_has_digit(line.text) and dates.parse_date_line(line.text)):
                    # Above the headline sit only the site's menus, labels and promotions, however long
                    # ("Exclusive news, data and analytics ... Learn more about Refinitiv").
                    line.take("boilerplate", "page_furniture")
    # A standfirst can push the date line, and the byline beside it, below the first paragraph (Hukumonline).
    _take_header_byline(lines[:below[-1] + 1 if below else len(zone) + 1], article)
    if title_known:
        return  # HTML: the extractor kept the article's own block, where a short line is a sub-heading
    for line in zone:
        # Short labels only: a longer line may be a lead that lost its full stop.
        if line.role == "body" and _words(line.text) <= MAX_FURNITURE_WORDS and not _ends_like_sentence(line.text):
            line.take("boilerplate", "page_furniture")


def _agency_named(name: str) -> str | None:
    """The news agency a byline's name is, also written with its full name after a dash ("AFP - Agence France
    Presse")."""
    agencies = news_agencies()
    whole = agencies.get(name.strip().casefold())
    if whole is not None:
        return whole
    parts = [part.strip().casefold() for part in _DASH_SEPARATOR.split(name)]
    found = {agencies.get(part) for part in parts}
    return found.pop() if len(parts) == 2 and len(found) == 1 and None not in found else None


def _published_over_updated(current: str | None, line: str) -> str:
    """The header's first date line, unless it is an update stamp and a publication stamp follows it ("Updated
    21:47, 02-Dec-2026", then "Published 09:10, 01-Dec-2026")."""
    if current is None:
        return line
    now, then = _STAMP_LABEL.match(current), _STAMP_LABEL.match(line)
    if now is not None and now["update"] and then is not None and not then["update"]:
        return line
    return current


def _take_dated_headline(line: _Line, article: CleanArticle) -> None:
    article.date_line = line.text
    line.take("metadata", "metadata:date_line")
    _outlet_from_date_line(line.text, article)


# How far a headline sits from its byline, date line or reading time (a section label or caption between).
_HEADLINE_REACH = 3


# How far under the headline its date line may sit: a standfirst, a photo with its caption and credit, the
# writer's name and title between (The Straits Times).
_DATE_UNDER_HEADLINE = 8
# A date line under a standfirst is short: a dated caption is not one ("Warga mengenakan masker ..., Jumat (11/9)").
_SHORT_DATE_LINE_WORDS = 8


# Words of a date line that are not its date: "Diperbarui", "Kompas.com", a place; a headline that names a date has
# more ("Bapanas Naikkan HET Beras Medium Jadi Rp 14.000 per Kg, Berlaku 1 Maret 2026").
MIN_HEADLINE_WORDS_BESIDE_DATE = 6
_DATE_LINE_WORDS = frozenset({
    *dates.DAY_NAMES, *dates.MONTH_NAMES, *dates.MONTH_ABBREVIATIONS, "wib", "wita", "wit", "gmt", "utc", "am", "pm",
    "pukul", "jam", "pagi", "siang", "sore", "malam"})


_DAY_IN_BRACKETS = re.compile(r"\(\d{1,2}/\d{1,2}")  # "Senin (18/9/2023)": a caption's or the text's, no headline's


def _dated_headline(text: str) -> bool:
    beside = sum(1 for w in re.findall(r"[^\W\d_][\w'.]*", text) if w.casefold().rstrip(".") not in _DATE_LINE_WORDS)
    return beside >= MIN_HEADLINE_WORDS_BESIDE_DATE and _is_title(text) and not _DAY_IN_BRACKETS.search(text)


def _byline_by_date_line(zone: list[_Line], k: int) -> bool:
    return zone[k].role == "body" and _looks_like_byline_name(zone[k].text) and _reads_as_a_name(zone[k].text) and any(
        0 <= j < len(zone) and zone[j].rule == "metadata:date_line" for j in (k - 1, k + 1))


def _prefer_date_under_headline(lines: list[_Line], title: int, article: CleanArticle) -> None:
    """The article's date line under its headline, not the site's top bar above it, which prints the day the
    page was read ("Selasa, 15 September 2026" over the menu of Riau Pos, the article's of the 14th below)."""
    above = [line.text for line in lines[:title] if line.rule == "metadata:date_line"]
    if not above or article.date_line not in above:
        return
    for line in lines[title + 1:title + 1 + _DATE_UNDER_HEADLINE]:
        if line.rule == "metadata:date_line" or (
                line.role == "body" and _words(line.text) <= _SHORT_DATE_LINE_WORDS and _has_digit(line.text)
                and not _ends_like_sentence(line.text) and dates.parse_date_line(line.text) is not None):
            article.date_line = line.text  # under a standfirst the header's pass left it: the top bar came first
            line.take("metadata", "metadata:date_line")
            return


def _known_place(name: str) -> bool:
    """Whether the gazetteer knows `name`, exactly, as a place (entities.is_known_place)."""
    from tasks.entities import is_known_place  # the gazetteer, built once per process, shared with normalize

    return is_known_place(name)


def _has_digit(text: str) -> bool:
    """Every date line has a figure; most menu items and labels have none (a cheap test before the parser)."""
    return _DIGIT.search(text) is not None


_DIGIT = re.compile(r"\d")


# The site's name alone on a line anchors the headline only where no byline or date line does (a wire's name alone
# is the byline of a wire story: "Agence France-Presse" under the South China Morning Post's standfirst).
_NAME_ANCHORS = frozenset({"metadata:outlet"})


def _headline(zone: list[_Line], lines: list[_Line]) -> _Line | None:
    """The headline among the header's lines: of four words or more when there is such a line, and the one
    the byline, date line or reading time sits under (a promotion or a menu line above it reads like a
    headline too: "Exclusive news, data and analytics ... Learn more about Refinitiv"); failing that, the one
    under the date line (a page that prints the date first), else the first."""
    candidates = [i for i, line in enumerate(zone) if line.role == "body" and _is_title(line.text)
                  and _site_tagline(line.text) is None]
    if not candidates:
        return None
    # The site's own name ("Kementerian Agama Republik Indonesia") is written again in its footer.
    if len(candidates) > 1:
        marks = _footer_marks(lines, len(zone))
        candidates = [i for i in candidates if not any(zone[i].text.casefold() in m for m in marks)] or candidates
    # A menu of sections copied as one line ("Nasional Daerah Internasional Khutbah Ubudiyah Syariah Opini Video"); a
    # score widget's scorers ("Ilham Firmansyah 23', Matheus Rocha 67' | Dimas Pratama 81'").
    candidates = [i for i in candidates if not _menu_row(zone[i].text) and not _scorers(zone[i].text)] or candidates
    # The story's sections listed over its headline, one of them from the menu: "Air Warfare, Global, Asia Pacific"
    # (Breaking Defense) under the menu's "Global".
    menu = {line.text.casefold() for line in zone if line.role != "body"}
    candidates = [i for i in candidates if not _sections_listed(zone[i].text, menu)] or candidates
    # The breadcrumb leads to the headline: what sits above it is the site's menus, in title case too (Tribun).
    crumb = next((i for i, line in enumerate(zone) if (line.rule == "breadcrumb" and not _names_row(line.text)) or (
        line.role == "body" and _bare_breadcrumb(line.text))), None)
    if crumb is not None:
        candidates = [i for i in candidates if i > crumb] or candidates
    # A section's name printed again over the headline repeats its menu line: "Sosial dan Gaya Hidup" (Alinea.id).
    seen: set[str] = set()
    repeats = set()
    for i, line in enumerate(zone):
        if line.text in seen and _words(line.text) <= MAX_RUBRIC_WORDS:
            repeats.add(i)
        seen.add(line.text)
    candidates = [i for i in candidates if i not in repeats] or candidates
    candidates = _below_the_menu(zone, candidates)
    long_ones = [i for i in candidates if _words(zone[i].text) >= 4]
    # A headline printed twice, over the byline and under the date (Presisi.co), is the one: not the tags over it
    # ("Jembatan MahakamKSOP SamarindaTongkang Batu Bara", copied without their separators).
    long_ones = [i for i in long_ones if _words(zone[i].text) > MAX_RUBRIC_WORDS
                 and sum(line.text == zone[i].text for line in zone) > 1] or long_ones
    if not long_ones and (stated := _headline_with_stops(lines[:len(zone) + _HEADLINE_REACH])) is not None:
        return stated
    long_ones = long_ones or candidates
    # A short line in capitals above the headline is its kicker ("KUALIFIKASI PIALA DUNIA 2026", BolaSport).
    long_ones = [i for i in long_ones if not (zone[i].text.isupper() and _words(zone[i].text) <= 6)] or long_ones
    # A section's name of four words right over a longer headline in title case is the rubric ("Kilasan Kejadian &
    # Tokoh" over "Eks Direktur PT Timah ... Divonis 9 Tahun Penjara"); not a short headline over its deck, which is
    # written as a sentence ("AS & China Berdamai" over "Kedua negara sepakat menurunkan tarif impor").
    if len(long_ones) > 1 and long_ones[1] == long_ones[0] + 1 and _words(zone[long_ones[0]].text) <= MAX_RUBRIC_WORDS \
            and _words(zone[long_ones[1]].text) >= MIN_TITLED_HEADLINE_WORDS and _title_cased(zone[long_ones[1]].text):
        long_ones = long_ones[1:]
    # The byline may sit under a standfirst, which is the header's end (Al Jazeera): look a little past it. The
    # distance is counted in lines no rule removed (share buttons between the headline and the date line).
    kept = [i for i, line in enumerate(lines[:len(zone) + _HEADLINE_REACH]) if line.role != "boilerplate"
            or line.rule == "reading_time"]
    rank = {i: k for k, i in enumerate(kept)}
    # The site's name alone is an anchor only where no byline or date line is one: a court's page prints it under
    # the name of the institution above it ("Mahkamah Agung Republik Indonesia" over "PENGADILAN NEGERI SEMARANG"),
    # far above the headline.
    anchored = [i for i in kept if lines[i].role == "metadata" or lines[i].rule == "reading_time"]
    anchors = [rank[i] for i in anchored if lines[i].rule not in _NAME_ANCHORS] or [rank[i] for i in anchored]
    within = [i for i in long_ones if any(0 < a - rank[i] <= _HEADLINE_REACH for a in anchors)]
    below = within[0] if within else None
    if below is not None and _menu_like(zone[below].text):
        # A row of links over a removed login prompt can sit within reach too ("News Research Events Videos
        # Community Jobs" / "Sign in Register" / "Retail banking" / the headline): a headline written as a sentence
        # under it is the one (Finextra, The Fish Site); an English one (under an Indonesian headline in title case,
        # a line written as a sentence is its deck), and with a removed line between them (right under a headline in
        # title case, "Indonesia Bans Palm Oil Exports Amid Soaring Prices", sits its standfirst; review 45a)
        first = below
        below = next((i for i in within if i > first and not _title_cased(zone[i].text)
                      and not _ENGLISH_LITTLE_WORDS.isdisjoint(zone[i].text.split())
                      and any(line.role == "boilerplate" for line in zone[first + 1:i])), first)
    above = next((i for i in long_ones if any(0 < rank[i] - a <= _HEADLINE_REACH for a in anchors)), None)
    chosen = next(i for i in (below, above, long_ones[0]) if i is not None)
    # Summary points under the headline, over the byline, written as headlines too (MailOnline: "Sarman, 48, was
    # tapping rubber trees ... from behind"): the headline is the first of such long lines in a row.
    # (two points at least: one long line over the headline is another story's link, not a point under it)
    # and a point reads as a sentence, not as a headline in title case ("Warga Desa Sukamaju Gelar Kerja Bakti ...")
    if chosen + 1 in long_ones and _words(zone[chosen + 1].text) >= MIN_SUMMARY_POINT_WORDS and not (
            _title_cased(zone[chosen].text)):
        while chosen - 1 in long_ones and min(_words(zone[chosen - 1].text), _words(zone[chosen].text)) >= (
                MIN_SUMMARY_POINT_WORDS):
            chosen -= 1
    return zone[chosen]


MIN_SUMMARY_POINT_WORDS = 10
MIN_MENU_LIKE_WORDS = 5
# Little words an English headline written as a sentence holds and an Indonesian one does not.
_ENGLISH_LITTLE_WORDS = frozenset({"the", "of", "in", "to", "for", "a", "an", "on", "at", "after", "as", "with", "by",
                                   "over", "from", "is", "are"})


def _menu_like(text: str) -> bool:
    """Five words or more, every one capitalised, none of a headline's little words ("di", "of"), no figure and no
    mark but "&": the look of a row of menu links ("News Species Sustainability Health & Welfare Nutrition")."""
    words = text.split()
    return len(words) >= MIN_MENU_LIKE_WORDS and all(word[0].isupper() or word == "&" for word in words) and not any(
        word.casefold() in _TITLE_LOWER_WORDS for word in words) and all(c.isalpha() or c in " &" for c in text)


# Sections in title case between ">" (Defense News, Tempo English): above the headline only; in the text such a line is
# a menu's path ("Settings > Privacy > Blocked Contacts").
_CRUMB_PART = r"[A-Z][\w&'/-]*(?: (?:&|[A-Z][\w&'/-]*)){0,3}"
# ("»" and "›" too: "Beranda » Berita » Berita Kabupaten/Kota", Bawaslu's sites)
_ANGLE_CRUMB = re.compile(rf"^{_CRUMB_PART}(?: [>\u00bb\u203a] {_CRUMB_PART}){{1,4}}$")


MIN_MENU_LINES = 3
MAX_MENU_ITEM_WORDS = 3
TAGLINE_REACH = 2  # lines from the page's top where the site's tagline sits, under its name
MAX_MASTHEAD_WORDS = 4
_MENU_RULES = frozenset({"page_furniture", "section_label"})


def _below_the_menu(zone: list[_Line], candidates: list[int]) -> list[int]:
    """A site's tagline under its name, over its menu ("INDEKS MEDIA KALTIM" / "Berita Hari Ini di Kalimantan Timur
    (Kaltim)" / "Beranda" / "Samarinda" ...), is no headline when one follows the menu."""
    run = 0
    for i, line in enumerate(zone):
        item = line.rule in _MENU_RULES or (line.role == "body" and _words(line.text) <= MAX_MENU_ITEM_WORDS
                                            and not _ends_like_sentence(line.text))
        run = run + 1 if item else 0
        tagline = i - run  # the line right over the menu, under the site's name at the top of the page
        if run >= MIN_MENU_LINES and 1 <= tagline <= TAGLINE_REACH and tagline in candidates and (
                _words(zone[tagline - 1].text) <= MAX_MASTHEAD_WORDS) and any(
                c > i and _words(zone[c].text) > MAX_MENU_ITEM_WORDS for c in candidates):
            return [c for c in candidates if c != tagline]
    return candidates


def _sections_listed(text: str, menu: set[str]) -> bool:
    """Two or more section names between commas, each of three words or fewer in title case, one of them a menu's."""
    parts = text.split(", ")
    return len(parts) >= 2 and any(part.casefold() in menu for part in parts) and all(
        _words(part) <= 3 and part[:1].isupper() and _title_cased(part) for part in parts)


# A scorer's minute: "Matheus Rocha 67'", "90+2'"; not a quoted figure ("Tarif 'Rp 50.000'"): after a name's letter
# and a space, and in a line that opens no quotation.
def _names_row(text: str) -> bool:
    """"Rina Marlina / Budi Santoso": writers' names between a breadcrumb's separators, no breadcrumb."""
    parts = [part.strip() for part in re.split(r"[/\u00bb\u203a>|]", text)]
    return len(parts) >= 2 and all(_looks_like_byline_name(part) for part in parts)


_GOAL_MINUTE = re.compile(r"(?<=[A-Za-z] )\d{1,3}(?:\+\d{1,2})?['\u2019](?!\w)")
MIN_SCORER_MINUTES = 2


def _scorers(text: str) -> bool:
    return "\u2018" not in text and " '" not in text and len(_GOAL_MINUTE.findall(text)) >= MIN_SCORER_MINUTES
_CRUMB_HOMES = frozenset({"home", "beranda"})
MAX_CRUMB_PLACE_WORDS = 3


def _bare_breadcrumb(text: str) -> bool:
    """A breadcrumb copied without its separators: "Home Flores Flores Timur" (Tribun), the home page, then only
    sections and places the gazetteer knows."""
    words = text.split()
    if not 2 <= len(words) <= 6 or words[0].casefold() not in _CRUMB_HOMES:
        return False
    i = 1
    while i < len(words):
        span = next((k for k in range(min(MAX_CRUMB_PLACE_WORDS, len(words) - i), 0, -1)
                     if words[i][0].isupper() and _known_place(" ".join(words[i:i + k]))), None)
        if span is None and words[i].casefold() not in _SECTION_WORDS:
            return False
        i += span or 1
    return True


# Names of a site's sections and pages, as its menu prints them.
_SECTION_WORDS = frozenset({
    "beranda", "home", "berita", "news", "all", "latest", "semua", "terbaru", "nasional", "internasional", "dunia",
    "world", "regional", "daerah",
    "ekonomi", "bisnis", "business", "sport", "sports", "olahraga", "tekno", "teknologi", "tech", "otomotif",
    "hiburan", "entertainment", "lifestyle", "travel", "kesehatan", "health", "opini", "opinion", "kolom", "foto",
    "video", "indeks", "politik", "politics", "hukum", "pendidikan", "edukasi", "profil", "tentang", "kontak",
    "contact", "layanan", "informasi", "publikasi", "galeri", "gallery", "agenda", "pengumuman", "regulasi",
    "khazanah", "hikmah", "pustaka", "podcast", "peristiwa", "humaniora", "terkini", "lingkungan", "sains",
    "investigasi", "arsip", "cek", "fakta", "science", "environment", "archive", "markets", "market",
    "keuangan", "finansial", "finance", "investasi", "industri", "properti", "seleb", "selebriti", "bola",
    "sepakbola", "wisata", "kuliner", "syariah", "umkm", "startup"})
_MENU_CONNECTORS = frozenset({"and", "dan", "&"})
_MENU_HOMES = frozenset({"home", "beranda", "index", "indeks"})
# ... or three sections among its towns ("Nasional Medan Binjai Langkat Karo Asahan Ekonomi Olahraga"; review 45b)
MIN_SECTIONS_BESIDE_TOWNS = 3
MIN_MENU_SECTIONS = 4  # "Pendidikan Politik Dan Hukum Bagi Pemilih Pemula" has three
_MENU_ENDS = (" about us", " contact us", " tentang kami", " kontak kami", " hubungi kami")


def _menu_row(text: str) -> bool:
    """Six words or more, every one capitalised, four of them and half or more section names: a menu, not a
    headline in title case ("Pemkot Luncurkan Layanan Informasi Kesehatan Dan Pendidikan Gratis" has four in ten)."""
    words = [w for w in text.split() if w.casefold() not in _MENU_CONNECTORS]
    if (len(words) >= 6 and text.casefold().endswith(_MENU_ENDS) and all(w[0].isupper() for w in words[:-1])
            and not any(mark in text for mark in ",:?!")):
        return True  # the links copied in one row, closed by the site's own page: "Home Global ... About us"
    if len(words) < 6 or not all(w[0].isupper() or w[0].isdigit() for w in words):
        return False
    named = sum(w.casefold() in _SECTION_WORDS for w in words)
    # (a regional site's menu lists its towns after its home page or among its sections: "Home Baubau Buton Buton
    # Tengah Buton Selatan Wakatobi Sultra Nasional"; not a headline that lists towns, with a topic word or two:
    # "Wisata Kuliner Solo Jogja Semarang Magelang Diserbu Pemudik", review 45a)
    sections = named + sum(_known_place(w) for w in words if w.casefold() not in _SECTION_WORDS) if (
        words[0].casefold() in _MENU_HOMES or named >= MIN_SECTIONS_BESIDE_TOWNS) else named
    return sections >= MIN_MENU_SECTIONS and 2 * sections >= len(words)


# A footer's copyright line or postal address, where a site writes its own name again.
_FOOTER_MARK = re.compile(
    r"\u00a9|\(c\)|hak cipta|copyright|all rights reserved|\bjl\.|\balamat\b|\btelp\b|\btelepon\b", re.I)


def _footer_marks(lines: list[_Line], header_end: int) -> list[str]:
    """The copyright and address lines below the article's last paragraph, casefolded."""
    last = next((i for i in range(len(lines) - 1, header_end, -1)
                 if lines[i].role == "body" and _is_prose(lines[i].text)), len(lines))
    return [line.text.casefold() for line in lines[last + 1:] if _FOOTER_MARK.search(line.text)]


# (a bar may lose the space on one side: "Rinaldi Sofyan |21.10.2026 - Update : 21.10.2026", Anadolu)
_SEGMENT_SEPARATOR = re.compile(r"\s+[|\u00b7\u2022]\s+|\s+\|(?=\d)|(?<=\w)\|\s+")
_DASH_SEPARATOR = re.compile(r"\s+[-\u2013\u2014]\s+")


def _headline_with_stops(head: list[_Line]) -> _Line | None:
    """A statistics office's release is titled with its findings, full stops included ("Inflasi Year on Year
    November 2025 sebesar 2,58 persen. Inflasi y-on-y tertinggi ..."): the line right above the date line, when no
    line of four words or more reads as a headline (as the text's first sentence, it ends the header zone)."""
    date_line = next((i for i, line in enumerate(head) if line.rule == "metadata:date_line"), None)
    if not date_line:
        return None
    above = head[date_line - 1]
    return above if above.role == "body" and 6 <= _words(above.text) <= 40 and above.text.endswith(".") else None


def _byline_with_date(text: str) -> tuple[str | None, str] | None:
    """(the first name, the date segment) of a header line whose segments are names and one date; None when no
    segment is a date or another segment is neither a name nor the reading time."""
    if (dated_first := _DATE_THEN_WRITER.match(text)) is not None and _looks_like_byline_name(dated_first["name"]) and (
            _reads_as_a_name(dated_first["name"]) and not _posted_by_office(dated_first["name"])) and (
            dates.parse_date_line(dated_first["date"])):
        return dated_first["name"], dated_first["date"]  # "November 25, 2026, by Marta Kovačević" (Offshore Energy)
    segments = _SEGMENT_SEPARATOR.split(text)
    if len(segments) < 2 and (glued := _NAME_BEFORE_DATE.match(text)) is not None:
        name = _WRITERS_REGION.sub("", glued["name"])  # the writer's region after the name: "Nadia Prasetyo Asia"
        words = name.split()
        if _words(name) >= 2 and _looks_like_byline_name(name) and _ends_like_a_name(name) and (
                not _known_place(name)) and (
                not (name == glued["name"] and len(words) > 2 and _known_place(" ".join(words[-2:])))) and (
                dates.parse_date_line(glued["date"])):
            # (a place after the name other than a region leaves it unsure where the name ends: "Kevin Tan Hong Kong")
            return name, glued["date"]  # "Kenneth Loh November 19, 2025" (Splash247): no separator
    if len(segments) < 2:
        # "Nandang Sumarna - 2 Maret 2025, 16:22 WIB" (Pikiran Rakyat): the writer, a dash, the date.
        segments = _DASH_SEPARATOR.split(text, maxsplit=1)
        if len(segments) < 2 or not (_looks_like_byline_name(segments[0]) and _reads_as_a_name(segments[0])):
            return None  # not "Jakarta Pusat - Senin, 2 Maret 2026", "Batas Pendaftaran - 15 Maret 2025"
    dated = [s for s in segments if dates.parse_date_line(s)]
    if len(dated) != 1:
        return None
    others = [s for s in segments if s is not dated[0]]
    # The time in a segment of its own after the date: "Nama | Selasa, 10 November 2026 | 19:12" (TangerangNews).
    clock = next((s for s in others if _CLOCK_SEGMENT.match(s)), None) if segments[-1] is not dated[0] else None
    if clock is not None and segments.index(clock) == segments.index(dated[0]) + 1:
        others.remove(clock)
        start = text.index(dated[0])
        dated = [text[start:text.index(clock, start + len(dated[0])) + len(clock)]]  # as printed, bar and all
    if not all(_looks_like_byline_name(s) or _READING_TIME.match(s) for s in others):
        return None
    names = [s for s in others if _looks_like_byline_name(s)]
    return (names[0] if names else None), dated[0]


# The date, then the writer: "November 25, 2026, by Marta Kovačević".
_DATE_THEN_WRITER = re.compile(r"^(?P<date>.{6,40}?\d{4}(?: \d{1,2}[:.]\d{2}(?: ?(?:WIB|WITA|WIT|[AP]M))?)?),? "
                               r"(?i:by|oleh) "
                               r"(?P<name>(?-i:[A-Z])[\w'.-]+(?: (?-i:[A-Z])[\w'.-]+){1,3})$")
# A writer's name of two to four words right before an English date: "Kenneth Loh November 19, 2025".
# Also the month cut short, the day as an ordinal and no comma, after the writer's region: "by Nadia Prasetyo Asia Nov
# 27th 2026 4 mins" (Earth.Org; the region is no part of the name, see _byline_with_date).
_NAME_BEFORE_DATE = re.compile(
    r"^(?:(?i:by)\s+)?(?P<name>(?-i:[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){1,3})) "
    r"(?P<date>(?:(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December) \d{1,2}, \d{4}"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})\b.*)$")
_CLOCK_SEGMENT = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT|[AP]M))?$", re.I)
# A world region an English site files its writers' stories under, after the name (Earth.Org): not a country or a
# city, which may be a surname ("Andrew Michael Jordan").
_WRITERS_REGION = re.compile(r" (?:(?:South|Southeast|East|Central|North|West|Latin) )?(?:Asia|Africa|Europe|America|"
                             r"Americas|Oceania|Pacific)$| Middle East$")


_READING_TIME = re.compile(r"^(\d+\s+(menit|min(ute)?s?)\s+(baca|read)|waktu baca \d+ menit|dibaca \w+ \d+ menit)$",
                           re.I)


def _before_motto(text: str) -> str:
    """The name before a site's motto ("Bima Ekspres" of "Bima Ekspres – Harian Pagi Bima Dompu"), else ""."""
    head = re.split(r"\s+[-|\u2013\u2014]\s+", text, maxsplit=1)
    return head[0].strip() if len(head) == 2 else ""


def _site_tagline(text: str) -> Outlet | None:
    """The known outlet of a line that is the site's name and motto ("VOI - Waktunya Merevolusi Pemberitaan",
    "Mizzima - News in Myanmar"), not a headline."""
    name = _before_motto(text)
    return outlet_by_dateline_name().get(name.casefold()) if name else None


def _mark_author_repeats(lines: list[_Line], article: CleanArticle) -> None:
    """The writer's name alone on a line, again (an author box above or below the text), is the byline's; a line
    that opens with the writer's name and says what they cover is the box's biography ("Putri is a Jakarta-based
    reporter covering startups ...", "Nadia Kusumawardani covers business ...")."""
    if not article.author:
        return
    names = {article.author, article.author.split()[0]}
    for line in lines:
        if line.role != "body":
            continue
        if line.text == article.author:
            line.take("metadata", "metadata:author")
        elif (bio := _AUTHOR_BIO.match(line.text)) is not None and bio["name"] in names:
            line.take("boilerplate", "author_bio")
        elif line.text.startswith(("About ", "Tentang ")) and line.text.split(" ", 1)[1] == article.author:
            line.take("boilerplate", "author_bio")  # the box's heading: "About Min-ji Carroll" (Defense News)


# The heading of the box under the text that presents its writer: "About the Author" (Earth.Org), "Tentang Penulis".
_AUTHOR_BOX_HEADING = re.compile(r"^(?:about the (?:author|writer|reporter)|tentang (?:penulis|wartawan)"
                                 r"|profil penulis)$",
                                 re.I)


def _mark_author_box_heading(lines: list[_Line]) -> None:
    """The author box's heading, over the writer's name or biography (taken by _mark_author_repeats). Marked after the
    footer, which counts the lines the box sits among to tell the text's end."""
    for i, line in enumerate(lines[:-1]):
        if line.role == "body" and _AUTHOR_BOX_HEADING.match(line.text) and (
                lines[i + 1].rule in ("author_bio", "metadata:author")):
            line.take("boilerplate", "author_box_heading")
        # the box's label and the writer's name under the text, then one short line about the writer: "Ditulis oleh",
        # "Salsabila Nur Azizah", "Penulis yang percaya bahwa cerita kampus selalu lebih seru dari sinetron." (Hipwee)
        # (under the text only: no paragraph after it; in the header the line under the name is the lead; review 48)
        if line.rule == "metadata:author_label" and lines[i + 1].rule == "metadata:author" and i + 2 < len(lines) and (
                (bio := lines[i + 2]).role == "body" and _words(bio.text) <= MAX_AUTHOR_BIO_WORDS) and not any(
                later.role == "body" for later in lines[i + 3:]):
            bio.take("boilerplate", "author_bio")


MAX_AUTHOR_BIO_WORDS = 40
_AUTHOR_BIO = re.compile(
    r"^(?P<name>[A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+){0,3})(?: (?:is an? |is the |adalah |covers |menulis "
    r"|meneliti |researches |mengajar |teaches |writes (?:about|on|for) )"
    # the name as the box's first sentence, then the post: "Anisa Rahmawati. Jurnalis Terakota.id, menulis ..."
    r"|\. (?:Jurnalis|Wartawan|Reporter|Penulis|Kontributor|Journalist|Writer|Correspondent)\b)")


def _section_label(lines: list[_Line], text: str) -> bool:
    """Whether `text` is a step of the page's breadcrumb ("World News" of "Home / World News / ..."): the section's
    name over the headline, no writer's."""
    return any(line.rule == "breadcrumb" and text in (crumb.strip() for crumb in re.split(r"[/>»›|]", line.text))
               for line in lines)


def _take_header_byline(zone: list[_Line], article: CleanArticle) -> None:
    """A name alone on a line next to the headline or the date line is the byline ("Dinda Ayu Pertiwi")."""
    title = [i + 1 for i, line in enumerate(zone) if line.rule == "metadata:title"]
    # The lines next to the date line, past a reading time or a share button between them ("2 minute read").
    date_line = [j for i, line in enumerate(zone) if line.rule == "metadata:date_line"
                 for j in (_next_body(zone, i, -1), _next_body(zone, i, 1))]
    # The writer's name above the outlet's name on a line of its own ("Nama Penulis" / "BBC News").
    outlet = [i - 1 for i, line in enumerate(zone) if line.rule == "metadata:outlet"]
    menu = {line.text for line in zone if line.rule == "page_furniture"}
    for i in title + date_line + outlet:  # under the headline first: above it sit breadcrumbs ("Jawa Barat")
        if not (0 <= i < len(zone) and (zone[i].role == "body" or (
                zone[i].rule == "breadcrumb" and _EDITORS_INITIALS.search(zone[i].text)) or (
                zone[i].rule == "page_furniture" and _BARE_VIEWS.search(zone[i].text)))):
            continue  # a writer and the editor's initials read as a breadcrumb's two steps; a name and its count
        if zone[i].text in menu or _section_label(zone, zone[i].text):
            continue  # the section's name from the menu or the breadcrumb over the headline ("News Break")
        if article.author is not None and not set(article.author.casefold().split()) & set(
                zone[i].text.casefold().split()):
            continue  # a labelled byline named the writer: "Daftar Isi" under the share button is no second one
        # Arab News prints the name in capitals ("NADIA AL-FAOUR"); a label in capitals ("LIPUTAN KHUSUS", "JAWA
        # TENGAH") is no name: in capitals, only a name that opens with a given name.
        # "Komang Arya Santika / FER" (Jakarta Globe, Beritasatu), "Dimas Aryo Wibisono, Jurnalis" (Okezone): a name
        # that reads as one (not a breadcrumb's "Ekonomi Bisnis / BUMN", "Jawa Barat / DKI").
        text = _WRITERS_ROLE.sub("", _EDITORS_INITIALS.sub("", _EDITOR_AFTER_BAR.sub("", _VIEWS_TAIL.sub(
            "", _BARE_VIEWS.sub("", zone[i].text)))))
        text = _DOUBLED_NAME.sub(r"\1", text)  # "Fikri Ramadhan Fikri Ramadhan": the avatar's alt text, then the name
        if text != zone[i].text and not _reads_as_a_name(text):
            continue
        writers = text.split(" | ")
        if len(writers) == 2 and _names_row(text) and all(_reads_as_a_name(w) for w in writers):
            text = writers[0]  # "Yohanes Prasetyo | Nurul Fadhilah" (Suara.com): the writer, then the editor
        capitals = text.isupper()
        name = text.title() if capitals and i in date_line else text
        if (_looks_like_byline_name(name) and not (capitals and not _reads_as_a_name(name))) or (
                _joined_writers(name) and not _named_in_the_text(name, zone)):
            article.author = article.author or name
            zone[i].take("metadata", "metadata:author")
            return


_EDITORS_INITIALS = re.compile(r"\s/\s[A-Z]{2,4}$")
# A view counter after the byline: "Fikri Ramadhan - 9840 views", "Nama | 1.204 kali dibaca".
_VIEWS_TAIL = re.compile(r"\s*[-|\u00b7\u2022]\s*[\d.,]+\s*(?:views|kali dilihat|kali dibaca|dibaca|x dibaca)$", re.I)
# "ByNur Amira Jamaluddin" (TVS); "By Meli Fonoti" left on a titled byline
_GLUED_BY = re.compile(r"^(?-i:By(?=[A-Z][a-z]))|^(?:by|oleh)\s+(?=(?-i:[A-Z]))", re.I)
_REPUBLISHED = re.compile(r"^this (?:article|story|report) (?:is|was|has been) (?:re)?published\b.{0,80}?"
                          r"\b(?:with|from|by|courtesy of) (?:the )?(?P<names>[\w.&' -]{2,40}?)\.?"
                          r"(?:, .{0,300})?$", re.I)  # (", the charitable arm of ...": what the partner is)
_CLOCK_AFTER_NAME = re.compile(r"\s+\d{1,2}[.:]\d{2}\b.*$")
# ... or the count alone after the name (Lampungpro: "Yogi Pratama 1284").
_BARE_VIEWS = re.compile(r"(?<=[a-z])\s\d{2,7}$")
_DOUBLED_NAME = re.compile(r"^((?:[A-Z][\w.'-]*\s){1,3}[A-Z][\w.'-]*) \1$")
# The editor after the writer and a bar: "Tri Wulandari | Editor: Dilah" (Era.id).
_EDITOR_AFTER_BAR = re.compile(r"\s*\|\s*(?:editor|penyunting|redaktur)\s*:\s*[^|]{2,40}$", re.I)
# (with the desk or the place before the role: "By Heo Ho-jun, Jeju correspondent", "Nama, staff reporter")
_WRITERS_ROLE = re.compile(r"\s?,\s*(?:[\w-]+\s){0,2}"
                           r"(?:jurnalis|wartawan|kontributor|reporter|journalist|correspondent)$",
                           re.I)


_PLACE_NAME_ENDS = frozenset({"city", "town", "springs", "bay", "beach", "island", "islands", "heights", "park",
                              "valley", "port", "harbour", "harbor", "village", "district", "regency"})


def _ends_like_a_name(name: str) -> bool:
    """A name opening with a given name or with a word of a name ("Tom Long", "Liam Prendergast", "Mira Sari"), not a
    place's ("Quezon City") or a label's ("Last Updated")."""
    from tasks.entities import given_names, is_ordinary_word

    words = name.split()
    return words[-1].casefold() not in _PLACE_NAME_ENDS and (
        words[0].casefold() in given_names() or not all(is_ordinary_word(word) for word in words))


def _reads_as_a_name(name: str) -> bool:
    """A line in capitals, title-cased, that names a person: it opens with a given name, or none of its words is
    an ordinary word and it is no place ("Mohammed Al-Kinani"; not "Liputan Khusus", "Jawa Tengah")."""
    from tasks.entities import given_names, is_ordinary_word, opens_vietnamese_name  # read once per process

    first = name.split(" ", 1)[0]
    if first.casefold() in given_names() or (opens_vietnamese_name(first) and not _known_place(name)):
        return True  # (not "Quang Ninh", "Thanh Hoa": provinces)
    return not any(is_ordinary_word(word) for word in name.split()) and not _known_place(name)


def _next_body(zone: list[_Line], i: int, step: int) -> int:
    """Index of the nearest line from i in the direction of step that is still text, skipping up to two taken."""
    j = i + step
    while 0 <= j < len(zone) and zone[j].role != "body" and abs(j - i) <= 2:
        j += step
    return j


_NAMES_JOINED = re.compile(r",\s*(?:and\s+|dan\s+)?|\s+(?:and|dan|&)\s+")
MAX_JOINED_WRITERS = 4


def _joined_writers(text: str) -> bool:
    """Two to four writers' names on the line by the date ("Arnoldus Kefi and Natalia Ximenes", BenarNews), each
    one that reads as a person's: not two places ("Jawa Barat dan Banten") or labels."""
    names = _NAMES_JOINED.split(text)
    return 2 <= len(names) <= MAX_JOINED_WRITERS and all(
        _looks_like_byline_name(name) and _reads_as_a_name(name) for name in names)


def _named_in_the_text(names: str, zone: list[_Line]) -> bool:
    """Whether the text under the header names one of these people: then the line over it is the photo's alt text
    ("Siti Aminah dan Budi Santoso" over a story about the couple), not the writers."""
    people = _NAMES_JOINED.split(names)
    text = " ".join(line.text for line in zone if line.role == "body" and _is_prose(line.text))
    return all(person in text for person in people)  # (a reporter alone may be named: "kepada wartawan X")


def _looks_like_byline_name(text: str) -> bool:
    """Two to four capitalised words that name no outlet or place of the register, nor a photo's source ("Doc.
    InfoSAWIT", "Dok. Humas")."""
    return (2 <= _words(text) <= 4 and _looks_like_name(text) and text.casefold() not in outlet_by_dateline_name()
            and not text.isupper() and text.split(" ", 1)[0].rstrip(".:").casefold() not in _SOURCE_LABELS)


_SOURCE_LABELS = frozenset({"doc", "dok", "foto", "photo", "sumber", "source", "ilustrasi", "illustration", "file"})


# A row of a table of figures: a rank, a name, then three or more figures or scores ("1. Jepang 3 3 0 0 14-0 9").
_TABLE_ROW = re.compile(r"^\d{1,2}[.)]?\s+[A-Z][\w .'-]{1,40}?(?:\s+\d{1,3}(?:[-:]\d{1,3})?){3,}$")
# Under a table's title ("Tabel 1. Komoditas ..."), a label and two or more decimal figures is its row ("Beras 0,19
# 5,12"); elsewhere below the text such a line is a ticker ("IHSG 7.234,56 -0,45%").
_TABLE_TITLE = re.compile(r"^(tabel|table)\s+\d", re.I)
_FIGURES_ROW = re.compile(r"^[A-Z][\w .'()-]{1,40}?(?: -?\d{1,3}(?:[.,]\d{1,3})+%?){2,}$")
# A list introduced by a colon runs on after the last paragraph: "- Senin: Jakarta", "1. Bandung".
# A list's item: bulleted or numbered, or a label and its names ("Kiper: Bagas Prasetyo, Rangga Saputra, Yusuf
# Hidayat" under "Berikut daftar lengkap 26 pemain:").
_LIST_ITEM = re.compile(r"^([-–•*]|\d{1,2}[.)]|[a-z][.)])\s|^[A-Z][\w-]*(?: [\w-]+)?:\s+[A-Z][^.!?:]*,\s+[A-Z]")


def _mark_footer(lines: list[_Line], tab_separated: frozenset[str] = frozenset()) -> int | None:
    """Below the last paragraph, lines that are no sentence (tags, link lists, widget labels) are page furniture;
    returns the last paragraph's index.

    A line that ends like a sentence stays for the line rules to judge: a short closing sentence is text. A table
    under the text ("Perjalanan Raka/Dimas di Indonesia Masters 2025:" and its rows), copied with tabs between its
    cells, is the text's."""
    _mark_closing_tag_row(lines)
    last = _last_paragraph(lines)
    if last is None:
        return None
    in_list = lines[last].text.endswith(":")
    in_table = False
    below = [line for line in lines[last + 1:] if line.role == "body"]
    cells = _table_rows(lines[last + 1:], tab_separated) if tab_separated else set()
    for line in below:
        if id(line) in cells:
            continue  # the table's rows, kept as the text's
        if in_list and (_LIST_ITEM.match(line.text) or _TAG_ROW.match(line.text)):
            continue  # the list's items, or its names in one row ("Maarten Paes, Ernando Ari, Jay Idzes, ...")
        if _TABLE_ROW.match(line.text) or (in_table and _FIGURES_ROW.match(line.text)):
            continue  # a standings or results table the article prints under its text: "2. Indonesia 3 1 2 0 3-2 5"
        in_table = bool(_TABLE_TITLE.match(line.text)) or (in_table and not _ends_like_sentence(line.text))
        in_list = _introduces_list(line.text)  # a list's introduction, not a label ("Tags:", "Bagikan Artikel:")
        if in_list:
            continue
        if not _ends_like_sentence(line.text) and not _sentence_giving_address(line.text):
            line.take("boilerplate", "page_furniture")
    return last


MIN_ADDRESS_SENTENCE_WORDS = 5


def _sentence_giving_address(text: str) -> bool:
    """A sentence that ends with the address it points to: "KPI's full statement is available here: https://..."."""
    head, colon, address = text.rpartition(": ")
    # (a sentence: some words in lower case, not a list of places; not a promotion: "Ikuti saluran X di WhatsApp")
    return bool(colon) and _URL.fullmatch(address.rstrip(".")) is not None and (
        _words(head) >= MIN_ADDRESS_SENTENCE_WORDS) and head[:1].isupper() and sum(
            word.islower() for word in head.split()) >= MIN_ADDRESS_SENTENCE_LOWER and (
        head.split(" ", 1)[0].casefold() not in _PROMOTION_VERBS)


MIN_ADDRESS_SENTENCE_LOWER = 2
_PROMOTION_VERBS = frozenset({"ikuti", "follow", "join", "gabung", "bergabung", "subscribe", "berlangganan", "download",
                              "unduh", "klik", "click", "kunjungi", "visit", "simak", "baca", "tonton", "watch"})


MIN_TABLE_FIGURE_ROWS = 2
# Lines between the text's last paragraph and its table's first row: the table's introduction or title, one line.
TABLE_REACH = 1


def _table_rows(after_text: list[_Line], tab_separated: frozenset[str]) -> set[int]:
    """Ids of the rows of a table copied with its cells, right under the text: two or more such lines, one under the
    other, two of them with figures ("Final\tZhou Haoran/Lin Zexuan (China)\t21-18, 19-21, 21-15"). A footer's
    columns of links have no figures; a table further down, past tags and links, is the site's widget ("Klasemen
    BRI Liga 1" and its rows)."""
    start = next((k for k, line in enumerate(after_text[:TABLE_REACH + 1]) if line.text in tab_separated), None)
    if start != TABLE_REACH or after_text[0].role != "body":
        return set()  # a table has its introduction or title; rows right under the text are a ticker ("IHSG\t...")
    run = list(takewhile(lambda line: line.text in tab_separated, after_text[start:]))
    if len(run) < 2 or sum(_has_digit(row.text) for row in run) < MIN_TABLE_FIGURE_ROWS:
        return set()
    return {id(row) for row in run}


# A row of topic tags under the text, five or more in Title Case and nothing else: "Agriculture, Air Pollution,
# Environment, Fires, Forest Fires, Haze" (Mongabay). Long enough to read as a paragraph, but no sentence.
_TAG_ROW = re.compile(r"^[A-Z][\w'&-]*(?: [A-Z][\w'&-]*){0,3}(?:, [A-Z][\w'&-]*(?: [A-Z][\w'&-]*){0,3}){4,}$")


def _mark_closing_tag_row(lines: list[_Line]) -> None:
    """A tag row with no sentence of the text after it (in a paragraph, such a list would be the text's)."""
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if line.role != "body":
            continue
        if _TAG_ROW.match(line.text):
            introduced = next((lines[j].text.endswith(":") for j in range(i - 1, -1, -1) if lines[j].role == "body"),
                              False)  # "Berikut daftar pemain:" then the names: the text's
            if not introduced:
                line.take("boilerplate", "tag_list")
        elif is_paragraph(line.text) and _ends_like_sentence(line.text):
            return


# A credit in brackets after the last sentence: "... di Nusa Tenggara Timur. (Tribunnews.com/Rina Ayu)".
# A wire credited in lower case after the text's last sentence, with the outlet's initials: "... 29 November 2022.
# (antara/jpnn)" (JPNN): lower case after the slash, unlike a photo credit ("(ANTARA/Nama)"); the agency alone in
# any case ("... dalam APBD 2026. (ANTARA)").
# Bernama's copy in Malaysian papers ends with the agency after a dash: "... berhampiran. — Bernama".
_CLOSING_WIRE = re.compile(
    r"(?<=[.!?\"\u201d])(?:\s*\((?P<agency>antara|ant|reuters|afp|ap|xinhua|ANTARA|Antara|Reuters|REUTERS|AFP|Xinhua"
    r"|XINHUA)(?:/[a-z0-9-]{1,12})*\)"  # (not "(AP)" in capitals: a writer's initials on Indonesian sites)
    r"|\s+[\u2014\u2013-]{1,2}\s?(?P<dashed>(?i:bernama|antara|reuters|afp|xinhua))"
    # Neraca: "... termasuk Kadin Sulsel. Ant" (the agency's short name alone after the last sentence)
    r"|\s(?P<bare>Ant|ANT))$")
_AGENCY_INITIALS = {"ant": "antara"}


def _read_closing_wire_credit(paragraphs: list[str], article: CleanArticle) -> None:
    """The wire credited after the text's last sentence. The credit stays in the paragraph, as the page prints it
    (annotators keep the paragraph whole and count the agency among the article's names)."""
    if paragraphs and (match := _CLOSING_WIRE.search(paragraphs[-1])) is not None:
        agency = (match["agency"] or match["dashed"] or match["bare"]).casefold()
        wire = news_agencies().get(_AGENCY_INITIALS.get(agency, agency))
        outlet = (article.outlet or "").casefold()
        if wire is not None and (news_agencies().get(outlet) == wire or outlet.startswith(wire.casefold())):
            return  # the agency's own page signs its own story: "... (PNA)" on the Philippine News Agency's site
        article.wire_source = article.wire_source or wire


_TRAILING_CREDIT = re.compile(r"\s*[(\[][^()\[\]]{1,60}[)\]]$")


# A short sentence after this many lines that are no sentences is a promotion among the page's furniture
# ("Share the best of The Jakarta Post with friends ...") rather than the article's last paragraph.
FURNITURE_GAP = 3
MIN_LIST_INTRO_WORDS = 6
_LIST_INTRO = re.compile(r"\b(berikut(nya)?|antara lain|yakni|yaitu|meliputi|sebagai berikut|following|include)\b",
                         re.I)
MIN_ISOLATED_PARAGRAPH_WORDS = 20
# Lines no rule took (menus, footer links) between the text and a sentence below it that make that sentence part
# of the page's footer; between two paragraphs of an article lie a few at most (a subheading, a short list).
FOOTER_GAP = 6


def _credited_reporters(text: str) -> str | None:
    """The writers after the outlet in a reporter's credit ("Laporan Wartawan Tribunnews.com, Rina Ayu, Reza Deni"):
    each a person's name, no place ("..., Bandar Lampung") and no team ("..., Tim Liputan", "Tribun Network")."""
    names = [part.strip() for part in text.split(",")[1:]]
    if not names or not all(_looks_like_byline_name(name) and _ends_like_a_name(name) and not _known_place(name)
                            and not _NEWSROOM_BYLINE.match(name) and not _names_outlet(name) for name in names):
        return None
    return ", ".join(names)


# An agency's copyright over the story under the text (Japan Today: "© 2026 AFP", then the site's own "©2026
# GPlusMedia Inc."): the agency the story comes from.
_AGENCY_COPYRIGHT = re.compile(r"^(?:\u00a9|\(c\)|copyright)\s*(?:\u00a9\s*)?\d{4}\s+"
                               r"(?P<agency>[A-Za-z][\w .&-]{1,40}?)\.?(?:\s+all rights reserved\.?)?$", re.I)


def _page_year_end(lines: list[_Line], read_at: datetime) -> datetime:
    """The last moment a page can be from: when it was read, or the end of the year its copyright line gives when
    that is two years or more before ("©2026 GPlusMedia Inc." on a page read in 2028 is a 2026 page). A footer a
    year behind is often one nobody updated: a page read in November 2026 under "©2025" is still 2026's."""
    years = [int(year) for notice in _copyright_notices(lines) for year in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)",
                                                                                         notice)]
    if not years or max(years) >= read_at.year - 1:
        return read_at
    return datetime(max(years), 12, 31, 23, 59, tzinfo=UTC)


def _agency_copyright(lines: list[_Line], article: CleanArticle) -> None:
    """Only under the text, and not right under a caption (there it credits the photo: "© 2026 AFP")."""
    if article.wire_source is not None:
        return
    last = _last_body_index(lines, default=len(lines))
    for i in range(last + 1, len(lines)):
        line = lines[i]
        if line.rule == "copyright_line" and (found := _AGENCY_COPYRIGHT.match(line.text.strip())) is not None and (
                agency := news_agencies().get(found["agency"].casefold())) is not None and (
                lines[i - 1].rule != "photo_caption"):
            article.wire_source = agency
            return


def _closing_agency_line(lines: list[_Line], last: int | None, article: CleanArticle) -> None:
    """An agency's name alone right under the text's last paragraph (`last`) credits the story ("VNA" under
    VietNamNet's), when the lists under it kept the metadata pass from seeing the text's end."""
    if last is None or last + 1 >= len(lines) or lines[last + 1].role == "metadata":
        return
    below = lines[last + 1]
    if below.rule in (None, "page_furniture") and (agency := _closing_wire_credit(below.text)) is not None:
        article.wire_source = article.wire_source or agency
        below.take("metadata", "metadata:wire_source")


MIN_LINK_ROW_WORDS = 20


def _link_row(text: str) -> bool:
    """A footer's links copied as one line: twenty words or more, nearly all capitalised, no comma and no sentence's
    stop ("Home News U.S. Sport TV Showbiz Femail Health ... Sitemap Archive ...", MailOnline)."""
    words = text.split()
    if len(words) < MIN_LINK_ROW_WORDS or "," in text or re.search(r"[a-z]{2}[.!?](?:\s|$)", text):
        return False
    return sum(w[0].isupper() or w[0].isdigit() for w in words) >= 0.85 * len(words)


def _last_paragraph(lines: list[_Line]) -> int | None:
    """Index of the article's last paragraph: the last prose line that is not a short sentence stranded below
    several lines of furniture."""
    prose = [i for i, line in enumerate(lines) if line.role == "body" and _is_prose(line.text)]
    while len(prose) > 1:
        last, before = prose[-1], prose[-2]
        between = [line for line in lines[before + 1:last] if not _LIST_ITEM.match(line.text)]
        gap = sum(line.role == "body" for line in between)
        # However long, a sentence below a whole footer (menus, footer links) is the site's blurb or consent
        # notice ("The Associated Press is an independent global news organization ...").
        # The site's own blurb, under some furniture, taken by rules or not ("Philstar.com is one of the most
        # visited ..."): not a last paragraph that tells what a body is ("Muhammadiyah merupakan organisasi ...").
        stranded_long = gap >= FOOTER_GAP or (last - before - 1 >= FURNITURE_GAP
                                              and _site_blurb(lines[last].text, _copyright_notices(lines),
                                                              tuple(line.text for line in lines[:_SITE_NAME_REACH]
                                                                    if line.role == "boilerplate")))
        # a teaser cut short under a comment box or a list ("Musim hujan tiba, petani kopi ... lebih awal...")
        truncated = lines[last].text.endswith(("...", "\u2026")) and (
            any(line.rule in _TEASER_ABOVE for line in lines[before + 1:last])
            or (last + 1 < len(lines) and lines[last + 1].rule == "time_ago"))  # a card's age under it
        if not stranded_long and not truncated and not _card_teaser(lines, last) and not (
                _link_row(lines[last].text)) and (
                gap < FURNITURE_GAP or _words(lines[last].text) >= MIN_ISOLATED_PARAGRAPH_WORDS):
            return last
        lines[last].take("boilerplate", "page_furniture")
        prose.pop()
    return prose[-1] if prose else None


# What a cut teaser sits under: a comment box, a trending list, the tags, a widget's text (not a "Baca juga" block
# between paragraphs: the last paragraph under it may end with "...").
_TEASER_ABOVE = frozenset({"comment_prompt", "trending_list", "tag_list", "widget_text"})
MAX_TEASER_WORDS = 60
# The site describing itself under the text: "Philstar.com is one of the most visited news and entertainment sites".
_SELF_DESCRIPTION = re.compile(r"^(?P<name>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}) (?:is|adalah|merupakan) ")


def _site_blurb(text: str, notices: list[str], mastheads: tuple[str, ...] = ()) -> bool:
    """The site's sentence about itself: its subject a known outlet, a host name, the page's copyright holder
    ("BenarNews is an online news service affiliated with ..." over "Copyright © 2015-2026 BenarNews") or the first
    words of its name over the page (`mastheads`, the top lines taken as furniture)."""
    match = _SELF_DESCRIPTION.match(text)
    return match is not None and (match["name"].casefold() in outlet_by_dateline_name()
                                  or _HOSTNAME.fullmatch(match["name"]) is not None
                                  or _copyright_holder(notices, match["name"]) is not None
                                  # the site's name over the page: "Japan Wire by KYODO NEWS"
                                  or any((top + " ").startswith(match["name"] + " ") for top in mastheads))


def _card_teaser(lines: list[_Line], i: int) -> bool:
    """A related story's card below the text: its headline, its date alone on a line, then its teaser (TangerangNews:
    "Banjir Rob Rendam Tiga Desa ..." / "Senin, 30 November 2026 | 21:05" / "Air laut pasang merendam ...")."""
    if i < 2 or _words(lines[i].text) > MAX_TEASER_WORDS:
        return False
    date_line, title = lines[i - 1].text, lines[i - 2].text
    # The card's headline is furniture already (printed twice, or a related link): a chronology's subheading, date
    # and paragraph are the text's.
    return (lines[i - 2].role != "body" and _bare_date_line(date_line) and _is_title(title)
            and not _ends_like_sentence(title))


_STAMP_LABEL = re.compile(rf"^(?:(?P<update>{'|'.join(dates.UPDATE_LABELS)})|{'|'.join(dates.PUBLICATION_LABELS)})"
                          r"\s*:?\s", re.I)


def _bare_date_line(text: str) -> bool:
    """A date alone on its line ("Senin, 30 November 2026 | 21:05"), no caption or sentence around it."""
    return _words(text) <= MAX_BARE_DATE_LINE_WORDS and _has_digit(text) and dates.parse_date_line(text) is not None


def _ends_like_sentence(text: str) -> bool:
    """Ends with a sentence's last mark, also before an editor's end mark or a bracketed credit ("... kata
    dia. (ant/dhf)")."""
    if text.endswith(_SENTENCE_END):
        return True
    marker = _TRAILING_CREDIT.search(text) or _CLOSING_WIRE.search(text) or next(
        (m for rule in _rules("suffix") if (m := rule.pattern.search(text))), None)  # "... berhampiran. — Bernama"
    return marker is not None and text[:marker.start()].rstrip().endswith(_SENTENCE_END)


def _is_prose(text: str) -> bool:
    """is_paragraph, counting a sentence that ends before an end mark or a credit, that opens a list (":") or that
    ends with the address it gives ("... is posted at https://kemlu.go.id/...")."""
    words = _words(text)
    return words >= 30 or (words >= 8 and (_ends_like_sentence(text) or text.endswith(":") or (
        "://" in text and _ends_with_url(text) and text[:1].isupper())))


MAX_RUBRIC_WORDS = 4
MIN_TITLED_HEADLINE_WORDS = 6


def _title_cased(text: str, share: float = TITLE_CASE_SHARE) -> bool:
    """Most words capitalised, as Indonesian headlines are written ("Eks Direktur PT Timah Divonis 9 Tahun")."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) >= share * len(words)


MIN_LINKED_TITLE_WORDS = 5
MAX_LINKED_TITLE_WORDS = 16
MAX_LINKED_TITLES = 4


def _mark_read_also_lists(lines: list[_Line]) -> None:
    """More linked headlines on their own lines under an inline "Baca Juga: <headline>" (BandungBergerak), up to the
    next paragraph; not a subheading there ("Rugi Sejak Beroperasi")."""
    for i, line in enumerate(lines):
        if line.rule != "read_also_link":
            continue
        run = []
        for following in lines[i + 1:i + 1 + MAX_LINKED_TITLES + 1]:
            text = following.text
            if following.role != "body" or not (MIN_LINKED_TITLE_WORDS <= _words(text) <= MAX_LINKED_TITLE_WORDS) or (
                    not _is_title(text) or text[:1] in _QUOTE_OPENERS or text[:1].isdigit() or ":" in text
                    or text.endswith(("?", "!", "\"", "\u201d")) or not _title_cased(text, LINKED_TITLE_CASE_SHARE)):
                break  # (not a numbered list, a live report's "Pukul 09.05 WITA: ...", a question, a sentence)
            run.append(following)
        after = i + 1 + len(run)
        # two or more: one such line is as often the next subheading ("Dipaksa Kerja 14 Jam Sehari")
        if 2 <= len(run) <= MAX_LINKED_TITLES and after < len(lines) and _is_prose(lines[after].text):
            for title in run:
                title.take("boilerplate", "read_also_link")


_QUOTE_OPENERS = ("\"", "\u201c", "'", "\u2018")
# A linked headline's words are mostly capitalised, if less than a page's own headline's ("Jalan Panjang Tol
# Cisumdawu dan Warga yang Tergusur"); a sentence's are not.
LINKED_TITLE_CASE_SHARE = 0.6


def _is_title(text: str) -> bool:
    words = _words(text)
    return 3 <= words <= 30 and not text.endswith((".", ",", ";", ":")) and not text.startswith(("-", "•"))


def _outlet_from_date_line(text: str, article: CleanArticle, masthead: str | None = None) -> None:
    """Kompas-style date lines name the outlet first: "Kompas.com - 22/09/2022, 07:30 WIB"."""
    head = re.split(r"\s+[-|\u2013\u2014]\s+|,", text, maxsplit=1)[0].strip()
    outlet = outlet_by_dateline_name().get(head.casefold())
    if outlet and head.casefold() in news_agencies() and head.casefold() != "antara":
        # A wire's name in another site's date line credits the story ("Reuters | November 19, 2022" on the
        # Jakarta Globe); Antara's own pages print it the same way, so it is left to the dateline.
        article.wire_source = article.wire_source or news_agencies()[head.casefold()]
    elif outlet and article.outlet is None:
        article.outlet = outlet.name
    elif outlet is None and article.outlet is None and _SITE_ADDRESS.fullmatch(head) and "," in text:
        article.outlet = head  # a site the register does not know: "Lampungpro.co, 13-Oct-2026"
    # The Jakarta Post's date line opens with the place: "Tokyo, Japan ● Tue, October 4, 2022".
    place = re.split(r"\s*[\u25cf\u2022|]\s*", text, maxsplit=1)
    if outlet is None and len(place) == 2 and dates.parse_date_line(place[1]):
        city = place[0].split(",")[0].strip()
        if _PLACE.match(city) and not dates.parse_date_line(place[0]) and not (
                _looks_like_byline_name(city) and _reads_as_a_name(city) and not _known_place(city)) and (
                city.casefold() != (masthead or "").casefold() and city.casefold() not in outlet_by_dateline_name()
                and (_known_place(city) or "," in place[0] or not _ordinary_words_only(city))):
            # not the writer's name before the date: "Dimas Arya Pratama | Selasa, 10 November 2026"; nor the site's
            # own over its menu ("Bareksa • 15 Jul 2026" under "Bareksa")
            article.dateline = article.dateline or city  # the lead's own dateline, if any, replaces it
    # The Hindu's papers print the place after the date: "Updated - November 18, 2026 at 09:14 PM. | Mumbai" (not a
    # section's label after another site's date: "Selasa, 10 November 2026 | Jakarta").
    after = text.rsplit(" | ", 1)
    if len(after) == 2 and _HINDU_DATE_LINE.match(after[0]) and dates.parse_date_line(after[0]) and (
            _PLACE.match(after[1].strip()) and _known_place(after[1].strip())
            and not _is_country(after[1].strip())):
        article.dateline = article.dateline or after[1].strip()


_HINDU_DATE_LINE = re.compile(r"^(?:Updated|Published)\s+-\s")


def _strip_end_marker(paragraphs: list[str]) -> list[RemovedLine]:
    """Drop the closing paragraphs that are only an editor's end mark or initials ("(*)", "(ant/sri)").

    A mark printed after the last sentence stays with it: the page prints one paragraph ("... Bali. (bbn/sri)"), and
    a reader (every annotator of the sample pages) takes the whole paragraph as the text's."""
    removed: list[RemovedLine] = []
    while paragraphs:
        last = paragraphs[-1]
        mark = next(((rule, found) for rule in _rules("suffix") if (found := rule.pattern.search(last))), None)
        if mark is not None and last[: mark[1].start()].strip() and not mark[1].group(0).strip(" *"):
            # asterisks are a typographic end, no text: "... sudah diperiksa. ***" is cut
            paragraphs[-1] = last[: mark[1].start()].rstrip()
            return [*removed, RemovedLine(mark[1].group(0).strip(), mark[0].name)]
        if mark is None or last[: mark[1].start()].strip():
            return removed
        removed.append(RemovedLine(last.strip(), mark[0].name))
        paragraphs.pop()
    return removed


# kumparan hosts its media partners' stories under their own account: "Konten Media Partner" over the headline,
# the partner's name ("acehkini") between the headline and the date line. The partner is the outlet.
_MEDIA_PARTNER_LABEL = "konten media partner"
MAX_PARTNER_NAME_WORDS = 3


def _media_partner(lines: list[_Line], article: CleanArticle) -> None:
    from tasks.entities import is_ordinary_word  # imported here as _known_place does: entities imports clean's kin
    if not any(line.text.casefold() == _MEDIA_PARTNER_LABEL for line in lines[:40]):
        return
    date_line = next((i for i, line in enumerate(lines) if line.rule == "metadata:date_line"), None)
    if date_line is None or date_line == 0:
        return
    name = lines[date_line - 1]
    if not (name.role == "body" or name.rule == "page_furniture") or not (
            1 <= _words(name.text) <= MAX_PARTNER_NAME_WORDS) or _has_digit(name.text) or all(
            is_ordinary_word(word) for word in name.text.split()):
        return  # "Update", "Berita": a channel's label, not a partner's name
    article.outlet = name.text
    name.take("metadata", "metadata:outlet")


# A dateline on its own line over the lead: "Jakarta, NU Online" (NU Online prints the place and its name there).
_DATELINE_ALONE = re.compile(r"^(?P<place>[A-Z][A-Za-z'\u2019.-]*(?: [A-Z][A-Za-z'\u2019.-]*){0,3}),\s+"
                             r"(?P<outlet>[^,]{2,40}?)\s*[-\u2013\u2014:]?$")
DATELINE_ALONE_REACH = 3  # lines over the lead where a dateline on its own line may sit (a caption between)


def _mark_dateline_alone(lines: list[_Line], article: CleanArticle) -> None:
    """A "Place, Outlet" line just over the first paragraph, or a place alone under a photo: the story's dateline, not
    page furniture."""
    dated = next((i for i, line in enumerate(lines) if line.rule == "metadata:date_line"), None)
    if dated is not None and (_place_alone_under_photo(lines, dated, article)
                              or _places_under_date_line(lines, dated, article)):
        return
    lead = next((i for i, line in enumerate(lines) if line.role == "body"), None)
    for i in range(lead - 1, max(-1, lead - 1 - DATELINE_ALONE_REACH), -1) if lead is not None else ():
        if lines[i].role != "metadata" and _take_dateline_alone(lines, i, article):
            return
    # A caption with no credit over the dateline's own line, then the lead: "Personel tim SAR ... Rabu (18/11/2026)",
    # "MIMIKA, BM" (Berita Mimika's initials), "Kantor Pencarian ...".
    if lead is not None and lead + 2 < len(lines) and lines[lead + 2].role == "body" and (
            _words(lines[lead].text) <= MAX_CAPTION_WORDS and not _ends_like_sentence(lines[lead].text)) and (
            _take_dateline_alone(lines, lead + 1, article)):
        lines[lead].take("boilerplate", "photo_caption")


def _take_dateline_alone(lines: list[_Line], i: int, article: CleanArticle) -> bool:
    """Whether line i is a "Place, Outlet" dateline on its own (taken as such): a known outlet, the page's own name
    or its initials ("MIMIKA, BM" under "BeritaMimika.com"), after a known place."""
    match = _DATELINE_ALONE.match(lines[i].text)
    if match is None:
        return False
    outlet = outlet_by_dateline_name().get(match["outlet"].casefold())
    place = match["place"].title() if match["place"].isupper() else match["place"]
    own_name = outlet is None and (_names_own_site(lines, match["outlet"])  # "POSO, Warta Sulteng —"
                                   or match["outlet"] == _initials_of_site(lines))
    if (outlet is None and not own_name) or not _known_place(place):
        return False
    article.dateline = article.dateline or place
    if outlet is not None:
        _credit_dateline_outlet(article, outlet.name, replace=False)  # "Takengon, ANTARA" under "Rakyat Aceh"
    lines[i].take("metadata", "metadata:dateline")
    return True


def _initials_of_site(lines: list[_Line]) -> str | None:
    """The initials of the site's name over its menu, its words or the capitals inside its address: "BM" for
    "BeritaMimika.com" or "Berita Mimika"."""
    masthead = _masthead(lines)
    if masthead is None:
        return None
    name = masthead.split(".", 1)[0] if _HOSTNAME.fullmatch(masthead) else masthead
    words = re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])", name)
    return "".join(word[0] for word in words) if len(words) >= 2 else None


def _is_country(name: str) -> bool:
    from tasks.entities import is_country  # the gazetteer, read once per process

    return is_country(name)


MAX_PLACES_LINE = 60
_JOINED_BY_AND = re.compile(r"\s(?:and|dan|&)\s")


def _places_under_date_line(lines: list[_Line], dated: int, article: CleanArticle) -> bool:
    """BenarNews prints where its reporters wrote from on a line of its own under the date ("Atambua, Indonesia, and
    Dili"): every part a known place, over the lead; the first place is the dateline. Not when the lead opens with a
    dateline of its own, nor a single place there (a section's or a tag's label as often as a dateline)."""
    if dated + 1 >= len(lines) or not (
            lines[dated + 1].role == "body" or lines[dated + 1].rule == "page_furniture"):
        return False  # (a line of places between the header and the lead may have been taken as its furniture)
    text = lines[dated + 1].text
    places = _NAMES_JOINED.split(text)
    # two places or more joined by "and" (not "Bandung, Kota Kembang", a city and its nickname), the first no country;
    # not a topic's label in capitals ("CHINA")
    if len(text) > MAX_PLACES_LINE or text.isupper() or len(places) < 2 or not _JOINED_BY_AND.search(text) or not (
            all(_known_place(place) for place in places)) or _is_country(places[0]):
        return False  # (one place alone there is a section's or a tag's label: "Jakarta", "Indonesia")
    lead = _next_body_line(lines, dated + 2)
    if lead is None or not _is_prose(lead.text):
        return False
    probe = CleanArticle(source_uri="", source_name="", payload_hash="", body_text="")
    if _read_dateline(lead.text, probe) is not None or probe.dateline is not None:
        return False
    article.dateline = article.dateline or places[0]
    lines[dated + 1].take("metadata", "metadata:dateline")
    return True


def _place_alone_under_photo(lines: list[_Line], dated: int, article: CleanArticle) -> bool:
    """Anadolu prints the place alone in capitals over the text ("JAKARTA"), under its date line and photo (its
    standfirst sits above the date line): the dateline, when there is one."""
    if "metadata:title" not in {line.rule for line in lines[:dated]}:
        return False
    lead = next((k for k in range(dated + 1, len(lines)) if lines[k].role == "body"), None)
    for i in range(lead - 1, max(dated, lead - 1 - DATELINE_ALONE_REACH), -1) if lead is not None else ():
        if (alone := _PLACE_IN_CAPITALS.match(lines[i].text)) is not None and _known_place(alone[0].title()) and (
                _under_a_photo(lines, i)):
            article.dateline = article.dateline or alone[0].title()
            lines[i].take("metadata", "metadata:dateline")
            return True
    return False


def _under_a_photo(lines: list[_Line], at: int) -> bool:
    """Whether the line over `at` is a photo's caption or credit (Anadolu: "File photo (...)", then "JAKARTA"); a
    topic's label in capitals under the date line ("CHINA") is no dateline."""
    above = lines[at - 1] if at > 0 else None
    return above is not None and above.role == "boilerplate" and (
        above.rule == "photo_caption" or re.search(r"\b(?:photo|foto|image)\b", above.text, re.I) is not None)


_PLACE_IN_CAPITALS = re.compile(r"^[A-Z][A-Z'\u2019.-]+(?: [A-Z][A-Z'\u2019.-]+){0,2}$")


_DAY_IN_CREDIT = re.compile(r"\((?P<outlet>[^()/]{2,30}) / \d{1,2} (?-i:[A-Z])[a-z]+\.?(?: \d{4})?\)")


def _read_dateline(lead: str, article: CleanArticle, strict: bool = False) -> str | None:
    """Place and outlet from a lead such as "PYONGYANG, KOMPAS.com - " or "Jakarta (ANTARA) - "; returns the
    outlet a wire-style credit in brackets names after the place ("WABAG, 13 AUGUST 2026 (POST-COURIER) ---"): the
    paper the story comes from, the page's outlet only when nothing on the page names its own site."""
    match = _DATELINE.match(lead)
    if not match and (hosted := _PLACE_HOST_LEAD.match(lead)) is not None and _known_place(hosted["place"].title()):
        article.dateline = hosted["place"].title()  # "MANGUPURA-fajarbali.com | Kantor Imigrasi ..." (Fajar Bali)
        _credit_dateline_outlet(article, _outlet_of_host(hosted["host"].lower()))
        return None
    if not match and (glued := _GLUED_DATELINE.match(lead)) is not None and _glued_dateline(glued):
        article.dateline = glued["place"].title()  # "SELONG-Seorang pendaki ..." (Lombok Post), "Sikka-Bupati ..."
        return None
    if not match and not strict and (stopped := _HOST_PLACE_STOP.match(lead)) is not None and _known_place(
            stopped["place"]):
        article.dateline = stopped["place"]  # "Beritabali.com, Denpasar. Dinas ...", "medanbisnisdaily.com-Medan. ..."
        _credit_dateline_outlet(article, _outlet_of_host(stopped["host"].lower()), replace=False)
        return None
    if not match and not strict and (named := _PLACE_OUTLET_STOP.match(lead)) is not None and _known_place(
            named["place"]) and not _known_place(named["outlet"]) and not (
            set(named["outlet"].casefold().split()) & _DAY_AND_MONTH_WORDS):
        article.dateline = named["place"]  # "Ambon, Berita Maluku. Tim ...": the place, the outlet's name, a stop
        return None
    if not match and (host := _HOST_LEAD.match(lead)) is not None:
        _credit_dateline_outlet(article, _outlet_of_host(host["host"].lower()))  # "TANGERANGNEWS.com-Sebuah ..."
        return
    if not strict and (barred := _SITE_PLACE_BARS.match(lead)) is not None and _known_place(barred["place"].title()):
        article.dateline = barred["place"].title()  # "LINTAS KALIMANTAN – KALBAR || Ribuan pelajar ..."
        return None
    if not match and (hosted := _HOST_THEN_PLACE_COLON.match(lead)) is not None and _known_place(
            hosted["place"].title()):
        article.dateline = hosted["place"].title()  # "Indonesiamaritimenews.com (IMN),LAMPUNG: Kapal ..."
        _credit_dateline_outlet(article, _outlet_of_host(hosted["host"].lower()), replace=False)
        return None
    if not match and (comma := _OUTLET_COMMA_PLACE.match(lead)) is not None and not strict:
        if (outlet := outlet_by_dateline_name().get(comma["outlet"].casefold())) is not None and (
                place := _longest_known_place(comma["rest"])) is not None:
            article.dateline = place  # "Fimela.com, Jakarta Badan Pengawas ...": no dash after the place
            _credit_dateline_outlet(article, outlet.name)
        return
    if not match:
        if (dotted := _DOT_DATELINE.match(lead)) is not None and not strict and _known_place(dotted["place"]):
            article.dateline = dotted["place"]  # "Bangkok. Leaders of ..." (Jakarta Globe, Beritasatu)
        elif (bracketed := _BRACKETED_DATELINE.match(lead)) is not None and _known_place(
                place := bracketed["place"].title()):
            article.dateline = place  # "[PALU] An outbreak of ..." (SciDev.Net)
        elif (wired := _AGENCY_DATELINE.match(lead)) is not None and _known_place(wired["place"].title()) and (
                (agency := news_agencies().get(wired["agency"].casefold())) is not None
                or wired["agency"].casefold() in outlet_by_dateline_name()):
            article.dateline = wired["place"].title() if wired["place"].isupper() else wired["place"]
            article.wire_source = article.wire_source or agency
        elif (colon := _COLON_DATELINE.match(lead)) is None:
            return
        elif (outlet := outlet_by_dateline_name().get(colon["place"].casefold())) and colon["second"] and (
                _known_place(colon["second"])):
            article.dateline = colon["second"]  # the outlet first: "KBRN, Banyuwangi: ..." (RRI)
            article.outlet = article.outlet or outlet.name
        elif (place := colon["place"]).casefold() not in _CAPITAL_LABELS and (_known_place(
                written := place.title() if place.isupper() else place) or (
                place.isupper() and colon["credit"] and _SITE_ADDRESS.fullmatch(colon["credit"]))):
            article.dateline = written  # not "BMKG: Hujan lebat ...", "PERHATIAN: ...", "Q: ..."
            if colon["host"]:
                _credit_dateline_outlet(article, _outlet_of_host(colon["host"].lower()), replace=False)
        return
    outlet_name, place, region, credited, unknown_outlet = None, None, False, None, False
    # "MODUSACEH.CO | Redelong -"; "KASONGAN/tabengan.co.id -" (a place, a slash and the site's address)
    # (a year, then the outlet's initials: "Phnom Penh, November 10, 2026 AKP --", Agence Kampuchea Presse)
    stop_dash = match["prefix"].endswith(".") and lead.startswith("- ", match.end("prefix"))  # "Kahaba.- "
    # (the day after the outlet in its bracket: "DAVAO CITY (MindaNews / 24 November) –")
    prefix = _DAY_IN_CREDIT.sub(r"(\g<outlet>)", match["prefix"])
    for part in re.split(r",|\||\((?=[^)]*\))|\)|/(?=[\w-]+\.[a-z]{2,3}\b)|(?<=\d{4}) (?=[A-Z])",
                         prefix.removesuffix(".") if stop_dash else prefix):
        part = part.strip()
        if not part or (region and _YEAR.fullmatch(part)):
            continue
        outlet = outlet_by_dateline_name().get(part.casefold()) or (outlet_by_dateline_name().get(
            part.split(" ", 2 if part.casefold().startswith("jawa pos ") else 1)[-1].casefold())
            if part.casefold().startswith(("jawa pos ", "jp ")) else None)
        # (the Jawa Pos group's Radar papers sign "SUMENEP, Jawa Pos Radar Madura –", "KOTA, JP Radar Kediri –")
        if outlet is None and place is not None and f"({part})" in prefix and (
                agency := news_agencies().get(part.casefold())) is not None:
            outlet_name = outlet_name or agency  # "Dili, 17 Nov 2026 (Lusa) -": the agency the story comes from
            continue
        if outlet is not None and region and part.isupper() and f"({part})" in prefix and (
                part.casefold() not in news_agencies()):  # after the place and the day: "Jakarta (PHU)---" is the site
            credited = outlet.name
            continue
        if outlet is None and _DETIK_CHANNEL.match(part):
            outlet = outlet_by_dateline_name().get("detikcom")  # "Semarang, detikSport -": one of detik's channels
        if outlet is None and place is None and (joined := _outlet_then_place(part)) is not None:
            outlet, place = joined  # "SUARA MERDEKA SEMARANG - ": the outlet's name and the place, no comma between
        elif outlet is None and place is None and (hosted := _HOST_SPACE_PLACE.fullmatch(part)) is not None and (
                _known_place(hosted["place"].title() if hosted["place"].isupper() else hosted["place"])):
            outlet_name, place = outlet_name or _outlet_of_host(hosted["host"].lower()), hosted["place"]
            continue  # "TOTABUAN.CO BOLMONG — ": the site's address and the place
        if outlet is not None:
            outlet_name = outlet_name or outlet.name
        elif _HOSTNAME.fullmatch(part) and not part.endswith(".") and not (
                place is not None and f"({part})" in prefix and part.isupper()
                and len(_host_label(part)) <= MAX_INITIALS):
            # (not the outlet's initials as an address in brackets after the place: "WAMENA (PB.COM)–", Papua
            # Bangkit; the page's masthead names it)
            # A site's address is an outlet, never a place: "TRIBUN-TIMUR.COM, MAKALE - ", "TRIBUNAMBON.COM - ".
            outlet_name = outlet_name or _outlet_of_host(part.lower())
        elif place is None and _PLACE.match(part) and (split := _unknown_name_then_place(part)) is not None:
            place, unknown_outlet = split, True  # "Memontum Kabupaten Malang –": a site's name, then the place
        elif _PLACE.match(part) and place is None:
            place = part
        elif place is None and outlet_name is None and _FIGURED_BRAND.fullmatch(part):
            place = part  # a brand with figures ("Kanal24, Malang –"): the place after it takes its seat below
        elif (place is not None and not region and outlet_name is None and _PLACE.match(part) and _known_place(part)
              and not _is_country(part) and _unknown_outlet_name(place)):
            place = part  # an outlet the register does not know, then the place: "KalbarOnline, Pontianak -",
            # "PARLEMENTARIA, Jakarta -" (not a district and its regency: "UBUD, Bali -", "Lembang, Bandung Barat -")
        elif place is not None and (_DATELINE_DAY.match(part) or _NUMERIC_DAY.fullmatch(part) or (
                _PLACE.match(part) and _known_place(part))):
            region = True  # the country or province after the place, the wires' day: "NUSA DUA, Indonesia, Nov 16"
            # (or the day in figures: "Sumbawa Besar, SR (04/12/2026) -")
        elif place is not None and (part.isupper() or region) and f"({part})" in prefix:
            continue  # the credit of an outlet the register does not know: "WABAG, 13 AUGUST 2026 (POST-COURIER) ---",
            # "Singapore, 17 November (Argus) —"
        elif (place is not None and region and outlet_name is None and not unknown_outlet and _PLACE.match(part)
              and _words(part) <= MAX_OUTLET_NAME_WORDS and _known_place(place.title() if place.isupper() else place)):
            unknown_outlet = True  # a known place, its day in figures, then the site's short name with no bracket:
            continue  # "Mataram, 08/06/2026 Kemenkeu - " (the finance ministry's and its directorates' news pages)
        elif (place is not None and outlet_name is None and not region
              and (_PLACE.match(part) or _LOWERCASE_BRAND.fullmatch(part))
              and _words(part) <= MAX_OUTLET_NAME_WORDS and (
                  _known_place(place.title() if place.isupper() else place)
                  or (place.isupper() and _INNER_CAPITAL.search(part) is not None)
                  or (((place.isupper() and part.isupper()) or " | " in prefix
                       or _ACRONYM_WORD.search(part) is not None)
                      and place.casefold() in administrative_areas().by_name))):
            # (or a place in capitals before a brand's name: "MERAK, TitikNOL -"; a brand in lower case: "Palu,
            # trustsulteng -"; a district or village before a short name in capitals, a bar or a name with an acronym:
            # "PARAPAT, METRO–", "Parapat | Jurnal Asia –", "Sumbawa Besar, Gaung NTB -")
            unknown_outlet = True  # the known place, then an outlet the register does not know: "TERNATE, NUANSA -"
            continue
        elif outlet_name is not None and place is None and part.islower() and _known_place(part.title()):
            place = part.title()  # the site's address, then the place in lower case: "titastory.id, ambon – "
        else:
            return  # not a dateline: something else precedes the dash
    # (a hyphen or a dash glued to the outlet's name: "Larantuka, Vox NTT- ...", "Kota Bima, Kahaba.- ...",
    # "PARAPAT, METRO– ...")
    glued_dash = lead.startswith(("- ", "\u2013 ", "\u2014 "), match.end("prefix"))
    # (a known place alone before a tight dash, the outlet's name after it or none: "Rantauprapat–Skalanews: KPK
    # ...", "Padang– Sebuah truk ...")
    # (not a country, nor a place an aside's dashes open a sentence with: "Jakarta– kota terpadat di Indonesia –
    # kembali dilanda banjir"; review 47b)
    known_alone = bool(place and not outlet_name and not unknown_outlet and match["tight"] and "," not in prefix
                       and _known_place(place) and not _is_country(place) and (_credit_then_colon(
                           lead, match.end()) is not None or (lead.startswith(("\u2013 ", "\u2014 "), match.end(
                               "prefix")) and not _ASIDE_CLOSED.match(lead, match.end()))))
    if known_alone and (credit := _credit_then_colon(lead, match.end())) is not None:
        outlet_name = outlet_name or (known.name if (known := outlet_by_dateline_name().get(
            credit["outlet"].casefold())) is not None else None)
    if (match["tight"] or strict) and not (outlet_name or (place and (place.isupper() or region)) or (
            unknown_outlet and glued_dash) or known_alone):
        return  # "Presiden—yang baru dilantik—mengatakan": a dash inside a sentence; Harian Jogja's "SLEMAN—" is not
    if place is None and outlet_name and (after := _PLACE_AFTER_OUTLET.match(lead, match.end())) is not None:
        place = after["place"] if _known_place(after["place"]) else None  # Kontan: "KONTAN.CO.ID - CIANJUR. ..."
    if place and _FIGURED_BRAND.fullmatch(place):
        place = None  # a brand's name alone, no place after it
    if place and (outlet_name or place.isupper() or _words(place) <= 3):
        article.dateline = place.title() if place.isupper() else place
        seat = f"{place.title()} {outlet_name.removeprefix('Radar ')}" if outlet_name else ""
        if outlet_name and place.casefold() in _SEAT_HEADS and outlet_name.startswith("Radar "):
            # the Jawa Pos group's Radar papers date a story from their own town by its kind alone: "KOTA, JP Radar
            # Kediri –" is Kota Kediri, "KABUPATEN, ..." the regency; a paper named after no town says no place
            # (Radar Bromo's "KOTA" is Probolinggo's or Pasuruan's)
            article.dateline = seat if _known_place(seat) else None
    if outlet_name:
        _credit_dateline_outlet(article, outlet_name)
    return credited


# The outlet's name and a colon right after a place's dash: "Rantauprapat–Skalanews: ..."
_OUTLET_THEN_COLON = re.compile(r"(?P<outlet>[A-Z][\w.-]{2,30}): (?=[A-Z\u201c\"])")
# A dash glued to the sentence's subject opening an aside that another dash closes: "Jakarta– kota terpadat –"
_ASIDE_CLOSED = re.compile(r"[^.!?\n]{1,120}\s[\u2013\u2014-]\s")


def _credit_then_colon(lead: str, at: int) -> re.Match[str] | None:
    """The outlet's name and a colon after a place's dash, no other place, post or word of the language
    ("Rantauprapat–Skalanews:"; not a route, "Bandung–Jakarta:", nor a speaker, "Medan–Kapolda:")."""
    from tasks.entities import is_ordinary_word, is_role_word  # discovery's word lists, read once per process

    credit = _OUTLET_THEN_COLON.match(lead, at)
    if credit is None:
        return None
    name = credit["outlet"]
    if name.casefold() in outlet_by_dateline_name():
        return credit  # a known outlet whose name is a word too: "Medan–Antara:", "Padang–Haluan:" (review 47c)
    if _known_place(name) or is_role_word(name) or is_ordinary_word(name):
        return None
    return credit
_SEAT_HEADS = frozenset({"kota", "kabupaten"})
_NUMERIC_DAY = re.compile(r"\d{1,2}/\d{1,2}(?:/(?:\d{2}|\d{4}))?")  # (the year may go: "Ternate (5/12) –")


_ACRONYM_WORD = re.compile(r"\b[A-Z]{2,5}\b|[a-z][A-Z]")
_LOWERCASE_BRAND = re.compile(r"(?!(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu)\b)[a-z][a-z0-9]{3,25}")
# A year alone between a dateline's day and the outlet's initials ("November 10, 2026 AKP").
_YEAR = re.compile(r"(?:19|20)\d{2}")
# A brand's capital inside a word: "KalbarOnline", "CamboJA" (no place is written so).
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")


def _unknown_outlet_name(name: str) -> bool:
    """A dateline's first name that is no place: a brand's ("KalbarOnline"), or one that neither the gazetteer nor
    the list of districts and villages knows ("PARLEMENTARIA"; not "UBUD", "Lembang")."""
    if _INNER_CAPITAL.search(name):
        return True
    return not _known_place(name.title() if name.isupper() else name) and (
        name.casefold() not in administrative_areas().by_name)
# A place in capitals glued to the lead by a hyphen: "SELONG-Seorang pendaki ..." (the Jawa Pos group's papers).
_GLUED_DATELINE = re.compile(r"^(?P<place>[A-Z]{3,}(?: [A-Z]{2,}){0,2}|(?-i:[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,}){0,2}))"
                             r"-(?P<next>[A-Z][a-z]+)(?: (?P<next2>[A-Z][a-z]+))?")


def _glued_dateline(glued: re.Match[str]) -> bool:
    """A known place glued to the lead's first word by a hyphen; written in title case, not a pair of places or a
    place's own hyphenated name ("Jakarta-Bandung", "Timor-Leste")."""
    place = glued["place"]
    if not _known_place(place.title()):
        return False
    if place.isupper():
        return True
    # (nor a country's: "Indonesia-Uni Eropa resmi menandatangani ..."; a pair's second place of two words: "Jepang-
    # Korea Selatan", "Bali-Nusa Tenggara")
    second = f"{glued['next']} {glued['next2']}" if glued["next2"] else glued["next"]
    return not (_is_country(place) or _known_place(glued["next"]) or _known_place(second)
                or _known_place(f"{place}-{glued['next']}"))


# The place glued to the site's address, then a bar: "MANGUPURA-fajarbali.com | Kantor Imigrasi ..." (Fajar Bali).
_PLACE_HOST_LEAD = re.compile(rf"^(?P<place>[A-Z]{{3,}}(?: [A-Z]{{2,}}){{0,2}})-(?P<host>[A-Za-z][\w-]*"
                              rf"(?:\.(?i:{_SITE_DOMAINS})){{1,2}})\s*[|\u2013\u2014-]\s*(?=[A-Z\u201c\"])")
# A site's address glued to the lead by a hyphen, no space: "TANGERANGNEWS.com-Sebuah gudang ..." (a hyphen inside a
# word is no dateline's dash, but a host name ends at its top-level domain).
_HOST_LEAD = re.compile(rf"^(?P<host>[A-Za-z][\w-]*(?:\.(?i:{_SITE_DOMAINS})){{1,2}})"
                        r"\s*[-\u2013\u2014]\s*(?=[A-Z\u201c\"])")
# The site's address, a comma or a hyphen, then the place closed by a full stop (Beritabali, Medan Bisnis Daily).
_HOST_PLACE_STOP = re.compile(rf"^(?P<host>[A-Za-z][\w-]*(?:\.[a-z][\w-]*){{0,2}}(?:\.(?i:{_SITE_DOMAINS})){{1,2}})"
                              r"(?:, |\s?[-\u2013\u2014]\s?)"
                              r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?:\.| \|) (?=[A-Z\u201c\"])")
# (or a bar after the place: "BERITAKINI.CO, Meulaboh | Perburuan ...")
# The place, the outlet's name and a stop: "Ambon, Berita Maluku. Tim Pengendalian ..."
_PLACE_OUTLET_STOP = re.compile(r"^(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}), "
                                r"(?P<outlet>[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})\. (?=[A-Z\u201c\"])")
_DAY_AND_MONTH_WORDS = frozenset(dates.DAY_NAMES) | frozenset(dates.MONTH_NAMES)
# The site's name in capitals, a dash, the place and two bars (Lintas Kalimantan: "LINTAS KALIMANTAN – KALBAR || ...").
_SITE_PLACE_BARS = re.compile(r"^[A-Z][A-Z0-9 .'-]{2,40}? [-\u2013\u2014] "
                              r"(?P<place>[A-Z]{3,}(?: [A-Z]{2,}){0,2}) "
                              r"\|\| (?=[A-Z\u201c\"])")
# The site's address, its initials in brackets, then the place in capitals and a colon (Indonesia Maritime News).
_HOST_THEN_PLACE_COLON = re.compile(rf"^(?P<host>[A-Za-z][\w-]*(?:\.(?i:{_SITE_DOMAINS})){{1,2}})(?: \([A-Z]{{2,6}}\))?"
                                    r",\s?(?P<place>[A-Z]{3,}(?: [A-Z]{2,}){0,2}): (?=[A-Z\u201c\"])")
# A known outlet's address, a comma and the place, then the text with no dash: "Fimela.com, Jakarta Badan ..."
# (Fimela); not a list of outlets ("Xinhua, China Daily and ...").
_OUTLET_COMMA_PLACE = re.compile(
    r"^(?P<outlet>[A-Za-z]\w{1,25}(?:\.[a-z]{2,3}){1,2}), (?P<rest>[A-Z]\w*(?: [A-Z]\w*){1,3}) ")


def _longest_known_place(words_text: str) -> str | None:
    """The longest run of the first words that the gazetteer knows as a place, leaving one word for the text."""
    words = words_text.split()
    return next((" ".join(words[:k]) for k in range(len(words) - 1, 0, -1)
                 if _known_place(" ".join(words[:k]))), None)


def _credit_dateline_outlet(article: CleanArticle, outlet_name: str, *, replace: bool = True) -> None:
    """The outlet a dateline names: the page's own, or, when the page's name already stands above it and the
    dateline names an agency ("REDELONG (ANTARA) -" under "Rakyat Aceh"), the wire the story comes from."""
    agency = news_agencies().get(outlet_name.casefold())
    if agency is not None and article.outlet is not None and publisher_of(article.outlet) != outlet_name:
        article.wire_source = article.wire_source or agency
    elif replace or article.outlet is None:
        article.outlet = outlet_name


MAX_OUTLET_NAME_WORDS = 3


MAX_INITIALS = 4  # an outlet's initials as an address: "PB.COM" (Papua Bangkit)
_HOST_SPACE_PLACE = re.compile(rf"(?P<host>{_SITE_ADDRESS.pattern}) (?P<place>(?-i:[A-Z])[\w'-]*"
                               rf"(?: (?-i:[A-Z])[\w'-]*){{0,2}})", re.I)


# A brand's name with figures in it, which no place has: "Kanal24", "Detik20", "Suara99".
_FIGURED_BRAND = re.compile(r"[A-Z][A-Za-z]*\d+[A-Za-z\d]*")


def _unknown_name_then_place(part: str) -> str | None:
    """The known place after one word that is no place nor a place's kind, in one run that is no place itself: the
    site's name the register does not know, then the place ("Memontum Kabupaten Malang"; not "Bandar Lampung")."""
    from tasks.entities import is_ordinary_word, is_role_word  # discovery's word lists, read once per process

    first, _, rest = part.partition(" ")
    if not rest or first.isupper() or first.casefold() in _PLACE_KIND_WORDS or _known_place(part) or (
            part.casefold() in administrative_areas().by_name) or is_role_word(first) or is_ordinary_word(first):
        return None  # (not a post and its region: "Gubernur Jawa Barat, Ridwan Kamil - yang juga hadir -")
    written = rest.title() if rest.isupper() else rest
    return written if _known_place(written) and not _known_place(first) else None


_PLACE_KIND_WORDS = frozenset({"kota", "kabupaten", "kab", "provinsi", "desa", "kecamatan", "kelurahan", "pulau",
                               "teluk", "tanjung", "bandar", "kuala", "muara", "sungai", "gunung", "danau", "pantai",
                               "north", "south", "east", "west", "central", "new", "port", "san", "santa"})


def _outlet_then_place(part: str) -> tuple[Outlet, str] | None:
    """A known outlet's name followed by a known place, in one run ("SUARA MERDEKA SEMARANG")."""
    words = part.split()
    for k in range(1, min(MAX_OUTLET_NAME_WORDS, len(words) - 1) + 1):
        outlet = outlet_by_dateline_name().get(" ".join(words[:k]).casefold())
        place = " ".join(words[k:])
        if outlet is not None and _PLACE.match(place) and _known_place(place.title() if place.isupper() else place):
            return outlet, place
    return None


MIN_OWN_LABEL = 4  # an address's word that may be the site's own name ("www", "co" are no names)
_GENERIC_LABELS = frozenset({"news", "berita", "mobile", "media", "portal", "online"})


def _host_names_site(host: str, site: str) -> bool:
    """Whether a word of the address is the site's name or in it ("flores" of flores.tribunnews.com for "Tribun
    Flores", "terbit" of terbit.co.id for "Harian Terbit")."""
    letters = re.sub(r"[^a-z0-9]", "", site.casefold())
    return any(len(label) >= MIN_OWN_LABEL and label not in _GENERIC_LABELS and (label in letters or letters in label)
               for label in host.split(".")[:-1])


def _site_over_another_address(own: str, address: str) -> bool:
    """Whether the site named over the page should name it rather than the register's outlet at the "Source:" address
    under its text: another publisher ("Sportskeeda" and pssi.org; not "Kementerian Agama" and kemenag.go.id, one
    ministry by the register and the gazetteer), or a paper the register does not know on its group's host under its
    own name ("Tribun Flores" on flores.tribunnews.com, the register's Tribunnews: the page's own address still)."""
    from tasks.entities import curated  # the gazetteer, loaded once per process

    source = outlet_for_url(address)
    if source is None or own.casefold() == source.name.casefold():
        return False
    named = outlet_by_dateline_name().get(own.casefold())
    if _host_names_site(urlsplit(address).hostname or "", own):
        return named is None
    if publisher_of(own) == publisher_of(source.name):
        return False
    entity = curated().exact(own)
    own_ids = {named.entity_id if named is not None else None, entity.entity_id if entity is not None else None}
    return source.entity_id not in own_ids and urlsplit(address).hostname != (named.domain if named else None)


def _address_under_text(article: CleanArticle, lines: list[_Line]) -> str | None:
    """The page's address as a "Source:"/"Sumber:" line gave it (None when it came another way)."""
    if article.canonical_url is None or not any(
            line.rule == "metadata:canonical_url" and (label := _CANONICAL_LINE.match(line.text)) is not None
            and label.group(1).casefold() in ("source", "sumber") for line in lines):
        return None
    return article.canonical_url


def _source_of_syndicated_text(article: CleanArticle, lines: list[_Line]) -> None:
    """A "Source: <address>" line that points to another publisher's article names where the text first ran, not
    the page's own address: a cited source, and the wire when that publisher is an agency (Voice of Indonesia's
    "Source: https://en.antaranews.com/news/...")."""
    if article.outlet is None or _address_under_text(article, lines) is None:
        return  # the page's own address, as its copy starts with it
    source = outlet_for_url(article.canonical_url)
    own = outlet_by_dateline_name().get(article.outlet.casefold())
    if source is None:
        # a body's own release ("Source: https://www.mpa.gov.sg/media-centre/...", Manifold Times): no outlet's page,
        # and not the site's own address
        host = urlsplit(article.canonical_url).hostname or ""
        # (the site's own under a subdomain or a longer name: news.kabarnusantara.id for "Kabar Nusantara",
        # terbit.co.id for "Harian Terbit")
        if (own is not None and (host == own.domain or host.endswith("." + own.domain))) or _host_names_site(
                host, article.outlet):
            return
        _add_cited(article, article.canonical_url)
        article.canonical_url = None
        return
    if own is None and (source.name.casefold() == article.outlet.casefold() or _host_names_site(
            urlsplit(article.canonical_url).hostname or "", article.outlet)):
        return
    if own is not None and (source.entity_id == own.entity_id or source.domain == own.domain or (
            publisher_of(source.name) == publisher_of(own.name))):
        return  # (a site the register does not know, under another's address: that one's page, cited)
    _add_cited(article, article.canonical_url)
    article.canonical_url = None
    agency = news_agencies().get(source.name.casefold()) or news_agencies().get(
        (publisher_of(source.name) or "").casefold())
    article.wire_source = article.wire_source or agency


# The kind of publication a site's name may open with in its own lead: "Majalah Farmasetika – ...".
_PUBLICATION_KIND = re.compile(r"^(?:majalah|harian|koran|tabloid|buletin|portal)\s+", re.I)


def _spelled_alike(first: str, second: str) -> bool:
    """The same name but for spaces, case and a domain: "Tugujogja" and "Tugu Jogja", "AYOSEMARANG" and
    "Ayosemarang.com"."""
    def letters(name: str) -> str:
        return re.sub(r"[^a-z0-9]", "", _host_label(name) if _HOSTNAME.fullmatch(name) else name.casefold())

    return letters(first) == letters(second) and not _known_place(first)


def _names_own_site(lines: list[_Line], name: str) -> bool:
    """The page's own name: its first line, or the holder in its copyright line ("© 2026 Kabar Banten - ..."); a
    lead that opens with it names the site, not a place."""
    if _known_place(name) or not lines:
        return False
    if lines[0].text.strip().casefold() == name.casefold():
        return True
    return _copyright_holder(_copyright_notices(lines), name) is not None


def _page_spelling(lines: list[_Line], host: str) -> str:
    """A site's address as the page writes it in its furniture (its name over the menu, its copyright line), in
    mixed case ("TangerangNews.com"); not in capitals ("RADARBANTEN.CO.ID" stays "radarbanten.co.id"); the name its
    copyright line spells in words first."""
    label = _host_label(host)
    if (apart := _name_spelled_apart(lines, label, notices_only=True)) is not None:
        return apart  # "RADARSUKABUMI.com" over the menu, "© 2026 Radar Sukabumi - Jawa Pos Group" under the text
    for line in lines:
        if line.role == "body":
            continue
        for word in line.text.split():
            written = word.strip(".,;:|()")
            if written.casefold() == host.casefold() and not written.isupper() and not written.islower():
                return written
    # The site's name over its menu, spelled out: "Jambi Independent" for jambi-independent.co.id.
    # ... or without the "news" its address adds: "Kabar Timur" for kabartimurnews.com, when its copyright line
    # holds that name too
    shorter = label.removesuffix("news")
    for line in lines[:_SITE_NAME_REACH]:
        spelled = re.sub(r"[^a-z0-9]", "", line.text.casefold())
        if line.role != "body" and 1 < _words(line.text) <= _SITE_NAME_WORDS and (spelled == label or (
                spelled == shorter != label and _copyright_holder(_copyright_notices(lines), line.text.strip()))):
            return line.text.strip()
    return _name_spelled_apart(lines, label) or host


def _name_in_own_dateline(lines: list[_Line], label: str) -> str | None:
    """The site's name as its lead's dateline credits it: "Minangsatu" of "Batusangkar, Minangsatu - ..." under
    "minangsatu.com" (its address in lower case)."""
    lead = next((line.text for line in lines if line.role == "body"), "")
    found = re.search(rf"^[^,\n]{{2,30}}, ({re.escape(label)})\s?[-\u2013\u2014]", lead, re.I)
    if found is None or not found[1][0].isupper():
        return None
    return found[1].title() if found[1].isupper() else found[1]  # "MINANGSATU" -> "Minangsatu"


def _name_spelled_apart(lines: list[_Line], label: str, notices_only: bool = False) -> str | None:
    """The site's name in words anywhere in its furniture, as its copyright line or a photo credit writes it:
    "Kanal Aceh" for KANALACEH.COM ("© 2026 Kanal Aceh"), "Magelang Ekspres" for magelangekspres.com ("FOTO:
    NAMA/MAGELANG EKSPRES"); written in capitals, in title case. With `notices_only`, in its copyright line."""
    for line in lines:
        if line.role == "body" or label[:4] not in line.text.casefold() or (
                notices_only and not _is_copyright_notice(line)):
            continue
        words = list(re.finditer(r"[A-Za-z0-9]+", line.text))
        for i in range(len(words) - 1):
            for j in range(i + 2, min(i + 4, len(words) + 1)):
                if "".join(w[0] for w in words[i:j]).casefold() == label:
                    written = line.text[words[i].start():words[j - 1].end()]
                    if re.fullmatch(r"[A-Za-z0-9]+(?: [A-Za-z0-9]+)+", written):
                        return _words_in_title_case(written) if written.isupper() else written
    return None


def _words_in_title_case(name: str) -> str:
    """A name in capitals in title case, but for its acronyms ("MAGELANG EKSPRES" -> "Magelang Ekspres", "RMOL
    BANTEN" -> "RMOL Banten"): a short word stays in capitals unless it is an ordinary word or a place's name."""
    from tasks.entities import is_ordinary_word  # discovery's word frequencies, read once per process

    return " ".join(word.title() if len(word) > MAX_ACRONYM_LETTERS or is_ordinary_word(word) or _known_place(
        word.title()) else word for word in name.split())


MAX_ACRONYM_LETTERS = 4  # "RMOL", "JPNN", "IDN", "RRI"


def _host_label(host: str) -> str:
    """A site's name as its address writes it, without its domains and hyphens: "indozone" for INDOZONE.ID,
    "jambiindependent" for jambi-independent.co.id."""
    return re.sub(r"[^a-z0-9]", "", host.casefold().split(".", 1)[0])


# The police's news portals, one per regional command (tribratanews.<polda>.polri.go.id), each over its menu in
# capitals: "TRIBRATANEWS POLDA ACEH" is Tribratanews Polda Aceh, whatever office its copyright line names.
_POLICE_PORTAL = re.compile(r"^tribratanews (?P<command>polda|polres|polresta|polrestabes) "
                            r"(?P<area>[a-z][a-z ]{1,40})$",
                            re.I)


def _police_news_portal(lines: list[_Line]) -> str | None:
    masthead = _masthead(lines)
    portal = _POLICE_PORTAL.match(masthead) if masthead is not None else None
    if portal is None:
        return None
    return f"Tribratanews {portal['command'].capitalize()} {_area_in_title_case(portal['area'])}"


def _area_in_title_case(name: str) -> str:
    """A government body's or a region's name in title case, its initials in capitals: "MALUKU UTARA" -> "Maluku
    Utara", "KEMENTERIAN PUPR" -> "Kementerian PUPR", "PEMERINTAH PROVINSI DKI JAKARTA" -> "Pemerintah Provinsi DKI
    Jakarta" (_words_in_title_case writes a known place's initials so: "Ntt"). A word of one vowel or none is initials
    ("NTT", "SAR", "ESDM"), unless it ends a place's name the word belongs to ("GUNUNG MAS")."""
    words = name.split()
    placed = {k for n in range(2, min(4, len(words)) + 1) for start in range(len(words) - n + 1)
              if _known_place(" ".join(w.capitalize() for w in words[start:start + n]))
              for k in range(start, start + n)}
    return " ".join(word.casefold() if word.casefold() in _NAME_CONNECTORS
                    else word if word.isupper() and k not in placed and sum(c in "AEIOU" for c in word) <= 1
                    else word.capitalize() for k, word in enumerate(words))


# A regional government's own site, named over its menu: "Pemerintah Kabupaten Lamongan", "Website Resmi Pemerintah
# Kabupaten Gresik".
_GOVERNMENT_MASTHEAD = re.compile(r"^(?:(?:website|situs|portal) resmi )?"
                                  r"(?P<name>Pemerintah (?:Kabupaten|Kota|Provinsi) (?-i:[A-Z])[\w-]*"
                                  r"(?: (?-i:[A-Z])[\w-]*){0,3})$", re.I)


# Words that name a news medium: a site over its menu named with one ("Katherine Times", "Radio Idola Semarang",
# "Canadian Running Magazine", "Berita Magelang") is the page's outlet when nothing else names one.
_MEDIA_WORDS = frozenset({"news", "times", "post", "pos", "media", "tv", "radio", "daily", "magazine", "majalah",
                          "berita", "koran", "harian", "advertiser", "herald", "tribune", "journal", "gazette",
                          "chronicle", "express", "ekspres", "mail", "observer", "standard", "review", "weekly",
                          "mingguan"})
# After the site's name over its menu: its motto after a dash or a bar, a radio's frequency ("Radio Idola Semarang
# 92.6 FM", "Berita Magelang - Portal Berita Resmi Pemerintah Kota Magelang").
_MASTHEAD_TAIL = re.compile(r"\s+(?:[-\u2013\u2014|]\s+.*|\d{2,3}(?:[.,]\d)?\s?FM)$")
MAX_MEDIA_MASTHEAD_WORDS = 4
# A site's motto after its name over the menu says the line is the site's name: "Berita Magelang - Portal Berita Resmi
# Pemerintah Kota Magelang".
_MOTTO_AFTER_NAME = re.compile(r"\s[-\u2013\u2014|]\s+(?:portal|situs|media|website|the|your|news|berita)\b", re.I)
# A menu's item over the page, not the site's name: "Live TV", "Latest News", "Breaking News".
_MENU_OPENERS = frozenset({"live", "watch", "listen", "latest", "breaking", "top", "more", "all", "home"})
# ... or words of a section's label with a medium's word: "Berita Utama", "Local News", "TV Show", "News Update"
_SECTION_LABEL_WORDS = frozenset({"utama", "local", "lokal", "show", "update", "updates", "today", "today's", "populer",
                                  "popular", "sosial", "streaming", "briefing", "terbaru", "pilihan", "hari", "ini"})


def _media_masthead(lines: list[_Line]) -> str | None:
    """The site's name over its menu, with a word that names a medium, when the page names it again (its copyright
    notice, its text: "Copyright © 2026 Radio Idola Semarang") or writes its motto after it; not a section's label
    ("Berita Terkini", "Local News") nor the headline."""
    masthead = _masthead_line_past_skip_link(lines)
    if masthead is None or masthead.rule == "metadata:title":
        return None
    name = _MASTHEAD_TAIL.sub("", masthead.text.strip())
    words = name.split()
    keys = {w.casefold() for w in words}
    if not 2 <= len(words) <= MAX_MEDIA_MASTHEAD_WORDS or not all(w[:1].isupper() for w in words) or not (
            keys & _MEDIA_WORDS) or _known_place(name) or words[0].casefold() in _MENU_OPENERS or (
            keys - _MEDIA_WORDS) & (_SECTION_WORDS | _SECTION_LABEL_WORDS) or not (
            _named_again(lines, name) or _MOTTO_AFTER_NAME.search(masthead.text)):
        return None
    return _words_in_title_case(name) if name.isupper() else name


def _named_again(lines: list[_Line], name: str) -> bool:
    """Whether the page writes `name` again below its header (its text, its notice, a promotion of its own: "Follow SBS
    News on Facebook")."""
    named = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.I)
    return any(named.search(line.text) for line in lines[_SITE_NAME_REACH:])


def _masthead_line_past_skip_link(lines: list[_Line]) -> _Line | None:
    """The site's name over its menu, past an accessibility link ("Skip to main content", then "Sky News Australia")."""
    return next((line for line in lines[:_SITE_NAME_REACH]
                 if line.rule != "skip_link" and line.text.strip().casefold() not in _PAGE_CONTROLS
                 and not line.text.casefold().startswith("skip to")), None)


def _government_masthead(lines: list[_Line]) -> str | None:
    """A regional government's, a ministry's or an agency's own site, named over its menu (not its headline); a
    ministry or an agency only when the page names it again below (its notice: "Copyright © 2026 Kementerian
    Kelautan dan Perikanan Republik Indonesia"), not a headline opening with its name."""
    first = _masthead_line(lines)
    if first is None or first.rule == "metadata:title":
        return None
    masthead = first.text.strip()
    named = _GOVERNMENT_MASTHEAD.match(masthead)
    if named is not None:
        return _area_in_title_case(named["name"]) if named["name"].isupper() else named["name"]
    ministry = _MINISTRY_MASTHEAD.match(masthead)
    if ministry is None or not _named_again(lines, _OF_THE_REPUBLIC.sub("", ministry[0])):
        return None
    return _government_body_name(ministry[0])


# A ministry's or a national agency's own site over its menu: "Kementerian Kelautan dan Perikanan Republik Indonesia".
_MINISTRY_MASTHEAD = re.compile(r"^(?:Kementerian|Badan) (?-i:[A-Z])[\w-]*(?: (?:dan|(?-i:[A-Z])[\w-]*)){0,6}$", re.I)
# A government body named as its site's outlet, as the pages write it.
_GOVERNMENT_BODY = re.compile(r"^(?:Kementerian|Badan|Pemerintah) ", re.I)
_OF_THE_REPUBLIC = re.compile(r"\s+(?:Republik Indonesia|RI)$", re.I)


def _government_body_name(name: str) -> str:
    """A ministry's or an agency's name as the outlet: without "Republik Indonesia", which its masthead adds
    ("Kementerian Kehutanan Republik Indonesia" is Kementerian Kehutanan), in title case if written in capitals."""
    name = _OF_THE_REPUBLIC.sub("", name)
    return _area_in_title_case(name) if name.isupper() else name


def _masthead(lines: list[_Line]) -> str | None:
    """The page's first line (its site's name over the menu, as a copied page starts), past a skip link."""
    first = _masthead_line(lines)
    return _untagged(first.text) if first is not None else None


# A tag after the site's name over its menu: "Farmasetika.com (Online)".
_MASTHEAD_TAG = re.compile(r"\s+\((?:online|beta|official|resmi|versi mobile|mobile)\)$", re.I)


def _untagged(masthead: str) -> str:
    """The site's name over its menu without its tag."""
    return _MASTHEAD_TAG.sub("", masthead.strip())


def _masthead_line(lines: list[_Line]) -> _Line | None:
    return next((line for line in lines[:_SITE_NAME_REACH] if line.rule != "skip_link"), None)


def _masthead_name_of_host(lines: list[_Line], host: str) -> str | None:
    """The site's name when its masthead writes it with no address ("INDOZONE" over the menu, "INDOZONE.ID - ..."
    opening the lead) and the page too, in mixed case ("dihimpun Indozone", "Foto: TopSkor/Nama", "© 2026 Palpres");
    not when the page only ever writes it with its address ("© 2026 MerahPutih.com")."""
    from tasks.entities import is_ordinary_word  # discovery's word frequencies, read once per process

    label = _host_label(host)
    masthead = next((line.text.strip() for line in lines[:_SITE_NAME_REACH] if line.text.strip().casefold() == label),
                    None)
    if masthead is None:
        return None
    bare = re.compile(rf"(?<![\w.-]){re.escape(masthead)}(?![\w]|-[\w]|\.[A-Za-z])", re.I)
    for line in lines[1:]:
        for found in bare.finditer(line.text):
            if not found[0].isupper() and not found[0].islower() and not is_ordinary_word(found[0]):
                return found[0]  # (not a word the text opens a sentence with: "Denyut jantung ..." under DENYUT)
    return None


def _held_masthead_of_host(lines: list[_Line], host: str) -> str | None:
    """The site's name of several words over its menu, in capitals, that opens with its address's name and that its
    copyright line holds: "TRIBRATANEWS POLDA JATIM" and "© 2026 Tribratanews Polda Jatim" for
    tribratanews.jatim.polri.go.id (the lead's "Tribratanews.jatim.polri.go.id, SAMPANG –")."""
    masthead = _masthead(lines)
    if masthead is None or not masthead.isupper() or " " not in masthead or (
            re.sub(r"[^a-z0-9]", "", masthead.split()[0].casefold()) != _host_label(host)):
        return None
    return _copyright_holder(_copyright_notices(lines), masthead)


def _paper_of_online_edition(lines: list[_Line], outlet: str) -> str:
    """A paper's site named "<paper> Online" over its menu is the paper when its text speaks to it by that name
    ("kata Gede kepada Radar Timika" under "Radar Timika Online")."""
    paper = outlet.removesuffix(" Online")
    if _words(paper) < 2 or _known_place(paper) or outlet.casefold() in outlet_by_dateline_name():
        return outlet  # "NU Online" (NU is the organization), "Riau Online" (a place), "GMA News Online" (listed)
    named = re.compile(rf"\b(?:kepada|told|tells?)\s+{re.escape(paper)}\b(?! Online)", re.I)
    return paper if any(line.role == "body" and named.search(line.text) for line in lines) else outlet


# The lead opening with a name, a comma and the place: "KBR, Jakarta - ...".
_NAME_BEFORE_COMMA = re.compile(r"^(?P<name>[A-Z][\w.-]{1,25}), (?=[A-Z])")


def _own_name_opening_lead(lines: list[_Line], lead: str) -> str | None:
    """The site's name a dateline writes when the register does not know it: before the place ("KBR, Jakarta - ..."
    under the masthead "KBR.id"), or after it ("Jakarta, TAMBANG – ..." under "Majalah TAMBANG" and "© 2026
    TAMBANG"); taken only when the page's masthead or copyright notice names the site so (not "DARWIN, NT - ...")."""
    masthead = _masthead(lines)
    if masthead is None:
        return None
    opening = _NAME_BEFORE_COMMA.match(lead)
    if opening is not None and _HOSTNAME.fullmatch(masthead) and not _known_place(opening["name"]) and (
            _host_label(masthead) == opening["name"].casefold().replace("-", "")):
        return opening["name"]
    after = _NAME_AFTER_PLACE.match(lead)
    if after is None or not _known_place(after["place"].title() if after["place"].isupper() else after["place"]) or (
            _known_place(after["name"].title() if after["name"].isupper() else after["name"])):
        return None  # (not the province after the city: "Palu, Sulteng - ..." under "Kabar Sulteng")
    name = after["name"]
    held = _copyright_holder(_copyright_notices(lines), name)
    in_masthead = re.search(rf"(?<![\w.-]){re.escape(name)}(?![\w-])", masthead, re.I) is not None
    return (held or name) if held or in_masthead else None


# A place, then the site's name and a dash: "Jakarta, TAMBANG – ...", "Palu, trustsulteng – ...".
_NAME_AFTER_PLACE = re.compile(r"^(?P<place>[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}), (?P<name>[\w.-]{2,30})"
                               r" [-\u2013\u2014]+ ")


def _paper_on_groups_subdomain(lines: list[_Line], outlet: str) -> str | None:
    """A group's regional paper on a subdomain the register does not list, named by its copyright line: the masthead
    "PALOPOPOS.FAJAR.CO.ID" and "© 2026 Palopo Pos" is Palopo Pos, not the group's Fajar."""
    masthead = _masthead(lines) or ""
    if not _HOSTNAME.fullmatch(masthead) or masthead.count(".") < 2:
        return None
    group = outlet_for_url(f"https://{masthead.lower()}")
    if group is None or group.name != outlet or masthead.lower().startswith("www."):
        return None
    return _name_spelled_apart(lines, _host_label(masthead), notices_only=True)


def _outlet_of_host(host: str) -> str:
    """The known outlet that owns a host name ("tribunnews.com"), else the host name itself."""
    outlet = outlet_for_url(f"https://{host}")
    return outlet.name if outlet else host


# Furniture that names the page's own publisher ("Ikuti VOA Indonesia di WhatsApp Channel", "©2022 Merdeka.com");
# not the links and notes that name other sites (read-also links, "Artikel ini telah tayang di ...").
_SELF_NAMING_RULES = frozenset({"channel_promo", "app_prompt", "copyright_line", "newsletter_prompt",
                                "subscription_prompt", "breaking_news_promo", "page_tools"})


def _outlet_in_own_furniture(lines: list[_Line]) -> str | None:
    """The known outlet a page's own promotions or copyright line name, when nothing better names it."""
    known = outlet_by_dateline_name()
    # the site's name over its menu, under a skip link ("Skip to content", then "PAPUA TODAY")
    top_line = _masthead_line_past_skip_link(lines)
    top = _untagged(top_line.text) if top_line is not None else ""
    masthead = top.casefold()
    if _HOSTNAME.fullmatch(top) and (apart := _name_spelled_apart(lines, _host_label(top), notices_only=True)):
        return apart  # "RADARSORONG.ID" over the menu, "Copyright © 2026 Radar Sorong. Jawa Pos Group" under the text
    if (top.isupper() or top.istitle()) and 1 < _words(top) <= _SITE_NAME_WORDS and (held := _copyright_holder(
            _copyright_notices(lines), top)) is not None and held.casefold() not in known:
        return held  # "RADAR MANDALIKA" over the menu, "© 2026 Radar Mandalika. Jawa Pos Group.": the paper, no group
        # (or in title case: "Radar Sampit" and "© 2026 Radar Sampit. Jawa Pos Group.")
    for line in lines:
        if line.rule not in _SELF_NAMING_RULES:
            continue
        words = line.text.replace("©", " ").split()
        for n in (3, 2, 1):
            for start in range(len(words) - n + 1):
                name = " ".join(words[start:start + n]).strip(".,;:!()").casefold()
                outlet = known.get(name)
                if outlet is not None and name in news_agencies() and masthead and not masthead.startswith(name):
                    continue  # "COPYRIGHT © ANTARA 2025" on a wire story under MEDIASULSEL.COM: the story's, no site's
                if outlet is not None:
                    # the site's own longer name over the page, as written there: "Jawa Pos Radar Madiun"
                    # (a paper of the group the notice names, over its own menu: "Broome Advertiser" and "© 2026
                    # West Australian Newspapers Limited")
                    if _part_of_masthead(words, start, n, masthead):
                        return _spelled_as_a_name(top, lines)
                    return outlet.name if outlet.name.casefold() in masthead else (
                        _media_masthead(lines) or outlet.name)
    return None


def _spelled_as_a_name(masthead: str, lines: list[_Line]) -> str:
    """A masthead in capitals as its copyright line spells it ("PAPUA TODAY" is "© 2026 Papua Today"; "RRI AMBON"
    is "RRI Ambon"); as written otherwise."""
    if not masthead.isupper():
        return masthead
    for notice in _copyright_notices(lines):
        at = notice.casefold().find(masthead.casefold())
        if at >= 0:
            return notice[at:at + len(masthead)]
    for notice in _copyright_notices(lines):  # run together over the menu, apart in the notice: "RMOL JATENG"
        for match in _HOLDER_WORDS.finditer(notice):
            if match[1].replace(" ", "").casefold() == masthead.casefold():
                return _words_in_title_case(match[1]) if match[1].isupper() else match[1]
    return masthead


def _part_of_masthead(words: list[str], start: int, n: int, masthead: str) -> bool:
    """A known outlet's name that only opens the site's own, written over the page: "Tempo" of "© 2026 Tempo Timor"
    under "Tempo Timor" (a Dili paper, not Tempo's English edition); or the group's name before it: "Jawa Pos" of
    "© 2026 Jawa Pos Radar Jombang" under "Radar Jombang"."""
    if any(" ".join(words[start + n:start + n + k]).strip(".,;:!()").casefold() == masthead for k in (1, 2, 3)):
        return True
    return any(" ".join(words[first:start + n + more]).strip(".,;:!()").casefold() in (
        masthead, _spaced(masthead, words[first:start + n + more]))
               for first in range(max(0, start - 3), start + 1) for more in (0, 1, 2, 3)
               if (first, more) != (start, 0))  # (or ends it: "Today" of "© 2026 Papua Today" under "PAPUA TODAY";
    # or the masthead runs the words together: "RMOL" of "© 2025 RMOL JATENG" under "RMOLJATENG")


def _spaced(masthead: str, words: list[str]) -> str:
    """The words as the masthead would read them run together, when they spell it: "rmol jateng" for "rmoljateng"."""
    joined = " ".join(words).strip(".,;:!()").casefold()
    return joined if joined.replace(" ", "") == masthead and " " in joined else ""


# Publishers whose channels and regional bureaus are outlets under their own names, printed on the page: detik's
# "detikHealth", "detikBali" (in the byline "Nama - detikHealth" or over the menu), Antara's "ANTARA Jatim",
# "ANTARA Sulteng" (the regional site's name over its menu). The register knows the publisher ("detikcom", "Antara").
# (a province's initials too: "ANTARA NTT", "ANTARA NTB")
_ANTARA_EDITION = re.compile(r"^(?:ANTARA|Antara)(?: News)? (?P<region>(?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][a-z]+))?"
                             r"|(?-i:NTT|NTB|DIY|DKI))$")
class _RegionalSites:
    """A publisher's regional sites as the register lists them (sumatra.bisnis.com is "Bisnis Sumatra"), matched
    like an edition's pattern: the name over the menu, under the publisher's own leads ("Bisnis.com, PADANG -")."""

    def __init__(self, domain: str) -> None:
        self.domain = domain

    def match(self, text: str) -> re.Match[str] | None:
        return _regional_site_names(self.domain).match(text)


@cache
def _regional_site_names(domain: str) -> re.Pattern[str]:
    names = sorted(o.name for o in outlets() if o.domain.endswith("." + domain))
    return re.compile("^(?P<region>" + "|".join(map(re.escape, names)) + ")$" if names else r"(?!)")


_BISNIS_EDITION = _RegionalSites("bisnis.com")
# The register's name of each such publisher -> how its channels or editions are written.
_EDITIONS = {"detikcom": _DETIK_CHANNEL, "Antara": _ANTARA_EDITION, "Bisnis.com": _BISNIS_EDITION}


def _edition_named(lines: list[_Line], publisher: str) -> str | None:
    """The channel or regional edition of the publisher that the page names above its text (a page whose outlet
    nothing else named may still name a detik channel)."""
    named = None
    for line in lines[:_first_paragraph(lines) + 1]:
        text = line.text.strip()
        if publisher == "detikcom":
            # The byline's channel ("Nama - detikBali") says it; else the last channel over the text (a menu lists
            # them all, then the page's own: "detikcom", "detikNews", ..., "detikBali").
            brand = _AUTHOR_BRAND.match(text)
            if brand is not None and line.role == "metadata" and _DETIK_CHANNEL.match(brand["brand"]):
                return brand["brand"] if brand["brand"] != "detikcom" else named
            if _DETIK_CHANNEL.match(text) and text != "detikcom":
                named = text
        elif line.role != "body" and (edition := _EDITIONS[publisher].match(text)) is not None:
            return text if edition["region"] != "News" else None
    return named


def publisher_of(outlet: str | None) -> str | None:
    """The register's name for the publisher of a channel or regional edition ("detikBali" -> "detikcom",
    "ANTARA Jatim" -> "Antara"); other outlets are their own publisher."""
    if outlet is None:
        return None
    return next((publisher for publisher, edition in _EDITIONS.items() if edition.match(outlet)), outlet)


def _outlet_named_first(lines: list[_Line]) -> str | None:
    """The known outlet whose name or address is the page's first line: the site's name above its menu
    ("Harian Disway", "suarasurabaya.net", "Arab News"); else the name over the menu that the copyright line
    holds ("Infobanknews" and "© 2026 Infobanknews.com"), past a skip link, a date or a login link above it."""
    # (past the search box's buttons over the site's name: "Search", "Close this search box.", "TVS")
    start = next((i for i, line in enumerate(lines[:_SITE_NAME_REACH])
                  if line.text.strip().casefold() not in _PAGE_CONTROLS), 0)
    top = [line for line in lines[start:start + _SITE_NAME_REACH] if line.rule != "skip_link"]
    if not top:
        return None
    first = _untagged(top[0].text)  # (without its tag: "Farmasetika.com (Online)")
    if first.endswith(".") and " " not in first and first.count(".") == 1:
        first = first[:-1]  # a logo's full stop: "businessline."
    if first.casefold() in news_agencies():
        return None  # "Reuters" over the headline credits the story (wire_source)
    outlet = outlet_by_dateline_name().get(first.casefold())
    if outlet is None:
        outlet = _site_tagline(first)  # "Mizzima - News in Myanmar"
    if outlet is None and _HOSTNAME.fullmatch(first):
        outlet = outlet_for_url(f"https://{first.lower()}")
    if outlet is not None:
        return outlet.name
    # An outlet the register does not know: the name its copyright notice holds, else the name over its menu.
    notices = _copyright_notices(lines)
    # (or the name before the site's motto: "Bima Ekspres – Harian Pagi Bima Dompu" and "© 2026 Bima Ekspres")
    held = next((holder for line in top for name in (_untagged(line.text), _before_motto(line.text))
                 if (holder := _copyright_holder(notices, name)) is not None), None) if notices else None
    if held is None and (_HOSTNAME.fullmatch(first) or (first.isupper() and first.isalpha())):
        held = _holder_spelled_apart(notices, first)  # "HarianTerbit.com" or "OCEANWEEK", and "© 2026 Harian Terbit"
    if held is None and notices and _masthead_over_menu(top):
        held = _holder_abbreviated(notices, first)  # "DITJEN HUBDAT" and "© 2026 Direktorat Jenderal Perhubungan Darat"
    if held is None and len(top) > 1 and _spelled_out_below(first, top[1].text.strip()):
        held = first  # "CIDRAP" over "Center for Infectious Disease Research and Policy": the site's initials
    if held is None and (spelled := _INITIALS_THEN_NAME.match(first)) is not None and (
            _initials_of(spelled["name"]) == spelled["initials"]):
        held = spelled["name"]  # "OFI – Oils & Fats International": the name its initials stand for
    return held or (first if _masthead_over_menu(top) and (
        _holder_shares_first_word(notices, first) or _named_in_text(lines, first) or _signs_the_text(lines, first)
        or _more_from_site(lines, first) or _signs_the_lead(lines, first) or _part_of_group(lines, first)) else None)


def _more_from_site(lines: list[_Line], name: str) -> bool:
    """Whether the page's own related list is headed by the name over its menu ("More from 7NEWS", "Lainnya dari
    X"): the site's name, not a section's."""
    heading = re.compile(rf"^(?:more from|more stories from|lainnya dari|berita lainnya dari) {re.escape(name)}$", re.I)
    return any(line.role == "boilerplate" and heading.match(line.text.strip()) for line in lines)


_INITIALS_IN_LEAD = re.compile(r"^[^,\n]{2,30}, (?P<initials>[A-Z]{2,4}) [-\u2013\u2014]")
_INITIALS_THEN_NAME = re.compile(r"^(?P<initials>[A-Z]{2,6})\s[-\u2013\u2014]\s(?P<name>[A-Z][\w&' -]{3,60})$")


MIN_SITE_INITIALS, MAX_SITE_INITIALS = 3, 8


def _spelled_out_below(first: str, second: str) -> bool:
    """Whether the page's first line is an acronym that the line under it spells out, every word's initial in turn
    ("CIDRAP" over "Center for Infectious Disease Research and Policy")."""
    if not (first.isupper() and first.isalpha() and MIN_SITE_INITIALS <= len(first) <= MAX_SITE_INITIALS):
        return False
    words = second.split()
    if not all(word[0].isupper() or word in _NAME_CONNECTORS for word in words):
        return False  # a name in title case, not a headline under a section's label ("NEWS" over "Nurses end ...")
    every = "".join(word[0] for word in words).upper()  # connectors' too: "and" is CIDRAP's A, "for" is not there
    capitals = "".join(word[0] for word in words if word[0].isupper())
    return every[:1] == first[:1] and _in_order(first, every) and _in_order(capitals, first) and (
        len(capitals) >= len(first) - 1)


_NAME_CONNECTORS = frozenset({"and", "for", "of", "the", "on", "in", "dan", "untuk"})


def _in_order(letters: str, within: str) -> bool:
    """Whether `letters` occur in `within` in that order (a subsequence)."""
    rest = iter(within)
    return all(letter in rest for letter in letters)


def _initials_of(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[0].isupper())


def _holder_spelled_apart(notices: list[str], host: str) -> str | None:
    """The copyright holder whose words, run together, are the host's name: "Harian Terbit" for HarianTerbit.com."""
    label = _host_label(host)
    for notice in notices:
        for match in _HOLDER_WORDS.finditer(notice):
            if match[1].replace(" ", "").casefold() == label and " " in match[1]:
                return match[1]
    return None


# A notice's holder up to its comma, bar or rights: "Hak Cipta © 2026 Direktorat Jenderal Perhubungan Darat, ...".
_WHOLE_HOLDER = re.compile(r"(?:\u00a9|copyright)\W*(?:\d{4}\W*)?"
                           r"((?-i:[A-Z][\w-]*)(?: (?:dan |and |of )?(?-i:[A-Z][\w-]*)){1,7})"
                           r"(?=\s*(?:$|[,|.\u2013\u2014-]|(?:All|Hak|Seluruh|Semua)\b))", re.I)
MIN_ABBREVIATION_LETTERS = 5


def _holder_abbreviated(notices: list[str], name: str) -> str | None:
    """The copyright holder whose name the site's short name abbreviates by syllables, as Indonesian bodies do:
    "DITJEN HUBDAT" for "Direktorat Jenderal Perhubungan Darat" (the short name's letters in order, each of its
    words inside the holder's words in turn, the first letters the same)."""
    letters = [word.casefold() for word in name.split()]
    if len(letters) < 2 or sum(map(len, letters)) < MIN_ABBREVIATION_LETTERS or not all(w.isalpha() for w in letters):
        return None
    for notice in notices:
        for match in _WHOLE_HOLDER.finditer(notice):
            holder = match[1]
            if _abbreviates("".join(letters), [w.casefold() for w in holder.split()]) and len(holder.split()) > len(
                    letters):
                return holder
    return None


def _abbreviates(short: str, words: list[str]) -> bool:
    """Whether `short` is letters taken in order from `words`, opening with the first word's first letter and taking
    at least one letter from each word that is not a connector."""
    if not words or not short or short[0] != words[0][:1]:
        return False
    at, used = 0, 0
    for word in words:
        took = False
        for char in word:
            if at < len(short) and char == short[at]:
                at, took = at + 1, True
        used += took or word in ("dan", "and", "of")
    return at == len(short) and used == len(words)


# What opens a copyright notice's holder: the sign, the word or the year ("© 2026 Harian Terbit").
_COPYRIGHT_MARK = r"(?:\u00a9|copyright|\d{4})\W*"
_HOLDER_WORDS = re.compile(_COPYRIGHT_MARK + r"((?-i:[A-Z][\w-]*(?: [A-Z][\w-]*){1,2}))", re.I)


def _signs_the_text(lines: list[_Line], name: str) -> bool:
    """Whether the credit closing the text names the site among the desks that filed it ("MC Tapin/MC Kalsel/Fkr"
    under MC Kalsel's text)."""
    key = name.casefold()
    return any("/" in line.text and _words(line.text) <= MAX_CREDIT_PARTS and key in (
        part.strip().casefold() for part in line.text.split("/")) for line in lines[1:])


MAX_CREDIT_PARTS = 8


def _part_of_group(lines: list[_Line], name: str) -> bool:
    """Whether the page's footer says the site belongs to a media group: "Runner's World Part of Hearst Digital Media",
    "Velo Weekly is part of Future US Inc, ..." (the text's last line at most, and a company's word: not "Timor-Leste
    is part of Southeast Asia ...")."""
    owned = re.compile(rf"^{re.escape(name)},? (?:is )?(?:a )?part of (?-i:[A-Z])[^.!?]{{0,60}}"
                       r"\b(?-i:Inc|Ltd|LLC|plc|PLC|Media|Group|Digital|Network|Publishing|Holdings)\b", re.I)
    last = _last_body_index(lines, default=0)
    return any(owned.match(line.text.strip()) for line in lines[last:])


def _signs_the_lead(lines: list[_Line], name: str) -> bool:
    """Whether the lead's dateline names the site after the place: "Pamekasan, Jatim Newsroom – ..." under "Jatim
    Newsroom"."""
    lead = next((line.text for line in lines if line.role == "body"), "")
    return re.match(rf"[^,]{{2,30}}, {re.escape(name)}\s?[-\u2013\u2014]", lead) is not None


def _named_in_text(lines: list[_Line], name: str) -> bool:
    """Whether the text itself names the site as the one it speaks to ("... told SeafoodSource", "kepada
    Kabar Pesisir"): its name, not a menu's or a region's."""
    if _known_place(name):
        return False
    pattern = re.compile(rf"\b(?:told|to|tell|kepada|ke)\s+{re.escape(name)}(?![\w])")
    return any(line.role == "body" and pattern.search(line.text) for line in lines)


# What a page's first line may be that names no site: its menu's words and the reader's buttons.
_PAGE_CONTROLS = frozenset({"menu", "search", "cari", "subscribe", "langganan", "login", "log in", "sign in", "masuk",
                            "daftar", "register", "skip to content", "main menu", "navigation", "e-paper", "epaper",
                            "close this search box."})
MAX_MASTHEAD_WORDS = 4


def _holder_shares_first_word(notices: list[str], name: str) -> bool:
    """Whether a copyright notice names a company that opens with the site's first word ("Breaking Defense" and
    "© 2026 Breaking Media, Inc.", "Asia Times" and "© 2026 Asia Times Financial"): the name is the site's own, not
    a menu's heading ("Berita Terkini") or a button."""
    first = re.escape(name.split()[0])
    return any(re.search(rf"{_COPYRIGHT_MARK}{first}\b", notice, re.I) for notice in notices)


_NUMBERED_BRAND = re.compile(r"^\d{1,2}[A-Z][A-Za-z]{2,}$")


def _masthead_over_menu(top: list[_Line]) -> bool:
    """Whether the page's first line is its site's name: a short name in capitals or title case, no section or button,
    over a menu (the next lines are the menu's labels and buttons, or its row: "Breaking Defense", then "Subscribe",
    "Search", "Air", where the copyright line names the company: "© 2026 Breaking Media, Inc.")."""
    first = top[0].text.strip()
    after = top[1:_MENU_LABELS + 1]
    numbered = _NUMBERED_BRAND.match(first) is not None  # "7NEWS", "9News": a channel's number opens its name
    return ((first[:1].isupper() and not _has_digit(first) and _title_cased(first, 1.0)) or numbered) and (
            _words(first) <= MAX_MASTHEAD_WORDS
            and first.casefold() not in _SECTION_WORDS and first.casefold() not in _PAGE_CONTROLS
            and top[0].rule in (None, "page_furniture")
            and len(after) == _MENU_LABELS and all(line.role == "boilerplate" for line in after))


# How far down the page its name may sit: under a skip link, the day's date, "E-Paper" and "Login" (Mercusuar).
_SITE_NAME_REACH = 5
_SITE_NAME_WORDS = 3


# The holder a copyright notice names first: "© 2026 Papua Pos. All Rights Reserved." (not a company's legal form).
_NOTICE_HOLDER = re.compile(r"(?:\u00a9|\(c\)|copyright)\s*(?:\d{4}\s*)?(?P<name>(?!(?:PT|CV)\b)[A-Z][\w-]*"
                            r"(?: [A-Z][\w-]*){0,3})(?=\.|\s*$|\s*[|,-]|\s+(?:All|Hak)\b)", re.I)


def _copyright_holder_spoken_to(lines: list[_Line]) -> str | None:
    """The copyright notice's holder when the text has someone speak to it by that name ("kata Agustinus kepada Papua
    Pos" and "© 2026 Papua Pos. All Rights Reserved."): a site the register does not know, with no masthead."""
    notices = _copyright_notices(lines)
    for notice in notices:
        holder = _NOTICE_HOLDER.search(notice)
        if holder is None or not holder["name"][:1].isupper():
            continue
        if holder["name"].casefold() in news_agencies() and not all(map(_names_an_agency, notices)):
            continue  # an agency's notice over its story, "Copyright 2026 AFP", on a page another holder's notice
            # closes ("Copyright ©2026 Dow Jones & Company"): its wire (on Reuters' own page, Reuters; review 45a)
        spoken_to = re.compile(rf"\b(?:kepada|told|tells?)\s+{re.escape(holder['name'])}(?![\w.-])")
        if any(line.role == "body" and spoken_to.search(line.text) for line in lines):
            return holder["name"]
    return None


def _names_an_agency(notice: str) -> bool:
    """Whether a copyright notice names a news agency ("© Agence France-Presse", "Copyright 2026 AFP")."""
    return _agency_names().search(notice.casefold()) is not None


@cache
def _agency_names() -> re.Pattern[str]:
    """The news agencies' credit forms (casefolded), each as a whole word: one pattern for the register."""
    forms = sorted(news_agencies(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])")


def _copyright_notices(lines: list[_Line]) -> list[str]:
    return [line.text for line in lines if _is_copyright_notice(line)]


def _is_copyright_notice(line: _Line) -> bool:
    # (a notice without the sign, in any furniture: "Copyright The Australian. All times AEST (GMT +10).")
    return line.role != "body" and (line.rule == "copyright_line" or "\u00a9" in line.text
                                    or line.text.startswith(("Copyright ", "COPYRIGHT ")))


MAX_HELD_MASTHEAD_WORDS = 5


def _spaced_like(run_together: str, spaced: str) -> str:
    """A name the notice runs together, in its own letters, with the spaces the masthead puts in it: "KabarNTB" and
    "KABAR NTB" give "Kabar NTB" (the notice keeps the acronym's capitals the masthead's capitals hide)."""
    letters = run_together.replace("-", "")
    words, at = [], 0
    for word in spaced.split():
        words.append(letters[at:at + len(word)])
        at += len(word)
    return " ".join(words) if at == len(letters) else _words_in_title_case(spaced)


def _copyright_holder(notices: list[str], name: str) -> str | None:
    """`name` as the page's copyright notice holds it (a short name, or its address: "Infobanknews" and
    "Copyright © 2026 Infobanknews.com"), spelled as that notice writes it when `name` is in capitals ("MERCUSUAR"
    over the menu, "© 2026 Mercusuar" under the text); the holder only, not a link beside it ("... | Redaksi")."""
    if not name or len(name.split()) > (MAX_HELD_MASTHEAD_WORDS if name.isupper() else _SITE_NAME_WORDS) or not (
            name[0].isalnum()):
        return None  # (a government's masthead in capitals may be longer: "PEMERINTAH PROVINSI PAPUA SELATAN")
    # The holder's whole name: not "Kelana" of "PT Kelana Digital Nusantara Tbk", "Crash" of "Crash Media Group"; then
    # a link, a sign, a year, a group or its owner after a slash ("© 2004-2026 VolcanoDiscovery / Tom Pfeiffer").
    # (a station's frequency in its masthead, not in its notice: "Swaragama 101.7 FM" and "© 2026 Swaragama FM")
    name = " ".join(_FREQUENCY.sub(" ", name).split()) if _FREQUENCY.search(name) else name
    spelled = r"[\s-]?".join(map(re.escape, name.split()))  # "Kabar Kota Raya" is also kabarkotaraya.co.id
    # (and a logo's words run together are apart in the notice: "GoodNews From Indonesia" over the menu, "© 2026 Good
    # News From Indonesia" under the text)
    spelled = _CAMEL_JOINT.sub(r"[\\s-]?", spelled)
    holder = re.compile(rf"(?<![\w.])({spelled})(?:\.[a-z]{{2,6}}){{0,2}}"
                        r"(?=\s*(?:$|[-\u2013\u2014|,(/\u00a9]|\.?\s*(?:All|Hak|Seluruh|Semua)\b|\.\s*$|\s\d{4}\b|\s(?:Group|Grup)\b"
                        # (or a sentence after it: "... Papua Selatan. Dikelola oleh ...")
                        r"|\.\s+(?-i:[A-Z])))", re.I)
    found = next((match for notice in notices for match in holder.finditer(notice) if _holds_copyright(match)), None)
    if found is None:
        return None
    if name.isupper() and " " in name and " " not in found[1]:
        return _spaced_like(found[1], name)  # "PULAU SUMBAWA NEWS" over the menu, "© 2026 PulauSumbawaNews.net"
    return found[1] if name.isupper() or found[1].count(" ") > name.count(" ") else name


# A radio station's frequency inside its name: "Swaragama 101.7 FM", "Radio Suara Surabaya 100 FM".
_FREQUENCY = re.compile(r"\s\d{2,3}(?:[.,]\d)?(?=\s?(?:FM|AM)\b)")
# Where a word written in camel case joins two words ("GoodNews", "KabarPapua"): a lower-case letter, then a capital.
_CAMEL_JOINT = re.compile(r"(?<=[a-z])(?=[A-Z])")


# (RMOL's regional sites hold theirs as a news agency: "Copyright © 2026 Kantor Berita RMOLSumsel")
_COPYRIGHT_BEFORE = re.compile(r"(?:\u00a9|\(c\)|copyright|\b\d{4})\W*(?:(?:by|oleh)\s+)?(?:kantor berita\s+)?$", re.I)
_COPYRIGHT_AFTER = re.compile(r"[\w.]*\s*\u00a9")


def _holds_copyright(match: re.Match[str]) -> bool:
    """The name sits where a notice names its holder: after the sign, the word or the year ("© 2026 X", "Copyright ©
    2026, X"), or before the sign ("X © 2026")."""
    return bool(_COPYRIGHT_BEFORE.search(match.string, 0, match.start())
                or _COPYRIGHT_AFTER.match(match.string, match.end(1)))


def _resolve_outlet(article: CleanArticle, site_name: str | None) -> None:
    """Dateline or date line first (set already), then the URL's known outlet, then the page's site name."""
    if article.outlet is None and article.canonical_url:
        outlet = outlet_for_url(article.canonical_url)
        if outlet is not None:
            article.outlet = outlet.name
    if article.outlet is None and site_name:
        # trafilatura falls back to the host name when a page names no site: map it, or keep it as is.
        article.outlet = _outlet_of_host(site_name) if _HOSTNAME.fullmatch(site_name) else site_name
    if article.outlet:
        known = outlet_by_dateline_name().get(article.outlet.casefold())
        if known is not None:
            article.outlet = known.name


def clean_batch(documents: list[RawDocument]) -> tuple[list[CleanArticle], list[QuarantineRecord]]:
    """Clean each document; one that fails or holds no article body is quarantined, the rest go on."""
    cleaned: list[CleanArticle] = []
    problems: list[QuarantineRecord] = []
    for document in documents:
        try:
            article = clean_document(document)
        except NotArticleError as exc:  # an index, tag or video page: kept in quarantine with the reason
            problems.append(QuarantineRecord(document.source_uri, "clean", "not_article", str(exc),
                                             document.payload_hash))
            continue
        except Exception as exc:  # one bad document must not stop the batch
            problems.append(QuarantineRecord(document.source_uri, "clean", "clean_error",
                                             f"{type(exc).__name__}: {exc}", document.payload_hash))
            continue
        if not article.body_text.strip():
            problems.append(QuarantineRecord(
                document.source_uri, "clean", "no_body",
                f"nothing but boilerplate and metadata ({len(article.removed)} lines removed)",
                document.payload_hash))
            continue
        cleaned.append(article)
    return cleaned, problems
