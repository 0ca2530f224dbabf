"""Segmentation rules: one test per rule, with sentences written for the test."""

from provenance.extract.structure import segment, split_sentences


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, 0, len(text))]


def test_headline_is_first_line():
    text = "Floods kill 40 in coastal province\n\nAt least 40 people died, officials said."
    layout = segment(text)
    head = layout.paragraphs[0]
    assert head.kind == "headline"
    assert text[head.start : head.end] == "Floods kill 40 in coastal province"


def test_headline_prefix_of_a_run_on_line_uses_title():
    text = "Dam bursts, 12 missing: Lima Rescuers searched through the night.\n\nMore text here."
    layout = segment(text, title="Dam bursts, 12 missing: Lima")
    assert (
        text[layout.paragraphs[0].start : layout.paragraphs[0].end]
        == "Dam bursts, 12 missing: Lima"
    )
    assert layout.paragraphs[1].kind == "standfirst"


def test_subheading_is_short_line_without_final_punctuation():
    text = "Title line\n\nFirst paragraph ends here.\n\nAid convoys reach the border\n\nSecond paragraph."
    kinds = [p.kind for p in segment(text).paragraphs]
    assert kinds == ["headline", "body", "subheading", "body"]


def test_place_line_is_a_place_dateline():
    text = "Title\n\nNairobi:\n\nThe council met on Monday."
    layout = segment(text)
    assert [p.kind for p in layout.paragraphs] == ["headline", "place", "body"]
    assert layout.datelines == ()


def test_wire_dateline_with_place():
    text = "Title\n\nLAGOS (Reuters) - Fuel prices rose 5% in May, the regulator said."
    (dateline,) = segment(text).datelines
    assert dateline.agency == "Reuters"
    assert dateline.cue == "LAGOS (Reuters) -"
    assert text[dateline.span[0] : dateline.span[1]] == "Reuters"


def test_wire_dateline_without_place_and_em_dash():
    text = "Title\n\n(AP) — Two ferries collided off the coast on Friday."
    (dateline,) = segment(text).datelines
    assert dateline.agency == "AP" and dateline.place is None


def test_trailing_dash_credit():
    text = "Title\n\nThe storm cut power to 3,000 homes.\n\nMore detail.\n\n-- AFP"
    (credit,) = segment(text).credits
    assert credit.agency == "AFP" and credit.cue == "-- AFP"


def test_trailing_agencies_inputs_credit():
    text = "Title\n\nBody one.\n\nBody two.\n\n(With agencies inputs)"
    (credit,) = segment(text).credits
    assert credit.agency is None
    assert credit.cue == "with agencies inputs"
    assert text[credit.span[0] : credit.span[1]] == "agencies"


def test_sentences_split_on_full_stops():
    assert _sentences("The port reopened. Ships queued for days.") == [
        "The port reopened.",
        "Ships queued for days.",
    ]


def test_abbreviations_do_not_end_sentences():
    text = "The U.S. military said Dr. Amal Nasser arrived at 9 p.m. on Oct. 3 with supplies."
    assert _sentences(text) == [text]


def test_us_at_sentence_end_before_a_new_sentence():
    text = "The aid came from the U.S. The shipment was late."
    assert _sentences(text) == ["The aid came from the U.S.", "The shipment was late."]


def test_decimals_do_not_split():
    assert _sentences("Output grew 2.5 percent in March. It fell later.") == [
        "Output grew 2.5 percent in March.",
        "It fell later.",
    ]


def test_quotes_close_the_sentence():
    text = '"We counted 70 bodies." The mayor left.'
    assert _sentences(text) == ['"We counted 70 bodies."', "The mayor left."]


def test_sentence_spans_are_offsets_into_text():
    text = "Headline here\n\nOne sentence. Another one follows."
    for s in segment(text).sentences:
        assert text[s.start : s.end].strip() == text[s.start : s.end]
