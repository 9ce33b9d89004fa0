package vn.ansinh.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On the first start, generates and loads the demo province (200,000 people) with its staff logins and client
 * tokens, all in one transaction, and prints the logins. Later starts find it loaded and do nothing. Off with
 * {@code ansinh.demo.enabled=false} (tests) and while the province generator command runs.
 */
@Component
@ConditionalOnProperty(name = "ansinh.demo.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(DemoProperties.class)
class DemoStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

    private final DemoProvinces provinces;
    private final DemoAccounts accounts;
    private final DemoActivity activity;
    private final DemoProperties properties;
    private final Environment environment;

    DemoStartup(DemoProvinces provinces, DemoAccounts accounts, DemoActivity activity, DemoProperties properties,
                Environment environment) {
        this.provinces = provinces;
        this.accounts = accounts;
        this.activity = activity;
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (environment.containsProperty(GenerateProvinceCommand.PEOPLE)) {
            return;
        }
        ProvinceSpec spec = properties.spec();
        if (provinces.isLoaded(spec.provinceCode())) {
            log.info("Demo province {} ({}) is loaded; logins as documented in DemoAccounts (e.g. admin / ansinh-admin).",
                    spec.provinceCode(), spec.provinceName());
            finishActivity(spec);
            return;
        }
        log.info("First start: generating the demo province {} ({}, {} people, seed {}); this takes a little while.",
                spec.provinceCode(), spec.provinceName(), spec.people(), spec.seed());
        String[] logins = new String[1];
        LoadReport report = provinces.load(spec,
                DemoProvinces.Options.DEFAULT.withBeforeCommit(() -> logins[0] = accounts.create(spec)));
        log.info("Demo province loaded:\n{}", report.describe());
        if (logins[0] != null) {
            log.info("{}", logins[0]);
        }
        finishActivity(spec);
    }

    private void finishActivity(ProvinceSpec spec) {
        if (properties.activityEnabled() && !activity.isDone(spec.provinceCode())) {
            log.info("Demo province {}: running its year {} of collection and cards.", spec.provinceCode(), DemoActivity.YEAR);
            activity.run(spec);
        }
    }
}
