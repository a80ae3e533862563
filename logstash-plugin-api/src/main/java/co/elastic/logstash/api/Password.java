package co.elastic.logstash.api;

import java.io.Serializable;

/** A secret setting value that never prints itself. */
public class Password implements Serializable {

    // Logstash's value, so that serialized passwords stay compatible.
    private static final long serialVersionUID = -8683271728417419530L;

    private final String password;

    /**
     * Wraps a secret.
     *
     * @param password the secret
     */
    public Password(String password) {
        this.password = password;
    }

    /**
     * The secret.
     *
     * @return the secret
     */
    public String getPassword() {
        return password;
    }

    /**
     * The secret; same as {@link #getPassword()}.
     *
     * @return the secret
     */
    public String getValue() {
        return password;
    }

    /**
     * A fixed placeholder, so the secret cannot leak into logs.
     *
     * @return {@code <password>}
     */
    @Override
    public String toString() {
        return "<password>";
    }

    /**
     * The same placeholder as {@link #toString()}.
     *
     * @return {@code <password>}
     */
    public String inspect() {
        return toString();
    }
}
