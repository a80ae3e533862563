package io.github.ecsbridge.ingest;

import java.util.Locale;

/** What an installation did to one asset. */
public enum AssetStatus {
    /** The asset did not exist. */
    CREATED,
    /** The asset existed with other content and was replaced. */
    UPDATED,
    /** The asset already had this content (or, for a user's {@code @custom} template, existed). */
    UNCHANGED;

    /** The word printed for it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
