package io.github.ecsbridge.cefsyslog;

import java.util.Set;

/** One message as text, ready for the syslog and CEF decoders, with where it came from and what was wrong with it. */
final class ReceivedFrame {

    private final String text;
    private final int size;
    private final Set<FrameDefect> defects;
    private final long originalLength;
    private final PeerAddress peer;

    ReceivedFrame(String text, int size, Set<FrameDefect> defects, long originalLength, PeerAddress peer) {
        this.text = text;
        this.size = size;
        this.defects = defects;
        this.originalLength = originalLength;
        this.peer = peer;
    }

    String text() {
        return text;
    }

    /** Bytes on the wire kept for this frame; what back-pressure counts. */
    int size() {
        return size;
    }

    Set<FrameDefect> defects() {
        return defects;
    }

    /** See {@link RawFrame#originalLength()}. */
    long originalLength() {
        return originalLength;
    }

    PeerAddress peer() {
        return peer;
    }

    @Override
    public String toString() {
        return "ReceivedFrame(" + peer + ", defects=" + defects + ", " + text + ')';
    }
}
