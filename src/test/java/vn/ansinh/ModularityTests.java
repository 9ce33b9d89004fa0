package vn.ansinh;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules stay modules: no cycles, and no module reaches into another's internal types. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(AnsinhApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublishedApis() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
