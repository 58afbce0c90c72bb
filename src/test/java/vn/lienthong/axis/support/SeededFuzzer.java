package vn.lienthong.axis.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The brief fuzzing pass of the normal suite: a seeded mutator (bit flips, byte insertions and deletions,
 * splices between seeds, dictionary tokens, truncation, repetition) feeds a target for a while. The same
 * seed gives the same inputs, so a failure names the seed and iteration that reproduce it.
 * {@code -Daxis.fuzz.seconds=N} (default 3) and {@code -Daxis.fuzz.seed=S} (default 20261206) set the run.
 */
public final class SeededFuzzer {
    /** Per input: a parser that takes longer than this on a small input is a finding. */
    public static final Duration MAX_PER_INPUT = Duration.ofSeconds(5);
    private final List<byte[]> seeds;
    private final List<byte[]> dictionary;
    private final int maxLength;

    public SeededFuzzer(List<byte[]> seeds, List<String> dictionary, int maxLength) {
        this.seeds = List.copyOf(seeds);
        this.dictionary = dictionary.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
        this.maxLength = maxLength;
    }

    public static Duration budget() {
        return Duration.ofSeconds(Long.getLong("axis.fuzz.seconds", 3));
    }

    public static long seed() {
        return Long.getLong("axis.fuzz.seed", 20261206L);
    }

    /** Runs {@code target} on every seed, then on mutants until the budget is spent; returns the inputs tried. */
    public long run(Consumer<byte[]> target) {
        Random random = new Random(seed());
        long deadline = System.nanoTime() + budget().toNanos();
        long tried = 0;
        for (byte[] s : seeds) {
            check(target, s, -1, false); // also the warm-up: class loading is not the parser's time
            tried++;
        }
        while (System.nanoTime() < deadline) {
            byte[] input = mutate(seeds.get(random.nextInt(seeds.size())), random);
            check(target, input, tried, true);
            tried++;
        }
        return tried;
    }

    private void check(Consumer<byte[]> target, byte[] input, long iteration, boolean timed) {
        long start = System.nanoTime();
        try {
            target.accept(input);
        } catch (RuntimeException | Error e) {
            throw new AssertionError("fuzz finding at seed " + seed() + ", iteration " + iteration + ", input (base64) "
                    + java.util.Base64.getEncoder().encodeToString(input), e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (timed && took.compareTo(MAX_PER_INPUT) > 0) {
            throw new AssertionError("input took " + took + " at seed " + seed() + ", iteration " + iteration);
        }
    }

    byte[] mutate(byte[] seed, Random r) {
        byte[] b = seed;
        int rounds = 1 + r.nextInt(4);
        for (int i = 0; i < rounds; i++) {
            b = mutateOnce(b, r);
        }
        return b.length > maxLength ? Arrays.copyOf(b, maxLength) : b;
    }

    private byte[] mutateOnce(byte[] b, Random r) {
        int at = b.length == 0 ? 0 : r.nextInt(b.length + 1);
        switch (r.nextInt(7)) {
            case 0 -> {
                if (b.length > 0) {
                    b = b.clone();
                    b[Math.min(at, b.length - 1)] ^= (byte) (1 << r.nextInt(8));
                }
                return b;
            }
            case 1 -> {
                return insert(b, at, new byte[] {(byte) r.nextInt(256)});
            }
            case 2 -> {
                int len = Math.min(b.length - Math.min(at, b.length), 1 + r.nextInt(32));
                byte[] out = new byte[b.length - len];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(b, at + len, out, at, b.length - at - len);
                return out;
            }
            case 3 -> {
                return insert(b, at, dictionary.get(r.nextInt(dictionary.size())));
            }
            case 4 -> {
                byte[] other = seeds.get(r.nextInt(seeds.size()));
                int from = other.length == 0 ? 0 : r.nextInt(other.length);
                return insert(b, at, Arrays.copyOfRange(other, from, Math.min(other.length, from + 1 + r.nextInt(256))));
            }
            case 5 -> {
                return Arrays.copyOf(b, at);
            }
            default -> {
                int from = b.length == 0 ? 0 : r.nextInt(b.length);
                byte[] chunk = Arrays.copyOfRange(b, from, Math.min(b.length, from + 1 + r.nextInt(64)));
                byte[] out = b;
                for (int n = r.nextInt(8); n >= 0; n--) {
                    out = insert(out, Math.min(at, out.length), chunk);
                }
                return out;
            }
        }
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        byte[] out = new byte[b.length + what.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(b, at, out, at + what.length, b.length - at);
        return out;
    }

    /** Tokens that steer XML and multipart parsers into their corners. */
    public static List<String> xmlDictionary() {
        return new ArrayList<>(List.of("<!DOCTYPE x [<!ENTITY e \"a\">]>", "&e;", "&#0;", "&#x110000;", "<![CDATA[",
                "]]>", "<!--", "-->", "<?pi x?>", "<?xml version=\"1.1\"?>", "xmlns:x=\"urn:x\"",
                "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\"/>",
                "<Signature>", "</Signature>", "<Attachment><ContentTransferEncoded>", "</ContentTransferEncoded>",
                "UEsDBA", "====", "\uFEFF", "\u0000", "\r\n", "<edXMLEnvelope>", "cid:", "\"", "'", ">", "</"));
    }
}
