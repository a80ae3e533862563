package io.github.ecsbridge.gem;

/** Writes strings as YAML single-quoted scalars, so no value is ever read back as a number, boolean or null. */
final class YamlText {

    private YamlText() {
    }

    /** {@code it's} becomes {@code 'it''s'}; single-quoted YAML has no other escape. */
    static String quote(String value) {
        if (value.chars().anyMatch(Character::isISOControl)) {
            // A line break inside single quotes would be folded into a space, changing the value.
            throw new IllegalArgumentException("[yaml] value must not contain control characters, got '"
                    + value.replaceAll("\\p{Cntrl}", "?") + "'");
        }
        return "'" + value.replace("'", "''") + "'";
    }
}
