package ua.cnap.planner.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import ua.cnap.planner.store.DamagedStoreException;

/**
 * Turns a damaged store at start-up into Spring Boot's short "APPLICATION FAILED TO START" report
 * (Ukrainian and English, the recovery command) instead of a stack trace of bean creation.
 * Registered in {@code META-INF/spring.factories}.
 */
public class StoreFailureAnalyzer extends AbstractFailureAnalyzer<DamagedStoreException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DamagedStoreException cause) {
        String backup = cause.latestBackup().map(Object::toString).orElse("FILE");
        String action = "Зупиніть сервер і відновіть сховище з резервної копії / Stop the server and restore the"
                + " store from a backup:\n"
                + "    cnap-planner store check                 (список копій / lists the backups)\n"
                + "    cnap-planner store restore " + backup + "\n"
                + "Пошкоджений файл буде збережено в workspace/backups / The damaged file is kept in workspace/backups."
                + (cause.latestBackup().isEmpty()
                        ? "\nКопій немає: імпортуйте дані наново (cnap-planner import) / No backup: import again." : "");
        return new FailureAnalysis(cause.getMessage(), action, cause);
    }
}
