package io.github.ecsbridge.kaspersky;

/**
 * What {@link KasperskyMapper#map} did with a document.
 *
 * @param status  whether the document was a Kaspersky event and was mapped
 * @param product the product code ({@code ksmg}, {@code kata}, {@code kcs}, {@code ksc}), or {@code null}
 */
public record MappingOutcome(Status status, String product) {

    /** The outcome for documents of other vendors, which are left untouched. */
    public static final MappingOutcome NOT_KASPERSKY = new MappingOutcome(Status.NOT_KASPERSKY, null);

    /** Whether a document was ours. */
    public enum Status {
        /** Not a Kaspersky event; the document is unchanged. */
        NOT_KASPERSKY,
        /** A Kaspersky event; vendor and ECS fields were written. */
        MAPPED
    }

    /** Whether the document was mapped. */
    public boolean mapped() {
        return status == Status.MAPPED;
    }
}
