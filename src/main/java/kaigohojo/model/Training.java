package kaigohojo.model;

import java.time.LocalDate;

/** A training course taken (問7): the course id and the date, if given. */
public record Training(String course, LocalDate date) {}
