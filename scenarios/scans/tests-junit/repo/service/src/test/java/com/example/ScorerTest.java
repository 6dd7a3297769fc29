package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScorerTest {

    @Test
    void scoresAKnownCustomer() {
        assertEquals(0.5, new Scorer().score(40), 0.01);
    }
}
