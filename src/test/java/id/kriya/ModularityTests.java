package id.kriya;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(KriyaApplication.class);
    static final Path GENERATED = Path.of("target/modulith-docs");
    static final Path DOCS = Path.of("docs/modules");

    @Test
    void modulesOnlyTalkThroughTheirPublicApi() {
        MODULES.verify();
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
