package io.github.ecsbridge.testkit;

/** Thrown when {@code tags} would be set to something other than a string or a list of strings. */
public final class InvalidTagsTypeException extends RuntimeException {

    InvalidTagsTypeException(FieldReference field, Object value) {
        super(String.format("Could not set the reserved tags field '%s' to value '%s'. "
                + "The tags field only accepts string or array of string.", field.canonical(), value));
    }
}
