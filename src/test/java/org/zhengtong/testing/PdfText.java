package org.zhengtong.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PRTokeniser;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentParser;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;

/**
 * The text of a PDF as a reader gets it, whitespace removed: strings shown in the Chinese
 * font are UCS-2 codes (its encoding UniGB-UCS2-H is the predefined CMap PDF readers
 * carry), others single bytes. OpenPDF's own extractor skips CID fonts without a
 * ToUnicode map, so this reads the content streams itself.
 */
public final class PdfText {

	private PdfText() {
	}

	public static String text(byte[] pdf) throws Exception {
		PdfReader reader = new PdfReader(pdf);
		try {
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				PdfDictionary fonts = reader.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
				PdfContentParser parser = new PdfContentParser(new PRTokeniser(reader.getPageContent(page)));
				ArrayList<PdfObject> operands = new ArrayList<>();
				boolean ucs2 = false;
				while (!parser.parse(operands).isEmpty()) {
					String operator = operands.get(operands.size() - 1).toString();
					if (operator.equals("Tf")) {
						ucs2 = new PdfName("UniGB-UCS2-H")
							.equals(fonts.getAsDict((PdfName) operands.get(0)).getAsName(PdfName.ENCODING));
					}
					else if (operator.equals("Tj") || operator.equals("TJ")) {
						List<PdfObject> shown = operands.get(0) instanceof PdfArray array ? array.getElements()
								: List.of(operands.get(0));
						for (PdfObject string : shown) {
							if (string instanceof PdfString bytes) {
								text.append(new String(bytes.getOriginalBytes(),
										ucs2 ? StandardCharsets.UTF_16BE : StandardCharsets.ISO_8859_1));
							}
						}
					}
				}
			}
			return text.toString().replaceAll("\\s+", "");
		}
		finally {
			reader.close();
		}
	}

}
