package io.github.ecsbridge.kaspersky;

import java.util.Map;

/**
 * Cells of the {@code kaspersky} filter's tables read by the filter's own code, for the pipeline generator in another
 * package: the painless scripts look up what the filter parsed, so the two cannot read a table differently.
 */
public final class TableForms {

    private TableForms() {
    }

    /** A scope cell ({@code 1001,2*,@Malware}) as {@code Scope#describe()} gives it. */
    public static Map<String, Object> scope(String cell) {
        return Scope.parse(cell, "").describe();
    }

    /** A label or header value in the form the filter compares: lower-case letters and digits only. */
    public static String normalizedLabel(String label) {
        return Labels.normalize(label);
    }
}
