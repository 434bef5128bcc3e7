package cn.jsedu.ledger.kernel.chain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The one byte encoding behind event hashes and signed checkpoints: every field is written with its length first
 * (a 4-byte big-endian length, -1 for null), numbers as 8 big-endian bytes, text as UTF-8. Length prefixes make the
 * encoding unambiguous: no two different field lists give the same bytes ("ab" + "c" differs from "a" + "bc").
 */
public final class Canonical {

    private final OutputStream out;

    public Canonical(OutputStream out) {
        this.out = out;
    }

    public Canonical text(String value) {
        return bytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    public Canonical bytes(byte[] value) {
        if (value == null) {
            return int32(-1);
        }
        int32(value.length);
        return write(value);
    }

    public Canonical int64(long value) {
        return write(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
    }

    public Canonical int32(int value) {
        return write(ByteBuffer.allocate(Integer.BYTES).putInt(value).array());
    }

    private Canonical write(byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Collects what is written into a byte array. */
    public static final class Buffer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        private final Canonical writer = new Canonical(bytes);

        public Canonical writer() {
            return writer;
        }

        public byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }

    /** Reads fields back in the order they were written; fails on anything malformed or left over. */
    public static final class Reader {
        private final ByteBuffer in;

        public Reader(byte[] bytes) {
            this.in = ByteBuffer.wrap(bytes);
        }

        public String text() {
            byte[] bytes = bytes();
            return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
        }

        public byte[] bytes() {
            int length = int32();
            if (length == -1) {
                return null;
            }
            if (length < 0 || length > in.remaining()) {
                throw new IllegalArgumentException("malformed canonical bytes: field length " + length);
            }
            byte[] value = new byte[length];
            in.get(value);
            return value;
        }

        public long int64() {
            need(Long.BYTES);
            return in.getLong();
        }

        public int int32() {
            need(Integer.BYTES);
            return in.getInt();
        }

        public void end() {
            if (in.hasRemaining()) {
                throw new IllegalArgumentException("malformed canonical bytes: " + in.remaining() + " bytes left over");
            }
        }

        private void need(int bytes) {
            if (in.remaining() < bytes) {
                throw new IllegalArgumentException("malformed canonical bytes: truncated");
            }
        }
    }
}
