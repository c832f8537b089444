package org.rostrum.output;

import java.io.DataInput;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;

/**
 * {@link DataInput} over a byte array, for reading the build cache. {@code DataInputStream} over a
 * {@code ByteArrayInputStream} does the same, but takes a lock for every byte, which made reading a
 * large archive's cache a third of a rebuild in which nothing changed. Not thread-safe.
 */
public final class ByteInput implements DataInput {

    private final byte[] bytes;
    private final int end;
    private int position;

    public ByteInput(byte[] bytes, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > bytes.length) {
            throw new IndexOutOfBoundsException("offset " + offset + ", length " + length);
        }
        this.bytes = bytes;
        this.position = offset;
        this.end = offset + length;
    }

    public ByteInput(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    /** Whether every byte has been read. */
    public boolean atEnd() {
        return position == end;
    }

    private int need(int n) throws EOFException {
        if (n < 0 || end - position < n) {
            throw new EOFException("cut short");
        }
        int at = position;
        position += n;
        return at;
    }

    @Override
    public void readFully(byte[] b) throws IOException {
        readFully(b, 0, b.length);
    }

    @Override
    public void readFully(byte[] b, int off, int len) throws IOException {
        System.arraycopy(bytes, need(len), b, off, len);
    }

    @Override
    public int skipBytes(int n) {
        int skipped = Math.max(0, Math.min(n, end - position));
        position += skipped;
        return skipped;
    }

    @Override
    public boolean readBoolean() throws IOException {
        return bytes[need(1)] != 0;
    }

    @Override
    public byte readByte() throws IOException {
        return bytes[need(1)];
    }

    @Override
    public int readUnsignedByte() throws IOException {
        return bytes[need(1)] & 0xff;
    }

    @Override
    public short readShort() throws IOException {
        return (short) readUnsignedShort();
    }

    @Override
    public int readUnsignedShort() throws IOException {
        int at = need(2);
        return (bytes[at] & 0xff) << 8 | bytes[at + 1] & 0xff;
    }

    @Override
    public char readChar() throws IOException {
        return (char) readUnsignedShort();
    }

    @Override
    public int readInt() throws IOException {
        int at = need(4);
        return (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8
                | bytes[at + 3] & 0xff;
    }

    @Override
    public long readLong() throws IOException {
        return (long) readInt() << 32 | readInt() & 0xffffffffL;
    }

    @Override
    public float readFloat() throws IOException {
        return Float.intBitsToFloat(readInt());
    }

    @Override
    public double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    /** Not supported: the cache holds no lines. */
    @Override
    public String readLine() {
        throw new UnsupportedOperationException("readLine");
    }

    @Override
    public String readUTF() throws IOException {
        return DataInputStream.readUTF(this);
    }
}
