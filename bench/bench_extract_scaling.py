"""Extraction time as the input grows, on texts that once made it quadratic.

Prints seconds and milliseconds per KB for each shape at growing sizes, in one run: a linear
extractor keeps ms/KB flat. Shapes: one name repeated in one endless sentence (clustering), unclosed
quotes on one line (quote search), short Korean sentences (the analyser), a speaker or a quote in
every sentence (role and quote-speaker lookups), an English list, lists of names after a cue or a
topic organization (list walks), people joined before a holding verb, quotes closed by "X의 말이다",
relative clauses before a title, plural titles before a list.

usage: python bench/bench_extract_scaling.py
"""

from __future__ import annotations

import time

from kg.extract import extract
from kg.extract.en_cues import role_cues
from kg.model import Article

SHAPES = {
    "name repeated, one sentence": ("김철수 대표(", "ko"),
    "unclosed quotes": ("“김철수 ", "ko"),
    "short Korean sentences": ("AI 포럼이 열렸다. ", "ko"),
    "a speaker in every sentence": ("김철수 대표가 기조강연을 했다. ", "ko"),
    "a quote in every sentence": ("이 차관은 “좋다”고 말했다. ", "ko"),
    "many cues in one sentence": ("패널토론에는 김철수 대표가 좌장으로 참여하고 ", "ko"),
    "English appositives": ("Jane Roe, CEO of Acme, spoke. ", "en"),
    "English programme lines": ("Jane Roe, Acme Robotics, Lund\n", "en"),
    "English quotes": ('"Good," said Jane Roe, CEO of Acme. Roe left. ', "en"),
    "English cues in one sentence": ("Jane Roe, CEO of Acme, spoke and moderated the panel and ", "en"),
    "English name lists": ("speakers included Ana Vale (Ridge Labs), Tom Reed of Nimbus and ", "en"),
    "Korean list after a topic": ("한빛대는 김선재 총장, 박성태 부총장이 ", "ko"),
    "English organization lists": ("Ridge Media, Nimbus Labs and ", "en"),
    "Korean organization lists": ("한빛대와 대전테크노파크, ", "ko"),
    "English sponsor lists, topics": ("sponsored by the Engineering and Physical Sciences Council and supported by "
                                      "the Symposium on AI in ", "en"),
    "English were the sponsors": ("Acme Robotics and Nimbus Labs were the main sponsors with Acme as a sponsor and ", "en"),
    "English clauses and parties": ("Jane Roe, who leads the robotics group at the Hanbit Centre and People Power "
                                    "Party Rep. Choi Yoon-ah attended the event and delivered shared ", "en"),
    "Korean people joined by 과": ("정하준 의원과 최서윤 의원, 이도현 의원은 ", "ko"),
    "Korean quotes closed by 의 말이다": ("“좋습니다.” “그렇습니다.” 첫 연사로 나선 김도윤 교수의 말이다. ", "ko"),
    "English relative clauses": ("Ana Vale, who spoke at the forum, is the CEO of Bolt Labs and In his talk, ", "en"),
    "English plural titles": ("startup founders Liam Walsh (Sightline Robotics) and Hana Kim (Forge AI) and ", "en"),
    "Korean topics in a programme": ("발제는 김도윤 교수가 진행하고 ▲설비 예지보전(이서연 한빛연구원 수석연구원) 한 데 이어 ", "ko"),
    "English venues and panels": ("held in the main auditorium of Hanbit University, a panel with Ana Vale and Mia Holt "
                                  "of Ridge Labs, Priya Raman from Kestrel and ", "en"),
    "English semicolons, hosts, greeters": ("Speakers included Tom Reed of Nimbus; Host Mia Holt, CEO of Kestrel, "
                                            "introduced the panelists; Dean Raj Patel of the U.S. Department of Energy; ",
                                            "en"),
    "Korean heads of organizers": ("위원장인 김도윤 한빛협회 회장과 ㈜다온랩(대표 이서연), 이인선 의원실의 박준호 원장 ", "ko"),
    # one speaking verb shared by every clause after it; subjects closed by a comma with the verb left out
    "English gapped clauses": ("Ana Vale (Ridge Labs) spoke on robots, Tom Reed of Nimbus on drives; Mia Holt "
                               "(Kestrel) about batteries, ", "en"),
    "Korean gapped subjects": ("다온전자에서는 이상훈 상무가, 누리소프트에서는 박지영 이사가, 한빛대 경영학과 이서연 교수가, ", "ko"),
    # headers on lines of their own over bulleted people and bodies; a subject with 도 after each sentence
    "English headers over bullets": ("Speakers:\n- Marco Bianchi (Orbis)\n- Ana Vale\nSponsors:\n- Orbis Robotics\n", "en"),
    "Korean box headers, 도 subjects": ("■ 후원\n- 다온전자\n패널토론에서 윤재석 교수는 강조했다. 강민지 상무도 말했다.\n", "ko"),
    # a page's lists of other stories: links under bylines with addresses, headlines under their heading
    "links and other stories": ("김하늘 기자 sky@daon.kr\n▶ 이서연 교수 \"AI가 답\"\n관련기사\n박민준 상무, 발표\n\n", "ko"),
    # an organization by its kind alone or a short form in a cue's slot, with many organizations named in full
    "Korean kinds and short forms as holders": ("다온시가 주최하고 협회가 주관했으며 대한상의가 후원했다. 한빛테크협회와 "
                                                "다온협회가 참여했다.\n", "ko"),
    # universities with their campus, a portfolio listed before a body's word, bulleted talks with quoted titles
    "English campuses, portfolios, titled items": ("The University of Texas at Austin and the House Science, Space and "
                                                   "Technology Committee hosted it. \n• Ana Vale, CEO, Acme — "
                                                   "\"Robots at Work\"\n", "en"),
    # bodies with their heads in parentheses, greeted guests, a related story's line, a range of ordinal days, one
    # sentence running on (each name's look back at its parenthesis must stay in a window)
    "English heads in parentheses, greeters": ("Daon Tech (CEO Han Ji-min) took part and Ana Vale welcomed Tom Reed of "
                                               "Acme, Mia Holt and Lake Corp's Jo Park and Vela Robotics' Li Wu on the "
                                               "1st and 2nd and ", "en"),
    "Korean parts at another event": ("한편 이서연 대표는 내달 열리는 '로봇 포럼'에서 기조강연을 할 예정이다. ", "ko"),
    "Related lines and fact boxes": ("Related: Acme CEO Jo Park to speak\n일시: 10월 7일\n장소: 벡스코\n"
                                     "[관련기사] 김도윤 회장 참석\n", "ko"),
    "English places for events, kinds of bodies, runs": (
        "Nov 20, 2026 | By Tom Reed\n\nDelegates met at the Grand Lake Marina Bay for the Pine Robotics Summit, which "
        "will run for three days. Lake Corp teamed up with Crest Motors for the Cloud Summit. Ana Vale, head of AI at "
        "machine builders' association VDMA, spoke. The event's MC was broadcaster Kate Russell. From left are "
        "President Jun Young-hyun, Science Minister Bae Kyung-hoon and Han Ji-min. Speakers so far are Bo Kim (Nimbus) "
        "and Eva Lind (Vela). Representing Crest Motors, Park Min spoke. Tom Reed, vice president, Asia Pacific, at "
        "Siemens, spoke.\nKeynote session\nAna Vale (Lake AI Association)\n", "en"),
    # programmes written as tables, a header over its rows (kg.extract.tables reads each once, the people by bisection)
    "Korean programme tables": ("| 시간 | 주제 | 발표자 |\n|---|---|---|\n| 14:10 | 제조 AI 정책 | 김동욱 산업통상자원부 과장 |\n"
                                "| 14:40 | 품질검사 AI | 이수정 LG전자 책임 |\n\n", "ko"),
}
SIZES_KB = (16, 64, 256)


def main() -> None:
    extract(Article("warm", "포럼", "warm.txt", lang="ko"))  # start-up: word lists, Kiwi's model
    extract(Article("warm", "The forum.", "warm.txt", lang="en"))
    # and every English cue compiled (each compiles on first use: see kg.extract.en_cues.Cue)
    compiled = [cue.pattern for cue in role_cues()]
    print(f"{len(compiled)} English cues compiled before the runs")
    print(f"{'shape':30} " + " ".join(f"{kb:>6} KB" for kb in SIZES_KB) + "   ms/KB at each size")
    for label, (unit, lang) in SHAPES.items():
        seconds = []
        for kb in SIZES_KB:
            text = unit * (kb * 1024 // len(unit.encode("utf-8")))
            started = time.perf_counter()
            extract(Article(label, text, f"{label}.txt", lang=lang))
            seconds.append(time.perf_counter() - started)
        per_kb = " / ".join(f"{1000 * s / kb:.0f}" for s, kb in zip(seconds, SIZES_KB))
        print(f"{label:30} " + " ".join(f"{s:8.2f}s" for s in seconds) + f"   {per_kb}")


if __name__ == "__main__":
    main()
