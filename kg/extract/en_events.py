"""English event rules: the event's name, edition, date, venue, attendance and organizations.

Names: quoted names with a type word, capitalised names ending in a type word in any casing
(``Icheon Forum``, ``the fourth annual industryXchange``), an acronym with a year (``SEMICON West 2024``,
``ACMEE 2023``). Dates from the sentences that say the event is held (``on Nov. 14``, ``on the 24th``,
``July 9-11``, ``on Tuesday``, ``from Monday to Wednesday``), resolved against the publication date.
Venues from ``held at``, ``at the X Center``, ``X was host to``. Organizations from ``hosted by``,
``ORG hosts …``, ``X teamed up with Y to host``, ``co-hosted by``, ``organized by``, ``sponsored by``,
``Sponsors were …`` and fact boxes (``Organizer: … Sponsor: …``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from kg.extract.dates import MONTH_NAMES, DateMention, find_dates, shift_month
from kg.extract.en_cues import NOT_GATHERINGS
from kg.extract.en_people import (
    BULLET_MARKS,
    CAMPUS,
    CAMPUS_AT,
    COMPASS,
    LEGAL_FORMS,
    MONTHS,
    OPENERS,
    ORG_WORDS,
    ORGANIZERS_OF_PEOPLE,
    PICTURE_PLACE,
    PLACE_LABELS,
    VENUE_BRANDS,
    WEEKDAYS,
    WORK_SITES,
    gathering_words,
    known_joined_body,
    lists,
    lower_ministry,
    syllabic_name,
)
from kg.extract.gazetteer import word_list
from kg.extract.needles import scan
from kg.extract.text import find_quotes, sentences
from kg.model import OrgRole, Span
from kg.resources import data_dir

# (a full stop inside a word, or closing an abbreviation: "U.S.", "St.", "5.0"; not the one that ends a sentence
# after a number or a longer word: "on April 9. The …", "in Europe. The …"; no time of day: "13:30 Workshop", "10.30 Seminar")
_CAP_WORD = (r"(?:[A-Z](?:[\w'’&\-]|\.(?=\w))*(?:(?<![a-z]{4})\.)?|(?<!\d[:.])(?!\d{1,2}\.[0-5]\d\b)[0-9][\w'’&\-]*(?:\.[\w'’&\-]+)*"
             r"|[a-z]+[A-Z][\w'’\-]*|of|the|for|on|and|&|\+|in)")
# a name starts at a word's start, not inside a word ("Monday" holds no "day" event); it also spares
# the patterns that try up to eight words from each position their attempts inside words
_WORD_START = r"(?<![\w'’&\-.])"
# (a name's particles inside a body's name: "Mohamed bin Zayed University", "Universidad de Chile")
# ("the Advanced Robotics for Manufacturing (ARM) Institute": its initials in parentheses before its last word, a
# body's word)
_BODY_WORD_NEXT = "|".join(sorted((re.escape(w.capitalize()) for w in ORG_WORDS if w.isalpha()), key=len, reverse=True))
# ("Women in Manufacturing": "in" after "Women", as such bodies are named)
_PLAIN_BODY = r"[A-Z][\w'’&\-.]*(?:[ \t]+(?:of|for|and|on|the|&|bin|ibn|de|del|der|van|von|(?<=\bWomen\s)in|[A-Z][\w'’&\-.]*" \
              rf"|\([A-Z]{{2,}}[\w&\-]*\)(?=[ \t]+(?-i:{_BODY_WORD_NEXT})\b))){{0,9}}"
# ("the University of Texas at Austin hosted …", "… at Austin's Cockrell School of Engineering": a campus after
# "at", en_people.CAMPUS, and what it owns)
# ("The Ministry of Trade, Industry and Energy (MOTIE) held …", "the Department for Science, Innovation and Technology":
# a public body's portfolio of three or more fields, commas between them)
_PORTFOLIO_BODY = (r"(?:[A-Z][\w.]*[ \t]+){0,3}(?:Ministry|Department|Committee|Commission|Subcommittee)[ \t]+(?:of|for|on)"
                   r"[ \t]+(?:the[ \t]+)?[A-Z][\w\-]*(?:,[ \t]+[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?)+,?[ \t]+(?:and|&)[ \t]+"
                   r"[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?")
_ORG_BODY = rf"(?:{CAMPUS}(?:['’]s[ \t]+{_PLAIN_BODY})?|{_PORTFOLIO_BODY}|{_PLAIN_BODY})"
# where a sentence opens: the text's start, after a full stop, or after a dateline's dash ("DETROIT — Acme …")
_OPENS = r"(?:^|[.!?]\s+|(?<=\s)[—–-]{1,2}[ \t]+)"
# "the science ministry", "South Korea's industry ministry": a ministry by its field in lower case, as Korean
# English-language outlets write it (the field must be a portfolio's: en_people.lower_ministry), as a
# sentence's subject (_UNIT_OR_ORG) or in a list (_lower_ministry_at)
_LOWER_MINISTRY = r"(?:[a-z]+|SMEs|ICT)(?:[ \t]+(?:and|&)[ \t]+(?:[a-z]+|ICT))?[ \t]+ministry\b"
_ORG = rf"(?:the\s+)?(?P<org>{_ORG_BODY})"
# "the Karnataka government", "the Seoul city government": a place's government, its tier in lower case, as a
# sentence's subject (_UNIT_OR_ORG)
_PLACE_GOVERNMENT = (r"[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2}[ \t]+(?:(?:state|city|provincial|metropolitan|municipal|"
                     r"federal|national|central|regional|county|local|prefectural)[ \t]+)?government\b")
# "The bipartisan Congressional AI Caucus hosted …", "The nonprofit Lake Robotics Association …": a subject's article
# and the lower-case words that describe the body before its name
_THE_SUBJECT = (r"(?:The\s+(?:(?!(?:annual|yearly|biennial|first|second|third|next|last|of|for|and|in|on|at|to|the)\b)"
                r"[a-z][\w-]*\s+(?!of\b|for\b)){0,2})?")  # (not "The city of Tidewell": a place's body by its kind)
# "the School of Computing at Northfield University hosted …": a unit of an organization, named with it
_UNIT_AT_BODY = (r"(?:School|Department|Faculty|College|Institute|Center|Centre|Laboratory|Lab|Division|Office)"
                 r"(?:[ \t]+(?:of|for|and|on|the|&|[A-Z][\w'’&\-.]*)){1,6}[ \t]+at[ \t]+(?:the[ \t]+)?"
                 r"[A-Z][\w'’&\-.]*(?:[ \t]+(?:of|for|and|[A-Z][\w'’&\-.]*)){0,6}")
# (the owner may be long, a list with commas in it: "The House Committee on Science, Space, and Technology's
# Subcommittee on Research and Technology held the hearing")
_UNIT_OR_ORG = rf"(?:the\s+)?(?:[A-Z][\w.]*(?:,?[ \t]+(?:of|on|for|and|&|[A-Z][\w.]*)){{0,8}}['’]s[ \t]+(?=[a-zS]))?(?P<org>{_PLACE_GOVERNMENT}|{_UNIT_AT_BODY}|{_ORG_BODY}|" \
    rf"{_LOWER_MINISTRY})"
# "…, now in its fifth year", "the Lake AI Summit, the 12th, …": an edition said after the name
_ORDINALS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
_SEASON_WORDS = "fall|spring|summer|winter|autumn"  # the season an edition is held in: "its fall Demo Day"
_ORDINAL_WORD = rf"({_ORDINALS}|(\d+)(?:st|nd|rd|th))"
_ORDINAL_WORD_BARE = rf"(?:{_ORDINALS}|\d+(?:st|nd|rd|th))"  # (the same, with no groups)
# the words between an owner's possessive and its gathering that make the gathering its own: how often it recurs,
# how far it reaches, how it ranks ("Orbis's flagship event", "the Lake Robotics Association's regional show")
_OWNED_EVENT_WORDS = ("annual", "flagship", "biennial", "yearly", "signature", "inaugural", "regional", "national",
                      "international", "global", "premier", "marquee", "biggest", "largest", "main",
                      # (the season it recurs in: "Stanford HAI's fall conference")
                      "spring", "summer", "fall", "autumn", "winter")
# the kinds of gathering a name is set beside in apposition ("Automatica, the leading trade fair"; "its annual
# conference, Lake Connect 2026"; "the forum, the fifth, …")
_GATHERING_KINDS = "fair|show|exhibition|expo|conference|summit|forum|festival|congress|convention|symposium|hackathon"
_EDITION_AFTER = re.compile(rf"(?:\b(?:now\s+)?in\s+(?:its|their)|(?:{_GATHERING_KINDS}|seminar|workshop|week),\s+the)\s+{_ORDINAL_WORD}"
                            rf"(?:\s+(?:year|edition|installment|season)\b|(?:\s+(?:edition|annual))?\s*,)", re.I)
# "returned for its fifth year", "marks its 10th edition", "held for the third time", "for a third straight year"
_EDITION_FOR = re.compile(rf"\b(?:(?:for|marking|marks|marked|celebrating|celebrates|celebrated)\s+(?:its|a)"
                          rf"|(?:held|hosted|organi[sz]ed|staged)\s+for\s+the)\s+{_ORDINAL_WORD}"
                          rf"(?:\s+(?:consecutive|straight))?\s+(?:year|edition|time)\b", re.I)
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10, "inaugural": 1}
_ORDINAL_WORDS = "|".join(_ORDINAL)
_EDITION = re.compile(rf"\b({_ORDINAL_WORDS}|(\d+)(?:st|nd|rd|th))"
                      # ("First Vice Minister", "Second Lady": an office, not an edition)
                      # ("the Fourth Industrial Revolution Forum": an era, whichever words follow)
                      r"(?:[ \t]+annual)?[ \t]+(?!(?:industrial[ \t]+revolution|world[ \t]+war|generation|wave)\b)"
                      r"(?:edition|annual|(?!(?i:vice|deputy|minister|secretary|lady|lieutenant|"
                      r"officer|deputy|class|place|prize|round|half|quarter|session|day|time|"
                      # "27th November": a day of a month, not an edition
                      r"(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
                      # (an era, "the Fourth Industrial Revolution", "the Second World War", "Fifth Generation", is
                      # ruled out before: "the inaugural Industrial AI Symposium" is an edition)
                      r"generation|wave)\b)(?-i:[A-Z])|"
                      # "15th international machine tools exhibition": lower-case words before the event's kind
                      # (not "its first anniversary with a forum": the body's anniversary, the forum no edition)
                      r"(?:(?!(?:time|year|day|week|month|of|in|at|on|to|with|anniversary|birthday)\b)[a-z][\w-]*\s+){0,3}"
                      r"(?:forum|conference|conclave|summit|symposium|seminar|workshop|hackathon|expo|exhibition|fair|show|"
                      r"congress|convention|meeting|festival|edition)s?\b)", re.I)
_WILL_HOLD = re.compile(r"\b(?:will|plans?\s+to|is\s+to|are\s+to|intends?\s+to)\s+(?:\w+\s+)?(?:hold|host|organi[sz]e|"
                        r"stage|launch|open)\b", re.I)


def _later_one(text: str, at: int) -> bool:
    """The sentence holding ``at`` says a gathering will be held later (``It will hold its first forum in
    September``): in a report of a past event, that one's edition is not this one's."""
    end = min((e for e in (text.find(".", at), text.find("\n", at)) if e >= 0), default=len(text))
    return _WILL_HOLD.search(text, _sentence_start(text, at), end) is not None


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence (or line) holding ``at`` starts: after the last full stop or line break before it."""
    return max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1


_PAST_EDITION = re.compile(r"\b(?:last\s+year|previous\s+(?:edition|year)|a\s+year\s+(?:earlier|ago)|prior\s+edition|"
                           r"the\s+year\s+before)\b", re.I)
# the nouns a count of people is written with ("500 attendees", "some 200 officials and industry leaders")
PEOPLE_COUNTED = (r"(?:attendees|participants|visitors|delegates|people|professionals|experts|executives|students|guests|"
                  r"members|officials|researchers|faculty|engineers|developers|leaders|entrepreneurs|stakeholders|"
                  r"registrants|spectators|scientists|academics|investors|policymakers|representatives|viewers|"
                  r"designers|practitioners|specialists|managers|CEOs|dignitaries|lawmakers|ministers|diplomats|"
                  r"ambassadors|founders|scholars|workers|industrialists|technologists|innovators|analysts)")
# (a number's commas group its thousands, and the words between are words: not "Oct. 8, drawing nearly 900 …")
# (not a clock's minutes, "15:02", nor across a line)
# (not those who only signed up or were expected: "About 300 people registered, and 250 attended")
# (nor a share: "only 8 per cent of members")
# (nor the people of a count of other things: "20 robotics startups pitched investors", "30 teams of students")
_COUNTED_THINGS = (r"(?:startups|start-ups|companies|firms|teams|exhibitors|booths|countries|nations|universities|schools|"
                   r"institutions|organi[sz]ations|sessions|speakers|projects|products|groups|businesses|brands|"
                   r"suppliers|manufacturers|cities|regions|states|labs|ventures)")
_ATTEND = re.compile(r"(?<![\d,:])(\d{1,3}(?:,\d{3})+|\d+)(?![ \t]*(?:%|(?:per[ \t]*cent|percent|pct)\b))[ \t]+"
                     rf"(?:(?!{_COUNTED_THINGS}\b)[A-Za-z][\w\-]*[ \t]+){{0,3}}"
                     rf"{PEOPLE_COUNTED}\b(?![ \t]+(?:registered|signed[ \t]+up|applied|(?:were|are)[ \t]+expected)\b)", re.I)
# "drew a crowd of 500", "a turnout of about 250", "with 300 in attendance": a head count by its noun
_ATTEND_OF = re.compile(r"\b(?:crowd|turnout|audience|attendance)\s+of\s+(?:(?:about|around|some|roughly|nearly|almost|"
                        r"more\s+than|over|close\s+to)\s+)?(\d{1,3}(?:,\d{3})+|\d+)\b(?!\s*%)", re.I)
# "Attendance topped 5,000", "attendance reached about 800": the count the attendance came to
_ATTENDANCE_REACHED = re.compile(r"\b(?:attendance|turnout)\s+(?:topped|reached|exceeded|surpassed|hit|was|totaled|totalled|"
                                 r"came\s+to|passed|neared)\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|"
                                 r"close\s+to)\s+)?(\d{1,3}(?:,\d{3})+|\d+)\b(?!\s*%)", re.I)
# "About 300 people registered, and 250 attended": a bare count as the subject of attending
_COUNT_ATTENDED = re.compile(r"(?<![\d,:.])(\d{1,3}(?:,\d{3})+|\d{1,5})[ \t]+(?:attended|turned[ \t]+out|showed[ \t]+up)\b")
# "told the 500-strong audience", "a 1,200-strong crowd": the head count made the audience's adjective
_STRONG_AUDIENCE = re.compile(r"(?<![\d,:.])(\d{1,3}(?:,\d{3})+|\d+)-strong[ \t]+(?:[a-z][\w\-]*[ \t]+)?"
                              r"(?:audience|crowd|gathering|assembly|turnout)\b", re.I)
_IN_ATTENDANCE = re.compile(r"(?<![\d,:])(\d{1,3}(?:,\d{3})+|\d+)[ \t]+(?:people[ \t]+|guests[ \t]+)?in[ \t]+attendance\b", re.I)
# a verb that makes, hires or helps people, the count its object: "train 1,000 specialists", "to hire 200 engineers"
# ("Orbis will fund 20 graduate students a year": those a deal pays for or picks)
_COUNT_OF_A_PLAN = re.compile(r"\b(?:train|nurture|hire|employ|foster|cultivate|educate|recruit|produce|create|support|"
                              r"help|reach|benefit|retrain|reskill|upskill|mentor|lay\s+off|cut|fund|sponsor|select|"
                              r"admit|enrol|enroll|award|place)(?:s|ed|ing|led|ling)?\s+"
                              r"(?:(?:about|around|some|roughly|nearly|almost|up\s+to|more\s+than|over|at\s+least|"
                              r"another|an\s+additional)\s+)?$", re.I)
# a lack, a need or a body of people the count measures: "a shortage of 400,000 workers", "a workforce of 5,000"
_COUNT_OF_A_LACK = re.compile(r"\b(?:shortage|shortfall|lack|gap|deficit|need|demand|workforce|staff|team|pool|army|"
                              r"headcount|payroll|population)\s+(?:of|for)\s+(?:(?:about|around|some|roughly|nearly|"
                              r"almost|up\s+to|more\s+than|over|at\s+least|an\s+estimated)\s+)?$", re.I)
# a gathering that drew a count of those it serves: "drew some 300 customers", "attracting 2,000 buyers and users"
# (only after a verb that gathers them: "Lake Corp, which serves 3,000 customers" counts no one there)
_DREW_CLIENTS = re.compile(r"\b(?:drew|draws|drawing|attracted|attracts|attracting|brought\s+together|bringing\s+together|"
                           r"welcomed|welcomes|welcoming|gathered|gathering)\s+(?:(?:about|around|some|roughly|nearly|"
                           r"almost|more\s+than|over|close\s+to|an\s+estimated)\s+)?(\d{1,3}(?:,\d{3})+|\d+)\+?[ \t]+"
                           r"(?:[A-Za-z][\w\-]*[ \t]+){0,2}(?:customers|clients|buyers|users|partners|technologists|"
                           r"analysts|educators|teachers|journalists|innovators|enthusiasts|learners|trainees|citizens|"
                           r"residents|officers|individuals|women|alumni|physicians|doctors|clinicians|farmers)\b", re.I)
# a count of a list of kinds of people, then their verb of gathering: "More than 800 manufacturers, suppliers and
# technologists gathered …", "some 400 founders and investors from 12 countries attended"
# (the last kind one of people, not of things: "About 40 companies attended" counts no one)
_COUNT_GATHERED = re.compile(r"(?<![\d,:])(\d{1,3}(?:,\d{3})+|\d+)\+?[ \t]+(?:[a-z][\w\-]*,?[ \t]+(?:and[ \t]+|or[ \t]+)?){0,8}?"
                             rf"(?!{_COUNTED_THINGS}\b)[a-z][\w\-]*s[ \t]+(?:from[ \t]+[^.;\n]{{1,60}}?[ \t]+)?(?:gathered|attended|converged|"
                             r"turned[ \t]+out|flocked|came[ \t]+together)\b")
# (each with the number as its first group)
_HEAD_COUNTS = (_ATTEND, _ATTEND_OF, _IN_ATTENDANCE, _ATTENDANCE_REACHED, _DREW_CLIENTS, _COUNT_ATTENDED,
                _STRONG_AUDIENCE, _COUNT_GATHERED)
_YEAR_BEFORE = re.compile(r"\b(?:in|since|to|from|until|by|of|before|after)\s+$", re.I)
# what is celebrated with a ceremony that someone holds: "celebrated the grand opening of its lab"
_CELEBRATED = r"(?:opening|launch|inauguration|anniversary)"
# an occasion marked with a gathering one holds: "marked its 10th anniversary with a summit", "celebrated five decades
# of research with a daylong symposium"
_MARKED_WITH = (r"(?:marked|marks|celebrated|celebrates|commemorated|commemorates)\s+[^.;!?\n]{1,80}?\swith\s+"
                rf"(?:a|an|its|their)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_GATHERING_KINDS})s?\b")
_HELD = re.compile(r"\b(?:held|hold|holds|took place|take place|takes place|taking place|will be|was hosted|hosted|hosts|host|"
                   r"opened|opens|kicked off|kicks off|began|begins|convened|wrapped up|concluded|ended|"
                   # ("The expo ran through Friday", "run by Acme"; not "Vale runs the AI lab at Acme": running a thing)
                   r"(?:ran|runs|run)(?!\s+(?:the|a|an|his|her|their|its|our|one|two|several)\b)|"
                   r"gathered|was attended|featured|inaugurated|organi[sz]ed|co-?hosted|co-?organi[sz]ed|(?:co-?)?chaired|"
                   r"presided|testified|testifying|heard\s+(?:testimony|from)|drew|draws|attracted|brought together"
                   # ("The event, produced by WTWH Media, returned to the Boston Convention Center": the gathering's return)
                   rf"|(?:event|{_GATHERING_KINDS})s?"
                   r"(?:,[^,.;]{1,80},)?\s+(?:returned|returns|will\s+return|came\s+back|comes\s+back)\s+to"
                   rf"|celebrated\s+(?:the|its|their)\s+(?:[\w-]+\s+){{0,3}}?{_CELEBRATED}"
                   # ("The College of Engineering marked five decades of research with a daylong symposium")
                   rf"|{_MARKED_WITH}"
                   # "spoke at a forum on Tuesday", "testified at a Senate hearing": a sentence set at the event
                   # ("at the Association for Advancing Automation's annual meeting": an owner's words before the kind)
                   r"|(?:at|during)\s+(?:a|an|the|this|(?:[\w&.-]+\s+){0,4}[\w&.-]+(?:['’]s|s['’]))\s+"
                   r"(?:[\w'’&-]+\s+){0,6}?(?:forum|conference|conclave|summit|symposium|"
                   r"seminar|workshop|hearing|meeting|webinar|roundtable|hackathon|expo|fair|ceremony|exhibition|"
                   r"convention|congress|festival|competition|contest|gala|briefing|meetup|demo\s+day)"
                   # "400 people attended the forum at the Grand InterContinental"
                   # ("Small manufacturers packed a seminar on Wednesday at …": an audience filling it)
                   r"|(?:attended|packed|filled|crowded\s+into|flocked\s+to|thronged)\s+(?:the|a|an|this|its|their)\s+(?:[\w-]+\s+){0,3}?(?:forum|conference|conclave|summit|expo|seminar|symposium|workshop|"
                   r"event|fair|show|exhibition|hackathon|ceremony)s?)\b", re.I)
# a sitting body's name: "Senate Committee on Health, Education, Labor and Pensions", "House Science Committee"
# ("the House Energy and Commerce Subcommittee on Innovation", "the House Ways and Means Committee": a field's
# words joined by "and" before the kind)
_BODY = (r"(?P<org>(?:[A-Z][\w&.'’\-]*\s+(?:and\s+(?=[A-Z]))?){0,6}(?:Committee|Subcommittee|Commission|Council|Board|Caucus|Parliament|"
         r"Assembly|Congress|Senate|House)(?:\s+(?:on|for|of)\s+(?:the\s+)?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
         r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z][\w&'’\-]*"
         r"(?:(?:,\s+(?:and\s+)?|\s+and\s+|\s+&\s+|\s+)[A-Z][\w&'’\-]*){0,6}"
         # ("on Education and the Workforce": the last field with its article, the name's end)
         r"(?:\s+and\s+the\s+[A-Z][\w&'’\-]*(?![\w&'’\-]|\s+[A-Z]))?)?)")  # (", and": the serial comma)
_BODY_RE = re.compile(_BODY)
# a portfolio listed in single words after "on"/"for": "on Science, Space, and Technology" (not "for Trade and
# Industry, Ridge Media": a second name after the comma)
_LISTED_PORTFOLIO = re.compile(r"\s(?:on|for)\s+[A-Z][\w'’\-]*(?:,\s+[A-Z][\w'’\-]*)*,?\s+(?:and|&)\s+[A-Z][\w'’\-]*$")
# the kind word of a gathering, in the holder patterns that name the event by its kind ("… hosted the event")
_GATHERING_KIND = (r"(?i:forum|conference|conclave|summit|expo|symposium|seminar|workshop|webinar|roundtable|hackathon|fair|"
                   r"show|roadshow|meeting|festival|dialogue|exhibition|event)s?\b")
# the gathering made, right after "put together" or "behind": its kind after up to three words, none a preposition
# ("put together the event", "is behind this year's summit"; not "put together a team for the hackathon")
_MADE_GATHERING = (r"(?=\s+(?:the|this|this\s+year['’]s|its|their|a|an)\s+(?:(?!(?:for|at|to|in|on|with|from|of)\b)"
                   rf"[\w'’-]+\s+){{0,3}}?{_GATHERING_KIND})")
# a host's gladness before its verb: "Cascade Automation was proud to host …", "… is pleased to welcome 200 guests to …"
_GLAD_TO = (r"(?:is|are|was|were)\s+(?:very\s+|so\s+|especially\s+)?(?:proud|pleased|delighted|honou?red|excited|thrilled|"
            r"happy|glad)\s+to\s+")
# "Vantor Systems, a leader in industrial edge computing, today announced …": a description set off by commas
# (", a Chicago-based institute,": a place-based description in capitals among the lower-case words)
# (a relative clause or a participle set off the same way: "Acme, marking its 50th year, hosted …", "The Ohio
# Manufacturers' Association, which represents 1,400 companies, organized …", "Acme, founded in 1990, hosted …")
_APPOSITIVE_ONE = (r"(?:,\s+(?:a|an|the)\s+(?:[a-z][\w'’\-]*\s+|[A-Z][\w'’]*-(?:based|born|led|owned|backed|funded)\s+){1,10}?"
                   # ("…, a body launched by the Ministry of Trade, Industry and Energy, held": a name's own list)
                   r"(?:in|of|for|to|from|based\s+in)?\s*(?:[^,;.()\n]|,(?=\s+[A-Z][\w'’\-]*\s+and\s+[A-Z])){0,60}?,"
                   # ("KOTRA, Korea's trade promotion agency, hosted …": an owner's possessive, then what the body is)
                   r"|,\s+(?:[A-Z][\w.\-]*\s+){0,2}[A-Z][\w.\-]*['’]s\s+(?:[a-z][\w\-]*\s+){0,5}[a-z][\w\-]*,"
                   r"|,\s+(?:which|who|whose|(?!(?:hosting|organi[sz]ing|holding|co-?hosting)\b)[a-z]{3,}ing|founded|"
                   r"established|headquartered|created|formed)\s+(?:[^,;.()\n]|(?<=\d),(?=\d{3})){1,80}?,)")
_APPOSITIVE = _APPOSITIVE_ONE + "?"
# the gathering a hyphenated holder or sponsor stands before: "the Nimbus-hosted Robot Forum"
_HYPHENED_KIND = (r"(?=(?:[\w-]+\s+){0,4}?(?i:forum|conference|conclave|summit|expo|symposium|seminar|workshop|webinar|"
                  r"roundtable|hackathon|event|fair|show|meeting|roadshow|exhibition|festival|ceremony|competition|"
                  r"challenge|briefing|session)s?\b)")
# what a sponsor or a guest hosts beside the event: its own reception, dinner or booth
_SIDE_EVENTS = (r"(?:reception|receptions|breakout|breakouts|dinner|dinners|luncheon|lunch|breakfast|booth|booths|networking|party|"
                r"parties|cocktail|cocktails|gala|tour|tours|happy\s+hour|"
                # (a press conference, a demonstration on the floor: what an exhibitor holds at the show)
                # (not a demo day, a gathering of its own where startups pitch)
                r"press\s+conferences?|news\s+conferences?|press\s+briefings?|media\s+briefings?|demo(?!\s+days?\b)|demos|"
                r"demonstrations?|"
                # the event's own parts: "Ana Vale of Orbis Media convened a panel on robotics"
                r"panel|panels|session|sessions|fireside\s+chat|discussion)")
# "Arden Bank, the summit's founding sponsor, …", "The Ridge Institute, the forum's organizer, …": the part an
# appositive gives the body before it
_APPOSED_PART = re.compile(r"(?<![\w'’&.\-])(?P<org>[A-Z][\w'’&\-]*(?:[ \t]+(?:of|for|and|&|[A-Z][\w'’&\-]*)){0,6}),\s+"
                              r"(?:the|its)\s+"
                              rf"(?:(?:{_GATHERING_KINDS}|event|seminar|workshop)['’]s\s+)?"
                              r"(?:founding|main|title|lead|official|presenting|headline|premier|platinum|gold|silver|"
                              r"exclusive|principal)?\s*(?P<noun>sponsor|co-?host|co-?organi[sz]er|organi[sz]ing\s+partner|"
                              r"organi[sz]er|host),")
# "The Ridge Institute and Nimbus Labs' joint forum on AI": the owners of a joint gathering hold it
_JOINT_OWNERS = re.compile(r"(?<![\w'’&.\-])(?:[Tt]he\s+)?(?P<list>[A-Z][\w&.\-]*(?:[ \t]+(?:of|for|&|the|[A-Z][\w&.\-]*)){0,6}"
                           r"(?:,[ \t]+(?:the[ \t]+)?[A-Z][\w&.\-]*(?:[ \t]+(?:of|for|&|[A-Z][\w&.\-]*)){0,6}){0,8},?[ \t]+and[ \t]+"
                           r"(?:the[ \t]+)?[A-Z][\w&.\-]*(?:[ \t]+(?:of|for|&|[A-Z][\w&.\-]*)){0,6}?)['’]s?[ \t]+joint[ \t]+"
                           rf"(?:[\w-]+[ \t]+){{0,3}}?{_GATHERING_KIND}")
# "The Lake Robotics Association announced Monday that registration is open for its 2027 Spring Conference": the
# sentence's subject, a body, owns the gathering "its" stands before
_ITS_GATHERING = re.compile(rf"{_OPENS}{_THE_SUBJECT}{_ORG}\s+(?:(?:today|yesterday|on\s+[A-Z][a-z]+day)\s+)?"
                            r"(?:announced|announces|said|says|opened|opens|launched|launches|unveiled|unveils|released|"
                            r"releases|confirmed|confirms|"
                            # ("Siemens brought its Realize LIVE Roadshow to Atlanta", "Acme stopped in Atlanta for the
                            # latest leg of its roadshow": the company that takes its own gathering on the road)
                            r"brought|brings|took|takes|stopped|stops|returned|returns|wrapped\s+up|wraps\s+up|"
                            # ("Acme used its Lake AI Forum to unveil a robot": the gathering it made use of)
                            r"concluded|concludes|kicked\s+off|kicks\s+off|used|uses)\b[^.;!?\n]{0,120}?\b(?:(?:for|of|to|at)\s+)?its\s+"
                            rf"(?:(?:19|20)\d\d\s+|annual\s+|yearly\s+|flagship\s+|{_ORDINAL_WORD_BARE}\s+)*"
                            rf"(?:[A-Z][\w'’\-]*\s+){{0,5}}{_GATHERING_KIND}", re.M)
_NEEDLES: dict[re.Pattern[str], tuple[str, ...]] = {}
# (the same by the pattern's identity, as _scan looks them up: a compiled pattern's hash reads its whole program)
_NEEDLES_BY_ID: dict[int, tuple[str, ...]] = {}


def _needing(pattern: re.Pattern[str], *needles: str) -> re.Pattern[str]:
    """``pattern``, registered with lower-case strings one of which every match holds: a text whose lower-case
    form holds none of them is not scanned (see :func:`_scan`)."""
    _NEEDLES[pattern] = _NEEDLES_BY_ID[id(pattern)] = needles
    return pattern


def _scan(pattern: re.Pattern[str], text: str, lower: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, skipped where ``lower`` (the text in lower case) holds none of its needles, or
    none of the literal strings its every match needs (:func:`kg.extract.needles.scan`)."""
    needles = _NEEDLES_BY_ID.get(id(pattern))
    if needles and not any(n in lower for n in needles):
        return iter(())
    return scan(pattern, text)


# "It was the third forum the Ridge Institute has staged", "the first summit that Orbis hosted": the gathering, then
# the body that held it in a clause of its own (its kind in lower case: the event named before)
_KIND_THE_BODY_HELD = _needing(re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|last|annual|same|"
    r"largest|biggest)\s+(?:[a-z][\w-]*\s+){0,2}?(?:forum|conference|summit|expo|symposium|seminar|workshop|hackathon|"
    rf"fair|show|event)s?\s+(?:that\s+|which\s+)?{_ORG}\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:hosted|held|staged|organi[sz]ed|convened|run)\b"),
    "hosted", "held", "staged", "organized", "organised", "convened", "run")


# ("union organizer Lisa Torres": one whose work is organizing people, no event's organizer)
_ORGANIZERS_OF_PEOPLE = "".join(f"(?<!{w[0].upper()}{w[1:]} )(?<!{w} )" for w in sorted(ORGANIZERS_OF_PEOPLE))


# the people a body gathers or invites, counted or by their kind: "300 experts", "some 200 industry leaders", "partners"
# (the nouns of a count of people, PEOPLE_COUNTED, and those a host gathers besides: its partners and customers)
_PEOPLE_GATHERED = (r"(?:(?:more\s+than|about|some|over|nearly|around|almost|roughly)\s+)?(?:\d[\d,]*\s+)?"
                    rf"(?:[a-z][\w-]*\s+){{0,2}}?(?:{PEOPLE_COUNTED}|partners|customers|speakers|startups|companies)")


# "The Lake AI Forum, which Lake Corp hosts every year, …": the event, then its holders in a relative clause
# ("…, which the Ridge Institute and Lake University host": several; "the AI in Manufacturing Day, which Ridge
# Community College hosted": a gathering named in capitals with no kind)
_WHICH_HOLDS = _needing(re.compile(
    rf"(?:{_GATHERING_KIND}|\b[A-Z][\w'’\-]*[a-z][\w'’\-]*(?:\s+(?:19|20)\d\d)?),\s+which\s+"
    r"(?P<list>(?:the\s+)?[A-Z][^.;!?\n]{0,160}?)\s+(?:has\s+|have\s+)?(?P<co>co-?)?"
    r"(?:hosts|hosted|organi[sz]es|organi[sz]ed|holds|held|runs|ran|launched|started|convenes|convened|host|organi[sz]e|"
    # ("…, which Orbis Media has produced since 2019": a trade publisher's show)
    r"hold|run|convene|produces|produced|produce|stages|staged|stage)\b"), "which")


# the kinds of body written in lower case after a name ("the Made Smarter programme", "the Lake AI initiative")
_BODY_KIND_AFTER = "programme|program|initiative|project|network|consortium|cluster|campaign|platform|coalition|union"
# a place's possessive before the body it has ("Britain's Made Smarter programme", "Korea's Lake Institute"; a
# person's name among the holders is dropped later, as everywhere)
_OWNERS_POSSESSIVE = r"(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\s+"


_SPONSOR_TIERS = "title|gold|silver|platinum|bronze|diamond|presenting|headline|premier"  # a sponsor's tier, before it
# the words that say which sponsors or partners: a tier, or their standing
_SPONSOR_KINDS = _SPONSOR_TIERS + "|premium|main|official|key|major|lead|strategic|founding|corporate|industry"


# a verb of holding with another, then the gathering: "co-hosted the fourth Lake AI Forum", "will co-organize a summit"
_CO_HOSTS = (r"(?:(?:will|to)\s+)?(?:(?:jointly|also)\s+)?co-?(?:hosted|hosts|host|organi[sz]ed|organi[sz]es|organi[sz]e)"
             rf"\s+(?:the|a|an|its|their|this\s+year['’]s)\s+(?:[\w'’-]+\s+){{0,6}}?{_GATHERING_KIND}")
_ONE_SUBJECT = r"(?![^.;!?\n]{0,120}?(?:,|\s+and)\s+(?:the\s+)?[A-Z][^.;!?\n]{0,120}?\s+(?:(?:will|to)\s+)?(?:jointly\s+)?co-?[ho])"
# when it was, between the holders and their verb: "The Commission today hosted", "A and B on Monday kicked off",
# "Automation Alley on Oct. 3 hosted", "The institute last week held"
# the day: "on Tuesday", "on Oct. 3"
_A_DAY = rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:{MONTH_NAMES})[a-z]*\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)"
_ON_A_DAY = rf"on\s+{_A_DAY}"
# a day that opens the sentence with no comma, before the subject's "the" ("On 5 March the …", "On Monday the …")
_FRONTED_DAY = (rf"(?:^|(?<=[.!?]\s))On\s+(?:{_A_DAY}|\d{{1,2}}\s+(?:{MONTH_NAMES})[a-z]*)(?:,?\s+(?:19|20)\d\d)?\s+"
                r"(?=the\s)")
# (the date in parentheses after the weekday, as Taiwanese and other Asian outlets write it: "on Tuesday (Sept. 9)")
_WHEN_BEFORE_VERB = (rf"(?:today|yesterday|{_ON_A_DAY}(?:\s*\((?:{MONTH_NAMES})[a-z]*\.?\s+\d{{1,2}}\))?"
                     r"(?:,\s+(?:19|20)\d\d)?|(?:last|this|earlier\s+this)\s+"
                     r"(?:week|month|year|spring|summer|fall|autumn|winter))")
# a company's part that stands for it: "Samsung Electronics' Device Solutions division", "Orbis Labs' robotics unit"
_DIVISION_WORDS = r"(?:division|unit|arm|business|subsidiary|affiliate)"
# a body's part named in lower case that holds for it: "the Senate Commerce Committee's subcommittee on …"
_BODYS_PART_WORDS = r"(?:subcommittee|committee|panel|caucus|school|college|department|faculty)"
# the verbs of holding a gathering, in the past or the present
_HOLDING_VERBS = (r"(?:hosted|hosts|held|holds|organi[sz]ed|organi[sz]es|convened|convenes|staged|stages|put\s+on|"
                  r"puts\s+on)\b")
# "Microsoft CEO Satya Nadella took the stage at the company's annual Build developer conference": the company the
# post before the name is held in holds the gathering "the company's" points back to (the company is the person's
# too: see find_event's filter of a person's organization)
_POSTS_COMPANY_HOLDS = _needing(re.compile(
    rf"{_OPENS}(?:the\s+)?(?P<org>[A-Z][\w&.\-]*(?:[ \t]+[A-Z][\w&.\-]*){{0,2}})['’]?s?[ \t]+"
    rf"(?:C[A-Z]O|[Cc]hief[ \t]+[Ee]xecutive|[Pp]resident|[Cc]hairman|[Cc]hair|[Ff]ounder|[Cc]o-founder)"
    rf"[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][\w'’\-]+){{1,2}}\b[^.;!?]{{0,120}}?\b(?:at|during|to|for)\s+"
    # ("Samsung SDS CEO Hwang Sung-woo unveiled … at its annual REAL Summit": "its", the company the post is held in)
    rf"(?:the\s+(?:company|firm|group)['’]s|its)\s+(?:[\w'’+&/\-]+\s+){{0,5}}?{_GATHERING_KIND}", re.M),
    "company's", "company’s", "firm's", "firm’s", "group's", "group’s", "its ")


# the verbs of one who speaks or takes part for a body, right before "on behalf of" it
_FOR_ONES_OWN = "".join(rf"(?<!{v} )(?<!{v.capitalize()} )" for v in (
    "speaking", "spoke", "speaks", "presenting", "presented", "presents", "talking", "attending", "attended",
    "accepting", "accepted", "participating", "participated", "remarks", "testifying", "testified"))


# who a company's gathering is for, before its kind ("its annual customer conference", "the Nimbus developer summit")
_EVENT_AUDIENCES = frozenset({"developer", "developers", "user", "users", "customer", "partner", "tech", "technology"})
# a body's initials, or its stock ticker, in parentheses after its name: "(MOTIE)", "(NASDAQ: LAKE)", "(KRX: 005930)"
_ASIDE_IN_PARENS = r"(?:\s*\((?:[A-Z][\w&\-]{1,11}|[A-Z][A-Za-z ]{1,14}:\s*[A-Z0-9][A-Z0-9.\-]{0,9})\))?"


# a body, then a relative clause whose verb holds the gathering: "the Ridge Institute, which runs the forum"
# (the body starts a sentence or a clause, or follows a preposition)
_WHICH_BODY = (r"(?:^|(?<=[.!?;,]\s)|\b(?:of|at|from|by|with|to|for|on|said|says)\s+(?:the\s+)?)"
               r"(?P<org>[A-Z][\w'’&\-]*(?:[ \t]+(?:of|for|and|on|&|[A-Z][\w'’&\-]*)){0,8})"
               # ("Odense Robotics, the cluster organisation that hosted the event, …": what the body is, then "that")
               r"(?:\s*\([A-Z][\w&\-]{1,11}\))?,\s+(?:(?:the|a|an)\s+(?:[\w'’\-]+\s+){1,4}?(?:that|which)|which)\s+"
               r"(?:also\s+)?")
_CO_HOLDS = r"co-?(?:organi[sz]es|organi[sz]ed|hosts|hosted|stages|staged|convenes|convened|produces|produced)"
# the premises a body opens: "its new AI lab", "the institute's 90,000-square-foot facility"
_PREMISES = (r"(?i:facility|facilities|center|centre|headquarters|HQ|campus|plant|factory|hub|lab|laboratory|building|"
             r"office|offices|site|innovation\s+center|showroom|fab)")
_ORG_PATTERNS: tuple[tuple[re.Pattern[str], OrgRole], ...] = (
    (re.compile(rf"\bco-?(?:hosted|organi[sz]ed|presented|convened)\s+by\s+{_ORG}"), OrgRole.CO_ORGANIZER),
    (re.compile(rf"\b(?:Organi[sz]ers?|Host(?:ed by)?|Hosts)\s*:\s*{_ORG}"), OrgRole.ORGANIZER),
    (re.compile(rf"\b(?:Co-?organi[sz]ers?|Co-?hosts?|Organi[sz]ed by)\s*:\s*{_ORG}"), OrgRole.CO_ORGANIZER),
    (re.compile(rf"\b(?:Sponsors?|Supported by)\s*:\s*{_ORG}"), OrgRole.SPONSOR),
    # "Nimbus Labs Hosts Robot Week 2025": a title-case headline's subject, before its verb of holding
    # ("Lake Robotics Association to Host Third Annual …", "… Will Host …": the headline's future)
    (re.compile(r"\A\s*(?:The\s+)?(?P<org>[A-Z][\w&.'’\-]*(?:[ \t]+(?:of|for|and|&|[A-Z][\w&.'’\-]*)){0,6}?)[ \t]+"
                r"(?:(?:[Tt]o|Will)[ \t]+(?:Host|Hold|Stage|Convene|Organize|Organise|Co-[Hh]ost)|"
                r"Hosts|Holds|Stages|Convenes|Organizes|Organises|Co-[Hh]osts)[ \t]+(?=[A-Z0-9])"), OrgRole.ORGANIZER),
    # "Organizing partner Arden University handled registration": a partner in organizing it, then its name
    (re.compile(rf"\b(?i:organi[sz]ing|co-?organi[sz]ing)\s+partners?,?\s+(?:the\s+)?{_ORG}"), OrgRole.CO_ORGANIZER),
    # "Title sponsor Nimbus Labs and gold sponsor Orbis hosted booths": a sponsor's tier, then its name
    (re.compile(rf"\b(?i:{_SPONSOR_TIERS})\s+sponsor,?\s+(?:the\s+)?{_ORG}"),
     OrgRole.SPONSOR),
    # (not "with A as organizer, B as co-host": the name after the comma is the next pair's)
    # (nor one whose work is organizing people: "union organizer Lisa Torres", "community organiser Tom Reed")
    (re.compile(rf"(?<!\bas )(?<!\bas the )(?<!\bas an ){_ORGANIZERS_OF_PEOPLE}\borgani[sz]er(?:s)?(?:\s+of\s+[^,.]+)?"
                rf"(?:,?\s+|\s*[—–]\s*){_ORG}"),
     OrgRole.ORGANIZER),
    # "said organizer Ana Vale, managing director of Orbis Events": the body of the organizer named as a person
    (_needing(re.compile(rf"\b[Oo]rgani[sz]er\s+[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){{1,2}},\s+"
                         rf"(?:the\s+|its\s+)?(?:[a-z][\w-]*\s+){{1,4}}?(?:of|at)\s+{_ORG}"), "organizer", "organiser"),
     OrgRole.ORGANIZER),
    # "Organisers, the Ridge Institute, said …", "Organizer Nimbus Labs said …": at a sentence's start (between
    # dashes too: "Organizers — the Ridge Institute and Orbis — said …")
    # ("Organizers of the event, Acme Robotics, said …": of the event, or of this year's forum)
    # ("Organizers of the Lake AI Forum, A and B, said …": of the event by its name)
    (re.compile(rf"{_OPENS}Organi[sz]ers?(?:\s+of\s+(?:the|this(?:\s+year['’]s)?)\s+(?:[\w'’-]+\s+){{0,4}}?"
                rf"(?i:event|{_GATHERING_KINDS}|workshop|seminar|hackathon)(?:\s+(?:19|20)\d\d)?)?(?:,?\s+|\s*[—–]\s*)"
                rf"(?:the\s+)?{_ORG}"
                rf"(?=,|\s*[—–]|\s+(?:said|says|say|expect|expects|"
                rf"estimated|estimates|reported|noted|added)\b)", re.M), OrgRole.ORGANIZER),
    # ("A partnered with B on the forum": the subject holds it, B its partner)
    (re.compile(rf"{_OPENS}{_THE_SUBJECT}{_ORG}\s+(?:teamed up|partnered|joined forces|joined hands)\s+with\b"
                rf"[^.]*?\b(?:to\s+(?:host|hold|organi[sz]e|stage|launch)\b|(?:on|for)\s+(?:the|this|its|their|a|an)\s+"
                rf"(?:[\w'’-]+\s+){{0,3}}?{_GATHERING_KIND})", re.M), OrgRole.ORGANIZER),
    # "Siemens co-hosted the summit with Nvidia": the subject of a verb of holding with a partner holds it (the
    # partner after "with" is the co-host); one that co-hosts with no partner named is a co-host
    # (a list of subjects is _SUBJECT_LIST's: "A and B co-hosted the summit")
    (re.compile(rf"{_OPENS}{_ONE_SUBJECT}{_THE_SUBJECT}{_ORG}\s+{_CO_HOSTS}"
                r"(?=[^.;!?]{0,80}?\s(?:together\s+|jointly\s+)?with\s)", re.M), OrgRole.ORGANIZER),
    (re.compile(rf"{_OPENS}{_ONE_SUBJECT}{_THE_SUBJECT}{_ORG}\s+{_CO_HOSTS}"
                r"(?![^.;!?]{0,80}?\s(?:together\s+|jointly\s+)?with\s)", re.M), OrgRole.CO_ORGANIZER),
    # "Three executives testified Tuesday before the Senate Commerce Committee": the body heard holds the hearing
    # ("Testifying before the House Science, Space, and Technology Committee were …": fronted, a listed portfolio before
    # the kind)
    (re.compile(r"\b(?:[Tt]estified|[Tt]estifies|[Tt]estify|[Tt]estifying|appeared|appears|[Aa]ppearing)\s+"
                r"(?:(?:on\s+)?(?:Monday|Tuesday|"
                r"Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+)?before\s+(?:the\s+)?"
                r"(?P<org>(?:[A-Z][\w&.'’-]*,?\s+|of\s+|on\s+|and\s+|for\s+){0,8}(?:Committee|Subcommittee|Commission|"
                r"Parliament|Congress|Senate|Assembly|Council|Caucus)"
                # ("the House Committee on Science, Space, and Technology": its portfolio, listed)
                r"(?:\s+on\s+[A-Z][\w&]*(?:(?:,\s+and\s+|,\s+|\s+and\s+)[A-Z][\w&]*){0,5}"
                r"(?:\s+and\s+the\s+[A-Z][\w&]*(?![\w&]|\s+[A-Z]))?)?)\b"), OrgRole.ORGANIZER),
    # "The Senate Commerce Committee heard testimony Thursday from …": the body that hears the witnesses holds the hearing
    (re.compile(rf"{_OPENS}(?:[Tt]he\s+)?(?P<org>(?:[A-Z][\w&.'’-]*\s+|of\s+|on\s+|and\s+|for\s+){{1,8}}"
                r"(?:Committee|Subcommittee|Commission|Caucus)(?:\s+on\s+[A-Z][\w&]*(?:,?\s+(?:and\s+)?[A-Z][\w&]*){0,4})?)"
                r"\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
                r"Friday|Saturday|Sunday|today|yesterday)\s+)?(?:heard|hears|will\s+hear)\s+(?:testimony|from|witnesses)\b",
                re.M), OrgRole.ORGANIZER),
    # "Members of the House Science Committee questioned industry witnesses Tuesday": the body whose members question
    # the witnesses holds the hearing
    (re.compile(r"\b(?:[Mm]embers|[Ll]awmakers|[Ss]enators)\s+(?:of|on)\s+(?:the\s+)?"
                r"(?P<org>(?:[A-Z][\w&.'’-]*,?\s+|of\s+|on\s+|and\s+|for\s+){1,8}(?:Committee|Subcommittee|Commission|"
                r"Caucus)(?:\s+on\s+[A-Z][\w&]*(?:,?\s+(?:and\s+)?[A-Z][\w&]*){0,4})?)\s+(?:(?:on\s+)?(?:Monday|Tuesday|"
                r"Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+)?(?:questioned|grilled|pressed|quizzed|"
                r"heard\s+from|heard\s+testimony)\b"), OrgRole.ORGANIZER),
    # "Executives from three chipmakers told the Senate Commerce Committee on Tuesday that …": the sitting body the
    # witnesses tell or urge holds the hearing (a committee, subcommittee or caucus: not "told the Lake Times")
    (re.compile(r"\b(?:told|tell|tells|telling|urged|urging|warned|warning|briefed|briefing|assured)\s+"
                r"(?:(?:members|lawmakers|senators)\s+(?:of|on)\s+)?the\s+"
                r"(?P<org>(?:[A-Z][\w&.'’-]*,?\s+|of\s+|on\s+|and\s+|for\s+){1,8}(?:Committee|Subcommittee|Caucus)"
                r"(?:\s+on\s+[A-Z][\w&]*(?:(?:,\s+and\s+|,\s+|\s+and\s+)[A-Z][\w&]*){0,5})?)\b"), OrgRole.ORGANIZER),
    (_ITS_GATHERING, OrgRole.ORGANIZER),  # "A announced that registration is open for its 2027 Spring Conference"
    # "Gov. A cut the ribbon on the Ridge Institute's new facility", "the grand opening of Acme's AI lab": the body whose
    # new premises open holds their opening
    (_needing(re.compile(rf"\b(?:(?:cut|cuts|cutting)\s+the\s+(?:ceremonial\s+)?ribbon\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+|"
                         rf"today\s+|yesterday\s+)?(?:on|at|for)|(?:grand\s+)?opening(?:\s+ceremony)?\s+(?:of|for))\s+"
                         rf"{_ORG}['’]s?\s+(?:new(?:ly\s+[a-z]+)?\s+)?(?:[\w'’,-]+\s+){{0,4}}?{_PREMISES}\b"),
              "ribbon", "opening"), OrgRole.ORGANIZER),
    # "Samsung Electronics' Device Solutions division hosted …", "The robotics unit of Orbis Labs held …": a company's
    # division or unit holding the gathering, the company named with it, holds it
    # ("The Senate Commerce Committee's subcommittee on science and manufacturing held a hearing Wednesday", "Ridge
    # University's engineering school on Monday hosted …": a body's committee or school named in lower case, its
    # portfolio after it, the day before the verb)
    (re.compile(rf"{_OPENS}(?:the\s+)?(?P<org>{_ORG_BODY})['’]s?\s+(?:[\w&-]+\s+){{0,3}}?"
                rf"(?:{_DIVISION_WORDS}|{_BODYS_PART_WORDS}(?:\s+(?:on|for)\s+[a-z][\w-]*(?:,?\s+(?:and\s+)?[a-z][\w-]*){{0,5}})?"
                rf",?\s+(?:{_WHEN_BEFORE_VERB}\s+)?)\s*{_HOLDING_VERBS}", re.M), OrgRole.ORGANIZER),
    (re.compile(rf"{_OPENS}[Tt]he\s+(?:[\w&-]+\s+){{0,3}}?{_DIVISION_WORDS}\s+of\s+(?:the\s+)?(?P<org>{_ORG_BODY})\s+"
                rf"{_HOLDING_VERBS}", re.M), OrgRole.ORGANIZER),
    # "Nimbus Labs' annual forum drew 500 people": the owner of a yearly gathering holds it (or of one by its
    # season: "Stanford HAI's fall conference")
    (re.compile(rf"{_OPENS}{_THE_SUBJECT}{_ORG}['’]s?\s+(?:annual|yearly|flagship|biennial|spring|summer|fall|autumn|"
                rf"winter)\s+(?:[\w-]+\s+){{0,2}}?"
                rf"{_GATHERING_KIND}", re.M), OrgRole.ORGANIZER),
    # "ORG (ALIAS) held …", "ORG, who are hosting the conference, …"
    # (a dateline's city before a colon, "CHENNAI:" or "New Delhi:", opens the sentence too; a clause of its own
    # after a conjunction of time, with or without a comma: "…, as the House Science Committee held a hearing",
    # "… on Tuesday as Samsung SDS held its annual summit")
    # (a fronted day with no comma before "the": "On 5 March the British Embassy convened a roundtable")
    (re.compile(rf"(?:^|[.!?]\s+|—\s*|--\s*|\s[-–]\s+|^[A-Z][A-Z .'’-]{{1,30}}:\s+|{_FRONTED_DAY}|^[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){{0,2}}:[ \t]+(?=[A-Z]|the\s)|,\s+|\bof\s+(?=the\s)|\s(?=(?:as|while|when)\s+(?:the\s+)?[A-Z]))(?:(?:[Aa]s|[Ww]hile|[Ww]hen|[Ww]here)\s+(?=the\s|[A-Z]))?(?:{_THE_SUBJECT}|the\s+|{_OWNERS_POSSESSIVE})?{_UNIT_OR_ORG}(?:\s*\([^()]{{1,80}}\))?"
                # ("Britain's Made Smarter programme held …": the kind of body after its name, in lower case)
                rf"(?:[ \t]+(?:{_BODY_KIND_AFTER}))?"
                rf"(?:\s+{_WHEN_BEFORE_VERB})?"  # "The Commission today hosted", "Automation Alley on Oct. 3 hosted"
                # "The Ridge Institute, in partnership with Nimbus Labs, hosted …"
                rf"(?:,\s+(?:in\s+(?:partnership|collaboration|cooperation|association|conjunction)|together|along|jointly)\s+with"
                # (after an aside, a relative pronoun is the aside's last noun's: "Sen. A, D-Wash., the top Democrat on
                # the Senate Commerce Committee, which held the hearing")
                rf"\s+[^,.;]{{1,80}},"
                # ("The Seoul AI Hub, run by the Seoul Business Agency, held its demo day": the body that runs it, aside)
                rf"|,\s+(?:run|operated|managed|owned|funded|backed)\s+by\s+[^,.;]{{1,80}},)?(?:{_APPOSITIVE_ONE},?\s+(?:(?:will|would|to)\s+)?|,?\s+"
                rf"(?:(?:will|would|to|who|which|that)\s+)?)(?:{_GLAD_TO})?(?:(?:again|also|once\s+again|jointly|annually|first|now|"
                rf"then|this\s+year|each\s+year|every\s+year|today|yesterday)\s+)?"  # ("X, a leader in …, today hosted")
                # (no body's name ends in an article: "Representing the host, A …" is no subject and its verb)
                r"(?<![ \t]the[ \t])(?<![ \t]The[ \t])"
                rf"(?:(?:is|are|was|were|will be)\s+(?:hosting|organi[sz]ing|holding|staging|convening)\b|"
                # ("… celebrated the grand opening of its lab with a ribbon-cutting ceremony": the one celebrating)
                # ("Nimbus Labs has hosted the forum since 2019": the perfect)
                rf"(?:has|have|had)\s+(?:(?:also|long|again)\s+)?(?:hosted|organi[sz]ed|held|staged|convened)"
                rf"(?=\s+(?:it\b|(?:the|its|their|this\s+year['’]s|an?)\s+[^.;!?\n]{{0,60}}?{_GATHERING_KIND}))|"
                rf"(?:hosts|hosted|host|organi[sz]es|organi[sz]ed|organi[sz]e|holds|held|hold|convened|launched|staged|stages|"
                rf"(?<=will\s)stage|(?<=\bto\s)stage|put\s+on|puts\s+on|"  # ("will stage", not "Taking the stage")
                # ("The Ridge Institute put together the event", "… is behind the summit": who made it)
                rf"(?:(?:put|puts|pulled|pulls)\s+together|(?:is|are|was|were)\s+(?:also\s+)?behind){_MADE_GATHERING}|"
                # ("The Ridge Institute has run the forum since 2019": running a gathering, not a lab)
                rf"(?:has\s+|have\s+|had\s+)?(?:runs|ran|run)(?=\s+(?:the|its|their|this)\s+(?:[\w-]+\s+){{0,2}}?"
                rf"{_GATHERING_KIND}s?\b)|"
                rf"(?:celebrated|celebrates)(?=\s+(?:the|its|their)\s+(?:[\w-]+\s+){{0,3}}?(?:{_CELEBRATED}|ceremony))|"
                rf"(?={_MARKED_WITH})\w+|"
                # ("Hanbit Labs presents the Lake AI Summit": presenting a gathering, not an award or a product)
                rf"(?:presents|presented|present)(?=\s+(?:the|its|their|this\s+year['’]s|a|an)\s+"
                rf"(?:(?!(?:at|in|to|on|for|during|with|from)\b)[\w'’-]+\s+){{0,6}}?{_GATHERING_KIND}s?\b)|"
                # ("Lake Corp brings the Lake AI Summit back to Boston", "returns with its forum": taking its gathering
                # to a place, or back)
                rf"(?:brings|brought|bring|bringing|returns\s+with|returned\s+with|will\s+return\s+with)"
                rf"(?=\s+(?:the|its|their|this\s+year['’]s)\s+(?:(?!(?:at|in|to|on|for|during|with|from)\b)"
                rf"[\w'’-]+\s+){{0,6}}?{_GATHERING_KIND}s?\b(?:[^.;!?]{{0,60}}?\bto\b|(?!\s+(?:to|for)\b))))"
                # (not a side event of its own: "Arden Bank, the summit's founding sponsor, hosted a reception")
                rf"\b(?!\s+by)(?!\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){{0,2}}?{_SIDE_EVENTS}\b))",
                re.M), OrgRole.ORGANIZER),
    # "The Hanbit Robotics Association today announced the lineup for Robot Week Korea 2026": who announces an
    # event's programme or speakers holds it
    (re.compile(rf"(?:^|[.!?]\s+|--\s*|—\s*|\s[-–]\s+)(?:The\s+)?{_ORG}{_ASIDE_IN_PARENS}{_APPOSITIVE}\s+"
                rf"(?:(?:today|yesterday|on\s+[A-Z][a-z]+day)\s+)?(?:announced|announces|unveiled|unveils|released|"
                rf"releases|revealed|reveals|confirmed|confirms)\s+(?:the\s+|its\s+)?(?:full\s+|final\s+|first\s+)?"
                # ("… today announced the keynote lineup for ORBIS LIVE 2026")
                rf"(?:(?:speaker|keynote|keynote\s+speaker|session|panel|conference|event)\s+)?"
                rf"(?:lineup|line-up|program|programme|agenda|speakers|keynote\s+speakers)\s+(?:for|of)\s+"
                rf"(?:its|their|the|this\s+year['’]s)?", re.M), OrgRole.ORGANIZER),
    # ("… today announced that registration is open for the Edge AI Summit 2026": the one whose sign-up opened)
    (re.compile(rf"(?:^|[.!?]\s+|--\s*|—\s*|\s[-–]\s+)(?:The\s+)?{_ORG}{_ASIDE_IN_PARENS}{_APPOSITIVE}\s+"
                rf"(?:(?:today|yesterday|on\s+[A-Z][a-z]+day)\s+)?(?:announced|announces|said|says)\s+(?:today\s+)?"
                rf"(?:that\s+)?registration\s+(?:is\s+(?:now\s+)?open|has\s+(?:now\s+)?opened|opens|is\s+underway)\s+"
                rf"for\s+(?:the\s+|this\s+year['’]s\s+)?", re.M), OrgRole.ORGANIZER),
    # "Lake Corp today announced that the Lake AI Summit 2025 will take place Sept. 9-10": who announces that an event
    # will be held holds it (a press release's announcer)
    (re.compile(rf"(?:^|[.!?]\s+|--\s*|—\s*|\s[-–]\s+)(?:The\s+)?{_ORG}{_ASIDE_IN_PARENS}{_APPOSITIVE}\s+"
                rf"(?:(?:today|yesterday|on\s+[A-Z][a-z]+day)\s+)?(?:(?:announced|announces|confirmed|confirms)\s+"
                rf"(?:today\s+)?(?:that\s+)?(?:the\s+|its\s+|their\s+|this\s+year['’]s\s+)?|"
                # ("Lake Corp said its annual forum will be held …": saying so of its own)
                rf"(?:said|says)\s+(?:today\s+)?(?:that\s+)?(?:its|their)\s+)"
                # (the event named right after "that", not one a clause of the announcer's own leads to: "… announced
                # that it will exhibit at the Lake AI Expo, which will take place …")
                # ("its third annual Physical AI Summit": an edition's ordinal in words)
                rf"(?=(?:(?:annual|inaugural|\d+(?:st|nd|rd|th)|{_ORDINAL_WORD}|{'|'.join(sorted(_EVENT_AUDIENCES))}|"
                rf"[A-Z0-9][\w'’&\-.]*)\s+){{0,8}}?"
                rf"{_GATHERING_KIND}s?\b"
                rf"[^.;!?]{{0,60}}?\b(?:will\s+(?:take\s+place|be\s+held|return|"
                rf"run|open|kick\s+off)|returns|is\s+returning"
                # ("… today announced the Edge AI Summit 2026, to be held April 21-22 …": an event it announces)
                rf"|,\s+(?:to\s+be\s+held|taking\s+place|which\s+will\s+(?:take\s+place|be\s+held|run)))\b"
                # ("… announced that Lake Connect 2025 will take place …": a name with its edition's year, no kind)
                rf"|(?:[A-Z][\w'’&\-.]*\s+){{1,6}}(?:19|20)\d\d\s+(?:will\s+(?:take\s+place|be\s+held|return|run|"
                rf"open|kick\s+off)|returns|is\s+returning)\b)", re.M), OrgRole.ORGANIZER),
    # "The Lake AI Summit returns to Denver on June 12, the Lake Robotics Association announced": the body that
    # announces a gathering, closing the sentence that names it, holds it (not one that only said or reported it)
    (_needing(re.compile(rf"\b{_GATHERING_KIND}[^.!?;\n]{{0,160}},[ \t]+(?:the[ \t]+)?(?P<org>{_PLAIN_BODY})[ \t]+"
                         r"(?:announced|announces|has\s+announced)(?:[ \t]+(?:today|on[ \t]+[A-Z][a-z]+day))?[ \t]*\.",
                         re.M), "announce"),
     OrgRole.ORGANIZER),
    # "The Lake AI Summit, now in its third year, is an Acme Robotics event": the one whose event it is holds it
    (re.compile(rf"\b(?:is|was)\s+(?:an?|the)\s+(?:annual\s+|yearly\s+|flagship\s+)?{_ORG}\s+"
                rf"(?:event|initiative|production)\b(?!\s+(?:sponsor|partner|for)\b)"), OrgRole.ORGANIZER),
    # "… was held at the invitation of the Lake Institute": the one who invites hosts
    (re.compile(rf"\b(?:at|on)\s+the\s+invitation\s+of\s+(?:the\s+)?{_ORG}"), OrgRole.ORGANIZER),
    # "Siemens kicked off its two-day Xcelerator Summit": an organization opening its own event
    # "The EDB on Wednesday opened the two-day Asia AI Summit": the named event, after a day and its length
    # ("The council today kicked off its Lake AI Summit": the report's day before the verb)
    (re.compile(rf"(?:^|[.!?]\s+|--\s*|—\s*|\s[-–]\s+)(?:The\s+)?{_ORG}{_ASIDE_IN_PARENS}\s+(?:on\s+[A-Z][a-z]+day\s+|today\s+|"
                rf"yesterday\s+)?(?:kicked off|kicks off|opened|"
                rf"opens|wrapped up|wraps up|closed|launched|launches|began|begins|concluded)\s+(?:its|their|the\s+"
                rf"(?:(?:\w+-day|annual|\d+(?:st|nd|rd|th)|first|second|third|inaugural)\s+)*(?=[A-Z0-9]))", re.M),
     OrgRole.ORGANIZER),
    # "The Vector Institute handed out its annual AI Impact Awards": an organization giving its own awards holds them
    (re.compile(rf"(?:^|[.!?]\s+|--\s*|—\s*|\s[-–]\s+)(?:The\s+)?{_ORG}{_ASIDE_IN_PARENS}\s+"
                rf"(?:on\s+[A-Z][a-z]+day\s+)?(?:handed\s+out|hands\s+out|gave\s+out|gives\s+out|presented|presents|"
                rf"conferred|confers)\s+(?:its|their)\s+(?:(?:annual|\d+(?:st|nd|rd|th)|first|second|third|inaugural)\s+)*"
                rf"(?=(?:[A-Z0-9][\w'’&-]*\s+){{0,6}}(?:Awards?|Prizes?)\b)", re.M), OrgRole.ORGANIZER),
    # "Hanbit University's College of Engineering welcomed more than 250 guests to the Robot Symposium": the one
    # welcoming people to an event hosts it (a body by its organization word: "Tom Reed welcomed guests" is a host's
    # representative, not the host)
    (re.compile(rf"(?:^|[.!?]\s+|--\s*|—\s*|\s[-–]\s+)(?:The\s+)?(?=(?:[A-Z][\w'’&.\-]*[ \t]+(?:(?:of|for|and|the|&)[ \t]+)?)"
                rf"{{0,8}}?(?:(?i:{'|'.join(sorted(ORG_WORDS))})\b|[A-Z]{{2,}}\b)){_ORG}{_ASIDE_IN_PARENS}\s+"
                rf"(?:on\s+[A-Z][a-z]+day\s+)?(?:welcomed|welcomes|will\s+welcome|{_GLAD_TO}welcome)\s+(?:(?:more\s+than|over|some|about|"
                rf"nearly|almost|around|roughly|close\s+to)\s+)?(?:[\d,]+\s+)?(?:[a-z][\w-]*\s+){{0,3}}?"
                rf"(?:guests|attendees|participants|delegates|visitors|people|experts|leaders|students|researchers|"
                rf"representatives|speakers|members|executives|engineers)\s+(?:from\s+[^.;]{{1,80}}?\s+)?to\s+"
                rf"(?:its|their|our|the)\s+(?=[^.;]{{0,80}}?{_GATHERING_KIND})", re.M), OrgRole.ORGANIZER),
    # a title-case headline: "Ridgeway Robotics Hosts Inaugural Physical AI Summit", "Lake Institute To Host …"
    (re.compile(rf"\A[ \t]*(?:The\s+)?{_ORG}(?<!\bTo)(?<!\bWill)[ \t]+(?:(?:To|Will)[ \t]+)?(?:Hosts?|Holds?|Organi[sz]es|Convenes|Stages|"
                rf"Launches)[ \t]+(?=[^\n]*{_GATHERING_KIND})"), OrgRole.ORGANIZER),
    # "…, Group Director at Reed Exhibitions, organiser of NMW 09"; "X was the organizer of the forum"
    (re.compile(rf"{_ORG},\s+(?:the\s+)?organi[sz]ers?\s+of\b"), OrgRole.ORGANIZER),
    # "The Ridge Institute, the forum's organizer, …"; "X, which runs the Robot Forum, …"
    (_needing(re.compile(rf"{_ORG},\s+(?:the\s+|its\s+)?(?:event|forum|conference|conclave|summit|expo|show|fair|symposium|seminar|"
                rf"workshop|hackathon)['’]s\s+(?:main\s+|lead\s+|chief\s+)?(?:organi[sz]er|host)\b"), "organi", "host"), OrgRole.ORGANIZER),
    # (the body starts a sentence or a clause, or follows a preposition: "Tom Reed of the Ridge Institute, which
    # runs the forum, …" names the institute, and "… opened Monday. The Ridge Institute, which …" no "Monday")
    # ("according to the Association for Advancing Automation (A3), which produces the show": its initials between)
    # ("a spokeswoman for the Ridge Institute, which organized …": the body a post serves)
    # ("the top Democrat on the Senate Commerce Committee, which held the hearing": a sitting body's hearing)
    # ("…, which has organised the forum since 2019, …": the perfect)
    (_needing(re.compile(rf"{_WHICH_BODY}(?:(?:has|have|had)\s+(?:long\s+|also\s+)?(?=(?:run|staged|put|hosted|organi[sz]ed|"
                         rf"produced|convened|held)\b))?"
                         rf"(?:runs|ran|run|stages|staged|puts\s+on|put\s+on|hosted|hosts|organi[sz]ed|produces|"
                         rf"produced|organi[sz]es|convened|convenes|held|holds"
                         # ("…, which co-organises the event with Deutsche Messe": it holds it, the partner after "with"
                         # co-hosts, as "Siemens co-hosted the summit with Nvidia")
                         rf"|{_CO_HOLDS}(?=\s+the\s+[^.;!?]{{0,80}}?\s(?:together\s+|jointly\s+)?with\s))"
                         # ("… was held at Nimbus Labs, which organized it with …": the event it refers back to)
                         rf"\s+(?:the\s+(?:[\w'’\-]+\s+){{0,4}}?(?:{_GATHERING_KIND}|hearings?\b)|it\b(?!\s+(?:is|was)\b))",
                         re.M),
              "which", "that"), OrgRole.ORGANIZER),
    # ("…, which co-hosts the forum": one of those holding it)
    (_needing(re.compile(rf"{_WHICH_BODY}{_CO_HOLDS}(?![^.;!?]{{0,80}}?\s(?:together\s+|jointly\s+)?with\s)"
                         rf"\s+the\s+(?:[\w'’\-]+\s+){{0,4}}?{_GATHERING_KIND}", re.M), "which", "that"),
     OrgRole.CO_ORGANIZER),
    (re.compile(rf"{_OPENS}{_THE_SUBJECT}{_ORG}\s+(?:was|is|will\s+be|were|are)\s+(?:the\s+|an?\s+)?(?:main\s+|lead\s+)?"
                rf"organi[sz]ers?\s+of\b", re.M), OrgRole.ORGANIZER),
    # "a hearing of the House Science Committee", "a Senate Commerce Committee hearing": the body that sits
    (re.compile(rf"\b(?:hearing|meeting|session|briefing|plenary)\s+(?:(?:held|hosted|convened|called)\s+)?"
                rf"(?:of|by|before)\s+(?:the\s+)?{_BODY}"), OrgRole.ORGANIZER),
    # ("at Thursday's House Science Committee hearing": the day's)
    (re.compile(rf"\b(?:[Aa]|[Aa]n|[Tt]he|[Tt]his|[Tt]hat|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|[Tt]o|[Yy]ester)day['’]s)"
                rf"\s+{_BODY},?\s+(?:hearing|meeting|briefing)\b"), OrgRole.ORGANIZER),
    # "Lawmakers on the House Science Committee heard testimony …": the body its members sit on holds it
    (re.compile(rf"\b(?:[Ll]awmakers|[Mm]embers|[Ss]enators|[Rr]epresentatives|MPs)\s+(?:on|of)\s+(?:the\s+)?{_BODY}\s+"
                rf"(?:heard|hear|held|hold|questioned|question|grilled|pressed|quizzed)\b"), OrgRole.ORGANIZER),
    # "Speaking at a forum of the Korea Robot Industry Association", "… at the annual meeting of the Lake Institute":
    # the gathering the report is at, named in lower case, of a body (by its organization word)
    (re.compile(rf"\b(?:at|At)\s+(?:a|an|the|its|this)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:forum|conference|seminar|"
                rf"symposium|workshop|summit|webinar|roundtable|meeting|general\s+assembly)\s+of\s+(?:the\s+)?"
                rf"(?=(?:[A-Z][\w'’&.\-]*[ \t]+(?:(?:of|for|and|the|&)[ \t]+)?){{0,8}}?(?i:{'|'.join(sorted(ORG_WORDS))})\b)"
                rf"(?P<org>{_ORG_BODY})"), OrgRole.ORGANIZER),
    # "the ARC Advisory Group webinar", "a Korea Robot Association seminar": an organization's own event
    (re.compile(rf"(?:^|(?<=\s))(?:(?:[A-Z]\w*\s+)?[A-Z]\w*['’]s\s+)?"  # "Last Thursday's"
                rf"(?P<org>[A-Z][\w&.\-]*(?:\s+(?:of|for|and|&|[A-Z][\w&.\-]*)){{0,6}}\s+"
                rf"(?:{'|'.join(w.capitalize() for w in ORG_WORDS)}))\s+(?:annual\s+)?(?:webinar|seminar|workshop|forum|"
                rf"conference|summit|symposium|hackathon|event|meeting|briefing)s?\b"), OrgRole.ORGANIZER),
    # "supported by a grant from the National Science Foundation"
    (re.compile(rf"\b(?:supported|funded|sponsored|made possible)\s+(?:in\s+part\s+)?by\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?"
                rf"(?:grant|award|gift|donation|funding)\s+from\s+{_ORG}"), OrgRole.SPONSOR),
    # "The College of Engineering welcomed 300 researchers to its fifth annual … Symposium"
    # ("… brought together 300 experts at its Lake AI Forum", "… gathered partners for its annual …")
    (re.compile(rf"{_OPENS}{_THE_SUBJECT}{_ORG}\s+(?:welcomed|welcomes|invited|invites)\s+"
                rf"[^.;!?]{{0,120}}?\bto\s+(?:its|their)\s+", re.M), OrgRole.ORGANIZER),
    # ("… brought together 300 experts at its Lake AI Forum"; not "brought robots to its stores")
    (re.compile(rf"{_OPENS}{_THE_SUBJECT}{_ORG}\s+(?:brought|brings|gathered|gathers|convened|convenes|assembled|"
                rf"drew|draws|welcomed|welcomes)\s+[^.;!?]{{0,120}}?\b(?:to|at|for)\s+(?:its|their)\s+(?:[\w-]+\s+){{0,4}}?"
                rf"{_GATHERING_KIND}", re.M), OrgRole.ORGANIZER),
    # "At its annual developer conference, DevDay 2026, Acme on Monday unveiled …": the subject after the gathering
    # that "its" looks ahead to holds it
    (re.compile(rf"{_OPENS}At\s+(?:its|their)\s+(?:[\w'’+&/\-]+\s+){{0,5}}?{_GATHERING_KIND}"
                rf"(?:\s+in\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){{0,2}})?(?:\s+(?:on\s+)?[A-Z][a-z]+day)?"
                rf"(?:,\s+[^,.;!?]{{1,60}})?,\s+(?:the\s+)?"
                rf"(?P<org>[A-Z][\w'’&.\-]*(?:[ \t]+(?:of|for|and|&|[A-Z][\w'’&.\-]*)){{0,5}})\s+"
                rf"(?:on\s+[A-Z][a-z]+day\s+|today\s+|this\s+week\s+)?(?!and\b|which\b|who\b)[a-z]+\b", re.M),
     OrgRole.ORGANIZER),
    # "Acme on Monday unveiled new agents at its Spark developer conference": what the subject shows at its own
    # gathering, the subject holds
    (re.compile(rf"{_OPENS}{_THE_SUBJECT}{_ORG}\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+|today\s+)?"
                rf"(?:unveiled|unveils|announced|announces|launched|launches|introduced|introduces|showcased|showcases|"
                rf"debuted|debuts|revealed|reveals|demonstrated|demonstrates|presented|presents)\b[^.;!?]{{0,120}}?"
                rf"\b(?:at|during)\s+(?:its|their)\s+(?:[\w'’+&/\-]+\s+){{0,5}}?{_GATHERING_KIND}", re.M),
     OrgRole.ORGANIZER),
    (_POSTS_COMPANY_HOLDS, OrgRole.ORGANIZER),
    # ("Acme brought together 300 engineers for the Lake AI Forum": gathering people for a named event is holding it;
    # bringing engineers to it is not)
    # "Acme Robotics today announced the Lake AI Summit, a two-day event it will host in Boston": the subject that
    # announces a gathering "it" holds
    (re.compile(rf"{_OPENS}{_THE_SUBJECT}{_ORG}(?:,[^,.;!?]{{1,120}},)?\s+(?:today\s+|on\s+[A-Z][a-z]+day\s+)?"
                rf"(?:announced|announces|unveiled|unveils)\s+[^.;!?]{{0,160}}?{_GATHERING_KIND}[^.;!?]{{0,60}}?\bit\s+"
                rf"(?:will\s+|is\s+set\s+to\s+|plans\s+to\s+)?(?:host|hold|organi[sz]e|stage|run|co-?host)", re.M),
     OrgRole.ORGANIZER),
    # ("Acme Robotics will bring together 500 engineers at the Lake AI Summit": ahead of it too)
    (re.compile(rf"{_OPENS}{_THE_SUBJECT}{_ORG}\s+(?:brought|brings|(?:will|to)\s+bring)\s+together\s+[^.;!?]{{0,120}}?\b(?:for|at)\s+the\s+"
                rf"(?:[A-Z0-9][\w'’-]*\s+){{1,6}}{_GATHERING_KIND}", re.M), OrgRole.ORGANIZER),
    # ("Acme gathered 300 experts for the Lake AI Forum", "Acme invited 200 guests to the Lake AI Forum": people
    # gathered or invited to a named event; not data gathered at it)
    (re.compile(rf"{_OPENS}{_THE_SUBJECT}{_ORG}\s+(?:(?:gathered|gathers|assembled|assembles|convened|convenes)\s+"
                rf"{_PEOPLE_GATHERED}\s+(?:for|at)|(?:invited|invites)\s+{_PEOPLE_GATHERED}\s+to)\s+the\s+"
                rf"(?:[A-Z0-9][\w'’-]*\s+){{1,6}}{_GATHERING_KIND}", re.M), OrgRole.ORGANIZER),
    # "at the Nimbus-hosted Robot Forum", "a KOTRA-organized roadshow"
    # (a full stop before a space ends a sentence, no name: "… in Seoul. The Nimbus Labs-hosted forum")
    (_needing(re.compile(r"(?<![\w-])(?:(?:A|An|The)\s+)?(?P<org>[A-Z](?:[\w&]|\.(?!\s))*(?:\s+[A-Z](?:[\w&]|\.(?!\s))*){0,3})"
                r"-(?:hosted|organi[sz]ed|led|run)\s+"
                + _HYPHENED_KIND), "-hosted", "-organi", "-led", "-run"), OrgRole.ORGANIZER),
    (_needing(re.compile(r"(?<![\w-])(?:(?:A|An|The)\s+)?(?P<org>[A-Z](?:[\w&]|\.(?!\s))*(?:\s+[A-Z](?:[\w&]|\.(?!\s))*){0,3})"
                r"-(?:sponsored|backed|funded)\s+"
                + _HYPHENED_KIND), "-sponsored", "-backed", "-funded"), OrgRole.SPONSOR),
    # "The annual meeting of the Lake Robotics Association took place …": a body's own gathering, by its kind
    (re.compile(rf"{_OPENS}(?:The|the)\s+(?:(?:annual|yearly|biennial|general|first|second|third|\d+(?:st|nd|rd|th))\s+)+"
                rf"(?:general\s+)?(?:meeting|conference|convention|congress|assembly|forum|summit|symposium)\s+"
                rf"of\s+{_ORG}(?=\s+(?:was|is|will|took|takes|opened|opens|drew|draws|began|begins|kicked|ran|runs|"
                rf"convened|gathered|brought)\b)", re.M), OrgRole.ORGANIZER),
    # "The Lake AI Forum, an annual event of the Ridge Institute, …"
    # ("The Lake AI Summit - an initiative of the Lake Robotics Association - opened": the aside set off by dashes)
    (re.compile(rf"(?:,|\s+(?:is|was)|\s[-–—]|—)\s+(?:an?|the)\s+(?:annual\s+|yearly\s+|flagship\s+|biennial\s+)?(?:event|conference|forum|"
                # ("The Lake AI Forum was the brainchild of the Ridge Institute": the body that conceived it)
                rf"summit|show|fair|symposium|meeting|gathering|initiative|program|programme|project|brainchild)\s+"
                rf"(?:of|by|from)\s+{_ORG}"
                # (the body ends there: "the annual gathering of Denmark's robotics cluster" is no gathering of Denmark)
                r"(?=\s*(?:[,.;:)—–]|-\s|$)|\s+(?:and|in|on|at|for|to|with|which|that|since|held|where|was|is|will|has)\b)", re.M),
     OrgRole.ORGANIZER),
    # "Manufacturing Day Summit 2025, SMF's flagship conference": the owner of its flagship or annual event
    # ("Nimbus Labs' annual user conference": a word or two of what kind between)
    # ("the Korea Humanoid Alliance's first general meeting": an edition's ordinal, or its first, the inaugural)
    # ("the Lake Robotics Association's regional show": how often, how far or how high it ranks)
    (_needing(re.compile(rf"\b{_ORG}['’]s?\s+(?:own\s+)?(?:(?:{'|'.join(_OWNED_EVENT_WORDS)}|"
                         rf"{_ORDINAL_WORD_BARE})\s+)+(?:[a-z][\w-]*\s+){{0,2}}?"
                rf"(?:conference|event|forum|summit|show|fair|exhibition|expo|gathering|meeting|symposium)\b"),
               *_OWNED_EVENT_WORDS, *_ORDINALS.split("|"), "st ", "nd ", "rd ", "th "), OrgRole.ORGANIZER),
    # "held … under the banner of the Ridge Institute", "organized on behalf of the Ridge Institute"
    # (not one who speaks or takes part for a body: "Speaking on behalf of Ridge Labs, Tom Reed said …")
    # (only a gathering held on behalf of a body: not "Dr. Park responded on behalf of the Korean delegation")
    (re.compile(rf"\b(?:under\s+the\s+banner|(?:(?:organi[sz]ed|organi[sz]es|held|holds|hosted|hosts|convened|"
                rf"convenes|staged|stages|run|runs|arranged|arranges)\b(?:\s+by\s+[^.;!?\n]{{1,60}}?|\s+[a-z]+ly)?\s+"
                # ("Tom Reed welcomed the guests on behalf of Ridge Labs": the host's welcome)
                rf"|(?:welcomed|welcomes|welcoming|thanked|thanks|thanking|greeted|greets|greeting)\s+"
                rf"(?:[\w'’\-]+\s+){{0,4}}?){_FOR_ONES_OWN}on\s+behalf)\s+of\s+{_ORG}"), OrgRole.ORGANIZER),
    # "The AI Summit, which was launched by the Lake Robotics Association in 2019, …": the body that started the
    # gathering (its series) holds it, as its founder
    (_needing(re.compile(rf"\b{_GATHERING_KIND}(?:\s+\d{{4}})?,\s+(?:which\s+(?:was|is)\s+|first\s+)?"
                         r"(?:launched|founded|co-founded|created|started|established|initiated)\s+"
                         rf"(?:in\s+\d{{4}}\s+)?by\s+{_ORG}"), "launched", "founded", "created", "started", "established",
              "initiated"), OrgRole.ORGANIZER),
)
# "The Ridge Institute and Nimbus Labs co-hosted the event": the subjects of a holding verb, a list
# ("Kyungpook National University and the city of Daegu co-organized …": a local government by its place)
# (the words for a local government named by its place: "the city of Daegu", "the province of Ontario")
_LOCAL_BODY_WORDS = frozenset({"city", "province", "county", "state", "municipality", "prefecture"})
# "the Tianjin municipal government", "the Daegu city government": a place's government in lower case
_LOCAL_KINDS = frozenset({"municipal", "city", "provincial", "metropolitan", "state", "county", "prefectural",
                          "regional", "local", "district"})
_LOCAL_HEADS = frozenset({"government", "council", "administration", "office", "authorities"})
# the words of a local government's name, any of them ("Lake City", "Gyeonggi Provincial Government")
LOCAL_GOVERNMENT_WORDS = _LOCAL_BODY_WORDS | _LOCAL_KINDS | {"government"}
_LOCAL_OF = rf"(?:{'|'.join(sorted(_LOCAL_BODY_WORDS))})\s+of\s+"
# the full stops of initials inside a name: "the U.S. Chamber of Commerce", "U.K. Research and Innovation"
_INITIAL_DOTS = r"(?:(?<=\b[A-Z])\.(?=[A-Z]\.)|(?<=\b[A-Z]\.[A-Z])\.(?=\s+[A-Z]))"
# a character of a sentence's subject ("TOKYO -- A and B held": the dateline's dash ends it; "Orbis Inc. teamed up":
# a legal form's full stop with the sentence going on does not)
# (and "The Korea International Trade Association and the U.S. Chamber of Commerce co-hosted": its initials' stops)
_NO_DASH = rf"(?:(?!--|\s[-–]\s)[^.;!?\n—]|(?:(?<=\bCo)|(?<=\bInc)|(?<=\bCorp)|(?<=\bLtd))\.(?=[ \t]+[a-z,]|,)|{_INITIAL_DOTS})"
_SUBJECT_LIST = re.compile(r"(?:^|[.!?]\s+|,\s+|—\s*|--\s*|\s[-–]\s+)(?:The\s+|the\s+)?(?!(?:In|On|At|After|Before|During|Last|This|Next|Earlier|Later|"
                           r"Meanwhile|Also|Since|For|With)\b)"
                           rf"(?P<list>(?:{_LOCAL_OF})?[A-Z]{_NO_DASH}{{0,120}}?(?:,|[ \t]+and)[ \t]+(?:the[ \t]+)?(?:{_LOCAL_OF})?[A-Z]{_NO_DASH}{{0,120}}?)\s+"
                           # "… will jointly hold the …"; a headline's present: "Siemens and KAIST hold joint AI workshop"
                           r"(?:(?:will|to)\s+)?(?:(?:jointly|together)\s+)?"
                           # ("A and B on Monday kicked off the Robot Forum": the day between them and their verb)
                           rf"(?:{_WHEN_BEFORE_VERB}\s+)?"
                           # ("A and B are co-organizing the summit": the progressive after its auxiliary)
                           r"(?:(?:are|were|is|was)\s+(?=(?:co-?)?(?:hosting|organi[sz]ing)\b))?"
                           r"(?P<verb>co-?host(?:ed|s|ing)?|co-?organi[sz](?:ed|es|e|ing)|host(?:ed|s|ing)?|organi[sz](?:ed|es|e|ing)|"
                           rf"held|holds?|celebrated(?=\s+the\s+(?:[\w-]+\s+){{0,3}}?{_CELEBRATED})|"
                           rf"(?:kicked|kick|kicks)\s+off(?=\s+(?:the|their|a)\s+[^.;!?\n]{{0,60}}?{_GATHERING_KIND})|"
                           # ("A and B convened the summit", "… staged the fair", "… put on the expo")
                           # ("A and B co-produce the event": the trade-show maker's verb)
                           rf"(?:convened|convenes|convene|staged|stages|stage|put\s+on|puts\s+on|(?:co-?)?produc(?:ed|es|e)"
                           rf")(?=\s+(?:the|their|a|an|this\s+year['’]s)\s+[^.;!?\n]{{0,60}}?{_GATHERING_KIND})|"
                           rf"(?:(?:put|puts|pulled|pulls)\s+together|(?:are|were)\s+(?:also\s+)?behind){_MADE_GATHERING}|"
                           # ("A and B convened the first AI in Manufacturing Days": a named gathering with no kind word)
                           r"(?:convened|convenes|convene)(?=\s+(?:the|their|this\s+year['’]s)\s+(?:[a-z0-9][\w-]*\s+){0,3}[A-Z])|"
                           # ("A and B teamed up for the Ridge AI Summit": partners in holding it)
                           rf"(?:teamed\s+up|team\s+up|teams\s+up|joined\s+forces|joined\s+hands|partnered)\s+"
                           rf"(?:for|on)(?=\s+(?:the|their|a|an)\s+[^.;!?\n]{{0,60}}?{_GATHERING_KIND})|"
                           # ("A and B teamed up to host the Lake AI Forum", "joined forces to organize …")
                           rf"(?:teamed\s+up|team\s+up|teams\s+up|joined\s+forces|joined\s+hands|partnered|came\s+together)"
                           rf"\s+to\s+(?:co-?)?(?:host|organi[sz]e|hold|stage|put\s+on|present|run))"
                           # ('A and B hosted "AI on the Line," a workshop': the gathering's name quoted)
                           r"\s+(?:the|a|an|its|their|joint|this\s+year['’]s|[A-Z0-9]|[\"“‘'](?=[A-Z0-9]))", re.M)
# "Celestica, Siemens Canada and Arden Bank sponsored the event": the subjects of a verb of sponsoring, one or a list,
# with the gathering as its object
_SPONSORING_SUBJECTS = _needing(re.compile(r"(?:^|[.!?]\s+|--\s*|—\s*|\b(?:said|says|noted|added)(?:\s+that)?\s+)(?:The\s+)?"
                                           r"(?!(?:In|On|At|After|Before|During|Last|This|Next|"
                                           r"Earlier|Later|Meanwhile|Also|It|They|He|She|We)\b)"
                                           r"(?P<list>[A-Z](?:(?!\b(?:said|says|noted|added)\b)(?!--)[^.;!?\n—]){0,160}?)"
                                           r"\s+(?:also\s+|jointly\s+)?"
                                           r"(?:(?:co-?)?(?:sponsored|sponsors|sponsor|underwrote|underwrites)\s+(?:the|this|"
                                           rf"this\s+year['’]s|their|a)\s+(?:[\w'’-]+\s+){{0,4}}?(?:{_GATHERING_KIND}|(?i:hackathon|"
                                           r"competition|contest|awards?|ceremony|program|programme|day|week)s?\b)"
                                           # ("… was held on May 3. Orbis Labs and Ridge Bank sponsored it.": the
                                           # gathering the sentence before names, by a pronoun that ends the clause)
                                           r"|(?:co-?)?(?:sponsored|underwrote)\s+it(?=\s*[.;])"
                                           # ("The Ministry of Trade and Acme Corp supported the event": support given to
                                           # the gathering itself, the one reported, as a sponsor's)
                                           r"|(?:supported|supports|funded|funds|backed|backs)\s+(?:the|this|this\s+year['’]s)\s+"
                                           rf"(?:[\w'’-]+\s+){{0,2}}?(?:{_GATHERING_KIND}|event|hackathon)\b)", re.M),
                                "sponsor", "underwr", "support", "fund", "back")
# "Organizing the event were the Ohio Manufacturers' Association and JobsOhio", "Sponsoring this year's forum was
# Verizon": the part fronted before the copula, the holders after it
_FRONTED_HOLDERS = re.compile(rf"{_OPENS}(?P<verb>Co-?(?:organi[sz]ing|hosting|sponsoring)|Organi[sz]ing|Hosting|Sponsoring|Underwriting|Supporting)"
                              rf"\s+(?:the|this|this\s+year['’]s|its)\s+(?:[\w'’-]+\s+){{0,4}}?{_GATHERING_KIND}"
                              r"(?:\s+(?:were|was|are|is|will\s+be)\s+"
                              # ("Hosting the forum for the third time, the Pine Institute drew …": the subject after
                              # the participle's clause)
                              r"|(?:\s+(?:for|in|on|at|with)\s+[^,.;!?\n]{1,60})?,\s+)"
                              r"(?P<list>(?:the\s+)?[A-Z][^.;!?\n]{0,160})", re.M)
# "Doosan Robotics and Naver Cloud said Wednesday that they will jointly host …", "Nimbus said it would hold …":
# the subjects of a report whose clause says they hold the event
# ("Veritas Automation Inc. today announced that it will host …", "… announced it is hosting …": a legal form's
# full stop inside the subject, the day before the verb, the progressive)
_SAID_THEY_HOST = _needing(re.compile(r"(?:^|[.!?]\s+|--\s*|—\s*|\s[-–]\s+)(?:The\s+)?(?P<list>[A-Z](?:(?!--|\s[-–]\s)[^.;!?\n—\"“]|"
                                      r"(?:(?<=\bCo)|(?<=\bInc)|(?<=\bCorp)|(?<=\bLtd))\.(?=\s+[a-z,]|,)){0,160}?)"
                                      r"(?:\s+(?:today|yesterday|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))?\s+"
                                      r"(?:said|says|announced|announces|confirmed)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|"
                                      r"Thursday|Friday|Saturday|Sunday|today|yesterday)|\s+on\s+the\s+\d{1,2}(?:st|nd|rd|th)|"
                                      # ("… said on the 20th that it hosted …", "… announced on Nov. 20 that …")
                                      rf"\s+on\s+(?:{MONTH_NAMES})[a-z]*\.?\s+\d{{1,2}}(?:,\s+\d{{4}})?)?"
                                      r"(?:\s+(?:that|in\s+a\s+(?:joint\s+)?"
                                      r"(?:statement|press\s+release)))?,?\s+(?:they|it|the\s+two(?:\s+[a-z]+)?|both)\s+"
                                      r"(?:(?:will(?:\s+be)?|would(?:\s+be)?|are(?:\s+to)?|is(?:\s+to)?|plan\s+to|plans\s+to)\s+"
                                      # ("… said Wednesday it held a roundtable", "… said it had hosted …": one held)
                                      r"|(?=(?:had\s+|has\s+|have\s+)?(?:jointly\s+|together\s+)?(?:co-?hosted|co-?organi[sz]ed|"
                                      r"hosted|held|organi[sz]ed|staged|convened)\b)(?:had\s+|has\s+|have\s+)?)"
                                      r"(?:jointly\s+|together\s+)?"
                                      r"(?P<verb>co-?host(?:ing|ed)?|co-?organi[sz](?:e|ing|ed)|host(?:ing|ed)?|hold(?:ing)?|held|"
                                      r"organi[sz](?:e|ing|ed)|stag(?:e|ing|ed)|conven(?:e|ing|ed))\b"
                                      # (an event after the verb: not "Samsung said it will hold talks with unions")
                                      rf"(?=[^.;!?\n]{{0,120}}?\b(?i:{_GATHERING_KINDS}|seminar|workshop|week|day|competition|"
                                      r"contest|webinar|roundtable|ceremony|event|meetup|dialogue|concert|"
                                      # ("… announced that it held the 2026 AI Alliance General Meeting")
                                      r"meeting|assembly|gathering|hearing|briefing|conclave|showcase|awards|challenge)s?\b)",
                                      re.M),
                          "said", "says", "announc", "confirmed")
# parties that sign an agreement, as the subject of "signed" ("A and B signed a memorandum of understanding")
_SIGNED = re.compile(_OPENS + r"(?:The\s+)?(?P<list>[A-Z][^.;!?\n]{0,120}?[ \t]+and[ \t]+(?:the[ \t]+)?[A-Z][^.;!?\n]{0,120}?)"
                     r"\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?(?:signed|sign|signs|inked)\s+(?:a|an)\s+(?:[\w\-]+\s+){0,3}?"
                     r"(?:memorandum|MOU|MoU|agreement|pact|partnership|deal)\b", re.M)
# "The Ridge Institute's annual Lake AI Forum": the event's owner holds it
# (a line ends the owner's name: "By Ana Vale\n\nLake Corp's Robot Week" is owned by Lake Corp alone)
_OWNER_OF_NAME = re.compile(r"(?:the\s+|The\s+)?(?!(?:Last|This|Next|Yesterday|Today|Tomorrow|Tonight|(?:Mon|Tues|Wednes|Thurs|"
                            # ("the Ohio Manufacturers' Association's annual AI Summit": a plural's possessive inside)
                            r"Fri|Satur|Sun)day|Week|Month|Year)\b)(?P<org>[A-Z][\w&.\-]*(?:[ \t]+(?:of|for|and|&|"
                            r"[A-Z][\w&.\-]*(?:(?<=s)['’](?=[ \t]+[A-Z]))?|"
                            # ("the Manufacturing Extension Partnership (MEP) National Network's …": initials inside)
                            r"\([A-Z][A-Za-z&\-]{1,11}\)(?=[ \t]+[A-Z]))){0,7})['’]s?"
                            r"(?:\s+\([A-Z][A-Za-z&\-]{1,11}\))?\s+"  # ("the … Federation's (SMF) annual …": its initials)
                            r"(?:(?:annual|yearly|flagship|biennial|inaugural|first|second|third|fourth|fifth|"
                            rf"{_SEASON_WORDS}|\d+(?:st|nd|rd|th))\s+)*$")  # ("its fall Demo Day": a season's)
# a list runs to the end of its clause, or to the next cue of another role ("sponsored by A and supported by B")
# "Ford Motor Co. and the University of Michigan": a legal form's period before "and" or a comma ends no list
_ABBREVIATED = r"(?:(?<=\bCo)|(?<=\bInc)|(?<=\bCorp)|(?<=\bLtd)|(?<=\bBros))\.(?=,|\s+(?:and|&)\s)"
# the full stop of a person's abbreviated title before the name: "hosted by Rep. Han Min-soo and the Korea AI Safety
# Institute" (the person is then no holder; the body after "and" is)
_TITLE_DOT = r"(?:(?<=\bRep)|(?<=\bSen)|(?<=\bGov)|(?<=\bAmb)|(?<=\bDr)|(?<=\bProf)|(?<=\bHon))\.(?=\s+[A-Z])"
_DOTS = rf"(?:{_ABBREVIATED}|{_INITIAL_DOTS}|{_TITLE_DOT})"
# the verbs of a body that runs an event another holds ("organized by A and run by B")
_RUNS = ("run", "managed", "operated", "coordinated")
_VERBS_BESIDE_PRESENTING = ("hosted", "held", "organi", "convened")  # the verbs of holding an event, beside "presented by"
# (a line break ends the list: "Hosted by the Lake AI Alliance" on a line of its own, the next line another thing)
_LIST = rf"(?P<list>(?:[^.;\n]|{_DOTS})+?)(?=(?:,?\s+and)?\s+(?:sponsored|supported|funded|backed|hosted|co-?hosted|" \
        rf"organi[sz]ed|co-?organi[sz]ed|produced|presented|staged|convened|{'|'.join(_RUNS)})\s+" \
        r"(?:(?:this|last|next)\s+year\s+|jointly\s+|again\s+|annually\s+)?by\b|;|" \
        r",\s+with\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:support|funding|backing|sponsorship|help|assistance|grants?)\b|" \
        rf"(?!{_DOTS})\.|\n|$)"  # (", with additional funding from B": the next list, of its own cue)
# "…, which organized the event with the Ohio Manufacturers' Association": the partner in holding it
_ORGANIZED_WITH = re.compile(r"\b(?:organi[sz]ed|hosted|held|staged|organi[sz]es|hosts|holds)\s+(?:(?:the|a|an|its|this)\s+"
                             # ("organised the summit alongside Ridge University": the partner beside it, not another
                             # gathering: "alongside the Lake Robotics Expo")
                             r"(?:[\w'’&.\-]+\s+){0,8}?|it\s+)(?:(?:together\s+|jointly\s+)?with|alongside"
                             r"(?!\s+(?:the\s+|its\s+)?(?:[\w'’&.\-]+\s+){0,6}?(?i:expo|show|fair|summit|forum|conference|"
                             r"congress|week|festival|exhibition|convention|event)s?\b))\s+"
                             r"(?!(?:the\s+)?(?:support|help|"
                             r"backing|funding|sponsorship|aim|goal|theme|participation|attendance)\b)" + _LIST)
# the participles whose agent after "by" holds the event: "organized by", "co-hosted by", "run by"
_AGENT_VERBS = r"(?:co-?)?organi[sz]ed|(?:co-?)?hosted|run|staged|convened"
_COLLAB = re.compile(r"\b(?:in (?:collaboration|partnership|cooperation|association|conjunction) with|together with|"
                     r"teamed up with|partnered with|jointly with|"
                     # ("The Lake Robotics Association, along with Ridge University, hosted …": set off before the verb)
                     r"(?<=,\s)along\s+with(?=\s[^,.;]{1,80},\s+(?:co-?)?(?:hosted|organi[sz]ed|held|staged|convened)\b)|"
                     # "…, jointly organised with the Robot Guild": the participle with its partner
                     r"(?:jointly\s+|co-?)?(?:organi[sz]ed|hosted|held|staged|convened)\s+(?:jointly\s+|together\s+)?with"
                     r"(?!\s+(?:the\s+)?(?:support|help|backing|funding|sponsorship|aim|goal|theme|participation|"
                     r"attendance)\b)|"
                     # "organized by the Korea Fabless Industry Association with the Ministry of …": the holder's partner
                     rf"(?<=\s)(?:{_AGENT_VERBS})\s+by\s+(?:the\s+)?[A-Z][\w'’&.\-]*"
                     # ("co-hosted by the Ridge Institute alongside Orbis Labs": beside it; "along with" too)
                     # ("organised by the Karnataka government along with …": a place's government in lower case)
                     rf"(?:[ \t]+(?:of|for|and|&|the|{'|'.join(sorted(_LOCAL_HEADS))}|[A-Z][\w'’&.\-]*)){{0,9}}?"
                     r"\s+(?:(?:together\s+|jointly\s+|along\s+)?with|alongside)"
                     r"(?!\s+(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+)?(?:support|help|backing|funding|sponsorship|aim|goal|theme|"
                     r"participation|attendance|assistance|cooperation|collaboration)\b))\s+" + _LIST)
# ("The event partners were A and B": the article before the tier; "Premium partners are …")
_SPONSOR_LIST = re.compile(r"\b(?:(?:(?:[Tt]he\s+|[Oo]ur\s+|[Ii]ts\s+)?(?:Platinum|Gold|Silver|Bronze|Diamond|Title|Main|Premier|"
                           r"Premium|Official|Key|Major|Lead|Headline|Event|Strategic|Founding|Presenting|"
                           # (the kind of the sponsors: "Industry sponsors included A, B and C")
                           r"Industry|Corporate|Industrial|Technology|Community|"
                           # (a partner's tier as after "as": "Media partners include A and B", "Knowledge partners are …")
                           r"Media|Knowledge|Associate|Academic|Research|Innovation|Ecosystem|Institutional|Principal|"
                           r"(?<=[Tt]he\s)(?:event|main|official|premium|key|strategic|title|lead|gold|silver)|"
                           r"(?<=[Oo]ur\s)(?:event|main|official|premium|key|strategic)|"
                           # ("Platinum sponsors were A and B; gold sponsors included C": the next tier after a semicolon)
                           rf"(?<=;\s)(?:{_SPONSOR_TIERS}|founding))"
                           r"\s+(?i:sponsors|partners)|Sponsors|Partners|"
                           r"Supporting\s+(?:organi[sz]ations|partners|institutions|bodies|companies))(?:\s+of\s+(?:the\s+|this\s+year['’]s\s+)?"
                           r"(?:event|[A-Z0-9][^.;]{0,80}?))?\s+"
                           r"(?:were|are|included|include)|"
                           # "made possible by sponsors A, B and C", "sponsors such as A and B"
                           # ("A big thank you to our sponsors, A and B": the list after a comma)
                           # ("Thanks go to our sponsors A and B")
                           r"(?:by|from|[Tt]hanks\s+to|[Tt]hank\s+you\s+to|(?<=[Tt]hanks\sgo\s)to|(?<=[Tt]hanks\sgoes\s)to)\s+"
                           r"(?:its\s+|the\s+|our\s+)?(?:event\s+)?sponsors"
                           r"(?:\s+such\s+as|,)?|"
                           # "opened the day by thanking sponsors A, B and C", "acknowledged the event's sponsors, A and B"
                           r"(?:thank(?:ed|ing|s)?|acknowledg(?:ed|ing|es)|recogni[sz](?:ed|ing|es))\s+(?:its\s+|the\s+|our\s+|"
                           r"the\s+(?:event|forum|summit|conference|symposium)['’]s\s+)?(?:event\s+)?sponsors,?|"
                           # "with the support of", "made possible through funding from", "thanks to a grant from"
                           # ("made possible by support from A and B")
                           r"(?:with|through|thanks\s+to|via|(?<=possible\s)by|(?<=supported\s)by|(?<=funded\s)by)\s+"
                           # ("with additional funding from A", "with further support from A")
                           r"(?:the\s+|a\s+)?(?:(?:generous|additional|further|extra|major|continued)\s+)?(?:financial\s+)?"
                           r"(?:support|sponsorship|backing|funding|grant|grants)\s+(?:of|from)|"
                           # ("It had backing from A and B", "The forum received funding from A": what it had or got)
                           r"(?:had|has|received|receives|enjoyed|enjoys)\s+(?:the\s+)?(?:financial\s+)?"
                           r"(?:backing|sponsorship|funding)\s+(?:of|from)|"
                           # ("Title sponsor was A", "The main sponsor is A": one sponsor, then the copula)
                           rf"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))(?:(?:[Tt]he|[Ii]ts|[Oo]ur)\s+)?(?i:{_SPONSOR_KINDS}|event)\s+"
                           r"sponsor\s+(?:was|is|will\s+be)|"
                           r"[Pp]owered\s+by|[Bb]rought\s+to\s+you\s+by|"
                           # ("Funding for the summit came from A and B", "Financial support was provided by A")
                           rf"(?:[Ff]unding|[Ss]ponsorship|[Bb]acking|(?:[Ff]inancial\s+)?[Ss]upport)(?:\s+for\s+(?:the|this)\s+"
                           rf"(?:[\w-]+\s+){{0,3}}?(?:{_GATHERING_KIND}|event))?\s+(?:came|comes)\s+from|"
                           r"(?:[Ff]inancial\s+|[Aa]dditional\s+)?(?:[Ss]upport|[Ff]unding|[Ss]ponsorship)\s+(?:was|were|is|will\s+be)\s+"
                           r"(?:provided|given|offered)\s+by|"
                           # "The summit was made possible by A and B": a gathering's enablers are its sponsors
                           r"(?<=[Ww]as\s)made\s+possible\s+(?:in\s+part\s+)?by(?!\s+(?:the\s+)?(?:support|sponsorship|backing|"
                           r"funding|grants?|sponsors)\b)|"
                           r"under\s+the\s+(?:auspices|patronage|sponsorship|aegis)\s+of|"
                           # ("Sponsored by A and B, the forum drew …": fronted before the gathering)
                           r"(?:[Ss]ponsored|[Ss]upported|[Ff]unded|[Bb]acked|[Uu]nderwritten)\s+"
                           r"(?:jointly\s+|this\s+year\s+|again\s+|in\s+part\s+)?by"
                           # ("supported by grants from A": the giver after the kind of support, above)
                           r"(?!\s+(?:a\s+|the\s+)?(?:generous\s+)?(?:financial\s+)?(?:grants?|funding|support|sponsorship)\b))"
                           r"\s+" + _LIST)
# "Gold sponsors Ridge Labs and Nimbus Works hosted booths": sponsors of a tier, then their names
_TIER_SPONSORS = _needing(re.compile(rf"\b(?i:{_SPONSOR_TIERS}|founding)\s+sponsors,?\s+(?:the\s+)?(?=[A-Z0-9])" + _LIST),
                          "sponsors")
# "The event's platinum sponsors included A, B and C", "Its sponsors were A and B", "This year's sponsors include …":
# sponsors owned by the event (or said of it with "the"), of any tier, then the verb that lists them
_OWNED_SPONSORS = _needing(re.compile(
    r"(?:^|(?<=[.!?:]\s)|(?<=\n))[ \t]*(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his\s+year['’]s|(?:[Tt]he|[Tt]his)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{_GATHERING_KIND}|event|program|programme)['’]s)\s+(?:(?i:{_SPONSOR_KINDS})\s+(?:and\s+)?){{0,3}}"
    r"(?i:sponsors|partners)\s+(?:(?:this\s+year|also)\s+)?(?:were|are|included|include|includes|comprised|comprise)\s+"
    + _LIST, re.M), "sponsors", "partners")
# "Sponsors for this year's summit include A and B", "Partners of the forum were A and B": the gathering after the noun
_SPONSORS_OF = _needing(re.compile(
    rf"(?:^|(?<=[.!?:]\s)|(?<=\n))[ \t]*(?:(?i:{_SPONSOR_KINDS})\s+)?(?i:sponsors|partners)\s+(?:for|of)\s+"
    rf"(?:this\s+year['’]s|the|this|its)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_GATHERING_KIND}|event|program|programme)s?\s+"
    r"(?:were|are|included|include|includes)\s+" + _LIST, re.M), "sponsors", "partners")
# "Acme and Nimbus were the main sponsors", "with Acme as a sponsor": the part a noun names
# "Organizers of the Lake AI Forum include the Ridge Institute and the Lake Guild"
# "The event was a collaboration between A and B": the holders of a joint event
_JOINT_BETWEEN = re.compile(r"(?:\b(?:was|is|will\s+be|as)|,)\s+(?:a\s+)?(?:joint\s+)?(?:collaboration|partnership|joint\s+effort|"
                            r"joint\s+initiative|joint\s+project|co-?production)\s+(?:between|of|by)\s+" + _LIST)
# "Fanuc and Preferred Networks showcased robots at a joint seminar": the subjects of a clause that puts them at a
# gathering of theirs together hold it
_JOINT_OF_SUBJECTS = _needing(re.compile(
    rf"(?:^|[.!?]\s+|--\s*|—\s*|\s[-–]\s+)(?:The\s+)?(?P<list>[A-Z]{_NO_DASH}{{0,120}}?(?:,|[ \t]+and)[ \t]+"
    rf"(?:the[ \t]+)?[A-Z]{_NO_DASH}{{0,120}}?)\s+(?!(?:said|says|told)\b)[a-z]+(?:ed|s)\b[^.;!?\n]{{0,100}}?"
    rf"\b(?:at|in|during|through|with)\s+(?:a|an|their)\s+joint\s+(?:[\w-]+\s+){{0,2}}?{_GATHERING_KIND}", re.M),
    "joint")

# "The Ridge Institute partnered with Orbis Labs to present the Lake AI Summit": the subject that took a partner to
# hold the gathering holds it (the partner, after "with", is _COLLAB's)
_PARTNERED_TO_HOLD = _needing(re.compile(
    # ("In March, Ridge Labs partnered with …": after a fronted phrase's comma too)
    rf"(?:^|[.!?]\s+|,\s+|--\s*|—\s*|\s[-–]\s+)(?:The\s+|the\s+)?(?!(?:In|On|At|After|This|Last|It|They)\b)"
    rf"(?P<list>[A-Z]{_NO_DASH}{{0,120}}?)"
    r"\s+(?:has\s+|have\s+)?(?:teamed\s+up|partnered|joined\s+forces|joined\s+hands|collaborated)\s+with\s+[^.;!?\n]{1,120}?"
    rf"\s+to\s+(?:co-?)?(?:host|organi[sz]e|hold|stage|present|put\s+on|run)\s+(?:the|a|an|its|their)\s+"
    rf"(?=[^.;!?\n]{{0,60}}?(?:{_GATHERING_KIND}|\b[A-Z]))", re.M),
    "teamed", "partnered", "joined", "collaborated")

# "The Ridge Institute joined Orbis Labs in hosting the Lake AI Summit": the one joined holds the gathering, and the
# subject that joined it holds it beside (_JOINED_IN_HOLDING_SUBJECT)
_IN_HOLDING = (r"\s+in\s+(?:jointly\s+)?(?:co-?)?(?:hosting|organi[sz]ing|holding|staging|presenting|convening|running|"
               r"putting\s+on)\s+(?:the|a|an|this|its|their)\s+"
               rf"(?=[^.;!?\n]{{0,60}}?(?:{_GATHERING_KIND}|\b[A-Z]))")
_JOINED_IN_HOLDING = _needing(re.compile(
    rf"\b(?:has\s+|have\s+|had\s+)?joined\s+(?P<list>(?:the\s+)?[A-Z]{_NO_DASH}{{0,120}}?)" + _IN_HOLDING), "joined")
_JOINED_IN_HOLDING_SUBJECT = _needing(re.compile(
    rf"(?:^|[.!?]\s+|,\s+|--\s*|—\s*|\s[-–]\s+)(?:The\s+|the\s+)?(?!(?:In|On|At|After|This|Last|It|They)\b)"
    rf"(?P<list>[A-Z]{_NO_DASH}{{0,120}}?)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?joined\s+"
    rf"(?:the\s+)?[A-Z]{_NO_DASH}{{0,120}}?" + _IN_HOLDING, re.M), "joined")


def _list_of(nouns: str) -> re.Pattern[str]:
    """``Organizers of the Lake AI Forum include A and B``: a plural part noun, then the list it has."""
    return re.compile(rf"\b(?:{nouns})(?:\s+of\s+(?:the\s+)?[A-Z][^.;]{{0,80}}?)?\s+(?:include|included|are|were)\s+"
                      + _LIST)


_ORGANIZERS_LIST = _list_of(r"Organi[sz]ers|Hosts")
# "… with funding from A and in-kind support from B": support named after another (read on its own)
_IN_KIND = re.compile(r"\b(?:in-kind|financial|technical)\s+support\s+(?:of|from)\s+" + _LIST)
# "Co-hosts included A and B", "Co-organizers were A and B"
# ("Organizing partners included A and B": the partners in organizing it)
_CO_ORGANIZERS_LIST = _list_of(r"Co-?hosts|Co-?organi[sz]ers|(?:Co-?)?[Oo]rgani[sz]ing\s+partners|[Hh]osting\s+partners")
_PART_NOUN = r"(?P<noun>sponsors?|co-?hosts?|co-?organi[sz]ers?|partners?|hosts?|organi[sz]ers?)\b"
# the tiers of a sponsor or a partner, as events name them ("title sponsor", "knowledge partner", "associate partner")
_PART_TIERS = (r"(?:main|official|lead|title|headline|premier|presenting|principal|key|gold|platinum|diamond|silver|bronze|"
               r"strategic|media|knowledge|industry|corporate|associate|technology|innovation|academic|research|ecosystem|"
               r"supporting|co-?powered|powered|founding|exclusive|national|global|regional|state|institutional|content|"
               r"digital|startup|community|venue|travel|banking)")
# ("…, while Nimbus Labs acted as co-host": a second clause after its conjunction too)
_WERE_THE = re.compile(r"(?:" + _OPENS + r"|[,;]\s+(?:while|and|whereas)\s+)"
                       # (a list ends at a clause joined by "while": "Gold sponsors included A, while B was the …")
                       r"(?P<list>[A-Z](?:(?!,\s+(?:while|whereas)\s)[^.;!?]){0,160}?)"
                       r"\s+(?:were|are|was|is|will\s+be|(?:served|serves|acted|acts)\s+as|"
                       # ("Nimbus Labs returned as the forum's lead sponsor", "… remained the event's host")
                       r"(?:returned|returns|returning|came\s+back|comes\s+back|stepped\s+in|signed\s+on)\s+as|remained|remains)\s+"
                       # ("A and B were among the sponsors", "A was one of the forum's sponsors": one of several)
                       r"(?:(?:among|one\s+of)\s+)?"
                       # ("were the event's co-hosts": the gathering owns the part)
                       rf"(?:the\s+(?:(?:{_GATHERING_KINDS}|event|seminar|workshop)['’]s\s+)?|its\s+|their\s+|an?\s+)?"
                       # ("Deloitte serves as knowledge partner": a partner's tiers, as after "as")
                       rf"(?:{_PART_TIERS}\s+){{0,2}}" + _PART_NOUN
                       + r"(?!\s+of\s+(?!the\s+(?:(?:\d{4}\s+)?[A-Z][\w'’\-]*\s+){0,5}" + _GATHERING_KIND + r"))", re.M)
# ("… and Intel as associate partner": the tiers of a partner, as Indian and Gulf events name them)
_AS_A_PART = r"\s+as\s+(?:the\s+|its\s+|an?\s+)?" + rf"(?:{_PART_TIERS}\s+){{0,2}}" + _PART_NOUN
_WITH_AS = re.compile(r"\bwith\s+(?P<list>(?:the\s+)?[A-Z](?:(?!\bwith\s)[^.;!?]){0,120}?)" + _AS_A_PART)
# "Nexa Cloud provided computing resources as the main sponsor", "…, while Acme joined as a partner": a
# clause's subject in the part its verb phrase takes on
_SUBJECT_AS = re.compile(r"(?:^|[.!?]\s+|[,;]\s+(?:while|and|whereas)\s+)(?:The\s+|the\s+)?"
                         r"(?P<list>[A-Z][^.;!?,\n]{0,80}?(?:(?:,\s+|\s+and\s+(?:the\s+)?)[A-Z][^.;!?,\n]{0,80}?)*)"
                         r"\s+(?:also\s+)?(?:joined|participated|took\s+part|came\s+on\s+board|signed\s+on|(?:provided|offered|"
                         r"contributed|supplied|donated|gave|supported)(?:\s+[\w\-]+){1,4}?|will\s+(?:join|participate|take\s+part|"
                         r"(?:provide|offer|contribute|supply|donate|give|support)(?:\s+[\w\-]+){1,4}?))"
                         + _AS_A_PART, re.M)
# "… with A as organizer, B as co-host and C as main sponsor": the next pairs of the same "with"
_AND_AS = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?P<list>(?:the\s+)?[A-Z][^.;!?,]{0,80}?)" + _AS_A_PART)
_NOUN_ROLE = {"sponsor": OrgRole.SPONSOR, "partner": OrgRole.SPONSOR, "cohost": OrgRole.CO_ORGANIZER,
              "coorganizer": OrgRole.CO_ORGANIZER, "coorganiser": OrgRole.CO_ORGANIZER,
              "host": OrgRole.ORGANIZER, "organizer": OrgRole.ORGANIZER, "organiser": OrgRole.ORGANIZER}
_CO_HOSTED_LIST = re.compile(r"\b(?i:co-?(?:hosted|organi[sz]ed))\s+by\s+" + _LIST)
# "The show, co-owned by A, B and C, ran Oct. 21-23": the owners of a show hold it (and jointly, "owned and produced")
_CO_OWNED = _needing(re.compile(r"\b(?:[Cc]o-?owned|[Jj]ointly\s+owned|[Oo]wned\s+and\s+(?:produced|operated|organi[sz]ed|run))"
                                r"\s+by\s+" + _LIST), "owned")
# "Among the sponsors were A and B", "Among its co-hosts is A": the part noun fronted with "among", then its list
_AMONG_THE = _needing(re.compile(
    r"\b[Aa]mong\s+(?:the\s+|its\s+|their\s+|this\s+year['’]s\s+|(?:the|this)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{_GATHERING_KIND}|event|program|programme)['’]s\s+)?(?:(?i:{_SPONSOR_TIERS}|main|key|major|lead|official)\s+)?"
    r"(?P<noun>sponsors|co-?hosts|co-?organi[sz]ers|organi[sz]ers|hosts)\s+(?:were|are|was|is)\s+" + _LIST), "among")
_PLACE_WORD = r"(?:(?:St|Mt|Ft)\.|[A-Z](?:[\w'’&\-]|\.(?!\s))*)"  # a capitalised word of a place's name
_HOSTED_LIST = re.compile(rf"\b(?<![Cc]o-)(?<![Cc]o)(?i:hosted|held|organi[sz]ed|convened|presented|{'|'.join(_RUNS)}|"
                          # ("curated by", "conceptualised and organised by": who made the programme)
                          r"put on|put together|curated|conceptuali[sz]ed|"
                          r"staged|produced)\s+(?:(?:jointly|annually|again|once\s+again|each\s+year|every\s+year|yearly|regularly|"
                          # ("hosted online Wednesday by …": how it was held, then the day)
                          r"biennially|traditionally|usually|online|virtually|remotely|in\s+person|in-person|"
                          # ("organized for the first time by …")
                          r"for\s+the\s+(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+(?:time|year)(?:\s+in\s+a\s+row)?)"
                          r"\s+|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                          r"Saturday|Sunday|today|yesterday)\s+|(?:last|this|next)\s+(?:week|month|year)\s+|"
                          # "held on June 3 by …", "held on Nov. 20, 2026, by …", "held on the 24th by …": the date
                          # ("hosted June 3 by …": the date with no "on")
                          rf"(?:on\s+)?(?:the\s+\d{{1,2}}(?:st|nd|rd|th)|(?:{MONTH_NAMES})[a-z]*\.?"
                          r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?),?\s+|"
                          # "Hosted at Hanbit Hall by …": the place between the verb and its agent
                          # (a full stop before a space ends the sentence: "held … in Tulsa. Supported by …")
                          # (but "the St. Regis": a short form's stop)
                          rf"(?:at|in)\s+(?:the\s+)?{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,5}},?\s+)"
                          r"{0,3}by\s+" + _LIST)
_VENUE_WORDS = ("Hotel", "Center", "Centre", "Centrum", "Zentrum", "Hall", "Convention", "Palace", "Tower", "Campus", "Auditorium", "Room",
                "Ballroom", "Atrium", "Lounge", "Studio", "Gallery", "Suite", "Station", "Airport", "Valley", "Street",
                "District", "Island",
                # the same words in the languages of Europe's venues ("Haus der Wirtschaft", "Palais des Congrès")
                "Haus", "Palais", "Palazzo", "Palacio", "Centro", "Kongresshaus", "Messe",
                "Stadium", "Arena", "Park", "Plaza", "Building", "House", "Club", "Museum", "Pavilion", "Theatre",
                "Theater", "Complex", "Venue", "Place", "Grounds", "Square", "Resort", "Lodge", "Forum", "Library",
                "University", "Institute", "College", "School",
                # hotel brands and halls that name a venue alone ("at the Marriott in Austin", "at the Grand Hyatt Seoul")
                *VENUE_BRANDS)
_CAMPUS_WORDS = frozenset({"University", "Institute", "College", "School"})
_BRANDS_UPPER = frozenset(b.upper() for b in VENUE_BRANDS)  # ("at Coex" as "at COEX")
# "… drawing 250 researchers to the Michigan League": where a crowd is drawn to is the venue
# people named by their group before "at": the body they belong to, not where the event is held
# a gathering's verb, then the people it gathered: "brought together about 500 executives ", "drew 300 engineers "
_GATHERED_PEOPLE = re.compile(r"\b(?:brought|brings|bringing)\s+together\s+|\b(?:gathered|gathers|drew|draws|attracted|"
                              r"attracts|welcomed|welcomes|convened|assembled)\s+(?:(?:about|some|more\s+than|over|nearly|"
                              r"around|roughly|almost)\s+)?(?:[\d,]+\s+)?(?:[\w-]+\s+){0,3}?[\w-]+\s+$")
_PEOPLE_AT = frozenset({"organizers", "organisers", "hosts", "colleagues", "team", "teams", "researchers", "staff",
                        "students", "engineers", "scientists", "faculty", "members", "partners", "counterparts",
                        # one who works there, named by a post's word alone: "Lisa Su's deputy at AMD", "an associate at …"
                        "deputy", "deputies", "associate", "associates", "assistant", "assistants", "executives",
                        "employee", "employees", "workers", "intern", "interns", "veteran", "veterans", "alumni",
                        "alumnus", "alumna", "colleague", "peers",
                        # a unit inside the body: "runs the AI lab at Acme Motors", "leads the robotics group at …"
                        "lab", "labs", "laboratory", "division", "department", "unit", "group", "practice", "desk"})
_AT = re.compile(r"\b(?:at|in|on(?=\s+the\s+(?:[a-z]+\s+){0,2}(?:campus|grounds|premises)\s+of\b)|packed|filled|"
                 # "held on the University of Texas at Austin campus": a campus by its name, then the word
                 r"on(?=\s+the\s+[A-Z][^\n.;,!?]{0,80}?\s(?:main\s+)?(?:campus|grounds)\b)|"
                 # "held on the 2nd floor of Hanbit Tower", "on the top floor of …": the building
                 r"on\s+the\s+(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|top|ground|main)\s+floor\s+of|"
                 # "600 delegates converged on the Melbourne Convention and Exhibition Centre", "flocked to …"
                 r"(?:converged|converge|converges|descended|descend|descends)\s+on|(?:flocked|flock|flocks)\s+to|"
                 r"(?:returned|returns|returning|return|moved|moves|came|comes)(?:\s+back)?\s+to|(?:drew|draws|drawing|"
                 r"attracted|attracts|"
                 # (not "drew 250 officials, according to the ministry": whose word it is)
                 # ("welcoming 300 participants to the Lake University campus": those it received, then where)
                 r"attracting|brought|brings|bringing|welcomed|welcomes|welcoming)"
                 r"\s+(?:(?!according\b|due\b|thanks\b|close\b)[\w,\-]+\s+){1,8}?to)"
                 r"\s+(?:the\s+|its\s+|their\s+)?"
                 # "at the university's Engineering Hall": an owner in lower case, then the place's name
                 r"(?:[a-z]+['’]s\s+(?=[A-Z]))?"
                 # "in the main auditorium of Hanbit University", "the ballroom of the Grand Hyatt Seoul"
                 r"(?P<room>(?:[a-z]+\s+){0,2}(?:ballroom|auditorium|hall|lobby|atrium|conference\s+room|room|campus|"
                 r"headquarters|offices|grounds|premises)\s+of\s+(?:the\s+)?)?"
                 # ("the Federation of Korean Industries (FKI) Tower": an acronym inside the building's name)
                 # ("the aT Center": a name its lower-case initial and a capital open, in camel case)
                 # ("returns to the Lake Convention Center April 29-30": a day after the place, with no "on", is no part)
                 # ("the Center for Industrial AI", "the Institute for Advanced Study": a centre's own "for")
                 r"(?P<venue>(?:[A-Z]|[a-z](?=[A-Z]))[\w'’&\-.]*(?:\s+(?:of\b(?:\s+the(?=\s+[A-Z]))?|&|and\b|"
                 r"(?:(?<=Center\s)|(?<=Centre\s)|(?<=Institute\s)|(?<=Museum\s))for\b(?=\s+[A-Z])|"
                 rf"(?!(?:{MONTH_NAMES})[a-z]*\.?\s+\d)[A-Z0-9][\w'’&\-.]*|"
                 r"(?:der|des|di|de|del|della|du|la)\b(?=\s+[A-Z])|"  # "Haus der Wirtschaft", "Palais des Congrès"
                 # ("the DoubleTree by Hilton", "the Courtyard by Marriott": a hotel chain's brand by its group)
                 r"by\b(?=\s+(?:Hilton|Marriott|Hyatt|Sheraton|Wyndham|IHG|Accor|Radisson|Best\s+Western)\b)|"
                 r"\([A-Z][A-Za-z0-9&\-]{1,10}\)(?=\s+[A-Z]))){0,8}"
                 # "the Bexco exhibition center", "the Ridge Institute's headquarters": a lower-case place noun after
                 # ("Lakeside College's main auditorium": the owner's place, a word or two describing it)
                 r"(?:(?:['’]s)?\s+(?:(?:[a-z]+\s+){0,2}?(?:convention|exhibition|conference|expo|event|trade|community|"
                 # ("the Messe Frankfurt exhibition grounds": the grounds a fair is held on)
                 r"innovation|research|engineering|student|science)\s+(?:center|centre|hall|complex|space|building|grounds)|"
                 r"(?:main\s+|new\s+|grand\s+|global\s+)?(?:headquarters|campus|auditorium|ballroom|library|atrium|"
                 r"fairgrounds|showgrounds|exhibition\s+grounds|"
                 # ("the KCCI building", "the Hanbit Tower building": a body's or a tower's building)
                 r"gymnasium|lecture\s+hall|concert\s+hall|building|tower|offices|office|"
                 # ("the Seoul Dragon City hotel", "the Lakeside resort": a lodging's or an arena's kind in lower case)
                 r"hotel|resort|arena|stadium|pavilion|museum)))?)")
_PLACE_NOUN_END = re.compile(r"\s(?:center|centre|hall|complex|space|building|grounds|fairgrounds|showgrounds|headquarters|"
                             r"campus|auditorium|ballroom|"
                             r"library|atrium|gymnasium|tower|office|offices|hotel|resort|arena|stadium|pavilion|museum)$"
                             # a campus's building named as a union: "the Purdue Memorial Union", "the Student Union"
                             r"|\b(?:Memorial|Student|Students['’]?)\s+Union$")
# "(Yonhap) --", "/PRNewswire/ --"; ("ANN ARBOR, Mich. (April 14, 2026) —": the day in parentheses of its own)
# ("TOKYO, Nov. 12 (Reuters) - Japan's …": a wire's spaced hyphen before the report's first word)
# ("BERLIN, March 12 (dpa) - …": an agency written in lower case)
_DATELINE = re.compile(r"\s*\)?\s*(?:\([A-Za-z][\w .&]*\)\s*|/[A-Za-z][\w .&-]*/\s*)?"
                       r"(?:--|—|–|-(?=[ \t]+[A-Z\"“]))")
# the words of a gathering an article may report (with "hearing" for the type words; "ceremony" where it is held)
_GATHERING_NOUNS = ("forum|conference|conclave|summit|expo|exhibition|fair|show|symposium|seminar|workshop|hackathon|"
                    "festival|congress|convention|event|meeting|webinar|roundtable|dialogue")
_TYPE_WORD = re.compile(rf"\b(?:{_GATHERING_NOUNS}|hearing)s?\b", re.I)
# the type words of a yearless name that name a hall as well as a show (the Singapore Expo, Messe Frankfurt) ...
_HALL_TYPES = frozenset({"expo", "messe", "exhibition", "fair", "fairgrounds"})
# ... and what such a place is written after: "held at the", "taking place at", "located at"
_HELD_AT_BEFORE = re.compile(r"\b(?i:held|staged|taking\s+place|takes\s+place|took\s+place|take\s+place|located|housed)"
                             r"\s+(?:at|in)\s+(?:the\s+)?$")
# a type word that is a place noun's modifier: "Exhibition Hall", "convention center", "Conference Room"
_PLACE_NOUNS = r"(?i:center|centre|hall|halls|room|rooms|complex|grounds|venue|site|building|arena|ballroom)"
_PLACE_NAMED = re.compile(rf"\b\w+\s+{_PLACE_NOUNS}\b")
_TYPE_AFTER = re.compile(r"\s+(?:trade\s+|industry\s+)?(?:show|exhibition|event|fair|expo|conference|forum|summit)s?\b")
_ORG_VERB_AFTER = re.compile(r",?\s+(?:(?:will|has|have|had)\s+)?(?:hosted|hosts|host|organi[sz]ed|organi[sz]es|held|holds|"
                             r"convened|launched|co-?hosted)\b(?!\s+by\b)")  # "…, organized by X": passive, a place
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _gathering_after(sentence: str, at: int) -> bool:
    """A word for a gathering in lower case right after the capitalised words at ``at`` (``at the Lake Committee
    hearing``): they name its holder, no place."""
    m = re.match(r"\s+([a-z][a-z\-]+)", sentence[at:at + 40])
    return m is not None and m.group(1) in gathering_words() and m.group(1) not in PARTS_OF_A_GATHERING


@dataclass
class EnEventDraft:
    name: str | None = None
    name_span: Span | None = None
    edition: int | None = None
    start: str | None = None
    end: str | None = None
    venue: str | None = None
    city: str | None = None
    attendance: int | None = None
    theme: str | None = None
    orgs: list[tuple[str, int, OrgRole]] = field(default_factory=list)  # (name, offset, role)
    # organizations the text implies but never writes, each with the offset it stands for ("Office of Rep. Kim
    # Min-seok" for "hosted by Rep. Kim Min-seok")
    implied_orgs: list[tuple[str, int, OrgRole]] = field(default_factory=list)


# "under the theme "Factories That Learn"", "themed 'Robots at Work'", "The theme of this year's forum was "…"":
# the theme as written, inside its quotes
_THEME = re.compile(r"\b(?:(?:under|with|around)\s+the\s+(?:theme|motto|slogan)(?:\s+of)?|themed|"
                    r"[Tt]he\s+(?:(?:this\s+year['’]s|forum['’]s|event['’]s|conference['’]s|summit['’]s)\s+)?theme"
                    r"(?:\s+of\s+(?:the|this\s+year['’]s)\s+[\w\s'’]{1,40}?)?\s+(?:was|is|will\s+be))"
                    r"\s*:?\s*[\"“‘'](?P<theme>[^\"”’'\n]{3,120}?)[,.]?[\"”’']")


@lru_cache(maxsize=1)
def _types() -> tuple[str, ...]:
    return tuple(sorted({t.lower() for t in word_list(data_dir() / "en" / "event_types.txt")}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _brand_pattern() -> re.Pattern[str] | None:
    """The trade fairs and conferences known by a name with no word for a gathering (``data/en/event_brands.txt``),
    written as listed, with the year after them when one is written: ``Hannover Messe``, ``CES 2026``."""
    brands = sorted(lists().event_brands, key=len, reverse=True)
    if not brands:
        return None
    return re.compile(r"(?<![\w\-/:.&])(?P<brand>" + "|".join(re.escape(b) for b in brands) + r")"
                      r"(?:[ \t]+(?:19|20)\d\d(?![\d\-]))?(?![\w\-/&]|:[A-Za-z])")


# the year or a verb of its own after a name that is also a verb: "Automate 2026 …", "Automate drew …", "Automate
# opens …", "Automate is …" (not the imperative, "Automate your line")
_YEAR_OR_PAST = re.compile(r"[ \t]+(?:(?:19|20)\d\d\b|[a-z]+(?:ed|s)\b|(?:drew|began|ran|saw|brought|took|was|were|"
                           r"will|has|had|kicks|kicked)\b)")


@lru_cache(maxsize=1)
def _kind_after() -> re.Pattern[str]:
    """A word for a gathering in lower case right after a name (``show``, ``trade show``, ``conference``)."""
    return re.compile(r"[ \t]+(?:trade[ \t]+)?(?:" + "|".join(re.escape(t) for t in _types()) + r")\b")


_YEAR_AFTER = re.compile(r"[ \t]+(?:19|20)\d\d\b")


_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
# a possessive before a person's name, first and last in capitals ("Automation World's David Greenfield", "Embedded
# World's Ana Vale"); not before a word in lower case ("Automate 2026's keynote") or one of a gathering's parts
_OWNS_A_PERSON = re.compile(r"['’]s[ \t]+(?!(?:Day|Keynote|Opening|Closing|Main|Panel|Session|Stage|Theme|Agenda|Program|"
                            r"Programme|Exhibition|Exhibitors?|Hall|Awards?)\b)[A-Z][a-z]+(?:-[a-z]+)?[ \t]+(?:[A-Z]\.[ \t]+)?"
                            r"[A-Z][a-z]+")


def _brands(text: str) -> list[tuple[str, Span]]:
    """The known names of gatherings in ``text`` (less the year); a name that is also a verb (``Automate``)
    opening a sentence counts only with its year or a verb of its own after it (not "Automate your line")."""
    pattern = _brand_pattern()
    out: list[tuple[str, Span]] = []
    always_dated: dict[str, bool] = {}  # per brand, once: the text writes a year after every mention of it
    agent: dict[str, bool] = {}  # per brand, once: the text names it as the agent of a holding verb ("by X")
    for m in pattern.finditer(text) if pattern is not None else ():
        brand, end = m.group("brand"), m.end()
        # ("Automate Asia", "LogiMAT China 2026": a region or a place after the brand names its edition there)
        region = _PLACE_TAIL.match(text, m.end("brand"))
        if region and (region.group(1).lower() in lists().places or region.group(1) in _REGIONS) \
                and not re.match(r"\s*(?:Convention|Exhibition|Center|Centre|Hall|Hotel)\b", text[region.end():region.end() + 12]):
            brand, end = text[m.start():region.end(1)], region.end()
        if brand.split()[0].lower() in lists().verbs and _sentence_start(text, m.start()) == m.start() \
                and not _YEAR_OR_PAST.match(text, m.start() + len(brand)):
            continue
        if (kind := _kind_after().match(text, end)) and kind.group().split()[0] != "trade":
            continue  # "the SEMICON West show", "Nvidia's GTC conference": the rules for a kind after a name read it
            # (not "the Hannover Messe trade fair": no name of capitalised words reaches past "trade")
        if brand not in agent:  # (once per brand: every mention of it read once)
            agent[brand] = any(_BY_BEFORE.search(text, max(0, n.start() - 30), n.start())
                               for n in re.finditer(re.escape(brand) + r"\b", text))
        if agent[brand]:
            continue  # "a webinar hosted by Automation World": a brand that is also a publisher's name, the agent
        if _OWNS_A_PERSON.match(text, end):
            continue  # "Automation World's David Greenfield moderated": a body whose staff is named, no gathering
        name = brand
        # ("Day 1 at Automate 2026": the year written right after the brand is its name's, as the rules for names
        # with a year give it, unless the text also writes the brand alone: "Automatica, the leading trade fair")
        year = _YEAR_AFTER.match(text, m.start() + len(brand))
        if year and name not in always_dated:
            always_dated[name] = all(_YEAR_AFTER.match(text, n.end()) for n in re.finditer(re.escape(name) + r"\b", text))
        if year and always_dated[name]:
            name += year.group()
        out.append((name, Span(m.start(), m.start() + len(name))))
    return out


@lru_cache(maxsize=1)
def _name_pattern() -> re.Pattern[str]:
    kinds = "|".join(re.escape(t) for t in _types())
    # "the fourth annual industryXchange", "SEMICON West 2024", "Icheon Forum", "ACMEE 2023"
    # ("the Huntington Place convention center", "COEX Convention & Exhibition Center": a type word before a
    # place's noun names the place)
    # ("the Ridge Robotics Speaker Series", "the Lake AI Lecture Series": talks given one after another)
    # ("the Industrial Transformation Asia-Pacific (ITAP) summit": the name's initials in parentheses before its kind)
    named = (rf"{_WORD_START}(?:(?:19|20)\d\d[ \t]+)?(?:{_CAP_WORD}[ \t]+){{0,7}}?"
             rf"(?:(?<=[A-Za-z][ \t])\([A-Z][A-Za-z0-9&]{{1,9}}\)[ \t]+)?"
             rf"(?:(?:(?<=[A-Za-z][ \t])trade[ \t]+)?(?i:{kinds})\b(?:[ \t]+(?:&[ \t]+)?(?i:{kinds})\b)*"
             rf"(?:[ \t]+Series\b)?|(?i:speakers?)[ \t]+Series\b)"
             rf"(?![ \t]+{_PLACE_NOUNS}\b)"
             # ("the Sands Expo Convention Center": the kind inside a place's name before its noun)
             rf"(?![ \t]+(?i:convention|exhibition|conference|congress)[ \t]+{_PLACE_NOUNS}\b)"
             # (on the name's line: "… Symposium\n\n(From left) …" is a caption's, no part of the name)
             rf"(?:[ \t]+(?:19|20)\d\d)?(?:[ \t]*\([A-Z][\w \t]*\))?(?:[ \t]+(?:19|20)\d\d\b)?"
             # ("ORBIS LIVE 2026": a brand in capitals, its second word in capitals too)
             rf"|\b[A-Z]{{3,}}[A-Za-z]*(?:\s+[A-Z][a-z]+|\s+[A-Z]{{2,}})?\s+(?:19|20)\d\d\b")
    return re.compile(named)


# "The 2027 Smart Manufacturing Experience will take place …": a sentence's subject of a year and capitalised words,
# then a verb that holds it (the year first says an edition, whatever the last word)
_YEAR_FIRST_HELD = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*The[ \t]+(?P<name>(?:19|20)\d\d[ \t]+[A-Z][\w'’\-]*"
    r"(?:[ \t]+(?:of|for|on|and|&|[A-Z][\w'’\-]*)){1,6})[ \t]+"
    r"(?:will[ \t]+(?:take[ \t]+place|be[ \t]+held|open|run|kick[ \t]+off|return)|took[ \t]+place|takes[ \t]+place|"
    r"was[ \t]+held|is[ \t]+held|opened|opens|kicked[ \t]+off|kicks[ \t]+off|ran|runs|wrapped[ \t]+up|closed)\b", re.M)


# (the words of a venue's name that name other things too: "returned to Lake University", "to the Lake Forum")
_NOT_ONLY_VENUES = frozenset({"University", "Institute", "College", "School", "Forum", "Library", "Club", "House", "Street",
                              "District", "Island", "Valley", "Station", "Airport", "Room", "Suite", "Tower", "Building"})
# "The Smart Manufacturing Experience returned to the Boston Convention and Exhibition Center": a sentence's subject
# of "The" and capitalised words, a verb that holds it at a place, and the place's own name with a venue word (no type
# word is needed then; a body's words, a company's or a place's alone are no name: see _names; an owner's possessive
# before the name is read by _OWNER_OF_NAME: "The Ridge Institute's Lake AI Summit returned to …")
_THE_NAME_HELD_AT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*The[ \t]+(?P<name>[A-Z][\w\-]*(?:[ \t]+(?:of|for|on|and|&|[A-Z][\w\-]*)){1,5})"
    r"[ \t]+(?:returned|returns|will[ \t]+return|came[ \t]+back|comes[ \t]+back)[ \t]+to[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z][\w'’&.\-]*[ \t]+(?:(?:and|of|&)[ \t]+)?){0,5}"
    rf"(?:{'|'.join(w for w in _VENUE_WORDS if w not in _NOT_ONLY_VENUES)})\b", re.M)


# "the Robotworld 2019 trade show", "Robotworld 2019, a four-day event organized by …": a capitalised
# name with its year, then a lower-case type word or an appositive that says it is an event
_YEAR_NAMED = re.compile(
    # ("Industrial Transformation Asia-Pacific (ITAP) 2025 conference": the initials before the year)
    # ("Smart Factory + Automation World 2026 (AW 2026) opened": a plus between words, the initials after the year)
    r"\b(?P<name>[A-Z][\w'’\-]*(?:[ \t]+(?:of|for|on|and|&|\+|[A-Z][\w'’\-]*)){0,6}(?:[ \t]+\([A-Z][\w&\-]{1,11}\))?"
    r"[ \t]+(?:19|20)\d\d)"
    r"(?=(?:[ \t]+\([A-Z][\w&\- ]{1,15}\))?(?:"
    r"\s+(?:trade\s+|industry\s+|international\s+)?(?:show|exhibition|event|fair|expo|conference|forum|summit)s?\b"
    r"|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:event|exhibition|show|fair|expo|conference|forum|summit|gathering)\b"
    # "Automate Asia 2026, taking place June 9-11", "… at CES 2026, which runs …"
    r"|,\s+(?:(?:which|that)\s+(?:will\s+)?)?(?:taking\s+place|takes\s+place|to\s+be\s+held|held|being\s+held|"
    r"running|runs|scheduled|slated|opening|opens|"
    # "at Automate 2026, which ran June 22-25 …": the past of the same
    r"ran|took\s+place|was\s+held|opened|closed|drew|attracted)\b"
    # "Hannover Messe 2025 opened its doors on Monday": a name with its year that opens or closes
    r"|\s+(?:opened|opens|kicked\s+off|kicks\s+off|got\s+under\s*way|gets\s+under\s*way|closed|closes|wrapped\s+up|"
    r"wraps\s+up|drew|draws|attracted|attracts"
    # ("Lake Connect 2025 will take place September 16-18": held, as a gathering is)
    r"|will\s+(?:take\s+place|be\s+held|run)|takes\s+place|took\s+place|was\s+held|is\s+held|is\s+being\s+held)\b))")


# "the opening day of Hannover Messe 2026", "this year's edition of Automatica 2026": a named year event
_DAY_OF_NAMED = re.compile(
    r"\b(?:(?:opening|closing|first|second|third|fourth|final|last)\s+day|edition|sidelines|opening)\s+of\s+(?:the\s+)?"
    # ("the opening of the Industrial Transformation Asia-Pacific (ITAP) 2025": the initials before the year)
    r"(?P<name>[A-Z][\w'’\-]*(?:[ \t]+(?:of|for|on|and|&|[A-Z][\w'’\-]*)){0,5}(?:[ \t]+\([A-Z][\w&\-]{1,11}\))?"
    r"[ \t]+(?:19|20)\d\d)\b")


# "the opening of the Industrial Transformation Asia-Pacific (ITAP)": a name with its initials, no year needed
_OPENING_OF_INITIALED = re.compile(
    r"\b(?:opening(?:\s+ceremony)?|(?:opening|closing|first|second|final|last)\s+day|inauguration|sidelines)\s+of\s+"
    r"(?:the\s+)?(?P<name>[A-Z][\w'’\-]*(?:[ \t]+(?:of|for|on|and|&|[A-Z][\w'’\-]*)){1,6}[ \t]+\([A-Z][A-Za-z&\-]{1,11}\))")
# "opening Automate Connect 2026 at …", "Speaking at Hannover Messe 2026": a named year event a verb opens,
# closes or takes people to
# "the fourth annual industryXchange on Dec. 7-8", "the inaugural RoboHack, held …": one word after "annual" that is
# a name by its shape (a capital inside, as brands write it), before the sentence goes on
# ("the third annual Smart Manufacturing Experience, organized by …", "the inaugural Ridge Robotics Challenge in
# Tulsa": title-case words after "annual" or "inaugural" name the event whatever its last word, unless that word
# is a document's, "its annual Sustainability Report.")
_ANNUAL_NAMED = re.compile(r"\b(?:annual|inaugural)\s+(?P<name>[a-z]+[A-Z][\w'’\-]*|[A-Z][a-z]+[A-Z][\w'’\-]*|[A-Z][\w'’\-]*"
                           r"(?:[ \t]+(?:of|for|on|and|&|[A-Z][\w'’\-]*)){1,5})(?=\s+(?:on|in|at|was|is|will|took|drew|brought|"
                           r"kicked|opened|from|this|last|next)\b|\s*[,.;(]|\s*$)", re.M)
# a name of up to six words, its initials in parentheses maybe, then its edition's year: "Automate 2026",
# "Industrial Transformation Asia-Pacific (ITAP) 2025"
_NAME_WITH_YEAR = (r"(?P<name>[A-Z][\w'’@\-]*(?:[ \t]+(?:of|for|on|and|&|[A-Z][\w'’@\-]*)){0,5}"
                   r"(?:[ \t]+\([A-Z][\w&\-]{1,11}\))?[ \t]+(?:19|20)\d\d)")
_VERB_NAMED = re.compile(
    r"(?<!\bthe )(?<!\bThe )(?<!\bits )(?<!\ban )\b(?i:opening|opened|opens|kicking\s+off|kicked\s+off|kicks\s+off|closing|closed|closes|attending|attended|"
    r"visiting|visited|exhibiting\s+at|exhibited\s+at|exhibits?\s+at|showcase\s+at|(?:showcasing|showcased|showcases|"
    r"demonstrate|demonstrating|demonstrated|demonstrates|launch|launching|launched|unveil|unveiling|unveiled|debut|"
    r"debuting|debuted|debuts)\s+"
    r"(?:[\w'’\-]+\s+){0,4}?at|(?:speak|speaking|spoke|present|presenting|presented|appearing|appeared)\s+at|"
    # ("Nimbus hosted AI@Work 2026 in Austin": a holder's verb before a name with its year)
    r"hosted|hosts|staged|stages|organi[sz]ed|organi[sz]es)"
    r"\s+(?:the\s+|this\s+year['’]s\s+)?"
    # ("opened the Industrial Transformation Asia-Pacific (ITAP) 2025": the initials before the year)
    + _NAME_WITH_YEAR + r"\b")
# "will deliver a keynote address at the Smart Manufacturing Experience 2026", "a booth at CES 2026": a talk or a
# stand at a name with its year
_TALK_AT_NAMED = re.compile(
    r"\b(?i:keynote(?:\s+(?:address|speech|talk|presentation))?|talk|presentation|lecture|speech|address|session|"
    r"panel|booth|stand|pavilion)\s+at\s+(?:the\s+|this\s+year['’]s\s+)?" + _NAME_WITH_YEAR + r"\b")
# "40,000 people descended on Huntington Place last week for Automate 2026": those who came somewhere for a name
# with its year
_CAME_FOR_NAMED = re.compile(
    r"\b(?:descended|flocked|came|headed|traveled|travelled|poured|streamed|converged|gathered|turned\s+out)\b"
    # (a month's abbreviation before its day is no sentence's end: "on Oct. 14-15 for …")
    r"(?:[^.;!?\n]|\.(?=[ \t]+\d)){0,80}?\bfor\s+(?:the\s+|this\s+year['’]s\s+)?"
    r"(?P<name>[A-Z][\w'’@\-]*(?:[ \t]+(?:of|for|on|and|&|[A-Z][\w'’@\-]*)){0,5}[ \t]+(?:19|20)\d\d)\b")
# "At Hannover Messe 2025, …", "During Computex 2026 in Taipei, …": a sentence opened with a named year event
# as its setting
_SETTING_NAMED = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=--\s)|(?<=—\s)|(?<=-\s))(?:At|During|Ahead\s+of|On\s+the\s+sidelines\s+of)\s+"
    r"(?:this\s+year['’]s\s+)?"
    r"(?P<name>[A-Z][\w'’@\-]*(?:[ \t]+(?:of|for|on|and|&|[A-Z][\w'’@\-]*)){0,5}[ \t]+(?:19|20)\d\d)"
    r"(?=\s*,|\s+in\s+[A-Z])")
# "At this year's Hannover Messe, …", "exhibited at this year's Automatica in Munich": "this year's" says the name
# is an edition's, whatever its words
_THIS_YEARS_NAMED = re.compile(r"\b[Tt]his\s+year['’]s\s+(?P<name>[A-Z][\w'’@\-]*(?:[ \t]+(?:of|for|on|and|&|[A-Z0-9][\w'’@\-]*)){0,4})"
                               r"(?=\s*[,.;]|\s+(?:in|on|at|was|is|will|drew|opened|opens|runs|ran|trade|show|fair|"
                               r"conference|event|expo|exhibition)\b)")
# "the 2026 edition of Ridgecon": the series' name, after its edition's year
# ("The third edition of AI in Industry Norway took place …": its ordinal, and "in" between the name's words)
_EDITION_OF_NAMED = re.compile(r"\b(?:[Tt]he|[Tt]his\s+year['’]s)\s+(?:(?:19|20)\d\d\s+|" + _ORDINAL_WORD_BARE
                               + r"\s+)?(?:annual\s+)?edition\s+of\s+(?:the\s+)?"
                               r"(?P<name>[A-Z][\w'’@\-]*(?:[ \t]+(?:of|for|on|and|&|in(?=[ \t]+[A-Z])|"
                               r"[A-Z0-9][\w'’@\-]*)){0,5})")


# "Thousands gathered for World of Manufacturing on Wednesday", "Robotics leaders met at RoboBusiness in …",
# "At Nvidia GTC in San Jose on Tuesday, …": a name where people gather, no type word needed
_GATHERED_NAMED = re.compile(
    r"(?:\b(?:gathered|gather|gathers|met|meet|meets|convened|converged|assembled)\s+(?:for|at)|(?:^|(?<=[.!?]\s))At)"
    r"\s+(?:the\s+)?(?P<name>[A-Z][\w'’\-]*(?:[ \t]+(?:of|for|on|and|&|[A-Z][\w'’\-]*)){0,5})"
    r"(?=\s+(?:in|on|at|this|last|next)\s|,|\.)", re.M)


# "at the GTC Paris event", "the company's Dreamforce event", "its annual Build developer event": a name that only
# "event" (and the audience it is for) says is a gathering
_AUDIENCE = rf"(?:{'|'.join(sorted(_EVENT_AUDIENCES))}|AI)"  # who a company's gathering is for, before its kind
_NAMED_EVENT = re.compile(
    r"\b(?:the|its|their|[A-Z][\w&.\-]*['’]s|company['’]s|firm['’]s)\s+(?:(?:annual|yearly|flagship|biennial)\s+)?"
    r"(?P<name>(?:[A-Z][\w\-&]*[ \t]+){0,3}[A-Z][\w\-&]*)[ \t]+"
    rf"(?:{_AUDIENCE}[ \t]+)?event\b")

# "Microsoft's annual Build developer conference", "its GTC conference", "the company's annual I/O developer
# conference": an owned gathering's proper words, then its kind in lower case, the name as written (an owner's, not
# "the": "the Lake AI conference" is read whole by the name pattern)
_OWNED_KIND_NAMED = re.compile(
    r"\b(?:its|their|[A-Z][\w&.\-]*['’]s?|company['’]s|firm['’]s|group['’]s)\s+"
    rf"(?:(?:annual|yearly|flagship|biennial|inaugural|{_ORDINAL_WORD_BARE})\s+)*"
    r"(?P<name>(?P<proper>(?:[A-Z][\w\-&/]*[ \t]+){0,2}[A-Z][\w\-&/]*)[ \t]+"
    rf"(?:{_AUDIENCE}[ \t]+)?(?:conference|summit|festival|expo|convention))\b")


# "Hannover Messe, the world's leading industrial trade fair": a name the appositive says is an event
# ("Smart Factory + Automation World 2026 (AW 2026), Korea's largest smart manufacturing exhibition": a "+" in the
# name, its short form in parentheses, a place's superlative)
_APPOSITIVE_NAMED = re.compile(
    # ("Asia Tech x Singapore, the city-state's flagship technology event": a lower-case "x" joins a brand's words)
    # ("Data on the Line, a one-day conference": "the" after a name's joiner)
    r"\b(?P<name>[A-Z][\w'’\-]*(?:[ \t]+(?:(?:of|for|on|in|and|&)(?:[ \t]+the(?=[ \t]+[A-Z]))?|\+|x(?=[ \t]+[A-Z])|"
    r"[A-Z0-9][\w'’\-]*)){0,6})"
    r"(?:[ \t]*\([^()\n]{1,20}\))?,"
    r"[ \t]+(?:a|an|the|[A-Z][\w\-]*['’]s)[ \t]+"
    rf"(?:(?:[\w'’-]+[ \t]+){{0,5}}?(?:trade[ \t]+)?(?:{_GATHERING_KINDS})"
    # ("Machine Learning for Machining, a half-day workshop held May 9": a smaller gathering, what was done at it next)
    r"|(?:[\w'’-]+[ \t]+){0,3}?(?:workshop|seminar|webinar|bootcamp|boot[ \t]+camp|meetup)"
    r"(?=[ \t]*[,.;]|[ \t]+(?:held|on|at|in|organi[sz]ed|co-organi[sz]ed|hosted|co-hosted|run|that|which|for)\b)"
    # (or an "event" said of what kind, no preposition between: "the city-state's flagship technology event", not
    # "the host of the event")
    r"|(?:(?!(?:of|for|at|in|on|to|by|with|from)\b)[\w'’-]+[ \t]+){1,4}event)\b")


# "Lake Robotics hosted its annual customer conference, Lake Connect 2026, in Austin": the name in apposition
# after a holder's own gathering ("its", "their") or an annual one
_TYPE_THEN_NAMED = re.compile(
    r"\b(?:(?:its|their)[ \t]+(?:[\w'’-]+[ \t]+){0,4}?|(?:the|an?)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?annual[ \t]+"
    rf"(?:[\w'’-]+[ \t]+){{0,3}}?"
    # "Japan's largest robotics trade show, iREX 2025, kicked off": a place's or the world's biggest, by its owner
    r"|(?:[A-Z][\w\-]*|the[ \t]+(?:world|country|nation|region|industry|continent))['’]s[ \t]+(?:[\w'’-]+[ \t]+){0,4}?)"
    rf"(?:{_GATHERING_KINDS}|meetup|workshop|seminar|event)[ \t]*,[ \t]+"
    r"(?P<name>(?:[A-Z]|[a-z]{1,3}[A-Z])[\w'’\-]*(?:[ \t]+(?:of|for|on|and|&|[A-Z0-9][\w'’\-]*)){0,6})"
    r"(?=[ \t]*(?:,|\(|\.|$|[ \t]+(?:in|at|on|from|which|that|was|is|will|drew|took|opened)\b))")


# "Naver hosted its annual developer conference Dan 26 on Wednesday": with no comma, a name with its year or
# number, or an acronym, right after the holder's own gathering
_TYPE_THEN_BARE_NAME = re.compile(
    r"\b(?:(?:its|their)[ \t]+(?:[\w'’-]+[ \t]+){0,4}?|(?:the|an?)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?annual[ \t]+"
    rf"(?:[\w'’-]+[ \t]+){{0,3}}?)(?:{_GATHERING_KINDS}|meetup|workshop|seminar|event)[ \t]+"
    r"(?P<name>(?:[A-Z]|[a-z]{1,3}[A-Z])[\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,3}[ \t]+(?:(?:19|20)\d\d|\d\d)"
    r"|[A-Z]{2,}[A-Za-z0-9]*(?:[ \t]+[A-Z][\w'’\-]*){0,2})"
    r"(?=[ \t]*(?:,|\(|\.|$|[ \t]+(?:in|at|on|from|which|that|was|is|will|drew|took|opened)\b))")


# "held its quarterly webinar, "AI on the Shop Floor: Beyond the Pilot," on Sept. 24": a quoted title after the kind
_TYPE_THEN_QUOTED = re.compile(
    r"\b(?:(?:its|their)[ \t]+(?:[\w'’-]+[ \t]+){0,4}?|(?:the|an?)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?annual[ \t]+"
    rf"(?:[\w'’-]+[ \t]+){{0,3}}?)(?:{_GATHERING_KINDS}|meetup|workshop|seminar|event|webinar|roundtable|"
    r"lecture|briefing|colloquium|masterclass)s?[ \t]*,?[ \t]+[\"“](?P<name>[A-Z0-9][^\"”\n]{2,80}?)[,.]?[\"”]")


# "will host a free webinar, "Physical AI on the Factory Floor," on Dec. 9": a title in title case after any
# gathering's kind and a comma (a quote that speaks is a sentence, or a speech verb follows it)
_KIND_THEN_TITLE = re.compile(
    # ("last Thursday's webinar, "…"", "ASQ's webinar, "…"": a possessive as its determiner; "Our Aug. 26 webinar, "…"":
    # the publisher's own, its day between)
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|(?:(?:[Ll]ast|[Tt]his|[Nn]ext)[ \t]+)?[A-Za-z][\w&-]*['’]s)[ \t]+"
    r"(?:[\w'’-]+\.?[ \t]+){0,3}?(?:" + _GATHERING_KINDS + r"|meetup|workshop|seminar|webinar|"
    r"roundtable|lecture|briefing|colloquium|masterclass)[ \t]*,[ \t]+[\"“](?P<name>[A-Z0-9][^\"”\n]{2,80}?)[,.]?[\"”]"
    r"(?![ \t]*,?[ \t]*(?:[A-Z][\w'’-]*[ \t]+){0,3}(?:said|says|told|added|noted|asked|wrote)\b)")


# "Webinar: Generative AI in Process Industries" on a line of its own (a headline, a listing's first line): the
# gathering's kind, a colon, then its title in title case (a talk's or a panel's title is no event's: not listed)
_KIND_COLON_TITLE = re.compile(
    r"^[ \t]*(?:Webinar|Seminar|Workshop|Conference|Symposium|Summit|Forum|Colloquium|Masterclass|Hackathon|Meetup|"
    r"Roundtable|Expo)[ \t]*:[ \t]+(?P<name>[A-Z0-9][^\n\"“”]{2,80}?)[ \t]*$", re.M)


# a title in quotes that a holding verb holds: '"AI for Industry" was held on Tuesday', 'Lake University hosted "AI for
# Industry" on Tuesday' (its subject or its object; a talk's title is presented or given, not held)
_QUOTED_HELD_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=\n))[\"“](?P<name>[A-Z0-9][^\"”\n]{2,80}?)[,.]?[\"”][ \t]+"
    r"(?:was|were|is|will[ \t]+be)[ \t]+(?:held|hosted|organi[sz]ed|staged|convened)\b")
_QUOTED_HELD_OBJECT = re.compile(
    r"\b(?:hosted|held|organi[sz]ed|staged|convened|hosts|holds|organi[sz]es|will[ \t]+(?:host|hold))[ \t]+"
    r"[\"“](?P<name>[A-Z0-9][^\"”\n]{2,80}?)[,.]?[\"”]")
# the patterns whose name is in quotes: a name though its words are common ones
_QUOTED_NAMES = (_KIND_THEN_TITLE, _TYPE_THEN_QUOTED, _QUOTED_HELD_SUBJECT, _QUOTED_HELD_OBJECT)


def _title_case(name: str) -> bool:
    """Most of a title's longer words are capitalised ("Physical AI on the Factory Floor"); a sentence's are not."""
    long = [w for w in re.findall(r"[A-Za-z][\w'’-]*", name) if len(w) > 3]
    return bool(long) and sum(1 for w in long if w[0].isupper()) * 3 >= len(long) * 2


# 'the "Future of Manufacturing" conference', '"AI on the Line," a one-day workshop organized by …',
# "the annual flagship event, known as Lake Connect,": a name in quotes before its kind, or in apposition
# with one, or given with "known as" / "called" after a word for the gathering
# (gatherings, not talks: '"Data First," a session led by …' names a talk)
_KINDS_ALL = rf"(?:{_GATHERING_KINDS}|meetup|workshop|seminar|event|webinar|roundtable|colloquium|hearing|dialogue)"
# "the ARM Institute's fall Demo Day", "at Y Combinator's Demo Day", "its annual Open Forum": an owner's gathering
# by a capitalised name of two words or more, though all of them are words for kinds of gathering
_SEASONS = rf"(?:annual|yearly|biennial|inaugural|{_SEASON_WORDS}|first|second|third|fourth|fifth|latest|next)"
_OWNED_NAMED = re.compile(r"(?:\b[A-Z][\w&.\-]*(?:[ \t]+[A-Z][\w&.\-]*){0,4}['’]s|\b(?:its|their))[ \t]+"
                          rf"(?:{_SEASONS}[ \t]+){{0,2}}(?:(?:19|20)\d\d[ \t]+)?"
                          r"(?P<name>[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){1,4})\b(?![ \t]+[A-Z])")
_QUOTED_THEN_TYPE = re.compile(
    r"[\"“](?P<name>[A-Z0-9][^\"”\n]{2,80}?)[,.]?[\"”][ \t]*(?:(?:[a-z][\w'’-]*[ \t]+){0,2}?" + _KINDS_ALL + r"s?\b"
    r"|,[ \t]+(?:a|an|the)[ \t]+(?:[\w'’-]+[ \t]+){0,4}?" + _KINDS_ALL + r"\b)")
# ("the 'AI for Industry' webinar": in single quotes, as Korean outlets' English writes them; the quote opens a
# word and closes one, so an apostrophe inside a word opens nothing)
_SINGLE_QUOTED_THEN_TYPE = re.compile(
    r"(?<![\w'’])['‘](?P<name>[A-Z0-9][^'’\n]{2,80}?)[,.]?['’](?=[ \t])[ \t]*(?:(?:[a-z][\w-]*[ \t]+){0,2}?"
    + _KINDS_ALL + r"s?\b|,[ \t]+(?:a|an|the)[ \t]+(?:[\w'’-]+[ \t]+){0,4}?" + _KINDS_ALL + r"\b)")
_KNOWN_AS = re.compile(
    _KINDS_ALL + r"s?,?[ \t]+(?:known[ \t]+as|called|dubbed|branded)[ \t]+[\"“]?"
    r"(?P<name>[A-Z][\w'’&\-]*(?:[ \t]+(?:of|for|on|and|&|[A-Z0-9][\w'’&\-]*)){0,6})")


# "Computex, organized by the Taiwan External Trade Development Council, runs …": what an organizer holds
_ORGANIZED_NAMED = re.compile(
    _OPENS + r"(?P<name>[A-Z][\w'’\-]*(?:[ \t]+(?:of|for|on|and|&|[A-Z][\w'’\-]*|(?:19|20)\d\d)){0,6}),[ \t]+"
    r"(?:which[ \t]+is[ \t]+|which[ \t]+was[ \t]+)?(?:co-?)?(?:organi[sz]ed|hosted|run|staged)[ \t]+by\b"
    # "Automate Connect is organized by A3 and runs through Wednesday"
    r"|(?:^|[.!?]\s+)(?P<name2>[A-Z][\w'’\-]*(?:[ \t]+(?:of|for|on|and|&|[A-Z][\w'’\-]*|(?:19|20)\d\d)){1,6})[ \t]+"
    r"(?:is|was|will[ \t]+be)[ \t]+(?:(?:co-?)?organi[sz]ed|hosted|staged|run)[ \t]+(?:annually[ \t]+|jointly[ \t]+)?by\b",
    re.M)


@lru_cache(maxsize=1)
def _topic_pattern() -> re.Pattern[str]:
    """``the 2026 International Conference on AI Robotics``, ``Symposium on AI in Manufacturing``: a
    capitalised type word and its capitalised topic after ``on`` / ``for`` / ``of``."""
    kinds = "|".join(re.escape(t.capitalize()) for t in _types() if " " not in t)
    word = r"[A-Z][\w\-]*(?:['’][\w\-]+)*"  # (an apostrophe inside a word, not a closing quote after it)
    return re.compile(rf"{_WORD_START}(?:(?:19|20)\d\d[ \t]+)?(?:{_CAP_WORD}[ \t]+){{0,5}}?(?:{kinds})s?[ \t]+(?:on|for|of)[ \t]+"
                      rf"(?:the[ \t]+)?{word}(?:[ \t]+(?:and|in|for|of|on|the|&|{word}))*")


# a quote's speaker after it ('…," said Emanuel', '…," Reed said') or the verb before it ('Reed said: "…"')
# (also read by kg.extract.en for talk titles: '… speech, "We must act now," Reed said' names no talk)
_SAYING = r"(?:said|says|added|adds|noted|told|explained|stressed|asked|recalled|according|argued|insisted|warned|declared)"
SPOKEN_AFTER = re.compile(rf"\s*(?:(?:[A-Z][\w.'’\-]*\s+|of\s+|at\s+|from\s+){{1,7}}|he\s+|she\s+|they\s+)?{_SAYING}\b")
_SPOKEN_BEFORE = re.compile(r"\b(?:said|says|added|noted|told\s+\w+|explained|stressed)\s*[:,]?\s*$")
# (and with the speaker's post between commas: '"…," Aaron Prather, director of … at ASTM, told a session' — not for
# a talk's title, which a name and its post may follow: 'In a keynote titled "…," Tom Reed, CEO of X, argued')
_SPOKEN_AFTER_POST = re.compile(rf"\s*(?:[A-Z][\w.'’\-]*(?:\s+|(?=,))|of\s+|at\s+|from\s+){{1,7}},[^\"“”\n]{{1,120}}?,\s+"
                                rf"{_SAYING}\b")


# "At Detroit's Automate show", "Tokyo's iREX exhibition": a city's own gathering, its name between the city and the
# kind in lower case (the city must be one the lists know; see _names)
_CITYS_NAMED = re.compile(r"\b(?P<city>[A-Z][a-z]+)['’]s\s+(?P<name>(?:[A-Z]|[a-z]{1,3}[A-Z])[\w\-]*"
                          rf"(?:\s+[A-Z0-9][\w\-]*){{0,3}})\s+(?:trade\s+)?(?:{_GATHERING_KINDS})\b")


EDGE_YEAR = r"\s*(?:19|20)\d\d$|^(?:19|20)\d\d\s*"  # a year that opens or closes an event's name


def _names_a_kind(words: str) -> bool:
    """A word of ``words`` is a gathering's kind (the type words, or the event kinds of the lists: "Day", "Awards")."""
    return _TYPE_WORD.search(words) is not None or any(w.lower() in lists().event_kinds for w in words.split())


def _held_at_the_place(name: str) -> str:
    """``Lake Innovation Center for Manufacturing AI Day 2025`` ("packed the … for …"): the place, then the event held
    there; the event's name alone (not ``Center for Data Science Summit``: one word before "for" is the name's own)."""
    place, sep, held = name.partition(" for ")
    words = place.split()
    if len(words) >= 4 and words[-2] == "in" and words[-1][:1].isupper() and words[-3] in _VENUE_WORDS:
        words = words[:-2]  # "Crest Innovation Center in Austin for AI Manufacturing Day": the place in its city
    if sep and len(words) >= 2 and words[-1] in _VENUE_WORDS and len(held.split()) >= 2 and _names_a_kind(held):
        # ("Tokyo International Forum for the Japan-Korea Semiconductor AI Symposium": the name less its article)
        return held[4:] if held.startswith("the ") and held[4:5].isupper() else held
    # "Grand InterContinental Seoul Parnas for the AI Semiconductor Summit": a place of any name, then "for the"
    # and a named gathering (a name's own "for" takes no article before a gathering: "Center for Data Science Summit")
    # (not a body's own "for the": "Korea Association for the Advancement of Science Forum")
    if sep and len(words) >= 2 and held.startswith("the ") and held[4:5].isupper() and len(held.split()) >= 3 \
            and _names_a_kind(held.split()[-1]) and words[-1].lower() not in ORG_WORDS:
        return held[4:]
    return name


def _names(text: str) -> list[tuple[str, Span]]:
    kinds = _types()
    out = []
    for m in scan(_topic_pattern(), text):
        if re.search(r"[ \t](?:and|in|for|of|on|the|&)$", m.group()) and re.match(r"[ \t]+[a-z]", text[m.end():]):
            continue  # "Conference on AI in manufacturing held …": a topic in lower case, a description, no name
        words = m.group().split()
        words = _before_a_date(words, ("and", "in", "for", "of", "on", "the", "&"))  # "… Summit on Tuesday in Munich"
        name = _clean_name(" ".join(words), text[max(0, m.start() - 6):m.start()])
        name = _held_at_the_place(name) if name else name
        if name and not re.search(r"\b(?i:on|for|of)$", name) and len(name.split()) >= 3:
            start = m.start() + m.group().find(name.split()[0])
            out.append((name, Span(start, start + len(name))))
    for m in scan(_ORGANIZED_NAMED, text):
        group = "name" if m.group("name") else "name2"
        name = _clean_name(m.group(group))
        # (a body's word ending it makes a body that a greater one runs: "The Seoul AI Hub, run by the Seoul Business
        # Agency, held its demo day")
        if name and name.lower() not in lists().not_names and name.split()[0] not in OPENERS \
                and name.split()[-1].lower() not in ORG_WORDS \
                and not (group == "name2" and (any(w.lower() in ORG_WORDS for w in name.split())
                                               or lists().not_names.issuperset(w.lower() for w in name.split()))):
            start = m.start(group) + m.group(group).find(name)
            out.append((name, Span(start, start + len(name))))
    # "Automatica, the leading trade fair for …"; "hosted its annual customer conference, Lake Connect 2026, …"
    for m in (*scan(_QUOTED_THEN_TYPE, text), *scan(_SINGLE_QUOTED_THEN_TYPE, text), *scan(_KNOWN_AS, text)):
        name = _clean_name(m.group("name"))  # (quoted or given: a name though its words are common ones)
        if name and not any(w.lower() in ORG_WORDS for w in name.split()) and name.split()[0] not in OPENERS:
            start = m.start("name") + m.group("name").find(name)
            out.append((name, Span(start, start + len(name))))
    titled = (m for m in (*scan(_KIND_THEN_TITLE, text), *scan(_KIND_COLON_TITLE, text))
              if _title_case(m.group("name")))
    for m in (*scan(_APPOSITIVE_NAMED, text), *scan(_TYPE_THEN_NAMED, text), *scan(_TYPE_THEN_BARE_NAME, text),
              *scan(_TYPE_THEN_QUOTED, text), *scan(_QUOTED_HELD_SUBJECT, text),
              *scan(_QUOTED_HELD_OBJECT, text),
              *titled):
        name = _clean_name(m.group("name"))
        if m.re is _APPOSITIVE_NAMED and _OPENING_PARTICIPLE_SO_FAR.fullmatch(text, _sentence_start(text, m.start()), m.start()):
            continue  # "Organized by A together with B, the conference drew …": the agent ends the participle's clause
        # "Automatica, the leading trade fair for …": one word will do when the appositive says it is an event;
        # "(Under the auspices of) the Ministry of X, the forum was held": an organization is none
        # (a title in quotes is a name though its words are common ones: '"AI for Industry" was held')
        if name and name.split()[0] not in OPENERS and not any(w.lower() in ORG_WORDS for w in name.split()) \
                and (m.re in _QUOTED_NAMES or not lists().not_names.issuperset(w.lower() for w in name.split())):
            start = m.start("name") + m.group("name").find(name)
            out.append((name, Span(start, start + len(name))))
    for m in scan(_CITYS_NAMED, text):
        name = m.group("name")
        # ("Detroit's AI-in-auto conference": a compound with a word in lower case describes the gathering)
        if m.group("city").lower() in lists().places and not any(w.lower() in ORG_WORDS or w in _VENUE_WORDS
                                                                  for w in name.split()) \
                and not lists().places.issuperset(w.lower() for w in name.split()) and not re.search(r"-[a-z]", name) \
                and not lists().not_names.issuperset(w.lower() for w in name.split()):
            # ("Hannover's AI summit": common words only describe the gathering, they name none)
            out.append((name, Span(m.start("name"), m.end("name"))))
    for m in scan(_GATHERED_NAMED, text):
        words = _before_a_date(m.group("name").split(), ("on", "of", "for", "and", "&"))  # "World of … on Wednesday"
        name = _clean_name(" ".join(words))
        words = name.split()
        if name and not any(w in _VENUE_WORDS or w.upper() in _VENUE_WORDS or w.lower() in ORG_WORDS for w in words) \
                and not (len(words) <= 2 and lists().not_names.issuperset(w.lower() for w in words)) \
                and words[0] not in OPENERS \
                and (len(words) > 1 or re.search(r"[a-z][A-Z]|^[A-Z]{2,}$", name)):  # "RoboBusiness", "GTC"
            start = m.start("name") + m.group("name").find(name)
            out.append((name, Span(start, start + len(name))))
    ls = lists()
    for m in (*scan(_NAMED_EVENT, text), *scan(_OWNED_KIND_NAMED, text),  # "the company's Dreamforce event"
              *scan(_THE_NAME_HELD_AT, text)):
        words = m.group("proper" if m.re is _OWNED_KIND_NAMED else "name").split()
        if words[0] in OPENERS or any(w.lower() in ORG_WORDS or w.lower().rstrip(".") in LEGAL_FORMS for w in words) \
                or " ".join(words).lower() in ls.organizations or words[-1].lower() in _EVENT_AUDIENCES \
                or ls.not_names.issuperset(w.lower() for w in words) or ls.places.issuperset(w.lower() for w in words) \
                or any(w.lower() in ls.company_words for w in words) or any(w.lower() in MONTHS for w in words):
            continue  # "the Samsung event", "the Seoul event", "the AI event": a body's or a place's, no name
        out.append((m.group("name"), Span(m.start("name"), m.end("name"))))
    for m in scan(_ANNUAL_NAMED, text):  # "hosted the fourth annual industryXchange on Dec. 7-8"
        words = _before_a_date(m.group("name").split(), ("on", "of", "for", "and", "&"))  # "… Fair on Monday"
        # (nor a document's by its last part: "its annual RoboReport")
        last_part = re.findall(r"[A-Z]?[a-z]+", words[-1])[-1:] if words else []
        if words and words[-1].lower() not in lists().documents \
                and not any(p.lower() in lists().documents for p in last_part) \
                and (len(words) > 1 or re.search(r"[a-z][A-Z]", words[0])):
            end = [w.end() for w in re.finditer(r"\S+", m.group("name"))][len(words) - 1]
            out.append((m.group("name")[:end], Span(m.start("name"), m.start("name") + end)))
    for m in scan(_OPENING_OF_INITIALED, text):
        name = _clean_name(m.group("name").split(" (")[0])
        last = name.split()[-1] if name else ""
        if name and last.lower() not in ORG_WORDS and last not in _VENUE_WORDS and last.upper() not in _VENUE_WORDS \
                and not lists().places.issuperset(w.lower() for w in name.split()):
            out.append((name, Span(m.start("name"), m.start("name") + len(name))))  # (a body's or a hall's is none)
    for m in (*scan(_YEAR_NAMED, text), *scan(_YEAR_FIRST_HELD, text), *scan(_DAY_OF_NAMED, text),
              *scan(_VERB_NAMED, text),
              *scan(_TALK_AT_NAMED, text), *scan(_CAME_FOR_NAMED, text),
              *scan(_EDITION_OF_NAMED, text), *scan(_SETTING_NAMED, text), *scan(_THIS_YEARS_NAMED, text)):
        # "Industrial Transformation Asia-Pacific (ITAP) 2025": the name before its initials (the year after
        # them is the edition's, and the initials an alias)
        name = _clean_name(m.group("name").split(" (")[0])
        seat = name.rfind(" in ")
        if seat > 0 and lists().places.issuperset(w.lower() for w in name[seat + 4:].split()):
            name = name[:seat]  # "the 2026 edition of Ridgecon in Austin": where it is held, no word of its name
        # (an edition says the name is an event's, one word will do: "the 2026 edition of Ridgecon")
        if (len(name.split()) >= 2 or m.re in (_EDITION_OF_NAMED, _THIS_YEARS_NAMED) and name.lower() not in lists().not_names
                and name.lower() not in ORG_WORDS) \
                and not re.match(r"(?:In|On|At|Since|By|From|Until|Through)\b", name) \
                and not (m.re in (_VERB_NAMED, _TALK_AT_NAMED)  # ("visited Seoul 2025": a place and a year;
                         # "at Hannover Messe 2025": a name)
                         and all(w.lower() in lists().not_names for w in name.split()[:-1])):
            start = m.start("name") + m.group("name").find(name)
            out.append((name, Span(start, start + len(name))))
    for m in scan(_OWNED_NAMED, text):
        name = m.group("name")
        # (not "its Smart Factory Week seminar": a gathering of the one named, by its kind in lower case after it)
        if name.split()[-1].lower() in kinds and name.split()[0] not in OPENERS \
                and not any(w.lower() in ORG_WORDS for w in name.split()) \
                and not re.match(rf"[ \t]+{_KINDS_ALL}s?\b", text[m.end("name"):]):
            out.append((name, Span(m.start("name"), m.end("name"))))
    out.extend(_brands(text))
    for q in find_quotes(text):
        inner = text[q.inner.start:q.inner.end].strip(" ,.")
        if SPOKEN_AFTER.match(text, q.outer.end) or _SPOKEN_AFTER_POST.match(text, q.outer.end) \
                or _SPOKEN_BEFORE.search(text, max(0, q.outer.start - 30), q.outer.start):
            continue  # '"This is a great day for Chicago," said Emanuel': what someone said names no event
        if re.search(r"[a-z][.!?]\s+[A-Z]", inner):
            continue  # '"Everyone wants a humanoid demo. Nobody wants to …"': two sentences, words said, no name
        if len(inner) < 80 and (any(re.search(rf"\b{re.escape(k)}\b", inner, re.I) for k in kinds)
                                or _TITLED.search(text, max(0, q.outer.start - 60), q.outer.start) and inner[:1].isupper()
                                # 'The webinar "AI for Small Factories" was held online': a title-case name right after
                                or _KIND_BEFORE_QUOTE.search(text, max(0, q.outer.start - 60), q.outer.start)
                                and _title_case(inner)):
            out.append((inner, Span(q.inner.start, q.inner.start + len(inner))))
    initials = set(re.findall(r"\(\s*(\w+)\s*\)", text))  # a body's initials the text gives: "… (KIAT)"
    for m in scan(_name_pattern(), text):
        name = _clean_name(m.group(), text[max(0, m.start() - 6):m.start()])
        name = _held_at_the_place(name) if name else name
        start = m.start() + m.group().find(name)
        words = name.split()
        if len(words) < 2 or not (words[0][0].isupper() or words[0][0].isdigit() or re.match(r"[a-z]+[A-Z]", words[0])):
            continue
        if all(w.lower() in kinds or w.islower() for w in words):
            continue  # "the conference"
        if words[-1].lower() in _HALL_TYPES and _HELD_AT_BEFORE.search(text, max(0, start - 40), start):
            continue  # "Held at the Singapore Expo from Oct 21 to 23, the event …": where it is held, a place
        if re.search(r"\b(?:National|Legislative|Provincial|State|People's|Constituent)\s+Assembly$", name):
            continue  # a legislature, not a gathering
        if words[-1].islower() and words[-2].lower().rstrip(".") in ORG_WORDS | LEGAL_FORMS \
                and not re.fullmatch(_ORDINAL_WORD_BARE, words[0], re.I):
            continue  # "the ARC Advisory Group webinar": an organization's event, with no name of its own
            # (but "the 35th Korea-U.S. Business Council meeting": a numbered edition is a series' own)
        # (a determiner or a month in capitals names nothing: "Our Aug. 26 webinar" is a description)
        if words[-1].islower() and sum(1 for w in words[:-1] if w[:1].isupper() and w not in OPENERS
                                       and w.lower().rstrip(".") not in MONTHS) < 2 \
                and not any(re.fullmatch(r"(?:19|20)\d\d", w) for w in words) \
                and not any(_own_acronym(w) and w not in initials for w in words[:-1]) \
                and not _brand_before_its_kind(words, text[max(0, start - 4):start]):
            continue  # "a manufacturing AI forum": a description; "Robotworld 2019 trade show" keeps its year
            # ("Nvidia's GTC conference", "the CES trade show": an acronym of its own names it, unless the text
            # gives it as a body's initials, "the Korea Institute … (KIAT)": then it is that body's forum)
        if re.match(r"(?:\s+(?:and|&)\s+[A-Z][\w\-]*)?\s+(?:Center|Centre|Centrum|Zentrum|Hall|Hotel|Room|Complex|Building)\b",
                    text[m.end():m.end() + 40]):
            continue  # "Bay Convention Center", "Hanbit Convention and Exhibition Center": a place
        owned = _OWNS_A_BODY.match(text, start + len(name))
        if owned and owned.group(1).lower() in ORG_WORDS:
            continue  # "the World Economic Forum's Centre for …": a body that has units of its own is an organization
        tail = _PLACE_TAIL.match(text, start + len(name))
        if tail and (tail.group(1).lower() in lists().places or tail.group(1) in _REGIONS) \
                and not re.match(r"\s*(?:Convention|Exhibition|Center|Centre|Hall|Hotel)\b", text[tail.end():tail.end() + 12]):
            name = text[start:tail.end()]  # "AI Expo Korea 2026", "Robot World Asia": a place or region in the name
        out.append((name, Span(start, start + len(name))))
    return out


def _brand_before_its_kind(words: list[str], before: str) -> bool:
    """``the Automate show``, ``the Ridgecon conference``: after "the", one capitalised word that no list knows as a
    common word, a place, a body or a month, then the kind of gathering: the word is the gathering's own name (in
    camel case too: ``the RoboBusiness conference``); or a listed brand of any length (``the Hannover Messe trade
    fair``)."""
    core = words[:-2] if words[-2:-1] == ["trade"] else words[:-1]  # ("the Ridgecon trade show")
    if " ".join(core) in lists().event_brands:
        return True
    if len(core) != 1 or not re.search(r"\b[Tt]he\s+$", before) \
            or not re.fullmatch(r"[A-Z][a-z]{3,}|[A-Z][a-z]+(?:[A-Z][a-z]+)+", core[0]):
        return False
    low, ls = core[0].lower(), lists()
    return low not in ls.not_names and low not in ls.places and low not in ls.organizations and low not in ORG_WORDS \
        and low not in ls.company_words and low not in MONTHS and low not in WEEKDAYS and low not in ls.regions


def _own_acronym(word: str) -> bool:
    """A word in capitals of three letters or more that names something of its own (``GTC``, ``CES``), not a
    field or a post (``ESG``, ``HPC``, ``CEO``: common_acronyms.txt)."""
    return len(word) >= 3 and word.isupper() and word.isalpha() and word.lower() not in lists().acronyms \
        and word.lower() not in lists().not_names


# a possessive, then a unit of the owner: "…'s Centre for the Fourth Industrial Revolution", "…'s Policy Institute"
_OWNS_A_BODY = re.compile(r"['’]s\s+(?:[A-Z][\w-]*\s+){0,3}([A-Z][a-z]+)\b(?![ \t]+[A-Z])")
# a place or region written right after an event's type word, with the year after it if any
_PLACE_TAIL = re.compile(r"[ \t]+([A-Z][a-z]+)(?:[ \t]+(?:19|20)\d\d)?(?![\w'’])")
_REGIONS = frozenset({"Asia", "Europe", "Americas", "Africa", "West", "East", "North", "South", "Global", "World",
                      "International", "Pacific", "Nordic"})


def _before_a_date(words: list[str], joiners: tuple[str, ...]) -> list[str]:
    """The words of a name before the first day or month in them, less the ``joiners`` left hanging at the
    end ("… Summit on Tuesday in Munich" -> "… Summit")."""
    # ("… Summit on May 5": "May" after a preposition of time, or before a day, is the month)
    words = words[:next((n for n, w in enumerate(words) if w.lower().rstrip(".,") in _CALENDAR
                         or w.rstrip(".,") == "May" and (n + 1 < len(words) and words[n + 1][:1].isdigit()
                                                        or n > 0 and words[n - 1] in ("on", "in", "since", "until", "by"))),
                        len(words))]
    while words and words[-1] in joiners:
        words.pop()
    return words


# 'The webinar "AI for Small Factories"': a word for the gathering, with its article, right before the quoted name
_KIND_BEFORE_QUOTE = re.compile(rf"\b(?:the|a|an|its|their|this|last\s+week's)\s+(?:[\w-]+\s+){{0,2}}?{_KINDS_ALL}\s*$", re.I)


# 'a half-day seminar titled "AI for SMEs: Getting Started"': the quoted title of an event is its name
_TITLED = re.compile(r"\b(?:forum|conference|conclave|summit|expo|symposium|seminar|workshop|webinar|roundtable|hackathon|"
                     r"festival|event|meeting|lecture series|bootcamp|masterclass|hearing|colloquium|congress|convention|"
                     r"exhibition|dialogue|meetup|town hall)s?,?\s+"
                     # ("a one-day symposium on Sept. 9 titled …", "a webinar next Tuesday called …": when, between)
                     rf"(?:(?:on\s+)?(?:(?:{MONTH_NAMES})[a-z]*\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?|(?:(?:this|last|next)\s+)?"
                     r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:this|last|next)\s+(?:week|month)),?\s+"
                     r"(?=titled|entitled|called|named|dubbed))?"
                     # ("a two-day national workshop on 'AI for Smart Manufacturing'": a quoted subject is its name)
                     r"(?:titled|entitled|themed|called|named|dubbed|on|under\s+the\s+(?:title|theme|banner)(?:\s+of)?)\s*$",
                     re.I)


_PART_WORDS = frozenset({"organizers", "organisers", "hosts", "sponsors", "partners", "organizer", "organiser"})


# the people or parties of an event, before "of" and its name
_CROWD_WORDS = frozenset({"participants", "attendees", "visitors", "delegates", "members", "speakers", "organizers",
                          "organisers", "exhibitors", "winners", "sponsors", "partners", "guests", "panelists"})


_HEADLINE_VERB = re.compile(r"\s(?:(?:(?:[Tt]o|Will|will|Set\s+[Tt]o|set\s+to)\s+(?:Host|Hold|Launch|Open|Kick\s+Off|Unveil|Convene|Stage|Welcome|"
                            r"Co-?[Hh]ost|Organi[sz]e))|Hosts|Holds|Launches|Opens|Kicks\s+Off|Unveils|Announces|Wraps\s+Up|"
                            r"Concludes|Convenes|Stages|Welcomes|Celebrates|Returns\s+(?:To|For)|Brings|Gathers|Showcases|"
                            r"Spotlights|Debuts|Co-?[Hh]osts|Organi[sz]es|Joins|Attends|Headlines)\s+")


# the groups a name is for, which own nothing written before it with a possessive ("the Women's AI Forum")
COMMON_OWNERS = frozenset({"women", "children", "men", "people", "veterans", "workers", "king", "queen", "st", "st.",
                           "girls", "boys", "youth", "kids", "students", "citizens", "farmers", "founders", "makers",
                           # ("the AI Engineer World's Fair", "the G20 Leaders' Summit", "the Developers' Conference")
                           "world", "leaders", "ministers", "developers", "engineers", "entrepreneurs", "investors",
                           "innovators", "nations", "mayors", "governors", "ceos", "scientists", "researchers"})


# ("Inaugural Physical AI Summit": the first edition's word alone, in a title-case headline)
_ORDINAL_ANNUAL = re.compile(r"^(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Inaugural|"
                             r"\d+(?:st|nd|rd|th))\s+Annual|Inaugural)\s+", re.I)
_LASTING = re.compile(r"^(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|half)-(?:hour|day|week|month)"
                      r"(?:-long)?\s+(?=\S+\s+\S)", re.I)
_NUMBERED_PART = re.compile(r"^(?:(?:day|part|session|week|round|stage|phase|leg|episode)\s+)?"
                            r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|I{1,3}|IV|V)\s+of\s+(?:the\s+)?",
                            re.I)


def _clean_name(name: str, before: str = "") -> str:
    """Less what precedes the name proper: a leading article or conjunction, an owner's possessive
    (``Penn State's industryXchange``), a title and person before ``of`` (``Chairman X of … Forum``).
    ``before``: the text right before the name, where a preposition of place may stand (``head to``)."""
    placed = re.match(r"(?:in|at|to|into)\s", name) is not None or re.search(r"\b(?:in|at|to|into)\s+$", before) is not None
    name = re.split(r"(?<=[0-9a-z]{2}[.!?])\s+(?=[A-Z])", name)[-1]  # "… on June 20. The Data Summit 2025"
    # (a plural's possessive too, "Acme Robotics' Lake AI Summit", when a name of three words or more follows)
    owned = re.match(r"^(.*?)['’]s\s+", name) or re.match(r"^(.*?[a-z]s)['’]\s+(?=\S+\s+\S+\s+\S)", name)
    if owned and not (owned.group(1).split() and owned.group(1).split()[-1].lower() in COMMON_OWNERS):
        name = name[owned.end():]  # (but "the Women's AI Forum": a group the name is for, no owner)
    name = re.sub(r"^(?:.*\s)?[A-Z][\w&.]*-(?:hosted|organi[sz]ed|led|run|sponsored|backed|funded)\s+", "", name)  # "Nimbus-hosted …"
    # "the Dublin-based Web Summit", "the Paris-born VivaTech": where its holder sits or it began, no part of the name
    name = re.sub(r"^(?:[Tt]he\s+)?[A-Z][\w&.]*(?:\s+[A-Z][\w&.]*)?-(?:based|born|headquartered)\s+(?=\S)", "", name)
    # "(at) BEXCO on Tuesday for the Smart Port Summit": the day ends what comes before the name
    name = re.split(r"\s(?:on|this|last|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+"
                    r"(?:for|to|at)\s+", name)[-1]
    # ("(on) May 14-15 for the Upper Midwest Robotics Expo": a date ends what comes before the name too)
    name = re.split(rf"(?:^|\s)(?:on\s+)?(?:{MONTH_NAMES})[a-z]*\.?\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?,?\s+"
                    r"(?:for|to|at)\s+(?:the\s+)?", name)[-1]
    # "(AI) Leaders Gather for the 2026 Korea AI Summit": a headline's words before "the" and the name's year
    # (not "The Forum for the 2030 Agenda Summit": a type word before "for the" names the event itself)
    headline = re.match(r"^(?:.*?\s)??(\S+)\s(?:for|at|to|of|in|from|on)\s+the\s+(?=(?:19|20)\d\d\s+\S+\s+\S)", name)
    if headline and not _TYPE_WORD.search(headline.group(1)):
        name = name[headline.end():]
    # "Ridgeway Robotics Hosts Inaugural Physical AI Summit": a title-case headline's verb ends its subject
    # ("Robot Week Opens Fifth Lake Robotics Expo": the verb opens the words found after another name's kind)
    name = _HEADLINE_VERB.split(" " + name)[-1].lstrip()
    # "Agenda for the Gulf AI Forum", "Highlights from the 2025 Data Summit": what a page says about it
    about = re.match(r"([A-Z][\w\-]*)\s+(?:of|for|from|at)\s+(?:the\s+)?(?=\S)", name)
    if about and about.group(1).lower() in lists().documents:
        name = name[about.end():]
    # "DAY TWO of the Smart Factory Summit", "Day 2 of the …", "Part Two of the …": which day or part of it
    name = _NUMBERED_PART.sub("", name)
    # "(Orbis Robotics to) Host Second Annual Physical AI Summit": a headline's verb after its lower-case "to" opens no
    # name, nor does the edition's ordinal with "Annual" (below: the edition is read apart)
    # ("Co-hosting the Lake AI Summit were …", "Sponsoring the forum was …": a fronted participle of holding)
    name = re.sub(r"^(?:Host|Hold|Launch|Open|Stage|Convene|Unveil|Welcome|Co-?[Hh]ost|Organi[sz]e|(?:Co-?)?[Hh]osting|"
                  r"Holding|(?:Co-?)?[Oo]rgani[sz]ing|(?:Co-?)?[Ss]ponsoring|Staging|Convening|Supporting)\s+(?=\S+\s+\S)",
                  "", name)
    heads = lists().heads
    parts = re.split(r"\s+of\s+", name)
    if len(parts) > 1 and any(w.lower() in heads or w.lower() in _PART_WORDS or w.lower() in _CROWD_WORDS
                              for w in parts[0].split()):
        name = parts[-1]  # "Chairman X of … Forum", "Participants of … Summit 2025"
    name = re.sub(r"((?:19|20)\d\d)(?:\s+[a-z]+){1,2}$", r"\1", name)  # "… Asia-Pacific 2024 exhibition"
    # "(At) Automate 2026 on Monday, …": the day it was on is no part of its name
    name = re.sub(rf"\s+on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:{MONTH_NAMES})[a-z]*\.?\s+\d{{1,2}})$", "", name)
    name = re.sub(r"^(?:(?:The|the|An?|of|for|on|and|And|But|So|in|In|&|at|At|to|To|By|Following|After|Before|During|"
                  r"Ahead|Since|Under|With|Through|Despite|Amid|Like|Unlike|Throughout|Beyond|"
                  r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Tomorrow)\s+)+",
                  "", name).strip()
    name = re.sub(r"^(?:19|20)\d\d\s+the\s+", "", name)  # "(In) 2019 the Lake AI Summit …": a year before "the"
    name = _ORDINAL_ANNUAL.sub("", name) if len(_ORDINAL_ANNUAL.sub("", name).split()) >= 2 else name
    name = _LASTING.sub("", name)  # "48-hour Manufacturing AI Hackathon": how long it lasts is no part of its name
    # "the Lake AI Summit (June 3)": a date in parentheses after the name is no part of it either
    name = re.sub(rf"\s*\((?:(?:{MONTH_NAMES})[a-z]*\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{MONTH_NAMES}))[^()]*\)$", "", name)
    # "National Manufacturing Week (NMW)", "Lake AI Summit (LAIS) 2025": the initials after the name are an
    # alias, and a year after them the edition's (the name is the words before them)
    # ("Lake Robot Summit (LRS 2026)", "International Robot Exhibition (iREX 2026)": the year inside, or a small
    # letter opening the initials)
    name = re.sub(r"(?<=\S)\s*\((?=[a-z]?[A-Z0-9&\-]*[A-Z]{2})[A-Za-z][A-Za-z0-9&\-]{1,11}(?:\s+(?:19|20)\d\d)?\)"
                  r"(?:\s+(?:19|20)\d\d)?$", "", name)
    # "The Nov. 5-6 Lake AI Summit": the dates written before the name are no part of it
    name = re.sub(rf"^(?:{MONTH_NAMES})[a-z]*\.?\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?(?:,?\s+\d{{4}})?,?\s+(?=[A-Z0-9])", "", name)
    # "(on the) 24th for the AI Leaders Forum", "(Oct. 14–)15 for the Workshop on …": a day of the month before the
    # name is no edition
    name = re.sub(r"^\d{1,2}(?:st|nd|rd|th)?\s+(?:for|to|at|of|in)\s+(?:the\s+)?", "", name)
    # "(gather in) Chicago for Smart Factory Summit": one word before for/in/at is a place, not the name
    # ("AI in Manufacturing Forum": an acronym in capitals is no place)
    # ("Data in Motion Summit", "Robots for Good Forum": a word that is no known place and follows no
    # preposition of place opens the name)
    # ("(flocked to) Las Vegas for CES 2026": a place of two or three words the same)
    place = re.match(r"((?:[A-Z][a-z][\w'’\-]*\s+){0,2}[A-Z][a-z][\w'’\-]*)\s+(?:for|in|at)\s+(?=\S+\s+\S)", name)
    words = place.group(1).split() if place else []
    if place and (placed or all(w.lower() in lists().places for w in words) or place.group(1).lower() in lists().cities) \
            and not any(w.lower() in ORG_WORDS or _TYPE_WORD.search(w) for w in words):
        name = name[place.end():]
    # "(packed) the Grand Hyatt Seoul for the Robot Forum": a venue or a city before "for the"
    venue = re.match(r"(?:\S+\s+){0,5}?(\S+)\s+for\s+the\s+(?=\S+\s+\S)", name)
    last = venue.group(1) if venue else ""
    # ("the Ridge Exhibition Hall for the …": a type word before a place's noun names the place)
    if venue and (last.lower() in lists().not_names or last in _VENUE_WORDS) \
            and not _TYPE_WORD.search(_PLACE_NAMED.sub(" ", venue.group())) \
            and (last.lower() not in ORG_WORDS or _TYPE_WORD.search(name, venue.end())):
        # ("the Center for the …", "Forum for the …" name their own things; "Stanford University for the
        # Future of Work Symposium" is a host, then the event)
        name = name[venue.end():]
    # "the Conference on AI in Industry in Brussels": a known place after the last "in" is where, not the name
    where = re.search(r"\s+in\s+([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})$", name)
    if where and _TYPE_WORD.search(name, 0, where.start()) and (
            all(w.lower() in lists().places for w in where.group(1).split()) or where.group(1).lower() in lists().cities):
        name = name[:where.start()]
    return re.sub(r"^(?:the|The)\s+", "", name)  # "Seoul for the JoongAng … Forum": the article the place left


def _written_counts(text: str, keys: set[str]) -> dict[str, int]:
    """How often each key (lower case, words joined by one space) is written in the text, word-bounded:
    one pass over the words, looking up every run of up to as many words as the longest key."""
    longest = max((k.count(" ") + 1 for k in keys), default=0)
    firsts = {k.split(" ", 1)[0] for k in keys}
    words = [w.strip(".,;:!?()[]\"'“”‘’") for w in text.lower().split()]
    counts: dict[str, int] = {}
    for i in range(len(words)):
        if words[i] not in firsts:
            continue  # no name starts here
        for n in range(1, min(longest, len(words) - i) + 1):
            run = " ".join(words[i:i + n])
            if run in keys:
                counts[run] = counts.get(run, 0) + 1
    return counts


def _proper(name: str) -> bool:
    """The name's last word before a year is capitalised (or written in another script than Latin)."""
    # ("the Industrial Transformation Asia-Pacific (ITAP) summit": the kind after the initials describes the name)
    inner = _INITIALS_INSIDE.search(name)
    words = [w for w in (name[:inner.start()] if inner else name).split() if not re.fullmatch(r"(?:19|20)\d\d|\(.*\)", w)]
    return bool(words) and not words[-1].islower()


# a name's initials in parentheses before its kind in lower case: "… (ITAP) summit"
_INITIALS_INSIDE = re.compile(r"[ \t]*\(([A-Z][A-Za-z0-9&]{1,9})\)[ \t]+[a-z]+$")


def _sentence_cased(text: str, name: str, at: Span) -> bool:
    """A name at a line's or sentence's start whose only capitalised word is its first, the sentence's
    capital (``Factory AI conference opens in Stuttgart``: the rest lower case or initials), is a
    description as likely as a name."""
    before = text[max(0, at.start - 3):at.start]
    if at.start and not re.search(r"(?:\n|[.!?][ \t]+)[ \t]*$", before):
        return False
    return not any(w[:1].isupper() and any(c.islower() for c in w[1:]) for w in name.split()[1:])


# (the edition's year inside too, or a small letter opening them: "(LRS 2026)", "(iREX)")
_INITIALS_AFTER = re.compile(r"[ \t]*\((?=[a-z]?[A-Z])([A-Za-z][A-Za-z0-9&\-]{1,11})(?:[ \t]+(?:19|20)\d\d)?\)")


_HEADLINE_TAG = re.compile(r"\s*\[[^\[\]\n]{1,40}\]")


# a verb of holding right after an event's name (its year or initials between), or before it with an article
_HELD_AFTER_NAME = re.compile(r"(?:\s+(?:19|20)\d\d|\s*\([A-Z][\w&\-]{1,11}\))?,?\s+(?:(?:was|is|were|are|will\s+be|has\s+been)\s+"
                              r"(?:jointly\s+)?(?:held|hosted|organi[sz]ed|convened|staged)\b|took\s+place|takes\s+place|"
                              r"opened|opens|kicked\s+off|kicks\s+off|began|begins|got\s+under\s*way|wrapped\s+up|"
                              r"concluded|closed)")
_HELD_BEFORE_NAME = re.compile(r"\b(?:held|holds|hosted|hosts|organi[sz]ed|organi[sz]es|convened|staged|opened|launched)"
                               r"\s+(?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,3}$")


def _said_held(text: str, at: Span) -> bool:
    """A verb of holding is said of the event's name written at ``at``."""
    if re.search(r"\b(?:of|for|with)\s+(?:the\s+)?$", text[max(0, at.start - 12):at.start]):
        return False  # "A seminar celebrating the establishment of X Forum was held": the verb is the seminar's
    return _HELD_AFTER_NAME.match(text, at.end) is not None \
        or _HELD_BEFORE_NAME.search(text, max(0, at.start - 60), at.start) is not None


# what names another event held beside the one reported, right before its name
_BESIDE_ANOTHER = re.compile(r"\b(?:alongside|co-?located\s+with|in\s+conjunction\s+with|on\s+the\s+sidelines\s+of)"
                             r"\s+(?:the\s+|this\s+year['’]s\s+)?$", re.I)
_BESIDE_REACH = 40  # characters before a name where those words stand


def _pick_name(text: str, names: list[tuple[str, Span]]) -> tuple[str, Span] | None:
    """The name written most often, a shorter form (``Manufacturing Day``) counting for the longer one
    that holds it (``Manufacturing Day Summit 2025``); the longest form, the first written on a tie."""
    # ("HANNOVER MESSE 2026" and "MESSE 2026": a name's tail found again is no name of its own)
    # (one name found by two patterns at the same place is written once)
    first_at_end: dict[int, int] = {}  # per end, where the longest name that ends there starts
    for _n, at in names:
        first_at_end[at.end] = min(first_at_end.get(at.end, at.start), at.start)
    names = [n for n in dict.fromkeys(names) if n[1].start == first_at_end[n[1].end]]
    # ("[Herald Forum] AI agents to reshape factory floors": a headline's bracketed tag is the outlet's column,
    # a name only when no other is written)
    tag = _HEADLINE_TAG.match(text)
    untagged = [n for n in names if not (tag and n[1].end <= tag.end())]
    names = untagged or names
    # ("The Lake AI Forum, which ran alongside the Lake Robotics Expo, …": the other event beside the one reported,
    # a name only when no other is written)
    own = [n for n in names if not _BESIDE_ANOTHER.search(text, max(0, n[1].start - _BESIDE_REACH), n[1].start)]
    names = own or names
    if not names:
        return None

    places = lists().places

    def base_key(n: tuple[str, Span]) -> str:
        k = re.sub(rf"{EDGE_YEAR}|\s*\(.*\)$", "", n[0]).lower()
        last = k.rsplit(" ", 1)
        # ("Web Summit Lisbon" and "Web Summit 2026": one event, its city or its year written after it)
        return last[0] if len(last) == 2 and last[1] in places and _TYPE_WORD.search(last[0]) else k

    # "Industrial Transformation Asia-Pacific (ITAP) 2026 … ITAP runs until …": the initials in parentheses
    # after a name and the name are one event
    initials = {m.group(1).lower(): base_key(n) for n in names
                if (m := _INITIALS_AFTER.match(text, n[1].end) or _INITIALS_INSIDE.search(n[0])) is not None}
    initials = {a: k for a, k in initials.items() if a != k}

    # ("Lake Council Hosts Fourth AI Summit" over "The fourth Lake AI Summit took place …": a headline's ordinal
    # before the name's last words is the edition of the one name that ends in them)
    bases = {base_key(n) for n in names}
    ordinal: dict[str, str] = {}
    for k in bases:
        lead = _LEADING_ORDINAL.match(k)
        rest = k[lead.end():] if lead else ""
        longer = [h for h in bases if h != k and (h == rest or h.endswith(" " + rest))] if len(rest.split()) >= 2 else []
        if len(longer) == 1:
            ordinal[k] = longer[0]

    def key(n: tuple[str, Span]) -> str:
        k = base_key(n)
        k = ordinal.get(k, k)
        return initials.get(k, k)

    keys = {key(n) for n in names}
    written = _written_counts(text, keys | set(initials))  # how often the text writes each name, by a pattern or not
    by_initials: dict[str, int] = {}  # how often each name's initials are written alone
    for a, of in initials.items():
        by_initials[of] = by_initials.get(of, 0) + written.get(a, 0)
    counts = {k: max(sum(1 for n in names if key(n) in k), written.get(k, 0) + by_initials.get(k, 0)) for k in keys}
    # ("the Ridgeview Symposium on Industrial Intelligence … the Ridgeview Symposium": the short form, written
    # inside the full one and alone, is the full name's, whose topic it leaves out)
    for k in keys:
        short = max((counts[h] for h in keys if k.startswith(h + " ") and re.match(r" (?:on|for|of) ", k[len(h):])),
                    default=0)
        counts[k] = max(counts[k], short)
    # a name whose type word is capitalised ("Demo Day 2026") is a proper name; "Pangyo demo day" describes one
    # (of names written as often, the one the headline names: "Hannover Messe: …" over a conference held at it)
    headline = text[:text.find("\n")].lower() if "\n" in text else ""
    # (a name capitalised only as a sentence's first word yields to one capitalised as a name)
    # (a headline naming a shorter form names the longer one that holds it: "Ridgeview symposium", "the Ridgeview
    # Symposium on Industrial Intelligence")
    # (or holds its words in their order: a headline drops words, "Smart Factory Summit" of "the Smart Factory AI
    # Summit 2025")
    # ("Robotics startups pitch at Seoul Demo Day" over "K-Robot Demo Day 2026": a headline's place before the
    # kind's words names the event whose name ends in them, where the body writes it)
    in_headline = {k for k in keys if any(h in k or _words_in_order(h, k) or _placed_kind(h, k, places)
                                          for h in keys if h in headline)}
    # (of names written as often, the one a verb of holding is said of: "The Lake AI Forum was held on June 3 …
    # That evening, the fifth annual Lake AI Awards were presented")
    # (only between two events: "7th AI Production Days" and "AI Production Days" are forms of one)
    def held(n: tuple[str, Span]) -> bool:
        k = key(n)
        return not any(h != k and (h in k or k in h) for h in keys) and _said_held(text, n[1])

    best = max(names, key=lambda n: (_proper(n[0]), not _sentence_cased(text, *n), counts[key(n)],
                                     key(n) in in_headline, held(n), len(key(n)), -n[1].start))
    same = [n for n in names if key(n) == key(best)]
    # the longest form; of equal ones the one written as a proper name ("Industry 5.0 Summit", not the
    # headline's "Industry 5.0 summit"), then the first; a form with the edition's year before one with a city
    # (the name its initials stand for before them: "International Robot Exhibition (iREX 2026)")
    # (but a headline's sentence case yields to the body's name: "Busan AI forum sees …" of "The 5th Busan AI Forum")
    return max(same, key=lambda n: (not _sentence_cased(text, *n), base_key(n) not in ordinal, base_key(n) not in initials,
                                    re.search(r"\b(?:19|20)\d\d\b", n[0]) is not None, len(n[0]),
                                    n[0].split()[-1][:1].isupper(), -n[1].start))


_LEADING_ORDINAL = re.compile(r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
                              r"\s+(?:annual\s+)?")


def _placed_kind(short: str, long: str, places: frozenset[str]) -> bool:
    """``short`` is a place and a kind's words (``seoul demo day``), the words ``long`` ends in, past its year
    (``k-robot demo day 2026``)."""
    place, _, kind = short.partition(" ")
    if place not in places or not kind or kind.split()[-1] not in gathering_words():
        return False
    return re.sub(rf"{EDGE_YEAR}", "", long).endswith(" " + kind) and not long.startswith(place + " ")


def _words_in_order(short: str, long: str) -> bool:
    """Every word of ``short`` is in ``long``, in the same order, and both begin with the same word."""
    have, want = long.split(), short.split()
    if len(want) < 2 or len(want) >= len(have) or have[0] != want[0]:
        return False
    rest = iter(have)
    return all(w in rest for w in want)


# after an event's name (or its type word, acronym or year) and a verb of holding: the place it is held at
# ("The Lake AI Forum opened at the Singapore Expo", "The ITAP 2025 exhibition was held at the Singapore Expo")
_HELD_AT = re.compile(r"(?:\b(?i:show|exhibition|event|fair|expo|conference|forum|summit|symposium|seminar|workshop|"
                      r"hackathon)|\)|\b(?:19|20)\d\d)"
                      # ("The seminar, titled "Robots That Learn," was held at the Tokyo International Forum": an aside)
                      r"(?:,[ \t]+[^.;!?\n]{1,80}?,[\"”]?)?[ \t]+(?:opened|opens|was[ \t]+held|is[ \t]+held|will[ \t]+be[ \t]+held|"
                      r"took[ \t]+place|takes[ \t]+place|kicked[ \t]+off|kicks[ \t]+off|began|begins|ran|runs|"
                      r"got[ \t]+under[ \t]*way)(?:[ \t]+(?:on[ \t]+)?[A-Z][a-z]+day|[ \t]+today)?[ \t]+at[ \t]+(?:the[ \t]+)?$")
_HELD_AT_REACH = 60  # characters before a name that the verb and its subject's last word are looked for in


def _not_venues(text: str, names: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """The candidate names less those written as the place an event is held at, also right after another
    name (``the Industrial Transformation Asia-Pacific conference at the Singapore Expo``)."""
    ends = {span.end for _name, span in names}
    starts = {span.start for _name, span in names}
    return [(name, span) for name, span in names
            if not _HELD_AT.search(text, max(0, span.start - _HELD_AT_REACH), span.start)
            and not ((at := _AT_AFTER_A_NAME.search(text, max(0, span.start - _AT_REACH), span.start)) is not None
                     and (at.start() in ends or at.start() + 1 in ends))
            # "gathered at the Singapore Expo on Wednesday for the Lake AI Summit": where they went for another
            and not (_AT_AFTER_A_NAME.search(text, max(0, span.start - _AT_REACH), span.start) is not None
                     and (gone_for := _FOR_ANOTHER.match(text, span.end)) is not None and gone_for.end() in starts)
            # "… at the Seoul AI Summit, hosted by the Korea Startup Forum": the body that held it, named for a kind
            and not (len(names) > 1 and _HOLDER_BEFORE.search(text, max(0, span.start - _HOLDER_REACH), span.start))]


# the verb whose agent holds an event, right before the agent's name: "hosted by the", "co-organized by"
_HOLDER_BEFORE = re.compile(rf"\b(?:{_AGENT_VERBS}|presented)\s+by\s+(?:the\s+)?$")
_HOLDER_REACH = 30  # characters before a name where that verb stands


# a weekday between a name and the word after it ("… 2026 on Wednesday at …", "… Expo on Wednesday for …")
_WEEKDAY_BETWEEN = r"(?:[ \t]+(?:on[ \t]+)?(?:[A-Z][a-z]+day|today|yesterday))?"
_AT_AFTER_A_NAME = re.compile(rf"[\"”]?{_WEEKDAY_BETWEEN}[ \t]+at[ \t]+(?:the[ \t]+)?$")
# (a quoted name's closing mark between; or the day: "opened VivaTech 2026 on Wednesday at the Paris Expo …")
_AT_REACH = 30  # characters before a name where that "at" and the day before it stand
# the event a place was gone to for, after the place's name: "… on Wednesday for the opening day of the …"
_FOR_ANOTHER = re.compile(_WEEKDAY_BETWEEN + r"[ \t]+for[ \t]+(?:the[ \t]+)?"
                          r"(?:(?:opening|closing|first|second|third|final|last)[ \t]+day[ \t]+of[ \t]+"
                          r"(?:the[ \t]+)?)?")


# a verb in the past right before a day ("said on Wednesday", "opened Tuesday")
# what says a sentence speaks of days ahead ("next week" does; "next-generation memory" does not)
_FUTURE = re.compile(r"\bwill\b|\bto be held\b|\bupcoming\b|\bnext\s+(?:week|month|year|[A-Z][a-z]+day)\b", re.I)
# a verb in the past tense (not a participle used as an adjective: "AI-based", "advanced", "automated")
_PAST_VERB = re.compile(r"\b(?!(?:scheduled|expected|slated|planned|based|advanced|related|automated|connected|"
                        r"dedicated|integrated|unmanned|sophisticated|distributed|embedded|specialized|specialised|"
                        r"limited|united|combined|extended|red|bed|need|speed|seed|feed|shed)\b)[a-z]{2,}ed\b"
                        r"|\b(?:said|held|took|gave|met|began|spoke|drew|brought|told|led|won|saw|made|hosted)\b")
_PAST_BEFORE = re.compile(r"\b(?:(?!(?:scheduled|expected|slated|planned|postponed|rescheduled)\b)[a-z]{2,}ed|said|held|took|gave|met|began|spoke|drew|brought|kicked\s+off|wrapped\s+up)"
                          r"(?:\s+(?:on|last))?\s+$")


# an event's start told in the present, as the news tells what is coming: "The summit kicks off Thursday",
# "The fair opens on Monday and runs through Friday", "takes place Wednesday"
_STARTS_AHEAD = re.compile(r"\b(?:kicks\s+off|opens|begins|starts|takes\s+place|gets\s+under\s?way|is\s+held|are\s+held|"
                           r"runs)(?:\s+(?:on|from|through|until))?\s+$")


# a part in an event still ahead, after the report's day: "said Monday that its CEO will speak at …"
_WILL_TAKE_PART = re.compile(r"\b(?:will|would|is\s+to|are\s+to|plans?\s+to)\s+(?:also\s+)?(?:speak|attend|deliver|present|"
                             r"give|host|hold|join|take\s+part|participate|keynote|headline|moderate|be\s+held|"
                             r"take\s+place|open|kick\s+off)\b")


# a verb in the past, then where or when it was done: "announced at", "unveiled during", "held on"
_PAST_AT = re.compile(rf"(?:{_PAST_VERB.pattern})\s+(?:at|on|during)\b")
_BACK_THEN_REACH = 120  # characters before a day where its verb is looked for


def _said_back_then(sentence: str, at: int) -> bool:
    """Between the last word of the future before ``at`` and ``at``, a verb in the past followed by where or when
    it was done: the day at ``at`` is that verb's, past."""
    start = max(0, at - _BACK_THEN_REACH)  # (a window before the day: linear in the sentence, whatever its dates)
    last = max((m.end() for m in _AHEAD.finditer(sentence, start, at)), default=start)
    # (not a participle after "be": "will be held at the hall on Oct 17")
    return any(not re.search(r"\b(?:be|been|being|is|are)\s+$", sentence[max(0, m.start() - 8):m.start()])
               for m in _PAST_AT.finditer(sentence, last, at))


def _future_last(sentence: str, at: int) -> bool:
    """Before ``at``, the future is told after any verb in the past, or no verb in the past is: the tense a day at
    ``at`` takes when the sentence looks ahead somewhere."""
    futures = [m.start() for m in _FUTURE.finditer(sentence, 0, at)]
    pasts = [m.start() for m in _PAST_VERB.finditer(sentence, 0, at)]
    return not pasts or bool(futures) and futures[-1] > pasts[-1]


# a verb in the past right after a day, an adverb between or not: "on Thursday called", "Tuesday formally opened"
_PAST_RIGHT_AFTER = re.compile(rf"\s+(?:[a-z]+ly\s+)?(?:{_PAST_VERB.pattern})")


def _weekday_dates(sentence: str, offset: int, published: date) -> list[tuple[str, str | None, int]]:
    """``on Tuesday``, ``from Monday to Wednesday``: the nearest such day to publication, in the
    direction the verb's tense points (``will`` ahead, otherwise back)."""
    # "next week" looks ahead; "next-generation memory" does not
    future = bool(_FUTURE.search(sentence))
    out = []
    for m in re.finditer(r"\b(?:from\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                         r"(?:\s+(?:to|through|until|and|-|–)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?",
                         sentence):
        if _WEEKDAY_DATED.match(sentence, m.end()):
            continue  # "Thursday, Nov. 15", "Wednesday (Oct. 8)": the written date says it
        if _REPORTED_ON.search(sentence, max(0, m.start() - 20), m.start()) \
                and (_MONTH_DAY.search(sentence, m.end()) or _WILL_TAKE_PART.search(sentence, m.end())):
            # "A and B said Wednesday that they will host … on June 12": the report's day, the date after;
            # "A said Monday that its CEO will speak at …": the report's day, the event's ahead and unsaid
            continue
        want = _WEEKDAYS.index(m.group(1).lower())
        delta = (want - published.weekday()) % 7
        # "said on Wednesday that AI agents will …": the verb the day belongs to sets its tense; "pressed
        # leaders Tuesday on how AI will reshape jobs": a past verb before the day, the future only after it
        # ("… will decide whether …, experts told a packed room Monday": a past verb after the last "will" before the
        # day is the day's)
        # ("Minister Kim on Thursday called on firms to adopt AI, saying the government will …": the verb in the past
        # right after the day is the day's, the future only after it)
        ahead = future and not _PAST_BEFORE.search(sentence, max(0, m.start() - 24), m.start()) \
            and _future_last(sentence, m.start()) \
            and not _SAID_THEN_PARTICIPLE.search(sentence, 0, m.start()) \
            and not _PAST_RIGHT_AFTER.match(sentence, m.end()) \
            or _STARTS_AHEAD.search(sentence, max(0, m.start() - 30), m.start()) is not None
        fronted = _FRONTED_PARTICIPLE.match(sentence)
        if fronted is not None and m.start() < fronted.end():
            # "Speaking at the forum on Tuesday, A said AI will …": the day is the main verb's, after the comma
            main_past = _PAST_VERB.search(sentence, fronted.end())
            main_will = _FUTURE.search(sentence, fronted.end())
            ahead = main_will is not None and (main_past is None or main_will.start() < main_past.start())
        day = published + timedelta(days=delta) if ahead or delta == 0 else published - timedelta(days=(7 - delta))
        if _LAST_WEEK_ON.search(sentence, max(0, m.start() - 20), m.start()):
            # "held last week on Wednesday": that weekday of the calendar week before the paper's
            day = published - timedelta(days=published.weekday() + 7 - want)
        elif delta == 0 and re.search(r"\blast\s+$", sentence[max(0, m.start() - 6):m.start()], re.I):
            day = published - timedelta(days=7)  # "last Friday" in a Friday's paper: the week before
        elif delta == 0 and re.search(r"\bnext\s+$", sentence[max(0, m.start() - 6):m.start()], re.I):
            day = published + timedelta(days=7)  # "next Friday" in a Friday's paper: the week after
        end = None
        if m.group(2):
            span = (_WEEKDAYS.index(m.group(2).lower()) - want) % 7
            end = (day + timedelta(days=span)).isoformat()
        out.append((day.isoformat(), end, offset + m.start()))
    # "held … at its campus yesterday": a day counted from publication ("today's factories" is no date)
    for m in re.finditer(r"\b(yesterday|today|tomorrow)\b(?!\s+(?:announced|said|unveiled|released|revealed|"
                         r"confirmed|published|named))", sentence, re.I):  # "X today announced …": the report's day
        if _REPORTED.search(sentence, max(0, m.start() - 14), m.start()):
            continue  # "X said today that …"
        if sentence[m.end():m.end() + 1] in ("'", "’") and not _DAYS_GATHERING.match(sentence, m.end()):
            continue  # ("yesterday's session of the summit" is a day; "today's factories" none)
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group(1).lower()]
        out.append(((published + timedelta(days=shift)).isoformat(), None, offset + m.start()))
    return out


# "last week" right before a weekday: "held last week on Wednesday", "last week, on Tuesday,"
_LAST_WEEK_ON = re.compile(r"\blast\s+week\s*,?\s*(?:on\s+)?$", re.I)


# the gathering or its part a day's possessive owns: "yesterday's session", "today's AI Seoul Summit"
_DAYS_GATHERING = re.compile(rf"['’]s\s+(?:[\w&+\-]+\s+){{0,6}}?(?:{_GATHERING_KIND}|"
                             r"(?i:sessions?|panels?|keynotes?|hearings?|plenary|opening|closing)\b)")


# 'A said "physical AI" will be the next battleground, speaking at the forum on Wednesday': the participle after the
# reported words is the sayer's, in the tense of "said" (the "will" is inside what was said)
_SAID_THEN_PARTICIPLE = re.compile(r"\b(?:said|told|noted|added|argued|warned|stressed|predicted|agreed)\b[^.;!?]*?"
                                   r"\bwill\b[^.;!?]*?,\s+(?:speaking|addressing|presenting|appearing|testifying)\b[^,;]*$")


# a participle's clause that opens the sentence, to its comma: "Speaking at the forum in Seoul on Tuesday,"
_FRONTED_PARTICIPLE = re.compile(r"\s*(?:Speaking|Addressing|Presenting|Appearing|Testifying|Delivering|Giving|Opening|"
                                 r"Closing|Attending|Visiting)\b[^,.;!?]*,")


# the nouns an ordinal before them counts, no day of the month: "the 3rd day", "the 2nd floor", "the 10th edition"
_COUNTED = "day|week|floor|edition|session|anniversary|annual|round|stage|level|panel|track|time|year|month|hall"
_DAY_OF_MONTH = re.compile(rf"\bon\s+the\s+(\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+(?:{_COUNTED}|"
                           rf"of\s+(?:the|its|their|(?:{MONTH_NAMES})[a-z]*\.?)\b))"
                           # ("on the 28th and 29th of October": the range's month named after its last day)
                           rf"(?!\s*(?:and|to|through|-|–)\s*(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)\s+of\s+"
                           rf"(?:{MONTH_NAMES}))")
# two ordinals of the month, a range: "from the 1st to the 3rd", "on the 1st and 2nd" (no month named after them)
_DAYS_OF_MONTH = re.compile(r"\b(?:from|on)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\s+(?:to|through|until|till|and|-|–)\s+"
                            rf"(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+(?:{_COUNTED}|floors|days|of)\b)")
# "Thursday, Nov. 15", "Wednesday (Oct. 8)": a weekday with its date written after it
_WEEKDAY_DATED = re.compile(rf",?\s+\(?(?:\d{{1,2}}\s+)?(?:{MONTH_NAMES})")


def _day_of_month(sentence: str, offset: int, published: date, past: bool = False,
                  ahead: bool = False) -> list[tuple[str, str | None, int]]:
    """``on the 24th``: the day of the publication month, or of the month before if it is later (a few days
    later still this month's, unless ``past``: the sentence says the event is past, as :func:`_dates_in` reads it;
    with ``ahead``, the sentence says it is to come: this month's day if it is still to come, else next month's)."""
    out: list[tuple[str, str | None, int]] = []
    ranged: list[tuple[int, int]] = []
    for m in _DAYS_OF_MONTH.finditer(sentence):  # "from the 1st to the 3rd": the first day, then the last after it
        first = _nth_of_the_month(int(m.group(1)), published, past, ahead)
        if first is None:
            continue
        last = first + timedelta(days=int(m.group(2)) - first.day) if int(m.group(2)) > first.day else None
        out.append((first.isoformat(), last.isoformat() if last else None, offset + m.start()))
        ranged.append((m.start(), m.end()))
    # (not "on the 3rd day of the forum", "on the 2nd floor": an ordinal before a noun counts something else; nor "on
    # the 14th of March": a named month's day, which find_dates reads with the sentence's tense)
    for m in _DAY_OF_MONTH.finditer(sentence):
        if any(a <= m.start() < b for a, b in ranged):
            continue
        day = _nth_of_the_month(int(m.group(1)), published, past, ahead)
        if day is not None:
            out.append((day.isoformat(), None, offset + m.start()))
    return out


def _nth_of_the_month(d: int, published: date, past: bool, ahead: bool = False) -> date | None:
    """Day ``d`` of the publication month, or of the month before if it is later (see :func:`_day_of_month`)."""
    try:
        day = published.replace(day=d)
    except ValueError:
        return None
    if ahead:  # "will host … on the 24th": this month's day still to come, else next month's
        return day if day >= published else shift_month(published, 1, d)
    # (a few days ahead is this month's coming day, unless the sentence says the event is past: "was held on
    # the 24th" in a report of the 20th is last month's)
    if day > published + timedelta(days=7) or day > published and past:
        return shift_month(published, -1, d)
    return day


# what a dateline writes before its day: the place and a comma ("SINGAPORE, 4 March 2025 —"), or the parenthesis
# the day stands in, after the place ("LISBON (12 March 2026) –") or after its abbreviation that ended a sentence
# ("ANN ARBOR, Mich. (April 14, 2026) —")
_DATELINE_PLACE = re.compile(r"\s*(?:[A-Z][A-Za-z .'’-]*,|(?:[A-Z][A-Za-z .,'’-]*)?\(\s*$)")


def _dateline_day(text: str, spans: list[Span], published: str | None) -> str | None:
    """The day a dateline gives the report (``SINGAPORE, 4 March 2025 —``, ``SEOUL, Nov. 20 (Yonhap) --``),
    settled against ``published``; None when the article opens with none."""
    for sp in spans[:_LEDE]:
        sentence = text[sp.start:min(sp.end, sp.start + 80)]
        for d in find_dates(sentence, published, lang="en"):
            # (what follows read in the text: the first 80 characters may end right after the date)
            after = text[sp.start + d.span.end:min(sp.end, sp.start + d.span.end + 40)]
            # "SINGAPORE, 4 March 2025 —", or "Brussels, 12 February 2025" on a line of its own
            if d.end is None and (_DATELINE.match(after) or re.match(r"[ \t]*(?:\n|$)", after)) \
                    and _DATELINE_PLACE.match(sentence[:d.span.start]) \
                    and "\n" not in sentence[:d.span.start].strip():
                return d.start
    return None


_REPORT_VERBS = r"(?:said|says|announced|announces|unveiled|revealed|confirmed)"
_REPORTED = re.compile(rf"\b{_REPORT_VERBS}\s+$", re.I)
_MONTH_DAY = re.compile(rf"\b(?:{MONTH_NAMES})[a-z]*\.?\s+\d{{1,2}}\b|\b\d{{1,2}}\s+(?:{MONTH_NAMES})[a-z]*\b")
_REPORTED_ON = re.compile(rf"\b{_REPORT_VERBS}\s+(?:on\s+)?(?:the\s+)?$", re.I)  # "said Tuesday", "said on the 20th"
_LEDE = 3  # sentences (the headline among them) that open an article


def _date(text: str, published: str | None, reference: str | None, held: list[Span],
          others: list[Span], lede: list[Span] | None = None) -> tuple[str | None, str | None]:
    """The first date written in a sentence that says the event is held (or names it), else in one
    that speaks of an event at all. ``reference`` settles the year of a month and day; weekdays and
    ``the 24th`` need the publication date itself. A stretch that ended on a day (``the four-day
    show concluded Saturday``) is counted back from it."""
    pub = date.fromisoformat(published[:10]) if published else None
    lasting = _N_DAYS.search(text)  # "a four-day event", written anywhere
    count_of = next((g for g in lasting.groups() if g), None) if lasting else None
    for group in (held, others, lede or []):
        for n, sp in enumerate(group):
            sentence = text[sp.start:sp.end]
            found = _dates_in(sentence, sp.start, reference, pub)
            if not found:
                closing = _dates_in(sentence, sp.start, reference, pub, closing=True) if count_of else []
                if closing and count_of:  # "The two-day summit will close on Dec. 9": counted back from its last day
                    day = date.fromisoformat(min(closing, key=lambda f: f[2])[0])
                    days = _ORDINAL_DAYS.get(count_of.lower()) or int(count_of)
                    return (day - timedelta(days=days - 1)).isoformat(), day.isoformat()
                continue
            start, end, _at = min(found, key=lambda f: (f[2], f[1] is None))  # a range over its first day
            if end is not None:
                return start, end
            # a later sentence of the group with a range from the same day: "from Monday to Wednesday"
            for later in [*group[n + 1:], *(others if group is held else [])]:
                said = text[later.start:later.end]
                more = _dates_in(said, later.start, reference, pub)
                end = next((e for s_, e, _a in more if s_ == start and e), None)
                if end:
                    return start, end
                if count_of and any(s_ == start for s_, _e, _a in more) and re.search(rf"\b{_ENDED}\b", said):
                    days = _ORDINAL_DAYS.get(count_of.lower()) or int(count_of)
                    day = date.fromisoformat(start)  # "… on Saturday. The event concluded Saturday."
                    return (day - timedelta(days=days - 1)).isoformat(), start
            stretch = _STRETCH.search(sentence)
            count = next(g for g in stretch.groups() if g) if stretch else count_of
            if count:
                days = _ORDINAL_DAYS.get(count.lower()) or int(count)
                day = date.fromisoformat(start)
                if _OPENED_ON.search(sentence):  # "The three-day forum, which began on June 3, wrapped up …"
                    return day.isoformat(), (day + timedelta(days=days - 1)).isoformat()
                if stretch or re.search(rf"\b{_ENDED}\b", sentence):  # "the four-day show concluded Saturday"
                    return (day - timedelta(days=days - 1)).isoformat(), day.isoformat()
                if re.search(rf"\b{_OPENED}\b", sentence):  # "the three-day fair opened Tuesday"
                    return day.isoformat(), (day + timedelta(days=days - 1)).isoformat()
            return start, _runs_until(text, [*held, *others], start)
    # "LISBON, 12 March 2026 – More than 900 researchers gathered in Lisbon for the opening of …": with no
    # other date, a sentence under the dateline that says the event was held (not that it will be) happened that day
    for sp in held[:_LEDE]:
        sentence = text[sp.start:sp.end]
        for d in find_dates(sentence[:60], reference, lang="en"):
            if d.end is None and _DATELINE.match(sentence[d.span.end:d.span.end + 40]) and not _AHEAD.search(sentence) \
                    and _DATELINE_PLACE.match(sentence[:d.span.start]):
                return d.start, _runs_until(text, [*held, *others], d.start)
    return None, None


_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# ("… kicked off on Monday …, ends Wednesday", "closes on June 4": the day it ends)
# the verbs of an event ending on a day, in the present or the future: "ends Friday", "will close on June 4"
_ENDS_ON = r"(?:ends|closes|concludes|wraps\s+up|will\s+(?:end|close|conclude|wrap\s+up))(?:\s+on)?"
_RUNS_UNTIL = re.compile(r"\b(?:(?:runs?|lasts?|continues?|will\s+run|is\s+on|remains?\s+open)\s+(?:until|through|till|to)"
                         rf"|{_ENDS_ON})\s+"
                         r"(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?P<month>" + _MONTH_WORD + r")\s+"
                         r"(?P<day>\d{1,2})\b|(?P<day2>\d{1,2})\s+(?P<month2>" + _MONTH_WORD + r"))")  # "until 14 March"
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_UNTIL_REACH = 31  # days a stretch may run


def _runs_until(text: str, spans: list[Span], start: str) -> str | None:
    """``The fair runs until Friday`` (the first such weekday after the start, within a week), ``runs
    through June 4`` (that day of the start's year, within a month)."""
    for sp in spans:
        m = _RUNS_UNTIL.search(text, sp.start, sp.end)
        if m:
            first = date.fromisoformat(start)
            month, day = m.group("month") or m.group("month2"), m.group("day") or m.group("day2")
            if month:
                try:
                    last = date(first.year, _MONTHS.index(month[:3].lower()) + 1, int(day))
                except ValueError:
                    return None
                return last.isoformat() if 0 < (last - first).days <= _UNTIL_REACH else None
            ahead = (_WEEKDAYS.index(m.group(1).lower()) - first.weekday()) % 7
            return (first + timedelta(days=ahead)).isoformat() if ahead else None
    return None


_AGENDA_DAY = re.compile(r"\s*Day\s+(?:\d{1,2}|One|Two|Three|Four|Five)\b[ \t]*[(:–—,-]")


def _dates_in(sentence: str, offset: int, reference: str | None, pub: date | None,
              closing: bool = False) -> list[tuple[str, str | None, int]]:
    """The days a sentence dates the event on, each with the last day of its range and its offset; with
    ``closing``, only the days it says the event runs until or ends on."""
    if len(re.findall(r"[A-Za-z]{3,}", _DATE_WORDS.sub("", sentence))) < 3 and not _AGENDA_DAY.match(sentence):
        return []  # a date stamp line ("Published : Sept. 4, 2025 - 15:20"), not a sentence about the event
        # (but a programme's day: "Day 1 (June 3)", "Day One: Tuesday, June 3")
    found: list[tuple[str, str | None, int]] = []
    # "will hold … from Nov. 12": a month and day with no year lies ahead of the publication date
    # ("opened on June 1 and will run until June 5": the past verb dates the start)
    # "took place on 14 March": a past verb puts it on or before the publication date
    # ("The forum returned to the Javits Center on June 4": any verb in the past other than a report's)
    # ("The event, produced by WTWH Media, takes place April 30": a participle set off by commas tells no tense)
    # ('"Those that wait will fall behind," said A … on Wednesday': the words quoted tell no tense of the event)
    unquoted = _QUOTED_WORDS.sub(lambda m: " " * len(m.group()), sentence)
    told = _PARTICIPLE_ASIDE.sub(",", _PARTICIPLE_OPENING_CLAUSE.sub("", unquoted))
    past = bool(_PAST_HELD.search(told)) or (_TOOK_PART.search(told) is not None
                                             or any(m.group() not in _REPORTING for m in _PAST_VERB.finditer(told))) \
        and not _AHEAD.search(unquoted) or _CAPTION.search(sentence) is not None
    ahead = None if not pub else True if _AHEAD.search(sentence) and not past else False if past else None
    dates = find_dates(sentence, reference, lang="en", future=ahead)
    if ahead and any(_said_back_then(unquoted, d.span.start) for d in dates):
        # "Firms will get help under a programme announced at the … Conference on Oct 17": the past verb that the
        # day's place follows, after the last word of the future, dates it
        back = {d.span: d for d in find_dates(sentence, reference, lang="en", future=False)}
        dates = [back.get(d.span, d) if _said_back_then(unquoted, d.span.start) else d for d in dates]
    for d in dates:
        if _DATELINE.match(sentence[d.span.end:d.span.end + 40]):
            continue  # "SEOUL, Nov. 20 (Yonhap) --": the day of the report
        if re.search(r"\b(?:date|dated|posted|published|updated)\s*:?\s*$", sentence[max(0, d.span.start - 12):d.span.start], re.I):
            continue  # "date 2022-04-23", "Published: 18 Aug.": a stamp of the page, not the event
        if not re.match(r"\s*[,.]?\s*(?:\d{1,2}:\d\d|said|according)", sentence[d.span.end:d.span.end + 12]) \
                or _RELATIVE_CLAUSE_OPEN.search(sentence, max(0, d.span.start - _CLAUSE_REACH), d.span.start):
            # ("The Ridge Institute, which hosted the summit on June 3, said …": the comma closes the clause that
            # dates the event, and the verb of saying after it is the subject's)
            found.append((d.start, d.end, offset + d.span.start))
    found.extend(_to_range(sentence, offset, reference, ahead))
    if pub:
        found.extend(_weekday_dates(unquoted, offset, pub))
        found.extend(_day_of_month(sentence, offset, pub, past=ahead is False, ahead=ahead is True))
    # "LG said on the 20th that it hosted … on the 19th": the day of the report, when the sentence dates the event too
    reported = {f for f in found if _REPORTED_ON.search(sentence, max(0, f[2] - offset - 30), f[2] - offset)}
    # ("Nimbus will host the summit next week, it said on Tuesday": the day one told of an event ahead is not its day)
    # ("A will headline the summit next March, organizers announced Wednesday": the clause told, ahead, before the
    # attribution that closes the sentence)
    if reported and (len(reported) < len(found) or _HOLDS_AHEAD.search(unquoted)
                     or (told_at := _TRAILING_REPORT.search(unquoted)) is not None
                     and _AHEAD.search(unquoted, 0, told_at.start()) is not None):
        found = [f for f in found if f not in reported]
    # "runs through Friday", "ends Friday": the day it ends, not a day it is held on (a range keeps its first day)
    return [f for f in found if closing == (f[1] is None and _UNTIL.search(sentence, max(0, f[2] - offset - 30),
                                                                         f[2] - offset) is not None)]


# ("The forum ends Friday", "closes on June 4": the day it ends, no day it opens)
_UNTIL = re.compile(rf"\b(?:through|thru|until|till|to|{_ENDS_ON})\s+(?:(?:this|next|last)\s+)?$", re.I)
# a relative clause opened after a comma and not closed before the day: ", which hosted the summit on "
_RELATIVE_CLAUSE_OPEN = re.compile(r",\s+(?:which|who)\s[^,;:!?]*$")
_CLAUSE_REACH = 100  # characters back from a day to the comma that opens its relative clause


_REPORTING = frozenset({"said", "announced", "reported", "added", "noted", "stated", "confirmed", "revealed",
                        "unveiled", "released", "published", "posted", "updated", "explained", "told"})
# an attribution closing the sentence: ", organizers announced Wednesday.", ", the company said on Tuesday."
_TRAILING_REPORT = re.compile(rf",\s+[^,;]{{1,60}}?\b{_REPORT_VERBS}\s+(?:on\s+)?[^,;]{{1,20}}?[.!]?\s*$", re.I)
# an event's own verb of a time ahead: "will co-host the summit", "is set to open", "will be held"
_HOLDS_AHEAD = re.compile(r"\b(?:will|is\s+set\s+to|are\s+set\s+to|plans?\s+to)\s+(?:(?:jointly|also|again)\s+)?"
                          r"(?:co-?host|host|hold|co-?organi[sz]e|organi[sz]e|stage|open|be\s+held|take\s+place|kick\s+off|"
                          r"run|convene)\b", re.I)
_AHEAD = re.compile(r"\b(?:will|to be held|upcoming|is set to|are set to|scheduled|(?:set|slated)\s+(?:for|to))\b", re.I)
# a photo's caption, in the present of what the picture shows of a day gone by: "Photo: A (center) speaks …",
# "A (second from left) poses with …"
_CAPTION = re.compile(rf"^\s*(?:Photo|PHOTO|Pictured)\s*:|{PICTURE_PLACE}\s*,?\s+(?:[^.;!?]{{0,60}}?,\s+)?[a-z]+s\b")
# words quoted, of a sentence or more (not a quoted name: '"AI Everywhere"'): blanked before the tense is read
_QUOTED_WORDS = re.compile(r"[\"“][^\"“”\n]*?\s[^\"“”\n]*?\s[^\"“”\n]*?[\"”]")
# an aside of who holds or backs the event, a participle with its agent between commas: ", organized by X and Y,"
# a participle that opens the sentence up to its comma tells no tense of the event: "Held every two years, the expo
# returns …", "Organized by X, the summit will …"
_PARTICIPLE_HEAD = r"\s*(?:(?:Jointly|Co-?)\s*)?(?:[A-Z][a-z]+ed|Held|Run)"
_PARTICIPLE_OPENING_CLAUSE = re.compile(rf"^{_PARTICIPLE_HEAD}\b[^,;.!?]{{0,80}},")
# the opening participle's clause not yet closed by its comma: "Organized by Messe München together with the "
_OPENING_PARTICIPLE_SO_FAR = re.compile(rf"{_PARTICIPLE_HEAD}\s+(?:by|with|in|at|jointly)\b[^,;.!?]{{0,80}}")
# (or closing the sentence: "… returns to Reed Hall April 29-30, produced by WTWH Media.")
_PARTICIPLE_ASIDE = re.compile(r",\s+(?:(?:jointly|co-?)\s*)?(?:[a-z]{2,}ed|held|run)\s+by\s[^,;!?]{1,80}?(?:,|[.!?]?\s*$)")
_PAST_HELD = re.compile(r"\b(?:opened|began|kicked\s+off|started|was\s+held|were\s+held|took\s+place|was\s+hosted|"
                        r"convened|got\s+under\s?way)\b", re.I)
# a verb in the simple past that says someone took part ("X addressed the conference on 4 March"), not a
# participle after a form of be ("is organized by", "will be hosted")
_TOOK_PART = re.compile(r"(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )\b(?:addressed|hosted|held|organi[sz]ed|"
                        r"attended|spoke|delivered|gave|welcomed|drew|inaugurated|concluded|wrapped\s+up|gathered|"
                        r"brought\s+together|unveiled|presented)\b", re.I)
_DATE_WORDS = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|\b(?:Published|Updated|"
                         r"Posted|IST|KST|GMT|UTC|am|pm|AM|PM|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_ORDINAL_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_ENDED = r"(?:concluded|ended|ending|closed|closing|wrapped|wraps|came to an end)"
# (the future too: "will open on Dec. 9", "is set to kick off Monday")
_OPENED = (r"(?:opened|opens|opening|kicked off|kicks off|began|begins|beginning|started|starts|starting|launched|"
           r"(?<=will )(?:open|kick off|begin|start)|(?<=to )(?:open|kick off|begin|start))")
# the day an opening verb gives: "began on June 3", "opened Tuesday", "kicked off on the 3rd"
_OPENED_ON = re.compile(rf"\b{_OPENED}\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:{MONTH_NAMES})[a-z]*\.?\s+\d|"
                        r"the\s+\d{1,2}(?:st|nd|rd|th)\b)")
# ("the two-day AI for Manufacturing Summit": the kind closes a name of up to five words)
_N_DAYS = re.compile(r"\b(two|three|four|five|six|seven|[2-9])-day\s+(?:[\w-]+\s+){0,5}?"
                     r"(?:event|conference|show|exhibition|expo|fair|forum|summit|festival|hackathon|convention|congress|"
                     r"symposium|workshop|meeting|trade show|run)\b"
                     # "… and will run for three days", "the fair lasts four days"
                     r"|\b(?:run|runs|running|last|lasts|lasting|continue|continues|continuing)\s+(?:for\s+)?"
                     r"(two|three|four|five|six|seven|[2-9])\s+days\b"
                     # "40,000 visitors expected over three days", "talks spread across two days"
                     r"|\b(?:over|across)\s+(?:the\s+next\s+)?(two|three|four|five|six|seven|[2-9])\s+days\b", re.I)
_STRETCH = re.compile(r"\b(two|three|four|five|six|seven|\d)-day\b.{0,80}?\b" + _ENDED + r"\b|\b" + _ENDED
                      + r"\b.{0,80}?\b(two|three|four|five|six|seven|\d)-day\b"
                      # "… closed its doors on Thursday after three days of exhibits"
                      + r"|\b" + _ENDED + r"\b.{0,80}?\bafter\s+(two|three|four|five|six|seven|\d)\s+days\b", re.I)


_MONTH = rf"({MONTH_NAMES})[a-z]*\.?"
# (a year may follow the first day too: "Dec. 30, 2025, to Jan. 2, 2026")
_RANGE = re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d,?)?"
                    r"\s+(?:to|through|thru|until|till|and|-|–)\s+(?:" + _MONTH
                    + r"\s+)?(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d\d))?")


def _to_range(sentence: str, offset: int, published: str | None, future: bool | None = None
              ) -> list[tuple[str, str | None, int]]:
    """``from May 12th to 15th``, ``July 9 through 11``, ``from April 29 to May 1``: a range whose end
    day stands alone or with its own month."""
    out = []
    for m in _RANGE.finditer(sentence):
        own = re.match(r"\d{1,2}(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)", sentence[m.start(2):])  # "Dec. 30, 2025, to …"
        year = f", {own.group(1)}" if own else f", {m.group(5)}" if m.group(5) else ""
        dates = find_dates(f"{m.group(1)} {m.group(2)}{year}", published, lang="en", future=future)
        if not dates:
            continue
        start = date.fromisoformat(dates[0].start)
        ends = find_dates(f"{m.group(3) or m.group(1)} {m.group(4)}, {start.year}", None, lang="en")
        end = date.fromisoformat(ends[0].start) if ends else None
        if end is not None and end < start:
            end = end.replace(year=end.year + 1)  # "Dec 30 to Jan 2"
        out.append((start.isoformat(), end.isoformat() if end and end > start else None, offset + m.start()))
    for m in _DAY_FIRST_RANGE.finditer(sentence):  # "on 24 and 25 November", "24 to 26 November 2026"
        year = f" {m.group(4)}" if m.group(4) else ""
        first = find_dates(f"{m.group(1)} {m.group(3)}{year}", published, lang="en", future=future)
        if not first:
            continue
        start = date.fromisoformat(first[0].start)
        try:
            end = start.replace(day=int(m.group(2)))
        except ValueError:
            continue
        if end > start:
            out.append((start.isoformat(), end.isoformat(), offset + m.start()))
    return out


# a range written day first, the month once after the last day (British, Indian and Singaporean style)
_DAY_FIRST_RANGE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:to|through|and|-|–)\s+(\d{1,2})(?:st|nd|rd|th)?\s+"
                              + _MONTH + r"(?:,?\s+((?:19|20)\d\d))?\b")


_HOST_TO = re.compile(_OPENS + r"(?:The\s+)?(?P<venue>[A-Z][\w'’&\-.]*(?:\s+(?:of|&|[A-Z][\w'’&\-.]*)){0,6})"
                      r"\s+(?:was|is|will be|played|plays|will play)\s+(?:the\s+)?host\s+to\b", re.M)


# "the atrium of the Hanbit Robotics Building, where the symposium took place": the place a relative clause sets
# the gathering in
_WHERE_HELD = re.compile(r"\b(?:the\s+)?(?P<venue>[A-Z][\w'’&\-.]*(?:\s+(?:of|&|[A-Z][\w'’&\-.]*)){0,6}),\s+where\s+"
                         r"(?:the|this|this\s+year['’]s|our)\s+(?:[\w-]+\s+){0,3}?"
                         rf"(?:{_GATHERING_NOUNS}|ceremony)\s+"
                         r"(?:took\s+place|takes\s+place|will\s+take\s+place|is\s+taking\s+place|was\s+held|is\s+held|"
                         r"is\s+being\s+held|will\s+be\s+held|was\s+hosted|is\s+hosted|ran|runs|opened|opens)\b")


# "The venue for this year's forum was the Hyatt Regency in Chicago": the venue named as such
_VENUE_WAS = re.compile(r"\b[Tt]he\s+(?:venue|location)\s+(?:for|of)\s+[^;:!?\n]{1,80}?\s+(?:was|is|will\s+be)\s+"
                        r"(?:the\s+)?(?P<venue>[A-Z][\w'’&\-]*(?:\s+(?:of|&|[A-Z][\w'’&\-]*)){0,6}?)"
                        r"(?:\s+in\s+(?P<city>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?(?=[.,;]|\s+(?:on|in)\b|$)")


EDITION_REACH = 40  # characters before a cue or a verb of holding where another edition is named as its subject


# the gathering reported, by its kind, at a place: "Speaking at the event at Marina Bay Sands, …"
_AT_THE_ONE_AT = re.compile(rf"\b(?:[Aa]t|[Dd]uring)\s+(?:the|this)\s+{_GATHERING_KIND}\s+at\s+(?:the\s+)?[A-Z]")


def _holds_this_one(sentence: str) -> bool:
    """The sentence has a verb of holding (``_HELD``) whose subject or place is not another edition or gathering
    than the one reported ("Last year's summit was held at Pier Hall", "…, where last year's summit was held")."""
    held = _HELD.search(sentence)
    return held is not None \
        and another_edition().search(sentence, max(0, held.start() - EDITION_REACH), held.start()) is None


def _known_place(name: str) -> bool:
    """A city the lists know, or words they all know as places (a region, a country): no venue by itself."""
    return name.lower() in lists().cities or all(w.lower() in lists().places for w in name.split())


def _held_there(text: str, where: re.Match[str], people: set[str]) -> bool:
    """The place of a ``_WHERE_HELD`` clause is the venue: no other edition is held there, and it is no person, city
    or region (nor a town after "in", unless its own words say it is a building: "in Tulsa, where …")."""
    venue = where.group("venue")
    return another_edition().search(where.group()) is None and venue not in people \
        and not _known_place(venue) \
        and not (text[max(0, where.start() - 3):where.start()] == "in "
                 and not any(w in _VENUE_WORDS or w.upper() in _VENUE_WORDS for w in venue.split()))


# the parts of a gathering: "another session", "a separate workshop" may be the reported one's
PARTS_OF_A_GATHERING = frozenset({"lecture", "talk", "session", "plenary", "panel", "workshop", "briefing", "masterclass",
                                   "seminar", "meeting", "ceremony", "dialogue", "roundtable", "challenge", "competition",
                                   "contest", "awards", "webinar", "bootcamp", "camp"})


@lru_cache(maxsize=1)
def another_edition() -> re.Pattern[str]:
    """A gathering named as another edition than the one reported: last year's, next year's, the previous."""
    # (not "the first lecture", "the next panel", "the upcoming summit": a part or the edition reported itself;
    # nor "another session", "a separate workshop": a part of a gathering may be the reported one's)
    # (a trade show by its kind, which cues leave out as no gathering's word: "Next year's show will be in Chicago")
    wholes = "|".join(sorted((re.escape(w) for w in gathering_words() - NOT_GATHERINGS - PARTS_OF_A_GATHERING | {"show"}),
                             key=len, reverse=True))
    return re.compile(r"\b(?:(?:last|next|previous|past|prior)\s+year['’]s|(?:the|its)\s+(?:previous|prior|earlier)|"
                      r"an?\s+(?:earlier|different|separate)|another)\s+"
                      rf"(?:[\w-]+\s+){{0,2}}?(?:edition|(?i:{wholes}))s?\b", re.I)


_BODY_WORDS = ORG_WORDS | LEGAL_FORMS


def _body_not_place(name: str) -> bool:
    """A name that says it is an organization, not a hall or a hotel (``Ridge Institute``, ``Nimbus Labs``,
    ``Arden University``; not ``Hanbit Hall``)."""
    words = name.split()
    # (or a company by its words: "Acme Robotics played host to …")
    return any(w.lower().rstrip(".") in _BODY_WORDS or w.lower() in lists().company_words for w in words) \
        and not any(w in _VENUE_WORDS and w not in _CAMPUS_WORDS for w in words)


# how far back from "at" a post may stand whose body "at" names ("director of the Laboratory for Machine Tools and
# Production Engineering at Ridge University": where one works, not where the event is)
_POST_REACH_WORDS = 14
_POST_REACH_CHARS = 120


def _in_a_named_list(words: list[str], n: int) -> bool:
    """The comma after ``words[n]`` parts capitalised words of one name (``Department of Mechanical, Aerospace and
    Nuclear Engineering``), not clauses."""
    return words[n][:1].isupper() and n + 1 < len(words) and words[n + 1][:1].isupper()


def _venue(text: str, held: list[Span], people: set[str], names: set[str]) -> tuple[str | None, str | None]:
    """:func:`_venue_named`, less what follows a letter's full stop when a person's name opens the words after it
    (``the Hanbit Convention Center's Hall B. Rhea Mills of Crest AI spoke``: the stop ended the sentence)."""
    venue, city = _venue_named(text, held, people, names)
    if venue is not None and _HELD_BY_ADJECTIVE.search(venue):
        venue = None  # "spoke at the KITA-organized AI seminar": who held the event, made an adjective, is no place
    if venue is not None and venue.split()[-1].lower() in gathering_words() \
            and re.sub(r"^the\s+", "", venue, flags=re.I).lower() in lists().organizations:
        venue = None  # "spoke at the World Economic Forum in Davos": a body named for its gathering, no place
    if venue is not None:
        stop = next((at for p in people if (at := venue.find(f". {p}")) > 0), None)
        venue = venue[:stop] if stop is not None else venue
    elif (listed := _listed_after_the_name(text, names)) is not None:
        return listed
    return venue, city


# the kinds of gathering that also end a place's name ("Singapore Expo", "the Forum", "the National Assembly" …)
_KINDS_NAMING_PLACES = frozenset({"expo", "fair", "festival", "week", "day", "days", "convention", "forum", "show",
                                  "hall", "assembly", "congress"})  # ("the National Assembly", "the Palace of Congress")


def _ends_in_a_gathering(venue: str) -> bool:
    """``at the AI Factory Summit``, ``at the Robotics Summit & Expo``: an event's name, no place."""
    words = venue.split()
    if len(words) > 2 and words[-2] in ("&", "and"):
        words = words[:-2]  # "the Robotics Summit & Expo": the first kind decides
    last = words[-1] if words else ""
    return last.lower() in gathering_words() and last.lower() not in _KINDS_NAMING_PLACES and last not in _VENUE_WORDS


_HELD_BY_ADJECTIVE = re.compile(r"\w-(?:organi[sz]ed|hosted|sponsored|backed|led|run|funded|supported)\b")


# a header's line that lists the event's name, its day, its place and the city with commas: "Agenda — Industrial AI
# Forum 2026, Nov. 19, Pine Hall, Lake City"
_LISTED_PLACE = (r"[ \t]*,[ \t]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,[ \t]*)?"
                 rf"(?:(?:{MONTH_NAMES})[a-z]*\.?[ \t]+\d{{1,2}}(?:[–-]\d{{1,2}})?|\d{{1,2}}(?:[–-]\d{{1,2}})?[ \t]+(?:{MONTH_NAMES})[a-z]*)"
                 r"(?:,?[ \t]+\d{4})?[ \t]*,[ \t]*(?P<venue>[A-Z][\w'’&.\-]*(?:[ \t]+[A-Z][\w'’&.\-]*){0,5})"
                 r"(?:[ \t]*,[ \t]*(?P<city>[A-Z][A-Za-z.\-]*(?:[ \t]+[A-Z][A-Za-z.\-]*){0,2}))?[ \t]*$")


def _listed_after_the_name(text: str, names: set[str]) -> tuple[str, str | None] | None:
    """The place a header's line lists after the event's name and its day (see _LISTED_PLACE), when a venue's word
    ends it."""
    for name in sorted(names, key=len, reverse=True):
        m = re.search(re.escape(name) + _LISTED_PLACE, text, re.M)
        if m and m.group("venue").split()[-1] in _VENUE_WORDS:
            city = m.group("city")
            return m.group("venue"), city if city and city.lower() in lists().cities else None
    return None


_MAX_NAME_WORDS = 4  # words of a person's name right after a title before "at"


def _venue_named(text: str, held: list[Span], people: set[str], names: set[str]) -> tuple[str | None, str | None]:
    """``held at the X Center``, ``at Grand Walkerhill Seoul``: a capitalised place after ``at`` in a
    sentence that says the event is held, best one with a venue word; the city after ``in``; or
    ``X was host to …``."""
    host = _HOST_TO.search(text)
    # (a university's campus is a place too: "Arden University played host to …")
    if host and (not _body_not_place(host.group("venue")) or any(w in _CAMPUS_WORDS - {"Institute"}
                                                                  for w in host.group("venue").split())):
        return host.group("venue"), None
    where = _WHERE_HELD.search(text)
    if where and _held_there(text, where, people):
        return where.group("venue"), _city_in(text, held)
    named = _VENUE_WAS.search(text)
    if named and named.group("venue") not in people and not _known_place(named.group("venue")):
        city = named.group("city")
        return named.group("venue"), city if city and city.lower() in lists().cities else _city_in(text, held)
    best: tuple[int, str, str | None, Span] | None = None  # (rank, venue, city, sentence): a venue word outranks any place
    for sp in held:
        sentence = text[sp.start:sp.end]
        prior_end = -1  # where the venue before ended: "at the Ritz-Carlton in Seoul's Gangnam District"
        # universities named with their campus ("the University of Texas at Austin"): their "at" names no venue
        # (one followed by "'s" owns the venue: "at the University of Texas at Austin's AT&T Hotel")
        campuses = {c.start(): c.end() for c in CAMPUS_AT.finditer(sentence) if not sentence.startswith(("'", "’"), c.end())}
        for m in _AT.finditer(sentence):
            after_venue, prior_end = m.start() == prior_end, -1
            if after_venue and sentence.startswith("in", m.start()):
                continue  # "in …" right after a venue says where that venue is
            if any(start < m.start() < end for start, end in campuses.items()):
                continue
            campus = campuses.get(m.start("venue"), -1)
            venue = sentence[m.start("venue"):campus] if campus > m.end() \
                else re.sub(r"\s+(?:on|in|and|of)$", "", m.group("venue")).rstrip(".")
            place, _for, held_there = venue.partition(" for ")
            if held_there and _names_a_kind(held_there):
                venue = place  # "at the Lake Convention Center for Robotics Week": the place, then what is held there
            owner = re.match(r"([A-Z][a-z]+(?:\s+(?!(?:Province|State|County|Prefecture|Region)\b)[A-Z][a-z]+)?)(\s+(?:Province|State|County|Prefecture|Region))?"
                             r"(?:['’]s|(?<=s)['’])\s+(?=[A-Z])", venue)  # (also "Los Angeles' …")
            town = None
            if owner and owner.group(1).lower() in WEEKDAYS:
                continue  # "at Thursday's House Science Committee hearing": the day's gathering, no place
            # ("San Francisco's Moscone Center": a city of two words)
            if owner and (owner.group(1).lower() in lists().cities
                          or all(w in lists().not_names or w in lists().places for w in owner.group(1).lower().split())):
                # "Seoul's COEX convention center", "Tulsa's Cox …"; a region's is no city ("Gyeonggi Province's …")
                venue = venue[owner.end():]
                town = owner.group(1) if not owner.group(2) and owner.group(1).lower() not in lists().regions else None
            if venue in people or any(p.startswith(venue) for p in people) or re.match(r"\d", venue):
                continue
            if _WORK_SITE_AFTER.match(sentence, m.start("venue") + len(venue)) \
                    and _WHO_BEFORE.search(sentence, max(0, m.start() - _WHO_REACH), m.start()) \
                    or _WHO_WORKS.search(sentence, max(0, m.start() - _WHO_REACH), m.start()):
                continue  # "who runs manufacturing at General Motors' Orion Assembly plant", "who leads manufacturing AI
                # at General Motors": where one works
            if venue.endswith(("'", "’", "'s", "’s")) or sentence.startswith(("'s", "’s"), m.end("venue")):
                continue  # "at Nimbus Labs' user conference", "at the Japan Robot Association's annual symposium": the
                # owner of the gathering, no place
            if re.search(r"\b(?:19|20)\d\d$", venue) or _TYPE_AFTER.match(sentence, m.end()) \
                    or _gathering_after(sentence, m.end()) or _ends_in_a_gathering(venue):
                continue  # "at the Robotworld 2019 trade show": an event, not a place
            before = sentence[max(0, m.start() - _POST_REACH_CHARS):m.start()].split()  # the words before, bounded
            if before and (before[-1].lower().strip(",") in lists().heads or before[-1].lower() in _PEOPLE_AT) \
                    and not (before[-1].lower() in _PEOPLE_AT and venue.split()[-1] in _VENUE_WORDS
                             and _GATHERED_PEOPLE.search(sentence, max(0, m.start() - 80), m.start())):
                continue  # "director at the Korea Small Business Institute", "the local organizers at TU Wien": where
                # people work (not "brought together 500 executives at the Shilla Hotel": where they were gathered)
            # ("dean of the Institute for AI Industry Research at Tsinghua University": a unit's long name between)
            post = next((n for n in range(len(before) - 1, max(-1, len(before) - _POST_REACH_WORDS - 1), -1)
                         if before[n].lower().strip(",") in lists().heads), None)
            if post is not None and (post + 1 < len(before) and before[post + 1].lower() in ("the", "a", "an", "its", "their")
                                     or post > 0 and before[post - 1].lower() in ("will", "to", "would", "can", "may")
                                     or post > 0 and before[post].lower() == "host"
                                     and before[post - 1].lower() in ("played", "plays", "play", "was", "is", "be")):
                post = None  # "will host the Lake AI Forum at …", "played host to …": no post here
            if post is not None and post + 1 < len(before) and before[post + 1].lower().strip(",") in gathering_words():
                post = None  # "its annual developer conference at Reed Hall": the gathering's audience, no post
            if post is not None and post + 1 < len(before) and any(" ".join(before[post + 1:post + 1 + k]) in people
                                                                   for k in range(1, _MAX_NAME_WORDS + 1)):
                # "opened by Mayor Ana Vale at the Hanbit Science Park": a title before the name, no "at" (nor with
                # the day between: "alongside Mayor Ana Vale on Tuesday at Ridge Hall")
                post = None
            # ("director of advanced manufacturing policy at …": an -ed word after a preposition is no verb; a post inside
            # parentheses or keyed by a colon, "Orbis (President and CEO: A) held … at Reed Hall", governs no "at")
            if post is not None and not any(w.upper() in _BRANDS_UPPER for w in venue.split()) \
                    and not any(w.endswith((";", ")", ":")) or w.endswith(",") and not _in_a_named_list(before, post + n)
                                or _VERB_WORD.fullmatch(w)
                                and before[post + n - 1].lower() not in ("of", "for", "in", "and", "&")
                                for n, w in enumerate(before[post:]) if n):
                continue  # "head of the startup support division at the Ministry of SMEs": still where one works
            if _ORG_VERB_AFTER.match(sentence, m.end()):
                continue  # "the School of Computing at Northfield University hosted …": the host, not the place
            words = venue.split()
            # a hall or a hotel is a venue; a university is one only when nothing better is named
            placed = any((w in _VENUE_WORDS or w.upper() in _VENUE_WORDS) and w not in _CAMPUS_WORDS for w in words) \
                or bool(m.group("room")) or bool(_PLACE_NOUN_END.search(venue))
            if m.group().startswith(("packed", "filled")) and not placed:
                continue  # "packed the ballroom of …", "packed the COEX convention center" name a place; "filled Seoul" does not
            if any(n in venue or n.startswith(venue + " ") and not n[len(venue) + 1:].islower() for n in names):
                continue  # "at the International Robot Exhibition, which opened at …": the event itself
                # (not a headline's "National Assembly forum": the place, then the gathering's kind)
            if any(o.start() < m.start() < o.end() for n in names if venue in n for o in re.finditer(re.escape(n), sentence)):
                continue  # "the AI in Industry Forum": words inside the event's own name
            if sentence[m.start():m.start() + 2] == "in" and not placed:
                continue  # "in Seoul" is a city, not a venue
            if not placed and _known_place(venue):
                continue  # "flocked to Las Vegas": a known city or region is no venue
            # one word in capitals is a venue's acronym (EXCO, SETEC), a hyphenated one a name (Ritz-Carlton),
            # when nothing better is named
            rank = 2 if placed else 1 if len(words) >= 2 or (venue.isupper() and len(venue) >= 3) \
                or re.fullmatch(r"[A-Z][a-z]+-[A-Z][a-z]+", venue) or _the_one_word_place(sentence, m, venue) else 0
            prior_end = m.start("venue") + len(venue) + 1  # (a space, then "in …" may follow)
            if rank and (best is None or rank > best[0]):
                city = _CITY_AFTER.match(sentence[m.end():m.end() + 60])  # "… at COEX in Seoul"
                best = (rank, venue, _city_of(city) if city else town or _comma_city(sentence, m.end()), sp)
        if best and best[0] == 2:
            break
    if best is None:
        # "hosted the forum at its headquarters in Jinju", "at the company's campus in Suwon": the holder's own premises
        # in lower case, named by their kind as written (as "at its Seoul office" is), with the city that places them
        # (a bare "campus" names no place of its own)
        for sp in held:
            own = _OWN_PREMISES.search(text, sp.start, sp.end)
            if own is not None:
                after = _CITY_AFTER.match(text[own.end():own.end() + 60])
                town = _city_of(after) if after else _city_in(text, held)
                if town:
                    return own.group("venue"), town
    if best is None:  # no venue: the city the event was held in ("… on Tuesday in Sejong")
        return None, _city_in(text, held)
    # "… closed its doors in Chicago on Thursday … at McCormick Place": the city its sentence names before the venue
    # ("At Automate 2026 in Detroit, … The show drew 45,000 visitors to Huntington Place": else the city a sentence
    # holding the event names)
    return best[1], best[2] or _city_in(text, [best[3]]) or _city_in(text, held)


# the holder's own premises after "at" in lower case: "at its headquarters", "at the company's main campus"
_OWN_PREMISES = re.compile(r"\bat\s+(?:its|their|the\s+(?:company|firm|group|agency|university|institute|ministry|"
                           r"association|organization|organisation|school|college|center|centre)['’]s)\s+"
                           r"(?P<venue>(?:(?:main|new|global|central|former)\s+)?(?:headquarters|head\s+office|campus|"
                           r"offices|office|auditorium|convention\s+center|conference\s+center|training\s+center|"
                           r"innovation\s+center|research\s+center|R&D\s+center|hall)|main\s+building)\b")


# a site where work is done, after the place's name, and a relative clause of the person before "at": where one works
# (the sites en_people reads as a body's units, their plurals and the other places work is done)
_WORK_SITES = "|".join(sorted(WORK_SITES | {"plants", "factories", "fab", "mill", "works", "yard", "shipyard", "refinery",
                                            "warehouse"}))
_WORK_SITE_AFTER = re.compile(rf"\s+(?:assembly\s+)?(?:{_WORK_SITES})\b")
_WHO_BEFORE = re.compile(r"\bwho\s+(?:[\w-]+\s+){1,5}$")
# a relative clause whose verb says what one does for a living, then where: "who leads manufacturing AI at …", "who has
# taught robotics at …" (not "who spoke at …": where one spoke may be the venue)
_WHO_WORKS = re.compile(r"\bwho\s+(?:(?:has|have|had|now|currently|also|still|once|previously|formerly)\s+)*"
                        r"(?:leads?|led|heads?|headed|runs?|ran|oversees?|oversaw|manages?|managed|directs?|directed|"
                        r"works?|worked|teach(?:es)?|taught|research(?:es)?|researched|stud(?:y|ies|ied)|"
                        r"serves?\s+as|served\s+as)\s+(?:[\w&'’.-]+\s+){0,5}$")
_WHO_REACH = 60  # characters before "at" where the relative clause's "who" stands


def _the_one_word_place(sentence: str, m: re.Match[str], venue: str) -> bool:
    """``at the Evoluon``, ``at the Kursaal``: one capitalised word after ``at the`` in a sentence that holds the event
    is a place named so, when it is no common word, body's word, gathering or known place."""
    return bool(_AT_THE.fullmatch(sentence, m.start(), m.start("venue"))) and len(venue) >= 4 \
        and re.fullmatch(r"[A-Z][a-z]+", venue) is not None and venue.lower() not in lists().not_names \
        and venue.lower() not in ORG_WORDS and venue.lower() not in gathering_words() \
        and _PLACE_ENDS.match(sentence, m.start("venue") + len(venue)) is not None


_AT_THE = re.compile(r"at\s+the\s+")
# the word closes the phrase: punctuation, the end, or a preposition, a conjunction or a day after it (not "at the
# Samsung booth", "at the Nvidia keynote": a company's thing, named by its owner)
_PLACE_ENDS = re.compile(r"\s*(?:[.,;:!?)]|$)|\s+(?:in|on|at|for|and|with|from|near|during|last|this|next|earlier|"
                         r"yesterday|today|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")


# a dateline's place in capitals at a paragraph's start, a state or country after it, the day, the agency, then its
# dash or colon: "NEW DELHI:", "HANOVER, Germany --", "SEOUL, Nov. 5 (Yonhap) --", "DETROIT, June 3, 2025 /PRNewswire/ --"
_DATELINE_CITY = re.compile(r"^[ \t]*(?P<city>[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,2})"
                            r"(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)?"
                            rf"(?:,?[ \t]+(?:(?:{MONTH_NAMES})[a-z]*\.?[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+(?:{MONTH_NAMES})[a-z]*)"
                            r"(?:,?[ \t]+\d{4})?)?"
                            # (the agency and the dash as _DATELINE reads them after a dateline's day, or a colon)
                            rf"(?:{_DATELINE.pattern}|[ \t]*:)[ \t]", re.M)
_DATELINE_REACH = 600  # characters from the text's start where a dateline stands


def _dateline_city(text: str) -> str | None:
    """The known city a dateline files the report from (the event's, where no sentence names another)."""
    m = _DATELINE_CITY.search(text, 0, _DATELINE_REACH)
    if m is None:
        return None
    city = " ".join(w.capitalize() for w in m.group("city").split())
    return city if _a_place_no_region(city) or city.lower() in lists().cities else None


def _city_in(text: str, held: list[Span]) -> str | None:
    """The first known city after ``in`` in the sentences (``… on Tuesday in Sejong``), none in a quote."""
    cities = lists().cities
    for sp in held:
        quoted = [q.outer for q in find_quotes(text[sp.start:sp.end])]
        for m in _IN_CITY.finditer(text, sp.start, sp.end):
            if any(q.start <= m.start() - sp.start < q.end for q in quoted):
                continue  # '"We need AI made in Europe," Scholz said': what someone said, not where
            if _LATER_EDITION.match(text, m.end(), sp.end):
                continue  # "Automate returns to Chicago next June": where the next edition goes
            words = m.group(1).split()
            for n in range(len(words), 0, -1):  # ("in San Jose Monday": the city, the day after it)
                place = " ".join(words[:n])
                if _a_place_no_region(place) or place.lower() in cities:
                    # ("in Yeouido, western Seoul": a district, then the city it is part of after the comma)
                    whole = _PART_OF_A_CITY.match(text, m.start(1) + len(place))
                    return whole.group(1) if whole and _a_place_no_region(whole.group(1)) else place
                    # ("in San Jose": a city whose words are names too; "in Korea" names none)
    return None


def _a_place_no_region(place: str) -> bool:
    """The lists know every word of ``place`` as a place, and it is no region or country alone."""
    words = place.lower().split()
    return lists().places.issuperset(words) and not lists().regions.issuperset(words)


# (and the present of a photo's caption: "KT CEO Kim Young-shub poses for a photo at the … held at …")
_VERB_WORD = re.compile(r"[a-z]+ed|spoke|met|gave|took|said|says|speaks|meets|gathered|is|was|are|were|"
                        r"poses?|posing|stands?|sits?|attends?|shakes?|talks?|delivers?|gives|listens?|smiles?|waves?")


# a later edition's time after the city a gathering goes to: "returns to Chicago next June", "moves to Busan next year"
_LATER_EDITION = re.compile(rf"[^.;!?\n]{{0,40}}?\bnext\s+(?:year|edition|(?:{MONTH_NAMES})[a-z]*|spring|summer|fall|"
                            r"autumn|winter)\b")
# a part of a city said with a lower-case word before it: "in southern Seoul", "in downtown Detroit"
_CITY_PART = r"(?:northern|southern|eastern|western|central|downtown|suburban)"
# ("returned to Boston on April 30", "comes to Chicago next week": a gathering that moves to a city)
# a district's comma, then the part of the city it lies in and the city: ", western Seoul", ", central Tokyo"
_PART_OF_A_CITY = re.compile(rf",\s+(?:{_CITY_PART})\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b")
# ("brought 1,200 leaders to Columbus, Ohio": those a gathering drew, then the city they came to)
_IN_CITY = re.compile(rf"(?:\bin|\b(?:returned|returns|return|came|comes|moved|moves|heads|headed)\s+to|"
                      r"\b(?:brought|brings|drew|draws|attracted|attracts|welcomed|welcomes|welcoming)\s+"
                      r"(?:(?:more\s+than|over|some|about|nearly)\s+)?"
                      r"[\d,]+\s+(?:[a-z][\w-]*\s+){0,3}?to)\s+"
                      rf"(?:{_CITY_PART}\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}})\b"
                      # (a city's possessive before its part: "in Boston's Seaport district", "in Seoul's Gangnam area")
                      r"(?!['’](?!s\s+(?:[A-Z][\w-]*\s+){0,2}(?:district|neighborhood|neighbourhood|area|downtown|"
                      r"suburbs?|outskirts|waterfront)\b))")


# what a body runs when it runs the event: the event's word, or another agent's list ("organized by A and run by B"),
# or the sentence's start ("Run by A, the hackathon …"); not "a lab run by", "the campus, which is operated by"
# the words for a held thing beside the gathering kinds: what a body runs, what a sentence about the event opens with
_HELD_THINGS = "event|competition|contest|challenge|program|programme|bootcamp|meetup|gathering"
_RUN_THING = re.compile(rf"(?:\b(?:{_GATHERING_KINDS}|{_HELD_THINGS}|seminar|workshop|camp|"
                        # ("The forum, now in its third year, is run by …": an aside between commas)
                        r"series|week|day|session|webinar|roundtable|ceremony|showcase|"
                        # ("The awards, now in their fifth year, are run by …": an awards programme)
                        r"hearing|meeting|colloquium|dialogue|lecture|academy|award|prize)s?"
                        r"(?:,[^,.;!?\n]{1,40},)?,?"
                        # ("The Lake AI Summit on June 3 was run by …": its day between, before the passive's verb)
                        rf"(?:\s+{_ON_A_DAY}(?=\s+(?:was|is|will\s+be|has\s+been|were|are)\b))?"
                        r"(?:\s+(?:was|is|will\s+be|has\s+been|were|are|is\s+being))?(?:\s+(?:jointly|annually|again))?"
                        r"|\band|^|[.!?]|\n)\s*$", re.I)


def _runs_the_event(text: str, m: re.Match[str]) -> bool:
    """A body that runs, manages or operates something runs the event only when the event is what it runs; one
    that presents the awards (``awards presented by Chevron's manager …``) presents no event."""
    if m.group().lower().startswith("presented") and _PRESENTED_THING.search(text, max(0, m.start() - 40), m.start()):
        return False
    if _PART_HELD.search(text, max(0, m.start() - 60), m.start()):
        return False  # "Another session, organized by Nimbus, …", "One, organised by Fraunhofer IPA, …": a part's host
    # (what is curated or conceptualised is the event only when said of it: "The summit was curated by …", not "an
    # exhibition of robot art, curated by …")
    if not m.group().lower().startswith((*_RUNS, "curated", "conceptuali")) \
            or _RUN_THING.search(text, max(0, m.start() - 60), m.start()) is not None:
        return True
    # ("The 48-hour competition drew 150 participants. It was run by …": "it", the gathering the sentence before
    # opened with; not "Acme showed a robot. It was operated by …")
    it = _IT_WAS.search(text, max(0, m.start() - 40), m.start())
    if it is None:
        return False
    before = text[max(0, it.start() - _IT_REACH):it.start()].rstrip()
    spans = sentences(before)
    return bool(spans) and _GATHERING_OPENS.match(before, spans[-1].start) is not None


_IT_WAS = re.compile(r"(?:^|(?<=[.!?]\s))It\s+(?:was|is|will\s+be|has\s+been|is\s+being)(?:\s+(?:jointly|annually|again))?"
                     r"\s*$")
_IT_REACH = 400  # characters back to the sentence before "It was run by"
# a sentence that opens with a gathering as its subject: "The 48-hour competition …", "This year's summit …"
_GATHERING_OPENS = re.compile(rf"(?:The|This|This\s+year['’]s)\s+(?:[\w'’-]+\s+){{0,5}}?"
                              rf"(?i:{_GATHERING_KINDS}|{_HELD_THINGS})s?\b")


# a part of the event, not the event, before the verb of holding: one of several ("One,", "Another workshop", "Two
# sessions"), or a part that is never a whole event ("a breakout session", "the panel")
_PART_HELD = re.compile(r"(?:\b(?:One|one|Another|another|Each|each|Two|two|Three|three|Several|several|Some|some)"
                        r"(?:\s+(?:[a-z][\w-]*\s+){0,3}?(?:workshop|session|panel|track|tutorial|competition|challenge|"
                        r"side\s+event|demo|booth)s?)?"
                        r"|\b(?:[Aa]|[Aa]n|[Tt]he)\s+(?:[a-z][\w-]*\s+){0,3}?(?:session|panel|track|breakout|booth|pavilion|"
                        # ("joined a fireside chat hosted by STAT reporter Ben Adler": a talk's host, not the event's)
                        r"chat|conversation|Q&A|masterclass|interview|panel\s+discussion)s?"
                        # ("The forum was followed by a networking dinner hosted by …": a dinner beside it, its host;
                        # not "The luncheon was presented by …", a luncheon the article is about)
                        r"|\b(?:[Aa]|[Aa]n)\s+(?:[a-z][\w-]*\s+){0,3}?(?:dinner|reception|luncheon|lunch|breakfast|banquet|gala|"
                        r"party|cocktail|tour)s?"
                        # ("The forum closes Wednesday with a hackathon hosted by Dow", "The summit included a workshop
                        # organized by Fraunhofer": a part the event goes with or takes in, its own host)
                        # ("… continues through Friday with lab tours and a hackathon hosted by …": the last of a list)
                        r"|\b(?:with|includ(?:ed|es|ing)|featur(?:ed|es|ing))\s+(?:(?:[a-z][\w-]*,?\s+){1,4}?and\s+)?"
                        r"(?:a|an)\s+(?:[a-z][\w-]*\s+){0,3}?"
                        r"(?:hackathon|workshop|competition|challenge|contest|tutorial|bootcamp|masterclass|showcase|"
                        r"exhibition|demo\s+day|pitch\s+(?:session|contest|competition))s?)"
                        r",?\s*(?:(?:was|were|is|are|will\s+be)\s+)?$")
# what is presented that is no event: "with awards presented by …", "the prizes, presented by …"
_PRESENTED_THING = re.compile(r"\b(?:awards?|prizes?|certificates?|trophies|trophy|plaques?|medals?|diplomas?|"
                              r"scholarships?|cheques?|checks?|grants?|findings|results|papers?|posters?|demos?|"
                              # ("The winners received 5,000 euros, presented by …": money handed over)
                              r"euros?|dollars?|won|yen|yuan|pounds?|rupees?|cash|money)"
                              r"(?:\s+(?:were|was|are|is))?,?\s*$", re.I)


def _fronted_list(m: re.Match[str]) -> str:
    """The list of a cue that opens its sentence (``Hosted by A and B, the forum opened …``) ends at the
    comma after its last item, before the subject the phrase is fronted to: after ``and`` if it has
    one, else at the first comma."""
    listed = m.group("list")
    if not m.group()[:1].isupper():
        return listed
    joined = re.search(r"\s(?:and|&)\s", listed)
    comma = listed.find(",", joined.end() if joined else 0)
    return listed if comma < 0 else listed[:comma]


def _lower_ministry_at(toks: list[re.Match[str]], n: int) -> bool:
    """The token at ``n`` is a word of a ministry named by its field in lower case (see
    :func:`kg.extract.en_people.lower_ministry`): ``science`` of ``the science and ICT ministry and …``."""
    words = [m.group() for m in toks[max(0, n - 3):n + 4]]
    at = min(n, 3)
    ends = [k for k in range(at, len(words)) if words[k] == "ministry"]
    return any(lower_ministry(words[b:ends[0] + 1]) for b in range(at + 1)) if ends else False


_BULLET_MARK = f"[{re.escape(BULLET_MARKS)}]"
# "Sponsors:" on a line of its own, then one body per bulleted line ("- Orbis Robotics")
_BULLETED_PARTS = re.compile(r"^[ \t]*(?:(?P<verb>Organi[sz]ed|Hosted|Sponsored|Supported)[ \t]+by|(?P<noun>(?:Main[ \t]+|Official[ \t]+)?"
                             r"(?:Sponsors?|Organi[sz]ers?|Hosts?|Co-?organi[sz]ers?|Co-?hosts?|Partners?|Supporters?)))"
                             rf"[ \t]*:?[ \t]*\n(?P<items>(?:[ \t]*{_BULLET_MARK}[ \t]*[A-Z][^\n]{{0,100}}(?:\n|$)){{1,30}})", re.M)
_BULLET_ITEM = re.compile(rf"^[ \t]*{_BULLET_MARK}[ \t]*(?P<org>[A-Z][^\n(]{{0,100}}?)[ \t]*(?:\([^)\n]*\))?[ \t.,;]*$", re.M)
_VERB_PART = {"organized": OrgRole.ORGANIZER, "organised": OrgRole.ORGANIZER, "hosted": OrgRole.ORGANIZER,
              "sponsored": OrgRole.SPONSOR, "supported": OrgRole.SPONSOR}


def _bulleted_parts(text: str) -> list[tuple[str, int, OrgRole]]:
    """``Sponsors:`` (or ``Organized by``) on a line of its own, then a body on each bulleted line below."""
    out: list[tuple[str, int, OrgRole]] = []
    for m in scan(_BULLETED_PARTS, text):
        if m.group("verb"):
            role = _VERB_PART[m.group("verb").lower()]
        else:
            noun = m.group("noun").split()[-1].lower().replace("-", "").rstrip("s")
            role = _NOUN_ROLE["sponsor" if noun == "supporter" else noun]
        for item in _BULLET_ITEM.finditer(text, m.start("items"), m.end("items")):
            org = _trim_org(item.group("org"))
            if org:
                out.append((org, item.start("org") + item.group("org").find(org), role))
    return out


@lru_cache(maxsize=1)
def _fields_joined() -> re.Pattern[str]:
    """Two fields of one name joined by "and" ("Science and Technology Park", "Research and Development")."""
    fields = "|".join(sorted(map(re.escape, lists().portfolio_words), key=len, reverse=True))
    return re.compile(rf"\b(?i:{fields})\s+and\s+(?i:{fields})\b")


def _two_bodies(org: str) -> bool:
    """``Ridge Institute and Arden University``: two names joined by "and", each with a word for an organization
    (not ``Ministry of Trade and Industry``, whose "and" joins the fields of one name)."""
    left, sep, right = org.partition(" and ")
    words = _BODY_WORDS
    return bool(sep) and " and " not in right and right[:1].isupper() \
        and any(w.lower().rstrip(".") in words for w in left.split()) \
        and any(w.lower().rstrip(".") in words for w in right.split()) \
        and not _fields_joined().search(org)


_HOSTED_THIS_YEAR = re.compile(r"(?i:hosted)\s+this\s+year\b")


_SENTENCE_END_INSIDE = re.compile(r"(?<=[a-z]{2})([.!?])\s+(?=[A-Z])")


def _one_sentences_part(org: str, *, cue_after: bool) -> str:
    """A run of capitalised words that crosses a sentence's end (not a legal form's period, ``Acme Inc.``): the
    part after the last end when the cue follows the run (``… in Tulsa. Acme Robotics, the summit's organiser``),
    the part before the first end when the cue came first (``on behalf of the Tidewell Institute. It was …``)."""
    ends = [m for m in _SENTENCE_END_INSIDE.finditer(org) if org[:m.start(1)].split()[-1].lower() not in LEGAL_FORMS]
    if not ends:
        return org
    return org[ends[-1].end():] if cue_after else org[:ends[0].start(1)]


# where a labelled line's list ends: the line's end, a bar or bullet, a sentence's end, or the next label
# (not the full stop of initials or of a legal form: "U.S. Chamber of Commerce", "Acme Inc., Daon Co. and …")
_BOX_LIST_END = re.compile(r"\n|[|•]|\s{2,}|;|(?<=[a-z0-9])(?<!\bCorp)(?<!\bInc)(?<!\bLtd)(?<!\bCo)(?<!\bSt)(?<!\bBros)"
                           r"\.(?:\s|$)|\s+\(?[A-Z][\w\-]*(?:\s+[a-z]+)?\s*:")


def _box_list(text: str, at: int) -> str | None:
    """The list a labelled line gives from ``at`` (``Sponsors: A, B and C``), when it names more than one."""
    end = _BOX_LIST_END.search(text, at)
    value = text[at:end.start() if end else len(text)].rstrip(" ,")
    return value if re.search(r",\s|\s(?:and|&)\s", value) and len(value) <= 300 else None


def _organizations(text: str, comma_names: tuple[str, ...], people: Collection[str] = ()
                   ) -> list[tuple[str, int, OrgRole]]:
    found: list[tuple[str, int, OrgRole]] = _bulleted_parts(text)
    lower = text.lower()
    # where the curated names with a comma inside stand ("Ministry of Trade, Industry and Energy"): no name opens
    # after their comma ("…, Industry and Energy and KOTRA held …" is no subject of its own)
    inside_names = [(at, at + len(n)) for n in comma_names if "," in n for at in _occurrences(text, n)]
    for pattern, role in _ORG_PATTERNS:
        for m in _scan(pattern, text, lower):
            if inside_names and any(a < m.start("org") < b for a, b in inside_names):
                continue
            # (a run of capitalised words across a sentence's end: the part on the cue's side of it)
            org = _trim_org(_one_sentences_part(m.group("org"), cue_after=m.end("org") < m.end()))
            if org and org.endswith(" ministry") and org[:1].islower() and not lower_ministry(org.split()):
                continue  # "a new ministry": no portfolio's field
            if org and text.startswith(("'s", "’s"), m.end("org")) and all(w in lists().places for w in org.lower().split()):
                continue  # "Korea's first humanoid summit": a place's own gathering, held by no body it names
                # (a place of several words is its words: "South Korea's", "North America's largest trade show")
            lead = text[m.start():m.start("org")]
            plural = re.search(r"(?i)(?:^|[\s.])organi[sz]ers\b", lead)  # "the organizers, …", "Organizers A and B"
            # ("Organizers of the event, A and B, said": the plural set beside its list)
            right_before = re.search(r"(?i)\borgani[sz]ers(?:\s+|\s*[—–]\s*|\b[^.;:]*,\s*)(?:the\s+)?$", lead) is not None
            if org and plural and (" and the " in org or " and " in org and right_before
                                   and not _fields_joined().search(org)):
                # "the organizers, the CMU Robotics Institute and the Pittsburgh Robotics Network": a list
                # ("Organizers Nimbus Labs and Orbis said …": the plural names each)
                at = m.start("org") + m.group("org").find(org)
                found.extend((item, item_at, role) for item, item_at in _list_items(org, at, comma_names))
                continue
            if org and lead.rstrip().endswith(":") and (cut := _BOX_LIST_END.search(org)) is not None:
                org = org[:cut.start()].rstrip(" ,")  # "Organizer: A  Sponsor: B": the label's value alone
            if org and lead.rstrip().endswith(":") and (box := _box_list(text, m.start("org"))) is not None:
                # "Sponsors: Orion Bank, Kestrel Systems": a labelled line lists every body to its end
                found.extend((item, item_at, role) for item, item_at in _list_items(box, m.start("org"), comma_names))
                continue
            if org and _two_bodies(org) and not any(org in n for n in comma_names):
                # "an initiative of the Ridge Institute and Arden University": two bodies, each named as one
                at = m.start("org") + m.group("org").find(org)
                found.extend((item, item_at, role) for item, item_at in _list_items(org, at, comma_names))
                continue
            if org:
                at = m.start("org") + m.group("org").find(org)
                # "Ministry of Trade, Industry and Energy held …": a known name with a comma runs back past it
                whole = next((n for n in comma_names if n.endswith(org) and len(n) > len(org)
                              and text.startswith(n, at - (len(n) - len(org)))), None)
                # "co-organized by the Ministry of Trade, Industry and Energy and …": the name runs on past the comma
                found.append((whole, at - (len(whole) - len(org)), role) if whole
                             else (_past_its_comma(org, at, text, comma_names), at, role))
    # "The Senate Committee on Commerce, Science and Transportation held …": a sitting body whose portfolio
    # is a list is one name; the pieces its commas cut are none
    bodies = [(b.start("org") + (4 if b.group("org").startswith(("The ", "the ")) else 0), b.end("org"))
              for b in scan(_BODY_RE, text)
              if (listed := _LISTED_PORTFOLIO.search(b.group("org"))) and "," in listed.group()]
    subjects: list[tuple[str, int, OrgRole]] = []  # read off a sentence's subjects: yields to a labelled part
    for m in scan(_SUBJECT_LIST, text):
        if m.group("verb").endswith("ing") and not re.search(r"\b(?:are|were|is|was)\s+$", text[max(0, m.start("verb") - 8):m.start("verb")]):
            continue  # ("A and B hosting the summit made sense": the progressive is a verb only after its auxiliary)
        role = OrgRole.CO_ORGANIZER if _co_verb(m.group("verb")) else OrgRole.ORGANIZER
        body = _BODY_RE.match(text, m.start("list"))
        if body and body.end() >= m.end("list") and _LISTED_PORTFOLIO.search(body.group("org")):
            # "The House Committee on Science, Space, and Technology held …": one body, its portfolio listed
            found.append((body.group("org"), m.start("list"), role))
            continue
        items = _list_items(m.group("list"), m.start("list"), comma_names)
        # (the list reaches the verb: "Ana Vale, CEO of Nimbus Labs, called for data at the Lake AI Forum held
        # Tuesday" is no list of holders, its words stopping at "called")
        rest = text[max(at + len(org) for org, at in items):m.end("list")] if items else ""
        if len(items) == 1 and items[0][0] in comma_names and not rest.strip(" \t,"):
            # "The House Science, Space, and Technology Committee held …": one known name with commas inside
            found.append((*items[0], role))
            continue
        # ("… (MSIT) held"; "A, B and C announced today that the three organizations will co-host": a report of it)
        if len(items) >= 2 and (re.fullmatch(r"[\s.,]*(?:\([^()\n]{1,20}\))?[\s,]*", rest)
                                or re.match(r"\s+(?:said|says|announced|announces|confirmed|agreed)\b", rest)):
            subjects.extend((org, at, role) for org, at in items)
    for m in scan(_JOINT_OWNERS, text) if " joint " in text else ():  # "A and B's joint forum on AI"
        found.extend((org, at, OrgRole.ORGANIZER) for org, at in _list_items(m.group("list"), m.start("list"), comma_names))
    for m in _scan(_KIND_THE_BODY_HELD, text, lower):
        org = _trim_org(m.group("org"))
        if org and _named_as_a_body(org):  # (not "the second summit Ana Vale had organized")
            found.append((org, m.start("org") + m.group("org").find(org), OrgRole.ORGANIZER))
    for m in _scan(_WHICH_HOLDS, text, lower):  # "the forum, which A and B host"
        role = OrgRole.CO_ORGANIZER if m.group("co") else OrgRole.ORGANIZER
        found.extend((org, at, role) for org, at in _list_items(m.group("list"), m.start("list"), comma_names))
    for m in scan(_APPOSED_PART, text):  # "Arden Bank, the summit's founding sponsor, …"
        noun = re.sub(r"[\s-]", "", m.group("noun").lower())
        role = OrgRole.SPONSOR if noun == "sponsor" else OrgRole.ORGANIZER if noun in ("organizer", "organiser", "host") \
            else OrgRole.CO_ORGANIZER
        org = _trim_org(m.group("org"))
        if org:
            found.append((org, m.start("org") + m.group("org").find(org), role))
    for m in _scan(_SPONSORING_SUBJECTS, text, lower):
        found.extend((org, at, OrgRole.SPONSOR) for org, at in _list_items(m.group("list"), m.start("list"), comma_names))
    for m in scan(_FRONTED_HOLDERS, text):
        verb = m.group("verb").lower()
        role = OrgRole.SPONSOR if re.sub(r"^co-?", "", verb).startswith(("spons", "support", "underwr")) \
            else OrgRole.CO_ORGANIZER if _co_verb(verb) else OrgRole.ORGANIZER
        found.extend((org, at, role) for org, at in _list_items(m.group("list"), m.start("list"), comma_names))
    for m in _scan(_SAID_THEY_HOST, text, lower):
        role = OrgRole.CO_ORGANIZER if _co_verb(m.group("verb")) else OrgRole.ORGANIZER
        subjects.extend((org, at, role) for org, at in _list_items(m.group("list"), m.start("list"), comma_names))
    for pattern in (_AMONG_THE, _WERE_THE, _WITH_AS, _SUBJECT_AS):
        for m in _scan(pattern, text, lower):
            pair: re.Match[str] | None = m
            while pair is not None:
                noun_role = _NOUN_ROLE[pair.group("noun").lower().replace("-", "").rstrip("s")]
                found.extend((org, at, noun_role)
                             for org, at in _list_items(pair.group("list"), pair.start("list"), comma_names))
                pair = _AND_AS.match(text, pair.end()) if pattern is _WITH_AS else None
    # "Hosted by A and organized by B": B, who organizes what A holds, is a co-organizer (where no
    # one else holds the event, "organized by" names its organizer)
    # ("presented by A and produced by B": the producer, like the organizer, works for the one presenting it;
    # "organized by A and run by B": the body that runs it works for the organizer, as 주관 for 주최; "organised
    # by A and hosted this year by B": a host for the year hosts the organizer's series, as a body that runs it)
    def tier(m: re.Match[str]) -> int:
        verb = m.group().split()[0].lower()
        return 2 if verb.startswith(_RUNS) or _HOSTED_THIS_YEAR.match(m.group()) \
            else 1 if verb.startswith(("organi", "produced")) else 0
    # (tier, items), read once; a person is no holder and sets no tier ("supply chain analytics, presented by Raj
    # Patel of Deloitte" leaves "organized by" the organizer's verb)
    firsts: dict[str, list[str]] = {}  # each person's name by its first word
    for p in people:
        firsts.setdefault(p.split()[0], []).append(p)
    hosted = [(tier(m), m.group().split()[0].lower(), items) for m in scan(_HOSTED_LIST, text)
              if _runs_the_event(text, m)
              if (items := [(org, at) for org, at in
                            _known_names_joined(text, _list_items(_fronted_list(m), m.start("list"), comma_names))
                            if not _runs_into_a_person(text, org, at, firsts)])]
    # "hosted by A and presented by B": beside a body that holds the event, the one presenting it is its presenting
    # sponsor (alone, or beside its producer, it holds the event: "presented by A and produced by B")
    held_by_another = any(verb.startswith(_VERBS_BESIDE_PRESENTING) for _rank, verb, _items in hosted)
    if held_by_another:
        found.extend((org, at, OrgRole.SPONSOR) for _rank, verb, items in hosted if verb == "presented"
                     for org, at in items)
        hosted = [(rank, verb, items) for rank, verb, items in hosted if verb != "presented"]
    tiers: dict[str, int] = {}
    for rank, _verb, items in hosted:
        for org, _at in items:
            tiers[org] = min(tiers.get(org, 2), rank)
    top = min(tiers.values(), default=0)
    for _rank, _verb, items in hosted:
        found.extend((org, at, OrgRole.CO_ORGANIZER if tiers[org] > top else OrgRole.ORGANIZER) for org, at in items)
    for pattern, role in ((_COLLAB, OrgRole.CO_ORGANIZER), (_ORGANIZERS_LIST, OrgRole.ORGANIZER),
                          (_CO_ORGANIZERS_LIST, OrgRole.CO_ORGANIZER), (_IN_KIND, OrgRole.SPONSOR),
                          (_JOINT_BETWEEN, OrgRole.ORGANIZER), (_JOINT_OF_SUBJECTS, OrgRole.CO_ORGANIZER),
                          (_PARTNERED_TO_HOLD, OrgRole.ORGANIZER), (_JOINED_IN_HOLDING, OrgRole.ORGANIZER),
                          (_JOINED_IN_HOLDING_SUBJECT, OrgRole.CO_ORGANIZER),
                          (_ORGANIZED_WITH, OrgRole.CO_ORGANIZER),
                          (_SPONSOR_LIST, OrgRole.SPONSOR), (_CO_HOSTED_LIST, OrgRole.CO_ORGANIZER),
                          (_CO_OWNED, OrgRole.ORGANIZER),
                          (_OWNED_SPONSORS, OrgRole.SPONSOR), (_SPONSORS_OF, OrgRole.SPONSOR),
                          (_TIER_SPONSORS, OrgRole.SPONSOR)):
        for m in _scan(pattern, text, lower):
            if pattern is _SPONSOR_LIST and _of_another_noun(text, m):
                continue
            if pattern is _JOINT_BETWEEN and m.group().startswith(",") \
                    and (word := re.search(r"([\w'’]+)\W*$", text[max(0, m.start() - 40):m.start()])) is not None \
                    and word.group(1).lower() in ORG_WORDS:
                continue  # "The Lake AI Alliance, a partnership of A, B and C, …": the body's members, not the event's
            for org, at in _list_items(m.group("list"), m.start("list"), comma_names):
                found.append((org, at, role))
    found.extend(_by_the_kind(text, lower, comma_names))
    found.extend(_initials_event(text))
    found.extend(_country_hosts(text, lower))
    found.extend(_the_host_is(text, lower))
    # "■ Sponsor: X … X and Y held the conference": the part a label or a cue gives X stands
    labelled: dict[str, set[OrgRole]] = {}
    for org, _at, role in found:
        labelled.setdefault(org.removeprefix("the ").removeprefix("The "), set()).add(role)
    found.extend(f for f in subjects if labelled.get(f[0].removeprefix("the ").removeprefix("The "), set()) <= {f[2]})
    if bodies:
        found = [f for f in found if not any(a < f[1] < b or f[1] == a and f[1] + len(f[0]) < b for a, b in bodies)]
    # "co-organized by A and B": the list's items, not one run that starts as the first item and reaches
    # into the next ("Ministry of Science and ICT and the National IT Industry")
    shortest: dict[tuple[OrgRole, int], int] = {}  # the shortest name found at each start, by role
    starts: dict[OrgRole, list[int]] = {}
    for org, at, role in found:
        shortest[role, at] = min(shortest.get((role, at), len(org)), len(org))
        starts.setdefault(role, []).append(at)
    for role_starts in starts.values():
        role_starts.sort()

    def runs_over(f: tuple[str, int, OrgRole]) -> bool:
        org, at, role = f
        if shortest[role, at] >= len(org):
            return False
        k = bisect.bisect_right(starts[role], at)
        return k < len(starts[role]) and starts[role][k] < at + len(org)
    kept = [f for f in found if not runs_over(f)]
    # ("co-organized by the American Chamber of Commerce in Korea and …": of two readings at one start that both
    # end before the next item, the longer, the name as written)
    # (a reading that runs into a person's name is none: "Acme Robotics CEO Ana Vale unveiled … at its annual …" is
    # held by Acme Robotics, which a post before the name gives, not by the run of capitals up to the verb)
    named = set(people)
    longest: dict[tuple[OrgRole, int], int] = {}
    for org, at, role in kept:
        if not _names_a_person(org, named):
            longest[role, at] = max(longest.get((role, at), 0), len(org))
    return [f for f in kept if len(f[0]) == longest.get((f[2], f[1]), len(f[0]))]


def _runs_into_a_person(text: str, org: str, at: int, firsts: dict[str, list[str]]) -> bool:
    """A person's name (``firsts``: the names by their first word) opens at one of the words of ``org`` (read at
    ``at``), inside it or running past its end: ``Dragos CEO Robert M`` cut at the initial's stop of ``Robert M.
    Lee`` (looked up by the item's words, not by a search for every name)."""
    for w in re.finditer(r"\S+", org):
        for name in firsts.get(w.group(), ()):
            if text.startswith(name, at + w.start()):
                return True
    return False


def _names_a_person(org: str, people: set[str]) -> bool:
    """A run of up to four of ``org``'s words is a name in ``people`` (looked up by its words, not by a search of
    every name: linear in the text)."""
    words = org.split()
    return any(" ".join(words[i:j]) in people for i in range(len(words)) for j in range(i + 1, min(len(words), i + 4) + 1))


# the words a participle of support may follow and still be said of the event: "The forum is funded by", "and
# sponsored by", "jointly backed by"
_BEFORE_SUPPORT = frozenset({"is", "was", "are", "were", "be", "been", "being", "and", "or", "also", "again", "both",
                             "all", "once", "now", "still", "which", "that", "year", "edition", "program", "programme"})


def _of_another_noun(text: str, m: re.Match[str]) -> bool:
    """Whether a lower-case participle of support ("funded by X") follows a common noun that is not a gathering:
    "a look at projects funded by the Mellon Foundation" says who funds the projects, not the event."""
    if not re.match(r"(?:sponsored|supported|funded|backed|underwritten)\s", m.group(0)):
        return False
    before = re.search(r"(?<![\w'’-])([a-z][a-z'’-]*)[ \t]+$", text[max(0, m.start() - 40):m.start()])
    if before is None:
        return False
    word = before.group(1)
    return not (word in _BEFORE_SUPPORT or word.endswith("ly") or re.fullmatch(_GATHERING_KIND, word))


def _known_names_joined(text: str, items: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Two items of a list that the "and" or "&" between them joins into one well-known name (organizations.txt),
    one item: "hosted by Ernst and Young" names one body; "Globe and Mail reporter Jane Roe", one person's post."""
    out: list[tuple[str, int]] = []
    for org, at in items:
        if out:
            first, first_at = out[-1]
            gap = text[first_at + len(first):at]
            words = org.split()
            if re.fullmatch(r"\s+(?:and|&)\s+", gap) \
                    and any(known_joined_body(first, " ".join(words[:k])) for k in range(1, min(3, len(words)) + 1)):
                out[-1] = (text[first_at:at + len(org)], first_at)
                continue
        out.append((org, at))
    return out


def _co_verb(verb: str) -> bool:
    """A verb of holding an event with others (co-hosted, co-organizing, Co-sponsoring), not one that merely opens
    with "co" (convened)."""
    return re.match(r"co-?(?:host|organi|spons|produc)", verb, re.I) is not None


# the kinds of body "the chamber", "the association" refers back to, by the word in its name
_BODY_KINDS = ("association", "institute", "university", "foundation", "agency", "ministry", "federation", "society",
               "council", "commission", "college", "chamber", "alliance", "consortium", "academy", "committee")
# "co-hosted by the chamber and the Ministry of Science and ICT": a body named by its kind, then maybe another
_BY_THE_KIND = _needing(re.compile(
    rf"\b(?P<verb>co-?hosted|hosted|co-?organi[sz]ed|organi[sz]ed|sponsored|supported)\s+by\s+the\s+"
    rf"(?P<kind>{'|'.join(_BODY_KINDS)})\b(?!['’-])(?:\s*,?\s+and\s+(?P<list>(?:the\s+)?[A-Z][^.;:\n]{{0,160}}))?"),
    " by the ")
# "The ministry and KOTRA held the forum", "The institute hosted the Lake AI Forum": the body by its kind as the
# subject that holds an event (a gathering's word or a name in capitals after the verb), maybe others joined to it
_THE_KIND_HOLDS = _needing(re.compile(
    rf"(?:^|(?<=[.!?]\s))The\s+(?P<kind>{'|'.join(_BODY_KINDS)})(?:\s*,?\s+and\s+(?P<list>(?:the\s+)?[A-Z][^.;:,\n]{{0,80}}?))?"
    rf"\s+(?:(?:also|jointly|together|again)\s+)?(?P<verb>co-?hosted|hosted|held|co-?organi[sz]ed|organi[sz]ed|convened|staged)"
    rf"\s+(?:the|a|an|its|their|this\s+year['’]s)\s+(?=[^.;!?\n]{{0,60}}?\b(?:{_GATHERING_KIND}|[A-Z]))", re.M),
    *(f"the {kind}" for kind in _BODY_KINDS))
_KIND_REACH = 2000  # characters back to the body a kind word refers to


# "Experts call for AI standards at KEIT seminar": a body's initials right before a word for a gathering
_INITIALS_BEFORE_KIND = re.compile(r"(?<![\w.&-])(?P<org>[A-Z]{2,8})[ \t]+(?:seminar|forum|workshop|symposium|conference|"
                                   r"webinar|roundtable|summit|briefing|hackathon)s?\b")


_SPELLED_INITIALS = re.compile(r"(?P<name>(?:[A-Z][\w&'’.-]*[ \t]+(?:(?:of|for|and|on|the|&)[ \t]+)*){1,8})"
                               r"\((?P<initials>[A-Z]{2,8})\)")


def _initials_event(text: str) -> list[tuple[str, int, OrgRole]]:
    """The bodies whose initials stand right before a word for a gathering (``KEIT seminar``), when the text
    gives them as the initials of a body's name (``Korea Evaluation Institute of Industrial Technology (KEIT)``):
    the body holds the gathering."""
    out: list[tuple[str, int, OrgRole]] = []
    kinds = list(scan(_INITIALS_BEFORE_KIND, text))
    if not kinds:
        return out
    spelled: dict[str, tuple[str, int]] = {}  # each body's initials, the first name the text spells them with
    for m in scan(_SPELLED_INITIALS, text):
        if any(w.lower() in ORG_WORDS for w in m.group("name").split()):
            spelled.setdefault(m.group("initials"), (m.group("name").rstrip(), m.start("name")))
    for m in kinds:
        if (found := spelled.get(m.group("org"))) is not None:
            name, start = found
            if name.startswith(("The ", "the ")):
                name, start = name[4:], start + 4
            out.append((name, start, OrgRole.ORGANIZER))  # (the name the initials spell, its alias)
    return out


# "South Korea will host an international forum …, the industry ministry said Thursday": a country holds the
# gathering, and the ministry that says so in the attribution closing the sentence acts for it
_COUNTRY_HOSTS = _needing(re.compile(rf"{_OPENS}(?:South\s+|North\s+|The\s+)?(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+"
                            r"(?:will\s+|plans\s+to\s+|is\s+set\s+to\s+|is\s+to\s+)?(?:co-?)?(?:host|hosts|hosted|hold|"
                            rf"holds|held|stage|stages|staged|convene|convenes|convened)\b[^.;!?\n]{{0,160}}?{_GATHERING_KIND}"
                            r"[^.;!?\n]{0,120}?,\s+(?:the\s+)?(?P<org>(?:[a-z]+\s+){1,4}?ministry|Ministry\s+of\s+"
                            r"[A-Z][^.;!?\n]{0,60}?)\s+(?:said|says|announced)\b", re.M),
                          "ministry")  # (most articles name no ministry: the pattern is not run on them)


# "The host, Orbis Labs, welcomed …", "The event's organizer, the Ridge Institute, said …": the part, then the body
# set off by commas ("The summit's founding sponsor, Vega Bank, returned …": a sponsor of any tier too)
_THE_EVENTS = rf"{_OPENS}The\s+(?:(?:event|{_GATHERING_KINDS})['’]s\s+)?"  # "The", "The summit's": a part's owner
_THE_HOST_IS = _needing(re.compile(
    rf"{_THE_EVENTS}(?:main\s+|official\s+)?"
    rf"(?P<part>host|organi[sz]er|(?:(?i:{_SPONSOR_KINDS})\s+)?sponsor),\s+"
    rf"(?:the\s+)?{_ORG}(?=,)", re.M), "host,", "organizer,", "organiser,", "sponsor,")


# "The hosts, Acme Robotics and Ridge University, welcomed …", "The summit's sponsors, A and B, set up …": the plural
# part, then the bodies listed between commas
_THE_HOSTS_ARE = _needing(re.compile(
    rf"{_THE_EVENTS}(?:main\s+|official\s+)?"
    rf"(?P<part>(?i:co-?hosts|hosts|co-?organi[sz]ers|(?:(?:{_SPONSOR_KINDS})\s+)?sponsors)),\s+"
    r"(?P<list>[A-Z][^,.;:!?]{1,80}?(?:,\s+(?:the\s+)?[A-Z][^,.;:!?]{1,80}?)*,?\s+and\s+(?:the\s+)?[A-Z][^,.;:!?]{1,80}?)"
    r"(?=,)", re.M), "hosts,", "co-organizers,", "coorganizers,", "co-organisers,", "sponsors,")


# "The host was Ridge University", "The event's organizers are A and B", "The summit's sponsor this year was A": the
# part, then the bodies the copula names
_THE_HOST_WAS = _needing(re.compile(
    rf"{_THE_EVENTS}(?:(?:{_SPONSOR_KINDS})\s+)?"
    r"(?P<part>(?i:co-?hosts?|hosts?|co-?organi[sz]ers?|organi[sz]ers?|sponsors?))(?:\s+(?:this|last)\s+year)?"
    r"\s+(?:was|is|were|are|will\s+be)\s+" + _LIST, re.M), "host", "organizer", "organiser", "sponsor")


# "Organizers from the Ridge Institute said …": the body the organizers come from
_ORGANIZERS_FROM = _needing(re.compile(rf"\b[Oo]rgani[sz]ers?\s+from\s+(?:the\s+)?{_ORG}"), "organizers from",
                            "organisers from", "organizer from", "organiser from")


def _named_as_a_body(org: str) -> bool:
    """``org`` is named as a body, not a person: a word for an organization or a legal form in it, initials, or a
    well-known name (``Orbis Labs``, ``KOTRA``; not ``Ana Vale``)."""
    words = org.lower().rstrip(".").split()
    return org.isupper() or " ".join(words) in lists().organizations \
        or any(w.rstrip(".") in ORG_WORDS or w.rstrip(".") in LEGAL_FORMS for w in words)


def _the_host_is(text: str, lower: str) -> list[tuple[str, int, OrgRole]]:
    """``The host, Orbis Labs, welcomed …``: the body set off after the part, when its name is a body's (a word
    for an organization or a legal form in it, initials, or a well-known name; ``The host, Ana Vale, …`` is a person);
    so is the body the organizers come from (``Organizers from the Ridge Institute said …``), and the bodies listed
    after a plural part when one of them is named as a body (``The hosts, Acme Robotics and Ridge University, …``)."""
    out = []
    for m in (*_scan(_THE_HOST_IS, text, lower), *_scan(_ORGANIZERS_FROM, text, lower)):
        org = _trim_org(m.group("org"))
        if org and _named_as_a_body(org):
            role = OrgRole.SPONSOR if (m.groupdict().get("part") or "").endswith("sponsor") else OrgRole.ORGANIZER
            out.append((org, m.start("org") + m.group("org").find(org), role))
    for m in (*_scan(_THE_HOSTS_ARE, text, lower), *_scan(_THE_HOST_WAS, text, lower)):
        items = _list_items(m.group("list"), m.start("list"))
        part = m.group("part").lower()
        role = OrgRole.SPONSOR if part.rstrip("s").endswith("sponsor") else \
            OrgRole.CO_ORGANIZER if part.startswith("co") else OrgRole.ORGANIZER
        # (a host may be a person, "The hosts, Ana Vale and Tom Reed, …", who presents the day: one of the list must
        # be named as a body; a sponsor is one)
        if role is OrgRole.SPONSOR or any(_named_as_a_body(item) for item, _at in items):
            out.extend((item, at, role) for item, at in items)
    return out


def _country_hosts(text: str, lower: str) -> list[tuple[str, int, OrgRole]]:
    """The ministry that reports a country holds a gathering (``South Korea will host …, the industry ministry
    said``): the country is no organization, the ministry holds it for the government."""
    out = []
    for m in _scan(_COUNTRY_HOSTS, text, lower):
        org = m.group("org")
        if m.group("place").lower() in lists().places and (org.startswith("Ministry") or lower_ministry(org.split())):
            out.append((org, m.start("org"), OrgRole.ORGANIZER))
    return out


def _past_its_comma(org: str, at: int, text: str, comma_names: tuple[str, ...]) -> str:
    """``org`` written at ``at``, or the known name with a comma inside that it opens there (``Ministry of Trade`` of
    ``Ministry of Trade, Industry and Energy``)."""
    return next((n for n in comma_names if n.startswith(org + ",") and text.startswith(n, at)), org)


_NAME_CLOSED = re.compile(r"(?<=[a-z]{2}|[A-Z]{2})\.\s+(?=[A-Z])")  # a sentence's full stop after a name's word


def _by_the_kind(text: str, lower: str, comma_names: tuple[str, ...]) -> list[tuple[str, int, OrgRole]]:
    """``… Forum, hosted by the chamber`` after ``the Korea Chamber of Commerce and Industry``: the body the kind
    word refers back to (the last one named before with that word in its name), and the bodies listed after it; so
    for the kind as the subject that holds an event (``The ministry and KOTRA held the forum``)."""
    out: list[tuple[str, int, OrgRole]] = []
    for m in itertools.chain(_scan(_BY_THE_KIND, text, lower), _scan(_THE_KIND_HOLDS, text, lower)):
        verb = m.group("verb").lower()
        role = OrgRole.SPONSOR if verb.startswith(("spons", "supp")) \
            else OrgRole.CO_ORGANIZER if _co_verb(verb) else OrgRole.ORGANIZER
        kind = m.group("kind").capitalize()
        named = re.compile(rf"(?<![\w'’&.\-])(?:[A-Z][\w&'’.\-]*[ \t]+(?:(?:of|for|and|&|the)[ \t]+)?){{0,6}}{kind}"
                           r"(?:[ \t]+(?:of|for|and|&|on|[A-Z][\w&'’.\-]*))*")
        last = None
        for n in named.finditer(text, max(0, m.start() - _KIND_REACH), m.start()):
            last = n
        # (a full stop after a word of the name ends it: "the Ministry of Science and ICT. The forum was …")
        found = _NAME_CLOSED.split(last.group(), maxsplit=1)[0] if last else ""
        org = _trim_org(re.sub(r"(?:\s+(?:of|for|and|&|on))+$", "", found)) if last else None
        if last is None or not org or org == kind:
            continue
        at = last.start() + last.group().find(org)
        # ("the Ministry of Trade, Industry and Energy" … "co-organized by the ministry": a name with commas inside)
        out.append((_past_its_comma(org, at, text, comma_names), at, role))
        if m.group("list"):
            out.extend((item, at, role) for item, at in _list_items(m.group("list"), m.start("list"), comma_names))
    return out


_ORG_END = re.compile(r"\s+(?:on|in|at|and|of|for|the|to|with|from|will|was|is)$")


# (and "co-hosted by Hanbit University on May 3": a month after "on" or "in" ends the name too)
_WHEN_AFTER = re.compile(r"\s+(?:on|this|last|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$"
                         rf"|\s+(?:on|in)\s+(?:{MONTH_NAMES})[a-z]*\.?(?:\s+\d{{1,2}})?$"
                         rf"|\s+on\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAMES})[a-z]*\.?$")  # ("on 3 March")
# a day of the month as written before its month: "3", "21st"
_DAY_BEFORE_MONTH = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?")


# a day, then the preposition before the name ("Thursday for Lake Corp's …")
_WHEN_BEFORE = re.compile(rf"^(?:{'|'.join(sorted(w.capitalize() for w in WEEKDAYS | {'tomorrow', 'tonight'}))})\s+"
                          r"(?:for|of|and|at|to|with|by|the)\s+(?=[A-Z])")  # (and "On Monday the Lake Institute hosted")


# a full stop after a word of four letters or more (no "Inc.", "Co.", "U.S."), then the next sentence
_SENTENCE_END = re.compile(r"(?<=[a-z]{4})\.\s+(?=[A-Z])")


_FRONTED_PREPOSITIONS = frozenset({"At", "In", "On", "During", "After", "Before", "Ahead", "Following", "Through",
                                   "Throughout", "Under", "Amid", "Since", "From", "With", "For", "Over", "Across"})


def _less_held_for(org: str) -> str:
    """``Crest Motors`` of ``Crest Motors for the Lake AI Forum`` ("A teamed up with B for the …"): the gathering a
    body holds it for is no part of its name (not ``the Center for the Fourth Industrial Revolution``: no
    gathering's kind ends it)."""
    held_for = re.search(r"\s+(?:for|at|during)\s+(?:the|its|this|their)\s+(?P<held>[^,;]+)$", org)
    return org[:held_for.start()] if held_for and _names_a_kind(held_for.group("held").split()[-1]) else org


# the plural of those with a part in a gathering, before "of" and its name: "Sponsors of the Lake AI Forum"
_PARTS_OF = frozenset({"sponsors", "speakers", "organizers", "organisers", "partners", "participants", "attendees",
                       "panelists", "panellists", "exhibitors", "winners", "judges", "hosts", "co-hosts", "visitors"})


def _occurrences(text: str, name: str) -> Iterator[int]:
    """Where ``name`` stands in ``text`` (a linear scan with str.find)."""
    at = text.find(name)
    while at >= 0:
        yield at
        at = text.find(name, at + len(name))


def _trim_org(org: str) -> str | None:
    org = re.sub(r"^(?:the|The)\s+", "", org).rstrip(" .,")
    end = _SENTENCE_END.search(org)
    if end:  # "… on behalf of the Ridge Institute. It was held …": the name ends with its sentence
        org = org[:end.start() + 1].rstrip(".")
    org = _WHEN_AFTER.sub("", org)  # "The EDB on Wednesday opened …": the day is no part of the name
    org = _WHEN_BEFORE.sub("", org)  # "gathered on Thursday for Lake Corp's third conference": the day before it
    org = _less_held_for(org)
    while _ORG_END.search(org):
        org = _ORG_END.sub("", org)
    title = re.match(r"(?:(?:Vice|Deputy|Executive|Senior|Managing)\s+)?(?:Chairman|Chairwoman|Chair|President|Director|"
                     r"CEO|Head|Dean|Secretary-General|Secretary)\s+of\s+(?:the\s+)?(?=[A-Z])", org)
    if title:
        org = org[title.end():]  # "X, Chairman of the Managing Board of Deutsche Messe AG, the organizer of …"
    words = org.split()
    if len(words) > 1 and words[0] in ("At", "In", "On", "During", "From") and words[1][:1].isupper():
        org = org[len(words[0]):].lstrip()  # "At Samsung's annual Foundry Forum": the sentence's preposition, no name
        org = _WHEN_BEFORE.sub("", org)  # ("On Monday the Lake Institute hosted …": the day after it too)
        words = org.split()
    if not words or words[0] in ("It", "This", "The", "He", "She", "They", "We", "Event", "Organizers", "Organisers"):
        return None
    if len(words) > 2 and words[0] in _FRONTED_PREPOSITIONS and words[1] in ("the", "this", "its", "their"):
        return None  # "At the Lake AI Forum, hosted at the Lake Hotel, …": a phrase of place or time, no subject
    if len(words) > 2 and words[1] == "of" and words[0].lower() in _PARTS_OF:
        return None  # "Sponsors of the Lake AI Forum, held Tuesday, were …": those with a part in it, no body
    if len(words) == 1 and words[0].lower() in lists().not_names:
        return None  # "University hosts …": a common word, no organization's name
    if re.search(r"-(?:based|born|led|owned|backed|funded|run|made)$", words[-1]):
        return None  # "MxD, the Chicago-based digital manufacturing institute, …": a description, no name
    if len(words) >= 2 and words[-1].lower() in lists().heads and words[-1].lower() not in ORG_WORDS:
        return None  # "hosted by Korean Ambassador to the UAE Park Sang-jin": a post before a person's name
    return org


# bodies seated in a place, the seat part of their name: "the British Embassy in Seoul", "KOTRA's office in Paris"
# (not "labs": "Ridge Labs in Tulsa" is a company named Labs, in the city where it holds the event)
_SEATED = frozenset({"embassy", "embassies", "consulate", "consulate-general", "office", "offices", "mission", "delegation",
                     "chamber", "branch", "bureau", "representation", "campus", "subsidiary", "headquarters", "center",
                     "centre", "lab", "laboratory", "chapter", "council"})


def _name_goes_on_past_in(toks: list[re.Match[str]], n: int) -> bool:
    """After ``in`` at ``n``: capitalised words up to the list's next comma, ``and`` or end, the last an organization's
    word (``Women in AI Network``, ``Girls in Tech Foundation``; not ``the Embassy in Seoul``, a place)."""
    k = n + 1
    while k < len(toks) and k - n <= 4 and toks[k].group()[:1].isupper():
        k += 1
    # (or its initials after it, "Excellence in Manufacturing Consortium (EMC)", or a word in lower case that goes on
    # with the sentence, "Women in AI Network on June 3")
    return n + 1 < k and (k == len(toks) or toks[k].group() in (",", "and") or toks[k].group()[:1].islower()
                          or re.fullmatch(r"\([A-Z][\w&\-]*\)", toks[k].group()) is not None) \
        and toks[k - 1].group().rstrip(".").lower() in ORG_WORDS


def _seated(words: list[tuple[str, int]]) -> bool:
    """The name so far ends in a body seated in a place: ``… Embassy``, or with its field after ``of``
    (``American Chamber of Commerce``, ``Embassy of Finland``)."""
    last = [w.rstrip(".").lower() for w, _at in words[-3:]]
    return last[-1] in _SEATED or len(last) == 3 and last[1] == "of" and last[0] in _SEATED and words[-1][0][:1].isupper()


_LIST_WORD = re.compile(r"[A-Z0-9][\w'’&\-.]*|[a-z]+[A-Z][\w'’\-]*|of|the|for|on|and|&|de|du|del|da|von|van|der|für|bin|ibn|,")


_CALENDAR = (MONTHS - {"may"}) | WEEKDAYS | {"tomorrow"}  # ("may" is a modal verb too: _WHEN adds "May" back)
# "in San Francisco", "in Seoul's Jung District", "in southern Seoul": a city of up to three capitalised words
# after a venue ("in Gangnam-gu, Seoul": the city after its district, but "in Seoul, Wednesday" is when;
# "in Changwon, South Gyeongsang Province": the city before its province)
_WHEN = "(?:" + "|".join(sorted((w.capitalize() for w in _CALENDAR - {"today", "yesterday", "tomorrow"}),
                                key=len, reverse=True)) + "|May)\\b"
_CITY_AFTER = re.compile(rf",?\s+in\s+(?:{_CITY_PART}\s+)?"
                         # ("in Jung District, central Seoul": a district of its own words, the city's part after it)
                         rf"(?:(?P<district>[\w\-]+(?:\s+(?:District|Ward|Gu))?),\s+(?!{_WHEN})(?![A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:Province|"
                         rf"State|County|Prefecture|Region)\b)(?:{_CITY_PART}\s+)?)?(?![A-Z][a-z]+(?:-gu|\s+(?:District|Ward|Gu))\b)"
                         # (letters with accents too: "Düsseldorf", "São Paulo", "Zürich")
                         r"(?P<city>[A-ZÀ-Þ][a-zß-ÿ]+(?:\s+[A-ZÀ-Þ][a-zß-ÿ]+){0,2})(?=['’]s\b|[\s,.;]|$)")


_COMMA_CITY = re.compile(r",\s+(?P<city>[A-ZÀ-Þ][a-zß-ÿ]+(?:\s+[A-ZÀ-Þ][a-zß-ÿ]+)?)(?=\s*[.,;]|\s*$|\s+(?:on|from)\b)")


def _comma_city(sentence: str, end: int) -> str | None:
    """``at the JW Marriott, Pune.``: a city the lists know (no region, no country) after the venue's comma."""
    m = _COMMA_CITY.match(sentence, end)
    return m.group("city") if m is not None and _a_place_no_region(m.group("city")) else None


# the last words of a place inside a city: a square, a street, a park
_STREET_WORDS = frozenset({"Square", "Street", "Avenue", "Road", "Boulevard", "Park", "Plaza", "Place", "Lane", "Drive",
                           "Quarter", "Harbour", "Harbor", "Wharf", "Pier", "Campus", "Station"})


def _city_of(m: re.Match[str]) -> str | None:
    """The city a :data:`_CITY_AFTER` match names: the place after a district's comma when the lists know it
    as a city (``in Gangnam-gu, Seoul``), else the first place (``in Houston, Texas``: Texas is the state;
    ``in Pune, India``: India is the country); none when the place is a region or a country alone (``at
    Changwon Exhibition Convention Center in South Gyeongsang``)."""
    district, city = m.group("district"), m.group("city")
    if district is None and lists().regions.issuperset(w.lower() for w in city.split()):
        return None
    if city.split()[-1] in _STREET_WORDS and city.lower() not in lists().cities:
        return None  # "at the Marriott Marquis in Times Square": a square, a street or a park in a city, no city
    if district is None or not district[:1].isupper():
        return city
    words = city.lower().split()
    if lists().places.issuperset(words) and not lists().regions.issuperset(words):
        return city
    return district


def _known_name_goes_on(list_text: str, current: list[tuple[str, int]], comma: int, names: tuple[str, ...]) -> bool:
    """At the comma at ``comma``: a curated name with a comma inside, begun by ``current``, runs on past it."""
    words = [(w, at) for w, at in current if w.lower() != "the"]
    if not words:
        return False
    # (begun by any of its words: "Japan's Ministry of Economy, …", the owner written before the name)
    return any(list_text.startswith(name, start) and comma < start + len(name) for _w, start in words for name in names)


_PORTFOLIO_INITIALS = re.compile(r"[A-Z]{2,4}|[A-Z]&[A-Z]")  # "IT", "BT", "S&T": a field by its initials


def _initials_portfolio_follows(current: list[tuple[str, int]], after: list[tuple[str, int]]) -> bool:
    """At a comma inside a department's or a ministry's name: its portfolio goes on in initials of fields to its
    "and" (``Department of Electronics, IT, BT and S&T``), nothing after the last of them but the list's end, a comma
    or another "and"."""
    words = [w for w, _at in current if w not in ("the", "The")]
    if not words or words[0] not in ("Department", "Ministry") or "of" not in words:
        return False
    n = 0
    while n + 1 < len(after) and _PORTFOLIO_INITIALS.fullmatch(after[n][0]) and after[n + 1][0] == ",":
        n += 2
    if not (n + 2 < len(after) and _PORTFOLIO_INITIALS.fullmatch(after[n][0]) and after[n + 1][0] == "and"
            and _PORTFOLIO_INITIALS.fullmatch(after[n + 2][0]) and (n + 3 == len(after) or after[n + 3][0] in (",", "and"))):
        return False
    # (fields, not bodies: "IT" or "S&T" among them, and none a body a list knows: not "…, IBM and SAP")
    initials = [w.lower() for w, _at in after[:n + 3] if w not in (",", "and")]
    ls = lists()
    return any(w in ls.acronyms or "&" in w for w in initials) and not any(w in ls.organizations for w in initials)


def _known_name_ends(list_text: str, current: list[tuple[str, int]], names: tuple[str, ...]) -> bool:
    """``current`` is a whole curated name with a comma inside (``Ministry of Trade, Industry and Energy``)."""
    words = [(w, at) for w, at in current if w.lower() != "the"]
    if not words:
        return False
    end = words[-1][1] + len(words[-1][0])
    return any(list_text[start:end] in names for _w, start in words)


def _inner_and(current: list[tuple[str, int]], rest: list[tuple[str, int]]) -> bool:
    """``the Engineering and Physical Sciences Research Council``, ``the Food and Drug Administration``:
    ``the``, up to three field words, ``and``, then words up to an organization's head noun are one name (``the
    Robot Guild and …`` and an acronym, ``the VDMA and …``, are whole names already)."""
    # ("House Energy and Commerce Committee": a chamber's committee named by its fields, as "the" opens one)
    # (a sentence's capital "The" opens one as well: "The IEEE Robotics and Automation Society held …"; so does a
    # parent body's initials, when only field words follow "and" up to the head: "IEEE Robotics and Automation Society")
    acronym = re.fullmatch(r"[A-Z]{2,6}", current[0][0]) is not None if current else False
    if acronym and len(current) >= 2 and rest:
        fields = lists().portfolio_words
        words = [w for w, _at in rest]
        head = next((n for n, w in enumerate(words) if w.lower().rstrip(".") in ORG_WORDS), None)
        if head is None or head == 0 or any(w in (",", "and") or w.lower() not in fields for w in words[:head]) \
                or any(w.lower() not in fields for w, _at in current[1:]):
            return False
        return True
    if not 2 <= len(current) <= 4 or current[0][0] not in ("the", "The", "House", "Senate") or not rest \
            or not rest[0][0][:1].isupper() \
            or any(w.isupper() and not (n == 0 and len(current) >= 3)
                   or w.lower().rstrip(".") in ORG_WORDS | LEGAL_FORMS or w in (",", "of")
                   for n, (w, _at) in enumerate(current[1:])):
        return False  # ("the Korea Technology and Information Promotion Agency for SMEs": field words too)
    # ("the IEEE Robotics and Automation Society": a parent body's initials before the field words)
    for w, _at in rest:  # at most eight words
        if w in (",", "and"):
            return False
        if w.lower().rstrip(".") in ORG_WORDS or w.lower().rstrip(".") in LEGAL_FORMS:
            return True
    return False


def _own_name_follows(rest: list[tuple[str, int]]) -> bool:
    """After ``and`` in ``Ministry of Industry and Acme Corp``: a name of its own, which ends in a legal
    form or opens with a word of its own before an organization word (a portfolio's words end in none), or is a
    well-known body's whole name (``… and Keidanren``, ``… and Nvidia``)."""
    words = []
    for w, _at in rest:
        if w in (",", "and"):
            break
        words.append(w.lower().rstrip("."))
    return len(words) >= 2 and (words[-1] in LEGAL_FORMS or words[-1] in _OWN_NAME_ENDS) \
        or " ".join(words) in lists().organizations  # ("Federation of Korean Industries and Keidanren": a known body)


# the last words of names that a portfolio after "Ministry of … and" never ends in ("… and Nimbus Labs")
_OWN_NAME_ENDS = frozenset({"labs", "lab", "university", "institute", "college", "company", "group", "association",
                            "foundation", "bank", "alliance", "consortium", "corporation", "robotics", "systems",
                            "technologies", "motors", "holdings", "ventures", "partners", "society", "academy"})


def _of_a_place(current: list[tuple[str, int]]) -> bool:
    """``the Embassy of Finland and Business Finland``: a name that ends in ``of`` and a country or a city
    is whole, so ``and`` starts the next name; so is a local government by its place (``the province of
    Ontario and Nimbus Labs``)."""
    of = next((n for n in range(len(current) - 2, 0, -1) if current[n][0].lower() == "of"), None)
    if of is None or of < len(current) - 3:
        return False
    # ("the University of Southern Denmark and Odense Robotics": a part of a country after "of" too)
    place = [w.lower() for w, _at in current[of + 1:]]
    return place[-1] in lists().places and all(w in lists().places or w in COMPASS for w in place[:-1]) \
        or len(current) >= 3 and current[-2][0].lower() == "of" and current[-3][0] in _LOCAL_BODY_WORDS



# a kind, and where it is from, before the first name of a list
# ("hosted by SK's think tank Chey Jong-hyun Academic Foundation": an owner's possessive before the kind)
# ("organized by the group's AI research arm 42dot": an owner named by its kind, two words of what the arm does)
_KIND_LEAD = re.compile(r"\s*(?:(?:the\s+)?(?:group|company|firm|conglomerate|university|institute|ministry)['’]s\s+|"
                        r"the\s+|a\s+|[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,2}['’]s?\s+)?"
                        r"(?:[A-Z][a-z]+(?:-based)?\s+|local\s+|global\s+)?"
                        r"(?:(?:research|robotics|technology|tech|software|chip|AI|charitable|corporate|cultural|venture|"
                        r"investment|mobility)\s+){0,2}"
                        r"(?:(?<=\s)(?=arm\b|unit\b|affiliate\b|subsidiary\b|foundation\b))?(?:daily|newspaper|broadcaster|"
                        r"magazine|news\s+agency|startup|start-up|company|firm|chipmaker|automaker|carmaker|"
                        r"think\s+tank|nonprofit|non-profit|trade\s+body|industry\s+body|conglomerate|foundation|"
                        # ("the industry group Orgalim", "the trade association VDMA", "the lobby group techUK")
                        r"(?:industry|trade|lobby|business|advocacy|employers['’]?)\s+(?:group|association|organi[sz]ation)|"
                        # ("the German engineering federation VDMA", "the Dutch chemical industry association VNCI":
                        # an association of a field, in lower case)
                        r"(?:[a-z][a-z\-]+\s+){0,2}(?:(?:industry|trade|employers['’]?)\s+)?"
                        r"(?:association|federation|confederation|alliance|consortium)|"
                        r"affiliate|subsidiary|unit|arm|"
                        # "together with the industrial partners Bosch Rexroth and Trumpf"
                        r"(?:(?:industrial|industry|corporate|strategic|technology|academic|research|media)\s+)?"
                        r"(?:partners?|sponsors?))\s+(?=[A-Z]|\d+[A-Za-z]|[a-z]+[A-Z])")


def _last_item(words: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The words after the last comma or ``and`` of a list read so far, less ``the``."""
    cut = max((n for n, (w, _at) in enumerate(words) if w in (",", "and")), default=-1)
    return [(w, at) for w, at in words[cut + 1:] if w not in ("the", "The")]


_POSSESSIVE_WORD = re.compile(r"[A-Z][\w.\-]*['’]s")  # "Germany's", "Korea's": an owner of what is described after it


# a lawmaker's style written out, capitalised before a name ("Representative A") or in lower case inside a list of
# holders ("co-hosted by lawmaker A and the B")
_LAWMAKER_WORDS = ("representative", "senator", "lawmaker", "assemblyman", "assemblywoman", "assemblymember",
                   "congressman", "congresswoman")
_LOWER_STYLES = frozenset(_LAWMAKER_WORDS)


# a body's counterpart described before its name: "its Japanese counterpart, the", "their German counterparts, the"
_COUNTERPART = re.compile(r"(?<=\band\s)(?:its|their)\s+(?:[A-Z][\w-]*\s+)?counterparts?,\s+(?=the\s+[A-Z])")


def _list_items(list_text: str, offset: int, comma_names: tuple[str, ...] = ()) -> list[tuple[str, int]]:
    """``A, B and the C``: the capitalised names of a list, up to the first word that belongs to no
    name (``…, was held on June 3``). ``and`` joins two names when ``the`` follows it or the name before it
    has no ``of`` (``Ministry of Electronics and Information Technology`` is one name)."""
    words: list[tuple[str, int]] = []
    # ("A and its Japanese counterpart, the B": the counterpart is the body its name then gives; the words before the
    # name are blanked, each offset kept)
    if "counterpart" in list_text:
        list_text = _COUNTERPART.sub(lambda m: " " * len(m.group()), list_text)
    # "the consulates of A, B and C", "the university's Industrial Engineering Department"
    lead = _KIND_LEAD.match(list_text) \
        or re.match(rf"\s*(?:the\s+)?(?!{_LOCAL_OF})[a-z]+(?:\s+of\s+(?:the\s+)?|['’]s\s+)", list_text)
    # ("(hosted by) Korean daily Hankook Ilbo", "local startup Kestrel", "the group's AI research arm 42dot")
    skip = lead.end() if lead else 0
    toks = list(re.finditer(r"[^\s,]+|,", list_text))
    for n, m in enumerate(toks):
        if m.start() < skip:
            continue
        if m.group() in _LOCAL_BODY_WORDS and n + 2 < len(toks) and toks[n + 1].group() == "of" \
                and toks[n + 2].group()[:1].isupper() and (not words or words[-1][0] in (",", "and", "the")):
            words.append((m.group(), m.start()))  # "A and the city of Daegu": a local government by its place
            continue
        if m.group() == "in" and words and _seated(words) and n + 1 < len(toks) \
                and toks[n + 1].group()[:1].isupper() \
                and toks[n + 1].group().rstrip(".").lower() not in _CALENDAR \
                and (n + 2 == len(toks) or toks[n + 2].group() in (",", "and") or toks[n + 2].group().startswith("(")):
            words.append((m.group(), m.start()))  # "the British Embassy in Seoul and …": a seat is part of the name
            continue
        if m.group() == "in" and words and words[-1][0][:1].isupper() and _name_goes_on_past_in(toks, n):
            words.append((m.group(), m.start()))  # "the Women in AI Network": a field inside the name
            continue
        if m.group() in _LOCAL_KINDS and words and words[-1][0][:1].isupper() and n + 1 < len(toks) \
                and toks[n + 1].group().rstrip(".") in _LOCAL_HEADS \
                and all(w.lower() in lists().places for w, _at in _last_item(words)):
            words.append((m.group(), m.start()))  # "the Tianjin municipal government": a place's own government
            words.append((toks[n + 1].group().rstrip("."), toks[n + 1].start()))
            skip = toks[n + 1].end()
            continue
        if m.group().rstrip(".") in _LOCAL_HEADS and words and words[-1][0][:1].isupper() \
                and all(w.lower() in lists().places for w, _at in _last_item(words)):
            words.append((m.group().rstrip("."), m.start()))  # "the Karnataka government and …": a place's own
            continue
        if re.fullmatch(r"[a-z]+['’]s", m.group()) and m.group()[:-2] in _LOCAL_HEADS and words \
                and words[-1][0][:1].isupper() and n + 1 < len(toks) and toks[n + 1].group()[:1].isupper() \
                and all(w.lower() in lists().places for w, _at in _last_item(words)):
            words.append((m.group(), m.start()))  # "the Karnataka government's Department of …": its unit
            continue
        if re.fullmatch(r"\([A-Z][\w&*.\-]*\)", m.group()) and words and n + 1 < len(toks) \
                and toks[n + 1].group() in (",", "and"):
            continue  # "the Federation of Korean Industries (FKI) and …": the alias of the item before ("(A*STAR)")
        if re.fullmatch(r"\([a-z][a-z\-]*\)", m.group()) and words and words[-1][0][:1].isupper() \
                and (n + 1 == len(toks) or toks[n + 1].group() in (",", "and")):
            continue  # "Orbis Bank (presenting), Ridge Labs (gold) and …": the item's tier or part
        if re.fullmatch(r"\([A-Z]{2,}[\w&\-]*\)", m.group()) and words and words[-1][0][:1].isupper() \
                and n + 1 < len(toks) and toks[n + 1].group().lower() in ORG_WORDS and toks[n + 1].group()[:1].isupper():
            words.append((m.group(), m.start()))  # "the Advanced Robotics for Manufacturing (ARM) Institute": inside
            continue
        if _lower_ministry_at(toks, n):
            words.append((m.group(), m.start()))  # "the science ministry and …": a ministry by its field
            continue
        if m.group() in _LOWER_STYLES and n + 1 < len(toks) and toks[n + 1].group()[:1].isupper():
            words.append((m.group(), m.start()))  # "lawmaker Kim Hyun and the …": a person's item, the list goes on
            continue
        if _POSSESSIVE_WORD.fullmatch(m.group()) and n + 1 < len(toks) and toks[n + 1].group()[:1].islower() \
                and "," in (w for w, _at in words):
            # "VDMA, Germany's engineering association, and Orbis": an aside on the item before, to its comma
            while words and words[-1][0] != ",":
                words.pop()
            comma = next((k for k in range(n + 1, len(toks)) if toks[k].group() == ","), None)
            if comma is None:
                break
            skip = toks[comma].start() + 1
            continue
        item = _last_item(words) if m.group() == "at" else []
        campus = CAMPUS_AT.match(list_text, item[0][1]) if item else None
        if campus is not None and campus.end() > m.end():
            words.append((m.group(), m.start()))  # "the University of Texas at Austin and …": a campus in the name
            continue
        if not _LIST_WORD.fullmatch(m.group().rstrip(".")):
            opened = words[-1][1] if words and words[-1][0] == "the" else m.start()
            if words and (words[-1][0] in ("and", ",", "&") or words[-1][0] == "the" and len(words) >= 2
                          and words[-2][0] in ("and", ",", "&")) \
                    and (kind := _KIND_LEAD.match(list_text, opened)) is not None and kind.end() > m.end():
                skip = kind.end()  # "the European Commission and the industry group Orgalim": the next item's kind
                continue
            if words and 2 <= len(words[-1][0]) <= 4 and words[-1][0].isupper() and m.group().isalpha() \
                    and m.group().islower() and (n + 1 == len(toks) or toks[n + 1].group() in (",", "and")):
                words.append((m.group(), m.start()))  # "SK hynix, …": a brand that ends in a lower-case word
                continue
            break
        # (and "on May 3": a capital "May" after "on" or "in" is the month, not the modal verb)
        if (m.group().rstrip(".").lower() in _CALENDAR or m.group() == "May") and words and words[-1][0] in ("on", "in"):
            words.pop()
            break  # "… Department on March 3": a date ends the names
        if (m.group().rstrip(".").lower() in MONTHS or m.group() == "May") and len(words) >= 2 \
                and _DAY_BEFORE_MONTH.fullmatch(words[-1][0]) and words[-2][0] in ("on", "from"):
            del words[-2:]
            break  # "… Society of Automation on 3 March": the day before its month
        words.append((m.group(), m.start()))
    out: list[tuple[str, int]] = []
    current: list[tuple[str, int]] = []

    def close() -> None:
        while current and current[-1][0].lower() in ("of", "the", "for", "on", "and", "&"):
            current.pop()
        while current and current[0][0].lower() in ("the", "and", "&"):
            current.pop(0)
        if current and (current[0][0][:1].isupper() or re.match(r"[a-z]+[A-Z]|\d+[A-Za-z]", current[0][0])  # "techUK", "3M"
                        or current[0][0] in _LOCAL_BODY_WORDS or current[-1][0] == "ministry"):
            start = current[0][1]
            out.append((_less_held_for(list_text[start:current[-1][1] + len(current[-1][0])].rstrip(".")), offset + start))
        current.clear()

    for k, (w, at) in enumerate(words):
        nxt = words[k + 1][0] if k + 1 < len(words) else ""
        if w == "," and (_known_name_goes_on(list_text, current, at, comma_names)
                         or _initials_portfolio_follows(current, words[k + 1:k + 12])):
            current.append((w, at))  # "Ministry of Trade, Industry and Energy" is one name
        elif w == ",":
            close()
        elif w == "and" and _known_name_goes_on(list_text, current, at, comma_names):
            current.append((w, at))  # "the Senate Commerce, Science, and Transportation Committee": one name
        elif w == "and" and _known_name_ends(list_text, current, comma_names):
            close()  # "the Ministry of Trade, Industry and Energy and Samsung Electronics": the curated name is whole
        elif w == "and" and _inner_and(current, words[k + 1:k + 9]):
            current.append((w, at))  # "the Engineering and Physical Sciences Research Council" is one name
        elif w == "and" and (nxt in ("the", "The") or not any(x.lower() in ("of", "for") for x, _ in current)
                             # ("the Korea Institute for … Technology (KIAT) and Acme": the alias closed the name)
                             or list_text[:at].rstrip().endswith(")")
                             or _own_name_follows(words[k + 1:k + 6]) or _of_a_place(current)
                             or any(x == "in" for x, _ in current)  # (a seat ends the name: "… in Seoul and Acme")
                             # (a second "and" after "of": "the Ministry of Road Transport and Highways and CII")
                             or any(x == "and" for x, _ in current)
                             # ("Indonesia's Ministry of Industry and Korea's Ministry of …": a country's own body next)
                             or _POSSESSIVE_WORD.fullmatch(nxt) is not None
                             and nxt[:-2].lower() in lists().places):
            close()
        else:
            current.append((w, at))
    close()
    return [(name, at) for name, at in out if _trim_org(name)]


# an announcement's labelled lines or items ("When: …", "Venue: … | Host: …"): the value up to the next label
# ("Venue: Huntington Place, Detroit. Hosted by …": a sentence after the value, a capitalised word and a lower-case
# one after its full stop; not "Venue: St. Louis Union Station")
_BOX_VALUE = r"[ \t]*:[ \t]*(?P<v>[^\n|•]+?)[ \t]*(?=$|[|•]|\s{2,}|\.[ \t]+[A-Z][a-z]+[ \t]+[a-z])"
# ("WHEN: June 14-16, 2011", "WHERE: Seaport World Trade Center, Boston": a release's labels in capitals too)
_BOX_WHEN = re.compile(r"(?:^|[|•])[ \t]*(?:When|Date|Dates|Date\s+and\s+time|WHEN|DATES?)" + _BOX_VALUE, re.M)
_BOX_WHERE = re.compile(r"(?:^|[|•])[ \t]*(?:" + "|".join(w.capitalize() for w in PLACE_LABELS) + "|"
                        + "|".join(w.upper() for w in PLACE_LABELS) + ")" + _BOX_VALUE, re.M)


_HEAD_LINES = 8  # lines at a page's top looked through for its date and place
_BESIDE = re.compile(r"[ \t]+[|•·][ \t]+")  # the bar or dot a page's header line parts its date and place with
_MAX_PLACE_WORDS = 8
_HEAD_LINE_REACH = 160  # characters of a header line that sets a date beside a place


def _header_line(text: str, reference: str | None) -> tuple[DateMention, str] | None:
    """``June 9-10, 2026 | Hyatt Regency, Chicago``: on a line at the page's top, a date and, beside it after
    a bar or a dot, the place (capitalised words, a place's noun or a known city in them): (the date, the place)."""
    for line in text.split("\n", _HEAD_LINES)[:_HEAD_LINES]:
        if len(line) > _HEAD_LINE_REACH:
            continue  # (a paragraph, no header line)
        parts = _BESIDE.split(line.strip())
        dates = [find_dates(p, reference, lang="en") for p in parts] if 2 <= len(parts) <= 3 else []
        dated = [d for found in dates for d in found]
        if not dated:
            continue
        places = []
        for n, (part, found) in enumerate(zip(parts, dates)):
            words = part.split()
            if found or not 0 < len(words) <= _MAX_PLACE_WORDS \
                    or not all(w[:1].isupper() or w in ("of", "the", "and", "&") for w in words):
                continue
            if any(w.strip(",") in _VENUE_WORDS or w.strip(",").upper() in _BRANDS_UPPER for w in words) \
                    or any(p.split() and all(w.lower() in lists().places for w in p.split()) for p in part.split(",")):
                places.append((n, part))
        # ("The Lake AI Forum | December 3, 2026 | Hanbit Hall, Seoul": the place after the date, the name before it)
        first_dated = next(n for n, found in enumerate(dates) if found)
        chosen = [part for n, part in places if n > first_dated] or [part for _n, part in places]
        if chosen:
            return dated[0], chosen[0]
    return None


def _fact_box(text: str, reference: str | None) -> tuple[str | None, str | None, str | None, str | None]:
    """Start, end, venue and city from an announcement's labelled lines (the first of each kind); the
    city is a known place after the venue's comma (``Pier Hall, Oslo, Norway``)."""
    start = end = venue = city = None
    when = _BOX_WHEN.search(text)
    if when:
        dates = find_dates(when.group("v"), reference, lang="en")
        if dates:
            start, end = dates[0].start, dates[0].end
    header = _header_line(text, reference) if not when or not _BOX_WHERE.search(text) else None
    if not when and header is not None:
        start, end = header[0].start, header[0].end  # "June 9-10, 2026 | Hyatt Regency, Chicago"
    where = _BOX_WHERE.search(text)
    value = where.group("v") if where else header[1] if header else None
    if value:
        parts = [p.strip() for p in value.split(",")]
        places = lists().places
        if len(parts) > 2 and _STATE_SHAPE.fullmatch(parts[-1]):
            parts.pop()  # "Pittsburgh Convention Center, Pittsburgh, PA": a state's code or abbreviation
        while len(parts) > 1 and (all(w.lower() in places for w in parts[-1].split())
                                  or parts[-1].lower() in lists().cities):
            city = parts.pop()  # (the last known place before the venue's name is its city; "Madison" by the list of
            # cities named like people)
        if len(parts) == 1 and parts[0].split() and all(w.lower() in places for w in parts[0].split()):
            city, parts = parts[0], []  # "Chicago, Illinois": a city and its region, no venue
        venue = ", ".join(parts) or None
    return start, end, venue, city


# a state or province written short after its city: "PA", "Pa.", "Calif.", "N.Y."
_STATE_SHAPE = re.compile(r"[A-Z]{2}|[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2}")
# a country's name shortened in a headline: "S. Korea", "N. Korea" (Korea is the region the lists know)
_REGION_SHORT = re.compile(r"^(?:s|n|south|north)\.?\s+(?=korea\b)")
# a post in lower case after an organization, then a person's name: "hosted by KBS anchor Kim Min-ji"
_POST_THEN_NAME = re.compile(r"[ \t]+((?:[a-z][\w-]*[ \t]+){1,3})(?=[A-Z])")


def _a_persons_post_after(text: str, org: str, at: int, people: set[str]) -> bool:
    """The organization is the one a person's post is at, written before it (``CBC journalist Ian
    Hanomansing``): the person's, not a holder of the event."""
    m = _POST_THEN_NAME.match(text, at + len(org))
    if m is None or not any(w in lists().heads for w in m.group(1).split()):
        return False
    return any(text.startswith(p, m.end()) for p in people)


# a Korean name romanised, surname and hyphenated given name ("Lee Ha-na", "Kim Min-su"): a person's, never a body's
_ROMANIZED_NAME = re.compile(r"[A-Z][a-z]{1,5}\s+[A-Z][a-z]{1,6}-[a-z]{1,6}")


def _other_edition(name: str) -> tuple[re.Pattern[str], str] | None:
    """The series of a name with its year written with another year (``Automate 2027`` for ``Automate 2026``), and
    the name's year; None when the name has no year after its series."""
    year = re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", name)
    if year is None or not name[:year.start()].strip():
        return None
    series = re.escape(name[:year.start()].rstrip())
    return re.compile(rf"(?<![\w-]){series}\s+(?!{year.group()})(?:19|20)\d\d(?!\d)"), year.group()


# an edition by its year and kind: "The 2026 show will be held in Las Vegas" (another one's when the year differs
# from the one in the event's name)
_YEARS_EDITION = re.compile(rf"\b[Tt]he\s+((?:19|20)\d\d)\s+(?:[\w-]+\s+){{0,2}}?"
                            rf"(?:show|edition|event|{_GATHERING_KIND})\b")


def _of_another_edition(text: str, sp: Span, other: tuple[re.Pattern[str], str] | None) -> bool:
    """The sentence ``sp`` speaks of another edition than the reported one: next year's (:func:`another_edition`),
    or, when the event's name has a year after its series (``other``: :func:`_other_edition`), the series with
    another year (``Automate 2027``) or another year's by its kind (``The 2026 show``)."""
    if any(m.group()[:4].lower() == "next" for m in another_edition().finditer(text, sp.start, sp.end)):
        return True
    if other is None:
        return False
    series, year = other
    return series.search(text, sp.start, sp.end) is not None \
        or any(m.group(1) != year for m in _YEARS_EDITION.finditer(text, sp.start, sp.end))


_CAPITALISED_RUN = re.compile(r"\s*((?:[A-Z][\w&'’.\-]*|of|for|on|and|&)(?:\s+(?:[A-Z][\w&'’.\-]*|of|for|on|and|&)){0,7})")


def _names_another(text: str, at: int, name: str | None) -> bool:
    """At ``at`` (after an edition's ordinal) a capitalised name with a gathering's word that is not the event's
    own name ``name``."""
    if not name:
        return False
    while at > 0 and text[at - 1].isalpha():
        at -= 1  # (the ordinal's pattern may end inside the name's first word)
    run = _CAPITALISED_RUN.match(text, at)
    words = run.group(1) if run else ""
    # (the name less its own ordinal: "held the 3rd Pine AI Forum on May 2" reads "Pine AI Forum on May")
    core = _OWN_ORDINAL.sub("", name)
    return bool(words) and _names_a_kind(words) and not (words.startswith(name) or name.startswith(words) or name in words
                                         or words in name or bool(core) and words.startswith(core))


_OWN_ORDINAL = re.compile(rf"^(?:{_ORDINAL_WORDS}|\d+(?:st|nd|rd|th))\s+(?:annual\s+)?", re.I)


def _with_year(day: str | None, year: str) -> str | None:
    """An ISO date moved to ``year`` (its month and day kept; 29 February to the 28th when the year has none)."""
    if day is None:
        return None
    d = date.fromisoformat(day)
    try:
        return d.replace(year=int(year)).isoformat()
    except ValueError:
        return d.replace(year=int(year), day=28).isoformat()


def _bodies_apart(text: str, names: list[tuple[str, Span]], people: set[str]) -> list[tuple[str, Span]]:
    """The names less a person's name and its "of" before a body (``Sofia Marquez of the Lake AI Forum`` -> ``Lake AI
    Forum``), and less the bodies the lists know, whose last word names a gathering (``World Economic Forum``), and
    less a "World" a person is "of" (``Emily Tran of Automation World``: a title one writes for, as Design World)."""
    out = []
    for name, at in names:
        if name.endswith(" World") and _a_persons_of(text, at.start, people):
            continue
        person = next((p for p in people if name.startswith(p + " of ")), None)
        if person is not None:
            cut = len(person) + len(" of ")
            cut += len("the ") if name.startswith("the ", cut) else 0
            name, at = name[cut:], Span(at.start + cut, at.end)
            if len(name.split()) < 2 or name.endswith(" World"):
                continue  # ("Ana Vale of Hanbit Forum": one word left names the body only; "… of Design World" a title)
        if name.lower() not in lists().organizations:
            out.append((name, at))
    return out


# a person's name and "of" right before another name: "Emily Tran of "
_PERSON_OF = re.compile(r"(?P<name>[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){1,3})[ \t]+of[ \t]+(?:the[ \t]+)?$")
_PERSON_OF_REACH = 60  # characters before a name where that person stands


def _a_persons_of(text: str, at: int, people: set[str]) -> bool:
    """A person's name and "of" stand right before ``at`` (``Host Emily Tran of ``: the capitalised words before
    "of" end in a known person's name, a label or a title before it)."""
    of = _PERSON_OF.search(text, max(0, at - _PERSON_OF_REACH), at)
    words = of.group("name").split() if of is not None else []
    return any(" ".join(words[k:]) in people for k in range(len(words) - 1))


# a lawmaker's style right before the name, a party's name between or none: "Rep.", "Sen.", "Democratic Party Rep.",
# "lawmaker", "Assemblyman", "MP"
_SPELLED_STYLES = rf"\b(?:{'|'.join(w.capitalize() for w in _LAWMAKER_WORDS)}|lawmaker|MP)"
_LAWMAKERS_STYLE = re.compile(rf"(?:\b(?P<short>Rep|Sen)\.|{_SPELLED_STYLES})[ \t]+$")


# the agent of a verb of holding, to the clause's end: "co-hosted by Democratic Party Rep. A and Rep. B"
_HELD_BY_AGENTS = re.compile(r"\b(?P<verb>(?:co-?)?(?:hosted|organi[sz]ed|convened|sponsored))\s+(?:jointly\s+)?by\s+"
                             r"(?P<agents>(?:[^.;\n]|(?<=\b(?:Rep|Sen))\.){1,200})")


OFFICE_OF = "Office of "  # how the name of a lawmaker's office, which the text implies, opens


def office_holder(org: str) -> str | None:
    """The lawmaker whose office :func:`_lawmakers_offices` named ``org`` after (``Office of Rep. Kim Min-seok`` ->
    ``Kim Min-seok``), or None for any other organization."""
    if not org.startswith(OFFICE_OF):
        return None
    held = org[len(OFFICE_OF):]
    return held.split(". ", 1)[1] if re.match(r"(?:Rep|Sen)\. ", held) else held


def _lawmakers_offices(text: str, found: list[tuple[str, int, OrgRole]],
                       people: set[str]) -> list[tuple[str, int, OrgRole]]:
    """The offices of the lawmakers named as holders (``Rep. Kim Min-seok of the Hanbit Party hosted …``, ``hosted by
    Hanbit Party Rep. Kim Min-seok``), each at the lawmaker's name, in its part. Linear: each holder's words are read
    once, a name is looked up by its words."""
    holders = list(found)
    for m in scan(_HELD_BY_AGENTS, text):
        verb = m.group("verb").lower()
        role = OrgRole.SPONSOR if verb == "sponsored" else OrgRole.CO_ORGANIZER if _co_verb(verb) else OrgRole.ORGANIZER
        holders.append((m.group("agents"), m.start("agents"), role))
    out: list[tuple[str, int, OrgRole]] = []

    def office(person: str, start: int, role: OrgRole) -> re.Match[str] | None:
        style = _LAWMAKERS_STYLE.search(text, max(0, start - 30), start)
        if style is not None:
            name = f"{OFFICE_OF}{style.group('short')}. {person}" if style.group("short") else f"{OFFICE_OF}{person}"
            if all(name != o for o, _at, _r in out):
                out.append((name, start, role))
        return style

    for holder, at, role in holders:
        # the holder's own start, and each lawmaker's style inside it ("… and People Power Party Rep. B")
        for start in (at, *(at + m.end() for m in _STYLE_INSIDE.finditer(holder))):
            person = _person_at(text, start, people)
            style = office(person, start, role) if person is not None else None
            for _ in range(6):
                # "Rep. A and Sen. B, who hosted the forum": the lawmakers listed before the one the clause names
                if style is None:
                    break
                prev = _NAME_BEFORE.search(text, max(0, style.start() - _NAME_BEFORE_REACH), style.start())
                words = prev.group("name").split() if prev is not None else []
                before = next((" ".join(words[k:]) for k in range(len(words) - 1) if " ".join(words[k:]) in people),
                              None)
                style = office(before, style.start() - len(prev.group()) + prev.group().find(before), role) \
                    if prev is not None and before is not None else None
    return sorted(out, key=lambda o: o[1])


# a lawmaker's style inside a holder's words, the name right after it
_STYLE_INSIDE = re.compile(rf"(?:\b(?:Rep|Sen)\.|{_SPELLED_STYLES})[ \t]+(?=[A-Z])")
# the name of a list's item before another's style, with the list's joiner: "Rep. Mia Holt and " before "Sen. …"
_NAME_BEFORE = re.compile(r"(?P<name>[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){1,3})(?:,[ \t]+and|,|[ \t]+and)[ \t]+$")
_NAME_BEFORE_REACH = 60  # characters before a style where the item before it stands


def _person_at(text: str, start: int, people: set[str]) -> str | None:
    """The longest name of ``people`` written from ``start`` (up to four capitalised words)."""
    words = re.match(r"[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,3}", text[start:start + 80])
    parts = words.group().split() if words else []
    return next((" ".join(parts[:k]) for k in range(len(parts), 0, -1) if " ".join(parts[:k]) in people), None)


def find_event(text: str, spans: list[Span], published: str | None, people: set[str],
               comma_names: tuple[str, ...] = ()) -> EnEventDraft | None:
    """The main event an English article reports, or None when it names none. ``comma_names``: known
    organization names with a comma inside (see :attr:`kg.extract.gazetteer.Gazetteer.comma_names`)."""
    theme = _THEME.search(text)
    # ("The Lake AI Forum, themed "Robots at Work", was held …": the theme is no name of the event)
    named = _pick_name(text, [n for n in _not_venues(text, _bodies_apart(text, _names(text), people))
                              if not (theme and n[0].strip(" ,.") == theme.group("theme").strip(" ,."))])
    # (the name less its year names it too: "Robotics Summit & Expo 2025 recap" above "The … Robotics Summit & Expo
    # returned to the Boston Convention and Exhibition Center …")
    bare = re.sub(EDGE_YEAR, "", named[0]) if named else ""
    forms = sorted({named[0], bare} if len(bare.split()) >= 2 else {named[0]}, key=len, reverse=True) if named else []
    named_at = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, forms))})(?!\w)") if named else None
    # ("Automate 2027 will be held at McCormick Place", "Next year's show moves to Las Vegas": another edition)
    other_edition = _other_edition(named[0]) if named else None
    spans = [sp for sp in spans if not _of_another_edition(text, sp, other_edition)
             or (named and sp.start <= named[1].start < sp.end)]
    held = [sp for sp in spans if _holds_this_one(text[sp.start:sp.end])
            or (named and sp.start <= named[1].start < sp.end) or _AT_THE_ONE_AT.search(text, sp.start, sp.end)]
    held_at = {sp.start for sp in held}  # (membership by start: a list of every sentence would make it quadratic)
    # a sentence that names the event speaks of it ("Huang spoke at Computex on Monday")
    named_in = [sp for sp in spans if sp.start not in held_at and named_at and named_at.search(text, sp.start, sp.end)]
    named_in_at = {sp.start for sp in named_in}
    if named is None and not held and not (_BOX_WHEN.search(text) and _BOX_WHERE.search(text)):
        return None  # (an announcement's "Date: …" and "Venue: …" lines report an event it may never name)
    draft = EnEventDraft()
    draft.theme = theme.group("theme").strip() if theme else None
    published = _dateline_day(text, spans, published) or published  # "today" is the dateline's day
    if named:
        draft.name, draft.name_span = named
    year = re.search(r"(?<!\d)((?:19|20)\d\d)(?!\d)", draft.name or "")
    # without a publication date, a year in the event's name settles a month-and-day date
    reference = published or (f"{year.group(1)}-07-01" if year else None)
    others = [sp for sp in spans if sp.start not in held_at
              and (sp.start in named_in_at or _TYPE_WORD.search(text[sp.start:sp.end]))]
    others_at = {sp.start for sp in others}
    # the lede dates what the article reports when no sentence of the event does ("Members of the Senate
    # committee questioned executives on Wednesday … The hearing, chaired by …")
    lede = [sp for sp in spans[:_LEDE] if sp.start not in held_at and sp.start not in others_at]
    draft.start, draft.end = _date(text, published, reference, held, others, lede)
    if year and draft.start and (abs(int(draft.start[:4]) - int(year.group(1))) == 1
                                 or int(year.group(1)) < int(draft.start[:4]) - 1) \
            and not re.search(rf"(?<!\d){draft.start[:4]}(?!\d)", text):
        # "ORBIS LIVE 2026 …, taking place April 14-16" in a release of February 2026: a month and day with no year
        # of their own are the edition's, not the last year's
        # ("The 2019 Lake AI Summit was held on May 3" in a later year's text: the edition's year, long past; not a
        # year years ahead, which a name may hold as its vision: "the AI 2030 Forum")
        draft.start, draft.end = _with_year(draft.start, year.group(1)), _with_year(draft.end, year.group(1))
    draft.venue, draft.city = _venue(text, held + named_in, people, {named[0]} if named else set())
    box_start, box_end, box_venue, box_city = _fact_box(text, reference)
    if draft.start is None and box_start is not None:  # "When: Dec. 9, 2025" / "Venue: Pier Hall, Oslo"
        draft.start, draft.end = box_start, box_end
    if draft.venue is None and box_venue is not None:
        draft.venue, draft.city = box_venue, draft.city or box_city
    elif draft.city is None and draft.venue is None:
        draft.city = box_city  # "Where: Oslo, Norway": a city and no venue
    if draft.city is None and (dateline := _dateline_city(text)) is not None:
        # "NEW DELHI: Union Minister … inaugurated the summit at Bharat Mandapam" (not where the venue names another
        # place: "SEOUL — … at its Suwon campus")
        places = [w for w in re.findall(r"[A-Z][a-z]+", draft.venue or "") if _a_place_no_region(w)]
        if not places or any(w in dateline.split() for w in places):
            draft.city = dateline
    # ("… returned for its fifth year": the sentence's subject an event, not "Acme, marking its 50th year")
    # ("The Lake AI Forum was held … That evening, the fifth annual Lake AI Awards were presented": another event's)
    m = next((e for e in scan(_EDITION, text) if not _names_another(text, e.end(), draft.name)), None) \
        or _EDITION_AFTER.search(text) or next(
        (f for f in scan(_EDITION_FOR, text)
         if _TYPE_WORD.search(text, _sentence_start(text, f.start()), f.start())),
        None)
    if m and published and draft.start and draft.start <= published and _later_one(text, m.start()):
        m = None  # "… launched the alliance on Thursday. It will hold its first forum in September": another event
    if m:
        draft.edition = _ORDINAL.get(m.group(1).lower()) or (int(m.group(2)) if m.group(2) else None)
    quoted = [q.outer for q in find_quotes(text) if q.double]
    for m in sorted((m for pattern in _HEAD_COUNTS for m in scan(pattern, text)), key=lambda x: x.start()):
        if any(q.start <= m.start() < q.end for q in quoted):
            continue  # '"The center will train 200 researchers a year," Chang said': no head count of the event
        start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start()), text.rfind(";", 0, m.start()))
        if _PAST_EDITION.search(text, start + 1, m.end()):
            continue  # "Last year's edition drew 5,000 visitors": not this one's head count
        if re.fullmatch(r"(?:19|20)\d\d", m.group(1)) and (len(m.group().split()) > 2  # words between year and noun
                                                           or _YEAR_BEFORE.search(text, max(0, m.start() - 12), m.start())):
            continue  # "back to 2011 when a few leaders …": a year, not a head count
        if any(d.end() == m.end(1) for d in _MONTH_DAY.finditer(text, max(0, m.start() - 12), m.end(1))):
            continue  # "The summit on Oct. 14 drew engineers from …": a day of the month, not a head count
        if _COUNT_OF_A_PLAN.search(text, max(start + 1, m.start() - 60), m.start()):
            continue  # "will train 1,000 AI factory specialists by 2030": people a plan makes or helps, no head count
        if _COUNT_OF_A_LACK.search(text, max(start + 1, m.start() - 40), m.start()):
            continue  # "face a shortage of 400,000 workers", "a workforce of 5,000 engineers": a number of people the
            # words before it count, no head count of the event
        draft.attendance = int(m.group(1).replace(",", ""))
        break
    # "together with Canadian Prime Minister Justin Trudeau": a person is no organization
    # (a romanized Korean name's family name comes first: "Hwang Sung-woo", then "Hwang and Mazhari signed …")
    surnames = {p.split()[-1] for p in people if p.split()} \
        | {p.split()[0] for p in people if _ROMANIZED_NAME.fullmatch(p)}
    found = _organizations(text, comma_names, people)
    # (the company of a post before a name holds the gathering "the company's" names: read only where needed)
    company_held = {m.start("org") for m in _scan(_POSTS_COMPANY_HOLDS, text, text.lower())}
    # "The Ridge Institute played host to the forum": a body, not a place, hosts it
    found.extend((m.group("venue"), m.start("venue"), OrgRole.ORGANIZER) for m in scan(_HOST_TO, text)
                 if _body_not_place(m.group("venue")))
    if not any(role is OrgRole.ORGANIZER for _o, _at, role in found):
        # "Lake Corp and Hanbit University signed a memorandum of understanding at a ceremony": with no one
        # else said to hold the event, the parties that sign hold their signing
        # ("South Korea and Saudi Arabia signed an MOU at the forum": countries, governments the text does not name)
        for m in scan(_SIGNED, text):
            found.extend((org, at, OrgRole.ORGANIZER) for org, at in _list_items(m.group("list"), m.start("list"),
                                                                                 comma_names)
                         if not lists().regions.issuperset(_REGION_SHORT.sub("", org.lower()).split()))
    if named:  # "The Ridge Institute's annual Lake AI Forum"
        # (where the body names it too: "Lake AI Summit 2025 recap" above "The Ridge Institute's Lake AI Summit …")
        owner = next((o for at in [named[1].start, *(m.start() for m in itertools.islice(named_at.finditer(text), 3))]
                      if (o := _OWNER_OF_NAME.search(text, max(0, at - 120), at)) is not None), None) \
            if named_at else None
        # ("At Samsung's annual Foundry Forum": the preposition opening the sentence is no part of the owner's name;
        # "At Detroit's Automate show": a city owns no event as its holder)
        opener = re.match(r"(?:At|In|On|For|From|During)\s+", owner.group("org")) if owner else None
        cut = opener.end() if opener else 0
        owned_by = owner.group("org")[cut:] if owner else ""
        if owner and owned_by and _trim_org(owned_by) and owned_by.split()[-1].lower() not in COMMON_OWNERS \
                and not lists().places.issuperset(w.lower() for w in owned_by.split()):
            found.append((owned_by, owner.start("org") + cut, OrgRole.ORGANIZER))
    # "co-hosted by Rep. Kim Min-seok and the Korea AI Safety Institute": a lawmaker holds an event through their
    # office, which the text implies (as a Korean 의원실), not the person
    draft.implied_orgs = _lawmakers_offices(text, found, people)
    # "co-hosted by Rep. Kim Min-seok and Rep. Choi Yoon-ah": people, and their honorifics, hold no office here
    honorifics, regions = lists().honorifics, lists().regions
    # ("the Women MAKE Awards ceremony": the event's own name, less its kind, is no organization; nor is its short
    # form in parentheses: "Smart Factory + Automation World 2026 (AW 2026)")
    short = {m.group(1) for m in re.finditer(rf"{re.escape(draft.name)}[ \t]*\(([^()\n]{{1,20}})\)", text)} \
        if draft.name else set()
    draft.orgs = [o for o in found if (not draft.name or o[0] != draft.name and o[0] not in short
                                       and not (o[0] in draft.name and o[0].split()[-1].lower() in _types()))
                  and not any(p in o[0] for p in people) and o[0] not in surnames
                  and (o[1] in company_held or not _a_persons_post_after(text, o[0], o[1], people))
                  and not _ROMANIZED_NAME.fullmatch(o[0])
                  and not syllabic_name(o[0])  # ("Gan Kim Yong opened the summit": a person)
                  # (not a body whose initials spell one: "ING", as "Ing." is an engineer's)
                  and (o[0].lower().rstrip(".") not in honorifics or len(o[0]) >= 3 and o[0].isupper())
                  # ("… Rep. Kim Hyun and People Power Party Rep. Choi …" cut at a style: no name ends in one)
                  and not (len(o[0].split()) > 1 and o[0].split()[-1].lower().rstrip(".") in honorifics)
                  # ("South Korea on Monday launched …": a country as a sentence's subject stands for its
                  # government, which it does not name; "the consulates of Norway", "the Jiangsu government" do)
                  # ("South Korea and Germany held a forum": countries joined, as one subject)
                  and not (regions.issuperset(w for w in _REGION_SHORT.sub("", o[0].lower().removeprefix("the ")).split()
                                              if w not in ("and", "&"))
                           and not re.match(r"\s+(?:government|provincial|state|regional|consulate|embassy)",
                                            text[o[1] + len(o[0]):o[1] + len(o[0]) + 14], re.I)
                           and re.search(r"(?:^|[.!?]\s+|--\s*|—\s*|\n)(?:The\s+|the\s+)?$",
                                         text[max(0, o[1] - 8):o[1]]) is not None)]
    # "KAIST, Hyundai Motor hold forum …" over "Hyundai Motor Group and KAIST jointly held …": a headline's
    # short form of a name the body writes in full is that organization
    headline_end = text.find("\n") if "\n" in text else len(text)
    # (the word-prefixes of the body's names, gathered once: linear in the names' words)
    # ("Purdue's Industry 4.0 Day …" over "organized by Purdue's Manufacturing Extension Partnership": the owner of a
    # body the body names, less its possessive, is that body's)
    body_prefixes = {re.sub(r"['’]s$", "", " ".join(words[:k])) for f in draft.orgs if f[1] >= headline_end
                     for words in (f[0].split(),) for k in range(1, len(words))}
    draft.orgs = [o for o in draft.orgs if o[1] >= headline_end or o[0] not in body_prefixes]
    if draft.name is None and (described := _described_name(text, held, headline_end)) is not None:
        draft.name, draft.name_span = described  # (after the organizations: the body in it holds the event)
    return draft


# "The Korea-U.S. Business Council forum, co-hosted by …", "the Lake Robotics Association's annual meeting": an event
# no name says, described by whose it is and its kind in lower case: the description names it, as written
_DESCRIBED = re.compile(
    r"\b[Tt]he[ \t]+(?:(?:annual|yearly|inaugural|biennial|\d+(?:st|nd|rd|th))[ \t]+)?"
    r"(?P<name>[A-Z][\w.'’&\-]*(?:[ \t]+(?:(?:of|for|and|&)[ \t]+)?[A-Z][\w.'’&\-]*){0,6}"
    r"(?:[ \t]+(?:annual|business|policy|developer|industry|investment|leaders|technology|strategy))?"
    r"[ \t]+(?:forum|conference|summit|symposium|seminar|workshop|roundtable|hearing|hackathon|expo|meeting))\b")


def _described_name(text: str, held: list[Span], headline_end: int) -> tuple[str, Span] | None:
    """The description of an event no name says, in the first sentence that holds it (else the first in the body)
    that has one: whose gathering it is, by two capitalised words or more that are not only a day, a month, a place
    or a field (one word, "the Nvidia conference", may stand for a gathering with a name of its own), and its kind
    in lower case."""
    ls = lists()
    not_owners = WEEKDAYS | MONTHS | ls.places | ls.acronyms | ls.not_names  # ("the ESG conference": its field's)
    for start, end in [(sp.start, sp.end) for sp in held] + [(headline_end, len(text))]:
        for m in _DESCRIBED.finditer(text, start, end):
            words = [re.sub(r"['’]s$", "", w.lower()) for w in re.findall(r"[A-Z][\w.'’&\-]*", m.group("name"))]
            # (not "the KITA-organized AI seminar": who held it, said by a participle, is no name's word)
            if len(words) >= 2 and not all(w in not_owners for w in words) \
                    and not re.search(r"-[a-z]+ed\b", m.group("name")):
                return m.group("name"), Span(m.start("name"), m.end("name"))
    return None
