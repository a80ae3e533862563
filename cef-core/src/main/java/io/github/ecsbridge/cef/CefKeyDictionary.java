package io.github.ecsbridge.cef;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CEF extension keys, read once from the project's key table ({@code io/github/ecsbridge/cef/cef-keys.tsv})
 * and checked as they load: column count, no name used by two rows (also ignoring case), every type and rule
 * known, every {@code *Label} key paired with its slot, ECS targets spelled as dotted names.
 *
 * <p>Lookups accept the short name ({@code src}) and the full name ({@code sourceAddress}); an exact match wins,
 * then a match ignoring case, because producers are careless with case ({@code fName} from Kaspersky KATA), as
 * the Beats processor also allows. Immutable and thread-safe.
 */
public final class CefKeyDictionary {

    /** Classpath location of the standard table. */
    public static final String RESOURCE = "io/github/ecsbridge/cef/cef-keys.tsv";

    private static final String HEADER = "short_name\tfull_name\ttype\tecs_field\ttranslate\trelated\tlegacy_name";
    private static final int COLUMNS = 7;
    private static final String NONE = "-";
    /** Case-insensitive lookups remembered, at most; the names come from the input, so the memory is bounded. */
    static final int MAX_REMEMBERED_NAMES = 1024;
    static final int MAX_REMEMBERED_LENGTH = 64;

    private final List<CefKey> keys;
    private final Map<String, CefKey> byName;
    private final Map<String, CefKey> byNameIgnoringCase;
    /**
     * Results of {@link #byNameIgnoringCase} by name as sent, found or not: vendor keys outside the table
     * ({@code ESAMID}) came to that ordered map, and its case-folding comparisons, on every event.
     */
    private final ConcurrentHashMap<String, Optional<CefKey>> ignoringCaseByName = new ConcurrentHashMap<>();
    /** Open-addressing set of every name, so the scanner can reuse these strings instead of cutting new ones. */
    private final String[] internTable;
    private final int[] internHashes;
    /** For each name ending in {@code Label}, the name without it: a string whose hash is already known. */
    private final Map<String, String> withoutLabelSuffix;

    private CefKeyDictionary(List<CefKey> keys) {
        this.keys = Collections.unmodifiableList(keys);
        this.byName = new HashMap<>(keys.size() * 4);
        this.byNameIgnoringCase = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (CefKey key : keys) {
            byName.put(key.shortName(), key);
            byName.put(key.fullName(), key);
            byNameIgnoringCase.put(key.shortName(), key);
            byNameIgnoringCase.put(key.fullName(), key);
        }
        int capacity = Integer.highestOneBit(byName.size() * 4);
        this.internTable = new String[capacity];
        this.internHashes = new int[capacity];
        for (String name : byName.keySet()) {
            int slot = name.hashCode() & (capacity - 1);
            while (internTable[slot] != null) {
                slot = (slot + 1) & (capacity - 1);
            }
            internTable[slot] = name;
            internHashes[slot] = name.hashCode();
        }
        this.withoutLabelSuffix = new HashMap<>();
        for (String name : byName.keySet()) {
            if (name.endsWith(CefMessage.LABEL_SUFFIX) && name.length() > CefMessage.LABEL_SUFFIX.length()) {
                String slotName = name.substring(0, name.length() - CefMessage.LABEL_SUFFIX.length());
                // Hashed once here; every event that looks the slot up reuses the cached hash.
                slotName.hashCode();
                withoutLabelSuffix.put(name, slotName);
            }
        }
    }

    /** The dictionary of the project's key table, loaded on first use. */
    public static CefKeyDictionary standard() {
        return Standard.INSTANCE;
    }

    /** The key with this short or full name, or {@code null} for keys outside the dictionary. */
    public CefKey get(String name) {
        CefKey key = byName.get(name);
        if (key != null) {
            return key;
        }
        Optional<CefKey> remembered = ignoringCaseByName.get(name);
        if (remembered != null) {
            return remembered.orElse(null);
        }
        CefKey found = byNameIgnoringCase.get(name);
        if (name.length() <= MAX_REMEMBERED_LENGTH && ignoringCaseByName.size() < MAX_REMEMBERED_NAMES) {
            ignoringCaseByName.putIfAbsent(name, Optional.ofNullable(found));
        }
        return found;
    }

    /** The full name for a short or full name; unknown keys are returned unchanged. */
    public String fullName(String name) {
        CefKey key = get(name);
        return key == null ? name : key.fullName();
    }

    /** Every key, in table order. */
    public List<CefKey> keys() {
        return keys;
    }

    /**
     * Returns the dictionary's own string for a key spelled exactly like {@code text[start, end)}, or
     * {@code null}; saves the scanner one allocation per known key.
     */
    String intern(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        return intern(text, start, end, hash);
    }

    /** {@link #intern(String, int, int)} when the caller has the {@link String#hashCode()} of the text already. */
    String intern(String text, int start, int end, int hash) {
        int length = end - start;
        int mask = internTable.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            String candidate = internTable[slot];
            if (candidate == null) {
                return null;
            }
            if (internHashes[slot] == hash && candidate.length() == length
                    && text.regionMatches(start, candidate, 0, length)) {
                return candidate;
            }
        }
    }

    /**
     * {@code name} without its {@code Label} suffix when {@code name} is a dictionary name that ends in it, else
     * {@code null}; the string returned is the same on every call.
     */
    String withoutLabelSuffix(String name) {
        return withoutLabelSuffix.get(name);
    }

    /**
     * Reads a key table.
     *
     * @param source name of the table for messages
     * @throws IllegalStateException naming the line when the table breaks a rule
     */
    static CefKeyDictionary read(InputStream in, String source) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
            return parse(lines, source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /** Builds a dictionary from the lines of a key table; see {@link #read}. */
    static CefKeyDictionary parse(List<String> lines, String source) {
        List<CefKey> keys = new ArrayList<>(200);
        Map<String, CefKey> names = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        boolean headerSeen = false;
        int lineNumber = 0;
        for (String line : lines) {
            lineNumber++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = source + " line " + lineNumber + ": ";
            if (!headerSeen) {
                if (!line.equals(HEADER)) {
                    throw new IllegalStateException(where + "expected the header row '" + HEADER + "'");
                }
                headerSeen = true;
                continue;
            }
            CefKey key = row(line, where);
            claim(names, key.shortName(), key, where);
            claim(names, key.fullName(), key, where);
            keys.add(key);
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException(source + ": no keys");
        }
        for (CefKey key : keys) {
            if (key.isLabel()) {
                checkSlot(names, key, source);
            }
        }
        return new CefKeyDictionary(keys);
    }

    private static CefKey row(String line, String where) {
        String[] columns = line.split("\t", -1);
        if (columns.length != COLUMNS) {
            throw new IllegalStateException(where + "expected " + COLUMNS + " columns, found " + columns.length);
        }
        for (int i = 0; i < COLUMNS; i++) {
            if (columns[i].isEmpty() || !columns[i].equals(columns[i].trim())) {
                throw new IllegalStateException(where + "column " + (i + 1) + " is empty or padded");
            }
        }
        CefDataType type;
        CefTranslation translation;
        try {
            type = CefDataType.fromTableName(columns[2]);
            translation = CefTranslation.fromTableName(columns[4]);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + e.getMessage());
        }
        String ecsField = optional(columns[3]);
        if (ecsField != null && !isFieldName(ecsField)) {
            throw new IllegalStateException(where + "'" + ecsField + "' is not a dotted field name");
        }
        if (ecsField == null && translation != CefTranslation.NONE) {
            throw new IllegalStateException(where + "translate " + translation + " without an ECS field");
        }
        String related = optional(columns[5]);
        if (related != null && !(related.startsWith("related.") && isFieldName(related))) {
            throw new IllegalStateException(where + "'" + related + "' is not a related.* field");
        }
        String legacy = optional(columns[6]);
        return new CefKey(columns[0], columns[1], type, ecsField, translation, related,
                legacy == null ? columns[1] : legacy);
    }

    private static void claim(Map<String, CefKey> names, String name, CefKey key, String where) {
        CefKey previous = names.putIfAbsent(name, key);
        if (previous != null && previous != key) {
            throw new IllegalStateException(where + "key name '" + name + "' is already used by '"
                    + previous.shortName() + "'");
        }
    }

    private static void checkSlot(Map<String, CefKey> names, CefKey label, String source) {
        int suffix = CefMessage.LABEL_SUFFIX.length();
        String slotShort = label.shortName().substring(0, label.shortName().length() - suffix);
        String slotFull = label.fullName().substring(0, label.fullName().length() - suffix);
        CefKey slot = names.get(slotShort);
        if (slot == null || !slot.shortName().equals(slotShort) || !slot.fullName().equals(slotFull)) {
            throw new IllegalStateException(source + ": label '" + label.shortName() + "' (" + label.fullName()
                    + ") has no slot '" + slotShort + "' (" + slotFull + ")");
        }
    }

    private static String optional(String column) {
        return NONE.equals(column) ? null : column;
    }

    private static boolean isFieldName(String name) {
        if (name.equals("@timestamp")) {
            return true;
        }
        boolean segmentStart = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.') {
                if (segmentStart) {
                    return false;
                }
                segmentStart = true;
            } else if ((c >= 'a' && c <= 'z') || (!segmentStart && (c == '_' || Numbers.isDigit(c)))) {
                segmentStart = false;
            } else {
                return false;
            }
        }
        return !segmentStart;
    }

    /** Lazy holder: the table is read when a dictionary is first asked for, then shared. */
    private static final class Standard {
        static final CefKeyDictionary INSTANCE = load();

        private static CefKeyDictionary load() {
            InputStream in = CefKeyDictionary.class.getClassLoader().getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(in, RESOURCE);
        }
    }
}
