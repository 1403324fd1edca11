package org.zhengtong.content.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;
import org.zhengtong.files.FileLink;
import org.zhengtong.files.StoredFile;

/**
 * A Word or OFD file read for import as an article: its title and its body in the order
 * it was written, text already as escaped HTML, pictures already in the file store.
 *
 * @param omittedPictures pictures a web page cannot show (EMF, WMF, TIFF…), left out
 */
record ImportedDocument(String title, List<Part> parts, int omittedPictures) {

	/** Most bytes a document's package may unpack to: no zip bomb reaches the parser. */
	static final long MOST_UNPACKED_BYTES = 300L * 1024 * 1024;

	static final int MOST_ENTRIES = 10_000;

	ImportedDocument {
		parts = List.copyOf(parts);
	}

	sealed interface Part permits Html, Picture {

	}

	/** Block-level HTML: a paragraph, heading, list or table, its text escaped. */
	record Html(String html) implements Part {
	}

	/**
	 * A picture in the text.
	 *
	 * @param alt its description (替代文字) in the document, or empty
	 */
	record Picture(StoredFile file, String fileName, String alt) implements Part {
	}

	/**
	 * Keeps a picture's content; {@code null} when it is not a picture a page can show.
	 */
	@FunctionalInterface
	interface Pictures {

		@Nullable StoredFile keep(InputStream content, String fileName) throws IOException;

	}

	List<Picture> pictures() {
		return parts.stream().filter(Picture.class::isInstance).map(Picture.class::cast).toList();
	}

	/**
	 * The body, each picture shown from the link given for it, or left out without one.
	 */
	String body(Function<Picture, @Nullable FileLink> links) {
		StringBuilder body = new StringBuilder();
		for (Part part : parts) {
			if (part instanceof Html html) {
				body.append(html.html());
			}
			else if (part instanceof Picture picture) {
				FileLink link = links.apply(picture);
				if (link != null) {
					body.append("<p><img src=\"")
						.append(link.downloadPath())
						.append("\" alt=\"")
						.append(HtmlUtils.htmlEscape(picture.alt(), "UTF-8"))
						.append("\"></p>");
				}
			}
		}
		return body.toString();
	}

	/** The name without the folders a folder upload puts before it. */
	static String baseName(String path) {
		return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).strip();
	}

	/**
	 * The file name without folders and extension: the title when the text names none.
	 */
	static String titleFromName(String fileName) {
		String name = baseName(fileName);
		int dot = name.lastIndexOf('.');
		return (dot > 0 ? name.substring(0, dot) : name).strip();
	}

	/**
	 * Reads a zip package through to its end, counting what it really unpacks to.
	 * @throws IOException when it is not a zip, or unpacks to more than the limits
	 */
	static void checkPackage(Path file) throws IOException {
		long unpacked = 0;
		int entries = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (++entries > MOST_ENTRIES) {
					throw new IOException("More than " + MOST_ENTRIES + " entries");
				}
				for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
					unpacked += read;
					if (unpacked > MOST_UNPACKED_BYTES) {
						throw new IOException("Unpacks to more than " + MOST_UNPACKED_BYTES + " bytes");
					}
				}
			}
		}
		if (entries == 0) {
			throw new IOException("Not a zip package");
		}
	}

}
