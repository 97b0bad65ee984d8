package com.sroworkflow.figures;

/**
 * One line of counts: {@code kind} is a stable key ("incident", "drill", ...), {@code label} what a reader
 * sees in US English ("Incidents reported"), {@code count} how many.
 */
public record RecordCount(String kind, String label, long count) {}
