package org.zhengtong.files.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A 1 GB upload is refused from its headers alone: the server answers before any body is
 * sent.
 */
@IntegrationTest
class UploadSizeIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void a_declared_gigabyte_is_refused_with_413_before_its_body_is_sent() {
		String status = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
			try (Socket socket = new Socket("localhost", port)) {
				OutputStream out = socket.getOutputStream();
				out.write(("POST /workbench/upload HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
						+ "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 1073741824\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
				out.flush();
				BufferedReader in = new BufferedReader(
						new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
				String line = in.readLine();
				StringBuilder page = new StringBuilder(line);
				// Read the answer, not to the end of the connection: Tomcat may keep it
				// open to drain a body.
				for (String next = in.readLine(); next != null; next = in.readLine()) {
					page.append('\n').append(next);
					if (next.contains("</html>")) {
						break;
					}
				}
				return page.toString();
			}
		});

		assertThat(status).startsWith("HTTP/1.1 413");
		assertThat(status).contains("上传的文件太大");
	}

}
