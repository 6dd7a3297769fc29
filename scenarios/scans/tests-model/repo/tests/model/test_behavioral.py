import pytest


@pytest.mark.parametrize("text, label", [("great transformer results", "nlp")])
def test_invariance(text, label, predictor):
    assert predictor(text) == label
