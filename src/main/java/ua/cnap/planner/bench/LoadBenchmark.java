package ua.cnap.planner.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load test of the web API from this machine: simulated map users request GET paths in a loop with
 * a short think time while plan clients start plans ({@code POST /api/plans}), poll them to the end
 * and start the next. Measures per path count, errors, 429s, latency percentiles and throughput.
 * Plain {@link HttpClient}, one thread per client: the point is to see how the server copes, and a
 * load tool of its own (Gatling, JMeter) would be a second build for one figure table.
 *
 * <p>A figure, never a test: nothing here asserts a speed.
 */
public final class LoadBenchmark {

    static final int ERROR_SAMPLES = 10;
    static final String PLAN_START = "POST /api/plans";
    static final String PLAN_POLL = "GET /api/plans/{id}";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final Duration THROTTLED_PAUSE = Duration.ofSeconds(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LoadSettings settings;
    private final HttpClient http;
    private final Map<String, Series> series = new LinkedHashMap<>();
    private final Series mapOverall = new Series();
    private final Set<String> errorSamples = new LinkedHashSet<>();
    private final AtomicLong solvesStarted = new AtomicLong();
    private final AtomicLong solvesCompleted = new AtomicLong();
    private final AtomicLong solvesFailed = new AtomicLong();
    private final AtomicLong solvesThrottled = new AtomicLong();
    private final AtomicLong solvesStopped = new AtomicLong();
    private final List<Long> solveNanos = new ArrayList<>();

    public LoadBenchmark(LoadSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        for (String path : settings.paths()) {
            series.put("GET " + path, new Series());
        }
        series.put(PLAN_START, new Series());
        series.put(PLAN_POLL, new Series());
    }

    /** Runs for the configured duration and returns the figures; blocks until every client stopped. */
    public LoadReport run() throws InterruptedException {
        Map<String, Double> warmUpMillis = warmUp();
        int threads = settings.users() + settings.solves();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "load-client");
            t.setDaemon(true);
            return t;
        });
        long started = System.nanoTime();
        long deadline = started + settings.duration().toNanos();
        try {
            for (int u = 0; u < settings.users(); u++) {
                int offset = u;
                pool.submit(() -> mapUser(offset, deadline));
            }
            for (int s = 0; s < settings.solves(); s++) {
                pool.submit(() -> solveClient(deadline));
            }
            pool.shutdown();
            long grace = REQUEST_TIMEOUT.toNanos() + TimeUnit.SECONDS.toNanos(5);
            if (!pool.awaitTermination(settings.duration().toNanos() + grace, TimeUnit.NANOSECONDS)) {
                pool.shutdownNow();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return report(seconds, warmUpMillis);
    }

    /**
     * Each path once, one after the other, before the clock starts: the first request of a kind pays
     * for caches and class loading, which is a figure of its own, not part of the load.
     */
    private Map<String, Double> warmUp() {
        Map<String, Double> millis = new LinkedHashMap<>();
        for (String path : settings.paths()) {
            Answer answer = send(HttpRequest.newBuilder(uri(path)).GET(), null);
            if (answer.isError()) {
                record("warm-up GET " + path + " -> " + (answer.status() < 0 ? answer.body() : answer.status()));
            }
            millis.put("GET " + path, Math.round(answer.nanos() / 10_000.0) / 100.0);
        }
        return millis;
    }

    private void mapUser(int offset, long deadline) {
        List<String> paths = settings.paths();
        int i = offset;
        while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
            String path = paths.get(i++ % paths.size());
            Answer answer = send(HttpRequest.newBuilder(uri(path)).GET(), "GET " + path);
            mapOverall.add(answer);
            if (!pause(thinkNanos(), deadline)) {
                return;
            }
        }
    }

    private void solveClient(long deadline) {
        String body = planBody();
        while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
            long solveStarted = System.nanoTime();
            Answer start = send(HttpRequest.newBuilder(uri("/api/plans"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)), PLAN_START);
            if (start.status() == 429) {
                solvesThrottled.incrementAndGet();
                if (!pause(THROTTLED_PAUSE.toNanos(), deadline)) {
                    return;
                }
                continue;
            }
            String location = start.status() == 202 ? start.location() : null;
            if (location == null) {
                if (!pause(THROTTLED_PAUSE.toNanos(), deadline)) {
                    return;
                }
                continue;
            }
            solvesStarted.incrementAndGet();
            pollToTheEnd(location, solveStarted, deadline);
        }
    }

    private void pollToTheEnd(String location, long solveStarted, long deadline) {
        while (true) {
            if (!pause(POLL_INTERVAL.toNanos(), deadline)) {
                // the run is over: stop the plan so the server is left idle
                send(HttpRequest.newBuilder(uri(location)).DELETE(), null);
                solvesStopped.incrementAndGet();
                return;
            }
            Answer poll = send(HttpRequest.newBuilder(uri(location)).GET(), PLAN_POLL);
            if (poll.status() / 100 != 2) {
                solvesFailed.incrementAndGet();
                return;
            }
            String status = poll.jobStatus();
            if ("DONE".equals(status)) {
                solvesCompleted.incrementAndGet();
                synchronized (solveNanos) {
                    solveNanos.add(System.nanoTime() - solveStarted);
                }
                return;
            }
            if ("FAILED".equals(status) || "CANCELLED".equals(status)) {
                solvesFailed.incrementAndGet();
                record(PLAN_POLL + " ended " + status + ": " + poll.body().substring(0,
                        Math.min(200, poll.body().length())));
                return;
            }
        }
    }

    /** Sends a request and records it under {@code name} (not recorded when name is null). */
    private Answer send(HttpRequest.Builder request, String name) {
        request.timeout(REQUEST_TIMEOUT);
        if (settings.bearerToken() != null) {
            request.header("Authorization", "Bearer " + settings.bearerToken());
        }
        long t0 = System.nanoTime();
        Answer answer;
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            answer = new Answer(response.statusCode(), System.nanoTime() - t0,
                    response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            answer = new Answer(-1, System.nanoTime() - t0, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer = new Answer(-1, System.nanoTime() - t0, null, "interrupted");
        }
        if (name != null) {
            series.get(name).add(answer);
            if (answer.isError()) {
                record(name + " -> " + (answer.status() < 0 ? answer.body() : answer.status() + " "
                        + answer.body().substring(0, Math.min(160, answer.body().length()))));
            }
        }
        return answer;
    }

    private void record(String error) {
        synchronized (errorSamples) {
            if (errorSamples.size() < ERROR_SAMPLES) {
                errorSamples.add(error);
            }
        }
    }

    private URI uri(String pathOrLocation) {
        return settings.baseUrl().resolve(pathOrLocation);
    }

    private long thinkNanos() {
        long mean = settings.thinkTime().toNanos();
        return mean == 0 ? 0 : ThreadLocalRandom.current().nextLong(mean / 2, mean + mean / 2 + 1);
    }

    /** Sleeps, but not past the deadline; false when the deadline came (or the thread was interrupted). */
    private static boolean pause(long nanos, long deadline) {
        long remaining = deadline - System.nanoTime();
        try {
            TimeUnit.NANOSECONDS.sleep(Math.min(nanos, Math.max(remaining, 0)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return System.nanoTime() < deadline;
    }

    private String planBody() {
        LoadSettings.PlanLoad plan = settings.plan();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("oblast", plan.oblast());
        body.put("budgetUah", plan.budgetUah());
        body.put("minutes", plan.minutes());
        body.put("km", plan.km());
        body.put("timeLimitSeconds", plan.timeLimitSeconds());
        body.put("exactTimeLimitSeconds", plan.exactTimeLimitSeconds());
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the plan request", e);
        }
    }

    private LoadReport report(double seconds, Map<String, Double> warmUpMillis) {
        List<LatencyStats> lines = new ArrayList<>();
        series.forEach((name, s) -> {
            boolean planLine = name.equals(PLAN_START) || name.equals(PLAN_POLL);
            if (!planLine || settings.solves() > 0) {
                lines.add(s.stats(name, seconds));
            }
        });
        long[] solveTimes;
        synchronized (solveNanos) {
            solveTimes = solveNanos.stream().mapToLong(Long::longValue).toArray();
        }
        Arrays.sort(solveTimes);
        double medianSolveSeconds = solveTimes.length == 0 ? 0
                : Math.round(LatencyStats.percentile(solveTimes, 50) / 1e7) / 100.0;
        LoadReport.SolveFigures solves = new LoadReport.SolveFigures(solvesStarted.get(), solvesCompleted.get(),
                solvesFailed.get(), solvesThrottled.get(), solvesStopped.get(), medianSolveSeconds);
        List<String> errors;
        synchronized (errorSamples) {
            errors = List.copyOf(errorSamples);
        }
        return new LoadReport(settings.baseUrl().toString(), settings.users(), settings.solves(),
                Math.round(seconds * 100) / 100.0, warmUpMillis, lines,
                mapOverall.stats("all map requests", seconds), solves, errors);
    }

    /** One HTTP answer; status -1 when there was none (connection refused, timeout). */
    private record Answer(int status, long nanos, String location, String body) {

        boolean isError() {
            return status / 100 != 2 && status != 429;
        }

        String jobStatus() {
            try {
                JsonNode job = JSON.readTree(body);
                return job.path("status").asText(null);
            } catch (IOException e) {
                return null;
            }
        }
    }

    /** Latencies and counts of one line, filled by many threads. */
    private static final class Series {
        private final AtomicLong count = new AtomicLong();
        private final AtomicLong errors = new AtomicLong();
        private final AtomicLong throttled = new AtomicLong();
        private long[] latencies = new long[1024];
        private int size;

        void add(Answer answer) {
            count.incrementAndGet();
            if (answer.status() == 429) {
                throttled.incrementAndGet();
            } else if (answer.isError()) {
                errors.incrementAndGet();
            }
            if (answer.status() > 0) {
                synchronized (this) {
                    if (size == latencies.length) {
                        latencies = Arrays.copyOf(latencies, size * 2);
                    }
                    latencies[size++] = answer.nanos();
                }
            }
        }

        LatencyStats stats(String name, double seconds) {
            long[] copy;
            synchronized (this) {
                copy = Arrays.copyOf(latencies, size);
            }
            return LatencyStats.of(name, copy, count.get(), errors.get(), throttled.get(), seconds);
        }
    }
}
