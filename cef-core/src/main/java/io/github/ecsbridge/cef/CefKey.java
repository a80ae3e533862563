package io.github.ecsbridge.cef;

import java.util.Objects;

/**
 * One row of the CEF key dictionary: how a key is spelled, what it holds and where it goes in ECS.
 *
 * @param shortName    the key as producers usually send it ({@code src}); equal to the full name for keys that
 *                     have no short form
 * @param fullName     the dictionary name ({@code sourceAddress}), used under {@code cef.extensions}
 * @param type         value type, converted at the ECS step
 * @param ecsField     ECS target, or {@code null} when the key has none
 * @param translation  rule applied on the way to {@code ecsField}
 * @param relatedField {@code related.*} list that also receives the value, or {@code null}
 * @param legacyName   field name in {@code ecs_compatibility => disabled} (the Logstash CEF codec's name)
 */
public record CefKey(String shortName, String fullName, CefDataType type, String ecsField,
        CefTranslation translation, String relatedField, String legacyName) {

    /** Checks that the names and rules are present; only {@code ecsField} and {@code relatedField} may be null. */
    public CefKey {
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(translation, "translation");
        Objects.requireNonNull(legacyName, "legacyName");
    }

    /** A key copied to its ECS field unchanged, with no related list and the full name as legacy name. */
    public CefKey(String shortName, String fullName, CefDataType type, String ecsField) {
        this(shortName, fullName, type, ecsField, CefTranslation.NONE, null, fullName);
    }

    /** Whether this key names what another key holds ({@code cs1Label} for {@code cs1}). */
    public boolean isLabel() {
        return shortName.endsWith(CefMessage.LABEL_SUFFIX) && shortName.length() > CefMessage.LABEL_SUFFIX.length();
    }
}
