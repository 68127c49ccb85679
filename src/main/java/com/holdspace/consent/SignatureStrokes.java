package com.holdspace.consent;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A signature as drawn on the pad: strokes of points on a 1000 x 400 grid. Kept as vectors, so it
 * can be drawn again at any size, on screen or in a PDF.
 */
public final class SignatureStrokes {

	static final int WIDTH = 1000;

	static final int HEIGHT = 400;

	private static final int MAX_POINTS = 20_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<List<int[]>> strokes;

	private SignatureStrokes(List<List<int[]>> strokes) {
		this.strokes = strokes;
	}

	/**
	 * Reads strokes as the pad sends them, {@code [[[x,y],[x,y],...], ...]}; empty when there is no
	 * usable signature (nothing drawn, a dot, or anything that is not a list of points on the grid).
	 */
	public static java.util.Optional<SignatureStrokes> parse(String json) {
		if (json == null || json.isBlank()) {
			return java.util.Optional.empty();
		}
		List<List<List<Number>>> raw;
		try {
			raw = JSON.readValue(json, new TypeReference<List<List<List<Number>>>>() {
			});
		}
		catch (JacksonException notStrokes) {
			return java.util.Optional.empty();
		}
		List<List<int[]>> strokes = new ArrayList<>();
		int points = 0;
		for (List<List<Number>> stroke : raw) {
			List<int[]> clean = new ArrayList<>();
			for (List<Number> point : stroke) {
				if (point == null || point.size() != 2 || point.get(0) == null || point.get(1) == null) {
					return java.util.Optional.empty();
				}
				int x = point.get(0).intValue();
				int y = point.get(1).intValue();
				if (x < 0 || x > WIDTH || y < 0 || y > HEIGHT) {
					return java.util.Optional.empty();
				}
				clean.add(new int[] { x, y });
			}
			points += clean.size();
			if (clean.size() > 1) {
				strokes.add(clean);
			}
		}
		if (strokes.isEmpty() || points > MAX_POINTS) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new SignatureStrokes(strokes));
	}

	/** The canonical JSON kept with the consent and covered by its hash. */
	String toJson() {
		return this.strokes.stream()
			.map(stroke -> stroke.stream().map(p -> "[" + p[0] + "," + p[1] + "]").collect(Collectors.joining(",", "[", "]")))
			.collect(Collectors.joining(",", "[", "]"));
	}

	/** SVG polyline points, one string per stroke, for showing the signature on a page. */
	public List<String> polylines() {
		return this.strokes.stream()
			.map(stroke -> stroke.stream().map(p -> p[0] + "," + p[1]).collect(Collectors.joining(" ")))
			.toList();
	}

	/** A PNG of the signature in dark ink on white, for the PDF. */
	byte[] png() {
		var image = new BufferedImage(WIDTH / 2, HEIGHT / 2, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		try {
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			graphics.setColor(new Color(0x1f2a2e));
			graphics.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			for (List<int[]> stroke : this.strokes) {
				for (int i = 1; i < stroke.size(); i++) {
					graphics.drawLine(stroke.get(i - 1)[0] / 2, stroke.get(i - 1)[1] / 2, stroke.get(i)[0] / 2,
							stroke.get(i)[1] / 2);
				}
			}
		}
		finally {
			graphics.dispose();
		}
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return out.toByteArray();
	}

}
