package ua.cnap.planner.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A planner server in its own JVM, for {@code bench runs}: started with the same jar (or class path) as
 * this process, its output kept in a log file, stopped gently or killed with SIGKILL.
 */
public final class PlannerProcess implements AutoCloseable {

    /** The server's entry point when this process does not run from the packaged jar (IDE, Maven). */
    private static final String MAIN_CLASS = "ua.cnap.planner.CnapPlannerApplication";
    /** Each server's heap; two of them and this process fit the 8 GB of a small machine. */
    private static final String MAX_HEAP = "-Xmx2g";

    private final String name;
    private final URI baseUrl;
    private final Path log;
    private final Process process;

    private PlannerProcess(String name, URI baseUrl, Path log, Process process) {
        this.name = name;
        this.baseUrl = baseUrl;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts a server on {@code 127.0.0.1:port}.
     *
     * @param name        its name in the run queue ({@code planner.runs.instance-name})
     * @param arguments   the planner's own arguments ({@code --data}, {@code --store} …) and Spring's
     *                    {@code --name=value} settings, before the port and the name added here
     * @param environment variables added to this process's own (the PostGIS connection)
     * @param logFolder   where {@code NAME.log} gets its output
     */
    public static PlannerProcess start(String name, int port, List<String> arguments, Map<String, String> environment,
            Path logFolder) {
        List<String> command = new ArrayList<>(javaCommand(Path.of(System.getProperty("java.home"), "bin", "java"),
                System.getProperty("java.class.path")));
        command.addAll(arguments);
        command.add("--server.address=127.0.0.1");
        command.add("--server.port=" + port);
        command.add("--planner.runs.instance-name=" + name);
        Path log = logFolder.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            return new PlannerProcess(name, URI.create("http://127.0.0.1:" + port), log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start planner instance " + name + ": " + command.get(0), e);
        }
    }

    /** {@code java -jar} for the packaged jar (a Spring Boot jar needs its own launcher), else the class path. */
    static List<String> javaCommand(Path javaBinary, String classPath) {
        boolean packaged = !classPath.contains(File.pathSeparator) && classPath.endsWith(".jar");
        return packaged ? List.of(javaBinary.toString(), MAX_HEAP, "-jar", classPath)
                : List.of(javaBinary.toString(), MAX_HEAP, "-cp", classPath, MAIN_CLASS);
    }

    public String name() {
        return name;
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    /** Kills the JVM at once, as a crash or {@code kill -9} would (SIGKILL on Linux and macOS); waits for it. */
    public void kill() {
        process.destroyForcibly();
        waitFor(30);
    }

    /** The last lines of its output, to say why it did not start. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log " + log + " not readable: " + e.getMessage() + ")";
        }
    }

    /** Stops it gently (SIGTERM: Spring shuts down), killing it when it takes more than 20 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!waitFor(20)) {
            kill();
        }
    }

    private boolean waitFor(int seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
