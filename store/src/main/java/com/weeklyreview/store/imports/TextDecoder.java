package com.weeklyreview.store.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Decodes an uploaded text file as a stream, never garbling it. With no charset given, or
 * UTF-8 given, the bytes are read as strict UTF-8 (a byte-order mark is skipped); when a byte
 * the first stretch of non-ASCII text (the 64 KiB read from its first byte on) is not strict
 * UTF-8, the file is read as GB18030 (a superset of GBK and GB2312, which Excel and WPS write
 * on Chinese Windows) — the ASCII before it reads the same in both, so nothing already read
 * changes. GBK, GB2312 and GB18030 given as the charset
 * read as GB18030; any other charset given is used as it is. Bytes that are not text in the
 * charset in use throw {@link CharacterCodingException}: a file is rejected, never read with
 * replacement characters.
 */
final class TextDecoder extends Reader {

    /** The charset detection falls back to. */
    static final Charset GB18030 = Charset.forName("GB18030");

    private final InputStream in;
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(64 * 1024);
    private CharsetDecoder decoder;
    private final boolean detect;
    private boolean decided;
    private boolean eof;
    private boolean flushed;

    /** Creates a decoder over a stream; {@code declared} is the charset the client named, when any. */
    TextDecoder(InputStream in, Optional<Charset> declared) throws IOException {
        this.in = in;
        Charset charset = declared.map(TextDecoder::family).orElse(StandardCharsets.UTF_8);
        this.detect = charset.equals(StandardCharsets.UTF_8);
        this.decided = !detect;
        this.decoder = strict(charset);
        chars.flip();
        bytes.limit(0);
        fill();
        if (charset.equals(StandardCharsets.UTF_8) || charset.equals(GB18030)) {
            if (bytes.remaining() >= 3 && (bytes.get(0) & 0xFF) == 0xEF && (bytes.get(1) & 0xFF) == 0xBB
                    && (bytes.get(2) & 0xFF) == 0xBF) {
                bytes.position(3);
                decoder = strict(StandardCharsets.UTF_8);
                decided = true;
            }
        }
    }

    /** Returns the charset a client's name stands for: the GB family reads as GB18030. */
    static Charset family(Charset declared) {
        String name = declared.name().toUpperCase(Locale.ROOT);
        return name.equals("GBK") || name.equals("GB2312") || name.equals("GB18030") || name.equals("X-EUC-CN")
                ? GB18030 : declared;
    }

    /** Returns the charset the text is being read in (after detection, once past the first non-ASCII text). */
    Charset charset() {
        return decoder.charset();
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private void fill() throws IOException {
        bytes.compact();
        while (bytes.hasRemaining()) {
            int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
                break;
            }
            bytes.position(bytes.position() + n);
            if (n == 0) {
                break;
            }
        }
        bytes.flip();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!decodeMore()) {
                return -1;
            }
        }
        int n = Math.min(len, chars.remaining());
        chars.get(cbuf, off, n);
        return n;
    }

    /** Decodes the next chunk into {@link #chars}; false at the end of the text. */
    private boolean decodeMore() throws IOException {
        if (flushed) {
            return false;
        }
        chars.clear();
        while (true) {
            if (!decided && detect()) {
                break;
            }
            CoderResult result = decoder.decode(bytes, chars, eof);
            if (result.isError()) {
                result.throwException();
            }
            if (result.isOverflow() || chars.position() > 0) {
                break;
            }
            if (eof) {
                CoderResult end = decoder.flush(chars);
                if (end.isError()) {
                    end.throwException();
                }
                flushed = true;
                break;
            }
            fill();
        }
        chars.flip();
        return chars.hasRemaining() || !flushed;
    }

    /**
     * Before the first non-ASCII byte is decoded: decodes the ASCII before it alone; once it is
     * the next byte, reads on until a full window follows it (or the end), then stays UTF-8 when
     * that window is strict UTF-8, else switches to GB18030. Returns true when chars were produced.
     */
    private boolean detect() throws IOException {
        int first = -1;
        for (int i = bytes.position(); i < bytes.limit(); i++) {
            if (bytes.get(i) < 0) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return false;
        }
        if (first > bytes.position()) {
            int limit = bytes.limit();
            bytes.limit(first);
            decoder.decode(bytes, chars, false);
            bytes.limit(limit);
            return chars.position() > 0;
        }
        if (!eof && bytes.remaining() < bytes.capacity()) {
            fill();
        }
        decided = true;
        ByteBuffer trial = bytes.duplicate();
        CoderResult r = strict(StandardCharsets.UTF_8).decode(trial, CharBuffer.allocate(trial.remaining()), eof);
        if (r.isError()) {
            decoder = strict(GB18030);
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
