package io.github.ecsbridge.ciscoesa;

/**
 * The log type and host in the name of an FTP-pushed ESA file, {@code <type>[.<host>].@<stamp>.s}, e.g.
 * {@code mail_logs.@20220317T182437.s} or {@code authentication.esa1.example.com.@20220317T182437.s}. Both path
 * separators are accepted, as in the integration.
 *
 * @param category the log type, or {@code null} when the name has another form
 * @param host     the host part, or {@code null}
 */
record LogFileName(String category, String host) {

    private static final LogFileName NONE = new LogFileName(null, null);

    static LogFileName parse(String path) {
        if (path == null) {
            return NONE;
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        String name = path.substring(slash + 1);
        int at = name.indexOf(".@");
        if (at <= 0 || !name.endsWith(".s") || name.length() - 2 < at + 2) {
            return NONE;
        }
        String head = name.substring(0, at);
        int dot = head.indexOf('.');
        String category = dot < 0 ? head : head.substring(0, dot);
        String host = dot < 0 ? null : head.substring(dot + 1);
        if (!category.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_'))
                || (host != null && host.isEmpty())) {
            return NONE;
        }
        return new LogFileName(category, host);
    }
}
