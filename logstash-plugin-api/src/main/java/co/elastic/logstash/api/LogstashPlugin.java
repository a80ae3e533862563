package co.elastic.logstash.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names a Java plugin class; {@link Plugin#getName()} reads it at runtime. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LogstashPlugin {

    /**
     * The plugin name used in pipeline configurations, for example {@code kaspersky}.
     *
     * @return the plugin name
     */
    String name();
}
