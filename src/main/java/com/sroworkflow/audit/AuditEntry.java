package com.sroworkflow.audit;

import java.time.Instant;

/**
 * One line of a case's audit trail: when, who, what, and about which task or field.
 *
 * @param user    who did it; null for what the process did by itself (a timer, a service step)
 * @param action  what happened, such as "Completed task", "Claimed task", "Variable set", "Overrode classification"
 * @param subject the task, field or record it concerns
 * @param detail  the value or reason, where there is one
 */
public record AuditEntry(Instant time, String user, String action, String subject, String detail) {}
