"""The languages of the dashboard: which ones, which one a visitor gets, and their catalogs.

English, Thai, Khmer, Burmese, Lao and Vietnamese. The words of the interface are gettext
catalogs kept in the repo (`locale/<lang>/LC_MESSAGES/atlas.po`, extracted from the code by
Babel into `locale/atlas.pot`); each `.po` is compiled to an `.mo` beside it when the `.mo` is
missing or older (`make run` and `make test` do it first, `compile_catalogs()` again on first
use), so a fresh clone works. A message a catalog does not translate yet (empty, or marked fuzzy)
shows in English, never as an empty label.

What is not ours to translate comes from libraries: month names, dates and numbers from Babel
(CLDR); country names from CLDR's territory names (complete and current for these five
languages), else pycountry's own iso3166-1 translations, else English.

No Streamlit here, and nothing process-wide: a caller asks for `translator(lang)` and uses it,
so two sessions in two languages never share a language (gettext.install would).
"""

from __future__ import annotations

import gettext
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pycountry
from babel import Locale
from babel.lists import format_list
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import parse_pattern

DOMAIN = "atlas"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
DEFAULT = "en"
# code -> the language's name in that language (what the picker shows).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "th": "ไทย",
    "km": "ខ្មែរ",
    "my": "မြန်မာ",
    "lo": "ລາວ",
    "vi": "Tiếng Việt",
}


def N_(message: str) -> str:  # noqa: N802 (the gettext name for "mark for extraction, translate later")
    """Mark a message for extraction where it is defined; it is translated where it is shown."""
    return message


def supported(code: object) -> str | None:
    """The language code a value names ("km", "KM", "km-KH", "km_KH"), or None."""
    if not isinstance(code, str):
        return None
    primary = code.strip().replace("_", "-").split("-")[0].lower()
    return primary if primary in LANGUAGES else None


def negotiate(link: str | None, browser: str | None) -> str:
    """The language of a visit: the link's `lang=` if it is one of ours, else the browser's
    language (st.context.locale) if it is one of ours, else English."""
    return supported(link) or supported(browser) or DEFAULT


def compile_catalogs(locale_dir: Path = LOCALE_DIR) -> list[Path]:
    """Compile every `.po` whose `.mo` is missing or older, with Babel; return what was written.

    Fuzzy and untranslated messages are left out of the `.mo`, so gettext falls back to English.
    """
    written = []
    for po_path in sorted(locale_dir.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        mo_path = po_path.with_suffix(".mo")
        if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        with po_path.open("rb") as po:
            catalog = read_po(po, locale=po_path.parent.parent.name, domain=DOMAIN)
        # A file of this process's own (two test workers may compile at once), renamed into
        # place, so a reader never sees half a file.
        with tempfile.NamedTemporaryFile(dir=mo_path.parent, suffix=".mo.tmp", delete=False) as mo:
            write_mo(mo, catalog)
        Path(mo.name).replace(mo_path)
        written.append(mo_path)
    return written


@cache
def _translation(lang: str) -> gettext.NullTranslations:
    if lang == DEFAULT:
        return gettext.NullTranslations()
    compile_catalogs()
    return gettext.translation(DOMAIN, str(LOCALE_DIR), languages=[lang], fallback=True)


@cache
def _country_translation(lang: str) -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)


class Message(str):
    """An English sentence that keeps its template and values: everything that reads it (logs,
    tests, the command line) gets the English str it is, and a page says it in its language with
    Translator.text. Made with M_ (or MN_ for a count's plural forms; both are extraction
    keywords). A value is shown by its kind, in the language of whoever says the message: a
    Message in that language too, a whole number or a float as a number (CLDR grouping, 1,234 or
    1.234), a Country by its name, Alternatives as a list joined by "or"; anything else (a key, a
    value as typed, a row number) as its str."""

    template: str
    plural: str | None
    count: int | None
    values: dict[str, object]

    def __new__(cls, template: str, **values: object) -> Message:
        return cls._make(template, None, None, values)

    @classmethod
    def _make(
        cls, template: str, plural: str | None, count: int | None, values: dict[str, object]
    ) -> Message:
        self = super().__new__(cls, _render(DEFAULT, template, plural, count, values))
        self.template, self.plural, self.count, self.values = template, plural, count, values
        return self


@dataclass(frozen=True)
class Country:
    """A country as a value of a Message: its name in the language the message is said in."""

    iso3: str


@dataclass(frozen=True)
class Alternatives:
    """Values of a Message read as choices: "Cambodia or Samoa", "A, B ຫຼື C" (CLDR's "or" list)."""

    items: tuple[str, ...]


def M_(template: str, **values: object) -> Message:  # noqa: N802 (a gettext-style marker)
    """A message of the app's logic (a refusal, a problem) made in English, translatable later."""
    return Message(template, **values)


def MN_(singular: str, plural: str, n: int, **values: object) -> Message:  # noqa: N802
    """A Message with a count: its plural form chosen for `n` in each language; {n} is `n` as a
    number in that language."""
    return Message._make(singular, plural, n, {"n": n, **values})


def phrase(message: str) -> Message:
    """A message marked for extraction elsewhere (N_ in a table of words), as a Message value."""
    return Message(message)


def _value(lang: str, value: object) -> str:
    if isinstance(value, Message):
        return _render(lang, value.template, value.plural, value.count, value.values)
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, int | float):
        return _number_format(lang)(value)
    if isinstance(value, Country):
        return translator(lang).country(value.iso3)
    if isinstance(value, Alternatives):
        return format_list(list(value.items), style="or", locale=_babel_locale(lang))
    return str(value)


def _render(
    lang: str, template: str, plural: str | None, count: int | None, values: dict[str, object]
) -> str:
    words = _translation(lang)
    said = words.gettext(template) if plural is None else words.ngettext(template, plural, count)
    return said.format(**{k: _value(lang, v) for k, v in values.items()})


@cache
def _babel_locale(lang: str) -> Locale:
    return Locale.parse(lang)


@cache
def _number_format(lang: str) -> Callable[[int | float], str]:
    """format_decimal(value, locale=lang) as a function built once per language: Babel parses
    the locale's pattern and reads its symbols on every call (about 6 µs a number, and a page at
    a million events writes hundreds). A whole number under the plain grouping every language
    here has (#,##0.###: groups of three, no padding, Latin digits) is Python's own grouping with
    the locale's group symbol and minus sign; anything else (a float, another pattern) goes to
    the pattern Babel parsed once, as format_decimal would. tests/test_i18n.py compares the two
    on many values in every language."""
    locale = _babel_locale(lang)
    pattern = parse_pattern(locale.decimal_formats[None])
    symbols = locale.number_symbols["latn"]
    group, minus = symbols["group"], symbols["minusSign"]
    plain = (
        pattern.grouping == (3, 3)
        and pattern.int_prec[0] == 1
        and pattern.prefix == ("", "-")
        and pattern.suffix == ("", "")
        and pattern.scale == 0  # no percent or per-mille
        and not pattern.exp_prec
    )

    def babel(value: int | float) -> str:
        return pattern.apply(value, locale)

    if not plain:
        return babel

    def whole(value: int | float) -> str:
        if type(value) is not int:
            return babel(value)
        if value < 0:
            return minus + format(-value, ",").replace(",", group)
        return format(value, ",").replace(",", group)

    return whole


@dataclass(frozen=True)
class Translator:
    """One language's words, numbers and country names. Hashable by its language, so it can be
    part of a cache key; build it with translator(lang)."""

    lang: str = DEFAULT

    def _(self, message: str) -> str:
        return _translation(self.lang).gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return _translation(self.lang).ngettext(singular, plural, n)

    def text(self, value: object) -> str:
        """A Message in this language (its values too); any other value as it is."""
        if isinstance(value, Message):
            return _value(self.lang, value)
        return "" if value is None else str(value)

    def number(self, value: object) -> str:
        """A whole number with the language's grouping: 1,234 (en), 1.234 (vi)."""
        return _number_format(self.lang)(int(value))  # type: ignore[call-overload]

    @property
    def babel_locale(self) -> Locale:
        return _babel_locale(self.lang)

    def country(self, iso3: str, english: str | None = None) -> str:
        """A country's name in this language; `english` (the app's own English name, e.g.
        "Lao PDR") is used in English and when no translation is known."""
        from atlas import countries  # atlas.countries imports nothing from here

        english = english or countries.display_name(iso3)
        if self.lang == DEFAULT:
            return english
        record = pycountry.countries.get(alpha_3=iso3)
        if record is None:
            return english
        cldr = self.babel_locale.territories.get(record.alpha_2)
        if cldr:
            return cldr
        found = _country_translation(self.lang).gettext(record.name)
        return found if found != record.name else english


@cache
def translator(lang: str | None = DEFAULT) -> Translator:
    """The Translator of a language code; an unknown code gets English."""
    return Translator(supported(lang) or DEFAULT)


ENGLISH = translator(DEFAULT)


_SQL_COMMENT = re.compile(
    r"COMMENT\s+ON\s+(?:TABLE|COLUMN)\s+[\w.]+\s+IS\s+'((?:[^']|'')*)'", re.IGNORECASE
)
_UNIT = re.compile(r"\s*Unit: ([^.]+)\.\s*$")


def split_unit(comment: str) -> tuple[str, str | None]:
    """A column comment 'Participants ... Unit: people.' -> ('Participants ...', 'people')."""
    match = _UNIT.search(comment)
    if not match:
        return comment, None
    return comment[: match.start()], match.group(1)


def extract_sql_comments(fileobj, keywords, comment_tags, options):
    """A Babel extractor (babel.cfg) for the tables' and columns' comments in the migrations: the
    data dictionary shows them, so they are messages like any other (meaning and unit apart)."""
    text = fileobj.read().decode("utf-8")
    for match in _SQL_COMMENT.finditer(text):
        lineno = text.count("\n", 0, match.start()) + 1
        meaning, unit = split_unit(match.group(1).replace("''", "'"))
        for message in (meaning, unit):
            if message:
                yield lineno, "_", message, []
