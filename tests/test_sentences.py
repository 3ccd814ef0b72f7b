from diplometer.sentences import split_sentences


def test_offsets_index_the_text() -> None:
    text = "The minister arrived on Monday.  Talks followed! Was it useful? Yes."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["The minister arrived on Monday.", "Talks followed!",
                                           "Was it useful?", "Yes."]
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_abbreviations_and_initials_do_not_break() -> None:
    text = "Mr. Ortega met U.S. Secretary of State A. Blinken on Jan. 5 in Washington. It went well."
    assert len(split_sentences(text)) == 2


def test_blank_lines_break_even_without_a_stop() -> None:
    text = "HEADLINE WITHOUT STOP\n\nBody sentence here."
    assert [s.text for s in split_sentences(text)] == ["HEADLINE WITHOUT STOP", "Body sentence here."]


def test_sentence_starting_with_an_accented_capital() -> None:
    text = "The delegation left. Đà Nẵng hosted the next round."
    assert len(split_sentences(text)) == 2


def test_empty_text_has_no_sentences() -> None:
    assert split_sentences("   \n ") == []


def test_an_abbreviation_before_a_blank_line_still_breaks() -> None:
    text = "He met President Ferdinand Marcos Jr.\n\nAnwar leads the delegation."
    assert [s.text for s in split_sentences(text)] == ["He met President Ferdinand Marcos Jr.",
                                                       "Anwar leads the delegation."]


def test_a_first_line_without_a_stop_is_a_headline() -> None:
    from diplometer.sentences import headline_end

    text = "Chile, Peru sign border pact as Boric visits Lima\nLIMA, May 2 (Reuters) - The presidents met."
    assert text[headline_end(text):].startswith("LIMA")
    assert headline_end("One sentence only.\nAnother one.") == 0
    assert headline_end("No body after the title") == 0


def test_text_without_full_stops_is_cut_into_bounded_sentences() -> None:
    from diplometer.sentences import MAX_SENTENCE

    text = " ".join(f"word{i}, and more" for i in range(1200))  # ~18,000 characters, no full stop
    pieces = split_sentences(text)
    assert len(pieces) > 10 and all(len(p.text) <= MAX_SENTENCE for p in pieces)
    assert all(text[p.start:p.end] == p.text for p in pieces)
    assert "".join(text[p.start:p.end] for p in pieces).replace(" ", "") == text.replace(" ", "")


def test_dotted_initials_of_an_honorific_do_not_end_a_sentence() -> None:
    text = "On Tuesday, H.H. Sheikh Abdullah received the minister. H.R.H. Prince Faisal attended."
    assert [s.text for s in split_sentences(text)] == ["On Tuesday, H.H. Sheikh Abdullah received the minister.",
                                                        "H.R.H. Prince Faisal attended."]
