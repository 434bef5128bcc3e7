package cn.jsedu.ledger.command.config;

import javax.net.SocketFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/**
 * Lets PostgreSQL's JDBC driver, which only knows TCP, talk to the server through a Unix-domain socket (Java 16+
 * channels). The embedded default's superuser path uses it (ADR 0002): name this class as the driver's
 * {@code socketFactory} and the socket directory as its {@code socketFactoryArg}; the port of the JDBC URL picks the
 * socket file {@code .s.PGSQL.<port>} in that directory, as libpq does.
 *
 * <p>Meant for a few short statements at start-up: TCP options are accepted and ignored, and reads have no timeout.
 */
public final class UnixSocketFactory extends SocketFactory {

    private final Path directory;

    /** Called by the driver with the {@code socketFactoryArg} connection property. */
    public UnixSocketFactory(String directory) {
        if (directory == null || directory.isBlank()) {
            throw new IllegalArgumentException("socketFactoryArg must name the socket directory");
        }
        this.directory = Path.of(directory);
    }

    @Override
    public Socket createSocket() {
        return new UnixSocket(directory);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        Socket socket = createSocket();
        socket.connect(InetSocketAddress.createUnresolved(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return createSocket(host, port);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        Socket socket = createSocket();
        socket.connect(new InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return createSocket(address, port);
    }

    /** A java.net.Socket face on a Unix-domain SocketChannel: the only shape the driver accepts. */
    private static final class UnixSocket extends Socket {

        private final Path directory;
        private SocketChannel channel;
        private InputStream in;
        private OutputStream out;
        private boolean closed;
        private int soTimeout;

        UnixSocket(Path directory) {
            this.directory = directory;
        }

        @Override
        public void connect(SocketAddress endpoint) throws IOException {
            connect(endpoint, 0);
        }

        @Override
        public synchronized void connect(SocketAddress endpoint, int timeout) throws IOException {
            if (!(endpoint instanceof InetSocketAddress address)) {
                throw new SocketException("expected host and port, got " + endpoint);
            }
            if (closed || channel != null) {
                throw new SocketException("socket closed or already connected");
            }
            channel = SocketChannel.open(UnixDomainSocketAddress.of(directory.resolve(".s.PGSQL." + address.getPort())));
            in = Channels.newInputStream(channel);
            out = Channels.newOutputStream(channel);
        }

        @Override
        public InputStream getInputStream() throws IOException {
            requireConnected();
            return in;
        }

        @Override
        public OutputStream getOutputStream() throws IOException {
            requireConnected();
            return out;
        }

        private void requireConnected() throws SocketException {
            if (closed || channel == null) {
                throw new SocketException("socket not connected");
            }
        }

        @Override
        public boolean isConnected() {
            return channel != null && channel.isConnected();
        }

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public synchronized void close() throws IOException {
            closed = true;
            if (channel != null) {
                channel.close();
            }
        }

        @Override
        public void shutdownInput() throws IOException {
            requireConnected();
            channel.shutdownInput();
        }

        @Override
        public void shutdownOutput() throws IOException {
            requireConnected();
            channel.shutdownOutput();
        }

        // TCP options mean nothing on a Unix-domain socket; the driver sets them anyway.

        @Override
        public void setTcpNoDelay(boolean on) {
        }

        @Override
        public boolean getTcpNoDelay() {
            return true;
        }

        @Override
        public void setKeepAlive(boolean on) {
        }

        @Override
        public boolean getKeepAlive() {
            return false;
        }

        @Override
        public void setSoTimeout(int timeout) {
            soTimeout = timeout;
        }

        @Override
        public int getSoTimeout() {
            return soTimeout;
        }

        @Override
        public void setSendBufferSize(int size) {
        }

        @Override
        public int getSendBufferSize() {
            return 64 * 1024;
        }

        @Override
        public void setReceiveBufferSize(int size) {
        }

        @Override
        public int getReceiveBufferSize() {
            return 64 * 1024;
        }

        @Override
        public String toString() {
            return "UnixSocket[" + directory + "]";
        }
    }
}
