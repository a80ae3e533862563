package io.github.ecsbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ecsbridge.cli.LogstashConfigReader.Block;
import io.github.ecsbridge.cli.LogstashConfigReader.Setting;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogstashConfigReaderTest {

    @Test
    void sectionsPluginsAndCodecsAreBlocksWithTheirTopLevelSettingsAndLines() {
        List<Block> blocks = LogstashConfigReader.read("""
                input {
                  cefsyslog {
                    port => 5514
                    protocols => ["tcp", "udp"]
                    codec => plain { charset => "UTF-8" }
                  }
                }
                """);

        assertEquals(List.of(
                new Block("input", 1, List.of()),
                new Block("cefsyslog", 2, List.of(new Setting("port", 3), new Setting("protocols", 4),
                        new Setting("codec", 5))),
                new Block("plain", 5, List.of(new Setting("charset", 5)))), blocks);
    }

    @Test
    void hashKeysAreValuesNotSettings() {
        List<Block> blocks = LogstashConfigReader.read("""
                cisco_esa {
                  add_field => { "timezon" => "x" "[nested][key]" => ["a", "b"] }
                  timezone => "UTC"
                }
                """);

        assertEquals(List.of(new Setting("add_field", 2), new Setting("timezone", 3)), blocks.get(0).settings());
    }

    @Test
    void bracesAndHashSignsInStringsAndCommentsAreText() {
        List<Block> blocks = LogstashConfigReader.read("""
                # a comment with { and } and =>
                kaspersky {
                  source => "[msg] } { # not a comment"   # a comment after a value }
                  'tag_on_failure' => 'it\\'s'
                  target => "a \\" quote"
                }
                """);

        assertEquals(List.of(new Setting("source", 3), new Setting("tag_on_failure", 4), new Setting("target", 5)),
                blocks.get(0).settings());
    }

    @Test
    void conditionalsHoldPluginsAndTheirConditionsAreSkippedRegularExpressionsIncluded() {
        List<Block> blocks = LogstashConfigReader.read("""
                filter {
                  if [log][syslog][appname] =~ /^mail_{1,2}logs$/ and "x" in [tags] {
                    cisco_esa { log_type => "mail_logs" }
                  } else if [type] == "relayed" {
                    kaspersky { }
                  } else {
                    drop { }
                  }
                }
                """);

        assertEquals(List.of("filter", "cisco_esa", "kaspersky", "drop"), blocks.stream().map(Block::name).toList());
        assertEquals(List.of(new Setting("log_type", 3)), blocks.get(1).settings());
    }

    @Test
    void aFragmentOfSettingsAloneHasNoBlock() {
        assertEquals(List.of(), LogstashConfigReader.read("port => 5514\nssl_enabled => true\n"));
    }

    @Test
    void anUnclosedBlockIsReportedWithTheLineOfItsBrace() {
        LogstashConfigReader.SyntaxError error = assertThrows(LogstashConfigReader.SyntaxError.class,
                () -> LogstashConfigReader.read("filter {\n  cisco_esa {\n    timezone => \"UTC\"\n  }\n"));

        assertEquals("line 5: the '{' of line 1 is never closed", error.getMessage());
    }

    @Test
    void aSettingWithoutArrowIsReportedWithItsLine() {
        LogstashConfigReader.SyntaxError error = assertThrows(LogstashConfigReader.SyntaxError.class,
                () -> LogstashConfigReader.read("cisco_esa {\n  timezone \"UTC\"\n}\n"));

        assertEquals(2, error.line());
        assertEquals("expected '=>' or '{' after 'timezone'", error.problem());
    }

    @Test
    void anUnclosedStringIsReportedWithTheLineItOpensOn() {
        LogstashConfigReader.SyntaxError error = assertThrows(LogstashConfigReader.SyntaxError.class,
                () -> LogstashConfigReader.read("cisco_esa {\n  timezone => \"UTC\n}\n"));

        assertEquals("line 2: the \" opening here is never closed", error.getMessage());
    }
}
