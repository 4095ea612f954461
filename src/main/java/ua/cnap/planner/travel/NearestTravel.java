package ua.cnap.planner.travel;

/**
 * The fastest of several destinations for one origin.
 *
 * @param destinationIndex index into the destinations asked about; -1 when none is reachable
 * @param travel           the trip to that destination, {@link Travel#UNREACHABLE} when none is
 */
public record NearestTravel(int destinationIndex, Travel travel) {

    public static final NearestTravel NONE = new NearestTravel(-1, Travel.UNREACHABLE);

    public boolean reachable() {
        return destinationIndex >= 0;
    }
}
