package io.github.ecsbridge.ciscoesa;

/**
 * Parser of the {@code mail_logs} log type (text mail logs): connections, message life cycle, verdicts, DLP, SDR,
 * DMARC/SPF/DKIM and file-upload lines. Any other line that starts with {@code MID <n>} still yields
 * {@code email.message_id}, because correlating by MID is what users need most.
 */
final class TextMailLogParser extends ShapeLogParser {

    static final String MESSAGE_ID = "email.message_id";

    private final Field messageId;
    private final Field fileName;
    private final Field fileExtension;

    TextMailLogParser(FieldTypes types) {
        super("mail_logs", types);
        this.messageId = types.require(MESSAGE_ID);
        this.fileName = types.require("file.name");
        this.fileExtension = types.require("file.extension");
    }

    @Override
    void afterMatch(ShapeTable.Match match, FieldWriter out) {
        String name = match.value("_filename");
        if (name != null) {
            writeFileName(name, out);
        }
    }

    @Override
    void afterShapes(String message, ShapeTable.Match match, FieldWriter out) {
        if (out.get(messageId) == null) {
            String mid = leadingMid(message);
            if (mid != null) {
                out.put(messageId, mid);
            }
        }
    }

    /** Splits {@code name.ext} at the last dot when what follows is one word, as the integration does. */
    private void writeFileName(String name, FieldWriter out) {
        int dot = name.lastIndexOf('.');
        boolean hasExtension = dot > 0 && dot < name.length() - 1 && isWord(name, dot + 1);
        out.put(fileName, hasExtension ? name.substring(0, dot) : name);
        if (hasExtension) {
            out.put(fileExtension, name.substring(dot + 1));
        }
    }

    /** Whether the text from {@code from} on is ASCII letters, digits and underscores. */
    private static boolean isWord(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_'))) {
                return false;
            }
        }
        return true;
    }

    /** The number after a leading {@code MID }, or {@code null}; {@code CrtMID} in status lines never matches. */
    static String leadingMid(String message) {
        if (!message.startsWith("MID ")) {
            return null;
        }
        int end = 4;
        while (end < message.length() && Character.isDigit(message.charAt(end))) {
            end++;
        }
        boolean endsWord = end == message.length() || message.charAt(end) == ' ';
        return end > 4 && endsWord ? message.substring(4, end) : null;
    }
}
