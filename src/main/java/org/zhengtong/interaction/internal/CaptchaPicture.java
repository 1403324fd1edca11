package org.zhengtong.interaction.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Draws a captcha's digits as slanted, jittered seven-segment strokes over noise lines,
 * as a PNG {@code data:} address (the content security policy allows {@code data:}
 * images). Drawn from strokes, so it needs no fonts on the server.
 */
final class CaptchaPicture {

	static final int WIDTH = 160;

	static final int HEIGHT = 56;

	/**
	 * Segments a (top), b, c (right, top to bottom), d (bottom), e, f (left), g (middle).
	 */
	private static final String[] SEGMENTS = { "abcdef", "bc", "abged", "abgcd", "fgbc", "afgcd", "afgedc", "abc",
			"abcdefg", "abcdfg" };

	private CaptchaPicture() {
	}

	static String dataUri(String digits, Random random) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(new Color(0xf4f6f8));
			g.fillRect(0, 0, WIDTH, HEIGHT);
			for (int i = 0; i < 6; i++) {
				g.setColor(new Color(120 + random.nextInt(100), 120 + random.nextInt(100), 120 + random.nextInt(100)));
				g.setStroke(new BasicStroke(1f + random.nextFloat()));
				g.draw(new Line2D.Double(random.nextInt(WIDTH), random.nextInt(HEIGHT), random.nextInt(WIDTH),
						random.nextInt(HEIGHT)));
			}
			for (int i = 0; i < digits.length(); i++) {
				drawDigit(g, digits.charAt(i) - '0', 12 + i * 29, 10, random);
			}
			for (int i = 0; i < 120; i++) {
				g.setColor(new Color(random.nextInt(200), random.nextInt(200), random.nextInt(200)));
				g.fillRect(random.nextInt(WIDTH), random.nextInt(HEIGHT), 1, 1);
			}
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
	}

	private static void drawDigit(Graphics2D g, int digit, int x, int y, Random random) {
		AffineTransform saved = g.getTransform();
		g.translate(x + random.nextInt(5), y + random.nextInt(7) - 3);
		g.shear(-0.1 - random.nextDouble() * 0.2, 0);
		g.rotate((random.nextDouble() - 0.5) * 0.3, 9, 17);
		g.setColor(new Color(random.nextInt(90), random.nextInt(90), 60 + random.nextInt(100)));
		g.setStroke(new BasicStroke(3f + random.nextFloat() * 1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		double w = 16 + random.nextInt(4);
		double h = 16 + random.nextInt(3);
		for (char segment : SEGMENTS[digit].toCharArray()) {
			double j = random.nextDouble() * 2 - 1;
			Line2D line = switch (segment) {
				case 'a' -> new Line2D.Double(0, 0 + j, w, 0 - j);
				case 'b' -> new Line2D.Double(w + j, 0, w - j, h);
				case 'c' -> new Line2D.Double(w - j, h, w + j, 2 * h);
				case 'd' -> new Line2D.Double(0, 2 * h + j, w, 2 * h - j);
				case 'e' -> new Line2D.Double(0 + j, h, 0 - j, 2 * h);
				case 'f' -> new Line2D.Double(0 - j, 0, 0 + j, h);
				default -> new Line2D.Double(0, h + j, w, h - j);
			};
			g.draw(line);
		}
		g.setTransform(saved);
	}

}
