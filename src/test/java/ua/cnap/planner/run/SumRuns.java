package ua.cnap.planner.run;

import java.util.List;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.scenario.ScenarioJson;

/**
 * A small kind of work for the run pipeline's tests: adds numbers, one step at a time; may be told to
 * fail, or to keep adding until stopped (then it returns the sum so far). Its checks name the field.
 */
public final class SumRuns implements RunHandler {

    /** What to add; {@code untilStopped}: add 1 every 50 ms until stopped. */
    public record Numbers(List<Integer> numbers, boolean fail, boolean untilStopped) {
    }

    /** The result. */
    public record Sum(long sum, int steps) {
    }

    @Override
    public RunKind kind() {
        return RunKind.PLAN;
    }

    @Override
    public void check(String parametersJson) {
        Numbers numbers = ScenarioJson.read(parametersJson, Numbers.class);
        if (numbers.numbers() == null || numbers.numbers().isEmpty()) {
            throw new BadInputException("sum", "numbers", "required: at least one number");
        }
        if (numbers.numbers().stream().anyMatch(n -> n < 0)) {
            throw new BadInputException("sum", "numbers", "cannot be negative");
        }
    }

    @Override
    public Object execute(Run run, RunContext context) {
        Numbers numbers = ScenarioJson.read(run.parametersJson(), Numbers.class);
        long sum = 0;
        int steps = 0;
        for (int n : numbers.numbers()) {
            sum += n;
            steps++;
            context.progress(new Sum(sum, steps));
        }
        if (numbers.fail()) {
            throw new IllegalStateException("told to fail after adding " + sum);
        }
        while (numbers.untilStopped() && !context.stop().isRequested()) {
            sleep(50);
            sum += 1;
            steps++;
            context.progress(new Sum(sum, steps));
        }
        return new Sum(sum, steps);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
