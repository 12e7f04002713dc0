"""Export row rendering without the database: split, pseudonyms, JSONL and CSV lines."""

import json
from collections import Counter

import pytest

from annotations.exports.rows import (
    ANNOTATION_COLUMNS,
    Pseudonyms,
    SplitRatios,
    annotation_flat,
    annotation_record,
    id_list,
    render,
    split_for,
    spreadsheet_safe,
)


def test_split_is_deterministic_and_follows_the_ratios():
    first = [split_for(document_id) for document_id in range(5000)]
    assert first == [split_for(document_id) for document_id in range(5000)]
    shares = Counter(first)
    assert 0.77 < shares["train"] / 5000 < 0.83
    assert 0.08 < shares["dev"] / 5000 < 0.12
    assert 0.08 < shares["test"] / 5000 < 0.12


def test_split_ratios_can_send_everything_to_one_split():
    assert {split_for(n, SplitRatios(1, 0, 0)) for n in range(200)} == {"train"}
    assert {split_for(n, SplitRatios(0, 0, 1)) for n in range(200)} == {"test"}


@pytest.mark.parametrize("ratios", [(-0.1, 0.6, 0.5), (0, 0, 0)])
def test_split_ratios_refuse_negative_or_empty_shares(ratios):
    with pytest.raises(ValueError, match="Split ratios"):
        SplitRatios(*ratios)


def test_pseudonyms_are_stable_per_key_and_do_not_show_the_id():
    names = Pseudonyms("secret-one")
    assert names(7) == names(7) == Pseudonyms("secret-one")(7)
    assert names(7) != names(8)
    assert names(7) != Pseudonyms("secret-two")(7)
    assert names(None) is None
    assert names(7).startswith("user-") and len(names(7)) == len("user-") + 12


def test_id_list_reads_a_string_aggregate_sorted():
    assert id_list("7,3,12") == [3, 7, 12]
    assert id_list(None) == [] and id_list("") == []


def test_jsonl_has_one_object_per_line_and_keeps_unicode():
    text = "".join(render("jsonl", ("id", "text", "tags"), [(1, "Daret Izza’s market", [1, 2]), (2, None, [])]))
    lines = text.splitlines()
    assert [json.loads(line) for line in lines] == [
        {"id": 1, "text": "Daret Izza’s market", "tags": [1, 2]},
        {"id": 2, "text": None, "tags": []},
    ]
    assert "’" in lines[0]


def test_csv_has_a_header_and_plain_cells():
    text = "".join(
        render("csv", ("id", "text", "flag", "ids"), [(1, 'say "hi", then', True, [3, 4]), (2, None, False, [])])
    )
    assert text == 'id,text,flag,ids\n1,"say ""hi"", then",true,3;4\n2,,false,\n'


def test_csv_of_no_rows_is_the_header():
    assert "".join(render("csv", ("a", "b"), [])) == "a,b\n"


def test_rows_come_in_bounded_chunks():
    chunks = list(render("jsonl", ("n",), ((n,) for n in range(1200))))
    assert [chunk.count("\n") for chunk in chunks] == [500, 500, 200]


def _row(**values) -> list:
    row = [None] * len(ANNOTATION_COLUMNS)
    for name, value in values.items():
        row[ANNOTATION_COLUMNS.index(name)] = value
    return row


def test_annotation_record_nests_figures_and_responsibility():
    row = _row(
        id=5,
        label="casualty_claim",
        killed_min=4,
        killed_max=4,
        qualifier="exact",
        scope="incident",
        preliminary=1,
        figures_is_suggested=0,
        cited_source="Syrian Civil Defense",
        incidents=[2],
    )
    record = annotation_record(row + ["train"])
    assert record["figures"]["killed_min"] == 4
    assert record["figures"]["preliminary"] is True and record["figures"]["is_suggested"] is False
    assert record["figures"]["cited_source"] == "Syrian Civil Defense"
    assert record["responsibility"] is None
    assert record["incidents"] == [2] and record["split"] == "train"
    assert "killed_min" not in record


def test_annotation_record_without_figures_has_null_figures():
    record = annotation_record(_row(id=6, label="attribution", responsible_actor="Russian forces", stance="asserted"))
    assert record["figures"] is None
    assert record["responsibility"] == {"actor": "Russian forces", "stance": "asserted"}
    assert "split" not in record


def test_flat_row_turns_database_booleans_into_booleans():
    flat = annotation_flat(_row(qualifier="exact", preliminary=0, figures_is_suggested=1))
    assert flat[ANNOTATION_COLUMNS.index("preliminary")] is False
    assert flat[ANNOTATION_COLUMNS.index("figures_is_suggested")] is True


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("+31 killed", "'+31 killed"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tHYPERLINK", "'\tHYPERLINK"),
        ("\rcmd", "'\rcmd"),
        ("Four killed = tragedy", "Four killed = tragedy"),
        ("", ""),
        ("'quoted'", "'quoted'"),
    ],
)
def test_text_a_spreadsheet_would_evaluate_gets_a_leading_quote(text, safe):
    assert spreadsheet_safe(text) == safe


def test_csv_cells_are_neutralised_and_a_carriage_return_is_quoted():
    text = "".join(render("csv", ("id", "note", "ids"), [(1, "=cmd", [2]), (2, "a\rb", []), (3, "-", None)]))
    assert text == "id,note,ids\n1,'=cmd,2\n2,\"a\rb\",\n3,'-,\n"


def test_csv_may_start_with_a_byte_order_mark_and_jsonl_never_does():
    assert "".join(render("csv", ("a",), [(1,)], bom=True)) == "\ufeffa\n1\n"
    assert "".join(render("jsonl", ("a",), [(1,)], bom=True)) == '{"a": 1}\n'
