package id.kriya.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmailAddressTests {

    static ValidatorFactory factory;
    static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void acceptsAnAddressAMailCanReach() {
        assertThat(validator.validateValue(Holder.class, "email", "ayu@contoh.id")).isEmpty();
    }

    @Test
    void refusesAnAddressWithoutADotInItsDomainOrWithSpaces() {
        assertThat(validator.validateValue(Holder.class, "email", "ayu@contoh")).isNotEmpty();
        assertThat(validator.validateValue(Holder.class, "email", "ayu kriya@contoh.id")).isNotEmpty();
    }

    @Test
    void refusesAnAddressLongerThanMailAllows() {
        assertThat(validator.validateValue(Holder.class, "email", "a".repeat(250) + "@c.id"))
                .extracting(ConstraintViolation::getMessageTemplate)
                .contains("{jakarta.validation.constraints.Size.message}");
    }

    static class Holder {
        @EmailAddress
        String email;
    }
}
