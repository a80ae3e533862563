package io.github.ecsbridge.ciscoesa;

import java.time.Instant;

/**
 * What a parse reports besides the fields it wrote.
 *
 * @param timestamp the event time: from the line when it had one, otherwise the receipt time
 * @param fromLine  whether {@code timestamp} was read from the line (or the received header)
 * @param failed    whether something could not be decoded; the document then carries the failure tag and
 *                  {@code error.message}
 * @param logType   the log type whose parser read the message, or {@code null} when no parser knows its category
 */
public record ParseOutcome(Instant timestamp, boolean fromLine, boolean failed, String logType) {
}
