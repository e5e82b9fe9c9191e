"""A report's project ("MMN commenced a project entitled ...", "(the Mekong-Cord Project)")
and the partners listed under it: the part of reading a report that is about its project, not
its events (split from atlas.extract.events)."""

from __future__ import annotations

import re

from atlas.extract import date_phrases, organisations, outcomes, places
from atlas.extract.drafts import Project
from atlas.extract.sentences import Sentence

PROJECT = re.compile(
    r"\b(?:commenced|launched|started|began|initiated|implemented|undertook|embarked on)\s+"
    r"(?:a|an|the)\s+(?:new\s+)?(?:[\w-]+\s+)?project\s*,?\s*(?:entitled|called|titled|named)\s*[:,]?\s*"
)
PROJECT_PAREN = re.compile(r"\(the\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+[Pp]roject\)")


class ProjectReading:
    """The project-reading half of a report's reading state (see events._Document)."""

    sentences: list[Sentence]
    aliases: dict[str, str]
    project: Project | None
    project_at: int

    def find_project(self, s: Sentence) -> bool:
        text = s.text
        m = PROJECT.search(text)
        if m:
            rest = text[m.end() :]
            quoted = re.match(r"[“\"]([^”\"]{3,200})[”\"]", rest)
            name = (
                quoted.group(1)
                if quoted
                else re.split(r",|\s+(?:supported|funded|financed)\s+by\b|\.\s", rest)[0]
            )
            name = name.strip(" .,:")
            short = (
                name.split(":")[0].strip()
                if ":" in name
                else (name if len(name.split()) <= 4 else None)
            )
            project = Project(name=name, short_name=short, evidence={"name": text})
            dates_here = date_phrases.find(text[: m.start()])
            if dates_here:
                project.start_date, project.date_precision = (
                    dates_here[0].first,
                    dates_here[0].precision,
                )
            for role in organisations.roles(text, self.aliases, has_event=False):
                if role.role == "funder":
                    project.funders.append(role.name)
                    project.evidence["funders"] = text
            self.project, self.project_at = project, s.index
            return True
        m = PROJECT_PAREN.search(text)
        if m and self.project is None:
            short = m.group(1)
            runs = list(re.finditer(outcomes.TITLE, text[: m.start()].rstrip()))
            long = runs[-1].group(0) if runs and "Project" in runs[-1].group(0) else None
            if long:
                long = long[long.index("Project") :]
            self.project = Project(
                name=long or f"{short} project", short_name=short, evidence={"name": text}
            )
            self.project_at = s.index
        return False

    def find_partners(self, index: int) -> None:
        """A "Project Partners" heading and the list under it."""
        heading = self.sentences[index]
        if self.project is None or not re.fullmatch(
            r"(?:project\s+)?partners:?", heading.text.strip(), re.I
        ):
            return
        for s in self.sentences[index + 1 :]:
            if s.kind != "bullet":
                break
            for part in re.split(
                r"\s*,\s*", s.text.rstrip(" ;.").removesuffix(" and").rstrip(" ;,")
            ):
                if re.match(r"(?:Mr|Ms|Mrs|Dr|Prof)\.?\s", part) or places.country(part):
                    continue
                if organisations.looks_like_org(part, self.aliases, single_word=True):
                    self.project.partners.append(organisations.clean_name(part))
                    self.project.evidence.setdefault("partners", s.text)
                    break
