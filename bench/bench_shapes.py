"""How often a person is found, with the part they played, when random names stand in invented sentence frames.

Names are drawn at random (seeded) from common Korean surnames and given-name syllables, and from common
first and last names of many countries; each is put into a frame of the kind news uses (``NAME ORG TITLE는
… 발표했다``, ``During the fireside chat, NAME of ORG …``) after a sentence that opens an event. The
score is the share of (name, frame) pairs where the extractor finds the person with the role the frame
gives. It measures what the dev corpus cannot: whether the grammar holds for names and sentences nobody
tuned on (the analyser reads some Korean names as other words, 이지은 -> 이 + 지 + 은).

usage: python bench/bench_shapes.py [N per language] [SEED] [--verbose]
"""

from __future__ import annotations

import random
import sys
import time

from kg.extract import extract
from kg.model import Article

KO_SURNAMES = ("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 유 남 심 노 하 곽 성 차 "
               "주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명").split()
KO_GIVEN = ("민 서 지 현 수 영 준 우 진 윤 은 하 예 도 시 주 연 유 재 성 원 승 태 혜 정 경 동 상 희 훈 호 석 철 미 선 나 다 인 "
            "아 가 채 소 세 규 한 종 혁 범 결 온 율 빈 찬 림").split()
KO_OPENING = "한빛협회는 20일 서울 코엑스에서 '2026 제조 AI 포럼'을 개최했다. "
KO_FRAMES = (
    ("{n} 한빛대 교수는 '제조 AI'를 주제로 발표했다.", "speaker"),
    ("다온랩 {n} 대표가 기조강연을 했다.", "keynote"),
    ("좌장은 {n} 교수가 맡았다.", "moderator"),
    ("토론자로는 {n} 다온전자 상무, 박성민 루미랩 대표가 나섰다.", "panelist"),
    ("한빛협회(회장 {n})는 이날 포럼을 열었다.", "host_rep"),
    ("이날 {n} 한빛협회장은 개회사를 했다.", "host_rep"),
    ('{n} 다온랩 대표는 "AI가 답이다"라고 말했다.', "quoted"),
    ("행사에는 {n} 씨 등 100여 명이 참석했다.", "attendee"),
    ("이어 {n} 루미전자 부사장의 발표가 이어졌다.", "speaker"),
    ("발표는 {n} 한빛대 교수와 박성민 다온랩 대표가 맡았다.", "speaker"),
    ("2부 발표자로는 김현수 삼성SDS 부사장, {n} 카카오 AI랩장이 나섰다.", "speaker"),
    # the tenth round's constructions
    ("다온전자에서는 {n} 상무가, 루미랩에서는 박성민 이사가 발표를 맡았다.", "speaker"),
    ("김도윤 한빛대 교수는 기조강연을 했고, {n} 다온전자 상무는 사례를 발표했다.", "speaker"),
    ("특별강연은 전 다온전자 대표 {n} 씨가 맡았다.", "speaker"),
    ("주제발표는 {n} 교수(한빛대 산업공학과)가 맡았다.", "speaker"),
    # the eleventh round's constructions
    ("패널토론에는 좌장인 김도윤 한빛대 교수를 비롯해 {n} 다온전자 상무가 참여했다.", "panelist"),
    ("패널토론은 김도윤 한빛대 교수가 좌장을 맡아 {n} 다온전자 상무와 함께 논의했다.", "panelist"),
    ("1부에서는 김도윤 한빛대 교수가 기조강연을, {n} 다온텍 대표가 사례발표를 했다.", "speaker"),
    ("이날 {n} 다온부 국장이 참석해 정책 방향을 소개했다.", "speaker"),
    # the twenty-ninth round's constructions
    ("지정토론은 김도윤 한빛대 교수가 좌장을 맡은 가운데 {n} 다온전자 상무가 참여했다.", "panelist"),
    ("이어 {n} 루미전자 부사장이 'AI 팩토리'를 주제로 특별 연설을 했다.", "speaker"),
    ("{n} 누리클라우드 AI연구소장은 자체 개발한 모델을 시연해 눈길을 끌었다.", "speaker"),
    ("오세린 한빛대 교수가 '데이터 공유'를, {n} 다온연구소 책임연구원이 '정책 동향'을 발제했다.", "speaker"),
)
EN_FIRST = ("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Susan Richard Jessica Joseph "
            "Sarah Thomas Karen Priya Wei Hiroshi Yuki Ahmed Fatima Carlos Lucia Olga Ivan Aisha Raj Mei Lars Ingrid "
            "Pierre Chloe Marco Giulia Sven Hana").split()
EN_LAST = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Wilson Anderson "
           "Thomas Taylor Moore Jackson Martin Lee Thompson White Harris Clark Lewis Walker Young Allen King Wright Scott "
           "Nguyen Patel Chen Wang Tanaka Sato Mueller Schmidt Rossi Dubois Kowalski Novak Singh Kumar Ali Hassan Kim "
           "Park").split()
EN_ORGS = ("Siemens", "Acme Robotics", "the University of Leeds", "Bosch", "Hanbit Institute", "GE Digital", "MIT", "Nvidia")
EN_TITLES = ("CEO", "chief technology officer", "professor of robotics", "vice president", "head of AI", "director",
             "senior researcher", "founder")
EN_OPENING = "The Smart Factory Summit 2026 was held on Tuesday at the Javits Center in New York. "
EN_FRAMES = (
    ("{n}, {t} at {o}, spoke about digital twins.", "speaker"),
    ("The keynote was delivered by {n}, {t} of {o}.", "keynote"),
    ("{o} {T} {n} gave a talk on edge AI.", "speaker"),
    ("The panel was moderated by {n} of {o}.", "moderator"),
    ("Panelists included {n} ({o}) and Jane Roe (Acme).", "panelist"),
    ('"Factories will change," said {n}, {t} at {o}.', "quoted"),
    ("Also speaking was {n}, {t} at {o}.", "speaker"),
    ("{n} of {o} presented a case study on predictive maintenance.", "speaker"),
    ("Among the attendees was {n}, {t} of {o}.", "attendee"),
    ("{o}'s {n} discussed robot safety.", "speaker"),
    ("{n}, who moderated the panel, said the market is growing.", "moderator"),
    ("Speakers included {n}, {t} at {o}; Jane Roe of Acme; and Tom Reed of Nimbus.", "speaker"),
    ("During the fireside chat, {n} of {o} answered questions from the audience.", "speaker"),
    ("The opening remarks were given by {n}, {t} of {o}.", "host_rep"),
    ("In a keynote, {n} of {o} argued that AI needs better data.", "keynote"),
    ("{n}, {t} at {o}, joined the panel on workforce skills.", "panelist"),
    ("The event was emceed by {n}.", "moderator"),
    # the tenth round's constructions
    ("Taking the stage first, {o} {T} {n} said costs are falling.", "speaker"),
    ("Jane Roe of Acme spoke on robots, {n} ({o}) on drives.", "speaker"),
    ("Jane Roe of Acme gave a keynote, as did {n} of {o}.", "keynote"),
    ("{n} of {o} also spoke.", "speaker"),
    ("A roundtable moderated by Jane Roe featured {n} of {o} and Tom Reed of Nimbus.", "panelist"),
    ('"Data is key," {n}, {t} at {o}, said at the summit.', "speaker"),
    # the eleventh round's constructions
    ("Moderating the closing panel was {n}, {t} at {o}.", "moderator"),
    ("Jane Roe of Acme spoke first, followed by {n} of {o}.", "speaker"),
    ('In a talk titled "Data First," {n} of {o} showed three cases.', "speaker"),
    ("Jane Roe of Acme joined {o}'s {n} for a fireside chat.", "speaker"),
    ("Jane Roe of Acme led the discussion, which included {n} of {o}.", "panelist"),
    ("Panelists discuss jobs at the summit. From left are {n}, {t} at {o}; and Tom Reed of Nimbus.", "panelist"),
    # the twenty-ninth round's constructions
    ('"Start now," said keynote speaker {n}, {t} of {o}, who opened the summit.', "keynote"),
    ("Participants in the roundtable included Hanwha Ocean CEO Kim Hee-cheul and {o} {T} {n}.", "panelist"),
    ("{n}, {t} at {o}, chaired the afternoon session.", "moderator"),
)


def _sentences(lang: str, n: int, rng: random.Random) -> list[tuple[str, str, str, str]]:
    """(frame, name, text, role) for ``n`` random names in random frames."""
    out = []
    for _ in range(n):
        if lang == "ko":
            name = rng.choice(KO_SURNAMES) + rng.choice(KO_GIVEN) + rng.choice(KO_GIVEN)
            frame, role = rng.choice(KO_FRAMES)
            out.append((frame, name, KO_OPENING + frame.format(n=name), role))
        else:
            name = f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"
            frame, role = rng.choice(EN_FRAMES)
            title = rng.choice(EN_TITLES)
            # a title before a name, capitalised as news writes it ("Professor of Robotics", "Head of AI")
            cap = " ".join(w if w in ("of", "at", "for", "and") else w[:1].upper() + w[1:] for w in title.split())
            text = frame.format(n=name, o=rng.choice(EN_ORGS), t=title, T=cap)
            out.append((frame, name, EN_OPENING + text, role))
    return out


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("--")]
    n = int(args[0]) if args else 500
    seed = int(args[1]) if len(args) > 1 else 0
    verbose = "--verbose" in argv
    for lang in ("ko", "en"):
        rng = random.Random(seed)
        found = 0
        missed: dict[str, list[str]] = {}
        t0 = time.perf_counter()
        for frame, name, text, role in _sentences(lang, n, rng):
            x = extract(Article("s", text, "s", published="2026-05-21", lang=lang))
            roles = {r.role.value for p in x.people if p.name == name for r in p.roles}
            if role in roles:
                found += 1
            else:
                missed.setdefault(frame, []).append(name)
        took = time.perf_counter() - t0
        print(f"{lang}: {found}/{n} names found with their part ({found / n:.3f}), {n} sentences in {took:.1f} s")
        for frame, names in sorted(missed.items(), key=lambda kv: -len(kv[1])):
            print(f"   {len(names):3d} missed in {frame!r}" + (f": {', '.join(names[:8])}" if verbose else ""))


if __name__ == "__main__":
    main(sys.argv[1:])
