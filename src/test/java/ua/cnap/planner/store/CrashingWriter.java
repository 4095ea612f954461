package ua.cnap.planner.store;

import java.nio.file.Path;

/**
 * The child JVM of {@link KillDuringWriteTest}: opens the store and repeats one {@link CrashCase}'s
 * write until it is killed, printing after each committed write how long it took and what the store
 * then holds. Arguments: case, workspace, data folder, first round (odd rounds write the new version,
 * even ones the old, so that the first write changes what the store holds).
 */
public final class CrashingWriter {

    private CrashingWriter() {
    }

    public static void main(String[] args) {
        CrashCase crashCase = CrashCase.valueOf(args[0]);
        Path dataDir = Path.of(args[2]);
        try (PlannerStore store = PlannerStore.open(StoreSettings.embedded(Path.of(args[1])))) {
            System.out.println("opened");
            System.out.flush();
            for (int round = Integer.parseInt(args[3]); ; round++) {
                long started = System.nanoTime();
                crashCase.write(store, round, dataDir);
                long millis = (System.nanoTime() - started) / 1_000_000;
                System.out.println("written " + round + " " + millis + " " + crashCase.signature(store));
                System.out.flush();
            }
        }
    }
}
