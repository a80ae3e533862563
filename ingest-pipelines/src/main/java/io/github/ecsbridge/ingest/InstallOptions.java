package io.github.ecsbridge.ingest;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where and how to install: the cluster URL ({@code http} or {@code https}, with an optional path prefix), basic
 * authentication or an API key (the encoded form Kibana shows), the PEM file of the CA that signed the cluster's
 * certificate, and the scope. {@code null} stands for an option not given.
 */
public record InstallOptions(URI es, String user, String password, String apiKey, Path caCertificate,
                             InstallScope scope) {

    public InstallOptions {
        if (es == null) {
            throw new IllegalArgumentException("[es] is required");
        }
        String scheme = es.getScheme() == null ? "" : es.getScheme().toLowerCase(Locale.ROOT);
        if ((!scheme.equals("http") && !scheme.equals("https")) || es.getHost() == null) {
            throw new IllegalArgumentException("[es] must be an http or https URL with a host, got '" + es + "'");
        }
        if (es.getUserInfo() != null) {
            throw new IllegalArgumentException("[es] must not carry credentials; use [user] and [password]");
        }
        if (user != null && password == null) {
            throw new IllegalArgumentException("[password] is required with [user]");
        }
        if (password != null && user == null) {
            throw new IllegalArgumentException("[user] is required with [password]");
        }
        if (apiKey != null && user != null) {
            throw new IllegalArgumentException("[api-key] cannot be combined with [user]");
        }
        if (caCertificate != null && !scheme.equals("https")) {
            throw new IllegalArgumentException("[ca-cert] applies to https only, got '" + es + "'");
        }
        if (caCertificate != null && !Files.isReadable(caCertificate)) {
            throw new IllegalArgumentException("[ca-cert] cannot read " + caCertificate);
        }
        if (scope == null) {
            scope = InstallScope.ALL;
        }
    }

    /** Everything, without credentials, to {@code es}. */
    public static InstallOptions of(URI es) {
        return new InstallOptions(es, null, null, null, null, InstallScope.ALL);
    }

    /** The same options with another scope. */
    public InstallOptions withScope(InstallScope newScope) {
        return new InstallOptions(es, user, password, apiKey, caCertificate, newScope);
    }

    @Override
    public String toString() {
        // Secrets stay out of logs and exception messages.
        return "InstallOptions[es=" + es + ", user=" + user + ", password=" + (password == null ? null : "***")
                + ", apiKey=" + (apiKey == null ? null : "***") + ", caCertificate=" + caCertificate
                + ", scope=" + scope + "]";
    }
}
