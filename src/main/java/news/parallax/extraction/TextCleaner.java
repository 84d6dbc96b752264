package news.parallax.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.parallax.text.LanguageGuess;
import news.parallax.text.NameNormalizer;
import news.parallax.text.WordList;

/**
 * Turns a page's text into the clean text every span refers to: site furniture, breadcrumbs,
 * share buttons, comment prompts and bylines are dropped (a byline becomes the author), a
 * paragraph repeated within the article is kept once, and whitespace is normalised. Anything else is
 * kept: a line is only dropped when it matches one of these shapes exactly. A page that closes with the
 * leads of the publisher's other articles keeps that trailer (attribution reads it: the quotes are on the
 * page), but the cleaner says where the article's own text ends, before it (see {@link #ownLines}).
 */
final class TextCleaner {

    /** Whole lines that are page furniture, per language, in normalised form (see {@link NameNormalizer}). */
    private static final Set<String> FURNITURE = furniture();

    private static final Pattern BYLINE = Pattern.compile(
            "^(?:(?:كتب|كتبت|بقلم|إعداد|اعداد)\\s*[:：]?\\s*(\\S.{1,60})|By:?\\s+((?:\\p{Lu}[\\p{L}.'-]*\\s*){1,4}))$");
    private static final Pattern BREADCRUMB_START = Pattern.compile("^(?:الرئيسية|الرئيسيه|Home)\\s*[/>»›]");
    private static final Pattern SEPARATOR = Pattern.compile("\\s[/>»›|]\\s");
    private static final Pattern LATIN_ONLY = Pattern.compile("^[A-Za-z0-9 .,'&-]+$");

    /** Datelines, without spaces, of publishers whose pages close with other articles' leads. */
    private static final List<String> TRAILER_DATELINES = WordList.lines("extraction/ar/trailer-datelines.txt").stream()
            .map(dateline -> replaceSpaces(dateline, "")).toList();
    private static final Set<String> CONTINUATION_OPENERS = WordList.normalized("extraction/ar/continuation-openers.txt");
    private static final Set<String> NOT_CONJUNCTIONS = WordList.normalized("extraction/ar/not-conjunctions.txt");
    /** A trailer holds up to five leads (CNN Arabic's pages); fewer than three closing leads are left alone. */
    private static final int TRAILER_MAX_LINES = 5;
    private static final int TRAILER_MIN_LINES = 3;
    /** A lead is one sentence of 117-240 characters at the 5th-95th percentiles; headings and long paragraphs are not. */
    private static final int LEAD_MIN_CHARACTERS = 80;
    private static final int LEAD_MAX_CHARACTERS = 320;
    /** A colon this early is a list item or a heading ("الدفعة الأولى:"، "2011:"), not a lead. */
    private static final int LEAD_COLON_WORDS = 5;
    private static final Pattern BULLET = Pattern.compile("^[-–—•*·]");

    /**
     * The clean text, the author a byline named (or null), and where the article's own text ends: a UTF-16 index into
     * {@code text}, its length when no trailer of other articles' leads closes it.
     */
    record Cleaned(String text, String author, int ownTextEnd) {
    }

    private TextCleaner() {
    }

    static Cleaned clean(String body) {
        boolean arabic = LanguageGuess.of(body).map("ar"::equals).orElse(false);
        List<String> kept = new ArrayList<>();
        List<String> keptNormalized = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String author = null;
        for (String rawLine : body.lines().toList()) {
            String line = replaceSpaces(rawLine, " ").strip();
            if (line.isEmpty()) {
                continue;
            }
            String normalized = NameNormalizer.normalize(line);
            if (normalized.isEmpty() || FURNITURE.contains(normalized) || isBreadcrumb(line)) {
                continue;
            }
            Matcher byline = BYLINE.matcher(line);
            if (byline.matches() && line.split(" ").length <= 8) {
                String name = byline.group(1) != null ? byline.group(1) : byline.group(2);
                author = author == null ? name.strip() : author;
                continue;
            }
            // In an Arabic article a short line of Latin letters only is a publisher tag or an image caption.
            if (arabic && LATIN_ONLY.matcher(line).matches() && line.split(" ").length <= 6) {
                continue;
            }
            if (!seen.add(normalized)) {
                continue; // a paragraph the page repeats
            }
            kept.add(line);
            keptNormalized.add(normalized);
        }
        int ownLines = ownLines(kept, keptNormalized);
        int ownTextEnd = Math.max(0, ownLines - 1); // the line breaks between the own lines
        for (String line : kept.subList(0, ownLines)) {
            ownTextEnd += line.length();
        }
        return new Cleaned(String.join("\n", kept), author, ownTextEnd);
    }

    /**
     * How many lines are the article's own, before a closing trailer of other articles' leads. Decided from the text alone: the
     * first line carries the dateline of a publisher that closes its pages so, and the last lines (three to five) each
     * read as a lead (no conjunction or continuing word first, a lead's length, no early colon). The article's own
     * paragraphs after its first mostly continue it ("وقال"، "وأضاف"، "يذكر أن"), which ends the run.
     */
    private static int ownLines(List<String> lines, List<String> normalized) {
        int end = lines.size();
        if (end == 0 || TRAILER_DATELINES.stream().noneMatch(replaceSpaces(lines.get(0), "")::contains)) {
            return end;
        }
        int start = end;
        while (start > 1 && end - start < TRAILER_MAX_LINES && readsAsLead(lines.get(start - 1), normalized.get(start - 1))) {
            start--;
        }
        return end - start >= TRAILER_MIN_LINES ? start : end;
    }

    private static boolean readsAsLead(String line, String normalized) {
        if (line.length() < LEAD_MIN_CHARACTERS || line.length() > LEAD_MAX_CHARACTERS || BULLET.matcher(line).find()) {
            return false;
        }
        String[] words = line.split(" ", LEAD_COLON_WORDS + 1);
        for (int i = 0; i < Math.min(words.length, LEAD_COLON_WORDS); i++) {
            if (words[i].indexOf(':') >= 0) {
                return false;
            }
        }
        String first = normalized.split(" ", 2)[0];
        boolean conjunction = (first.charAt(0) == 'و' || first.charAt(0) == 'ف') && !NOT_CONJUNCTIONS.contains(first);
        return !conjunction && !CONTINUATION_OPENERS.contains(first);
    }

    private static Set<String> furniture() {
        Set<String> lines = new HashSet<>(WordList.normalized("extraction/ar/furniture.txt"));
        lines.addAll(WordList.normalized("extraction/en/furniture.txt"));
        return Set.copyOf(lines);
    }

    /** The line with every run of spaces ({@link #isSpace}) replaced by {@code by}: a scan, not a regular expression per line. */
    private static String replaceSpaces(String line, String by) {
        StringBuilder replaced = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            int word = i;
            while (i < line.length() && !isSpace(line.charAt(i))) {
                i++;
            }
            replaced.append(line, word, i);
            if (i < line.length()) {
                replaced.append(by);
                while (i < line.length() && isSpace(line.charAt(i))) {
                    i++;
                }
            }
        }
        return replaced.toString();
    }

    /** A space between words: ASCII whitespace (\t to \r and the space), the no-break, typographic and zero-width spaces. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00A0' || c >= '\u2000' && c <= '\u200B' || c == '\u202F'
                || c == '\u205F' || c == '\u3000';
    }

    private static boolean isBreadcrumb(String line) {
        if (BREADCRUMB_START.matcher(line).find()) {
            return true;
        }
        Matcher separators = SEPARATOR.matcher(line);
        int count = 0;
        while (separators.find()) {
            count++;
        }
        return count >= 2 && line.split(" ").length <= 3 * (count + 1);
    }
}
