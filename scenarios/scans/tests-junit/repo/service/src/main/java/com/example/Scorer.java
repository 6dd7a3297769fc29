package com.example;

class Scorer {
    double score(int age) { return 0.5; }
}
