package io.github.ecsbridge.cef;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scanned CEF message: the text before {@code CEF:}, the seven header fields, the extensions as sent and the
 * problems met on the way. Built by {@link CefScanner}; immutable.
 *
 * <p>Values are unescaped text. Types are applied later, at the ECS step ({@link CefEcsMapper}), so that a bad
 * value never costs the event.
 *
 * <p>Custom fields: every extension {@code <slot>Label=<label>} whose slot is also present forms a pair, so that
 * vendor filters can map by label rather than by slot number, which vendors do not keep stable. Pairs are found
 * for dictionary slots ({@code cs1}, {@code cn2}, {@code c6a3}, {@code cfp1}, {@code deviceCustomDate1},
 * {@code flexString1}, ... under short or full name) and for any other key with a {@code Label} twin
 * ({@code cs10} from Kaspersky Security Center). The label suffix is matched case-sensitively: Kaspersky KATA's
 * {@code cs1label} carries a second value, not a label.
 */
public final class CefMessage {

    /** Suffix that turns a slot key into the key of its label. */
    public static final String LABEL_SUFFIX = "Label";

    /** Version reported when the header has no usable version number. */
    public static final int UNKNOWN_VERSION = -1;

    private final String prefix;
    private final String versionText;
    private final int version;
    private final String deviceVendor;
    private final String deviceProduct;
    private final String deviceVersion;
    private final String deviceEventClassId;
    private final String name;
    private final String severity;
    private final Map<String, String> extensions;
    private final Map<String, String> customFieldsByLabel;
    private final Map<String, String> customFieldSlots;
    private final List<String> warnings;
    private final String error;

    /**
     * Assembles a message; the scanner passes its own collections, which must not be changed afterwards.
     *
     * @param header     the seven header fields, version first; missing ones are empty strings
     * @param scannedExtensions keys as sent, unescaped values, in message order; null for none
     * @param warnings   problems found so far (pairing problems are added here), may be null
     */
    CefMessage(String prefix, String[] header, int version, Map<String, String> scannedExtensions,
            List<String> warnings, String error) {
        Map<String, String> extensions = scannedExtensions == null ? Map.of() : scannedExtensions;
        this.prefix = prefix;
        this.versionText = header[0];
        this.version = version;
        this.deviceVendor = header[1];
        this.deviceProduct = header[2];
        this.deviceVersion = header[3];
        this.deviceEventClassId = header[4];
        this.name = header[5];
        this.severity = header[6];
        this.extensions = Collections.unmodifiableMap(extensions);
        List<String> problems = warnings;
        Map<String, String> byLabel = Map.of();
        Map<String, String> slots = Map.of();
        for (Map.Entry<String, String> entry : extensions.entrySet()) {
            String slot = slotOf(entry.getKey(), extensions);
            String label = entry.getValue();
            if (slot == null || label.isEmpty()) {
                continue;
            }
            if (byLabel.isEmpty()) {
                byLabel = new LinkedHashMap<>();
                slots = new LinkedHashMap<>();
            }
            String earlier = slots.putIfAbsent(label, slot);
            if (earlier == null) {
                byLabel.put(label, extensions.get(slot));
            } else if (problems == null || problems.size() < CefScanner.MAX_WARNINGS) {
                // The scanner's cap holds for these warnings too: a line cannot make the list grow without bound.
                if (problems == null) {
                    problems = new ArrayList<>(2);
                }
                problems.add("duplicate custom field label '" + label + "' on '" + slot + "': keeping the value of '"
                        + earlier + "'");
            }
        }
        this.customFieldsByLabel = byLabel.isEmpty() ? byLabel : Collections.unmodifiableMap(byLabel);
        this.customFieldSlots = slots.isEmpty() ? slots : Collections.unmodifiableMap(slots);
        this.warnings = problems == null ? List.of() : Collections.unmodifiableList(problems);
        this.error = error;
    }

    /** Text before {@code CEF:} (usually a syslog header), trimmed of spaces, line breaks and BOMs; may be empty. */
    public String prefix() {
        return prefix;
    }

    /** The CEF version number, or {@link #UNKNOWN_VERSION} when it is missing or not a number. */
    public int version() {
        return version;
    }

    /** The version field as sent, between {@code CEF:} and the first pipe. */
    public String versionText() {
        return versionText;
    }

    public String deviceVendor() {
        return deviceVendor;
    }

    public String deviceProduct() {
        return deviceProduct;
    }

    public String deviceVersion() {
        return deviceVersion;
    }

    /** The signature id: what kind of event this is, unique per vendor and product. */
    public String deviceEventClassId() {
        return deviceEventClassId;
    }

    public String name() {
        return name;
    }

    /** Severity as sent: a number 0-10 or a word ({@code Low}, {@code Very-High}, {@code Unknown}); may be empty. */
    public String severity() {
        return severity;
    }

    /** Extensions with keys as sent and unescaped values, in message order (a repeated key keeps its first place). */
    public Map<String, String> extensions() {
        return extensions;
    }

    /**
     * The value of an extension by short or full name: {@code extension("src")} and
     * {@code extension("sourceAddress")} both find {@code src=...} and {@code sourceAddress=...}.
     *
     * @return the value, or {@code null} when the message has no such key
     */
    public String extension(String name) {
        String value = extensions.get(name);
        if (value != null) {
            return value;
        }
        CefKey key = CefKeyDictionary.standard().get(name);
        if (key == null) {
            return null;
        }
        value = extensions.get(key.shortName());
        return value != null ? value : extensions.get(key.fullName());
    }

    /** The full dictionary name of a key as sent; keys outside the dictionary are returned unchanged. */
    public static String fullName(String key) {
        return CefKeyDictionary.standard().fullName(key);
    }

    /** Label to value for every custom-field pair, in message order of the labels. */
    public Map<String, String> customFieldsByLabel() {
        return customFieldsByLabel;
    }

    /** The value of the custom field with this label, or {@code null}. */
    public String customField(String label) {
        return customFieldsByLabel.get(label);
    }

    /** The key (as sent) of the slot that carries this label ({@code cs1} for {@code cs1Label=Virus name}). */
    public String slotForLabel(String label) {
        return customFieldSlots.get(label);
    }

    /** Label to slot key for every custom-field pair. */
    public Map<String, String> customFieldSlots() {
        return customFieldSlots;
    }

    /** Problems that did not stop the scan, each naming the key or position. */
    public List<String> warnings() {
        return warnings;
    }

    /** Why this is not a CEF message (no {@code CEF:}, fewer than seven header fields), or {@code null}. */
    public String error() {
        return error;
    }

    /** Whether the scan failed; the header fields then hold only what was read before the failure. */
    public boolean hasError() {
        return error != null;
    }

    /** Finds the slot key for a label key, or {@code null} when the key is no label or its slot is absent. */
    private static String slotOf(String key, Map<String, String> extensions) {
        int slotLength = key.length() - LABEL_SUFFIX.length();
        // The last letter first: this runs for every key, and endsWith costs more than one char compare.
        if (slotLength <= 0 || key.charAt(key.length() - 1) != 'l' || !key.endsWith(LABEL_SUFFIX)) {
            return null;
        }
        String known = CefKeyDictionary.standard().withoutLabelSuffix(key);
        String slot = known != null ? known : key.substring(0, slotLength);
        if (extensions.containsKey(slot)) {
            return slot;
        }
        // cs1Label may name deviceCustomString1 and the other way round.
        CefKey labelKey = CefKeyDictionary.standard().get(key);
        if (labelKey == null || !labelKey.isLabel()) {
            return null;
        }
        String shortSlot = labelKey.shortName().substring(0, labelKey.shortName().length() - LABEL_SUFFIX.length());
        String fullSlot = labelKey.fullName().substring(0, labelKey.fullName().length() - LABEL_SUFFIX.length());
        if (extensions.containsKey(shortSlot)) {
            return shortSlot;
        }
        return extensions.containsKey(fullSlot) ? fullSlot : null;
    }

    @Override
    public String toString() {
        return error != null
                ? "CefMessage{error=" + error + "}"
                : "CefMessage{version=" + versionText + ", vendor=" + deviceVendor + ", product=" + deviceProduct
                        + ", class=" + deviceEventClassId + ", extensions=" + extensions + ", warnings=" + warnings
                        + "}";
    }
}
