"""The Korean analyser's seam (kg.extract.morph)."""

from __future__ import annotations

import pytest

from kg.extract import extract, morph
from kg.extract.doc import build_doc
from tests.conftest import ko_article


def _has_vowel_end(word: str) -> bool:
    return 0xAC00 <= ord(word[-1]) <= 0xD7A3 and (ord(word[-1]) - 0xAC00) % 28 == 0


@pytest.mark.parametrize("noun", morph.analyser_nouns())
def test_each_registered_noun_leaves_its_particle_outside(noun: str) -> None:
    # every noun of data/ko/analyser_nouns.txt, standing as an organization's last word, is read with the particle
    # after it as a particle (the list holds only the loanwords the analyser had read with the particle inside)
    particles = ("가", "와", "의") if _has_vowel_end(noun) else ("이", "과", "의")
    for particle in particles:
        doc = build_doc(ko_article(f"이번 행사는 한빛 {noun}{particle} 참여했다."))
        word = next(w for s in doc.sentences for w in s.words if w.text == noun + particle)
        assert (word.stem, word.ending) == (noun, particle)


def test_the_list_is_read_as_a_word_list() -> None:
    nouns = morph.analyser_nouns()
    assert "얼라이언스" in nouns and all(" " not in n and not n.startswith("#") for n in nouns)


@pytest.mark.parametrize("text, role, name", [
    # a body named by a loanword the analyser did not know keeps its particle out of its name, in the co-host's
    # slot after "과" and alone
    ("이번 포럼은 산업통상자원부가 주최하고 한빛진흥원과 제조AI 얼라이언스가 공동 주관했다.", "co", "제조AI 얼라이언스"),
    ("이번 포럼은 산업통상자원부가 주최하고 미래로봇 얼라이언스가 주관했다.", "co", "미래로봇 얼라이언스"),
    ("이번 포럼은 산업통상자원부가 주최하고 누리 일렉트로닉스와 한빛전자가 후원했다.", "sp", "누리 일렉트로닉스"),
    # guard: a body the analyser knew already
    ("이번 포럼은 산업통상자원부가 주최하고 미래로봇 협의회가 주관했다.", "co", "미래로봇 협의회"),
])
def test_a_loanword_bodys_particle_stays_out_of_its_name(text: str, role: str, name: str) -> None:
    x = extract(ko_article("한빛협회는 3일 'AI 포럼'을 열었다. " + text))
    orgs = {o.id: o.name for o in x.organizations}
    event = x.events[0]
    ids = {"co": event.co_organizers, "sp": event.sponsors}[role]
    assert name in {orgs[i] for i in ids}
    assert not any(n.endswith(("가", "와")) and n.startswith(name) and n != name for n in orgs.values())
