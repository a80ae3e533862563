package io.github.ecsbridge.kaspersky;

/**
 * Where one field rule writes, for one vendor root: the full vendor path (split around {@code <N>} for numbered
 * keys), the ECS field, the type to read the value as and the translation.
 *
 * @param vendorPath   full vendor field, or its part before {@code <N>}; {@code null} when the rule has none
 * @param vendorSuffix part of the vendor field after {@code <N>}, or {@code null}
 * @param ecs          ECS field, or {@code null}
 * @param type         how the value is read
 * @param translation  the rule applied before writing
 */
record Target(String vendorPath, String vendorSuffix, String ecs, ValueType type, Translation translation) {

    /** The vendor field for the number a numbered key carried ({@code null} for plain keys). */
    String vendorField(String number) {
        if (vendorPath == null || vendorSuffix == null) {
            return vendorPath;
        }
        return vendorPath + number + vendorSuffix;
    }
}
