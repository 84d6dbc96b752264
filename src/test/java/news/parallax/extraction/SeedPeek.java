package news.parallax.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Scratch: prints what extraction finds in a file. */
public class SeedPeek {
    public static void main(String[] args) throws Exception {
        for (String file : args) {
            Extractor.Result r = Extractor.run(Files.readString(Path.of(file)), args.length > 0 ? LocalDate.of(2017, 8, 15) : null, ShippedRegistry.get());
            System.out.println("=== " + file + " author=" + r.author());
            System.out.println(r.cleanText());
            r.citations().forEach(c -> System.out.println("CIT " + c.source() + " | " + c.sourceText() + " | " + c.cue()));
            r.claims().forEach(c -> System.out.println("CLAIM " + c.kind() + " " + (c.speaker() == null ? null : c.speaker().name() + " [" + c.speaker().role() + "]") + " via " + (c.citedSource() == null ? null : c.citedSource().name()) + " :: " + c.text()));
            r.facets().forEach(f -> System.out.println("FACET " + f.key() + "=" + f.value() + " " + (f.unit() == null ? "" : f.unit()) + " <" + f.rawText() + ">"));
        }
    }
}
