import pytest


@pytest.fixture
def frame():
    return None
