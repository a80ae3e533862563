package io.github.ecsbridge.ingest;

import java.util.concurrent.Callable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests an {@link EmbeddedElasticsearch} (7.10.2) or an {@link ElasticsearchServer} (8.19) parameter. Each
 * server starts at most once per test run: it lives in the root store and stops when the run ends. A server that
 * cannot start fails every test that asks for it, with the first failure's reason, without a second attempt.
 */
final class TestClusters implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestClusters.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == EmbeddedElasticsearch.class || type == ElasticsearchServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        Callable<ExtensionContext.Store.CloseableResource> start = type == EmbeddedElasticsearch.class
                ? EmbeddedElasticsearch::start : ElasticsearchServer::start;
        Startup startup = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(type, key -> Startup.of(start), Startup.class);
        return startup.server(type);
    }

    /** A started server, or why it did not start. */
    private record Startup(ExtensionContext.Store.CloseableResource server, Exception failure)
            implements ExtensionContext.Store.CloseableResource {

        static Startup of(Callable<ExtensionContext.Store.CloseableResource> start) {
            try {
                return new Startup(start.call(), null);
            } catch (Exception e) {
                return new Startup(null, e);
            }
        }

        Object server(Class<?> type) {
            if (failure != null) {
                throw new IllegalStateException(type.getSimpleName() + " did not start: " + failure.getMessage(),
                        failure);
            }
            return server;
        }

        @Override
        public void close() throws Throwable {
            if (server != null) {
                server.close();
            }
        }
    }
}
