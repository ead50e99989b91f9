"""Block-by-block resolution (kg.blocks) gives exactly what resolving every article anew gives, after any
sequence of additions, replacements and removals, in any order."""

from __future__ import annotations

from functools import lru_cache
from random import Random

import pytest

from kg.blocks import BlockResolver
from kg.curation import Action, Curation, Decision, Kind
from kg.extract import extract
from kg.model import Article, Extraction
from kg.resolve import resolve_all

# Articles written for these tests: shared organizations under several names, the same person at two
# organizations, a Hangul name and its romanisation at one organization, two people of one name, one
# series in two years and two editions of one year, unnamed events.
TEXTS = {
    "a": ("2025-06-11", "ko", "한국로봇산업협회(로봇협회)는 10일 서울 코엑스에서 '2025 로봇 AI 포럼'을 개최했다. "
                             "기조강연에 나선 윤하람 카이스트 교수는 “로봇이 공장을 바꾼다”고 말했다. "
                             "이어 배서윤 한빛전자 상무와 김도현 딥비전 대표가 발표했다."),
    "b": ("2025-06-20", "ko", "로봇협회 문진호 회장은 19일 간담회에서 “포럼 성과를 이어가겠다”고 말했다. "
                             "이 자리에는 배서윤 한빛전자 전무와 김도현 한빛전자 부장이 참석했다."),
    "c": ("2025-06-01", "ko", "'2025 로봇 AI 포럼'이 오는 10일 서울 코엑스에서 열린다. 윤하람 카이스트 교수가 기조강연을 맡는다."),
    "d": ("2024-06-12", "ko", "한국로봇산업협회는 11일 서울 코엑스에서 '2024 로봇 AI 포럼'을 개최했다. "
                             "박지성 한빛전자 상무가 발표했다."),
    "e": ("2025-06-11", "ko", "삼성전자 이민호 부사장은 10일 서울 코엑스에서 열린 '2025 로봇 AI 포럼'에서 기조강연을 했다."),
    "f": ("2025-06-11", "en", "Lee Min-ho, vice president of Samsung Electronics, gave the keynote at the Robot AI Forum "
                             "2025 in Seoul on June 10."),
    "g": ("2025-09-03", "ko", "한빛전자는 2일 대전에서 '제3회 한빛 AI 세미나'를 열었다. 배서윤 한빛전자 상무와 "
                             "김도현 딥비전 대표가 발표했다."),
    "h": ("2025-11-05", "ko", "한빛전자는 4일 대전에서 '제4회 한빛 AI 세미나'를 열었다. 김도현 딥비전 대표와 "
                             "윤하람 한국과학기술원 교수가 발표했다."),
    "i": ("2025-11-20", "ko", "'한빛 AI 세미나'에서 김도현 딥비전 대표가 발표했다."),
    "j": ("2025-07-01", "ko", "한국로봇산업협회 김도현 이사와 딥비전 김도현 대표가 간담회에 참석했다."),
    "k": ("2025-06-11", "en", "Samsung Electronics Executive Vice President Minho Lee spoke at the Robot AI Forum 2025."),
    "l": ("2025-06-12", "ko", "카이스트와 로봇협회는 12일 대전에서 로봇 인재 간담회를 열었다. 윤하람 교수가 발표했다."),
}


@lru_cache(maxsize=None)
def _extraction(aid: str, version: int = 0) -> Extraction:
    published, lang, text = TEXTS[aid]
    if version:  # a corrected article: the same id, another text
        text = text.replace("발표했다", "발표를 맡았다").replace("spoke", "gave a talk")
    return extract(Article(aid, text, f"{aid}.txt", published=published, lang=lang))


def _same_as_anew(blocks: BlockResolver) -> None:
    expected = resolve_all(list(blocks.xs.values()), blocks.gz, blocks.curation)
    assert blocks.resolutions == expected.resolutions
    assert blocks.links() == set(expected.links)


@pytest.mark.parametrize("seed", range(12))
def test_any_sequence_of_updates_resolves_as_from_scratch(seed: int) -> None:
    rnd = Random(seed)
    blocks = BlockResolver()
    held: dict[str, int] = {}
    for _step in range(10):
        added, removed = [], []
        arriving = set()
        for aid in rnd.sample(sorted(TEXTS), rnd.randint(1, 4)):
            if aid in held and rnd.random() < 0.4:
                removed.append(aid)
                del held[aid]
            else:
                if aid not in held:
                    arriving.add(aid)
                held[aid] = rnd.randint(0, 1)
                added.append(_extraction(aid, held[aid]))
        changed = blocks.update(added, removed)
        assert arriving <= changed  # (a replacement with the same text changes nothing)
        assert set(blocks.xs) == set(held)
        _same_as_anew(blocks)


def test_the_order_articles_come_in_does_not_matter() -> None:
    ids = sorted(TEXTS)
    one_by_one = BlockResolver()
    for aid in reversed(ids):
        one_by_one.update([_extraction(aid)])
    at_once = BlockResolver()
    at_once.update([_extraction(aid) for aid in ids])
    assert one_by_one.resolutions == at_once.resolutions and one_by_one.links() == at_once.links()
    _same_as_anew(at_once)


def test_an_update_re_resolves_only_what_it_touches() -> None:
    blocks = BlockResolver()
    blocks.update([_extraction(aid) for aid in sorted(TEXTS) if aid != "l"])
    before = dict(blocks.resolutions)
    changed = blocks.update([_extraction("l")])  # names 로봇협회 and 카이스트, and a person of its own
    assert "l" in changed
    assert all(blocks.resolutions[aid] == before[aid] for aid in before if aid not in changed)
    untouched = {aid for aid in before if not ({"한국로봇산업협회", "카이스트"} & {o.name for o in blocks.xs[aid].organizations})}
    assert untouched and not (changed - {"l"}) & untouched
    _same_as_anew(blocks)


def test_curation_lines_about_organizations_and_people() -> None:
    curation = Curation((Decision(Kind.ORG, Action.MERGE, "한빛전자", "딥비전", "curation.tsv:1"),))
    blocks = BlockResolver(curation=curation)
    blocks.update([_extraction(aid) for aid in ("a", "g", "h")])
    blocks.update([_extraction("j")], ["g"])
    _same_as_anew(blocks)
    people = Curation((Decision(Kind.PERSON, Action.SPLIT, "김도현@딥비전", "김도현@한빛전자", "curation.tsv:1"),))
    blocks = BlockResolver(curation=people)  # lines about people: everything is resolved again
    blocks.update([_extraction(aid) for aid in ("a", "b", "j")])
    blocks.update([], ["b"])
    _same_as_anew(blocks)


def _article(aid: str, text: str, published: str = "2025-07-01") -> Extraction:
    return extract(Article(aid, text, f"{aid}.txt", published=published, lang="ko"))


def test_people_are_keyed_anew_when_their_organization_changes_iri() -> None:
    """An article that joins two names of one organization changes that organization's IRI for an article
    it does not name anyone in: that article's people are keyed anew and may become one with others."""
    blocks = BlockResolver()
    blocks.update([_article("p0", "한국로봇산업협회 최유진 이사가 간담회에 참석했다."),
                   _article("p1", "로봇협회 최유진 이사가 간담회에 참석했다.")])
    assert blocks.resolutions["p0"].people != blocks.resolutions["p1"].people
    blocks.update([_article("p2", "한국로봇산업협회(로봇협회)는 1일 서울에서 간담회를 열었다.")])
    assert set(blocks.resolutions["p0"].people.values()) == set(blocks.resolutions["p1"].people.values())
    _same_as_anew(blocks)
    blocks.update([], ["p2"])  # and apart again
    _same_as_anew(blocks)


@pytest.mark.parametrize("seed", range(6))
def test_a_curated_merge_joins_blocks(seed: int) -> None:
    """A curation line joins two organizations' blocks: a name written in one changes the shown name of
    the other's articles too."""
    curation = Curation((Decision(Kind.ORG, Action.MERGE, "한빛전자", "딥비전", "curation.tsv:1"),))
    rnd = Random(seed)
    blocks = BlockResolver(curation=curation)
    extra = {f"m{n}": _article(f"m{n}", f"딥비전 {name} 대표가 간담회에 참석했다.")
             for n, name in enumerate(("정하윤", "최민서", "강지호", "오세린"))}
    pool = {**{aid: _extraction(aid) for aid in ("a", "b", "d", "g", "j")}, **extra}
    for _step in range(8):
        ids = rnd.sample(sorted(pool), 2)
        blocks.update([pool[a] for a in ids if a not in blocks.xs], [a for a in ids if a in blocks.xs])
        _same_as_anew(blocks)


def test_a_curated_merge_carries_a_new_shown_name_to_the_other_names_articles() -> None:
    curation = Curation((Decision(Kind.ORG, Action.MERGE, "한빛전자", "딥비전", "curation.tsv:1"),))
    blocks = BlockResolver(curation=curation)
    blocks.update([_extraction("b"), _extraction("d")])  # 한빛전자 only
    for n, name in enumerate(("정하윤", "최민서", "강지호")):  # 딥비전 only, until it is the name written most
        blocks.update([_article(f"m{n}", f"딥비전 {name} 대표가 간담회에 참석했다.")])
        _same_as_anew(blocks)
    assert "딥비전" in blocks.resolutions["d"].labels.values()


def test_a_refused_join_is_recorded_for_every_article_that_asks_for_it() -> None:
    curation = Curation((Decision(Kind.ORG, Action.SPLIT, "한국로봇산업협회", "로봇협회", "curation.tsv:1"),))
    blocks = BlockResolver(curation=curation)
    blocks.update([_extraction("a")])
    blocks.update([_article("p2", "한국로봇산업협회(로봇협회)는 1일 서울에서 간담회를 열었다.")])
    assert sum(not link.merged for link in blocks.links()) == 2  # one refusal per article
    _same_as_anew(blocks)
    blocks.update([], ["a"])
    _same_as_anew(blocks)
