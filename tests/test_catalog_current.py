"""The template (locale/atlas.pot) holds every message the code marks for translation: a message
added to the code without `make translations` would reach every user in English whatever their
language, and the catalog test (every template message in every catalog) would not see it."""

from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
KEYWORDS = {"_": None, "N_": None, "M_": None, "ngettext": (1, 2)}


def test_the_template_holds_every_message_the_code_marks():
    with (ROOT / "babel.cfg").open(encoding="utf-8") as f:
        method_map, options_map = parse_mapping_cfg(f)
    marked = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(ROOT), method_map, options_map, keywords=KEYWORDS
    ):
        marked.add(message if isinstance(message, str) else message[0])
    with (ROOT / "locale" / "atlas.pot").open("rb") as f:
        template = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(f) if m.id}
    missing = sorted(m for m in marked - template if m)
    assert not missing, (
        f"{len(missing)} messages not in locale/atlas.pot (run make translations): {missing[:5]}"
    )
