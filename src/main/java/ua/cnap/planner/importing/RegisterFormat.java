package ua.cnap.planner.importing;

/** The register formats the importer reads. */
public enum RegisterFormat {
    /** The official register of Chernivtsi oblast (CSV with Ukrainian column names). */
    CHERNIVTSI_OFFICIAL,
    /** The documented generic template for other oblasts, CSV or GeoJSON (docs/register-template.md). */
    TEMPLATE,
    /** The 2017 national map of ЦНАП (GeoJSON points), historical. */
    UKRAINE_2017
}
