package org.claimgraph.neo4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.server.CommunityBootstrapper;
import org.neo4j.server.NeoBootstrapper;

/**
 * Runs Neo4j Community (Bolt, HTTP and Neo4j Browser) in this JVM for the claimgraph service.
 *
 * <p>Usage: {@code EmbeddedNeo4j <homeDir> [key=value ...]} where each pair is a Neo4j setting.
 * The JVM exits when its standard input closes, so it never outlives the Node process that
 * spawned it, even when that process is killed without a chance to clean up.
 */
public final class EmbeddedNeo4j {
    private EmbeddedNeo4j() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: EmbeddedNeo4j <homeDir> [setting=value ...]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(home.resolve("conf"));
        Path conf = home.resolve("conf").resolve("neo4j.conf");
        if (!Files.exists(conf)) {
            Files.writeString(conf, "# settings come from the launcher's arguments\n");
        }
        Map<String, String> settings = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq <= 0) {
                System.err.println("not a setting=value pair: " + args[i]);
                System.exit(2);
            }
            settings.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }

        NeoBootstrapper bootstrapper = new CommunityBootstrapper();
        int status = bootstrapper.start(home, settings);
        if (status != NeoBootstrapper.OK) {
            System.err.println("Neo4j failed to start (status " + status + "); see " + home.resolve("logs"));
            System.exit(status);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(bootstrapper::stop, "neo4j-shutdown"));
        setPassword(bootstrapper, System.getenv("CLAIMGRAPH_NEO4J_PASSWORD"));
        System.out.println("claimgraph-neo4j: started");

        // Stop when the parent closes our stdin (normal stop, crash or kill -9 of the parent).
        while (System.in.read() != -1) {
            // input is ignored; only end-of-stream matters
        }
        System.out.println("claimgraph-neo4j: stdin closed, stopping");
        System.exit(0);
    }

    /**
     * Gives the built-in {@code neo4j} user the configured password, so that clients never meet
     * Neo4j's "change the initial password" step. The password comes from the environment, not
     * the command line, so it does not show in process listings.
     */
    private static void setPassword(NeoBootstrapper bootstrapper, String password) {
        if (password == null || password.isEmpty()) {
            return;
        }
        try {
            bootstrapper
                    .getDatabaseManagementService()
                    .database("system")
                    .executeTransactionally(
                            "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                            Map.of("password", password));
        } catch (QueryExecutionException e) {
            // Neo4j refuses to "change" a password to its current value: nothing to do.
            if (!e.getMessage().contains("cannot be the same")) {
                throw e;
            }
        }
    }
}
