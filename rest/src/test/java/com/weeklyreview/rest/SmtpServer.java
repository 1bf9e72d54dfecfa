package com.weeklyreview.rest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A minimal SMTP server on loopback that accepts every message and keeps it, for tests of outgoing mail. */
final class SmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final Thread thread;

    SmtpServer() throws IOException {
        socket = new ServerSocket(0, 10, java.net.InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "test-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    List<String> messages() {
        return messages;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept();
                 BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8))) {
                OutputStream out = client.getOutputStream();
                reply(out, "220 test ESMTP");
                StringBuilder message = new StringBuilder();
                boolean data = false;
                String line;
                while ((line = in.readLine()) != null) {
                    if (data) {
                        if (line.equals(".")) {
                            data = false;
                            messages.add(message.toString());
                            message.setLength(0);
                            reply(out, "250 queued");
                        } else {
                            message.append(line).append('\n');
                        }
                    } else if (line.toUpperCase().startsWith("DATA")) {
                        data = true;
                        reply(out, "354 go on");
                    } else if (line.toUpperCase().startsWith("QUIT")) {
                        reply(out, "221 bye");
                        break;
                    } else if (line.toUpperCase().startsWith("EHLO")) {
                        reply(out, "250 test");
                    } else {
                        reply(out, "250 ok");
                    }
                }
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
