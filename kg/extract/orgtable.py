"""Organizations of one article: every written form clustered into one organization.

Forms are joined when the gazetteer says they are one organization (산기협 = 한국산업기술진흥협회:
then the curated name is the organization's name, and what the article wrote is an alias),
when the text defines one as the other (``울산과학기술원(UNIST)``, ``(이하 산기협)``) or when they
normalise alike (spaces, ㈜, 주식회사).
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import (
    ABBREVIATION_BUCKET,
    Gazetteer,
    abbreviation_leads,
    is_abbreviation,
    org_key,
    written_variants,
)
from kg.model import Organization, Span




class OrgTable:
    """Collects organization forms and their spans; :meth:`organizations` clusters them."""

    def __init__(self, gz: Gazetteer, text: str, *, curated_names: bool = True) -> None:
        """``curated_names``: name an organization by its curated canonical name (Korean articles);
        otherwise by its longest written form, the curated name becoming an alias (English articles)."""
        self._gz = gz
        self._curated = curated_names
        self._text = text
        self._parent: dict[str, str] = {}
        self._forms: dict[str, list[str]] = {}  # key -> written forms, in order seen
        self._spans: dict[str, set[tuple[int, int]]] = {}
        self._implied: dict[str, int] = {}  # forms the text implies but never writes, by where they would stand
        self._by_lead: dict[str, list[str]] = {}  # Hangul forms by the syllables a short form of them starts with
        self._ids: dict[str, str] | None = None

    @property
    def text(self) -> str:
        """The article's text."""
        return self._text

    def _find(self, key: str) -> str:
        while self._parent.setdefault(key, key) != key:
            self._parent[key] = self._parent[self._parent[key]]
            key = self._parent[key]
        return key

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self._parent[rb] = ra

    def _add_form(self, form: str) -> str:
        key = org_key(form)
        forms = self._forms.setdefault(key, [])
        new = form not in forms
        if new:
            forms.append(form)
        self._find(key)
        canonical = self._gz.canonical_org(form)
        if canonical is None and form in self._gz.provinces and form in self._gz.local_governments:
            # "충남지사", "경남 산업국장": a province's short form as a body is its government (충남도, 충청남도)
            canonical = self._gz.canonical_org(form + "도")
        if canonical:
            self._forms.setdefault(org_key(canonical), [])
            self._union(org_key(canonical), key)
        # "한빛대학교 AI융합연구소" and "한빛대 AI융합연구소", 국립한밭대학교 and 한밭대학교 (and the name the lists give it)
        for variant, _rule in written_variants(form):
            for other in dict.fromkeys((variant, self._gz.canonical_org(variant) or variant)):
                self._forms.setdefault(org_key(other), [])
                self._union(key, org_key(other))
        if new:
            self._join_abbreviations(form, key)
        return key

    def _join_abbreviations(self, form: str, key: str) -> None:
        """Join a form and the article's forms it shortens or that shorten it (에너지연 and
        한국에너지기술연구원): only forms sharing a lead syllable are compared. A short form the word lists
        know is the organization they name (서울대 is 서울대학교, never 서울예술대)."""
        gz = self._gz
        leads = abbreviation_leads(form)
        for other in {o for lead in leads for o in self._by_lead.get(lead, ())}:
            short, full = (form, other) if len(form) < len(other) else (other, form)
            if not gz.known_org(short) and is_abbreviation(short, full, gz.suffixes_of(full)):
                self._union(org_key(other), key)
        for lead in leads:
            bucket = self._by_lead.setdefault(lead, [])
            if len(bucket) < ABBREVIATION_BUCKET:
                bucket.append(form)

    def add(self, text: str, span: Span | None, aliases: tuple[str, ...] = (), *, implied_at: int | None = None) -> str:
        """Record a form (with its span and aliases); returns its key for :meth:`id_of`. ``implied_at``: a
        form the text implies but never writes (``X 의원실`` for ``X 의원이 주최하고``), kept without a
        mention and ordered as if it stood at that offset."""
        self._ids = None
        key = self._add_form(text)
        if span is not None:
            self._spans.setdefault(key, set()).add((span.start, span.end))
        elif implied_at is not None:
            self._implied.setdefault(key, implied_at)
        for alias in aliases:
            self._union(key, self._add_form(alias))
        return key

    def held(self, form: str) -> str | None:
        """The key of ``form`` when the table already holds it (as written or normalised alike), else None."""
        key = org_key(form)
        return key if key in self._forms else None

    def join_known(self, a: str, b: str) -> None:
        """Record that ``a`` and ``b`` name one organization, when the table already holds either form."""
        if org_key(a) in self._forms or org_key(b) in self._forms:
            self._ids = None
            self._union(self._add_form(a), self._add_form(b))

    def id_of(self, key: str) -> str:
        """The article-local id (``o1`` …) of the organization a form belongs to."""
        if self._ids is None:
            self.organizations()
        assert self._ids is not None
        return self._ids[self._find(key)]

    def same(self, a: str, b: str) -> bool:
        return self._find(a) == self._find(b)

    def organizations(self) -> list[Organization]:
        """The clustered organizations, ids in order of first mention; every occurrence of a form is a span."""
        text = self._text
        clusters: dict[str, list[str]] = {}
        for key in self._forms:
            clusters.setdefault(self._find(key), []).append(key)
        result: list[tuple[int, str, Organization]] = []
        for root, keys in clusters.items():
            forms = [f for k in keys for f in self._forms[k]]
            if not forms:
                continue
            spans = {s for k in keys for s in self._spans.get(k, set())}
            implied = [self._implied[k] for k in keys if k in self._implied]
            if not spans and not implied:
                continue  # a curated form the article never uses
            for form in forms:
                spans |= _occurrences(text, form)
            # the curated canonical name, even where the article only writes an alias (UNIST)
            canonical = next((c for c in map(self._gz.canonical_org, forms) if c), None)
            # a Korean article names an organization by its longest Hangul form (한빛 리서치, not the
            # Latin original in parentheses after it); an English article by its longest form
            hangul = [f for f in forms if re.search(r"[가-힣]", f)] if self._curated else []
            name = canonical if canonical and self._curated else max(hangul or forms, key=len)
            if canonical and canonical not in forms:
                forms.append(canonical)
            aliases = tuple(sorted({f for f in forms if f != name}, key=forms.index))
            ordered = tuple(Span(a, b) for a, b in sorted(spans))
            first = ordered[0].start if ordered else min(implied)
            result.append((first, root, Organization("", name, aliases, ordered)))
        result.sort(key=lambda r: r[0])
        self._ids = {}
        out = []
        for n, (_first, root, org) in enumerate(result, start=1):
            self._ids[root] = f"o{n}"
            out.append(Organization(f"o{n}", org.name, org.aliases, org.mentions))
        return out


def _occurrences(text: str, form: str) -> set[tuple[int, int]]:
    """Where ``form`` stands as a word of its own (particles may follow a Hangul form)."""
    if len(form) < 2 or not text:
        return set()
    latin_end = _WORD_CHAR.fullmatch(form[-1]) is not None and form[-1].isascii()
    found = set()
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        if not (at > 0 and _WORD_CHAR.fullmatch(text[at - 1])) \
                and not (latin_end and end < len(text) and text[end].isascii() and text[end].isalnum()):
            found.add((at, end))
        at = text.find(form, at + 1)
    return found


_WORD_CHAR = re.compile(r"[A-Za-z0-9가-힣]")
