package vn.ansinh.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import vn.ansinh.shared.InvalidInput;

class PersonNamesTests {

    @Test
    void keepsVietnameseNamesInComposedFormWithSingleSpaces() {
        String decomposed = Normalizer.normalize("Nguyễn   Thị Đào ", Normalizer.Form.NFD);
        assertThat(PersonNames.normalise(decomposed)).isEqualTo("Nguyễn Thị Đào");
        assertThat(PersonNames.normalise("H'Hen Niê")).isEqualTo("H'Hen Niê");
    }

    @Test
    void refusesDigitsAndEmptyNames() {
        assertThatThrownBy(() -> PersonNames.normalise("Nguyen 2"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("fullName"));
        assertThatThrownBy(() -> PersonNames.normalise("   "))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.reason()).isEqualTo("is required"));
    }
}
