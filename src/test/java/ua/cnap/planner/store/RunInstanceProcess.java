package ua.cnap.planner.store;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import ua.cnap.planner.run.RunService;

/**
 * One planner instance in its own JVM for {@link TwoInstancesOverPostgisTest}: opens the PostGIS store,
 * executes queued runs ({@link EffectRuns}) until killed. Arguments: JDBC URL, user, password, name.
 */
public final class RunInstanceProcess {

    private RunInstanceProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        PlannerStore store = PlannerStore.open(StoreSettings.postgis(args[0], args[1], args[2]));
        String name = args[3];
        RunService runs = new RunService(new JdbcRunRepository(store), new SchedulerRunQueue(store,
                new SchedulerRunQueue.Settings(1, Duration.ofMillis(300), Duration.ofSeconds(1), 4, name)),
                List.of(new EffectRuns(store.dataSource(), name)), 64, Clock.systemUTC(), () -> null);
        runs.startExecuting();
        System.out.println("ready " + name);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
