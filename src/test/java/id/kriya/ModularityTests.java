package id.kriya;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(KriyaApplication.class);
    static final Path GENERATED = Path.of("target/modulith-docs");
    static final Path DOCS = Path.of("docs/modules");

    @Test
    void modulesOnlyTalkThroughTheirPublicApi() {
        MODULES.verify();
    }

    /**
     * Once a module marks its API with {@code @NamedInterface("api")}, the public types left in its root package (the
     * unnamed interface) serve its own web pages only: another module that allowed the bare module name could reach
     * them, so every use across modules must land in a named interface.
     */
    @Test
    void modulesWithAnApiAreUsedOnlyThroughNamedInterfaces() {
        List<String> pastTheApi = MODULES.stream()
                .flatMap(module -> module.getDirectDependencies(MODULES).stream())
                .filter(dependency -> dependency.getTargetModule().getNamedInterfaces().getByName("api").isPresent())
                .filter(dependency -> !dependency.getTargetModule().getNamedInterfaces()
                        .containsInExplicitInterface(dependency.getTargetType()))
                .map(dependency -> dependency.getSourceType().getName() + " -> " + dependency.getTargetType().getName())
                .distinct()
                .toList();

        assertThat(pastTheApi).isEmpty();
    }

    @Test
    void noModuleOffersItsWebPagesTypesAsApi() {
        List<String> webTypes = MODULES.stream()
                .flatMap(module -> module.getNamedInterfaces().getByName("api").stream())
                .flatMap(NamedInterface::asJavaClasses)
                .map(JavaClass::getName)
                .filter(name -> name.contains(".web."))
                .toList();

        assertThat(MODULES.stream().filter(module -> module.getNamedInterfaces().getByName("api").isPresent())
                .map(module -> module.getIdentifier().toString()))
                .contains("account", "artisan", "catalog", "council", "curation", "exhibition", "media", "ordering",
                        "payment", "shipping");
        assertThat(webTypes).isEmpty();
    }

    @Test
    void writesModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeDocumentation()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        copyWhereTheContentChanged();
    }

    /**
     * The Documenter lists relations and events in no fixed order; a file in the docs is replaced only when its lines really
     * changed, so running the tests leaves the work tree clean.
     */
    private static void copyWhereTheContentChanged() throws IOException {
        Files.createDirectories(DOCS);
        try (Stream<Path> files = Files.list(GENERATED)) {
            for (Path generated : files.toList()) {
                Path documented = DOCS.resolve(generated.getFileName());
                if (!Files.exists(documented) || !sortedLines(documented).equals(sortedLines(generated))) {
                    Files.copy(generated, documented, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static List<String> sortedLines(Path file) throws IOException {
        // An AsciiDoc table cell starts with "|" on whichever item happens to come first.
        return Files.readAllLines(file).stream().map(line -> line.replaceFirst("^\\|", "")).sorted().toList();
    }
}
