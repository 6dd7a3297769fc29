package com.example;

@Test
public @interface Test {
}
