package io.github.ecsbridge.ciscoesa;

/**
 * Parser of the {@code mail_logs} log type (text mail logs): connections, message life cycle, verdicts, DLP, SDR,
 * DMARC/SPF/DKIM and file-upload lines. Any other line that starts with {@code MID <n>} still yields
 * {@code email.message_id}, because correlating by MID is what users need most.
 */
final class TextMailLogParser extends ShapeLogParser {

    static final String MESSAGE_ID = "email.message_id";

    TextMailLogParser(FieldTypes types) {
        super("mail_logs", types);
    }

    @Override
    void afterMatch(ShapeTable.Match match, FieldWriter out) {
        String fileName = match.value("_filename");
        if (fileName != null) {
            writeFileName(fileName, out);
        }
    }

    @Override
    void afterShapes(String message, ShapeTable.Match match, FieldWriter out) {
        if (out.get(MESSAGE_ID) == null) {
            String mid = leadingMid(message);
            if (mid != null) {
                out.put(MESSAGE_ID, mid);
            }
        }
    }

    /** Splits {@code name.ext} at the last dot when what follows is one word, as the integration does. */
    private static void writeFileName(String fileName, FieldWriter out) {
        int dot = fileName.lastIndexOf('.');
        boolean hasExtension = dot > 0 && dot < fileName.length() - 1 && fileName.substring(dot + 1).chars()
                .allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_'));
        out.put("file.name", hasExtension ? fileName.substring(0, dot) : fileName);
        if (hasExtension) {
            out.put("file.extension", fileName.substring(dot + 1));
        }
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
