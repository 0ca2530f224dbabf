"""as_of rules (see provenance/extract/dates.py)."""

from provenance.extract.dates import as_of


def test_weekday_alone_is_the_latest_such_day_on_or_before_publication():
    # 2025-03-14 is a Friday.
    assert as_of("the ministry said on Tuesday", "2025-03-14") == "2025-03-11"
    assert as_of("officials said on Friday", "2025-03-14") == "2025-03-14"


def test_weekday_with_date_in_brackets_uses_the_date():
    assert as_of("the agency told lawmakers on Monday (March 10)", "2025-03-14") == "2025-03-10"


def test_weekday_pins_the_year_when_publication_is_unknown():
    # March 10 was a Monday in 2025 (and in 2014); the latest such year not in the future is taken.
    assert as_of("the agency told lawmakers on Monday (March 10)", None) == "2025-03-10"


def test_explicit_date_with_year():
    assert as_of("since the attack of Oct. 7, 2023, the toll rose", "2025-07-29") == "2023-10-07"


def test_day_and_month_take_the_year_on_or_before_publication():
    assert as_of("On December 20, the council said", "2025-01-05") == "2024-12-20"
    assert as_of("On January 2, the council said", "2025-01-05") == "2025-01-02"


def test_day_first_dates():
    assert as_of("figures released on 3 June showed", "2025-06-10") == "2025-06-03"


def test_two_days_give_the_later_one():
    assert as_of("fighting on March 8 and 9 left 30 dead", "2025-03-14") == "2025-03-09"


def test_today_and_yesterday():
    assert as_of("the ministry said yesterday", "2025-03-14") == "2025-03-13"
    assert as_of("police said today", "2025-03-14") == "2025-03-14"


def test_vague_time_gives_none():
    assert as_of("earlier this month the agency said", "2025-03-14") is None
    assert as_of("the estimate from last autumn", "2025-03-14") is None


def test_nothing_without_publication_date_and_weekday():
    assert as_of("the ministry said on Tuesday", None) is None
    assert as_of("On December 20, the council said", None) is None
