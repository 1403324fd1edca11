package org.zhengtong.files.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.mime.MimeTypesFactory;
import org.springframework.stereotype.Component;

/**
 * Tells what a file is from its first bytes (Apache Tika's magic numbers). The name may
 * only refine what the content shows — an Office Open XML package named {@code .docx} is
 * a Word document — never contradict it: an executable named {@code report.pdf} stays an
 * executable. OFD, which Tika does not know, is a zip package named {@code .ofd}.
 */
@Component
class ContentTypes {

	/** Enough of the start of a file for every signature Tika knows. */
	static final int HEAD_BYTES = 64 * 1024;

	private final MimeTypes types;

	ContentTypes() throws IOException, MimeTypeException {
		// Tika's own types and ours (mimetypes.xml beside this class: OFD). Tika 3.3
		// looks
		// for its custom-mimetypes.xml at the root of the class path, not where its
		// documentation says, so ours are given by name.
		this.types = MimeTypesFactory.create(MimeTypes.class.getResource("tika-mimetypes.xml"),
				ContentTypes.class.getResource("mimetypes.xml"));
	}

	String detect(byte[] head, int length, String fileName) throws IOException {
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
		MediaType type = types.detect(new ByteArrayInputStream(head, 0, length), metadata);
		return type.getBaseType().toString();
	}

}
