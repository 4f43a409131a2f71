from __future__ import annotations

import re

import pytest

from onrecord.text.sentences import split_sentences


def sents(text: str, lang: str | None = None) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


def check_invariants(text: str) -> None:
    spans = split_sentences(text)
    prev = 0
    for a, b in spans:
        assert prev <= a < b <= len(text)
        assert text[a:b] == text[a:b].strip()
        assert not text[prev:a].strip(), f"lost {text[prev:a]!r}"
        prev = b
    assert not text[prev:].strip()


# -- exact spans ------------------------------------------------------------------------------


def test_dutch_abbreviations_exact_spans() -> None:
    text = (
        "Dhr. Jansen stuurde op 3 jan. de stukken o.a. naar art. 5 van het contract. "
        "Zie bijv. de bijlage."
    )
    assert split_sentences(text) == [(0, 75), (76, 97)]
    assert sents(text)[1] == "Zie bijv. de bijlage."


def test_single_word() -> None:
    assert split_sentences("Yup") == [(0, 3)]
    assert split_sentences("  Yup\n") == [(2, 5)]


def test_empty_and_whitespace() -> None:
    assert split_sentences("") == []
    assert split_sentences("   \n\n \t ") == []


def test_surrounding_whitespace_excluded() -> None:
    text = "  Hello there.   How are you?  "
    assert split_sentences(text) == [(2, 14), (17, 29)]


def test_hard_wrapped_paragraph_is_one_sentence() -> None:
    text = (
        "I have gone through the revised agreement and I think the changes to the\n"
        "payment schedule are acceptable, provided that the first instalment is\n"
        "paid before the end of the month"
    )
    assert split_sentences(text) == [(0, len(text))]


def test_exact_spans_multi_paragraph_mail() -> None:
    text = "Hi all,\n\nThe call is moved.\nSee you then!\n\nThanks,\nMark\n"
    assert split_sentences(text) == [(0, 7), (9, 27), (28, 41), (43, 50), (51, 55)]
    assert sents(text) == ["Hi all,", "The call is moved.", "See you then!", "Thanks,", "Mark"]


# -- English ----------------------------------------------------------------------------------


def test_english_mail() -> None:
    text = (
        "Hi Mark,\n"
        "\n"
        "I spoke with Mr. Smith and Dr. Jones from the U.S. office yesterday, i.e.\n"
        "before the call. They agreed to version v2.0.1 of the draft, e.g. the one\n"
        "at https://example.com/docs/v2.0.1/draft.pdf?id=3&x=y. The price is 3.5\n"
        "EUR per unit for No. 5 and pens, paper, etc. as discussed. M. Vale will\n"
        "join us on Jan. 5 at 3 p.m. in the big room.\n"
        "\n"
        "Best regards,\n"
        "Anna\n"
    )
    assert sents(text) == [
        "Hi Mark,",
        "I spoke with Mr. Smith and Dr. Jones from the U.S. office yesterday, i.e.\n"
        "before the call.",
        "They agreed to version v2.0.1 of the draft, e.g. the one\n"
        "at https://example.com/docs/v2.0.1/draft.pdf?id=3&x=y.",
        "The price is 3.5\nEUR per unit for No. 5 and pens, paper, etc. as discussed.",
        "M. Vale will\njoin us on Jan. 5 at 3 p.m. in the big room.",
        "Best regards,",
        "Anna",
    ]
    check_invariants(text)


def test_urls_and_emails_stay_intact() -> None:
    text = (
        "Mail j.jansen@firm.example.nl. The portal www.example.com/a.b?c=d.e is down. "
        "See http://x.example.org/path/file.v2.txt."
    )
    out = sents(text)
    assert out == [
        "Mail j.jansen@firm.example.nl.",
        "The portal www.example.com/a.b?c=d.e is down.",
        "See http://x.example.org/path/file.v2.txt.",
    ]
    for piece in ("j.jansen@firm.example.nl", "www.example.com/a.b?c=d.e"):
        assert any(piece in s for s in out)


def test_acronym_then_new_sentence() -> None:
    assert sents("We moved to the U.S. The plan worked. The U.S. Army agreed.") == [
        "We moved to the U.S.",
        "The plan worked.",
        "The U.S. Army agreed.",
    ]


def test_etc_ends_sentence_before_capital() -> None:
    assert sents("Bring pens, paper, etc. The rest we have.") == [
        "Bring pens, paper, etc.",
        "The rest we have.",
    ]


def test_ellipsis_question_exclamation() -> None:
    text = "Well... maybe. What do you think?! I am not sure… Let me check. Really? Yes!"
    assert sents(text) == [
        "Well... maybe.",
        "What do you think?!",
        "I am not sure…",
        "Let me check.",
        "Really?",
        "Yes!",
    ]


def test_closing_quotes_and_brackets_stay_with_sentence() -> None:
    text = 'He said "I agree." Then he left. (See the note.) Next one. "Why?" she asked.'
    assert sents(text) == [
        'He said "I agree."',
        "Then he left.",
        "(See the note.)",
        "Next one.",
        '"Why?" she asked.',
    ]


def test_decimals_versions_times() -> None:
    text = "Version 3.5 replaces v2.0.1 from 12.03.2024. It costs 1.250,00 EUR at 14.30 uur."
    assert sents(text) == [
        "Version 3.5 replaces v2.0.1 from 12.03.2024.",
        "It costs 1.250,00 EUR at 14.30 uur.",
    ]


def test_initials() -> None:
    assert sents("The memo was signed by J. A. Smith and M. Vale. They agreed.") == [
        "The memo was signed by J. A. Smith and M. Vale.",
        "They agreed.",
    ]


def test_pronoun_i_ends_sentence() -> None:
    assert sents("So did I. Then we left.") == ["So did I.", "Then we left."]


# -- Dutch ------------------------------------------------------------------------------------


def test_dutch_mail() -> None:
    text = (
        "Beste Piet,\n"
        "\n"
        "Mevr. De Boer heeft de stukken d.w.z. de conceptovereenkomst en de\n"
        "bijlagen gisteren ontvangen. Zij wil i.v.m. de deadline z.s.m. een\n"
        "reactie, bijv. per mail. Kun je dat regelen?\n"
        "\n"
        "Met vriendelijke groet,\n"
        "mr. J. de Vries\n"
    )
    assert sents(text) == [
        "Beste Piet,",
        "Mevr. De Boer heeft de stukken d.w.z. de conceptovereenkomst en de\n"
        "bijlagen gisteren ontvangen.",
        "Zij wil i.v.m. de deadline z.s.m. een\nreactie, bijv. per mail.",
        "Kun je dat regelen?",
        "Met vriendelijke groet,",
        "mr. J. de Vries",
    ]
    check_invariants(text)


def test_greeting_and_signoff_lines_stand_alone_without_blank_lines() -> None:
    text = "Hoi Jan,\nIk kom morgen iets later\nGroet,\nPiet"
    assert sents(text) == ["Hoi Jan,", "Ik kom morgen iets later", "Groet,", "Piet"]


def test_greeting_word_in_wrapped_sentence_is_not_a_greeting() -> None:
    text = "Dear colleagues at the regional office and in the legal department\nplease read this."
    assert sents(text) == [text]


# -- German / French --------------------------------------------------------------------------


def test_german() -> None:
    text = "Am 3. Mai haben wir z.B. den Vertrag an Hrn. Müller geschickt. Danach kam nichts."
    assert sents(text, "de") == [
        "Am 3. Mai haben wir z.B. den Vertrag an Hrn. Müller geschickt.",
        "Danach kam nichts.",
    ]
    assert sents("Das ist der 2. Versuch.", "de") == ["Das ist der 2. Versuch."]


def test_french() -> None:
    text = "Nous avons envoyé les documents à M. Dupont, p. ex. le contrat. Il a répondu hier."
    assert sents(text) == [
        "Nous avons envoyé les documents à M. Dupont, p. ex. le contrat.",
        "Il a répondu hier.",
    ]


# -- structure --------------------------------------------------------------------------------


def test_list_items_break_lines() -> None:
    text = (
        "The options are:\n"
        "- keep the current supplier\n"
        "* switch to the new one. It is cheaper\n"
        "1. renegotiate\n"
        "2) wait"
    )
    assert sents(text) == [
        "The options are:",
        "- keep the current supplier",
        "* switch to the new one.",
        "It is cheaper",
        "1. renegotiate",
        "2) wait",
    ]


def test_markdown_headings_stand_alone() -> None:
    text = "# Agenda\nFirst we discuss the budget\n## Budget\nNumbers are attached"
    assert sents(text) == [
        "# Agenda",
        "First we discuss the budget",
        "## Budget",
        "Numbers are attached",
    ]


def test_blank_line_always_ends_sentence() -> None:
    text = "This sentence has no end\n\n  and this is another one"
    assert split_sentences(text) == [(0, 24), (28, 51)]


def test_crlf() -> None:
    text = "Hi all,\r\n\r\nThe call is moved.\r\nSee you then!\r\n"
    assert sents(text) == ["Hi all,", "The call is moved.", "See you then!"]


@pytest.mark.parametrize(
    "text",
    [
        "a. b. c. d.",
        "... ?! .. . !",
        "Mr. Mr. Mr.",
        "\n- \n* \n# \n1.",
        "End.\n\n\n\nStart.  \n\t\n  x",
        "(((  ))) ?? ''' \"",
        "ok. sounds good. see you tomorrow.",
    ],
)
def test_invariants_on_odd_input(text: str) -> None:
    check_invariants(text)


def test_invariants_on_long_text() -> None:
    base = (
        "Dhr. Jansen stuurde op 3 jan. de stukken. See https://x.example.com/a?b=c. "
        "Mr. Smith (U.S.) agreed, i.e. he signed! Did he?! Yes... \n\n- item one\n\n"
    )
    text = base * 50
    check_invariants(text)
    assert len(split_sentences(text)) == 50 * 6
    # Only whitespace is lost between spans.
    joined = "".join(text[a:b] for a, b in split_sentences(text))
    assert re.sub(r"\s", "", joined) == re.sub(r"\s", "", text)
