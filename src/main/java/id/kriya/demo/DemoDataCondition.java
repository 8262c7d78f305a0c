package id.kriya.demo;

import id.kriya.platform.database.NoDatabaseUrlCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Demo data loads on the embedded database unless switched off, and on an external one only when asked for
 * explicitly ({@code KRIYA_DEMO=true}): a real council's database never receives fictional artisans by accident.
 */
class DemoDataCondition extends NoDatabaseUrlCondition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String asked = context.getEnvironment().getProperty("kriya.demo.enabled");
        return StringUtils.hasText(asked) ? Boolean.parseBoolean(asked) : super.matches(context, metadata);
    }
}
