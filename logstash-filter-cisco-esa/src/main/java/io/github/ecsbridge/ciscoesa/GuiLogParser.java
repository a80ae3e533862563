package io.github.ecsbridge.ciscoesa;

/**
 * Parser of the {@code gui_logs} log type (HTTP logs of the web interface): requests with their user agent,
 * session events, and SSL or connection errors.
 */
final class GuiLogParser extends ShapeLogParser {

    private final Field userAgent;
    private final UserAgentParser userAgents;

    GuiLogParser(FieldTypes types, UserAgentParser userAgents) {
        super("gui_logs", types);
        this.userAgent = types.require("user_agent.original");
        this.userAgents = userAgents;
    }

    @Override
    void afterMatch(ShapeTable.Match match, FieldWriter out) {
        String agent = out.text(userAgent);
        if (agent != null && !agent.equals("-")) {
            userAgents.parse(agent, out);
        }
    }
}
