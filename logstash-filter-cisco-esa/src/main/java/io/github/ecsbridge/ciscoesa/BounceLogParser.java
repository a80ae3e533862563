package io.github.ecsbridge.ciscoesa;

/**
 * Parser of the {@code bounces} log type: hard and soft bounces, such as
 * {@code Bounced: DCID 2 MID 15232 From:<a@example.com> To:<b@example.com> RID 0 - 5.1.0 - reason ('550', [...])}.
 */
final class BounceLogParser extends ShapeLogParser {

    BounceLogParser(FieldTypes types) {
        super("bounces", types);
    }
}
