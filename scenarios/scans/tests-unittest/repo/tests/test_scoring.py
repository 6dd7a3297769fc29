import unittest

from scoring import score


class ScoreTest(unittest.TestCase):
    def test_score_is_a_probability(self):
        self.assertTrue(0.0 <= score({"age": 40}) <= 1.0)
