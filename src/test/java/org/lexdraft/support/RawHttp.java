package org.lexdraft.support;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand, for what HTTP clients will not send: empty or malformed headers, chunked
 * bodies of a chosen size, broken request lines. Answers the response as the server wrote it.
 */
public final class RawHttp {

    /** A response; {@code status} is -1 when the server closed the connection without one. */
    public record Reply(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String contentType() {
            String type = header("content-type");
            return type == null ? "" : type;
        }
    }

    private RawHttp() {
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Sends {@code head} (request line and headers, CRLF-separated, without the blank line) and a body. */
    public static Reply send(String head, byte[] body) {
        return send((head + "\r\n\r\n").getBytes(StandardCharsets.UTF_8), body, 30_000);
    }

    /** Sends raw bytes as they are; waits at most {@code timeoutMillis} for each read of the answer. */
    public static Reply send(byte[] head, byte[] body, int timeoutMillis) {
        try (Socket socket = connect(timeoutMillis)) {
            OutputStream out = socket.getOutputStream();
            out.write(head);
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e, e);
        }
    }

    /**
     * Sends {@code head} (without asking the server to close), reads its reply and waits at most
     * {@code timeoutMillis} for more: true when the server closed the connection after the reply.
     */
    public static boolean closedAfterReply(String head, int timeoutMillis) {
        try (Socket socket = connect(timeoutMillis)) {
            socket.getOutputStream().write((head + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            InputStream in = socket.getInputStream();
            if (read(in).status() < 0) {
                throw new IllegalStateException("no reply to " + head);
            }
            try {
                return in.read() < 0;
            } catch (SocketTimeoutException heldOpen) {
                return false;
            } catch (java.net.SocketException reset) {
                return true;
            }
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e, e);
        }
    }

    /** A request with the usual headers of a JSON call plus {@code extraHeaders} (each a "Name: value" line). */
    public static Reply request(String method, String path, String authorization, String json, String... extraHeaders) {
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: localhost\r\nConnection: close");
        if (authorization != null) {
            head.append("\r\nAuthorization: ").append(authorization);
        }
        byte[] body = json == null ? null : json.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            head.append("\r\nContent-Type: application/json\r\nContent-Length: ").append(body.length);
        }
        for (String header : extraHeaders) {
            head.append("\r\n").append(header);
        }
        return send(head.toString(), body);
    }

    /**
     * Writes {@code body} in chunks of 64 KiB without Content-Length; with {@code finish} false the
     * body is left unterminated, as by a client still sending, and the answer is read from there.
     */
    public static Reply chunked(String method, String path, String authorization, byte[] body, boolean finish) {
        try (Socket socket = connect(30_000)) {
            OutputStream out = socket.getOutputStream();
            String head = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Authorization: " + authorization + "\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.UTF_8));
            try {
                for (int at = 0; at < body.length; at += 65536) {
                    int n = Math.min(65536, body.length - at);
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(body, at, n);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                if (finish) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException closedEarly) {
                // the server may answer and close before the whole body is sent: read what it said
            }
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e, e);
        }
    }

    /** A connection to the service under test, each read of it waiting at most {@code timeoutMillis}. */
    private static Socket connect(int timeoutMillis) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress("127.0.0.1", RestAssured.port), 5000);
            socket.setSoTimeout(timeoutMillis);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    static Reply read(InputStream in) throws IOException {
        ByteArrayOutputStream headBytes = new ByteArrayOutputStream();
        int state = 0;
        try {
            while (state < 4) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                headBytes.write(b);
                state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3)) ? state + 1
                        : b == '\r' ? 1 : 0;
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // no (complete) response
        }
        String head = headBytes.toString(StandardCharsets.ISO_8859_1);
        if (head.isBlank() || !head.startsWith("HTTP/")) {
            return new Reply(-1, Map.of(), head);
        }
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        byte[] body;
        try {
            if (headers.containsKey("content-length")) {
                body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
            } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                while (true) {
                    String sizeLine = readLine(in);
                    int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
                    if (size == 0) {
                        break;
                    }
                    all.write(in.readNBytes(size));
                    readLine(in);
                }
                body = all.toByteArray();
            } else {
                body = in.readAllBytes();
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            body = new byte[0];
        }
        return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                sb.append((char) b);
            }
        }
        return sb.toString();
    }
}
