"""A seeded synthetic corpus of Korean and English industry-AI event articles, for the scale benchmarks.

Articles are written from templates in the shapes news uses (a dateline and byline, the event held by an
organizer at a venue, co-organizers and sponsors, a keynote, talks, a panel with a moderator, a quote,
attendees), with the entities drawn so that they recur across articles as they do in a real feed:

- organizations from ``data/ko/orgs.txt`` and made-up ones (a stem and an organization suffix), drawn with
  a Zipf-like skew (a few appear in many articles); about one mention in ten writes an alias in
  parentheses, as articles do (``한빛로봇연구원(HRI)``);
- people as a surname from ``data/ko/surnames.txt`` and two given-name syllables, each tied to one
  organization and title; the name pool is small enough that the same name at two organizations (two
  people) occurs at the rate common Korean names give, and people recur across articles;
- event series (region + topic + type word) with yearly editions, so articles about one edition resolve
  to one event and other years to other editions.

Everything is drawn from one ``random.Random(seed)``: the same seed and size give the same corpus.

usage: python bench/synth.py N OUT.jsonl [--seed S] [--english-share 0.3]
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"

_GIVEN = ("민 준 서 연 지 우 현 수 하 윤 도 예 은 재 유 진 시 아 호 원 성 영 태 경 승 혜 다 나 주 훈 "
          "석 희 빈 채 인 용 상 규 동 철 혁 정 선 미 소 율 온 결 람").split()
_STEMS = ("한빛 다온 누리 가람 미르 새봄 하람 온새 라온 그린 바른 세움 이음 휴먼 스마트 퓨처 넥스트 "
          "코어 에이스 블루 테크노 디지털 인텔리 로보 메타 큐브 씨앗 파랑 보라 아라").split()
_SUFFIXES = ("전자 로보틱스 테크 연구원 연구소 협회 진흥원 재단 대학교 랩 시스템즈 솔루션 모빌리티 "
             "에너지 반도체 소프트 데이터 클라우드 AI").split()
_TITLES = ("대표 대표이사 사장 부사장 전무 상무 이사 본부장 센터장 팀장 연구소장 수석연구원 책임연구원 "
           "교수 부교수 원장 회장 부회장 소장 단장 실장 국장").split()
_PROFESSOR_TITLES = ("교수", "부교수", "원장", "소장", "단장")
_REGIONS = "서울 부산 대구 인천 광주 대전 울산 세종 경기 판교 창원 포항 구미 제주 송도".split()
_TOPICS = ("제조 AI", "스마트팩토리", "AI 반도체", "로봇산업", "디지털 전환", "산업 AI", "자율주행",
           "AI 인재", "데이터 경제", "스마트 물류", "휴머노이드", "산업 보안")
_TYPES = "포럼 컨퍼런스 세미나 심포지엄 서밋 토론회 엑스포 워크숍".split()
_VENUES = ("코엑스 그랜드볼룸", "벡스코 컨벤션홀", "대전컨벤션센터", "킨텍스 제2전시장", "엑스코 컨벤션홀",
           "한국프레스센터 국제회의장", "포스코센터 서관", "롯데호텔 크리스탈볼룸", "송도컨벤시아",
           "김대중컨벤션센터", "창원컨벤션센터", "양재 엘타워 그랜드홀")
_OUTLETS = ("한빛일보", "다온경제", "누리뉴스", "가람신문", "미르타임즈")
_EN_ORG_WORDS = ("Robotics", "Electronics", "Systems", "Labs", "Institute", "Foundation", "Association", "AI")
_EN_TITLES = ("CEO", "CTO", "chief data officer", "vice president", "director", "professor", "head of research",
              "senior researcher", "managing director", "president")
_EN_TYPES = ("Summit", "Forum", "Conference", "Expo", "Symposium")
_EN_TOPICS = ("Industrial AI", "Smart Factory", "AI Chips", "Robotics", "Digital Twin", "Edge AI", "Autonomy")
_EN_VENUES = ("COEX", "the Seoul Convention Center", "the Grand Hall of the Harbor Hotel", "BEXCO",
              "the Lakeside Conference Center", "the Ridge Exhibition Hall")
_ROMAN = {"김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang", "조": "Cho",
          "윤": "Yoon", "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo", "신": "Shin"}
_SYLLABLE_ROMAN = dict(zip(_GIVEN, ("min jun seo yeon ji woo hyun su ha yoon do ye eun jae yu jin si a ho won "
                                    "sung young tae kyung seung hye da na ju hoon seok hee bin chae in yong sang "
                                    "kyu dong chul hyuk jung sun mi so yul on gyeol ram").split(), strict=True))


@dataclass(frozen=True)
class Org:
    name: str
    alias: str | None
    english: str


@dataclass(frozen=True)
class Person:
    name: str
    english: str
    org: Org
    title: str


@dataclass(frozen=True)
class Series:
    name: str
    english: str
    organizer: Org
    venue: str
    region: str


def _words(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        out.extend(line.split())
    return out


def _lines(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]


class World:
    """The entities articles are written about, drawn once from the seed."""

    def __init__(self, rng: random.Random, size: int) -> None:
        self.rng = rng
        surnames = [s for s in _words(DATA / "ko" / "surnames.txt") if len(s) == 1]
        # the most common surnames carry most people, as in Korea (김, 이, 박 …)
        weights = [1.0 / (1 + i) ** 0.9 for i in range(len(surnames))]
        known = [o for o in _lines(DATA / "ko" / "orgs.txt") if 2 <= len(o) <= 12 and " " not in o]
        made = {f"{rng.choice(_STEMS)}{rng.choice(_SUFFIXES)}" for _ in range(max(60, size // 8))}
        names = sorted(set(rng.sample(known, min(len(known), 120))) | made)
        self.orgs = [Org(n, self._alias(n), self._english(n)) for n in names]
        rng.shuffle(self.orgs)
        n_people = max(200, size // 2)
        self.people = []
        for _ in range(n_people):
            surname = rng.choices(surnames, weights)[0]
            given = rng.choice(_GIVEN) + rng.choice(_GIVEN)
            org = self.org()
            title = rng.choice(_PROFESSOR_TITLES if org.name.endswith(("대학교", "연구원", "연구소")) else _TITLES)
            english = f"{_ROMAN.get(surname, 'Kim')} {_SYLLABLE_ROMAN[given[0]].title()}-{_SYLLABLE_ROMAN[given[1]]}"
            self.people.append(Person(surname + given, english, org, title))
        self.series = []
        for _ in range(max(20, size // 25)):
            region, topic, kind = rng.choice(_REGIONS), rng.choice(_TOPICS), rng.choice(_TYPES)
            en = f"{rng.choice(('Korea', 'Seoul', 'Busan', 'Asia'))} {rng.choice(_EN_TOPICS)} {rng.choice(_EN_TYPES)}"
            self.series.append(Series(f"{region} {topic} {kind}", en, self.org(), rng.choice(_VENUES), region))

    def _alias(self, name: str) -> str | None:
        if self.rng.random() < 0.3 and len(name) > 3:
            return "".join(ch for ch in self.rng.sample(list("ABCDEFGHKLMNPRST"), 3))
        return None

    def _english(self, name: str) -> str:
        return f"{self.rng.choice(('Hanbit', 'Daon', 'Nuri', 'Garam', 'Mir', 'Ridge', 'Harbor'))} {self.rng.choice(_EN_ORG_WORDS)}"

    def org(self) -> Org:
        """An organization, a few far more often than the rest (Zipf-like)."""
        i = min(int(self.rng.paretovariate(1.1)) - 1, len(self.orgs) - 1)
        return self.orgs[i] if self.rng.random() < 0.7 else self.rng.choice(self.orgs)

    def person(self) -> Person:
        i = min(int(self.rng.paretovariate(1.2)) - 1, len(self.people) - 1)
        return self.people[i] if self.rng.random() < 0.4 else self.rng.choice(self.people)

    def cast(self, n: int) -> list[Person]:
        """``n`` different people (by name) for one article."""
        out: list[Person] = []
        while len(out) < n:
            p = self.person()
            if all(p.name != q.name for q in out):
                out.append(p)
        return out

    def other_org(self, *not_these: Org) -> Org:
        while True:
            o = self.org()
            if o not in not_these:
                return o


def _j(word: str, pair: str) -> str:
    """``word`` with the particle of ``pair`` (은는, 이가, 을를, 과와) its last syllable takes."""
    last = word[-1]
    closed = "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 != 0 or last in ")0136789LMNR"
    return word + (pair[0] if closed else pair[1])


def _org_ko(o: Org, rng: random.Random) -> str:
    return f"{o.name}({o.alias})" if o.alias and rng.random() < 0.1 else o.name


def korean(world: World, n: int) -> dict[str, object]:
    rng = world.rng
    s = rng.choice(world.series)
    year = rng.randint(2015, 2026)
    edition = year - 2012
    month, day = rng.randint(1, 12), rng.randint(1, 25)
    published = f"{year}-{month:02d}-{day + 2:02d}"
    name = f"{year} {s.name}" if rng.random() < 0.6 else f"제{edition}회 {s.name}"
    reporter = world.person().name[:3]
    outlet = rng.choice(_OUTLETS)
    n_talks, n_panel = rng.randint(1, 3), rng.randint(2, 4)
    keynote, chair, *rest = world.cast(2 + n_talks + n_panel)
    talks, panel = rest[:n_talks], rest[n_talks:]
    co = world.other_org(s.organizer)
    sponsor = world.other_org(s.organizer, co)
    lines = [
        f"{s.organizer.name}, '{name}' 개최",
        "",
        f"[{s.region}={outlet}] {reporter} 기자 = {_j(_org_ko(s.organizer, rng), '은는')} {day}일 {s.region} {s.venue}에서 "
        f"'{name}'{_j(name, '을를')[-1]} 개최했다고 밝혔다.",
        "",
        f"이번 행사는 {_j(co.name, '이가')} 공동 주관하고 {_j(sponsor.name, '이가')} 후원했으며, "
        f"업계 관계자 {rng.randint(1, 9) * 50}여 명이 참석했다.",
        "",
        f"기조강연에 나선 {keynote.name} {_org_ko(keynote.org, rng)} {_j(keynote.title, '은는')} "
        f"'{rng.choice(_TOPICS)}의 미래'를 주제로 발표했다.",
    ]
    for t in talks:
        lines.append(f"이어 {t.name} {t.org.name} {_j(t.title, '이가')} '{rng.choice(_TOPICS)} 적용 사례'를 소개했다.")
    lines += [
        "",
        f"패널토론은 {chair.name} {chair.org.name} {_j(chair.title, '이가')} 좌장을 맡았으며, "
        + _j(", ".join(f"{p.name} {p.org.name} {p.title}" for p in panel), "이가") + " 토론자로 참여했다.",
        "",
        f"{keynote.name[0]} {_j(keynote.title, '은는')} \"{rng.choice(_TOPICS)} 경쟁력은 데이터에서 나온다\"고 말했다.",
    ]
    return {"id": f"synth-ko-{n:07d}", "lang": "ko", "published": published, "title": lines[0],
            "text": "\n".join(lines)}


def _capitalised(title: str) -> str:
    return " ".join(w if w.isupper() else w.capitalize() if w not in ("of", "and") else w for w in title.split())


def english(world: World, n: int) -> dict[str, object]:
    rng = world.rng
    s = rng.choice(world.series)
    year = rng.randint(2015, 2026)
    month, day = rng.randint(1, 12), rng.randint(1, 25)
    months = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()
    published = f"{year}-{month:02d}-{day + 2:02d}"
    keynote, talk, chair, *panel = world.cast(3 + rng.randint(2, 3))
    organizer = s.organizer
    sponsor = world.other_org(organizer)
    venue = rng.choice(_EN_VENUES)
    lines = [
        f"{organizer.english} hosts {year} {s.english}",
        "",
        f"By {world.person().english}",
        "",
        f"The {year} {s.english} was held on {months[month - 1]} {day} at {venue}, hosted by {organizer.english} "
        f"and sponsored by {sponsor.english}.",
        "",
        f"{keynote.english}, {rng.choice(_EN_TITLES)} of {keynote.org.english}, delivered the keynote.",
        f"{talk.org.english} {_capitalised(rng.choice(_EN_TITLES))} {talk.english} presented a talk on {rng.choice(_EN_TOPICS)}.",
        f"A panel moderated by {chair.english}, {rng.choice(_EN_TITLES)} at {chair.org.english}, included "
        + ", ".join(f"{p.english} of {p.org.english}" for p in panel[:-1]) + f" and {panel[-1].english} of {panel[-1].org.english}.",
        "",
        f"\"Data is the new factory floor,\" said {keynote.english.split()[0]}.",
    ]
    return {"id": f"synth-en-{n:07d}", "lang": "en", "published": published, "title": lines[0],
            "text": "\n".join(lines)}


def articles(count: int, seed: int = 7, english_share: float = 0.3, start: int = 0,
             world_size: int | None = None) -> Iterator[dict[str, object]]:
    """Articles ``start`` … ``start + count - 1`` of the corpus of ``world_size`` articles (default
    ``count``): the same ids and texts for the same seed, so a later slice extends an earlier one."""
    world = World(random.Random(seed), world_size or count)
    for n in range(start, start + count):
        world.rng = random.Random(f"{seed}/{n}")
        yield english(world, n) if world.rng.random() < english_share else korean(world, n)


def write(count: int, out: Path, seed: int = 7, english_share: float = 0.3, start: int = 0,
          world_size: int | None = None) -> Path:
    with out.open("w", encoding="utf-8") as f:
        for a in articles(count, seed, english_share, start, world_size):
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    return out


def split_args(argv: list[str]) -> tuple[list[str], dict[str, str]]:
    """Positional arguments, and ``--name value`` options (the benches' command lines)."""
    opts: dict[str, str] = {}
    args: list[str] = []
    it = iter(argv)
    for a in it:
        if a.startswith("--"):
            opts[a] = next(it)
        else:
            args.append(a)
    return args, opts


def main(argv: list[str]) -> None:
    args, opts = split_args(argv)
    write(int(args[0]), Path(args[1]), int(opts.get("--seed", 7)), float(opts.get("--english-share", 0.3)))


if __name__ == "__main__":
    main(sys.argv[1:])
