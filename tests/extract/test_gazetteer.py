"""The word lists behind one loader: how a cue phrase is read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.errors import KGError
from kg.extract.gazetteer import _cue_pattern, cue_list


@pytest.mark.parametrize(("phrase", "text", "matches"), [
    # a space matches any spacing, or none
    ("기조 연설", "기조연설을 했다", True),
    ("기조 연설", "기조  연설을 했다", True),
    # a verb's dictionary form matches every form of the verb
    ("시연하다", "로봇을 시연했다", True),
    ("시연하다", "로봇을 시연하며 설명했다", True),
    ("시연하다", "로봇을 시연해 눈길을 끌었다", True),
    ("시연하다", "직접 시연합니다", True),
    # but not the noun alone, nor the event named by it
    ("시연하다", "로봇 시연이 열렸다", False),
    ("시연하다", "시연회가 열렸다", False),
    # nor its adnominal forms, which say what the event is for
    ("선포하다", "청사진을 선포하는 자리로 마련됐다", False),
    ("선포하다", "비전을 선포했다", True),
])
def test_a_cue_phrase(phrase: str, text: str, matches: bool) -> None:
    assert (re.search(_cue_pattern(phrase), text) is not None) is matches


def test_a_cue_file_with_an_unknown_role_names_the_file(tmp_path: Path) -> None:
    f = tmp_path / "cues.tsv"
    f.write_text("# role, phrase\nspeaker\t발표\nsinger\t노래\n", encoding="utf-8")
    with pytest.raises(KGError, match=r"cues\.tsv: unknown role 'singer'"):
        cue_list(f)
