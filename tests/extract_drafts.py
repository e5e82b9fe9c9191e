"""The drafts the extractor proposes for a text, as the extractor's round tests
(tests/test_extract_round11.py to round16) read them: one dict per draft with the fields a reviewer
checks, home countries in the order the draft lists them and organisations sorted."""

from __future__ import annotations

from atlas.extract import extract_text


def drafts_of(text: str) -> list[dict]:
    return [
        {
            "title": d.title,
            "type": d.event_type,
            "start": d.start_date.isoformat() if d.start_date else None,
            "end": d.end_date.isoformat() if d.end_date else None,
            "precision": d.date_precision,
            "city": d.city,
            "venue": d.venue,
            "country": d.country_iso3,
            "total": d.participants_total,
            "at_least": d.participants_at_least,
            "homes": [(p.country_iso3, p.participants) for p in d.participation],
            "orgs": sorted((o.name, o.role) for o in d.organisations),
        }
        for d in extract_text(text)
    ]


def one_draft(text: str) -> dict:
    """The one draft a text gives (as `drafts_of` reads it); fails, showing what it gave, when
    the text gives none or several."""
    found = drafts_of(text)
    assert len(found) == 1, found
    return found[0]


def roles_of(sentence: str) -> set[tuple[str, str]]:
    """The (organisation, role) pairs one sentence gives, read as telling an event, with the
    short names it introduces itself."""
    from atlas.extract import organisations

    return {
        (r.name, r.role)
        for r in organisations.roles(sentence, organisations.aliases(sentence), True)
    }
