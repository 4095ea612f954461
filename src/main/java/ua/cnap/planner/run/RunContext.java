package ua.cnap.planner.run;

import ua.cnap.planner.planning.StopSignal;

/** What a run's work may tell and check while it executes. */
public interface RunContext {

    /** A new best (score, covered population …), kept with the run. */
    void progress(Object step);

    /** What it does now, in words ("preparing …", "solving …"). */
    void step(String text);

    /** Raised when the owner or an admin stops the run. */
    StopSignal stop();
}
