package cn.jsedu.ledger.command.platform;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The compact form in which a snapshot holds the parts of a platform that grow with its history: the entry ids, the
 * correctable entries, the receipts and the expenditures (ADR 0008). Written as plain JSON objects they made a
 * 10,000-event platform's snapshot 2.5 MB, and reading it back took longer than replaying most of the events; here
 * they are rows of variable-length integers, the names (enum constants, party ids) a row repeats are written once
 * in a dictionary, and each structure is one byte string of the snapshot (base64 in its JSON), deflated: PostgreSQL
 * compresses a large JSON row itself, but not base64, and the bytes fetched were a large part of a load.
 *
 * <p>Only the snapshot's shape: the platform keeps the same maps and lists in memory and judges by them alone. Enum
 * constants are written by name, not ordinal, so reordering an enum does not misread a snapshot; a change of what a
 * row holds is a change of the aggregate's {@code @Revision} (the old snapshots are then ignored).
 */
final class SnapshotBytes {

    private SnapshotBytes() {
    }

    /** Rows written in order; {@link #toBytes} puts the dictionary of names before them. */
    static final class Writer {

        private final ByteArrayOutputStream rows = new ByteArrayOutputStream();
        private final Map<String, Integer> names = new HashMap<>();
        private final List<String> dictionary = new ArrayList<>();

        Writer count(int count) {
            unsigned(rows, count);
            return this;
        }

        Writer number(long value) {
            // zigzag: small negative numbers (corrections, recoveries) stay small too
            unsigned(rows, (value << 1) ^ (value >> 63));
            return this;
        }

        Writer date(LocalDate date) {
            return number(date.toEpochDay());
        }

        /** A string of its own (an id); null allowed. */
        Writer text(String text) {
            text(rows, text);
            return this;
        }

        /** A string many rows repeat (an enum constant's name, a party id), written once; null allowed. */
        Writer name(String name) {
            if (name == null) {
                unsigned(rows, 0);
                return this;
            }
            Integer index = names.get(name);
            if (index == null) {
                index = dictionary.size();
                names.put(name, index);
                dictionary.add(name);
            }
            unsigned(rows, index + 1L);
            return this;
        }

        Writer constant(Enum<?> constant) {
            return name(constant == null ? null : constant.name());
        }

        /** An event identifier: 17 bytes when it is a UUID in Axon's form (36 characters as text), text otherwise. */
        Writer eventId(String eventId) {
            UUID uuid = asUuid(eventId);
            if (uuid == null) {
                rows.write(0);
                return text(eventId);
            }
            rows.write(1);
            fixed(uuid.getMostSignificantBits());
            fixed(uuid.getLeastSignificantBits());
            return this;
        }

        byte[] toBytes() {
            ByteArrayOutputStream all = new ByteArrayOutputStream(rows.size() + 16 * dictionary.size() + 8);
            unsigned(all, dictionary.size());
            for (String name : dictionary) {
                text(all, name);
            }
            all.writeBytes(rows.toByteArray());
            return deflated(all.toByteArray());
        }

        private static byte[] deflated(byte[] raw) {
            java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED);
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 2 + 16);
            unsigned(out, raw.length);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            deflater.end();
            return out.toByteArray();
        }

        private void fixed(long value) {
            for (int shift = 56; shift >= 0; shift -= 8) {
                rows.write((int) (value >>> shift));
            }
        }

        private static UUID asUuid(String text) {
            if (text == null || text.length() != 36) {
                return null;
            }
            try {
                UUID uuid = UUID.fromString(text);
                return uuid.toString().equals(text) ? uuid : null;
            } catch (IllegalArgumentException notAUuid) {
                return null;
            }
        }

        private static void text(ByteArrayOutputStream out, String text) {
            if (text == null) {
                unsigned(out, 0);
                return;
            }
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            unsigned(out, utf8.length + 1L);
            out.write(utf8, 0, utf8.length);
        }

        private static void unsigned(ByteArrayOutputStream out, long value) {
            while ((value & ~0x7FL) != 0) {
                out.write((int) ((value & 0x7F) | 0x80));
                value >>>= 7;
            }
            out.write((int) value);
        }
    }

    /** Reads what a {@link Writer} wrote, in the same order. */
    static final class Reader {

        private byte[] bytes;
        private int position;
        private final String[] dictionary;

        Reader(byte[] stored) {
            this.bytes = stored;
            byte[] raw = new byte[count()];
            java.util.zip.Inflater inflater = new java.util.zip.Inflater();
            inflater.setInput(stored, position, stored.length - position);
            try {
                int read = 0;
                while (read < raw.length && !inflater.finished() && !inflater.needsInput()) {
                    read += inflater.inflate(raw, read, raw.length - read);
                }
                if (read == raw.length && !inflater.finished() && inflater.inflate(new byte[1]) != 0) {
                    // the output filled exactly: zlib may see the stream's end only on a further call
                    throw new IllegalStateException("snapshot part has more rows than it says");
                }
                if (read != raw.length || !inflater.finished() || inflater.getRemaining() != 0) {
                    throw new IllegalStateException("snapshot part has " + inflater.getRemaining()
                            + " bytes unread, or fewer rows than it says");
                }
            } catch (java.util.zip.DataFormatException e) {
                throw new IllegalStateException("snapshot part is not deflated rows", e);
            } finally {
                inflater.end();
            }
            bytes = raw;
            position = 0;
            dictionary = new String[count()];
            for (int i = 0; i < dictionary.length; i++) {
                dictionary[i] = text();
            }
        }

        int count() {
            return Math.toIntExact(unsigned());
        }

        long number() {
            long zigzag = unsigned();
            return (zigzag >>> 1) ^ -(zigzag & 1);
        }

        LocalDate date() {
            return LocalDate.ofEpochDay(number());
        }

        String text() {
            int length = count() - 1;
            if (length < 0) {
                return null;
            }
            String text = new String(bytes, position, length, StandardCharsets.UTF_8);
            position += length;
            return text;
        }

        String name() {
            int index = count() - 1;
            return index < 0 ? null : dictionary[index];
        }

        <E extends Enum<E>> E constant(Class<E> type) {
            String name = name();
            return name == null ? null : Enum.valueOf(type, name);
        }

        String eventId() {
            if (bytes[position++] == 0) {
                return text();
            }
            return new UUID(fixed(), fixed()).toString();
        }

        /** Whether every byte was read: a snapshot of another shape is refused rather than half read. */
        void requireEnd() {
            if (position != bytes.length) {
                throw new IllegalStateException("snapshot part has " + (bytes.length - position) + " bytes unread");
            }
        }

        private long fixed() {
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (bytes[position++] & 0xFF);
            }
            return value;
        }

        private long unsigned() {
            long value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[position++];
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }
    }

    /** A HashMap that holds {@code size} entries without growing. */
    static <K, V> HashMap<K, V> mapFor(int size) {
        return new HashMap<>((int) (size / 0.75f) + 1);
    }
}
