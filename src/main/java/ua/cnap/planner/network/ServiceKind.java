package ua.cnap.planner.network;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Groups of administrative services that matter for planning (DOMAIN.md "Services that matter").
 *
 * <p>Which register field gives which group (the one place that says it):
 * <ul>
 *   <li>Chernivtsi register ({@link ChernivtsiRegisterReader}): PASSPORT ← «Паспортні послуги», DRIVERS ←
 *       «Послуги водіям», CIVIL_REGISTRY ← «Послуги ДРАЦС», SOCIAL ← «Соціальні послуги» (так/ні; an empty
 *       cell says nothing, as for its remote workplaces and branches); no column for the other groups;
 *       step-free access ← «Вільний (безперешкодний) вхід або пандус».</li>
 *   <li>The register template ({@link TemplateRegisterReader}, docs/register-template.md): the
 *       {@code services} list, read as complete when filled, and {@code barrier_free}.</li>
 *   <li>The 2017 national map ({@link Ukraine2017RegisterReader}): no service or accessibility fields;
 *       coverage per service is unknown there.</li>
 * </ul>
 */
public enum ServiceKind {
    /** Biometric passport and ID-card services. */
    PASSPORT("паспортні послуги", "passport and ID card", "паспорт"),
    /** Driver licences and vehicle registration. */
    DRIVERS("послуги водіям", "driver and vehicle services", "водії"),
    /** Civil registry (ДРАЦС). */
    CIVIL_REGISTRY("реєстрація актів цивільного стану", "civil registry", "драцс"),
    /** Social services and pensions. */
    SOCIAL("соціальні послуги", "social services", "соціальні"),
    /** Residence registration. */
    RESIDENCE("реєстрація місця проживання", "residence registration", "місце проживання"),
    /** Property and land. */
    PROPERTY_AND_LAND("нерухомість і земля", "property and land", "земля"),
    /** Business registration. */
    BUSINESS("реєстрація бізнесу", "business registration", "бізнес"),
    /** War-damage compensation (єВідновлення). */
    WAR_DAMAGE("єВідновлення", "war-damage compensation", "відновлення"),
    /** Veterans' services. */
    VETERANS("послуги ветеранам", "veterans' services", "ветерани");

    private final String labelUk;
    private final String labelEn;
    private final String shortUk;

    ServiceKind(String labelUk, String labelEn, String shortUk) {
        this.labelUk = labelUk;
        this.labelEn = labelEn;
        this.shortUk = shortUk;
    }

    public String labelUk() {
        return labelUk;
    }

    public String labelEn() {
        return labelEn;
    }

    /**
     * By its name ({@code PASSPORT}, any case, {@code -} or space for {@code _}), its Ukrainian label or
     * short Ukrainian name ({@code паспорт}), or its English label.
     */
    public static Optional<ServiceKind> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\'');
        String asName = wanted.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values())
                .filter(s -> s.name().equals(asName) || s.labelUk.toLowerCase(Locale.ROOT).equals(wanted)
                        || s.shortUk.toLowerCase(Locale.ROOT).equals(wanted) || s.labelEn.equals(wanted))
                .findFirst();
    }
}
