package ua.cnap.planner.territory;

import org.locationtech.jts.geom.Envelope;

/**
 * A generous bounding box of Ukraine (lon 22.1..40.2, lat 44.4..52.4 plus a margin), in WGS84
 * degrees. Its longitude and latitude ranges do not overlap, so a place in Ukraine written with
 * latitude and longitude exchanged always falls outside it, and inside it once exchanged back.
 */
public final class UkraineExtent {

    public static final double MIN_LON = 21.5;
    public static final double MAX_LON = 41.0;
    public static final double MIN_LAT = 44.0;
    public static final double MAX_LAT = 53.0;

    private static final Envelope BOX = new Envelope(MIN_LON, MAX_LON, MIN_LAT, MAX_LAT);
    private static final Envelope BOX_EXCHANGED = new Envelope(MIN_LAT, MAX_LAT, MIN_LON, MAX_LON);

    private UkraineExtent() {
    }

    public static boolean contains(double lon, double lat) {
        return BOX.contains(lon, lat);
    }

    /** True when the envelope touches Ukraine's box. */
    public static boolean intersects(Envelope envelope) {
        return BOX.intersects(envelope);
    }

    /**
     * True when the envelope lies wholly outside Ukraine but inside it with longitude and latitude
     * exchanged: the coordinates were written as [lat, lon].
     */
    public static boolean looksExchanged(Envelope envelope) {
        return !BOX.intersects(envelope) && BOX_EXCHANGED.contains(envelope);
    }
}
