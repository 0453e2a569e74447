package nl.heerlen.energiemonitor.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Writes the configured minimum group size into table privacy_setting, which the Grafana views read, so that the API
 * and the dashboards apply the same N. (Several instances write the same value.)
 */
@Component
class GroupSizeSetting {
    private static final Logger log = LoggerFactory.getLogger(GroupSizeSetting.class);

    private final DatabaseClient db;
    private final PrivacyProperties properties;

    GroupSizeSetting(DatabaseClient db, PrivacyProperties properties) {
        this.db = db;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void apply() {
        db.sql("update privacy_setting set min_group_size = :n where min_group_size <> :n")
                .bind("n", properties.minGroupSize()).fetch().rowsUpdated()
                .subscribe(n -> {
                    if (n > 0) {
                        log.info("Household groups in the Grafana views now need at least {} homes", properties.minGroupSize());
                    }
                }, e -> log.warn("Could not store the minimum group size for the Grafana views: {}", e.toString()));
    }
}
