"""Word lists from ``data/`` loaded once into an immutable :class:`Gazetteer`."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from kg.errors import KGError
from kg.model import Role
from kg.resources import data_dir

_MAX_TITLE_MODIFIER = 12
_MODIFIER = r"[가-힣A-Za-z0-9·]"
# Legal-form marks written in parentheses onto an organization's name: (주) company, (사) incorporated
# association, (재) foundation, (유) limited, (합) partnership. No part of the organization's identity.
LEGAL_MARKS = ("주", "사", "재", "유", "합")
_ORG_NOISE = re.compile(rf"\((?:{'|'.join(LEGAL_MARKS)})\)|㈜|주식회사|사단법인|재단법인|\s+|[·.,'\"‘’“”()\-]")


def org_key(name: str) -> str:
    """A normal form for comparing organization names: NFKC, lower case, no spaces, ㈜ or punctuation."""
    return _ORG_NOISE.sub("", unicodedata.normalize("NFKC", name).lower())


def short_form(name: str) -> str | None:
    """The short form a university's or a technopark's name has in news (한빛대학교 -> 한빛대, also inside a unit's
    name: 한빛대학교 AI융합연구소 -> 한빛대 AI융합연구소; 대전테크노파크 -> 대전TP), or None when the name has none."""
    if "대학교" in name:
        return name.replace("대학교", "대")
    return name[:-len("테크노파크")] + "TP" if name.endswith("테크노파크") and len(name) > len("테크노파크") else None


def without_national_mark(name: str) -> str | None:
    """A university's name less the 국립 its official name opens with since the national universities took
    it (국립한밭대학교 -> 한밭대학교, 국립공주대 -> 공주대): news writes it either way. None for another name."""
    rest = name[2:] if name.startswith("국립") else ""
    return rest if len(rest) >= 3 and rest.endswith(("대학교", "대학", "대")) and _HANGUL_WORD.fullmatch(rest) else None


def written_variants(name: str) -> tuple[tuple[str, str], ...]:
    """The other forms news writes of the body ``name`` names, each with the rule that makes it the same body: its
    short form (:func:`short_form`), and its name less ``국립`` (:func:`without_national_mark`) with that name's short
    form. Read by the article's organization table and by the resolver, so both join the same forms."""
    out = []
    short = short_form(name)
    if short is not None:
        out.append((short, "a university's or a technopark's short form (…대학교 and …대, …테크노파크 and …TP)"))
    plain = without_national_mark(name)
    if plain is not None:
        out.extend((form, "a national university's name less its 국립")
                   for form in dict.fromkeys((plain, short_form(plain) or plain)))
    return tuple(out)


_NATIONAL = ("한국", "국립", "대한")  # what a body's short form leaves out: 한국에너지기술연구원 -> 에너지연
_HANGUL_WORD = re.compile(r"[가-힣]+")
_MIN_UNPREFIXED = 4  # syllables of a name written without its national prefix (not 은행 for 한국은행)


# forms kept per lead syllable when an article's forms are compared with a short form: a bound that keeps an article
# linear (an article names far fewer organizations)
ABBREVIATION_BUCKET = 64


def abbreviation_leads(name: str) -> tuple[str, ...]:
    """The syllables a short form of ``name`` may start with: its first, and the first after a national
    prefix (에 for 한국에너지기술연구원); none for a name that is not one word of Hangul."""
    if not _HANGUL_WORD.fullmatch(name):
        return ()
    core = next((name[len(p):] for p in _NATIONAL if name.startswith(p) and len(name) > len(p) + 2), name)
    return tuple(dict.fromkeys((name[0], core[0])))


def is_abbreviation(short: str, full: str, kinds: tuple[str, ...]) -> bool:
    """``short`` is how Korean news shortens ``full``: three to five of its syllables in order, from its
    first (after a national prefix) to one in its kind, the shortest of ``kinds`` (the organization
    suffixes ``full`` ends with): 에너지연 and 한국에너지기술연구원, 생기원 and 한국생산기술연구원, 기계연 and
    한국기계연구원, 중진공 and 중소벤처기업진흥공단, 현대차 and 현대자동차; not 대전시 and 대전시의회, whose kind
    is 의회, nor 서울대 and 서울대학교병원 (병원) or 네이버 and 네이버클라우드 (클라우드). The whole name less its
    national prefix shortens it too, from four syllables on (반도체산업협회 and 한국반도체산업협회)."""
    if kinds and len(short) >= _MIN_UNPREFIXED and any(full == p + short for p in _NATIONAL) \
            and _HANGUL_WORD.fullmatch(full):
        return True
    if not (3 <= len(short) <= 5 and kinds and _HANGUL_WORD.fullmatch(short) and _HANGUL_WORD.fullmatch(full)) \
            or len(full) < len(short) + 2 or short[0] not in abbreviation_leads(full):
        return False
    core = next((full[len(p):] for p in _NATIONAL if full.startswith(p) and short[0] == full[len(p)]), full)
    kind = min(kinds, key=len)
    at = 0
    for syllable in short[:-1]:  # in order, each after the one before, all before the last
        at = core.find(syllable, at) + 1
        if at == 0:
            return False
    return short[-1] in core[max(at, len(core) - len(kind)):]


def _by_last(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Words grouped by their last letter, each group in the given order (longest first)."""
    table: dict[str, list[str]] = {}
    for w in words:
        table.setdefault(w[-1:], []).append(w)
    return {k: tuple(v) for k, v in table.items()}


def word_list(path: Path) -> list[str]:
    """The words of a list file: whitespace-separated, ``#`` starts a comment, blank lines ignored."""
    words: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0] if not line.startswith("#") else ""
        words.extend(line.split())
    return words


def _lines(path: Path) -> list[str]:
    return [
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]


def phrase_list(path: Path) -> list[str]:
    """The phrases of a list file, one a line with its spacing made single (``#`` lines and blank lines
    skipped)."""
    return [" ".join(line.split()) for line in _lines(path)]


def table(path: Path) -> dict[str, tuple[str, ...]]:
    """``key<TAB>value<TAB>value …`` lines (comments and blank lines skipped); a key with no value is
    an error naming the file and the line."""
    out: dict[str, tuple[str, ...]] = {}
    for line in _lines(path):
        key, *values = (cell.strip() for cell in line.split("\t"))
        values = [v for v in values if v]
        if not key or not values:
            raise KGError(f"{path}: {line!r} needs a key and at least one value, separated by tabs")
        out[key] = tuple(values)
    return out


def cue_list(path: Path) -> list[tuple[str, Role]]:
    """``role<TAB>phrase`` lines of a cue file (comments and blank lines skipped); an unknown role is an
    error naming the file and the valid roles."""
    out = []
    for line in _lines(path):
        role, _, phrase = line.partition("\t")
        try:
            out.append((phrase.strip(), Role(role.strip())))
        except ValueError as e:
            valid = ", ".join(r.value for r in Role)
            raise KGError(f"{path}: unknown role {role!r}; valid roles: {valid}") from e
    return out


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """Everything the rule-based extractors look up; built by :func:`load_gazetteer`. Hashed by identity,
    so that a rule may remember its answers per gazetteer with ``lru_cache``."""

    titles: frozenset[str]
    title_pattern: re.Pattern[str]  # a modifier, then one of the heads
    surnames: frozenset[str]
    chinese_surnames: frozenset[str]  # surnames of Chinese names as Korean news writes them (in surnames too)
    # surnames that open common words too (리, 런, 레이): Chinese only before a syllable of chinese_syllables
    chinese_strict: frozenset[str]
    chinese_syllables: frozenset[str]  # syllables only a Chinese given name has (data/ko/chinese_syllables.txt)
    japanese_surnames: frozenset[str]  # the common Japanese surnames as Korean news writes them (다나카, 스즈키)
    foreign_syllables: frozenset[str]  # syllables of foreign names no Korean given name has (data/ko/foreign_syllables.txt)
    foreign_given_names: frozenset[str]  # common foreign given names in Hangul (data/ko/foreign_given_names.txt)
    # foreign given names written like Korean words (하나, 이다): a name's start only before a foreign surname
    foreign_given_words: frozenset[str]  # (data/ko/foreign_given_words.txt)
    not_names: frozenset[str]
    org_suffixes: tuple[str, ...]  # longest first
    org_prefixes: frozenset[str]  # legal forms written before a name: 법무법인, 사단법인, 주식회사
    orgs: frozenset[str]
    event_types: tuple[str, ...]  # longest first
    talk_event_types: frozenset[str]  # the event types of talks (data/ko/talk_event_types.txt)
    suffix_index: dict[str, tuple[str, ...]]  # org_suffixes by their last letter, built once at load
    type_index: dict[str, tuple[str, ...]]  # event_types by their last letter
    cities: frozenset[str]
    districts: frozenset[str]
    countries: frozenset[str]
    regions: frozenset[str]  # regions of the world a branch is named for: 유럽, 북미 (data/ko/regions.txt)
    provinces: frozenset[str]  # in cities too: 경기, 경남 (a city only when no city is named)
    local_governments: frozenset[str]  # 화성시, 경기도, 강남구, 경기 (before 지사)
    title_fields: frozenset[str]  # Latin field words fused before a title: AI전략부문장 (data/ko/title_fields.txt)
    branch_words: frozenset[str]  # a company's branch or group after its name: 지멘스 코리아 (data/ko/branch_words.txt)
    school_posts: frozenset[str]  # the heads of posts a school holds (data/ko/school_posts.txt)
    duty_nouns: frozenset[str]  # what one does at an event, a topic before its doer (data/ko/duty_nouns.txt)
    formalities: frozenset[str]  # a programme's items that are no talk: 개회, 휴식, 네트워킹 (data/ko/formalities.txt)
    hotel_brands: frozenset[str]  # 인터컨티넨탈, 포시즌스: a city after them is in the hotel's name (data/ko/hotel_brands.txt)
    title_heads: tuple[str, ...]  # the heads of titles (data/ko/title_heads.txt), longest first
    venue_suffixes: tuple[str, ...]
    cues: tuple[tuple[re.Pattern[str], Role, str], ...]  # longest phrase first, with its first word
    canonical: dict[str, str]  # org_key(alias or name) -> canonical name
    org_forms: frozenset[str]  # every curated form as written (Ministry of Trade, Industry and Energy)
    surname_spellings: dict[str, tuple[str, ...]]  # 이 -> (I, Lee, Yi, Rhee …)
    title_equivalents: dict[str, tuple[str, ...]]  # 부사장 -> (vice president, executive vice president …)
    head_bodies: dict[str, tuple[str, ...]]  # 협회장 -> (협회,): the bodies a head's title leads (data/ko/head_bodies.tsv)

    @cached_property
    def hall_suffixes(self) -> tuple[str, ...]:
        """Venue words that end like a head's title (전시장 like 시장, 국제회의장 like 장)."""
        return tuple(v for v in self.venue_suffixes if v.endswith("장") and len(v) > 2)

    @cached_property
    def comma_names(self) -> tuple[str, ...]:
        """Curated organization names with a comma or an "and" inside (``Ministry of Trade, Industry and
        Energy``, ``Ministry of Science and ICT``), longest first: a list of names must not be split inside
        them, and one that ends the name before an "and" is whole."""
        return tuple(sorted((f for f in self.org_forms if "," in f or " and " in f), key=len, reverse=True))

    def canonical_org(self, name: str) -> str | None:
        """The curated canonical name of an organization, if ``name`` is one of its forms."""
        return self.canonical.get(org_key(name))

    def is_place(self, word: str) -> bool:
        """A city (provinces included), a district or a country the lists know: a place, no body."""
        return word in self.cities or word in self.districts or word in self.countries

    def is_title(self, word: str) -> bool:
        """A job title: a listed one, or a listed head after a modifier or unit (``특임교수``,
        ``로봇연구부문장``, ``1차관``); the modifier is letters or digits, at most twelve of them. A listed
        organization is none by that reading (감사원 is the audit board, not 감 + 사원)."""
        return word in self.titles or word not in self.orgs and self.title_pattern.fullmatch(word) is not None

    def suffixes_of(self, word: str) -> tuple[str, ...]:
        """The organization suffixes ``word`` ends with, longest first (looked up by its last letter)."""
        return tuple(x for x in self.suffix_index.get(word[-1:], ()) if word.endswith(x))

    def event_type_of(self, text: str) -> str | None:
        """The longest event type word ``text`` ends with."""
        return next((t for t in self.type_index.get(text[-1:], ()) if text.endswith(t)), None)

    def is_org_prefix(self, word: str) -> bool:
        return word in self.org_prefixes

    def held_at_school(self, title: str) -> bool:
        """A post a school may hold: its head (the longest title head it ends with) is one of
        ``data/ko/school_posts.txt`` (``산학협력단장``, ``교수``; not ``위원장``, which ends like ``원장``)."""
        head = next((h for h in self.title_heads if title.endswith(h)), None)
        return (head if head is not None else title) in self.school_posts

    def known_org(self, word: str) -> bool:
        return word in self.orgs or org_key(word) in self.canonical


# the finite and connective forms of 하다 after a verbal noun (시연했다, 시연한다, 시연합니다, 시연해, 시연하며,
# 시연하고, 시연하여, 시연하면서), not its adnominal ones: "청사진을 선포하는 자리", "시연할 예정인 로봇" say
# what the event is for, not what someone did
_HADA = r"\s*(?:했|해|한다|합니다|하며|하고|하여|하면서|함)"


def _cue_pattern(phrase: str) -> str:
    """A cue phrase as a pattern: its words with any spacing between them (``기조 연설`` also matches
    ``기조연설``); a phrase ending in a verb's dictionary form (``시연하다``) matches every form of the verb."""
    if phrase.endswith("하다") and len(phrase) > 2:
        return _cue_pattern(phrase[:-2]) + _HADA
    pattern = r"\s*".join(re.escape(part) for part in phrase.split())
    # (a cue in Latin letters is a word of its own: MC, not the letters inside TSMC)
    before = r"(?<![A-Za-z])" if phrase[:1].isascii() and phrase[:1].isalpha() else ""
    after = r"(?![A-Za-z])" if phrase[-1:].isascii() and phrase[-1:].isalpha() else ""
    return before + pattern + after


def _load(folder: Path) -> Gazetteer:
    ko = folder / "ko"
    canonical: dict[str, str] = {}
    written: set[str] = set()
    for line in _lines(folder / "org_aliases.tsv"):
        forms = [f.strip() for f in line.split("\t") if f.strip()]
        written.update(forms)
        for form in forms:
            canonical[org_key(form)] = forms[0]
    cues = [(_cue_pattern(phrase), role, phrase.split()[0].removesuffix("하다") or phrase.split()[0])
            for phrase, role in cue_list(ko / "cues.tsv")]
    cues.sort(key=lambda c: -len(c[0]))
    places = word_list(ko / "cities.txt")
    heads = tuple(sorted(set(word_list(ko / "title_heads.txt")), key=len, reverse=True))
    suffixes = tuple(sorted(set(word_list(ko / "org_suffixes.txt")), key=len, reverse=True))
    types = tuple(sorted(set(word_list(ko / "event_types.txt")), key=len, reverse=True))
    chinese_words = word_list(ko / "chinese_surnames.txt")
    chinese = frozenset(w for w in chinese_words if not w.startswith("~"))  # surnames too
    return Gazetteer(
        titles=frozenset(word_list(ko / "titles.txt")) | frozenset(heads),
        title_pattern=re.compile(rf"{_MODIFIER}{{1,{_MAX_TITLE_MODIFIER}}}?(?:{'|'.join(map(re.escape, heads))})"),
        surnames=frozenset(word_list(ko / "surnames.txt")) | chinese,
        chinese_surnames=chinese,
        chinese_strict=frozenset(w[1:] for w in chinese_words if w.startswith("~")),
        chinese_syllables=frozenset(word_list(ko / "chinese_syllables.txt")),
        japanese_surnames=frozenset(word_list(ko / "japanese_surnames.txt")),
        foreign_syllables=frozenset(word_list(ko / "foreign_syllables.txt")),
        foreign_given_names=frozenset(word_list(ko / "foreign_given_names.txt")),
        foreign_given_words=frozenset(word_list(ko / "foreign_given_words.txt")),
        not_names=frozenset(word_list(ko / "not_names.txt")),
        org_suffixes=suffixes,
        org_prefixes=frozenset(word_list(ko / "org_prefixes.txt")),
        orgs=frozenset(_lines(ko / "orgs.txt")) | {v for v in canonical.values() if " " not in v},
        event_types=types,
        talk_event_types=frozenset(word_list(ko / "talk_event_types.txt")),
        suffix_index=_by_last(suffixes),
        type_index=_by_last(types),
        cities=frozenset(p.lstrip("=") for p in places if not p.startswith(("-", "+"))),
        districts=frozenset(p[1:] for p in places if p.startswith("-")),
        countries=frozenset(p[1:] for p in places if p.startswith("+")),
        regions=frozenset(word_list(ko / "regions.txt")),
        provinces=frozenset(p[1:] for p in places if p.startswith("=")),
        local_governments=frozenset(word_list(ko / "local_governments.txt")),
        title_fields=frozenset(word_list(ko / "title_fields.txt")),
        branch_words=frozenset(word_list(ko / "branch_words.txt")),
        school_posts=frozenset(word_list(ko / "school_posts.txt")),
        duty_nouns=frozenset(word_list(ko / "duty_nouns.txt")),
        formalities=frozenset(word_list(ko / "formalities.txt")),
        hotel_brands=frozenset(word_list(ko / "hotel_brands.txt")),
        title_heads=heads,
        venue_suffixes=tuple(sorted(set(word_list(ko / "venue_suffixes.txt")), key=len, reverse=True)),
        cues=tuple((re.compile(pattern), role, first) for pattern, role, first in cues),
        canonical=canonical,
        org_forms=frozenset(written),
        surname_spellings=table(ko / "surname_romanizations.tsv"),
        title_equivalents=table(folder / "title_equivalents.tsv"),
        head_bodies=table(ko / "head_bodies.tsv"),
    )


@lru_cache(maxsize=4)
def load_gazetteer(folder: Path | None = None) -> Gazetteer:
    """Load (once per folder) the word lists under ``folder`` (default: :func:`kg.resources.data_dir`)."""
    folder = folder or data_dir()
    try:
        return _load(folder)
    except FileNotFoundError as e:
        raise KGError(f"word list {e.filename} is missing; restore it from the kg source tree") from e
