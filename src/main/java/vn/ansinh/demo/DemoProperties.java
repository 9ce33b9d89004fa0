package vn.ansinh.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo province loaded on first start ({@code ansinh.demo.*}): on by default for the application, off in tests.
 * {@code activity} (default on) runs the demo's year of collection and cards after the load.
 */
@ConfigurationProperties("ansinh.demo")
record DemoProperties(boolean enabled, Long seed, String provinceCode, String provinceName, Integer people,
                      Boolean activity) {

    boolean activityEnabled() {
        return activity == null || activity;
    }

    ProvinceSpec spec() {
        ProvinceSpec demo = ProvinceSpec.demo();
        return new ProvinceSpec(seed != null ? seed : demo.seed(),
                provinceCode != null ? provinceCode : demo.provinceCode(),
                provinceName != null ? provinceName : demo.provinceName(),
                people != null ? people : demo.people());
    }
}
