"""Cross-article resolution over small hand-made corpora with known answers."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rusaz import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    Article,
    Event,
    EventKind,
    FuzzyDate,
    Mention,
    Modality,
    Place,
    Span,
    Terms,
)
from rusaz._merge import Claim, Conflict, normalize_name, resolve

# --- builders shared with the corpus, export and CLI tests ------------------------------------


@attrs.frozen
class A:
    """An actor to put into a test article: mentions are found by searching its names."""

    id: str
    name: str
    kind: ActorKind = ActorKind.PERSON
    aliases: tuple[str, ...] = ()
    lexicon_id: str | None = None
    country: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """Name then aliases."""
        return (self.name, *self.aliases)


@attrs.frozen
class P:
    """A place to put into a test article."""

    id: str
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@attrs.frozen
class E:
    """An event of a test article; ``sentence`` is the index of its evidence sentence."""

    id: str
    kind: EventKind
    when: str | None
    participants: tuple[str, ...] = ()
    sentence: int = 0
    place: str | None = None
    modality: Modality = Modality.HAPPENED
    agreements: tuple[str, ...] = ()


@attrs.frozen
class G:
    """An agreement of a test article."""

    id: str
    title: str
    kind: AgreementKind
    parties: tuple[str, ...] = ()
    signed: str | None = None
    sentence: int = 0
    expires: str | None = None


def make_article(
    article_id: str,
    sentences: Sequence[str],
    *,
    published: str | None = None,
    actors: Sequence[A] = (),
    places: Sequence[P] = (),
    events: Sequence[E] = (),
    agreements: Sequence[G] = (),
    outlet: str | None = None,
) -> Article:
    """An Article whose text is the sentences joined by spaces, with facts pointing into it."""
    spans = []
    pos = 0
    for s in sentences:
        spans.append(Span(pos, pos + len(s)))
        pos += len(s) + 1
    text = " ".join(sentences)

    def mentions(names: Sequence[str]) -> tuple[Mention, ...]:
        found = set()
        for n in names:
            start = text.find(n)
            while start >= 0:
                found.add(Span(start, start + len(n)))
                start = text.find(n, start + 1)
        return tuple(Mention(s, "test") for s in sorted(found))

    return Article(
        id=article_id,
        text=text,
        published=None if published is None else FuzzyDate.parse(published),
        outlet=outlet,
        sentences=tuple(spans),
        actors=tuple(
            Actor(
                id=a.id,
                name=a.name,
                kind=a.kind,
                aliases=a.aliases,
                lexicon_id=a.lexicon_id,
                country=a.country,
                mentions=mentions(a.names),
            )
            for a in actors
        ),
        places=tuple(
            Place(
                id=p.id,
                name=p.name,
                country=p.country,
                latitude=p.lat,
                longitude=p.lon,
                mentions=mentions((p.name,)),
            )
            for p in places
        ),
        events=tuple(
            Event(
                id=e.id,
                kind=e.kind,
                when=None if e.when is None else FuzzyDate.parse(e.when),
                participants=e.participants,
                place=e.place,
                modality=e.modality,
                agreements=e.agreements,
                evidence=(spans[e.sentence],),
            )
            for e in events
        ),
        agreements=tuple(
            Agreement(
                id=g.id,
                title=g.title,
                kind=g.kind,
                parties=g.parties,
                signed=None if g.signed is None else FuzzyDate.parse(g.signed),
                evidence=(spans[g.sentence],),
                terms=None if g.expires is None else Terms(expires=FuzzyDate.parse(g.expires)),
            )
            for g in agreements
        ),
    )


PUTIN = A("person:vladimir-putin", "Vladimir Putin", aliases=("Putin",), lexicon_id="putin")
ALIYEV = A("person:ilham-aliyev", "Ilham Aliyev", aliases=("Aliyev",), lexicon_id="ilham-aliyev")
PASHINYAN = A("person:nikol-pashinyan", "Nikol Pashinyan", aliases=("Pashinyan",))
RUSSIA = A("country:russia", "Russia", ActorKind.COUNTRY, lexicon_id="RU", country="RU")
AZERBAIJAN = A("country:azerbaijan", "Azerbaijan", ActorKind.COUNTRY, lexicon_id="AZ", country="AZ")
SOCHI = P("place:sochi", "Sochi", "RU", 43.6, 39.73)
BAKU = P("place:baku", "Baku", "AZ", 40.41, 49.87)
MOSCOW = P("place:moscow", "Moscow", "RU", 55.75, 37.62)


def meeting_report(
    article_id: str, published: str, when: str, modality: Modality = Modality.HAPPENED
) -> Article:
    """A short wire report of a Putin–Aliyev meeting in Sochi on ``when``."""
    return make_article(
        article_id,
        [f"Vladimir Putin met Ilham Aliyev in Sochi on {when}.", "Putin and Aliyev talked."],
        published=published,
        actors=[PUTIN, ALIYEV],
        places=[SOCHI],
        events=[
            E(
                "event:meeting-1",
                EventKind.MEETING,
                when,
                (PUTIN.id, ALIYEV.id),
                place=SOCHI.id,
                modality=modality,
            )
        ],
    )


# --- names -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Aliyev", "aliyev"),  # plain
        ("ALIYEV", "aliyev"),  # case
        ("Əliyev", "aliyev"),  # Azerbaijani schwa
        ("Erdoğan", "erdogan"),  # combining breve
        ("  Vladimir   Putin ", "vladimir putin"),  # spacing
        ("Putin's", "putin s"),  # punctuation splits words
        ("Nagorno-Karabakh", "nagorno karabakh"),  # hyphen
    ],
)
def test_normalize_name(raw: str, expected: str) -> None:
    """Names fold case, accents, punctuation and spacing for comparison."""
    assert expected == normalize_name(raw)


# --- actors ----------------------------------------------------------------------------------


def test_actors_united_by_lexicon_id_keep_aliases_and_mentions() -> None:
    """One lexicon id in two articles is one corpus actor with all names and mentions."""
    other = attrs.evolve(ALIYEV, aliases=("President Aliyev",))
    a = make_article("a", ["Ilham Aliyev spoke."], actors=[ALIYEV])
    b = make_article("b", ["President Aliyev spoke."], actors=[other])
    (actor,) = resolve([a, b]).actors
    assert "Ilham Aliyev" == actor.name
    assert ("Aliyev", "President Aliyev") == actor.aliases
    assert ("a", "b") == actor.articles
    assert {"a", "b"} == {m.article for m in actor.mentions}


def test_actors_without_lexicon_united_by_shared_name() -> None:
    """Actors unknown to the lexicon are united when a folded name or alias is shared."""
    smith = A("person:john-smith", "John Smith", aliases=("Smith",))
    smith2 = A("person:j-smith", "J. Smith", aliases=("SMITH",))
    a = make_article("a", ["John Smith said."], actors=[smith])
    b = make_article("b", ["J. Smith said."], actors=[smith2])
    (actor,) = resolve([a, b]).actors
    assert "person:j-smith" == actor.id
    assert {"John Smith", "J. Smith", "Smith", "SMITH"} == set(actor.names)


def test_name_shared_by_two_lexicon_entries_is_not_guessed() -> None:
    """A bare alias matching two lexicon entries stays a separate actor."""
    heydar = A("person:heydar-aliyev", "Heydar Aliyev", aliases=("Aliyev",), lexicon_id="heydar")
    bare = A("person:aliyev", "Aliyev")
    a = make_article("a", ["Ilham Aliyev and Heydar Aliyev."], actors=[ALIYEV, heydar])
    b = make_article("b", ["Aliyev spoke."], actors=[bare])
    ids = {x.id for x in resolve([a, b]).actors}
    assert {"person:aliyev", "person:heydar-aliyev", "person:ilham-aliyev"} == ids


def test_country_conflict_recorded() -> None:
    """Two countries given for one actor are a conflict settled by frequency."""
    x1 = A("person:x", "Xavier Doe", country="RU")
    x2 = A("person:x", "Xavier Doe", country="AZ")
    arts = [make_article(i, ["Xavier Doe."], actors=[x]) for i, x in (("a", x1), ("b", x1))]
    arts.append(make_article("c", ["Xavier Doe."], actors=[x2]))
    (actor,) = resolve(arts).actors
    expected = Conflict(
        "country", (Claim("AZ", ("c",)), Claim("RU", ("a", "b"))), "RU", "most-frequent"
    )
    assert (expected,) == actor.conflicts


# --- events ----------------------------------------------------------------------------------


def test_same_meeting_in_three_articles_is_one_event_with_date_conflict() -> None:
    """9 vs 10 November: one event, all evidence kept, the date settled by frequency."""
    arts = [
        meeting_report("a", "2020-11-10", "2020-11-09"),
        meeting_report("b", "2020-11-11", "2020-11-10"),
        meeting_report("c", "2020-11-12", "2020-11-09"),
    ]
    (event,) = resolve(arts).events
    assert FuzzyDate.parse("2020-11-09") == event.when
    assert ("a", "b", "c") == event.articles
    assert 3 == len(event.evidence)
    assert ("modality", "participants", "place") == event.agreed
    (conflict,) = event.conflicts
    assert ("when", "2020-11-09 (day)", "most-frequent") == (
        conflict.field,
        conflict.chosen,
        conflict.rule,
    )
    assert (("a", "c"), ("b",)) == tuple(c.articles for c in conflict.values)


@pytest.mark.parametrize(
    ("dates", "chosen", "rule"),
    [
        (("2020-11", "2020-11-09"), "2020-11-09 (day)", "most-precise"),  # month vs day
        (("2020-11-10", "2020-11-09"), "2020-11-10 (day)", "earliest-published"),  # tie: first
        (("2020-11-09/2020-11-10", "2020-11-10"), "2020-11-10 (day)", "most-precise"),  # range
    ],
)
def test_date_conflict_rules(dates: tuple[str, str], chosen: str, rule: str) -> None:
    """Date conflicts go to the most precise, then most frequent, then earliest report."""
    arts = [
        meeting_report("a", "2020-11-15", dates[0]),
        meeting_report("b", "2020-11-20", dates[1]),
    ]
    (event,) = resolve(arts).events
    (conflict,) = event.conflicts
    assert (chosen, rule) == (conflict.chosen, conflict.rule)


def test_meetings_days_apart_stay_apart() -> None:
    """Two meetings three days apart are two events."""
    arts = [
        meeting_report("a", "2020-11-10", "2020-11-05"),
        meeting_report("b", "2020-11-10", "2020-11-09"),
    ]
    assert 2 == len(resolve(arts).events)


def _visit(article_id: str, when: str, who: A, place: P) -> Article:
    return make_article(
        article_id,
        [f"{who.name} visited {place.name}. Russia and Azerbaijan agreed."],
        published="2024-05-01",
        actors=[who, RUSSIA, AZERBAIJAN],
        places=[place],
        events=[
            E("event:v", EventKind.VISIT, when, (who.id, RUSSIA.id, AZERBAIJAN.id), place=place.id)
        ],
    )


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (("2024-04-22", ALIYEV, MOSCOW), ("2024-04-22", ALIYEV, MOSCOW), 1),  # same report
        (("2024-04", ALIYEV, MOSCOW), ("2024-04-22", ALIYEV, MOSCOW), 1),  # month holds the day
        (("2024", ALIYEV, MOSCOW), ("2024-04-22", ALIYEV, MOSCOW), 2),  # a year says too little
        (("2024", ALIYEV, MOSCOW), ("2024", ALIYEV, MOSCOW), 2),  # even twice
        (("2024-04-22", ALIYEV, MOSCOW), ("2024-04-22", ALIYEV, BAKU), 2),  # different places
        (("2024-04-22", ALIYEV, MOSCOW), ("2024-04-22", PUTIN, MOSCOW), 2),  # only countries shared
    ],
)
def test_event_matching_rules(
    first: tuple[str, A, P], second: tuple[str, A, P], expected: int
) -> None:
    """Reports join only on compatible dates, places and shared persons."""
    arts = [_visit("a", *first), _visit("b", *second)]
    assert expected == len(resolve(arts).events)


def test_undated_reports_are_not_merged() -> None:
    """Without a date nothing says two reports are of one event."""
    arts = [
        meeting_report("a", "2020-11-10", "2020-11-05"),
        meeting_report("b", "2020-11-10", "2020-11-09"),
    ]
    arts = [
        attrs.evolve(x, events=tuple(attrs.evolve(e, when=None) for e in x.events)) for x in arts
    ]
    assert 2 == len(resolve(arts).events)


def test_modality_conflict_goes_to_latest_report() -> None:
    """A planned visit later reported as having happened is settled by the latest report."""
    arts = [
        meeting_report("a", "2020-11-01", "2020-11-09", Modality.PLANNED),
        meeting_report("b", "2020-11-10", "2020-11-09", Modality.HAPPENED),
    ]
    (event,) = resolve(arts).events
    assert Modality.HAPPENED == event.modality
    assert ("modality", "latest-published") == (event.conflicts[0].field, event.conflicts[0].rule)


def test_participant_sets_are_united() -> None:
    """A report naming a third participant adds it; the difference is a union conflict."""
    a = meeting_report("a", "2020-11-10", "2020-11-09")
    b = make_article(
        "b",
        ["Vladimir Putin met Ilham Aliyev and Nikol Pashinyan."],
        published="2020-11-10",
        actors=[PUTIN, ALIYEV, PASHINYAN],
        events=[E("event:m", EventKind.MEETING, "2020-11-09", (PUTIN.id, ALIYEV.id, PASHINYAN.id))],
    )
    (event,) = resolve([a, b]).events
    assert 3 == len(event.participants)
    assert "union" == next(c.rule for c in event.conflicts if c.field == "participants")


# --- agreements ------------------------------------------------------------------------------


def test_agreement_titles_fold_and_signed_conflict() -> None:
    """One declaration under two spellings is one agreement; signing dates are settled."""
    g1 = G(
        "agreement:d",
        "Declaration on Allied Interaction",
        AgreementKind.DECLARATION,
        (RUSSIA.id, AZERBAIJAN.id),
        "2022-02-22",
    )
    g2 = G(
        "agreement:x",
        "the declaration on allied interaction",
        AgreementKind.DECLARATION,
        (RUSSIA.id, AZERBAIJAN.id),
        "2022-02",
    )
    arts = [
        make_article(
            "a", ["Russia and Azerbaijan signed it."], actors=[RUSSIA, AZERBAIJAN], agreements=[g1]
        ),
        make_article(
            "b", ["Russia and Azerbaijan signed it."], actors=[RUSSIA, AZERBAIJAN], agreements=[g2]
        ),
    ]
    (agreement,) = resolve(arts).agreements
    assert "agreement:declaration-2022" == agreement.id
    assert FuzzyDate.parse("2022-02-22") == agreement.signed
    assert {"kind", "parties"} <= set(agreement.agreed)
    assert {"signed", "title"} == {c.field for c in agreement.conflicts}


def test_events_link_to_corpus_agreements() -> None:
    """An event's agreements are corpus-level agreement ids."""
    g = G(
        "agreement:d",
        "Declaration on Allied Interaction",
        AgreementKind.DECLARATION,
        (RUSSIA.id, AZERBAIJAN.id),
        "2022-02-22",
    )
    art = make_article(
        "a",
        ["Russia and Azerbaijan signed the declaration."],
        actors=[RUSSIA, AZERBAIJAN],
        agreements=[g],
        events=[
            E(
                "event:s",
                EventKind.SIGNING,
                "2022-02-22",
                (RUSSIA.id, AZERBAIJAN.id),
                agreements=(g.id,),
            )
        ],
    )
    res = resolve([art])
    assert (res.agreements[0].id,) == res.events[0].agreements


# --- properties ------------------------------------------------------------------------------

_POOL = [PUTIN, ALIYEV, PASHINYAN, RUSSIA, AZERBAIJAN]
_KINDS = [EventKind.MEETING, EventKind.CALL, EventKind.VISIT]


@st.composite
def small_articles(draw: st.DrawFn) -> Article:
    """A random small article over a fixed pool of actors, kinds and November days."""
    number = draw(st.integers(0, 30))
    actors = draw(st.lists(st.sampled_from(_POOL), min_size=1, max_size=4, unique=True))
    sentences = [" and ".join(a.name for a in actors) + "."]
    events = []
    for i in range(draw(st.integers(0, 3))):
        who = draw(st.lists(st.sampled_from(actors), min_size=1, max_size=3, unique=True))
        day = draw(st.integers(1, 6))
        when = draw(st.sampled_from([f"2020-11-{day:02d}", "2020-11", None]))
        events.append(
            E(f"event:e{i}", draw(st.sampled_from(_KINDS)), when, tuple(a.id for a in who))
        )
    return make_article(
        f"art-{number:02d}",
        sentences,
        published=f"2020-12-{draw(st.integers(1, 9)):02d}",
        actors=actors,
        events=events,
    )


def _unique_by_id(articles: list[Article]) -> list[Article]:
    seen: dict[str, Article] = {}
    for a in articles:
        seen.setdefault(a.id, a)
    return list(seen.values())


@given(st.lists(small_articles(), max_size=6).map(_unique_by_id), st.randoms())
def test_resolution_is_order_independent(articles: list[Article], rnd: object) -> None:
    """Any permutation of the articles gives the same corpus-level records."""
    shuffled = list(articles)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert resolve(articles) == resolve(shuffled)


@given(st.lists(small_articles(), max_size=6).map(_unique_by_id))
def test_resolution_is_idempotent(articles: list[Article]) -> None:
    """Adding articles already in the corpus changes nothing."""
    assert resolve(articles) == resolve(articles + articles)


@given(st.lists(small_articles(), max_size=6).map(_unique_by_id))
def test_every_article_record_is_linked(articles: list[Article]) -> None:
    """Every article-level actor and event maps to exactly one corpus-level record."""
    res = resolve(articles)
    links = res.link_map()
    expected = {(a.id, x.id) for a in articles for x in (*a.actors, *a.events)}
    assert expected <= {(r.article, r.id) for r in links}
    assert sum(len(e.sources) for e in res.events) == sum(len(a.events) for a in articles)


def test_resolution_of_nothing_is_empty() -> None:
    """An empty corpus resolves to empty collections."""
    res = resolve([])
    assert ((), (), (), ()) == (res.actors, res.places, res.events, res.agreements)


def test_published_dates_of_undated_articles() -> None:
    """Articles without a publication date still resolve (dates of reports unknown)."""
    arts = [
        meeting_report("a", "2020-11-10", "2020-11-09"),
        meeting_report("b", "2020-11-10", "2020-11-10"),
    ]
    arts = [attrs.evolve(a, published=None) for a in arts]
    (event,) = resolve(arts).events
    assert date(2020, 11, 9) == event.when.start if event.when else False


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("Memorandum on Energy Cooperation", "the memorandum", 1),  # generic within specific
        ("Memorandum on Energy Cooperation", "Memorandum on Transport", 2),  # two subjects
    ],
)
def test_agreements_same_day_join_only_on_compatible_titles(
    first: str, second: str, expected: int
) -> None:
    """Same kind, parties and day join only when one title's words lie within the other's."""

    def report(article_id: str, title: str) -> Article:
        g = G(
            "agreement:m", title, AgreementKind.MEMORANDUM, (RUSSIA.id, AZERBAIJAN.id), "2024-04-22"
        )
        return make_article(
            article_id,
            ["Russia and Azerbaijan signed it."],
            actors=[RUSSIA, AZERBAIJAN],
            agreements=[g],
        )

    assert expected == len(resolve([report("a", first), report("b", second)]).agreements)
