"""Korean extraction: one article in, one :class:`kg.model.Extraction` out.

The rules live in ``ko_people`` (person mentions), ``ko_orgs`` (organizations), ``ko_events``
(the event) and ``ko_roles`` (who did what); this module joins their findings: it clusters
mentions into people and organizations, and gives every role its event part.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from kg.extract.doc import Doc, Word, build_doc
from kg.extract.gazetteer import Gazetteer, load_gazetteer
from kg.extract.ko_events import EventDraft, clauses, find_event, subject_orgs
from kg.extract.ko_names import is_name, title_of
from kg.extract.ko_orgs import ORG_HEADS, THIS_PAPER, OrgPhrase, defined_aliases, is_org_word, suffix_of
from kg.extract.ko_people import PersonMention, find_people
from kg.extract.ko_roles import (
    FRAME_REACH,
    SAID_BEFORE,
    RoleHit,
    at_another_event,
    by_sentence,
    frame_role,
    group_role,
    is_item_number,
    is_panel_sentence,
    joint_talks,
    marks_of,
    numbered_half_roles,
    numbered_parts,
    occasion_marks,
    on_another_occasion,
    opens_item,
    presented_earlier,
    pronoun_role,
    pronoun_talk_title,
    quote_speakers,
    reported_speakers,
    respective_talks,
    sentence_roles,
    sessions_in,
    talk_title_after,
    talk_title_before,
    topic_in_parens,
    topic_of_item,
    transcript_speakers,
    topic_quote,
)
from kg.extract.orgtable import OrgTable
from kg.model import (
    Affiliation,
    Article,
    Event,
    EventPart,
    Extraction,
    OrgRole,
    PartKind,
    Person,
    Quote,
    Role,
    RoleAssignment,
    Span,
)

_SOURCE_LINE = re.compile(r"\(출처\s*:[^()\n]*-\s*([^\s()\-][^()\n]*?)\s*\)\s*$", re.M)
# A dateline names the outlet: [서울=뉴스핌], (서울=연합뉴스), 【부산=뉴시스】, 한빛일보(대전)=, and so does a
# bracketed byline [디지털경제=한지수 기자] or [아시아경제 대구=도윤서 기자]; a photo or data credit ([사진=과기정통부]) names whoever
# supplied the picture, not the outlet.
# (and a credit for the work: "글=…", "취재=…", "정리=…", "편집=…" name who did it, no outlet)
_CREDIT = r"(?!\s*(?:사진|자료|그래픽|제공|영상|출처|글|취재|정리|편집|디자인|촬영|기획|구성|번역|대담|인터뷰)\s*=)"
_DATELINES = (
    re.compile(r"[\[(【]" + _CREDIT + r"\s*[가-힣]{1,4}\s*=\s*([^\])】\s=]+)\s*[\])】]"),
    re.compile(r"^\s*([가-힣A-Za-z0-9]{2,12})\s*\([가-힣]{1,4}\)\s*=", re.M),
    # "한빛뉴스=김도윤 기자 |", "한빛경제=김도윤 기자": the outlet, then its reporter, opening a line
    re.compile(r"^\s*" + _CREDIT + r"([가-힣A-Za-z0-9]{2,12})\s*=\s*[가-힣]{2,4}\s*(?:기자|특파원|선임기자)", re.M),
    re.compile(r"\[" + _CREDIT + r"\s*([^\]=\s]+)\s*=\s*[가-힣]{2,4}\s*기자\s*\]"),
    # "[아시아경제 대구=도윤서 기자]": the outlet, then the city its reporter files from
    re.compile(r"\[" + _CREDIT + r"\s*([가-힣A-Za-z0-9]{2,12})\s+[가-힣]{1,4}\s*=\s*[가-힣]{2,4}\s*기자\s*\]"),
    # "<저작권자 © 한빛뉴스, 무단 전재 및 재배포 금지>", "ⓒ 한빛일보": the copyright line at the foot names the outlet
    # (not a photo's credit, "사진 ⓒ 한빛협회": the line says it is the article's copyright, or forbids copying it)
    re.compile(r"(?:(?:저작권자|Copyright|copyright)\s*[©ⓒ]?|[©ⓒ](?=[^\n]{0,40}(?:무단|All\s+rights)))\s*(?:\d{4}\s+)?"
               r"([가-힣A-Za-z][가-힣A-Za-z0-9]{1,15}?)(?:\.co\.kr|\.com)?\s*(?:[,.(<>\n]|\s+(?:All|무단|www\.)|$)"),
)
# a press room a report is filed from, before "=": the assembly, the presidential office, a ministry or an agency
_BEAT = re.compile(r"국회|청와대|대통령실|정부세종청사|정부서울청사|[가-힣]{1,10}(?:부|처|청)")
_MAX_NAMESAKES = 16  # distinct people of one name an article may hold apart
# a head's title as the adnominal 인 right before a name: "위원장인 최민희 의원"
_HEAD_BEFORE = re.compile(r"(?:^|\s)(\S*장)(?:인|이신)\s+$")
# the titles of an organization's own head (not of a unit's): 창원시 시장, 협회 회장, 연구원 원장, 기업 대표
_EVENT_OFFICES = frozenset({"조직위원장", "공동조직위원장", "대회장", "공동대회장", "집행위원장", "운영위원장", "준비위원장"})
_WORD_BEFORE = re.compile(r"([가-힣A-Za-z0-9]{2,})\s+$")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+)\.[A-Za-z.]+")


@dataclass
class _Cluster:
    name: str
    reporter: bool
    mentions: list[PersonMention] = field(default_factory=list)
    org_keys: list[str] = field(default_factory=list)
    roles: dict[tuple[Role, str | None], str | None] = field(default_factory=dict)  # (role, part) -> talk title
    quotes: list[Quote] = field(default_factory=list)
    context_org: str | None = None  # org key from the previous sentence's subject (see _org_from_context)
    sentences: set[int] = field(default_factory=set)
    titles: list[str] = field(default_factory=list)  # distinct, in the order written
    said_there: bool = False  # a sentence reports what they said, quoting nothing ("…의 중요성을 역설했다")

    def add(self, m: PersonMention, key: str | None) -> None:
        self.mentions.append(m)
        self.sentences.add(m.sentence)
        if m.title and m.title not in self.titles:
            self.titles.append(m.title)
        if key is not None and key not in self.org_keys:
            self.org_keys.append(key)

    def add_role(self, role: Role, part: str | None = None, talk: str | None = None) -> None:
        if self.roles.get((role, part)) is None:
            self.roles[(role, part)] = talk


# the heads of a body named for its kind (a 연구소's 소장, a 사업단's 단장, a 박물관's 관장): the body's head only when its
# name ends in that kind ("TTA 단장" heads a unit of TTA, "전략기획단 단장" the body itself); a kind of two letters or
# more fused with 장 (센터장, 진흥원장) is read by _fused_kind
_KIND_HEADS = {"소장": "소", "단장": "단", "관장": "관"}


@dataclass(frozen=True)
class _NamedOrder:
    """Every mention's start in order, the ``id`` of each one's cluster, and for each the index of the first mention
    from it on that is another cluster's (so a walk past a person's own mentions is one step)."""

    starts: list[int]
    owners: list[int]
    other_from: list[int]

    @staticmethod
    def of(clusters: list[_Cluster]) -> _NamedOrder:
        named = sorted((m.name_span.start, id(c)) for c in clusters for m in c.mentions)
        owners = [o for _at, o in named]
        other_from = [len(owners)] * len(owners)
        for k in range(len(owners) - 2, -1, -1):
            other_from[k] = k + 1 if owners[k + 1] != owners[k] else other_from[k + 1]
        return _NamedOrder([at for at, _o in named], owners, other_from)


def _only_quoted(c: _Cluster) -> bool:
    """The person is only quoted, or named with no part at all, and wrote no byline."""
    return {r for r, _part in c.roles} <= {Role.QUOTED} and not c.reporter


def _fused_kind(title: str | None) -> str | None:
    """``진흥원장`` -> 진흥원, ``추진단장`` -> 추진단: the kind of a body (two letters or more) its head's title is fused
    with 장 to, if the title is so written."""
    return title[:-1] if title and len(title) >= 3 and title.endswith("장") else None


def _fused_kind_head(title: str, gz: Gazetteer) -> bool:
    """``추진단장``, ``사업단장``: the title fused from a body's kind that data/ko/org_suffixes.txt lists, and 장."""
    return _fused_kind(title) in gz.org_suffixes


def _heads_the_body(title: str | None, body: str | None) -> bool:
    """``title`` is the head's of the organization ``body`` (as written, or its key): one of ORG_HEADS, or the
    head of a body named for its kind."""
    if title in ORG_HEADS:
        return True
    # (the body's kind fused with its head: 진흥원장 of 한빛진흥원, 추진단장 of 한빛추진단)
    kind = _KIND_HEADS.get(title or "") or _fused_kind(title)
    return kind is not None and body is not None and body.replace(" ", "").endswith(kind)


def _keynote_is_their_talk(c: _Cluster) -> None:
    """A keynote speaker's talk is the keynote: a plain "발표했다" about them adds no second part
    (its title, if any, becomes the keynote's)."""
    keynote = next((k for k in c.roles if k[0] is Role.KEYNOTE), None)
    if keynote is None:
        return
    for key in [k for k in c.roles if k[0] is Role.SPEAKER and k[1] is None]:
        title = c.roles.pop(key)
        if c.roles.get(keynote) is None and title:
            c.roles[keynote] = title


def _cluster(mentions: list[PersonMention], keys: dict[int, str], orgs: OrgTable) -> list[_Cluster]:
    """Mentions to people: same name and organization, or the only same-named person so far.

    Two same-named mentions in one sentence (a caption listing two 김기수) are two people; a
    reporter is never the same person as someone the article reports on.
    """
    clusters: list[_Cluster] = []
    by_name: dict[tuple[str, bool], list[_Cluster]] = {}
    for i, m in enumerate(mentions):
        reporter = m.is_reporter
        namesakes = by_name.setdefault((m.name, reporter), [])
        # the most recent namesakes only: time stays linear however often a name is repeated
        # a short form ("김 교수") points back to the person, even within the sentence that named them
        short = m.name_span.end - m.name_span.start < len(m.name)
        key = keys.get(i)
        # so does a name repeated with no organization and no other title ("국립대 김도윤 총장의 환영사, …
        # 김도윤 총장의 기조강연"); two namesakes in one caption each have their own organization
        again = key is None and not short
        cands = [c for c in namesakes[-_MAX_NAMESAKES:] if short or m.sentence not in c.sentences
                 or again and (m.title is None or m.title in c.titles)]
        # a second post of the same written name ("최현석 … 이사(서울의료원 영상의학과장)") is the same person
        chosen = next((c for c in namesakes[-_MAX_NAMESAKES:] if c.mentions and c.mentions[-1].name_span == m.name_span),
                      None)
        if chosen is None and key is not None:
            chosen = next((c for c in cands if any(orgs.same(key, k) for k in c.org_keys)), None)
        if chosen is None and len(cands) == 1:
            chosen = cands[0]
        elif chosen is None and cands:
            fits = [c for c in cands if m.title and any(m.title in t or t in m.title for t in c.titles)]
            chosen = fits[0] if fits else cands[-1]
        if chosen is None:
            chosen = _Cluster(m.name, reporter)
            clusters.append(chosen)
            namesakes.append(chosen)
        chosen.add(m, key)
    return clusters


# "본지" (this paper) before a particle or a joiner, opening an organization phrase of the event
_THIS_PAPER = re.compile(rf"{THIS_PAPER}(?:$|\s*(?:와|과|및|,|·|ㆍ)\s*)")


def _past_this_paper(p: OrgPhrase) -> tuple[bool, OrgPhrase | None]:
    """Whether the phrase opens with "본지", and the phrase of the others written with it (None: no others)."""
    m = _THIS_PAPER.match(p.text)
    if m is None:
        return False, p
    rest = p.text[m.end():]
    return True, (OrgPhrase(p.start + m.end(), p.end, rest, p.aliases) if rest else None)


def _outlet(doc: Doc, gz: Gazetteer, orgs: OrgTable) -> tuple[str, bool] | None:
    """The news outlet, from a source line, a dateline ``[서울=뉴스핌]`` or the reporter's e-mail, and whether
    its name is written (an e-mail's domain, ``@etnews.com``, names it for the graph, but no reporter's
    organization is written there)."""
    for pattern in (_SOURCE_LINE, *_DATELINES):
        # ("대전=김영준기자", "판교=…", "경남=…": a place the reporter files from, not the outlet; "국회=이서진 기자",
        # "국방부=…": the press room the report was filed from)
        m = next((m for m in pattern.finditer(doc.text) if not gz.is_place(m.group(1)) and not _BEAT.fullmatch(m.group(1))),
                 None)
        if m:
            return orgs.add(m.group(1), Span(m.start(1), m.end(1))), True
    m = _EMAIL.search(doc.text)
    if m and gz.canonical_org(m.group(1)):
        return orgs.add(m.group(1), Span(m.start(1), m.end(1))), False
    return None


# the words that open the next turn of a programme: "다음으로 B 대표가 …", "마지막으로 C 상무는 …"
_IN_TURN = frozenset({"다음으로", "마지막으로", "끝으로", "뒤이어", "이어", "이어서", "두번째로", "세번째로", "네번째로"})
_TURN_REACH = 2  # sentences back to the turn before


def _next_in_turn(doc: Doc, hits_by_sentence: dict[int, list[RoleHit]], grouped: dict[int, list[PersonMention]]) -> None:
    """``A 교수가 … 발표했다. 다음으로 B 대표가 … 소개했다. 마지막으로 C 상무는 … 전망을 내놨다``: a sentence that opens
    with the next turn of the programme gives its one person the talk the turns before gave, though its own verb
    names none."""
    for si, sent in enumerate(doc.sentences):
        here = grouped.get(si, [])
        if len({m.name for m in here}) != 1 or hits_by_sentence[si]:
            continue
        lead = next((w for w in sent.words if not w.is_punct), None)
        two = "".join(w.text for w in sent.words[:2]) if len(sent.words) > 1 else ""
        if lead is None or lead.text not in _IN_TURN and two not in _IN_TURN:
            continue
        subject = next((n for n, w in enumerate(sent.words) if w.start >= here[0].span.start), len(sent.words))
        if subject > 3:
            continue  # (the person opens the sentence after the turn's word: its subject, not someone it mentions)
        before = [h.role for k in range(max(0, si - _TURN_REACH), si) for h in hits_by_sentence.get(k, [])]
        if before and before[-1] in (Role.SPEAKER, Role.KEYNOTE):
            hits_by_sentence[si] = [RoleHit(here[0], Role.SPEAKER)]


@dataclass
class _PartDraft:
    id: str
    kind: PartKind
    name: str | None
    speakers: list[_Cluster]
    moderators: list[_Cluster]
    order: int | None
    parent: str | None = None


class _Builder:
    """Holds the state of one article's extraction while the rules fill it in."""

    def __init__(self, article: Article, gz: Gazetteer) -> None:
        self.gz = gz
        self.article = article  # (as written: the doc's text may close up a fact box's spaced labels)
        carded = _bar_cells_joined(_cards_joined(article.text, gz), gz)
        self.doc = build_doc(article if carded == article.text else replace(article, text=carded))
        self.orgs = OrgTable(gz, article.text)
        self.word_starts: dict[int, list[int]] = {}  # per sentence, built once
        self.walk_kinds: dict[tuple[int, int], str] = {}  # (sentence, word) -> topic / pass / stop
        # (read once: the people's, the event's rules and the org table need it)
        renamed = defined_aliases(self.doc, gz)
        # (not the press office's contacts at a release's foot: "담당자: 사무관 이영희 (044-202-6251)")
        self.mentions = [self._unit_of_topic(m) for m in find_people(self.doc, gz, renamed)
                         if not _CONTACT_LINE.match(self.doc.text, self.doc.text.rfind("\n", 0, m.span.start) + 1)]
        self.draft: EventDraft | None = find_event(self.doc, gz, renamed)
        self.keys = {i: self.orgs.add(m.org.text, Span(m.org.start, m.org.end), m.org.aliases)
                     for i, m in enumerate(self.mentions) if m.org}
        self.key_of = {id(self.mentions[i]): key for i, key in self.keys.items()}
        # ("본지가 주최한 …", "본지와 한빛협회가 공동 주최한": this paper, the outlet the article names, holds it)
        ours = [(_past_this_paper(p), role) for p, role in (self.draft.orgs if self.draft else [])]
        self.event_orgs = [(self.orgs.add(p.text, p.span, p.aliases, implied_at=p.start), role)
                           for (_paper, p), role in ours if p is not None]
        self._hosts_cache: list[str] | None = None  # see _host_names
        self._marks: dict[int, tuple[bool, bool]] = {}  # each sentence's occasion marks, read once (see _not_there)
        self._of_this_event: dict[int, bool] = {}  # whether each sentence names the event, read once (see _not_there)
        found_outlet = _outlet(self.doc, gz, self.orgs)
        self.outlet = found_outlet[0] if found_outlet else None
        self.outlet_written = bool(found_outlet and found_outlet[1])  # its name in the text, not an e-mail's domain
        if self.outlet is not None:
            self.event_orgs += [(self.outlet, role) for (paper, _p), role in ours
                                if paper and (self.outlet, role) not in self.event_orgs]
        for phrase in renamed:
            self.orgs.add(phrase.text, Span(phrase.start, phrase.end), phrase.aliases)
        self.clusters = _cluster(self.mentions, self.keys, self.orgs)
        self.order = _NamedOrder.of(self.clusters)  # (the mentions in order: the clusters are fixed from here on)
        self._named_orgs: list[tuple[str, tuple[str, ...]]] | None = None  # see _org_of_head
        # (each mention by where its joining particle ends: "…팀장과 " before the next name; see _org_of_partner)
        self._mention_ending_at = {m.span.end + len(j.group()): m for m in self.mentions
                                   if (j := _JOINED_NEXT.match(self.doc.text, m.span.end)) is not None}
        for c in self.clusters:
            if not c.org_keys and not c.reporter:
                c.context_org = self._org_from_topic(c.mentions[0]) or self._org_from_context(c.mentions[0]) \
                    or self._org_of_partner(c.mentions[0]) or self._org_of_head(c)
        self.by_mention = {id(m): c for c in self.clusters for m in c.mentions}
        self.parts: list[_PartDraft] = []
        self._panels = 0  # panels added so far (their ids count on: one count, not a pass over the parts per panel)

    def _unit_of_topic(self, m: PersonMention) -> PersonMention:
        """``배재대는 … 강호정 학생인재개발처장이``: a title fused with a unit of its own (…처장, …단장, …실장)
        names no organization when an organization is the sentence's topic; the person is the topic's,
        and the fused word stays the title (as written)."""
        org = m.org
        if org is None or org.start < m.name_span.end or self.gz.known_org(org.text) or m.title is None:
            return m  # an organization written before the name, or none, or a known one
        word = self.doc.text[org.start:m.span.end]  # the word the organization and the title were split from
        fused = word[:word.rfind(m.title[-1]) + 1]  # less a particle ("…처장이")
        if len(fused) <= len(org.text) or any(ch.isspace() for ch in fused) or not org.text.endswith(_UNIT_FINALS):
            return m
        return replace(m, org=None, title=fused) if self._org_from_topic(m) is not None else m

    def _org_from_context(self, m: PersonMention) -> str | None:
        """``현대오토에버는 … 소개했다. 장연세 상무는 …``: a person who opens a sentence with no
        organization belongs to the one organization the previous sentence opened with."""
        sent = self.doc.sentences[m.sentence]
        first = next((w for w in sent.words if not w.is_punct), None)
        if m.sentence == 0 or first is None or first.start != m.name_span.start or m.title is None:
            return None  # ("… 해커톤을 열었다. 김도윤(45) 씨는 …": a participant with no post is nobody's staff)
        previous = clauses(self.doc.sentences[m.sentence - 1])
        subjects = subject_orgs(self.doc, previous[0], self.gz) if previous else []
        if len(subjects) != 1:
            return None
        p = subjects[0]
        if not _could_hold(m.title, p.text):
            # "한빛협회는 … 열었다. 정하윤 의원은 축사를 했다": a lawmaker is no member of the association
            return None
        if self.gz.event_type_of(p.text) is not None and _HELD_PASSIVE.search(self.doc.sentences[m.sentence - 1].text(self.doc.text)):
            return None  # "한빛포럼이 3일 열렸다. 김철수 대표가 …": the event held, no body one works for
        return self.orgs.add(p.text, Span(p.start, p.end), p.aliases)

    def _org_of_partner(self, m: PersonMention) -> str | None:
        """``추진단 황보영 팀장과 최민호 책임이``: a titled person joined by 과/와 to the mention right before,
        which names its organization before the name, with no organization of their own, is of that one."""
        if m.title is None:
            return None
        before = self._mention_ending_at.get(m.name_span.start)
        if before is None or before.org is None or before.org.start >= before.name_span.start \
                or before.sentence != m.sentence or before.title is None:
            return None
        p = before.org
        if not _could_hold(m.title, p.text):
            return None  # "한빛전자 김철수 상무와 이영희 교수": a professor of no company
        return self.orgs.add(p.text, Span(p.start, p.end), p.aliases)

    def _org_of_head(self, c: _Cluster) -> str | None:
        """``한대희 협회장은 환영사에서 …``: a head's title with no organization (협회장, 원장, 총장) names the
        one organization of the article that such a head leads (data/ko/head_bodies.tsv); none with two."""
        # ("제2차관", "1차관": a numbered head is the head the number counts)
        heads = [re.sub(r"^제?\d+", "", t) for t in c.titles]
        bodies = next((self.gz.head_bodies[t] for t in heads if t in self.gz.head_bodies), None) \
            or next(((t[:-1],) for t in heads if _fused_kind_head(t, self.gz)), None)
        if bodies is None or any(m.qualifier for m in c.mentions):
            return None  # no head's title, or a former one (전 회장)
        if self._named_orgs is None:  # the organizations named so far, listed once per article (not per person)
            self._named_orgs = [(o.name, (o.name, *o.aliases)) for o in self.orgs.organizations()]
        led = [name for name, forms in self._named_orgs if any(n.endswith(bodies) for n in forms)]
        return self.orgs.add(led[0], None) if len(led) == 1 else None

    def _org_from_topic(self, m: PersonMention) -> str | None:
        """``배재대는 김선재 총장을 비롯해 박성태 대외협력부총장, 김한수 산학부총장이, 대전테크노파크는 최수만
        원장과 …``: people listed after an organization set as the topic (은/는) in their sentence are its
        people, when only names, titles and list words stand between."""
        words = self.doc.sentences[m.sentence].words
        starts = self.word_starts.get(m.sentence)
        if starts is None:
            starts = self.word_starts[m.sentence] = [w.start for w in words]
        first = bisect.bisect_right(starts, m.span.start) - 2  # the word before the one the mention opens
        for k in range(first, max(-1, first - _TOPIC_REACH), -1):  # a bounded reach keeps a long list linear
            kind = self._topic_walk_kind(m.sentence, k, words[k])
            # ("다온시큐리티는 탁윤서 사장이 …": a proper noun no list knows as the topic right before the name)
            if kind == "topic" or kind == "proper" and k == first and m.org is None and m.title is not None:
                w = words[k]
                return self.orgs.add(w.stem, Span(w.start, w.stem_end))
            if kind in ("stop", "proper"):
                return None
        return None

    def _topic_walk_kind(self, s_index: int, k: int, w: Word) -> str:
        """What the walk of :meth:`_org_from_topic` finds in a word: the topic organization, a word of the
        list it may pass over, or a stop; judged once per word."""
        kind = self.walk_kinds.get((s_index, k))
        if kind is None:
            gz = self.gz
            if w.ending in ("은", "는") and (is_org_word(w.stem, gz) or gz.known_org(w.stem)
                                             or suffix_of(w.stem, gz) is not None):  # 배재대는
                kind = "topic"
            elif w.ending in ("은", "는") and w.proper and w.stem_tags[:1] == ("NNP",) and len(w.stem) >= 3 \
                    and not is_name(w.as_bare, gz) and not gz.is_place(w.stem) and w.stem not in gz.not_names \
                    and not gz.is_title(w.stem) and not w.quoted:
                kind = "proper"  # a proper noun that may be a company's name: the topic only right before the name
            elif (w.is_punct or w.stem in _LIST_WORDS or w.text.startswith("비롯") or is_name(w, gz)
                  or is_name(w.as_bare, gz)
                  or title_of(w, gz) is not None):
                kind = "pass"
            else:
                kind = "stop"
            self.walk_kinds[(s_index, k)] = kind
        return kind

    def cluster_of(self, m: PersonMention) -> _Cluster:
        return self.by_mention[id(m)]

    def assign_roles(self) -> None:
        doc, gz = self.doc, self.gz
        grouped = by_sentence(self.mentions)
        halves = numbered_parts(doc, gz)
        main = self.draft.name if self.draft else None
        # (no part at another event, dated and named apart: "한편 A 대표는 내달 '로봇 포럼'에서 기조강연을 한다")
        hits_by_sentence = {si: [] if at_another_event(doc, doc.sentences[si], main, gz)
                            else numbered_half_roles(doc, si, grouped.get(si, []),
                                                     sentence_roles(doc, si, grouped.get(si, []), gz), halves)
                            for si in range(len(doc.sentences))}
        self._inherit_frames(hits_by_sentence, grouped)
        _next_in_turn(doc, hits_by_sentence, grouped)
        _also(doc, hits_by_sentence, grouped)
        sessions: dict[int, tuple[str | None, list[_Cluster]]] = {}  # order -> name, speakers
        talks: dict[int, tuple[str, Span] | None] = {}
        for si, hits in hits_by_sentence.items():
            speakers = [h for h in hits if h.role in (Role.SPEAKER, Role.KEYNOTE)]
            each = respective_talks(doc, doc.sentences[si], [h.mention for h in speakers]) \
                or joint_talks(doc, doc.sentences[si], [h.mention for h in speakers])
            marks = marks_of(doc.sentences[si]) if speakers else []  # once per sentence
            for h in hits:
                c = self.cluster_of(h.mention)
                talk = None
                if h.role in (Role.SPEAKER, Role.KEYNOTE):
                    talk = each.get(id(h.mention)) or talk_title_after(doc, h.mention) \
                        or talk_title_before(doc, h.mention, len(speakers) - 1) \
                        or topic_of_item(doc, marks, h.mention, gz) or topic_in_parens(doc, marks, h.mention, gz)
                    talks[id(h.mention)] = talk
                c.add_role(h.role, None, talk[0] if talk else None)
            named = sessions_in(doc, doc.sentences[si])
            for order, name in named:
                old_name, members = sessions.get(order, (None, []))
                if len(named) == 1:  # people belong to a session only when the sentence names one
                    # a keynote named in a session's sentence gives the keynote, not a talk of the session
                    members += [self.cluster_of(h.mention) for h in speakers
                                if h.role is Role.SPEAKER and self.cluster_of(h.mention) not in members]
                sessions[order] = (old_name or name, members)
        for si in range(1, len(doc.sentences)):  # "김민수 교수도 참석했다. 그는 … 발표했다": the one person before
            if not grouped.get(si - 1):
                continue
            # ("그는 이어 패널토론 좌장을 맡아 A, B와 토론했다": a part written before the names the sentence gives)
            first = min((m.span.start for m in grouped.get(si, [])), default=None)
            before = {id(c): c for c in (self.cluster_of(m) for m in grouped[si - 1])}
            role = pronoun_role(doc, doc.sentences[si], gz, first) if len(before) == 1 else None
            if role is not None:
                # (with the talk's title the sentence gives: "그는 '…'을 주제로 발표했다")
                title = pronoun_talk_title(doc, doc.sentences[si], first) \
                    if role in (Role.SPEAKER, Role.KEYNOTE) else None
                next(iter(before.values())).add_role(role, None, title)
            # ("A 대표와 B 교수가 참석했다. 두 사람은 패널토론에서 …": a subject standing for all of them)
            group = group_role(doc, doc.sentences[si], gz) if len(before) >= 2 and first is None else None
            if group is not None and group[1] in (None, len(before)):
                for c in before.values():
                    c.add_role(group[0], None, None)
        # a later "김무상 부장은 '…'을 주제로 …" names the talk of someone already speaking
        for m in self.mentions:
            c = self.cluster_of(m)
            spoke = [k for k in c.roles if k[0] in (Role.SPEAKER, Role.KEYNOTE)]
            if spoke and id(m) not in talks:
                talk = talk_title_after(doc, m)
                if talk and all(v is None for k, v in c.roles.items() if k in spoke):
                    c.roles[spoke[0]] = talk[0]
        for m in reported_speakers(doc, grouped):  # what one said, in the report's words
            self.cluster_of(m).said_there = True
        for speaker, span in quote_speakers(doc, self.mentions, self.gz):
            c = self.cluster_of(speaker)
            c.add_role(Role.QUOTED)
            c.quotes.append(Quote(doc.slice(span.start, span.end), span))
        for m, said, part in transcript_speakers(doc, self.mentions):  # "▲김민수 한빛대 교수(이하 김)=…"
            c = self.cluster_of(m)
            c.add_role(Role.QUOTED)
            if part is not None:
                c.add_role(part)
            if not any(q.span.start < said.end and said.start < q.span.end for q in c.quotes):
                c.quotes.append(Quote(doc.slice(said.start, said.end), said))
        for m in self.mentions:  # "[인터뷰] 김철수 / 한빛대 교수" and the words under it: a broadcast's quote
            if m.said is not None:
                c = self.cluster_of(m)
                c.add_role(Role.QUOTED)
                if not any(q.span.start < m.said.end and m.said.start < q.span.end for q in c.quotes):
                    c.quotes.append(Quote(doc.slice(m.said.start, m.said.end), m.said))  # (once, if not in quotes)
        for c in self.clusters:
            if c.reporter:
                c.add_role(Role.REPORTER)
            elif not {r for r, _part in c.roles} - {Role.QUOTED, Role.ATTENDEE}:  # a quoted head still represents the host
                self._head_of_event_org(c)
            elif self._organizer_head(c):
                c.add_role(Role.HOST_REP)  # "최태원 SK 회장 … 기조연설": the holder's head represents it, whatever else
            _keynote_is_their_talk(c)
            if self._quoted_at_a_talk(c):
                # "인터엑스 박정윤 대표는 '…'고 말했다" in a seminar's report: a speaker; in or right after a
                # sentence about a panel discussion, a panelist
                c.add_role(Role.PANELIST if self._quoted_in_a_panel(c) else Role.SPEAKER)
        self._discussants()
        self._give_up_parts()
        self._parts(sessions, hits_by_sentence)

    def _discussants(self) -> None:
        """``한빛일보는 … 좌담회를 열었다. 사회는 박서준 교수가 맡았다. 참석자 …``: the people at a roundtable the article
        reports, someone moderating it, take part in its discussion (panelists), not only attend it."""
        lede = self.doc.text[:self.doc.sentences[min(2, len(self.doc.sentences) - 1)].span.end] if self.doc.sentences else ""
        if not _ROUNDTABLE_HELD.search(lede) \
                or not any(role is Role.MODERATOR for c in self.clusters for role, _part in c.roles):
            return
        for c in self.clusters:
            if (Role.ATTENDEE, None) in c.roles and not {role for role, _part in c.roles} - {Role.ATTENDEE, Role.QUOTED}:
                del c.roles[(Role.ATTENDEE, None)]
                c.add_role(Role.PANELIST)

    def _quoted_at_a_talk(self, c: _Cluster) -> bool:
        """A person only quoted (or whose words the report gives in its own, with no part), with an organization
        and a title, in the report of an event of talks (a forum, seminar, conference, symposium, debate …) and of
        none of the event's organizations: what they said, they said speaking there."""
        keys = c.org_keys or ([c.context_org] if c.context_org else [])  # (or the one the sentence before opened with)
        roles = {r for r, _p in c.roles}
        if c.reporter or not (roles == {Role.QUOTED} or not roles and c.said_there) or not keys or not c.titles:
            return False
        name = self.draft.name if self.draft else None
        kind = self.gz.event_type_of(name) if name else None
        if kind is None or kind not in self.gz.talk_event_types:
            return False
        held = [key for key, _r in self.event_orgs]
        if any(_ELSEWHERE.search(self.doc.sentences[m.sentence].text(self.doc.text)) for m in c.mentions):
            return False  # "… 통화에서 말했다", "행사에 참석하지 않은 …": said away from the event
        if any(_IMPRESSION.search(self.doc.sentences[m.sentence].text(self.doc.text)) for m in c.mentions):
            return False  # "… '…'라고 (수상) 소감을 밝혔다": an award's or a visit's impression, no talk
        return not any(self.orgs.same(k, h) for k in keys for h in held)

    def _quoted_in_a_panel(self, c: _Cluster) -> bool:
        """A sentence that quotes the person, or the one before it, is about a panel discussion
        (``패널토론이 이어졌다. A 교수는 "…"라고 했고 …``)."""
        sents = self.doc.sentences
        return any(is_panel_sentence(self.doc, sents[k]) for m in c.mentions
                   for k in (m.sentence, m.sentence - 1) if k >= 0)

    def _head_of_event_org(self, c: _Cluster) -> None:
        """``한빛협회(회장 김도윤)는 … 개최했다``: the head named after an organizer represents it;
        the head named after a sponsor has a part of another kind."""
        roles = {r for key, r in self.event_orgs for m in c.mentions
                 if m.head_of_org and m.org and self.orgs.same(self.key_of[id(m)], key)}
        if roles & {OrgRole.ORGANIZER, OrgRole.CO_ORGANIZER} or any(self._heads_organizer(m) for m in c.mentions) \
                or self._speaks_for_organizer(c) or self._organizer_head(c) or self._office_holds(c):
            c.add_role(Role.HOST_REP)
        elif roles or self._speaks_for_sponsor(c):
            c.add_role(Role.OTHER)

    def _speaks_for_sponsor(self, c: _Cluster) -> bool:
        """``(행사를 후원한) 다온은행 김철수 행장은 "…"고 말했다``: the head of a sponsor who is only quoted, or named
        with no part at all, has a sponsor head's part (other), as one named after the sponsor in parentheses has."""
        sponsors = self._event_org_keys(OrgRole.SPONSOR)
        return _only_quoted(c) and any(m.org is not None and self._of_host(m, sponsors) and m.qualifier is None
                                       and _heads_the_body(m.title, m.org.text) for m in c.mentions)

    def _speaks_for_organizer(self, c: _Cluster) -> bool:
        """``(주최한) 한빛진흥원의 김철수 원장은 "…"고 말했다``: a person of an organizer who is only quoted,
        or named with no part at all, speaks for it (a named attendee of the organizer's stays an attendee)."""
        hosts = self._event_org_keys(OrgRole.ORGANIZER, OrgRole.CO_ORGANIZER)
        return _only_quoted(c) and any(self._of_host(m, hosts) for m in c.mentions)

    def _event_org_keys(self, *roles: OrgRole) -> list[str]:
        """The keys of the event's organizations in any of ``roles``."""
        return [key for key, r in self.event_orgs if r in roles]

    def _of_host(self, m: PersonMention, hosts: list[str]) -> bool:
        """The mention's organization is one of ``hosts`` (keys), or the end of one's name written short
        (특구진흥재단 for 연구개발특구진흥재단)."""
        if not m.org:
            return False
        key = self.key_of[id(m)]
        # ("장하늘 한빛대 AI연구원장" at an event 한빛대 AI연구원 holds: the organization's unit is the host)
        unit = self.orgs.held(f"{m.org.text} {m.unit}") if m.unit else None
        return any(self.orgs.same(key, h) or len(m.org.text) >= 4 and h.endswith(m.org.text)
                   or unit is not None and self.orgs.same(unit, h) for h in hosts) \
            or self._group_of_host(m.org.text, hosts)

    def _group_of_host(self, org: str, hosts: list[str]) -> bool:
        """``장인화 포스코그룹 회장`` at an event 포스코홀딩스 holds: the group a host company belongs to, named by the
        company's first word and 그룹 (LG그룹 for LG전자, SK그룹 for SK텔레콤)."""
        stem = org.removesuffix("그룹").rstrip()
        if stem == org or len(stem) < 2:
            return False
        ids = {self.orgs.id_of(h) for h in hosts}
        return any(n.startswith(stem) and n != stem for o in self.orgs.organizations() if o.id in ids
                   for n in (o.name, *o.aliases))

    def _office_holds(self, c: _Cluster) -> bool:
        """``이인선 국회의원실이 공동 주최한``: a lawmaker whose office holds the event represents it."""
        return any(re.match(rf"(?:국회\s*)?{re.escape(m.name)}\s*(?:국회)?의원(?:실|사무실)?$", n)
                   for n in self._host_names() for m in c.mentions)

    def _host_names(self) -> list[str]:
        """The names and aliases of the event's organizers and co-organizers (found once)."""
        if self._hosts_cache is None:
            hosts = {self.orgs.id_of(key) for key, r in self.event_orgs
                     if r in (OrgRole.ORGANIZER, OrgRole.CO_ORGANIZER)}
            self._hosts_cache = [n for o in self.orgs.organizations() if o.id in hosts for n in (o.name, *o.aliases)]
        return self._hosts_cache

    def _organizer_head(self, c: _Cluster) -> bool:
        """``홍남표 창원시장을 비롯해 … 참석한 가운데 창원시는 …``: the head of the organizer (its 시장, 회장,
        원장, 대표 …) who attends or is quoted represents it (a co-organizer's head attends)."""
        hosts = self._event_org_keys(OrgRole.ORGANIZER)
        # ("산업통상자원부는 … 안덕근 장관 주재로 …": a head with no organization written, the body the sentence's
        # topic or the head's title gives the person)
        led = c.context_org is not None and any(self.orgs.same(c.context_org, h) for h in hosts)
        return any(m.title in _EVENT_OFFICES and m.qualifier is None  # 조직위원장, 대회장: the event's own office
                   or (m.org and self._of_host(m, hosts) or not m.org and led)
                   and _heads_the_body(m.title, m.org.text if m.org else c.context_org) and m.qualifier is None
                   for m in c.mentions)

    def _heads_organizer(self, m: PersonMention) -> bool:
        """``위원장인 최민희 의원은``, ``협회 회장인 김철수 대표는``: a head's title in the adnominal 인 before
        the name, naming the body of an organizer (위원장 → …위원회, 회장 → …협회, 원장 → …진흥원)."""
        head = _HEAD_BEFORE.search(self.doc.text, max(0, m.name_span.start - 12), m.name_span.start)
        if head is None:
            return False
        stem = head.group(1)[:-1]  # 위원장 -> 위원, 회장 -> 회
        names = self._host_names()
        owner = _WORD_BEFORE.search(self.doc.text, max(0, head.start(1) - 30), head.start(1))
        if owner and not any(n.endswith(owner.group(1)) or owner.group(1).endswith(n) for n in names):
            return False  # "한빛연구원 원장인 …": the head of another body
        return any(n.endswith((stem, stem + "회")) for n in names)

    def _inherit_frames(self, hits_by_sentence: dict[int, list[RoleHit]],
                        grouped: dict[int, list[PersonMention]]) -> None:
        """People with no cue of their own in the sentences after a programme header
        (``초청강연은 …``) take the header's role, until a sentence gives roles of its own."""
        frame: Role | None = None
        left = 0
        numbered = False  # the sentence before was a list's number alone ("1."): this one is its item
        for si, sent in enumerate(self.doc.sentences):
            here = grouped.get(si, [])
            after_number, numbered = numbered, is_item_number(self.doc.text, sent)
            header = frame_role(self.doc, sent, self.gz) if not here else None
            if header is not None:
                frame, left = header, FRAME_REACH
                continue
            if frame is None or left == 0:
                frame = None
                continue
            if not (opens_item(sent) or numbered or after_number):
                left -= 1  # the items of a list under the header are one stretch, however many (numbered too)
            own = hits_by_sentence[si]
            if any(h.role is not frame for h in own) or any(q.double for q in sent.quotes):
                frame = None  # other roles, or a remark quoted from someone: the programme is over
                continue
            cued = {id(h.mention) for h in own}
            hits_by_sentence[si] = own + [RoleHit(m, frame) for m in here if id(m) not in cued]

    def _parts(self, sessions: dict[int, tuple[str | None, list[_Cluster]]],
               hits_by_sentence: dict[int, list[RoleHit]]) -> None:
        """Give roles their parts: sessions (with their titled talks), the keynote, panels, and
        a talk of its own for any other speaker."""
        in_session = self._session_parts(sessions)
        keynotes = [c for c in self.clusters if any(k[0] is Role.KEYNOTE for k in c.roles)]
        if keynotes:
            self._part("e1k1", PartKind.KEYNOTE, None, keynotes, [], None)
            for c in keynotes:
                _move_role(c, Role.KEYNOTE, "e1k1")
        for si, hits in hits_by_sentence.items():
            self._panel_part(si, hits, in_session)
        talk_n = 0
        for c in self.clusters:
            for (role, part), title in list(c.roles.items()):
                if role is Role.SPEAKER and part is None:
                    talk_n += 1
                    self._part(f"e1t{talk_n}", PartKind.TALK, title, [c], [], None)
                    _move_role(c, Role.SPEAKER, f"e1t{talk_n}")

    def _session_parts(self, sessions: dict[int, tuple[str | None, list[_Cluster]]]) -> list[_Cluster]:
        """Numbered sessions and the titled talks in them; returns everyone who spoke in one."""
        in_session: list[_Cluster] = []
        for n, (order, (name, members)) in enumerate(sorted(sessions.items()), start=1):
            pid = f"e1s{n}"
            self._part(pid, PartKind.SESSION, name, members, [], order or n)
            for c in members:
                _move_role(c, Role.SPEAKER, pid)
            talks = [(c, c.roles[(Role.SPEAKER, pid)]) for c in members if c.roles.get((Role.SPEAKER, pid))]
            for k, (c, title) in enumerate(talks, start=1):
                self.parts.append(_PartDraft(f"{pid}t{k}", PartKind.TALK, title, [c], [], k, parent=pid))
            in_session.extend(members)
        return in_session

    def _panel_part(self, si: int, hits: list[RoleHit], in_session: list[_Cluster]) -> None:
        """A panel from a sentence about one: its moderator and panelists ("발표자들이 … 토론" brings
        every session speaker)."""
        sent = self.doc.sentences[si]
        if not is_panel_sentence(self.doc, sent):
            return
        mods = [self.cluster_of(h.mention) for h in hits if h.role is Role.MODERATOR]
        panel = [self.cluster_of(h.mention) for h in hits if h.role is Role.PANELIST]
        if "발표자" in sent.text(self.doc.text):  # "발표자들과 함께 토론": the speakers join the panel
            speakers = in_session or [c for c in self.clusters if any(k[0] is Role.SPEAKER for k in c.roles)]
            panel += [c for c in speakers if c not in panel and c not in mods]
        if not (mods or panel):
            return
        self._panels += 1
        pid = f"e1p{self._panels}"
        self._part(pid, PartKind.PANEL, topic_quote(self.doc, sent, sent.span.start), panel, mods, None)
        for c in panel:
            c.roles.pop((Role.PANELIST, None), None)
            c.add_role(Role.PANELIST, pid)
        for c in mods:
            _move_role(c, Role.MODERATOR, pid)

    def _part(self, pid: str, kind: PartKind, name: str | None, speakers: list[_Cluster],
              moderators: list[_Cluster], order: int | None) -> None:
        self.parts.append(_PartDraft(pid, kind, name, list(speakers), list(moderators), order))

    def build(self) -> Extraction:
        self.assign_roles()
        organizations = self.orgs.organizations()
        # (one the report says was not there, with no part but attending, is no person of the event)
        kept = [c for c in self.clusters if not self._not_there(c)]
        pid_of = {id(c): f"p{n}" for n, c in enumerate(kept, start=1)}
        event_id = "e1" if self.draft or any(not c.reporter and c.roles for c in kept) else None
        people = [self._person(pid_of[id(c)], c, event_id) for c in kept]
        events = []
        if event_id:
            d = self.draft or EventDraft()
            by_role: dict[OrgRole, list[str]] = {r: [] for r in OrgRole}
            seen: set[str] = set()
            for role in OrgRole:  # organizer before co-organizer before sponsor
                for key, r in self.event_orgs:
                    oid = self.orgs.id_of(key)
                    if r is role and oid not in seen:
                        seen.add(oid)
                        by_role[role].append(oid)
            # (a part only one dropped gave, on another occasion, is none of this event's)
            parts = tuple(EventPart(p.id, p.kind, p.name, tuple(pid_of[id(c)] for c in p.speakers if id(c) in pid_of),
                                    tuple(pid_of[id(c)] for c in p.moderators if id(c) in pid_of), p.order, p.parent)
                          for p in self.parts if any(id(c) in pid_of for c in (*p.speakers, *p.moderators))
                          or not (p.speakers or p.moderators))
            events.append(Event(
                "e1", d.name, d.edition, d.start, d.end, d.venue, d.city, d.theme, d.attendance,
                tuple(by_role[OrgRole.ORGANIZER]), tuple(by_role[OrgRole.CO_ORGANIZER]),
                tuple(by_role[OrgRole.SPONSOR]), parts, tuple(d.name_spans)))
        return Extraction(self.article, tuple(events), tuple(people), tuple(organizations),
                          self.orgs.id_of(self.outlet) if self.outlet else None)

    def _not_there(self, c: _Cluster) -> bool:
        """``최태원 SK그룹 회장은 이날 행사에 불참했다``, ``… 참석할 예정이던 A 회장은 참석하지 못했다``: every mention of a
        person with no part but attending is followed, before the next person named, by words that say the person
        did not attend."""
        if c.reporter or not c.mentions:
            return False
        if {role for role, _part in c.roles} == {Role.SPEAKER} \
                and all(presented_earlier(self.doc, m, self._of_this_event) for m in c.mentions):
            return True  # "일론 머스크 테슬라 CEO는 지난해 옵티머스 로봇을 공개했다": shown on another occasion
        if {role for role, _part in c.roles} - {Role.ATTENDEE}:
            return False
        if not c.roles:
            # "이재명 대통령은 지난달 국무회의에서 “…”라고 지시한 바 있다", "이는 젠슨 황 CEO가 지난 3월 GTC에서 강조한
            # 내용이다": named for what was said or done on another occasion (each sentence read once)
            for s in {m.sentence for m in c.mentions} - self._marks.keys():
                self._marks[s] = occasion_marks(self.doc, self.doc.sentences[s])
            if self._each_followed_by(c, SAID_BEFORE, planned=False) \
                    or all(on_another_occasion(self.doc, m, self._marks[m.sentence]) for m in c.mentions):
                return True
        return self._each_followed_by(c, _NOT_THERE, planned=False)

    def _each_followed_by(self, c: _Cluster, pattern: re.Pattern[str], planned: bool) -> bool:
        """Every mention of ``c`` is followed, before the next person named and within its sentence, by ``pattern``
        (and, if ``planned``, its sentence says what was planned: 예정, 계획)."""
        order = self.order
        starts, owners = order.starts, order.owners
        plans: dict[int, bool] = {}  # per sentence, whether it says a part was planned (read once)
        for m in c.mentions:
            sent = self.doc.sentences[m.sentence].span
            k = bisect.bisect_right(starts, m.name_span.end)
            if k < len(starts) and owners[k] == id(c):
                k = order.other_from[k]  # (the person's own later mentions are no other person's)
            if not pattern.search(self.doc.text, m.name_span.end, min(sent.end, starts[k]) if k < len(starts) else sent.end):
                return False
            if planned and m.sentence not in plans:
                plans[m.sentence] = _PLANNED_PART.search(self.doc.text, sent.start, sent.end) is not None
            if planned and not plans[m.sentence]:
                return False
        return True

    def _give_up_parts(self) -> None:
        """``기조연설을 할 예정이던 A 대표는 일정상 불참했다``, ``B 교수는 발표가 예정됐으나 취소됐다``: a part planned,
        then not given, is no part on stage."""
        for c in self.clusters:
            if c.mentions and not c.reporter and all(_IN_STEAD_OF.match(self.doc.text, m.span.end) for m in c.mentions):
                # "최태원 회장을 대신해 박일준 상근부회장이 개회사를 했다": the one another stood in for took no part
                c.roles = {k: v for k, v in c.roles.items() if k[0] is Role.QUOTED}
                continue
            talks = [k for k in c.roles if k[0] in _STAGE_ROLES]
            if talks and not c.reporter and c.mentions \
                    and self._each_followed_by(c, _GIVEN_UP, planned=True):
                for k in talks:
                    del c.roles[k]

    def _person(self, pid: str, c: _Cluster, event_id: str | None) -> Person:
        affs: list[Affiliation] = []
        seen: set[str] = set()
        for m in c.mentions:
            org = None
            if m.org:
                org = self.orgs.id_of(self.key_of[id(m)])
            elif c.reporter and self.outlet and self.outlet_written:
                org = self.orgs.id_of(self.outlet)
            if org and org not in seen:
                seen.add(org)
                title = f"{m.qualifier} {m.title}" if m.qualifier and m.title else m.title
                affs.append(Affiliation(org, title, m.unit))
        if not affs and (c.context_org or c.titles):
            first = next((m for m in c.mentions if m.title), None)  # "김 전 장관": the former post as written
            title = None if first is None else f"{first.qualifier} {first.title}" if first.qualifier else first.title
            affs.append(Affiliation(self.orgs.id_of(c.context_org) if c.context_org else None, title))
        roles = tuple(RoleAssignment(event_id, role, part, talk) for (role, part), talk in c.roles.items())
        mentions = tuple(sorted({m.name_span for m in c.mentions}, key=lambda s: s.start))
        return Person(pid, c.name, tuple(affs), roles, mentions, tuple(c.quotes))


_LIST_WORDS = frozenset({"및", "등", "겸", "그리고"})
# words that say one did not attend: "불참했다", "참석하지 못했다", "참석하지 않았다", "자리하지 못했다"
# (not a clause that goes on to what one did instead: "불참했지만 영상으로 축사를 보냈다")
_NOT_THERE = re.compile(r"(?:불참|(?:참석|참가|자리)하지\s*(?:않|못)|(?:참석|참가)\s*(?:못|안)\s*(?:했|한))(?!\S*(?:지만|으나|는데))")
# a part given up: not attending, or the part called off ("발표가 예정됐으나 취소됐다")
# (in the past: not "참석하지 못하는 이들을 위해 중계한다", those who cannot come)
_GIVEN_UP = re.compile(r"불참(?:했|하였|해)|(?:참석|참가|자리)하지\s*(?:않았|못했|못하였)|취소(?:됐|되었|돼)|무산(?:됐|되었)")
_PLANNED_PART = re.compile(r"예정|계획")  # the sentence says the part was planned
# right after a person: another stands in for them ("A 회장을 대신해", "A 장관 대신", "A 회장(불참)을 대신하여")
_IN_STEAD_OF = re.compile(r"\s*(?:[(（][^()（）\n]{0,20}[)）])?\s*(?:을|를)?\s*대신(?:해서|하여|해|한|\s)")
_STAGE_ROLES = frozenset({Role.KEYNOTE, Role.SPEAKER, Role.PANELIST, Role.MODERATOR})
# what a person said away from the event: on the phone, in an interview, not having attended; in writing of
# their own (a report, a column, a statement, a post)
_ELSEWHERE = re.compile(r"통화에서|전화\s*인터뷰|서면\s*인터뷰|인터뷰에서|참석하지\s*않|불참|보도자료를\s*통해|"
                        r"(?:보고서|리포트|기고문?|칼럼|저서|논문|성명|입장문|논평|게시물|SNS|페이스북|블로그)(?:에서|에|을\s*통해|를\s*통해)")
# one's impression said (an award winner's, a visitor's): "…라고 소감을 밝혔다", "수상 소감으로"
_IMPRESSION = re.compile(r"소감(?:을|으로|에서)")
# public offices, held in a government or the National Assembly, never in the body a sentence before named
_PUBLIC_OFFICES = frozenset({"의원", "국회의원", "대통령", "국무총리", "총리", "장관", "차관", "대사", "도지사", "지사", "시장",
                             "군수", "구청장", "교육감", "국회의장", "부의장"})
_GOVERNMENT_ENDINGS = ("시", "도", "군", "구", "부", "처", "청", "국회", "위원회", "교육청")
# the ends of a school's or an institute's name, where professors work (한빛대, 한빛대학교, 한국과학기술원, 한빛대학원)
_ACADEMIC_ENDINGS = ("대", "대학", "대학교", "대학원", "과학기술원", "과기원", "연구원", "연구소", "KAIST", "카이스트",
                     "포스텍", "유니스트", "디지스트", "지스트")
# a release's contact lines: "담당자: 사무관 이영희 (044-…)", "문의: 홍보팀 김도윤 과장", "책임자 : 과장 홍길동"
_CONTACT_LINE = re.compile(r"[ \t]*(?:[-·ㅇ○□▶]\s*)?(?:담당\s*부서|담당자|담\s*당|책임자|문의처?|연락처|보도\s*담당|홍보\s*담당)"
                           r"[ \t]*[:：]")
# a roundtable the article reports, held (or named) in its first sentences
_ROUNDTABLE_HELD = re.compile(r"(?:좌담회|좌담|대담회|라운드테이블|원탁\s*토론)(?:를|을|가|이|는|은|에는|에서|\]|'|’)")
# a title's joining particle before the next name ("팀장과 최민호 책임"), or a middle dot ("상무·박서연 책임")
_JOINED_NEXT = re.compile(r"(?:과|와)[ \t]+|[·ㆍ][ \t]*")
# a clause that says an event was held (its subject is the event, not an organization)
_HELD_PASSIVE = re.compile(r"(?:열렸|열린다|개최됐|개최된다|개최되었|진행됐|진행되었|펼쳐졌|막을\s*(?:올렸|내렸)|성료|치러졌)")
def _could_hold(title: str | None, org: str) -> bool:
    """Whether a post fits a body named elsewhere in the text: a public office is held in a government or the National
    Assembly, a professor teaches at a school (``김철수 교수`` is no member of 한빛협회)."""
    return not (title in _PUBLIC_OFFICES and not org.endswith(_GOVERNMENT_ENDINGS)
                or title is not None and title.endswith("교수") and not org.endswith(_ACADEMIC_ENDINGS))


_UNIT_FINALS = ("처", "단", "실", "국", "과", "팀", "부", "본부", "센터", "사업부", "연구소")  # units a fused title names
_TOPIC_REACH = 40  # words a topic organization may stand before the people listed after it


def _move_role(c: _Cluster, role: Role, part: str) -> None:
    """Attach a role found at event level to the part it belongs to."""
    if (role, None) in c.roles:
        talk = c.roles.pop((role, None))
        c.roles[(role, part)] = talk
    elif (role, part) not in c.roles:
        c.roles[(role, part)] = None


# a speaker card: a name alone on its line (two to four syllables), then a short line that ends in a post
_CARD_NAME_LINE = re.compile(r"^[ \t]*([가-힣]{2,4})[ \t]*\n(?=[ \t]*((?:\S+[ \t]+){0,4}(\S+))[ \t]*$)", re.M)


def _name_shaped(word: str, gz: Gazetteer) -> bool:
    """Two to four syllables of Hangul after a surname, no word the lists know as no name."""
    return re.fullmatch(r"[가-힣]{2,4}", word) is not None and word[0] in gz.surnames and word not in gz.not_names


def _cards_joined(text: str, gz: Gazetteer) -> str:
    """A name alone on its line and the post on the next (``김하늘`` / ``한빛대 교수``: a programme's or a release's
    cards) read as one line, ``김하늘 한빛대 교수`` (the line's end as a space: the text keeps its length)."""
    if "\n" not in text:
        return text
    out = None
    for m in _CARD_NAME_LINE.finditer(text):
        name, post = m.group(1), m.group(3)
        if _name_shaped(name, gz) and gz.is_title(post) and not gz.is_title(name):
            out = out or list(text)
            out[m.end() - 1] = " "  # (the match ends with the line's break)
    return "".join(out) if out else text


_BAR_ROW = re.compile(r"^[ \t]*\|?[^\n|]*(?:\|[^\n|]*){2,}\|?[ \t]*$", re.M)  # a table's row, cells between bars
_MAX_POST_CELLS = 2  # cells of the organization and the post after a name's
_POST_CELL_WORDS = 3  # words of such a cell (LG AI연구원, 한빛대 AI대학원 교수)


def _bar_cells_joined(text: str, gz: Gazetteer) -> str:
    """A table's row with the name, the organization and the post in cells of their own (``| 기조강연 | 김하늘 |
    한빛대 | 교수 |``) read with those cells as one phrase, ``김하늘   한빛대   교수`` (each bar between them a space:
    the text keeps its length)."""
    if "|" not in text:
        return text
    out = None
    for row in _BAR_ROW.finditer(text):
        bars = [row.start() + k for k, ch in enumerate(row.group()) if ch == "|"]
        cells = [(a + 1, b) for a, b in zip(bars, bars[1:])]
        for n, (a, b) in enumerate(cells):
            name = text[a:b].strip()
            # (not a part's word, shaped like a name: "| 주제발표 | … |")
            if not _name_shaped(name, gz) or gz.is_title(name) \
                    or any(first in name and p.search(name) for p, _r, first in gz.cues):
                continue
            for last in range(n + 1, min(n + 1 + _MAX_POST_CELLS, len(cells))):
                words = text[cells[last][0]:cells[last][1]].split()
                if not words or len(words) > _POST_CELL_WORDS:
                    break  # ("| 기조강연 | 산업 AI 전환 전략 | …": a cell of free text, no organization or post)
                if gz.is_title(words[-1]):
                    out = out or list(text)
                    for k in range(n, last):
                        out[cells[k][1]] = " "  # (the bar that closes the cell)
                    break
    return "".join(out) if out else text


def extract_ko(article: Article, gazetteer: Gazetteer | None = None) -> Extraction:
    """Extract events, people, organizations and roles from a Korean article."""
    return _Builder(article, gazetteer or load_gazetteer()).build()


_ALSO = re.compile(r"(?:\)|\s*씨)?도\s")  # "오민석 부사장도 …", "김 대표(다온)도 …"
_TAKEN_ON = frozenset({Role.KEYNOTE, Role.SPEAKER, Role.PANELIST})


def _also(doc: Doc, hits_by_sentence: dict[int, list[RoleHit]], grouped: dict[int, list[PersonMention]]) -> None:
    """A person who is the subject with 도 in a sentence with no cue of its own does what the one the
    sentence before named did (``이어진 토의에서 A 대표는 …고 건의했다. B 부사장도 …을 호소했다``): one
    role on stage there, given to nobody else in this sentence."""
    for si in range(1, len(doc.sentences)):
        here, own = grouped.get(si, []), hits_by_sentence.get(si, [])
        if not here or own:
            continue
        before = {h.role for h in hits_by_sentence.get(si - 1, [])}
        if len(before) != 1 or not before <= _TAKEN_ON:
            continue
        role = next(iter(before))
        hits_by_sentence[si] = [RoleHit(m, role) for m in here if _ALSO.match(doc.text, m.span.end)]
